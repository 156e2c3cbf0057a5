"""Names a rule itself lists (parties not yet on any list): denial-order captions, "the following entity: X",
"added X to the Entity List", and per-destination entries of a Supplement No. 4 amendment."""

from __future__ import annotations

import re
from collections.abc import Iterator

from classifier.countries import ALIASES, COUNTRIES, COUNTRY_KEYS, PLACES_WITHIN
from classifier.countries import PATTERN as PLACES
from classifier.counts import NUMBER_WORDS
from classifier.names import FORM_STOP, RANK, SUFFIXES, WRITTEN_FORM
from classifier.scope import FOREIGN_ACTOR
from schemas.events import EntityMention, MatchKind

RULE_TEXT = "rule text"
SCORE = 0.8

# A proper name as written: capitalised words, joined by a few lower-case particles, with optional
# corporate suffixes ("Fujian Jinhua Integrated Circuit Company, Ltd.", "Hurras al-Din", "Blue Sky One Ltd.").
_WORD = r"(?:[A-Z0-9][\w&'’.-]*|al-\w+|(?:bin|de|del|da|der|van|von|of|and|for|the)\b)"
# Legal forms after the name, each optionally dotted and after a comma ("Co., Ltd.", "Orion Air, S.L."); each
# a whole word, so that "..., Conan Foo" does not end a name at "Co".
_SUFFIX = rf"(?:,?\s+(?:{WRITTEN_FORM})\b\.?)*"
NAME = rf"(?:[A-Z][\w&'’.-]*(?:[ -]{_WORD})*{_SUFFIX})"
_NAME = re.compile(NAME)

# Caption segments of BIS denial orders: "Action Affecting Export Privileges; A; B" or "A; Order Denying ...".
CAPTION = re.compile(
    r"\b(?:Action\s+Affecting\s+Export\s+Privileges|Orders?\s+(?:Temporarily\s+)?(?:Denying|Renewing|"
    r"Modifying|Terminating)[^;]*Export\s+Privileges)\b|"
    # A decision and order captioned with the subject alone: "Essam Alkadi; Export Privileges".
    r";\s*Export\s+Privileges\s*(?:;|$)|^\s*Export\s+Privileges\s*$",
    re.I,
)
MATTER = re.compile(rf"\bIn\s+the\s+Matter\s+of:?\s+({NAME})")
_MATTER_OPENING = re.compile(r"In\s+the\s+Matter\s+of:?\s+", re.IGNORECASE)
# Where an address begins: a house number, or a street name and its number.
STREET_NUMBER = re.compile(r"\s+(?=(?:[A-Z][\w'’-]*\s+)?\d)")
FOLLOWING = re.compile(
    rf"\bthe\s+following\s+(?:\w+\s+){{0,3}}(?:entit(?:y|ies)|persons?|compan(?:y|ies)|individuals?)\b"
    rf"[^:]{{0,200}}:\s+({NAME})"
)
# A list as a listing sentence names it: "to its sanctions list", "on OFAC's Specially Designated Nationals
# (SDN) list", "to its Specially Designated Global Terrorists list".
_LIST_NAMED = (
    r"(?:the\s+|its\s+|(?:the\s+)?(?:OFAC|Treasury|U\.S\.)['’]s\s+)(?:Entity\s+|sanctions\s+|SDN\s+|"
    r"Specially\s+Designated\s+(?:Nationals|Global\s+Terrorists?)\s+(?:\(SDNs?\)\s+)?)?[Ll]ist\b"
)
ADDED = re.compile(
    rf"\b(?:add(?:s|ed|ing)?|remov(?:es|ed|ing)|put|puts|placed)\b[^.;]{{0,80}}?\b({NAME})"
    # "added Arctic LNG 2 LLC, the company behind the plant, to its sanctions list"
    r"(?:,\s+(?:the|a|an)\s+[^,;.]{1,120},)?\s+"
    rf"(?:to|on|from)\s+{_LIST_NAMED}"
)
# ... and the first of two parties added together: "added Foo Bar and the company Baz to its sanctions list".
ADDED_FIRST = re.compile(
    # ... the first described in apposition, the second by its tie to the first: "added Foo Bar, a Xlandic
    # group leader based in Yland, and his Zlandic associate Baz Qux to its Specially Designated Global
    # Terrorists list".
    rf"\b(?:add(?:s|ed|ing)?|put|puts|placed)\s+({NAME})(?:,\s+(?:the|a|an)\s+[^,;.]{{1,120}},)?\s+and\s+"
    r"(?:the\s+(?:company|firm|bank|group|entity)\s+|(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:associate|partner|"
    r"son|daughter|brother|wife|husband|deputy|aide|affiliate|subsidiary)\s+)?"
    rf"{NAME}\s+(?:to|on)\s+{_LIST_NAMED}"
)
# Supplement No. 4 amendatory instructions: 'By adding, under China, ... entries for "A", "B" and "C";'.
ENTRIES_FOR = re.compile(r"\bentr(?:y|ies)\s+for\s+((?:[“\"][^”\"]{3,200}[”\"](?:,?\s+and\s+|,\s*)?)+)")
QUOTED = re.compile(r"[“\"]([^”\"]{3,200})[”\"]")
# Descriptive words a capitalised run picks up at its start: "Canada-based Sandvine", "Chinese Nilco".
LEAD = re.compile(
    r"^(?:[\w.]+-based\s+|(?:"
    + "|".join(sorted(COUNTRY_KEYS, key=len, reverse=True)).replace(" ", r"\s+")
    # People counted by nationality lead their names too: "the Eritreans Ermias Foo and Fitiwi Bar".
    + r")s?\s+)+",
    re.I,
)
FILLER = frozenset({"and", "of", "the", "in", "s"})
# An aircraft type: a maker or its type prefix and a model number ("Boeing 747s", "an MD-82", "Il-76").
AIRCRAFT = re.compile(
    r"(?:an?\s+)?(?:(?:Boeing|Airbus|McDonnell\s+Douglas|Lockheed|Embraer|Bombardier|Fokker|Ilyushin|Tupolev|Antonov|"
    r"Sukhoi|Cessna|Gulfstream)\s+[A-Z]{0,3}-?|(?:MD|DC|Il|Tu|An|Su|MiG|A|B|CRJ|ATR)[\s-]?)\d{1,4}[A-Z]?(?:-\d{1,4})?s?"
)
# A word that says where a thing comes from describes it: "European-made", "Iran-based", "state-owned".
DESCRIPTIVE = re.compile(r"-(?:made|based|origin|built|owned|linked|backed|controlled|run)$")
# A street named before its word for street ("Leningradskaya Str.", "Pilotov St", "Foo Road").
STREET = re.compile(r"\s(?:Str|St|Street|Ave|Avenue|Road|Rd|Prospekt|Ulitsa|Blvd|Boulevard)\.?$")
# An address's first words: the street, building or floor of a party, not a party.
ADDRESS = re.compile(
    r"(?:Avenida|Av\.|Calle|Carrera|Rua|Via|Avenue|Street|Str\.|Piso|Torre|Edificio|Floor|Building|Room|"
    r"P\.?O\.?\s+Box|No\.)\s"
)
# What a denial order's caption calls the order itself: "...; Export Materials, Inc.; Decision and Order".
ORDER_KIND = re.compile(
    r"(?:(?:Final|Initial|Recommended|Amended)\s+)?(?:Decision|Order|Settlement\s+Agreement|Consent\s+Agreement)"
    r"(?:\s+and\s+(?:Final\s+)?(?:Order|Decision))?s?",
    re.I,
)
# The offices news names people by.
OFFICE_HEADS = r"Minister|Secretary|Director|President|Governor|Ambassador|Chairman"
# An office alone is no party: "designated Bar Qux, Xland's Minister of State for Mining, and ...".
# An office before a name ("President Foo") is left to the name.
OFFICE = re.compile(
    r"(?:(?:Deputy|Vice|Prime|First|Acting|Foreign|Defen[cs]e|Finance|Interior|Chief)\s+)*"
    rf"(?:{OFFICE_HEADS}|Commander|Spokes(?:man|woman|person))"
    r"(?:\s+(?:of|for)\s+.*)?"
)
# A designation's category in the object's place: "designated the Foo Front a Foreign Terrorist Organization".
CATEGORY = re.compile(
    r"(?:(?:an?|the)\s+)?(?:(?:Foreign\s+)?Terrorist\s+Organi[sz]ations?|Specially\s+Designated\s+(?:Global\s+"
    r"Terrorists?|Nationals?))"
)
# A quote that closes a word with none opened before it: the name was cut inside a quoted nickname.
UNOPENED_QUOTE = re.compile(r"\w['’](?=\s|$)")
OPENED_QUOTE = re.compile(r"(?:^|\s)['‘]\w")
COMPASS = re.compile(r"(?:North|South|East|West)(?:ern)?")
NOT_NAMES = re.compile(
    r"^(?:the|this|these|Commerce|BIS|Entity|Department|Bureau|U\.S\.|United|Government|EAR|Federal|All|"
    r"Sixty|Nine|Chinese|Russian|Iranian|Pakistani|Certain|Several|Various|firms?|companies)\b"
    # Two nations' demonyms begin a joint venture's name ("Iranian-Venezuelan Bi-National Bank"), not a
    # description ("an Iranian-Russian network").
    r"(?!-[A-Z][\w-]*\s+[A-Z])",
)


def _located(text: str, start: int, separator: re.Pattern[str], span: str) -> Iterator[tuple[int, str]]:
    """Each part of `span` (which stands in `text` from `start`) split at `separator`, with its offset."""
    pos = start
    for part in separator.split(span):
        offset = text.find(part, pos)
        pos = offset + len(part)
        yield offset, part


MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# A month and a day inside a name make it a date: "President Foo's September 24 order".
DATED = re.compile(rf"\b(?:{MONTH_NAMES})\s+\d")


# A name the story cites for itself: "..., the Foo News Agency reported". A law firm may be cited by its
# note, past the "&" of its name: "..., a Foo Farr & Bar compliance note reported".
REPORTED = re.compile(
    r"(?:\s*&\s*[A-Z][\w'’-]*)?(?:\s+(?:[\w-]+\s+)?(?:note|alert|memo|bulletin|blog|newsletter))?"
    r",?\s+(?:has\s+|had\s+)?report(?:ed|s)\b"
)


def _clean(name: str) -> str:
    name = re.sub(r"\s+(?:and|of|for|the)$", "", name.strip(" ,;"))
    return name


