"""Honest figures: the held-out validation split and 5-fold cross-validation, scored as the corpus scorer."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifier.classify import classify
from classifier.corpus import HOLDOUTS, Item, holdout_items, training_items, validation_items
from classifier.lists import Lists, bundled_lists
from classifier.model.scorer import Scorer
from classifier.model.service import service_model
from classifier.model.training import FOLDS, fitted, folds, train
from schemas.events import DocumentClassified

# The scorer's loose name comparison: case, punctuation, corporate suffixes and parentheses are ignored.
SUFFIXES = frozenset(
    {
        "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "gmbh",
        "ag", "sa", "jsc", "ojsc", "pjsc", "ooo", "pte", "pvt", "bv", "the",
    }
)  # fmt: skip


def prediction(item_id: str, result: DocumentClassified) -> dict[str, Any]:
    """One prediction line: tags with evidence, entities, countries and severity."""
    return {
        "id": item_id,
        "tags": [
            {"id": t.id, "evidence": [e.model_dump(exclude_defaults=True) for e in t.evidence]}
            for t in result.tags
        ],
        "entities": [{"name": m.text} | m.model_dump(mode="json") for m in result.entities],
        "countries": [
            {"name": c.name, "evidence": [e.model_dump(exclude_defaults=True) for e in c.evidence]}
            for c in result.countries
        ],
        "severity": result.severity.value,
    }


def _words(name: str) -> tuple[str, ...]:
    name = re.sub(r"\([^)]*\)", " ", name.casefold())
    return tuple(w for w in re.findall(r"[^\W_]+", name) if w not in SUFFIXES)


def _within(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    it = iter(longer)
    return bool(shorter) and all(w in it for w in shorter)


def _hits(gold: Iterable[str], predicted: Iterable[str]) -> int:
    found = [_words(p) for p in predicted]
    return sum(1 for g in map(_words, gold) if any(_within(p, g) or _within(g, p) for p in found))


def _ratio(good: int, total: int) -> float:
    return good / total if total else 1.0


@dataclass(frozen=True)
class Scores:
    """The corpus scorer's figures for one set of predictions."""

    items: int
    tag_p: float
    tag_r: float
    tag_f1: float
    entity_list_recall: float
    entity_recall: float
    entity_precision: float
    country_p: float
    country_r: float
    negatives_tagged: float
    per_tag: dict[str, tuple[int, int, int]]

    def line(self) -> str:
        """The summary line, in the scorer's words."""
        return (
            f"items={self.items} tag_micro_p={self.tag_p:.3f} tag_micro_r={self.tag_r:.3f} "
            f"tag_micro_f1={self.tag_f1:.3f} entity_list_recall={self.entity_list_recall:.3f} "
            f"entity_recall={self.entity_recall:.3f} entity_precision={self.entity_precision:.3f} "
            f"country_p={self.country_p:.3f} country_r={self.country_r:.3f} "
            f"negatives_tagged={self.negatives_tagged:.3f}"
        )

    def recall(self, prefix: str) -> float:
        """Recall over the tags starting with `prefix`."""
        tp = sum(v[0] for t, v in self.per_tag.items() if t.startswith(prefix))
        fn = sum(v[2] for t, v in self.per_tag.items() if t.startswith(prefix))
        return _ratio(tp, tp + fn)


