"""Annotate: an `Article` in, an `AnnotatedArticle` out.

Two depths. Every sentence is *skimmed*: split by spaCy's tokenizer and its small sentence
recogniser (`senter`), and given what the words alone tell: word count, content-word stems,
whether it is a heading, a quotation or looks ahead, and its dates (a pattern finds the expressions
`dates.resolve_date` reads). The sentences the writer asks for (`select`; every sentence by
default) are then *parsed*, each as a document of its own: tagger and dependency parser (part of
speech and lemma then come from the tagger's tags through the attribute ruler's and lemmatizer's
tables), and, for the few it names, the entity recogniser. The parse gives the compressed form of
long sentences, the tense of a date's clause, quotes' speakers and people's roles; the recogniser
the key players, whose mentions are then counted over the whole text. The full pipeline on every
sentence briefed about five articles a second on one core; a briefing needs a fraction of it.

This module loads the pipeline, skims, parses and compresses; the rest is read in its parts:
`dating` (the dates in a sentence and whether they lie ahead), `people` (key players and their
roles), `quotes` (quotations' speakers), and `_common` (the types and word lists they share).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

import numpy

from .. import dates
from ..config import MAX_INPUT_BYTES
from ..models import Article, Sentence
from ..segment import is_heading_like, stamp_days
from ..text import COURTESY_TITLES, NAME_TITLES, OFFICE_TITLES
from ..verify import sentence_problem
from ._common import SPEECH_VERB_FORMS, SPEECH_VERBS, STAMP, AnnotatedArticle, DatedMention, Depth, Entity, Select, SentenceInfo, _Skim, _Tokens
from .dating import _DATE_RE, _anchor_after, _dates, _parsed_dates, _skim_tense, club_weekdays, dateline_span, in_quotation_of, quotations_of_another_day
from .people import _canonical_people, _full_names, _person_mentions, _players, note_lower_case_words, reading_roles_once, repair_names, with_speakers
from .nlp import load_pipeline, one_blas_thread
from .outlook import looks_ahead_in
from .quotes import _quotes

__all__ = ["SPEECH_VERB_FORMS", "AnnotatedArticle", "DatedMention", "Depth", "Entity", "Select", "SentenceInfo", "annotate", "load_pipeline", "with_furniture"]

QUOTE_MIN_WORDS = 4  # shorter quoted phrases are scare quotes, not quotations
BATCH_SIZE = 256  # documents per model batch: most are single sentences, and fewer, larger matrix products cost less
LEMMA_CACHE = 200_000  # (word, tag) pairs whose lemma is kept, for long-running processes
ENTITY_CONTEXT = 4  # words the recogniser's encoder sees on either side of a word (4 layers, window 1)

_OPEN_QUOTES = "“\"‘'"
# Within a paragraph: double quotes, curly or straight, either closing either (sites mix them); and
# British single quotes whose closing mark is not an apostrophe (’ before a letter), holding perhaps
# a short phrase quoted in the same marks inside a sentence ('… me and my friends 'nailed it' were …').
SINGLE_QUOTE_MAX_CHARS = 1500  # a quotation in single marks runs no longer: an unclosed one is not searched to the paragraph's end
_QUOTE_RE = re.compile(
    r"[“\"](?P<a>[^“”\"]{3,}?)[”\"]"
    r"|(?<!\w)‘(?P<c>(?:(?<=[^.!?:\s]\s)‘[^‘’.!?\n]{1,40}?’(?!\w)|[^’]|’(?=\w)){1,%d}?)’(?!\w)"
    r"|(?<![\w'])'(?P<d>(?:(?<=[^.!?:\s]\s)'[^'.!?\n]{1,40}?'(?!\w)|[^']|'(?=\w)){1,%d}?)'(?!\w)" % (SINGLE_QUOTE_MAX_CHARS, SINGLE_QUOTE_MAX_CHARS)
)
# A quotation opened and not closed before the paragraph ends: one of several paragraphs quoted in a row.
_OPEN_TAIL_RE = re.compile(r"(?<!\S)[“\"](?P<a>[^“”\"]{3,})$")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the direct quotations of QUOTE_MIN_WORDS words or more: each kept whole
    however many sentences it runs to, never across a paragraph break (a quotation running on is
    reopened in each paragraph, and closed only in its last)."""
    spans = []
    starts = _paragraph_starts(text)
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(text)
        paragraph = text[start:end].rstrip()
        matches = [(m.start(), m.end(), next(g for g in m.groups() if g is not None)) for m in _QUOTE_RE.finditer(paragraph)]
        tail = matches[-1][1] if matches else 0
        opened = _OPEN_TAIL_RE.search(paragraph[tail:])
        if opened:  # the last quotation of the paragraph runs on into the next
            matches.append((tail + opened.start(), len(paragraph), opened.group("a")))
        spans += [(start + s, start + e) for s, e, words in matches if len(words.split()) >= QUOTE_MIN_WORDS]
    return spans


