"""Plain-text helpers shared by the fast, model-free stages: words, stopwords, light stemming.

No spaCy here: these run in hot paths (storyline assignment of every ingested article).
"""

from __future__ import annotations

import functools
import re

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

@functools.lru_cache(maxsize=1 << 16)  # on the hot path of every stage: words repeat
def stem(word: str) -> str:
    """Light stemming: possessive, plural and -ing/-ed endings off, then truncation at six letters,
    so that floods/flood, funding/fund and Ukraine/Ukrainian meet."""
    word = re.sub(r"[’']s$", "", word)
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    return word[:6]


def terms(text: str) -> list[str]:
    """Content words of `text`, lower-cased and stemmed, in order (repeats kept)."""
    return [stem(w) for w in WORD_RE.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]
