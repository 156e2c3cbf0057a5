# exportwatch: `make run` (the pipeline) and `make test` (everything CI runs). Each target is a short line.
SHELL := /bin/bash
UV := $(shell command -v uv >/dev/null 2>&1 && echo uv || echo python3 -m uv)
UV_VERSION := 0.13.8
KAFKA_PORT ?= 9092
REPLAY ?= 0
PY := $(UV) run --frozen

.PHONY: help uv sync run test lint typecheck pytest unit integration bench score thresholds chaos fuzz-deep kafka-up kafka-down topics schemas clean

help:
	@echo "make run [REPLAY=1]  start Kafka and every service in the foreground (Ctrl-C stops all)"
	@echo "make test            lint, type-check and the whole test suite (what CI runs)"
	@echo "make bench [BENCH=\"name ...\"]  the benchmarks under bench/ (figures in bench/README.md)"
	@echo "make score           the classifier's figures: each labelled hold-out, the validation split, 5-fold CV"
	@echo "make chaos [CHAOS_ARGS=\"--seed 7\"]  the whole pipeline under SIGKILLs and a broker restart (~5 min)"
	@echo "make fuzz-deep       the parser fuzzers with 3000 examples each (minutes; CI runs 200)"
	@echo "make kafka-up|kafka-down|topics|schemas|lint|typecheck|unit|integration"

uv:
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet "uv==$(UV_VERSION)"

sync: uv
	@$(UV) sync --frozen --quiet

run: sync
	@REPLAY=$(REPLAY) KAFKA_PORT=$(KAFKA_PORT) UV="$(UV)" bash deploy/local/run.sh

test: sync lint typecheck pytest

lint: sync
	$(PY) ruff check .
	$(PY) ruff format --check .

typecheck: sync
	$(PY) mypy

# Unit tests are CPU-bound: one worker per core (CI has two), each file on one worker so a module's fitted
# model is shared. Integration tests stay serial: a second worker would start a second Kafka broker, and
# their services' start-up waits assume no other worker's processes share the cores.
UNIT_WORKERS ?= 2
UNIT := $(PY) pytest tests/unit -n $(UNIT_WORKERS) --dist loadfile

pytest: sync
	$(UNIT)
	$(PY) pytest tests/integration

unit: sync
	$(UNIT)

integration: sync
	$(PY) pytest tests/integration

fuzz-deep: sync
	HYPOTHESIS_PROFILE=deep $(PY) pytest tests/unit/fuzz -q --durations=0

bench: sync
	$(PY) python bench/run.py $(BENCH)

score: sync
	$(PY) python -m classifier.model.evaluation $(SCORE_ARGS)

thresholds: sync
	$(PY) python -m classifier.model.training

chaos: sync
	$(PY) python -m harness.chaos $(CHAOS_ARGS)

kafka-up: sync
	@$(PY) python -m devkit.broker up --port $(KAFKA_PORT)

kafka-down: sync
	@$(PY) python -m devkit.broker down --port $(KAFKA_PORT)

topics: sync
	@$(PY) python -m devkit.broker topics --port $(KAFKA_PORT)

schemas: sync
	$(PY) python -m schemas.jsonschema

clean:
	rm -rf .cache .mypy_cache .ruff_cache .pytest_cache
