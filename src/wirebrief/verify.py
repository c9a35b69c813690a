"""Verify: how well an article supports each statement written about it.

A statement is checked item by item. Its entities (runs of capitalised words), numbers and dates, and its other
content words, must occur in its evidence: the article sentences it cites or, when it cites none, the one or two
sentences that match it best. An item found only elsewhere in the article is weaker support (facts from different
sentences are easily combined wrongly); an item found nowhere is unsupported. A negation needs a negation in the
evidence. Beyond the items, a claim can be made of supported words and still say what the article does not: the
share of the statement's three-word sequences that the article also writes measures how much of its wording, and
so of its composition, the article vouches for.

The score reads as the chance that the statement holds no error: each doubtful item multiplies it by the chance
that the item is right, and the composition factor scales it between Weights.copy_floor (all new wording) and 1 (wording
copied). Every entity, number or date found nowhere in the article puts the score below DEFAULT_THRESHOLD on its
own, whatever else the statement has going for it. All of it is lexical (regular expressions, light stemming):
preparing an article takes milliseconds and checking a statement well under one.

Every writer's briefing passes one gate before it is published, `publish`: each statement must be a complete
sentence (`sentence_problem`) and be supported by the sentences it cites (`Gate.judge`); what fails is left out,
what passes carries its support.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .config import MAX_INPUT_BYTES
from .models import Briefing, Statement
from .text import STOPWORDS, stem

EVIDENCE_SENTENCES = 2  # without citations, this many best-matching article sentences are the evidence


@dataclass(frozen=True)
class Weights:
    """Chance that an item is right, by how it is supported (the score multiplies them), and how wording counts."""

    key_missing: float = 0.15  # an entity, number or date found nowhere in the article
    key_elsewhere: float = 0.7  # ... found in the article but not in the evidence
    word_missing: float = 0.5  # another content word found nowhere in the article (it may be a paraphrase)
    word_elsewhere: float = 0.9
    negation_missing: float = 0.5  # the statement negates, its evidence does not
    pair_apart: float = 0.85  # two adjacent content words of the statement that share no article sentence
    copy_floor: float = 0.3  # composition factor of a statement none of whose word sequences the article writes
    ngram: int = 3  # length of the word sequences compared (1 to MAX_NGRAM)


DEFAULT_WEIGHTS = Weights()
MAX_NGRAM = 3
COUNTED = ("key_missing", "key_elsewhere", "word_missing", "word_elsewhere", "negation_missing", "pair_apart")
# A statement whose items all occur in its evidence passes however it is worded (>= copy_floor, less a little for
# each pair of its words that no one sentence holds); one with an entity, number or date found nowhere in the article
# never does (<= key_missing).
DEFAULT_THRESHOLD = 0.2

# Words that carry no checkable claim: the shared stopwords, less those that do (numbers, positions, periods).
_CLAIM_WORDS = frozenset("one two first last year years week day time people new since before after".split())
FUNCTION_WORDS = (STOPWORDS - _CLAIM_WORDS) | frozenset(
    "per cent percent also unk would could should can will shall may might must mr mrs ms dr sir".split()
)
NEGATIONS = frozenset(
    "not no never nor cannot n't didn't don't doesn't isn't wasn't weren't aren't won't can't couldn't wouldn't "
    "hasn't haven't hadn't shouldn't".split()
)
NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
     "dozen": "12"}  # fmt: skip  (read as their digits; "hundred", "million" ... are words, see SCALE_ALIASES)
SCALE_ALIASES = {"million": ("m", "mn", "mln"), "billion": ("bn", "b"), "thousand": ("k",)}
DATE_WORDS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)
_AMBIGUOUS_DATES = frozenset({"may", "march"})  # dates only when capitalised

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})
_DETACHED = re.compile(r"(\w) (n't|'s|'re|'ve|'ll|'d|'m)\b", re.IGNORECASE)  # "did n't", as tokenised corpora write
_AGE = re.compile(r"\b(\d+)[- ](?:year|month|week|day)s?[- ]old\b", re.IGNORECASE)  # "the 72-year-old" ~ "X, 72,"
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)*")
_FREE_STOP = re.compile(r"\s+([.!?])\s+(?=\S)")  # "word . Next" in tokenised model output


@dataclass(frozen=True)
class Verdict:
    score: float  # support in [0, 1]
    supported: bool  # score >= threshold
    reasons: tuple[str, ...]  # e.g. 'number "42" not in the cited sentences or the article'


@dataclass(frozen=True)
class SummaryVerdict:
    sentences: tuple[str, ...]
    verdicts: tuple[Verdict, ...]  # one per sentence
    score: float  # the weakest sentence's: a summary is faithful only if every sentence is
    supported: bool


@dataclass(frozen=True)
class Findings:
    """What checking one statement found, before weighting: counts of doubtful items, and the share of the
    statement's n-word sequences (n = 1, 2, 3) that the article writes."""

    key_missing: int = 0
    key_elsewhere: int = 0
    word_missing: int = 0
    word_elsewhere: int = 0
    negation_missing: int = 0
    pair_apart: int = 0
    copied: tuple[float, ...] = (1.0,) * MAX_NGRAM
    reasons: tuple[str, ...] = ()

    def score(self, weights: Weights = DEFAULT_WEIGHTS) -> float:
        log_score = sum(getattr(self, name) * math.log(getattr(weights, name)) for name in COUNTED)
        copied = self.copied[weights.ngram - 1]
        return math.exp(log_score) * (weights.copy_floor + (1 - weights.copy_floor) * copied)


