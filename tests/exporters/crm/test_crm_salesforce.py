"""The Salesforce export: an sf project whose every file the Metadata API schema accepts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from crm_workshops import HOSTILE_NAME, LONG_PIPELINE, LONG_STAGE, hostile_workshop
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from support.synthetic import synthetic_workshop

from journey_studio.exporters.crm import crm_plan, export_salesforce
from journey_studio.exporters.crm.bundle import MARKER
from journey_studio.exporters.crm.salesforce import salesforce_bundle
from journey_studio.model.vocabulary import ForecastCategory
from journey_studio.model.workshop import Pipeline, PipelineStage, Workshop
from journey_studio.templates import workshop_from_template

NS = {"m": "http://soap.sforce.com/2006/04/metadata"}
SOURCE = "force-app/main/default/"
DEVELOPER_NAME = re.compile(r"[A-Za-z](?:[A-Za-z0-9]|_(?!_))*(?<!_)")
KINDS = {
    "standardValueSets": ("StandardValueSet", ".standardValueSet-meta.xml"),
    "businessProcesses": ("BusinessProcess", ".businessProcess-meta.xml"),
    "recordTypes": ("RecordType", ".recordType-meta.xml"),
    "pathAssistants": ("PathAssistant", ".pathAssistant-meta.xml"),
    "fields": ("CustomField", ".field-meta.xml"),
}
TEMPLATES = [(t, lang) for t in ("b2b-lifecycle", "saas-funnel", "simple") for lang in ("fr", "en")]


def _export(workshop: Workshop, out: Path) -> tuple[dict[str, bytes], tuple[str, ...]]:
    report = export_salesforce(workshop, out)
    files = {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != MARKER
    }
    assert sorted(files) == list(report.files)
    return files, report.warnings


def _xml(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def _member(path: str) -> tuple[str, str]:
    """The package.xml (type, member) a source file stands for."""
    parts = path.removeprefix(SOURCE).split("/")
    folder = parts[-2]
    kind, suffix = KINDS[folder]
    name = parts[-1].removesuffix(suffix)
    if parts[0] == "objects":
        return kind, f"{parts[1]}.{name}"
    return kind, name


def _check_project(files: dict[str, bytes], schema) -> None:
    """Every XML file validates; package.xml names exactly the source files."""
    for path, data in files.items():
        if path.endswith(".xml"):
            document = _xml(data)
            assert schema.validate(document), (path, schema.error_log)
            assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    package = _xml(files["manifest/package.xml"])
    assert package.findtext("m:version", namespaces=NS) == "66.0"
    listed = {
        (types.findtext("m:name", namespaces=NS), member.text)
        for types in package.findall("m:types", NS)
        for member in types.findall("m:members", NS)
    }
    sources = {_member(path) for path in files if path.startswith(SOURCE)}
    assert listed == sources
    for path in files:
        if path.startswith(SOURCE):
            kind, _name = _member(path)
            assert etree.QName(_xml(files[path])).localname == kind
    project = json.loads(files["sfdx-project.json"])
    assert project["sourceApiVersion"] == "66.0"
    assert project["packageDirectories"] == [{"default": True, "path": "force-app"}]


def _values(files: dict[str, bytes], value_set: str) -> list[etree._Element]:
    path = f"{SOURCE}standardValueSets/{value_set}.standardValueSet-meta.xml"
    return _xml(files[path]).findall("m:standardValue", NS) if path in files else []


def _check_consistency(files: dict[str, bytes]) -> None:
    """Processes use values of the value sets; paths use values of their process."""
    stages = {v.findtext("m:fullName", namespaces=NS) for v in _values(files, "OpportunityStage")}
    leads = {v.findtext("m:fullName", namespaces=NS) for v in _values(files, "LeadStatus")}
    processes = {}
    for path, data in files.items():
        if "/businessProcesses/" in path:
            root = _xml(data)
            entity = path.split("/")[-3]
            values = [v.findtext("m:fullName", namespaces=NS) for v in root.findall("m:values", NS)]
            assert set(values) <= (stages if entity == "Opportunity" else leads)
            assert len(values) == len(set(values))
            assert [v.findtext("m:default", namespaces=NS) for v in root.findall("m:values", NS)][
                :1
            ] == ["true"]
            name = root.findtext("m:fullName", namespaces=NS)
            assert name == Path(path).name.removesuffix(".businessProcess-meta.xml")
            assert DEVELOPER_NAME.fullmatch(name)
            assert len(name) <= 40
            processes[(entity, name)] = values
    for path, data in files.items():
        if "/recordTypes/" in path:
            root = _xml(data)
            entity = path.split("/")[-3]
            assert (entity, root.findtext("m:businessProcess", namespaces=NS)) in processes
            assert len(root.findtext("m:label", namespaces=NS)) <= 40
        if "/pathAssistants/" in path:
            root = _xml(data)
            entity = root.findtext("m:entityName", namespaces=NS)
            field = root.findtext("m:fieldName", namespaces=NS)
            assert (entity, field) in {("Opportunity", "StageName"), ("Lead", "Status")}
            process = processes[(entity, root.findtext("m:recordTypeName", namespaces=NS))]
            steps = root.findall("m:pathAssistantSteps", NS)
            assert [s.findtext("m:picklistValueName", namespaces=NS) for s in steps] == process
            for step in steps:
                assert len(step.findall("m:fieldNames", NS)) <= 5
                assert len(step.findtext("m:info", default="", namespaces=NS)) <= 1000


@pytest.mark.parametrize(("template", "language"), TEMPLATES)
def test_template_projects_validate_against_the_metadata_schema(
    template, language, tmp_path, salesforce_schema
):
    files, _warnings = _export(workshop_from_template(template, language), tmp_path / "sf")

    _check_project(files, salesforce_schema)
    _check_consistency(files)


def test_the_b2b_project_has_every_piece_the_issue_lists(tmp_path):
    files, warnings = _export(workshop_from_template("b2b-lifecycle", "en"), tmp_path / "sf")

    assert warnings == ()
    for name in ("Marketing", "Sales", "Onboarding", "Customer_Success"):
        assert (
            f"{SOURCE}objects/Opportunity/businessProcesses/{name}.businessProcess-meta.xml"
            in files
        )
        assert f"{SOURCE}objects/Opportunity/recordTypes/{name}.recordType-meta.xml" in files
        assert f"{SOURCE}pathAssistants/{name}_Path.pathAssistant-meta.xml" in files
    assert (
        f"{SOURCE}objects/Lead/businessProcesses/Lead_lifecycle.businessProcess-meta.xml" in files
    )
    assert f"{SOURCE}objects/Opportunity/fields/Loss_Reason__c.field-meta.xml" in files
    assert f"{SOURCE}objects/Contact/fields/NPS__c.field-meta.xml" in files
    won = next(
        v
        for v in _values(files, "OpportunityStage")
        if v.findtext("m:fullName", namespaces=NS) == "Won"
    )
    assert [(c.tag.split("}")[1], c.text) for c in won] == [
        ("fullName", "Won"),
        ("default", "false"),
        ("label", "Won"),
        ("closed", "true"),
        ("forecastCategory", "Closed"),
        ("probability", "100"),
        ("won", "true"),
    ]
    leads = _values(files, "LeadStatus")
    assert [v.findtext("m:fullName", namespaces=NS) for v in leads] == [
        "Lead",
        "MQL",
        "SQL",
        "Opportunity",
    ]
    assert [v.findtext("m:converted", namespaces=NS) for v in leads] == ["false"] * 3 + ["true"]
    assert [v.findtext("m:default", namespaces=NS) for v in leads] == ["true"] + ["false"] * 3


def test_path_guidance_is_the_stage_criteria_as_escaped_rich_text(tmp_path):
    files, _warnings = _export(hostile_workshop(), tmp_path / "sf")
    path = next(p for p in files if p.endswith("Nego_b_top_b_l_ete_Path.pathAssistant-meta.xml"))
    steps = _xml(files[path]).findall("m:pathAssistantSteps", NS)

    info = steps[0].findtext("m:info", namespaces=NS)
    assert info.startswith(
        "<p><b>Critères d'entrée</b>\u00a0: Le commercial passe l'étape si score"
    )
    assert '&lt; 50 &amp; "chaud"<br>puis l\'équipe &lt;Ventes&gt; valide' in info
    assert "\x07" not in info
    assert [f.text for f in steps[0].findall("m:fieldNames", NS)] == ["Amount"]
    assert [f.text for f in steps[1].findall("m:fieldNames", NS)] == ["Motif_perte__c"]
    assert len(steps[1].findtext("m:info", namespaces=NS)) <= 1000


def test_hostile_texts_survive_as_written(tmp_path, salesforce_schema):
    files, warnings = _export(hostile_workshop(), tmp_path / "sf")

    _check_project(files, salesforce_schema)
    _check_consistency(files)
    names = [v.findtext("m:fullName", namespaces=NS) for v in _values(files, "OpportunityStage")]
    assert names[0] == "Qualifiée & <chaude>"
    assert (
        b"Qualifi\xc3\xa9e &amp; &lt;chaude&gt;"
        in files[f"{SOURCE}standardValueSets/OpportunityStage.standardValueSet-meta.xml"]
    )
    labels = [
        _xml(data).findtext("m:label", namespaces=NS)
        for path, data in files.items()
        if "/recordTypes/" in path
    ]
    assert HOSTILE_NAME[:40] in labels or HOSTILE_NAME in labels
    statuses = [v.findtext("m:fullName", namespaces=NS) for v in _values(files, "LeadStatus")]
    assert statuses == ['Lead "froid"', "Opportunité & co"]
    assert any("NPS" in w and "Opportunity" in w for w in warnings)
    assert any("Santé compte__c" in w and "Sante_compte__c" in w for w in warnings)


def test_names_too_long_are_shortened_predictably_and_reported(tmp_path):
    files, warnings = _export(hostile_workshop(), tmp_path / "sf")
    again, _ = _export(hostile_workshop(), tmp_path / "again")

    names = [v.findtext("m:fullName", namespaces=NS) for v in _values(files, "OpportunityStage")]
    long_value = names[1]
    assert len(long_value) == 255
    assert re.fullmatch(r".+~[0-9a-f]{6}", long_value)
    assert long_value.startswith(LONG_STAGE.strip()[:200])
    assert any("255" in w and long_value in w for w in warnings)
    processes = [p for p in files if "/Opportunity/businessProcesses/" in p]
    long_process = next(p for p in processes if "renouvellements" in p)
    name = Path(long_process).name.removesuffix(".businessProcess-meta.xml")
    assert len(name) == 40
    assert any(LONG_PIPELINE in w and name in w and "40" in w for w in warnings)
    assert files == again


def test_a_stage_two_pipelines_share_with_different_settings_gets_the_pipeline_name(tmp_path):
    files, warnings = _export(hostile_workshop("en"), tmp_path / "sf")

    names = [v.findtext("m:fullName", namespaces=NS) for v in _values(files, "OpportunityStage")]
    renamed = f"Gagnée ({LONG_PIPELINE})"
    assert "Gagnée" in names
    assert renamed in names
    assert any(renamed in w and "different settings" in w for w in warnings)


def test_stages_two_pipelines_share_with_the_same_settings_are_one_value(tmp_path):
    won = PipelineStage(
        "Won", probability=100, closed=True, won=True, forecast_category=ForecastCategory.CLOSED
    )
    workshop = Workshop(
        "W",
        language="en",
        pipelines=[
            Pipeline("New business", stages=[PipelineStage("Open", probability=10), won]),
            Pipeline("Upsell", stages=[PipelineStage("Open", probability=10), won]),
        ],
    )

    files, warnings = _export(workshop, tmp_path / "sf")

    names = [v.findtext("m:fullName", namespaces=NS) for v in _values(files, "OpportunityStage")]
    assert names == ["Open", "Won"]
    assert warnings == ()


def test_a_synthetic_workshop_validates(tmp_path, salesforce_schema):
    files, _warnings = _export(synthetic_workshop(200, seed=3), tmp_path / "sf")

    _check_project(files, salesforce_schema)
    _check_consistency(files)


_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300
).filter(lambda text: text.strip())


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(_texts, min_size=1, max_size=5), criteria=_texts)
def test_any_stage_names_give_valid_metadata(names, criteria, salesforce_schema):
    workshop = Workshop(
        "W",
        language="fr",
        pipelines=[
            Pipeline(
                names[0],
                stages=[
                    PipelineStage(name, probability=10 * i, entry_criteria=criteria)
                    for i, name in enumerate(names)
                ],
            )
        ],
    )
    bundle = salesforce_bundle(crm_plan(workshop))

    _check_project(bundle.files, salesforce_schema)
    _check_consistency(bundle.files)
