"""Names a CRM accepts: shortened predictably, unique, and every change reported."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from journey_studio.exporters.crm.names import Names, developer_name, shorten, slug

DEVELOPER_NAME = re.compile(r"[A-Za-z](?:[A-Za-z0-9]|_(?!_))*(?<!_)")


@given(st.text(), st.integers(min_value=8, max_value=300))
def test_shorten_fits_the_limit_and_is_stable(text, limit):
    short = shorten(text, limit)

    assert len(short) <= limit
    assert short == shorten(text, limit)
    if len(text) <= limit:
        assert short == text
    else:
        assert re.fullmatch(r"(?s).*~[0-9a-f]{6}", short)


def test_two_long_names_that_start_alike_stay_apart():
    first = "Proposition commerciale envoyée au décideur principal"
    second = "Proposition commerciale envoyée au décideur financier"

    assert shorten(first, 40) != shorten(second, 40)
    assert shorten(first, 40).startswith("Proposition commerciale envoyée")


@given(st.text(), st.integers(min_value=8, max_value=80), st.booleans())
def test_developer_names_are_valid_identifiers(text, limit, lower):
    name = developer_name(text, limit, lower=lower)

    assert DEVELOPER_NAME.fullmatch(name), name
    assert len(name) <= limit
    assert name.isascii()
    if lower:
        assert name == name.lower()


def test_developer_names_drop_accents_and_symbols():
    assert developer_name("Réussite → client") == "Reussite_client"
    assert developer_name("2025 plan") == "X_2025_plan"
    assert developer_name("§§§") == "X"
    assert slug("Négociation & <Co>") == "negociation-co"


def test_names_are_unique_in_their_scope_and_changes_are_reported():
    names = Names("en", "HubSpot", "what_stage_label", 12)

    assert names.claim("Demo") == "Demo"
    assert names.claim("demo") == "demo 2"
    long = names.claim("Verbal agreement")
    assert len(long) == 12

    assert names.warnings == [
        "HubSpot: the stage label “demo” is already taken; it becomes “demo 2”.",
        f"HubSpot: the stage label “Verbal agreement” is longer than 12 characters; "
        f"it becomes “{long}”.",
    ]


def test_a_reserved_name_is_never_handed_out():
    names = Names("fr", "HubSpot", "what_property_name", 100, make=developer_name, separator="_")
    names.reserve("amount")

    assert names.claim("amount") == "amount_2"
    assert names.warnings == [
        "HubSpot : le nom interne «\u00a0amount\u00a0» est déjà pris ; il devient "
        "«\u00a0amount_2\u00a0»."
    ]