def _mention(text: str, field: str, start: int, name: str, strict: bool = True) -> EntityMention | None:
    name = _clean(name)
    words = re.findall(r"[^\W_]+", name)
    if not words or all(w.casefold() in SUFFIXES for w in words) or len(name) < 4:
        return None
    if OFFICE.fullmatch(name) or CATEGORY.fullmatch(name):
        return None  # "designated the Foo Front a Foreign Terrorist Organization": the category, no party
    if UNOPENED_QUOTE.search(name) and not OPENED_QUOTE.search(name):
        return None  # "transporter 'Foo' Bar" cut after the nickname's opening quote
    if AIRCRAFT.fullmatch(name):
        return None  # "re-exported aircraft, including Boeing 747s and an MD-82": the goods, not parties
    if PLACES_WITHIN.fullmatch(name) or DESCRIPTIVE.search(name) or ADDRESS.match(name):
        return None  # "exports to occupied Crimea", "European-made engines", "Avenida Lecuna Torre Oeste"
    if STREET.search(name):
        return None  # "Leningradskaya Str.": a caption's address segment, the street before its number
    # A name found in loose prose may be a description ("Chinese firms"); a formula's own items are names.
    if strict and NOT_NAMES.match(name):
        return None
    # "dual British-Syrian nationals": places joined by a hyphen are no name either.
    if all(w.casefold() in FILLER or w.isdigit() for w in PLACES.sub(" ", name).replace("-", " ").split()):
        # "added 71 entities in Russia and Belarus to the Entity List" names places, not parties; "sanctions
        # on more than 30 Peruvian, ... firms" counts them.
        return None
    if name.endswith("s") and PLACES.fullmatch(name[:-1]):
        return None  # "two Iranians" are people of a country, unnamed
    if COMPASS.fullmatch(name):
        return None  # "the North's nuclear programme": a region, not a party
    if re.search(r"['’]s$", name):
        return None  # "sanctioned Putin's chief of staff": the possessive names whose, not whom
    if DATED.search(name):
        return None  # "widening the President's September 24 order": a date, not a party
    if REPORTED.match(text, start + len(name)):
        return None  # "..., the Associated Press reported": the story's source, no party
    return EntityMention(
        text=name,
        field=field,
        start=start,
        end=start + len(name),
        canonical_name=name,
        list=RULE_TEXT,
        score=SCORE,
        match_kind=MatchKind.RULE_TEXT,
    )


# A denial order names each of its party's aliases: "Tina Chen a/k/a Ya When Chen, a/k/a Tina Dunbar".
AKA = re.compile(rf"\b(?:a/k/a|f/k/a)\s+({NAME})")


def caption_names(title: str, text: str = "") -> Iterator[EntityMention]:
    """Parties in a denial-order caption: every other semicolon-separated segment of the title, and each
    alias it gives; or, under a title that is only the order's name, each party of the caption its text
    gives."""
    if not CAPTION.search(title):
        return
    for alias in AKA.finditer(title):
        if (m := _mention(title, "title", alias.start(1), alias.group(1))) is not None:
            yield m
    found = list(_caption_parties(title, "title"))
    if not found:
        # "Order Renewing Order Temporarily Denying Export Privileges" over "In the matter of: Foo Airways,
        # 21 Bar St., Xcity, Xland; Baz Aviation a/k/a GIE Baz, 42 Qux Avenue, ...".
        found = list(_caption_parties(text, "text", addressed=True))
    if not found:
        # An order with no caption defines its party where it first names him: "On June 2, 1997, Jon Foo
        # Bar (Bar) was convicted ...".
        found = list(_defined_parties(text, "text"))
    yield from found


# A name and the short form the order goes on to call it by, one of the name's own words.
DEFINED = re.compile(rf"({NAME}),?\s+\([“\"]?([A-Z][\w'’-]+)[”\"]?\)")
# The law and the bodies an order cites are defined so too: "the Export Administration Act (Act)".
DEFINED_NO_PARTY = re.compile(
    r"Acts?|Regulations?|Orders?|Rules?|Code|Laws?|Treaty|Convention|Agreement|Court|Department|Bureau|Agency|"
    r"Commission|Committee|Office|Program(?:me)?"
)


def _defined_parties(text: str, field: str) -> Iterator[EntityMention]:
    """Parties a text defines by a short form of their own name: "Jon Foo Bar (Bar)"."""
    for m in DEFINED.finditer(text):
        name, short = m.group(1), m.group(2)
        if short not in name.split() or DEFINED_NO_PARTY.fullmatch(short):
            continue
        if (found := _mention(text, field, m.start(1), name)) is not None:
            yield found


# A caption may split an address at a semicolon, its last line a town, a state's code and a ZIP code: "Jana
# Foo, 12 Bar Lane; Springfield, AZ 85747; Order Denying Export Privileges". The town is no party.
_TOWN_LINE = re.compile(r"[A-Z][\w.' -]*,\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?")


def _caption_parties(caption: str, field: str, addressed: bool = False) -> Iterator[EntityMention]:
    """The party each segment of a caption opens with (only segments that give an address, if `addressed`)."""
    pos = 0
    # A colon may close the order's name as a semicolon does: "Order Renewing Temporary Denial of Export
    # Privileges: Foo Airlines, 12 Bar St, ...".
    for segment in re.split(r";|(?<=Privileges):", caption):
        start = pos + len(segment) - len(segment.lstrip())
        pos += len(segment) + 1
        if CAPTION.search(segment) or any(p.fullmatch(segment.strip()) for p in (ORDER_KIND, _TOWN_LINE)):
            continue
        # A party's further address opens with "and": "...; and P.O. Box 52404, Dubai, ...".
        if addressed and (segment.strip().startswith("and ") or not re.search(r"\d", segment)):
            continue
        # "...; In the Matter of: Jana Foo, 12 Bar Drive, ...": the matter's formula before the party.
        if matter := _MATTER_OPENING.match(segment.strip()):
            start, segment = start + matter.end(), segment.strip()[matter.end() :]
        # "Rossiya Airlines, Pilotov St 18-4, St. Petersburg, Russia": the party, then its address; "Foo
        # Airlines d/b/a F7 Airlines, ...": the party, then the name it trades under.
        named = re.match(NAME + r"(?:$|(?=,)|(?=\s+[adf]/[bk]/a\b))", segment.strip())
        if named and (m := _mention(caption, field, start, named.group(0))) is not None:
            yield m


# State's debarment notices name their parties in the title: "Rescission of Statutory Debarment of A, B,
# and C, Inc. Under the International Traffic in Arms Regulations", "Administrative Debarment ... Involving A
# and B".
DEBARRED = re.compile(
    r"\bDebarments?\s+(?:of|Involving)\s+(.+?)(?:\s+Under\s+the\b|$)|\bInvolving\s+(.+?)(?:\s+Under\s+the\b|$)"
)
# A comma separates parties unless a legal form follows it ("Foo Co., Ltd.").
_COMMA = r",\s+(?:and\s+)?(?!(?:Inc|Ltd|LLC|Corp|Co|L\.L\.C|S\.A)\b\.?)"
_LIST_SEPARATOR = re.compile(rf"{_COMMA}|\s+and\s+")


def _title_parties(
    title: str, pattern: re.Pattern[str], separator: re.Pattern[str], name: re.Pattern[str]
) -> Iterator[EntityMention]:
    """Each name of the list a title formula holds (its first or second group), split at `separator`."""
    for m in pattern.finditer(title):
        group = 1 if m.group(1) else 2
        for offset, part in _located(title, m.start(group), separator, m.group(group)):
            party = part.strip()
            if re.match(r"the\s", party, re.I):
                offset, party = offset + 4, party[4:]
            if name.fullmatch(party) and (found := _mention(title, "title", offset, party)):
                yield found


def debarment_names(title: str) -> Iterator[EntityMention]:
    """Parties a debarment notice's title names (only asked of titles that speak of debarment)."""
    if "debarment" in title.casefold():
        yield from _title_parties(title, DEBARRED, _LIST_SEPARATOR, _NAME)


# State's designation notices name their party in the title: "Designation of X as a Specially Designated
# Global Terrorist", "Foreign Terrorist Organization Designation of X and Y", "In the Matter of the
# Amendment of the Designation of X, Also Known as Y, ... as a Foreign Terrorist Organization". The party is
# the point of the notice and often newer than any bundled list.
_DESIGNATION = r"(?:Specially\s+Designated\s+Global\s+Terrorists?|Foreign\s+Terrorist\s+Organizations?)"
DESIGNATED = re.compile(
    # Aliases after a comma or a semicolon, or in parentheses: "(aka Ansar Al-Sunnah and Other Aliases)",
    # "(Hizballah and Other Aliases)", "(and Their Respective Aliases)" after several parties.
    rf"\bDesignations?\s+of\s+(.+?)(?:[,;]\s+(?:Also\s+Known\s+as|aka)\b.*?|\s+\([^()]*\bAliases\)|"
    rf"\s+\((?:aka|a\.k\.a\.|also\s+known\s+as)\b[^)]*\))?"
    rf"[;,]?\s+as\s+(?:an?\s+)?{_DESIGNATION}|\b{_DESIGNATION}\s+Designations?\s+of\s+(.+)$",
    re.I,
)
# A designated name is capitalised bar particles ("Cartel de los Soles", "Hurras al-Din"), a slash joining a
# group's two names as one ("Informal Anarchist Federation/International Revolutionary Front"); a
# description ("Three Entities", "Iranian Individuals") starts with a number word or nationality (see
# NOT_NAMES).
_DESIGNATED_NAME = re.compile(
    # "in" joins a group to its place: "Ansar al-Shari'a in Darnah", "al-Qa'ida in the Arabian Peninsula".
    r"(?:al-)?[A-Z0-9][\w&'’.—-]*(?:(?:[\s—-]+|/)(?:[A-Z0-9(][\w&'’.()—-]*|of|and|for|the|in|de|del|la|las|los|el|"
    r"al-[\w'’-]+|bin|ibn))*"
)
# Designated parties are separated by commas, and by an "and" only before a capitalised name ("Los Choneros
# and Los Lobos"); "Islamic State of Iraq and the Levant" is one.
_NAMES_AND = re.compile(rf"{_COMMA}|\s+and\s+(?=(?:al-)?[A-Z])")


def designation_names(title: str) -> Iterator[EntityMention]:
    """Parties a State designation notice's title names (SDGT and FTO designations, amendments, reviews)."""
    yield from _title_parties(title, DESIGNATED, _NAMES_AND, _DESIGNATED_NAME)


# The Nuclear Regulatory Commission's orders are "In the Matter of" its licensees, who are on no list.
LICENSING_BODY = re.compile(r"\bNuclear\s+Regulatory\s+Commission\b")


