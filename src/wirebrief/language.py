"""Which language an article is written in.

wirebrief's reading of speakers, dates and roles is English: "Marte" is no month, "dijo" no speech
verb. An article in another language is still briefed (sentences split by that language's rules),
but those English-only parts are left out rather than guessed.

English news is recognised cheaply by its share of English function words (spaCy's English stop
words: a third or more of the words of every article in ../shared/eval, an eighth or less in French,
Spanish, German or Italian prose); only a text below that share goes to py3langid, whose model takes
a few seconds to load.
"""

from __future__ import annotations

import functools
import re

ENGLISH_STOP_SHARE = 0.25  # at or above: English, no model needed
MIN_CONFIDENCE = 0.8  # py3langid's normalised probability needed to call a text not English
SAMPLE_CHARS = 3000
MIN_WORDS = 12  # fewer words say too little to tell

_WORD = re.compile(r"[^\W\d_]+")


def detect(text: str) -> str | None:
    """The text's language as an ISO 639-1 code ("en", "fr", …), or None when it is too short or
    the evidence is weak (the caller then reads it as English, as before)."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return None
    if sum(word in _english_stop_words() for word in words) >= ENGLISH_STOP_SHARE * len(words):
        return "en"
    language, confidence = _identifier().classify(sample)
    return language if confidence >= MIN_CONFIDENCE else None


def name(code: str) -> str:
    """A language's English name where spaCy knows it ("fr" → "French"), else its code."""
    try:
        import spacy

        return spacy.util.get_lang_class(code).__name__ if code != "xx" else code
    except Exception:  # spaCy has no class for this code
        return code


@functools.cache
def _english_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@functools.cache
def _identifier():
    from py3langid import langid

    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
