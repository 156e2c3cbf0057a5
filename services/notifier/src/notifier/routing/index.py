"""Matching many subscriptions fast (pure): filters compiled once, each event folded once, tags indexed.

Same answers as `routing.matching.match` (a property test holds them equal); use it when routes are many.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from notifier.routing.matching import Route, fold, for_team, matches
from schemas.events import DocumentClassified
from schemas.severity import base_severity


@dataclass(frozen=True)
class _Compiled:
    position: int
    route: Route
    min_rank: int
    sources: frozenset[str]
    stages: frozenset[str]
    document_types: frozenset[str]
    countries: frozenset[str]
    entities: tuple[str, ...]
    keywords: tuple[str, ...]


def _compile(position: int, route: Route) -> _Compiled:
    f = route.filter
    return _Compiled(
        position=position,
        route=route,
        min_rank=f.min_severity.rank,
        sources=frozenset(s.value for s in f.sources),
        stages=frozenset(s.value for s in f.stages),
        document_types=frozenset(t.upper() for t in f.document_types),
        countries=frozenset(fold(c) for c in f.countries),
        entities=tuple(fold(e) for e in f.entities),
        keywords=tuple(fold(k) for k in f.keywords),
    )


@dataclass(frozen=True)
class _Folded:
    """What every filter reads of one event, computed once per event."""

    rank: int
    source: str
    stage: str | None
    document_type: str
    countries: frozenset[str]
    names: tuple[str, ...]
    padded_names: tuple[str, ...]
    padded_text: str

    @classmethod
    def of(cls, event: DocumentClassified) -> _Folded:
        doc = event.document
        names = tuple(fold(n) for m in event.entities for n in (m.canonical_name, m.text))
        text = fold(f"{doc.title} {doc.text} {doc.action or ''}")
        return cls(
            rank=event.severity.rank,
            source=doc.source.value,
            stage=doc.stage.value if doc.stage else None,
            document_type=(doc.document_type or "").upper(),
            countries=frozenset(fold(c.name) for c in event.countries),
            names=names,
            padded_names=tuple(f" {n} " for n in names),
            padded_text=f" {text} ",
        )


def _passes(c: _Compiled, e: _Folded) -> bool:
    if e.rank < c.min_rank:
        return False
    if c.sources and e.source not in c.sources:
        return False
    if c.stages and (e.stage is None or e.stage not in c.stages):
        return False
    if c.document_types and e.document_type not in c.document_types:
        return False
    if c.countries and not c.countries & e.countries:
        return False
    if c.entities and not any(
        (bool(w) and f" {w} " in pn) or (bool(n) and f" {n} " in f" {w} ")
        for w in c.entities
        for n, pn in zip(e.names, e.padded_names, strict=True)
    ):
        return False
    return not (c.keywords and not any(k and f" {k} " in e.padded_text for k in c.keywords))


def _words(values: Iterable[str]) -> set[str]:
    return {word for value in values for word in value.split()}


class RouteIndex:
    """Routes filed under one necessary condition each, so an event meets only routes that could match.

    A route wanting tags is filed under them; else one wanting entities under their words (a match needs
    a word shared with a mentioned name); else one wanting keywords under their words; else it is always
    a candidate. Candidates are then checked in full, so the index only skips, never decides.
    """

    def __init__(self, routes: Iterable[Route]) -> None:
        self._exact: dict[str, list[_Compiled]] = {}
        self._prefix: dict[str, list[_Compiled]] = {}
        self._entity_words: dict[str, list[_Compiled]] = {}
        self._keyword_words: dict[str, list[_Compiled]] = {}
        self._always: list[_Compiled] = []
        for position, route in enumerate(routes):
            compiled = _compile(position, route)
            if route.filter.tags:
                for tag in set(route.filter.tags):
                    if tag.endswith(".*"):
                        self._prefix.setdefault(tag[:-1], []).append(compiled)
                    else:
                        self._exact.setdefault(tag, []).append(compiled)
            elif route.filter.entities:
                for word in _words(compiled.entities):
                    self._entity_words.setdefault(word, []).append(compiled)
            elif route.filter.keywords:
                for word in _words(compiled.keywords):
                    self._keyword_words.setdefault(word, []).append(compiled)
            else:
                self._always.append(compiled)

    def _candidates(self, tags: frozenset[str], folded: _Folded) -> Sequence[_Compiled]:
        found: dict[int, _Compiled] = {c.position: c for c in self._always}
        groups: list[list[_Compiled]] = [self._exact[t] for t in tags if t in self._exact]
        groups += [g for prefix, g in self._prefix.items() if any(t.startswith(prefix) for t in tags)]
        groups += [self._entity_words[w] for w in _words(folded.names) if w in self._entity_words]
        text_words = set(folded.padded_text.split())
        groups += [self._keyword_words[w] for w in text_words if w in self._keyword_words]
        for group in groups:
            for c in group:
                found[c.position] = c
        return [found[p] for p in sorted(found)]

    def match(self, event: DocumentClassified) -> list[Route]:
        """The routes whose filters the event passes, in the order they were given."""
        folded = _Folded.of(event)
        return [c.route for c in self._candidates(event.tag_ids, folded) if _passes(c, folded)]


def match_visible(index: RouteIndex, event: DocumentClassified) -> list[Route]:
    """The routes whose filters the event passes as each route's team sees it (matching.for_team).

    Without watchlist matches every team sees the same event. With them, a team's view differs in its
    entities and severity, so the index is asked with the highest severity any team gets (a superset) and
    each candidate is checked against its own team's view.
    """
    teams = {m.team_id for m in event.entities if m.team_id is not None}
    if not teams:
        return index.match(event)
    views = {team: for_team(event, team) for team in teams}
    top = max([base_severity(event.tag_ids)[0], *(v.severity for v in views.values())], key=lambda s: s.rank)
    out = []
    for r in index.match(event.model_copy(update={"severity": top})):
        view = views.get(r.team_id)
        if view is None:
            view = views[r.team_id] = for_team(event, r.team_id)
        if matches(view, r.filter):
            out.append(r)
    return out