def annotate(articles: Sequence[Article], model: str, *, select: Select | None = None) -> list[AnnotatedArticle]:
    """Skim every article, then parse the sentences `select` picks (every sentence without it). An
    article in another language than English (`Article.language`) gets its sentences only."""
    foreign = {number for number, article in enumerate(articles) if article.language not in (None, "en")}
    with one_blas_thread():
        english = iter(_annotate_english([a for number, a in enumerate(articles) if number not in foreign], model, select))
    return [_annotate_foreign(article) if number in foreign else next(english) for number, article in enumerate(articles)]


def with_furniture(annotated: Sequence[AnnotatedArticle], lines: Sequence[Sequence[str]], model: str) -> list[AnnotatedArticle]:
    """Each article's annotations with the dates of `lines`, the lines of its page the segmenter took out of it
    (`segment.removed_lines`: captions, correction notes, "Read more" links), as `AnnotatedArticle.furniture`.
    Each line with a date in it (skimmed: the pattern dates are read by) is annotated in full as an article of its
    own, published when the article was, so that no line reads another's dates or the article's text; a line
    that only stamps the page's publication (`segment.is_publication_stamp`) is the article's published day,
    no date of the page's text: its days are listed as the stamp writes them (`_stamp_dates`), never briefed.
    An article in another language keeps none."""
    from ..segment import is_caption, is_publication_stamp, is_related_link

    pieces: list[tuple[int, Article, str]] = []  # (the article's number, the line as an article, what it is)
    found: dict[int, list[SentenceInfo]] = {}
    for number, (notes, own) in enumerate(zip(annotated, lines, strict=True)):
        article = notes.article
        if article.language not in (None, "en"):
            continue
        for k, line in enumerate(own):
            if not _DATE_RE.search(line):
                continue
            if is_publication_stamp(line, article.published):
                stamped = _stamp_dates(article.id, line)
                if stamped is not None:
                    found.setdefault(number, []).append(stamped)
                continue
            kind = "link" if is_related_link(line) else "caption" if is_caption(line) else "line"
            pieces.append((number, replace(article, id=f"{article.id}~{k}", text=line), kind))
    if not pieces:
        return [replace(notes, furniture=tuple(found[n])) if n in found else notes for n, notes in enumerate(annotated)]
    owners = {number for number, _, _ in pieces}
    names = {number: _calendar_name_words(annotated[number]) for number in owners}
    body = {number: _body_dates(annotated[number]) for number in owners}
    for (number, piece, kind), notes in zip(pieces, annotate([piece for _, piece, _ in pieces], model), strict=True):
        found.setdefault(number, []).extend(
            replace(info, dates=_furniture_dates(info.dates, piece.published, names[number], info, kind, body[number]))
            for info in notes.sentences)  # a caption's first sentence tells what the picture shows; the next may look ahead
    return [replace(notes, furniture=tuple(found[n])) if n in found else notes for n, notes in enumerate(annotated)]


def _stamp_dates(article_id: str, line: str) -> SentenceInfo | None:
    """A publication stamp's days as it writes them, each a whole date with its year ("Updated May 18, 2023
    6:41 pm ET", "Published June 10, 2025, … | Updated June 10, 2025, …"): when the page says it was published or
    updated, no event of the story. None where the stamp gives no whole day."""
    mentions = tuple(DatedMention(resolved=dates.ResolvedDate(day, dates.DAY, written), upcoming=False, dates_event=False, role=STAMP)
                     for written, day in stamp_days(line))
    if not mentions:
        return None
    sentence = Sentence(article_id=article_id, index=-1, text=line.strip(), start=0, end=len(line.strip()))
    return SentenceInfo(sentence=sentence, entities=(), dates=mentions, terms=frozenset(), words=len(line.split()),
                        is_heading=False, is_quote=False, is_future=False, parsed=False)


# The recogniser's kinds of entity a weekday or month word is a name's word in: a person ("Darnell Friday"), a club or
# firm ("Sheffield Wednesday"), a place or building ("Sunday's Well"). Not an event or a work ("Black Friday",
# "Easter Sunday", "Super Tuesday" are days), nor a nationality.
_NAME_ENTITY_LABELS = frozenset("PERSON ORG FAC GPE LOC".split())
_NAME_TITLE_WORDS = (OFFICE_TITLES | COURTESY_TITLES) | frozenset("miss sir dame lady lord".split())


# A weekday or month word after a capitalised word: a name's last word when that word is a given name the article
# gives a person ("point guard Darnell Friday", "singer Grace April") or a title ("Mr Friday"); not the name of a
# body ("The U.S. Senate Tuesday approved"), an owner ("Labour's March budget"), a holiday ("Black Friday") or a
# sentence's first word ("Later Tuesday, …").
_CALENDAR_WORD = "|".join(w.capitalize() for w in sorted({*dates.WEEKDAYS, *dates.MONTHS}, key=len, reverse=True) if len(w) > 3)
_AFTER_NAME_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z'’-]+)\.?\s+(" + _CALENDAR_WORD + r")\b")
# A word before a weekday or month that makes it a date in the line itself ("on Friday", "in March", "last Sunday").
_DATE_BEFORE_RE = r"(?:on|in|last|next|this|since|until|till|early|late|mid|from|through|during)\s+(?:-\s*)?"


