"""Dates in sentences: the date expressions a pattern finds in a sentence's text, which of them
`dates.resolve_date` can place, and whether each one's event lies ahead of publication or behind,
read from the parse where the sentence was parsed (`_clause_tense`) and from the words where it
was only skimmed (`_skim_tense`)."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .. import dates
from ..segment import filed_on
from ..text import STOPWORDS
from ._common import ATTRIBUTION, BOUND, COMPARISON, DATELINE, EVENT, REPORTING, SPEECH_VERB_FORMS, SPEECH_VERBS, DatedMention, _Skim

# Date expressions `dates.resolve_date` can place, found in the text of every sentence (the entity
# recogniser reads only a few): day and month names (capitalised, whole words), day numbers and
# years with them, today and its neighbours, "last/next week", "two years ago", seasons, decades,
# years, and what counts from an earlier date ("the next day", "four years later"). A month or a
# season named alone is kept only in a date's context (`_in_date_context`).
_MONTH = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?![\d%])"
_YEAR = r"(?<![/.])(?<!\d[-–])(?:1[6-9]|20)\d\d(?![\d%]|s\b|[-–/]\d|[A-Za-z]|\s\d{3}[\s-]\d)"  # neither end of "1990-1994", "2001–2007", "2022/23"
# (nor the first group of a phone number, "1800 555 012": digits in groups; "In 2019 120 workers" is a year and a count)
_QUALIFIER = r"(?:(?:[Ll]ast|[Nn]ext|[Tt]his(?: past| coming)?|[Cc]oming|[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?"
_RELATIVE_YEAR = r"(?:last|next|this)\s+year\b"
_CALENDAR = (
    rf"(?:{_DAY}(?:\s*[-–]\s*{_DAY})?\s+(?:of\s+)?)?{_MONTH}(?:\s+{_DAY}(?:\s*(?:-|–|to)\s*{_DAY})?|\s+the\s+\d{{1,2}}(?:st|nd|rd|th)\b)?"  # "March the 3rd"
    rf"(?:,?\s+(?:of\s+)?(?:{_YEAR}|{_RELATIVE_YEAR}))?"
)
_SEASON = rf"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)\b(?:,?\s+(?:of\s+)?(?:{_YEAR}|{_RELATIVE_YEAR}))?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\b)\b(?:\s+(?:of\s+)?(?:last|next|this)\s+week\b)?"
# "Monday night, Oct. 27": a part of the day between a weekday and its date (a day and a month, not a month alone).
_DAYPART_THEN_DAY = rf"\s+(?:morning|afternoon|evening|night),?\s+(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH})(?:,?\s+{_YEAR})?"
_HOLIDAY = (
    r"(?:Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Halloween|Valentine['’]s\s+Day"
    r"|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday"
    r"|Memorial\s+Day|Labor\s+Day|Columbus\s+Day|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|Juneteenth"
    r"|Veterans\s+Day|St\.?\s+Patrick['’]s\s+Day|Father['’]s\s+Day|(?:Martin\s+Luther\s+King\s+Jr\.?|MLK)\s+Day"
    r"|Presidents['’]?\s+Day|Remembrance\s+Sunday|Armistice\s+Day|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Hogmanay)\b"  # not "Eastern"
)
_HOLIDAY_RE = re.compile(_HOLIDAY + r"$")
# A weekday counted within a month, after "the": "the first Friday of October", "the last Monday in May 2026"
# (not "won last Thursday in May's elections", "for a second Monday in March": a day gone by, another one).
_ORDINAL_WEEKDAY = (
    r"(?P<ordinal>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"\s+(?:of|in)\s+(?P<month>{_MONTH}(?:,?\s+{_YEAR})?)"
)
_ORDINAL_WEEKDAY_RE = re.compile(_ORDINAL_WEEKDAY)
# A count opens its own word: not the "500" of "1,500", the "5" of "1.5" or the "five" of "thirty-five" (read whole).
_COUNT = (
    r"(?<![\d,.-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|a\s+hundred|[1-9]\d{0,2})"
)
_DATE_RE = re.compile(
    # the lookahead lets the search skip, in C, words that cannot open a date ("in", "he", "by", ...)
    r"(?=[0-9A-Zlntcemypaofsw'’])"
    rf"(?:(?<=\b[Tt]he )\b{_ORDINAL_WEEKDAY}|\b{_QUALIFIER}(?:{_WEEKDAY}(?:,?\s+(?:{_CALENDAR})|{_DAYPART_THEN_DAY})?"
    rf"|(?:{_DAY}\s+(?:of\s+)?)?{_MONTH}(?:\s+{_DAY},?)?\s+(?:of\s+(?:that|the\s+(?:same|following|next|previous|prior))|that)\s+year\b(?![-'’])"  # "in October of that year", "on 16 March that year"
    rf"|{_CALENDAR}"
    rf"|{_SEASON}"
    r"|(?:1[6-9]|20)\d0s\b|(?<=the )(?:1[6-9]|20)\d0['’]s\b"
    r"|(?i:today|tonight|yesterday|tomorrow)(?![\w-])|(?i:last|this)\s+(?:night|morning|afternoon|evening)\b"
    rf"|{_HOLIDAY}(?:,?\s+(?:{_YEAR}|{_RELATIVE_YEAR})|\s+that\s+year\b(?![-'’]))?"
    r"|\d{4}-\d\d-\d\d(?![\d-])|(?<![\d/])\d{1,2}/\d{1,2}/\d{4}(?![\d/])"
    r"|(?i:this\s+time\s+(?:last|next)\s+year)\b(?!['’]s\b)"  # the time of year a year off: before "last year" alone
    r"|(?i:(?:last|next|this|past|coming)\s+(?:week|month|year|weekend)|(?:earlier|later)\s+this\s+(?:week|month|year))\b"
    r"|(?i:the\s+(?:end|start|beginning|middle)\s+of\s+the\s+(?:year|month))\b|(?i:the\s+new\s+year)\b(?!['’])"
    rf"|(?i:{_COUNT}\s+(?:days?|weeks?|months?|years?|decades?)\s+ago(?:\s+today|\s+this\s+month)?)\b"
    r"|(?i:(?<![\d,.-])(?:a|an|one|two|three|four|[1-9]\d?)\s+(?:days?|weeks?)\s+from\s+(?:now|today|tomorrow|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))\b"
    rf"|(?i:the\s+(?:same|following|next|previous|prior)\s+(?:day|month|year)|(?:that|the\s+(?:following|next|previous))\s+(?:spring|summer|autumn|fall|winter)"
    r"|the\s+(?:following|next|previous)\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    rf"|that\s+(?:day|month|year)|{_COUNT}\s+(?:days?|months?|years?|decades?)\s+(?:later|earlier))\b"
    r"|(?<![\d/.])(?<!\d[-–])(?:1[6-9]|20)\d\d[-–/](?:(?:1[6-9]|20)\d\d|\d\d)(?![\d%]|[-–/]\d)|FY\s?(?:20)?\d\d\b"  # "the 2019-20 season", "FY2024"
    rf"|{_YEAR})"
    r"|(?<![\w'’])['’]\d0s\b)"  # "the '90s"
)
# Words before a month or season named alone that make it a date: "in March", "by June", "since
# the autumn"; and, for months other than May and March (also a verb and a name), an article
# ("a February deadline"; "its September launch" is a habit, "its typical September launch" too).
_DATE_PREPOSITIONS = frozenset(
    "in on by since until till from through throughout to during before after of between and or around for "
    "over into come early late mid last next this that".split()
)
_DETERMINERS = frozenset("the a an".split())
# Months that are also given names or surnames: their possessive is most often a person's ("April's sister", "March's lawyer").
_MONTHS_AS_NAMES = frozenset(month.capitalize() for month in dates.MONTHS_AS_NAMES)
# Words that, after "the" or a preposition, make a weekday named alone a day of a week the text set
# out elsewhere ("on that Friday", "the following Saturday"; also "on the Saturday"): no value on its own.
_ANAPHORIC_WORDS = frozenset("that following previous same".split())
# Words after which "fall" or "spring" is a verb ("to fall this year", "could spring back next year").
_BEFORE_A_VERB = frozenset("to will would could can may might should must not also did does do n't never".split())
# A verb of moving a date, before "to": what follows is the new date ("was delayed to spring", "pushed back to fall").
_MOVED_TO_RE = re.compile(r"(?i)\b(?:delay|postpon|push|mov|brought|bring|put|shift|reschedul)(?:e|es|ed|ing|s)?(?:\s+(?:back|forward|off|out))?\s+to(?:\s+the)?\s*$")
_SEASON_PREPOSITIONS = frozenset("in by since until till through throughout during before after from over".split())
# Words before a weekday name that make a day of a year, not of the week before or after
# publication ("Good Friday" and "Easter Sunday" the date pattern reads as holidays).
_HOLIDAY_WORDS = frozenset("black ash super cyber palm holy bloody giving maundy shrove".split())
# The recogniser's labels for names: a date word inside one is part of a name ("Consumer Rights Act 2015").
_NAME_LABELS = frozenset("PERSON ORG LAW WORK_OF_ART PRODUCT FAC GPE LOC NORP".split())


# A sentence without a verb to read the side from (a heading, a list, a schedule): a date whose
# value depends on the side is left without one.
UNSURE = "unsure"
# A future seen from a past moment ("said he would resign on Jan. 5", "has been moved to June 3"): a
# weekday still points forward (from the saying's day where the sentence gives it), a month or a day of
# one may lie on either side of publication: the one ahead, unless the one behind is much nearer.
REPORTED = "reported"
# A timetable told in the past ("the match was scheduled for Saturday", "was due to appear in court on
# Monday"): news tells a plan in the past when its day has come or the plan changed, so a weekday is
# the nearest; a month as REPORTED.
WAS_DUE = "was due"
# An act a past order or request asked for ("was ordered to close in the spring", "urged voters to
# register by October"): after the order, which may lie months back, so on either side of
# publication: as REPORTED, but a season is the nearer one.
ORDERED = "ordered"
# A present tense whose only cue of a caption is a scene's place ("A rescue worker searches the rubble in Turkey on
# Monday"; "The band performs in Manchester on Saturday" is as often a preview): the weekday is the day just gone where it
# is publication's day or the day before, as captions run, else the one ahead, a timetable's.
SCENE = "scene"
# A skimmed clause whose words tell neither side ("They play Sweden on Wednesday", "with the final
# on Saturday"): a weekday is the much nearer one where there is one, else the last one.
UNTOLD = "untold"


def _clause_tense(span, *, heading: bool = False) -> bool | str | None:
    """Whether the event a date places lies ahead (True), behind (False), or cannot tell (None),
    read from the verb that governs the date: the first finite verb above it, climbing through
    infinitives, participles and the nouns between ("was the first to join, committing on April 7"
    is past; "is set to take place on Friday", "plans to visit on Monday" look ahead). Only that
    verb's own words count: in "said on Wednesday that talks would continue" the date is the
    saying's; a participle on its own ("launched in September,") is past. A present tense of a
    verb of timetables with the date on it schedules ("voters head to the polls in November", "the
    Eagles face the Cowboys on Sunday"), and so does one with a weekday on its own verb ("Drivers walk out on
    Thursday": news tells what is done in the past tense); otherwise it leaves the side open: the nearest occurrence
    (`dates.NEAREST`; "the picture after Thursday's game", "with a victory Sunday"). In a heading
    a present tense reports."""
    tense = _verb_tense(span)
    planned = tense == PLANNED  # a heading's or a list's shorthand for a plan ("Union to strike on Friday", `_heading_shorthand`): ahead
    tense = "future" if planned else tense
    if heading and not planned and tense in ("present", "future") and not dates.is_future_tense(span.sent.text):
        return None
    if tense in ("future", REPORTED, WAS_DUE) and _names_a_thing(span):  # "expected within weeks of an October news conference"
        return dates.NEAREST
    if tense == "present":
        return dates.NEAREST
    if tense in (UNSURE, SCENE, REPORTED, ORDERED, WAS_DUE, BOUND_AFTER_ACT):
        return tense
    return {"future": True, "past": False}.get(tense)


# A past clause that bounds a state up to a day after its act ("voted to table the proposal until its April 9 meeting",
# "closed the road until March 3"): the day lies after the act, on either side of publication; the one behind unless the
# one ahead is much nearer (`_clearly_nearer`), since news tells a day gone by of the clause's own year without one.
PLANNED = "planned"  # `_verb_tense`'s reading of a heading's "to" for "is to" ("Union to strike on Friday"): ahead
BOUND_AFTER_ACT = "bound after act"  # a reading of the clause (unlike the role BOUND, what a date is in its sentence)
_CONDITIONAL_MARKS = frozenset(("if", "unless"))
_LIKELIHOOD_WORDS = frozenset("likely unlikely probable improbable possible impossible".split())  # "was unlikely before July 7", "a deal was possible before the summer"
_UNLIKELIHOOD_WORDS = frozenset("unlikely improbable impossible".split())
_ABILITY_WORDS = frozenset(("possible", "impossible"))
_DELIBERATION_VERBS = frozenset("consider contemplate weigh mull debate explore".split())  # + a gerund: "considering suspending"
_FORESEEING_VERBS = frozenset("expect forecast predict project anticipate".split())  # passive + a date: "was expected from Saturday"
_BOUND_PREPOSITIONS = frozenset(("until", "till"))
_RANGE_BOUNDS = frozenset("after before by from until till since through".split())  # "filed on or after Feb. 23"


def _conditional_tense(verb, auxiliaries, nominal: bool, gerund: bool = False) -> str | None:
    """The side of a date in a condition (an adverbial clause opened by "if" or "unless"), or None: in the present
    tense it lies ahead ("if he is confirmed out of committee on Tuesday"), unless it dates a thing the condition
    is about ("if Tuesday's vote is any guide"); in a past tense on a clause of "would", "could" or "might", it is
    a future seen from the saying ("would consider legal action if the agency did not respond by the end of
    January", "unless the board extended the December 31 deadline"). Not "as if", nor a past perfect, nor a past
    condition of a past counterfactual ("if Hale was there on Friday, he would have seen the fire"), nor a date reached
    through a gerund (`gerund`: "if the players are still upset about losing on Saturday" is about a thing done)."""
    if verb.dep_ != "advcl" or any(a.lemma_.lower() == "have" for a in auxiliaries):
        return None
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS]
    if not marks or (marks[0].i > 0 and marks[0].nbor(-1).lower_ == "as"):
        return None
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
        return None if nominal or gerund else "future"
    past = verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)
    head_auxiliaries = [c for c in verb.head.children if c.dep_ == "aux"]
    if verb.tag_ == "VBN" and not auxiliaries and not nominal and not any(c.dep_.startswith("nsubj") for c in verb.children):
        # a condition cut short ("would take effect Dec. 5 if approved by voters on Nov. 5", "if confirmed on Tuesday, she
        # will ..."): no tense of its own, the tense of the clause it conditions: a future ahead, a "would" as a future told
        modal = next((c for c in head_auxiliaries if c.tag_ == "MD"), None)
        if modal is not None and not any(c.lemma_.lower() == "have" for c in head_auxiliaries):
            return REPORTED if modal.lower_ in ("would", "could", "might", "'d") else "future"
        if verb.head.tag_ in ("VBZ", "VBP") or (verb.head.tag_ == "VB" and not any(c.dep_ in ("nsubj", "aux") for c in verb.head.children)):
            return "future"  # "The rule takes effect in May if approved on Nov. 5"; a list's "- Take effect Jan. 1 if approved on Nov. 5"
        return None
    would = any(c.lower_ in ("would", "could", "might", "'d") for c in head_auxiliaries)
    counterfactual = any(c.lemma_.lower() == "have" for c in head_auxiliaries)  # "he would have seen the fire": past
    return REPORTED if past and would and not counterfactual else None


def _likelihood_tense(verb, chain) -> str | None:
    """For a date that bounds a likelihood told with "be" ("floor action was unlikely before the week of July 7", "a deal
    is likely by Friday"): a prediction, whose day lies after it (REPORTED in the past tense, ahead in the present);
    None for anything else (the likelihood's other dates, "after the Independence Day recess", keep their reading). The
    bound follows the likelihood word: one set before it ("By Friday, investigators were …") tells when a state held; and
    "until" bounds a prediction only under a denial ("unlikely until next week"): "A deal was likely until Monday" tells
    a likelihood that ended. A belief ("were certain the fire had been set") predicts nothing."""
    if verb.lemma_.lower() != "be":
        return None
    word = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _LIKELIHOOD_WORDS), None)
    if word is None:
        return None
    denied = word.lower_ in _UNLIKELIHOOD_WORDS or any(c.dep_ == "neg" for c in (*verb.children, *word.children))
    # "(im)possible" tells what could be done, a state that "until" bounds ("Bus services were impossible until Monday":
    # it ended then), not a prediction
    bounds = ("before", "by", "until", "till") if denied and word.lower_ not in _ABILITY_WORDS else ("before", "by")
    if not any(t.dep_ == "prep" and t.lower_ in bounds and t.i > word.i for t in chain):
        return None
    if verb.tag_ == "VBD":
        return REPORTED
    return "future" if verb.tag_ in ("VBZ", "VBP") else None


def _foreseen_on(verb, auxiliaries, chain, nominal: bool) -> bool:
    """Whether a date hangs straight on a passive of foreseeing, with no agent and no infinitive ("a drier spell was
    expected from Saturday", "snow was forecast for Tuesday"): the day of what was foreseen, after the foreseeing."""
    return (
        not nominal
        and verb.lemma_.lower() in _FORESEEING_VERBS
        and any(a.dep_ == "auxpass" for a in auxiliaries)
        and not any(c.dep_ in ("xcomp", "agent", "ccomp") for c in verb.children)
    )


def _bound_after_act(span, chain, verb) -> bool:
    """Whether a date in a past clause is the bound "until" or "till" sets to what the act left in place ("voted to table
    the proposal until its April 9 meeting", "closed the road until March 3", "was suspended until June"), directly or
    through the thing it names: a day after the act. An act leaves a thing in place: the verb has an object or is a
    passive; a state told to its end has none ("served as interim chief until April", "Until Tuesday, Marsh was poised
    to …": a bound set before the verb tells when a state ended), and "not … until" tells when the act happened
    ("was not found until Tuesday")."""
    bounds = [t for t in chain if t.lower_ in _BOUND_PREPOSITIONS and t.dep_ == "prep" and t not in span]
    if not bounds or any(t.i < verb.i for t in bounds) or any(c.dep_ == "neg" for c in verb.children):
        return False
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    # an object, a passive's subject, or the object the parser hung on a particle ("sealed off the street")
    return any(c.dep_ in ("dobj", "auxpass") or (c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children)) for t in verbs for c in t.children)


def _restricts_a_later_thing(participle, chain) -> bool:
    """Whether a past participle without commas restricts, by a bound, a noun of a clause that looks ahead
    ("applications filed on or after Feb. 23 will be accepted", "tickets bought before Friday can be refunded"): it
    tells which things, a range that may run on either side of publication; not one set off by commas ("The class
    action, launched in September,"), and not one on a day ("Votes cast on Saturday will be recounted": done)."""
    if not any(t.dep_ == "prep" and t.lower_ in _RANGE_BOUNDS for t in chain):
        return False
    noun = participle.head
    if participle.i == 0 or participle.doc[participle.i - 1].text in (",", "—", "–", "(") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj") and any(a.tag_ == "MD" and a.lower_ not in ("would", "could", "might") for a in auxiliaries)


def _bounds_a_state(verb, chain, nominal: bool) -> bool:
    """Whether a date of a clause in the present (or of "can") is the end "until" or "till" sets, after the verb, to a
    state that holds now ("The bridge remains closed until March", "cannot sell the drug until August", "is not allowed
    to go home until October"): that end lies ahead. Not a bound set before the verb ("Until August, the plant employs
    400": when a state ended), nor the day of a thing ("stays in custody until his trial in March")."""
    return not nominal and any(t.dep_ == "prep" and t.lower_ in _BOUND_PREPOSITIONS and t.i > verb.i for t in chain)


# The words after a noun that tell it as yet to happen: "(in Albi) still to come", "still to play" (no clause between);
# not a passive, an act still to be done on a thing that may be gone by ("Saturday's postal votes still to be counted").
_STILL_TO_COME_RE = re.compile(r"[^,;:.!?—()]{0,40}?\b(?:still|yet)\s+to\s+(?!be\b)[a-z]+")


def _counted_span_in(chain) -> bool:
    """Whether the words from a date up to its verb pass through a counted span of time after "over", "for" or "during"
    ("over the 12 months from October", "for two years from January"): a stretch the clause's act covers."""
    return any(
        t.dep_ == "pobj" and t.lemma_.lower() in _SPANS and t.head.lower_ in ("over", "for", "during")
        and any(c.dep_ == "nummod" or c.lower_ in ("next", "coming", "following") for c in t.children)
        for t in chain
    )


def _still_to_come(noun, span) -> bool:
    """Whether the noun a date belongs to ("Thursday's time trial", "the vote on Friday") is told as yet to happen by an
    infinitive of its own with no subject ("with Thursday's time trial still to come", "Sunday's final, yet to
    start"): its day lies ahead. Only the noun that holds the date, and not an infinitive the date is in ("the first
    woman to win on Sunday"), nor a passive one: an act on the thing, which may be gone by ("with Saturday's postal
    votes still to be counted")."""
    holder = span.root.head
    if holder.dep_ == "prep" and holder.head.pos_ in ("NOUN", "PROPN"):
        holder = holder.head  # "the vote on Friday"
    if noun.i != holder.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":  # "with Thursday's time trial still to come", whatever the parser hung the infinitive on
        after = noun.doc.text[noun.idx + len(noun.text) : noun.sent.end_char]
        if _STILL_TO_COME_RE.match(after):
            return True
    return any(
        c.dep_ in ("relcl", "acl") and c.i > noun.i and span.root not in c.subtree
        and any(g.tag_ == "TO" for g in c.children) and not any(g.dep_.startswith("nsubj") or g.dep_ == "auxpass" for g in c.children)
        and any(g.lower_ in ("still", "yet") for g in noun.doc[max(noun.i + 1, c.i - 3) : c.i])  # "still to come", "yet to start"
        for c in noun.children
    )


def _told_in_past_perfect(verb) -> bool:
    """Whether the verb that reports a clause of "would" is in the past perfect ("had promised residents that supply would
    be restored by Sunday", "had said he would resign on Friday"): the promise is told as overtaken by a later past, so a
    weekday's day may have come: as a timetable told in the past (WAS_DUE), the nearest, not the one ahead. Not where the
    report gives its own day ("had said on Tuesday that Smith would return on Monday"): the promised day follows that one."""
    reporting = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return (
        reporting is not None and reporting.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in reporting.children)
        and not any(c.dep_ in ("prep", "npadvmod", "advmod") and any(t.ent_type_ == "DATE" for t in c.subtree) for c in reporting.children)
    )


_DEFINITE_DETERMINERS = frozenset("the this that these those".split())


def _restricts_a_thing_ahead(participle, span) -> bool:
    """Whether a past participle without commas, with a month or a day of one on it, restricts a noun of a clause that
    looks ahead ("would match every dollar raised at a skate-a-thon on Feb. 10", "Ballots cast on Nov. 5 will be counted
    by hand"): a participle has no tense of its own, and what it tells of the thing may lie on either side of publication;
    not a weekday ("Votes cast on Saturday will be recounted": news names the week's days gone by), not one set off by
    commas ("The class action, launched in September, will go to trial": done), not in a clause told in the past, and
    not a noun told as known things, with a definite article, a demonstrative, a possessive or a count ("The 40 homes
    destroyed on July 4 will be rebuilt", "the ferry sunk on July 18 will be raised": those things already are what the
    participle tells, so its day is gone by); only a kind ("every dollar raised", "Ballots cast") may be on either side."""
    noun = participle.head
    if participle.dep_ != "acl" or noun.pos_ not in ("NOUN", "PROPN") or _names_weekday(span) or _MONTH_RE.search(span.text) is None:
        return False
    if any((c.dep_ == "det" and c.lower_ in _DEFINITE_DETERMINERS) or c.dep_ in ("poss", "nummod") for c in noun.children):
        return False
    if participle.i == 0 or participle.doc[participle.i - 1].text in (",", "—", "–", "(") or noun.i > participle.i:
        return False
    tense = _verb_tense(participle.doc[noun.i : noun.i + 1])
    # in the present, a deadline on the participle ("Traders pare bets on a rate cut by February"): the thing may still come
    deadline = span.root.dep_ == "pobj" and span.root.head.lower_ in ("by", "before") and span.root.head.head.i == participle.i
    return tense in ("future", PLANNED, REPORTED, ORDERED) or (tense == "present" and deadline)


def _noun_of_event_before(verb, span) -> bool:
    """Whether a noun of a prepositional phrase on `verb` stands between it and the date ("charging the midfielder over
    his comments on Saturday", "reopening the inquiry into the collapse in March"): the date may be that noun's, whatever
    the parser hung it on."""
    return any(t.dep_ == "pobj" and t.pos_ == "NOUN" and verb.i < t.i < span.start for t in verb.subtree)


def _when_it_happened(span) -> bool:
    """Whether a relative clause of "when" in a simple past tells what happened on the date ("until Monday, when talks
    collapsed", "in January, when the bank published its outlook"): the day is behind."""
    return any(
        c.dep_ == "relcl" and c.tag_ == "VBD" and any(g.dep_ == "advmod" and g.lower_ == "when" for g in c.children)
        and not any(g.dep_ == "aux" for g in c.children)
        for t in span for c in t.children
    )


def _names_a_thing(span) -> bool:
    """Whether a month or a day of one is a modifier of a noun ("an October news conference", "the
    July 25 call"): the thing may lie on either side of publication whatever the clause's tense."""
    root = span.root
    return (
        root.dep_ in ("compound", "nmod")
        and root.head.pos_ == "NOUN"
        and root.head not in span
        and root.head.lemma_.lower() not in _TIME_NOUNS
        and _MONTH_RE.search(span.text) is not None
    )


def _on_a_reported_subject(span) -> bool:
    """Whether the parse hangs a date, through its preposition, on the subject of what a speech verb
    reports ("said crossings on Saturday had been cancelled"): not the saying's day."""
    holder = span.root.head
    if span.root.dep_ == "pobj":
        holder = holder.head
    return holder.dep_ in ("nsubj", "nsubjpass") and holder.head.dep_ == "ccomp" and holder.head.head.lemma_.lower() in SPEECH_VERBS


def _reported_subject_tense(span) -> str | None:
    """For a weekday that is the subject of what a past speech verb reports ("said Saturday was shaping
    up as the next real test", "told reporters Monday had been the worst day"): the saying's past tense
    shifted the clause's back, so a simple or progressive past there is the saying's present, the
    nearest such day ("present"), and a past perfect is past; None for any other span."""
    token = span.root
    verb = token.head
    if not _names_weekday(span) or token.dep_ not in ("nsubj", "nsubjpass") or verb.i < token.i or verb.dep_ != "ccomp":
        return None
    saying = verb.head
    if saying.lemma_.lower() not in SPEECH_VERBS or saying.tag_ != "VBD" or saying.i > token.i:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return None
    if any(a.lemma_.lower() == "have" for a in auxiliaries):
        return "past"
    return "present" if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries) else None


def _verb_tense(span) -> str | None:
    """'future', 'past', 'present' or None: the tense of the clause that governs `span` (see
    `_clause_tense`); for a sentence without a verb above the date, its future-tense cues, else UNSURE."""
    if (reported := _reported_subject_tense(span)) is not None:  # "said Saturday was shaping up as the next test"
        return reported
    if _when_it_happened(span):  # "A deal was likely until Monday, when talks collapsed": what happened that day is behind
        return "past"
    if _said_before(span.doc.text, span.start_char, span.end_char) and not _on_a_reported_subject(span):  # "told reporters Wednesday the truce would hold"
        return "past"
    token = span.root
    chain = list(span)  # the words from the date up to its finite verb, with their auxiliaries
    if (preposition := _holding_preposition(span)) is not None:
        token = preposition  # "Harbour face Leeds on Friday and host Doncaster …": the date the parser hung on a later noun is the preposition's
        chain.append(token)
    gerund = False  # climbed from a gerund: "is accused of killing a man on Monday" did not happen now
    nominal = False  # the date belongs to a noun ("a victory Sunday"), not straight to the verb
    missed_verb = False  # a present tense the tagger read as a noun or an adjective ("Jazz … returns on Thursday")
    climbed = False  # the date hangs on a participle or an infinitive, not on the finite verb itself
    set_to = False  # climbed from an infinitive
    while True:
        while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            if token.dep_ in _CLAUSE_DEPS and token.pos_ in ("NOUN", "PROPN") and token not in span:
                break  # a clause whose verb the tagger read as a noun ("Forecasters say milder air moves in on Wednesday")
            if token.lower_ in _FALLS_DUE_WORDS and token.pos_ == "ADJ" and not nominal and _falls_due_after_act(token, span):
                return REPORTED  # "raised its dividend, payable April 1", "appointed her COO, effective June 1": after the act
            nominal = nominal or (token.pos_ in ("NOUN", "PROPN", "PRON") and token not in span and token.lemma_.lower() not in _TIME_NOUNS)
            if nominal and _still_to_come(token, span):
                return "future"  # "with Thursday's time trial still to come": what is yet to happen lies ahead
            token = token.head
            chain.append(token)
            chain += [c for c in token.children if c.dep_ == "amod"]  # "the upcoming Friday vote"
        if token.pos_ not in ("VERB", "AUX"):  # a heading or a list: "What next: Sunday, at Tennessee"; "Tuesday: Housing starts"
            if dates.is_future_tense(_words_in_order(_outside_other_clauses(span))):
                return "future"
            if not _missed_present_verb(token):
                if token.dep_ in _CLAUSE_DEPS:  # "Vale face Denton on Sunday, four days after …" ("face" read as a noun): the words tell
                    return UNSURE
                finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span.sent)  # else a verb the parse missed
                return None if finite else UNSURE
            missed_verb = True
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if not auxiliaries and (prefix := _hyphen_prefix(token)) is not None:  # "would be re-assessed": the tokenizer split the verb
            auxiliaries = [a for c in prefix.children if c.dep_ in ("aux", "auxpass") for a in (*(g for g in c.children if g.dep_ == "aux"), c)]
        if (conditional := _conditional_tense(token, auxiliaries, nominal, gerund)) is not None:
            return conditional  # "if he is confirmed … on Tuesday", "would sue if the agency did not respond by January"
        if (likelihood := _likelihood_tense(token, chain)) is not None:
            return likelihood  # "floor action was unlikely before the week of July 7": a prediction, of what lies after it
        if token.dep_ == "ROOT" and any(c.dep_ == "mark" for c in token.children):
            return UNSURE  # a main verb opened by "after" or "because" is a parse gone wrong ("Town host Ashby on Saturday, three weeks after a flood closed their ground"): the words tell
        # a joined verb without a subject or auxiliary of its own, in no tense of its own (not "was injured … and misses")
        shares = token.dep_ == "conj" and token.tag_ != "VBZ" and not auxiliaries and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        told_past = token.tag_ == "VBD" and first.tag_ == "VBD"  # "crashed into a bar and then beat and arrested its owner on Monday": past
        if shares and token.head.tag_ in ("VB", "VBG", "VBN") and not told_past:  # "will begin falling … and spread east", "would be told … and paid": the first verb's form
            token = token.head
            chain.append(token)
            continue
        # "Leeds beat Peterborough … and return to action on Friday": a bare verb joined to one read as
        # past tells that both are present
        present_form = shares and token.tag_ == "VB" and token.head.tag_ == "VBD" and not any(c.tag_ == "TO" for c in token.children)
        # "Voters go to the polls on Thursday": a main verb with a subject and no auxiliary, tagged as a base form, is a present tense
        present_form = present_form or missed_verb or (token.tag_ == "VB" and token.dep_ == "ROOT" and not auxiliaries and any(c.dep_ == "nsubj" for c in token.children))
        chain += [token, *auxiliaries, *(c for c in token.children if c.dep_ in ("neg", "advmod") and c.i < token.i)]
        if any(t.lower_ == "since" for t in chain):
            return "past"
        # a thing the date names, placed after or before what the verb tells: bounded on that side only, so the nearest
        # ("will bounce back after Sunday's defeat", "fans gathered before Saturday's final")
        after_a_thing = nominal and any(t.lower_ in ("after", "following") and t.dep_ == "prep" for t in chain)
        before_a_thing = nominal and any(t.lower_ in ("before", "ahead") and t.dep_ in ("prep", "advmod") for t in chain)
        if dates.is_future_tense(_words_in_order(chain)):
            if after_a_thing:
                return "present"
            verbs = [t for t in chain if t.pos_ in ("AUX", "VERB")]
            if any(t.lower_ in ("would", "'d") for t in verbs):  # "said he would resign on Friday"
                return WAS_DUE if _told_in_past_perfect(token) else REPORTED
            return WAS_DUE if any(t.tag_ == "VBD" for t in verbs) else "future"
        modal = next((a for a in auxiliaries if a.tag_ == "MD"), None)
        perfect = any(a.lemma_.lower() == "have" for a in auxiliaries)
        if modal is not None:  # "could be visible in July" is still to come; "could have happened" did
            if perfect:
                return "past"
            if modal.lower_ in ("can", "ca") and not _names_weekday(span) and not _bounds_a_state(token, chain, nominal):  # "can reach 40C in the summer": a habit
                return "present"
            return "present" if after_a_thing else "future"  # "can comment until Tuesday": a day one can still act on lies ahead
        if token.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries) or (perfect and token.tag_ == "VBN"):
            # "expected a strong December", "warned of cancellations on Monday": what was foreseen lies on either side of now
            foreseen = nominal or any(t.dep_ == "dobj" for t in chain) or any(c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i < span.start for c in token.children)
            foreseen = foreseen or (token.tag_ == "VBG" and any(c.dep_ == "dobj" for c in token.children))  # "was expecting their second child in August"
            foreseen = foreseen or _EARLIEST_BEFORE_RE.search(span.doc.text[max(0, span.start_char - 20) : span.start_char]) is not None  # "expected a vote as soon as Thursday"
            if token.lemma_.lower() in _FORESEE_VERBS | _SETTING_VERBS and foreseen:
                return "present"  # "set a Sept. 8 trial date": what was set lies after the setting, on either side of now
            called_off = token.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children)
            reported = token.dep_ == "ccomp" and token.head.lemma_.lower() in SPEECH_VERBS
            if (token.lemma_.lower() in _CALLING_OFF_VERBS or called_off) and nominal and reported:
                # "said sailings on Saturday had been cancelled": the called-off thing's day, on either side of now (a
                # story's own "Saturday's match was postponed" tells the past)
                return "present"
            if _moved_to(span, token) or _planned_for(span, token):
                return REPORTED  # "has been moved to June 3", "has called a strike for Monday": a day after the act
            if _foreseen_on(token, auxiliaries, chain, nominal):
                return WAS_DUE  # "a drier spell was expected from Saturday": the day of what was foreseen, not of the foreseeing
            if not before_a_thing and not perfect and _bound_after_act(span, chain, token):
                return BOUND_AFTER_ACT  # "voted to table the proposal until its April 9 meeting": up to a day after the act
            present_perfect = perfect and any(a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)
            if not before_a_thing and present_perfect and _bound_after_act(span, chain, token):
                return "future"  # "has issued a warning until Saturday morning": what the act left in place holds now, to a day ahead
            return "present" if before_a_thing else "past"
        if present_form or token.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
            # a weekday on the verb, not a label's ("Monday: The council approves a contract", a chronicle's present)
            weekday = _names_weekday(span) and not (span.end < len(span.doc) and span.doc[span.end].text == ":")
            # "voters head to the polls in November"; with a weekday, also through the verb's object ("faces a vote on Friday")
            on_object = weekday and any(t.dep_ == "dobj" and t.head.i == token.i for t in chain)
            scheduled = (not nominal or on_object) and token.lemma_.lower() in _SCHEDULED_VERBS
            scheduled = scheduled or token.lemma_.lower() in _FORESEE_VERBS | _SCHEDULING  # "campaigners plan a rally on Thursday", "expects a ruling on Friday"
            scheduled = scheduled or token.lemma_.lower() in _WANTING_VERBS  # "needs a win on Saturday", "wants a stopgap through December": still to get
            says = token.lemma_.lower() in SPEECH_VERBS and (not scheduled or any(c.dep_ in ("ccomp", "xcomp") for c in token.children))
            if gerund or says:  # "police say", "announces that": the saying's now; not "the Fed announces its decision on Wednesday"
                return None
            if _bounds_a_state(token, chain, nominal):
                return "future"  # "he's not allowed to go home until October", "the road stays shut until March": a state now, to its end ahead
            if nominal and any(t.lower_ == "after" and any(c.lemma_ in _SPANS and c.dep_ == "npadvmod" for c in t.children) for t in chain):
                return "past"  # "comes days after an attack on Saturday": that long before now
            if not scheduled and any(t.lower_ == "as" and t.nbor().lower_ == "of" for t in span.doc[max(span.start - 2, 0) : span.start]):
                return "past"  # "remains the largest shareholder as of March 20": a state measured at a day gone by
            if _COMPARED_BEFORE_RE.search(span.doc.text, max(0, span.start_char - 60), span.start_char):
                return "past"  # "homes are without power, down from 140,000 on Saturday night": what a figure now is compared with was measured before
            if weekday and not scheduled and _follows_object(token, span):
                return "past"  # "The vote follows a heated debate on Monday": what a present event follows is behind it
            # a weekday on a present tense's own verb is its timetable, a day this week or the next ("Drivers walk out on
            # Thursday", "the exhibition returns on Thursday"): news tells what has happened in the past tense; not where
            # the sentence reads as a caption's or a lede's present about a day gone by (`_present_of_report`)
            reported = weekday and _present_of_report(token)
            timetable = weekday and not nominal and not climbed and _on_the_verb(span, token, preposition) and not reported
            if _one_such_day(span.doc.text, span.start_char, span.end_char):
                return "present"  # "It is just after 5 a.m. on a cold April morning": a scene on one such morning, no timetable
            if reported and token.lemma_.lower() not in _FIXTURE_VERBS:
                if reported == SCENE:
                    return SCENE  # a scene's place alone: a caption's day only if it has just gone
                scheduled = False  # "President Biden signs the bill into law at the White House on Monday": a caption's
            return "future" if scheduled or timetable else "present"
        to_before = any(c.tag_ == "TO" for c in token.children)  # "to join", "to be finished"
        if token.tag_ == "VBN" and token.dep_ == "acl" and any(c.ent_type_ == "DATE" and span.root not in c.subtree for c in token.children):
            token = token.head  # "results for the quarter ended June 30 after the close on Wednesday": that participle is June 30's
            chain.append(token)
            continue
        if token.tag_ == "VBN" and token.dep_ == "acomp" and token.head.lemma_.lower() == "be" and token.head.i < token.i:
            token = token.head  # "would be re-evaluated on Monday" (the tagger split "re-evaluated"): the clause of "be"
            chain.append(token)
            continue
        if _sequence_participle(token):
            token = token.head  # "will be published on May 8, followed by a meeting on June 19": what comes next, in the main clause's time
            chain.append(token)
            continue
        if token.tag_ == "VBN" and token.dep_ == "acl" and not to_before and _restricts_a_later_thing(token, chain):
            return "present"  # "applications filed on or after Feb. 23 will be accepted": which ones, on either side of now
        if token.tag_ == "VBN" and token.dep_ == "acl" and not nominal and _counted_span_in(chain) and (above := next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)) is not None:
            token = above  # "voted to reduce the stock of gilts held in the facility over the 12 months from October": a span of
            chain.append(token)  # time counted from a date is the clause's, whatever noun's participle the parser hung it on
            continue
        if token.tag_ == "VBN" and token.dep_ != "xcomp" and not to_before:  # "The class action, launched in September,"
            if _moved_to(span, token) or _planned_for(span, token):
                return REPORTED  # "The hearing, moved to June 3,", "a medical booked for Friday"
            set_to = set_to or any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in token.children)
            if set_to and token.lemma_.lower() in _SETTING_VERBS and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
                return "future"  # "the freeze, originally set to end in March": what stands set to happen lies ahead
            if token.lemma_.lower() in _SCHEDULING and not nominal:
                return "future"
            if _restricts_a_thing_ahead(token, span):
                return "present"  # "would match every dollar raised at a gala on Feb. 10": which dollars, on either side of now
            return "past"
        if to_before and token.tag_ == "VB" and _plan_of_a_heading(token) and _heading_shorthand(span.sent.text, _after_last_infinitive(span)):
            return PLANNED  # "Union to strike on Friday", "UIL to review …; school board to meet Tuesday": a heading's "is to"
        if token.head.i == token.i:  # an infinitive or participle that nothing governs
            return None
        infinitive = token.tag_ in ("VB", "VBN") and to_before
        if infinitive and token.dep_ in ("acl", "relcl") and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children):
            return REPORTED  # "clearing the way for construction to begin in March": what an act leads to comes after it
        if infinitive and token.dep_ in ("xcomp", "ccomp", "advcl"):
            governor = token.head
            past_perfect = any(a.lemma_.lower() == "have" and a.tag_ == "VBD" for a in governor.children if a.dep_ == "aux")
            if governor.lemma_.lower() in _DIRECTIVE_VERBS:  # "urges older adults to get the vaccine before the winter": after the urging
                # "had called for him to step down at a meeting on Thursday"; not a passive's ("had been asked to have crews
                # ready on Sunday": what they were asked to do, after the asking)
                if past_perfect and (nominal or not any(c.dep_ == "auxpass" for c in governor.children)):
                    return "past"
                ordered_past = governor.tag_ == "VBD" or any(a.tag_ == "VBD" for a in governor.children if a.dep_ in ("aux", "auxpass"))
                return ORDERED if ordered_past else "future"  # "was ordered to close in the spring": after the order, either side of now
            if governor.pos_ == "ADJ" and governor.dep_ == "acomp" and governor.lower_ in _READINESS_WORDS and not nominal:
                be = governor.head  # "said her party was ready to talk from Thursday": an act the state looks to, after it
                if be.tag_ == "VBD" and not any(a.lemma_.lower() == "have" for a in be.children if a.dep_ == "aux"):
                    # in the past, as a timetable told in the past: the day may have come ("said she was ready to vote
                    # the plan down on Monday", at Monday's meeting) or lie ahead ("was ready to talk from Thursday"): the nearest;
                    # not where the sentence goes on to what happened instead ("was keen to play on Saturday, but the
                    # manager left him on the bench"): that day has gone
                    sentence = span.sent
                    return "past" if _overtaken_after(sentence.text[span.end_char - sentence.start_char :]) else WAS_DUE
                if be.tag_ in ("VBZ", "VBP") or (be.tag_ == "VB" and any(a.tag_ == "MD" for a in be.children)):
                    return "future"  # "are ready to resume talks on Monday"
            said_past = governor.tag_ == "VBD" or past_perfect
            lemma = "hope" if governor.lower_ == "hoped" else governor.lemma_.lower()  # the lemmatizer reads "hoped" as "hop"
            if lemma in _COMMITMENT_VERBS and governor.tag_ == "VBG" and governor.dep_ == "advcl" and not nominal:
                return REPORTED  # "agreed to buy Kestrel, expecting to close the deal on March 1": after the act, the one ahead
            if lemma in _COMMITMENT_VERBS and said_past and not nominal:  # "voted to extend vouchers through February": after the vote, before or after now
                intent = lemma in _INTENT_VERBS and _names_weekday(span)
                return REPORTED if intent else "present"  # "hoped to reopen on Tuesday": the Tuesday after the hoping
            if lemma in _COMMITMENT_VERBS and governor.tag_ in ("VBZ", "VBP"):  # "expect the work to be finished by spring"
                return "future"
        if token.tag_ == "VBG" and token.dep_ == "advcl" and (token.lemma_.lower() in _RESULT_VERBS or _succeeds(token.lower_, token.nbor().lower_ if token.i + 1 < len(token.doc) else "")):
            return "present"  # "cleared 50%, forcing a runoff on Dec. 6": what followed, on either side of now
        if token.tag_ == "VBG" and token.dep_ == "xcomp" and token.head.lemma_.lower() in _DELIBERATION_VERBS and not nominal:
            governor = token.head  # "were considering suspending classes on Monday": what is weighed lies after the weighing
            if _noun_of_event_before(token, span):
                return "present"  # "weighing charging the driver over the crash on Saturday": the crash's day, on either side
            if not any(a.lemma_.lower() == "have" for a in governor.children if a.dep_ == "aux"):
                weighed_past = governor.tag_ == "VBD" or any(a.tag_ == "VBD" for a in governor.children if a.dep_ in ("aux", "auxpass"))
                return REPORTED if weighed_past else "future"
        gerund = gerund or token.tag_ == "VBG"
        climbed = True
        set_to = infinitive  # "set to end in March": the participle above governs an infinitive
        token = token.head  # not finite ("committing", "to join", "announced in October,"): its governor's tense
        chain.append(token)


