"""The largest inputs wirebrief accepts (20 MB) are briefed in bounded time and memory: a story is cut
to its first MAX_ARTICLE_WORDS words (with a warning), a first line of 20 MB is no headline, a text
of one endless token is no story."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

from test_cli import FLOOD_TEXT, cli_env
from wirebrief.config import MAX_INPUT_BYTES
from wirebrief.models import Article
from wirebrief.pipeline import MAX_ARTICLE_WORDS, MAX_TITLE_CHARS, bounded

PEAK_LIMIT_BYTES = 1024**3


def _run(home: Path, *args: str) -> tuple[subprocess.CompletedProcess, int]:
    """The real command in a child process; its peak resident memory in bytes."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([sys.executable, "-m", "wirebrief", *args], capture_output=True, text=True, env=cli_env(home),
                          cwd=home, timeout=600)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return proc, max(peak, before) * 1024  # ru_maxrss is in KiB on Linux (the largest child so far)


def test_bounded_cuts_at_a_paragraph_and_keeps_short_articles_whole() -> None:
    paragraph = " ".join(["word"] * 999) + "."
    long = Article("a", "d", "Title", "\n\n".join([paragraph] * 30))
    cut = bounded(long)
    assert len(cut.text.split()) <= MAX_ARTICLE_WORDS and cut.text.endswith(".")
    assert cut.text.count("\n\n") + 1 == MAX_ARTICLE_WORDS // 999  # whole paragraphs only
    short = Article("b", "d", "Title", FLOOD_TEXT)
    assert bounded(short) is short
    titled = bounded(Article("c", "d", "Headline " * 100, FLOOD_TEXT))
    assert len(titled.title) <= MAX_TITLE_CHARS + 1 and titled.title.endswith("Headline…")


def test_a_20_mb_story_is_briefed_from_its_start_in_bounded_memory(tmp_path: Path) -> None:
    home = tmp_path
    body = "\n\n".join([FLOOD_TEXT] * 30_000)
    text = ("Harbour council approves flood barrier\n\n" + body)[: MAX_INPUT_BYTES - 1024]
    (home / "huge.txt").write_text(text, encoding="utf-8")
    proc, peak = _run(home, "brief", "huge.txt")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "# Harbour council approves flood barrier" in proc.stdout
    assert "briefed from its first 20,000" in proc.stderr
    assert peak < PEAK_LIMIT_BYTES, f"peak {peak / 2**20:.0f} MiB"


def test_a_20_mb_token_is_no_headline_and_no_story(tmp_path: Path) -> None:
    home = tmp_path
    (home / "blob.txt").write_text("x" * (MAX_INPUT_BYTES - 1024) + "\n", encoding="utf-8")
    proc, peak = _run(home, "brief", "blob.txt")
    assert proc.returncode == 1 and proc.stdout.strip() == "", proc.stdout[:300]
    assert proc.stderr.strip().splitlines() == ["error: blob.txt: no story found (no complete sentence left after removing page clutter)"]
    assert peak < PEAK_LIMIT_BYTES, f"peak {peak / 2**20:.0f} MiB"
