"""What a screen reader sees of the running app: a private D-Bus session bus with the AT-SPI bus
on it, and the app's accessibility tree read through AT-SPI by Debian's python (``gi`` +
``Atspi``, which the venv does not have) running ``atspi_walk.py``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SYSTEM_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).with_name("atspi_walk.py")
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APP_NAME = "Dify Desktop"  # QApplication.applicationName(): the application's name on AT-SPI

#: roles a person acts on: each must say what it is
INTERACTIVE = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "text",
        "password text",
        "entry",
        "combo box",
        "spin button",
        "slider",
        "scroll bar",
        "table",
        "tree table",
        "tree",
        "list",
        "list box",
        "menu",
        "menu item",
        "check menu item",
        "radio menu item",
        "page tab",
        "link",
    }
)

Node = dict[str, Any]


class AtspiBus:
    """A private session bus (``dbus-daemon``) and the accessibility bus on it."""

    def __init__(self) -> None:
        self._bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,  # its activated services stay in its process group
        )
        assert self._bus.stdout is not None
        self.address = self._bus.stdout.readline().strip()
        assert self.address, "dbus-daemon gave no address"
        self.env = {"DBUS_SESSION_BUS_ADDRESS": self.address}
        self._launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            env=dict(os.environ, **self.env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 20
        while not self._a11y_bus_up():  # readiness, bounded
            assert time.monotonic() < deadline, "the AT-SPI bus did not start"
            time.sleep(0.1)

    def _a11y_bus_up(self) -> bool:
        asked = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            env=dict(os.environ, **self.env),
            capture_output=True,
            text=True,
            timeout=10,
        )
        return asked.returncode == 0 and "unix:" in asked.stdout

    def walk(self) -> Node | None:
        """The app's tree as a reader sees it now (None: the app is not on the bus yet)."""
        command, env = self._walker()
        done = subprocess.run(
            command,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        answer = json.loads(done.stdout)
        return answer["tree"] if answer["found"] else None

    def _walker(self, *args: str) -> tuple[list[str], dict[str, str]]:
        """The walker's command line and environment (Debian's python, none of the venv's)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env.update(self.env)
        return [SYSTEM_PYTHON, "-I", str(WALKER), APP_NAME, *args], env

    @contextmanager
    def focus_on(self, role: str, name: str) -> Iterator[dict[str, Any]]:
        """Follow focus events (as a reader does) while the block runs, until a ``role`` named
        ``name`` gets the keyboard; afterwards the dict holds ``focused`` and ``around`` (its
        parent's tree). For what a tree walk cannot reach: the editor inside a table."""
        with self._listening("--focus", role, name) as seen:
            yield seen

    @contextmanager
    def announced(self, part: str) -> Iterator[dict[str, Any]]:
        """Listen while the block runs for an announcement containing ``part``; afterwards the
        dict holds its ``text`` and ``politeness`` (1 polite, 2 assertive)."""
        with self._listening("--announced", part) as seen:
            yield seen

    @contextmanager
    def _listening(self, *args: str) -> Iterator[dict[str, Any]]:
        command, env = self._walker(*args)
        follower = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
        assert follower.stdout is not None
        assert follower.stdout.readline().strip() == "ready"
        seen: dict[str, Any] = {}
        try:
            yield seen
            out, _ = follower.communicate(timeout=60)
        finally:
            if follower.poll() is None:
                follower.kill()
                follower.wait(timeout=10)
        answer = json.loads(out.strip().splitlines()[-1])
        assert answer["found"], f"no such event: {args}"
        seen.update(answer)

    def wait_for(self, condition: Callable[[Node], Any], what: str, timeout: float = 30) -> Node:
        """Walk until ``condition(tree)`` holds; the tree that satisfied it."""
        deadline = time.monotonic() + timeout
        while True:
            tree = self.walk()
            if tree is not None and condition(tree):
                return tree
            assert time.monotonic() < deadline, f"timed out waiting for {what}: {summary(tree)}"
            time.sleep(0.2)  # polling another process's state, bounded by the deadline

    def close(self) -> None:
        for process in (self._launcher, self._bus):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)  # the group it leads: its services too
            process.wait(timeout=10)
        if self._bus.stdout is not None:
            self._bus.stdout.close()


def summary(tree: Node | None) -> str:
    """The named nodes of ``tree``, one per line (for a failure's message)."""
    if tree is None:
        return "(the app is not on the bus)"
    return "\n".join(f"{n['role']}: {n['name']!r}" for n in nodes(tree) if n["name"])


def nodes(tree: Node) -> Iterator[Node]:
    yield tree
    for child in tree["children"]:
        yield from nodes(child)


def find(tree: Node, role: str, name: str | None = None) -> list[Node]:
    return [n for n in nodes(tree) if n["role"] == role and (name is None or n["name"] == name)]


def unnamed(tree: Node) -> list[str]:
    """Interactive nodes a reader would announce by their role alone. A combo box counts as
    named by its label (``labelled-by``): on Linux Qt reports its value as its name."""
    missing = []
    for node in nodes(tree):
        if node["role"] not in INTERACTIVE or node["name"].strip():
            continue
        if node["role"] == "combo box" and any(label.strip() for label in node["labelled_by"]):
            continue
        missing.append(f"{node['role']} (description {node['description']!r})")
    return missing
