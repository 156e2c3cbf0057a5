"""Test PDFs of real rule text: the GPO XML's paragraphs and table cells in two printed columns."""

from __future__ import annotations

import io
import textwrap
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PROSE = frozenset({"AGENCY", "SUBAGY", "CFR", "SUBJECT", "HD", "P", "FP", "AMDPAR"})
STARS = "*     *     *     *     *"
BILLING = "BILLING CODE 3510-33-P"
HEAD = "Federal Register / Vol. 88, No. 38 / Monday, February 27, 2023 / Rules and Regulations"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _cell_lines(ent: Element, width: int) -> list[str]:
    # A cell as printed: its text, then each <LI> (alias, address) on lines of its own.
    own = _squash((ent.text or "") + "".join(_squash("".join(c.itertext())) + (c.tail or "")
                  for c in ent if c.tag not in {"LI"}))  # fmt: skip
    pieces = [own] + [_squash("".join(li.itertext())) for li in ent if li.tag == "LI"]
    return [line for piece in pieces if piece for line in textwrap.wrap(piece, width)]


def printed_lines(xml: bytes, prose_width: int = 52, cell_width: int = 34) -> list[str]:
    """The rule as a printed column reads: wrapped paragraphs, table cells one after another, star rows."""
    root = fromstring(xml, forbid_dtd=True)
    lines = [BILLING]
    inside_table: set[int] = set()
    for element in root.iter():
        if id(element) in inside_table:
            continue
        if element.tag == "GPOTABLE":
            inside_table.update(id(e) for e in element.iter())
            for row in element.iter("ROW"):
                cells = [_squash("".join(ent.itertext())) for ent in row.iter("ENT")]
                if cells and cells[0] == "Country":
                    lines.append("Country    Entity    License requirement    License review policy    "
                                 "Federal Register citation")  # fmt: skip
                    continue
                for ent, cell in zip(row.iter("ENT"), cells, strict=True):
                    # A destination row is "CANADA" then a star cell: both print, in that order.
                    lines += [STARS] if cell.startswith("*") else _cell_lines(ent, cell_width)
        elif element.tag in PROSE:
            text = _squash("".join(element.itertext()))
            lines += textwrap.wrap(text, prose_width) if text else []
    return [*lines, "[FR Doc. 2023-03929 Filed 2-24-23; 8:45 am]", BILLING]


def two_column_pdf(lines: list[str], first_page: int = 12170, lines_per_column: int = 58) -> bytes:
    """lines laid out in two columns per page under a running head with the page number."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=letter, invariant=True)
    width, height = letter
    left, gutter, top, leading = 40.0, 18.0, height - 60, 11.0
    column = (width - 2 * left - gutter) / 2
    per_page = 2 * lines_per_column
    for page, start in enumerate(range(0, len(lines), per_page)):
        pdf.setFont("Times-Roman", 8)
        pdf.drawString(left, height - 40, f"{first_page + page}  {HEAD}")
        pdf.setFont("Times-Roman", 8.5)
        chunk = lines[start : start + per_page]
        for i, line in enumerate(chunk):
            x = left + (0 if i < lines_per_column else column + gutter)
            y = top - (i % lines_per_column) * leading
            pdf.drawString(x, y, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()
