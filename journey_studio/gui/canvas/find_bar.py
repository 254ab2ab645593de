"""Find cards by their text (Ctrl+F): a small bar over the map's top right corner that
selects the matches (it floats over the view, so opening it moves nothing).

Matching ignores case and accents ("Evaluation" finds "évaluation"), so a facilitator can
type fast on any keyboard. Enter goes to the next match, Shift+Enter to the previous one,
Escape closes the bar.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from journey_studio.model.workshop import Journey


def folded(text: str) -> str:
    """Text without case or accents, spaces collapsed: what find compares."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def matching_cards(journey: Journey, query: str, order: Iterable[str] | None = None) -> list[str]:
    """The ids of the cards whose text contains ``query`` (in ``order`` when given)."""
    wanted = folded(query)
    if not wanted:
        return []
    ids = list(order) if order is not None else list(journey.cards)
    return [i for i in ids if i in journey.cards and wanted in folded(journey.cards[i].text)]


class _QueryEdit(QLineEdit):
    """The search field: Enter and Shift+Enter step through matches, Escape closes."""

    step = Signal(int)
    closing = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.step.emit(-1 if backwards else 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.closing.emit()
            return
        super().keyPressEvent(event)


MARGIN = 10
WIDTH = 440


class FindBar(QFrame):
    """The find bar, floating over its parent's top right corner. It says what to find and
    how many matched; the canvas editor finds.

    Signals:
        query_changed(str): the text to find changed.
        step(int): go to the next (1) or previous (-1) match.
        closed(): the bar was closed.
    """

    query_changed = Signal(str)
    step = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.query = _QueryEdit(self)
        self.query.setPlaceholderText(self.tr("Find cards…"))
        self.query.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        previous = QToolButton(self)
        previous.setText("↑")
        previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        following = QToolButton(self)
        following.setText("↓")
        following.setToolTip(self.tr("Next match (Enter)"))
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Escape)"))
        label = QLabel(self.tr("Find:"), self)
        label.setBuddy(self.query)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(label)
        layout.addWidget(self.query, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.query.textChanged.connect(self.query_changed)
        self.query.step.connect(self.step)
        self.query.closing.connect(self.close_bar)
        previous.clicked.connect(lambda: self.step.emit(-1))
        following.clicked.connect(lambda: self.step.emit(1))
        close.clicked.connect(self.close_bar)
        self.hide()
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(WIDTH, parent.width() - 2 * MARGIN)
        height = self.sizeHint().height()
        self.setGeometry(parent.width() - width - MARGIN, MARGIN, width, height)

    def open_bar(self) -> None:
        """Show the bar with its text selected, ready to type."""
        self._place()
        self.show()
        self.raise_()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
        self.query_changed.emit(self.query.text())

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int | None, total: int) -> None:
        """Say which match is shown (counted from 0) out of how many."""
        if not self.query.text().strip():
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText(self.tr("No match"))
        else:
            self.count_label.setText(
                self.tr("%1 of %2").replace("%1", str((current or 0) + 1)).replace("%2", str(total))
            )