def _calendar_name_words(notes: AnnotatedArticle) -> frozenset[str]:
    """The weekday and month words the article uses inside a name: as its recogniser read one (a person, a club, a
    place: "Sunday's Well"), a key player's, or after a given name of one of the article's people or a title ("signed
    point guard Darnell Friday on Tuesday", "Mr Friday"). A line read alone cannot tell them from days ("Darnell
    Friday, centre, with his mother"). A capitalised word alone is no evidence: "Black Friday", "Easter Sunday",
    "The Senate Tuesday approved", "Later Tuesday", "Labour's March budget"."""
    people = [e.text for info in notes.sentences for e in info.entities if e.label == "PERSON"]
    people += [player.name for player in notes.players if player.kind == "PERSON" or player.role]  # a role is a person's
    names = [e.text for info in notes.sentences for e in info.entities if e.label in _NAME_ENTITY_LABELS]
    names += [player.name for player in notes.players]
    # a person's given names: the words before the last name, or a name the recogniser cut at the day ("Darnell");
    # not a surname, as a wire puts one before the day ("Rubio Tuesday said")
    given = {w for name in people for words in [re.findall(r"[A-Za-z]+", name)] for w in (words[:-1] if len(words) > 1 else words)}
    for m in _AFTER_NAME_RE.finditer(notes.article.text):
        before = m.group(1)
        if before.lower() in _NAME_TITLE_WORDS or before in given and before.lower() not in dates.WEEKDAYS | dates.MONTHS:
            names.append(m.group(2))
    words = {w.lower().rstrip(".") for name in names for w in re.findall(r"[A-Za-z]+", name)}
    return frozenset(w for w in words if w in dates.WEEKDAYS or w in dates.MONTHS)


def _said_as_a_date(expression: str, line: str) -> bool:
    """The line itself makes the weekday or month a date: a word of a date's phrase before it ("… in New York on
    Friday", "her budget statement in March"), not an owner's ("Friday's age")."""
    return bool(re.search(r"\b" + _DATE_BEFORE_RE + re.escape(expression) + r"\b(?!['’]s\b)", line, re.IGNORECASE))


def _furniture_dates(mentions: tuple[DatedMention, ...], published, names: frozenset[str], line: SentenceInfo, kind: str,
                     body: dict[str, DatedMention | None]) -> tuple[DatedMention, ...]:
    """The dates of a line taken out of the article (`kind`: "caption", "link" or another line), read against the
    article: a day or month alone that the article uses as a name ("Friday's verbal commitment" of a story on Trey
    Friday) is none, unless the line says it as a date ("on Friday").

    In a picture's caption, whose present tense tells what the picture shows ("Campaigners gather outside the library
    on Saturday"), a day named without its year is the last one, not the next (a picture is taken before it is
    published); a caption that looks ahead ("… which will open on Monday", "ahead of Thursday's vote") or a day that
    dates a thing ("Thursday's vote") keeps its side. A day or month alone that the article's body dates one way
    (`body`: the body's reading of the words, None where it reads them two ways, and then the line's own reading
    stands) takes the body's value; where the caption's scene would be a day the body puts ahead, the line gives none.

    A related story's link ("Read more: Police arrest man after stabbing on Friday") speaks from that story's day,
    which the page does not give: a weekday or a day counted from today ("yesterday", "last week") is none; a date
    with its year, a day of a month, a month or a season stands."""
    kept = []
    sentence = line.sentence.text
    scene = kind == "caption" and line.sentence.index == 0 and not line.is_future and not line.ahead
    for mention in mentions:
        expression = mention.resolved.text
        bare = not re.search(r"\d", expression)
        words = {w.lower().rstrip(".") for w in re.findall(r"[A-Za-z]+", expression)}
        if bare and words & names and not _said_as_a_date(expression, sentence):
            continue
        if kind == "link":
            if bare and mention.resolved.precision in ("day", "week"):
                continue  # counted from the linked story's day, not this article's
            kept.append(mention)
            continue
        owned = re.search(re.escape(expression) + r"['’]s?(?!\w)", sentence) is not None
        agreed = body.get(expression.lower()) if bare else None
        if scene and not owned and mention.upcoming and published is not None and not re.search(r"\b\d{4}\b", expression):
            if agreed is not None and agreed.upcoming:
                continue  # the body puts that day ahead; the picture's would be the last one: say nothing
            past = dates.resolve_date(expression, published, future=False)
            if past is not None and past.date <= published:
                mention = replace(mention, resolved=replace(past, text=expression), upcoming=False)
        elif agreed is not None and agreed.resolved.value != mention.resolved.value:
            mention = replace(mention, resolved=replace(agreed.resolved, text=expression), upcoming=agreed.upcoming)
        kept.append(mention)
    return tuple(kept)


