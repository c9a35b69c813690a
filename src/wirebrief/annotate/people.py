"""People, players and roles: the people the parsed sentences name (the recogniser's PERSON
entities, and names it missed), each under the fullest name the text gives; the key players (people
and organisations), their mentions counted over the whole text; and the role the text gives each."""

from __future__ import annotations

import contextlib
import contextvars
import functools
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

import numpy as np

from .. import dates
from ..models import KeyPlayer, Quote
from ..segment import dateline_end
from ..text import NAME_TITLES, OFFICE_TITLES, STOPWORDS
from ._common import ACRONYM, ACRONYM_RE, ANSWERING_VERBS, GENDER_OF_HONORIFIC, GENDER_OF_NOUN, GENDER_OF_PRONOUN_WORD, NAME_HYPHENS, NAME_PARTICLES, PERSON_NOUNS, PLAYER_LABELS, QUOTE_VERBS, ROLE_NOUNS, SPEECH_VERB_FORMS, SPEECH_VERBS, _ORG_NOUNS, _ORG_WORDS, _personal, _Skim, person_token, set_off_for, word_starts

ROLE_MAX_WORDS = 16
ROLE_STATEMENTS = 2  # a player's role: the first two different things the text says it is


def _person_mentions(parsed: dict[int, object]) -> list[tuple[int, object]]:
    """PERSON entities in the parsed sentences (with their sentence index), plus names the model
    missed that end in a known surname ("Rustem Umerov" when only "Umerov" was tagged), less the
    groups (`_group_names`) it tags as people."""
    groups = _group_names(parsed)
    entities = [
        (index, ent)
        for index, doc in parsed.items()
        for ent in _with_particles(doc)
        if (ent.label_ == "PERSON" and ent.text not in groups and not _club_name(ent) or _looks_like_person(ent)) and _person_name(ent.text)
    ]
    entities += [(index, name) for index, doc in parsed.items() for name in _unrecognised_people(doc)]
    entities += _people_by_surname(parsed, {id(ent) for _, ent in entities})
    entities = [(index, _as_person(ent)) for index, ent in entities]
    surnames = {_person_name(ent.text).split()[-1] for _, ent in entities}
    mentions = list(entities)
    for index, doc in parsed.items():
        for token in _proper_nouns(doc) + _surnames_tagged_otherwise(doc, surnames):
            if token.text not in surnames or _LONGER_NAME_RE.match(doc.text, token.idx + len(token)):
                continue
            start = token.i
            while start > token.sent.start and _is_name_part(doc[start - 1]):
                start -= 1
            if token.ent_type_ and start == token.i:
                continue  # a word tagged otherwise is a person's surname only after a given name
            mentions.append((index, doc[start : token.i + 1]))
    return sorted(mentions, key=lambda m: (m[0], m[1].start))


_MISREAD_NAME_LABELS = frozenset("PRODUCT WORK_OF_ART ORG NORP FAC EVENT LAW LANGUAGE".split())  # not a place, a time or a number


