"""Help › Keyboard Shortcuts: every shortcut of the editor in one table.

The menu shortcuts are read from the window's own actions (so the list is always the one
that works, in the interface's language and the platform's key names); the keys and
gestures of the map, the card editor, quick capture and the find bar are listed beside them.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

_CONTEXT = "Shortcuts"


class Shortcut(NamedTuple):
    """One line of the table: where it works, the keys, and what they do."""

    section: str
    keys: str
    does: str


_MAP = QT_TRANSLATE_NOOP("Shortcuts", "Map")
_CARD_EDITOR = QT_TRANSLATE_NOOP("Shortcuts", "Writing on a card")
_CAPTURE = QT_TRANSLATE_NOOP("Shortcuts", "Quick capture bar")
_FIND = QT_TRANSLATE_NOOP("Shortcuts", "Find bar")

CANVAS_KEYS: tuple[tuple[str, str, str], ...] = (
    (_MAP, "1", QT_TRANSLATE_NOOP("Shortcuts", "Rate the selected cards: delight")),
    (_MAP, "2", QT_TRANSLATE_NOOP("Shortcuts", "Rate the selected cards: irritant")),
    (_MAP, "3", QT_TRANSLATE_NOOP("Shortcuts", "Rate the selected cards: breaking point")),
    (_MAP, "0", QT_TRANSLATE_NOOP("Shortcuts", "Rate the selected cards: not rated")),
    (
        _MAP,
        "M",
        QT_TRANSLATE_NOOP("Shortcuts", "Mark or unmark the selected cards as moments of truth"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "F2 or Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit the selected card's text"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Delete or Backspace"),
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected cards and arrows"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Escape"),
        QT_TRANSLATE_NOOP("Shortcuts", "Clear the selection, or stop what the mouse is doing"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Double-click an empty cell"),
        QT_TRANSLATE_NOOP("Shortcuts", "Write a new card there"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Double-click a card, a header or an arrow"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit its text in place"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Drag “+ New Card” onto a cell"),
        QT_TRANSLATE_NOOP("Shortcuts", "Write a new card in that cell"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Drag a card"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move it to another place or cell"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Shift+drag from a card"),
        QT_TRANSLATE_NOOP("Shortcuts", "Draw an arrow to another card"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+click"),
        QT_TRANSLATE_NOOP("Shortcuts", "Add a card to the selection, or take it out"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Drag on empty space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select the cards inside a rectangle"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Drag a stage or channel header"),
        QT_TRANSLATE_NOOP("Shortcuts", "Reorder the stages or channels"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Space+drag, or middle button drag"),
        QT_TRANSLATE_NOOP("Shortcuts", "Pan the map"),
    ),
    (
        _MAP,
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+wheel, or pinch"),
        QT_TRANSLATE_NOOP("Shortcuts", "Zoom in or out around the pointer"),
    ),
    (
        _CARD_EDITOR,
        QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Keep the text"),
    ),
    (
        _CARD_EDITOR,
        QT_TRANSLATE_NOOP("Shortcuts", "Shift+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "New line"),
    ),
    (
        _CARD_EDITOR,
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Use the suggested “I do X” wording"),
    ),
    (
        _CARD_EDITOR,
        QT_TRANSLATE_NOOP("Shortcuts", "Escape"),
        QT_TRANSLATE_NOOP("Shortcuts", "Leave the text as it was"),
    ),
    (
        _CAPTURE,
        QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Add the card to its cell"),
    ),
    (
        _CAPTURE,
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Add the card as suggested (“I do X”)"),
    ),
    (
        _CAPTURE,
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+Left / Alt+Right"),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous or next stage"),
    ),
    (
        _CAPTURE,
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+Up / Alt+Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous or next channel"),
    ),
    (
        _CAPTURE,
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+1 … Alt+9"),
        QT_TRANSLATE_NOOP("Shortcuts", "The stage in that position"),
    ),
    (
        _FIND,
        QT_TRANSLATE_NOOP("Shortcuts", "Enter / Shift+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next or previous match"),
    ),
    (
        _FIND,
        QT_TRANSLATE_NOOP("Shortcuts", "Escape"),
        QT_TRANSLATE_NOOP("Shortcuts", "Close the find bar"),
    ),
)
"""The keys and gestures that are not menu shortcuts: (section, keys, what they do)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis ("&Open…" -> "Open")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def menu_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """The shortcuts of the window's menu actions, menu by menu, in menu order."""
    found: list[Shortcut] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} › {_plain(submenu.title())}")
                continue
            keys = _keys(action)
            if keys and id(action) not in seen:
                seen.add(id(action))
                found.append(Shortcut(path, keys, _plain(action.text())))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(menu.title()))
    return found


def other_window_shortcuts(window: QMainWindow, listed: list[Shortcut]) -> list[Shortcut]:
    """Shortcuts of the window's actions that are in no menu (toolbars, the map)."""
    known = {(line.keys, line.does) for line in listed}
    found: list[Shortcut] = []
    for action in window.findChildren(QAction):
        keys = _keys(action)
        if keys and action.text() and (keys, _plain(action.text())) not in known:
            known.add((keys, _plain(action.text())))
            found.append(Shortcut(_tr(_MAP), keys, _plain(action.text())))
    return found


def all_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every shortcut of the editor: the menus', then the map's and the bars' keys."""
    menus = menu_shortcuts(window)
    return [
        *menus,
        *other_window_shortcuts(window, menus),
        *(Shortcut(_tr(section), _tr(keys), _tr(does)) for section, keys, does in CANVAS_KEYS),
    ]


def _keys(action: QAction) -> str:
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    )


class ShortcutsDialog(QDialog):
    """The table of shortcuts, grouped by where they work."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("keyboard-shortcuts")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table = QTreeWidget(self)
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.fill_from(window)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(780, 640)
        layout.activate()  # settled before it has a native window (see MainWindow)

    def fill_from(self, window: QMainWindow) -> None:
        """List the window's shortcuts as they are now (in the interface's language)."""
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.fill(all_shortcuts(window))

    def fill(self, shortcuts: list[Shortcut]) -> None:
        self.table.clear()
        sections: dict[str, QTreeWidgetItem] = {}
        for line in shortcuts:
            section = sections.get(line.section)
            if section is None:
                section = QTreeWidgetItem(self.table, [line.section])
                section.setFirstColumnSpanned(True)
                font = section.font(0)
                font.setBold(True)
                section.setFont(0, font)
                section.setFlags(Qt.ItemFlag.ItemIsEnabled)
                section.setExpanded(True)
                sections[line.section] = section
            QTreeWidgetItem(section, [line.keys, line.does])
        self.table.expandAll()

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, keys, what they do) as shown, in order."""
        shown: list[tuple[str, str, str]] = []
        for index in range(self.table.topLevelItemCount()):
            section = self.table.topLevelItem(index)
            for child in range(section.childCount()):
                item = section.child(child)
                shown.append((section.text(0), item.text(0), item.text(1)))
        return shown
