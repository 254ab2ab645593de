"""The graphics items of the map: cards, arrows, headers and lanes. Each paints itself from values
given to it (no model lookups in ``paint``) and caches its bounding rect."""

from typing import TYPE_CHECKING

from journey_studio.lazy_names import lazy_names

if TYPE_CHECKING:
    from journey_studio.gui.canvas.items.arrow import Arrow, ArrowPart, arrow_line, edge_point
    from journey_studio.gui.canvas.items.card_item import (
        TEXT_SIZE,
        CardFace,
        CardItem,
        PersonaChip,
        initials,
    )
    from journey_studio.gui.canvas.items.feedback import (
        DropIndicatorItem,
        LinkPreviewItem,
        RubberBandItem,
        point_rect,
    )
    from journey_studio.gui.canvas.items.headers import (
        HEADER_TEXT_SIZE,
        ChannelHeaderItem,
        CornerItem,
        HandoffItem,
        PhaseBandItem,
        StageHeaderItem,
    )
    from journey_studio.gui.canvas.items.inline_editor import InlineTextEditor, Suggest
    from journey_studio.gui.canvas.items.lanes import (
        CrmLaneItem,
        EmotionLaneItem,
        PersonaCurve,
        stage_crm,
        stage_emotion,
        stage_emotions,
    )
    from journey_studio.gui.canvas.items.link_item import CardLinkItem
    from journey_studio.gui.canvas.items.link_layer import LinkLayer

__getattr__, __dir__, __all__ = lazy_names(
    __name__,
    {
        "card_item": (
            "CardFace",
            "CardItem",
            "PersonaChip",
            "TEXT_SIZE",
            "initials",
        ),
        "feedback": (
            "DropIndicatorItem",
            "LinkPreviewItem",
            "RubberBandItem",
            "point_rect",
        ),
        "headers": (
            "ChannelHeaderItem",
            "CornerItem",
            "HEADER_TEXT_SIZE",
            "HandoffItem",
            "PhaseBandItem",
            "StageHeaderItem",
        ),
        "inline_editor": (
            "InlineTextEditor",
            "Suggest",
        ),
        "lanes": (
            "CrmLaneItem",
            "EmotionLaneItem",
            "PersonaCurve",
            "stage_crm",
            "stage_emotion",
            "stage_emotions",
        ),
        "arrow": (
            "Arrow",
            "ArrowPart",
            "arrow_line",
            "edge_point",
        ),
        "link_item": ("CardLinkItem",),
        "link_layer": ("LinkLayer",),
    },
)
