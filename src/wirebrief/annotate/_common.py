"""What the parts of `annotate` share: the annotated article's types, and the word lists for
speech, roles and organisations that more than one part reads."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from .. import dates
from ..models import Article, KeyPlayer, Quote, Sentence
from ..text import stem

PLAYER_LABELS = ("PERSON", "ORG", "GPE", "NORP")

SPEECH_VERBS = frozenset(
    """say tell add write state announce claim insist argue warn note explain describe declare confirm
    deny reply respond stress urge ask post tweet acknowledge admit suggest recall testify conclude
    emphasise emphasize remark vow pledge maintain assert""".split()
)
# Verbs by which a party answers another ("The developer disagreed", "The club hit back"): who does it is
# not the one answered, and a "she said" after it may be their spokesperson's.
ANSWERING_VERBS = frozenset(
    """disagree respond reply deny reject dispute counter object contest protest refute rebut retort dismiss
    hit fire push strike challenge criticise criticize condemn""".split()
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
_ORG_WORDS = frozenset(
    """council association ministry university party union committee agency authority group company
    corporation bank court department office commission institute foundation league club news times
    post herald daily network board fund trust service services school hospital army police""".split()
)
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
    spokesperson spokesman spokeswoman official lady""".split()
)
_ORG_NOUNS = _ORG_WORDS | frozenset(
    """firm government campaign team organisation organization administration airline brand retailer charity company
    utility insurer lender broadcaster publisher startup watchdog regulator manufacturer supplier operator
    network ministry""".split()
)
# Every form of the speech verbs, as a regex alternation (compose reads it too).
SPEECH_VERB_FORMS = "|".join(sorted({f for v in SPEECH_VERBS for f in (v, v + "s", v + "ed", v + "d")} | {"said", "told", "wrote"}))


@dataclass(frozen=True)
class Entity:
    text: str
    label: str
    start: int  # offsets into the article text
    end: int


# Lower-case words inside a person's name ("Pieter de Wit", "Borja del Pozo Cruz", "Ursula von der Leyen")
# The hyphens that join the parts of a double-barrelled name ("Okonkwo-Bell"): the ASCII one, the hyphen and the
# non-breaking hyphen.
NAME_HYPHENS = frozenset(("-", "\u2010", "\u2011"))
NAME_PARTICLES = frozenset("de del della degli da das dos di du van von der den ter la le al el bin ibn".split())

EVENT, DATELINE, REPORTING, ATTRIBUTION, COMPARISON, BOUND = "event", "dateline", "reporting", "attribution", "comparison", "bound"
STAMP = "stamp"  # a page's publication stamp ("Updated May 18, 2023 6:41 pm ET"), taken out of the article


@dataclass(frozen=True)
class DatedMention:
    resolved: dates.ResolvedDate
    upcoming: bool  # after the publication date
    # False for a date that describes a thing and cannot be when the sentence's event happens: a
    # past sentence about "a possible 2028 presidential contender" (a timeline leaves it out)
    dates_event: bool = True
    # What the date is in its sentence (`dating._role`): EVENT, or a date that is not the sentence's
    # event: the dateline's (DATELINE), a saying's ("X said on Monday that …": REPORTING; "…, the office
    # said on Monday": ATTRIBUTION), what a figure is compared with ("from $5.1 billion in February": COMPARISON),
    # or a bound of what happens ("open through March", "a shutdown before Christmas", "after Sunday's defeat": BOUND);
    # the day a publication stamp gives (STAMP)
    role: str = "event"
    # Whether the date hangs on the sentence's main clause: True or False where the parse tells,
    # False where the words put it in a clause "who", "which", "because" … opens, else None
    main: bool | None = None
    # A parsed sentence's date's features for the learned decisions (`dating.DATE_FEATURE_NAMES`), () where skimmed
    features: tuple[float, ...] = field(default=(), compare=False, repr=False)


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
    # whether the parse reads the sentence as looking ahead (`outlook.looks_ahead_in`); None where not parsed
    ahead: bool | None = None


