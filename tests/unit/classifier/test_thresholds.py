"""The committed thresholds are what `make thresholds` chooses from the training items (the corpus and the
learnt hold-outs outside the validation split). The validation figure relies on it: its model takes them.

Its own module, apart from the quality figures: both fit models on every learnt item, and a module is the
unit the test runner spreads over its workers.
"""

from __future__ import annotations

import json

import pytest

from classifier.corpus import training_items
from classifier.model.service import THRESHOLDS
from classifier.model.training import deals, thresholds


# Fifteen fits (three fold deals of five) on every training item: about 3.5 minutes on an idle machine and
# more beside another test worker, so the hang guard here is wider than the suite's.
@pytest.mark.timeout(1200)
def test_service_thresholds_are_what_the_command_chooses() -> None:
    committed = json.loads(THRESHOLDS.read_text(encoding="utf-8"))
    pool = training_items()
    assert committed == thresholds(pool, *deals(pool))
