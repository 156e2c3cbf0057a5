"""The labelled development corpus (copied into tests/fixtures) keeps the issue's quality bars."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from classifier.classify import classify
from classifier.lists import Lists, screening_matcher
from classifier.offline import item_to_document
from schemas.events import DocumentClassified
from screening.csl import BUNDLED_SNAPSHOT, load

FORMS = {
    "co",
    "company",
    "ltd",
    "limited",
    "inc",
    "corp",
    "corporation",
    "llc",
    "plc",
    "gmbh",
    "jsc",
    "ooo",
    "the",
}
CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "classifier" / "items.jsonl"


@pytest.fixture(scope="module")
def results() -> list[tuple[dict[str, Any], DocumentClassified]]:
    lists = Lists(screening=screening_matcher(load(BUNDLED_SNAPSHOT.read_bytes())))
    items = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(item, classify(item_to_document(item), lists)) for item in items]


def test_tag_micro_f1_and_entity_list_recall(
    results: list[tuple[dict[str, Any], DocumentClassified]],
) -> None:
    tp, fp, fn = Counter[str](), Counter[str](), Counter[str]()
    for item, result in results:
        gold, got = set(item["expected_tags"]), set(result.tag_ids)
        for tag in gold & got:
            tp[tag] += 1
        for tag in got - gold:
            fp[tag] += 1
        for tag in gold - got:
            fn[tag] += 1
    t, f_p, f_n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    assert 2 * t / (2 * t + f_p + f_n) >= 0.95
    assert not [tag for tag in fn if tag.startswith("entity_list.")]


def _words(name: str) -> tuple[str, ...]:
    # The corpus scorer's loose comparison: no case, punctuation, parentheses or corporate suffixes.
    return tuple(
        w for w in re.findall(r"[^\W_]+", re.sub(r"\([^)]*\)", " ", name.casefold())) if w not in FORMS
    )


def _within(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    it = iter(longer)
    return bool(shorter) and all(w in it for w in shorter)


def test_every_gold_entity_and_country_is_found(
    results: list[tuple[dict[str, Any], DocumentClassified]],
) -> None:
    missing = []
    for item, result in results:
        names = [_words(n) for m in result.entities for n in (m.text, m.canonical_name)]
        for gold in item["expected_entities"]:
            g = _words(gold)
            if not any(_within(n, g) or _within(g, n) for n in names):
                missing.append((item["id"], gold))
        found = {c.name for c in result.countries}
        missing += [(item["id"], c) for c in item["expected_countries"] if c not in found]
    assert missing == []
