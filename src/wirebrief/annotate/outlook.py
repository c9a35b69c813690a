"""Does a parsed sentence look ahead, or say what depends on what? Read off each clause's own verb:
its modal or future auxiliary, a predicative "set to"/"likely to"/"expected to", a verb of intention
or warning with what it is about ("plans to appeal", "warned that …"), "soon", "has yet to", a time
still to come ("next week", "in the coming months"), each in its clause's tense. A modal word that
only modifies a noun ("a possible 2028 contender", "the potential for …") does not count.

"would" and "could" under a verb in the past tense look ahead only where that verb reports what
someone said, expected or announced ("said it would likely take time", "announced that she would
be part of its 2024 class"), the telling's own clause places it on no occasion long past ("at the
time", "back then", "In October 2014") and no past perfect holds it ("had said", "had been working
when she announced …"): under any other past verb, the future they name is the past's
("The outlook came despite fears the talks would be marred", "Democrats were concerned it would
derail the recovery"). A modal with "have" and a participle looks back ("could have proved fatal")."""

from __future__ import annotations

import functools
import re
from datetime import date

from .. import dates
from ..text import TIME_NOUNS
from ._common import SPEECH_VERBS

# Auxiliaries that name what is to come or what may be (present forms), and the past forms that
# name it only from a moment that may itself be past ("would", "could").
_AHEAD_MODALS = frozenset("will 'll ’ll wo shall sha may might must should".split())
_PAST_MODALS = frozenset("would 'd ’d could".split())
# Verbs that report what is to come: speech, expectation and intention ("said it would", "expects
# it will", "believed it would"); under one of them a past-tense "would" is the speaker's future.
_REPORTING = SPEECH_VERBS | frozenset(
    """predict forecast expect anticipate believe think hope fear estimate project indicate signal
    show reveal report quote assure promise threaten""".split())
# Verbs of intention that look ahead in the present ("plans to appeal", "hopes to"), and in the past
# only as reported ("said it planned to"): "wanted to", "intended to" alone look back.
_INTENT = frozenset("plan aim hope intend seek want prepare expect look try".split())
# Speech acts that commit to or warn of what comes, in any tense ("vowed to appeal", "warned that").
_COMMIT = frozenset("vow pledge promise threaten warn predict forecast urge demand".split())
_EXPECT = frozenset("expect anticipate forecast predict".split())
# Predicates of what is to come, with "to" or a clause ("is set to", "is likely to", "it is likely that").
_PREDICATES = frozenset("set due expected likely unlikely poised slated scheduled bound about going possible probable certain".split())
# Of those, the ones that take only a to-infinitive ("is set to", "is going to"), never a clause: a
# clause the parse hangs on one ("I'M GOING TO CONFRONT EVERYONE … YOU HAVE STARTED") is misread.
_INFINITIVE_PREDICATES = frozenset("set due poised slated scheduled bound about going".split())
# Time still to come, as the modifier of a time noun ("next week", "the coming months", "later this year").
_AHEAD_MODIFIERS = frozenset("next coming upcoming forthcoming future".split())
_TIME_NOUNS = TIME_NOUNS | frozenset(dates.MONTH_NAMES) | frozenset(dates.WEEKDAY_NAMES)
# Where a telling is placed on an occasion long past: what was then said to come is past now. Read
# only in the telling verb's own clause (`_past_occasion`); "once" and "then" are read off the parse.
_PAST_OCCASION_RE = re.compile(r"\b(?:ago|back in|at the time|previously|years earlier|last (?:year|month|week|summer|spring|autumn|winter|season))\b", re.I)
# A year as when something happened ("in 2014", "In October 2014"), not one naming a thing ("the 2020 election").
_YEAR_RE = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember)(?: \d{1,2},?)? ((?:19|20)\d\d)\b")
# Nouns of intention that look ahead with what they are about ("has plans to press charges", "their
# goal is to complete the inquiry").
_INTENT_NOUNS = frozenset("plan plans intention intentions goal goals aim aims".split())
_HABIT = frozenset("often usually rarely seldom sometimes typically generally normally always".split())
_PAST_TAGS = frozenset(["VBD"])
_PRESENT_TAGS = frozenset(["VBZ", "VBP"])
# Dependents that open a clause of their own: what they say is not placed on the telling's occasion.
_CLAUSE_DEPS = frozenset("ccomp advcl relcl acl parataxis csubj csubjpass".split())


