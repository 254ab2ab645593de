"""The icons' SVG, read into paths: the small subset they are written in.

The packaged icons are hand-written SVG (``icons/README.md``): rect (with rounded corners),
circle, ellipse, line, polyline, polygon and path (M L H V C S Q T A Z, absolute and
relative), presentation attributes only, no CSS. This module reads that subset into lists
of move, line, curve and close operations (arcs become Bézier curves), in the icon's own
units with y down. No reportlab here: :mod:`.icons` draws the result.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass

from journey_studio.exporters.pdf.style import ICON, RGB, rgb

Op = tuple[float, ...]
"""A path operation: (0, x, y) move, (1, x, y) line, (2, x1, y1, x2, y2, x, y) curve, (3,)
close."""
MOVE, LINE, CURVE, CLOSE = 0, 1, 2, 3
KAPPA = 0.5522847498
"""Control-point distance of a quarter circle drawn as one Bézier curve."""


@dataclass(frozen=True, slots=True)
class Shape:
    """One element of an icon: its outline and how it is painted."""

    ops: tuple[Op, ...]
    fill: bool
    stroke: bool
    width: float
    round_caps: bool
    round_joins: bool
    fill_colour: RGB = ICON
    stroke_colour: RGB = ICON
    """The icon's own colours (used when it is drawn in its own colours)."""


@dataclass(frozen=True, slots=True)
class Icon:
    """An icon read from SVG: its view box and its shapes, in SVG units (y down)."""

    view_box: tuple[float, float, float, float]
    shapes: tuple[Shape, ...]


def parse_svg(data: bytes) -> Icon:
    """Read the icons' SVG subset. Unknown elements are skipped.

    Raises:
        ElementTree.ParseError, ValueError: not SVG of that subset.
    """
    root = ElementTree.fromstring(data)
    view_box = _numbers(root.get("viewBox", ""))
    if len(view_box) != 4:
        width, height = (_length(root.get(key)) for key in ("width", "height"))
        view_box = [0.0, 0.0, width or 24.0, height or 24.0]
    shapes = tuple(_shapes(root, _Paint()))
    return Icon((view_box[0], view_box[1], view_box[2], view_box[3]), shapes)


@dataclass(frozen=True, slots=True)
class _Paint:
    """Presentation attributes inherited down the tree (SVG defaults)."""

    fill: bool = True
    stroke: bool = False
    width: float = 1.0
    round_caps: bool = False
    round_joins: bool = False
    fill_colour: RGB = (0.0, 0.0, 0.0)
    stroke_colour: RGB = (0.0, 0.0, 0.0)

    def child(self, element: ElementTree.Element) -> _Paint:
        get = element.get
        fill, stroke = get("fill"), get("stroke")
        width = get("stroke-width")
        caps, joins = get("stroke-linecap"), get("stroke-linejoin")
        return _Paint(
            fill=self.fill if fill is None else fill != "none",
            stroke=self.stroke if stroke is None else stroke != "none",
            width=self.width if width is None else _length(width),
            round_caps=self.round_caps if caps is None else caps == "round",
            round_joins=self.round_joins if joins is None else joins == "round",
            fill_colour=self.fill_colour if fill in (None, "none") else rgb(fill),
            stroke_colour=self.stroke_colour if stroke in (None, "none") else rgb(stroke),
        )


def _shapes(element: ElementTree.Element, inherited: _Paint) -> Iterator[Shape]:
    paint = inherited.child(element)
    tag = element.tag.rsplit("}", 1)[-1]
    ops = _element_ops(tag, element)
    if ops:
        yield Shape(
            ops,
            paint.fill,
            paint.stroke,
            paint.width,
            paint.round_caps,
            paint.round_joins,
            paint.fill_colour,
            paint.stroke_colour,
        )
    if tag in ("svg", "g"):
        for child in element:
            yield from _shapes(child, paint)