def _surnames_tagged_otherwise(doc, surnames: set[str]) -> list:
    """Known surnames the recogniser tagged, alone, as something else than a person ("Thabo Sithole, who
    chairs …" with "Sithole" a PRODUCT): `_person_mentions` keeps them where a given name no entity
    covers stands before them."""
    return [t for t in doc if t.ent_iob_ == "B" and t.ent_type_ in _MISREAD_NAME_LABELS and t.text in surnames and t.pos_ == "PROPN"
            and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")]


# Names the recogniser ran into the words before them ---------------------------------------------------
# The small model often takes a title and what precedes it into one entity: "Corpus Christi Mayor
# Paulette Guerra" (tagged ORG), "the Department of Transport Niamh Kilbride", and reads "Mr Yeo Chee
# Meng" as "Meng". `repair_names` gives each parsed sentence the name alone, so that every reader (the
# roles, the speakers, the entities stored) sees the title before it as words before a name.

# A surname after an honorific that no given name follows ("Ms Kilbride"; not "Sir Keir", whose honorific takes the given name).
_HONOURED_SURNAME_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Madam|Mdm)\.?\s+([A-Z][a-z][\w’'-]*)")
# The words of `_HONORIFICS_BEFORE_NAME`: a fast gate before reading a sentence's tokens.
_HONORIFIC_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Rev|Cllr|Madam|Mdm)\b")
NAME_MAX_WORDS = 3  # a person's name split off a longer entity: given name(s) and surname


def _name_word(token) -> bool:
    """A word a person's name can hold: capitalised, alphabetic, no title and no organisation's word."""
    return (token.text[:1].isupper() and token.is_alpha and token.pos_ == "PROPN" and not _is_title_word(token.text) and not _plural_title(token) and not _ist_title(token)
            and token.lower_ not in _NAME_ENDINGS and token.lower_ not in _HONORIFICS)


def _split_titled(ent, honoured: set[str]) -> list:
    """An entity split before the name that ends it: at a capitalised title or occupation inside it ("Corpus
    Christi Mayor | Paulette Guerra", "Chief Executive | Jane Holt"), or, in an organisation's name, before the last
    two words when the text calls their last word Mr/Ms elsewhere ("the Department of Transport | Niamh
    Kilbride" beside "Ms Kilbride"). What precedes the title stays an organisation where the recogniser read
    one; the title itself belongs to no entity."""
    from spacy.tokens import Span

    misread = ent.label_ in _MISREAD_NAME_LABELS - {"ORG"} or ent.label_ == "GPE"  # "Superintendent Lorena Vasquez" as a WORK_OF_ART
    if ent.label_ not in ("PERSON", "ORG") and not misread or len(ent) < 3:
        return [ent]
    doc, name_start = ent.doc, ent.end
    while name_start > ent.start and ent.end - name_start < NAME_MAX_WORDS and _name_word(doc[name_start - 1]):
        name_start -= 1
    if ent.end - name_start < 2 or name_start - ent.start < 1:
        return [ent]
    if misread:  # a title and a name the recogniser took for a work, a building or a place: the name is a person's
        title, name = doc[name_start - 1], Span(doc, name_start, ent.end, label="PERSON")
        if not (title.text[:1].isupper() and _is_title(title)) or not _shaped_like_a_name(Span(doc, name_start, ent.end, label="ORG")) or name[-1].lower_ in _EVENT_NOUNS | {"day"}:
            return [ent]  # (not "International Orangutan Day": an occupation's word, no title, and a day's name)
        return [name]
    if name_start - 1 == ent.start and not _plural_title(doc[ent.start]) and not _ist_title(doc[ent.start]):
        return [ent]  # a title first in a person's name is read where it stands ("Mayor Jane Holt")
    title = doc[name_start - 1]
    if _plural_title(title) or _ist_title(title):  # "Meteorologists Ana Cole and …": a title the list of names shares
        prefix_end = name_start - 1
    elif _is_title_word(title.text) and title.lower_ not in _STYLES and name_start - 1 > ent.start:
        prefix_end = name_start - 1
    elif ent.label_ == "ORG" and doc[ent.end - 1].text in honoured and (
            ent.end - name_start == 2 or any(t.lower_ in _ORG_WORDS | _BODY_WORDS for t in doc[ent.start : ent.end - 2])):
        name_start, prefix_end = ent.end - 2, ent.end - 2
        if not any(t.lower_ in _ORG_WORDS | _BODY_WORDS or t.lower_ in ("of", "for") for t in doc[ent.start : prefix_end]):
            return [ent]  # no organisation before the name: "Niamh Kilbride" alone is a longer name
    else:
        return [ent]
    parts = [Span(doc, name_start, ent.end, label="PERSON")]
    prefix = doc[ent.start : prefix_end]
    if ent.label_ == "ORG" and any(t.pos_ == "PROPN" and not _is_title_word(t.text) for t in prefix):
        parts.insert(0, Span(doc, ent.start, prefix_end, label="ORG"))
    return parts


def _plural_title(token) -> bool:
    """A capitalised title in the plural ("Commissioners", "Meteorologists")."""
    word = token.lower_
    return token.text[:1].isupper() and word.endswith("s") and (word[:-1] in _TITLE_WORDS or len(word) > 8 and word.endswith("ists"))


def _ist_title(token) -> bool:
    """A capitalised occupation in "-ist", an ending no given name has ("Volcanologist", "Columnist")."""
    return token.text[:1].isupper() and len(token.text) > 7 and token.lower_.endswith("ist")


def _after_honorific(ent):
    """A person's name the recogniser cut short after an honorific ("Mr Yeo Chee Meng" read as "Meng"): the
    capitalised proper nouns of no entity between the honorific and the name, taken in; and a surname of no
    entity that the name's last word is compounded on ("Hanna" of "Hanna Sigurdsdottir")."""
    from spacy.tokens import Span

    doc, start = ent.doc, ent.start
    if ent.end < len(doc) and len(ent) < NAME_MAX_WORDS and not doc[ent.end].ent_type_ and _name_word(doc[ent.end]) and ent[-1].dep_ == "compound" and ent[-1].head.i == ent.end:
        ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
    while start > ent.sent.start and ent.end - start < NAME_MAX_WORDS and not doc[start - 1].ent_type_ and _name_word(doc[start - 1]):
        start -= 1
    if start == ent.start or start == ent.sent.start:
        return ent
    if doc[start - 1].lower_.rstrip(".") in _HONORIFICS_BEFORE_NAME:
        return Span(doc, start, ent.end, label="PERSON")
    # after a title, given names the parse compounds on the name ("Foreign Minister Anders Kjærgaard" with "Kjærgaard" alone tagged)
    if doc[start - 1].text[:1].isupper() and _is_title(doc[start - 1]) and all(t.dep_ == "compound" and t.i < t.head.i < ent.end for t in doc[start : ent.start]):
        return Span(doc, start, ent.end, label="PERSON")
    return ent


def _named_after_honorific(doc) -> list:
    """Names of two or three capitalised proper nouns right after an honorific that the recogniser left out
    ("Its chairman, Mr Lim Boon Huat, said"; "Madam Ong Siew Lan, 67, …"): people, whatever it made of them."""
    from spacy.tokens import Span

    names = []
    if not _HONORIFIC_RE.search(doc.text):
        return names  # (most sentences: no token read)
    for token in doc:
        if token.lower_.rstrip(".") not in _HONORIFICS_BEFORE_NAME or not token.text[:1].isupper():
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= NAME_MAX_WORDS and not doc[end].ent_type_ and _name_word(doc[end]):
            end += 1
        if 2 <= end - token.i - 1 <= NAME_MAX_WORDS and (end == len(doc) or not doc[end].ent_type_ and not _name_word(doc[end])):
            names.append(Span(doc, token.i + 1, end, label="PERSON"))
    return names


# Prepositions a month takes as a time ("by May", "for March", "than in June"): after one, a month is no surname.
_TIME_PREPOSITIONS = frozenset(
    "in on by since until till from through throughout to during before after of between around for over into at than as like".split()
)


def _surname_read_as_date(ent, surnames: set[str]) -> bool:
    """A known person's surname alone that the recogniser read as a date ("May, a 25-year-old wing, …" after
    "Devonte May"): one month's name that is a name too (`dates.MONTHS_AS_NAMES`), no number or other date word
    beside it, and the parse makes it a person: the subject of a verb ("May buried a corner 3"), after a given
    name tagged as a person's ("Tre August"), the object of a
    preposition no time takes ("about May"), or followed by an appositive or a relative clause ("May, a
    25-year-old …", "May, who led …"); never after a time's preposition or as a possessive ("By May, …", "May's
    contests"), which a month is as often."""
    doc = ent.doc
    if ent.label_ != "DATE" or len(ent) != 1 or ent.text not in surnames or ent.text.lower() not in dates.MONTHS_AS_NAMES:
        return False
    beside = [doc[i] for i in (ent.start - 1, ent.end) if 0 <= i < len(doc)]
    if any(t.like_num or t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") or t.lower_ in ("of", "in", "on", "since", "until", "last", "next", "this", "early", "late", "mid") for t in beside):
        return False
    if ent.start > 0 and doc[ent.start - 1].lower_ in _TIME_PREPOSITIONS:
        return False  # "By May, …", "from March": the month
    word = ent[0]
    if word.dep_ in ("nsubj", "nsubjpass") and word.head.pos_ in ("VERB", "AUX"):
        return True
    if any(c.dep_ == "compound" and c.i == word.i - 1 and c.ent_type_ == "PERSON" for c in word.children):
        return True  # "linebacker Tre August": a given name the recogniser tags compounded on it
    if word.dep_ == "pobj" and word.head.lower_ not in _TIME_PREPOSITIONS:
        return True  # "Asked about August, Booker smiled": a preposition no time takes
    after = doc[ent.end : ent.end + 2]
    return len(after) == 2 and after[0].text == "," and (after[1].lower_ in ("a", "an", "the", "who") or after[1].like_num)


def _bare_name(token) -> bool:
    """Whether a proper noun stands as a person's name does: no article or possessive of its own, and not itself
    a word before a noun ("Kieran March scored", "linebacker Tre August"; not "the Pride March", "Pride March events")."""
    return token.dep_ != "compound" and not any(c.dep_ in ("det", "poss") for c in token.children)


# Calendar names. The recogniser reads a month or weekday in a person's name as a date ("His mother, April Friday,",
# "Tuesday Lachance has a spreadsheet", "Sunday, an external member, has argued"). An article that uses the word as a
# name somewhere shows it as one everywhere it stands where a name stands: `_calendar_names` finds what it shows,
# `_calendar_name_spans` marks the words as a person's.
_WEEKDAY_WORDS = frozenset(dates.WEEKDAY_NAMES)  # in full ("friday", not "fri")
# What only a person has, so that a day's possessive before it is an owner's ("Saturday's mother", "Tuesday's lawyer"):
# kin and a person's own counsel. Not a role an event gives ("Thursday's leader", "Friday's victim", "Sunday's winner",
# "Saturday's host"), which is the day's.
_KIN_NOUNS = frozenset(
    """mother father son daughter wife husband brother sister grandmother grandfather grandson granddaughter uncle aunt
    nephew niece cousin widow widower fiancé fiancée girlfriend boyfriend stepfather stepmother stepson stepdaughter
    lawyer attorney solicitor""".split()
)
# Words before a calendar word that make it a time, not a name ("On Sunday Okonkwo said", "last Friday", "one Sunday").
_TIME_WORDS_BEFORE = _TIME_PREPOSITIONS | frozenset("last next this that every each one a an the early late mid".split())


def _calendar(token) -> bool:
    """A weekday, or a month that is a given name too (`dates.MONTHS_AS_NAMES`), written as a name ("Friday", "June")."""
    return token.is_alpha and _calendar_word_text(token.text)


def _name_piece(token) -> bool:
    """A word of a two- or three-word person's name: a capitalised proper noun (no title), or the hyphen inside one
    ("Okonkwo-Bell")."""
    if token.text in NAME_HYPHENS and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_:
        return True
    return _name_word(token) or (token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha and _calendar(token))


def _calendar_pair(doc, token) -> tuple[int, int] | None:
    """The words of a two- or three-word proper name around a calendar word, joined by the parse: the name words after
    it that it is compounded on ("Tuesday Lachance", "May Okonkwo-Bell"), or a name word compounded on it before it
    ("Trey Friday", "April Friday"), or split from it (`_split_off_name`)."""
    head = token.head
    if token.dep_ == "compound" and token.i < head.i <= token.i + 3 and not _calendar(head) and all(_name_piece(t) for t in doc[token.i + 1 : head.i + 1]):
        return token.i, head.i + 1
    before = token.i - 1
    if before >= 0 and doc[before].dep_ == "compound" and doc[before].head.i == token.i and _name_piece(doc[before]) and doc[before].text.isalpha():
        if before == 0 or not _name_piece(doc[before - 1]):  # one given name: not "Sen. Joe Manchin Tuesday announced"
            return before, token.i + 1
    if _split_off_name(token) and (token.i < 2 or not _name_piece(doc[token.i - 2]) or _modal_read_off_name(token)):
        return token.i - 1, token.i + 1  # "Midfielder Carla Friday, 26, signed": the parse split the name
    return None


def _hyphened_name(token) -> bool:
    """Whether a calendar word is joined by a hyphen to a name word, a double-barrelled name ("Sunday-Okafor",
    "Okafor-Sunday"); not a range of days ("Monday-Friday") nor "Mid-July"."""
    doc = token.doc
    for hyphen, other in ((token.i + 1, token.i + 2), (token.i - 1, token.i - 2)):
        if 0 <= min(hyphen, other) and max(hyphen, other) < len(doc) and doc[hyphen].text in NAME_HYPHENS and _name_piece(doc[hyphen]):
            word = doc[other]
            if _name_word(word) and word.lower_ not in dates.MONTHS and word.lower_ not in dates.WEEKDAYS and word.lower_ not in _TIME_WORDS_BEFORE:
                return True
    return False


def _time_before(doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in _TIME_WORDS_BEFORE


def _for_a_person(token) -> bool:
    """A noun for a person, a listed one or by its ending ("mother", "coach", "member", "guard", "novelist"; not by "-er"
    or "-ent" alone: "a winter", "a statement"), a person's age ("Lachance, 34,") or a "who"."""
    word = token.lemma_.lower()
    return token.like_num or token.lower_ in ("who", "whom") or (token.pos_ == "NOUN" and (word in ROLE_NOUNS | OCCUPATIONS | PERSON_NOUNS or word.endswith(("ist", "ian"))))


def _described_as_person(doc, start: int, end: int, loose: bool = False, definite: bool = False) -> bool:
    """Whether the name doc[start:end] is set beside a word for a person: in apposition to one ("His mother, April
    Friday,"), given one in apposition, an age or a "who" clause ("Friday, a 6-foot-4 point guard", "Lachance, 34,"),
    as the parse hangs them or as it misreads the name for the time of the appositive's verb ("Sunday, an external
    member, has argued": the appositive closed by a comma before that verb, or anywhere after it where `loose`, for a
    word already shown to be a name), or after a role in lower case ("championship leader Noah August", "Mayor June
    Villaflor")."""
    root = doc[end - 1]
    if root.dep_ == "appos" and _for_a_person(root.head):
        return True
    # a weekday the parse hangs on a verb as its time, before a comma and a known person ("Thursday, the governor, who
    # …, signed", "Monday, the senator, speaking …, said", US wire style): the day, unless the word is already shown
    # to be a name (`loose`) or the caller takes a definite one (`definite`); an unknown one introduced ("Sunday, an
    # external member, has argued") may be named so
    timed = not loose and not definite and root.dep_ == "npadvmod" and _calendar(root)
    if any(c.dep_ in ("appos", "relcl") and c.i > root.i and not (timed and _definite(c)) and (_for_a_person(c) or any(g.lower_ in ("who", "whom") and g.dep_.startswith("nsubj") for g in c.children)) for c in root.children):
        return True
    if end + 1 < len(doc) and doc[end].text == ",":
        nearest = doc[end + 1]
        head = nearest.head if nearest.dep_ in ("det", "nummod", "amod", "compound", "poss") else nearest
        if (nearest.lower_ in ("who", "whom") or nearest.like_num and doc[end + 2 : end + 3].text == ",") or (
            head.dep_ in ("nsubj", "nsubjpass") and head.head == root.head and root.dep_ == "npadvmod" and _for_a_person(head) and not (timed and _definite(head))
            and any(t.text == "," for t in doc[head.i + 1 : len(doc) if loose else head.head.i])):
            return True
    if start > 0 and end - start > 1:  # (a name's two words: not "said in a statement Tuesday")
        role = doc[start - 1]
        if role.pos_ == "NOUN" and role.text.islower() and _for_a_person(role) and not role.like_num:
            return True
        if _calendar(doc[start]) and _is_title_word(role.text):
            return True  # "Bato Mayor June Villaflor" (not "President Trump Tuesday": a title before a calendar surname)
    return False


def _definite(noun) -> bool:
    """Whether a noun is a definite description, one the reader is taken to know ("the governor", "the club's captain",
    "his lawyer"), not one that introduces someone ("an external member", "a 6-foot-4 point guard")."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)


def _calendar_names(parsed: dict[int, object], people: list) -> tuple[frozenset, frozenset]:
    """The names holding a calendar word that the article shows to be people's, as tuples of their words, and the
    calendar words it shows to be surnames ("Friday" of "Trey Friday"). A name shows it: read by the recogniser as a
    person ("Catherine Sunday"); described as a person anywhere (`_described_as_person`); a calendar given name
    whose surname stands alone elsewhere as a person ("Tuesday Lachance" beside "said Lachance", "Mrs Okonkwo-Bell");
    or a given name before a calendar word the article shows to be a surname ("Trey Friday" beside "Friday, a
    6-foot-4 point guard"). A calendar word alone shows it is a surname where it is described as a person or says
    something ("Friday said")."""
    alone_people = {e.text for e in people if len(e) == 1} | {e[-1].text for e in people if len(e) > 1} | {e.text.split()[-1] for e in people if len(e) > 1}
    names, surnames, candidates, seconded, personal = set(), set(), [], set(), set()
    whole = {e.text for e in people}
    for doc in parsed.values():
        for token in doc:
            if not _calendar(token):
                continue
            if token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I" and not _calendar(doc[token.i + 1]):
                names.add(tuple(t.text for t in doc[token.i : token.i + 2]))  # "June Halvorsen"
            pair = _calendar_pair(doc, token)
            if pair is not None:
                start, end = pair
                words = tuple(t.text for t in doc[start:end])
                if _time_before(doc, start) and start == token.i:
                    continue
                candidates.append(words)
                rest = "".join(t.text_with_ws for t in doc[token.i + 1 : end]).strip() if start == token.i else None
                if start < token.i and _only_a_person(doc[start:end]):
                    personal.add(token.text)  # "goalkeeper Nadia August" with "Nadia" read as a place
                if " ".join(words) in whole or _modal_read_off_name(token) or _described_as_person(doc, start, end) or rest is not None and (rest in alone_people or _alone_as_person(parsed, rest)):
                    names.add(words)
                    if start < token.i:
                        surnames.add(token.text)
            elif not _time_before(doc, token.i) and token.dep_ != "compound" and not (token.i > 0 and _name_piece(doc[token.i - 1])):
                speaks = token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in SPEECH_VERBS
                owns = token.dep_ == "poss" and token.head.lemma_.lower() in _KIN_NOUNS  # "Saturday's lawyer": no day has one
                if speaks or owns or _described_as_person(doc, token.i, token.i + 1):
                    surnames.add(token.text)
                elif _described_as_person(doc, token.i, token.i + 1, definite=True):
                    seconded.add(token.text)  # "Sunday, the club's captain, has played": a surname only beside a name
    for e in people:  # "Catherine Sunday", "Noah August": the recogniser's
        if len(e) >= 2 and _calendar(e[-1]) and not _calendar(e[-2]):
            names.add(tuple(t.text for t in e[-2:]))
            surnames.add(e[-1].text)
    # a weekday before a known person's description ("Sunday, the club's captain,") is a surname where the article also
    # writes it as the end of a two-word name ("Midfielder Kofi Sunday signed"): one such cue alone is the day's
    surnames |= {word for word in seconded if any(len(words) == 2 and words[-1] == word for words in candidates)}
    names |= {words for words in candidates if len(words) == 2 and words[-1] in surnames}  # "Trey Friday"
    # a place's word before it makes it a club's or a place's name ("Sheffield Wednesday … Wednesday, who lost"), no surname,
    # unless the word alone is somewhere given what only a person has (`_only_a_person`: "March, 34,", "Ms March"): then
    # the word before is a given name the recogniser read as a place or a body ("Jordan March", "Tilly March" as an ORG)
    places = {t.text for doc in parsed.values() for t in doc if _calendar(t) and t.i > 0 and doc[t.i - 1].ent_type_ in ("GPE", "LOC", "FAC", "ORG") and doc[t.i - 1].text[:1].isupper()}
    places -= personal | {t.text for doc in parsed.values() for t in doc if t.text in places and _only_a_person(doc[t.i : t.i + 1])}
    return frozenset(n for n in names if not places & set(n)), frozenset(surnames - places)


def _only_a_person(span) -> bool:
    """Whether a calendar word alone, or a name holding one, is given what only a person has, never a club or a place
    named with it: an age in apposition ("March, 34, has worked"), an honorific before it ("Ms March"), a noun for a
    person in apposition that names no body ("March, the left-arm seamer,") or, before a name of two words, in lower
    case ("goalkeeper Nadia August"); not a "who" ("Wednesday, who top the table": a club too) nor a role that a club's
    players share ("Wednesday manager")."""
    doc, token = span.doc, span[-1]
    if span.start > 0 and _name_piece(doc[span.start - 1]) or span.end < len(doc) and _name_piece(doc[span.end]):
        return False
    if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in _HONORIFICS_BEFORE_NAME:
        return True
    after = doc[span.end : span.end + 3]
    if len(after) == 3 and after[0].text == "," and after[1].like_num and after[1].text.isdigit() and int(after[1].text) < 120 and after[2].text == ",":
        return True  # "March, 34,"
    if len(span) > 1 and span.start > 0:
        role = doc[span.start - 1]
        if role.pos_ == "NOUN" and role.is_lower and not role.like_num and (_for_a_person(role) or role.lower_ in OCCUPATIONS):
            return True
    return any(c.dep_ == "appos" and c.i > token.i and c.pos_ == "NOUN" and not c.like_num and _for_a_person(c) for c in token.children)


def _calendar_places(parsed: dict[int, object]) -> frozenset[tuple[str, str]]:
    """A weekday's or month's possessive that opens a place's or a club's name ("Sunday's Well", "St Mary's" is not
    one): the article shows it where "the" stands before it, which a day's possessive never takes ("the Sunday's Well
    Residents' Association"; not "Sunday's Grand National", "the day's match")."""
    found = set()
    for doc in parsed.values():
        for token in doc:
            if _calendar(token) and token.i > 0 and doc[token.i - 1].lower_ == "the" and token.i + 2 < len(doc):
                mark, word = doc[token.i + 1], doc[token.i + 2]
                if mark.text in ("'s", "’s") and word.text[:1].isupper() and word.is_alpha and not _calendar(word):
                    found.add((token.text, word.text))
    return frozenset(found)


def _calendar_place_spans(doc, places: frozenset[tuple[str, str]]) -> list:
    """Where a sentence names a place the article showed to hold a calendar word (`_calendar_places`), as spans, unless
    the recogniser already read the words into another name."""
    from spacy.tokens import Span

    if not places:
        return []
    found = []
    for token in doc[:-2]:
        if (token.text, doc[token.i + 2].text) in places and doc[token.i + 1].text in ("'s", "’s"):
            if all(t.ent_type_ in ("", "DATE", "TIME") for t in doc[token.i : token.i + 3]):
                found.append(Span(doc, token.i, token.i + 3, label="LOC"))
    return found


def _alone_as_person(parsed: dict[int, object], name: str) -> bool:
    """Whether a surname stands alone somewhere in the article as a person's: saying something ("Lachance said"),
    described as a person ("said Lachance, 34, who chairs …") or after an honorific ("Mrs Okonkwo-Bell")."""
    for doc in parsed.values():
        if name not in doc.text:
            continue
        for token in doc:
            if token.idx + len(name) > len(doc.text) or doc.text[token.idx : token.idx + len(name)] != name:
                continue
            end = doc.char_span(token.idx, token.idx + len(name))
            if end is None or token.i > 0 and _name_piece(doc[token.i - 1]) or end.end < len(doc) and _name_piece(doc[end.end]):
                continue
            last = doc[end.end - 1]
            speaks = last.dep_ in ("nsubj", "nsubjpass") and last.head.lemma_.lower() in SPEECH_VERBS
            honoured = token.i > 0 and doc[token.i - 1].lower_.rstrip(".") in _HONORIFICS
            if speaks or honoured or _described_as_person(doc, token.i, end.end):
                return True
    return False


def _split_off_name(token) -> bool:
    """Whether the parse split a calendar surname from the given name before it, the verb's subject (read as a
    person's), and hung the surname on the verb as its time ("Defender Kofi Saturday missed training") or on the
    given name as its apposition."""
    if token.i == 0:
        return False
    given = token.doc[token.i - 1]
    if not _name_word(given) or given.ent_type_ != "PERSON":
        return False
    if token.dep_ == "appos" and token.head.i == given.i:
        return True  # "Goalkeeper Jonah Friday kept …", the surname read as the given name's apposition
    return token.dep_ == "npadvmod" and given.dep_ in ("nsubj", "nsubjpass") and given.head.i == token.head.i > token.i or _modal_read_off_name(token)


def _modal_read_off_name(token) -> bool:
    """Whether the tagger read a surname "May" as the modal of the verb after it, the given name before it that verb's
    subject ("Coun Gareth May accused the Labour group"): a modal takes a verb's base form, so one before a past or
    present form ("accused", "says") or a participle is no modal ("Biden May Visit Kyiv", a headline's, is one)."""
    doc = token.doc
    if token.pos_ != "AUX" or token.dep_ != "aux" or not token.text.istitle() or token.i == 0 or token.head.i <= token.i:
        return False
    given, verb = doc[token.i - 1], token.head
    return (given.dep_ in ("nsubj", "nsubjpass") and given.head.i == verb.i and verb.tag_ in ("VBD", "VBZ", "VBN", "VBG")
            and not any(t.pos_ in ("AUX", "PART") for t in doc[token.i + 1 : verb.i]))


def _surname_stands(token) -> bool:
    """Whether a calendar word the article shows to be a surname stands where a name does: the subject of a verb, or
    the parse's time of a verb that has no subject after it ("Friday averaged 21.4 points", "Friday will graduate"),
    an owner ("Friday's high school coach"; not "Friday's game"), the object of a preposition no time takes ("about
    Friday"), or described as a person (`_described_as_person`); never after a time's word ("on Friday", "one
    Sunday", "last Friday") nor before a part of the day ("Friday night")."""
    doc = token.doc
    if _joined_to_a_person(token):
        return True  # "a pairing of August and Keon Ashby": what is joined to a person is one, after "of" too
    if _time_before(doc, token.i) or token.i + 1 < len(doc) and doc[token.i + 1].lower_ in dates.DAYPARTS:
        return False
    verb = token.head
    if token.dep_ in ("nsubj", "nsubjpass") or _split_off_name(token):
        return True
    if token.dep_ == "poss":
        return verb.pos_ == "NOUN" and verb.lemma_.lower() not in _EVENT_NOUNS and verb.lower_ not in dates.DAYPARTS
    if token.dep_ == "pobj":
        return verb.lower_ not in _TIME_PREPOSITIONS
    if token.dep_ == "npadvmod" and verb.i > token.i and verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("relcl", "advcl", "ccomp", "xcomp", "conj"):
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            return True
    return _described_as_person(doc, token.i, token.i + 1, loose=True)


def _joined_to_a_person(token) -> bool:
    """Whether the parse joins a word by "and" or "or" to a person's name the recogniser read, either way round
    ("a pairing of August and Keon Ashby", "Keon Ashby and August"); not to a time ("in May and June")."""
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in (*token.children, *token.head.children)):
        return False
    joined = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    return any(other.ent_type_ == "PERSON" and other.pos_ == "PROPN" and not _calendar(other) for other in joined)


# Things a day's possessive names as that day's ("Friday's game", "Sunday's vote"), where the day is no owner.
_EVENT_NOUNS = frozenset(
    "game match race final vote election meeting session hearing announcement statement deadline decision ruling trading "
    "close event show episode edition issue paper qualifying practice service rally protest strike storm attack shooting".split()
)


def _calendar_name_spans(doc, names: frozenset, surnames: frozenset) -> list:
    """The words of a sentence that are a person's name holding a calendar word (`_calendar_names`), as PERSON spans."""
    from spacy.tokens import Span

    found = []
    for token in doc:  # the whole names first ("April Friday"), then a surname alone
        pair = _calendar_pair(doc, token) if _calendar(token) else None
        if pair is not None and tuple(t.text for t in doc[pair[0] : pair[1]]) in names and not (pair[0] == token.i and _time_before(doc, token.i)):
            if not any(s.start < pair[1] and pair[0] < s.end for s in found) and not all(t.ent_type_ == "PERSON" for t in doc[pair[0] : pair[1]]):
                start = pair[0]
                if start == token.i - 1 and doc[start].ent_iob_ == "I" and doc[start].ent_type_ == "PERSON":
                    start = _entity_of(doc[start]).start  # the recogniser's person cut before the surname, whole ("Coun Gareth" May)
                found.append(Span(doc, start, pair[1], label="PERSON"))  # (not one the recogniser read already: "critic Brian May")
    for token in doc:
        if not _calendar(token) or any(s.start <= token.i < s.end for s in found):
            continue
        if _hyphened_name(token):  # "Malik Sunday-Okafor"
            start, end = token.i, token.i + 1
            while start > 0 and _name_piece(doc[start - 1]):
                start -= 1
            while end < len(doc) and _name_piece(doc[end]):
                end += 1
            if token.ent_type_ != "PERSON":
                found.append(Span(doc, start, end, label="PERSON"))
            continue
        if token.text in surnames and token.ent_type_ != "PERSON" and _surname_stands(token):
            start = token.i - 1 if _split_off_name(token) else token.i
            found.append(Span(doc, start, token.i + 1, label="PERSON"))
    # the surname of a calendar given name, alone ("said Lachance, 34," after "Tuesday Lachance"), whatever the recogniser read
    for first, *rest in names:
        if not _calendar_word_text(first) or len(rest) != 1 or not rest[0].isalpha() or _calendar_word_text(rest[0]):
            continue
        for token in doc:
            if token.text == rest[0] and token.pos_ == "PROPN" and not (token.i > 0 and _name_piece(doc[token.i - 1])) and not (token.i + 1 < len(doc) and _name_piece(doc[token.i + 1])):
                if token.ent_type_ != "PERSON" and not any(s.start <= token.i < s.end for s in found) and (not token.ent_type_ or len(_entity_of(token)) == 1):
                    found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return sorted(found, key=lambda s: s.start)


def _calendar_word_text(word: str) -> bool:
    """A weekday, or a month that is a given name too (`dates.MONTHS_AS_NAMES`), written as a name, as a string."""
    return word.istitle() and (word.lower() in _WEEKDAY_WORDS or word.lower() in dates.MONTHS_AS_NAMES)


def _entity_of(token):
    return next(e for e in token.doc.ents if e.start <= token.i < e.end)


def repair_names(parsed: dict[int, object], text: str) -> None:
    """Set each parsed sentence's entities to the recogniser's with people's names split off the titles and
    organisations run into them (`_split_titled`), a known surname the recogniser read as a date read as the
    person's again, and names completed after an honorific (`_after_honorific`)."""
    from spacy.tokens import Span

    honoured = set(_HONOURED_SURNAME_RE.findall(text))
    # (and a surname the recogniser tags a person alone elsewhere: "Keele University Anya Brookes" beside "Brookes said")
    honoured |= {e.text for doc in parsed.values() for e in doc.ents if e.label_ == "PERSON" and len(e) == 1 and _name_word(e[0])}
    split = {index: [p for ent in doc.ents for p in _split_titled(_after_honorific(ent) if ent.label_ == "PERSON" else ent, honoured)]
             for index, doc in parsed.items()}
    people = [e for ents in split.values() for e in ents if e.label_ == "PERSON" and len(e) > 1]
    surnames = {e[-1].text for e in people}
    given_names = {e[0].text for e in people}
    if any(e.label_ == "DATE" and len(e) == 1 and e.text.lower() in dates.MONTHS_AS_NAMES for ents in split.values() for e in ents):  # (and names it missed)
        # ("Devonte May had missed …" untagged: a proper noun compounded on a word the recogniser reads as a given
        # name elsewhere, or standing bare, as a person's name does (`_bare_name`); not "the Pride March")
        surnames |= {t.text for doc in parsed.values() for t in doc if t.pos_ == "PROPN" and t.lower_ not in dates.WEEKDAYS and any(
            c.dep_ == "compound" and c.i == t.i - 1 and (c.text in given_names or _bare_name(t)) and _name_word(c) and c.lower_ not in dates.WEEKDAYS
            and c.lower_ not in dates.MONTHS and c.ent_type_ not in ("DATE", "TIME", "EVENT") for c in t.children)}
    calendar_names, calendar_surnames = _calendar_names(parsed, [e for ents in split.values() for e in ents if e.label_ == "PERSON"])
    calendar_places = _calendar_places(parsed)
    for index, doc in parsed.items():
        split[index] = sorted(split[index] + _named_after_honorific(doc), key=lambda e: e.start)
        named = _calendar_name_spans(doc, calendar_names, calendar_surnames) + _calendar_place_spans(doc, calendar_places)  # "April Friday", "Sunday's Well"
        if named:
            split[index] = sorted([e for e in split[index] if not any(e.start < n.end and n.start < e.end for n in named)] + named, key=lambda e: e.start)
        ents = []
        for part in split[index]:
            if _surname_read_as_date(part, surnames):
                part = Span(doc, part.start, part.end, label="PERSON")
            ents.append(_after_honorific(part) if part.label_ == "PERSON" else part)
        ents = _given_names_handed_back(ents)
        if [(e.start, e.end, e.label_) for e in ents] != [(e.start, e.end, e.label_) for e in doc.ents]:
            kept, end = [], 0
            for e in sorted(ents, key=lambda e: e.start):  # (an extended name never overlaps: it takes no entity's words)
                if e.start >= end:
                    kept.append(e)
                    end = e.end
            doc.ents = kept


def _given_names_handed_back(ents: list) -> list:
    """A person's given names the recogniser ran into the name of the body before them ("Professor of political
    science at Aarhus University Mette Aagaard Juhl" read as "Aarhus University Mette Aagaard" and "Juhl"): name
    words ending the entity right before a person's, compounded on the person's name by the parse, after a word that
    ends a body's name or a title, are the person's."""
    from spacy.tokens import Span

    ents = sorted(ents, key=lambda e: e.start)
    for k in range(len(ents) - 1):
        body, person = ents[k], ents[k + 1]
        if person.label_ != "PERSON" or body.label_ == "PERSON" or body.end != person.start:
            continue
        doc, start = body.doc, body.end
        while start > body.start + 1 and person.end - start < NAME_MAX_WORDS and _name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound" and (
                start - 1 < doc[start - 1].head.i < person.end):
            start -= 1
        last = doc[start - 1].lower_
        if start < body.end and (last in _NAME_ENDINGS or last in _BODY_WORDS or _is_title_word(doc[start - 1].text)):
            ents[k], ents[k + 1] = Span(doc, body.start, start, label=body.label_), Span(doc, start, person.end, label="PERSON")
    return ents


def _with_particles(doc) -> list:
    """The document's entities, with two names the recogniser split at a particle joined again
    ("Borja" and "Pozo Cruz" in "Borja del Pozo Cruz", "Ursula" and "Leyen" in "Ursula von der Leyen")."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    for name in _nicknamed(doc):  # 'Marguerite "Peg" Holloway', however the recogniser split or tagged it
        ents = sorted([e for e in ents if e.end <= name.start or e.start >= name.end] + [name], key=lambda e: e.start)
    for k in range(len(ents) - 1, 0, -1):
        first, second = ents[k - 1], ents[k]
        if first.label_ != "PERSON" or second.label_ != "PERSON":
            continue
        end = first.end  # the particles may close the first name ("Ursula von der" and "Leyen")
        while end > first.start + 1 and doc[end - 1].lower_ in NAME_PARTICLES and doc[end - 1].is_lower:
            end -= 1
        between = doc[end : second.start]
        if 1 <= len(between) <= 2 and all(t.lower_ in NAME_PARTICLES and t.is_lower for t in between):
            ents[k - 1 : k + 1] = [Span(doc, first.start, second.end, label="PERSON")]
    return ents


_OPENING_QUOTES = frozenset('“"‘\'')
_CLOSING_QUOTES = frozenset('”"’\'')


def _nicknamed(doc) -> list:
    """Names with a nickname in quotation marks between the first name and the surname ('Marguerite "Peg"
    Holloway', "Robert “Bootie” Barker"): capitalised proper nouns on both sides, one or two words quoted, none
    of it tagged a place, a date or a number, and the first name or the surname tagged a person or a person's
    appositive after it ("…, a jazz pianist,"); not in a line set in title case, where any word is capitalised
    ('Mayor Calls "Urgent" Meeting Over Floods')."""
    from spacy.tokens import Span

    names = []
    for i in range(1, len(doc) - 2):
        if doc[i].text not in _OPENING_QUOTES or doc[i].whitespace_:
            continue
        close = next((j for j in (i + 2, i + 3) if j < len(doc) - 1 and doc[j].text in _CLOSING_QUOTES), None)
        if close is None or not doc[close - 1].whitespace_ == "" or not doc[close].whitespace_:
            continue
        words = [doc[i - 1], *doc[i + 1 : close], doc[close + 1]]
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.is_title and t.ent_type_ not in _PLACE_LABELS + _NOT_ROLE_ENTITIES for t in words):
            continue
        name = Span(doc, i - 1, close + 2, label="PERSON")
        if ("PERSON" in (words[0].ent_type_, words[-1].ent_type_) or _appositive_after(name)) and not _in_title_case_line(doc.text, doc[i].idx):
            names.append(name)
    return names


def _club_name(ent) -> bool:
    """A name the recogniser tags a person that ends in a team's or a company's word ("Harwick Rovers", "Ross
    Stores"; not any plural-looking last word, which is a surname as often: "Ray Hollins")."""
    return len(ent) > 1 and ent[-1].lower_ in _CLUB_WORDS | _NAME_ENDINGS - _SURNAMES_TOO


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
    """A plural proper noun with "the" ("the Packers") or a name in front ("Harwick Rovers")."""
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


_PORTFOLIO_LINKS = frozenset("in of for at".split())


def portfolio_splits(link: str, before_name: int) -> bool:
    """Whether a capitalised run after a title's preposition, `before_name` words of it before the name it is read to
    end in, is a portfolio and then a person's name. After "in" the run is a duty, never whom the title serves
    ("Special Agent in Charge Daniel Orosco"): one word of it will do. After "of", "for" or "at" the run may as well be
    the client, the employer or the kin ("Lawyer for Ana Maria Torres", "Partner at Freshfields Bruckhaus Deringer",
    "Mother of Tyler James Moore"), a name of three words, so the portfolio must be two words or more ("Director of
    Public Prosecutions Max Hill"). Shared by the parse (`name_after_portfolio`) and the words path (quotes)."""
    return link.lower() in _PORTFOLIO_LINKS and before_name >= (1 if link.lower() == "in" else 2)


def name_after_portfolio(token):
    """The name a capitalised title ends in where the parse made the title's head word the subject and hung the
    rest on a preposition ("Special Agent in Charge Daniel Orosco said", "Director of Public Prosecutions Max Hill
    told …"): the words after the preposition run on, capitalised, into the person's name. The name (a span) is
    the person the recogniser found at the run's end, or, where it read the run as one organisation or as
    nothing, the run's last two words where they are shaped like a name. None unless the words before the name
    make a portfolio (`portfolio_splits`: "Lawyer for Ana Maria Torres said", "Agent for Juan Carlos Ferrero told":
    whom the title is for), where the recogniser read the whole run as one person's name, or where the subject is
    no one person's title ("Friends of Hallow Green Park said")."""
    if not token.text[:1].isupper() or token.tag_ in ("NNS", "NNPS") or token.text.endswith("s") or token.ent_type_:
        return None
    if not person_token(token):
        return None
    doc = token.doc
    for link in token.children:
        if link.dep_ != "prep" or link.lower_ not in _PORTFOLIO_LINKS:
            continue
        end = next((o for o in link.children if o.dep_ == "pobj"), None)
        if end is None or end.pos_ != "PROPN":
            return None
        run = doc[link.i + 1 : end.i + 1]
        if len(run) < 3 or any(not (t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN") for t in run):
            return None
        if run[0].ent_type_ == "PERSON":
            return None  # "Agent for Juan Carlos Ferrero": the run is one person's name, the client's
        person = next((e for e in doc.ents if e.label_ == "PERSON" and e.end == end.i + 1 and e.start > run.start), None)
        if person is not None:
            return person if portfolio_splits(link.lower_, person.start - run.start) else None
        tail = run[-2:]
        if any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or t.lower_ in ROLE_NOUNS | _ORG_WORDS | _ORG_NOUNS | _HONORIFICS for t in tail):
            return None
        return tail if portfolio_splits(link.lower_, len(run) - 2) else None
    return None


def _unrecognised_people(doc, companies: bool = False) -> list:
    """Proper names the recogniser missed or did not read that the parse shows to be people: two
    or three capitalised words with no organisation word, saying something or given a role
    ("Rustem Umerov, the head of …, described …"). With `companies`, those that end in a company's
    word instead ("Harlow Foods, the Leeds-based maker of …, said"), as organisations."""
    from spacy.tokens import Span

    names = []
    for token in [*_proper_nouns(doc), *_names_read_as_dates(doc)]:
        if token.dep_ == "compound":
            continue
        portfolio = name_after_portfolio(token) if not companies else None
        if portfolio is not None and token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in SPEECH_VERBS and portfolio.label_ != "PERSON":
            names.append(portfolio)  # "Special Agent in Charge Daniel Orosco said": the name, not the title
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and (_is_name_part(doc[start - 1]) or doc[start - 1].ent_type_ == token.ent_type_ != ""):
            start -= 1
        if start > 0 and _calendar_given_name(doc[start - 1], doc[start]):
            start -= 1  # "Sunday Okonkwo, the company's chief financial officer,": a given name read as a day
        name = doc[start : token.i + 1]
        words = name.text.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        if any(w.lower() in ROLE_NOUNS | _HONORIFICS for w in words) or companies != (words[-1].lower() in _NAME_ENDINGS):
            continue
        if any(w.lower() in _ORG_WORDS for w in words) and not companies:
            continue
        speaks = token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in SPEECH_VERBS
        if companies:
            if speaks or _role_of(name) is not None:
                names.append(Span(doc, name.start, name.end, label="ORG"))
            continue
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


def _looks_like_person(ent) -> bool:
    """The small model tags some people ORG ("Nadia Holloway, the city's director of public works"):
    a two- or three-word proper name with no organisation word, given a role or saying something."""
    titled = len(ent) > 2 and _is_title_word(ent[0].text)
    if _organisation_noun_before(ent.doc, ent.start - 1) or _organisation_appositive(ent):
        return False  # "software maker Stratos Systems said …", "Beacon Health, the hospital operator, said …"
    calendar = len(ent) > 1 and _calendar_given_name(ent[0], ent[1])  # "said June Park, …": `_shaped_like_a_name` reads it
    if ent.label_ in _PLACE_LABELS[:2] and not calendar and _shaped_like_a_name(ent, place=True):
        # a place's tag on a name given a person's role or a "who" ("said Marguerite Okafor-Lind, the group's chief
        # executive"), whose last word the text writes alone elsewhere as a person's surname, speaking ("Okafor-Lind
        # said") or after an honorific; a country is a "host" or an "exporter" too, and a team is a "who", but
        # "Rica" and "Africa" seldom stand alone, and "Virginia lost", "Greece and Macedonia" are no one speaking;
        # that the name in full speaks is no sign ("South Korea said …")
        lone = ent.text.split()[-1] in ent.doc.user_data.get(LONE_WORDS, ())
        return lone and (_has_person_role(ent) or _who_follows(ent))
    return _shaped_like_a_name(ent) and (titled or _speaks(ent) or _has_person_role(ent) or _who_follows(ent))


def _who_follows(ent, pronoun: str = "who") -> bool:
    """Whether a relative clause opened by "who" (or `pronoun`) is set off right after a name ("replaces Tanya
    Holt, who retired in March"): English says "who" of a person, "which" of an organisation."""
    doc, after = ent.doc, _after_brackets(ent)
    return after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ == pronoun and any(
        c.dep_ == "relcl" and c.left_edge.i == after + 1 for c in ent.root.children
    )


def _calendar_given_name(word, name) -> bool:
    """Whether a weekday or month the recogniser read as a date is the given name of the name word after it ("Sunday
    Okonkwo", "June Park"): joined to it, capitalised, opening its clause (nothing before it but punctuation or a
    lower-case word that is no preposition: not "On Sunday Okonkwo said", "in May Ruiz")."""
    if not (word.lower_ in dates.WEEKDAYS or word.lower_ in dates.MONTHS_AS_NAMES) or len(word.text) < 3 or not word.text.istitle():
        return False
    if word.dep_ != "compound" or word.head.i != name.i or name.ent_type_ in ("DATE", "TIME"):
        return False
    if word.i > 0:
        before = word.doc[word.i - 1]
        if before.pos_ == "ADP" or before.lower_ in ("last", "next", "this", "that", "early", "late", "mid", "every", "each") or before.text[:1].isupper() and before.is_alpha:
            return False
    return True


def _capitalised_name_word(word: str) -> bool:
    """A word of a name: capitalised letters, or such parts joined by hyphens ("Okafor-Lind")."""
    return all(part[:1].isupper() and part.isalpha() for part in word.split("-"))


def _shaped_like_a_name(ent, place: bool = False) -> bool:
    """An ORG entity of two or three capitalised words, none an organisation's word ("Deryc Plazz"),
    after a title or occupation that opens a sentence ("Nurse Helen Price, 52, was …"); with `place`, a
    place's entity so shaped, all proper nouns and not after a preposition of place (`_looks_like_person`
    asks more of it)."""
    words = ent.text.split()
    if place:
        if any(t.pos_ != "PROPN" and t.text != "-" for t in ent) or ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "at", "from", "to", "near"):
            return False  # "in South Korea", "from New Mexico": a place by its preposition
    elif ent.label_ != "ORG" and not (ent.label_ in ("GPE", "LOC", "FAC") and _calendar_given_name(ent[0], ent[1] if len(ent) > 1 else ent[0])):
        return False  # (a place only where its first word is a given name read as a day: "said June Park, a research director")
    if len(words) > 2 and _is_title_word(words[0]):
        words = words[1:]
    if not 2 <= len(words) <= 3:
        return False
    # (nor one that ends in a company's word: "Voltra Motors", "Marlow Capital", "Tern Press")
    return all(_capitalised_name_word(w) for w in words) and not any(w.lower() in _ORG_WORDS for w in words) and words[-1].lower() not in _NAME_ENDINGS


def _is_title_word(word: str) -> bool:
    """A capitalised title or occupation in front of a name ("Nurse", "Striker", "Sgt.")."""
    bare = word.lower().rstrip(".")
    return word[:1].isupper() and bare not in _STYLES and bare in _TITLE_WORDS


def _as_person(ent):
    """A name the recogniser tagged otherwise, read as a person's from here on (its title in front
    is then read as the titles inside a PERSON entity are)."""
    from spacy.tokens import Span

    return ent if ent.label_ in ("PERSON", "") else Span(ent.doc, ent.start, ent.end, label="PERSON")


def _as_organisation(ent):
    """A name the recogniser tagged a person, read as an organisation's ("Harwick Rovers")."""
    from spacy.tokens import Span

    return Span(ent.doc, ent.start, ent.end, label="ORG")


def _speaks(span) -> bool:
    return span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in SPEECH_VERBS


def _people_by_surname(parsed: dict[int, object], taken: set[int]) -> list[tuple[int, object]]:
    """Names tagged ORG that are shaped like a person's (a heading "Deryc Plazz") and whose last word,
    standing alone in another sentence, is given a person's role or says something ("Plazz, a
    290-pound lineman from …, is listed …"): the person is named by the surname alone there."""
    candidates = [(index, ent) for index, doc in parsed.items() for ent in doc.ents if id(ent) not in taken and _shaped_like_a_name(ent)]
    if not candidates:
        return []
    last_words = {ent.text.split()[-1] for _, ent in candidates}
    confirmed = set()
    for doc in parsed.values():
        for token in _proper_nouns(doc):
            if token.text in last_words and token.text not in confirmed and not (token.i > 0 and doc[token.i - 1].pos_ == "PROPN"):
                alone = doc[token.i : token.i + 1]
                if _speaks(alone) or _has_person_role(alone):
                    confirmed.add(token.text)
    return [(index, ent) for index, ent in candidates if ent.text.split()[-1] in confirmed]


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
    if any(w in ROLE_NOUNS for w in words):
        return True
    # (or a head noun listed as a person's: "a quarterback", "a nurse", "their son"), where it is a noun,
    # not a verb ("City host Wigan Athletic on Wednesday"), and the name no club's or body's ("… Athletic")
    if _ends_as_a_body(span.text):
        return False
    tokens = [t for t in span.doc[max(0, span.start - len(words) - 2) : span.end] if t.lower_ == head]
    if tokens and not any(t.pos_ in ("NOUN", "PROPN") and not (t.dep_ == "ROOT" and t.pos_ == "VERB") for t in tokens):
        return False
    return bool(_AGENT_RE.search(head)) or head in OCCUPATIONS | PERSON_NOUNS


def _ends_as_a_body(name: str) -> bool:
    """Whether a name ends in a word for a club, a body or a place's team ("Wigan Athletic", "Kendal Town")."""
    return name.split()[-1].lower().strip(".,") in _CLUB_WORDS | _ORG_WORDS | _PLACE_TEAM_WORDS


def _is_person_title(title: str) -> bool:
    """Whether a title's head word is a person's ("host", "manager"), not an organisation's ("broadcaster")."""
    word = title.split()[-1].lower()
    return word in (OCCUPATIONS | PERSON_NOUNS) - _ORG_NOUNS


_PLACE_TEAM_WORDS = frozenset("town city county".split())  # a name ending so is a place's or its team's ("Kendal Town"), no person's


def _is_name_part(token) -> bool:
    """A capitalised proper noun no entity covers, that is no title nor a title's portfolio: in
    "Secretary of State Marco Rubio" the name stops before "State", in "Special Agent in Charge Thomas Reyes"
    before "Charge"."""
    before, title = (token.doc[token.i - 1], token.doc[token.i - 2]) if token.i > 1 else (None, None)
    portfolio = before is not None and before.lower_ == "of" and title.lower_ in ROLE_NOUNS
    # "Special Agent in Charge Thomas Reyes": a capitalised title's portfolio after "in", "of", "for", "at"
    portfolio = portfolio or before is not None and before.lower_ in _PORTFOLIO_LINKS and title.text[:1].isupper() and person_token(title) and title.tag_ == "NNP"
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_ and token.lower_ not in ROLE_NOUNS and not portfolio


def _canonical_people(mentions, recognise: Callable | None = None) -> dict[str, str]:
    """Map every way a person is named ("Umerov", "Rustem Umerov") to the fullest name used. Two
    names map together when they share first and last word ("Donald Trump", "Donald J. Trump"); a
    surname alone goes to the full name with that surname named most often ("Varga" to "Sunita
    Varga" rather than to her mother "Ilona Varga", named once), and between names as often named,
    to the one most often named in full just before it. `recognise` (a sentence's words → the
    recogniser's labels) reads a sentence the recogniser did not (`_place_in_name`)."""
    names = Counter(_person_name(m.text) for m in mentions)
    fullest: dict[tuple[str, str], str] = {}
    for name in names:
        words = name.split()
        if len(words) > 1 and len(name) > len(fullest.get((words[0], words[-1]), "")):
            fullest[(words[0], words[-1])] = name
    full = {name: fullest[(name.split()[0], name.split()[-1])] for name in names if len(name.split()) > 1}
    # "C Whitmore", "J. Okafor" in a results table or a byline's list: the initial of one name written in full
    for name in names:
        words = name.split()
        if len(words) == 2 and re.fullmatch(r"[A-Z]\.?", words[0]):
            written = {f for f in fullest.values() if len(f.split()[0]) > 2 and f.split()[0][0] == words[0][0] and f.split()[-1] == words[-1]}
            if len(written) == 1:
                full[name] = written.pop()
    named: Counter[str] = Counter()
    for name, n in names.items():
        named[full.get(name, name)] += n
    # "Sir Henry", "Dame Judi": a knight or dame named by the first name
    knighted = {_person_name(m.text) for m in mentions if _knighted(m)}
    # for each short name, how often each full name ending in it was the last named in full before it
    # ("Their daughter Sarah Dunning runs it. Dunning said …": Sarah's, not her parents', named once each);
    # a name that only qualifies a noun is not the one spoken of ("the Hunter Biden inquiry, and Biden said")
    last_full: dict[str, str] = {}
    nearest: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        name = _person_name(m.text)
        if len(name.split()) > 1 and _qualifies_a_noun(m):
            continue
        if len(name.split()) > 1:
            last_full[name.split()[-1]] = full.get(name, name)
        elif name in last_full:
            nearest[name][last_full[name]] += 1
    canonical = {}
    for name in names:
        words = name.split()
        longer = [f for f in set(full.values()) if len(f.split()) > len(words) and f.split()[-len(words) :] == words]
        if not longer and name in knighted:
            longer = [f for f in set(full.values()) if len(f.split()) > 1 and f.split()[0] == name]
            longer = longer if len(longer) == 1 else []
        # the most named, then the one most often just named before it, then by name
        canonical[name] = min(longer, key=lambda f: (-named[f], -nearest[name][f], f)) if longer else full.get(name, name)
    # "millions of Colorado Trump supporters": a name written once, only to qualify a noun, whose surname
    # is another's named in full, and whose first word is a place, is that one (a place read into the
    # name); "the Hunter Biden investigation" names someone else
    places = {e.text for doc in {id(m.doc): m.doc for m in mentions}.values() for e in doc.ents if e.label_ in _PLACE_LABELS}
    qualifying = {_person_name(m.text): m for m in mentions if _qualifies_a_noun(m)}
    for name, mention in qualifying.items():
        words = name.split()
        others = {f for f in set(canonical.values()) if f != name and len(f.split()) > 1 and f.split()[-1] == words[-1]}
        if len(words) == 2 and names[name] == 1 and len(others) == 1 and _place_in_name(mention, words[0], places, recognise):
            (other,) = others
            canonical.update({k: other for k, c in canonical.items() if c == name})
    return canonical


def _qualifies_a_noun(mention) -> bool:
    return mention.root.dep_ == "compound" and mention.root.head.pos_ == "NOUN"


def _place_in_name(mention, word: str, places: set[str], recognise: Callable | None) -> bool:
    """Whether `word`, the first of a two-word name, is a place's, not a given name: tagged a place there
    or anywhere in the parsed text, else, where the recogniser did not read the word, as it reads the
    sentence through `recognise`."""
    first = next((t for t in mention if t.text == word), None)
    if first is None:
        return False
    if first.ent_type_ in _PLACE_LABELS or first.text in places:
        return True
    if first.ent_type_ or recognise is None:
        return False
    sentence = mention.sent
    return recognise([t.text for t in sentence], [bool(t.whitespace_) for t in sentence])[first.i - sentence.start] in _PLACE_LABELS


def _knighted(mention) -> bool:
    """Whether a one-word name is given with "Sir" or "Dame" ("Sir Henry, 71, said …")."""
    words = mention.text.split()
    before = mention.doc[mention.start - 1].text if mention.start > 0 else ""
    if len(words) == 2 and words[0] in ("Sir", "Dame"):
        return True
    return len(words) == 1 and before in ("Sir", "Dame")


_FULL_NAME_RE = re.compile(r"\b[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]*(?![\w’'-]*\s+[A-Z])")


def _full_name_mentions(text: str) -> list[tuple[int, str]]:
    """Two capitalised words that read as a person's name ("Sunita Varga"), with their offsets:
    how people are found in sentences the recogniser did not read."""
    found = []
    for match in _FULL_NAME_RE.finditer(text):
        name = _clean_name(match.group())
        words = name.lower().split()
        named_thing = text[max(0, match.start() - 4) : match.start()].lower() == "the "  # "the Harwick Independents"
        when = words[0] in dates.WEEKDAYS or words[0] in dates.MONTHS and words[0] not in dates.MONTHS_AS_NAMES  # "On Thursday Trump said"
        # a given name that is a word too ("Will", "May") is a name inside a sentence, after a lower-case word ("coach Will Hennessey")
        # (never a word only a sentence capitalises: "at the Masters The Scot admitted", a caption run on)
        word_as_given = words[0] in STOPWORDS and words[0] not in _SENTENCE_CAPITAL_ONLY and re.search(r"[a-z] $", text[max(0, match.start() - 2) : match.start()]) is not None
        if len(words) == 2 and not named_thing and not when and (words[0].rstrip(".") not in ROLE_NOUNS | _HONORIFICS | STOPWORDS or word_as_given) and not set(words) & _ORG_WORDS:
            if not _in_title_case_line(text, match.start()):
                found.append((match.start(), name))
    return found


TITLE_LINE_MAX_CHARS = 300  # longer lines are prose


def _in_title_case_line(text: str, offset: int) -> bool:
    """Whether `offset` lies in a line set in title case (a heading, a video caption: "Golden Bachelor
    Best Finale Moment Gerry and Theresa"), where two capitalised words say nothing of a name."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = end if end >= 0 else len(text)
    if end - start > TITLE_LINE_MAX_CHARS:  # a paragraph of prose, not a heading or a caption
        return False
    words = [w for w in text[start:end].split() if w[:1].isalpha()]
    long = [w for w in words if len(w) > 3]  # "and", "of", "the" stay lower case in a title
    return len(words) >= 5 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _full_names(text: str) -> dict[str, str]:
    """Surname → the name in full (`_full_name_mentions`), first given."""
    names: dict[str, str] = {}
    for _, name in _full_name_mentions(text):
        names.setdefault(name.split()[-1], name)
    return names


def _one_full_name_each(text: str) -> dict[str, str]:
    """Surname → the name in full (`_full_name_mentions`), for the surnames the text gives one full name."""
    names: dict[str, set[str]] = defaultdict(set)
    for _, name in _full_name_mentions(text):
        names[name.split()[-1]].add(name)
    return {surname: next(iter(full)) for surname, full in names.items() if len(full) == 1}


# Letters written after a person's name for an office, an honour or a degree ("Sandy Buchan MSP", "Rebecca
# Holt KC", "Anne Miller OBE"): a closed class, no part of the name. Only these, and only after a name.
POST_NOMINALS = frozenset(
    "MP MSP MS MLA MPP MEP TD AM KC QC JP OBE MBE CBE KBE DBE FRS PhD MD".split()
)


def _without_post_nominals(words: list[str]) -> list[str]:
    """A name's words without the post-nominal letters after it ("Sandy Buchan MSP" → "Sandy Buchan"), where
    a name of two words or more is left ("MP" alone stays)."""
    end = len(words)
    while end > 2 and words[end - 1].rstrip(",") in POST_NOMINALS:
        end -= 1
    return words[:end]


def _person_name(text: str) -> str:
    """A person's name without the title in front ("Councillor Graham Petrie" → "Graham Petrie", "Sen.
    Johnson" → "Johnson") or the post-nominal letters after it ("Sandy Buchan MSP" → "Sandy Buchan")."""
    words = _without_post_nominals(_clean_name(text).split())
    first = 0
    while len(words) - first > 1 and (
        words[first].lower().rstrip(".") in (ROLE_NOUNS | _HONORIFICS | OFFICE_TITLES) - _STYLES and not _given_name_as_title(words, first)
        or len(words) - first > 2 and _is_occupation_word(words[first])
        or len(words) - first > 2 and words[first] in POST_NOMINALS  # "MP Jess Phillips", left of "Labour MP Jess Phillips"
    ):
        first += 1  # "Producer Mark Lin"; "Dean Price" keeps its first name
    return " ".join(words[first:])


def _given_name_as_title(words: list[str], k: int) -> bool:
    """Whether `words[k]`, an office's abbreviation written without a full stop, is a given name: "Gen
    Hoshino", "Maj Sjöwall" (one name word after it, no other title beside it), not the title of "Det
    Supt Jane Ross" or "Gen Mark Milley"."""
    word = words[k]
    if word.endswith(".") or word.lower() not in OFFICE_TITLES:
        return False
    titled = lambda w: w.lower().rstrip(".") in (OFFICE_TITLES | ROLE_NOUNS | _HONORIFICS) - _STYLES  # noqa: E731
    if k > 0 and titled(words[k - 1]) or k + 1 < len(words) and titled(words[k + 1]):
        return False
    return len(words) - k - 1 < 2


_WEEKDAY_NAMES = frozenset(day for day in dates.WEEKDAYS if len(day) > 5)  # in full: "Thursday", not "Sun"


_HONORIFICS = frozenset("mr mrs ms dr sir dame lord lady rev cllr".split())
# Every honorific a name follows, with the styles of Singapore and Malaysia ("Madam Ong Siew Lan"); `_HONORIFIC_RE` finds them in a text.
_HONORIFICS_BEFORE_NAME = _HONORIFICS | {"madam", "mdm", "miss"}


@functools.lru_cache(maxsize=4096)  # read for every mention, many times over
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
    # a surname alone the parse never joined to a name, where the text writes one full name ending in it
    # ("Lawyers for Anouk Bernard …" read as an organisation, then "Bernard said")
    written = _one_full_name_each(skim.annotated.article.text)
    people = {short: written.get(short, full) if full == short and " " not in short else full for short, full in people.items()}
    surnames = {full.split()[-1]: full for full in people.values() if len(full.split()) > 1}
    surnames |= {name: full for name, full in people.items() if " " not in name and " " in full}  # a shared surname: as `people` reads it
    opening = dateline_end(skim.annotated.article.text)  # "WASHINGTON (AP) —": the place and the agency are no players
    others = [(i, ent) for i, doc in parsed.items() for ent in _organisation_names(doc)
              if ent.label_ in PLAYER_LABELS and ent.label_ != "PERSON" and not _inside_title(ent) and skim.offsets[i] + ent.start_char >= opening]
    others += [(i, group) for i, doc in parsed.items() for group in _groups(doc)]
    others += [(i, name) for i, doc in parsed.items() for name in _described_as_organisations(doc)]
    others += [(i, name) for i, doc in parsed.items() for name in _unrecognised_people(doc, companies=True)]
    others += [(i, _as_organisation(e)) for i, doc in parsed.items() for e in doc.ents if e.label_ == "PERSON" and _club_name(e)]
    votes = Counter((_clean_name(ent.text), ent.label_ or "ORG") for _, ent in others)
    label_of = {}  # a name the recogniser tags differently in different sentences takes its commonest tag, ORG on a tie
    for (name, label), n in sorted(votes.items(), key=lambda v: (v[1], v[0][1] == "ORG")):
        label_of[name] = label
    label_of |= {name: "ORG" for name in _group_names(parsed) if name in label_of}
    label_of |= {name: "ORG" for name, label in label_of.items() if label == "GPE" and set(name.lower().split()[1:]) & _CLUB_WORDS}
    # "West Yorkshire Police", "Leeds City Council": a place's name and a public body's word is the body
    label_of |= {name: "ORG" for name, label in label_of.items() if label == "GPE" and len(name.split()) > 1 and name.split()[-1].lower() in _ORG_WORDS}
    # a one-word name tagged ORG more often than PERSON, no one's surname, is an organisation ("Tesla")
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in parsed.values():
        for e in doc.ents:
            tags[_clean_name(e.text)][e.label_] += 1
    companies = {name for name, n in tags.items() if " " not in name and n["PERSON"] and n.most_common(1)[0][0] == "ORG" and n["ORG"] > n["PERSON"]}
    companies -= set(surnames) | {name for name, full in people.items() if full != name}
    companies |= _named_as_organisations(parsed)
    # an organisation by its appositive lends no surname ("Kendal's MP" is not "Healthwatch Kendal"'s)
    surnames = {last: full for last, full in surnames.items() if full not in companies}
    people = {short: full for short, full in people.items() if full not in companies or short == full}
    def key_of(ent) -> tuple[str, str] | None:
        name = _clean_name(ent.text)
        if not name or len(name) < 2 or not any(ch.isupper() for ch in name) or name.lower() in NAME_TITLES or _bare_title(name):
            return None  # a name is written capitalised: "pub" in "the pub's landlord" names no one; "Lt", "the Magistrate" are titles
        label = label_of.get(name, "PERSON") if ent.label_ != "PERSON" else "PERSON"
        if name in companies:
            label = "ORG"
        elif label == "PERSON" or name in people or name.split()[-1] in surnames:
            name, label = people.get(name) or surnames.get(name.split()[-1], name), "PERSON"
        return (name, label)

    stated: list[tuple[int, tuple[str, str], str]] = []  # (sentence, player, role) for every statement of a role
    candidates: dict[tuple[str, str], list] = defaultdict(list)  # every reading of a role, for the role model
    for index, ent in sorted(person_mentions + others, key=lambda m: (m[0], m[1].start)):
        key = key_of(ent)
        if key is None:
            continue
        counts[key] += 1
        if index not in cited[key]:
            cited[key].append(index)
        if key[1] in ("PERSON", "ORG"):
            # (a known person's surname the recogniser tagged a place or an organisation: "Menon, who serves as …")
            mention = _as_person(ent) if key[1] == "PERSON" else ent
            role = _within_line(_role_of(mention))
            if role:
                stated.append((index, key, role))
                candidates[key].append(("mention_rules", role, index, mention))
            candidates[key] += [(source, text, i, m) for source, text, i, m in _role_candidates(mention, index, key[0]) if _within_line(text) == text]
    later = [(index, key, role) for key, role, index in _described_later(parsed, person_mentions + others, key_of) if key in counts and _within_line(role)]
    stated += later
    for index, key, role in later:
        candidates[key].append(("described", role, index, None))
    for index, name, role, described in _labelled_lines(skim):  # "Crew Chief: Robert “Bootie” Barker" in a fact box
        key = (people.get(name) or surnames.get(name.split()[-1], name), "PERSON")
        if described and key not in counts:
            continue  # what follows a name the text names nowhere else as a person ("Venue: Harwick Park, east gate")
        counts[key] += 0 if key in counts else 1
        cited[key] += [] if index in cited[key] else [index]
        stated.append((index, key, role))
        candidates[key].append(("described", role, index, None))
    # a person the text gives no role in any other way: what it says they do ("Olsen teaches third grade at …")
    described = {key for _, key, _ in stated}
    for index, ent in sorted(person_mentions, key=lambda m: (m[0], m[1].start)):
        key = key_of(ent)
        if key is not None and key[1] == "PERSON" and " " in key[0] and key not in described and (role := _present_activity(_as_person(ent))):
            stated.append((index, key, role))
            candidates[key].append(("mention_rules", role, index, None))
            described.add(key)
    for index, key, role in sorted(stated, key=lambda s: s[0]):  # what the text states, over all mentions, first first
        if _adds_to(statements[key], role):
            statements[key].append(role)
            if index in cited[key]:  # (a description in a later sentence does not name the player)
                role_sentence.setdefault(key, index)
    skimmed = [info.sentence for info in skim.annotated.sentences if info.sentence.index not in parsed]
    shared = Counter(name.split()[-1] for name, label in counts if label == "PERSON")
    for key in counts:
        name, label = key
        word = name.split()[-1] if label == 'PERSON' else name
        if label == "PERSON" and shared[word] > 1 and people.get(word) != name:
            continue  # a surname two people share counts for the one it stands for alone, if any
        for sentence in skimmed:
            found = sum(1 for at in word_starts(sentence.text, word) if not _LONGER_NAME_RE.match(sentence.text, at + len(word)))
            if found:
                counts[key] += found
                cited[key].append(sentence.index)
    for short, full in (_same_organisations(counts) | _acronyms_in_brackets(counts, skim.annotated.article.text)).items():
        counts[full] += counts.pop(short)
        cited[full] = sorted(set(cited[full]) | set(cited.pop(short, [])))
        for role in statements.pop(short, []):
            if _adds_to(statements[full], role):
                statements[full].append(role)
        if short in role_sentence:
            role_sentence.setdefault(full, role_sentence.pop(short))
        candidates[full] += candidates.pop(short, [])
    players = []
    credited = _credited(skim)
    credit_sentences = {info.sentence.index for info in skim.annotated.sentences if any(name in info.sentence.text for name in credited)}
    for (name, label), n in counts.items():
        indices = sorted(cited[(name, label)])
        if name in credited and set(indices) <= credit_sentences:
            continue  # named only in a credit line
        if (name, label) in role_sentence:  # the sentence that gives the role first
            indices.insert(0, indices.pop(indices.index(role_sentence[(name, label)])))
        citations = tuple((article_id, i) for i in indices[:3])
        said = [r for r in statements[(name, label)] if not _AGE_RE.fullmatch(r)] or statements[(name, label)]  # an age (and home) only alone
        role = _model_role((name, label), _joined(said), candidates[(name, label)], n, set(counts), article_id)
        if role and _content_words(role) <= _content_words(name):
            role = None  # what only repeats the name ("Bishop" of "Bishop Augustine") says nothing of the player
        players.append(KeyPlayer(name=name, kind=label, role=role, mentions=n, citations=citations))
    return _by_centrality(players, skim.annotated.article.title or "")


def _within_line(role: str | None) -> str | None:
    """A role up to the end of its line: a sentence the splitter ran across lines (a fact box's
    "• Defendant: Ruth Cole, former care home manager", then "• Co-defendant: …") says nothing of the
    name past the line it is on."""
    if not role:
        return None
    line = role.split("\n")[0].rstrip(" \t,;:•*–—-")
    return line or None


# A name going on past the word counted: "Halden" in "Halden & Rowe" or "the Halden Family Trust" is
# another name, not the founder Josiah Halden's ("Halden Jr." still is his).
_LONGER_NAME_RE = re.compile(r"\s+(?:&|(?!(?:Jr|Sr|[IVX]+)\b)[A-Z][\w’'-])")


def _bare_title(name: str) -> bool:
    """A title or occupation written alone ("Magistrate", "the Coroner"): no one's name."""
    words = name.split()
    if words[0].lower() == "the":
        words = words[1:]
    return len(words) == 1 and _is_title_word(words[0])


def _by_centrality(players: list[KeyPlayer], title: str) -> list[KeyPlayer]:
    """Central first: named often, given a role, a person, named in the headline."""
    def in_title(p: KeyPlayer) -> bool:
        word = p.name.split()[-1] if p.kind == "PERSON" else p.name
        return any(not _LONGER_NAME_RE.match(title, at + len(word)) for at in word_starts(title, word))

    return sorted(players, key=lambda p: (-(p.mentions + (2 if p.role else 0) + (1 if p.kind == "PERSON" else 0) + (2 if in_title(p) else 0)), p.name))


def with_speakers(players: Sequence[KeyPlayer], quotes: Sequence[Quote], text: str, title: str) -> list[KeyPlayer]:
    """The players, and every speaker named in full whose surname names none of them: a briefing parses
    only some sentences, and the recogniser never reads the one that names a source quoted at length
    (the word readers settle who spoke). Each is counted by their surname's mentions in `text`, cited
    where first quoted."""
    named = {p.name.split()[-1] for p in players if p.kind == "PERSON"}
    added: dict[str, KeyPlayer] = {}
    for quote in quotes:
        name = quote.speaker
        written = re.sub(rf"\s+\({ACRONYM}\)$", "", name or "")  # "Health Service Executive (HSE)": its name, the initials aside
        if name and len(written.split()) > 1 and written.split()[-1] not in named and name not in added and _reads_as_a_name(written) and not any(
            _holds(p.name, written) for p in players
        ):
            role = _appositive_after_in_words(text, written)
            added[name] = KeyPlayer(name=name, kind="PERSON", role=role, mentions=len(word_starts(text, written.split()[-1])), citations=quote.citations[:1])
    return _by_centrality([*players, *added.values()], title) if added else list(players)


# After a name and a comma: "a"/"an"/"the", a possessive pronoun or a name's possessive, then the words to the next
# comma, full stop, semicolon, bracket or dash ("said Carla Jimenez, an analyst at Bernstein.")
_APPOSITIVE_AFTER_RE = re.compile(r",\s+((?:a|an|the|his|her|their|its|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s)\s+[^,.;:()—–“”\"]{2,120}?)(?=[,.;)—–])")


def _appositive_after_in_words(text: str, name: str) -> str | None:
    """The appositive set after `name` where the text first writes it, read from the words where no parse read it: one that
    names an occupation or a person's noun (`_TITLE_WORDS`, an agent ending) and holds no verb of its own
    ("who", "which", "said", "is", "was" …). None where there is none."""
    at = text.find(name)
    match = _APPOSITIVE_AFTER_RE.match(text, at + len(name)) if at >= 0 else None
    if match is None:
        return None
    role = match.group(1)
    words = [w.lower().strip("’'") for w in role.split()]
    if len(words) > ROLE_MAX_WORDS or set(words) & _CLAUSE_WORDS:
        return None
    occupation = any(w in _TITLE_WORDS or len(w) > 4 and w.endswith(("ist", "ian", "man", "woman", "person")) for w in words)
    return role if occupation else None


_CLAUSE_WORDS = frozenset("who which that whose said says told is are was were has have had will would".split())


def _reads_as_a_name(name: str) -> bool:
    """Whether a speaker's name reads as a person's: capitalised words (and name particles), none an
    organisation's word, not ending in a company's ("said Leeds University", "the Unite union said",
    "said Ross Stores" name organisations)."""
    words = name.split()
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words) and not any(
        w.lower() in _ORG_WORDS for w in words
    ) and words[-1].lower() not in _NAME_ENDINGS


def _holds(player: str, name: str) -> bool:
    """Whether a player's name is `name` or holds it as whole words ("The Metropolitan Police" holds
    "Metropolitan Police", "Blue Harbor Capital" holds "Harbor Capital")."""
    held, words = name.lower().split(), player.lower().split()
    return any(words[k : k + len(held)] == held for k in range(len(words) - len(held) + 1))


def _adds_to(statements: list[str], role: str) -> bool:
    """Whether a role stated again says something new of a player that has room for it (an age takes no room)."""
    room = sum(not _AGE_RE.fullmatch(known) for known in statements) < ROLE_STATEMENTS
    return room and not any(_says_no_more(role, known) for known in statements)


_AGE_RE = re.compile(r"\d{1,3}(?:, of .+)?")  # "52", "52, of Hillside Road, Castleford": who the person is, not a role


# "Crew Chief: Robert “Bootie” Barker", "Head coach: Mikel Ander": a line of a fact box or a subheading, a title
# and a colon before a name and nothing else
# (in a fact box, after a bullet, with what the person is after a comma: "- Defendant: Curtis Vane, music manager and podcaster")
_LABELLED_LINE_RE = re.compile(
    r"^(?:[-•*–][ \t]+)?(?P<label>[A-Z][\w.’'-]*(?: [A-Za-z][\w.’'-]*){0,3}):[ \t]+(?P<name>[A-Z][\w.’'-]+(?: (?:[“\"‘][^”\"’\n]{1,20}[”\"’]|[A-Z][\w.’'-]+)){1,3})"
    r"(?:,[ \t]+(?P<description>[^,;:.()\n]{2,80}?))?[ \t]*$",
    re.MULTILINE,
)


# Labels of a credit line ("Photographer: Jane Doe", "Additional reporting: …"): who made the article, not who is in it
_CREDIT_WORDS = frozenset(
    """photographer photographers photo photos photography picture pictures editor editors editing reporter reporters
    reporting writer writers words illustrator illustration illustrations graphics graphic video videos credit
    credits""".split()
)


# A quotation's signature line: a dash, the name and what the person is ("— Selma Aakre, Nordic economist"), on
# its own line or run onto the quotation's ("… to wait.” — Selma Aakre, Nordic economist")
_SIGNATURE_LINE_RE = re.compile(
    r"(?:^[—–-]|[”\"][ \t]+[—–])[ \t]*(?P<name>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3}),[ \t]+(?P<description>[^,;:.()\n]{2,80}?)[ \t]*$",
    re.MULTILINE,
)


def _is_credit(label: str) -> bool:
    """Whether a line's label credits the one who made the article ("Photographer", "Additional reporting")."""
    return bool(set(label.lower().rstrip(".").split()) & _CREDIT_WORDS)


def _credited(skim: _Skim) -> set[str]:
    """Names a credit line gives ("Photographer: Jane Doe"): who made the article, not who is in it."""
    text = skim.annotated.article.text
    return {_clean_name(m.group("name")) for m in _LABELLED_LINE_RE.finditer(text) if _is_credit(m.group("label"))}


def _labelled_lines(skim: _Skim) -> list[tuple[int, str, str, bool]]:
    """(sentence index, name, role, whether the role follows the name) for each line that is only a title, a colon and a person's name (a
    quoted nickname left out): the title must end in a listed role or occupation ("Crew Chief"); or a
    label, a colon, the name and, after a comma, what the person is, a fact box's line ("Defendant:
    Curtis Vane, music manager and podcaster"; not an age, "Defendants: Raymond Tolliver, 54"), or a
    quotation's signature line ("— Selma Aakre, Nordic economist")."""
    text = skim.annotated.article.text
    sentences = skim.annotated.sentences
    found = []
    signed = [(m, "", m.group("description")) for m in _SIGNATURE_LINE_RE.finditer(text)]
    for match, label, description in [*((m, m.group("label"), m.group("description")) for m in _LABELLED_LINE_RE.finditer(text)), *signed]:
        if _is_credit(label):
            continue
        if description is not None:
            described = description.split()
            if any(ch.isdigit() for ch in description) or not _person_word(described[-1].lower()) or len(described) > BARE_ROLE_MAX_WORDS + 2:
                continue  # an age, a place ("Venue: Harwick Park, east gate") or a sentence, not a word for what a person is
            label = description
        elif label.split()[-1].lower().rstrip(".") not in _TITLE_WORDS:
            continue
        name = " ".join(w for w in re.sub(r"[“\"‘][^”\"’]*[”\"’]", " ", match.group("name")).split())
        if not 2 <= len(name.split()) <= 3 or set(name.lower().split()) & (_ORG_WORDS | ROLE_NOUNS):
            continue
        index = next((info.sentence.index for info in sentences if info.sentence.start <= match.start("name") < info.sentence.end), None)
        if index is not None:
            found.append((index, name, label, description is not None))
    return found


def _described_as_organisations(doc) -> list:
    """Proper nouns no entity covers that an appositive calls an organisation ("Ofgem, the energy regulator,
    said …"; "Ad Astra, a small school …"): one to three capitalised words, then a comma and "the"/"a" with a noun that only an organisation is."""
    from spacy.tokens import Span

    found = []
    for token in _proper_nouns(doc):
        if not token.text[:1].isupper() or token.i + 3 >= len(doc) or doc[token.i + 1].text != ",":
            continue
        start = token.i  # or two or three capitalised words no entity covers ("Ad Astra, a small school …")
        while start > 0 and token.i - start < 2 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_:
            start -= 1
        if start > 0 and doc[start - 1].pos_ == "PROPN":
            continue  # part of a longer name
        kind = next((c for c in token.children if c.dep_ == "appos" and c.left_edge.i == token.i + 2 and c.left_edge.lower_ in ("the", "a", "an")), None)
        if kind is not None and kind.pos_ == "NOUN" and kind.lower_ in _ORG_NOUNS - _GENERIC_ORG_NOUNS | {"charity", "union", "watchdog", "regulator"}:
            found.append(Span(doc, start, token.i + 1, label="ORG"))
    return found


def _inside_title(ent) -> bool:
    """Whether a name the recogniser calls an organisation is part of a capitalised title after it: "Health
    Secretary", "Social Justice Secretary", "Liberal Democrat" name a post or a member, not a body (one whose
    name ends in a body's word is one)."""
    head = ent.root.head
    if ent.label_ != "ORG" or ent.root.dep_ not in ("compound", "amod") or ent.start <= head.i < ent.end or head.i < ent.end:
        return False
    if ent[-1].lower_ in _NAME_ENDINGS:
        return False  # a body named in the title is one ("Dover Fire Department Chief Alan Whitby")
    return head.text[:1].isupper() and (head.lower_ in ROLE_NOUNS or head.ent_type_ == "NORP")


def _organisation_names(doc) -> list:
    """The document's entities, with an organisation's name that the recogniser split at "for", "of" or "on"
    joined again ("the Japan Agency" "for" "Marine-Earth Science and Technology"): the first part ends in a
    word for a body ("agency", "institute", "centre"), the second is an organisation's name right after."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    joined = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        after = ents[k + 1] if k + 1 < len(ents) else None
        body = ent[-1].lower_ in _ORG_WORDS | _BODY_WORDS
        if ent.label_ == "ORG" and body and after is not None and after.label_ == "ORG" and after.start == ent.end + 1 and doc[ent.end].lower_ in ("for", "of", "on"):
            joined.append(Span(doc, ent.start, after.end, label="ORG"))
            k += 2
            continue
        joined.append(ent)
        k += 1
    return joined


_BODY_WORDS = frozenset("centre center institution alliance society federation coalition council office".split())


def _joined(statements: list[str]) -> str | None:
    """A player's statements as one role, "; " between them; a later one opened by a word capitalised only
    as a sentence's first ("The 52-year-old Welshman") in lower case: "manager; the 52-year-old Welshman"."""
    lowered = [s[0].lower() + s[1:] if k and s.split()[0].lower() in _SENTENCE_CAPITAL_ONLY else s for k, s in enumerate(statements)]
    return "; ".join(lowered) or None


# Words a role opens with that are capitalised only at a sentence's start
_SENTENCE_CAPITAL_ONLY = frozenset("the a an his her its their our this that these those whose who which where".split())


def _named_as_organisations(parsed: dict[int, object]) -> set[str]:
    """Names the recogniser tags as people that the text shows to be organisations: an organisation's
    noun right before the name ("software maker Stratos Systems", "the GMB union") or the name before
    "shares" ("Stratos shares fell"). Not a relation a person has as well ("Tennis rival Carlos
    Alcaraz", "her partner John Rivers")."""
    found = set()
    for doc in parsed.values():
        for ent in doc.ents:
            kind_before = _organisation_noun_before(doc, ent.start - 1) and doc[ent.start - 1].head.i in range(ent.start, ent.end)
            if ent.label_ in ("GPE", "ORG") and kind_before:
                found.add(_clean_name(ent.text))  # "the pension fund Norbury"; "state-owned operator Deutsche Bahn", a person elsewhere
            if ent.label_ != "PERSON":
                continue
            shares = ent.root.dep_ == "compound" and ent.root.head.lower_ in ("shares", "stock") and ent.root.head.i == ent.end
            if shares or kind_before or _organisation_appositive(ent) or _who_follows(ent, "which"):
                found.add(_clean_name(ent.text))
    return found


def _organisation_appositive(ent) -> bool:
    """Whether the appositive set off right after a name is an organisation's noun ("Nova Terra, a small
    experimental school he created …", "Kettle, a charity that …"), not a person's ("a school teacher")."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.left_edge.i == ent.end + 1 and c.left_edge.lower_ in ("a", "an", "the")
        and c.lower_ in _ORG_NOUNS - {"team", "campaign", "brand"} | {"charity", "school", "start-up"}
        for c in ent.root.children
    )


_NAME_ENDINGS = _ORG_WORDS | frozenset(
    """services inc ltd plc corp co llc group holdings airlines motor motors pharmaceuticals pharma therapeutics
    technologies labs capital partners ventures media energy foods homes entertainment studios records
    semiconductor semiconductors systems industries resources mining solutions software electronics
    networks logistics robotics press stores""".split()
)

_SURNAMES_TOO = frozenset("court post bank brand daily herald".split())  # organisations' words that are surnames too


def _same_organisations(counts) -> dict[tuple[str, str], tuple[str, str]]:
    """Organisations named two ways, each short form → the full name: "Harwick" and "Harwick
    Services", "Princeton" and "Princeton University" (the full name adds only words that name a
    kind of organisation); "Okoro" and "Tunde Okoro" (one word that ends one other name of the
    same tag: a person the recogniser tagged an organisation); "Tesla’s Model 3" is Tesla's; a one-word
    "person" that is no one's name and begins one organisation's full name ("Corvane") is that one."""
    names = [key for key in counts if key[1] == "ORG"]
    people_words = {w for name, label in counts if label == "PERSON" and " " in name for w in name.split()}
    # a company's short name the recogniser tagged a person ("Corvane's largest shareholder")
    alone = [key for key in counts if key[1] == "PERSON" and " " not in key[0] and key[0] not in people_words]
    words = {key: key[0].removeprefix("the ").removeprefix("The ").split() for key in names + alone}
    # and a longer one ("Southern Cross, which has until 5pm …" beside "Southern Cross Resources")
    for key in counts:
        if key[1] == "PERSON" and " " in key[0] and key not in alone:
            short = key[0].split()
            if any(words[o][: len(short)] == short and len(words[o]) > len(short) and all(w.lower() in _NAME_ENDINGS for w in words[o][len(short) :]) for o in names):
                alone.append(key)
                words[key] = short
    merged = {}
    for key in names + alone:
        name = key[0]
        owner = re.match(r"(.+?)[’']s\s", name)
        if owner and (owner.group(1), "ORG") in counts:
            merged[key] = (owner.group(1), "ORG")
            continue
        short = words[key]
        longer = [
            other for other in names
            if len(words[other]) > len(short) and (
                words[other][: len(short)] == short and all(w.lower() in _NAME_ENDINGS for w in words[other][len(short) :])
                or len(short) == 1 and key[1] == "ORG" and words[other][-1] == short[0] and short[0].lower() not in _NAME_ENDINGS
            )
        ]
        if len(longer) == 1:
            merged[key] = longer[0]
    # "Norvik" tagged an organisation, "Norvik Semiconductor" a person: the full name is the organisation's
    one_word = {key[0] for key in names if " " not in key[0]}
    for key in counts:
        words_of = key[0].split()
        # (only words that end an organisation's name follow, no surname: "Apple Martin" is a person)
        ending = lambda w: w.lower() in _NAME_ENDINGS | _ORG_NOUNS and w.lower() not in _SURNAMES_TOO
        if key[1] == "PERSON" and 2 <= len(words_of) <= 3 and words_of[0] in one_word and all(ending(w) for w in words_of[1:]):
            full = (key[0], "ORG")
            merged[key] = full
            merged[(words_of[0], "ORG")] = full
    return {short: full for short, full in merged.items() if full not in merged}


def _acronyms_in_brackets(counts, text: str) -> dict[tuple[str, str], tuple[str, str]]:
    """An organisation's initials the text writes in brackets after its name, "Caledonian Maritime Assets Ltd (CMAL)",
    "Deutsche Bahn (DB)": the initials → the name, one player; only where the initials are those of the name's
    capitalised words, in order, and that name is the only one written so before them."""
    merged = {}
    for short in counts:
        if not ACRONYM_RE.fullmatch(short[0]) or short[1] not in ("ORG", "PERSON"):
            continue
        fulls = {key for key in counts if key != short and key[1] in ("ORG", "PERSON") and " " in key[0]
                 and re.search(rf"(?<![\w’'-]){re.escape(key[0])}\s*\({re.escape(short[0])}\)", text)
                 and _initials_spell(key[0], short[0])}
        if len(fulls) == 1:
            merged[short] = fulls.pop()
    return {short: full for short, full in merged.items() if full not in merged}


def _initials_spell(name: str, acronym: str) -> bool:
    """Whether an acronym's letters are, in order, the first letters of some of a name's capitalised words, its first
    word's among them ("CMAL" of "Caledonian Maritime Assets Ltd", "DB" of "Deutsche Bahn", "BCPSEA" of "B.C. Public
    School Employers' Association")."""
    initials = "".join(c for w in re.sub(r"^[Tt]he\s+", "", name).split() for c in w if c.isupper())
    letters = [c for c in acronym if c.isalpha()]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    k = 0
    for c in initials:
        if k < len(letters) and c == letters[k]:
            k += 1
    return k == len(letters)


def _described_later(parsed: dict[int, object], mentions, key_of) -> list[tuple[tuple[str, str], str, int]]:
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
    sentence_of: list[int] = []  # the sentence each role found was read in
    for index in sorted(parsed):
        doc = parsed[index]
        previous = by_sentence.get(index - 1, [])
        previous = [e for e in previous if e.label_ in ("PERSON", "ORG", "")]
        subjects = [e for e in previous if e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.dep_ == "ROOT"]
        subject_named = bool(subjects)
        if not subjects:  # the parse can miss a name's role ("Aaron May" read as "may"): the name that opens the sentence
            subjects = [e for e in previous if e.start == e.sent.start or all(t.is_punct or t.is_space for t in e.doc[: e.start])][:1]
        description = _opening_description(doc)
        if description is not None and not subjects:
            organisations = {key_of(e) for e in previous if e.label_ == "ORG"} - {None}
            subjects = [e for e in previous if e.label_ == "ORG"][:1] if len(organisations) == 1 else []
            if not organisations and (index - 1) in parsed:
                # "British Tesla drivers could be owed … The electric vehicle manufacturer, …": a name the
                # recogniser missed there but tags an organisation elsewhere, the only one in the sentence
                named = _organisations_untagged(parsed[index - 1], key_of)
                subjects = named if len({key_of(e) for e in named}) == 1 else []
        if description is not None and not subjects and len(people_so_far) == 1 and not _named_subject((index - 1) in parsed and parsed[index - 1]):
            # "the director", the one person named; not where the sentence before has a name of its own
            # as subject ("Blake is survived by his wife, Joan. The former racing driver …" is Blake)
            subjects = [e for k in range(index - 3, index) for e in by_sentence.get(k, []) if key_of(e) in people_so_far][-1:]
        # (or an organisation by our reading, whatever the recogniser tagged it: "Harwick Rovers have signed …")
        # ("Acme fired Jane Doe. The chief executive said …" is another: an occupation only, not an office)
        org_subject = bool(subjects) and all((key_of(e) or ("", ""))[1] == "ORG" for e in subjects) and description is not None and _occupation_of_one(description[0])
        if description is not None and (not subjects and _subject_is_no_person(parsed.get(index - 1)) or org_subject) and _says_who(description[0]) and _person_word(description[0].lower_):
            # "Castlebridge City have sacked manager Gareth Hughes. The 52-year-old Welshman …": the one
            # person the sentence before names, where its subject is an organisation or a place
            named = {key_of(e) for e in previous if e.label_ in ("PERSON", "")} - {None}
            named = {k for k in named if k[1] == "PERSON"}
            if len(named) == 1:
                subjects = [e for e in previous if key_of(e) in named][:1]
        if description is not None and _answers(description[0]):
            subjects = []  # "Ann Cole said the scheme was flawed. The developer disagreed.": another party
        if description is not None and len(subjects) == 1 and (index - 1) in parsed and not _someone_else_before(parsed[index - 1], subjects[0], *description):
            key = key_of(subjects[0])
            noun, informative = description
            # (the description's noun itself read as a name, "the 52-year-old Welshman", names no one new)
            # (nor does a place in a compound adjective: "The London-listed copper miner")
            inside = lambda e: e.start == noun.i and len(e) == 1 or e.label_ in ("GPE", "NORP") and noun.left_edge.i <= e.start < noun.i
            if key is not None and all(e.start > noun.i or inside(e) for e in by_sentence.get(index, [])):
                word = noun.lower_
                aged = _aged(noun)
                personal = _person_word(word) or aged
                if aged and not _person_word(word) and (_other_person_before(parsed[index - 1], subjects[0]) or _not_the_aged(parsed[index - 1], subjects[0])):
                    personal = False  # "Ann Cole said her son was hurt. The 12-year-old …": the age could be the other's
                # a bare title that speaks ("The spokesman said") is as often someone not named
                source = word.startswith("spokes") or word in _SOURCE_NOUNS or noun.head.lemma_ in QUOTE_VERBS
                if key[1] == "PERSON":
                    fits = personal and (informative or (word in ROLE_NOUNS | OCCUPATIONS and not source and len(people_so_far | {key}) == 1))
                else:
                    maker = word not in ROLE_NOUNS | OCCUPATIONS | _ORG_NOUNS | _TRADE_KIND_NOUNS and bool(re.search(r"(?:er|or)$", word))
                    # "The Federal Reserve raised rates. The central bank said …": an organisation's noun
                    # for the subject of the sentence before, where it names no other organisation
                    # (or, said with a modifier, "The electric vehicle manufacturer", for the one organisation named there)
                    alone = len({key_of(e) for e in previous if e.label_ == "ORG"} - {None}) <= 1
                    kind = word in _ORG_NOUNS and alone and (subject_named and len({key_of(e) for e in previous if e.label_ == "ORG"} - {None}) == 1 or informative)
                    # "The Information Commissioner's Office has fined … The regulator said …": a bare noun that
                    # says what kind of organisation (not "the company"), or any organisation's noun with a modifier
                    # ("The Austin-based company"), continues the organisation that was the subject of the sentence
                    # before, whatever else that sentence names
                    kind_word = word in _ORG_NOUNS - _GENERIC_ORG_NOUNS or informative and (word in _ORG_NOUNS or _kind_noun(noun))
                    continues = subject_named and len(subjects) == 1 and kind_word
                    fits = (informative and (maker or kind) or continues) and not _not_a_business(key[0], word)
                    # a committee or panel sits within an organisation: "McGill University … The investigation committee
                    # found …" is McGill's committee, not McGill (the Federal Open Market Committee's "the committee" is itself)
                    fits = fits and not (word in _PART_OF_BODY_NOUNS and word not in key[0].lower().split()) and not _sets_apart(noun)
                if fits:
                    role = _role_text(doc, noun.left_edge.i, noun.right_edge.i + 1, noun)
                    if role:
                        # "The supplier, which serves 2.4 million homes, said …": the clause on the description too
                        clause = _relative_clause_role(doc[noun.left_edge.i : noun.i + 1]) if key[1] == "ORG" else None
                        found.append((key, f"{role}; {clause}" if clause and not _says_no_more(clause, role) else role))
        predicate = _pronoun_predicate(doc)
        named_before = {key_of(e) for e in previous if e.label_ == "PERSON"} - {None}
        if len(named_before) > 1:  # "he"/"she" continues the subject of the sentence before, where the others stand aside
            main = [e for e in previous if e.label_ == "PERSON" and e.root.head.dep_ == "ROOT" and e.root.dep_ in ("nsubj", "dobj", "dative", "attr")]
            subject = {key_of(e) for e in main if e.root.dep_ == "nsubj"} - {None}
            named_before = subject if len(subject) == 1 and len({key_of(e) for e in main}) == 1 else set()
        if predicate and len(named_before) == 1 and not any(e.label_ == "PERSON" for e in by_sentence.get(index, [])) \
                and not _pronoun_disagrees(doc, parsed.get(index - 1), [e for e in previous if key_of(e) in named_before]):
            found.append((named_before.pop(), predicate))
        for ent in by_sentence.get(index, []):
            key = key_of(ent)
            if key is not None and key[1] == "PERSON":
                people_so_far.add(key)
        found += _organisation_described(doc, by_sentence.get(index, []), key_of)
        if not people_so_far and index + 1 in parsed:
            found += _lede_description(doc, by_sentence.get(index, []), parsed[index + 1], by_sentence.get(index + 1, []), key_of)
        if index == min(parsed) and index + 1 in parsed:
            found += _lede_organisation(doc, by_sentence.get(index, []), by_sentence.get(index + 1, []), key_of)
        recent = [e for k in (index - 2, index - 1) for e in by_sentence.get(k, []) if k in parsed]
        found += _person_described(doc, by_sentence.get(index, []), recent, parsed.get(index - 1), key_of)
        sentence_of += [index] * (len(found) - len(sentence_of))
    return [(key, role, index) for (key, role), index in zip(found, sentence_of, strict=True)]


_PART_OF_BODY_NOUNS = frozenset("committee subcommittee panel".split())  # bodies formed within an organisation


# Nouns for kinds of organisation that `_ORG_NOUNS` lacks ("the luxury fashion house", "the supermarket chain")
_KIND_NOUNS = frozenset("chain giant label studio".split())
# Kinds of organisation only with a trade in front ("the fashion house", "the budget carrier", "the news outlet";
# not "the family house", "the aircraft carrier", "a power outlet")
_TRADE_KIND_NOUNS = frozenset("house carrier outlet".split())
_TRADE_WORDS = frozenset(
    """fashion couture design auction publishing trading brokerage media news retail record budget low-cost discount
    wireless mobile telecom cargo freight flag""".split()
)


def _kind_noun(noun) -> bool:
    """Whether a noun token names a kind of organisation that `_ORG_NOUNS` lacks (`_KIND_NOUNS`, or
    `_TRADE_KIND_NOUNS` in a compound with a trade)."""
    word = noun.lower_
    if word in _TRADE_KIND_NOUNS:
        return any(c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and c.lower_ in _TRADE_WORDS for c in noun.children)
    return word in _KIND_NOUNS
# Nouns that say no more of an organisation than that it is one ("the company said")
_GENERIC_ORG_NOUNS = frozenset(
    """company firm group organisation organization business team club body department office administration
    government service services board committee council fund network post times news herald daily campaign brand
    trust party association institute foundation agency authority commission ministry""".split()
)


# Words that, ending an organisation's name (`_name_head`), say it is no business ("Consumer Product Safety Commission")
_PUBLIC_BODY_WORDS = frozenset(
    """council ministry university party union committee agency authority court department commission institute
    foundation league club board school hospital army police association""".split()
)


def _not_a_business(name: str, noun: str) -> bool:
    """Whether a description's noun calls a business ("the company", "the drugmaker") what its name says is a
    public body, a club or a school."""
    business = noun in ("company", "firm", "business", "startup") or noun.endswith("maker")
    return business and _name_head(name).lower() in _PUBLIC_BODY_WORDS


# Where the words that say what a name is end: a lower-case function word or "&" ("Council on Foreign
# Relations", "Committee to Protect Journalists", "Hospital Corporation of America", "Harlan & Co").
_NAME_HEAD_END_RE = re.compile(r"\s+(?:&|(?:of|on|to|for|and|in|at|the|de|du|des|la|le|del|der|für|fuer)\b)\s*")


def _name_head(name: str) -> str:
    """The word of a name that says what it is, singular: its last, or the last before a lower-case function
    word ("University of Oxford" is a university, "Union Pacific" no union, "Farmers' Councils" councils)."""
    words = _NAME_HEAD_END_RE.split(name.strip(), maxsplit=1)[0].split()
    head = words[-1].strip(".,'’") if words else ""
    if head.lower().endswith("s") and head.lower()[:-1] in _PUBLIC_BODY_WORDS:
        return head[:-1]
    return head


def _answers(noun) -> bool:
    """Whether a description is the subject of a verb that answers another ("The developer disagreed",
    "The club hit back", "The firm rejected that"): one who answers is not the one answered, the subject
    of the sentence before; not "In court, the former officer denied the charge"."""
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ANSWERING_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return False
    # what was said before, or nothing ("disagreed", "rejected that"), not a thing of its own ("denied the charge")
    return all(c.pos_ == "PRON" for c in verb.children if c.dep_ == "dobj")


def _aged(noun) -> bool:
    """Whether a description's head is an age ("the 26-year-old") or has one ("the 31-year-old American")."""
    return noun.lower_ == "old" and _in_age(noun) or any(_in_age(c) for c in noun.children)


def _other_person_before(doc, subject) -> bool:
    """Whether the sentence before names or speaks of a person other than the subject: another person's name, or a
    person's common noun outside the subject's name and what hangs on it ("her son", "a passenger")."""
    own = {t.i for t in subject.root.subtree} | set(range(subject.start, subject.end))
    return any(t.i not in own and (t.ent_type_ == "PERSON" or t.pos_ == "NOUN" and (_person_word(t.lower_) or t.lower_ in PERSON_NOUNS or t.lower_ in _KIN_NOUNS))
               for t in doc)


# what one does who watches or judges another's feat ("Ann Cole, 54, watched from the stands", "cheered as the race
# finished", "Coach Tom Reed praised the performance"): an age for "the one who won" after it is the performer's
_ONLOOKER_VERBS = frozenset("watch cheer applaud look see witness attend praise hail congratulate salute".split())


def _not_the_aged(doc, subject) -> bool:
    """Whether the sentence before an age standing for a person ("The 19-year-old from Derby won …") speaks against its
    subject being that person: the subject has an age already ("Ann Cole, 54,", "aged 54") or a role of its own written
    with the name ("Coach Tom Reed": the role says who they are, and an age may be another's), or its main verb is an
    onlooker's ("watched from the stands", "cheered", "praised the performance"): the feat is someone else's."""
    own = [t for t in doc if t.i in {t.i for t in subject.root.subtree} | set(range(subject.start, subject.end))]
    if any(t.like_num or t.lower_ == "aged" or _in_age(t) for t in own):
        return True
    if any(t.i < subject.start and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON" for t in own):
        return True  # a title or role before the name ("Coach Tom Reed", "Olympic champion Ann Cole")
    if any(t.dep_ == "appos" and t.head.i in range(subject.start, subject.end) and t.ent_type_ != "PERSON" for t in own):
        return True  # a role set beside the name ("Tom Reed, the club's coach,")
    root = subject.root.head
    return root.lemma_.lower() in _ONLOOKER_VERBS or any(c.dep_ == "conj" and c.lemma_.lower() in _ONLOOKER_VERBS for c in root.children)


def _someone_else_before(doc, subject, noun, informative: bool) -> bool:
    """Whether the sentence before a description names someone else it can stand for: the same noun outside
    the subject's name and what is said of it ("CNN host Kate Bolduan asked the senator … The senator did not
    answer"), or, for a bare title, a pronoun for a person other than the subject ("Shaw asked him …")."""
    own = {t.i for t in subject.root.subtree} | set(range(subject.start, subject.end))
    lemma = noun.lemma_.lower()
    if any(t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN") and t.i not in own for t in doc):
        return True
    pronoun = lambda t: t.lower_ in ("him", "her", "them") and t.dep_ in ("dobj", "dative", "pobj")
    return not informative and any(pronoun(t) for t in doc)


def _says_who(noun) -> bool:
    """Whether a description says who someone is, as only one named can be: an age or a nationality
    ("The 52-year-old Welshman"), not a post another may hold ("The head chef"); never the subject of
    speech ("The head chef said …" is as often someone not named)."""
    if noun.head.lemma_ in QUOTE_VERBS:
        return False
    return any(_in_age(t) or t.ent_type_ in ("NORP", "GPE") for t in noun.doc[noun.left_edge.i : noun.i + 1])


def _subject_is_no_person(doc) -> bool:
    """Whether a sentence's main clause has as subject a name the recogniser tags an organisation or a
    place ("Castlebridge City have sacked …"), not a person, a name it missed ("Blake is survived by
    …") or a pronoun."""
    if not doc:
        return False
    subjects = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    return len(subjects) == 1 and subjects[0].pos_ == "PROPN" and subjects[0].ent_type_ in ("ORG", "GPE", "NORP", "FAC")


def _person_word(word: str) -> bool:
    """A noun for a person: a role or occupation, a person's ending ("-ist", "-er"), or "-man" ("Welshman");
    not "-ment", an act's or a thing's ending ("The decisive moment came on lap 40", "the agreement")."""
    personal = _personal(word) and not word.endswith("ment")
    return word in ROLE_NOUNS | OCCUPATIONS or (personal or word.endswith("man")) and word not in _ORG_NOUNS


def _named_subject(doc) -> bool:
    """Whether a sentence's main clause has a proper name as its subject."""
    if not doc:
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.head.dep_ == "ROOT" for t in doc)


def _organisations_untagged(doc, key_of) -> list:
    """Proper nouns of a sentence that no entity covers and that name an organisation the article
    tags elsewhere ("Tesla" in "British Tesla drivers …"), each as a one-word span."""
    from spacy.tokens import Span

    spans = [Span(doc, t.i, t.i + 1) for t in _proper_nouns(doc)]
    return [s for s in spans if (key_of(s) or ("", ""))[1] == "ORG" and s.text[:1].isupper()]


def _inner_definite_subjects(doc, possessors: bool = False):
    """The singular definite common nouns ("the regulator", "the Dallas-based grocer") that are the subject
    of a clause not opening the sentence (those that open it: `_described_later`); with `possessors`, also
    those written as a possessive ("…, the Japanese car-maker's biggest recall in a decade")."""
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass", *(("poss",) if possessors else ())) or token.pos_ != "NOUN" or token.tag_ != "NN" or token.left_edge.lower_ != "the":
            continue
        first = token.left_edge.i
        if first == 0 or all(t.is_punct or t.is_space or t.pos_ in ("CCONJ", "ADV") for t in doc[:first]):
            continue
        yield token


def _organisation_described(doc, here, key_of) -> list[tuple[tuple[str, str], str]]:
    """ "Corvane shares fell after the drugmaker said …", "… Harlan & Co, the luxury fashion house
    announced", "Hoshikawa said it would recall …, the Japanese car-maker's biggest recall": a definite
    description as the subject of a clause, or a possessor (not opening the sentence, which
    `_described_later` reads) stands for the one organisation named before it in the sentence. It
    must say what kind of organisation: a "-maker", or an organisation's noun or an "-er"/"-or"
    with a modifier in front ("the Dallas-based grocer"); never a person's noun, a possessive, "of"
    or a name of its own ("the regulator", "the company" could be another)."""
    found = []
    if not any(e.label_ == "ORG" for e in here):
        return found  # (most sentences: no Token objects made for them)
    for token in _inner_definite_subjects(doc, possessors=True):
        first = token.left_edge.i
        span = doc[first : token.i + 1]
        # (a people's adjective says what kind: "the Japanese car-maker")
        kind = lambda t: t.ent_type_ == "NORP" and t.pos_ == "ADJ" and t.dep_ == "amod" or t.ent_type_ in ("GPE", "NORP") and _hyphen_after_places(doc, t.i, token.i)
        if any(t.ent_type_ and not kind(t) or t.tag_ == "POS" or t.pos_ == "PROPN" and not kind(t) for t in span):
            continue  # a name or a possessive of its own
        if any(c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue
        if token.dep_ == "poss" and not _owns_the_act(doc, token, first):
            continue  # "…, the British newspaper's analysis showed", "…, the airport operator's busiest day": another party's
        word = token.lower_
        if word in ROLE_NOUNS | OCCUPATIONS or _personal(word, epithet=True) or _sets_apart(token):
            continue
        informative = any(c.dep_ in ("amod", "compound", "nmod") and c.i < token.i for c in token.children)
        if not (word.endswith("maker") or informative and (word in _ORG_NOUNS or _kind_noun(token) or word not in _TRADE_KIND_NOUNS and re.search(r"(?:er|or)$", word))):
            continue  # "the top seed gets a bye" says nothing of the team named before
        candidates = [e for e in here if e.end <= first]
        organisations = {key_of(e) for e in candidates if e.label_ == "ORG"} - {None}
        organisations = {k for k in organisations if k[1] == "ORG"}
        if len(organisations) == 1:
            role = _role_text(doc, first, token.i + 1, token)
            role = re.sub(r"\s*[’']s?$", "", role) if role and token.dep_ == "poss" else role
            if role:
                found.append((organisations.pop(), role))
    return found


def _owns_the_act(doc, possessor, first: int) -> bool:
    """Whether a possessive description set after a clause ("Hoshikawa said it would recall …, the Japanese car-maker's
    biggest recall", "… close three plants, the Dallas-based grocer's first closures") owns the very act of that clause:
    what it owns is a noun set beside the clause (no subject of a verb of its own, nothing hanging on it that acts:
    "the British newspaper's analysis showed", "the regulator's fine weighing on …") and of one stem with a verb before
    it (recall/recall, closures/close, cuts/cut): what the organisation did, said again of it. Not a thing of another
    party's ("the airport operator's busiest day", "the Dutch buyer's first deal", "the lender's third penalty" after
    "was fined")."""
    owned = possessor.head
    if owned.pos_ != "NOUN" or owned.dep_ in ("nsubj", "nsubjpass", "csubj", "poss") or any(c.pos_ in ("VERB", "AUX") for c in owned.children):
        return False
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == owned.i for t in doc):
        return False

    def stem(a: str, b: str) -> bool:
        common = len(os.path.commonprefix([a, b]))
        return common >= max(3, min(len(a), len(b)) - 1)

    noun = owned.lemma_.lower()
    return any(t.pos_ == "VERB" and stem(t.lemma_.lower(), noun) for t in doc[:first])


def _lede_description(doc, here, after, named_after, key_of) -> list[tuple[tuple[str, str], str]]:
    """ "A former care home manager who stole … has been jailed. Debra Lowe, 52, of …, admitted …": the
    indefinite subject of a sentence that names no one, before anyone is named, is the person the next
    sentence names as the subject of its main clause (and no one beside); an occupation with something said of
    it ("former", "care home"), not a word for anyone ("A man …")."""
    if any(e.label_ in ("PERSON", "") for e in here):
        return []
    subject = next((t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.left_edge.lower_ not in ("a", "an") or subject.lower_ in _ANYONE_NOUNS:
        return []
    # a person by the word, or by its ending where "who" or an age says it is one ("A school caretaker who …")
    who = any(c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in subject.children) or any(_in_age(c) for c in subject.subtree)
    if not (_is_occupation(subject) or who and _personal(subject.lower_)):
        return []
    if not any(c.dep_ in ("amod", "compound", "nmod") and c.i < subject.i for c in subject.children):
        return []
    main = [e for e in named_after if e.label_ in ("PERSON", "") and e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.dep_ == "ROOT"]
    people = {key_of(e) for e in main} - {None}
    if len(people) != 1 or any(c.dep_ == "conj" for e in main for c in e.root.children):
        return []  # (not "Tom Reed and Ann Lee admitted …")
    if any(_titled(e) for e in main) or _speech_sentence(after):
        # "A senior doctor has warned … Health Secretary Steve Barclay said …": one with a title of
        # his own, or one who speaks, is as often someone else answering
        return []
    role = _role_text(doc, subject.left_edge.i, subject.i + 1, subject)
    return [(people.pop(), role)] if role else []


def _titled(ent) -> bool:
    """Whether a name has a title or occupation of its own in front ("Health Secretary Steve Barclay",
    "Judge Anna Price"), in the name the recogniser tagged or before it."""
    return ent[0].lower_.rstrip(".") in _TITLE_WORDS or any(c.dep_ in ("compound", "amod", "nmod") and c.i < ent.start for c in ent.root.children)


def _speech_sentence(doc) -> bool:
    """Whether a sentence's main verb reports speech: a speech verb with a clause it says ("X said the
    plan was sound"), not "X admitted fraud"."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return root is not None and root.lemma_ in QUOTE_VERBS and any(c.dep_ in ("ccomp", "xcomp") for c in root.children)


def _lede_organisation(doc, here, named_after, key_of) -> list[tuple[tuple[str, str], str]]:
    """ "A hospital trust in the north-west has been rated inadequate … The Care Quality Commission said staff at
    Calder Valley NHS Trust …": a description with "a"/"an" in an opening sentence that names no organisation
    is the one organisation the next sentence names whose name ends in the description's noun."""
    if any(e.label_ == "ORG" for e in here):
        return []
    found = []
    for token in doc:
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.left_edge.lower_ not in ("a", "an") or token.lower_ not in _ORG_NOUNS | _KIND_NOUNS:
            continue
        if not any(c.dep_ in ("amod", "compound", "nmod") and c.i < token.i for c in token.children):
            continue  # "a company" says nothing
        named = {key_of(e) for e in named_after if e.label_ == "ORG" and e[-1].lower_ == token.lower_} - {None}
        named = {k for k in named if k[1] == "ORG"}
        if len(named) == 1:
            role = _role_text(doc, token.left_edge.i, token.right_edge.i + 1, token)
            if role:
                found.append((named.pop(), role))
    return found


def _person_described(doc, here, recent, before, key_of) -> list[tuple[tuple[str, str], str]]:
    """ "Miami flipped McConathy from Louisville, and the edge rusher from Spanish Fort has …", "Tesla returned
    the money after the former businessman from Oxford took it to court": a definite description of a person
    that says something (a modifier in front, "from"/"at" after), the subject of a clause that does not open
    the sentence (`_described_later` reads those), stands for the one person named before it in the sentence,
    or, where the sentence names no one, the one person the two sentences before name; never where the
    sentence before has the same noun for someone else, nor a bare title."""
    found = []
    people = lambda ents: {k for k in (key_of(e) for e in ents if e.label_ in ("PERSON", "")) if k is not None and k[1] == "PERSON"}
    if not people(here) and len(people(recent)) != 1:
        return found  # (most sentences: no Token objects made for them)
    for token in _inner_definite_subjects(doc):
        first = token.left_edge.i
        if not _occupation_of_one(token):
            continue
        span = doc[first : token.i + 1]
        if any(t.ent_type_ in ("PERSON", "ORG") or t.tag_ == "POS" for t in span) or any(c.dep_ in ("appos", "poss") or c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue  # a name or a possessive of its own, "the head of …"
        informative = any(c.dep_ in ("amod", "compound", "nmod", "nummod") and c.i < token.i for c in token.children)
        informative |= any(c.dep_ == "prep" and c.lower_ in ("from", "at") for c in token.children)
        if not informative:
            continue
        if before is not None and any(t.lemma_.lower() == token.lemma_.lower() and t.pos_ == "NOUN" for t in before):
            continue  # "… asked the coach. … the veteran coach said": the noun could be the other's
        named_here = people([e for e in here if e.end <= first])
        if any(e.start > token.i for e in here if e.label_ in ("PERSON", "")):
            continue  # a name after it could be the one described
        passive = any(e.root.dep_ == "nsubjpass" for e in here if e.end <= first and key_of(e) in named_here)
        if named_here and (_subordinate(token) or passive):
            # "Maria Costa was injured when the delivery driver from Leeds lost control": in a clause of
            # time or cause, or after a name that is no active subject, a description is someone else
            continue
        candidates = named_here if named_here else (people(recent) if not people(here) else set())
        if len(candidates) == 1:
            role = _role_text(doc, first, token.right_edge.i + 1, token)
            if role:
                found.append((candidates.pop(), role))
    return found


_SUBORDINATORS = frozenset("when whenever after before because since as while until unless if though although once".split())


def _subordinate(token) -> bool:
    """Whether a subject's clause is an adverbial one of time, cause or condition ("… when the driver lost control")."""
    clause = token.head
    return clause.dep_ == "advcl" or any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS for c in clause.children)


# Words for people that name no one already named as often as they name him ("the woman", "the victim"), and
# titles another can hold ("the former president")
_ANYONE_NOUNS = frozenset(
    """man woman boy girl child person human gentleman lady victim witness source patient customer fan friend
    neighbour neighbor parent teenager resident mother father son daughter wife husband brother sister partner
    member candidate official supporter spokesman spokeswoman spokesperson""".split()
)
_TRADE_ROLE_NOUNS = frozenset("striker defender midfielder goalkeeper player actor actress star economist researcher scholar activist campaigner doctor nurse".split())


def _occupation_of_one(token) -> bool:
    """A noun for what one person does that a description can use for someone named before ("the edge
    rusher", "the former businessman"): an occupation, not an office another may hold nor a word for anyone."""
    word = token.lower_
    if word in _ANYONE_NOUNS or word in ROLE_NOUNS - _TRADE_ROLE_NOUNS or word in _SOURCE_NOUNS:
        return False
    return word in OCCUPATIONS | _TRADE_ROLE_NOUNS or _is_occupation(token)


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
    # "She heads the victims' association AVIVA", "He chairs the parish council": a post held, as `_post_held` reads it of a name
    # (a body held, not any object: "She runs the marathon every year" is no post)
    held = next((c for c in root.children if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lower_ in _ORG_NOUNS | _PART_OF_BODY_NOUNS)), None)
    if root.tag_ == "VBZ" and root.lemma_.lower() in _POST_VERBS and held is not None and _stated_as_fact(root):
        return _role_text(doc, root.i, held.right_edge.i + 1, root)
    for noun in candidates:
        # (an occupation "with" an organisation is as relational: "He has been a volunteer with the sturgeon guard program")
        relational = any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and (c.lower_ in ("of", "for", "at") or c.lower_ == "with" and _organisation_after(c)))
                         for c in noun.children)
        titled = noun.pos_ == "PROPN" and any(c.lower_ == "the" for c in noun.children) and any(c.lower_ == "of" for c in noun.children)
        if (_is_role_word(noun) and (noun.lower_ in ROLE_NOUNS or relational)) or titled:
            return _role_text(doc, noun.left_edge.i, noun.right_edge.i + 1, noun)
    return None


_SOURCE_NOUNS = frozenset("official representative source aide lawyer attorney witness resident officer".split())


def _pronoun_disagrees(doc, before, named) -> bool:
    """Whether the "he"/"she" subject of `_pronoun_predicate`'s sentence cannot be the one person named in the
    sentence before: that sentence shows the person of the other gender (an honorific before the name, or
    only pronouns of the other gender outside quotation marks: "Tom Reed runs a dairy farm with his wife. She
    heads …"), or brings in someone unnamed of the pronoun's gender ("his wife", "her brother") whom it may be."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    pronoun = next((c.lower_ for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she")), None) if root is not None else None
    if pronoun is None or not before:
        return False
    gender = GENDER_OF_PRONOUN_WORD[pronoun]
    honorifics = {GENDER_OF_HONORIFIC.get(before[e.start - 1].lower_.rstrip(".")) for e in named if e.start > 0} - {None}
    if honorifics and gender not in honorifics:
        return True
    quoted = lambda t: sum(1 for x in before[: t.i] if x.text in ("“", "”", '"', "``", "''")) % 2 == 1  # noqa: E731
    said = {GENDER_OF_PRONOUN_WORD[t.lower_] for t in before if t.lower_ in GENDER_OF_PRONOUN_WORD and not quoted(t)}
    if said and gender not in said:
        return True
    # an unnamed kin of the pronoun's gender, not set beside a name ("his wife, Ann Reed")
    return any(GENDER_OF_NOUN.get(t.lower_) == gender and not quoted(t)
               and not any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in (*t.children, t.head)) for t in before)


def _organisation_after(preposition) -> bool:
    """Whether a preposition's object is an organisation: a name tagged so, or a noun for one."""
    return any(g.dep_ == "pobj" and (g.ent_type_ == "ORG" or g.lemma_.lower() in _ORG_NOUNS)
               for g in preposition.children)


def _opening_description(doc):
    """The head noun of a subject "the …" that opens a sentence, and whether it has a modifier
    that says something (an adjective, a noun in front, "from"/"at"/"behind" after it); None where
    it holds a possessive, "of", a name, or does not open the sentence."""
    for token in doc:
        aged = token.tag_ == "NNP" and any(_in_age(c) for c in token.children)  # "The 52-year-old Welshman", tagged a name
        aged |= token.lower_ == "old" and token.pos_ == "ADJ" and _in_age(token)  # "The 26-year-old from Derby": the age for the person
        if token.dep_ not in ("nsubj", "nsubjpass") or not (token.pos_ == "NOUN" and token.tag_ == "NN" or aged) or token.head.dep_ != "ROOT":
            continue
        first = token.left_edge
        while first.i < token.i and (first.is_punct or first.is_space):
            first = doc[first.i + 1]
        if aged and first.i == 1 and doc[0].lower_ == "the":
            first = doc[0]  # (the parse hangs the article on the verb: "The 31-year-old American birdied …")
        # a place in a compound adjective says where the one named is from, and names no one new ("The Austin-based company")
        # ("The Columbus, Ohio-based company": a city and its state before the hyphen)
        # (and a country before a player's or worker's noun says what he plays for: "The 23-year-old Portugal
        # international"; not before a title, "the Ukrainian president" is as often another)
        capped = lambda t: t.dep_ in ("compound", "amod") and t.head.i == token.i and token.lower_ not in ROLE_NOUNS and _person_word(token.lower_)
        placed = lambda t: t.ent_type_ in ("GPE", "NORP") and (_hyphen_after_places(doc, t.i, token.i) or capped(t))
        if first.lower_ != "the" or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and not placed(t) or t.tag_ == "POS" for t in doc[first.i : token.i]):
            return None
        # "In a statement, the 61-year-old mayor said …": an opening phrase set off by a comma, naming no one
        framed = first.i > 1 and doc[first.i - 1].text == "," and doc[0].tag_ == "IN" and not any(t.ent_type_ in ("PERSON", "ORG") for t in doc[: first.i])
        if not framed and any(not (t.is_punct or t.is_space or t.pos_ in ("CCONJ", "ADV")) for t in doc[: first.i]):
            return None  # "But the director also sees …" opens with it
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None
        named = token.i + 2 < len(doc) and doc[token.i + 1].text in (",", "(") and doc[token.i + 2].pos_ == "PROPN"
        if named or any(c.dep_ == "appos" for c in token.children):
            return None  # "The former chancellor, Sir Geoffrey Alder, …" names someone of its own
        informative = any(c.dep_ in ("amod", "compound", "nummod", "nmod") for c in token.children if c.i < token.i)
        informative |= any(c.dep_ == "prep" and c.lower_ in ("from", "at", "behind", "with", "for") for c in token.children)
        return token, informative
    return None


def _sets_apart(noun) -> bool:
    """Whether a description's modifier tells its organisation apart from another of the kind: a comparative ("the
    lower court", "the higher court"), a relation ("the rival bank", "the parent company") or "other", "former",
    "previous": another than the one named."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and (c.tag_ == "JJR" or c.lower_ in _RELATED_ORGANISATIONS | {"other", "former", "previous"})
               for c in noun.children)


def _country_before(doc, first, noun) -> int | None:
    """Where a subject opening "Norway's central bank", "Britain's biggest lender" starts: a place's name (the
    recogniser's GPE) and its possessive, then only lower-case words (no name, no other possessive) up to a noun for
    an organisation's kind ("bank", "lender", "utility", a maker); None otherwise."""
    if first.ent_type_ != "GPE" or first.ent_iob_ != "B":
        return None
    end = first.i
    while end + 1 < noun.i and doc[end + 1].ent_type_ == "GPE" and doc[end + 1].ent_iob_ == "I":
        end += 1
    if end + 1 >= noun.i or doc[end + 1].tag_ != "POS":
        return None
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and not _in_age(t) or t.tag_ == "POS" or not t.text.islower() and not t.is_punct for t in doc[end + 2 : noun.i]):
        return None
    word = noun.lower_
    maker = word.endswith("maker") and word.removesuffix("maker").rstrip("-") not in _PEOPLE_WHO_MAKE
    if _person_word(word) or word in ROLE_NOUNS or not (word in _ORG_NOUNS - _GENERIC_ORG_NOUNS or maker or _kind_noun(noun)):
        return None
    return first.i


