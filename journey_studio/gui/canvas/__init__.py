"""The map canvas: the scene that shows one journey, its items, and the view around it."""
