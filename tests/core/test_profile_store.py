"""The profile store: schema versions, migration, and a store that cannot be read is never lost.

Where a file matters the settings are a real QSettings INI file, as in the app."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from dify_desktop.core import settings as keys
from dify_desktop.core.credentials import SERVICE
from dify_desktop.core.profiles import VERSION, Profile, ProfileStore
from dify_desktop.core.settings import MemorySettings

NOW = datetime(2026, 12, 2, 1, 2, 3, tzinfo=UTC)
STAMP = "20261202T010203Z"
A = Profile(
    id="0b6f2a3e-1111-4c3b-9d1e-aaaaaaaaaaaa", name="Support", base_url="https://a.example/v1"
)
B = Profile(
    id="0b6f2a3e-2222-4c3b-9d1e-bbbbbbbbbbbb", name="Sales", base_url="https://b.example/v1"
)


def ini(path: Path) -> QSettings:
    return QSettings(str(path / "settings.ini"), QSettings.Format.IniFormat)


def write_raw(path: Path, **values: Any) -> None:
    """Store values as another program (or an older or newer app) would have."""
    settings = ini(path)
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()


def store(path: Path) -> ProfileStore:
    return ProfileStore(ini(path), now=lambda: NOW)


def v1(*profiles: Profile) -> str:
    return json.dumps(
        [
            {
                "id": p.id,
                "name": p.name,
                "base_url": p.base_url,
                "recent_users": list(p.recent_users),
            }
            for p in profiles
        ]
    )


def aside_files(path: Path, kind: str) -> list[Path]:
    return sorted(path.glob(f"settings.ini.{kind}-*"))


def kept(recovery: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(recovery.moved_aside).read_text())
    return data


# ------------------------------------------------------------------------ versions


def test_a_new_store_writes_the_current_version(tmp_path: Path) -> None:
    profiles = store(tmp_path)
    assert profiles.all() == [] and profiles.recovery is None
    profiles.save(A)
    assert str(ini(tmp_path).value("profiles/version")) == str(VERSION) == "3"
    assert "version=3" in (tmp_path / "settings.ini").read_text()
    assert ProfileStore(ini(tmp_path)).all() == [A]
    assert aside_files(tmp_path, "*") == []


def test_version_1_is_migrated_on_load_and_saved_as_the_current_version(tmp_path: Path) -> None:
    with_users = Profile(id=A.id, name=A.name, base_url=A.base_url, recent_users=("u1", "u2"))
    write_raw(tmp_path, **{"profiles/all": v1(with_users, B), "profiles/last": B.id})
    profiles = store(tmp_path)
    assert profiles.all() == [with_users, B]
    assert profiles.last_id() == B.id and profiles.recovery is None
    profiles.save(Profile.new("Third", "https://c.example/v1"))
    reread = ini(tmp_path)
    assert str(reread.value("profiles/version")) == "3"
    assert [p.name for p in ProfileStore(reread).all()] == ["Support", "Sales", "Third"]
    assert aside_files(tmp_path, "*") == []


def test_the_keys_are_declared_once_with_their_defaults() -> None:
    names = [k.name for k in keys.KEYS]
    assert len(names) == len(set(names))
    assert {"profiles/all", "profiles/last", "list/sort_by", "window/geometry"} <= set(names)
    memory = MemorySettings()
    assert keys.SORT_BY.read(memory) == "-updated_at"
    assert keys.WINDOW_GEOMETRY.read(memory) is None
    memory.setValue("list/sort_by", "")
    assert keys.SORT_BY.read(memory) == "-updated_at"
    memory.setValue("list/sort_by", "created_at")
    assert keys.SORT_BY.read(memory) == "created_at"


# ------------------------------------------------------------------------ unreadable stores

DAMAGED = '[{"id": "0b6f2a3e-1111-4c3b-9d1e-aaaaaaaaaaaa", "name": "Support", "base_'
WRONG_SHAPE = json.dumps({"profiles": [{"id": A.id, "title": "Support"}, {"id": B.id}]})
NEWER = {
    "profiles/all": json.dumps({"layout": "v4", "items": [{"id": A.id}]}),
    "profiles/version": 4,
}


@pytest.mark.parametrize(
    ("values", "reason", "ids"),
    [
        ({"profiles/all": DAMAGED}, "damaged", (A.id,)),
        ({"profiles/all": WRONG_SHAPE}, "wrong_shape", (A.id, B.id)),
        ({"profiles/all": json.dumps([{"id": A.id, "name": 7}])}, "wrong_shape", (A.id,)),
        ({"profiles/all": v1(A), "profiles/version": "two"}, "damaged", (A.id,)),
        (NEWER, "newer_version", (A.id,)),
    ],
    ids=["damaged JSON", "wrong shape", "wrong field type", "damaged version", "future version"],
)
def test_an_unreadable_store_is_kept_aside_with_its_profile_ids(
    tmp_path: Path, values: dict[str, Any], reason: str, ids: tuple[str, ...]
) -> None:
    write_raw(tmp_path, **values, **{"window/geometry": "kept too"})
    before = (tmp_path / "settings.ini").read_bytes()
    profiles = store(tmp_path)
    assert profiles.all() == []
    recovery = profiles.recovery
    assert recovery is not None
    assert recovery.moved_aside == str(tmp_path / f"settings.ini.unreadable-profiles-{STAMP}")
    assert recovery.settings_backup == str(tmp_path / f"settings.ini.backup-{STAMP}")
    assert recovery.profile_ids == ids
    # the whole settings file, byte for byte, and the value with the ids and where the keys are
    assert Path(recovery.settings_backup).read_bytes() == before
    note = kept(recovery)
    assert note["reason"] == reason and note["profile_ids"] == list(ids)
    assert note["keyring_service"] == SERVICE
    assert note["value"] == values["profiles/all"]
    assert note["settings_file"] == str(tmp_path / "settings.ini")


def test_a_value_qsettings_splits_into_a_list_is_kept_aside(tmp_path: Path) -> None:
    # Edited by hand: an unquoted value with commas comes back from QSettings as a list.
    (tmp_path / "settings.ini").write_text(f'[profiles]\nall=[{{"id": "{A.id}"}}, {{"id": 2}}]\n')
    profiles = store(tmp_path)
    assert profiles.all() == []
    assert profiles.recovery is not None
    assert profiles.recovery.profile_ids == (A.id,)
    assert A.id in kept(profiles.recovery)["value"]


def test_saving_a_new_profile_after_damage_keeps_the_old_data_on_disk(tmp_path: Path) -> None:
    write_raw(tmp_path, **{"profiles/all": DAMAGED, "profiles/last": A.id})
    original = (tmp_path / "settings.ini").read_bytes()
    profiles = store(tmp_path)
    assert profiles.get(A.id) is None
    profiles.save(B)
    profiles.set_last(B.id)
    assert profiles.all() == [B]
    assert ProfileStore(ini(tmp_path)).all() == [B]
    assert ProfileStore(ini(tmp_path)).recovery is None
    recovery = profiles.recovery
    assert recovery is not None and recovery.settings_backup is not None
    assert Path(recovery.settings_backup).read_bytes() == original
    assert kept(recovery)["value"] == DAMAGED
    # exactly one copy of each, even though the store was read several times
    assert (
        len(aside_files(tmp_path, "backup"))
        == len(aside_files(tmp_path, "unreadable-profiles"))
        == 1
    )


def test_taken_names_are_never_overwritten(tmp_path: Path) -> None:
    write_raw(tmp_path, **{"profiles/all": DAMAGED})
    taken = tmp_path / f"settings.ini.unreadable-profiles-{STAMP}"
    taken.write_text("someone else's file")
    (tmp_path / f"settings.ini.backup-{STAMP}").write_text("an older backup")
    profiles = store(tmp_path)
    profiles.all()
    recovery = profiles.recovery
    assert recovery is not None
    assert recovery.moved_aside == f"{taken}-2"
    assert recovery.settings_backup == str(tmp_path / f"settings.ini.backup-{STAMP}-2")
    assert taken.read_text() == "someone else's file"
    assert (tmp_path / f"settings.ini.backup-{STAMP}").read_text() == "an older backup"
    assert kept(recovery)["value"] == DAMAGED


def test_the_same_damage_at_the_next_start_reuses_its_files(tmp_path: Path) -> None:
    write_raw(tmp_path, **{"profiles/all": DAMAGED})
    first = store(tmp_path)
    first.all()
    later = ProfileStore(ini(tmp_path), now=lambda: datetime(2026, 12, 3, tzinfo=UTC))
    later.all()
    assert later.recovery == first.recovery
    assert len(aside_files(tmp_path, "*")) == 2


def test_deleting_after_damage_also_keeps_the_old_data(tmp_path: Path) -> None:
    write_raw(tmp_path, **{"profiles/all": DAMAGED, "profiles/last": A.id})
    profiles = store(tmp_path)
    profiles.delete(A.id)
    assert profiles.last_id() is None
    assert ini(tmp_path).value("profiles/all") == "[]"
    assert profiles.recovery is not None and kept(profiles.recovery)["value"] == DAMAGED


def test_in_memory_settings_keep_the_value_in_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    memory = MemorySettings()
    memory.setValue("profiles/all", DAMAGED)
    profiles = ProfileStore(memory, now=lambda: NOW)
    assert profiles.all() == []
    assert profiles.recovery is not None
    assert profiles.recovery.settings_backup is None
    assert profiles.recovery.moved_aside == str(
        tmp_path / f"dify-desktop-settings.unreadable-profiles-{STAMP}"
    )
    profiles.save(A)
    assert profiles.all() == [A]


def test_ids_are_found_in_what_is_left_of_a_damaged_value(tmp_path: Path) -> None:
    damaged = '[{"id": "custom-\\u00e9", "name": "x"}, {"id": "bad-\\x", "base_url": "ht'
    write_raw(tmp_path, **{"profiles/all": damaged})
    profiles = store(tmp_path)
    assert profiles.all() == []
    assert profiles.recovery is not None
    assert profiles.recovery.profile_ids == ("custom-é", "bad-\\x")


def test_a_store_that_cannot_be_kept_aside_is_never_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_raw(tmp_path, **{"profiles/all": DAMAGED})

    def full_disk(*_args: Any) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("dify_desktop.core.profiles.keep_aside", full_disk)
    profiles = store(tmp_path)
    for attempt in (profiles.all, lambda: profiles.save(B)):
        with pytest.raises(OSError):
            attempt()
    assert profiles.recovery is None
    assert ini(tmp_path).value("profiles/all") == DAMAGED
    monkeypatch.undo()
    profiles.save(B)
    assert profiles.all() == [B]
    assert profiles.recovery is not None and kept(profiles.recovery)["value"] == DAMAGED
