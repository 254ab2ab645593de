"""Colours of the editing feedback on the canvas: selection, drop targets, links, editors.

They sit beside :mod:`journey_studio.gui.palette` (the map's own colours, shared with the
exporters) because they are never printed: they only show what the mouse is doing.
"""

from __future__ import annotations

SELECTION_HEX = "#1E88E5"
"""The ring of a selected card or link, and the rubber band."""
DROP_HEX = "#1565C0"
"""The insertion line and the target cell of a drag."""
LINK_HEX = "#546E7A"
"""Arrows between cards."""
EDITOR_HEX = "#FFFDE7"
"""The background of a card being typed."""
HINT_HEX = "#FFF3E0"
"""The bubble with a first-person rewrite."""
HINT_BORDER_HEX = "#FFB74D"
