"""What ``journey-studio check`` reports about a workshop.

Problems make the check fail: a broken rule of the model, a damaged file, a card not
written in the first person. Warnings (coverage gaps) and findings (moments of truth,
breaking points) are what a consultant reviews before handing the map over.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum

from journey_studio.model.invariants import broken_rules
from journey_studio.model.phrasing import is_first_person, suggest_rewrite
from journey_studio.model.vocabulary import Rating
from journey_studio.model.workshop import Card, Journey, Workshop


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
                f"“{card.text}” is not written in the first person (“I …”).",
                journey.name,
                card.id,
                hint,
            )
        )
    return findings


def _coverage(workshop: Workshop, journey: Journey) -> list[Finding]:
    if not journey.cards:
        return [
            Finding(Severity.WARNING, "empty-journey", "The journey has no card yet.", journey.name)
        ]
    used_stages = {card.stage_id for card in journey.cards.values()}
    used_channels = {card.channel_id for card in journey.cards.values()}
    findings = [
        Finding(
            Severity.WARNING, "empty-stage", f"No touchpoint in stage “{s.name}”.", journey.name
        )
        for s in workshop.stages
        if s.id not in used_stages
    ]
    findings += [
        Finding(
            Severity.WARNING,
            "unused-channel",
            f"No touchpoint on channel “{c.name}”.",
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
                    f"Stage “{stage.name}” has no entry or exit criteria for the CRM.",
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
                    f"Breaking point at {where}: “{card.text}”.",
                    journey.name,
                    card.id,
                )
            )
        elif card.moment_of_truth:
            findings.append(
                Finding(
                    Severity.FINDING,
                    "moment-of-truth",
                    f"Moment of truth at {where}: “{card.text}”.",
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
