"""Entity List rule 2023-03929 as Public Inspection files it: its GPO XML, its printed PDF, its listing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.watcher.pdf_builder import printed_lines, two_column_pdf

NUMBER = "2023-03929"
RULE_XML = (Path(__file__).resolve().parents[2] / "fixtures" / "fr_fulltext" / f"{NUMBER}.xml").read_bytes()
TITLE = "Additions of Entities to the Entity List"
BIS = "industry-and-security-bureau"


def rule_pdf() -> bytes:
    """The rule as the agency prints it: its XML's text in two columns over several pages."""
    return two_column_pdf(printed_lines(RULE_XML))


def listing(base: str, number: str, publication_date: str) -> dict[str, Any]:
    """A filing of the rule under number as current.json lists it, its PDF on the replay server at base."""
    return {
        "document_number": number,
        "title": TITLE,
        "type": "Rule",
        "agencies": [{"name": "Industry and Security Bureau", "slug": BIS}],
        "publication_date": publication_date,
        "filing_type": "regular",
        "pdf_url": f"{base}/full-text/{number}.pdf",
    }