def _element_ops(tag: str, element: ElementTree.Element) -> tuple[Op, ...]:
    def number(key: str) -> float:
        return _length(element.get(key))

    if tag == "rect":
        x, y, width, height = number("x"), number("y"), number("width"), number("height")
        rx = number("rx") if element.get("rx") is not None else number("ry")
        return _rounded_rect(x, y, width, height, rx)
    if tag == "circle":
        radius = number("r")
        return _ellipse(number("cx"), number("cy"), radius, radius)
    if tag == "ellipse":
        return _ellipse(number("cx"), number("cy"), number("rx"), number("ry"))
    if tag == "line":
        return ((MOVE, number("x1"), number("y1")), (LINE, number("x2"), number("y2")))
    if tag in ("polyline", "polygon"):
        values = _numbers(element.get("points", ""))
        points = list(zip(values[::2], values[1::2], strict=False))
        if not points:
            return ()
        ops: list[Op] = [(MOVE, *points[0])]
        ops += [(LINE, *point) for point in points[1:]]
        if tag == "polygon":
            ops.append((CLOSE,))
        return tuple(ops)
    if tag == "path":
        return tuple(path_ops(element.get("d", "")))
    return ()


_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_TOKEN = re.compile(rf"([MmLlHhVvCcSsQqTtAaZz])|({_NUMBER})")


def _numbers(text: str) -> list[float]:
    return [float(value) for value in re.findall(_NUMBER, text)]


def _length(text: str | None) -> float:
    values = _numbers(text or "")
    return values[0] if values else 0.0


def path_ops(d: str) -> Iterator[Op]:
    """The operations of an SVG path's ``d`` (M L H V C S Q T A Z, absolute and relative)."""
    tokens = [(command, float(value) if value else 0.0) for command, value in _TOKEN.findall(d)]
    index = 0
    x = y = start_x = start_y = 0.0
    last_control: tuple[float, float] | None = None
    command = ""

    def take(count: int) -> list[float]:
        nonlocal index
        values = []
        for _ in range(count):
            if index >= len(tokens) or tokens[index][0]:
                raise ValueError(f"The path {d!r} is cut short.")
            values.append(tokens[index][1])
            index += 1
        return values

    while index < len(tokens):
        if tokens[index][0]:
            command = tokens[index][0]
            index += 1
        elif not command:
            raise ValueError(f"The path {d!r} does not start with a command.")
        relative = command.islower()
        kind = command.upper()
        dx, dy = (x, y) if relative else (0.0, 0.0)
        control = None
        if kind == "Z":
            yield (CLOSE,)
            x, y = start_x, start_y
            command = ""
        elif kind == "M":
            x, y = (value + offset for value, offset in zip(take(2), (dx, dy), strict=True))
            start_x, start_y = x, y
            yield (MOVE, x, y)
            command = "l" if relative else "L"
        elif kind == "L":
            px, py = take(2)
            x, y = px + dx, py + dy
            yield (LINE, x, y)
        elif kind == "H":
            x = take(1)[0] + dx
            yield (LINE, x, y)
        elif kind == "V":
            y = take(1)[0] + dy
            yield (LINE, x, y)
        elif kind in ("C", "S"):
            if kind == "C":
                x1, y1, x2, y2, px, py = take(6)
                x1, y1 = x1 + dx, y1 + dy
            else:
                x2, y2, px, py = take(4)
                x1, y1 = (
                    (2 * x - last_control[0], 2 * y - last_control[1]) if last_control else (x, y)
                )
            x2, y2, x, y = x2 + dx, y2 + dy, px + dx, py + dy
            yield (CURVE, x1, y1, x2, y2, x, y)
            control = (x2, y2)
        elif kind in ("Q", "T"):
            if kind == "Q":
                qx, qy, px, py = take(4)
                qx, qy = qx + dx, qy + dy
            else:
                px, py = take(2)
                qx, qy = (
                    (2 * x - last_control[0], 2 * y - last_control[1]) if last_control else (x, y)
                )
            end_x, end_y = px + dx, py + dy
            yield (
                CURVE,
                x + 2 / 3 * (qx - x),
                y + 2 / 3 * (qy - y),
                end_x + 2 / 3 * (qx - end_x),
                end_y + 2 / 3 * (qy - end_y),
                end_x,
                end_y,
            )
            x, y = end_x, end_y
            control = (qx, qy)
        elif kind == "A":
            rx, ry, rotation, large, sweep, px, py = take(7)
            end_x, end_y = px + dx, py + dy
            yield from _arc(x, y, rx, ry, rotation, bool(large), bool(sweep), end_x, end_y)
            x, y = end_x, end_y
        last_control = control


