"""Plain-text helpers shared by the fast, model-free stages: words, stopwords, light stemming.

No spaCy here: these run in hot paths (storyline assignment of every ingested article).
"""

from __future__ import annotations

import functools
import re
from re import _constants as _sre, _parser as _sre_parse  # to read what a pattern's matches hold (`_needed`)

WORD_RE = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*", re.UNICODE)

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say told according new one two year years would
    could may might must us mr mrs ms dr since last first week day time people like just get gets got
    amid via vs update updated report reports video photos watch live""".split()
)


# Abbreviations written with a full stop that does not end a sentence (lower case, no full stop).
# The tokenizer keeps "Sgt." whole (`annotate.nlp`), the sentence splitter does not end a sentence
# after a title (`annotate`), segmentation does not end a headline's sentence at "Mr." (`segment`),
# and `annotate.people` reads an office before a name as a role.
# Offices and ranks before a name ("Sen. Ron Wyden", "Det. Supt. Ian Cole"): each says what the person is.
OFFICE_TITLES = frozenset("sgt det capt lt col gen maj cpl pvt adm brig cmdr supt insp const sen rep gov atty pres msgr".split())
# Forms of address before a name: they give no role.
COURTESY_TITLES = frozenset("mr mrs ms dr prof rev".split())
# Titles of either kind, and "St." (Saint), before a capitalised name.
NAME_TITLES = OFFICE_TITLES | COURTESY_TITLES | {"st"}
# Every abbreviation a full stop can follow inside a sentence: the titles, Junior/Senior, versus,
# number, company forms, Mount and Fort.
NON_FINAL_ABBREVIATIONS = NAME_TITLES | frozenset("jr sr vs no co inc ltd corp mt ft".split())


# Nouns of time ("this week", "the next season"): a definite phrase over one leans on nothing, and
# "next"/"coming" before one looks ahead.
TIME_NOUNS = frozenset(
    """year years week weeks month months day days morning afternoon evening night weekend season summer winter
    spring autumn fall time century decade quarter term""".split()
)

_POSSESSIVE_END_RE = re.compile(r"[’']s$")


@functools.lru_cache(maxsize=1 << 16)  # on the hot path of every stage: words repeat
def stem(word: str) -> str:
    """Light stemming: possessive, plural and -ing/-ed endings off, then truncation at six letters,
    so that floods/flood, funding/fund and Ukraine/Ukrainian meet."""
    word = _POSSESSIVE_END_RE.sub("", word)
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    return word[:6]


def terms(text: str) -> list[str]:
    """Content words of `text`, lower-cased and stemmed, in order (repeats kept)."""
    return list(_terms(text))


@functools.lru_cache(maxsize=1 << 14)  # the same sentences' terms are read at every stage (a new list each time)
def _terms(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in WORD_RE.findall(text.lower()) if w not in STOPWORDS and len(w) > 1)


# Searching many patterns at once ------------------------------------------------------------------

# Characters that IGNORECASE matches to an ASCII letter but whose `str.lower()` is no such letter:
# "İ" (lower-cased to two characters), "ı" (matches "i") and "ſ" (matches "s"). A text holding one is
# searched in full (see `AnyPattern`; the test checks this list against every character).
CASE_TRAPS = "İıſ"


class AnyPattern:
    """Does any of `patterns` match somewhere in a text: the answer searching their union gives, found
    faster. Most patterns need words ("newsletter", "all rights reserved"): searching a union of many
    tries every one at every character, while looking for a word is quick. So each pattern is searched
    only in a text holding (lower-cased) the words every match of it holds (`_needed`); the patterns
    that need none are searched as one union in every text."""

    def __init__(self, patterns: list[str], flags: int = 0):
        if not patterns:
            raise ValueError("AnyPattern needs at least one pattern")
        if any(re.search(r"\\[1-9]|\(\?P=", p) for p in patterns):
            raise ValueError("AnyPattern cannot hold a group reference: a union renumbers the groups")
        self._union = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
        needs = [(_needed(_sre_parse.parse(p, flags)), p) for p in patterns]
        self._gated = [(words, re.compile(p, flags)) for words, p in needs if words]
        always = [p for words, p in needs if not words]
        self._always = re.compile("|".join(f"(?:{p})" for p in always), flags) if always else None

    def found_in(self, text: str) -> bool:
        if any(c in text for c in CASE_TRAPS):
            return self._union.search(text) is not None
        if self._always is not None and self._always.search(text):
            return True
        lowered = text.lower()
        for words, pattern in self._gated:  # plain loops: this runs for every sentence, several times
            for either in words:
                for word in either:
                    if word in lowered:
                        break
                else:
                    break  # none of these words: no match
            else:
                if pattern.search(text):
                    return True
        return False


def _needed(items) -> list[frozenset[str]]:
    """What every match of a parsed pattern (`re._parser`'s items in sequence) holds: for each set, one of
    its strings (lower-cased), most telling first; [] where nothing is sure. The strings are runs of
    literal characters, ASCII or without case (quote marks, "©"), whose `str.lower()` is the character
    IGNORECASE matches (CASE_TRAPS aside); a class of such characters ("[-–—]") needs one of them; an
    alternation needs one of what its branches need, a repeat what its pattern does where it repeats
    at least once."""
    plain = lambda code: code < 128 or chr(code).lower() == chr(code).upper() == chr(code)
    needs: list[frozenset[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is _sre.LITERAL and plain(av):
            run += chr(av).lower()
            continue
        if run:
            needs.append(frozenset([run]))
            run = ""
        if op is _sre.IN and all(kind is _sre.LITERAL and plain(code) for kind, code in av):
            needs.append(frozenset(chr(code).lower() for _, code in av))
        elif op is _sre.SUBPATTERN:
            needs += _needed(av[3])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            needs += _needed(av[2])
        elif op is _sre.BRANCH:
            branches = [_needed(branch) for branch in av[1]]
            if all(branches):
                needs.append(frozenset().union(*(b[0] for b in branches)))
    return sorted(needs, key=lambda either: -min(map(len, either)))
