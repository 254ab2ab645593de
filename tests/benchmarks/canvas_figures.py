"""Canvas figures: start-up, open, one edit and a full render of the map, against bare Qt.

Baselines, measured in the same run:

- start-up: a bare PySide6 script that shows a ``QMainWindow``, waits for its first paint,
  grabs it to a PNG and quits, against the editor started on the 50-card file the same way
  (``journey_studio.cli.main([FILE])``, its window grabbed at its first paint: menus,
  toolbars and the docks' titles drawn; the panels' contents and the map are made and the
  file opened right after that paint; each script watches one widget for the paint), and
  against ``journey-studio FILE --screenshot x.png`` (which waits for the painted map,
  grabs and quits); all in fresh processes, medians of 5;
- render: the same number of bare ``QGraphicsRectItem`` + ``QGraphicsSimpleTextItem`` (the
  card's text) at the cards' rects, the whole scene fitted into a 1600 x 1000 image;
- edit: the same move-card edit on the 50-card map (an edit should cost the same on 5,000),
  every map open at once and the maps taking turns edit by edit (medians):
  two cards without arrows swap places in a cell, seen at 100 % in a view of the same size;
  the same edit with the whole map fitted is shown too (no baseline: the repaint then draws
  every card of the map that lies in the changed area, a hundred times more on 5,000 cards).

The editor's own figures run offscreen in this process (one window at a time, but for the
edits), except the start-up and the peak memory, which need a process of their own.
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
EDIT_REPEATS = 121
"""The move-card edit is timed this many times on each map, the maps taking turns."""

BARE_WINDOW = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Journey Studio"))
    window.resize(1400, 900)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, grab)
            return False

    def grab():
        window.grab().save(sys.argv[1])
        print(time.time(), flush=True)  # when the painted window was on file
        app.exit(0)

    first_paint = FirstPaint()
    window.centralWidget().installEventFilter(first_paint)
    window.show()
    sys.exit(app.exec())
    """
)

