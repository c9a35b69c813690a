"""The stages in order: documents → articles → annotations → briefings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from collections.abc import Callable, Sequence

from . import annotate, compose, segment
from .config import Settings
from .models import Article, Briefing, Citation, Document, Sentence, content_id


@dataclass(frozen=True)
class Briefed:
    """One story's way through the pipeline, kept together for storing and rendering."""

    document: Document
    article: Article
    sentences: tuple[Sentence, ...]
    briefing: Briefing


Writer = Callable[[annotate.AnnotatedArticle, datetime], Briefing]


def brief_documents(
    documents: Sequence[Document], settings: Settings, *, generated_at: datetime | None = None, writer: Writer | None = None
) -> list[Briefed]:
    """Run every stage; each document gives one briefing per story it holds, written by `writer`
    (default: the one `settings.writer` names)."""
    write = writer or writer_for(settings)
    generated_at = generated_at or datetime.now(timezone.utc).replace(microsecond=0)
    pairs = [(document, article) for document in documents for article in segment.split_document(document)]  # 1
    annotated = annotate.annotate([article for _, article in pairs], settings.model)  # 2
    results = []
    for (document, article), notes in zip(pairs, annotated, strict=True):
        briefing = write(notes, generated_at)  # 3
        sentences = tuple(info.sentence for info in notes.sentences)
        results.append(Briefed(document, article, sentences, briefing))
    return results


def writer_for(settings: Settings) -> Writer:
    """The extractive writer, or the llm writer (its model loaded once per settings)."""
    if settings.writer == "extractive":
        return compose.build_briefing
    from .llm import writer_for as llm_writer_for

    return llm_writer_for(settings)


def brief_text(
    text: str,
    published: date | None = None,
    title: str | None = None,
    *,
    settings: Settings | None = None,
    single_article: bool = False,
) -> list[Briefing]:
    """Brief a pasted text: one briefing per story found in it."""
    document = Document(
        id=content_id(text), origin="<text>", text=text, title=title, published=published, single_article=single_article
    )
    return [b.briefing for b in brief_documents([document], settings or Settings())]


def sentence_lookup(results: Sequence[Briefed]):
    """A function giving the text of a cited sentence, for renderers."""
    texts: dict[Citation, str] = {(s.article_id, s.index): s.text for r in results for s in r.sentences}
    return lambda citation: texts.get(tuple(citation))
