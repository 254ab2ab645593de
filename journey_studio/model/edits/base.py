"""What every edit is: an object that applies itself and returns its inverse and what changed.

Undo/redo, persistence and the canvas all hang on this one seam: the undo stack keeps the
inverse, storage writes the rows named in :class:`Changes`, the scene redraws those items.
"""

from __future__ import annotations

import copy
import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop


class Kind(Enum):
    """The kinds of thing an edit can change; storage has one table (or row group) each."""

    WORKSHOP = "workshop"
    STAGE = "stage"
    CHANNEL = "channel"
    PERSONA = "persona"
    CRM_FIELD = "crm_field"
    PIPELINE = "pipeline"
    PIPELINE_STAGE = "pipeline_stage"
    JOURNEY = "journey"
    CARD = "card"
    CARD_LINK = "card_link"
    ACTION = "action"
    SNAPSHOT = "snapshot"


Ref = tuple[Kind, str]


@dataclass(frozen=True, slots=True)
class Changes:
    """The entities an edit wrote (``upserted``) or took away (``deleted``), by kind and id."""

    upserted: frozenset[Ref] = frozenset()
    deleted: frozenset[Ref] = frozenset()

    @staticmethod
    def of(upserted: Iterable[Ref] = (), deleted: Iterable[Ref] = ()) -> Changes:
        return Changes(frozenset(upserted), frozenset(deleted))

    def then(self, later: Changes) -> Changes:
        """The net changes of this edit followed by ``later``."""
        return Changes(
            (self.upserted - later.deleted) | later.upserted,
            (self.deleted - later.upserted) | later.deleted,
        )

    def ids(self, kind: Kind) -> tuple[set[str], set[str]]:
        """The (upserted, deleted) ids of one kind."""
        return (
            {i for k, i in self.upserted if k is kind},
            {i for k, i in self.deleted if k is kind},
        )

    def __bool__(self) -> bool:
        return bool(self.upserted or self.deleted)


@dataclass(frozen=True, slots=True)
class Applied:
    """The outcome of applying an edit: the edit that undoes it, and what changed."""

    inverse: Edit
    changes: Changes


class EditError(ValueError):
    """An edit that cannot apply to this workshop; the workshop is left as it was."""


class Edit(ABC):
    """One change to a workshop. Subclasses are small frozen dataclasses."""

    title: ClassVar[str] = "Edit"
    """A readable name for the undo history (translated by the editor)."""

    @abstractmethod
    def apply(self, workshop: Workshop) -> Applied:
        """Change the workshop; raise EditError, changing nothing, if the edit cannot apply."""

    @property
    def name(self) -> str:
        return self.title


@dataclass(frozen=True)
class Compound(Edit):
    """Several edits as one step; its inverse undoes them in reverse order."""

    edits: tuple[Edit, ...]
    label: str = "Edit"

    @property
    def name(self) -> str:
        return self.label

    def apply(self, workshop: Workshop) -> Applied:
        inverses: list[Edit] = []
        changes = Changes()
        try:
            for edit in self.edits:
                applied = edit.apply(workshop)
                inverses.append(applied.inverse)
                changes = changes.then(applied.changes)
        except Exception:
            for inverse in reversed(inverses):
                inverse.apply(workshop)
            raise
        return Applied(Compound(tuple(reversed(inverses)), self.label), changes)


class _Identified(Protocol):
    id: str


Entity = TypeVar("Entity", bound=_Identified)


def check_index(index: object, *, optional: bool = False) -> None:
    """Raise EditError unless ``index`` is a whole number (or None when ``optional``)."""
    if index is None and optional:
        return
    if isinstance(index, bool) or not isinstance(index, int):
        raise EditError(f"Expected a position (a whole number), got {index!r}.")


def insert_into(items: list[Entity], entity: Entity, index: int | None, kind: Kind) -> Changes:
    """Insert into an ordered list; the entity and every one whose position moved change."""
    check_index(index, optional=True)
    if any(item.id == entity.id for item in items):
        raise EditError(f"There is already a {kind.value} with id {entity.id!r}.")
    position = len(items) if index is None else max(0, min(index, len(items)))
    items.insert(position, entity)
    return Changes.of((kind, item.id) for item in items[position:])


