"""Canvas figures: start-up, open, one edit and a full render of the map, against bare Qt.

Baselines, measured in the same run:

- start-up: a bare PySide6 script that shows a ``QMainWindow``, waits for its first paint,
  grabs it to a PNG and quits, against ``journey-studio FILE --screenshot x.png`` (which
  waits for the map's first paint, grabs and quits); both in fresh processes, medians of 5;
- render: the same number of bare ``QGraphicsRectItem`` + ``QGraphicsSimpleTextItem`` (the
  card's text) at the cards' rects, the whole scene fitted into a 1600 x 1000 image;
- edit: the same move-card edit on the 50-card map (an edit should cost the same on 5,000).

The editor's own figures run offscreen in this process (one window at a time), except the
start-up and the peak memory, which need a process of their own.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_tools import Figure, median_seconds
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)
from support.synthetic import synthetic_workshop

from journey_studio.gui.document import Document
from journey_studio.gui.icons import IconLibrary
from journey_studio.gui.main_window import MainWindow
from journey_studio.layout import layout_journey
from journey_studio.model.edits import MoveCard
from journey_studio.storage import WorkshopFile

IMAGE_SIZE = (1600, 1000)
STARTUP_RUNS = 5

BARE_WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Journey Studio"))
    window.resize(1400, 900)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: (window.grab().save(sys.argv[1]), app.exit(0)))
            return False

    first_paint = FirstPaint()
    window.centralWidget().installEventFilter(first_paint)
    window.show()
    sys.exit(app.exec())
    """
)

PEAK_MEMORY = textwrap.dedent(
    """
    import os, resource, sys
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from journey_studio.gui.document import Document
    from journey_studio.gui.icons import IconLibrary
    from journey_studio.gui.main_window import MainWindow
    window = MainWindow(Document.open(Path(sys.argv[1])), IconLibrary())
    window.show()
    window.view.viewport().repaint()
    app.processEvents()
    window.grab()
    # VmHWM is this program's own peak: ru_maxrss would carry over the peak of the
    # benchmark process it was forked from.
    status = Path("/proc/self/status")
    peaks = [line for line in status.read_text().splitlines() if line.startswith("VmHWM:")]
    if peaks:
        print(int(peaks[0].split()[1]) / 1024)
    else:
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    """
)


def figures(sizes: list[int]) -> list[Figure]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    icons = IconLibrary()
    results: list[Figure] = []
    edit_ms: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        paths = {}
        for size in sizes:
            paths[size] = folder / f"map-{size}.journey"
            WorkshopFile.create(paths[size], synthetic_workshop(size, seed=size)).close()
        results += _startup(folder, paths[min(sizes)])
        for size in sizes:
            opened = _open_first_paint(app, icons, paths[size])
            results.append(
                Figure(
                    f"open_first_paint_s_{size}",
                    opened,
                    "s",
                    "open the file, build the window and the map, first paint",
                )
            )
            edit_ms[size] = _edit_ms(app, icons, paths[size])
            results.append(
                Figure(
                    f"edit_ms_{size}",
                    edit_ms[size],
                    "ms",
                    "one move-card edit: apply + commit + scene update + repaint",
                )
            )
            render, bare = _render_seconds(app, icons, paths[size])
            results.append(
                Figure(
                    f"render_ratio_vs_bare_qt_{size}",
                    render / bare,
                    "x",
                    f"whole map into 1600x1000 ({render * 1000:.0f} ms) vs bare rect+text "
                    f"items ({bare * 1000:.0f} ms); goal under 2",
                )
            )
        if len(sizes) > 1:
            small, large = min(sizes), max(sizes)
            results.append(
                Figure(
                    f"edit_ratio_{large}_vs_{small}",
                    edit_ms[large] / edit_ms[small],
                    "x",
                    "an edit costs the same on a big map (goal under 1.5)",
                )
            )
        largest = max(sizes)
        results.append(
            Figure(
                f"peak_rss_mb_{largest}",
                _peak_rss_mb(paths[largest]),
                "MB",
                f"a process that opens and paints the {largest:,}-card map",
            )
        )
    return results


# Start-up


