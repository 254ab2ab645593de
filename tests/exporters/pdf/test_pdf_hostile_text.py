"""What consultants type prints as typed: markup characters, quotes, formulas, accents,
other scripts, stray control characters; what the fonts cannot draw is reported."""

from __future__ import annotations

from pdf_reading import export, no_space, outline, squash

from journey_studio.model.vocabulary import JourneyKind, Rating
from journey_studio.model.workshop import (
    Action,
    Card,
    Channel,
    Journey,
    Persona,
    Stage,
    Workshop,
)

HOSTILE = [
    '<b>Je</b> reçois & "valide" l\'offre <script>alert(1)</script>',
    "=HYPERLINK(\"http://x\") +cmd|' /C calc'!A0 -2+3 @SUM(1)",
    "Je compare &amp; &lt;tag&gt; &#169; <para> </para> <br/>",
    "Élodie, Œuvre, Ça, ÀÉÈÎÔÛ, l’équipe « prête » — 30 % ; déjà‑vu",
    "Ζητώ προσφορά · Запрашиваю предложение · Ich prüfe die Größe · Łódź, Žižkov",
    "Tab\there, new\nline, carriage\rreturn and a bell\x07 in a row",
    "Unbreakableworddddddddddddddddddddddddddddddddddddddddddddddd at the start",
]
DRAWN_AS_BOXES = "日本語 🙂"


def _workshop() -> Workshop:
    stage = Stage("Découverte <&>", id="s1", phase="Ventes & Co", colour="#DD8452")
    channel = Channel('E-mail "pro" & <web>', id="c1", icon="email")
    persona = Persona("Zoé <L'Hôte> & fils", id="p1", role="Décideuse « finale »")
    cards = {
        f"k{index}": Card(
            text,
            "s1",
            "c1",
            id=f"k{index}",
            order=index,
            rating=list(Rating)[index % 4],
            moment_of_truth=index == 1,
            persona_ids=["p1"],
        )
        for index, text in enumerate([*HOSTILE, DRAWN_AS_BOXES])
    }
    journey = Journey('Parcours <cible> & "test"', id="j1", kind=JourneyKind.TARGET, cards=cards)
    return Workshop(
        "Atelier <&> \"guillemets\" 'apostrophes'",
        client="Client & Fils <SA>",
        facilitator="Anaïs O'Brien",
        workshop_date="2026-02-01",
        stages=[stage],
        channels=[channel],
        personas=[persona],
        journeys=[journey],
        actions=[Action('Corriger <l\'offre> & "relancer"', card_id="k0", owner="A&B")],
    )


def test_markup_quotes_and_formulas_print_as_typed(tmp_path) -> None:
    exported = export(_workshop(), tmp_path / "hostile.pdf")
    text, flat = squash(exported.text), no_space(exported.text)
    for typed in HOSTILE[:5]:
        assert squash(typed) in text, typed
    assert "Tab here, new line, carriage return and a bell in a row" in text
    assert no_space(HOSTILE[6]) in flat
    for name in (
        "Atelier <&> \"guillemets\" 'apostrophes'",
        "Client & Fils <SA>",
        "Découverte <&>",
        'E-mail "pro" & <web>',
        "Zoé <L'Hôte> & fils",
        'Parcours <cible> & "test"',
        'Corriger <l\'offre> & "relancer"',
    ):
        assert name in text, name
    assert "&amp;amp;" not in text
    assert "&lt;b&gt;" not in text
    assert "1er février 2026" in exported.text


def test_bookmarks_keep_the_typed_names(tmp_path) -> None:
    exported = export(_workshop(), tmp_path / "hostile.pdf")
    titles = [item.title for item in outline(exported.path)]
    assert "Atelier <&> \"guillemets\" 'apostrophes'" in titles
    assert 'Parcours <cible> & "test"' in titles


def test_characters_the_fonts_lack_are_reported(tmp_path) -> None:
    report = export(_workshop(), tmp_path / "hostile.pdf").report
    assert set(report.missing_characters) == set("日本語🙂")