_RANKING_WORDS = frozenset("first last only next".split())
# A heading's plan in words: a few words of its subject, "to", its verb and a few words more before the date
_HEADING_PLAN_RE = re.compile(r"\s*([\w'’.&-]+(?:\s+[\w'’.&-]+){0,3})\s+to\s+(?!be\b)[a-z]+((?:\s+[\w'’-]+){0,4}?)\s+(?:on\s+)?")
_RANKING_RE = re.compile(r"(?i)\b(?:first|last|only|next|most|least|[a-z]+est)\b")  # "First woman to win", "the only team to score"


# A preposition that brings in an event's noun after a plan's verb: "to appear in court over crash on Sunday", "to review
# death of patient on Tuesday", "to trace witnesses to crash on Saturday": the day may be that event's, gone by.
_EVENT_NOUN_AFTER_PLAN_RE = re.compile(r"(?i)\b(?:over|of|after|following|into|about|for|to|against|from|amid)\s+(?:(?:a|an|the|his|her|its|their)\s+)?[a-z]")


def _heading_shorthand(sentence: str, after_verb: str) -> bool:
    """Whether a "to"-infinitive plan (`_plan_of_a_heading`, `_HEADING_PLAN_RE`) can own the date after it: the sentence
    is a heading's or a list's shorthand (no full stop of prose at its end), and no event's noun stands between the verb
    and the date after a preposition ("Man to appear in court over crash on Sunday": the crash's Sunday, or the court's;
    the words do not tell). Not "Union to strike on Friday", "Mayor to sign budget Monday"."""
    own = re.split(r"[;:,]", after_verb)[-1]  # "UIL to review eligibility of …; school board to meet Tuesday": the date's own plan
    return not sentence.rstrip().endswith((".", "!", "?")) and _EVENT_NOUN_AFTER_PLAN_RE.search(own) is None


def _after_last_infinitive(span) -> str:
    """The words between the last "to"-infinitive before a date and the date ("school board to meet Tuesday": none;
    "Man to appear in court over crash on Sunday": "in court over crash on")."""
    doc = span.doc
    start = span.sent.start
    for i in range(span.start - 1, start, -1):
        if doc[i].tag_ == "VB" and doc[i - 1].tag_ == "TO":
            return doc[i + 1 : span.start].text
    return doc[start : span.start].text


def _plan_of_a_heading(verb) -> bool:
    """Whether a "to"-infinitive stands for a plan in a heading's or a list's shorthand ("Union to strike on Friday",
    "Mayor to sign budget Monday": "is to"): it heads its sentence with a subject of its own, or it hangs on a noun that
    heads a sentence with no finite verb ("School board to meet Tuesday"), alone or set beside such a plan ("UIL to
    review …; school board to meet Tuesday"). Not an infinitive that tells which one of a kind did a thing ("First
    woman to win on Sunday", "the only team to score on Saturday"), nor one a finite verb governs."""
    if verb.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    thing = verb.head
    if verb.dep_ not in ("acl", "relcl") or thing.pos_ not in ("NOUN", "PROPN") or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent):
        return False
    if any(c.tag_ in ("JJS", "RBS") or c.lower_ in _RANKING_WORDS or c.ent_type_ == "ORDINAL" for c in thing.children):
        return False
    if thing.dep_ == "ROOT":
        return True
    return thing.dep_ in ("appos", "conj") and thing.head.dep_ == "ROOT" and _plan_of_a_heading(thing.head)


# Verbs whose present tense, with an object, puts that object's event before the verb's ("The vote follows a debate on Monday").
_SEQUENCE_PARTICIPLES = {"follow": "followed", "cap": "capped", "crown": "crowned", "trail": "trailed"}
_SEQUENCE_VERBS = frozenset(_SEQUENCE_PARTICIPLES)
# Words of a state that looks to an act, with its infinitive ("was ready to talk from Thursday", "are willing to meet on Monday").
_READINESS_WORDS = frozenset("ready willing prepared eager keen".split())
_OVERTAKEN_RE = re.compile(r"(?i)[,;]\s*but\s+(.*)")


def _overtaken_after(words: str) -> bool:
    """Whether the words after a date in a past readiness go on, after "but", to a past act that came instead ("was
    ready to sign on Friday, his agent said, but the deal collapsed"): the day the readiness looked to has gone."""
    but = _OVERTAKEN_RE.search(words)
    return but is not None and _has_past_verb(but.group(1))


# Words of a thing that falls due or takes effect on a date ("payable April 1", "effective June 1"): a day after the act
# that set it, on either side of publication.
_FALLS_DUE_WORDS = frozenset("payable effective".split())
_FALLS_DUE_BEFORE_RE = re.compile(r"(?<!\b(?:is|be) )(?<!\b(?:are|was) )(?<!\bwere )(?<!\bbeen )(?<!\bbecome )(?<!\bbecame )\b(?:payable|effective)\s+(?:on\s+|from\s+|as\s+of\s+)?$")
# After "payable/effective" and its date, the rest of a subject's clause ("the higher prices, effective from Monday, had
# caught them out"): the clause's verb tells the tense, not the act that set the date.
_SUBJECT_CLAUSE_GOES_ON_RE = re.compile(r"\s*,\s+(?:had|has|have|was|were|is|are|would|will|could|should)\b")


def _falls_due_after_act(word, span) -> bool:
    """Whether the date after "payable"/"effective" (`word`, in a parse) falls due after an act the clause tells
    ("raised its dividend, payable April 1", "appointed her COO, effective June 1"): not the complement of a verb
    ("were effective on Saturday", "will become effective Jan. 1"), not "since" a date, and not words about a
    subject whose own verb tells the tense ("the higher prices, effective from Monday, had caught them out")."""
    doc = span.doc
    copula = word.head.lemma_.lower() in ("be", "become", "remain", "stay")  # "were effective on Saturday"; not "Accepted the resignation, effective June 30" read as one
    if (word.dep_ in ("acomp", "attr", "xcomp") and copula) or re.search(r"\bsince\s+$", doc.text[max(0, span.start_char - 10) : span.start_char]):
        return False
    token = word
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        if token.dep_ in ("nsubj", "nsubjpass"):
            return False
        token = token.head
    return True
# Verbs with one form for the present and the past ("Both sides spread their bets on Monday"): without the -s of a
# third person, the form tells no tense.
_ONE_FORM_VERBS = frozenset("beat bet burst cast cost cut hit hurt let put quit read set shed shut split spread thrust upset".split())
# Verbs of a sporting fixture, whose present with a venue and a weekday is the fixture list's ("City face Wigan at the DW
# Stadium on Friday"), not a caption's.
_FIXTURE_VERBS = frozenset("play face host meet kick compete race visit".split())
# Prepositions of a scene's place ("in a forest near Athens", "at the White House"): with a place named, a caption's.
_SCENE_PREPOSITIONS = frozenset("in at outside inside near".split())


def _hyphen_prefix(token):
    """The prefix the tokenizer split off a verb at its hyphen ("re" of "re-assessed", "co" of "co-hosted"), which the
    parser may give the verb's auxiliaries; None where the word before is no such prefix."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
        return None
    prefix = doc[token.i - 2]
    return prefix if prefix.is_lower and prefix.is_alpha and len(prefix) <= 3 else None


def _follows_object(token, span) -> bool:
    """Whether a present verb of sequence has an object and the date after it ("follows a heated debate in the
    Senate on Monday"): the date is the followed event's, however the parser hung it."""
    return token.lemma_.lower() in _SEQUENCE_VERBS and any(c.dep_ == "dobj" and c.i < span.start for c in token.children)


def _own_clause(token, *, subject: bool = True):
    """The words of a verb's clause, without the clauses inside it ("that began in 2019"), and with or without its subject."""
    left_out = _CLAUSE_DEPS | {"conj", "acl"} | (set() if subject else {"nsubj", "nsubjpass"})
    words, stack = [], [token]
    while stack:
        word = stack.pop()
        words.append(word)
        stack += [c for c in word.children if c.dep_ not in left_out]
    return words


def _names_a_scene(word) -> bool:
    """Whether a preposition names a place of a scene ("in a forest near Athens", "outside Brussels", "at the White
    House"): one of place, with a place, or after "at" a named building or body, in its object."""
    if word.dep_ != "prep" or word.lower_ not in _SCENE_PREPOSITIONS:
        return False
    places = ("GPE", "LOC", "FAC", "ORG") if word.lower_ == "at" else ("GPE", "LOC", "FAC")
    return any(t.ent_type_ in places for t in word.subtree)


def _on_the_verb(span, token, preposition) -> bool:
    """Whether a date, or the preposition holding it, hangs on the verb itself, not on a word between ("Inflation
    data out on Monday shows …", "The data, out on Monday, shows …": data already out)."""
    holder = preposition if preposition is not None else span.root.head if span.root.dep_ == "pobj" else span.root
    return holder.head.i == token.i


def _present_of_report(token) -> bool | str:
    """Whether a present tense tells what has happened, as captions and news ledes do ("A firefighter battles a blaze
    in a forest near Athens on Monday", "Stocks slide on Monday as fears mount", "The death toll rises to 40 on
    Monday, officials say"): a place of a scene named on the verb, an "as" clause on it, a present saying
    after it, a past tense elsewhere in the sentence, a passive (a habit as often as a plan: "The bins are collected
    on Tuesday") or a verb whose present and past are one form. Then the words cannot tell the side: the nearest.
    A scene's place with none of the other cues is SCENE: previews name a venue as captions do ("The band performs
    in Manchester on Saturday")."""
    if any(c.dep_ == "auxpass" for c in token.children) or (token.tag_ == "VBP" and token.lower_ in _ONE_FORM_VERBS):
        return True
    scene = any(_names_a_scene(t) for t in _own_clause(token, subject=False))  # not the subject's ("Jazz at the Corn Hall returns on Thursday")
    for child in token.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in child.children):
            return True
    head = token.head
    if token.dep_ == "ccomp" and head.i > token.i and head.lemma_.lower() in SPEECH_VERBS and head.tag_ in ("VBZ", "VBP"):
        return True  # "…, officials say"
    # not a verb joined to it with no subject of its own ("Leeds beat Peterborough … and return to action on Friday")
    joined = {c.i for c in token.children if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
    if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
            joined.add(first.i)
    # a past told beside the verb, not one in a background clause ("Jazz at the Crown, which began in 2009, returns …",
    # "Voters go to the polls on Thursday, two years after the last contest was annulled")
    background = {t.i for w in token.sent if w.dep_ in ("relcl", "acl", "advcl") for t in w.subtree}
    if any(t.tag_ == "VBD" and t.i not in joined and t.i not in background for t in token.sent):
        return True
    return SCENE if scene else False


def _holding_preposition(span):
    """The preposition right before a date that hangs on a verb, where the parser hung the date on a noun
    after it instead ("face Leeds on Friday and host Doncaster", Friday on "Doncaster"): a date after a
    preposition and before no noun or possessive of its own is that preposition's object. Else None."""
    doc, root = span.doc, span.root
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is None or before.dep_ != "prep" or before.head.pos_ not in ("VERB", "AUX") or root.head.i < span.end or root.head.i == before.i:
        return None
    if after is not None and (after.tag_ == "POS" or after.pos_ in ("NOUN", "PROPN", "NUM")):
        return None  # "on Friday night", "for Monday's game": the noun after is the date's
    return before


# Dependencies that open a clause: a word under one that is no verb is a verb the parse missed.
_CLAUSE_DEPS = frozenset("advcl relcl ccomp csubj".split())


def _missed_present_verb(token) -> bool:
    """Whether a word the tagger read as a noun or an adjective is a verb in the present tense: the main
    word with a subject, or a noun the parser made a clause, written in lower case and in no past form ("Jazz
    at the Crown returns on Thursday", "Pre-orders open on Friday", "say milder air moves in on Wednesday";
    not "Shops closed on Monday", which the words may still read, nor a name)."""
    word = token.text
    if token.dep_ == "ROOT":
        clause = token.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "nsubj" for c in token.children)
    else:
        clause = token.pos_ == "NOUN" and token.dep_ in _CLAUSE_DEPS  # an adjective the parser made a clause is most often one ("closed lower on Monday")
    return clause and word.islower() and not word.endswith("ed") and word not in _IRREGULAR_PAST


_SPANS = frozenset("minute hour day week month year".split())
# Nouns that only place a date more finely ("through the end of February"): the date still belongs to the verb.
_TIME_NOUNS = _SPANS | frozenset(
    "end start beginning middle half part rest weekend morning afternoon evening night season quarter a.m. p.m. am pm noon midnight".split()
)  # "opens at 7 a.m. Tuesday": a clock time places the day no more than "the end of" does
_DIRECTIVE_VERBS = frozenset("urge ask encourage advise warn order instruct invite call push press implore beg remind".split())  # + an infinitive: a later act
# Verbs whose infinitive is an act they commit to or foresee, later than themselves ("voted on Tuesday
# to extend the vouchers through February", "expected sales to rise in January"): in the past, that
# act may lie on either side of publication.
_COMMITMENT_VERBS = frozenset(
    "vote agree decide promise pledge vow aim seek intend threaten offer choose opt resolve move expect forecast predict project anticipate plan hope".split()
)
# Verbs of an intent, whose infinitive's weekday lies after them ("said it hoped to reopen on Tuesday"); "decided to weigh in
# on Monday" may be the deciding's Monday.
_INTENT_VERBS = frozenset("hope plan intend aim expect".split())
# Verbs whose participle after a clause names what that clause brought about, later than it
# ("won the semi-final, setting up a final on Sunday"; "cleared 50%, forcing a runoff on Dec. 6").
_RESULT_VERBS = frozenset("force set send trigger prompt pave tee book draw".split())  # "earned a bid, drawing a game on Thursday"
# Participles of a step that comes after the clause's act, not part of it ("signed for Rovers, joining them on January 1",
# "was appointed, replacing Smith from March", "passed the law, taking effect on July 1"): as those of result.
_SUCCESSION_PARTICIPLES = frozenset("joining rejoining replacing succeeding starting beginning becoming".split())
_TAKING_WHAT = frozenset("effect over office charge".split())  # "taking effect", not "taking the lead on Sunday"


def _succeeds(participle: str, following: str) -> bool:
    """Whether a participle after a clause tells a later step (`_SUCCESSION_PARTICIPLES`, "taking effect")."""
    return participle in _SUCCESSION_PARTICIPLES or (participle == "taking" and following in _TAKING_WHAT)


_FORESEE_VERBS = frozenset("expect forecast predict project anticipate warn".split())  # "warned of cancellations on Monday"
_WANTING_VERBS = frozenset("need want require".split())  # in the present, with a dated thing: what is wanted lies ahead
_CALLING_OFF_VERBS = frozenset("cancel postpone scrap suspend axe abandon".split())  # + a dated thing: that thing's day, not the act's
_SETTING_VERBS = frozenset("set schedule slate book fix".split())  # + a dated thing as object: "set a Sept. 8 trial date"
_SCHEDULING = frozenset("expect schedule plan slate".split())  # "with a vote expected as early as Saturday"
# The earliest day a thing foreseen may come, right before a date ("expected a vote as soon as Thursday"): the day of
# what was foreseen, not of the foreseeing.
_EARLIEST_BEFORE_RE = re.compile(r"(?i)\bas\s+(?:soon|early)\s+as\s+$")
# Verbs whose present tense, with a date, is a timetable ("the Eagles face the Cowboys on Sunday";
# not "the news follows the launch in October"): those "due to" schedules, and a few more.
_SCHEDULED_VERBS = frozenset(dates.DUE_VERBS) | frozenset("head play reopen kick compete sit fly celebrate mark stop premiere air debut tour".split())


# Verbs that put an event at another time: the date after "to", "until" or "for" is where it now lies.
_RESCHEDULING_VERBS = frozenset("move postpone delay push reschedule defer adjourn bring put set schedule extend".split())


