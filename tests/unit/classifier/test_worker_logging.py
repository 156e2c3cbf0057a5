"""The classifier's faust worker keeps the root logger at the level asked for (no spinner trap)."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import faust
import pytest
from faust.utils import terminal

from classifier.__main__ import worker_argv
from classifier.app import QuietWorker, create_app
from classifier.settings import ClassifierSettings

# A logger no test configures, standing for aiokafka's and faust's: it inherits the root logger's level
# (aiokafka's own logger is set to CRITICAL by the broker fixture, so it cannot tell).
PROBE = "tests.classifier.worker_logging.probe"


@pytest.fixture
def root() -> Iterator[logging.Logger]:
    """The root logger, configured as faust's `-l warn` leaves it, restored afterwards."""
    logger = logging.getLogger()
    saved = (logger.level, list(logger.handlers))
    logger.handlers = [logging.StreamHandler(io.StringIO())]
    logger.setLevel(logging.WARN)
    yield logger
    logger.setLevel(saved[0])
    logger.handlers = saved[1]


def _worker(cls: type[faust.Worker]) -> faust.Worker:
    # Only the logging hook is under test: no app, loop or services are needed for it.
    worker = object.__new__(cls)
    worker.spinner = terminal.Spinner(file=io.StringIO())
    return worker


def test_faust_own_worker_turns_debug_records_on_at_warn(root: logging.Logger) -> None:
    # The trap this module works around: still true of the pinned faust, or QuietWorker is moot.
    _worker(faust.Worker).on_setup_root_logger(root, logging.WARN)
    assert logging.getLogger(PROBE).isEnabledFor(logging.DEBUG)


def test_quiet_worker_leaves_the_root_logger_at_the_level_asked_for(root: logging.Logger) -> None:
    worker = _worker(QuietWorker)
    handlers = list(root.handlers)
    worker.on_setup_root_logger(root, logging.WARN)
    assert not logging.getLogger(PROBE).isEnabledFor(logging.DEBUG)
    assert worker.spinner is None
    assert root.handlers == handlers


def test_the_app_runs_its_worker_as_a_quiet_worker(tmp_path: Path) -> None:
    app, _ = create_app(ClassifierSettings(CLASSIFIER_DATA_DIR=str(tmp_path)))
    worker_class: object = app.conf.Worker
    assert worker_class is QuietWorker


def test_the_worker_command_runs_without_fausts_web_server() -> None:
    # Two workers on one host would both bind faust's default port; the probe app serves ours instead.
    assert worker_argv(["exportwatch-classifier", "worker", "-l", "info"]) == [
        "exportwatch-classifier", "worker", "--without-web", "-l", "info"
    ]  # fmt: skip
    assert worker_argv(["exportwatch-classifier", "worker", "--with-web"])[2:] == ["--with-web"]
    assert worker_argv(["exportwatch-classifier", "--help"]) == ["exportwatch-classifier", "--help"]