FIRST_PAINT = textwrap.dedent(
    """
    import os, sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from journey_studio.gui.main_window import MainWindow

    # The application the editor will use (it takes the one that exists). As the bare
    # script watches its central widget, this watches the map's viewport of the window the
    # editor shows, from when it is shown, for its first paint: the window with its menus,
    # docks and (still empty) map. (An application-wide filter would run Python for every
    # event of every widget made before, a cost that grows with the window and is not the
    # editor's.) Then, as the bare script does, the window is grabbed to a PNG and that is
    # all.
    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, lambda: grab(watched.window()))
            return False

    def grab(window):
        window.grab().save(sys.argv[2])
        print(time.time(), flush=True)  # when the painted window was on file
        os._exit(0)  # the workshop is being opened next: not part of this figure

    first_paint = FirstPaint()
    show = MainWindow.setVisible

    def set_visible(window, visible):
        show(window, visible)
        window.view.viewport().installEventFilter(first_paint)

    MainWindow.setVisible = set_visible
    from journey_studio.cli import main

    sys.exit(main([sys.argv[1]]))
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
        edits = _edit_ms_side_by_side(app, icons, paths)
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
            edit_ms[size], fitted_ms = edits[size]
            results.append(
                Figure(
                    f"edit_ms_{size}",
                    edit_ms[size],
                    "ms",
                    "one move-card edit: apply + commit + scene update + repaint, at 100 %",
                )
            )
            results.append(
                Figure(
                    f"edit_ms_whole_map_{size}",
                    fitted_ms,
                    "ms",
                    "the same edit with the whole map fitted into the view",
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


def _time_to_grab(command: list[str]) -> tuple[float, float]:
    """Seconds from launching ``command`` to the moment it says its window was grabbed (it
    prints ``time.time()`` then), and to its end."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    launched, start = time.time(), time.perf_counter()
    result = subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    ended = time.perf_counter() - start
    grabbed = float(result.stdout.decode().strip().splitlines()[-1])
    return grabbed - launched, ended


def _startup(folder: Path, workshop: Path) -> list[Figure]:
    bare_script = folder / "bare_window.py"
    bare_script.write_text(BARE_WINDOW, encoding="utf-8")
    first_paint_script = folder / "first_paint.py"
    first_paint_script.write_text(FIRST_PAINT, encoding="utf-8")
    shot = folder / "shot.png"
    bare_paint_runs, bare_runs, window_runs, map_runs = [], [], [], []
    for _ in range(STARTUP_RUNS):  # interleaved, so that all see the same machine
        bare_paint, bare_end = _time_to_grab([sys.executable, str(bare_script), str(shot)])
        bare_paint_runs.append(bare_paint)
        bare_runs.append(bare_end)
        window_runs.append(
            _time_to_grab([sys.executable, str(first_paint_script), str(workshop), str(shot)])[0]
        )
        map_runs.append(_wall_time([*_entry_point(), str(workshop), "--screenshot", str(shot)]))
    bare_paint, bare = statistics.median(bare_paint_runs), statistics.median(bare_runs)
    window, painted_map = statistics.median(window_runs), statistics.median(map_runs)
    return [
        Figure(
            "startup_ratio_vs_bare_qt",
            window / bare_paint,
            "x",
            f"journey-studio FILE, launch to its first painted window grabbed ({window:.2f} s: "
            f"menus, toolbars, the docks' titles, the map still empty) vs a bare PySide6 window "
            f"({bare_paint:.2f} s); goal under 1.5",
        ),
        Figure(
            "startup_map_ratio_vs_bare_qt",
            painted_map / bare,
            "x",
            f"journey-studio FILE --screenshot, whole run to the painted map ({painted_map:.2f} "
            f"s: the file opened and its map drawn after the first paint) vs the whole bare "
            f"run ({bare:.2f} s)",
        ),
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
    """The first cell (in map order) whose last two cards have no arrows.

    Both maps then make the same kind of move: two plain cards change places, and nothing
    else on the map has to follow them.
    """
    journey = window.document.current_journey
    linked = {
        end for link in journey.links.values() for end in (link.from_card_id, link.to_card_id)
    }
    for cell, ids in sorted(journey.cells()):
        if len(ids) >= 2 and linked.isdisjoint(ids[-2:]):
            return cell
    raise RuntimeError("No cell holds two cards without arrows.")


class _EditedMap:
    """A window on one map and the move-card edit it repeats.

    Two cards without arrows swap places in a cell (:func:`_busy_cell`): one card moves,
    one other changes place, the same work on any map; the window then repaints what
    changed.
    """

    def __init__(self, app: QApplication, icons: IconLibrary, path: Path) -> None:
        self.app = app
        self.window = _open_window(app, icons, path)
        self.cell = _busy_cell(self.window)

    def edit_seconds(self) -> float:
        """One edit: apply (command, commit, scene update), then the repaint."""
        document = self.window.document
        journey = document.current_journey
        stage_id, channel_id = self.cell
        ids = journey.cell_card_ids(stage_id, channel_id)
        edit = MoveCard(journey.id, ids[-1], stage_id, channel_id, len(ids) - 2)
        start = time.perf_counter()
        document.apply(edit)
        self.app.processEvents()
        return time.perf_counter() - start

    def close_up(self) -> None:
        """100 %, the view centred on the edited cell: where a person editing is."""
        view = self.window.view
        view.reset_zoom()
        view.centerOn(self.window.scene.cell_rect(self.cell).center())

    def close(self) -> None:
        _close(self.app, self.window)


def _edit_ms_side_by_side(
    app: QApplication, icons: IconLibrary, paths: dict[int, Path]
) -> dict[int, tuple[float, float]]:
    """The move-card edit on each map, in ms: close up (100 %), and with the whole map
    fitted into the view (as opened).

    Every map is open at once and the maps take turns, edit by edit, so that the edits
    compared see the machine in the same state (a shared machine's speed drifts within
    seconds). Close up, every map repaints a view of the same size holding about as many
    cards. Fitted, the view of a 5,000-card map holds a hundred times as many (tiny) cards
    as that of a 50-card map, and the repaint of the changed area shows them all.
    """
    maps = {size: _EditedMap(app, icons, path) for size, path in paths.items()}
    try:
        fitted = _medians_taking_turns(app, maps)
        for edited in maps.values():
            edited.close_up()
        close_up = _medians_taking_turns(app, maps)
    finally:
        for edited in maps.values():
            edited.close()
    return {size: (close_up[size], fitted[size]) for size in maps}


def _medians_taking_turns(app: QApplication, maps: dict[int, _EditedMap]) -> dict[int, float]:
    app.processEvents()
    for edited in maps.values():
        for _ in range(3):
            edited.edit_seconds()  # warm up
    samples: dict[int, list[float]] = {size: [] for size in maps}
    for _ in range(EDIT_REPEATS):
        for size, edited in maps.items():
            samples[size].append(edited.edit_seconds())
    return {size: statistics.median(times) * 1000 for size, times in samples.items()}


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
