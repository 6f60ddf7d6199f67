"""The one channel through which every part of the window tells the person something.

Modelled on qutebrowser's ``GlobalMessageBridge``: parts call :meth:`Reporter.info`,
:meth:`Reporter.warning` or :meth:`Reporter.error`; a view (the status bar) shows the current
message, whenever it was reported (a view made later shows what still holds).

A message may belong to a :class:`Topic` (the state it describes: the connection, the list's
loading): it stays current until the part that reported it clears the topic (the state ended) or
reports on it again. A message without a topic stays until its timeout or the next message.
:meth:`Reporter.current` is the message a view shows now. The reporter also keeps the last
messages in memory, with their times and levels, for the message log.
"""

from __future__ import annotations

import enum
import logging
import time
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


class Level(enum.IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2


class Topic(enum.Enum):
    """The state a message describes; the part that owns that state clears it."""

    NONE = ""
    CONNECTION = "connection"  # connecting to a profile, and why it failed
    LOADING = "loading"  # the list's loading: failed, stopped


#: how long an information stays in view unless the part says otherwise
INFO_TIMEOUT_MS = 6000


@dataclass(frozen=True, eq=False)
class Message:
    level: Level
    text: str
    #: how long a view shows it; 0: until the next message (or, with a topic, its clearing)
    timeout_ms: int = 0
    topic: Topic = Topic.NONE
    at: float = field(default_factory=time.time)


class Reporter(QObject):
    #: a message was reported (for a view that lists them all: the message log)
    shown = Signal(Message)
    #: the message a view shows now (:meth:`current`) changed
    currentChanged = Signal()

    LOG_SIZE = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log: deque[Message] = deque(maxlen=self.LOG_SIZE)
        self._current: list[Message] = []  # still describing their state, oldest first

    def info(
        self, text: str, *, timeout_ms: int = INFO_TIMEOUT_MS, topic: Topic = Topic.NONE
    ) -> None:
        """Progress or a result the person may glance at; it goes after ``timeout_ms``."""
        self.report(Message(Level.INFO, text, timeout_ms, topic))

    def warning(self, text: str, *, topic: Topic = Topic.NONE) -> None:
        """Something did not happen as asked, and the person can do something about it."""
        self.report(Message(Level.WARNING, text, topic=topic))

    def error(self, text: str, *, topic: Topic = Topic.NONE) -> None:
        """Something failed: the server, the network, the keyring."""
        self.report(Message(Level.ERROR, text, topic=topic))

    def report(self, message: Message) -> None:
        self._log.append(message)
        if message.level >= Level.WARNING:  # the log file tells problems, not every "Copied"
            log.debug("shown to the person: %s", message.text)
        # The new message ends those on its topic and those that were only "until the next".
        self._current = [m for m in self._current if self._outlives(m, message)]
        self._current.append(message)
        if message.timeout_ms > 0:
            QTimer.singleShot(message.timeout_ms, self, lambda: self._end(message))
        self.shown.emit(message)
        self.currentChanged.emit()

    @staticmethod
    def _outlives(old: Message, new: Message) -> bool:
        if old.topic is Topic.NONE:
            return old.timeout_ms > 0  # else it was "until the next message"
        return old.topic is not new.topic

    def clear(self, topic: Topic) -> None:
        """The state ``topic`` described has ended: its message goes from view (not the log)."""
        kept = [m for m in self._current if m.topic is not topic]
        if len(kept) != len(self._current):
            self._current = kept
            self.currentChanged.emit()

    def _end(self, message: Message) -> None:
        if message in self._current:
            self._current.remove(message)
            self.currentChanged.emit()

    def current(self, topic: Topic | None = None) -> Message | None:
        """The newest message still current (on ``topic``, if given)."""
        for message in reversed(self._current):
            if topic is None or message.topic is topic:
                return message
        return None

    def last(self, level: Level = Level.INFO) -> str:
        """The text of the latest message at ``level`` or above ("" if there is none)."""
        for message in reversed(self._log):
            if message.level >= level:
                return message.text
        return ""

    def messages(self) -> tuple[Message, ...]:
        """The latest messages, oldest first (at most ``LOG_SIZE``)."""
        return tuple(self._log)
