"""The deliverable's words, in the workshop's language (French or English).

The PDF is written for the client, in the language the workshop was run in
(``Workshop.language``); anything but English gets French, the method's own language.
Numbers, percentages and dates follow the same language: ``30 %`` and ``15 octobre 2026``
in French, ``30%`` and ``15 October 2026`` in English.
"""

from __future__ import annotations

import datetime as dt

from journey_studio.crm_words import forecast_category
from journey_studio.model.vocabulary import (
    ActionStatus,
    ForecastCategory,
    JourneyKind,
    Level,
    Rating,
)

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
MINUS = "\u2212"

_FR: dict[str, str] = {
    "contents": "Sommaire",
    "legend": "Légende",
    "maps": "Cartes des parcours",
    "map": "Carte",
    "assembly": "Assemblage de la carte",
    "moments": "Moments de vérité et points de rupture",
    "personas": "Personas",
    "stages": "Étapes et CRM",
    "pipelines": "Pipelines",
    "actions": "Plan d'actions",
    "inventory": "Inventaire des points de contact",
    "page_of": "Page {page} sur {total}",
    "continued": "(suite)",
    "client": "Client",
    "date": "Date de l'atelier",
    "facilitator": "Animation",
    "journeys": "Parcours",
    "made_with": "Livrable réalisé avec Journey Studio",
    "filtered_to": "Vue filtrée sur le persona : {persona}",
    "current": "Parcours actuel",
    "target": "Parcours cible",
    "stage": "Étape",
    "channel": "Canal",
    "touchpoint": "Point de contact",
    "rating": "Évaluation",
    "emotion": "Émotion",
    "emotion_mean": "Moyenne par étape",
    "crm": "CRM",
    "crm_subtitle": "Statut du cycle de vie\nÉtapes du pipeline",
    "more": "+{n} de plus",
    "moment_of_truth": "Moment de vérité",
    "crm_fields": "Champs CRM",
    "definition": "Définition",
    "entry_criteria": "Critères d'entrée",
    "exit_criteria": "Critères de sortie",
    "lifecycle_status": "Statut du cycle de vie",
    "kpis": "Indicateurs (KPI)",
    "phase": "Phase / équipe",
    "pipeline_stage": "Étape du pipeline",
    "journey_stage": "Étape du parcours",
    "probability": "Probabilité",
    "outcome": "Issue",
    "open": "Ouverte",
    "won": "Gagnée",
    "lost": "Perdue",
    "forecast": "Catégorie de prévision",
    "stale_after": "Alerte d'inactivité",
    "days": "{n} jours",
    "signals": "Champs signal",
    "team": "Équipe",
    "priority": "Priorité",
    "action": "Action",
    "actions_decided": "Actions décidées",
    "owner": "Responsable",
    "impact": "Impact",
    "effort": "Effort",
    "status": "Statut",
    "due": "Échéance",
    "linked_touchpoint": "Point de contact concerné",
    "role": "Rôle",
    "description": "Profil",
    "goals": "Objectifs",
    "frustrations": "Frustrations",
    "preferred_channels": "Canaux préférés",
    "budget": "Budget",
    "details": "Budget et contexte",
    "persona_path": "Parcours de {persona}",
    "persona_path_note": (
        "La carte filtrée de ce persona est trop grande pour cette page : ses points de "
        "contact sont listés dans l'ordre du parcours, avec sa courbe d'émotion."
    ),
    "emotion_curve": "Courbe d'émotion",
    "no_moments": "Aucun moment de vérité ni point de rupture n'a été identifié sur ce parcours.",
    "no_actions": "Aucune action n'a encore été décidée.",
    "no_pipelines": "Aucun pipeline n'est encore défini.",
    "no_stages": "Aucune étape n'est encore définie.",
    "no_cards": "Aucun point de contact sur ce parcours.",
    "no_persona_cards": "Ce persona n'est lié à aucun point de contact de ce parcours.",
    "tile": "Page {label} de la carte",
    "tiles_summary": "La carte est imprimée sur {count} pages ({columns} × {rows}) pour que "
    "ses textes restent lisibles (au moins {points} pt).",
    "tiles_howto": "Imprimez à 100 % (sans ajustement à la page). Coupez chaque page le long "
    "de ses repères de coupe, puis posez-la sur sa voisine de gauche ou du dessus, son bord "
    "sur la ligne pointillée bleue. Assemblez de gauche à droite, puis de haut en bas.",
    "overlap_here": "{label} se pose ici",
    "legend_ratings": "Évaluations",
    "legend_markers": "Repères des cartes",
    "legend_phases": "Phases et équipes",
    "legend_lanes": "Couloirs sous la carte",
    "legend_channels": "Canaux",
    "legend_personas": "Personas",
    "delight_meaning": "Le client est enchanté : à préserver et à faire savoir.",
    "irritant_meaning": "Le client est agacé, mais poursuit son parcours.",
    "breaking_point_meaning": "Le client risque d'abandonner : à traiter en priorité.",
    "none_meaning": "Le groupe n'a pas évalué ce point de contact.",
    "moment_of_truth_meaning": "Un des rares points de contact qui font ou défont le parcours "
    "(cadre violet et drapeau).",
    "crm_meaning": "Le point de contact alimente des champs du CRM (leur nombre).",
    "persona_meaning": "Les personas concernés, par leurs initiales ; « +1 » s'il y en a plus.",
    "handoff": "Passage de relais",
    "handoff_meaning": "Une autre équipe prend le client en charge (ligne pointillée).",
    "emotion_lane_meaning": "L'émotion moyenne des points de contact de chaque étape, "
    "de −2 (très négative) à +2 (très positive).",
    "crm_lane_meaning": "Le statut du cycle de vie de chaque étape et les étapes de pipeline "
    "qui lui sont rattachées, avec leur probabilité de gain.",
    "converted_status": "Statut qui marque la conversion : {status}",
    "summary": "En chiffres",
    "yes": "oui",
    "none": "—",
    "persona_pages": "Fiche persona",
}

