"""``dify-desktop export`` as a script runs it: a real process against the demo server, no display."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.app_process import isolated_env, run_app


def export(home: Path, server: Any, *args: str, key: str | None = None) -> Any:
    return run_app(
        ["export", "--base-url", server.base_url, *args],
        home,
        key=server.api_key if key is None else key,
        display=False,
    )


def test_every_conversation_of_a_user_as_markdown(tmp_path: Path, demo_server: Any) -> None:
    store = demo_server.store
    store.add_conversation(
        "ann", "Refund for order 2041", messages=[("Where is my refund?", "**Soon**")]
    )
    store.add_conversation("ann", "Delivery", messages=[("When?", "Tomorrow")])
    store.add_conversation("bob", "Not Ann's", messages=[("x", "y")])
    out = tmp_path / "out" / "deeper"
    done = export(tmp_path, demo_server, "--user", "ann", "--out", str(out))
    assert done.returncode == 0, done.stderr
    files = sorted(out.iterdir())
    assert [p.suffix for p in files] == [".md", ".md"]
    assert sorted(done.stdout.splitlines()) == [str(p) for p in files]
    text = "\n".join(p.read_text() for p in files)
    assert "> Where is my refund?" in text and "**Soon**" in text
    assert "Not Ann's" not in text
    assert any("Refund for order 2041" in p.name for p in files)


def test_json_holds_every_message_in_time_order_with_the_servers_values(
    tmp_path: Path, demo_server: Any
) -> None:
    from dify_desktop.demo.seed_transcripts import TRANSCRIPT_USER

    store = demo_server.store
    (long,) = [c for c in store.conversations_of(TRANSCRIPT_USER) if "600" in c.name]
    done = export(
        tmp_path,
        demo_server,
        "--user",
        TRANSCRIPT_USER,
        "--conversation",
        long.id,
        "--format",
        "json",
        "--out",
        str(tmp_path / "json"),
    )
    assert done.returncode == 0, done.stderr
    (path,) = (tmp_path / "json").iterdir()
    assert path.suffix == ".json" and len(path.name.encode()) <= 200
    document = json.loads(path.read_text())
    assert document["conversation"]["id"] == long.id
    assert document["conversation"]["created_at"] == long.created_at
    messages = document["messages"]
    assert sorted(m["id"] for m in messages) == sorted(m.id for m in store.messages_of(long.id))
    times = [m["created_at"] for m in messages]
    assert times == sorted(times) and all(type(t) is int for t in times)
    rated = [m for m in messages if m["feedback"] is not None]
    assert rated and all(m["feedback"]["rating"] in ("like", "dislike") for m in rated)
    assert any(m["status"] == "error" and m["error"] for m in messages)
    assert {v["name"] for v in document["variables"]} >= {"customer_name"}


def test_an_existing_file_is_kept_and_the_export_gets_a_new_name(
    tmp_path: Path, demo_server: Any
) -> None:
    demo_server.store.add_conversation("ann", "Same", messages=[("q", "a")])
    out = tmp_path / "out"
    first = export(tmp_path, demo_server, "--user", "ann", "--out", str(out))
    (written,) = out.iterdir()
    written.write_text("a person's edits")
    second = export(tmp_path, demo_server, "--user", "ann", "--out", str(out))
    assert first.returncode == second.returncode == 0
    assert written.read_text() == "a person's edits"
    (new,) = [p for p in out.iterdir() if p != written]
    assert new.name.endswith(" (2).md") and "> q" in new.read_text()


def test_unreachable_messages_keep_the_file_and_exit_1(tmp_path: Path, demo_server: Any) -> None:
    from dify_desktop.demo.seed_transcripts import TRANSCRIPT_USER

    store = demo_server.store
    (burst,) = [c for c in store.conversations_of(TRANSCRIPT_USER) if "130" in c.name]
    done = export(
        tmp_path,
        demo_server,
        "--user",
        TRANSCRIPT_USER,
        "--conversation",
        burst.id,
        "--out",
        str(tmp_path / "out"),
    )
    assert done.returncode == 1
    (path,) = (tmp_path / "out").iterdir()
    assert "could not be reached" in done.stderr and str(path) in done.stderr
    assert "could not be reached" in path.read_text()


def test_unknown_conversation_is_named_and_the_others_written(
    tmp_path: Path, demo_server: Any
) -> None:
    cid = demo_server.store.add_conversation("ann", "Real", messages=[("q", "a")])
    done = export(
        tmp_path,
        demo_server,
        "--user",
        "ann",
        "--conversation",
        cid,
        "--conversation",
        "00000000-0000-4000-8000-00000000dead",
        "--out",
        str(tmp_path / "out"),
    )
    assert done.returncode == 1
    assert "00000000-0000-4000-8000-00000000dead not found for user ann" in done.stderr
    assert len(list((tmp_path / "out").iterdir())) == 1


def test_a_refused_key_exits_1_with_one_reason(tmp_path: Path, demo_server: Any) -> None:
    done = export(
        tmp_path, demo_server, "--user", "ann", "--out", str(tmp_path / "o"), key="app-wrong"
    )
    assert done.returncode == 1
    assert "the server refused" in done.stderr and "app-wrong" not in done.stderr
    assert "Traceback" not in done.stderr


def test_usage_errors_exit_2(tmp_path: Path, demo_server: Any) -> None:
    no_out = export(tmp_path, demo_server, "--user", "ann")
    assert no_out.returncode == 2 and "--out" in no_out.stderr
    no_key = run_app(
        ["export", "--base-url", demo_server.base_url, "--user", "ann", "--out", "x"],
        tmp_path,
        display=False,
    )
    assert no_key.returncode == 2 and "DIFY_API_KEY" in no_key.stderr
    bad_format = export(tmp_path, demo_server, "--user", "a", "--out", "x", "--format", "pdf")
    assert bad_format.returncode == 2 and "md" in bad_format.stderr
    assert not (tmp_path / "x").exists()


def test_no_widget_module_is_loaded(tmp_path: Path, demo_server: Any) -> None:
    """No display and no QApplication: the command does not even import Qt's widgets."""
    demo_server.store.add_conversation("ann", "Real", messages=[("q", "a")])
    env = isolated_env(tmp_path, display=False)
    env["DIFY_API_KEY"] = demo_server.api_key
    script = (
        "import sys; from dify_desktop.cli import main; "
        f"code = main(['export', '--base-url', {demo_server.base_url!r}, '--user', 'ann', "
        f"'--out', {str(tmp_path / 'o')!r}]); "
        "print('widgets' if 'PySide6.QtWidgets' in sys.modules else 'no widgets'); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "no widgets"


def test_a_saved_profile_gives_the_key_and_its_proxy(
    tmp_path: Path, demo_server: Any, secret_service: Any
) -> None:
    """--profile: the address and key of a saved profile (key from the real Secret Service),
    and every request through that profile's proxy with its credentials."""
    import asyncio

    from PySide6.QtCore import QSettings

    from dify_desktop.core.credentials import Credentials
    from dify_desktop.core.profiles import Profile, ProfileStore
    from dify_desktop.core.proxy_settings import ProxyCredentials, ProxyMode, ProxySetting
    from tests.proxy_kit import RecordingProxy

    proxy = RecordingProxy(credentials=("agent", "pr0xy-secret"))
    proxy.start()
    try:
        demo_server.store.add_conversation("ann", "Through the proxy", messages=[("q", "a")])
        profile = Profile(
            "7d1c0b5e-4f3a-4c2b-9e8d-7a6b5c4d3e2f",
            "Acme prod",
            demo_server.base_url,
            proxy=ProxySetting(ProxyMode.MANUAL, proxy.url, credentials=True),
        )
        config = tmp_path / "config" / "dify-desktop"
        config.mkdir(parents=True)
        settings = QSettings(str(config / "settings.ini"), QSettings.Format.IniFormat)
        ProfileStore(settings).save(profile)
        settings.sync()

        async def store_secrets() -> None:
            await Credentials().save(profile.id, demo_server.api_key)
            await Credentials().save_proxy(profile.id, ProxyCredentials("agent", "pr0xy-secret"))

        asyncio.run(store_secrets())
        out = tmp_path / "out"
        done = run_app(
            ["export", "--profile", "Acme prod", "--user", "ann", "--out", str(out)],
            tmp_path,
            display=False,
        )
        assert done.returncode == 0, done.stderr
        (written,) = out.iterdir()
        assert "Through the proxy" in written.name
        assert proxy.users() and set(proxy.users()) == {"agent"}
        assert any("/messages" in line for line in proxy.lines())
        unknown = run_app(
            ["export", "--profile", "nobody", "--user", "ann", "--out", str(out)],
            tmp_path,
            display=False,
        )
        assert unknown.returncode == 2 and "no saved profile is named 'nobody'" in unknown.stderr
    finally:
        proxy.stop()
