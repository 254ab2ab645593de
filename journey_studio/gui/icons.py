"""The packaged icons, drawn crisp at any zoom.

Icons are read once through :mod:`journey_studio.assets` (never by path) and rasterised on
demand at the size they take on screen, rounded up to a step so that zooming does not fill
the cache with one pixmap per zoom level.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from journey_studio.assets import MissingResource, icon_bytes

_log = logging.getLogger(__name__)

_PNG_MAGIC = b"\x89PNG"
_SIZE_STEP = 8
_MAX_PIXELS = 512
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


GENERIC_CHANNEL_ICON = "channel-generic"


def channel_icon_name(icon: str) -> str:
    """The icon name for a channel's ``icon`` field: ``"email"`` and ``"channel-email"``
    both name ``channel-email``; an empty field names the generic channel icon."""
    icon = icon.strip()
    if not icon:
        return GENERIC_CHANNEL_ICON
    return icon if icon.startswith("channel-") else f"channel-{icon}"


class IconLibrary:
    """The icons of one application: shared by the scene, its items and the widgets.

    A missing icon is logged once when it is first drawn, and drawn as nothing: the map
    stays usable. :meth:`has` asks without logging.
    """

    def __init__(self) -> None:
        self._sources: dict[str, QSvgRenderer | QImage | None] = {}
        self._pixmaps: dict[tuple[str, int, int], QPixmap] = {}
        self._reported: set[str] = set()

    def has(self, name: str) -> bool:
        """Whether the icon exists and can be drawn."""
        return self._source(name) is not None

    def channel_icon(self, icon: str) -> str:
        """The icon to draw for a channel's ``icon`` field: its own when there is one,
        else the generic channel icon (channels may name icons this version lacks)."""
        name = channel_icon_name(icon)
        return name if self.has(name) else GENERIC_CHANNEL_ICON

    def pixmap(self, name: str, pixels: int, colour: QColor | None = None) -> QPixmap | None:
        """The icon rasterised in a square of ``pixels`` (rounded up to a step), or None.

        Icons are drawn in one dark grey; ``colour`` repaints them in another (e.g. white on
        a rating's colour).
        """
        pixels = min(_MAX_PIXELS, max(_SIZE_STEP, math.ceil(pixels / _SIZE_STEP) * _SIZE_STEP))
        key = (name, pixels, colour.rgba() if colour is not None else 0)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        source = self._source(name)
        if source is None:
            if name not in self._reported:
                self._reported.add(name)
                _log.warning("The icon %r is missing or unreadable; it is left out.", name)
            return None
        image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = QRectF(0, 0, pixels, pixels)
        if isinstance(source, QSvgRenderer):
            source.render(painter, _fitted(source.defaultSize(), target))
        else:
            painter.drawImage(_fitted(source.size(), target), source)
        if colour is not None:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(target, colour)
        painter.end()
        pixmap = QPixmap.fromImage(image)
        self._pixmaps[key] = pixmap
        return pixmap

    def paint(
        self, painter: QPainter, name: str, rect: QRectF, colour: QColor | None = None
    ) -> None:
        """Draw the icon in ``rect`` (item coordinates), sharp at the painter's scale."""
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixels = math.ceil(max(rect.width(), rect.height()) * scale * ratio)
        pixmap = self.pixmap(name, pixels, colour)
        if pixmap is not None:
            painter.drawPixmap(rect, pixmap, QRectF(pixmap.rect()))

    def icon(self, name: str) -> QIcon:
        """A QIcon for widgets (window icon, toolbar); empty when the icon is missing."""
        result = QIcon()
        for size in WINDOW_ICON_SIZES:
            pixmap = self.pixmap(name, size)
            if pixmap is None:
                return QIcon()
            result.addPixmap(pixmap)
        return result

    def _source(self, name: str) -> QSvgRenderer | QImage | None:
        if name in self._sources:
            return self._sources[name]
        source: QSvgRenderer | QImage | None = None
        try:
            data = icon_bytes(name)
        except MissingResource:
            data = b""
        if data.startswith(_PNG_MAGIC):
            image = QImage.fromData(data, "PNG")
            source = None if image.isNull() else image
        elif data:
            renderer = QSvgRenderer(QByteArray(data))
            source = renderer if renderer.isValid() else None
        self._sources[name] = source
        return source


def _fitted(size: QSize, target: QRectF) -> QRectF:
    """``target`` shrunk to ``size``'s aspect ratio, centred."""
    if size.width() <= 0 or size.height() <= 0:
        return target
    scale = min(target.width() / size.width(), target.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(
        target.x() + (target.width() - width) / 2,
        target.y() + (target.height() - height) / 2,
        width,
        height,
    )