_EN: dict[str, str] = {
    "contents": "Contents",
    "legend": "Legend",
    "maps": "Journey maps",
    "map": "Map",
    "assembly": "Assembling the map",
    "moments": "Moments of truth and breaking points",
    "personas": "Personas",
    "stages": "Stages and CRM",
    "pipelines": "Pipelines",
    "actions": "Action plan",
    "inventory": "Touchpoint inventory",
    "page_of": "Page {page} of {total}",
    "continued": "(continued)",
    "client": "Client",
    "date": "Workshop date",
    "facilitator": "Facilitator",
    "journeys": "Journeys",
    "made_with": "Deliverable made with Journey Studio",
    "filtered_to": "Filtered to the persona: {persona}",
    "current": "Current journey",
    "target": "Target journey",
    "stage": "Stage",
    "channel": "Channel",
    "touchpoint": "Touchpoint",
    "rating": "Rating",
    "emotion": "Emotion",
    "emotion_mean": "Mean per stage",
    "crm": "CRM",
    "crm_subtitle": "Lifecycle status\nPipeline stages",
    "more": "+{n} more",
    "moment_of_truth": "Moment of truth",
    "crm_fields": "CRM fields",
    "definition": "Definition",
    "entry_criteria": "Entry criteria",
    "exit_criteria": "Exit criteria",
    "lifecycle_status": "Lifecycle status",
    "kpis": "KPIs",
    "phase": "Phase / team",
    "pipeline_stage": "Pipeline stage",
    "journey_stage": "Journey stage",
    "probability": "Probability",
    "outcome": "Outcome",
    "open": "Open",
    "won": "Won",
    "lost": "Lost",
    "forecast": "Forecast category",
    "stale_after": "Stale alert",
    "days": "{n} days",
    "signals": "Signal fields",
    "team": "Team",
    "priority": "Priority",
    "action": "Action",
    "actions_decided": "Actions decided",
    "owner": "Owner",
    "impact": "Impact",
    "effort": "Effort",
    "status": "Status",
    "due": "Due",
    "linked_touchpoint": "Touchpoint concerned",
    "role": "Role",
    "description": "Profile",
    "goals": "Goals",
    "frustrations": "Frustrations",
    "preferred_channels": "Preferred channels",
    "budget": "Budget",
    "details": "Budget and context",
    "persona_path": "{persona}'s path",
    "persona_path_note": (
        "This persona's filtered map is too large for this page: their touchpoints are "
        "listed in journey order, with their emotion curve."
    ),
    "emotion_curve": "Emotion curve",
    "no_moments": "No moment of truth or breaking point was identified on this journey.",
    "no_actions": "No action has been decided yet.",
    "no_pipelines": "No pipeline is defined yet.",
    "no_stages": "No stage is defined yet.",
    "no_cards": "No touchpoint on this journey.",
    "no_persona_cards": "This persona is linked to no touchpoint of this journey.",
    "tile": "Page {label} of the map",
    "tiles_summary": "The map is printed on {count} pages ({columns} × {rows}) so that its "
    "text stays readable (at least {points} pt).",
    "tiles_howto": "Print at 100% (no fit to page). Cut each page along its crop marks, then "
    "lay it on its left or upper neighbour, its edge on the dotted blue line. Assemble from "
    "left to right, then from top to bottom.",
    "overlap_here": "{label} goes here",
    "legend_ratings": "Ratings",
    "legend_markers": "Markers on the maps",
    "legend_phases": "Phases and teams",
    "legend_lanes": "Lanes under the map",
    "legend_channels": "Channels",
    "legend_personas": "Personas",
    "delight_meaning": "The customer is delighted: keep it and make it known.",
    "irritant_meaning": "The customer is annoyed, but carries on.",
    "breaking_point_meaning": "The customer may give up: deal with it first.",
    "none_meaning": "The group did not rate this touchpoint.",
    "moment_of_truth_meaning": "One of the few touchpoints that make or break the journey "
    "(violet frame and flag).",
    "crm_meaning": "The touchpoint feeds fields of the CRM (how many).",
    "persona_meaning": "The personas concerned, by their initials; “+1” when there are more.",
    "handoff": "Handoff",
    "handoff_meaning": "Another team takes charge of the customer (dashed line).",
    "emotion_lane_meaning": "The mean emotion of each stage's touchpoints, from −2 (very "
    "negative) to +2 (very positive).",
    "crm_lane_meaning": "Each stage's lifecycle status and the pipeline stages tied to it, "
    "with their win probability.",
    "converted_status": "Status that marks conversion: {status}",
    "summary": "At a glance",
    "yes": "yes",
    "none": "—",
    "persona_pages": "Persona profile",
}

