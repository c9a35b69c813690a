"""Compose: an `AnnotatedArticle` in, a `Briefing` out (the extractive writer).

Every statement is one of the article's own sentences (lightly trimmed), cited to it, so nothing the
article does not say can appear; or consecutive sentences cited together (`Joined`): a quotation over
several sentences kept whole, a sentence with the one before it that it leans on, or a sentence whose
opening "He"/"She" is replaced by the name the sentence before gives (checked by the verifier). Each
sentence serves at most one section.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from . import dates, segment
from .annotate import SPEECH_VERB_FORMS, AnnotatedArticle, Depth, SentenceInfo, _quote_spans
from .annotate._common import ATTRIBUTION, BOUND, COMPARISON, DATELINE, REPORTING, _personal, word_starts
from .annotate.dating import _calendar_word, _has_past_verb
from .annotate._common import _ORG_NOUNS, PERSON_NOUNS, ROLE_NOUNS
from .annotate.people import _AGENT_RE, _TITLE_WORDS
from .annotate.quotes import _GENDER_OF_HONORIFIC, _GENDER_OF_NOUN, _KIN_AFTER_RE, _KIN_BEFORE_RE, _looks_like_name
from .models import Briefing, Quote, Sentence, Source, Statement, TimelineEvent, content_id
from .text import STOPWORDS, TIME_NOUNS, AnyPattern, stem, terms
from .verify import sentence_problem, shared_verifier

STORY_WORD_BUDGET = 85
STATEMENT_MAX_WORDS = 60  # longer "sentences" are run-ons: captions pasted into the text, lists
KEY_POINT_MAX_WORDS = 30
COMPRESSIBLE_WORDS = 8  # compression rarely saves more: longer sentences are not parsed for Key Points
REDUNDANCY_OVERLAP = 0.5  # share of content terms two statements may share before one is a repeat
NEAR_REPEAT = 0.75  # ... before it says nearly the same: what a section that would stay empty may take
MAX_TIMELINE_EVENTS = 10
MAX_PLAYERS = 8
MAX_QUOTES = 5
SAME_ACTOR_WEIGHT = 0.6  # a takeaway's weight for each position of the same actor ranked above it

STANCE_LEMMAS = frozenset(
    """demand reject insist want urge warn call oppose support push seek argue accuse pledge vow criticise
    criticize condemn applaud welcome back deny refuse threaten hope fear propose agree disagree
    dismiss blame praise endorse defend challenge rule deem vote approve block sue""".split()
)
SIGNIFICANCE_WORDS = frozenset(
    """first largest biggest record unprecedented historic only most major key central significant
    landmark victory win defeat hurdle obstacle crucial milestone breakthrough""".split()
)
OUTLOOK_LEMMAS = frozenset(
    """will could may might would if unless depend risk threaten likely expect set due plan future
    prepare schedule aim hope potential possible prospect""".split()
)
_CONTEXT_OPENERS = ("this", "that", "these", "those", "it", "he", "she", "they", "his", "her", "their", "its", "i", "we", "you", "our", "my")
_LEADING_CONNECTOR_RE = re.compile(
    r"^(?:however|nevertheless|nonetheless|meanwhile|instead|still|also|moreover|furthermore|"
    r"in addition|additionally|previously|separately|indeed|but|and|yet|so(?!\s+far\b)|already|now)\s*,?\s+",
    re.IGNORECASE,
)
_PARENTHETICAL_RE = re.compile(r"\s*\([^()]{1,80}\)")
_STANCE_WORDS = STANCE_LEMMAS | frozenset(stem(w) for w in STANCE_LEMMAS)
_OUTLOOK_WORDS = OUTLOOK_LEMMAS | frozenset(stem(w) for w in OUTLOOK_LEMMAS)


def build_briefing(annotated: AnnotatedArticle, generated_at: datetime) -> Briefing:
    """The extractive briefing of one article."""
    article = annotated.article
    eligible = _eligible(annotated)
    salience = _salience(annotated, eligible)
    story, impact, takeaways, key_points = _sections(eligible, salience, _fits_key_point, _Context.of(annotated))

    speakers = {index: q.speaker for q in annotated.quotes if q.speaker for _, index in q.citations}
    quoted = functools.cache(lambda: inside_quotation([s.sentence for s in annotated.sentences])[0])
    named = lambda s, trim=True: _named(_statement(s, trim=trim), speakers, annotated, quoted)
    story_, key_points_, takeaways_, impact_ = named_in_full(
        [[_statement(s, trim=False) for s in story], [named(s) for s in _reading_order(key_points)],
         [named(s) for s in _reading_order(takeaways)], [named(s, False) for s in _reading_order(impact)]],
        full_names(annotated), functools.cache(lambda: shared_verifier([s.sentence.text for s in annotated.sentences])))
    return Briefing(
        id=content_id(article.id, "extractive"),
        storyline_id=None,
        generated_at=generated_at,
        title=article.title,
        story=tuple(story_),  # as `_pick_story` ordered it
        key_points=tuple(key_points_),
        key_takeaways=tuple(takeaways_),
        impact_analysis=tuple(impact_),
        timeline=_timeline(annotated, salience),
        key_players=tuple(p for p in annotated.players if p.kind in ("PERSON", "ORG") and (p.mentions >= 2 or p.role))[:MAX_PLAYERS],
        quotes=_listed_quotes(annotated.quotes, (*key_points, *takeaways, *impact)),
        sources=(
            Source(
                article_id=article.id,
                title=article.title,
                url=article.url,
                source=article.source,
                published=article.published,
                source_id=article.source_id,
            ),
        ),
    )


# Statements that stand alone ------------------------------------------------------------------------
# A statement is read after the ones above it (The Story, then Key Points, Key Takeaways, Impact
# Analysis), not after the article's sentence before it: one that leans on that sentence ("He",
# "But", "The plan") stands only where that sentence is shown before it.

LEADING_QUOTES = "\"'“”‘’«»( "
PRONOUNS = frozenset("he she it they him her them his its their theirs hers this that these those".split())
_PERSONAL_PRONOUNS = frozenset("he she they him her them his their theirs hers".split())
CONNECTORS = (
    "but", "however", "also", "still", "yet", "meanwhile", "instead", "moreover", "furthermore", "nevertheless",
    "nonetheless", "and", "so", "then", "thus", "therefore", "hence", "besides", "otherwise", "likewise",
    "similarly", "indeed", "in addition", "additionally", "as a result", "by contrast", "in contrast",
    "on the other hand", "at the same time", "even so", "in turn", "another", "the other", "such", "both", "either", "neither",
)
_CONNECTOR_RE = re.compile(r"^(?:" + "|".join(re.escape(c) for c in sorted(CONNECTORS, key=len, reverse=True)) + r")\b", re.I)
# "This year", "that night": a demonstrative before a unit of time points at the calendar, not at the text.


# Outside its quoted words, a quotation names its speaker with a speech verb or "according to".
_QUOTED_RE = re.compile(r"“[^”]*”?|\"[^\"]*\"?|‘[^’]*(?:’(?!\w)|$)")
_SPEAKER_SHOWN_RE = re.compile(r"\b(?:" + SPEECH_VERB_FORMS + r"|according to)\b", re.I)


def bare_quotation(text: str) -> bool:
    """A statement that opens on a quotation and names no speaker outside its quoted words ("“At 238
    for four you should win.”"): whose words they are is not shown, whatever stands above it.
    Compose and `wirebrief eval briefings` both read this."""
    if not opens_on_quotation(text):
        return False
    outside = _outside_quotations(text)
    return not (_SPEAKER_SHOWN_RE.search(outside) or _SOURCE_NAMED_RE.search(outside))


_QUOTE_MARKS = "“\"‘'«"
# A quotation's source named outside it: "‘Gone are the days of cheap energy’ is the message from Ofgem."
_SOURCE_NAMED_RE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?(?-i:[A-Z])")


def opens_on_quotation(text: str) -> bool:
    """Does a statement open on a quotation: a double mark, or a single one that opens (`_OPENER_RE`: no
    apostrophe of "'90s" or "'Tis") and closes in the sentence (a single mark can be an apostrophe)?"""
    text = text.lstrip()
    if text[:1] not in _QUOTE_MARKS:
        return False
    if text[:1] in "“\"«":
        return True
    marks = quote_marks(text)
    return bool(marks) and marks[0][:2] == (0, "open") and any(kind != "open" and family == "single" for _, kind, family in marks[1:])


def mostly_quotation(text: str) -> bool:
    """A statement that is mostly quoted words (as `annotate` reads `is_quote`: more than 0.4 of its
    characters inside quotation marks, or opening on one)."""
    outside = _outside_quotations(text)
    quoted = sum(1 for a, b in zip(text, outside) if a != b)
    return quoted > 0.4 * max(1, len(text)) or opens_on_quotation(text)


# A lead-in: a sentence with a copula for its verb ("Pike was frank about his side's collapse.", "Rowe was in
# no mood to celebrate.") right before the quotation it introduces, whose speaker that quotation gives by a
# pronoun ('“We had that game,” he said.'): what it says of the speaker is what the quotation shows.
_COPULA_RE = re.compile(r"^(?:\S+\s+){1,6}?(?:was|were|is|are|seemed|sounded|remained)\s+(?!(?:\S+ed|\S+en|to|due|set|expected)\b)(?!\d)", re.I)
_PRONOUN_QUOTE_RE = re.compile(r"[,.!?…][”’\"']\s+(?:he|she|they)\s+(?:said|says|added|admitted|conceded|insisted|explained)\b")


def lead_ins(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Sentences that only introduce the quotation after them in their paragraph (`_COPULA_RE`): no
    quotation and no number of their own, a copula for their verb, and the next sentence a quotation
    whose speaker it gives by a pronoun. Shown alone, one leans on words the briefing does not show."""
    found = set()
    for s, after in zip(sentences, sentences[1:]):
        text = s.text
        if (after.paragraph == s.paragraph and _PRONOUN_QUOTE_RE.search(after.text) and mostly_quotation(after.text)
                and not quote_marks(text) and not _DIGIT_RE.search(text) and word_count(text) <= 16
                and _COPULA_RE.match(text) and not _SPEAKER_SHOWN_RE.search(text)):
            found.add(s.index)
    return frozenset(found)


def _attributed_quote(text: str) -> bool:
    """A quotation with its speaker named outside its quoted words ("‘…,’ Grealish said.")."""
    outside = _QUOTED_RE.sub(" ", text)
    return outside.strip() != text.strip() and _SPEAKER_SHOWN_RE.search(outside) is not None


def _opening(text: str) -> str:
    return text.lstrip(LEADING_QUOTES)


@functools.lru_cache(maxsize=1 << 14)  # read for every statement a section tries, twice an article
def leans_on(text: str) -> str | None:
    """What the opening of `text` leans on, read off the words: a pronoun, a demonstrative or a
    connector; or words anywhere in it that point back by what they mean ("the rest"). None when
    it has none. A definite reference: `definite_unintroduced`."""
    opening = _opening(text)
    words = opening.split()
    if not words:
        return None
    if opening != text.lstrip() and not _SPEAKER_SHOWN_RE.search(_QUOTED_RE.sub(" ", text)):
        return "a quotation whose speaker is not shown"  # “We now have eight minutes of evidence that it can.”
    if own_words(text):
        return "first person outside quotation marks: whose words they are is not shown"
    if outlet_words(text):
        return '"we" outside quotation marks: who is meant is not shown'
    first = _POSSESSIVE_RE.sub("", words[0].lower()).strip(",;:.")
    if first in PRONOUNS:
        after = words[1].lower().strip(",;:.") if len(words) > 1 else ""
        if first in ("this", "that", "these", "those") and after in TIME_NOUNS:
            return None
        return f'opens on "{words[0].strip(",;:")}"'
    match = _CONNECTOR_RE.match(opening)
    if match:
        return f'opens on "{match.group()}"'
    back = _points_back(text)
    return f'"{back}" points back' if back else None


@functools.lru_cache(maxsize=1 << 16)
def own_words(text: str) -> bool:
    """One person's own words given as if they were the briefing's: "I", "my" outside quotation marks
    with no speaker named (an interview's answer, a columnist's line). No statement, wherever it
    stands: the sentence before it shown does not say whose words they are. ("We" leans: `leans_on`.)"""
    unquoted = _outside_quotations(text)
    return _first_person(unquoted) and not _SPEAKER_GIVEN_RE.search(unquoted)


@functools.lru_cache(maxsize=1 << 16)
def outlet_words(text: str) -> bool:
    """"We", "our", "let's" outside quotation marks with no speaker named: the outlet or the writer
    speaking ("That's where we'll leave our live coverage", "We are all guilty of …"). Not the news,
    wherever it stands: compose shows none (`leans_on` reads it as leaning)."""
    unquoted = _outside_quotations(text)
    return _first_person(unquoted, _PLURAL_FIRST_PERSON_RE) and not _SPEAKER_GIVEN_RE.search(unquoted)


@functools.lru_cache(maxsize=1 << 16)
def outlet_speaks(text: str) -> bool:
    """The outlet or the writer speaking as "we", "our", "let's" outside quotation marks, no speaker
    named ("That's where we'll leave our live coverage", "We apologise for the error"): no statement
    anywhere, not even as the opening. (A bare "us" is the writer and the reader, "moments that
    inspired us": `outlet_words` reads it as leaning, as it reads "we".)"""
    unquoted = _outside_quotations(text)
    return _first_person(unquoted, _OUTLET_SUBJECT_RE) and not _SPEAKER_GIVEN_RE.search(unquoted)


def _points_back(text: str) -> str | None:
    """Words that point back by what they mean ("the rest", "the latter"), where nothing before them in
    the sentence gives what they point at: no number ("Of the 40 passengers, 12 were hurt and the rest
    were not"), and for "the latter"/"the former" not two names ("Jones beat Smith, and the latter …")."""
    answer = _ANSWER_RE.search(_outside_quotations(text))  # a quotation's own "Yes, …" answers within it
    if answer:
        return answer.group()
    for match in _BY_MEANING_RE.finditer(text):
        before = text[: match.start()]
        words = before.split()
        if _DIGIT_RE.search(before) or any(_bare(w) in _NUMBER_WORDS for w in words):
            continue
        names = sum(w[:1].isupper() for w in words[1:]) + bool(words and words[0][:1].isupper() and _bare(words[0]) not in STOPWORDS)
        if match.group(2) in ("latter", "former") and names >= 2:
            continue
        return match.group()
    return None


# "I", "my" … outside quotation marks: one person's own words (a Q&A's answer, a columnist's line); "we",
# "our", "let's": the writer and the reader, or an outlet ("inspired us", "We are all guilty of …").
_SINGULAR_FIRST_PERSON_RE = re.compile(r"\b(?:I|me|my|myself|^Me|^My|^Myself)\b(?![.’'-]\w)")  # not "Despicable Me 4", "My Little Pony" 
_OUTLET_SUBJECT_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|[Oo]urselves)\b(?![.’'-]\w)|\b[Ll]et[’']s\b")  # "we", not "us"
_PLURAL_FIRST_PERSON_RE = re.compile(r"\b(?:[Ww]e|us|[Oo]ur|[Oo]urs|[Oo]urselves)\b(?![.’'-]\w)|\b[Ll]et[’']s\b")  # not "US"


# Someone else's words given their speaker: "…, the company said", "…, said Ann Hale", "according to …",
# "Grunsfeld said we …" (a name or a noun phrase right before the verb; not "a team that argued").
_SPEAKER_GIVEN_RE = re.compile(
    r"[,;]\s+(?:(?!I\b|we\b)[\w.'’-]+\s+){1,6}(?:" + SPEECH_VERB_FORMS + r")\b"
    r"|(?<!\bI )(?<!\bwe )(?<!\bWe )\b(?:said|says|added|adds|wrote|writes|told)\s+(?:the\s|an?\s|(?!I\b)[A-Z])|\baccording to\b"
    r"|(?:\b(?!I\b)[A-Z][\w'’-]*|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[\w-]+)\s+(?:" + SPEECH_VERB_FORMS + r")\b")  # "Grunsfeld said we …"


def _first_person(text: str, pattern: re.Pattern = _SINGULAR_FIRST_PERSON_RE) -> bool:
    """Does `text` speak in the first person (`pattern`): "I" (not a numeral after a capitalised word:
    "World War I", "Phase I"), "my" …; or, with the plural pattern, "we", "our", "let's"?"""
    for match in pattern.finditer(text):
        if match.group() != "I":
            return True
        before = text[: match.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1][-1:] in ".!?:;,”\"":
            return True
    return False


# Words that point back by what they mean, wherever they stand: "on the rest" (of what?), "the latter said".
_BY_MEANING_RE = re.compile(
    r"\b[Tt]he (rest|remainder)\b(?!\s+(?:of|they|we|you|he|she|I|it)\b)"
    r"|\b[Tt]he (latter|former|others)\b(?=\s*[,.;:!?]|\s+(?:is|are|was|were|has|have|had|will|would|said|says|can|could)\b)"
    # "has since cut that limit": since the event told before it (not "has since 2019", "since the war", "since then",
    # nor "built up stocks during the pandemic and have since struggled", whose event is the verb before "and")
    r"|(?<!\band )(?<!\bbut )\b(?:has|have|had) (since)\b(?!\s+(?:\d|then\b|the\b|an?\b|his\b|her\b|their\b|its\b|(?-i:[A-Z])))")
_DIGIT_RE = re.compile(r"\d")
# An answer to a question not shown: "For two or three of them, yes.", "No, not yet."; "Anything else …".
_ANSWER_RE = re.compile(r"^(?:yes|no|yeah|nope)\b(?=[,!]|\.(?!\s*\d))|,\s*(?:yes|no)[.!]?$"  # not "No. 2 seed Duke"
                        r"|\b(?:anything|something) (?:else|different)(?=\s*[.!?:]?$|\s*:|\s+would\b)",  # "Anything else would be …", "argued for
                        # something else: terraces …" (else than what?); not "anyone else who …"
                        re.IGNORECASE)


_SAYS_WHICH = frozenset("of to who whom whose that which for in at on from with about over between behind".split())
# Words before a noun that say which, or how many, without pointing back: "the first", "the only", "the
# other", "one of the few dissenting votes". Compose and `wirebrief eval briefings` both read this.
SAYS_WHICH_ADJECTIVES = frozenset("first last next same only other few".split())
# After the noun, words that begin what says which ("The plan to …", "The hearing over …"); not "in" or
# "at", which as often begin what the verb did ("The company in a statement said …").
# Not "of": "The mother of three …" says what she is, not who.
_SAYS_WHICH_NEXT = frozenset("to who whom whose which for about over between behind".split())
# Capitalised offices, which name a role and not who holds it: "The PM added: …" leans on who the PM is.
_OFFICES = frozenset("""pm president minister chancellor secretary governor mayor senator judge coach manager chairman
    chairwoman chair premier king queen prince princess duke duchess pope chief commissioner""".split())
# Where the noun phrase after "The" ends: a verb or function word ("The plan was …", "The report suggests that …").
_PHRASE_ENDS = STOPWORDS | _SAYS_WHICH | frozenset("is are was were has have had will would can could may might must shall should said says".split())


@functools.lru_cache(maxsize=1 << 16)  # called for every word of every candidate, many times over
def _bare(word: str) -> str:
    """A word without its punctuation and possessive, lower-cased: "Duchess's" → "duchess"."""
    return _POSSESSIVE_RE.sub("", word.strip(",;:.!?’'\"”()")).lower()


_POSSESSIVE_RE = re.compile(r"[’']s$")


_OBJECT_OPENERS = frozenset("the a an its their his her this these that those to".split())
_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
_AUXILIARIES = frozenset("has have had is are was were be been will would can could may might must shall should did does do not never already".split())
# What may follow a verb whose object is missing: a preposition, a conjunction, the main clause's verb ("to" may begin its complement)
_AFTER_GAP = frozenset("in on at for with from by over after before since during about into under until when while and but or as".split()) | _AUXILIARIES


def _contact_clause(words: Sequence[str], j: int, det: int) -> bool:
    """Does a relative clause with no "that" begin at `words[j]`, right after a noun, saying which
    ("the reforms it had promised", "the reforms Athens has presented were …"; `det`: where its
    determiner stands)? A subject (a
    personal pronoun or a name), perhaps auxiliaries, then a verb whose object is the noun: nothing
    after it that could be one (the clause ends, or a preposition, conjunction or the main verb
    follows). A noun phrase that opens the sentence ("After the talks he resigned" has no verb
    before it) is defined so only where the main verb follows the clause."""
    k = j
    if k < len(words) and _bare(words[k]) in _SUBJECT_PRONOUNS and (words[k] == _bare(words[k]) or words[k] == "I"):
        k += 1
    else:
        while k < len(words) and words[k][:1].isupper() and _bare(words[k]) not in STOPWORDS and _bare(words[k]) == words[k].lower():
            k += 1
        if k == j:
            return False
    while k < len(words) and words[k] == _bare(words[k]) and words[k] in _AUXILIARIES:
        k += 1
    if k >= len(words):
        return False
    verb = _bare(words[k])
    if not words[k][:1].islower() or not verb.isalpha() or verb in STOPWORDS:
        return False
    following = _bare(words[k + 1]) if k + 1 < len(words) and verb == words[k].lower() else ""
    if det == 0:
        return following in _AUXILIARIES
    clause_before = any(w[:1].islower() and _bare(w) not in _SAYS_WHICH | _REFERRING | INDEFINITE_DETERMINERS for w in words[:det])
    return clause_before and (following == "" or following in _AFTER_GAP)


def definite_unintroduced(text: str, shown_terms: set[str], introduced: dict[str, int] | None = None,
                          *, institutions: bool = False) -> str | None:
    """"The findings were …" where nothing shown before says which findings: an opening "The" and
    the lower-case content words after it (up to four words, numbers and names skipped, to the
    first function word or past-tense verb), whose noun no shown text has, unless what follows
    says which ("The plan to …", "The man who …") or an ordinal or superlative does ("The first",
    "The largest"). Read off the words: stricter than the parse."""
    words = _opening(text).split()
    if len(words) < 3 or words[0] != "The":
        return None
    office = words[1][:1].isupper() and _bare(words[1]) in _OFFICES  # "The PM added: …" leans on who the PM is
    if words[1][:1].isupper() and not office:
        return None  # "The Hawks will …", "The White House press secretary": a name says which
    phrase: list[str] = []
    after = ""  # the word that ended the phrase
    end = 1  # where the phrase's last word ends
    for k, word in enumerate(words[1:5], 1):
        bare = _bare(word)
        if phrase and (bare in _PHRASE_ENDS or bare.endswith("ed")):
            after = bare
            break
        if (word[:1].islower() or office and not phrase) and bare.replace("-", "").isalpha() and bare not in STOPWORDS:
            phrase.append(bare)
            end = k + 1
        if bare != word.lower():
            break  # punctuation or a possessive ends the phrase
    superlative = (lambda w: w.endswith("est")) if introduced is None else (lambda w: _superlative(w, introduced))
    if not phrase or any(w in SAYS_WHICH_ADJECTIVES or superlative(w) for w in phrase):
        return None
    if len(phrase) == 1 and after in _SAYS_WHICH_NEXT:
        return None  # "The hearing over the custody of …", "The plan to …"
    if words[end - 1] == _bare(words[end - 1]) and _contact_clause(words, end, 0):
        return None  # "The reforms Athens has presented were …"
    # the phrase's noun is its last word, or a word before one that may be its verb ("The port
    # expects …", "The contraption lets selfie addicts …"): every reading's noun must have been
    # shown, unless an object follows the last word, which then is the verb ("The port expects the …")
    verb_like = lambda i: phrase[i].endswith("s") and not phrase[i - 1].endswith("s")
    last_is_verb = len(phrase) > 1 and verb_like(len(phrase) - 1)
    heads = {phrase[-2]} if last_is_verb and after in _OBJECT_OPENERS else {phrase[-1]}
    heads |= {phrase[i - 1] for i in range(1, len(phrase)) if verb_like(i)}
    if all(stem(head) in shown_terms or head in shown_terms for head in heads):
        return None
    if institutions and introduced is not None and all(taken_as_known(head, introduced) for head in heads):
        return None  # "The council voted on Monday …" opening The Story: the town's council
    return 'opens on "The ' + " ".join(phrase) + '", never introduced'


# Public institutions a story takes as known where it never brings one in as new ("a council"): "the council",
# "the police", "the court" are the place's own. Not a company or a group: which one is meant needs its name.
KNOWN_INSTITUTIONS = frozenset("council government police court army ministry parliament cabinet senate congress".split())


def taken_as_known(noun: str, introduced: dict[str, int]) -> bool:
    """Is "the <noun>" one of KNOWN_INSTITUTIONS that the article never brings in as new (`introductions`)?"""
    return noun in KNOWN_INSTITUTIONS and stem(noun) not in introduced


INDEFINITE_DETERMINERS = frozenset("a an another some several".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozen dozens".split())
_REFERRING = frozenset("the this these those".split())
_ADVERBS = frozenset("even still never already ever yet often later soon".split())  # end a phrase: "the troll even tried"
_MODIFYING_STOPWORDS = frozenset("new live video report reports".split())  # "a new Consumer Reports study"
_AMOUNT_RE = re.compile(r"[£$€]?\d[\d,.]*\w{0,2}")
# Words that hedge a number: "the nearly 300 workers" takes the workers as known, as "the 300 workers" does.
_APPROXIMATELY = frozenset("nearly almost about around roughly approximately some estimated over under more fewer less than at least up to".split())


def _introduces(words: Sequence[str], k: int) -> bool:
    """Is the word at `k` brought in as new: "a levy", "a US-led invasion", "two men"? Read back over
    at most four words of its phrase (modifiers, names and numbers) to an indefinite word; a number
    after "the" introduces nothing ("the five biggest airlines", "the two men")."""
    for at in range(k - 1, max(0, k - 4) - 1, -1):
        bare = _bare(words[at])
        if bare in INDEFINITE_DETERMINERS:
            return True
        if bare in _NUMBER_WORDS or _AMOUNT_RE.fullmatch(bare):
            before = at - 1
            while before >= 0 and _bare(words[before]) in _APPROXIMATELY:
                before -= 1  # "the nearly 300 workers", "the estimated 5,000 residents"
            return before < 0 or _bare(words[before]) not in _REFERRING
        word = words[at]
        if bare != word.lower() or (bare in STOPWORDS and bare not in _MODIFYING_STOPWORDS):
            return False  # punctuation or a function word ends the phrase
    return False


def introductions(sentences: Iterable[tuple[int, str]]) -> dict[str, int]:
    """For each noun the article brings in as new where it first writes it ("a levy", "two men"): its
    stem, and the index of that sentence (`sentences`: index and text, in order). A word whose first mention is no
    such introduction ("the government", "police") the writer takes as known, and is left out."""
    first: dict[str, int] = {}
    found: dict[str, int] = {}
    for number, text in sentences:
        words = text.split()
        for k, word in enumerate(words):
            bare = _bare(word)
            if not bare.isalpha() or bare in STOPWORDS or not word[:1].islower():
                continue
            key = stem(bare)
            if key not in first:
                first[key] = number
                if _introduces(words, k):
                    found[key] = number
    return found


def refers_back(text: str, introduced: dict[str, int], index: int, shown_terms: set[str]) -> str | None:
    """A definite description anywhere in `text` (sentence `index`) whose referent the reader has not
    met: "the levy" (or "this", "these", "those" …) where the article brought the levy in as new
    in an earlier sentence (`introductions`), and neither the text shown before (`shown_terms`)
    nor the words before it write its noun. Read off the words: the phrase after "the" runs over
    lower-case words to a function word or verb (as `definite_unintroduced` reads it); a name,
    ordinal or superlative in it, or what follows saying which ("the levy on …"), says which."""
    words = text.split()
    if not any(introduced.get(key, index) < index for key in _lower_case_stems(text)):
        return None  # nothing in it the article brought in before it
    for k, word in enumerate(words[:-1]):
        if _bare(word) not in _REFERRING or _bare(word) != word.lower().lstrip(LEADING_QUOTES):
            continue
        phrase: list[str] = []
        after = ""
        end = k + 1  # where the phrase's last word ends
        for at, next_word in enumerate(words[k + 1 : k + 5], k + 1):
            bare = _bare(next_word)
            if next_word[:1].isupper():
                phrase = phrase if phrase else ["-"]  # a name says which ("the Harwick council"), or ends the phrase
                break
            if phrase and (bare in _PHRASE_ENDS or bare in _ADVERBS or bare.endswith(("ed", "ly"))):
                after = bare
                break
            if bare.replace("-", "").isalpha() and bare not in STOPWORDS:
                phrase.append(bare)
                end = at + 1
            elif phrase or not _AMOUNT_RE.fullmatch(bare):
                break  # a number stands before the noun ("the 2,000 pieces"), not after it
            if bare != next_word.lower():
                break  # punctuation or a possessive ends the phrase
        if not phrase or any(w == "-" or w in SAYS_WHICH_ADJECTIVES or _superlative(w, introduced) or w in TIME_NOUNS for w in phrase):
            continue
        if after in _SAYS_WHICH or after == "of":
            continue  # "the levy on new developments", "the plan to …"
        if words[end - 1] == _bare(words[end - 1]) and _contact_clause(words, end, k):
            continue  # "the reforms it had promised", "the reforms Athens has presented"
        # its noun is the last word, or the one before where the last may be its verb ("the levy deters")
        heads = phrase[-2:] if len(phrase) > 1 and phrase[-1].endswith("s") else phrase[-1:]
        written = {stem(_bare(w)) for w in words[:k]}
        if any(stem(head) not in shown_terms and stem(head) not in written and introduced.get(stem(head), index) < index
               for head in heads):
            return f'"{word} {" ".join(phrase)}" leans on a sentence not shown'
    return None


def _superlative(word: str, introduced: dict[str, int]) -> bool:
    """A word ending in "-est" read as a superlative ("the largest"), unless the article brings it in
    after "a" or a number (`introductions`), as no superlative is: "a rest area", "a protest"."""
    return word.endswith("est") and stem(word) not in introduced


_PERSONAL_WITHIN = frozenset("he she him his her himself herself".split())
_FEMININE = frozenset("she her hers herself".split())
_PERSON_NOUNS = PERSON_NOUNS | _GENDER_OF_NOUN.keys() | frozenset("suspect defendant accused pensioner".split())
# A noun phrase after one of these ("after the meeting") is no subject or object a pronoun could stand for.
_PREPOSITIONS = frozenset("""in on at after before during since until till from to for with without by about over under
    into onto across through throughout against among between behind beside near of outside inside amid despite""".split())


@functools.lru_cache(maxsize=1 << 14)  # asked for every statement a section tries, in each state of the briefing
def names_no_one(text: str, names: frozenset[str] = frozenset()) -> str | None:
    """'he', 'she' past the opening of a statement with no referent in it: no name before it (a
    capitalised word but at the start of a sentence or quotation, or a word there that the article
    writes capitalised within a sentence too, `names`, lower-cased: "McHenry knew she …"), nor a noun
    phrase as a subject or object ("The minister said she …", "The suspect, 34, told …", not "After the
    meeting"), nor, where it stands in its sentence's opening phrase, a name after it in that sentence
    ("In his comments, Wilmots said"; "In court, he said Trump …" names not him). A pronoun outside a
    quotation finds no referent inside one ('"We will fight on," she said.'). 'they' after nothing but
    function words and numbers ("When they arrived"). Compose and `wirebrief eval briefings` both read this."""
    words = text.split()
    if not words:
        return None
    # "they" after nothing but function words and numbers ("When they arrived", "In 2013 they …")
    they = next((k for k, w in enumerate(words[1:6], 1) if _pronoun(w) == "they"), None)
    if they is not None and _bare(words[0].lstrip(LEADING_QUOTES)) not in names and all(
            _bare(w) in STOPWORDS or _AMOUNT_RE.fullmatch(_bare(w)) or _bare(w) in _SENTENCE_ADVERBS or _bare(w).endswith("ly") for w in words[:they]):
        return '"they" names no one'
    at = next((k for k, w in enumerate(words[1:], 1) if _pronoun(w) in _PERSONAL_WITHIN and w[:1].islower()), None)
    if at is None:
        return None
    quoted = _quoted_words(text)
    counts = (lambda k: True) if quoted[at] else (lambda k: not quoted[k])
    if any(counts(k) and _names_someone(words, k, names) for k in range(at)):
        return None
    # after it, within its own sentence, where it stands in the sentence's opening phrase (to a comma; with
    # none, a sentence opening on a function word: "Although her … the woman says", not "Police said she …")
    opens = max((k for k in range(1, at + 1) if _sentence_ends(words[k - 1])), default=0)
    ends = next((k + 1 for k in range(at, len(words)) if _sentence_ends(words[k])), len(words))
    comma = next((k for k in range(opens, ends) if words[k].rstrip("”’'\"").endswith(",")), None)
    opening = at <= comma if comma is not None else _bare(words[opens].lstrip(LEADING_QUOTES)) in _OPENING_PHRASE_WORDS  # "Although her …"
    if opening and any(counts(k) and _names_someone(words, k, names) for k in range(at + 1, ends)):
        return None
    return f'"{_pronoun(words[at])}" names no one'


_IT_EXPLETIVE_AFTER = frozenset("is was seems seemed appears appeared remains remained takes took".split())  # "it was too early to say"
_IT_OBJECT_BEFORE = frozenset("make makes made making find finds found".split())  # "made it clear that …"
_THING_WORDS = frozenset("the a an this that these those its his her their our your each every one another what which whatever "
                         "something everything anything nothing".split())


@functools.lru_cache(maxsize=1 << 16)
def it_refers_to_nothing(text: str) -> str | None:
    """'it'/'its' past the opening of a statement, outside quotations, with nothing before it in its sentence
    that it can stand for: no noun phrase opened by a determiner ("The council said it would …"), no name (a
    capitalised word within the sentence, or a first word that is no plural: "Harbor said it …"), no "what",
    "something" ("Residents were fiercely loyal to it." leans; so does "Officials said they would review it").
    Not an "it" that opens the sentence's first phrase, before a comma (it may name what follows: "When it
    opened in 1938, the Regal …"), nor one that holds nothing ("it was too early to say", "made it clear")."""
    words = text.split()
    quoted = _quoted_words(text)
    start = 0
    for k, word in enumerate(words):
        if k and _sentence_ends(words[k - 1]):
            start = k
        raw = word.strip(",;:.!?\"”“()").lower()
        if k == start or raw not in ("it", "its") or quoted[k]:
            continue
        after = words[k + 1].strip(",;:.!?").lower() if k + 1 < len(words) else ""
        if raw == "it" and (after in _IT_EXPLETIVE_AFTER or _bare(words[k - 1]) in _IT_OBJECT_BEFORE):
            continue
        if not any("," in w for w in words[start:k]) and any("," in w for w in words[k:k + 12]):
            continue  # in the sentence's opening phrase: what it stands for may come after the comma
        first = words[start].lstrip(LEADING_QUOTES)
        if (_bare(first) not in STOPWORDS and first[:1].isupper() and not _bare(first).endswith("s")
                or any(_bare(w.lstrip(LEADING_QUOTES)) in _THING_WORDS or j > start and _capitalised_within(words[j - 1], w) for j, w in enumerate(words[start:k], start))):
            return None
        return f'"{raw}" stands for nothing before it'
    return None


_OPENING_PHRASE_WORDS = _PREPOSITIONS | frozenset("although though when whenever while as if because once unless whereas".split())
_SENTENCE_ADVERBS = _ADVERBS | frozenset("perhaps maybe now then".split())  # "Perhaps they can …"


@functools.lru_cache(maxsize=1 << 14)
def _lower_case_stems(text: str) -> frozenset[str]:
    """The stems of the words of `text` written in lower case (`refers_back`)."""
    return frozenset(stem(_bare(w)) for w in text.split() if w[:1].islower())


@functools.lru_cache(maxsize=1 << 16)  # read for every word of every statement tried, many times over
def _pronoun(word: str) -> str:
    """A word without its punctuation or a contraction: "she'd", "he’s" → "she", "he"."""
    return _CONTRACTION_RE.sub("", _bare(word))


_CONTRACTION_RE = re.compile(r"[’'](?:d|s|ll|re|ve)$")


def _sentence_ends(word: str) -> bool:
    return word.rstrip("”’'\")").endswith((".", "!", "?"))


def _quoted_words(text: str) -> list[bool]:
    """Whether each word of `text` (split on white space) stands inside a quotation."""
    spans = [m.span() for m in _QUOTED_RE.finditer(text)]
    return [any(a <= m.start() < b for a, b in spans) for m in re.finditer(r"\S+", text)]


def _names_someone(words: list[str], k: int, names: frozenset[str]) -> bool:
    """Is word `k` a name, or the determiner of a noun phrase for a person ("the minister") that is a
    subject or object (not after a preposition)?"""
    word = words[k]
    before = words[k - 1] if k else "."
    if _capitalised_within(before, word) or (word.lstrip(LEADING_QUOTES)[:1].isupper() and _bare(word.lstrip(LEADING_QUOTES)) in names):
        return True
    if word.endswith(",") or (k and not _sentence_ends(before) and _bare(before) in _PREPOSITIONS):
        return False  # "after the meeting"
    return _person_phrase(words, k)  # "the minister", "the former minister", "a 34-year-old woman"


_PERSON_DETERMINERS = frozenset("the a an another this that".split())


def _person_phrase(words: Sequence[str], k: int) -> bool:
    """Does a noun phrase for a person begin at `words[k]`: a determiner, then within three words a
    noun that reads as one ("the first lady", "a spokesman", "the suspect", "the 14-year-old"; `_personal`)?"""
    if _bare(words[k].lstrip(LEADING_QUOTES)) not in _PERSON_DETERMINERS:
        return False
    for word in words[k + 1 : k + 4]:
        bare = _bare(word)
        if word[:1].isupper() or bare in STOPWORDS and bare not in SAYS_WHICH_ADJECTIVES:
            return False
        if _personal(bare, epithet=True) or bare in _PERSON_NOUNS or bare.endswith("-old"):
            return True
        if bare != word.lower():
            return False  # punctuation or a possessive ends the phrase
    return False


def written_names(texts: Iterable[str]) -> frozenset[str]:
    """Words the article writes capitalised within a sentence (lower-cased, no possessive): its names."""
    return frozenset(_bare(word) for text in texts for before, word in zip(text.split(), text.split()[1:])
                     if _capitalised_within(before, word) and _bare(word) not in STOPWORDS)  # not "This" of "This Morning"


_FIRST_PERSON = frozenset("i i’m i'm i’ve i've i’d i'd i’ll i'll".split())


def _capitalised_within(before: str, word: str) -> bool:
    """A capitalised word (not "I") that does not open a sentence, quotation or what follows a colon."""
    if not word[:1].isupper():
        return False  # most words: read first, as this runs for every word of the article
    sentence_start = before.rstrip("”’'\")").endswith((".", "!", "?", ":")) or word[:1] in "“‘\"'("
    return not sentence_start and _bare(word) not in _FIRST_PERSON


def _leans(text: str, index: int, shown: set[int], shown_terms: set[str], first: int,
           introduced: dict[str, int] | None = None, names: frozenset[str] = frozenset(), speaker_known: bool = False,
           *, story: bool = False) -> bool:
    """Does a statement (`text`, from sentence `index`) lean on what is not shown: is it not the
    article's opening, nor shown after the sentence before it, and does its opening need one, or
    a "he"/"she" in it no one it names? Or, wherever it stands, does a definite description in
    it refer back to what the article brought in before it and the briefing does not show
    (`refers_back`, with the article's `introductions`)? In The Story (`story`), read under the
    headline, an opening "The council" the article takes as known stands (`taken_as_known`)."""
    if index != first and index - 1 not in shown and (
            leans_on(text) or definite_unintroduced(text, shown_terms, introduced, institutions=story) or (introduced is not None and (
                names_no_one(_PRONOUN_SPEAKER_RE.sub("", text) if speaker_known else text, names) or it_refers_to_nothing(text)))):
        return True
    return introduced is not None and refers_back(text, introduced, index, shown_terms) is not None


# A quote mark opens at the start of a word; after a sentence's or clause's last mark it closes; an
# apostrophe sits inside a word. A single quote right after a word ("the ‘gold digger’ jibe") may close a
# quotation or end a possessive ("the players’ union"): it closes one that is open, and is nothing otherwise.
# Double and single quotes are read apart: a possessive inside a “…” quotation does not close it.
# (A single mark before a digit or an elision is an apostrophe: "'90s", "‘Tis the season", "rock 'n' roll".)
_ELISION = r"(?!\d|(?i:em|n|til|cause|tis|twas)\b)"
_OPENER_RE = re.compile(r"(?:^|(?<=[\s(\[—–-]))(?:“|‘(?=\S)" + _ELISION + r"|'(?=[^\W\d_])" + _ELISION + r"|\"(?=\S))")
# A closing mark may sit against another: 'referred to them as "the enemy"', he said.
_CLOSER_RE = re.compile(r"”|(?<=[.,!?…\"”])[’']|(?<=\S)\"(?=[\s.,;:!?)’']|$)")
_MAYBE_CLOSER_RE = re.compile(r"(?<=[^\W\d_])[’'](?![^\W\d_])")
QUOTE_RUN_SENTENCES = 4  # a quotation with no mark for this many sentences has closed unmarked (a stray mark)


def quote_marks(text: str) -> list[tuple[int, str, str]]:
    """The quote marks of `text` in order: (offset, "open", "close" or "maybe-close", "double" or "single")."""
    return list(_quote_marks(text))


@functools.lru_cache(maxsize=1 << 14)  # every sentence is read several times an article (statements, quotations)
def _quote_marks(text: str) -> tuple[tuple[int, str, str], ...]:
    marks = {m.start(): "open" for m in _OPENER_RE.finditer(text)}
    for m in _CLOSER_RE.finditer(text):
        marks.setdefault(m.start(), "close")
    for m in _MAYBE_CLOSER_RE.finditer(text):
        marks.setdefault(m.start(), "maybe-close")
    return tuple((offset, kind, "double" if text[offset] in "“”\"" else "single") for offset, kind in sorted(marks.items()))


@functools.lru_cache(maxsize=1 << 14)  # read for first person, "we" and answers of the same statement
def _outside_quotations(text: str) -> str:
    """`text` with its quotations blanked, read by `quote_marks` (straight single quotes too: 'I was
    scared,' she said). A closing mark with nothing open closes a quotation the sentence opened in."""
    out, open_, start = list(text), set(), 0
    for offset, kind, family in quote_marks(text):
        was_open = bool(open_)
        if not _read(open_, kind, family):
            out[: offset + 1] = " " * (offset + 1)
        elif not was_open and open_:
            start = offset
        elif was_open and not open_:
            out[start : offset + 1] = " " * (offset + 1 - start)
    if open_:
        out[start:] = " " * (len(text) - start)
    return "".join(out)


def _read(open_: set[str], kind: str, family: str) -> bool:
    """Apply one mark to the open quotations; False for a closing mark with nothing open to close."""
    if kind == "open":
        open_.add(family)  # a quotation reopened in a new paragraph of it stays one quotation
    elif family in open_:
        open_.discard(family)
    elif kind == "close":
        return False
    return True


def quotation_problem(text: str) -> str | None:
    """An unbalanced quotation or bracket inside one statement."""
    open_: set[str] = set()
    for _, kind, family in quote_marks(text):
        if not _read(open_, kind, family):
            return "a quotation closes that opens before the statement"
    if open_:
        return "a quotation opens and is never closed"
    for left, right in ("()", "[]"):
        if text.count(left) != text.count(right):
            return f"unbalanced {left}{right}"
    return None


def inside_quotation(sentences: Sequence[Sentence]) -> tuple[set[int], set[int]]:
    """Sentences that start inside a quotation opened in an earlier sentence, and those that end
    inside one that runs on into the next (a quotation ends with its paragraph)."""
    starts, ends = set(), set()
    open_: set[str] = set()
    quiet = 0
    paragraph = None
    for s in sentences:
        if s.paragraph != paragraph:
            open_, paragraph = set(), s.paragraph
        marks = quote_marks(s.text)
        quiet = 0 if marks else quiet + 1
        if quiet >= QUOTE_RUN_SENTENCES:
            open_ = set()
        if open_ and not (marks and marks[0][0] == 0 and marks[0][1] == "open"):
            starts.add(s.index)
        for _, kind, family in marks:
            _read(open_, kind, family)
        if open_:
            ends.add(s.index)
    return starts, ends


# Corrections withdraw what they correct ------------------------------------------------------------
# A live blog or a story corrected in place says what it got wrong: "Correction: In our 18:05 post we said
# the bridge had been closed. It was in fact …", "An earlier version of this article said …", "Earlier we
# reported that …". The note itself is furniture (segment drops it), but the claim it withdraws may still
# stand in the text, and the sentences right after the note lean on it ("It was in fact …").

_CORRECTION_RE = re.compile(segment.EDIT_NOTE + r"|(?:^|\b)(?:earlier|previously),? we (?:said|reported|wrote|stated)\b"
                            r"|\bin our (?:earlier|previous|\d{1,2}[:.]\d\d) (?:post|update|entry|version|report)\b", re.I)
# What the note says was said: the clause after its first reporting verb.
_WITHDRAWN_CLAIM_RE = re.compile(r"\b(?:said|reported|stated|wrote|claimed|suggested)\s+(?:that\s+)?(?P<claim>.+)$", re.I)
_ROUGH_SENTENCE_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”’\"']))\s+(?=[“‘\"'(]?[A-Z])")
# A cheap look for a note before the text is read sentence by sentence (`_CORRECTION_RE` reads a sentence's start).
_CORRECTION_HINT_RE = re.compile(r"\b(?:correction|clarification|earlier|previous)", re.I)
WITHDRAWN_SHARE = 0.75  # share of the withdrawn claim's content words a sentence must hold to state it again
WITHDRAWN_MIN_TERMS = 2  # a claim of fewer content words ("he was 71") is not matched: too little to tell


def _rough_sentences(text: str) -> list[str]:
    return [s for line in text.split("\n") for s in _ROUGH_SENTENCE_RE.split(line.strip()) if s]


def withdrawn(source: str, sentences: Sequence[str]) -> set[int]:
    """Which of `sentences` (an article's, as written) a correction note in `source` (the text the
    article came from, notes included) withdraws: those that state the claim the note says was wrong
    (WITHDRAWN_SHARE of its content words, and at least WITHDRAWN_MIN_TERMS), other than the
    correction's own sentences; and the sentences right after the note that lean on it (`leans_on`:
    "It was in fact the Kessock Bridge that closed."). A wrong statement is worse than a missing one:
    what the note may withdraw is not shown."""
    if not _CORRECTION_HINT_RE.search(source):
        return set()
    found: set[int] = set()
    for paragraph in re.split(r"\n\s*\n", source):
        parts = _rough_sentences(paragraph)
        for k, note in enumerate(parts):
            if not _CORRECTION_RE.search(_outside_quotations(note)):
                continue  # (a minister's '“Earlier we said the dam was safe,” …' corrects nothing of the article's)
            body = parts[k + 1 :]
            leaning = list(itertools.takewhile(lambda t: leans_on(t) is not None, body))
            leaning += [t for t in body if outlet_speaks(t) or own_words(t)]  # "We apologise for the error."
            found |= {i for i, text in enumerate(sentences) if text.strip() in leaning}
            claim = _WITHDRAWN_CLAIM_RE.search(note)
            claim_terms = set(terms(claim.group("claim"))) if claim else set()
            if len(claim_terms) < WITHDRAWN_MIN_TERMS:
                continue
            needed = max(WITHDRAWN_MIN_TERMS, math.ceil(WITHDRAWN_SHARE * len(claim_terms)))
            found |= {i for i, text in enumerate(sentences)
                      if text.strip() not in body and len(claim_terms & set(terms(text))) >= needed}
    return found


def without_withdrawn(article, source: str):
    """`article` without the sentences a correction note in `source` withdraws (`withdrawn`)."""
    if not _CORRECTION_HINT_RE.search(source):
        return article
    paragraphs = [_rough_sentences(p) for p in article.text.split("\n\n")]
    flat = [s for p in paragraphs for s in p]
    gone = withdrawn(source, flat)
    if not gone:
        return article
    kept, k = [], 0
    for p in paragraphs:
        kept.append(" ".join(s for j, s in enumerate(p, k) if j not in gone))
        k += len(p)
    return replace(article, text="\n\n".join(p for p in kept if p))


# Furniture, as `wirebrief eval briefings` flags it ----------------------------------------------------

# Classes of page and process furniture, as news sites and wires write them. Wider than segment's
# `_FURNITURE`, which deletes text from the article and must not take a reporter's sentence with it:
# here a match only keeps a sentence out of the briefing, and names the class for `eval briefings`.
_LINE_UP_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|da|di|du|van|von|der|le|la)){0,3}"
# a player, with the substitute who replaced him and the minute in brackets ("Tronstad (Okonkwo 66)"), or a
# captain's or keeper's mark ("(c)"); a role in brackets ("Rachel Reeves (Chancellor)") is no player's
_LINE_UP_PLAYER = (_LINE_UP_NAME + r"(?:\s*\((?:" + _LINE_UP_NAME + r"\s+\d{1,3}(?:\+\d{1,2})?['’]?|c|capt|gk|wk)\))?")
# a line-up's shape: eight players or more in semicolon groups split by commas (a formation: "1; 4; 3; 3"),
# or five or more with a substitute's minute in brackets
_LINE_UP_SHAPE = r"(?:(?=.*;.*;)(?=.*,)(?=(?:[^,;]*[,;]){7})|(?=.*\d['’]?\)))"
_FURNITURE = [
    ("editorial-process note", r"\b(?:reviewed|edited|fact[- ]checked|written) (?:according to|in accordance with)\b.{0,60}\beditorial\b"
                               r"|\beditorial (?:process|policies|standards|guidelines)\b"
                               r"|\bopinions expressed in this (?:commentary|article|column)\b"
                               # how the piece was edited or corrected: about the article, not the news
                               r"|\b(?:has|have) been (?:lightly |slightly )?(?:edited|condensed)(?: and (?:edited|condensed))? for (?:length|clarity|brevity)\b"
                               r"|" + segment.EDIT_NOTE),
    ("subscription prompt", r"\b(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletter|updates|alerts|briefing|inbox|email)"
                            r"|\b(?:our|free|daily|weekly) newsletter\b|\bsubscribers? only\b|\bunlimited access\b"
                            r"|\b(?:download|get) (?:our|the) (?:free )?app\b"),
    ("contributor line", r"\bcontributed (?:to )?(?:this )?(?:report|reporting|story|article)\b|\b(?:additional )?reporting by\b"
                         r"|\b(?:writing|editing) by\b"),
    ("related-story list", r"(?:^|\s)[-–—•]\s+[-–—•]\s|^\s*[-–—•]\s+\S|\b(?:read more|related|see also|more on this story)\s*:"),
    ("author bio", segment.AUTHOR_BIO + r"|\bfollow (?:him|her|them|us|\w+) on (?:twitter|x|instagram|facebook)\b"
                   r"|\bon (?:twitter|x|instagram) (?:at )?@\w+"),
    ("picture caption", r"\b(?:scroll down for (?:the )?video|click to enlarge|(?:photo|picture|image) gallery|see the gallery"
                        r"|pictured(?: above| below| left| right)?\s*:|(?:photo|image|picture|video)(?: credit)?\s*:\s*\S"
                        r"|^in pictures\b|\b(?:click|tap) (?:on |through )?(?:the )?(?:photos?|pictures?|images?|gallery|video)\b)"),
    ("affiliate disclosure", r"\baffiliate (?:commission|link)s?\b|\bindependently selected by our (?:editors|writers)\b"),
    ("copyright notice", r"©|\ball rights reserved\b|\bcopyright \d{4}\b|\bmay not be (?:published|broadcast|rewritten|redistributed)\b"),
    # a team's line-up under a match report: its name, a colon, players in the shape of a line-up
    # ("Rovers: Pears; Smith, Jones (Okonkwo 66); …"); no verb, no statement.  A short list of people
    # with their roles ("Cabinet: Rachel Reeves (Chancellor); …") or of parties is no line-up
    ("team sheet", r"(?-i:^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}:\s*" + _LINE_UP_SHAPE
                   + r"(?:" + _LINE_UP_PLAYER + r"\s*[,;]\s*){4,}" + _LINE_UP_PLAYER + r"\.?$)"),
]
_FURNITURE_RES = [(name, re.compile(pattern, re.I)) for name, pattern in _FURNITURE]
_ANY_FURNITURE = AnyPattern([pattern for _, pattern in _FURNITURE], re.I)  # as one pattern, searched faster


