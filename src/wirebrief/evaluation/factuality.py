"""Score the verifier against human factuality judgements, beside published metrics on the same rows.

`wirebrief eval factuality FILE.jsonl` reads rows `{"article", "summary", "factuality", "dataset", "model",
"metrics"}` (the FRANK benchmark's layout: `factuality` is the share of a summary's sentences that annotators judged
faithful; `metrics` holds the stored scores of published metrics such as FactCC, QAGS, FEQA, DAE ("Dep Entail") and
BERTScore). A summary is faithful when `factuality == 1.0`. The figure is ROC AUC of each metric's score against
that label, overall and for each dataset; a stored metric's missing scores leave its rows out of its own AUC.

wirebrief's summary score is `verify.verify_summary`'s: each summary sentence is checked against the article (its
best-matching sentences as evidence) and the summary scores as its weakest sentence. The verifier's default weights
were set by hand, partly after looking at some of these rows; so the report also gives the AUC of that procedure
under 5-fold cross-validation: for each fold, the weights that score best on the other four folds (from a small
grid around the defaults) score the held-out fold, and the held-out AUCs are averaged. Folds are drawn by article,
so the summaries of one article never sit on both sides. That CV figure is the honest one.

Speed is summaries per second over the whole scoring run (splitting articles into sentences, indexing them,
checking every summary sentence), one row after another with nothing cached between rows; loading spaCy's
sentencizer is timed apart.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from .. import verify

FAITHFUL = 1.0
FOLDS = 5
# Around the defaults: the weights the 5-fold CV chooses from (every combination).
GRID: dict[str, tuple[float, ...]] = {
    "copy_floor": (0.1, 0.3, 0.5),
    "ngram": (2, 3),
    "pair_apart": (0.7, 0.85, 1.0),
    "word_missing": (0.3, 0.5, 0.7),
    "key_elsewhere": (0.5, 0.7, 0.9),
}
FLOOR_LINE = "floor: wirebrief ≥ 0.78 AUC on the cnndm rows (the CV figure counts), ≥ 20 summaries/s on CPU"


@dataclass(frozen=True)
class Row:
    article: str
    summary: str
    faithful: bool
    dataset: str
    model: str
    metrics: dict[str, float | None]


def load_rows(path: str | Path) -> list[Row]:
    """Rows of a FRANK-style JSONL file; ValueError naming the line for anything malformed."""
    rows: list[Row] = []
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                metrics = data.get("metrics") or {}
                if not isinstance(metrics, dict):
                    raise ValueError("'metrics' is not an object")
                row = Row(
                    article=_text(data, "article"),
                    summary=_text(data, "summary"),
                    faithful=float(data["factuality"]) == FAITHFUL,
                    dataset=str(data.get("dataset") or "all"),
                    model=str(data.get("model") or "?"),
                    metrics={str(k): None if v is None else float(v) for k, v in metrics.items()},
                )
            except json.JSONDecodeError as exc:
                raise ValueError(f"line {number}: not JSON ({exc.msg})") from None
            except KeyError as exc:
                raise ValueError(f"line {number}: no {exc.args[0]!r} field") from None
            except (TypeError, ValueError, AttributeError) as exc:
                raise ValueError(f"line {number}: {exc}") from None
            rows.append(row)
    if not rows:
        raise ValueError("no rows")
    return rows


def _text(data: dict[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"'{key}' is not a non-empty string")
    return value


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Area under the ROC curve: the chance that a random positive outscores a random negative, ties counting
    one half (the Mann-Whitney U statistic over the rank sums). NaN when either class is empty."""
    positives = sum(labels)
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return math.nan
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    start = 0
    while start < len(order):  # tied scores share their average rank
        end = start
        while end + 1 < len(order) and scores[order[end + 1]] == scores[order[start]]:
            end += 1
        for k in range(start, end + 1):
            ranks[order[k]] = (start + end) / 2 + 1
        start = end + 1
    rank_sum = sum(rank for rank, label in zip(ranks, labels, strict=True) if label)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


@dataclass(frozen=True)
class _Checked:
    """Per summary: the findings of each sentence, as arrays for fast re-weighting."""

    counts: np.ndarray  # sentences × len(verify.COUNTED)
    copied: np.ndarray  # sentences × MAX_NGRAM


def check_rows(rows: Sequence[Row]) -> tuple[list[_Checked], list[float]]:
    """Check every summary; returns the findings and the seconds each summary took."""
    checked: list[_Checked] = []
    seconds: list[float] = []
    for row in rows:
        start = time.perf_counter()
        verifier = verify.Verifier(verify.split_sentences(row.article))
        sentences = verify.split_summary(row.summary)
        findings = [verifier.findings(sentence) for sentence in sentences] or [verify.Findings()]
        seconds.append(time.perf_counter() - start)
        checked.append(
            _Checked(
                counts=np.array([[getattr(f, name) for name in verify.COUNTED] for f in findings], dtype=float),
                copied=np.array([f.copied for f in findings], dtype=float),
            )
        )
    return checked, seconds


def summary_scores(checked: Sequence[_Checked], weights: verify.Weights) -> list[float]:
    """Each summary's score under `weights`: its weakest sentence's (as verify.verify_summary)."""
    logs = np.log([getattr(weights, name) for name in verify.COUNTED])
    floor = weights.copy_floor
    return [
        float(np.min(np.exp(c.counts @ logs) * (floor + (1 - floor) * c.copied[:, weights.ngram - 1]))) for c in checked
    ]


def grid() -> list[verify.Weights]:
    combinations = itertools.product(*GRID.values())
    return [replace(verify.DEFAULT_WEIGHTS, **dict(zip(GRID, values, strict=True))) for values in combinations]