def _body_dates(notes: AnnotatedArticle) -> dict[str, DatedMention | None]:
    """The article's own days and months named alone, by their words (lower-cased): the body's reading of them,
    None where it reads them two ways."""
    out: dict[str, DatedMention | None] = {}
    for info in notes.sentences:
        for mention in info.dates:
            expression = mention.resolved.text.lower()
            if re.search(r"\d", expression):
                continue
            seen = out.get(expression, mention)
            out[expression] = mention if seen is not None and seen.resolved.value == mention.resolved.value else None
    return out


def _annotate_english(articles: Sequence[Article], model: str, select: Select | None) -> list[AnnotatedArticle]:
    if not articles:
        return []
    nlp = load_pipeline(model)
    skims = [_skim(article, doc) for article, doc in zip(articles, _split(nlp, [a.text for a in articles]), strict=True)]
    wanted: list[tuple[int, int, tuple[int, int] | None]] = []  # (article, sentence, recogniser's window) to parse
    for number, skim in enumerate(skims):
        everything = frozenset(range(len(skim.bounds)))
        depth = Depth(everything, everything) if select is None else select(skim.annotated)
        for i in sorted((depth.parse | depth.entities) & everything):
            window = None
            if i in depth.entities:  # the whole sentence, or the window as offsets into its parsed document
                shift = skim.annotated.sentences[i].sentence.start - skim.offsets[i]
                start, end = depth.windows.get(i, (-shift, 10**9))
                window = (start + shift, end + shift)
            wanted.append((number, i, window))
    docs = _parse(nlp, [skims[number].words(i) for number, i, _ in wanted], [window for _, _, window in wanted])
    parsed: list[dict[int, object]] = [{} for _ in skims]
    for (number, i, _), doc in zip(wanted, docs, strict=True):
        parsed[number][i] = doc
    recognise = _recogniser(nlp)
    annotated = [_annotate(skim, sentences, recognise) for skim, sentences in zip(skims, parsed, strict=True)]
    for doc in docs:
        doc.release()
    return annotated


def _recogniser(nlp) -> Callable | None:
    """A sentence's words and spaces → the recogniser's label of each word ("" outside an entity), for
    the rare sentence a question needs read that the briefing's parse left to the parser alone."""
    if "ner" not in nlp.pipe_names:
        return None
    from spacy.tokens import Doc

    def recognise(words: list[str], spaces: list[bool]) -> list[str]:
        return [t.ent_type_ for t in nlp.get_pipe("ner")(Doc(nlp.vocab, words=words, spaces=spaces))]

    return recognise


def _annotate_foreign(article: Article) -> AnnotatedArticle:
    """An article not in English: its sentences, split by its language's rules, and nothing read
    with English rules (no quotes, dates or players: "Marte" is no month)."""
    skim = _skim(article, _sentence_splitter(article.language or "xx")(article.text))
    sentences = tuple(replace(info, dates=(), is_future=False) for info in skim.annotated.sentences)
    return replace(skim.annotated, sentences=sentences)


@functools.cache
def _sentence_splitter(code: str):  # -> spacy.language.Language
    """A blank spaCy pipeline of the language (its tokenizer's rules) with the punctuation sentencizer."""
    import spacy

    try:
        nlp = spacy.blank(code)
    except (ImportError, KeyError, ValueError):  # a language spaCy has no rules for
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    if not spacy.language.Language.has_factory("opening_quotes_open_sentences"):
        spacy.language.Language.component("opening_quotes_open_sentences", func=_opening_quotes_open_sentences)
    nlp.add_pipe("opening_quotes_open_sentences")
    nlp.max_length = max(nlp.max_length, MAX_INPUT_BYTES + 1)
    return nlp


def _opening_quotes_open_sentences(doc):
    """The sentencizer keeps punctuation after a full stop with its sentence, right for a closing
    quote but not for an opening one («, “, ¿): that one starts the next sentence."""
    for token in doc[1:-1]:
        if token.is_left_punct and not token.is_sent_start and doc[token.i + 1].is_sent_start:
            token.is_sent_start = True
            doc[token.i + 1].is_sent_start = False
    return doc


def _split(nlp, texts: list[str]) -> Iterable:
    """Tokenized documents with sentence starts from `senter` (or from the parser when the
    pipeline has no senter)."""
    docs = (nlp.make_doc(text) for text in texts)
    if "senter" in nlp.pipe_names:
        return nlp.get_pipe("senter").pipe(docs, batch_size=BATCH_SIZE)
    return nlp.get_pipe("parser").pipe(docs, batch_size=BATCH_SIZE)


