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
