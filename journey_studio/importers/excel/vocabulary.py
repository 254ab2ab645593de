"""The words the importer understands, in French and in English, forgiving about case,
accents and spacing: sheet names, column headers and values (ratings, yes/no, levels).

They mirror :mod:`journey_studio.exporters.excel.words` (which the importer may not import:
the two packages are independent layers); the round-trip tests keep them in step.
"""

from __future__ import annotations

import re
import unicodedata

from journey_studio.crm_words import FORECAST_CATEGORIES
from journey_studio.model.vocabulary import ActionStatus, ForecastCategory, Level, Rating

_NOT_WORD = re.compile(r"[^0-9a-z%]+")


def normal(text: str) -> str:
    """Lower case, no accents, words separated by one space: "Étapes & CRM" -> "etapes crm"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", plain).strip()


class Words(frozenset[str]):
    """Normalised words for one thing, and how to show it ("Étape / Stage")."""

    display: str = ""


def _words(*names: str) -> Words:
    words = Words(normal(name) for name in names)
    shown = list(dict.fromkeys(name for name in names[:2] if name))
    words.display = " / ".join(shown)
    return words


SHEETS: dict[str, Words] = {
    "touchpoints": _words("Points de contact", "Touchpoints", "Point de contact", "Touchpoint"),
    "personas": _words("Personas", "Persona"),
    "stages": _words("Étapes et CRM", "Stages & CRM", "Étapes", "Stages"),
    "pipelines": _words("Pipelines"),
    "crm_fields": _words("Champs CRM", "CRM fields"),
    "actions": _words("Plan d'actions", "Actions", "Plan d'action", "Action plan"),
    "data": _words("Journey Studio"),
}

TOUCHPOINT_HEADERS: dict[str, Words] = {
    "journey": _words("Parcours", "Journey"),
    "stage": _words("Étape", "Stage"),
    "channel": _words("Canal", "Channel"),
    "order": _words("Ordre", "Order", "Position"),
    "text": _words("Point de contact", "Touchpoint", "Texte", "Text"),
    "rating": _words("Évaluation", "Rating"),
    "emotion": _words("Émotion", "Emotion"),
    "moment_of_truth": _words("Moment de vérité", "Moment of truth"),
    "personas": _words("Personas", "Persona"),
    "crm": _words("Champs CRM", "CRM fields", "CRM"),
    "owner_team": _words("Équipe responsable", "Owner team", "Équipe", "Team"),
    "notes": _words("Notes", "Notes"),
    "id": _words("Identifiant", "Id", "ID"),
}
TOUCHPOINT_REQUIRED = ("stage", "channel", "text", "id")

PERSONA_HEADERS: dict[str, Words] = {
    "name": _words("Nom", "Name"),
    "role": _words("Rôle", "Role"),
    "description": _words("Description"),
    "goals": _words("Objectifs", "Goals"),
    "frustrations": _words("Frustrations"),
    "preferred_channels": _words("Canaux préférés", "Preferred channels"),
    "budget": _words("Budget"),
    "attributes": _words("Attributs", "Attributes"),
    "colour": _words("Couleur", "Colour", "Color"),
    "id": _words("Identifiant", "Id"),
}

STAGE_HEADERS: dict[str, Words] = {
    "name": _words("Étape", "Stage"),
    "phase": _words("Phase"),
    "definition": _words("Définition", "Definition"),
    "entry_criteria": _words("Critères d'entrée", "Entry criteria"),
    "exit_criteria": _words("Critères de sortie", "Exit criteria"),
    "lifecycle_status": _words("Statut du cycle de vie", "Lifecycle status"),
    "kpis": _words("Indicateurs (KPI)", "KPIs", "KPI", "Indicateurs"),
    "colour": _words("Couleur", "Colour", "Color"),
    "id": _words("Identifiant", "Id"),
}

PIPELINE_HEADERS: dict[str, Words] = {
    "pipeline": _words("Pipeline"),
    "team": _words("Équipe", "Team"),
    "colour": _words("Couleur", "Colour", "Color"),
    "name": _words("Étape du pipeline", "Pipeline stage"),
    "stage": _words("Étape du parcours", "Journey stage"),
    "probability": _words("Probabilité (%)", "Probability (%)", "Probabilité", "Probability"),
    "closed": _words("Fermée", "Closed"),
    "won": _words("Gagnée", "Won"),
    "forecast_category": _words("Catégorie de prévision", "Forecast category"),
    "stale_after_days": _words("Alerte après (jours)", "Stale after (days)"),
    "entry_criteria": _words("Critères d'entrée", "Entry criteria"),
    "exit_criteria": _words("Critères de sortie", "Exit criteria"),
    "signal_fields": _words("Champs déclencheurs", "Signal fields"),
    "pipeline_id": _words("Identifiant du pipeline", "Pipeline id"),
    "id": _words("Identifiant", "Id"),
}

CRM_FIELD_HEADERS: dict[str, Words] = {
    "label": _words("Libellé", "Label"),
    "api_name": _words("Nom d'API", "API name"),
    "object": _words("Objet", "Object"),
    "custom_object": _words("Objet personnalisé", "Custom object"),
    "type": _words("Type"),
    "allowed_values": _words("Valeurs autorisées", "Allowed values"),
    "id": _words("Identifiant", "Id"),
}

ACTION_HEADERS: dict[str, Words] = {
    "number": _words("N°", "No.", "No"),
    "text": _words("Action"),
    "card": _words("Point de contact", "Touchpoint"),
    "owner": _words("Responsable", "Owner"),
    "priority": _words("Priorité", "Priority"),
    "impact": _words("Impact"),
    "effort": _words("Effort"),
    "status": _words("Statut", "Status"),
    "due": _words("Échéance", "Due"),
    "card_id": _words("Identifiant du point de contact", "Touchpoint id"),
    "id": _words("Identifiant", "Id"),
}

RATINGS: dict[str, Rating] = {
    **dict.fromkeys(_words("Enchantement", "Delight", "delight"), Rating.DELIGHT),
    **dict.fromkeys(_words("Irritant", "irritant"), Rating.IRRITANT),
    **dict.fromkeys(
        _words("Point de rupture", "Breaking point", "breaking_point", "Rupture"),
        Rating.BREAKING_POINT,
    ),
    **dict.fromkeys(_words("", "Non évalué", "Non évaluée", "Not rated", "none"), Rating.NONE),
}
RATING_SIGNS: dict[str, Rating] = {
    "+": Rating.DELIGHT,
    "-": Rating.IRRITANT,
    "\u2212": Rating.IRRITANT,
    "\u2013": Rating.IRRITANT,
    "!!": Rating.BREAKING_POINT,
}

YES = _words("Oui", "Yes", "O", "Y", "X", "Vrai", "True", "1")
NO = _words("Non", "No", "N", "Faux", "False", "0", "")

LEVELS: dict[str, Level] = {
    **dict.fromkeys(_words("Basse", "Faible", "Low"), Level.LOW),
    **dict.fromkeys(_words("Moyenne", "Moyen", "Medium"), Level.MEDIUM),
    **dict.fromkeys(_words("Haute", "Fort", "Forte", "Élevé", "Élevée", "High"), Level.HIGH),
}
STATUSES: dict[str, ActionStatus] = {
    **dict.fromkeys(_words("À faire", "To do", "todo"), ActionStatus.TODO),
    **dict.fromkeys(_words("En cours", "In progress", "in_progress"), ActionStatus.IN_PROGRESS),
    **dict.fromkeys(_words("Fait", "Terminé", "Terminée", "Done"), ActionStatus.DONE),
    **dict.fromkeys(_words("Abandonnée", "Abandonné", "Dropped"), ActionStatus.DROPPED),
}

FORECASTS: dict[str, ForecastCategory] = {
    **{
        word: category
        for category, labels in FORECAST_CATEGORIES.items()
        for word in _words(*labels, category.value, category.name)
    },
    # Words earlier workbooks wrote, and other common French ones.
    **dict.fromkeys(_words("Omise", "Exclu", "Exclue"), ForecastCategory.OMITTED),
    **dict.fromkeys(_words("Très probable", "Le plus probable"), ForecastCategory.MOST_LIKELY),
    **dict.fromkeys(_words("Validée", "Engagement", "Engagé"), ForecastCategory.FORECAST),
    **dict.fromkeys(_words("Fermée", "Clôturé", "Clôturée"), ForecastCategory.CLOSED),
}
"""A forecast category by its French or English label, its API value or its name."""

FRENCH_HEADERS = _words("Point de contact", "Étape", "Canal", "Identifiant", "Évaluation")
"""Headers that say the workbook is in French."""