def score(gold: Sequence[Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]]) -> Scores:
    """Tag micro P/R/F1, Entity List recall, entity and country figures, as the corpus scorer counts them."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    ent_gold = ent_found = ent_pred = ent_ok = c_tp = c_fp = c_fn = negatives = negatives_tagged = 0
    for g in gold:
        p = predicted.get(str(g["id"]), {})
        gt, pt = set(g.get("expected_tags") or ()), {str(t["id"]) for t in p.get("tags", ())}
        for t in gt | pt:
            (tp if t in gt and t in pt else fp if t in pt else fn)[t] += 1
        if not gt:
            negatives += 1
            negatives_tagged += bool(pt)
        ge = list(g.get("expected_entities") or ())
        pe = [str(e.get(k)) for e in p.get("entities", ()) for k in ("name", "canonical_name") if e.get(k)]
        ent_gold += len(ge)
        ent_found += _hits(ge, pe)
        if ge:
            ent_pred += len(pe)
            ent_ok += _hits(pe, ge)
        gc = {c.casefold() for c in g.get("expected_countries") or ()}
        pc = {str(c["name"]).casefold() for c in p.get("countries", ())}
        c_tp, c_fp, c_fn = c_tp + len(gc & pc), c_fp + len(pc - gc), c_fn + len(gc - pc)
    t_tp, t_fp, t_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    precision, recall = _ratio(t_tp, t_tp + t_fp), _ratio(t_tp, t_tp + t_fn)
    per_tag = {t: (tp[t], fp[t], fn[t]) for t in sorted(set(tp) | set(fp) | set(fn))}
    el = [v for t, v in per_tag.items() if t.startswith("entity_list.")]
    return Scores(
        items=len(gold),
        tag_p=precision,
        tag_r=recall,
        tag_f1=2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        entity_list_recall=_ratio(sum(v[0] for v in el), sum(v[0] + v[2] for v in el)),
        entity_recall=_ratio(ent_found, ent_gold),
        entity_precision=_ratio(ent_ok, ent_pred),
        country_p=_ratio(c_tp, c_tp + c_fp),
        country_r=_ratio(c_tp, c_tp + c_fn),
        negatives_tagged=_ratio(negatives_tagged, negatives) if negatives else 0.0,
        per_tag=per_tag,
    )


def predict(pool: Sequence[Item], model: Scorer | None, lists: Lists) -> dict[str, dict[str, Any]]:
    """Predictions for every item of the pool."""
    return {item.id: prediction(item.id, classify(item.document(), lists, model)) for item in pool}


def cross_validated(pool: Sequence[Item], lists: Lists, k: int = FOLDS) -> dict[str, dict[str, Any]]:
    """Out-of-fold predictions of the whole classifier: each fold scored by a model trained without it."""
    fold_of = folds(pool, k)
    out: dict[str, dict[str, Any]] = {}
    for fold in range(k):
        model = train([item for item, f in zip(pool, fold_of, strict=True) if f != fold])
        out |= predict([item for item, f in zip(pool, fold_of, strict=True) if f == fold], model, lists)
    return out


def validation_scores(lists: Lists) -> Scores:
    """The held-out figure: a model fitted on the training items, with the committed thresholds (chosen by
    cross-validation on those same items), scored on the validation split."""
    held = validation_items()
    return score([i.record for i in held], predict(held, fitted(training_items()), lists))


def holdout_scores(lists: Lists, name: str = "first") -> Scores:
    """A hold-out's figure: the classifier as shipped (service model: corpus and learnt hold-outs)."""
    held = holdout_items(name)
    return score([i.record for i in held], predict(held, service_model(), lists))


def main(argv: Sequence[str] | None = None) -> int:
    """Print each hold-out's, the validation and the cross-validated line; `--write DIR` writes both sides."""
    args = list(sys.argv[1:] if argv is None else argv)
    lists = bundled_lists()
    held, pool = validation_items(), training_items()
    model = service_model()
    runs = {
        f"hold-out {name}": (fresh, predict(fresh, model, lists))
        for name in HOLDOUTS
        if (fresh := holdout_items(name))
    }
    runs |= {
        "validation": (held, predict(held, fitted(pool), lists)),
        "cross-validated": (pool, cross_validated(pool, lists)),
    }
    for name, (items, predictions) in runs.items():
        print(f"{name + ':':17} {score([i.record for i in items], predictions).line()}")
        if args[:1] == ["--write"] and len(args) == 2:
            out = Path(args[1])
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{name}.gold.jsonl").write_text("".join(json.dumps(i.record) + "\n" for i in items))
            (out / f"{name}.pred.jsonl").write_text(
                "".join(json.dumps(p) + "\n" for p in predictions.values())
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
