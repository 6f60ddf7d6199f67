"""A real Secret Service for tests: gnome-keyring on a private D-Bus, started and ended here."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path


class SecretService:
    """gnome-keyring's Secret Service on a private session bus with a throwaway home.

    Every process it starts runs in a session of its own, and :meth:`stop` ends each one's whole
    process group (services the bus activated too, such as a password prompter): also when the
    start fails half-way, so no ``dbus-daemon`` outlives a failed start."""

    PASSWORD = "throwaway-test-password"  # an empty one fails: "Prompt dismissed"

    def __init__(self, root: Path, keyring_command: tuple[str, ...] | None = None) -> None:
        self.root = root
        self.processes: list[subprocess.Popen[str]] = []
        # No display: a prompter (gcr-prompter) asked to unlock must fail at once, not wait for
        # someone to type a password.
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.update(
            HOME=str(root), XDG_RUNTIME_DIR=str(root / "run"), XDG_DATA_HOME=str(root / "data")
        )
        (root / "run").mkdir(mode=0o700)
        try:
            self.bus = self._start(
                ["dbus-daemon", "--session", "--nofork", "--print-address=1"], env
            )
            assert self.bus.stdout is not None
            self.address = self.bus.stdout.readline().strip()
            if not self.address:
                raise RuntimeError("dbus-daemon did not print its address")
            env["DBUS_SESSION_BUS_ADDRESS"] = self.address
            self.env = env
            command = keyring_command or (
                "gnome-keyring-daemon",
                "--foreground",
                "--unlock",
                "--components=secrets",
            )
            self.daemon = self._start(list(command), env, password=self.PASSWORD)
            self._wait_for_bus_name("org.freedesktop.secrets")
        except BaseException:
            self.stop()
            raise

    def _start(
        self, command: list[str], env: dict[str, str], password: str | None = None
    ) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE if password is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE if password is None else subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
            start_new_session=True,
        )
        self.processes.append(process)
        if password is not None:
            assert process.stdin is not None
            try:
                process.stdin.write(password)
                process.stdin.close()
            except BrokenPipeError:
                pass  # it exited at once: the wait for its bus name says so
        return process

    def _wait_for_bus_name(self, name: str, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner",
                    f"string:{name}",
                ],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=10,
            )
            if "boolean true" in done.stdout:
                return
            if self.daemon.poll() is not None:
                raise RuntimeError("gnome-keyring-daemon exited before it was ready")
            time.sleep(0.05)  # polling a readiness condition, bounded by the deadline
        raise RuntimeError(f"{name} did not appear on the private bus within {timeout} s")

    def lookup(self, service: str, username: str) -> str | None:
        done = subprocess.run(
            ["secret-tool", "lookup", "service", service, "username", username],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        return done.stdout if done.returncode == 0 else None

    def store(self, service: str, username: str, secret: str) -> None:
        """An item exactly as the keyring package writes it (its ``application`` attribute
        included): without it, the app's next ``set_password`` adds a second item instead of
        replacing this one, and a read returns either of the two."""
        subprocess.run(
            [
                "secret-tool",
                "store",
                "--label=test",
                "service",
                service,
                "username",
                username,
                "application",
                "Python keyring library",
            ],
            env=self.env,
            input=secret,
            text=True,
            timeout=30,
            check=True,
        )

    def lock(self) -> None:
        """Lock the default collection, as the session does when the screen locks."""
        subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.secrets",
                "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service.Lock",
                "array:objpath:/org/freedesktop/secrets/aliases/default",
            ],
            env=self.env,
            capture_output=True,
            timeout=10,
            check=True,
        )

    def stop(self) -> None:
        """End every process started (the keyring daemon first, the bus last), each one's
        process group with it; SIGKILL for one that does not end on SIGTERM."""
        while self.processes:
            process = self.processes.pop()
            try:
                for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 10.0)):
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(process.pid, sig)
                    try:
                        process.wait(timeout=wait)
                        break
                    except subprocess.TimeoutExpired:
                        continue
            finally:
                for stream in (process.stdin, process.stdout):
                    if stream is not None:
                        with contextlib.suppress(OSError):
                            stream.close()


@contextlib.contextmanager
def secret_service_in(root: Path) -> Iterator[SecretService]:
    """A Secret Service that keyring (and so core.credentials) uses while the context lasts."""
    import keyring
    from keyring.backends import SecretService as backend

    service = SecretService(root)
    previous_address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    previous_keyring = keyring.get_keyring()
    try:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = service.address
        keyring.set_keyring(backend.Keyring())
        yield service
    finally:
        keyring.set_keyring(previous_keyring)
        if previous_address is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = previous_address
        service.stop()
