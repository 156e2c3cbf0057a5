"""The pure entry point: classify(document, lists) -> DocumentClassified, no Kafka, no faust."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from classifier.countries import find_countries, of_concern
from classifier.fields import PROSE, field_texts
from classifier.listed_parties import wants_parties, with_parties
from classifier.lists import Lists
from classifier.mentions import entities_for
from classifier.model.features import is_title_only
from classifier.model.scorer import Scorer
from classifier.party_names import name_spans
from classifier.rules import (
    ADVOCATE,
    EAA_LAPSE,
    EXPORT_CONTROL_ORDER,
    EXPORT_WORD,
    GATES,
    IMPORT_LICENCE_TITLE,
    LIST_NAMES,
    RULES,
    Rule,
)
from classifier.scope import ONE_CHAMBER, TITLES, out_of_scope, regime_led
from classifier.severity import severity_of
from schemas.events import (
    ChangeKind,
    DocumentClassified,
    DocumentSeen,
    Evidence,
    TagAssignment,
)

CLASSIFIER_VERSION = "0.2.0"
EMPTY = Lists()


# "the U.S. Munitions List", "Gen. Foo": an initialism's or a title's stop before a capital ends nothing.
_NO_END = re.compile(rf"(?:\b[A-Z]\.[A-Z]|\b(?:{'|'.join(TITLES)}))$")


def _full_stop(text: str, at: int, backward: bool) -> int:
    # "U.S. courts", "non-U.S. affiliates": a full stop ends a sentence only before a capital letter.
    i = text.rfind(". ", 0, at) if backward else text.find(". ", at)
    while i >= 0 and (not text[i + 2 : i + 3].isupper() or _NO_END.search(text, max(0, i - 4), i)):
        i = text.rfind(". ", 0, i) if backward else text.find(". ", i + 1)
    return i


def _sentence(text: str, start: int, end: int) -> str:
    left = max(_full_stop(text, start, backward=True), text.rfind(";", 0, start))
    ends = (_full_stop(text, end, backward=False), text.find(";", end))
    right = min((i for i in ends if i >= 0), default=len(text))
    return text[left + 1 : right]


def _refers_to(antecedent: re.Pattern[str], names: list[tuple[int, str]], start: int) -> bool:
    """Whether the list named last before `start` (if any) is the antecedent's list."""
    before = [name for end, name in names if end <= start]
    return not before or antecedent.fullmatch(before[-1]) is not None


def fire(
    rule: Rule, document: DocumentSeen, texts: dict[str, str], seen: dict[object, object] | None = None
) -> list[Evidence]:
    """The evidence spans for one rule, or [] when it does not fire.

    `seen` caches per-document work the rules share: lower-cased fields and `requires` verdicts."""
    seen = {} if seen is None else seen
    if rule.doc_types and (document.document_type or "") not in rule.doc_types:
        return []
    if (document.document_type or "") in rule.not_doc_types:
        return []
    if rule.unless_title is not None and rule.unless_title.search(texts["title"]):
        return []
    fields = list(rule.fields)
    if "text" in fields and not texts["text"].strip():
        fields.append("body")
    # A title-only document (Public Inspection, a BIS table) has no words to require; its fallback holds.
    # Only fallbacks ask, and they run last and rarely, so the check is not paid once per rule.
    requires = None if rule.fallback and is_title_only(document) else rule.requires
    if requires is not None:
        if requires not in seen:
            seen[requires] = any(requires.search(texts[f]) for f in PROSE)
        if not seen[requires]:
            return []
    out = []
    gate = GATES.get(rule.id, ())
    for name in fields:
        text = texts.get(name, "")
        if gate:
            lower = seen.get(name)
            if not isinstance(lower, str):
                lower = seen[name] = text.lower()
            if not any(g in lower for g in gate):
                continue
        if rule.reader is None:
            spans = [(m.start(), m.end()) for m in rule.pattern.finditer(text)]
        else:
            spans = rule.reader(text) if rule.pattern.search(text) else []
        for start, end in spans:
            if rule.veto is not None and rule.veto.search(_sentence(text, start, end)):
                continue
            if rule.antecedent is not None:
                # The field's list names, found once per document rather than once per match.
                names = seen.get(("list names", name))
                if not isinstance(names, list):
                    names = seen[("list names", name)] = [
                        (n.end(), n.group(0)) for n in LIST_NAMES.finditer(text)
                    ]
                if not _refers_to(rule.antecedent, names, start):
                    continue
            out.append(Evidence(rule_id=rule.id, field=name, start=start, end=end, text=text[start:end]))
    # The document-wide guard scans every prose field: asked only of a rule that matched, not of every
    # document each rule is tried on.
    if out and rule.unless_prose is not None and any(rule.unless_prose.search(texts[f]) for f in PROSE):
        return []
    return out