class _Token(NamedTuple):  # a tuple: made for every word of every article and statement checked
    norm: str  # lower-cased, possessive off, digits without thousands separators
    stem: str
    kind: str  # entity | number | date | word | function
    text: str  # as written


@dataclass(frozen=True)
class _Item:
    """What must be supported: one content word, number or date, or an entity of one or more tokens."""

    kind: str
    text: str
    tokens: tuple[_Token, ...]


class Verifier:
    """An article prepared once (sentences tokenised, words and word sequences indexed) to check many statements."""

    def __init__(
        self,
        article_sentences: Sequence[str],
        *,
        threshold: float = DEFAULT_THRESHOLD,
        weights: Weights = DEFAULT_WEIGHTS,
    ) -> None:
        self.sentences = list(article_sentences)
        self.threshold = threshold
        self.weights = weights
        self._index: dict[str, set[int]] = {}  # norm or stem -> the sentences holding it
        self._ngrams: list[set[tuple[str, ...]]] = [set() for _ in range(MAX_NGRAM)]  # sequences the article writes
        lowercase: set[str] = set()  # words the article writes in lower case somewhere
        index = self._index
        for number, sentence in enumerate(self.sentences):
            norms, keys, lower = _sentence_words(sentence)
            for key in keys:
                found = index.get(key)
                if found is None:
                    index[key] = {number}
                else:
                    found.add(number)
            for n, grams in enumerate(self._ngrams, start=1):
                grams.update(zip(*(norms[k:] for k in range(n))))
            lowercase.update(lower)
        self._negated = set().union(*(self._index.get(word, ()) for word in NEGATIONS))  # sentences that negate
        self._lowercase = frozenset(lowercase)
        self._names = frozenset(key for key in self._index if key not in lowercase)  # only ever capitalised

    def check(self, statement: str, cited: Sequence[int] = ()) -> Verdict:
        """Support of one statement: its entities, numbers and dates must occur in the cited sentences (indexes into
        article_sentences), or elsewhere in the article with a lower score; so must its other content words; and
        the article should write its word sequences. Without citations the best-matching sentences are the evidence."""
        findings = self.findings(statement, cited)
        score = findings.score(self.weights)
        return Verdict(round(score, 4), score >= self.threshold, findings.reasons)

    def findings(self, statement: str, cited: Sequence[int] = ()) -> Findings:
        """What `check` weighs: the statement's doubtful items, counted, with a reason for each."""
        bad = [i for i in cited if not 0 <= i < len(self.sentences)]
        if bad:
            raise ValueError(f"cited sentence {bad[0]} is out of range: the article has {len(self.sentences)}")
        tokens = _tokens(statement, self._lowercase, self._names)
        items = _items(tokens)
        if not items:
            return Findings()
        found = {item: [self._sentences_of(token) for token in item.tokens] for item in items}
        evidence = set(cited) or self._best_sentences(items, found)
        where = "the cited sentences" if cited else "the best-matching sentences"

        counts = dict.fromkeys(COUNTED, 0)
        reasons: list[str] = []
        for item in items:
            if all(ids & evidence for ids in found[item]):
                continue
            key = item.kind != "word"
            if all(found[item]):
                counts["key_elsewhere" if key else "word_elsewhere"] += 1
                if key:
                    reasons.append(f'{item.kind} "{item.text}" not in {where} (only elsewhere in the article)')
            else:
                counts["key_missing" if key else "word_missing"] += 1
                reasons.append(f'{item.kind} "{item.text}" not in {where} or the article')
        negations = sorted(NEGATIONS.intersection(t.norm for t in tokens))
        if negations and not self._negated & evidence:
            counts["negation_missing"] = 1
            reasons.append(f'negation "{negations[0]}" not in {where}')
        for left, right in itertools.pairwise(items):
            if all(found[left]) and all(found[right]) and not _whole(found[left]) & _whole(found[right]):
                counts["pair_apart"] += 1
                reasons.append(f'"{left.text}" and "{right.text}" occur in no one sentence of the article')

        norms = [t.norm for t in tokens if t.norm != "unk"]  # UNK: a model's unknown word, a gap not a claim
        copied = []
        for n, article_grams in enumerate(self._ngrams, start=1):
            grams = list(zip(*(norms[k:] for k in range(n))))
            copied.append(sum(g in article_grams for g in grams) / len(grams) if grams else 1.0)
        if copied[self.weights.ngram - 1] < 0.5:
            reasons.append(f"only {copied[self.weights.ngram - 1]:.0%} of its {self.weights.ngram}-word sequences "
                           "occur in the article")  # fmt: skip
        return Findings(**counts, copied=tuple(copied), reasons=tuple(reasons))

    def _sentences_of(self, token: _Token) -> set[int]:
        ids = set(self._index.get(token.norm, ()))
        if token.kind == "word":
            ids |= self._index.get(token.stem, set())
        for alias in SCALE_ALIASES.get(token.norm, ()):
            ids |= self._index.get(alias, set())
        return ids

    @staticmethod
    def _best_sentences(items: list[_Item], found: dict[_Item, list[set[int]]]) -> set[int]:
        """Greedy cover: the sentence holding most of the statement's items, then the one adding most."""
        chosen: set[int] = set()
        left = [_whole(found[item]) for item in items]
        for _ in range(EVIDENCE_SENTENCES):
            counts = Counter(i for ids in left for i in ids)
            if not counts:
                break
            best = min(counts, key=lambda i: (-counts[i], i))
            chosen.add(best)
            left = [ids for ids in left if best not in ids]
        return chosen