@dataclass(frozen=True)
class AnnotatedArticle:
    article: Article
    sentences: tuple[SentenceInfo, ...]
    quotes: tuple[Quote, ...]
    players: tuple[KeyPlayer, ...]
    term_counts: dict[str, int] = field(default_factory=dict)
    # the sentences of the lines the segmenter took out of the article (captions, correction notes), read for their
    # dates only by the full annotation (`annotate.with_furniture`); no writer sees them
    furniture: tuple[SentenceInfo, ...] = ()

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


@dataclass
class _Skim:
    """An article split into sentences, with the model-free features of each."""

    annotated: AnnotatedArticle  # every sentence skimmed, no quotes or players yet
    bounds: list[tuple[int, int]]  # each sentence's token range in the tokenized document
    offsets: list[int]  # each sentence's first token's character offset: where its parsed document starts
    quote_spans: list[tuple[int, int]]  # character offsets of direct quotations
    tokens: _Tokens
    clubs: frozenset[str] = frozenset()  # weekday words the article uses as a club's name (`dating.club_weekdays`)

    def words(self, index: int) -> tuple[list[str], list[bool]]:
        """The words of a sentence and whether a space follows each."""
        first, last = self.bounds[index]
        return self.tokens.text[first:last], self.tokens.space_after[first:last]


class _Tokens:
    """Per-token attributes of a document read once as arrays (spaCy makes a Token object on every
    access, which was most of the cost of skimming)."""

    def __init__(self, doc, text: str | None = None):
        """`text`: the text `doc` was tokenized from, if at hand: a token's text is then cut from it (a
        token's text is the text's characters at its offset, its lower case that text lower-cased),
        not looked up in the string store, twice a token."""
        from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, LENGTH, LOWER, ORTH, SENT_START, SPACY

        strings = doc.vocab.strings
        lower, alpha, stop, punct, space, length, sent_start, space_after, orth, idx = (
            column.tolist() for column in doc.to_array([LOWER, IS_ALPHA, IS_STOP, IS_PUNCT, IS_SPACE, LENGTH, SENT_START, SPACY, ORTH, IDX]).T
        ) if len(doc) else ([] for _ in range(10))
        if text is None:
            self.lower = [strings[h] for h in lower]
            self.text = [strings[h] for h in orth]
        else:
            self.text = [text[i : i + n] for i, n in zip(idx, length, strict=True)]
            self.lower = [w.lower() for w in self.text]
        self.idx = idx
        self.content = [stem(w) if a and not s and n > 1 else "" for w, a, s, n in zip(self.lower, alpha, stop, length, strict=True)]
        self.is_space = [bool(v) for v in space]
        self.is_word = [not p and not v for p, v in zip(punct, space, strict=True)]
        self.sent_start = [v == 1 for v in sent_start]
        self.space_after = [bool(v) for v in space_after]


# An organisation's initials as a name is written ("LTFRB", "HSE", "AT&T"): capitals only. People are written so too
# ("AOC", "JFK"): a reference in capitals that spells a person the text names is that person's, no organisation's.
ACRONYM = r"[A-Z][A-Z&]{1,6}"
ACRONYM_RE = re.compile(ACRONYM)


def word_starts(text: str, word: str, not_before: str = "", not_after: str = "") -> list[int]:
    r"""Where `word` stands in `text` with no word character (letter, digit, "_"), nor one of
    `not_before`, right before it and none, nor one of `not_after`, right after it: what
    `re.finditer(rf"(?<![\w{not_before}]){re.escape(word)}(?![\w{not_after}])", text)` finds (left to
    right, not overlapping), without compiling a pattern for each name an article holds."""
    if not word:
        return [m.start() for m in re.finditer(rf"(?<![\w{re.escape(not_before)}])(?![\w{re.escape(not_after)}])", text)]
    found = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else ""
        after = text[end] if end < len(text) else ""
        if not (before and (before.isalnum() or before == "_" or before in not_before)) and not (
                after and (after.isalnum() or after == "_" or after in not_after)):
            found.append(at)
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return found


