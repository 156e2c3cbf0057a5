"""Designated persons as OFAC and State notices list them: "NAME (a.k.a. X), Address; DOB ...; [SDGT]."."""

from __future__ import annotations

import re

from classifier.parties.cells import squash
from schemas.events import Party, PartyAction, PartyIdentifier, PartySource

# The programme tags that close an entry: "[SDGT]", "[IRAN] [NPWMD]", "[RUSSIA-EO14024]".
_TAG = r"\[[A-Z][A-Z0-9]*(?:[-_ ][A-Z0-9]+)*\]"
TAGS = re.compile(r"(?P<tags>" + _TAG + r"(?:\s*" + _TAG + r"){0,11})(?:\s*\.)?(?=\s|$)")
# Where an entry's name can start: the text start, a line start, a colon, the previous entry's end, "1. ".
START = re.compile(
    r"(?:^|(?<=\n)|(?<=:\s)|(?<=\]\.\s)|(?<=\]\s))\s*(?:\d{1,3}\.\s+)?"
    r"(?=['‘’]?[A-Z0-9])"
)
# A listed name starts in capitals and runs to a bracket, comma or semicolon ("BANK MELLI IRAN (a.k.a.").
CAPS = re.compile(r"['‘’]?[A-Z0-9][A-Z0-9'’&./ -]{0,200}?[A-Z0-9.)'’](?=\s*[(,;])")
ALIAS = re.compile(r"^\s*(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.|also\s+known\s+as)[,:]?\s*", re.I)
TYPE = re.compile(r"\((individual|entity|vessel|aircraft)\)", re.I)
# Identifier labels as OFAC prints them, to short kinds; "alt." variants share the kind.
KINDS: tuple[tuple[str, str], ...] = (
    ("DOB", "dob"), ("POB", "pob"), ("nationality", "nationality"), ("citizen", "citizen"),
    ("Passport", "passport"), ("National ID No.", "national_id"), ("Identification Number", "id_number"),
    ("Cedula No.", "cedula"), ("Tax ID No.", "tax_id"), ("Registration Number", "registration"),
    ("Registration ID", "registration"), ("Business Registration Number", "registration"),
    ("Company Number", "registration"), ("Gender", "gender"), ("Website", "website"),
    ("Email Address", "email"), ("Phone Number", "phone"), ("Telephone", "phone"), ("SWIFT/BIC", "swift"),
    ("Vessel Registration Identification", "vessel_id"), ("IMO", "imo"), ("MMSI", "mmsi"),
    ("Vessel Type", "vessel_type"), ("Vessel Flag", "vessel_flag"), ("Former Vessel Flag", "vessel_flag"),
    ("Aircraft Manufacturer's Serial Number (MSN)", "aircraft_msn"), ("Aircraft Model", "aircraft_model"),
    ("Organization Established Date", "established"), ("Organization Type:", "organization_type"),
    ("Additional Sanctions Information -", "sanctions_info"), ("Secondary sanctions risk:", "sanctions_info"),
    ("Linked To:", "linked_to"), ("Digital Currency Address - ", "digital_currency"),
    ("Residency Number", "residency"), ("Driver's License No.", "driver_license"), ("D.N.I.", "dni"),
    ("R.F.C.", "rfc"), ("C.U.R.P.", "curp"), ("NIT #", "nit"), ("Title", "title"),
)  # fmt: skip
_LABELS = sorted(KINDS, key=lambda kv: len(kv[0]), reverse=True)
ISSUED = frozenset({"passport", "national_id", "id_number", "tax_id", "cedula", "residency"})
ISSUER = re.compile(r"^(?P<value>.*?)\s*\((?P<country>[A-Z][\w .'’-]{1,40})\)\s*$")


def _split_top(text: str, sep: str = ";") -> list[str]:
    """Split on `sep` outside parentheses."""
    out: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == sep and depth == 0:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return [s.strip() for s in out if s.strip()]


def _identifier(segment: str) -> PartyIdentifier | None:
    plain = re.sub(r"^alt\.\s+", "", segment.strip())
    for label, kind in _LABELS:
        if plain.startswith(label) and (len(plain) == len(label) or not plain[len(label)].isalnum()):
            value = plain[len(label) :].strip(" :-")
            if not value:
                return None
            issued = ISSUER.match(value) if kind in ISSUED else None
            if issued and issued.group("value"):
                return PartyIdentifier(
                    kind=kind, value=issued.group("value"), country=issued.group("country")
                )
            return PartyIdentifier(kind=kind, value=value)
    return None