def _arc(
    x1: float,
    y1: float,
    rx: float,
    ry: float,
    rotation: float,
    large: bool,
    sweep: bool,
    x2: float,
    y2: float,
) -> Iterator[Op]:
    """An SVG elliptical arc as Bézier curves (SVG 1.1, appendix F.6.5 and F.6.6)."""
    if (x1, y1) == (x2, y2):
        return
    rx, ry = abs(rx), abs(ry)
    if rx == 0 or ry == 0:
        yield (LINE, x2, y2)
        return
    phi = math.radians(rotation % 360)
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    half_dx, half_dy = (x1 - x2) / 2, (y1 - y2) / 2
    x1p = cos_phi * half_dx + sin_phi * half_dy
    y1p = -sin_phi * half_dx + cos_phi * half_dy
    grow = (x1p / rx) ** 2 + (y1p / ry) ** 2
    if grow > 1:
        rx, ry = rx * math.sqrt(grow), ry * math.sqrt(grow)
    numerator = rx**2 * ry**2 - rx**2 * y1p**2 - ry**2 * x1p**2
    denominator = rx**2 * y1p**2 + ry**2 * x1p**2
    factor = math.sqrt(max(0.0, numerator / denominator)) if denominator else 0.0
    if large == sweep:
        factor = -factor
    cxp, cyp = factor * rx * y1p / ry, -factor * ry * x1p / rx
    cx = cos_phi * cxp - sin_phi * cyp + (x1 + x2) / 2
    cy = sin_phi * cxp + cos_phi * cyp + (y1 + y2) / 2

    def angle(ux: float, uy: float, vx: float, vy: float) -> float:
        return math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)

    start = angle(1.0, 0.0, (x1p - cxp) / rx, (y1p - cyp) / ry)
    delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry)
    if not sweep and delta > 0:
        delta -= 2 * math.pi
    elif sweep and delta < 0:
        delta += 2 * math.pi
    pieces = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / pieces
    handle = 4 / 3 * math.tan(step / 4)

    def point(theta: float) -> tuple[float, float]:
        ex, ey = rx * math.cos(theta), ry * math.sin(theta)
        return cx + cos_phi * ex - sin_phi * ey, cy + sin_phi * ex + cos_phi * ey

    def tangent(theta: float) -> tuple[float, float]:
        ex, ey = -rx * math.sin(theta), ry * math.cos(theta)
        return cos_phi * ex - sin_phi * ey, sin_phi * ex + cos_phi * ey

    theta = start
    for piece in range(pieces):
        following = start + (piece + 1) * step
        (ax, ay), (bx, by) = point(theta), point(following)
        (tax, tay), (tbx, tby) = tangent(theta), tangent(following)
        if piece == pieces - 1:
            bx, by = x2, y2
        yield (
            CURVE,
            ax + handle * tax,
            ay + handle * tay,
            bx - handle * tbx,
            by - handle * tby,
            bx,
            by,
        )
        theta = following


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> tuple[Op, ...]:
    kx, ky = rx * KAPPA, ry * KAPPA
    return (
        (MOVE, cx + rx, cy),
        (CURVE, cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry),
        (CURVE, cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy),
        (CURVE, cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry),
        (CURVE, cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy),
        (CLOSE,),
    )


def _rounded_rect(x: float, y: float, width: float, height: float, r: float) -> tuple[Op, ...]:
    r = max(0.0, min(r, width / 2, height / 2))
    if r == 0:
        return (
            (MOVE, x, y),
            (LINE, x + width, y),
            (LINE, x + width, y + height),
            (LINE, x, y + height),
            (CLOSE,),
        )
    k = r * (1 - KAPPA)
    right, bottom = x + width, y + height
    return (
        (MOVE, x + r, y),
        (LINE, right - r, y),
        (CURVE, right - k, y, right, y + k, right, y + r),
        (LINE, right, bottom - r),
        (CURVE, right, bottom - k, right - k, bottom, right - r, bottom),
        (LINE, x + r, bottom),
        (CURVE, x + k, bottom, x, bottom - k, x, bottom - r),
        (LINE, x, y + r),
        (CURVE, x, y + k, x + k, y, x + r, y),
        (CLOSE,),
    )