def _personal(noun: str, epithet: bool = False) -> bool:
    """Whether a noun reads as a word for a person: a known one, or by its ending ("eighth-grader",
    "the 27-year-old"). For an `epithet` standing for a named person, fewer endings count ("the
    duchess", "the novelist"), not "-er" ("the paper", "the order")."""
    endings = ("ess", "aire", "ist", "ian") if epithet else ("ess", "aire", "ist", "ian", "er", "or", "ant", "ent", "ee", "-old")
    return noun in PERSON_NOUNS or noun.endswith(endings)


# Words for organisations that speak or are spoken of, wider than `_ORG_NOUNS` ("Israel’s military said").
BODY_NOUNS = _ORG_NOUNS | frozenset("conference federation coalition alliance tribunal embassy military navy cabinet parliament presidency".split())
RELATIONAL_NOUNS = frozenset("counterpart colleague rival ally aide teammate".split())  # a person, said of another one


def set_off_for(name, token) -> bool:
    """Whether a name the parse set in apposition stands for the subject word `token`. A name set off by
    a comma stands for the noun just before the comma, whatever the parse hung it on: the subject word
    itself ("the union's general secretary, Mick Lynch,"); a name whose word the parse took for the
    subject's, ending in a possessive ("the Royal College of Nursing's general secretary, Pat Cullen,");
    or a word for no person within a subject that is a word for a person ("A spokesperson for the
    National Union of Teachers, Priya Sandhu,", "its head of policy, Mike Childs,"): an organisation, a
    place, a field, which no person's name could stand for. Not another person's word ("lawyers for the
    former president, Donald Trump,", "police, who named the dead man as a local builder, Tom Reed,").
    A name not set off ("the Vargas' daughter Sunita Varga") stands for its head."""
    doc = token.doc
    ent = next((e for e in doc.ents if e.start <= name.i < e.end), None)
    start = ent.start if ent is not None else name.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return True
    before = doc[start - 2]
    while before.dep_ == "conj" and before != token and before.head != before:  # "Warmwell's co-founder and chief executive, Aisha Rahman,"
        before = before.head
    if before == token:
        return True
    if possessed_by_name(before, token):
        return True
    if not person_token(token):
        return False
    word = before
    while word != token:  # through "for"/"of"/"at" and words for no person ("its head of policy,", "the head of the charity,")
        if word.dep_ not in ("pobj", "prep", "compound") or word.head == word:
            return False
        if word.ent_type_ == "PERSON" or word.pos_ in ("NOUN", "PROPN") and person_token(word) and not organisation_token(word):
            return False
        word = word.head
    return True


def person_token(token) -> bool:
    lemma = token.lemma_.lower()
    return _personal(lemma) or lemma in RELATIONAL_NOUNS or token.lower_ in PERSON_NOUNS


def organisation_token(token) -> bool:
    return token.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC") or token.lemma_.lower() in BODY_NOUNS


def possessed_by_name(before, token) -> bool:
    """Whether `before` is a word for a person owned by a name the subject word begins, which the parse
    took for the subject ("the Friends of Harwick Library group's chair", parsed as "Friends … of … chair")."""
    doc = token.doc
    owners = [c for c in before.children if c.dep_ == "poss" and token.i < c.i < before.i]
    if not owners or not person_token(before) or not token.text[:1].isupper():
        return False
    owner = owners[0]
    if not (owner.text[:1].isupper() or owner.lemma_.lower() in BODY_NOUNS):
        return False
    return all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "&", "for") for t in doc[token.i + 1 : owner.i])


# The gender a kinship noun or an honorific gives the one it names (the speakers' and the roles' pronoun checks).
GENDER_OF_NOUN = {noun: gender for nouns, gender in (("son husband father brother grandson grandfather uncle nephew widower boyfriend dad stepson stepfather", "m"),
                  ("daughter wife mother sister granddaughter grandmother aunt niece widow girlfriend mum mom stepdaughter stepmother", "f")) for noun in nouns.split()}
GENDER_OF_HONORIFIC = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}
# The gender of each third-person pronoun of a person, in every case.
GENDER_OF_PRONOUN_WORD = {**dict.fromkeys(("he", "him", "his", "himself"), "m"), **dict.fromkeys(("she", "her", "hers", "herself"), "f")}
