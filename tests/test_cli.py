"""The `wirebrief` command end to end: the real console script as a subprocess, real files, real SQLite.

Each subprocess loads the spaCy model (a few seconds), so runs are shared through module-scoped
fixtures and one run checks everything it naturally can. A few cheap cases that never load the
model use Typer's CliRunner in-process.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seeddata import SEED_HEADLINES, SEEDS
from wirebrief import render
from wirebrief.cli import app

SEED_DIGEST = SEEDS / "000_a78007deab5b94f3.txt"
SEED_FORMAT = SEEDS / "004_ce2873a051e51ca9.txt"

_SCRIPT = Path(sys.executable).with_name("wirebrief")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "wirebrief.cli"]
RUN_TIMEOUT_S = 120  # a FIFO that blocks the reader must fail the test, not hang it

HEADER_RE = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d "
    r"\d\d:\d\d:\d\d UTC \d{4}: # .+$"
)
SECTIONS = ["The Story:", "Key Points:", "Key Takeaways:", "Impact Analysis:"]
EXTRA_SECTIONS = ["Timeline:", "Key Players:", "Quotes:", "Sources:"]
STATEMENT_FIELDS = ["story", "key_points", "key_takeaways", "impact_analysis"]

CLUTTER = [
    "Photo by",
    "/AFP",
    "Recommended Stories",
    "itemsend of list",
    "list of 3 items",
    "Presenter:",
    "Guests:",
    "[Roman Plipey/AFP]",
]

FLOOD_TITLE = "Harbour council approves flood barrier"
FLOOD_TEXT = (
    "The harbour council voted on Wednesday to build a 40 million euro flood barrier across the mouth of the "
    "estuary, ending a decade of debate over how to protect the old town.\n\n"
    "Councillors approved the plan by nine votes to four after a three-hour session in which residents urged "
    "them to act before next winter's storm season.\n\n"
    '"We cannot keep bailing out the same streets every January," said mayor Anna Berg, who has championed the '
    "barrier since her election in 2019.\n\n"
    "Construction is due to start in the autumn and take about three years. The regional government has "
    "promised to cover half of the cost.\n\n"
    "Opposition councillors warned that the budget could rise sharply if steel prices keep climbing."
)
RAIL_TITLE = "Rail operator and unions agree pay deal, ending strike threat"
RAIL_TEXT = (
    "Rail unions called off a planned national strike on Tuesday after reaching a pay deal with the operator "
    "following three days of talks.\n\n"
    "The agreement gives drivers and conductors a 4.5 percent rise this year and a further 3 percent in 2027, "
    "according to a statement from the Transport Workers Union.\n\n"
    '"This is a fair settlement that protects jobs and keeps the trains running," union leader Marta Kowalski '
    "told reporters outside the ministry.\n\n"
    "The operator said the deal would add about 120 million euros to its annual wage bill but would avoid "
    "disruption for hundreds of thousands of commuters.\n\n"
    "Transport minister Jonas Weber welcomed the agreement and said the government would not raise fares to "
    "pay for it.\n\n"
    "Members will vote on the deal in a ballot that closes on 20 February."
)
WILDFIRE_TITLE = "Wildfire forces evacuation of hillside villages"
WILDFIRE_PARAGRAPHS = [
    "Firefighters battled a fast-moving wildfire on the slopes above the coastal town of Serra on Monday, "
    "forcing the evacuation of more than 2,000 residents from four hillside villages.",
    "Strong winds of up to 70 kilometres an hour pushed the flames across dry scrubland overnight, the regional "
    "civil protection agency said in a statement.",
    '"The next 24 hours will be decisive because the wind is not expected to drop," said fire chief Paulo '
    "Mendes, who is coordinating more than 300 firefighters and six water-bombing aircraft.",
    "No injuries have been reported, but at least a dozen homes and a school were damaged before crews could "
    "establish a firebreak along the main road.",
    "Authorities opened two sports halls as emergency shelters and closed the coastal motorway between Serra "
    "and the airport as smoke reduced visibility.",
    "The fire is the third major blaze in the region this summer, which meteorologists say has been the driest "
    "on record.",
]
WILDFIRE_PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{WILDFIRE_TITLE} | Coastal Herald</title>
<meta property="og:title" content="{WILDFIRE_TITLE}">
<meta property="og:site_name" content="Coastal Herald">
<meta property="article:published_time" content="2025-07-14T08:00:00Z">
<script>window.analytics = "TRACKING-SCRIPT-TEXT";</script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="banner">Subscribe today for unlimited access to the Coastal Herald</div></header>
<main><article>
<h1>{WILDFIRE_TITLE}</h1>
{"".join(f"<p>{p}</p>" + chr(10) for p in WILDFIRE_PARAGRAPHS)}</article></main>
<footer><p>Copyright 2025 Coastal Herald. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body>
</html>
"""
FLOOD_MARKDOWN = f"# {FLOOD_TITLE}\n\n*By Staff Reporter*\n\n{FLOOD_TEXT}\n"