def screening_evidence(document: DocumentSeen) -> dict[str, list[Evidence]]:
    """Tags implied by a screening-list change event (the watcher's diff of the CSL)."""
    change = document.screening_change
    if change is None:
        return {}
    listing = change.entry.list
    ev = [
        Evidence(
            rule_id="screening.change", field="screening_change", start=0, end=len(listing), text=listing
        )
    ]
    if "Entity List" in listing:
        tag = {
            ChangeKind.ADDED: "entity_list.addition",
            ChangeKind.REMOVED: "entity_list.removal",
            ChangeKind.CHANGED: "entity_list.revision",
        }[change.change]
    elif any(k in listing for k in ("Specially Designated", "SDN", "Nonproliferation", "Treasury")):
        tag = "sanctions.designation"
    else:
        tag = "other_list.change"
    return {tag: ev}


def model_rule_id(tag: str) -> str:
    """The evidence id of a model tag, so a reader (and the mention filter) can tell it from a rule's."""
    return f"model.{tag}"


def model_evidence(model: Scorer, document: DocumentSeen, tag: str, probability: float) -> Evidence:
    """Why the model gave a tag: its probability and the n-grams that pushed it most."""
    terms = model.explain(document, tag)
    # The text is written from the stored score, so that the two never round apart (0.0649 -> "0.06" beside a
    # score of 0.065 that a reader rounds to 0.07).
    score = round(probability, 4)
    text = f"model p={score:.2f}" + (f": {', '.join(terms)}" if terms else "")
    return Evidence(
        rule_id=model_rule_id(tag),
        field="model",
        start=0,
        end=0,
        text=text,
        score=score,
        terms=terms,
    )


# A waiver's title: the sanctions it names are suspended, not imposed.
WAIVER = re.compile(r"\bwaiv(?:ers?|es|ed|ing)\b", re.IGNORECASE)


# The rule that reads a text about the Entity List's criteria or procedures ("criteria for putting foreign
# parties on the Entity List").
LIST_PROCEDURE = "export_control.el_procedure"


# Someone urged, asked or pressed to sanction: "Administration urged to sanction Xland judges".
ASKED_TO_SANCTION = re.compile(
    rf"{ADVOCATE}[^.;|]{{0,60}}?\bto\s+(?:sanction|designate|blacklist)\b", re.IGNORECASE
)


def model_may_add(
    tag: str, ruled: Iterable[str], texts: Mapping[str, str], rule_ids: Collection[str] = ()
) -> bool:
    """Whether the model may add `tag` beside the tags the rules gave, to a document with these field texts.

    The rules read which list a document changes and in which direction from its words (added to the Entity
    List, removed, revised; debarred; designated). The model sees the lists' shared vocabulary and metadata
    (15 CFR 744 holds the Entity, Unverified and MEU lists; State notices debar and designate) and cannot
    tell them apart. So once a rule found a list action, the model adds no list action of its own; it still
    catches the ones no rule recognised."""
    ruled = set(ruled)
    if tag.startswith("entity_list.") and LIST_PROCEDURE in rule_ids:
        # A rule on the list's criteria or procedures shares every word of a listing; the rules read an
        # entry's change from its own words ("No party was added").
        return False
    if not ruled and ONE_CHAMBER.search(texts.get("title", "")):
        # One chamber's vote is a bill's step, whatever measure it votes for; a law enacted is the rules' to
        # read ("signed into law", "over a veto").
        return False
    if tag == "sanctions.designation" and not ruled and ASKED_TO_SANCTION.search(texts.get("title", "")):
        # A headline of someone urged or asked to sanction ("Administration urged to sanction Xland judges")
        # tells a request: the model reads the request's words as the act.
        return False
    if tag == "sanctions.designation" and "sanctions.regulation" in ruled:
        # Likewise a programme's rule (amended regulations, a general licence) shares every word the model
        # reads with a designation; the rules know a designation by its own words.
        return False
    if (
        tag == "sanctions.designation"
        and "license.decision" in ruled
        and WAIVER.search(texts.get("title", ""))
    ):
        # A waiver names the sanctions it suspends ("Extension of Waiver of Missile Proliferation Sanctions
        # Against ..."), the words the model reads as a designation; the rules know a designation made beside
        # a waiver by its own words.
        return False
    if tag == "sanctions.regulation" and (
        any(EAA_LAPSE.search(texts.get(f, "")) for f in PROSE)
        or EXPORT_CONTROL_ORDER.search(texts.get("title", ""))
    ):
        # The export-control emergency ("as the Export Administration Act lapsed") and the orders that run the
        # export controls share the words of a sanctions programme's order; the rules tag them for what they
        # are.
        return False
    if (
        tag.startswith("license.")
        and IMPORT_LICENCE_TITLE.search(texts.get("title", ""))
        and not any(EXPORT_WORD.search(texts.get(f, "")) for f in PROSE)
    ):
        # A licence to import ("General License for Import of Certain Reactor Parts", "Cheese Import
        # Licenses") shares the words and the CFR parts of export licensing; without a word of exports it is
        # another trade's licence.
        return False
    if not model_supported(tag, texts):
        return False
    return not wants_parties([tag]) or not wants_parties(ruled)


