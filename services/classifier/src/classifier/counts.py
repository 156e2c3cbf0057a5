"""Counts as documents write them in words: "five companies", "nine blocked Belarusian firms"."""

from __future__ import annotations

# Two to ten, the counts news and rules spell out; patterns add "one", "several" or "dozens of" where the
# wording they read allows them.
NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten"
