"""Taxonomy rules as readable data: which pattern, on which field, under which guards, fires which tag.

Fields are the document's texts (title, action, text = abstract/summary/news summary, body = full text, used
only when there is no abstract) plus structured fields rendered as text: cfr_parts ("15 CFR 740; 15 CFR 742"),
agencies ("Commerce Department; Industry and Security Bureau") and document_type ("RULE"). Evidence offsets
refer to those strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A tag fires when `pattern` matches one of `fields` and every guard holds."""

    id: str
    tag: str
    pattern: re.Pattern[str]
    fields: tuple[str, ...] = ("title", "action", "text")
    # The document's type must be one of these (FR: RULE, PRORULE, NOTICE, PRESDOCU; news has none).
    doc_types: tuple[str, ...] = ()
    # A match is ignored when its sentence also matches `veto` (e.g. "criteria for adding ... Entity List").
    veto: re.Pattern[str] | None = None
    # The rule stays silent when one of these tags fired (a listing's licence consequences are the listing).
    unless_tags: tuple[str, ...] = ()
    # Fallback rules fire only when no other rule fired at all.
    fallback: bool = False
    # The document (any field) must also match this: "from the list" counts only if the Entity List is named.
    requires: re.Pattern[str] | None = None


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Within one sentence: a full stop then a space and a capital ends it; "U.S. persons", "Co., Ltd. to" do not.
S = r"(?:[^.;]|\.(?!\s+[A-Z]|\s*$))"
EL = r"Entity\s+List"
ADD = r"\b(?:add(?:s|ed|ing)?|addition(?:s)?|additional)\b"
PROCEDURAL = _p(
    r"\b(?:criteria|reasons\s+for|procedures?\s+for|may\s+lead\s+to|right\s+to\s+request|provides\s+notice|"
    r"authori[sz]ation\s+to\s+impose)\b"
)
# Licence consequences of a listing; they belong to entity_list.addition when that fires.
LISTED = ("entity_list.addition",)

