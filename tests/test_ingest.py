"""Ingest: real files in tmp_path, no mocks."""

from __future__ import annotations

import io
import json
import os
import time
from datetime import date
from pathlib import Path

import pytest

from wirebrief.config import Settings
from wirebrief.errors import InputError
from wirebrief.ingest import IngestResult, Skip, read_bytes, read_sources
from wirebrief.models import content_id

SETTINGS = Settings(db_url="sqlite://", model="unused")
MB = 1024 * 1024

DIGEST = (
    "Morning digest\r\n"
    "\r\n"
    "Harbour council approves flood barrier   \r\n"
    "The council voted nine to four on Wednesday.\t\r\n"
    "\r\n"
    "Rail strike called off\r\n"
    "Unions and the operator reached a deal late on Tuesday.\r\n"
)

ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour council approves flood barrier | Coastal Times</title>
<meta property="og:title" content="Harbour council approves flood barrier">
<meta property="og:site_name" content="Coastal Times">
<meta property="og:url" content="https://coastal.example/news/flood-barrier">
<meta name="author" content="Jane Doe; John Smith">
<meta property="article:published_time" content="2024-03-14T09:30:00Z">
<script>var tracking = "TRACKING-SCRIPT-TEXT";</script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="banner">Subscribe today for unlimited access</div></header>
<main>
<article>
<h1>Harbour council approves flood barrier</h1>
<p>The harbour council voted on Wednesday to build a 40 million euro flood barrier across the
mouth of the estuary, ending a decade of debate over how to protect the old town.</p>
<p>Councillors approved the plan by nine votes to four after a three-hour session in which
residents urged them to act before next winter's storm season.</p>
<p>"We cannot keep bailing out the same streets every January," said mayor Anna Berg, who has
championed the barrier since her election in 2019.</p>
<p>Construction is due to start in the autumn and take about three years. The regional
government has promised to cover half of the cost.</p>
</article>
</main>
<footer><p>Copyright 2024 Coastal Times. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
<script>console.log("FOOTER-SCRIPT-TEXT");</script>
</body>
</html>
"""

ALL_SCRIPT_PAGE = """<!doctype html>
<html><head><script>var a = "only script here";</script></head>
<body><script>document.write("rendered by javascript");</script></body></html>
"""


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def only_error(result: IngestResult) -> Skip:
    assert result.documents == []
    assert len(result.errors) == 1, result.errors
    return result.errors[0]


# --- text and markdown -------------------------------------------------------------------------


def test_text_digest_is_one_normalised_document(tmp_path: Path) -> None:
    path = write(tmp_path / "digest.txt", "\ufeff" + DIGEST)
    result = read_sources([str(path)], SETTINGS, published=date(2024, 3, 14))
    assert result.errors == [] and result.skipped == []
    [doc] = result.documents
    assert doc.text == (
        "Morning digest\n\nHarbour council approves flood barrier\n"
        "The council voted nine to four on Wednesday.\n\n"
        "Rail strike called off\nUnions and the operator reached a deal late on Tuesday."
    )
    assert doc.id == content_id(doc.text)
    assert doc.origin == str(path)
    assert doc.single_article is False
    assert doc.published == date(2024, 3, 14)
    assert doc.title is None


def test_markdown_is_read_as_text(tmp_path: Path) -> None:
    markdown = "# Flood barrier\n\n* Council votes **9-4**\n* Work starts in autumn\n"
    path = write(tmp_path / "notes.md", markdown)
    [doc] = read_sources([str(path)], SETTINGS).documents
    assert doc.text == markdown.rstrip("\n")
    assert doc.single_article is False
    assert doc.published is None


def test_same_content_twice_gets_same_id(tmp_path: Path) -> None:
    first = write(tmp_path / "a.txt", DIGEST)
    second = write(tmp_path / "b.txt", DIGEST.replace("\r\n", "\n"))
    other = write(tmp_path / "c.txt", DIGEST + "One more line.\n")
    docs = read_sources([str(first), str(second), str(other)], SETTINGS).documents
    assert docs[0].id == docs[1].id
    assert docs[0].id != docs[2].id
    assert [d.origin for d in docs] == [str(first), str(second), str(other)]


# --- HTML --------------------------------------------------------------------------------------


def test_html_article_page_is_extracted(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", ARTICLE_PAGE)
    result = read_sources([str(path)], SETTINGS, published=date(2000, 1, 1))
    assert result.errors == []
    [doc] = result.documents
    assert doc.title == "Harbour council approves flood barrier"
    assert doc.published == date(2024, 3, 14)  # the page's own date wins
    assert doc.authors == ("Jane Doe", "John Smith")
    assert doc.site == "Coastal Times"
    assert doc.url == "https://coastal.example/news/flood-barrier"
    assert doc.language == "en"
    assert doc.single_article is True
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("The harbour council voted on Wednesday")
    assert paragraphs[-1].endswith("cover half of the cost.")
    for junk in ("TRACKING-SCRIPT-TEXT", "FOOTER-SCRIPT-TEXT", "Subscribe today", "Privacy policy", "<p>"):
        assert junk not in doc.text
    assert doc.id == content_id(doc.text)


def test_html_is_sniffed_without_suffix_and_honours_declared_charset(tmp_path: Path) -> None:
    page = ARTICLE_PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("40 million euro", "40 million €")
    path = write(tmp_path / "saved_page", page.encode("windows-1252"))
    [doc] = read_sources([str(path)], SETTINGS).documents
    assert doc.single_article is True
    assert "40 million €" in doc.text


def test_html_copyright_year_is_not_a_publication_date() -> None:
    page = (
        "<html><head><title>Budget passed</title></head><body><article><h1>Budget passed</h1>"
        "<p>The council met briefly on Monday and approved the budget without any debate at all.</p>"
        "</article><footer>(c) 2019 Coastal Times</footer></body></html>"
    )
    [doc] = read_bytes(page.encode(), "-", SETTINGS, published=date(2024, 5, 6))
    assert doc.published == date(2024, 5, 6)
    assert doc.text == "The council met briefly on Monday and approved the budget without any debate at all."
    assert doc.language is None


def test_html_with_only_scripts_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.html", ALL_SCRIPT_PAGE)
    error = only_error(read_sources([str(path)], SETTINGS))
    assert error == Skip(str(path), "no article text found in HTML")
    with pytest.raises(InputError, match="no article text found in HTML"):
        read_bytes(ALL_SCRIPT_PAGE.encode(), "page", SETTINGS, name_hint="page.html")


# --- JSON Lines --------------------------------------------------------------------------------


def test_jsonl_good_rows_kept_bad_rows_skipped_with_line_numbers(tmp_path: Path) -> None:
    rows = [
        json.dumps({"id": "a1", "text": "Barrier approved.\r\nWork starts in autumn.", "title": "Barrier",
                    "url": "https://x.example/a1", "published": "2024-03-14"}),
        "{not json",
        json.dumps({"id": 7, "text": "Strike called off.", "published": "2024-03-15T08:00:00Z"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "", "text": "No id."}),
        json.dumps({"id": "b2"}),
        json.dumps({"id": "c3", "text": "Bad date.", "published": "yesterday"}),
        json.dumps({"id": "d4", "text": "No date of its own."}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(rows) + "\n")
    result = read_sources([str(path)], SETTINGS, published=date(2024, 1, 1))
    assert result.errors == []
    assert [d.source_id for d in result.documents] == ["a1", "7", "d4"]
    first, second, third = result.documents
    assert first.text == "Barrier approved.\nWork starts in autumn."
    assert (first.title, first.url, first.published) == ("Barrier", "https://x.example/a1", date(2024, 3, 14))
    assert second.published == date(2024, 3, 15)
    assert third.published == date(2024, 1, 1)  # falls back to the argument
    assert all(d.single_article for d in result.documents)
    assert first.origin == f"{path}:1"
    assert [s.origin for s in result.skipped] == [f"{path}:{n}" for n in (2, 4, 6, 7, 8)]
    reasons = [s.reason for s in result.skipped]
    assert reasons[0].startswith("line 2: invalid JSON")
    assert reasons[1] == "line 4: expected a JSON object, got list"
    assert reasons[2].startswith('line 6: missing or empty "id"')
    assert reasons[3].startswith('line 7: missing or empty "text"')
    assert reasons[4].startswith('line 8: bad "published" date')


def test_jsonl_where_every_row_fails_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.jsonl", '{"id": "x"}\n[1, 2]\n')
    error = only_error(read_sources([str(path)], SETTINGS))
    assert error.origin == str(path)
    assert error.reason.startswith('no usable rows; line 1: missing or empty "text"')
    assert "1 more" in error.reason


def test_jsonl_row_with_invalid_utf8_is_skipped_alone(tmp_path: Path) -> None:
    data = b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "fine"}\n'
    path = write(tmp_path / "feed.json-lines", data)
    result = read_sources([str(path)], SETTINGS)
    assert [d.source_id for d in result.documents] == ["b"]
    assert result.skipped == [Skip(f"{path}:1", "line 1: not valid UTF-8 (byte 0xe9 at column 25)")]


# --- stdin -------------------------------------------------------------------------------------


def test_stdin_text(tmp_path: Path) -> None:
    result = read_sources(["-"], SETTINGS, stdin=io.BytesIO(DIGEST.encode()))
    [doc] = result.documents
    assert doc.origin == "<stdin>"
    assert doc.text.startswith("Morning digest\n\nHarbour council")
    assert doc.single_article is False


def test_stdin_html_and_jsonl_are_sniffed() -> None:
    [page] = read_sources(["-"], SETTINGS, stdin=io.BytesIO(ARTICLE_PAGE.encode())).documents
    assert page.title == "Harbour council approves flood barrier"
    assert "FOOTER-SCRIPT-TEXT" not in page.text
    jsonl = b'{"id": "r1", "text": "Row one."}\n{"id": "r2", "text": "Row two."}\n'
    rows = read_sources(["-"], SETTINGS, stdin=io.BytesIO(jsonl)).documents
    assert [d.source_id for d in rows] == ["r1", "r2"]


def test_stdin_too_large_reads_only_limit_plus_one() -> None:
    settings = Settings(db_url="sqlite://", model="unused", max_input_bytes=1000)
    stream = io.BytesIO(b"a" * 5000)
    error = only_error(read_sources(["-"], settings, stdin=stream))
    assert error.origin == "<stdin>" and error.reason.startswith("too large: more than")
    assert stream.tell() == 1001


# --- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty input"),
        (b"  \n\t\r\n  \n", "empty input"),
        ("\ufeff \u00a0\u2003\n".encode(), "empty input"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + b"IHDR", "binary file, not text"),
        (b"text with bell \x07\x07\x07\x07\x07\x07\x02\x03\x04\x05", "binary file, not text"),
        ("Caf\u00e9 society\n".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 3); convert it to UTF-8"),
        ("\ufeffCaf\u00e9".encode("utf-8")[:-1] + b"\xff", "not valid UTF-8 (byte 0xc3 at offset 6); convert it to UTF-8"),
        ("hello".encode("utf-16"), "UTF-16 text; convert it to UTF-8"),
    ],
    ids=["empty", "whitespace", "unicode-whitespace", "png", "control-chars", "latin-1", "bad-utf8-after-bom", "utf16"],
)
def test_bad_file_is_an_error_with_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = write(tmp_path / "input.txt", content)
    assert only_error(read_sources([str(path)], SETTINGS)) == Skip(str(path), reason)
    with pytest.raises(InputError) as raised:
        read_bytes(content, "x", SETTINGS)
    assert raised.value.reason == reason
    assert str(raised.value) == f"x: {reason}"


def test_50mb_file_rejected_by_size_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(50 * MB)  # sparse: no 50 MB written, and reading it would be slow
    started = time.perf_counter()
    error = only_error(read_sources([str(path)], SETTINGS))
    assert time.perf_counter() - started < 0.5
    assert error == Skip(str(path), "too large: 50.0 MB, limit 20.0 MB")


def test_oversized_bytes_rejected_by_read_bytes() -> None:
    settings = Settings(db_url="sqlite://", model="unused", max_input_bytes=10)
    with pytest.raises(InputError, match="too large"):
        read_bytes(b"x" * 11, "x", settings)
    assert read_bytes(b"x" * 10, "x", settings)[0].text == "x" * 10


def test_missing_path_fifo_and_broken_symlink_are_errors(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    good = write(tmp_path / "good.txt", "A story.\n")
    result = read_sources([str(missing), str(fifo), str(link), str(good)], SETTINGS)
    assert [d.origin for d in result.documents] == [str(good)]
    assert result.errors == [
        Skip(str(missing), "no such file"),
        Skip(str(fifo), "not a regular file"),
        Skip(str(link), "broken symlink"),
    ]
    assert result.skipped == []


# --- folders -----------------------------------------------------------------------------------


def test_folder_reads_good_files_and_skips_bad_ones(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    write(folder / "b_digest.txt", DIGEST)
    write(folder / "a_page.html", ARTICLE_PAGE)
    write(folder / "sub" / "feed.jsonl", '{"id": "r1", "text": "Row one."}\nnot json\n')
    write(folder / "sub" / "README", "No suffix, still read.\n")
    write(folder / ".hidden.txt", "Hidden story.\n")
    write(folder / ".git" / "notes.txt", "Inside a hidden folder.\n")
    write(folder / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")  # suffix we do not read: ignored
    write(folder / "c_bad.txt", b"caf\xe9 \xff not utf-8")
    write(folder / "d_empty.md", b"")
    (folder / "e_dangling.txt").symlink_to(folder / "missing.txt")
    os.mkfifo(folder / "f_pipe.txt")

    result = read_sources([str(folder)], SETTINGS)

    assert result.errors == []
    assert [d.origin for d in result.documents] == [
        str(folder / "a_page.html"),
        str(folder / "b_digest.txt"),
        str(folder / "sub" / "README"),
        f"{folder / 'sub' / 'feed.jsonl'}:1",
    ]
    assert [d.single_article for d in result.documents] == [True, False, False, True]
    skipped = {Path(s.origin).name: s.reason for s in result.skipped}
    assert skipped == {
        "c_bad.txt": "not valid UTF-8 (byte 0xe9 at offset 3); convert it to UTF-8",
        "d_empty.md": "empty input",
        "e_dangling.txt": "broken symlink",
        "f_pipe.txt": "not a regular file",
        "feed.jsonl:2": "line 2: invalid JSON (Expecting value at column 1)",
    }
    assert all("Hidden" not in d.text and "hidden folder" not in d.text for d in result.documents)


def test_folder_with_nothing_to_read_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "pictures"
    write(folder / "photo.jpg", b"\xff\xd8\xff")
    write(folder / ".hidden.txt", "Hidden.\n")
    error = only_error(read_sources([str(folder)], SETTINGS))
    assert error.origin == str(folder)
    assert error.reason.startswith("no files to read in folder")


def test_one_bad_input_does_not_stop_the_others(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "A story.\n")
    bad = write(tmp_path / "bad.txt", b"\x00\x01")
    result = read_sources([str(bad), "-", str(good)], SETTINGS, stdin=io.BytesIO(b""))
    assert [d.origin for d in result.documents] == [str(good)]
    assert result.errors == [Skip(str(bad), "binary file, not text"), Skip("<stdin>", "empty input")]