# An hour of the day, on either clock: "9am", "5.30 p.m.", "06:00", "18.30".
_HOUR = r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|\d{1,2}[:.]\d\d)"
# The hour a thing was moved to, right before the date of that hour: "until 06:00 on", "to 5pm on".
_ON_THE_HOUR_RE = re.compile(r"\b(?:to|until|till)\s+" + _HOUR + r"\s+on\s+$", re.IGNORECASE)


def _sequence_participle(token) -> bool:
    """Whether a verb is a past participle of sequence with its agent, set off by a comma after the clause it follows
    ("will be published on May 8, followed by a meeting on June 19"; "opens on Friday with a parade, followed by
    fireworks on Saturday"): it tells what comes next, in that clause's time, no past of its own."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("advcl", "acl")
        and token.lemma_.lower() in _SEQUENCE_VERBS
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and any(c.dep_ == "agent" for c in token.children)
    )


def _moved_to(span, verb) -> bool:
    """Whether a date is where a past act moved or set something ("was moved to June 3", "was adjourned
    until Tuesday", "pushed back to March", "has been set for Jan. 13"): that day follows the act, on
    either side of publication, not the act's own day.  A day on the hour the act moved it to counts as
    that hour's ("extended its warning until 06:00 on Sunday")."""
    if verb.lemma_.lower() in _RESCHEDULING_VERBS and _ON_THE_HOUR_RE.search(span.doc.text[span.sent.start_char : span.start_char]):
        return True  # however the parser hangs "until 06:00" and "on Sunday"
    preposition = span.root.head
    if verb.lemma_.lower() not in _RESCHEDULING_VERBS or preposition.dep_ != "prep" or preposition.lower_ not in ("to", "until", "till", "for"):
        return False
    return preposition.head.i == verb.i or (preposition.head.dep_ in ("prt", "advmod") and preposition.head.head.i == verb.i)


def _part_of_day_held(span):
    """The word that holds a date in its phrase: a part of the day it names ("for Saturday morning": "morning"), else the
    date's own head word."""
    root = span.root
    if root.dep_ in ("compound", "nmod", "npadvmod") and root.head.lower_ in ("morning", "afternoon", "evening", "night") and root.head.i == root.i + 1:
        return root.head
    return root


_ONE_SUCH_BEFORE_RE = re.compile(r"(?i)\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}$")
_ONE_SUCH_AFTER_RE = re.compile(r"\s+(?:morning|afternoon|evening|night|day)\b")


def _one_such_day(text: str, start: int, end: int) -> bool:
    """Whether a month names one day of it the words do not pick out ("on a cold April morning", "a grey November
    afternoon"): a present tense about it sets a scene, no timetable (the parser may hang "a" on the adjective)."""
    if _MONTH_RE.search(text[start:end]) is None or any(day in text[start:end] for day in _WEEKDAY_NAMES):
        return False  # a weekday after "a" and a noun is that noun's day ("holds a vote Monday night"), not one such day
    return _ONE_SUCH_BEFORE_RE.search(text, max(0, start - 30), start) is not None and _ONE_SUCH_AFTER_RE.match(text, end) is not None


def _planned_for(span, verb) -> bool:
    """Whether a date is the day a thing that a past act called or planned is for: "for" on the verb's
    object ("has called a strike for Monday", "announced a protest for Saturday", "has cancelled 110 flights for
    Saturday morning"), later than the act."""
    held = _part_of_day_held(span)
    preposition = held.head
    if preposition.lower_ != "for" or preposition.dep_ != "prep" or held.dep_ != "pobj":
        return False
    thing = preposition.head
    if thing.i == verb.i:  # "a medical booked for Friday", "the vote was set for Monday": the day the setting is for
        # the parser may hang "for" on the verb of calling off a thing ("has cancelled 12 trains for Sunday evening")
        if verb.lemma_.lower() in _SETTING_VERBS or (verb.lemma_.lower() in _CALLING_OFF_VERBS and any(c.dep_ == "dobj" for c in verb.children)):
            return True
        # "a hearing has been listed for Friday", "extra trains have been laid on for Saturday": an arrangement a present
        # perfect passive has made holds now, for a day of its own after it (a weekday or a day of a month, not "has been
        # closed for Christmas", whose holiday may be the one under way)
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        arranged = any(a.dep_ == "auxpass" for a in auxiliaries) and any(a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)
        day = _names_weekday(span) or (_MONTH_RE.search(span.text) is not None and _days_of(span.text) is not None)
        return arranged and day and not _day_of_a_noun_after(span.doc.text, span.end_char)
    return thing.pos_ == "NOUN" and thing.dep_ == "dobj" and thing.head.i == verb.i


def _names_weekday(span) -> bool:
    """Whether a span names a day by its weekday alone ("on Tuesday", "Monday at 6:30 p.m."; not
    "Saturday April 11", whose month and day give the side)."""
    return any(t.text in _WEEKDAY_NAMES for t in span) and _MONTH_RE.search(span.text) is None


def _outside_other_clauses(span) -> list:
    """The words of a date's sentence less the clauses the date is not in ("The Cocoa Organization forecast in May that
    the world would face a deficit", the verb read as a noun: the "would" is the clause of what was forecast, not the
    date's)."""
    root = span.root
    dropped = set()
    for t in span.sent:
        if t.dep_ in _SUBORDINATE_DEPS and t.i not in dropped and root not in t.subtree:
            dropped.update(g.i for g in t.subtree)
    return [t for t in span.sent if t.i not in dropped]


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
    forms = _past_speech_forms()
    # not after "be": "would be told by Wednesday" is a passive still to come, not a saying gone by
    # a place or a means between, as `_ATTRIBUTION_AFTER_RE` allows after: "said in a statement on Friday",
    # "told reporters in Brussels on Friday" (not "said in Kyiv the talks end on Friday": two words at most)
    means = (r"(?:in|on|via|at|during)\s+(?:(?:a|an|the|its|his|her|their)\s+)?"
             r"(?:(?!(?:that|it|would|will|to|by|until|before|after|from|for)\b)[\w'’.-]+\s+){1,2}")
    return re.compile(rf"(?<!\bbe )\b(?:{forms}|since)\s+(?:\w+\s+)?(?:{means})?(?:(?:on|late|early)\s+)?$", re.IGNORECASE)


def _said_before(text: str, start: int, end: int) -> bool:
    """Whether a date at `start` follows a speech verb in the past or "since", at most a word
    between ("said on Wednesday", "told reporters Wednesday"): the date is the saying's (not in
    "said Friday's vote would be close", where it begins what was said)."""
    if text[end : end + 2] in ("'s", "’s"):
        return False
    return _said_before_re().search(text, max(0, start - 40), start) is not None


def _skim_tense(text: str, span: tuple[int, int]) -> bool | str:
    """`_clause_tense` for a sentence without a parse, from the words of the date's own clause
    (`_clause_bounds`): those before the date, where English puts the verb ("approved the budget in
    August", "will meet on Friday", "were arrested Sunday and are scheduled to appear Monday"), else
    those after it ("On Friday, the board will vote"). True when they look ahead
    (`dates.is_future_tense`), False when they hold a verb in the past or the date follows a past
    speech verb ("said on Wednesday it would continue"), ORDERED after a directive in the past and
    its infinitive ("urged voters to register by Friday"), REPORTED right after a verb that moved
    something ("was moved to June 3"; WAS_DUE where it was set: "was scheduled for Saturday"), True after a label that looks ahead ("What's next: Sunday, vs.
    Detroit") or for a weekday a "can" acts on, UNTOLD when they tell neither."""
    if _said_before(text, *span):
        return False
    if moved := _MOVED_BEFORE_RE.search(text, max(0, span[0] - 70), span[0]):  # "has been moved to June 3": after the moving
        was_due = moved.group().startswith(("set", "scheduled", "booked", "slated")) and _WAS_DUE_RE.search(text, max(0, moved.start() - 20), moved.end())
        # "The match, which was scheduled for Saturday, was called off"; a move, as `_moved_to` in a parse: "postponed until the fall" is this fall
        return WAS_DUE if was_due else REPORTED
    if _FALLS_DUE_BEFORE_RE.search(text, max(0, span[0] - 20), span[0]) and not _SUBJECT_CLAUSE_GOES_ON_RE.match(text, span[1]):
        return REPORTED  # "payable April 1", "effective June 1": after the act that set it
    start, end = _clause_bounds(text, span)
    before, after = text[start : span[0]], text[span[1] : end]
    if (own := _skim_own_head(text, span, before, after)) is not None:
        return own  # "if winds pick up on Saturday", "was unlikely before Sept. 20", "were weighing closing on Monday"
    if (
        (plan := _HEADING_PLAN_RE.fullmatch(before)) and not _RANKING_RE.search(plan.group(1)) and not _CLAUSE_WORDS_RE.search(text[start:end])
        and not _has_past_verb(text[start:end]) and _heading_shorthand(text, plan.group(2))
    ):
        return True  # "Union to strike on Friday", "school board to meet Tuesday" (`_plan_of_a_heading`)
    # not through a gerund after a preposition ("is remembered for running the shelter until August"): that act's bound, of any time
    if (state := _PRESENT_STATE_BOUND_RE.search(before)) and not _STATE_BOUND_BREAK_RE.search(state.group("between")) and not any(
        m.group(1).lower() not in _NOT_PARTICIPLES for m in _GERUND_AFTER_PREPOSITION_RE.finditer(state.group("between"))
    ):
        return True  # "Schools are closed through Monday", "cannot sell the drug until August": a state now, to its end ahead (`_bounds_a_state`)
    if _EARLIEST_BEFORE_RE.search(before) and _FORESEEING_BEFORE_RE.search(before):
        return dates.NEAREST  # "said he expected a committee vote as soon as Thursday": the day of what was foreseen
    if text[span[1] : span[1] + 2] in ("'s", "’s") and re.search(r"\bwith\s+$", before) and _STILL_TO_COME_RE.match(text, span[1] + 2):
        return True  # "with Thursday's time trial still to come" (`_still_to_come`)
    # the date's own "'s" makes it a noun's day ("has apologised for Saturday's crowd trouble", "keen to forget Sunday's
    # defeat"): no bound, no day the act or the readiness is for
    possessive = text[span[1] : span[1] + 2] in ("'s", "’s")
    act = None if possessive else _PERFECT_ACT_BEFORE_RE.search(before)
    if act and _has_past_verb(act.group(1)) and not _CLAUSE_WORDS_RE.search(act.group(2)) and not _has_past_verb(act.group(2)) and not _NO_OBJECT_RE.match(act.group(2)):
        # "has cancelled 110 flights for Saturday", "has issued a warning until Saturday morning": after the act, which
        # holds now (`_planned_for`, a present perfect's bound in `_verb_tense`); an object first, not a preposition
        # ("Nobody has scored against them until Saturday, when …": no act left in place)
        return REPORTED if act.group(3).lower() == "for" else True
    if (
        not possessive and _ARRANGED_FOR_RE.search(before) and not _day_of_a_noun_after(text, span[1])
        and (_weekday_alone(text[span[0] : span[1]]) is not None or (_MONTH_RE.search(text, *span) and _days_of(text[span[0] : span[1]])))
    ):
        return REPORTED  # "a hearing has been listed for Friday": an arrangement in place now, for a day after it (`_planned_for`)
    ready = None if possessive else _READY_BEFORE_RE.search(before)
    if ready and not _has_past_verb(before[ready.end() :]) and not _CLAUSE_WORDS_RE.search(before[ready.end() :]):
        # "said her party was ready to talk from Thursday", "are willing to meet on Friday" (`_READINESS_WORDS` in `_verb_tense`);
        # in the past, not where "but" goes on to what came instead (`_overtaken_after`)
        if ready.group("be").lower() in ("was", "were"):
            return False if _overtaken_after(text[span[1] :]) else WAS_DUE
        return True
    if re.match(r"\s*(?:[Ii]s|[Aa]re|[Aa]m|[Dd]oes|[Dd]o)\s", before) and re.match(r"[^.!?\n]*\?", after) and not _has_past_verb(before):
        return dates.NEAREST  # "Is my flight on Saturday affected?": a question in the present, whose participle is no past
    if _RELATIVE_OPENS_RE.search(text[:start]) and (verb := re.match(r"\s*([a-z]+)\b", before)) and _timetable_present(verb.group(1)) and _no_verb_between(before[verb.end() :]):
        return True  # "the cap, which expires on Dec. 31": a present of timetables with the date on it schedules, as a parse reads it
    if (foreseen := _FORESEEN_NOW_RE.search(before)) and _no_verb_between(before[foreseen.end() :]):
        return True  # "a second round of winds is expected Sunday night into Monday": a present foreseeing, as a parse reads it
    if _SEQUENCE_BY_RE.match(before) and text[:start].rstrip().endswith(","):
        # "will be published on May 8, followed by a meeting on June 19": the clause it follows tells the side (`_sequence_participle`)
        earlier = text[: text[:start].rstrip().rfind(",")]
        if dates.is_future_tense(earlier):
            return True
        if _has_past_verb(earlier):
            return False
    before_tail = before[-120:]
    joined = _JOINED_AFTER_DATE_RE.search(before_tail)  # "Early voting began on Monday and ends on Saturday": the joined verb's tense
    if joined and _singular_present(joined.group(1)) and not _has_past_verb(before_tail[joined.end(1) :]):
        ended = [m.end() for m in _DATE_RE.finditer(before_tail, 0, joined.start())]
        if ended and not before_tail[ended[-1] : joined.start()].strip(" ,"):
            return True if _weekday_alone(text[span[0] : span[1]]) is not None else dates.NEAREST
    if not after.strip() and len(before.split()) <= 1 and end < len(text):  # "On Friday, the board will vote"
        after = _clause_around(text, (end + 1, end + 1))
    possessive = text[span[1] : span[1] + 2] in ("'s", "’s")  # "said Friday's vote would be close": what follows decides
    for side, words in (("after", after), ("before", before)) if possessive else (("before", before), ("after", after)):
        # "is likely to" foresees what follows it, not a date before it ("Damage from Monday's storm is likely to run …")
        if dates.is_future_tense(_LIKELY_CUE_RE.sub(" ", words) if side == "after" and "likely" in words else words):
            report = _PAST_PERFECT_REPORT_RE.search(text[max(0, start - 80) : span[0]].split("would")[0]) if side == "before" and _WOULD_RE.search(words) else None
            if report and not _DATE_RE.search(report.group()):  # not "had said on Tuesday that …": the report's own day, which the promised one follows
                return WAS_DUE  # "had promised that supply would be restored by Sunday": overtaken, the nearer day (`_told_in_past_perfect`)
            return WAS_DUE if _WAS_DUE_RE.search(words) and not _WOULD_RE.search(words) else True
        if side == "before" and _ORDERED_BEFORE_RE.search(words):  # "urged older adults to get the vaccine before"
            return ORDERED
        # a past verb of the date's clause, after the "can" that may govern it: "Police can confirm a man was
        # arrested on Tuesday" (the arrest's day), not the "said" of "said residents can comment until Tuesday"
        cans = list(_CAN_WORD_RE.finditer(words)) if side == "before" else []
        weekday = _weekday_alone(text[span[0] : span[1]]) is not None
        if side == "before" and (expecting := _EXPECTING_BEFORE_RE.search(words)) and not _has_past_verb(words[expecting.end() :]):
            return REPORTED  # "was expecting their second child in August": what was awaited, after the waiting
        if side == "before" and (committed := _COMMITTED_BEFORE_RE.search(words)) and not _has_past_verb(words[committed.end() :]):
            return REPORTED  # "voted on Tuesday to extend vouchers through February": after the vote, either side of now
        if side == "before" and (foreseen := _FORESEEN_BEFORE_RE.search(words)) and not _has_past_verb(words[foreseen.end() :]):
            return True  # "Temperatures are forecast to drop by Monday night", "The jobs report is due Friday"
        if side == "before" and (modal := _MODAL_BEFORE_RE.search(words)) and not _has_past_verb(words[modal.end() :]):
            return True  # "Temperatures could fall to -10C on Thursday", "said services could be cut on Thursday": a modal without "have"
        # not where the clause has its verb after the date ("The Jets game on Sunday was postponed", "… drew record
        # ratings": "game" was no verb)
        present = _present_clause(words, side) and not (side == "before" and _verb_after(after))
        if present and side == "before" and (aside := _ASIDE_THEN_WORD_RE.match(text, span[1])) and _verb_after(aside.group(1)):
            # "The bomb attacks on Sunday, the deadliest in a decade, left 40 dead": the verb comes after the aside,
            # and the words before the date were a noun before a plural, no subject and verb
            if _has_past_verb(aside.group(1)):
                return False
            present = False
        if not present and _has_past_verb(words[cans[-1].end() :] if cans else words):
            return False
        if side == "before" and _CAN_GOVERNS_RE.search(words) and weekday:
            return True  # "can comment until 5 p.m. on Tuesday": a day one can still act on
        if present:
            # a present tense: a weekday on it is its timetable ("Drivers walk out on Thursday", "Nike reports
            # on Thursday": news tells what is done in the past tense), any other date the nearest ("The final is
            # played at Wembley on April 26"), as `_clause_tense` reads a parse
            # ("Fans gather after Saturday's defeat": a thing the date names, bounded on one side only, the nearest)
            bounded = possessive or re.search(r"(?i)\b(?:after|following|before)\s+$", before)
            # a present that shows a scene, as captions and ledes tell the day just gone ("Protesters gather
            # outside parliament in London on Monday", "Stocks slide on Monday as fears mount"), as a parse reads it
            if not weekday or bounded or _AS_AFTER_RE.match(text, span[1]):
                return dates.NEAREST
            # a scene's place alone, not a fixture's venue ("Rovers host City at the Mill Ground on Saturday"): SCENE
            scene = side == "before" and _SCENE_BEFORE_RE.search(_after_subject_phrase(words)) and not _FIXTURE_VERB_RE.search(words)
            return SCENE if scene else True
    if text[:start].rstrip().endswith(":") and dates.is_future_tense(text[:start]):  # "What's next: Sunday, vs. Detroit"
        return True
    # a participle opening the date's clause after a comma takes the tense of the clause it hangs on ("was the first
    # to join, committing on April 7"), as a parse climbs to its governor; not one of result ("forcing a runoff on Dec. 6")
    participle = _PARTICIPLE_OPENS_RE.match(before)
    aiming = re.search(r"\bto\s+[a-z]+\b", before)  # "…, clearing the way for construction to begin in March": what it leads to
    following = re.match(r"\s*(\w+)", before[participle.end() :]) if participle else None
    succeeds = participle is not None and _succeeds(participle.group(1), following.group(1).lower() if following else "")
    if participle and participle.group(1) not in _NOT_PARTICIPLES and not succeeds and not aiming and text[:start].rstrip().endswith(","):
        earlier = text[: start - 1]
        if not dates.is_future_tense(earlier) and _has_past_verb(earlier):
            return False
    return UNTOLD


# A present perfect ("has", "have"; not "has been") and one to eight words after its verb, then "for", "until" or "till"
# right before the date (`_skim_tense`); that the verb is past, the words an object (`_NO_OBJECT_RE`) with no clause of
# their own, and the date no noun's ("Saturday's") is checked there, not here.
_PERFECT_ACT_BEFORE_RE = re.compile(
    r"(?i)\b(?:has|have)\s+(?:(?:already|now|also|just)\s+)?(?!been\b)([a-z]+)\s+((?:[\w'’.-]+\s+){1,8}?)(for|until|till)\s+$"
)
# Words after the perfect's verb that open with a preposition or an adverb: no object the act was on ("scored against them").
_NO_OBJECT_RE = re.compile(r"(?i)(?:against|at|in|on|to|with|from|by|for|over|under|into|since|again|ever|never|yet|here|there)\b")
_CLAUSE_WORDS_RE = re.compile(r"(?i)\b(?:is|are|am|was|were|be|been|has|have|had|will|would|shall|should|may|might|must|can|could|when|that|which|who)\b")
def _day_of_a_noun_after(text: str, end: int) -> bool:
    """Whether the date that ends at `end` stands before a lower-case noun it modifies ("criticised for Sunday remarks",
    "blamed for Tuesday outage"): the day of that thing, gone by or not, not the day an arrangement is for. Not a part of
    the day, a word of grammar or a verb after it ("listed for Friday morning", "for Friday at 10am", "for Friday and")."""
    following = re.match(r"\s+([a-z][a-z-]+)\b", text[end:])
    if following is None:
        return False
    word = following.group(1)
    return word not in STOPWORDS | dates.DAYPARTS | _DATE_PREPOSITIONS and not word.endswith("ly") and not _has_past_verb(word)


# A present perfect passive's arrangement, "for" before the day it is for: "has been listed for", "have been laid on for".
_ARRANGED_FOR_RE = re.compile(r"(?i)\b(?:has|have|['’]s|['’]ve)\s+been\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn|id|ld|lt|nt)(?:\s+(?:on|in|out|up|back|off|down|over|aside))?\s+for\s+$")
_READY_BEFORE_RE = re.compile(
    r"(?i)\b(?P<be>is|are|am|was|were|['’]s|['’]re)\s+(?:(?:still|now|also|already)\s+)?(?:" + "|".join(sorted(_READINESS_WORDS)) + r")\s+to\s+[a-z]+\b"
)
# A present passive of foreseeing right before the date, no infinitive after it ("is expected Sunday night into").
_FORESEEN_NOW_RE = re.compile(
    r"(?i)\b(?:is|are|['’]s|['’]re)\s+(?:(?:now|also|still|widely|generally)\s+)?(?:expected|forecast|predicted|projected|anticipated|planned|scheduled|slated|pencilled|penciled)\b(?!\s+to\b)"
)


_RELATIVE_OPENS_RE = re.compile(r"(?i)\b(?:which|that)\s*$")


def _timetable_present(word: str) -> bool:
    """Whether a word is the present, in -s, of a verb of timetables ("expires", "opens", "resumes")."""
    return _singular_present(word) and any(word in (verb + "s", verb + "es") for verb in _SCHEDULED_VERBS if verb != "be")


def _no_verb_between(words: str) -> bool:
    """Whether a few words between a cue and a date hold no verb or clause word of their own."""
    return len(words.split()) <= 5 and not _has_past_verb(words) and not _CLAUSE_WORDS_RE.search(words) and not re.search(r"(?i)\bby\b", words)


# `_sequence_participle` in words: a participle of `_SEQUENCE_VERBS` and its agent's "by", right after the comma.
_SEQUENCE_BY_RE = re.compile(r"\s*(?:" + "|".join(sorted(_SEQUENCE_PARTICIPLES.values())) + r")\s+by\b")


# A present passive ("is passed"): its participle is no past, in a condition (`_skim_own_head`).
_PRESENT_PASSIVE_RE = re.compile(r"(?i)\b(?:is|are|am|isn['’]t|aren['’]t)\s+(?:(?:not|still|yet|also|being)\s+)?[a-z]+ed\b")


# The words that give a skimmed date its own head's side (`_skim_own_head`), as `_verb_tense` reads a parse: a condition
# opened by "if" or "unless" (not "as if"); a likelihood told with "be" that a date bounds ("was unlikely before the week
# of"); a progressive of weighing and its gerund ("were considering suspending"); a passive of foreseeing with the date
# right after it ("was expected from").
_CONDITION_OPENS_RE = re.compile(r"(?i)(?<!\bas )\b(?:if|unless)\b")
_CONDITION_MODAL_RE = re.compile(r"(?i)\b(?:would|could|might)\b(?!\s+(?:not\s+)?have\b)|['’]d\b(?!\s+have\b)")
_PRESENT_IN_CONDITION_RE = re.compile(r"(?i)\b(?:is|are|am|does|do|doesn['’]t|don['’]t|isn['’]t|aren['’]t)\b|['’]s\s+(?!own\b)[a-z]+")
_LIKELIHOOD_BOUND_RE = re.compile(
    r"(?i)\b(?P<be>is|are|was|were|['’]s|['’]re)\s+(?:(?:still|now|also|widely|seen\s+as|considered)\s+)?(?:unlikely\s+(?:before|until|till|by)|(?:likely|(?:im)?possible)\s+(?:before|by))\s+"
    r"(?:the\s+(?:[a-z]+\s+){1,2}?of\s+|the\s+)?$"
)
_WEIGHING_GERUND_RE = re.compile(
    r"(?i)\b(?P<be>is|are|am|was|were|['’]s|['’]re)\s+(?:(?:still|now|also|actively|seriously)\s+)?"
    r"(?:considering|contemplating|weighing|mulling|debating|exploring)\s+(?:whether\s+to\s+[a-z]+|(?P<gerund>[a-z]{3,}ing))\b"
)
_FORESEEN_PASSIVE_RE = re.compile(
    r"(?i)\b(?:was|were)\s+(?:(?:widely|also|now|still|generally)\s+)?(?:expected|forecast|predicted|projected|anticipated)\s+(?:from|on|for)\s+$"
)
# Words that end a run of words a gerund governs, before a date: another verb's.
_FINITE_WORDS_RE = re.compile(r"(?i)\b(?:is|are|am|was|were|be|been|has|have|had|will|would|shall|should|may|might|must|can|could|to|when|and|or)\b")


def _skim_own_head(text: str, span: tuple[int, int], before: str, after: str) -> bool | str | None:
    """For a sentence without a parse, the side a date takes from its own head where the clause's words show that head,
    as `_verb_tense` reads a parse (`_conditional_tense`, `_likelihood_tense`, the weighing's gerund, `_foreseen_on`):
    - a condition in the present lies ahead ("could be cancelled if winds pick up on Saturday"); one in the past, after
      "would", "could" or "might" earlier in the sentence, is a future seen from the saying ("warned they might strike if
      the company did not restore the bonus by March 1"): REPORTED; not a past perfect ("if the bridge had reopened"),
      "as if", a past with no such modal, nor a condition whose words hold no verb before the date ("if Tuesday's vote");
    - a likelihood told with "be" that the date bounds ("was unlikely before Sept. 20", "is likely by December"):
      REPORTED in the past, ahead in the present;
    - a progressive of weighing and the gerund it weighs, no other verb between ("were weighing closing early on
      Saturday"): REPORTED in the past, ahead in the present; not a simple past, which may be the weighing's own day;
    - a past passive of foreseeing with the date right after it and no agent ("was expected from Saturday"): WAS_DUE;
      not "was predicted on Sunday by a union official".
    None where the words show none of these."""
    possessive = text[span[1] : span[1] + 2] in ("'s", "’s")
    conditions = list(_CONDITION_OPENS_RE.finditer(before))
    if conditions and not possessive:
        condition = before[conditions[-1].end() :]
        # "If no budget is passed by 1 January": a present passive's participle is no past
        past = _has_past_verb(_PRESENT_PASSIVE_RE.sub(" ", condition)) or re.search(r"(?i)\b(?:was|were|did|didn['’]t)\b", condition) is not None
        if re.search(r"(?i)\b(?:had|has|have)\b|['’]d\b", condition) or dates.is_future_tense(condition):
            return None  # "if the bridge had reopened on Monday": the words of a past perfect tell no side of their own
        if any(m.group(1) not in _NOT_PARTICIPLES for m in _GERUND_AFTER_PREPOSITION_RE.finditer(condition)):
            return None  # "if fans are angry about missing the kickoff on Sunday": the date may be the gerund's, not the condition's
        if not past and (_PRESENT_IN_CONDITION_RE.search(condition) or _present_clause(condition, "before")):
            return True
        mark = span[0] - len(before) + conditions[-1].start()
        # the sentence the condition is in ("Dec. 5" ends none: a full stop ends one before a capital)
        opened = max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, mark + 1)), default=0)
        closed = found.start() + 1 if (found := _SENTENCE_END_RE.search(text, span[1])) else len(text)
        if past and _CONDITION_MODAL_RE.search(text, opened, mark):
            return REPORTED
        reduced = _REDUCED_CONDITION_RE.match(condition)
        # a participle with no verb after it ("if approved by voters"); not a subject and its verb ("if women registered by
        # March 1", "if children in the city were moved"): a finite condition, told above
        if past and reduced and not _has_past_verb(condition[reduced.end() :]) and not re.search(r"(?i)\b(?:was|were|did|is|are)\b", condition[reduced.end() :]):
            # a condition cut short ("if approved by voters on Nov. 5", "If elected in November, he would …"): the tense of
            # the clause it conditions, before it in its sentence or after it (`_conditional_tense`)
            conditioned = text[opened:mark] + " " + text[span[1] : closed]
            if _CONDITION_MODAL_RE.search(conditioned):
                return REPORTED
            if dates.is_future_tense(conditioned) and not re.search(r"(?i)\b(?:was|were)\b", conditioned):
                return True
        return None
    if (likely := _LIKELIHOOD_BOUND_RE.search(before)) is not None:
        return REPORTED if likely.group("be").lower() in ("was", "were") else True
    if (weighing := _WEIGHING_GERUND_RE.search(before)) is not None and not possessive:
        between = before[weighing.end() :]
        gerund = weighing.group("gerund")
        if gerund and gerund.lower() in _NOT_PARTICIPLES:
            return None
        if _has_past_verb(between) or _FINITE_WORDS_RE.search(between):
            return None
        if re.search(r"\b(?:over|about|for|into|after|of)\s+(?:the|a|an|his|her|its|their|this|that)\s", between):
            return None  # "weighing fining the club over the brawl on Sunday": the day may be the brawl's (`_noun_of_event_before`)
        return REPORTED if weighing.group("be").lower() in ("was", "were") else True
    if _FORESEEN_PASSIVE_RE.search(before) and not re.search(r"(?i)\bby\b", after):
        return WAS_DUE
    return None


