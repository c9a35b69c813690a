"""`wirebrief eval factuality`: ROC AUC, row loading, and the floor on the real FRANK dev rows."""

from __future__ import annotations

import json
import math
import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirebrief.cli import app
from wirebrief.evaluation import factuality

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
FRANK = EVAL_DIR / "factuality_dev.jsonl"
needs_frank = pytest.mark.skipif(not FRANK.exists(), reason=f"{FRANK} not present")
FLOOR_AUC = 0.78
FLOOR_PER_S = 20.0


def _brute_auc(scores: list[float], labels: list[bool]) -> float:
    pos = [s for s, label in zip(scores, labels) if label]
    neg = [s for s, label in zip(scores, labels) if not label]
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def test_roc_auc_matches_pairwise_counting() -> None:
    assert factuality.roc_auc([0.1, 0.4, 0.35, 0.8], [False, False, True, True]) == 0.75
    assert factuality.roc_auc([1, 1, 1], [True, False, True]) == 0.5
    assert math.isnan(factuality.roc_auc([0.2, 0.3], [True, True]))
    rng = random.Random(7)
    for _ in range(20):
        scores = [rng.choice([0.0, 0.25, 0.5, 0.75, 1.0]) for _ in range(40)]
        labels = [rng.random() < 0.4 for _ in range(40)]
        if any(labels) and not all(labels):
            assert factuality.roc_auc(scores, labels) == pytest.approx(_brute_auc(scores, labels))


def _row(**overrides) -> dict:
    row = {"article": "The council met on Monday. It approved the budget.", "summary": "The council approved the budget.",
           "factuality": 1.0, "dataset": "cnndm", "model": "m", "metrics": {"FactCC": 0.9}}  # fmt: skip
    return row | overrides


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 2: not JSON"),
        (json.dumps(_row(summary="")), "line 2: 'summary' is not a non-empty string"),
        (json.dumps({k: v for k, v in _row().items() if k != "factuality"}), "line 2: no 'factuality' field"),
        (json.dumps(_row(factuality="high")), "line 2: could not convert"),
    ],
)
def test_malformed_rows_are_one_line_errors(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(_row()) + "\n" + line + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "factuality", str(path)])
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {path}: {message}"), result.stderr


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "factuality", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1 and "no such file" in result.stderr


def test_small_file_reports_every_metric(tmp_path: Path) -> None:
    rows = [
        _row(),
        _row(summary="The council rejected the budget on Friday.", factuality=0.0, metrics={"FactCC": 0.1}),
        _row(summary="The council met on Monday.", factuality=1.0, metrics={"FactCC": None}),
        _row(summary="The mayor cut 400 jobs.", factuality=0.5, metrics={"FactCC": 0.95}),
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "factuality", str(path), "--no-cv"])
    assert result.exit_code == 0, result.output
    table = {line.split("  ")[0].strip(): line.split() for line in result.stdout.splitlines()}
    assert table["wirebrief"][-1] == "1.000"  # both faithful rows outscore both unfaithful ones
    assert table["FactCC"][-1] == "0.500"  # over the three rows that have a score: 0.9 vs 0.1 and 0.95
    assert re.search(r"wirebrief speed: [\d.]+ summaries/s", result.stdout)


@needs_frank
def test_floor_on_the_cnndm_rows() -> None:
    """The issue's floor: AUC >= 0.78 on the CNN/DM rows (the cross-validated figure counts), >= 20 summaries/s."""
    result = factuality.evaluate(FRANK, dataset="cnndm")
    assert result["counts"]["cnndm"][0] >= 300
    assert result["cv_auc"]["cnndm"] >= FLOOR_AUC, result["cv_auc"]
    assert result["auc"]["wirebrief"]["cnndm"] >= FLOOR_AUC, result["auc"]["wirebrief"]
    assert result["auc"]["wirebrief"]["cnndm"] > result["auc"]["FactCC"]["cnndm"]
    assert result["summaries_per_s"] >= FLOOR_PER_S


@needs_frank
def test_cli_table_on_the_dev_file() -> None:
    result = CliRunner().invoke(app, ["eval", "factuality", str(FRANK), "--no-cv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1].split() == ["metric", "AUC", "all", "AUC", "cnndm", "AUC", "bbc"]
    end = next(i for i, line in enumerate(lines) if line.startswith("rows (faithful)"))
    names = [line.split("  ")[0].strip() for line in lines[3:end]]
    assert names[0] == "wirebrief"
    assert {"FactCC", "QAGS", "FEQA", "Dep Entail", "BertScore P Art"} <= set(names)
    rows_line = next(line for line in lines if line.startswith("rows (faithful)"))
    assert rows_line.split()[2:] == ["671", "(243)", "375", "(217)", "296", "(26)"]
