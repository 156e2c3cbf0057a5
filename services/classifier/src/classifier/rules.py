"""Taxonomy rules as readable data: which pattern, on which field, under which guards, fires which tag.

The vocabulary comes from the field, not from particular documents: each list's formal and informal names
(the Entity List is the "trade blacklist" in the news), the verbs of listing and delisting in every tense and
voice, licence decisions as agencies and reporters word them, and the hedges and negations that undo them.

Fields are the document's texts (title, action, text = abstract/summary/news summary, body = full text, used
only when there is no abstract) plus structured fields rendered as text: cfr_parts ("15 CFR 740; 15 CFR 742"),
agencies ("Commerce Department; Industry and Security Bureau") and document_type ("RULE"). Evidence offsets
refer to those strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from classifier.countries import ALIASES, CAPITALS, COUNTRIES
from classifier.counts import NUMBER_WORDS
from classifier.list_titles import CORRECTION_NOTICE, OTHER_COMMERCE_LISTS, entity_list_reader
from classifier.names import FORM_STOP, RANK
from classifier.rule_text import MONTH_NAMES
from classifier.scope import (
    FOREIGN_ACTOR,
    FOREIGN_DEMONYM,
    OUTBOUND_CHECKS,
    REGIME_NAMES,
    SANCTIONS_IMPORT_BAN,
)
from schemas.events import ChangeKind


@dataclass(frozen=True)
class Rule:
    """A tag fires when `pattern` matches one of `fields` and every guard holds."""

    id: str
    tag: str
    pattern: re.Pattern[str]
    fields: tuple[str, ...] = ("title", "action", "text")
    # The document's type must be one of these (FR: RULE, PRORULE, NOTICE, PRESDOCU; news has none).
    doc_types: tuple[str, ...] = ()
    # ... and must not be one of these (a rule amending how orders are made is not an order).
    not_doc_types: tuple[str, ...] = ()
    # A match is ignored when its sentence also matches `veto` (e.g. "criteria for adding ... Entity List").
    veto: re.Pattern[str] | None = None
    # The rule stays silent when one of these tags fired (a listing's licence consequences are the listing).
    unless_tags: tuple[str, ...] = ()
    # ... or when one of these rules fired (a tag's one kind of evidence, where the tag has others).
    unless_rules: tuple[str, ...] = ()
    # Fallback rules fire only when no other rule fired at all.
    fallback: bool = False
    # A mention names what a document touches (the CCL, a regime, the ITAR), not what it does to it: its tag
    # stands only when no other tag has evidence of its own ("items on the CCL" in a licence-exception rule).
    mention: bool = False
    # The document (any field) must also match this: "from the list" counts only if the Entity List is named.
    requires: re.Pattern[str] | None = None
    # "the list" means the list named last before it: when a field names lists before the match, the nearest
    # must match this ("taken off the list" after the Unverified List is that list's removal).
    antecedent: re.Pattern[str] | None = None
    # A notice about another rule (its comment period extended, a public briefing on it) is that and nothing
    # else, whatever the other rule's title says: when an exclusive rule fires, its tag is the only one.
    exclusive: bool = False
    # The rule stays silent when the title matches this: metadata says which parts a rule touches, and a
    # title can say it only tidies them ("Corrections and Clarifications to the Export Administration ...").
    unless_title: re.Pattern[str] | None = None
    # The rule stays silent when the title or text matches this: a notice that only gathers views ("the
    # purpose of this notice of inquiry is to collect information") changes nothing, whoever publishes it.
    unless_prose: re.Pattern[str] | None = None
    # A reader finds the spans itself where a pattern cannot say it (a title's actions and the lists they fall
    # on); `pattern` then only admits the field.
    reader: Callable[[str], list[tuple[int, int]]] | None = None


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# The headings of the EAR's parts (15 CFR 730-774), as the Federal Register prints them.
EAR_PART_HEADINGS = (
    r"General\s+Information|Steps\s+for\s+Using\s+the\s+EAR|Scope\s+of\s+the\s+Export\s+Administration\s+Regulations|"
    r"General\s+Prohibitions|Commerce\s+Control\s+List\s+Overview\s+and\s+the\s+Country\s+Chart|License\s+Exceptions|"
    r"Control\s+Policy\s*[-—–:]+\s*CCL[\s-]+Based\s+Controls|Special\s+Reporting(?:\s+and\s+Notification)?|"
    r"Control\s+Policy\s*[-—–:]+\s*End-User\s+and\s+End-Use\s+Based|Chemical\s+Weapons\s+Convention\s+Requirements|"
    r"Embargoes\s+and\s+Other\s+Special\s+Controls|"
    r"Applications\s+\(Classification,\s+Advisory,\s+and\s+License\)\s+and\s+Documentation|"
    r"Application\s+Processing,\s+Issuance,\s+and\s+Denial|Special\s+Comprehensive\s+Licenses|Short\s+Supply\s+Controls|"
    r"Appeals|Export\s+Clearance\s+Requirements|Restrictive\s+Trade\s+Practices\s+or\s+Boycotts|Recordkeeping|"
    r"Enforcement\s+and\s+Protective\s+Measures|Administrative\s+Enforcement\s+Proceedings|"
    r"Foreign\s+Availability\s+Determination\s+Procedures\s+and\s+Criteria|Interpretations|Definitions\s+of\s+Terms|"
    r"(?:The\s+)?Commerce\s+Control\s+List"
)
# A title that is one of them and nothing else, its part number before it or not.
EAR_PART_TITLE = rf"\s*(?:Part\s+7[3-7]\d\s*[-—–:]+\s*)?(?:{EAR_PART_HEADINGS})\s*"

# A rule whose subject is tidying the regulations ("Corrections and Clarifications to the EAR", "ITAR: Office
# Names, Corrected Cross-Referencing", "Conforming and Clarifying Changes"), unless its title names a
# licence, exception or exemption it changes.
TIDYING = _p(
    r"^(?!.*\b(?:licen[cs]\w*|exceptions?|exemptions?)\b)(?:[^:;]*[:;]\s*)?(?:Revisions\s+and\s+)?(?:Technical\s+|Editorial\s+)?"
    r"(?:(?<=Editorial\s)Revisions?|Corrections?|Clarifications?|Conforming|Administrative\s+Changes|Office\s+Names|"
    r"Simplification|"
    r"(?<=Technical\s)Amendments?|"
    r"Reorgani[sz]ation|Restructuring|Authority\s+Citations?)\b|"
    # "...: Third Rule Implementing Export Control Reform; Correction" corrects a rule of several parts.
    r"^(?!.*\b(?:licen[cs]\w*|exceptions?|exemptions?)\b).*[;:]\s*(?:Technical\s+)?Corrections?$"
)


# A rule that says it leaves the requirements as they were: "the clarifications in this final rule do not
# change the EAR requirements for the use of the license exceptions".
REQUIREMENTS_UNCHANGED = _p(
    r"\b(?:do|does|did|will|would)\s+not\s+(?:change|alter|modify|affect)\s+(?:the\s+|any\s+)?(?:EAR\s+|ITAR\s+|existing\s+|"
    r"current\s+)?(?:export\s+)?(?:licen[cs]e\s+|licensing\s+)?requirements\b|"
    # "This rule does not make any substantive changes to Supplement No. 7 or elsewhere in the EAR."
    r"\b(?:does|do|will)\s+not\s+make\s+any\s+substantive\s+changes?\b"
)


# Within one sentence: a full stop then a space and a capital ends it; "U.S. persons", "Co., Ltd. to" do not.
# The capital is case-sensitive inside case-insensitive rules, or "non-U.S. affiliates" would end a sentence.
# Nor does a legal form's abbreviation before another (FORM_STOP).
S = rf"(?:[^.;]|{FORM_STOP}|\.(?!\s+(?-i:[A-Z])|\s*$))"
US = r"(?:U\.\s?S\.|US|American|Washington's|Commerce(?:\s+Department)?'s)"
# The Entity List by every name it goes by; the DHS forced-labour "UFLPA Entity List" is another list.
EL = (
    # "the U.S. Entity List", "Commerce's entity list": the owner may stand between article and name.
    rf"(?<!UFLPA\s)(?<!Forced\s Labor\s)(?<!Prevention\sAct\s)(?:(?:{US}|the\s+department's)\s+)?"
    r"(?:Entity\s+List|entity\s+list)"
    rf"|\b(?:{US}\s+)?(?:trade|export|economic|entity|commerce)\s+black\s?-?list\b"
    r"|\b(?:restricted\s+(?:trade|export)|export\s+restrictions?)\s+list\b"
)
ELX = rf"(?:{EL})"
TO_LIST = rf"\b(?:to|on|onto|under)\s+(?:a\s+|an\s+|its\s+|the\s+|their\s+)?{ELX}"
FROM_LIST = rf"\b(?:from|off)\s+(?:a\s+|its\s+|the\s+|their\s+)?{ELX}"
# A listing told as background starts no match: "Huawei, which was added to the Entity List in 2019, ...".
BACKGROUND = (
    r"(?<!which\swas\s)(?<!which\swere\s)(?<!who\swas\s)(?<!which\shad\sbeen\s)(?<!which\shas\sbeen\s)"
    r"(?<!since\sbeing\s)(?<!after\sbeing\s)(?<!after\sit\swas\s)"
)
# Each verb list starts with a lookahead on its first letters: the background lookbehinds are then tried at
# word starts that can begin a verb, not at every character of a 200 KB rule.
ADD = (
    r"\b(?=[apdbsmAPDBSM])"
    + BACKGROUND
    # "He added that 639 parties are on the Entity List" reports speech; "added that company" lists one.
    + r"\b(?:add(?:s|ed|ing)?(?!,?\s+that\s+(?!(?:compan|firm|entit|part|person|individual|organi|business|"
    r"supplier|subsidiar|unit)\w*\b))|addition(?:s)?|plac(?:e|es|ed|ing)|put(?:s|ting)?|designat(?:e|es|ed|ing)|"
    r"blacklist(?:s|ed|ing)?|slap(?:s|ped)?|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?)\b"
)
REMOVE = (
    r"\b(?=[rdtslecRDTSLEC])"
    + BACKGROUND
    + r"\b(?:remov(?:e|es|ed|ing|al|als)|delist(?:s|ed|ing)?|de-list(?:s|ed|ing)?|"
    r"t(?:ake|akes|ook|aken|aking)|drop(?:s|ped|ping)?|delet(?:e|es|ed|ing)|strik(?:e|es|ing)|struck|lift(?:s|ed|ing)?|eras(?:e|es|ed)|"
    # "whose names came off the SDN list"
    r"c(?:ame|omes?|oming)(?=\s+off\b))\b"
)
# Verb and noun forms only: "Changji" is a name, not a change.
REVISE = (
    r"\b(?:revis(?:e|es|ed|ing|ions?)|modif(?:y|ies|ied|ying|ications?)|correct(?:s|ed|ing|ions?)?|"
    r"updat(?:e|es|ed|ing)|chang(?:e|es|ed|ing))\b"
)
# Hedges and negations: "does not add", "is considering whether to add", "threatened to blacklist".
HEDGE = _p(
    # "Americans could no longer deal with them" tells a designation's effect; it hedges nothing.
    # "such a licence would probably not be granted": a forecast.
    r"\b(?:(?:do|does|did|will|would|has|have|had)\s+(?:probably\s+|likely\s+)?not|n't|never|"
    # "had no plans to impose trade sanctions on Xland": an intent denied.
    r"no\s+(?:plans?|intention|intent)\s+(?:to|of)\b|"
    # "saw no grounds to put Xland back on the list": a step refused.
    r"no\s+(?:grounds|justification|reason|basis|case)\s+(?:to|for)\b|"
    r"no\s+longer(?!\s+(?:deal|do\s+business|trade|transact|engage))|whether\s+to|"
    r"no\s+(?:one|entit\w+|persons?|individuals?|compan\w+|parties)\s+(?:was|were|is|are|has|have|had)|"
    r"threaten\w*\s+to|(?:consider|weigh|mull|contemplat)\w*\s+(?:whether|adding|placing|putting|blacklisting|"
    # "was considering applying the foreign direct product rule to Foo".
    r"applying|invoking|using|extending|imposing)|"
    # A measure planned, told by what it would do: "The planned package would also add about 120 entities".
    r"(?:planned|proposed|expected|forthcoming|draft)\s+(?:[\w-]+\s+)?(?:package|rules?|measures?|restrictions|curbs|"
    r"controls|regulations?)\s+(?:would|will|could|might|may)\b|"
    # Deliberation reported, nothing done: "advisers were discussing ways to ease sanctions".
    r"(?:discuss|debat|consider|weigh|mull|explor|contemplat|study|studi)\w*\s+(?:ways|options|proposals?|how)\s+to\b|"
    # "could add", "might be blacklisted"; not "over concerns that their exports could help develop weapons",
    # nor what firms could then do ("so that American companies could sign contracts"), nor what a deal is
    # worth ("a deal that could be worth as much as $2 billion").
    r"(?:could|might)\s+(?!help|allow|let|enable|contribute|support|assist|develop|be\s+used|be\s+diverted|no\s+longer|"
    r"end\s+up|reach|fall\s+into|sign|open|hire|bid|compete|invest|do\s+business|be\s+worth|cost|total)|"
    r"may\s+(?:add|place|put|blacklist)|"
    # A party's own request is no action: "it had applied on March 14 to be taken off the SDN list".
    r"(?:appl(?:y|ied|ies|ying)|ask\w*|petition\w*|seek\w*|sought|request\w*)\b[^.;]{0,60}\bto\s+be\s+"
    r"(?:taken|removed|delisted|de-listed|struck|dropped)\b|"
    # ... or may ask for a change: "a listed party may ask BIS to remove or modify its entry".
    r"(?:may|can|could)\s+(?:ask|request|petition)\s+(?:[\w.'’-]+\s+){0,3}?to\s+(?:remove|modify|revise|change|amend|"
    r"delist)\b|"
    # ... or asks for its removal: "FAQs on petitioning for removal from its sanctions lists".
    r"(?:petition\w*|appl(?:y|ied|ies|ying)|request\w*|seek\w*)\s+for\s+(?:its\s+|their\s+|the\s+)?(?:removal|delisting|"
    r"de-listing)\b|"
    # Advocacy is no listing: lawmakers "urge Commerce to add" a company, a group "calls on" it to.
    # So is a bill that "would require Commerce to add" a company.
    r"(?:urg|call\w*\s+on|call\w*\s+for|press\w*|push\w*|lobb\w*|ask\w*|petition\w*|recommend\w*|"
    r"(?:would|will|could)\s+(?:require|force|direct|compel|mandate))\w*\b"
    r"[^.;]{0,60}\bto\s+(?:add|place|put|blacklist|list|designate|remove|delist))\b"
)
PROCEDURAL = _p(
    r"\b(?:criteria|reasons\s+for|procedures?\s+for|may\s+lead\s+to|right\s+to\s+request|provides\s+notice|"
    r"grounds\s+(?:on|under|for)\s+which|"
    r"authori[sz]ation\s+to\s+impose|standards?\s+for|requests?\s+for\s+(?:public\s+)?comments?|"
    r"notifications?\s+of\s+inquiry|notices?\s+of\s+inquiry)\b"
)
# A rule on how applications are filed ("Mandatory Electronic Filing of Export License Applications",
# "Mandatory Use of Simplified Network Application Processing System") changes procedure, not what needs a
# licence, whatever licence types and exceptions it lists as filed through the system.
FILING_TITLE = _p(
    r"\bElectronic\s+(?:Filing|Submission)\b|\bSimplified\s+Network\s+Application\s+Processing\b"
)
# A listing another document makes ("in a concurrent rule published elsewhere in this issue, BIS adds ...").
ELSEWHERE = _p(
    r"\b(?:concurrent(?:ly)?|companion|separate)\s+(?:final\s+|interim\s+final\s+)?rules?\b|"
    r"\belsewhere\s+in\s+this\s+issue\b|\bpreviously\s+(?:added|placed|listed)\b|"
    # A trend of listings names none: "as more Chinese universities are placed on the Entity List".
    r"\bas\s+more\s+(?:[\w-]+\s+){0,6}?(?:are|get|have\s+been)\s+(?:being\s+)?(?:placed|added|put|listed|"
    r"blacklisted)\b"
)
# Other bodies' sanctions and embargoes (the EU's, the Security Council's) are theirs to decide.
# "UN" in capitals only: "Kim Jong Un" is no United Nations.
OTHER_BODIES = (
    r"\bEU\b|\bEuropean\s+Union\b|\bU\.\s?N\.|(?-i:\bUN\b)|\bUnited\s+Nations\b|\bSecurity\s+Council\b"
)
# What an arms-export policy covers: "of defense articles", "for the export of U.S. weapons".
ARMS_OBJECT = (
    r"(?:for\s+(?:the\s+)?exports?\s+of\s+|of\s+)(?:[\w.-]+\s+){0,2}?"
    r"(?:defen[cs]e\s+articles|arms|weapons|munitions)\b"
)
# OFAC's and State's notices publishing designations, whatever CFR parts they cite.
SANCTIONS_ACTIONS = _p(
    r"^Notice\s+of\s+(?:OFAC|Department\s+of\s+State|State\s+Department)\s+Sanctions?\s+Actions?\b"
)
# Barring an act is not doing it: "the bill would bar the removal of Foo from the Entity List", "let
# Congress block waivers allowing U.S. firms".
BAR = r"\b(?:bar|block|prevent|prohibit|forbid|stop)\w*\s+"
BARRED = rf"{BAR}(?:the\s+|any\s+)?(?:removal|delisting|addition|listing)\b"
# Asking an office to act is not its act: "lawmakers urged Commerce to deny", "urged Treasury not to lift".
ADVOCATE = r"\b(?:urg|call\w*\s+on|press|ask|lobb|petition|warn)\w*\b"


def asked_to(verbs: str) -> str:
    """Someone asked or urged to do one of `verbs` in the same sentence: a request, not the act."""
    return rf"{ADVOCATE}[^.;]{{0,160}}?\bto\s+(?:{verbs})\b"


# A meeting that ended "without any decision" changed nothing.
NO_DECISION = r"\bwithout\s+(?:any\s+|a\s+)?(?:decision|agreement|consensus)\b"
LISTING_VETO = re.compile(f"{PROCEDURAL.pattern}|{HEDGE.pattern}|{ELSEWHERE.pattern}|{BARRED}", re.IGNORECASE)
# A listing told as the cause of what the document does ("to remove a general license ... as a result of these
# entities being removed from the SDN List") is another act, done before.
# A participle after the party's noun dates its listing before the news: "Foo Holdings, a firm placed on the
# SDN list in 2012".
# A listing dated by its month or year: "in March 2005", "in 2019".
IN_YEAR = (
    rf"\bin\s+(?:(?:{MONTH_NAMES})\s+)?"
    r"(?:19|20)\d\d"
)
# A past perfect dated by an adverb of earlier time: "had earlier been put on a blacklist", "had previously
# been placed on the Entity List" ("had just been added" is the story's own news).
EARLIER_LISTING = (
    r"\bhad\s+(?:earlier|previously|already|once|long\s+since)\s+been\s+"
    r"(?:added|placed|put|listed|blacklisted)\b|"
    # The active voice with "also" tells one more thing done before: "Washington had also put Foo on a trade
    # blacklist"; the story's own listing is told in the simple past or "had just been added".
    r"\bhad\s+also\s+(?:added|placed|put|blacklisted)\b|"
    # ... and so does a year opening the sentence: "In 2012 the United States had placed Foo on a trade
    # blacklist".
    r"\b[Ii]n\s+(?:19|20)\d\d,?\s+(?:[\w.'’-]+\s+){1,4}?had\s+(?:added|placed|put|listed|blacklisted)\b"
)
# A past listing in the passive dated by its month or year, or by its year alone ("Foo was put on the Entity
# List in May", "both added to the Commerce Department's Entity List in November 2023"): the time of other
# news. The story's own listing is told by its day ("on Monday").
IN_MONTH_OR_YEAR = (
    rf"\bin\s+(?:(?:{MONTH_NAMES})\b"
    r"(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d\b)"
)


def dated_listing(lists: str) -> str:
    """A past listing on one of `lists`, in the passive, dated by its month or year: background."""
    return (
        rf"\b(?:was|were|both|all|been)\s+(?:added|placed|put|listed)\s+(?:on|to|onto)\s+(?:[\w.'’-]+\s+){{0,4}}?"
        rf"(?:{lists})\s+{IN_MONTH_OR_YEAR}"
    )


# A notice correcting an earlier rule carries that rule's title ("Addition of Entities to the Entity List;
# Correction", "Correction to: Addition of ..., and Removal of ..."): the additions and removals it names are
# the earlier rule's. What the correction itself does, its summary says.
CORRECTION_TITLE = re.compile(rf"^\s*Corrections?\s+to\b|[;:]{CORRECTION_NOTICE.pattern}$", re.IGNORECASE)


# A law cited by what it lets or makes an order do ("forfeitable for violations of U.S. law including the
# International Emergency Economic Powers Act, under which Executive Order 13884 blocks dealings with the Foo
# regime") describes the law a case rests on: no designation or programme of the day.
UNDER_WHICH_ORDER = r"\bunder\s+which\s+(?:the\s+)?(?:Executive\s+Order|E\.O\.)"
# ... and so is an order cited as the authority of a designation: "All three were designated under Executive
# Order 13224, which blocks their US property".
DESIGNATED_UNDER_ORDER = (
    r"\b(?:designated|sanctioned|named|listed|targeted)\s+(?:[\w.'’-]+\s+){0,4}?(?:under|pursuant\s+to)\s+"
    r"(?:the\s+)?(?:Executive\s+Order|E\.\s?O\.)"
)


# A requirement said not to be set sets none and decides no licence: "no new rule, licence requirement or
# listing was issued".
NO_NEW_REQUIREMENT = r"\bno\s+(?:new\s+)?(?:[\w-]+,?\s+){0,3}?(?:or\s+)?licen[cs]e\s+requirements?\b"


# A number right after a month's name is the day of a date, no count of parties ("sanctioned on July 30").
NOT_AFTER_A_MONTH = "".join(rf"(?<!{month}\s)" for month in MONTH_NAMES.split("|"))


# A bar dated by its year is one told from before the news (the news's own act is told by its day); no
# participle stands between, since "barred trade with the regime installed in 1991" dates the regime. Only
# the bar's own verbs count: in "lifting the sanctions imposed on Xland in 1998" the imposition is dated and
# the lifting is the news.
_BANNED = r"(?:barred|banned|prohibited|halted)"
BAN_OF_A_YEAR = (
    rf"\b{_BANNED}\s+(?:(?!(?:imposed|adopted|enacted|introduced|since|until)\b)[\w.'’-]+\s+){{0,10}}?{IN_YEAR}\b|"
    rf"\b[Ii]n\s+(?:19|20)\d\d,?\s+(?:[\w.'’-]+\s+){{1,4}}?{_BANNED}\b"
)
# A sentence that names the screening lists one by one describes them and changes none: "the page points to
# the Denied Persons List (parties whose export privileges have been denied), the Unverified List, the Entity
# List (parties whose presence can trigger a licence requirement) ...".
LIST_CATALOGUE = (
    r"^(?=[\s\S]*?\bDenied\s+Persons\s+List\b)(?=[\s\S]*?\bEntity\s+List\b)"
    r"(?=[\s\S]*?\b(?:Unverified\s+List|Specially\s+Designated\s+Nationals|SDN\s+List)\b)"
)
PLACED_BEFORE = _p(
    r"\b(?:company|firm|bank|entity|group|man|woman|person|corporation|airline)\s+(?:placed|put|added|listed)\s+"
    r"on\b[^.;]{0,80}?\bin\s+(?:19|20)\d\d\b"
)
LISTING_AS_CAUSE = (
    r"\b(?:as\s+a\s+result\s+of|because\s+of|following|after|upon)\s+(?:[\w-]+\s+){0,4}?(?:being|having\s+been)\s+"
    r"(?:removed|delisted|designated|added|placed|listed)\b"
)
# The export-control statutes by name: their enactment is the control system's, not a sanctions programme's.
EXPORT_STATUTE = r"(?:Export\s+Administration(?:\s+Amendments)?|Export\s+Control\s+Reform)\s+Act\b"
# Export-control context for words other regimes share ("license exception" in patent rules).
EXPORT_CONTEXT = _p(
    r"\bexport|\bre-?export|\bEAR\b|Export\s+Administration|Industry\s+and\s+Security|\bITAR\b|\bsanction|"
    r"Foreign\s+Assets\s+Control|\bOFAC\b|\barms\s+embargo\b|"
    # A retransfer of U.S.-origin goods or nuclear material needs U.S. consent: "a proposed retransfer of
    # U.S.-obligated spent fuel from Xland to Yland".
    r"\bre-?transfer|"
    # The sanctions law and its country embargoes: "found guilty of violating the trade embargo against
    # Xland", "charged under the International Emergency Economic Powers Act".
    r"\bIEEPA\b|\bInternational\s+Emergency\s+Economic\s+Powers\b|\btrade\s+embargo\b|"
    # A licence the U.S. government grants a company in the news is an export or a sanctions licence; a
    # fraud against the government ("conspiracy to defraud the U.S. government") is no export matter, nor is
    # the government as a buyer or a borrower ("new U.S. government contracts", "U.S. government securities").
    r"\b(?<!\bdefraud\sthe\s)U\.\s?S\.\s+(?:government|licen[cs]es?)\b"
    r"(?!\s+(?:contracts?|contracting|procurement|grants?|securities|bonds|debt|borrowing)\b)|"
    # The Commerce Department's licences are BIS's export licences.
    r"\bCommerce\s+Department\b|\bDepartment\s+of\s+Commerce\b|"
    # So are the Treasury's in the news (OFAC's sanctions licences); its FR notices say "Department of the
    # Treasury" of insurance and tax rules too.
    r"\bTreasury\s+Department\b|\bU\.S\.\s+Treasury\b"
)
LICENCE = r"licen[cs](?:e|es|ing)"
# Congress's auditors and research offices, and inspectors general, at work on their own report (not another's
# report recalled: "a separate inspector general's report of ..."). "An internal audit by the Defense
# Department's inspector general, reported by ..., found".
AUDIT_FINDING = _p(
    r"\b(?:GAO|General\s+Accounting\s+Office|Government\s+Accountability\s+Office|Inspectors?\s+General|"
    r"Office\s+of\s+Technology\s+Assessment|Congressional\s+Research\s+Service)\b"
    r"(?:,\s+the\s+[^.;,]{1,50},)?"
    r",?\s+(?:[\w-]+\s+){0,3}?(?:report(?:s|ed)?|review(?:s|ed)?|found|finds|testif\w*|audit\w*|recommend\w*|"
    r"urg\w*|fault\w*|publish\w*)\b"
)
# Words told to lawmakers: "told a House International Relations subcommittee", "testified before the panel".
TESTIMONY = (
    r"\b(?:told|testif(?:y|ies|ied|ying)\s+(?:before|to))\s+(?:a|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:committee|subcommittee|panel|hearing)\b|\btestimony\s+(?:before|to)\b"
)
# A participle after an article or a preposition is an adjective: "signed documents with sanctioned Rosneft
# chief Igor Sechin" recalls a party listed before; "Treasury sanctioned the chief" lists one.
AS_VERB = (
    r"(?<!\bwith\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bto\s)(?<!\bby\s)"
    # "keeps energy payments through sanctioned Russian banks open".
    r"(?<!\bthrough\s)(?<!\bvia\s)(?<!\bfrom\s)(?<!\bagainst\s)"
)
# Drugs and people smuggled are another law's crimes, whatever the words of an export case beside them.
CONTRABAND = r"(?:cocaine|heroin|drugs?|narcotics|marijuana|methamphetamine|fentanyl|migrants?)"
# A health-care programme's sanctions (the HHS Inspector General's exclusions and civil money penalties for
# Medicare fraud) are another regime's.
HEALTH_CARE = _p(r"\bHealth\s+Care\s+Programs?\b|\bMedicare\b|\bMedicaid\b")
# Stolen cars caught on their way out, or shipped by a theft ring, are theft, found by the vehicles' export
# papers ("a car-theft ring that illegally exported stolen and carjacked vehicles").
STOLEN_VEHICLES = (
    r"\bstolen\b[^.;]{0,60}?\b(?:cars?|vehicles?|automobiles?|trucks?|SUVs?|motorcycles?|Toyota|Honda|Lexus|Nissan|"
    r"BMW|Mercedes)\b|\bcar[- ]theft\b"
)
# Waste shipped abroad without the environmental regulator's notice is another law's export case ("exported
# hazardous cathode-ray-tube monitors abroad without the required EPA notification").
WASTE_EXPORT = r"\b(?:hazardous|electronic)\s+waste\b|\be-waste\b"
# Goods an export case is about, as news names them: "helicopter parts from the United States to Xland".
_GOODS = r"(?:systems|equipment|parts|components|electronics|goods|technolog(?:y|ies)|items)"
# Licence consequences of a listing; they belong to entity_list.addition when that fires.
LISTED = ("entity_list.addition",)
# Sanctions programmes have general licences and licensing policies of their own (OFAC's, not the EAR's).
SANCTIONS = ("sanctions.regulation", "sanctions.designation")
SDN = (
    # "the Treasury Department's blacklist" is the SDN list (Commerce's is the Entity List).
    r"(?:(?:(?<=Treasury.s\s)|(?<=Treasury\sDepartment.s\s)|(?<=OFAC.s\s))blacklist\b|SDN\s+List|Specially\s+Designated\s+Nationals|blocked[\s-]+persons|sanctions?\s+(?:list|blacklist)|"
    r"Specially\s+Designated\s+Global\s+Terrorists?|Foreign\s+Terrorist\s+Organi[sz]ations?|"
    # OFAC's other lists of named parties: the evaders of its sanctions, and the sectoral sanctions'.
    # News writes the latter short: "Sberbank was added to the sectoral list".
    r"Foreign\s+Sanctions\s+Evaders|Sectoral\s+Sanctions\s+Identifications|sectoral\s+(?:sanctions\s+)?list|"
    # ... and its list of foreign banks barred from U.S. correspondent accounts (Part 561 List, later CAPTA).
    r"Part\s+561\s+List|CAPTA\s+List|"
    # ... and the Kingpin Act's list of drug traffickers by its own names ("its drug-kingpin sanctions list").
    r"(?:drug[\s-]+)?kingpin(?:\s+Act)?\s+(?:sanctions\s+)?list)"
)
# Who a listing action names, in the words of titles ("Removal of Certain Entities", "Addition of Persons").
PARTIES = r"(?:entit|entr|person|part(?:y|ies)|compan|address|individual|organi[sz]ation)\w*"
# The multilateral regimes whose lists the CCL implements.
REGIME = rf"(?:{REGIME_NAMES}\b|(?-i:AG)\b)"
# A country joining a regime is the regime's news ("Addition of Kazakhstan to the Nuclear Suppliers Group
# (NSG), and Other Revisions"), whatever the CFR parts its conforming changes touch.
MEMBERSHIP = rf"^(?!.*\blicen[cs]\w*)(?:[^:;]*:\s*)?Additions?\s+of\s+[^:;]{{1,80}}?\bto\s+the\s+{REGIME}"
# A regime's plenary decisions implemented change the Commerce Control List's entries ("Revisions to the EAR
# Based on the 2016 MTCR Plenary Agreements"); the licence consequences are the entries'.
REGIME_IMPLEMENTED = (
    rf"^(?!.*\b(?:licen[cs]\w*|exceptions?)\b)(?=.*\b{REGIME})"
    r".*\b(?:Plenary|Intersessional|Decisions|Understandings|Agreements?|Recommendations|Implementation)\b"
)
# Items moved between the Commerce Control List and the Munitions List change which list controls them.
LISTS_SWAPPED = (
    r"\b(?:USML|Munitions\s+List)\b[^;]{0,80}\b(?:CCL|Commerce\s+Control\s+List)\b|"
    r"\b(?:CCL|Commerce\s+Control\s+List)\b[^;]{0,80}\b(?:USML|Munitions\s+List)\b"
)
# A rule titled for the control lists' entries, registration, definitions or supporting documents
# ("Addition of New ECCN 6A981 ... to the Commerce Control List", "USML Targeted Revisions", "Registration and
# Licensing of Brokers") cites the licence parts only to conform; a title naming a licence rule changes one.
LIST_CONTENTS = (
    r"^(?!.*\b(?:licen[cs]e\s+(?:requirements?|polic\w+|exceptions?)|exceptions?|exemptions?)\b)"
    r".*\b(?:Commerce\s+Control\s+List|CCL|Export\s+Control\s+Classification\s+Numbers?|ECCNs?|Munitions\s+List|"
    r"USML|Categor(?:y|ies)\s+[IVX]+|Registration|Definitions?|Support\s+Documents?)\b"
)
# A rule titled for a term's definition ("Definition of the Term 'Financial, Material, or Technological
# Support' Under the ... Sanctions Regulations") sets what a criterion means; it designates and lists nobody.
DEFINITION_TITLE = _p(r"^(?:[^:;]*[:;]\s*)?(?:Amendments?\s+to\s+the\s+)?Definitions?\s+of\b")
# An agency's advisory committees' meetings and recruitment are its housekeeping, whatever regulations the
# committees advise on.
HOUSEKEEPING = _p(
    r"\bAdvisory\s+Committees?\b|\b(?:Notice\s+of\s+)?(?:Partially\s+)?(?:Closed|Open)\s+Meetings?\b|"
    r"\bRecruitment\s+of\s+Members\b|"
    # Conferences and forums gather views; they change no control.
    r"\bConference\b|\bForum\b"
)
# A country by its short English name, as a sanctions programme names it.
COUNTRY = "(?:" + "|".join(re.escape(name) for name in sorted(COUNTRIES, key=len, reverse=True)) + ")"
# A country by its other forms, demonyms first among them ("Iranian carpets").
COUNTRY_FORM = "(?:" + "|".join(re.escape(form) for form in sorted(ALIASES, key=len, reverse=True)) + ")"
# A notice whose stated purpose is to gather comments or information on a past year or a topic.
INQUIRY = _p(
    r"\bpurpose\s+of\s+this\s+notice\s+of\s+inquiry\b|\bnotice\s+of\s+inquiry\s+is\s+to\s+collect\b|"
    r"\bseek(?:s|ing)?\s+public\s+comments?\s+on\s+the\s+impact\b|"
    # BIS's inquiries are titled by what they ask about: "Impact of the Implementation of the Chemical Weapons
    # Convention on ...", "Impact of Reducing Mixture Concentration Threshold ...".
    r"^Impact\s+of\b"
)
# The Commerce Control List and its entries by every name a rule gives them.
CCL = r"(?:Commerce\s+Control\s+List|CCL\b|ECCNs?\b|Export\s+Control\s+Classification\s+Numbers?)"
# "Categories 3, 4, and 5 of the" list, where a rule changes or adds entries.
CATEGORIES_OF = r"Categor(?:y|ies)\s+[\d,\sand]+of\s+the\s+"
# Every list a document may call "the list".
# Terrorist designations (FTO, SDGT) are not lists a party is "taken off": "a designated foreign terrorist
# organisation" names no list.
LIST_NAMES = _p(
    rf"{EL}|{OTHER_COMMERCE_LISTS}|['‘’\"]unverified['‘’\"]\s+(?:export\s+)?list|"
    r"\bSDN\s+List|Specially\s+Designated\s+Nationals|\bblocked\s+persons|\bsanctions?\s+(?:list|blacklist)"
)
OFFICE = r"(?:OFAC|Office\s+of\s+Foreign\s+Assets\s+Control|Treasury(?:\s+Department)?|State\s+Department)"

# Verbs of an agency deciding on licences, and the licences they decide on.
LICENCE_DECIDED = (
    r"revok\w*|revocation\s+of|grant(?:s|ed|ing)?|den(?:y|ies|ied|ial\s+of)|refus\w*|approv\w*|suspend\w*|"
    r"reject\w*|issu(?:e|es|ed|ing)|withdr[ae]w\w*|weigh\w*|mull\w*|consider\w*|resum\w*|renew\w*|pull\w*|"
    # The pace of decisions is news too: "slowed the issuance of licences", "halted approvals".
    r"slow(?:s|ed|ing)|delay(?:s|ed|ing)|halt(?:s|ed|ing)|paus(?:e|es|ed|ing)|expedit\w*|fast-track\w*|"
    r"freez(?:e|es|ing)|froze|restor(?:e|es|ed|ing)|sign(?:s|ed|ing)?\s+off\s+on|turn(?:s|ed|ing)?\s+down|"
    r"ok(?:ay)?(?:s|ed|'d)"
)
LICENCES = (
    r"(?:(?:export|specific|individual)\s+)?(?:licen[cs]es|licen[cs]e\s+applications|waivers?|authori[sz]ations)\b"
    r"(?!\s+exceptions?)"
)
# Licensing stopped for a class of goods or a country, nobody named: "suspended the issue of licences for
# exports of defence articles and services to Xland". "Suspended the licences for four tools" is one
# exporter's.
CLASS_SUSPENDED = (
    r"\bsuspen\w*\s+(?:the\s+)?issu(?:e|ance|ing)\s+of\s+(?:new\s+)?(?:export\s+)?licen[cs]es\b|"
    # "revoked licences for the commercial sale of any item on the U.S. Munitions List": every holder's.
    r"\b(?:revok|suspend|cancel|terminat)\w*\s+(?:all\s+)?(?:export\s+)?licen[cs]es\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:sales?|exports?)\s+of\s+(?:any|all)\b|"
    # "to deny all pending validated license applications for goods and technology to be used in ...", "to
    # revoke all outstanding export licenses for Olympic-related exports".
    r"\b(?:den(?:y|ied|ying)|revok\w*|suspend\w*)\s+all\s+(?:(?:new|pending|future|outstanding|validated|export|"
    r"unshipped)\s+){1,4}(?:licen[cs]e\s+applications|licen[cs]es)\s+for\s+(?:goods|items|products|exports|"
    r"technolog(?:y|ies)|equipment|[\w-]+-related)\b|"
    # A class's licences halted for a whole country: "halting high-technology and oil-and-gas export licences
    # for Moscow".
    r"\b(?:halt|suspend|freez|froze|stop|cancel)\w*\s+(?:[\w-]+\s+){0,5}?(?:export\s+)?licen[cs]es\s+(?:for|to)\s+"
    rf"(?:the\s+)?(?:(?-i:{COUNTRY})|{CAPITALS})\b(?!['’])|"
    # A law's bar on a class: "prohibits the use of its funds to approve export licences for ...".
    r"\bprohibit\w*\s+(?:[\w-]+\s+){0,10}?to\s+(?:[\w-]+\s+or\s+)?(?:approve|issue|grant)\s+(?:export\s+)?licen[cs]es\s+"
    r"for\b"
)
# ... or its sales of a class: "sales of computers and other sensitive goods to Xland would be halted".
CLASS_SALES_HALTED = (
    rf"\b(?:sales|exports|shipments)\s+of\s+(?:[\w-]+\s+){{1,8}}?to\s+(?:the\s+)?(?-i:{COUNTRY})\s+(?:would|will|were|are)\s+"
    r"(?:be\s+)?(?:halted|suspended|stopped|frozen)\b"
)
# A country's licensing policy told for what is to come: "licence applications would be denied, although
# licences could still be granted case by case for surveillance equipment".
DENIAL_TO_COME = r"\bapplications\s+(?:would|will)\s+(?:\w+\s+)?be\s+denied\b|\bcase\s+by\s+case\b"
# A refusal told as the step before an offence: "When the license application was denied by the Department of
# State, Xu agreed with others to export the equipment illegally".
DENIAL_BEFORE = (
    r"\b(?:after|since|when|because|once)\s+(?:[\w.'’-]+\s+){0,5}?(?:was|were|had\s+been)\s+"
    r"(?:denied|rejected|refused|turned\s+down)\b"
)
# An earlier designation dated in a time clause: "When OFAC designated SIS and its director on February 24,
# 2015, Apple's screening tool failed to flag the company". A story of a designation made that day does not
# give its year.
DESIGNATED_BEFORE = (
    r"\b(?:when|after|once|since|before)\s+(?:the\s+)?(?:OFAC|Treasury(?:\s+Department)?|State\s+Department|"
    r"State|Commerce|United\s+States|U\.S\.|Washington)\s+(?:first\s+)?designated\b[^.;]{0,200}?\b(?:19|20)\d\d\b|"
    # ... and so is a party described by its listing ("trades made for a person designated under the Kingpin
    # Act").
    r"\b(?:a|an)\s+(?:person|company|firm|entity|individual|party)\s+designated\s+under\b"
)
# A designation in the past perfect with its date is the background of the news: "a holding company that OFAC
# had designated under the Kingpin Act in May 2016".
HAD_DESIGNATED_IN = rf"[^.;]{{0,120}}?{IN_YEAR}\b"
# ... and so is one told in the active voice with its date: "a company OFAC had placed on its Specially
# Designated Nationals list under the Kingpin Act in November 2008".
HAD_LISTED_IN = (
    r"\bhad\s+(?:already\s+|earlier\s+|previously\s+)?(?:designated|placed|put|added|listed)\b"
    rf"{HAD_DESIGNATED_IN}"
)
# The Treasury's exchange-rate report to Congress "designates" a trading partner a currency manipulator: a
# finding of trade policy that blocks nothing.
CURRENCY_MANIPULATOR = r"\bcurrency\s+manipulat(?:ors?|ion)\b"
# A visa ban: a designation under the appropriations act's section 7031(c) makes its subject "ineligible to
# enter the United States" and blocks nothing.
VISA_BAN = r"\b7031\s*\(c\)|\bineligible\s+(?:to\s+enter|for\s+(?:entry|admission|visas?))\b"
# A class of licences, not one holder's: "Revocation of Other Authorizations", "revoking certain licenses".
# "suspending all existing licences for exports of ... to Indian government bodies": a class, no one's own.
CLASS_OF_LICENCES = (
    rf"\s+(?:all\s+(?:(?:other|certain|existing|outstanding|current|valid)\s+)?|(?:other|certain|existing)\s+)"
    rf"(?:[\w-]+\s+)?{LICENCES}"
)
# Whose assets a country programme freezes: the state's own, not listed parties'.
# A capital in the possessive is its government.
STATE_OWNER = (
    r"(?:governments?|regimes?|state|central\s+bank|national\s+bank|monetary\s+authority|"
    rf"{CAPITALS}['’]s)"
)
# A counted group of parties: "76 government officials", "five people", "18 people".
COUNT_OF_PARTIES = (
    rf"(?:\d+|one|{NUMBER_WORDS}|several)\s+(?:[\w-]+\s+(?:and\s+)?){{0,3}}?"
    r"(?:people|persons|individuals|officials|leaders|companies|entities|firms|men|women|groups|organi[sz]ations)\b"
)
# Licences of other trades, granted by their own regulators.
OTHER_LICENCES = (
    r"manufacturing|operating|broadcast\w*|software|patent|pilot|medical|fishing|business|mining|banking|driv\w*|"
    r"marriage|liquor|gaming|music|content|spectrum|"
    # A licence to use a name or a mark is a contract's: "a non-exclusive licence to use the Foo name".
    # So is one granted as exclusive: "grants an exclusive licence for its video stores in Foo City".
    r"name|trademark|brand|franchise|(?:non-?)?exclusive|flying"
)
# A document that names its licences as another trade's ("the broadcasting licence it had granted", "fishing
# licences") and never speaks of exports means that trade's licences by "the licence" and "licences" too.
OTHER_TRADE_PROSE = rf"\A(?![\s\S]*\bexport)[\s\S]*?\b(?:{OTHER_LICENCES})\s+licen[cs]e"
# An import licence (a gun importer's federal licence) is another regime's: "suspending importers' licences",
# "holds a federal licence to bring in legal weapons".
IMPORT_LICENCE = (
    r"\bimport(?:er|ers|ing)?(?:['’]s?|s['’])?\s+(?:[\w-]+\s+)?licen[cs]|"
    r"\blicen[cs]es?\s+to\s+(?:import|bring\s+in)\b"
)
# How a Federal Register title names one ("General License for Import of ...", "Dairy Import Licenses"); with
# no word of exports beside it, the model's licence tags stay off it (classify.model_may_add).
IMPORT_LICENCE_TITLE = _p(
    r"\bImport(?:s|ation)?\s+(?:[\w-]+\s+){0,3}?Licen[cs]|\bLicen[cs]\w*\s+(?:for|to)\s+(?:the\s+)?Import"
)
EXPORT_WORD = _p(r"\bexport|\bre-?export")
# A licence of another trade, or another government's licence decision (the Dutch government's for ASML),
# is outside the taxonomy.
OTHER_TRADES_LICENCE = (
    rf"{IMPORT_LICENCE}|\bdriver|\bpatent|\bspectrum|\bbroadcast|\bmarriage|\bliquor|\bgaming|"
    # A local board's retail licences: "approved a tobacco license for Foo Market", "its beer and wine
    # licence".
    r"\b(?:tobacco|cigarette|alcohol(?:ic\s+beverages?)?|beer|wine|cannabis|marijuana|taxi|hunting)\s+(?:[\w-]+\s+)?"
    r"licen[cs]|"
    # A patent settlement's licence ("a virtually perpetual licence ... with the right to grant sublicences").
    r"\bsub-?licen[cs]|\b(?:perpetual|cross-?)\s*licen[cs]|"
    # A bank's own licence, and a state's licences for virtual-currency businesses, are financial
    # regulators'.
    r"\bbank(?:ing)?\s+licen[cs]|"
    # A port's licences for fuelling ships: "the bunker supplier and bunker craft operator licences".
    r"\bbunker(?:ing)?\s+(?:[\w-]+\s+){0,3}?licen[cs]|"
    r"\bvirtual[- ]currency\s+(?:rules|regulations|licen[cs]es?|business(?:es)?)\b|"
    # A regulator's licence to run a plant at home: "a licence for low-power testing", "an operating licence".
    r"\blicen[cs]e\s+for\s+low-power\b|\b(?:low-power|operating|construction)\s+licen[cs]e|"
    # Gas and power leave under energy regulators' licences, not export controls: "a licence for Foo LNG to
    # export up to 3 billion cubic metres of natural gas a year".
    r"\blicen[cs]e\b[^.;]{0,60}?\bto\s+export\s+[^.;]{0,60}?\b(?:natural\s+gas|liquefied|LNG|electricity)\b|"
    # Telecommunications carriers hold the communications regulator's licences: "transfer control of its FCC
    # authorizations and licenses", "submarine cable landing licenses".
    r"\bFCC\b|\bFederal\s+Communications\s+Commission\b|\bcable\s+landing\s+licen[cs]|\bradio\s+licen[cs]|"
    # A freight forwarder's licence is the maritime regulator's: "revoke the ocean transportation intermediary
    # licence of Foo Trading".
    r"\b(?:ocean\s+transportation\s+intermediary|OTI)\s+licen[cs]"
)
OTHER_REGIMES_LICENCE = rf"{OTHER_TRADES_LICENCE}|{FOREIGN_ACTOR.pattern}"
# A listing's review policy ("applications will be reviewed under a presumption of denial") decides no
# licence; news that reports a listing and licences weighed for a company does both. US agencies are
# departments and bureaus: a ministry deciding on licences is another government's.
# A power given decides nothing yet: "lets the President deny U.S. export licences", "authorises the Treasury
# to issue rules and licences".
POWER_GIVEN = (
    # "a measure to let him waive the remaining sanctions".
    # A law that "lets the Energy Department grant waivers" names the agency and its power, nothing decided.
    r"\b(?:lets?|allow(?:s|ed)?|authori[sz](?:es|ed)|empower(?:s|ed)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:President|Secretary|Treasury|Commerce|State\s+Department|Department|agency|administration|him|her)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:to\s+)?(?:deny|issue|grant|revoke|suspend|waive)\b|"
    # "State's broad discretion to deny a licence".
    r"\b(?:power|authority|discretion)\s+to\s+(?:issue|grant|deny|revoke|suspend|waive)\b"
)
# Policies someone means to look at again are not set yet: "said he would review whether the bureau needs
# more authority and re-examine end-use controls and licensing policies".
UNDER_REVIEW = r"\b(?:would|will|to)\s+(?:review\s+whether|re-?examine|reconsider|revisit)\b"
# Who is told of an arms sale: Congress, or its members.
CONGRESS = r"(?:Congress|(?:U\.S\.\s+|American\s+)?(?:lawmakers|legislators))\b"
# The Arms Export Control Act's review of a notified sale: "unless Congress objects", "unless Congress moves
# to block it".
CONGRESS_OBJECTS = r"\bunless\s+Congress\s+(?:[\w-]+\s+){0,3}?(?:object|block|disapprov|vot)\w*"
# A waiver or authorisation a party asks for is not granted yet: "had applied for", "is seeking a waiver".
ASKED_FOR = r"\b(?:seek|sought|request|ask|lobb|push|apply|applie|want)\w*\b"
# How a class of licences is reviewed, not a decision on one: "no export licence application for Xland would
# be approved without the concurrence of the assistant secretary".
APPROVAL_WITHOUT = (
    r"\bno\s+(?:[\w-]+\s+){0,3}?licen[cs]es?\s+(?:applications?\s+)?(?:[\w-]+\s+){0,3}?(?:would|will|shall|could|"
    r"can|may)\s+be\s+(?:approved|granted|issued)\s+without\s+(?:the\s+)?(?:prior\s+)?(?:concurrence|approval|"
    r"consent|clearance|sign-?off|review)\b"
)
# A waiver a statute provides, named by the statute: "issued waivers under the 2008 Foo Prevention Act".
STATUTE_WAIVER = r"\bwaivers?\s+(?:under|in|of)\s+(?:the\s+)?(?:\d{4}\s+)?(?:[\w-]+\s+){1,6}?Act\b"
LICENCE_DECISION_VETO = _p(
    rf"{OTHER_TRADES_LICENCE}|"
    # A waiver of a trade law's emigration terms opens credits and trade status, no export licence.
    r"\bJackson[-\s]Vanik\b|"
    # A statute's waiver for whole governments decides no exporter's licence: "issued waivers under the Foo
    # Act that keep U.S. military assistance going to Xland and six other governments".
    rf"{STATUTE_WAIVER}{S}{{0,200}}?\bgovernments\b|"
    # A provision on how licences are issued decides none: "any provision dealing with issuance of licenses
    # ... shall not apply".
    r"\bprovisions?\s+(?:dealing\s+with|governing|concerning|relating\s+to|on)\s+(?:the\s+)?(?:issuance|grant\w*|"
    r"approval|denial)\b|"
    r"\bgeneral\s+(?:licen[cs]e|authori[sz]ation)|Validated\s+End-User\s+Authori|"
    # A review policy in any words: "with a presumption that such licences will be approved".
    r"\bpresumption\s+(?:of\s+(?:denial|approval)|that)\b|\bpolicy\s+of\s+denial|"
    # "a policy of granting no new waivers of the ban on satellite licences" is a policy for a country.
    r"\bpolicy\s+of\s+(?:granting|approving|issuing)\s+no\b|"
    # "the policy of the United States to deny licenses" for a country is a requirement; the State
    # Department's for named parties is a list change.
    r"\bpolicy\s+(?:of\s+the\s+(?:United\s+States(?:\s+Government)?|Department\s+of\s+State|State\s+Department)\s+)?"
    r"to\s+deny\b|"
    # The granting of a class of licences eased is a policy: "would generally ease the granting of export
    # licences".
    r"\b(?:eas|speed|simplif|streamlin|liberali[sz])\w*\s+(?:up\s+)?(?:the\s+)?(?:granting|issuance|processing|"
    r"approval)\s+of\b|"
    # A class of licences no longer granted: "stopped granting new or renewed specific licences for
    # people-to-people exchanges".
    r"\b(?:stop(?:s|ped|ping)?|ceas\w*|no\s+longer)\s+(?:granting|issuing|approving|renewing)\b|"
    # "issued a rule requiring licences" decides no licence.
    r"\brequir(?:e|es|ed|ing)\s+(?:an?\s+)?(?:export\s+)?licen[cs]es?\b|\breview(?:ed)?\s+(?:under|on)\b|"
    r"\bcase-by-case|\bministr(?:y|ies)\b|"
    # A rule revoking "Other Authorizations" or "certain licenses" changes a class of licences, nobody's own.
    rf"\b(?:revocation\s+of|revok\w*|suspen\w*|terminat\w*){CLASS_OF_LICENCES}|"
    # A sanction's terms on whatever its parties hold: "suspend any U.S. export licences they might hold".
    r"\blicen[cs]es\s+(?:that\s+)?(?:they|it|he|she)\s+(?:might|may|could)\s+(?:hold|have)\b|"
    # A denial order's standing term revokes whatever its party held: "revoked any export licences in which
    # he had an interest" is the denial, a list change.
    r"\brevok\w*\s+(?:any|all)\s+(?:[\w-]+\s+){0,2}?licen[cs]es\s+in\s+which\b|"
    # A law's menu of penalties decides no licence: "penalties that include denial of U.S. export licences".
    r"\bpenalt(?:y|ies)\b[^.;]{0,60}\b(?:includ\w*|such\s+as|among\s+them)\b|"
    # A complaint reported is a claim: "the trade group complained that Commerce had halted the processing".
    r"\bcomplain\w*\s+(?:that|about)\b|"
    # What the news follows is an earlier step: "The move follows the Commerce Department's withdrawal of
    # similar authorizations for Foo and Bar plants".
    r"\b(?:move|step|decision|action|announcement)\s+(?:follows|followed|comes\s+after|came\s+after)\b|"
    # A year's thousands of licences are a statistic: "had reportedly approved some 8,500 British-related
    # defence export licences the previous year".
    r"\b(?:approved|issued|granted|processed|denied|rejected)\s+(?:some|about|nearly|roughly|almost|over|more\s+than)?"
    r"\s*(?:\d{1,3},\d{3}|\d{4,})\s+(?:[\w-]+\s+){0,3}?licen[cs]es\b[^.;]{0,40}?\b(?:the\s+(?:previous|prior)\s+year|"
    r"last\s+year|a\s+year|each\s+year|every\s+year|annually|in\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d)\b|"
    # Grain graded for export is weighed: "Export Inspection and Weighing Waiver" is no licence weighed.
    r"\binspection\s+and\s+weighing\b|"
    # A chamber's vote is a bill's step: "the Senate voted 55 to 45 to approve a waiver of the ban on arms
    # sales" lets nobody export until the bill is law.
    r"\b(?:Senate|House|Congress|lawmakers|legislators|parliament)\s+(?:[\w-]+\s+){0,2}?vot(?:e|es|ed|ing)\b|"
    # Lawmakers urging Commerce to deny licences decide none.
    rf"{ADVOCATE}[^.;]{{0,60}}\bto\s+(?:deny|revoke|grant|approve|suspend|"
    r"reject|halt|stop|block)|"
    # A bill's menu: "would have required sanctions, including the denial of export licences".
    # "applied measures ... to all Xland government activities tied to missile development, including
    # denial of U.S. government licences".
    r"\b(?:sanctions|measures|penalties)\b[^.;]{0,200}?\b(?:including|such\s+as)\s+(?:the\s+)?denial\s+of\b|"
    r"\bwould\s+have\s+(?:required|imposed|mandated)\b|"
    # ... and what a bill would make an agency do: "The bill would require the End-User Review Committee to
    # deny licence applications for such exports".
    r"\b(?:bill|legislation|measure|act)\s+(?:[\w-]+\s+){0,2}?would\s+(?:also\s+)?(?:require|direct|force|oblige|"
    r"mandate|compel)\b|"
    rf"{POWER_GIVEN}|"
    # A penalty's term on designated parties: "no U.S. export licences are to be granted to the four".
    r"\bno\s+(?:new\s+)?(?:U\.S\.\s+)?(?:export\s+)?licen[cs]es\s+(?:are|were|will|shall|may|can)\s+(?:to\s+)?be\s+"
    r"(?:granted|issued|approved)\b|"
    # Licences withdrawn with a party's export privileges are a denial order ("withdrawn the export licences
    # and privileges of four companies").
    r"\blicen[cs]es\s+and\s+(?:export\s+|trading\s+)?privileges\b|"
    # Licensees described by their licence: "companies granted licences to export stronger encryption had to
    # show plans"; the grants are the policy's past, no decision told.
    r"\b(?:companies|firms|exporters|manufacturers|applicants|those)\s+(?:granted|given|issued|awarded)\s+"
    r"(?:such\s+|the\s+|these\s+)?(?:[\w-]+\s+)?licen[cs]es\b|"
    # "the third year in a row that the administration issued such waivers": earlier ones, told as background.
    r"\bsuch\s+waivers\b|"
    # A status's benefits: "eligible for ... expedited handling of commercial satellite export licences".
    r"\bexpedit\w*\s+(?:handling|processing|review)\s+of\b|"
    # A condition in a law's terms: "bars them from buying American arms unless the President grants a
    # waiver".
    r"\bunless\s+(?:the\s+)?(?:President|Secretary|administration|Commerce|Treasury|State\s+Department)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:grants?|issues?|approves?|waives?)\b|"
    # ... or a law's waiver clause: "may end if the President determines that the licences serve the
    # national interest".
    r"\b(?:if|unless)\s+(?:the\s+)?(?:President|Secretary)\s+(?:[\w-]+\s+){0,2}?(?:certif|determin|f[io]und)\w*|"
    # A whole country's licences denied or suspended, nobody named: "deny all new applications for licences
    # ... to Xland", "suspended existing commercial defence export licences for the country".
    r"\ball\s+(?:(?:new|pending|future|outstanding|validated|export)\s+){0,4}(?:licen[cs]e\s+)?applications\b|\ball\s+existing\s+(?:[\w-]+\s+){0,3}?licen[cs]es\b|"
    rf"\bexisting\s+(?:[\w-]+\s+){{0,3}}?licen[cs]es\s+for\s+(?:the\s+country|(?-i:{COUNTRY}))\b|"
    # "issued licences to wind down dealings with" the newly designated: the designation's, as a general
    # licence for one party's wind-down is (license.decision.general_licence_for_one).
    r"\bwind(?:ing)?[- ]?down\b|"
    # A country's or a class's licensing stopped, and the policy told for what is to come: "licence
    # applications would be denied".
    rf"{CLASS_SUSPENDED}|{CLASS_SALES_HALTED}|{DENIAL_TO_COME}"
)

# A criminal case told: a plea, a conviction, a sentence, an indictment.
CRIMINAL_CASE = (
    r"\b(?:pleaded|pled)\s+guilty\b|\bconvicted\s+(?:of|for|on)\b|\bsentence[sd]?\s+(?:to|for)\b|"
    r"\b(?:was|were)\s+indicted\b"
)
# What BIS regulates besides exports by name: its encryption registrations, the Commerce Control List and its
# classifications, licence exceptions ("Clarification of Grace Period for Encryption Registration
# Requirement"). Its Section 232 import investigations name none of these.
BIS_SUBJECT = _p(
    rf"{EXPORT_CONTEXT.pattern}|\bencryption\b|\bECCNs?\b|\bCommerce\s+Control\s+List\b|\bLicen[cs]e\s+Exceptions?\b"
)
# What every licence the agency issues will say or carry ("all new licences it issues will carry a standard
# notice") is its licensing practice; the grants it then describes are no one's.
LICENSING_PRACTICE = _p(
    r"\b(?:all|every|each)\s+(?:new\s+)?(?:[\w-]+\s+)?licen[cs]es?\s+(?:it|BIS|Commerce|the\s+(?:agency|bureau|"
    r"department))\s+(?:issues|grants|approves)\b"
)

# A control list trimmed: "deciding to trim the list of products that need control", "a shorter control list".
LIST_TRIMMED = _p(
    r"\b(?:trim|shorten|prun|pare|paring|cut)\w*\s+(?:back\s+|down\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?list\s+of\s+(?:[\w-]+\s+){0,3}?(?:products|goods|items|technolog(?:y|ies)|equipment)\s+"
    r"(?:that\s+|which\s+)?(?:need|needs|require|requires|subject\s+to|under)\b|"
    r"\bshorter\s+(?:[\w-]+\s+)?control\s+list\b"
)
LIST_TRIM_VETO = _p(
    rf"{HEDGE.pattern}|\b(?:would|could|might|may|should)\s+(?:\w+\s+)?(?:trim|shorten|prune|pare|cut)\b|"
    r"\b(?:fear|worr|expect|consider|weigh|plan(?!t)|propos|mull|urg(?!en))\w*"
)

# Controls on trade lifted, eased or widened, whatever their name: "ending the limit", "lifting its curbs".
CONTROLS_CHANGED = (
    r"\b(?:lift|end|remov|eas|relax|loosen|impos|extend|widen|expand|tighten|terminat)\w*\s+"
    r"(?:(?:the|its|their|U\.S\.|American|all|existing|current)\s+){0,2}(?:[\w-]+\s+){0,2}?"
    r"(?:controls|restrictions|limitations?|limits?|curbs)"
)

# An ITAR rule titled for one country: "International Traffic in Arms Regulations: Addition of Russia",
# "Amendment to the International Traffic in Arms Regulations: Haiti". It amends the ITAR and changes the arms
# policy for that country, so it is both kinds of change.
ITAR_COUNTRY_TITLE = _p(
    r"\b(?:International\s+Traffic\s+in\s+Arms\s+Regulations|ITAR)\s*:\s+(?:(?:Amendments?|Additions?|Removals?|"
    rf"Updates?|Revisions?)\s+(?:of|to|for)\s+)?(?:the\s+)?(?-i:{COUNTRY})\b"
)
# The export-control emergency: when the Export Administration Act lapsed, an IEEPA order kept the EAR in
# force ("declaring a national emergency ... because the Export Administration Act of 1979 had lapsed"). It
# is the export-control system's own continuity, no sanctions programme.
EAA_LAPSE = _p(
    r"\bExport\s+Administration\s+Act\b[^.;]{0,100}?\b(?:lapse[sd]?|expire[sd]?|expiration|expiry)\b|"
    r"\b(?:lapse|expiry|expiration)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?Export\s+Administration\s+Act\b|"
    r"^(?:Notice\s+of\s+)?Continuation\s+of\s+(?:the\s+)?(?:National\s+)?Emergency\s+Regarding\s+Export\s+Control\s+"
    r"Regulations\b"
)

# A programme's emergency kept for another year, told in news: "extended the national emergency behind the
# U.S. sanctions on Iraq", "extended by one year the national emergency under which".
EMERGENCY_KEPT = _p(
    r"\b(?:extend|continu|renew)(?:s|ed|ing)\s+(?:(?:by|for)\s+(?:another|one|a|two|\d+)\s+(?:years?|months?),?\s+)?"
    # ... and with the new end date put between: "extended for one year, to September 2031, the national
    # emergency".
    rf"(?:,?\s*(?:to|until|through)\s+(?:(?:{MONTH_NAMES})\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d\d,?\s+)?"
    r"(?:the\s+|a\s+)?national\s+emergency\b"
)

# The executive orders that run the export-control system itself: its administration (12002, 12214, 12981 and
# its amendments 13020 and 13117, 13026 on encryption, 13637 after the reform, 13558's enforcement centre) and
# its continuity under IEEPA while the Export Administration Act lapsed (12444, 12451, 12470, 12730, 12923,
# 12924, 13222) or the emergencies' ends (12525, 12867, 13206). A title that names one ("Amendment to
# Executive Order 13026") is export-control administration, whatever else it says.
EXPORT_CONTROL_ORDER = _p(
    r"\b(?:Executive\s+Order|E\.\s?O\.)\s+(?:No\.\s+)?(?:12002|12214|12444|12451|12470|12525|12730|12867|12923|"
    r"12924|12981|13020|13026|13117|13206|13222|13558|13637)\b"
)

# A judge's decision in a BIS enforcement case, titled after its party: "In the Matter of: <party>,
# Respondent; Decision and Order", "Recommended Decision and Order; In the Matter of: <party>".
BIS_DECISION = _p(
    r"^(?!.*\bExport\s+Privileges\b)(?:(?:(?:Recommended|Final|Initial)\s+)?Decision\s+and\s+Order;\s+In\s+the\s+"
    r"Matter\s+of\b|In\s+the\s+Matter\s+of\b.*;\s*(?:(?:Recommended|Final|Initial)\s+)?Decision\s+and\s+Order\b|"
    # A caption that ends with its respondents ("In the Matter of: Foo Trading Corporation, ..., Respondent")
    # heads a charging or settlement case.
    r"In\s+the\s+Matter\s+of\b.*,\s+Respondents?\.?$)"
)

# Sanctions imposed on someone, the head of every way the rules read whom: "imposed two-year sanctions on".
# A date may stand between: "imposed sanctions on March 24, 2003 on North Korea's Foo Corporation".
# News also announces them: "announced on July 25, 2003 new missile-proliferation sanctions on ...".
IMPOSED_ON = (
    r"\b(?:impos(?:e|es|ed|ing)|announc(?:e|es|ed|ing)(?:\s+on\s+(?-i:[A-Z][a-z]+)\s+\d{1,2},\s+\d{4})?)\s+"
    # "imposes U.S. sanctions on": the owner's dots belong to the words before "sanctions".
    r"(?:[\w.-]+\s+){0,2}?sanctions\s+"
    # The order they are imposed under: "imposed terrorism sanctions under Executive Order 13224 on Foo".
    r"(?:under\s+(?:the\s+)?(?:Executive\s+Order|E\.\s?O\.)\s+\d{5},?\s+)?"
    # The wire's day and date: "imposed sanctions on Monday, June 11, 2018 on five companies".
    r"(?:on\s+(?:(?-i:[A-Z][a-z]+)\s+\d{1,2}(?:,\s+\d{4})?|\w+day(?:,\s+(?-i:[A-Z][a-z]+)\s+\d{1,2}(?:,\s+\d{4})?)?)"
    r",?\s+)?(?:on|against)\s+"
)

# A general licence issued for one named company: "issued General License No. 3, authorising all
# transactions with DenizBank", "... with four Bulgarian subsidiaries of Russia's Lukoil". One for dealings
# with a government or a country is the programme's.
# A numbered general licence renewing the authorisation one company holds: "issued General License 8E,
# renewing for another three months the authorisation that lets Foo keep operating there".
GL_RENEWING_ONES = (
    r"\bGeneral\s+Licen[cs]e\s+(?:No\.\s*)?\d+[A-Z]?\b[^.;]{0,120}?\b(?:renew|extend)\w*\b[^.;]{0,80}?"
    r"\bauthori[sz]ation\s+(?:that|which)\s+(?:lets|allows|permits)\s+(?-i:[A-Z])"
)
GL_FOR_ONE = (
    rf"\b(?:issu|grant)\w*\b{S}{{0,60}}?\bgeneral\s+licen[cs]e\b{S}{{0,120}}?\b(?:authori[sz]\w*|lett\w*|allow\w*|"
    r"permit\w*)\s+(?:(?:U\.S\.\s+persons|Americans)\s+(?:[\w,]+\s+){0,8}?to\s+"
    r"(?:engage\s+in\s+|carry\s+out\s+|conduct\s+)?)?"
    r"(?:(?:all\s+|certain\s+)?(?:transactions|dealings|business)\s+(?:with|involving)|deal\s+with)\s+(?:"
    rf"(?:(?:\d+|{NUMBER_WORDS})\s+(?:[\w-]+\s+){{0,2}}?subsidiaries\s+of\s+)?"
    # "... involving the state-owned producer Foo": the company described before its name.
    rf"(?:the\s+(?-i:[a-z][\w-]*\s+){{1,3}}?)?(?!(?:the\s+)?Government\b|(?-i:{COUNTRY})\b(?!['’]))(?-i:[A-Z])|"
    # Counted blocked companies, named in the next sentence: "to deal with nine blocked Belarusian companies".
    rf"(?:\d+|{NUMBER_WORDS})\s+(?:blocked|designated|sanctioned)\s+"
    r"(?:(?-i:[A-Z])[\w-]+\s+)?(?:state-owned\s+)?(?:companies|firms|entities|banks)\b)"
)
# Named projects or companies exempted from the sanctions on a named party: "exempting the Foo Pipeline
# Consortium and the Bar field from the sanctions imposed on Baz Oil".
NAMED_EXEMPTED = (
    r"\bexempt(?:s|ed|ing)?\s+(?:the\s+)?(?!U\.S\.|US\b|American\b)(?-i:[A-Z])[\w.'’&-]*\s+(?:[\w.,'’&-]+\s+){0,11}?"
    r"from\s+(?:the\s+)?sanctions\s+imposed\s+on\s+(?-i:[A-Z])"
)
# General licences named for the one company they cover: "replaced General Licenses 13L and 15F for Xlandic
# vehicle maker Foo Group", "extended two general licences covering Xlandic automaker Foo Group".
GL_FOR_FIRM = (
    r"\bgeneral\s+licen[cs]es?\b(?:\s+(?:No\.\s*)?\d+[A-Z]?(?:,|\s+and)?)*\s+(?:for|covering)\s+(?:[\w-]+\s+){0,6}?"
    r"(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?-i:Group|Company|Corporation|Holdings?|Ltd\.?|LLC|PJSC|OAO|"
    r"AG|plc|Inc\.?)\b"
)
# A general licence for named companies or projects, however the story tells it.
GL_FOR_NAMED = rf"{GL_FOR_ONE}|{GL_RENEWING_ONES}|{NAMED_EXEMPTED}|{GL_FOR_FIRM}"

# Lists other than the Entity List that parties are counted onto: Commerce's Unverified and Military End-User
# lists, OFAC's SDN list, and the Pentagon's section 1260H list of Chinese military companies.
OTHER_LISTS = (
    r"Unverified|Military\s+End|SDN|Specially\s+Designated|(?:Section\s+)?1260H\b|"
    r"\blist\s+of\s+(?:Communist\s+)?Chinese\s+military\s+compan"
)

RULES: tuple[Rule, ...] = (
    # --- Entity List (15 CFR 744 Supp. 4) ---------------------------------------------------------------
    # "... since the company was put on the Entity List in May": a listing as the time of something else.
    # A tally over a tenure is no listing either: "hundreds of firms had been added during her time".
    Rule("el.addition.added_to", "entity_list.addition", _p(rf"{ADD}{S}{{0,200}}?{TO_LIST}"),
         unless_title=CORRECTION_TITLE,
         # The party may be described between commas: "after an affiliate, Foo Electronics of Xland, was
         # placed on the Entity List in September 2008".
         veto=_p(rf"{LISTING_VETO.pattern}|{EARLIER_LISTING}|\b(?:since|after|when|before)\s+(?:[\w.,'’-]+\s+){{1,8}}?(?:was|were|had\s+been)\s+"
                 r"(?:added|placed|put|listed|blacklisted)\b|"
                 # ... and so is one that dates something else: "in the same week in 2019 that Foo was added".
                 r"\b(?:week|month|year|day)\s+(?:in\s+(?:19|20)\d\d\s+)?(?:that|when)\s+(?:[\w.,'’-]+\s+){1,8}?(?:was|were)\s+"
                 r"(?:added|placed|put|listed)\b|"
                 r"\b(?:during|over|throughout)\s+(?:her|his|its|their|the\s+(?:past|last|administration's))\s+"
                 r"(?:[\w-]+\s+){0,2}?(?:time|tenure|years?|decade|term|months|presidency)\b|"
                 # What an earlier rule did, told by its citation: "published a rule in the Federal Register
                 # (63 FR 64322) that added certain entities to the Entity List".
                 r"\bpublished\s+(?:a|an|the)\s+(?:final\s+|interim\s+final\s+)?rule\b[^;]{0,80}?\bthat\s+(?:added|placed)\b|"
                 # A suit against a listing: "sued Commerce, claiming that placing it on the list ...".
                 r"\bsu(?:ed|es|ing)\b|\blawsuits?\b|\binjunction\b|\bclaim(?:s|ed|ing)?\s+that\b|"
                 # A year before the verb dates the listing in the past: "BIS in March 2005 added SSRC ...".
                 rf"{IN_YEAR},?\s+(?:added|placed|put|blacklisted)\b|"
                 # ... and so does a month or a year after it: "Foo itself was put on the Entity List in
                 # January 2025"; the story's own listing is told by its day ("on Monday").
                 rf"{dated_listing(ELX)}|"
                 # So does a year after a past perfect: "had already put the company on the Entity List in
                 # 2019"; "had just been added" without a year is the story's news.
                 r"\bhad\s+(?:already\s+|previously\s+|earlier\s+)?(?:been\s+)?(?:added|placed|put|listed)\b"
                 rf"[^.;]{{0,120}}?{IN_YEAR}\b|"
                 # A case's record tells why a party was listed before: "according to the indictment, Foo
                 # Institute had been placed on the Entity List over its missile work".
                 r"\baccording\s+to\s+(?:the\s+)?(?:(?:government|court|case|charging|prosecution)\s+"
                 r"(?:filings|documents|papers|records)|indictment|complaint|plea\s+agreement)\b")),
    Rule("el.addition.listed_under", "entity_list.addition",
         _p(rf"\b(?:will\s+be|are\s+being|are|were|is|was|been|be)\s+(?:listed|added|placed)\s+(?:on|to)\s+the\s+"
            rf"{ELX}\s+under\b")),
    # A title's own grammar: its actions and the list each falls on (classifier.list_titles).
    Rule("el.addition.title", "entity_list.addition", _p(r"\bEntity\s+List\b"), fields=("title",),
         reader=entity_list_reader(ChangeKind.ADDED), veto=LISTING_VETO, unless_title=CORRECTION_TITLE),
    # A correction's own additions, in its summary's verbs: "amending the EAR by adding an inadvertently
    # omitted entity to the Entity List" (what the corrected rule did is told by that rule's name).
    Rule("el.addition.correction_adds", "entity_list.addition",
         _p(rf"\badd(?:s|ed|ing)?\b{S}{{0,200}}?{TO_LIST}"), fields=("text",), requires=CORRECTION_TITLE,
         veto=_p(rf"{LISTING_VETO.pattern}|\b(?:that|the|this)\s+(?:final\s+|earlier\s+)?rule\b[^.;]{{0,80}}?\badded\b")),
    # News says "the U.S. blacklisted X" without naming the list; Commerce's blacklist is the Entity List,
    # Treasury's and State's are sanctions (their own rule), so a sanctions tag or office silences this one.
    Rule("el.addition.blacklisted", "entity_list.addition",
         _p(r"\b(?:U\.S\.|United\s+States|Washington|Commerce(?:\s+Department)?|BIS|administration)\s+"
            # The bare "the U.S. blacklist" is the noun: "placement on the U.S. blacklist" names a penalty.
            r"(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+)?blacklist(?:s|ed|ing)\b(?!\s+(?:list|of)\b)|"
            # "X, blacklisted by Washington in 2022, ..." is background; "was blacklisted by" a listing.
            r"(?<!,\s)(?<!being\s)\bblacklisted\s+by\s+(?:the\s+)?(?:U\.S\.|United\s+States|Washington|Commerce|Biden|"
            r"Trump)"),
         unless_tags=SANCTIONS,
         # A headline's "U.S. blacklists ..." told in the text as the Treasury's or State's blacklisting is
         # theirs.
         # So is Washington's blacklisting in a Treasury story that never names Commerce or its list ("The
         # Treasury has again prolonged its easing of sanctions on nine Xland firms ... Washington blacklisted
         # the companies after the 2006 election").
         unless_prose=_p(rf"\b{OFFICE}\b{S}{{0,80}}\bblacklist(?:s|ed|ing)\b|"
                         r"\A(?![\s\S]*\b(?:Commerce|BIS|Entity\s+List|Industry\s+and\s+Security|trade\s+blacklist)\b)"
                         r"[\s\S]*\b(?:Treasury|OFAC|Foreign\s+Assets\s+Control)\b"),
         # "... suspended shipments after the Commerce Department blacklisted the company in May": background.
         # "... a dealer who had earlier been put on a U.S. blacklist": a listing before the story's.
         veto=_p(rf"{LISTING_VETO.pattern}|{OFFICE}|\bSDN\b|\bsanctions?\s+list|{EARLIER_LISTING}|"
                 r"\b(?:after|since|which|that|when|because)\s+(?:the\s+)?(?:U\.S\.|United\s+States\b|Washington\b|"
                 r"Commerce\b|BIS\b|administration\b)(?:\s+Department)?\s+(?:had\s+)?blacklist|"
                 # A participle after an indefinite party describes it: "working for Foo, an Xland company
                 # blacklisted by Washington".
                 r"\ban?\s+(?:[\w-]+\s+){0,3}?(?:company|firm|entity|bank|group|organi[sz]ation|supplier|network|"
                 r"business|maker|manufacturer|institute|university|airline)\s+blacklisted\s+by\b")),
    # "names 23 companies to its export blacklist"; news describing the list instead of naming it: "placed
    # Loongson on a list that requires U.S. suppliers to obtain licences".
    Rule("el.addition.named_to", "entity_list.addition",
         _p(rf"\bnam(?:e|es|ed|ing)\b{S}{{0,120}}?\bto\s+(?:the\s+|its\s+|an?\s+)?{ELX}|"
            rf"{ADD}{S}{{0,120}}?\b(?:on|to|onto)\s+(?:a|the|its)\s+(?:U\.S\.\s+|trade\s+|government\s+)?list\s+(?:that|which)\s+"
            r"(?:requires|restricts|bars|limits|prevents|makes\s+it\s+(?:harder|difficult))\b"),
         veto=LISTING_VETO),
    # A listing announced before its notice: officials "told industry representatives that X would be named
    # on the Entity List, with the Federal Register notice expected the following week". A condition ("if
    # the checks do not take place") keeps it a possibility.
    Rule("el.addition.named_on", "entity_list.addition",
         _p(rf"(?<!that\s)(?<!which\s)(?<!who\s)\b(?:will|would|was|were|is|are|been|be)\s+(?:also\s+)?named\s+"
            rf"(?:on|to)\s+(?:the\s+|its\s+)?{ELX}"),
         veto=_p(rf"{LISTING_VETO.pattern}|(?-i:\b(?:if|unless|could|may|might)\b)")),
    # "Commerce added seven supercomputing entities to a blacklist": Commerce's blacklist is the Entity List;
    # Treasury's and State's are sanctions lists (their own rules), so a sanctions tag or office silences it.
    Rule("el.addition.to_a_blacklist", "entity_list.addition",
         _p(rf"{ADD}{S}{{0,120}}?\b(?:to|on|onto)\s+(?:a|its|the)\s+(?:U\.S\.\s+)?blacklist\b"),
         requires=_p(r"\bCommerce\b|\bBIS\b|Industry\s+and\s+Security"), unless_tags=SANCTIONS,
         veto=_p(rf"{LISTING_VETO.pattern}|{OFFICE}|\bSDN\b|\bsanction")),
    Rule("el.addition.new_entries", "entity_list.addition",
         _p(rf"\b(?:new|additional)\s+(?:entries|entities|parties|companies)\s+(?:to|on)\s+the\s+{ELX}")),
    # "removes three Indian bodies from the Entity List, adds 11 Chinese entities": the list named once.
    Rule("el.addition.adds_parties", "entity_list.addition",
         _p(rf"\badd(?:s|ed|ing)\s+(?:\d+|one|{NUMBER_WORDS}|dozens\s+of|more)\s+"
            r"(?:[\w-]+\s+){0,2}(?:entities|companies|firms|organi[sz]ations|parties|individuals|addresses)\b"
            rf"(?![^;]{{0,160}}\b(?:{OTHER_LISTS}))"),
         requires=_p(EL),
         veto=_p(rf"{LISTING_VETO.pattern}|{OTHER_LISTS}")),
    # A listing reversed, lifted or withdrawn is a removal: "was reversing the Entity List restrictions it had
    # imposed on October 8 on Foo (China) Trading Co".
    Rule("el.removal.listing_reversed", "entity_list.removal",
         _p(r"\b(?:revers|lift|rescind|withdr[ae]w|undo|undid|undoing)\w*\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?"
            r"Entity\s+List\s+(?:restrictions|listings?|designations?|curbs|additions?|entr(?:y|ies))\b"),
         veto=LISTING_VETO),
    # "removed one entity each in Pakistan and Singapore", in a story about the Entity List.
    Rule("el.removal.removes_parties", "entity_list.removal",
         _p(rf"\b(?:remov|delet|delist)(?:es|ed|ing|e)?\s+(?:\d+|one|{NUMBER_WORDS}|"
            r"several)\s+(?:[\w-]+\s+){0,2}(?:entit(?:y|ies)|compan(?:y|ies)|firms?|organi[sz]ations?|parties|party|"
            r"persons?|individuals?|entr(?:y|ies))\b(?!['’]s)"
            rf"(?![^;]{{0,160}}\b(?:{OTHER_LISTS}|MEU))"),
         requires=_p(EL),
         veto=_p(rf"{LISTING_VETO.pattern}|{OTHER_LISTS}|\bMEU\b")),
    # Removing an entry's addresses revises the entry ("removing two addresses associated with X").
    Rule("el.removal.removed_from", "entity_list.removal",
         _p(rf"{REMOVE}(?!\s+(?:[\w-]+\s+){{0,2}}?address(?:es)?\b){S}{{0,200}}?{FROM_LIST}"),
         veto=LISTING_VETO, unless_title=CORRECTION_TITLE),
    Rule("el.removal.title", "entity_list.removal", _p(r"\bEntity\s+List\b"), fields=("title",),
         reader=entity_list_reader(ChangeKind.REMOVED), veto=LISTING_VETO, unless_title=CORRECTION_TITLE),
    # The list named once, then "took two entities off the list" in the next sentence.
    Rule("el.removal.from_the_list", "entity_list.removal",
         _p(rf"{REMOVE}{S}{{0,80}}?\b(?:from|off)\s+the\s+list\b"), requires=_p(EL), veto=LISTING_VETO,
         antecedent=_p(EL)),
    # The End-User Review Committee's yearly review changes entries already listed: "Implementation of Entity
    # List Annual Review Changes", "Implementation of Changes From the 2009 Annual Review of the Entity List".
    Rule("el.revision.annual_review", "entity_list.revision",
         _p(r"\bEntity\s+List\s+Annual\s+Review\s+Changes?\b|\bChanges?\s+from\s+the\s+(?:\d{4}\s+)?Annual\s+Review\s+"
            r"of\s+the\s+Entity\s+List\b"),
         fields=("title",)),
    Rule("el.revision.entries", "entity_list.revision",
         _p(rf"{REVISE}{S}{{0,120}}?\b(?:entr(?:y|ies)\s+(?:on|of|in|to)\s+the\s+{ELX}|(?:to|of|on)\s+the\s+{ELX})"),
         veto=PROCEDURAL),
    # Guidance on what one entry covers ("its Entity List entry for X reaches every operation and unit of
    # the company") settles the entry's scope, as a revision would.
    Rule("el.revision.entry_scope", "entity_list.revision",
         _p(rf"\b{ELX}\s+entr(?:y|ies)\s+for\b{S}{{0,160}}?\b(?:reach|cover|extend|appl(?:y|ies)|includ)\w*\s+(?:to\s+)?"
            r"(?:all|every|each)\b"),
         veto=_p(rf"{PROCEDURAL.pattern}|{HEDGE.pattern}")),
    Rule("el.revision.existing_entries", "entity_list.revision",
         _p(rf"{REVISE}[^.;]{{0,60}}\b(?:existing|current|listed)\s+(?:[\w-]+\s+){{0,2}}(?:entr(?:y|ies)|entities|"
            r"listings?)\b"
            rf"|\b(?:existing|current)\s+entr(?:y|ies)\s+(?:were|was|are|is|have\s+been)\s+{REVISE}"
            r"|\bamend\w*\s+(?:to\s+)?(?:the\s+|an\s+|\w+\s+)?(?:existing|current)\s+entr(?:y|ies)\b"),
         # Another list's entries updated (the Cuba Restricted List's, the SDN list's) are that list's, and
         # so is an entry the sanctions office updates on its own list ("OFAC also updated Foo's existing
         # entry on its sanctions list").
         veto=_p(r"\bRestricted\s+(?:List|Entities)\b|\bSDN\b|\bSpecially\s+Designated\b|"
                 rf"\bUnverified\s+List\b|\bMilitary\s+End[- ]User\b|\bsanctions\s+lists?\b|\b{OFFICE}")),
    Rule("el.revision.title", "entity_list.revision", _p(r"\bEntity\s+List\b"), fields=("title",),
         reader=entity_list_reader(ChangeKind.CHANGED), veto=LISTING_VETO),
    # "fixes Russian entries", "revised four entries": in a document about the Entity List, entries are its
    # entries; another list's (ECCNs, the USML's categories) are named beside them.
    Rule("el.revision.fixes_entries", "entity_list.revision",
         _p(r"\b(?:fix|correct|revis|modif|updat|amend)\w*\s+(?:[\w-]+\s+){0,3}?entr(?:y|ies)\b"),
         requires=_p(EL),
         # A report's yearly tally ("nine Entity List rules, which ... amended 61 entries") revises nothing.
         veto=_p(rf"{PROCEDURAL.pattern}|{CCL}|\bUSML\b|\bMunitions\s+List|\bCategor|\bSchedule\b|"
                 r"\btall(?:y|ies|ied|ying)\b|\bstatistics\b|"
                 # A party's right to ask: "a listed party may ask BIS to remove or modify its entry".
                 r"\b(?:may|can|could)\s+(?:ask|request|petition)\s+(?:[\w.'’-]+\s+){0,3}?to\s+(?:remove|modify|revise)\b")),
    Rule("el.revision.amended_entry", "entity_list.revision",
         _p(rf"\b(?:amend|fix|correct|revis|modif|updat|chang)\w*\s+(?:the\s+|an?\s+|its\s+|\w+\s+)?{ELX}\s+"
            r"entr(?:y|ies)\b"), veto=PROCEDURAL),
    # "Entity List Additions; Corrections": a notice correcting an earlier rule's entries revises them.
    Rule("el.revision.correction_title", "entity_list.revision",
         _p(rf"{ELX}.*[;:]{CORRECTION_NOTICE.pattern}$"), fields=("title",)),
    Rule("el.revision.correction", "entity_list.revision",
         _p(rf"\bcorrect\w*\b{S}{{0,80}}\b(?:address|name|alias|entry){S}{{0,80}}\b{ELX}")),
    Rule("el.revision.footnote", "entity_list.revision",
         _p(rf"\b(?:footnote|FDP\s+rule)\b{S}{{0,80}}\b(?:existing|current)\b{S}{{0,40}}\b{ELX}|"
            # "applies the ... Foreign Direct Product (FDP) rule to ten existing entries": in a document about
            # the Entity List, entries are its entries.
            rf"\b(?:footnote|FDP\)?\s+rule|Foreign\s+Direct\s+Product\s+(?:\(FDP\)\s+)?rule)\b{S}{{0,40}}?\b"
            r"(?:existing|current)\s+entr(?:y|ies)\b"),
         requires=_p(EL)),
    # --- licence requirements ---------------------------------------------------------------------------
    Rule("license.tgl", "license.requirement", _p(rf"\btemporary\s+general\s+{LICENCE}|\bTGL\b"),
         veto=PROCEDURAL),
    # The EAR's licence types other than the individual licence: "Removal of Special Comprehensive License
    # Provisions" changes which licence an exporter may use.
    Rule("license.licence_type", "license.requirement",
         _p(rf"\b(?:Special\s+Comprehensive|Distribution|Project|Service\s+Supply)\s+{LICENCE}s?\b"),
         requires=EXPORT_CONTEXT, veto=PROCEDURAL, unless_title=FILING_TITLE,
         unless_tags=(*LISTED, "other_list.change", "license.decision")),
    Rule("license.exception", "license.requirement", _p(rf"\b{LICENCE}\s+exceptions?\b"),
         # A violator barred from them during a probation ("may not use certain licence exceptions") is a
         # penalty's term.
         veto=_p(rf"{PROCEDURAL.pattern}|\bpatent|\bgovernment\s+use|\bprobation\w*|\b(?:may|can|could)\s*not\s+use\b"),
         requires=EXPORT_CONTEXT, unless_prose=REQUIREMENTS_UNCHANGED, unless_title=FILING_TITLE,
         # Licence news says which exceptions still apply; the decision is the news.
         unless_tags=(*LISTED, "other_list.change", "license.decision"),
         # A case's licence exception is one the defendant could not use, told as background.
         unless_rules=("export_control.enforcement",)),
    # What exporters now need: "exporters need a Commerce Department licence for any shipment they know is
    # destined for ...". A listing's or a programme's own licence consequence belongs to it.
    Rule("license.must_obtain", "license.requirement",
         _p(r"\b(?:need(?:s|ed)?|must\s+(?:now\s+)?(?:obtain|get|have|seek|apply\s+for)|(?:are|is|will\s+be)\s+required\s+"
            r"to\s+(?:obtain|get|have|seek))\s+(?:an?\s+)?(?:[\w.'’-]+\s+){0,3}?(?:export\s+)?licen[cs]es?\s+"
            r"(?:for|to|before)\b"),
         requires=EXPORT_CONTEXT,
         unless_tags=(*LISTED, *SANCTIONS, "license.decision", "other_list.change"),
         unless_rules=("export_control.enforcement",),
         # "The engines are defense articles that need State and Treasury licences for Iran": what a case's
         # goods are, told as background to the offence.
         veto=_p(rf"{HEDGE.pattern}|{PROCEDURAL.pattern}|\b(?:would|could|might|may)\b|{OTHER_BODIES}|"
                 r"\b(?:are|is|were|was)\s+(?:[\w-]+\s+){0,3}?(?:articles|items|goods|commodities)\s+(?:that|which)\s+"
                 r"(?:need|needs|require|requires)\b|"
                 # "Spectrometers of this kind were added to the Commerce Control List in 2022 and need a
                 # licence": a class's status told as a case's background.
                 r"\bof\s+(?:this|that|the\s+same)\s+(?:kind|type|sort)\b|"
                 r"\bwere\s+added\s+to\s+the\s+(?:Commerce\s+Control\s+List|CCL)\b|"
                 # What importers need is an import licence ("Steel importers need a Commerce licence for").
                 r"\bimporters?\b")),
    # An order to exporters is a requirement even told beside one exporter's denial: "Commerce's instruction
    # that U.S. companies get licences before exporting ethane to Xland".
    Rule("license.told_to_obtain", "license.requirement",
         _p(r"\b(?:instruct|order|direct|told|tell|notif|inform)\w*\s+(?:[\w.'’-]+\s+){0,5}?"
            r"(?:companies|firms|exporters|suppliers|producers|manufacturers|makers)\s+(?:to\s+|must\s+|would\s+need\s+to\s+)?"
            r"(?:get|obtain|seek|apply\s+for)\s+(?:an?\s+)?(?:export\s+)?licen[cs]es?\s+before\s+(?:exporting|shipping|"
            r"selling)\b"),
         requires=EXPORT_CONTEXT, veto=HEDGE),
    # A class of licences held to an official's concurrence is how its requests are reviewed.
    Rule("license.approval_procedure", "license.requirement", _p(APPROVAL_WITHOUT), requires=EXPORT_CONTEXT),
    Rule("license.impose", "license.requirement",
         _p(rf"\b(?:impos|establish|expand|add|extend|creat|requir|tighten)\w*\s+(?:a\s+|new\s+|additional\s+|"
            rf"the\s+)?(?:export\s+)?{LICENCE}\s+requirements?\b"),
         veto=_p(r"\bauthori[sz]ation\s+to\s+impose\b|\ball\s+items\s+subject\s+to\s+the\s+EAR\b"),
         requires=EXPORT_CONTEXT),
    # News of a new restriction sent to exporters ("a letter imposing export restrictions on chips bound for
    # Chinese customers"); listings and sanctions restrict exports of their own.
    Rule("license.export_restrictions", "license.requirement",
         _p(r"\b(?:impos|tighten|expand|add)\w*\s+(?:new\s+|additional\s+|further\s+)?export\s+(?:restrictions|controls|"
            r"curbs)\s+on\b"),
         doc_types=("",), requires=EXPORT_CONTEXT, unless_tags=(*LISTED, *SANCTIONS),
         # "worries that Washington would tighten export controls": a fear, not a restriction.
         veto=_p(rf"{HEDGE.pattern}|\b(?:would|could|might|may|will|to)\s+(?:soon\s+|further\s+|also\s+)?"
                 r"(?:impos|tighten|expand|add)\w*|\b(?:fear|worr|expect|consider|weigh|plan|propos|mull)\w*")),
    # Controls eased for a class of goods change what needs a licence: "relaxed its export rules for
    # software", "eases export controls on computers". Calls and pleas for easing are no act.
    Rule("license.export_controls_eased", "license.requirement",
         # A policy "of relaxing export controls" is told, not done; licences granted are the easing's own
         # decisions ("ease export controls on fab tools through special licences").
         _p(r"\b(?:relax(?:es|ed)?|eas(?:e|es|ed)|loosen(?:s|ed)?|liberali[sz](?:e|es|ed))\s+(?:its\s+|the\s+|some\s+|"
            r"certain\s+)?(?:U\.S\.\s+)?export\s+(?:controls|rules|restrictions|curbs|regulations)\s+(?:on|for)\b"),
         doc_types=("",), requires=EXPORT_CONTEXT, unless_tags=(*LISTED, *SANCTIONS, "license.decision"),
         veto=_p(rf"{HEDGE.pattern}|\b(?:urg|press|lobb|call|ask|push|fear|worr|oppos|criticis|criticiz)\w*")),
    # An arms embargo or a country-wide export or trade ban imposed, lifted or eased changes what needs a
    # licence for that country ("US Lifts Arms Embargo on Vietnam", "signed an order imposing an export ban
    # against Syria", "lift its ban on sales of offensive weapons"). The United Nations' and the EU's
    # embargoes are theirs to decide.
    Rule("license.arms_embargo", "license.requirement",
         _p(r"\b(?:impos|lift|end|eas|remov|tighten|extend|expand|reimpos|re-impos|relax|loosen)\w*\s+"
            r"(?:(?:a|an|the|its|their|of|U\.S\.|American|partial|total|full|[\w-]+-year(?:-old)?|(?-i:[A-Z][a-z]+))\s+)"
            # ... or in the State Department's own term: "lifted U.S. defence trade restrictions on Xland".
            r"{0,3}(?:(?:arms|weapons|trade|oil|petroleum|fuel)\s+(?:embargo|ban)s?\b|"
            r"(?:defen[cs]e|arms)\s+trade\s+restrictions\s+on\b)|"
            r"\b(?:impos|lift|reimpos|end)\w*\s+(?:(?:a|an|the|its|new|total|full)\s+){0,2}export\s+bans?\s+"
            r"(?:on|against)\b|"
            # A class of goods: "exports of crude oil from Alaska ..., ending a 23-year-old ban".
            r"\bexports?\s+of\b[^.;]{0,160}?\b(?:lift|end|reimpos|impos)\w*\s+(?:a|an|the|its)\s+"
            r"(?:[\w-]+-year(?:-old)?\s+)?(?:export\s+)?ban\b|"
            # "lift its three-year-old ban on sales of offensive weapons", "imposing a ban on trade with Iran"
            r"\b(?:impos|lift|end|reimpos|eas|relax)\w*\s+(?:(?:a|an|the|its|their|[\w-]+-year(?:-old)?)\s+){0,2}"
            # "lifting a ban on U.S. nuclear trade with Xland".
            r"(?:ban|embargo)\s+on\s+(?:(?:sales|exports|transfers)\s+of\s+)?(?:[\w.-]+\s+){0,2}?"
            r"(?:arms|weapons|munitions|trade\s+with)\b|"
            # A law's bar: "a bar on U.S. arms sales and Munitions List export licences for Xland".
            r"\b(?:bar|ban)\s+on\s+(?:U\.S\.|American)\s+(?:military|arms|weapons)\s+(?:sales|exports|transfers)\b|"
            # "lifts the ban on U.S. military sales to Xland and Qurland".
            r"\b(?:impos|lift|end|reimpos|eas|relax)\w*\s+(?:(?:a|an|the|its|their)\s+)?(?:ban|embargo)\s+on\s+"
            r"(?:U\.S\.\s+|American\s+)?(?:military|arms|weapons)\s+(?:sales|exports|transfers)\b|"
            r"^(?:U\.S\.\s+)?Arms\s+Embargo\s+(?:on|against)\b|"
            # "US eases Cuba embargo"; "lets American companies bid for projects in Xland" under an embargo.
            # A case under it is a prosecution's: "ends Xland embargo case with a plea".
            rf"\b(?:impos|lift|end|eas|relax|loosen|tighten)\w*\s+(?:(?:the|its|U\.S\.|American)\s+)?(?-i:{COUNTRY})\s+embargo\b"
            r"(?!\s+(?:cases?|prosecutions?|trials?|charges?|violations?|violators?|investigations?|probes?)\b)|"
            r"\b(?:let|lets|letting|allow\w*|permit\w*)\s+(?:American|U\.S\.)\s+(?:companies|firms|businesses|exporters)\s+"
            r"(?:to\s+)?(?:bid|compete|sign|open|trade|invest|do\s+business)\b(?=[^.;]{0,200}\bembargo\b)|"
            # "US bans arms sales to Venezuela", "ends U.S. commercial arms sales and the licensing of ..."
            # "halts lethal arms sales to Xland".
            r"\b(?:ban|bar|halt|suspend|prohibit|end)(?:s|ned|red|ed|ing)?\s+(?:all\s+)?(?:U\.S\.\s+|American\s+)?"
            r"(?:(?:commercial|lethal)\s+)?(?:arms|weapons|military)\s+(?:sales|exports|transfers)\s+(?:to|for|and\s+the\s+licen)|"
            # The noun: "ordered the suspension of all military exports to Xland".
            r"\b(?:suspension|halt|cessation|cut-?off)\s+of\s+(?:all\s+)?(?:U\.S\.\s+|American\s+)?(?:(?:commercial|lethal)\s+)?"
            r"(?:arms|weapons|military)\s+(?:sales|exports|transfers|shipments)\s+to\s+(?-i:[A-Z])|"
            # "suspended all U.S. government-to-government military sales and commercial exports of weapons
            # to China", "halts arms sales and weapons exports to China".
            r"\b(?:halt|suspend|ban|bar|end)(?:s|ned|red|ed|ing)?\s+(?:all\s+)?(?:U\.S\.\s+|American\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:arms|weapons|military)\s+sales\s+and\s+(?:[\w-]+\s+)?(?:arms\s+|weapons\s+)?exports\s+(?:of\s+(?:arms|weapons)\s+)?"
            r"to\s+(?-i:[A-Z])|"
            # An order that "bars exports of U.S. goods, technology and services to Iraq" or is "cutting off
            # nearly all U.S. trade with Iraq" is a country-wide export ban.
            r"\b(?:bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|halt(?:s|ed|ing)?|"
            r"cut(?:s|ting)?\s+off)\s+(?:(?:nearly|almost|virtually|practically)\s+)?(?:all\s+)?"
            r"(?:U\.S\.\s+|American\s+)?(?:exports|trade)\s+(?:of\s+(?:[\w.,-]+\s+){1,6}?)?(?:to|with)\s+"
            # ... or "to the Soviet Union and its allies".
            rf"(?:(?-i:[A-Z])|the\s+(?-i:{COUNTRY})\b)|"
            # The noun: "a bar on exports of national security-sensitive goods and technology to the country",
            # "an end to sales of defence articles".
            # What a law requires later is the law's: "the law requires a ban on U.S. exports of munitions".
            r"\b(?=[bBhHeE])(?<!requires\sa\s)(?<!required\sa\s)(?<!require\sa\s)"
            r"(?:bar|ban|halt|end)\s+(?:on|to)\s+(?:U\.S\.\s+|American\s+)?(?:exports|sales)\s+of\s+(?:[\w.,-]+\s+){1,6}?to\s+"
            rf"(?:the\s+country\b|(?-i:{COUNTRY})\b)|"
            r"\bend\s+to\s+(?:U\.S\.\s+)?(?:sales|exports|transfers)\s+of\s+(?:defen[cs]e\s+articles|arms|weapons)\b|"
            # A class of goods barred for a country's forces: "bars U.S. exports to the Xland police of
            # crowd-control munitions", "prohibits the export of tear gas to Xland police".
            r"\b(?:bar|ban|prohibit|forbid)(?:s|red|ned|ed|ring|ning|ing|den|bade)?\s+(?:the\s+)?(?:U\.S\.\s+|American\s+)?"
            r"(?:exports?|sales?|transfers?)\s+(?:of\s+(?:[\w.,-]+\s+){1,6}?)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:police|military|army|armed\s+forces|security\s+forces)\b|"
            # "bars foreign subsidiaries of U.S. companies from trading with Cuba".
            r"\b(?:bar|ban|prohibit)(?:s|red|ned|ed|ring|ning|ing)?\s+(?:[\w.-]+\s+){1,8}?from\s+(?:trading|doing\s+"
            r"business)\s+with\s+(?-i:[A-Z])|"
            # The orders' own words, however long the list before them: "bans new investment in ..., imports
            # from ..., and the export, re-export, sale or supply of goods ... to Crimea".
            rf"\b(?:bar|ban|prohibit)(?:s|red|ned|ed|ring|ning|ing)?\b{S}{{0,200}}?\bthe\s+export(?:ation)?,\s+"
            r"re-?export(?:ation)?,\s+(?:[\w,]+\s+){0,3}?of\s+(?:[\w.,-]+\s+){1,8}?to\s+(?:the\s+)?(?-i:[A-Z])|"
            # Arms sales kept suspended: "would keep its suspension of lethal arms sales to Nepal".
            r"\b(?:keep|kept|maintain\w*|continu\w*|extend\w*|impos\w*)\s+(?:its|the|a)\s+suspension\s+of\s+"
            r"(?:[\w-]+\s+){0,2}?(?:arms|weapons|military)\s+(?:sales|exports|transfers)\s+to\s+(?-i:[A-Z])|"
            # A class of goods' export ban ended or set: "ending the 22-year ban on exporting crude oil".
            r"\b(?:impos|lift|end|reimpos|eas|relax)\w*\s+(?:(?:a|an|the|its|[\w-]+-year(?:-old)?)\s+){0,2}"
            r"(?:ban|embargo|prohibition)\s+on\s+exporting\b"),
         # A programme's emergency kept for another year recalls what its order bars; the year's act is the
         # continuation.
         unless_prose=EMERGENCY_KEPT,
         # A future act fixed to a day is a decision announced: "will lift the ban ... on Saturday, December
         # 10".
         veto=_p(rf"{HEDGE.pattern}|{OTHER_BODIES}|"
                 r"\b(?:would|might|may)\s+(?:soon\s+)?(?:impos|lift|end|eas|ban|bar|halt|suspend|prohibit)|"
                 r"\bwill\s+(?:soon\s+)?(?:impos|lift|end|eas|ban|bar|halt|suspend|prohibit)\w*\b"
                 r"(?![^.;]{0,80}?\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                 rf"{MONTH_NAMES})\b)|\b(?:plan|expect|consider|want|seek|propos|intend|hop)\w*\s+to\s+(?:impos|lift|"
                 r"end|eas|ban|bar|halt|suspend|prohibit)|"
                 # Another's demand is no embargo: "urged Washington to halt arms sales to the island".
                 r"\b(?:urg\w*|call\w*\s+on|press\w*|demand\w*|ask\w*)\s+(?:Washington|the\s+United\s+States|the\s+U\.S\.|"
                 r"the\s+US|America|the\s+American\s+side)\s+to\s+(?:immediately\s+)?(?:halt|stop|cease|end|suspend)\b|"
                 # One chamber's vote is a bill's step: "Senate defies Clinton with veto-proof vote to lift
                 # the arms embargo".
                 r"\bvot(?:e|es|ed|ing)\s+(?:\d+\s+to\s+\d+\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:impos|lift|end|eas|ban|bar|halt|"
                 r"suspend|prohibit)|"
                 # A bill is a proposal: "had just introduced a bill to bar U.S. arms sales to ...".
                 r"\b(?:bill|legislation)\s+(?:that\s+would\s+|to\s+)(?:impos|lift|end|eas|ban|bar|halt|suspend|prohibit)|"
                 # ... and so is one a single chamber has passed: "a House-passed foreign aid bill barred".
                 r"\b(?:House|Senate)[\s-]passed\s+(?:[\w-]+\s+){0,3}?(?:bill|measure|legislation)\b|"
                 # A ban dated by its year is one told from before the news: "Commerce barred U.S. exports to
                 # Foo on national-security grounds in 2019", "In 2019 Commerce barred ...".
                 rf"{BAN_OF_A_YEAR}|"
                 # A time clause tells the ban as background: "after Executive Order 12959 barred exports of
                 # goods to Xland".
                 r"\b(?:after|since|when)\s+(?:[\w.'’-]+\s+){0,4}?(?:had\s+)?(?:barred|banned|imposed|lifted|ended|"
                 r"prohibited)\b|"
                 # What a defendant knew of the law is the case's background: "admitted he was aware that
                 # the rules barred shipments to Xland".
                 r"\b(?:knew|know(?:s|n|ing)?|aware|understood)\s+(?:that\s+)?(?:[\w.'’-]+\s+){0,2}?"
                 r"(?:law|laws|rules|regulations)\b")),
    # A Federal Register document titled for an arms embargo is the United States' own ("Arms Embargo on
    # Xland", "... Delegating Authority With Respect to Other United Nations Arms Embargoes"): it says what
    # may not be licensed to the country, whoever voted the embargo first.
    Rule("license.arms_embargo_title", "license.requirement", _p(r"\bArms\s+Embargo(?:es)?\b"),
         fields=("title",), doc_types=("PRESDOCU", "NOTICE", "RULE")),
    # A presidential order titled for nuclear cooperation with a partner ("Nuclear Cooperation With Euratom")
    # is the finding the Nuclear Non-Proliferation Act asks before exports to it may go on being licensed.
    Rule("license.nuclear_cooperation_title", "license.requirement",
         _p(r"^Nuclear\s+Cooperation\s+[Ww]ith\b"), fields=("title",), doc_types=("PRESDOCU",)),
    # Controls on a country's trade lifted, eased or widened change what needs a licence there, whether they
    # are called controls, restrictions, limits or curbs ("ending the limit on further grain sales to Xland",
    # "lifting its restrictions on the military items Xland may buy"), and so does a ban on sales to it of a
    # class of goods. A decision announced is told in the future ("announced that it would remove the
    # controls"); a modal anywhere else is a plan or a condition.
    Rule("license.country_trade_controls", "license.requirement",
         _p(rf"{CONTROLS_CHANGED}\s+on\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
            r"(?:exports|sales|shipments|transfers|items|goods|equipment|technology)\s+"
            rf"(?:of\s+[^.;]{{1,100}}?\s+to\s+(?:the\s+)?|to\s+(?:the\s+)?)?(?-i:{COUNTRY})\b|"
            # ... or for its buyers: "curbs on equipment and technology for two Soviet truck plants".
            rf"{CONTROLS_CHANGED}\s+on\s+(?:[\w-]+\s+){{0,3}}?(?:exports|sales|items|goods|"
            rf"equipment|technology)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?(?-i:{COUNTRY}|{COUNTRY_FORM})\b|"
            rf"\b(?:ban|bar|prohibit)(?:s|ned|red|ed|ning|ring|ing)?\s+(?:all\s+)?(?:U\.S\.\s+|American\s+)?sales\s+to\s+"
            rf"(?:the\s+)?(?-i:{COUNTRY})\s+of\b"),
         # No export word is needed: sales to a country are its exports ("the limit on grain sales to Xland").
         veto=_p(rf"{HEDGE.pattern}|{OTHER_BODIES}|"
                 r"^(?:(?!\bannounc\w*)[^;])*?\b(?:would|might|may|will|could)\s+(?:soon\s+)?(?:impos|lift|end|eas|"
                 r"remov|relax|loosen|extend|widen|expand|tighten|ban|bar|terminat)|"
                 r"\b(?:plan|expect|consider|want|seek|propos|intend|hop|urg|ask)\w*\s+(?:[\w-]+\s+){0,3}?to\s+(?:impos|lift|"
                 r"end|eas|remov|relax|loosen|ban|bar|tighten)|"
                 r"\b(?:bill|legislation)\s+(?:that\s+would\s+|to\s+)")),
    # A statute's export prohibitions waived for a country reopen its licensing: "waiving the prohibitions in
    # sections 40 and 40A of the Arms Export Control Act ... so that the government can license certain aid".
    Rule("license.statute_waived", "license.requirement",
         _p(r"\bwaiv(?:e|es|ed|ing)\s+(?:the\s+)?(?:prohibitions?|restrictions?|bans?)\s+(?:in|of|under)\s+"
            r"(?:[\w-]+\s+){0,6}?(?:Arms\s+Export\s+Control\s+Act|Export\s+Administration\s+Act)\b"),
         veto=HEDGE),
    # An embargo relaxed so that a class may apply for licences: "relaxing the trade embargo ... so that U.S.
    # companies with assembly plants there could apply for permission to send raw materials". The purpose's
    # modal is no hedge; the change itself must be made, not planned.
    Rule("license.embargo_reopened", "license.requirement",
         _p(r"\bembargo\b[^.;]{0,120}?\bso\s+that\s+(?:[\w.-]+\s+){1,10}?(?:may|can|could|would\s+be\s+able\s+to)\s+"
            r"(?:again\s+)?apply\s+for\s+(?:export\s+)?(?:licen[cs]es|permission|authori[sz]ation)\b"),
         veto=_p(rf"{OTHER_BODIES}|\b(?:would|might|may|will)\s+(?:soon\s+)?(?:relax|eas|lift|loosen|modif)|"
                 r"\b(?:plan(?:s|ned|ning)?|expect\w*|consider\w*|propos\w*|weigh\w*|mull\w*)\s+(?:to|whether)\b")),
    # A class freed from licences: "manufacturers would no longer need special licences to export
    # AT-compatible desktop computers", "would soon be able to import basic personal computers ... without
    # export licences".
    Rule("license.class_freed", "license.requirement",
         _p(r"\bno\s+longer\s+need\s+(?:an?\s+)?(?:special\s+|individual\s+|validated\s+|export\s+)?licen[cs]es?\s+"
            r"(?:to\s+(?:export|ship|sell)|for)\b|"
            r"\b(?:be\s+able\s+to|may\s+now|can\s+now|be\s+(?:allowed|free|permitted)\s+to)\s+(?:import|buy|export|ship|"
            r"sell|receive|obtain)\b[^.;]{0,160}?\bwithout\s+(?:[\w-]+\s+){0,2}?licen[cs]es?\b|"
            # A law's or a rule's terms: "frees exports of low-technology goods to allies from licensing",
            # "eases licensing where comparable goods are freely available abroad".
            r"\b(?:free|exempt|releas)(?:s|es|ed|ing)?\s+(?:[\w-]+\s+){0,2}?(?:exports?|shipments?)\s+of\b[^.;]{0,120}?"
            r"\bfrom\s+(?:(?:the|any|individual|validated)\s+)?(?:export\s+)?licen[cs](?:e|es|ing)\b|"
            r"\beas(?:es|ed|ing)\s+(?:export\s+)?licensing\b"),
         doc_types=("",), requires=EXPORT_CONTEXT, unless_tags=LISTED,
         veto=_p(r"\bwhether\b|\b(?:would|could|might|may|will|to)\s+(?:free|exempt|releas|eas)\w*")),
    # Controls ordered widened, the order's actions told in the future: "the President is ordering the
    # following actions: -- The Secretary of Commerce ... will expand current controls on exports of ...".
    Rule("license.ordered_controls", "license.requirement",
         _p(r"\b(?:is|are|was|were)\s+ordering\b[^|]{0,200}?\bwill\s+(?:expand|tighten|impose|extend|widen)\s+"
            r"(?:the\s+)?(?:current\s+|existing\s+|new\s+)?(?:export\s+)?controls\s+on\s+(?:the\s+)?exports?\b"),
         doc_types=("",), veto=HEDGE),
    # "luxury goods that may no longer be exported to North Korea": a ban on a class of goods for a country
    # (the embargo rule's negation veto would read "no longer" as an embargo lifted).
    Rule("license.no_longer_exported", "license.requirement",
         _p(r"\b(?:may|can)\s+no\s+longer\s+be\s+(?:exported|shipped|sold|re-?exported)\s+to\s+(?-i:[A-Z])"),
         veto=_p(r"\b(?:would|could|might)\b")),
    # "imposes a license requirement for all items subject to the EAR" is what a listing does to its parties;
    # it is a licence rule of its own only without one (a country-wide requirement).
    Rule("license.impose_all_items", "license.requirement",
         _p(rf"\b(?:impos|establish|expand|add|extend|creat|requir|tighten)\w*\s+(?:a\s+|new\s+|additional\s+|"
            rf"the\s+)?(?:export\s+)?{LICENCE}\s+requirements?\s+(?:for|on)\s+all\s+items\s+subject\s+to\s+the\s+EAR\b"),
         requires=EXPORT_CONTEXT, unless_tags=LISTED),
    Rule("license.requirement_phrase", "license.requirement",
         _p(rf"\b{LICENCE}\s+(?:requirements?|review\s+polic(?:y|ies)|polic(?:y|ies))\b|"
            r"\brequire[sd]?\s+an?\s+(?:export\s+)?licen[cs]e\b|\bpolicy\s+of\s+denial\b|"
            r"\bpolicy\s+of\s+(?:granting|approving|issuing)\s+no\s+(?:new\s+|further\s+)?(?:waivers|licen[cs]es)\b|"
            r"\brequir(?:e|es|ed|ing)\s+(?:export\s+)?licen[cs]es\s+for\b|"
            r"\bneed(?:s|ed)?\s+(?:an?\s+)?(?:export\s+)?licen[cs]es?\s+(?:to|for|before)\b|"
            # "may not ship tools ... without first obtaining an export licence"
            r"\bwithout\s+(?:first\s+)?obtaining\s+(?:an?\s+)?(?:export\s+)?licen[cs]es?\b|"
            # "after which such exports will need licences"
            r"\b(?:will|would)\s+(?:now\s+|then\s+)?(?:need|require)\s+(?:an?\s+)?(?:export\s+|individual\s+)?licen[cs]es?\b|"
            r"\blicen[cs]es?\s+(?:will\s+be\s+|would\s+be\s+|are\s+now\s+|is\s+now\s+)required\b|"
            r"\bpresumption\s+of\s+denial\b|"
            # A rule's own count of its effect: "will minimally increase the number of validated export
            # licenses required" ("will not increase" it changes none).
            r"(?<!\bnot\s)(?<!n't\s)\b(?:increase|reduce|decrease|expand|cut)\w*\s+the\s+number\s+of\s+(?:[\w-]+\s+){0,3}?licen[cs]es\s+"
            r"required\b|"
            # "no longer the policy of the United States to deny all requests for licenses ... to Ecuador";
            # "All requests will henceforth be reviewed on a case-by-case basis".
            r"\bpolicy\s+(?:of\s+the\s+United\s+States\s+)?to\s+deny\b|"
            r"\b(?:requests|applications)\s+(?:[\w-]+\s+){0,6}?(?:will|shall)\s+(?:henceforth\s+|now\s+|thereafter\s+)?"
            r"be\s+reviewed\s+on\s+a\s+case-by-case\s+basis\b|"
            # Short-supply and other export restrictions revised: "revising the restrictions on exports".
            r"\b(?:revis|modif|eas|relax|tighten|lift|remov|amend)\w*\s+(?:the\s+|its\s+|existing\s+){0,2}"
            r"restrictions\s+on\s+(?:the\s+)?(?:(?:defen[cs]e|arms|military|weapons)\s+)?(?:exports?|sales)\b|"
            # "may now be licensed case by case"
            r"\b(?:may|will|can)\s+(?:now\s+|henceforth\s+)?be\s+(?:licensed|reviewed)\s+(?:on\s+a\s+)?"
            r"case[- ]by[- ]case\b|"
            # A country's sales weighed one by one: "would consider, case by case, selling Xland military
            # trucks", "requests for such exports will be weighed case by case".
            r"\b(?:consider|review|weigh|judg|examin|licens)\w*,?\s+(?:on\s+a\s+)?case[- ]by[- ]case"
            r"(?:\s+basis)?,?\s+(?:the\s+)?(?:sales?|selling|exports?|exporting|requests|applications)\b|"
            r"\b(?:sales|exports|requests|applications)\b[^.;]{0,80}?\b(?:will|would|are\s+to|were\s+to)\s+be\s+"
            r"(?:considered|weighed|judged|examined)\s+(?:on\s+a\s+)?case[- ]by[- ]case\b|"
            # A class's licences that may be approved again: "export licences for them may be approved".
            r"\blicen[cs]es?\s+(?:for\s+(?:[\w-]+\s+){1,4}?)?(?:may|can)\s+(?:now\s+|again\s+|henceforth\s+)?be\s+"
            r"(?:approved|granted|issued)\b|"
            # Licensing reopened for a class: "U.S. firms may again apply for licences to export computers".
            r"\b(?:firms|companies|exporters|manufacturers|businesses)\s+(?:may|can|could)\s+(?:again|now|once\s+again)\s+"
            r"apply\s+for\s+(?:export\s+)?licen[cs]es\b"),
         # A removal ends its party's licence requirements ("ending licence requirements imposed in 1998").
         # So is an enforcement story's: the licence a defendant needed is what he broke ("exported ...
         # without obtaining a license"), no requirement set.
         unless_tags=(*LISTED, "entity_list.removal", *SANCTIONS, "other_list.change"),
         unless_rules=("export_control.enforcement",),
         # An audit's account of the licensing policy is what it reviews.
         unless_prose=AUDIT_FINDING,
         # "Since September, suppliers have needed a licence": a requirement in force, told as background.
         # "licensing policies set in 2019" are background to licensing data.
         # A forecast of a bill's effect ("he predicted that licensing requirements would fall"), or a
         # committee's vote on one, sets nothing.
         # What each list means, told in a sentence naming them all, sets no requirement (LIST_CATALOGUE).
         veto=_p(rf"{PROCEDURAL.pattern}|\b(?:have|has|had)\s+(?:long\s+)?(?:needed|required)\b|{UNDER_REVIEW}|"
                 rf"{LIST_CATALOGUE}|"
                 # Another state's requirement: "on top of the Dutch licence requirement for certain
                 # machines".
                 rf"\b(?-i:{FOREIGN_DEMONYM})\s+(?:export\s+)?licen[cs]e\s+requirements?\b|"
                 # Recommendations backed are advocacy: "backs recommendations ... dropping re-export licence
                 # requirements", "the council highlighted ... dropping re-export licence requirements".
                 r"\brecommendations?\b|\b(?:highlight|advocat|endors)\w*\b|"
                 rf"{NO_NEW_REQUIREMENT}|"
                 # A power kept in place sets no requirement: "keeping the Commerce powers to require licences
                 # for, or bar, exports".
                 r"\b(?:powers?|authorit(?:y|ies))\s+to\s+require\b|"
                 r"\b(?:predict|forecast)\w*\b|\b(?:Committee|subcommittee)\s+(?:[\w-]+\s+){0,2}?vot(?:e|es|ed|ing)\b|"
                 r"\bpolic(?:y|ies)\s+(?:set|adopted|established)\s+in\b|\b(?:already|still)\s+(?:required|needed)\b|"
                 # A policy said to stay as it is: "applications would still be reviewed under a
                 # presumption of denial and the range of items needing a licence would not change".
                 r"\bstill\s+be\s+(?:reviewed|required|needed)\b|\b(?:would|will)\s+not\s+change\b|"
                 r"\bremain(?:s|ed)?\s+unchanged\b|"
                 # Another state's or the European Community's own policy: "a dispute over EC export licensing
                 # policy".
                 rf"\b(?:EC|EU|European\s+(?:Union|Communit(?:y|ies))|(?-i:{FOREIGN_DEMONYM}))(?:['’]s)?\s+"
                 r"(?:(?:agricultural|farm|export|import)\s+)?licen[cs]\w*\s+polic|"
                 # ... or that members "committed to keep their licensing policies consistent with" a treaty.
                 r"\b(?:keep|kept|keeping|maintain\w*)\s+(?:their|its|the)\s+(?:[\w-]+\s+){0,2}?licen[cs]\w*\s+polic|"
                 # A case's goods "which required a license from the Department of State": their status, told
                 # as background to the offence.
                 r"\b(?:which|that)\s+(?:required|needed)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?licen[cs]|"
                 # Who determines the requirements for a transaction ("Delegation of License Requirements
                 # Determination") sets no requirement.
                 r"\bdetermin\w*\s+(?:the\s+)?licen[cs]e\s+requirements?\b|\blicen[cs]e\s+requirements?\s+determinations?\b|"
                 # Proposals sent to lawmakers set nothing: "the proposals included exempting ... from licence
                 # requirements".
                 r"\bproposals?\s+(?:includ\w*|would|to)\b|"
                 # A law said to set none: "the act sets no export licence requirement".
                 r"\b(?:sets?|impos(?:es|ed)|creat(?:es|ed)|establish(?:es|ed)|introduc(?:es|ed)|adds|added)\s+no\s+"
                 r"(?:new\s+|further\s+|additional\s+)?(?:export\s+)?licen[cs]\w*\s+requirements?\b|"
                 # Guidance that "reviews the end-use licence requirements" restates them.
                 r"\b(?:review|explain|describ|summari[sz]|outlin|restat)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                 r"licen[cs]e\s+requirements?\b|"
                 # "The authorisation came days after the October 7 controls required licences": background.
                 r"\bcame\s+(?:[\w-]+\s+){0,3}?after\b|"
                 # ... and so are rules named by their date: "the U.S. rules of October 2023 require a licence
                 # for shipments to China".
                 rf"\b(?:rules?|controls?|regulations?)\s+(?:of|from|(?:issued|adopted|announced|set)\s+in)\s+"
                 rf"(?:(?:{MONTH_NAMES})\s+)?(?:19|20)\d\d\s+(?:require|required|requiring)\b|"
                 # A critic's reading of a rule: "researchers had objected that the wording would require
                 # export licences for penetration-testing tools".
                 r"\b(?:object|complain|warn|fear|argu|worr|critici[sz]|protest)\w*\s+(?:[\w-]+\s+){0,2}?that\b"
                 r"[^.;]{0,120}?\bwould\s+require\b|"
                 # A draft reported, not issued: "the draft, which had not been finalised and could still
                 # change, would require licences".
                 r"\bdraft\b|\bnot\s+(?:yet\s+)?(?:been\s+)?finali[sz]ed\b|\bcould\s+still\s+change\b|"
                 # An exporter that "sent ... plasma tubes ... without the validated export licences they
                 # needed": a violation told, no requirement set.
                 rf"\b(?:sent|shipped|exported|sold|re-?exported|supplied)\b{S}{{0,160}}\bwithout\s+(?:the\s+|a\s+|any\s+)?"
                 r"(?:[\w-]+\s+){0,2}?licen[cs]es?\b|"
                 # Requirements blamed for their cost: "Export License Requirements Delay Sale of ...".
                 r"\brequirements\s+(?:delay|slow|hamper|hinder|hurt|stall|block|cost)\w*\b|"
                 # A charge of evading them: "actions taken by Foo to evade licensing requirements".
                 r"\b(?:evad|circumvent|avoid)\w*\s+(?:the\s+|U\.S\.\s+)?(?:[\w-]+\s+){0,2}?licen[cs]\w*\s+requirements?\b|"
                 # What a party's listing requires, told in its supplier's case: "the listing nonetheless
                 # required a licence" (a listing's licence consequences are the listing's).
                 r"\b(?:the|its|their|his|her|that|this)\s+(?:[\w-]+\s+)?(?:listing|entry|designation)\s+(?:[\w-]+\s+)?"
                 r"(?:requires?|required|imposes?|imposed|carries|carried)\b"),
         requires=EXPORT_CONTEXT),
    # A control list trimmed frees what leaves it from licensing: "deciding to trim the list of products that
    # need control", "a shorter control list".
    Rule("license.control_list_trimmed", "license.requirement",
         LIST_TRIMMED,
         requires=EXPORT_CONTEXT, unless_tags=(*LISTED, *SANCTIONS),
         veto=LIST_TRIM_VETO),
    # A regime's decision on its own list is the regime's news as well (the requirement rule above drops the
    # mere mention of the regime beside it).
    Rule("export_control.regime_list_trimmed", "export_control.other",
         LIST_TRIMMED,
         requires=_p(rf"{REGIME}|\bCOCOM\b|\bCoordinating\s+Committee\s+(?:on|for)\s+Multilateral"),
         unless_tags=(*LISTED, *SANCTIONS),
         veto=LIST_TRIM_VETO),
    # Commerce widening its own licence requirements is a requirement beside any sanctions the same story
    # tells ("The Commerce Department at the same time extended its licence requirements for exports to ...").
    Rule("license.commerce_requirements", "license.requirement",
         _p(rf"\b(?:Commerce(?:\s+Department)?|BIS|Bureau\s+of\s+Industry\s+and\s+Security)\b{S}{{0,60}}?\b(?:extend|expand|"
            r"widen|impos|tighten)\w*\s+(?:its\s+|the\s+|new\s+)?(?:export\s+)?licen[cs]e\s+requirements?\b"),
         unless_tags=LISTED,
         veto=_p(rf"{HEDGE.pattern}|\b(?:would|could|might|may|will)\s+(?:soon\s+|further\s+)?(?:extend|expand|"
                 r"widen|impos|tighten)")),
    # A general licence that lets a class of dealings go ahead without a specific licence lifts a requirement
    # ("General License No. 7 ..., letting U.S. persons deal with companies owned by X without first obtaining
    # a specific licence"; "General License 25, authorising transactions banned by the Syrian Sanctions
    # Regulations"). One that lets holders wind down dealings belongs to a designation.
    Rule("license.general_licence_class", "license.requirement",
         _p(rf"\bgeneral\s+licen[cs]es?\b{S}{{0,200}}?\b(?:without\s+(?:first\s+)?(?:obtaining|needing|applying\s+for|"
            r"seeking)\s+(?:a\s+|an\s+)?specific\s+licen[cs]es?|authori[sz]\w*\s+(?:U\.S\.\s+persons\s+)?to\s+"
            r"(?:carry\s+out|engage\s+in|conduct)\s+(?:all\s+)?transactions\s+(?:otherwise\s+)?"
            r"(?:prohibited|banned|barred)\s+by)|"
            # A class of goods' trade let through: "issued a general licence temporarily authorising the sale,
            # delivery and unloading of Xland-origin crude oil already loaded on vessels".
            rf"\bgeneral\s+licen[cs]es?\b{S}{{0,80}}?\b(?:temporarily\s+)?(?:authori[sz](?:es|ing)|allow(?:s|ing)|"
            r"permit(?:s|ting))\s+(?:the\s+)?(?:sales?|purchases?|deliver(?:y|ies)|imports?|exports?|unloading|"
            r"transport|shipments?)\b(?:,?\s+(?:and\s+)?[\w-]+)*?\s+of\s+(?:[\w-]+\s+){0,3}?(?:oil|crude|petroleum|"
            r"gas|grain|wheat|fertili[sz]ers?|food|medicine|cargoes|goods|products)\b|"
            # ... or a class of buyers let trade in it: "a general licence that lets established US companies
            # buy Xland-origin gold".
            r"\bgeneral\s+licen[cs]es?\b[^.;]{0,40}?\b(?:lets?|allow(?:s|ing)?|authori[sz](?:es|ing)|"
            r"permit(?:s|ting))\s+"
            r"(?:U\.S\.\s+|US\s+|American\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:U\.S\.\s+|US\s+|American\s+)?"
            r"(?:companies|firms|persons|entities|exporters|importers|buyers|traders|refiners)\s+(?:to\s+)?"
            r"(?:buy|sell|purchase|import|export|refine|trade\s+in)\s+(?:[\w-]+\s+){0,2}?(?:oil|crude|petroleum|gas|"
            r"gold|metals?|minerals|grain|wheat|fertili[sz]ers?|food|medicine|goods|products)\b|"
            # Withdrawn for a class of dealings, which now need a specific licence: "withdrew the general
            # authorisations for travel to attend professional meetings", "removed the general licence for
            # group people-to-people travel".
            r"\b(?:withdr[ae]w|revok|remov|eliminat|rescind)\w*\s+(?:the\s+)?general\s+(?:authori[sz]ations?|"
            r"licen[cs]es?)\s+for\b|"
            # Dealings taken out of general licences: "removes from the general licences for remittances ...
            # any transaction involving an entity on the Cuba Restricted List".
            r"\b(?:remov|exclud)\w*\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?general\s+licen[cs]es\b"),
         veto=_p(rf"{HEDGE.pattern}|\bwind(?:ing)?[- ]?down\b")),
    # A class's licensing stopped by a law or a policy, nobody named (CLASS_SUSPENDED).
    Rule("license.class_suspended", "license.requirement", _p(CLASS_SUSPENDED), doc_types=("",),
         requires=EXPORT_CONTEXT, veto=HEDGE),
    # The announcement may go on to what is not done ("... and that the wheat ordered would not be
    # shipped"): only a doubt vetoes.
    Rule("license.class_sales_halted", "license.requirement", _p(CLASS_SALES_HALTED), doc_types=("",),
         requires=EXPORT_CONTEXT,
         veto=_p(r"\b(?:could|might|whether|if|threaten\w*|consider\w*|weigh\w*)\b")),
    # An order that directs controls on a class: "The order directed that export controls be imposed on
    # goods, technology and services that could help build such weapons".
    Rule("license.controls_directed", "license.requirement",
         _p(r"\b(?:direct|order)\w*\s+that\s+(?:new\s+|additional\s+)?export\s+controls\s+be\s+(?:imposed|applied|placed|"
            r"established)\b|\bdirect\w*\s+(?:the\s+Secretary\s+of\s+Commerce|the\s+Commerce\s+Department|Commerce)\s+to\s+"
            r"(?:impose|establish|apply)\s+(?:new\s+)?export\s+controls\b"),
         veto=HEDGE),
    # A penalty for breaching the rule ("in breach of the foreign direct product rule") is not a rule.
    Rule("license.fdp_rule", "license.requirement",
         _p(r"\bforeign[- ]direct[- ]product\b|\bforeign-produced\s+items\b"),
         # Licence news names the rule that made the licence necessary; the news is the decision. A correction
         # notice that fixes entries' references to the rule sets no requirement of its own.
         unless_tags=(*LISTED, "license.decision"), unless_title=CORRECTION_TITLE,
         # A rule Washington "was considering applying", or was "expected to invoke", is not set yet.
         # ... nor is one an advocate calls for ("The authors call for ... enhanced foreign direct product
         # rules").
         veto=_p(rf"\bin\s+(?:breach|violation)\s+of\b|\bviolat(?:ed|ing)\b|{HEDGE.pattern}|"
                 r"\bexpect\w*\b[^.;]{0,60}?\bto\s+(?:invoke|use|apply|extend|expand)\b|\bcall(?:s|ed|ing)?\s+for\b")),
    Rule("license.end_use_controls", "license.requirement",
         # "from sensitive end users although controls on satellite-related exports ...": another clause.
         _p(r"\b(?:end[- ]uses?|end[- ]users?|U\.S\.\s+persons[\"”]?\s+activit(?:y|ies))\b(?![- ]checks?)"
            rf"(?:(?!\b(?:although|but|while|whereas)\b){S}){{0,60}}\b(?:controls|restrictions)\b"),
         unless_tags=LISTED,
         # A regime's members agreeing on controls ("adopt end-use controls encouraging members to apply
         # export controls") bind no U.S. exporter until a U.S. rule carries them out.
         veto=_p(rf"\b(?:participating\s+states|member\s+states|members|partners)\b|{UNDER_REVIEW}")),
    # "... Addition of Persons to the Entity List and Restrictions on Certain Military End Uses": a title that
    # names end-use restrictions beside a listing makes both.
    Rule("license.end_use_title", "license.requirement",
         _p(r"\b(?:Restrictions|Controls|Licen[cs]e\s+Requirements)\s+(?:on|for)\s+(?:Certain\s+)?(?:Military\s+)?"
            r"End[- ]Uses?\b"), fields=("title",)),
    # An EAR rule titled for a country's exports and the sanctions or embargo they now fall under changes what
    # needs a licence there: "Exports to Iran; Imposition of Economic Sanctions", "Exports to Syria
    # Embargoed".
    Rule("license.country_exports_title", "license.requirement",
         # "Exports to the Federal Republic of Yugoslavia (Serbia and Montenegro); Imposition of Foreign
         # Policy Controls".
         _p(r"\bExports?\s+to\s+(?:the\s+)?(?-i:[A-Z][\w-]+)(?:\s+(?:of\s+)?(?-i:[A-Z][\w-]+)){0,3}(?:\s+\([^()]{1,40}\))?"
            r"(?:\s+Embargoed\b|[;:,]\s+(?:Imposition|"
            r"Expansion|Extension|Tightening|Removal|Easing)\s+of\s+(?:(?:Additional|Economic|Trade|Export|Foreign\s+Policy)\s+){0,2}"
            r"(?:Sanctions|Embargo|Controls|Restrictions)\b)"),
         fields=("title",), doc_types=("RULE", "PRORULE")),
    # Controls imposed on a class of parties or items by title: "Imposition and Expansion of Controls on
    # Designated Terrorists".
    Rule("license.controls_imposed_title", "license.requirement",
         _p(r"^(?:Imposition|Expansion)\s+(?:and\s+(?:Imposition|Expansion)\s+)?of\s+(?:[\w-]+\s+){0,2}?Controls\s+on\b"),
         fields=("title",), doc_types=("RULE", "PRORULE"), unless_title=TIDYING),
    # VEU status granted or revoked is a licence rule for those plants; its lapse, told beside the licences
    # that replace it, is background, and so is a company's past status ("it had held Validated End-User
    # authorisation in and before 2016").
    Rule("license.veu", "license.requirement",
         # A counted group of countries ("a 33-country group") is no EAR Country Group.
         _p(r"\bValidated\s+End[- ]Users?\b|\bVEU\b|(?<!-)\bCountry\s+Groups?\b"),
         # A rule that says it changes nothing of substance, and a watchdog's report on the programme ("GAO
         # finds gaps in Commerce's Validated End-User checks"), change no one's requirements. (Not TIDYING:
         # "Conforming Change ... for Cambodia" moves a country between the groups.)
         unless_prose=_p(rf"{REQUIREMENTS_UNCHANGED.pattern}|\b(?:GAO|General\s+Accounting\s+Office|"
                         r"Government\s+Accountability\s+Office|Inspectors?\s+General)\b"),
         veto=_p(r"\b(?:laps|expir)\w*|\bhad\s+(?:long\s+|once\s+)?(?:held|had|enjoyed|been\s+(?:granted|given))\b")),
    # A rule that sets how long a class of licences is valid, or revokes a class of them, changes what the
    # exporter needs: "Establishment of 24-Month Validity Period for Certain Reexport Authorizations".
    Rule("license.terms", "license.requirement",
         _p(rf"\bvalidity(?:\s+periods?)?\s+(?:for|of)\s+(?:[\w-]+\s+){{0,3}}?{LICENCES}|"
            rf"\b(?:revocation\s+of|revok\w*){CLASS_OF_LICENCES}"),
         doc_types=("RULE", "PRORULE")),
    # A rule titled for making the CCL "Clearer" rewrites descriptions; its parts 740 and 742 only conform.
    Rule("license.cfr_740_742", "license.requirement", _p(r"\b15 CFR 74[02]\b"), fields=("cfr_parts",),
         doc_types=("RULE", "PRORULE"),
         # "BIS is withdrawing a proposed rule that would have ...": nothing changes.
         # Provisions moved to another section ("moving the substantive provisions ... to a revised § 746.9")
         # change where a requirement sits, not the requirement.
         unless_prose=_p(r"\bwithdraw(?:s|ing|n)?\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,3}?proposed\s+rule\b|"
                         r"\b(?:mov|relocat|transferr)(?:es|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?provisions\b|"
                         rf"{REQUIREMENTS_UNCHANGED.pattern}"),
         # A rule on what exporters report or keep ("Post-shipment Verification Reporting Procedures",
         # "Recordkeeping Requirements") changes the paperwork, not what needs a licence.
         unless_title=_p(f"{TIDYING.pattern}|{MEMBERSHIP}|{REGIME_IMPLEMENTED}|{LISTS_SWAPPED}|{LIST_CONTENTS}|"
                         r"\bMake\s+(?:[\w()-]+\s+){1,8}?Clearer\b|"
                         r"^(?!.*\b(?:licen[cs]\w*|exceptions?|exemptions?)\b).*\b(?:Reporting|Recordkeeping|"
                         r"Verification)\s+(?:Procedures|Requirements)\b|"
                         rf"{FILING_TITLE.pattern}")),
    Rule("license.itar_policy", "license.requirement", _p(r"\b22 CFR 126\b"), fields=("cfr_parts",),
         doc_types=("RULE", "PRORULE"), unless_title=_p(f"{TIDYING.pattern}|{LIST_CONTENTS}")),
    Rule("license.itar_country_title", "license.requirement",
         ITAR_COUNTRY_TITLE, fields=("title",), doc_types=("RULE", "PRORULE")),
    # An ITAR exemption is an export that needs no licence: "...: Temporary Export Exemption for Body Armor".
    Rule("license.itar_exemption_title", "license.requirement",
         _p(r"\bInternational\s+Traffic\s+in\s+Arms\s+Regulations\b.{0,80}?\bExemptions?\s+(?:for|From)\b"),
         fields=("title",), doc_types=("RULE", "PRORULE")),
    # A country placed on or taken off the list of state sponsors of terrorism takes on or sheds the
    # anti-terrorism licence requirements that follow the list ("placed Sudan on the U.S. list of countries
    # that sponsor international terrorism").
    Rule("license.terrorism_list_country", "license.requirement",
         # "puts Iraq back on its list of terrorism-supporting states".
         _p(rf"\b(?:plac|put|add|return|remov|took|tak)\w*\s+(?-i:{COUNTRY})\s+(?:back\s+)?(?:on|to|onto|from|off)\s+"
            r"(?:the\s+|its\s+)?(?:U\.S\.\s+|State\s+Department['’]s\s+)?(?:list\s+of\s+(?:state\s+sponsors\s+of\s+terrorism|"
            r"countries\s+that\s+(?:sponsor|support)\s+(?:international\s+)?terrorism|terrorism-supporting\s+(?:states|countries|nations))|"
            r"terrorism\s+list)\b|"
            # "again designating Xland a state sponsor of terrorism".
            rf"\b(?:designat|nam|list)\w*\s+(?-i:{COUNTRY})\s+(?:as\s+)?a\s+state\s+sponsor\s+of\s+terrorism\b|"
            # Older wording: "designated Xland as a country that supports international terrorism", "lists
            # Xland as a backer of terrorism".
            rf"\b(?:designat|nam|list|brand)\w*\s+(?-i:{COUNTRY})\s+(?:as\s+)?a\s+(?:(?:country|nation|state|government)\s+"
            r"that\s+(?:supports|sponsors|backs)|(?:backer|supporter|sponsor)\s+of)\s+(?:international\s+)?terrorism\b|"
            # The designation ended: "Rescission of Xland's Designation as a State Sponsor of Terrorism".
            rf"\b(?:rescind\w*|rescission\s+of|revok\w*|revocation\s+of|lift\w*|end\w*)\s+(?-i:{COUNTRY})['’]s\s+"
            r"designation\s+as\s+a\s+state\s+sponsor\s+of\s+terrorism\b"),
         # "has listed Xland as a state sponsor of terrorism since 1984": a status in force, as background.
         veto=_p(rf"{HEDGE.pattern}|\bno\s+(?:move|plan|intention|decision)\s+to\b|"
                 r"\bsince\s+(?:\d{4}|the\s+\d{4}s)\b|"
                 # A step that dates the story's own: "the action came days after the administration put Xland
                 # back on the list".
                 r"\b(?:came|comes|coming)\s+(?:just\s+)?(?:a|one|two|three|several|\d+)?\s*(?:days?|weeks?|hours?|months?)\s+"
                 r"after\b")),
    # The NRC's export rules: a country moved on its lists of embargoed or restricted destinations, or a
    # law's export provisions carried into its licensing rules ("to implement Section 903 of the Energy Policy
    # Act of 1992"), change what an exporter's licence needs.
    Rule("license.nrc_export_rule", "license.requirement",
         _p(r"\b(?:restricted|embargoed)\s+destinations\b|"
            r"\bamend\w*\s+its\s+(?:[\w/-]+\s+){0,3}?regulations\b[^.;]{0,80}?\bexports?\b[^.;]{0,120}?\bto\s+implement\s+"
            r"(?:[\w-]+\s+){0,3}?(?:of\s+)?the\s+(?:[\w-]+\s+){1,8}?Act\b"),
         doc_types=("RULE", "PRORULE"), requires=_p(r"\bNuclear\s+Regulatory\s+Commission\b|\bNRC\b")),
    # --- licence decisions (typically news) -------------------------------------------------------------
    Rule("license.decision.verb_licence", "license.decision",
         # After a count the participle is an adjective: "400 issued export licences were suspended".
         _p(rf"(?<!\d\s)\b(?:{LICENCE_DECIDED})\b{S}{{0,40}}?\b{LICENCES}|"
            # Suspending a licence and lifting the suspension are both decisions on it.
            r"\b(?:lift|end|revers|impos)\w*\s+(?:the\s+|its\s+|their\s+)?(?:export\s+)?licen[cs]e\s+suspensions?\b"),
         # A regulation sets how classes of applications are considered ("revising policy to permit the
         # consideration of certain license applications"); it decides nobody's.
         # A destination's "general and specific licenses" suspended by one order are a class, no one
         # exporter's.
         not_doc_types=("RULE", "PRORULE"), veto=LICENCE_DECISION_VETO,
         unless_prose=_p(rf"{LICENSING_PRACTICE.pattern}|\bgeneral\s+and\s+specific\s+licen[cs]es\b|{OTHER_TRADE_PROSE}")),
    # A refusal to let goods go is a decision on them: "the United States was refusing to let spare parts be
    # supplied for Xland Navy jets under repair in Britain".
    Rule("license.decision.refused_to_let", "license.decision",
         _p(r"\brefus\w*\s+to\s+(?:let|allow|permit|approve|authori[sz]e)\s+(?:[\w.,'’-]+\s+){0,6}?(?:be\s+)?"
            r"(?:suppl|export|sold|sale|ship|transferr|deliver|re-?export)\w*"),
         # A past policy recalled ("the policy under which the United States had refused to let allied
         # countries ship computers") refuses nothing now.
         doc_types=("",), requires=EXPORT_CONTEXT,
         veto=_p(rf"{HEDGE.pattern}|{FOREIGN_ACTOR.pattern}|\bhad\s+(?:long\s+)?refused\b|\bpolic(?:y|ies)\b")),
    # A government's request to buy arms, turned down by Washington, is a sale refused: "The United States
    # has declined, for now, the Xland Air Force's request to buy F-35 fighters", "Washington turns down
    # Xland's bid for F-35 fighters".
    Rule("license.decision.purchase_request_refused", "license.decision",
         _p(r"\b(?:U\.S\.|United\s+States|Washington|State\s+Department|administration)\s+(?:has\s+|had\s+)?"
            r"(?:declin|turn|reject|refus|rebuff|spurn)\w*\s+(?:down\s+)?(?:[\w.,'’-]+\s+){0,8}?(?:requests?|bids?)\s+"
            r"(?:to\s+(?:buy|purchase|acquire)\s+|for\s+)(?:[\w.,'’-]+\s+){0,3}?(?:F-\d+\w*|fighters?|jets?|aircraft|"
            r"warplanes|missiles?|drones?|weapons|arms|tanks|helicopters|munitions|rockets|warships|submarines)\b"),
         doc_types=("",), veto=_p(rf"{HEDGE.pattern}|{FOREIGN_ACTOR.pattern}")),
    # A presidential certification clears the sales it names: "certified to Congress that two sales of
    # high-technology goods to Xland would not harm the U.S. space launch industry".
    Rule("license.decision.sales_certified", "license.decision",
         _p(rf"\bcertif(?:y|ies|ied|ying)\b{S}{{0,40}}?\bthat\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:sales?|exports?|"
            r"transfers?|shipments?)\s+(?:of|to|would|will|are|is|was|were)\b"),
         # What it certifies may be a negative ("would not harm the U.S. space launch industry"); a
         # certification only weighed or refused is none.
         doc_types=("",),
         # Nor is one asked of others: "asking exporting countries to certify that shipments held none".
         veto=_p(r"\b(?:may|might|could|would|will)\s+(?:soon\s+)?certif|\bwhether\s+to\s+certif|\bto\s+certify\b|"
                 r"\b(?:declin|refus|fail)\w*\s+to\s+certif")),
    # A chamber voting down a bid to block a sale lets the sale go ahead: "voted 53 to 47 against a joint
    # resolution that would have blocked the sale of precision-guided munitions to Xland".
    Rule("license.decision.block_voted_down", "license.decision",
         _p(r"\b(?:vot(?:ed|es|e|ing)\b[^.;]{0,40}?\bagainst|reject(?:s|ed|ing)?|defeat(?:s|ed|ing)?|tabl(?:es|ed|ing)|"
            r"kill(?:s|ed|ing)?)\s+(?:a|the|an)\s+(?:joint\s+)?(?:resolutions?|measures?|bids?|efforts?|attempts?)\s+"
            r"(?:of\s+disapproval\s+)?(?:that\s+would\s+have\s+|to\s+)(?:block|halt|stop|disapprov)\w*\s+"
            r"(?:the\s+|a\s+)?(?:[\w$.,-]+\s+){0,6}?(?:sales?|transfers?|deals?)\b"),
         doc_types=("",), veto=HEDGE),
    # A ban lifted or waived for a counted set of exports decides those exports, as a waiver for named
    # projects does: "lifting the ban on export licences for three U.S.-built communications satellites".
    Rule("license.decision.counted_exports_cleared", "license.decision",
         _p(r"\b(?:lift|waiv|end|eas)\w*\s+(?:the\s+|a\s+|its\s+)?(?:ban|prohibition|suspension|embargo)\s+on\s+"
            r"(?:(?:export\s+)?licen[cs]es\s+for\s+|(?:the\s+)?(?:export|sale|launch)\w*\s+of\s+)(?:the\s+)?"
            r"(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|\d+)\s+(?:[\w.-]+\s+){0,4}?"
            r"(?:satellites|aircraft|airliners|jets|helicopters|engines|computers|reactors|plants|projects|"
            r"systems)\b"),
         veto=_p(rf"{HEDGE.pattern}|\b(?:would|could|might|may)\b")),
    # Receiving or winning licences is news' way of reporting a decision; a notice saying that exporters
    # "must obtain a license" or "may secure a waiver" states a requirement.
    Rule("license.decision.licences_received", "license.decision",
         _p(rf"\b(?:receiv\w*|w[io]ns?|obtain\w*|secur(?:e|es|ed)|g[eo]t(?:s|ten)?|given|holds|held)\b{S}{{0,40}}?\b"
            rf"(?:{LICENCES}|an?\s+(?:(?!{OTHER_LICENCES})[\w.-]+\s+){{0,3}}?licen[cs]e\b"
            r"(?!\s+(?:exceptions?|requirements?|applications?|agreements?))|"
            # "had already won U.S. export licence approval for the project"
            r"(?:U\.S\.\s+)?(?:export\s+)?licen[cs]e\s+approvals?\b|"
            # An agency's licences or its authorisation: "later received BIS licences to export certain
            # products", "received authorisation from the U.S. Department of the Treasury to set up".
            r"(?:BIS|OFAC|Commerce|Treasury|State\s+Department)\s+licen[cs]es\b|"
            r"authori[sz]ation\s+from\s+(?:the\s+)?(?:U\.S\.\s+)?(?:Department\s+of\s+(?:the\s+Treasury|Commerce|State)|"
            r"(?:Treasury|Commerce|State)(?:\s+Department)?|OFAC|Office\s+of\s+Foreign\s+Assets\s+Control|BIS|"
            r"Bureau\s+of\s+Industry\s+and\s+Security)\b)"),
         # "requires suppliers to obtain licences", "obliges U.S. suppliers to obtain licences before
         # selling", "must obtain a licence": a requirement, not a decision, however many words between.
         doc_types=("",), unless_prose=_p(OTHER_TRADE_PROSE),
         # "authorisation should have been obtained to cover the licences": a finding, no licence granted.
         # The FCC's equipment authorisations certify radio gear for sale at home: another regime's.
         veto=_p(rf"{LICENCE_DECISION_VETO.pattern}|\bshould\s+have\s+been\s+(?:obtained|sought|secured)\b|"
                 r"\bFCC\b|\bequipment\s+authori[sz]ations?\b|"
                 r"\b(?:requir|oblig|compel)\w*\s+(?:[\w.,'’-]+\s+){0,25}?to\s+"
                 r"(?:obtain|get|secure|seek)|\bmust\s+(?:first\s+|also\s+|still\s+)?(?:obtain|get|secure|seek)|"
                 r"\bwithout\s+(?:first\s+)?(?:obtaining|getting|securing)\b|"
                 # A case's background: what was done "before obtaining an export licence", and licences
                 # the exporter "had obtained ... in 2013" for other shipments.
                 r"\bbefore\s+(?:first\s+)?(?:obtaining|getting|securing|receiving)\b|"
                 # What was received without one: "may receive items without a license".
                 r"\b(?:receiv|obtain|get|got)\w*\s+(?:[\w-]+\s+){1,3}?without\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?licen[cs]e|"
                 # So is one "given a waiver ... the previous year".
                 r"\bhad\s+(?:already\s+|previously\s+)?(?:been\s+)?(?:obtained|received|secured|won|got(?:ten)?|given|"
                 r"granted)\b[^.;]{0,80}?\b(?:in\s+(?:19|20)\d\d|before|earlier|in\s+the\s+past|the\s+(?:previous|prior)\s+"
                 r"year|last\s+year)\b|"
                 # A sanction's terms: "bar the companies from ... receiving U.S. export licences".
                 r"\b(?:bar|ban|prohibit|exclud|disqualif)\w*\b[^.;]{0,100}\bfrom\s+(?:[\w.,'’-]+\s+){0,8}?"
                 r"(?:receiving|obtaining|getting|winning)\b|"
                 # Nobody held one: "neither man held an export licence", "never obtained a licence".
                 r"\b(?:neither|nor|never|no\s+one|nobody)\s+(?:[\w-]+\s+){0,2}?(?:held|holds|obtained|received|"
                 r"secured|got)\b|\b(?:did|does|had)\s+not\s+(?:[\w-]+\s+)?(?:hold|obtain|receive|secure|get)\b|"
                 # ... or failed to: "failed to obtain export licenses for five foreign nationals" is the
                 # offence.
                 r"\bfail(?:s|ed|ing)?\s+to\s+(?:obtain|get|secure|seek|apply\s+for)\b|"
                 # ... or tried in vain: "had tried without success for two years to obtain export licences".
                 r"\bwithout\s+success\b|\bunsuccessful(?:ly)?\b|\bin\s+vain\b|"
                 # A class let obtain them is a policy: "would let U.S. companies obtain Treasury licences".
                 r"\b(?:let|lets|allow\w*|permit\w*|enabl\w*)\s+(?:U\.S\.\s+|American\s+)?(?:companies|firms|exporters|"
                 r"businesses|manufacturers|farmers)\s+(?:to\s+)?(?:obtain|get|secure|apply\s+for)\b|"
                 # A count of holders is a statistic: "some 1,200 exporters held these licences".
                 r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|exporters|licensees|holders)\s+"
                 r"(?:held|hold|holding)\b|"
                 rf"{FOREIGN_ACTOR.pattern}"),
         unless_rules=("export_control.enforcement",)),
    # One licence for one named company ("weighing whether to grant Nvidia a licence") is news' way of
    # saying it; agencies' own notices grant operating licences of other regimes in those words.
    Rule("license.decision.verb_a_licence", "license.decision",
         _p(rf"\b(?:revok\w*|grant(?:s|ed|ing)?|den(?:y|ies|ied)|refus\w*|approv\w*|reject\w*|suspend\w*|"
            rf"withdr[ae]w\w*|weigh\w*|mull\w*|gave|g[ai]v(?:e|es|ing)|renew\w*|narrow\w*|issu(?:e|es|ed|ing))\b"
            # "gave Chevron a new, more restrictive licence"
            # "granted an Office of Foreign Assets Control licence"; "issued a final rule, Revision to License
            # Review Policy" names a rule, not a licence.
            # "approved the licence for the export" names one too.
            rf"{S}{{0,40}}?\b(?:an?|the)\s+(?:(?!(?:rule|regulation|order|notice)s?\b)[\w.-]+,?\s+){{0,5}}?licen[cs]e\b"
            r"(?!\s+(?:exceptions?|requirements?|applications?|agreements?|fees?))"),
         # A licence in a criminal case's story is the case's: "his lawyers argue that the government
         # afterwards issued a licence for the same kind of gear".
         # In a temporary general licence's story, "will keep renewing the licence" is that licence.
         doc_types=("",),
         # A document that names its licence as another trade's ("the broadcasting licence it had granted")
         # and never speaks of exports means that licence by "the licence" too.
         # So is "renews the licence" in a story of a numbered OFAC general licence ("General License 40B"),
         # unless the story tells of a specific licence too.
         unless_prose=_p(rf"{LICENSING_PRACTICE.pattern}|{CRIMINAL_CASE}|\btemporary\s+general\s+licen[cs]e\b|"
                         rf"{OTHER_TRADE_PROSE}|"
                         r"^(?![\s\S]*\bspecific\s+licen)[\s\S]*\bGeneral\s+Licen[cs]e\s+(?:No\.\s*)?\d+[A-Z]?\b"),
         # A general licence is a programme's rule, not one company's licence.
         # "... remain prohibited unless OFAC grants a specific licence": a condition, no decision.
         veto=_p(rf"\bgeneral\s+licen|{OTHER_REGIMES_LICENCE}|{POWER_GIVEN}|"
                 r"\b(?:unless|if)\s+(?:[\w.'’-]+\s+){0,3}?(?:grants?|issues?|approves?|gives?)\b|"
                 # "countries already approved without an individual licence": the licence-free route.
                 r"\b(?:approved|allowed|permitted|cleared)\s+without\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}?"
                 r"licen[cs]e|"
                 # A forecast: "the blog expected OFAC to issue the licence early next year".
                 r"\bexpect\w*\s+(?:[\w.'’-]+\s+){0,4}?to\s+(?:issue|grant|approve|deny|revoke|renew)\b")),
    # The licence first, then who issued it to whom: "a specific licence that OFAC issued on May 18 to the
    # government of Xland".
    Rule("license.decision.licence_issued_by", "license.decision",
         _p(r"\blicen[cs]e\s+(?:that|which)\s+(?:the\s+)?(?:U\.S\.\s+)?(?:OFAC|Treasury|Commerce|BIS|State\s+Department|"
            r"Office\s+of\s+Foreign\s+Assets\s+Control|Bureau\s+of\s+Industry\s+and\s+Security|government|Washington)"
            r"(?:\s+Department)?\s+(?:had\s+)?(?:issued|granted|gave)\b[^.;]{0,40}?\bto\s+(?:the\s+)?"
            r"(?:(?:government|state|company|firm)\s+of\s+)?(?-i:[A-Z])"),
         doc_types=("",),
         veto=_p(r"\bgeneral\s+licen")),
    # One company's licence acted on: "revokes Chevron's Venezuela licence", "renewed Boeing's licence".
    Rule("license.decision.company_licence", "license.decision",
         _p(r"(?<!-)\b(?:revok\w*|renew\w*|extend\w*|narrow\w*|cancel\w*|suspend\w*|grant\w*|"
            r"den(?:y|ies|ied)|withdr[ae]w\w*|pull\w*|amend\w*)\s+(?-i:(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*)['’]s\s+"
            r"(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|authori[sz]ations?|waivers?)\b"
            r"(?!\s+(?:exceptions?|requirements?|polic\w+|applications?))|"
            # "renewed for another three months the licence that lets Chevron keep working there";
            # "renews three-month license for Chevron in Venezuela".
            rf"\b(?:revok|renew|extend|narrow|cancel|suspend|withdr[ae]w|amend)\w*\b{S}{{0,80}}?\bthe\s+"
            r"(?:[\w-]+\s+){0,2}?licen[cs]e\s+(?:(?:that|which)\s+(?:lets|allows|permits|authori[sz]es|keeps|enables)|"
            r"under\s+which)\b|"
            # "had extended, through June 30, its licence to carry out transactions".
            rf"\b(?:renew|extend)\w*\b{S}{{0,40}}?\bits\s+licen[cs]e\s+to\s+(?:carry|do|conduct|operate|keep|continue|"
            r"work|trade|deal|export|ship|sell)\b|"
            # "parts it made under a U.S.-approved licence for Japanese military use": an adjective, no
            # decision.
            r"(?<!-)\b(?:renew|extend|revok|grant|issu|approv|suspend)\w*\s+(?:[\w-]+\s+){0,2}?licen[cs]es?\s+for\s+"
            r"(?-i:[A-Z])|"
            # One company's export approved: "the Commerce Department had approved its export of encryption
            # products".
            r"\b(?:approv|clear|authori[sz])\w*\s+(?:its|their|the\s+company['’]s|(?-i:[A-Z][\w&.-]*)['’]s)\s+"
            r"(?:proposed\s+|planned\s+)?exports?\s+of\b"),
         doc_types=("",), requires=EXPORT_CONTEXT,
         # Another state's regulators decide their own licences: "Xlandic regulators had withdrawn Foo AG's
         # licence".
         veto=_p(rf"{OTHER_REGIMES_LICENCE}|\bgeneral\s+licen|"
                 rf"\b(?-i:(?!American\b)(?:{COUNTRY_FORM}))(?:\s+and\s+(?-i:{COUNTRY_FORM}))?\s+"
                 r"(?:authorities|regulators?|officials|ministry|government|courts?|prosecutors)\b")),
    # A general licence kept or ended for one named company is that company's licence: "extended for the
    # fourth time a general licence letting U.S. companies keep doing business with Nynas AB". One that lets
    # holders wind down dealings with the newly designated is the designation's; one for a sector, a
    # programme's.
    Rule("license.decision.general_licence_for_one", "license.decision",
         _p(rf"\b(?:renew|extend|revok|narrow|amend|rescind|terminat|end)\w*\b{S}{{0,40}}?\b(?:a|the|its)\s+"
            r"(?:[\w-]+\s+){0,2}?general\s+licen[cs]e\s+(?:that\s+|which\s+)?(?:lets?|letting|allow\w*|permit\w*|"
            r"authori[sz]\w*)\s+(?:[\w.'’-]+\s+){0,6}?(?:business|deal\w*|transactions?|work\w*|operations?)\s+"
            rf"(?:with|involving|of)\s+(?-i:[A-Z])|{GL_FOR_ONE}|{GL_RENEWING_ONES}|{GL_FOR_FIRM}"),
         doc_types=("",), requires=_p(r"\bsanction|\bOFAC\b|Foreign\s+Assets\s+Control|\bTreasury"),
         veto=_p(rf"{HEDGE.pattern}|\bwind(?:ing)?[- ]?down\b")),
    # Blocked funds released for one party's named use is a specific licence by another word: "the U.S.
    # Treasury allowed it to draw the money from an account in South Korea that had been frozen".
    Rule("license.decision.blocked_funds_released", "license.decision",
         _p(r"\b(?:Treasury|OFAC|Office\s+of\s+Foreign\s+Assets\s+Control)\s+(?:had\s+)?(?:allowed|permitted|"
            r"authori[sz]ed|let)\s+(?!(?:U\.S\.|American|all|any|companies|firms|banks|persons|people)\b)"
            r"(?:[\w.'’-]+\s+){1,3}?to\s+(?:draw|use|tap|transfer|move|access|release|receive)\b"),
         doc_types=("",), requires=_p(r"\b(?:frozen|blocked|froze)\b"),
         veto=_p(rf"{HEDGE.pattern}|\bgeneral\s+licen")),
    # The State Department's "Notifications to the Congress of Proposed Commercial Export Licenses" decide
    # licences, subject to Congress's review (a sale notified in the news: license.decision.arms_sale).
    Rule("license.decision.congress_notified", "license.decision",
         _p(r"\bNotifications?\s+to\s+(?:the\s+)?Congress\s+of\s+Proposed\s+(?:Commercial\s+)?Export\s+Licen[cs]es\b"),
         fields=("title",)),
    # A commodity jurisdiction ruling decides whether one applicant's item needs a State licence at all.
    Rule("license.decision.commodity_jurisdiction", "license.decision",
         # An appeal turned down in one: "turned down his second appeal in commodity jurisdiction case
         # 081-94".
         _p(rf"\b(?:rul(?:ed|es|ing)|determin(?:ed|es)|decid(?:ed|es)|reject(?:ed|s)|uph[eo]ld\w*|den(?:ied|ies)|"
            rf"refus(?:ed|es)|turn(?:ed|s)\s+down|dismiss(?:ed|es))\b{S}{{0,80}}?\bcommodity\s+jurisdiction\s+"
            r"(?:requests?|cases?|rulings?|determinations?|applications?)\b|"
            # One ruling named by its date or case number: "in a commodity jurisdiction ruling dated 1 May
            # (case CJ-012-94)".
            r"\bcommodity\s+jurisdiction\s+(?:ruling|determination)\s+(?:dated|numbered)\b|\bcase\s+CJ[\s-]?\d+-\d+\b"),
         doc_types=("",), veto=HEDGE),
    Rule("license.decision.licence_verb", "license.decision",
         # A licence exception is no licence, and a verb past ", and" belongs to another clause ("the order
         # bars any licence or licence exception, and can be renewed").
         _p(r"\b(?:export\s+)?licen[cs]es?\b(?!\s+exceptions?\b)(?:(?!,\s+and\b)[^.;]){0,60}\b(?:were|was|been|"
            r"being|be|are|is)\s+(?:revoked|granted|"
            r"denied|approved|suspended|rejected|issued|withdrawn|pulled|refused|extended|renewed|restored|"
            r"frozen|paused)\b|"
            r"\b(?:declin|refus)\w*\s+to\s+(?:renew|extend|grant|issue|reinstate)\s+(?:[\w.'’-]+\s+){0,3}?licen[cs]es?\b"),
         unless_tags=LISTED,
         requires=EXPORT_CONTEXT,
         # "said the licences would probably have been granted": what an exporter that never applied would
         # have got, in an enforcement story. Licences that "may be approved" are a policy, no decision.
         # A duty to see licences granted grants none: "must ... ensure that licences and authorisations are
         # granted".
         # ... nor does a forecast: "such a licence would probably not be granted".
         veto=_p(r"\b(?:would|could|might)\s+(?:\w+\s+)?have\s+been\b|\bensur\w*\s+that\b|"
                 r"\b(?:would|will)\s+(?:probably|likely)\s+(?:not\s+)?be\s+(?:granted|issued|approved|denied|refused)\b|"
                 r"\b(?:may|can)\s+(?:now\s+|again\s+|still\s+)?be\s+(?:approved|granted|issued)\b|"
                 rf"{NO_NEW_REQUIREMENT}|"

                 # A penalty's term on designated parties: "no U.S. export licences are to be granted to the
                 # four".
                 r"\bno\s+(?:new\s+)?(?:U\.S\.\s+)?(?:export\s+)?licen[cs]es\s+(?:are|were|will|shall|may|can)\s+(?:to\s+)?be\b|"
                 # A general licence not renewed is a programme's rule, no company's licence.
                 r"\bgeneral\s+licen[cs]e\b|"
                 # "after its own 1993 licence application had been refused": background to a case.
                 r"\bhad\s+been\s+(?:refused|denied|rejected|revoked|suspended)\b|"
                 # "released the shipments before licences were granted": the violation, no decision.
                 # A procedure told in the present is none either: "checks made before a licence is
                 # issued, after it is issued or after shipment".
                 r"\b(?:before|until|after|once)\s+(?:the\s+|any\s+|their\s+|its\s+|an?\s+)?(?:export\s+)?licen[cs]es?\s+"
                 r"(?:were|was|had\s+been|is|are)\s+(?:granted|issued|approved)\b|"
                 # A policy's class: "the list of destinations for which licences are denied".
                 r"\b(?:destinations|countries|items|articles)\s+(?:for|to)\s+which\s+(?:export\s+)?licen[cs]es\s+"
                 rf"(?:are|will\s+be|shall\s+be)\b|{DENIAL_TO_COME}|{DENIAL_BEFORE}|"
                 # A listing's review policy: "a presumption that such licences will be approved".
                 rf"\bpresumption\s+(?:of|that)\b|{APPROVAL_WITHOUT}")),
    Rule("license.decision.applications", "license.decision",
         _p(r"\b(?:licen[cs]e\s+(?:applications?|requests?)|applications?\s+for\s+(?:an?\s+)?(?:U\.S\.\s+)?(?:export\s+)?"
            r"licen[cs]es?|requests?\s+for\s+(?:export\s+)?licen[cs]es?)\b[^.;]{0,80}\b(?:pending|received|approved|"
            r"denied|granted|rejected|under\s+review|turned\s+down|"
            r"backlog|delayed|stalled|held\s+up|unanswered|stuck|frozen|paused|on\s+hold|in\s+limbo)\b|"
            r"\b(?:backlog\s+of|stall\w*|delay\w*|freez\w*|froze|paus\w*|halt\w*|hold\w*|held)\s+(?:[\w,-]+\s+){0,3}?"
            r"(?:export\s+)?licen[cs](?:e|ing)\s+(?:applications?|reviews?)\b|"
            # An office that stops taking them: "was not accepting export licence applications".
            r"\b(?:not|no\s+longer|stop(?:s|ped)?|ceas(?:e|es|ed))\s+(?:accepting|processing|taking|reviewing)\s+"
            r"(?:new\s+)?(?:export\s+)?licen[cs](?:e|ing)\s+(?:applications?|requests?)\b|"
            # OFAC's "rejected transactions" are transfers a bank refused, no licence.
            r"\b(?:received|approved|denied|rejected(?!\s+transactions)|turned\s+down|sits?\s+on|sat\s+on)\b[^.;]{0,40}\b(?:licen[cs]e\s+"
            r"(?:applications?|requests?)|applications?\s+for\s+(?:an?\s+)?(?:U\.S\.\s+)?(?:export\s+)?licen[cs]es?)\b|"
            # An exporter that "had applied for a U.S. export licence" awaits a decision; so does a company
            # "seeking clearance from U.S., British and Dutch authorities" for one deal.
            r"\b(?:has|have|had)\s+(?:already\s+)?applied\s+for\s+(?:an?\s+)?(?:U\.S\.\s+)?(?:export\s+)?licen[cs]es?\b|"
            # One application under review, with its parties: "named as the ultimate consignee in a pending
            # licence application filed by Foo".
            r"\bpending(?:(?<=\bin\sa\spending)|(?<=\bunder\sa\spending))\s+(?:export\s+)?licen[cs]e\s+application\b|"
            # A licensing office that "returned without action an application by Foo to export ..." has
            # answered that applicant (an application "returned without action" in a list of a violator's
            # filings is its history).
            r"\breturn(?:s|ed)\s+without\s+action\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:licen[cs]e\s+)?applications?\b|"
            r"\breturn(?:s|ed)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]e\s+)?applications?\b"
            r"[^.;]{0,80}?\bwithout\s+action\b|"
            r"\b(?:seek\w*|sought|asked\s+for|appl(?:y|ied|ies|ying)\s+for)\s+(?:a\s+|an\s+)?(?:special\s+)?(?:clearance|"
            r"approval|permission|licen[cs]es?|waivers?|exemptions?)\s+from\s+(?:the\s+)?(?:U\.S\.|(?:US|American|"
            r"Treasury|OFAC|Commerce|State\s+Department|Washington)\b)|"
            # "refused a request from Foo for a licence to accept a gift": one applicant's licence decided.
            r"\b(?:refus|den(?:y|ied|ies)|reject|grant|approv)\w*\s+(?:a|an|the|his|her|its|their)\s+(?:request|application|"
            r"petition|bid)\s+(?:[\w.,'’-]+\s+){0,8}?for\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?licen[cs]e\b|"
            # "began an inter-agency review of licence applications", "sent the applications for review"
            r"\binter-?agency\s+review\s+of\s+(?:the\s+)?(?:export\s+)?licen[cs]e\s+applications?\b|"
            # An agency that defers action on one request has it before it: "was deferring action on the
            # request until the policy decisions were made".
            r"\bdefer(?:s|red|ring)?\s+(?:any\s+|further\s+)?action\s+on\s+(?:the|a|an|its|this|his|her|their)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:requests?|applications?)\b|"
            # ... and one with "no objection to a proposed retransfer" clears it.
            r"\b(?:has|had|have|raises?|raised)\s+no\s+objections?\s+to\s+(?:a|an|the)\s+(?:proposed\s+)?"
            r"(?:re-?transfers?|exports?|transfers?|sales?|shipments?)\b|"
            # The NRC's notices: "considering issuing an export license", "an extension on an export license".
            r"\bconsider\w*\s+(?:issu(?:ing|ance\s+of)|approv(?:ing|al\s+of))\s+(?:an?\s+)?(?:(?:amendment|extension|"
            r"renewal)\s+(?:on|of|to)\s+(?:an?\s+)?)?export\s+licen[cs]e\b|"
            r"\blicen[cs]e\s+applications?\b[^.;]{0,80}\b(?:sen[dt]|referr\w*|forward\w*)\b[^.;]{0,60}\bfor\s+review\b|"
            # "received and is considering an application (XW010/04) from X to amend and renew an existing
            # license authorizing the export of radioactive waste".
            rf"\b(?:received|consider\w*)\s+(?:[\w,]+\s+){{0,3}}?(?:an?\s+)?applications?\b{S}{{0,140}}?\blicen[cs]e\s+"
            r"(?:authori[sz]ing|for|to)\s+(?:the\s+)?export|"
            # The NRC's title for one: "Application for a License To Export High-Enriched Uranium".
            r"^Applications?\s+for\s+(?:an?\s+)?(?:Export\s+)?Licen[cs]es?\s+to\s+Export\b|"
            # "had approved its request for a medical material exemption".
            # "deny all requests for licenses" is a policy, a requirement.
            r"\b(?:approv|grant|den(?:y|ied|ies)|reject|refus|turn(?:s|ed)?\s+down)\w*\s+(?!(?:all|any)\b)"
            r"(?:[\w'’-]+\s+){0,3}?requests?\s+"
            r"for\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:exemptions?|licen[cs]es?|waivers?|authori[sz]ations?)\b"),
         requires=EXPORT_CONTEXT,
         # "... after Commerce had turned down an earlier licence request": background to another event.
         # "Commerce had turned down PPG's application for a licence ... in June 2006", told in an enforcement
         # story: background.
         veto=_p(rf"\bhad\s+(?:already\s+|earlier\s+|previously\s+)?(?:turned\s+down|denied|rejected|refused)\b|{APPROVAL_WITHOUT}|"
                 r"\b(?:after|since|when|because|once)\s+(?:[\w.'’-]+\s+){0,4}?had\s+(?:already\s+)?(?:turned\s+down|"
                 r"denied|rejected|refused|approved|granted|received)\b|"
                 # "put every pending Indian and Pakistani licence application on hold": a country's policy.
                 r"\b(?:all|every)\s+(?:[\w-]+\s+){0,4}?(?:export\s+)?licen[cs]e\s+(?:applications?|requests?)\b|"
                 # "failed to prevent additional releases while the license application was pending": when a
                 # violation went on, not a decision.
                 r"\b(?:while|whilst|until|before)\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?licen[cs]e\s+"
                 r"applications?\s+(?:was|were)\s+(?:still\s+)?(?:pending|under\s+review)\b|"
                 # ... and the duty the violator failed: "failed to restrict his access to the technology with
                 # the license application under review".
                 r"\bfailed\s+to\s+(?:restrict|prevent|limit|stop|screen|block|segregate)\b|"
                 # A yearly count is a statistic: "Commerce received about 110,000 licence requests a year".
                 r"\b(?:requests|applications)\s+(?:a|per|each|every)\s+year\b|\b(?:a|per)\s+year\b[^.;]{0,40}?"
                 r"\b(?:requests|applications)\b|"
                 rf"{DENIAL_TO_COME}|{DENIAL_BEFORE}")),
    # The Energy Department's notice of its approval of one transfer or retransfer of nuclear material under a
    # cooperation agreement, titled "Proposed Subsequent Arrangement": a licence decision by another name.
    # An order addressed to one exporter that suspends, revokes or modifies its licence or its exports: "Order
    # To X Suspending Exports of Certain Source Material", "In the Matter of X; Order Suspending License To
    # Export to ...". An order suspending a general licence for a country sets a requirement.
    Rule("license.decision.order_on_licence", "license.decision",
         _p(r"(?:^|;\s*)Order\s+(?:(?:To|Against)\s+(?:[\w.,&'’-]+\s+){1,6}?)?(?:Suspending|Revoking|Modifying|"
            r"Terminating|Reinstating)\s+(?:the\s+)?(?:(?:Export\s+)?Licen[cs]es?\s+(?:To|for)\s+(?:the\s+)?Export|"
            r"Exports?)\b"),
         fields=("title",), veto=_p(r"\bGeneral\s+Licen[cs]e")),
    # News of companies approved as, added to or removed from the validated end-users: their authorisation
    # decided ("named the first five companies approved as validated end-users in China"). The Federal
    # Register's VEU rules set requirements.
    Rule("license.decision.veu_companies", "license.decision",
         _p(rf"\b(?:approv|add|nam|remov|revok|grant|drop)\w*\b{S}{{0,80}}?\b(?:as|to|from)\s+(?:the\s+|its\s+|a\s+)?"
            r"(?:validated\s+end[- ]users?|VEUs?)\b|"
            # One company's authorisation changed: "the validated end-user authorisation held by Foo Co.".
            r"\b(?:validated\s+end[- ]users?|VEU)\s+(?:\(VEU\)\s+)?authori[sz]ations?\s+"
            r"(?:held\s+by|of|granted\s+to)\s+(?-i:[A-Z])"),
         doc_types=("",), veto=HEDGE),
    Rule("license.decision.subsequent_arrangement", "license.decision",
         # The title may open with the office: "Office of Arms Control and Nonproliferation; Proposed ...".
         _p(r"(?:^|;\s*)(?:Proposed\s+)?Subsequent\s+Arrangements?\b"), fields=("title",),
         doc_types=("NOTICE",)),
    Rule("license.decision.allowed_sales", "license.decision",
         _p(r"\b(?:approv\w*|allow\w*|authori[sz]\w*|permit\w*|cleared)\b[^.;]{0,20}\b"
            r"(?:some|certain|limited|specific)\s+(?:\w+\s+)?(?:sales|shipments|exports|supplies)\b|"
            # Approvals counted: "the department approved 31 exports of dual-use goods ... to Xland".
            rf"\b(?:approv|authori[sz]|licens)(?:ed|es|ing)\s+(?:\d[\d,]*|{NUMBER_WORDS})\s+(?:[\w-]+\s+)?"
            r"(?:exports|shipments|sales|licen[cs]es|applications)\b|"
            # ... or by value: "approved more than $300 million of sensitive, dual-use exports to Xland".
            r"\b(?:approv|authori[sz]|licens)(?:ed|es|ing)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?"
            r"\$[\d.,]+\s*(?:million|billion)?\s+(?:worth\s+)?of\s+(?:[\w,-]+\s+){0,5}?(?:exports|shipments|sales|goods|"
            r"equipment|items|arms|weapons)\b|"
            r"\b(?:permission|go-ahead|approval|green\s+light|nod|clearance)\s+(?:(?:from|by)\s+(?:[\w.'’-]+\s+){1,5}?)?"
            r"to\s+(?:sell|ship|supply|export|resume|restart|continue)\b|"
            r"\b(?:government|Commerce(?:\s+Department)?|BIS|officials|administration|Washington|it)\s+(?:has\s+|had\s+)?"
            r"(?:authori[sz]ed|approved|allowed|granted|cleared)\s+(?:the\s+)?(?:exports?|shipments?|sales?)\b|"
            # "had authorised it, its suppliers and partners to keep shipping the tools"
            r"\b(?:authori[sz](?:e|es|ed|ing)|permit(?:s|ted|ting)?|allow(?:s|ed|ing)?|cleared)\s+(?:[\w,'’&.-]+\s+){1,6}?"
            r"to\s+(?:keep\s+|continue\s+|resume\s+|restart\s+)?(?:ship|sell|suppl|export|deliver|load)\w*\b|"
            # A whole trade let ship ("the changes let U.S. companies ship more advanced products") is a
            # policy.
            r"\blets?\s+(?!(?:U\.S\.|US|American)\s+(?:companies|firms|exporters|manufacturers|makers|suppliers)\b)"
            r"(?:[\w,'’&.-]+\s+){1,4}?(?:resume|sell|ship|export|supply)\b|"
            # The buyer let buy: "had quietly let the Xland armed forces buy American-made equipment"; and
            # what licences covered: "the items licensed for export included spare parts".
            r"\blet\s+(?:[\w,'’&.-]+\s+){1,5}?buy\s+(?:U\.S\.|American)(?:-made|-built)?\b|"

            r"\b(?:items|goods|equipment|parts|arms|weapons)\s+licensed\s+for\s+export\b|"
            # The company described first: "moving to let Foo, a machine-tool maker in Milford, Massachusetts,
            # sell a milling machine to ...".
            r"\blet(?:s|ting)?\s+(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2},\s+(?:a|an|the)\s+[^.;]{1,80}?,\s+"
            r"(?:resume|sell|ship|export|supply)\b"),
         unless_tags=LISTED, requires=EXPORT_CONTEXT,
         # A rule that "permits certain exports" creates a licence exception; news reports a decision so.
         doc_types=("",),
         # "a distribution licence, which lets about 150 approved companies sell": a licence type described.
         # A law that "lets the President deny U.S. export licences" gives a power, not a sale.
         veto=_p(r"\b(?:rules?|regulations?|amendments?)\s+(?:that\s+|which\s+)?(?:allow|permit|authori[sz]|let)\w*|"
                 # A law in the making: "a bill with provisions ... that would let publishers export".
                 r"\b(?:provisions?|bills?|legislation|amendments?)\b[^.;]{0,80}?\bwould\s+(?:let|allow|permit|"
                 r"authori[sz]e)\b|"
                 r"\blicen[cs]e,?\s+(?:which|that)\s+(?:lets|allows|permits)\b|"
                 # Permission still needed is a requirement: "companies would still need permission to sell to
                 # foreign governments".
                 r"\b(?:need|require|must\s+(?:get|obtain|seek))\w*\s+(?:[\w-]+\s+)?(?:permission|approval|clearance)\b|"
                 # A licence's own terms, told in a case about it: "The licence allowed the company to ship
                 # ... but barred their resale"; the decision was the grant, told elsewhere if at all.
                 r"\b(?:the|its|his|her|their|this|that)\s+(?:[\w-]+\s+){0,2}?licen[cs]e\s+(?:had\s+|has\s+)?"
                 r"(?:allowed|permitted|authori[sz]ed|let)\s+(?:[\w,'’&.-]+\s+){1,6}?to\s+(?:ship|sell|export|suppl)|"
                 # The export declaration a shipper files is a report, no export let: "to let it avoid filing
                 # Electronic Export Information".
                 r"\bElectronic\s+Export\s+Information\b|"
                 # A multilateral scheme letting a member trade is the scheme's decision, no U.S. licence:
                 # "the Kimberley Process chair lets Xland sell its diamonds", "the NSG allows Xland to buy
                 # fuel".
                 rf"(?:{REGIME}|\bKimberley\s+Process)\b[^.;]{{0,40}}?\b(?:lets?|allow(?:s|ed)?|permit(?:s|ted)?)\s|"
                 rf"{POWER_GIVEN}|"
                 # A sanction's terms told as what the government will not do: "will not do business with the
                 # company nor let it export goods to the United States".
                 r"\bnor\s+(?:let|allow|permit|authori[sz]e)\b|"
                 # "lets exporters ship ... without individual licences": an authorisation for a class.
                 r"\bexceptions?\b|\bgeneral\s+licen|\bwithout\s+(?:a\s+|an\s+)?(?:individual\s+|separate\s+|specific\s+)?"
                 r"(?:export\s+)?licen")),
    # One exporter's terms agreed with the government are its export authorisation: "reached a compromise with
    # the federal government allowing the international version of its groupware to use 64-bit encryption".
    Rule("license.decision.government_deal", "license.decision",
         _p(r"\b(?:deal|compromise|agreement|arrangement|accord)\s+with\s+(?:the\s+)?(?:federal\s+|U\.S\.\s+|US\s+|"
            r"American\s+)?(?:government|administration|Washington)\b[^.;]{0,20}?\b(?:allowing|letting|permitting|"
            r"that\s+(?:allows|allowed|lets|let|permits|permitted))\b[^.;]{0,200}?\b(?:export\w*|ship\w*|sell|"
            r"international\s+versions?|abroad|overseas)\b"),
         doc_types=("",), requires=EXPORT_CONTEXT, unless_tags=LISTED, veto=HEDGE),
    # ... or a named buyer let buy one: "finalised an agreement in Washington allowing India to buy a Cray
    # X-MP supercomputer".
    Rule("license.decision.deal_lets_buy", "license.decision",
         _p(r"\b(?:agreement|deal|accord|arrangement)\b[^.;]{0,120}?\b(?:allowing|letting|permitting)\s+"
            r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s+to\s+(?:buy|purchase|acquire|import|receive)\s+"
            r"(?:an?|one|two|three|\d+)\s+(?:[\w-]+\s+){0,3}?(?:supercomputers?|computers?|satellites?|reactors?|machines?|"
            r"aircraft|jets?|engines?|systems?|fighters?|helicopters?)\b"),
         doc_types=("",), requires=_p(r"\bU\.\s?S\.|\bUnited\s+States\b|\bWashington\b|\bAmerican\b"),
         unless_tags=LISTED, veto=HEDGE),
    # ... or told it may buy one: "had told Xland it could buy an American supercomputer". The "could" is the
    # permission reported, so only a question ("whether", "if") hedges it.
    Rule("license.decision.told_may_buy", "license.decision",
         _p(r"\b(?:told|tells|informed|notified|assured)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s+"
            r"(?:that\s+)?(?:it|they)\s+(?:could|can|may|might|would\s+be\s+(?:allowed|permitted)\s+to)\s+"
            r"(?:buy|purchase|acquire|import)\s+(?:an?|one|two|three|\d+|the)\s+(?:[\w.-]+\s+){0,3}?(?:supercomputers?|"
            r"computers?|satellites?|reactors?|machines?|aircraft|jets?|engines?|systems?|fighters?|helicopters?|tanks|"
            r"missiles)\b"),
         doc_types=("",), requires=_p(r"\bU\.\s?S\.|\bUnited\s+States\b|\bWashington\b|\bAmerican\b"),
         unless_tags=LISTED, veto=_p(r"\b(?:whether|if)\b")),
    # A given arms sale halted, paused, cleared or pushed through is a decision on its licence: "invoked the
    # emergency provision to complete 22 pending arms transfers", "halted a planned sale of 26,000 rifles". A
    # country's arms sales banned or resumed as a whole are a requirement (license.arms_embargo).
    Rule("license.decision.arms_sale", "license.decision",
         # The agency that notifies each sale the State Department approved: "the Defense Security Cooperation
         # Agency's recent announcement of a sale to Xland worth about $300 million".
         _p(r"\b(?:DSCA|Defen[cs]e\s+Security\s+Cooperation\s+Agency)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?"
            r"(?:announcement|notification|notice)\s+of\s+(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,4}?(?:sale|package)\b|"
            # A named buyer cleared to buy arms: "Washington had cleared Xland to buy eight attack
            # helicopters".
            r"\b(?:cleared|approved|authori[sz]ed)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}to\s+(?:buy|purchase|acquire)\s+"
            r"(?:[\w$.,-]+\s+){0,5}?(?:rifles|guns|missiles|munitions|jets|fighters|aircraft|drones|helicopters|tanks|"
            r"bombs|weapons|arms)\b|"
            # ... or the way cleared for it: "had cleared the way for Xland's military to buy 15 Foo jet
            # engines".
            r"\bclear(?:s|ed|ing)?\s+the\s+way\s+for\s+(?:[\w.'’-]+\s+){1,4}?to\s+(?:buy|purchase|acquire)\s+"
            r"(?:[\w$.,-]+\s+){0,5}?(?:rifles|guns|missiles|munitions|jets|fighters|aircraft|drones|helicopters|tanks|"
            r"bombs|weapons|arms|engines|(?:super)?computers|satellites|reactors)\b|"
            # A sale agreed with Congress, or let go ahead: "reached agreement with Senate leaders on a $1
            # billion arms sale to Xland", "arms sale to Xland goes ahead as the review period runs out".
            rf"\bagree\w*\b{S}{{0,80}}?\b(?:on\s+)?(?:a|the)\s+\$[\d.,]+\s*(?:billion|million)?\s+(?:[\w-]+\s+)?"
            r"(?:arms|weapons|military)\s+(?:sales?|package|deal)\b|"
            r"\b(?:arms|weapons|military)\s+(?:sales?|package|deal)\s+(?:to\s+(?-i:[A-Z])[\w-]*\s+)?(?:will\s+)?"
            r"(?:go|goes|went|going)\s+ahead\b|"
            # Sales signed with a buyer: "Trump and the Xland king sign $110 billion in U.S. arms agreements".
            r"\bsign(?:s|ed|ing)?\s+(?:[\w$.,'’-]+\s+){0,4}?(?:U\.S\.\s+|American\s+)(?:arms|weapons|defen[cs]e|military)\s+"
            r"(?:agreements?|deals?|sales?|packages?)\b|"
            r"\b(?:halt|paus|approv|clear|complet|withdr[ae]w|block|froze|freez|suspend|nix|expedit|push(?:ed|es|ing)?"
            r"\s+through|fast-track|green-light|(?:go|goes|going|went|gone)\s+ahead\s+with|proceed\w*\s+with|delay|"
            # "would hold back a planned $53 million arms sale", "put on hold a pending sale of ...", "put off
            # indefinitely the proposed sale of arms to Xland".
            r"(?:hold|holds|holding|held)\s+back|(?:put|puts|putting)\s+on\s+hold|"
            r"(?:put|puts|putting)\s+off(?:\s+indefinitely)?|shelv)\w*\s+"
            r"(?:the\s+|a\s+|its\s+)?(?:[\w$.,'’-]+\s+){0,4}?"
            r"(?:pending|planned|proposed|possible|potential|\$[\d.,]+(?:\s*(?:billion|million))?|\d[\d,]*)\s+"
            r"(?:[\w'’-]+\s+){0,3}?(?:(?:arms|weapons|defen[cs]e|military|munitions)\s+(?:[\w-]+\s+)?"
            r"(?:sales?|transfers?|deals?|packages?)|(?:sales?|transfers?|shipments?|deliver(?:y|ies))\s+of\s+"
            r"(?:[\w,.-]+\s+){0,4}?(?:rifles|guns|missiles|munitions|jets|aircraft|drones|helicopters|tanks|bombs|arms|"
            r"weapons))\b|"
            # The count after the noun: "would approve the sale of 72 F-15 fighter jets to Saudi Arabia".
            # "would delay for four months the sale of at least nine F-16 fighters to Xland".
            # "plans to go ahead with the sale of 315 Foo tanks to Xland".
            r"\b(?:halt|paus|approv|clear|block|froze|freez|suspend|nix|expedit|delay|postpon|defer|"
            r"(?:go|goes|going|went|gone)\s+ahead\s+with|proceed(?:s|ed|ing)?\s+with)\w*\s+"
            r"(?:for\s+(?:[\w-]+\s+){1,2}?(?:days|weeks|months|years)\s+)?(?:the\s+|a\s+)?(?:proposed\s+|"
            r"planned\s+|pending\s+)?(?:sales?|transfers?|deliver(?:y|ies))\s+of\s+(?:up\s+to\s+|some\s+|about\s+|"
            r"at\s+least\s+|more\s+than\s+)?"
            rf"(?:\d[\d,]*|{NUMBER_WORDS}|twelve|dozens\s+of)\s+(?:[\w,.-]+\s+){{0,4}}?(?:rifles|guns|"
            r"missiles|munitions|jets|fighter(?:-bomber)?s|bombers|aircraft|warplanes|drones|helicopters|tanks|bombs)\b|"
            # A named product's sale to a named buyer, no count: "preparing to approve a sale of Foo jet
            # engines and related technology to Xland", "approved a possible sale of Foo's air-defence system
            # to Xland". A company's sale to another is an acquisition; an approval in the past perfect is the
            # story's background ("had approved the sale of ... radars").
            # The department that backs one approves it: "The State Department backed a possible sale of Foo
            # rocket launchers to Xland", "greenlit the proposed sale of ...".
            r"(?<!\bhad\s)\b(?:approv|clear|block|den(?:y|ied|ies)|halt|postpon|defer|green-?l(?:ight|it)|"
            r"(?:(?<=Department\s)|(?<=administration\s)|(?<=Washington\s))back(?=ed\b|s\b))\w*\s+(?:a|the)\s+"
            r"(?:possible\s+|proposed\s+|"
            r"planned\s+|pending\s+)?sale\s+of\s+(?:[\w$.,'’-]+\s+){0,8}?(?:engines?|systems?|technology|equipment|"
            r"satellites?|(?:super)?computers?|reactors?|radars?|aircraft|jets|fighters|missiles|helicopters|rockets|"
            r"launchers)\s+"
            r"(?:(?:and|or|with)\s+(?:[\w-]+\s+){0,3}?)?to\s+(?:the\s+)?(?-i:[A-Z])|"
            # Consent to another country's transfer of U.S.-made arms: "approved its request to sell the Arrow
            # 3 system to Germany", "pledged to expedite the third-party transfer approvals". A request to
            # sell at home ("to sell its sharpest pictures to all customers") names no destination.
            r"\b(?:approv|consent|den(?:y|ied|ies)|refus|reject|block)\w*\s+(?:[\w'’-]+\s+){0,3}?requests?\s+to\s+"
            r"(?:sell|transfer|re-?export|supply)\b(?=[^.;]{0,80}?\b(?:to\s+(?:the\s+)?(?-i:[A-Z])|abroad|overseas|"
            r"to\s+foreign\b|for\s+export))|"
            r"\bthird[- ]party\s+transfer\s+(?:approvals?|requests?|consents?)\b|"
            # A buyer's purchase agreement with the United States: "signed a $500 million agreement with the
            # United States to buy 10 F-16C/D fighter aircraft".
            r"\bsign(?:s|ed|ing)?\s+(?:an?\s+)?(?:\$[\d.,]+\s*(?:billion|million)\s+)?(?:agreement|deal|contract)\s+with\s+"
            r"the\s+United\s+States\s+(?:[\w,]+\s+){0,6}?to\s+(?:buy|purchase|acquire)\s+(?:[\w$.,/-]+\s+){0,4}?"
            r"(?:jets|fighters|aircraft|warplanes|missiles|tanks|helicopters|drones|frigates|submarines)\b|"
            # "Kuwait agreed to buy 236 M1A2 Abrams main battle tanks from the United States"
            r"\b(?:agreed|agrees|decided|chose|opted)\s+to\s+(?:buy|purchase|acquire)\s+(?:[\w$.,/-]+\s+){0,6}?(?:tanks|jets|"
            r"fighters|aircraft|warplanes|missiles|helicopters|drones|frigates|submarines|rifles)\s+"
            r"(?:[\w,$.-]+\s+){0,3}?from\s+the\s+United\s+States\b|"
            # The buyer let buy them: "decided to let Xland buy between six and 12 Foo transport aircraft".
            rf"\blet(?:s|ting)?\s+(?-i:{COUNTRY})\s+(?:buy|purchase|acquire)\s+(?:[\w$.,/-]+\s+){{0,8}}?(?:tanks|jets|"
            r"fighters|aircraft|warplanes|missiles|helicopters|drones|frigates|submarines|rifles)\b|"
            # A buyer's request for named arms decided: "deferred Taiwan's request for Arleigh Burke-class
            # destroyers"; a package offered: "decided to offer Taiwan four Kidd-class destroyers".
            r"\b(?:approv|grant|den(?:y|ied|ies)|refus|reject|defer|turn\w*\s+down)\w*\s+(?:[\w'’-]+\s+){0,2}?"
            r"requests?\s+for\s+(?:[\w-]+\s+){0,4}?(?:destroyers|frigates|submarines|jets|fighters|aircraft|warplanes|"
            r"missiles|tanks|helicopters|drones|rifles|munitions|bombs)\b|"
            # A named buyer's arms decided either way: "had decided not to sell Xland the advanced Foo fighter
            # aircraft it had been seeking".
            rf"\bdecid(?:ed|es)\s+(?:not\s+)?to\s+(?:sell|offer)\s+(?-i:{COUNTRY})\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,4}}?"
            r"(?:jets|fighters?|aircraft|warplanes|missiles|tanks|helicopters|drones|frigates|submarines|destroyers)\b|"
            # ... or with the buyer after them: "has decided to sell F-16 jet fighters to Xland".
            r"\bdecid(?:ed|es)\s+(?:not\s+)?to\s+(?:sell|offer|supply)\s+(?:the\s+|an?\s+)?(?:[\w$.,-]+\s+){0,5}?"
            r"(?:jets|fighters?|aircraft|warplanes|missiles|tanks|helicopters|drones|frigates|submarines|destroyers)\s+"
            rf"to\s+(?:the\s+)?(?-i:{COUNTRY})\b|"
            # A sale proposed to a buyer: "has proposed selling up to six Foo helicopters to Xland".
            rf"\bpropos(?:e|es|ed|ing)\s+(?:to\s+sell|selling)\s+(?:up\s+to\s+|some\s+|about\s+)?(?:\d[\d,]*|{NUMBER_WORDS}|"
            r"twelve)\s+(?:[\w.,-]+\s+){0,4}?(?:rifles|guns|missiles|munitions|jets|fighter(?:-bomber)?s|bombers|aircraft|"
            r"warplanes|drones|helicopters|tanks|bombs|frigates|submarines|destroyers)\s+to\s+(?:the\s+)?(?-i:[A-Z])|"
            # "decided to sell Saudi Arabia 120 Foo air-defence missiles".
            rf"\b(?:offer|sell)(?:s|ed|ing)?\s+(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?\s+(?:up\s+to\s+)?(?:\d[\d,]*|{NUMBER_WORDS}|twelve|"
            r"dozens\s+of)\s+(?:[\w-]+\s+){0,3}?(?:destroyers|frigates|submarines|jets|fighter(?:-bomber)?s|bombers|"
            r"aircraft|warplanes|missiles|tanks|helicopters|drones)\b|"
            # Sales announced to named buyers: "would announce arms deals worth at least $20 billion with
            # Xland".
            r"\bannounc\w*\s+(?:[\w$.,'’-]+\s+){0,4}?(?:arms|weapons|military)\s+(?:sales?|deals?|packages?)\s+"
            r"(?:worth\s+(?:[\w$.,-]+\s+){1,4}?)?(?:to|with)\s+(?:the\s+)?(?-i:[A-Z])|"
            # Named arms refused a buyer: "ruled out supplying the F-16 fighters Xland had long wanted".
            r"\brul(?:e|es|ed|ing)\s+out\s+(?:supplying|selling|the\s+sale\s+of|delivering|transferring|providing)\s+"
            r"(?:[\w$.,'’-]+\s+){0,5}?(?:F-\d+\w*|jets|fighters|aircraft|warplanes|helicopters|tanks|missiles|arms|"
            r"weapons)\b|"
            # A transfer notified in a paper sent: "sent Congress a two-page notification proposing that aid
            # be used to upgrade Xland's F-16 fighters".
            rf"\bsen[dt]s?\s+{CONGRESS}\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?notification\b{S}{{0,120}}?\b(?:sales?|transfers?|"
            r"upgrades?|packages?)\b|"
            # Named warplanes kept from a buyer, in the passive: "six F-16s due to fly to Xland would be held
            # back".
            rf"\b(?:\d[\d,]*|{NUMBER_WORDS})\s+(?:[\w-]+\s+){{0,2}}?(?:F-\d+\w*|jets|fighters|aircraft|warplanes|helicopters|"
            r"tanks|missiles)\s+(?:[^.;]{0,60}?\s)?(?:would\s+be|will\s+be|were|are)\s+(?:being\s+)?(?:held\s+back|"
            r"withheld)\b|"
            # Named deliveries held or released: "delay indefinitely the delivery of four F-16 fighter jets",
            # "paused a shipment to Xland of 1,800 2,000-pound bombs".
            r"\b(?:delay|paus|halt|suspend|withh[oe]ld|stop|block|froze|freez|resum|releas)\w*\s+(?:indefinitely\s+)?"
            r"(?:the\s+|a\s+|an\s+|its\s+)?(?:planned\s+|scheduled\s+|pending\s+)?(?:deliver(?:y|ies)|shipments?)\s+"
            r"(?:to\s+(?:[\w'’.-]+\s+){1,3}?)?of\s+(?:[\w$.,'’-]+\s+){0,5}?(?:F-\d+\w*|jets|aircraft|warplanes|"
            r"helicopters|tanks|missiles|bombs|munitions|ammunition|shells|rifles|weapons|arms|drones|"
            r"(?:military|weapons?|defen[cs]e)\s+"
            r"systems)\b|"
            # A buyer's held-up arms let go: "authorised the first deliveries of American military equipment
            # to Xland since the ban".
            r"\bauthori[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?:first\s+)?deliver(?:y|ies)\s+of\s+(?:[\w-]+\s+){0,3}?"
            r"(?:military|defen[cs]e)\s+equipment\b|"
            # Named weapons held for one buyer: "put a hold on transfers of cluster bombs to Saudi Arabia",
            # "blocks cluster-bomb sales to Saudis". A whole country barred is a requirement.
            r"\b(?:put|puts|putting|plac\w*|impos\w*)\s+(?:a\s+)?(?:hold|freeze|pause)\s+on\s+(?:the\s+|further\s+|all\s+)?"
            r"(?:sales?|transfers?|shipments?|deliver(?:y|ies))\s+of\s+(?:[\w-]+\s+){0,3}?(?:rifles|guns|missiles|"
            r"munitions|jets|fighters|aircraft|warplanes|drones|helicopters|tanks|bombs)\b|"
            r"\b(?:halt|paus|block|froze|freez|suspend|nix|stop|delay|withh[oe]ld)\w*\s+(?:[\w-]+[\s-])?(?:bomb|missile|"
            r"jet|rifle|tank|drone|helicopter|munition|fighter)s?\s+(?:sales|transfers|shipments|deliveries)\s+to\s+"
            r"(?-i:[A-Z])|"
            # Paid-for arms released: "would go ahead with shipping to Pakistan about $368 million in arms".
            r"\b(?:go|goes|going|went|gone)\s+ahead\s+with\s+(?:shipping|selling|delivering|transferring|releasing)\b"
            rf"{S}{{0,100}}?\b(?:arms|weapons|jets|fighters|aircraft|warplanes|missiles|tanks|helicopters)\b|"
            # Held arms released: "lifting the freeze on deliveries of major weapons to Egypt".
            r"\b(?:lift|end|eas|releas)\w*\s+(?:the\s+|a\s+|its\s+)?(?:freeze|hold|pause|suspension)\s+on\s+(?:the\s+)?"
            r"(?:deliver(?:y|ies)|sales?|transfers?|shipments?)\s+of\s+(?:[\w-]+\s+){0,3}?(?:arms|weapons|aircraft|jets|"
            r"fighters|missiles|munitions|tanks|helicopters|drones)\b|"
            # "lifting the holds it had placed on security assistance to the Xland Defense Force".
            r"\b(?:lift|end|releas)\w*\s+(?:the\s+|its\s+)?holds\s+(?:(?:it|that|which)\s+had\s+(?:placed|put|imposed)\s+)?"
            r"on\s+(?:security\s+assistance|arms\s+(?:sales|transfers)|weapons|military\s+aid)\s+to\b|"
            # A sale notified to Congress is the executive's approval, in the news (the Federal Register
            # prints the transmittals weeks later, as notices of no decision).
            # "formally notified Congress on Wednesday of a $1.83 billion arms sale package", "told Congress,
            # through a Defense Security Cooperation Agency notice, that it planned to let Xland buy ...".
            # "tells Congress it plans $400 million missile sale to Xland".
            # "notified U.S. lawmakers on Tuesday of a possible sale to Xland"; "Congress would soon be
            # notified of a sale of 20 Foo helicopters to Xland".
            rf"\b(?:notif(?:y|ies|ied|ying)|told|tells|inform(?:s|ed))\s+{CONGRESS}{S}{{0,80}}?\b(?:of|about|that|it)\s+"
            # ... or by the verb: "had told Congress it intended to sell fighter jets to ...".
            r"(?:[\w$.,'’-]+\s+){0,8}?(?:sale|transfer|deal|package|upgrade|buy|purchase|sell|supply)s?\b|"
            rf"{CONGRESS}\s+(?:was|were|has\s+been|had\s+been|would\s+(?:soon\s+)?be|will\s+(?:soon\s+)?be|is\s+being)\s+"
            r"(?:formally\s+|soon\s+)?(?:notified|told|informed)\s+(?:of|about)\s+(?:[\w$.,'’-]+\s+){0,8}?"
            r"(?:sale|transfer|deal|package)s?\b|"
            r"\bnotification\s+to\s+(?:the\s+)?Congress\s+of\s+(?:[\w$.,'’-]+\s+){0,6}?(?:sale|transfer|package)s?\b|"
            # The Arms Export Control Act's review: a notified sale goes ahead "unless Congress objects"
            # within its thirty days.
            rf"\b(?:sales?|transfers?|deals?|packages?)\b{S}{{0,120}}?{CONGRESS_OBJECTS}|"
            rf"{CONGRESS_OBJECTS}\b{S}{{0,80}}?\b(?:sales?|transfers?|deals?|packages?)\b"),
         doc_types=("",), unless_tags=LISTED,
         veto=_p(rf"{HEDGE.pattern}|{OTHER_BODIES}|\bmay\s+(?:soon\s+|still\s+)?(?:approv|clear|halt|block|paus|suspend|"
                 r"freez)\w*")),
    # A licence named by the decision taken on it: "the revocation of Gertler's licence", "suspension of the
    # export licence". A licence of another trade is outside the taxonomy.
    Rule("license.decision.decision_of_licence", "license.decision",
         _p(r"\b(?:revocation|suspension|cancell?ation|withdrawal|denial|approval|renewal|extension|reinstatement|"
            r"non-renewal|termination|issuance)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?"
            r"(?:[\w.'’&-]+\s+){0,3}?(?:licen[cs]es?|waivers?)\b(?!\s+(?:exceptions?|requirements?|polic\w+|fees?))|"
            # One transaction decided: "the department's approval of an export of 227 tons of graphite".
            r"\b(?:approval|denial)\s+of\s+(?:an?|the)\s+(?:proposed\s+)?(?:export|re-?export|sale|shipment)\s+of\b"),
         requires=EXPORT_CONTEXT, unless_tags=LISTED,
         veto=_p(rf"{LICENCE_DECISION_VETO.pattern}|{OTHER_REGIMES_LICENCE}|{HEDGE.pattern}")),
    # A sanctions waiver or exemption is a licence by another name: "exempted India from sanctions for its
    # work on the port", "granted Iraq a waiver from U.S. sanctions", "waived sanctions to let the funds
    # move", "let the waivers lapse".
    Rule("license.decision.sanctions_waiver", "license.decision",
         _p(r"\bexempt(?:s|ed|ing)?\s+(?:[\w.,'’&-]+\s+){1,5}?from\s+(?:U\.S\.\s+|US\s+|American\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,2}sanctions\b|"
            # Several named projects may stand between: "exempting the Foo Pipeline Consortium, Bar and the
            # Baz field project from the sanctions imposed on Qux Oil".
            rf"{NAMED_EXEMPTED}|"
            # ... or named parties "are exempted from the sanctions Washington imposed on their parent".
            r"\b(?:are|is|were|was|have\s+been|has\s+been)\s+(?:now\s+)?exempted\s+from\s+(?:U\.S\.\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,2}?sanctions\b|"
            rf"\b(?:grant|issu|approv|extend|renew|gave|give|award|revok|withdr[ae]w|end|cancel|secur|obtain|receiv|"
            rf"w[io]n|g[eo]t)\w*\s+(?:[\w.,'’&-]+\s+){{0,5}}?(?:waivers?|exemptions?)\b{S}{{0,60}}?\bsanctions\b|"
            r"\bwaiv(?:e|es|ed|ing)\s+(?:[\w.'’-]+\s+){0,3}?sanctions\b|"
            # "would end the sanctions waivers that let foreign companies work on ... projects".
            # "renews Xland oil-sanctions exceptions for Foo and Bar".
            r"\b(?:grant|issu|extend|renew|revok|withdr[ae]w|end|cancel|terminat|rescind)\w*\s+(?:the\s+|its\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:\w+-)?sanctions\s+(?:waivers?|exemptions?|exceptions?)\b|"
            # A buyer found to meet a law's terms: "had again qualified for an exception to the sanctions".
            r"\bqualif(?:y|ies|ied)\s+(?:again\s+)?for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:exceptions?|exemptions?|"
            r"waivers?)\s+(?:to|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?sanctions\b|"
            r"\b(?:let|allow)\w*\s+(?:[\w.'’-]+\s+){0,4}?(?:sanctions?\s+)?(?:waivers?|licen[cs]es?|exemptions?)\s+"
            r"(?:to\s+)?(?:lapse|expire)\b|"
            # An exemption from the export regulations for one party: "granted the group an exemption from the
            # International Traffic in Arms Regulations for the files".
            r"\b(?:grant|gave|give|issu|approv)\w*\s+(?:[\w.,'’&-]+\s+){0,5}?(?:an?\s+)?exemptions?\s+from\s+(?:the\s+)?"
            r"(?:ITAR|International\s+Traffic\s+in\s+Arms\s+Regulations|EAR|Export\s+Administration\s+Regulations)\b|"
            # Relief for named companies kept up is a licence renewed: "has again prolonged its easing of
            # sanctions on nine Xland enterprises" (relief for a whole country is its programme's).
            r"\b(?:prolong|extend|renew)\w*\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:easing|relief|suspension)\s+of\s+"
            rf"(?:the\s+)?sanctions\s+(?:on|against|for)\s+(?:(?:\d+|{NUMBER_WORDS})\s+)?(?:[\w-]+\s+){{0,2}}?"
            r"(?:enterprises|companies|firms|entities|banks|businesses|refineries|plants)\b"),
         doc_types=("",), requires=EXPORT_CONTEXT,
         # A class of goods exempted names no licensee ("exempts Xland oil at sea from sanctions"): the
         # programme's requirement eased, not one party's licence.
         veto=_p(rf"{HEDGE.pattern}|{ASKED_FOR}|{OTHER_REGIMES_LICENCE}|"
                 rf"\bpolicy\s+of\s+(?:granting|approving|issuing)\s+no\b|{POWER_GIVEN}|"
                 r"\bexempt(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?(?:oil|crude|petroleum|gas|grain|wheat|food|medicines?|"
                 r"cargoes|goods|products)\b")),
    # A presidential certification that named exports may go ahead: "certified under section 1512 ... that
    # three exports to China would not harm the U.S. space launch industry".
    Rule("license.decision.export_certified", "license.decision",
         _p(rf"\bcertif(?:y|ies|ied|ying)\b{S}{{0,200}}?\bthat\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:exports?|"
            rf"transfers?|shipments?)\s+(?:of\s+{S}{{0,80}}?)?to\s+(?-i:{COUNTRY})\s+(?:would|will|do|does|did)\s+not\b"),
         doc_types=("",),
         veto=_p(rf"\b(?:would|must|shall)\s+(?:have\s+to\s+)?certify\b|\brequires?\b|{POWER_GIVEN}")),
    # The Energy Department's specific authorisations under 10 CFR Part 810 let one company transfer nuclear
    # technology abroad: "granted Foo International a specific authorisation under its 10 CFR Part 810
    # rules to share ... technology with three Xland companies".
    Rule("license.decision.part_810", "license.decision",
         _p(rf"\b(?:grant|issu|approv|gave|give|den(?:y|ied|ies)|revok)\w*\b{S}{{0,80}}?\b(?:specific\s+)?authori[sz]ations?\b"
            rf"{S}{{0,60}}?\bPart\s+810\b|\bPart\s+810\s+(?:specific\s+)?(?:authori[sz]ations?|approvals?)\b"),
         veto=_p(rf"{HEDGE.pattern}|{ASKED_FOR}")),
    # A waiver named by whom it lets act: "a 120-day waiver letting Iraq pay for Iranian power", "the waiver
    # that let Foo Energy ...". A waiver a party asks for is not granted yet.
    Rule("license.decision.waiver_letting", "license.decision",
         _p(r"\bwaivers?\s+(?:allowing|letting|that\s+(?:allows?|lets?|allowed)|which\s+(?:allows?|lets?|allowed))\s+"
            r"(?-i:[A-Z])|"
            # An exemption from sanctions, by whom it lets act: "extended the exemption that lets Xland keep
            # paying for gas through a bank despite U.S. sanctions".
            r"\bexemptions?\s+(?:allowing|letting|that\s+(?:allows?|lets?|allowed)|which\s+(?:allows?|lets?|allowed))\s+"
            rf"(?-i:[A-Z]){S}{{0,160}}?\bsanctions\b"),
         doc_types=("",),
         # Waivers a bill lets Congress block are no one's: "let Congress block waivers allowing U.S. firms".
         veto=_p(rf"{HEDGE.pattern}|{ASKED_FOR}|{POWER_GIVEN}|{BAR}(?:[\w-]+\s+){{0,2}}?waivers?\b")),
    # An exemption from a ban for one named company's shipment: "granted an exemption from his sanctions
    # against Xland so that Foo Aircraft could deliver four jets".
    Rule("license.decision.exemption_for_one", "license.decision",
         _p(rf"\bgrant\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:exemption|waiver|exception)s?\b{S}{{0,160}}?\bso\s+"
            r"that\s+(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}\s+(?:could|can|might|would\s+be\s+able\s+to)\s+"
            r"(?:deliver|export|sell|ship|supply)\b"),
         # Not HEDGE: the firm "could deliver" once exempted.
         requires=EXPORT_CONTEXT,
         veto=_p(r"\bwhether\b|\b(?:consider|weigh|mull|propos|seek|sought|ask|refus|declin|den(?:y|ied|ies))\w*\b")),
    # A sanctions deadline pushed back is a licence extended: "OFAC extended the deadline for wind-down
    # transactions with the company". Comment and application deadlines are procedure.
    Rule("license.decision.deadline_extended", "license.decision",
         _p(r"\b(?:extend\w*|push\w*\s+back|postpon\w*|delay\w*)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:deadline|wind-?down\s+period|expiry|expiration)\b|"
            # The new date first: "pushed back to October 23 (from June 5) the deadline for U.S. customers".
            r"\b(?:push\w*\s+back|postpon\w*|mov\w*)\s+to\s+(?-i:[A-Z][a-z]+)\s+\d{1,2}(?:,\s+\d{4})?\s+"
            r"(?:\((?:from\s+)?[\w\s,]{3,30}\)\s+)?the\s+(?:[\w-]+\s+){0,2}?deadline\b|"
            # A later date put for an earlier one: "until October 23 instead of the June 5 deadline".
            r"\b(?:until|through|to)\s+(?:[\w,]+\s+){1,3}?instead\s+of\s+(?:the\s+)?(?:[\w,]+\s+){0,3}?deadline\b"),
         doc_types=("",), requires=_p(r"\bsanction|\bOFAC\b|Foreign\s+Assets\s+Control|\bwind[- ]?down"),
         veto=_p(rf"{HEDGE.pattern}|\bcomments?\b|\bapplications?\s+deadline")),
    # A headline's verb is the decision ("Commerce clears Nvidia AI-chip sales to ..."); in a story's body the
    # same words describe what a rule authorises.
    Rule("license.decision.headline_clears", "license.decision",
         _p(r"\b(?:clears?|cleared|approves?|approved|authori[sz]es|authori[sz]ed)\s+"
            r"(?:(?!curbs|controls|restrictions|rules|limits|bans)[\w-]+\s+){0,3}(?:sales|shipments|exports)\s+to\b|"
            # ... and so is a buyer's purchase cleared: "U.S. greenlights Xland Foo rocket acquisition",
            # "clears Xland's bid to buy ...".
            r"\b(?:clears?|cleared|approves?|approved|green-?lights?|green-?lit|green-?lighted|backs|backed)\s+"
            rf"(?-i:{COUNTRY})(?:['’]s)?\s+(?:[\w-]+\s+){{0,3}}?(?:acquisition|purchase|buy|bid\s+to\s+buy)\b"),
         fields=("title",), doc_types=("",), unless_tags=LISTED),
    # News of a licence decided names the general licence revoked or extended: the decision is the news. It
    # comes after the decision rules, which it waits for.
    # A sanctions programme's general licence that authorises exports of goods to its country lifts the
    # specific-licence requirement for them ("general licenses authorizing the exportation ... of food items
    # to Iran"); one for financial services or investment is the programme's alone.
    Rule("license.sanctions_export_licence", "license.requirement",
         _p(r"\b(?:authori[sz]|allow|permit|widen|expand)\w*\s+(?:the\s+|certain\s+|U\.S\.\s+)?(?:(?:export|exportation|"
            r"re-?export|reexportation)s?\b(?:\s+(?:or|and)\s+(?:re-?export\w*|exportation))?|sales?\s+and\s+exports?)\s+"
            r"(?:of\s+)?(?:[\w,-]+\s+){0,6}?(?:to|from)\b|"
            r"\b(?:export|exportation|re-?export\w*)s?\s+of\s+(?:[\w,-]+\s+){0,6}?(?:that\s+)?(?:U\.S\.\s+persons\s+)?may\s+"
            r"(?:provide|export)|"
            # "transactions supporting the sale, supply, storage or donation of energy ... to or within X".
            r"\b(?:transactions|dealings)\s+(?:supporting|(?:that\s+)?relat(?:e|es|ed|ing)\s+to|"
            r"ordinarily\s+incident\s+(?:and\s+necessary\s+)?to|for)\s+"
            r"(?:the\s+)?(?:sale|supply|exportation|export|shipment|delivery|donation)s?\b"
            r"(?:,?\s+(?:or\s+|and\s+)?[\w-]+){0,4}\s+of\s+(?:[\w,-]+\s+){0,8}?to\b"),
         requires=_p(r"\bgeneral\s+licen[cs]"),
         veto=_p(rf"{HEDGE.pattern}|(?<!non-)financial\s+services|\binvestment")),
    # A programme's licensing provisions amended for exports: "amend the licensing provisions of the Cuban
    # Assets Control Regulations ... as they relate to the exportation ... of agricultural commodities".
    Rule("license.licensing_provisions", "license.requirement",
         _p(rf"\b(?:amend|revis|modif|chang|eas|relax|tighten)\w*\s+(?:the\s+)?licensing\s+(?:provisions|polic(?:y|ies)|"
            rf"procedures)\b{S}{{0,240}}?\b(?:export|exportation|re-?export\w*)\b"),
         veto=HEDGE),
    # A shipment "exported ... under general license G-DEST" is one exporter's conduct, no rule.
    # A case's general licence is why the conduct was or was not covered, no requirement set.
    # "the general licensing policy for Xland" is the policy at large, no general licence.
    Rule("license.general_license", "license.requirement",
         _p(rf"(?<!temporary )\bgeneral\s+{LICENCE}(?!\s+polic)"),
         requires=EXPORT_CONTEXT, unless_tags=(*LISTED, *SANCTIONS, "license.decision"),
         unless_rules=("export_control.enforcement",),
         # Whether one trip or meeting qualifies for a general licence is a decision about it.
         # So are transactions a violator "reported ... under General License No. 5" after its deadline.
         # A licence to wind down dealings goes with new sanctions; it sets no requirement of its own.
         veto=_p(r"\bwind(?:s|ing)?[\s-]+down\b|"
                 rf"\b(?:exported|shipped|sent|sold|re-?exported|reported|processed|conducted)\b{S}{{0,80}}?\bunder\s+"
                 rf"(?:a\s+|the\s+)?general\s+"
                 rf"{LICENCE}|\bqualif(?:y|ies|ied)\s+for\s+(?:the\s+|a\s+)?general\s+{LICENCE}|"
                 # A violator's reasoning: "wrongly concluding that a general licence covered it".
                 rf"\b(?:conclud\w*|believ\w*|assum\w*|thought)\s+(?:that\s+)?(?:[\w-]+\s+){{0,2}}?general\s+{LICENCE}")),
    # --- sanctions ------------------------------------------------------------------------------------------
    Rule("sanctions.designated", "sanctions.designation",
         # "tied to a designated terrorist organisation", "dealings with designated persons": the adjective
         # names an earlier designation; so does the past perfect ("had been designated because ...").
         # After a preposition it is an adjective too: "assets belonging to designated terrorist groups".
         _p(r"(?<!specially )(?:(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bwith\s)(?<!\binvolving\s)"
            r"(?<!\bto\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bby\s)"
            # Groups a party backed: "has supported designated terrorist organisations".
            r"(?<!\bsupported\s)(?<!\bsupports\s)(?<!\bsupporting\s)(?<!\bfunded\s)(?<!\bfinanced\s)(?<!\bbacked\s)"
            # "an auction run by Foo, which was designated under Executive Order 13405 in 2008": background.
            r"(?<!\bhad\sbeen\s)(?<!\bwhich\swas\s)(?<!\bwhich\swere\s)(?<!\bwho\swas\s)(?<!\bwho\swere\s)"
            # "banks and companies already designated under U.S. sanctions": an earlier designation.
            r"(?<!\balready\s)"
            # An office's compound adjective: "a State Department-designated terrorist organization".
            r"(?<!-)\bdesignated|\bdesignat(?:e|es|ing|ions?))\b"
            rf"(?!(?<=\bhad\sdesignated){HAD_DESIGNATED_IN})"
            # "the Foreign Narcotics Kingpin Designation Act, a provision that sets up ...": a law's name;
            # "lets the Treasury designate any person as part of the Government of Xland": a power, used on
            # no one.
            r"(?!\s+Act\b)(?!\s+any\b)"
            rf"{S}{{0,120}}?\b"
            # "designated 12 distributors for inclusion on the Entity List" is a listing, not a designation.
            r"(?:individuals?|entit(?:y|ies)(?!\s+List)|persons?|compan(?:y|ies)|groups?|leaders?|organi[sz]ations?|"
            r"vessels?|aircraft|Specially\s+Designated|SDN|(?:Global\s+)?Terrorists?|"
            # "designated seven Xland officials and blocked two government bodies".
            # ... or by nationality: "designated eight Xlandic nationals".
            r"officials|officers|ministers|members|commanders|executives|businessm[ae]n|financiers|facilitators|"
            r"nationals|citizens|"
            # One office-holder: "designate Foo Bar, prime minister of the Tripoli-based government".
            r"(?:prime\s+)?minister|governor|commander|chairman|"
            # The World Bank lends; it is nobody's designee ("the designation ... bars World Bank lending").
            r"networks?|(?<!World\s)banks?|firms?|militias?|cartels?|"
            r"pursuant\s+to\s+(?:E\.O\.|Executive\s+Order)|"
            # "designates Iran's oil ministry under a counter-terrorism order"
            # "designated Foo Bar ... under the Global Magnitsky corruption programme"
            r"under\s+(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,3}?(?:order|executive\s+order|E\.O\.|authorit(?:y|ies)|"
            r"program(?:me)?)|"
            # "designated ... as appropriate for sanctions under the Foreign Narcotics Kingpin Act"
            r"Kingpin\s+(?:Designation\s+)?Act)\b"),
         # The Pentagon's "Communist Chinese military company" label is no OFAC or State designation.
         veto=_p(r"\bfootnote\b|\bdesignated\s+as\s+(?:defense\s+articles|a\s+major)|\bmajor\s+non-NATO|"
                 r"\bPentagon\b|\b(?:Defense\s+Department|Department\s+of\s+Defense)\b|\bmilitary\s+compan|"
                 # Commerce names military end users; that list is another list.
                 r"\bmilitary\s+end[- ]users?\b|"
                 r"\bdesignated\s+(?:official|agency|port)|\bno\s+(?:such\s+|new\s+)?designations?\b|"
                 # A status a designation confers on a market's or an economy's players: "designated primary
                 # dealers in government securities", "designated as a free trade zone".
                 r"\bdesignated\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:dealers?|depositor(?:y|ies)|clearing\s+agenc|"
                 r"(?:free\s+trade\s+|enterprise\s+|economic\s+)zones?|beneficiar(?:y|ies)\b)|"
                 # An order under the International Organizations Immunities Act designates a body "as a
                 # public international organization": privileges conferred, no sanctions.
                 r"\bpublic\s+international\s+organi[sz]ations?\b|\bOrganizations\s+Immunities\s+Act\b|"
                 # BIS names "related persons" to its denial orders: a denial's reach, no sanctions
                 # designation; its "Controls on Designated Terrorists" set licence requirements for them.
                 r"\brelated\s+persons?\b|\bControls\s+on\s+Designated\b|"
                 # The Terrorist Exclusion List is the immigration law's: its groups are kept out of the
                 # country, their property is not blocked.
                 r"\bTerrorist\s+Exclusion\s+List\b|\bfor\s+immigration\s+purposes\b|"
                 # So is a visa ban, and so is a currency manipulator named; a country designated for the visa
                 # waiver programme lets its nationals in.
                 rf"{VISA_BAN}|{CURRENCY_MANIPULATOR}|\bvisa\s+waiver\b|\bcountr(?:y|ies)\s+whose\s+(?:nationals|citizens)\b|"
                 # Designated parties as a class ("preventing designated entities and terrorist organizations
                 # from using U.S. websites") are those already listed, and a party's designation dated
                 # earlier ("the Foo Front's designation earlier in 2001") is the background of other news.
                 r"\b(?:prevent\w*|stop\w*|help\w*|for|with|to|of|by|from|against)\s+designated\s+(?:entities|persons|"
                 r"individuals|parties|groups|organi[sz]ations|nationals)\b|"
                 r"\bdesignation\s+(?:earlier|last)\s+(?:in\s+(?:19|20)\d\d|this\s+year|year)\b|"
                 # ... and so are designations named by their date: "looked back at the December 2018
                 # designations of a retired general and six companies".
                 rf"\bthe\s+(?:(?:{MONTH_NAMES})\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+)?designations?\b|"
                 # "When OFAC designated Foo ... on February 24, 2015, Bar's screening failed": a dated
                 # earlier designation in a time clause is the background of a case.
                 rf"{DESIGNATED_BEFORE}|"
                 # ... and so is a person's own designation as a time: "after his designation, he kept
                 # paying".
                 r"\b(?:after|since|before|following|until|upon)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?designation\b|"
                 # An entry's type re-designated ("re-designates one existing entry on the list as a
                 # government entity") revises a list entry.
                 r"\b(?:re-?)?designat\w*\s+(?:[\w-]+\s+){0,3}?entr(?:y|ies)\b|"
                 # An appointment: "Designation of Entity To Maintain and Operate the Foo Program".
                 r"\bdesignat\w*\s+(?:of\s+)?(?:an?\s+|the\s+)?(?:entity|organi[sz]ation|company|firm|body|agency|"
                 r"contractor)\s+to\s+(?:maintain|operate|serve|administer|manage|act\s+as|perform|run|conduct)\b"),
         # A story about the immigration law's exclusion list speaks of its designations throughout.
         unless_title=_p(rf"{DEFINITION_TITLE.pattern}|\bexclusion\s+list\b"),
         # A designation a later sentence calls a visa ban ("The designation makes Foo ... ineligible to enter
         # the United States") blocks nothing.
         unless_prose=_p(r"\bdesignations?\s+(?:makes?|made|renders?|rendered)\s+(?:[\w.'’-]+\s+){0,6}?ineligible\s+"
                         r"(?:to\s+enter|for\s+(?:entry|admission|visas?))\b")),
    # The office designating a party by name: "the U.S. Treasury had on Wednesday designated the Foo Financial
    # Society". An earlier designation told as background is another's.
    Rule("sanctions.office_designated", "sanctions.designation",
         _p(rf"(?<!\bwhich\s)(?<!\bwhom\s)(?<!\bthat\s)\b{OFFICE}\s+(?:(?:has|had|have)\s+)?"
            r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today)\s+|also\s+|now\s+)?"
            r"designated\s+(?:the\s+)?(?-i:[A-Z])"),
         doc_types=("",),
         veto=_p(rf"{HEDGE.pattern}|{DESIGNATED_BEFORE}|{IN_YEAR}|{CURRENCY_MANIPULATOR}|"
                 rf"\b(?:which|whom|that|after|since|when)\s+(?:the\s+)?"
                 rf"(?:U\.S\.\s+)?{OFFICE}\s+(?:had\s+|has\s+)?designated\b")),
    # A designation by its class, however many names and descriptions stand between: "designated Foo, a
    # splinter faction of ..., and Bar, a member of the cell behind ..., as Specially Designated Global
    # Terrorists". An earlier one told as background is not this one.
    Rule("sanctions.designated_as", "sanctions.designation",
         _p(r"\b(?=[dD])(?<!\bhad\sbeen\s)(?<!\bwhich\swas\s)(?<!\bwhich\swere\s)(?<!\bwho\swas\s)(?<!\bwho\swere\s)"
            rf"designat(?:e|es|ed|ing)\b{S}{{0,300}}?\bas\s+(?:an?\s+)?(?:Specially\s+Designated\s+(?:Global\s+)?"
            r"(?:Terrorists?|Nationals?|Narcotics\s+Traffickers?)|Foreign\s+Terrorist\s+Organi[sz]ations?|SDGTs?|FTOs?)\b"),
         veto=HEDGE),
    # The Kingpin Act's own class: "named five individuals and one organisation as significant foreign
    # narcotics traffickers", "identified the Foo Cartel ... as significant foreign narcotics traffickers".
    Rule("sanctions.named_kingpins", "sanctions.designation",
         _p(r"\b(?=[nNiIdD])(?<!\bhad\sbeen\s)(?<!\bwhich\swas\s)(?<!\bwho\swas\s)(?:nam|identif|designat)\w*\b"
            rf"{S}{{0,200}}?\b(?:as\s+(?:an?\s+)?significant\s+foreign\s+narcotics?\s+traffickers?\b|"
            # "named two women as money launderers for the network of Foo Bar under the Kingpin Act".
            r"under\s+the\s+(?:Foreign\s+Narcotics\s+)?Kingpin\s+(?:Designation\s+)?Act\b)"),
         veto=_p(rf"{HEDGE.pattern}|{DESIGNATED_BEFORE}|{HAD_LISTED_IN}")),
    # The past perfect in reported speech is the news itself: "announced on August 20 that four more court
    # officials had been designated under Executive Order 14203" (one dated by its year is background).
    Rule("sanctions.announced_designated", "sanctions.designation",
         _p(r"\b(?:announc\w*|said|says|stated|confirmed)\b[^.;]{0,80}?\bthat\s+[^.;]{0,160}?\bhad\s+been\s+"
            r"designated\s+(?:under|as|pursuant|for)\b"),
         veto=_p(rf"{HEDGE.pattern}|\bhad\s+been\s+designated\b{HAD_DESIGNATED_IN}")),
    # A round of sanctions told with the parties it hits: "issued its sixth round of sanctions over settler
    # violence, blacklisting Foo, a group that ..., and Bar Baz".
    Rule("sanctions.round_naming", "sanctions.designation",
         _p(r"\b(?:round|batch|wave|tranche)\s+of\s+(?:[\w-]+\s+)?sanctions\b[^.;]{0,160}?,\s+(?:blacklisting|"
            r"designating|sanctioning|targeting)\s+(?-i:[A-Z])"),
         doc_types=("",), veto=_p(rf"{HEDGE.pattern}|{OTHER_BODIES}")),
    # A blacklist whose parties may not be bought from is a sanctions list, not the export Entity List:
    # "blacklisted 150 Xland officials, barring U.S. purchases from them", "forbidding U.S. companies from
    # buying from them".
    Rule("sanctions.purchase_blacklist", "sanctions.designation",
         _p(rf"\bblacklist\w*\b{S}{{0,200}}?\b(?:bar|forbid|prohibit|ban)\w*\b{S}{{0,80}}?\b(?:purchases?|buying|"
            r"importing|imports)\s+from\b"),
         veto=HEDGE),
    # Designations counted are designations made: "began enforcing the act with 39 Treasury and State
    # Department designations, including ...".
    Rule("sanctions.counted_designations", "sanctions.designation",
         # A count, not a year: "2018 alongside OFAC sectoral sanctions designations" dates them.
         _p(rf"\b(?:[1-9]\d{{0,2}}(?![\d,])|dozens\s+of|several|(?:{NUMBER_WORDS})"
            r"(?:\s+new)?)\s+"
            r"(?:new\s+)?(?:[\w-]+\s+(?:and\s+)?){0,4}?designations\b"),
         doc_types=("",),
         veto=_p(rf"{HEDGE.pattern}|\b(?:would|will|could|may|might)\b|{OTHER_BODIES}")),
    Rule("sanctions.sdn_added", "sanctions.designation",
         # "added to the U.S. list of Specially Designated Global Terrorists".
         # "for persons on the Specially Designated Nationals list" describes those already listed.
         _p(rf"(?:{ADD}|{REMOVE}){S}{{0,200}}?\b(?:to|(?<!persons\s)(?<!entities\s)(?<!parties\s)on|from|off)\s+"
            # "adding another alias ... to the U.S. State Department list of foreign terrorist organizations".
            rf"(?:the\s+|its\s+|OFAC's\s+)?(?:(?:(?:U\.S\.\s+|American\s+)?(?:(?:State|Treasury)\s+Department(?:'s)?|"
            rf"Treasury's)|U\.S\.|American)\s+(?:list\s+of\s+)?)?{SDN}|"
            # "added three hotels in Xland ... to its list of specially designated nationals of Libya", "added
            # the Continuity IRA to its list of foreign terrorist organisations".
            rf"{ADD}{S}{{0,200}}?\b(?:to|onto)\s+(?:its|the|OFAC's)\s+list\s+of\s+(?:{SDN}|specially\s+designated\s+"
            r"nationals|blocked\s+persons)\b|"
            # The sanctions themselves as the list: "expected no impact from being added to U.S. sanctions".
            r"\b(?:added|adding|put|placed)\s+(?:to|under)\s+(?:the\s+)?(?:U\.S\.|US|American|Washington['’]s)\s+"
            r"sanctions\b(?!\s+(?:pressure|list|against|over|for)\b)"
            # "on April 12" dates the listing; "on Xland" names a programme's target.
            r"(?!\s+on\s+(?!(?-i:[A-Z][a-z]+\s+\d)|\w+day\b))|"
            # The list widened by the parties it gains: "widened its Xland sanctions list, adding an Xlandic
            # national and six companies".
            r"\b(?:widen|expand|extend|lengthen|enlarg|updat)\w*\s+(?:its|the|OFAC's)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:sanctions|blacklist|SDN)\s+(?:list\s+)?(?:[\w,]+\s+){0,4}?(?:adding|with)\s+(?:an?\s+|\d+\s+|"
            rf"(?:{NUMBER_WORDS})\s+)"),
         # "a few weeks after Sechin had been put on the Specially Designated Nationals list": background (a
         # reported "announced that the groups had been added" is the news itself).
         veto=_p(rf"{HEDGE.pattern}|\b(?:after|since|when|before|because)\s+(?:[\w.'’-]+\s+){{0,4}}?had\s+"
                 rf"(?:already\s+)?been\s+(?:put|placed|added|listed)\b|{LISTING_AS_CAUSE}|{HAD_LISTED_IN}|"
                 # ... and so is a listing the time clause dates by its year: "kept renewing the policies
                 # after Foo was added to the SDN List on April 6, 2018".
                 r"\b(?:after|since)\s+(?:[\w.'’-]+\s+){0,4}?(?:was|were)\s+(?:put|placed|added|listed)\b[^.;]{0,80}?"
                 r"\b(?:19|20)\d\d\b|"
                 # A lawmaker asking the Treasury "to add Foo to the SDN list" adds no one.
                 rf"{asked_to('sanction|add|designate|list|blacklist')}|"
                 # "NIS was placed on the U.S. sanctions list in January 2025": the time of other news.
                 rf"{dated_listing(SDN)}|"
                 # A relative clause states a listing: "a tanker owned by Foo Co., which was on the SDN list".
                 r"\b(?:which|who|that)\s+(?:was|were|is|are|had\s+been|has\s+been|remained|remains)\s+"
                 rf"(?:already\s+|still\s+|then\s+)?on\s+(?:the\s+|its\s+|OFAC's\s+)?{SDN}|"
                 # ... and so does one in the past perfect: "accounts of persons whom OFAC had previously
                 # added to its SDN List".
                 r"\b(?:whom|who|which|that)\s+(?:[\w.'’-]+\s+){1,3}?had\s+(?:previously\s+|earlier\s+|already\s+)?"
                 r"(?:added|placed|put|listed|designated)\b|"
                 # ... or the present perfect with its agency: "banks that it has blocked and put on the SDN
                 # list".
                 r"\b(?:whom|which|that)\s+(?:it|OFAC|Treasury|the\s+Treasury)\s+(?:has|have)\s+(?:already\s+)?"
                 r"(?:\w+\s+and\s+)?(?:added|placed|put|listed|designated)\b|"
                 rf"{PLACED_BEFORE.pattern}|"
                 # ... and so does one dated by a year: "Bar Trading, which OFAC designated in 2016 for
                 # arms work".
                 r"\b(?:whom|which|that)\s+(?:[\w.'’-]+\s+){1,3}?(?:added|placed|put|listed|designated)\b"
                 rf"[^.;]{{0,120}}?{IN_YEAR}\b")),
    # A named party's dealings ordered blocked: "transactions with the Foo Bank of Xland must also be blocked
    # under the Xland sanctions".
    Rule("sanctions.must_be_blocked", "sanctions.designation",
         _p(r"\b(?:transactions|dealings|property|assets|accounts|funds)\s+(?:of|with|belonging\s+to)\s+(?:the\s+)?"
            r"(?-i:[A-Z])[^.;]{0,120}?\b(?:must|should|are\s+to|were\s+to|had\s+to)\s+(?:also\s+)?be\s+blocked\b"),
         doc_types=("",), veto=HEDGE),
    # "a list of 52 companies ..., making them specially designated nationals whose assets are frozen".
    Rule("sanctions.made_sdns", "sanctions.designation",
         _p(r"\b(?:mak(?:e|es|ing)|made)\s+(?:them|it|him|her|each|all\s+of\s+them)\s+(?:specially\s+designated\s+"
            r"nationals|SDNs?|blocked\s+persons)\b"),
         veto=_p(r"\b(?:would|could|might|may|will)\s+(?:\w+\s+)?mak")),
    Rule("sanctions.sdn_list_change", "sanctions.designation",
         _p(rf"\b(?:placed|included|listed|remov(?:ed|es|ing)|delet(?:ed|es|ing)|delist\w*|unblock\w*)\b{S}{{0,80}}"
            r"\b(?:SDN\s+List|Specially\s+Designated\s+Nationals\s+and\s+Blocked\s+Persons\s+List)|"
            # The SDN list's appendices in the CFR: "Removal of Names from Appendix C to 31 CFR Chapter V".
            r"\b(?:Removal|Addition|Deletion)s?\s+of\s+(?:Names?|Vessels?|Persons?|Entries)\s+(?:from|to)\s+Appendi(?:x|ces)\s+"
            r"[A-C]\b"
            rf"|\binterests\s+in\s+property\b{S}{{0,80}}\b(?:are|have\s+been|were)\s+(?:blocked|unblocked)\b"),
         # OFAC's 50 percent rule explains which property is blocked; it blocks nobody's.
         veto=_p(rf"\b50\s+percent\b|\binterpret\w*|{LISTING_AS_CAUSE}|{HEDGE.pattern}|{PLACED_BEFORE.pattern}"),
         unless_title=DEFINITION_TITLE),
    Rule("sanctions.delisted", "sanctions.designation",
         # "is unblocking assets in which Cambodia or a national thereof has an interest": a country's assets.
         # "blocking or unblocking reports" are forms filed with OFAC.
         # "had rescinded the sanctions it imposed on the company": the same delisting, told as a decision
         # undone.
         _p(rf"\b{OFFICE}\b{S}{{0,60}}\b(?:delist\w*|de-list\w*|lift\w*\s+sanctions\s+on|(?:rescind|revok)\w*\s+"
            r"(?:the\s+)?sanctions\s+(?:(?:it|that\s+it|which\s+it)\s+(?:had\s+)?imposed\s+)?on|unblock\w*(?!\s+(?:reports?|procedures|applications)\b)(?!\s+(?:the\s+|all\s+)?"
            rf"(?:assets|property|funds)\s+(?:in\s+which|of|belonging\s+to)\s+(?:the\s+)?(?:(?-i:{COUNTRY})|{STATE_OWNER})))\b|"
            rf"\bdelist(?:s|ed|ing)?\b{S}{{0,80}}\b(?:individuals|entities|persons|people|vessels)\b|"
            # A delisted party's own headline: "Foo's statement regarding its delisting by OFAC today".
            rf"\b(?:its|their|his|her)\s+(?:delisting|removal)\s+by\s+{OFFICE}\b|"
            # "would lift the trade and administrative penalties it had imposed in July 1998 on two Russian
            # organisations".
            rf"\blift\w*\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?(?:sanctions|penalties|measures)\b{S}{{0,60}}?\bon\s+"
            rf"{COUNT_OF_PARTIES}"),
         # Advocacy is no delisting: "urged Treasury Secretary Foo not to lift sanctions on Ivan Bar".
         veto=_p(rf"{ADVOCATE}[^.;]{{0,80}}?\b(?:not\s+)?to\s+(?:lift|delist|unblock)\b")),
    # The statute's own finding on named parties: "determined ... that two North Korean concerns, Foo and Bar,
    # ... had engaged in missile proliferation activities".
    Rule("sanctions.proliferation_determination", "sanctions.designation",
         _p(rf"\bdetermin\w*\b{S}{{0,300}}?\b(?:had|have|has)\s+engaged\s+in\s+(?:[\w-]+\s+){{0,3}}?proliferation\s+"
            r"activities\b"),
         veto=_p(rf"{HEDGE.pattern}|\bwhether\b")),
    Rule("sanctions.nonproliferation_measures", "sanctions.designation",
         _p(rf"\bimpos(?:e|es|ed|ing|ition)\b{S}{{0,80}}\b(?:nonproliferation\s+|sanctions?\s+)?measures\s+"
            r"(?:against|on)\b|\bnonproliferation\s+measures\b"),
         # Trade remedies are measures too: "impose anti-dumping measures on dried grains".
         veto=_p(rf"{HEDGE.pattern}|\banti-?dumping\b|\bcountervailing\b|\bsafeguard\s+measures\b")),
    # A presidential order "Blocking Property of Certain Persons ..." creates a programme (next rule); the
    # designations under it come in Treasury's and State's notices. A government's own property blocked
    # ("Blocking Property of the Government of the Russian Federation Relating to ...") is a country
    # programme, as with frozen assets below.
    Rule("sanctions.blocking", "sanctions.designation",
         _p(r"\bblock(?:s|ed|ing)\s+(?:the\s+)?(?:property|assets)\s+(?:and\s+interests\s+in\s+property\s+)?of\b"
            rf"(?!\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{STATE_OWNER}(?![\w'’-]))"
            # "the legal basis for blocking the property of persons tied to the government": a class.
            r"(?!\s+(?:persons|people|individuals|entities|those|anyone)\s+(?:who|that|tied|linked|connected|found|"
            r"determined|responsible|involved)\b)"),
         # "blocked assets of terrorist organisations totalled $20.7 million": a sum of earlier blockings.
         doc_types=("", "NOTICE", "RULE", "PRORULE"),
         # "a vessel that had been identified as blocked property in 2019": an earlier listing.
         veto=_p(r"\bExecutive\s+Order\s+\d+\s+of\b|\b(?:totall?(?:ed|ing)|amount(?:ed|ing)\s+to|came\s+to)\b|"
                 r"\bhad\s+(?:already\s+|previously\s+|earlier\s+)?been\s+(?:identified|designated|listed|blocked)\b")),
    # News says "froze the assets of" for blocking: "Treasury freezes assets of Venezuela's Maduro". An order
    # that "lets the Treasury freeze" assets creates the power, not a designation.
    # A government's or central bank's assets frozen are a country programme ("froze Haitian government
    # assets", "a freeze on the regime's assets"), not a designation of parties.
    Rule("sanctions.frozen", "sanctions.designation",
         _p(r"\b(?:freez(?:e|es|ing)|froze)\s+(?:the\s+|any\s+|all\s+)?"
            # "the regime's assets" are the state's; "assets of the regime's leaders" are its leaders'.
            # "froze the U.S. bank accounts and other assets of all Xland military officers".
            rf"(?:(?!{STATE_OWNER}\b(?!-))[\w'’.-]+\s+){{0,5}}?(?:property|assets)\b"
            # ... and so are assets "owned or controlled by the Government of Xland".
            rf"(?!\s+(?:of|belonging\s+to|held\s+by|owned\s+(?:or\s+controlled\s+)?by|controlled\s+by)\s+(?:the\s+|its\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?{STATE_OWNER}(?![\w'’-]))"
            # "freezes assets of those undermining Lebanon": an order's class of persons, designated later.
            # "froze the U.S. property of every commercial ... enterprise organised or located in Xland": a
            # class.
            r"(?!\s+of\s+(?:every|each|all)\s+(?:[\w,-]+\s+){0,5}?(?:enterprises?|entit(?:y|ies)|compan(?:y|ies)|firms?)\s+"
            r"(?:organi[sz]ed|located|incorporated|based|registered)\b)"
            r"(?!\s+of\s+(?:those|anyone|anybody|any\s+(?:person|individual|entity|one)|"
            r"(?:persons|people|individuals|entities)\s+(?:who|that|found|determined|deemed))\b)"
            # "freezes assets of the Haitian regime's backers": a class, named later by the Treasury.
            r"(?!\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:backers|supporters|allies|cronies|associates)\b"
            r"(?!\s*(?:,|:|including|such\s+as|named)))"
            # "freezes the assets of senior Burmese officials": a class the order names no one of.
            r"(?!\s+of\s+(?:senior|top|certain|some)\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:officials|leaders|members|figures)\b"
            r"(?!\s*(?:,|:|including|such\s+as|named|led\s+by)))|"
            # "blocked the U.S. assets of five people named in its annex": the people are designated.
            # "blocking all property and assets of President Robert Mugabe and 76 government officials".
            r"\bblock(?:s|ed|ing)?\s+(?:the\s+|all\s+|any\s+)?(?:U\.S\.\s+|American\s+)?(?:property|assets)\s+"
            r"(?:and\s+(?:interests|assets|property)\s+)?of\s+(?:[\w.'’-]+\s+){0,6}?"
            rf"{COUNT_OF_PARTIES}|"
            # "bars U.S. persons from dealing in the property of the people listed in its annex"
            r"\b(?:property|assets)\s+of\s+(?:the\s+)?(?:people|persons|individuals|entities|parties)\s+(?:listed|named)\s+"
            r"in\s+(?:its|the|an)\s+annex\b|"
            # "the first list of 18 people facing asset freezes": a published list designates them.
            rf"\b{COUNT_OF_PARTIES}\s+(?:facing|subject\s+to|hit\s+(?:with|by))\s+(?:U\.S\.\s+)?"
            r"(?:asset\s+freezes|blocking|sanctions)\b|"
            # Dealings of one company stopped: "when they blocked transactions by Foo Corp., an Ohio maker".
            r"\bblock(?:s|ed|ing)?\s+(?:all\s+)?(?:transactions|dealings)\s+(?:by|of|with)\s+(?:the\s+)?(?-i:[A-Z])"),
         doc_types=("",),
         # A programme's emergency kept for another year recalls what its order does ("The order ... freezes
         # the assets of certain officials"); the year's act is the continuation.
         unless_prose=EMERGENCY_KEPT,
         # "... so the trade ban and the freeze on Xland assets remained": one in force, told as background.
         # Another state's decree freezes under its own law: "a Xlandic decree freezing sales of some assets".
         veto=_p(rf"{HEDGE.pattern}|{UNDER_WHICH_ORDER}|\b(?-i:{FOREIGN_DEMONYM})\s+(?:presidential\s+|government\s+)?"
                 r"(?:decree|law|order)\b|\b(?:lets?|allow\w*|authori[sz]\w*|empower\w*|enabl\w*)\s+"
                 r"(?:[\w.'’-]+\s+){0,3}?(?:to\s+)?(?:freez|block)|\bfreeze\b[^.;]{0,60}\bremain(?:s|ed)?\b|"
                 # A resolution that "asks member states to freeze such assets" freezes none itself.
                 r"\b(?:asks?|urges?|calls?\s+on|requires?|obliges?)\s+(?:all\s+)?(?:member\s+)?(?:states|countries|governments)\s+"
                 r"to\b|\b(?:freez\w*|froze)\s+such\b|"
                 # Options kept back: "tougher steps, such as a freeze on Xland assets, were held in reserve".
                 r"\bheld\s+in\s+reserve\b|\b(?:steps|measures|options)\s*,?\s+such\s+as\b|"
                 # What a listing does, described with no owner: "a kind of civil death that freezes assets".
                 r"\b(?:that|which)\s+freezes\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:assets|property)\b(?!\s+of\b)|"
                 # A law's mandate names a class to be designated later: "the act requires the president to
                 # freeze the assets of any foreign person found responsible for ...".
                 r"\b(?:requir|direct|mandat|oblig)\w*\s+(?:the\s+)?(?:President|Secretary|Treasury|administration)\s+"
                 r"to\s+(?:freez|block)|"
                 # A freeze kept for another year is its programme's emergency continued: "extends freeze on
                 # assets of Xland's former president".
                 r"\b(?:extend|renew|continu|prolong)\w*\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:freeze|blocking)\s+on\b|"
                 # One imposed before the news, in the past perfect: "The United States had imposed the
                 # measures blocking transactions with Foobank on November 21".
                 r"\bhad\s+(?:already\s+|previously\s+|earlier\s+)?(?:imposed|frozen|blocked)\b")),
    Rule("sanctions.presidential_order", "sanctions.regulation",
         # "Taking Additional Steps With Respect to ..." is how orders widening an IEEPA programme are titled.
         # The weapons-of-mass-destruction emergency's orders bear its name ("Proliferation of Weapons of Mass
         # Destruction", an order widening the measures on foreign persons that contribute to it).
         # The older country orders name what they bar: "Prohibiting Trade and Certain Transactions Involving
         # Libya", "Prohibiting Imports From Iran".
         _p(r"\bBlocking\s+Property\b|\bSanctions\b|"
            r"\bProhibiting\s+(?:Certain\s+)?(?:Trade|Transactions|Investments?|Imports?|Exports?)\b|"
            r"\bTaking\s+Additional\s+Steps\b|^Proliferation\s+of\s+Weapons\s+of\s+Mass\s+Destruction$|"
            # "Trade Involving Southern Rhodesia", "Additional Measures with Respect to the Federal Republic
            # of Yugoslavia": a country's trade regulated, or measures taken against it.
            r"^(?:Trade|Transactions)\s+(?:Involving|With)\b|\bMeasures\s+with\s+Respect\s+to\b|"
            # ... or its imports barred ("Imports From Xland").
            rf"^Imports?\s+From\s+(?:the\s+)?(?-i:{COUNTRY})$|"
            # IEEPA's own formula for what an order blocks, protects or unblocks: "Certain Property in Which
            # Xland Has an Interest".
            r"\bPropert(?:y|ies)\s+in\s+Which\s+(?:[\w-]+\s+){1,5}?Ha(?:s|ve)\s+an?\s+Interest\b"),
         fields=("title",), doc_types=("PRESDOCU",)),
    # An order barring a country's trade or exports sets what may leave for it as well as the programme.
    # A presidential order titled for one export to one country ("Export of Special Nuclear Material to
    # India") authorises that export, which the licensing agency could not: a decision on it.
    Rule("license.presidential_export", "license.decision",
         _p(rf"^Exports?\s+of\s+(?:[\w,-]+\s+){{1,10}}?to\s+(?:the\s+)?(?-i:{COUNTRY})$"),
         fields=("title",), doc_types=("PRESDOCU",)),
    # A country joining NATO joins, in the EAR and the ITAR, the allies' country groups and exemptions: the
    # rule that says so ("Amendments to the Export Administration Regulations: Accession of Xland and Yland to
    # Formal Membership in the North Atlantic Treaty Organization") changes what needs a licence there.
    Rule("license.alliance_accession", "license.requirement",
         _p(rf"\bAccession\s+of\s+(?:the\s+)?(?-i:{COUNTRY})(?:(?:,|,?\s+and)\s+(?:the\s+)?(?-i:{COUNTRY})){{0,3}}\s+to\s+"
            r"(?:Formal\s+)?(?:Membership\s+in\s+)?(?:the\s+)?(?:North\s+Atlantic\s+Treaty\s+Organization|NATO)\b"),
         fields=("title",),
         requires=_p(r"Export\s+Administration\s+Regulations|\bEAR\b|International\s+Traffic\s+in\s+Arms|\bITAR\b")),
    # An order setting "Procedures for an Export Licensing Policy" sets how licences are decided.
    Rule("license.presidential_licensing_policy", "license.requirement",
         _p(r"\bExport\s+Licensing\s+Polic(?:y|ies)\b"), fields=("title",), doc_types=("PRESDOCU",)),
    # ... and so does one barring all transactions with a country ("Blocking Xland Government Property and
    # Prohibiting Transactions With Xland"); "Certain Transactions With Respect to" bars only some.
    Rule("license.presidential_trade_ban", "license.requirement",
         _p(r"^Prohibiting\s+(?:Certain\s+)?(?:Trade|Exports?)\b|"
            # "... With the Foo Republic (Serbia and Montenegro)": a state named by its parts.
            r"\bProhibiting\s+Transactions\s+(?:With|Involving)\s+(?:the\s+)?"
            rf"(?:(?-i:[A-Z])[\w-]+\s+(?:of\s+)?){{0,3}}?"
            rf"\(?(?-i:{COUNTRY})\b"),
         fields=("title",), doc_types=("PRESDOCU",)),
    # A statute's restrictions waived for named countries, no exporter named: "waiving ... the restrictions of
    # the Child Soldiers Prevention Act of 2008 for Chad, ... Sudan and Yemen" lets arms sales to them go on.
    Rule("license.statute_waived_for_countries", "license.requirement",
         _p(rf"\bwaiv(?:e|es|ed|ing)\b{S}{{0,60}}?\b(?:restrictions|prohibitions|ban|bans|sanctions)\s+(?:of|under|in)\s+"
            rf"(?:the\s+)?(?:[\w-]+\s+){{1,6}}?Act\b(?:\s+of\s+\d{{4}})?\s+(?:for|on|with\s+respect\s+to)\s+(?:the\s+)?"
            rf"(?-i:{COUNTRY})\b|"
            # ... or told by what the waiver keeps going: "issued waivers under the 2008 Foo Prevention Act
            # that keep U.S. military assistance going to Xland and six other governments".
            rf"{STATUTE_WAIVER}{S}{{0,200}}?\b(?:military\s+(?:assistance|aid)|arms\s+sales|defen[cs]e\s+articles)\b|"
            # The statute's list is the converse: "Listed governments lose certain U.S. military assistance
            # and licences for commercial arms sales".
            r"\b(?:governments|countries|states)\s+(?:lose|are\s+barred\s+from|are\s+denied)\b"
            rf"{S}{{0,80}}?\blicen[cs]es\b"),
         veto=_p(rf"{HEDGE.pattern}|{POWER_GIVEN}")),
    # A country made eligible for US arms, by the statutory finding ("furnishing defense articles and
    # services to Xland would strengthen U.S. security and promote world peace") or in so many words, opens
    # arms licensing for that destination; no sale is decided yet.
    # A moratorium on a class of exports is a ban on them: "a one-year moratorium on the sale, transfer or
    # export of anti-personnel landmines".
    # So is a ban on "the export and transfer" of one.
    Rule("license.export_moratorium", "license.requirement",
         _p(r"\bmoratorium\s+on\s+(?:the\s+|all\s+|further\s+|U\.S\.\s+|American\s+)?"
            r"(?:(?:sales?|transfers?|exports?)(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)?){1,3}\s+(?:of|to)\b|"
            r"\bban\s+on\s+(?:the\s+|all\s+|U\.S\.\s+|American\s+)?(?:(?:(?:sales?|transfers?)(?:,\s*|\s+(?:or|and)\s+))+"
            r"exports?|exports?(?:(?:,\s*|\s+(?:or|and)\s+)(?:sales?|transfers?))+)\s+of\b"),
         veto=HEDGE),
    # The arms-transfer policy sets how every arms licence is reviewed: "issued ... a new Conventional Arms
    # Transfer policy", "no arms transfer will be authorised where ...".
    Rule("license.arms_transfer_policy", "license.requirement",
         _p(rf"\b(?:issu|approv|adopt|sign|announc|unveil|releas)\w*\b{S}{{0,80}}?\b(?:new|updated|revised)\s+"
            r"(?:U\.S\.\s+|United\s+States\s+)?Conventional\s+Arms\s+Transfers?\s+(?:\(CAT\)\s+)?polic(?:y|ies)\b|"
            r"\bno\s+arms\s+transfers?\s+(?:will|shall|would)\s+be\s+authori[sz]ed\b|"
            # "had approved a comprehensive policy on transfers of conventional arms".
            r"\b(?:issu|approv|adopt|sign|announc|unveil)\w*\s+(?:a\s+|the\s+)?(?:new\s+|comprehensive\s+|revised\s+)?"
            r"(?:U\.S\.\s+)?polic(?:y|ies)\s+on\s+(?:the\s+)?transfers?\s+of\s+conventional\s+arms\b"),
         veto=HEDGE),
    # A policy that a state "is to be refused" arms exports, or that such exports "will be denied", decides
    # every licence for them from then on.
    Rule("license.refusal_policy", "license.requirement",
         _p(r"\b(?:is|are)\s+to\s+be\s+(?:refused|denied)\s+(?:all\s+|any\s+)?(?:U\.S\.\s+|American\s+)?"
            rf"(?:commercial\s+)?(?:exports?|sales?|transfers?|licen[cs]es?)\s+{ARMS_OBJECT}|"
            rf"\b(?:exports?|sales?|transfers?|licen[cs]es?)\s+{ARMS_OBJECT}[^.;]{{0,80}}?\b(?:are|is|will\s+be|shall\s+be)"
            r"\s+(?:to\s+be\s+)?(?:refused|denied)\b"),
         veto=_p(rf"{HEDGE.pattern}|{OTHER_BODIES}")),
    # A country found "not cooperating fully with antiterrorism efforts" under section 40A of the Arms Export
    # Control Act may not be sold or licensed defence articles; taking it off the list lifts that bar.
    Rule("license.not_cooperating_on_terrorism", "license.requirement",
         _p(r"\bnot\s+(?:fully\s+)?cooperating(?:\s+fully)?['’\"”]?\s+with\s+(?:U\.S\.\s+|United\s+States\s+)?"
            r"(?:anti-?|counter-?)terrorism\s+efforts\b|"
            # The yearly finding itself: "Determination and Certification Under Section 40A of the Arms Export
            # Control Act".
            r"\b(?:Determination|Certification)s?\b[^.;]{0,40}?\bunder\s+Section\s+40A\s+of\s+the\s+Arms\s+Export\s+"
            r"Control\s+Act\b"),
         veto=HEDGE),
    Rule("license.defense_eligibility", "license.requirement",
         _p(r"\bfurnishing\s+(?:of\s+)?defen[cs]e\s+articles\s+(?:and\s+(?:defen[cs]e\s+)?services\s+)?to\s+"
            rf"{S}{{0,80}}?\b(?:will|would)\s+strengthen\s+(?:the\s+)?(?:U\.S\.|security)|"
            r"\beligible\s+(?:to\s+receive\s+|for\s+)(?:U\.S\.\s+|American\s+)?(?:defen[cs]e\s+articles|weapons|arms)\b|"
            r"^Eligibility\s+of\s+.{1,80}?\bto\s+Receive\s+Defen[cs]e\s+Articles\b"),
         veto=_p(rf"{HEDGE.pattern}|\b(?:would|could|might|may)\s+(?:become|be\s+made)\s+eligible\b")),
    # The office placing a party under sanctions: "placed Lt. Gen. Foo Bar, head of ..., under sanctions". One
    # placed there before ("had placed Foo under sanctions in 2018") is the story's background.
    Rule("sanctions.placed_under", "sanctions.designation",
         _p(rf"\b(?:{OFFICE}|United\s+States|Washington)\b{S}{{0,80}}?\b(?:plac(?:e|es|ed|ing)|put(?:s|ting)?)\s+"
            rf"{RANK}{S}{{1,200}}?\bunder\s+(?:[\w.-]+\s+){{0,2}}?"
            r"sanctions\b|"
            # ... and in the passive, the sanctions named as Washington's: "has been placed under U.S.
            # sanctions".
            r"\b(?:has|have|had|was|were|is|are)\s+(?:just\s+|now\s+)?(?:been\s+)?(?:placed|put)\s+under\s+(?:new\s+)?"
            r"(?:U\.S\.|US|American)\s+sanctions\b"),
         # One dated by its month or year is other news's background: "Treasury put Foo and Bar under
         # sanctions in October".
         veto=_p(rf"{HEDGE.pattern}|{EARLIER_LISTING}|\bhad\s+(?:[\w-]+\s+)?(?:placed|put)\b|{FOREIGN_ACTOR.pattern}|"
                 rf"\bunder\s+(?:[\w.-]+\s+){{0,2}}?sanctions\s+{IN_MONTH_OR_YEAR}")),
    Rule("sanctions.sanctioned_parties", "sanctions.designation",
         # The government itself may be the one that acts: "Today, the United States has sanctioned three
         # Iranian government entities".
         # A year right after the verb dates the designation, and is no count of parties: "whom the Treasury
         # sanctioned in 2018".
         _p(rf"\b(?:{OFFICE}|(?<!to\s)(?<!in\s)(?<!by\s)the\s+United\s+States)\b{S}{{0,80}}\b{AS_VERB}(?:sanctioned|"
            r"(?-i:sanctioning)|targeted|(?-i:targeting)|blacklisted)\b(?!\s+in\s+(?:19|20)\d\d\b)"
            rf"{S}{{0,120}}\b"
            # ... and so does one after the party ("blacklisted Foo in December 2020"): a year is no count.
            # ... nor is a date's day ("had sanctioned on July 30").
            rf"(?:(?!(?:19|20)\d\d\b){NOT_AFTER_A_MONTH}\d+|individuals?|entit(?:y|ies)|persons?|compan(?:y|ies)|firms?|"
            r"vessels?|tankers?|(?:LNG|gas|oil|crude)\s+carriers?|networks?|subsidiar(?:y|ies)|"
            r"institutes?|banks?|airlines?|refiner(?:y|ies)|agents?|executives?|organi[sz]ations?|"
            # People by number and nationality: "blacklisted five Russians under the Magnitsky Act".
            # ... or one by nationality: "sanctioned Xlandic national Foo Bar".
            r"people|men|women|nationals?|citizens?|(?-i:[A-Z][a-z]+(?:ans|is)))\b|"
            # People by their office or by name, right after the verb: "sanctioned Cambodian navy
            # commander Tea Vinh", "on Monday sanctioned General Filipos Woldeyohannes".
            rf"\b{OFFICE}\b{S}{{0,80}}\b{AS_VERB}(?:sanctioned|blacklisted|designated)\s+(?:(?:[\w'’.-]+\s+){{0,4}}?(?:officials?|officers?|"
            r"commanders?|generals?|ministers?|chiefs?|leaders?|governors?|oligarchs?|businessm[ae]n)\b|"
            # A country is a programme's target, not a person's name.
            rf"(?!{COUNTRY}\b)(?-i:(?:[A-Z][a-z]+\s+){{1,3}}[A-Z][a-z]+)\b(?![’'-]))|"
            # Headlines: "U.S. sanctions Chinese satellite firm X"; not the noun ("U.S. sanctions on Iran").
            # "U.S. Sanctions Iran's Metals": a country's sector is a programme's target, no party.
            r"\b(?:U\.S\.|United\s+States|Washington|Treasury|OFAC)\s+(?:sanctions|targets)\s+"
            rf"(?!(?-i:{COUNTRY})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:sectors?|metals|oil|steel|industr\w*|economy|exports?|trade|"
            r"banking|finances?|petrochemicals?|mining|construction|textiles?)\b)(?!(?:on|against|over|for|to|"
            r"by|from|with|under|as|at|of|into|imposed|evasion|violations?|violators?|busting|exposure|screening|measures|"
            r"in|relief|policy|policies|programs?|programmes?|regimes?|laws?|bills?|rules?|regulations?|list|lists|"
            r"designations?|were|was|are|is|have|has|had|will|would|could|may|might|and|or|that|which|experts?|"
            # The noun before a clause: "would breach U.S. sanctions unless the United States approved it".
            r"unless|if|because|but|when|while|since|though|although|even|so|than|"
            r"officials?|compliance|risks?|enforcement|threats?|abuses?|corruption|violence|crackdowns?|attacks?|"
            # A case or a penalty under them: "the largest penalty yet in a U.S. sanctions case".
            r"cases?|penalt(?:y|ies)|settlements?|fines?|prosecutions?|"
            # ... or an exemption from them: "needs no U.S. sanctions waiver".
            r"waivers?|exemptions?|exceptions?|"
            # The order that imposes them: "halt card services after new U.S. sanctions order".
            r"orders?|packages?|"
            # "the comprehensive U.S. sanctions already in force".
            r"already|also|still|now|currently|alone|themselves|"
            r"interference|aggression|repression|terrorism|trafficking|"
            # The noun followed by its verb: "U.S. sanctions bar such sales".
            r"bar|bars|barred|ban|bans|prohibit|prohibits|forbid|forbids|prevent|prevents|remain|remained|cover|"
            r"covers|apply|applies|require|requires|"
            # "what U.S. Treasury sanctions mean for their targets".
            r"mean|means|meant|work|works|worked|affect|affects|do|does|"
            # ... or before its participle: "so that the U.S. sanctions built on it stay in force".
            r"(?-i:[a-z]+ed)|built|taken|kept|set|put|held|brought|laid|left|made|stay|stays|stayed|continue|"
            r"continues|continued)\b)[\w'-]+"),
         # "because Lukoil was blacklisted in October": a designation told as background; so is a dated one
         # in a time clause ("When OFAC designated Foo on March 3, 2014, ...").
         # A tally of a programme's targets ("has so far sanctioned about 20 individuals") recalls
         # designations made before.
         # A designation that bars a person from entering the United States (the State Department's visa
         # designations for corruption) blocks nothing: "designated Foo ..., making him ineligible to enter
         # the United States".
         veto=_p(rf"{HEDGE.pattern}|\b(?:was|were|had\s+been)\s+(?:blacklisted|sanctioned|designated|targeted)\s+"
                 rf"(?:in|on|last|earlier|since|back)\b|{DESIGNATED_BEFORE}|"
                 rf"\bso\s+far\s+(?:sanctioned|designated|blacklisted|targeted)\b|{VISA_BAN}")),
    # A law or programme put to use on a party: "the United States used the Global Magnitsky Act to sanction
    # Foo Development Group".
    Rule("sanctions.used_to_sanction", "sanctions.designation",
         _p(r"\b(?:used|uses|using|invoked|invokes|invoking)\s+(?:the\s+|its\s+|a\s+)?(?:[\w.'’-]+\s+){0,5}?"
            r"(?:Act|law|authorit(?:y|ies)|powers?|order|program(?:me)?|sanctions)\s+to\s+(?:sanction|designate|"
            r"blacklist|target)\s+(?!(?:countries|states|governments?|anyone|any|those|whoever)\b)"
            r"(?:(?-i:[A-Z])|\d|an?\s|the\s|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b)"),
         veto=HEDGE),
    # Sanctions imposed on counted or described parties name them: "imposed trade sanctions on five Chinese
    # individuals, two Chinese companies"; sanctions on a country or a sector are a programme.
    Rule("sanctions.imposed_on_parties", "sanctions.designation",
         _p(rf"{IMPOSED_ON}(?:(?:\d+|one|"
            rf"{NUMBER_WORDS}|eleven|twelve|several|a\s+(?:dozen|number\s+of))\s+"
            # "imposed sanctions on three senior officials of ...": a counted rank or standing before the
            # noun; uncounted ("must impose sanctions on senior officials") it is a class a law names.
            r"(?:(?:senior|top|former|key|high-ranking|high-level|leading|prominent|other|more|additional)\s+)?)?"
            # The state's own companies counted: "imposed sanctions on four Xlandic state enterprises".
            r"(?:(?-i:[A-Z][\w.-]*)\s+){0,3}(?:(?:state|state-owned|state-run|private|shipping|trading|front)\s+)?"
            r"(?:individuals?|people|persons?|compan(?:y|ies)|firms?|entit(?:y|ies)|"
            r"officials?|businessm[ae]n|executives?|banks?|vessels?|members|enterprises?|plants?|refiner(?:y|ies))\b|"
            # A country's office-holders: "imposed sanctions on Xland's Attorney General Foo Bar".
            rf"{IMPOSED_ON}(?-i:{COUNTRY})['’]s\s+"
            r"(?:(?:former|top|senior|deputy|vice|chief)\s+)?(?-i:[A-Z])?(?:attorney\s+general|prosecutor|minister|"
            r"president|secretary|governor|commander|chief|head|director|chairman|ambassador|judge|mayor|speaker|"
            r"officials?|leaders?)\b|"
            # ... or named by their nationality, office and name: "announced U.S. sanctions on Xlandic judge
            # Foo Bar".
            rf"{IMPOSED_ON}(?-i:{FOREIGN_DEMONYM})\s+(?:(?:former|top|senior|deputy|vice|chief)\s+)?(?:attorney\s+general|"
            r"prosecutor|minister|president|governor|commander|judge|mayor|general|colonel|official|businessman|"
            # "... on Xlandic billionaire Foo Barov".
            r"oligarch|tycoon|lawmaker|billionaire|magnate|banker|financier|investor|entrepreneur|businesswoman)\s+"
            r"(?-i:[A-Z][\w'’-]+\s+[A-Z])|"
            # A country's state company: "imposes sanctions against Xland's state-owned oil enterprise".
            rf"{IMPOSED_ON}(?-i:{COUNTRY}|{COUNTRY_FORM})['’]s\s+"
            r"(?:state-owned|state-run|state|national|largest|main)\s+(?:[\w-]+\s+){0,2}?(?:company|enterprise|firm|bank|airline|"
            r"conglomerate|producer|carrier|trader|supplier|refiner|shipper|operator)\b|"
            # "imposed sanctions on a procurement network that supports ..."
            rf"{IMPOSED_ON}(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?"
            r"(?:network|ring|front\s+company|company|firm|bank|businessman|individual)\b|"
            # "imposed two-year sanctions on the Russian space organisation Glavkosmos", "... on the Xland
            # pipe-laying vessel Foo".
            rf"{IMPOSED_ON}the\s+(?:[\w-]+\s+){{0,3}}?"
            r"(?:organi[sz]ations?|agenc(?:y|ies)|institutes?|ministr(?:y|ies)|vessels?|ships?|tankers?|compan(?:y|ies)|"
            r"firms?|banks?|airlines?)\s+(?-i:[A-Z])|"
            # "imposed missile-proliferation sanctions on China Metallurgical Equipment Corporation (CMEC)"
            rf"{IMPOSED_ON}(?:the\s+)?"
            r"(?-i:(?:[A-Z][\w&.'’-]*\s+){1,5})(?:Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|Inc\.?|Group|"
            r"Industries|Bank|Complex|Organi[sz]ation)\b|"
            # Measures under a sanctions law, on a named company: "the first penalties ever imposed under the
            # Iran Sanctions Act, as amended by ..., on Foo Intertrade Company (FICO)".
            r"\b(?:sanctions|penalties|measures)\s+(?:[\w-]+\s+){0,2}?imposed\s+(?:under|pursuant\s+to)\s+(?:the\s+)?"
            rf"(?:[\w,-]+\s+){{0,6}}?(?:Sanctions|Nonproliferation|Non-[Pp]roliferation)\s+Act\b{S}{{0,160}}?\bon\s+(?:the\s+)?"
            r"(?-i:(?:[A-Z][\w&.'’-]*\s+){1,5})(?:Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|Inc\.?|Group|"
            r"Industries|Bank|Complex|Organi[sz]ation)\b|"
            # "imposed two-year sanctions on the receiving company, the South African state arms agency Foo"
            rf"{IMPOSED_ON}the\s+(?:[\w-]+\s+){{0,2}}?"
            r"(?:company|firm|entity|supplier|exporter|manufacturer),\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,6}?"
            r"(?-i:[A-Z][\w-]+)|"
            # One person by name, described next: "imposing sanctions on Foo Bar, the Xland lawyer", "... on
            # Foo Bar, whom Xland had sent as its envoy".
            rf"{IMPOSED_ON}(?!(?-i:{COUNTRY})\b)"
            r"(?-i:[A-Z][a-z]+(?:\s+(?:de\s+|da\s+|del\s+|bin\s+|al-)?[A-Z][\w'’-]+){1,3}),\s+(?:the|a|an|who|whom)\s+|"
            # The sanctions named by whom they hit, as they are lifted or kept: "lifted the sanctions it
            # imposed in August on the Russian combat-aircraft maker Sukhoi".
            r"\bsanctions\s+(?:it|that|which|Washington)\s+(?:had\s+)?imposed\s+(?:(?:in|last|earlier|this)\s+\w+\s+)?"
            r"(?:on|against)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:maker|manufacturer|producer|company|firm|exporter|"
            r"supplier|bank|businessman)\s+(?-i:[A-Z])|"
            # Counted parties singled out, or the sanctions on them made formal: "sanctions singling out two
            # Chinese firms", "formalised the sanctions on the two companies".
            r"\b(?:sanctions\s+(?:singling\s+out|targeting|aimed\s+at)|(?:formali[sz]|finali[sz])\w*\s+(?:the\s+)?"
            rf"sanctions\s+(?:on|against))\s+(?:the\s+)?(?:\d+|{NUMBER_WORDS})\s+"
            r"(?:(?-i:[A-Z][\w.-]*)\s+){0,2}(?:individuals|people|persons|companies|firms|entities|officials|banks)\b"),
         doc_types=("",),
         veto=_p(rf"{HEDGE.pattern}|\b(?:would|might|may|will|could|can)\s+(?:soon\s+|also\s+)?impos|"
                 r"\b(?:plan|expect|consider|want|seek|propos|intend|threat|urg|call|vow|pledg)\w*\s+(?:\w+\s+){0,3}?"
                 # Another body's own sanctions: "the U.N. Security Council imposed sanctions on ...", not a
                 # person described by her post ("the U.N. Human Rights Council's special rapporteur").
                 rf"to\s+impos|(?:{OTHER_BODIES})(?:\s+Security\s+Council)?\s+(?:[\w,-]+\s+){{0,6}}?"
                 r"(?:impos|sanction|vot|adopt|agree|decid|list|freez|froze|ban)\w*\b")),
    # "named the first four targets", "named 12 new designees": the targets of a programme, counted.
    Rule("sanctions.named_targets", "sanctions.designation",
         _p(r"\bnam(?:ed|es|ing)\s+(?:the\s+|its\s+)?(?:first\s+|new\s+)?(?:\d+|one|"
            rf"{NUMBER_WORDS}|several|dozens\s+of)\s+(?:new\s+)?(?:targets|designees)\b"),
         doc_types=("",), veto=HEDGE),
    # OFAC's and State's "Notice of ... Sanctions Actions" publish designations, whatever parts they cite.
    # A blocking order's own annex: "The order names Muammar Qadhafi and four of his children". A denial
    # order names its parties too, and blocks nothing.
    Rule("sanctions.order_names", "sanctions.designation",
         _p(r"\b(?:order|annex)\s+(?:also\s+|itself\s+)?(?:names|lists)\s+(?=(?-i:[A-Z])|(?:\d+|"
            rf"{NUMBER_WORDS}|several)\s+(?:individuals|persons|people|officials|entities)\b)|"
            # "At the same time the order named its first targets: ..."
            r"\b(?:order|annex)\s+(?:also\s+)?(?:names|named|lists|listed)\s+(?:its|the)\s+(?:first|initial)\s+"
            r"(?:targets|designees)\b|"
            # An order's own list of companies barred from U.S. investment: "bars U.S. persons from buying
            # securities of 59 named Xland companies".
            rf"\bsecurities\s+of\s+(?:\d+|{NUMBER_WORDS})\s+named\s+(?:[\w-]+\s+){{0,2}}?(?:companies|firms|entities)\b"),
         doc_types=("",), veto=HEDGE,
         requires=_p(r"\b(?:blocking|blocked|froze|freez\w*)\b|\bproperty\s+and\s+interests|\bsecurities\b")),
    Rule("sanctions.actions_title", "sanctions.designation",
         SANCTIONS_ACTIONS, fields=("title",)),
    Rule("sanctions.ofac_regulations", "sanctions.regulation", _p(r"\b31 CFR (?:5\d\d|850)\b"),
         fields=("cfr_parts",),
         unless_title=SANCTIONS_ACTIONS),
    # OFAC's appendix of its lists' names ("Alphabetical Listing of Blocked Persons, ... Specially Designated
    # Nationals ...") is amended as a rule of its chapter; the designations it gathers were each made before.
    Rule("sanctions.alphabetical_listing", "sanctions.regulation", _p(r"^Alphabetical\s+Listings?\b"),
         fields=("title",), doc_types=("RULE",)),
    # A State Department title on one terrorist designation, however long the aliases between ("In the
    # Matter of the Review of the Designation of X (a.k.a. Y, a.k.a. Z) as a Foreign Terrorist Organization").
    Rule("sanctions.terrorist_designation_title", "sanctions.designation",
         # Their revocation delists its parties: "Revocation of the Designations of A, B, and C (and Their
         # Respective Aliases) as Specially Designated Global Terrorists".
         _p(r"^(?:In\s+the\s+Matter\s+of\s+(?:the\s+)?)?(?:(?:Review|Amendment|Revocation)\s+of\s+the\s+)?(?:Re-?)?"
            r"[Dd]esignations?\s+of\b.{1,400}?\bas\s+(?:an?\s+)?(?:Foreign\s+Terrorist\s+Organi[sz]ations?|Specially\s+"
            r"Designated\s+Global\s+Terrorists?)"),
         fields=("title",)),
    # A programme's emergency kept in force for another year: "Continuation of the National Emergency With
    # Respect to Libya". The export-control emergency has its own tag (the EAR's lapse).
    Rule("sanctions.emergency_continued", "sanctions.regulation",
         _p(r"^(?:Notice\s+of\s+)?Continuation\s+of\s+(?:the\s+)?National\s+Emergency\s+With\s+Respect\s+to\s+(?:the\s+)?"
            rf"(?:(?-i:{COUNTRY})\b|Situation|Actions|Government|Blocking|Proliferation|Narcotics|"
            r"Transnational|Significant|Persons|Specified\s+Harmful)|"
            # The older titles name the country first: "Continuation of Libyan Emergency".
            rf"^(?:Notice\s+of\s+)?Continuation\s+of\s+(?:the\s+)?(?-i:{COUNTRY}|{COUNTRY_FORM})\s+(?:National\s+)?Emergency$"),
         fields=("title",)),
    # The Trading With the Enemy Act is the statute of the wartime blocking orders and of the Cuba embargo: an
    # order administering its powers ("Administration of Section 32(h) of the Trading With the Enemy Act") or
    # those powers renewed act on the programme.
    Rule("sanctions.twea_title", "sanctions.regulation",
         # "Continuation of the Exercise of Certain Authorities Under the Trading With the Enemy Act".
         _p(r"\b(?:Administ\w*|Powers?|Authorit(?:y|ies)|Sections?\s+[\d()a-z ,and]{1,20}?of)\b[^;]{0,120}?"
            r"\bTrading\s+With\s+the\s+Enemy\s+Act\b|\bTrading\s+With\s+the\s+Enemy\s+Act\s+(?:powers|authorit)"),
         fields=("title",),
         veto=_p(r"\b(?:convict|charg|plead|pleaded|sentenc|indict|fine[sd]?|penalt|settle|guilty)\w*")),
    # The wartime programme's other half: enemy property vested and administered ("Establishing the
    # Philippine Alien Property Administration", "... Relating to the Vesting and Liquidation of Bulgarian,
    # Hungarian, and Romanian Property", "Transferring Jurisdiction over Blocked Assets").
    Rule("sanctions.alien_property_title", "sanctions.regulation",
         _p(r"\bAlien\s+Property\b|\bVesting\b[^;]{0,80}?\bProperty\b|\bBlocked\s+(?:Assets|Property)\b"),
         fields=("title",), doc_types=("PRESDOCU",)),
    Rule("sanctions.regulations_title", "sanctions.regulation",
         # OFAC's regulations are its chapter of the CFR: "... Terminology in OFAC Regulations".
         _p(r"\bSanctions\s+Regulations\b|\bAssets\s+Control\s+Regulations\b|\bSanctions\s+Program\b|"
            r"\bOFAC(?:['’]s)?\s+Regulations\b"),
         # A case under them names the regulations it broke: "OFAC settles with Foo for violating the Iranian
         # Transactions and Sanctions Regulations".
         fields=("title",),
         # ... and a call for one sets none: "New Sanctions Program Needed ..., Group Says".
         unless_title=_p(r"\b(?:settles?|settled|settlement|penalt(?:y|ies)|fin(?:es|ed)|violat\w*|breach\w*|needed|"
                         r"urg(?:es|ed|ing)|calls?\s+for)\b")),
    # The President's message to Congress on a country's sanctions ("Message to the Congress Reporting on the
    # Economic Sanctions Against Xland") gives account of that programme.
    Rule("sanctions.programme_message_title", "sanctions.regulation",
         _p(r"^(?:(?:Periodic\s+)?Message|(?:Periodic\s+)?Report)\s+to\s+(?:the\s+)?Congress\s+(?:Reporting\s+)?on\s+"
            r"(?:the\s+)?(?:Additional\s+|Further\s+)?(?:Economic\s+)?Sanctions\s+(?:Against|on)\s+"
            rf"(?:the\s+)?(?-i:{COUNTRY})\b"),
         fields=("title",)),
    # ... and so does his report told in the news: "a message reporting on the national emergency with
    # respect to Libya", "periodic report to Congress on the Libya emergency".
    Rule("sanctions.emergency_report", "sanctions.regulation",
         _p(rf"\breport(?:s|ed|ing)?\b{S}{{0,120}}?\b(?:on|concerning|regarding)\s+(?:the\s+)?national\s+emergency\s+"
            rf"with\s+respect\s+to\s+(?:the\s+)?(?-i:{COUNTRY})|\breport\s+to\s+(?:the\s+)?Congress\s+on\s+the\s+"
            rf"(?-i:{COUNTRY}|{COUNTRY_FORM})\s+(?:national\s+)?emergency\b")),
    Rule("sanctions.programme", "sanctions.regulation",
         _p(rf"\b(?:end|ends|ended|terminat\w*|revok\w*|lift\w*|eas\w*|rescind\w*|establish\w*|creat\w*|"
            # "Executive Order 13694 as amended" names an order in force, no amendment.
            rf"impos\w*|(?<!\bas\s)amend\w*|issu\w*|expand\w*)\b{S}{{0,60}}\b(?:sanctions\s+(?:program(?:me)?s?|regime|"
            # OFAC's programme regulations by their names: "Nicaraguan Trade Control Regulations", "Iranian
            # Transactions Regulations".
            r"regulations)|(?:Cuban\s+)?Assets\s+Control\s+Regulations|Sanctions\s+Regulations|secondary\s+sanctions|"
            r"Trade\s+Control\s+Regulations|Transactions?\s+Regulations)"
            # "declared a national emergency"; a title's "Declaration of National Emergency and ...".
            r"|\bdeclar\w*\s+(?:of\s+)?(?:a\s+)?national\s+emergency\b|\bnational\s+emergency\b[^.;]{0,80}\bIEEPA\b|"
            # A programme's emergency kept for another year, told in news: "extended the national emergency
            # behind the U.S. sanctions on Iraq", "extended by one year the national emergency under which".
            rf"{EMERGENCY_KEPT.pattern}|"
            r"\bInternational\s+Emergency\s+Economic\s+Powers\s+Act\b[^.;]{0,80}\b(?:prohibit|order|emergency)|"
            # "The order invokes the International Emergency Economic Powers Act".
            r"\border\s+(?:invok|cit|rel(?:y|ies|ied)\s+on|rest\w*\s+on)\w*\s+(?:the\s+)?(?:International\s+Emergency\s+"
            r"Economic\s+Powers\s+Act|IEEPA)\b|"
            # A sanctions law enacted: "signed the Iran and Libya Sanctions Act", "signed into law the ...".
            r"\bsign(?:s|ed|ing)\s+(?:into\s+law\s+)?(?:the\s+)?(?:[\w,.'’-]+\s+){0,6}?Sanctions\s+(?:Act|Law)\b|"
            # "signed into law on Friday a bill extending for five years the 1996 Iran and Libya Sanctions
            # Act"
            rf"\bsign(?:s|ed|ing)\s+into\s+law\b{S}{{0,120}}?\bSanctions\s+(?:Act|Law)\b|"
            # A sanctions law's trade restrictions renewed: "signed a bill renewing the import restrictions of
            # the Burmese Freedom and Democracy Act of 2003", "another renewal of the Burma import ban".
            r"\b(?:renew|extend)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:import|trade|export)\s+(?:restrictions|bans?|"
            r"sanctions)\s+(?:of|under|in)\s+(?:the\s+)?(?:[\w-]+\s+){1,6}?Act\b|"
            rf"\brenewal\s+of\s+(?:the\s+)?(?-i:{COUNTRY})\s+(?:import|trade)\s+ban\b|"
            # "the Sudanese Sanctions Regulations are to be removed"
            r"\b(?:Sanctions|Assets\s+Control)\s+Regulations\s+(?:are|were|is|was|will\s+be|would\s+be)\s+(?:to\s+be\s+)?"
            r"(?:removed|revoked|lifted|terminated|rescinded|amended|eased)\b|"
            # A country's sanctions renewed and in force: "the first stage of the renewed sanctions on Xland
            # came into force overnight".
            r"\b(?:re-?imposed|renewed|new|restored)\s+(?:U\.S\.\s+|American\s+)?sanctions\s+(?:on|against)\s+"
            rf"(?-i:{COUNTRY})(?!['’]s)\b{S}{{0,80}}?\b(?:came|come|comes|took|take|takes)\s+(?:into\s+force|effect)\b"),
         unless_prose=EAA_LAPSE,
         # The regulations' appendix of names amended is a list change ("amending the appendix of the Libyan
         # Sanctions Regulations that names organisations treated as part of the Government of Libya").
         # Licences issued under them decide licences ("issued nine new licences under the Libyan Sanctions
         # Regulations").
         # "there had been no amendments to the Foo Sanctions Regulations" amends nothing.
         veto=_p(rf"{HEDGE.pattern}|{UNDER_WHICH_ORDER}|\bappendi(?:x|ces)\b|\blicen[cs]es\s+under\s+the\b|"
                 r"\bno\s+(?:further\s+)?(?:amendments|changes)\b|"
                 # A call for a programme creates none: "urged the State and Treasury departments to create a
                 # sanctions programme".
                 rf"{asked_to('create|establish|impose|end|lift|ease|amend|expand|issue')}|"
                 # A step dated as the story's background: "comes after OFAC in September 2006 amended the
                 # Iranian Transactions Regulations".
                 rf"\b(?:after|since|when|before)\s+(?:[\w.'’-]+\s+){{0,3}}?{IN_YEAR}\s+(?:had\s+)?(?:amended|issued|"
                 r"imposed|established|created|expanded)\b|"
                 # An ally acting under its own regime: "Britain imposed the same measures in its first use
                 # of its cyber sanctions regime".
                 r"\b(?:Britain|British|United\s+Kingdom|U\.K\.|UK|Canada|Canadian|Australia|Australian|Japan|Japanese|"
                 r"Switzerland|Swiss|EU|European\s+Union)\b[^.;]{0,80}\b(?:its|their)\s+(?:own\s+|first\s+|new\s+)?"
                 r"(?:[\w-]+\s+){0,2}?sanctions\s+(?:regime|program(?:me)?)\b")),
    # The sanctions statute itself amended ("signed the International Emergency Economic Powers Enhancement
    # Act"), even where the story says the EAR have rested on it since the export law lapsed.
    Rule("sanctions.ieepa_amended", "sanctions.regulation",
         _p(r"\bsign\w*\s+(?:into\s+law\s+)?(?:the\s+)?International\s+Emergency\s+Economic\s+Powers\s+(?:[\w-]+\s+)?Act\b"),
         veto=HEDGE),
    # A country's sanctions eased or lifted are its programme ("Bush Lifts Sanctions Against South Africa"),
    # and so are the travel and remittance limits a programme sets ("lifted the ban on Americans travelling
    # to Libya", "lift all limits on family visits and remittances"); sanctions lifted on a company or on a
    # country's officials are designations.
    Rule("sanctions.country_programme_eased", "sanctions.regulation",
         _p(r"\b(?:lift\w*|eas(?:e|es|ed|ing)|relax\w*|loosen\w*|end(?:s|ed|ing)?|suspend\w*|revok\w*|terminat\w*|"
            r"rescind\w*)\s+(?:(?:some|most|many|all|part)\s+of\s+)?"
            r"(?:(?:the|its|U\.S\.|American|all|some|remaining|most|economic|trade|unilateral)\s+){0,3}"
            # "to ease part of the sanctions the United States has kept on North Korea since the Korean War".
            r"sanctions\s+(?:imposed\s+|(?:that\s+|which\s+)?(?:the\s+United\s+States|the\s+U\.S\.|Washington|it)\s+"
            r"(?:has|have|had)\s+(?:long\s+)?(?:kept|maintained|imposed|held)\s+)?"
            rf"(?:on|against)\s+(?-i:{COUNTRY})(?!['’]s|\s+(?:officials|leaders|companies|firms|entities|individuals|"
            r"banks|nationals|oligarchs))\b|"
            # Goods taken out of a country's sanctions: "legislation exempting U.S. agricultural export credit
            # guarantees and other farm products from the economic sanctions imposed on Xland". A country
            # exempted from another's sanctions is a waiver for it.
            rf"\bexempt(?:s|ed|ing)?\s+(?!(?-i:{COUNTRY})\b){S}{{0,120}}?\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?sanctions\s+"
            rf"(?:imposed\s+)?(?:on|against)\s+(?-i:{COUNTRY})(?!['’]s)\b|"
            r"\b(?:lift\w*|eas(?:e|es|ed|ing)|relax\w*|loosen\w*|end(?:s|ed|ing)?)\s+(?:(?:the|its|all|some)\s+){0,2}"
            r"(?:ban|limits?|restrictions?|curbs?|caps?)\s+on\s+"
            r"(?:(?:Americans|U\.S\.\s+citizens|family|U\.S\.|(?-i:[A-Z][a-z]+))\s+)?"
            r"(?:travel\w*|visits?|remittances?)\b|"
            # A country's trade embargo is an OFAC programme: "ended the five-year-old U.S. trade embargo
            # against Nicaragua", "the first easing of the trade embargo the United States had kept on North
            # Korea".
            r"\b(?:lift|eas|end|relax|loosen)\w*\s+(?:of\s+)?"
            r"(?:(?:the|its|U\.S\.|American|first|[\w-]+-year(?:-old)?)\s+)"
            rf"{{0,3}}(?:trade|economic)\s+embargo\b[^.;]{{0,60}}?\b(?:against|on)\s+(?-i:{COUNTRY})\b"),
         doc_types=("",),
         veto=_p(rf"{HEDGE.pattern}|\b(?:would|might|may|will|could)\s+(?:soon\s+)?(?:lift|eas|relax|end)|"
                 r"\b(?:plan|expect|consider|want|seek|propos|intend|call|urg)\w*\s+(?:\w+\s+){0,3}?to\s+(?:lift|eas|end)|"
                 # "reports he favoured easing sanctions on Iran": a view reported, nothing done.
                 r"\bfavou?r\w*\s+(?:lifting|easing|ending|relaxing|loosening)\b|"
                 + OTHER_BODIES)),
    # A sanctions law's import ban, printed by Customs or ordered by the President (classifier.scope).
    Rule("sanctions.import_ban", "sanctions.regulation", SANCTIONS_IMPORT_BAN, fields=("title", "text"),
         doc_types=("RULE", "PRORULE", "PRESDOCU")),
    # A sanctioned country's goods let in again: "Americans would be allowed to buy and import Iranian
    # carpets", "lifted the ban on imports of Cuban cigars". Another government's import rules are not ours.
    Rule("sanctions.embargo_imports_eased", "sanctions.regulation",
         _p(r"\b(?:allow|permit|authori[sz]|let)\w*\s+(?:[\w.'’-]+\s+){0,4}?(?:to\s+)?(?:buy\s+and\s+)?import\w*\s+"
            rf"(?:of\s+)?(?-i:{COUNTRY_FORM})\b|"
            r"\b(?:lift\w*|eas(?:e|es|ed|ing)|end(?:s|ed|ing)?|relax\w*|loosen\w*)\s+(?:the\s+|its\s+)?(?:U\.S\.\s+)?"
            r"(?:ban|embargo|prohibition|sanctions|restrictions)\s+on\s+(?:the\s+)?imports?\s+(?:of\s+)?"
            rf"(?:(?-i:{COUNTRY_FORM})|(?-i:{COUNTRY})['’]s|from\s+(?-i:{COUNTRY}))\b"),
         doc_types=("",), requires=_p(r"\bsanction|\bembargo"),
         # "letting Baghdad keep paying for imports of Iranian electricity": another country's imports, let
         # by a waiver for it.
         veto=_p(rf"{HEDGE.pattern}|\b(?:would|might|may|will|could)\s+(?:soon\s+)?(?:lift|eas|relax|end|allow|let)|"
                 rf"\b(?:allow|permit|let)\w*\s+(?:(?-i:{COUNTRY})|{CAPITALS})\b|"
                 + OTHER_BODIES)),
    # A presidential order that creates sanctions: "signed Executive Order 13876, which blocks the property",
    # "signed an executive order imposing a ban on trade with Iran".
    Rule("sanctions.executive_order", "sanctions.regulation",
         _p(rf"\bsign(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:(?:new|second|third|fourth|further|another|separate)\s+)?"
            rf"(?:executive\s+order|E\.\s?O\.)(?!\s+of\b){S}{{0,120}}"
            r"\b(?:block(?:s|ed|ing)?|sanction\w*|designat\w*|IEEPA|national\s+emergency|embargo|freez\w*|froze|"
            # "barring U.S. persons from dealing in new debt"
            r"(?:ban|bann|prohibit|bar|barr)(?:s|ed|ing)?\s+(?:[\w.-]+\s+){0,4}?(?:trade|exports?|imports?|"
            r"investments?|transactions|dealings?)|(?:a\s+)?ban\s+on\s+(?:trade|exports?|imports?|investments?|"
            r"transactions))\b|"
            # "pursuant to Executive Order 13288, as amended by Executive Order 13391": a citation's history.
            rf"\b(?:revok|rescind|terminat|amend)\w*\s+(?!by\b)(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:executive\s+order|E\.\s?O\.)"
            rf"{S}{{0,80}}\b(?:sanction\w*|block\w*|designat\w*|national\s+emergency)\b|"
            # "amended his April 2015 cyber-sanctions order so that it also covers ..."
            r"\b(?:revok|rescind|terminat|amend)\w*\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:[\w-]+-)?sanctions\s+order\b|"
            r"\b(?:executive\s+order|E\.\s?O\.)\s*(?:No\.\s*)?\d+,?\s+(?:which|that)\s+(?:blocks|authori[sz]es\s+"
            r"(?:sanctions|designations|the\s+(?:blocking|designation))|imposes\s+sanctions)\b"),
         unless_prose=EAA_LAPSE, veto=_p(rf"{HEDGE.pattern}|{DESIGNATED_UNDER_ORDER}")),
    # A law signed that authorises blocking or sanctions: "signed the Xland Human Rights Act of 2018 into
    # law ...; it authorises the blocking of assets". Its designations come later.
    Rule("sanctions.law_signed", "sanctions.regulation",
         # "signed into law on Friday a bill that ... also carries the Foo Accountability Act".
         _p(r"\bsign(?:s|ed|ing)\s+(?:the\s+)?(?:[\w,.'’()-]+\s+){1,10}?Act\b(?:\s+of\s+\d{4})?,?\s+into\s+law\b|"
            rf"\bsign(?:s|ed|ing)\s+into\s+law\b{S}{{0,160}}?\b(?:Act|bill)\b|"
            # "signed H.R. 1883, the Xland Nonproliferation Act of 2000", "signed the Foo Act of 2015 (H.R.
            # 2297)"
            # "signed the National Defense Authorization Act for fiscal 2020, which carries the Foo Act of
            # 2019".
            r"\bsign(?:s|ed|ing)\s+(?:H\.\s?R\.\s*\d+,?\s+)?the\s+(?:[\w,.'’()-]+\s+){1,16}?Act\s+of\s+\d{4}\b|"
            # "The Foo Amendments Act of 2005 became law on November 22, 2005".
            r"\bAct\s+of\s+\d{4}\s+(?:became|becomes|has\s+become)\s+law\b|"
            # "The Foo Prevention Act of 1994, Title VIII of the Foreign Relations Authorization Act for
            # Fiscal Years 1994 and 1995, became law on April 30, 1994".
            r"\bAct\b(?:\s+of\s+\d{4})?(?:,\s+[^.;]{1,120}?,|\s+for\s+Fiscal\s+Years?\s+\d{4}(?:\s+and\s+\d{4})?)\s+"
            r"(?:became|becomes|has\s+become)\s+law\b|"
            # "The Foo Sanctions Act of 1990, sections 586 to 586J of the appropriations law, was approved on
            # November 5".
            rf"\bAct\s+of\s+\d{{4}}(?:,\s+{S}{{1,200}}?,)?\s+(?:was|were|has\s+been)\s+(?:approved|enacted)\b|"
            # Enacted over a veto: "voted to override the President's veto of the Foo Act, and the sanctions
            # bill became law at once".
            r"\boverr(?:ide|ode|idden|iding|ides)\s+(?:[\w.'’-]+\s+){0,3}?veto\s+of\s+(?:the\s+)?(?:[\w,.'’()-]+\s+){0,10}?Act\b|"
            r"\bsanctions?\s+(?:bill|legislation|measure)s?\s+(?:became|becomes|has\s+become)\s+law\b"),
         doc_types=("",),
         # ... or that tightens an embargo: "signed the Helms-Burton bill ... into law, tightening the U.S.
         # embargo".
         # ... or that stops a class's licences ("suspended licences for crime control equipment").
         requires=_p(rf"{CLASS_SUSPENDED}|\bauthori[sz]\w*\s+(?:the\s+)?(?:blocking|sanctions|freez)|"
                     # "requires the president to freeze the assets of ... any foreign person found ...".
                     r"\b(?:requir|direct)\w*\s+(?:the\s+)?(?:President|Secretary)\s+to\s+(?:freeze|block)\b|"
                     r"\bimpos\w*\s+(?:new\s+)?sanctions\b|"
                     # "a bar on U.S. arms sales and a ban on exports of controlled goods".
                     r"\b(?:bar|ban)\s+on\s+(?:U\.S\.\s+)?(?:arms\s+sales|exports|imports|investments?|loans|credits?)\b|"
                     # "bans most new U.S. investment in Xland and prohibits imports of Xland products".
                     r"\b(?:ban|prohibit)(?:s|ned|ed|ing)?\s+(?:most\s+|all\s+)?(?:new\s+)?(?:U\.S\.\s+|American\s+)?"
                     r"(?:investments?|imports|loans|credits?)\b|"
                     r"\b(?:tighten|widen|codif|extend|strengthen)\w*\s+(?:the\s+)?(?:U\.S\.\s+)?(?:embargo|sanctions)\b|"
                     # ... or that freezes assets, or bars a government's loans ("bars U.S. government
                     # agencies from providing loans or investment to the Xland government").
                     # "has the administration bar U.S. loans and most exports to Xland".
                     r"\bbar\w*\s+(?:U\.S\.\s+|American\s+)?(?:loans|credits?|exports?|imports?|investments?)\b|"
                     r"\basset\s+freezes\b|\bbar\w*\s+(?:[\w.-]+\s+){0,4}?from\s+(?:providing|making|extending)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:loans|credits?|investment)\b|"
                     # ... or gives the sanction powers themselves ("to block the property of foreign
                     # persons", "deny U.S. export licences ... to foreign persons", "calls for targeted
                     # sanctions", conditions on banks' "correspondent and payable-through accounts").
                     r"\bblock\s+the\s+property\b|\bdeny\s+(?:U\.S\.\s+)?export\s+licen[cs]es\b|"
                     r"\b(?:targeted|mandatory)\s+sanctions\b|\bpayable-through\s+accounts?\b|"
                     r"\bprovides?\s+for\s+(?:[\w-]+\s+){0,2}?sanctions\b|"
                     # "directs the President to apply the act's sanctions to foreign persons ...".
                     r"\b(?:apply|extend)\w*\s+(?:the\s+)?(?:act['’]s\s+|law['’]s\s+|its\s+)?sanctions\s+to\b"),
         veto=_p(rf"{HEDGE.pattern}|\bsign\w*\s+(?:into\s+law\s+)?(?:the\s+)?{EXPORT_STATUTE}")),
    # OFAC's civil penalties adjusted for inflation change every programme's regulations (the cited parts are
    # all of 31 CFR chapter V; a record without them still says whose penalties).
    Rule("sanctions.ofac_penalties_adjusted", "sanctions.regulation",
         _p(rf"\b(?:Office\s+of\s+Foreign\s+Assets\s+Control|OFAC)\b{S}{{0,120}}?\badjust\w*\s+(?:certain\s+|its\s+)?"
            r"civil\s+(?:monetary\s+)?penalt"),
         doc_types=("RULE", "PRORULE")),
    # Reports the sanctions office demands of banks or traders are its programme's rules: "OFAC required every
    # U.S. financial institution holding a payable-through account ... to file a special report".
    Rule("sanctions.reporting_required", "sanctions.regulation",
         _p(rf"\b{OFFICE}\b{S}{{0,60}}?\b(?:required|requires|ordered|orders|directed|directs)\b{S}{{0,160}}?\bto\s+"
            r"(?:file|submit)\s+(?:an?\s+|the\s+)?(?:special\s+|annual\s+|detailed\s+)?reports?\b"),
         doc_types=("",), veto=HEDGE),
    # A presidential order implementing a sanctions statute puts its programme into effect, title alone
    # ("Implementation of the Comprehensive Anti-Apartheid Act").
    Rule("sanctions.statute_implemented", "sanctions.regulation",
         _p(r"^(?:Implementation|Implementing|Administration|Administering)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?"
            r"(?:Anti-Apartheid|Sanctions|Helms-Burton|LIBERTAD|Cuban\s+Democracy|Kingpin(?:\s+Designation)?)\s+Act\b"),
         fields=("title",), doc_types=("PRESDOCU",)),
    # A sanctions statute's provision waived or suspended for a term, nobody named: "a six-month waiver of
    # Title III of the 1996 Helms-Burton Act", the provision that lets Americans sue over confiscated
    # property.
    Rule("sanctions.statute_provision_waived", "sanctions.regulation",
         # "to suspend for another six months the part of Title III of the Helms-Burton Act".
         _p(r"\b(?:waiv\w*|suspen\w*)\s+(?:of\s+)?(?:[\w-]+\s+){0,8}?(?:Title|Section)\s+(?:[IVX]+|\d+)\s+of\s+(?:the\s+)?"
            r"(?:\d{4}\s+)?(?:[\w-]+\s+){0,3}?(?:Helms-Burton|LIBERTAD|Cuban\s+Liberty|(?:[\w-]+\s+){1,3}Sanctions\s+Act)\b|"
            # "suspended for another six months the provision of the 1996 Helms-Burton Act that would let
            # Americans sue", "another six-month waiver on litigation under the 1996 Helms-Burton Act".
            rf"\b(?:waiv\w*|suspen\w*)\b{S}{{0,80}}?\b(?:provisions?|litigation|lawsuits?|suits|right\s+to\s+sue)\s+"
            r"(?:of|under)\s+(?:the\s+)?(?:\d{4}\s+)?(?:[\w-]+\s+){0,3}?(?:Helms-Burton|LIBERTAD|Cuban\s+Liberty|"
            r"(?:[\w-]+\s+){1,3}Sanctions\s+Act)\b|"
            # ... or a statute's sanctions suspended as a whole, nobody named: "Determination To Suspend the
            # Imposition of Sanctions Pursuant to the Xland Civilian Protection Act".
            r"\bsuspen\w*\s+(?:of\s+)?(?:the\s+)?(?:imposition|application)\s+of\s+(?:(?:the|certain|all)\s+)?sanctions\s+"
            r"(?:pursuant\s+to|under)\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?Act\b"),
         # Either way the provision changes ("would no longer suspend Title III"); only deliberation is none.
         veto=_p(r"\bwhether\s+to\b|\b(?:consider|weigh|mull|review)\w*\s+(?:whether|ending|extending)\b|\bthreaten\w*")),
    # A sector determination opens a whole sector to sanctions: "identified Iran's petroleum sector under
    # Executive Order 13902", "widens Iran sanctions to the petrochemical sector".
    Rule("sanctions.sector_determination", "sanctions.regulation",
         _p(rf"\bsector(?:al)?\s+determinations?\b|"
            rf"\b(?:identif|determin)\w*\b{S}{{0,80}}\bsectors?\b{S}{{0,40}}\b(?:under|pursuant\s+to)\s+"
            r"(?:section\s+\d\S*\s+of\s+)?(?:Executive\s+Order|E\.\s?O\.)|"
            # "extending its April 2021 Russia sanctions order to the aerospace, electronics and marine
            # sectors"
            r"\b(?:widen|expand|extend|broaden)\w*\s+(?:[\w-]+\s+){0,4}?sanctions\s+(?:order\s+|program(?:me)?\s+)?to\s+"
            r"(?:[\w,-]+\s+){0,5}?sectors?\b|"
            # A determination that bars a class of dealings: "a determination under Executive Order 14071 that
            # bars supplying anyone in Russia with IT consultancy services".
            r"\bdetermination\s+(?:under|pursuant\s+to)\s+(?:section\s+\S+\s+of\s+)?(?:Executive\s+Order|E\.\s?O\.)\s+"
            # "a determination under Executive Order 14024 exposing anyone who operates in Russia's energy
            # sector to sanctions", "a second determination under Executive Order 14071 prohibiting ... the
            # export".
            r"\d+,?\s+(?:(?:that|which)\s+(?:bars|prohibits|bans|restricts|exposes)|barring|prohibiting|banning|"
            r"restricting|exposing)\b|"
            # A determination that makes a trade with a sector sanctionable: "decided that supplying certain
            # materials used in construction would now be sanctionable".
            r"\b(?:decided|determined|declared|found)\s+that\s+[^.;]{0,160}?\b(?:would|will|is|are)\s+(?:now\s+)?"
            r"(?:be\s+)?sanctionable\b|\bmade\s+(?:[\w-]+\s+){0,4}?sanctionable\b"),
         veto=HEDGE),
    # OFAC numbers its general licences ("General License 8A", "GL 13"); BIS's are temporary and unnumbered.
    Rule("sanctions.general_licence", "sanctions.regulation",
         _p(rf"\b(?:issu(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|amend(?:s|ed|ing)?|extend(?:s|ed|ing)?|"
            rf"publish(?:es|ed|ing)?|revok(?:e|es|ed|ing)|renew(?:s|ed|ing)?){S}{{0,60}}?\b"
            r"(?:General\s+Licen[cs]es?|GLs?)\s+(?:No\.\s*)?\d+[A-Z]?\b|"
            # Unnumbered in the news: "OFAC issued a general licence authorising ...".
            # "OFAC removed the general licence for group people-to-people travel": the programme changes.
            rf"\b(?:OFAC|Office\s+of\s+Foreign\s+Assets\s+Control|Treasury)\b{S}{{0,60}}\b(?:issu|publish|extend|amend|"
            r"renew|remov|withdr[ae]w|eliminat|rescind|narrow|expand)\w*\s+(?:(?:a|an|the|new|two|three|several|its)\s+)*"
            r"(?:[\w-]+\s+)?general\s+licen[cs]es?\b"),
         # A general licence that lets holders wind down dealings with the newly designated belongs to the
         # designation, not to a programme's rules.
         # One recommended to OFAC is advice ("recommending that OFAC issue a general licence").
         # So does one for dealings with the parties just designated ("allowing limited safety transactions
         # with the designated companies and vessels").
         veto=_p(rf"{HEDGE.pattern}|{ELSEWHERE.pattern}|\bsimultaneous|\bwind(?:ing)?[- ]?down\b|"
                 r"\brecommend\w*\b|\b(?:transactions|dealings)\s+(?:[\w-]+\s+){0,3}?(?:with|involving)\s+(?:the\s+)?"
                 r"(?:newly\s+)?(?:designated|blocked|sanctioned)\b"),
         # A story whose general licence is one company's or one project's tells that licence, headline and
         # all ("OFAC issues General License 128B" over a licence for Foo International GmbH's stations).
         unless_prose=_p(GL_FOR_NAMED)),
    # "a sixth package of Treasury and Commerce rule changes" easing an embargo: the Treasury's rules there
    # are a sanctions programme's (its tax rules have no embargo).
    Rule("sanctions.treasury_rule_changes", "sanctions.regulation",
         _p(r"\b(?:Treasury|OFAC)(?:['’]s)?\s+(?:and\s+Commerce\s+(?:Department\s+)?)?(?:Department\s+)?"
            r"(?:rule|regulatory)\s+(?:changes?|amendments?)\b"),
         doc_types=("",), requires=_p(r"\bembargo|\bsanction"), veto=HEDGE),
    Rule("sanctions.outbound_investment", "sanctions.regulation",
         _p(r"\b(?:outbound\s+investment|(?:U\.S\.|United\s+States)\s+investments?\s+in\s+certain\s+national\s+security\s+"
            r"technologies"
            r"|(?:prohibit|ban|restrict|bar)\w*\s+(?:certain\s+|some\s+|new\s+)?(?:U\.S\.\s+|American\s+)?investments?\s+in\b"
            r"|countries\s+of\s+concern\b[^.;]{0,60}\binvestment)"),
         # Parties said to fall under a ban already ordered are news of their listing, not of the ban: "the
         # four would be covered by the executive order barring U.S. investment in such companies".
         veto=_p(r"\b(?:would|will)\s+(?:now\s+|also\s+)?(?:be\s+(?:covered|caught)\s+by|fall\s+under)\b")),
    # --- other screening lists ------------------------------------------------------------------------------
    Rule("other_list.uvl", "other_list.change",
         # "50 new names on its 'unverified' red-flag list".
         _p(r"\b(?:add|remov|revis|modif|publish|put|plac|delist|tak|took)\w*\b[^.;]{0,80}"
            r"(?:\bUnverified\s+List|\bUVL\b|['‘’\"]unverified['‘’\"]\s+(?:[\w-]+\s+)?(?:export\s+)?list)"),
         # "The firms had been placed on the Unverified List on October 6": background to other news.
         # The list's own reason ("parties whose bona fides the Bureau could not establish through end-use
         # checks") is no hedge.
         veto=_p(r"^(?![\s\S]*\b(?:bona\s+fides|end-use\s+checks?)\b)[\s\S]*?"
                 rf"(?:{HEDGE.pattern})|\b(?:had\s+been|which\s+(?:was|were)|who\s+(?:was|were)|since\s+being|"
                 r"after\s+being)\s+(?:placed|added|put)\b")),
    Rule("other_list.uvl_title", "other_list.change", _p(r"\bUnverified\s+List\b"), fields=("title",)),
    # BIS's public list of aircraft flown into Russia or Belarus in apparent violation of the EAR: servicing a
    # listed aircraft is barred, so adding tail numbers changes a list ("updating its list of aircraft that
    # have flown into Russia ... by adding the first three Iranian-owned aircraft"). News names the planes
    # by other words and the list by what it names ("names its first 25 foreign-built aircraft on the list of
    # planes flown into Russia").
    Rule("other_list.aircraft", "other_list.change",
         _p(r"\b(?:add|remov|updat|revis|publish|expand|identif|nam)\w*\b[^.;]{0,80}?\b(?:its\s+|the\s+|BIS['’]s\s+)?"
            r"(?:(?:public\s+)?list\s+of\s+(?:[\w-]+\s+){0,2}?(?:aircraft|planes|airplanes|airliners|jets)|aircraft\s+list)\b"
            r"[^.;]{0,80}?\b(?:Russia|Belarus|violat\w*|EAR)\b|"
            # ... or the planes named by what they do: "identified ten more aircraft as likely operating in
            # violation of U.S. export controls".
            r"\b(?:add|identif|nam|list)\w*\s+(?:[\w-]+\s+){0,3}?(?:aircraft|planes|airplanes|airliners|jets)\s+(?:as\s+)?"
            r"(?:likely\s+|apparently\s+)?(?:operating|flying|flown)\s+in\s+(?:apparent\s+)?(?:violation|breach)\s+of\b"),
         veto=HEDGE),
    Rule("other_list.meu", "other_list.change",
         _p(r"\b(?:add|remov|revis|modif|mov|shift|transfer|delet)\w*\b[^.;]{0,80}\b"
            r"(?:Military\s+End[- ]User\s+(?:\(MEU\)\s+)?List|MEU\s+List)\b|"
            # "designated the Foo Group as a Russian 'military end user' under the Export Administration
            # Regulations".
            r"\b(?:designat|nam|list)\w*\s+(?:[\w'’.-]+\s+){0,6}?(?:as\s+)?an?\s+(?:(?:Russian|Belarusian|Chinese|"
            r"Venezuelan|Burmese|Cambodian|Nicaraguan)\s+)?['‘\"“]?military\s+end[- ]user\b"),
         veto=HEDGE),
    # Orders on parties are notices; a rule that amends the EAR's enforcement procedures or its references to
    # the Denied Persons List denies nobody.
    Rule("other_list.denial_order", "other_list.change",
         _p(r"\bOrders?\s+(?:Temporarily\s+)?(?:Denying|Renewing|Modifying|Terminating|Extending)\b[^.;]{0,60}"
            r"\b(?:Export\s+Privileges|Denial\s+Order)|\bAction\s+Affecting\s+Export\s+Privileges\b|"
            r"(?<!suspended\s)(?<!suspended\stemporary\s)\b(?:temporary\s+)?denial\s+orders?\b(?!\s+procedures)|\bDenied\s+Persons\s+List\b|"
            # News quotes the jargon: "issued 'temporary denial' orders".
            r"(?<!suspended\s)[\'‘\"“]temporary\s+denial[\'’\"”]\s+orders?\b|"
            # A settlement's term "may not publicly deny the allegations" denies no privileges.
            r"\bden(?:y|ies|ied|ying)\b(?!\s+(?:the\s+|any\s+|its\s+|these\s+)?(?:allegations|charges|accusations|"
            r"wrongdoing|claims)\b)[^.;]{0,40}\b(?:export|trading)\s+privileges\b|"
            # "has withdrawn the export licences and privileges of four companies": a denial in other words.
            r"\b(?:withdr[ae]wn?|withdrawing|revok\w*|strip\w*|cancel\w*)\b[^.;]{0,40}\b(?:export|trading)\s+"
            r"(?:licen[cs]es\s+and\s+)?privileges\b|"
            # Past the initials' stops: "denied all U.S. trading privileges to the two French importers", "has
            # been fined $1.24 million and denied all U.S. export privileges for 30 years".
            # "a company in Taiwan that was, at the time, denied U.S. export privileges" is a status told; a
            # denial for a term is an order ("were denied U.S. export privileges for ten years").
            r"\bden(?:y|ies|ied|ying)\s+(?:all\s+U\.S\.\s+(?:export|trading)\s+privileges\b|U\.S\.\s+(?:export|trading)\s+"
            r"privileges\s+(?:to\b|for\s+(?:\d+|[a-z]+)\s+years\b|until\b))|"
            # "issued a temporary order suspending for 60 days the export privileges of Foo Bar",
            # "suspending for five years, until Jan. 30, 2018, the export privileges of".
            r"\bsuspend(?:s|ed|ing)?\s+(?:for\s+(?:\d+|[a-z]+)\s+(?:days|months|years)\s*,?\s+"
            r"(?:until\s+(?:[\w.]+\s+){0,2}?\d{1,2},\s+\d{4},\s+)?)?(?:the\s+)?(?:U\.S\.\s+)?(?:export|trading)\s+privileges\b"),
         not_doc_types=("RULE", "PRORULE"),
         # ... and so is one a later sentence suspends: "The denial period was suspended for seven years".
         unless_prose=_p(r"\bdenial\s+(?:period\s+)?(?:was|is|has\s+been|will\s+be)\s+suspended\b"),
         # A denial held in suspense by a settlement is a term of its penalty ("the denial will be waived").
         # "denied its export privileges for three years, but suspended the denial and will waive it".
         # "also denied the export privileges of Foo and his company for five years, which was suspended".
         # A denial a settlement holds over its party ("otherwise BIS may revoke its export privileges") is
         # threatened, not ordered.
         veto=_p(r"\bdenial\s+(?:will|would)\s+be\s+(?:waived|suspended)\b|\bprobationary\b|"
                 rf"{LIST_CATALOGUE}|"
                 # A party's appeal against its order is heard on an order already issued.
                 r"\bappeal\w*\s+(?:[\w.'’-]+\s+){0,6}?against\s+(?:the\s+|an?\s+|its\s+)?(?:[\w.'’-]+\s+){0,4}?"
                 r"denial\s+orders?\b|"
                 # A settlement told without one: "no denial order was imposed".
                 r"\b(?:no|without\s+an?)\s+(?:temporary\s+)?denial\s+orders?\b|"
                 r"\b(?:may|could|might)\s+(?:also\s+|then\s+)?(?:revoke|deny|suspend|withdraw|cancel)\b|"
                 # ... as is one that follows only on a default: "if it fails to pay, BIS will deny its
                 # export privileges for one year".
                 r"\bif\s+(?:it|he|she|they|the\s+[\w-]+)\s+(?:fails?|does\s+not|refuses?)\s+to\b[^.;]{0,80}?"
                 r"\b(?:will|would|shall)\s+(?:then\s+)?(?:revoke|deny|suspend|withdraw|cancel)\b|"
                 r"\bwhich\s+(?:was|were|is|has\s+been)\s+(?:then\s+)?suspended\b|"
                 r"\bsuspend(?:s|ed|ing)?\s+(?:the\s+|that\s+|its\s+)?denial\b|"
                 # A forwarder charged with dealing with a denied party: the order it "violated the terms
                 # of" is the case's background, as are what "firms subject to such denial orders" may not
                 # do and a party "no longer subject to a denial order".
                 r"\bviolat\w*\s+(?:the\s+terms\s+of\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,5}?(?:order|denial)\b|"
                 # "... for serving a company under a U.S. temporary denial order": the party's status.
                 r"\b(?:compan(?:y|ies)|firms?|part(?:y|ies)|persons?|customers?|buyers?)\s+(?:already\s+)?(?:under|subject\s+to)\s+"
                 r"(?:an?|the)\s+(?:[\w.-]+\s+){0,3}?denial\s+orders?\b|"
                 # "Both were already under a 15-year BIS denial order": a status, no new order.
                 r"\b(?:was|were|is|are|remained|remains)\s+(?:already|still)\s+(?:under|subject\s+to)\s+(?:an?|the|its)\s+"
                 r"(?:[\w.-]+\s+){0,3}?denial\s+orders?\b|"
                 r"\b(?:firms|persons|companies|parties|those)\s+(?:(?:that|who)\s+are\s+)?(?:currently\s+)?subject\s+to\s+"
                 r"(?:such\s+)?denial\s+orders\b|\bno\s+longer\s+(?:subject\s+to|under)\b|"
                 # An agency's record told: "had imposed tens of millions in civil penalties on violators
                 # and denied export privileges to some".
                 r"\bhad\s+(?:also\s+|previously\s+)?(?:imposed|denied)\b[^.;]{0,160}?\bdenied\s+export\s+privileges\b|"
                 # An order issued before the story: "In January BIS had issued a temporary denial order".
                 r"\bhad\s+(?:already\s+|previously\s+|earlier\s+)?issued\s+(?:an?\s+|the\s+|its\s+)?(?:temporary\s+)?"
                 r"denial\s+orders?\b|"
                 # An agency's yearly tally counts orders issued over a fiscal year ("with 26 denial orders
                 # issued in those 39 cases in fiscal 2011"): no party is denied in it.
                 rf"^(?=[\s\S]*\bfiscal\s+(?:year\s+)?(?:19|20)?\d\d\b)[\s\S]*?\b(?:\d[\d,]*|{NUMBER_WORDS})\s+"
                 r"(?:temporary\s+)?denial\s+orders\b")),
    # The order told as a settlement's penalty: "a five-year denial of his export privileges, one year of
    # which is suspended". Settlements mostly suspend the whole denial ("a three-year denial of export
    # privileges that is suspended", "the denial of export privileges will be suspended and then waived"),
    # anywhere in the story, and a denial a charge risks ("a possible denial") is none.
    Rule("other_list.denial_penalty", "other_list.change",
         _p(r"\bdenial\s+of\s+(?:(?:his|her|its|their|all\s+its|[\w-]+['’]s)\s+)?(?:own\s+)?export\s+privileges\b"),
         doc_types=("",),
         # The money held over ("the money was suspended") leaves the denial standing.
         unless_prose=_p(r"(?<!\bof\swhich\s)(?<!\bmoney\s)(?<!\bfine\s)(?<!\bpenalty\s)(?<!\bpenalties\s)"
                         r"\b(?:is|was|were|are|be|been)\s+(?:then\s+)?(?:suspended|waived)\b|"
                         r"\bprivileges,\s+suspended\b|\bprobationary\b|\b(?:both|all|each)\s+suspended\b|"
                         r"\bsuspended\s+(?:outright|denial)\b|\b(?:possible|potential)\s+denial\b"),
         # What a missed payment "could bring" is a term of the settlement, not a denial imposed.
         # Nor is a denial an agency says it will seek ("would now consider seeking denial of export
         # privileges against individuals"): a policy, no order.
         veto=_p(r"\b(?:could|would|may|might)\s+(?:also\s+)?(?:bring|result\s+in|lead\s+to|trigger|mean)\b|"
                 r"\b(?:seek|seeking|sought|pursu\w*|consider\w*|recommend\w*)\s+(?:a\s+|the\s+)?denial\s+of\b|"
                 # ... nor one it "faces ... if it breaks the terms".
                 r"\bif\s+(?:it|he|she|they|the\s+(?:company|firm))\s+(?:break|violat|fail|breach)\w*")),
    # BIS titles its orders on one party's export privileges (denials, renewals, settlements) "In the Matter
    # of: <party>, <address>"; a title-only Public Inspection entry has nothing else.
    # Other agencies' matters (NRC licence transfers, ITC patent cases) have no colon and are out of scope.
    # An administrative law judge's decision on charges ("...; Decision and Order") is the end of an
    # enforcement case, unless its title says it acts on export privileges.
    # The Bureau of Export Administration's titles name the party, then the subject: "<party>; Export
    # Privileges".
    Rule("other_list.bis_order_title", "other_list.change",
         _p(r"^In\s+the\s+Matter\s+of:\s|;\s*Export\s+Privileges$"),
         fields=("title",), doc_types=("NOTICE",), unless_title=BIS_DECISION),
    # The State Department's policy of denial for named parties, its way of listing them before statutory
    # debarment: "the policy of the Department of State to deny all export license applications ...
    # involving, directly or indirectly: the Foo Corporation, ...".
    Rule("other_list.denial_policy", "other_list.change",
         _p(r"\bpolicy\s+of\s+the\s+(?:Department\s+of\s+State|State\s+Department)\s+to\s+deny\s+all\s+"
            r"(?:export\s+)?licen[cs]e\s+applications\b[^.;]{0,240}?\binvolv(?:e|es|ing)\b"),
         doc_types=("NOTICE", "")),
    # News of a denial told by what it bars: "barred four Xland companies from receiving any U.S. oil and gas
    # equipment, services or technology". A listing or a designation says the same of its parties.
    Rule("other_list.barred_from_us_goods", "other_list.change",
         _p(r"\b(?:bar|ban|prohibit)(?:s|red|ned|ited|ring|ning|iting)?\s+(?:[\w.,'’&-]+\s+){1,6}?from\s+"
            r"(?:receiving|buying|importing|getting|obtaining)\s+(?:any\s+)?(?:U\.S\.|American)(?:-made|-origin)?\s+"
            r"(?:[\w,-]+\s+){0,6}?(?:equipment|goods|technology|products|exports|items|parts|components)\b"),
         doc_types=("",), unless_tags=(*LISTED, "sanctions.designation"),
         veto=_p(rf"{HEDGE.pattern}|\b(?:would|will|could|may|might)\b|\beffectively\b")),
    Rule("other_list.debarment", "other_list.change",
         _p(r"\b(?:statutory|administrative)\s+debarment\b|\bdebar(?:s|red|ring)?\b[^.;]{0,80}\b(?:ITAR|Arms\s+Export|"
            r"defen[cs]e\s+(?:articles|trade))|\breinstat\w*\b[^.;]{0,60}\b(?:ITAR|Arms\s+Export|debar)|"
            # "normalised defence trade by suspending the debarment of South African firms"
            r"\b(?:suspen|lift|rescind|end|terminat)\w*\s+(?:the\s+)?debarments?\s+of\b"),
         # "The Department said an administrative debarment was not appropriate at this time."
         veto=_p(rf"{HEDGE.pattern}|\bdebarment\s+(?:was|is|would\s+be)\s+(?:not|un)\w*")),
    # The State Department keeps it under the Cuban Assets Control Regulations: a sanctions list.
    Rule("sanctions.cuba_restricted", "sanctions.designation",
         _p(r"\bCuba\s+(?:Restricted|Prohibited\s+Accommodations)\s+List\b"),
         # The list named as a rule's criterion ("any transaction involving an entity or subentity on the
         # State Department's Cuba Restricted List") adds no one to it.
         veto=_p(r"\b(?:involving|with|through)\s+(?:an?\s+|any\s+)?(?:entit(?:y|ies)|subentit(?:y|ies)|parties|"
                 r"persons)\b[^.;]{0,40}?\bon\s+the\b")),
    # --- other export-control items -------------------------------------------------------------------------
    # Changing the control lists themselves: ECCNs added or revised, a regime's decisions implemented, the
    # ITAR or the USML amended. Beside a licence rule these are a second kind of change, so they always count.
    Rule("export_control.ccl_change", "export_control.other",
         # "removes the CCL entries for red cedar and the licence requirement they carried".
         _p(rf"\b(?:amend|revis|modif|harmoni[sz]|updat|clarif|expand|narrow|remov|delet)\w*\s+(?:\w+\s+){{0,3}}?{CCL}|"
            # "Changes in Categories 3, 4, and 5 of the Commerce Control List"
            rf"\b(?:Changes?|Revisions?|Amendments?)\s+(?:in|to)\s+{CATEGORIES_OF}Commerce\s+Control\s+List\b|"
            rf"\badd\w*\b{S}{{0,120}}\bto\s+(?:the\s+)?(?:{CATEGORIES_OF})?(?:{CCL})|\b(?:new|temporary)\s+(?:{CCL})(?!\s*(?:\(CCL\)\s*)?-based)|"
            rf"\bclassif\w*\b{S}{{0,100}}\b(?:under|in)\s+(?:the\s+)?(?:{CCL})|"
            rf"\bECCN\s+\w+\s+(?:is|are)\s+(?:amended|revised|added|removed)|\bscope\s+of\s+(?:{CCL})|"
            # "increasing the country scope of chemical/biological (CB) controls on those CCL entries".
            rf"\b(?:increas|expand|extend|widen|narrow|reduc|chang)\w*\s+(?:the\s+)?(?:country\s+)?scope\s+of\b{S}{{0,80}}?"
            rf"\b(?:{CCL})|"
            rf"\b0Y521\b|"
            # Items moved between agencies' controls: "Exports of Nuclear Grade Graphite: Change in Licensing
            # Jurisdiction", "subject to the EAR's licensing jurisdiction".
            r"\b(?:change|transfer)s?\s+(?:in|of)\s+(?:(?:licensing|export|commodity)\s+)?jurisdiction\b|"
            # "to remove the NRC's licensing authority for exports of deuterium for non-nuclear end use".
            r"\b(?:remov|transferr?)\w*\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?(?:export\s+)?licensing\s+(?:authority|jurisdiction)\b|"
            r"\bsubject\s+to\s+the\s+(?:EAR|Export\s+Administration\s+Regulations)['’]?s?\s+(?:licensing\s+)?jurisdiction\b"),
         # Licence news names the ECCNs of the items decided on ("licences for items classified under 0A501"),
         # and a denial order those of the goods diverted.
         unless_tags=("license.decision", "other_list.change")),
    Rule("export_control.regime_decisions", "export_control.other",
         # "brings the EAR into line with changes the Wassenaar Arrangement made to its cryptography note".
         _p(rf"\bimplement\w*\b{S}{{0,160}}\b{REGIME}|\b(?:into|in)\s+line\s+with\b{S}{{0,80}}?\b{REGIME}|"
            # "carrying out an agreement reached the previous summer in COCOM".
            rf"\bcarr(?:y|ies|ied|ying)\s+out\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:agreement|decision|understanding)s?\b"
            rf"{S}{{0,80}}?\b(?:{REGIME}|COCOM\b)|\b{REGIME}{S}{{0,60}}\b(?:Plenary|Intersessional|"
            rf"decisions|understandings)\b|\b(?:Plenary|Intersessional)\b{S}{{0,60}}\b{REGIME}"),
         # Another government's implementation is its own control list: "the EU's implementation of changes
         # agreed in the regimes".
         # A plenary that ended "without any decision" changed nothing.
         veto=_p(rf"\b(?:EU|European\s+Union|Commission|(?-i:{COUNTRY}|{COUNTRY_FORM}))['’]s\s+(?:[\w-]+\s+){{0,2}}?implement|"
                 rf"{NO_DECISION}")),
    Rule("export_control.itar_change", "export_control.other",
         # "amends Section 123.4 of the International Traffic in Arms Regulations".
         _p(r"\b(?:amend|revis|modif|reorgani[sz])\w*\s+(?:[\w.§]+\s+){0,4}?(?:International\s+Traffic\s+in\s+Arms\s+"
            r"Regulations|ITAR\b|United\s+States\s+Munitions\s+List|USML\b)|"
            r"\b(?:Amendments?|Revisions?|Changes?)\s+to\s+the\s+International\s+Traffic\s+in\s+Arms\s+Regulations|"
            r"\bUSML\s+Categor|\bno\s+longer\s+warrant\s+control\b|"
            # "Temporary Modification of Category XI of the U.S. Munitions List".
            r"\b(?:amend|revis|modif)\w*\s+(?:of\s+|to\s+)?Categor(?:y|ies)\s+[IVX]+(?:,?\s+(?:and\s+)?[IVX]+)*\s+of\s+"
            r"the\s+(?:U\.\s?S\.\s+|United\s+States\s+)?Munitions\s+List\b|"
            # News names the rule by its noun ("the ITAR amendment published on February 14") and the ITAR's
            # country-policy list by its own word: a country added to the proscribed list amends the ITAR.
            r"\bITAR\s+(?:amendments?|rules?|changes?)\b|"
            # "added a new exemption, section 126.17, to the International Traffic in Arms Regulations".
            r"\badd\w*\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:exemptions?|sections?|paragraphs?|§)\b"
            r"(?:[^.;]|\.(?=\d)){0,60}?\bto\s+the\s+(?:International\s+Traffic\s+in\s+Arms\s+Regulations|ITAR)\b|"
            rf"{ITAR_COUNTRY_TITLE.pattern}|"
            # "removed the Federal Republic of Yugoslavia (Serbia and Montenegro) and Tajikistan from the
            # International Traffic in Arms Regulations' list of proscribed destinations".
            r"\b(?:add|remov|plac|put)\w*\s+(?:[\w'’()-]+\s+){1,10}?(?:to|on|from)\s+(?:the\s+|its\s+)?"
            r"(?:ITAR['’]s\s+|International\s+Traffic\s+in\s+Arms\s+Regulations['’]s?\s+)?list\s+"
            r"of\s+proscribed\s+(?:countries|destinations)\b|"
            # Items moved between the two control lists change both: "Foo Items Transferred From the U.S.
            # Munitions List to the Commerce Control List".
            r"\bfrom\s+the\s+(?:U\.\s?S\.\s+|United\s+States\s+)?(?:Munitions\s+List|USML)\s+to\s+the\s+"
            r"(?:Commerce\s+Control\s+List|CCL)\b|\bfrom\s+the\s+(?:Commerce\s+Control\s+List|CCL)\s+to\s+the\s+"
            r"(?:U\.\s?S\.\s+|United\s+States\s+)?(?:Munitions\s+List|USML)\b"), veto=_p(r"\bdebar")),
    # A policy of denying licences for defence articles to a country is the arms-export control's country
    # policy, whether an ITAR amendment or a notice restating it: "all licences ... to export defense
    # articles to Xland will continue to be denied", "Denial Policy of Munitions Export Licenses to Xland".
    Rule("export_control.arms_denial_policy", "export_control.other",
         _p(r"\bDenial\s+Policy\b[^.;]{0,40}?\b(?:Munitions|Defen[cs]e|Arms)\b|"
            r"\bpolicy\s+(?:of\s+the\s+United\s+States\s+)?(?:of\s+denying|of\s+denial\s+(?:of|for)|to\s+deny)\s+"
            r"(?:all\s+)?(?:[\w-]+\s+){0,4}?(?:defen[cs]e\s+(?:articles|services|exports|trade)|munitions|arms\s+exports)\b|"
            r"\blicen[cs]es\b[^.;]{0,40}?\b(?:defen[cs]e\s+articles|defen[cs]e\s+services|munitions)\b[^.;]{0,120}?"
            r"\b(?:will|shall)\s+(?:continue\s+to\s+)?be\s+denied\b"),
         veto=HEDGE),
    # A regime by what it agrees rather than its name: "announced a jointly agreed set of guidelines
    # restricting exports of missiles and related equipment".
    Rule("export_control.export_guidelines", "export_control.other",
         # Several governments together: one government's own guidelines ("India issued new guidelines for
         # exports of nuclear material") are its own controls.
         _p(r"\b(?:allies|nations|partners|members|governments|countries|jointly)\b[^.;]{0,80}?"
            r"\b(?:agree\w*|adopt\w*|announc\w*|issu\w*|publish\w*|set)\b[^.;]{0,80}?\bguidelines\s+(?:restricting|"
            r"limiting|curbing|governing|on|for|to\s+(?:curb|restrict|limit|govern|control))\s+(?:the\s+)?(?:exports?|"
            r"transfers?)\s+of\b"),
         # Not HEDGE: the goods are described by what they "could deliver".
         doc_types=("",),
         veto=_p(r"\bwhether\b|\b(?:would|will|may|might)\s+(?:agree|adopt|announc|issu|publish)\w*|"
                 r"\b(?:propos|consider|weigh|plan)\w*\s+(?:to|new)\b")),
    Rule("export_control.regimes", "export_control.other",
         _p(r"\bWassenaar\b|\bAustralia\s+Group\b|\bMissile\s+Technology\s+Control\s+Regime\b|\bMTCR\b|"
            # Wassenaar's Cold War predecessor.
            r"\bNuclear\s+Suppliers\s+Group\b|\bCOCOM\b|\bCoordinating\s+Committee\s+(?:on|for)\s+Multilateral"),
         mention=True,
         # A state pressed to join a regime, or declining to, is diplomacy: "pressing the Xland government to
         # accept the commitments of COCOM", "said it did not intend to join COCOM".
         # Goods "no longer referred to COCOM" are the regime's business still.
         veto=_p(r"\b(?:press|push|urg|lobb)\w*\s+(?:[\w.'’-]+\s+){0,4}?to\s+(?:join|accept|sign\s+up|adhere|become\s+a\s+"
                 r"member)\b|\b(?:not|never|no)\s+(?:\w+\s+){0,2}?(?:intend|plan|want|wish|seek)\w*\s+to\s+join\b|"
                 rf"\brefus\w*\s+(?:[\w-]+\s+){{0,3}}?to\s+join\b|\bstay\s+out\b|{NO_DECISION}")),
    # What a bill never enacted "would have set up" is no list of this world.
    Rule("export_control.ccl", "export_control.other",
         _p(r"\bCommerce\s+Control\s+List\b|\bECCNs?\b|\bCCL\b"), unless_tags=LISTED, mention=True,
         veto=_p(r"\bwould\s+have\b")),
    Rule("export_control.cfr_774", "export_control.other", _p(r"\b15 CFR 774\b"), fields=("cfr_parts",),
         doc_types=("RULE", "PRORULE"), mention=True),
    Rule("export_control.itar", "export_control.other",
         _p(r"\bInternational\s+Traffic\s+in\s+Arms\s+Regulations\b|\bUnited\s+States\s+Munitions\s+List\b|"
            r"\bUSML\b"), veto=_p(r"\bdebar"), mention=True,
         # A private suit against the rules ("filed suit to overturn restrictions on exporting encryption")
         # is the plaintiff's news; the regulations it names are its background.
         unless_prose=_p(r"\b(?:filed|files|filing)\s+(?:a\s+)?(?:suit|lawsuit)\b|\bsued\b|\blawsuits?\b")),
    # A presidential order or notice titled for the export controls themselves ("Administration of Export
    # Controls", "Continuation of Export Control Regulations") is about the system, not a programme.
    # So is one titled for exports at large ("Continuing the Regulation of Exports", "Export of Banned or
    # Significantly Restricted Substances"); one titled for one export to one country decides it (above).
    # So is one titled for the nuclear export statutes ("Nuclear Non-Proliferation", "... Provisions of the
    # Atomic Energy Act ... Relating to International Cooperation").
    Rule("export_control.presidential_title", "export_control.other",
         _p(r"\bExport\s+Controls?\b|\bExport\s+Administration\b|\bRegulation\s+of\s+Exports\b|\bExport\s+Licensing\b|"
            r"^Exports?\s+of\b|\bNuclear\s+Non-?[Pp]roliferation\b|"
            # The Convention's implementation controls the scheduled chemicals' trade.
            r"\bChemical\s+Weapons\s+Convention\b|"
            rf"\bAtomic\s+Energy\s+Act\b[^;]{{0,80}}?\bInternational\s+Cooperation\b|{EXPORT_CONTROL_ORDER.pattern}"),
         fields=("title",), doc_types=("PRESDOCU",), unless_tags=("license.decision",)),
    # The export-control statute itself enacted or renewed ("signed the Export Administration Amendments Act
    # of 1985") is the control system's news, whatever sanction powers it also gives.
    Rule("export_control.export_law_enacted", "export_control.other",
         _p(rf"\bsign(?:s|ed|ing)\s+(?:into\s+law\s+)?(?:the\s+)?{EXPORT_STATUTE}|"
            rf"{EXPORT_STATUTE}(?:\s+of\s+\d{{4}})?,?\s+(?:became|becomes|has\s+become)\s+law\b"),
         doc_types=("",), veto=HEDGE),
    # The control system itself under review or rebuilt: "launched an interagency process to review the whole
    # U.S. export control system", "recommendations for overhauling the U.S. export control system".
    Rule("export_control.system_review", "export_control.other",
         _p(r"\b(?:review|overhaul|reform|revamp|moderni[sz]|rebuild|rework|streamlin)\w*\s+(?:of\s+)?(?:the\s+)?"
            r"(?:whole\s+|entire\s+|nation['’]s\s+)?(?:U\.S\.\s+|American\s+|United\s+States\s+)?export[\s-]+controls?\s+"
            r"(?:system|regime)s?\b"),
         veto=HEDGE),
    # A state joining a regime changes whom its controls treat as a partner: "Recognition of Xland as Member
    # of Missile Technology Control Regime", "admitted Xland to the Australia Group".
    Rule("export_control.regime_member", "export_control.other",
         _p(rf"\b(?:recogni\w*|admi(?:t|ts|tted|tting|ssion)|accession|join\w*|became|becomes)\b{S}{{0,80}}?\b"
            rf"(?:(?:as\s+(?:an?\s+)?)?(?:Member|Participant|Partner|Adherent|Participating\s+State)s?\s+(?:of|in|to)|to)\s+"
            rf"(?:the\s+)?{REGIME}"),
         veto=HEDGE),
    # An official's testimony that recalls the lapse ("told a House subcommittee that an extension of the
    # Export Administration Act, which had lapsed, would be better") argues for a bill and decides nothing.
    Rule("export_control.eaa_lapse", "export_control.other", EAA_LAPSE,
         requires=_p(r"\bemergency\b|\bIEEPA\b|\bExecutive\s+Order\b"),
         veto=_p(rf"{HEDGE.pattern}|{TESTIMONY}")),
    Rule("export_control.bis_decision", "export_control.other", BIS_DECISION, fields=("title",),
         doc_types=("NOTICE",)),
    Rule("export_control.enforcement", "export_control.other",
         # Bank regulators write "an Order of Assessment of a Civil Money Penalty".
         _p(r"\bplead(?:s|ed|ing)?\s+guilty\b|\bguilty\s+plea\b|\bcivil\s+(?:money\s+)?penalt(?:y|ies)\b|"
            # A penalty paid under a deal: "Under the deal Foo pays a $1 billion penalty"; one agreed "to pay"
            # is told as another story's background ("The step followed Foo's agreement to pay ...").
            r"\bpa(?<!\bto\spa)(?:y|ys|id|ying)\s+(?:an?\s+)?(?:record\s+)?(?:US)?\$[\d.,]+\s*(?:million|billion)?\s+(?:civil\s+|criminal\s+|"
            r"combined\s+)?(?:penalty|penalties|fine)\b|"
            # A case settled by what it was: "to settle a Commerce Department export-control investigation".
            r"\bsettle\w*\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:export[\s-]+controls?|sanctions|export|OFAC)\s+"
            r"(?:enforcement\s+)?(?:investigation|probe|case)s?\b|"
            # ... or by the charge: "would pay $216,464 to resolve alleged breaches of the Foo Sanctions
            # Regulations", "to settle apparent violations of the Arms Export Control Act".
            r"\bto\s+(?:resolve|settle)\s+(?:its\s+|the\s+|\d+\s+)?(?:alleged|apparent|potential)\s+(?:breaches|violations)\b|"
            # Investigators at work on a suspected breach: "investigators were examining possible shipments of
            # munitions to Xland", "prosecutors investigated possible export-law violations".
            r"\b(?:investigat\w*|prob(?:e|es|ed|ing)|examin\w*)\s+(?:possible|suspected|alleged)\s+(?:illegal\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:shipments|exports|violations|sales|diversions?)\b|"
            # ... or on claims of one: "is investigating allegations that Foo has been selling Xland machine
            # tools in violation of Western export restrictions", "reports that firms evaded the embargo".
            r"\binvestigat\w*\s+(?:allegations|claims|reports|charges)\s+that\b[^.;]{0,200}?\b(?:in\s+(?:violation|"
            r"breach)\s+of|evad\w*|circumvent\w*)\s+(?:[\w-]+\s+){0,3}?(?:export|embargo|sanctions)\b|"
            # A suspect's unlicensed exports: "a company suspected of sending classified military technology
            # to Xland without the export licences the law requires".
            r"\b(?:suspected|accused)\s+of\s+(?:illegally\s+)?(?:send|ship|export|sell|sold|suppl|divert|transferr?)\w*\b"
            rf"{S}{{0,160}}?\bwithout\s+(?:an?\s+|the\s+|any\s+)?(?:required\s+|necessary\s+)?(?:U\.S\.\s+)?"
            r"(?:export\s+)?licen[cs]es?\b|"
            # The Customs Service's drive against illegal technology exports names its catches: "a catch of
            # Operation Exodus".
            r"\bOperation\s+Exodus\b|"
            # A plot foiled is a case, whether or not an arrest is told beside it: "had thwarted a plot to
            # smuggle out of the United States an air-defence system".
            r"\b(?:thwart|foil)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:plot|scheme|attempt|bid)\s+to\s+"
            r"(?:smuggle|export|ship|sell|send|divert)\b|"
            # The agencies' word for a penalty agreed: "a $439,992 administrative settlement with Foo Inc.".
            r"\badministrative\s+settlements?\b|"
            # An export done without the licence it needed, in the past: "had exported military aircraft parts
            # ... to end users in Xland without the required authorisation". What "may be exported without a
            # licence" is a rule's relief.
            # (The word boundary leads: an alternative that opens with a look-behind costs the whole pattern
            # its fast scan for first characters.)
            rf"\b(?<!\bbe\s)(?<!\bbeen\s)(?:exported|shipped|sent|sold|re-?exported|transferred|diverted)\b{S}{{0,200}}?"
            r"\bwithout\s+(?:the|any)\s+(?:required|necessary|needed|proper)\s+(?:U\.S\.\s+)?(?:export\s+)?"
            r"(?:licen[cs]es?|authori[sz]ations?)\b|"
            # A case at the investigators': "The case under investigation involved several companies".
            r"\bcases?\s+(?:now\s+|still\s+)?under\s+investigation\b|"
            # An investigation told as such: "had opened an investigation into illegal chip exports".
            r"\binvestigations?\s+(?:of|into)\s+(?:(?:the\s+)?alleged\s+)?illegal\s+(?:[\w-]+\s+){0,3}?"
            r"(?:exports?|shipments|sales)\b|"
            # A verdict: "a federal jury found the arms dealer Ivan Foo, a resident of Miami, guilty".
            r"\bfound\s+(?:[\w.,'’-]+\s+){0,24}?guilty\b|"
            # "a settlement with an unnamed U.S.-based individual over apparent violations"; "to settle
            # findings that it cleared dollar payments for sanctioned customers".
            # The party may be described at length: "a settlement with Foo Inc., a Maryland-based subsidiary
            # of ..., over two apparent violations"; OFAC's words: "to settle its potential civil liability".
            rf"\bsettle(?:s|d|ment)?\b{S}{{0,160}}?\b(?:alleged\s+|apparent\s+)?"
            r"(?:violations?|allegations|charges|findings)\b|"
            r"\bsettle\w*\s+(?:its|his|her|their)\s+potential\s+civil\s+liability\b|"
            # "shipments would be charged four pesos per dollar" is a price, no charge of an offence, and "a
            # charge of 5 to 15 percent" a levy; "a report charging that a breakdown in U.S. export regulation
            # helped Xland" an accusation.
            # "taxes and charges on exports" are levies.
            # An office "charged with administering the Arms Export Control Act" holds a duty, no charge.
            r"\b(?:indict\w*|charg(?:e|ed|es|ing)(?!(?<=ing|ged)\s+that\b)(?!\s+on\s+(?:exports?|imports?)\b)"
            r"(?!(?<=ged)\s+with\s+(?:administer|enforc|oversee|overseeing|implement|carry\w*\s+out|running|the\s+"
            r"(?:task|duty|job|responsibility))\w*)"
            r"(?!\s+(?:[\w-]+\s+){0,2}?(?:pesos|dollars|euros|per\b|fees?\b|"
            r"tax(?:es)?\b|dut(?:y|ies)\b)|\s+of\s+[\d.,]+(?:\s+to\s+[\d.,]+)?\s*(?:percent|per\s+cent|%))|"
            # Past an "Inc." within the sentence: "convicted A, B and C Inc. of conspiring to ship ...".
            # "faces counts of wire fraud and of violating the International Emergency Economic Powers Act".
            # The law may come after the defendant's whole description: "convicted Ivan Foo, a 49-year-old ...
            # former senior engineer at ..., on nine of eleven counts, six of them for violating the AECA".
            # A headline's sentence: "Former flight instructor gets two years for F-14 parts destined for
            # Xland".
            # A prosecution told by what was sent where: "was being prosecuted for trying to send a part for
            # an imaging machine to Xland".
            # ... or the next sentence's "The counts are violating the International Emergency Economic Powers
            # Act".
            # Investigators' suspicion is the case too: "judges suspect him of trying to get microwave systems
            # from the United States to Xland".
            rf"convict\w*|sentenc\w*|arrest\w*|extradit\w*|prosecut(?:ed|ing)|counts?\s+(?:of|includ\w*)|"
            r"suspect(?:s|ed)?\s+(?:him|her|them|it)\s+of|"
            # A plea of not guilty is the case's step too: "pleaded not guilty to four counts: conspiracy to
            # violate the International Emergency Economic Powers Act".
            r"plead(?:s|ed|ing)?\s+not\s+guilty|"
            rf"(?:counts|charges)\s+(?:are|were)|"
            rf"gets?\s+(?:[\w-]+\s+){{1,2}}?(?:years?|months?))\b"
            rf"{S}{{0,240}}?\b"
            # Or the sanctions it evaded: "charges against ten people accused of a scheme to evade U.S.
            # sanctions on Xland".
            r"(?:export|smuggl|Arms\s+Export\s+Control|IEEPA|ECRA|International\s+Emergency\s+Economic\s+Powers|"
            r"(?:evad|circumvent|dodg)\w*\s+(?:U\.S\.\s+|American\s+|the\s+)?(?:[\w-]+\s+){0,2}?sanctions|"
            # ... or the controls it got round: "to get U.S.-made microchips to Xland around U.S. trade
            # restrictions".
            r"(?:evad\w*|circumvent\w*|dodg\w*|around)\s+(?:U\.S\.\s+|American\s+)(?:[\w-]+\s+){0,2}?(?:restrictions|"
            r"controls|curbs)|"
            # ... or by its noun: "charging a Foo engineer with sanctions evasion and money laundering".
            r"sanctions[\s-]+(?:evasion|violations?)|violat\w*\s+(?:the\s+)?(?:U\.S\.\s+|American\s+)(?:[\w-]+\s+){0,2}?sanctions|"
            # "... to sell Xland weapons in defiance of the U.S. arms embargo"; "a contract to buy Xland oil
            # without a licence from the Treasury's Office of Foreign Assets Control".
            r"(?:defiance|breach|violation)\s+of\s+(?:the\s+|an?\s+)?(?:U\.S\.\s+|American\s+)?(?:[\w-]+\s+)?embargo|"
            # ... or by the verb: "to face charges of violating the U.S. trade embargo on Xland".
            r"violat\w*\s+(?:the\s+)?(?:U\.S\.\s+|American\s+)(?:[\w-]+\s+)?embargo|"
            r"without\s+(?:an?\s+|the\s+)?(?:required\s+)?licen[cs]e\s+from\s+(?:the\s+)?(?:Treasury|OFAC|"
            r"Office\s+of\s+Foreign\s+Assets|State\s+Department|Commerce)|"
            # ... or by what was bought for a country: "charged with trying to buy 200 missiles for Xland",
            # "to acquire Foo-made missiles for the government of Xland".
            rf"(?:buy|acquir|obtain|procur|purchas)\w*\s+(?:[\w,.'’-]+\s+){{1,10}}?for\s+(?:the\s+(?:government|"
            rf"military|armed\s+forces|regime)\s+of\s+)?(?-i:{COUNTRY})\b|"
            # "indicted five men over a plan to lease two transport planes to Xland"; "charges eight people
            # with buying U.S.-made parts and passing them on to Xland".
            # "for trying to take 10,498 rounds of ammunition into Xland".
            rf"(?:send|ship|sell|suppl(?:y|ie)|leas(?:e|es|ed|ing)\b|forward|divert|rout(?:e|ed|es|ing)\b|take\b|took\b|"
            rf"get\b|got\b|getting\b|"
            rf"carr(?:y|ied|ying)\b)\w*\s+(?:[\w,.'’-]+\s+){{1,14}}?(?:to|into)\s+(?-i:{COUNTRY})\b|pass(?:es|ed|ing)?\s+(?:them|it)\s+on\s+to\s+"
            rf"(?-i:{COUNTRY})\b|"
            # ... or with the country as the indirect object: "for sending Xland tiny integrated circuits".
            rf"(?:sending|sent|shipping|shipped|selling|sold|supplying|supplied)\s+(?-i:{COUNTRY})\b(?!['’])|"
            rf"Trading\s+with\s+the\s+Enemy|(?:destined|bound|meant|intended)\s+for\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?-i:{COUNTRY}|{COUNTRY_FORM}))\w*"
            r"|\bagreed\s+to\s+pay\b[^.;]{0,80}\b(?:penalt|violat)|"
            # A licence's holder found outside it: "broke the terms of his humanitarian travel licence".
            r"\b(?:broke|breached|violated|exceeded)\s+the\s+(?:terms|scope|conditions)\s+of\s+(?:his|her|its|their|the)\s+"
            r"(?:[\w-]+\s+){0,3}?licen[cs]e\b|"
            # Regulators' order: "ordered Foo Bank N.V. to pay $80 million in penalties".
            r"\border(?:s|ed)?\s+(?:[\w.&'’-]+\s+){1,6}?to\s+pay\s+(?:US)?\$?[\d.,]+\s*(?:million|billion)?\s+"
            r"(?:dollars\s+)?in\s+(?:civil\s+|criminal\s+|combined\s+)?(?:penalties|fines)\b|"
            # "agreed to forfeit $619 million ... to resolve charges that it had moved ... payments".
            r"\b(?:agreed\s+to\s+)?forfeit(?:s|ed|ing)?\b[^.;]{0,120}?\bto\s+(?:resolve|settle)\s+(?:criminal\s+|civil\s+)?"
            r"(?:charges|claims|allegations)\b|\bdeferred\s+prosecution\s+agreements?\b|"
            # "The Commerce Department's Bureau of Industry and Security fined the German firm ...".
            rf"\b(?:BIS|Bureau\s+of\s+Industry\s+and\s+Security|State\s+Department|OFAC|Commerce\s+Department)\b{S}{{0,60}}?"
            r"\bfined\b|"
            # "opened an investigation into Foo's sales of its more powerful computers in Xland"
            rf"\b(?:open|launch|start|begin|began|begun)\w*\s+(?:an?\s+)?(?:criminal\s+)?investigation\s+into\b{S}{{0,80}}?"
            r"\b(?:sales|exports|shipments)\b|"
            # A case closed is its end: "declined to prosecute anyone ... and the investigation was closed".
            r"\bdeclin\w*\s+to\s+prosecute\b|\b(?:investigation|probe)\s+(?:was|had\s+been|has\s+been)\s+"
            r"(?:closed|dropped)\b|"
            # A case opened by a grand jury or handed to prosecutors: "a federal grand jury had subpoenaed
            # documents about the unit's work in Xland", "OFAC had referred the matter to the Justice
            # Department".
            r"\bgrand\s+jury\b[^.;]{0,80}?\bsubpoena\w*|\bsubpoena\w*\b[^.;]{0,60}?\bgrand\s+jury\b|"
            r"\breferr(?:ed|ing|s)\s+(?:the\s+)?(?:matter|case|it)\s+to\s+the\s+(?:Justice\s+Department|Department\s+of\s+"
            r"Justice)\b|"
            # OFAC's finding that rules were broken, without a money penalty.
            r"\b(?:issu\w*|reach\w*|made)\s+(?:a|its)\s+Finding\s+of\s+Violation\b|"
            # ... or a warning letter that closes a case: "answered with a warning letter and no penalty".
            r"\b(?:cautionary|warning)\s+letters?\b"),
         # Dealings a designation forbids are sanctions cases, whether or not the word "sanctions" appears:
         # "pleaded guilty to engaging in transactions with a specially designated global terrorist".
         # ... and so is a foreign buyer getting goods from American makers: "conspiring to help an Iranian
         # company illegally obtain optical lenses ... from two U.S. companies".
         # ... and so is smuggling goods to a country: "pleaded guilty to smuggling helicopter parts
         # ... to Xland".
         # ... and so is smuggling goods "out of the United States".
         # ... and so is breaking the U.S. embargo on a country: "in breach of American embargoes",
         # "violating the embargo on Xland".
         # ... and so is getting goods "from the United States to Xland", or U.S. technology "for Xland's
         # defence".
         # ... and so is routing U.S. goods to a country ("for routing U.S. parts to Xland"), or dual-use
         # goods anywhere.
         requires=_p(rf"{EXPORT_CONTEXT.pattern}|\bspecially\s+designated\s+(?:global\s+terrorists?|nationals?)\b|"
                     rf"\b(?:U\.S\.|American)(?:-made|-origin)?\s+(?:[\w-]+\s+){{0,2}}?{_GOODS}\s+(?:[\w,.'’-]+\s+){{0,6}}?"
                     rf"(?:to|into)\s+(?-i:{COUNTRY})\b|\bdual-use\s+(?:[\w-]+\s+)?{_GOODS}\b|"
                     rf"\b{_GOODS}\s+from\s+the\s+United\s+States\s+"
                     rf"(?:to|into)\s+(?-i:{COUNTRY})\b|"
                     r"\b(?:obtain|acquir|procur|buy|bought|get|got)\w*\s+(?:[\w-]+\s+){0,3}?(?:U\.S\.|American)(?:-made)?\s+"
                     rf"(?:[\w-]+\s+){{0,3}}?{_GOODS}\b[^.;]{{0,200}}?\bfor\s+(?:the\s+)?(?-i:{COUNTRY})\b|"
                     r"\b(?:U\.S\.|American|United\s+States)\s+(?:[\w-]+\s+)?embargo(?:es)?\b|"
                     rf"\bembargo(?:es)?\s+(?:on|against)\s+(?:the\s+)?(?-i:{COUNTRY})\b|"
                     r"\bsmuggl\w*\b[^.;]{0,120}?\b(?:out\s+of|from)\s+the\s+(?:United\s+States|U\.S\.)|"
                     rf"\bsmuggl\w*\s+(?:[\w,.'’-]+\s+){{0,14}}?(?:to|into)\s+(?-i:{COUNTRY})\b|"
                     r"\billegally\s+(?:obtain|acquir|procur|buy|bought)\w*\b[^.;]{0,200}?\bfrom\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:U\.S\.|American)\s+(?:companies|firms|suppliers|manufacturers|makers)\b"),
         # A denial order recites the conviction it rests on; the order is the list change.
         # So does news of one: "Commerce bars two men convicted of gun-running from exporting".
         # "Commerce bars man convicted over turbine parts bound for Xland" too.
         unless_title=_p(r"\bExport\s+Privileges\b|\bDenial\s+Orders?\b|\bbar(?:s|red|ring)?\b[^.;]{0,80}?\bfrom\s+"
                         r"exporting\b|\b(?:Commerce|BIS|Department)\s+bar(?:s|red)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:convicted|sentenced|jailed)\b"),
         # Debarments and denial orders are list changes (other_list.change), not enforcement news; the yearly
         # inflation adjustment of penalty amounts is a rule about penalties, not one imposed.
         # So is a rule on how penalties are collected ("Administrative Collection of Civil Penalties").
         # "the tools CATIC had been indicted two months earlier for diverting": background to other news.
         unless_prose=_p(rf"{HEALTH_CARE.pattern}|{WASTE_EXPORT}"),
         veto=_p(r"\bdebar|\bexport\s+privileges\b|\bdenial\s+orders?\b|\binflation\b|"
                 # A trade complaint's allegation: "charged that the differential taxes implicitly subsidised
                 # soyproduct exports".
                 r"\bcharged\s+that\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:taxes|tariffs|duties|subsidies|prices)\b|"
                 # ... unless reported speech put the news itself there: "said on Tuesday that two men had
                 # been charged".
                 r"^(?:(?!\b(?:said|says|announced|announces|stated)\b)[^;])*?"
                 r"\bhad\s+been\s+(?:indicted|charged|convicted|sentenced|arrested|fined)\b|"
                 # ... and so is a step dated a year or more before the news: "Foo, indicted in Xland the
                 # previous year for illegally shipping restricted goods".
                 r"\b(?:indicted|charged|convicted|sentenced|arrested|fined)\b[^.;]{0,40}?\b(?:the\s+(?:previous|prior)\s+"
                 r"year|the\s+year\s+before|a\s+year\s+(?:earlier|before)|(?:two|three|four|five|several)\s+years\s+"
                 r"(?:earlier|before))\b|"
                 # Drugs and people smuggled are another law's crimes, and so are stolen cars.
                 rf"{STOLEN_VEHICLES}|\b(?:{CONTRABAND}|people)\s+(?:smuggl|traffick)\w*|\bsmuggl\w*\s+(?:of\s+)?(?:{CONTRABAND}|"
                 r"people)\b|"
                 r"\b(?:collection|assessment|procedures?|guidelines?)\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?penalt|"
                 # A fee charged for an export certificate is no charge brought, nor is an export levy
                 # ("collect an export charge ..., or a lower charge combined with volume limits").
                 r"\bfees?\b[^.;]{0,40}\bcharg|"
                 r"\bexport\s+charges?\b[^.;]{0,80}?(?:\bpercent\b|\bper\s+cent\b|%|\blev(?:y|ies)\b)|"
                 # What an order or a law exposes violators to: "makes the parent liable for civil penalties".
                 r"\bliable\s+(?:to|for)\s+(?:[\w-]+\s+){0,2}?penalt|"
                 # ... or what one risks: "warned that they risked criminal or civil penalties if they went".
                 r"\brisk(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?penalt|"
                 # Another country's courts and laws: "convicted ... of breaking West German export laws".
                 rf"\b(?:West\s+|East\s+)?(?-i:{COUNTRY_FORM})\s+(?:export(?:-control)?\s+)?laws?\b")),
    # A civil penalty by its amount is one imposed or agreed, even in a sentence that also tells of a denial
    # of export privileges (which the enforcement rule leaves to the list change): "accepting a three-year
    # denial of export privileges and a $300,000 civil penalty". A maximum is the law's, not a case's.
    Rule("export_control.civil_penalty_amount", "export_control.other",
         # "agreed to pay $85,500 in civil penalties".
         _p(r"\$[\d.,]+\s*(?:million|billion)?\s+(?:in\s+)?(?:administrative\s+)?civil\s+(?:money\s+)?penalt(?:y|ies)\b|"
            r"\bcivil\s+(?:money\s+)?penalt(?:y|ies)\s+of\s+(?:US)?\$[\d.,]+|"
            # "is imposing penalties totalling $64,500 on three companies".
            r"\bpenalt(?:y|ies)\s+(?:totall?ing|amounting\s+to)\s+(?:US)?\$[\d.,]+"),
         requires=EXPORT_CONTEXT,
         unless_prose=HEALTH_CARE,
         veto=_p(rf"{HEDGE.pattern}|\binflation\b|\b(?:up\s+to|maximum|as\s+much\s+as|at\s+most|per\s+violation|"
                 r"each\s+violation)\b")),
    # A denial order broken is an export crime, whatever the order's own news was: "sentenced ... for
    # violating a Temporary Denial Order", "gets six months for serving a company under a U.S. temporary
    # denial order".
    Rule("export_control.denial_order_violated", "export_control.other",
         _p(r"\b(?:sentenc|convict|plead|pled|indict|charg|arrest|jail|gets?\s+(?:[\w-]+\s+){1,2}?(?:years?|months?))\w*\b"
            rf"{S}{{0,160}}?\b(?:violat|serv|help|aid|ship|deal)\w*\s+(?:[\w.,'’-]+\s+){{0,6}}?(?:temporary\s+)?denial\s+"
            r"orders?\b"),
         veto=HEDGE),
    # An indictment made public is the case's step, whatever sentence told the export: "were named in an
    # indictment returned in September and unsealed that day". A sanctions story's indictment is unsealed
    # beside its designation.
    Rule("export_control.indictment_unsealed", "export_control.other",
         _p(r"\bindictments?\b[^.;]{0,80}?\bunsealed\b|\bunseal(?:ed|s|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
            r"indictments?\b"),
         requires=EXPORT_CONTEXT, unless_tags=(*LISTED, *SANCTIONS), veto=HEDGE),
    # "Federal agents arrested Foo on a criminal complaint", in a story of an export; a sanctions story's
    # complaint is told beside its designation.
    Rule("export_control.criminal_complaint", "export_control.other", _p(r"\bcriminal\s+complaint\b"),
         requires=_p(r"\bexport"), unless_tags=(*LISTED, *SANCTIONS), veto=HEDGE),
    # A judge's decision in a BIS case, told in news: "an administrative law judge's decision recommending a
    # 15-year denial of export privileges" (the denial itself is a list change beside it).
    # Controlled goods seized on their way out: "seized 40 U.S.-made krytron switches ... as they were about
    # to be loaded on a flight to Baghdad", at the end of a sting. Drugs and people smuggled are another
    # law's.
    Rule("export_control.seizure", "export_control.other",
         _p(rf"\b(?:seiz(?:e|ed|es|ing|ure\s+of)|impound(?:s|ed|ing)?)\b{S}{{0,200}}?\b(?:bound\s+for|destined\s+for|"
            r"(?:about\s+)?to\s+be\s+(?:loaded|shipped|flown|exported|trucked|sent|forwarded)\b|"
            # ... or caught as it left: "seized a container of computers just before it was to board a ferry".
            r"\b(?:was|were)\s+(?:about\s+)?to\s+(?:board|leave|sail|depart)\b)|"
            # A seizure told by the drive it belongs to: "the largest seizure yet in the campaign against
            # illegal technology exports", "have seized 2,000 illegal shipments".
            rf"\bseiz(?:e|ed|es|ing|ures?)\b{S}{{0,120}}?\billegal\s+(?:[\w-]+\s+){{0,2}}?(?:shipments|exports)\b"),
         requires=_p(r"\b(?:customs|sting|undercover|indict\w*)\b"),
         veto=_p(rf"\b(?:{CONTRABAND}|counterfeit\w*|wildlife|ivory)\b|{STOLEN_VEHICLES}")),
    # Arms seized in border officers' outbound inspections: "officers conducting outbound inspections ...
    # seized the vehicle, firearms, and ammunition". Drugs found on the way out are another law's.
    Rule("export_control.outbound_seizure", "export_control.other",
         _p(rf"\b(?:seiz(?:e|ed|es|ing|ures?)|discover(?:ed|ies|y))\b{S}{{0,160}}?\b(?:rifles?|firearms?|handguns?|"
            r"guns|weapons|ammunition|munitions)\b"),
         requires=_p(OUTBOUND_CHECKS),
         veto=_p(rf"\b(?:{CONTRABAND}|currency|cash)\b")),
    # A regime's members agreeing to change their lists: "the United States and its 16 partners in COCOM had
    # agreed ... to replace their list of controlled dual-use goods with a much shorter Core List".
    Rule("export_control.regime_decision", "export_control.other",
         # "agreed on December 12, 2003, at the close of three days of talks ..., to tighten controls".
         _p(rf"\b(?:agreed|decided)\b{S}{{0,160}}?\bto\s+(?:replace|cut|shorten|revise|update|add|remove|relax|tighten|"
            # "agreed to cut by half the number of high-technology categories whose export to Xland required
            # its review".
            rf"ease|lift|streamline|expand)\b{S}{{0,80}}?\b(?:(?-i:lists?|controls?)|categories|reviews?)\b|"
            # A member lifting its veto lets the regime decide: "the United States had dropped its objections
            # in the Coordinating Committee for Multilateral Export Controls".
            rf"\b(?:dropped|withdr[ae]w|lifted)\s+(?:its|their)\s+objections?\s+(?:in|within|at)\s+(?:the\s+)?"
            rf"(?:{REGIME}|COCOM\b|Coordinating\s+Committee)"),
         requires=_p(rf"\b{REGIME}|\bCOCOM\b|\bCoordinating\s+Committee\s+(?:on|for)\s+Multilateral"),
         # "the first such sale since the allies agreed in June to lift most restrictions": background.
         veto=_p(rf"{HEDGE.pattern}|\b(?:since|after|before|when)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:agreed|decided)\b")),
    # Checks on how exported goods are used, as news of their own ("completes 100th end-use check", "settle
    # procedures for end-use visits"); a listing or licence story names them as its reason. The State
    # Department checks arms exports the same way, under the name Blue Lantern.
    Rule("export_control.end_use_checks", "export_control.other",
         _p(r"\bend-use\s+(?:checks?|visits?|verifications?|monitoring)\b|\bBlue\s+Lantern\b"),
         requires=_p(r"\bCommerce\b|\bBXA\b|\bBIS\b|Export\s+Administration|Industry\s+and\s+Security|"
                     r"\bState\s+Department\b|\bDefen[cs]e\s+Trade\s+Controls\b|\bDDTC\b|\bBlue\s+Lantern\b"),
         # A policy that makes monitoring optional changes the requirements; the checks are its detail.
         unless_tags=(*LISTED, "other_list.change", "license.decision", "license.requirement", *SANCTIONS),
         veto=HEDGE),
    # Audits of export controls by Congress's auditors or an inspector general ("the General Accounting Office
    # found that the study behind the easing ... offered no evidence") review the system; an audit that counts
    # licences decided is licence news.
    Rule("export_control.audit", "export_control.other",
         # Congress's research offices study the system the same way ("The Office of Technology Assessment,
         # the research arm of Congress, published a report").
         AUDIT_FINDING,
         requires=EXPORT_CONTEXT,
         unless_tags=(*LISTED, *SANCTIONS, "license.decision", "other_list.change")),
    # Guidance the export agency gives exporters ("issued guidance on steps exporters can take to keep their
    # goods from being diverted") explains the controls and changes none.
    Rule("export_control.guidance", "export_control.other",
         _p(r"\b(?:BIS|Bureau\s+of\s+(?:Industry\s+and\s+Security|Export\s+Administration)|Commerce(?:\s+Department)?)\b"
            r"[^.;]{0,60}?\b(?:issu|publish|releas|post)\w*\s+(?:new\s+|updated\s+)?(?:[\w-]+\s+){0,2}?(?:guidance|"
            r"advisor(?:y|ies)|best\s+practices|red\s+flags)\b"),
         doc_types=("",),
         unless_tags=(*LISTED, *SANCTIONS, "license.decision", "license.requirement", "other_list.change"),
         veto=HEDGE),
    # A study of what export controls do ("assesses the impact of U.S. export controls on the industry")
    # reviews the system as an audit does, whoever prepared it.
    Rule("export_control.controls_studied", "export_control.other",
         _p(rf"\b(?:stud(?:y|ies)|report|review|assessment|survey|analysis)\b{S}{{0,200}}?\b(?:assess|evaluat|review|"
            r"examin|measur|analy[sz])\w*\s+(?:the\s+)?(?:impact|effects?|costs?|consequences)\s+(?:of|that)\s+"
            r"(?:the\s+)?(?:U\.S\.\s+|American\s+)?(?:[\w-]+\s+)?export\s+controls\b"),
         requires=EXPORT_CONTEXT,
         unless_tags=(*LISTED, *SANCTIONS, "license.decision", "other_list.change"), veto=HEDGE),
    # The export law's foreign-availability test weighs whether a control still works ("concluded that the
    # switches were available from foreign suppliers", "a determination that foreign availability exists"),
    # whether or not the control is then lifted.
    Rule("export_control.foreign_availability", "export_control.other",
         _p(r"\bforeign\s+availability\s+(?:exists|(?:assessments?|determinations?|findings?|stud(?:y|ies))\b)|"
            rf"\b(?:found|finds|finding|concluded|concludes|determined|determines|determination)\b{S}{{0,80}}?"
            r"\bavailable\s+(?:from\s+(?:foreign|other)\s+(?:suppliers|sources|countries|makers|manufacturers)|"
            r"abroad)\b"),
         requires=EXPORT_CONTEXT, veto=HEDGE),
    # The statutory review of licensing for farm goods and medicine to embargoed countries ("Effectiveness of
    # Licensing Procedures for Agricultural Commodities to Cuba") reviews the export licensing system,
    # whichever agency asks.
    Rule("export_control.licensing_reviewed", "export_control.other",
         _p(r"\bEffectiveness\s+of\s+(?:the\s+)?(?:Export\s+)?Licensing\s+Procedures\b"), fields=("title",)),
    # Licensing practice changed for every licence: "all new licences it issues ... will carry a standard
    # clarifying notice".
    Rule("export_control.licensing_practice", "export_control.other", LICENSING_PRACTICE,
         requires=_p(r"\bBIS\b|Industry\s+and\s+Security|\bCommerce\b|Export\s+Administration"), veto=HEDGE),
    # A fine for an export offence, where a U.S. enforcer acts: "the Commerce Department announced that Foo
    # Bar has been fined $1.24 million and denied all U.S. export privileges". Other states' courts and
    # trade bureaus fine their own exporters.
    # A civil penalty imposed or received is one too, beside a denial of export privileges or not ("Each
    # respondent received a $100,000 civil penalty").
    Rule("export_control.fined", "export_control.other",
         # "a final order fining Foo Maritime ... for violating the Export Administration Regulations".
         _p(rf"\b(?:fined|fining)\b{S}{{0,200}}?\b(?:export|smuggl)|\b(?:received|receives|assessed|imposed)\s+(?:an?\s+|the\s+)?"
            r"(?:maximum\s+)?\$[\d,.]+\s*(?:million\s+)?(?:civil\s+(?:money\s+)?)?penalty\b|"
            # The enforcer fining as the sentence's subject, or announcing its penalty: "OFAC fines Foo Realty
            # $7.1 million", "OFAC announced on Monday a $2,100,000 penalty on Foo".
            r"\b(?:OFAC|BIS)\s+(?:has\s+|had\s+)?(?:fin(?:es|ed)|penali[sz](?:es|ed))\b|"
            # The enforcer's first step, a penalty proposed by letter: "issued a pre-penalty notice proposing
            # a $120,000 civil fine", "sent 443 letters seeking fines from travellers".
            r"\bpre-?penalty\s+notices?\b|\bpenalty\s+letters\b|\bletters\s+(?:[\w-]+\s+){0,2}?(?:seeking|proposing|"
            r"demanding)\s+(?:[\w$.,-]+\s+){0,3}?(?:fines|penalt(?:y|ies))\b|"
            rf"\bannounc\w*\b{S}{{0,60}}?\$[\d,.]+\s*(?:million\s+)?(?:civil\s+)?penalty\b"),
         requires=_p(r"\bCommerce\s+Department\b|\bDepartment\s+of\s+Commerce\b|\bBIS\b|\bBureau\s+of\s+"
                     r"(?:Industry\s+and\s+Security|Export\s+Administration)\b|\bOFAC\b|Foreign\s+Assets\s+Control|"
                     r"\bJustice\s+Department\b|"
                     r"\bU\.S\.\s+(?:Customs|Attorney|District\s+Court)\b"),
         doc_types=("",), veto=HEDGE),
    # How long licence applications may take: "adding a sixth exception to the 60-day limit for deciding
    # export licence applications", "processing times for licence applications".
    Rule("export_control.licence_processing_time", "export_control.other",
         _p(r"\b(?:\d+|thirty|sixty|ninety)-day\s+(?:time\s+)?(?:limit|deadline)\b[^.;]{0,60}?\blicen[cs]e\s+applications?\b|"
            r"\bprocessing\s+times?\b[^.;]{0,60}?\blicen[cs]e\s+applications?\b|"
            r"\blicen[cs]e\s+applications?\s+processing\s+times?\b"),
         requires=EXPORT_CONTEXT, veto=HEDGE),
    # Goods seized on their way out forfeited in court: "filed a forfeiture complaint over two trainers seized
    # in 2024 ... bound for the Xland military".
    Rule("export_control.forfeiture", "export_control.other",
         # ... and by what the complaint seeks: "filed a civil complaint seeking forfeiture of $3 million",
         # "sues to forfeit".
         _p(r"\b(?:civil\s+)?forfeiture\s+(?:complaint|action|proceedings?)\b|"
            r"\b(?:complaint|action|suit|lawsuit)\s+(?:seeking|to\s+obtain)\s+(?:the\s+)?(?:civil\s+)?forfeiture\b|"
            r"\bsu(?:e|es|ed|ing)\s+to\s+forfeit\b"),
         requires=EXPORT_CONTEXT, unless_tags=(*LISTED, *SANCTIONS, "other_list.change"), veto=HEDGE),
    # An enforcement office's channel for tips ("a hotline to collect information about possible violations
    # of the Export Administration Act") is the control system's enforcement.
    Rule("export_control.violation_reports", "export_control.other",
         _p(rf"\b(?:hotline|tip\s?line)s?\b{S}{{0,160}}?\bviolations?\b"), requires=EXPORT_CONTEXT),
    Rule("export_control.judge_decision", "export_control.other",
         _p(r"\badministrative\s+law\s+judge['’]?s?\b[^.;]{0,40}?\b(?:decision|ruling|order|recommend\w*)\b"),
         requires=EXPORT_CONTEXT),
    # A rule titled only for its corrections to the EAR ("Technical Corrections to the Export Administration
    # Regulations", "Editorial Corrections ...", "Corrections and Clarifications ...") fixes citations,
    # addresses and cross-references; the lists and licence exceptions it touches stay as they were. A title
    # that also names a list or a licence action is that action's.
    Rule("export_control.ear_corrections", "export_control.other",
         _p(r"^(?=.*\bExport\s+Administration\s+Regulations\b)(?:Export\s+Administration\s+Regulations(?:\s+\(EAR\))?:\s+)?"
            r"(?:[\w,]+\s+){0,4}?(?:Technical|Editorial)\s+(?:Corrections|Amendments)\b|"
            r"^(?:Corrections|Conforming)\s+and\s+Clarif\w+\s+(?:Changes\s+)?to\s+the\s+Export\s+Administration\s+"
            r"Regulations\b"),
         fields=("title",), exclusive=True,
         veto=_p(r"\bList\b|\bLicen[cs]|\bSanctions\b|\bCountry\s+Groups?\b|\bEmbargo")),
    # A title that is only the heading of one part of the EAR ("Control Policy: End-User and End-Use Based",
    # "The Commerce Control List") with no words of its own: Public Inspection's entry for a rule amending
    # that part, whose content the title does not say. The part's subject is no licence or list action of its
    # own.
    Rule("export_control.ear_part_heading", "export_control.other",
         _p(rf"\A{EAR_PART_TITLE}\Z"),
         fields=("title",), exclusive=True,
         unless_prose=_p(rf"\A(?!{EAR_PART_TITLE}\Z)"
                         r"(?!\s*(?:Final|Interim\s+final|Direct\s+final|Proposed)\s+rule\b[^.]*\.?\s*\Z)[\s\S]*?\w")),
    Rule("export_control.procedural_notice", "export_control.other",
         _p(r"^(?:Notice\s+of\s+)?(?:Extension\s+of\s+(?:the\s+)?(?:Public\s+)?Comment\s+Period|Reopening\s+of\s+(?:the\s+)?"
            r"(?:Public\s+)?Comment\s+Period|Public\s+Briefing|Procedures\s+for\s+Access\s+to\s+the\s+Public\s+Briefing)\b|"
            # "...; Delay of Effective Date" moves another rule's date and changes nothing else.
            r"[;:]\s*(?:Delay|Extension)\s+of\s+(?:the\s+)?Effective\s+Date\b"),
         fields=("title",), exclusive=True),
    # A notice that keeps the title of the rule it serves says what it does in its first words.
    Rule("export_control.comment_extension", "export_control.other",
         _p(r"\bThis\s+(?:document|notice|action)\s+(?:extends|reopens)\s+the\s+(?:comment\s+period\b|"
            r"(?:deadline|period)\b[^.;]{0,40}\bcomments?\b)"),
         fields=("text",), exclusive=True),
    Rule("export_control.el_procedure", "export_control.other",
         _p(rf"\b(?:criteria|reasons\s+for|procedures?\s+for|standards?\s+for|grounds\s+(?:on|under|for)\s+which)"
            rf"{S}{{0,80}}\b{ELX}|"
            rf"\b{ELX}\b{S}{{0,120}}\bprocedures\b")),
    # The EAR's antiboycott rules and their cases: "Restrictive Trade Practices or Boycotts", "fined for
    # complying with the Arab League boycott".
    Rule("export_control.antiboycott", "export_control.other",
         # The office's name is no antiboycott matter: "the director of the Office of Antiboycott Compliance".
         _p(r"(?<!Office\sof\s)\banti-?boycott\b|\bRestrictive\s+Trade\s+Practices\s+or\s+Boycotts\b|"
            r"\b(?:comply|complied|complying|compliance|cooperat\w*|go(?:es|ing|ne)?\s+along|went\s+along)\s+with\s+"
            # "complying with the Arab economic boycott of Xland".
            r"(?:the\s+|an?\s+)?(?:Arab(?:\s+League)?|foreign|unsanctioned)\s+(?:economic\s+|trade\s+)?boycotts?\b")),
    # How export enforcement weighs a company's own report of its violations: "a company deciding not to file
    # a voluntary self-disclosure will have that choice weighed against it". Cases mention it too.
    Rule("export_control.self_disclosure", "export_control.other",
         _p(r"\bself-disclos\w*|\bvoluntar(?:y|ily)\s+disclos\w*"), fallback=True, requires=EXPORT_CONTEXT),
    # OFAC's rules are its programmes' regulations (31 CFR chapter V), whatever their titles say: "Removing
    # Duplicative Penalties Information and Reorganizing Certain Parts".
    Rule("sanctions.ofac_rule_fallback", "sanctions.regulation", _p(r"\bForeign\s+Assets\s+Control\b"),
         fields=("agencies",), fallback=True, doc_types=("RULE", "PRORULE"),
         unless_title=_p(r"\bComment\s+Request\b|\bInformation\s+Collection")),
    # The Bureau of Export Administration was BIS until 2002.
    Rule("export_control.bis_fallback", "export_control.other",
         _p(r"\bIndustry[\s-]+and[\s-]+Security\b|\bExport\s+Administration\s+Bureau\b|"
            r"\bBureau\s+of\s+Export\s+Administration\b"),
         fields=("agencies",), fallback=True, requires=BIS_SUBJECT, unless_title=HOUSEKEEPING,
         unless_prose=INQUIRY),
    # Case-sensitive: "EAR" the regulations, not "ear"; "export controls" alone is too common to count.
    Rule("export_control.ear_fallback", "export_control.other",
         re.compile(r"\bExport\s+Administration\s+Regulations\b|\bEAR\b"), fallback=True,
         doc_types=("RULE", "PRORULE", "NOTICE"), unless_title=HOUSEKEEPING, unless_prose=INQUIRY),
)  # fmt: skip

# Cheap gates: a rule's pattern is tried on a field only when one of these lower-case substrings occurs in
# it. Each is implied by its pattern (a test checks that every corpus match passes its gate), so a gate
# changes no result; it spares most regex scans, which are most of classify()'s time.
GATES: dict[str, tuple[str, ...]] = {
    "el.addition.added_to": ("list",),
    "el.addition.correction_adds": ("list",),
    "el.addition.listed_under": ("list",),
    "el.addition.title": ("list",),
    "el.addition.blacklisted": ("blacklist",),
    "el.removal.listing_reversed": ("entity list",),
    "el.addition.named_to": ("list",),
    "el.addition.named_on": ("list",),
    "el.addition.to_a_blacklist": ("blacklist",),
    "el.addition.new_entries": ("list",),
    "el.addition.adds_parties": ("add",),
    "el.removal.removed_from": ("list",),
    "el.removal.title": ("list",),
    "el.removal.from_the_list": ("list",),
    "el.revision.annual_review": ("annual",),
    "el.revision.entries": ("list",),
    "el.revision.entry_scope": ("list",),
    "el.revision.existing_entries": ("existing", "current", "listed"),
    "el.revision.title": ("list",),
    "el.revision.fixes_entries": ("entr",),
    "el.revision.amended_entry": ("list",),
    "el.revision.correction_title": ("correction",),
    "el.revision.correction": ("list",),
    "el.revision.footnote": ("list",),
    "license.must_obtain": ("licen",),
    "license.decision.exemption_for_one": ("grant",),
    "sanctions.emergency_report": ("emergency",),
    "export_control.system_review": (
        "review", "overhaul", "reform", "revamp", "moderni", "rebuild", "rework", "streamlin",
    ),
    "export_control.regime_member": ("recogni", "admi", "accession", "join", "became", "becomes"),
    "license.told_to_obtain": ("before",),
    "license.approval_procedure": ("without",),
    "license.tgl": ("general licen", "tgl"),
    "license.sanctions_export_licence": ("export", "sale", "supply", "shipment", "deliver", "donation"),
    "license.licensing_provisions": ("licensing",),
    "license.general_license": ("general licen",),
    "license.not_cooperating_on_terrorism": ("cooperat", "40a"),
    "license.licence_type": ("licen",),
    "license.exception": ("exception",),
    "license.impose": ("requirement",),
    "license.impose_all_items": ("all items",),
    "license.arms_embargo": (
        "embargo", "ban", "bar", "prohibit", "forbid", "halt", "cut", "arms", "weapons", "military", "end to",
        "suspension", "cessation", "restrictions",
    ),
    "license.export_restrictions": ("export",),
    "other_list.barred_from_us_goods": ("from receiving", "from buying", "from importing", "from getting",
                                         "from obtaining"),
    "license.requirement_phrase": ("licen", "denial", "deny", "case", "restrictions", "policy of"),
    "license.general_licence_class": ("general licen", "general authori"),
    "license.commerce_requirements": ("requirement",),
    "license.country_exports_title": ("export",),
    "license.fdp_rule": ("foreign",),
    "license.class_suspended": (
        "suspen", "revok", "cancel", "terminat", "deny", "denied", "denying", "halt", "freez", "froze",
        "stop", "frozen", "prohibit",
    ),
    "license.class_sales_halted": ("halted", "suspended", "stopped", "frozen"),
    "license.controls_directed": ("export controls",),
    "license.end_use_controls": ("end", "persons"),
    "license.end_use_title": ("end use", "end-use"),
    "license.veu": ("validated", "veu", "country group"),
    "license.no_longer_exported": ("no longer",),
    "license.terms": ("validity", "revocation", "revok"),
    "license.decision.verb_licence": ("licen", "waiver", "authori"),
    "license.decision.counted_exports_cleared": ("ban on", "prohibition on", "suspension on", "embargo on"),
    "license.control_list_trimmed": ("list of", "control list"),
    "export_control.denial_order_violated": ("denial order",),
    "export_control.regime_list_trimmed": ("list of", "control list"),
    "license.decision.licences_received": ("licen", "waiver", "authori"),
    "license.decision.verb_a_licence": ("licen",),
    "license.decision.company_licence": ("licen", "authori", "waiver", "export"),
    "license.decision.general_licence_for_one": ("general licen",),
    "license.decision.licence_verb": ("licen",),
    "license.decision.government_deal": ("compromise", "deal", "agreement", "arrangement", "accord"),
    "license.decision.deal_lets_buy": ("deal", "agreement", "arrangement", "accord"),
    "license.class_freed": ("no longer need", "without", "licen"),
    "license.ordered_controls": ("ordering",),
    "export_control.export_guidelines": ("guidelines",),
    "license.decision.applications": (
        "licen", "exemption", "waiver", "authori", "clearance", "approval", "permission", "without action",
        "defer", "objection",
    ),
    "license.decision.order_on_licence": ("order",),
    "license.decision.veu_companies": ("validated end", "veu"),
    "license.decision.subsequent_arrangement": ("arrangement",),
    "license.decision.allowed_sales": (
        "sale", "shipment", "export", "suppl", "permission", "go-ahead", "approval", "ship", "sell",
        "deliver", "load", "let", "licen", "application", "goods", "equipment", "items", "arms", "weapons",
    ),
    "license.decision.headline_clears": ("sales", "shipments", "exports", "acquisition", "purchase", "buy"),
    "other_list.denial_penalty": ("denial of",),
    "license.alliance_accession": ("accession",),
    "license.decision.arms_sale": (
        "sale", "transfer", "deal", "agreement", "contract", "package", "request", "offer", "sell", "freeze",
        "hold", "held", "pause", "suspension", "deliver", "shipment", "shipping", "let", "buy", "purchase",
        "acquire", "rule out", "ruled out", "rules out", "ruling out", "notification",
    ),
    "license.decision.decision_of_licence": ("licen", "waiver", "approval", "denial"),
    "license.decision.told_may_buy": ("buy", "purchase", "acquire", "import"),
    "export_control.guidance": ("guidance", "advisor", "best practices", "red flags"),
    "license.decision.sanctions_waiver": (
        "exempt", "waiv", "lapse", "expire", "exception", "easing", "relief", "suspension",
    ),
    "license.decision.deadline_extended": ("deadline", "wind", "expir"),
    "sanctions.designated": ("designat",),
    "sanctions.round_naming": ("round", "batch", "wave", "tranche"),
    "sanctions.made_sdns": ("specially designated", "sdn", "blocked"),
    "sanctions.law_signed": ("into law", "act of", "became law", "becomes law", "become law", "veto"),
    "sanctions.reporting_required": ("report",),
    "sanctions.ofac_penalties_adjusted": ("penalt",),
    "license.decision.blocked_funds_released": ("allowed", "permitted", "authori", "let"),
    "sanctions.named_kingpins": ("narcotic", "kingpin"),
    "sanctions.office_designated": ("designated",),
    "license.decision.refused_to_let": ("refus",),
    "license.decision.purchase_request_refused": ("declin", "turn", "reject", "refus", "rebuff", "spurn"),
    "license.decision.sales_certified": ("certif",),
    "license.decision.block_voted_down": ("resolution", "measure", "bid", "effort", "attempt"),
    "sanctions.statute_implemented": ("act",),
    "license.refusal_policy": ("refused", "denied"),
    "license.export_moratorium": ("moratorium", "ban on"),
    "license.arms_transfer_policy": (
        "arms transfer", "transfers of conventional", "transfer of conventional"
    ),
    "sanctions.alphabetical_listing": ("alphabetical",),
    "sanctions.terrorist_designation_title": ("designation",),
    "sanctions.emergency_continued": ("continuation",),
    "sanctions.sdn_added": ("sdn", "specially", "blocked", "sanction", "terrorist", "kingpin", "blacklist"),
    "sanctions.sdn_list_change": ("sdn", "specially designated", "interests in property", "appendi"),
    "sanctions.delisted": ("delist", "de-list", "unblock", "lift", "rescind", "revok", "removal"),
    "sanctions.nonproliferation_measures": ("measures",),
    "sanctions.blocking": ("block",),
    "sanctions.frozen": ("freez", "froze", "block", "annex", "facing", "subject to", "hit "),
    "sanctions.sanctioned_parties": ("sanction", "target", "blacklisted", "designated"),
    "sanctions.used_to_sanction": ("to sanction", "to designate", "to blacklist", "to target"),
    "license.decision.licence_issued_by": ("licen",),
    "sanctions.imposed_on_parties": ("sanctions",),
    "sanctions.placed_under": ("sanctions",),
    "sanctions.named_targets": ("targets", "designees"),
    "sanctions.order_names": ("order", "annex"),
    "sanctions.actions_title": ("sanction",),
    "sanctions.counted_designations": ("designations",),
    "sanctions.country_programme_eased": (
        "sanctions", "travel", "visit", "remittance", "embargo"
    ),
    "sanctions.embargo_imports_eased": ("import",),
    "sanctions.twea_title": ("trading with the enemy",),
    "sanctions.alien_property_title": ("alien property", "vesting", "blocked"),
    "sanctions.regulations_title": ("regulations", "program"),
    "sanctions.programme_message_title": ("sanctions",),
    "sanctions.announced_designated": ("had been designated",),
    "sanctions.programme": (
        "sanction", "assets control", "emergency", "renew", "extend", "trade control",
        "transactions regulations", "transaction regulations",
    ),
    "sanctions.ieepa_amended": ("international emergency",),
    "sanctions.outbound_investment": ("investment",),
    "sanctions.executive_order": ("order", "e.o", "e. o"),
    "sanctions.presidential_order": (
        "blocking", "sanctions", "prohibiting", "additional steps", "weapons of mass destruction", "trade",
        "transactions", "measures", "an interest", "import",
    ),
    "sanctions.sector_determination": ("sector", "determination", "sanctionable"),
    "sanctions.general_licence": ("general licen", "gl"),
    "sanctions.treasury_rule_changes": (
        "rule change", "rule amendment", "regulatory change", "regulatory amendment"
    ),
    "other_list.uvl": ("unverified", "uvl"),
    "other_list.aircraft": ("aircraft",),
    "other_list.uvl_title": ("unverified",),
    "other_list.meu": ("end-user", "end user", "meu"),
    "other_list.denial_order": ("deny", "denying", "denial", "denied", "denies", "privileges"),
    "other_list.bis_order_title": ("matter of", "export privileges"),
    "export_control.bis_decision": ("matter of",),
    "export_control.licensing_reviewed": ("licensing",),
    "export_control.licensing_practice": ("licen",),
    "export_control.licence_processing_time": ("licen",),
    "export_control.forfeiture": ("forfeit",),
    "export_control.fined": ("fine", "fining", "penal"),
    "export_control.violation_reports": ("hotline", "tip line", "tipline"),
    "export_control.judge_decision": ("law judge",),
    "license.itar_country_title": ("traffic in arms", "itar"),
    "license.itar_exemption_title": ("traffic in arms",),
    "license.presidential_trade_ban": ("prohibiting",),
    "license.presidential_export": ("export",),
    "license.presidential_licensing_policy": ("licensing polic",),
    "license.controls_imposed_title": ("controls on",),
    "license.embargo_reopened": ("apply for",),
    "license.statute_waived": ("waiv",),
    "export_control.seizure": ("seiz", "impound"),
    "export_control.civil_penalty_amount": ("penalt",),
    "export_control.outbound_seizure": ("outbound",),
    "export_control.regime_decision": ("agreed", "decided", "objection"),
    "license.terrorism_list_country": ("terroris",),
    "license.decision.part_810": ("part 810",),
    "license.decision.waiver_letting": ("waiver", "exemption"),
    "sanctions.proliferation_determination": ("proliferation",),
    "license.decision.export_certified": ("certif",),
    "sanctions.must_be_blocked": ("blocked",),
    "license.decision.commodity_jurisdiction": ("commodity jurisdiction",),
    "license.decision.congress_notified": ("congress",),
    "license.nrc_export_rule": ("destinations", "implement"),
    "other_list.debarment": ("debar", "reinstat"),
    "other_list.denial_policy": ("to deny",),
    "sanctions.cuba_restricted": ("cuba",),
    "export_control.ccl_change": (
        "control list", "eccn", "ccl", "classification number", "0y521", "jurisdiction", "licensing authority"
    ),
    "export_control.itar_change": (
        "traffic in arms", "munitions list", "usml", "itar", "warrant control", "proscribed"
    ),
    "export_control.regimes": (
        "wassenaar", "australia", "missile", "mtcr", "nuclear suppliers", "cocom", "coordinating"
    ),
    "export_control.ccl": ("control list", "eccn", "ccl"),
    "export_control.itar": ("traffic in arms", "munitions list", "usml"),
    "sanctions.designated_as": ("designat",),
    "license.defense_eligibility": ("furnishing", "eligib"),
    "license.statute_waived_for_countries": ("waiv", "licen"),
    "sanctions.statute_provision_waived": ("waiv", "suspen"),
    "license.country_trade_controls": ("control", "restriction", "limit", "curb", "sales to"),
    "export_control.controls_studied": ("controls",),
    "export_control.foreign_availability": ("availab",),
    "export_control.audit": (
        "gao", "accounting office", "accountability office", "inspector", "technology assessment",
        "research service",
    ),
    "export_control.enforcement": (
        "guilty", "penalt", "settle", "resolve", "indict", "charg", "convict", "sentenc", "arrest",
        "agreed to pay", "investigation", "fined", "forfeit", "deferred prosecution", "counts of", "prosecut",
        "probe",
        " years", " months", "finding of violation", "terms of", "scope of", "conditions of", " letter",
        "subpoena", "referr", "extradit", "investigat", "probing", "examin", "under investigation",
        "suspect", "accused", "exodus", "counts includ", "without the", "without any", "thwart", "foil",
    ),
    "export_control.criminal_complaint": ("criminal complaint",),
    "export_control.indictment_unsealed": ("unseal",),
    "export_control.end_use_checks": ("end-use", "blue lantern"),
    "export_control.ear_corrections": ("corrections", "amendments"),
    "export_control.procedural_notice": ("comment period", "briefing", "effective date"),
    "export_control.comment_extension": ("comment",),
    "export_control.el_procedure": ("list",),
    "export_control.ear_fallback": ("ear", "export administration"),
    "export_control.antiboycott": ("boycott",),
    "export_control.self_disclosure": ("disclos",),
}  # fmt: skip
