"""What the window needs from the app around it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dify_desktop.core.credentials import Credentials
from dify_desktop.core.profiles import ProfileStore
from dify_desktop.core.settings import Settings
from dify_desktop.ui.tasks import Tasks


@dataclass
class AppContext:
    settings: Settings
    profiles: ProfileStore
    credentials: Credentials
    tasks: Tasks = field(default_factory=Tasks)
    #: demo, smoke-test and DIFY_API_KEY runs: nothing of the person's is read or written
    ephemeral: bool = False
    demo: bool = False
    #: end users the End user box offers after the profile's recent ones (the demo's own)
    suggested_users: tuple[str, ...] = ()
    client_options: dict[str, Any] = field(default_factory=dict)