# A present state ("is", "are", "remains", "cannot", "he's") and its bound, "until", "till" or "through", right before a
# date, for a sentence without a parse ("Schools are closed through Monday", "is not allowed to go home until at least
# October"); no past, future or other clause between (`_STATE_BOUND_BREAK_RE`).
_PRESENT_STATE_BOUND_RE = re.compile(
    r"(?i)\b(?:is|are|am|remains?|stays?|(?:he|she|it|that|there|who)['’]s|cannot|can['’]t|can\s+not|isn['’]t|aren['’]t)\s+"
    r"(?P<between>(?:[\w'’-]+\s+){0,8}?)(?:until|till|through)\s+(?:at\s+least\s+)?$"
)
_STATE_BOUND_BREAK_RE = re.compile(r"(?i)\b(?:was|were|had|has|have|did|will|would|said|when|that|which|who|after|since|from)\b")
# A verb of foreseeing in the past ("expected", "predicted"), before "as soon as" and a date (`_EARLIEST_BEFORE_RE`).
_FORESEEING_BEFORE_RE = re.compile(r"(?i)\b(?:expected|predicted|forecast|anticipated|projected)\b")
# A report in the past perfect before the clause of "would" it reports ("had promised residents that", "had said").
_PAST_PERFECT_REPORT_RE = re.compile(r"(?i)\bhad\s+(?:(?:already|earlier|repeatedly|also)\s+)?(?!been\b)[a-z]+(?:ed|id|ld|wn|en)\b[^.;:!?]*$")
# The end of a sentence: a full stop, question or exclamation mark (and a closing quote) before the capital of the next.
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“‘'])")
# A condition cut short: a participle right after "if" or "unless", with no subject or auxiliary ("if approved by voters").
_REDUCED_CONDITION_RE = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn)\b")
# A gerund after a preposition inside a condition ("about missing", "for skipping"): its own event, on either side.
_GERUND_AFTER_PREPOSITION_RE = re.compile(r"\b(?:about|of|for|after|before|from|over|without|by)\s+([a-z]{3,}ing)\b")
# An aside set off after a date, and the word after it ("on Sunday, the deadliest in a decade, left", "on Monday
# (local time) drew"): where that word is a finite verb, the clause's verb.
_LIKELY_CUE_RE = re.compile(r"(?i)\b(?:is|are|was|were|['’]s|['’]re)(?: \w+)? (?:un)?likely to\b")
_ASIDE_THEN_WORD_RE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?(?:,[^,;:.!?]{1,80},|\s*[—–][^—–;:.!?]{1,80}[—–]|\s*\([^()]{1,80}\))\s*([a-z]+)\b")
# A verb joined by "and" to a clause, with no subject of its own ("… on Monday and ends on"), as far as the date.
_JOINED_AFTER_DATE_RE = re.compile(r"\s+and\s+([a-z]+)\b[^,;]*$")
_PARTICIPLE_OPENS_RE = re.compile(r"\s*([a-z]{3,}ing)\b")
# Words in -ing that open no participle, and participles of result (`_RESULT_VERBS`: what followed, on either side of now).
_NOT_PARTICIPLES = frozenset(
    "during morning evening spring thing nothing something anything everything king ring wing including according "
    "forcing setting sending triggering prompting paving teeing booking drawing".split()
)
# A verb of committing in the past and the infinitive it commits to (`_COMMITMENT_VERBS`), for a
# sentence without a parse: "voted 4-1 on Tuesday to extend vouchers through February".
_COMMITTED_BEFORE_RE = re.compile(
    r"\b(?:voted|agreed|decided|promised|pledged|vowed|threatened|offered|chose|opted|resolved|hoped|planned|intended|expected|predicted)\s+(?:[\w'’.-]+\s+){0,5}?to\s+[a-z]+\b"
)
# A past progressive of awaiting or preparing, for a sentence without a parse: "was expecting", "were preparing to".
_EXPECTING_BEFORE_RE = re.compile(r"\b(?:was|were)\s+(?:still\s+|already\s+)?(?:expecting|awaiting|anticipating|planning|hoping|preparing)\b")
# A present foreseeing or timetable ("is forecast to", "are likely to", "is due Friday"), for a sentence without a parse.
_FORESEEN_BEFORE_RE = re.compile(
    r"\b(?:is|are|am|['’]s|['’]re)\s+(?:(?:now|also|still|widely)\s+)?"
    r"(?:(?:forecast|predicted|projected|tipped|likely)\s+to\s+[a-z]+\b|due\s*$"
    r"|due\s+(?:in|at|before)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?on\s*$)"  # "is due before magistrates on Thursday"
)
# A modal before the date's verb, not a perfect ("could fall", not "could have fallen"), nor "could not" (most often a
# past: "Officials could not say on Monday how many …"); "can" is a habit, "would" reported.
_MODAL_BEFORE_RE = re.compile(r"\b(?:could(?!\s+not\b)|may|might|should|must)\s+(?:not\s+|also\s+|still\s+|now\s+|[a-z]+ly\s+)?(?!have\b|not\b)[a-z]+\b")
# A clause opening with its subject and a present tense, for a sentence without a parse: "Drivers walk out",
# "Ministers meet again", "Nike reports", "The final is played" (see `_present_clause`).
_SPEECH_WORDS = frozenset(SPEECH_VERB_FORMS.split("|"))
_FUNCTION_WORDS = (STOPWORDS - frozenset("report reports update watch live get gets like".split())) | frozenset("also still again now just".split())


def _present_clause(words: str, side: str) -> bool:
    """Whether a skimmed clause opens with a subject and a verb in the present tense: a plural ("Drivers
    walk out", "Rail passengers face") and a bare verb, a name ("Nike reports"), a singular noun or "he", "she", "it"
    and a verb in -s ("The band performs", "counting begins", "It comes out"), or any subject and "is"/"are" (not
    "is to", "is believed": a saying). Only at the clause's start (after an "and" that opens it), the subject of one
    to three words, or of one or two before a phrase of a preposition ("Voters in Redmoor go", "The third season of
    Harbour Lights arrives"), and no "has", "had" or "have" in the clause: where the words leave the subject or the
    verb unclear, no tense."""
    tokens = _PAST_WORD_RE.findall(re.sub(r"^['’]s\b", "", words))  # "Friday's match kicks off": its subject is the date's
    if side == "after":  # "On Thursday, drivers walk out": the clause after the date
        tokens = tokens[:6]
    if not tokens or any(t.lower() in ("has", "have", "had", "was", "were", "been", "did") for t in tokens):
        return False
    if tokens[0].lower() in ("and", "but", "while"):  # ", and counting begins on Friday": the clause after the joining word
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0].lower() in ("he", "she", "it"):  # "It comes out on Friday", "He joins on Monday"
        return _singular_present(tokens[1]) and not _has_past_verb(" ".join(tokens[2:])) and not _off_the_verb(tokens[2:], side)
    if len(tokens) > 1 and tokens[0].lower() in ("they", "we"):  # "They play Sweden on Wednesday"
        return _bare_present(tokens[1]) and not _has_past_verb(" ".join(tokens[2:])) and not _off_the_verb(tokens[2:], side)
    if len(tokens) > 3 and tokens[0][:1].isupper() and tokens[1] == "and" and tokens[2][:1].isupper():  # "Microsoft and Meta report"
        verb = next((k for k in range(3, min(6, len(tokens))) if not tokens[k][:1].isupper()), None)
        if verb is not None and _bare_present(tokens[verb]):
            return not _has_past_verb(" ".join(tokens[verb + 1 :])) and not _off_the_verb(tokens[verb + 1 :], side)
    if tokens and tokens[0].lower() in ("the", "its", "their", "his", "her", "our", "this"):
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0].islower() and tokens[0].endswith("ing") and _singular_present(tokens[1]):  # "counting begins on Friday"
        return not _has_past_verb(" ".join(tokens[2:])) and not _off_the_verb(tokens[2:], side)
    for i in range(1, min(4, len(tokens))):
        subject, verb = tokens[:i], tokens[i]
        if any(t.lower() in _FUNCTION_WORDS or t.endswith(("ed", "ing", "ly")) for t in subject):
            break
        last, rest = subject[-1], " ".join(tokens[i + 1 :])
        if _off_the_verb(tokens[i + 1 :], side):
            return False  # "is up from 20 on Monday", "are in Paris after arriving on Monday": the date is not the verb's own
        if verb in ("is", "are"):  # "The final is played at Wembley on": a passive's participle is no past
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            return following not in _NO_TIMETABLE_AFTER_BE and not _has_past_verb(" ".join(tokens[i + 2 :]))
        if verb in ("say", "says") and side == "before":  # "Officials say talks resume on Thursday": the said clause's verb
            return _present_clause(rest, side)
        if verb in _SPEECH_WORDS or verb in _SAME_IN_PAST or _has_past_verb(rest):
            return False  # "Police said …", "The Jets beat the Bills on Sunday": the words do not tell
        if not verb.isalpha() or not verb.islower() or verb in _FUNCTION_WORDS or verb.endswith(("ed", "ing", "ly")) or verb in _IRREGULAR_PAST:
            continue
        if len(last) > 2 and last.endswith("s") and not last.endswith(("ss", "us", "is")) and not verb.endswith("s"):
            return True  # "Drivers walk out"
        if verb in _CLUB_FIXTURE_VERBS and all(t[:1].isupper() for t in subject):
            return True  # "Preston host Hull City", "Wednesday travel to Millwall": a club's name takes a plural verb in British use
        if last[:1].isupper() and not last.endswith("s") and verb.endswith("s") and not verb.endswith(("ss", "us")) and all(t[:1].isupper() for t in subject):
            return True  # "Nike reports"
        if _singular_subject(tokens, i):
            return True  # "The band performs in", "milder air moves in"
    if tokens and tokens[0].lower() in ("a", "an"):  # "A co-defendant goes on trial", "A yellow warning for ice remains"
        tokens = tokens[1:]
        for i in range(1, min(4, len(tokens))):
            if any(t.lower() in _FUNCTION_WORDS or t.endswith(("ed", "ing", "ly")) for t in tokens[:i]):
                break
            if _singular_subject(tokens, i):
                return not _has_past_verb(" ".join(tokens[i + 1 :])) and not _off_the_verb(tokens[i + 1 :], side)
    if (phrase := _subject_phrase(tokens)) is not None:  # "Voters in Redmoor go to the polls on"
        head, i = phrase
        verb, rest = tokens[i], " ".join(tokens[i + 1 :])
        if _has_past_verb(rest) or _off_the_verb(tokens[i + 1 :], side) or verb in _SAME_IN_PAST or verb in _IRREGULAR_PAST:
            return False
        plural = len(head) > 2 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
        return _singular_present(verb) if not plural else (verb.isalpha() and verb.islower() and not verb.endswith(("s", "ed", "ing", "ly")) and verb not in _FUNCTION_WORDS)
    return False


def _singular_subject(tokens: list[str], i: int) -> bool:
    """Whether `tokens[:i]` is a singular noun's subject and `tokens[i]` its verb in -s, followed by a function word or
    a name ("The band performs in", "milder air moves in", "The show opens on"; not a noun before another, "A federal
    appeals court on")."""
    last, verb = tokens[i - 1], tokens[i]
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return last.islower() and not last.endswith("s") and _singular_present(verb) and (following in _FUNCTION_WORDS or following[:1].isupper())


# Prepositions of a phrase inside a subject ("Voters in Redmoor", "Tickets for the derby", "The third season of …").
_SUBJECT_PREPOSITIONS = frozenset("of for in at from".split())


def _subject_phrase(tokens: list[str]) -> tuple[str, int] | None:
    """For a skimmed clause's words (its article dropped): a subject of one or two words and the phrase of a
    preposition after it, and where the verb after them stands: the subject's last word and the verb's index. The
    phrase holds names, numbers, articles and further prepositions, and one lower-case word at most ("A yellow
    warning for ice remains"); None where the words are no such subject."""
    for i in (1, 2):
        if i >= len(tokens) or tokens[i] not in _SUBJECT_PREPOSITIONS:
            continue
        if any(t.lower() in _FUNCTION_WORDS or t.endswith(("ed", "ly")) for t in tokens[:i]):  # "A yellow warning for": a noun in -ing
            return None
        head = tokens[i - 1]
        plural = len(head) > 2 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
        j, common = i + 1, 0
        while j < len(tokens) - 1 and j < i + 8:
            word = tokens[j]
            if word in _SUBJECT_PREPOSITIONS or word in ("the", "a", "an") or word[:1].isupper():
                j += 1
            elif word.islower() and common == 0 and word not in _FUNCTION_WORDS and tokens[j - 1] in _SUBJECT_PREPOSITIONS | {"the", "a", "an"} and (plural or not _singular_present(word)):
                common, j = 1, j + 1  # "for ice" before "remains", "for the derby"; not a verb after a name ("in Redmoor go")
            else:
                break
        if not plural and j < len(tokens) and tokens[j].islower() and not _singular_present(tokens[j]):
            # "Booking for the August bank holiday fun run opens on": a singular head's verb after the phrase's nouns
            ahead = next((k for k in range(j, min(j + 4, len(tokens))) if _singular_present(tokens[k]) or not tokens[k].islower() or tokens[k] in _FUNCTION_WORDS), None)
            j = ahead if ahead is not None and _singular_present(tokens[ahead]) else j
        if j > i + 1 and j < len(tokens) and tokens[j].islower():
            return tokens[i - 1], j
        return None
    return None


def _after_subject_phrase(words: str) -> str:
    """The words after the verb of a subject with a phrase of a preposition (`_subject_phrase`: "Voters in Redmoor go
    to the polls on"), whose place is the subject's, not a scene's; else the words."""
    found = list(_PAST_WORD_RE.finditer(words))
    skip = 1 if found and found[0].group().lower() in ("the", "a", "an", "its", "their", "his", "her", "our", "this") else 0
    phrase = _subject_phrase([m.group() for m in found[skip:]])
    return words[found[skip + phrase[1]].end() :] if phrase else words


def _bare_present(word: str) -> bool:
    """Whether a word reads as a verb in the present tense after a plural subject: a bare form, in none of the forms
    of the past, a participle or an adverb, no function word, and not a verb whose past is the same form."""
    return (
        word.isalpha() and word.islower() and not word.endswith(("s", "ed", "ing", "ly")) and word not in _FUNCTION_WORDS
        and word not in _IRREGULAR_PAST and word not in _SAME_IN_PAST and word not in _SPEECH_WORDS
    )


def _singular_present(word: str) -> bool:
    """Whether a word reads as a verb in the present tense after a singular subject: in -s, and no word that is no verb."""
    return (
        len(word) > 3 and word.isalpha() and word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
        and word not in _FUNCTION_WORDS and word not in _SPEECH_WORDS and word not in ("has", "was", "does")
    )


def _off_the_verb(following: list[str], side: str) -> bool:
    """Whether words between a present verb and a date make the date another thing's (`_OFF_THE_VERB`, a participle)."""
    # "is up from 20 on Monday" (the skim's words leave out the number); not "moves in from the Atlantic on Wednesday"
    compared = any(t == "from" and (k + 1 == len(following) or following[k + 1] in ("on", "in", "at")) for k, t in enumerate(following))
    return side == "before" and (compared or any(t in _OFF_THE_VERB - {"from"} or t.endswith("ing") for t in following))


def _verb_after(words: str) -> bool:
    """Whether the words after a date hold a finite verb: a past one, a common irregular past, or an auxiliary."""
    return _has_past_verb(words) or any(w.lower() in _FINITE_AFTER for w in _PAST_WORD_RE.findall(words))


_FINITE_AFTER = frozenset(
    "is are was were has have had will would could can may might should must drew shot sank swung tore stole sat lit dealt slid hung rode sang ate swam wept".split()
)
# Where a present tense's scene is ("outside parliament in London", "at the White House") and an "as" clause after
# the date ("on Monday as fears mount"): a caption's or a lede's present, of the day just gone.
_SCENE_BEFORE_RE = re.compile(r"\b(?:in|at|outside|near|inside|across|around)\s+(?:the\s+)?[A-Z]")
_AS_AFTER_RE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+as\b(?!\s+(?:part|well|usual|planned|scheduled|expected)\b)")
# A fixture's verbs in their bare form, after a club's name ("Villa host West Ham on Saturday"); "travel" too ("Leeds travel to Burnley").
_CLUB_FIXTURE_VERBS = _FIXTURE_VERBS | frozenset(("travel", "welcome", "entertain"))
_FIXTURE_VERB_RE = re.compile(rf"\b(?:{'|'.join(_FIXTURE_VERBS)})(?:s|es)?\b")
# Words between a present verb and a date that make the date another thing's: a point compared with or counted from.
_OFF_THE_VERB = frozenset("since from than ago until till as".split())
# Verbs whose past is their present (`_ONE_FORM_VERBS`, and "bid", "broadcast", "forecast"): after one, the words tell no tense.
_SAME_IN_PAST = _ONE_FORM_VERBS | frozenset(("bid", "broadcast", "forecast"))
# Words after "is"/"are" that make no timetable: an infinitive, a saying ("is believed", "is said").
_NO_TIMETABLE_AFTER_BE = frozenset("to believed thought understood said reported alleged known expected".split())


# A timetable told in the past, for a sentence without a parse ("was scheduled for", "were due to").
_WAS_DUE_RE = re.compile(r"(?i)\b(?:was|were)\s+(?:\w+\s+)?(?:due|scheduled|set|slated|booked|expected|supposed)\b")
_WOULD_RE = re.compile(r"(?i)\bwould\b|['’]d\b")
_CAN_WORD_RE = re.compile(r"\bcan\b", re.IGNORECASE)
# "can" (not "can't") right before the verb whose clause the date ends, for a sentence without a parse: no
# other verb's word after it ("can comment on the plan until", not "can confirm a man is due in court on").
_CAN_GOVERNS_RE = re.compile(
    r"\bcan\s+(?:[a-z]+ly\s+|still\s+|also\s+|now\s+)?[a-z]+\b"
    r"(?!.*\b(?:am|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|shall|should|may|might|must|could|can)\b).*$",
    re.IGNORECASE | re.DOTALL,
)


# A directive in the past and the infinitive it asks for, for a sentence without a parse.
_ORDERED_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(v + ("d" if v.endswith("e") else "ged" if v == "beg" else "ed") for v in _DIRECTIVE_VERBS)) + r")\b.*\bto\s+[a-z]+\b"
)


# A past act that moved or set something to the date right after it (`_moved_to`), for a sentence without a parse.
_MOVED_BEFORE_RE = re.compile(
    r"\b(?:moved|postponed|delayed|pushed\s+back|rescheduled|deferred|adjourned|brought\s+forward|put\s+off|set|scheduled|booked|slated)\s+(?:to|until|till|for)\s+(?:on\s+|the\s+)?$"
    # "extended the registration deadline to Tuesday", "has extended its alert until 9am (or 09:00) on Wednesday"
    r"|\bextended\s+(?:(?:the|its|their|a|an)\s+)?(?:[a-z]+\s+){0,4}?(?:to|until|till|through)\s+(?:" + _HOUR + r"\s+)?(?:on\s+|the\s+)?$"
)


def _has_past_verb(text: str) -> bool:
    """Whether words hold a verb in the past ("approved", "met"), not an adjective after an
    article ("the proposed law")."""
    previous = ""
    for word in _PAST_WORD_RE.findall(text):
        regular = len(word) > 3 and word.endswith("ed") and word.islower() and word not in _NOT_PAST
        possession = word == "got" and previous in ("ve", "have", "has")  # "We've got a quick turnaround": a present
        if (regular or word.lower() in _IRREGULAR_PAST) and previous not in ("the", "a", "an") and not possession:
            return True
        previous = word.lower()
    return False


def _dates(
    text: str,
    published: date | None,
    tense: Callable[[tuple[int, int]], bool | str | None],
    *,
    anchor: dates.ResolvedDate | None = None,
    named: Callable[..., bool] | None = None,
    attributive: Callable[[tuple[int, int]], bool] | None = None,
    past_verb: Callable[[tuple[int, int]], bool] | None = None,
    describes_now: Callable[[tuple[int, int]], bool] | None = None,
    main_clause: Callable[[tuple[int, int]], bool | None] | None = None,
    dateline_end: int = 0,
    clubs: frozenset[str] = frozenset(),
    quoted_unstamped: Callable[[tuple[int, int]], bool] | None = None,
    doc=None,
    heading: bool = False,
) -> tuple[DatedMention, ...]:
    """The dates in `text` that resolve to a point in time; `tense` tells, for an expression's
    character span, whether its clause looks ahead (True), back (False) or cannot tell (None);
    `anchor` is the date the text named last ("the next day" counts from it); `named`,
    whether a span is part of a name (by the parse, or for a skimmed sentence by what the parse showed
    of the article's people, `_named_in_words`); `attributive`, where the sentence was parsed, whether
    the parse reads a span as part of a noun phrase rather than as when its clause happens; `past_verb`, whether it
    hangs straight on a verb in the past tense ("took effect on Jan. 1"); `describes_now`, whether it
    describes a thing a clause in the present tense is about ("Legislation from 1965 still bars"): a
    year gone by then dates no event of the sentence. `main_clause`, where the sentence was parsed, tells
    whether a span hangs on its main clause (`_main_clause_in`; else the words tell, `_skim_main`); the
    first `dateline_end` characters are a wire's dateline, whose date is the story's day and no event; `clubs`, the weekday
    words the article uses as a name (`club_weekdays`); `quoted_unstamped`, whether a span lies inside a quotation of an
    article that does not tell its own day as "today" (`quotations_of_another_day`): there "today" is the saying's day."""
    if _is_stamp(text, published):
        return ()  # "08:00, 9 Aug 2025 | Updated 11:42, 9 Aug 2025": the page's own stamp, no event
    mentions = []
    if text.isupper() and len(lowered := text.lower()) == len(text):  # the same length ("İ" is not): offsets hold
        text = _CAPITALISED_WORD_RE.sub(lambda word: word.group().upper(), lowered)  # "EMBARGOED UNTIL … ON WEDNESDAY 19 MARCH": as running text

    spans = []  # each mention's characters, in step with `mentions`

    def mention(resolved: dates.ResolvedDate, span: tuple[int, int], dates_event: bool) -> DatedMention:
        spans.append(span)
        role = DATELINE if span[1] <= dateline_end else _role(text, span)
        main = main_clause(span) if main_clause is not None else _skim_main(text, span)
        upcoming = resolved.date > (published or resolved.date)
        return DatedMention(resolved, upcoming=upcoming, dates_event=dates_event and role != DATELINE, role=role, main=main)

    readings = {}  # the rules' reading of each date's clause (`tense`), for the learned decisions
    year_named = None  # (year, where its expression ends) for the last year this text named: "in 2019, when … in June"
    entry_date = None  # the date with a year that labels an entry of a list or timeline ("October 2022: …"), and its line's start
    matches = _date_matches(text)
    ranges = []  # (first end, last end) of each span of time told in words ("between 1953 and 1971")
    hyphened = lambda a, b: re.fullmatch(r"\s*[-–]\s*", text[a.end() : b.start()])
    # the ends of a span that is no event's ("moved the vote from Tuesday to Thursday", "open Monday through Friday",
    # "the choice is between March and June"): neither end a date of its own (`_span_of_no_event`)
    no_point = set()
    for k in range(1, len(matches)):
        if _ends_a_range(text, matches[k - 1], matches[k]) and _span_of_no_event(text, matches[k - 1], matches[k]):
            no_point.update((k - 1, k))
    for i, match in enumerate(matches):
        if (i + 1 < len(matches) and hyphened(match, matches[i + 1])) or (i > 0 and hyphened(matches[i - 1], match)):
            continue  # "the April-June quarter", "Aug. 30-Sept. 9": a period's name or a span cut short, no point of its own
        if i in no_point:
            continue
        if i > 0 and _ends_a_range(text, matches[i - 1], match):
            ranges.append((matches[i - 1].span(), match.span()))  # each end a date of its own, read in step below
        # the recogniser reads "Easter" as a person, "Trump's July 25 call" as an organisation
        plain = _HOLIDAY_RE.search(match.group()) is not None or (_MONTH_RE.search(match.group()) is not None and re.search(r"\d", match.group()) is not None)
        plain = plain or dates.FISCAL_YEAR.fullmatch(match.group()) is not None  # the recogniser reads "FY2024" as a name
        if (ordinal := _ORDINAL_WEEKDAY_RE.fullmatch(match.group())) is not None:
            future = readings[match.span()] = tense(match.span())
            side = future if future in (True, False) else dates.NEAREST  # the month's side, as a month alone's
            if (counted := _weekday_of_month(ordinal, _resolve(ordinal.group("month"), published, side, anchor))) is not None:
                mentions.append(mention(counted, match.span(), True))
                anchor = counted
            continue
        if (counted := _counted_weekday(text, match, mentions[-1].resolved if mentions else None)) is not None:
            mentions.append(mention(counted, match.span(), True))
            anchor = counted
            continue
        if not _in_date_context(text, match) or (named is not None and named(match.span(), plain)):
            continue
        if clubs and _names_club(text, match, clubs):
            continue  # "Wednesday had led", "Sheffield Wednesday": a club the article names
        future = readings[match.span()] = tense(match.span())
        if (side := _appositive_side(text, match)) is not None:
            future = readings[match.span()] = side  # "a cut at the next meeting, on May 8, was not likely": the meeting's side
        bound = future == BOUND_AFTER_ACT  # a past clause's bound after its act: behind, unless the day ahead is much nearer
        if bound:
            future = readings[match.span()] = False
        if _holiday_event(text, match) and future not in (True, dates.NEAREST, REPORTED, WAS_DUE):
            continue  # "the Boxing Day tsunami killed …": a holiday's event in the past may be a name for one of years ago
        if future in (None, dates.NEAREST, UNTOLD) and _MONTH_ALONE_POSSESSIVE_RE.fullmatch(text, match.start(), min(len(text), match.end() + 2)):
            continue  # "The decision reverses October's cut": which October a clause of no tense does not tell
        if future is False and _labels_entry(text, match) and not re.search(r"\d{4}", match.group()):
            future = UNSURE  # "Oct. 31: Halloween parade downtown": what follows the label is no verb of its own
        if future == SCENE and _CAPTION_LABEL_RE.match(text):  # "Photograph: Fans queue outside the Albert Hall on Saturday": a day gone
            future = False
        if future == SCENE:  # a caption's day just gone, else a timetable's ahead
            behind = _resolve(match.group().strip(), published, False, anchor)
            future = dates.NEAREST if behind and published and (published - behind.date).days <= 1 else True
        untold = future == UNTOLD
        future = None if untold else future
        if future in (None, UNSURE) and _labels_entry(text, match) and (listed := _next_in_list(text, match, anchor, published)):
            mentions.append(mention(listed, match.span(), True))
            anchor = listed  # "Tuesday: Housing starts" after "Monday: Homebuilder sentiment data"
            continue
        ordered_season = future == ORDERED and _SEASON_WORD_RE.search(match.group()) is not None
        reported_month = future in (REPORTED, ORDERED, WAS_DUE) and _MONTH_RE.search(match.group()) is not None
        if future == WAS_DUE:
            future = True if reported_month else dates.NEAREST
        if future in (REPORTED, ORDERED):
            future = True
            # "said on Tuesday she would resign on Thursday": the Thursday after the saying
            said_on = next((m.resolved for m in reversed(mentions) if m.role in (REPORTING, ATTRIBUTION)), None)
            if (weekday := _weekday_alone(match.group())) is not None and said_on and said_on.precision == dates.DAY and published and said_on.date <= published:
                found = said_on.date + timedelta(days=(weekday - said_on.date.weekday()) % 7)
                mentions.append(mention(dates.ResolvedDate(found, dates.DAY, match.group()), match.span(), True))
                anchor = _anchor_after(mentions[-1:], anchor)
                continue
        resolved = _resolve(match.group().strip(), published, None if future == UNSURE else future, anchor)
        if reported_month and resolved and resolved.date > (published or resolved.date):  # after a past act: behind only if much nearer
            behind = _resolve(match.group().strip(), published, False, anchor)
            resolved = behind if behind and _clearly_nearer(behind, resolved, published) == behind else resolved
        if untold and resolved and _weekday_alone(match.group()) is not None:  # "They play Sweden on Wednesday", said on a Monday
            resolved = _clearly_nearer(resolved, _resolve(match.group().strip(), published, True, anchor), published) or resolved
        if ordered_season and resolved and published:  # "was ordered to close in the spring": the nearer spring
            behind = _resolve(match.group().strip(), published, False, anchor)
            resolved = min((r for r in (resolved, behind) if r), key=lambda r: _distance_in_days(r, published))
        if future == UNSURE and resolved:  # no verb to tell the side: only a value that does not depend on it
            future = None
            if resolved != (ahead := _resolve(match.group().strip(), published, True, anchor)):
                words_tell = _skim_tense(text, match.span())  # a verb the parse missed ("The Fed last cut rates in December")
                if words_tell not in (None, UNTOLD):
                    resolved = ahead if words_tell else resolved
                elif not _labels_entry(text, match) or _MONTH_RE.search(match.group()):  # "Tuesday: Housing starts" alone may be last week's or next
                    resolved = _clearly_nearer(resolved, ahead, published)  # "Oct. 31: Halloween parade", said on Oct. 1: this one
                else:
                    resolved = None
                if resolved is None:
                    continue
        if resolved and i + 1 < len(matches) and (restated := _restated(text, match, matches[i + 1], published)):
            resolved = restated  # "four days later, on July 20, 1969": the date the text gives at once
        if resolved and published and _far_ahead_number(text, match, resolved, published):
            continue  # "a total score of 2072", "the RTX 2060": a number, not a year decades ahead
        if bound and resolved and (ahead := _resolve(match.group().strip(), published, True, anchor)) and _clearly_nearer(resolved, ahead, published) == ahead:
            resolved = ahead  # "voted to table the proposal until its April 9 meeting", said in March
        elif resolved and future is False and past_verb is not None and past_verb(match.span()) and _past_day_read_ahead(match.group(), resolved, published):
            resolved = _in_year(resolved, resolved.date.year - 1)  # the parser read a past verb: "took effect on Jan. 1", said in December
        line = text.rfind("\n", 0, match.start()) + 1
        if resolved and _dated_label(text, match, resolved):
            entry_date = (resolved, line)
        elif resolved and entry_date is not None and entry_date[1] == line and (dated := _nearest_to(resolved, entry_date[0], future)) is not None:
            resolved = dated  # "October 2022: OPEC+ agrees to cut output from November": the November by the entry's date
        if resolved and year_named and _in_year_named(text, match, resolved, year_named[1]):
            resolved = _in_year(resolved, year_named[0])
        elif resolved and (opened := _reported_after_opening(text, match, resolved, mentions, readings.get(match.span()), published)) is not None:
            resolved = opened  # "In March 2020, the government said it would reopen schools in June": that June
        elif resolved and year_named and future is False and _opened_by_year(text, match, resolved, year_named[1]):
            # "Last year, shoppers spent $13bn on Cyber Monday", "In 2020, the council met on Labor Day": that year's;
            # a clause that looks ahead is not ("In 2024, Smith was elected, and his term ends in May")
            in_year = _resolve(f"{match.group().strip()} {year_named[0]}", published, None)
            resolved = replace(in_year, text=resolved.text) if in_year else resolved
        elif resolved and future is False and _in_season_named(match, resolved, anchor, published):
            resolved = _in_year(resolved, anchor.date.year) or resolved  # "in the spring of 2021. … a cold snap in late April": that spring's April
        if resolved and year_named and (quoted := _quoted_from_year(text, match, year_named, published)):
            resolved = quoted  # "In a 2021 interview, she said crews would "break ground next year""
        if resolved and _weekday_disagrees(match.group(), resolved):  # "In 2020, the race was called on Saturday, Nov. 7"
            adverbial = year_named and re.search(rf"\b(?:[Ii]n|[Dd]uring)\s+{year_named[0]}\b", text[: match.start()])  # not "the original 1959 doll"
            in_named_year = _in_year(resolved, year_named[0]) if adverbial else None
            resolved = in_named_year if in_named_year and not _weekday_disagrees(match.group(), in_named_year) else None
        if resolved and (around := _days_around(text, match, resolved)) and not any(m.resolved.date == around.date and m.resolved.precision == dates.DAY for m in mentions):
            resolved = around  # "the day before Thanksgiving", "two days after Christmas"; not where the sentence gave that day ("sacked him on Monday, two days after Saturday's defeat": Saturday's)
        if resolved and resolved.precision == dates.YEAR:
            year_named = (resolved.date.year, match.end())
        if resolved:
            upcoming = resolved.date > (published or resolved.date)
            contradicts = (future is True and not upcoming) or (future is False and upcoming)
            describes = contradicts and attributive is not None and attributive(match.span())
            if published and resolved.date.year < published.year and describes_now is not None and describes_now(match.span()):
                describes = True  # "A state law dating from 2011 requires counties to …": the law is 2011's, the requiring now
            mentions.append(mention(resolved, match.span(), not describes))
            anchor = _anchor_after(mentions[-1:], anchor)
    mentions = _in_step(mentions, spans, ranges, text, published)
    if doc is not None:  # a parsed sentence: the learned decisions (`_decided`)
        mentions, spans = _decided(text, mentions, spans, readings, doc, published, heading, attributive)
    return tuple(_from_the_saying(text, mentions, spans, published, quoted_unstamped))


