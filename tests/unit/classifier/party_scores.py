"""Name, alias and destination figures of extracted parties against a rule's answers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from schemas.events import Party


@dataclass(frozen=True)
class Scores:
    """How well the parties found match the answers."""

    parties: int
    name_recall: float
    name_precision: float
    alias_recall: float
    destination: float
    action: float

    def row(self, label: str) -> str:
        return (
            f"| {label} | {self.parties} | {self.name_recall:.3f} | {self.name_precision:.3f} | "
            f"{self.alias_recall:.3f} | {self.destination:.3f} | {self.action:.3f} |"
        )


def score(found: list[Party], answers: list[dict[str, object]]) -> Scores:
    """Names exactly as printed; an answer counts once per (name, country) entry."""
    names_found = Counter(p.name for p in found)
    names_wanted = Counter(str(a["name"]) for a in answers)
    hits = sum((names_found & names_wanted).values())
    by_entry = {(p.name, p.country): p for p in found}
    by_name: dict[str, list[Party]] = {}
    for p in found:
        by_name.setdefault(p.name, []).append(p)
    aliases_wanted = aliases_hit = dest_ok = action_ok = named = 0
    for answer in answers:
        name, country = str(answer["name"]), answer["country"]
        wanted = list(answer["aliases"])  # type: ignore[call-overload]
        aliases_wanted += len(wanted)
        match = by_entry.get((name, country))  # type: ignore[arg-type]
        if name in by_name:
            named += 1
            dest_ok += match is not None
            got = match or by_name[name][0]
            # A printed list's final period is also its terminator: "—Spacety Luxembourg S.A." and
            # "—HEAD Technology France." look alike, so aliases compare without a trailing period.
            have = {a.rstrip(".") for a in got.aliases}
            aliases_hit += sum(1 for a in wanted if a.rstrip(".") in have)
            action_ok += got.action == answer["action"]
    return Scores(
        parties=len(answers),
        name_recall=hits / max(1, sum(names_wanted.values())),
        name_precision=hits / max(1, sum(names_found.values())),
        alias_recall=aliases_hit / aliases_wanted if aliases_wanted else 1.0,
        destination=dest_ok / max(1, named),
        action=action_ok / max(1, named),
    )
