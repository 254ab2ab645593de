"""The chapters of the deliverable, in the order a client reads them.

Legend; the journeys' maps; moments of truth and breaking points; the personas; stages and
CRM; pipelines; the action plan; and, as an appendix, every touchpoint in full (the maps cut
long texts with an ellipsis, as the canvas does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journey_studio.exporters.pdf.actions import action_plan_chapter
from journey_studio.exporters.pdf.chapter import Chapter, PlacedMap
from journey_studio.exporters.pdf.crm_tables import pipelines_chapter, stages_chapter
from journey_studio.exporters.pdf.inventory import inventory_chapter
from journey_studio.exporters.pdf.legend import legend_chapter
from journey_studio.exporters.pdf.map_pages import map_content, print_map
from journey_studio.exporters.pdf.moments import moments_chapter
from journey_studio.exporters.pdf.pages import Bookmark
from journey_studio.exporters.pdf.personas import persona_chapter
from journey_studio.exporters.pdf.text import one_line

if TYPE_CHECKING:
    from journey_studio.exporters.pdf.scope import Scope


def plan_chapters(scope: Scope) -> list[Chapter]:
    """Every chapter, planned (nothing drawn yet)."""
    chapters = [
        Chapter(legend_chapter(scope)),
        maps_chapter(scope),
        Chapter(moments_chapter(scope)),
        persona_chapter(scope),
        Chapter(stages_chapter(scope)),
        Chapter(pipelines_chapter(scope)),
        Chapter(action_plan_chapter(scope)),
        Chapter(inventory_chapter(scope)),
    ]
    return [chapter for chapter in chapters if chapter.pages]


def journey_subtitle(scope: Scope, kind_text: str, segment: str) -> str:
    """The corner's second line: the kind of journey, its segment, the persona shown."""
    parts = [kind_text]
    if segment.strip():
        parts.append(one_line(segment))
    if scope.persona is not None:
        parts.append(one_line(scope.persona.name))
    return " · ".join(parts)


def maps_chapter(scope: Scope) -> Chapter:
    """One map per journey (tiled when it must be)."""
    wording = scope.wording
    chapter = Chapter([])
    for index, journey in enumerate(scope.journeys):
        name = one_line(journey.name)
        content = map_content(
            scope,
            scope.view(journey),
            name,
            journey_subtitle(scope, wording.journey_kind(journey.kind), journey.segment),
        )
        section = f"{wording('map')} — {name}"
        printed = print_map(scope, content, section, Bookmark(name, 1))
        if index == 0:
            printed.pages[0].bookmarks.insert(0, Bookmark(wording("maps"), 0))
        persona = one_line(scope.persona.name) if scope.persona is not None else None
        chapter.maps.append(PlacedMap(name, persona, len(chapter.pages), printed))
        chapter.pages += printed.pages
    return chapter
