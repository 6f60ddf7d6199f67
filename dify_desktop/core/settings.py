"""The app's settings: every key it keeps, with its default, and the settings objects.

QSettings (an INI file) in the app; :class:`MemorySettings` for demo, smoke-test and
``DIFY_API_KEY`` runs, which must leave the person's settings untouched. Files that keep what could
not be read are written beside the settings file, never over an existing one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol


class Settings(Protocol):
    """The part of QSettings the app uses."""

    def value(self, key: str, defaultValue: Any = ...) -> Any: ...
    def setValue(self, key: str, value: Any) -> None: ...
    def remove(self, key: str) -> None: ...
    def sync(self) -> None: ...
    def fileName(self) -> str: ...


class MemorySettings:
    """Settings that live and die with the process (``fileName()`` is empty: there is no file)."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def value(self, key: str, defaultValue: Any = None) -> Any:
        return self._values.get(key, defaultValue)

    def setValue(self, key: str, value: Any) -> None:
        self._values[key] = value

    def remove(self, key: str) -> None:
        self._values.pop(key, None)

    def sync(self) -> None:
        pass

    def fileName(self) -> str:
        return ""


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    default: Any = None

    def read(self, settings: Settings) -> Any:
        """The stored value, or the default when nothing (or an empty value) is stored."""
        value = settings.value(self.name, self.default)
        return self.default if value is None or value == "" else value


PROFILES = Key("profiles/all", "")  # JSON, see core.profiles.ProfileStore
PROFILES_VERSION = Key("profiles/version", None)  # absent in version 1
LAST_PROFILE = Key("profiles/last", "")
SORT_BY = Key("list/sort_by", "-updated_at")
WINDOW_GEOMETRY = Key("window/geometry", None)  # QMainWindow.saveGeometry()
LANGUAGE = Key("ui/language", "")  # a code of ui.translations.LANGUAGES; "" follows the system

EXPORT_FOLDER = Key("export/folder", "")
EXPORT_FORMAT = Key("export/format", "md")
#: saves and job items sent at once (core.limiter); more wait their turn. Hundreds at once would
#: queue inside httpx's connection pool, whose hand-overs then stall the GUI thread
#: (benchmarks/README.md) and hold back the list's own requests.
REQUESTS_IN_FLIGHT = Key("network/requests_in_flight", 6)
REQUESTS_IN_FLIGHT_RANGE = range(1, 17)

KEYS = (
    PROFILES,
    PROFILES_VERSION,
    LAST_PROFILE,
    SORT_BY,
    WINDOW_GEOMETRY,
    LANGUAGE,
    REQUESTS_IN_FLIGHT,
    EXPORT_FOLDER,
    EXPORT_FORMAT,
)


def requests_in_flight(settings: Settings) -> int:
    """The stored limit, or the default when what is stored is not a whole number in range."""
    try:
        value = int(REQUESTS_IN_FLIGHT.read(settings))
    except (TypeError, ValueError):
        return int(REQUESTS_IN_FLIGHT.default)
    return value if value in REQUESTS_IN_FLIGHT_RANGE else int(REQUESTS_IN_FLIGHT.default)


def keep_aside(settings: Settings, suffix: str, content: bytes, now: datetime) -> Path:
    """Keep ``content`` in a new file beside the settings file, named
    ``<settings file>.<suffix>-<UTC time>`` (``-2``, ``-3``... when that name is taken): never
    over an existing file. A file of that kind already holding exactly ``content`` is reused, so
    the same damage met at every start does not pile up copies. In-memory settings have no file:
    the system's temporary folder stands in for its folder."""
    import glob
    import tempfile

    file_name = settings.fileName()
    base = Path(file_name) if file_name else Path(tempfile.gettempdir()) / "dify-desktop-settings"
    prefix = f"{base.name}.{suffix}-"
    base.parent.mkdir(parents=True, exist_ok=True)
    for existing in sorted(base.parent.glob(f"{glob.escape(prefix)}*")):
        if existing.is_file() and existing.read_bytes() == content:
            return existing
    stamp = f"{prefix}{now.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    for n in range(1, 1_000):
        path = base.with_name(stamp if n == 1 else f"{stamp}-{n}")
        try:
            with open(path, "xb") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"no free name beside {base}")