def shared_verifier(article_sentences: Sequence[str], *, threshold: float = DEFAULT_THRESHOLD) -> Verifier:
    """The `Verifier` of these sentences, made once for the few articles read last: compose checks its
    rewrites against an article's sentences and the gate (`publish`) then checks the briefing against
    the same ones. A verifier is only read once made."""
    return _shared_verifier(tuple(article_sentences), threshold)


@functools.lru_cache(maxsize=16)
def _shared_verifier(article_sentences: tuple[str, ...], threshold: float) -> Verifier:
    return Verifier(article_sentences, threshold=threshold)


def _whole(ids_per_token: list[set[int]]) -> set[int]:
    """The sentences that hold every token of an item."""
    return set.intersection(*ids_per_token)


def verify_summary(
    article: str, summary: str, *, threshold: float = DEFAULT_THRESHOLD, weights: Weights = DEFAULT_WEIGHTS
) -> SummaryVerdict:
    """Check every sentence of `summary` against `article` (nothing is cited: the best-matching sentences are the
    evidence). The summary's score is its weakest sentence's."""
    verifier = Verifier(split_sentences(article), threshold=threshold, weights=weights)
    sentences = tuple(split_summary(summary))
    verdicts = tuple(verifier.check(sentence) for sentence in sentences)
    score = min((v.score for v in verdicts), default=1.0)
    return SummaryVerdict(sentences, verdicts, score, score >= threshold)


def split_sentences(text: str) -> list[str]:
    """Sentences of plain text, by spaCy's rule-based sentencizer (no model: punctuation and the tokenizer's
    abbreviation rules)."""
    return [s.text.strip() for s in _sentencizer()(text).sents if s.text.strip()]


def split_summary(summary: str) -> list[str]:
    """Sentences of a summary; in tokenised model output ("... word . next ...") a free-standing stop ends one."""
    return split_sentences(_FREE_STOP.sub(r"\1\n\n", summary.strip()))


