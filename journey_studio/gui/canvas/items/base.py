"""The common shape of the map's rectangular items: a cached rect and a rebuild hook."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject


class MapRectItem(QGraphicsObject):
    """An item that fills a rect of the layout: placed with ``setPos``, sized with
    :meth:`set_size`. Subclasses prepare what they paint in :meth:`_rebuild`, which runs
    whenever the size or content changes, never in ``paint``.
    """

    def __init__(self, size: QSizeF, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._rect = QRectF(0.0, 0.0, size.width(), size.height())

    @property
    def rect(self) -> QRectF:
        """The item's rect in its own coordinates: (0, 0) at its top left corner."""
        return QRectF(self._rect)

    def set_size(self, size: QSizeF) -> None:
        """Resize the item (its top left corner stays)."""
        if size == self._rect.size():
            return
        self.prepareGeometryChange()
        self._rect = QRectF(0.0, 0.0, size.width(), size.height())
        self._rebuild()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._rect

    def _rebuild(self) -> None:
        """Prepare what ``paint`` draws from the current size and content."""
