"""HubSpot: JSON bodies for the CRM v3 APIs (pipelines and properties), in the order to send.

- ``pipelines/NN-deals-NAME.json``: the body of ``POST /crm/v3/pipelines/deals`` for each
  pipeline with win probabilities. Every stage gets ``metadata.probability`` as a string
  from "0.0" to "1.0" in steps of 0.1 (HubSpot's rule), rounded half up and reported when the
  workshop's percentage is not a multiple of ten; a stage without one gets the derived
  probability of :func:`~journey_studio.exporters.crm.plan.effective_probability`;
- ``pipelines/NN-tickets-NAME.json``: ``POST /crm/v3/pipelines/tickets`` for the other
  pipelines (onboarding, customer success), with ``metadata.ticketState`` OPEN or CLOSED;
- ``properties/contacts/lifecyclestage.json``: the body of
  ``PATCH /crm/v3/properties/contacts/lifecyclestage`` listing the lifecycle statuses as its
  options, HubSpot's own internal values kept for the statuses it already knows;
- ``properties/OBJECT/NAME.json``: ``POST /crm/v3/properties/OBJECT`` for each workshop
  field that is not one of HubSpot's default properties.

The v1 pipelines API is switched off in December 2026: nothing here uses it. Stage labels
must be unique within a pipeline; property internal names hold at most 100 lower-case
letters, digits and underscores (HubSpot's property editor). HubSpot documents no limit on
pipeline and stage labels, so those are kept whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journey_studio.exporters.crm.bundle import Bundle, ExportReport, write_bundle
from journey_studio.exporters.crm.messages import message, quoted
from journey_studio.exporters.crm.names import UNLIMITED, Names, developer_name, slug
from journey_studio.exporters.crm.plan import (
    CrmPlan,
    PlanField,
    PlanPipeline,
    crm_plan,
    effective_probability,
)
from journey_studio.exporters.crm.readme import bullets, md, render_readme
from journey_studio.model.vocabulary import CrmFieldType, CrmObject

if TYPE_CHECKING:
    from journey_studio.model.workshop import Workshop

FORMAT = "hubspot"
CRM = "HubSpot"
API = "https://api.hubapi.com"
PROPERTY_NAME_LIMIT = 100
TOKEN_VARIABLE = "HUBSPOT_TOKEN"

OBJECT_TYPES = {
    CrmObject.LEAD: "contacts",
    CrmObject.CONTACT: "contacts",
    CrmObject.ACCOUNT: "companies",
    CrmObject.OPPORTUNITY: "deals",
    CrmObject.TICKET: "tickets",
}
GROUPS = {
    "contacts": "contactinformation",
    "companies": "companyinformation",
    "deals": "dealinformation",
    "tickets": "ticketinformation",
}
DEFAULT_PROPERTIES = {
    "contacts": {
        "address", "city", "company", "country", "createdate", "email", "firstname",
        "hubspot_owner_id", "hubspotscore", "industry", "jobtitle", "lastmodifieddate",
        "lastname", "lifecyclestage", "mobilephone", "phone", "state", "website", "zip",
    },
    "companies": {
        "annualrevenue", "city", "country", "createdate", "description", "domain",
        "hubspot_owner_id", "industry", "lifecyclestage", "name", "numberofemployees",
        "phone", "state", "website", "zip",
    },
    "deals": {
        "amount", "closedate", "createdate", "dealname", "dealstage", "dealtype",
        "description", "hubspot_owner_id", "pipeline",
    },
    "tickets": {"content", "createdate", "hubspot_owner_id", "subject"},
}  # fmt: skip
"""HubSpot's own properties, which an export never creates again."""
LIFECYCLE_VALUES = {
    "subscriber": "subscriber",
    "abonné": "subscriber",
    "lead": "lead",
    "mql": "marketingqualifiedlead",
    "marketing qualified lead": "marketingqualifiedlead",
    "sql": "salesqualifiedlead",
    "sales qualified lead": "salesqualifiedlead",
    "opportunity": "opportunity",
    "opportunité": "opportunity",
    "customer": "customer",
    "client": "customer",
    "evangelist": "evangelist",
    "ambassadeur": "evangelist",
    "other": "other",
    "autre": "other",
}
"""HubSpot's internal values of its default lifecycle stages, by the names statuses take."""