@functools.cache
def _sentencizer():  # -> spacy.language.Language
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 2 * MAX_INPUT_BYTES  # no parser or NER here, so the default's memory concern does not apply
    return nlp


def _items(tokens: list[_Token]) -> list[_Item]:
    """Content tokens as items, adjacent entity tokens joined into one entity, each item once."""
    items: list[_Item] = []
    joins_previous = False  # the previous token was an entity token
    for token in tokens:
        if token.kind == "entity" and joins_previous:
            previous = items[-1]
            items[-1] = _Item("entity", f"{previous.text} {token.text}", (*previous.tokens, token))
        elif token.kind != "function":
            items.append(_Item(token.kind, token.text, (token,)))
        joins_previous = token.kind == "entity"
    unique: dict[tuple[str, ...], _Item] = {}
    for item in items:  # each item once, where it first occurs (word pairs are read in this order)
        unique.setdefault(tuple(t.norm for t in item.tokens), item)
    return list(unique.values())


@functools.lru_cache(maxsize=1 << 12)  # an article's sentences are indexed for compose and again for the gate (a few articles apart)
def _sentence_words(sentence: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """What `Verifier` indexes of an article sentence, as `_tokens` reads it: its tokens' norms in order, their
    norms and stems (each once, in order of first use), and the norms of the tokens written in lower case."""
    text = _AGE.sub(r"\1", _DETACHED.sub(r"\1\2", sentence.translate(_QUOTES)))
    norms, keys, lower = [], {}, []
    for word in _TOKEN.findall(text):
        norm, stemmed, _ = _word(word)
        if not norm:
            continue
        norms.append(norm)
        keys[norm] = keys[stemmed] = None
        if word.islower():
            lower.append(norm)
    return tuple(norms), tuple(keys), tuple(lower)


def _tokens(
    text: str, lowercase_in_article: frozenset[str] | None = None, names_in_article: frozenset[str] = frozenset()
) -> list[_Token]:
    """Tokens with their kind. Entity tokens are capitalised words not at the start of the sentence, or at its start
    when the article never writes them in lower case; in lower-case text (as some models write), words the article
    only ever capitalises."""
    text = _AGE.sub(r"\1", _DETACHED.sub(r"\1\2", text.translate(_QUOTES)))
    words = _TOKEN.findall(text)
    cased = not text.isupper() and any(word[0].isupper() for word in words)
    tokens: list[_Token] = []
    for position, word in enumerate(words):
        norm, stemmed, kind = _word(word)
        if not norm:
            continue
        capital = cased and word[0].isupper()
        if kind == "may-date":
            kind = "date" if capital else "function" if norm in FUNCTION_WORDS else "word"  # "may" the verb
        if kind == "word" and capital and (
            position > 0 or lowercase_in_article is None or norm not in lowercase_in_article
        ):
            kind = "entity"
        elif kind == "word" and not capital and word.islower() and norm in names_in_article:
            kind = "entity"
        tokens.append(_Token(norm, stemmed, kind, word))
    return tokens


@functools.lru_cache(maxsize=1 << 16)
def _word(word: str) -> tuple[str, str, str]:
    """A word's norm, stem and kind as far as it goes without context (number, date, may-date, function, word)."""
    lower = word.lower()
    if word[0].isdigit():
        return lower.replace(",", ""), lower.replace(",", ""), "number"
    if lower in NUMBER_WORDS:
        return NUMBER_WORDS[lower], NUMBER_WORDS[lower], "number"
    norm = lower[:-2] if lower.endswith("'s") else lower.rstrip("'")
    if norm in DATE_WORDS:
        return norm, norm, "may-date" if norm in _AMBIGUOUS_DATES else "date"
    if norm in FUNCTION_WORDS or len(norm) < 2:
        return norm, norm, "function"
    return norm, stem(norm), "word"


# The gate every writer's briefing passes before it is published -------------------------------------------------

_CLOSERS = "\"'”’)]»"
_TERMINAL = ".!?…"
# Words a sentence does not end on: an article, determiner or conjunction there means the sentence was cut off.
_DANGLING = frozenset(
    "a an the and or nor but than whether because although while whereas their its our your my whose".split()
)
# Verb forms a sentence may rest on: auxiliaries, modals, copulas, the commonest irregular past tenses (regular
# ones end in -ed), and base forms of common verbs that are seldom nouns (a plural subject's present: "... remain").
_FINITE = frozenset(
    """is are was were am be been being has have had do does did will would shall should can could may might must cannot
    said told made took went came gave found left held put set cut hit led met sent spent won
    lost built brought bought began broke chose drew drove fell felt fought flew got grew heard hid kept knew laid
    lay meant paid ran rose saw sold shot sat spoke stood struck taught thought threw understood wore wrote became
    forgot forgave froze hung let read rode rang sang sank slept slid sought split spread sprang stole stuck stung
    swore swept swam swung tore woke withdrew overcame overtook undertook underwent upheld sped shut bore burst
    hurt quit beat broadcast forecast
    say see tell give take make go come get keep bring begin seem want include require continue remain believe know
    think become agree allow provide receive appear expect decide mean suggest feel""".split()
)
_FINITE_CONTRACTIONS = ("n't", "'re", "'ve", "'ll", "'m", "'d")
_PRONOUN_IS = frozenset("it's he's she's that's there's here's what's who's where's".split())
_SUBJECTS = frozenset("i we you they who".split())  # the word after one of these is most often its verb
# Words after which a word in -s is a noun (a plural), not a verb: determiners, prepositions, numbers.
_BEFORE_NOUN = frozenset(
    """a an the these those his her their its our your my some many several few both all any each every
    no of in on at for with from by to into onto over under about after before between against during without
    within across among through two three four five six seven eight nine ten more most other such own key""".split()
)
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ian", "ese", "ish")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d[\d.,]*|['’](?:s|re|ve|ll|d)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def sentence_problem(text: str) -> str | None:
    """Why `text` is not a complete sentence, or None when it reads as one: it must end in terminal punctuation
    (or a closing quote or bracket after it), not on a word that leaves it hanging ("... and."), with its double
    quotes balanced, and hold a finite verb. The verb is looked for first by a light lexical test (an auxiliary,
    modal or common verb form, a word in -ed, a word after a subject pronoun, or a word in -s that does not follow
    a determiner, preposition, number or adjective), then, where that finds none, by spaCy's tagger. A stranded
    preposition ("... proud of.") is fine."""
    stripped = text.strip()
    body = stripped.rstrip(_CLOSERS).rstrip()
    if not body or body[-1] not in _TERMINAL:
        return "it does not end in terminal punctuation"
    words = [w.lower().replace("’", "'") for w in _WORD.findall(body)]
    if not words:
        return "it has no words"
    if words[-1] in _DANGLING:
        return f'it ends on "{words[-1]}"'
    plain = stripped.translate(_QUOTES)
    if stripped.count("“") != stripped.count("”") or plain.count('"') % 2:
        return "its quotation marks are not balanced"
    if not _has_verb(words) and not _tagged_verb(stripped):
        return "it has no verb"
    return None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@functools.lru_cache(maxsize=1024)
def _tagged_verb(text: str) -> bool:
    """Whether spaCy's tagger finds a finite verb (or an imperative's opening verb) in `text`: the second opinion
    on a statement the lexical test finds none in ("Passengers use the network."). The tagger alone runs, on
    these few statements; the pipeline is the one `annotate` loaded. Without it, no verb is found."""
    from .annotate.nlp import load_pipeline
    from .config import Settings
    from .errors import ConfigError

    try:
        nlp = load_pipeline(Settings().model)
    except ConfigError:
        return False
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "tagger"):
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    words = [t for t in doc if not t.is_punct]
    return any(t.tag_ in _FINITE_TAGS for t in words) or bool(words and words[0].tag_ == "VB")


