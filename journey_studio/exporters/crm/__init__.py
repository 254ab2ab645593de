"""CRM stage configuration: from the target journey to the files a CRM admin deploys.

Every export reads one Qt-free :class:`~journey_studio.exporters.crm.plan.CrmPlan` derived
from the workshop (:func:`crm_plan`) and writes a folder, or a zip when the output ends in
``.zip``, with a short README for the admin in the workshop's language::

    from journey_studio.exporters.crm import FORMATS
    report = FORMATS["salesforce"](workshop, Path("out/salesforce.zip"))
    for warning in report.warnings: ...

``FORMATS`` maps the command line's ``--format`` names to the export functions; each takes
``(workshop, out)`` and returns an :class:`ExportReport`, or raises :class:`CrmExportError`
with one sentence for the consultant. :func:`plan_problems` is what ``check`` reports.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from journey_studio.exporters.crm.bundle import CrmExportError, ExportReport
from journey_studio.exporters.crm.hubspot import export_hubspot
from journey_studio.exporters.crm.neutral import (
    InvalidCrmPlan,
    export_json,
    export_yaml,
    read_plan,
)
from journey_studio.exporters.crm.odoo import export_odoo
from journey_studio.exporters.crm.pipedrive import export_pipedrive
from journey_studio.exporters.crm.plan import CrmPlan, crm_plan, plan_problems
from journey_studio.exporters.crm.salesforce import export_salesforce
from journey_studio.model.workshop import Workshop

Exporter = Callable[[Workshop, Path], ExportReport]

FORMATS: dict[str, Exporter] = {
    "salesforce": export_salesforce,
    "hubspot": export_hubspot,
    "pipedrive": export_pipedrive,
    "odoo": export_odoo,
    "json": export_json,
    "yaml": export_yaml,
}
"""The ``--format`` name of each CRM export and the function that writes it."""

__all__ = [
    "FORMATS",
    "CrmExportError",
    "CrmPlan",
    "ExportReport",
    "Exporter",
    "InvalidCrmPlan",
    "crm_plan",
    "export_hubspot",
    "export_json",
    "export_odoo",
    "export_pipedrive",
    "export_salesforce",
    "export_yaml",
    "plan_problems",
    "read_plan",
]