_MONTH_RE = re.compile(_MONTH)
# A page's stamp line: dates, clock times, the words of a stamp ("Updated", "Published", "Last modified") and, after
# them, names (an outlet's, a zone's: "The Times", "BST"), with no lower-case word of running text.
_CLOCK_RE = re.compile(r"(?i)\b\d{1,2}[:.]\d\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)")
_STAMP_WORDS_RE = re.compile(r"(?i)\b(?:(?:last\s+)?(?:updated|modified|published|posted|first\s+published)(?:\s+(?:on|at))?|at|on)\b")
_STAMP_LEFT_RE = re.compile(r"[\s|/,;:()\[\]·•–—-]*(?:(?:[A-Z][\w'’&.]*|by|of|the)[\s|/,;:()\[\]·•–—-]*)*")


@functools.lru_cache(maxsize=1 << 12)  # a sentence is read for a stamp and for its dates, skimmed and again parsed
def _date_matches(text: str) -> tuple:
    """The date expressions `_DATE_RE` finds in the text, in order (matches are read, never changed)."""
    return tuple(_DATE_RE.finditer(text))


def _is_stamp(text: str, published: date | None = None) -> bool:
    """Whether a sentence is a page's date stamp alone ("Tue Jul 25 2023 - 06:00", "Updated / Friday, 23 Jan 2026 12:48",
    "Wednesday October 22 2025, 12.01am, The Times"): a date with a year or a clock time or a stamp's word, and nothing
    else but names. A heading of running text ("Election day is November 5") has a lower-case word and stays. Without
    a stamp's word, the date is no later than the day after publication: a listing that opens on its date ("Thursday
    12 March 2026, 7.30pm, Northfield Library.") is an event ahead."""
    if len(text) > 120:
        return False
    found = _date_matches(text)
    if not found:
        return False
    rest = _DATE_RE.sub(" ", text)
    clock = _CLOCK_RE.search(rest) is not None
    stamp_word = re.search(r"(?i)\b(?:updated|modified|published|posted)\b", rest) is not None
    dated = any(re.search(r"(?:1[6-9]|20)\d\d", m.group()) for m in found)
    if not (clock or stamp_word or (dated and len(found) == 1 and re.search(r"\d", found[0].group()) and _weekday_in(found[0].group()))):
        return False
    bare = lambda words: re.sub(_ZONES_AND_SHORT_WEEKDAYS, " ", _STAMP_WORDS_RE.sub(" ", _CLOCK_RE.sub(" ", words)))
    if re.search(r"\w", bare(text[: found[0].start()])):
        return False  # "Concert: Friday 6 June 2025, 7.30pm, Royal Hall": a listing's label before the date; a stamp opens on it
    if _STAMP_LEFT_RE.fullmatch(bare(rest)) is None:
        return False
    if published is None or stamp_word:
        return True
    read = [_resolve(m.group().strip(), published, None) for m in found]  # (a stamp's shape only: few sentences)
    return not any(r is not None and not r.is_vague and r.date > published + timedelta(days=1) for r in read)


# Time zones, and weekdays cut short, a stamp writes by its date ("Tue Jul 25 2023 - 06:00").
_ZONES_AND_SHORT_WEEKDAYS = r"\b(?:UK|ET|EST|EDT|CT|PT|GMT|BST|CET|AEST|IST|UTC|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b"


def _weekday_in(expression: str) -> bool:
    """Whether a date expression names its weekday, in full or cut short ("Tue Jul 25 2023", "Friday, 23 Jan 2026")."""
    return re.search(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)", expression) is not None


# A caption's label opening a sentence: what it shows in the present has been.
_CAPTION_LABEL_RE = re.compile(r"(?:Photo(?:graph)?s?|Pictures?|Pictured|Images?|Caption)(?:\s*\([^)]{0,40}\))?\s*:")
_CAPITALISED_WORD_RE = re.compile(r"(?<![\w'’])[a-z]")
_MONTH_ALONE_POSSESSIVE_RE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)['’]s")
_QUOTATION_RE = re.compile(r'"[^"]*"|“[^”]*”')
_RELATIVE_DAY_RE = re.compile(r"(?i)today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night")


def _from_the_saying(
    text: str, mentions: list[DatedMention], spans: list[tuple[int, int]], published: date | None,
    quoted_unstamped: Callable[[tuple[int, int]], bool] | None = None,
) -> list[DatedMention]:
    """The mentions, with "today", "yesterday" or "tomorrow" inside a quotation counted from the day the
    sentence gives the saying, where that is not the publication's ("“Yesterday was the hardest day,” he told
    reporters on Monday"; "On Monday, the mayor said: “Today we start rebuilding.”"). A date inside a "who" or
    "which" clause is that clause's ("Smith, who was elected on May 4, said: “Today …”"), and a date followed by a
    speech verb gives the saying's day only where it opens the sentence ("On Monday, the mayor said: …"). Where the
    sentence gives no such day, one inside a quotation of the article (`quoted_unstamped`) is left out: said at a
    hearing, a match or a verdict, most often not on the day of publication ("“Today a judge has said it,” she said
    outside court"); where the article tells its own day as "today" (a live blog), they keep it."""
    quotations = [found.span() for found in _QUOTATION_RE.finditer(text)]
    if published is None or not (quotations or quoted_unstamped):
        return mentions
    inside = lambda span: any(start <= span[0] and span[1] <= end for start, end in quotations)  # noqa: E731
    said = _past_speech_forms()
    saying = next(
        (
            m.resolved.date
            for m, span in zip(mentions, spans, strict=True)
            if m.resolved.precision == dates.DAY
            and not inside(span)
            # nor inside a quotation the sentence only opens or closes ("“We are told tomorrow, tomorrow." …): what is
            # quoted gives no day of its own saying
            and not (quoted_unstamped is not None and quoted_unstamped(span))
            and _skim_main(text, span) is not False
            and (
                m.role in (REPORTING, ATTRIBUTION)
                or (_clause_bounds(text, span)[0] == 0 and re.match(rf",\s+[^,\"“”]{{1,60}}?\b(?:{said})\b[^\"“]*[\"“]", text[span[1] :]))
            )
        ),
        None,
    )
    if saying is None and quoted_unstamped is not None:
        quoted = lambda span: inside(span) or quoted_unstamped(span)  # noqa: E731  (a short quotation is the sentence's only)
        return [m for m, span in zip(mentions, spans, strict=True) if not (_RELATIVE_DAY_RE.fullmatch(m.resolved.text.strip()) and quoted(span))]
    if saying is None or saying == published:
        return mentions
    found = []
    for m, span in zip(mentions, spans, strict=True):
        if not inside(span) and quoted_unstamped is not None and quoted_unstamped(span) and _RELATIVE_DAY_RE.fullmatch(m.resolved.text.strip()):
            continue  # in a quotation the sentence only closes: the day it gives is not that quotation's saying
        if inside(span) and _RELATIVE_DAY_RE.fullmatch(m.resolved.text.strip()) and (counted := dates.resolve_date(m.resolved.text, saying)):
            m = replace(m, resolved=counted, upcoming=counted.date > published)
        found.append(m)
    return found

# What a figure is compared with, right before a date: "narrowed to $3.4 billion from $5.1 billion in
# February", "compared with 4.1% in January", "compared with the same month of 2024" (a count between "from" and the
# date: "runs from March" starts something; a clock time is none: "closed from 10am on Monday"; nor is an ordinal,
# "from the 60th minute on Saturday").  "versus" compares a figure ("versus 4.1% in January"), not a team
# ("a game versus Boston on Friday"); a figure ends on a digit ("closed from 2019, reopened on Saturday").
_COMPARED_BEFORE_RE = re.compile(
    r"(?i)\b(?:(?:from|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:(?:a|an|the)\s+)?[$€£¥]?\s?\d+(?:[.,]\d+)*"
    r"(?![\d:]|\s*(?:am|pm|a\.m|p\.m|GMT|ET|BST)\b|(?:st|nd|rd|th)\b)\s*(?:%|percent|per\s+cent|[a-z]+)?"
    r"(?:\s+[a-z]+)?\s+(?:in|on|at|during|for|of)"
    r"|compared\s+(?:with|to)(?:\s+[^,;:.]{0,30}?\s(?:in|on|of|with)|\s+(?:in|on|with))?|versus|vs\.?)\s+$"
)
# A speech verb's clause that closes a sentence after what was said: ", a security official said Tuesday."
_ATTRIBUTION_BEFORE_RE = re.compile(r"[,”\"’]\s+(?!(?:and|but|while|as)\b)[^,;:—“”\"]{0,80}$")  # the speaker, after a comma or a quotation
_ACCORDING_BEFORE_RE = re.compile(r",\s+according\s+to\b[^,;:—“”\"]{0,100}$")
# What may follow such a date: a place or a means ("in a statement", "on Telegram"), then the sentence's
# end or a participle that goes on with what was said ("…, the company said on Friday, ending an 11-year tenure").
_ATTRIBUTION_AFTER_RE = re.compile(r"(?:\s+(?:in|on|to|via|at|during)\s+[^,;:—“”\"]{0,40})?(?:[.!?]?[\"”’]?\s*|,\s+[a-z]+ing\b.*)", re.DOTALL)
_SUBORDINATE_RE = re.compile(r"(?i)\b(?:who|whom|which|because|while|whereas|although|though)$")


# A bound of what happens, right before a date: "keep the government open through March", "a shutdown before
# Christmas", "after Sunday's defeat", "ahead of the vote on Friday" (not "by Friday": what is done by then is done then).
_BOUND_BEFORE_RE = re.compile(r"(?i)\b(?:until|till|through|throughout|before|after|ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$")


def _role(text: str, span: tuple[int, int]) -> str:
    """What a date is in its sentence (see `DatedMention.role`), from the words around it."""
    start, end = span
    if _COMPARED_BEFORE_RE.search(text[max(0, start - 60) : start]):
        return COMPARISON
    if _BOUND_BEFORE_RE.search(text[max(0, start - 40) : start]):
        return BOUND
    if _ACCORDING_BEFORE_RE.search(text, 0, start) and _ATTRIBUTION_AFTER_RE.fullmatch(text, end):
        return ATTRIBUTION  # "…, according to a report by The Detroit News late on Thursday."
    verb = _said_before_re().search(text, max(0, start - 40), start) if _said_before(text, start, end) else None
    if verb is not None and not verb.group().lower().startswith("since"):
        if _ATTRIBUTION_BEFORE_RE.search(text, 0, verb.start()) and _ATTRIBUTION_AFTER_RE.fullmatch(text, end):
            return ATTRIBUTION
        return REPORTING
    return EVENT


def _skim_main(text: str, span: tuple[int, int]) -> bool | None:
    """For a sentence without a parse: False where the date's clause opens on "who", "which",
    "because" … ("a kayaker who failed to return on Monday"), else None: the words do not tell."""
    start, _ = _clause_bounds(text, span)
    return False if _SUBORDINATE_RE.search(text, 0, start) else None


# Clauses that are not the sentence's main one: relative and adverbial clauses, a clause on a noun,
# a clausal subject; what a speech verb reports is the main one's content ("said the plant would close in March").
_SUBORDINATE_DEPS = frozenset("relcl advcl acl csubj csubjpass ccomp parataxis".split())


def _main_clause_in(doc) -> Callable[[tuple[int, int]], bool | None]:
    """For a parsed sentence: whether a character span hangs on the sentence's main clause, climbing
    from it to the root through no subordinate clause (`_SUBORDINATE_DEPS`) but what the root, a speech verb, reports."""

    def main_clause(span: tuple[int, int]) -> bool | None:
        tokens = doc.char_span(*span, alignment_mode="expand")
        if tokens is None or not len(tokens):
            return None
        token = tokens.root
        while token.head.i != token.i:
            if token.dep_ in _SUBORDINATE_DEPS and token.pos_ in ("VERB", "AUX"):
                reported = token.dep_ in ("ccomp", "parataxis") and token.head.dep_ == "ROOT" and token.head.lemma_.lower() in SPEECH_VERBS
                # "came from behind to beat Sheffield Wednesday … on Saturday", "rallied to win on Sunday": an infinitive of
                # what a past main verb achieved is that clause's event
                achieved = token.dep_ == "advcl" and token.tag_ == "VB" and token.head.dep_ == "ROOT" and token.head.tag_ == "VBD" and any(
                    c.tag_ == "TO" and c.i == token.i - 1 for c in token.children
                )
                if not (reported or achieved):
                    return False
            token = token.head
        return True

    return main_clause
# A street name after a number: the number is a house's ("1921 Larkspur Drive", "2001 N. Main St.").
_STREET_AFTER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl|"
    r"Highway|Hwy|Parkway|Pkwy|Terrace|Circle|Trail|Pike)\b"
)


_FAR_AHEAD_YEARS = 25  # beyond this many years after publication, a bare number needs a word that makes it a time


def _far_ahead_number(text: str, match: re.Match, resolved: dates.ResolvedDate, published: date) -> bool:
    """Whether a bare number read as a year lies decades after publication without a word that
    makes it a time ("by 2060", "in 2070", "the 2050 target"): then it is a score or a model."""
    if not match.group().isdigit() or resolved.date.year <= published.year + _FAR_AHEAD_YEARS:
        return False
    before = text[: match.start()].split()
    previous = before[-1].lower() if before else ""
    return previous not in _SEASON_PREPOSITIONS | _DETERMINERS | {"to", "until", "till", "beyond", "around", "its", "their", "his", "her"}


def _restated(text: str, match: re.Match, following: re.Match, published: date | None) -> dates.ResolvedDate | None:
    """A count from an earlier date that the text restates at once as a date with its year ("four
    days later, on July 20, 1969"; "a year earlier in March 2012"): that date, at the count's
    unit; None for anything else."""
    counted = re.search(r"(?i)\b(day|month|year)s?\s+(?:later|earlier)$", match.group())
    if counted is None or not re.fullmatch(r",?\s+(?:on\s+|in\s+)?", text[match.end() : following.start()]) or not re.search(r"\d{4}", following.group()):
        return None
    found = _resolve(following.group().strip(), published, None)
    unit = counted.group(1).lower()
    if found is None or (unit == "day" and found.precision != dates.DAY) or (unit == "month" and found.precision not in (dates.DAY, dates.MONTH)):
        return None
    day = {"day": found.date, "month": found.date.replace(day=1), "year": date(found.date.year, 1, 1)}[unit]
    return dates.ResolvedDate(day, {"day": dates.DAY, "month": dates.MONTH, "year": dates.YEAR}[unit], match.group())


_DAYS_AROUND_RE = re.compile(
    r"(?i)\b(?:(the|a|one)\s+(?:day|night)|(?<![\d,.-])(two|three|four|five|six|seven|[1-9]\d?)\s+days)\s+(before|after)\s+$"
)  # not "in the days after May 7": a stretch of days


def _days_around(text: str, match: re.Match, resolved: dates.ResolvedDate) -> dates.ResolvedDate | None:
    """A day counted from a day the text names right after ("the day before Thanksgiving", "two days
    after Christmas", "the night before Tuesday's game"): that day, with the count in its words."""
    found = _DAYS_AROUND_RE.search(text, max(0, match.start() - 40), match.start())
    if found is None or resolved.precision != dates.DAY:
        return None
    word = (found.group(2) or "").lower()
    count = 1 if found.group(1) else int(word) if word.isdigit() else dates.NUMBERS[word]
    step = timedelta(days=count if found.group(3).lower() == "after" else -count)
    return dates.ResolvedDate(resolved.date + step, dates.DAY, text[found.start() : match.end()])


# A date set by a comma after a thing the words place on one side of now ("at the next meeting, on May 8", "its upcoming
# results, on Tuesday", "the previous review, in March"); not a span of time ("the next day, on May 9" counts from a date).
_APPOSITIVE_SIDE_RE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|this|a)|[A-Za-z][\w.]*['’]s)\s+(next|upcoming|coming|forthcoming|previous)\s+(?:[a-z]+\s+){0,2}([a-z]+),\s+(?:on\s+|in\s+)?$"
)


def _appositive_side(text: str, match: re.Match) -> bool | None:
    """The side of now of a month or a day set by a comma right after a thing named as next or previous, which the date
    restates (`_APPOSITIVE_SIDE_RE`): ahead for the next, behind for the previous; None for any other date."""
    found = _APPOSITIVE_SIDE_RE.search(text, max(0, match.start() - 80), match.start())
    if found is None or found.group(2) in _TIME_NOUNS or re.search(r"\d{4}|year", match.group()):
        return None
    if found.group(1) == "next" and (verb := re.search(r"\b([a-z]+)\s+$", text[max(0, found.start() - 30) : found.start()])) and _has_past_verb(verb.group(1)):
        return None  # "He made his next appearance, in May, against Chelsea": next after a past act, no side of now
    return found.group(1) != "previous"


def _in_season_named(match: re.Match, resolved: dates.ResolvedDate, anchor: dates.ResolvedDate | None, published: date | None) -> bool:
    """Whether a month named without a year, in a past clause, lies inside the season of a year that the text named last
    ("But something changed in the spring of 2021. The water warmed fast, and then a cold snap in late April sent
    temperatures plunging"): the story is telling that season, so the month is that year's. Only a season written with
    its year; not a winter (which year's January?), nor a season of the month's own year, nor one that has not begun by
    publication ("will open in the spring of 2027. In April, the company said …": no story of that season told yet)."""
    if anchor is None or anchor.precision != dates.SEASON or anchor.date.month == 12 or resolved.precision not in (dates.MONTH, dates.DAY):
        return False
    if published is None or anchor.date > published:
        return False
    if not re.search(r"\d{4}", anchor.text):
        return False  # "last summer" counts from now, and tells no story of its own year
    if re.search(r"\d{4}|year", match.group()) or _MONTH_RE.search(match.group()) is None:
        return False
    return anchor.date.month <= resolved.date.month <= anchor.date.month + 2 and anchor.date.year != resolved.date.year


def _in_year_named(text: str, match: re.Match, resolved: dates.ResolvedDate, after: int) -> bool:
    """Whether a month named without a year belongs to the year named just before it in the same
    sentence, in a clause "when" opens ("went public in 2019, when it raised $300 million in June";
    "until last year, when he played his final concert in April"), or set right after it by a comma, as the point in
    that year ("sees one cut this year, in September"; "left last year, on March 3")."""
    expression = match.group()
    if resolved.precision not in (dates.MONTH, dates.DAY) or _MONTH_RE.search(expression) is None or re.search(r"\d{4}|year", expression):
        return False
    between = text[after : match.start()]
    if re.fullmatch(r",\s+when\b[^,;:—()]*", between):
        return _DATE_RE.search(between) is None
    # set off by a comma: only a year that is the time of the clause ("left last year, on March 3", "in 2019, in June"),
    # not a noun's ("published its review of 2024, on March 3": the review's subject, no time)
    return re.fullmatch(r",\s+(?:in|on)\s+", between) is not None and _YEAR_AS_TIME_RE.search(text, max(0, after - 40), after) is not None


_YEAR_AS_TIME_RE = re.compile(r"(?i)(?:\b(?:in|during|throughout)\s+(?:(?:early|late|mid)[\s-]+)?(?:1[6-9]|20)\d\d|\b(?:last|next|this)\s+year)$")


# A sentence that opens with a year and a comma: "In 2020,", "Last year,", "During 2019,".
_OPENING_YEAR_RE = re.compile(r"\s*(?:(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Bb]ack\s+in)\s+)?(?:(?:1[6-9]|20)\d\d|[Ll]ast\s+year)(?=,)")


def _opened_by_year(text: str, match: re.Match, resolved: dates.ResolvedDate, after: int) -> bool:
    """Whether a month, a day of one or a holiday named without a year follows, with no date between, the year that
    opens the sentence ("In 2020, the race was called on Nov. 7"; "Last year, shoppers spent $13bn on Cyber Monday"),
    in that year's clause: not after a ";" or a ", and" that brings a new subject ("In 2019, she joined the firm; she
    retires in March")."""
    opening = _OPENING_YEAR_RE.match(text)
    if opening is None or opening.end() != after or resolved.precision not in (dates.MONTH, dates.DAY):
        return False
    expression = match.group()
    if re.search(r"\d{4}|year", expression) or _weekday_alone(expression) is not None:
        return False
    between = text[after : match.start()]
    return len(between) < 300 and _DATE_RE.search(between) is None and _NEW_CLAUSE_RE.search(between) is None


# A sentence that opens with a month of a year and a comma: "In March 2020,", "In October 2022,".
_OPENING_MONTH_RE = re.compile(rf"\s*(?:(?:[Ii]n|[Bb]ack\s+in)\s+)?{_MONTH}\s+(?:1[6-9]|20)\d\d(?=,)")


def _reported_after_opening(text: str, match: re.Match, resolved: dates.ResolvedDate, mentions: list, reading, published: date | None) -> dates.ResolvedDate | None:
    """A month, or a day of one, without a year in a sentence that opens with the year, or the month of a year, of a
    past act ("In March 2020, the government said it would reopen schools in June"; "In October 2022, OPEC+ agreed to
    cut output from November"; "In 2021, the company announced it would open a plant in September"), where the
    clause puts it after that act (`reading` REPORTED, WAS_DUE, ORDERED or ahead: the first such month from the act's), before
    it (False, after a month's opening: the last one up to it) or on neither side (NEAREST: the one nearest the act's),
    not from publication. None for anything else: an opening
    of the publication's year, a new clause after the opening's ("In 2019, she joined the firm; she retires in March"),
    a clause of now between them (`_seen_from_now`: "In March 2019, the firm bought the site, which will open in June")."""
    # a future under a past year's opening is one seen from then ("would", as the words alone read it: True)
    if reading not in (REPORTED, WAS_DUE, ORDERED, dates.NEAREST, True, False) or published is None or len(mentions) != 1:
        return None
    opening = _OPENING_MONTH_RE.match(text) or (_OPENING_YEAR_RE.match(text) if reading is not False else None)  # a year's past: `_opened_by_year`
    first = mentions[0].resolved
    if opening is None or first.precision not in (dates.MONTH, dates.YEAR) or first.date.year >= published.year or not re.search(r"\d{4}", opening.group()):
        return None
    calendar = resolved.precision == dates.MONTH or (resolved.precision == dates.DAY and _days_of(resolved.text) is not None)
    if not calendar or _MONTH_RE.search(resolved.text) is None or re.search(r"(?:1[6-9]|20)\d\d|year", resolved.text):
        return None
    between = text[opening.end() : match.start()]
    if _DATE_RE.search(between) or _NEW_CLAUSE_RE.search(between):
        return None
    if _seen_from_now(between, reading):
        return None  # "…, which will open in June", "Smith, whose contract runs until June": a clause of now, not of the act
    year = first.date.year
    if first.precision == dates.YEAR:
        return _in_year(resolved, year)  # "In 2021, …": that year's September
    options = [moved for moved in (_in_year(resolved, year - 1), _in_year(resolved, year), _in_year(resolved, year + 1)) if moved is not None]
    if reading is False:  # "In March 2020, ministers said schools had closed in January": at or before the act's month
        options = [moved for moved in options if (moved.date.year, moved.date.month) <= (year, first.date.month)]
    elif reading != dates.NEAREST:
        options = [moved for moved in options if (moved.date.year, moved.date.month) >= (year, first.date.month)]
    return min(options, key=lambda moved: abs((moved.date - first.date).days), default=None)


# A present or future of its own in the date's clause: "which will open", "he will leave", "is due to finish".
_NOW_AUXILIARY_RE = re.compile(r"(?i)\b(?:will|shall|won['’]t|is|are|am|has|have)\b|['’]ll\b")
# A relative clause opened after the opening's clause: ", which …", ", who …", ", whose contract …".
_RELATIVE_OPENER_RE = re.compile(r"(?i),\s+(?:which|who|whom|whose|where)\b")
# A verb form of the past: "would", "was due", "had joined", "opened".
_PAST_FORM_RE = re.compile(r"(?i)\b(?:would|was|were|had|could|might|\w+ed)\b")


def _seen_from_now(between: str, reading) -> bool:
    """Whether the words from a past opening to a date put the date's clause in the time of publication rather than the
    opening's act: a present or future of their own in the date's stretch of the sentence (after its last comma: "the
    firm bought the site, which will open in June", "Smith joined the club he will leave in June"), or a relative clause
    that shows no past form and that the clause does not read as past ("Ms Lee, who steps down in June, took over";
    "signed Smith, whose contract runs until June"). Not a reported future ("said it would reopen schools in June"), a
    relative clause in the past ("which was due to finish in September", "who had joined in January")."""
    own = between[between.rfind(",") + 1 :]
    if _NOW_AUXILIARY_RE.search(own):
        return True
    relative = None
    for relative in _RELATIVE_OPENER_RE.finditer(between):
        pass
    return relative is not None and reading is not False and _PAST_FORM_RE.search(between, relative.end()) is None


# A clause of its own subject after the opening year's: "; she retires in March", ", and his term ends in May".
_NEW_CLAUSE_RE = re.compile(
    r";|,\s+(?:and|but|while|whereas|yet|so)\s+(?:he|she|it|they|we|I|you|there|the|a|an|his|her|its|their|our|this|that|these|those)\b",
    re.IGNORECASE,
)


def _quoted_from_year(text: str, match: re.Match, year_named: tuple[int, int], published: date | None) -> dates.ResolvedDate | None:
    """ "Next year", "last year" or "this year" inside a quotation that opens after a year the sentence
    named, one before publication's ("In a 2021 interview, she said crews would "break ground next
    year""): counted from that year, when the words were said. None for anything else."""
    found = re.fullmatch(r"(?i)(last|next|this)\s+year", match.group().strip())
    year, after = year_named
    if found is None or published is None or year >= published.year:
        return None
    between = text[after : match.start()]
    if between.count('"') % 2 == 0 and between.count("“") <= between.count("”"):
        return None  # no quotation opened since the year
    if not _year_of_saying(text, year, after) or _DATE_RE.search(between):
        return None  # "The startup, founded in 2019, said on Monday it expects to "turn a profit next year""
    step = {"last": -1, "next": 1, "this": 0}[found.group(1).lower()]
    return dates.ResolvedDate(date(year + step, 1, 1), dates.YEAR, match.group())


def _year_of_saying(text: str, year: int, after: int) -> bool:
    """Whether the year that ends at `after` dates a saying: it opens the sentence in a phrase that a
    speaker and a past speech verb follow ("In a 2021 interview, she said", "In 2021, the mayor told
    reporters"), or comes right after such a verb ("she said in 2021", "told the paper in a 2021 interview")."""
    said = _past_speech_forms()
    year_phrase = rf"(?:in|during)\s+(?:(?:a|an|the|his|her|its|their)\s+)?{year}"
    opens = re.fullmatch(rf"\s*[\"“‘']?(?:back\s+)?{year_phrase}", text[:after], re.IGNORECASE) is not None
    if opens and re.match(rf"[^,;:—()\"“]*,\s+[^,;:—()\"“]*?\b(?:{said})\b", text[after:]):
        return True  # "In a 2021 interview with the Journal, she said"
    return re.search(rf"\b(?:{said})\s+(?:[a-z]+\s+){{0,2}}{year_phrase}$", text[:after]) is not None  # "she said in 2021"


@functools.cache
def _past_speech_forms() -> str:
    """The past forms of the speech verbs, as a regex alternation ("said", "told", "announced"; not the "respond"
    or "add" that end like one: "is expected to respond on Thursday" is no saying gone by)."""
    return "|".join(f for f in SPEECH_VERB_FORMS.split("|") if (f.endswith(("ed", "d")) and f not in SPEECH_VERBS) or f in ("told", "wrote"))


def _weekday_alone(expression: str) -> int | None:
    """The weekday an expression names on its own ("Saturday", "Saturday's"), else None."""
    word = re.sub(r"['’]s$", "", expression.strip())
    return dates.WEEKDAYS.get(word.lower()) if word in _WEEKDAY_NAMES else None


_WEEKDAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _counted_weekday(text: str, match: re.Match, last: dates.ResolvedDate | None) -> dates.ResolvedDate | None:
    """A weekday counted from the day and month named just before it in the same sentence ("visits
    Denver on Monday, Oct. 27, then hosts Buffalo the following Sunday"; "opens on Friday, July 18,
    with a family day on the Saturday"): the first one after that day, the last one before it, or
    ("the Saturday", "that Saturday") the one nearest to it. None without such a day."""
    weekday = _weekday_alone(match.group())
    if weekday is None or last is None or last.precision != dates.DAY or _MONTH_RE.search(last.text) is None:
        return None  # a day written with its month: a weekday alone may itself be a week off
    before = [w.lower() for w in text[: match.start()].split()[-3:]]
    if re.match(r"\s+(?:of\b|[A-Z])", text[match.end() :]):  # "the last Saturday of October", "the Sunday Times"
        return None
    if before[-2:] in (["the", "following"], ["the", "next"]):
        step = 1
    elif before[-2:] in (["the", "previous"], ["the", "prior"]):
        step = -1
    elif before[-1:] == ["that"] or (before[-1:] == ["the"] and before[-2:-1] and before[-2] in _DATE_PREPOSITIONS):
        step = 0
    else:
        return None
    ahead = (weekday - last.date.weekday()) % 7
    if step == 1:
        found = last.date + timedelta(days=ahead or 7)
    elif step == -1:
        found = last.date - timedelta(days=(7 - ahead) % 7 or 7)
    else:
        found = last.date + timedelta(days=ahead if ahead <= 3 else ahead - 7)
    return dates.ResolvedDate(found, dates.DAY, match.group())


def _weekday_of_month(ordinal: re.Match, month: dates.ResolvedDate | None) -> dates.ResolvedDate | None:
    """The day "the first Friday of October" names, in the month `month` resolved to; None without one."""
    if month is None or month.precision != dates.MONTH:
        return None
    weekday = dates.WEEKDAYS[ordinal.group("weekday").lower()]
    first = month.date.replace(day=1)
    count = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}.get(ordinal.group("ordinal"))
    if count is not None:
        found = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * count)
    else:  # the last one: a week back from the first one of the next month
        following = (first + timedelta(days=32)).replace(day=1)
        found = following - timedelta(days=(following.weekday() - weekday) % 7 or 7)
    return dates.ResolvedDate(found, dates.DAY, ordinal.group())


def _labels_entry(text: str, match: re.Match) -> bool:
    """Whether a date opens its line as a label: "Tuesday: Housing starts", "March 2023: Cracks found"."""
    return not text[: match.start()].strip() and text[match.end() :].lstrip().startswith(":")


_CLEARLY_NEARER = 2.5  # how many times nearer to publication one reading must be than the other


def _clearly_nearer(behind: dates.ResolvedDate, ahead: dates.ResolvedDate | None, published: date | None) -> dates.ResolvedDate | None:
    """Of the readings of a date before and after publication, for a clause without a tense: the
    one much nearer to publication ("Tuesday" said on a Monday, "December" said in March), else
    None (a Thursday said on a Monday, an August said in February: either side)."""
    if ahead is None or published is None:
        return None
    before, after = (published - behind.date).days, (ahead.date - published).days
    if behind.precision in (dates.MONTH, dates.SEASON, dates.YEAR):  # from the publication's own month
        before = (published.year - behind.date.year) * 12 + published.month - behind.date.month
        after = (ahead.date.year - published.year) * 12 + ahead.date.month - published.month
    if before * _CLEARLY_NEARER <= after:
        return behind
    if after * _CLEARLY_NEARER <= before:
        return ahead
    return None


def _next_in_list(text: str, match: re.Match, anchor: dates.ResolvedDate | None, published: date | None) -> dates.ResolvedDate | None:
    """A weekday that labels an entry of a list ("Tuesday: Housing starts") after an entry dated
    within a week of publication ("Monday: Homebuilder sentiment data"): the first such weekday
    after that entry's day, as a week's schedule runs in order. None for anything else."""
    weekday = _weekday_alone(match.group())
    if weekday is None or anchor is None or published is None or anchor.precision != dates.DAY or abs((anchor.date - published).days) > 7:
        return None
    return dates.ResolvedDate(anchor.date + timedelta(days=(weekday - anchor.date.weekday()) % 7 or 7), dates.DAY, match.group())


_SEASON_WORD_RE = re.compile(r"(?i)\b(?:spring|summer|autumn|fall|winter)\b")


def _distance_in_days(resolved: dates.ResolvedDate, published: date) -> int:
    """Days between publication and a season (0 while it is under way)."""
    start = resolved.date
    months = start.year * 12 + start.month + 2  # the month after the season's last, counted from 0
    end = date(months // 12, months % 12 + 1, 1)
    return 0 if start <= published < end else min(abs((start - published).days), abs((end - published).days))


def _weekday_disagrees(expression: str, resolved: dates.ResolvedDate) -> bool:
    """Whether a weekday written with a day of a month ("Saturday, Nov. 7") is not that date's
    weekday: the date lies in another year than the one read (the year the sentence named, or
    one the text does not give)."""
    if resolved.precision != dates.DAY:
        return False
    named = [dates.WEEKDAYS[w] for w in re.findall(r"[a-z]+", expression.lower()) if w in dates.WEEKDAYS and len(w) > 4]
    return bool(named) and named[0] != resolved.date.weekday()


def _past_day_read_ahead(expression: str, resolved: dates.ResolvedDate, published: date | None) -> bool:
    """Whether a day and month without a year, in a clause the parser read as past, resolved to a
    day more than a couple of days after publication (a day ahead can be a time zone's doing): the
    horizon `dates` keeps for a tense read from words alone, which the parse need not."""
    if published is None or resolved.precision != dates.DAY or _MONTH_RE.search(expression) is None or re.search(r"\d{4}|year", expression):
        return False
    return (resolved.date - published).days > 2


def _in_year(resolved: dates.ResolvedDate, year: int) -> dates.ResolvedDate | None:
    """The same day or month in `year` (None for February 29 in a year without one)."""
    try:
        return dates.ResolvedDate(resolved.date.replace(year=year), resolved.precision, resolved.text)
    except ValueError:
        return None


def _dated_label(text: str, match: re.Match, resolved: dates.ResolvedDate) -> bool:
    """Whether a date with its year labels an entry of a list or a timeline, opening its line before a colon
    ("October 2022: OPEC+ agrees …", "• 14 March 2021: The plant closes …")."""
    if resolved.precision not in (dates.MONTH, dates.DAY) or not re.search(r"(?:1[6-9]|20)\d\d", match.group()):
        return False
    line = text.rfind("\n", 0, match.start()) + 1
    return re.fullmatch(r"[\s*•·▪►-]*", text[line : match.start()]) is not None and text[match.end() :].lstrip().startswith(":")


def _nearest_to(resolved: dates.ResolvedDate, entry: dates.ResolvedDate, side) -> dates.ResolvedDate | None:
    """A month, or a day of one, named without a year in an entry a dated label opens, placed by the entry's date as
    the prose "In February 2023, Russia said …" would be: on the side of it the clause tells (`side` True: the first
    after it, "February 2023: Russia says it will cut output from March", "January 2024: The council says work will
    finish in December"; False: the last before it), else the nearest ("June 2023: The firm restates its results for
    March"). None for any other expression (a weekday, a holiday, one with its own year)."""
    text = resolved.text
    calendar = resolved.precision == dates.MONTH or (resolved.precision == dates.DAY and _days_of(text) is not None)
    if not calendar or _MONTH_RE.search(text) is None or re.search(r"(?:1[6-9]|20)\d\d|year", text):
        return None
    options = [moved for year in (entry.date.year - 1, entry.date.year, entry.date.year + 1) if (moved := _in_year(resolved, year)) is not None]
    if side is True:
        options = [option for option in options if option.date >= entry.date]
    elif side is False:
        options = [option for option in options if option.date <= entry.date or (option.date.year, option.date.month) == (entry.date.year, entry.date.month)]
    return min(options, key=lambda option: abs((option.date - entry.date).days), default=None)


# The words that join the two ends of a span of time: "from 1976 until 2017", "between April 2019 and November 2021",
# "2019 to 2021", "from January through March".
_RANGE_JOIN_RE = re.compile(r"\s*(?:to|until|till|through|and)\s*")
# A verb of moving a day, then "from" (the words of `_MOVED_TO_RE`, with changing and switching): "moved the vote from
# Tuesday to Thursday", "was postponed from Oct. 3 to Oct. 21", "brought forward from June to May".
_MOVED_FROM_RE = re.compile(
    r"(?i)\b(?:(?:delay|postpon|push|mov|brought|bring|put|shift|reschedul|switch|chang|advanc|defer|adjourn|extend|bump|pull)(?:e|es|ed|ing|s)?"
    r"|slip(?:s|ped|ping)?|slid(?:e|es|ing)?|pushed\s+back)\b"
    r"(?:\s+(?!(?:and|but|when|after|before|because)\b)[\w'’-]+){0,6}?\s+from\s+$"
)


# Words of a choice before "between": "the choice is between March and June", "must decide between", "options between".
_CHOICE_BEFORE_RE = re.compile(r"(?i)\b(?:choice|choices|choose|chooses|choosing|chose|decide|decides|deciding|decision|option|options|pick|torn|alternatives?)\b[^.;]{0,40}\bbetween\s+$")
# Words of a timetable that repeats each week: "is open", "opening hours", "every 15 minutes", "hourly", "on Sundays".
_WEEKLY_TIMETABLE_RE = re.compile(
    r"(?i)\b(?:open|opens|opening|hours|every|each|daily|hourly|weekly|nightly|weekdays|weekends)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b"
)


def _span_of_no_event(text: str, first: re.Match, last: re.Match) -> bool:
    """Whether the two ends of a span of time (`_ends_a_range`) date no event: a change of day ("moved the vote from
    Tuesday to Thursday", "has slipped from March to May", "was extended from March 31 to June 30": neither end a span's,
    nor, alone, sure), a choice between two dates ("the choice is between March and June"), or a week's timetable, two
    weekdays alone in a sentence of a thing that repeats ("The museum is open from Tuesday to Sunday", "Buses run every
    15 minutes from Monday to Saturday", "Hours: Open Tuesday through Saturday"): days of every week, of no one week.
    Not "The festival runs from Friday to Sunday", "Schools were closed from Monday to Wednesday last week"."""
    if _MOVED_FROM_RE.search(text, max(0, first.start() - 80), first.start()):
        return True
    if _CHOICE_BEFORE_RE.search(text, max(0, first.start() - 80), first.start()):
        return True
    weekdays = _weekday_alone(first.group()) is not None and _weekday_alone(last.group()) is not None
    return weekdays and _WEEKLY_TIMETABLE_RE.search(text) is not None


def _ends_a_range(text: str, first: re.Match, last: re.Match) -> bool:
    """Whether two dates are the ends of one span of time: joined by "to", "until", "till" or "through", or by "and"
    after "between" ("between 1953 and 1971"); not a list ("in 2019 and 2021", "on Monday and Tuesday")."""
    joint = _RANGE_JOIN_RE.fullmatch(text, first.end(), last.start())
    if joint is None:
        return False
    return joint.group().strip() != "and" or re.search(r"\bbetween\s+$", text[: first.start()]) is not None


def _in_step(mentions: list, spans: list, ranges: list, text: str, published: date | None) -> list:
    """The two ends of each span of time read in step: an end that names no year takes the other's ("between March
    and June 2024": March 2024; "from November to March", said in April 2023: November 2022, March 2023), the
    last end never falls before the first ("from Friday to Sunday", "from Oct. 3 to Oct. 21"), and a first end that is a
    weekday alone falls in the week before a last end that names its day ("from Monday to Wednesday last week",
    "from Thursday to Saturday next week"). An end each clause
    resolved alone, as far as they agree, stays."""
    mentions = list(mentions)
    where = {span: k for k, span in enumerate(spans)}
    for first_span, last_span in ranges:
        if first_span not in where or last_span not in where:
            continue
        a, b = mentions[where[first_span]], mentions[where[last_span]]
        first, last = a.resolved, b.resolved
        if first.is_vague or last.is_vague:
            continue
        year_in = lambda span: re.search(r"(?:1[6-9]|20)\d\d|\b(?:last|next|this)\s+year\b", text[span[0] : span[1]]) is not None
        # a month, or a day of one: the same day or month of another year is still what the words name (not so a
        # weekday, whose date changes, or a holiday that moves)
        calendar = lambda resolved: resolved.precision == dates.MONTH or (resolved.precision == dates.DAY and _MONTH_RE.search(resolved.text) is not None and _days_of(resolved.text) is not None)
        moved_first = moved_last = None
        if not year_in(first_span) and year_in(last_span) and calendar(first):
            moved_first = _in_year(first, last.date.year)  # "between January and June this year"
            if moved_first is not None and moved_first.date > last.date:
                moved_first = _in_year(first, last.date.year - 1)  # "from November to March 2023": November 2022
        elif _weekday_alone(first.text) is not None and _in_a_named_week(last) and not 0 <= (last.date - first.date).days < 7:
            # "from Monday to Wednesday last week": the first end, a weekday alone, is the one of the last end's week, before it
            moved_first = dates.ResolvedDate(last.date - timedelta(days=(last.date.weekday() - _weekday_alone(first.text)) % 7), dates.DAY, first.text)
        elif _weekday_alone(last.text) is not None and _in_a_named_week(first) and not 0 < (last.date - first.date).days <= 7:
            # "from Monday last week to Wednesday": the last end, a weekday alone, is the first of its name after the first
            moved_last = dates.ResolvedDate(first.date + timedelta(days=(_weekday_alone(last.text) - first.date.weekday()) % 7 or 7), dates.DAY, last.text)
        elif not year_in(last_span) and last.date < first.date:
            if calendar(last):
                moved_last = _in_year(last, last.date.year + 1)  # "from Oct. 3 to Oct. 21", "from November to March"
            elif _weekday_alone(last.text) is not None:  # the first of its name after the first end ("from Friday to Sunday")
                weeks = max(1, -(-(first.date - last.date).days // 7))
                moved_last = dates.ResolvedDate(last.date + timedelta(days=7 * weeks), dates.DAY, last.text)
        for k, moved in ((where[first_span], moved_first), (where[last_span], moved_last)):
            if moved is not None:
                mentions[k] = replace(mentions[k], resolved=moved, upcoming=moved.date > (published or moved.date))
    return mentions


def _in_a_named_week(resolved: dates.ResolvedDate) -> bool:
    """Whether a resolved day is a weekday of a week the words name ("Wednesday last week", "Saturday next week")."""
    return resolved.precision == dates.DAY and re.search(r"(?i)\bweek\b", resolved.text) is not None and _weekday_alone(resolved.text.split()[0]) is not None


def _days_of(expression: str) -> str | None:
    """The day of a month an expression names ("Oct. 21", "21 October"), else None."""
    found = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", expression)
    return found.group() if found else None


def _anchor_after(mentions: Iterable[DatedMention], anchor: dates.ResolvedDate | None) -> dates.ResolvedDate | None:
    """The date later expressions count from after `mentions`: the last one that names a day,
    month, season or year."""
    for mention in mentions:
        if mention.resolved.precision in (dates.DAY, dates.MONTH, dates.SEASON, dates.YEAR):
            anchor = mention.resolved
    return anchor


def _holiday_event(text: str, match: re.Match) -> bool:
    """Whether a holiday after "the" names the event of that day ("the Boxing Day derby", "the New Year's Eve party")."""
    expression = match.group()
    return (
        _HOLIDAY_RE.search(expression) is not None
        and expression.endswith(("Day", "Eve"))
        and re.search(r"(?:^|\s)[Tt]he\s+$", text[: match.start()]) is not None
        and re.match(r"\s+[a-z]", text[match.end() :]) is not None
    )


# Nouns of a measure kept for a month of any year ("the record for July", "the average for June"); not a plan's
# ("the deadline for March", "the target for December": a month ahead).
_MEASURE_NOUNS = ("record", "records", "average", "total", "figure", "figures", "rate", "high", "low", "norm", "mean")


_SMALL_TITLE_WORDS = frozenset("a an the of in on at to for and or but from with by".split())


def _in_quoted_title(text: str, match: re.Match) -> bool:
    """Whether a date's words lie inside a short title in double quotation marks, every word of it capitalised but the
    small ones ('her 2019 album "Tuesday's Child"', '"Friday Night in Fayetteville"', 'the episode "Monday in May,"'):
    a work's name, not a day. Not a quotation of speech ('"Monday," she said', '"See you on Monday"')."""
    before, after = text[: match.start()], text[match.end() :]
    opening = max(before.rfind("“"), before.rfind('"'))
    if opening == -1 or before.count('"') % 2 == 0 and before.rfind("“") <= before.rfind("”"):
        return False  # no quotation open before the date
    closing = min((i for i in (after.find("”"), after.find('"')) if i != -1), default=-1)
    if closing == -1:
        return False
    words = re.findall(r"[\w’'-]+", text[opening + 1 : match.end() + closing])
    if not 2 <= len(words) <= 6:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_TITLE_WORDS for w in words) and words[0][:1].isupper()


# A habit's unit, then the month it falls in: "every Tuesday in", "each year during".
# Only a unit that recurs within or across months ("every Tuesday", "each weekend", "each year"); not "every day in
# March", "every game in April": those of one month, whose year the clause tells.
_HABIT_FRAME_BEFORE_RE = re.compile(
    r"(?i)\b(?:every|each)\s+(?:other\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|years?)\s+(?:in|of|during|through|throughout)\s+$"
)
# A count from another date ("two years later", "a month earlier"): before "than" it measures how far apart two dates
# lie ("opens two weeks later than planned"), and places nothing on the timeline.
_COUNTED_DIFFERENCE_RE = re.compile(r"(?i)\b(?:day|week|month|year|decade)s?\s+(?:later|earlier|sooner)$")


_POSSESSIVE_DETERMINERS = frozenset("its their his her our my your".split())
_HABIT_ADVERB_RE = re.compile(
    r"(?i)\b(?:typically|usually|normally|traditionally|generally|always|annually|customarily|routinely)\b"
    r"|\b(?:every|each)\s+(?:year|month|autumn|fall|spring|summer|winter)\b"
)
# What comes before a month's owner ("its", "the Fed's") where the thing it dates is the clause's time: a preposition of
# time or place ("at its March meeting", "ahead of its May meeting", "for the Fed's June meeting").
_OWNED_MONTH_PREPOSITION_RE = re.compile(r"(?i)(?:\b(?:at|before|after|until|till|since|from|for|during|following|by|in|on|ahead\s+of|amid)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+)*)$")
# After the month's thing, when it opens the sentence: an auxiliary or a copula ("The Fed's June meeting is now in focus").
_OWNED_MONTH_SUBJECT_AFTER_RE = re.compile(r"(?:\s+[a-z-]+)?\s+(?:is|are|was|were|will|would|has|had|have|could|may|might|should|must)\b")


def _owned_month_placed(before_owner: str, after_thing: str) -> bool:
    """Whether a month between an owner and a thing ("its March meeting", "the Fed's June meeting") stands where the
    thing's time is the clause's: after a preposition of time or place ("at its March meeting", "ahead of its May
    meeting"), or in the sentence's subject before an auxiliary or a copula ("The Fed's June meeting is now in focus").
    Not an object of a verb ("Historians still debate Nixon's August resignation", "said its January sale would start")
    nor a subject of a present of habit ("The country's August bank holiday falls on a Monday")."""
    if _OWNED_MONTH_PREPOSITION_RE.search(before_owner.rstrip() + " ") and before_owner.strip():
        return True
    opening = re.sub(r"(?:\b(?:[Tt]he)\s+)?(?:[A-Z][\w.&-]*\s+)*$", "", before_owner.rstrip() + " ").rstrip()
    return (not opening or opening[-1] in ".!?:;\"“") and _OWNED_MONTH_SUBJECT_AFTER_RE.match(after_thing) is not None
_NOUN_AFTER_MONTH_RE = re.compile(r"\s+([a-z][a-z-]+)\b")  # a lower-case word after a month: the thing it dates


def _in_date_context(text: str, match: re.Match) -> bool:
    """Whether a found expression is a date where it stands. A month named alone needs a date's
    word before it ("in March", "by June", "January and February") or an article ("a February
    deadline"; not for May or March, also a verb and a name), and no name after it ("January
    Jones"); an abbreviation needs a day or a year; a season named alone needs a
    preposition ("in the summer") or a qualifier ("last fall"). "Today" capitalised inside a
    sentence is a title ("USA Today"), "every Wednesday" a habit; "over the next year" is a stretch
    of time. A holiday needs a date's word before it ("on Black Friday", "last Easter"), and no noun
    after it ("Black Friday deals"); a weekday after "the" or "that" counts from a week the text set
    out elsewhere ("opens on the Saturday"), "on a Saturday" any Saturday; a weekday after a capitalised
    word and before "said" or "of" is a surname ("analyst Ray Monday of Bellwether"), one before a
    capitalised part of the day and another capitalised word a programme ("Monday Night Football");
    a year after a copyright sign is page furniture; a date the text denies ("on June 3, not June 4")
    none."""
    expression = match.group()
    words = expression.split()
    before = text[: match.start()].rstrip()
    previous = before.rsplit(None, 1)[-1].lower().strip("“”\"'(") if before else ""
    tail = before[-40:]  # the last words only: a run-on sentence has thousands
    if re.search(r"(?:^|\s)at\s+(?:least|the\s+(?:earliest|latest))$", tail, re.IGNORECASE) and (words_before := tail.lower().rsplit(" at ", 1)[0].split()):
        previous = words_before[-1]  # "until at least June": the word before "at least" counts
    after = text[match.end() :]
    last = words[-1].rstrip(".")
    if previous in ("every", "each"):  # "every Wednesday", "each March": a habit
        return False
    if _in_quoted_title(text, match):  # 'her album "Tuesday's Child"': a title's word
        return False
    if _MONTH_RE.search(expression) and _HABIT_FRAME_BEFORE_RE.search(f"{tail} {expression[: _MONTH_RE.search(expression).start()]}".rstrip() + " "):
        return False  # "Every Tuesday in September we'd go", "held each year in March": the month of a habit, of no one year
    if _SIMILE_BEFORE_RE.search(tail):  # "hit it like it's Tuesday", "acted as if it were Christmas": a comparison, no day
        return False
    if previous == "the" and [w.lower() for w in words] in (["coming", "month"], ["coming", "year"]):
        return False  # "in the coming year": the twelve months ahead, as "over the past year" the twelve behind
    if _DENIED_BEFORE_RE.search(before[-30:] + " "):  # "It is on June 3, not June 4": a date the text denies
        return False
    if _COUNTED_DIFFERENCE_RE.search(expression) and re.match(r"\s+than\b", after):
        return False  # "until 2026, two years later than the government promised": a difference between two dates, no date
    if expression.isdigit() and (previous in ("no.", "no", "nos.", "number", "model", "room", "route", "flight") or before.endswith("#")):
        return False  # "No. 1997", "flight 1549": a label, not a year
    if expression.isdigit() and _STREET_AFTER.match(after):
        return False  # "of 1921 Larkspur Drive": a house number
    if expression.isdigit() and (before.endswith("©") or previous in ("copyright", "(c)", "©")):
        return False  # "© 2015 The Hollywood Reporter": page furniture, no event
    if expression.isdigit() and _names_number(before, after):
        return False  # "the Representation of the People Act 1983,", "Football Manager 2020,": a name's number
    has_number = any(c.isdigit() for c in expression) or expression.lower().endswith("year")
    qualified = len(words) > 1 and words[0].lower().rstrip("-") in _DATE_PREPOSITIONS
    name_after = re.match(r"\s+[A-Z][a-z]", after) is not None  # "April Ryan", "Wednesday Addams"
    opens_sentence = not before or before[-1] in ".!?:;—–-“\"‘'("
    if _MONTH_RE.search(expression) and re.search(r"\d", expression) and not re.search(r"\d{4}", expression) and _between_name_words(before, after):
        return False  # "the National September 11 Memorial": a name
    if _HOLIDAY_RE.search(expression):  # "on Christmas", "last Easter"; not "a Christmas tree", "Black Friday deals"
        following = re.match(r"\s+([a-z]+)", after)
        modifies = following is not None and following.group(1) not in STOPWORDS | dates.DAYPARTS | _DATE_PREPOSITIONS | _SEASON_PREPOSITIONS | {"across", "among", "amid", "despite"}
        modifies = modifies and not _has_past_verb(following.group(1))  # "on Black Friday rose", "for Christmas Day across"
        # "the Boxing Day derby", "the New Year's Eve party": the one event of that day, not a kind of thing ("Black Friday deals")
        return _holiday_event(text, match) or ((qualified or has_number or previous in _DATE_PREPOSITIONS or previous in ("at", "over")) and not modifies)
    if last in dates.MONTHS or last.lower() in dates.MONTHS and last[:1].isupper():
        if has_number or words[0] == "the":  # "the following January"
            return True
        if len(last) <= 4 and last not in ("June", "July", "May") or name_after:
            return False  # "Mar", "Jan" without a day; "January Jones", "April Ryan"
        if re.match(r"['’]s\b", after) and last not in _MONTHS_AS_NAMES:
            return True  # "January's figures", "October's cut": that month's; not "April's sister", "June's daughter"
        if previous in ("and", "or"):  # "in January and February", not "Flay and March"
            return re.search(r"(?:\d|" + "|".join(m.capitalize() for m in dates.MONTHS) + r")\.?\s+(?:and|or)$", before) is not None
        if previous == "for" and re.search(rf"(?:^|\s)[Tt]he\s+(?:{'|'.join(_MEASURE_NOUNS)})\s+for$", before[-40:]):
            return False  # "The record for July remains 40.3C", "the average for June": a month of any year, or of a report
        if qualified or (previous in _DATE_PREPOSITIONS and previous != "that"):  # not "claimed that March asked"
            return True
        if previous == "as" and before.lower().split()[-2:-1] in (["early"], ["late"], ["recently"], ["back"], ["soon"]):
            return True  # "as early as October", "as recently as May"
        if previous in ("with", "than") and last not in ("May", "March"):  # "compared with August"
            return True
        if len(words) == 1 and _IT_IS_BEFORE_RE.search(tail) and not re.match(r"['’]s\b", after) and not _WHO_AFTER_RE.match(after):
            return True  # "Now it's June", "it was March when …": the time the clause names; not "It was April who found the dog"
        if (opens_sentence and len(words) == 1 and last not in _MONTHS_AS_NAMES and _AUXILIARY_AFTER_RE.match(after)
                and not _YEAR_IN_CLAUSE_RE.match(after)):
            return True  # "December was tougher than planned": the month the sentence is about (of which year, when "… in 2023" follows, is unsure)
        name_owned = previous.endswith(("'s", "’s")) and len(previous) > 2
        owned = previous in _POSSESSIVE_DETERMINERS or (name_owned and last not in ("May", "March"))
        if (
            (owned or (previous in _DETERMINERS and last not in ("May", "March"))) and len(words) == 1
            and (noun := _NOUN_AFTER_MONTH_RE.match(after)) and noun.group(1) not in STOPWORDS
        ):
            # "at its March meeting", "the Fed's June meeting": the month of a thing; not "the March of Dimes", "the May
            # government", "Britain's May government" (May and March need a determiner of ownership, "its May meeting";
            # a name's may be a person's), nor a habit's ("Apple typically holds its September launch": a month of
            # every year), nor a thing a verb governs in a clause of its own ("Historians debate Nixon's August
            # resignation", "said its January sale would start": which year's, the clause does not tell)
            if not _HABIT_ADVERB_RE.search(text) and _owned_month_placed(before[: len(before) - len(before.split()[-1])], after[noun.end() :]):
                return True
        lowered = before.lower().split()
        described = previous.isalpha() and previous.islower() and lowered[-2:-1] in (["a"], ["an"])  # "a strong December"
        described = described or (  # "after a very wet November"; not a name's month ("a girl called June")
            previous.isalpha() and previous.islower() and lowered[-3:-2] in (["a"], ["an"]) and lowered[-2].isalpha() and last not in _MONTHS_AS_NAMES
        )
        return last not in ("May", "March") and (previous in _DETERMINERS or described)
    year_written = re.search(r"\d{4}", expression) is not None
    if words[0].lower() in ("fall", "spring") and previous in _BEFORE_A_VERB and not year_written and not _MOVED_TO_RE.search(before):
        return False  # "are forecast to fall this year": a verb; not "delayed to spring 2024", "pushed back to spring"
    if last.lower() in dates.SEASONS and not has_number:
        if qualified or words[0].lower() in ("that", "the"):  # "last fall", "that autumn", "the following summer"
            return True
        if last[:1].isupper():  # "Arab Spring", "Summer Walker"
            return False
        previous_two = [w.strip("“”\"‘'(") for w in before.lower().split()[-2:]]  # '"In the summer'

        if previous_two[-1:] == ["the"]:  # "in the summer"
            previous_two = previous_two[:1]
        fall_of = last == "fall" and (not before.lower().endswith("the") or re.match(r"\s+of\b(?!\s+(?:1[6-9]|20)\d\d)", after))
        moved_to = previous_two[-1:] == ["to"] and _MOVED_TO_RE.search(before) is not None  # "was delayed to the spring"
        return not fall_of and bool(previous_two) and (previous_two[-1] in _SEASON_PREPOSITIONS or moved_to)  # "in the fall", not "the fall of Rome"
    if last in dates.WEEKDAYS or last.lower() in dates.WEEKDAYS:  # "the Sunday Times"; not "On Tuesday President Biden said"
        in_name = name_after and previous not in _DATE_PREPOSITIONS and (opens_sentence or previous == "the" or before.split()[-1][:1].isupper())
        # "Monday Night Football", "Saturday Night Live": a capitalised part of the day and a name's next word, in running text
        in_name = in_name or (_DAYPART_NAME_RE.match(after) is not None and _RUNNING_TEXT_RE.search(text) is not None)
        two_before = [w.lower() for w in before.split()[-2:]]
        counted = previous == "the" or (  # "on the Saturday", "the last Saturday of October", "on that Friday": which week's?
            len(words) == 1 and len(two_before) == 2 and previous in _ANAPHORIC_WORDS and two_before[0] in _DATE_PREPOSITIONS | {"the"}
        )
        raw_before = before.split()
        surname = (  # "said analyst Ray Monday of Bellwether", "Manager Paul Sunday said"; not "beat the Chiefs Sunday,"
            len(words) == 1
            and len(raw_before) >= 2
            and raw_before[-1].isalpha()
            and raw_before[-1][:1].isupper()
            and raw_before[-2][-1:] not in ".!?:;"
            and re.match(r"\s+(?:said|says|told|of)\b", after) is not None
        )
        indefinite = previous in ("a", "an") and two_before[:1] == ["on"]  # "when Anzac Day falls on a Saturday": any Saturday
        # "played Friday evenings", "the first and third Saturday of every month": a habit, no day
        habit = re.match(r"\s+(?:mornings|afternoons|evenings|nights)\b|\s+of\s+(?:every|each|the)\s+month\b", after) is not None
        # "Edith Sunday, the sculptor whose …", "Ray Tuesday, a former councillor": a surname a description follows
        described = (
            len(words) == 1 and len(raw_before) >= 1 and raw_before[-1].isalpha() and raw_before[-1][:1].isupper()
            and raw_before[-1].lower() not in _NAME_DATE_WORDS and re.match(r",\s+(?:the|a|an)\s+[a-z]+", after) is not None
            and (len(raw_before) == 1 or raw_before[-2][-1:] in ".!?:;\"“" or raw_before[-2][:1].isupper())
        )
        # "Super Bowl Sunday's broadcast", "the song Blue Monday's opening bars": a name's possessive, this mention only (an
        # article's other weekdays stay days unless it names a club, `club_weekdays`)
        possessed = (
            len(words) == 1 and len(raw_before) >= 1 and raw_before[-1].isalpha() and raw_before[-1][:1].isupper()
            and raw_before[-1].lower() not in _NAME_DATE_WORDS | {"today", "yesterday", "tomorrow"} and _POSSESSIVE_NOUN_AFTER_RE.match(after) is not None
        )
        return (previous not in _HOLIDAY_WORDS and not in_name and not counted and not surname and not indefinite and not habit and not described
                and not possessed)
    if previous == "on" and words[0].lower() == "this" and len(words) == 2:  # "On this morning she is patching …": a scene's day, told elsewhere
        return False
    if expression in ("Today", "Tonight", "Tomorrow", "Yesterday"):  # not "USA Today"; a live blog's entry opens on its time
        return not before or before[-1] in ".!?:;—–-“\"‘'" or _ENTRY_TIME_BEFORE_RE.search(before) is not None
    if [w.lower() for w in words[:2]] == ["the", "next"] or words[0].lower() == "that":
        return previous not in ("over", "within", "for", "during", "throughout", "across", "in")
    return True


# A finite auxiliary right after a month that opens a sentence: the month is the clause's subject ("December was …").
_AUXILIARY_AFTER_RE = re.compile(r"\s+(?:was|were|is|has|had|will|would|could|should|might|must)\b")
# A person's clause after a name: "It was April who found the dog".
_WHO_AFTER_RE = re.compile(r",?\s+(?:who|whom|whose)\b")
# A year later in the same clause: "December was the deadliest month of the war in 2023".
_YEAR_IN_CLAUSE_RE = re.compile(r"[^.;:!?]*?\b(?:1[89]|20)\d\d\b")
# A comparison's clause before a date ("just hit it like it's Tuesday", "as though it was Christmas morning"): what things
# are likened to, not when they happen; not a judgement's "looks like it was Tuesday when they got in" ("seems", "sounds"),
# which tells the day.
_SIMILE_BEFORE_RE = re.compile(r"(?i)(?<!\blook )(?<!\blooks )(?<!\blooked )(?<!\bseems )(?<!\bseemed )(?<!\bsounds )(?<!\bsounded )\b(?:like|as\s+if|as\s+though)\s+(?:it|this|that|today)(?:['’]s|\s+(?:is|was|were))(?:\s+(?:a|an|the))?$")
# "it" and a form of "be" right before a month: the month is the time the clause names ("Now it's June").
_IT_IS_BEFORE_RE = re.compile(r"(?:^|[^\w'’])[Ii]t(?:['’]s|\s+is|\s+was|\s+will\s+be)$")
# A live blog's entry time right before the entry's first word: "09:40 Yesterday was the hottest day".
_ENTRY_TIME_BEFORE_RE = re.compile(r"(?:^|\n)\s*\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|GMT|BST|ET|EST|EDT|PT|CET))?$", re.IGNORECASE)

# What sets a date against the one the text gives: "on June 3, not June 4", "in May rather than in March".
_DENIED_BEFORE_RE = re.compile(r"(?:[,—–]\s*not|\brather\s+than|\binstead\s+of)\s+(?:on\s+|in\s+|at\s+|by\s+)?$")


_WEEKDAY_WORD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "Sheffield Wednesday": a weekday after a capitalised word that is no date's word (`_NOT_CLUB_WORDS`), the word after
# another word or at the start of the text or a line ("Sheffield Wednesday beat Hull"), not after a sentence's end.
_AFTER_NAME_WORD_RE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[\w,;:'’] ))([A-Z][a-z]+) {_WEEKDAY_WORD}\b(?! (?:morning|afternoon|evening|night)\b)", re.MULTILINE
)
# A place's preposition before the capitalised word makes it a place, the weekday a wire's date ("struck out nine in Boston Wednesday").
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|near|outside|inside|across|around|throughout)\s+$", re.IGNORECASE)
_WHERE_BEFORE_RE = re.compile(r"\b(?:near|outside|inside|beside|behind)\s+$", re.IGNORECASE)  # a place's only, never a time's
_SCORE_AFTER_RE = re.compile(r"\s+\d+\s*[-–]\s*\d+\b")
_POSSESSIVE_NOUN_AFTER_RE = re.compile(r"['’]s\s+(?!(?:morning|afternoon|evening|night)\b)[a-z]{3,}\b")
# A weekday used as a name: after a score ("Rovers 2-1 Wednesday"; not a part of a day after it), a subject opening its sentence or line before a
# verb of its own ("Wednesday had led", "Wednesday should have doubled"), a line's label before a list of names
# ("Wednesday: Beadle; Valentín, …") or a noun's ("Wednesday manager Danny Röhl").
_WEEKDAY_AS_NAME_RE = re.compile(
    rf"\d+\s*[-–]\s*\d+ {_WEEKDAY_WORD}\b(?! (?:morning|afternoon|evening|night)\b)"  # not "beat the Red Sox 5-3 Wednesday night"
    rf"|(?:^|(?<=[.!?]\s)|(?<=\n)){_WEEKDAY_WORD} (?:had|has|have|should|would|could|will|were|are|must|might)\b"
    rf"|(?:^|(?<=\n)){_WEEKDAY_WORD}: [A-Z][\w’'-]+;"
    rf"|{_WEEKDAY_WORD} (?:manager|boss|coach|captain|striker|midfielder|defender|goalkeeper|fans|supporters|players?|side|squad|chairman|owners?)\b",
    re.MULTILINE,
)


_NOT_CLUB_WORDS = dates.WEEKDAYS.keys() | dates.MONTHS.keys() | STOPWORDS | _DATE_PREPOSITIONS | dates.HOLIDAY_WORDS | _HOLIDAY_WORDS


def club_weekdays(text: str) -> frozenset[str]:
    """The weekday words an article uses as a name (a club's: "Sheffield Wednesday"): named after a capitalised word that
    is no date word, and used as a name elsewhere too (`_WEEKDAY_AS_NAME_RE`) or before a score ("beat Sheffield Wednesday
    2-1"); not "spoke in Washington Monday" alone, a wire's date, nor "in Boston Wednesday", a place. Text only: the skim
    reads it once per article (`_Skim.clubs`), for skimmed and parsed sentences."""
    named = [m for m in _AFTER_NAME_WORD_RE.finditer(text) if m.group(1).lower() not in _NOT_CLUB_WORDS]
    # a name's possessive before a noun ("outside Sheffield Wednesday's ground"): a day's possessive follows no capitalised
    # word of a name ("Friday's vote", "on Monday, Tuesday's talks"), and a place's preposition does not make it a date
    possessive = {m.group(2) for m in named if _POSSESSIVE_NOUN_AFTER_RE.match(text, m.end())}
    pairs = [m for m in named if not _PLACE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())]
    after_name = {m.group(2) for m in pairs} | possessive
    if not after_name:
        return frozenset()
    as_name = {day for m in _WEEKDAY_AS_NAME_RE.finditer(text) for day in m.groups() if day}
    # "beat Sheffield Wednesday 2-1"; a possessive alone is no second use ("Super Bowl Sunday's broadcast", "Mad Friday's
    # calls") unless a preposition of where alone puts it in a place ("outside Sheffield Wednesday's ground")
    as_name |= {m.group(2) for m in pairs if _SCORE_AFTER_RE.match(text, m.end())}
    as_name |= {m.group(2) for m in named if m.group(2) in possessive and _WHERE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())}
    return frozenset(after_name & as_name)


