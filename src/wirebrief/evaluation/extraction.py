"""Measure article-body extraction on the scrapinghub article-extraction-benchmark.

Data: `html/<id>.html.gz` pages and `ground-truth.json` ({id: {"articleBody", "url"}}).

Scoring reproduces the benchmark's own `evaluate.py` exactly:
- text is tokenised with the regex `\\w+` (case kept), and cut into 4-token shingles
  (a text shorter than 4 tokens is one shorter shingle; an empty text has none);
- per page, TP/FP/FN are counted over shingle multisets and divided by TP+FP+FN, so long pages
  weigh no more than short ones;
- precision is the mean per-page precision over pages with TP+FP > 0, recall the mean per-page
  recall over pages with TP+FN > 0 (a page with FP = FN = 0 scores 1 on both);
- F1 is the harmonic mean of that mean precision and mean recall (not a mean of per-page F1s).
The medians beside them are medians of the per-page precision, recall and F1.

Systems, all in one run on the same pages: `wirebrief` (the body `ingest` keeps: trafilatura with
wirebrief's settings, the repeated headline dropped), `trafilatura` (`trafilatura.extract(html,
include_comments=False)`, as the benchmark runs it) and `newspaper4k` (`newspaper.article(url,
input_html=html).parse()`, as the benchmark runs it; no NLTK data needed for `parse`).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SHINGLE_TOKENS = 4
SYSTEMS = ("wirebrief", "trafilatura", "newspaper4k")
FLOOR_F1 = 0.955  # wirebrief must not lose quality wrapping trafilatura (published: 0.958)
PUBLISHED = {"trafilatura": "0.958 (2.0.0)", "newspaper4k": "0.949 (0.9.3.1)"}

_TOKEN = re.compile(r"\w+", re.UNICODE)

Extractor = Callable[[str, str], str]  # (html text, page url) -> article body


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: str
    truth: str


@dataclass(frozen=True)
class Counts:
    tp: float
    fp: float
    fn: float


@dataclass(frozen=True)
class SystemScore:
    name: str
    precision: float  # mean per-page precision (benchmark convention)
    recall: float  # mean per-page recall
    f1: float  # harmonic mean of the two means
    median_precision: float
    median_recall: float
    median_f1: float
    failures: int  # pages where the extractor raised (scored as empty output)
    seconds: float


def load_pages(folder: Path) -> list[Page]:
    """The benchmark's pages with their ground truth, in id order; raises ValueError if malformed."""
    truth_path = folder / "ground-truth.json"
    if not truth_path.is_file():
        raise ValueError(f"no ground-truth.json in {folder}")
    truth = json.loads(truth_path.read_text("utf-8"))
    pages = []
    for item_id in sorted(truth):
        html_path = folder / "html" / f"{item_id}.html.gz"
        if not html_path.is_file():
            raise ValueError(f"missing page {html_path}")
        with gzip.open(html_path, "rt", encoding="utf-8") as file:
            html = file.read()
        pages.append(Page(item_id, truth[item_id].get("url", ""), html, truth[item_id].get("articleBody", "")))
    if not pages:
        raise ValueError(f"no pages in {truth_path}")
    return pages


# --- the benchmark's metric ----------------------------------------------------------------------


def shingles(text: str, n: int = SHINGLE_TOKENS) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def match(true: str, pred: str) -> Counts:
    """Shingle TP/FP/FN of one page, normalised to sum to 1."""
    truth, guess = shingles(true), shingles(pred)
    tp = float(sum((truth & guess).values()))
    fp = float(sum((guess - truth).values()))
    fn = float(sum((truth - guess).values()))
    total = tp + fp + fn
    return Counts(tp / total, fp / total, fn / total) if total else Counts(0.0, 0.0, 0.0)


def precision(c: Counts) -> float:
    if c.fp == c.fn == 0:
        return 1.0
    return 0.0 if c.tp == c.fp == 0 else c.tp / (c.tp + c.fp)