def _parse(nlp, sentences: list[tuple[list[str], list[bool]]], windows: list[tuple[int, int] | None]) -> list:
    """Each sentence (its words, and whether a space follows each) as a document of its own through
    the tagger and parser (kept one sentence), then part of speech and lemma (`_attributes`), then
    the recogniser over the characters `windows` gives (None: not at all), with ENTITY_CONTEXT
    words of context; the entities it finds are set on the sentence's document."""
    from spacy.tokens import Doc, Span

    made = _sentence_doc_class().of
    docs = [made(nlp.vocab, words, spaces) for words, spaces in sentences]
    stream: Iterable = docs
    for name, component in nlp.pipeline:
        if name in ("tok2vec", "tagger", "parser"):
            stream = component.pipe(stream, batch_size=BATCH_SIZE)
    attributes = _attributes(nlp)
    docs = [attributes(doc) for doc in stream]
    if "ner" in nlp.pipe_names:
        parts = []  # (sentence document, first word of the part, the part as a document of its own)
        for doc, window in zip(docs, windows, strict=True):
            if window is None or not len(doc):
                continue
            span = doc.char_span(max(0, window[0]), min(len(doc.text), window[1]), alignment_mode="expand")
            first = max(0, (span.start if span is not None else 0) - ENTITY_CONTEXT)
            last = min(len(doc), (span.end if span is not None else len(doc)) + ENTITY_CONTEXT)
            parts.append((doc, first, Doc(nlp.vocab, words=[t.text for t in doc[first:last]], spaces=[bool(t.whitespace_) for t in doc[first:last]])))
        for (doc, first, _), part in zip(parts, nlp.get_pipe("ner").pipe((p for *_, p in parts), batch_size=BATCH_SIZE), strict=True):
            doc.ents = [Span(doc, ent.start + first, ent.end + first, label=ent.label_) for ent in part.ents]
    return docs


@functools.cache
def _sentence_doc_class() -> type:
    """spaCy's `Doc` whose `Token` objects are made once, when it is made (`SentenceDoc.of`), and kept
    (`doc[i]`, iterating it, and its spans' and tokens' walks, which reach its tokens through `doc[i]`),
    and whose text is joined once: the rules walk each parsed sentence many times over, and spaCy makes
    a new `Token` for every step and joins `Doc.text` anew on every read. A token reads its annotations
    from the document, so a kept one sees every annotation set later (tags, parse, entities). The
    words of a parsed sentence never change once it is made (nothing retokenizes it); an index past
    the end is still spaCy's to answer."""
    from spacy.tokens import Doc

    class SentenceDoc(Doc):
        @classmethod
        def of(cls, vocab, words: list[str], spaces: list[bool]) -> SentenceDoc:
            doc = cls(vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1))
            doc._kept = list(Doc.__iter__(doc))
            return doc

        def release(self) -> None:
            """Drop the kept tokens: each holds its document, so a kept one keeps the document (its arrays)
            alive until the collector finds the cycle. Read on as spaCy's after."""
            self.__dict__.pop("_kept", None)

        def __iter__(self):
            try:
                return iter(self._kept)
            except AttributeError:
                return Doc.__iter__(self)

        def __getitem__(self, i):
            if i.__class__ is int:
                try:
                    return self._kept[i]
                except (IndexError, AttributeError):
                    pass
            return Doc.__getitem__(self, i)

        @property
        def text(self) -> str:
            try:
                return self._text
            except AttributeError:
                self._text = Doc.text.__get__(self)
                return self._text

    return SentenceDoc


