"""The domain: a workshop, its journeys and cards, and the closed set of edits that change it.

Plain Python, importable without Qt and without a database.
"""

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

__all__ = [
    "Action",
    "ActionStatus",
    "Card",
    "CardLink",
    "Cell",
    "Channel",
    "ChannelKind",
    "CrmField",
    "CrmFieldType",
    "CrmLink",
    "CrmObject",
    "ForecastCategory",
    "Journey",
    "JourneyKind",
    "Kpi",
    "Level",
    "Persona",
    "Pipeline",
    "PipelineStage",
    "Rating",
    "Snapshot",
    "Stage",
    "UnknownEntity",
    "Workshop",
    "new_id",
]
