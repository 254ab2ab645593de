"""The graphics items of the map: cards, headers and lanes. Each paints itself from values
given to it (no model lookups in ``paint``) and caches its bounding rect."""