def _hyphen_after_places(doc, i: int, end: int) -> bool:
    """Whether the place at `i` is followed, past more places and commas, by a hyphen joined to it
    before `end` ("Austin-based", "Columbus, Ohio-based")."""
    while i + 1 < end and (doc[i + 1].text == "," or doc[i + 1].ent_type_ in ("GPE", "NORP")):
        i += 1
    return i + 1 < end and doc[i + 1].text == "-" and not doc[i].whitespace_


_CLUB_WORDS = frozenset("fc afc cf sc united athletic rovers wanderers albion hotspur rangers".split())  # "Harbour City FC" is no place


# Readings kept while an article's people are read (`reading_roles_once`): `_role_of`, the role model's
# candidates (`_rule_readings`) and the tests of who is a person read the same rules of the same mention.
_READINGS: contextvars.ContextVar[dict | None] = contextvars.ContextVar("wirebrief_role_readings", default=None)


def _read_once(rule: Callable) -> Callable:
    """`rule` (a function of a mention) computed once per mention while `reading_roles_once` is on."""

    @functools.wraps(rule)
    def read(ent):
        kept = _READINGS.get()
        if kept is None:
            return rule(ent)
        key = (rule, id(ent.doc), ent.start, ent.end, ent.label_)
        if key not in kept:
            kept[key] = rule(ent)
        return kept[key]

    return read


