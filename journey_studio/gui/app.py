"""Start the editor: the application object, the first window, and the screenshot mode.

``run_editor(path, screenshot=OUT.png)`` shows the window, waits until the map has been
painted, saves the window as a PNG and quits with 0: the smoke test and the start-up
benchmark use it. Only Qt and the model are imported here; exporters and analysis (and
their heavy libraries) are imported when first used.
"""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
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
from journey_studio.gui.document import Document
from journey_studio.gui.icons import IconLibrary
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

    Args:
        path: the workshop file to open, or None.
        screenshot: if given, save the window as this PNG once it is painted, then quit.
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
    icons = IconLibrary()
    app.setWindowIcon(icons.icon("journey-studio"))

    document: Document | None = None
    if path is not None:
        try:
            document = Document.open(Path(path))
        except (WorkshopFileError, OSError) as error:
            message = _sentence(error)
            if headless:
                print(f"journey-studio: {message}", file=sys.stderr)
                return 1
            QMessageBox.critical(
                None,
                QCoreApplication.translate("JourneyStudio", "Cannot open the workshop"),
                message,
            )

    window = MainWindow(document, icons)
    window.show()
    taker = _ScreenshotTaker(window, screenshot, app) if screenshot is not None else None
    try:
        code = app.exec()
    finally:
        if window.document is not None:
            window.document.close()
        del translators
    if taker is not None and taker.failed:
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


class _ScreenshotTaker(QObject):
    """Saves the window as a PNG once its map has been painted, then quits."""

    def __init__(self, window: MainWindow, target: Path, app: QApplication) -> None:
        super().__init__(window)
        self._window = window
        self._target = Path(target)
        self._app = app
        self._done = False
        self.failed = False
        window.view.viewport().installEventFilter(self)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, self._take)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self._take)
        return False

    def _take(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.view.viewport().removeEventFilter(self)
        self._app.processEvents()
        pixmap = self._window.grab()
        try:
            _save_atomically(self._target, lambda temporary: pixmap.save(str(temporary), "PNG"))
        except OSError as error:
            print(f"journey-studio: the screenshot was not saved ({error}).", file=sys.stderr)
            self.failed = True
            self._app.exit(1)
            return
        self._app.exit(0)


def _save_atomically(target: Path, write: Callable[[Path], bool]) -> None:
    """Write through ``write(temporary_path) -> bool`` then move it over ``target``."""
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
