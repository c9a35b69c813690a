"""Verify: how well an article supports each statement written about it.

A statement is checked item by item. Its key items (names, numbers, dates) and its other content words must occur
in its evidence: the sentences it cites or, when it cites none, the one or two article sentences that match it
best. An item found only elsewhere in the article is weaker support (facts from different sentences can be
combined wrongly); an item found nowhere is unsupported. Pairs of adjacent content words that occur together in
no article sentence, and word sequences the article never uses, count against the statement too (a claim can be
made of supported words and still say something the article does not).

The score reads as the chance that the statement holds no error: each doubtful item multiplies it by the chance
that the item is right. Everything here is lexical (regular expressions, light stemming), so one article is
prepared in milliseconds and a statement is checked in well under one.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .text import STOPWORDS, stem

DEFAULT_THRESHOLD = 0.5
EVIDENCE_SENTENCES = 2  # without citations, this many best-matching article sentences are the evidence

# Chance that an item is right, by how it is supported (the score multiplies these).
NAME_MISSING = 0.15  # a name, number or date found nowhere in the article
NAME_ELSEWHERE = 0.7  # ... found in the article but not in the evidence
WORD_MISSING = 0.5  # another content word found nowhere in the article (a paraphrase is possible)
WORD_ELSEWHERE = 0.9
PAIR_APART = 0.85  # two adjacent content words that share no article sentence

# Words that carry no checkable claim. The shared STOPWORDS minus the words that do (numbers, positions, units).
_CLAIM_WORDS = frozenset("one two first last year years week day time people new since before after".split())
FUNCTION_WORDS = (STOPWORDS - _CLAIM_WORDS) | frozenset(
    "per cent percent also unk would could should can will shall may might must mr mrs ms dr sir".split()
)
NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
     "ninety": "90", "hundred": "100", "thousand": "1000", "dozen": "12"}
DIGIT_WORDS = {digit: word for word, digit in NUMBER_WORDS.items()}
SCALE_ALIASES = {"million": ("m", "mn", "mln"), "billion": ("bn", "b"), "thousand": ("k",)}
DATE_WORDS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)
_AMBIGUOUS_DATES = frozenset({"may", "march"})  # dates only when capitalised

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})
_DETACHED = re.compile(r"(\w) (n't|'s|'re|'ve|'ll|'d|'m)\b", re.IGNORECASE)  # "did n't", as tokenised corpora write
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n")


@dataclass(frozen=True)
class Verdict:
    score: float  # support in [0, 1]
    supported: bool  # score >= threshold
    reasons: tuple[str, ...]  # e.g. 'number "42" not in the cited sentences or the article'


@dataclass(frozen=True)
class SummaryVerdict:
    sentences: tuple[str, ...]
    verdicts: tuple[Verdict, ...]  # one per sentence
    score: float  # the weakest sentence's score: a summary is faithful only if every sentence is
    supported: bool


@dataclass(frozen=True)
class _Token:
    norm: str  # lower-cased, possessive off, digits without thousands separators
    stem: str
    kind: str  # name | number | date | word | function
    text: str  # as written


class Verifier:
    """An article prepared once (sentences tokenised, words and numbers indexed) to check many statements against."""

    def __init__(self, article_sentences: Sequence[str], *, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.sentences = list(article_sentences)
        self.threshold = threshold
        self._keys: list[set[str]] = []  # per sentence: norms and stems of its tokens
        self._ngrams: set[tuple[str, ...]] = set()
        for sentence in self.sentences:
            tokens = _tokens(sentence, None)
            self._keys.append({t.norm for t in tokens} | {t.stem for t in tokens})
            norms = [t.norm for t in tokens]
            self._ngrams.update(zip(norms, norms[1:], norms[2:]))
        self._article: set[str] = set().union(*self._keys) if self._keys else set()
        self._lowercase_in_article = {
            t.norm for sentence in self.sentences for t in _tokens(sentence, None)[1:] if t.text.islower()
        }

    def check(self, statement: str, cited: Sequence[int] = ()) -> Verdict:
        """Support of one statement: its names, numbers and dates must occur in the cited sentences (indexes into
        article_sentences), or elsewhere in the article with a lower score; so must its other content words, and
        its adjacent content words must occur together in some article sentence."""
        tokens = _tokens(statement, self._lowercase_in_article)
        items = [t for t in tokens if t.kind != "function"]
        if not items:
            return Verdict(1.0, True, ())
        bad = [i for i in cited if not 0 <= i < len(self.sentences)]
        if bad:
            raise ValueError(f"cited sentence {bad[0]} is out of range (the article has {len(self.sentences)})")
        evidence_ids = list(dict.fromkeys(cited)) or self._best_sentences(items)
        evidence = set().union(*(self._keys[i] for i in evidence_ids)) if evidence_ids else set()
        where = "the cited sentences" if cited else "the best-matching sentences"

        log_score = 0.0
        reasons: list[str] = []
        for item in _dedupe(items):
            found = _found(item, evidence)
            if found:
                continue
            key = item.kind != "word"
            if _found(item, self._article):
                log_score += math.log(NAME_ELSEWHERE if key else WORD_ELSEWHERE)
                if key:
                    reasons.append(f'{item.kind} "{item.text}" not in {where} (only elsewhere in the article)')
            else:
                log_score += math.log(NAME_MISSING if key else WORD_MISSING)
                reasons.append(f'{item.kind} "{item.text}" not in {where} or the article')
        for left, right in itertools.pairwise(items):
            if _found(left, self._article) and _found(right, self._article) and not any(
                _found(left, keys) and _found(right, keys) for keys in self._keys
            ):
                log_score += math.log(PAIR_APART)
                reasons.append(f'"{left.text}" and "{right.text}" never occur in one sentence of the article')
        score = math.exp(log_score)
        return Verdict(round(score, 4), score >= self.threshold, tuple(reasons))

    def _best_sentences(self, items: list[_Token]) -> list[int]:
        """Greedy cover: the sentence holding most of the statement's items, then the one adding most."""
        chosen: list[int] = []
        missing = list(items)
        for _ in range(EVIDENCE_SENTENCES):
            gains = [(sum(_found(t, keys) for t in missing), -i) for i, keys in enumerate(self._keys) if i not in chosen]
            if not gains:
                break
            gain, index = max(gains)
            if gain == 0:
                break
            chosen.append(-index)
            missing = [t for t in missing if not _found(t, self._keys[-index])]
        return chosen