@contextlib.contextmanager
def reading_roles_once():
    """Keep each role rule's reading of each mention until the block ends: within one article,
    whose parsed sentences (and their `user_data`) stay as they are."""
    token = _READINGS.set({})
    try:
        yield
    finally:
        _READINGS.reset(token)


def _says_no_more(role: str, known: str) -> bool:
    """Whether every word of `role` is in `known`, a word standing for another it begins ("Sen."
    and "Senator", "Israeli" and "Israel")."""
    words = lambda text: [w.strip(".,;’'").lower() for w in text.split()]
    same = lambda a, b: a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))
    have = words(known)
    return all(any(same(w, k) for k in have) for w in words(role))


@_read_once
def _role_of(ent) -> str | None:
    """The role a sentence gives a name, by the parse: an appositive after it ("Rustem Umerov, the
    head of …", "Pugh, 27"), a description it is the appositive of ("Trump's former strategist,
    Steve Bannon", "the warrior Kora (Sofia Boutella)"), a title or description in front of it ("US
    Secretary of State Marco Rubio", "makeup artist Daniel Martin"), a relative clause ("…, who
    was the lead sponsor of …", "…, who heads …") or a predicate ("Varga became CEO of …")."""
    title = _title_role(ent) or _counsel_role(ent) or _based_in(ent) or _kind_after(ent)
    if title and ent.label_ == "ORG" and _is_person_title(title) and _ends_as_a_body(ent.text):
        title = None  # "City host Wigan Athletic on Wednesday": a person's word, misread, before a club's name
    appositive = _appositive_role(ent)
    other = appositive if appositive and not appositive.isdigit() else None
    clause = _relative_clause_role(ent)  # "The group's organiser, Diane Reyes, who led the campaign": beside a description before the name
    agent = _agent_role(ent)
    other = other or clause or _predicate_role(ent) or _description_before_comma(ent) or _appositive_in_words(ent) or _bare_occupation_after(ent) or agent or _part_played(ent) or _done_by(ent)
    if appositive and appositive.isdigit():  # "Hunt, 56, is the MP for …": an age is no role, given only where nothing else is
        other = other or appositive
    if title and other and (set(title.lower().split()) <= set(other.lower().split()) or _says_no_more(title, other)):
        title = None  # "the late actor Peter O'Toole" read both ways
    affiliation = _affiliation(ent) or (_workplace_opening(ent) if title else None)
    if affiliation and title and affiliation in title:
        affiliation = None  # "Professor Tom Ford of Harwick University": the title took it in
    parts = [p for p in (title, _acting_for(ent) or _counsel_for(ent), _party(ent), affiliation, other) if p]
    if len(parts) > 1 and _AGE_RE.fullmatch(parts[-1]):
        parts.pop()  # "Retired teacher Susan Park, 68": the title, not the age
    # a post the sentence says the player was elected, named or appointed to, or became, beside a description
    # ("Nicola Aprile, 52, mayor of Isernia until last year, was elected president of the region")
    appointed = ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.lemma_.lower() in _APPOINTING_VERBS | {"become"}
    predicate = _predicate_role(ent) if appointed else None
    for more in (clause, _post_held(ent), agent, predicate):  # beside a description ("Mikel Ander, a former …, has managed Brentvale since 2022")
        if more and not any(_says_no_more(more, p) for p in parts):
            parts.append(more)
    # "whose debut" (of "Reyes, whose debut Salt Water …") says whose only with the clause's antecedent;
    # a clause after the name is that name's ("Jessica Moore, whose two children attend Oakridge")
    return _joined([p for p in parts if p is clause or p.split()[0] not in ("whose", "who", "which")])