def named_parties(
    text: str,
    field: str,
    licensees: bool = False,
    patterns: tuple[re.Pattern[str], ...] = (MATTER, FOLLOWING, ADDED, ADDED_FIRST),
) -> Iterator[EntityMention]:
    """Parties a rule or report names itself ("the following entity: X", "added X to the Entity List");
    `licensees` when "In the Matter of" names a licence holder, not a party."""
    for pattern in (p for p in patterns if not (licensees and p is MATTER)):
        for m in pattern.finditer(text):
            raw = m.group(1)
            # Keep the last capitalised run: "Chinese DRAM maker Fujian Jinhua ..." names Fujian Jinhua.
            parts = re.split(r"\s+(?=[a-z])(?!(?:of|and|for|de|del|al-)\b)", raw)
            name = parts[-1] if parts else raw
            if pattern is MATTER:
                # A caption runs on into the party's street address: "In the Matter of Foo International
                # Barweg 37 1101 EX Amsterdam" names Foo International.
                name = STREET_NUMBER.split(name, maxsplit=1)[0]
            offset = m.start(1) + raw.rfind(name)
            lead = LEAD.match(name)
            if lead and lead.end() < len(name):
                offset += lead.end()
                name = name[lead.end() :]
            if (mention := _mention(text, field, offset, name)) is not None:
                yield mention


def instruction_entries(text: str, field: str) -> Iterator[EntityMention]:
    """Names quoted in "entries for ..." instructions, per destination, as the rule's body writes them."""
    for m in ENTRIES_FOR.finditer(text):
        for q in QUOTED.finditer(m.group(1)):
            if (mention := _mention(text, field, m.start(1) + q.start(1), q.group(1))) is not None:
                yield mention


# Ships named in a row: "the vessels identified are the STAR MM, NOBEL M, BLACK ROCK and SHRIA", "the other
# five ships named, the Bella, Bogatyr, Neptun, Partizan and Sevastopol".
VESSELS_NAMED = (
    r"\b(?:vessels|ships|tankers)\s+(?:[\w-]+\s+){0,2}?(?:identified|named|designated|blocked|listed)"
    r"(?:\s+as\s+blocked\s+property)?(?:,?\s+(?:are|were|include|included)|,)?\s+(?:the\s+)?(?=[A-Z])|"
    # ... or described so first: "The blocked ships are the Foo, Bar Gas and Baz".
    r"\b(?:blocked|designated|sanctioned|listed)\s+(?:vessels|ships|tankers)\s+(?:are|were|include|included)\s+"
    r"(?:the\s+)?(?=[A-Z])|"
    # ... or named first: "Their tankers Foo Star, Bar and Baz I were identified as blocked property".
    r"\b(?:[Tt]heir|[Ii]ts|[Tt]he)\s+(?:vessels|ships|tankers)\s+(?=[A-Z][^.;]{0,160}?\b(?:were|was)\s+(?:also\s+)?"
    r"identified\s+as\s+blocked\s+property)"
)
# News names the parties of a listing as examples: "including memory chipmaker Yangtze Memory Technologies Co.
# (YMTC)", "such as Piotech and SiCarrier", "denial orders against Nordwind Airlines, Pobeda Airlines and S7".
# "Among the individuals were ...": the opening of a sentence that names a listing's parties.
_AMONG = r"\b[Aa]mong\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}?"
# A listing story names the parties it counted: "Treasury named the men as Foo Bar, Baz Qux and ...", "the
# minister identified them as Foo Bar, ...".
_NAMED_AS = (
    r"\b(?:named|identified)\s+(?:them|the\s+(?:[\w-]+\s+)?(?:men|women|individuals|persons|people|companies|"
    r"firms|entities|leaders|members|officials|captains))\s+as\s+"
)
# A sentence opening on the count of a listing just told: "Seven of the 13 are ...".
COUNT_TAKEN_UP = re.compile(
    rf"\s*(?:\d+|{NUMBER_WORDS})\s+of\s+(?:the\s+(?:\d+|{NUMBER_WORDS})|them|those)\b", re.IGNORECASE
)
LISTING_SENTENCE = re.compile(
    r"\b(?:add(?:s|ed|ing)?|plac(?:es|ed|ing)|put|puts|blacklist\w*|denial\s+orders?|den(?:y|ies|ied|ying)|"
    r"designat\w*|sanction\w*|target(?:s|ed|ing)?|remov\w*|took|taken|delist\w*|Entity\s+List|Unverified\s+List|SDN|"
    # A listing story's companies blocked with their owners: "Companies owned by the men, among them Foo
    # Traders and Bar Holdings, were blocked as well" (a censor's "filtering and blocking" lists no one).
    r"blocked|blocking\s+(?:the\s+|all\s+)?(?:U\.S\.\s+)?(?:property|assets))\b|"
    # The next sentence of a listing story names them: "Among the individuals were Foo Bar and Baz Qux".
    rf"{_AMONG}(?:individuals|entities|designees)\s+(?:were|are)\b|{_NAMED_AS}|"
    # "It also named three men it accuses of ...": parties named by their count.
    rf"\bnamed\s+(?:\d+|{NUMBER_WORDS})\b|"
    rf"{VESSELS_NAMED}",
    re.IGNORECASE,
)
# What news puts before a party's name: "the Spanish charter company Orion Air", "Beijing-based".
_NATIONALITY = "|".join(
    sorted((a for a in ALIASES if re.fullmatch(r"[A-Z][a-z]+", a)), key=len, reverse=True)
)
# A conjunction joins two names and describes neither ("the former lawmaker and Foo Party leader").
# A preposition starts a place or a programme ("groups active in Kashmir", ", under the Global Magnitsky
# programme"), not a description of the name after it; what is "of" a name is another thing ("including the
# siege of Foo").
_NOT_DESCRIPTORS = r"and|or|but|in|under|on|at|from|by|with|to|as|since|after|before|during|into|over|via|of"
# "the Iran-backed Yemeni movement": a place-led adjective describes, whatever its participle.
_DESCRIPTOR = (
    # A place of two words leads one too: "Hong Kong-based".
    rf"(?!(?:{_NOT_DESCRIPTORS})\s)[a-z][\w-]*|(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+-(?:based|backed|linked|owned|controlled|"
    r"run|flagged)|"
    rf"(?:{_NATIONALITY})(?=\s+[a-z])"
)
_DESCRIBED = rf"(?:(?:{_DESCRIPTOR})\s+){{0,4}}"
# In a list of examples "and" separates names; inside one name only "of", "for" and particles join words.
# A transliterated name may open a word with an apostrophe: "Mustaf 'Ato".
_PART = r"(?:[A-Z0-9][\w&'’.-]*|['’][A-Z][\w-]*|al-\w+|bin|de|del|da|der|van|von|of|for|the)"
# The trades a firm's name joins with "and": "Foo Petroleum and Shipping FZC", "Bar Aviation and Cargo Company
# Limited", "Baz Exchange and Transfer Company". Between two parties "and" stands before a name of its own
# ("Foo Group and Bar Shipping FZC"), not before a trade.
TRADES = (
    r"Petroleum|Oil|Gas|Shipping|Cargo|Transfer|Exchange|Trading|Trade|Commerce|Commercial|Import|Export|"
    r"Machinery|Machineries|Equipment|Services?|Logistics|Aviation|Engineering|Construction|Contracting|"
    r"Investments?|Development|Research|Design|Production|Technology|Technologies|Science|Industry|Industrial|"
    r"Electronics?|Electric(?:al)?|Chemicals?|Mining|Minerals|Metals|Metallurgy|Iron|Steel|Energy|Power|Marine|"
    r"Maritime|Navigation|Transport(?:ation)?|Storage|Travel|Tourism|Finance|Financial|Holdings?|Manufacturing|"
    r"Supply|Supplies|Parts|Agencies|Medical|Pharmaceuticals?|Food|Printing|Publishing|Textiles?|Agriculture|"
    # Abbreviated in Chinese firms' English names: "Foo Imp. and Exp. Co., Ltd".
    r"Imp|Exp"
)
# An organisation's own name may hold an "and" when it ends in what it is: "Armament Research and Development
# Establishment", "Defense Technology and Science Research Center".
HEAD = (
    r"(?:Cent(?:er|re)s?|Establishments?|Laborator(?:y|ies)|Lab|Complex|Institutes?|University|Compan(?:y|ies)|"
    r"Corporation|Group|Organi[sz]ation|Industries|Academy|Plant|Factory|Works|Bureau)"
)
_AND_NAME = (
    rf"[A-Z][\w&'’.-]*(?:[ -]{_PART})*\s+and\s+[A-Z][\w&'’.-]*(?:[ -]{_PART})*?\s+{HEAD}\b|"
    # ... or where two of its trades meet at the "and": "Foo Storage and Transportation Co. Ltd.".
    rf"[A-Z][\w&'’.-]*(?:[ -]{_PART})*?\s+(?:{TRADES})\.?\s+and\s+(?:{TRADES})\b\.?(?:[ -]{_PART})*{_SUFFIX}"
)
ITEM_NAME = rf"(?:{_AND_NAME}|[A-Z][\w&'’.-]*(?:[ -]{_PART})*{_SUFFIX})"
_ITEM = rf"{_DESCRIBED}({ITEM_NAME})(?:\s+\(([A-Z][A-Z0-9&-]{{1,7}})\))?"
# Parties in apposition to their count or their kind: "run by three Iranian brothers, Foo Bar, Baz Bar and Qux
# Bar", "through the exchange houses Foo Exchange and Bar Exchange".
_KINDS = (
    r"(?:brothers|sons|men|women|individuals|persons|nationals|citizens|executives|businessm[ae]n|companies|firms|"
    r"entities|banks|"
    r"exchange\s+houses|airlines|shipping\s+companies|front\s+companies|businesses)"
)
# A group's people by their place in it, named after a colon: "five Foo leaders: ...", "six members of a
# network ...: ...".
_ROLES = (
    rf"(?:{_KINDS}|members|leaders|officials|commanders|operatives|associates|financiers|facilitators|"
    r"militants)"
)
APPOSED = (
    # ... or after a colon past what binds them: "three Xland-based entities under the Xland executive order:
    # the Training Center of ...", "two gold companies said to fund the regime, Foo Minera and Bar Mining".
    # Past it, an "among them" or "including" leads the names itself: "Seven are Xland companies, among them
    # Foo Imp. and Exp. Co., Ltd and Bar Co., Limited".
    # People counted by nationality and described: "sanctioned five Mexicans tied to the Foo Cartel, A, B";
    # bare ("two Xlanders, the Foo member of parliament A") they are no apposition.
    rf"\b(?:\d+|(?i:{NUMBER_WORDS}))\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_KINDS}(?:\s+[^:.;,]{{1,80}}?)?|(?:{_NATIONALITY})s\s+[^:.;,]{{1,80}}?)[,:]\s+"
    r"(?!(?i:among\s+them|including|such\s+as|namely)\b)|"
    # A colon closes a longer description, commas and all: "six members of a network it says buys weapons,
    # moves money and recruits fighters: Foo Bar, ...".
    rf"\b(?:\d+|(?i:{NUMBER_WORDS}))\s+(?:[\w-]+\s+){{0,2}}?{_ROLES}(?:\s+[^:.;]{{1,240}}?)?:\s+|"
    # People described by a participle before their names: "Two people tied to the exchangers, Foo Bar and
    # Baz Qux, were among those designated" (people "in" or "from" a place are counted, not named).
    rf"\b(?:\d+|(?i:{NUMBER_WORDS}))\s+people\s+[a-z]+ed\b[^:.;,]{{0,80}}?,\s+|"
    rf"\bthe\s+(?:[\w-]+\s+)?{_KINDS}\s+(?=(?-i:[A-Z])[^.;]{{0,120}}?\s+and\s+(?-i:[A-Z]))"
)
# A name's description in apposition, between two names of a list: "Foo Group, a Xland-based company the
# department calls a financier of the group, and Bar Services, ...".
_APPOSITIVE = r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,14}?[\w'’-]+(?=,)"
APPOSITIVE = re.compile(_APPOSITIVE)
# A place after a name locates it, between two names of a list: "Hotel Foo in Old Xville, the Bar Resort".
_IN_PLACE = r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=,)"
EXAMPLES = re.compile(
    rf"(?:\b(?:such\s+as|including|includ(?:e|es|ed)|among\s+them|namely|against|targeting|targets|known\s+as|"
    rf"also\s+called)\s+|{VESSELS_NAMED}|{APPOSED}|{_NAMED_AS}|"
    # "Among the individuals were Foo Bar and Baz Qux".
    rf"{_AMONG}(?:individuals|entities|companies|firms|people|persons|designees|named|designated|sanctioned|"
    r"targeted)\s+(?:were|are|was|is)\s+|"
    # "the companies placed on its list are Foo Exchange and Bar Exchange".
    r"\b(?i:the)\s+(?:companies|entities|individuals|people|persons|firms|banks)\s+(?:placed|put|added|designated|"
    r"named|listed|targeted|sanctioned)\b[^.;]{0,40}?\s+(?:are|were)\s+|"
    # "... on the SDN list, together with their chiefs Foo Bar and Baz Qux".
    r"\btogether\s+with\s+(?:(?:their|its|his|her|the)\s+)?(?:[\w-]+\s+){0,2}?(?:chiefs|heads|directors|owners|"
    r"executives|managers|leaders|founders|presidents|chairmen)\s+)"
    rf"{_ITEM}((?:{_APPOSITIVE}|{_IN_PLACE})?"
    rf"(?:,\s+{_DESCRIBED}{ITEM_NAME}(?:\s+\([A-Z][A-Z0-9&-]{{1,7}}\))?(?:{_APPOSITIVE}|{_IN_PLACE})?)*"
    rf"(?:,?\s+(?:and|or)\s+{_DESCRIBED}{ITEM_NAME}(?:\s+\([A-Z][A-Z0-9&-]{{1,7}}\))?)?)"
)
LISTED_ITEM = re.compile(rf"(?:^|,\s+|\s+(?:and|or)\s+){_ITEM}")
ACRONYMED = re.compile(rf"({NAME})\s+\(([A-Z][A-Z0-9&-]{{1,7}})\)")
# Authorities, laws and places name themselves with acronyms too: "Bureau of Industry and Security (BIS)".
INSTITUTION = re.compile(
    r"\b(?:Department|Bureau|Office|Administration|Regulations?|Commission|Ministry|Government|Treasury|Commerce|"
    r"Act|Order|List|Rule|Council|Agency|Authority|Committee|Congress|Senate|House|Court|Republic|States|"
    r"Union|Regime|Arrangement|Convention|Program|Initiative|Framework|Prohibition|Number|Category|"
    # A treaty names itself: "obstructing the Dayton Peace Agreement".
    r"Agreement|Accords?|Treaty|"
    # An honour names its holder's distinction: "among them Nobel Peace Prize laureate Foo".
    r"Prize|Award|Medal|"
    # A designation's category ("a Specially Designated Global Terrorist") follows its party's name.
    r"Specially\s+Designated|Global\s+Terrorists?)\b"
)
MONTHS = re.compile(
    rf"^(?:{MONTH_NAMES}|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|These|It|Its)\b"
)