RULES: tuple[Rule, ...] = (
    # --- Entity List (15 CFR 744 Supp. 4) ---------------------------------------------------------------
    Rule("el.addition.added_to", "entity_list.addition", _p(rf"{ADD}{S}{{0,200}}\b(?:to|on)\s+the\s+{EL}"),
         veto=PROCEDURAL),
    Rule("el.addition.put_on", "entity_list.addition",
         _p(rf"\b(?:put|puts|placed|places|placing|blacklist(?:s|ed)?)\b{S}{{0,200}}\b(?:on|to)\s+the\s+{EL}")),
    Rule("el.addition.listed_under", "entity_list.addition",
         _p(rf"\b(?:will\s+be|are\s+being|are|were)\s+(?:listed|added)\s+on\s+the\s+{EL}\s+under\s+the\s+destination")),
    Rule("el.addition.title", "entity_list.addition", _p(rf"\b{EL}\s+Additions?\b"), fields=("title",)),
    # US news calls the Entity List the "trade blacklist" ("U.S. adds Chinese firms to trade blacklist").
    Rule("el.addition.trade_blacklist", "entity_list.addition",
         _p(rf"\b(?:add(?:s|ed|ing)?|put(?:s|ting)?|placed?|placing)\b{S}{{0,100}}\b(?:to|on)\s+(?:a\s+|its\s+|the\s+)?"
            r"(?:U\.S\.\s+)?(?:trade|export|economic)\s+black\s?list\b")),
    Rule("el.removal.trade_blacklist", "entity_list.removal",
         _p(rf"\bremov(?:e|es|ed|ing)\b{S}{{0,100}}\bfrom\s+(?:a\s+|its\s+|the\s+)?(?:U\.S\.\s+)?"
            r"(?:trade|export|economic)\s+black\s?list\b")),
    Rule("el.removal.title", "entity_list.removal", _p(rf"\b{EL}\s+Removals?\b"), fields=("title",)),
    Rule("el.removal.removed_from", "entity_list.removal",
         _p(rf"\bremov(?:e|es|ed|ing|al|als)\b{S}{{0,200}}\bfrom\s+the\s+{EL}"), veto=PROCEDURAL),
    Rule("el.removal.from_the_list", "entity_list.removal",
         _p(r"\bremov(?:e|es|ed|ing|al)\b[^.;]{0,80}\bfrom\s+the\s+list\b"), requires=_p(EL)),
    Rule("el.revision.entries", "entity_list.revision",
         _p(rf"\b(?:revis|modif|correct)\w*\b{S}{{0,120}}\b(?:entr(?:y|ies)\s+(?:on|of|in)\s+the\s+{EL}"
            rf"|(?:to|of)\s+the\s+{EL})"), veto=PROCEDURAL),
    Rule("el.revision.existing_entries", "entity_list.revision",
         _p(r"\b(?:revis|modif|amend|correct|expand)\w*\b[^.;]{0,60}\bexisting\s+(?:entr(?:y|ies)|entities)\b")),
    Rule("el.revision.title", "entity_list.revision",
         _p(rf"{EL}\s+(?:Modifications?|Revisions?)\b|\bEntr(?:y|ies)\s+(?:Modified|Revised)\b")),
    Rule("el.revision.correction", "entity_list.revision",
         _p(rf"\bcorrect\w*\b{S}{{0,80}}\b(?:address|name|alias|entry){S}{{0,80}}\b{EL}")),
    # --- licence requirements ---------------------------------------------------------------------------
    Rule("license.tgl", "license.requirement", _p(r"\btemporary\s+general\s+licen[cs]es?\b|\bTGL\b")),
    Rule("license.general_license", "license.requirement", _p(r"(?<!temporary )\bgeneral\s+licen[cs]es?\b")),
    Rule("license.exception", "license.requirement", _p(r"\blicen[cs]e\s+exceptions?\b"), veto=PROCEDURAL),
    Rule("license.impose", "license.requirement",
         _p(r"\b(?:impos|establish|expand|add)\w*\s+(?:a\s+|new\s+|additional\s+)?licen[cs]e\s+requirements?\b"),
         veto=_p(r"\bauthori[sz]ation\s+to\s+impose\b")),
    Rule("license.requirement_phrase", "license.requirement",
         _p(r"\blicen[cs](?:e|ing)\s+(?:requirements?|review\s+polic(?:y|ies)|polic(?:y|ies))\b|"
            r"\brequire[sd]?\s+a\s+licen[cs]e\b"), unless_tags=LISTED, veto=PROCEDURAL),
    Rule("license.fdp_rule", "license.requirement",
         _p(r"\bforeign[- ]direct[- ]product\b|\bforeign-produced\s+items\b"),
         unless_tags=LISTED),
    Rule("license.end_use_controls", "license.requirement",
         _p(r"\b(?:end[- ]uses?|end[- ]users?|U\.S\.\s+persons[\"”]?\s+activit(?:y|ies))\b(?![- ]checks?)"
            rf"{S}{{0,60}}\b(?:controls|restrictions)\b"), unless_tags=LISTED),
    Rule("license.cfr_740_742", "license.requirement", _p(r"\b15 CFR 74[02]\b"), fields=("cfr_parts",),
         doc_types=("RULE", "PRORULE")),
    # --- licence decisions (typically news) -------------------------------------------------------------
    Rule("license.decision.verb_licence", "license.decision",
         _p(r"\b(?:revok\w*|revocation\s+of|grant(?:s|ed|ing)?|den(?:y|ies|ied)|refus\w*|approv(?:e|es|ed)|"
            rf"suspend\w*|reject\w*)\b{S}{{0,40}}\b(?:export\s+)?licen[cs]es\b(?!\s+exceptions?)"),
         unless_tags=LISTED),
    Rule("license.decision.licence_verb", "license.decision",
         _p(r"\bexport\s+licen[cs]es?\b[^.;]{0,60}\b(?:were|was|been|being)\s+(?:revoked|granted|denied|approved|"
            r"suspended|rejected)\b"), unless_tags=LISTED),
    # --- sanctions ------------------------------------------------------------------------------------------
    Rule("sanctions.designated", "sanctions.designation",
         _p(rf"(?<!specially )\bdesignat(?:e|es|ed|ing)\b{S}{{0,120}}\b"
            r"(?:individuals?|entit(?:y|ies)|persons?|"
            r"compan(?:y|ies)|groups?|leaders?|organi[sz]ations?|Specially\s+Designated|SDN)\b"),
         veto=_p(r"\bfootnote\b|\bdesignated\s+as\s+defense\s+articles\b")),
    Rule("sanctions.sdn_added", "sanctions.designation",
         _p(rf"{ADD}{S}{{0,120}}\b(?:to\s+the\s+)?(?:SDN\s+List|Specially\s+Designated\s+Nationals)")),
    Rule("sanctions.sdn_list_change", "sanctions.designation",
         _p(rf"\b(?:placed|included|listed|remov(?:ed|es|ing)|delet(?:ed|es|ing))\b{S}{{0,80}}"
            r"\b(?:SDN\s+List|Specially\s+Designated\s+Nationals\s+and\s+Blocked\s+Persons\s+List)"
            rf"|\binterests\s+in\s+property\b{S}{{0,80}}\b(?:are|have\s+been|were)\s+blocked\b")),
    Rule("sanctions.nonproliferation_measures", "sanctions.designation",
         _p(rf"\bimpos(?:e|es|ed|ing|ition)\b{S}{{0,80}}\bmeasures\b|\bnonproliferation\s+measures\b")),
    Rule("sanctions.blocking", "sanctions.designation",
         _p(r"\bblock(?:s|ed|ing)\s+(?:the\s+)?(?:property|assets)\s+(?:and\s+interests\s+in\s+property\s+)?of\b")),
    Rule("sanctions.ofac_regulations", "sanctions.regulation", _p(r"\b31 CFR 5\d\d\b"),
         fields=("cfr_parts",)),
    Rule("sanctions.regulations_title", "sanctions.regulation", _p(r"\bSanctions\s+Regulations\b"),
         fields=("title",)),
    # --- other screening lists ------------------------------------------------------------------------------
    Rule("other_list.uvl", "other_list.change",
         _p(r"\b(?:add|remov|revis|modif|publish)\w*\b[^.;]{0,80}\b(?:Unverified\s+List|UVL)\b")),
    Rule("other_list.meu", "other_list.change",
         _p(r"\b(?:add|remov|revis|modif|mov)\w*\b[^.;]{0,80}\b"
            r"(?:Military\s+End[- ]User\s+(?:\(MEU\)\s+)?List|MEU\s+List)\b")),
    Rule("other_list.denial_order", "other_list.change",
         _p(r"\bOrders?\s+(?:Temporarily\s+)?(?:Denying|Renewing|Modifying|Terminating|Extending)\b[^.;]{0,60}"
            r"\b(?:Export\s+Privileges|Denial\s+Order)|\bAction\s+Affecting\s+Export\s+Privileges\b|"
            r"\b(?:temporary\s+)?denial\s+orders?\b(?!\s+procedures)")),
    # --- other export-control items -------------------------------------------------------------------------
    Rule("export_control.regimes", "export_control.other",
         _p(r"\bWassenaar\b|\bAustralia\s+Group\b|\bMissile\s+Technology\s+Control\s+Regime\b|\bMTCR\b|"
            r"\bNuclear\s+Suppliers\s+Group\b|\bChemical\s+Weapons\s+Convention\b")),
    Rule("export_control.ccl", "export_control.other",
         _p(r"\bCommerce\s+Control\s+List\b|\bECCNs?\b|\bCCL\b"), unless_tags=LISTED),
    Rule("export_control.cfr_774", "export_control.other", _p(r"\b15 CFR 774\b"), fields=("cfr_parts",),
         doc_types=("RULE", "PRORULE")),
    Rule("export_control.el_procedure", "export_control.other",
         _p(rf"\b(?:criteria|reasons\s+for|procedures?\s+for){S}{{0,80}}\b{EL}|\b{EL}\b{S}{{0,120}}\bprocedures\b")),
    Rule("export_control.bis_fallback", "export_control.other", _p(r"\bIndustry[\s-]+and[\s-]+Security\b"),
         fields=("agencies",), fallback=True),
    # Case-sensitive: "EAR" the regulations, not "ear"; "export controls" alone is too common to count.
    Rule("export_control.ear_fallback", "export_control.other",
         re.compile(r"\bExport\s+Administration\s+Regulations\b|\bEAR\b"), fallback=True),
)  # fmt: skip
