"""Forward migrations of the workshop file, one step per schema version.

``MIGRATIONS[n]`` brings a file from version ``n`` to ``n + 1`` inside one transaction. Before
any migration runs, the file is copied beside itself (``name.journey.v1.bak``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlalchemy import Connection

Migration = Callable[[Connection], None]

MIGRATIONS: Mapping[int, Migration] = {}
"""Version 1 is the first schema: nothing to migrate yet."""