def furniture(text: str) -> str | None:
    """The class of furniture `text` is, or None."""
    if not _ANY_FURNITURE.found_in(text):
        return None
    for name, pattern in _FURNITURE_RES:
        match = pattern.search(text)
        if match:
            return f'{name} ("{match.group().strip()}")'
    return None


# What to parse ------------------------------------------------------------------------------------

PLAYERS_RECOGNISED = 3  # sentences where the most-named people and organisations first appear, recognised there
PLAYER_SENTENCES = MAX_PLAYERS  # at most, with those where a name first appears beside its role (`_role_frame`)
_NUMBER_RE = re.compile(r"\d")


def worth_parsing(skimmed: AnnotatedArticle) -> Depth:
    """What this writer needs from the model, for `annotate`. The sections are chosen before
    parsing as they will be after it (`_sections`: every score reads the words alone), counting a
    sentence up to COMPRESSIBLE_WORDS words too long for a Key Point as one that may fit once
    compressed. Parsed are: the chosen Key Points that compression would shorten (long, or ending
    in an attribution) and the long chosen Takeaways; the sentences where the most-named people and
    organisations first appear, which alone also go through the entity recogniser, the costliest
    component (key players and roles), and, up to PLAYER_SENTENCES sentences in all, those quoting no
    one where any other name first appears beside a role (`_role_frame`: a title before it; an
    appositive, an age or a clause after it), recognised whole (a window that missed the other names
    there would let "the company" stand for the one it read): a name given a role is a key player even where it is named once
    (`build_briefing`), and the role rules read the parse of the sentence that names it; the first
    IMPACT_CANDIDATES sentences Impact Analysis would
    try whose words look ahead (`_impact_candidates`) and the statements it takes on the words:
    Impact Analysis takes only what the parse reads as looking ahead (`sentence_looks_ahead`), as
    `wirebrief eval briefings` checks it. Quotes' speakers are read off the words where a
    sentence is not parsed (`annotate.quotes._attribution_in_words`), so no quotation is parsed for them."""
    eligible = _eligible(skimmed)
    salience = _salience(skimmed, eligible)
    likely_fits = lambda s: word_count(_trim(s.sentence.text)) <= KEY_POINT_MAX_WORDS + COMPRESSIBLE_WORDS
    story, impact, takeaways, key_points = _sections(eligible, salience, likely_fits, _Context.of(skimmed))
    compress = [s.sentence.index for s in takeaways if s.words > KEY_POINT_MAX_WORDS and not isinstance(s, Joined)] + [
        s.sentence.index for s in key_points
        if not isinstance(s, Joined) and (s.words > KEY_POINT_MAX_WORDS or _ATTRIBUTED_RE.search(s.sentence.text))
    ]
    windows: dict[int, tuple[int, int]] = {}  # sentence → the characters its first-named names span
    mentions = _first_mentions(skimmed.sentences)
    most_named = [(s, at) for s, at, named_again, _ in mentions if named_again]
    # (not in a sentence that quotes: its speaker is read off the words, `annotate.quotes._attribution_in_words`,
    # and a parse there that recognised only the name would take the organisation it speaks for as the speaker)
    beside_a_role = [(s, at) for s, at, _, framed in mentions if framed and not quote_marks(s.sentence.text)]
    for s, (start, end) in most_named:
        if s.sentence.index not in windows and len(windows) >= PLAYERS_RECOGNISED:
            continue
        known = windows.get(s.sentence.index, (start, end))
        windows[s.sentence.index] = (min(start, known[0]), max(end, known[1]))
    for s, _ in beside_a_role:  # recognised whole: the role rules and the quotes' readers see every name there
        if s.sentence.index in windows or len(windows) < PLAYER_SENTENCES:
            windows[s.sentence.index] = (0, len(s.sentence.text))
    chosen = {i for s in impact for i in (span(s)[:1] if isinstance(s, Qualified) else span(s))}
    taken = chosen | {i for s in story for i in span(s)}
    parse = {*compress, *windows, *chosen, *_impact_candidates(eligible, salience, taken), *_partial_quotations(skimmed)}
    return Depth(parse=frozenset(parse), entities=frozenset(windows), windows=windows)


