"""Typing in place on the map: a card's text, a new card, a stage or channel name.

:class:`InlineTextEditor` is a text item laid over what it edits, at the map's scale, so it
zooms with the map. Enter commits, Escape cancels, clicking elsewhere commits. For cards it
carries a :class:`PhrasingHintItem`: when the text is not "I do X" (first person, the
customer as the subject), a gentle bubble under it offers the rewrite, which Ctrl+Enter
takes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPen,
    QStaticText,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journey_studio.gui import palette
from journey_studio.gui.canvas.items.accents import (
    EDITOR_HEX,
    HINT_BORDER_HEX,
    HINT_HEX,
    SELECTION_HEX,
)
from journey_studio.gui.canvas.text import cached_font, map_font, static_lines, wrap_lines

Z_EDITOR = 60.0
HINT_WIDTH = 250.0
HINT_PADDING = 7.0
HINT_GAP = 6.0
MIN_WORDS_FOR_HINT = 2
"""No hint before the second word: the first one alone says little."""

Suggest = Callable[[str], tuple[str, bool] | None]
"""Text -> (suggested text, whether it is a whole rewrite), or None when the text is fine."""


class PhrasingHintItem(QGraphicsObject):
    """A bubble that suggests writing a card in the first person, with the rewrite."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._suggestion: str | None = None
        self._full = False
        self._rect = QRectF()
        self._title = QStaticText()
        self._body = QStaticText()
        self._footer = QStaticText()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    @property
    def suggestion(self) -> str | None:
        """The rewrite shown, or None when the bubble is hidden."""
        return self._suggestion

    def text(self) -> str:
        """Everything the bubble says, as plain text."""
        if self._suggestion is None:
            return ""
        return "\n".join(
            part for part in (self._title.text(), self._body.text(), self._footer.text()) if part
        ).replace("\u2028", " ")

    def set_suggestion(self, suggestion: str | None, full: bool = True) -> None:
        if suggestion == self._suggestion and full == self._full:
            return
        self.prepareGeometryChange()
        self._suggestion = suggestion
        self._full = full
        if suggestion is None:
            self._rect = QRectF()
            self.hide()
            return
        width = HINT_WIDTH - 2 * HINT_PADDING
        title = (
            self.tr("Say it as the customer would:")
            if full
            else self.tr("Start it as the customer would:")
        )
        self._title = static_lines(wrap_lines(title, _title_font(), width, 2)[0], _title_font())
        body = wrap_lines(f"« {suggestion} »", _body_font(), width, 4)[0]
        self._body = static_lines(body, _body_font())
        footer = self.tr("Ctrl+Enter to use it") if full else ""
        self._footer = static_lines([footer], _small_font()) if footer else QStaticText()
        height = (
            self._title.size().height()
            + self._body.size().height()
            + (self._footer.size().height() if footer else 0.0)
            + 2 * HINT_PADDING
            + 4.0
        )
        self._rect = QRectF(0.0, 0.0, HINT_WIDTH, height)
        self.show()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._rect.adjusted(-1.0, -1.0, 1.0, 1.0)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self._suggestion is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(HINT_BORDER_HEX), 1.0))
        painter.setBrush(QBrush(QColor(HINT_HEX)))
        painter.drawRoundedRect(self._rect, 6.0, 6.0)
        x, y = HINT_PADDING, HINT_PADDING
        painter.setPen(QColor(palette.MUTED_INK_HEX))
        painter.setFont(_title_font())
        painter.drawStaticText(QPointF(x, y), self._title)
        y += self._title.size().height() + 2.0
        painter.setPen(QColor(palette.INK_HEX))
        painter.setFont(_body_font())
        painter.drawStaticText(QPointF(x, y), self._body)
        y += self._body.size().height() + 2.0
        painter.setPen(QColor(palette.MUTED_INK_HEX))
        painter.setFont(_small_font())
        painter.drawStaticText(QPointF(x, y), self._footer)


class InlineTextEditor(QGraphicsTextItem):
    """Plain text typed in place over ``rect`` (scene coordinates).

    Signals:
        committed(str): Enter was pressed, or the editor lost focus to a click elsewhere.
        cancelled(): Escape was pressed.
    """

    committed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        text: str,
        rect: QRectF,
        *,
        font_size: float = 10.0,
        suggest: Suggest | None = None,
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(parent)
        self._minimum = QRectF(0.0, 0.0, rect.width(), rect.height())
        self._finished = False
        self._suggest = suggest
        self._suggestion: str | None = None
        self.setFont(map_font(font_size))
        self.setDefaultTextColor(QColor(palette.INK_HEX))
        self.setTextWidth(rect.width())
        self.setPlainText(text)
        self.setPos(rect.topLeft())
        self.setZValue(Z_EDITOR)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.hint = PhrasingHintItem(self)
        self.document().contentsChanged.connect(self._on_contents_changed)
        self._on_contents_changed()

    def text(self) -> str:
        return self.toPlainText()

    def select_all(self) -> None:
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    @property
    def finished(self) -> bool:
        return self._finished

    def commit(self) -> None:
        """Finish with the text as typed (once)."""
        if not self._finished:
            self._finished = True
            self.committed.emit(self.text())

    def cancel(self) -> None:
        """Finish without the text (once)."""
        if not self._finished:
            self._finished = True
            self.cancelled.emit()

    def finish_quietly(self) -> None:
        """Finish without a signal (the tool using the editor is going away)."""
        self._finished = True

    def use_suggestion(self) -> bool:
        """Replace the text with the rewrite the hint shows; False when there is none."""
        if self._suggestion is None:
            return False
        self.setPlainText(self._suggestion)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)
        return True

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return super().boundingRect().united(self._minimum)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(SELECTION_HEX), 2.0))
        painter.setBrush(QBrush(QColor(EDITOR_HEX)))
        painter.drawRoundedRect(self.boundingRect().adjusted(1.0, 1.0, -1.0, -1.0), 5.0, 5.0)
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.use_suggestion()
            elif not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.commit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
            Qt.FocusReason.MenuBarFocusReason,
        ):
            self.commit()

    def _on_contents_changed(self) -> None:
        suggestion: tuple[str, bool] | None = None
        text = self.text()
        if self._suggest is not None and len(text.split()) >= MIN_WORDS_FOR_HINT:
            suggestion = self._suggest(text)
        self._suggestion = suggestion[0] if suggestion and suggestion[1] else None
        if suggestion is None:
            self.hint.set_suggestion(None)
        else:
            self.hint.set_suggestion(*suggestion)
        self.hint.setPos(0.0, self.boundingRect().height() + HINT_GAP)


def _title_font() -> QFont:
    return cached_font(9.0, bold=True)


def _body_font() -> QFont:
    return cached_font(10.0)


def _small_font() -> QFont:
    return cached_font(8.5)