# --- helpers -----------------------------------------------------------------------------------


@dataclass
class Run:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    started: datetime
    finished: datetime

    def errlines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]

    def __str__(self) -> str:  # shown in assertion messages
        return f"$ wirebrief {' '.join(self.args)}\n-> exit {self.returncode}\n--- stdout\n{self.stdout}\n--- stderr\n{self.stderr}"


def cli_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WIREBRIEF_DB_URL", "WIREBRIEF_CONFIG", "COLUMNS", "LINES")}
    env.update(XDG_DATA_HOME=str(home), HOME=str(home), NO_COLOR="1", PYTHONIOENCODING="utf-8")
    return env


def wirebrief(home: Path, *args: str | Path, stdin: bytes | None = None, env: dict[str, str] | None = None) -> Run:
    """Run the real console script; never lets a traceback pass."""
    argv = [str(a) for a in args]
    started = datetime.now(timezone.utc)
    proc = subprocess.run(
        [*COMMAND, *argv],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env={**cli_env(home), **(env or {})},
        cwd=home,
        timeout=RUN_TIMEOUT_S,
    )
    finished = datetime.now(timezone.utc)
    run = Run(argv, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"), started, finished)
    assert "Traceback" not in run.stdout + run.stderr, str(run)
    return run


def db_url(path: Path) -> str:
    return f"sqlite:///{path}"


TABLES = ("documents", "articles", "sentences", "briefings")


def row_counts(db: Path) -> dict[str, int]:
    """Rows per table, read with the stdlib driver (0 for a missing file or table)."""
    if not db.exists():
        return dict.fromkeys(TABLES, 0)
    with sqlite3.connect(db) as conn:
        present = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] if t in present else 0 for t in TABLES}


def assert_no_half_written_rows(db: Path) -> None:
    """Every stored article has its document, its sentences and its briefing, and nothing dangles."""
    with sqlite3.connect(db) as conn:
        checks = {
            "article without document": "SELECT COUNT(*) FROM articles a LEFT JOIN documents d ON d.id = a.document_id WHERE d.id IS NULL",
            "article without sentences": "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)",
            "article without briefing": "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM briefings b WHERE b.article_id = a.id)",
            "document without article": "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.document_id = d.id)",
            "sentence without article": "SELECT COUNT(*) FROM sentences s LEFT JOIN articles a ON a.id = s.article_id WHERE a.id IS NULL",
            "briefing without article": "SELECT COUNT(*) FROM briefings b LEFT JOIN articles a ON a.id = b.article_id WHERE a.id IS NULL",
        }
        found = {name: conn.execute(sql).fetchone()[0] for name, sql in checks.items()}
    assert found == dict.fromkeys(checks, 0)


def split_briefings(stdout: str) -> list[list[str]]:
    """Markdown output cut into briefings at each header line."""
    blocks: list[list[str]] = []
    for line in stdout.splitlines():
        if HEADER_RE.match(line):
            blocks.append([line])
        elif blocks:
            blocks[-1].append(line)
        else:
            assert not line.strip(), f"text before the first briefing header: {line!r}"
    return [[line for line in block if line.strip()] for block in blocks]


def section_bodies(block: list[str]) -> dict[str, list[str]]:
    """The lines under each of the four seed sections (Impact Analysis runs to the next extra section)."""
    positions = [block.index(section) for section in SECTIONS]
    ends = positions[1:] + [next((i for i, line in enumerate(block) if line in EXTRA_SECTIONS), len(block))]
    return {section: block[start + 1 : end] for section, start, end in zip(SECTIONS, positions, ends)}


def assert_seed_format(block: list[str], *, allowed_extra: tuple[str, ...] = ()) -> None:
    """Header, The Story, Key Points (bullets), Key Takeaways (bullets), Impact Analysis: in that order.

    Empty Key Takeaways / Impact Analysis sections are checked separately.
    """
    assert HEADER_RE.match(block[0]), block[0]
    assert block[1] == "The Story:", block[:3]
    assert all(block.count(section) == 1 for section in SECTIONS), block
    positions = [block.index(section) for section in SECTIONS]
    assert positions == sorted(positions), block
    bodies = section_bodies(block)
    story, points, takeaways = bodies["The Story:"], bodies["Key Points:"], bodies["Key Takeaways:"]
    assert story and not any(line.startswith("- ") for line in story), block
    assert points and all(line.startswith("- ") and len(line) > 3 for line in points), points
    assert declared_absent(takeaways) or all(line.startswith("- ") and len(line) > 3 for line in takeaways), takeaways
    extras = [line for line in block[positions[-1] + 1 :] if line in EXTRA_SECTIONS]
    assert all(line in allowed_extra for line in extras), block


