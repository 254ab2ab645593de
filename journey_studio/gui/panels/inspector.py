"""The inspector: everything about the selected card, each change one undoable edit.

One card selected: its text (with the first-person hint and a one-click rewrite), rating,
emotion, moment of truth, owner team, notes, personas and CRM fields (with a value).
Several cards selected: rating, moment of truth and personas apply to all of them as one
step. Text fields commit when the person is done (Enter or leaving the field).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMetaObject, QSize, QStringListModel, Qt
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_studio import model
from journey_studio.gui import palette
from journey_studio.gui.canvas import items
from journey_studio.gui.canvas.card_edits import one_step
from journey_studio.gui.panels.dock import DocumentDock
from journey_studio.gui.panels.labels import (
    PICKLIST_TYPES,
    crm_object_label,
    crm_type_label,
    emotion_end_labels,
    emotion_label,
    rating_label,
)
from journey_studio.gui.panels.widgets import (
    CommitLineEdit,
    CommitTextEdit,
    Hint,
    SectionTitle,
    swatch,
)
from journey_studio.model import edits
from journey_studio.model.edits import Changes, Edit, Kind
from journey_studio.model.vocabulary import EMOTION_MAX, EMOTION_MIN, Rating

if TYPE_CHECKING:
    from journey_studio.gui.document import Document
    from journey_studio.gui.icons import IconLibrary
    from journey_studio.model.phrasing import Suggestion

NAME_WIDTH = 300
"""Names longer than this (pixels) are elided; the tooltip has them whole."""
RATINGS = (Rating.NONE, Rating.DELIGHT, Rating.IRRITANT, Rating.BREAKING_POINT)
RATE_CARDS = QT_TRANSLATE_NOOP("Edits", "Rate cards")
MARK_MOMENTS = QT_TRANSLATE_NOOP("Edits", "Mark moments of truth")
CLEAR_MOMENTS = QT_TRANSLATE_NOOP("Edits", "Clear moments of truth")
LINK_PERSONA = QT_TRANSLATE_NOOP("Edits", "Link persona")
UNLINK_PERSONA = QT_TRANSLATE_NOOP("Edits", "Unlink persona")


class InspectorPanel(DocumentDock):
    """The selected card(s) of the map, to read and edit.

    The widgets are public so that tests and keyboard users reach them directly:
    ``text_edit``, ``use_suggestion_button``, ``rating_buttons[Rating]``,
    ``emotion_slider``, ``moment_of_truth_box``, ``owner_edit``, ``notes_edit``,
    ``persona_boxes[persona id]``, ``crm_boxes[field id]`` and ``crm_values[field id]``.
    """

    def __init__(self, icons: IconLibrary, parent: QWidget | None = None) -> None:
        super().__init__("inspector-dock", parent)
        self._icons = icons

    def build_contents(self) -> None:
        self._card_ids: list[str] = []
        self._suggestion: Suggestion | None = None
        self._loading = False
        self.persona_boxes: dict[str, QCheckBox] = {}
        self.crm_boxes: dict[str, QCheckBox] = {}
        self.crm_values: dict[str, CommitLineEdit] = {}

        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.form = QWidget(body)
        form = QFormLayout(self.form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)

        self.text_label = SectionTitle(self.form)
        self.text_edit = CommitTextEdit(self.form, enter_commits=True, lines=3)
        self.hint = Hint(self.form)
        self.use_suggestion_button = QPushButton(self.form)
        self.use_suggestion_button.setVisible(False)
        text_box = QVBoxLayout()
        text_box.setSpacing(4)
        text_box.addWidget(self.text_edit)
        text_box.addWidget(self.hint)
        text_box.addWidget(self.use_suggestion_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.text_label, text_box)

        self.rating_label = SectionTitle(self.form)
        self.rating_buttons: dict[Rating, QToolButton] = {}
        self._rating_group = QButtonGroup(self)
        self._rating_group.setExclusive(True)
        rating_grid = QGridLayout()
        rating_grid.setSpacing(4)
        for position, rating in enumerate(RATINGS):
            button = self._rating_button(rating)
            self.rating_buttons[rating] = button
            self._rating_group.addButton(button)
            rating_grid.addWidget(button, position // 2, position % 2)
            button.clicked.connect(partial(self._rate, rating))
        form.addRow(self.rating_label, rating_grid)

        self.emotion_label = SectionTitle(self.form)
        self.emotion_value = QLabel(self.form)
        self.emotion_slider = QSlider(Qt.Orientation.Horizontal, self.form)
        self.emotion_slider.setRange(EMOTION_MIN, EMOTION_MAX)
        self.emotion_slider.setPageStep(1)
        self.emotion_slider.setTickInterval(1)
        self.emotion_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.emotion_slider.setTracking(False)
        self.clear_emotion_button = QToolButton(self.form)
        self.emotion_low = QLabel(self.form)
        self.emotion_high = QLabel(self.form)
        self.emotion_high.setAlignment(Qt.AlignmentFlag.AlignRight)
        for end in (self.emotion_low, self.emotion_high):
            end.setStyleSheet(f"color: {palette.MUTED_INK_HEX};")
        emotion_box = QGridLayout()
        emotion_box.setSpacing(2)
        emotion_box.addWidget(self.emotion_value, 0, 0, 1, 2)
        emotion_box.addWidget(self.clear_emotion_button, 0, 2, Qt.AlignmentFlag.AlignRight)
        emotion_box.addWidget(self.emotion_slider, 1, 0, 1, 3)
        emotion_box.addWidget(self.emotion_low, 2, 0)
        emotion_box.addWidget(self.emotion_high, 2, 1, 1, 2)
        form.addRow(self.emotion_label, emotion_box)

        self.moment_of_truth_box = QCheckBox(self.form)
        icons = self._icons
        self.moment_of_truth_box.setIcon(
            QIcon(icons.pixmap("moment-of-truth", 32, palette.colour(palette.MOMENT_OF_TRUTH_HEX)))
            if icons.has("moment-of-truth")
            else QIcon()
        )
        form.addRow(self.moment_of_truth_box)

        self.personas_label = SectionTitle(self.form)
        self.personas_area = QWidget(self.form)
        self._personas_layout = QGridLayout(self.personas_area)
        self._personas_layout.setContentsMargins(0, 0, 0, 0)
        self.no_personas = Hint(self.personas_area)
        form.addRow(self.personas_label, self.personas_area)

        self.crm_label = SectionTitle(self.form)
        self.crm_table = QTableWidget(0, 2, self.form)
        self.crm_table.verticalHeader().hide()
        self.crm_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.crm_table.horizontalHeader().setStretchLastSection(True)
        self.crm_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.crm_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.crm_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.no_crm_fields = Hint(self.form)
        form.addRow(self.crm_label, self.crm_table)
        form.addRow(self.no_crm_fields)

        self.owner_label = SectionTitle(self.form)
        self.owner_edit = CommitLineEdit(self.form)
        self._owner_completions = QStringListModel(self)
        completer = QCompleter(self._owner_completions, self.owner_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner_edit.setCompleter(completer)
        form.addRow(self.owner_label, self.owner_edit)

        self.notes_label = SectionTitle(self.form)
        self.notes_edit = CommitTextEdit(self.form, lines=4)
        form.addRow(self.notes_label, self.notes_edit)

        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.set_content(body, scroll=True)

        self.text_edit.committed.connect(self._commit_text)
        self.text_edit.textChanged.connect(self._update_hint_while_typing)
        self.use_suggestion_button.clicked.connect(self._use_suggestion)
        self.emotion_slider.valueChanged.connect(self._emotion_moved)
        self.emotion_slider.sliderReleased.connect(
            lambda: self._emotion_moved(self.emotion_slider.value())
        )
        self.clear_emotion_button.clicked.connect(lambda: self._set_emotion(None))
        self.moment_of_truth_box.clicked.connect(self._toggle_moment_of_truth)
        self.owner_edit.committed.connect(partial(self._commit_field, "owner_team"))
        self.notes_edit.committed.connect(partial(self._commit_field, "notes"))

    # Texts

    def retranslate(self) -> None:
        self.text_label.setText(self.tr("Touchpoint"))
        self.text_edit.setPlaceholderText(self.tr("I … (written as the customer)"))
        self.text_edit.setToolTip(
            self.tr("Enter saves the text; Shift+Enter starts a new line; Esc cancels.")
        )
        self.use_suggestion_button.setText(self.tr("Use suggestion"))
        self.rating_label.setText(self.tr("Rating"))
        for rating, button in self.rating_buttons.items():
            button.setText(rating_label(rating))
        self.emotion_label.setText(self.tr("Emotion"))
        self.clear_emotion_button.setText(self.tr("Clear"))
        self.clear_emotion_button.setToolTip(self.tr("No emotion set for this card"))
        low, high = emotion_end_labels()
        self.emotion_low.setText(low)
        self.emotion_high.setText(high)
        self.moment_of_truth_box.setText(self.tr("Moment of truth"))
        self.owner_label.setText(self.tr("Owner team"))
        self.owner_edit.setPlaceholderText(self.tr("Marketing, Sales, Customer success…"))
        self.notes_label.setText(self.tr("Notes"))
        self.notes_edit.setToolTip(self.tr("Saved when you leave the field, or with Ctrl+Enter."))
        self.personas_label.setText(self.tr("Personas"))
        self.no_personas.setText(self.tr("No persona yet: add them in the Personas panel."))
        self.crm_label.setText(self.tr("CRM fields"))
        self.crm_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.no_crm_fields.setText(self.tr("No CRM field yet: add them in the CRM fields panel."))
        self._show_cards()

    # Showing the document

    def connect_document(self, document: Document) -> list[QMetaObject.Connection]:
        return [document.selection_changed.connect(self._on_selection_changed)]

    def show_document(self) -> None:
        self._fill_personas()
        self._fill_crm_fields()
        self._fill_owner_completions()
        self._card_ids = self.document.selected_card_ids() if self.document is not None else []
        self._show_cards()

    def on_changed(self, changes: Changes) -> None:
        personas = changes.ids(Kind.PERSONA)
        crm_fields = changes.ids(Kind.CRM_FIELD)
        if personas[0] or personas[1]:
            self._fill_personas()
        if crm_fields[0] or crm_fields[1]:
            self._fill_crm_fields()
        if changes.ids(Kind.STAGE)[0] or changes.ids(Kind.PIPELINE)[0]:
            self._fill_owner_completions()
        cards, gone = changes.ids(Kind.CARD)
        shown = set(self._card_ids)
        if gone & shown:
            self._card_ids = [i for i in self._card_ids if i not in gone]
        if (
            shown & (cards | gone)
            or personas[0]
            or personas[1]
            or crm_fields[0]
            or crm_fields[1]
            or changes.ids(Kind.STAGE)[0]
            or changes.ids(Kind.CHANNEL)[0]
            or changes.ids(Kind.WORKSHOP)[0]
        ):
            self._show_cards()

    def on_journey_changed(self, journey_id: str) -> None:
        self.commit_pending()
        self._card_ids = self.document.selected_card_ids() if self.document is not None else []
        self._show_cards()

    def _on_selection_changed(self, card_ids: list[str]) -> None:
        if self.contents_built:
            self.commit_pending()
        if not self.refresh_when_seen():
            return
        self._card_ids = self.document.selected_card_ids() if self.document is not None else []
        self._show_cards()

    def shown_card_ids(self) -> list[str]:
        """The cards the inspector shows."""
        return list(self._card_ids)

    def _cards(self) -> list[model.Card]:
        document = self.document
        if document is None:
            return []
        cards = []
        for card_id in self._card_ids:
            try:
                cards.append(document.workshop.card(card_id))
            except model.UnknownEntity:
                continue
        return cards

    def _show_cards(self) -> None:
        cards = self._cards()
        self._loading = True
        try:
            self._show_summary(cards)
            single = cards[0] if len(cards) == 1 else None
            self.form.setVisible(bool(cards))
            self.form.setEnabled(self.editable())
            for widget in (
                self.text_label,
                self.text_edit,
                self.emotion_label,
                self.emotion_value,
                self.emotion_slider,
                self.clear_emotion_button,
                self.emotion_low,
                self.emotion_high,
                self.owner_label,
                self.owner_edit,
                self.notes_label,
                self.notes_edit,
                self.crm_label,
                self.crm_table,
            ):
                widget.setVisible(single is not None)
            if single is not None:
                self._show_single(single)
            else:
                self.hint.setText("")
                self.use_suggestion_button.setVisible(False)
                self.no_crm_fields.setVisible(False)
            self._show_ratings(cards)
            self._show_moment_of_truth(cards)
            self._show_personas(cards)
        finally:
            self._loading = False

    def _show_summary(self, cards: list[model.Card]) -> None:
        document = self.document
        if document is None:
            self.summary.setText(self.tr("Open a workshop to see its cards here."))
        elif not cards:
            self.summary.setText(self.tr("Select a card on the map to see it here."))
        elif len(cards) == 1:
            card = cards[0]
            try:
                stage = document.workshop.stage(card.stage_id).name
                channel = document.workshop.channel(card.channel_id).name
            except model.UnknownEntity:
                stage = channel = "?"
            self.summary.setText(
                self.tr("Card in “{stage}” × “{channel}”").format(stage=stage, channel=channel)
            )
        else:
            self.summary.setText(
                self.tr(
                    "%n cards selected: rating, moment of truth and personas apply to all.",
                    "",
                    len(cards),
                )
            )

    def _show_single(self, card: model.Card) -> None:
        if not (self.text_edit.hasFocus() and self.text_edit.is_dirty()):
            self.text_edit.load(card.text)
        self._update_hint(self.text_edit.text())
        self.emotion_slider.setValue(0 if card.emotion is None else card.emotion)
        self.emotion_value.setText(emotion_label(card.emotion))
        self.clear_emotion_button.setEnabled(card.emotion is not None)
        if not (self.owner_edit.hasFocus() and self.owner_edit.is_dirty()):
            self.owner_edit.load(card.owner_team)
        if not (self.notes_edit.hasFocus() and self.notes_edit.is_dirty()):
            self.notes_edit.load(card.notes)
        values = {link.field_id: link.value for link in card.crm_links}
        for field_id, box in self.crm_boxes.items():
            box.setChecked(field_id in values)
            editor = self.crm_values[field_id]
            if not (editor.hasFocus() and editor.is_dirty()):
                editor.load(values.get(field_id, ""))
        self.no_crm_fields.setVisible(not self.crm_boxes)
        self.crm_table.setVisible(bool(self.crm_boxes))

    def _show_ratings(self, cards: list[model.Card]) -> None:
        ratings = {card.rating for card in cards}
        self._rating_group.setExclusive(False)
        for rating, button in self.rating_buttons.items():
            button.setChecked(ratings == {rating})
        self._rating_group.setExclusive(True)

    def _show_moment_of_truth(self, cards: list[model.Card]) -> None:
        marked = {card.moment_of_truth for card in cards}
        box = self.moment_of_truth_box
        box.setTristate(len(marked) > 1)
        if len(marked) > 1:
            box.setCheckState(Qt.CheckState.PartiallyChecked)
        else:
            box.setCheckState(Qt.CheckState.Checked if True in marked else Qt.CheckState.Unchecked)

    def _show_personas(self, cards: list[model.Card]) -> None:
        for persona_id, box in self.persona_boxes.items():
            linked = sum(1 for card in cards if persona_id in card.persona_ids)
            mixed = 0 < linked < len(cards)
            box.setTristate(mixed)
            if mixed:
                box.setCheckState(Qt.CheckState.PartiallyChecked)
            else:
                box.setCheckState(
                    Qt.CheckState.Checked if cards and linked else Qt.CheckState.Unchecked
                )

    def _update_hint_while_typing(self) -> None:
        if not self._loading:
            self._update_hint(self.text_edit.text())

    def _update_hint(self, text: str) -> None:
        from journey_studio.model.phrasing import suggest_rewrite

        document = self.document
        language = document.workshop.language if document is not None else None
        try:
            suggestion = suggest_rewrite(text, language)
        except ValueError:
            suggestion = suggest_rewrite(text)
        self._suggestion = suggestion
        if suggestion is None:
            self.hint.setText("")
            self.use_suggestion_button.setVisible(False)
        elif suggestion.is_full_rewrite:
            self.hint.setText(
                self.tr("Not written as the customer. Suggestion: “{text}”").format(
                    text=suggestion.text
                )
            )
            self.use_suggestion_button.setVisible(True)
        else:
            self.hint.setText(
                self.tr("Write it as the customer, starting with “{start}”.").format(
                    start=suggestion.text
                )
            )
            self.use_suggestion_button.setVisible(False)

    # Filling the lists of the workshop

    def _fill_personas(self) -> None:
        for box in self.persona_boxes.values():
            self._personas_layout.removeWidget(box)
            box.setParent(None)
            box.deleteLater()
        self.persona_boxes = {}
        document = self.document
        personas = document.workshop.personas if document is not None else []
        box_font = self.personas_area.fontMetrics()
        for position, persona in enumerate(personas):
            box = QCheckBox(_elided(box_font, persona.name, NAME_WIDTH), self.personas_area)
            box.setIcon(swatch(persona.colour, 16, items.initials(persona.name)))
            box.setToolTip(f"{persona.name} — {persona.role}" if persona.role else persona.name)
            box.clicked.connect(partial(self._toggle_persona, persona.id))
            self._personas_layout.addWidget(box, position, 0)
            self.persona_boxes[persona.id] = box
        self._personas_layout.addWidget(self.no_personas, len(personas), 0)
        self.no_personas.setVisible(not personas)

    def _fill_crm_fields(self) -> None:
        document = self.document
        fields: list[model.CrmField] = document.workshop.crm_fields if document is not None else []
        self.crm_table.setRowCount(0)
        self.crm_boxes = {}
        self.crm_values = {}
        self.crm_table.setRowCount(len(fields))
        for row, crm_field in enumerate(fields):
            box = QCheckBox(_elided(self.crm_table.fontMetrics(), crm_field.label, NAME_WIDTH // 2))
            box.setToolTip(
                f"{crm_field.label}\n{crm_field.api_name} · {crm_object_label(crm_field.object)} · "
                f"{crm_type_label(crm_field.type)}"
            )
            box.clicked.connect(partial(self._toggle_crm_field, crm_field.id))
            editor = CommitLineEdit()
            editor.setFrame(False)
            if crm_field.type in PICKLIST_TYPES and crm_field.allowed_values:
                completer = QCompleter(crm_field.allowed_values, editor)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
                editor.setCompleter(completer)
                editor.setPlaceholderText(", ".join(crm_field.allowed_values))
            editor.committed.connect(partial(self._commit_crm_value, crm_field.id))
            self.crm_table.setCellWidget(row, 0, box)
            self.crm_table.setCellWidget(row, 1, editor)
            self.crm_boxes[crm_field.id] = box
            self.crm_values[crm_field.id] = editor
        self.crm_table.resizeRowsToContents()
        header = self.crm_table.horizontalHeader().height()
        rows = sum(self.crm_table.rowHeight(r) for r in range(len(fields)))
        self.crm_table.setFixedHeight(header + rows + 2 * self.crm_table.frameWidth() + 2)

    def _fill_owner_completions(self) -> None:
        document = self.document
        teams: set[str] = set()
        if document is not None:
            teams |= {stage.phase for stage in document.workshop.stages}
            teams |= {pipeline.team for pipeline in document.workshop.pipelines}
        self._owner_completions.setStringList(sorted(t for t in teams if t.strip()))

    # Making edits

    def commit_pending(self) -> None:
        """Commit what is typed but not yet saved, for the cards it was typed for."""
        for editor in (self.text_edit, self.owner_edit, self.notes_edit, *self.crm_values.values()):
            editor.commit()

    def _single_id(self) -> str | None:
        return self._card_ids[0] if len(self._card_ids) == 1 else None

    def _commit_text(self, text: str) -> None:
        self._commit_field("text", text)

    def _commit_field(self, name: str, value: str) -> None:
        card_id = self._single_id()
        if card_id is not None and not self._loading:
            self.apply(edits.UpdateCard(card_id, {name: value}))

    def _use_suggestion(self) -> None:
        card_id = self._single_id()
        suggestion = self._suggestion
        if card_id is None or suggestion is None or not suggestion.is_full_rewrite:
            return
        self.text_edit.load(suggestion.text)
        self.apply(edits.UpdateCard(card_id, {"text": suggestion.text}))

    def _rate(self, rating: Rating, _checked: bool = False) -> None:
        steps: list[Edit] = [
            edits.UpdateCard(card.id, {"rating": rating})
            for card in self._cards()
            if card.rating != rating
        ]
        edit = one_step(steps, RATE_CARDS)
        if edit is not None:
            self.apply(edit)

    def _emotion_moved(self, value: int) -> None:
        if not self._loading:
            self._set_emotion(value)

    def _set_emotion(self, emotion: int | None) -> None:
        cards = self._cards()
        if len(cards) == 1 and cards[0].emotion != emotion:
            self.apply(edits.UpdateCard(cards[0].id, {"emotion": emotion}))

    def _toggle_moment_of_truth(self, _checked: bool = False) -> None:
        cards = self._cards()
        target = not all(card.moment_of_truth for card in cards)
        steps: list[Edit] = [
            edits.UpdateCard(card.id, {"moment_of_truth": target})
            for card in cards
            if card.moment_of_truth != target
        ]
        edit = one_step(steps, MARK_MOMENTS if target else CLEAR_MOMENTS)
        if edit is None or not self.apply(edit):
            self._show_cards()

    def _toggle_persona(self, persona_id: str, _checked: bool = False) -> None:
        cards = self._cards()
        link = not all(persona_id in card.persona_ids for card in cards)
        steps: list[Edit]
        if link:
            lacking = [c for c in cards if persona_id not in c.persona_ids]
            steps = [edits.LinkPersona(c.id, persona_id) for c in lacking]
        else:
            steps = [edits.UnlinkPersona(c.id, persona_id) for c in cards]
        edit = one_step(steps, LINK_PERSONA if link else UNLINK_PERSONA)
        if edit is None or not self.apply(edit):
            self._show_cards()

    def _toggle_crm_field(self, field_id: str, _checked: bool = False) -> None:
        card_id = self._single_id()
        if card_id is None:
            return
        edit: Edit
        if self.crm_boxes[field_id].isChecked():
            edit = edits.LinkCrmField(card_id, field_id, self.crm_values[field_id].text())
        else:
            edit = edits.UnlinkCrmField(card_id, field_id)
        if not self.apply(edit):
            self._show_cards()

    def _commit_crm_value(self, field_id: str, value: str) -> None:
        card_id = self._single_id()
        if card_id is None or self._loading:
            return
        if not self.apply(edits.LinkCrmField(card_id, field_id, value)):
            self._show_cards()

    # Widgets

    def _rating_button(self, rating: Rating) -> QToolButton:
        button = QToolButton(self)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(18, 18))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        colour = palette.rating_colour(rating)
        icon_name = palette.RATING_ICON[rating]
        pixmap = self._icons.pixmap(icon_name, 36, colour) if icon_name else None
        button.setIcon(QIcon(pixmap) if pixmap is not None else swatch(palette.NOT_RATED_HEX, 18))
        checked_fill = palette.tint(colour, 0.8).name()
        button.setStyleSheet(
            "QToolButton { padding: 3px 6px; border: 1px solid "
            f"{palette.CARD_BORDER_HEX}; border-radius: 4px; text-align: left; }}"
            f"QToolButton:checked {{ background-color: {checked_fill}; "
            f"border: 2px solid {colour.name()}; font-weight: bold; }}"
        )
        return button


def _elided(metrics: QFontMetrics, text: str, width: int) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