_RATINGS = {
    "fr": {
        Rating.DELIGHT: "Enchantement",
        Rating.IRRITANT: "Irritant",
        Rating.BREAKING_POINT: "Point de rupture",
        Rating.NONE: "Non évalué",
    },
    "en": {
        Rating.DELIGHT: "Delight",
        Rating.IRRITANT: "Irritant",
        Rating.BREAKING_POINT: "Breaking point",
        Rating.NONE: "Not rated",
    },
}
_LEVELS = {
    "fr": {Level.HIGH: "Haute", Level.MEDIUM: "Moyenne", Level.LOW: "Basse"},
    "en": {Level.HIGH: "High", Level.MEDIUM: "Medium", Level.LOW: "Low"},
}
_STATUSES = {
    "fr": {
        ActionStatus.TODO: "À faire",
        ActionStatus.IN_PROGRESS: "En cours",
        ActionStatus.DONE: "Terminée",
        ActionStatus.DROPPED: "Abandonnée",
    },
    "en": {
        ActionStatus.TODO: "To do",
        ActionStatus.IN_PROGRESS: "In progress",
        ActionStatus.DONE: "Done",
        ActionStatus.DROPPED: "Dropped",
    },
}
_PLURALS = {
    "fr": {
        "cards": ("{n} point de contact", "{n} points de contact"),
        "delights": ("{n} enchantement", "{n} enchantements"),
        "irritants": ("{n} irritant", "{n} irritants"),
        "breaking_points": ("{n} point de rupture", "{n} points de rupture"),
        "moments": ("{n} moment de vérité", "{n} moments de vérité"),
        "personas": ("{n} persona", "{n} personas"),
        "actions": ("{n} action", "{n} actions"),
    },
    "en": {
        "cards": ("{n} touchpoint", "{n} touchpoints"),
        "delights": ("{n} delight", "{n} delights"),
        "irritants": ("{n} irritant", "{n} irritants"),
        "breaking_points": ("{n} breaking point", "{n} breaking points"),
        "moments": ("{n} moment of truth", "{n} moments of truth"),
        "personas": ("{n} persona", "{n} personas"),
        "actions": ("{n} action", "{n} actions"),
    },
}
_MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
WORDS = {"fr": _FR, "en": _EN}