# Words right before a quotation's opening mark that leave it inside the sentence's narration ("said her
# party had “…”", "called the ruling “…”"), not after a lead-in's colon or comma ("said: “…”").
_INSIDE_NARRATION_RE = re.compile(r"[\w’')]\s*$")


def _partial_quotations(skimmed: AnnotatedArticle) -> set[int]:
    """The sentences with a quotation inside their narration, for the parse: the words alone read its
    speaker only in a few plain orders (`annotate.quotes._attribution_in_words`), the parse reads the
    verb whose clause holds it. Not the sentence before one opening on "he"/"she" too: parsed, "Whitfield
    noted that Whitcomb himself voted against …. He said that measure “…”" gives "he" to Whitfield, as
    the full path wrongly does; on its words that sentence leaves "he" to no one."""
    text = skimmed.article.text
    openings = [start for start, _ in _quote_spans(text)]
    found = set()
    for info in skimmed.sentences:
        s = info.sentence
        if info.is_heading or not any(s.start < at < s.end and _INSIDE_NARRATION_RE.search(text[s.start : at]) for at in openings):
            continue
        found.add(s.index)
    return found


IMPACT_CANDIDATES = 1  # sentences parsed for Impact Analysis beyond those it takes on the words: the next it would try


def _impact_candidates(eligible: list[SentenceInfo], salience: dict[int, float], chosen: set[int]) -> list[int]:
    """The sentences Impact Analysis would try after those it takes on the words (`chosen`), whose
    words look ahead (`looks_ahead`), those with a plain future cue first (`says_what_comes`: the
    likeliest to look ahead by the parse too): parsed, so that the parse decides
    (`sentence_looks_ahead`) where it rejects one taken on the words."""
    score = lambda s: (not says_what_comes(s.sentence.text), -salience[s.sentence.index] * (1 + _outlook(s)))
    ranked = sorted((s for s in eligible if not s.is_quote and not s.is_heading and s.sentence.index not in chosen
                     and not evidence_caveat(s.sentence.text)), key=score)
    unsure = (s for s in ranked if sentence_looks_ahead(s))
    return [s.sentence.index for s in itertools.islice(unsure, IMPACT_CANDIDATES)]


