"""Cards on the clipboard: copied as JSON for Journey Studio and as plain text for the rest.

The clipboard carries the cards twice: as :data:`MIME_TYPE` (the cards with everything they
hold, the links between them, and the names of their personas and CRM fields) for another
map, in this window or another workshop; and as plain text, one card per line, so that
pasting into an email or a document works. Pasting makes new cards with fresh ids: personas
and CRM fields are kept when this workshop has them (by id, else by name), dropped
otherwise. Plain text from elsewhere pastes as one card per line.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData

from journey_studio import model
from journey_studio.model import edits
from journey_studio.model.vocabulary import EMOTION_MAX, EMOTION_MIN, Rating, new_id

if TYPE_CHECKING:
    from journey_studio.model.edits import Edit

MIME_TYPE = "application/x-journey-studio-cards+json"
FORMAT = "journey-studio/cards-1"
MAX_TEXT_CARDS = 200
"""Plain text with more lines than this is not turned into cards."""
PASTE_CARDS = QT_TRANSLATE_NOOP("Edits", "Paste cards")


def cards_to_mime(
    workshop: model.Workshop, journey: model.Journey, card_ids: Sequence[str]
) -> QMimeData:
    """The cards (in the given order) as clipboard data: JSON and plain text."""
    from journey_studio.model.serialization import card_to_dict

    cards = [journey.cards[i] for i in card_ids if i in journey.cards]
    chosen = {card.id for card in cards}
    personas = {persona.id: persona.name for persona in workshop.personas}
    fields = {crm_field.id: crm_field.api_name for crm_field in workshop.crm_fields}
    payload = {
        "format": FORMAT,
        "workshop_id": workshop.id,
        "cards": [
            {
                **card_to_dict(card),
                "persona_names": [personas.get(pid, "") for pid in card.persona_ids],
                "crm_api_names": [fields.get(link.field_id, "") for link in card.crm_links],
            }
            for card in cards
        ],
        "links": [
            {"from": link.from_card_id, "to": link.to_card_id, "label": link.label}
            for link in journey.links.values()
            if link.from_card_id in chosen and link.to_card_id in chosen
        ],
    }
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(" ".join(card.text.split()) for card in cards))
    return mime


@dataclass(frozen=True)
class Pasted:
    """What pasting makes: one edit, and the ids of the new cards."""

    edit: Edit
    card_ids: list[str]


def paste_edit(
    workshop: model.Workshop, journey: model.Journey, cell: model.Cell, mime: QMimeData | None
) -> Pasted | None:
    """The edit that pastes the clipboard's cards at the end of ``cell``, or None."""
    if mime is None:
        return None
    payload = _payload(mime)
    if payload is not None:
        cards, links = _cards_from_payload(workshop, payload)
    elif mime.hasText():
        cards, links = _cards_from_text(mime.text()), []
    else:
        return None
    if not cards:
        return None
    start = len(journey.cell_card_ids(*cell))
    for offset, card in enumerate(cards):
        card.stage_id, card.channel_id = cell
        card.order = start + offset
    edit = edits.AddCards(journey.id, tuple(cards), tuple(links))
    return Pasted(edits.Compound((edit,), PASTE_CARDS), [card.id for card in cards])


def has_cards(mime: QMimeData | None) -> bool:
    """Whether pasting would make cards."""
    if mime is None:
        return False
    if mime.hasFormat(MIME_TYPE):
        return True
    return mime.hasText() and 0 < len(_text_lines(mime.text())) <= MAX_TEXT_CARDS


def _payload(mime: QMimeData) -> dict[str, Any] | None:
    if not mime.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        return None
    return payload


def _cards_from_payload(
    workshop: model.Workshop, payload: dict[str, Any]
) -> tuple[list[model.Card], list[model.CardLink]]:
    persona_ids = {persona.id for persona in workshop.personas}
    persona_names = {persona.name.casefold(): persona.id for persona in workshop.personas}
    field_ids = {crm_field.id for crm_field in workshop.crm_fields}
    field_names = {crm_field.api_name.casefold(): crm_field.id for crm_field in workshop.crm_fields}
    cards: list[model.Card] = []
    fresh: dict[str, str] = {}
    for data in payload.get("cards", []):
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            continue
        card = model.Card(text=data["text"], stage_id="", channel_id="", id=new_id())
        card.rating = _rating(data.get("rating"))
        emotion = data.get("emotion")
        card.emotion = (
            emotion
            if isinstance(emotion, int)
            and not isinstance(emotion, bool)
            and EMOTION_MIN <= emotion <= EMOTION_MAX
            else None
        )
        card.moment_of_truth = data.get("moment_of_truth") is True
        card.notes = _text(data.get("notes"))
        card.owner_team = _text(data.get("owner_team"))
        names = data.get("persona_names") or []
        for position, persona_id in enumerate(data.get("persona_ids") or []):
            name = names[position] if position < len(names) else ""
            known = _known(persona_id, name, persona_ids, persona_names)
            if known is not None and known not in card.persona_ids:
                card.persona_ids.append(known)
        api_names = data.get("crm_api_names") or []
        for position, link in enumerate(data.get("crm_links") or []):
            if not isinstance(link, dict):
                continue
            name = api_names[position] if position < len(api_names) else ""
            known = _known(link.get("field_id"), name, field_ids, field_names)
            if known is not None and all(k.field_id != known for k in card.crm_links):
                card.crm_links.append(model.CrmLink(known, _text(link.get("value"))))
        if isinstance(data.get("id"), str):
            fresh[data["id"]] = card.id
        cards.append(card)
    links = [
        model.CardLink(fresh[link["from"]], fresh[link["to"]], label=_text(link.get("label")))
        for link in payload.get("links", [])
        if isinstance(link, dict)
        and link.get("from") in fresh
        and link.get("to") in fresh
        and link.get("from") != link.get("to")
    ]
    return cards, links


def _cards_from_text(text: str) -> list[model.Card]:
    lines = _text_lines(text)
    if len(lines) > MAX_TEXT_CARDS:
        return []
    return [model.Card(text=line, stage_id="", channel_id="", id=new_id()) for line in lines]


def _text_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _known(entity_id: object, name: object, ids: set[str], names: dict[str, str]) -> str | None:
    if isinstance(entity_id, str) and entity_id in ids:
        return entity_id
    if isinstance(name, str) and name.strip():
        return names.get(name.casefold())
    return None


def _rating(value: object) -> Rating:
    try:
        return Rating(value)
    except ValueError:
        return Rating.NONE


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
