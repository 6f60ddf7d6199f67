"""Shared fixtures: an isolated home, the demo server, a qasync loop for widget tests, and a real
Secret Service (gnome-keyring on a private D-Bus) for the credential tests."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.keyring_kit import SecretService, secret_service_in
from tests.proxy_kit import RecordingProxy

# Before Qt, platformdirs or keyring are imported anywhere: no screen, and a throwaway home so
# the tests never read or write the developer's settings, logs or keyring.
_HOME = Path(tempfile.mkdtemp(prefix="dify-desktop-tests-"))
# The offscreen screen is a common 1920×1080 one (Qt's default, 800×800, is smaller than the
# window's default size, which the window then shrinks to fit).
_SCREEN = _HOME / "screen.json"
_SCREEN.write_text(
    '{"screens": [{"name": "full-hd", "x": 0, "y": 0, "width": 1920, "height": 1080,'
    ' "logicalDpi": 96, "dpr": 1}]}'
)
os.environ.update(
    {
        "QT_QPA_PLATFORM": f"offscreen:configfile={_SCREEN}",
        "LANG": "C.UTF-8",
        "HOME": str(_HOME),
        "XDG_CONFIG_HOME": str(_HOME / "config"),
        "XDG_STATE_HOME": str(_HOME / "state"),
        "XDG_CACHE_HOME": str(_HOME / "cache"),
        "XDG_DATA_HOME": str(_HOME / "data"),
        "XDG_RUNTIME_DIR": str(_HOME / "runtime"),
    }
)
(_HOME / "runtime").mkdir(mode=0o700)
os.environ.pop("DIFY_API_KEY", None)
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture
def home() -> Path:
    """The throwaway home every test runs in (settings and logs land below it)."""
    return _HOME


@pytest.fixture
def demo_server() -> Iterator[object]:
    from dify_desktop.demo.runner import DemoServer

    server = DemoServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def proxy() -> Iterator[RecordingProxy]:
    """A real HTTP/CONNECT/SOCKS5 proxy on loopback that records what passed through it."""
    server = RecordingProxy()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session", autouse=True)
def main_thread_gc(qapp: object) -> Iterator[None]:
    """As in the app: collect cycles on the GUI thread only (see dify_desktop.ui.main_thread_gc)."""
    from dify_desktop.ui.main_thread_gc import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector()
    yield
    collector.stop()


@pytest.fixture
def qloop(qapp: object) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop that runs whenever Qt processes events (qtbot.waitUntil, waitSignal...)."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            from PySide6.QtCore import QCoreApplication, QDeadlineTimer

            deadline = QDeadlineTimer(5000)
            while any(not t.done() for t in pending) and not deadline.hasExpired():
                QCoreApplication.processEvents()
        # Reset the running state without loop.stop(): stop() calls qapp.exit() outside exec(),
        # which would make every later QEventLoop.exec() return at once.
        qapp.aboutToQuit.disconnect(loop._after_run_forever)  # type: ignore[attr-defined]
        loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
        loop._after_run_forever()  # type: ignore[attr-defined]
        asyncio.events._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)


@pytest.fixture(scope="session")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretService]:
    with secret_service_in(tmp_path_factory.mktemp("keyring")) as service:
        yield service


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The keyring package as it is on a box with no Secret Service: every call fails."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
