"""Score The Story against CNN/DailyMail reference highlights, beside common extractive peers.

`wirebrief eval summaries FILE.jsonl` reads rows `{"id", "article", "reference"}` and, in one run
on the same rows, summarises every article with each system and scores it against the reference
with ROUGE-1/2/Lsum F (the `rouge-score` package, Porter stemming on).  rougeLsum wants one
sentence per line, so the reference is split on its own newlines when it has them, else with
`nupunkt`, and every prediction is split with `nupunkt` too.  Figures are ×100, mean F over rows
as in the literature, plus the median per-row ROUGE-1 F.

Systems:
- lead-3: the article's first three sentences (nupunkt);
- newspaper4k: `newspaper.nlp.summarize` (what `Article.nlp()` puts in `.summary`), three
  sentences, with the row's title as headline, else the article's first sentence;
- lexrank / textrank: sumy's summarisers, three sentences, English stemmer and stop words;
- wirebrief: The Story of `pipeline.brief_documents`, all rows in one batch.  The Key Points'
  ROUGE-1 recall of the reference is reported beside it;
- wirebrief-learned: The Story picked by the learned ranker `wirebrief.rank` over the pipeline's
  sentences, under 5-fold cross-validation (fitted on four fifths of the rows, scored on the fifth).

NLTK's punkt data cannot be downloaded here, so newspaper4k and sumy get nupunkt sentences (and
sumy a regex word tokenizer) instead; a peer that still cannot run offline is reported as
"n/a (reason)" rather than stopping the run.  These packages come with the `eval` extra.
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .segmentation import load_rows

SUMMARY_SENTENCES = 3  # Lead-3's length, asked of every peer (newspaper4k's own default is 5)
FLOOR_R1 = 43.0
FLOOR_R2 = 20.0
FLOOR_LINE = "floor: The Story R-1 ≥ 43.0 and R-2 ≥ 20.0"
PUBLISHED_LINE = (
    "published (CNN/DM test, ROUGE-1/2/L F): Lead-3 40.34/17.70/36.57 (See et al. 2017); "
    "BertSumExt 43.25/20.24/39.63 (Liu & Lapata 2019)"
)

Row = dict[str, Any]
Summariser = Callable[[Sequence[Row]], list[str]]


# ---------------------------------------------------------------------------------------------
# Sentences and ROUGE

def sentences(text: str) -> list[str]:
    """Sentences of `text` by nupunkt's default model, whitespace collapsed, empty ones dropped."""
    import nupunkt

    return [s for s in (" ".join(s.split()) for s in nupunkt.sent_tokenize(text)) if s]


def reference_lines(reference: str) -> list[str]:
    """The reference one sentence a line: its own newlines when it has them, else nupunkt's."""
    if "\n" in reference.strip():
        return [line.strip() for line in reference.splitlines() if line.strip()]
    return sentences(reference)


_SCORER = None


def _scorer():
    global _SCORER
    if _SCORER is None:
        from rouge_score import rouge_scorer

        _SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    return _SCORER


@dataclass(frozen=True)
class RowScore:
    rouge1: float  # F, 0-100
    rouge2: float
    rouge_lsum: float
    rouge1_recall: float


def score_summary(reference: str, summary: str) -> RowScore:
    """ROUGE of one summary; rouge1/2 ignore the line breaks that rougeLsum needs."""
    target = "\n".join(reference_lines(reference))
    prediction = "\n".join(sentences(summary))
    scores = _scorer().score(target, prediction)
    return RowScore(
        rouge1=100 * scores["rouge1"].fmeasure,
        rouge2=100 * scores["rouge2"].fmeasure,
        rouge_lsum=100 * scores["rougeLsum"].fmeasure,
        rouge1_recall=100 * scores["rouge1"].recall,
    )


# ---------------------------------------------------------------------------------------------
# Systems: each takes the rows and returns one summary string per row

def lead3(rows: Sequence[Row]) -> list[str]:
    return [" ".join(sentences(row["article"])[:SUMMARY_SENTENCES]) for row in rows]