@functools.lru_cache(maxsize=4)
def _attributes(nlp) -> Callable:
    """Coarse part of speech and lemma from the tagger's fine tags, the attribute ruler's tables and
    the lemmatizer's rules, without running either component: the ruler's matcher and the
    lemmatizer's per-token Python cost as much as the parser. The ruler's rules that read the
    parse (auxiliaries, subordinating "that", pronoun determiners) are kept; lemmas are looked up
    only for inflected words, and cached."""
    tag_pos: dict[str, str] = {}
    word_pos: dict[tuple[str, str], str] = {}
    word_lemma: dict[tuple[str, str], str] = {}
    if "attribute_ruler" in nlp.pipe_names:
        for pattern in nlp.get_pipe("attribute_ruler").patterns:
            tokens, attrs = pattern["patterns"][0], pattern["attrs"]
            if len(tokens) != 1 or not set(tokens[0]) <= {"TAG", "LOWER"} or not isinstance(tokens[0].get("TAG", ""), str):
                continue
            tag, lower = tokens[0].get("TAG"), tokens[0].get("LOWER")
            words = lower.get("IN", []) if isinstance(lower, dict) else [lower]
            for word in words:
                if word is None and tag and "POS" in attrs:
                    tag_pos[tag] = attrs["POS"]
                elif word is not None:
                    if "POS" in attrs and tag:
                        word_pos[(word, tag)] = attrs["POS"]
                    if "LEMMA" in attrs:
                        word_lemma[(word, tag or "")] = attrs["LEMMA"]
    rule_lemma = _rule_lemmatizer(nlp)
    strings = nlp.vocab.strings
    h = strings.add
    tag_pos_ids = {h(tag): h(pos) for tag, pos in tag_pos.items()}
    word_pos_ids = {(h(w), h(tag)): h(pos) for (w, tag), pos in word_pos.items()}
    lemmas: dict[tuple[int, int], int] = {(h(w), h(tag) if tag else 0): h(lemma) for (w, tag), lemma in word_lemma.items()}
    ruled = dict(lemmas)  # the ruler's own; the rest is a cache, emptied when it grows past LEMMA_CACHE
    inflected = {h(tag) for tag in _INFLECTED_TAGS}
    x, aux, verb, sconj, pron, space, propn = (h(p) for p in ("X", "AUX", "VERB", "SCONJ", "PRON", "SPACE", "PROPN"))
    to, in_, dt, wdt = (h(t) for t in ("TO", "IN", "DT", "WDT"))
    aux_deps = {h(d) for d in ("aux", "auxpass")}
    verb_deps = {h(d) for d in ("ROOT", "advcl", "ccomp", "conj", "relcl", "xcomp")}
    det_deps = {h(d) for d in ("det", "quantmod")} | {0}
    mark = h("mark")
    do_have = {h(w) for w in _DO_HAVE}
    from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG

    def apply(doc):
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE, ORTH]).tolist()
        out = []
        for tag, lower, dep, is_space, orth in rows:
            if is_space:
                out.append((space, orth))
                continue
            pos = word_pos_ids.get((lower, tag)) or tag_pos_ids.get(tag, x)
            if dep in aux_deps and tag != to:
                pos = aux
            elif lower in do_have and dep in verb_deps:
                pos = verb
            elif tag == in_ and dep == mark:
                pos = sconj
            elif (tag == dt or tag == wdt) and dep not in det_deps:
                pos = pron
            if pos == propn:
                lemma = orth
            else:
                lemma = lemmas.get((lower, tag)) or lemmas.get((lower, 0))
                if lemma is None:
                    lemma = lower
                    if tag in inflected:
                        lemma = h(rule_lemma(strings[lower], strings[pos].lower()))
                    if len(lemmas) > LEMMA_CACHE:
                        lemmas.clear()
                        lemmas.update(ruled)
                    lemmas[(lower, tag)] = lemma
            out.append((pos, lemma))
        if out:
            doc.from_array([POS, LEMMA], numpy.array(out, dtype="uint64"))
        return doc

    return apply


def _rule_lemmatizer(nlp) -> Callable[[str, str], str]:
    """spaCy's rule lemmatizer (`Lemmatizer.rule_lemmatize`: exceptions, then suffix rules checked
    against the index of known lemmas) for a lower-case word and coarse tag, with the index as a set:
    spaCy scans it as a list."""
    if "lemmatizer" not in nlp.pipe_names:
        return lambda word, pos: word
    lookups = nlp.get_pipe("lemmatizer").lookups
    index_table = lookups.get_table("lemma_index", {})
    index = {pos: set(index_table.get(pos, ())) for pos in ("noun", "verb", "adj", "adv", "aux", "propn")}
    exceptions = lookups.get_table("lemma_exc", {})
    rules = lookups.get_table("lemma_rules", {})

    def lemmatize(word: str, pos: str) -> str:
        listed = exceptions.get(pos, {}).get(word)
        if listed:
            return listed[-1]  # spaCy puts each exception in front in turn
        known = index.get(pos, set())
        found = unknown = other = None
        for old, new in rules.get(pos, []):
            if word.endswith(old):
                form = word[: len(word) - len(old)] + new
                if form in known:
                    found = form  # the last known form wins, as in spaCy
                elif form and not form.isalpha():
                    other = other or form
                elif form:
                    unknown = unknown or form
        return found or other or unknown or word

    return lemmatize


_INFLECTED_TAGS = frozenset("VBD VBN VBZ VBG NNS NNPS JJR JJS RBR RBS MD".split())  # VBP reads as the base form
_DO_HAVE = frozenset(["do", "does", "did", "'d", "have", "has", "had"])