def looks_ahead_in(span, published: date | None = None, past_dated: bool = False) -> bool:
    """Does the parsed sentence `span` look ahead or say what depends on what? `past_dated`: the
    sentence holds a date before publication (its annotations), which places a reported future in
    the past as "then" does."""
    past_at = lambda verb: past_dated or _past_occasion(verb, published)
    for token in span:
        lower = token.lower_
        if token.tag_ == "MD" and token.dep_ in ("aux", "auxpass", "ROOT"):
            head = token.head if token.dep_ != "ROOT" else token
            if _perfect_or_already(token) or _habit(token) or _named_will(token):
                continue
            if lower in _AHEAD_MODALS:
                if _under_past(head, past_at):
                    continue  # "She once told Allure …, saying, “I will share …”": that future is past
                return True
            if lower in _PAST_MODALS and not _unreal(head) and _would_ahead(head, past_at):
                return True
        elif lower in _PREDICATES and token.dep_ in ("acomp", "ROOT", "xcomp", "ccomp", "conj", "oprd", "attr", "relcl") and (
                _to_only(token) if lower in _INFINITIVE_PREDICATES else _to_or_clause(token)):
            if _ahead_in_tense(token, past_at, commits=False):
                return True  # "is set to", "which is set to sell"
        elif (lemma := _verb_lemma(token)) in _INTENT | _COMMIT and token.pos_ in ("VERB", "AUX") and _finite(token) and _to_or_clause(token):
            if _ahead_in_tense(token, past_at, commits=lemma in _COMMIT):
                return True
        elif _verb_lemma(token) in _COMMIT and _misread_verb(token) and _to_or_clause(token):
            if not past_at(token):
                return True  # "The resolution adopted Friday demands that …", "demands" read as a noun
        elif lower in _INTENT_NOUNS and _about_to(token):
            if _ahead_in_tense(token, past_at, commits=False):
                return True  # "has plans to press charges", "the aim is to finish"
        elif token.lemma_ == "be" and token.tag_ in _PRESENT_TAGS and _be_to(token):
            if _ahead_in_tense(token, past_at, commits=False):
                return True  # "The Duchess is to return to hospital"
        elif token.lemma_ == "call" and _finite(token) and not any(c.dep_ == "prt" for c in token.children):
            if any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children) and _ahead_in_tense(token, past_at, commits=True):
                return True  # "called for a ceasefire"
        elif lower == "soon" and token.dep_ == "advmod" and not _past(token.head):
            return True
        elif lower == "yet" and token.head.lemma_ in ("have", "be") and any(c.dep_ == "xcomp" for c in token.head.children):
            if not _past(token.head) or _ahead_in_tense(token.head, past_at, commits=False):
                return True  # "has yet to rule"; "had yet to vote" reads on to the next clause
        elif lower in _AHEAD_MODIFIERS and token.dep_ == "amod" and token.head.lower_ in _TIME_NOUNS:
            if not _past(_clause_verb(token)):
                return True  # "in the coming weeks", "next year"
        elif lower == "later" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in ("this", "today", "tonight"):
            if not _past(_clause_verb(token)):
                return True
    return False


def _verb_lemma(token) -> str:
    """The lemma, or the word's own stem where the lemmatiser misses it ("hopes" → "hop")."""
    return _verb_lemma_of(token.lemma_, token.lower_)


