"""The preferences dialog: the interface's language, and the list of recent files.

The language is the system's unless the person chooses French or English. A new choice is
kept in the settings and applied at once: the translators are replaced and the panels,
menus they own and dialogs show the new language; what is still in the old one changes at
the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey_studio.gui import i18n

if TYPE_CHECKING:
    from journey_studio.gui.settings import Settings


class PreferencesDialog(QDialog):
    """Edits :class:`Settings`; OK saves and applies, Cancel leaves everything as it was.

    Public widgets: ``language_box`` (data ``""``, ``"fr"``, ``"en"``), ``clear_recent_button``,
    ``buttons``.
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self._settings = settings
        self._clear_recent = False
        self.language_label = QLabel(self)
        self.language_box = QComboBox(self)
        self.language_box.addItem("", "")
        for code, name in i18n.LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_label.setBuddy(self.language_box)
        self.language_note = QLabel(self)
        self.language_note.setWordWrap(True)
        self.recent_label = QLabel(self)
        self.clear_recent_button = QPushButton(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(self.language_label, self.language_box)
        form.addRow("", self.language_note)
        form.addRow(self.recent_label, self.clear_recent_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.clear_recent_button.clicked.connect(self._mark_recent_cleared)
        index = self.language_box.findData(settings.language())
        self.language_box.setCurrentIndex(max(0, index))
        self.clear_recent_button.setEnabled(bool(settings.recent_files()))
        self.retranslate()
        self.setMinimumWidth(420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        system = i18n.LANGUAGES[i18n.resolve_language("")]
        self.language_box.setItemText(0, self.tr("System language ({name})").format(name=system))
        self.language_label.setText(self.tr("&Language:"))
        self.language_note.setText(
            self.tr(
                "Panels and dialogs change language at once; the rest of the window at the "
                "next start."
            )
        )
        self.recent_label.setText(self.tr("Recent files:"))
        self.clear_recent_button.setText(self.tr("&Clear the list"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_language(self) -> str:
        """``""`` (the system's), ``"fr"`` or ``"en"``."""
        return str(self.language_box.currentData() or "")

    def _mark_recent_cleared(self) -> None:
        self._clear_recent = True
        self.clear_recent_button.setEnabled(False)

    def accept(self) -> None:
        """Save the choices and apply the language if it changed."""
        language = self.chosen_language()
        before = i18n.current_language()
        self._settings.set_language(language)
        if self._clear_recent:
            self._settings.clear_recent_files()
        app = QApplication.instance()
        if app is not None and i18n.resolve_language(language) != before:
            i18n.switch_language(app, language or None)
        super().accept()