def _entry_point() -> list[str]:
    script = Path(sys.executable).with_name("journey-studio")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "journey_studio"]


def _wall_time(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def _startup(folder: Path, workshop: Path) -> list[Figure]:
    bare_script = folder / "bare_window.py"
    bare_script.write_text(BARE_WINDOW, encoding="utf-8")
    shot = folder / "shot.png"
    bare_runs, ours_runs = [], []
    for _ in range(STARTUP_RUNS):  # interleaved, so that both see the same machine
        bare_runs.append(_wall_time([sys.executable, str(bare_script), str(shot)]))
        ours_runs.append(_wall_time([*_entry_point(), str(workshop), "--screenshot", str(shot)]))
    bare, ours = statistics.median(bare_runs), statistics.median(ours_runs)
    return [
        Figure(
            "startup_ratio_vs_bare_qt",
            ours / bare,
            "x",
            f"journey-studio FILE --screenshot, to the painted map ({ours:.2f} s) vs a bare "
            f"PySide6 window ({bare:.2f} s); goal under 1.5",
        )
    ]


# Open, edit, render (in this process)


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _open_window(app: QApplication, icons: IconLibrary, path: Path) -> MainWindow:
    window = MainWindow(Document.open(path), icons)
    window.resize(1400, 900)
    painted = _Painted()
    window.view.viewport().installEventFilter(painted)
    window.show()
    while not painted.painted:
        app.processEvents()
    window.view.viewport().removeEventFilter(painted)
    return window


def _close(app: QApplication, window: MainWindow) -> None:
    window.close()
    window.deleteLater()
    app.processEvents()


def _open_first_paint(app: QApplication, icons: IconLibrary, path: Path) -> float:
    samples = []
    for _ in range(3):
        start = time.perf_counter()
        window = _open_window(app, icons, path)
        samples.append(time.perf_counter() - start)
        _close(app, window)
    return statistics.median(samples)


def _busy_cell(window: MainWindow) -> tuple[str, str]:
    """The first cell (in map order) with at least two cards."""
    journey = window.document.current_journey
    for cell, ids in sorted(journey.cells()):
        if len(ids) >= 2:
            return cell
    raise RuntimeError("No cell holds two cards.")


def _edit_ms(app: QApplication, icons: IconLibrary, path: Path) -> float:
    window = _open_window(app, icons, path)
    document = window.document
    journey = document.current_journey
    stage_id, channel_id = _busy_cell(window)
    ids = journey.cell_card_ids(stage_id, channel_id)

    def edit() -> None:
        # Swap the last two cards of a cell: one card moves, one other card changes place,
        # the same work on any map. The window then repaints what changed.
        last = journey.cell_card_ids(stage_id, channel_id)[-1]
        document.apply(MoveCard(journey.id, last, stage_id, channel_id, len(ids) - 2))
        app.processEvents()

    for _ in range(3):
        edit()  # warm up
    seconds = median_seconds(edit, repeat=41)
    _close(app, window)
    return seconds * 1000


def _render(scene: QGraphicsScene, source: QRectF) -> None:
    image = QImage(*IMAGE_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()


def _render_seconds(app: QApplication, icons: IconLibrary, path: Path) -> tuple[float, float]:
    window = _open_window(app, icons, path)
    scene = window.scene
    source = scene.sceneRect()
    _render(scene, source)  # warm up (text laid out on first use)
    ours = median_seconds(lambda: _render(scene, source), repeat=5)

    document = window.document
    layout = layout_journey(document.workshop, document.current_journey)
    bare = QGraphicsScene()
    bare.setSceneRect(source)
    for card_id, rect in layout.cards.items():
        item = QGraphicsRectItem(0.0, 0.0, rect.width, rect.height)
        item.setPos(rect.x, rect.y)
        text = QGraphicsSimpleTextItem(document.current_journey.cards[card_id].text, item)
        text.setPos(6.0, 4.0)
        bare.addItem(item)
    _render(bare, source)
    baseline = median_seconds(lambda: _render(bare, source), repeat=5)
    _close(app, window)
    return ours, baseline


def _peak_rss_mb(path: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, str(path)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return float(result.stdout.strip().splitlines()[-1])
