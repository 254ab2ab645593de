"""The sentences the CRM exports say to a consultant or an admin, in French and English.

One table, one key per sentence, ``str.format`` fields for the names. Names are quoted the
way each language quotes (« » in French, “ ” in English) by :func:`quoted`. The workshop's
language picks the table; any other language falls back to English.
"""

from __future__ import annotations

LANGUAGES = ("fr", "en")

_MESSAGES: dict[str, dict[str, str]] = {
    # --- what `check` says about the plan ---------------------------------------------
    "converted_missing": {
        "fr": "Aucun statut du cycle de vie n'est marqué comme « converti ».",
        "en": "No lifecycle status is marked as converted.",
    },
    "converted_inferred": {
        "fr": "Aucun statut du cycle de vie n'est marqué comme « converti » : les exports "
        "prennent {status}, le statut de l'étape où commence le pipeline {pipeline}.",
        "en": "No lifecycle status is marked as converted: the exports take {status}, "
        "the status of the stage where the {pipeline} pipeline starts.",
    },
    "converted_unknown": {
        "fr": "Le statut converti {status} n'est aucun des statuts du cycle de vie.",
        "en": "The converted status {status} is not one of the lifecycle statuses.",
    },
    "status_unused": {
        "fr": "Le statut du cycle de vie {status} n'est utilisé par aucune étape.",
        "en": "The lifecycle status {status} is used by no stage.",
    },
    "pipeline_empty": {
        "fr": "Le pipeline {pipeline} n'a aucune étape.",
        "en": "The {pipeline} pipeline has no stages.",
    },
    "pipeline_no_won": {
        "fr": "Le pipeline {pipeline} n'a aucune étape fermée et gagnée.",
        "en": "The {pipeline} pipeline has no closed won stage.",
    },
    "pipeline_no_lost": {
        "fr": "Le pipeline {pipeline} n'a aucune étape fermée et perdue.",
        "en": "The {pipeline} pipeline has no closed lost stage.",
    },
    "probability_down": {
        "fr": "Dans le pipeline {pipeline}, la probabilité de gain baisse de {before} % "
        "({first}) à {after} % ({second}).",
        "en": "In the {pipeline} pipeline, the win probability goes down from {before}% "
        "({first}) to {after}% ({second}).",
    },
    "probability_missing": {
        "fr": "Dans le pipeline {pipeline}, l'étape {stage} n'a pas de probabilité de gain "
        "alors que d'autres étapes en ont une.",
        "en": "In the {pipeline} pipeline, the stage {stage} has no win probability while "
        "other stages have one.",
    },
    "stage_no_criteria": {
        "fr": "Dans le pipeline {pipeline}, l'étape {stage} n'a ni critère d'entrée ni critère "
        "de sortie (qui change l'étape, quand, sur quelle base).",
        "en": "In the {pipeline} pipeline, the stage {stage} has neither entry nor exit "
        "criteria (who changes the stage, when, on what basis).",
    },
    "stage_no_entry": {
        "fr": "Dans le pipeline {pipeline}, l'étape {stage} n'a pas de critère d'entrée.",
        "en": "In the {pipeline} pipeline, the stage {stage} has no entry criteria.",
    },
    "stage_no_exit": {
        "fr": "Dans le pipeline {pipeline}, l'étape {stage} n'a pas de critère de sortie.",
        "en": "In the {pipeline} pipeline, the stage {stage} has no exit criteria.",
    },
    "stage_duplicate": {
        "fr": "Le pipeline {pipeline} a plusieurs étapes nommées {stage}.",
        "en": "The {pipeline} pipeline has several stages named {stage}.",
    },
    "won_forecast": {
        "fr": "Dans le pipeline {pipeline}, l'étape {stage} est gagnée : sa catégorie de "
        "prévision devrait être Closed, pas {category}.",
        "en": "In the {pipeline} pipeline, the stage {stage} is won, so its forecast category "
        "should be Closed, not {category}.",
    },
    "lost_forecast": {
        "fr": "Dans le pipeline {pipeline}, l'étape {stage} est fermée et perdue : sa "
        "catégorie de prévision devrait être Omitted, pas {category}.",
        "en": "In the {pipeline} pipeline, the stage {stage} is closed and lost, so its "
        "forecast category should be Omitted, not {category}.",
    },
    "won_probability": {
        "fr": "Dans le pipeline {pipeline}, l'étape gagnée {stage} a une probabilité de "
        "{probability} % au lieu de 100 %.",
        "en": "In the {pipeline} pipeline, the won stage {stage} has a probability of "
        "{probability}% instead of 100%.",
    },
    "lost_probability": {
        "fr": "Dans le pipeline {pipeline}, l'étape perdue {stage} a une probabilité de "
        "{probability} % au lieu de 0 %.",
        "en": "In the {pipeline} pipeline, the lost stage {stage} has a probability of "
        "{probability}% instead of 0%.",
    },
    # --- what an export says about what it had to change -------------------------------
    "shortened": {
        "fr": "{crm} : {what} {original} dépasse {limit} caractères ; il devient {short}.",
        "en": "{crm}: {what} {original} is longer than {limit} characters; it becomes {short}.",
    },
    "guidance_cut": {
        "fr": "{crm} : les critères de l'étape {stage} dépassent les {limit} caractères des "
        "conseils d'un chemin ; ils sont coupés.",
        "en": "{crm}: the criteria of the stage {stage} are longer than the {limit} characters "
        "of a path's guidance; they are cut.",
    },
    "renamed": {
        "fr": "{crm} : {what} {original} est déjà pris ; il devient {renamed}.",
        "en": "{crm}: {what} {original} is already taken; it becomes {renamed}.",
    },
    "probability_assumed": {
        "fr": "{crm} : l'étape {stage} du pipeline {pipeline} n'a pas de probabilité ; "
        "l'export met {probability} %.",
        "en": "{crm}: the stage {stage} of the {pipeline} pipeline has no probability; "
        "the export uses {probability}%.",
    },
    "probability_rounded": {
        "fr": "{crm} : la probabilité de {probability} % de l'étape {stage} (pipeline "
        "{pipeline}) est arrondie à {rounded}.",
        "en": "{crm}: the {probability}% probability of the stage {stage} ({pipeline} "
        "pipeline) is rounded to {rounded}.",
    },
    "forecast_fixed": {
        "fr": "{crm} : l'étape {stage} du pipeline {pipeline} prend la catégorie de "
        "prévision {category}, la seule que {crm} accepte pour elle.",
        "en": "{crm}: the stage {stage} of the {pipeline} pipeline gets the forecast "
        "category {category}, the only one {crm} accepts for it.",
    },
    "closed_not_exported": {
        "fr": "{crm} : les étapes fermées {stages} du pipeline {pipeline} ne deviennent pas "
        "des étapes ; {crm} marque une affaire gagnée ou perdue avec ses propres boutons.",
        "en": "{crm}: the closed stages {stages} of the {pipeline} pipeline do not become "
        "stages; {crm} marks a deal won or lost with its own buttons.",
    },
    "pipeline_without_stages": {
        "fr": "{crm} : le pipeline {pipeline} n'a aucune étape ouverte à créer.",
        "en": "{crm}: the {pipeline} pipeline has no open stage to create.",
    },
    "stage_conflict": {
        "fr": "{crm} : l'étape {stage} existe dans plusieurs pipelines avec des réglages "
        "différents ; celle du pipeline {pipeline} devient {renamed}.",
        "en": "{crm}: the stage {stage} exists in several pipelines with different settings; "
        "the one of the {pipeline} pipeline becomes {renamed}.",
    },
    "key_field_elsewhere": {
        "fr": "{crm} : le champ {field} de l'étape {stage} est sur l'objet {object}, pas sur "
        "{entity} ; il n'est pas un champ clé du chemin.",
        "en": "{crm}: the field {field} of the stage {stage} is on the {object} object, not "
        "on {entity}; it is not a key field of the path.",
    },
    "key_fields_capped": {
        "fr": "{crm} : l'étape {stage} a {count} champs clés ; un chemin en montre au plus "
        "{limit}, les premiers sont gardés.",
        "en": "{crm}: the stage {stage} has {count} key fields; a path shows at most {limit}, "
        "the first ones are kept.",
    },
    "field_skipped": {
        "fr": "{crm} : le champ {field} est sur un objet personnalisé sans nom d'API ; "
        "il n'est pas exporté.",
        "en": "{crm}: the field {field} is on a custom object with no API name; "
        "it is not exported.",
    },
    "field_renamed": {
        "fr": "{crm} : le nom d'API {original} n'est pas valide ; le champ devient {renamed}.",
        "en": "{crm}: the API name {original} is not valid; the field becomes {renamed}.",
    },
    "no_converted_status": {
        "fr": "{crm} : aucun statut n'est « converti » ; {crm} en exige un pour convertir "
        "les leads, le dernier statut exporté, {status}, le devient.",
        "en": "{crm}: no status is converted; {crm} needs one to convert leads, so the last "
        "exported status, {status}, becomes it.",
    },
    # --- the words the messages above put together --------------------------------------
    "what_stage_value": {"fr": "la valeur d'étape", "en": "the stage value"},
    "what_lead_status": {"fr": "le statut de lead", "en": "the lead status"},
    "what_api_name": {"fr": "le nom d'API", "en": "the API name"},
    "what_label": {"fr": "le libellé", "en": "the label"},
    "what_stage_label": {"fr": "le libellé d'étape", "en": "the stage label"},
    "what_property_name": {"fr": "le nom interne", "en": "the internal name"},
    "what_option": {"fr": "la valeur d'option", "en": "the option value"},
    "what_external_id": {"fr": "l'identifiant externe", "en": "the external id"},
    "entry_criteria": {"fr": "Critères d'entrée", "en": "Entry criteria"},
    "exit_criteria": {"fr": "Critères de sortie", "en": "Exit criteria"},
    "lead_process": {"fr": "Cycle de vie des leads", "en": "Lead lifecycle"},
    "unnamed_stage": {"fr": "Étape {number}", "en": "Stage {number}"},
    "unnamed_pipeline": {"fr": "Pipeline {number}", "en": "Pipeline {number}"},
    "unnamed_status": {"fr": "Statut {number}", "en": "Status {number}"},
    "converted_marker": {"fr": "converti", "en": "converted"},
    "yes": {"fr": "Oui", "en": "Yes"},
    "no": {"fr": "Non", "en": "No"},
    "none": {"fr": "aucun", "en": "none"},
}


def language_of(language: str) -> str:
    """The table to use for a workshop language: French, or English for anything else."""
    return language if language in LANGUAGES else "en"


def message(language: str, key: str, **names: object) -> str:
    """The sentence ``key`` in this language, its fields filled in."""
    return _MESSAGES[key][language_of(language)].format(**names)


def quoted(language: str, text: str) -> str:
    """A name quoted as the language quotes: « Gagnée » or “Won”."""
    if language_of(language) == "fr":
        return f"«\u00a0{text}\u00a0»"
    return f"“{text}”"


def quoted_list(language: str, texts: list[str]) -> str:
    """Several quoted names, separated by commas."""
    return ", ".join(quoted(language, text) for text in texts)


def colon(language: str) -> str:
    """A colon before what follows, as the language writes it: "Ventes\u00a0: ", "Sales: "."""
    return "\u00a0: " if language_of(language) == "fr" else ": "


def keys() -> list[str]:
    """Every key of the table (tests check that each has both languages)."""
    return sorted(_MESSAGES)


def has_both_languages(key: str) -> bool:
    return set(_MESSAGES[key]) == set(LANGUAGES)
