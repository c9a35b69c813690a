"""`text.AnyPattern` answers as searching the union of its patterns does, only faster."""

from __future__ import annotations

import re

import pytest

from wirebrief import compose, segment
from wirebrief.text import CASE_TRAPS, AnyPattern, _needed, _sre_parse

PATTERNS = [
    r"\b(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|alerts)\b",
    r"^editor[’']?s note\s*:",
    r"(?-i:^(?:Source|Via)\s*:\s*[A-Z]\w+$)",
    r"\ball rights reserved\b|©",
    r"(?:\s[-–—•]){3,}\s",  # needs no word: searched in every text
    r"\bfollow (?:him|her) on (?:twitter|x)\b",
]
TEXTS = [
    "Sign up for our free Brexit newsletter today.",
    "SUBSCRIBE to the daily alerts and more.",
    "Subscribers will get alerts.",
    "Editor’s note: this story was updated.",
    "An editor's note: nothing here",
    "Source: Reuters",
    "source: reuters",
    "© 2024 Example Media. All Rights Reserved.",
    "Copyright holders reserved all rights.",
    "Top stories - Jones - Smith - Lee tells all",
    "Follow her on X at @someone",
    "She follows him on Twitter.",
    "The minister said the talks would resume on Monday.",
    "",
    # characters IGNORECASE folds to an ASCII letter that `str.lower` does not
    "Subſcribe now for newsletter",
    "SUBSCRİBE for the alerts",
    "FOLLOW HİM ON TWİTTER",
    "ſign up for alerts",
]


@pytest.mark.parametrize("text", TEXTS)
def test_answers_as_the_union_does(text):
    union = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.IGNORECASE)
    assert AnyPattern(PATTERNS, re.IGNORECASE).found_in(text) == bool(union.search(text))


def test_case_traps_answer_as_the_union_does():
    # the union matches these, though the lower-cased text lacks the word
    any_pattern = AnyPattern(PATTERNS, re.IGNORECASE)
    assert any_pattern.found_in("Subſcribe now for newsletter")
    assert any_pattern.found_in("FOLLOW HİM ON TWİTTER")
    assert "twitter" not in "FOLLOW HİM ON TWİTTER".lower()


def test_every_character_ignorecase_folds_to_an_ascii_letter_lowers_to_it_or_is_a_trap():
    letters = re.compile("[a-z]", re.IGNORECASE)
    for point in range(0x110000):
        char = chr(point)
        if 0xD800 <= point <= 0xDFFF or not letters.fullmatch(char):
            continue
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if re.fullmatch(letter, char, re.IGNORECASE):
                assert char.lower() == letter or char in CASE_TRAPS, (hex(point), letter)


def test_needed_words():
    parse = lambda p: _needed(_sre_parse.parse(p, re.IGNORECASE))
    assert parse(r"\bcontributed (?:to )?(?:this )?(?:report|story)\b") == [frozenset({"contributed "}), frozenset({"report", "story"})]
    assert parse(r"\bfoo|\bbar") == [frozenset({"foo", "bar"})]
    assert parse(r"\bfoo|\w+bar") == [frozenset({"foo", "bar"})]
    assert parse(r"\bfoo|[a-z]+") == []  # a branch that needs no word: nothing is sure
    assert parse(r"(?:ab)?c+d") == [frozenset({"c"}), frozenset({"d"})]  # a repeat needs its pattern once, an option nothing
    assert parse(r"Editor[’']s") == [frozenset({"editor"}), frozenset({"’", "'"}), frozenset({"s"})]
    assert parse(r"(?:\s[-–—]){3,}\s") == [frozenset({"-", "–", "—"})]  # a class of plain characters needs one of them
    assert parse(r"[^-]x|[a-z]y") == [frozenset({"x", "y"})]  # a negated class or a range needs nothing sure


@pytest.mark.parametrize("text", TEXTS + [
    "Additional reporting by Jane Doe.", "This article has been edited for length and clarity.",
    "Jane Doe is a senior reporter for the Daily Example.", "Pictured: the scene on Friday.",
    "An earlier version of this story misstated the date.", "Click here to enlarge", "Image: Getty",
])
def test_furniture_answers_as_before(text):
    segment_union = re.compile("|".join(f"(?:{p})" for p in segment._FURNITURE), re.IGNORECASE)
    compose_union = re.compile("|".join(f"(?:{p})" for _, p in compose._FURNITURE), re.I)
    assert segment.is_furniture(text) == bool(segment_union.search(text.strip()))
    assert (compose.furniture(text) is not None) == bool(compose_union.search(text))


def test_a_pattern_set_the_union_cannot_answer_for_is_refused():
    with pytest.raises(ValueError):
        AnyPattern([])  # the empty union matches everywhere; no pattern matches nowhere
    with pytest.raises(ValueError):
        AnyPattern(["(b)", r"(a)\1"])  # "\1" would name another group in the union
