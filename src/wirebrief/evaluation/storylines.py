"""Measure storyline assignment on labelled news streams: headlines (UCI News Aggregator format) and full text.

`wirebrief eval storylines PATH` streams the headlines in timestamp order through
`StorylineIndex` (the code `wirebrief ingest` uses) and through a baseline, and scores both
against the labelled stories with NMI and BCubed precision / recall / F1.

Headline streams (UCI):
- `tune`: stories whose id hashes (CRC-32) to an even number: the headline settings were chosen here;
- `held-out`: the other stories, never looked at while choosing settings;
- `all`: the whole file;
- `interleaved`: the whole file re-timed so that stories overlap (each story's headlines,
  in their order, spread over 2-24 hours from a random start): in the UCI file each story's
  headlines were crawled together, one story after another, which a system could exploit.

Full-text streams (headline and lede, as `wirebrief ingest` assigns them), scored also by pairs
joined right / wrong / missed:
- `seeds`: the issue-13 scenario (seed 004 published 2026-01-25, then seed 000 2026-02-05, split by
  the project's segmentation): the Ukraine talks must join across days and nothing else merge;
- `cnndm_dev`: 250 unrelated CNN/DailyMail stories as one day's news, 4 minutes apart: every merge
  is printed with both titles for a reader to judge;
- `multiday`: tests/data/storylines_dev.jsonl, real multi-day stories from the dev files (articles
  reporting the same event) with hand-written follow-ups, among every other dev article of those days
  (same-topic stories included): the full-text settings were chosen here.

Baseline: the classic single-pass clustering of TDT (Allan et al. 1998): TF-IDF vectors of
lower-cased words (no stemming), IDF learned online, cosine to each storyline centroid of the
last 14 days, compared by brute force, with a fixed threshold (chosen on `tune` like ours).

`bench` replays the same headlines as an endless stream: replay k is shifted by 30·k days and
lightly reworded (a word dropped, two words swapped, a filler word added), and the time per
10,000 articles is reported as it goes.
"""

from __future__ import annotations

import csv
import json
import math
import random
import re
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Protocol

from ..models import Article, Document
from ..storylines import StorylineIndex
from ..text import STOPWORDS
from .clustering import bcubed, nmi

FLOOR_NMI = 0.93
FLOOR_F1 = 0.90
FLOOR_STREAMS = ("all", "interleaved")
FLOOR_LINE = f"floor (issue 13): NMI ≥ {FLOOR_NMI:.2f}, BCubed F1 ≥ {FLOOR_F1:.2f} on the whole dev file and its interleaved stream"
PUBLISHED_LINE = "published: MStream (Yin et al., KDD 2018) NMI 0.834 on Google News headlines (another set)"
BASELINE_THRESHOLD = 0.06
BASELINE_WINDOW_DAYS = 14.0
COLUMNS = ("ID", "TITLE", "STORY", "TIMESTAMP")


@dataclass(frozen=True)
class Headline:
    id: str
    title: str
    story: str
    published: datetime
    publisher: str = ""
    text: str = ""  # what the assigner reads when not empty (headline and lede of a full-text article)

    @property
    def assigner_input(self) -> str:
        return self.text or self.title


@dataclass(frozen=True)
class Score:
    system: str
    stream: str
    items: int
    stories: int
    storylines: int
    nmi: float
    precision: float
    recall: float
    f1: float
    seconds: float


class Assigner(Protocol):
    """Anything with `add(id, text, published)` returning an object with `.storyline_id`."""

    def add(self, item_id: str, text: str, published: datetime) -> Any: ...


# --- data ----------------------------------------------------------------------------------


def load_uci(path: Path) -> list[Headline]:
    """Rows of a UCI News Aggregator CSV (ID, TITLE, STORY, TIMESTAMP in ms, …), in timestamp order."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"missing column(s) {', '.join(missing)}")
        rows = [
            Headline(
                id=row["ID"],
                title=row["TITLE"],
                story=row["STORY"],
                published=datetime.fromtimestamp(int(row["TIMESTAMP"]) / 1000, timezone.utc),
                publisher=row.get("PUBLISHER") or "",
            )
            for row in reader
        ]
    rows.sort(key=lambda h: h.published)
    return rows


def split(headlines: Sequence[Headline]) -> tuple[list[Headline], list[Headline]]:
    """(tune, held-out): stories whose id's CRC-32 is even, and the others."""
    tune = [h for h in headlines if zlib.crc32(h.story.encode()) % 2 == 0]
    held = [h for h in headlines if zlib.crc32(h.story.encode()) % 2 == 1]
    return tune, held