def _name_and_rest(body: str) -> tuple[str, str]:
    """The listed name ("BANK MELLI IRAN", "AL-ZAWAHIRI, Ayman") and what follows it."""
    stop = re.search(r"[(;]|,\s", body)
    if stop is None:
        return body.strip(" .,"), ""
    if stop.group().startswith(","):
        given = re.match(r",\s+(['‘’]?[A-Z][a-z][^,;(]*)", body[stop.start() :])
        if given is not None:
            # An individual, "SURNAME, Given Names": the name runs to the next comma, semicolon or bracket.
            end = stop.start() + given.end()
            return body[:end].strip(" ,"), body[end:]
    return body[: stop.start()].strip(" ,"), body[stop.start() :]


def _entry(body: str, tags: str) -> Party | None:
    body = squash(body)
    entity_type = None
    if (t := TYPE.search(body)) is not None:
        entity_type = t.group(1).casefold()
        body = (body[: t.start()] + body[t.end() :]).strip()
    name, rest = _name_and_rest(body)
    if not name or not re.match(r"['‘’]?[A-Z0-9]", name) or not any(c.isupper() for c in name):
        return None
    aliases: list[str] = []
    rest = rest.strip()
    if rest.startswith("("):
        depth = 0
        for i, ch in enumerate(rest):
            depth += (ch == "(") - (ch == ")")
            if depth == 0:
                inner, rest = rest[1:i], rest[i + 1 :]
                break
        else:
            inner, rest = rest[1:], ""
        for part in _split_top(inner):
            if ALIAS.match(part):
                aliases.append(ALIAS.sub("", part).strip(' “”"'))
    identifiers: list[PartyIdentifier] = []
    address_parts: list[str] = []
    for segment in _split_top(rest.strip(" ,;.")):
        found = _identifier(segment)
        if found is not None:
            identifiers.append(found)
        elif identifiers:
            identifiers.append(PartyIdentifier(kind="other", value=segment.strip(" .")))
        else:
            address_parts.append(segment.strip(" ,"))
    return Party(
        name=name,
        aliases=[a for a in aliases if a],
        address="; ".join(p for p in address_parts if p) or None,
        identifiers=identifiers,
        programs=re.findall(r"\[([^\]]+)\]", tags),
        entity_type=entity_type,
        action=PartyAction.ADDED,
        source=PartySource.OFAC_LIST,
    )


# What a notice says it does to the persons it lists next: designate them, or take them off the list.
REMOVING = re.compile(
    r"\b(?:remov(?:ed|al|ing)|unblock(?:ed|ing)?|delist(?:ed|ing)?|revok(?:ed|ing))\b", re.I
)
ADDING = re.compile(r"\b(?:designat(?:ed|ing|ion)|identified|added|block(?:ed|ing))\b", re.I)


def _action(prose: str) -> PartyAction:
    last_remove = max((m.end() for m in REMOVING.finditer(prose)), default=-1)
    last_add = max((m.end() for m in ADDING.finditer(prose)), default=-1)
    return PartyAction.REMOVED if last_remove > last_add else PartyAction.ADDED


def parse(text: str) -> list[Party]:
    """Every designated person in a notice's text that ends with programme tags."""
    out: list[Party] = []
    pos = 0
    action = PartyAction.ADDED
    for m in TAGS.finditer(text):
        prev_end, pos = pos, m.end()
        before = text[max(0, m.start() - 2) : m.start()]
        if "“" in before or '"' in before:
            continue  # the tag quoted in prose: 'will have the program tag “[SDGT]”'
        window = text[prev_end : m.start()]
        start = next((s for s in START.finditer(window) if CAPS.match(window, s.end())), None)
        if start is None:
            continue
        if start.end() > 0:
            action = _action(window[: start.end()])
        body = window[start.end() :]
        if len(body) > 4000 or (";" not in body and "(" not in body):
            continue
        party = _entry(body, m.group("tags"))
        if party is not None:
            out.append(party.model_copy(update={"action": action}))
    return out