def declared_absent(lines: list[str]) -> bool:
    """A section with nothing in it says so in one line (`render.ABSENT`)."""
    absent = {text.format(source=source) for text in (*render.ABSENT.values(), render.ABSENT_AHEAD_ABOVE) for source in ("source", "sources")}
    return len(lines) == 1 and lines[0] in absent


def empty_sections(block: list[str]) -> list[str]:
    return [section for section, lines in section_bodies(block).items() if not lines or declared_absent(lines)]


def header_time(line: str) -> datetime:
    stamp = line.split(": # ", 1)[0]
    return datetime.strptime(stamp, "%a %b %d %H:%M:%S UTC %Y").replace(tzinfo=timezone.utc)


def squash(text: str) -> str:
    return " ".join(text.split())


def statements(briefing: dict) -> list[dict]:
    return [s for field in STATEMENT_FIELDS for s in briefing[field]]


def assert_citations_resolve(briefing: dict, source_text: str) -> None:
    """Every statement cites sentences of this briefing's articles whose text is in the input."""
    article_ids = {source["article_id"] for source in briefing["sources"]}
    cited = briefing["cited_sentences"]
    for statement in statements(briefing):
        assert statement["citations"], f"statement without citation: {statement['text']!r}"
        for article_id, index in statement["citations"]:
            assert article_id in article_ids and isinstance(index, int) and index >= 0
            text = cited.get(f"{article_id}:{index}")
            assert text and text.strip(), f"citation {article_id}:{index} has no sentence text"
            assert squash(text) in squash(source_text), f"cited sentence not in the input: {text!r}"


def require_seed(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"seed file {path} not present (expected at <repo>/../shared/seeds)")
    return path


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


# --- brief: the seed digest ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_md(home: Path) -> Run:
    return wirebrief(home, "brief", require_seed(SEED_DIGEST), "--published", "2026-02-05")


@pytest.fixture(scope="module")
def seed_json(home: Path) -> tuple[Run, list[dict]]:
    run = wirebrief(home, "brief", require_seed(SEED_DIGEST), "--format", "json", "--published", "2026-02-05")
    assert run.returncode == 0, str(run)
    return run, json.loads(run.stdout)


def test_seed_digest_gives_exactly_the_six_stories(seed_md: Run) -> None:
    assert seed_md.returncode == 0, str(seed_md)
    headers = [line for line in seed_md.stdout.splitlines() if HEADER_RE.match(line)]
    assert [line.split(": # ", 1)[1] for line in headers] == SEED_HEADLINES


def test_seed_briefings_follow_the_seed_format(seed_md: Run) -> None:
    blocks = split_briefings(seed_md.stdout)
    assert len(blocks) == 6
    for block in blocks:
        assert_seed_format(block)
    # The format checked is the seed's own: the reference briefing passes the same check.
    if SEED_FORMAT.is_file():
        assert_seed_format([line for line in SEED_FORMAT.read_text(encoding="utf-8").splitlines() if line.strip()])


def test_seed_header_is_the_generation_time_in_utc(seed_md: Run) -> None:
    headers = [line for line in seed_md.stdout.splitlines() if HEADER_RE.match(line)]
    assert len(headers) == 6
    for line in headers:
        # `date` layout: day of month padded with a space, not a zero
        assert not re.match(r"^\w{3} \w{3} 0\d ", line), line
        moment = header_time(line)
        assert seed_md.started.replace(microsecond=0) - timedelta(seconds=1) <= moment <= seed_md.finished, line


def test_seed_briefings_carry_no_clutter(seed_md: Run, seed_json: tuple[Run, list[dict]]) -> None:
    seed_text = SEED_DIGEST.read_text(encoding="utf-8")
    present = [c for c in CLUTTER if c in seed_text]
    assert len(present) >= 6, "the seed no longer holds the clutter this test looks for"
    run, _ = seed_json
    for output in (seed_md.stdout, run.stdout):
        assert [c for c in CLUTTER if c in output] == []