def _has_verb(words: list[str]) -> bool:
    for position, word in enumerate(words):
        if word in _FINITE or word.endswith(_FINITE_CONTRACTIONS) or word in _PRONOUN_IS:
            return True
        if len(word) >= 4 and word.endswith("ed"):
            return True
        if position > 0 and words[position - 1] in _SUBJECTS and word not in FUNCTION_WORDS and not word[0].isdigit():
            return True
        if len(word) >= 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and position > 0:
            before = words[position - 1]
            if before not in _BEFORE_NOUN and not before[0].isdigit() and not before.endswith(_ADJECTIVE_ENDINGS):
                return True
    return False


@dataclass(frozen=True)
class Rejected:
    """A statement the gate did not publish, with why."""

    section: str
    text: str
    citations: tuple[tuple[str, int], ...]
    score: float
    reasons: tuple[str, ...]


PROSE_SECTIONS = ("story", "key_points", "key_takeaways", "impact_analysis", "whats_new")


class Gate:
    """The articles a briefing may cite, each prepared once (`Verifier`), to judge its statements."""

    def __init__(
        self,
        sentences: Mapping[str, Sequence[str]],
        *,
        threshold: float = DEFAULT_THRESHOLD,
        make_verifier: Callable[[Sequence[str]], Verifier] | None = None,
    ) -> None:
        self._sentences = sentences
        self._make = make_verifier or (lambda texts: shared_verifier(texts, threshold=threshold))
        self._verifiers: dict[str, Verifier] = {}
        self._verdicts: dict[tuple[str, tuple], Verdict] = {}

    def verifier(self, article_id: str) -> Verifier | None:
        if article_id not in self._verifiers and article_id in self._sentences:
            self._verifiers[article_id] = self._make(self._sentences[article_id])
        return self._verifiers.get(article_id)

    def _cited_text(self, article_id: str, index: int) -> str | None:
        sentences = self._sentences.get(article_id, ())
        return sentences[index] if 0 <= index < len(sentences) else None

    def judge(self, text: str, citations: Sequence[tuple[str, int]]) -> Verdict:
        """A statement's verdict: not supported when it is not a complete sentence (`sentence_problem`); else the
        verifier's on the sentences it cites, article by article, the best one counting (a storyline statement
        cites every article that made the point); one that cites nothing is checked against every article."""
        key = (text, tuple(map(tuple, citations)))
        if key not in self._verdicts:
            self._verdicts[key] = self._judge(text, citations)
        return self._verdicts[key]

    def _judge(self, text: str, citations: Sequence[tuple[str, int]]) -> Verdict:
        problem = sentence_problem(text)
        if problem is None and any(self._cited_text(article_id, index) == text for article_id, index in citations):
            return Verdict(1.0, True, ())  # a cited sentence word for word: every item and sequence in the evidence
        by_article: dict[str, list[int]] = {}
        for article_id, index in citations:
            by_article.setdefault(article_id, []).append(index)
        if not citations:
            by_article = {article_id: [] for article_id in self._sentences}
        verdicts = []
        for article_id, cited in by_article.items():
            verifier = self.verifier(article_id)
            if verifier is None:
                verdicts.append(Verdict(0.0, False, (f"cites article {article_id}, whose sentences are not at hand",)))
            elif any(not 0 <= i < len(verifier.sentences) for i in cited):
                verdicts.append(Verdict(0.0, False, (f"cites a sentence article {article_id} does not have",)))
            else:
                verdicts.append(verifier.check(text, cited))
        best = max(verdicts, key=lambda v: v.score, default=Verdict(0.0, False, ("no article to check it against",)))
        if problem is not None:
            return Verdict(best.score, False, (f"not a complete sentence: {problem}", *best.reasons))
        return best


