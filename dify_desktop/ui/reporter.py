"""The one channel through which every part of the window tells the person something.

Modelled on qutebrowser's ``GlobalMessageBridge``: parts call :meth:`Reporter.info`,
:meth:`Reporter.warning` or :meth:`Reporter.error`; a view (the status bar) shows each message.
Messages reported before a view is connected wait in a queue and are shown when it connects.
The reporter also keeps the last messages in memory, for a message log.
"""

from __future__ import annotations

import enum
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Level(enum.IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2


#: how long an information stays in view unless the part says otherwise
INFO_TIMEOUT_MS = 6000


@dataclass(frozen=True)
class Message:
    level: Level
    text: str
    #: how long a view shows it; 0: until the next message
    timeout_ms: int = 0
    at: float = field(default_factory=time.time)


class Reporter(QObject):
    shown = Signal(Message)

    LOG_SIZE = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log: deque[Message] = deque(maxlen=self.LOG_SIZE)
        self._queue: list[Message] = []
        self._connected = False

    def info(self, text: str, *, timeout_ms: int = INFO_TIMEOUT_MS) -> None:
        """Progress or a result the person may glance at; it goes after ``timeout_ms``."""
        self.report(Message(Level.INFO, text, timeout_ms))

    def warning(self, text: str) -> None:
        """Something did not happen as asked, and the person can do something about it."""
        self.report(Message(Level.WARNING, text))

    def error(self, text: str) -> None:
        """Something failed: the server, the network, the keyring."""
        self.report(Message(Level.ERROR, text))

    def report(self, message: Message) -> None:
        self._log.append(message)
        if message.level >= Level.WARNING:  # the log file tells problems, not every "Copied"
            log.debug("shown to the person: %s", message.text)
        if self._connected:
            self.shown.emit(message)
        else:
            self._queue.append(message)

    def connect_view(self, show: Callable[[Message], None]) -> None:
        """Show every message with ``show``, starting with those that waited for a view."""
        self.shown.connect(show)
        self._connected = True
        queued, self._queue = self._queue, []
        for message in queued:
            self.shown.emit(message)

    def last(self, level: Level = Level.INFO) -> str:
        """The text of the latest message at ``level`` or above ("" if there is none)."""
        for message in reversed(self._log):
            if message.level >= level:
                return message.text
        return ""

    def messages(self) -> tuple[Message, ...]:
        """The latest messages, oldest first (at most ``LOG_SIZE``)."""
        return tuple(self._log)
