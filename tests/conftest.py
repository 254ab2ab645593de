"""Settings shared by every test: Qt offscreen, and Hypothesis profiles.

On CI (``CI`` set) Hypothesis is derandomized, so a run is reproducible and main stays
green for the same code; on a developer's machine it explores new examples every run.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