def test_seed_json_every_statement_is_cited_and_recoverable(seed_json: tuple[Run, list[dict]]) -> None:
    _, briefings = seed_json
    assert [b["title"] for b in briefings] == SEED_HEADLINES
    seed_text = SEED_DIGEST.read_text(encoding="utf-8")
    for briefing in briefings:
        assert datetime.fromisoformat(briefing["generated_at"]).utcoffset() == timedelta(0)
        assert briefing["id"] and len(briefing["sources"]) == 1
        assert_citations_resolve(briefing, seed_text)


def test_published_anchors_relative_weekdays(seed_json: tuple[Run, list[dict]]) -> None:
    _, briefings = seed_json
    ukraine = briefings[0]
    wednesdays = [e for e in ukraine["timeline"] if e["text"] == "Wednesday"]
    assert wednesdays, ukraine["timeline"]
    assert {e["date"] for e in wednesdays} == {"2026-02-04"}
    # Every bare weekday in every story lands in the week around Thursday 5 February 2026.
    published = date(2026, 2, 5)
    for briefing in briefings:
        for event in briefing["timeline"]:
            if event["text"] in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"):
                assert abs((date.fromisoformat(event["date"]) - published).days) <= 6, event


def test_past_tense_late_weekday_in_a_sentence_with_a_future_cue(seed_json: tuple[Run, list[dict]]) -> None:
    """'Araghchi announced late Wednesday that the talks were scheduled to … on Friday': the past-tense
    clause reads Wednesday as gone (test_dates): the saying's day, not the following Wednesday; the
    timeline dates the sentence by the talks it reports, or not at all."""
    _, briefings = seed_json
    iran = briefings[2]
    entries = [e for e in iran["timeline"] if "Araghchi announced late Wednesday" in e["statement"]["text"]]
    assert {e["date"] for e in entries} <= {"2026-02-06"}, iran["timeline"]
    assert all(e["date"] <= "2026-02-05" for e in iran["timeline"] if "Wednesday" in e["text"]), iran["timeline"]


def test_past_month_in_a_sentence_with_next_generation(seed_json: tuple[Run, list[dict]]) -> None:
    """'... the next generation ...,' Ben-Ami said in a January post: January 2026, not 2027."""
    _, briefings = seed_json
    aipac = briefings[4]
    january = [e for e in aipac["timeline"] if "January" in e["text"]]
    assert january and {e["date"][:7] for e in january} == {"2026-01"}, aipac["timeline"]


# --- brief: JSON Lines in, JSON Lines out --------------------------------------------------------


def test_jsonl_rows_give_one_cited_briefing_each_with_source_id(home: Path, tmp_path: Path) -> None:
    rows = [
        {"id": "wire-001", "title": FLOOD_TITLE, "url": "https://coastal.example/flood", "published": "2026-02-05", "text": FLOOD_TEXT},
        {"id": "wire-002", "title": RAIL_TITLE, "text": RAIL_TEXT},
    ]
    source = tmp_path / "wire.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")

    run = wirebrief(home, "brief", source, "--format", "jsonl")

    assert run.returncode == 0, str(run)
    lines = run.stdout.strip().splitlines()
    assert len(lines) == 2
    out = [json.loads(line) for line in lines]
    assert [o["source_id"] for o in out] == ["wire-001", "wire-002"]
    assert [o["title"] for o in out] == [FLOOD_TITLE, RAIL_TITLE]
    assert out[0]["sources"][0]["url"] == "https://coastal.example/flood"
    for briefing, row in zip(out, rows):
        assert briefing["sources"][0]["source_id"] == row["id"]
        assert_citations_resolve(briefing, row["text"])
    # The row's own "published" anchors its dates: Wednesday before Thursday 5 February 2026.
    assert {e["date"] for e in out[0]["timeline"] if e["text"] == "Wednesday"} == {"2026-02-04"}


def test_a_jsonl_row_is_never_split_into_stories(home: Path, tmp_path: Path) -> None:
    digest = f"{FLOOD_TITLE}\n\n{FLOOD_TEXT}\n\n{RAIL_TITLE}\n\n{RAIL_TEXT}\n"
    as_text = tmp_path / "digest.txt"
    as_text.write_text(digest, encoding="utf-8")
    as_row = tmp_path / "digest.jsonl"
    as_row.write_text(json.dumps({"id": 42, "text": digest}) + "\n", encoding="utf-8")

    run = wirebrief(home, "brief", as_text, as_row, "--format", "jsonl")

    assert run.returncode == 0, str(run)
    out = [json.loads(line) for line in run.stdout.strip().splitlines()]
    from_text = [o for o in out if o["source_id"] is None]
    from_row = [o for o in out if o["source_id"] is not None]
    assert [o["title"] for o in from_text] == [FLOOD_TITLE, RAIL_TITLE]  # the same text as a file is a digest
    assert len(from_row) == 1 and from_row[0]["source_id"] == "42"


