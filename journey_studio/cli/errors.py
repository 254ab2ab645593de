"""The one error a command raises when it cannot do what was asked."""

from __future__ import annotations


class CommandError(Exception):
    """A command that cannot do what was asked; the message is shown as it is."""
