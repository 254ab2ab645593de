"""What ``journey-studio check`` reports about a workshop.

Problems make the check fail: a broken rule of the model, a damaged file, a card not
written in the first person. Warnings (coverage gaps) and findings (moments of truth,
breaking points) are what a consultant reviews before handing the map over.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from journey_studio.model.invariants import broken_rules
from journey_studio.model.phrasing import is_first_person, suggest_rewrite
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from journey_studio.model.workshop import Card, Journey, Workshop

MESSAGES: dict[str, dict[str, str]] = {
    "phrasing": {
        "en": "“{text}” is not written in the first person (“I …”).",
        "fr": "« {text} » n'est pas écrit à la première personne (« Je … »).",
    },
    "empty-journey": {
        "en": "The journey has no card yet.",
        "fr": "Le parcours n'a encore aucune carte.",
    },
    "empty-stage": {
        "en": "No touchpoint in stage “{name}”.",
        "fr": "Aucun point de contact dans l'étape « {name} ».",
    },
    "unused-channel": {
        "en": "No touchpoint on channel “{name}”.",
        "fr": "Aucun point de contact sur le canal « {name} ».",
    },
    "criteria": {
        "en": "Stage “{name}” has no entry or exit criteria for the CRM.",
        "fr": "L'étape « {name} » n'a pas de critères d'entrée ou de sortie pour le CRM.",
    },
    "breaking-point": {
        "en": "Breaking point at {where}: “{text}”.",
        "fr": "Point de rupture en {where} : « {text} ».",
    },
    "moment-of-truth": {
        "en": "Moment of truth at {where}: “{text}”.",
        "fr": "Moment de vérité en {where} : « {text} ».",
    },
}


def message(code: str, language: str, **values: str) -> str:
    """A finding's sentence in the workshop's language (English when it has no other)."""
    texts = MESSAGES[code]
    return texts.get(language, texts["en"]).format(**values)


class Severity(Enum):
    PROBLEM = "problem"
    WARNING = "warning"
    FINDING = "finding"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: str
    journey: str = ""
    card_id: str = ""
    suggestion: str = ""


@dataclass
class Report:
    workshop: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.PROBLEM]

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, object]:
        return {
            "workshop": self.workshop,
            "ok": self.ok,
            "counts": {s.value: sum(1 for f in self.findings if f.severity is s) for s in Severity},
            "findings": [{**asdict(f), "severity": f.severity.value} for f in self.findings],
        }


def check_workshop(workshop: Workshop, file_problems: list[str] | None = None) -> Report:
    """Everything worth saying about a workshop, most serious first."""
    report = Report(workshop.name)
    for problem in file_problems or []:
        report.findings.append(Finding(Severity.PROBLEM, "file", problem))
    for rule in broken_rules(workshop):
        report.findings.append(Finding(Severity.PROBLEM, "integrity", rule))
    for journey in workshop.journeys:
        report.findings += _phrasing(workshop, journey)
    for journey in workshop.journeys:
        report.findings += _coverage(workshop, journey)
    for journey in workshop.journeys:
        report.findings += _highlights(workshop, journey)
    order = list(Severity)
    report.findings.sort(key=lambda f: order.index(f.severity))
    return report


def _phrasing(workshop: Workshop, journey: Journey) -> list[Finding]:
    findings = []
    for card in _cards_in_map_order(workshop, journey):
        if is_first_person(card.text, workshop.language):
            continue
        suggestion = suggest_rewrite(card.text, workshop.language)
        hint = suggestion.text if suggestion is not None else ""
        findings.append(
            Finding(
                Severity.PROBLEM,
                "phrasing",
                message("phrasing", workshop.language, text=card.text),
                journey.name,
                card.id,
                hint,
            )
        )
    return findings


def _coverage(workshop: Workshop, journey: Journey) -> list[Finding]:
    language = workshop.language
    if not journey.cards:
        text = message("empty-journey", language)
        return [Finding(Severity.WARNING, "empty-journey", text, journey.name)]
    used_stages = {card.stage_id for card in journey.cards.values()}
    used_channels = {card.channel_id for card in journey.cards.values()}
    findings = [
        Finding(
            Severity.WARNING,
            "empty-stage",
            message("empty-stage", language, name=s.name),
            journey.name,
        )
        for s in workshop.stages
        if s.id not in used_stages
    ]
    findings += [
        Finding(
            Severity.WARNING,
            "unused-channel",
            message("unused-channel", language, name=c.name),
            journey.name,
        )
        for c in workshop.channels
        if c.id not in used_channels
    ]
    for stage in workshop.stages:
        if not stage.entry_criteria.strip() or not stage.exit_criteria.strip():
            findings.append(
                Finding(
                    Severity.WARNING,
                    "criteria",
                    message("criteria", language, name=stage.name),
                    journey.name,
                )
            )
    return findings


def _highlights(workshop: Workshop, journey: Journey) -> list[Finding]:
    stage_names = {s.id: s.name for s in workshop.stages}
    channel_names = {c.id: c.name for c in workshop.channels}
    findings = []
    for card in _cards_in_map_order(workshop, journey):
        where = f"{stage_names[card.stage_id]} × {channel_names[card.channel_id]}"
        if card.rating is Rating.BREAKING_POINT:
            findings.append(
                Finding(
                    Severity.FINDING,
                    "breaking-point",
                    message("breaking-point", workshop.language, where=where, text=card.text),
                    journey.name,
                    card.id,
                )
            )
        elif card.moment_of_truth:
            findings.append(
                Finding(
                    Severity.FINDING,
                    "moment-of-truth",
                    message("moment-of-truth", workshop.language, where=where, text=card.text),
                    journey.name,
                    card.id,
                )
            )
    return findings


def _cards_in_map_order(workshop: Workshop, journey: Journey) -> list[Card]:
    cards: list[Card] = []
    for stage in workshop.stages:
        for channel in workshop.channels:
            cards += journey.cell_cards(stage.id, channel.id)
    return cards
