"""The mouse tools of the canvas: each owns the mouse from a press until it ends or is
cancelled, shows its own feedback, and changes the model with at most one edit at its end."""