def _newspaper_sentences(text: str) -> list[str]:
    """Stand-in for `newspaper.nlp.split_sentences` with nupunkt, keeping its clean-up
    (whitespace collapsed, sentences of 10 characters or fewer dropped)."""
    return [re.sub(r"[\n ]+", " ", s) for s in sentences(text) if len(s) > 10]


@contextmanager
def _nupunkt_in_newspaper() -> Iterator[Any]:
    """`newspaper.nlp.split_sentences` loads NLTK's punkt and downloads it when missing, which
    cannot work here: swap in nupunkt for the duration of the block only, then put it back."""
    from unittest import mock

    from newspaper import nlp

    with mock.patch.object(nlp, "split_sentences", _newspaper_sentences):
        yield nlp


def newspaper_title(row: Row) -> str:
    """newspaper4k scores sentences against the headline and returns nothing without one: the
    row's title, else the article's first sentence (rows need not carry a title)."""
    if row.get("title"):
        return row["title"]
    first = sentences(row["article"])[:1]
    return first[0] if first else ""


def newspaper_summaries(rows: Sequence[Row]) -> list[str]:
    from newspaper.text import StopWords

    stopwords = StopWords("en")
    with _nupunkt_in_newspaper() as nlp:
        return [
            " ".join(nlp.summarize(title=newspaper_title(row), text=row["article"], stopwords=stopwords,
                                   max_sents=SUMMARY_SENTENCES))
            for row in rows
        ]


class _NupunktSentences:
    @staticmethod
    def tokenize(text: str) -> list[str]:
        return sentences(text)


class _RegexWords:
    _WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # letters, hyphenated words kept whole

    @classmethod
    def tokenize(cls, text: str) -> list[str]:
        return cls._WORD.findall(text)


def _sumy_tokenizer():
    """sumy's Tokenizer loads NLTK punkt (sentences) and `nltk.word_tokenize` (words), both data
    files we cannot download: this subclass takes sentences from nupunkt and words from a regex."""
    from sumy.nlp.tokenizers import Tokenizer

    class NupunktTokenizer(Tokenizer):
        def _get_sentence_tokenizer(self, language):
            return _NupunktSentences()

        def _get_word_tokenizer(self, language):
            return _RegexWords()

    return NupunktTokenizer("english")


def _sumy(kind: str) -> Summariser:
    def summarise(rows: Sequence[Row]) -> list[str]:
        from sumy.nlp.stemmers import (
            Stemmer,  # nltk's Snowball stemmer: code, no data files
        )
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words  # shipped with sumy

        summariser = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[kind](Stemmer("english"))
        # sumy's documented set-up; without stop words both score about a point lower on
        # cnndm_dev (LexRank 32.4/13.7/29.0, TextRank 29.4/12.9/26.4), as in the figures.
        summariser.stop_words = get_stop_words("english")
        tokenizer = _sumy_tokenizer()
        out = []
        for row in rows:
            document = PlaintextParser.from_string(row["article"], tokenizer).document
            out.append(" ".join(str(s) for s in summariser(document, SUMMARY_SENTENCES)))
        return out

    return summarise


lexrank = _sumy("lexrank")
textrank = _sumy("textrank")


def wirebrief_outputs(rows: Sequence[Row], settings=None) -> tuple[list[str], list[str], list[list[str]]]:
    """The Story and the Key Points (each joined into one string) of every row, in one batch, and the
    article's sentences as the pipeline split them. A row that gives no briefing gets empty ones."""
    from wirebrief import pipeline
    from wirebrief.config import Settings
    from wirebrief.models import Document

    documents = [
        Document(id=str(row["id"]), origin=f"eval:{row['id']}", text=row["article"], title=row.get("title"),
                 single_article=True, source_id=str(row["id"]))
        for row in rows
    ]
    briefed = {b.document.id: b for b in pipeline.brief_documents(documents, settings or Settings())}
    stories, key_points, article_sentences = [], [], []
    for document in documents:
        result = briefed.get(document.id)
        stories.append(" ".join(s.text for s in result.briefing.story) if result else "")
        key_points.append(" ".join(s.text for s in result.briefing.key_points) if result else "")
        article_sentences.append([s.text for s in result.sentences] if result else [])
    return stories, key_points, article_sentences