@functools.lru_cache(maxsize=1 << 14)  # read for every word of every sentence looked at, of the same few thousand words
def _verb_lemma_of(lemma: str, lower: str) -> str:
    for form in (lemma, lower, lower[:-1], lower[:-2], lower[:-3] + "e", lower[:-3]):
        if form in _INTENT or form in _COMMIT:
            return form
    return lemma


def _misread_verb(token) -> bool:
    """A main verb tagged as a plural noun: the sentence's root, with a subject of its own."""
    return token.dep_ == "ROOT" and token.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in token.children)


def _about_to(noun) -> bool:
    """An intention noun with the to-infinitive it is about: "plans to press" (the noun's own
    clause), or "the goal is to finish" (the noun the subject of "be" with it)."""
    if any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children) for c in noun.children):
        return noun.dep_ in ("dobj", "nsubj", "attr") and noun.head.pos_ in ("VERB", "AUX")
    return noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and _to_infinitive(noun.head)


def _to_infinitive(verb) -> bool:
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.i > verb.i and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
               for c in verb.children)


def _be_to(be) -> bool:
    """"is to return": "be" with a to-infinitive, whose subject is a name or a person ("The Duchess
    is to return"), not a way or an act ("Watching him is to take part", "the ideal way is to …")."""
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subject is None or not _to_infinitive(be):
        return False
    return subject.pos_ == "PROPN" or subject.lower_ in ("i", "we", "you", "he", "she", "they")


def _under_past(verb, past_at) -> bool:
    """Is `verb`'s clause under a past verb told on an occasion long past, up the chain of clauses
    ("once told …, saying “I will …”")?"""
    governor, steps, occasion = _governor(verb), 0, past_at(verb)
    while governor is not None and steps < 3:
        occasion = occasion or past_at(governor)
        if _past(governor):
            return occasion
        governor, steps = _governor(governor), steps + 1
    return False


def _past_occasion(verb, published: date | None) -> bool:
    """Is `verb` placed on an occasion long past by what its own clause holds ("At the time, he
    said", "In October 2014, she told", "once told")? What hangs in a clause of its own does not
    count ("said the deal, once approved, would …"), nor what the verb's coordinated clause holds
    ("raised rates last month and said …") unless it stands before that clause, over both ("At the
    time, the victim was away but a contractor told him …")."""
    own = _own_clause(verb)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        first = verb.head
        start = min([c.i for c in first.children if c.dep_ in ("nsubj", "nsubjpass")] + [first.i])
        for c in first.children:
            if c.i < start and c.dep_ in ("prep", "npadvmod", "advmod"):
                own += [c] + _own_clause(c)
    own = sorted(own, key=lambda t: t.i)
    text = "".join(t.text_with_ws if i + 1 < len(own) and own[i + 1].i == t.i + 1 else t.text + " " for i, t in enumerate(own))
    if _PAST_OCCASION_RE.search(text):
        return True
    if published is not None and any(int(y) < published.year for y in _YEAR_RE.findall(text)):
        return True
    return any(_occasion_adverb(t, verb) for t in own)


def _own_clause(verb) -> list:
    """The words of `verb`'s own clause: its dependents, down to where a clause of their own opens."""
    words, stack = [], [c for c in verb.children]
    while stack:
        token = stack.pop()
        if token.dep_ in _CLAUSE_DEPS or token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            continue
        words.append(token)
        stack.extend(token.children)
    return words


def _occasion_adverb(token, verb) -> bool:
    """"once" on the verb of a finite clause ("She once told"), not the conjunction ("once
    approved"); "then" of a time then ("back then", "the then minister", "said then that …"), not of
    sequence ("would then expand", "then said") nor of a time to come ("by then", "until then")."""
    if token.lower_ == "once":
        return token.dep_ == "advmod" and token.head == verb and _finite(verb)
    if token.lower_ == "then":
        if any(c.lower_ == "back" for c in token.children):
            return True
        if token.head.pos_ in ("VERB", "AUX"):
            return token.head.tag_ in _PAST_TAGS and token.i > token.head.i
        return token.head.lower_ not in ("by", "until", "till", "from")
    return False


