"""The built-in workshop templates and the sample workshop, loaded ready to edit.

A template is a workshop document in the ``journey-studio/1`` format, packaged as
``resources/templates/NAME.LANGUAGE.json`` (``b2b-lifecycle.fr.json``), with readable ids
("stage-discovery", "pipeline-sales") and one extra top-level key that the workshop format
ignores and this module reads::

    "template": {"name": "b2b-lifecycle", "title": "Cycle de vie B2B", "description": "..."}

Every load gives every entity a new UUID (keeping every reference), so two workshops made
from the same template never share an id. Qt-free: the CLI, the GUI and the tests use it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from journey_studio import assets
from journey_studio.model.serialization import (
    InvalidWorkshopData,
    with_fresh_ids,
    workshop_from_dict,
)

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

TEMPLATE_FOLDER = "templates"
TEMPLATE_NAMES: tuple[str, ...] = ("b2b-lifecycle", "saas-funnel", "simple")
"""The built-in templates, each packaged in every language of :data:`LANGUAGES`."""
DEFAULT_TEMPLATE = "b2b-lifecycle"
LANGUAGES: tuple[str, ...] = ("fr", "en")
SAMPLE_RESOURCE: tuple[str, str] = ("samples", "editeur-logiciel-b2b.fr.json")
"""Where the sample workshop is packaged, as parts for :mod:`journey_studio.assets`."""

_FILE_NAME = re.compile(r"(?P<name>[a-z0-9][a-z0-9-]*)\.(?P<language>[a-z]{2})\.json")


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """What a consultant sees when choosing a template."""

    name: str
    """The template's name, as given to ``journey-studio new --template NAME``."""
    language: str
    title: str
    description: str
    """One sentence for the consultant."""


class UnknownTemplate(LookupError):
    """No built-in template has this name in this language; the message lists them."""

    def __init__(self, name: str, language: str, available: list[TemplateInfo]) -> None:
        languages: dict[str, list[str]] = {}
        for info in available:
            languages.setdefault(info.name, []).append(info.language)
        choices = ", ".join(
            f"{template} ({', '.join(sorted(langs))})"
            for template, langs in sorted(languages.items())
        )
        super().__init__(
            f"There is no template {name!r} in language {language!r}; "
            f"the templates are: {choices or 'none (the installation is incomplete)'}."
        )
        self.name = name
        self.language = language
        self.available = available


def list_templates(language: str | None = None) -> list[TemplateInfo]:
    """The built-in templates, sorted by name then language; only one language if given."""
    found = []
    for file_name in assets.resource_names(TEMPLATE_FOLDER):
        match = _FILE_NAME.fullmatch(file_name)
        if match is None or (language is not None and match["language"] != language):
            continue
        found.append(_template_info(file_name, _read_document(TEMPLATE_FOLDER, file_name)))
    return sorted(found, key=lambda info: (info.name, info.language))


def workshop_from_template(name: str, language: str = "fr") -> Workshop:
    """A new workshop made from a built-in template, with fresh ids.

    Raises :class:`UnknownTemplate` if there is no such template in that language, and
    :class:`~journey_studio.model.serialization.InvalidWorkshopData` if its file is broken.
    """
    name = name.strip().casefold()
    language = language.strip().casefold()
    file_name = f"{name}.{language}.json"
    if _FILE_NAME.fullmatch(file_name) is None or not assets.resource_exists(
        TEMPLATE_FOLDER, file_name
    ):
        raise UnknownTemplate(name, language, list_templates())
    data = _read_document(TEMPLATE_FOLDER, file_name)
    _template_info(file_name, data)
    return _fresh_workshop(data, file_name)


def sample_workshop() -> Workshop:
    """The sample workshop (a B2B software publisher, in French), with fresh ids.

    Raises :class:`~journey_studio.assets.MissingResource` (a ``LookupError``) if it is not
    packaged.
    """
    return _fresh_workshop(_read_document(*SAMPLE_RESOURCE), SAMPLE_RESOURCE[-1])


def _read_document(*parts: str) -> dict[str, Any]:
    text = assets.resource_text(*parts)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidWorkshopData(
            f"The built-in file {parts[-1]!r} is not valid JSON ({error})."
        ) from error
    if not isinstance(data, dict):
        raise InvalidWorkshopData(f"The built-in file {parts[-1]!r} is not a workshop document.")
    return data


def _template_info(file_name: str, data: dict[str, Any]) -> TemplateInfo:
    """The template header of a document, checked against its file name."""
    match = _FILE_NAME.fullmatch(file_name)
    header = data.get("template")
    fields = ("name", "title", "description")
    if (
        match is None
        or not isinstance(header, dict)
        or not all(isinstance(header.get(key), str) for key in fields)
    ):
        raise InvalidWorkshopData(
            f"The template file {file_name!r} has no 'template' header with a name, "
            "a title and a description."
        )
    if header["name"] != match["name"] or data.get("language") != match["language"]:
        raise InvalidWorkshopData(
            f"The template file {file_name!r} says it is {header['name']!r} in "
            f"{data.get('language')!r}, which does not match its file name."
        )
    return TemplateInfo(
        name=header["name"],
        language=match["language"],
        title=header["title"],
        description=header["description"],
    )


def _fresh_workshop(data: dict[str, Any], file_name: str) -> Workshop:
    try:
        return workshop_from_dict(with_fresh_ids(data))
    except InvalidWorkshopData as error:
        raise InvalidWorkshopData(f"The built-in file {file_name!r} is broken: {error}") from error
