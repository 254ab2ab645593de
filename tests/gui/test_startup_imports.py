"""The editor's window can be painted before SQLAlchemy and filelock are imported: they are
needed to open the workshop, which happens right after that first paint."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import journey_studio.cli
import journey_studio.gui.app
from journey_studio.gui.main_window import MainWindow
from journey_studio.storage import WorkshopFile, WorkshopFileError
print(sorted(m for m in ("sqlalchemy", "filelock") if m in sys.modules))
"""


def test_the_window_needs_neither_sqlalchemy_nor_filelock() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"