def split_sentences(text: str) -> list[str]:
    """Sentences of plain text: ends at . ! ? before a capital, digit or quote, and at blank lines."""
    text = text.translate(_QUOTES)
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def verify_summary(article: str, summary: str, *, threshold: float = DEFAULT_THRESHOLD) -> SummaryVerdict:
    """Check every sentence of `summary` against `article` (neither cites: the best-matching sentences are the evidence)."""
    verifier = Verifier(split_sentences(article), threshold=threshold)
    sentences = tuple(split_summary(summary))
    verdicts = tuple(verifier.check(sentence) for sentence in sentences)
    score = min((v.score for v in verdicts), default=1.0)
    return SummaryVerdict(sentences, verdicts, score, score >= threshold)


def split_summary(summary: str) -> list[str]:
    """Summary sentences; tokenised model output ("... word . next ...") splits at its free-standing stops too."""
    text = re.sub(r"\s+([.!?])\s+(?=\S)", r"\1\n\n", summary.strip())
    return split_sentences(text)


def _found(token: _Token, keys: set[str]) -> bool:
    if token.norm in keys or (token.kind == "word" and token.stem in keys):
        return True
    if token.kind == "number":
        word = DIGIT_WORDS.get(token.norm) or NUMBER_WORDS.get(token.norm)
        return word is not None and word in keys
    return any(alias in keys for alias in SCALE_ALIASES.get(token.norm, ()))


def _dedupe(items: list[_Token]) -> list[_Token]:
    return list({t.norm: t for t in reversed(items)}.values())[::-1]


def _tokens(text: str, lowercase_in_article: set[str] | None) -> list[_Token]:
    """Tokens with their kind. Names are capitalised words not at the start of the sentence (or at its start when
    the article never writes them in lower case); in all-lower-case text, names cannot be told from words."""
    text = _DETACHED.sub(r"\1\2", text.translate(_QUOTES))
    raw = [(m.group(), m.start()) for m in _TOKEN.finditer(text)]
    cased = any(word[:1].isupper() for word, _ in raw) and not text.isupper()
    tokens: list[_Token] = []
    for position, (word, _) in enumerate(raw):
        lower = word.lower()
        norm = lower.replace(",", "") if word[0].isdigit() else re.sub(r"'s?$", "", lower)
        if not norm:
            continue
        capital = cased and word[0].isupper()
        if word[0].isdigit() or norm in NUMBER_WORDS:
            kind = "number"
        elif norm in DATE_WORDS and (capital or norm not in _AMBIGUOUS_DATES):
            kind = "date"
        elif norm in FUNCTION_WORDS or len(norm) < 2:
            kind = "function"
        elif capital and (position > 0 or lowercase_in_article is None or norm not in lowercase_in_article):
            kind = "name"
        else:
            kind = "word"
        tokens.append(_Token(norm, stem(norm), kind, word))
    return tokens
