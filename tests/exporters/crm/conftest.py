"""Fixtures of the CRM export tests: the vendors' definitions to validate against.

The definitions live in ``shared/specs/`` beside the repository (``../shared/specs`` from
its root, as CI clones them); see that folder's README. Tests that need them are skipped,
with the reason, only when the folder is absent.

- ``salesforce_schema``: the Metadata API XML Schema taken from the v66.0 WSDL, with global
  elements added for the types the export writes, as an ``lxml.etree.XMLSchema``;
- ``hubspot_validator(definition)``: a jsonschema validator for HubSpot's pipeline input
  (``"dealPipeline"``, ``"ticketPipeline"`` or ``""`` for the root);
- ``pipedrive_validator(definition)``: the same for Pipedrive's ``"pipeline"`` and ``"stage"``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPOSITORY = Path(__file__).resolve().parents[3]
SPECS = REPOSITORY.parent / "shared" / "specs"
XSD = "http://www.w3.org/2001/XMLSchema"
METADATA = "http://soap.sforce.com/2006/04/metadata"
SALESFORCE_TYPES = (
    "StandardValueSet",
    "BusinessProcess",
    "RecordType",
    "PathAssistant",
    "CustomField",
    "Package",
)
"""The Metadata API types the Salesforce export writes, as root elements."""


@pytest.fixture(scope="session")
def specs() -> Path:
    if not SPECS.is_dir():
        pytest.skip(f"the CRM definitions folder {SPECS} is absent (see shared/specs/README.md)")
    return SPECS


@pytest.fixture(scope="session")
def salesforce_schema(specs: Path) -> Any:
    from lxml import etree

    wsdl = etree.parse(str(specs / "salesforce" / "metadata-v66.wsdl"))
    (source,) = wsdl.getroot().iter(f"{{{XSD}}}schema")
    schema = etree.Element(
        f"{{{XSD}}}schema",
        nsmap={"xsd": XSD, "tns": METADATA},
        attrib={"targetNamespace": METADATA, "elementFormDefault": "qualified"},
    )
    for child in source:
        schema.append(child)
    declared = {e.get("name") for e in schema.findall(f"{{{XSD}}}element")}
    for name in SALESFORCE_TYPES:
        if name not in declared:
            etree.SubElement(schema, f"{{{XSD}}}element", name=name, type=f"tns:{name}")
    return etree.XMLSchema(schema)


def _validator_factory(schema_path: Path) -> Callable[[str], Any]:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema))

    def validator(definition: str) -> Any:
        pointer = f"{schema['$id']}#/$defs/{definition}" if definition else schema["$id"]
        return Draft202012Validator({"$ref": pointer}, registry=registry)

    return validator


@pytest.fixture(scope="session")
def hubspot_validator(specs: Path) -> Callable[[str], Any]:
    return _validator_factory(specs / "hubspot" / "pipeline-input.schema.json")


@pytest.fixture(scope="session")
def pipedrive_validator(specs: Path) -> Callable[[str], Any]:
    return _validator_factory(specs / "pipedrive" / "stage-v2.schema.json")
