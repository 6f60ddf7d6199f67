"""Dify Desktop: look after the conversations of a Dify chat app's end users."""

__version__ = "0.1.0"
