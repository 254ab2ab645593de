"""A card (touchpoint) on the map: its text, rating, personas, CRM links and moment of truth.

The item paints itself; it owns no child items (they are what costs most on a big map). It
is given Qt-free values (:class:`CardFace`) by the scene. What ``paint`` draws is prepared
from the face and the size (:class:`_Prepared`) and kept until one of them changes; the
wrapping of the text is the only costly part, so it is done the first time the card is
drawn large enough to read (a 5,000-card map opens zoomed out and most cards are never
read): that memo is the only thing ``paint`` ever sets. What all cards share (outline
paths, fonts, the initials of a persona, counts) is made once.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from journey_studio.gui import palette
from journey_studio.gui.canvas.items.accents import SELECTION_HEX
from journey_studio.gui.canvas.text import (
    TextMeasure,
    cached_font,
    measure_for,
    shared_line,
    static_lines,
    wrap_lines,
)
from journey_studio.model.vocabulary import Rating

if TYPE_CHECKING:
    from journey_studio.gui.icons import IconLibrary

DETAIL_THRESHOLD = 0.4
"""Below this level of detail (screen pixels per scene unit) a card is a coloured rectangle."""
DIMMED_OPACITY = 0.22
"""How much of a card shows when it does not match the persona filter."""

RADIUS = 5.0
STRIPE = 6.0
"""Width of the rating stripe on the card's left edge."""
PADDING = 5.0
TEXT_SIZE = 10.0
CHIP_TEXT_SIZE = 7.0
SMALL_TEXT_SIZE = 8.0
FOOTER = 14.0
"""Height of the bottom row: rating badge, persona chips, CRM badge, moment-of-truth badge."""
CHIP = 13.0
CHIP_STEP = 14.0
MAX_CHIPS = 3
MOMENT_OF_TRUTH_ICON = "moment-of-truth"
CRM_ICON = "crm"


@dataclass(frozen=True, slots=True)
class PersonaChip:
    """A persona as shown on a card: initials in the persona's colour."""

    initials: str
    colour: str
    name: str


@dataclass(frozen=True, slots=True)
class CardFace:
    """What a card shows, taken from the model by the scene."""

    text: str
    rating: Rating = Rating.NONE
    moment_of_truth: bool = False
    personas: tuple[PersonaChip, ...] = ()
    crm_links: int = 0
    """How many CRM fields the card is linked to."""


