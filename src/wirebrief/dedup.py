"""Near-duplicate detection: MinHash signatures over word shingles, LSH bands for candidate lookup.

The same wire story syndicated by two sites, with a changed sentence or a different byline, has a
high Jaccard similarity between its sets of 5-word shingles. A MinHash signature estimates that
similarity (share of equal positions); splitting it into LSH_BANDS bands of LSH_ROWS values gives
band keys such that two texts of similarity s share at least one key with probability
1 - (1 - s^LSH_ROWS)^LSH_BANDS (s = 0.5: 0.65, s = 0.8: 1.0). Candidates are then confirmed by
their estimated similarity against NEAR_DUPLICATE_MIN_SIMILARITY. Exact copies are caught before
this, by `store.content_hash`.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 64
LSH_BANDS = 16
LSH_ROWS = NUM_PERM // LSH_BANDS
NEAR_DUPLICATE_MIN_SIMILARITY = 0.7  # estimated Jaccard of word shingles
MIN_SHINGLES = 8  # shorter texts are too short to call near-duplicates

_PRIME = np.uint64(4294967311)  # smallest prime above 2**32: (a*x + b) stays below 2**64
_MAX_HASH = np.uint64(2**32 - 1)
_rng = np.random.default_rng(20240314)  # fixed: signatures must be stable across runs and machines
_A = _rng.integers(1, 2**32 - 1, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, 2**32 - 1, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.casefold())
    return {" ".join(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


def signature(text: str) -> list[int] | None:
    """MinHash signature of the text's word shingles; None when the text is too short to compare."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=4).digest(), "big") for g in grams),
        dtype=np.uint64,
        count=len(grams),
    )
    permuted = (np.outer(hashes, _A) + _B) % _PRIME & _MAX_HASH
    return [int(v) for v in permuted.min(axis=0)]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_PERM


def band_keys(sig: list[int]) -> list[str]:
    """One key per LSH band: texts sharing a key are candidates."""
    keys = []
    for band in range(LSH_BANDS):
        values = sig[band * LSH_ROWS : (band + 1) * LSH_ROWS]
        digest = hashlib.blake2b(repr(values).encode(), digest_size=8).hexdigest()
        keys.append(f"{band}:{digest}")
    return keys
