"""The pure entry point: classify(document, lists) -> DocumentClassified, no Kafka, no faust."""

from __future__ import annotations

from collections.abc import Iterable

from classifier.rules import RULES, Rule
from schemas.events import DocumentClassified, DocumentSeen, Evidence, Severity, TagAssignment

CLASSIFIER_VERSION = "0.1.0"


def field_texts(document: DocumentSeen) -> dict[str, str]:
    """The document's searchable text per field name."""
    return {
        "title": document.title,
        "text": document.text,
        "action": document.action or "",
        "body": document.body or "",
    }


def fire(rule: Rule, document: DocumentSeen, texts: dict[str, str]) -> list[Evidence]:
    """The evidence spans for one rule, or [] when it does not fire."""
    if rule.cfr_any and not set(rule.cfr_any) & set(document.cfr_parts):
        return []
    if rule.unless is not None and any(rule.unless.search(texts[f]) for f in rule.fields):
        return []
    return [
        Evidence(rule_id=rule.id, field=name, start=m.start(), end=m.end(), text=m.group(0))
        for name in rule.fields
        for m in rule.pattern.finditer(texts.get(name, ""))
    ]


def tags_for(document: DocumentSeen, rules: Iterable[Rule] = RULES) -> list[TagAssignment]:
    """Every tag whose rules fire, each with all its evidence, in taxonomy-rule order."""
    texts = field_texts(document)
    evidence: dict[str, list[Evidence]] = {}
    for rule in rules:
        spans = fire(rule, document, texts)
        if spans:
            evidence.setdefault(rule.tag, []).extend(spans)
    return [TagAssignment(id=tag, evidence=spans) for tag, spans in evidence.items()]


def severity_of(tags: list[TagAssignment]) -> tuple[Severity, str]:
    """Severity rule: listing changes are high, other tagged items medium, untagged low."""
    ids = {t.id for t in tags}
    if ids & {"entity_list.addition", "sanctions.designation"}:
        return Severity.HIGH, "names newly listed or designated parties"
    if ids:
        return Severity.MEDIUM, "export-control change without new listings"
    return Severity.LOW, "no export-control tag"


def classify(document: DocumentSeen) -> DocumentClassified:
    """Tag one document and explain every tag."""
    tags = tags_for(document)
    severity, reason = severity_of(tags)
    return DocumentClassified(
        event_id=document.event_id,
        document=document,
        tags=tags,
        severity=severity,
        severity_reason=reason,
        classifier_version=CLASSIFIER_VERSION,
    )
