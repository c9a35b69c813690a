"""What an editor flags in a briefing, counted: `wirebrief eval briefings FILE.jsonl`.

Eight kinds of flag, each on one statement (or section) of The Story, Key Points, Key Takeaways and
Impact Analysis, read in that order:

- repeat: a sentence in two places (the same cited sentence, or near-identical text), or a statement
  that is mostly a quotation the Quotes list shows (`compose.mostly_quotation`);
- leans: a statement whose opening leans on something not shown before it in the briefing: a
  pronoun ("He", "It", "Its"), a demonstrative ("This", "Those"), a connector ("But", "However",
  "Also"), a definite reference ("The plan") to a thing the briefing never introduced. Shown
  before: the article sentence right before the one it opens with is shown earlier in the
  briefing (or cited by the statement itself), or, for a definite reference, its noun is written
  earlier (title included). Past the opening too: a "he"/"she" in a statement with no referent in
  it (`compose.names_no_one`, as compose reads it), a person named by surname only ("… ,” Mendez said")
  before any statement gives their full name (a key player's or a quoted speaker's, as the article
  writes it: `compose.surname_only`), and a
  definite description anywhere ("… argued that the levy would deter investment") whose noun the
  article brought in as new ("a levy", "two men") in a sentence before it that the briefing does
  not show, nor its words (`refers_back`, on the parse);
- quote: a quotation that names no speaker ("“At 238 for four you should win.”", `compose.bare_quotation`),
  or an unclosed or broken quotation: a quote mark or bracket left unbalanced, a statement
  that starts inside a quotation opened in an earlier sentence or stops inside one that runs on;
- trimmed: a statement cut from its sentence whose meaning the cut changed: the verifier
  (`wirebrief.verify`) finds it below threshold against its cited sentence, or its main verb has
  a different subject there ("Dr X … was associated with" where the sentence said "Eating late
  was associated with", Dr X said);
- furniture: page or process furniture: editorial-process notes, subscription and newsletter
  prompts, "contributed to this report", related-story lists, author bios, picture captions;
- looks back: an Impact Analysis statement that neither looks ahead nor says what depends on what
  (no clause whose own verb does, read off the parse: `annotate.outlook.looks_ahead_in`; without a
  parser, no future cue, modal or conditional word: `compose.looks_ahead`) and cites no sentence
  whose timeline date is after publication;
- scene: The Story opens on a sentence that sets a scene and states no news (no name, number or
  verb reporting an event: `compose.scene_text`) where one of the article's next few sentences
  states it (`compose.news_text`) and could open The Story (leaning on nothing before it): the
  nut graf was missed;
- empty: a section with nothing in it where the article holds a sentence that could fill it
  (`could_fill`): one the briefing does not show, a complete statement that leans on nothing not
  shown above the section, no near-repeat; for Impact Analysis one that says what comes (a plain
  future cue: will, is set to, plans to …, that the parse reads as looking ahead; or an upcoming date). A section with nothing to fill it
  is not flagged: the briefing declares it absent ("Impact Analysis: Nothing further in the source
  looks ahead.", `render.ABSENT`), which is what an editor wants of a short article or one with no
  outlook, rather than a bare heading or a statement off the section's job (the past in Impact
  Analysis). The declaration is the claim checked here; `evaluate` counts these sections apart.

Beside wirebrief, a lead baseline is checked the same way: the article's first three sentences as
The Story, the sentences after them in order filling the other sections at wirebrief's sizes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from ..annotate.dating import skimmed_dates
from ..annotate.outlook import looks_ahead_in
from ..annotate.quotes import _looks_like_name
from ..compose import (
    INDEFINITE_DETERMINERS, LEADING_QUOTES, NUT_GRAF_WITHIN, SAYS_WHICH_ADJECTIVES, STATEMENT_MAX_WORDS,
    bare_quotation, definite_unintroduced, furniture, inside_quotation, introductions, it_refers_to_nothing, lead_ins, leans_on,
    looks_ahead, mostly_quotation, named_above, names_no_one, news_text, opening_index, outlet_speaks, own_words,
    quotation_problem, reported_refusal, says_what_comes, scene_text, surname_only, taken_as_known, word_count, written_names,
)
from ..compose import refers_back as words_refer_back
from ..models import Briefing, Sentence, Statement
from ..segment import is_furniture
from ..text import TIME_NOUNS, stem, terms
from ..verify import sentence_problem

KINDS = ("repeat", "leans", "quote", "trimmed", "furniture", "looks back", "scene", "empty")
SECTIONS = ("The Story", "Key Points", "Key Takeaways", "Impact Analysis")
NEAR_IDENTICAL = 0.8  # share of the shorter statement's content words the other holds: a repeat
LEAD_SENTENCES = 3


@dataclass(frozen=True)
class Flag:
    kind: str  # one of KINDS
    section: str
    text: str  # the statement flagged ("" for an empty section)
    why: str


def sections(briefing: Briefing) -> list[tuple[str, tuple[Statement, ...]]]:
    return list(zip(SECTIONS, (briefing.story, briefing.key_points, briefing.key_takeaways, briefing.impact_analysis)))


def check_briefing(briefing: Briefing, sentences: Sequence[Sentence], *, nlp=None, verifier=None) -> list[Flag]:
    """Every flag an editor would raise on `briefing`, whose statements cite `sentences` (the
    article's, by index). With `nlp` (a spaCy pipeline with a parser) definite references and
    changed subjects are read off the parse; with `verifier` (a `wirebrief.verify.Verifier` over
    the same sentences) trimmed statements are checked for support."""
    texts = {s.index: s.text for s in sentences}
    nlp = nlp if nlp is None or isinstance(nlp, _Parsed) else _Parsed(nlp)  # a sentence is read by several checks, for several sections
    flags: list[Flag] = []
    flags += _empty(briefing, sentences, nlp)
    flags += _repeats(briefing, texts)
    flags += _leaning(briefing, texts, nlp)
    flags += _surname_first(briefing, texts)
    flags += _quotations(briefing, sentences)
    flags += _trimmed(briefing, texts, nlp, verifier)
    flags += [Flag("furniture", name, s.text, why) for name, statements in sections(briefing) for s in statements
              if (why := furniture(s.text))]
    flags += _looking_back(briefing, nlp)
    flags += _scene(briefing, sentences)
    return flags


# (g) Impact Analysis that looks back ---------------------------------------------------------------


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _looking_back(briefing: Briefing, nlp=None) -> list[Flag]:
    """Read off the parse with `nlp` (`annotate.outlook.looks_ahead_in`: the clause's own modal and
    tense, "would" under a past verb only as reported, a modal word only as an auxiliary or a
    predicate), off the words without it (`compose.looks_ahead`). Upcoming dates: a timeline date
    after publication cited by the statement, a year after the publication year written in it
    ("a deal that runs through 2036"), or a date its words give as to come (`skimmed_dates`)."""
    published = next((s.published for s in briefing.sources if s.published), None)
    upcoming = {tuple(c) for e in briefing.timeline if published and e.date > published for c in e.statement.citations}
    later_year = lambda text: published is not None and (any(int(y) > published.year for y in _YEAR_RE.findall(text)) or any(
        m.upcoming and m.dates_event for m in skimmed_dates(text, published)))  # "What's next: Sunday, vs. Detroit; Dec. 31 …"
    docs = _parse(nlp, [s.text for s in briefing.impact_analysis])
    ahead = lambda text: looks_ahead_in(docs[text][:], published) if text in docs else looks_ahead(text)
    why = "no clause that looks ahead or says what depends on what, and no upcoming date" if docs else \
        "no future cue, modal or conditional word, and no upcoming date"
    flags = [Flag("looks back", "Impact Analysis", s.text, why)
             for s in briefing.impact_analysis
             if not ahead(s.text) and not upcoming.intersection(map(tuple, s.citations)) and not later_year(s.text)]
    return flags + [Flag("looks back", "Impact Analysis", s.text, "a refusal reported (\"said … would not …\"): a stance, no forecast")
                    for s in briefing.impact_analysis if s.text not in {f.text for f in flags} and reported_refusal(s.text)
                    and not upcoming.intersection(map(tuple, s.citations)) and not later_year(s.text)]


# (h) a Story that opens on a scene ----------------------------------------------------------------------


def _scene(briefing: Briefing, sentences: Sequence[Sentence]) -> list[Flag]:
    if not briefing.story or not scene_text(briefing.story[0].text):
        return []
    first = min((index for _, index in briefing.story[0].citations), default=0)
    after = [s.text for s in sentences if first < s.index <= first + NUT_GRAF_WITHIN + 1]
    news = next((t for t in after if news_text(t) and t.lstrip()[:1] not in "“\"‘'"), None)
    title_terms = set(terms(briefing.title))
    if news is None or leans_on(news) or definite_unintroduced(news, title_terms):
        return []  # a nut graf that leans on the lede is read after it
    return [Flag("scene", "The Story", briefing.story[0].text, f"opens on a scene; the news comes after: {news[:80]!r}")]


# (f) empty sections ------------------------------------------------------------------------------


def _empty(briefing: Briefing, sentences: Sequence[Sentence], nlp) -> list[Flag]:
    """A section with nothing in it where the article holds a sentence that could fill it
    (`could_fill`). One with nothing to take is declared absent in the briefing as rendered
    (`render.ABSENT`: "Nothing further in the source looks ahead."): an honest, checked absence,
    not flagged (`evaluate` counts these apart)."""
    empty = [name for name, statements in sections(briefing) if not statements]
    if not empty:
        return []
    flags = []
    for name in empty:
        candidate = next(iter(could_fill(briefing, sentences, name, nlp=nlp)), None)
        if candidate is not None:
            flags.append(Flag("empty", name, "", f"section is empty; sentence {candidate.index + 1} could fill it: {candidate.text[:80]!r}"))
    return flags


def could_fill(briefing: Briefing, sentences: Sequence[Sentence], section: str, *, nlp=None) -> list[Sentence]:
    """The article's sentences the briefing does not show that could fill `section` as an editor
    would have it: a complete statement (no question, furniture, broken or running quotation,
    fragment) of STATEMENT_MAX_WORDS words or fewer as the writer counts them (longer ones are run-on
    captions and lists), no
    near-repeat of a statement shown, leaning on nothing not shown above the section (as the leans
    check reads it, and as compose reads a definite reference off the words: "The 57-year-old
    said …" leans on who was 57); for Impact Analysis, one that says what comes
    (`compose.says_what_comes`: will, is set to, plans to …, not a modal, which as often looks back:
    "it would be nice"; read off the parse with `nlp`, as Impact Analysis reads it) or gives an
    upcoming date."""
    shown = {index for _, statements in sections(briefing) for s in statements for _, index in s.citations}
    above = [s for name, statements in sections(briefing)[: SECTIONS.index(section)] for s in statements]
    shown_above = {index for s in above for _, index in s.citations}
    shown_as_above = {index: s.text for s in above for _, index in s.citations}  # as written there (trimmed)
    shown_texts = [s.text for _, statements in sections(briefing) for s in statements]
    terms_above = {stem(w) for text in (briefing.title, *(s.text for s in above)) for w in re.findall(r"[^\W\d_]+", text.lower())}
    starts, ends = inside_quotation(sentences)
    first_index = opening_index((s.index, s.text) for s in sentences)
    source = _Source(nlp, {s.index: s.text for s in sentences})
    introduced = introductions((s.index, s.text) for s in sentences)
    names = written_names(s.text for s in sentences)
    listed = {index for q in briefing.quotes if q.speaker for _, index in q.citations}  # the Quotes list shows them
    leading_in = lead_ins(sentences)  # "Pike was frank about it.": what he said is the quotation after it
    found = []
    for s in sentences:
        text = s.text.strip()
        if s.index in shown or s.index in starts or s.index in ends or not 6 <= _words(text, nlp) <= STATEMENT_MAX_WORDS:
            continue
        if (text.rstrip("”\"’'").endswith("?") or furniture(text) or is_furniture(text) or quotation_problem(text)
                or sentence_problem(text) or own_words(text) or outlet_speaks(text) or bare_quotation(text)
                or s.index in leading_in or (s.index in listed and mostly_quotation(text))):
            continue
        antecedent_shown = s.index - 1 in shown_above and named_above(text, shown_as_above[s.index - 1], names)
        if s.index != first_index and not antecedent_shown and (
                leans_on(text) or definite_unintroduced(text, terms_above, introduced) or _definite_opening(text, terms_above, nlp)
                or names_no_one(text, names)):
            continue
        if (refers_back(nlp(text), terms_above, source, s.index) if nlp is not None
                else words_refer_back(text, introduced, s.index, terms_above)):
            continue
        if any(_near_identical(text, t) for t in shown_texts):
            continue
        if section == "Impact Analysis" and not _says_what_comes(briefing, s, nlp):
            continue
        found.append(s)
    return found


def _words(text: str, nlp) -> int:
    """Words as the writer counts them (spaCy's tokens that are no punctuation: "Dortmund's" is two)."""
    if nlp is None:
        return word_count(text)
    return sum(1 for t in nlp.tokenizer(text) if not t.is_punct and not t.is_space)


def _definite_opening(text: str, shown_terms: set[str], nlp, introduced: dict[str, int] | None = None) -> str | None:
    if nlp is None or text.lstrip(LEADING_QUOTES)[:4].lower() != "the ":
        return None
    return _definite(nlp(text), shown_terms, introduced)


def _says_what_comes(briefing: Briefing, s: Sentence, nlp=None) -> bool:
    """A timeline date after publication, or a future cue that the parse with `nlp` reads as looking
    ahead too (`annotate.outlook.looks_ahead_in`, as compose and `_looking_back` read it: "the next
    season" in a past sentence, "had planned to" say nothing of what comes)."""
    published = next((source.published for source in briefing.sources if source.published), None)
    upcoming = published is not None and any(
        e.date > published and (s.article_id, s.index) in map(tuple, e.statement.citations) for e in briefing.timeline)
    return upcoming or says_what_comes(s.text) and (nlp is None or looks_ahead_in(nlp(s.text)[:], published))


# (a) repeats -------------------------------------------------------------------------------------


def _repeats(briefing: Briefing, texts: dict[int, str]) -> list[Flag]:
    """A statement that writes out a sentence already shown, written out by an earlier statement
    (a citation only backing a name a statement uses neither repeats nor shows the sentence), or
    nearly the same words as a statement shown."""
    flags = []
    shown: list[tuple[str, Statement]] = []
    for name, statements in sections(briefing):
        for statement in statements:
            for earlier_section, earlier in shown:
                shared = set(map(tuple, statement.citations)) & set(map(tuple, earlier.citations))
                written = sorted(c for c in shared if _writes_out(statement.text, texts.get(c[1], ""))
                                 and _writes_out(earlier.text, texts.get(c[1], "")))
                if written:
                    flags.append(Flag("repeat", name, statement.text, f"writes out sentence {written[0][1] + 1}, shown in {earlier_section}"))
                    break
                if _near_identical(statement.text, earlier.text):
                    flags.append(Flag("repeat", name, statement.text, f"near-identical to a statement in {earlier_section}"))
                    break
            shown.append((name, statement))
    listed = [(q, {tuple(c) for c in q.citations}) for q in briefing.quotes if q.speaker]
    for name, statements in sections(briefing):
        for statement in statements:
            if not mostly_quotation(statement.text):
                continue
            quote = next((q for q, cited in listed if cited & set(map(tuple, statement.citations))
                          and _writes_out(statement.text, q.text)), None)
            if quote is not None:
                flags.append(Flag("repeat", name, statement.text, f"a quotation the Quotes list shows ({quote.speaker})"))
    return flags


def _writes_out(statement: str, sentence: str) -> bool:
    """Does the statement hold most of the sentence's words?"""
    words = set(terms(sentence))
    return bool(words) and len(words & set(terms(statement))) / len(words) >= 0.5


def _near_identical(a: str, b: str) -> bool:
    ta, tb = set(terms(a)), set(terms(b))
    if not ta or not tb:
        return a.strip() == b.strip()
    return len(ta & tb) / min(len(ta), len(tb)) >= NEAR_IDENTICAL and min(len(ta), len(tb)) / max(len(ta), len(tb)) >= 0.5


# (b) statements that lean on what is not shown ----------------------------------------------------



def _leaning(briefing: Briefing, texts: dict[int, str], nlp) -> list[Flag]:
    flags = []
    shown_sentences: set[int] = set()
    shown_as: dict[int, str] = {}  # a shown sentence's index: the statement that shows it, as written
    shown_terms = {stem(w) for w in re.findall(r"[^\W\d_]+", briefing.title.lower())}
    statements = [(name, s) for name, section in sections(briefing) for s in section]
    parses = _parse(nlp, [s.text for _, s in statements])
    source = _Source(nlp, texts)
    first_index = opening_index(sorted(texts.items()))
    names = written_names(texts.values())
    introduced = introductions(sorted(texts.items()))
    for name, statement in statements:
        cited = [index for _, index in statement.citations]
        first = _opening_sentence(statement.text, cited, texts)
        antecedent_shown = first is not None and (first == first_index or first - 1 in shown_sentences)
        doc = parses.get(statement.text)
        if antecedent_shown and first != first_index and first - 1 in shown_as:
            # who a "he" stood for may have been trimmed out of what is shown (", Gov. X said")
            antecedent_shown = named_above(statement.text, shown_as[first - 1], names)
        why = leans_on(statement.text)
        if why is None and doc is not None and first != first_index and statement.text.lstrip(LEADING_QUOTES)[:4].lower() == "the ":
            why = _definite(doc, shown_terms, introduced if name == "The Story" else None)
        if why is None and doc is not None and not antecedent_shown:  # (read with a parser only, as before)
            why = names_no_one(statement.text, names) or it_refers_to_nothing(statement.text)
        if own_words(statement.text):  # whose words they are is not shown, whatever is shown before
            flags.append(Flag("leans", name, statement.text, "first person outside quotation marks, no speaker named"))
        elif why and not antecedent_shown:
            flags.append(Flag("leans", name, statement.text, why + ", not shown before it"))
        elif doc is not None and first is not None and (why := refers_back(doc, shown_terms, source, min(cited))):
            flags.append(Flag("leans", name, statement.text, why))
        shown_sentences.update(cited)
        shown_as.update(dict.fromkeys(cited, statement.text))
        shown_terms |= {stem(w) for w in re.findall(r"[^\W\d_]+", statement.text.lower())}
    return flags


def _surname_first(briefing: Briefing, texts: dict[int, str]) -> list[Flag]:
    """Statements that name a person by surname only before any statement above them gives the full name:
    the people are the key players and quoted speakers of two words or more whose surname no one else
    shares, and whose full name the article writes."""
    article = " ".join(texts.values())
    names = {p.name for p in briefing.key_players if p.kind == "PERSON"} | {q.speaker for q in briefing.quotes if q.speaker}
    by_surname: dict[str, set[str]] = {}
    for name in names:
        if _looks_like_name(name) and name in article:
            by_surname.setdefault(name.split()[-1], set()).add(name)
    firms = {w for p in briefing.key_players if p.kind == "ORG" for w in re.findall(r"[\w’'-]+", p.name)}
    people = {surname: full for surname, (full, *more) in by_surname.items() if not more and surname not in firms}
    flags, known = [], set()
    for section, statements in sections(briefing):
        for statement in statements:
            for surname, full in people.items():
                if surname in known or surname not in statement.text:
                    continue
                if surname_only(statement.text, surname, full):
                    flags.append(Flag("leans", section, statement.text, f'names "{surname}" by surname only, before any statement names "{full}"'))
                known.add(surname)
    return flags


def _opening_sentence(text: str, cited: list[int], texts: dict[int, str]) -> int | None:
    """The cited sentence a statement opens with, whose sentence before must be shown above it: the
    first whose text holds the statement's first words (a quotation named after its speaker cites
    the sentence naming them first: '“This law …,” Burkhart said.' opens with its own sentence, and
    leans on the one before it, shown or not), else the first cited."""
    opening = " ".join(text.lower().split()[:3])
    return next((c for c in cited if opening in " ".join(texts.get(c, "").lower().split())), cited[0] if cited else None)


class _Parsed:
    """`nlp` that parses each text once: `nlp(text)` gives the same document again when asked again
    (`could_fill` reads a sentence's parse for several tests, and for every empty section)."""

    def __init__(self, nlp):
        self._nlp, self._docs = nlp, {}

    def __call__(self, text: str):
        if text not in self._docs:
            self._docs[text] = self._nlp(text)
        return self._docs[text]

    def __getattr__(self, name: str):  # tokenizer, pipe, pipe_names: the pipeline's own
        return getattr(self._nlp, name)


class _Source:
    """The article's sentences, parsed when asked for (only those that hold a word looked for)."""

    def __init__(self, nlp, texts: dict[int, str]):
        self.nlp, self.texts, self.docs = nlp, texts, {}
        self.stems = {i: {stem(w) for w in re.findall(r"[^\W\d_]+", t.lower())} for i, t in texts.items()}

    def first_mention(self, word: str, before: int):
        """The first noun of `word`'s stem in the sentences before sentence `before`: (index, token)."""
        key = stem(word)
        for index in sorted(i for i in self.texts if i < before and key in self.stems[i]):
            if index not in self.docs:
                self.docs[index] = self.nlp(self.texts[index])
            token = next((t for t in self.docs[index] if t.pos_ == "NOUN" and stem(t.lower_) == key), None)
            if token is not None:
                return index, token
        return None


_DEMONSTRATIVES = frozenset("this that these those".split())


def introduced(token) -> bool:
    """A noun brought in as new: "a levy", "another deal", "two men"; not by a number after "the"
    ("the five biggest airlines", "the two men"), as compose reads it (`compose.introductions`)."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", *_DEMONSTRATIVES) for c in token.children)
    return any((c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS) or (c.dep_ == "nummod" and c.like_num and not definite)
               for c in token.children)


def refers_back(doc, shown_terms: set[str], source: _Source, first_cited: int) -> str | None:
    """A definite description anywhere in a statement ("… that the levy would deter investment")
    whose referent the reader has not met: a common noun after "the" (or "this", "those" …), with
    nothing after it saying which (no "of …", "who …"), no ordinal or superlative or name before it,
    whose stem neither the briefing above nor the statement before it writes, and that the article
    brought in as new ("a levy", "two men") in a sentence before the statement's. A noun the
    article's first mention already takes as known ("the government", "the police") is not
    flagged: the writer took it as known, and so may the briefing."""
    for det in doc:
        if det.dep_ != "det" or det.lower_ not in ("the", *_DEMONSTRATIVES):
            continue
        head = det.head
        if head.pos_ != "NOUN" or not head.text.islower() or head.i < det.i or head.lower_ in TIME_NOUNS:
            continue
        between = doc[det.i + 1 : head.i]
        if any(t.pos_ == "PROPN" or t.tag_ in ("JJS", "RBS") or t.lower_ in SAYS_WHICH_ADJECTIVES for t in between):
            continue
        if any(c.dep_ in ("prep", "acl", "relcl", "appos") and c.i > head.i for c in head.children):
            continue
        key = stem(head.lower_)
        if key in shown_terms or any(stem(t.lower_) == key for t in doc[: det.i]):
            continue
        mention = source.first_mention(head.lower_, first_cited)
        if mention is None or not introduced(mention[1]):
            continue
        numbers = lambda token: {c.lower_ for c in token.children if c.dep_ == "nummod"}
        if numbers(head) and numbers(head) != numbers(mention[1]):
            continue  # "the 100 appearances mark" after "12 appearances": another number, another thing
        phrase = doc[det.i : head.i + 1].text
        return f'"{phrase}" leans on sentence {mention[0] + 1} ("{mention[1].sent[max(0, mention[1].i - 2):mention[1].i + 1].text}"), not shown before it'
    return None




def _parse(nlp, texts: list[str]) -> dict:
    if nlp is None or not texts:
        return {}
    unique = list(dict.fromkeys(texts))
    return dict(zip(unique, nlp.pipe(unique, disable=[p for p in ("ner",) if p in nlp.pipe_names])))


def _definite(doc, shown_terms: set[str], introduced: dict[str, int] | None = None) -> str | None:
    """'The plan …' where the briefing never said which plan: an opening noun phrase with "the", a
    common noun at its head and nothing after the head saying which (no "of …", "to …", "who …"),
    whose noun the briefing has not written before."""
    start = next((t for t in doc if not t.is_punct), None)
    if start is None or start.lower_ != "the" or start.dep_ != "det":
        return None
    head = start.head
    if head.pos_ != "NOUN" or not head.text.islower():
        return None
    between = doc[start.i + 1 : head.i]
    if any(t.pos_ == "PROPN" or t.tag_ in ("JJS", "RBS") or t.lower_ in SAYS_WHICH_ADJECTIVES for t in between):
        return None  # "the Florida State board", "the first", "the largest": they say which
    if any(c.dep_ in ("prep", "acl", "relcl", "appos") and c.i > head.i for c in head.children):
        return None  # "the plan to …", "the man who …"
    if stem(head.lower_) in shown_terms or stem(head.lemma_.lower()) in shown_terms:
        return None
    if introduced is not None and taken_as_known(head.lower_, introduced):
        return None  # "The council voted …": the place's own council, as compose reads it
    return f'opens on "{doc[start.i : head.i + 1].text}", never introduced'


# (c) quotations -----------------------------------------------------------------------------------

def _quotations(briefing: Briefing, sentences: Sequence[Sentence]) -> list[Flag]:
    starts, ends = inside_quotation(sentences)
    texts = {s.index: s.text for s in sentences}
    flags = []
    for name, statements in sections(briefing):
        for statement in statements:
            why = quotation_problem(statement.text) or ("a quotation that names no speaker" if bare_quotation(statement.text) else None)
            cited = sorted(index for _, index in statement.citations)
            cited = [i for i in cited if _writes_out(statement.text, texts.get(i, ""))] or cited  # not one backing a name only
            if why is None and cited and cited[0] in starts:
                why = "starts inside a quotation opened in an earlier sentence"
            if why is None and cited and cited[-1] in ends and cited[-1] + 1 in starts:
                why = "stops inside a quotation that runs on"
            if why:
                flags.append(Flag("quote", name, statement.text, why))
    return flags


# (d) trimming that changed the meaning --------------------------------------------------------------


def _normal(text: str) -> str:
    return " ".join(text.split())


def _trimmed(briefing: Briefing, texts: dict[int, str], nlp, verifier) -> list[Flag]:
    """Statements that differ from their cited sentence(s): checked by the verifier against them,
    and their main verb's subject against the same verb's subject there."""
    cut = []
    for name, statements in sections(briefing):
        for statement in statements:
            cited = [index for _, index in statement.citations if index in texts]
            original = " ".join(texts[i] for i in cited)
            if cited and _normal(statement.text) != _normal(original):
                cut.append((name, statement, cited, original))
    parses = _parse(nlp, [t for _, s, _, o in cut for t in (s.text, o)])
    flags = []
    for name, statement, cited, original in cut:
        why = None
        problem = sentence_problem(statement.text) or ""
        if problem.startswith("it ends on"):  # "…-type extraterrestrials, but."
            why = f"the cut leaves {problem}"
        if why is None and verifier is not None:
            verdict = verifier.check(statement.text, cited)
            if not verdict.supported:
                why = f"below the verifier's threshold ({verdict.score:.2f}): " + "; ".join(verdict.reasons[:2])
        if why is None and parses:
            why = changed_subject(parses[statement.text], parses[original])
        if why:
            flags.append(Flag("trimmed", name, statement.text, why))
    return flags


_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


def changed_subject(statement, original) -> str | None:
    """The statement's main verb has a subject; the same verb in the original has another one."""
    root = next((t for t in statement if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    same_verbs = [t for t in original if t.lower_ == root.lower_ and t.pos_ == root.pos_]
    subjects = [c for verb in same_verbs for c in verb.children if c.dep_ in _SUBJECTS]
    if not same_verbs or not subjects or any(c.pos_ == "PRON" for c in subjects):
        return None  # a pronoun subject named in the statement ("…,” Rojo said") is the same one
    words = lambda token: set(re.findall(r"\w+", " ".join(t.lower_ for t in token.subtree)))
    if any(words(subject) & words(c) for c in subjects):
        return None
    return f'"{root.text}" now has the subject "{subject.text}"; in the sentence its subject is "{subjects[0].text}"'


# (e) furniture: `compose.furniture`, which also keeps it out of briefings -------------------------


# Running over a file --------------------------------------------------------------------------------


@dataclass
class Tally:
    """Flags over many briefings: briefings with at least one flag of each kind, flags, examples."""

    briefings: int = 0
    flagged: int = 0  # briefings with any flag
    absent: int = 0  # sections declared absent with nothing in the article to fill them (not flagged)
    by_kind: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))  # briefings flagged
    flags: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    examples: dict[str, list[tuple[str, Flag]]] = field(default_factory=lambda: {k: [] for k in KINDS})

    def add(self, source_id: str, flags: Sequence[Flag], keep: int, *, empty_sections: int = 0) -> None:
        self.briefings += 1
        self.flagged += bool(flags)
        self.absent += empty_sections - sum(f.kind == "empty" for f in flags)
        for kind in KINDS:
            mine = [f for f in flags if f.kind == kind]
            self.by_kind[kind] += bool(mine)
            self.flags[kind] += len(mine)
            for flag in mine:
                if len(self.examples[kind]) < keep:
                    self.examples[kind].append((source_id, flag))


def load_documents(path) -> list:
    """JSONL rows (id; text, or cnndm's article; title and published when given) as documents; or, for a
    folder, every .txt file in it as a pasted digest that wirebrief splits into its stories."""
    from pathlib import Path

    from ..models import Document
    from .segmentation import load_rows

    if Path(path).is_dir():
        pastes = sorted(Path(path).glob("*.txt"))
        if not pastes:
            raise ValueError(f"{path} holds no .txt digests")
        return [Document(id=p.stem, origin=f"eval:{p.stem}", text=p.read_text(encoding="utf-8"), source_id=p.stem) for p in pastes]
    documents = []
    for number, row in enumerate(load_rows(path), 1):
        text = row.get("text") or row.get("article")
        if not text:
            raise ValueError(f"row {number} has no text or article")
        published = row.get("published")
        documents.append(Document(
            id=str(row.get("id", number)), origin=f"eval:{row.get('id', number)}", text=text, title=row.get("title"),
            published=date.fromisoformat(published[:10]) if published else None, single_article=True,
            source_id=str(row.get("id", number)),
        ))
    return documents


def lead_briefing(briefing: Briefing, sentences: Sequence[Sentence]) -> Briefing:
    """The baseline: the article's first LEAD_SENTENCES sentences as The Story, then the sentences
    after them, in order and untrimmed, as many to each section as `briefing` has."""
    body = [s for s in sentences if s.text.strip()]
    as_statement = lambda s: Statement(s.text, ((s.article_id, s.index),))
    story, rest = body[:LEAD_SENTENCES], body[LEAD_SENTENCES:]
    filled = []
    for section in (briefing.key_points, briefing.key_takeaways, briefing.impact_analysis):
        filled.append(tuple(as_statement(s) for s in rest[: len(section)]))
        rest = rest[len(section):]
    return replace(briefing, story=tuple(as_statement(s) for s in story), key_points=filled[0], key_takeaways=filled[1],
                   impact_analysis=filled[2])


def evaluate(path, settings=None, *, examples: int = 5, brief: Callable | None = None,
             progress: Callable | None = None) -> dict[str, Tally]:
    """Brief every row of `path` with the extractive writer and check each briefing, beside the
    lead baseline."""
    from .. import annotate, compose, pipeline
    from ..config import Settings
    from ..verify import Verifier

    settings = settings or Settings()
    documents = load_documents(path)
    results = pipeline.brief_documents(documents, settings, writer=compose.build_briefing)
    nlp = annotate.load_pipeline(settings.model)
    tallies = {"wirebrief": Tally(), "lead baseline": Tally()}
    for result in progress(results, "checking", len(results)) if progress else results:
        verifier = Verifier([s.text for s in result.sentences])
        source_id = result.article.source_id or result.article.id
        parsed = _Parsed(nlp)  # the article's sentences parsed once for both briefings
        for name, briefing in (("wirebrief", result.briefing), ("lead baseline", lead_briefing(result.briefing, result.sentences))):
            flags = check_briefing(briefing, result.sentences, nlp=parsed, verifier=verifier)
            tallies[name].add(source_id, flags, examples, empty_sections=sum(not s for _, s in sections(briefing)))
    return tallies


def format_report(path, tallies: dict[str, Tally], *, examples: int = 5) -> str:
    from pathlib import Path

    ours = tallies["wirebrief"]
    lines = [f"briefings on {Path(path).name}: {ours.briefings} briefings; briefings flagged (flags) per kind",
             "  ".join(["system".ljust(14), *(k.rjust(12) for k in (*KINDS, "any"))])]
    for name, tally in tallies.items():
        cells = [f"{tally.by_kind[k]} ({tally.flags[k]})".rjust(12) for k in KINDS]
        lines.append("  ".join([name.ljust(14), *cells, f"{tally.flagged}/{tally.briefings}".rjust(12)]))
    lines.append("sections declared absent, with no sentence of the article to fill them (not flagged): "
                 + ", ".join(f"{name} {tally.absent}" for name, tally in tallies.items()))
    if examples:
        for kind in KINDS:
            if ours.examples[kind]:
                lines.append(f"\nwirebrief, {kind}:")
                for source_id, flag in ours.examples[kind][:examples]:
                    text = flag.text if len(flag.text) <= 160 else flag.text[:157] + "…"
                    lines.append(f"  [{source_id[:24]}] {flag.section}: {text!r}\n      {flag.why}")
    return "\n".join(lines)