# A model tag needs a word of its kind somewhere in the document. The model leans on metadata (most State
# Department notices in the corpus designate someone), and a State notice about a museum loan has no word of
# sanctions in it. Paraphrases the model exists for still carry one of these stems. The control lists of
# goods ("Commerce Control List Additions and Revisions", the Munitions List) list no parties.
_LISTING_WORDS = r"entit|\b(?<!Control\s)(?<!Munitions\s)list|blacklist|end[- ]users?"
MODEL_SUPPORT: dict[str, re.Pattern[str]] = {
    "entity_list.addition": re.compile(_LISTING_WORDS, re.IGNORECASE),
    "entity_list.removal": re.compile(_LISTING_WORDS, re.IGNORECASE),
    "entity_list.revision": re.compile(_LISTING_WORDS, re.IGNORECASE),
    "license.requirement": re.compile(
        r"licen[cs]|control|restrict|requir|exception|authori[sz]", re.IGNORECASE
    ),
    "license.decision": re.compile(r"licen[cs]|waiver|authori[sz]|approv|permi[st]", re.IGNORECASE),
    "sanctions.designation": re.compile(
        r"sanction|designat|block|freez|terror|\bSDN\b|blacklist|proliferat", re.IGNORECASE
    ),
    # An older order's title names only what it bars: "Prohibiting Trade and Certain Transactions With X".
    "sanctions.regulation": re.compile(
        r"sanction|regulations|executive\s+order|general\s+licen[cs]|emergency|block|prohibit|embargo",
        re.IGNORECASE,
    ),
    "other_list.change": re.compile(r"\blist|debar|den(?:y|ied|ial|ying)|privileges", re.IGNORECASE),
    # A penalty alone is any regulator's ("fines a crypto firm over its anti-money-laundering compliance"); an
    # export case names what the law guards.
    "export_control.other": re.compile(
        r"export|control|\bEAR\b|regime|sanction|embargo|\bOFAC\b|smuggl|\bITAR\b|\barms\b|munition|weapon|"
        r"restrict|nuclear",
        re.IGNORECASE,
    ),
}


def model_supported(tag: str, texts: Mapping[str, str]) -> bool:
    """Whether the document has a word of the tag's kind: a model guess from metadata alone cannot stand."""
    support = MODEL_SUPPORT.get(tag)
    return support is None or any(support.search(texts.get(f, "")) for f in PROSE)


# The taxonomy's residual kind ("other export-control items not covered above"): the model's guess at it rests
# on the agency and the CFR parts, which every BIS rule shares, so beside another tag it is a mention too.
RESIDUAL = "export_control.other"


def mention_ids(rules: Iterable[Rule]) -> frozenset[str]:
    """The evidence ids that only mention a thing: mention rules and the model's residual guess."""
    return frozenset({rule.id for rule in rules if rule.mention} | {model_rule_id(RESIDUAL)})


MENTIONS = mention_ids(RULES)


def drop_mentions(evidence: dict[str, list[Evidence]], mentions: frozenset[str]) -> None:
    """Remove evidence that only mentions a thing when another tag says what the document does."""

    def acts(spans: list[Evidence]) -> bool:
        return any(span.rule_id not in mentions for span in spans)

    for tag in [tag for tag, spans in evidence.items() if not acts(spans)]:
        if any(acts(spans) for other, spans in evidence.items() if other != tag):
            del evidence[tag]