@_read_once
def _kind_after(ent) -> str | None:
    """ "The GMB union, which represents 1,500 staff, said …": an organisation's name in front of the noun for
    its kind, and what a clause set off after that noun says of it ("union; represents 1,500 staff")."""
    doc, root = ent.doc, ent.root
    kind = root.head
    # ("the GDL train drivers' union": lower-case words between the name and the noun, the name hung on the first)
    while root.dep_ == "compound" and kind.i < len(doc) - 1 and kind.dep_ in ("compound", "poss") and kind.head.i > kind.i and kind.is_lower and not kind.ent_type_ \
            and kind.pos_ == "NOUN" and kind.lower_ not in _ORG_NOUNS and kind.head.i - ent.end <= 4:
        kind = kind.head
    if ent.label_ != "ORG" or root.dep_ != "compound" or kind.i < ent.end or kind.pos_ != "NOUN" or kind.lower_ not in _ORG_NOUNS - _GENERIC_ORG_NOUNS | {"union", "charity"}:
        return None
    between = doc[ent.end : kind.i]
    if any(not (t.is_lower and t.pos_ in ("NOUN", "ADJ") or t.tag_ == "POS") or t.ent_type_ for t in between):
        return None
    clause = _relative_clause_role(doc[ent.start : kind.i + 1])
    text = doc[ent.end : kind.i + 1].text
    return f"{text}; {clause}" if clause else text


@_read_once
def _based_in(ent) -> str | None:
    """ "Glasgow-based Northlight Pictures": where an organisation is based, right before its name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 3 or doc[ent.start - 1].lower_ != "based" or doc[ent.start - 2].text != "-" or doc[ent.start - 3].whitespace_:
        return None
    start = ent.start - 3
    while start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN":
        start -= 2  # "Columbus, Ohio-based"
    while start >= 1 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ == "ORG" and doc[start - 1].head.i == start:
        start -= 1  # "New York-based"
    return doc[start : ent.start].text


@_read_once
def _affiliation(ent) -> str | None:
    """ "Professor Graham Weir, of the University of Glasgow, said …": where a person is from, set
    off by commas right after the name (a named organisation or place), or right after it without
    them where it is an organisation ("Tom Ford of Acme Holdings said …")."""
    doc, root = ent.doc, ent.root
    if ent.label_ not in ("PERSON", "") or ent.end + 1 >= len(doc):
        return None
    # an organisation by the recogniser, or a proper name ending in an organisation's word ("Harwick Energy")
    organisation = lambda g: g.ent_type_ == "ORG" or g.pos_ == "PROPN" and g.lower_ in _NAME_ENDINGS | _ORG_NOUNS and g.ent_type_ not in ("GPE", "PERSON")
    if doc[ent.end].lower_ in ("of", "from", "at"):  # "Tom Ford of Acme Holdings said …": an organisation only (a place is a home)
        place = next((c for c in root.children if c.dep_ == "prep" and c.i == ent.end), None)
        if place is None or not any(g.dep_ == "pobj" and organisation(g) for g in place.children):
            return _kind_and_organisation(ent)
    else:
        place = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i == ent.end + 1), None)
        kinds = ("ORG", "GPE", "FAC") if place is not None and place.lower_ == "of" else ("ORG",)
        if doc[ent.end].text != "," or place is None or not any(g.dep_ == "pobj" and (g.ent_type_ in kinds or organisation(g)) for g in place.children):
            return _kind_and_organisation(ent)
    end = place.right_edge.i + 1
    while end > place.i + 1 and doc[end - 1].is_punct:
        end -= 1
    if end < len(doc) and doc[end].text not in (",", ".", ";", ")") and doc[ent.end].lower_ not in ("of", "from", "at"):
        return None
    return _role_text(doc, place.i, end, place)


@_read_once
def _workplace_opening(ent) -> str | None:
    """ "At the Pilton food bank in Edinburgh, volunteer coordinator Sandeep Gill said …": a phrase opening the
    sentence with "at" an organisation (by its noun or the recogniser), set off by a comma, says where the
    titled subject right after it works ("at the Pilton food bank"); not "At the meeting, …"."""
    doc, root = ent.doc, ent.root
    opening = doc[ent.sent.start]
    if opening.lower_ != "at" or root.dep_ != "nsubj" or opening.head.i != root.head.i:
        return None
    place = next((g for g in opening.children if g.dep_ == "pobj"), None)
    comma = opening.right_edge.i + 1
    if place is None or comma >= ent.start or doc[comma].text != "," or any(t.ent_type_ == "PERSON" or t.is_punct for t in doc[comma + 1 : ent.start]):
        return None
    if not (place.ent_type_ == "ORG" or place.lower_ in _ORG_NOUNS or place.pos_ == "PROPN" and place.lower_ in _NAME_ENDINGS):
        return None
    end = next((c.i for c in place.children if c.dep_ == "prep" and c.i > place.i), place.i + 1)  # without "in Edinburgh"
    return "at " + doc[opening.i + 1 : end].text


def _kind_and_organisation(ent) -> str | None:
    """ "Greg Olsen of the law firm Olsen & Park, who …", "Simon Okoye, of the consultancy Air Insight, said":
    "of", the kind of organisation in lower case and its name, read from the words (the parse hangs the
    name on the kind, or breaks it up), up to a comma or the sentence's end."""
    doc = ent.doc
    i = ent.end + (doc[ent.end].text == ",")
    if i + 3 >= len(doc) or doc[i].lower_ != "of" or doc[i + 1].lower_ != "the":
        return None
    j = i + 2
    while j < len(doc) and j - i < 5 and doc[j].is_lower and doc[j].pos_ == "NOUN" and not doc[j].ent_type_:
        j += 1
    name = next((e for e in doc.ents if e.start == j and e.label_ == "ORG"), None)
    if j == i + 2 or name is None:
        return None
    if name.end < len(doc) and not doc[name.end].is_punct:
        return None
    return doc[i : name.end].text


@_read_once
def _part_played(ent) -> str | None:
    """ "Castellano plays her partner", "Holm plays a detective hunting …", "Lee voices Kora", "Berg
    stars as the queen": an actor's part, where what is played is a person's noun ("plays football",
    "played a role" are no part; a name could be an opponent: "Djokovic plays Alcaraz")."""
    doc, root = ent.doc, ent.root
    verb = root.head
    if ent.label_ in ("PERSON", "") and root.dep_ == "dobj" and verb.lemma_.lower() in ("star", "cast", "feature") and verb.i < ent.start:
        # "The drama stars Callum Reid as a trawlerman": "stars as a trawlerman"
        played = [g for c in [*root.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "as" and c.i >= ent.end for g in c.children if g.dep_ == "pobj"]
        if played and played[0].pos_ == "NOUN" and (_is_occupation(played[0]) or _personal(played[0].lower_, epithet=True) or _person_word(played[0].lower_)):
            part = _role_text(doc, played[0].left_edge.i, played[0].right_edge.i + 1, played[0])
            return f"{verb.lower_} as {part}" if part else None
        return None
    if ent.label_ not in ("PERSON", "") or root.dep_ != "nsubj" or verb.i < ent.end or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma in ("play", "portray", "voice"):
        parts = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma == "star":
        parts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    else:
        return None
    part = parts[0] if parts else None
    if part is None or part.pos_ != "NOUN" or not (_is_occupation(part) or _personal(part.lower_, epithet=True)):
        return None  # a name can be an opponent as well as a character ("Djokovic plays Alcaraz")
    return _role_text(doc, verb.i, part.right_edge.i + 1, part)


@_read_once
def _counsel_role(ent) -> str | None:
    """ "Prosecuting, Sarah Imrie said …", "Defending, Paul Greaves said …": British court reports
    give counsel's side as a bare participle opening the sentence, the name the subject after it."""
    doc, root = ent.doc, ent.root
    if root.dep_ != "nsubj" or ent.start < 2 or doc[ent.start - 1].text != ",":
        return None
    opening = doc[ent.start - 2]
    bare = opening.tag_ == "VBG" and opening.head.i == root.head.i and all(c.is_punct for c in opening.children)
    if bare and opening.i == ent.sent.start and opening.lemma_.lower() in ("prosecute", "defend", "mitigate", "represent"):
        return opening.text
    return None


_COUNSEL_SUFFIXES = frozenset("kc qc sc".split())  # King's, Queen's, Senior Counsel, written after a barrister's name
_COURT_SIDES = frozenset("prosecution defence defense crown claimant claimants defendant defendants appellant respondent".split())


def _counsel_for(ent) -> str | None:
    """ "Jonathan Price KC, for Vane, …", "Rachel Dunn, for the prosecution, …": British court reports set
    counsel's side off after the name, "for" a party; a barrister's letters after the name or a side of the
    case ("for the Crown") say the "for" is counsel's (not "Ann Lee, for her part, …"). With the letters."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "") or ent.end + 3 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ != "for":
        return None
    end = next((t.i for t in doc[ent.end + 2 : ent.end + 7] if t.text in (",", ".", ";", ")")), None)
    if end is None or end == ent.end + 2:
        return None
    side = doc[ent.end + 2 : end]
    letters = ent[-1].lower_.rstrip(".") in _COUNSEL_SUFFIXES
    if any(t.tag_ in ("PRP", "PRP$") for t in side) or not (letters and side[-1].pos_ == "PROPN" or side[-1].lower_ in _COURT_SIDES):
        return None
    return f"{ent[-1].text}, for {side.text}" if letters else f"for {side.text}"


@_read_once
def _acting_for(ent) -> str | None:
    """ "Writing for the panel, Justice Samuel Greene said …", "Opening the case for the prosecution on
    Tuesday, Rachel Dunn KC told …": a participle opening the sentence, set off by a comma before its
    subject, that says for whom the subject acts ("for" a common noun); without when it happened."""
    doc, root = ent.doc, ent.root
    opening = doc[ent.sent.start]
    comma = root.left_edge.i - 1
    if root.dep_ != "nsubj" or opening.tag_ != "VBG" or opening.dep_ != "advcl" or opening.head.i != root.head.i:
        return None
    if comma <= opening.i or doc[comma].text != "," or opening.right_edge.i != comma - 1:
        return None
    side = next((g for c in opening.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if side is None or side.ent_type_:
        return None
    end = side.right_edge.i + 1
    when = next((c for c in side.children if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)), None)
    if when is not None and when.i > side.i:
        end = when.i
    return doc[opening.i : end].text if end - opening.i <= PART_MAX_WORDS else None


@_read_once
def _party(ent) -> str | None:
    """A US politician's party and state after the name: "Rand Paul (R-Ky.)", "…, D-Calif., …",
    or in brackets right after it, read from the words ("Ron Johnson(R-Wisc.)")."""
    found = _party_appositive(ent)
    if found:
        return found[1]
    doc = ent.doc
    bracket = ent.text.find("(")
    window = doc[ent.start : min(len(doc), ent.end + 8)].text  # not doc.text: building it for every name was slow
    after = window[bracket if bracket >= 0 else len(ent.text) :][:20]
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
_APPOINTING_VERBS = frozenset("appoint name elect hire choose pick select install confirm nominate".split())  # "Y named X as …"
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


def _between_conjuncts(doc, first: int, comma: int) -> bool:
    """Whether the comma at `comma` separates words of one list in lower case ("billing, inventory and
    credit software", "a writer, director and producer"): a word between `first` and the comma has a
    conjunct after it, and the word after the comma is a lower-case common word, no name."""
    after = doc[comma + 1] if comma + 1 < len(doc) else None
    if after is None or not after.is_lower or after.pos_ not in ("NOUN", "ADJ", "VERB") or after.ent_type_:
        return False
    return any(c.dep_ == "conj" and c.i > comma and c.is_lower and not c.ent_type_ and c.pos_ in ("NOUN", "ADJ", "VERB")
               for t in doc[first:comma] for c in t.children)


def _role_text(doc, start: int, end: int, head) -> str | None:
    """The words from `start` to `end` (exclusive), cut at the first comma, bracket or dash after
    the role's head and at a relative clause when the whole runs past ROLE_MAX_WORDS; None when
    still too long or when there are no words."""
    stop = end
    quoted = False  # a comma inside a quoted title does not end the role ("co-star in “Don’t Worry, Darling”")
    for token in doc[head.i + 1 : end]:
        if token.text in ("“", "”", '"'):
            quoted = token.text == "“" or (token.text == '"' and not quoted)
        if token.text == "," and _between_conjuncts(doc, head.i, token.i):
            continue  # "sells billing, inventory and credit software": a comma of a list of common words
        if token.text in _ROLE_CUTS and not quoted:
            stop = token.i
            break
    while start < stop < len(doc) and not doc[stop - 1].whitespace_ and (doc[stop].text == "-" or not doc[stop].is_punct):
        stop += 1  # not inside a word ("co-star")
    # a relative clause the cut would end inside goes whole: "a London developer whose chairman, …, is a donor"
    broken = next((c for c in head.children if c.dep_ == "relcl" and c.left_edge.i < stop <= c.right_edge.i), None)
    if broken is not None and broken.left_edge.i > head.i:
        stop = broken.left_edge.i
    # when the sentence's event happened is no part of the post: "manager on Friday", "chief executive since May";
    # how long it has been held is ("her editor of 30 years", "a member for a decade")
    # (a clause's "has coached the Hawks since 2019" keeps its time: it says how long)
    when = next((c for c in head.children if head.pos_ in ("NOUN", "PROPN") and c.dep_ == "prep" and c.lower_ not in ("of", "for") and head.i < c.i < stop
                 and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)), None)
    if when is not None:
        stop = when.i
    words = [t for t in doc[start:stop] if not t.is_space]
    for dep in ("relcl", "acl", "cc"):  # too long: without a relative clause, then without what follows "and"
        if len(words) <= ROLE_MAX_WORDS:
            break
        # (a relative clause on a noun inside the role goes too: "a center from Cedar Falls High who had committed …")
        cut = next((t for t in doc[head.i + 1 : stop] if t.dep_ == dep and (t.head.i == head.i or dep == "relcl" and head.i < t.head.i < t.i)), None)
        if cut is not None:
            stop = cut.left_edge.i if dep != "cc" else cut.i
            words = [t for t in doc[start:stop] if not t.is_space]
    # a description still too long loses its last phrases, outside any name ("… School of Public Health in Ann Arbor")
    while len(words) > ROLE_MAX_WORDS and head.pos_ in ("NOUN", "PROPN"):
        last = next((t for t in reversed(doc[head.i + 1 : stop]) if t.dep_ == "prep" and t.right_edge.i == words[-1].i and not t.ent_type_), None)
        if last is None:
            break
        # a phrase inside a clause goes with its clause ("… nomination as he seeks re-election despite facing dozens …")
        clause = next((a for a in last.ancestors if head.i < a.i and a.dep_ in ("advcl", "relcl", "acl", "pcomp")), None)
        stop = min(last.i, clause.left_edge.i) if clause is not None and clause.left_edge.i > head.i else last.i
        words = [t for t in doc[start:stop] if not t.is_space]
    while words and (words[-1].is_punct or words[-1].dep_ in ("cc", "prep")):
        words.pop()
    while words and words[0].is_punct:
        words.pop(0)
    if not words or len(words) > ROLE_MAX_WORDS:
        return None
    text = doc[words[0].i : words[-1].i + 1].text.strip()
    if text.count("“") > text.count("”") or text.count('"') % 2:  # a quoted title closed after its comma: 'in "Don't Worry, Darling,"'
        close = words[-1].i + 1 + (words[-1].i + 1 < len(doc) and doc[words[-1].i + 1].text == ",")
        if close < len(doc) and doc[close].text in ('"', "”"):
            text = doc[words[0].i : close + 1].text.strip()
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return None  # starts or ends inside a quotation
    return text


@_read_once
def _appositive_role(ent) -> str | None:
    """ "Name, the head of X," and "Name, 27," (an age, or what follows it: "Name, 29, a nurse"),
    and "the head of X, Name": both where the name has both ("Brightwave's chairman, Sir Nigel
    Fenwick, a former BP executive, …"; an age only where nothing else is said)."""
    after = _appositive_after(ent) or _appositive_after_home(ent) or _appositive_read_as_subject(ent)
    before = _appositive_before(ent)
    if after and before and not _AGE_RE.fullmatch(after):
        return after if _says_no_more(before, after) else f"{before}; {after}"
    return before or after


def _appositive_read_as_subject(ent) -> str | None:
    """ "March, the left-arm seamer signed from Leicestershire, found swing", "Sunday, 62, a retired midwife, said":
    the appositive of a calendar name that the parse read as the verb's time, making what is set off after it the
    verb's subject; the description (an age's, where one opens it), closed by a comma before the verb."""
    doc, root = ent.doc, ent.root
    if ent.label_ != "PERSON" or root.dep_ != "npadvmod" or not _calendar(root) or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    verb = root.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == ent.end + 1), None)
    if subject is None or verb.i < subject.i or not any(t.text == "," for t in doc[subject.right_edge.i : verb.i]):
        return None
    if subject.like_num:  # "Sunday, 62, a retired midwife,": the age's appositive, else the age
        described = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN" and _for_a_person(c)), None)
        if described is None:
            return subject.text if doc[subject.i + 1].text == "," else None
        subject = described
    elif not (subject.pos_ == "NOUN" and (_for_a_person(subject) or _is_occupation(subject) or any(c.dep_ in ("det", "poss") and c.i == subject.left_edge.i for c in subject.children))):
        return None  # (a noun phrase set off by commas after a person's name describes them: "the left-arm seamer")
    end = subject.right_edge.i + 1
    while end > subject.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[subject.left_edge.i : end].text


def _after_a_persons_name(ent) -> bool:
    """Whether a name is the place or body a person's name right before it is "of" or "from" ("Anna Berg of
    Harwick Energy"), so that an appositive after it may be the person's."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("of", "from") or root.head.i != ent.start - 1:
        return False
    name = root.head.head
    return name.i == ent.start - 2 and name.pos_ == "PROPN" and (name.ent_type_ in ("PERSON", "") or person_token(name))


def _appositive_after_home(ent) -> str | None:
    """ "Sen. Rosalind Mayfield of Washington, the committee's top Democrat, …", "Professor Anna Lind of
    Uppsala University, a virologist, …": the appositive set off after the place or body the name is "of"
    or "from" (which `_title_role` and `_affiliation` read)."""
    doc = ent.doc
    home = next((c for c in ent.root.children if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i == _after_brackets(ent)), None)
    if home is None or home.right_edge.i + 2 >= len(doc) or doc[home.right_edge.i + 1].text != ",":
        return None
    start = home.right_edge.i + 2
    # the head of the phrase set off there, wherever the parse hangs it (on the name or on the place)
    noun = next((t for t in doc[start:] if t.head.i < start or t.head.i == t.i), None)
    if noun is not None and noun.lower_ == "one":  # "one of the city's best-known chefs"
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), noun)
    if noun is not None and not noun.like_num and not _says_what_a_person_is(noun):
        # "Tom Ford of the Harwick Trust, a charity that runs food banks", "Maria Ruiz from Tepito, a neighbourhood
        # known for …", "Anna Berg of Harwick Energy, the region's biggest employer": the place's or the body's,
        # not the person's; only a word for a person is hers ("a virologist", "the committee's top Democrat")
        return None
    after = _appositive_after(ent, start)
    return None if after is None or _AGE_RE.fullmatch(after) else after  # ("Tom Price of Leeds, 54,": an age is no role)


def _says_what_a_person_is(noun) -> bool:
    """Whether an appositive's noun is a word only for a person: a role, an occupation, a people's member
    ("the committee's top Democrat", "a virologist", "a Frenchman"); not one an organisation or a place may be
    too ("the region's biggest employer", "the leading exporter", "a neighbourhood", "the state")."""
    word = noun.lower_
    if word in _ORG_NOUNS:
        return False
    return (word in ROLE_NOUNS | PERSON_NOUNS | OCCUPATIONS or noun.ent_type_ == "NORP" or _capitalised_description(noun)
            or _personal(word, epithet=True) or word.endswith(("man", "woman")))


def _appositive_after(ent, start: int | None = None) -> str | None:
    """ "Name, the head of X," and "Name, 27," (an age, or what follows it: "Name, 29, a nurse");
    `start` is where the appositive after the name must begin."""
    doc, root = ent.doc, ent.root
    # after the name, or after an acronym in brackets ("The World Health Organization (WHO), the UN's health agency")
    start = _after_brackets(ent) + 1 if start is None else start
    # (an organisation's name with "of"/"for" in it hangs the appositive on its last word: "the British Trust for
    # Ornithology, a charity that …")
    last = [*ent[-1].children] if ent[-1] is not root and ent.label_ not in ("PERSON", "") else []
    # "May, a 25-year-old wing …, finished": an appositive set off by commas that the parse made a second subject
    second = [c for c in root.head.children if root.dep_ == "nsubj" and c.dep_ == "nsubj" and c.i > root.i and c.pos_ == "NOUN"
              and c.right_edge.i + 1 == root.head.i and "," in (doc[c.right_edge.i].text, doc[c.right_edge.i - 1].text)]
    for child in [*root.children, *(g for c in root.children if c.dep_ == "appos" for g in c.children), *last, *second]:
        if child.dep_ != "appos" and child not in second or child.i < ent.end or start > len(doc) or doc[start - 1].text not in (",", "(", "—", "–") or child.left_edge.i != start:
            continue
        if child.like_num and child.i == start and doc[start - 1].text == "," and child.text.isdigit() and 0 < int(child.text) < 120:
            more = _appositive_after(ent, child.i + 2) if child.i + 2 < len(doc) and doc[child.i + 1].text == "," else None
            # "Kerry Ansell, 44, of Mill Road, Stockport, admitted …": where the person lives
            home = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == child.i + 2), None)
            if more is None and home is not None:
                return f"{child.text}, {doc[home.i : home.right_edge.i + 1].text.rstrip(' ,;')}"
            return more or child.text  # "Priya Rao, 29, a nurse from …": what she is, not her age
        if child == (_party_appositive(ent) or (None,))[0]:  # `_party`; and what follows it ("Jan Whitley, R-Wake, the budget's chief writer")
            end = next((t.i for t in doc[child.left_edge.i : child.right_edge.i + 2] if t.text in _ROLE_CUTS), None)
            more = _appositive_after(ent, end + 1) if end is not None and doc[end].text == "," and end + 1 < len(doc) and end + 1 > start else None
            if more:
                return more
            continue
        # "one of Musk's charities": the noun after "one of"
        noun = next((g for c in child.children if child.lower_ == "one" and c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), child)
        # "the warrior Kora" (not a name in front: "a former Lady Hawks point guard")
        named = any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" and c.i > noun.i for c in noun.children)
        # "a Democrat from Ohio", "the Wyoming Republican", "the committee's top Democrat"
        member = noun.ent_type_ == "NORP" and noun.tag_ == "NNP" and any(c.lower_ in ("a", "an", "the") or c.dep_ == "poss" for c in noun.children)
        # an adjective with "a" the tagger read for the noun it stands for: "Gus Ramirez, a regular for four decades"
        nominal = noun.pos_ == "ADJ" and noun.text.islower() and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        if noun.right_edge.i == noun.i == child.left_edge.i and (noun.tag_ in ("VBG", "VBN") or noun.is_lower and noun.lower_.endswith("ing") and noun.lower_ not in _TITLE_WORDS):
            continue  # "Dale Okonkwo, laughing, said …": how he spoke, no role
        people_word = noun.lower_ in ROLE_NOUNS | PERSON_NOUNS | OCCUPATIONS or noun.ent_type_ == "NORP" or _capitalised_description(noun)
        if ent.label_ not in ("PERSON", "") and people_word and _after_a_persons_name(ent):
            return None  # "Anna Berg of Harwick Energy, the company's finance chief": the person's, not the organisation's
        described = ent.label_ in ("PERSON", "") and _capitalised_description(noun)  # "…, the last Frenchman in the top 20"
        if (_is_role_word(noun) or member or nominal or described) and not named:
            right = child.right_edge.i
            for piece in root.children:  # "co-star" parsed as three appositives: what follows hangs on the last
                if piece.dep_ == "appos" and piece.left_edge.i == right + 1 and doc[right].whitespace_ == "":
                    right = piece.right_edge.i
            return _role_text(doc, child.left_edge.i, right + 1, noun)
    return None


def _appositive_before(ent) -> str | None:
    """ "the head of X, Name", "their daughter Sarah", and a plural appositive after a list of names."""
    doc, root = ent.doc, ent.root
    shared = _shared_appositive(ent) or _listed_after_plural(ent)
    if shared:
        return shared
    head = root.head
    before = ent.start - 1  # the comma or bracket before the name and its honorific ("…, Dr Urho Kujala")
    while before > 0 and doc[before].lower_.rstrip(".") in _HONORIFICS:
        before -= 1
    ages = [c for c in root.lefts if c.dep_ == "amod" and c.right_edge.i == before and c.ent_type_ == "DATE"]
    if ages and doc[ages[0].left_edge.i - 1].text == ",":
        before = ages[0].left_edge.i - 1  # "The winner, 19-year-old Leo Grant, …": past the name's age
    # past a title in front of the name ("The company's founder, chief executive Tom Hale, …"; `_title_role` reads it)
    titled = [c for c in root.lefts if c.dep_ in ("compound", "amod") and c.i < ent.start and not c.ent_type_]
    if not ages and titled and doc[before].text != "," and _person_word(head.lower_) and _title_role(ent):
        opening = min(c.left_edge.i for c in titled)
        if opening > 0 and doc[opening - 1].text == "," and max(c.right_edge.i for c in titled) == before:
            before = opening - 1
    marked = head.i < before and doc[before].text in (",", "(")
    owner = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("of", "at", "for") else None
    if marked and doc[before].text == "," and not _is_role_word(head) and owner is not None and owner.i < head.i and _is_role_word(owner):
        head = owner  # "The former chairman of Redvale Water, Nigel Sharpe": the parse hangs the name on the organisation
    if any(t.text in _ROLE_CUTS for t in doc[head.i + 1 : before]):
        return None  # "her son, Manuel Delgado, who has run the restaurant, Casa Rosa, …": the description is another name's
    if root.dep_ == "appos" and marked and doc[before].text == "," and person_token(head) and not set_off_for(root, head):
        return None  # "Lawyers for the former mayor, Peter Grant,": the name stands for another person's word
    if root.dep_ == "appos" and marked and head.tag_ == "NNS" and not any(c.dep_ == "conj" for c in root.children):
        return None  # "More than 40 people from the sheriff's office, Lake Travis Fire Rescue, …": one of a list, not what many are
    if root.dep_ == "appos" and marked and _fronted_adverbial(ent, head):
        return None  # "A short walk upstream, Walt Kowalczyk, 78, is sitting …": where, not who
    if root.dep_ == "appos" and (marked or head.i == before):  # "Trump's former strategist, Steve Bannon"; "their daughter Sarah"
        bracketed = ent.start > 0 and doc[ent.start - 1].text == "(" and head.pos_ == "PROPN"
        if bracketed and ent.label_ in ("PERSON", "") or _is_role_word(head) or ent.label_ in ("PERSON", "") and _capitalised_description(head):
            start = head.left_edge.i
            if bracketed and head.dep_ == "appos" and head.head.i == head.i - 1:  # "the warrior Kora (…)"
                start = head.head.left_edge.i
            outer = head.head
            described = _is_role_word(outer) and (_is_occupation(outer) or _personal(outer.lower_))  # not "Outside court, …"
            if not bracketed and head.dep_ == "appos" and outer.i < start and doc[start - 1].text == "," and described and outer.i == start - 2:
                start = outer.left_edge.i  # "Corvane's largest shareholder, the activist fund Blue Harbor Capital"
            if doc[start].lower_ == "whose":  # "the Student Union, whose president, Omar Farouk, …"
                return _whose_role(doc, start, before if marked else before + 1, head)
            named_before = doc[start:before]
            if bracketed and all(t.pos_ == "PROPN" for t in named_before) and not _a_characters_name(named_before):
                return None  # "the goal came from Arsenal (Bukayo Saka)": a name in brackets after a team's, a place's
            role = _role_text(doc, start, before if marked else before + 1, head)
            if role and bracketed and all(t.pos_ == "PROPN" for t in named_before):
                if len(ent) < 2:
                    return None  # "5. Oliver Penhale (McLaren)", "Sen. Ann Holt (Labour)": a one-word name in brackets is a team's, a party's, no actor's
                return f"as {role}"  # "Atticus Noble (Ed Skrein)": the part a name in brackets plays
            return role
    return None


def _capitalised_description(noun) -> bool:
    """A capitalised singular noun with an article that says what the person named beside it is, where
    `_is_role_word` reads capitals as a name's: a people's member ("the Dutchman Bram Oosterhuis", "the
    German, Jonas Mai,"), or an office's acronym with its portfolio in lower case ("The MMC for
    environment and infrastructure services, Lerato Mphahlele,"); not a body's or a place's name."""
    if noun.tag_ not in ("NNP", "NN") or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children):
        return False
    if noun.tag_ == "NNP" and (noun.ent_type_ == "NORP" or not noun.ent_type_ and noun.is_alpha and _AGENT_RE.search(noun.lower_)):
        return True
    portfolio = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i == noun.i + 1
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.is_lower]
    return ACRONYM_RE.fullmatch(noun.text) is not None and bool(portfolio)


