"""Quick capture: type a touchpoint, pick its stage and channel by keyboard, Enter.

A one-line bar fast enough to keep up with a room of people talking. Ctrl+K puts the cursor
in it from anywhere. Enter adds the card at the end of its cell (one undoable edit) and
empties the field for the next one; the stage and the channel stay as they were. Stage and
channel are chosen with Tab and the first letters of their names, with Alt+Left/Right
(stages, as the map's columns) and Alt+Up/Down (channels, its rows), or with Alt+1…9 for
the stage in that position. A card not written as the customer ("I do X") shows the
suggested rewrite beside the field; Ctrl+Enter adds the card as suggested.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QMetaObject, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QToolBar, QWidget

from journey_studio import model
from journey_studio.gui import palette
from journey_studio.model import edits

if TYPE_CHECKING:
    from journey_studio.gui.document import Document
    from journey_studio.model.edits import Changes
    from journey_studio.model.phrasing import Suggestion

ADD_CARD = QT_TRANSLATE_NOOP("Edits", "Add card")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
HINT_WIDTH = 460
"""The most room the first-person hint takes beside the field (the text field gives it up)."""
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class CaptureBar(QToolBar):
    """The quick-capture bar of a window.

    Public widgets: ``text_edit``, ``stage_box``, ``channel_box``, ``add_action``,
    ``hint``; ``focus_action`` (Ctrl+K) puts the cursor in the bar.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture-bar")
        self.setMovable(False)
        self._document: Document | None = None
        self._connections: list[QMetaObject.Connection] = []
        self._stage_id: str | None = None
        self._channel_id: str | None = None
        self._suggestion: Suggestion | None = None

        self.title = QLabel(self)
        self.title.setContentsMargins(6, 0, 6, 0)
        self.text_edit = QLineEdit(self)
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setMinimumWidth(260)
        self.text_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title.setBuddy(self.text_edit)
        self.stage_label = QLabel(self)
        self.stage_label.setContentsMargins(8, 0, 4, 0)
        self.stage_box = QComboBox(self)
        self.stage_box.setMinimumContentsLength(12)
        self.stage_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.stage_label.setBuddy(self.stage_box)
        self.channel_label = QLabel(self)
        self.channel_label.setContentsMargins(8, 0, 4, 0)
        self.channel_box = QComboBox(self)
        self.channel_box.setMinimumContentsLength(10)
        self.channel_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.channel_label.setBuddy(self.channel_box)
        self.add_action = QAction(self)
        self.hint = QLabel(self)
        self.hint.setContentsMargins(8, 0, 6, 0)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setStyleSheet(f"color: {palette.MUTED_INK_HEX};")
        self.hint.setMaximumWidth(HINT_WIDTH)
        self.hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.addWidget(self.title)
        self.addWidget(self.text_edit)
        self.hint_action = self.addWidget(self.hint)
        self.addWidget(self.stage_label)
        self.addWidget(self.stage_box)
        self.addWidget(self.channel_label)
        self.addWidget(self.channel_box)
        self.addAction(self.add_action)

        self.focus_action = QAction(self)
        self.focus_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))
        self.focus_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.focus_action.triggered.connect(self.focus_capture)
        if parent is not None:
            parent.addAction(self.focus_action)

        for widget in (self.text_edit, self.stage_box, self.channel_box):
            widget.installEventFilter(self)
        self.text_edit.textChanged.connect(self._update_hint)
        self.add_action.triggered.connect(self.add_card)
        self.hint.linkActivated.connect(lambda _link: self.use_suggestion())
        self.stage_box.activated.connect(self._remember)
        self.channel_box.activated.connect(self._remember)
        self.retranslate()
        self.set_document(None)

    # Texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quick capture"))
        self.title.setText(self.tr("&Capture:"))
        self.text_edit.setPlaceholderText(
            self.tr("Type a touchpoint, e.g. “I fill in the contact form”, then Enter")
        )
        self.text_edit.setToolTip(
            self.tr(
                "Enter adds the card at the end of its cell. Alt+Left/Right: stage; "
                "Alt+Up/Down: channel; Alt+1…9: stage by number; Ctrl+Enter: add as suggested."
            )
        )
        self.stage_label.setText(self.tr("&Stage:"))
        self.channel_label.setText(self.tr("C&hannel:"))
        self.stage_box.setToolTip(self.tr("Type the first letters, or Alt+Left/Right"))
        self.channel_box.setToolTip(self.tr("Type the first letters, or Alt+Up/Down"))
        self.add_action.setText(self.tr("Add"))
        self.add_action.setToolTip(self.tr("Add the card (Enter)"))
        self.focus_action.setText(self.tr("&Quick Capture"))
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # The document

    def set_document(self, document: Document | None) -> None:
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        self._document = document
        if document is not None:
            self._connections = [
                document.changed.connect(self._on_changed),
                document.current_journey_changed.connect(lambda _id: self._update_enabled()),
            ]
        self._fill()

    def _on_changed(self, changes: Changes) -> None:
        kind = edits.Kind
        stages, channels = changes.ids(kind.STAGE), changes.ids(kind.CHANNEL)
        if stages[0] or stages[1] or channels[0] or channels[1]:
            self._fill()
        if changes.ids(kind.WORKSHOP)[0]:
            self._update_hint()

    def _fill(self) -> None:
        document = self._document
        stages = document.workshop.stages if document is not None else []
        channels = document.workshop.channels if document is not None else []
        for box, items, chosen in (
            (self.stage_box, [(s.id, s.name) for s in stages], self._stage_id),
            (self.channel_box, [(c.id, c.name) for c in channels], self._channel_id),
        ):
            box.blockSignals(True)
            box.clear()
            for entity_id, name in items:
                box.addItem(name, entity_id)
            index = box.findData(chosen) if chosen is not None else -1
            box.setCurrentIndex(index if index >= 0 else (0 if items else -1))
            box.blockSignals(False)
        self._remember()
        self._update_enabled()

    def _update_enabled(self) -> None:
        document = self._document
        usable = (
            document is not None
            and not document.read_only
            and document.current_journey is not None
            and self.stage_box.count() > 0
            and self.channel_box.count() > 0
        )
        for widget in (self.text_edit, self.stage_box, self.channel_box):
            widget.setEnabled(usable)
        self.add_action.setEnabled(usable)

    def _remember(self, _index: int = 0) -> None:
        self._stage_id = self.stage_box.currentData()
        self._channel_id = self.channel_box.currentData()

    # Capturing

    def focus_capture(self) -> None:
        """Put the cursor in the text field (Ctrl+K), showing the bar if it was hidden."""
        self.setVisible(True)
        self.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_edit.selectAll()

    def add_card(self) -> bool:
        """Add the typed card at the end of the chosen cell; True if it was added."""
        return self._add(self.text_edit.text())

    def use_suggestion(self) -> None:
        """Replace the typed text by the suggested first-person rewrite."""
        if self._suggestion is not None and self._suggestion.is_full_rewrite:
            self.text_edit.setText(self._suggestion.text)
            self.text_edit.setFocus()

    def _add(self, text: str) -> bool:
        document = self._document
        text = text.strip()
        journey = document.current_journey if document is not None else None
        stage_id, channel_id = self.stage_box.currentData(), self.channel_box.currentData()
        if document is None or journey is None or not text or not stage_id or not channel_id:
            return False
        order = len(journey.cell_card_ids(stage_id, channel_id))
        card = model.Card(text, stage_id, channel_id, order=order)
        edit = edits.Compound((edits.AddCards(journey.id, (card,)),), ADD_CARD)
        if not document.apply(edit):
            return False
        self._remember()
        self.text_edit.clear()
        return True

    def _update_hint(self) -> None:
        text = self.text_edit.text()
        document = self._document
        language = document.workshop.language if document is not None else None
        suggestion = None
        if text.strip():
            from journey_studio.model.phrasing import suggest_rewrite

            try:
                suggestion = suggest_rewrite(text, language)
            except ValueError:
                suggestion = suggest_rewrite(text)
        self._suggestion = suggestion
        self.hint_action.setVisible(suggestion is not None)
        if suggestion is None:
            self.hint.setText("")
        elif suggestion.is_full_rewrite:
            self.hint.setText(
                self.tr("Say it as the customer: <a href='use'>“{text}”</a> (Ctrl+Enter)").format(
                    text=_escape(_shortened(suggestion.text))
                )
            )
        else:
            self.hint.setText(
                self.tr("Say it as the customer: start with “{start}”").format(
                    start=_escape(suggestion.text)
                )
            )
        self.hint.setToolTip(suggestion.text if suggestion is not None else "")

    # Keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        action = self._key_action(event)
        if action is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not a window shortcut's
            return True
        action()
        return True

    def _key_action(self, event: QKeyEvent) -> Callable[[], None] | None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        alt = modifiers == Qt.KeyboardModifier.AltModifier
        if key in _ENTER and modifiers == Qt.KeyboardModifier.NoModifier:
            return self._enter
        if key in _ENTER and modifiers == Qt.KeyboardModifier.ControlModifier:
            return self._enter_as_suggested
        if alt and key == Qt.Key.Key_Left:
            return lambda: self._step(self.stage_box, -1)
        if alt and key == Qt.Key.Key_Right:
            return lambda: self._step(self.stage_box, 1)
        if alt and key == Qt.Key.Key_Up:
            return lambda: self._step(self.channel_box, -1)
        if alt and key == Qt.Key.Key_Down:
            return lambda: self._step(self.channel_box, 1)
        if alt and key in _DIGITS:
            number = _DIGITS[key]
            return lambda: self._choose(self.stage_box, number - 1)
        return None

    def _enter(self) -> None:
        if self._add(self.text_edit.text()):
            self.text_edit.setFocus()

    def _enter_as_suggested(self) -> None:
        suggestion = self._suggestion
        text = self.text_edit.text()
        if suggestion is not None and suggestion.is_full_rewrite:
            text = suggestion.text
        if self._add(text):
            self.text_edit.setFocus()

    def _step(self, box: QComboBox, step: int) -> None:
        if box.count():
            self._choose(box, (box.currentIndex() + step) % box.count())

    def _choose(self, box: QComboBox, index: int) -> None:
        if 0 <= index < box.count():
            box.setCurrentIndex(index)
            self._remember()


def _shortened(text: str, length: int = 48) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
