"""Work that takes more than a moment, off the editor's thread, behind a progress dialog.

A :class:`BackgroundJob` runs one function on a plain Python thread while a busy progress
dialog (shown only if the work lasts) offers Cancel. The function gets a :class:`Progress`
to report pages done and to learn that the consultant cancelled; a cancelled job's result
is dropped. Exports are non-modal, so the map stays usable while they run; imports are
window-modal, so the workshop does not change under them. Work that must stay on the
editor's thread (drawing the map with Qt) runs there after the dialog has been painted.

Signals of :class:`BackgroundJob`:
    succeeded(object): the function's result.
    failed(object): the exception it raised.
    cancelled(): the consultant cancelled; the result, if any, was dropped.
    finished(): after any of the three.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

SHOW_AFTER_MS = 300
"""The dialog appears only for work that lasts longer than this."""


class Cancelled(Exception):
    """Raised from :meth:`Progress.report` to stop work the consultant cancelled."""


class Progress:
    """What the work is told and tells: cancelled or not, pages done."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._event = threading.Event()
        self._report = report

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def report(self, done: int, total: int) -> None:
        """Say how far the work is; raises :class:`Cancelled` once the job is cancelled."""
        if self._event.is_set():
            raise Cancelled
        self._report(done, total)


Work = Callable[[Progress], object]


class BackgroundJob(QObject):
    """One piece of work and its progress dialog (see the module's docstring for signals)."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    _worker_done = Signal(object, object)
    _worker_progress = Signal(int, int)

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Work,
        *,
        in_thread: bool = True,
        modal: bool = False,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._in_thread = in_thread
        self._running = False
        self._thread: threading.Thread | None = None
        self.progress = Progress(self._worker_progress.emit)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("deliverable-progress")
        self.dialog.setWindowTitle(self.tr("Journey Studio"))
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setWindowModality(
            Qt.WindowModality.WindowModal if modal else Qt.WindowModality.NonModal
        )
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.canceled.connect(self.cancel)
        self._worker_done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._worker_progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Start the work; the outcome comes as a signal, never before this returns."""
        self._running = True
        self.dialog.setValue(0)
        if self._in_thread:
            self._thread = threading.Thread(
                target=self._run, name="journey-studio-job", daemon=True
            )
            self._thread.start()
        else:
            self.dialog.show()
            QTimer.singleShot(50, self._run_here)

    def cancel(self) -> None:
        """Drop the result; work that checks :class:`Progress` stops early."""
        self.progress.cancel()
        self.dialog.hide()

    def stop(self, timeout: float) -> bool:
        """Cancel the work and wait up to ``timeout`` seconds for its thread to end (the
        window is closing); whether it ended. Work that checks :class:`Progress` stops at
        its next report, other work runs to its end."""
        if not self._running:
            return True
        self.cancel()
        if self._thread is None:
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._thread.join(timeout)
        finally:
            QApplication.restoreOverrideCursor()
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as error:
            self._worker_done.emit(None, error)
        else:
            self._worker_done.emit(result, None)

    def _run_here(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._work(self.progress)
        except Exception as error:
            self._finish(None, error)
        else:
            self._finish(result, None)
        finally:
            QApplication.restoreOverrideCursor()

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress.cancelled or total <= 0:
            return
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))

    def _finish(self, result: object, error: object) -> None:
        self._running = False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        if self.progress.cancelled or isinstance(error, Cancelled):
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()
        self.deleteLater()
