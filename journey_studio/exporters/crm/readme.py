"""The short README each export carries for the CRM admin, in the workshop's language.

The texts are packaged resources, ``resources/crm/readme/TARGET.LANGUAGE.md``, with
``$name`` placeholders (:class:`string.Template`) that the exporter fills with Markdown it
made with :func:`md` and :func:`bullets`, so a stage called ``*Top* <deal>`` shows as
written instead of turning into emphasis or HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from string import Template

from journey_studio import assets
from journey_studio.exporters.crm.messages import language_of

_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")


def md(text: str) -> str:
    """Text shown as written in Markdown: special characters escaped, on one line."""
    return _MARKDOWN.sub(r"\\\1", " ".join(text.split()))


def bullets(items: Iterable[str], *, nested: bool = False) -> str:
    """A Markdown list of already escaped items; one dash item "—" when there are none.

    ``nested`` indents it under the item of an enclosing list.
    """
    indent = "  " if nested else ""
    lines = [f"{indent}- {item}" for item in items] or [f"{indent}- —"]
    return "\n".join(lines)


def code(text: str) -> str:
    """Text in a code span (file names, API names); backticks inside are dropped."""
    return "`" + " ".join(text.replace("`", "").split()) + "`"


def render_readme(target: str, language: str, **values: str) -> str:
    """The README of ``target`` ("salesforce", ...) in ``language``, placeholders filled."""
    template = assets.resource_text("crm", "readme", f"{target}.{language_of(language)}.md")
    return Template(template).substitute(values)
