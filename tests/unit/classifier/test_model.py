"""The learned tag model: its fast scoring equals scikit-learn's, its evidence explains, its scope holds."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, NoReturn, cast

import pytest
from scipy import sparse

from classifier.classify import classify, model_evidence
from classifier.corpus import Item, item_to_document, training_items
from classifier.model.features import metadata, prose
from classifier.model.scorer import Scorer, char_grams, meta_tokens, word_grams
from classifier.model.service import cache_dir, service_model, state_key
from classifier.model.tagger import Fitted, fit_heads, scorer_of
from classifier.model.training import GRID, thresholds
from classifier.offline import main as classify_main


@pytest.fixture(scope="module")
def fitted() -> Fitted:
    """The one fit on the training items that every test here needing a fitted model shares."""
    pool = training_items()
    return fit_heads([i.document() for i in pool], [i.tags for i in pool])


@pytest.fixture(scope="module")
def fitted_scorer(fitted: Fitted) -> Scorer:
    return scorer_of(fitted)


@pytest.fixture
def model(fitted_scorer: Scorer) -> Scorer:
    # A deep copy: tests change its thresholds, and none may see another's changes.
    scorer = copy.deepcopy(fitted_scorer)
    scorer.thresholds = dict.fromkeys(scorer.tags, 0.5)
    return scorer


@pytest.fixture(scope="module")
def service_state() -> Path:
    """The service model's state file in the user's cache directory, as a start leaves it: fitted (in the
    child process) only when no earlier run left one for these inputs."""
    service_model()
    return cache_dir() / f"model-{state_key()}.json"


def _no_child(*args: Any, **kwargs: Any) -> NoReturn:
    raise AssertionError(f"service_model() started a child process: {args}")


def test_analyzers_equal_scikit_learn(fitted: Fitted) -> None:
    words, chars, meta, _ = fitted
    for item in training_items():
        document = item.document()
        assert word_grams(prose(document)) == words.build_analyzer()(prose(document))
        assert char_grams(prose(document)) == chars.build_analyzer()(prose(document))
        assert meta_tokens(metadata(document)) == meta.build_analyzer()(metadata(document))


def test_single_document_scoring_equals_scikit_learn(fitted: Fitted, fitted_scorer: Scorer) -> None:
    words, chars, meta, heads = fitted
    pool = training_items()
    documents = [i.document() for i in pool[:25]]
    texts = [prose(d) for d in documents]
    x = sparse.hstack(
        [words.transform(texts), chars.transform(texts), meta.transform([metadata(d) for d in documents])]
    ).tocsr()
    for row, document in enumerate(documents):
        ours = fitted_scorer.probabilities(document)
        for tag, head in heads.items():
            assert ours[tag] == pytest.approx(head.predict_proba(x[row])[0, 1], abs=1e-9)


def test_state_round_trips_through_json(model: Scorer) -> None:
    again = Scorer.from_state(json.loads(json.dumps(model.state())))
    document = training_items()[0].document()
    assert again.probabilities(document) == pytest.approx(model.probabilities(document))
    assert again.explain(document, "entity_list.addition") == model.explain(document, "entity_list.addition")


def test_the_service_model_never_imports_scikit_learn(service_state: Path) -> None:
    # With service_state in place the child loads the state; a fit would run in a grandchild anyway.
    probe = (
        "import sys; from classifier.model.service import service_model; m = service_model(); "
        "print(len(m.tags), 'sklearn' in sys.modules, 'scipy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["9", "False", "False"]


def test_metadata_tokens_name_source_type_agency_and_cfr_part() -> None:
    document = item_to_document(
        {
            "id": "x",
            "source": "federal_register",
            "title": "Entity List Additions",
            "agencies": ["Industry and Security Bureau"],
            "document_type": "RULE",
            "cfr_parts": ["15 CFR 744"],
        }
    )
    tokens = metadata(document).split()
    assert {"type_rule", "agency_industry_and_security_bureau", "cfr_15_cfr_744", "cfr_title_15"} <= set(
        tokens
    )
    assert "title_only" in tokens


def test_a_model_tag_carries_its_probability_and_top_ngrams(model: Scorer) -> None:
    # A paraphrase no rule words: the model alone should carry the blacklisting.
    item = Item(
        "p",
        {
            "id": "p",
            "source": "news",
            "title": "Commerce blacklists a dozen Chinese drone makers",
            "text": "The Commerce Department blacklisted twelve Chinese drone makers on Tuesday, citing "
            "military end uses, in a move that bars U.S. suppliers from selling to them without a licence.",
        },
    )
    model.thresholds = dict.fromkeys(model.tags, 0.05)
    result = classify(item.document(), model=model)
    model_evidence = [e for t in result.tags for e in t.evidence if e.field == "model"]
    assert model_evidence, [t.id for t in result.tags]
    for e in model_evidence:
        assert e.score is not None
        assert 0.05 <= e.score <= 1.0
        assert e.terms
        assert e.text.startswith(f"model p={e.score:.2f}")


def test_out_of_scope_documents_get_no_model_tag(model: Scorer) -> None:
    model.thresholds = dict.fromkeys(model.tags, 0.0)
    uflpa = item_to_document(
        {
            "id": "u",
            "source": "news",
            "title": "DHS adds 26 textile companies to the UFLPA Entity List",
            "text": "The Department of Homeland Security added 26 companies to the Uyghur Forced Labor "
            "Prevention Act (UFLPA) Entity List; their goods are barred from entering the United States.",
        }
    )
    assert classify(uflpa, model=model).tags == []


def test_explain_prints_each_tag_with_its_evidence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(
        '{"id": "n1", "source": "news", "title": "U.S. adds 12 Chinese firms to trade blacklist", '
        '"text": "The Commerce Department added 12 companies to its trade blacklist on Tuesday."}\n'
        "not json\n",
        encoding="utf-8",
    )
    assert classify_main(["--explain", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "n1  severity=high" in out
    assert "entity_list.addition" in out
    assert "rule el.addition.added_to" in out
    assert "line 2: skipped" in err


def test_the_service_model_is_cached_by_a_digest_of_its_inputs(
    service_state: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A start finding the state an earlier start left under the digest loads it without fitting.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cached = tmp_path / "exportwatch" / f"model-{state_key()}.json"
    cached.parent.mkdir()
    shutil.copyfile(service_state, cached)
    document = training_items()[0].document()
    with monkeypatch.context() as forbidden:
        forbidden.setattr(subprocess, "run", _no_child)
        loaded = service_model()
    # A damaged cache is refitted, not trusted: the one real fit here, and it gives the same model.
    cached.write_text("{not json", encoding="utf-8")
    refitted = service_model()
    assert refitted.probabilities(document) == pytest.approx(loaded.probabilities(document))
    # The refit's state is written back under the digest of its inputs, and the next start loads it.
    [written] = (tmp_path / "exportwatch").glob("model-*.json")
    assert written.name == f"model-{state_key()}.json"
    with monkeypatch.context() as forbidden:
        forbidden.setattr(subprocess, "run", _no_child)
        assert service_model().probabilities(document) == refitted.probabilities(document)


def test_thresholds_weigh_the_models_own_precision_twice_its_recall_but_recall_first_on_the_entity_list() -> (
    None
):
    # Out-of-fold probabilities of one tag on four items: the threshold keeping both true tags (0.55) costs
    # one false alarm; F0.5 prefers the thresholds with no false alarm (any in (0.6, 0.9]); scored with two
    # neighbours a side, the plateau's edge (0.9, beside an empty 0.95) gives way to a point well inside it.
    tag = "license.decision"
    pool = [
        Item(str(n), {"id": str(n), "source": "news", "title": "t", "text": "t", "expected_tags": gold})
        for n, gold in enumerate(([tag], [], [tag], []))
    ]
    probabilities = [{tag: 0.9}, {tag: 0.6}, {tag: 0.55}, {tag: 0.3}]
    assert thresholds(pool, probabilities)[tag] == 0.8
    # On the Entity List a missed listing costs most: F2 keeps both listings at the price of the false alarm
    # (any in (0.3, 0.55], again its middle).
    listing = "entity_list.addition"
    relabelled = [Item(i.id, {**i.record, "expected_tags": [listing] if i.tags else []}) for i in pool]
    assert thresholds(relabelled, [{listing: p[tag]} for p in probabilities])[listing] == 0.45
    # A tag no item carries gets the top of the grid: the model is never trusted where it learnt nothing.
    assert thresholds(pool, probabilities)["entity_list.removal"] == max(GRID)


def test_thresholds_follow_the_f_curve_averaged_over_the_fold_deals() -> None:
    # Two deals of the same four items: alone, one gives 0.8 and the other 0.35; their mean curve gives a
    # threshold of its own, and a deal counted twice changes nothing.
    tag = "license.decision"
    pool = [
        Item(str(n), {"id": str(n), "source": "news", "title": "t", "text": "t", "expected_tags": gold})
        for n, gold in enumerate(([tag], [], [tag], []))
    ]
    first = [{tag: 0.9}, {tag: 0.6}, {tag: 0.55}, {tag: 0.3}]
    second = [{tag: 0.7}, {tag: 0.2}, {tag: 0.3}, {tag: 0.1}]
    assert (thresholds(pool, first)[tag], thresholds(pool, second)[tag]) == (0.8, 0.35)
    assert thresholds(pool, first, second)[tag] == 0.6
    assert thresholds(pool, first, first) == thresholds(pool, first)


def test_threshold_choice_ignores_the_rules() -> None:
    # The rules were written from the items thresholds are chosen on; judged with them, the model would look
    # useless there and its thresholds climb to the top. So a document the rules tag changes nothing.
    tag = "license.decision"
    worded = {"title": "Commerce grants Acme an export licence", "text": "BIS approved the licence for Acme."}
    plain = {"title": "t", "text": "t"}
    probabilities = [{tag: 0.7}, {tag: 0.2}]
    chosen = [
        thresholds(
            [
                Item("a", {"id": "a", "source": "news", **text, "expected_tags": [tag]}),
                Item("b", {"id": "b", "source": "news", **plain, "expected_tags": []}),
            ],
            probabilities,
        )[tag]
        for text in (worded, plain)
    ]
    assert chosen == [0.6, 0.6]


def test_a_model_tags_text_and_score_round_alike() -> None:
    # 0.06496 is stored as 0.065, which reads 0.07; the text must say what that score says.
    class _Fixed:
        def explain(self, document: object, tag: str) -> list[str]:
            return ["term"]

    document = item_to_document({"id": "x", "title": "t"})
    evidence = model_evidence(cast(Scorer, _Fixed()), document, "license.requirement", 0.06496)
    assert evidence.score is not None
    assert evidence.text.startswith(f"model p={evidence.score:.2f}")
