"""Rule text from the full-text XML: the real OFAC rule, and entity tricks refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.sources.rule_text import RuleTextError, xml_text

XML = Path(__file__).resolve().parents[2] / "fixtures" / "fr_xml"


def test_the_recorded_ofac_rule_becomes_paragraph_text() -> None:
    text = xml_text((XML / "FR-2016-04-15_excerpt_RULE_2016-08720_OFAC.xml").read_bytes())
    lines = text.splitlines()
    assert "Hizballah Financial Sanctions Regulations" in lines
    assert "31 CFR Part 566" in lines
    assert any(
        line.startswith("The Department of the Treasury's Office of Foreign Assets Control (OFAC)")
        for line in lines
    )
    assert "<P>" not in text


@pytest.mark.parametrize(
    "payload",
    [
        b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><RULE><P>&x;</P></RULE>',
        b'<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><RULE><P>&b;</P></RULE>',
    ],
)
def test_doctypes_and_entities_are_refused(payload: bytes) -> None:
    with pytest.raises(RuleTextError) as caught:
        xml_text(payload)
    assert caught.value.reason == "unsafe_xml"


def test_malformed_xml_is_typed() -> None:
    with pytest.raises(RuleTextError) as caught:
        xml_text(b"<RULE><P>cut off")
    assert caught.value.reason == "malformed_xml"