# "four DRDO laboratories (the Armament Research and Development Establishment, ..., and the Solid State
# Physics Laboratory)": parties enumerated in parentheses after how many of what kind they are.
ENUMERATED = re.compile(
    rf"\b(?:\d+|{NUMBER_WORDS}|several)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:laborator(?:y|ies)|labs|cent(?:er|re)s|entities|compan(?:y|ies)|firms|units|subsidiaries|institutes|"
    r"organi[sz]ations|bodies|affiliates|plants|factories)\s+\(([^()]{5,600})\)",
    re.IGNORECASE,
)
_ENUMERATION_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=the\s)")


# The United States by any name is who acts, never a party ("the targets under U.S. jurisdiction"); the
# United Nations is a body whose embargo a party breaks ("arms against the U.N. embargo").
_US_ONLY = re.compile(
    r"(?:the\s+)?(?:U\.\s?S\.?(?:A\.?)?|US|USA|United\s+States(?:\s+of\s+America)?|America|Americans?|U\.\s?N\.?|UN|"
    r"United\s+Nations)"
)


# The parent a party is described by ("Foo France, the French subsidiary of Foo Industries") owns the party;
# the listing names the subsidiary.
_PARENT = re.compile(r"\b(?:subsidiary|unit|affiliate|arm|division)\s+of\s+(?:the\s+)?$")


def _a_parent(text: str, start: int) -> bool:
    """Whether the name at `start` is named as the owner of the party before it."""
    return _PARENT.search(text, max(0, start - 40), start) is not None


def _party(text: str, field: str, start: int, name: str) -> EntityMention | None:
    name = _clean(name)
    if INSTITUTION.search(name) or MONTHS.match(name) or _US_ONLY.fullmatch(name):
        return None
    if _a_parent(text, start):
        return None
    return _unled(text, field, start, name)


# A state's armed or governing body is named by its demonym: "the Syrian Navy" is no "Navy".
_STATE_ARM = re.compile(
    r"(?:Navy|Army|Air\s+Force|Armed\s+Forces|Coast\s+Guard|Police|Government|Parliament)"
)


def _demonym_end(name: str) -> int:
    """Where a name starts after the place or demonym leading it; 0 when none leads it, or when the rest is
    a state's armed or governing body ("the Syrian Navy")."""
    lead = LEAD.match(name)
    if lead and lead.end() < len(name) and not _STATE_ARM.fullmatch(name[lead.end() :]):
        return lead.end()
    return 0


# A firm's home state in the possessive is where it is, no part of its name: "Germany's Foo GmbH".
_HOME_OWNER = re.compile(rf"(?:{PLACES.pattern})['’]s\s+(?=[A-Z])")


def _unled(text: str, field: str, start: int, name: str) -> EntityMention | None:
    """The mention of a name without the place or demonym it starts with ("Chinese Nilco" names Nilco)."""
    if PLACES.fullmatch(name):
        return None  # "Saudi Arabia" is a country, not "Arabia" led by a demonym
    if home := _HOME_OWNER.match(name):
        start, name = start + home.end(), name[home.end() :]
    cut = _demonym_end(name)
    return _mention(text, field, start + cut, name[cut:])


def example_parties(text: str, field: str) -> Iterator[EntityMention]:
    """Parties a listing sentence gives as examples or as acronymed names (news style)."""
    listing, last = False, 0
    # A legal form's stop before another form ends no sentence: "Foo Trading Co. Ltd." stays one name.
    for sentence in re.finditer(rf"[^.;]+(?:\.(?=\S)|\.(?=\s+[a-z(])|{FORM_STOP}|[^.;])*", text):
        # A semicolon goes on with its sentence's listing: "sanctions on three entities: Foo (FC), a unit
        # of ...; and two gold companies, Bar Minera and Baz Mining".
        # So does a sentence that takes up the count the listing gave: "Seven of the 13 are ...".
        continued = "." not in text[last : sentence.start()] or bool(COUNT_TAKEN_UP.match(sentence.group(0)))
        listing = (listing and continued) or bool(LISTING_SENTENCE.search(sentence.group(0)))
        last = sentence.end()
        if not listing:
            continue
        body, base = sentence.group(0), sentence.start()
        # The descriptions between names are blanked, so that no word of theirs reads as a name.
        blanked = APPOSITIVE.sub(lambda a: " " * len(a.group(0)), body)
        for m in EXAMPLES.finditer(body):
            # The first example follows the cue ("such as Piotech"); the rest follow a comma or "and".
            names = [(m.start(g), m.group(g)) for g in (1, 2) if m.group(g)]
            for item in LISTED_ITEM.finditer(blanked, m.start(3), m.end()):
                names += [(item.start(g), item.group(g)) for g in (1, 2) if item.group(g)]
            for start, name in names:
                if found := _party(text, field, base + start, name):
                    yield found
        for m in ENUMERATED.finditer(body):
            for offset, part in _located(body, m.start(1), _ENUMERATION_SEPARATOR, m.group(1)):
                named = re.fullmatch(rf"(?:the\s+)?({ITEM_NAME})", part.strip())
                if named and (found := _party(text, field, base + offset + named.start(1), named.group(1))):
                    yield found
        for m in ACRONYMED.finditer(body):
            # An authority's or a law's acronym ("Office of Foreign Assets Control (OFAC)") is no party.
            if INSTITUTION.search(m.group(1)):
                continue
            for group in (1, 2):
                if found := _party(text, field, base + m.start(group), m.group(group)):
                    yield found