def tags_for(
    document: DocumentSeen,
    rules: Iterable[Rule] = RULES,
    model: Scorer | None = None,
    in_scope: bool | None = None,
) -> list[TagAssignment]:
    """Every tag whose rules fire or whose model probability reaches its threshold, each with its evidence.
    `in_scope` is out_of_scope()'s verdict when the caller already has it."""
    if in_scope is None:
        in_scope = out_of_scope(document) is None
    evidence = screening_evidence(document)
    if not evidence and not in_scope:
        return []
    texts = field_texts(document)
    seen: dict[object, object] = {}
    rules = tuple(rules)
    # Passes: plain rules, rules silenced by a tag or a rule from the first pass, the model, mentions dropped
    # beside actions, then fallbacks.
    for rule in rules:
        if (
            not rule.unless_tags
            and not rule.unless_rules
            and not rule.fallback
            and (spans := fire(rule, document, texts, seen))
        ):
            if rule.exclusive:
                return [TagAssignment(id=rule.tag, evidence=spans)]
            evidence.setdefault(rule.tag, []).extend(spans)
    # A silencing rule is a first-pass rule (a test holds it), so the rules that fired are known now.
    fired = {span.rule_id for spans in evidence.values() for span in spans}
    # In rule order, so a residual rule sees what the silenced rules before it added.
    for rule in rules:
        if (
            (rule.unless_tags or rule.unless_rules)
            and not set(rule.unless_tags) & set(evidence)
            and fired.isdisjoint(rule.unless_rules)
            and (spans := fire(rule, document, texts, seen))
        ):
            evidence.setdefault(rule.tag, []).extend(spans)
    if model is not None and document.screening_change is None:
        # Rules give precise, explained hits; the model adds the tags whose wording no rule knows.
        ruled = frozenset(evidence)
        rule_ids = {span.rule_id for spans in evidence.values() for span in spans}
        for tag, probability in model.decide(model.probabilities(document)).items():
            if tag not in evidence and model_may_add(tag, ruled, texts, rule_ids):
                evidence[tag] = [model_evidence(model, document, tag, probability)]
    drop_mentions(evidence, MENTIONS if rules is RULES else mention_ids(rules))
    if not evidence:
        # A fallback says "an export-control item of no known kind": only when neither the rules nor the
        # model found a kind (a fallback beside a model's licence tag was a false residual tag).
        for rule in rules:
            if rule.fallback and (spans := fire(rule, document, texts, seen)):
                evidence.setdefault(rule.tag, []).extend(spans)
                break
    return [TagAssignment(id=tag, evidence=spans) for tag, spans in evidence.items()]


def classify(document: DocumentSeen, lists: Lists = EMPTY, model: Scorer | None = None) -> DocumentClassified:
    """Tag one document, find the listed parties and countries it names, and explain every finding."""
    # Asked once: the answer also decides below whether an untagged document keeps its listed names.
    outside = out_of_scope(document)
    tags = tags_for(document, model=model, in_scope=outside is None)
    entities = entities_for(document, lists, [t.id for t in tags])
    # Parties the full text lists itself, and their list matches: see classifier.listed_parties.
    parties, entities = with_parties(document, lists, [t.id for t in tags], entities)
    if not tags and outside:
        # A document outside the taxonomy (another government's sanctions, a market's delisting) has no
        # parties of ours: a listed name there is background. A team's own watched names still match. An
        # untagged document in scope keeps its names: the tags may be what was missed.
        entities = [m for m in entities if m.team_id is not None]
    countries = []
    if tags:
        # Countries matter as destinations of an export-control action; an untagged notice has none.
        texts = {f: t for f, t in field_texts(document).items() if f in PROSE}
        countries = find_countries(texts, name_spans(texts, entities))
        # A regime's own news (its plenary, its lists) names its members, hosts and applicants; its
        # destinations are the states it names as its concern.
        if {t.id for t in tags} == {RESIDUAL} and regime_led(document):
            countries = of_concern(countries, texts)
    severity, reason = severity_of(tags)
    return DocumentClassified(
        event_id=document.event_id,
        document=document,
        tags=tags,
        entities=entities,
        countries=countries,
        parties=parties,
        severity=severity,
        severity_reason=reason,
        classifier_version=CLASSIFIER_VERSION,
    )
