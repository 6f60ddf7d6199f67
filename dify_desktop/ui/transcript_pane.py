"""The messages pane (see :mod:`dify_desktop.ui.transcript`)."""

from __future__ import annotations

from dify_desktop.ui.transcript.pane import TranscriptPane

__all__ = ["TranscriptPane"]