# A legal form marks an organisation wherever a listing names one: "Kaspersky Labs Limited", "URAL Airlines
# JSC", "Arrow Electronics (Hong Kong) Co., Ltd.", and Russian registries' leading forms ("AO Kaspersky Lab").
# Inner dots only ("U.S"): a word's closing full stop ends the sentence, and the name with it.
_CAP = r"(?:[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*|\([A-Z][\w ]{1,30}\))"
# "and" is left out: in a listing it separates parties ("OOO Kaspersky Group and Kaspersky Labs Limited").
_JOIN = r"(?:[ -](?:of|for|de|&)(?=\s+[A-Z]))?"
TRAILING_FORM = re.compile(
    rf"\b{_CAP}(?:{_JOIN}[ -]{_CAP}){{0,7}},?\s+"
    r"(?:Co\.,?\s+(?:Ltd\.?|Limited)|Company,?\s+(?:Ltd\.?|Limited)|Ltd\.?|Limited|Inc\.|Corp\.|Corporation|Co\.|"
    # ... and in the registries' capitals ("Foo Shipping Co LTD").
    r"LTD|LIMITED|"
    # Russian registries' forms written after the name ("TSK Vektor OOO"), and Dubai free zones' ("DMCC").
    r"LLC|L\.L\.C\.|P?JSC|OJSC|GmbH|S\.A\.|SA|AG|Pte\.?\s+Ltd\.?|FZE|FZCO|FZC|FZ-LLC|DMCC|LLP|PLC|OOO|OAO|ZAO)"
    r"(?![\w-])"
)
# A body named by what it is ("Moscow Aviation Institute", "Zibo Chemical Equipment Plant"), as a listing
# names research institutes, plants and trading houses that carry no legal form.
HEAD_NOUN_FORM = re.compile(
    rf"\b{_CAP}(?:{_JOIN}[ -]{_CAP}){{0,7}}\s+"
    r"(?:Institute|Centre|Center|Plant|Factory|Industries|Trading|Group|Company|Bank|University|Laborator(?:y|ies)|"
    # Russian arms makers' design bureaus ("Kolomna Machine-Building Design Bureau").
    r"Works|Organi[sz]ation|Establishment|Enterprises?|Association|Academy|Shipping|Design\s+Bureau)"
    # What the body is of or for: "Tata Institute of Fundamental Research", "Center for Atomic Research".
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,3}})?"
    r"(?![\w-])"
)
# Groups and banks that are no listing's parties: export-control regimes, a designation's category, the
# EAR's country groups, advisory and working groups, and the public lenders that finance exports.
_NO_BODY = re.compile(
    r"\b(?:Australia|Nuclear\s+Suppliers|Country|Advisory|Working|Contact)\s+Group\b|Terrorist\s+Organi[sz]ation|"
    r"\b(?:Export-Import|World|Development|Reserve)\s+Bank\b|['’]s\s"
)
_VENUE = re.compile(r"\bat\s+(?:the\s+)?$")
# A body in the possessive owns what comes next: its report or settlement is background; its people and units
# ("the Foo Bank's representative in Xland") keep it in the story.
_OWNS_A_THING = re.compile(
    r"['’]s\s+(?!(?:[\w-]+\s+){0,2}?(?:representatives?|agents?|chief|head|directors?|president|officials?|"
    r"officers?|owners?|subsidiar(?:y|ies)|affiliates?|branch(?:es)?|fronts?|units?|managers?|employees?)\b)"
)
LEADING_FORM = re.compile(
    # ... and its scientific production associations and enterprises ("NPO Foo").
    r"\b(?:OOO|AO|OAO|ZAO|PAO|PJSC|JSC|TOO|NPO|NPP)\s+[\"“«]?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}"
)


# A state's short name, then a capitalised word: the first words of a company's name, not a demonym's lead.
_NAMED_FOR_COUNTRY = re.compile(
    "(?:" + "|".join(re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True)) + r")\s+[A-Z][a-z]"
)


# An enforcement story's penalised company is no listing's party, whatever else the story lists.
_SETTLED_WITH = re.compile(r"\b(?:settlements?|settle[sd]?|settling|agreements?)\s+with\s+(?:the\s+)?$")


def legal_form_parties(text: str, field: str) -> Iterator[EntityMention]:
    """Organisations a listing names by their legal form or by what they are, listed yet or not."""
    taken: list[tuple[int, int]] = []
    for pattern in (TRAILING_FORM, LEADING_FORM, HEAD_NOUN_FORM):
        if pattern is HEAD_NOUN_FORM and field == "title":
            continue  # a headline capitalises every word ("U.S. Designates Iranian Bank")
        for m in pattern.finditer(text):
            name = m.group(0).strip('"“«”» ')
            if pattern is HEAD_NOUN_FORM:
                if (head := _head_noun_name(text, m, name, taken)) is None:
                    continue
                name = head
            start = m.start() + m.group(0).find(name)
            if name.startswith("The "):
                start, name = start + 4, name[4:]
            if _SETTLED_WITH.search(text, max(0, start - 40), start):
                continue  # "a settlement with Foo Corporation": the penalised company, on no list
            # The joined name if it reads as a party, else the name as found ("Federal" opens no party name).
            joined = _trades_joined(text, start, name)
            found = _form_party(text, field, *joined)
            if found is None and joined != (start, name):
                found = _form_party(text, field, start, name)
            if found:
                taken.append((m.start(), m.end()))
                yield found


_TRADE_THEN_AND = re.compile(rf"(?:^|[^\w&'’.-])((?:{_CAP}[ -]){{0,5}}(?:{TRADES}))\s+and\s+$")
_TRADE_FIRST = re.compile(rf"(?:{TRADES})\b")
# "Foo Storage" + "and" + "Transportation Co. Ltd.": a name's last word is a trade.
_TRADE_LAST = re.compile(rf"\b(?:{TRADES})$")
_OWNER_BEFORE = re.compile(r".*['’]s\s+")


def _trades_joined(text: str, start: int, name: str) -> tuple[int, str]:
    """The name with the trades its firm's name joins before it ("Foo Petroleum and" + "Shipping FZC")."""
    if not _TRADE_FIRST.match(name):
        return start, name
    if (before := _TRADE_THEN_AND.search(text, max(0, start - 80), start)) is None:
        return start, name
    at = before.start(1)
    # "Xland's Foo Machinery and Equipment Export Corporation": the owner in the possessive is no part of it.
    if owner := _OWNER_BEFORE.match(text, at, start):
        at = owner.end()
    return at, text[at:start] + name


def _head_noun_name(text: str, m: re.Match[str], name: str, taken: list[tuple[int, int]]) -> str | None:
    """The party a body's head noun names ("Talin Institute of Applied Optics"), or None if it names none."""
    if any(s < m.end() and m.start() < e for s, e in taken):
        return None  # "Birch Trading Ltd." is named by its legal form already
    if _VENUE.search(text, 0, m.start()):
        return None  # "in a commencement speech at Yale University": where, not whom
    if _OWNS_A_THING.match(text, m.end()):
        return None  # "the Foo Bankers Association's weekly round-up": whose report, not a party
    if _NO_BODY.search(name) or len(LEAD.sub("", name).split()) < 2:
        return None
    if (home := _HOME_COUNTRY.search(name)) and not _BODY_WORD.search(name[: home.start()]):
        return name[: home.start()]  # "Brenna Trading of Malaysia": where it is, not its name
    return name


def _form_party(text: str, field: str, start: int, name: str) -> EntityMention | None:
    if _NAMED_FOR_COUNTRY.match(name):
        # "China North Industries Corporation": a company named for its country keeps the country.
        clean = _clean(name)
        if INSTITUTION.search(clean) or _a_parent(text, start):
            return None
        return _mention(text, field, start, clean)
    return _party(text, field, start, name)


# A party named with the list it stands on: "the Foo Centre for Atomic Research, an Xland organisation on
# the Commerce Department's Entity List", "Bar Trading Limited, a company on the Specially Designated
# Nationals List".
ON_A_LIST = re.compile(
    rf"({ITEM_NAME}),\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,6}}?(?:company|firm|organi[sz]ation|entity|cent(?:re|er)|"
    r"institute|bank|trader|business|group|body|airline|manufacturer|maker)\s+(?:already\s+)?(?:on\s+(?:the\s+)?"
    r"(?:[\w.'’-]+\s+){0,3}?(?:Entity\s+List|Specially\s+Designated\s+Nationals?\b|SDN\s+[Ll]ist)|"
    # ... or with its listing dated: "Foo ITSS, a company sanctioned in June 2024".
    r"(?:sanctioned|designated|blacklisted)\s+(?:by\s+(?:the\s+)?(?:U\.S\.|United\s+States|Washington|Treasury|OFAC)\s+)?"
    r"(?:in|on|last|earlier)\b)"
)


def listed_appositions(text: str, field: str) -> Iterator[EntityMention]:
    """Parties the text names with the list they stand on."""
    for m in ON_A_LIST.finditer(text):
        if (mention := _party(text, field, m.start(1), m.group(1))) is not None:
            yield mention


def extract(texts: dict[str, str]) -> list[EntityMention]:
    """Every party a document names in its own rule text, across its fields."""
    title = texts.get("title", "")
    out = [*caption_names(title, texts.get("text", "")), *debarment_names(title), *designation_names(title)]
    licensees = bool(LICENSING_BODY.search(texts.get("agencies", "")))
    if not CAPTION.search(title):
        # An order captioned with its respondent alone: "In the Matter of Foo International, Barweg 37, ...;
        # Respondent".
        out.extend(named_parties(title, "title", licensees, (MATTER,)))
    for field in ("text", "body"):
        out.extend(named_parties(texts.get(field, ""), field, licensees))
        out.extend(instruction_entries(texts.get(field, ""), field))
    out.extend(listed_appositions(texts.get("text", ""), "text"))
    return out


# The State Department's denial-policy notices list their parties after one formula: "to deny all export
# license applications ... involving, directly or indirectly: the Foo Corporation, Ltd, a/k/a FOOCO, an agency
# of ...; Bar Electronics (Pty) Ltd.; John SMITH; and any divisions, subsidiaries ...".
INVOLVING = re.compile(
    r"\binvolv(?:e|es|ing)\s*,?\s*directly\s+or\s+indirectly\s*[,:]\s*(.{3,900}?)"
    r"(?:,?\s+and,?\s+any\s+(?:of\s+their\s+)?(?:divisions|subsidiaries|affiliates)|\s+in\s+connection\s+with\b|$)",
    re.S,
)
# Items end at a semicolon, a list comma or "and", or a full stop after a surname in capitals
# ("Foo SMITH. Bar").
_INVOLVED_SEPARATOR = re.compile(rf";\s*|{_COMMA}|\s+(?:and|AND)\s+|(?<=[A-Z]{{3}})\.\s+(?=[A-Z])")


def involved_parties(text: str, field: str) -> Iterator[EntityMention]:
    """Parties a denial-policy notice lists after "involving, directly or indirectly"; aliases and
    descriptions between them are skipped."""
    for m in INVOLVING.finditer(text):
        for offset, part in _located(text, m.start(1), _INVOLVED_SEPARATOR, m.group(1)):
            item = part.strip()
            named = re.match(rf"(?:the\s+)?({NAME})", item)
            if not named or item.startswith(("a/k/a", "f/k/a")):
                continue
            start = offset + part.find(named.group(1))
            if (mention := _mention(text, field, start, named.group(1))) is not None:
                yield mention


def extract_examples(texts: dict[str, str]) -> list[EntityMention]:
    """Parties named as examples or determinations in a listing item's title and text (tagged items only)."""
    out: list[EntityMention] = []
    for field in ("title", "text"):
        out.extend(example_parties(texts.get(field, ""), field))
    out.extend(determined_parties(texts.get("text", ""), "text"))
    out.extend(involved_parties(texts.get("text", ""), "text"))
    for field in ("title", "text"):
        out.extend(designated_parties(texts.get(field, ""), field))
    return out