def recall(c: Counts) -> float:
    if c.fp == c.fn == 0:
        return 1.0
    return 0.0 if c.tp == c.fn == 0 else c.tp / (c.tp + c.fn)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(name: str, counts: Sequence[Counts], failures: int = 0, seconds: float = 0.0) -> SystemScore:
    precisions = [precision(c) for c in counts if c.tp + c.fp > 0]
    recalls = [recall(c) for c in counts if c.tp + c.fn > 0]
    p, r = statistics.mean(precisions), statistics.mean(recalls)
    page_f1 = [_f1(precision(c), recall(c)) for c in counts]
    return SystemScore(
        name, p, r, _f1(p, r),
        statistics.median(precisions), statistics.median(recalls), statistics.median(page_f1),
        failures, seconds,
    )  # fmt: skip


# --- the systems ---------------------------------------------------------------------------------


def wirebrief_body(html: str, url: str) -> str:
    from ..config import Settings
    from ..ingest.parse import read_bytes

    documents = read_bytes(html.encode("utf-8"), "page.html", Settings(db_url="sqlite://"))
    return documents[0].text


def trafilatura_body(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def newspaper_body(html: str, url: str) -> str:
    import newspaper

    # fetch_images=False: newspaper would otherwise download images to size them (network, and no effect on text)
    with _no_punkt_words():
        article = newspaper.article(url, input_html=html, fetch_images=False)  # parses the given HTML
        article.parse()  # as the benchmark's runner does
    return article.text or ""


@contextmanager
def _no_punkt_words() -> Iterator[None]:
    """newspaper's Korean tokenizer calls `nltk.word_tokenize`, which loads NLTK's punkt data (not
    downloadable here) only to split sentences first; `preserve_line=True` gives the same word
    tokenizer without that step. Japanese pages need `tinysegmenter` (in the eval extra)."""
    import nltk
    from nltk.tokenize import word_tokenize

    original = nltk.word_tokenize
    nltk.word_tokenize = lambda text, *args, **kwargs: word_tokenize(text, preserve_line=True)
    try:
        yield
    finally:
        nltk.word_tokenize = original


EXTRACTORS: dict[str, Extractor] = {
    "wirebrief": wirebrief_body,
    "trafilatura": trafilatura_body,
    "newspaper4k": newspaper_body,
}


def evaluate(
    folder: Path, systems: Sequence[str] = SYSTEMS, limit: int | None = None, progress: Callable[..., Iterable[Page]] | None = None
) -> list[SystemScore]:
    """Score each system on every page (or the first `limit`); a raising extractor scores an empty body.
    `progress(pages, description, total)` wraps each system's pass over the pages (a progress bar)."""
    pages = load_pages(folder)[:limit]
    results = []
    for name in systems:
        extract = EXTRACTORS[name]
        counts, failures, started = [], 0, time.perf_counter()
        for page in progress(pages, name, len(pages)) if progress else pages:
            try:
                body = extract(page.html, page.url)
            except Exception:  # one bad page must not end the run; counted and shown
                body, failures = "", failures + 1
            counts.append(match(page.truth, body))
        results.append(score(name, counts, failures, time.perf_counter() - started))
    return results


def format_report(results: Sequence[SystemScore], pages: int) -> str:
    lines = [
        f"article extraction: {pages} pages (scrapinghub article-extraction-benchmark metric: "
        f"{SHINGLE_TOKENS}-token shingles, per-page P/R averaged, F1 of the means)",
        f"{'system':<12} {'precision':>9} {'recall':>7} {'F1':>6}   {'median P':>8} {'median R':>8} {'median F1':>9}"
        f" {'failed':>6} {'seconds':>7}  published F1",
    ]
    for s in results:
        lines.append(
            f"{s.name:<12} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f}   {s.median_precision:>8.3f}"
            f" {s.median_recall:>8.3f} {s.median_f1:>9.3f} {s.failures:>6} {s.seconds:>7.1f}  {PUBLISHED.get(s.name, '')}"
        )
    lines.append(f"floor: wirebrief F1 ≥ {FLOOR_F1}")
    return "\n".join(lines)
