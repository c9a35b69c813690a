"""The stages in order: documents → articles → annotations → briefings."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone

from . import annotate, compose, language, segment, verify
from .config import Settings
from .dates import as_date
from .models import Article, Briefing, Citation, Document, Sentence, content_id


MAX_ARTICLE_WORDS = 20_000  # the longest long-reads run to about 15,000 words
MAX_TITLE_CHARS = 300  # headlines run to about 150 characters; a longer first line is no headline
ANNOTATE_CHUNK_WORDS = 50_000  # articles parsed together; bounds the memory a huge digest takes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Briefed:
    """One story's way through the pipeline, kept together for storing and rendering."""

    document: Document
    article: Article
    sentences: tuple[Sentence, ...]
    briefing: Briefing


Writer = Callable[[annotate.AnnotatedArticle, datetime], Briefing]


def brief_documents(
    documents: Sequence[Document],
    settings: Settings,
    *,
    generated_at: datetime | None = None,
    writer: Writer | None = None,
    workers: int = 1,
) -> list[Briefed]:
    """Run every stage; each document gives one briefing per story it holds, written by `writer`
    (default: the one `settings.writer` names) and published only as far as the verifier supports it
    (`verify.publish`). With `workers` above 1 the documents are shared out to that many processes
    (see `Workers`)."""
    generated_at = generated_at or datetime.now(timezone.utc).replace(microsecond=0)
    if workers > 1 and len(documents) > 1:
        with Workers(settings, workers, writer=writer) as pool:
            return pool.brief(documents, generated_at=generated_at)
    write = writer or writer_for(settings)
    # a claim a correction note withdraws is briefed nowhere (`compose.without_withdrawn`); annotations keep the text whole
    pairs = [(document, prepared(compose.without_withdrawn(article, document.text)))  # 1
             for document in documents for article in segment.split_document(document)]
    select = compose.worth_parsing if write is compose.build_briefing else None  # what the writer can use
    results = []
    for chunk in _chunks(pairs, ANNOTATE_CHUNK_WORDS):  # parsed documents are dropped after each chunk
        annotated = annotate.annotate([article for _, article in chunk], settings.model, select=select)  # 2
        for (document, article), notes in zip(chunk, annotated, strict=True):
            sentences = tuple(info.sentence for info in notes.sentences)
            briefing = write(notes, generated_at)  # 3
            if not getattr(write, "publishes", False):  # 4: a writer that does not gate its statements itself
                briefing = verify.publish(briefing, {article.id: [s.text for s in sentences]})
            if not (briefing.story or briefing.key_points or briefing.key_takeaways or briefing.impact_analysis):
                log.info("%s: no complete sentence to brief", article.title[:80])  # a briefing of nothing is no story
                continue
            results.append(Briefed(document, article, sentences, briefing))
    return results


def prepared(article: Article) -> Article:
    """The article bounded (see `bounded`) and labelled with the language it is written in; one not
    in English is briefed without the English-only readings (speakers, dates, roles), as a warning says."""
    article = bounded(article)
    detected = language.detect(article.text)
    if detected and detected != article.language:
        article = replace(article, language=detected)
    if article.language not in (None, "en"):
        log.warning("%s: in %s; briefed without speakers, dates and roles, which wirebrief reads in English only",
                    article.title[:80], language.name(article.language))
    return article


def bounded(article: Article) -> Article:
    """The article cut to its first MAX_ARTICLE_WORDS words, at a paragraph's end where there is one
    (a warning says so): longer "articles" are dumps, not news, and annotating one costs more than
    linear time. A headline longer than MAX_TITLE_CHARS is cut at a word's end."""
    title = article.title
    if len(title) > MAX_TITLE_CHARS:
        cut = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] if " " in title[:MAX_TITLE_CHARS] else title[:MAX_TITLE_CHARS]
        title = cut.rstrip(" ,;:-") + "…"
    words = article.text.split()
    if len(words) <= MAX_ARTICLE_WORDS:
        return article if title == article.title else replace(article, title=title)
    kept, count = [], 0
    for paragraph in article.text.split("\n\n"):
        size = len(paragraph.split())
        if count + size > MAX_ARTICLE_WORDS:
            if not kept:  # one paragraph over the limit: cut it at a word
                kept.append(" ".join(paragraph.split()[:MAX_ARTICLE_WORDS]))
            break
        kept.append(paragraph)
        count += size
    log.warning("%s: %s words; briefed from its first %s", title[:80], f"{len(words):,}", f"{MAX_ARTICLE_WORDS:,}")
    return replace(article, title=title, text="\n\n".join(kept))