def _finite(verb) -> bool:
    """A verb that carries its clause's tense, or has an auxiliary that does ("vowed", "is planning",
    "has pledged"), not a participle that describes ("many calling for …")."""
    return verb.tag_ in ("VBZ", "VBP", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _unreal(verb) -> bool:
    """"would" with an if-clause in the past: what is not so ("if I were …, they would hire me")."""
    return any(c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children if m.dep_ == "mark") and _past(c)
               for c in verb.children)


def _perfect_or_already(modal) -> bool:
    """"could have been avoided", "should have known": the modal's verb has "have" after the modal; or
    "may already walk less", "could already be": a guess about what is so by now, not what is to come."""
    return any((c.lower_ in ("have", "'ve", "’ve") and c.dep_ == "aux" or c.lower_ == "already" and c.dep_ == "advmod") and c.i > modal.i
               for c in modal.head.children)


def _habit(modal) -> bool:
    """"As Swift would say", "he will often say": a habit or a way of putting it. A past habit
    ("Every summer the family would visit", "Often he would call", "whenever it rained, they
    would …") looks back."""
    head = modal.head
    if any(c.dep_ == "advmod" and c.lower_ in _HABIT and c.i > modal.i for c in head.children):
        return True
    if modal.lower_ not in ("would", "'d", "’d"):
        return False
    return head.lemma_ in ("say", "tell", "call", "describe", "recall", "joke") or _past_habit(head)


def _past_habit(verb) -> bool:
    """A habit adverbial on the clause of "would": a frequency adverb, "every"/"each" with a time
    noun ("every summer", "each week"), a "whenever" clause, or a coordinated "used to"."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _HABIT:
            return True
        if c.dep_ in ("npadvmod", "prep") and any(
                t.lower_ in ("every", "each") and t.dep_ == "det" and t.head.lower_ in _TIME_NOUNS for t in c.subtree):
            return True
        if c.dep_ == "advcl" and any(m.lower_ == "whenever" and m.dep_ in ("mark", "advmod") for m in c.children):
            return True
    return verb.dep_ == "conj" and verb.head.lemma_ == "use" and any(c.dep_ == "xcomp" for c in verb.head.children)


def _named_will(modal) -> bool:
    return modal.text == "Will" and modal.i > modal.sent.start  # "Will Smith", a title


def _past(verb) -> bool:
    """Is the finite verb of `verb`'s clause in the past tense ("said", "was set", "had planned")?"""
    if verb is None:
        return False
    if verb.tag_ in _PAST_TAGS:
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return any(a.lower_ in _PAST_MODALS for a in auxes)
    if any(a.tag_ in _PAST_TAGS for a in auxes):
        return True
    if verb.tag_ in ("VBN", "VBG", "VB", "JJ") and not auxes and verb.dep_ in ("acomp", "xcomp", "oprd", "attr"):
        return _past(verb.head)  # "was set to", "were likely to", "seemed ready to"
    return False


