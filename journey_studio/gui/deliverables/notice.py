"""The status bar's word on the last deliverable: what was written, and a link to its folder."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

SHOWN_FOR_MS = 60_000
"""How long the notice stays in the status bar."""


class OutcomeNotice(QLabel):
    """One sentence, with "Open Folder" when a file was written; hides itself after a while.

    Attributes:
        folder: the folder "Open Folder" opens (None when there is no link).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deliverable-notice")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self.setContentsMargins(6, 0, 6, 0)
        self.linkActivated.connect(self._open_folder)
        self.folder: Path | None = None
        self.sentence = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_notice)
        self.hide()

    def show_outcome(self, sentence: str, folder: Path | None = None) -> None:
        """Say ``sentence`` (plain text), with a link that opens ``folder`` if given."""
        self.sentence = sentence
        self.folder = folder
        text = html.escape(sentence)
        if folder is not None:
            link = html.escape(QUrl.fromLocalFile(str(folder)).toString(), quote=True)
            text += f' &nbsp;<a href="{link}">{html.escape(self.tr("Open Folder"))}</a>'
            self.setToolTip(str(folder))
        else:
            self.setToolTip("")
        self.setText(text)
        self.show()
        self._timer.start(SHOWN_FOR_MS)

    def clear_notice(self) -> None:
        self.sentence = ""
        self.folder = None
        self.clear()
        self.hide()

    def _open_folder(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))
