"""Workshops that were never named: where they are made, and offered again after a crash.

File › New from template makes the workshop at once, under a generated name, in the
per-user data folder (``platformdirs.user_data_path("journey-studio") / "workshops"``, see
:mod:`journey_studio.sample_copy`): every edit is on disk from the first one, so nothing is
lost even before the consultant chooses a name (File › Save a copy as).

A workshop file open in the editor has a lock file beside it, removed when it is closed
properly. A lock file left behind that nobody holds means the editor stopped without
closing the workshop (a crash, a power cut): at the next start :func:`offer_recovery` offers
to reopen it. The ones not reopened stay in the folder; their stale lock is removed so they
are not offered again.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_studio.sample_copy import workshops_folder
from journey_studio.storage import SUFFIX, WorkshopFile
from journey_studio.storage.workshop_file import lock_path
from journey_studio.templates import workshop_from_template


class WorkshopWindow(Protocol):
    """What recovery needs of a window: to open a workshop file in it."""

    def open_file(self, path: Path) -> bool: ...


RecoveryChoice = Callable[[QWidget | None, list[Path]], Path | None]
"""Shows the workshops left open and returns the one to reopen (None: none)."""


def new_workshop_name(folder: Path, now: datetime.datetime | None = None) -> Path:
    """A free file name for a new workshop: ``Atelier 2026-11-24 19h05.journey`` (or ``(2)``)."""
    now = now or datetime.datetime.now()
    stem = QCoreApplication.translate("Recovery", "Workshop {date}").format(
        date=now.strftime("%Y-%m-%d %Hh%M")
    )
    candidate = folder / f"{stem}{SUFFIX}"
    number = 2
    while candidate.exists() or lock_path(candidate).exists():
        candidate = folder / f"{stem} ({number}){SUFFIX}"
        number += 1
    return candidate


def new_workshop_from_template(
    template: str,
    language: str,
    folder: Path | None = None,
    now: datetime.datetime | None = None,
) -> Path:
    """Make a workshop from a built-in template in the per-user folder; returns its file."""
    folder = folder if folder is not None else workshops_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = new_workshop_name(folder, now)
    WorkshopFile.create(path, workshop_from_template(template, language)).close()
    return path


def _held(lock: Path) -> bool:
    """Whether a live process (this one included) holds the lock file."""
    from filelock import FileLock, Timeout  # on first use: not needed to show the window

    probe = FileLock(lock, timeout=0)
    try:
        probe.acquire()
    except Timeout:
        return True
    except OSError:
        return True
    probe.release()
    return False


def workshops_left_open(folder: Path | None = None) -> list[Path]:
    """The workshops of the folder whose editor stopped without closing them, newest first."""
    folder = folder if folder is not None else workshops_folder()
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.glob(f"*{SUFFIX}")
        if path.is_file() and lock_path(path).exists() and not _held(lock_path(path))
    ]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def forget(path: Path) -> None:
    """Stop offering a workshop: remove its stale lock (never one a live editor holds)."""
    lock = lock_path(path)
    if lock.exists() and not _held(lock):
        with contextlib.suppress(OSError):
            lock.unlink()


def offer_recovery(
    window: WorkshopWindow,
    ask: RecoveryChoice | None = None,
    folder: Path | None = None,
) -> Path | None:
    """At start: offer to reopen a workshop left open by a crash. Returns the one reopened.

    Call it once the window is shown. ``ask`` shows the choice (by default
    :class:`RecoveryDialog`); the workshops not chosen are forgotten.
    """
    found = workshops_left_open(folder)
    if not found:
        return None
    ask = ask if ask is not None else ask_which_to_reopen
    parent = window if isinstance(window, QWidget) else None
    chosen = ask(parent, found)
    for path in found:
        if path != chosen:
            forget(path)
    if chosen is not None and window.open_file(chosen):
        return chosen
    return None


class RecoveryDialog(QDialog):
    """Lists the workshops left open; Reopen opens the one selected."""

    def __init__(self, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-dialog")
        self.setWindowTitle(self.tr("Reopen a workshop"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        folder = paths[0].parent if paths else Path()
        self.message.setText(
            self.tr(
                "Journey Studio stopped without closing these workshops. Every edit was "
                "saved as it was made. Reopen one? Those you leave stay in {folder}."
            ).format(folder=folder)
        )
        self.list = QListWidget(self)
        locale = QLocale()
        for path in paths:
            modified = datetime.datetime.fromtimestamp(path.stat().st_mtime)
            when = locale.toString(modified, QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(
                self.tr("{name} — last edited {when}").format(name=path.stem, when=when)
            )
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(self)
        self.reopen_button = self.buttons.addButton(
            self.tr("&Reopen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


def ask_which_to_reopen(parent: QWidget | None, paths: list[Path]) -> Path | None:
    dialog = RecoveryDialog(paths, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.chosen()
    return None
