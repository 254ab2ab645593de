"""Helpers of the panel tests: reading the workshop back from its file, finding cards."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from journey_studio.storage import WorkshopFile

if TYPE_CHECKING:
    from journey_studio.model.workshop import Card, Journey, Workshop


def stored(path: Path) -> Workshop:
    """The workshop as its file holds it now (read-only, beside the open editor)."""
    with WorkshopFile.open(path, read_only=True) as opened:
        return opened.workshop


def card_with_text(journey: Journey, start: str) -> Card:
    return next(card for card in journey.cards.values() if card.text.startswith(start))


def cell_texts(journey: Journey, stage_id: str, channel_id: str) -> list[str]:
    return [card.text for card in journey.cell_cards(stage_id, channel_id)]


def click_check_box(qtbot, box) -> None:
    """Click a check box on its indicator, where a person clicks it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator.center())
