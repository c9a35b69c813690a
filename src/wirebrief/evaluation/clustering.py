"""Clustering scores: NMI and BCubed precision / recall / F1 (standard library only).

Both take two parallel sequences of labels: the true story of each item and the predicted
cluster of each item.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float
    f1: float


def nmi(truth: Sequence[Hashable], predicted: Sequence[Hashable]) -> float:
    """Normalised mutual information, I(T;P) / mean(H(T), H(P)) (scikit-learn's default, "arithmetic").

    1.0 for identical partitions (also when both put everything in one cluster), 0.0 for independent ones.
    """
    _check(truth, predicted)
    n = len(truth)
    if n == 0:
        return 1.0
    joint = Counter(zip(truth, predicted))
    t_counts, p_counts = Counter(truth), Counter(predicted)
    h_t = _entropy(t_counts.values(), n)
    h_p = _entropy(p_counts.values(), n)
    if h_t == 0.0 and h_p == 0.0:
        return 1.0
    mutual = sum(c / n * math.log(c * n / (t_counts[t] * p_counts[p])) for (t, p), c in joint.items())
    denominator = (h_t + h_p) / 2
    return max(0.0, min(1.0, mutual / denominator)) if denominator else 0.0


def bcubed(truth: Sequence[Hashable], predicted: Sequence[Hashable]) -> BCubed:
    """BCubed (Bagga & Baldwin 1998; Amigó et al. 2009): per-item precision and recall, averaged over items."""
    _check(truth, predicted)
    n = len(truth)
    if n == 0:
        return BCubed(1.0, 1.0, 1.0)
    joint = Counter(zip(truth, predicted))
    t_counts, p_counts = Counter(truth), Counter(predicted)
    # every item of a (true, predicted) cell shares the same precision and recall
    precision = sum(c * c / p_counts[p] for (_, p), c in joint.items()) / n
    recall = sum(c * c / t_counts[t] for (t, _), c in joint.items()) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BCubed(precision, recall, f1)


@dataclass(frozen=True)
class SizeBand:
    """BCubed precision or recall of the items of clusters whose size lies in [low, high]."""

    low: int
    high: int
    items: int
    score: float  # mean per-item precision (or recall) in the band
    loss: float  # what the band takes off the overall figure: (1 - score) × items / all items


SIZE_BANDS = ((1, 2), (3, 9), (10, 49), (50, 149), (150, 10**9))


def bcubed_by_size(
    truth: Sequence[Hashable], predicted: Sequence[Hashable], bands: Sequence[tuple[int, int]] = SIZE_BANDS
) -> tuple[list[SizeBand], list[SizeBand]]:
    """Where BCubed loses: (precision by predicted-cluster size, recall by true-story size).

    An item's precision depends only on its predicted cluster and its recall only on its true story,
    so the losses of the bands add up to 1 - precision and 1 - recall. Low precision in the large
    bands means big clusters mix stories (over-merging); low recall in the large bands means big
    stories are cut into parts (over-splitting)."""
    _check(truth, predicted)
    n = len(truth)
    joint = Counter(zip(truth, predicted))
    t_counts, p_counts = Counter(truth), Counter(predicted)
    precision: Counter[int] = Counter()  # band index → sum of per-item precision
    recall: Counter[int] = Counter()
    p_items: Counter[int] = Counter()
    r_items: Counter[int] = Counter()
    for (t, p), c in joint.items():
        p_band, r_band = _band(p_counts[p], bands), _band(t_counts[t], bands)
        precision[p_band] += c * c / p_counts[p]
        recall[r_band] += c * c / t_counts[t]
        p_items[p_band] += c
        r_items[r_band] += c

    def rows(sums: Counter[int], items: Counter[int]) -> list[SizeBand]:
        return [
            SizeBand(low, high, items[i], sums[i] / items[i] if items[i] else 1.0, (items[i] - sums[i]) / n if n else 0.0)
            for i, (low, high) in enumerate(bands)
        ]

    return rows(precision, p_items), rows(recall, r_items)


def _band(size: int, bands: Sequence[tuple[int, int]]) -> int:
    return next((i for i, (low, high) in enumerate(bands) if low <= size <= high), len(bands) - 1)


def _entropy(counts, n: int) -> float:
    return -sum(c / n * math.log(c / n) for c in counts if c)


def _check(truth: Sequence[Hashable], predicted: Sequence[Hashable]) -> None:
    if len(truth) != len(predicted):
        raise ValueError(f"{len(truth)} true labels but {len(predicted)} predicted labels")
