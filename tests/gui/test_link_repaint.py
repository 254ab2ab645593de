"""A long arrow repainted for a small area (after an edit nearby) is drawn there, and only
its part there: the map looks the same as when the whole arrow is drawn, at rest (drawn by
the map's link layer) and selected (drawn by its own item)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from journey_studio.arrows import clip_ends
from journey_studio.gui.canvas.items.link_item import CardLinkItem
from journey_studio.gui.canvas.items.link_layer import LinkLayer

SIZE = 400
BOX = (0.0, 0.0, 100.0, 100.0)
"""A 100-unit square, by its sides."""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (QLineF(10, 10, 20, 20), QLineF(10, 10, 20, 20)),  # inside: as it is
        (QLineF(-50, 50, 150, 50), QLineF(0, 50, 100, 50)),  # across: cut at both sides
        (QLineF(50, -50, 50, 150), QLineF(50, 0, 50, 100)),  # upright
        (QLineF(-100, -100, 50, 50), QLineF(0, 0, 50, 50)),  # from outside to inside
    ],
)
def test_the_part_of_a_line_inside_a_rect_is_kept(line: QLineF, expected: QLineF) -> None:
    clipped = clip_ends((line.x1(), line.y1(), line.x2(), line.y2()), BOX)
    assert clipped is not None
    wanted = (expected.x1(), expected.y1(), expected.x2(), expected.y2())
    assert clipped == pytest.approx(wanted)


@pytest.mark.parametrize(
    "line",
    [QLineF(-50, 150, 150, 150), QLineF(150, -10, 300, 90), QLineF(-30, 20, -10, 200)],
)
def test_a_line_that_misses_the_rect_is_not_drawn(line: QLineF) -> None:
    assert clip_ends((line.x1(), line.y1(), line.x2(), line.y2()), BOX) is None


def _scene_with_long_arrow(*, selected: bool = False) -> QGraphicsScene:
    scene = QGraphicsScene()
    scene.setSceneRect(0, 0, SIZE, SIZE)
    layer = LinkLayer()
    scene.addItem(layer)
    arrow = CardLinkItem("link", (layer,))
    scene.addItem(arrow)
    arrow.set_ends(QRectF(0, 0, 20, 20), QRectF(SIZE - 20, SIZE - 20, 20, 20))
    arrow.setSelected(selected)
    return scene


def _render(scene: QGraphicsScene, area: QRectF) -> QImage:
    """``area`` of the scene at 100 %, as a view repaints an exposed rect."""
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setClipRect(area)
    scene.render(painter, area, area, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    return image


def _close(one: QColor, other: QColor) -> bool:
    """The same colour to the eye: no channel more than four steps (of 255) apart."""
    return all(abs(a - b) <= 4 for a, b in zip(one.getRgb(), other.getRgb(), strict=True))


@pytest.mark.parametrize("selected", [False, True])
def test_a_long_arrow_repainted_in_a_small_area_looks_as_drawn_whole(qapp, selected) -> None:
    scene = _scene_with_long_arrow(selected=selected)
    whole = _render(scene, QRectF(0, 0, SIZE, SIZE))
    area = QRectF(180, 180, 40, 40)  # the middle of the diagonal
    part = _render(scene, area)
    inked = 0
    for x in range(181, 219):
        for y in range(181, 219):
            # Antialiasing a segment cut elsewhere may round one step differently.
            assert _close(part.pixelColor(x, y), whole.pixelColor(x, y))
            inked += part.pixelColor(x, y) != QColor("white")
    assert inked > 20  # the arrow is there


@pytest.mark.parametrize("selected", [False, True])
def test_an_arrow_that_only_passes_near_a_repainted_area_leaves_it_as_it_was(
    qapp, selected
) -> None:
    scene = _scene_with_long_arrow(selected=selected)
    area = QRectF(300, 40, 40, 40)  # inside the arrow's bounding rect, far from the line
    part = _render(scene, area)
    assert all(
        part.pixelColor(x, y) == QColor("white") for x in range(300, 340) for y in range(40, 80)
    )