# The State Department's sanctions notices name their parties in one formula: "the Secretary of State
# determined that [each of] A, B, and C engaged in / met the criteria / materially contributed to ..."
DETERMINED = re.compile(
    r"\bdetermined\s+that\s+(?:each\s+of\s+)?(.{3,600}?)\s+(?:(?:has|have)\s+)?(?:engag(?:e|es|ed)\s+in|"
    r"meets?\s+the|met\s+the|materially\s+contribut\w*|knowingly\b|(?:is|are|was|were)\s+(?:a|an|responsible|"
    r"owned|controlled)\b)"
)
# A party of the formula is capitalised throughout, bar particles ("Ministry of Defense and Armed Forces").
_PARTICLE = r"of|and|for|the|de|al-\w+|bin"
_DETERMINED_NAME = re.compile(rf"[A-Z0-9][\w&'’.,-]*(?:\s+(?:[A-Z0-9(][\w&'’.,()-]*|{_PARTICLE}))*")
# With three or more parties the formula puts commas between them, and an "and" inside one is its own
# ("Ministry of Defense and Armed Forces Logistics"); two parties are joined by "and" alone.
_COMMA_SEPARATOR = re.compile(_COMMA)


def determined_parties(text: str, field: str) -> Iterator[EntityMention]:
    """Parties a State Department determination names: each capitalised item of its enumeration."""
    for m in DETERMINED.finditer(text):
        separator = _COMMA_SEPARATOR if _COMMA_SEPARATOR.search(m.group(1)) else _LIST_SEPARATOR
        for offset, part in _located(text, m.start(1), separator, m.group(1)):
            name = re.sub(r"^the\s+", "", part.strip())
            name = re.sub(r"\s*\([^()]*\)$", "", name)  # an alias or acronym in parentheses is not the name
            if not _DETERMINED_NAME.fullmatch(name):
                continue
            start = offset + part.find(name)
            if (mention := _mention(text, field, start, name, strict=False)) is not None:
                yield mention