def publish(
    briefing: Briefing,
    sentences: Mapping[str, Sequence[str]],
    *,
    gate: Gate | None = None,
    rejected: list[Rejected] | None = None,
) -> Briefing:
    """The briefing as it may be published: every statement (The Story, Key Points, Key Takeaways, Impact
    Analysis, What's New, the timeline's) judged by `Gate.judge` against the cited articles' sentences
    (`sentences`: article id → its sentence texts, in order), its support filled in; a statement that fails is
    left out (a timeline event with it), and added to `rejected` when given. Every writer's briefing goes
    through here."""
    gate = gate or Gate(sentences)

    def keep(section: str, statement: Statement) -> Statement | None:
        verdict = gate.judge(statement.text, statement.citations)
        if verdict.supported:
            return dataclasses.replace(statement, support=verdict.score)
        if rejected is not None:
            citations = tuple(tuple(c) for c in statement.citations)
            rejected.append(Rejected(section, statement.text, citations, verdict.score, verdict.reasons))
        return None

    changes: dict[str, tuple] = {}
    for section in PROSE_SECTIONS:
        kept = (keep(section, s) for s in getattr(briefing, section))
        changes[section] = tuple(s for s in kept if s is not None)
    timeline = []
    for event in briefing.timeline:
        statement = keep("timeline", event.statement)
        if statement is not None:
            timeline.append(dataclasses.replace(event, statement=statement))
    return dataclasses.replace(briefing, **changes, timeline=tuple(timeline))
