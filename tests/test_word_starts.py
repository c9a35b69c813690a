"""`annotate._common.word_starts`: a name found as a word of its own, as the pattern it replaces finds it."""

from __future__ import annotations

import re

import pytest

from wirebrief.annotate._common import word_starts


def _by_pattern(text: str, word: str, not_before: str = "", not_after: str = "") -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w{re.escape(not_before)}]){re.escape(word)}(?![\w{re.escape(not_after)}])", text)]


@pytest.mark.parametrize(
    "text, word, not_before, not_after",
    [
        ("Smith said Smithson and Smith's aide met Smith.", "Smith", "", ""),
        ("O'Neill met McNeill; Neill-Jones and Neill spoke.", "Neill", "’'-", "-"),
        ("Müller, Müllers and _Müller: Müller", "Müller", "", ""),
        ("Ng met Ng2 and 2Ng, then Ng.", "Ng", "-", "-"),
        ("aaaa", "aa", "", ""),  # not overlapping, left to right
        ("Ó Briain and Briain", "Briain", "’'-", "-"),
        ("", "Smith", "", ""),
        ("Smith", "", "", ""),
    ],
)
def test_word_starts_finds_what_the_pattern_finds(text, word, not_before, not_after):
    assert word_starts(text, word, not_before, not_after) == _by_pattern(text, word, not_before, not_after)


def test_a_name_inside_a_longer_word_is_not_found():
    assert word_starts("Smithson spoke", "Smith") == []
    assert word_starts("the Neill-Jones report", "Neill", "’'-", "-") == []
    assert word_starts("said Neill.", "Neill", "’'-", "-") == [5]