# ---------------------------------------------------------------------------------------------
# The learned alternative: wirebrief.rank under 5-fold cross-validation

FOLDS = 5
LEARNED = "wirebrief-learned"


def _candidates(article_sentences: Sequence[str]) -> list[str]:
    """What The Story may use: sentences of 6 to 60 words that are not questions."""
    from wirebrief.compose import STATEMENT_MAX_WORDS

    return [s for s in article_sentences if 6 <= len(s.split()) <= STATEMENT_MAX_WORDS and not s.rstrip("”\"’'").endswith("?")]


def sentence_target(reference: str, sentence: str) -> float:
    """What the ranker learns to predict: the sentence's mean ROUGE-1 and ROUGE-2 precision against
    the reference, i.e. how much of it a human summary keeps."""
    from rouge_score import rouge_scorer

    global _PRECISION_SCORER
    if _PRECISION_SCORER is None:
        _PRECISION_SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    scores = _PRECISION_SCORER.score(reference, sentence)
    return (scores["rouge1"].precision + scores["rouge2"].precision) / 2


_PRECISION_SCORER = None


def learned_stories(rows: Sequence[Row], article_sentences: Sequence[Sequence[str]], *, seed: int = 13) -> list[str]:
    """The Story picked by `wirebrief.rank` fitted on the other folds' rows, for every row: no
    row is ever summarised by weights fitted on it."""
    import random

    from wirebrief import rank
    from wirebrief.compose import REDUNDANCY_OVERLAP, STORY_WORD_BUDGET

    candidates = [_candidates(sentences) for sentences in article_sentences]
    features = [rank.features(c, sentences) for c, sentences in zip(candidates, article_sentences)]
    targets = [[sentence_target(row["reference"], s) for s in c] for row, c in zip(rows, candidates)]
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    stories = [""] * len(rows)
    for fold in range(FOLDS):
        held_out = set(order[fold::FOLDS])
        ranker = rank.fit((features[i], targets[i]) for i in order if i not in held_out)
        for i in held_out:
            picked = rank.pick(candidates[i], ranker.score(features[i]), budget=STORY_WORD_BUDGET, limit=3,
                               overlap=REDUNDANCY_OVERLAP)
            stories[i] = " ".join(candidates[i][k] for k in picked)
    return stories


PEERS: dict[str, Summariser] = {
    "lead-3": lead3,
    "newspaper4k": newspaper_summaries,
    "lexrank": lexrank,
    "textrank": textrank,
}
SYSTEMS = (*PEERS, "wirebrief", LEARNED)
LABELS = {"lead-3": "Lead-3", "newspaper4k": "newspaper4k", "lexrank": "sumy LexRank",
          "textrank": "sumy TextRank", "wirebrief": "wirebrief (The Story)",
          LEARNED: "wirebrief.rank, learned (5-fold CV)"}
# A peer that cannot run offline (a missing package, NLTK data it insists on, a network call)
# is reported as "n/a (reason)" instead of stopping the run.
_OFFLINE_FAILURES = (ImportError, LookupError, OSError)


# ---------------------------------------------------------------------------------------------
# Running and reporting

@dataclass(frozen=True)
class SystemScores:
    rouge1: float
    rouge2: float
    rouge_lsum: float
    median_rouge1: float
    rouge1_recall: float  # mean ROUGE-1 recall of the reference
    seconds: float
    empty: int  # rows for which the system gave no summary


def aggregate(scores: Sequence[RowScore], summaries: Sequence[str], seconds: float) -> SystemScores:
    return SystemScores(
        rouge1=statistics.fmean(s.rouge1 for s in scores),
        rouge2=statistics.fmean(s.rouge2 for s in scores),
        rouge_lsum=statistics.fmean(s.rouge_lsum for s in scores),
        median_rouge1=statistics.median(s.rouge1 for s in scores),
        rouge1_recall=statistics.fmean(s.rouge1_recall for s in scores),
        seconds=seconds,
        empty=sum(not s.strip() for s in summaries),
    )


