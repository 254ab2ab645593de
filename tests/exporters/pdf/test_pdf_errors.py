"""Bad choices get one clear sentence, and nothing is half-written or lost."""

from __future__ import annotations

import os
import stat

import pytest

from journey_studio.exporters.pdf import PdfExportError, export_pdf
from journey_studio.templates import sample_workshop


@pytest.fixture(scope="module")
def workshop():
    return sample_workshop()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"paper": "Letter"}, "no paper size 'Letter'; choose one of A4, A3, A2, A1, A0"),
        ({"journey": "Parcours rêvé"}, "no journey 'Parcours rêvé'"),
        ({"persona": "Nadia"}, "there is no persona 'Nadia'"),
    ],
)
def test_unknown_choices_are_refused_before_anything_is_written(
    tmp_path, workshop, options, message
) -> None:
    out = tmp_path / "livrable.pdf"
    out.write_bytes(b"the previous deliverable")
    with pytest.raises(PdfExportError, match=message):
        export_pdf(workshop, out, **options)
    assert out.read_bytes() == b"the previous deliverable"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["livrable.pdf"]


def test_a_missing_folder_is_said_in_one_sentence(tmp_path, workshop) -> None:
    with pytest.raises(PdfExportError, match="does not exist; the PDF was not written"):
        export_pdf(workshop, tmp_path / "nowhere" / "livrable.pdf")


def test_an_abandoned_export_leaves_the_previous_file_and_no_temporary_one(
    tmp_path, workshop
) -> None:
    out = tmp_path / "livrable.pdf"
    out.write_bytes(b"the previous deliverable")
    seen: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_pdf(workshop, out, progress=cancel)
    assert seen[-1][0] == 3
    assert out.read_bytes() == b"the previous deliverable"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["livrable.pdf"]


def test_progress_counts_every_page_and_the_file_is_readable_by_others(tmp_path, workshop) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "livrable.pdf"
    report = export_pdf(workshop, out, journey="current", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(page, report.page_count) for page in range(1, report.page_count + 1)]
    assert out.read_bytes().startswith(b"%PDF-")
    if os.name == "posix":
        mask = os.umask(0)
        os.umask(mask)
        assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask


def test_an_existing_deliverable_keeps_its_permissions(tmp_path, workshop) -> None:
    out = tmp_path / "livrable.pdf"
    out.write_bytes(b"old")
    out.chmod(0o640)
    export_pdf(workshop, out, journey="target")
    assert out.read_bytes().startswith(b"%PDF-")
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_journeys_and_personas_are_found_by_name_kind_or_first_word(tmp_path, workshop) -> None:
    report = export_pdf(workshop, tmp_path / "a.pdf", journey="PARCOURS CIBLE", persona="claire")
    assert {m.journey for m in report.maps} == {"Parcours cible"}
    assert {m.persona for m in report.maps} == {"Claire, directrice administrative et financière"}
    report = export_pdf(workshop, tmp_path / "b.pdf", journey="current")
    assert {m.journey for m in report.maps} == {"Parcours actuel"}


def test_a_persona_view_prints_only_that_personas_touchpoints(tmp_path, workshop) -> None:
    from pdf_reading import no_space, pdftotext

    sophie = next(p for p in workshop.personas if p.name.startswith("Sophie"))
    out = tmp_path / "sophie.pdf"
    report = export_pdf(workshop, out, persona="Sophie")
    # The action plan stays the whole workshop's, with the touchpoints its actions answer.
    plan = next(s.page for s in report.sections if s.title == "Plan d'actions")
    text = no_space(pdftotext(out, 1, plan - 1) + pdftotext(out, plan + 1))
    cards = [card for journey in workshop.journeys for card in journey.cards.values()]
    theirs = [card for card in cards if sophie.id in card.persona_ids]
    assert report.card_count == len(theirs)
    for card in cards:
        assert (no_space(card.text) in text) == (card in theirs), card.text
    assert {m.persona for m in report.maps} == {sophie.name}
