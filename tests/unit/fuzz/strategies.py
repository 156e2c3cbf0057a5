"""Structured Hypothesis strategies: JSON trees shaped like the real payloads, CSV rows, XML feeds, bytes."""

from __future__ import annotations

import csv
import gzip
import io
import json
from typing import Any

from hypothesis import strategies as st

# Text that reaches the awkward corners: whitespace runs, separators, quotes, NUL, lone surrogates.
NASTY = st.sampled_from(
    [
        "",
        " ",
        "\n\t ",
        ";",
        ",",
        '"',
        "\x00",
        "\ud800",
        "\udfff",
        "é",
        "\u2028",
        "&amp;",
        "<b>",
        "%s",
        "1e400",
    ]
)
TEXT = st.one_of(st.text(max_size=40), NASTY, st.text(alphabet=' ;,"\n\\', max_size=10))

JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    TEXT,
)
# Arbitrary JSON, used in place of any field to get the types wrong.
JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    JSON_SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(TEXT, children, max_size=4),
    max_leaves=12,
)
DATES = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.strftime("%m/%d/%Y")),
    st.sampled_from(["2024-02-30", "0000-01-01", "9999-12-31", "2024-13-01", "", "2024-1-1", "20240101"]),
)


def field(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a plausible value, sometimes any JSON value at all (a mutated field)."""
    return st.one_of(*[valid] * 5, JSON_VALUES)


STRAY = st.one_of(
    st.just({}), st.just({}), st.just({}), st.dictionaries(TEXT, JSON_VALUES, min_size=1, max_size=2)
)


def optional_keys(
    fields: dict[str, st.SearchStrategy[Any]], required: tuple[str, ...] = ()
) -> st.SearchStrategy[dict[str, Any]]:
    """An object with the required fields (usually) and a random subset of the others, rarely a stray key."""
    present = {k: fields[k] for k in required}
    rest = {k: v for k, v in fields.items() if k not in required}
    shapes = st.one_of(
        st.fixed_dictionaries(present, optional=rest),
        st.fixed_dictionaries(present, optional=rest),
        st.fixed_dictionaries({}, optional=fields),
    )
    return shapes.flatmap(lambda obj: STRAY.map(lambda extra: {**extra, **obj}))


# ---------- the Federal Register API ----------

FR_DOCUMENT = optional_keys(
    {
        "document_number": field(st.from_regex(r"\A20[0-9]{2}-[0-9]{5}\Z") | TEXT),
        "title": field(TEXT),
        "abstract": field(TEXT),
        "action": field(st.sampled_from(["Final rule.", "Notice.", ""]) | TEXT),
        "type": field(st.sampled_from(["Rule", "Proposed Rule", "Notice", "Presidential Document"]) | TEXT),
        "publication_date": field(DATES),
        "effective_on": field(DATES),
        "html_url": field(TEXT),
        "raw_text_url": field(TEXT),
        "full_text_xml_url": field(TEXT),
        "agencies": field(
            st.lists(
                st.one_of(
                    optional_keys({"slug": field(TEXT), "name": field(TEXT), "raw_name": field(TEXT)}), TEXT
                ),
                max_size=3,
            )
        ),
        "cfr_references": field(
            st.lists(
                optional_keys(
                    {"title": field(st.integers(1, 50) | TEXT), "part": field(st.integers(1, 999))}
                ),
                max_size=3,
            )
        ),
        "docket_ids": field(st.lists(field(TEXT), max_size=3)),
        "regulation_id_numbers": field(st.lists(field(TEXT), max_size=3)),
        "significant": field(st.booleans()),
    }
)
FR_PAGE = optional_keys(
    {
        "count": field(st.integers(-5, 20_000)),
        "results": field(st.lists(FR_DOCUMENT, max_size=4)),
        "total_pages": field(st.integers(0, 50)),
        "next_page_url": field(TEXT),
        "description": field(TEXT),
    }
)


def dumps(value: Any) -> bytes:
    """JSON bytes the way a sloppy server might write them (NaN/Infinity, lone surrogates escaped)."""
    return json.dumps(value, allow_nan=True).encode("utf-8")


@st.composite
def mutated(draw: st.DrawFn, payloads: st.SearchStrategy[bytes]) -> bytes:
    """A payload, sometimes cut short, with a byte flipped or inserted, or with garbage prepended."""
    payload = draw(payloads)
    how = draw(st.sampled_from(["as_is", "as_is", "truncate", "flip", "insert", "prefix"]))
    if how == "as_is" or not payload:
        return payload
    at = draw(st.integers(0, len(payload) - 1))
    if how == "truncate":
        return payload[:at]
    if how == "flip":
        return payload[:at] + bytes([payload[at] ^ draw(st.integers(1, 255))]) + payload[at + 1 :]
    if how == "insert":
        return payload[:at] + draw(st.binary(min_size=1, max_size=8)) + payload[at:]
    return draw(st.sampled_from([b"\xef\xbb\xbf", b" \n", b"<", b"\x1f\x8b", b"\x00"])) + payload


FR_PAYLOADS = st.one_of(
    mutated(FR_PAGE.map(dumps)),
    mutated(JSON_VALUES.map(dumps)),
    st.binary(max_size=200),
    st.sampled_from([b"[" * 5000, b'{"count": ' + b"9" * 5000 + b"}", b'{"count": Infinity}']),
)

# ---------- XML: feeds and the GPO full-text ----------

XML_TEXT = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="<&"), max_size=30),
    st.sampled_from(
        [
            "&amp;",
            "&lt;",
            "&#55296;",
            "&#xd800;",
            "&#1114112;",
            "&#99999999999;",
            "&#0;",
            "&nbsp;",
            "&undefined;",
            "<![CDATA[<b>x</b>]]>",
            "<!-- c -->",
            "&",
            "<",
            "]]>",
            "\x00",
        ]
    ),
)
FEED_TAGS = st.sampled_from(
    [
        "title", "link", "guid", "id", "description", "summary", "content", "pubDate", "updated",
        "published", "dc:date", "author", "category", "item", "entry", "channel", "enclosure", "p", "b",
        "script", "foo",
    ]
)  # fmt: skip
FEED_DATES = st.one_of(
    st.datetimes().map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S GMT")),
    st.datetimes().map(lambda d: d.isoformat() + "Z"),
    st.sampled_from(
        ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59-23:00", "Mon, 99 Feb 99999 25:61:61 GMT", ""]
    ),
)


def _element(tag: str, attrs: dict[str, str], children: list[str]) -> str:
    rendered = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<{tag}{rendered}>{''.join(children)}</{tag}>"


def _elements(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    attributes = st.dictionaries(
        st.sampled_from(["href", "rel", "type", "xml:lang", "rdf:about"]), XML_TEXT, max_size=2
    )
    return st.builds(_element, FEED_TAGS, attributes, st.lists(children, max_size=4))


XML_TREE: st.SearchStrategy[str] = st.recursive(XML_TEXT | FEED_DATES, _elements, max_leaves=20)


@st.composite
def feed_documents(draw: st.DrawFn) -> bytes:
    """RSS 2.0, Atom or RSS 1.0 with random items, random structure inside, and a random prologue."""
    items = draw(
        st.lists(
            st.lists(
                st.one_of(
                    st.builds(lambda t: f"<title>{t}</title>", XML_TEXT),
                    st.builds(lambda t: f"<link>{t}</link>", XML_TEXT),
                    st.builds(lambda t: f"<guid>{t}</guid>", XML_TEXT),
                    st.builds(lambda t: f"<pubDate>{t}</pubDate>", FEED_DATES),
                    st.builds(lambda t: f"<updated>{t}</updated>", FEED_DATES),
                    st.builds(lambda t: f"<description>{t}</description>", XML_TREE),
                    XML_TREE,
                ),
                max_size=5,
            ).map("".join),
            max_size=4,
        )
    )
    kind = draw(st.sampled_from(["rss", "atom", "rdf", "random"]))
    if kind == "rss":
        body = "<rss version='2.0'><channel><title>f</title>" + "".join(f"<item>{i}</item>" for i in items)
        body += "</channel></rss>"
    elif kind == "atom":
        body = "<feed xmlns='http://www.w3.org/2005/Atom'>" + "".join(f"<entry>{i}</entry>" for i in items)
        body += "</feed>"
    elif kind == "rdf":
        body = (
            "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://purl.org/rss/1.0/'>"
            + "".join(f"<item rdf:about='x'>{i}</item>" for i in items)
            + "</rdf:RDF>"
        )
    else:
        body = draw(XML_TREE)
    prologue = draw(
        st.sampled_from(
            [
                "",
                "<?xml version='1.0' encoding='utf-8'?>",
                "<?xml version='1.0' encoding='bogus-8'?>",
                "<?xml version='1.0' encoding='utf-16'?>",
                "<!DOCTYPE rss [<!ENTITY e 'x&#55296;'>]>",
                "<!DOCTYPE rss SYSTEM 'file:///etc/passwd'>",
            ]
        )
    )
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "latin-1", "utf-16"]))
    return (prologue + body).encode(encoding, "replace")


FEED_PAYLOADS = st.one_of(mutated(feed_documents()), st.binary(max_size=200))
XML_PAYLOADS = st.one_of(
    mutated(
        XML_TREE.map(lambda tree: f"<RULE><PREAMB><AGENCY>a</AGENCY></PREAMB>{tree}<P>x</P></RULE>".encode())
    ),
    mutated(feed_documents()),
    st.binary(max_size=200),
)

# ---------- the Consolidated Screening List ----------

MODERN_COLUMNS = [
    "_id", "source", "entity_number", "type", "programs", "name", "title", "addresses",
    "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement",
    "license_policy", "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage",
    "vessel_flag", "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships",
    "dates_of_birth", "nationalities", "places_of_birth", "source_information_url", "ids",
]  # fmt: skip
LEGACY_COLUMNS = [
    "Source List", "Entity Number", "SDN Type", "Programs", "Name", "Title", "Address", "City",
    "State/Province", "Postal Code", "Country", "Federal Register Notice", "Effective Date",
    "Date Lifted/Waived/Expired", "Standard Order", "License Requirement", "License Policy",
    "Call Sign", "Vessel Type", "Gross Tonnage", "Gross Register Tonnage", "Vessel Flag",
    "Vessel Owner", "Remarks/Notes", "Web Link", "Alternate Name",
]  # fmt: skip
LIST_CODES = st.sampled_from(
    ["EL", "DPL", "SDN", "MEU", "XX", "", "Entity List (EL) - Bureau of Industry and Security"]
)
CELL = st.one_of(TEXT, DATES, LIST_CODES, st.sampled_from(["a; b;; c", "Berlin, DE", "x, Y", "12345"]))


@st.composite
def csv_documents(draw: st.DrawFn) -> bytes:
    """A CSV in the modern, legacy or an unknown layout: random columns subset and order, random cells."""
    layout = draw(st.sampled_from(["modern", "legacy", "unknown"]))
    if layout == "modern":
        columns = ["source", "name", *draw(st.lists(st.sampled_from(MODERN_COLUMNS), max_size=8))]
    elif layout == "legacy":
        columns = ["Source List", "Name", *draw(st.lists(st.sampled_from(LEGACY_COLUMNS), max_size=8))]
    else:
        columns = draw(st.lists(TEXT, max_size=4))
    columns = draw(st.permutations(columns))
    rows = draw(st.lists(st.lists(CELL, min_size=0, max_size=len(columns) + 2), max_size=6))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8", "surrogatepass" if draw(st.booleans()) else "replace")


CSL_RECORD = optional_keys(
    {
        "source": field(LIST_CODES),
        "name": field(TEXT),
        "entity_number": field(st.integers(0, 99_999) | TEXT),
        "type": field(st.sampled_from(["Entity", "Individual", "Vessel"])),
        "programs": field(st.lists(TEXT, max_size=3) | TEXT),
        "alt_names": field(st.lists(TEXT, max_size=3) | TEXT),
        "addresses": field(
            st.lists(
                optional_keys(
                    {k: field(TEXT) for k in ("address", "city", "state", "postal_code", "country")}
                )
                | TEXT,
                max_size=3,
            )
        ),
        "citizenships": field(st.lists(TEXT, max_size=2)),
        "nationalities": field(st.lists(TEXT, max_size=2)),
        "federal_register_notice": field(TEXT),
        "start_date": field(DATES),
        "end_date": field(DATES),
        "remarks": field(TEXT),
        "source_list_url": field(TEXT),
    }
)
CSL_JSON = st.one_of(
    st.lists(CSL_RECORD, max_size=5),
    st.lists(CSL_RECORD, max_size=5).map(lambda r: {"results": r, "total": len(r)}),
    st.lists(CSL_RECORD, max_size=5).map(lambda r: {"entries": r}),
    JSON_VALUES,
).map(dumps)


def maybe_gzipped(payloads: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    """The payload as is or gzipped (the CSL download is offered both ways)."""
    return st.one_of(payloads, payloads.map(gzip.compress))


CSL_PAYLOADS = st.one_of(
    mutated(maybe_gzipped(csv_documents())),
    mutated(maybe_gzipped(CSL_JSON)),
    st.binary(max_size=200),
    st.sampled_from([b"\x1f\x8bgarbage", b'source,name\n"' + b"a" * 140_000 + b'",b\n', b"[" * 5000]),
)
