"""Run a short Python script in a fresh interpreter with its own home, and read what it
printed last: how the start-up tests see which modules a window imported."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path


def last_printed(script: str, home: Path) -> object:
    """The value of the script's last printed line (a Python literal), run with ``home`` as
    its home and settings folder so that no saved window layout comes into play."""
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=env,
    )
    return ast.literal_eval(result.stdout.strip().splitlines()[-1])