# A sentence that ends in who said it (", officials said."; ", said Mr Smith."): compression cuts that.
_ATTRIBUTED_RE = re.compile(r",\s+(?:[^,]{0,60}\s)?(?:" + SPEECH_VERB_FORMS + r")\b[^,]{0,60}$")


_NAME_RE = re.compile(r"(?<![\w’'])[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|de|van|von|al|bin|&(?=\s+[A-Z])))*(?:\s+[A-Z][\w’'.-]*)?")  # "Marks & Spencer" is one


def _first_mentions(sentences) -> list[tuple[SentenceInfo, tuple[int, int], bool, bool]]:
    """Where each name first appears in full (the sentence, and the name's characters in it), whether
    it is named again, and whether that first mention stands beside a role (`_role_frame`): those
    named again first, most-named first, then the rest in the order of the text. A name is a run of
    capitalised words, counted by its last word, whose first mention is no date ("Every January");
    only names written somewhere with two words or more ("Rustem Umerov", "Supreme Court") or as an
    acronym ("AIPAC") count: a lone capitalised word is most often a place, or just opens a sentence."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[SentenceInfo, tuple[int, int]]] = {}
    for s in sentences:  # a subheading's names count too, but are not recognised there
        for match in _NAME_RE.finditer(s.sentence.text):
            words = match.group().split()
            while words and words[0].lower() in STOPWORDS:  # "The US", "On Tuesday"
                words = words[1:]
            if not words or words[-1].lower().strip("’'s.") in STOPWORDS:
                continue
            key = words[-1].rstrip(".,").removesuffix("’s").removesuffix("'s")
            counts[key] = counts.get(key, 0) + 1
            if _calendar_word(key) and all(_calendar_word(w) or w.lower() in _TIME_WORDS_BEFORE for w in words[:-1]):
                continue  # a date ("Every January", "Last Tuesday"), no one's name ("Devin Monday" is one)
            if not s.is_heading and (len(words) > 1 or (key.isupper() and len(key) > 1)):
                first.setdefault(key, (s, match.span()))
    ranked = sorted(first, key=lambda k: (counts[k] < 2, -counts[k] if counts[k] >= 2 else 0))  # (stable: the text's order)
    return [(*first[key], counts[key] >= 2, _role_frame(first[key][0].sentence.text, *first[key][1])) for key in ranked]


# Words that stand before a month or weekday in a date, not in a name ("Every January", "Last Tuesday", "Until May")
_TIME_WORDS_BEFORE = frozenset(("every", "each", "next", "last", "this", "early", "late", "mid", "until", "since", "through"))


# After a name, what sets off its role: an appositive (", the …", ", a …", ", its …", ", Acme's …"), an age
# (", 34,"), a relative clause (", who …", ", whose …") or brackets ("(D-Texas)", "(left)")
_ROLE_AFTER_RE = re.compile(r"\s*(?:,\s+(?:a|an|the|his|her|their|its|who|whose|\d+|[A-Z][\w.-]*[’']s)\b|\()")


def _role_frame(text: str, start: int, end: int) -> bool:
    """Does the name at `start`:`end` of `text` stand beside words shaped like a role: a title or an
    occupation written before it, inside its run of capitalised words or right before it ("Board
    President Richard Alvey", "union president Teresa Quill", `_is_title_word`), or a role set off
    after it (`_ROLE_AFTER_RE`)? Read on the words, for choosing what to parse; the parse then says
    what the role is, if any."""
    inside, before = text[start:end].split(), text[:start].split()
    if any(_titles(w) for w in inside[:-2]) or before and _titles(before[-1]):
        return True
    return bool(_ROLE_AFTER_RE.match(text, end))


def _titles(word: str) -> bool:
    """A title or an occupation: a word of `people._TITLE_WORDS`, or a longer word with an agent's ending
    ("spokesperson", "campaigner") that is no function word ("after", "under")."""
    word = word.lower().strip(".,’'")
    return word in _TITLE_WORDS or len(word) > 5 and word not in STOPWORDS and bool(_AGENT_RE.search(word))


def _names(s: SentenceInfo) -> int:
    return _capitalised(s.sentence.text)


@dataclass(frozen=True)
class _Context:
    """What a statement is read after: the headline, and the article's opening sentence; and what
    resolves "He"/"She" (the article's sentences and the people among its key players)."""

    title_terms: frozenset[str]
    first: int  # index of the article's first sentence
    sentences: tuple[SentenceInfo, ...] = ()
    people: tuple[str, ...] = ()
    introduced: dict[str, int] = field(default_factory=dict)  # `introductions`: what a later "the …" refers back to
    names: frozenset[str] = frozenset()  # `written_names`: what names "he"/"she" (`names_no_one`)
    speakers: frozenset[int] = frozenset()  # sentences whose '…,” he said' gets the speaker's name (`_named`, `_naming_sentence`)
    listed: frozenset[int] = frozenset()  # sentences the Quotes list shows (`_chosen_quotes`): a quotation there is no statement
    lead_ins: frozenset[int] = frozenset()  # sentences that only introduce the quotation after them (`lead_ins`)

    @classmethod
    def of(cls, annotated: AnnotatedArticle) -> _Context:
        first = opening_index((s.sentence.index, s.sentence.text) for s in annotated.sentences)
        people = tuple(p.name for p in annotated.players if p.kind == "PERSON" and len(p.name.split()) >= 2)
        introduced, names = _readings(tuple((s.sentence.index, s.sentence.text) for s in annotated.sentences))
        quoted = functools.cache(lambda: inside_quotation([s.sentence for s in annotated.sentences])[0])
        speakers = frozenset(index for q in annotated.quotes if q.speaker for _, index in q.citations
                             if _naming_sentence(index, q.speaker, annotated, quoted) is not None)
        listed = frozenset(index for q in _chosen_quotes(annotated.quotes) for _, index in q.citations)
        return cls(frozenset(terms(annotated.article.title)), first, annotated.sentences, people, introduced, names, speakers,
                   listed, lead_ins([s.sentence for s in annotated.sentences]))


def opening_index(sentences: Iterable[tuple[int, str]]) -> int:
    """The index of the article's opening: its first sentence of prose (ending as a sentence ends, not
    a time stamp), which leans on nothing before it. A live blog's time stamp and a post's title
    above it ("5:42 p.m.", "Power restored to 20,000 homes") are not prose; "Johnson resigned." is."""
    first = None
    for index, text in sentences:
        first = index if first is None else first
        if text.rstrip("”\"’')]").endswith((".", "!", "?", "…")) and not segment.is_time_stamp(text):
            return index
    return first or 0


@functools.lru_cache(maxsize=256)  # read for `worth_parsing` when a batch is annotated, again when it is composed
def _readings(sentences: tuple[tuple[int, str], ...]) -> tuple[dict[str, int], frozenset[str]]:
    return introductions(sentences), written_names(text for _, text in sentences)


SUBJECT_NAMED_WITHIN = 6  # words: where a sentence's subject is named ("Transport minister Ola Berg met …")


def resolved(s: SentenceInfo, context: _Context, verifier) -> Joined | None:
    """A sentence opening on "He" or "She" with the pronoun replaced by the person it resolves to:
    the one person among the key players that the sentence before names, near its start (its
    subject, as news is written), where that sentence names no other. Cites both sentences; the
    rewrite must pass the verifier (`verifier()` gives one over the article) against them."""
    words = s.sentence.text.split()
    index = s.sentence.index
    if isinstance(s, Joined) or len(words) < 2 or words[0] not in ("He", "She") or not 0 < index < len(context.sentences):
        return None
    before = context.sentences[index - 1].sentence.text
    named = [p for p in context.people if p in before or p.split()[-1] in before.split()]
    if len(named) != 1:
        return None
    [person] = named
    name = person if person in before else person.split()[-1]
    if before.find(name) > len(" ".join(before.split()[:SUBJECT_NAMED_WITHIN])):
        return None
    text = " ".join([name, *words[1:]])
    if not verifier().check(text, [index - 1, index]).supported:
        return None
    return replace(
        join([context.sentences[index - 1], s], is_quote=s.is_quote),
        sentence=replace(s.sentence, text=text, index=index - 1),
        terms=s.terms | frozenset(terms(name)),
        words=s.words + len(name.split()) - 1,
        lemmas=s.lemmas,
        dates=s.dates,
        entities=s.entities,
        is_future=s.is_future,
    )


_PRONOUN_FAMILIES = (frozenset("he him his himself".split()), frozenset("she her hers herself".split()),
                     frozenset("they them their theirs themselves".split()))


def _carries_on(pronoun: str, text: str) -> bool:
    """Does `text` hold a personal pronoun of `pronoun`'s person and gender ("his" for "He")?"""
    family = next((f for f in _PRONOUN_FAMILIES if pronoun in f), frozenset())
    return any(_pronoun(w) in family for w in text.split())


def leaning_pronoun(text: str, names: frozenset[str] = frozenset()) -> str | None:
    """The personal pronoun `text` leans on the sentence before for: the one it opens on ("He said …"),
    or one in it that no one it names can stand for (`names_no_one`)."""
    words = _opening(text).split()
    first = words[0].lower().strip(",;:") if words else ""
    if first in _PERSONAL_PRONOUNS:
        return first
    within = names_no_one(text, names)
    return within.split('"')[1] if within else None


def names_a_referent(text: str, pronoun: str, names: frozenset[str] = frozenset()) -> bool:
    """Can a statement shown as `text` be what `pronoun` after it stands for: does it name someone (a
    capitalised word after its first, or a first word the article writes as a name: `written_names`)
    or carry the pronoun on ("his" for "he")? "They" may stand for any plural ("First responders …"):
    only "he"/"she" need a name."""
    if pronoun not in _PERSONAL_WITHIN:
        return True
    words = _opening(text).split()
    return (_capitalised(text) > 0 or bool(words) and _bare(words[0]) in names) or _carries_on(pronoun, text)


def named_above(text: str, above: str, names: frozenset[str] = frozenset()) -> bool:
    """Does the statement shown right above `text`, as written (`above`), give what a personal pronoun
    `text` leans on stands for (`leaning_pronoun`, `names_a_referent`)? True where it leans on none."""
    pronoun = leaning_pronoun(text, names)
    return pronoun is None or names_a_referent(above, pronoun, names)


def _person_for(pronoun: str, text: str, context: _Context) -> bool:
    """Does `text` name a person (`_people_in`) that "he"/"she" (his, her …) can stand for: one the
    article does not give the other gender (`_gender_of`)?"""
    gender = "f" if pronoun in _FEMININE else "m"
    article = " ".join(s.sentence.text for s in context.sentences)
    known = frozenset(p.split()[-1] for p in context.people)
    return any(_gender_of(p, article) != _OTHER_GENDER[gender] for p in _people_in(text, known))


_LEANING_ARTICLES = 512  # articles whose `_leans` answers are kept (those read last): emptied when more
_leanings: dict[tuple, tuple[dict[str, int], dict[tuple, bool]]] = {}


def _leaning(context: _Context) -> dict[tuple, bool]:
    """Where `_sections` keeps `_leans` for what `context` gives it (the opening, introductions and names,
    all read off the article's words): the same dictionary for the article read before parsing
    (`worth_parsing`) and after (`build_briefing`), so that the second reading looks up what the first
    worked out. The introductions are matched by identity (`_readings` gives one dictionary for an
    article's sentences), and kept with the answers so that their identity is no other's."""
    key = (context.first, id(context.introduced), context.names)
    found = _leanings.get(key)
    if found is None or found[0] is not context.introduced:
        if len(_leanings) >= _LEANING_ARTICLES:
            _leanings.clear()
        found = _leanings[key] = (context.introduced, {})
    return found[1]


def _sections(eligible: list[SentenceInfo], salience: dict[int, float], fits, context: _Context) -> tuple[list[SentenceInfo], ...]:
    """The Story, Impact Analysis, Key Takeaways and Key Points. Every score reads the words alone
    (salience, tense, stance and outlook words, names, numbers, dates), so the same choice can be
    made before parsing (`worth_parsing`) and after; the parse only shortens sentences (`fits`: a
    Key Point's length once compressed) and reads whether an impact candidate looks ahead
    (`sentence_looks_ahead`). A sentence serves one section. A statement that leans on
    the sentence before it (`_leans`) stands where The Story shows that sentence; elsewhere it
    brings that sentence along (`Joined`, citing both), when that one is free, stands and the two
    fit the section; else it is left out."""
    used: set[int] = set()
    by_index = {s.sentence.index: s for s in eligible}

    def core(s: SentenceInfo) -> SentenceInfo:
        """What a statement is chosen for: a sentence brought with its antecedent is read by itself, as is
        one with the sentence that qualifies it (`Qualified`)."""
        return by_index.get(span(s)[0] if isinstance(s, Qualified) else span(s)[-1], s)

    statements = {span(s): s for s in eligible}  # and the sentences brought with their antecedent

    def memo(feature):
        """A feature read once per statement (the picks below read them many times; every statement
        read is kept alive in `eligible` or `statements`, so its id stays its own)."""
        values: dict[int, object] = {}

        def read(s: SentenceInfo):
            if id(s) not in values:
                values[id(s)] = feature(s)
            return values[id(s)]
        return read

    outlook_of, stance_of, facts_of = memo(_outlook), memo(_stance), memo(_fact_density)
    outlook = lambda s: outlook_of(core(s))
    stance = lambda s: stance_of(core(s))
    facts = lambda s: facts_of(core(s))
    fitting = memo(fits)
    sal = lambda s: salience[s.sentence.index]
    # Rarest material first, so the general Key Points do not take what only one section can use;
    # shorter articles give the interpretive sections fewer sentences so Key Points stay distinct.
    n = len(eligible)
    story = _pick_story(eligible, used, context)
    scene = _displaced_scene(eligible, story, context)
    shown = {s.sentence.index for s in story}
    shown_terms = set(context.title_terms).union(*(s.terms for s in story))

    openings: dict[tuple[int, bool], str] = {}

    def opening(s: SentenceInfo, trim: bool) -> str:
        """What a reader meets first: the statement as `_statement` will trim it (read once)."""
        key = (id(s), trim)
        if key not in openings:
            openings[key] = _trim(s.short or s.sentence.text) if trim and not isinstance(s, Joined) else s.sentence.text
        return openings[key]

    # `_leans` for each text, index and what it reads of `shown` and `shown_terms`, kept for the article's
    # next reading (`worth_parsing`, then `build_briefing`: the same words, `_leaning`)
    leaning = _leaning(context)

    def stands(s: SentenceInfo, *, trim: bool = True, quotes_listed_too: bool = False) -> bool:
        """Does `s` stand where it is read (`_leans`)? `quotes_listed_too`: may it be a quotation the Quotes
        list shows (only to fill a section left empty)?"""
        text, index = opening(s, trim), s.sentence.index
        if trim and own_words(text):
            return False  # "I was scared, Smith said." compressed to "I was scared."
        if not quotes_listed_too and context.listed.intersection(span(s)) and (s.is_quote or mostly_quotation(s.sentence.text)):
            return False  # the Quotes list shows it: a section repeating it says nothing more
        if bare_quotation(text) or span(s)[-1] in context.lead_ins:
            return False  # a quotation with no speaker named; "Pike was frank about it." without what he said
        speaker_known = bool(context.speakers.intersection(span(s)))
        key = (text, index, index - 1 in shown, frozenset(shown_terms), speaker_known)
        if key not in leaning:
            leaning[key] = _leans(text, index, shown, shown_terms, context.first, context.introduced, context.names, speaker_known)
        return not leaning[key]

    def pronoun_has_antecedent(s: SentenceInfo, text: str, before: SentenceInfo) -> bool:
        """Where `text` (of `s`) leans on the sentence before for a personal pronoun, its opening one or
        one with no referent in it (`names_no_one`), does `before` name someone it can stand for: a
        person of no other gender for "he"/"she" (`_person_for`; "Rail unions staged a protest. Police
        said she …" does not), any name for "they"? Or does `before` carry the same pronoun on from
        the sentence before it, shown ("… the skater … falls. For a moment he scrapes along the
        ground. He then rolls over": `_carries_on`)?"""
        pronoun = leaning_pronoun(_PRONOUN_SPEAKER_RE.sub("", text) if context.speakers.intersection(span(s)) else text, context.names)
        if pronoun in _PERSONAL_PRONOUNS and before.sentence.index - 1 in shown and _carries_on(pronoun, before.sentence.text):
            return True
        if pronoun in _PERSONAL_WITHIN:
            return _person_for(pronoun, before.sentence.text, context)
        return pronoun not in _PERSONAL_PRONOUNS or _names(before) > 0

    def refer_on(indices: Iterable[int]) -> set[int]:
        """The sentences among `indices`, shown above, that an opening "However" or "He" may lean on:
        those that name someone, and those that carry a personal pronoun on from the sentence before
        them, shown too (`_carries_on`)."""
        found: set[int] = set()
        for i in sorted(i for i in indices if i in by_index):
            text = opening(by_index[i], True)  # as shown: a name trimmed away (", Gov. X said") is no referent
            if _capitalised(text) or _bare(_opening(text).split()[0]) in context.names or (i - 1 in shown or i - 1 in found) and any(
                    _carries_on(p, text) for p in ("he", "she", "they")):
                found.add(i)
        return found

    def with_antecedent(s: SentenceInfo, *, quotes_listed_too: bool = False) -> Joined | None:
        """A sentence that leans, with the sentence before it (free, and a statement itself)."""
        before = by_index.get(s.sentence.index - 1)
        if isinstance(s, Joined) or before is None or before.sentence.index in used or stands(s, quotes_listed_too=quotes_listed_too):
            return None
        if before.words + s.words > STATEMENT_MAX_WORDS:
            return None
        if before.sentence.paragraph != s.sentence.paragraph and s.is_quote and not _attributed_quote(before.sentence.text):
            return None  # a quotation in a new paragraph goes on only one the paragraph before attributes
        text = opening(s, True)
        if not leans_on(text) and definite_unintroduced(text, shown_terms | before.terms, context.introduced):
            return None  # "The plan …" where the sentence before does not say which plan either
        if not pronoun_has_antecedent(s, text, before):
            return None  # "His mother said …" after a sentence that names no one
        key = (before.sentence.index, s.sentence.index)
        if key not in statements:
            statements[key] = join([before, s], is_quote=before.is_quote or s.is_quote)
        return statements[key]

    verifier = functools.cache(lambda: shared_verifier([t.sentence.text for t in context.sentences]))

    def with_name(s: SentenceInfo) -> Joined | None:
        """A sentence opening on "He"/"She" whose sentence before is free, with the name for it."""
        if s.sentence.index - 1 in used:
            return None
        key = ("named", s.sentence.index)
        if key not in statements:
            statements[key] = resolved(s, context, verifier)
        return statements[key]

    def with_qualifier(s: SentenceInfo) -> SentenceInfo:
        """An Impact statement with the sentence after it in its paragraph, where that one qualifies it
        ("… a £90 million regeneration fund … But the plan depends on a private investor …": `QUALIFIERS`)
        and stands once it is shown: a reader of the statement alone would miss the condition."""
        after = by_index.get(span(s)[-1] + 1)
        if (after is None or isinstance(s, Joined) or after.sentence.index in used or after.is_quote
                or not same_paragraph(s, after) or s.words + after.words > STATEMENT_MAX_WORDS
                or not _QUALIFIER_RE.match(_opening(after.sentence.text))):
            return s
        if _leans(after.sentence.text, after.sentence.index, shown | {s.sentence.index}, shown_terms | s.terms, context.first,
                  context.introduced, context.names):
            return s
        used.add(after.sentence.index)
        return Qualified(**vars(join([s, after], is_quote=False)))

    def same_paragraph(s: SentenceInfo, after: SentenceInfo) -> bool:
        """Is `after` in the paragraph of `s`, or do both stand alone as paragraphs do where every
        sentence is one (a BBC-style page: there a paragraph marks no unit)?"""
        if after.sentence.paragraph == s.sentence.paragraph:
            return True
        alone = lambda t: sum(1 for u in context.sentences if u.sentence.paragraph == t.sentence.paragraph) == 1
        return after.sentence.paragraph == s.sentence.paragraph + 1 and alone(s) and alone(after)

    def pick(score, limit, accept, *, quotes_listed_too: bool = False):
        bring = (functools.partial(with_antecedent, quotes_listed_too=quotes_listed_too), with_name)
        return _pick(eligible, score, used, limit=limit, accept=accept, bring=bring)

    # Impact Analysis reads as a paragraph that looks ahead: a statement brought with the sentence it
    # leans on takes it only where that one looks ahead too ("But this battle comes before the
    # elections, which are slated to …" does not bring "Normally, redistricting happens every 10 years"),
    # or gives a quotation its speaker.
    article_parsed = any(s.parsed for s in context.sentences)
    sentence_ahead = memo(lambda s: sentence_looks_ahead(s, article_parsed=article_parsed))
    ahead = memo(lambda s: (sentence_ahead(core(s)) and not evidence_caveat(s.sentence.text)
                            and not (reported_refusal(s.sentence.text) and not any(m.upcoming and m.dates_event for m in core(s).dates)))
                 and (core(s).is_quote or all(
        sentence_ahead(by_index[i]) for i in span(s)[:-1] if i in by_index and by_index[i].sentence.text in s.sentence.text)))
    impact = pick(lambda s: sal(s) * (1 + outlook(s)), _impact_count(n),
                  lambda s: ahead(s) and not s.is_quote and stands(s, trim=False))
    if not impact:  # a quotation that looks ahead, rather than nothing (before its speaker's sentence is taken)
        impact = pick(lambda s: sal(s) * (1 + outlook(s)), 1, lambda s: ahead(s) and stands(s, trim=False, quotes_listed_too=True),
                      quotes_listed_too=True)
    impact = [with_qualifier(s) for s in impact]
    used.update(scene)  # the scene a nut graf displaced serves Impact Analysis only
    if scene:  # a feature: its scene colour, wherever it is told ("Outside, it had started to snow."), is no Key Point or Takeaway
        used.update(i for s in eligible if scene_colour(s) for i in span(s))
    # Positions paired: a second position of the same actor ranks below another actor's first.
    seen: dict[str, int] = {}
    spread: dict[int, float] = {}
    for s in sorted(eligible, key=lambda s: -sal(s) * (1 + stance(s))):
        actor = _actor(s) if stance(s) >= 1 else None
        if actor:
            spread[s.sentence.index] = SAME_ACTOR_WEIGHT ** seen.get(actor, 0)
            seen[actor] = seen.get(actor, 0) + 1
    takeaways = pick(lambda s: sal(s) * (1 + stance(s)) * spread.get(span(s)[-1], 1.0), _takeaway_count(n),
                     lambda s: stance(s) > 0 and stands(s))
    opening_terms = memo(lambda t: terms(opening(t, True)))

    def after_earlier(s: SentenceInfo, section: list[SentenceInfo], *, trim: bool = True, quotes_listed_too: bool = False) -> bool:
        """Does `s` stand read after The Story and the statements of `section` before it in reading
        order (the sentence right before it, where that one names someone; their nouns)?"""
        earlier = [t for t in section if t is not s and t.sentence.index < s.sentence.index]
        if not earlier:
            return stands(s, trim=trim, quotes_listed_too=quotes_listed_too)
        kept = set(shown), set(shown_terms)
        shown.update(refer_on(i for t in earlier for i in span(t)))
        shown_terms.update(*(opening_terms(t) for t in earlier))  # as written there, compressed
        try:
            return stands(s, trim=trim, quotes_listed_too=quotes_listed_too)
        finally:
            shown.intersection_update(kept[0])
            shown_terms.intersection_update(kept[1])

    # Key Points are read in order, each after those above it: one at a time, so that a statement
    # leaning on one chosen before it ("There is evidence he …" after "Barnes was charged …") may follow.
    key_points: list[SentenceInfo] = []
    for score, limit, accept in ((lambda s: sal(s) * (1 + facts(s)), _key_point_count(eligible), lambda s: not s.is_quote),
                                 (sal, 4, lambda s: True)):  # then to four: any unused sentence that fits, a whole quotation too
        while len(key_points) < limit:
            more = pick(score, 1, lambda s: accept(s) and fitting(s) and after_earlier(s, key_points))
            if not more:
                break
            key_points += more
    # A reader expects four Key Points or more: the interpretive sections give up what fits one,
    # keeping their best two (Key Takeaways) and one (Impact Analysis).
    for donor, keep in ((takeaways, 1), (impact, 1)):
        spare = [s for s in donor[keep:] if not s.is_quote and fitting(s)]
        while len(key_points) < 4 and spare:
            key_points.append(spare.pop())
            donor.remove(key_points[-1])
    # A short article may have no stance or outlook sentence left: every section still says
    # something, an unused sentence that stands, else one given up by a section with more than one
    # (Key Points, Key Takeaways, Impact Analysis, then The Story's last when it has three or more).
    # Impact Analysis takes only a statement that looks ahead (`sentence_looks_ahead`, or an upcoming date):
    # where the article has none, it stays empty rather than say something that looks back, and the
    # briefing says so (`render.ABSENT`).
    if not takeaways:
        takeaways = pick(lambda s: sal(s) * (1 + stance(s)), 1, stands)
    def story_can_spare(s: SentenceInfo) -> bool:
        """Does every statement still stand once The Story no longer shows `s` (read as the last fill reads them,
        a quotation the Quotes list shows allowed)?"""
        shown.discard(s.sentence.index)
        shown_terms.clear()
        shown_terms.update(context.title_terms, *(t.terms for t in story if t is not s))
        if (all(stands(t, trim=t not in impact, quotes_listed_too=True) for t in (*impact, *takeaways))
                and all(after_earlier(t, key_points, quotes_listed_too=True) for t in key_points)):
            return True
        shown.add(s.sentence.index)
        shown_terms.update(s.terms)
        return False

    def suits(s: SentenceInfo, section: list[SentenceInfo], *, any_length: bool = False, quotes_listed_too: bool = False) -> bool:
        """Does `s` fit `section`, read after The Story and the sections above it (chosen by now: "the
        levy" a Key Point wrote is no longer new to Key Takeaways)? `any_length`: a Key Point of any
        statement's length."""
        order = [key_points, takeaways, impact]
        above = [t for other in order[: next(k for k, o in enumerate(order) if o is section)] for t in other]
        kept = set(shown), set(shown_terms)
        # a sentence shown above is one an opening "However" or "He" may lean on, where it names someone or carries him on (`refer_on`)
        shown.update(refer_on(i for t in above for i in span(t)))
        shown_terms.update(*(terms(opening(t, True)) for t in above))  # as written there, compressed
        try:
            return (stands(s, trim=section is not impact, quotes_listed_too=quotes_listed_too)
                    and (section is not key_points or any_length or fitting(s)) and (section is not impact or ahead(s)))
        finally:
            shown.intersection_update(kept[0])
            shown_terms.intersection_update(kept[1])

    def fill(section: list[SentenceInfo], *, any_length: bool = False, quotes_listed_too: bool = False) -> bool:
        """An unused statement that stands and is no near-repeat (most of its words in one shown);
        for Impact Analysis, read last, one that stands after the sections read above it ("He was
        remanded and will await a hearing on June 12" after a Key Point that names him)."""
        above = {i for other in (key_points, takeaways) for t in other for i in span(t)} if section is impact else set()
        added, added_terms = above - shown, set().union(*(by_index[i].terms for i in above if i in by_index)) - shown_terms
        shown.update(added)
        shown_terms.update(added_terms)
        def named_before(s: SentenceInfo) -> bool:
            """"He …" (or "Police said she …") after a sentence shown above that names no one it can stand for
            ("Talks lasted hours") stands on nothing."""
            before = by_index.get(s.sentence.index - 1)
            return before is None or before.sentence.index not in added or pronoun_has_antecedent(s, s.sentence.text, before)
        section += _pick(eligible, sal, used, limit=1, overlap=NEAR_REPEAT,
                         accept=lambda s: suits(s, section, any_length=any_length, quotes_listed_too=quotes_listed_too) and named_before(s))
        shown.difference_update(added)
        shown_terms.difference_update(added_terms)
        return bool(section)

    # Last, a section still empty takes: an unused statement; else one given up by a section with
    # more than one (The Story keeping two); else one swapped out of a section with one, which
    # takes an unused statement in its place. The Story keeps its first two sentences: taking its
    # second would fill 3 more sections on cnndm_dev at a cost of 0.1 ROUGE to The Story, and
    # put a sentence that looks back where a reader expects what comes next.
    # A quotation the Quotes list shows is taken only here, by a section that would stay empty without
    # it; `build_briefing` then leaves it out of the Quotes list.
    for section in (key_points, takeaways, impact):
        if section or fill(section, quotes_listed_too=True):
            continue
        for donor, keep in ((key_points, 1), (takeaways, 1), (impact, 1), (story, 2), (None, 0)):
            if donor is None:  # the swap
                for other in (impact, takeaways, key_points):
                    if other is not section and len(other) == 1 and suits(other[0], section, quotes_listed_too=True):
                        section.append(other.pop())
                        if fill(other, quotes_listed_too=True):
                            break
                        other.append(section.pop())
                if section:
                    break
                continue
            movable = [s for s in donor[keep:] if suits(s, section, quotes_listed_too=True)]
            given = next((s for s in reversed(movable) if (donor is not story or story_can_spare(s))
                          and (donor is not key_points or all(after_earlier(t, [k for k in key_points if k is not s], quotes_listed_too=True) for t in key_points if t is not s))), None)
            if given is not None:
                section.append(given)
                donor.remove(given)
                break
        # Key Points with nothing short enough take a longer statement rather than stay empty (the
        # check counts any complete statement as one that could fill a section: `could_fill`).
        if not section and section is key_points:
            fill(section, any_length=True, quotes_listed_too=True)
    # Key Points that gave a statement to an empty section take, to four, an unused one that stands after them.
    # (Not after a longer one standing in for an empty section: that one stays alone.)
    while len(key_points) < 4 and all(map(fitting, key_points)) and (
            more := pick(sal, 1, lambda s: fitting(s) and after_earlier(s, key_points))):
        key_points += more
    return story, impact, takeaways, key_points


QUALIFIERS = ("but", "however", "yet")  # what opens a sentence that qualifies the one before it
_QUALIFIER_RE = re.compile(r"(?:" + "|".join(QUALIFIERS) + r")\b", re.I)


@dataclass(frozen=True)
class Joined(SentenceInfo):
    """Consecutive sentences read as one statement that cites them all, in order: a quotation
    run over several sentences, kept whole, or a sentence with the one before it that it leans
    on. `sentence` is the first sentence, holding the text of all."""

    span: tuple[int, ...] = ()


@dataclass(frozen=True)
class Qualified(Joined):
    """A statement with the sentence after it that qualifies it ("But the plan depends on …"): chosen for
    the first, which alone is parsed (`worth_parsing`)."""


def span(s: SentenceInfo) -> tuple[int, ...]:
    """The indices of the sentences a statement made of `s` cites."""
    return s.span if isinstance(s, Joined) else (s.sentence.index,)


def join(parts: Sequence[SentenceInfo], *, is_quote: bool) -> Joined:
    first = parts[0].sentence
    return Joined(
        sentence=replace(first, text=" ".join(p.sentence.text for p in parts), end=parts[-1].sentence.end),
        entities=tuple(e for p in parts for e in p.entities),
        dates=tuple(d for p in parts for d in p.dates),
        terms=frozenset().union(*(p.terms for p in parts)),
        words=sum(p.words for p in parts),
        is_heading=False,
        is_quote=is_quote,
        is_future=any(p.is_future for p in parts),
        lemmas=tuple(w for p in parts for w in p.lemmas),
        parsed=all(p.parsed for p in parts),
        span=tuple(p.sentence.index for p in parts),
    )


QUOTATION_MAX_SENTENCES = 5


def _eligible(annotated: AnnotatedArticle) -> list[SentenceInfo]:
    """The sentences a statement may be: no furniture, and no quotation broken in it. A quotation
    run over several sentences of a paragraph is one statement of them all (`Joined`), when it is
    short enough for one; it is never cut."""
    sentences = annotated.sentences
    starts, ends = inside_quotation([s.sentence for s in sentences])
    eligible = [s for s in sentences if _is_statement(s) and s.sentence.index not in starts | ends]
    for k, s in enumerate(sentences):
        if s.sentence.index in starts or s.sentence.index not in ends:
            continue  # not where a quotation over several sentences opens
        run = [s]
        for t in sentences[k + 1 : k + QUOTATION_MAX_SENTENCES]:
            if t.sentence.index not in starts or t.sentence.paragraph != s.sentence.paragraph or t.is_heading:
                break
            run.append(t)
            if t.sentence.index not in ends:  # the quotation closes here
                unit = join(run, is_quote=True)
                if _is_statement(unit):
                    eligible.append(unit)
                break
    return sorted(eligible, key=lambda s: s.sentence.index)


def _is_statement(s: SentenceInfo) -> bool:
    """A sentence that may be published as a statement: not a heading or a question, of a statement's length, and
    complete by the gate's test (`verify.sentence_problem`: no caption run into it, no quotation left open)."""
    return not s.is_heading and 6 <= s.words <= STATEMENT_MAX_WORDS and _reads_as_statement(s.sentence.text)


@functools.lru_cache(maxsize=1 << 16)  # read once for `worth_parsing` and again for the briefing of a batch
def _reads_as_statement(text: str) -> bool:
    return (
        not text.rstrip("”\"’'").endswith("?")
        and not segment.is_furniture(text)
        and furniture(text) is None
        and quotation_problem(text) is None
        and sentence_problem(text) is None
        and not own_words(text)
        and not outlet_speaks(text)  # "That's where we'll leave our live coverage": the outlet's, even as the opening
    )


def _stands_alone(s: SentenceInfo) -> bool:
    """A statement lifted out of its paragraph must not lean on a pronoun or "That, in turn"."""
    first = s.sentence.text.split()[0].lower().strip(",‘’'“”\"")
    return first not in _CONTEXT_OPENERS


def _salience(annotated: AnnotatedArticle, eligible: list[SentenceInfo]) -> dict[int, float]:
    """How central a sentence is: its terms' frequency in the article, its overlap with the headline,
    and the lead position news writing gives the most important facts."""
    counts = annotated.term_counts
    title_terms = set(terms(annotated.article.title))  # stemmed content words, as the sentences' terms are
    scores = {}
    for rank, s in enumerate(eligible):
        if not s.terms:
            scores[s.sentence.index] = 0.0
            continue
        centrality = sum(math.log1p(counts.get(t, 0)) for t in s.terms) / math.sqrt(len(s.terms))
        headline = len(s.terms & title_terms) / max(1, len(title_terms))
        position = 1.0 / (1.0 + 0.25 * rank)
        penalty = 0.5 if s.is_quote else 1.0
        if not _stands_alone(s):
            penalty *= 0.7
        if s.words > 50:
            penalty *= 0.7
        scores[s.sentence.index] = (centrality * (1 + headline) + 2.0 * position) * penalty
    return scores


# The Story states the news ----------------------------------------------------------------------------
# A feature lede opens on a scene, a mood or a question ("No one knew if, when and where an eruption
# might occur."): it names no one and gives no number or date. The news comes a few sentences down, in
# the nut graf: the first sentence that names someone and says what happened (a verb in the past or
# present perfect) or gives a number or date. Read off the words, as every section choice is.

NUT_GRAF_WITHIN = 5  # eligible sentences after the lede where a nut graf is looked for
_PERFECT_RE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\b|\w+(?:ed|en|wn|ne|ght|id|ung|ost|ft|nt)\b)", re.I)
# Past forms that describe a state, not an event: "No one knew …", "it was pretty impressive".
_STATIVE_PAST_RE = re.compile(r"\b(?:was|were|had|knew|felt|thought|seemed|looked|meant|wondered|hoped|believed|wanted)\b", re.I)


def _tells_what_happened(text: str) -> bool:
    """A verb that reports an event: in the past (not a state: "was", "knew") or present perfect."""
    return _has_past_verb(_STATIVE_PAST_RE.sub(" ", text)) or _PERFECT_RE.search(text) is not None


@functools.lru_cache(maxsize=1 << 14)  # read for every statement a section tries, twice an article
def _capitalised(text: str) -> int:
    """Capitalised words after the first: a cheap count of names."""
    return sum(1 for w in text.split()[1:] if w[:1].isupper())


def scene_text(text: str) -> bool:
    """Words that state no news: no name or number, no verb that reports an event ("A man has
    admitted …" is news that names no one). `sets_a_scene` adds the dates the annotator found."""
    return _capitalised(text) == 0 and not _NUMBER_RE.search(text) and not _tells_what_happened(text)


def news_text(text: str) -> bool:
    """Words that say who and what: a name, and a verb that reports an event or a number."""
    return _capitalised(text) > 0 and (_tells_what_happened(text) or _NUMBER_RE.search(text) is not None)


def sets_a_scene(s: SentenceInfo) -> bool:
    return not s.is_heading and not s.dates and scene_text(s.sentence.text)


def scene_colour(s: SentenceInfo) -> bool:
    """In a feature, a sentence that states no news: one that sets a scene (`sets_a_scene`), or one with
    no name, number or date, where no one said or reported anything and no one named (by a pronoun)
    does anything ("Outside, it had started to snow.")."""
    return sets_a_scene(s) or (not s.is_heading and not s.dates and colour_text(s.sentence.text))


def colour_text(text: str) -> bool:
    """Words with no name or number in them, where no one said or reported anything and no one named (by
    a pronoun) does anything: what happens in them ("it had started to snow") happens to no one named."""
    return (_capitalised(text) == 0 and not _NUMBER_RE.search(text) and not _NUMBER_WORD_RE.search(text)
            and not _SPEAKER_SHOWN_RE.search(text) and not _SUBJECT_PERSON_RE.search(text))


# "She has not ruled out …": a person the article names, by a pronoun, doing something.
# A number in words ("Fourteen staff will lose their jobs").
_NUMBER_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted(_NUMBER_WORDS)) + r"|\w+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
                             r"|hundreds?|thousands?|millions?|billions?)\b", re.I)
