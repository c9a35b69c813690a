"""A learned ranker for The Story, measured against the rule the writer uses.

News puts the most important facts first, so position dominates, but not every opening sentence
earns its place (a scene-setting line, a quotation, a long run-on), and a dense fact further down
often does. This ranker is a ridge regression over cheap features of each candidate sentence
(position, length, how central its words are to the article, how much it shares with the opening,
quotation, numbers, names, a leaning pronoun) that predicts how much of the sentence a human summary
keeps (its ROUGE-1/2 precision against reference highlights). Features come from the text alone.

`wirebrief eval summaries` reports it under 5-fold cross-validation beside the writer's own rule
(`compose._pick_story`: the opening sentences within a word budget). On cnndm_dev it does not beat
that rule, so the writer does not use it; it stays as the measured alternative.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .text import WORD_RE, terms

FEATURES = (
    "bias", "inverse position", "first", "second", "third", "log position", "relative position",
    "log words", "words / 30", "quotation", "centrality", "overlap with opening", "capitalised words", "number", "leans on context", "attribution verb", "log candidates",
)
_LEANING = frozenset("he she they it this that these those his her their but and however also so then there its".split())
_ATTRIBUTION_RE = re.compile(r"\b(?:said|says|told)\b")
_QUOTE_RE = re.compile(r"[“”\"]")


def features(sentences: Sequence[str], article: Sequence[str] = ()) -> np.ndarray:
    """One row of FEATURES per candidate sentence, in article order; `article` (all its sentences,
    candidates or not) is what centrality is measured against, the candidates themselves if empty."""
    bags = [set(terms(s)) for s in sentences]
    frequency = Counter(t for text in (article or sentences) for t in set(terms(text)))
    opening = bags[0] if bags else set()
    n = len(sentences)
    rows = []
    for k, (text, bag) in enumerate(zip(sentences, bags)):
        words = WORD_RE.findall(text)
        count = max(1, len(words))
        first_word = text.split()[0].lower().strip(",“\"'‘") if text.split() else ""
        rows.append([
            1.0,
            1 / (1 + k),
            float(k == 0),
            float(k == 1),
            float(k == 2),
            math.log1p(k),
            k / max(1, n - 1),
            math.log(count),
            count / 30,
            float(bool(_QUOTE_RE.search(text))),
            sum(math.log(max(1, frequency[t])) for t in bag) / max(1.0, math.sqrt(len(bag))),
            len(bag & opening) / max(1, len(bag)),
            sum(1 for w in words[1:] if w[:1].isupper()) / count,
            float(any(c.isdigit() for c in text)),
            float(first_word in _LEANING),
            float(bool(_ATTRIBUTION_RE.search(text))),
            math.log1p(n),
        ])
    return np.array(rows, dtype=float).reshape(n, len(FEATURES))


@dataclass(frozen=True)
class Ranker:
    """A linear model over standardised FEATURES."""

    weights: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def score(self, rows: np.ndarray) -> np.ndarray:
        if not len(rows):
            return np.zeros(0)
        return ((rows - np.array(self.mean)) / np.array(self.scale)) @ np.array(self.weights)

    def to_dict(self) -> dict:
        return {"features": list(FEATURES), "weights": list(self.weights), "mean": list(self.mean), "scale": list(self.scale)}

    @classmethod
    def from_dict(cls, data: dict) -> "Ranker":
        if list(data.get("features", [])) != list(FEATURES):
            raise ValueError("the ranker file was fitted on other features")
        return cls(tuple(data["weights"]), tuple(data["mean"]), tuple(data["scale"]))


def fit(examples: Iterable[tuple[np.ndarray, Sequence[float]]], ridge: float = 1.0) -> Ranker:
    """Ridge regression of the targets on the standardised features of every example's sentences."""
    pairs = [(rows, targets) for rows, targets in examples if len(rows)]
    x = np.vstack([rows for rows, _ in pairs])
    y = np.concatenate([np.asarray(targets, dtype=float) for _, targets in pairs])
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    mean[0], scale[0] = 0.0, 1.0  # the bias column stays a column of ones
    z = (x - mean) / scale
    weights = np.linalg.solve(z.T @ z + ridge * np.eye(z.shape[1]), z.T @ y)
    return Ranker(tuple(weights.tolist()), tuple(mean.tolist()), tuple(scale.tolist()))


def pick(sentences: Sequence[str], scores: Sequence[float], *, budget: int, limit: int, overlap: float) -> list[int]:
    """Indexes of the best-scoring sentences, in article order: at most `limit`, within `budget`
    words, none sharing more than `overlap` of its content words with one already picked."""
    chosen: list[int] = []
    bags = [set(terms(s)) for s in sentences]
    words = 0
    for i in sorted(range(len(sentences)), key=lambda i: -scores[i]):
        if len(chosen) >= limit:
            break
        length = len(sentences[i].split())
        if chosen and words + length > budget:
            continue
        if any(len(bags[i] & bags[j]) > overlap * max(1, min(len(bags[i]), len(bags[j]))) for j in chosen):
            continue
        chosen.append(i)
        words += length
    return sorted(chosen)