def initials(name: str) -> str:
    """Up to two capital initials of a name: "Claire Martin" -> "CM", "Karim" -> "KA"."""
    words = [word for word in name.replace("-", " ").split() if word[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[1][0]).upper()


@dataclass(frozen=True, slots=True)
class _Prepared:
    """Everything a card's ``paint`` draws, derived from its face and size."""

    outline: QPainterPath
    stripe: QPainterPath
    rating_colour: QColor
    rating_ink: QColor
    rating_icon: str | None
    lines: tuple[str, ...]
    text: QStaticText
    chips: tuple[tuple[QColor, QColor, QStaticText], ...]
    more_personas: QStaticText | None
    crm_count: QStaticText | None
    crm_badge_width: float


class CardItem(QGraphicsObject):
    """One card of the journey, at its layout rect.

    Position with ``setPos`` (the top left corner); size with :meth:`set_size`; content with
    :meth:`set_face`. The bounding rect is exactly the card, so ``sceneBoundingRect()`` is the
    rect :mod:`journey_studio.layout` computed.
    """

    def __init__(
        self,
        card_id: str,
        face: CardFace,
        size: QSizeF,
        icons: IconLibrary,
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(parent)
        self._card_id = card_id
        self._icons = icons
        self._face = face
        self._rect = QRectF(0.0, 0.0, size.width(), size.height())
        self._prepared: _Prepared | None = None
        self._far_colour = _rating_colours(face.rating)[0]
        self._dimmed = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setToolTip(face.text)

    @property
    def card_id(self) -> str:
        return self._card_id

    @property
    def face(self) -> CardFace:
        return self._face

    def text_lines(self) -> list[str]:
        """The lines of text the card shows (the full text is in the tooltip)."""
        return list(self._ready().lines)

    def set_face(self, face: CardFace) -> None:
        """Show new content; the size stays."""
        if face == self._face:
            return
        self._face = face
        self._prepared = None
        self._far_colour = _rating_colours(face.rating)[0]
        self.setToolTip(face.text)
        self.update()

    def set_size(self, size: QSizeF) -> None:
        """Change the card's size (its top left corner stays)."""
        if size == self._rect.size():
            return
        self.prepareGeometryChange()
        self._rect = QRectF(0.0, 0.0, size.width(), size.height())
        self._prepared = None

    @property
    def dimmed(self) -> bool:
        """Whether the card is faded out (it does not match the persona filter)."""
        return self._dimmed

    def set_dimmed(self, dimmed: bool) -> None:
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self.setOpacity(DIMMED_OPACITY if dimmed else 1.0)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._rect

    def shape(self) -> QPainterPath:
        return _card_paths(self._rect.width(), self._rect.height())[0]

    def _ready(self) -> _Prepared:
        """What paint draws, prepared now if the face or size changed since last time."""
        if self._prepared is None:
            self._prepared = _prepare(self._face, self._rect)
        return self._prepared

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        if detail < DETAIL_THRESHOLD:
            painter.fillRect(self._rect, self._far_colour)
            if selected:
                painter.setPen(_style().selection_pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self._rect)
            return
        prepared = self._ready()
        style = _style()
        moment_of_truth = self._face.moment_of_truth
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(style.moment_of_truth_pen if moment_of_truth else style.border_pen)
        painter.setBrush(style.selected_brush if selected else style.card_brush)
        painter.drawPath(prepared.outline)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(prepared.rating_colour)
        painter.drawPath(prepared.stripe)

        painter.setPen(style.ink)
        painter.setFont(style.text_font)
        painter.drawStaticText(QPointF(STRIPE + PADDING, PADDING), prepared.text)

        top = self._rect.height() - PADDING - FOOTER
        x = STRIPE + PADDING
        if prepared.rating_icon is not None:
            self._paint_badge(
                painter, prepared.rating_icon, x, top, prepared.rating_colour, prepared.rating_ink
            )
            x += FOOTER + 4.0
        self._paint_chips(painter, style, prepared, x, top)

        right = self._rect.width() - PADDING
        if moment_of_truth:
            right -= FOOTER
            self._paint_badge(
                painter, MOMENT_OF_TRUTH_ICON, right, top, style.moment_of_truth, style.white
            )
            right -= 3.0
        if prepared.crm_count is not None:
            self._paint_crm_badge(painter, style, prepared, right, top)
        if selected:
            painter.setPen(style.selection_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._rect.adjusted(1.5, 1.5, -1.5, -1.5), RADIUS, RADIUS)

    def _paint_badge(
        self, painter: QPainter, icon: str, x: float, top: float, fill: QColor, ink: QColor
    ) -> None:
        """A rounded square in ``fill`` with the icon in ``ink``: ratings, moment of truth."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(x, top, FOOTER, FOOTER), 3.0, 3.0)
        inset = 2.0
        rect = QRectF(x + inset, top + inset, FOOTER - 2 * inset, FOOTER - 2 * inset)
        self._icons.paint(painter, icon, rect, ink)

    def _paint_chips(
        self, painter: QPainter, style: _CardStyle, prepared: _Prepared, x: float, top: float
    ) -> None:
        painter.setFont(style.chip_font)
        for fill, ink, label in prepared.chips:
            painter.setPen(style.chip_ring)
            painter.setBrush(fill)
            painter.drawEllipse(QRectF(x, top, CHIP, CHIP))
            painter.setPen(ink)
            size = label.size()
            painter.drawStaticText(
                QPointF(x + (CHIP - size.width()) / 2, top + (CHIP - size.height()) / 2), label
            )
            x += CHIP_STEP
        if prepared.more_personas is not None:
            painter.setPen(style.muted)
            painter.setFont(style.small_bold_font)
            size = prepared.more_personas.size()
            painter.drawStaticText(
                QPointF(x + 1.0, top + (CHIP - size.height()) / 2), prepared.more_personas
            )

    def _paint_crm_badge(
        self, painter: QPainter, style: _CardStyle, prepared: _Prepared, right: float, top: float
    ) -> None:
        """A pill with the CRM icon and how many CRM fields the card is linked to."""
        count = prepared.crm_count
        if count is None:
            return
        badge = QRectF(right - prepared.crm_badge_width, top, prepared.crm_badge_width, FOOTER)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.crm_badge_brush)
        painter.drawRoundedRect(badge, FOOTER / 2, FOOTER / 2)
        icon = QRectF(badge.x() + 2.5, top + 2.5, FOOTER - 5.0, FOOTER - 5.0)
        self._icons.paint(painter, CRM_ICON, icon, style.crm_ink)
        painter.setPen(style.crm_ink)
        painter.setFont(style.small_bold_font)
        height = count.size().height()
        painter.drawStaticText(QPointF(icon.right() + 1.5, top + (FOOTER - height) / 2), count)


def _prepare(face: CardFace, rect: QRectF) -> _Prepared:
    """What paint needs for this face at this size.

    The card's own text is wrapped here; Qt lays its glyphs out when the card is first
    drawn, so the many cards of a big map that never come on screen cost little.
    """
    style = _style()
    rating_colour, rating_ink = _rating_colours(face.rating)
    outline, stripe = _card_paths(rect.width(), rect.height())
    width = rect.width() - STRIPE - 2 * PADDING
    height = rect.height() - 2 * PADDING - FOOTER - 2.0
    max_lines = max(1, int(height // style.line_height))
    lines, _ = wrap_lines(face.text, style.text_measure, width, max_lines)
    chips = tuple(
        (*_persona_colours(chip.colour), shared_line(chip.initials, CHIP_TEXT_SIZE, bold=True))
        for chip in face.personas[:MAX_CHIPS]
    )
    extra = len(face.personas) - MAX_CHIPS
    crm_count = (
        shared_line(str(face.crm_links), SMALL_TEXT_SIZE, bold=True) if face.crm_links else None
    )
    return _Prepared(
        outline=outline,
        stripe=stripe,
        rating_colour=rating_colour,
        rating_ink=rating_ink,
        rating_icon=palette.RATING_ICON[face.rating],
        lines=tuple(lines),
        text=static_lines(lines, style.text_font, prepare=False),
        chips=chips,
        more_personas=shared_line(f"+{extra}", SMALL_TEXT_SIZE, bold=True) if extra > 0 else None,
        crm_count=crm_count,
        crm_badge_width=FOOTER + crm_count.size().width() + 1.0 if crm_count is not None else 0.0,
    )


@functools.lru_cache(maxsize=64)
def _card_paths(width: float, height: float) -> tuple[QPainterPath, QPainterPath]:
    """The rounded outline of a card of this size and its rating stripe (shared by all)."""
    inner = QRectF(0.5, 0.5, width - 1.0, height - 1.0)
    outline = QPainterPath()
    outline.addRoundedRect(inner, RADIUS, RADIUS)
    band = QPainterPath()
    band.addRect(QRectF(inner.x(), inner.y(), STRIPE, inner.height()))
    return outline, outline.intersected(band)


@functools.cache
def _rating_colours(rating: Rating) -> tuple[QColor, QColor]:
    """A rating's colour and the ink that reads on it."""
    fill = palette.rating_colour(rating)
    return fill, palette.text_on(fill)


@functools.lru_cache(maxsize=256)
def _persona_colours(hex_code: str) -> tuple[QColor, QColor]:
    """A persona chip's fill and the ink of its initials."""
    fill = palette.colour(hex_code)
    return fill, palette.text_on(fill)


@dataclass(frozen=True)
class _CardStyle:
    """Fonts, pens and brushes shared by every card (made once a GUI application exists)."""

    text_font: QFont
    text_measure: TextMeasure
    line_height: float
    chip_font: QFont
    small_bold_font: QFont
    ink: QColor
    muted: QColor
    white: QColor
    crm_ink: QColor
    moment_of_truth: QColor
    card_brush: QBrush
    crm_badge_brush: QBrush
    border_pen: QPen
    moment_of_truth_pen: QPen
    chip_ring: QPen
    selection_pen: QPen
    selected_brush: QBrush


@functools.cache
def _style() -> _CardStyle:
    text_font = cached_font(TEXT_SIZE)
    measure = measure_for(text_font)
    return _CardStyle(
        text_font=text_font,
        text_measure=measure,
        line_height=measure.metrics.lineSpacing(),
        chip_font=cached_font(CHIP_TEXT_SIZE, bold=True),
        small_bold_font=cached_font(SMALL_TEXT_SIZE, bold=True),
        ink=QColor(palette.INK_HEX),
        muted=QColor(palette.MUTED_INK_HEX),
        white=QColor(palette.CARD_HEX),
        crm_ink=QColor(palette.CRM_HEX),
        moment_of_truth=QColor(palette.MOMENT_OF_TRUTH_HEX),
        card_brush=QBrush(QColor(palette.CARD_HEX)),
        crm_badge_brush=QBrush(palette.tint(QColor(palette.CRM_HEX), 0.85)),
        border_pen=QPen(QColor(palette.CARD_BORDER_HEX), 1.0),
        moment_of_truth_pen=QPen(QColor(palette.MOMENT_OF_TRUTH_HEX), 1.5),
        chip_ring=QPen(QColor(palette.CARD_HEX), 1.0),
        selection_pen=QPen(QColor(SELECTION_HEX), 2.5),
        selected_brush=QBrush(palette.tint(QColor(SELECTION_HEX), 0.9)),
    )