_SUBJECT_PERSON_RE = re.compile(r"\b(?:he|she|they|I|we)\b", re.I)


def states_news(s: SentenceInfo) -> bool:
    return news_text(s.sentence.text) or (_names(s) > 0 and bool(s.dates))


def nut_graf(eligible: Sequence[SentenceInfo], context: _Context) -> SentenceInfo | None:
    """After a lede that sets a scene (`feature_lede`), the first of the next NUT_GRAF_WITHIN sentences
    that states the news. None for a news lede, when no sentence near the top states the news, or
    when that sentence leans on the one before it (it is read after the lede, as written)."""
    lede = feature_lede(eligible, context)
    if lede is None:
        return None
    leans = lambda s: _leans_alone(s, context)
    if sets_a_scene(lede):
        openers = [s for s in eligible[eligible.index(lede) + 1:][:NUT_GRAF_WITHIN] if not s.is_quote]
        news = next((s for s in openers if states_news(s)), None)
        if news is not None and not leans(news):
            return news
        if not scene_paragraph(lede, context.sentences):
            return None
    # a scene told over a paragraph: the news is in a later one, the first sentence there that states it and stands
    told = scene_telling(lede, context.sentences)[-1].sentence.paragraph
    after = [s for s in eligible if s.sentence.paragraph > told and not s.is_quote]
    # an anecdote's lede names the one it is about ("It was 3am when Joanne Doyle …"): the nut graf
    # widens from them, and a sentence that goes on with their family ("Mrs Doyle waited …") is still the anecdote
    about = _people_in(lede.sentence.text, frozenset())
    widens = lambda s: not (about & _people_in(s.sentence.text, about))
    return next((s for s in after[:NUT_GRAF_WITHIN] if states_news(s) and not leans(s) and widens(s)), None)


