"""The front door: ``journey-studio [FILE]`` opens the editor; subcommands work headless.

:mod:`~journey_studio.cli.commands` parses the command line and runs the commands;
:mod:`~journey_studio.cli.deliverables` holds the Excel, image and import commands.
"""

from __future__ import annotations

from journey_studio.cli.commands import main

__all__ = ["main"]