def fold_of(row: Row) -> int:
    return int(hashlib.sha256(row.article.encode("utf-8")).hexdigest(), 16) % FOLDS


def cross_validated_auc(rows: Sequence[Row], checked: Sequence[_Checked]) -> tuple[float, list[verify.Weights]]:
    """Mean held-out AUC when the weights are chosen on the other folds; and the weights chosen for each fold."""
    labels = [row.faithful for row in rows]
    folds = [fold_of(row) for row in rows]
    candidates = grid()
    scored = [summary_scores(checked, weights) for weights in candidates]
    held_out: list[float] = []
    chosen: list[verify.Weights] = []
    for fold in range(FOLDS):
        train = [i for i, f in enumerate(folds) if f != fold]
        test = [i for i, f in enumerate(folds) if f == fold]
        best = max(
            range(len(candidates)),
            key=lambda c: _auc_or_zero([scored[c][i] for i in train], [labels[i] for i in train]),
        )
        auc = roc_auc([scored[best][i] for i in test], [labels[i] for i in test])
        if not math.isnan(auc):
            held_out.append(auc)
            chosen.append(candidates[best])
    return (statistics.mean(held_out) if held_out else math.nan), chosen


def _auc_or_zero(scores: list[float], labels: list[bool]) -> float:
    auc = roc_auc(scores, labels)
    return 0.0 if math.isnan(auc) else auc


def evaluate(path: str | Path, *, dataset: str | None = None, cv: bool = True, progress: Callable | None = None) -> dict[str, Any]:
    rows = load_rows(path)
    if dataset is not None:
        rows = [row for row in rows if row.dataset == dataset]
        if not rows:
            raise ValueError(f"no rows of dataset {dataset!r}")
    start = time.perf_counter()
    verify.split_sentences("Load the sentencizer.")
    load_s = time.perf_counter() - start

    start = time.perf_counter()
    checked, per_row = check_rows(progress(rows, "checking summaries", len(rows)) if progress else rows)
    run_s = time.perf_counter() - start

    datasets = list(dict.fromkeys(row.dataset for row in rows))
    groups = {d: [i for i, r in enumerate(rows) if r.dataset == d] for d in datasets}
    if len(datasets) > 1:
        groups = {"all": list(range(len(rows)))} | groups
    shipped = summary_scores(checked, verify.DEFAULT_WEIGHTS)
    table: dict[str, dict[str, float]] = {"wirebrief": {}}
    cv_table: dict[str, float] = {}
    cv_weights: dict[str, list[verify.Weights]] = {}
    for group, indexes in groups.items():
        table["wirebrief"][group] = roc_auc([shipped[i] for i in indexes], [rows[i].faithful for i in indexes])
        if cv:
            subset = [rows[i] for i in indexes]
            cv_table[group], cv_weights[group] = cross_validated_auc(subset, [checked[i] for i in indexes])
    metric_names = list(dict.fromkeys(name for row in rows for name in row.metrics))
    for name in metric_names:
        table[name] = {}
        for group, indexes in groups.items():
            present = [i for i in indexes if rows[i].metrics.get(name) is not None]
            table[name][group] = roc_auc([rows[i].metrics[name] for i in present], [rows[i].faithful for i in present])
    counts = {group: (len(indexes), sum(rows[i].faithful for i in indexes)) for group, indexes in groups.items()}
    return {
        "path": str(path),
        "groups": list(groups),
        "counts": counts,
        "auc": table,
        "cv_auc": cv_table,
        "cv_weights": cv_weights,
        "load_s": load_s,
        "run_s": run_s,
        "summaries_per_s": len(rows) / run_s if run_s else math.inf,
        "median_ms": statistics.median(per_row) * 1000,
    }


def format_report(result: dict[str, Any]) -> str:
    groups = result["groups"]
    header = ["metric", *(f"AUC {g}" for g in groups)]
    lines = [[*header]]

    def cells(values: dict[str, float]) -> list[str]:
        return ["n/a" if math.isnan(values.get(g, math.nan)) else f"{values[g]:.3f}" for g in groups]

    lines.append(["wirebrief", *cells(result["auc"]["wirebrief"])])
    if result["cv_auc"]:
        lines.append(["wirebrief, 5-fold CV", *cells(result["cv_auc"])])
    for name, values in result["auc"].items():
        if name != "wirebrief":
            lines.append([name, *cells(values)])
    lines.append(["rows (faithful)", *(f"{n} ({k})" for n, k in (result["counts"][g] for g in groups))])
    widths = [max(len(line[c]) for line in lines) for c in range(len(header))]
    out = [f"factuality: {result['path']}  (label: faithful = factuality 1.0; ROC AUC of each score)"]
    for number, line in enumerate(lines):
        padded = (cell.ljust(w) if c == 0 else cell.rjust(w) for c, (cell, w) in enumerate(zip(line, widths)))
        out.append("  ".join(padded))
        if number == 0:
            out.append("  ".join("-" * w for w in widths))
    out.append(
        f"wirebrief speed: {result['summaries_per_s']:.1f} summaries/s (median {result['median_ms']:.1f} ms per "
        f"summary, {result['run_s']:.1f} s in all; sentencizer load {result['load_s']:.2f} s, apart)"
    )
    if result["cv_weights"]:
        picked = result["cv_weights"].get("cnndm") or result["cv_weights"].get("all") or []
        if picked:
            described = "; ".join(
                ", ".join(f"{k}={getattr(w, k)}" for k in GRID) for w in dict.fromkeys(picked)
            )
            out.append(f"CV picked (cnndm folds): {described}; shipped: "
                       + ", ".join(f"{k}={getattr(verify.DEFAULT_WEIGHTS, k)}" for k in GRID))
    out.append(FLOOR_LINE)
    return "\n".join(out)