def _leans_alone(s: SentenceInfo, context: _Context) -> bool:
    """Does `s` lean on what is not shown, read first (`_leans`, as The Story reads its opening)?"""
    return _leans(s.sentence.text, s.sentence.index, set(), set(context.title_terms), context.first,
                  context.introduced, context.names, story=True)


STANDFIRST_SENTENCES = 2  # a standfirst (dek) is a paragraph of one or two sentences above the article's first


def feature_lede(eligible: Sequence[SentenceInfo], context: _Context) -> SentenceInfo | None:
    """The sentence that opens a feature on a scene: the article's first sentence that is no quotation,
    where it sets a scene or opens a paragraph that tells one (`scene_paragraph`); or the first of
    the paragraph after a standfirst (`standfirst`) that does. None for a news lede."""
    openers = [s for s in eligible[: NUT_GRAF_WITHIN + 1] if not s.is_quote]
    if not openers:
        return None
    scene = lambda s: sets_a_scene(s) or scene_paragraph(s, context.sentences)
    if standfirst(openers[0], eligible):  # read first: a standfirst over one-sentence paragraphs is no scene's lede
        # the scene's lede points back to nothing: "Crews are working through the night on the rest." goes on with the post above it
        after = [s for s in eligible if s.sentence.paragraph > openers[0].sentence.paragraph and not s.is_quote]
        if after and scene(after[0]) and not _goes_on(after[0].sentence.text):
            return after[0]
    return openers[0] if scene(openers[0]) else None


def _goes_on(text: str) -> bool:
    """Does `text` go on from the sentence before it: open on a connector ("But", "Then") or hold words
    that point back ("the rest")? (A pronoun may stand for the person a scene is about.)"""
    return _CONNECTOR_RE.match(_opening(text)) is not None or _points_back(text) is not None


def standfirst(first: SentenceInfo, eligible: Sequence[SentenceInfo]) -> bool:
    """Does the article open on a standfirst: a paragraph of STANDFIRST_SENTENCES sentences or fewer, none
    a quotation ("When the country's last deep coal mine closed, it took a town's whole idea of itself
    with it. What comes next is being decided …"), with the article going on in the paragraphs after?"""
    paragraph = [s for s in eligible if s.sentence.paragraph == first.sentence.paragraph]
    return (paragraph[0] is first and len(paragraph) <= STANDFIRST_SENTENCES and not any(s.is_quote for s in paragraph)
            and len(eligible) > len(paragraph))


def standfirst_and_scene(eligible: Sequence[SentenceInfo], context: _Context, nut: SentenceInfo) -> tuple[int, ...]:
    """The sentences above a feature's nut graf (`nut_graf`) that are no news of their own: the standfirst,
    where there is one, and the scene (the lede that sets it, or its paragraph where the news is in a later one)."""
    lede = feature_lede(eligible, context)
    if lede is None:
        return ()
    above = tuple(i for s in eligible if s.sentence.index < lede.sentence.index for i in span(s))  # and a quotation opening the scene
    if nut.sentence.paragraph == lede.sentence.paragraph:
        return above + span(lede)
    told = {s.sentence.paragraph for s in scene_telling(lede, context.sentences)}
    return above + tuple(i for s in eligible if s.sentence.paragraph in told for i in span(s))


SCENE_PARAGRAPH_SENTENCES = 3  # a lede paragraph of at least this many sentences, one of them a short scene
SCENE_SENTENCE_WORDS = 12


def scene_telling(lede: SentenceInfo, sentences: Sequence[SentenceInfo]) -> list[SentenceInfo]:
    """The lede's paragraph, which tells its scene; where the lede is a paragraph of one sentence, as
    in a page written a sentence to a paragraph (BBC, wire features: "It was 3am when …" / "The
    corridor was cold …"), the run of one-sentence paragraphs it opens, up to SCENE_PARAGRAPH_SENTENCES
    sentences, none a heading or quotation: such a page tells a scene over its paragraphs. A lede that
    reports what someone says ("The grid operator says power is back …") opens no such run: it is news."""
    by_paragraph: dict[int, list[SentenceInfo]] = {}
    for s in sentences:
        by_paragraph.setdefault(s.sentence.paragraph, []).append(s)
    paragraph = by_paragraph.get(lede.sentence.paragraph, [lede])
    if len(paragraph) > 1 or _SPEAKER_SHOWN_RE.search(lede.sentence.text):
        return paragraph
    told = [lede]
    for number in sorted(p for p in by_paragraph if p > lede.sentence.paragraph):
        line = by_paragraph[number]
        if len(told) == SCENE_PARAGRAPH_SENTENCES or len(line) > 1 or line[0].is_heading or line[0].is_quote:
            break
        told.append(line[0])
    return told


def scene_paragraph(lede: SentenceInfo, sentences: Sequence[SentenceInfo]) -> bool:
    """Does the lede open a paragraph that tells a scene: SCENE_PARAGRAPH_SENTENCES sentences or more, one
    after the lede a short one that states no news (`scene_text`, `colour_text`: "The water was still.", "The men
    around him were quieter than usual.", "Outside, it had started to snow.")? A quotation may open it. A news lede's paragraph goes on with what happened, not with the
    light and the weather."""
    paragraph = scene_telling(lede, sentences)
    rest = [s for s in paragraph if s.sentence.index > lede.sentence.index]
    return (len(paragraph) >= SCENE_PARAGRAPH_SENTENCES and next(s for s in paragraph if not s.is_quote) is lede
            and any(word_count(s.sentence.text) < SCENE_SENTENCE_WORDS and not s.is_quote
                    and (scene_text(s.sentence.text) or colour_text(s.sentence.text)) for s in rest))


# Impact Analysis looks ahead ----------------------------------------------------------------------------
# A modal or conditional word: what could, would or may follow, what depends on what (a modal before
# "have" and a participle looks back: "could have been avoided"); an intention, warning or demand,
# which is about what is to come ("plans to", "vowed to appeal", "warned that …", "called for"; not
# a past intention, "wanted to", "as planned"); what is still to come ("has yet to", "pending", "soon").
_CONDITIONAL_RE = re.compile(
    r"\b(?:(?:could|may|might|should|must|would)\b(?!(?:\s+not)?\s+have\b)|if|unless|likely|unlikely|expects?\b|"
    r"potential(?:ly)?|possibl[ey]|"
    r"(?:plans?|planning|aims?|hopes?|hoping|vow(?:s|ed)?|pledg(?:es?|ed)|promis(?:es?|ed)|threatens?|seeks?|wants?|intends?|"
    r"prepar(?:es?|ing)|ready)\s+to|"
    r"warn(?:s|ed|ing)?\s+(?:that|of)|call(?:s|ed|ing)?\s+for|urg(?:es?|ed|ing)|yet\s+to|pending|awaiting|soon)\b"
)


# "As Swift would say, …": a habit or a way of putting it, not what is to come.
_WOULD_SAY_RE = re.compile(r"\bwould\s+(?:later\s+|often\s+|always\s+)?(?:say|tell|put it|call|describe|recall|joke)\b", re.I)


# "You'll rarely see her in …", "he will often say …": a habit, not what is to come.
_HABITUAL_WILL_RE = re.compile(r"(?:\bwill|['’]ll)\s+(?:often|usually|rarely|seldom|sometimes|typically|generally|normally)\b", re.I)
# Cues of `dates.is_future_tense` that as often look back or sideways: "would" (a habit in the past,
# "it would be nice", "who would benefit"), "ahead of" ("12 strokes ahead of Woods").
_LOOSE_FUTURE_RE = re.compile(r"\bwould\b|['’]d\b|\bahead of\b", re.I)


def sentence_looks_ahead(s: SentenceInfo, *, article_parsed: bool = False) -> bool:
    """Impact Analysis's test: the parse's reading where the sentence was parsed (`SentenceInfo.ahead`:
    the clause's own modal, tense and governing verb: `outlook.looks_ahead_in`, which `wirebrief eval
    briefings` reads too); where the article was skimmed only, the words' (`looks_ahead`, which choose
    what to parse); in an article that was parsed (`article_parsed`), none for a sentence that was
    not: the words alone take past sentences ("the next season", "had planned to"); or a date after
    publication that dates its event."""
    if s.ahead is not None:
        ahead = s.ahead
    else:
        ahead = not article_parsed and looks_ahead(s.sentence.text)
    return ahead or any(m.upcoming and m.dates_event for m in s.dates)


# A caveat on the evidence: its modal weighs what a finding shows, not what will follow ("the result could
# reflect reverse causation", "the study could not rule out …", "the figures may overstate …"): a limitation,
# not an impact.
# The subject is the evidence or those who weigh it (a study, its data, the researchers): "The minister could
# not rule out further tax rises" and "it could prove difficult to reopen the bridge" look ahead.
_EVIDENCE_CAVEAT_RE = re.compile(
    r"\b(?:results?|findings?|study|studies|data|link|association|correlation|figures?|numbers|survey|analysis|research"
    r"|researchers|scientists|authors|investigators|trial|sample)\s+"
    r"(?:could|may|might|can)(?:\s+not|n[’']t)?\s+(?:simply\s+|also\s+|partly\s+)?"
    r"(?:reflect|be\s+explained|be\s+due|be\s+driven|be\s+confounded|be\s+biased|overstate|understate|rule\s+out|prove|show\s+cause)\b"
    r"|\breverse\s+causation\b", re.I)


# "X said the party would not “stand aside …”": a refusal reported, the speaker's stance now, not what is to come.
_REPORTED_REFUSAL_RE = re.compile(r"\b(?:said|says|told\s+\S+|insisted|declared|vowed|argued)\b[^.;:!?]{0,80}?\b(would)\s+(?:not|never)\b"
                                  r"|\b(?:said|says|insisted|declared|vowed|argued)\b[^.;:!?]{0,80}?\b(wouldn)[’']t\b", re.I)


