"""Hypothesis profiles for the parser fuzzers: a bounded default, HYPOTHESIS_PROFILE=deep for long runs."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Hypothesis tests here share one module-level app or store across examples on purpose (building one per
# example would spend the budget on setup), and structured strategies are slow to generate by design.
_COMMON = {
    "deadline": None,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
}
settings.register_profile("fuzz", max_examples=200, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("deep", max_examples=3000, **_COMMON)  # type: ignore[arg-type]

# Only the fuzz tests use these profiles (through `FUZZ`); the rest of the suite keeps Hypothesis' default.
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "fuzz")
FUZZ = settings.get_profile(PROFILE if PROFILE in ("fuzz", "deep") else "fuzz")


def scaled(fraction: float) -> settings:
    """The active profile with a fraction of its examples (for fuzzers whose examples cost I/O)."""
    return settings(FUZZ, max_examples=max(10, int(FUZZ.max_examples * fraction)))