def _fronted_adverbial(ent, head) -> bool:
    """Whether the phrase the parse set a person's name in apposition to is the sentence's opening
    adverbial, not a description of the person: it opens the sentence, and its head is no word that
    could stand for a person ("A short walk upstream, Walt Kowalczyk, 78, is sitting …", "Two doors
    down, Maria Lopez …"); a definite or owned phrase is a description still, whatever its noun ("The
    club's new captain, Ella Shaw, …", "The suspect, Tom Reyes, …")."""
    if ent.label_ not in ("PERSON", "") or head.pos_ not in ("NOUN", "ADV") or head.left_edge.i != ent.sent.start:
        return False
    opening = head.left_edge
    if opening.lower_ in ("the", "this", "that") or opening.tag_ in ("PRP$", "POS") or any(t.tag_ == "POS" for t in head.doc[opening.i : head.i]):
        return False
    word = head.lower_
    return not (person_token(head) or _person_word(word) or _is_occupation(head) or _personal(head.lemma_.lower()))


_PLACE_LABELS = ("GPE", "LOC", "NORP")


_ADDRESS_WORDS = frozenset("street road avenue lane square boulevard".split())  # "Downing Street" is a place


def _a_characters_name(span) -> bool:
    """Whether proper nouns before a name in brackets can be a character's: no place, building or
    nationality by the recogniser, no organisation's, club's or street's word ("Acme Holdings",
    "Downing Street"), and tagged an organisation only when shaped like a person's name (the small
    model tags "Atticus Noble" ORG, but a one-word organisation, "Arsenal", is a team)."""
    if any(t.ent_type_ in ("FAC", *_PLACE_LABELS) or t.lower_ in _ORG_WORDS | _NAME_ENDINGS | _CLUB_WORDS | _ADDRESS_WORDS for t in span):
        return False
    return len(span) > 1 or span[0].ent_type_ != "ORG"


def _shared_appositive(ent) -> str | None:
    """ "Anna Holt and Mark Reyes, the company's founders, said …": a plural appositive after a list of
    two or more names is each one's role, in the singular ("the company's founder")."""
    doc, root = ent.doc, ent.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    names, queue = [], [first]
    while queue:  # "A, B and C": C hangs on B
        name = queue.pop()
        names.append(name)
        queue += [c for c in name.children if c.dep_ == "conj"]
    if len(names) < 2 or not all(n.ent_type_ in ("PERSON", "ORG") for n in names):
        return None  # (the small model tags some of a list's people ORG)
    last = max(names, key=lambda n: n.i)
    end = last.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    for child in [c for n in names for c in n.children]:
        if child.dep_ == "appos" and child.tag_ == "NNS" and child.i > end and doc[end].text == "," and _is_role_word(child):
            start = child.left_edge.i
            if doc[start].lower_ in ("both", "all") or doc[start].dep_ == "nummod" and doc[start].head.i == child.i:
                start += 1  # "…, two former bankers who met at …": each a former banker
            if start != end + 1 and doc[end + 1].lower_ not in ("both", "all") and doc[end + 1].dep_ != "nummod" or any(c.dep_ == "nummod" and c.i >= start for c in child.children):
                return None  # ("the company's two founders" has no singular to give)
            role = _role_text(doc, start, child.right_edge.i + 1, child)
            if role is None:
                return None
            before_head = doc[start : child.i].text_with_ws
            return before_head + child.lemma_ + role[len(before_head) + len(child.text) :]  # the head in the singular
    return None


def _listed_after_plural(ent) -> str | None:
    """ "… by two former Google engineers, Ravi Menon and Clara Stein": a plural description before a list
    of two or more names set off by a comma is each one's, in the singular and without its number
    ("former Google engineer")."""
    doc, first = ent.doc, ent.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head
    listed = any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in first.children)
    if first.dep_ != "appos" or head.tag_ != "NNS" or head.i >= first.i or not listed or doc[first.left_edge.i - 1].text != ",":
        return None
    if not _is_role_word(head) or doc[head.i + 1].text != "," or first.left_edge.i != head.i + 2:
        return None
    words = [t for t in doc[head.left_edge.i : head.i] if t.dep_ not in ("det", "nummod") and not t.like_num]
    text = " ".join([t.text for t in words] + [head.lemma_])
    return text if len(text.split()) <= ROLE_MAX_WORDS else None


def _whose_role(doc, whose: int, end: int, head) -> str | None:
    """A role opened by "whose" says whose it is by the name before it: "the Student Union, whose
    president, Omar Farouk, …" gives "president of the Student Union"; without a name set off by a
    comma right before "whose", the bare role ("a London developer whose chairman" gives "chairman")."""
    role = _role_text(doc, whose + 1, end, head)
    owner = doc[whose - 2] if whose >= 2 and doc[whose - 1].text == "," else None
    if role is None or owner is None or owner.ent_type_ not in ("ORG", "GPE") or owner.ent_iob_ == "":
        return role
    start = owner.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return f"{role} of {doc[start : owner.i + 1].text}"


# Offices before a name, written short: the abbreviated ranks and offices, and acronyms (MP, CFO).
_TITLE_ABBREVIATIONS = OFFICE_TITLES | frozenset("mp mep msp cfo coo cto gp".split())
# Occupations a role noun can name that neither ROLE_NOUNS nor an agent ending (`_AGENT_RE`) covers
OCCUPATIONS = frozenset(
    """anchor host international rusher warden guard forward centre center tackle quarterback linebacker cornerback receiver pitcher catcher
    shortstop goalie winger keeper fullback halfback chef pilot poet cop clerk priest vicar rabbi imam monk nun
    dean provost rector principal teacher student model agent consultant assistant attendant
    accountant veteran graduate surgeon physician dentist author singer songwriter rapper drummer
    photographer reporter lieutenant colonel major marshal admiral trustee nominee rookie signee recruit
    chaplain curate deacon elder aide intern trainee apprentice producer presenter broadcaster speaker whip
    treasurer comptroller solicitor magistrate cardinal archbishop trooper delegate headteacher
    entrepreneur billionaire millionaire writer player worker driver farmer teacher designer founder
    dancer partner supporter volunteer fighter boxer wrestler swimmer runner rider jockey trainer referee
    umpire builder banker trader investor developer engineer programmer lecturer sailor investigator
    auditor counsellor counselor supervisor contractor donor creator curator conductor composer dealer carer
    caregiver nanny qualifier winner finalist champion medallist medalist stylist specialist therapist
    mother father son daughter wife husband brother sister grandmother grandfather uncle aunt widow
    widower fiancé fiancée girlfriend boyfriend""".split()
)
_TITLE_WORDS = ROLE_NOUNS | OCCUPATIONS | _TITLE_ABBREVIATIONS  # a title or occupation written before a name
_TWO_WORD_OCCUPATIONS = frozenset(("running back", "wide receiver", "tight end", "point guard", "first baseman", "police chief", "fire chief"))
_STYLES = frozenset("king queen prince princess duke duchess emperor empress pope".split())  # part of the name: "Prince Harry"


def _is_title(token) -> bool:
    """A title that can stand in front of a name ("Sen.", "President"), not a royal style."""
    word = token.lower_.rstrip(".")
    return word in ROLE_NOUNS | _TITLE_ABBREVIATIONS and word not in _STYLES


@_read_once
def _title_role(ent) -> str | None:
    """The words in front of a name that say what the named is: the name's modifiers by the parse
    ("Florida State outside counsel", "the Vargas' daughter"), with a title the recogniser took
    into the name ("Sen." of "Sen. Chris Coons"), else title-case words and "of" ("former Speaker
    of the House", which the parser often splits); "of X" after the name is kept with a title
    ("Senator Chris Coons of Delaware")."""
    doc, root = ent.doc, ent.root
    # (a company's name ends in a plural that says what it is, "early backer Augusta Ventures", "Harwick Partners": no group)
    company = ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in _NAME_ENDINGS
    if ent[-1].tag_ == "NNPS" and (len(ent) == 1 or ent.label_ not in ("PERSON", "")) and not _kind_of_organisation(doc, ent.start - 1) and not company:
        return None  # a group: "the state Republicans" gives no role ("automaker Stellan Motors" does)
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
        if shared and listed and (_was_plural(doc, start) or plural_word):
            return shared
        # (else the name's own title: "The drama stars Callum Reid as …, and newcomer Aisha Bello as …")
    end = ent.start  # where the role ends: a person's name proper starts after the titles inside it
    named = [t.text for t in doc[max(ent.sent.start, ent.start - 1) : ent.end]]  # (with the word before: "Det Supt …")
    while end < ent.end - 1 and ent.label_ in ("PERSON", "") and (
        _is_title(doc[end]) and not _given_name_as_title(named, end - ent.end + len(named)) or ent.end - end > 2 and _is_occupation_word(doc[end].text)
    ):
        end += 1
    first = ent.start
    # the name's modifiers before it, hung on its head or on another of its words ("Liberal finance critic Derek May",
    # where the parse hangs the title on the given name, reading the month as the head)
    for child in sorted((c for t in ent for c in t.children if c.i < ent.start), key=lambda c: -c.i):
        if child.dep_ in ("compound", "amod", "nmod", "poss") and child.right_edge.i == first - 1:
            first = child.left_edge.i
    before = doc[ent.start - 1] if ent.start > 0 else None
    if first == ent.start and root.dep_ == "npadvmod" and _calendar(root) and before is not None and before.pos_ == "NOUN" and before.is_lower and (_for_a_person(before) or before.lower_ in OCCUPATIONS or _is_occupation(before)) and not before.like_num:
        # "terms with cornerback Jaylen August on …": the parse read the surname as the verb's time and left the word for a
        # person before the name as the object of what came before it
        first = min([before.i, *(c.left_edge.i for c in before.children if c.dep_ in ("compound", "amod", "nmod") and c.i < before.i)])
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_:
        first -= 2  # "co-stars", split by the tokenizer
        # and what modifies the word so joined ("Microsoft co-founder")
        while first > 0 and doc[first - 1].dep_ in ("compound", "amod") and first <= doc[first - 1].head.i < ent.start:
            first = doc[first - 1].left_edge.i
    head = root.head
    if root.dep_ == "appos" and head.i == first - 1 and head.pos_ == "NOUN" and head.is_lower and first < end:
        # "Yarmouth police Sgt. Sean Gannon": the parse hangs the name on the noun before its title, with its modifiers
        first = min([head.i, *(c.left_edge.i for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i)])
    words = list(doc[first:end])
    while words and (words[0].dep_ == "det" or words[0].is_punct or words[0].lower_ in _WEEKDAY_NAMES):
        words.pop(0)
    while len(words) > 1 and words[-1].lower_.rstrip(".") in _HONORIFICS | {"prof"}:
        words.pop()  # "Lead author Dr Hanna Koskinen": the title is what stands before the honorific
    listed = any(c.dep_ == "conj" for c in root.children)  # a plural title is each listed name's in the singular
    plural = bool(words) and (words[-1].tag_ in ("NNS", "NNPS") or _plural_title(words[-1])) and words[-1].i == ent.start - 1
    role = None
    before = doc[words[0].i - 1] if words and words[0].i > ent.sent.start else None
    listed_person = root.dep_ == "conj" and root.head.ent_type_ == "PERSON"  # "Callum Reid …, and newcomer Aisha Bello"
    after_verb = before is not None and (before.tag_ in ("TO", "MD") or before.tag_ == "CC" and not listed_person)
    # (a name that is the subject of a verb after it has no verb in front governing it: "but substitute Danny Cole sealed the win")
    after_verb = after_verb and not (root.dep_ in ("nsubj", "nsubjpass") and root.head.i >= ent.end and before.tag_ == "CC")
    if len(words) == 1 and words[0].is_lower and not _is_occupation(words[0]) and after_verb:
        words = []  # "… and contact Brightwave for a refund": a verb the tagger read as a noun
    if words and words[-1].is_lower and words[-1].lower_.endswith("ing") and len(words[-1]) > 5 and words[-1].lower_ not in ROLE_NOUNS:
        words = []  # "dropped by a diving Sam Okoro": a participle the tagger read as a noun, no title
    # a participle modifies the title ("retired headteacher", "acting director"); an age is part of it ("86-year-old widow")
    # (opening it: "Harbour City FC sacked manager Colin Webb" has its verb read as one)
    # (nor is a participle that a hyphen joins to the word before: "state-owned operator", "Bengaluru-based investor",
    # where the words list nothing: "between the union and state-owned operator X" may be the parse's misreading)
    # an organisation's only: a person's title keeps its head alone, as before ("lawyer" of "London-based lawyer Ann Cole"))
    listed_words = any(t.tag_ == "CC" for t in words) or ent.label_ in ("PERSON", "")
    verb_in = any(t.pos_ in ("VERB", "AUX") and not (k == 0 and t.dep_ == "amod" and t.tag_ in ("VBN", "VBG")) and not (
        t.dep_ == "compound" and t.text[:1].isupper() and _capitalised_title(t, ent)) and not (_hyphen_joined(t) and not listed_words) for k, t in enumerate(words))
    related = bool(words) and ent.label_ not in ("PERSON", "") and words[-1].lower_ in _RELATED_ORGANISATIONS and words[-1].i == ent.start - 1
    if words and (_is_role_word(words[-1]) or related or _capitalised_title(words[-1], ent) or words[-1].i >= ent.start and _is_occupation_word(words[-1].text)) and words[-1].lower_ not in _STYLES and (listed or not plural) and not verb_in and not any(
        t.ent_type_ in _NOT_ROLE_ENTITIES[:6] and not _in_age(t) for t in words
    ):
        if len(words) <= 8:
            role = doc[words[0].i : words[-1].i + 1].text
            if plural:
                role = re.sub(r"(?:(?<=[^s])s|(?<=ch|sh|ss)es)$", "", role)
    elif len(words) >= 2 and words[-1].tag_ == "POS" and words[0].ent_type_ == "ORG" and all(t.ent_type_ == "ORG" or t.tag_ == "POS" for t in words):
        return doc[words[0].i : words[-1].i + 1].text  # an affiliation: "CNN's Jake Tapper"
    elif len(words) >= 2 and words[-1].tag_ == "POS" and words[-2].lower_ in _NAME_ENDINGS and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words[:-1]):
        return doc[words[0].i : words[-1].i + 1].text  # "Harwick Energy's Maria Lopez", whatever the recogniser took it for
    if role is not None and all(t.text[:1].isupper() for t in words) and ent[-1].lower_ in _ORG_NOUNS | _ORG_WORDS | _CLUB_WORDS:
        role = None  # "International Cocoa Organization", the recogniser's "Cocoa Organization": the first word of a body's name
    role = _title_with_field(ent) or role
    if role is None:
        role = _title_in_words(ent, end)
    if role is None:
        role = _occupation_in_words(ent, end)
    if role is None:
        role = _kind_noun_before(ent)
    if role is None:
        return None
    place = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == ent.end), None)
    # ("Analyst Carolina Milanesi of Creative Strategies": a capitalised name the recogniser left untagged too)
    objects = [g for g in place.children if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "ORG") or g.pos_ == "PROPN" and not g.ent_type_)] if place is not None else []
    # ("of the National Weather Service office in Corpus Christi": a body's unit, named by the body)
    units = [g for g in place.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.is_lower and any(
        t.ent_type_ == "ORG" and t.head.i == g.i for t in doc[place.i + 1 : g.i])] if place is not None else []
    if units and not objects and units[0].right_edge.i - place.i <= 9 and not any(t.is_punct for t in doc[place.i : units[0].right_edge.i + 1]):
        role += " " + doc[place.i : units[0].right_edge.i + 1].text
    elif objects and objects[0].right_edge.i - place.i <= 4:
        role += " " + doc[place.i : objects[0].right_edge.i + 1].text  # "of Delaware"
    elif home := _home_place(ent):
        role += " " + home
    return role


def _kind_noun_before(ent) -> str | None:
    """ "staff at the state-owned ferry procurement agency Caledonian Maritime Assets Ltd raised …": the phrase right
    before an organisation's name whose head, the word before the name, says what kind of organisation it is (not
    only that it is one: "the company X", but "the tech company X"), however the parse hangs the name; its determiner left out, nothing
    that names someone or holds a verb of its own."""
    doc, i = ent.doc, ent.start - 1
    if ent.label_ != "ORG" or i < 1 or not _organisation_noun_before(doc, i):
        return None
    noun = doc[i]
    if noun.right_edge.i != i or noun.head.i not in range(ent.start, ent.end) and noun.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "appos"):
        return None
    words = [t for t in doc[noun.left_edge.i : i + 1]]
    while words and words[0].dep_ == "det":
        words.pop(0)
    if not words or len(words) > 6 or any(t.ent_type_ in ("PERSON", "ORG") or t.is_punct and t.text != "-" or t.pos_ in ("VERB", "AUX") and not _hyphen_joined(t) for t in words):
        return None
    if len(words) == 1 and noun.lower_ in _GENERIC_ORG_NOUNS:
        return None  # "the agency X": a generic noun says something only with what qualifies it ("the ferry procurement agency")
    return doc[words[0].i : i + 1].text


def _hyphen_joined(token) -> bool:
    """Whether a participle is the second half of a compound adjective, joined by a hyphen without spaces to the
    word before ("state-owned", "Bengaluru-based", "family-run"), no verb of its own."""
    doc, i = token.doc, token.i
    return token.tag_ in ("VBN", "VBG") and token.dep_ == "amod" and i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def _home_place(ent) -> str | None:
    """ "linebacker Derrick Hale from Mobile, Alabama": "from" and a place right after a titled name (on the
    name, or on the verb whose object the name is: "signed … from Mobile"), with the state or country after
    a comma; not a body ("from Harwick Council" says where a statement or a player came from)."""
    doc, root = ent.doc, ent.root
    heads = [root] + ([root.head] if root.dep_ == "dobj" else [])
    place = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == ent.end), None)
    town = next((g for g in place.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None) if place is not None else None
    if town is None:
        return None
    end = town.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == "GPE":
        end += 1
    if end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].ent_type_ == "GPE" and doc[end + 2].ent_iob_ == "B":
        end += 2
        while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == "GPE":
            end += 1
    return doc[place.i : end + 1].text


def _title_with_field(ent) -> str | None:
    """ "Chief inspector of hospitals Sarah Pell", "head of research Tom Baxter": a listed title, "of" and
    the field it covers in lower case, right before the name; the parse splits it (or reads the field
    alone as the title)."""
    doc = ent.doc
    j = ent.start
    while j - 1 > ent.sent.start and ent.start - j < 3 and doc[j - 1].is_lower and doc[j - 1].pos_ in ("NOUN", "ADJ") and not doc[j - 1].ent_type_:
        j -= 1
    if j == ent.start or j < 2 or doc[j - 1].lower_ != "of":
        return None
    title = doc[j - 2]
    if title.pos_ != "NOUN" or title.lower_ not in ROLE_NOUNS or title.ent_type_:
        return None
    start = min([title.i] + [c.left_edge.i for c in title.children if c.i < title.i and c.dep_ in ("amod", "compound", "nmod")])
    while start < title.i and (doc[start].dep_ == "det" or doc[start].is_punct):
        start += 1
    return doc[start : ent.start].text