# --- brief: stdin, HTML, folders, citations ------------------------------------------------------


@pytest.fixture(scope="module")
def wildfire(home: Path) -> Run:
    return wirebrief(home, "brief", "-", "--citations", stdin=WILDFIRE_PAGE.encode("utf-8"))


def test_html_on_stdin_with_citations(wildfire: Run) -> None:
    run = wildfire
    assert run.returncode == 0, str(run)
    blocks = split_briefings(run.stdout)
    assert len(blocks) == 1
    block = blocks[0]
    assert block[0].endswith(f": # {WILDFIRE_TITLE}")
    assert_seed_format(block, allowed_extra=("Sources:",))
    sources_at = block.index("Sources:")
    body, sources = block[1:sources_at], block[sources_at + 1 :]
    for clutter in ("TRACKING-SCRIPT-TEXT", "Subscribe", "Copyright", "Privacy policy", "Coastal Herald"):
        assert clutter not in "\n".join(block[:sources_at])  # the site's name is the outlet of the sources only
    marked = [line for line in body if line not in SECTIONS]
    assert marked and all(re.search(r"\[\d+\]$", line) for line in marked), marked
    used = {int(n) for line in marked for n in re.findall(r"\[(\d+)\]", line)}
    listed = [re.match(r"^\[(\d+)\] (.+)$", line) for line in sources]
    assert all(listed), sources
    numbers = [int(m.group(1)) for m in listed]
    assert numbers == list(range(1, len(numbers) + 1)) and set(numbers) == used
    page_text = " ".join(WILDFIRE_PARAGRAPHS)
    for match in listed:
        assert match.group(2).startswith(f"{WILDFIRE_TITLE} (Coastal Herald), sentence ")  # named by its og:site_name
        sentence = match.group(2).split(": ", 1)[1]
        assert sentence and sentence in page_text


def test_a_short_article_still_fills_impact_analysis(wildfire: Run) -> None:
    blocks = split_briefings(wildfire.stdout)
    assert len(blocks) == 1
    assert empty_sections(blocks[0]) == []


def test_every_seed_briefing_fills_all_four_sections(seed_md: Run, seed_json) -> None:
    """Unless the story has fewer sentences than there are sections: a sentence serves one section only."""
    _, briefings = seed_json
    short = {b["title"] for b in briefings if len(b["story"]) + len(b["key_points"]) + len(b["key_takeaways"]) + len(b["impact_analysis"]) < 4}
    assert len(short) <= 1  # the video segment's three sentences
    empty = {block[0].split(": # ", 1)[1]: empty_sections(block) for block in split_briefings(seed_md.stdout)}
    assert {title: sections for title, sections in empty.items() if sections and title not in short} == {}
    assert all(len(sections) <= 1 for sections in empty.values())


