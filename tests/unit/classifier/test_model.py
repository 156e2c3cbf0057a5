"""The learned tag model: its fast scoring equals scikit-learn's, its evidence explains, its scope holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from scipy import sparse

from classifier.classify import classify
from classifier.corpus import Item, item_to_document, training_items
from classifier.model.features import metadata, prose
from classifier.model.tagger import TagModel
from classifier.offline import main as classify_main


@pytest.fixture(scope="module")
def model() -> TagModel:
    pool = training_items()
    fitted = TagModel.fit([i.document() for i in pool], [i.tags for i in pool])
    fitted.thresholds = dict.fromkeys(fitted.heads, 0.5)
    return fitted


def test_single_document_scoring_equals_scikit_learn(model: TagModel) -> None:
    documents = [i.document() for i in training_items()[:25]]
    texts = [prose(d) for d in documents]
    x = sparse.hstack(
        [
            model.words.transform(texts),
            model.chars.transform(texts),
            model.meta.transform([metadata(d) for d in documents]),
        ]
    ).tocsr()
    for row, document in enumerate(documents):
        ours = model.probabilities(document)
        for tag, head in model.heads.items():
            assert ours[tag] == pytest.approx(head.predict_proba(x[row])[0, 1], abs=1e-9)


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


def test_a_model_tag_carries_its_probability_and_top_ngrams(model: TagModel) -> None:
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
    model.thresholds = dict.fromkeys(model.heads, 0.05)
    result = classify(item.document(), model=model)
    model_evidence = [e for t in result.tags for e in t.evidence if e.field == "model"]
    assert model_evidence, [t.id for t in result.tags]
    for e in model_evidence:
        assert e.score is not None
        assert 0.05 <= e.score <= 1.0
        assert e.terms
        assert e.text.startswith(f"model p={e.score:.2f}")


def test_out_of_scope_documents_get_no_model_tag(model: TagModel) -> None:
    model.thresholds = dict.fromkeys(model.heads, 0.0)
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