def _capitalised_title(token, ent) -> bool:
    """A capitalised title right before a name that no list holds ("County Supervisor Greg Lyle",
    "City Councilmember Aaron Wells", "said Deacon Harold Jenkins"): a proper noun the parse makes
    part of the name, that the recogniser leaves out of it, and that is a known role or occupation
    ("supervisor", "councilmember": a long role noun ending it), or that has a person's ending
    ("-er", "-or", "-ian", "-man") and either is written in lower case elsewhere in the text or is
    tagged apart from the name. An ending alone is a first name's as often ("Connor McGregor",
    "Tyler Herro", "Christian Horner")."""
    word = token.lower_
    doc = token.doc
    # (before an honorific before the name: "Maricopa County Medical Examiner Dr. Lena Ruiz")
    next_to_name = token.i == ent.start - 1 or token.i == ent.start - 2 and doc[ent.start - 1].lower_.rstrip(".") in _HONORIFICS
    # (a capitalised title the tagger read as a common noun: "Epidemiologist Paul Ferris")
    # (or even a verb: "Epidemiologist", a sentence's first word, unknown to the tagger)
    if token.pos_ not in ("PROPN", "NOUN", "VERB") or token.dep_ != "compound" or not next_to_name or not ent.start <= token.head.i < ent.end or ent.label_ not in ("PERSON", ""):
        return False
    tagged_apart = token.ent_type_ == "ORG" and token.ent_iob_ == "B" and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    # (or right after a body's name the recogniser ended before it: "Maricopa County Medical | Examiner")
    tagged_apart = tagged_apart or not token.ent_type_ and token.i > 0 and doc[token.i - 1].ent_type_ in ("ORG", "GPE") and doc[token.i - 1].head.i == token.i
    if token.ent_type_ == "NORP" and token.tag_ == "NNP" and token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"):
        return True  # a party's or a people's member, singular, before the name: "The Liberal Democrat Sarah Okonjo", "Republican Tom Ives"
    if token.ent_type_ and not tagged_apart:
        return False  # inside another name; a one-word "organisation" may be a title the recogniser misread
    if word in ROLE_NOUNS | OCCUPATIONS or any(word.endswith(role) for role in _LONG_ROLE_NOUNS):
        return True
    if token.i == token.sent.start and word in PERSON_NOUNS:
        return True  # capitalised only as the sentence's first word: "Neighbor Tricia Olsen called 911"
    seen_in_lower_case = word in token.doc.user_data.get(LOWER_CASE_WORDS, ())
    if _ist_title(token) or _plural_title(token) and word.endswith("ists"):
        return True
    if token.pos_ == "VERB":
        return False  # "Meteorologist", "Columnist": an ending no given name has
    return len(word) > 5 and bool(_AGENT_RE.search(word)) and (tagged_apart or seen_in_lower_case)


_LONG_ROLE_NOUNS = frozenset(r for r in ROLE_NOUNS if len(r) >= 6)  # that end a compound title: "councilmember", "policewoman"
LOWER_CASE_WORDS = "wirebrief.lower_case_words"  # a parsed sentence's `user_data` key: the words its article writes in lower case


def note_lower_case_words(parsed: dict[int, object], text: str) -> None:
    """Give each parsed sentence the words its article writes in lower case (read by `_capitalised_title`)."""
    words = frozenset(re.findall(r"\b[a-z][a-z-]+\b", text))
    lone = _lone_capitalised_words(text)
    for doc in parsed.values():
        doc.user_data[LOWER_CASE_WORDS] = words
        doc.user_data[LONE_WORDS] = lone


LONE_WORDS = "wirebrief.lone_words"  # a parsed sentence's `user_data` key: the capitalised words its article writes alone


def _lone_capitalised_words(text: str) -> frozenset[str]:
    """The capitalised words the text writes with no capitalised word beside them and as a person's: speaking
    ("Okafor-Lind said", "said Okafor-Lind") or after an honorific ("Ms Okafor-Lind"). A surname stands so;
    the last word of a place's name seldom does ("Rica", "Korea", "Zealand"), and a team's or a country's
    shortened name that does ("Virginia lost at home", "Carolina led", "Rica's coach") does not speak as a
    person. A word in a list of names ("Greece and Macedonia", "Kansas, Duke") is not alone."""
    words = re.findall(r"[A-Za-z][\w’'-]*|[^\sA-Za-z]", text)
    capital = [w[:1].isupper() for w in words]
    listed = lambda k, step: 0 <= k + 2 * step < len(words) and words[k + step] in ("and", "or", "&", ",") and capital[k + 2 * step]  # noqa: E731
    alone = {re.sub(r"[’']s$", "", w) for k, w in enumerate(words)
             if capital[k] and not (k and capital[k - 1]) and not (k + 1 < len(words) and capital[k + 1]) and not listed(k, -1) and not listed(k, 1)}
    word = r"([A-Z][\w’'-]*)"
    # (the word itself written alone there: not "Virginia" of "West Virginia said")
    speaking = [m.group(1) for m in re.finditer(rf"(?<![\w’'-]){word}\s+(?:{SPEECH_VERB_FORMS})\b", text)
                if not re.search(r"[A-Z][\w’'-]*\s+$", text[: m.start()])]
    speaking += re.findall(rf"\b(?:{SPEECH_VERB_FORMS})\s+{word}(?![\w’'-]|\s+[A-Z])", text)
    speaking += re.findall(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+{word}(?![\w’'-]|\s+[A-Z])", text)
    return frozenset(alone & set(speaking))


def _in_age(token) -> bool:
    """Whether a token is part of an age written before a noun ("86-year-old")."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return token.ent_type_ == "DATE" and bool(re.fullmatch(r"[\w-]+-year-old", doc[start:end].text))


_RELATED_ORGANISATIONS = frozenset("rival competitor subsidiary affiliate parent partner unit".split())


def _kind_of_organisation(doc, i: int) -> bool:
    """Whether the word at `i`, in lower case before a name, says what kind of organisation the name
    is: an organisation's noun ("private equity firm Castlegate Partners", "the GMB union"), a maker
    ("automaker", "chipmaker"), or a relation to another ("U.S. rival Corelogic")."""
    if i < 0 or i >= len(doc):
        return False
    token = doc[i]
    word = token.lower_
    if not token.text.islower():
        return False
    if word in _RELATED_ORGANISATIONS:
        return True  # (the tagger reads "rival" in "Australian rival Southern Cross" as an adjective)
    return token.pos_ == "NOUN" and _organisation_noun_before(doc, i)


def _organisation_noun_before(doc, i: int) -> bool:
    """Whether the word at `i`, in lower case before a name, is an organisation's noun ("firm",
    "union") or a maker ("automaker"): what only an organisation is, unlike a relation ("rival")."""
    if i < 0 or i >= len(doc):
        return False
    token = doc[i]
    word = token.lower_
    maker = word.endswith("maker") and word.removesuffix("maker").rstrip("-") not in _PEOPLE_WHO_MAKE
    return token.pos_ == "NOUN" and token.text.islower() and (word in _ORG_NOUNS or maker)


# "-maker" words for people, not companies ("lawmaker", "filmmaker", "playmaker"), by what they make
_PEOPLE_WHO_MAKE = frozenset("law film movie policy play peace dress match trouble home king rain deal decision money pace merry".split())


def _was_plural(doc, name_start: int) -> bool:
    """Whether the word before a name is a plural noun (a title shared by a list of names)."""
    if name_start == 0:
        return False
    # (a capitalised title in the plural, tagged a singular proper noun: "Commissioners Rick Delgado and Janice Moore")
    return doc[name_start - 1].tag_ in ("NNS", "NNPS") or _plural_title(doc[name_start - 1])


def _field_of_title(doc, i: int) -> bool:
    """A word of the field a capitalised title covers, in lower case ("political science" of "Professor of political
    science at Aarhus University", "the finance committee" of "Chair of the finance committee"): up to three lower-case
    nouns and adjectives, after "of", "for" or "in" (and "the") right after the title ("lecturer in criminal law")."""
    start, j = doc[i].sent.start, i
    while j > start and i - j < 3 and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ", "PROPN") and not doc[j].ent_type_:
        j -= 1
    if j == i:
        return False
    if doc[j].lower_ == "the" and j > start:
        j -= 1
    if doc[j].lower_ not in ("of", "for", "in") or j <= start:
        return False
    title = doc[j - 1]
    return _is_title(title) or title.lower_ in _TITLE_WORDS or title.text[:1].isupper() and title.pos_ in ("PROPN", "NOUN") and not title.ent_type_


def _heads_a_field(token) -> bool:
    """A title or occupation in lower case with the field it covers after it ("lecturer in criminal law")."""
    doc = token.doc
    return token.lower_ in _TITLE_WORDS and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("of", "for", "in") and _field_of_title(doc, token.i + 2)


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
        titled = token.text[:1].isupper() and (token.pos_ in ("PROPN", "NOUN", "ADJ") or doc[i + 1].text == "-" and not token.whitespace_)
        after_of = token.lower_ == "the" and i > 0 and doc[i - 1].lower_ in ("of", "at")
        # ("Minister of State at the Department of Transport": a post and the body it serves in)
        joining = token.text == "-" and not token.whitespace_ and i > 0 and not doc[i - 1].whitespace_  # "Under-Secretary"
        # ("Professor of political science at …", "lecturer in criminal law at …": the field a title covers, in lower case)
        field = _field_of_title(doc, i) or _heads_a_field(token) or token.lower_ == "in" and i > 0 and _heads_a_field(doc[i - 1])
        if titled or after_of or joining or field or token.lower_ in ROLE_NOUNS or token.lower_ in ("of", "for", "at", "’s", "'s", "former") or token.tag_ == "POS":
            words.insert(0, token)
            i -= 1
            continue
        break
    while words and (words[0].lower_ in ("of", "for", "at", "and", "the") or words[0].tag_ == "POS"):
        words.pop(0)
    # "Secretary of State", "former Speaker of the House": a title is listed, or is a capitalised word
    # outside any entity before "of"
    # ("Labour MP for Hartley West": a listed title and "for" the place or the brief it holds)
    titled_of = any(w.lower_ == "of" and k > 0 and words[k - 1].text[:1].isupper() and not words[k - 1].ent_type_ for k, w in enumerate(words))
    titled_for = any(w.lower_ == "for" and k > 0 and _is_title(words[k - 1]) for k, w in enumerate(words))
    if words and words[-1].lower_ not in ("of", "the", "for", "at") and (titled_of or titled_for or any(_is_title(w) or _heads_a_field(w) for w in words)):
        if _is_title(words[-1]) or words[-1].lower_ == "state" or any(w.lower_ in ("of", "at") for w in words) or titled_for:
            return doc[words[0].i : words[-1].i + 1].text
    return None


_SEEING_VERBS = frozenset(
    "see view regard consider describe know portray label brand cast paint hail dismiss criticise criticize dress pose disguise masquerade".split()
)  # "seen as a leader", "dressed as a nurse" is no post
_HOLDING_VERBS = frozenset("lead head run chair coach manage direct edit own hold serve represent captain".split())  # a post held
_FOUNDING_VERBS = frozenset("found co-found establish".split())
_ORGANISATION_AGENT_NOUNS = {"own": "owner", "run": "operator", "operate": "operator", "found": "founder", "establish": "founder", "manage": "manager"}
_AGENT_NOUNS = {"own": "owner", "found": "founder", "co-found": "co-founder", "establish": "founder", "lead": "leader",
                "head": "head", "chair": "chair", "run": "head", "create": "creator", "manage": "manager", "coach": "coach",
                "direct": "director", "write": "author", "edit": "editor", "design": "designer", "captain": "captain"}


@_read_once
def _agent_role(ent) -> str | None:
    """ "Tesla, owned by billionaire Elon Musk, …", "Lumetric was founded in 2020 by two former Google
    engineers, Ravi Menon and Clara Stein": the agent of a participle that describes a thing, or of a
    passive main verb with the thing its subject, is its owner, founder, leader … ("owner of Tesla");
    an organisation is an owner, operator or founder ("The vessel, operated by the Japan Agency …")."""
    root = ent.root
    while root.dep_ in ("appos", "conj") and root.head.i < root.i and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head  # the names listed after "by two engineers"
    by = root.head
    organisation = ent.label_ not in ("PERSON", "")
    if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return None
    verb = by.head
    noun = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    nouns = _ORGANISATION_AGENT_NOUNS if organisation else _AGENT_NOUNS
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "ROOT") or verb.lemma_.lower() not in nouns or noun is None or noun.tag_ not in ("NN", "NNP"):
        return None  # "investors led by Crestline" is a group, not a thing with a head
    if verb.dep_ == "ROOT" and (noun.pos_ != "PROPN" and noun.ent_type_ not in ("ORG", "PERSON") or not _stated_as_fact(verb)):
        return None  # "The company was founded by …": the one named, not a description that could be another's
    if not organisation and any(w.lower() in _NAME_ENDINGS or w.lower() in ("ventures", "partners", "capital", "holdings") for w in ent.text.split()):
        return None
    institution = noun.pos_ == "PROPN" or noun.lower_ in _ORG_NOUNS or noun.lower_.endswith(("maker", "facturer", "company", "firm"))
    if verb.lemma_.lower() in ("write", "edit", "design", "create") and not institution:
        return None  # "a letter, written by …" makes no one an author of a role
    first, last = noun, noun
    if noun.dep_ == "appos" and noun.head.i == noun.i - 1 and noun.head.pos_ == "NOUN":
        first = noun.head  # "the research vessel Kaimei"
    elif noun.dep_ == "appos" and noun.head.i < noun.i and noun.head.pos_ == "PROPN":
        first = last = noun.head  # "the Westmorland Family, a group run by …": the group named
        while first.i > 0 and ent.doc[first.i - 1].ent_iob_ == "I" or first.ent_iob_ == "I":
            first = ent.doc[first.i - 1]
    described = ent.doc[min(first.left_edge.i, first.i) : last.i + 1].text
    if len(described.split()) > 6 or len(described.split()) == 2 and described.split()[0].lower() in ("a", "an"):
        return None  # "a group run by Sarah Dunning": head of which, it does not say
        return None
    if described.split()[0] in ("The", "A", "An"):
        described = described[0].lower() + described[1:]  # "owner of the electric vehicle maker", opening a sentence
    return f"{nouns[verb.lemma_.lower()]} of {described}"


PART_MAX_WORDS = 8  # what a passive says a player did: a verb and a short noun phrase, or nothing
_MAKING_VERBS = frozenset("develop build make design produce manufacture invent create discover".split())


@_read_once
def _done_by(ent) -> str | None:
    """ "The spectrograph, built by the Southwest Research Institute, …", "The lawsuit was filed by
    Maria Castillo": the name as the agent of a passive verb did that to the thing, which gives
    "built the spectrograph", "filed the lawsuit" (the thing's words up to its noun). Only a
    participle that reads as the past tense too ("filed", "built"; not "written", "taken"), stated
    as a fact (`_stated_as_fact`), not speech, and not done to a pronoun ("signed it" says nothing). A
    person's only: an organisation as agent is as often a backer named in passing ("a round led by
    Sequoia Capital", "research funded by the council")."""
    doc, root = ent.doc, ent.root
    if root.dep_ != "pobj" or root.head.dep_ != "agent" or root.head.head.tag_ != "VBN":
        return None
    verb = root.head.head
    person = ent.label_ in ("PERSON", "") and not any(w.lower() in _NAME_ENDINGS for w in ent.text.split())
    if not person and verb.lemma_.lower() not in _MAKING_VERBS:
        return None  # an organisation as the maker of a thing ("The drug, developed by Novalis Pharma"), not its backer
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lemma_.lower() in QUOTE_VERBS or not _stated_as_fact(verb):
        return None
    if verb.lemma_.lower() == "publish":
        return None  # "… is published by Faber": who issued the item of the day (a publisher, read as a person as often), not who made it
    if not verb.lower_.endswith(("ed", "t")):
        return None  # "written", "taken", "chosen": no past tense to give
    if verb.dep_ == "acl":
        thing = verb.head
    elif verb.dep_ in ("ROOT", "conj", "relcl") and helpers:
        thing = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    else:
        return None
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or thing.i > verb.i:
        return None
    if thing.ent_type_ == "PERSON" and not any(t.tag_ == "POS" for t in thing.subtree) or thing.lower_ in PERSON_NOUNS - ROLE_NOUNS:
        return None  # "Reid was sent to the stands by referee Amy Fuller": what befell another person is no part of hers
    words = doc[thing.left_edge.i : thing.i + 1]
    if any(t.text in _ROLE_CUTS or t.is_quote for t in words) or len(words) + 1 > PART_MAX_WORDS:
        return None
    first = words[0]
    text = words.text if first.pos_ == "PROPN" or first.i != first.sent.start else first.lower_ + words.text[len(first.text) :]
    return f"{verb.lower_} {text}"


# Adverbs that say the text does not vouch for what a verb states
_HEDGES = frozenset(
    """reportedly allegedly apparently supposedly purportedly presumably possibly probably likely perhaps maybe
    seemingly ostensibly reputedly evidently""".split()
)
# Verbs whose clause holds what someone thinks, suspects or claims, not what happened
_BELIEF_VERBS = frozenset("believe think suspect allege accuse assume suppose fear seem appear report rumour rumor understand".split())


def _stated_as_fact(verb) -> bool:
    """Whether the text states what a verb says happened as a fact: no hedge ("was reportedly started
    by …", "allegedly killed by …"), no negation nor modal on it or on a clause it is part of ("may
    have been started by …"), and not what someone says or believes ("Police said the fire was
    started by …", "…, police said"). (A modal on the sentence a participle's noun is part of says
    nothing of it: "The spectrograph, built by …, will launch in May".)"""
    clause, described = verb, False
    while True:
        if any(c.lower_ in _HEDGES or not described and (c.dep_ == "neg" or c.tag_ == "MD") for c in clause.children):
            return False
        if any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in QUOTE_VERBS | _BELIEF_VERBS for c in clause.children):
            return False  # "The fire was started by John Hale, police said"
        if clause is not verb and clause.lemma_.lower() in QUOTE_VERBS | _BELIEF_VERBS:
            return False
        if clause.dep_ == "ROOT" or clause.head is clause:
            return True
        clause = clause.head
        while clause.pos_ not in ("VERB", "AUX") and clause.dep_ != "ROOT":
            described, clause = True, clause.head  # through a noun the clause describes ("the fire, started by …")


@_read_once
def _appositive_in_words(ent) -> str | None:
    """ "Okoro, a 6-foot-5, 290-pound lineman from …, is listed …" where the parse loses the
    appositive: after the name and a comma, "a"/"an"/"the" or a possessive, then the words up to
    the comma before the verb of the sentence (or a bracket, a semicolon, the end), holding an
    occupation and no verb of its own."""
    doc = ent.doc
    start = ent.end + 1
    if ent.end >= len(doc) or doc[ent.end].text not in (",", "—", "–") or start >= len(doc):
        return None  # set off by commas, or by dashes ("Tom Ford — the club's chairman — said …")
    if ent.label_ not in ("PERSON", "") and _after_a_persons_name(ent):
        return None  # an occupation after "Anna Berg of Harwick Energy," is the person's
    # opened by an article, a possessive pronoun or a name's possessive ("Anna Holt, Acme's chief executive, and …")
    owned = doc[start].pos_ == "PROPN" and any(t.tag_ == "POS" for t in doc[start + 1 : start + 4])
    if doc[start].lower_ not in ("a", "an", "the") and doc[start].tag_ != "PRP$" and not owned:
        return None
    for token in doc[start + 1 : min(len(doc), start + ROLE_MAX_WORDS + 1)]:
        closes = token.text in (";", ")", "—", "–") or token.is_sent_end or (
            token.text == "," and token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("VERB", "AUX")
        )
        # "According to Sam Reyes, a spokesman for the airline, flights will …": a comma after a noun
        # phrase that already names an occupation ends it ("a 6-foot-5, 290-pound lineman" goes on)
        closes = closes or token.text == "," and doc[token.i - 1].pos_ in ("NOUN", "PROPN") and any(_is_occupation(t) for t in doc[start + 1 : token.i])
        if closes:
            words = doc[start : token.i]
            if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ in ("who", "which", "that") for t in words):
                return None
            if not any(_is_occupation(t) for t in words):
                return None
            return words.text
    return None


BARE_ROLE_MAX_WORDS = 4


@_read_once
def _bare_occupation_after(ent) -> str | None:
    """ "Judd Anderson, quarterback, Warner Robins High", "Judd Anderson (quarterback)", "Tom Ford — head coach —":
    a few lower-case words ending in an occupation set off right after the name, closed by the same mark or
    the line's end, as list items and fact boxes give them."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "") or ent.end + 1 >= len(doc) or doc[ent.end].text not in (",", "(", "—", "–"):
        return None
    closing = {",": (",", ";"), "(": (")",), "—": ("—",), "–": ("–",)}[doc[ent.end].text]
    words = []
    for token in doc[ent.end + 1 : min(len(doc), ent.end + 2 + BARE_ROLE_MAX_WORDS)]:
        if token.text in closing or token.is_space and "\n" in token.text or token.is_sent_end and token.is_punct:
            break
        if not (token.is_lower or token.text == "-") or token.pos_ in ("VERB", "AUX", "DET", "PRON", "ADP") and token.lower_ != "of":
            return None
        words.append(token)
    else:
        if ent.end + 2 + BARE_ROLE_MAX_WORDS <= len(doc):
            return None  # runs on: no set-off description
    if not words or not _is_occupation(words[-1]) or words[-1].text == "-" or words[-1].lower_ in _PICTURE_PLACES:
        return None
    return doc[words[0].i : words[-1].i + 1].text


_PICTURE_PLACES = frozenset("centre center left right top bottom front back pictured".split())  # "Ferdinand (centre)" in a caption


@_read_once
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
        if token.tag_ in ("NN", "NNS", "NNP", "NNPS", "JJ", "VBG", "HYPH") and not token.ent_type_ == "PERSON":
            first -= 1
            continue
        return None  # not opened by a determiner or possessive
    if doc[first].tag_ not in ("PRP$", "DT") and doc[first].dep_ != "poss":
        return None
    return doc[first : head.i + 1].text


def _is_occupation_word(word: str) -> bool:
    """A capitalised occupation the recogniser read into a name ("Producer Mark Lin")."""
    return word[:1].isupper() and word.lower() in OCCUPATIONS - _STYLES


def _is_occupation(token) -> bool:
    """A noun naming what a person does, read from the word: a listed role or occupation, or an agent
    noun ("blogger", "physiologist", "spokeswoman") the tagger reads as a noun."""
    word = token.lower_.rstrip(".")
    if token.ent_type_ in _NOT_ROLE_ENTITIES or token.ent_type_ in ("PERSON", "ORG") or not word.isalpha() and "-" not in word:
        return False
    if word in _STYLES:
        return False  # "Prince George": part of the name
    if word in _TITLE_WORDS:
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
    if head.pos_ == "VERB" and ent.root.dep_ == "dobj" and ent.root.head.i == head.i:
        return None  # "The drama stars Callum Reid as …": the parse reads a verb with the name its object
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
        if _in_age(token):  # "86-year-old widow Joan Perry": the age goes with the description, and opens it
            while first > ent.sent.start and _in_age(doc[first - 1]):
                first -= 1
            break
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


def _after_brackets(ent) -> int:
    """The index of the first token after a name and an acronym in brackets right after it
    ("Médecins Sans Frontières (MSF)")."""
    doc, end = ent.doc, ent.end
    if end < len(doc) and doc[end].text == ")" and "(" in ent.text:
        return end + 1  # the recogniser took the bracket and the acronym into the name: "The World Health Organization (WHO"
    if end < len(doc) and doc[end].text == "(":
        close = next((t.i for t in doc[end : min(len(doc), end + 6)] if t.text == ")"), None)
        if close is not None:
            return close + 1
    return end


def _clause_part(ent, clause, wh, subject: bool) -> str | None:
    """What a clause set off after a name says the player did or does in the story, in any tense:
    "Kevin Marsh, who bought the mill in 2021, …" gives "bought the mill in 2021"; "The Serious Fraud
    Office, which brought the case, …" "brought the case"; "Jessica Moore, whose two children attend
    Oakridge, …", "the Musk Foundation, which he founded in 2002", "Maine Medical Center, where he was
    treated" keep their opening word (the clause says whose, or what was done to or at the player).
    None for speech, a clause with a modal (what will or may happen is no part played yet), "who
    was …" with no post (`_relative_clause_role` reads that), and "where" with an active verb ("Petrol Plains,
    where she ran its gas division": the clause is about her; what was done there is the place's)."""
    doc = ent.doc
    helpers = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    # ("which has called for Kemp to sell the club" is a stand taken, not words quoted)
    calls_for = clause.lemma_.lower() == "call" and clause.i + 1 < len(doc) and doc[clause.i + 1].lower_ in ("for", "on")
    if clause.lemma_.lower() in QUOTE_VERBS and not calls_for or clause.pos_ not in ("VERB", "AUX") or any(c.tag_ == "MD" for c in helpers):
        return None
    if clause.lemma_ == "be" and not helpers:
        return None
    if clause.lemma_.lower() == "turn" and any(c.dep_ in ("dobj", "attr", "oprd", "npadvmod") and c.like_num for c in clause.children):
        return None  # "Halvorsen, who turned 81 in June, …": an age, no part played
    agents = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if ent.label_ in ("PERSON", "") and any(c.dep_ == "auxpass" for c in clause.children) and any(g.ent_type_ == "PERSON" for a in agents for g in a.subtree):
        return None  # "Moreau, who is coached by the former Davis Cup player Pierre-Yves Dumas, …": the other person's part
    if wh.lower_ == "where" and (ent.label_ in ("PERSON", "") or not any(c.dep_ == "auxpass" for c in clause.children)):
        return None
    start = wh.i + 1 if subject else wh.i  # "who bought …" gives "bought …"
    # too long a clause keeps its verb and what follows it up to the last whole phrase that fits
    # ("who had thrown it out last year on the grounds that …" gives "had thrown it out last year")
    if any(t.text in _ROLE_CUTS for t in doc[start : clause.i]):
        return None  # "whose husband, Jorge Ruiz, 38, was crushed": about someone else
    after = [c for c in clause.children if c.i > clause.i and not c.is_punct]
    for child in reversed(after):
        if text := _role_text(doc, start, child.right_edge.i + 1, clause):
            return text
    if not after and not subject:  # the clause ends at its verb: "Gemma Hart, whose shop was flooded"
        return _role_text(doc, start, clause.i + 1, clause)
    return None


def _after_appositive(ent, comma: int) -> int:
    """The index of the comma that closes an appositive opened by the comma at `comma` right after a
    name ("Sam Reyes, Voltra's co-founder, who …", "Cassidy, 34, who …"): every word up to it in the
    subtree of an appositive of the name, and none a verb; or the comma after "of X" there ("Sen. Maria
    Lopez of Ohio, who …"); `comma` itself where there is none."""
    doc, root = ent.doc, ent.root
    place = next((c for c in root.children if c.i == comma and c.dep_ == "prep" and c.lower_ in ("of", "from", "at")), None)
    if place is not None:  # "Sen. Maria Lopez of Ohio, who …": past where the name is from
        comma = place.right_edge.i + 1
        return comma if comma < len(doc) and doc[comma].text == "," else ent.end
    if comma >= len(doc) or doc[comma].text != ",":
        return comma
    inside = {t.i for c in root.children if c.dep_ == "appos" and c.i > comma for t in c.subtree}
    end = comma + 1
    while end in inside and doc[end].pos_ not in ("VERB", "AUX"):
        end += 1
    return end if end > comma + 1 and end < len(doc) and doc[end].text == "," else comma


@_read_once
def _relative_clause_role(ent) -> str | None:
    """ "Name, who was the lead sponsor of …" (the complement), "Name, who heads …", "Name, which
    runs three clinics …" (a standing role: the clause's present-tense verb phrase), or what the
    clause says the player did (`_clause_part`). Only a clause set off by a comma right after the
    name (or its party), not negated, and not one that reports speech."""
    doc, root = ent.doc, ent.root
    party = _party_appositive(ent)  # "…, D-Calif., who chairs …" hangs the clause on the party
    after = _after_brackets(ent)  # the comma that opens the clause: after the name, an acronym in brackets, or the party
    later = _after_appositive(ent, after)  # or the comma after an appositive set off there ("Sam Reyes, Voltra's co-founder, who …")
    for child in [*root.children, *(party[0].children if party else ())]:
        wh = child.left_edge
        if child.dep_ != "relcl" or child.i < ent.end or doc[wh.i - 1].text != "," or not (wh.i in (after + 1, later + 1) or party and party[0].i < wh.i):
            continue
        if wh.tag_ not in ("WP", "WDT", "WP$", "WRB") or wh.lower_ not in ("who", "which", "whose", "where"):
            continue
        if wh.lower_ == "who" and ent.label_ not in ("PERSON", "") and not (_is_group(ent[-1]) or root.tag_ in ("NNS", "NNPS")):
            continue  # "an analyst at Brightwell Capital, who downgraded …": the clause is the analyst's (not "Friends of X, who …")
        if any(c.dep_ == "neg" for c in child.children) or child.lemma_ in SPEECH_VERBS:
            return None
        if child.lemma_.lower() == "have" and child.pos_ == "VERB":
            return None  # "which has the longest waits in Wales", "who had surgery in January": what the player has or had, no post
        if any(c.dep_ == "ccomp" and c.i > child.i for c in child.children):
            return None  # "…, who advised in April that the four parties …", "which argued that …": what was said or found, an act
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in child.children)
        expected = child.lemma_.lower() in ("expect", "schedule", "set", "plan", "due", "likely") and any(c.dep_ == "xcomp" for c in child.children)
        if modal or expected:
            return None  # "…, which is expected to rule on February 12", "who will chair …": what is to come, not what the player is
        subject = any(c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        if subject and child.lemma_ in ("be", "become"):
            attr = next((c for c in child.children if c.dep_ == "attr" and _is_role_word(c)), None)
            return _role_text(doc, attr.left_edge.i, attr.right_edge.i + 1, attr) if attr is not None else None
        founded = [c for c in child.children if c.dep_ == "dobj" and c.ent_type_ == "ORG"] if subject and child.lemma_ in _FOUNDING_VERBS else []
        if founded and not any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in child.children):
            # "who founded Blake Motors in 1961": a founder stays one ("founder of Blake Motors")
            name = founded[0]
            first = next((t.i for t in doc[name.left_edge.i : name.i + 1] if t.ent_type_ == "ORG" and t.ent_iob_ == "B"), name.i)
            return f"{_AGENT_NOUNS[child.lemma_.lower()]} of {doc[first : name.i + 1].text}"
        if subject and child.lemma_ in ("serve", "work", "act"):
            # "who served as pastor of Grace Church for 42 years": the post, in any tense, not the event
            post = next((g for c in child.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj" and _is_role_word(g)), None)
            if post is not None:
                return _role_text(doc, post.left_edge.i, post.right_edge.i + 1, post)
        # "who has led the orchestra since 2008": holding a post up to now is a standing role too
        lasting = child.tag_ == "VBN" and child.lemma_.lower() in _HOLDING_VERBS and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in child.children) and not any(
            c.dep_ == "auxpass" for c in child.children
        ) and any(c.dep_ == "prep" and c.lower_ == "since" for c in child.children)
        standing = _role_text(doc, wh.i + 1, child.right_edge.i + 1, child) if subject and (child.tag_ in ("VBZ", "VBP") or lasting) else None
        if standing:
            return standing  # "who heads …" gives "heads …"
        done = _clause_part(ent, child, wh, subject)
        if done:
            return done
    return None


def _listed_as_members(ent) -> str | None:
    """ "Lumetric's investors include Sequoia Capital and Index Ventures": a plural noun with a possessive as the
    subject of "include", the names its objects, gives each name the noun in the singular ("Lumetric's investor")."""
    doc, root = ent.doc, ent.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    verb = first.head
    if first.dep_ != "dobj" or verb.lemma_.lower() != "include" or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return None
    group = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS" and _is_role_word(c)), None)
    if group is None or not any(c.dep_ == "poss" for c in group.children) or group.right_edge.i > group.i:
        return None
    text = doc[group.left_edge.i : group.i].text_with_ws + group.lemma_
    return text[0].lower() + text[1:] if text.split()[0] in ("Its", "Their", "The") else text


@_read_once
def _predicate_role(ent) -> str | None:
    """ "Name is/became/was named the chief of X", "Y named Name as its chief", "Name, as mayor, …"; and
    "The victim has been named as Name", "Police identified the man as Name": who the one named is."""
    doc, root = ent.doc, ent.root
    verb = root.head
    members = _listed_as_members(ent)
    if members:
        return members
    if root.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_.lower() in ("name", "identify") and verb.head.pos_ == "VERB":
        named = next((c for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" and c.i < verb.i), None)
        if named is not None and not any(c.dep_ == "neg" for c in verb.head.children):
            role = _role_text(doc, named.left_edge.i, named.right_edge.i + 1, named)
            return role[0].lower() + role[1:] if role and role.split()[0] in ("The", "A", "An") else role
    # "X will be confirmed as manager", "X could become chief": a post to come, or one that may, is not held
    # ("Travis Bell will serve as interim head coach, the district said": a post decided, "will" and no other modal)
    # ("take" only as "will take over as …": not "will take X as …")
    taking_over = verb.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    decided = lambda c: c.lower_ in ("will", "’ll", "'ll", "shall") and (verb.lemma_ in ("serve", "act", "become") or taking_over)  # noqa: E731
    negated = any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" and not decided(c) for c in verb.children)
    negated = negated or _under_a_condition(verb)  # "If confirmed by the Senate, Tom Reed will serve as ambassador": not decided
    # "X is/became the chief of Y", "X was appointed/named chief of Y", "X serves as chief of Y"; and
    # "Y named X as its chief": with an object, the complement is the object's
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    subject = root.dep_ in ("nsubj", "nsubjpass") and not has_object
    # (or, in the passive, "X had been chosen as preferred bidder for the ships", "X was selected as the main contractor
    # for the bridge": read of a name tagged a person or nothing only, so that no such post makes an organisation a person)
    named = (root.dep_ == "dobj" or root.dep_ == "nsubjpass" and ent.label_ in ("PERSON", "")) and verb.lemma_ in _APPOINTING_VERBS
    if (subject and verb.lemma_ in _ROLE_VERBS or named) and not negated:
        complements = [c for c in verb.children if c.dep_ in ("attr", "oprd", "xcomp") and c.i > root.i]
        complements += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > root.i for g in c.children if g.dep_ == "pobj"]
        attr = next((c for c in complements if _is_role_word(c)), None)
        if attr is not None and (attr.lower_ in ROLE_NOUNS or any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in ("of", "for", "at")) for c in attr.children)):
            return _role_text(doc, attr.left_edge.i, attr.right_edge.i + 1, attr)
        # "Mattie Hehir has been a matchmaker here since 1985", "… has been a volunteer for 30 years": what one has been
        # up to now, for a stretch of time, is what one is (a person's noun: not "has been a problem since 2019")
        lasting = verb.lemma_ == "be" and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ in ("since", "for") for c in [*verb.children, *(attr.children if attr is not None else ())])
        personal = attr is not None and attr.tag_ == "NN" and attr.dep_ == "attr" and (_person_word(attr.lower_) or attr.lower_ in PERSON_NOUNS)
        if lasting and personal and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in attr.children):
            return _role_text(doc, attr.left_edge.i, attr.i + 1, attr)
    # ("The orchestra has named Yuki Tanaka as its next music director": the post is the object's, not the subject's)
    appointing_another = root.dep_ == "nsubj" and has_object and verb.lemma_ in _APPOINTING_VERBS
    if root.dep_ in ("nsubj", "nsubjpass") and not negated and verb.lemma_ not in _SEEING_VERBS and not appointing_another:
        # "Ruth Park, as mayor, has cut taxes", "Park joined Acme as chief executive": "as" and a listed title;
        # "As the keeper, Tom Hale gives …": an occupation too, where "as" opens the sentence
        # "Carter works for Acme as an engineer": an occupation after a verb of working, with whom for
        opening = lambda c: c.i == ent.sent.start or c.i == ent.sent.start + 1 and doc[ent.sent.start].is_punct
        working = verb.lemma_.lower() in _WORKING_VERBS
        post = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                     if g.dep_ == "pobj" and (g.lower_ in ROLE_NOUNS or _is_occupation(g) and (working or opening(c) and g.i < ent.start))), None)
        if post is not None:
            role = _role_text(doc, post.left_edge.i, post.right_edge.i + 1, post)
            employer = next((c for c in verb.children if working and c.dep_ == "prep" and c.lower_ in ("for", "at") and c.i < post.i
                             and any(g.dep_ == "pobj" and (g.ent_type_ == "ORG" or g.pos_ == "PROPN") for g in c.children)), None)
            return f"{role} {doc[employer.i : employer.right_edge.i + 1].text}" if role and employer is not None and employer.right_edge.i - employer.i <= 4 else role
    return None