def _skim(article: Article, doc) -> _Skim:
    text = article.text
    paragraph_starts = _paragraph_starts(text)
    headings = [_is_heading_paragraph(text, p, paragraph_starts) for p in range(len(paragraph_starts))]
    tokens = _Tokens(doc, text)
    bounds = _sentence_bounds(doc, tokens)
    quote_spans = _quote_spans(text)
    infos = []
    anchor = None  # the date named last: "the next day" counts from it
    dateline = dateline_span(article)
    clubs = club_weekdays(text)  # "Sheffield Wednesday": weekday words the article uses as a name
    unstamped_quotes = quotations_of_another_day(text, quote_spans)  # a live blog's quotations are the day's
    for index, (first, last) in enumerate(bounds):
        raw = text[tokens.idx[first] : tokens.idx[last - 1] + len(tokens.text[last - 1])]
        sentence_text = raw.strip()
        start = tokens.idx[first] + len(raw) - len(raw.lstrip())
        sentence = Sentence(
            article_id=article.id,
            index=index,
            text=sentence_text,
            start=start,
            end=start + len(sentence_text),
            paragraph=_paragraph_of(start, paragraph_starts),
        )
        quoted = sum(min(e, sentence.end) - max(s, sentence.start) for s, e in quote_spans if s < sentence.end and e > sentence.start)
        within = range(first, last)
        infos.append(
            SentenceInfo(
                sentence=sentence,
                entities=(),
                terms=frozenset(tokens.content[i] for i in within if tokens.content[i]),
                words=sum(1 for i in within if tokens.is_word[i]),
                is_heading=headings[sentence.paragraph],
                is_quote=quoted > 0.4 * max(1, len(sentence_text)) or sentence_text[:1] in _OPEN_QUOTES,
                is_future=dates.is_future_tense(sentence_text),
                dates=(mentions := _dates(
                    sentence_text, article.published, lambda span, t=sentence_text: _skim_tense(t, span), anchor=anchor,
                    dateline_end=dateline[1] - dateline[0] if start == dateline[0] else 0, clubs=clubs,
                    quoted_unstamped=in_quotation_of(unstamped_quotes, start),
                )),
                lemmas=tuple(tokens.lower[i] for i in within if not tokens.is_space[i]),
                parsed=False,
            )
        )
        anchor = _anchor_after(mentions, anchor)
    term_counts = Counter(term for term in tokens.content if term)
    offsets = [tokens.idx[first] for first, _ in bounds]
    return _Skim(AnnotatedArticle(article, tuple(infos), (), (), dict(term_counts)), bounds, offsets, quote_spans, tokens, clubs)


def _lemmas(doc) -> tuple[str, ...]:
    """The lower-case lemmas of a parsed sentence's words (read as arrays, like `_Tokens`)."""
    from spacy.attrs import IS_SPACE, LEMMA

    strings = doc.vocab.strings
    return tuple(strings[lemma].lower() for lemma, space in doc.to_array([LEMMA, IS_SPACE]).tolist() if not space)


def _annotate(skim: _Skim, parsed: dict[int, object], recognise: Callable | None = None) -> AnnotatedArticle:
    """The skimmed article with what the parsed sentences (`parsed`: index → sentence document) add
    (`recognise`: `_recogniser`)."""
    article = skim.annotated.article
    infos = list(skim.annotated.sentences)
    repair_names(parsed, article.text)
    parsed_dates = _parsed_dates(skim, parsed)
    for index in parsed_dates.keys() - parsed.keys():  # a sentence read by its words, re-read with what the parse showed of its people
        infos[index] = replace(infos[index], dates=parsed_dates[index])
    for index, doc in parsed.items():
        info = infos[index]
        offset = skim.offsets[index]
        infos[index] = replace(
            info,
            entities=tuple(Entity(e.text, e.label_, offset + e.start_char, offset + e.end_char) for e in doc.ents),
            dates=parsed_dates[index],
            lemmas=_lemmas(doc),
            short=_compress(doc[:]),
            parsed=True,
            ahead=looks_ahead_in(doc[:], article.published, _past_dated(parsed_dates[index], article.published)),
        )
    note_lower_case_words(parsed, article.text)
    with reading_roles_once():  # each role rule read once per mention
        person_mentions = _person_mentions(parsed)
        people = _canonical_people([m for _, m in person_mentions], recognise)
        players = tuple(_players(skim, parsed, person_mentions, people))
    roles = {p.name: p.role for p in players if p.role and p.kind == "PERSON"}
    # speakers named by surname in sentences the recogniser did not read get the full name the text gives
    quotes = tuple(_quotes(skim, parsed, person_mentions, _full_names(article.text) | people, roles))
    players = tuple(with_speakers(players, quotes, article.text, article.title or ""))
    return replace(skim.annotated, sentences=tuple(infos), quotes=quotes, players=players)


def _past_dated(mentions, published) -> bool:
    """Does the sentence date its event in a year before publication's ("In October 2014, …")? A
    recent day does not place a telling long past ("said on Monday it would …")."""
    return published is not None and any(m.dates_event and m.resolved.date.year < published.year for m in mentions)


COMPRESS_OVER_WORDS = 30  # longer sentences lose what a copy editor would cut