def _clause_verb(token):
    """The verb of the clause `token` stands in."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _governor(verb):
    """The verb the clause of `verb` depends on (through a noun: "fears the talks would …" → the verb
    the noun hangs on), or None for a main clause or no verb. A clause that ends on its own full stop before
    that verb is a sentence of its own, which a parse kept to one sentence hung on the next one
    ("Adrian couldn't hide his emotions. 'Now you've become a man,' Daniel sang."): None."""
    token = verb
    while token is not None and token.head.i != token.i:
        if token.dep_ in ("conj",) and token.head.pos_ in ("VERB", "AUX"):
            token = token.head  # a coordinated clause shares its first clause's governor
            continue
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            if token.i > verb.i and any(t.text == "." for t in verb.doc[verb.i + 1 : token.i]):
                return None
            return token
    return None


def _to_only(token) -> bool:
    """Does `token` take a to-infinitive ("set to sell", "set to be unveiled")?"""
    return any(c.dep_ == "xcomp" and c.i > token.i for c in token.children)


def _to_or_clause(token) -> bool:
    """Does `token` take a to-infinitive, a clause, or "of"/"for" with what it is about?"""
    for c in token.children:
        if c.dep_ in ("xcomp", "ccomp") and c.i > token.i:
            return True
        if c.dep_ == "dobj" and token.lemma_ in _EXPECT:
            return True  # "we expect one in early 2024"
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "on") and token.lemma_ in _COMMIT:
            return True
    return False


def _ahead_in_tense(token, past_at, *, commits: bool) -> bool:
    """An intention, warning or predicate of what comes: ahead in the present; in the past, a
    commitment or warning said in the main clause, or one reported (`_reported`); never in the
    past perfect ("said the men had planned to rob")."""
    verb = token if token.pos_ in ("VERB", "AUX") else _clause_verb(token)
    if not _past(verb):
        return not _past(_governor(verb)) or _reported(verb, past_at)
    if past_at(verb) or _past_perfect_or_already(verb):
        return False
    if commits and _governor(verb) is None:
        return True  # "vowed to appeal", "warned that prices would rise"
    return _reported(verb, past_at)


def _past_perfect_or_already(verb) -> bool:
    """"had planned", "had been set", "had been working": "had" with a participle, past even when
    reported."""
    if verb.dep_ in ("acomp", "oprd") and verb.head.pos_ in ("VERB", "AUX"):
        return _past_perfect_or_already(verb.head)
    return any(a.dep_ in ("aux", "auxpass") and a.lemma_ == "have" and a.tag_ == "VBD" for a in verb.children)


def _would_ahead(verb, past_at) -> bool:
    """"would"/"could" on `verb`: conditional or still to come under a present or no governor, and
    under a past one only as reported speech, expectation or intention on no past occasion."""
    if _past_narration(verb):
        return False
    governor = _governor(verb)
    if governor is None:
        return not past_at(verb) and not _past_inability(verb)
    if not _past(governor) and not any(a.lower_ in _PAST_MODALS for a in governor.children if a.dep_ == "aux"):
        return True
    return _reported(verb, past_at)


def _before_a_past(telling) -> bool:
    """Is the telling itself in the past perfect, or told in a clause under one ("had been working
    as No 2 when the manager announced he would …"): set before a past, what it said to come is past."""
    verb, steps = telling, 0
    while verb is not None and steps < 3:
        if _past_perfect_or_already(verb):
            return True
        verb, steps = _governor(verb), steps + 1
    return False


def _past_narration(verb) -> bool:
    """"could" coordinated with a past verb: past ability ("signed the note …, but could not
    confirm …")."""
    return verb.dep_ == "conj" and verb.head.tag_ in _PAST_TAGS


def _past_inability(verb) -> bool:
    """"could not" in a main clause, told as what happened ("Firefighters could not save the
    building", "He could not be reached for comment"), unless a condition in the present makes it
    what may come ("could not open if the permit is refused")."""
    could = any(a.dep_ == "aux" and a.lower_ == "could" for a in verb.children)
    negated = any(c.dep_ == "neg" for c in verb.children)
    conditional = any(c.dep_ == "advcl" and not _past(c) and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "until") for m in c.children)
                      for c in verb.children)
    return could and negated and not conditional


def _reported(verb, past_at) -> bool:
    """Is `verb`'s clause what a past verb of speech, expectation or intention reports, on no past
    occasion? Looked for up the chain of clauses ("quoted him as saying it would")."""
    if past_at(verb) or verb.dep_ in ("relcl", "acl", "advcl"):
        return False
    governor = _governor(verb)
    steps = 0
    while governor is not None and steps < 3:
        if past_at(governor):
            return False
        if governor.lemma_ in _REPORTING | _INTENT:
            return not _before_a_past(governor)
        if governor.tag_ in _PAST_TAGS or _past(governor) and governor.lemma_ not in ("be",):
            return False
        governor, steps = _governor(governor), steps + 1
    return False
