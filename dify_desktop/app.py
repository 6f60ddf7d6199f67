"""The application: QApplication + the qasync loop, the start paths (saved profile, demo,
DIFY_API_KEY) and a clean shutdown."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import shlex
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dify_desktop.core import logs
from dify_desktop.core.collection import set_aside_long_lived
from dify_desktop.core.profiles import check_base_url, is_insecure, normalize_base_url

if TYPE_CHECKING:  # the Qt and demo modules load after the arguments are checked
    from PySide6.QtCore import QMessageLogContext, QSettings
    from PySide6.QtWidgets import QApplication

    from dify_desktop.demo.runner import DemoServer
    from dify_desktop.ui.context import AppContext
    from dify_desktop.ui.main_thread_gc import MainThreadGarbageCollector
    from dify_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SMOKE_TIMEOUT = 30.0


class StartError(Exception):
    """A start-up problem to print as one line (exit code 2)."""


@dataclass(frozen=True)
class StartPlan:
    demo: bool
    base_url: str | None
    api_key: str | None
    user: str | None
    smoke_test: bool
    #: the --proxy URL (no credentials), None to follow the environment's proxy settings
    proxy: str | None = None
    #: --lang: a code of ui.translations.LANGUAGES, None to follow the setting or the system
    lang: str | None = None

    @property
    def client_options(self) -> dict[str, object]:
        """Passed to every DifyClient the app makes (the connection dialog's check included)."""
        return {"proxy": self.proxy} if self.proxy else {}

    @property
    def ephemeral(self) -> bool:
        return self.demo or self.api_key is not None or self.smoke_test


def plan(args: argparse.Namespace, environ: dict[str, str] | os._Environ[str]) -> StartPlan:
    key = environ.get("DIFY_API_KEY", "").strip() or None
    base_url = normalize_base_url(args.base_url) if args.base_url else None
    if args.demo and base_url:
        raise StartError("--demo and --base-url cannot be used together.")
    if base_url:
        if key is None:
            raise StartError(
                "--base-url needs the API key in the DIFY_API_KEY environment variable."
            )
        problem = check_base_url(base_url)
        if problem:
            from dify_desktop.ui.sentences import say  # English: no translator is installed yet

            raise StartError(say(problem))
        if is_insecure(base_url) and not args.allow_insecure_http:
            raise StartError(
                f"Refusing to send the API key unencrypted to {base_url}: use https://, "
                "or pass --allow-insecure-http if you accept that risk."
            )
    elif key is not None and not args.demo:
        raise StartError("DIFY_API_KEY is set: also give --base-url URL (and --user ID).")
    user = (args.user or "").strip() or None
    if args.smoke_test and not args.demo and not (base_url and user):
        # Without a user there is no first page to wait for (the demo has a default one).
        raise StartError("--smoke-test needs --demo, or --base-url with DIFY_API_KEY and --user.")
    return StartPlan(
        demo=args.demo,
        base_url=base_url,
        api_key=key if base_url else None,
        user=user,
        smoke_test=args.smoke_test,
        proxy=checked_proxy(args.proxy) if args.proxy else None,
        lang=args.lang,
    )


def checked_proxy(url: str) -> str:
    """The --proxy URL, refused (never echoed: it may hold a password) when unusable."""
    from urllib.parse import urlsplit

    from dify_desktop.api.proxy import PROXY_SCHEMES

    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise StartError(
            "--proxy is not a usable URL: give http://host:port or socks5://host:port."
        ) from None
    if "@" in parts.netloc:
        raise StartError(
            "--proxy must not contain credentials: command lines are visible to other users of "
            "this computer. Put them in the connection's proxy setting (Edit connection)."
        )
    if parts.scheme.lower() not in PROXY_SCHEMES or not parts.hostname or port == 0:
        raise StartError(
            "--proxy is not a usable URL: give http://host:port or socks5://host:port."
        )
    return url


def no_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    logs.setup(args.debug)
    try:
        start = plan(args, os.environ)
    except StartError as problem:
        print(f"dify-desktop: {problem}", file=sys.stderr)
        return 2
    if start.api_key:
        logs.register_secret(start.api_key)
    if no_display():
        print(
            "dify-desktop: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
            "to see the window on a headless machine, start it in a virtual X server: "
            f"xvfb-run -a {shlex.join(['dify-desktop', *sys.argv[1:]])} (then look at it with "
            "a VNC server such as x11vnc, or a screenshot); to run without any screen, set "
            "QT_QPA_PLATFORM=offscreen.",
            file=sys.stderr,
        )
        return 2
    os.environ.setdefault("LANG", "C.UTF-8")

    from dify_desktop.ui.pyside_hook import quicken_feature_check

    quicken_feature_check()  # before the ~170 modules imported on the way to the first page

    import qasync  # type: ignore[import-untyped]
    from PySide6.QtWidgets import QApplication

    from dify_desktop import __version__

    route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Dify Desktop")
    app.setOrganizationName("dify-desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("dify-desktop")
    app.setQuitOnLastWindowClosed(False)
    from dify_desktop.ui.main_thread_gc import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector(app, started=False)  # main() starts it

    try:
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            return runner.run(main(app, start, started, collector))
    finally:
        collector.stop()


def route_qt_messages() -> None:
    """Qt's own warnings go through logging (stderr shows warnings; --debug shows all)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    # Harmless on the offscreen platform, which has no window manager to take size hints.
    quiet = ("propagateSizeHints",)

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        level = (
            logging.DEBUG if any(q in message for q in quiet) else levels.get(kind, logging.INFO)
        )
        qt_log.log(level, "%s", message)

    qInstallMessageHandler(handler)


async def main(
    app: QApplication, start: StartPlan, started: float, collector: MainThreadGarbageCollector
) -> int:
    from dify_desktop.core.credentials import Credentials
    from dify_desktop.core.profiles import ProfileStore
    from dify_desktop.core.settings import MemorySettings, Settings
    from dify_desktop.ui.context import AppContext
    from dify_desktop.ui.dialogs import activate
    from dify_desktop.ui.main_window import MainWindow
    from dify_desktop.ui.translations import install as install_translations

    settings: Settings = MemorySettings() if start.ephemeral else qsettings()
    install_translations(app, start.lang, settings, os.environ)
    context = AppContext(
        settings=settings,
        profiles=ProfileStore(settings),
        credentials=Credentials(),
        ephemeral=start.ephemeral,
        demo=start.demo,
        suggested_users=demo_users() if start.demo else (),
        client_options=start.client_options,
    )
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    # A first page is on its way unless the connection dialog is the first thing shown: the
    # desk parts are built after it (or as soon as it is clear none is coming, below).
    window = MainWindow(context, wait_for_first_page=True)
    # No collector pass before the first page: start-up makes objects, it does not let them go.
    window.deskPartsReady.connect(collector.start)
    window.show()
    # Ask for keyboard focus: without a window manager (kiosks, Xvfb) nothing else gives it, and
    # Qt's shortcuts (F2, F5, Ctrl+F...) only reach the active window.
    activate(window)
    set_aside_long_lived()  # start-up's modules and the window
    await asyncio.sleep(0)  # one turn of Qt's loop: the frame is painted before any request

    outcome: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()
    if start.smoke_test:

        def settle(problem: str | None) -> None:
            if outcome.done():
                return
            if problem is None:  # said at once: the moment the first page is shown
                print(
                    f"dify-desktop smoke test passed: {window.model.rowCount()} conversations "
                    f"shown in {time.monotonic() - started:.2f} s",
                    flush=True,
                )
            outcome.set_result(problem)

        window.firstPageShown.connect(lambda: settle(None))
        window.firstPageFailed.connect(lambda why: settle(f"loading the first page failed: {why}"))

    demo_server: DemoServer | None = None
    try:
        if start.demo:
            demo_server = await start_demo_server()
            await open_ephemeral(
                window, demo_server.base_url, demo_server.api_key, "Demo", start.user or demo_user()
            )
        elif start.api_key and start.base_url:
            await open_ephemeral(window, start.base_url, start.api_key, None, start.user)
        else:
            await open_saved(window, context)
        if not window.model.loading:  # no first page is coming: no user, or it did not open
            window.build_desk_parts_soon()
        if start.smoke_test:
            return await smoke_result(outcome, started)
        await closed.wait()
        return 0
    finally:
        window.hide()
        await context.tasks.cancel_all()
        if window.session is not None:
            await window.session.close()
        if demo_server is not None:
            await asyncio.to_thread(demo_server.stop)


async def smoke_result(outcome: asyncio.Future[str | None], started: float) -> int:
    try:
        problem = await asyncio.wait_for(outcome, SMOKE_TIMEOUT - (time.monotonic() - started))
    except TimeoutError:
        problem = f"the first page did not appear within {SMOKE_TIMEOUT:.0f} s"
    if problem:
        print(f"dify-desktop smoke test failed: {problem}", file=sys.stderr)
        return 1
    return 0


def qsettings() -> QSettings:
    from platformdirs import user_config_dir
    from PySide6.QtCore import QSettings

    path = os.path.join(user_config_dir("dify-desktop", appauthor=False), "settings.ini")
    return QSettings(path, QSettings.Format.IniFormat)


def demo_user() -> str:
    from dify_desktop.demo.seed import DEFAULT_USER

    return DEFAULT_USER


def demo_users() -> tuple[str, ...]:
    from dify_desktop.demo.seed import SEED_USERS
    from dify_desktop.demo.seed_transcripts import TRANSCRIPT_USER

    return (*SEED_USERS, TRANSCRIPT_USER)


async def start_demo_server() -> DemoServer:
    from dify_desktop.demo.runner import DemoServer

    server = DemoServer()
    await asyncio.to_thread(server.start)
    log.info("demo server at %s", server.base_url)
    return server


async def open_ephemeral(
    window: MainWindow, base_url: str, key: str, name: str | None, user: str | None
) -> None:
    """Connect without the dialog and without storing anything (demo, DIFY_API_KEY)."""
    from urllib.parse import urlsplit

    from dify_desktop.core.profiles import Profile
    from dify_desktop.ui.reporter import Level

    profile = Profile(
        id="ephemeral", name=name or urlsplit(base_url).hostname or base_url, base_url=base_url
    )
    if not await window.open_profile(profile, key, user):
        window.firstPageFailed.emit(window.reporter.last(Level.WARNING) or "could not connect")


async def open_saved(window: MainWindow, context: AppContext) -> None:
    profiles = context.profiles
    last = profiles.last_id()
    profile = (profiles.get(last) if last else None) or next(iter(profiles.all()), None)
    if profile is None:
        window.connection.show_connection_dialog(None)
        return
    await window.open_profile(profile)