class Wording:
    """The words and formats of one language: ``wording("page_of", page=2, total=9)``."""

    def __init__(self, language: str) -> None:
        self.language = "en" if language.strip().casefold().startswith("en") else "fr"
        self._words = WORDS[self.language]

    def __call__(self, key: str, **values: object) -> str:
        text = self._words[key]
        return text.format(**values) if values else text

    def count(self, key: str, n: int) -> str:
        """``3 irritants``; French takes the singular for 0 and 1, English for 1 only."""
        singular, plural = _PLURALS[self.language][key]
        one = n <= 1 if self.language == "fr" else n == 1
        return (singular if one else plural).format(n=self.number(n))

    def labelled(self, label: str, value: str) -> str:
        """``Budget : 40 k€`` in French (a space before the colon), ``Budget: 40k`` in
        English."""
        return f"{label} : {value}" if self.language == "fr" else f"{label}: {value}"

    def rating(self, rating: Rating) -> str:
        return _RATINGS[self.language][rating]

    def level(self, level: Level) -> str:
        return _LEVELS[self.language][level]

    def status(self, status: ActionStatus) -> str:
        return _STATUSES[self.language][status]

    def forecast(self, category: ForecastCategory) -> str:
        return forecast_category(category, self.language)

    def journey_kind(self, kind: JourneyKind) -> str:
        return self("target") if kind is JourneyKind.TARGET else self("current")

    def number(self, value: float, decimals: int = 0) -> str:
        """``1 234,5`` in French (narrow no-break space, comma), ``1,234.5`` in English."""
        text = f"{value:,.{decimals}f}"
        if self.language == "fr":
            text = text.replace(",", NARROW_NBSP).replace(".", ",")
        return text

    def percent(self, value: float) -> str:
        """``30 %`` in French, ``30%`` in English (as the canvas's CRM lane)."""
        number = self.number(value, 0 if float(value).is_integer() else 1)
        return f"{number}{NARROW_NBSP}%" if self.language == "fr" else f"{number}%"

    def emotion(self, value: float) -> str:
        """A signed mean emotion with one decimal: ``+1,5``, ``−0,3``, ``0,0``."""
        rounded = round(float(value), 1)
        sign = "+" if rounded > 0 else MINUS if rounded < 0 else ""
        return sign + self.number(abs(rounded), 1)

    def quantity(self, value: float, unit: str) -> str:
        """A KPI target and its unit: ``25 %``, ``30 jours``, ``4,5 /5``."""
        if float(value).is_integer():
            number = self.number(value)
        else:
            number = self.number(value, 2).rstrip("0")
        unit = unit.strip()
        if not unit:
            return number
        if unit == "%":
            return self.percent(value)
        return f"{number}{NBSP if self.language == 'fr' else ' '}{unit}"

    def date(self, iso: str | None) -> str:
        """``15 octobre 2026`` / ``15 October 2026``; text that is not an ISO date as it is."""
        if not iso:
            return ""
        try:
            day = dt.date.fromisoformat(iso.strip()[:10])
        except ValueError:
            return iso
        month = _MONTHS[self.language][day.month - 1]
        first = "1er" if self.language == "fr" and day.day == 1 else str(day.day)
        return f"{first} {month} {day.year}"
