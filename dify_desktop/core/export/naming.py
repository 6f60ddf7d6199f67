"""Where an exported conversation goes: a file name from its date, name and a short id, at most
``MAX_NAME_BYTES`` of UTF-8, created exclusively so an existing file is never overwritten."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import unicodedata
from datetime import datetime
from pathlib import Path

from dify_desktop.core.untrusted import BIDI_CONTROLS, is_control

#: Many file systems (ext4, NTFS via most drivers, APFS) stop at 255 bytes; 200 leaves room for
#: what a ticket system or an archive tool adds.
MAX_NAME_BYTES = 200
SHORT_ID_LENGTH = 8
#: Characters Windows, macOS or a shell treat specially, and the path separators.
_RESERVED = re.compile(r'[<>:"/\\|?*]')
_SPACES = re.compile(r"\s+")
_MAX_SUFFIX = 10_000


def _clean(name: str) -> str:
    kept = "".join(" " if is_control(ch) else ch for ch in name if ch not in BIDI_CONTROLS)
    kept = _SPACES.sub(" ", _RESERVED.sub("_", unicodedata.normalize("NFC", kept)))
    # Leading dots hide the file on Unix; trailing dots and spaces vanish on Windows.
    return kept.strip(" .")


def _cut_to_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore").rstrip(" .")


def file_name(
    created_at: datetime, name: str, conversation_id: str, extension: str, n: int = 1
) -> str:
    """``2026-12-01 Refund question 3f2a1b9c.md``; the ``n``-th candidate adds `` (n)``."""
    stem_date = created_at.strftime("%Y-%m-%d")
    short_id = _clean(conversation_id)[:SHORT_ID_LENGTH] or "no-id"
    tail = f" {short_id}" + (f" ({n})" if n > 1 else "") + f".{extension}"
    room = MAX_NAME_BYTES - len(stem_date.encode()) - len(tail.encode("utf-8")) - 1
    title = _cut_to_bytes(_clean(name), max(room, 0))
    return f"{stem_date} {title}{tail}" if title else f"{stem_date}{tail}"


def create_exclusively(
    directory: Path,
    created_at: datetime,
    name: str,
    conversation_id: str,
    extension: str,
    data: bytes,
) -> Path:
    """Write ``data`` under the first free candidate name in ``directory``. The bytes go to a
    temporary file first and are linked into place, so a file with the final name is always
    complete, and an existing file is never replaced."""
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".export-", suffix=".partial")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        for n in range(1, _MAX_SUFFIX):
            path = directory / file_name(created_at, name, conversation_id, extension, n)
            try:
                _link_or_copy(temporary, path, data)
            except FileExistsError:
                continue
            return path
        raise OSError(errno.EEXIST, "no free file name", str(directory))
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _link_or_copy(temporary: str, path: Path, data: bytes) -> None:
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError as exc:
        # File systems without hard links (FAT, some network shares): create exclusively.
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        try:
            with path.open("xb") as file:
                file.write(data)
        except FileExistsError:
            raise
        except OSError:
            with contextlib.suppress(OSError):
                path.unlink()
            raise
