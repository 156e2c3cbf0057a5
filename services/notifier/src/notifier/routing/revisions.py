"""A document's party list across its stages: the fingerprint kept with each delivery, and what changed."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from notifier.routing.matching import fold
from schemas.events import Party

# Part of the fingerprint written into a revision's dedupe key (64 bits: no two lists of one document
# collide in practice, and the key stays short).
KEY_DIGITS = 16


def party_key(party: Party) -> tuple[str, str]:
    """What identifies a party in a list: its folded name and folded destination.

    Folded so that the Public Inspection PDF's and the published XML's spelling of the same entry
    (punctuation, case, spacing) are one party; the country, when derived, stands for the printed heading.
    """
    return fold(party.name), fold(party.country or party.destination or "")


def party_fingerprint(parties: Sequence[Party] | None) -> str | None:
    """A digest of the distinct (name, destination) pairs, sorted; None when not read for parties."""
    if parties is None:
        return None
    digest = hashlib.sha256()
    # Distinct pairs, as party_changes compares them: a list whose fingerprint changed has a change to show.
    for name, destination in sorted({party_key(p) for p in parties}):
        digest.update(f"{name}\x1f{destination}\x1e".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Told:
    """A delivery already recorded for the same subscription and document: its event and party list."""

    event_id: str
    fingerprint: str | None


def revision_key(
    base: str, event_id: str, fingerprint: str | None, told: Sequence[Told]
) -> tuple[str, str | None]:
    """The dedupe key for a new stage of a document, and the event it revises (None: not a revision).

    `told` is what the subscription was already given for this document, oldest first. Only a party list
    that differs from the last one told makes a new key (and so one more alert); an unread list on either
    side, the same list, or the same event recorded again keeps the document's key, which the existing row
    already holds, so nothing new is sent.
    """
    if fingerprint is None or not told or any(t.event_id == event_id for t in told):
        return base, None
    last = told[-1]
    if last.fingerprint is None or last.fingerprint == fingerprint:
        return base, None
    return f"{base}#parties:{fingerprint[:KEY_DIGITS]}", last.event_id


@dataclass(frozen=True)
class PartyChanges:
    """How a document's party list changed between the version told and this one."""

    added: tuple[Party, ...] = ()
    removed: tuple[Party, ...] = ()
    # (before, after) pairs: the same entry under a new name, or the same name under a new destination.
    renamed: tuple[tuple[Party, Party], ...] = ()
    moved: tuple[tuple[Party, Party], ...] = ()

    @property
    def empty(self) -> bool:
        """Whether nothing changed."""
        return not (self.added or self.removed or self.renamed or self.moved)

    def summary(self) -> str:
        """e.g. '2 added, 1 removed, 1 renamed, 1 destination changed' ('no party changed' when empty)."""
        parts = [
            (len(self.added), "added"),
            (len(self.removed), "removed"),
            (len(self.renamed), "renamed"),
            (len(self.moved), "destination changed"),
        ]
        return ", ".join(f"{n} {label}" for n, label in parts if n) or "no party changed"


def _same_entry(old: Party, new: Party) -> bool:
    # A renamed entry keeps its destination and either its address or the old name as an alias.
    if party_key(old)[1] != party_key(new)[1]:
        return False
    if old.address and new.address and fold(old.address) == fold(new.address):
        return True
    return party_key(old)[0] in {fold(a) for a in new.aliases}


def party_changes(before: Sequence[Party], after: Sequence[Party]) -> PartyChanges:
    """Parties added, removed, renamed or moved to another destination between two lists (pure)."""
    old_keys = {party_key(p) for p in before}
    new_keys = {party_key(p) for p in after}
    gone = [p for p in before if party_key(p) not in new_keys]
    came = [p for p in after if party_key(p) not in old_keys]
    moved: list[tuple[Party, Party]] = []
    for old in list(gone):
        new = next((p for p in came if party_key(p)[0] == party_key(old)[0]), None)
        if new is not None:
            moved.append((old, new))
            gone.remove(old)
            came.remove(new)
    renamed: list[tuple[Party, Party]] = []
    for old in list(gone):
        new = next((p for p in came if _same_entry(old, p)), None)
        if new is not None:
            renamed.append((old, new))
            gone.remove(old)
            came.remove(new)
    return PartyChanges(tuple(came), tuple(gone), tuple(renamed), tuple(moved))