def interleave(headlines: Sequence[Headline], seed: int = 7) -> list[Headline]:
    """Re-time each story to start at a random moment of the file's span and last 2-24 hours."""
    rng = random.Random(seed)
    by_story: dict[str, list[Headline]] = {}
    for h in headlines:
        by_story.setdefault(h.story, []).append(h)
    start, end = headlines[0].published, headlines[-1].published
    span_s = (end - start).total_seconds()
    out = []
    for story in sorted(by_story):
        items = by_story[story]
        begin = start + timedelta(seconds=rng.random() * span_s)
        duration_s = rng.uniform(2, 24) * 3600
        out.extend(replace(h, published=begin + timedelta(seconds=duration_s * i / len(items))) for i, h in enumerate(items))
    out.sort(key=lambda h: h.published)
    return out


# --- systems -------------------------------------------------------------------------------


class TfidfBaseline:
    """Single-pass TF-IDF clustering with a fixed cosine threshold, brute force over recent storylines."""

    _word = re.compile(r"[a-z0-9]+")

    def __init__(self, threshold: float = BASELINE_THRESHOLD, window_days: float = BASELINE_WINDOW_DAYS) -> None:
        self.threshold = threshold
        self.window_s = window_days * 86400
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self.centroids: list[tuple[str, dict[str, float], list[float]]] = []  # id, weights, [norm², last seen]

    def add(self, item_id: str, text: str, published: datetime):
        words = Counter(w for w in self._word.findall(text.lower()) if w not in STOPWORDS)
        self.n_docs += 1
        self.df.update(words.keys())
        vector = {w: (1 + math.log(c)) * (math.log((1 + self.n_docs) / (1 + self.df[w])) + 1) for w, c in words.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vector = {w: v / norm for w, v in vector.items()}
        moment = published.timestamp()
        best, best_score = None, 0.0
        for entry in self.centroids:
            _, weights, state = entry
            if moment - state[1] > self.window_s or not state[0]:
                continue
            score = sum(v * weights.get(w, 0.0) for w, v in vector.items()) / math.sqrt(state[0])
            if score > best_score:
                best, best_score = entry, score
        if best is None or best_score < self.threshold:
            best = (item_id, {}, [0.0, moment])
            self.centroids.append(best)
        _, weights, state = best
        for w, v in vector.items():
            old = weights.get(w, 0.0)
            weights[w] = old + v
            state[0] += (old + v) ** 2 - old * old
        state[1] = max(state[1], moment)
        return _Assigned(best[0])


@dataclass(frozen=True)
class _Assigned:
    storyline_id: str


SYSTEMS: dict[str, Callable[[], Assigner]] = {
    "wirebrief": StorylineIndex,
    "tfidf-baseline": TfidfBaseline,
}


# --- scoring -------------------------------------------------------------------------------


def predict(make: Callable[[], Assigner], headlines: Sequence[Headline]) -> tuple[list[str], float]:
    """Run one fresh assigner over `headlines` (in order): the storyline of each, and the seconds taken."""
    assigner = make()
    started = time.perf_counter()
    predicted = [assigner.add(h.id, h.assigner_input, h.published).storyline_id for h in headlines]
    resolve = getattr(assigner, "resolve", None)
    if resolve is not None:  # storylines merged later: earlier articles follow them
        predicted = [resolve(p) for p in predicted]
    return predicted, time.perf_counter() - started


def score_stream(system: str, make: Callable[[], Assigner], stream: str, headlines: Sequence[Headline]) -> Score:
    """Run one fresh assigner over `headlines` (in order) and score its storylines."""
    predicted, seconds = predict(make, headlines)
    return _score(system, stream, headlines, predicted, seconds)


def _score(system: str, stream: str, headlines: Sequence[Headline], predicted: Sequence[str], seconds: float) -> Score:
    truth = [h.story for h in headlines]
    b3 = bcubed(truth, predicted)
    return Score(
        system, stream, len(headlines), len(set(truth)), len(set(predicted)), nmi(truth, predicted), b3.precision, b3.recall, b3.f1, seconds
    )


def evaluate(headlines: Sequence[Headline], systems: Sequence[str] = tuple(SYSTEMS)) -> list[Score]:
    """Every system on every stream (tune, held-out, all, interleaved) of `headlines` (see `load_uci`)."""
    if not headlines:
        raise ValueError("no rows")
    tune, held = split(headlines)
    streams = {"tune": tune, "held-out": held, "all": headlines, "interleaved": interleave(headlines)}
    return [score_stream(name, SYSTEMS[name], stream, items) for stream, items in streams.items() for name in systems if items]


def meets_floor(scores: Sequence[Score]) -> bool:
    ours = [s for s in scores if s.system == "wirebrief" and s.stream in FLOOR_STREAMS]
    return bool(ours) and all(s.nmi >= FLOOR_NMI and s.f1 >= FLOOR_F1 for s in ours)


def format_report(scores: Sequence[Score]) -> str:
    header = f"{'stream':<12} {'system':<15} {'items':>6} {'stories':>7} {'storylines':>10} {'NMI':>6} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'secs':>6}"
    lines = [header, "-" * len(header)]
    for s in scores:
        lines.append(
            f"{s.stream:<12} {s.system:<15} {s.items:>6} {s.stories:>7} {s.storylines:>10} {s.nmi:>6.3f} "
            f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.seconds:>6.2f}"
        )
    lines += ["", FLOOR_LINE + (" — met" if any(s.stream == "all" for s in scores) and meets_floor(scores) else " — NOT met"), PUBLISHED_LINE]
    return "\n".join(lines)


