"""Draw the validation split once: 25% of the corpus, stratified by source and tag family, fixed seed."""

from __future__ import annotations

import random
import sys

from classifier.corpus import VALIDATION_IDS, Item, items

SEED = 20261130
SHARE = 0.25
# An item's stratum is its source and the first family of its tags in this order (rarest families first,
# so a multi-label item is counted where it is scarcest).
FAMILIES = ("license.decision", "sanctions", "entity_list", "other_list", "license", "export_control")


def family_of(item: Item) -> str:
    """The tag family an item is stratified under ('none' for negatives)."""
    for family in FAMILIES:
        if any(tag == family or tag.startswith(family + ".") for tag in item.tags):
            return family
    return "none"


def stratum_of(item: Item) -> str:
    """Source and tag family, e.g. 'news/entity_list'."""
    return f"{item.record.get('source', 'unknown')}/{family_of(item)}"


def draw(pool: tuple[Item, ...], share: float = SHARE, seed: int = SEED) -> list[str]:
    """Ids of a stratified sample: shuffle within each stratum, then take every 1/share-th item in turn."""
    rng = random.Random(seed)  # noqa: S311 (a reproducible shuffle, not a secret)
    ordered: list[Item] = []
    for stratum in sorted({stratum_of(item) for item in pool}):
        members = [item for item in pool if stratum_of(item) == stratum]
        rng.shuffle(members)
        ordered.extend(members)
    # Systematic sampling over the stratum-ordered list keeps every stratum's share within one item of 25%.
    step = 1 / share
    offset = rng.random() * step
    picks = {int(offset + k * step) for k in range(round(len(ordered) * share))}
    return sorted(ordered[i].id for i in picks if i < len(ordered))


def main() -> int:
    """Write the validation ids (run once; the committed file is the split)."""
    ids = draw(items())
    header = (
        f"# validation split: {len(ids)} of {len(items())} items, seed {SEED}; never read while building\n"
    )
    VALIDATION_IDS.write_text(header + "\n".join(ids) + "\n", encoding="utf-8")
    print(f"wrote {len(ids)} ids to {VALIDATION_IDS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