def take_from(items: list[Entity], entity_id: str, kind: Kind) -> tuple[Entity, int, Changes]:
    """Take an entity out of an ordered list: (entity, its position, changes)."""
    for position, item in enumerate(items):
        if item.id == entity_id:
            del items[position]
            changes = Changes.of(
                upserted=((kind, later.id) for later in items[position:]),
                deleted=[(kind, entity_id)],
            )
            return item, position, changes
    raise EditError(f"There is no {kind.value} {entity_id!r}.")


def move_within(items: list[Entity], entity_id: str, index: int, kind: Kind) -> tuple[int, Changes]:
    """Move an entity to ``index`` in its list: (its old position, changes)."""
    check_index(index)
    for position, item in enumerate(items):
        if item.id == entity_id:
            del items[position]
            target = max(0, min(index, len(items)))
            items.insert(target, item)
            low, high = min(position, target), max(position, target)
            return position, Changes.of((kind, moved.id) for moved in items[low : high + 1])
    raise EditError(f"There is no {kind.value} {entity_id!r}.")


Validator = Callable[["Workshop", Any], Any]
"""Checks a value for a field (raising EditError) and returns the value to store."""


def text(_workshop: Workshop, value: Any) -> str:
    if not isinstance(value, str):
        raise EditError(f"Expected text, got {value!r}.")
    return value


def name_text(_workshop: Workshop, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise EditError("A name cannot be empty.")
    return value


def flag(_workshop: Workshop, value: Any) -> bool:
    if not isinstance(value, bool):
        raise EditError(f"Expected true or false, got {value!r}.")
    return value


def optional_date(_workshop: Workshop, value: Any) -> str | None:
    if value is None:
        return None
    import datetime

    if not isinstance(value, str):
        raise EditError(f"Expected a date (YYYY-MM-DD), got {value!r}.")
    try:
        datetime.date.fromisoformat(value)
    except ValueError as error:
        raise EditError(f"Expected a date (YYYY-MM-DD), got {value!r}.") from error
    return value


def colour(_workshop: Workshop, value: Any) -> str:
    if (
        not isinstance(value, str)
        or len(value) != 7
        or value[0] != "#"
        or any(c not in "0123456789abcdefABCDEF" for c in value[1:])
    ):
        raise EditError(f"Expected a colour such as #4C72B0, got {value!r}.")
    # Kept as written (QColor.name() writes lower case): an undo must restore it exactly.
    return value


def texts(_workshop: Workshop, value: Any) -> list[str]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise EditError(f"Expected a list of texts, got {value!r}.")
    return list(value)


def one_of(enum: type[Enum]) -> Validator:
    def check(_workshop: Workshop, value: Any) -> Enum:
        if not isinstance(value, enum):
            raise EditError(f"Expected one of {[m.value for m in enum]}, got {value!r}.")
        return value

    return check


def whole_number(low: int | None = None, high: int | None = None, *, optional: bool) -> Validator:
    def check(_workshop: Workshop, value: Any) -> int | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise EditError(f"Expected a whole number, got {value!r}.")
        if (low is not None and value < low) or (high is not None and value > high):
            raise EditError(f"{value} is out of range ({low} to {high}).")
        return value

    return check


class UpdateFields(Edit):
    """Base of the edits that set plain attributes of one entity (name, rating, ...).

    A subclass is a frozen dataclass with the entity's id and a ``values`` mapping; it names
    the kind, the fields that may be set (each with its validator) and how to find the entity.
    """

    kind: ClassVar[Kind]
    fields: ClassVar[Mapping[str, Validator]]
    values: Mapping[str, Any]

    @property
    @abstractmethod
    def entity_id(self) -> str:
        """The id of the entity this edit changes."""

    @abstractmethod
    def target(self, workshop: Workshop) -> Any:
        """The entity to change (raises UnknownEntity when it does not exist)."""

    def apply(self, workshop: Workshop) -> Applied:
        entity = self.target(workshop)
        checked: dict[str, Any] = {}
        for field_name, value in self.values.items():
            validator = self.fields.get(field_name)
            if validator is None:
                raise EditError(f"The {field_name!r} of a {self.kind.value} cannot be set here.")
            checked[field_name] = validator(workshop, copy.deepcopy(value))
        old = {name: copy.deepcopy(getattr(entity, name)) for name in checked}
        for field_name, value in checked.items():
            setattr(entity, field_name, value)
        inverse = dataclasses.replace(self, values=old)  # type: ignore[type-var]
        return Applied(inverse, Changes.of([(self.kind, self.entity_id)]))
