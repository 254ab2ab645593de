"""Rating colours (also as plain hex for the exporters) and the icons the canvas draws."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor

from journey_studio.gui import palette
from journey_studio.gui.icons import channel_icon_name
from journey_studio.model.vocabulary import Rating


def test_every_rating_has_a_distinct_plain_hex_colour() -> None:
    assert set(palette.RATING_HEX) == set(Rating)
    for value in palette.RATING_HEX.values():
        assert re.fullmatch(r"#[0-9A-F]{6}", value)
    assert len(set(palette.RATING_HEX.values())) == len(Rating)
    assert palette.RATING_HEX[Rating.DELIGHT] == palette.DELIGHT_HEX == "#2E7D32"
    assert palette.RATING_HEX[Rating.IRRITANT] == palette.IRRITANT_HEX == "#F9A825"
    assert palette.RATING_HEX[Rating.BREAKING_POINT] == palette.BREAKING_POINT_HEX == "#C62828"
    assert palette.rating_colour(Rating.DELIGHT) == QColor("#2E7D32")


def test_every_rating_but_none_has_an_icon_of_its_own() -> None:
    icons = [palette.RATING_ICON[rating] for rating in Rating if rating is not Rating.NONE]
    assert None not in icons
    assert len(set(icons)) == len(icons)
    assert palette.RATING_ICON[Rating.NONE] is None


def test_text_on_picks_the_readable_ink() -> None:
    assert palette.text_on(QColor(palette.DELIGHT_HEX)) == QColor("#FFFFFF")
    assert palette.text_on(QColor(palette.BREAKING_POINT_HEX)) == QColor("#FFFFFF")
    assert palette.text_on(QColor(palette.IRRITANT_HEX)) == QColor(palette.INK_HEX)


ICONS_DRAWN = [
    *(name for name in palette.RATING_ICON.values() if name),
    "moment-of-truth",
    "crm",
    "journey-studio",
    "channel-website",
    "channel-email",
    "channel-phone",
]


@pytest.mark.parametrize("name", ICONS_DRAWN)
def test_the_icons_the_canvas_draws_are_packaged_and_render(qapp, icons, name: str) -> None:
    assert icons.has(name)
    pixmap = icons.pixmap(name, 24)
    assert pixmap is not None
    assert pixmap.width() == 24
    image = pixmap.toImage()
    opaque = sum(1 for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 128)
    assert 10 < opaque < 24 * 24


def test_icons_can_be_repainted_in_another_colour(qapp, icons) -> None:
    white = icons.pixmap("rating-delight", 32, QColor("#FFFFFF")).toImage()
    colours = {
        white.pixelColor(x, y).name()
        for x in range(32)
        for y in range(32)
        if white.pixelColor(x, y).alpha() == 255
    }
    assert colours == {"#ffffff"}


def test_a_missing_icon_is_drawn_as_nothing(qapp, icons, caplog) -> None:
    assert not icons.has("no-such-icon")
    assert icons.pixmap("no-such-icon", 16) is None
    assert icons.icon("no-such-icon").isNull()
    assert "no-such-icon" in caplog.text


def test_channel_icon_names(qapp, icons) -> None:
    assert channel_icon_name("channel-email") == "channel-email"
    assert channel_icon_name("email") == "channel-email"
    assert channel_icon_name(" ") == "channel-generic"
    assert icons.channel_icon("email") == "channel-email"
    assert icons.channel_icon("channel-hologram") == "channel-generic"
