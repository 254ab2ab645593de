"""Small editing widgets the panels share: fields that commit once, colour buttons, swatches.

A text field in a panel makes one edit when the person is done with it (Enter or leaving
the field), never one per keystroke: :class:`CommitLineEdit` and :class:`CommitTextEdit`
emit ``committed`` only then, and only when the text differs from what was loaded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from journey_studio.gui import palette

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CommitLineEdit(QLineEdit):
    """A one-line field that emits ``committed(text)`` on Enter or focus-out, if changed.

    Escape puts back the loaded text.

    Signals:
        committed(str): the new text, once the person is done with it.
    """

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = ""
        self.editingFinished.connect(self.commit)

    def load(self, text: str) -> None:
        """Show ``text`` as the saved value (no signal)."""
        self._loaded = text
        if self.text() != text:
            self.blockSignals(True)
            self.setText(text)
            self.blockSignals(False)

    def is_dirty(self) -> bool:
        return self.text() != self._loaded

    def commit(self) -> None:
        """Emit ``committed`` if the text differs from the loaded one."""
        if self.is_dirty():
            self._loaded = self.text()
            self.committed.emit(self._loaded)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.is_dirty():
            self.setText(self._loaded)
            event.accept()
            return
        super().keyPressEvent(event)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that emits ``committed(text)`` when the person is done, if changed.

    Done means leaving the field, or Ctrl+Enter; with ``enter_commits`` plain Enter commits
    too (Shift+Enter then starts a new line). Escape puts back the loaded text.

    Signals:
        committed(str): the new text.
    """

    committed = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, enter_commits: bool = False, lines: int = 3
    ) -> None:
        super().__init__(parent)
        self._loaded = ""
        self._enter_commits = enter_commits
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        height = self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 10
        self.setFixedHeight(height)

    def load(self, text: str) -> None:
        """Show ``text`` as the saved value (no signal)."""
        self._loaded = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def text(self) -> str:
        return self.toPlainText()

    def is_dirty(self) -> bool:
        return self.toPlainText() != self._loaded

    def commit(self) -> None:
        """Emit ``committed`` if the text differs from the loaded one."""
        if self.is_dirty():
            self._loaded = self.toPlainText()
            self.committed.emit(self._loaded)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, modifiers = event.key(), event.modifiers()
        if key in _ENTER_KEYS:
            ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
            shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            if ctrl or (self._enter_commits and not shift):
                self.commit()
                event.accept()
                return
        if key == Qt.Key.Key_Escape and self.is_dirty():
            self.setPlainText(self._loaded)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.commit()


def lines_of(text: str) -> list[str]:
    """The non-blank lines of a text, stripped: how list fields are typed, one per line."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def swatch(colour: str, size: int = 14, text: str = "") -> QIcon:
    """A rounded square in ``colour`` (optionally with a short text in it), as an icon."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = palette.colour(colour)
    painter.setBrush(fill)
    painter.setPen(fill.darker(130))
    painter.drawRoundedRect(0.5, 0.5, size - 1.0, size - 1.0, 3.0, 3.0)
    if text:
        font = painter.font()
        font.setPixelSize(max(6, int(size * 0.45)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.text_on(fill))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


ColourChooser = Callable[[QWidget, str], str | None]
"""Asks for a colour, starting from ``#RRGGBB``; returns the new one or None."""


def ask_colour(parent: QWidget, current: str) -> str | None:
    chosen = QColorDialog.getColor(palette.colour(current), parent)
    return chosen.name().upper() if chosen.isValid() else None


class ColourButton(QToolButton):
    """A button showing a colour; clicking it asks for another.

    Signals:
        colour_chosen(str): the new colour as ``#RRGGBB``.
    """

    colour_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = "#000000"
        self.choose: ColourChooser = ask_colour
        """How the colour is asked for (tests give their own)."""
        self.setIconSize(QSize(28, 16))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clicked.connect(self._ask)

    def colour(self) -> str:
        return self._colour

    def load(self, colour: str) -> None:
        self._colour = colour
        pixmap = QPixmap(28, 16)
        pixmap.fill(palette.colour(colour))
        self.setIcon(QIcon(pixmap))
        self.setText(colour.upper())

    def _ask(self) -> None:
        chosen = self.choose(self, self._colour)
        if chosen is not None and chosen.lower() != self._colour.lower():
            self.load(chosen)
            self.colour_chosen.emit(chosen)


class SectionTitle(QLabel):
    """A small bold title over a group of fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setContentsMargins(0, 6, 0, 0)


class Hint(QLabel):
    """A gentle, wrapped note in a muted colour (empty hides it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {palette.MUTED_INK_HEX};")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.setVisible(bool(text))


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


def colour_of(hex_code: str) -> QColor:
    return palette.colour(hex_code)
