"""The mouse tools of the canvas: each owns the mouse from a press until it ends or is
cancelled, shows its own feedback, and changes the model with at most one edit at its end."""

from typing import TYPE_CHECKING

from journey_studio.lazy_names import lazy_names

if TYPE_CHECKING:
    from journey_studio.gui.canvas.interactions.base import Interaction
    from journey_studio.gui.canvas.interactions.link_cards import LinkCardsInteraction
    from journey_studio.gui.canvas.interactions.move_cards import MoveCardsInteraction
    from journey_studio.gui.canvas.interactions.move_header import MoveHeaderInteraction
    from journey_studio.gui.canvas.interactions.rubber_band import RubberBandSelection
    from journey_studio.gui.canvas.interactions.text_editing import TextEditing

__getattr__, __dir__, __all__ = lazy_names(
    __name__,
    {
        "base": ("Interaction",),
        "link_cards": ("LinkCardsInteraction",),
        "move_cards": ("MoveCardsInteraction",),
        "move_header": ("MoveHeaderInteraction",),
        "rubber_band": ("RubberBandSelection",),
        "text_editing": ("TextEditing",),
    },
)
