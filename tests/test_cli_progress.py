"""Every `eval` command reports its progress: a bar on a terminal, elsewhere (here: CliRunner's pipes) a
`description: n/total` line every few seconds and one at the end, on stderr, with the report alone on stdout."""

from __future__ import annotations

import csv
import json
import re

from typer.testing import CliRunner

import wirebrief.cli  # noqa: F401  (registers every command)
from wirebrief.cli._app import app

DONE = re.compile(r"^(?P<what>[^:\n]+): (?P<n>\d+)/(?P<total>\d+) done$", re.M)


def _counts(stderr: str) -> dict[str, tuple[int, int]]:
    return {m["what"]: (int(m["n"]), int(m["total"])) for m in DONE.finditer(stderr)}


def test_cli_progress_eval_factuality_counts_summaries(tmp_path):
    rows = [{"article": "The council met on Monday. It approved the budget for the harbour wall.",
             "summary": summary, "factuality": label, "dataset": "cnndm", "model": "m", "metrics": {"FactCC": label}}
            for summary, label in [("The council approved the budget.", 1.0), ("The council rejected the budget.", 0.0),
                                   ("The council met on Monday.", 1.0)]]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "factuality", str(path), "--no-cv"])
    assert result.exit_code == 0, result.output
    assert _counts(result.stderr) == {"checking summaries": (3, 3)}
    assert "done" not in result.stdout


def test_cli_progress_eval_storylines_counts_streams(tmp_path):
    path = tmp_path / "uci.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ID", "TITLE", "URL", "PUBLISHER", "CATEGORY", "STORY", "HOSTNAME", "TIMESTAMP"])
        for i in range(12):
            story = ("harbour", "budget", "storm")[i % 3]
            title = {"harbour": "Portmere harbour wall approved by council", "budget": "Council budget vote delayed again",
                     "storm": "Storm Edda closes coastal roads"}[story]
            writer.writerow([i, f"{title} ({i})", f"https://example.org/{i}", "Example", "b", story, "example.org",
                             1_700_000_000_000 + i * 3_600_000])
    missing = str(tmp_path / "none")
    result = CliRunner().invoke(app, ["eval", "storylines", str(path), "--seeds", missing, "--cnndm", missing,
                                      "--annotated", missing, "--multiday", missing, "--unseen", missing])
    assert result.exit_code in (0, 4), result.output  # 4: below a floor, which twelve headlines may well be
    assert _counts(result.stderr) == {"headline streams": (5, 5)}


def test_cli_progress_eval_annotations_counts_articles(tmp_path):
    rows = [{"id": f"row-{i}", "published": "2026-02-05", "quotes": [], "dates": [], "players": [],
             "text": f"Harbour workers in Portmere walked out on Monday, the union said. Talks resume in week {i}."}
            for i in range(10)]
    path = tmp_path / "annotated.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "annotations", str(path), "--examples", "0"])
    assert result.exit_code == 0, result.output
    assert _counts(result.stderr) == {"annotating 10 articles": (2, 2)}  # in chunks of eight
