"""The finders that read an article's names without compiling a pattern for each one find what those
patterns found (annotate.quotes: `_WordsFinder`, `_before_surname`, `_written_before_two_names`; _common's
`word_starts`)."""

import itertools
import random
import re

from wirebrief.annotate._common import word_starts
from wirebrief.annotate.quotes import _before_surname, _name_or_surname_at, _WordsFinder, _written_before_two_names

TEXTS = [
    "Ana Almeida said. Jorge Almeida Silva left; Almeida’s car, Almeidas, Almeida-Cruz, O’Brien Almeida.",
    "Li Li Li met Li. Lee Li and Li Lee said Leeds. _Li xLi Li_ Li2 ‘Li’ -Li Li- 'Li'",
    "Goh Wei Ming spoke. Mr Goh said; Goh Wei said. Goh  Wei  Ming’s aide. Goh Wei Ming-Tan. Goh Wei MING",
    "Smith Smithson Smith-Jones Smithsonian. Ann Smith Smithson said. Smith\nSmithson, Smith’s",
    "Élodie Durand met Durand. Ãnna Durand said Durand’s. Ça Durand. \u00a0Durand\u2009Durand",
    "",
]
NAMES = [["Almeida", "Silva"], ["Li", "Lee", "Li Lee"], ["Goh", "Wei", "Ming"], ["Smith", "Smithson", "Smith-Jones"],
         ["Durand", "Élodie"], ["Smithson", "Smith"]]


def _texts():
    rng = random.Random(7)
    words = ["Li", "Lee", "Smith", "Smithson", "Ana", "Goh", "Wei", "Ming", "the", "’", "'", "-", ",", " ", "  ", "\n", "O’", "x", "_"]
    return TEXTS + ["".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(30)) for _ in range(300)]


def test_words_finder_finds_what_the_surnames_pattern_finds():
    for text, names in itertools.product(_texts(), NAMES + [[n] for n in ("Li", "Smith", "Wei")]):
        pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        assert [(m.start(), m.end(), m.group()) for m in _WordsFinder(names).finditer(text)] == [
            (m.start(), m.end(), m.group()) for m in pattern.finditer(text)], (text, names)


def test_before_surname_finds_what_the_lookahead_pattern_finds():
    for text, names in itertools.product(_texts(), NAMES):
        names = [n for n in names if " " not in n]
        pattern = rf"(?<![\w’'-])(?=([A-Z][a-z’'-]+)\s+({'|'.join(map(re.escape, names))})(?![\w’'-]))"
        assert _before_surname(text, names) == [(m.group(1), m.group(2)) for m in re.finditer(pattern, text)], (text, names)


def test_written_before_two_names_is_the_pattern_search():
    for text, name in itertools.product(_texts(), ["Goh", "Li", "Li Li", "Smith", "Ana", "x"]):
        pattern = rf"(?<![\w’'-]){re.escape(name)}(?:\s+[A-Z][a-z][\w’'-]*){{2}}(?![\w’'-])"
        assert _written_before_two_names(text, name) == (re.search(pattern, text) is not None), (text, name)


def test_name_or_surname_at_is_the_alternation():
    """`_lone_actor_in_words`: the first place the name, or else its surname, is written whole."""
    for text, name in itertools.product(_texts(), ["Ana Smith", "Li Lee", "Lee", "Goh Wei", "Smith Smithson", "Li Li"]):
        found = re.search(rf"(?<![\w’'-])(?:{re.escape(name)}|{re.escape(name.split()[-1])})(?![\w’'-])", text)
        assert _name_or_surname_at(text, name) == (found.span() if found else None), (text, name)


def test_word_starts_is_the_pattern():
    for text, word in itertools.product(_texts(), ["Li", "Li Li", "Smith", "O’", "-"]):
        for before, after in (("’'-", "-"), ("’'-", "’'-"), ("", "")):
            pattern = rf"(?<![\w{re.escape(before)}]){re.escape(word)}(?![\w{re.escape(after)}])"
            assert word_starts(text, word, before, after) == [m.start() for m in re.finditer(pattern, text)], (text, word)


def test_written_after_a_word_is_the_pattern_search():
    """compose's `_role_before`: the role and name whole, and the word before them."""
    from wirebrief.compose import _written_after_a_word

    rng = random.Random(11)
    pieces = ["Chief", "Executive", "Laura", "Mendez", "said", "the", "“", "\"", "(", ",", " ", "  ", "\n", "-", "x", "’s", "Chief Executive Laura Mendez"]
    texts = _texts() + ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(25)) for _ in range(400)]
    for text, words in itertools.product(texts, ["Chief Executive Laura Mendez", "Laura Mendez", "Chief Chief", "Li Li", "x x", "“Li"]):
        match = re.search(rf"(?:^|(?<=[\s“\"(]))(\S+\s+)?{re.escape(words)}(?![\w-])", text)
        assert _written_after_a_word(words, text) == (match is not None, match.group(1) if match else None), (text, words)