_TYPES: dict[CrmFieldType, tuple[str, str]] = {
    CrmFieldType.TEXT: ("string", "text"),
    CrmFieldType.NUMBER: ("number", "number"),
    CrmFieldType.CURRENCY: ("number", "number"),
    CrmFieldType.PERCENT: ("number", "number"),
    CrmFieldType.DATE: ("date", "date"),
    CrmFieldType.CHECKBOX: ("bool", "booleancheckbox"),
    CrmFieldType.PICKLIST: ("enumeration", "select"),
    CrmFieldType.MULTI_PICKLIST: ("enumeration", "checkbox"),
    CrmFieldType.EMAIL: ("string", "text"),
    CrmFieldType.PHONE: ("string", "phonenumber"),
    CrmFieldType.URL: ("string", "text"),
}


@dataclass(frozen=True, slots=True)
class Request:
    """One call to send: method, path on the API, and the body file in the export."""

    method: str
    path: str
    body: str


def export_hubspot(workshop: Workshop, out: Path) -> ExportReport:
    """Write the HubSpot bodies of ``workshop`` to the folder (or ``.zip``) ``out``."""
    return write_bundle(hubspot_bundle(crm_plan(workshop)), out)


def hubspot_bundle(plan: CrmPlan) -> Bundle:
    """The files of the HubSpot export (see the module docstring)."""
    bundle = Bundle(FORMAT)
    requests = hubspot_requests(plan, bundle)
    commands = [_curl(request) for request in requests]
    deals = [p for p in plan.pipelines if p.has_probabilities]
    tickets = [p for p in plan.pipelines if not p.has_probabilities]
    bundle.add_text(
        "README.md",
        render_readme(
            FORMAT,
            plan.language,
            workshop=md(plan.workshop),
            deal_pipelines=bullets((md(p.name) for p in deals), nested=True),
            ticket_pipelines=bullets((md(p.name) for p in tickets), nested=True),
            commands="\n\n".join(commands) if commands else "#",
            token=TOKEN_VARIABLE,
        ),
    )
    return bundle


def hubspot_requests(plan: CrmPlan, bundle: Bundle) -> list[Request]:
    """Add every body to ``bundle``; the requests that send them, in order."""
    requests: list[Request] = []
    labels = {
        "deals": Names(plan.language, CRM, "what_label", UNLIMITED),
        "tickets": Names(plan.language, CRM, "what_label", UNLIMITED),
    }
    orders = {"deals": 0, "tickets": 0}
    for number, pipeline in enumerate(plan.pipelines, start=1):
        if not pipeline.stages:
            continue
        object_type = "deals" if pipeline.has_probabilities else "tickets"
        body = _pipeline_body(plan, pipeline, labels[object_type], orders[object_type], bundle)
        orders[object_type] += 1
        path = f"pipelines/{number:02d}-{object_type}-{slug(pipeline.name)}.json"
        bundle.add_json(path, body)
        requests.append(Request("POST", f"/crm/v3/pipelines/{object_type}", path))
    for names in labels.values():
        bundle.warn(*names.warnings)
    if plan.lifecycle_statuses:
        path = "properties/contacts/lifecyclestage.json"
        bundle.add_json(path, _lifecycle_body(plan))
        requests.append(Request("PATCH", "/crm/v3/properties/contacts/lifecyclestage", path))
    requests += _property_requests(plan, bundle)
    return requests


def hubspot_probability(percent: int) -> str:
    """A percentage as HubSpot wants it: "0.0" to "1.0" in tenths, rounded half up."""
    tenths = (max(0, min(percent, 100)) + 5) // 10
    return f"{tenths // 10}.{tenths % 10}"


def _pipeline_body(
    plan: CrmPlan, pipeline: PlanPipeline, labels: Names, order: int, bundle: Bundle
) -> dict[str, Any]:
    language = plan.language
    stage_labels = Names(language, CRM, "what_stage_label", UNLIMITED)
    stages = []
    for position, stage in enumerate(pipeline.stages):
        metadata: dict[str, str]
        if pipeline.has_probabilities:
            percent = effective_probability(pipeline, stage)
            if stage.probability is None:
                bundle.warn(_say(language, "probability_assumed", stage, pipeline, percent))
            rounded = hubspot_probability(percent)
            if percent % 10:
                bundle.warn(
                    message(
                        language,
                        "probability_rounded",
                        crm=CRM,
                        probability=percent,
                        stage=quoted(language, stage.name),
                        pipeline=quoted(language, pipeline.name),
                        rounded=rounded,
                    )
                )
            metadata = {"probability": rounded}
        else:
            metadata = {"ticketState": "CLOSED" if stage.closed else "OPEN"}
        stages.append(
            {
                "label": stage_labels.claim(stage.name),
                "displayOrder": position,
                "metadata": metadata,
            }
        )
    bundle.warn(*stage_labels.warnings)
    return {"label": labels.claim(pipeline.name), "displayOrder": order, "stages": stages}


