"""The model the service runs, fitted in a child process so the worker never imports scikit-learn."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from classifier.corpus import FILES, HOLDOUTS, LEARNT
from classifier.model.scorer import Scorer

THRESHOLDS = Path(__file__).with_name("thresholds.json")
HERE = Path(__file__).resolve().parent
# Everything a fitted state depends on: the corpus and how its items become documents, the thresholds, the
# fitting code, the library version.
INPUTS = (
    *FILES,
    *(HOLDOUTS[name] for name in LEARNT),
    HERE.parent / "corpus" / "__init__.py",
    THRESHOLDS,
    HERE / "features.py",
    HERE / "scorer.py",
    HERE / "tagger.py",
    HERE / "training.py",
)


class ModelError(RuntimeError):
    """The child process could not fit the model."""


def state_key() -> str:
    """A digest of everything the fitted state depends on, so a cached state is never stale."""
    digest = hashlib.sha256(version("scikit-learn").encode())
    for path in INPUTS:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def cache_dir() -> Path:
    """Where fitted states are kept between starts (the user's cache directory)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "exportwatch"


def service_model() -> Scorer:
    """Fit the service model (corpus and learnt hold-outs, committed thresholds) and return its scorer.

    The fit runs in `python -m classifier.model.training --state`: scikit-learn and scipy cost about 95 MB
    of resident memory once imported, and the worker needs only the fitted numbers. The state (plain JSON)
    is kept in the cache directory under a digest of its inputs, so a restart loads it instead of fitting.
    """
    cached = cache_dir() / f"model-{state_key()}.json"
    try:
        return Scorer.from_state(json.loads(cached.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        pass  # absent or unreadable: fit again
    done = subprocess.run(
        [sys.executable, "-m", "classifier.model.training", "--state"], capture_output=True, check=False
    )
    if done.returncode != 0:
        raise ModelError(f"fitting the tag model failed: {done.stderr.decode(errors='replace')[-2000:]}")
    scorer = Scorer.from_state(json.loads(done.stdout))
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(done.stdout)
        partial.replace(cached)  # atomic: a concurrent start never reads half a state
    except OSError:
        pass  # a read-only home only costs the next start a fit
    return scorer