def _compress(span) -> str:
    """The sentence cut the way a copy editor would, by the parse, never at a word count: always a
    trailing attribution (", officials said") unless the sentence is a quotation; past
    COMPRESS_OVER_WORDS also parentheticals, appositives and non-restrictive relative clauses set off
    by commas, and a leading adverbial phrase that holds no date. Only deletions, so every word left
    is still the source's."""
    text = span.text.strip()
    doc, drop = span.doc, set()
    root = span.root
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    reported = root.lemma_.lower() in SPEECH_VERBS and clause is not None and subject is not None and subject.i > clause.i
    if reported and text[:1] not in _OPEN_QUOTES:  # a quotation keeps its speaker
        drop |= {t.i for t in span if not clause.left_edge.i <= t.i <= clause.right_edge.i and t.i != span.end - 1}
    if sum(1 for t in span if not t.is_punct) <= COMPRESS_OVER_WORDS:
        return _cut(span, drop) if drop else text
    depth = 0
    for t in span:  # parentheticals
        depth += t.text == "("
        if depth:
            drop.add(t.i)
        depth -= t.text == ")" and depth > 0
    last = span.end - 1 if span[-1].is_punct else span.end
    for t in span:  # ", the head of X," and ", who …," (also closing the sentence), ", according to …"
        attribution = t.lower_ == "according" and t.dep_ == "prep"
        if (t.dep_ in ("appos", "relcl") or attribution) and t.left_edge.i > span.start:
            left, right = t.left_edge.i, t.right_edge.i
            closed = right + 1 < span.end and doc[right + 1].text == "," and not (right + 2 < span.end and doc[right + 2].pos_ == "CCONJ")
            if doc[left - 1].text == "," and (right + 1 == last or closed):  # both commas go: "Holloway said"
                drop |= set(range(left - 1, right + 2 if closed else right + 1))
    for t in root.children:  # "In a series of bizarre remarks, …"
        if t.dep_ in ("prep", "advcl", "advmod", "npadvmod") and t.i < root.i and t.left_edge.i == span.start:
            right = t.right_edge.i
            dated = any(x.ent_type_ in ("DATE", "TIME") for x in t.subtree) or _DATE_RE.search(doc[t.left_edge.i : right + 1].text)
            if right + 1 < span.end and doc[right + 1].text == "," and not dated:
                drop |= set(range(span.start, right + 2))
    return _cut(span, drop)


def _cut(span, drop: set[int]) -> str:
    """The sentence without the tokens in `drop`, tidied; the whole sentence if too little is left."""
    text = span.text.strip()
    kept = re.sub(r"\s+", " ", "".join(t.whitespace_ if t.i in drop else t.text_with_ws for t in span)).strip()
    kept = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r",\s*,", ",", kept)).strip(" ,")
    if not kept or len(kept.split()) < 6:
        return text
    if kept[-1] not in ".!?”’\"'":
        kept += "."
    kept = kept[:1].upper() + kept[1:]
    # a cut that leaves a word hanging ("…, but.") or a quotation open is no cut: the sentence stays whole
    return text if sentence_problem(kept) and not sentence_problem(text) else kept


# Words after a clock time's "a.m.", where the sentence recogniser sometimes ends a sentence.
_AFTER_CLOCK = frozenset(dates.WEEKDAYS) | frozenset(dates.MONTHS) | frozenset("today tomorrow tonight yesterday et est edt ct cst cdt mt pt pst pdt gmt bst utc local eastern pacific central mountain".split())


def _after_title(tokens: _Tokens, i: int) -> bool:
    """Whether token `i` is a capitalised word right after an abbreviated title ("Sgt." read as one
    token or as "Sgt" and "."), or a day, month or time zone right after a clock time's "a.m."
    ("at 4:55 p.m. Wednesday")."""
    previous = tokens.lower[i - 1]
    if previous in ("a.m.", "p.m.") and tokens.lower[i].rstrip(".") in _AFTER_CLOCK:
        return True
    if previous == ".":
        previous = tokens.lower[i - 2] if i > 1 and not tokens.space_after[i - 2] else ""
    return previous.rstrip(".") in NAME_TITLES and tokens.text[i][:1].isupper()


def _sentence_bounds(doc, tokens: _Tokens) -> list[tuple[int, int]]:
    """Token ranges of spaCy's sentences, never crossing a paragraph break and never empty. An
    opening quotation mark the recogniser left at the end of a sentence (space before it, none
    after) opens the next."""
    starts = set()
    for i, start in enumerate(tokens.sent_start):
        if start and i > 0 and _after_title(tokens, i):
            continue  # "police Sgt. Dana Pruitt": a title, not the end of a sentence
        if start and i > 0:
            if tokens.lower[i - 1] in _OPEN_QUOTES and not tokens.space_after[i - 1] and (i == 1 or tokens.space_after[i - 2] or tokens.is_space[i - 2]):
                i -= 1
            starts.add(i)
    bounds = []
    start = 0
    for i, is_space in enumerate(tokens.is_space):
        breaks = is_space and "\n\n" in tokens.lower[i]
        if breaks or (i in starts and i > start):
            if i > start and not all(tokens.is_space[start:i]):
                bounds.append((start, i))
            start = i + 1 if breaks else i
    if start < len(tokens.is_space) and not all(tokens.is_space[start:]):
        bounds.append((start, len(tokens.is_space)))
    return bounds


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\n+", text)]


def _paragraph_of(offset: int, starts: list[int]) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _is_heading_paragraph(text: str, paragraph: int, starts: list[int]) -> bool:
    start = starts[paragraph]
    end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(text)
    block = text[start:end].strip()
    return is_heading_like(block) and "\n" not in block