def _names_club(text: str, match: re.Match, clubs: frozenset[str]) -> bool:
    """Whether a weekday alone, in an article that uses it as a club's name (`club_weekdays`), is the club: no preposition,
    determiner or qualifier before it ("on Wednesday", "the following Wednesday", "next Wednesday" are days) and no part
    of a day after it ("Wednesday night")."""
    if match.group() not in clubs:
        return False
    before = text[: match.start()].split()
    previous = before[-1].lower() if before else ""
    if previous in ("and", "or") and len(before) > 1 and not _DATE_RE.fullmatch(before[-2].rstrip(",")):
        previous = ""  # "and Wednesday manager Danny Röhl"; not "on Monday and Wednesday"
    # "For Wednesday, the result is a welcome boost": in an article that names the club, "for", "of", "against" and the
    # like are the club's; a day's own prepositions and qualifiers make it a day ("on Wednesday", "by Wednesday")
    if previous in (_DATE_PREPOSITIONS - _CLUB_PREPOSITIONS) | _DETERMINERS | _ANAPHORIC_WORDS | {"every", "each", "coming", "past"}:
        return False
    if previous in _CLUB_PREPOSITIONS and not _CLUB_AFTER_PREPOSITION_RE.match(text, match.end()):
        return False  # "moved to Wednesday because …", "seats for Wednesday from the box office": the day
    return re.match(r"\s+(?:morning|afternoon|evening|night)\b", text[match.end() :]) is None


# Prepositions as often a club's as a day's ("for Wednesday", "against Wednesday", "to Wednesday").
_CLUB_PREPOSITIONS = frozenset("for of to and or between over into against".split())
# After such a preposition, what makes the weekday the club: a comma closing the phrase ("For Wednesday, the defeat …"), a
# possessive before a noun ("against Wednesday's defence") or a verb of its own ("a blow to Wednesday, who …" aside).
_CLUB_AFTER_PREPOSITION_RE = re.compile(
    r"\s*,|['’]s\s+[a-z]{3,}|\s+(?:had|has|have|should|would|could|will|were|are|must|might|was|is)\b"
)
_NAME_DATE_WORDS = dates.WEEKDAYS.keys() | dates.MONTHS.keys() | STOPWORDS | _DATE_PREPOSITIONS


def _between_name_words(before: str, after: str) -> bool:
    """Whether a day of a month stands between capitalised words of a name, neither a sentence's first
    word nor a date's, the one after it a name's noun ("the National September 11 Memorial"; not "On
    Sept. 11 President Bush", "on Monday, Sept. 11 Biden", "attacked Kyiv March 3 Russian officials said")."""
    words = before[-80:].split()  # the last words only: a run-on sentence has thousands
    # the word after must be a name's noun: capitalised and ending the name, before punctuation, another
    # capitalised word or a preposition ("Memorial in New York", "Attacks Commission"); not an adjective or a
    # name that a lower-case word or a possessive follows ("March 3 Russian officials said", "Ukraine's army")
    following = re.match(r"\s+([A-Z][a-z]+)(?=\s*(?:[,.;:)!?]|$)|\s+(?:[A-Z]|(?:of|in|at|on|for|and|to)\b))", after)
    if len(words) < 2 or following is None or words[-2][-1:] in ".!?:;\"“":
        return False
    word, next_word = words[-1].lower(), following.group(1).lower()
    return words[-1].isalpha() and words[-1][:1].isupper() and word not in _NAME_DATE_WORDS and next_word not in _NAME_DATE_WORDS


def _names_number(before: str, after: str) -> bool:
    """For a year alone, from the words: whether it closes a name, right after a capitalised word that
    neither opens the sentence nor is a date's or a preposition's, and before punctuation or another
    capitalised word ("Act 1983,", "Football Manager 2020.", "GTX 1660 Ti"; not "A Brookings 2021
    analysis", "In 2019,", "March 2025")."""
    words = before.rsplit(None, 2)  # the last words only: a run-on sentence has thousands
    if len(words) < 2 or not re.fullmatch(r"[A-Z][A-Za-z]*|[A-Z0-9]{2,}", words[-1]) or words[-2][-1:] in ".!?:;—–\"“":
        return False
    word = words[-1].lower()
    if word in dates.MONTHS or word in dates.WEEKDAYS or word in dates.SEASONS or word in dates.HOLIDAY_WORDS or word in STOPWORDS | _DATE_PREPOSITIONS:
        return False
    return re.match(r"\s*(?:[,.;:)]|$)|\s+[A-Z]", after) is not None


_DAYPART_NAME_RE = re.compile(r"\s+(?:Night|Morning|Afternoon|Evening)\s+[A-Z]")
_RUNNING_TEXT_RE = re.compile(r"\b[a-z]{6,}\b")  # a long lower-case word: not a headline in title case


def _named_in(doc, surnames: frozenset[str] = frozenset(), after_year: int | None = None,
              weekday_names: frozenset[tuple[str, str]] = frozenset(), people: _CalendarPeople | None = None) -> Callable[..., bool]:
    """For a parsed sentence: whether a character span lies inside a name the recogniser found
    ("the Consumer Rights Act 2015"), is a month word the tagger reads as a verb ("May"), a
    weekday the parser makes the subject of a speech verb ("said analyst Ray Monday") or a
    surname after a person's first name ("Striker Sam Sunday scored") or one the article gave a person
    elsewhere (`surnames`: "Tuesday, 58, is accused", "Tuesday's lawyer said"), a number a proper noun
    before it carries ("Football Manager 2020"; "the Agenda 2030 goals" where `after_year`, the year of
    publication, is before it), or a season that modifies a noun ("the autumn
    statement"). (A number it reads as a count is left alone: it reads "a 2020 article" as one too.)"""

    people = people if people is not None else _CalendarPeople()

    def named(span: tuple[int, int], plain: bool = False) -> bool:
        tokens = doc.char_span(*span, alignment_mode="expand")
        if tokens is None or not len(tokens):
            return False
        if plain:  # a month and a number: only a name and a score in a list of names ("Tries: May 2, Lockhart")
            return len(tokens) == 2 and tokens[1].like_num and _listed_as_player(tokens[0], people)
        if len(tokens) == 1 and (_names_a_person(tokens[0], people) or _owned_thing_for_day(tokens[0], people)):
            return True
        if all(t.ent_type_ in _NAME_LABELS for t in tokens):
            return True
        if len(tokens) != 1:
            return False
        token = tokens[0]
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in SPEECH_VERBS:
            return True  # "said analyst Ray Monday": a day does not speak
        if token.lower_ in dates.SEASONS and token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i and token.head.pos_ == "NOUN":
            if _season_phrase_alone(token):
                return False  # "shoppers who held back in the summer return": the recogniser's "the summer" leaves the noun out
            return token.head.lemma_.lower() not in _TIME_NOUNS  # "the autumn statement", "the summer heat": a kind of thing
        if token.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" and c.i == token.i - 1 for c in token.children):
            return True  # "Striker Sam Sunday scored": a surname after a person's first name
        if token.text in _WEEKDAY_NAMES and _weekday_in_a_name(token):
            return True
        if token.text in _WEEKDAY_NAMES and token.i > 0 and (doc[token.i - 1].text, token.text) in weekday_names:
            # a name the article's parse found elsewhere ("at Sheffield Wednesday -"); not with a part of a day after it
            following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            if following not in ("morning", "afternoon", "evening", "night"):
                return True
        aged = any(c.dep_ == "appos" and c.like_num for c in token.children)  # "Tuesday, 58, denies the charges"
        if token.text in surnames and (token.dep_ in _NAME_ROLES or aged):  # not "ruled Tuesday", "on Tuesday": a day hangs on a verb or a preposition
            return True
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        dates_a_noun = following is not None and following.tag_ in ("NN", "NNS") and following.text.islower()  # "a Brookings 2021 analysis"
        # "a Brookings 2021 analysis" dates the analysis; "the Agenda 2030 goals", "the Net Zero 2050 plan": a
        # plan named for a year still ahead, after a word the recogniser knows as no name
        target = token.text.isdigit() and len(token.text) == 4 and after_year is not None and int(token.text) > after_year and not token.head.ent_type_
        if token.like_num and token.head.i == token.i - 1 and _numbered_name(token.head) and (not dates_a_noun or target):  # not "the Falklands War (1982)"
            return True  # "the Representation of the People Act 1983", "Football Manager 2020", "a GTX 1660 Ti": a name's number
        return token.tag_.startswith(("VB", "MD"))

    return named


_NAMING_VERBS = frozenset("name call dub nickname christen".split())


def _weekday_in_a_name(token) -> bool:
    """From the parse: whether a weekday is a name or no particular day: what a naming participle gives a
    noun ("a beagle named Tuesday", "a horse called Friday"; not "the meeting was called Friday"), a
    first name before a proper noun ("Wednesday Addams"), a word a proper noun before it qualifies
    after a noun or at the sentence's start ("the club Sheffield Wednesday"; not "said in Washington
    Wednesday"), or a day an indefinite article makes any one ("was it a Friday?")."""
    if token.dep_ in ("oprd", "attr", "dobj") and token.head.lemma_.lower() in _NAMING_VERBS and token.head.dep_ == "acl":
        return True
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return True
    if _in_a_compound_name(token) or _in_a_name_entity(token):
        return True  # "Sheffield Wednesday star Callum Rhodes", "the Sheffield Wednesday defender"
    head = token.head
    if (
        token.dep_ == "compound"
        and head.i == token.i + 1
        and head.pos_ == "PROPN"
        and head.text.isalpha()
        and head.text[:1].isupper()
        and not head.text.isupper()
        and head.lower_ not in dates.MONTHS
        and head.lower_ not in dates.WEEKDAYS
        and head.lower_ not in _NAME_DATE_WORDS
        and head.ent_type_ != "DATE"
    ):
        return True  # "Wednesday Addams": not "Wednesday Jan. 1", "Friday PM"
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        before is not None
        and before.dep_ == "compound"
        and before.head.i == token.i
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and (before.i == 0 or token.doc[before.i - 1].pos_ in ("NOUN", "PROPN", "ADJ"))
    )


def _in_a_compound_name(token) -> bool:
    """From the parse: whether a weekday and a capitalised name word right before it both qualify the noun after them
    ("Sheffield Wednesday star Callum Rhodes", "Sheffield Wednesday defender Max Lowe"), or a weekday after such a word
    that qualifies a title before a person's name ("Sheffield Wednesday winger Dan Cole"): a name's words, not a day
    (which does not sit beside a name as one more modifier of a noun, nor title a person), where no word of the capitalised run before it is
    a date's or a holiday's ("Black Friday deals", "Super Bowl Sunday ads", "Easter Sunday service"). Not a chain that
    makes the weekday the noun's and the name the weekday's ("the Acme Friday sale": the sale's day), nor a weekday on a
    part of a day ("Wednesday night")."""
    head = token.head
    if token.dep_ != "compound" or token.i == 0 or head.i <= token.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.lower_ in _TIME_NOUNS or head.lower_ in ("morning", "afternoon", "evening", "night") or head.ent_type_ in ("DATE", "TIME"):
        return False
    before = token.doc[token.i - 1]
    sibling = before.dep_ == "compound" and before.head.i == head.i
    # "Sheffield Wednesday winger Dan Cole", where the parser took the first name word for an object: the noun the
    # weekday qualifies is a title before a person's name
    title = head.dep_ == "compound" and head.head.i > head.i and head.head.ent_type_ == "PERSON" and head.pos_ == "NOUN"
    if not (sibling or title) or before.ent_type_ in ("DATE", "TIME", "EVENT"):
        return False
    return _capitalised_name_run(token) is not None


def _capitalised_name_run(token):
    """The capitalised proper nouns right before a token (the words of a name before a weekday), or None where there are
    none or one of them is a date's, a holiday's or a function word ("Easter", "Black", "Super", "On")."""
    run = []
    i = token.i - 1
    while i >= 0 and token.doc[i].pos_ == "PROPN" and token.doc[i].text[:1].isupper() and token.doc[i].text.isalpha():
        run.append(token.doc[i])
        i -= 1
    if not run or any(t.lower_ in _NOT_CLUB_WORDS or t.text.isupper() for t in run):
        return None
    return run


def _in_a_name_entity(token) -> bool:
    """From the recogniser: whether a weekday lies inside the name of an organisation, a person, a work or a building
    together with a capitalised name word next to it ("Sheffield Wednesday" as an ORG); not a holiday the recogniser
    reads as a building ("Easter Sunday") or any date word beside it."""
    if token.ent_type_ not in ("ORG", "PERSON", "WORK_OF_ART", "FAC"):
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or len(entity) < 2:
        return False
    words = [t for t in entity if t.i != token.i and t.is_alpha]
    if any(t.lower_ in _NOT_CLUB_WORDS or t.lower_ in _TIME_NOUNS for t in words):
        return False
    neighbours = [t for t in words if abs(t.i - token.i) == 1]
    return any(t.text[:1].isupper() and not t.text.isupper() for t in neighbours)


def _dated_otherwise(token) -> bool:
    """Whether a weekday the parser hangs on a verb as its time, right after a place's name the verb takes ("arrived from
    Sheffield Wednesday in June 2022", "left Sheffield Wednesday two years ago"), stands beside another time of the
    same verb that no day of the week shares (a month, a year, "ago"): the verb has its time, and the weekday is the
    end of the place's name, a club's. Not "said in Washington Wednesday" (the verb's only time), nor "met in Paris
    Tuesday for talks due to end in June" (another verb's), nor "spoke in Washington Wednesday, a week after the
    bank's March 2024 meeting" (another event's, inside the phrase)."""
    verb, before = token.head, token.doc[token.i - 1]
    if token.dep_ != "npadvmod" or verb.pos_ != "VERB" or before.ent_type_ not in ("GPE", "LOC", "FAC", "ORG") or not before.text[:1].isupper():
        return False
    if before.head.i != verb.i and not (before.head.dep_ == "prep" and before.head.head.i == verb.i):
        return False  # the place is the verb's object, or its preposition's ("from Sheffield")
    for child in verb.children:
        if child.i == token.i:
            continue
        # a preposition's own object is the time ("in August 2021"), not a date inside the thing it names ("a week
        # after the bank's March 2024 meeting", "a year after his February 2023 visit": a time of another event)
        words = [child] if child.dep_ != "prep" else [w for o in child.children if o.dep_ == "pobj" for w in (o, *(g for g in o.children if g.dep_ in ("nummod", "compound")))]
        if child.dep_ in ("advmod", "npadvmod", "prep") and any(w.lower_ == "ago" or w.lower_ in dates.MONTHS and len(w.text) > 3 or w.like_num and len(w.text) == 4 and w.text.isdigit() for w in words):
            return True
    return False


def _weekday_names(docs) -> frozenset[tuple[str, str]]:
    """The capitalised words and weekdays an article's parse reads as one name (`_in_a_compound_name`,
    `_in_a_name_entity`): "Sheffield Wednesday" from "Sheffield Wednesday star Callum Rhodes", so that the same name
    elsewhere in the article ("his place at Sheffield Wednesday -") is the name, as `_surnames` carries a surname."""
    found = set()
    for doc in docs:
        for token in doc:
            if token.text in _WEEKDAY_NAMES and token.i > 0 and (_in_a_compound_name(token) or _in_a_name_entity(token) or _dated_otherwise(token)):
                before = doc[token.i - 1]
                if before.text[:1].isupper() and before.is_alpha and before.lower_ not in _NOT_CLUB_WORDS:
                    found.add((before.text, token.text))
    return frozenset(found)


def _season_phrase_alone(token) -> bool:
    """Whether the recogniser reads a season the parser hangs on a noun as a date phrase of its own, opened
    by an article and ending before that noun ("in [the summer] return to its stores", where the parser took
    the verb for a noun); "the [autumn] statement", "the [summer] heat" it reads without the article."""
    if token.ent_type_ != "DATE":
        return False
    start = token.i
    while start > 0 and token.doc[start - 1].ent_type_ == "DATE" and token.doc[start].ent_iob_ != "B":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return start < token.i and token.doc[start].lower_ in _DETERMINERS and token.head.i >= end


# What a person's name is in a sentence and a day is not: a subject, an object, a possessor ("Tuesday's
# lawyer"), an apposition.
_NAME_ROLES = frozenset("nsubj nsubjpass dobj poss appos".split())


def _surnames(docs) -> frozenset[str]:
    """Weekday and month words an article uses as a person's surname: right after a first name the
    recogniser reads as a person's, joined to it ("former councillor Ray Tuesday", "Coach Andy March")."""
    found = set()
    for doc in docs:
        for token in doc:
            word = token.text
            if word[:1].isupper() and (word.lower() in dates.WEEKDAYS or word.lower() in dates.MONTHS) and len(word) > 3 and token.i > 0:
                first = doc[token.i - 1]
                compound = first.dep_ == "compound" and first.head.i == token.i  # not "Sen. Joe Manchin Tuesday announced"
                if compound and first.ent_type_ == "PERSON" and first.lower_ not in dates.WEEKDAYS and first.lower_ not in dates.MONTHS:
                    found.add(word)
    return frozenset(found)


def _calendar_word(word: str) -> bool:
    return word[:1].isupper() and (word.lower() in dates.WEEKDAYS or word.lower() in dates.MONTHS) and (len(word) > 3 or word.lower() in dates.MONTHS_AS_NAMES)


@dataclass(frozen=True)
class _CalendarPeople:
    """What an article's parse shows of its people and things named with a calendar word. `pairs`: a given name and a
    calendar surname ("Devin Monday": a one-word person the recogniser cut off before the day) or a calendar given name
    and a surname the recogniser reads as one person ("June Halvorsen"), wherever the two stand together again;
    `words`: the calendar words of those names, and those the recogniser reads alone as a person ("May's catch"),
    a person's wherever the parse shows someone ("Monday, who …");
    `things`: a weekday and the noun it names for its day, written more than once ("the Monday market")."""

    pairs: frozenset[tuple[str, str]] = frozenset()
    words: frozenset[str] = frozenset()
    things: frozenset[tuple[str, str]] = frozenset()


def _calendar_people(docs, text: str = "") -> _CalendarPeople:
    pairs, alone, things = set(), set(), Counter()
    for doc in docs:
        for token in doc:
            if not _calendar_word(token.text):
                continue
            first = doc[token.i - 1] if token.i > 0 else token
            ent = next((e for e in doc.ents if e.start <= first.i < e.end), None)
            joined = token.i > 0 and first.dep_ == "compound" and first.head.i == token.i and not _calendar_word(first.text) and first.is_alpha and first.text[:1].isupper()
            # a weekday between a capitalised word and its verb is the wire's day ("Police Monday arrested", "Trump Monday
            # signed"): a person only where the article shows one, a role before the name ("receiver Marcus Friday") or
            # the weekday alone with a "who" ("Friday, who transferred …")
            shown = token.text not in _WEEKDAY_NAMES or _role_before(first) or re.search(rf"\b{token.text},?\s+who\b", text) is not None
            # "Devin Monday": a one-word person, joined to the day after it
            if joined and ent is not None and ent.label_ == "PERSON" and len(ent) == 1:
                pairs.add((first.text, token.text))
            # "Rory May celebrates …": a name word no entity covers, joined to the subject of a verb (not "Black Friday drew …")
            if joined and shown and ent is None and first.pos_ == "PROPN" and first.lower_ not in _NOT_CLUB_WORDS and token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB":
                pairs.add((first.text, token.text))
            # "Marcus Friday caught two passes": a name word joined to a day the parse hangs on a verb with no subject, the
            # verb's subject all the same
            if joined and shown and first.pos_ == "PROPN" and first.lower_ not in _NOT_CLUB_WORDS and first.ent_type_ not in ("DATE", "TIME", "EVENT") and _subject_of_subjectless(token):
                pairs.add((first.text, token.text))
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            # "April Ruiz has run the bakery": a calendar word joined to the name word after it, a subject or an object
            if (after is not None and token.dep_ == "compound" and token.head.i == after.i and after.pos_ == "PROPN" and after.is_alpha
                    and after.text[:1].isupper() and not after.text.isupper() and after.lower_ not in _NOT_CLUB_WORDS and after.dep_ in _NAME_ROLES
                    and after.ent_type_ in ("", "PERSON") and token.ent_type_ in ("", "PERSON") and not _calendar_word(after.text)):
                pairs.add((token.text, after.text))
            if token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"):
                alone.add(token.text)  # "May's catch over Owen": the word alone read as a person
            if token.text in _WEEKDAY_NAMES and token.i + 1 < len(doc):
                noun = _day_named_thing(token)
                if noun is not None:
                    things[(token.text, noun.lemma_.lower())] += 1
        for ent in doc.ents:  # "June Halvorsen", "April Donnelly": a given name the recogniser reads into a person
            if ent.label_ != "PERSON" or len(ent) < 2:
                continue
            if _calendar_word(ent[0].text) and ent[1].is_alpha and ent[1].text[:1].isupper() and not _calendar_word(ent[1].text):
                pairs.add((ent[0].text, ent[1].text))
            if _calendar_word(ent[-1].text) and ent[-2].is_alpha and ent[-2].text[:1].isupper() and not _calendar_word(ent[-2].text):
                pairs.add((ent[-2].text, ent[-1].text))  # "Rory May", "Theresa May": a surname the recogniser reads into a person
    pairs |= _acting_names_in_words(text)
    words = frozenset(w for pair in pairs for w in pair if _calendar_word(w)) | frozenset(alone)
    # a thing named for its day, written more than once in the article, parsed or not ("the Monday market")
    written = {(day, noun) for day, noun in things if len(re.findall(rf"\b{day}\s+{re.escape(noun)}", text, re.IGNORECASE)) > 1}
    return _CalendarPeople(frozenset(pairs), words, frozenset(written))


def _role_before(token) -> bool:
    """Whether a name word follows a role written in lower case ("receiver Marcus Friday", "winger Rory May")."""
    return token.i > 0 and token.doc[token.i - 1].pos_ == "NOUN" and token.doc[token.i - 1].text.islower()


