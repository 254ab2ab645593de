"""The map's arrows at rest are drawn by one layer that files them by tile: asked for an
area, it finds exactly the arrows that can ink it, whatever the number of arrows elsewhere;
a selected arrow is drawn by its own item above the cards, and the layer leaves it out."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from journey_studio.arrows import clip_ends
from journey_studio.gui.canvas.items.accents import LINK_HEX, SELECTION_HEX
from journey_studio.gui.canvas.items.arrow import INK_MARGIN, Arrow
from journey_studio.gui.canvas.items.link_item import CardLinkItem
from journey_studio.gui.canvas.items.link_layer import TILE, LinkLayer, tiles_along, tiles_of_rect

coordinate = st.floats(min_value=-3000, max_value=3000, allow_nan=False)
extent = st.floats(min_value=0.5, max_value=600, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(coordinate, coordinate, coordinate, coordinate, coordinate, coordinate, extent, extent)
def test_every_tile_a_line_crosses_is_listed(x1, y1, x2, y2, left, top, width, height) -> None:
    line = QLineF(x1, y1, x2, y2)
    area = QRectF(left, top, width, height)
    grown = area.adjusted(-INK_MARGIN, -INK_MARGIN, INK_MARGIN, INK_MARGIN)
    box = (grown.left(), grown.top(), grown.right(), grown.bottom())
    if clip_ends((x1, y1, x2, y2), box) is None:
        return
    assert set(tiles_along(line, INK_MARGIN)) & set(tiles_of_rect(area))


def test_a_long_diagonal_is_filed_under_the_tiles_it_crosses_not_its_whole_rectangle() -> None:
    tiles = set(tiles_along(QLineF(0, 0, 10_000, 10_000), INK_MARGIN))
    across = 10_000 / TILE
    assert across < len(tiles) < 4 * across  # about three per tile of length, not across**2


def _layer_in_scene() -> tuple[QGraphicsScene, LinkLayer]:
    scene = QGraphicsScene()
    scene.setSceneRect(0, 0, 2000, 2000)
    layer = LinkLayer()
    scene.addItem(layer)
    return scene, layer


def _link(scene: QGraphicsScene, layer: LinkLayer, link_id: str, start, end) -> CardLinkItem:
    item = CardLinkItem(link_id, (layer,))
    scene.addItem(item)
    item.set_ends(QRectF(*start, 20, 20), QRectF(*end, 20, 20))
    return item


def test_an_area_lists_the_arrows_that_cross_it_and_only_those(qapp) -> None:
    scene, layer = _layer_in_scene()
    _link(scene, layer, "across", (0, 0), (1900, 1900))
    _link(scene, layer, "far", (0, 1900), (300, 1900))
    middle = QRectF(990, 990, 20, 20)
    assert layer.links_in(middle) == ["across"]
    # Inside the long arrow's bounding rect, but away from its line.
    assert layer.links_in(QRectF(1500, 300, 40, 40)) == []
    assert layer.links_in(QRectF(0, 0, 2000, 2000)) == ["across", "far"]


def test_an_arrow_moved_or_removed_leaves_the_tiles_it_left(qapp) -> None:
    scene, layer = _layer_in_scene()
    item = _link(scene, layer, "moving", (0, 0), (1900, 1900))
    middle = QRectF(990, 990, 20, 20)
    item.set_ends(QRectF(0, 1900, 20, 20), QRectF(1900, 1900, 20, 20))
    assert layer.links_in(middle) == []
    assert layer.links_in(QRectF(990, 1900, 20, 20)) == ["moving"]
    scene.removeItem(item)
    assert layer.links_in(QRectF(0, 0, 2000, 2000)) == []
    assert layer.arrow("moving") is None


def test_a_relabelled_arrow_is_found_at_its_label(qapp) -> None:
    scene, layer = _layer_in_scene()
    item = _link(scene, layer, "labelled", (0, 1000), (1900, 1000))
    item.set_label("si pas de réponse")
    arrow = layer.arrow("labelled")
    assert arrow is not None
    assert arrow.label == "si pas de réponse"
    assert item.toolTip() == "si pas de réponse"
    above_the_line = QRectF(arrow.label_box.left() + 2, arrow.label_box.top() + 1, 4, 2)
    assert layer.links_in(above_the_line) == ["labelled"]


def _colour_at(scene: QGraphicsScene, point: QPointF) -> QColor:
    image = QImage(2000, 2000, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    area = QRectF(0, 0, 2000, 2000)
    scene.render(painter, area, area, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    return image.pixelColor(int(point.x()), int(point.y()))  # the pixel the point is in


def test_a_selected_arrow_is_drawn_in_the_selection_colour_by_its_item_alone(qapp) -> None:
    scene, layer = _layer_in_scene()
    # The line runs along the middle of a row of pixels: that row is all ink.
    item = _link(scene, layer, "chosen", (0, 999.5), (1900, 999.5))
    middle = item.line().center()
    assert _colour_at(scene, middle) == QColor(LINK_HEX)
    item.setSelected(True)
    assert layer.links_in(QRectF(middle.x() - 5, middle.y() - 5, 10, 10)) == []
    assert item.zValue() > layer.zValue()
    assert _colour_at(scene, middle) == QColor(SELECTION_HEX)
    item.setSelected(False)
    assert layer.links_in(QRectF(middle.x() - 5, middle.y() - 5, 10, 10)) == ["chosen"]
    assert _colour_at(scene, middle) == QColor(LINK_HEX)


def test_the_layer_is_not_picked_by_the_mouse(qapp) -> None:
    scene, layer = _layer_in_scene()
    item = _link(scene, layer, "picked", (0, 1000), (1900, 1000))
    at_line = scene.items(item.line().center(), Qt.ItemSelectionMode.IntersectsItemShape)
    assert at_line == [item]
    assert scene.items(QPointF(500, 500), Qt.ItemSelectionMode.IntersectsItemShape) == []


@pytest.mark.parametrize(
    "line", [QLineF(0, 0, 400, 300), QLineF(400, 300, 0, 0), QLineF(0, 300, 400, 0)]
)
def test_the_mouse_picks_an_arrow_all_along_its_line_and_its_label(qapp, line: QLineF) -> None:
    arrow = Arrow.along(line, "si pas de réponse")
    for at in (0.1, 0.3, 0.5, 0.7, 0.9):
        assert arrow.shape.contains(line.pointAt(at))
    box = arrow.label_box
    for x in (box.left() + 1, box.center().x(), box.right() - 1):
        assert arrow.shape.contains(QPointF(x, box.center().y()))


@pytest.mark.parametrize("label", ["", "relance"])
def test_an_arrow_is_the_same_however_it_is_made(qapp, label: str) -> None:
    start, end = QRectF(0, 0, 120, 70), QRectF(600, 400, 120, 70)
    made = Arrow.between(start, end, label)
    moved = Arrow.between(QRectF(0, 500, 120, 70), end, label).moved(start, end)
    assert (made.line, made.bounds, made.label_box) == (moved.line, moved.bounds, moved.label_box)
    assert Arrow.between(start, end).relabelled(label).label_box == made.label_box
