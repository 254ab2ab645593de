"""The domain: a workshop, its journeys and cards, and the closed set of edits that change it.

Plain Python, importable without Qt and without a database.
"""

from typing import TYPE_CHECKING

from journey_studio.lazy_names import lazy_names

if TYPE_CHECKING:
    from journey_studio.model.vocabulary import (
        ActionStatus,
        ChannelKind,
        CrmFieldType,
        CrmObject,
        ForecastCategory,
        JourneyKind,
        Level,
        Rating,
        new_id,
    )
    from journey_studio.model.workshop import (
        Action,
        Card,
        CardLink,
        Cell,
        Channel,
        CrmField,
        CrmLink,
        Journey,
        Kpi,
        Persona,
        Pipeline,
        PipelineStage,
        Snapshot,
        Stage,
        UnknownEntity,
        Workshop,
    )

__getattr__, __dir__, __all__ = lazy_names(
    __name__,
    {
        "vocabulary": (
            "ActionStatus",
            "ChannelKind",
            "CrmFieldType",
            "CrmObject",
            "ForecastCategory",
            "JourneyKind",
            "Level",
            "Rating",
            "new_id",
        ),
        "workshop": (
            "Action",
            "Card",
            "CardLink",
            "Cell",
            "Channel",
            "CrmField",
            "CrmLink",
            "Journey",
            "Kpi",
            "Persona",
            "Pipeline",
            "PipelineStage",
            "Snapshot",
            "Stage",
            "UnknownEntity",
            "Workshop",
        ),
    },
)
