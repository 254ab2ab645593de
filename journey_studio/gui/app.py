"""Start the editor: the application object, the first window, and the screenshot mode.

``run_editor(path, screenshot=OUT.png)`` shows the window, waits until the map has been
painted, saves the window as a PNG and quits with 0: the smoke test and the start-up
benchmark use it. The window's frame is painted first; its map, editor and panels are made
right after that paint, and then the workshop is opened (opening reads the whole file, and
SQLAlchemy is imported only then). Exporters and analysis (and their heavy libraries) are
imported when first used.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from journey_studio import __version__
from journey_studio.assets import resource_bytes, resource_exists
from journey_studio.gui.main_window import APP_NAME, MainWindow
from journey_studio.storage import WorkshopFileError

ORGANIZATION = "Journey Studio"
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal"})
SCREENSHOT_TIMEOUT_MS = 15_000
"""Take the screenshot anyway if no paint event came by then."""


def run_editor(
    path: Path | None,
    *,
    screenshot: Path | None = None,
    language: str | None = None,
) -> int:
    """Open the editor on ``path`` (or on no workshop) and run until it is closed.

    The window's frame is shown and painted first; the map and the panels are made, the
    workshop opened and its map drawn right after that first paint, so that the editor
    answers at once even on a big workshop.

    Args:
        path: the workshop file to open, or None.
        screenshot: if given, save the window as this PNG once the map is painted, then quit.
        language: ``"fr"`` or ``"en"``; the system's language when None.

    Returns:
        The exit code: 0, or 1 when the file cannot be opened in screenshot or headless
        mode, or when the screenshot cannot be saved.
    """
    if screenshot is not None:
        _headless_unless_a_display()
    app = _application()
    translators = _install_translators(app, language)
    headless = screenshot is not None or QGuiApplication.platformName() in HEADLESS_PLATFORMS
    window = MainWindow(None, None, workspace_later=True)
    start = _Start(window, path, headless, screenshot, app)
    if path is not None:
        window.announce_opening(Path(path))
    window.show()
    try:
        code = app.exec()
    finally:
        if window.document is not None:
            window.document.close()
        del translators
    if start.failed:
        return 1
    return code


def _headless_unless_a_display() -> None:
    """On Linux without any display, draw offscreen rather than abort (screenshot mode)."""
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("journey-studio")
    return app


def _install_translators(app: QApplication, language: str | None) -> list[QTranslator]:
    """Qt's own strings and ours in ``language``; returns them so they stay alive."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", folder):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    name = f"journey_studio_{locale.name().split('_')[0]}.qm"
    if resource_exists("translations", name):
        ours = _Catalogue(resource_bytes("translations", name), app)
        if ours.load(ours.data):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


class _Catalogue(QTranslator):
    """A translator read from memory. Qt does not copy the bytes it translates from: they
    live as long as the translator (freed early, the interface falls back to English as
    soon as their memory is reused)."""

    def __init__(self, data: bytes, parent: QObject) -> None:
        super().__init__(parent)
        self.data = data


def _sentence(error: BaseException) -> str:
    if isinstance(error, OSError) and not isinstance(error, WorkshopFileError):
        name = Path(error.filename).name if error.filename else ""
        reason = error.strerror or type(error).__name__
        return f"{name!r} cannot be opened: {reason}." if name else f"{reason}."
    return str(error)


class _Start(QObject):
    """What follows the window's first paint: make the window's map and panels, open the
    workshop and draw its map; in screenshot mode, save the window as a PNG once the map is
    painted, then quit."""

    def __init__(
        self,
        window: MainWindow,
        path: Path | None,
        headless: bool,
        screenshot: Path | None,
        app: QApplication,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._path = path
        self._headless = headless
        self._screenshot = screenshot
        self._app = app
        self._waiting = True
        """Waiting for a paint of the map's viewport (the first one, then the map's)."""
        self._opened = False
        self._taken = False
        self.failed = False
        window.view.viewport().installEventFilter(self)
        if screenshot is not None:
            QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, self._take)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._waiting:
            self._waiting = False
            QTimer.singleShot(0, self._next)
        return False

    def _next(self) -> None:
        if not self._opened:
            self._opened = True
            # The icon is drawn from its SVG at every size: after the first paint too.
            self._app.setWindowIcon(self._window.icons.icon("journey-studio"))
            self._window.build_workspace()
            if self._path is not None:
                self._open()
            self._waiting = True
            self._window.view.viewport().update()
            return
        self._window.view.viewport().removeEventFilter(self)
        if self._screenshot is not None:
            self._take()

    def _open(self) -> None:
        assert self._path is not None
        from journey_studio.gui.document import Document

        try:
            document = Document.open(Path(self._path))
        except (WorkshopFileError, OSError) as error:
            message = _sentence(error)
            if self._headless:
                print(f"journey-studio: {message}", file=sys.stderr)
                self.failed = True
                self._taken = True
                self._app.exit(1)
                return
            self._window.announce_opening(None)
            QMessageBox.critical(
                self._window,
                QCoreApplication.translate("JourneyStudio", "Cannot open the workshop"),
                message,
            )
        else:
            self._window.set_document(document)

    def _take(self) -> None:
        if self._taken or self._screenshot is None:
            return
        self._taken = True
        self._window.view.viewport().removeEventFilter(self)
        self._app.processEvents()
        pixmap = self._window.grab()
        try:
            _save_atomically(self._screenshot, lambda temporary: pixmap.save(str(temporary), "PNG"))
        except OSError as error:
            print(f"journey-studio: the screenshot was not saved ({error}).", file=sys.stderr)
            self.failed = True
            self._app.exit(1)
            return
        self._app.exit(0)


def _save_atomically(target: Path, write: Callable[[Path], bool]) -> None:
    """Write through ``write(temporary_path) -> bool`` then move it over ``target``."""
    import uuid

    target.parent.mkdir(parents=True, exist_ok=True)
    # A fresh name beside the target (not mkstemp: the image keeps the usual permissions).
    temporary = target.with_name(f".{target.stem}-{uuid.uuid4().hex}{target.suffix}")
    try:
        if not write(temporary):
            raise OSError(f"cannot write {target.name!r}")
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
