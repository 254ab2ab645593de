"""The tables of a workshop, in portable SQLAlchemy Core (SQLite file or PostgreSQL).

Every ordered thing has a ``position``; list-like attributes (KPIs, goals, allowed values)
are JSON columns. Foreign keys cascade so that a parent's row never outlives its children.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 1
"""Bump with a migration in :mod:`journey_studio.storage.migrations`."""

metadata = MetaData()

ID = String(36)


def _id() -> Column[str]:
    return Column("id", ID, primary_key=True)


def _owner(table: str, on_delete: str = "CASCADE") -> ForeignKey:
    return ForeignKey(f"{table}.id", ondelete=on_delete)


workshop_table = Table(
    "workshop",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    Column("client", Text, nullable=False, default=""),
    Column("facilitator", Text, nullable=False, default=""),
    Column("workshop_date", String(10)),
    Column("language", String(8), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("converted_status", Text, nullable=False, default=""),
)

stage_table = Table(
    "stage",
    metadata,
    _id(),
    Column("workshop_id", ID, _owner("workshop"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("definition", Text, nullable=False),
    Column("entry_criteria", Text, nullable=False),
    Column("exit_criteria", Text, nullable=False),
    Column("lifecycle_status", Text, nullable=False),
    Column("kpis", JSON, nullable=False),
    Column("phase", Text, nullable=False),
    Column("colour", String(7), nullable=False),
)

channel_table = Table(
    "channel",
    metadata,
    _id(),
    Column("workshop_id", ID, _owner("workshop"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("icon", Text, nullable=False),
)

persona_table = Table(
    "persona",
    metadata,
    _id(),
    Column("workshop_id", ID, _owner("workshop"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("description", Text, nullable=False),
    Column("goals", JSON, nullable=False),
    Column("frustrations", JSON, nullable=False),
    Column("preferred_channel_ids", JSON, nullable=False),
    Column("budget", Text, nullable=False),
    Column("colour", String(7), nullable=False),
    Column("attributes", JSON, nullable=False),
)

crm_field_table = Table(
    "crm_field",
    metadata,
    _id(),
    Column("workshop_id", ID, _owner("workshop"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("label", Text, nullable=False),
    Column("api_name", Text, nullable=False),
    Column("object", String(16), nullable=False),
    Column("custom_object", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("allowed_values", JSON, nullable=False),
)

pipeline_table = Table(
    "pipeline",
    metadata,
    _id(),
    Column("workshop_id", ID, _owner("workshop"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("team", Text, nullable=False),
    Column("colour", String(7), nullable=False),
)

pipeline_stage_table = Table(
    "pipeline_stage",
    metadata,
    _id(),
    Column("pipeline_id", ID, _owner("pipeline"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("probability", Integer),
    Column("closed", Boolean, nullable=False),
    Column("won", Boolean, nullable=False),
    Column("forecast_category", String(16), nullable=False),
    Column("stale_after_days", Integer),
    Column("entry_criteria", Text, nullable=False),
    Column("exit_criteria", Text, nullable=False),
    Column("stage_id", ID, _owner("stage", on_delete="SET NULL")),
    Column("signal_fields", JSON, nullable=False),
)

journey_table = Table(
    "journey",
    metadata,
    _id(),
    Column("workshop_id", ID, _owner("workshop"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("segment", Text, nullable=False),
)

card_table = Table(
    "card",
    metadata,
    _id(),
    Column("journey_id", ID, _owner("journey"), nullable=False),
    Column("stage_id", ID, _owner("stage"), nullable=False),
    Column("channel_id", ID, _owner("channel"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("rating", String(16), nullable=False),
    Column("emotion", Integer),
    Column("moment_of_truth", Boolean, nullable=False),
    Column("notes", Text, nullable=False),
    Column("owner_team", Text, nullable=False),
    Index("card_by_journey", "journey_id"),
)

card_persona_table = Table(
    "card_persona",
    metadata,
    Column("card_id", ID, _owner("card"), primary_key=True),
    Column("persona_id", ID, _owner("persona"), primary_key=True, index=True),
    Column("position", Integer, nullable=False),
)

card_crm_field_table = Table(
    "card_crm_field",
    metadata,
    Column("card_id", ID, _owner("card"), primary_key=True),
    Column("field_id", ID, _owner("crm_field"), primary_key=True, index=True),
    Column("position", Integer, nullable=False),
    Column("value", Text, nullable=False),
)

card_link_table = Table(
    "card_link",
    metadata,
    _id(),
    Column("journey_id", ID, _owner("journey"), nullable=False, index=True),
    Column("from_card_id", ID, _owner("card"), nullable=False),
    Column("to_card_id", ID, _owner("card"), nullable=False),
    Column("label", Text, nullable=False),
)

action_table = Table(
    "action",
    metadata,
    _id(),
    Column("workshop_id", ID, _owner("workshop"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("card_id", ID, _owner("card", on_delete="SET NULL")),
    Column("owner", Text, nullable=False),
    Column("priority", String(8), nullable=False),
    Column("impact", String(8), nullable=False),
    Column("effort", String(8), nullable=False),
    Column("status", String(16), nullable=False),
    Column("due", String(10)),
)

snapshot_table = Table(
    "snapshot",
    metadata,
    _id(),
    Column("workshop_id", ID, _owner("workshop"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("taken_at", String(32), nullable=False),
    Column("content", JSON, nullable=False),
)