def _chunks(pairs: list[tuple[Document, Article]], words: int) -> Iterator[list[tuple[Document, Article]]]:
    """Consecutive runs of articles of about `words` words in all (at least one article each)."""
    chunk: list[tuple[Document, Article]] = []
    size = 0
    for pair in pairs:
        chunk.append(pair)
        size += len(pair[1].text.split())
        if size >= words:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def annotate_documents(documents: Sequence[Document], settings: Settings, *, select: annotate.Select | None = None) -> list[annotate.AnnotatedArticle]:
    """Segment the documents and annotate every sentence in full (parse and entities): what
    `wirebrief annotate` prints, the quotes, dates and key players a briefing draws on, and the dates of the
    lines the segmenter took out of each article (captions, correction notes: `annotate.with_furniture`). With
    `select` (`compose.worth_parsing`), only the sentences it picks are parsed, as a briefing does, and the
    removed lines are left alone."""
    cut = [(document, segment.split_document(document)) for document in documents]
    articles = [prepared(article) for _, split in cut for article in split]
    annotated = annotate.annotate(articles, settings.model, select=select)
    if select is not None:
        return annotated  # a briefing's reading: what it cites only
    removed = [lines for document, split in cut for lines in segment.removed_lines(document, split)]
    return annotate.with_furniture(annotated, removed, settings.model)


class Workers:
    """Processes that brief documents in parallel, each with its own spaCy pipeline (and writer),
    loaded once when the pool starts; documents go out in chunks and come back in order.

    `with Workers(settings, 2) as pool: pool.brief(documents)`; `pids()` names the processes."""

    CHUNK = 8  # documents per task: small enough to balance the load, large enough to batch

    def __init__(self, settings: Settings, workers: int, *, writer: Writer | None = None):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # fork: a worker starts at once and needs no import guard in the caller's main module.
        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        self.workers = workers
        barrier = context.Barrier(workers)
        self._pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(settings, writer, barrier))
        # Start every process and load its pipeline now, so that briefing times leave loading out: a
        # call that waits for as many others as there are workers runs once in each of them.
        self._pids = list(self._pool.map(_ready, range(workers)))

    def brief(self, documents: Sequence[Document], *, generated_at: datetime | None = None) -> list[Briefed]:
        return [briefed for part in self.stream(documents, generated_at=generated_at) for briefed in part]

    def stream(self, documents: Sequence[Document], *, generated_at: datetime | None = None) -> Iterator[list[Briefed]]:
        """The briefings of each chunk of CHUNK documents, in order, as soon as that chunk is done."""
        generated_at = generated_at or datetime.now(timezone.utc).replace(microsecond=0)
        chunks = [documents[i : i + self.CHUNK] for i in range(0, len(documents), self.CHUNK)]
        return self._pool.map(_brief_chunk, chunks, [generated_at] * len(chunks))

    def pids(self) -> list[int]:
        return list(self._pids)

    def close(self) -> None:
        self._pool.shutdown()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


_worker: dict = {}


def _start_worker(settings: Settings, writer: Writer | None, barrier) -> None:
    _worker.update(settings=settings, writer=writer or writer_for(settings), barrier=barrier)
    annotate.load_pipeline(settings.model)
    # What is loaded by now (modules, the pipeline) lives as long as the worker: the garbage
    # collector's full passes need not scan it again (they took about 4% of a worker's time).
    gc.freeze()


def _ready(_: int) -> int:
    import os

    _worker["barrier"].wait(timeout=600)
    return os.getpid()


def _brief_chunk(documents: Sequence[Document], generated_at: datetime) -> list[Briefed]:
    return brief_documents(documents, _worker["settings"], generated_at=generated_at, writer=_worker["writer"])


def writer_for(settings: Settings) -> Writer:
    """The extractive writer, or the llm writer (its model loaded once per settings)."""
    if settings.writer == "extractive":
        return compose.build_briefing
    from .llm import writer_for as llm_writer_for

    return llm_writer_for(settings)


def brief_text(
    text: str,
    published: date | str | None = None,
    title: str | None = None,
    *,
    settings: Settings | None = None,
    single_article: bool = False,
) -> list[Briefing]:
    """Brief a pasted text: one briefing per story found in it.

    `published` (a date, or an ISO date string such as "2026-02-05") anchors relative dates
    ("on Wednesday"); raises InputError when it is a string that is no ISO date."""
    published = as_date(published)
    document = Document(
        id=content_id(text), origin="<text>", text=text, title=title, published=published, single_article=single_article
    )
    return [b.briefing for b in brief_documents([document], settings or Settings())]


def sentence_lookup(results: Sequence[Briefed]):
    """A function giving the text of a cited sentence, for renderers."""
    texts: dict[Citation, str] = {(s.article_id, s.index): s.text for r in results for s in r.sentences}
    return lambda citation: texts.get(tuple(citation))