def test_folder_briefs_good_files_and_skips_unreadable_ones(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "nested").mkdir(parents=True)
    (folder / "flood.md").write_text(FLOOD_MARKDOWN, encoding="utf-8")
    (folder / "nested" / "fire.html").write_text(WILDFIRE_PAGE, encoding="utf-8")
    (folder / "broken.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(folder / "pipe.txt")

    run = wirebrief(home, "brief", folder)

    assert run.returncode == 0, str(run)
    blocks = split_briefings(run.stdout)
    assert sorted(block[0].split(": # ", 1)[1] for block in blocks) == sorted([FLOOD_TITLE, WILDFIRE_TITLE])
    for block in blocks:
        assert_seed_format(block)
    assert "Staff Reporter" not in run.stdout and "# #" not in run.stdout
    for bad in ("broken.txt", "pipe.txt"):
        mentions = [line for line in run.errlines() if bad in line]
        assert len(mentions) == 1 and mentions[0].startswith("skip: ") and str(folder / bad) in mentions[0], run.stderr


# --- bad input -----------------------------------------------------------------------------------


def make_bad_inputs(where: Path) -> list[Path]:
    where.mkdir(parents=True, exist_ok=True)
    empty = where / "empty.txt"
    empty.write_bytes(b"")
    binary = where / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    huge = where / "huge.txt"
    with huge.open("w", encoding="utf-8") as f:
        f.write(f"{FLOOD_TITLE}\n\n{FLOOD_TEXT}\n")
        f.truncate(50 * 1024 * 1024)
    latin1 = where / "latin1.txt"
    latin1.write_bytes(f"{FLOOD_TITLE}\n\nThe café owner said prices rose.\n".encode("latin-1"))
    scripts = where / "scripts.html"
    scripts.write_text(
        "<!DOCTYPE html><html><head><script>var a = 1;</script></head>"
        "<body><script>document.write('hello world, this is not an article');</script></body></html>",
        encoding="utf-8",
    )
    return [empty, binary, huge, latin1, scripts]


def assert_one_error_line_each(run: Run, inputs: list[Path]) -> None:
    lines = run.errlines()
    for path in inputs:
        mentions = [line for line in lines if str(path) in line]
        assert len(mentions) == 1, f"{path.name}: {mentions}\n{run}"
        assert mentions[0].startswith("error: "), mentions[0]


def test_bad_inputs_give_one_line_errors_and_a_failing_exit(home: Path, tmp_path: Path) -> None:
    inputs = make_bad_inputs(tmp_path / "bad")

    run = wirebrief(home, "brief", *inputs)

    assert run.returncode != 0, str(run)
    assert run.stdout.strip() == ""
    assert_one_error_line_each(run, inputs)
    reasons = {path.name: next(line for line in run.errlines() if str(path) in line) for path in inputs}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["image.txt"]
    assert "too large" in reasons["huge.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "no article text" in reasons["scripts.html"]


def test_empty_stdin_is_a_one_line_error(home: Path) -> None:
    run = wirebrief(home, "brief", "-", stdin=b"  \n\n")

    assert run.returncode != 0 and run.stdout.strip() == "", str(run)
    assert len(run.errlines()) == 1, str(run)
    line = run.errlines()[0]
    assert line.startswith("error: ") and ("stdin" in line or "error: -:" in line) and "empty" in line


# --- ingest, stories, show -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def library(home: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A database holding a folder (markdown, HTML, a broken symlink, a FIFO) and a two-row JSONL file."""
    root = tmp_path_factory.mktemp("library")
    folder = root / "inbox"
    folder.mkdir()
    (folder / "flood.md").write_text(FLOOD_MARKDOWN, encoding="utf-8")
    (folder / "fire.html").write_text(WILDFIRE_PAGE, encoding="utf-8")
    (folder / "broken.txt").symlink_to(root / "missing.txt")
    os.mkfifo(folder / "pipe.txt")
    wire = root / "wire.jsonl"
    wire.write_text(
        json.dumps({"id": "wire-002", "title": RAIL_TITLE, "text": RAIL_TEXT, "published": "2026-02-03"}) + "\n",
        encoding="utf-8",
    )
    db = root / "wb.db"
    run = wirebrief(home, "ingest", folder, wire, "--db", db_url(db))
    return {"db": db, "folder": folder, "wire": wire, "run": run, "counts": row_counts(db)}


def test_ingest_stores_documents_articles_sentences_and_briefings(library: dict) -> None:
    run, db = library["run"], library["db"]
    assert run.returncode == 0, str(run)
    assert library["counts"]["documents"] == 3
    assert library["counts"]["articles"] == 3
    assert library["counts"]["briefings"] == 3
    assert library["counts"]["sentences"] >= 3 * 5
    assert_no_half_written_rows(db)
    with sqlite3.connect(db) as conn:
        titles = {t for (t,) in conn.execute("SELECT title FROM briefings")}
        source_ids = {s for (s,) in conn.execute("SELECT source_id FROM articles WHERE source_id IS NOT NULL")}
    assert titles == {FLOOD_TITLE, WILDFIRE_TITLE, RAIL_TITLE}
    assert source_ids == {"wire-002"}
    for bad in ("broken.txt", "pipe.txt"):
        assert [line for line in run.errlines() if bad in line and line.startswith("skip: ")], run.stderr
    assert any(line.startswith("3 new stories") for line in run.errlines()), run.stderr


def test_ingesting_the_same_content_twice_adds_nothing_and_says_so(home: Path, library: dict) -> None:
    db = library["db"]
    # The same folder and file again, and the markdown once more through stdin (another origin, same content).
    run = wirebrief(home, "-v", "ingest", library["folder"], library["wire"], "-", "--db", db_url(db), stdin=FLOOD_MARKDOWN.encode())

    assert run.returncode == 0, str(run)
    assert row_counts(db) == library["counts"]
    # flood.md, fire.html, wire.jsonl:1 and - each hold one story, already stored (per source with -v)
    assert [line for line in run.errlines() if line.startswith("0 new stories") and line.endswith("(4 already stored)")], run.stderr
    per_source = [line for line in run.errlines() if "stored 0 of 1 stories from" in line]
    assert len(per_source) == 4, run.stderr


def test_stories_lists_what_was_stored(home: Path, library: dict) -> None:
    db = library["db"]
    run = wirebrief(home, "stories", "--articles", "--db", db_url(db), env={"COLUMNS": "250"})

    assert run.returncode == 0, str(run)
    with sqlite3.connect(db) as conn:
        briefing_ids = [b for (b,) in conn.execute("SELECT id FROM briefings")]
    for briefing_id in briefing_ids:
        assert briefing_id in run.stdout
    for title in (FLOOD_TITLE, WILDFIRE_TITLE, RAIL_TITLE):
        assert title in run.stdout, run.stdout
    # Newest first: by published date (2026-02-03, 2025-07-14), undated last.
    positions = [run.stdout.index(title) for title in (RAIL_TITLE, WILDFIRE_TITLE, FLOOD_TITLE)]
    assert positions == sorted(positions), run.stdout
    assert "2026-02-03" in run.stdout and "2025-07-14" in run.stdout


def test_show_reads_a_briefing_back_by_unique_prefix(home: Path, library: dict) -> None:
    db = library["db"]
    with sqlite3.connect(db) as conn:
        briefing_id, generated_at = conn.execute("SELECT id, generated_at FROM briefings WHERE title = ?", (FLOOD_TITLE,)).fetchone()
        all_ids = [b for (b,) in conn.execute("SELECT id FROM briefings")] + [a for (a,) in conn.execute("SELECT id FROM articles")]
    prefix = next(briefing_id[:n] for n in range(4, len(briefing_id)) if sum(i.startswith(briefing_id[:n]) for i in all_ids) == 1)

    run = wirebrief(home, "show", prefix, "--db", db_url(db), "--citations")

    assert run.returncode == 0, str(run)
    blocks = split_briefings(run.stdout)
    assert len(blocks) == 1 and blocks[0][0].endswith(f": # {FLOOD_TITLE}")
    assert_seed_format(blocks[0], allowed_extra=("Sources:",))
    # The header shows the stored generation time, not the time of `show`.
    stored = datetime.fromisoformat(str(generated_at)).replace(tzinfo=timezone.utc, microsecond=0)
    assert header_time(blocks[0][0]) == stored
    after = blocks[0][blocks[0].index("Sources:") + 1 :]
    sources = after[: next((i for i, line in enumerate(after) if not line.startswith("[")), len(after))]
    assert sources and all(": " in line.split(", sentence ", 1)[1] for line in sources)


def test_show_by_article_id_as_json_carries_source_id_and_sentences(home: Path, library: dict) -> None:
    db = library["db"]
    with sqlite3.connect(db) as conn:
        (article_id,) = conn.execute("SELECT id FROM articles WHERE source_id = 'wire-002'").fetchone()

    run = wirebrief(home, "show", article_id, "--db", db_url(db), "--format", "json")

    assert run.returncode == 0, str(run)
    briefing = json.loads(run.stdout)
    assert briefing["title"] == RAIL_TITLE
    assert briefing["source_id"] == "wire-002"
    assert_citations_resolve(briefing, RAIL_TEXT)


def test_ingest_of_bad_inputs_stores_nothing(home: Path, tmp_path: Path) -> None:
    inputs = make_bad_inputs(tmp_path / "bad")
    db = tmp_path / "wb.db"

    run = wirebrief(home, "ingest", *inputs, "--db", db_url(db))

    assert run.returncode != 0, str(run)
    assert_one_error_line_each(run, inputs)
    assert row_counts(db) == dict.fromkeys(TABLES, 0)


def test_default_database_lives_under_xdg_data_home(home: Path, tmp_path: Path) -> None:
    """No --db and no WIREBRIEF_DB_URL: the database is created under $XDG_DATA_HOME, never in the real home."""
    data_home = tmp_path / "xdg"
    run = wirebrief(home, "ingest", "-", env={"XDG_DATA_HOME": str(data_home)}, stdin=FLOOD_MARKDOWN.encode())

    assert run.returncode == 0, str(run)
    db = data_home / "wirebrief" / "wirebrief.db"
    assert row_counts(db)["briefings"] == 1
    assert str(db) in run.stderr


# --- in-process: cheap argument and lookup errors (no model load) ----------------------------------


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("WIREBRIEF_DB_URL", raising=False)
    return CliRunner()


def test_bad_published_date_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(f"{FLOOD_TITLE}\n\n{FLOOD_TEXT}\n", encoding="utf-8")

    result = runner.invoke(app, ["brief", str(story), "--published", "5 February"])

    assert result.exit_code == 2
    assert "--published" in result.stderr and "2026-02-05" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.output


def test_show_unknown_id_and_empty_stories(runner: CliRunner, tmp_path: Path) -> None:
    url = db_url(tmp_path / "empty.db")

    shown = runner.invoke(app, ["show", "deadbeef", "--db", url])
    assert shown.exit_code == 1 and shown.stdout == ""
    assert shown.stderr.strip().splitlines() == ["error: no briefing matches id 'deadbeef'"]

    listed = runner.invoke(app, ["stories", "--db", url])
    assert listed.exit_code == 0 and listed.stdout == ""
    assert "no stories stored yet" in listed.stderr


SYNDICATED = (
    "Harbour authority approves new sea wall\n\n"
    "The harbour authority voted on Tuesday to build a 4 km sea wall protecting the old port from storm surges "
    "that have flooded it six times in ten years. The project will cost £120m and take four years, the authority said. "
    "Engineers said the wall would be designed for sea levels expected in 2080. Local traders welcomed the vote, "
    "saying the floods had closed shops for weeks at a time. Ministers have promised £60m from the national flood fund, "
    "and the authority will borrow the rest over thirty years."
)


def test_show_lists_the_sources_that_also_carried_a_story(runner: CliRunner, tmp_path: Path) -> None:
    """A syndicated copy with a small edit is stored once; `show` names the other source."""
    original, copy = tmp_path / "agency.txt", tmp_path / "paper.txt"
    original.write_text(SYNDICATED, encoding="utf-8")
    copy.write_text(SYNDICATED.replace("on Tuesday", "on Tuesday evening") + " Reporting by the Wire Agency.", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'wb.db'}"
    assert runner.invoke(app, ["ingest", str(original), "--db", db]).exit_code == 0
    assert runner.invoke(app, ["ingest", str(copy), "--db", db]).exit_code == 0
    listed = runner.invoke(app, ["stories", "--articles", "--db", db])
    [article_id] = re.findall(r"^\s*([0-9a-f]{16})\s", listed.stdout, re.M)
    shown = runner.invoke(app, ["show", article_id, "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "Also reported by:\n- paper.txt: " in shown.stdout  # named by the file's name, never its path
    as_json = json.loads(runner.invoke(app, ["show", article_id, "--db", db, "--format", "json"]).stdout)
    assert [(c["origin"], c["source"]) for c in as_json["also_reported_by"]] == [("paper.txt", "paper.txt")]
    assert str(tmp_path) not in shown.stdout + json.dumps(as_json)


def test_brief_reads_its_own_format_back(runner: CliRunner, tmp_path: Path) -> None:
    """A briefing in the seed format, briefed again: its title and the header's time as publication date, its
    bullets read as sentences (no "- - "), its section labels not as content."""
    if not SEED_FORMAT.is_file():
        pytest.skip("shared/seeds is not beside the checkout")
    title = SEED_FORMAT.read_text(encoding="utf-8").splitlines()[0].split(": # ", 1)[1]

    as_json = runner.invoke(app, ["brief", str(SEED_FORMAT), "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    (briefing,) = json.loads(as_json.stdout)
    assert briefing["title"] == title and briefing["sources"][0]["published"] == "2026-01-25"

    as_markdown = runner.invoke(app, ["brief", str(SEED_FORMAT)])
    assert as_markdown.exit_code == 0, as_markdown.output
    lines = as_markdown.stdout.splitlines()
    assert lines[0].endswith(f": # {title}") and lines.count("Key Points:") == 1
    assert not any(line.startswith("- - ") for line in lines)
    labels = ("The Story:", "Key Points:", "Key Takeaways:", "Impact Analysis:")
    assert not any(label in line for line in lines if line not in labels for label in labels)


def test_brief_on_its_own_digest_output_gives_one_story_per_briefing(runner: CliRunner, tmp_path: Path) -> None:
    digest = Path(__file__).resolve().parents[1] / "examples" / "digest.txt"
    first = runner.invoke(app, ["brief", str(digest), "--citations", "--extras"])
    assert first.exit_code == 0, first.output
    briefed = tmp_path / "briefings.md"
    briefed.write_text(first.stdout, encoding="utf-8")
    titles = [line.split(": # ", 1)[1] for line in first.stdout.splitlines() if ": # " in line]

    again = runner.invoke(app, ["brief", str(briefed), "--format", "json"])
    assert again.exit_code == 0, again.output
    briefings = json.loads(again.stdout)
    assert len(titles) >= 2 and [b["title"] for b in briefings] == titles
    statements = [s["text"] for b in briefings for name in ("story", "key_points", "key_takeaways") for s in b[name]]
    assert statements and not any(re.search(r"\[\d+\]|^- |Sources:", text) for text in statements)
