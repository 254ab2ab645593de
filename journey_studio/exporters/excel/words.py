"""The words of the workbook, in French and in English: sheet names, headers and values.

The importer (:mod:`journey_studio.importers.excel`) reads these same words back, in either
language; the round-trip tests keep the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass

from journey_studio.model.vocabulary import ActionStatus, Level, Rating

LANGUAGES = ("fr", "en")

FORMAT = "journey-studio-xlsx/1"
"""Written in the technical sheet, so the importer knows the workbook is ours."""


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a table sheet: its key, its headers and its width in characters."""

    key: str
    fr: str
    en: str
    width: float

    def header(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


SHEETS: dict[str, tuple[str, str]] = {
    "touchpoints": ("Points de contact", "Touchpoints"),
    "personas": ("Personas", "Personas"),
    "stages": ("Étapes et CRM", "Stages & CRM"),
    "pipelines": ("Pipelines", "Pipelines"),
    "crm_fields": ("Champs CRM", "CRM fields"),
    "actions": ("Plan d'actions", "Actions"),
    "legend": ("Légende", "Legend"),
    "data": ("Journey Studio", "Journey Studio"),
}
"""Sheet key -> (French name, English name), in the order of the workbook (after the maps)."""

TOUCHPOINT_COLUMNS = (
    Column("journey", "Parcours", "Journey", 18),
    Column("stage", "Étape", "Stage", 18),
    Column("channel", "Canal", "Channel", 16),
    Column("order", "Ordre", "Order", 8),
    Column("text", "Point de contact", "Touchpoint", 52),
    Column("rating", "Évaluation", "Rating", 16),
    Column("emotion", "Émotion", "Emotion", 10),
    Column("moment_of_truth", "Moment de vérité", "Moment of truth", 12),
    Column("personas", "Personas", "Personas", 40),
    Column("crm", "Champs CRM", "CRM fields", 30),
    Column("owner_team", "Équipe responsable", "Owner team", 16),
    Column("notes", "Notes", "Notes", 40),
    Column("id", "Identifiant", "Id", 38),
)

PERSONA_COLUMNS = (
    Column("name", "Nom", "Name", 26),
    Column("role", "Rôle", "Role", 24),
    Column("description", "Description", "Description", 50),
    Column("goals", "Objectifs", "Goals", 44),
    Column("frustrations", "Frustrations", "Frustrations", 44),
    Column("preferred_channels", "Canaux préférés", "Preferred channels", 20),
    Column("budget", "Budget", "Budget", 26),
    Column("attributes", "Attributs", "Attributes", 34),
    Column("colour", "Couleur", "Colour", 11),
    Column("id", "Identifiant", "Id", 38),
)

STAGE_COLUMNS = (
    Column("name", "Étape", "Stage", 22),
    Column("phase", "Phase", "Phase", 18),
    Column("definition", "Définition", "Definition", 40),
    Column("entry_criteria", "Critères d'entrée", "Entry criteria", 34),
    Column("exit_criteria", "Critères de sortie", "Exit criteria", 34),
    Column("lifecycle_status", "Statut du cycle de vie", "Lifecycle status", 18),
    Column("kpis", "Indicateurs (KPI)", "KPIs", 44),
    Column("colour", "Couleur", "Colour", 11),
    Column("id", "Identifiant", "Id", 38),
)

PIPELINE_COLUMNS = (
    Column("pipeline", "Pipeline", "Pipeline", 24),
    Column("team", "Équipe", "Team", 18),
    Column("colour", "Couleur", "Colour", 11),
    Column("name", "Étape du pipeline", "Pipeline stage", 26),
    Column("stage", "Étape du parcours", "Journey stage", 22),
    Column("probability", "Probabilité (%)", "Probability (%)", 12),
    Column("closed", "Fermée", "Closed", 9),
    Column("won", "Gagnée", "Won", 9),
    Column("forecast_category", "Catégorie de prévision", "Forecast category", 14),
    Column("stale_after_days", "Alerte après (jours)", "Stale after (days)", 12),
    Column("entry_criteria", "Critères d'entrée", "Entry criteria", 30),
    Column("exit_criteria", "Critères de sortie", "Exit criteria", 30),
    Column("signal_fields", "Champs déclencheurs", "Signal fields", 28),
    Column("pipeline_id", "Identifiant du pipeline", "Pipeline id", 38),
    Column("id", "Identifiant", "Id", 38),
)

CRM_FIELD_COLUMNS = (
    Column("label", "Libellé", "Label", 28),
    Column("api_name", "Nom d'API", "API name", 22),
    Column("object", "Objet", "Object", 14),
    Column("custom_object", "Objet personnalisé", "Custom object", 16),
    Column("type", "Type", "Type", 14),
    Column("allowed_values", "Valeurs autorisées", "Allowed values", 30),
    Column("id", "Identifiant", "Id", 38),
)

ACTION_COLUMNS = (
    Column("number", "N°", "No.", 6),
    Column("text", "Action", "Action", 56),
    Column("card", "Point de contact", "Touchpoint", 40),
    Column("owner", "Responsable", "Owner", 26),
    Column("priority", "Priorité", "Priority", 11),
    Column("impact", "Impact", "Impact", 10),
    Column("effort", "Effort", "Effort", 10),
    Column("status", "Statut", "Status", 13),
    Column("due", "Échéance", "Due", 12),
    Column("card_id", "Identifiant du point de contact", "Touchpoint id", 38),
    Column("id", "Identifiant", "Id", 38),
)

RATINGS: dict[Rating, tuple[str, str]] = {
    Rating.DELIGHT: ("Enchantement", "Delight"),
    Rating.IRRITANT: ("Irritant", "Irritant"),
    Rating.BREAKING_POINT: ("Point de rupture", "Breaking point"),
    Rating.NONE: ("", ""),
}
"""A rating as written in the Touchpoints sheet; an unrated card leaves the cell empty."""

RATING_MARKERS: dict[Rating, str] = {
    Rating.DELIGHT: "+",
    Rating.IRRITANT: "\u2212",
    Rating.BREAKING_POINT: "!!",
    Rating.NONE: "\u2022",
}
"""The sign before each touchpoint on a map sheet, so colour is never the only signal."""

MOMENT_OF_TRUTH_MARK = "\u2605"

YES_NO = {True: ("Oui", "Yes"), False: ("Non", "No")}

PRIORITIES: dict[Level, tuple[str, str]] = {
    Level.LOW: ("Basse", "Low"),
    Level.MEDIUM: ("Moyenne", "Medium"),
    Level.HIGH: ("Haute", "High"),
}
STRENGTHS: dict[Level, tuple[str, str]] = {
    Level.LOW: ("Faible", "Low"),
    Level.MEDIUM: ("Moyen", "Medium"),
    Level.HIGH: ("Fort", "High"),
}
"""Impact and effort."""

STATUSES: dict[ActionStatus, tuple[str, str]] = {
    ActionStatus.TODO: ("À faire", "To do"),
    ActionStatus.IN_PROGRESS: ("En cours", "In progress"),
    ActionStatus.DONE: ("Fait", "Done"),
    ActionStatus.DROPPED: ("Abandonnée", "Dropped"),
}

PHRASES: dict[str, tuple[str, str]] = {
    "corner": ("Canal \\ Étape", "Channel \\ Stage"),
    "map_title": ("{journey} \u2014 {workshop}", "{journey} \u2014 {workshop}"),
    "legend_title": ("Légende", "Legend"),
    "workshop": ("Atelier", "Workshop"),
    "client": ("Client", "Client"),
    "facilitator": ("Animation", "Facilitator"),
    "date": ("Date", "Date"),
    "ratings": ("Évaluations", "Ratings"),
    "delight_help": (
        "Un moment qui enchante le client",
        "A moment that delights the customer",
    ),
    "irritant_help": ("Une gêne, une perte de temps", "A nuisance, a waste of time"),
    "breaking_point_help": (
        "Le client risque d'abandonner le parcours",
        "The customer may leave the journey",
    ),
    "none_help": ("Pas encore évalué", "Not rated yet"),
    "not_rated": ("Non évalué", "Not rated"),
    "moment_of_truth": ("Moment de vérité", "Moment of truth"),
    "moment_of_truth_help": (
        "Moment de vérité : un instant décisif pour la relation",
        "Moment of truth: a decisive instant for the relationship",
    ),
    "emotion_help": (
        "Émotion : de \u22122 (très négative) à +2 (très positive)",
        "Emotion: from \u22122 (very negative) to +2 (very positive)",
    ),
    "phases": ("Phases et équipes", "Phases and teams"),
    "sheets": ("Feuilles", "Sheets"),
    "map_help": (
        "Une carte par parcours : les canaux en lignes, les étapes en colonnes.",
        "One map per journey: channels in rows, stages in columns.",
    ),
    "touchpoints_help": (
        "Un point de contact par ligne ; modifiez-la dans Excel puis réimportez le classeur "
        "dans Journey Studio (laissez l'identifiant vide pour un nouveau point de contact).",
        "One touchpoint per row; edit it in Excel, then import the workbook back into "
        "Journey Studio (leave the id empty for a new touchpoint).",
    ),
    "data_note": (
        "Données techniques de Journey Studio, pour la réimportation : ne pas modifier.",
        "Journey Studio's technical data, for importing back: do not edit.",
    ),
    "rating_prompt": (
        "Choisissez une évaluation, ou laissez vide.",
        "Choose a rating, or leave empty.",
    ),
    "emotion_prompt": ("Un nombre entier de \u22122 à +2.", "A whole number from \u22122 to +2."),
    "map_default": ("Carte", "Map"),
}


def word(pair: tuple[str, str], language: str) -> str:
    """The French or the English of a pair."""
    return pair[0] if language == "fr" else pair[1]


def phrase(key: str, language: str) -> str:
    return word(PHRASES[key], language)


def sheet_name(key: str, language: str) -> str:
    return word(SHEETS[key], language)
