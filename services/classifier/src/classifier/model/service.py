"""The model the service runs, fitted in a child process so the worker never imports scikit-learn."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from classifier.model.scorer import Scorer

THRESHOLDS = Path(__file__).with_name("thresholds.json")


class ModelError(RuntimeError):
    """The child process could not fit the model."""


def service_model() -> Scorer:
    """Fit the service model from the bundled corpus (with the committed thresholds) and return its scorer.

    The fit runs in `python -m classifier.model.training --state`: scikit-learn and scipy cost about 95 MB
    of resident memory once imported, and the worker needs only the fitted numbers.
    """
    done = subprocess.run(
        [sys.executable, "-m", "classifier.model.training", "--state"], capture_output=True, check=False
    )
    if done.returncode != 0:
        raise ModelError(f"fitting the tag model failed: {done.stderr.decode(errors='replace')[-2000:]}")
    return Scorer.from_state(json.loads(done.stdout))
