"""Every CRM export: same workshop, same bytes; zip or folder; never a half-written output."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from crm_workshops import hostile_workshop

from journey_studio.exporters.crm import FORMATS, CrmExportError
from journey_studio.exporters.crm.bundle import MARKER, ZIP_DATE
from journey_studio.templates import workshop_from_template

FOLDER_FORMATS = sorted(FORMATS)
README_TITLES = {
    "salesforce": ("# Configuration Salesforce", "# Salesforce configuration"),
    "hubspot": ("# Configuration HubSpot", "# HubSpot configuration"),
    "pipedrive": ("# Configuration Pipedrive", "# Pipedrive configuration"),
    "odoo": ("# Configuration Odoo", "# Odoo configuration"),
    "json": ("# Plan CRM", "# CRM plan"),
    "yaml": ("# Plan CRM", "# CRM plan"),
}


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_formats_name_every_cli_choice():
    assert sorted(FORMATS) == ["hubspot", "json", "odoo", "pipedrive", "salesforce", "yaml"]


@pytest.mark.parametrize("name", FOLDER_FORMATS)
def test_two_exports_are_byte_identical(name, tmp_path):
    FORMATS[name](hostile_workshop(), tmp_path / "a")
    FORMATS[name](hostile_workshop(), tmp_path / "b")
    FORMATS[name](hostile_workshop(), tmp_path / "a.zip")
    FORMATS[name](hostile_workshop(), tmp_path / "b.zip")

    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


@pytest.mark.parametrize("name", FOLDER_FORMATS)
def test_a_zip_holds_the_folder_files_sorted_with_a_fixed_date(name, tmp_path):
    workshop = workshop_from_template("saas-funnel", "fr")
    folder_report = FORMATS[name](workshop, tmp_path / "folder")
    zip_report = FORMATS[name](workshop, tmp_path / "export.zip")

    assert zip_report.files == folder_report.files
    with zipfile.ZipFile(tmp_path / "export.zip") as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == list(zip_report.files)
        assert {i.date_time for i in infos} == {ZIP_DATE}
        assert {i.external_attr >> 16 for i in infos} == {0o644}
        contents = {i.filename: archive.read(i) for i in infos}
    folder = _tree(tmp_path / "folder")
    assert folder.pop(MARKER) == f"{name}\n".encode()
    assert contents == folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.zip", "folder"]


@pytest.mark.parametrize("name", FOLDER_FORMATS)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_export_has_a_readme_in_the_workshop_language(name, language, tmp_path):
    FORMATS[name](workshop_from_template("simple", language), tmp_path / "out")

    readme = (tmp_path / "out" / "README.md").read_text("utf-8")
    french, english = README_TITLES[name]
    assert readme.startswith(french if language == "fr" else english)


def test_readme_names_are_escaped_for_markdown(tmp_path):
    FORMATS["salesforce"](hostile_workshop(), tmp_path / "out")

    readme = (tmp_path / "out" / "README.md").read_text("utf-8")
    assert '# Configuration Salesforce : Atelier \\<Cible\\> \\& "test"' in readme
    assert 'Négo \\<b\\>"top"\\</b\\> \\& l\'été' in readme


def test_an_earlier_export_folder_is_replaced_whole(tmp_path):
    out = tmp_path / "out"
    FORMATS["salesforce"](workshop_from_template("b2b-lifecycle", "en"), out)
    FORMATS["salesforce"](workshop_from_template("simple", "en"), out)

    again = tmp_path / "again"
    FORMATS["salesforce"](workshop_from_template("simple", "en"), again)
    assert _tree(out) == _tree(again)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again", "out"]


def test_a_folder_holding_other_files_is_refused_and_left_alone(tmp_path):
    out = tmp_path / "documents"
    out.mkdir()
    (out / "contract.pdf").write_bytes(b"%PDF")

    with pytest.raises(CrmExportError, match="already holds other files"):
        FORMATS["odoo"](workshop_from_template("simple", "en"), out)
    assert _tree(out) == {"contract.pdf": b"%PDF"}
    assert [p.name for p in tmp_path.iterdir()] == ["documents"]


def test_a_failed_zip_export_leaves_the_previous_zip_untouched(tmp_path, monkeypatch):
    out = tmp_path / "export.zip"
    FORMATS["hubspot"](workshop_from_template("simple", "en"), out)
    before = out.read_bytes()

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", broken)
    with pytest.raises(CrmExportError, match=r"could not write .*No space left on device"):
        FORMATS["hubspot"](workshop_from_template("b2b-lifecycle", "en"), out)

    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["export.zip"]


def test_a_failed_folder_export_leaves_the_previous_folder_untouched(tmp_path, monkeypatch):
    out = tmp_path / "out"
    FORMATS["pipedrive"](workshop_from_template("simple", "en"), out)
    before = _tree(out)
    calls = []

    def fsync(_descriptor):
        calls.append(1)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr("os.fsync", fsync)
    with pytest.raises(CrmExportError, match="Input/output error"):
        FORMATS["pipedrive"](workshop_from_template("b2b-lifecycle", "en"), out)

    assert _tree(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_a_zip_name_that_is_a_folder_or_a_folder_name_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "taken.zip").mkdir()
    (tmp_path / "taken").write_text("notes", encoding="utf-8")

    with pytest.raises(CrmExportError, match="is a folder"):
        FORMATS["odoo"](workshop_from_template("simple", "en"), tmp_path / "taken.zip")
    with pytest.raises(CrmExportError, match="is a file"):
        FORMATS["odoo"](workshop_from_template("simple", "en"), tmp_path / "taken")
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "notes"