# --- bench ---------------------------------------------------------------------------------

_FILLERS = ("today", "now", "latest", "breaking", "report", "update", "analysis", "again")


def replay(headlines: Sequence[Headline], n: int, shift_days: float = 30.0, seed: int = 11) -> Iterator[Headline]:
    """`n` headlines: the file over and over, replay k shifted by k·`shift_days` and lightly reworded."""
    rng = random.Random(seed)
    k = 0
    produced = 0
    while produced < n:
        shift = timedelta(days=shift_days * k)
        for h in headlines:
            if produced >= n:
                return
            title = h.title if k == 0 else _reword(h.title, rng)
            yield Headline(f"{h.id}-{k}", title, f"{h.story}-{k}", h.published + shift, h.publisher)
            produced += 1
        k += 1


def _reword(title: str, rng: random.Random) -> str:
    words = title.split()
    roll = rng.random()
    if roll < 0.3 and len(words) > 3:
        del words[rng.randrange(1, len(words))]
    elif roll < 0.6 and len(words) > 2:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    elif roll < 0.8:
        words.insert(rng.randrange(len(words) + 1), rng.choice(_FILLERS))
    return " ".join(words)


@dataclass(frozen=True)
class BenchStep:
    done: int
    seconds: float  # for the last block
    active: int  # storylines in the index after the block
    comparisons: float  # candidates scored per article in the block
    cpu_seconds: float = 0.0  # CPU time of this process for the last block (wall time also counts other processes)


def bench(headlines: Sequence[Headline], n: int, block: int = 10_000, index: StorylineIndex | None = None) -> Iterator[BenchStep]:
    """Stream `n` replayed headlines through one index; yield timing per `block` articles."""
    index = index or StorylineIndex()
    started, started_cpu = time.perf_counter(), time.process_time()
    compared = index.comparisons
    done = 0
    for h in replay(headlines, n):
        index.add(h.id, h.title, h.published)
        done += 1
        if done % block == 0 or done == n:
            now, now_cpu = time.perf_counter(), time.process_time()
            size = done % block or block
            yield BenchStep(done, now - started, len(index.active), (index.comparisons - compared) / size, now_cpu - started_cpu)
            started, started_cpu, compared = now, now_cpu, index.comparisons
