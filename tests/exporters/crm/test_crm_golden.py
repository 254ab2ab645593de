"""Golden files: the three templates' CRM exports and problems, in French and English.

Each golden file holds every file an export writes (the neutral format's copy of its schema
left out) and its warnings. The plan holds no ids, so the goldens do not depend on the
fresh UUIDs a template gets on every load. After an intended change, regenerate them with::

    JOURNEY_STUDIO_UPDATE_GOLDEN=1 pytest tests/exporters/crm/test_crm_golden.py

and review the difference.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from journey_studio.exporters.crm import FORMATS, crm_plan, plan_problems
from journey_studio.templates import workshop_from_template

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("JOURNEY_STUDIO_UPDATE_GOLDEN") == "1"
TEMPLATES = [(t, lang) for t in ("b2b-lifecycle", "saas-funnel", "simple") for lang in ("fr", "en")]
LEFT_OUT = {"crm-plan.schema.json"}


def _compare(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        return
    assert path.is_file(), f"no golden file {name}: run with JOURNEY_STUDIO_UPDATE_GOLDEN=1"
    assert text == path.read_bytes().decode("utf-8"), f"{name} changed (see the module docstring)"


def _snapshot(out: Path, files: tuple[str, ...], warnings: tuple[str, ...]) -> str:
    parts = []
    for name in files:
        if name in LEFT_OUT:
            continue
        parts.append(f"===== {name} =====\n{(out / name).read_text(encoding='utf-8')}")
    parts.append("===== warnings =====\n" + "".join(f"{w}\n" for w in warnings))
    return "".join(parts)


@pytest.mark.parametrize(("template", "language"), TEMPLATES)
@pytest.mark.parametrize("name", sorted(FORMATS))
def test_template_exports_match_their_golden_file(name, template, language, tmp_path):
    out = tmp_path / "out"
    report = FORMATS[name](workshop_from_template(template, language), out)

    _compare(f"{template}.{language}.{name}.txt", _snapshot(out, report.files, report.warnings))


@pytest.mark.parametrize(("template", "language"), TEMPLATES)
def test_template_problems_match_their_golden_file(template, language):
    problems = plan_problems(crm_plan(workshop_from_template(template, language)))

    _compare(f"{template}.{language}.problems.txt", "".join(f"{p}\n" for p in problems))
