"""The built-in templates and the sample workshop, read from the installed package."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from journey_studio import assets
from journey_studio.assets import MissingResource
from journey_studio.model.serialization import workshop_from_dict, workshop_to_dict
from journey_studio.model.vocabulary import ChannelKind, ForecastCategory, JourneyKind
from journey_studio.templates import (
    LANGUAGES,
    SAMPLE_RESOURCE,
    TEMPLATE_NAMES,
    TemplateInfo,
    UnknownTemplate,
    list_templates,
    sample_workshop,
    workshop_from_template,
)

if TYPE_CHECKING:
    from journey_studio.model.workshop import Pipeline, Workshop

ALL = [(name, language) for name in TEMPLATE_NAMES for language in LANGUAGES]
ALL_IDS = [f"{name}.{language}" for name, language in ALL]

DEFAULT_CHANNELS = {
    "fr": [
        "Site web",
        "E-mail",
        "Téléphone",
        "Réseaux sociaux",
        "Magasin / point de vente",
        "Portail client",
        "Application mobile",
    ],
    "en": [
        "Website",
        "Email",
        "Phone",
        "Social networks",
        "Store / point of sale",
        "Customer portal",
        "Mobile app",
    ],
}
CHANNEL_ICONS = [
    "channel-website",
    "channel-email",
    "channel-phone",
    "channel-social",
    "channel-store",
    "channel-portal",
    "channel-mobile-app",
]
LIFECYCLE_STATUSES = {
    "fr": ["Lead", "MQL", "SQL", "Opportunité", "Client", "Client actif", "Client à risque"],
    "en": [
        "Lead",
        "MQL",
        "SQL",
        "Opportunity",
        "Customer",
        "Active customer",
        "At-risk customer",
    ],
}
SALES_TEAM = {"fr": "Ventes", "en": "Sales"}
JOURNEY_NAMES = {
    "fr": {JourneyKind.TARGET: "Parcours cible", JourneyKind.CURRENT: "Parcours actuel"},
    "en": {JourneyKind.TARGET: "Target journey", JourneyKind.CURRENT: "Current journey"},
}
SALES_PROBABILITIES = [10, 30, 60, 80]


@pytest.fixture(scope="module")
def loaded() -> dict[tuple[str, str], Workshop]:
    return {key: workshop_from_template(*key) for key in ALL}


def all_ids(workshop: Workshop) -> Iterator[str]:
    yield workshop.id
    for group in (
        workshop.stages,
        workshop.channels,
        workshop.personas,
        workshop.crm_fields,
        workshop.pipelines,
        workshop.journeys,
    ):
        for entity in group:
            yield entity.id
    for pipeline in workshop.pipelines:
        for stage in pipeline.stages:
            yield stage.id


def french_texts(workshop: Workshop) -> list[str]:
    texts = [workshop.name]
    for stage in workshop.stages:
        texts += [stage.name, stage.definition, stage.entry_criteria, stage.exit_criteria]
        texts += [kpi.name for kpi in stage.kpis]
    for persona in workshop.personas:
        texts += [persona.role, persona.description, *persona.goals, *persona.frustrations]
    for pipeline in workshop.pipelines:
        for stage in pipeline.stages:
            texts += [stage.name, stage.entry_criteria, stage.exit_criteria]
    return texts


def sales_pipelines(workshop: Workshop) -> list[Pipeline]:
    return [p for p in workshop.pipelines if p.team == SALES_TEAM[workshop.language]]


# --- listing -------------------------------------------------------------------------------


def test_every_template_is_listed_in_both_languages() -> None:
    listed = list_templates()
    assert [(info.name, info.language) for info in listed] == sorted(ALL)
    for info in listed:
        assert isinstance(info, TemplateInfo)
        assert info.title.strip()
        assert info.description.strip().endswith(".")


@pytest.mark.parametrize("language", LANGUAGES)
def test_list_templates_in_one_language(language: str) -> None:
    listed = list_templates(language)
    assert [info.name for info in listed] == sorted(TEMPLATE_NAMES)
    assert {info.language for info in listed} == {language}


def test_titles_are_translated() -> None:
    titles = {(info.name, info.language): info.title for info in list_templates()}
    for name in TEMPLATE_NAMES:
        assert titles[name, "fr"] != titles[name, "en"]


def test_template_files_are_packaged() -> None:
    expected = sorted(f"{name}.{language}.json" for name, language in ALL)
    assert [n for n in assets.resource_names("templates") if n.endswith(".json")] == expected


# --- loading -------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "language"), ALL, ids=ALL_IDS)
def test_template_loads_with_its_language(
    loaded: dict[tuple[str, str], Workshop], name: str, language: str
) -> None:
    workshop = loaded[name, language]
    assert workshop.language == language
    expected = {"fr": "Atelier parcours cible", "en": "Target journey workshop"}[language]
    assert workshop.name == expected


@pytest.mark.parametrize(("name", "language"), ALL, ids=ALL_IDS)
def test_ids_are_fresh_uuids_and_differ_between_loads(name: str, language: str) -> None:
    first = list(all_ids(workshop_from_template(name, language)))
    second = list(all_ids(workshop_from_template(name, language)))
    for ids in (first, second):
        assert len(ids) == len(set(ids))
        for entity_id in ids:
            assert uuid.UUID(entity_id).version == 4
    assert not set(first) & set(second)


def test_template_name_and_language_are_forgiving() -> None:
    workshop = workshop_from_template("  Simple ", "EN")
    assert workshop.language == "en"


@pytest.mark.parametrize(("name", "language"), ALL, ids=ALL_IDS)
def test_round_trip_through_the_file_format(
    loaded: dict[tuple[str, str], Workshop], name: str, language: str
) -> None:
    workshop = loaded[name, language]
    data = workshop_to_dict(workshop)
    assert workshop_from_dict(json.loads(json.dumps(data))) == workshop


@pytest.mark.parametrize(
    ("name", "language"),
    [("no-such-template", "fr"), ("simple", "de"), ("../simple", "fr"), ("simple", "")],
)
def test_unknown_template_names_the_available_ones(name: str, language: str) -> None:
    with pytest.raises(UnknownTemplate) as caught:
        workshop_from_template(name, language)
    message = str(caught.value)
    assert isinstance(caught.value, LookupError)
    for template in TEMPLATE_NAMES:
        assert template in message
    assert "(en, fr)" in message
    assert [info.name for info in caught.value.available].count("simple") == len(LANGUAGES)


# --- references ----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "language"), ALL, ids=ALL_IDS)
def test_every_reference_resolves(
    loaded: dict[tuple[str, str], Workshop], name: str, language: str
) -> None:
    workshop = loaded[name, language]
    stage_ids = {stage.id for stage in workshop.stages}
    channel_ids = {channel.id for channel in workshop.channels}
    for pipeline in workshop.pipelines:
        for stage in pipeline.stages:
            assert stage.stage_id in stage_ids, (pipeline.name, stage.name)
    for persona in workshop.personas:
        assert persona.preferred_channel_ids
        assert set(persona.preferred_channel_ids) <= channel_ids, persona.name


# --- content -------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "language"), ALL, ids=ALL_IDS)
def test_default_channels(
    loaded: dict[tuple[str, str], Workshop], name: str, language: str
) -> None:
    channels = loaded[name, language].channels
    assert [c.name for c in channels] == DEFAULT_CHANNELS[language]
    assert [c.icon for c in channels] == CHANNEL_ICONS
    kinds = {c.icon: c.kind for c in channels}
    assert kinds["channel-phone"] is ChannelKind.HUMAN
    assert kinds["channel-store"] is ChannelKind.PHYSICAL
    assert kinds["channel-website"] is ChannelKind.DIGITAL


@pytest.mark.parametrize(("name", "language"), ALL, ids=ALL_IDS)
def test_personas_are_filled_in(
    loaded: dict[tuple[str, str], Workshop], name: str, language: str
) -> None:
    personas = loaded[name, language].personas
    assert len(personas) >= 2
    assert len({p.colour for p in personas}) == len(personas)
    for persona in personas:
        for text in (persona.name, persona.role, persona.description, persona.budget):
            assert text.strip(), persona.name
        assert persona.goals, persona.name
        assert persona.frustrations, persona.name


@pytest.mark.parametrize(("name", "language"), ALL, ids=ALL_IDS)
def test_every_stage_has_criteria_status_and_kpis(
    loaded: dict[tuple[str, str], Workshop], name: str, language: str
) -> None:
    workshop = loaded[name, language]
    for stage in workshop.stages:
        assert stage.definition.strip(), stage.name
        assert stage.entry_criteria.strip(), stage.name
        assert stage.exit_criteria.strip(), stage.name
        assert stage.lifecycle_status in LIFECYCLE_STATUSES[language], stage.name
        assert stage.phase.strip(), stage.name
        assert 1 <= len(stage.kpis) <= 3, stage.name
        for kpi in stage.kpis:
            assert kpi.name.strip()
            assert kpi.target is not None, kpi.name
            assert kpi.target > 0, kpi.name
            assert kpi.unit.strip(), kpi.name


@pytest.mark.parametrize(("name", "language"), ALL, ids=ALL_IDS)
def test_crm_fields(loaded: dict[tuple[str, str], Workshop], name: str, language: str) -> None:
    fields = {f.api_name: f for f in loaded[name, language].crm_fields}
    assert {"lifecyclestage", "Amount", "NPS__c"} <= set(fields)
    assert fields["lifecyclestage"].allowed_values == LIFECYCLE_STATUSES[language]
    for crm_field in fields.values():
        assert crm_field.label.strip()
        assert bool(crm_field.allowed_values) == (crm_field.type.value == "picklist")


@pytest.mark.parametrize(("name", "language"), ALL, ids=ALL_IDS)
def test_one_empty_target_and_one_empty_current_journey(
    loaded: dict[tuple[str, str], Workshop], name: str, language: str
) -> None:
    workshop = loaded[name, language]
    assert sorted(j.kind.value for j in workshop.journeys) == ["current", "target"]
    for journey in workshop.journeys:
        assert journey.name == JOURNEY_NAMES[language][journey.kind]
        assert not journey.cards
        assert not journey.links
    assert not workshop.actions
    assert not workshop.snapshots


@pytest.mark.parametrize(("name", "language"), ALL, ids=ALL_IDS)
def test_pipelines_probabilities_and_closing_stages(
    loaded: dict[tuple[str, str], Workshop], name: str, language: str
) -> None:
    workshop = loaded[name, language]
    assert workshop.pipelines
    for pipeline in workshop.pipelines:
        open_stages = [s for s in pipeline.stages if not s.closed]
        closed_stages = [s for s in pipeline.stages if s.closed]
        assert open_stages, pipeline.name
        assert closed_stages, pipeline.name
        assert sum(s.won for s in closed_stages) == 1, pipeline.name
        assert not any(s.won for s in open_stages)
        probabilities = [s.probability for s in open_stages if s.probability is not None]
        assert probabilities == sorted(probabilities), pipeline.name
        for stage in pipeline.stages:
            assert stage.entry_criteria.strip(), stage.name
            assert stage.exit_criteria.strip(), stage.name
            if stage.closed:
                assert stage.stale_after_days is None, stage.name
                assert stage.forecast_category is (
                    ForecastCategory.CLOSED if stage.won else ForecastCategory.OMITTED
                )
            else:
                assert stage.stale_after_days is not None, stage.name
                assert stage.stale_after_days > 0, stage.name


@pytest.mark.parametrize(("name", "language"), ALL, ids=ALL_IDS)
def test_sales_pipeline_follows_the_method(
    loaded: dict[tuple[str, str], Workshop], name: str, language: str
) -> None:
    (sales,) = sales_pipelines(loaded[name, language])
    open_stages = [s for s in sales.stages if not s.closed]
    assert [s.probability for s in open_stages] == SALES_PROBABILITIES
    won = [s for s in sales.stages if s.won]
    lost = [s for s in sales.stages if s.closed and not s.won]
    assert [s.probability for s in won] == [100]
    assert [s.probability for s in lost] == [0]
    assert open_stages[0].forecast_category is ForecastCategory.PIPELINE


def test_b2b_lifecycle_has_the_four_team_pipelines(
    loaded: dict[tuple[str, str], Workshop],
) -> None:
    for language in LANGUAGES:
        workshop = loaded["b2b-lifecycle", language]
        assert len(workshop.stages) == 5
        assert len(workshop.pipelines) == 4
        assert len({p.team for p in workshop.pipelines}) == 4
        assert {s.phase for s in workshop.stages} == {p.team for p in workshop.pipelines}


def test_saas_funnel_uses_every_lifecycle_status(
    loaded: dict[tuple[str, str], Workshop],
) -> None:
    for language in LANGUAGES:
        workshop = loaded["saas-funnel", language]
        assert len(workshop.stages) == 6
        used = {s.lifecycle_status for s in workshop.stages}
        used |= {s.name for p in workshop.pipelines for s in p.stages}
        assert set(LIFECYCLE_STATUSES[language]) <= used
        teams = {p.team for p in workshop.pipelines}
        assert SALES_TEAM[language] in teams
        assert "Customer Success" in teams


def test_simple_has_the_five_stages_and_one_pipeline(
    loaded: dict[tuple[str, str], Workshop],
) -> None:
    workshop = loaded["simple", "fr"]
    assert [s.name for s in workshop.stages] == [
        "Contact",
        "Qualification",
        "Prospection",
        "Achat",
        "Après-vente",
    ]
    assert len(workshop.pipelines) == 1
    assert len(loaded["simple", "en"].pipelines) == 1


def test_each_team_has_one_colour_everywhere(loaded: dict[tuple[str, str], Workshop]) -> None:
    for language in LANGUAGES:
        colours: dict[str, set[str]] = {}
        for name in TEMPLATE_NAMES:
            workshop = loaded[name, language]
            for stage in workshop.stages:
                colours.setdefault(stage.phase, set()).add(stage.colour.upper())
            for pipeline in workshop.pipelines:
                colours.setdefault(pipeline.team, set()).add(pipeline.colour.upper())
        assert all(len(c) == 1 for c in colours.values()), colours
        assert len({next(iter(c)) for c in colours.values()}) == len(colours)


# --- French and English --------------------------------------------------------------------


def structure(workshop: Workshop) -> dict[str, Any]:
    """Everything of a workshop but its words."""
    stage_index = {stage.id: index for index, stage in enumerate(workshop.stages)}
    channel_index = {channel.id: index for index, channel in enumerate(workshop.channels)}
    return {
        "stages": [
            (s.colour, [(k.target, len(k.unit) > 0) for k in s.kpis]) for s in workshop.stages
        ],
        "statuses": [s.lifecycle_status == "" for s in workshop.stages],
        "channels": [(c.kind, c.icon) for c in workshop.channels],
        "personas": [
            (
                p.colour,
                len(p.goals),
                len(p.frustrations),
                [channel_index[c] for c in p.preferred_channel_ids],
            )
            for p in workshop.personas
        ],
        "crm_fields": [
            (f.api_name, f.object, f.type, len(f.allowed_values)) for f in workshop.crm_fields
        ],
        "pipelines": [
            (
                p.colour,
                [
                    (
                        s.probability,
                        s.closed,
                        s.won,
                        s.forecast_category,
                        s.stale_after_days,
                        stage_index[s.stage_id] if s.stage_id else None,
                    )
                    for s in p.stages
                ],
            )
            for p in workshop.pipelines
        ],
        "journeys": [j.kind for j in workshop.journeys],
    }


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_french_and_english_have_the_same_structure(
    loaded: dict[tuple[str, str], Workshop], name: str
) -> None:
    french, english = loaded[name, "fr"], loaded[name, "en"]
    assert structure(french) == structure(english)
    statuses = dict(zip(LIFECYCLE_STATUSES["fr"], LIFECYCLE_STATUSES["en"], strict=True))
    assert [statuses[s.lifecycle_status] for s in french.stages] == [
        s.lifecycle_status for s in english.stages
    ]


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_french_is_french_and_english_is_english(
    loaded: dict[tuple[str, str], Workshop], name: str
) -> None:
    french_words = french_texts(loaded[name, "fr"])
    english_words = french_texts(loaded[name, "en"])
    french = " ".join(french_words)
    english = " ".join(english_words)
    accents = sum(french.count(letter) for letter in "éèêàâçùûôîï")
    assert accents > 50
    for word in (" le ", " la ", " les ", " des ", " du "):
        assert word in french
    for word in (" the ", " and ", " of "):
        assert word in english
    assert sum(english.count(letter) for letter in "éèêàçù") < 5
    long_french = {text for text in french_words if len(text) > 30}
    assert not long_french & set(english_words)


# --- the sample workshop and the assets ----------------------------------------------------


def test_the_packaged_sample_workshop_loads() -> None:
    assert assets.resource_exists(*SAMPLE_RESOURCE)
    first, second = sample_workshop(), sample_workshop()
    assert first.language == "fr"
    assert first.stages
    assert first.channels
    assert first.id != second.id


def test_missing_resource_is_a_clear_lookup_error() -> None:
    with pytest.raises(MissingResource, match=r"no-such-file\.json") as caught:
        assets.resource_text("templates", "no-such-file.json")
    assert isinstance(caught.value, LookupError)
    with pytest.raises(MissingResource):
        assets.resource_names("no-such-folder")
    with pytest.raises(MissingResource):
        assets.resource_text("..", "pyproject.toml")


def test_missing_icon_is_a_clear_lookup_error() -> None:
    with pytest.raises(MissingResource, match="no-such-icon"):
        assets.icon_bytes("no-such-icon")


def test_channel_icons_are_readable_when_drawn() -> None:
    drawn = set(assets.icon_names())
    for icon in CHANNEL_ICONS:
        if icon in drawn:
            assert assets.icon_bytes(icon).lstrip()[:1] in (b"<", b"\x89")
