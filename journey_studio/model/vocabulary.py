"""The closed vocabularies of the method: ratings, kinds of channel, CRM objects, ..."""

from __future__ import annotations

from enum import Enum

EMOTION_MIN = -2
EMOTION_MAX = 2


def new_id() -> str:
    """A fresh stable identifier; it survives saving, copying and exporting."""
    import uuid  # on first use: the window paints before any card is made

    return str(uuid.uuid4())


class Rating(Enum):
    """How the group rated a touchpoint."""

    NONE = "none"
    DELIGHT = "delight"
    IRRITANT = "irritant"
    BREAKING_POINT = "breaking_point"


class JourneyKind(Enum):
    CURRENT = "current"
    TARGET = "target"


class ChannelKind(Enum):
    DIGITAL = "digital"
    PHYSICAL = "physical"
    HUMAN = "human"


class CrmObject(Enum):
    LEAD = "lead"
    CONTACT = "contact"
    ACCOUNT = "account"
    OPPORTUNITY = "opportunity"
    TICKET = "ticket"
    CUSTOM = "custom"


class CrmFieldType(Enum):
    TEXT = "text"
    NUMBER = "number"
    CURRENCY = "currency"
    PERCENT = "percent"
    DATE = "date"
    CHECKBOX = "checkbox"
    PICKLIST = "picklist"
    MULTI_PICKLIST = "multi_picklist"
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"


class ForecastCategory(Enum):
    """Salesforce's forecast categories, which the other CRMs map onto."""

    OMITTED = "Omitted"
    PIPELINE = "Pipeline"
    BEST_CASE = "BestCase"
    MOST_LIKELY = "MostLikely"
    FORECAST = "Forecast"
    CLOSED = "Closed"


class Level(Enum):
    """Priority, impact and effort of an action."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ActionStatus(Enum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"
