"""The editor as a person starts it: a real process, a real X11 window, a painted map.

``run_editor(..., screenshot=OUT.png)`` (and ``journey-studio FILE --screenshot OUT.png``)
waits for the first paint, saves the window and exits with 0. These tests run it in a
subprocess: offscreen, and under a private Xvfb display with the xcb platform.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

TIMEOUT = 90


def _editor_command(workshop: Path, screenshot: Path) -> list[str]:
    """The installed ``journey-studio`` entry point beside this Python, else run_editor."""
    entry_point = Path(sys.executable).with_name("journey-studio")
    if entry_point.exists():
        return [str(entry_point), str(workshop), "--screenshot", str(screenshot)]
    code = (
        "import sys; from pathlib import Path; from journey_studio.gui.app import run_editor; "
        "sys.exit(run_editor(Path(sys.argv[1]), screenshot=Path(sys.argv[2])))"
    )
    return [sys.executable, "-c", code, str(workshop), str(screenshot)]


def _run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def _assert_a_painted_map(png: Path) -> None:
    assert png.is_file()
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() >= 800
    assert image.height() >= 500
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    # Phase bands, ratings, personas, text: a blank or half-drawn window has a handful.
    assert len(colours) > 200
    assert not list(png.parent.glob(f".{png.stem}-*")), "a temporary file was left behind"


def test_screenshot_mode_saves_the_painted_window_offscreen(workshop_path: Path, tmp_path):
    out = tmp_path / "shots" / "carte.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = _run(_editor_command(workshop_path, out), env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    _assert_a_painted_map(out)


def test_a_file_that_is_not_a_workshop_is_one_sentence_and_exit_1(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.journey"
    bogus.write_text("pas un atelier", encoding="utf-8")
    out = tmp_path / "never.png"
    code = (
        "import sys; from pathlib import Path; from journey_studio.gui.app import run_editor; "
        "sys.exit(run_editor(Path(sys.argv[1]), screenshot=Path(sys.argv[2])))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = _run([sys.executable, "-c", code, str(bogus), str(out)], env, tmp_path)
    assert result.returncode == 1
    assert result.stderr == "journey-studio: 'notes.journey' is not a Journey Studio workshop.\n"
    assert not out.exists()


def test_starting_the_editor_does_not_import_the_heavy_libraries(tmp_path: Path) -> None:
    code = (
        "import sys; import journey_studio.gui.app; "
        "print(sorted(m for m in ('openpyxl', 'reportlab', 'networkx') if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = _run([sys.executable, "-c", code], env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _free_display() -> int:
    for number in range(140, 400):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    pytest.fail("No free X display number between :140 and :399.")


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A private Xvfb display, stopped afterwards."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb) so no real X11 window can run.")
    number = _free_display()
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 15
        while not socket.exists():
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Xvfb :{number} did not start.")
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.mark.xvfb
def test_the_editor_paints_the_map_in_a_real_x11_window(
    workshop_path: Path, tmp_path: Path, xvfb_display: str
) -> None:
    out = tmp_path / "xvfb.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb_display}
    env.pop("WAYLAND_DISPLAY", None)
    result = _run(_editor_command(workshop_path, out), env, tmp_path)
    assert result.returncode == 0, result.stderr
    _assert_a_painted_map(out)