def _say(language: str, key: str, stage: Any, pipeline: PlanPipeline, percent: int) -> str:
    return message(
        language,
        key,
        crm=CRM,
        stage=quoted(language, stage.name),
        pipeline=quoted(language, pipeline.name),
        probability=percent,
    )


def _lifecycle_body(plan: CrmPlan) -> dict[str, Any]:
    values = Names(plan.language, CRM, "what_option", UNLIMITED, separator="_")
    options = []
    for position, status in enumerate(plan.lifecycle_statuses):
        known = LIFECYCLE_VALUES.get(status.name.casefold())
        wanted = known or developer_name(status.name, PROPERTY_NAME_LIMIT, lower=True)
        options.append(
            {
                "displayOrder": position,
                "hidden": False,
                "label": status.name,
                "value": values.claim(wanted),
            }
        )
    return {"options": options}


def _property_requests(plan: CrmPlan, bundle: Bundle) -> list[Request]:
    requests = []
    scopes: dict[str, Names] = {}
    for crm_field in plan.fields:
        object_type = OBJECT_TYPES.get(crm_field.object)
        if object_type is None:
            bundle.warn(
                message(
                    plan.language,
                    "field_skipped",
                    crm=CRM,
                    field=quoted(plan.language, crm_field.label),
                )
            )
            continue
        wanted = developer_name(
            crm_field.api_name.removesuffix("__c"), PROPERTY_NAME_LIMIT, lower=True
        )
        if wanted in DEFAULT_PROPERTIES[object_type] or wanted.startswith("hs_"):
            continue
        names = scopes.get(object_type)
        if names is None:
            names = Names(
                plan.language,
                CRM,
                "what_property_name",
                PROPERTY_NAME_LIMIT,
                make=lambda text, limit: developer_name(text, limit, lower=True),
                separator="_",
            )
            for default in sorted(DEFAULT_PROPERTIES[object_type]):
                names.reserve(default)
            scopes[object_type] = names
        name = names.claim(wanted)
        path = f"properties/{object_type}/{name}.json"
        bundle.add_json(path, _property_body(plan, crm_field, name, object_type))
        requests.append(Request("POST", f"/crm/v3/properties/{object_type}", path))
    for names in scopes.values():
        bundle.warn(*names.warnings)
    return requests


def _property_body(
    plan: CrmPlan, crm_field: PlanField, name: str, object_type: str
) -> dict[str, Any]:
    kind, field_type = _TYPES[crm_field.type]
    body: dict[str, Any] = {
        "fieldType": field_type,
        "groupName": GROUPS[object_type],
        "label": crm_field.label,
        "name": name,
        "type": kind,
    }
    if crm_field.type is CrmFieldType.CURRENCY:
        body["showCurrencySymbol"] = True
    if crm_field.type is CrmFieldType.CHECKBOX:
        body["options"] = [
            {"displayOrder": 0, "label": message(plan.language, "yes"), "value": "true"},
            {"displayOrder": 1, "label": message(plan.language, "no"), "value": "false"},
        ]
    elif kind == "enumeration":
        values = Names(plan.language, CRM, "what_option", UNLIMITED, separator="_")
        body["options"] = [
            {
                "displayOrder": position,
                "label": label,
                "value": values.claim(developer_name(label, PROPERTY_NAME_LIMIT, lower=True)),
            }
            for position, label in enumerate(crm_field.allowed_values)
        ]
    return body


def _curl(request: Request) -> str:
    return (
        f"curl --request {request.method} {API}{request.path} \\\n"
        f'  --header "Authorization: Bearer ${TOKEN_VARIABLE}" \\\n'
        '  --header "Content-Type: application/json" \\\n'
        f"  --data @{request.body}"
    )