# The speaker's own choice after "would not": accepting, backing, resigning, sitting and watching. A process
# ("the bridge would not reopen", "the company would not return to profit", "would not cut rates") is a forecast.
_STANCE_VERBS = frozenset("""accept back support endorse resign apologise apologize sit stand step quit withdraw concede
    yield bow bend budge surrender tolerate allow permit agree comply cooperate negotiate engage talk comment
    answer respond testify recognise recognize hear entertain consider reconsider retract recant join attend
    participate hesitate give let seek run sign vote intimidated cowed bullied silenced deterred swayed pressured
    blackmailed dictated""".split())
_AFTER_NEGATION_RE = re.compile(r"\s+(?:[“\"‘']\s*)?(?:be\s+)?([a-z]+)")
# A time the refusal holds for or until ("for months", "this year", "until 2028", "again", "before summer"): a forecast.
_SPAN_RE = re.compile(r"\b(?:for|within|in)\s+(?:\w+\s+)?(?:days|weeks|months|years|decades)\b|\b(?:this|next|that)\s+"
                      r"(?:year|month|week|season|quarter|summer|winter|spring|autumn|fall)\b|\b(?:until|till|before|again|anytime|soon)\b"
                      r"|\b(?:19|20)\d\d\b", re.I)


def reported_refusal(text: str) -> bool:
    """Is the sentence's only look ahead a negated "would" after a verb of saying, whose verb is the
    speaker's own choice (`_STANCE_VERBS`: "Kiprono said the Upper House would not “sit and watch …”"): a
    stance reported, no forecast? Not where anything else in it looks ahead (a future cue, a modal, a
    condition: "would not back the bill unless …", "would not seek re-election next year"), nor where a
    time span or date follows (`_SPAN_RE`: "would not reopen for months"), nor for a process ("the bridge
    would not reopen")."""
    blanked = _QUOTED_RE.sub(lambda q: " " * len(q.group()), text)
    match = _REPORTED_REFUSAL_RE.search(blanked)
    if match is None:
        return False
    group = 1 if match.group(1) else 2
    end = match.end(group) + (0 if group == 1 else 2)
    negation = re.match(r"\s+(?:not|never)\b|[’']t\b", text[end:])
    verb = _AFTER_NEGATION_RE.match(text, end + (negation.end() if negation else 0))
    if verb is None or verb.group(1).lower() not in _STANCE_VERBS or _SPAN_RE.search(text[end:]):
        return False
    rest = text[: match.start(group)] + " " + text[end:]
    return not looks_ahead(rest) and not dates.is_future_tense(rest)


def evidence_caveat(text: str) -> bool:
    """Does the sentence weigh the evidence (`_EVIDENCE_CAVEAT_RE`) rather than say what comes?"""
    return _EVIDENCE_CAVEAT_RE.search(text) is not None


def looks_ahead(text: str) -> bool:
    """Does a statement look ahead or say what depends on what: a future cue (`dates.is_future_tense`:
    will, is set to, next …) or a modal or conditional word (could, may, if, unless, likely …)?"""
    text = _HABITUAL_WILL_RE.sub(" ", _WOULD_SAY_RE.sub(" ", _NAMED_WILL_RE.sub(" ", text)))
    return dates.is_future_tense(text) or _CONDITIONAL_RE.search(text[:1].lower() + text[1:]) is not None


# A capitalised "Will" inside a sentence is a name or a title ("Will Smith", "I Will Never Let You Down"); at
# the start, one followed by a capitalised word and no question mark is a name ("Will Smith starred …").
_NAMED_WILL_RE = re.compile(r"(?<=\S )Will\b|^[\"“‘']?Will(?= [A-Z][\w'’-]*\b(?![^?]*\?\s*[\"”’']?\s*$))")
# Speech on an occasion long past ("She once told Allure …, saying, “I will …”"): its future is past.
_PAST_OCCASION_RE = re.compile(r"\b(?:once|ago|back in|at the time|previously)\b", re.I)


def says_what_comes(text: str) -> bool:
    """The plain reading of looking ahead: a future cue that names what is to come (will, is set to,
    plans to, next …), not a modal, a conditional or "would", nor one quoted from an occasion the
    sentence places in the past. What a declared absence of anything ahead is checked against
    (`wirebrief eval briefings`)."""
    text = _NAMED_WILL_RE.sub(" ", text)
    if _PAST_OCCASION_RE.search(_QUOTED_RE.sub(" ", text)):
        text = _QUOTED_RE.sub(" ", text)
    return dates.is_future_tense(_LOOSE_FUTURE_RE.sub(" ", _HABITUAL_WILL_RE.sub(" ", text)))


def _pick_story(eligible: list[SentenceInfo], used: set[int], context: _Context) -> list[SentenceInfo]:
    """The opening sentences, as news is written (most important first), skipping quotations,
    repeats and sentences that lean on one skipped, within a word budget. On cnndm_dev (`wirebrief eval summaries`) this scores ROUGE-1 41.7
    where picking by salience scored 38.0. After a feature lede (`nut_graf`) The Story opens on the
    nut graf and goes on from there: the scene before it is left to the other sections (leading with
    the nut graf and then the lede cost 0.2 ROUGE-1 on cnndm_dev, against 0.04 for leaving it)."""
    target = 2 if len(eligible) < 8 else 3 if len(eligible) < 25 else 4
    target = min(target, max(1, len(eligible) - 3))  # a very short article leaves a sentence to each other section
    chosen: list[SentenceInfo] = []
    words = 0
    shown_terms = set(context.title_terms)
    nut = nut_graf(eligible, context)
    order = eligible if nut is None else eligible[eligible.index(nut) :]
    for s in order:
        if len(chosen) >= target:
            break
        if s.is_quote or _repeats(s, chosen):
            continue
        if _leans(s.sentence.text, s.sentence.index, {c.sentence.index for c in chosen}, shown_terms, context.first, context.introduced,
                  context.names, story=True):
            continue
        if chosen and words + s.words > STORY_WORD_BUDGET:
            break
        chosen.append(s)
        shown_terms |= s.terms
        words += s.words
    if not chosen and eligible:
        chosen = [eligible[0]]
    used.update(i for s in chosen for i in span(s))
    return chosen


def _displaced_scene(eligible: list[SentenceInfo], story: list[SentenceInfo], context: _Context) -> tuple[int, ...]:
    """The standfirst and scene a nut graf displaced from The Story's opening (`_pick_story`,
    `standfirst_and_scene`): no Key Point or Takeaway either, but Impact Analysis may take it where it
    looks ahead ("The humble honeybee may be small, but scientists hope to use its brain to power drones")."""
    nut = nut_graf(eligible, context)
    if nut is None or nut not in story:
        return ()
    return standfirst_and_scene(eligible, context, nut)


def _pick(eligible, score, used: set[int], *, limit: int, accept=lambda s: True, bring=(),
          overlap: float = REDUNDANCY_OVERLAP) -> list[SentenceInfo]:
    """The best-scoring acceptable sentences no section has used, none repeating another section's
    or one picked here (articles often restate their lede further down). One that is not
    acceptable alone may be as the first of `bring` makes it that is (with its antecedent, or
    with its pronoun resolved: what `bring` makes of a sentence cites that sentence too)."""
    chosen: list[SentenceInfo] = []
    taken = [s for s in eligible if used.intersection(span(s))]
    for s in sorted(eligible, key=lambda s: -score(s)):
        if len(chosen) >= limit:
            break
        if used.intersection(span(s)):
            continue  # used, as is what `bring` would make of it: not worth the (costly) test of `accept`
        if not accept(s):
            s = next((b for b in (ways(s) for ways in bring) if b is not None and accept(b)), None)
            if s is None:
                continue
        if used.intersection(span(s)) or _repeats(s, chosen, overlap) or _repeats(s, taken, overlap):
            continue
        chosen.append(s)
        used.update(span(s))
    return chosen


def _repeats(s: SentenceInfo, chosen: Iterable[SentenceInfo], overlap: float = REDUNDANCY_OVERLAP) -> bool:
    """Does `s` share more than `overlap` of the shorter one's content terms with a chosen one? At
    NEAR_REPEAT, a much shorter one (under a third as many terms) is not repeated, only touched on."""
    def shared(c: SentenceInfo) -> float:
        shorter, longer = sorted((len(s.terms), len(c.terms)))
        if overlap >= NEAR_REPEAT and shorter < longer / 3:
            return 0.0
        return len(s.terms & c.terms) / max(1, shorter)
    return any(shared(c) > overlap for c in chosen)


