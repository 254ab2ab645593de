"""The method's vocabulary as people read it: ratings, emotions, CRM objects and field types.

The model names things with stable English values (``Rating.BREAKING_POINT``); these are
the words shown for them, translated in the ``Vocabulary`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from journey_studio.model.vocabulary import CrmFieldType, CrmObject, JourneyKind, Rating

_CONTEXT = "Vocabulary"

_RATINGS: dict[Rating, str] = {
    Rating.NONE: QT_TRANSLATE_NOOP("Vocabulary", "Not rated"),
    Rating.DELIGHT: QT_TRANSLATE_NOOP("Vocabulary", "Delight"),
    Rating.IRRITANT: QT_TRANSLATE_NOOP("Vocabulary", "Irritant"),
    Rating.BREAKING_POINT: QT_TRANSLATE_NOOP("Vocabulary", "Breaking point"),
}

_EMOTIONS: dict[int, str] = {
    -2: QT_TRANSLATE_NOOP("Vocabulary", "Very negative"),
    -1: QT_TRANSLATE_NOOP("Vocabulary", "Negative"),
    0: QT_TRANSLATE_NOOP("Vocabulary", "Neutral"),
    1: QT_TRANSLATE_NOOP("Vocabulary", "Positive"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Very positive"),
}

_CRM_OBJECTS: dict[CrmObject, str] = {
    CrmObject.LEAD: QT_TRANSLATE_NOOP("Vocabulary", "Lead"),
    CrmObject.CONTACT: QT_TRANSLATE_NOOP("Vocabulary", "Contact"),
    CrmObject.ACCOUNT: QT_TRANSLATE_NOOP("Vocabulary", "Account"),
    CrmObject.OPPORTUNITY: QT_TRANSLATE_NOOP("Vocabulary", "Opportunity"),
    CrmObject.TICKET: QT_TRANSLATE_NOOP("Vocabulary", "Ticket"),
    CrmObject.CUSTOM: QT_TRANSLATE_NOOP("Vocabulary", "Custom object"),
}

_CRM_TYPES: dict[CrmFieldType, str] = {
    CrmFieldType.TEXT: QT_TRANSLATE_NOOP("Vocabulary", "Text"),
    CrmFieldType.NUMBER: QT_TRANSLATE_NOOP("Vocabulary", "Number"),
    CrmFieldType.CURRENCY: QT_TRANSLATE_NOOP("Vocabulary", "Currency"),
    CrmFieldType.PERCENT: QT_TRANSLATE_NOOP("Vocabulary", "Percent"),
    CrmFieldType.DATE: QT_TRANSLATE_NOOP("Vocabulary", "Date"),
    CrmFieldType.CHECKBOX: QT_TRANSLATE_NOOP("Vocabulary", "Checkbox"),
    CrmFieldType.PICKLIST: QT_TRANSLATE_NOOP("Vocabulary", "Picklist"),
    CrmFieldType.MULTI_PICKLIST: QT_TRANSLATE_NOOP("Vocabulary", "Multi-select picklist"),
    CrmFieldType.EMAIL: QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    CrmFieldType.PHONE: QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    CrmFieldType.URL: QT_TRANSLATE_NOOP("Vocabulary", "URL"),
}

_JOURNEY_KINDS: dict[JourneyKind, str] = {
    JourneyKind.CURRENT: QT_TRANSLATE_NOOP("Vocabulary", "Current journey"),
    JourneyKind.TARGET: QT_TRANSLATE_NOOP("Vocabulary", "Target journey"),
}

PICKLIST_TYPES = frozenset({CrmFieldType.PICKLIST, CrmFieldType.MULTI_PICKLIST})
"""The field types whose values are chosen from a list."""


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def rating_label(rating: Rating) -> str:
    return _tr(_RATINGS[rating])


def emotion_label(emotion: int | None) -> str:
    """``"Negative (−1)"``; ``"Not set"`` for None."""
    if emotion is None:
        return QCoreApplication.translate("Vocabulary", "Not set")
    signed = f"+{emotion}" if emotion > 0 else str(emotion).replace("-", "\u2212")
    return QCoreApplication.translate("Vocabulary", "{feeling} ({value})").format(
        feeling=_tr(_EMOTIONS[emotion]), value=signed
    )


def emotion_end_labels() -> tuple[str, str]:
    """The words at both ends of the emotion scale."""
    return _tr(_EMOTIONS[-2]), _tr(_EMOTIONS[2])


def crm_object_label(crm_object: CrmObject) -> str:
    return _tr(_CRM_OBJECTS[crm_object])


def crm_type_label(field_type: CrmFieldType) -> str:
    return _tr(_CRM_TYPES[field_type])


def journey_kind_label(kind: JourneyKind) -> str:
    return _tr(_JOURNEY_KINDS[kind])