# News names the parties of a designation as the verb's object: "OFAC designated Turkey's Ministry of National
# Defence and Ministry of Energy", "sanctioned Russian national Vitaliy Andreyev and North Korean consular
# official Kim Ung Sun", "lifts sanctions on Rusal, En+ and EuroSibEnergo". The object runs to the first word
# that starts another part of the clause (a date, a reason, a programme, a relative clause).
# A people by its demonym, in the plural with an "s" ("Colombians", "Iranians").
_PEOPLES = "|".join(
    sorted((form for form in ALIASES if form.isalpha() and form.endswith("n")), key=len, reverse=True)
)
# Who a sentence listing a designation's parties is about: "They are ...", "The companies were ...", "The
# others are ...".
_LISTING_SUBJECT = (
    r"(?:They|Those\s+(?:targeted|listed|named|designated|sanctioned)|The\s+(?:[\w-]+\s+)?(?:targets|designees)|"
    # A count of them: "The four named are ...".
    rf"The\s+(?:\d+|(?i:{NUMBER_WORDS}))\s+(?:targeted|listed|named|designated|sanctioned)|"
    r"The\s+(?:individuals|officials|people|persons|companies|firms|businesses|entities|others|rest)|"
    # The listing's further entries: "The other additions were A, B and C".
    r"The\s+(?:other\s+|new\s+)?additions|"
    # ... or a people: "The Xlanders are A, indicted ...; B, its financial chief; and C".
    rf"The\s+(?:{_PEOPLES})s)"
)
DESIGNATING = re.compile(
    # A count, then the names after a colon: "designated four judges of the court on June 5 under Executive
    # Order 14203: A of Xland, B of Yland and C of Zland".
    # So do the assets of a count blocked: "blocked the assets of six men accused of ...: the Libyans A, B".
    r"\b(?:(?:re-?)?designat(?:ed|es|ing)|sanction(?:ed|ing)|block(?:s|ed|ing)?\s+(?:the\s+)?(?:U\.S\.\s+)?"
    r"(?:property|assets)\s+(?:and\s+interests\s+)?of)\s+(?:the\s+)?(?:\d+|"
    rf"{NUMBER_WORDS})\s+[^.:;]{{0,120}}:|"
    # ... or the count as the subject of a passive: "Seven companies linked to him were blacklisted as
    # well: A, B and C".
    rf"\b(?:\d+|(?i:{NUMBER_WORDS}))\s+[^.:;]{{0,80}}?\b(?:were|was)\s+(?:also\s+)?(?:re-?)?(?:designated|"
    r"sanctioned|blacklisted|targeted)(?:\s+(?:as\s+well|too|also))?\s*:|"
    # ... or after a dash: "designated seven companies located in Xland - A, B and C - and D, who owns them".
    r"\b(?:(?:re-?)?designat(?:ed|es|ing)|sanction(?:ed|ing))\s+(?:the\s+)?(?:\d+|"
    rf"{NUMBER_WORDS})\s+[^.:;]{{0,120}}?\s[-–—]\s|"
    # An infinitive after a past verb tells what was done: "used the new authority the same day to designate
    # Foo Bar, prime minister of ..."; one after a hedge ("plans to designate") tags nothing, so names none.
    r"\b(?:used|moved|acted|voted|decided|chose)\b[^.;:]{0,80}?\bto\s+designate\b|"
    r"\b(?:(?:re-?)?designat(?:ed|es|ing)|sanction(?:ed|ing)|blacklist(?:ed|s|ing)|delist(?:ed|s|ing)|"
    r"unblock(?:ed|s|ing)|(?:impos\w+|lift\w*|remov\w+|eas\w+)\s+(?:[\w-]+\s+){0,2}?sanctions\s+(?:on|against)|"
    # "blocking the U.S. assets of rebel commander Peter Gadet"; "the first four targets, all settlers: A, B".
    r"block(?:s|ed|ing)?\s+(?:the\s+|all\s+|any\s+)?(?:U\.S\.\s+)?(?:property|assets)\s+(?:and\s+interests\s+)?of|"
    r"(?:targets|designees)\b[^.:;]{0,60}:|"
    # "ended the sanctions imposed on ICC Prosecutor Foo Bar and Baz Qux"
    r"sanctions\s+(?:(?:it\s+had\s+|had\s+been\s+)?imposed\s+)?(?:on|against)|(?:those\s+)?named\s+(?:are|were)|"
    # A new order's annex: "blocking the assets of the four principals named in its annex, A, B, C and D".
    r"named\s+in\s+(?:its|the|an)\s+annex,?|"
    # The list named before its parties: "removed from its sanctions list the Ministry of Foo as well as
    # Defense Minister A and Interior Minister B".
    r"\b(?:removed|deleted|dropped|took|added)\s+(?:from|to)\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}?(?:sanctions\s+)?list"
    r"(?=\s+(?:the\s+)?[A-Z])|"
    # A count added, its names in apposition: "added three more tankers, A, B and C, to its sanctions list".
    rf"\badd(?:ed|s|ing)\s+(?:\d+|{NUMBER_WORDS})\s+(?:more\s+|other\s+|further\s+|new\s+)?[a-z]+,(?=\s+[A-Z])|"
    # A count named again, its names in apposition: "The four, A, B, C and D, allegedly worked for ...".
    rf"(?:(?<=[.!?]\s)|^)The\s+(?:\d+|{NUMBER_WORDS}),(?=\s+[A-Z])|"
    # A denial order's object: "suspending for 180 days the export privileges of A, B and C".
    r"(?:export|trading)\s+privileges\s+of|"
    # The sentence after a designation that lists its parties: "They are former presidents A and B, ...",
    # "Those named included electoral council head Tibisay Foo, ...", "The companies are the ranch Foo, ...".
    # "The others are A, ...": the rest of a count the story began with.
    # A description in lower case may stand before a colon: "Those named include commanders described as
    # traffickers: A, B" (a capitalised word there may be a party of its own).
    rf"(?<=[.!?]\s){_LISTING_SUBJECT}\s+(?:are|were|include[sd]?)\s+(?-i:[^.:;A-Z]{{3,100}}):|"
    rf"(?<=[.!?]\s)(?:{_LISTING_SUBJECT}|The\s+(?:{NUMBER_WORDS}|\d+))\s+"
    r"(?:are|were|include[sd]?)"
    r"(?:\s+the\s+(?=[a-z]))?|"
    # A part of the count, described before a colon: "Three are members of the Foo Front: A, B and C".
    rf"(?<=[.!?]\s)(?:(?i:{NUMBER_WORDS})|\d+)\s+(?:are|were)\s+[^.:;]{{0,100}}:)\s+"
)
# The roles a designee is described by after the name: "Foo Bar, president of ...".
_ROLE_HEAD = (
    r"(?:head|chief|leader|director|founder|owner|(?:prime\s+)?minister|president|governor|mayor|commander)"
)
# "as well as" joins two more parties ("the Ministry of Foo as well as Defense Minister A"), and ends nothing.
_OBJECT_END = re.compile(
    r"[.;:!?](?:\s|$)|\s+(?:for|over|under|on|in|as(?!\s+well\s+as\b)(?<!\bwell\sas)|to|after|because|who|whose|"
    r"which|that|from|by|"
    r"while|saying|accused|allegedly|at|since|following|amid|pursuant|between|into|linked|tied|based|"
    # A participle's clause ends it: "eased other sanctions on China, allowing the Export-Import Bank to ...".
    r"including)\b|,\s+(?:who|which|whose|saying|accusing|citing|alleging|according|allowing|letting|enabling|"
    r"permitting|a|an|its|their|"
    r"the\s+[a-z]|as|in|on|for|"
    # A role after the name: "Phakiso Foo, head of the court's Jurisdiction, Complementarity and ...
    # Division", "Foo Bar, prime minister of the Xland-based National Salvation Government".
    rf"{_ROLE_HEAD}\s+of)\b"
)
_OBJECT_SEPARATOR = re.compile(rf"{_COMMA}|\s+and\s+|\s+as\s+well\s+as\s+|\s+(?:along|together)\s+with\s+")
# The proper name that ends an object's item, after what it is ("his son Nicolas Petro", "the China-based
# firm Liaoning China Trade Industry"); particles join its words.
_TRAILING_NAME = re.compile(
    # "and" stands inside an item only where a body's two fields were joined back (_bodies_joined); an
    # Iberian name's "e" or "y" joins two of its words ("Distribuidora e Productos Foo").
    r"(?:al-)?[A-Z0-9][\w&'’.+-]*(?:\s+(?:[A-Z0-9][\w&'’.+-]*|of|for|and|de|del|da|la|los|the|al-[\w'’-]+|bin|ibn|"
    r"[ey](?=\s+[A-Z])))*$"
)
_POSSESSOR = re.compile(r"^[A-Z][\w.-]*['’]s\s+")
# An item that opens with a person and ends in the body they serve, in lower case: "Ivan Foo of the Xville
# appeals court". The name is its opening words.
_SERVES_IN = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4}(?=\s+of\s+(?:the|an?)\s+[^,]*\b[a-z][\w'’-]*$)"
)
_HOME_COUNTRY = re.compile(rf"\s+of\s+(?:the\s+)?(?:{PLACES.pattern})$")
_BODY_WORD = re.compile(
    r"\b(?:Bank|Ministry|Company|Corporation|Institute|University|Organi[sz]ation|Government|Authority|Council|"
    r"Agency|Army|Forces?|Brigade|Guards?|Party|Front|Movement|Airlines?|Shipping|Lines|Industries|Group|Fund|"
    r"Foundation|Office|Cent(?:re|er)|Committee|Court|Police|Navy|Service|Academy|Republic|Kingdom|Union|"
    r"Commission|Directorate|Embassy|Mission|Port|Railways?|Exchange|Chamber|Association|Society)\b"
)
# Who designates, and the programmes and lists a designation names, are not its parties.
NOT_PARTIES = re.compile(
    r"^(?:the\s+)?(?:U\.\s?S\.|US|United\s+States|U\.N\.|UN|United\s+Nations|Treasury|OFAC|Office\s+of\s+Foreign|State(?:\s+Department)?|"
    r"Department|Commerce|BIS|EAR\d*|Washington|Executive\s+Order|E\.O|President|Secretary|Congress|SDNs?|Specially|"
    r"Entity\s+List|Global\s+Magnitsky|IEEPA|Kingpin|CAATSA|Monday|Tuesday|Wednesday|Thursday|Friday|"
    rf"Saturday|Sunday|{MONTH_NAMES}|"
    # Not \b: "U.S." ends in a full stop, after which a name's end has no word boundary.
    r"It|He|She|They|This|These|Those|Its|His|Her|Their|Americans?)(?!\w)|"
    # People counted by nationality: "sanctioned 11 Mexicans and 10 companies".
    rf"^(?:\d[\d,]*|{NUMBER_WORDS})\s+[A-Z][a-z]+(?:ans|ese|is)$"
)
# A law is no party: "under the Foreign Narcotics Kingpin Designation Act".
_LAW = re.compile(r"\bAct(?:\s+of\s+\d{4})?$")
# An office named without its holder ("the Vice President, Rosario Foo") is no party; its holder is.
_OFFICE = (
    r"(?:President|Minister|Chairman|Director|Governor|Secretary|Ambassador|Commander|General|Prosecutor|"
    r"Supreme\s+Leader)"
)
_OFFICE_ONLY = re.compile(
    rf"(?:(?:Vice|Deputy|Prime|First|Foreign|Interior|Defen[cs]e|Finance|Energy)\s+)*{_OFFICE}s?"
)
# A run that ends in an office is the office ("Xinjiang Communist Party Secretary and Politburo member Chen
# Quanguo" splits at "and" into an office and a person).
_OFFICE_END = re.compile(rf"\s{_OFFICE}s?$")


# An office written before its holder's name ("Minister of Public Security Alain Bunyoni") is no part of it.
_OFFICE_LEAD = re.compile(
    # An institution's acronym may lead the office: "ICC Prosecutor Fatou Foo".
    rf"^(?:[A-Z]{{2,6}}\s+(?={_OFFICE}))?(?:(?:Vice|Deputy|Prime|First|Former|Acting|Interior|Foreign|Defen[cs]e|Finance|Energy|Economy|Justice|"
    rf"Trade|Major|Lieutenant|Brigadier)[\s-]+)*(?:{_OFFICE}|Chief|Colonel|Admiral)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:(?:Public|National|Internal|"
    r"State)\s+)?(?:Security|Defen[cs]e|Interior|Finance|Justice|Foreign\s+Affairs|Energy|Economy|Trade|"
    r"Intelligence|Information|Oil|Petroleum|Health|Education|Industry|Commerce|Police))?\s+"
    # ... only before a person's name: two to four capitalised words, no particle ("General Directorate").
    r"(?=(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*$)"
)


# A head of state or government named by office and surname alone ("Colombian President Petro").
_OFFICE_BEFORE_SURNAME = re.compile(
    r"^(?:President|Prime\s+Minister|Minister|Chairman|Secretary|Governor|Ambassador)\s+(?=[A-Z][\w'’-]+$)"
)


# An apposition between commas describes the item before it ("Defense Industries System, the country's
# largest defence enterprise, and the arms maker Sudan Master Technology"); the object goes on after it.
# ... and so is a role in lower case, which names no party of its own: "Foo Bar, president of the state oil
# company, Baz Qux, ...". One that names a body in capitals ends the object instead (_OBJECT_END).
_APPOSITION = re.compile(
    r"(?<=,)\s+(?:(?:the|a|an)\s+[a-z][^,;.()]{0,80}|(?:(?:former|deputy|vice|acting|chief)\s+)?"
    rf"{_ROLE_HEAD}\s+of\s+[^,;.()A-Z]{{0,80}})(?=,)"
)


# A body named for two fields joined by "and" is one party: "Iran's Ministry of Intelligence and Security
# (MOIS)", "the Ministry of Defense and Armed Forces Logistics"; "Foo Bank and Bar Company" are two.
_BODY_OF = re.compile(rf"{_BODY_WORD.pattern}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*$")
_FIELD_AFTER_AND = re.compile(
    r"^(?:[A-Z][a-z][\w'’-]*\s+){0,2}[A-Z][a-z][\w'’-]*(?:\s+\([A-Z][A-Z0-9&-]{1,9}\))?\s*,?$"
)


def _bodies_joined(text: str, parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The parts, with a body's second field after "and" joined back to it, and a firm's second trade."""
    out: list[tuple[int, str]] = []
    for offset, part in parts:
        if out:
            before_offset, before = out[-1]
            between = text[before_offset + len(before) : offset]
            stripped = before.strip().rstrip(",")
            if between.strip() == "and" and (
                (
                    _BODY_OF.search(stripped)
                    and _FIELD_AFTER_AND.match(part.strip())
                    and not _BODY_WORD.search(part)
                )
                or (_TRADE_LAST.search(stripped) and _TRADE_FIRST.match(part.strip()))
            ):
                out[-1] = (before_offset, text[before_offset : offset + len(part)])
                continue
        out.append((offset, part))
    return out


def _last_break(text: str, at: int, breaks: tuple[str, ...]) -> int:
    """Where the last of `breaks` before `at` begins in `text`, or -1 when none does."""
    return max(text.rfind(mark, 0, at) for mark in breaks)


def _foreign_designator(text: str, at: int) -> bool:
    """Whether the designation cue at `at` is another government's act, its subject named just before it in
    the same sentence ("China's foreign ministry said Beijing would impose sanctions on ...")."""
    stop = _last_break(text, at, (". ", "; "))
    opening = stop + 2 if stop >= 0 and stop >= at - 80 else max(0, at - 80)
    # Sliced, not searched from an offset: the pattern's sentence-opening forms ("Xland lifted ...") are
    # anchored at the start of what it reads.
    window = text[opening : at + 40]
    # A government the U.S. acts with is its partner: "the Treasury, acting with the British government,
    # sanctioned two Russians".
    return any(not _PARTNER_LEAD.search(window, 0, m.start()) for m in FOREIGN_ACTOR.finditer(window))


_PARTNER_LEAD = re.compile(r"\b(?:with|alongside)\s+(?:the\s+)?$")


def designated_parties(text: str, field: str) -> Iterator[EntityMention]:
    """Parties a designation names: the proper name ending each item, or opening it in a semicolon list."""
    yield from enumerated_designees(text, field)
    if DESIGNATING.search(text) is None:
        return  # most texts name no designation: spare them the masking below
    # Blanked, not cut, so that every offset still points into `text`.
    masked = _APPOSITION.sub(lambda m: " " * len(m.group(0)), text)
    enumerations = [(m.start(), m.end()) for m in ENUMERATION.finditer(text)]
    for cue in DESIGNATING.finditer(masked):
        if any(s <= cue.start() < e for s, e in enumerations):
            continue  # read above, item by item
        if _foreign_designator(masked, cue.start()):
            continue  # "Beijing would impose sanctions on Foo Corp": another government's measure
        start = cue.end()
        end = _OBJECT_END.search(masked, start)
        span = masked[start : end.start() if end else len(masked)]
        for offset, part in _bodies_joined(masked, list(_located(masked, start, _OBJECT_SEPARATOR, span))):
            # An acronym or alias in parentheses follows the name it stands for; the object may end inside
            # it ("Foo (spelled Bar in some reports)" stops at "in").
            # A dash may close the enumeration ("A, B and C - and D").
            named = _TRAILING_NAME.search(re.sub(r"\s*\([^()]*\)?$", "", part.strip().rstrip(",–— -")))
            if not named:
                # A person, then the body served in lower case: "A of the Xville appeals court".
                named = _SERVES_IN.match(part.strip())
            if not named:
                continue
            name = named.group(0)
            name_start = offset + part.find(name)
            if (home := _HOME_COUNTRY.search(name)) and not _BODY_WORD.search(name[: home.start()]):
                # "Beti Hohler of Slovenia": where a person is from, no part of the name; the Central Bank of
                # Iran keeps its country.
                name = name[: home.start()]
            if owner := _POSSESSOR.match(name):
                name_start, name = name_start + owner.end(), name[owner.end() :]
            # "Colombian President Petro": the demonym, then the office, then the name.
            cut = _demonym_end(name)
            name_start, name = name_start + cut, name[cut:]
            if (
                office := _OFFICE_LEAD.match(name) or _OFFICE_BEFORE_SURNAME.match(name)
            ) and not _OFFICE_ONLY.fullmatch(name):
                name_start, name = name_start + office.end(), name[office.end() :]
            if (
                NOT_PARTIES.match(name)
                or _OFFICE_ONLY.fullmatch(name)
                or _OFFICE_END.search(name)
                or _LAW.search(name)
                or not re.search(r"[^\W\d_]", name)
            ):
                continue
            if (mention := _unled(text, field, name_start, name)) is not None:
                yield mention


# News introduces a listing's people by what they are, in lower case: "its chief executive Javad Foo",
# "Montana resident Kenneth Bar", "three deceased officials, A, B and C". Not by an office a text names as
# background as often as a target (a president, minister or opposition leader), nor whoever speaks.
_PERSON = (
    r"(?:[A-Z][\w'’-]+|[A-Z]\.)"
    r"(?:\s+(?:(?:bin|al|de|del|da|van|von|el)[\s-]+)?[A-Z][\w'’-]+|\s+[A-Z]\.(?:[A-Z]\.)*){1,5}"
)
# Whole words only, so that a speaker's name is not cut short to pass: "Brian Nelson said" is no "Brian
# Nelso", nor "Brian E. Nelson said" a "Brian E".
_SPEAKS = (
    r"(?![\w'’-])(?<!\s[A-Z])(?<!\s[A-Z]\.)"
    r"(?!\s*(?:,\s*[^,]{0,60},\s*)?(?:said|says|told|announced|added|noted|warned|stated))"
)
ROLE_PERSON = re.compile(
    r"\b(?:business(?:man|woman)|(?P<many>business(?:men|women)|nationals|officials|officers|associates|aides|"
    r"representatives|executives|bankers|"
    r"brokers|partners|traffickers|financiers|operatives|facilitators|commanders|judges|prosecutors)|national|official|"
    r"officer|resident|executive|(?:co-)?founder|deputy|wife|husband|son|daughter|brother|partner|associate|financier|"
    r"father|mother|sister|nephew|niece|cousin|uncle|(?:son|brother|father)-in-law|"
    r"trafficker|owner|administrator|representative|tycoon|oligarch|commander|operative|facilitator|smuggler|"
    r"broker|crony|congressman|judge|prosecutor|aide|banker|rector)"
    # Many, and whom they serve before a colon: "five representatives of Xland banks: A, B and C".
    r"(?(many)(?:\s+(?:of|at|from)\s+[^.:;]{1,80}?:)?)"
    rf"\s*,?\s+({_PERSON}){_SPEAKS}"
)
# A person the story has doing something ("majority owner Foo Bar had stepped down from the board") acts in
# it; a designee is acted upon, so a role's name in the subject of an active perfect is background.
_ACTS = re.compile(r",?\s+(?:has|had|have)\s+(?!been\b|not\s+been\b)[a-z]")
# The further people of a plural role's enumeration: "three officials, A, B and C".
_NEXT_PERSON = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)({_PERSON}){_SPEAKS}")
_OFFICE_WORD = re.compile(rf"\b(?:{OFFICE_HEADS}|General|Deputy)\b")


# Parties described by whom they "were tied to" name that person as background.
_TIED_TO = re.compile(
    r"\b(?:were|was|are|is)\s+(?:reportedly\s+|allegedly\s+)?(?:tied|linked|connected)\s+to\s+[^,;.]{0,30}$"
)


def _no_person(name: str) -> bool:
    """Whether a capitalised run is a body, a month, a place or an office rather than a person's name."""
    return bool(
        INSTITUTION.search(name) or MONTHS.match(name) or PLACES.match(name) or _OFFICE_WORD.search(name)
    )


# A designation's news may give each person a semicolon, the name first and what the person is after a comma:
# "Those named are A, brother of ...; B, governor of ...; C and D, both delegates; and E, a colonel". A
# description there names others as background, so each item's name is its first words, not its last.
ENUMERATION = re.compile(
    rf"(?:(?:(?<=[.!?]\s)|^){_LISTING_SUBJECT}\s+(?:are|were|include[sd]?)\s+|"
    # ... or a designation's count and a colon: "designated four members of the Qux network: A, its
    # treasurer; B, a courier; and C, who keeps its books".
    rf"\b(?:re-?)?designat(?:ed|es|ing)\s+(?:the\s+)?(?:\d+|{NUMBER_WORDS})\s+[^.:;]{{0,120}}:\s+)"
    # The first item is a name and a description in lower case, an age maybe between ("A, 81, director of
    # ..."); "A7, A71 and Exved; ..." lists names alone.
    r"(?=(?:and\s+)?[A-Z][^,;]{0,80},\s+(?:\d{1,3},\s+)?(?-i:[a-z]))([^.!?]*;[^.!?]*)"
)
# An item's name ends at its comma, or where the body the person serves in follows ("Colonel Foo Bar of the
# Xland army, who ..."), or at the nickname in parentheses after it ("General Foo Bar ('Baz'), the ...").
_ITEM_HEAD = re.compile(rf"\s*(?:and\s+)?({NAME})(?=,|\s*$|\s+of\s+the\s+|\s+\()")
_SEMICOLON = re.compile(";")
_PAIR = re.compile(rf"^({_PERSON})\s+and\s+({_PERSON})$")


def enumerated_designees(text: str, field: str) -> Iterator[EntityMention]:
    """The people of a designation's semicolon enumeration, each the name its item opens with."""
    for m in ENUMERATION.finditer(text):
        for offset, item in _located(text, m.start(1), _SEMICOLON, m.group(1)):
            if not (head := _ITEM_HEAD.match(item)):
                continue
            start, name = offset + head.start(1), head.group(1)
            if (office := _OFFICE_LEAD.match(name)) and not _OFFICE_ONLY.fullmatch(name):
                start, name = start + office.end(), name[office.end() :]  # "Colonel Foo Bar": the rank
            pair = _PAIR.match(name)
            names = (
                [(start, name)] if pair is None else [(start + pair.start(i), pair.group(i)) for i in (1, 2)]
            )
            for at, one in names:
                if not _no_person(one) and (found := _mention(text, field, at, one)) is not None:
                    yield found


def role_parties(text: str, field: str) -> Iterator[EntityMention]:
    """People a listing's news introduces by their role, in lower case ("its chief executive Javad Foo")."""
    for m in ROLE_PERSON.finditer(text):
        if _TIED_TO.search(text, max(0, m.start() - 80), m.start()):
            continue
        spans = [(m.start(2), m.group(2))]
        at = m.end(2)
        while m.group("many") and (more := _NEXT_PERSON.match(text, at)):
            spans.append((more.start(1), more.group(1)))
            at = more.end(1)
        for start, name in spans:
            # "two officials, State Minister for Humanitarian Affairs A": the office, cut short.
            if _no_person(name):
                break
            if _ACTS.match(text, start + len(name)):
                continue
            if (found := _mention(text, field, start, name)) is not None:
                yield found


# A designation's news may open a sentence with each person, then say what was done to them: "Marinko Cavara,
# President of the Federation of Bosnia and Herzegovina, was sanctioned for ...", "Osman 'Osmica' Mehmedagic,
# director general of ..., was designated for corruption". A nickname in quotes belongs to the name.
# ... or delisted: "Foo Bar, the minister in charge of ..., was taken off the Specially Designated Nationals
# List"; or put on a sanctions list: "Foo Bar, head of the court's division, was also added to the Specially
# Designated Nationals list".
_PERSON = (
    r"([A-Z][\w'’-]+(?:\s+(?:['‘\"][A-Z][\w-]+['’\"]|(?:(?:bin|al|de|del|da|van|von|el)[\s-]+)?"
    r"[A-Z][\w'’-]+)){1,4})"
)
PASSIVE_DESIGNEE = re.compile(
    rf"(?:^|(?<=[.;]\s)){_PERSON}(?:,\s+[^.;]{{3,200}}?,)?\s+(?:was|were)\s+(?:also\s+)?(?:designated|sanctioned|"
    r"blacklisted|targeted|delisted|(?:taken|removed|dropped)\s+(?:off|from)|"
    r"(?:added|placed|put)\s+(?:on|to|onto)\s+(?:the\s+|its\s+|a\s+)?(?:[\w.'’-]+\s+){0,4}?"
    r"(?:list|blacklist|List))\b"
)
# Two people as the subject: "Foo Bar and Baz Qux Quux were designated by the Treasury's Office of Foreign
# Assets Control for ...".
# Each may carry its seat: "Foo Energy Private Limited of Xcity and Bar Consulting Services of New Ycity were
# targeted for their alleged role".
_SEAT = r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
PASSIVE_PAIR = re.compile(
    rf"(?:^|(?<=[.;]\s)){_PERSON}{_SEAT}\s+and\s+{_PERSON}{_SEAT}\s+were\s+(?:also\s+)?(?:designated|sanctioned|"
    r"blacklisted|delisted|targeted)\b"
)
# The office's object, then the sanctions it was placed under: "placed Lt. Gen. Foo Bar, head of Xland's
# Directorate of Defense Industries, under sanctions". The rank is no part of the name.
PLACED_UNDER = re.compile(
    rf"\b(?:placed|put|places|puts)\s+{RANK}{_PERSON}(?:,\s+[^.;]{{3,200}}?,)?\s+under\s+(?:[\w.-]+\s+){{0,2}}?"
    r"sanctions\b"
)


def passive_designees(text: str, field: str) -> Iterator[EntityMention]:
    """People a designation's news names as a sentence's subject and then says were designated or delisted,
    or as the object placed under sanctions."""
    for m in (*PASSIVE_DESIGNEE.finditer(text), *PLACED_UNDER.finditer(text), *PASSIVE_PAIR.finditer(text)):
        for group in range(1, len(m.groups()) + 1):
            name = m.group(group)
            if _no_person(name):
                continue
            if (found := _mention(text, field, m.start(group), name)) is not None:
                yield found


# Parties introduced by their kind and then said to be designated too: "laundered money through the law firm
# Foo and Partners and the football club Bar FC, which were also designated". A kind is one to three small
# words after "the"; "and the" parts the parties, since an "and" inside a firm's name stands before no "the".
ALSO_DESIGNATED = re.compile(
    r",\s+(?:which|who)\s+(?:were|was)\s+also\s+(?:designated|sanctioned|blacklisted)\b"
)
_KIND_LED = re.compile(r"\bthe\s+(?:[a-z][\w-]*\s+){1,3}?(?=[A-Z])")
_KIND_SEPARATOR = re.compile(r",\s+(?:and\s+)?(?=the\s)|\s+and\s+(?=the\s)")


def also_designated_parties(text: str, field: str) -> Iterator[EntityMention]:
    """Parties a sentence names by their kind and then says were also designated."""
    for m in ALSO_DESIGNATED.finditer(text):
        opening = _last_break(text, m.start(), (". ", "; ", ": ")) + 1
        lead = _KIND_LED.search(text, max(opening, m.start() - 240), m.start())
        if lead is None:
            continue
        for offset, part in _located(text, lead.start(), _KIND_SEPARATOR, text[lead.start() : m.start()]):
            named = _KIND_LED.match(part)
            if named is None or not re.fullmatch(NAME, part[named.end() :]):
                continue
            if (found := _mention(text, field, offset + named.end(), part[named.end() :])) is not None:
                yield found


def extract_legal_forms(texts: dict[str, str]) -> list[EntityMention]:
    """Organisations named by their form in the title and text of an item that lists parties, and the people
    its text introduces by their role or as the subject of their designation."""
    out = [m for field in ("title", "text") for m in legal_form_parties(texts.get(field, ""), field)]
    return (
        out
        + list(role_parties(texts.get("text", ""), "text"))
        + list(passive_designees(texts.get("text", ""), "text"))
        + list(also_designated_parties(texts.get("text", ""), "text"))
    )