def _key_point_count(eligible: list[SentenceInfo]) -> int:
    return max(4, min(7, len(eligible) // 4))


def _impact_count(n: int) -> int:
    return 2 if n < 15 else 3 if n < 25 else 4


def _takeaway_count(n: int) -> int:
    return 3 if n < 15 else 4 if n < 25 else 5


def _fact_density(s: SentenceInfo) -> float:
    """Names and numbers per word. Read off the words (capitalised after the first, digits), not the
    entity recogniser, so that every sentence is scored alike whether or not it was recognised."""
    numbers = _numbers(s.lemmas)
    return min(1.5, (_names(s) + numbers) / max(8, s.words) * 4)


def _numbers(lemmas: Sequence[str]) -> int:
    """How many of the words hold a digit."""
    return sum(map(bool, map(_NUMBER_RE.search, lemmas)))  # read for every statement, twice: no Python loop


def _fits_key_point(s: SentenceInfo) -> bool:
    """A key point runs to KEY_POINT_MAX_WORDS words at most, after compression (`annotate._compress`,
    deletion only); a sentence that stays longer is left for another section."""
    return word_count(_statement(s).text) <= KEY_POINT_MAX_WORDS


@functools.lru_cache(maxsize=4096)  # read again and again of the same sentences while sections are chosen
def word_count(text: str) -> int:
    """Words as a reader counts them: whitespace-separated, a lone dash or other mark not counted."""
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


TALLY_NUMBERS = 2  # numbers that make a sentence a tally: a score, statistics, a study's sample


def _stance(s: SentenceInfo) -> float:
    """Who wants, rejects, warns or says what (a position: a stance word and a name); and what is
    first, largest or unprecedented, unless the sentence is a tally (TALLY_NUMBERS numbers or more:
    play-by-play, method), whose significance words ("first half", "a record 64-18") say no more."""
    words = set(s.lemmas) | {stem(w) for w in s.lemmas}
    has_actor = _names(s) > 0
    position = bool(words & _STANCE_WORDS) and has_actor
    numbers = _numbers(s.lemmas)
    score = 0.0
    if position:
        score += 1.0
    if _significance_words(s.sentence.text) and (position or numbers < TALLY_NUMBERS):
        score += 0.7
    if s.is_quote and has_actor:
        score += 0.5
    return score


_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def _significance_words(text: str) -> frozenset[str]:
    """SIGNIFICANCE_WORDS as written, in lower case: not a name's ("First Minister") nor another
    word's stem or lemma ("a gust was recorded" is no record)."""
    return frozenset(_LOWER_WORD_RE.findall(text)) & SIGNIFICANCE_WORDS


def _actor(s: SentenceInfo) -> str | None:
    """Whose position a sentence gives, read off the words: the surname of the first name in it (the
    last in a quotation, whose speaker comes after it)."""
    names = [m.group() for m in _NAME_RE.finditer(s.sentence.text) if m.group().split()[0].lower() not in STOPWORDS]
    if not names:
        return None
    name = names[-1] if s.is_quote else names[0]
    return _POSSESSIVE_RE.sub("", name.split()[-1]).strip(".,")


def _outlook(s: SentenceInfo) -> float:
    score = 0.0
    if s.is_future:
        score += 1.0
    if (set(s.lemmas) | {stem(w) for w in s.lemmas}) & _OUTLOOK_WORDS:
        score += 0.5
    if any(m.upcoming for m in s.dates):
        score += 1.0
    return score


def _chosen_quotes(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """The MAX_QUOTES longest attributed quotations, in the order the article gives them: the two halves
    of "“…,” she said. “…”" read in their order, not the longer first."""
    attributed = [(i, q) for i, q in enumerate(quotes) if q.speaker]
    longest = sorted(attributed, key=lambda iq: -len(iq[1].text))[:MAX_QUOTES]
    return tuple(q for _, q in sorted(longest, key=lambda iq: iq[0]))


def _listed_quotes(quotes: Sequence[Quote], shown: Sequence[SentenceInfo]) -> tuple[Quote, ...]:
    """The Quotes list (`_chosen_quotes`), each closed as a full quotation (`closed_quote`), less any a
    section shows as its statement (a quotation taken to fill a section that would stay empty): a
    sentence is shown once."""
    written = {i for s in shown if s.is_quote or mostly_quotation(s.sentence.text) for i in span(s)}
    return tuple(replace(q, text=closed_quote(q.text)) for q in _chosen_quotes(quotes)
                 if not written.intersection(index for _, index in q.citations))


def closed_quote(text: str) -> str:
    """A quotation cut from "“…different,” she said" reads as a full one: “…different.” (the Quotes
    list, in markdown and JSON alike)."""
    return text[:-2] + "." + text[-1] if len(text) > 2 and text[-2] == "," and text[-1] in "”’\"'" else text


def _reading_order(sentences: list[SentenceInfo]) -> list[SentenceInfo]:
    return sorted(sentences, key=lambda s: s.sentence.index)


def _trim(text: str) -> str:
    """What a copy editor drops from a stand-alone statement: a wire's dateline ("WASHINGTON (AP) —"), a
    leading connector and short parentheticals (a trailing ", he said" is cut from the parse: annotate's `_compress`)."""
    trimmed = _LEADING_CONNECTOR_RE.sub("", text[segment.dateline_end(text) :])
    trimmed = _PARENTHETICAL_RE.sub("", trimmed).strip()
    return trimmed[:1].upper() + trimmed[1:] if trimmed else text


# '…,” he said.' — a quotation whose speaker the sentence names only by a pronoun
_PRONOUN_SPEAKER_RE = re.compile(r"(?<=[,.!?][”’\"] )(?:he|she)(?= (?:said|says|added|adds|told|explained|warned|insisted|argued|wrote|writes|replied|noted|continued)\b)")


def _named(statement: Statement, speakers: dict[int, str], annotated: AnnotatedArticle, quoted) -> Statement:
    """A quotation lifted out of its paragraph names its speaker, by surname as on a second reference
    ('…,” Petrie said.'), citing also the sentence before it that names them, where that one settles
    who "he"/"she" is (`_naming_sentence`); else it keeps the pronoun."""
    match = _PRONOUN_SPEAKER_RE.search(statement.text)
    if match is None:
        return statement
    by_index = {s.sentence.index: s.sentence.text for s in annotated.sentences}
    cited = [index for _, index in statement.citations]
    index = next((i for i in cited if _PRONOUN_SPEAKER_RE.search(by_index.get(i, ""))), None)
    if index is None or not speakers.get(index):
        return statement
    naming = _naming_sentence(index, speakers[index], annotated, quoted)
    if naming is None or naming in cited:
        return statement  # a sentence in the statement names them already
    surname = speakers[index].split()[-1]
    article_id = statement.citations[0][0]
    return Statement(_PRONOUN_SPEAKER_RE.sub(surname, statement.text, count=1), ((article_id, naming), *statement.citations))


# A person first named by surname only ------------------------------------------------------------------
# A reader meets "Mendez said …" and asks who Mendez is: the first statement of the briefing (The Story, Key
# Points, Key Takeaways, Impact Analysis, in that order) that names a person gives their full name.

FullName = tuple[str, str | None, int]  # the full name, the role where it is short (`SHORT_ROLE_WORDS`), the sentence naming them
SHORT_ROLE_WORDS = 3  # a role written before the name ("Chief Executive Laura Mendez"): a title, not a clause
_TITLE_BEFORE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+)?"


def full_names(annotated: AnnotatedArticle) -> dict[str, FullName]:
    """Surname: the person's full name (a person among the key players, or a speaker, of two words or more),
    their role where it is a short title, and the first sentence that writes the full name. A surname two
    people share ("Margit Holloway", "Peter Holloway"), or a firm among the players shares ("Doug Ford",
    "Ford Motor"), is left out: which one is meant is not for a rewrite."""
    roles = {p.name: p.role for p in annotated.players if p.kind == "PERSON"}
    people = {p.name for p in annotated.players if p.kind == "PERSON"} | {q.speaker for q in annotated.quotes if q.speaker}
    firms = {w for p in annotated.players if p.kind == "ORG" for w in re.findall(r"[\w’'-]+", p.name)}
    by_surname: dict[str, set[str]] = {}
    for name in people:
        first = name.split()[0].lower()
        if first in STOPWORDS or first in CONNECTORS or name.split()[-1] in firms:
            continue  # "However Lizzi", "Some Mirreyes": a word read into the name; "Ford": Ford Motor's too
        if _looks_like_name(name):  # "Laura Mendez", not "Groton police"
            by_surname.setdefault(name.split()[-1], set()).add(name)
    found: dict[str, FullName] = {}
    for surname, names in by_surname.items():
        if len(names) != 1:
            continue
        [name] = names
        first = next((s.sentence.index for s in annotated.sentences if word_starts(s.sentence.text, name, "’'-", "-")), None)
        if first is None:
            continue
        role = roles.get(name)
        short = role if role and len(role.split()) <= SHORT_ROLE_WORDS and _role_before(role, name, _sentence_text(annotated, first)) else None
        found[surname] = (name, short, first)
    return found


def _role_before(role: str, name: str, sentence: str) -> bool:
    """Does the sentence write the role right before the name, as a title ("Chief Executive Laura Mendez"), whole:
    not the end of a longer one ("… Sheriff's Office spokesman Lt. Travis Guinn"), nor a possessive ("MNN's")?"""
    if set(role.lower().split()) & (STOPWORDS | {","}) or role.endswith(("'s", "’s")):
        return False
    found, word = _written_after_a_word(f"{role} {name}", sentence)
    if not found:
        return False
    # the word before the role: none, or one that ends no longer title ("the", "said")
    return word is None or word.strip()[:1].islower() or word.strip().endswith((",", ".", ":"))


def _written_after_a_word(words: str, sentence: str) -> tuple[bool, str | None]:
    r"""Whether the sentence writes `words` whole (no word character nor hyphen after them), opening it or after a
    space, a quote mark or a bracket, and the word with its spaces right before them where there is one: what
    `re.search(rf"(?:^|(?<=[\s“\"(]))(\S+\s+)?{re.escape(words)}(?![\w-])", sentence)` finds (the match and its
    group), without compiling a pattern for each name."""
    if not words or words[0].isspace():
        match = re.search(rf"(?:^|(?<=[\s“\"(]))(\S+\s+)?{re.escape(words)}(?![\w-])", sentence)
        return match is not None, match.group(1) if match else None
    best: tuple[int, int, str | None] | None = None  # (where the match starts, 0 with the word before / 1 without, the word)
    at = sentence.find(words)
    while at >= 0:
        end = at + len(words)
        if not (end < len(sentence) and (sentence[end].isalnum() or sentence[end] in "_-")):
            space = at
            while space > 0 and sentence[space - 1].isspace():
                space -= 1
            if space < at and space > 0:  # spaces before, and a word before them (the \S+ run up to them)
                start = space
                while start > 0 and not sentence[start - 1].isspace():
                    start -= 1
                candidate = (start, 0, sentence[start:at])
                best = candidate if best is None or candidate[:2] < best[:2] else best
            if at == 0 or sentence[at - 1].isspace() or sentence[at - 1] in "“\"(":
                candidate = (at, 1, None)
                best = candidate if best is None or candidate[:2] < best[:2] else best
        at = sentence.find(words, at + 1)
    return (True, best[2]) if best is not None else (False, None)


def _sentence_text(annotated: AnnotatedArticle, index: int) -> str:
    return next((s.sentence.text for s in annotated.sentences if s.sentence.index == index), "")


_FAMILY_NOUNS = frozenset("family families household estate era years administration campaign camp".split())


def surname_only(text: str, surname: str, full: str) -> re.Match | None:
    """The first mention of `surname` in `text` that is not part of the full name (`full`) and that a rewrite
    may name in full: "Mendez said", "said Mendez", "Mr Mendez declined", "Mendez, 45, …"; None where the text
    writes the full name, or no such mention. Conservative, as a wrong name is worse than a surname: never
    inside a quotation, nor after another capitalised word ("Gov. Mendez", "Premier Ford"), nor as a possessive
    ("Ford's chief executive"); and only where the surname is a clause's agent by its words: a verb of saying, or
    a past-tense verb, after it, or a comma setting it aside, or a verb of saying before it. An ordinary word
    opening a sentence ("Young voters", "Price rises", "May was") is none of these."""
    if word_starts(text, full, "’'-", "-"):  # (?<![\w’'-])full(?![\w-]), without a pattern for each name
        return None
    quoted = [m.span() for m in _QUOTED_RE.finditer(text)]
    for match in re.finditer(rf"(?<![\w’'-]){_TITLE_BEFORE}{re.escape(surname)}(?![\w-])", text):
        if any(a <= match.start() < b for a, b in quoted):
            continue  # a quotation stays as it was said
        before, after = text[: match.start()].split()[-1:], text[match.end():].split()[:1]
        if before and before[0].lower() in _PREPOSITIONS or after and after[0][:1].isdigit() or before and before[0][:1].isupper() and not before[0].endswith((",", ":", ";")):
            continue  # "in May", "May 5": a word, no name; "Laura Mendez" written otherwise ("L. Mendez", "Gov. Mendez")
        if before and before[0].lower() in _THING_WORDS or after and (_bare(after[0]) in _ORG_NOUNS | _FAMILY_NOUNS or after[0][:1].isupper()):
            continue  # "the Calloway family", "Mendez Logistics": the name of a family or a firm, no mention of the person
        if _agent_by_its_words(text[match.end():], before[0] if before else ""):
            return match
    return None


_SPEECH_FORMS = frozenset(SPEECH_VERB_FORMS.split("|"))


def _agent_by_its_words(rest: str, before: str) -> bool:
    """Do the words round a surname make it the agent of its clause: a verb of saying, or a lower-case
    past-tense verb, right after it ("Mendez said", "Mendez declined"), a comma setting it aside
    ("Mendez, 45, …"), or a verb of saying right before it ("…, said Mendez")? Not a possessive ("Ford's")."""
    if re.match(r"\s*,", rest):
        return True
    after = re.match(r"\s+([a-z]+)\b(?![’'-])", rest)
    if after and (after.group(1) in _SPEECH_FORMS or after.group(1).endswith("ed")):
        return True
    return re.sub(r"\W", "", before).lower() in _SPEECH_FORMS and not re.match(r"[’']s\b", rest)


def named_in_full(sections: list[list[Statement]], people: dict[str, FullName], verifier) -> list[list[Statement]]:
    """The sections with each person's first mention in reading order written in full: a surname alone there
    is rewritten to the full name (with a short role before it, as the article writes it: "Chief Executive
    Laura Mendez"), citing after its own sentences the one that names them, where the verifier (`verifier()`)
    passes the rewrite against them (and a Key Point stays within `KEY_POINT_MAX_WORDS`); else the statement is left out where its section keeps
    another, and kept as it is where it is the section's only one (or The Story's). A mention `surname_only` does
    not take for the person (in a quotation, after another title, a possessive, no agent) is kept as written."""
    if not people:
        return sections
    known: set[str] = set()
    result = []
    for k, section in enumerate(sections):
        kept = []
        for statement in section:
            for surname, (full, role, naming) in people.items():
                if surname in known or surname not in statement.text:
                    continue
                match = surname_only(statement.text, surname, full)
                if match is not None:
                    limit = KEY_POINT_MAX_WORDS if k == 1 and word_count(statement.text) <= KEY_POINT_MAX_WORDS else None
                    rewritten = _with_full_name(statement, match, full, role, naming, verifier, limit)
                    if rewritten is None and k > 0 and len(section) > 1:
                        statement = None
                        break
                    statement = rewritten or statement
                if full in statement.text:
                    known.add(surname)
            if statement is not None:
                kept.append(statement)
                known.update(s for s, (full, _, _) in people.items() if full in statement.text)
        result.append(kept)
    return result


def _with_full_name(statement: Statement, match: re.Match, full: str, role: str | None, naming: int, verifier,
                    max_words: int | None = None) -> Statement | None:
    """The statement with the surname at `match` written as the full name (after a short role, where one is
    given and the verifier passes it), citing `naming` too; None where the verifier passes neither.
    `max_words`: the most words the statement may have."""
    cited = [index for _, index in statement.citations]
    title = re.match(_TITLE_BEFORE, match.group()).group()
    if title and not _title_fits(title, statement.text, match, full, verifier().sentences, naming):
        return None  # "Her husband, Mr Mendez" is not "Mr Laura Mendez"
    if title:  # "Dr Kujala" → "Dr Urho Kujala": the title stays, no role beside it
        match, role = _Span(match.start() + len(title), match.end()), None
    before = statement.text[: match.start()].strip()
    at_start = before.lstrip(LEADING_QUOTES) == "" or before.endswith((".", "!", "?"))
    if role and not all(w[:1].isupper() for w in role.split()):  # "Chief executive" opening its sentence: "chief executive" within one
        role = role[:1].upper() + role[1:] if at_start else role[:1].lower() + role[1:]
    for name in ([f"{role} {full}", full] if role else [full]):
        text = statement.text[: match.start()] + name + statement.text[match.end():]
        if max_words is not None and word_count(text) > max_words:
            continue  # a Key Point stays short
        if verifier().check(text, [*cited, naming]).supported:
            return Statement(text, (*statement.citations, *(() if naming in cited else ((statement.citations[0][0], naming),))), statement.support)
    return None


def _title_fits(title: str, text: str, match: re.Match, full: str, sentences: list[str], naming: int) -> bool:
    """May "Mr Mendez" in `text` be written "Mr Laura Mendez"? Where the naming sentence writes the title before
    the full name; or, for a title of one gender (Mr, Ms), where the article writes the surname with titles or
    kin words of that gender only (`_gender_of`), and no kin word stands beside this mention ("Her husband, Mr
    Mendez", "Mr Mendez, her husband"): one of the family."""
    word = title.strip().rstrip(".")
    if re.search(rf"(?<![\w-]){re.escape(word)}\.?\s+{re.escape(full)}(?![\w-])", sentences[naming]):
        return True
    gender = _GENDER_OF_HONORIFIC.get(word.lower())
    kin = _KIN_BEFORE_RE.search(text, max(0, match.start() - 40), match.start()) or _KIN_AFTER_RE.match(text, match.end())
    article = " ".join(sentences)
    return (gender is not None and kin is None and _gender_of(full.split()[-1], article) == gender
            and all(_GENDER_OF_NOUN[m.group("noun").lower()] != gender for m in _KIN_BY_GIVEN_NAME_RE.finditer(article)))


# A relative named by a given name alone ("Her mother, Margaret, 84, had been …"; "his son Karl"): one of
# the family, who may bear the surname too, so "Mrs Doyle" may be her and not "Joanne Doyle".
_KIN_BY_GIVEN_NAME_RE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<noun>{'|'.join(sorted(_GENDER_OF_NOUN))}),?\s+[A-Z][a-z]+(?![\w’'-]|\s+[A-Z])")


@dataclass(frozen=True)
class _Span:
    """Where a match's surname stands, its title left out."""

    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


def _naming_sentence(index: int, speaker: str, annotated: AnnotatedArticle, quoted) -> int | None:
    """The sentence that settles who the "he"/"she" speaking in sentence `index` is: the last
    sentence before it that names any person (outside quotations, `_people_in`), where that one names
    the speaker and no one else the pronoun could stand for, and does not start inside a quotation
    (`quoted()`); and the speaker's gender, where the article gives it (`_gender_of`), is the
    pronoun's. None where the text leaves room for another ("…, said Ann Cole, after talks with
    director Tom Reeve. “…,” he said.")."""
    sentences = {s.sentence.index: s.sentence.text for s in annotated.sentences}
    match = _PRONOUN_SPEAKER_RE.search(sentences.get(index, ""))
    if match is None:
        return None
    gender = "f" if match.group() in _FEMININE else "m"
    surname = speaker.split()[-1]
    known = _known_surnames(annotated)
    article = _article_text(annotated)
    for before in range(index - 1, -1, -1):
        people = _people_in(sentences.get(before, ""), known)
        if not people:
            continue
        others = {p for p in people if p != surname and _gender_of(p, article) != _OTHER_GENDER[gender]}
        if surname not in people or others or before in quoted() or _gender_of(surname, article) == _OTHER_GENDER[gender]:
            return None
        return before
    return None


_OTHER_GENDER = {"m": "f", "f": "m"}
_TITLED_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+((?:[A-Z][\w’'-]+\s+)?[A-Z][\w’'-]+)")
_CAPITALISED_RUN_RE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")


def _people_in(text: str, known: frozenset[str]) -> set[str]:
    """The surnames of the people a sentence names outside its quotations, read off the words: two or
    three capitalised words written as a person's name ("Tom Reeve", `quotes._looks_like_name`), a
    title and a name ("Mr Reeve"), or a person's surname the article gives (`known`). Broad on
    purpose: a place read as a person only keeps a pronoun where it stands."""
    outside = _QUOTED_RE.sub(" ", text)
    found = {_bare_name(m.group(2)) for m in _TITLED_RE.finditer(outside)}
    for run in _CAPITALISED_RUN_RE.finditer(outside):
        words = run.group().split()
        while words and (words[0].lower() in STOPWORDS or words[0].lower() in ROLE_NOUNS):
            words.pop(0)  # "On Tuesday Ann Cole", "Councillor Graham Petrie": no part of the name
        after = outside[run.end():].split()[:1]
        if after and _bare(after[0]) in _ORG_NOUNS:
            continue  # "the Harwick Independents group"
        if len(words) >= 2 and (_looks_like_name(" ".join(words[-3:])) or _looks_like_name(" ".join(words[-2:]))):
            found.add(_bare_name(words[-1]))  # ("On Tuesday Mayor Ann Hale": "Ann Hale")
    found |= {w for w in map(_bare_name, outside.split()) if w in known}
    return found


def _bare_name(word: str) -> str:
    return _POSSESSIVE_RE.sub("", word.strip(",;:.!?’'\"”()"))


def _known_surnames(annotated: AnnotatedArticle) -> frozenset[str]:
    return frozenset({p.name.split()[-1] for p in annotated.players if p.kind == "PERSON"}
                     | {q.speaker.split()[-1] for q in annotated.quotes if q.speaker})


def _article_text(annotated: AnnotatedArticle) -> str:
    return " ".join(s.sentence.text for s in annotated.sentences)


@functools.lru_cache(maxsize=1024)  # asked for each "he"/"she" a statement leans on, of the same people
def _gender_of(surname: str, article: str) -> str | None:
    """A person's gender where the article writes it beside their name: a title ("Mr Reeve", "Ms Ann
    Cole") or a kinship word in apposition ("her son, Karl Berg"; "Ann Cole, his widow,"), as the quotes
    module reads them (`annotate.quotes`); None where it gives none, or both."""
    genders = {_GENDER_OF_HONORIFIC[m.group(1).lower()] for m in _TITLED_RE.finditer(article)
               if m.group(1).lower() in _GENDER_OF_HONORIFIC and _bare_name(m.group(2).split()[-1]) == surname}
    for m in re.finditer(rf"(?<![\w-])(?:[A-Z][\w’'-]+\s+)?{re.escape(surname)}(?![\w-])", article):
        kin = _KIN_BEFORE_RE.search(article, max(0, m.start() - 40), m.start()) or _KIN_AFTER_RE.match(article, m.end())
        if kin:
            genders.add(_GENDER_OF_NOUN[kin.group("noun").lower()])
    return genders.pop() if len(genders) == 1 else None


def _same_quotations(cut: str, text: str) -> bool:
    """Does the cut keep every quoted word of the sentence? A quotation is the speaker's: never cut."""
    quoted = lambda t: [re.findall(r"\w+", q) for q in _QUOTED_RE.findall(t)]
    return quoted(cut) == quoted(text)


def _statement(s: SentenceInfo, *, trim: bool = True) -> Statement:
    """The sentence as a statement: trimmed and compressed (`SentenceInfo.short`) where `trim`, unless the
    cut is no complete sentence (a cut that left "..., but.", a quotation open) or cuts inside a
    quotation, when the whole sentence is trimmed, or else kept as written. Sentences joined (`Joined`) are kept whole, as the article wrote them."""
    text = s.sentence.text
    if isinstance(s, Joined):
        return Statement(text=text, citations=tuple((s.sentence.article_id, i) for i in s.span))
    if trim:
        for cut in (s.short, text):
            trimmed = _trim(cut) if cut else ""
            if trimmed and quotation_problem(trimmed) is None and sentence_problem(trimmed) is None and _same_quotations(trimmed, text):
                text = trimmed  # sentence_problem: "…-type extraterrestrials, but." is no sentence
                break
    return Statement(text=text, citations=((s.sentence.article_id, s.sentence.index),))


def _dated_statement(s: SentenceInfo, date_text: str) -> Statement:
    """A timeline entry's statement: trimmed, unless the cut loses the words that give its date
    (compression may drop the clause that holds "planned for the 2030s")."""
    trimmed = _statement(s)
    return trimmed if date_text in trimmed.text else _statement(s, trim=False)


def _event_date(s: SentenceInfo):
    """The date of the event a sentence's main clause reports, or None where it names none or the
    dates it names leave it ambiguous (a wrong date is worse than none). Out are a week ("last
    week"), what dates no event ("a 2028 contender"), the dateline's day, what a figure is compared
    with ("from $5.1 billion in February"), a bound of what happens ("open through March"), the day of a saying closing the sentence ("…, the
    office said on Monday") and a year beside another date; then a saying's day beside another date ("said
    on Monday it would close the plant in March"); then a date the parse or the words put outside the
    main clause ("a kayaker who failed to return on Monday"), which dates no entry even alone when it
    is past ("Smith, who was elected in 2019, resigned"). Several dates left: none."""
    kept = [
        m for m in s.dates
        if m.dates_event and not m.resolved.is_vague and m.role not in (DATELINE, ATTRIBUTION, COMPARISON, BOUND)
        and not (m.resolved.precision == "year" and len(s.dates) > 1)  # a year beside another date adds nothing
    ]
    for drop in (
        lambda m: m.role == REPORTING,
        lambda m: m.main is False,
        lambda m: m.main is not True,
    ):
        if len({(m.resolved.date, m.resolved.precision) for m in kept}) <= 1:
            break
        kept = [m for m in kept if not drop(m)]
    # a lone past date outside the main clause dates something else; an upcoming one is an event to come
    # ("the authority, which is expected to rule on February 12")
    kept = [m for m in kept if m.main is not False or m.upcoming]
    if len({(m.resolved.date, m.resolved.precision) for m in kept}) != 1:
        return None
    return kept[0]


def _opens_on_a_thing(text: str) -> bool:
    """Does `text` open on "It", "Its", "This", "These" … standing for what the sentence before told (`leans_on`)?"""
    words = text.split()[:1]  # (not inside a quotation: “It’s clear to me …,” the judge said)
    return bool(words) and _bare(words[0]) in ("it", "its", "this", "that", "these", "those") and leans_on(text) is not None


def _timeline(annotated: AnnotatedArticle, salience: dict[int, float]) -> tuple[TimelineEvent, ...]:
    """One event per date: the most salient sentence whose event it dates (`_event_date`); a sentence
    gives one entry at most."""
    best: dict = {}
    for s in annotated.sentences:
        if s.is_heading or s.sentence.index not in salience or bare_quotation(s.sentence.text):
            continue  # (a quotation that names no speaker says nothing of whose words it is, dated or not)
        mention = _event_date(s)
        if mention is None or _opens_on_a_thing(s.sentence.text):
            continue  # "It was dropped two years later.": a timeline entry is read alone
        key = (mention.resolved.date, mention.resolved.precision)
        current = best.get(key)
        if current is None or salience[s.sentence.index] > salience[current[0].sentence.index]:
            best[key] = (s, mention)
    events = [
        TimelineEvent(date=m.resolved.date, text=m.resolved.text, statement=_dated_statement(s, m.resolved.text), precision=m.resolved.precision)
        for s, m in best.values()
    ]
    events.sort(key=lambda e: (e.date, e.statement.citations))
    if len(events) > MAX_TIMELINE_EVENTS:
        keep = sorted(events, key=lambda e: -salience[e.statement.citations[0][1]])[:MAX_TIMELINE_EVENTS]
        events = [e for e in events if e in keep]
    return tuple(events)