def check_rows(rows: Sequence[Row]) -> None:
    for number, row in enumerate(rows, 1):
        missing = [key for key in ("id", "article", "reference") if not str(row.get(key) or "").strip()]
        if missing:
            raise ValueError(f"row {number} has no {', '.join(missing)}")
    ids = [str(row["id"]) for row in rows]
    if len(set(ids)) < len(ids):
        raise ValueError("row ids are not unique")


def evaluate(path: str | Path, *, limit: int | None = None, systems: Sequence[str] = SYSTEMS,
             settings=None, progress: Callable | None = None) -> dict[str, Any]:
    """Summarise the first `limit` rows of `path` with each of `systems` and score them."""
    unknown = [name for name in systems if name not in SYSTEMS]
    if unknown:
        raise ValueError(f"unknown system {', '.join(unknown)} (choose from {', '.join(SYSTEMS)})")
    rows = load_rows(path)[:limit]
    check_rows(rows)
    results: dict[str, SystemScores | str] = {}
    key_points_recall = None
    article_sentences = None
    for name in progress(systems, "summarising", len(systems)) if progress else systems:
        started = time.perf_counter()
        if name == "wirebrief" or (name == LEARNED and article_sentences is None):
            stories, key_points, article_sentences = wirebrief_outputs(rows, settings)
            summaries = stories
        if name == LEARNED:
            summaries = learned_stories(rows, article_sentences)
        elif name != "wirebrief":
            try:
                summaries = PEERS[name](rows)
            except _OFFLINE_FAILURES as exc:
                results[name] = f"n/a ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
                continue
        seconds = time.perf_counter() - started
        scores = [score_summary(row["reference"], summary) for row, summary in zip(rows, summaries)]
        results[name] = aggregate(scores, summaries, seconds)
        if name == "wirebrief":
            key_points_recall = statistics.fmean(
                score_summary(row["reference"], points).rouge1_recall for row, points in zip(rows, key_points)
            )
    ours = results.get("wirebrief")
    return {
        "path": str(path),
        "rows": len(rows),
        "systems": results,
        "key_points_rouge1_recall": key_points_recall,
        "meets_floor": (ours.rouge1 >= FLOOR_R1 and ours.rouge2 >= FLOOR_R2) if isinstance(ours, SystemScores) else None,
    }


def format_report(result: dict[str, Any]) -> str:
    headers = ["R-1", "R-2", "R-Lsum", "R-1 med", "seconds"]
    labels = {name: LABELS[name] for name in result["systems"]}
    width = max(len("system"), *(len(label) for label in labels.values()))
    lines = [
        (f"summaries on {Path(result['path']).name}: {result['rows']} rows, ROUGE F ×100 "
         "(rouge-score, stemming, Lsum over sentence lines; mean over rows, plus median R-1)"),
        "  ".join(["system".ljust(width), *(h.rjust(7) for h in headers)]),
    ]
    for name, figures in result["systems"].items():
        if isinstance(figures, str):
            lines.append(f"{labels[name].ljust(width)}  {figures}")
            continue
        cells = [f"{value:.1f}".rjust(7) for value in
                 (figures.rouge1, figures.rouge2, figures.rouge_lsum, figures.median_rouge1, figures.seconds)]
        note = f"  ({figures.empty} rows without a summary)" if figures.empty else ""
        lines.append("  ".join([labels[name].ljust(width), *cells]) + note)
    if result["key_points_rouge1_recall"] is not None:
        story = result["systems"]["wirebrief"]
        lines.append(f"wirebrief Key Points: R-1 recall of the reference {result['key_points_rouge1_recall']:.1f} "
                     f"(The Story: {story.rouge1_recall:.1f})")
    lines.append(PUBLISHED_LINE)
    if result["meets_floor"] is None:
        lines.append(FLOOR_LINE)
    else:
        lines.append(f"{FLOOR_LINE} ({'wirebrief meets it' if result['meets_floor'] else 'wirebrief is BELOW it'})")
    return "\n".join(lines)