def _subject_of_subjectless(token) -> bool:
    """Whether a calendar word the parse hangs on a finite verb as a time is the verb's only candidate for a subject:
    before the verb, which has none ("Marcus Friday caught two passes", "Then Devin Monday came back")."""
    verb = token.head
    if token.dep_ != "npadvmod" or verb.i <= token.i or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ in ("relcl", "ccomp", "advcl", "conj", "xcomp"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


_CALENDAR_WORD_RE = "|".join([*(w.capitalize() for w in dates.MONTHS if len(w) > 3 or w in dates.MONTHS_AS_NAMES), *_WEEKDAY_NAMES])
_ACTING_NAME_RE = re.compile(rf"(?<![\w’'.-])([A-Z][a-z]+)\s+({_CALENDAR_WORD_RE})\s+([a-z]+)\b")


def _acting_names_in_words(text: str) -> set[tuple[str, str]]:
    """A given name and a month that is a name too (`dates.MONTHS_AS_NAMES`) read off the words, parsed or not: one
    capitalised word, no other before it, then the month and a verb it is the subject of ("Rory May scored twice",
    "winger Rory May celebrates"), the two words written together more than once in the article or the month owning
    something in it ("May's first try"). Never a weekday ("Police Tuesday charged … Police Tuesday said", however
    often: the wire's day), nor "Sen. Joe Manchin Tuesday announced" (two name words), "Super Bowl Sunday drew",
    "Last May saw"."""
    found = set()
    for match in _ACTING_NAME_RE.finditer(text):
        first, word, verb = match.groups()
        before = text[: match.start()].rstrip()
        if before and re.search(r"[A-Z][\w’'.-]*$", before) and not before.endswith((".", "!", "?")):
            continue  # a longer name, or a title, before it
        if first.lower() in _NOT_CLUB_WORDS or first.lower() in dates.HOLIDAY_WORDS or first.lower() in ("good", "early", "late", "mid"):
            continue
        if word.lower() not in dates.MONTHS_AS_NAMES:
            continue  # a weekday between a capitalised word and its verb is the wire's day, however often ("Police Tuesday charged")
        # written twice, or a month that is a name too owning something elsewhere ("May's first try"): a name; not
        # "Trump Tuesday said" once (a day between a name and its verb)
        again = len(re.findall(rf"\b{first}\s+{word}\b", text)) > 1 or re.search(rf"\b{word}[’']s\b", text)
        if (_has_past_verb(verb) or _singular_present(verb)) and again:
            found.add((first, word))
    return found


def _day_named_thing(token):
    """The noun a weekday qualifies as a word before it ("the Monday market", "the Saturday markets"; through "and":
    "Wednesday and Saturday markets"), not a time ("Monday morning"), and not with the weekday's own "'s"."""
    day = token
    if day.dep_ == "conj" and day.head.text in _WEEKDAY_NAMES:
        day = day.head
    noun = day.head
    if day.dep_ not in ("compound", "nmod", "amod") or noun.i <= day.i or noun.pos_ != "NOUN":
        return None
    if noun.lower_ in _TIME_NOUNS or noun.lower_ in dates.DAYPARTS or noun.ent_type_ in ("DATE", "TIME"):
        return None
    return noun


def _names_a_person(token, people: _CalendarPeople) -> bool:
    """Whether a calendar word is a person's name where it stands, by what the article showed of its people
    (`_calendar_people`): beside the other word of the person's name ("Then Devin Monday came back", "for Devin
    Monday,"); the word of a name that a "who" clause describes ("Monday, who committed to …"); the subject of a
    relative clause whose "that" is the object ("a drive that Monday capped": a day would hang on the verb); or
    the object of a preposition that is no date's ("which with June usually means"; not "turned 81 in June")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and (before.text, token.text) in people.pairs or after is not None and (token.text, after.text) in people.pairs:
        return True
    if token.text not in people.words:
        return False
    if any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "whom") for g in c.children) for c in token.children):
        return True  # "Monday, who committed to Northern Illinois in June"
    who = doc[token.i + 2] if after is not None and after.text == "," and token.i + 2 < len(doc) else after
    if who is not None and who.lower_ in ("who", "whom") and who.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True  # "It was Sunday who scored the winner": the parse hung the "who" clause elsewhere
    verb = token.head
    if (token.dep_ == "npadvmod" and verb.i == token.i + 1 and verb.pos_ == "VERB" and before is not None
            and before.lower_ in ("that", "which") and before.head.i == verb.i and verb.dep_ == "relcl"
            and not any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in verb.children)):
        return True  # "a 68-yard drive that Monday capped with a 4-yard run": the verb's subject, its object the "that"
    if token.dep_ == "pobj" and token.head.lower_ not in _MONTH_TIME_PREPOSITIONS and token.lower_ in dates.MONTHS:
        return not any(c.dep_ in ("nummod", "amod") for c in token.children)  # "with June", not "with early June"
    return False


# Prepositions that give a month its time ("in June", "until late June"); after another one ("with June", "for
# April") a month the article gives a person as a name is that person.
_MONTH_TIME_PREPOSITIONS = frozenset("in since until till by from through throughout during before after between of around".split())


def _listed_as_player(token, people: _CalendarPeople) -> bool:
    """Whether a month and a number ("May 2") are a person's name and score in a list of names with scores
    ("Tries: May 2, Lockhart; Cons: Cairns", "Player ratings: May 9, Cairns 8, Lockhart 8"): the month is a name the
    article gives a person, and the other items of its list are a name each, with a number or none."""
    return _listed_in(token.doc.text, token.idx, token.text, people)


def _listed_in(text: str, at: int, word: str, people: _CalendarPeople) -> bool:
    """`_listed_as_player` read off the words: `word` at character `at` of `text`."""
    if word not in people.words:
        return False
    start = max(text.rfind(mark, 0, at) for mark in ";:") + 1
    ends = [i for i in (text.find(mark, at) for mark in ";:") if i != -1]
    items = [item.strip() for item in text[start : min(ends) if ends else len(text)].split(",")]
    others = [item for item in items if not item.startswith(word)]
    name = re.compile(r"[A-Z][\w’'-]+(?:\s+\d{1,2})?\.?")
    return bool(others) and all(name.fullmatch(item) and not _calendar_word(item.split()[0].rstrip(".")) for item in others)


def _owned_thing_for_day(token, people: _CalendarPeople) -> bool:
    """Whether a weekday names a thing for its day, no date: the noun it qualifies is owned ("the town's Monday
    market") and is written more than once for that day in the article, is plural ("the town's Wednesday and
    Saturday markets") or has lasted years ("has hosted the town's Monday market for 40 years"): one that recurs.
    Not "the council's Monday meeting", once: that Monday's."""
    noun = _day_named_thing(token)
    if noun is None or not any(c.dep_ == "poss" for c in noun.children):
        return False
    return noun.tag_ == "NNS" or (token.text, noun.lemma_.lower()) in people.things or _kept_for_years(noun)


def _kept_for_years(noun) -> bool:
    """Whether the verb a noun hangs on says the thing has lasted years ("has hosted the town's Monday market for
    more than 40 years", "… since 1982"): one that recurs."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    for link in verb.children:
        if link.dep_ == "prep" and link.lower_ in ("for", "since"):
            for word in link.subtree:
                if word.lemma_.lower() in ("year", "decade", "century", "generation") or word.like_num and len(word.text) == 4 and word.text.isdigit():
                    return True
    return False


# Prepositions that take a person more often than a time: after one, a month or weekday the article gives a person
# as a name is that person in a sentence read by its words alone ("which with June usually means").
_PERSON_PREPOSITIONS = frozenset("with about like without than beside behind against toward towards among".split())


# A person's name of two words joined by "and" or "or" after or before a word (`_named_in_words`), and the words before a
# month that make it a time whatever follows ("last May and Keon Ashby's …" is no pairing).
_NAME_RE_PART = r"[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+"
_JOINED_TO_A_NAME_AFTER = re.compile(rf"\s+(?:and|or)\s+{_NAME_RE_PART}\b(?!\s+[A-Z])")
_JOINED_TO_A_NAME_BEFORE = re.compile(rf"(?<![A-Z][a-z’'-] )\b{_NAME_RE_PART}\s+(?:and|or)\s+$")
_TIME_QUALIFIERS = frozenset("last next this that every each early late mid the".split())


def _named_in_words(text: str, people: _CalendarPeople) -> Callable[..., bool]:
    """For a sentence read by its words alone (not parsed): whether a span is a person's name by what the parsed
    sentences showed of the article's people (`_calendar_people`): beside the other word of the name ("for Devin
    Monday"), before a "who" ("Monday, who …"), after a preposition that takes a person, or a name and a score in a
    list of names ("Tries: May 2, Lockhart")."""

    def named(span: tuple[int, int], plain: bool = False) -> bool:
        words = text[span[0] : span[1]].split()
        if not words:
            return False
        word = words[0]
        if plain:
            return len(words) == 2 and words[1].isdigit() and _listed_in(text, span[0], word, people)
        if len(words) != 1:
            return False
        before = re.search(r"([A-Z][\w’'-]*)\s+$", text[: span[0]])
        after = re.match(r"\s+([A-Z][\w’'-]*)", text[span[1] :])
        if before is not None and (before.group(1), word) in people.pairs or after is not None and (word, after.group(1)) in people.pairs:
            return True
        if word not in people.words:
            return False
        if re.match(r",?\s+who\b", text[span[1] :]):
            return True  # "Monday, who committed to …"
        verb = re.match(r"\s+([a-z]+)\b", text[span[1] :])
        if verb is not None and (_has_past_verb(verb.group(1)) or _singular_present(verb.group(1))) and re.search(r"(?:^|[,;:]|\bthat|\bwhich)\s*$", text[: span[0]]):
            return True  # "a drive that Monday capped", "After a punt, Monday broke a 47-yard run": the verb's subject
        previous = re.search(r"\b([a-z]+)\s+$", text[: span[0]])
        if (previous is None or previous.group(1) not in _MONTH_TIME_PREPOSITIONS - {"of"} | _TIME_QUALIFIERS) and (
                _JOINED_TO_A_NAME_AFTER.match(text[span[1] :]) or _JOINED_TO_A_NAME_BEFORE.search(text[: span[0]])):
            return True  # "a pairing of August and Keon Ashby", "Hana Kim and August": joined to a name of two words
        return word.lower() in dates.MONTHS and previous is not None and previous.group(1) in _PERSON_PREPOSITIONS

    return named


def _numbered_name(token) -> bool:
    """Whether a word that a number after it hangs on is a name's ("Act", "Manager", "Euro"), not a
    date's ("March 2025", "Summer 2023", "Christmas 2022")."""
    word = token.lower_.rstrip(".")
    date_word = word in dates.MONTHS or word in dates.WEEKDAYS or word in dates.SEASONS or word in dates.HOLIDAY_WORDS
    return token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() and not date_word and token.ent_type_ not in ("DATE", "TIME")


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


def _describes_now_in(doc) -> Callable[[tuple[int, int]], bool]:
    """For a parsed sentence: whether a character span sits in a noun phrase, through the participles
    that describe its noun ("a law dating from 2011"), that hangs on a verb in the present tense
    other than a saying ("Legislation from 1965 still bars …"; not "airs on ABC Thursday", "has
    owned it since 2016")."""

    def describes_now(span: tuple[int, int]) -> bool:
        tokens = doc.char_span(*span, alignment_mode="expand")
        if tokens is None or not len(tokens):
            return False
        token, noun = tokens.root, False
        while token.head.i != token.i:
            token = token.head
            if token.pos_ in ("VERB", "AUX") and token.dep_ != "acl":
                break
            noun = noun or (token.pos_ in ("NOUN", "PROPN", "PRON") and token not in tokens)
        else:
            return False
        present = token.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in token.children if a.dep_ in ("aux", "auxpass"))
        return noun and present and token.lemma_.lower() not in SPEECH_VERBS

    return describes_now


def _past_verb_in(doc) -> Callable[[tuple[int, int]], bool]:
    """For a parsed sentence: whether a character span hangs straight on a verb in the past tense,
    itself or through its preposition ("took effect on Jan. 1"; not "fees for travel through Jan. 7")."""

    def past_verb(span: tuple[int, int]) -> bool:
        tokens = doc.char_span(*span, alignment_mode="expand")
        if tokens is None or not len(tokens):
            return False
        head = tokens.root.head
        if head.dep_ == "prep" and head not in tokens:
            head = head.head
        return head.tag_ == "VBD" and head.pos_ == "VERB"

    return past_verb


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
    """Relative dates need an anchor: without a publication date (or with one no calendar holds,
    as the "0001-01-01" some pages give) only explicit years resolve."""
    if published is not None and not dates.YEAR_MIN <= published.year <= dates.YEAR_MAX:
        published = None
    if published is None:
        if not re.search(r"\b(1[6-9]|20|21)\d\d\b", expression):
            return None
        published = date.today()
    return dates.resolve_date(expression, published, future=future, anchor=anchor)


def _parsed_dates(skim: _Skim, parsed: dict[int, object]) -> dict[int, tuple[DatedMention, ...]]:
    """The dates of the parsed sentences, read with the parse (tense, names), in reading order so
    that "the next day" counts from the date named last, parsed or skimmed; and those of the skimmed sentences
    that hold a calendar word the article gives a person (`_calendar_people`), read again with that
    (`_named_in_words`)."""
    published = skim.annotated.article.published
    dateline = dateline_span(skim.annotated.article)
    found: dict[int, tuple[DatedMention, ...]] = {}
    anchor = None
    surnames = _surnames(parsed.values())
    weekday_names = _weekday_names(parsed.values())  # "Sheffield Wednesday", read as a name somewhere in the parse
    calendar_people = _calendar_people(parsed.values(), skim.annotated.article.text)  # "Devin Monday", "June Halvorsen", "the Monday market"
    clubs = skim.clubs  # read once, by the skim
    unstamped_quotes = quotations_of_another_day(skim.annotated.article.text, skim.quote_spans)
    for info in skim.annotated.sentences:
        mentions = info.dates
        doc = parsed.get(info.sentence.index)
        if doc is not None:
            tense = lambda span, doc=doc, heading=info.is_heading: _clause_tense(doc.char_span(*span, alignment_mode="expand"), heading=heading)
            mentions = found[info.sentence.index] = _dates(
                doc.text,
                published,
                tense,
                anchor=anchor,
                named=_named_in(doc, surnames, published.year if published else None, weekday_names, calendar_people),
                attributive=_attributive_in(doc),
                past_verb=_past_verb_in(doc),
                describes_now=_describes_now_in(doc),
                main_clause=_main_clause_in(doc),
                dateline_end=dateline[1] - dateline[0] if info.sentence.start == dateline[0] else 0,
                clubs=clubs,
                quoted_unstamped=in_quotation_of(unstamped_quotes, info.sentence.start),
                doc=doc,
                heading=info.is_heading,
            )
        elif mentions and (calendar_people.words or calendar_people.pairs):
            # a sentence read by its words: what the parse showed of the article's people ("Devin Monday") still holds
            text = info.sentence.text
            if any(re.search(rf"\b{re.escape(word)}\b", text) for pair in calendar_people.pairs for word in pair) or any(word in text for word in calendar_people.words):
                dateline_end = dateline[1] - dateline[0] if info.sentence.start == dateline[0] else 0
                mentions = found[info.sentence.index] = _dates(
                    text, published, lambda span, t=text: _skim_tense(t, span), anchor=anchor, named=_named_in_words(text, calendar_people),
                    dateline_end=dateline_end, clubs=clubs, quoted_unstamped=in_quotation_of(unstamped_quotes, info.sentence.start),
                )
        anchor = _anchor_after(mentions, anchor)
    return found


def skimmed_dates(text: str, published: date | None) -> tuple[DatedMention, ...]:
    """The dates of one sentence read off its words alone, as the skim reads every sentence."""
    return _dates(text, published, lambda span: _skim_tense(text, span))


# A day told as the writer's own ("No trains are running today", "gusts recorded this morning"; "Today" opening a
# sentence, not the "Today" of a title such as "USA Today").
_WRITERS_DAY_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))Today\b|\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b")


def quotations_of_another_day(text: str, quote_spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The article's quotations (`quote_spans`) whose "today" need not be the publication's: all of them, unless the
    article tells its own day as "today" or "this morning" outside them (a live blog, a story written as of its
    day), which counts what it quotes from that day too: then None."""
    for found in _WRITERS_DAY_RE.finditer(text):
        if not any(start <= found.start() < end for start, end in quote_spans):
            return None
    return quote_spans


def in_quotation_of(quote_spans: list[tuple[int, int]] | None, sentence_start: int) -> Callable[[tuple[int, int]], bool] | None:
    """For a sentence at `sentence_start`: whether a span of it lies inside one of the quotations `quote_spans`
    (`quotations_of_another_day`; None where the article's quotations are its own day's)."""
    if quote_spans is None:
        return None
    return lambda span: any(start <= sentence_start + span[0] and sentence_start + span[1] <= end for start, end in quote_spans)


def dateline_span(article) -> tuple[int, int]:
    """Where a wire's dated dateline lies in the article's text (`segment.filed_on`: "CARROW, March 3 —"),
    (0, 0) without one."""
    filed = filed_on(article.text, article.published)
    return filed[1:] if filed else (0, 0)


# Learned decisions (session 11) ------------------------------------------------------------------
#
# Two small models (weights in `date_model.py`, fitted by `wirebrief.evaluation.date_training` on every
# hand-annotated file, chosen by leave-one-file-out cross-validation) read a parsed sentence's dates after
# the rules: KEEP, whether a date the rules found is one an annotator lists at all (not a weekday in a
# name, a habit, a generic use), and DIRECTION, for an expression without its own year whose value the
# side decides ("Friday", "in May", "this fall"), whether it lies after publication. Both act only where
# they are confident (thresholds in the model); the skim's sentences keep the rules' reading.

# The rules' reading of the date's clause (`_clause_tense`), one feature each.
_READINGS = (("ahead", True), ("behind", False), ("nearest", dates.NEAREST), ("none", None), ("unsure", UNSURE),
             ("reported", REPORTED), ("was_due", WAS_DUE), ("ordered", ORDERED), ("scene", SCENE))
_ROLES = (EVENT, DATELINE, REPORTING, ATTRIBUTION, COMPARISON, BOUND)
_ENTITY_LABELS = ("DATE", "TIME", "PERSON", "ORG", "WORK_OF_ART", "EVENT", "GPE", "PRODUCT", "FAC", "NORP", "CARDINAL")
# Grammar's own words before a date, one feature each (prepositions, quantifiers and deictics: no word of any data).
_BEFORE_WORDS = ("on", "in", "by", "until", "through", "since", "from", "for", "before", "after", "during", "at",
                 "every", "each", "next", "last", "this", "coming", "past", "early", "late", "the", "that", "'s")
_AUXILIARIES = ("will", "would", "could", "can", "may", "might", "should", "must", "have", "be", "do", "going")
_VERB_TAGS = ("VBD", "VBZ", "VBP", "VB", "VBG", "VBN")
_VERB_CLASSES = (("speech", SPEECH_VERBS), ("intent", _INTENT_VERBS), ("scheduled", _SCHEDULED_VERBS),
                 ("foresee", _FORESEE_VERBS), ("reschedule", _RESCHEDULING_VERBS), ("directive", _DIRECTIVE_VERBS),
                 ("commitment", _COMMITMENT_VERBS))

DATE_FEATURE_NAMES = (
    [f"reading_{name}" for name, _ in _READINGS]
    + [f"role_{role}" for role in _ROLES]
    + ["main_clause", "subordinate_clause"]
    + ["weekday", "month_alone", "month_day", "season", "holiday", "has_year", "relative_day", "relative_period", "count_ago_later", "decade", "numeric"]
    + ["days_to_ahead", "days_to_behind", "ahead_nearer", "value_after_publication", "value_is_publication_day", "same_month_as_publication"]
    + [f"entity_{label}" for label in _ENTITY_LABELS] + ["entity_none", "in_name_cluster", "plural_after", "capitalised_before", "capitalised_after", "possessive"]
    + [f"before_{word}" for word in _BEFORE_WORDS]
    + [f"verb_{tag}" for tag in _VERB_TAGS] + ["verb_none", "verb_passive", "verb_negated"]
    + [f"aux_{word}" for word in _AUXILIARIES] + [f"lemma_{name}" for name, _ in _VERB_CLASSES]
    + ["dep_pobj", "dep_npadvmod", "dep_compound", "dep_nsubj", "dep_other", "heads_noun"]
    + ["in_quotation", "sentence_future_cue", "sentence_other_year", "others_before", "others_after", "words_tell_ahead", "words_tell_behind",
       "heading", "sentence_words", "position_in_sentence", "attributive", "dates_event"]
)


def _governing_verb(span):
    """The first verb or auxiliary above a span in the parse, None in a sentence without one above it."""
    token = span.root
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def date_features(text: str, span: tuple[int, int], mention: DatedMention, reading, doc, published: date | None,
                  others: list[DatedMention], *, heading: bool = False, attributive: bool = False) -> list[float]:
    """The named features (`DATE_FEATURE_NAMES`, in order) of one date a parsed sentence holds: the rules'
    reading of its clause, what the expression is, how far its readings ahead and behind lie from publication,
    what the recogniser and the parse make of its words, the verb that governs it, the words before it."""
    expression = text[span[0] : span[1]]
    resolved = mention.resolved
    f: list[float] = [float(reading == value if isinstance(value, str) else reading is value) for _, value in _READINGS]
    f += [float(mention.role == role) for role in _ROLES]
    f += [float(mention.main is True), float(mention.main is False)]
    has_day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", expression) is not None
    month = _MONTH_RE.search(expression) is not None
    f += [float(_weekday_alone(expression) is not None or bool(re.match(_WEEKDAY, expression))), float(month and not has_day), float(month and has_day),
          float(resolved.precision == dates.SEASON), float(_HOLIDAY_RE.search(expression) is not None),
          float(re.search(r"\b(?:1[6-9]|20)\d\d\b", expression) is not None), float(_RELATIVE_DAY_RE.search(expression) is not None),
          float(re.search(r"(?i)\b(?:week|month|year|weekend)\b", expression) is not None), float(re.search(r"(?i)\b(?:ago|later|earlier)\b", expression) is not None),
          float(resolved.precision == dates.DECADE), float(re.fullmatch(r"[\d/\-]+", expression.strip()) is not None)]
    ahead = behind = None
    if published is not None:
        ahead, behind = _resolve(expression.strip(), published, True), _resolve(expression.strip(), published, False)
    to_ahead = (ahead.date - published).days if ahead and published else 0
    to_behind = (published - behind.date).days if behind and published else 0
    f += [math.log1p(max(0, to_ahead)), math.log1p(max(0, to_behind)), float(ahead is not None and behind is not None and abs(to_ahead) < abs(to_behind)),
          float(bool(published) and resolved.date > published), float(bool(published) and resolved.date == published),
          float(bool(published) and (resolved.date.year, resolved.date.month) == (published.year, published.month))]
    tokens = doc.char_span(*span, alignment_mode="expand") if doc is not None else None
    labels = {t.ent_type_ for t in tokens} if tokens is not None else set()
    f += [float(label in labels) for label in _ENTITY_LABELS] + [float(not labels - {""})]
    after = text[span[1] : span[1] + 3]
    before_text = text[: span[0]].rstrip()
    previous_word = re.search(r"(\S+)$", before_text)
    next_word = re.match(r"\s+(\S+)", text[span[1] :])
    capitalised_before = bool(previous_word) and previous_word.group(1)[:1].isupper() and previous_word.start() > 0 and before_text[-1:].isalpha()
    capitalised_after = next_word is not None and next_word.group(1)[:1].isupper()
    inside_a_name = tokens is not None and any(t.ent_type_ in ("PERSON", "ORG") and t.ent_iob_ == "I" for t in tokens)
    f += [float(inside_a_name or (bool(previous_word) and previous_word.group(1)[:1].isupper() and before_text[-1:].isalpha() and capitalised_after)),
          float(after[:1] == "s" and not after[1:2].isalpha()),  # "on Wednesdays"
          float(capitalised_before), float(capitalised_after), float(re.match(r"['’]s\b", after) is not None)]
    last_words = [w.lower() for w in re.findall(r"[\w'’]+", before_text)[-2:]]
    f += [float(word in last_words[-1:] or (word in ("next", "last", "this", "coming", "past", "early", "late") and word in expression.lower().split()[:2]))
          if word != "'s" else float(bool(before_text) and before_text.endswith(("'s", "’s"))) for word in _BEFORE_WORDS]
    verb = _governing_verb(tokens) if tokens is not None and len(tokens) else None
    f += [float(verb is not None and verb.tag_ == tag) for tag in _VERB_TAGS]
    children = list(verb.children) if verb is not None else []
    auxiliaries = {c.lemma_.lower() for c in children if c.dep_ in ("aux", "auxpass")} | ({verb.lemma_.lower()} if verb is not None and verb.pos_ == "AUX" else set())
    f += [float(verb is None), float(any(c.dep_ == "auxpass" for c in children)), float(any(c.dep_ == "neg" for c in children))]
    f += [float(word in auxiliaries) for word in _AUXILIARIES]
    lemma = verb.lemma_.lower() if verb is not None else ""
    head = verb
    while head is not None and head.dep_ in ("xcomp", "ccomp", "conj") and head.head.i != head.i:  # "plans to visit", "said it would"
        head = head.head
    lemmas = {lemma, head.lemma_.lower() if head is not None else ""}
    f += [float(bool(lemmas & verbs)) for _, verbs in _VERB_CLASSES]
    dep = tokens.root.dep_ if tokens is not None and len(tokens) else ""
    f += [float(dep == "pobj"), float(dep == "npadvmod"), float(dep == "compound"), float(dep in ("nsubj", "nsubjpass")),
          float(dep not in ("pobj", "npadvmod", "compound", "nsubj", "nsubjpass")), float(tokens is not None and len(tokens) and tokens.root.head.pos_ in ("NOUN", "PROPN") and tokens.root.head not in tokens)]
    quoted = any(start <= span[0] and span[1] <= end for start, end in (m.span() for m in _QUOTATION_RE.finditer(text)))
    other_years = [m for m in re.finditer(r"\b(?:1[6-9]|20)\d\d\b", text) if not span[0] <= m.start() < span[1]]
    words_tell = _skim_tense(text, span)
    f += [float(quoted), float(dates.is_future_tense(text)), float(bool(other_years)),
          float(sum(1 for m in others if m is not mention and published and m.resolved.date < published)),
          float(sum(1 for m in others if m is not mention and published and m.resolved.date > published)),
          float(words_tell is True), float(words_tell is False), float(heading), math.log1p(len(text.split())), span[0] / max(1, len(text)),
          float(attributive), float(mention.dates_event)]
    return f


def _probability(features: list[float], model: dict) -> float:
    from ..segment import boundary_probability

    return boundary_probability(features, model)


def _decided(text: str, mentions: list[DatedMention], spans: list[tuple[int, int]], readings: dict, doc, published: date | None,
             heading: bool, attributive: Callable[[tuple[int, int]], bool] | None) -> tuple[list[DatedMention], list[tuple[int, int]]]:
    """The parsed sentence's mentions with the learned decisions applied where `date_model` holds an active
    model (a threshold the cross-validation chose): a date turned to the other side where DIRECTION is
    confident of it, one left out where KEEP is confident it is none an annotator would list. With
    `RECORD_FEATURES` (the training run) each mention carries its features."""
    from . import date_model

    keep, direction = (_active(date_model.KEEP), _active(date_model.DIRECTION)) if USE_MODELS and published is not None else (None, None)
    if not (keep or direction or RECORD_FEATURES):
        return mentions, spans
    kept, kept_spans = [], []
    for mention, span in zip(mentions, spans, strict=True):
        features = date_features(text, span, mention, readings.get(span), doc, published, mentions, heading=heading,
                                 attributive=attributive is not None and attributive(span))
        if RECORD_FEATURES:
            mention = replace(mention, features=tuple(features))
        if direction:
            mention = _turned(mention, features, text[span[0] : span[1]].strip(), published, readings.get(span), direction)
        if keep and _probability(features, keep) < keep["threshold"]:
            continue
        kept.append(mention)
        kept_spans.append(span)
    if DROPPED is not None and published is not None:
        _record_dropped(text, spans, readings, doc, published, mentions, heading)
    return kept, kept_spans


def _active(model: dict | None) -> dict | None:
    """The model where the cross-validation chose a threshold for it, else None (the rules alone)."""
    return model if model and model.get("threshold") is not None else None


# Set by the training run: the rules alone (USE_MODELS off), every parsed date's features kept on its mention, and
# (DROPPED, a list) the candidates the rules left out of parsed sentences, as (sentence, expression, value,
# features), so that KEEP learns from what is no date (a weekday in a name, a month a verb) as well.
USE_MODELS = True
RECORD_FEATURES = False
DROPPED: list | None = None


def _record_dropped(text: str, spans: list[tuple[int, int]], readings: dict, doc, published: date, mentions: list[DatedMention], heading: bool) -> None:
    """Append to DROPPED every candidate of the date pattern that the rules left out of this parsed sentence."""
    for match in _DATE_RE.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in spans):
            continue
        resolved = _resolve(match.group().strip(), published, None)
        if resolved is None or resolved.is_vague:
            continue
        mention = DatedMention(resolved, upcoming=resolved.date > published, role=_role(text, match.span()))
        features = date_features(text, match.span(), mention, readings.get(match.span()), doc, published, mentions, heading=heading)
        DROPPED.append((text, match.group().strip(), resolved.value, tuple(features)))


def direction_candidates(expression: str, published: date) -> tuple[dates.ResolvedDate, dates.ResolvedDate] | None:
    """The readings ahead of and behind publication of an expression whose side decides its value, else None."""
    ahead, behind = _resolve(expression, published, True), _resolve(expression, published, False)
    return (ahead, behind) if ahead and behind and ahead.value != behind.value else None


def _turned(mention: DatedMention, features: list[float], expression: str, published: date, reading, model: dict | None) -> DatedMention:
    """The mention on the side DIRECTION reads, where it is confident and the rules' reading is one it may overrule."""
    if not model or reading not in [value for name, value in _READINGS if name in model["readings"]]:
        return mention
    candidates = direction_candidates(expression, published)
    if candidates is None or mention.resolved.value not in (candidates[0].value, candidates[1].value):
        return mention
    p = _probability(features, model)
    side = candidates[0] if p >= model["threshold"] else candidates[1] if p <= 1 - model["threshold"] else None
    if side is None or side.value == mention.resolved.value:
        return mention
    return replace(mention, resolved=replace(side, text=mention.resolved.text), upcoming=side.date > published)