_CONDITION_MARKS = frozenset("if unless provided providing once whether".split())


def _under_a_condition(verb) -> bool:
    """Whether a verb stands under a condition its sentence sets: a clause opened by "if", "unless", "provided" ("If
    confirmed by the Senate, …", "… if the Senate confirms him", "… if the judge allows it") hanging on it or on a verb
    it hangs on, or a phrase of condition on it or what it governs ("subject to shareholder approval", "pending
    approval")."""
    doc = verb.doc
    chain = {verb.i, *(t.i for t in verb.ancestors)}
    for t in doc[verb.sent.start : verb.sent.end]:
        if t.dep_ == "mark" and t.lower_ in _CONDITION_MARKS and t.head.dep_ == "advcl" and t.head.head.i in chain:
            return True
        if t.lower_ == "subject" and any(c.lower_ == "to" for c in t.children) and (verb.i in {a.i for a in t.ancestors} or t.head.i in chain):
            return True
        if t.lower_ == "pending" and (verb.i in {a.i for a in t.ancestors} or t.head.i in chain):
            return True
    return False


_BENCH_NOUNS = frozenset("majority minority plurality court panel bench".split())  # for whom a judge writes an opinion
_WORKING_VERBS = frozenset("work serve act remain continue".split())  # "… as an engineer" (not "joined as a trainee": a post left since)
# Verbs whose present tense says what post a person holds ("Kim chairs the committee"); not "leads" ("leads the
# league") nor "holds" ("holds the record")
_POST_VERBS = frozenset("head chair run coach manage direct edit own captain represent".split())


@_read_once
def _post_held(ent) -> str | None:
    """ "Anna Schmidt has coached the team since 2019", "Kim chairs the committee": a verb of holding a post,
    the name its subject, in the present tense or the present perfect with "since" or "for" (held up to now),
    stated as a fact; the verb and what it governs."""
    doc, root = ent.doc, _subject_of(ent)
    verb = root.head
    if ent.label_ not in ("PERSON", "") or root.dep_ != "nsubj" or verb.i < ent.end or verb.pos_ != "VERB":
        return None
    if verb.dep_ not in ("ROOT", "conj") or any(c.dep_ in ("neg", "auxpass") or c.tag_ == "MD" for c in verb.children) or not _stated_as_fact(verb):
        return None
    if verb.lemma_.lower() == "write":  # a judge's part in a ruling: "Judge Teresa Wynn wrote for the majority", "… wrote in dissent"
        bench = next((c for c in verb.children if c.dep_ == "prep" and any(
            g.dep_ == "pobj" and (c.lower_ == "for" and g.lower_ in _BENCH_NOUNS or c.lower_ == "in" and g.lower_ == "dissent") for g in c.children)), None)
        return f"{verb.text} {doc[bench.i : max(g.i for g in bench.children if g.dep_ == 'pobj') + 1].text}" if bench is not None else None
    # (or an organisation the text has named, by its noun: "Raymond Tolliver founded the company in 2017")
    the_body = lambda c: c.pos_ == "NOUN" and c.lower_ in _ORG_NOUNS and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) and c.left_edge.i >= c.i - 2
    founded = next((c for c in verb.children if c.dep_ == "dobj" and (c.pos_ == "PROPN" or the_body(c))), None) if verb.lemma_.lower() in _FOUNDING_VERBS else None
    if founded is not None:  # "Ben Carter founded Acme in 2010": a founder stays one
        first = next((t.i for t in doc[founded.left_edge.i : founded.i + 1] if t.pos_ == "PROPN"), founded.left_edge.i if founded.pos_ == "NOUN" else founded.i)
        return f"{_AGENT_NOUNS[verb.lemma_.lower()]} of {doc[first : founded.i + 1].text}"
    side = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if verb.lemma_.lower() == "play" and verb.tag_ == "VBZ" and side:  # "Tom Ives plays for Acme City": a team's player
        return _role_text(doc, verb.i, side[0].right_edge.i + 1, verb)
    perfect = verb.tag_ == "VBN" and verb.lemma_.lower() in _HOLDING_VERBS and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    lasting = perfect and any(c.dep_ == "prep" and c.lower_ in ("since", "for") for c in verb.children)
    # any doing with its object, kept up for a stretch of time to now: "Halvorsen … has judged the fair's pie
    # competition for 50 years" (not "has judged the entries this week", a one-off)
    if not lasting and verb.tag_ == "VBN" and verb.lemma_.lower() not in QUOTE_VERBS and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        perfect = lasting = any(c.dep_ == "prep" and c.lower_ in ("since", "for") and any(
            g.dep_ == "pobj" and g.ent_type_ == "DATE" and g.lemma_.lower() in ("year", "decade") for g in c.children) for c in verb.children)
    present = verb.tag_ == "VBZ" and verb.lemma_.lower() in _POST_VERBS
    held = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if not (lasting or present) or held is None:
        return None
    start = verb.i - 1 if perfect and doc[verb.i - 1].lower_ in ("has", "have") else verb.i
    end = max([held.right_edge.i] + [c.right_edge.i for c in verb.children if lasting and c.dep_ == "prep" and c.lower_ in ("since", "for")]) + 1
    return _role_text(doc, start, end, verb)


# Verbs of a standing activity, what one does as a matter of course ("Olsen teaches third grade", "Musk owns the
# platform"): others in the present tense tell a one-off event in a lede, a live blog or a caption ("Williams wins
# the final", "Starmer visits Hebden Bridge"), a thought or a want ("Pryce believes …"), or only link ("has two sons").
_STANDING_VERBS = frozenset(
    """teach run own co-own manage coach captain chair co-chair direct head lead oversee supervise coordinate operate
    work serve represent play cover edit host present live commute employ fund research study""".split()
)
_DOING_PARTS = ("dobj", "prep", "prt", "dative", "acomp")  # what a verb phrase of doing governs after its verb


def _present_activity(ent) -> str | None:
    """ "Olsen teaches third grade at Millbrook Elementary", "Pike plays for Stockport County": a
    person named as the one subject of a present-tense verb of a standing activity (`_STANDING_VERBS`)
    in a main clause, stated as a fact and outside quotation marks, gives the verb and what it governs
    (an object or a phrase after it, not a clause); read only for a person the text gives no other role
    (`_players`)."""
    doc, root = ent.doc, _subject_of(ent)
    verb = root.head
    if ent.label_ not in ("PERSON", "") or root.dep_ != "nsubj" or verb.i < ent.end or verb.pos_ != "VERB" or verb.tag_ != "VBZ":
        return None
    lemma = verb.lemma_.lower()
    if verb.dep_ not in ("ROOT", "conj") or lemma not in _STANDING_VERBS:
        return None
    if any(c.dep_ == "conj" for c in root.children) or any(t.is_quote or t.text in ("“", "”") for t in ent.sent) or not _stated_as_fact(verb):
        return None  # "Kim and Lee run …": whose it is, not said; words in quotation marks are someone's
    if any(c.dep_ in ("neg", "auxpass", "ccomp", "xcomp") or c.tag_ == "MD" for c in verb.children):
        return None
    parts = [c for c in verb.children if c.i > verb.i and c.dep_ in _DOING_PARTS]
    # something particular done or a named place or body: "runs a bakery", "teaches chemistry at Harwick Academy"
    # ("Reid teaches", "Hale helps them", "Costa plays tennis every Sunday": nothing particular, or a pastime)
    particular = lambda noun: noun.pos_ == "PROPN" or noun.pos_ == "NOUN" and any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)
    if not any(c.dep_ == "dobj" and particular(c) or c.dep_ == "prep" and any(g.dep_ == "pobj" and particular(g) for g in c.children) for c in parts):
        return None
    if lemma in ("head", "lead") and not any(c.dep_ == "dobj" for c in parts):
        return None  # "Biden heads to Kyiv", "Hale leads by two shots": a move, a score; "heads the unit" holds a post
    end = max(c.right_edge.i for c in parts) + 1
    if any(t.ent_type_ in ("DATE", "TIME", "PERSON") for t in doc[verb.i : end]):
        return None  # a day or another person makes it an event ("… closes down a team-mate in training on Thursday", a caption's "shakes hands with X")
    return _role_text(doc, verb.i, end, verb)


def _subject_of(ent):
    """The word that stands for a name as a subject: the name's own head, or the noun it is set off beside
    ("His wife, Divya Iyer, runs exports": "wife", the subject, with the name its appositive)."""
    root = ent.root
    if root.dep_ == "appos" and root.head.dep_ == "nsubj" and root.head.i < ent.start and ent.end < len(ent.doc) and ent.doc[ent.end].text == ",":
        return root.head
    return root


# Roles by a learned choice among candidates -------------------------------------------------------------
# Every description the text offers a player (each rule's reading on its own, and the spans the parse
# links to a mention: appositives, words before the name, clauses, predicates, what an organisation does)
# is a candidate; a small model (`role_model`, fitted by `wirebrief.evaluation.role_training`) scores
# each, "nothing" included, and the rules' choice stands unless a candidate beats it by the model's margin.

ROLE_RULE_SOURCES = (
    "title", "counsel", "based_in", "kind_after", "appositive", "clause", "predicate", "before_comma", "appositive_in_words",
    "bare_occupation", "agent", "part_played", "done_by", "affiliation", "workplace", "acting_for", "party", "post_held",
)
ROLE_SOURCES = ("rules", "mention_rules", "described", *ROLE_RULE_SOURCES,
                "parse_appos", "parse_appos_of", "parse_relcl", "parse_before", "parse_prep", "parse_attr", "parse_verb", "parse_run", "parse_agent", "none")
ROLE_FEATURE_NAMES = (
    *(f"source_{s}" for s in ROLE_SOURCES),
    "person", "first_mention", "sentence_position", "words", "person_noun", "agent_word", "organisation_noun", "age_only",
    "has_digit", "capitalised_share", "names_other_player", "names_itself", "opens_possessive", "opens_article", "opens_wh",
    "is_rules_choice", "within_rules_choice", "holds_rules_choice", "rules_say_nothing", "support", "candidates", "mentions",
    "speech_sentence", "subject",
)
_ROLE_MAX_CANDIDATE_WORDS = 12
_TITLE_SOURCES = ("title", "parse_before", "parse_run")  # readings of the words in front of a name
ROLE_LOG: list | None = None  # set to a list by role_training: every player's candidates are appended to it
USE_ROLE_MODEL = True  # role_training turns it off to read the rules' own choices


def _rule_readings(ent) -> list[tuple[str, str]]:
    """Each rule `_role_of` combines, on its own."""
    rules = (_title_role, _counsel_role, _based_in, _kind_after, _appositive_role, _relative_clause_role, _predicate_role,
             _description_before_comma, _appositive_in_words, _bare_occupation_after, _agent_role, _part_played, _done_by,
             _affiliation, _workplace_opening, _acting_for, _party, _post_held)
    out = []
    for source, rule in zip(ROLE_RULE_SOURCES, rules, strict=True):
        text = rule(ent)
        if text:
            out.append((source, text))
    return out


def _span_words(doc, start: int, end: int, skip: set[int] = frozenset(), cut: bool = False) -> str | None:
    """The words of doc[start:end] without `skip` (with `cut`, up to the first comma, dash or bracket after
    its first word), trimmed of punctuation at both ends; None when empty or longer than _ROLE_MAX_CANDIDATE_WORDS."""
    tokens = [t for t in doc[start:end] if t.i not in skip and not t.is_space]
    if cut:
        stop = next((k for k, t in enumerate(tokens) if k and t.text in _ROLE_CUTS), len(tokens))
        tokens = tokens[:stop]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "punct")):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc" or tokens[-1].lower_.rstrip(".") in _HONORIFICS):
        tokens.pop()  # (an honorific before a name is the name's: "the former chancellor, Sir …")
    if tokens and tokens[-1].text == "(" or sum(t.text == "(" for t in tokens) > sum(t.text == ")" for t in tokens):
        tokens = tokens[: max(k for k, t in enumerate(tokens) if t.text == "(")]  # an unclosed bracket: cut before it
        while tokens and tokens[-1].is_punct:
            tokens.pop()
    if not tokens or len(tokens) > _ROLE_MAX_CANDIDATE_WORDS:
        return None
    return "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text


def _parse_readings(ent) -> list[tuple[str, str]]:
    """The spans the parse links to a mention, whatever they say."""
    doc, root = ent.doc, ent.root
    inside = set(range(ent.start, ent.end))
    out = []
    for child in root.children:
        if child.i >= ent.end and child.dep_ in ("appos", "relcl", "acl", "prep"):
            if child.dep_ == "prep" and child.lower_ not in ("of", "at", "from", "for", "with"):
                continue
            source = {"appos": "parse_appos", "relcl": "parse_relcl", "acl": "parse_relcl", "prep": "parse_prep"}[child.dep_]
            text = _span_words(doc, child.left_edge.i, child.right_edge.i + 1, cut=child.dep_ != "appos")
            if text:
                out.append((source, text))
    before = [c for c in root.children if c.i < ent.start and c.dep_ in ("compound", "amod", "nmod", "poss", "nummod")]
    if before:
        start = min(c.left_edge.i for c in before)
        start = max([start] + [t.i + 1 for t in doc[start : ent.start] if t.tag_.startswith("VB") or _says_when(t)])  # "FC sacked manager X": from the verb on
        text = _span_words(doc, start, ent.start)
        if text:
            out.append(("parse_before", text))
    head = root.head
    # (not where a proper noun other than that word stands right before the mention: a name the mention was cut from,
    # "a late goal from Chelsea May" with "Chelsea" read as a club and "May" hung on "goal")
    if root.dep_ == "appos" and head.i < ent.start and not (doc[ent.start - 1].pos_ == "PROPN" and ent.start - 1 != head.i and _name_piece(doc[ent.start - 1])):
        text = _span_words(doc, head.left_edge.i, ent.start)
        if text:
            out.append(("parse_appos_of", text))
    if root.dep_ in ("nsubj", "nsubjpass") and head.i > root.i:
        if head.lemma_ in ("be", "become", "remain"):
            for child in head.children:
                if child.dep_ in ("attr", "acomp") and child.i > head.i:
                    text = _span_words(doc, child.left_edge.i, child.right_edge.i + 1)
                    if text:
                        out.append(("parse_attr", text))
        elif head.pos_ == "VERB" and head.lemma_ not in QUOTE_VERBS and root.dep_ == "nsubj":
            parts = [c for c in head.children if c.dep_ in _DOING_PARTS and c.i > head.i]
            if parts:
                end = max(c.right_edge.i for c in parts) + 1
                text = _span_words(doc, head.i, end, skip={t.i for t in doc[head.i:end] if t.dep_ in ("aux", "neg")} - {head.i}, cut=True)
                if text:
                    out.append(("parse_verb", text))
    if root.dep_ == "pobj" and head.dep_ == "agent" and head.i < ent.start:  # "a fundraiser set up by X", "the study was funded by X"
        verb = head.head
        done = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        start = done.left_edge.i if done is not None and done.i < verb.i else (verb.head.left_edge.i if verb.dep_ == "acl" else verb.i)
        text = _span_words(doc, start, head.i, cut=True)
        if text:
            out.append(("parse_agent", text))
    return [(s, t) for s, t in out if not (set(t.split()) & {doc[i].text for i in inside} and s != "parse_appos_of")]


def _says_when(token) -> bool:
    """A word of when, no part of a title: "On Thursday Trump campaign spokesman Steven Cheung said …"."""
    return token.dep_ in ("npadvmod", "tmod") or token.ent_type_ in ("DATE", "TIME") or token.lower_ in dates.WEEKDAYS or (
        token.lower_ in dates.MONTHS and token.text[:1].isupper() and len(token.text) > 3)


def _words_before(ent, name: str) -> str | None:
    """The run of nouns, names and adjectives right before a name, whatever the parse hangs them on
    ("Iberville Parish President Jules May", "CNN's Kate Bolduan"), with the words of the entity
    before the name itself ("President" where the recogniser took "President Jules May")."""
    doc, named = ent.doc, set(name.split())
    first = next((t.i for t in ent if t.text in named), ent.start)
    start = ent.start
    while start > 0 and start > ent.start - 8:
        token = doc[start - 1]
        if token.dep_ in ("ROOT", "nsubj", "nsubjpass"):
            break  # a subject or the main verb is no part of a title ("Harbour City FC sacked manager Colin Webb")
        if _says_when(token):
            break
        if token.dep_ == "pobj" and token.head.i < token.i and token.head.pos_ == "ADP":
            break  # the object of a preposition before it ("In a speech on housing policy Mayor Ruth Hale …"), no title's word
        if (token.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and not token.tag_.startswith("VB")) or token.tag_ == "POS" or (token.text in "-–" and not token.whitespace_):
            start -= 1
        else:
            break
    if start == first:
        return None
    return _span_words(doc, start, first)


def _role_candidates(ent, index: int, name: str = "") -> list[tuple[str, str, int, object]]:
    """(source, text, sentence, mention) of every reading of a mention: the rules' one by one, the parse's."""
    readings = _rule_readings(ent) + _parse_readings(ent)
    before = _words_before(ent, name) if name else None
    if before and not any(text == before for _, text in readings):
        readings.append(("parse_run", before))
    return [(source, text, index, ent) for source, text in readings]


def _content_words(text: str | None) -> set[str]:
    return {w.strip(".,;:’'\"“”()").lower() for w in (text or "").split()} - STOPWORDS - {""}


def role_features(source: str, text: str | None, sentence: int, mention, first_sentence: int, kind: str, rules_role: str | None,
                  texts: list[str], mentions: int, others: set[str], own: str) -> list[float]:
    """The features (ROLE_FEATURE_NAMES, in order) of one candidate role of a player."""
    words = (text or "").split()
    lowered = [w.strip(".,;:’'\"“”()").lower() for w in words]
    content, rules = _content_words(text), _content_words(rules_role)
    speech = mention is not None and _in_speech_sentence(mention)
    subject = bool(mention is not None and mention.root.dep_ in ("nsubj", "nsubjpass"))
    capitalised = sum(w[:1].isupper() for w in words[1:]) / max(1, len(words) - 1)
    support = sum(1 for other in texts if other != text and content & _content_words(other))
    return [
        *(float(source == s) for s in ROLE_SOURCES),
        float(kind == "PERSON"),
        float(text is not None and sentence == first_sentence),
        np.log1p(sentence) if text is not None else 0.0,
        np.log1p(len(words)),
        float(any(w in PERSON_NOUNS or w in _TITLE_WORDS for w in lowered)),
        float(any(_AGENT_RE.search(w) and len(w) > 4 for w in lowered)),
        float(any(w in _ORG_NOUNS for w in lowered)),
        float(bool(text) and bool(_AGE_RE.fullmatch(text))),
        float(any(ch.isdigit() for ch in text or "")),
        capitalised,
        float(bool(content & others)),
        float(own in content),
        float(bool(lowered) and lowered[0] in ("his", "her", "their", "its", "my", "our")),
        float(bool(lowered) and lowered[0] in ("a", "an", "the")),
        float(bool(lowered) and lowered[0] in ("who", "which", "whose", "that")),
        float(text is not None and text == rules_role),
        float(bool(content) and content <= rules),
        float(bool(rules) and rules <= content),
        float(rules_role is None),
        np.log1p(support),
        np.log1p(len(set(texts))),
        np.log1p(mentions),
        float(speech),
        float(subject),
    ]


@_read_once
def _in_speech_sentence(mention) -> bool:
    """Whether the mention's sentence holds a verb of saying (a feature of each of its candidates)."""
    return any(t.lemma_ in QUOTE_VERBS and t.pos_ == "VERB" for t in mention.sent)


def _role_rows(key, rules_role: str | None, candidates, mentions: int, players: set[tuple[str, str]]):
    """(text, source, features) of every candidate role of a player, the rules' choice and nothing among them."""
    name, kind = key
    texts = [c[1] for c in candidates] + ([rules_role] if rules_role else [])
    others = {w.lower() for other, _ in players if other != name for w in other.split() if w[:1].isupper()} - STOPWORDS
    own = name.split()[-1].lower()
    first = min((c[2] for c in candidates), default=0)
    rows = [(rules_role, "rules", role_features("rules", rules_role, first, None, first, kind, rules_role, texts, mentions, others, own))] if rules_role else []
    rows += [(text, source, role_features(source, text, sentence, mention, first, kind, rules_role, texts, mentions, others, own))
             for source, text, sentence, mention in candidates]
    rows.append((None, "none", role_features("none", None, 0, None, first, kind, rules_role, texts, mentions, others, own)))
    return rows


@functools.cache
def _role_weights() -> tuple:
    """The role model's weights as arrays: (mean, scale, [(hidden weights, hidden bias, output weights, output bias)])."""
    from . import role_model

    model = role_model.MODEL
    networks = [(np.array(net["hidden_weights"]).T, np.array(net["hidden_bias"]), np.array(net["output_weights"]), net["output_bias"])
                for net in model["networks"]]
    return np.array(model["mean"]), np.array(model["scale"]), networks


def _role_probabilities(features: list[list[float]]) -> list[float]:
    """The role model's probability that each candidate is the role the text states (the mean over its networks)."""
    mean, scale, networks = _role_weights()
    x = (np.array(features, dtype=float) - mean) / scale
    out = np.zeros(len(features))
    for hidden_weights, hidden_bias, output_weights, output_bias in networks:
        out += 1 / (1 + np.exp(-(np.tanh(x @ hidden_weights + hidden_bias) @ output_weights + output_bias)))
    return list(out / len(networks))


# A reading that only completes the phrase before it: an infinitive or a participle ("to captain …", "elected in …").
_COMPLETES_RE = re.compile(r"(?:to\s|[a-z]+ing\b|[a-z]+ed\b)")


def choose_role(rows, probabilities, rules_role: str | None, margin: float, join: float | None) -> str | None:
    """The rules' choice, unless another candidate (or nothing) is likelier by `margin`; and with
    `join`, a second candidate as likely as that which says something the first does not."""
    best: dict[str | None, float] = {}
    for (text, _, _), p in zip(rows, probabilities):
        best[text] = max(best.get(text, 0.0), p)
    chosen = rules_role
    top = max(best, key=lambda t: (best[t], t == rules_role))
    if top != rules_role and best[top] >= best.get(rules_role, 0.0) + margin:
        chosen = top
    if join is not None and chosen is not None:
        said = _content_words(chosen)
        rest = sorted((t for t in best if t is not None and t != chosen and not _content_words(t) <= said), key=lambda t: -best[t])
        if rest and best[rest[0]] >= join and best[rest[0]] > best.get(None, 0.0):
            more = rest[0]
            titles = {text for text, source, _ in rows if source in _TITLE_SOURCES}
            if more in titles and more.endswith(chosen) and not set(more[: -len(chosen)]) & set(",;()—–"):
                chosen = more  # the same title in full: "Iberville Parish President" for "President"
            elif not said & _content_words(more):  # something else the text says of the player
                # … or what completes the same phrase ("one of the first women" + "to captain a polar expedition")
                chosen = f"{chosen} {more}" if _COMPLETES_RE.match(more) else f"{chosen}; {more}"
    return chosen


def _model_role(key, rules_role: str | None, candidates, mentions: int, players, article_id: str) -> str | None:
    """A player's role: the rules' choice, or the candidate the role model prefers by its margin."""
    from . import role_model

    rows = _role_rows(key, rules_role, candidates, mentions, players)
    if ROLE_LOG is not None:
        ROLE_LOG.append({"article": article_id, "name": key[0], "kind": key[1], "rules": rules_role,
                         "rows": [(text, source, features) for text, source, features in rows]})
    if not USE_ROLE_MODEL or not role_model.MODEL:
        return rules_role
    return choose_role(rows, _role_probabilities([f for _, _, f in rows]), rules_role, role_model.MODEL["margin"], role_model.MODEL["join"])
