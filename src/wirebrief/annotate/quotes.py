"""Quotes: each direct quotation with its speaker.

A quotation's speaker is read in three steps. (1) Attribution: in a parsed sentence, the subject of
the speech verb that governs the quotation (an ancestor of the quoted words, or a verb hanging off
them: "“…,” she said"), climbing from a verb without a subject to the clause it hangs from ("…,
adding, “…”"); a clause joined by "and that" stands beside the that-clause before it, as what the verb
above that one reports ("He noted that Google said …, and that “…”": his, not Google's), and a
reporting aside reports the clause it interrupts ("The new album, he confirmed, is … out “…”"); in a skimmed sentence, a name or pronoun beside a speech verb (`_SPEAKER_RE`).
A title's apposition is the speaker ("the Environment Secretary, Paul Drummond, said"), a
statement's owner ("Whitmore's statement read:"), a paragraph's label or signature ("Whitmore: “…”",
"“…” — Jane Whitmore"). A quotation with an attribution of its own that cannot be read ("…,” added
the lot of them", "…,” Alvarez remonstrated." without a parse), or words someone quotes or cites
("Smith quoted Churchill: “…”"), are no one's; so is one between a lead-in and words after it that
name another ("Storm latest: ‘…,’ police say").
(2) Carrying: a quotation that opens its sentence or paragraph with no attribution of its own
continues whoever speaks in the sentence before it: the speaker of a quotation, the subject of
reported speech ("He said he doubted …", "The cell, Herbert said, is …"), or of a lead-in ending in
a colon or comma; the one named person a sentence without a speaker is about ("Reyes laughed.
“Mark is too kind …”"), unless the quotation speaks of them (as "he" or "she" of their gender),
also where the splitter joined that sentence to the quotation; in an interview written as questions
and answers, the interviewee. A quotation paragraph in the first person singular after narration
without another's quotations ("Vega started baking at nine. The neighbourhood was rough then." then
"“People told me I was crazy …”") is the one person that narration is about and shows acting; a
linking word before a quotation ("Still, “…”") does not stop it carrying on; a quotation left open
at its paragraph's end is the speaker's named where it closes ("“… \n\n“…,” Vega said."). A quotation's paragraph followed by "So says X" or "Those were the
words of X" is X's.
(3) Resolution against the article so far (`_Discourse`): "he"/"she" is the nearest sentence subject
that is a person of a compatible gender, never one the text leans the other way on (a single "his"),
nor the subject of a sentence that names another person who fits unless that subject was speaking;
"she replied" is not the one who asked; "ECB" the "European Central Bank" named before; without a parse, "Ms Sowerby" the one person the
text wrote in full with that surname;
"they"/"it" the organisation that was the last subject;
"the department" the one organisation so named, "the billionaire" the person the text is about;
"the statement" whoever brought it in; "the 24-year-old" the one person the text gave that age
("Vega, 24,"), else the one person just written about; "Transport for London", "Friends of the
Earth" (a capitalised noun with a named complement, the recogniser's miss) an organisation. A
pronoun never reaches past a sentence whose subject this code cannot read, but for an "it" or
people the pronoun's own ("Her parents ran a stall." then "“…,” she recalls").
Against wrong names on styles never seen: a speech verb nearer the quotation speaks it ("… an
exchange in which she told him: “…”"), on the words alone too ("Blake said that Cho had called the plan
“…”": not Blake's); one inside what another is said to have said is no one's
("Pompeo said Washington had concluded it was “…”"); a pronoun subject inside what a named person is said
to have said, or opening a sentence the splitter joined to theirs, is that person where the sentence names
no one else before it ("Reichert said … that he had spoken to … Mark Fleury and was “…”": not Fleury); "he"/"she" or a description is never someone
the quotation names, a kinship word beside a name gives its gender ("her son, Karl Berg"); an epithet
is not someone the text set beside it as another ("questioning the patient, Rees found …"), and a
description's capitals must be in the name ("the American space agency"); a capitalised phrase the
recogniser took for a person ("Scientific Research") lends no surname to a sentence's first word; a
quotation that is a paragraph of its own without a full stop is a subheading's; a question the
writer asks no one ("Just what is this slogan?") brings in no interviewee; the title of a work named
as one ("hits including “Listen To The Music,” …") is no one's words. "He" after a sentence that
brings in someone unnamed of that gender ("The court heard from a neighbour who …", not "… from his
wife") is no one; "he replied" is the
one asked ("asked Morand whether …"); a quotation that speaks of "my mom" is not the one the
text calls the speaker's mother ("Her mother, Rosa, …"), but the one "she" stands for without her,
if any; "Ana Almeida" is not "Jorge Almeida", even where the recogniser missed her, and makes a bare
"Almeida" either; "he" is not the one "she" was read as before; a title ("the president") is not its holder where the sentence
before turned to another person ("… met Joe Biden. Biden praised …"); a reaction after a finished
quotation ("….” Grace laughs when she hears this.") and one asked after it ("Wallace was asked …")
say nothing of who spoke.
An organisation's unnamed voice is the organisation's where the text makes it one (its fullest name:
"RFS" the "NSW Rural Fire Service" written before, "CDC" the "Centers for Disease Control and
Prevention"): a spokesperson's, named in the same phrase ("a spokesperson for Allwyn", "a Tidewell
spokesperson", "a council spokesperson" and the one council), or alone after a sentence about one
organisation ("Norfolk County Council said …. A spokesman said: …"), "the spokesperson" later;
"the company" or "the utility", the one business the last sentences name (not a public body's, a
place's, a dateline's); never a person's spokesperson ("a spokesperson for Patel").
Where two readings remain, or the speaker is no named person or organisation (a statute, a
spokesperson for no organisation the text names, "officials"), the speaker is no one. A quotation inside another (“… he said, ‘…’”)
is listed on its own, no one's unless the speaker quotes themselves ("I told him, ‘…’").
(4) Where the rules name no one, a learned ranker (`SPEAKER_FEATURE_NAMES`, weights in
speaker_model.py) weighs each person or organisation named around the quotation, where those
sentences were parsed, and names the best one only when it is likely and well ahead of the next.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..dates import MONTH_NAMES, MONTHS, MONTHS_AS_NAMES, WEEKDAY_NAMES
from ..models import Quote, Sentence
from ..text import COURTESY_TITLES, OFFICE_TITLES, STOPWORDS
from ._common import ACRONYM, ACRONYM_RE, ANSWERING_VERBS, BODY_NOUNS, NAME_HYPHENS, NAME_PARTICLES, RELATIONAL_NOUNS, PERSON_NOUNS, PLAYER_LABELS, ROLE_NOUNS, SPEECH_VERBS, _ORG_WORDS, _personal, _Skim, word_starts
from ._common import QUOTE_VERBS as _COMMON_QUOTE_VERBS
from ._common import GENDER_OF_HONORIFIC as _GENDER_OF_HONORIFIC
from ._common import GENDER_OF_NOUN as _GENDER_OF_NOUN
from ._common import GENDER_OF_PRONOUN_WORD
from ._common import set_off_for as _set_off_for
from .people import _HONORIFICS, _STYLES, _TRADE_ROLE_NOUNS, POST_NOMINALS, _clean_name, _is_name_part, _modal_read_off_name, _person_name, name_after_portfolio, portfolio_splits

_QUOTE_MARKS = frozenset("“”\"‘’'`") | {"``", "''"}

_PRONOUNS = frozenset(("he", "she", "they", "it"))
_GENDER_OF_PRONOUN = {"he": "m", "she": "f"}
_OTHER_GENDER = {"m": "f", "f": "m"}
_OWN_PRONOUNS = {"his": "m", "himself": "m", "her": "f", "herself": "f"}  # possessive or reflexive: the clause's subject's own
_WEEKDAYS = frozenset(day.capitalize() for day in WEEKDAY_NAMES)
_HONORIFIC_BEFORE_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+$")
_GENDERED_RE = re.compile(r"\b(?i:he|him|his|himself|she|her|hers|herself)\b")
_FEMININE = frozenset(word for word, gender in GENDER_OF_PRONOUN_WORD.items() if gender == "f")
# Words for a person that give their gender, set beside a name ("Steenburgen’s son, filmmaker Charlie
# McDowell", "Ann Cole, his widow,"): as good as a title for "he" or "she" later.
_KIN_WORDS = "|".join(sorted(_GENDER_OF_NOUN))
# Only a kinship word in apposition counts: right before the name, or before a comma and a title
# ("son, filmmaker Charlie"), never a verb ("Her husband visited Ann Cole"); after it, closing its own
# phrase ("Ann Cole, his widow,"), never someone's ("Bob Jones, the daughter's lawyer").
_OWNER_OF_KIN_RE = re.compile(rf"\s*(His|Her)\s+(?:[a-z-]+\s+)?(?:{_KIN_WORDS})\b")  # a sentence opening "His daughter, …"
_KIN_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<noun>{_KIN_WORDS})(?:\s+|,\s+(?:(?!(?:of|to|for|with|and|or|by|from|the|a|an|at|in|on|who|whom|whose|which|that)\b)[a-z][\w-]*(?<!ed),?\s+){{0,2}})$"
)
_KIN_AFTER_RE = re.compile(rf",\s+(?:his|her|their|the|[A-Z][\w-]+[’']s?)\s+(?:[a-z-]+\s+)?(?P<noun>{_KIN_WORDS})(?=\s*(?:[,.;:)—–]|\s+of\b|$))")
# Nouns for an organisation, as the shared list has them and a few kinds of body that speak in news
# ("the conference said in its filing", "the federation said").
_ORG_NOUNS = BODY_NOUNS | {"district", "label", "society"}  # "the health district said", "the label said" (a record label), "the society posted"
# Verbs that bring in a quotation, as the shared list has them and some that sites use for posts and
# asides ("she captioned the post", "he laughed", "the suit alleges").
QUOTE_VERBS = _COMMON_QUOTE_VERBS | frozenset("caption gush laugh sigh muse clarify plead beg yell scream assure text email allege rave interject answer post rule".split())
_GENERIC_ORG_NOUNS = frozenset("company firm group organisation organization business utility".split())  # any kind of organisation
# Words that end a company's name and say no more than that it is one: a legal form or a holding's word
# ("Corvane Systems", "Halden Group plc"); not a product's or a division's ("Amazon Web Services").
_COMPANY_SUFFIXES = _GENERIC_ORG_NOUNS | frozenset(
    "inc incorporated ltd limited plc llc llp corp corporation co companies holdings holding systems technologies industries ag sa se nv gmbh".split()
)
_RELATIONAL_NOUNS = RELATIONAL_NOUNS
# Words for a person a sentence may bring in without a name ("a retired engineer", "his wife"): the
# shared list, kin, the ones said of another, and common ones the shared list lacks. A list, not
# endings: "-ess", "-ist", "-ian", "-er" end "the process", "the list", "the order" too.
_SOMEONE_NOUNS = PERSON_NOUNS | _GENDER_OF_NOUN.keys() | _RELATIONAL_NOUNS | frozenset(
    """engineer volunteer pioneer mountaineer scientist novelist pianist guitarist dentist therapist pharmacist
    physicist chemist biologist tourist cyclist physician politician technician historian librarian
    pedestrian civilian guardian princess duchess countess waitress hostess farmer shopkeeper passenger
    grandmaster panelist bystander shopper voter employee""".split()
)
# The gender a word for a person gives, where it gives one ("his wife" may be a "she" after it, not a "he").
_GENDER_OF_SOMEONE = _GENDER_OF_NOUN | {noun: gender for nouns, gender in (
    ("man boy king prince businessman spokesman chairman congressman assemblyman councilman alderman", "m"),
    ("woman girl lady queen princess duchess countess actress waitress hostess businesswoman spokeswoman chairwoman congresswoman assemblywoman councilwoman", "f"))
    for noun in nouns.split()}
_ANY_GENDER = frozenset("mf")
_TITLES_OF = {"judge": ("justice",)}  # the title a holder of the role is written with, ending the role ("Justice Lilian Wambui" is "the judge"; a "Justice Minister" is not)
_SOMEONE_UNNAMED_RE = re.compile(r"\b(?:[Aa]n?|[Tt]wo|[Tt]hree)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|men|women|boy|girl|teenager|teen|youth|driver|suspect|pedestrian|motorist|person|people)\b")  # someone new, unnamed
_AGE = "year-old"  # the description "the 56-year-old"
_OTHER_POST = "shadow|former|ex|deputy|vice|assistant|acting|interim|late|then"  # a word before a title that makes it another post ("Shadow Home Secretary", "ex-chancellor")
_QUALIFIED_POST_RE = re.compile(rf"\b(?i:{_OTHER_POST})[\s-]+(?:[\w-]+\s+)?$")  # "Former Prime Minister Rishi Sunak": not the Prime Minister
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
    replying: bool = False  # the subject of "replied": not the one who asked in the sentence before
    answering: bool = False  # a pronoun speaking words that ask nothing: after "Marsh pressed Ochoa on whether …", the one asked answers
    antecedent: str | None = None  # a pronoun's: the one person the sentence names before it, in a clause ending before the quotation
    title: bool = False  # a description by a capitalised title ("the Prime Minister"): someone or, where not known, unread
    modifiers: tuple[str, ...] = ()  # a description's capitalised words ("the American space agency"): the name must have them
    about: tuple[str, ...] = ()  # a pronoun's: the people an "Asked whether Streeting should resign," opener is about, whom it is not
    body: str = ""  # an unnamed spokesperson's: the name of whom they speak for, read here as a place, an organisation where the text reads it so elsewhere


@dataclass(frozen=True)
class _Entity:
    name: str  # "" for someone the text does not name
    kind: str  # PERSON, ORG, or GROUP (people in the plural)


_UNNAMED = _Entity("", "PERSON")
_JOINED = _Entity("", "JOINED")  # a quotation opening a sentence the splitter joined to the one before: that one's to read


# A sentence opening with people that belong to "him" or "her" ("Her parents ran …", "His teammates …").
_OWNED_GROUP_RE = {gender: re.compile(rf"\s*{word}\s+(?:[a-z-]+\s+)?[a-z]+s\b") for gender, word in (("m", "His"), ("f", "Her"))}


# Words in an organisation's name that make it a public body, a club or a school, not what "the company"
# or "the utility" stands for ("the Food Safety and Inspection Service", "Harlow Rovers Football Club").
_NOT_BUSINESS_WORDS = (_ORG_WORDS - _GENERIC_ORG_NOUNS - _COMPANY_SUFFIXES - {"bank", "network", "news", "times", "post", "herald", "daily"}) | frozenset(
    "government administration ministry regulator watchdog charity campaign team federation coalition tribunal embassy parliament".split())
# A word for one kind of organisation → the words that show an organisation is of that kind, in its
# name or set beside it ("Cascadia Air", "the Land Transportation … Regulatory Board" for "the agency").
# (not "department" or "office": an executive department is "the department", and the FBI as often "the agency")
_PUBLIC_BODY_WORDS = frozenset("agency authority board commission administration bureau service directorate inspectorate executive regulator".split())
_KIND_WORDS = {noun: frozenset(words.split()) | {noun, noun + "s"} for noun, words in (
    ("airline", "air airlines airways"),
    ("utility", "power energy electric electricity gas water utilities grid hydro"), ("bank", "bancorp banking"), ("lender", "bank bancorp"),
    ("insurer", "insurance assurance"), ("agency", " ".join(_PUBLIC_BODY_WORDS)), ("regulator", "regulatory authority commission watchdog"),
    ("watchdog", "regulator regulatory authority commission"), ("ministry", ""), ("department", ""), ("council", ""), ("board", ""),
    ("union", "federation workers brotherhood"), ("club", "fc afc"), ("university", "college"), ("hospital", "infirmary clinic"),
    ("party", ""), ("authority", ""), ("commission", ""), ("charity", "foundation"), ("broadcaster", "broadcasting"),
    ("retailer", "stores"), ("label", "records music"),
)}
# The kinds above that are businesses, which a bare name speaking just before may be ("KLM says …", "the airline said");
# not a public body, a union, a party, a club …, which as often is the business's counterpart ("Ryanair said …", "the watchdog said").
_BUSINESS_KINDS = frozenset(noun for noun in _KIND_WORDS if noun not in _NOT_BUSINESS_WORDS | _PUBLIC_BODY_WORDS)
# … and the words that may stand beside its name as what it is ("Halvard, the Norwegian carrier,").
_KIND_NOUNS = {noun: {noun} | ({"carrier"} if noun == "airline" else set()) for noun in _KIND_WORDS}
_DATELINE_RE = re.compile(r"\s*[A-Z][A-Z.’' -]+(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s+(?:\([\w .-]+\)\s+)?[—–-]")
_BUSINESS_REACH = 3  # sentences back in which "the company" looks for the one business named
# An organisation described as issuing a document in a clause of its own: "the sheriff's office said in a Facebook post".
_ISSUED_BY_RE = re.compile(r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:said|says|wrote|writes|posted|added)\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?[a-z]+")
_BODY_WORD_RE = re.compile(rf"\b(?i:{'|'.join(sorted(_ORG_WORDS | _COMPANY_SUFFIXES))})\b")


def _words_of_dateline(dateline) -> set[str]:
    """The words of a dateline match ("MINNEAPOLIS (AP) —" → "MINNEAPOLIS", "AP", "—"); none without one."""
    return {w.strip("()") for w in dateline.group().split()} if dateline else set()


def _name_head(name: str) -> str:
    """The word a name is a name of, its head, lower-cased: its last word before "of" or "for" and a bracket ("Halvard
    Airways", "the Maritime Safety Authority", "Department of Energy" → "department", "Health Service Executive (HSE)"
    → "executive"); a word inside ("Air Accidents Investigation Branch", "European Union regulators") is none."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    name = re.split(r"\s+(?:of|for)\s+", name, maxsplit=1)[0]
    words = re.split(r"[\s-]+", name.strip())
    return re.sub(r"(?:['’]s?|[.,()])+$", "", words[-1].lower()) if words and words[-1] else ""


def _known_kind(name: str) -> bool:
    """Whether a name tells what kind of organisation it is, by its head ("… Airways", "… Trust", "… Hospital"): not
    a bare name (Ryanair, Oxfam, the FBI), which may be any."""
    head = _name_head(name)
    return head in _ORG_WORDS or head in _COMPANY_SUFFIXES or any(head in words for words in _KIND_WORDS.values())


def _of_kind(noun: str, name: str) -> bool:
    """Whether an organisation's name fits a word for any organisation: any for "the group"; for
    "the company" or "the utility", a business's, with no word of a public body's, a club's or a
    school's in it ("Coastal Power & Light", "Halvorsen Foods Inc.", not "the U.S. Department of
    Agriculture's Food Safety and Inspection Service")."""
    if noun in ("group", "organisation", "organization"):
        return True
    return not {w.lower().strip(".,’'") for w in re.split(r"[\s’']+", name)} & _NOT_BUSINESS_WORDS


_PLACE_PLURALS = "counties|states|provinces|districts|regions|parishes|boroughs|islands|towns|cities|villages|suburbs|neighbo(?:u)?rhoods"


def _a_place(name: str, text: str) -> bool:
    """Whether the text calls a name a place, in a list of them before a plural word for places
    ("in Nueces, San Patricio and Aransas counties") or as where something is "based in", whatever
    the recogniser read it as."""
    other = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
    listed = re.search(rf"(?<![\w’'-]){re.escape(name)}(?:(?:,|,?\s+(?:and|or))\s+{other})*\s+(?:{_PLACE_PLURALS})\b", text)
    return bool(listed or re.search(rf"\b(?:based|headquartered|born) in {re.escape(name)}(?![\w’'-])", text))


def _name_and_suffix(word: str, name: str) -> bool:
    """Whether `name` is `word` and a company's suffixes after it ("Corvane Systems", "The Halden Group plc")."""
    words = re.sub(r"^[Tt]he\s+", "", name).split()
    return len(words) > 1 and words[0] == word and all(w.rstrip(".,").lower() in _COMPANY_SUFFIXES for w in words[1:])


# Things the text names like people, which never speak: a storm ("Hurricane Tobias", "Typhoon Kalmaegi"), a ship ("HMS
# Argyll", "the tanker Sea Empress") or an animal ("the horse Red Rum", "Biscuit, a three-year-old beagle,"). The kind is
# written beside the name; the recogniser often reads the name as a person's, and "he" or "she" after it is then someone
# else, whom the text does not let a reader name.
_STORM_KINDS = r"(?:Super\s+)?(?:Hurricane|Typhoon|Cyclone)|(?:Tropical|Subtropical|Winter|Post-tropical)\s+(?:Storm|Depression|Cyclone)|Storm"
_SHIP_PREFIXES = r"HMS|HMAS|HMCS|HMNZS|USS|USNS|RMS|MV|MY"
_THING_NOUNS = (
    "ship vessel boat yacht ferry tanker freighter trawler liner submarine frigate destroyer cruiser barge "
    "dog puppy cat kitten horse racehorse pony colt filly mare stallion gelding greyhound terrier spaniel retriever labrador "
    "beagle collie poodle bulldog sheepdog cow calf pig goat sheep elephant gorilla chimpanzee orangutan panda lion lioness "
    "tiger bear whale orca dolphin parrot tortoise turtle crocodile alligator giraffe hippo rhino"
)  # not words also said of people ("a Navy seal", "a deficit hawk", "a mail carrier", "a night owl", "a publicity hound")
_THING_NOUN_RE = "|".join(_THING_NOUNS.split())


_STORM_KIND_IN_NAME_RE = re.compile(rf"(?:{_STORM_KINDS})\s+(?=\S)")
_NAMED_THING_TEXTS = 64  # articles whose answers are kept: a name is asked of one article many times in a row, never of thousands


@functools.lru_cache(maxsize=_NAMED_THING_TEXTS)
def _thing_names(text: str) -> frozenset[str]:
    """The names a text writes with a storm's kind, a ship's prefix or an animal's or a vessel's noun right beside them
    (`_named_thing`), each as written: the whole run of capitalised words the kind is set beside."""
    name = r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*?)"
    whole = r"(?![\w’'-])(?!\s+[A-Z][\w’'-]*[a-z])"  # the name ends there: "Hurricane Ian", not "… Ian Doherty"
    found: set[str] = set()
    storms = re.search(r"\bstorms?\b", text) is not None
    for match in re.finditer(rf"(?<![\w’'-])(?P<kind>{_STORM_KINDS})\s+{name}{whole}", text):
        if match.group("kind") != "Storm" or storms:
            found.add(match.group("name"))
    for match in re.finditer(rf"(?<![\w’'-])(?:{_SHIP_PREFIXES})\s+{name}{whole}", text):
        found.add(match.group("name"))
    # "the tanker Sea Empress", "her dog, Biscuit,": the noun heads its phrase (no "of" or "the" inside it) and the name
    # follows it at once, closed by the comma when one sets it off; not where a preposition opens the phrase ("Aboard
    # the ship, Captain Reed said")
    modifier = r"(?!(?:of|for|to|in|on|at|by|with|from|and|or|the|a|an)\b)[\w-]+"
    prepositions = {"aboard", "on", "onto", "in", "into", "at", "from", "off", "of", "by", "with", "near", "inside", "beside", "behind", "below", "above", "under", "over", "to", "for"}
    for match in re.finditer(
        rf"(?<![\w’'-])(?i:the|a|an|his|her|their|its|our|my)\s+(?:{modifier}\s+){{0,2}}(?:{_THING_NOUN_RE})(?P<comma>,)?\s+{name}{whole}", text
    ):
        before = re.search(r"(\w+)\s*$", text[max(0, match.start() - 20) : match.start()])
        if match.group("comma") is not None and (
            text[match.end() : match.end() + 1] not in (",", ".", ";", ")", "—", "–") or before is not None and before.group(1).lower() in prepositions
        ):
            continue
        found.add(match.group("name"))
    # "Biscuit, a two-year-old beagle, went missing": the appositive's head is the noun, with only its modifiers before it
    ends = r"(?=\s*[,.;:)—–]|\s+(?:that|which|who|whose|named|called|from|in|at|with|owned|rescued|found)\b)"  # the noun ends the phrase: not "a ship's engineer"
    for match in re.finditer(rf"(?<![\w’'-]){name},\s+(?:a|an|the)\s+(?:{modifier}\s+){{0,3}}(?:{_THING_NOUN_RE}){ends}", text):
        words = match.group("name").split()
        found.update(" ".join(words[i:]) for i in range(len(words)))  # "Then Biscuit, a beagle,": Biscuit
    return frozenset(found)


def _named_thing(name: str, text: str) -> bool:
    """Whether the text shows a name that may read as a person's to be a storm's, a ship's or an animal's: the name itself,
    whole, written with a storm's kind or a ship's prefix right before it ("Hurricane Tobias", "Tropical Storm Kirk", "HMS
    Argyll"), or an animal or vessel noun right before it or set beside it as its appositive's head ("the tanker Sea
    Empress", "the horse Red Rum", "Biscuit, a three-year-old beagle,"). Never by a part of the name ("Hurricane Ian" is
    not Ian Doherty), a noun further off ("Nicky Henderson, the owner of the horse,") or a noun before a title ("Aboard
    the ship, Captain Ian Doherty said"). A storm called "Storm" only where the text writes "storm" in lower case too; a
    name that opens with "Storm" is a person's ("Storm Reid"), one that opens with another kind is the storm's."""
    if not name:
        return False
    kind = _STORM_KIND_IN_NAME_RE.match(name)
    if kind is not None and not re.fullmatch(r"Storm\s+", kind.group()):
        return True  # "Hurricane Tobias", "Tropical Storm Kirk" read as one person's name
    return name in _thing_names(text)


# A sentence opening on someone or something new, by no name ("One insider, …, was blunter.", "A source close to the
# team …", "Another official …"): where the sentence is read by its words alone, its subject may be the "he" after it.
# Not a time ("One day, …", "A year later, …") nor an amount ("A few …", "A number of …").
_SOMEONE_NEW_OPENING_RE = re.compile(
    r"\s*(?:(?:But|And|Yet|Still|However),?\s+)?(?:A|An|One|Another)\s+"
    r"(?!(?:[a-z][\w-]*\s+){0,3}?(?:day|days|morning|afternoon|evening|night|week|weeks|month|months|year|years|decade|time|moment|minute|hour|second|few|lot|number|little|bit|series|total|couple|handful|later|earlier|ago)\b)"
    r"(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*)"
    r"(?:,|\s+(?:who|was|is|were|had|has|said|says|told|added|put|went|took|called|described|disagreed|agreed|spoke|speaking|familiar|close|with|from|at|in)\b)"
)


# A third person of each gender in a quotation: someone the words speak of, not the one who speaks them.


def _someone_new_opening(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens on someone new by no name (`_SOMEONE_NEW_OPENING_RE`): its noun a word for
    a person ("One insider, …", "A source close to …", "Another former teammate said …"), not a thing ("One concern was
    the cost …", "A statement from the club …"), which no "he" or "she" after it can be."""
    m = _SOMEONE_NEW_OPENING_RE.match(text, start)
    if m is None:
        return False
    noun = m.group("noun").lower()
    return noun in PERSON_NOUNS or noun in RELATIONAL_NOUNS or noun.endswith(("ess", "aire", "ist", "ian", "er", "or", "-old"))  # not "-ent": "statement"


class _Discourse:
    """The people and organisations of an article so far, sentence by sentence: the subjects of each
    sentence's clauses (its main clause's first, or its speaker's), whom else it names, and the
    gender that pronouns and titles give each person."""

    def __init__(self, text: str, roles_by_name: Mapping[str, str], people: Mapping[str, str]):
        self.text = text
        self.sentences: list[tuple[list[_Entity], list[_Entity], int, int]] = []  # (subjects, also named, start, paragraph)
        self.genders: dict[str, Counter[str]] = defaultdict(Counter)
        self.at = (0, 0)  # the sentence being read: its start and its paragraph
        self.until = 0  # … and its end
        self.asker: _Entity | None = None  # the subject of the last sentence, when it asks someone something
        self.asked: _Entity | None = None  # … and the one it asks ("One journalist asked Morand whether …"), `_UNNAMED` if not named
        self.speakers: list[_Entity | None] = []  # who speaks in each sentence, where someone does
        self.quoted: set[_Entity | None] = set()  # everyone in `speakers`: who the article has quoted so far
        self.unnamed: list[frozenset[str]] = []  # the genders of anyone each sentence brings in without naming, besides its subject
        self.leading: list[bool] = []  # whether each sentence's other people are only what its subject acts on (`_subject_leads`)
        self.skimmed: list[bool] = []  # whether each sentence was read by its words alone (not parsed)
        self.quoting = ""  # the words of the quotation being attributed, where a pronoun may answer a question (`_answers`)
        self.spelled: dict[str, str] = {}  # an organisation's long form → the initials the text called it by ("the ECB said")
        self.roles = roles_by_name
        self.people = people
        self.kin: Mapping[str, set[str]] = {}  # name → the relations the text calls them ("Her mother, Rosa": mother)
        self.read_as: dict[str, set[str]] = defaultdict(set)  # name → the genders of the pronouns read as them so far
        self.places: set[str] = set()  # names the recogniser read only as places ("staged in Greenville"): no business "the company" could be
        self.bodies: set[str] = set()  # names the recogniser read as an organisation's, in any sentence so far
        self.objected: dict[int, frozenset[str]] = {}  # sentence start → the genders of "him"/"her" its main subject acts on (`_objects_of_subject`)

    def add(self, subjects: list[_Entity], named: list[_Entity], pronouns: set[str], start: int, paragraph: int = 0, asks: bool = False, speaker: _Entity | None = None, asked: _Entity | None = None, unnamed: frozenset[str] = frozenset(), leading: bool = False, skimmed: bool = False) -> None:
        """A sentence (starting at character `start`): its subjects, the others it names, and the
        genders of the possessive and reflexive pronouns of its main clause: when only one, its main
        subject's ("Smith renewed his …"); whether its main verb asks ("Mercer asked whether …")."""
        self.asker = subjects[0] if asks and subjects else None
        self.asked = asked if asks else None
        if subjects and subjects[0].kind == "PERSON" and subjects[0].name and len(pronouns) == 1:
            self.genders[subjects[0].name][next(iter(pronouns))] += 1
        self.sentences.append((subjects, named, start, paragraph))
        self.speakers.append(speaker)
        self.quoted.add(speaker)
        self.unnamed.append(unnamed)
        self.leading.append(leading)
        self.skimmed.append(skimmed)

    def hint(self, named: Sequence[_Entity], text: str, quoted: Callable[[int], bool], start: int) -> None:
        """A sentence that names one person, then uses pronouns of one gender only (outside
        quotations): a hint of hers or his ("Rojo … his club"); with both genders, the first after
        the name when it is the person's own in the same clause ("When Tom Ford finished his speech,
        she stood up": his, not hers)."""
        people = {self.people.get(e.name, e.name) for e in named if e.name and (e.kind == "PERSON" or e.name in self.people)}  # "Quinn" read as a place
        if len(people) != 1:
            return
        name = people.pop()
        at = text.find(name.split()[-1])
        pronouns = [m for m in _GENDERED_RE.finditer(text) if not quoted(start + m.start())]
        genders = {"f" if m.group().lower() in _FEMININE else "m" for m in pronouns}
        if at >= 0 and len(genders) == 1 and pronouns[0].start() > at:
            self.genders[name][genders.pop()] += 1
        elif at >= 0 and len(genders) == 2:
            after = next((m for m in pronouns if m.start() > at), None)
            own = after is not None and after.group().lower() in ("his", "himself", "herself")
            if own and not re.search(r"[,;:—–]", text[at : after.start()]):
                self.genders[name][_OWN_PRONOUNS[after.group().lower()]] += 1

    def gender(self, name: str) -> str | None:
        """A person's gender where the text shows it: a title (two votes), or pronouns twice over."""
        votes = self.genders.get(name)
        if not votes or abs(votes["m"] - votes["f"]) < 2:
            return None
        return "m" if votes["m"] > votes["f"] else "f"

    def gender_read(self, name: str) -> str | None:
        """`gender`, or where the text has not shown it so, the one gender of the pronouns read as the
        person ("She began, as she has taken to beginning, …"): what a reader takes them for."""
        shown = self.gender(name)
        if shown is not None:
            return shown
        read = self.read_as.get(name, set())
        only = next(iter(read)) if len(read) == 1 else None
        return only if only is not None and not self._doubtful(_Entity(name, "PERSON"), only) else None

    def resolve(self, reference: _Reference | None, rivals: Sequence[_Reference] = (), reach: int = _LOOK_BACK) -> _Entity | None:
        """The person or organisation a reference stands for: `_UNNAMED` for a person the text does
        not name, None where it cannot tell. `rivals` are the other subjects of the same sentence
        before the reference: a pronoun could stand for them too."""
        if reference is None:
            return None
        if reference.kind in ("PERSON", "ORG"):
            entity = _Entity(reference.text, reference.kind) if reference.kind == "PERSON" else self._spelled_out(reference.text)
            if reference.kind == "PERSON" and self.people.get(reference.text, reference.text) == reference.text and (reference.text in _WEEKDAYS or reference.text.lower() in MONTHS_AS_NAMES):
                # a month or weekday alone read as a person is a surname ("May told reporters"): the name in full where
                # the text wrote one ("Parish President Jules May"), as for any surname read by the words
                full = self._in_full(reference.text)
                entity = full if full != _UNNAMED else entity
            holder = self._holder(reference.text, reach) if reference.kind == "PERSON" else None
            if holder is not None:
                entity = holder  # "the Prime Minister said", its title read as a name: the one the text gave that title
            if reference.gender:
                self.genders[entity.name][reference.gender] += 2
            return entity
        if reference.kind == "spokesperson":
            return self._spoken_for()
        if reference.kind == "unnamed" and reference.body:  # "A spokesperson for NS told us" after "NS says …"
            return self._read_as_body(reference.body)
        if reference.kind in ("unnamed", "unknown"):
            return _UNNAMED
        if reference.kind in ("surname", "bare name"):
            entity = self._in_full(reference.text)
            words = entity.name.split()
            if reference.kind == "bare name" and entity.name and any(" ".join(words[:k]) in self.places | self.bodies for k in range(1, len(words) + 1)):
                return None  # "Heathrow said" after "London Heathrow": a place's name in full, no person's (the words before the
                # name a place's or body's whole name, not any word of one: not "de", "of" or a given name in "John Lewis")
            return None if entity == _UNNAMED and reference.kind == "bare name" else entity
        if reference.kind == "group":
            return _Entity("", "GROUP")
        if reference.kind == "description":
            described = self._described(reference.text, reach, reference.modifiers)
            return None if reference.title and described == _UNNAMED else described
        if reference.kind == "pronoun" and reference.text in _GENDER_OF_PRONOUN:
            entity = self._pronoun(reference, rivals, reach)
            if entity is not None and entity.name in reference.about:
                return None  # "Asked whether Streeting should resign, she said": not Streeting
            gender = _GENDER_OF_PRONOUN[reference.text]
            if entity is not None and entity.name and _OTHER_GENDER[gender] in self.read_as[entity.name]:
                return None  # "she" read as them before: "he" now is someone else, or one reading was wrong
            if entity is not None and entity.name:
                self.read_as[entity.name].add(gender)
            return entity
        return self._pronoun(reference, rivals, reach)

    def _holder(self, name: str, reach: int) -> _Entity | None:
        """The person a title read as a name stands for ("the Prime Minister said", the name list having taken "Prime
        Minister" for one): the one the text ties that title to ("Prime Minister Kirsten Holm-Madsen", "the prime
        minister, Kirsten Holm-Madsen,", her role), as `_described` finds the holder of "the minister": a title written
        with a word that makes it another post ("Former Prime Minister …", "Shadow Home Secretary …", "Deputy …", "ex-…",
        `_OTHER_POST`) ties it to no one. None where the name is no bare title (it ends in a word that is no role, or it is
        someone's name in full: "Carole King"), or where the text ties that very title to no one or to two (or `_described`
        finds the last sentences about someone else who may hold it): the title stays as it is."""
        words = name.split()
        if not words or words[-1].lower() not in ROLE_NOUNS or not all(w[:1].isupper() for w in words):
            return None
        if any(len(v.split()) > len(words) and v.split()[-len(words) :] == words for v in self.people.values()):
            return None  # "King" for "Carole King": a surname, not a title
        holder = self._described(name.lower(), reach)
        return holder if holder is not None and holder.name and holder.kind == "PERSON" and holder.name != name else None

    def _read_as_body(self, name: str) -> _Entity:
        """The organisation of a name the recogniser read as a place where a spokesperson speaks for it ("A
        spokesperson for NS told us"), where the recogniser read it as an organisation in an earlier sentence ("NS says trains are
        running again"); else someone unnamed ("a Texas spokesman")."""
        return self._spelled_out(name) if name in self.bodies else _UNNAMED

    def _pronoun(self, reference: _Reference, rivals: Sequence[_Reference], reach: int) -> _Entity | None:
        """`resolve` for a pronoun ("he", "she", "they", "it")."""
        if reference.antecedent is not None:
            entity = _Entity(reference.antecedent, "PERSON")
            gender = _GENDER_OF_PRONOUN.get(reference.text)
            return entity if gender and self._fits(entity, gender) and not self._doubtful(entity, gender) else None
        if reference.text in ("they", "it"):  # an organisation, when it was the last sentence's subject
            last = self.sentences[-1][0] if self.sentences else []
            return last[0] if last and last[0].kind == "ORG" and not rivals else None
        gender = _GENDER_OF_PRONOUN[reference.text]
        if self.sentences and self.at[0] > self.sentences[-1][2] and self._unnamed_one_called(self.at[0], self.until, gender):
            return _UNNAMED  # "One publican, who asked not to be named because, he said, “…,” said …": the one it opens on, by no name
        if reference.replying and self.asked is not None and self._fits(self.asked, gender) and not self._doubtful(self.asked, gender):
            return self.asked  # "One journalist asked Morand whether …" then "“…,” he replied"
        if reference.answering and self._answers(gender):
            return self.asked  # "Marsh pressed Ochoa on whether …" then "“Nobody wants a shutdown,” he said": Ochoa answers
        entity = self._antecedent(gender, reach, not_=self.asker if reference.replying else None)
        other = self._other_party(entity, gender) if entity is not None and entity.name else None
        if other is not None:
            return other if other.name else None
        if entity is not None and entity == self.asker and self.asked is not None and self.asked.kind == "PERSON" and self._fits(self.asked, gender):
            return None  # "Moss asked Carver whether …" then "“…,” he said": the one asked may be answering
        rivals = [r for r in rivals if not (r.kind == "unnamed" and r.gender and r.gender != gender)]  # "he said of his wife"
        if entity is None or any(self._fits(rival, gender) and rival != entity and not self._shown_other(rival, gender) for rival in map(self._rival, rivals)):
            return None
        return entity  # no vote for the gender it read: one wrong reading would confirm itself

    def _other_party(self, said: _Entity, gender: str) -> _Entity | None:
        """In an exchange of turns between two people of one gender, each a paragraph of their own ("“Will you commit …?”
        Mayfield asked." / "“…,” Vollmer replied." / "“That's not a yes,” Mayfield said." / "“It's an honest answer,” she
        said."), the one a new paragraph's "she" may be besides the last to speak (`said`): the other party's turn, where the
        last turn asked her something; either, and no one (`_UNNAMED`), where the other's turn answered a question `said`
        put in the turn before it. None where the text is no such exchange between the two (the paragraph before is not
        `said`'s turn alone, the one before that not the other's; the other answered someone else: "“Did you …?” a reporter
        asked Williams." / "“…,” Williams replied." / "“…,” Sharapova said.") or "she" goes on ("“…,” she added."): the
        earlier reading stands."""
        if not self.sentences or not self.text[self.at[0] :].lstrip().startswith(("“", '"', "‘")):
            return None
        if re.match(r"\s*[“\"][^”\"]*[”\"]\s*(?:he|she)\s+(?:added|continued|went\s+on)\b", self.text[self.at[0] :]):
            return None  # "“…,” she added.": the one who spoke last goes on
        ends = [start for _, _, start, _ in self.sentences[1:]] + [self.at[0]]
        turns: list[tuple[int, set, str]] = []  # (paragraph, its speakers, its words), the last three paragraphs before this one
        for (_, _, start, paragraph), speaker, end in list(zip(self.sentences, self.speakers, ends, strict=True))[::-1]:
            if paragraph >= self.at[1]:
                return None  # the same paragraph goes on: "she" is the one who spoke in it
            if not turns or turns[-1][0] != paragraph:
                if len(turns) == 3:
                    break
                turns.append((paragraph, set(), ""))
            turns[-1][1].add(speaker)
            turns[-1] = (paragraph, turns[-1][1], self.text[start:end] + turns[-1][2])
        if len(turns) < 2 or turns[0][0] != self.at[1] - 1 or turns[1][0] != turns[0][0] - 1 or turns[0][1] != {said} or len(turns[1][1]) != 1:
            return None
        other = next(iter(turns[1][1]))
        if other is None or other.kind != "PERSON" or not other.name or other == said or not self._fits(other, gender) or self._shown_other(other, gender):
            return None
        quoted = lambda words: [m.group() for m in re.finditer(r"[“\"][^”\"]*[”\"]", words)]  # noqa: E731
        if not all(quoted(words) and not re.sub(r"[“\"][^”\"]*[”\"]", "", words).strip(" \n,.").count(" ") > 3 for _, _, words in turns[:2]):
            return None  # a turn is a quotation and who spoke it, no narration
        asks = lambda words: quoted(words)[-1].rstrip("”\" ").endswith("?")  # noqa: E731
        if asks(turns[0][2]):
            return other  # `said` asked the other something: the answer is theirs
        answered = len(turns) == 3 and turns[2][0] == turns[1][0] - 1 and turns[2][1] == {said} and bool(quoted(turns[2][2])) and asks(turns[2][2])
        return _UNNAMED if answered else None  # the other answered `said`, who spoke again: either may go on

    def _answers(self, gender: str) -> bool:
        """Whether the one the last sentence, parsed, had a person ask by name ("Marsh pressed Ochoa on whether
        …", "Reyes asked Cole about …") is the "he" or "she" of words after it that ask nothing: their
        answer, as a reader takes it: where the text has shown the asker of the other gender, or where the words read as
        an answer (`_reads_as_answer`: "Nothing changes" after "whether the team would change its shape") and the text
        has shown the one asked of that gender and not the asker. A statement that answers nothing may as well be the
        asker's follow-up ("Judge Hale asked Ortiz whether he understood" then "“You will have a chance to speak
        later,” he said"): a wrong name is worse than none."""
        asker, asked = self.asker, self.asked
        if asker is None or asked is None or not asked.name or asker.kind != "PERSON" or asked.kind != "PERSON" or asker == asked:
            return False
        if not self.skimmed or self.skimmed[-1] or not self._fits(asked, gender) or self._doubtful(asked, gender) or self._shown_other(asked, gender):
            return False
        if bool(asker.name) and self._shown_other(asker, gender):
            return True
        question = self.text[self.sentences[-1][2] : self.at[0]] if self.sentences else ""
        shown = lambda e: bool(e.name) and (self.genders[e.name][gender] > self.genders[e.name][_OTHER_GENDER[gender]] or gender in self.read_as.get(e.name, ()))  # noqa: E731
        return shown(asked) and not shown(asker) and _reads_as_answer(question, self.quoting)

    def _spelled_out(self, name: str) -> _Entity:
        """An organisation by the fullest name the text gives it: "ECB" (or "TfW") → the "European
        Central Bank" named before, the one name whose capitals spell it; "Corvane" → "Corvane
        Systems", the one name before that it opens with only a company's suffix after (not "Amazon" →
        "Amazon Web Services": a parent is not its division)."""
        known = {e.name for subjects, named, _, _ in self.sentences for e in [*subjects, *named] if e.kind == "ORG"}
        if re.fullmatch(r"[A-Z][A-Za-z]{1,5}", name) and sum(c.isupper() for c in name) >= 2:
            capitals = re.sub(r"[a-z]", "", name)
            spelled = {n for n in known if _spells(n, capitals, self.text)}
            spelled = spelled or {n for n in known if re.search(rf"(?<![\w’'-]){re.escape(n)}\s*\({re.escape(name)}\)", self.text)}  # "the Country Fire Authority (CFA)"
            if not spelled:  # a name in a sentence only skimmed: the capitalised words of the text so far
                written = {re.sub(r"^The\s+|(?:\s+(?:of|for|and|the|&))+$", "", m.group()) for m in re.finditer(_CAPITALISED_RUN, self.text[: self.at[0]])}
                spelled = {n for n in written if len(n.split()) > 1 and _spells(n, capitals, self.text)}
        elif re.fullmatch(r"[A-Z][a-z]+", name):
            spelled = {n for n in known if _name_and_suffix(name, n)}
        else:
            spelled = set()
        if len(spelled) == 1:
            long = spelled.pop()
            if ACRONYM_RE.fullmatch(name):
                self.spelled[long] = name  # the text linked the two: "Long Form (ACR)" names it (`organisation_name`)
            return _Entity(long, "ORG")
        return _Entity(name, "ORG")

    def _spoken_for(self) -> _Entity:
        """ "a spokesperson said" → the organisation the sentence before was about ("Norfolk County
        Council said it had launched an investigation. A spokesman said: …"), when it names no one
        else; else someone unnamed."""
        if not self.sentences:
            return _UNNAMED
        subjects, named, _, paragraph = self.sentences[-1]
        if not subjects or not subjects[0].name or paragraph < self.at[1] - 1:
            return _UNNAMED
        if subjects[0].kind != "ORG" and _Entity(subjects[0].name, "ORG") not in named:  # "Northern Powergrid says …", read as a person and an organisation
            return _UNNAMED
        others = {e for e in [*subjects, *named] if e.name and e.name != subjects[0].name and e.kind in ("ORG", "PERSON")}
        before = self.text[self.sentences[-1][2] : self.at[0]]
        stated = _STATED_RE.search(before) or re.search(r"\bstatement\b", before)  # "In a statement, the district said …": its verb
        if stated is None or re.search(_ORG_DESCRIPTION, before[stated.end() :]):
            return _UNNAMED  # "The Guardian contacted the company for comment.", "Reuters could not verify the claims.": no statement of theirs
        return _UNNAMED if others else _Entity(subjects[0].name, "ORG")

    def _spokesperson_before(self, reach: int) -> _Entity:
        """ "the spokesperson said" → the organisation of the spokesperson the nearest sentence
        brought in ("A Veltrix spokesperson said …", "A spokesperson for the hospital declined …");
        someone unnamed where that one is named or speaks for no organisation the text names."""
        ends = [start for _, _, start, _ in self.sentences[1:]] + [self.at[0]] if self.sentences else []
        for (_, _, start, _), end in list(zip(self.sentences, ends, strict=True))[::-1][:reach]:
            found = list(_SPOKESPERSON_RE.finditer(self.text, start, end))
            if not found:
                continue
            written = found[-1]
            if written.group("named"):
                return _UNNAMED  # "A spokesman for the club, Tom Reed, said": "the spokesman" is he
            owner = (written.group("for") or written.group("before") or written.group("owner") or "").strip()
            if owner[:1].isupper():
                name = re.sub(r"^[Tt]he\s+|[’']s$", "", owner)
                return _UNNAMED if _speaks_for_a_person(name, self.people, {}, self.text) else self._spelled_out(name)
            noun = owner.split()[-1].lower() if owner else ""
            described = self._described(noun, reach) if noun in _ORG_NOUNS else None
            return described if described is not None and described.name else _UNNAMED
        return _UNNAMED

    def _in_full(self, surname: str) -> _Entity:
        """ "Sowerby" → the one person the text so far wrote in full with that surname ("Anna Sowerby
        KC told the jury"), read off the words, or the one written surname first ("Goh Wei Ming"); someone
        unread where none or two."""
        so_far = self.text[: self.at[0]]
        written = re.finditer(rf"(?<![\w’'-])(?P<before>(?:[A-Z][\w’'-]+\s+){{0,2}}){re.escape(surname)}(?P<after>(?:\s+[A-Z][a-z][\w’'-]*){{2}}(?![\w’'-]|\s+[A-Z]))?(?![\w’'-])", so_far)
        # a name written surname first, with two given names after it ("Mr Goh" for "… Minister Goh Wei Ming")
        names = {surname + m.group("after") if m.group("after") else _person_name(m.group()) for m in written if m.group("before") or m.group("after")}
        names = {n for n in names if _looks_like_name(n) and re.match(_NOT_NAMES + r"\w", n) and not (set(n.split()[:-1]) & _WEEKDAYS)}
        return _Entity((lambda n: self.people.get(n, n))(names.pop()), "PERSON") if len(names) == 1 else _UNNAMED

    def _rival(self, reference: _Reference) -> _Entity:
        if reference.kind == "description" and reference.text in _ORG_NOUNS:
            return _Entity("", "ORG")  # "whether the company could …": no "he"
        if reference.kind == "description" and reference.text != _AGE and reference.text not in _SOMEONE_NOUNS and not _personal(reference.text, epithet=True):
            return _Entity("", "THING")  # "The annual wage settlement … will be “…,” she wrote": a thing ("-ent" as in "student"), no "she"
        return _Entity(reference.text, reference.kind) if reference.kind in ("PERSON", "ORG") else _UNNAMED if reference.kind in ("unnamed", "unknown", "description") else _Entity("", "GROUP")

    def _fits(self, entity: _Entity, gender: str | None) -> bool:
        return entity.kind == "PERSON" and (gender is None or not entity.name or self.gender(entity.name) in (None, gender))

    def _shown_other(self, entity: _Entity, gender: str) -> bool:
        """Whether the text so far has shown a person as of the other gender only (a pronoun beside
        their name, or one read as them: "Ellison wept as she addressed the judge."): no rival to
        "he" or "she" then ("But he told Ellison that “…”")."""
        if not entity.name:
            return False
        votes, read = self.genders.get(entity.name, Counter()), self.read_as.get(entity.name, set())
        other = _OTHER_GENDER[gender]
        return (votes[other] > 0 or other in read) and not votes[gender] and gender not in read

    def _doubtful(self, entity: _Entity, gender: str | None) -> bool:
        """Whether the text leans the other way on the person, if only by one pronoun ("Tom Reed runs
        the farm with his wife. “…,” she said."): too little to pass over them, too much to choose them."""
        if entity.kind == "PERSON" and _named_thing(entity.name, self.text):
            return True  # "Hurricane Tobias made landfall …" then "“…,” he said": not the storm, and no one the text names
        votes = self.genders.get(entity.name, Counter())
        return gender is not None and bool(entity.name) and votes[_OTHER_GENDER[gender]] > votes[gender]

    def _names_as_subject(self, start: int, end: int, gender: str) -> bool:
        """Whether a sentence, outside its quotations, has "she" (or "he") of that gender as a subject: someone it is
        about acts in it ("Venkataraman's daughter Priya helps …, but she has no plans …"), no "her work" of one before."""
        words = re.sub(r"[“\"][^”\"]*[”\"]", " ", self.text[start:end])
        return re.search(r"\bshe\b" if gender == "f" else r"\bhe\b", words, re.IGNORECASE) is not None

    def _unnamed_one_called(self, start: int, end: int, gender: str) -> bool:
        """Whether a sentence (`start` to `end`), outside its quotations, opens on someone unnamed whose relative clause,
        after a verb of its own, calls someone "she" (or "he"): "A warehouse picker at the depot, who spoke … because she
        feared …, said …", "One publican, who asked not to be named because, he said, …". Not a pronoun right after "who"
        ("One of the intruders, who she said wore a balaclava, …", "An officer, who, he said, smelled of alcohol, …"): the
        one who tells of them, someone else. What the clause calls "she" after its verb is read as the unnamed one's own
        by its words alone (it may still be another's: "who hit the woman she said …")."""
        words = re.sub(r"[“\"][^”\"]*[”\"]", " ", self.text[start:end])
        pronoun = "she" if gender == "f" else "he"
        return re.match(rf"\W*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[a-z][\w-]*(?:\s+[\w’'-]+){{0,8}}?,\s+who\s+(?!(?:she|he|they|I|we)\b)\w[^.;,]*(?:,[^.;,]*)?\b{pronoun}\b", words) is not None

    def _antecedent(self, gender: str | None, reach: int, not_: _Entity | None = None) -> _Entity | None:
        """The nearest earlier sentence's subject that fits (its main clause's or another's); in a
        sentence with none, the one person it names, when the text gave that person this gender.
        Two that fit: no one. `not_`: one who cannot be meant ("“…,” she replied" after "Mercer asked
        whether she …")."""
        ends = [start for _, _, start, _ in self.sentences[1:]] + [self.at[0]] if self.sentences else []
        through = False  # passed a sentence about a group that calls someone "her": the one before it must be the only one it can mean
        for k, ((subjects, named, start, paragraph), speaker, unnamed, leading, skimmed, end) in enumerate(list(zip(self.sentences, self.speakers, self.unnamed, self.leading, self.skimmed, ends, strict=True))[::-1][:reach]):
            if subjects and subjects[0].kind == "GROUP" and gender and _OWNED_GROUP_RE[gender].match(self.text, start, end):
                continue  # "Her parents ran a taco stand.": "she" is the one they belong to, said before
            if gender and speaker is not None and speaker.kind == "ORG" and speaker.name:
                return None  # "The ministry said …" then "“…,” she said": its spokeswoman, or a name misread as the body's
            if gender and not (subjects and subjects[0].kind != "GROUP") and self._speaks_of(start, end, gender) and not self._names_as_subject(start, end, gender):
                through = True  # a sentence without a person for its subject, calling someone "her": one said before
                if subjects and not any(e.kind == "PERSON" and e.name and self._fits(e, gender) for e in [*subjects, *named]):
                    continue  # "Before her work, researchers had mostly studied …": "she" is the one the sentence's "her" is
                # not "Fans cheered Anna Berg after her win …": a woman the sentence names may be its "her" 
            if subjects and subjects[0].kind == "GROUP" or subjects[:1] == [_UNNAMED]:
                return None  # "Both men spoke …", "His daughter helps …": "he"/"she" may be one of them
            if gender and not subjects and self._unnamed_one_called(start, end, gender):
                return None  # "A warehouse picker, who … because she feared …, said …", its subject unread: "she" may be that one
            if gender and skimmed and not subjects and _someone_new_opening(self.text, start):
                return None  # "One insider, speaking on condition of anonymity, was blunter.", read by its words: a subject it cannot read, someone new as likely as not
            subjects, named = [e for e in subjects if e != not_], [e for e in named if e != not_]
            fitting = {e for e in subjects if self._fits(e, gender)}
            if leading and subjects and subjects[0] in fitting:
                fitting = {subjects[0]}  # not one the object's clause is about ("… defended Frank Novak, who has faced …")
            if fitting:
                person = fitting.pop()
                # (not even the last one quoted, as the subject of the sentence right before: "Whitley said …. Okoro said …."
                # then "“…,” she said" is either woman's, and so is "Resident Mary Nolan said …. The planning officer, Tim
                # Ward, said her home …" then "she said" where Tim is not known to be a man: session 15 tried it and took it out)
                if len(fitting) or (paragraph < self.at[1] and self._rival_in_paragraph(person, gender, paragraph)):
                    return None
                if self._doubtful(person, gender):
                    return None
                if gender and subjects and person == subjects[0] and gender in self.objected.get(start, ()):
                    return None  # "Robson put it to her that …" then "“…,” she said": her, or Robson if a woman
                if through and self._subject_before(len(self.sentences) - 1 - k, person, gender):
                    return None  # "Natarajan mapped the north. Forsyth mapped the south. Before her surveys, …": whose?
                others = {e for e in named if e != person and len(e.name.split()) > 1 and self._fits(e, gender)}  # names in full: "Surrey" may be a misread place
                others = {e for e in others if not (gender and self._shown_other(e, gender))}  # not "Asked about Fitch's comments, Halvorsen shrugged." with Fitch a "he" so far
                if gender and others and self.gender(person.name) != gender and person != speaker and not leading:
                    return None  # "Tom Reed met Ann Cole. “…,” she said.": either, for all the text shows
                if gender and skimmed and any(self.gender(e.name) == gender for e in others):
                    return None  # "Reed noted that Cole himself voted against it." then "He said …": two men, on the words alone either
                return person
            fitting = {e for e in named if e != _UNNAMED and self._fits(e, gender)}
            if len(fitting) > 1 or unnamed and (gender is None or gender in unnamed):
                return None  # two named, or someone of that gender the sentence brings in unnamed ("The court heard from a neighbour who …")
            if fitting:
                person = fitting.pop()
                return person if gender and self.gender(person.name) == gender else None
        return None

    def _subject_before(self, index: int, person: _Entity, gender: str) -> bool:
        """Whether the sentence before sentence `index` has another person who fits as its main subject, not
        one a possessed kinship word brings in ("Her daughter, Ingrid, said …": not "her")."""
        if index < 1:
            return False
        subjects, _, start, _ = self.sentences[index - 1]
        other = subjects[0] if subjects else None
        if other is None or other == person or not other.name or not self._fits(other, gender) or self._shown_other(other, gender):
            return False
        owner = _OWNER_OF_KIN_RE.match(self.text, start)
        return not (owner and _OWN_PRONOUNS[owner.group(1).lower()] == gender)

    def _speaks_of(self, start: int, end: int, gender: str) -> bool:
        """Whether a sentence, outside quotations, calls someone by a pronoun of this gender and none of
        the other: one it does not name, the one the text was about before it."""
        words = re.sub(r"[“\"][^”\"]*[”\"]", " ", self.text[start:end])
        genders = {"f" if m.group().lower() in _FEMININE else "m" for m in _GENDERED_RE.finditer(words)}
        return genders == {gender}

    def _rival_in_paragraph(self, person: _Entity, gender: str | None, paragraph: int) -> bool:
        """Whether another sentence of an earlier paragraph has another main subject that fits: a
        pronoun opening a later paragraph could stand for either ("Moore backs it. Reed is against
        it." then "“…,” she said.")."""
        return any(p == paragraph and subjects and subjects[0] != person and subjects[0].name and self._fits(subjects[0], gender)
                   and not (gender and self._shown_other(subjects[0], gender)) for subjects, _, _, p in self.sentences)

    def _author(self, word: re.Pattern, reach: int) -> _Entity:
        """ "the statement said" → whoever was the subject of the latest sentence that brought the
        statement in ("Big Machine issued a statement …"), when named; else someone unnamed."""
        if not self.sentences:  # the article's first sentence: nothing brought the statement in
            return _UNNAMED
        ends = [start for _, _, start, _ in self.sentences[1:]] + [self.at[0]]
        for (subjects, _, start, _), end in list(zip(self.sentences, ends, strict=True))[::-1][:reach]:
            found = word.search(self.text[start:end])
            if found:
                by_another = re.match(r"\s+(?:from|by|of)\b|\s+on\s+(?:\S+\s+){1,3}behalf\b|\s+on\s+behalf\s+of\b", self.text[start + found.end() : end])
                # "read a statement from the club"; "read a statement on Whitfield's behalf": another's words
                if subjects and subjects[0].name and not by_another:
                    return subjects[0]
                issued = _ISSUED_BY_RE.search(self.text, start, start + found.end())  # "…, the sheriff's office said in a Facebook post."
                if issued and not by_another and issued.end() == start + found.end():
                    noun = issued.group("noun").lower()
                    owner = self._described(noun, reach) if noun in _ORG_NOUNS else None
                    return owner if owner is not None and owner.name else _UNNAMED
                return _UNNAMED
        return _UNNAMED

    def _described(self, noun: str, reach: int, modifiers: Sequence[str] = ()) -> _Entity | None:
        """ "the department" → the one organisation named so far with that word in its name; "the
        minister" → the one person the article gave that role ("… said Foreign Minister Abbas
        Araghchi", or a key player's role); "the billionaire", not a title, used before as "the
        billionaire" and never as "a billionaire", → the one person the last two sentences were
        about. Otherwise someone unnamed."""
        if noun == _AGE and len(modifiers) > 1:  # "the 52-year-old trustee": the trustee, where the text has one
            by_role = self._described(modifiers[1], reach)
            if by_role is not None and by_role.name:
                return by_role
        word = re.compile(rf"(?<!\w){re.escape(noun)}s?(?!\w)", re.IGNORECASE)
        if noun in _SPOKES_NOUNS:
            return self._spokesperson_before(reach)
        if noun in _DOCUMENT_NOUNS:
            return self._author(word, reach)
        if noun in _ORG_NOUNS:  # the one organisation so named, else the one the last sentence was about
            # any name with the word in it is an organisation's, whatever the recogniser took it for ("Skyward Airlines")
            # but not a common noun capitalised by the start of a line ("Energy company says …")
            found = {_Entity(e.name, "ORG") for subjects, named, _, _ in self.sentences for e in [*subjects, *named]
                     if e.name and word.search(e.name) and not re.fullmatch(r"[A-Z][a-z-]+(?:\s+[a-z-]+)+", e.name)}
            found = {e for e in found if all(m in e.name.split() for m in modifiers)}  # not the "Russian Federal Space Agency" for "the American space agency"
            recent = {e.name for subjects, named, _, _ in self.sentences[-_BUSINESS_REACH:] for e in [*subjects, *named]}
            described = re.compile(rf"(?<![\w’'-]){re.escape(noun)}s?(?![\w’'-])")  # the word in lower case: a description, no name
            found = {e for e in found if e.name in recent or not described.search(e.name)}  # "Saxony's minority government", many sentences back: the text may have turned to another
            ending = {e for e in found if e.name.split()[-1].lower().rstrip("s") == noun}
            found = ending if len(found) > 1 and len(ending) == 1 else found  # "the district": the "… Health District", not "Moruya District Hospital"
            subjects, named = self.sentences[-1][:2] if self.sentences else ([], [])
            organisations = {e.name for e in [*subjects, *named] if e.kind == "ORG"}  # the recogniser's reading counts too
            if not found and noun in _GENERIC_ORG_NOUNS and subjects and organisations == {subjects[0].name} and _of_kind(noun, subjects[0].name):
                found = {_Entity(subjects[0].name, "ORG")}
            if not found and noun in _GENERIC_ORG_NOUNS - {"group", "organisation", "organization"}:  # the one business the last sentences name ("according to Coastal Power & Light's outage map")
                found = self._business_in_reach(noun)
            if not found and noun in _KIND_WORDS:  # "the airline" after "Cascadia Air said …": the one organisation in reach the text shows is one
                found = self._business_in_reach(noun, kind=True, misread=not modifiers)  # "the American space agency": not a name the text only set beside another kind
            speaking = self.speakers[-1] if self.speakers else None
            if (not found and noun in _BUSINESS_KINDS and not modifiers and subjects and subjects[0].kind == "ORG" and speaking == subjects[0]
                    and organisations - self.places == {subjects[0].name} and len(subjects[0].name.split()) == 1 and not _known_kind(subjects[0].name)):
                # "KLM says it expects …" then "the airline said": a bare name, one word that tells no kind, speaking as the last
                # (a kind of business only: "Deliveroo said …" then "the union said" is its counterpart, another body)
                # sentence's subject (not "Harbour Foods was fined …" then "the agency said"), the one organisation the last
                # sentences name (not after "Ryanair … The Air Accidents Investigation Branch …")
                if {e.name for e in self._business_in_reach("group")} == {subjects[0].name}:
                    found = {_Entity(subjects[0].name, "ORG")}
            return found.pop() if len(found) == 1 else _Entity("", "ORG")
        so_far = self.text[: self.at[0]]
        roles = {name: role for name, role in self.roles.items() if word_starts(so_far, name.split()[-1], "’'-", "-")}  # not one the text has yet to bring in
        titles = "|".join(map(re.escape, (noun, *_TITLES_OF.get(noun, ()))))  # "the judge": "Justice Lilian Wambui" too
        title = re.compile(rf"(?<!\w)(?:{re.escape(noun)}s?(?!\w)|(?:{titles})\s*$)", re.IGNORECASE)
        found = {_Entity(name, "PERSON") for name, role in roles.items() if title.search(role) and noun != _AGE}  # an age is no role
        if not (noun in _SOMEONE_NOUNS or _personal(noun)):
            found = set()  # "the hurricane center wrote": no word for a person, whoever a role was read as ("Hurricane Tobias": "the hurricane center")
        # "the chancellor": not the one whose role is "Shadow chancellor", "former chancellor", "Deputy Prime Minister"
        other = re.compile(rf"\b(?:{_OTHER_POST})[\s-]+(?:[\w-]+\s+)?{re.escape(noun)}\b", re.IGNORECASE)
        found = {e for e in found if not other.search(self.roles[e.name])}
        titled = re.compile(rf"(?<!\w)(?i:{titles}),?\s+((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)")  # "the chancellor, Rachel Thorne,"
        known = set(self.people.values())
        found |= {_Entity(self.people.get(m.group(1), m.group(1)), "PERSON") for m in titled.finditer(so_far)
                  if (m.group(1) in self.people or m.group(1) in known) and not _QUALIFIED_POST_RE.search(so_far, max(0, m.start() - 40), m.start())}
        if found:
            subjects, named = self.sentences[-1][:2] if self.sentences else ([], [])
            speaking = self.speakers[-1] if self.speakers else None
            # two holders: the one the text is about, for the bare title only ("the Dayton coach", "the other coach",
            # "the losing coach" say which by what the words tell, which this does not read)
            holder = found.pop() if len(found) == 1 else self._holder_in_focus(found) if not modifiers else _UNNAMED
            other_role = lambda e: (e.name in self.roles and not title.search(self.roles[e.name])  # noqa: E731  "Assistant District Attorney Karen Walsh" is no judge
                                    and bool(set(re.findall(r"[a-z]+", self.roles[e.name].lower())) & ROLE_NOUNS))  # "His replacement, Mary Chen" may be
            if any(e.kind == "PERSON" and e.name and e != holder and e != speaking and not other_role(e) for e in (subjects[:1] or named)):
                return _UNNAMED  # "Macron met Biden. Biden praised …" then "the president said": the one just written about may hold it too
            return holder
        before_last = self.text[: self.sentences[-1][2]] if self.sentences else ""  # an epithet used before the last sentence
        earlier = lambda article: re.search(rf"\b(?i:{article})\s+(?:[\w-]+\s+){{0,2}}(?i:{re.escape(noun)})(?![\w-])", before_last)  # noqa: E731
        age = noun == _AGE  # "the 56-year-old": written of the one the text was just about, without being used before
        if not age and not earlier("an?|another|one") and self._epithet_of_speaker(noun, modifiers, roles):
            return self.speakers[-1]  # "Moss said the side had “stuck together”." then "“…,” the Welsh midfielder said"
        if not age and (noun in ROLE_NOUNS or not _personal(noun, epithet=True) or not earlier("the") or earlier("an?|another|one")):
            return _UNNAMED  # a title that often brings in someone new, a word not yet used of the one the text is about
        if age and _SOMEONE_UNNAMED_RE.search(self.text, self.sentences[-2 if len(self.sentences) > 1 else -1][2], self.at[0]):
            return _UNNAMED  # "… said a man had been charged" then "the 24-year-old told the court": he, not the one who said it
        aged = self._aged(modifiers[0]) if age and modifiers else set()
        if aged:  # "Vega, 44, …" and later "the 44-year-old": her, whoever was written about last
            return _Entity(aged.pop(), "PERSON") if len(aged) == 1 else _UNNAMED
        recent = self.sentences[::-1][:2]
        last = next((subjects[0] for subjects, _, _, _ in recent if subjects), None)
        # others: anyone unnamed, or a name in full (a lone word the recogniser took for a person, "as Ramadan begins", is no rival)
        people = {e for subjects, named, _, _ in recent for e in [*subjects, *named]
                  if e.kind == "PERSON" and (e in subjects or not e.name or len(self.people.get(e.name, e.name).split()) > 1)}
        if last is None or not last.name or last.kind != "PERSON" or not people <= {last} or self._beside(noun, last.name):  # "the 67-year-old" is no agency
            return _UNNAMED
        if age and self._unread_name(recent, last):
            return _UNNAMED  # "Halvorsen beat Faith Chebet …" (Chebet unrecognised) then "the 27-year-old Kenyan said": either
        if not age and not self._always_with(noun, last):
            return _UNNAMED
        if age and len(modifiers) > 1 and any(name != last.name and re.search(rf"\b{re.escape(modifiers[1])}\b", role, re.IGNORECASE) for name, role in roles.items()):
            return _UNNAMED  # "the 30-year-old striker" when the striker is another
        if age and modifiers and re.search(rf"(?<![\w’'-]){re.escape(last.name.split()[-1])},\s+\d+\s*[,.]", self.text[: self.at[0]]):
            return _UNNAMED  # "Lucia Vega, 38," is not "the 44-year-old"
        return last

    def _holder_in_focus(self, holders: set[_Entity]) -> _Entity:
        """Of two or more people the text gives the title ("Friday's high school coach, Steve Marchetti", "Cincinnati
        coach Darnell Roper"), the one "the coach" stands for where the text is about one of them: the one who spoke in
        the last sentence, or its main subject, in this paragraph or the one before (the centre of the discourse, as
        "he" would be); none (`_UNNAMED`) where the last sentence's paragraph speaks of or quotes another holder too
        ("Roper praised Marchetti." then "the coach said": either), or where the last sentence is about no holder."""
        if not self.sentences or self.sentences[-1][3] < self.at[1] - 1:
            return _UNNAMED
        subjects, named, _, _ = self.sentences[-1]
        speaking = self.speakers[-1]
        centre = speaking if speaking in holders else subjects[0] if subjects and subjects[0] in holders else None
        if centre is None or (speaking is not None and speaking.kind == "PERSON" and speaking.name and speaking != centre):
            return _UNNAMED
        last = self.sentences[-1][3]
        recent = [(sentence, speaker) for sentence, speaker in zip(self.sentences, self.speakers, strict=True) if sentence[3] == last]
        if any(e in holders and e != centre for (subjects, named, _, _), speaker in recent for e in [*subjects, *named, speaker]):
            return _UNNAMED
        return centre

    def _unread_name(self, recent, person: _Entity) -> bool:
        """Whether these sentences, outside quotations, write a name after a lower-case word ("beat Faith
        Chebet", "over Jake Sutter") that is neither the person's nor one the recogniser read: someone else."""
        known = {w for subjects, named, _, _ in recent for e in [*subjects, *named, person] for w in e.name.split()}
        ends = {start: end for (_, _, start, _), end in zip(self.sentences, [s for _, _, s, _ in self.sentences[1:]] + [self.at[0]], strict=True)}
        for _, _, start, _ in recent:
            words = re.sub(r"[“\"][^”\"]*[”\"]", " ", self.text[start : ends[start]])
            for m in re.finditer(r"(?<=[a-z] )[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+", words):
                if not set(m.group().split()) <= known and not re.search(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s+$", words[: m.start()]):
                    return True
        return False

    def _business_in_reach(self, noun: str, kind: bool = False, misread: bool = False) -> set[_Entity]:
        """The businesses named in the last few sentences, after the last whose subject is a person or
        a name not read as an organisation (the text turned to them, or the recogniser misread its
        subject: "Petrovane, which is based in Houston, said"): "the company" is one of these. With
        `kind`, for a word for one kind of organisation ("the airline", "the agency", "the union"): the
        organisations named there that the text shows are of that kind (`_shown_as`), by their fullest name; with `misread`,
        a subject read as a person's name that the text sets the kind beside ("his old label, Crestline") too."""
        dateline = _words_of_dateline(_DATELINE_RE.match(self.text))  # "MINNEAPOLIS (AP) —": a place and a wire, no business of the story's
        people = set(self.people) | set(self.people.values())
        surnames = {n.split()[-1] for n in people if len(n.split()) > 1}
        mentions, as_subject, cut = [], set(), False
        ends = [start for _, _, start, _ in self.sentences[1:]] + [self.at[0]] if self.sentences else []
        for (subjects, named, start, _), end, skimmed in list(zip(self.sentences, ends, self.skimmed, strict=True))[::-1][:_BUSINESS_REACH]:
            subject = subjects[0].name if subjects else ""
            also_body = {e.name for e in named if e.kind == "ORG" and subject and re.search(rf"(?<![\w’'-]){re.escape(subject)}$", e.name)}  # "Carolina Coastal Power" read as a person and as a body
            # "his old label, Crestline" then "Crestline rejected …", read as a person
            shown = (misread and subject and not also_body and subjects[0].kind == "PERSON" and self._shown_as(noun, subject)
                     and not re.search(rf"(?<![\w’'-])(?!The\b)[A-Z][\w’'&-]*\s+{re.escape(subject)}(?![\w’'-])", self.text))  # not the end of a longer name ("Brightwell Teachers Guild")
            if shown:
                also_body.add(subject)
            if subject and subjects[0].kind != "ORG" and subject not in dateline and not _BODY_WORD_RE.search(subject) and not also_body:
                cut = True
                break  # not "Motors Inc" read as a person: a business still
            if skimmed and not subjects:
                cut = True
                break  # a sentence read by its words alone, its subject unread: it may be about another
            if not subjects and re.match(r"\s*(?:It|They)\b", self.text[start:end]):
                continue  # "It also ended a deal with Amazon": about the one "it" is, not the business it names
            for e in [*subjects, *named]:
                e = _Entity(e.name, "ORG") if shown and e.name == subject else e
                if e.kind != "ORG" or not e.name or e.name in dateline or e.name in surnames or (" " not in e.name and e.name in people and not (shown and e.name == subject)):
                    continue  # "Ashby" (of Helen Ashby) read as an organisation
                if e.name.lower() in _ORG_NOUNS or e.name in self.places:
                    continue  # a common noun a heading capitalised ("Utility warns of outages"), no name; a place the recogniser read as one
                if not _a_place(e.name, self.text):
                    mentions.append(e.name)
                    if subjects and (e == subjects[0] or e.name in also_body):
                        as_subject.add(e.name)
        if kind:
            fullest = {name: self._spelled_out(name).name for name in mentions}  # "LTFRB" → "Land Transportation Franchising and Regulatory Board"
            mentions = [fullest[name] for name in mentions]
            as_subject = {fullest[name] for name in as_subject}
        fits = (lambda name: self._shown_as(noun, name)) if kind else (lambda name: _of_kind(noun, name))  # noqa: E731
        found = {name for name in mentions if fits(name) and not any(name != other and name in other for other in mentions)}  # not "Better Transport" of "Campaign for Better Transport"
        by_word = kind and all(_name_head(name) in _KIND_WORDS[noun] for name in found)  # no text set the kind beside a name
        if by_word and any(name not in found and not _known_kind(name) and not any(name in other for other in found) for name in mentions):
            return set()  # "Ryanair …, and the Air Accidents Investigation Branch …" then "the airline": Ryanair may be the one
        if any(other != name and other in name for name in found for other in mentions):
            return set()  # "Brandt Foods and Ossory Dairies" read as one name: two
        if cut and found and not found & as_subject:
            return set()  # only named beside a subject misread ("Thames Water was fined …. The fine was announced by Ofwat."): the story's may be that one
        return {_Entity(name, "ORG") for name in found}

    def _shown_as(self, noun: str, name: str) -> bool:
        """Whether the text shows an organisation to be what a word for one kind of organisation says
        ("the airline", "the agency"): a word of that kind in its name ("Cascadia Air", "… Regulatory
        Board"), or the word set beside the name as what it is ("Halvard, the Norwegian airline,",
        "budget airline Halvard", "Halvard is a regional airline")."""
        if _name_head(name) in _KIND_WORDS[noun]:  # its head: "Cascadia Air"; not "Air Accidents Investigation Branch"
            return True
        nouns = "|".join(sorted(_KIND_NOUNS[noun]))
        named = re.escape(name)
        # an apposition whose head is the kind: "Halvard, the Norwegian airline"; not "Skyport, a partner of the airline"
        modifier = r"(?!(?:of|for|to|with|and|from|by|at|in|on)\s)[\w’'-]+\s+"
        described = (rf"(?<![\w’'-]){named},?\s+(?:(?:is|was|remains)\s+)?(?:the|a|an)\s+(?:{modifier}){{0,3}}?(?i:{nouns})s?\b(?!\s+(?:of|for)\b)"
                     rf"|\b(?i:{nouns}),?\s+{named}(?![\w’'-])")
        return re.search(described, self.text) is not None

    def _epithet_of_speaker(self, noun: str, modifiers: Sequence[str], roles: Mapping[str, str]) -> bool:
        """Whether "the <noun>" can be the one who spoke in the sentence before, its only person, the
        first time the text calls them so: a word for a person with a capitalised word to it ("the
        Scottish striker"), no kin, that no one else named so far holds; a people's own word ("the
        Swede") only where the text has tied it to them, and to no one else (`_of_people`)."""
        speaker = self.speakers[-1] if self.speakers else None
        people_word = any(m.lower() == noun for m in modifiers)  # "the Swede": its own capitalised word
        if speaker is None or speaker.kind != "PERSON" or not speaker.name or not modifiers or not (_personal(noun) or people_word):
            return False  # not "the victim said", "the father of one of the officers said": someone new, as often as not
        if people_word and not self._of_people(noun, speaker.name):
            return False  # "Alcaraz beat Ruud …", "Alcaraz said" then "the Norwegian said": nothing makes the last speaker one
        if noun in _GENDER_OF_NOUN or noun in _RELATIONAL_NOUNS:
            return False  # "the Polish mother": someone's, another person
        subjects, named = self.sentences[-1][:2]
        if any(e.kind == "PERSON" and e != speaker for e in [*subjects, *named]):
            return False
        if noun in ROLE_NOUNS - _TRADE_ROLE_NOUNS and not self._tied(modifiers, speaker.name):
            return False  # "the Conservative leader", "the Egyptian minister": an office, as often a rival's
        word = re.compile(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)
        return not any(name != speaker.name and word.search(role) for name, role in roles.items()) and not self._beside(noun, speaker.name)

    def _of_people(self, word: str, name: str) -> bool:
        """Whether the text so far calls this person by a people's word, and no one else: each time it writes the word,
        right before their name ("Kenyan Faith Wanjiru", "the Norwegian Casper Ruud") or after it in an apposition
        ("Ruud, the Norwegian world number eight,"); not "the Swede Erik Berg" beside another, nor nothing at all."""
        so_far, surname = self.text[: self.at[0]], re.escape(name.split()[-1])
        uses = list(re.finditer(rf"(?<![\w’'-]){re.escape(word)}s?(?![\w-])", so_far, re.IGNORECASE))
        before = re.compile(rf"\s+(?:[A-Z][\w’'-]+\s+){{0,2}}{surname}(?![\w’'-])")
        after = re.compile(rf"(?<![\w’'-]){surname},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}$")
        return bool(uses) and all(before.match(so_far, m.end()) or after.search(so_far[max(0, m.start() - 80) : m.start()]) for m in uses)

    def _tied(self, modifiers: Sequence[str], name: str) -> bool:
        """Whether the text so far ties an epithet's words to this person: in their role, or right
        before their name ("Welsh midfielder Moss", "the Labour leader, Keir Starmer")."""
        words = [m for m in modifiers if m[:1].isupper()]
        if not words:
            return False
        so_far = self.text[: self.at[0]]
        role = self.roles.get(name, "")
        return all(re.search(rf"\b{re.escape(m)}\b", role) or re.search(rf"\b{re.escape(m)}\s+(?:[\w-]+\s+){{0,2}},?\s*(?:[A-Z][\w’'-]+\s+)?{re.escape(name.split()[-1])}\b", so_far) for m in words)

    def _aged(self, years: str) -> set[str]:
        """The people the text so far gives that age ("Marisol Vega, 44,", "Vega, 44,", "44-year-old Vega")."""
        so_far = self.text[: self.at[0]]
        written = re.finditer(rf"((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+),\s+{re.escape(years)}\s*[,.]|{re.escape(years)}-year-old\s+((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)", so_far)
        names = set()
        for m in written:
            name = _person_name(m.group(1) or m.group(2))
            surname = name.split()[-1] if name else ""
            full = {v for v in self.people.values() if v.split()[-1] == surname}
            names |= full if len(full) == 1 else {name} if name else set()
        return names

    def _always_with(self, noun: str, person: _Entity) -> bool:
        """Whether every earlier sentence with "the <noun>" names the person or follows one about
        them ("He pledged $20 million … And the billionaire has given …"): an epithet used where the
        text was about others stands for someone else."""
        noun_re = re.compile(rf"(?i:the)\s+(?:[\w-]+\s+){{0,2}}(?i:{re.escape(noun)})(?![\w-])")
        ends = [start for _, _, start, _ in self.sentences[1:]] + [self.at[0]]
        about = [person in subjects or person in named for subjects, named, _, _ in self.sentences]
        for k, ((_, _, start, _), end) in enumerate(zip(self.sentences, ends, strict=True)):
            if noun_re.search(self.text[start:end]) and not about[k] and not (k > 0 and about[k - 1]):
                return False
        return True

    def _beside(self, noun: str, name: str) -> bool:
        """Whether a sentence so far has "the <noun>" and the person as two people, not one set
        beside the other ("After questioning the patient, Dempsey found …": the patient is not
        Dempsey; "Musk, the billionaire, said" and "the billionaire Elon Musk" are one)."""
        surname = re.escape(name.split()[-1])
        noun_re = rf"(?i:the)\s+(?:[\w-]+\s+){{0,2}}(?i:{re.escape(noun)})(?![\w-])"
        apposed = re.compile(rf"{surname}[’'s]*,?\s+(?:[\w-]+\s+){{0,2}}?{noun_re}|{noun_re},?\s+(?:[A-Z][\w’'-]+\s+){{0,3}}{surname}")
        ends = [start for _, _, start, _ in self.sentences[1:]] + [self.at[0]]
        for (_, _, start, _), end in zip(self.sentences, ends, strict=True):
            sentence = self.text[start:end]
            if re.search(noun_re, sentence) and re.search(rf"(?<![\w-]){surname}(?![\w-])", sentence) and not apposed.search(sentence):
                return True
        return False


def _quotes(skim: _Skim, parsed: dict[int, object], person_mentions, people: dict[str, str], roles_by_name: dict[str, str]) -> list[Quote]:
    """Every direct quotation, with its speaker where the text settles who it is (see above)."""
    article = skim.annotated.article
    sentences = [info.sentence for info in skim.annotated.sentences]
    headings = {info.sentence.index for info in skim.annotated.sentences if info.is_heading}
    spans = skim.quote_spans
    quoted = _inside_any(spans)
    # a name only ever stands for a fuller one that ends in it ("Umerov" → "Rustem Umerov"; never
    # "Lena Brandt" → "Olaf Brandt"); a surname two people share is resolved by neither
    people = {name: full if full.split()[-len(name.split()) :] == name.split() else name for name, full in people.items()}
    people |= _nicknames(article.text, people)  # "Augustine “Gus” Tran", "Gus, as everyone calls him,": the name in full
    surnames = _Surnames(_surnames(people))
    for surname in _shared_in_text(article.text, surnames):
        surnames[surname] = None
    people = {name: name if surnames.get(name, "") is None else full for name, full in people.items()}
    surnames.text = article.text
    surname_re = _WordsFinder(list(surnames)) if surnames else None
    mentioned: dict[int, list[_Entity]] = defaultdict(list)
    mentioned_at: dict[int, list[int]] = defaultdict(list)  # where in the text each one is named
    mention_roots: dict[int, list[_Mention]] = defaultdict(list)  # every mention outside quotations, for the learned ranker
    titled: list[tuple[str, str]] = []  # (name, gender) where a name is written with "Mr", "Mrs" … ("Mr Fry's partner")
    kin_of: dict[str, set[str]] = defaultdict(set)  # name → what the text calls them to someone ("Her mother, Rosa")
    for i, mention in person_mentions:
        start = skim.offsets[i] + mention.start_char
        if not quoted(start):
            name = _canonical(_person_name(mention.text), people, surnames)
            mentioned[i].append(_Entity(name, "PERSON"))
            mentioned_at[i].append(start)
            if hasattr(mention, "root"):
                mention_roots[i].append(_Mention(name, "PERSON", start, i, mention.root))
            honorific = _HONORIFIC_BEFORE_RE.search(article.text, max(0, start - 8), start)
            gender = _GENDER_OF_HONORIFIC.get((honorific.group(1) if honorific else mention.text.split()[0]).lower().rstrip("."))
            kin = _KIN_BEFORE_RE.search(article.text, max(0, start - 40), start) or _KIN_AFTER_RE.match(article.text, start + len(mention.text))
            gender = gender or (_GENDER_OF_NOUN[kin.group("noun").lower()] if kin else None)
            if kin:
                kin_of[name].add(_KIN_CLASS.get(kin.group("noun").lower(), kin.group("noun").lower()))
            if gender:
                titled.append((name, gender))
    discourse = _Discourse(article.text, roles_by_name, people)
    discourse.kin = kin_of
    for name, gender in titled:
        discourse.genders[name][gender] += 2
    speakers: dict[tuple[int, int], _Entity | None] = {}
    speaking: dict[int, _Entity | None] = {}  # sentence → who speaks in it, for a quotation after it
    interview = _answered_alone(article.text, spans)
    acting: set[int] = set()  # sentences whose `speaking` is only the one person they are about
    pulled = _pull_quote_paragraphs(article.text, spans, sentences)
    name_words = {w for name in (*people, *people.values()) for w in name.split()}  # "Curtis Vane" read as a building is still a person
    for sentence in sentences:
        i, doc = sentence.index, parsed.get(sentence.index)
        offset = skim.offsets[i] if doc is not None else sentence.start
        own = [(s, e) for s, e in spans if s < sentence.end and e > sentence.start]
        discourse.at, discourse.until = (sentence.start, sentence.paragraph), sentence.end
        beside = sentence.paragraph in pulled or (i in headings and not sentence.text.rstrip(" ”’\"'").endswith("?"))  # not an interviewer's question
        if beside:  # a pull quote or a subheading, set beside the text: no one it names is "he" or "she" after it
            for span in own:
                speakers.setdefault(span, _speaker_of(span, sentence, sentences, parsed, skim, people, surnames, discourse, speaking, headings, acting))
            speaking[i] = None
            continue
        inside = {t.i for t in doc if quoted(offset + t.idx)} if doc is not None and own else set()
        if doc is not None:
            aside = _subjects_aside(doc, offset)
            named = [e for e, at in zip(mentioned[i], mentioned_at[i], strict=True) if not any(s <= at < e_ for s, e_ in aside)]
            named += [_Entity(re.sub(r"^[Tt]he\s+", "", _clean_name(e.text)), "ORG") for e in doc.ents if e.label_ in ("ORG", "GPE") and e.start not in inside]
            # a name the recogniser read as an organisation here that the text writes as a person's elsewhere ("Reyes passed the
            # microphone to Adler" after "his captain Josh Adler"): the person, who may be the "he" after it (not an owner: "Whitlock's
            # co-founder, Ben Asante, …" brings in Asante alone)
            named += [_Entity(people[e.text], "PERSON") for e in doc.ents if e.label_ == "ORG" and e.start not in inside and e.root.dep_ != "poss" and _read_as_body_but_person(e, people)]
            discourse.places |= {re.sub(r"^[Tt]he\s+", "", _clean_name(e.text)) for e in doc.ents if e.label_ in ("GPE", "LOC")}
            discourse.bodies |= {re.sub(r"^[Tt]he\s+", "", _clean_name(e.text)) for e in doc.ents if e.label_ == "ORG" and e.start not in inside}
            discourse.places -= {re.sub(r"^[Tt]he\s+", "", _clean_name(e.text)) for e in doc.ents if e.label_ == "ORG"}
            mention_roots[i] += [_Mention(re.sub(r"^[Tt]he\s+", "", _clean_name(e.text)), "ORG", offset + e.start_char, i, e.root)
                                 for e in doc.ents if e.label_ == "ORG" and not quoted(offset + e.start_char)]
            everyone = named
        else:
            opening = _opening_subject(sentence.text, people, surnames)
            match = opening[1]  # "Vance's mother, Linda, …": who she is, no one else in the description
            start = sentence.start + match.start("name") if match is not None else 0
            kin = _KIN_BEFORE_RE.search(article.text, max(0, start - 40), start) if match is not None else None
            if kin and not quoted(start):  # as for a name the recogniser finds: "Her mother, Rosa," is someone's mother, and a "she"
                kin_of[opening[0].text].add(_KIN_CLASS.get(kin.group("noun").lower(), kin.group("noun").lower()))
                discourse.genders[opening[0].text][_GENDER_OF_NOUN[kin.group("noun").lower()]] += 2
            read = sentence.text[match.end("description") :] if match is not None and "description" in match.groupdict() else sentence.text
            at = sentence.start + len(sentence.text) - len(read)
            unnamed = _someone_in_words(read, at, quoted)
            # the question of an opening "Asked about …," is about none of the sentence's actors (as `_subjects_aside`
            # reads it in a parsed sentence): "Asked about August, Booker smiled."
            asked = _ASKED_OPENING_RE.match(read)
            skip = asked.end() if asked is not None else 0
            named = _named_in_words(read[skip:], at + skip, surnames, surname_re, quoted) + _organisations_in_words(read, at, quoted) + ([_UNNAMED] if unnamed else [])
            everyone = named if read == sentence.text else _named_in_words(sentence.text, sentence.start, surnames, surname_re, quoted)
            for person, gender in _reflexive_after_name(sentence.text, sentence.start, everyone, quoted):
                discourse.genders[person.name][gender] += 2  # "Whitcomb himself voted …": a man
        for span in own:
            if span not in speakers:
                speakers[span] = _speaker_of(span, sentence, sentences, parsed, skim, people, surnames, discourse, speaking, headings, acting)
        for earlier, later in zip(own, own[1:]):
            said = speakers.get(earlier)
            if speakers.get(later) is None and said is not None and said.name and _goes_on(article.text, earlier, later, min(sentence.end, next((s for s, _ in spans if s > later[0]), sentence.end))):
                speakers[later] = said
        said = [speakers[span] for span in own if speakers[span] is not None and speakers[span].name]
        if said:
            reported = None
        elif doc is not None:
            reported = discourse.resolve(_reported(doc, people, surnames))
        else:
            reported = discourse.resolve(_reported_in_words(sentence.text, people, surnames, opening), reach=_LOOK_BACK_SKIMMED)
        speaking[i] = (said[-1] if len(said) == len(own) else None) if own else reported
        subjects = [said[-1]] if said else [reported] if reported else []
        if doc is None and not subjects:  # "… a shackled Routh talked about …"
            subjects = _acting_in_words(sentence, surname_re, surnames, quoted, opening)
        if doc is None and not subjects and not own and _UNNAMED_STANCE_RE.match(sentence.text):
            subjects = [_UNNAMED]  # "The developer disagreed.": as `_takes_a_stance`
        if doc is not None:
            others = _clause_subjects(doc, inside, people, surnames, discourse, main=True)
            subjects += [e for e in others if e not in subjects]
            token_at = {offset + t.idx: t.i for t in doc}
            persons = {token_at[at]: e.name for e, at in zip(mentioned[i], mentioned_at[i], strict=True) if at in token_at}
            persons |= {t.i: people.get(t.text) or surnames.get(t.text) or t.text for t in doc if t.pos_ == "PROPN" and t.text in name_words and t.i not in persons}
            pronouns = _own_pronouns(doc, inside, persons, lambda name, gender: discourse._shown_other(_Entity(name, "PERSON"), gender))
            asks = doc[:].root.lemma_.lower() in _ASK_VERBS
            whom = next((c for c in doc[:].root.children if c.dep_ == "dobj"), None) if asks else None
            whom = discourse.resolve(_reference(whom, people, surnames)) if whom is not None else None
            asked = whom if whom is not None and whom.kind == "PERSON" else None  # someone unnamed ("asked the minister") too
        else:
            pronouns = set()
            asks = bool(_ASKED_RE.search(sentence.text)) and not own
            asked = _asked_in_words(sentence, surnames, surname_re, quoted) if asks else None
        if doc is not None:
            unnamed = _someone_unnamed(doc, inside)
            discourse.objected[sentence.start] = _objects_of_subject(doc, inside)
        else:
            discourse.objected[sentence.start] = _objects_in_words(sentence.text)
        leading = doc is not None and not own and _subject_leads(doc, people, surnames)
        owner = _OWNER_OF_KIN_RE.match(sentence.text) if discourse.sentences else None
        if owner:  # "Lindell was taken to hospital. His daughter, Erin, …": "his" is the one person of the sentence before
            before = {e for e in [*discourse.sentences[-1][0], *discourse.sentences[-1][1]] if e.kind == "PERSON"}
            if len(before) == 1 and next(iter(before)).name:
                discourse.genders[next(iter(before)).name]["m" if owner.group(1) == "His" else "f"] += 1
        discourse.add(subjects, named, pronouns, sentence.start, sentence.paragraph, asks, speaking[i], asked, unnamed, leading, skimmed=doc is None)
        if not own and speaking[i] is None:  # in what someone said, "he" is often another
            discourse.hint([*subjects, *everyone], sentence.text, quoted, sentence.start)  # "Quinn's boyfriend, … Miller, defended her": two named
        if not own and speaking[i] is None:  # a quotation after it may be theirs
            speaking[i] = _lone_actor(doc, subjects, named) if doc is not None else _lone_actor_in_words(sentence.text, subjects, everyone)
            if speaking[i] is not None:
                acting.add(i)
        joined = [span for span in own if speakers[span] == _JOINED]
        for s, e in joined:  # the sentence before the quotation, as the splitter missed it: its one actor, as above
            before = doc[: next((t.i for t in doc if offset + t.idx >= s), len(doc))]
            verb, subject = (before.root, _subject_of(before.root)) if len(before) else (None, None)
            clauses = [c for c in verb.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > verb.i] if verb is not None and verb.pos_ in ("NOUN", "PROPN") else []
            if subject is None and len(clauses) == 1:  # "The moderator, Clara Nunes, opened by …" parsed as a noun and its clause
                verb, subject = clauses[0], verb
            reference = _reference(subject, people, surnames) if subject is not None else None
            named_actor = reference is not None and (reference.kind == "PERSON" or reference.kind == "pronoun" and reference.text in _GENDER_OF_PRONOUN)
            actor = discourse.resolve(reference) if named_actor else None  # "…, he shook his head. “No. I saw it live.”": the one "he" is
            actor = _lone_actor(doc, [actor], named, root=verb) if actor is not None else None
            own_words = actor is not None and _in_own_words(article.text[s:e], actor.name, discourse.gender(actor.name), acting=article.text)
            if own_words and _beat_not_the_actors(article.text, sentence, sentences, s, e, actor.name):
                own_words = False  # "Pruitt, to his credit, laughed. “Are you really telling …?”": the interviewer's
            speakers[(s, e)] = actor if own_words else None
        question = _question_paragraph(sentence, sentences) if not own and speaking[i] is None and interview else None
        if question is not None:  # an interviewer's question: the answer after it is the interviewee's
            speaking[i] = speaking.get(question.index - 1) or _interviewee(discourse, sentences[question.index - 1].paragraph)
    for earlier, later in reversed(list(zip(spans, spans[1:]))):  # reversed: a run of several paragraphs takes the last one's
        said = speakers.get(later)
        opens_paragraph = not article.text[article.text.rfind("\n", 0, earlier[0]) + 1 : earlier[0]].strip()
        if (speakers.get(earlier) is None or opens_paragraph) and said is not None and said.name and _runs_on(article.text, earlier, later):
            # "“… \n\n“…,” Vega said.": one quotation over two paragraphs, attributed in its last; that
            # attribution wins over a speaker only carried on into the paragraph the quotation fills
            speakers[earlier] = said
    quotes = []
    rule_speakers: dict[tuple[int, int], str] = {}  # each quotation's speaker by the rules alone, for the ranker's features
    counts = Counter(m.name for ms in mention_roots.values() for m in ms)
    for start, end in spans:
        covering = [s.index for s in sentences if s.start < end and s.end > start]
        if covering:
            speaker = speakers.get((start, end))
            name = speaker.name if speaker is not None and speaker.kind in ("PERSON", "ORG") else ""
            if name and speaker.kind == "PERSON" and _named_thing(name, article.text):
                name = ""  # a storm, a ship, an animal: no speaker
            if name and speaker.kind == "ORG":
                name = organisation_name(name, article.text, discourse.spelled)  # "Health Service Executive (HSE)"
            if name and _kin_named(article.text[start:end], kin_of.get(name)) and not _named_beside(article.text, start, end, [sentences[i] for i in covering], name):
                name = ""  # “My mom worked two jobs …” is not the mother's (unless her name says it is)
            rules_name = name
            if not name and _ranker_in_use() or SPEAKER_RECORD is not None:  # the rules name no one: the ranker may
                unnamed = speaker is not None and not name
                candidates = _speaker_candidates((start, end), sentences, parsed, skim, mention_roots, rule_speakers, speaking, discourse, counts, unnamed)
                if SPEAKER_RECORD is not None:
                    SPEAKER_RECORD.append({"id": article.source_id or article.id, "quote": article.text[start:end].strip(), "rules": name or None,
                                           "silent": not name, "candidates": candidates})
                if not name and candidates:
                    name = _learned_speaker(candidates)
                    name = "" if _named_thing(name, article.text) else name  # a storm, a ship, an animal
            rule_speakers[(start, end)] = rules_name
            citations = tuple((article.id, i) for i in covering)
            quotes.append(Quote(text=article.text[start:end].strip(), speaker=name or None, citations=citations))
            for inner, own in _nested(article.text, start, end):
                quotes.append(Quote(text=inner, speaker=(name or None) if own else None, citations=citations))
    return quotes


_ANSWER_OPENING_RE = re.compile(r"(?i)\W*(?:yes|no|yeah|nope|nothing|never|not|absolutely|definitely|certainly|of\s+course)\b")
_QUESTION_MATTER_RE = re.compile(r"(?i)\b(?:whether|if|why|how|what|when|where|who|about|on)\b(.*)", re.DOTALL)


def _reads_as_answer(question: str, quoted: str) -> bool:
    """Whether quoted words read as the answer to the question the sentence before asked: a yes or a no ("Nothing
    changes", "Absolutely not"), or a word of the matter asked about again ("whether the team would change its shape"
    → "Nothing changes"; compared by their first five letters); not words about something else ("This committee
    deserves the truth" after "whether the Pentagon had ignored warnings")."""
    if _ANSWER_OPENING_RE.match(quoted):
        return True
    matter = _QUESTION_MATTER_RE.search(question)
    if matter is None:
        return False
    stems = lambda words: {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", words) if w.lower() not in STOPWORDS}  # noqa: E731
    return bool(stems(matter.group(1)) & stems(quoted))


def organisation_name(name: str, text: str, spelled: Mapping[str, str] | None = None) -> str:
    """An organisation by the fullest name the text gives it and, where the text links it to its initials, those in
    brackets after it: "Health Service Executive (HSE)" for "HSE" or "Health Service Executive" where the text defines
    "HSE" so (`_long_form`), or where it was read from them (`spelled`: long form → initials, as `_Discourse` resolved
    "the ECB said"); "Tehreek-i-Insaf Watan (TIW)". Initials that merely occur ("Labour MP Diane Abbott" is no
    "Metropolitan Police (MP)"), an acronym the text links to no long form, and a name with no acronym stay as they are."""
    if ACRONYM_RE.fullmatch(name):
        long = _long_form(name, text)
        return f"{long} ({name})" if long is not None and len(long.split()) > 1 else name
    if len(name.split()) < 2 or "(" in name:
        return name
    bracketed = re.search(rf"(?<![\w’'-]){re.escape(name)}\s*\(\s*({ACRONYM})\s*\)", text)
    if bracketed is not None and _spells(name, bracketed.group(1), text):
        return f"{name} ({bracketed.group(1)})"
    if spelled and (initials := spelled.get(name)) and _spells(name, initials, text):
        return f"{name} ({initials})"
    initials = _initials(name)  # "The RHA has opened 40 extra beds": the body by its initials; not "Labour MP Diane Abbott"
    if len(initials) >= 2 and re.search(rf"\b[Tt]he\s+{re.escape(initials)}(?![\w’'-])(?!\s+[A-Z])", text):
        return f"{name} ({initials})"
    return name


def _spells(words: str, acronym: str, text: str) -> bool:
    """Whether an acronym spells a run of capitalised words: their initials ("European Central Bank" → "ECB"), those of
    their hyphened parts ("Tehreek-i-Insaf Watan" → "TIW"), or a part of them (`_initials_in_part`)."""
    parts = "".join(p[0] for p in re.split(r"[\s-]+", words) if p[:1].isupper())
    every = "".join(w[0] for w in words.split()).upper() if len(words.split()) > 2 else ""  # "Bank of England" → "BOE", "Ministry of Defence" → "MOD"
    return acronym in (_initials(words), parts, parts.replace("&", ""), every) or _initials_in_part(words, acronym, text)


def _long_form(acronym: str, text: str) -> str | None:
    """The long form a text defines an acronym by, "… (ACR)": the shortest run of the words right before the bracket
    whose initials spell it ("Health Minister Stephen Donnelly and Health Service Executive (HSE)" → "Health Service
    Executive"); None where no run does, or none is written."""
    for defined in re.finditer(rf"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the|&|de|du|la|on|in)\s+)*){{1,10}})\(\s*{re.escape(acronym)}\s*\)", text):
        words = defined.group(1).split()
        for k in range(1, len(words) + 1):
            run = " ".join(words[-k:])
            if run.split()[0][:1].isupper() and run.split()[0] not in ("The", "A", "An") and _spells(run, acronym, text):
                return run
    return None


def _goes_on(text: str, earlier: tuple[int, int], later: tuple[int, int], until: int) -> bool:
    """Whether a quotation goes on from the one before it in the same sentence, as the splitter read
    it: only a short attribution ending a sentence between them (“…,” he said. “…”), and nothing
    after it of its own (not “…,” she replied.)."""
    return bool(_SAID_AND_ENDED_RE.fullmatch(text, earlier[1], later[0])) and not text[later[1] : until].strip(" \n,.!?;:—–-’'”\"")


def _named_beside(text: str, start: int, end: int, covering: Sequence[Sentence], name: str) -> bool:
    """Do the sentences of the quotation at `start`-`end` name `name` (its surname) outside it: an
    attribution written out ("“…,” Rosa Diaz said."), not a speaker carried on or read from a pronoun?"""
    return any(_names(text[s.start : min(s.end, start)], name) or _names(text[max(s.start, end) : s.end], name) for s in covering)


_ASKED_OPENING_RE = re.compile(r"(?:Asked|Questioned|Pressed)\s+(?:about|on|over|whether|if)\b[^,“”\"]*,\s*")


def _subjects_aside(doc, offset: int) -> list[tuple[int, int]]:
    """The characters (in the text) of relative clauses on the main clause's subject ("Novak, who
    plays Maria Costa next, was …"): a name there is an aside, not one the sentence is about."""
    root = doc[:].root
    relatives = [
        (offset + clause[0].idx, offset + clause[-1].idx + len(clause[-1]))
        for subject in root.children
        if subject.dep_ in ("nsubj", "nsubjpass")
        for relative in subject.children
        if relative.dep_ == "relcl"
        for clause in [doc[relative.left_edge.i : relative.right_edge.i + 1]]
    ]
    # and the question of an opening "Asked …," put to the subject ("Asked about Fitch's comments, Halvorsen
    # shrugged."): who it is about is none of the sentence's actors; not who asked ("Asked by Reyes …")
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    asked = [c for c in root.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in _ASK_VERBS and subject is not None and c.i < subject.i]
    return relatives + [
        (offset + t.idx, offset + t.idx + len(t))
        for verb in asked
        for t in verb.subtree
        if not any(a.dep_ == "agent" and a.i <= t.i <= a.right_edge.i for a in verb.children)
    ]


def _runs_on(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Whether a quotation is left open at the end of its paragraph and the next paragraph opens
    with the quotation `later`: one quotation, reopened in each paragraph and closed in its last."""
    tail = text[earlier[0] : earlier[1]].rstrip()
    between = text[earlier[1] : later[0]]
    return tail[-1:] not in "”\"’'" and "\n" in between and not between.strip()


# A quotation inside another, in the other kind of marks ("He said, ‘If you keep …’"), of four words or more.
_NESTED_IN_DOUBLE_RE = re.compile(r"(?<!\w)‘((?:[^’]|’(?=\w))+)’(?!\w)|(?<![\w'])'((?:[^']|'(?=\w))+)'(?!\w)")
_NESTED_IN_SINGLE_RE = re.compile(r"[“\"]([^“”\"]+)[”\"]")
# "I said, ‘…’": the speaker quoting their own words.
_SELF_QUOTED_RE = re.compile(r"\b(?:I|we)\s+(?:[a-z]+\s+){0,2}(?:said|say|told|tell|asked|ask|replied|wrote|write)\b[^‘’'“”\"]{0,40}$")


def _nested(text: str, start: int, end: int) -> list[tuple[str, bool]]:
    """The quotations of four words or more inside the one at `start`-`end`, each with whether its
    speaker quotes their own words ("I told him, ‘…’"); someone else's (the one the speaker reports,
    often unnamed) are no one's here: the outer speaker said them only as a report."""
    outer = text[start:end].strip()
    pattern = _NESTED_IN_DOUBLE_RE if outer[:1] in "“\"" else _NESTED_IN_SINGLE_RE if outer[:1] in "‘'" else None
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(outer, 1, len(outer) - 1):
        words = next(g for g in match.groups() if g is not None)
        if len(words.split()) >= 4:
            found.append((match.group(), bool(_SELF_QUOTED_RE.search(outer[: match.start()]))))
    return found


def _initials(name: str) -> str:
    """The capitals of a name's words, short words left out: "European Central Bank" → "ECB"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in ("of", "the", "and", "for"))


_CAPITALISED_RUN = r"(?<![\w’'-])[A-Z][\w’'&-]*(?: +(?:of|for|and|the|&|[A-Z][\w’'&-]*))+"


def _initials_in_part(name: str, acronym: str, text: str) -> bool:
    """Whether an acronym spells part of an organisation's name: all but a first word the text writes
    before the acronym too ("NSW Rural Fire Service", written "NSW RFS" as well: "RFS"), or all
    before its last "and" ("Centers for Disease Control and Prevention": "CDC")."""
    words = name.split()
    if len(words) > 2 and _initials(" ".join(words[1:])) == acronym and re.search(rf"(?<![\w’'-]){re.escape(words[0])}\s+{re.escape(acronym)}(?![\w’'-])", text):
        return True
    if len(words) > 2 and words[-1].rstrip(".").lower() in _LEGAL_FORMS and _initials(" ".join(words[:-1])) == acronym:
        return True  # "Nigerian National Petroleum Company Limited (NNPC)": the legal form left out of the initials
    first, _, last = name.rpartition(" and ")
    return bool(first) and len(last.split()) == 1 and _initials(first) == acronym


# A company's legal form, written after its name and often left out of its initials.
_LEGAL_FORMS = frozenset("limited ltd inc incorporated plc llc llp gmbh ag pty".split())


_SHARED_ACT_WORDS = frozenset(("so", "too", "also", "neither", "nor", "either", "likewise"))


def _lone_actor(doc, subjects: Sequence[_Entity], named: Sequence[_Entity], root=None) -> _Entity | None:
    """The one named person a parsed sentence without a quotation is about, acting as its main
    clause's subject ("Reyes laughed when told of the compliment.", "The head of the trust, Fiona
    Gale, launched the report with a warning."), naming no other person: a quotation after it with
    no attribution of its own is theirs. Not the subject of a passive ("Smith was arrested by …").
    `root`: the main verb of a sentence the splitter joined to a quotation after it."""
    root = doc[:].root if root is None else root
    if not subjects or subjects[0].kind != "PERSON" or not subjects[0].name:
        return None
    set_off = _set_off_opening(root)  # "Whitlow, to his credit, laughed.": a subject the parse hung from the verb
    named_subject = set_off is not None and set_off.text == subjects[0].name.split()[-1]
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in root.children) or not (root.dep_ == "acl" or named_subject or any(c.dep_ == "nsubj" for c in root.children)):
        return None
    if root.lemma_.lower() == "do" or any(c.lower_ in _SHARED_ACT_WORDS for c in root.children):
        return None  # "So did Jorge Vega.", "Vega agreed too.": the act of someone before as well
    # a person's name the recogniser took for an organisation's counts ("… sat beside Ada Frey")
    people = {e.name for e in [*subjects, *named] if e.kind in ("PERSON", "GROUP") or (e.kind == "ORG" and _looks_like_name(e.name))}
    if named_subject:  # "Whitlow" of "Whitlow, to his credit, laughed." read as an organisation: the subject's own surname
        people = {subjects[0].name if name == subjects[0].name.split()[-1] else name for name in people}
    return subjects[0] if people == {subjects[0].name} else None


# After an actor's name: a passive ("was arrested"), or an act shared with someone before ("did so", "agreed too").
_NOT_LONE_ACT_RE = re.compile(r"\s+(?:(?:was|were|is|are|been|being|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b|(?:did|does)\b)|[^.!?]*\b(?:so|too|also|either|neither|likewise)\s*[.!?]?\s*$")


def _name_or_surname_at(text: str, name: str) -> tuple[int, int] | None:
    r"""Where the name, or else its surname, is first written whole: the span `re.search(rf"(?<![\w’'-])(?:
    {re.escape(name)}|{re.escape(name.split()[-1])})(?![\w’'-])", text)` finds, without compiling a pattern
    for each name."""
    surname = name.split()[-1]
    whole, last = word_starts(text, name, "’'-", "’'-")[:1], word_starts(text, surname, "’'-", "’'-")[:1]
    if whole and (not last or whole[0] <= last[0]):
        return whole[0], whole[0] + len(name)
    return (last[0], last[0] + len(surname)) if last else None


def _lone_actor_in_words(text: str, subjects: Sequence[_Entity], named: Sequence[_Entity]) -> _Entity | None:
    """`_lone_actor` for a sentence read by its words: the one person it names, whom it opens on
    acting ("Celtics coach Dan Ostrowski was more critical.", "Dr. Ana Ruiz, who …, urged caution."),
    no other name inside it; not a passive nor an act shared with someone before."""
    if len(subjects) != 1 or subjects[0].kind != "PERSON" or not subjects[0].name:
        return None
    if {e.name for e in named if e.kind in ("PERSON", "GROUP")} - {subjects[0].name} or any(e.kind == "GROUP" or e == _UNNAMED for e in named):
        return None
    name = subjects[0].name
    at = _name_or_surname_at(text, name)
    if at is None or _another_name(text[: at[0]]) or re.search(r"[,;:]|\b(?:and|with|after|as|when|while)\b", text[: at[0]]):
        return None  # the name must open the sentence (after a title): "… met Joe Biden. Biden praised …" is not this
    rest = text[at[1] :]
    if _NOT_LONE_ACT_RE.match(rest) or _another_name(rest.replace(name, " ")):
        return None
    return subjects[0]


def _labelled(text: str, start: int, end: int, people, surnames) -> _Reference | None:
    """The speaker a quotation's paragraph gives as a label before it or a signature after it:
    a name the text gives a person (in full, or by a surname it gave in full)."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    before = _LABEL_BEFORE_RE.search(text[paragraph_start:start])
    opens = not text[paragraph_start:start].strip(" “”\"‘’'")  # a signature signs a quotation that is its paragraph, not one a sentence attributed
    after = _SIGNED_AFTER_RE.match(text, end) if before is None and opens else None
    found = before or after
    if found is None:
        return None
    written = found.group("name")
    if written.isupper() and len(written) > 2:  # a transcript's "ROSENTHAL: “…”"
        written = written.title()
    reference = _name_reference(written, people, surnames)
    if before is not None and reference is not None and reference.text not in people.values():
        return None  # "Breaking News: “…”": a label, but not a person the text names
    return reference


def _name_reference(written: str, people, surnames) -> _Reference | None:
    """A person by a name as written, when the text gives it in full or it reads as one."""
    name = _person_name(_clean_name(written))
    canonical = _canonical(name, people, surnames)
    if canonical in people.values() or _looks_like_name(name):
        return _Reference("PERSON", canonical)
    return None


_SECOND_PERSON_RE = re.compile(r"\b(?i:you|your|yourself)\b")


def _question_paragraph(sentence: Sentence, sentences: Sequence[Sentence]) -> Sentence | None:
    """The first sentence of the short unquoted paragraph that `sentence` closes with a question put
    to someone ("you"): an interviewer's, in an interview written as questions and answers ("Your
    first preseason is over. How do you feel?"); None for any other sentence."""
    paragraph = [s for s in sentences[max(0, sentence.index - 3) : sentence.index + 2] if s.paragraph == sentence.paragraph]
    text = " ".join(s.text for s in paragraph)
    if paragraph[-1] is not sentence or not sentence.text.strip().endswith("?") or any(mark in text for mark in "“”\""):
        return None
    asked = lambda s: s.text.strip().endswith("?") and _SECOND_PERSON_RE.search(s.text) and not any(m in s.text for m in "“”\"")  # noqa: E731
    if not _SECOND_PERSON_RE.search(text) and not any(asked(s) for s in sentences[: paragraph[0].index]):
        return None  # "Just what is this priceless slogan?": the writer's own question, where none was put to anyone
    return paragraph[0] if len(text.split()) <= 60 and paragraph[0].index > 0 and sentences[paragraph[0].index - 1].paragraph != sentence.paragraph else None


def _answered_alone(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether most questions the text sets as a paragraph of its own are followed by a quotation
    that names no one after it but the interviewee, one the text named before its first question
    ("…,” says Vega"): an interview written as questions and answers. An explainer's questions
    ("Can you switch supplier?") head sections that quote whoever they quote, by name."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    answered, other = 0, 0
    first_question = None
    for (start, end), (next_start, next_end) in zip(paragraphs, paragraphs[1:]):
        line = text[start:end].strip()
        if not line.endswith("?") or any(mark in line for mark in "“”\"") or len(line.split()) > 60:
            continue
        first_question = start if first_question is None else first_question
        own = [(s, e) for s, e in spans if next_start <= s < next_end]
        if not own or text[next_start : own[0][0]].strip():
            other += 1  # a section that does not open with the answer
            continue
        names = re.findall(r"[A-Z][\w’'-]+", text[own[-1][1] : next_end])
        if all(word_starts(text[:first_question], name, "’'-", "’'-") for name in names):
            answered += 1
        else:
            other += 1  # "…,” says Sarah Coles": someone newly named answers, not the interviewee
    return answered > other


def _interviewee(discourse: _Discourse, paragraph: int) -> _Entity | None:
    """The one named person the subjects of a paragraph are, before an interview's first question
    ("Marisol Vega has spent two decades photographing glaciers. … She spoke to us from …")."""
    people = {e for subjects, _, _, p in discourse.sentences if p == paragraph for e in subjects if e.kind in ("PERSON", "GROUP")}
    return people.pop() if len(people) == 1 and next(iter(people)).name else None


# Kinship words that name one relation ("mom", "mum" and "mother"), by the word the class goes by.
_KIN_CLASS = {word: kin for kin, words in (("mother", "mom mum mother mama ma mommy mummy stepmother"), ("father", "dad father da pa papa daddy stepfather"),
              ("grandmother", "grandmother grandma gran granny nana"), ("grandfather", "grandfather grandpa granddad grandad"))
              for word in words.split()}
_MY_KIN_RE = re.compile(rf"\b(?:[Mm]y|[Oo]ur)\s+(?:(?:late|older|younger|little|big|elder|own|dear)\s+)?({_KIN_WORDS}|{'|'.join(sorted(_KIN_CLASS))})\b")


def _kin_named(quotation: str, kin: set[str] | None) -> bool:
    """Whether a quotation speaks of its speaker's relation that the text calls the person ("Her
    mother, Rosa, …" and "“My mom worked …”"): words about them, not theirs."""
    return bool(kin) and any(_KIN_CLASS.get(m.group(1).lower(), m.group(1).lower()) in kin for m in _MY_KIN_RE.finditer(quotation))


_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself)\b|\b(?i:we|us|our|ours)\b")


def _names(quotation: str, name: str) -> bool:
    """Whether a quotation names the person by their surname: words about them, seldom theirs."""
    surname = name.split()[-1] if name else ""
    return bool(surname) and bool(word_starts(quotation, surname, "-", "-"))


def _in_own_words(quotation: str, name: str, gender: str | None = None, acting: str | None = None) -> bool:
    """Whether a quotation may be the words of the person a sentence before it was about: not one
    that names them, nor one that speaks of "he" or "she" and never in the first person, unless
    the text gave that person the other gender ("Mr Price opened by asking …" then "“… Why is she
    hiding …?”": she is someone else). Of someone who only acted there (`acting`), not one that speaks
    of anyone of their gender, first person or not ("Smith died on Monday." then "“I will miss him …”"),
    unless it names someone else the text (`acting`, the article) names, whom "him" may be ("Ingram
    disagreed. “… he was in touch. I'm sorry, Joe, …”"): a word written in a name there, never in
    lower case."""
    surname = name.split()[-1] if name else ""
    if surname and re.search(rf"\b{re.escape(surname)}\b", quotation):
        return False
    pronouns = {"f" if m.group().lower() in _FEMININE else "m" for m in _GENDERED_RE.finditer(quotation)}
    if acting is not None and (gender in pronouns if gender else pronouns):
        words = set(re.findall(r"(?<![\w’'-])[A-Z][a-z’'-]{2,}", quotation)) - set(name.split())
        named = lambda w: (re.search(rf"(?<![\w’'-]){w}\s+[A-Z][a-z]|[A-Z][a-z’'-]+\s+{w}(?![\w’'-])", acting)  # noqa: E731
                           and not re.search(rf"(?<![\w’'-]){w.lower()}(?![\w’'-])", acting))
        if not any(named(re.escape(w)) for w in words):
            return False  # "Smith died on Monday." then "“I will miss him …”": someone speaks of them
    return bool(_FIRST_PERSON_RE.search(quotation)) or not pronouns or (gender is not None and gender not in pronouns)


def _inside_any(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a character offset falls inside one of the (sorted, disjoint) quotation spans."""
    starts = [s for s, _ in spans]

    def inside(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and offset < spans[k][1]

    return inside


def _speaker_of(span, first, sentences, parsed, skim, people, surnames, discourse, speaking, headings, acting=frozenset()) -> _Entity | None:
    """The speaker of the quotation at characters `span`, which begins in sentence `first`."""
    start, end = span
    text = skim.annotated.article.text
    if _titled_work(text, start, end):
        return None
    covering = [s for s in sentences[first.index :] if s.start < end and s.paragraph == first.paragraph]
    labelled = _labelled(text, start, end, people, surnames)
    if labelled is not None:
        return discourse.resolve(labelled)
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
        if reference is not None and reference.kind == "pronoun" and reference.text in _GENDER_OF_PRONOUN and not reference.replying:
            asks = text[start:end].rstrip(" “”\"‘’'").endswith("?")  # a question after a question: the asker's, as likely
            reference = reference if asks or sentence.index != first.index else dataclasses.replace(reference, answering=True)
            discourse.quoting = text[start:end]
        if reference is not None:
            speaker = discourse.resolve(reference, rivals, reach)
            if reference.kind in ("pronoun", "description") and speaker is not None and speaker.kind == "PERSON" and _names(text[start:end], speaker.name):
                return None  # "“… easy for Mary Steenburgen …,” she said": "she" is someone else (an organisation names itself: "“Tesla remains …,” the company said")
            if reference.kind in ("pronoun", "description") and speaker is not None and _kin_named(text[start:end], discourse.kin.get(speaker.name)):
                # "Her mother, Rosa, …" then "“My mom worked two jobs …,” she said": not Rosa; the one
                # "she" stands for with Rosa set aside, where that one is not "my mom" too
                gender = _GENDER_OF_PRONOUN.get(reference.text) if reference.kind == "pronoun" else None
                other = discourse._antecedent(gender, reach, not_=speaker) if gender and not rivals else None
                return other if other is not None and other.name and not _kin_named(text[start:end], discourse.kin.get(other.name)) else None
            return speaker
    # A short sentence after it in the same paragraph may only say who spoke: "“…” She said."
    after = covering[-1].index + 1
    if after < len(sentences) and sentences[after].paragraph == first.paragraph:
        following = sentences[after]
        quoteless = not any(s < following.end and e > following.start for s, e in skim.quote_spans)
        if quoteless and len(following.text.split()) <= _ATTRIBUTION_MAX_WORDS:
            doc = parsed.get(following.index)
            if doc is None:
                clause = _CLAUSE_RE.search(_AFTER_SPEECH_VERB_RE.sub(" ", following.text))
                said = _reported_in_words(following.text, people, surnames) if clause is None else None
            else:
                root = doc[:].root
                bare = _is_speech_verb(root) and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "advcl", "nsubjpass", "auxpass") for c in root.children)
                # not "Grace laughs when she hears this.", nor "Wallace was asked about it.": the one asked
                said = _reported(doc, people, surnames) if bare else None
            if said is not None:
                return discourse.resolve(said, reach=_LOOK_BACK if doc is not None else _LOOK_BACK_SKIMMED)
    # A paragraph that is only the quotation, and a next one that opens by saying whose words they were
    # ("So says Margaret Doyle, 82, …", "Those were the words of Miriam Osei, …").
    paragraph_end = text.find("\n", end)
    if not text[text.rfind("\n", 0, start) + 1 : start].strip() and not text[end : paragraph_end if paragraph_end >= 0 else len(text)].strip():
        following = next((s for s in sentences[covering[-1].index + 1 :] if s.start >= end), None)
        named = _NAMED_AFTER_RE.match(following.text) if following is not None and following.paragraph == first.paragraph + 1 else None
        if named is not None:
            return discourse.resolve(_name_reference(named.group("name") or named.group("name2") or named.group("name3"), people, surnames))
    # A pull quote (words the article quotes again elsewhere, set as a paragraph of their own) carries no
    # one's words on: the page put it between paragraphs, and the speaker before it may not be its.
    if _pull_quote(text, start, end, skim.quote_spans):
        return None
    # An attribution after it that the parse could not read ("…,” a statement from its boss read." with
    # "read" taken for a noun): someone's, not the last speaker's
    until = min([covering[-1].end] + [s for s, _ in skim.quote_spans if s >= end])
    if _OTHER_SPEAKER_RE.search("… " + text[end:until].strip()):
        return None
    # No attribution: a quotation opening its sentence continues whoever spoke in the sentence before
    # (not across a subheading, nor in one: a pull quote announces someone the section quotes later).
    question = sentences[first.index - 1] if first.index > 0 else None  # an interviewer's question, not a subheading
    asked = question is not None and question.text.strip().endswith("?") and speaking.get(question.index) is not None
    prefix = text[first.start : start].rstrip()
    if prefix and prefix[-1] in ".!?" and first.index in parsed and not any(s < start and e > first.start for s, e in skim.quote_spans):
        return _JOINED  # "… asking each panelist for a yes or no. “Should …?”" read as one sentence
    if _connective(prefix) and first.index in parsed:
        prefix = ""  # "Still, “…”": the quotation opens its sentence but for a word that links it to the one before
    if prefix or first.index == 0 or ({first.index, first.index - 1} & headings and not asked):
        return None
    before = sentences[first.index - 1]
    if before.paragraph < first.paragraph - 1:
        return None
    paragraph_end = text.find("\n", end)
    alone = not text[end : paragraph_end if paragraph_end >= 0 else len(text)].strip()
    if alone and not text[start:end].strip().strip("“”\"‘’'").rstrip().endswith((".", "!", "?", "…")):
        return None  # "“… prevent the evacuation of civilians”" as a paragraph of its own: a subheading's words
    block = [s for s in sentences[: first.index] if s.paragraph == before.paragraph]  # with a signature ("— Jane Doe")
    if any(_pull_quote(text, s, e, skim.quote_spans) for s, e in skim.quote_spans if s < before.end and e > block[0].start):
        return None  # the paragraph before is a pull quote: what it says of its speaker is no continuation
    carried = speaking.get(before.index)
    if before.index in acting and carried is not None and not _in_own_words(text[start:end], carried.name, discourse.gender_read(carried.name), acting=text):
        return None  # “He was a kind man …” after "Smith died on Monday.": words about them, not theirs
    if before.index in acting and carried is not None and carried not in discourse.quoted and _DIED_RE.search(" ".join(s.text for s in block)):
        return None  # "Tom Reed died on Monday. …" then "“I got the call …”": the one who died, never quoted, is not who speaks
    if carried is not None and carried.name and _beat_not_the_actors(text, before, sentences, start, end, carried.name):
        return None  # "The charges were read out. Pruitt, to his credit, smiled. “My client …”", "“Shame on you!”": another's words
    if carried is None and before.paragraph < first.paragraph:
        return _paragraph_about(span, first, sentences, parsed, text, skim.quote_spans, discourse, people, headings)
    return carried


# In a quotation after an action beat ("Pruitt, to his credit, smiled."): words to the actor or for them, a
# question put to them — another's in the scene (a lawyer's "my client", a crowd's "Shame on you!").
_NOT_THE_ACTORS_RE = re.compile(r"\b(?:you|your|yours|yourself|my\s+client|our\s+client)\b|\?", re.IGNORECASE)


_RELATIVE_WORDS = frozenset("who whom whose which that where when".split())


def _set_off_beat(sentence: str, name: str) -> str | None:
    """The verb of a sentence that is an action beat whose name an aside sets off from it ("Pruitt, to his
    credit, smiled.", "Harlan, through his lawyer, denied all of them."), or None."""
    surname = re.escape(name.split()[-1])
    if name.split()[-1] + "," not in sentence:
        return None  # (most sentences: no pattern to build)
    beat = re.match(rf"(?:[A-Z][\w.’'-]*\s+){{0,3}}{surname},\s+[^,.]+,\s+([a-z]+)", sentence.strip())
    return beat.group(1) if beat and beat.group(1) not in _RELATIVE_WORDS else None  # not "Halvorsen, R-Centre, who chairs …": an aside


_FOR_A_CLIENT_RE = re.compile(r"\b(?:my|our)\s+client", re.IGNORECASE)
_PLAIN_SAYING_RE = re.compile(r"\b(?:said|says|told|tells|added|adds|explained|explains|replied|replies|wrote|writes)\b")  # not "laughed", "denied": acts


def _beat_not_the_actors(text: str, beat: Sentence, sentences: Sequence[Sentence], start: int, end: int, name: str) -> bool:
    """Whether the quotation at `start`-`end` after an action beat set off by an aside (`_set_off_beat`) may be
    another's: the beat does not open its paragraph (a scene set before it: "The charges were read out.",
    "Protesters lined the corridor."), or the words speak to the actor or for them (`_NOT_THE_ACTORS_RE`).
    After a sentence with a verb of saying ("Reed, the club's manager, said …"), only words for a client ("my client") are
    plainly another's: a continuation of the one who spoke may well hold "you" or a question."""
    lead = text[beat.start : min(beat.end, start)]
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead.strip())  # a beat the splitter joined to what came before it
    while len(last) > 1 and re.search(rf"(?<![\w’'-]){_TITLE}$", last[-2] + " "):
        last[-2:] = [last[-2] + " " + last[-1]]  # not after a title ("…,” said Sen. June Halvorsen, R-Centre, who …")
    verb = _set_off_beat(last[-1], name)
    if verb is None:
        return False
    if _PLAIN_SAYING_RE.search(last[-1]):  # "Dan Kerrigan, a specialist at X, a law firm, said …": no beat
        return bool(_FOR_A_CLIENT_RE.search(text[start:end]))
    opens = len(last) == 1 and not (beat.index > 0 and sentences[beat.index - 1].paragraph == beat.paragraph)
    return not opens or bool(_NOT_THE_ACTORS_RE.search(text[start:end]))


_FIRST_PERSON_SINGULAR_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself)\b")
_PARAGRAPHS_BACK = 2  # paragraphs of narration a quotation paragraph may look back over for the one they are about


def _paragraph_about(span, first: Sentence, sentences, parsed, text: str, spans, discourse: _Discourse, people: Mapping[str, str], headings) -> _Entity | None:
    """The speaker of a quotation paragraph in the first person singular with no attribution, after
    narration without quotations ("Vega started baking at nine. The neighbourhood was rough then." then
    "“People told me I was crazy …”"): the one person the nearest paragraph with people in it is about,
    the subject of one of its sentences and the only person in it, where nobody unnamed or in the
    plural acts there and the quotation's paragraph names no one else. Else no one."""
    start, end = span
    quotation = text[start:end]
    if not _FIRST_PERSON_SINGULAR_RE.search(quotation):
        return None  # "we" may be an organisation's, or anyone's
    entries = list(zip(discourse.sentences, discourse.unnamed, discourse.speakers, strict=True))
    person, speaking = None, set()
    for back in range(1, _PARAGRAPHS_BACK + 1):
        window = [(subjects, named, at, unnamed, speaker) for (subjects, named, at, paragraph), unnamed, speaker in entries if paragraph == first.paragraph - back]
        if not window:
            return None
        read = [s for s in sentences[: first.index] if s.start >= window[0][2]]
        if any(s.index in headings or s.index not in parsed for s in read):
            return None  # a subheading between, or sentences read without a parse
        ends = [at for _, _, at, _, _ in window[1:]] + [read[-1].end]
        for (_, _, at, _, speaker), end in zip(window, ends, strict=True):
            if any(at <= s < end for s, _ in spans):
                speaking.add(speaker)  # a sentence with quotations: whose they are
        if any(subjects[:1] == [_UNNAMED] or (subjects and subjects[0].kind == "GROUP") or unnamed for subjects, _, _, unnamed, _ in window):
            return None  # "His daughter helps …", "Both men …": someone else who may speak
        found = {e for subjects, named, _, _, _ in window for e in [*subjects, *named] if e.kind == "PERSON"}
        if not found:
            continue
        if len(found) != 1 or _UNNAMED in found:
            return None
        person = found.pop()
        acting = {e for subjects, _, _, _, _ in window for e in subjects[:1]}
        if acting != {person}:
            return None  # only named there ("Police arrested Smith."), or another acts there too
        break
    if person is None or not person.name or speaking - {person} or not _in_own_words(quotation, person.name, discourse.gender(person.name), acting=text):
        return None  # quotations between that are not theirs, or words about them
    if person not in discourse.quoted:
        return None  # only one the article has quoted before: "Tom Reed died on Monday …" then "“I got the call …”" is another's
    paragraph_end = text.find("\n", end)
    rest = text[end : paragraph_end if paragraph_end >= 0 else len(text)]
    others = {name.split()[-1] for name in set(people) | set(people.values())} - {person.name.split()[-1]}
    if any(word_starts(rest, other, "’'-", "’'-") for other in others):
        return None  # “…” Vega looks at her sister. “…,” Lucia said.: the paragraph has another speaker
    return person


_CONNECTIVE_MAX_WORDS = 3  # "And yet,", "Even so,", "In the end,"


def _connective(prefix: str) -> bool:
    """Whether the words before a quotation are only a linking phrase ending in a comma ("Still,",
    "But then,"), with no verb of speech and no name: the quotation carries on whoever spoke."""
    words = prefix.split()
    return (0 < len(words) <= _CONNECTIVE_MAX_WORDS and prefix.endswith(",") and not any(w[:1].isupper() for w in words[1:])
            and not re.search(rf"\b(?:{_QUOTE_VERB_FORMS})\b", prefix, re.IGNORECASE) and not _GENDERED_RE.search(prefix)
            and not re.search(r"\b(?:I|we|you|they|it)\b", prefix, re.IGNORECASE))


_DIED_RE = re.compile(r"\b(?:died|dies|passed away|was killed|were killed|death of)\b")


def _pull_quote(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the quotation opens a paragraph and its opening words are quoted again elsewhere in the
    article, at no less length: a pull quote, the page's repeat of what someone says in the story."""
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    key = _WORD_RE.findall(text[start:end].lower())[:_PULL_KEY_WORDS]
    if len(key) < _PULL_MIN_WORDS:
        return False
    pattern = re.compile(r"\W+".join(map(re.escape, key)))
    size = len(_WORD_RE.findall(text[start:end]))  # the repeat is the excerpt: no longer than the quotation it repeats
    return any((s, e) != (start, end) and len(_WORD_RE.findall(text[s:e])) >= size and pattern.search(text[s:e].lower()) for s, e in spans)


def _pull_quote_paragraphs(text: str, spans: Sequence[tuple[int, int]], sentences: Sequence[Sentence]) -> set[int]:
    """The paragraphs that are a pull quote (see `_pull_quote`), signed or not ("“…” — Jane Doe")."""
    out = set()
    for start, end in spans:
        paragraph_end = text.find("\n", end)
        rest = text[end : paragraph_end if paragraph_end >= 0 else len(text)]
        if len(rest.split()) <= _SIGNATURE_MAX_WORDS and _pull_quote(text, start, end, spans):
            out |= {s.paragraph for s in sentences if s.start <= start < s.end + 1}
    return out


_WORD_RE = re.compile(r"\w+")
_SIGNATURE_MAX_WORDS = 6  # "— Jane Doe, chief executive"
_PULL_KEY_WORDS = 5  # opening words a pull quote shares with the quotation it repeats
_PULL_MIN_WORDS = 4  # a quotation of four words (the shortest one counted) is matched whole


_SMALL_WORDS = frozenset("a an the of to in on and or for with at by from is it as but nor".split())
# What brings in the name of a work rather than someone's words ("hits including “Listen To The Music,”
# “China Grove” and others", "a song called “…”"), or another title of the same list.
_NAMING_BEFORE_RE = re.compile(r"(?:\b(?:including|called|titled|entitled|dubbed|named|nicknamed|such as|like|song|songs|single|album|book|novel|film|movie|show|series|hits|track|play)|[”\"’'],?(?:\s+and)?)\s*$")


def _titled_work(text: str, start: int, end: int) -> bool:
    """Whether the quotation is the title of a work, written in capitals word by word and named as one
    ("… hits, including “Listen To The Music,” “Takin’ It To The Streets” …"): no one's words."""
    return _title_cased(text[start:end]) and _NAMING_BEFORE_RE.search(text, max(0, start - 40), start) is not None


def _title_cased(quotation: str) -> bool:
    """Whether a quotation is written in capitals word by word, as a title is ("A Man Called Otto")."""
    words = quotation.strip("“”\"‘’' ,.").split()
    capitalised = [w for w in words if w[:1].isupper()]
    return 2 <= len(words) <= 10 and len(capitalised) >= 2 and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)


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
        verb = _attributing_verb(doc, max(inside), quoted)
    if verb is None:
        verb = _stance_verb(doc, inside)
    if verb is not None and verb.dep_ == "oprd" and verb.i < min(inside) and verb.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "he called the audit promise “…”", the noun read as a verb naming what the object is: the naming verb's
    if verb is not None and verb.i < min(inside) and any(t.text in (".", "!", "?") and t.i not in quoted for t in doc[verb.i + 1 : min(inside)]):
        return None, []  # "… asked whether she had seen it coming. ‘Not at all. …,’ the actress replied": a sentence the splitter joined ends before it
    if verb is None:
        owner = _owner_of_lead_in(doc, min(inside), people, surnames) or _in_words_of(doc, min(inside), quoted, people, surnames) or _view_of(doc, inside, people, surnames)
        if owner is not None:
            return owner, []
    if verb is None:
        for token in doc:
            if token.i not in inside and token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
                if objects:
                    source = _source_of(objects[0])
                    return _reference(source, people, surnames, speaks=True) or _Reference("unknown", source.text), []
        return None, []
    beside = _clauses_beside(doc, inside)  # "He noted that Google said …, and that “…”": not Google's
    nearer = [t for t in doc[verb.i + 1 : min(inside)] if _is_speech_verb(t) and t.right_edge.i >= min(inside) - 3 and any(c.dep_ == "nsubj" for c in t.children) and t.i not in beside]
    if verb.i < min(inside) and nearer:  # "Poodle posted an exchange in which she told him: “…”": hers, not his
        verb = nearer[-1]
    if verb.lemma_.lower() in _CITING_VERBS and verb.i < min(inside):
        return _Reference("unknown", verb.text), []  # "Smith quoted Churchill: “…”": another's words, read out
    subject = _subject_of(verb, inside) or _mistagged_subject(verb, people, surnames) or _inverted_subject(verb, inside) or _phrase_before(verb, quoted)
    if subject is None:  # the quotation has an attribution of its own this code cannot read: not the last speaker's
        return _Reference("unknown", verb.text), []
    if _reported_by_another(verb, subject, inside, quoted):
        return _Reference("unknown", verb.text), []
    reference = _reference(subject, people, surnames, speaks=True)
    if reference is None and verb.lemma_.lower() == "be" and verb == _lead_in_verb(doc, min(inside)):
        reference = _owner_of_lead_in(doc, min(inside), people, surnames)  # "Her worry was simple: “…”"
    reference = reference or _Reference("unknown", subject.text)
    if reference.kind == "PERSON" and _participle_read_as_name(subject, reference.text, people):
        apposed = _name_set_off_before(verb, subject)  # "Echoing Dickinson, the boss of Fresco, Ken Murphy, said": his
        reference = (_reference(apposed, people, surnames, speaks=True) if apposed is not None else None) or _Reference("unknown", verb.text)
    organisation = reference.kind == "ORG" or reference.kind == "description" and reference.text in _ORG_NOUNS  # "the ministry said, quoting …"
    voice = _voice_of(verb, quoted) if organisation else None
    if voice is not None:  # "Hamas said in a statement attributed to its spokesman, Hazem Qassem": his words
        reference = _reference(voice, people, surnames, speaks=True) or reference
    if reference.kind == "pronoun" and verb.lemma_.lower() in _REPLY_VERBS:
        reference = dataclasses.replace(reference, replying=True)
    asked_about = _asked_opener_end(doc)  # "Asked whether Canada would drop …, she said": what she was asked about
    rivals = [
        reference
        for token in doc
        if token.dep_ in ("nsubj", "nsubjpass") and asked_about <= token.i < subject.i and token.i not in quoted  # not a subject inside another quotation
        for reference in [_reference(token, people, surnames)]
        if reference is not None and reference.kind != "pronoun"
    ]
    if reference.kind == "pronoun" and asked_about:
        about = tuple(_canonical(_person_name(e.text), people, surnames) for e in doc.ents if e.label_ == "PERSON" and e.end <= asked_about)
        about += tuple(_canonical(t.text, people, surnames) for t in doc[:asked_about] if t.pos_ == "PROPN" and (t.text in surnames or t.text in people))
        reference = dataclasses.replace(reference, about=about)
    if reference.kind == "pronoun" and reference.text == "it" and subject.i < min(inside):
        reporter = _reporter_above(subject, quoted, people, surnames) or _main_organisation(doc, subject, quoted, people, surnames)
        if reporter is not None and reporter.kind == "PERSON" and _known_kind(reporter.text):
            reporter = _Reference("ORG", reporter.text)  # "Marlow Water", read as a person's name: a utility's by its head
        if reporter is not None and reporter.kind == "ORG":  # "The council said that it “remains confident …” and described reports as “…”"
            return reporter, []
    singular = [r for r in rivals if r.kind != "group"]  # "both men" cannot be "he"
    own = {_OWN_PRONOUNS[t.lower_] for t in doc[: min(inside)] if t.lower_ in _OWN_PRONOUNS and t.i not in quoted and (t.lower_ != "her" or t.dep_ == "poss")}
    leaning = own - {_GENDER_OF_PRONOUN.get(reference.text)}  # "Sarah Pengelly thanked her rescuer. ‘…,’ he said."
    # a pronoun stands for someone named before it ("… said that he had spoken to both Delgado and Mark Fleury and was “…”": not Fleury)
    named_before = {_canonical(_person_name(e.text), people, surnames) for e in doc.ents if e.label_ == "PERSON" and e.end <= min(min(inside), subject.i) and e.start not in quoted}
    if reference.kind == "pronoun" and subject.i < min(inside) and subject.head.dep_ != "ROOT" and named_before - {r.text for r in singular}:  # "Poodle posted an exchange he had with Mia in which she told him: …"
        return reference, rivals + [_Reference("PERSON", name) for name in sorted(named_before)]
    asking = any(t.lemma_.lower() in _ASK_VERBS and t.pos_ == "VERB" and t.i not in quoted for t in doc[: min(inside)])  # "Moss asked Carver whether …. “…,” he said": either may answer
    if reference.kind == "pronoun" and len(singular) == 1 and singular[0].kind == "PERSON" and not leaning and not asking and _ends_before(doc, min(inside), quoted):
        # "Ed Farrow said both men were missing the point. ‘Nobody …,’ he told MPs." read as one sentence:
        # the subject of the sentence that ends before the quotation is the one "he" stands for, if any
        return dataclasses.replace(reference, antecedent=singular[0].text), []
    if (reference.kind == "pronoun" and subject.i < min(inside) and len(singular) == 1 and singular[0].kind == "PERSON" and not leaning and not asking
            and named_before <= {singular[0].text} and (_opens_joined_sentence(doc, subject.i, quoted) or _reporter_above(subject, quoted, people, surnames) == singular[0])):
        # the one person named before the pronoun, where it opens a sentence the splitter joined ("Gabriel Nunez … was in
        # seat 22C. He said …") or sits in what that person is said to have said ("Jeff Reichert said … that he had spoken
        # to … and was “…”"): the one "he" stands for
        return dataclasses.replace(reference, antecedent=singular[0].text), []
    if verb.dep_ != "ROOT":  # "… coined by Winston Churchill, when he said …": anyone named before may be "he"
        rivals += [
            _Reference("PERSON", _canonical(_person_name(e.text), people, surnames))
            for e in doc.ents
            if e.label_ == "PERSON" and e.end <= subject.i and e.start not in inside
        ]
    return reference, rivals


def _participle_read_as_name(subject, name: str, people) -> bool:
    """Whether the name of a subject opens its sentence with a participle the recogniser read into
    it, before the surname of someone the text named in full ("Echoing Dickinson, …" after "Helen
    Dickinson"): the participle acts on that person; the subject is someone else. The first word
    must be a form of a known verb ("Backing", "Echoing"; not "Irving", "Sterling", "Jianping",
    "Channing"), not a name the text uses alone for a person, and the text must name someone else
    of that surname with another first name among its people (not "Mr Bell", nor "When Price").
    Where the pipeline keeps no index of verbs, the verb test is passed."""
    words = name.split()
    doc = subject.doc
    first = doc[subject.left_edge.i]
    if len(words) < 2 or first.i != 0 or first.text != words[0] or not re.fullmatch(r"[A-Z][a-z]{2,}ing", words[0]):
        return False
    if _known_verb_form(first.lower_, doc.vocab) is False or words[0] in people:
        return False  # "Irving Fisher"; "Manning" where the text also calls him "Manning"
    rest = " ".join(words[1:])
    titles = _HONORIFICS | _STYLES | _TITLE_WORDS
    given = {
        full.split()[0]
        for known in (*people, *people.values())
        for full in [known]
        if len(full.split()) >= 2 and " ".join(full.split()[1:]) == rest and full.split()[0].lower() not in titles and full.split()[0][:1].isupper()
    }
    return bool(given - {words[0]})


def _known_verb_form(word: str, vocab) -> bool | None:
    """Whether a lower-case "-ing" word is a form of a verb the lemmatizer knows ("backing": "back";
    "manning": "man"; "taking": "take"); None where the pipeline keeps no index of verbs."""
    from .nlp import VERB_INDEX

    table = vocab.lookups.get_table(VERB_INDEX, None) if vocab.lookups.has_table(VERB_INDEX) else None
    if table is None:
        return None
    stem = word[:-3]
    stems = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return any(s in table for s in stems)


def _name_set_off_before(verb, subject):
    """A person's name set off by commas right before a verb ("…, Ken Murphy, said") in apposition to
    the verb's subject itself ("Backing Dickinson, the boss of Fresco, Ken Murphy,"), directly or
    through the subject's other appositions: its last word. Not a name in a relative clause ("…, who
    replaced its founder, Ken Murphy,") nor one apposed to an object ("the father of the defender,
    Jack Fisher,"): then no one."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    last = doc[verb.i - 2]
    entity = next((e for e in doc.ents if e.label_ == "PERSON" and e.end == last.i + 1), None)
    if entity is None or entity.start == 0 or doc[entity.start - 1].text != ",":
        return None
    between = doc[subject.i + 1 : entity.start - 1]
    if any(t.tag_ in ("WP", "WDT", "WP$") or t.dep_ in ("relcl", "acl") for t in between):
        return None  # "…, who replaced its founder, Ken Murphy,": the relative clause's, whatever the parse hung it from
    before = doc[entity.start - 2]
    if before.dep_ in ("pobj", "dobj") and _personal(before.lower_):
        return None  # "the father of the defender, Jack Fisher,": the defender's name
    holder = entity.root
    if holder.dep_ == "appos" and holder.head.dep_ == "pobj" and not _personal(holder.head.lower_) and holder.head.head.head.dep_ == "appos":
        holder = holder.head.head.head  # "the boss of supermarket chain Fresco, Ken Murphy,": hung from the chain, the boss's name
    while holder.dep_ == "appos" and holder.head.i != holder.i and holder.head.i != subject.i:
        holder = holder.head
    return last if holder.dep_ == "appos" and holder.head.i == subject.i else None


def _reporter_above(subject, quoted: set[int], people, surnames) -> _Reference | None:
    """The subject of the speech verb whose reported clause holds a (pronoun) subject's clause, before
    it ("Reichert said in a post that he had …": Reichert), as a reference: up through clauses that
    complement or join one another (ccomp, conj, advcl, xcomp), or a clause whose "that" the parse
    took for a relative word ("said in a post on X that he had …", read as "a post … that"), never
    through a relative clause ("an exchange he had with Tate in which she told him") nor a clause with
    a subject of its own ("Smith said the plan was dead and she called it …"). None if not."""
    node = subject.head
    while node.head.i != node.i:
        if node.dep_ == "relcl" and any(c.lower_ == "that" and c.tag_ == "IN" for c in node.children):
            noun = node.head  # "a post on X that …": the noun, then the preposition it hangs from, then the verb
            if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
                return None
            node = noun.head
        elif node.dep_ not in ("ccomp", "conj", "advcl", "xcomp"):
            return None
        above = node.head
        if above.i < subject.i and above.i not in quoted and _is_speech_verb(above):
            outer = _subject_of(above)
            return _reference(outer, people, surnames) if outer is not None and outer.i < subject.i else None
        if any(c.dep_ in ("nsubj", "nsubjpass") and c != subject for c in above.children):
            return None  # "Smith said the plan was dead and she called it …": a clause of another subject between
        node = above
    return None


def _main_organisation(doc, pronoun, quoted: set[int], people, surnames) -> _Reference | None:
    """The organisation an "it" that speaks stands for in its own sentence, in a clause below the main one: the main
    clause's subject, where it is the one organisation the sentence names before the pronoun ("Halvard Inc. … unveiled
    glasses called Lumen that it says can replace a phone for “…”"); None where there is another ("Acme sued Brightline,
    which it says copied …": either), or the main subject is no organisation."""
    if pronoun.head.dep_ == "ROOT":
        return None  # "it" is the main clause's own subject: the sentence before says what it is
    root = pronoun.sent.root
    main = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
    dated = main is not None and main.i + 1 < len(doc) and doc[main.i + 1].text in ("—", "–", "-") and (main.ent_type_ in ("GPE", "LOC") or main.text.isupper())
    if dated:  # "SAN FRANCISCO — Halvard Inc., …, unveiled": the dateline's place read as the subject, the name beside it
        main = next((c for c in main.children if c.dep_ == "appos" and c.i > main.i), None)
    if main is None:
        return None
    bodies = {e.root.i for e in doc.ents if e.label_ == "ORG" and e.end <= pronoun.i and e.start not in quoted and not e.start <= main.i < e.end}
    days = _WEEKDAYS | {m.capitalize() for m in MONTH_NAMES}
    named = [t for t in doc[main.right_edge.i + 1 : pronoun.i] if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
             and t.i not in quoted and t.text not in days and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")]
    if bodies or named:
        return None  # another name it may stand for ("sued Corra Foods, which it says …"), whatever the recogniser made of it
    if any(t.pos_ in ("PRON", "PROPN") and t.i not in quoted and t.lower_ in ("they", "he", "she") for t in doc[main.i + 1 : pronoun.i]):
        return None
    reference = _reference(main, people, surnames, speaks=True)
    if reference is not None and reference.kind == "PERSON" and _name_head(reference.text) in _COMPANY_SUFFIXES:
        reference = _Reference("ORG", reference.text.rstrip("."))  # "Halvard Inc.", unrecognised: a company by its suffix
    return reference if reference is not None and reference.kind == "ORG" else None


def _asked_opener_end(doc) -> int:
    """The index past a sentence's opening "Asked whether …," ("Pressed on …,"), where it has one; 0 if not."""
    if len(doc) < 3 or doc[0].lower_ not in ("asked", "pressed", "questioned"):
        return 0
    comma = next((t.i for t in doc if t.text == "," and not any(c.is_quote for c in doc[: t.i])), None)
    return comma + 1 if comma is not None else 0


_VOICE_PREPOSITIONS = frozenset(("through", "via"))  # "said through a spokesperson, Ana Lopes"


def _voice_of(verb, quoted: set[int]):
    """The one person an organisation's speech verb says it spoke through, after the verb, in one of
    these shapes only: "through/via a spokesperson, Ana Lopes"; "in a statement from its chief
    executive, Jane Ross" (a document the verb's own "in"/"through" holds, by or from the person);
    "in a statement attributed to its spokesman, Hazem Qassem"; ", quoting its spokesman Lin Jian".
    Not someone the words went to ("in a letter to …"), were said of, or answered, cited or
    criticised ("citing a report by …", "in response to a letter from …", "from the family of …").
    The name's head token, or None."""
    found = []
    for ent in verb.doc.ents:
        if ent.label_ == "PERSON" and ent.start > verb.i and ent.start not in quoted and _speaks_for(ent.root, verb):
            found.append(ent.root)
    return found[0] if len(found) == 1 else None


def _speaks_for(name, verb) -> bool:
    """Whether a name stands in one of `_voice_of`'s shapes on the speech verb."""
    holder = name
    while holder.dep_ == "appos" and holder.head.i != holder.i:  # "its spokesman, Hazem Qassem"
        holder = holder.head
    head = holder.head
    if holder.dep_ == "dobj":  # ", quoting its spokesman Lin Jian": the verb's own participle
        return head.lemma_.lower() == "quote" and head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp") and head.head == verb
    if holder.dep_ != "pobj":
        return False
    if head.lower_ in _VOICE_PREPOSITIONS:  # "through a spokesperson, Ana Lopes"
        return head.head == verb
    document = head.head
    if head.lower_ == "to" and document.lemma_.lower() == "attribute" and document.dep_ == "acl":  # "a statement attributed to …"
        document = document.head
    elif head.lower_ not in ("by", "from") or head.dep_ != "prep":  # "a statement from …", "a letter by …"
        return False
    within = document.head
    return document.lemma_.lower() in _DOCUMENT_NOUNS and document.dep_ == "pobj" and within.lower_ in ("in", "through") and within.head == verb


def _reported_by_another(verb, subject, inside: set[int], quoted: set[int]) -> bool:
    """Whether the speech verb before a quotation sits in what another subject is said to have said
    ("Pompeo said Washington had concluded the settlements were “not … inconsistent …”", "Llewelyn
    said the minister had told them the cuts were “going ahead …”"): the words may be either's."""
    if verb.i > min(inside) or subject.lower_ in _PRONOUNS:  # "Volker said he never used the term and added, “…”": his
        return False
    node, reported = verb, False
    while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:  # not "…, while Hollis said: “…”"
        reported = reported or node.dep_ == "ccomp"
        node = node.head
        outer = _subject_of(node, inside) if reported and _is_speech_verb(node) and node.i not in quoted else None
        if outer is not None and outer.lower_ != subject.lower_:
            return True
    return False


_CITING_VERBS = frozenset(("quote", "cite", "recite", "paraphrase", "invoke"))  # verbs bringing in someone else's words
_REPLY_VERBS = frozenset(("reply", "respond", "answer", "retort"))
_ASK_VERBS = frozenset(("ask", "question", "press"))
_ASKED_RE = re.compile(r"\b(?:asked|questioned|pressed)\b")
# The one an active "asked" asks: the words after it, up to what is asked ("asked Governor Lisa Carver whether …").
_ASKED_WHOM_RE = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bwhen )(?<!\bif )(?<!\bonce )(?<!\bafter )(?<!\bas )"
    r"\b(?:asked|questioned|pressed)\s+(?!(?:whether|if|why|how|what|when|where|who|about|to|for|on|over|by|that|after)\b)(?P<whom>[^,;:.?!“”\"]{1,80}?)(?=\s+(?:whether|if|why|how|what|when|where|who|about|to|for|on|over)\b|[,;:.?!]|$)"
)


def _asked_in_words(sentence: Sentence, surnames, surname_re, quoted) -> _Entity | None:
    """For a sentence read by its words whose verb asks: the one asked, when the article names them
    ("Moss asked Governor Lisa Carver whether …"), else `_UNNAMED` ("asked the minister …"): either way
    a "he"/"she" after it is not the asker's for certain. None where the words name no one asked ("Carver was
    asked …", "when asked by reporters", "Mercer asked whether …", as the parse's object)."""
    match = _ASKED_WHOM_RE.search(sentence.text)
    if match is None:
        return None
    at = match.start("whom")
    whom = [e for e in _named_in_words(match.group("whom"), sentence.start + at, surnames, surname_re, quoted) if e.kind == "PERSON"]
    return whom[0] if len(whom) == 1 else _UNNAMED


_REPLY_NOUNS = frozenset("reply answer response retort advice verdict explanation".split())  # someone's words, as the subject of a lead-in
_DOCUMENT_NOUNS = frozenset("statement report note letter post tweet release filing message email video".split())


def _ends_before(doc, first: int, quoted: set[int]) -> bool:
    """Whether a sentence the splitter missed ends right before the quotation whose opening mark is
    token `first` ("… missing the point. ‘Nobody …"): a full stop outside quotations, then the mark."""
    k = first - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k >= 0 and doc[k].text in (".", "!", "?") and k not in quoted


def _opens_joined_sentence(doc, first: int, quoted: set[int]) -> bool:
    """Whether token `first`, capitalised, opens a sentence the splitter joined to the one before: a
    stop outside quotations before it, alone or ending a word ("… was in seat 22C. He said"), but not
    a title's or an initial's ("Dr. He", "J. Smith")."""
    k = first - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or k in quoted or not doc[first].text[:1].isupper() or doc[k].text[-1:] not in (".", "!", "?"):
        return False
    return len(doc[k].text) == 1 or not re.fullmatch(r"[A-Z][a-z]{0,3}\.", doc[k].text)


def _source_of(token):
    """Who "according to" names: the X of "a statement from X" or "a report by X", else the word itself."""
    if token.lemma_.lower() in _DOCUMENT_NOUNS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return token


_TOLD_PARTICIPLES = {"tell": "told", "inform": "informed", "remind": "reminded", "warn": "warned", "urge": "urged", "assure": "assured", "promise": "promised"}
_TOLD_VERBS = frozenset(_TOLD_PARTICIPLES)  # in the passive, their subject is the one spoken to
_TO_SOMEONE_VERBS = frozenset(("tell", "ask", "urge", "call"))  # their object is the one spoken to ("told the BBC’s Ann Kerr")


def _inverted_subject(verb, inside: set[int]):
    """The speaker after a speech verb that follows the quotation, which the parser took for its
    object ("“…,” added her neighbour, Jim Walsh"): a person's name or a word for a person."""
    if verb.i < max(inside) or verb.lemma_.lower() in _TO_SOMEONE_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.left_edge.i == verb.i + 1:
            if child.pos_ == "PROPN" or child.ent_type_ in ("PERSON", "ORG") or _personal(child.lemma_.lower()) or child.lemma_.lower() in _DOCUMENT_NOUNS:
                return _source_of(child)  # "…,” said a report from Harlow Capital Markets
    return None


def _phrase_before(verb, quoted: set[int]):
    """The subject of a speech verb right after a quotation, where the parse hung the words between
    them on the quotation ("“… illegal outlets,” NAFDAC's spokesperson, Mrs Bola Adeyanju, said",
    with "spokesperson" in apposition to "outlets"): the head of the one phrase between them, a noun
    with no verb in it."""
    doc = verb.doc
    if verb.i == 0 or verb.i - 1 in quoted or any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted for c in verb.children):
        return None  # a subject inside a quotation is a misparse ("“…, all of them,” Meekins, 67, told …": "all" and "Meekins" joined)
    first = max((i for i in quoted if i < verb.i), default=None)
    if first is None:
        return None
    words = [t for t in doc[first + 1 : verb.i] if not t.is_punct]
    if not words or len(words) > 12 or any(t.pos_ in ("VERB", "AUX") or t.i in quoted for t in words):
        return None
    inside = {t.i for t in words}
    heads = [t for t in words if t.head.i not in inside]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return heads[0]


def _governing_verb(doc, inside: set[int], quoted: set[int]):
    """The speech verb outside the quoted words that governs them: one written right beside them
    ("…,’ said Locke", "Locke said: ‘…"), else the nearest one above them in the parse, else one
    attached to them ("“…,” she said" parsed with the quotation as the main clause). Never a verb
    after them that reports something else ("….’ Ledbetter said Perry was …"), nor, after words
    that ended in a full stop, one with a clause or object of its own ("….” Grace laughs when she
    hears this.": a new sentence the splitter joined), but for the one told or asked ("….” Jones
    told reporters.")."""
    first, last = min(inside), max(inside)
    finished = any(t.text == "." for t in doc[max(0, last - 2) : last + 1] if t.i in quoted)  # "….” Grace laughs when …"
    other_clauses = ("ccomp", "advcl", "dobj", "xcomp", "conj") if finished else ("ccomp",)
    listener = lambda verb, c: c.dep_ == "dobj" and verb.lemma_.lower() in ("tell", "ask")  # noqa: E731  "….” Jones told reporters.": the one told
    governs = lambda verb: _is_speech_verb(verb) and not (  # noqa: E731
        verb.i > last and any(c.dep_ in other_clauses and not listener(verb, c) and c.left_edge.i > last and c.i not in quoted for c in verb.children)
    )
    after = next((t for t in doc[last + 1 : last + 4] if not t.is_punct), None)
    if after is not None and after.left_edge.i == after.i and after.head.i > after.i:  # "…,’ Mr Smith said": past the subject
        subject = after
        while subject.dep_ not in ("nsubj", "nsubjpass") and after.i <= subject.head.i < last + 8 and subject.head.i != subject.i:
            subject = subject.head
        after = subject.head if subject.dep_ in ("nsubj", "nsubjpass") and subject.left_edge.i == after.i else after
    before = next((t for t in reversed(doc[max(0, first - 3) : first]) if not t.is_punct), None)
    for token in (after, before):
        if token is not None and governs(token) and not (_passive_of_a_thing(token) and any(governs(a) for a in token.ancestors if a.i not in inside)):
            return token
    roots = [t for t in doc if t.i in inside and t.head.i not in inside and not t.is_punct]
    for root in roots:
        node = root
        while node.head.i != node.i:
            if node.i not in quoted and node.dep_ in ("advcl", "conj") and _someone_of_its_own(node) and not _that_clause_beside(node):
                break  # "…, while Pike slammed the timing as “…”": not what the main clause's speaker said
            node = _complement_beside(node) or node  # "He noted that Google said …, and that “…”": his, beside Google's words
            node = node.head
            if node.i not in inside and governs(node) and not (_passive_of_a_thing(node) and any(governs(a) for a in node.ancestors if a.i not in inside)):
                return node  # not "she said her views had “evolved” and that the article was written “for …”": hers, below her "said"
            aside = _reporting_aside(node, quoted)
            if aside is not None:  # "The new album, he confirmed, is finished and will be out “in October …”"
                return aside
    for token in doc:
        if token.i not in inside and token.head.i in inside and governs(token):
            return token
    return None


def _complement_beside(clause):
    """For a clause coordinated with "and that" ("He noted that Google said it would stop …, and that
    “…”"): the that-clause it stands beside, the nearest above it, whose verb is a complement: both
    are what the verb above that one reports, not what the first one's own verb does (the parse may hang
    it on "stop", or on "said"). None for a clause without its own "that", or with no such clause above."""
    if clause.dep_ != "conj" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    for above in clause.ancestors:
        if above.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in above.children):
            return above
    return None


def _passive_of_a_thing(verb) -> bool:
    """Whether a speech verb is in the passive with a thing for its subject ("the article was written", "the
    letter was written": its "-er" no person's), with no one by whom: what was done to the
    thing, no one speaking."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and all(
        c.pos_ == "NOUN" and not _personal(c.lemma_.lower(), epithet=True) and c.lemma_.lower() not in _ORG_NOUNS and c.ent_type_ not in ("PERSON", "ORG")
        for c in subjects
    )


def _that_clause_beside(clause) -> bool:
    """Whether a clause with a subject of its own is coordinated by its own "that" ("Vollmer said she had not
    seen evidence …, but that she would order a review “…”", "Brandt posted on X that …, and that he hoped …
    “…”"): a second thing reported, whatever the first clause's "that" or the parse's attachment; its subject
    says nothing of its own, the verb above both does."""
    return clause.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children)


def _clauses_beside(doc, inside: set[int]) -> set[int]:
    """The words above a quotation up to each that-clause a clause over it stands beside
    (`_complement_beside`): none of them governs it."""
    found: set[int] = set()
    for node in [doc[i] for i in inside if doc[i].head.i not in inside]:
        for clause in [node, *node.ancestors]:
            beside = _complement_beside(clause)
            if beside is not None:
                found |= {a.i for a in clause.ancestors if beside.is_ancestor(a) or a == beside}
    return found


_ASIDE_MARKS = frozenset((",", "—", "–", "("))
_ASIDE_HOSTS = frozenset(("nsubj", "nsubjpass", "dobj", "attr", "acomp", "advmod", "npadvmod"))  # the parse hangs an aside on these too


def _reporting_aside(clause, quoted: set[int]):
    """A speech verb set off inside a clause as an aside of its own ("The new album, he confirmed, is
    finished …", "The deal, Smith said, was off"): between commas or dashes, with a subject, and
    nothing it reports itself (no clause or object of its own, no relative word: not "the album,
    which he confirmed, …"). It reports the clause it interrupts. None where there is none."""
    doc = clause.doc
    words = [c for c in clause.children if c.dep_ in _ASIDE_HOSTS]  # or hung on its subject: "The new album, he confirmed, is …"
    for aside in [*clause.children, *(g for c in words for g in c.children)]:
        if aside.i in quoted or not _is_speech_verb(aside) or aside.dep_ in ("ccomp", "conj", "xcomp"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in aside.children):
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "oprd", "advcl") or c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in aside.children):
            continue
        words_of = [t.i for t in aside.subtree if not t.is_punct]  # the parse may give it the commas around it
        left, right = min(words_of) - 1, max(words_of) + 1
        if left < 0 or right >= len(doc) or doc[left].text not in _ASIDE_MARKS or doc[right].text not in _ASIDE_MARKS | {")"}:
            continue
        if left in quoted or right in quoted:
            continue  # "“…,” he said, “…”": the marks of a quotation, read elsewhere
        return aside
    return None


# Verbs by which a writer gives someone's view in their words, a fragment quoted inside the clause
# ("Snyder sees it as “a bottomless pit of stories”", "Wallace credits his success to “keeping …”").
# Praise and blame with the words of the one who gives it ("accused Pike of “…”", "slammed the timing as “…”",
# "welcomed the budget as “…”") are theirs too.
STANCE_VERBS = frozenset("see view regard consider credit blame dub label term brand characterise characterize hail dismiss".split())
STANCE_VERBS |= frozenset("""accuse praise slam welcome criticise criticize condemn denounce decry blast lambast applaud commend laud
    defend reject thank apologise apologize express""".split())  # thanks and apology too ("thanked volunteers for “…”")


def _stance_verb(doc, inside: set[int]):
    """The verb above a quoted fragment (no subject of its own inside the quotation) that gives
    its active subject's view of something in their words: the subject is the speaker."""
    roots = [doc[i] for i in inside if doc[i].head.i not in inside]
    if not roots or any(c.dep_ in ("nsubj", "nsubjpass") and c.i in inside for root in roots for c in root.children):
        return None  # a clause of its own, not a fragment ("a leader who has stopped listening" is one)
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
    return node if any(c.dep_ == "nsubj" for c in node.children) or node.left_edge.i < node.i and node.left_edge.pos_ != "PRON" and node.left_edge.dep_ in ("advmod", "npadvmod", "dep") and node.left_edge.head.i == node.i and node.left_edge.text[:1].isupper() else None


def _someone_of_its_own(verb) -> bool:
    """Whether a verb that says no words has a subject of its own who could have said them: a name
    or a pronoun, not a thing ("the plan was “…”")."""
    return not _is_speech_verb(verb) and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("PERSON", "ORG")) and c.lower_ not in ("it", "that", "which", "who")
        for c in verb.children
    )


def _attributing_verb(doc, last: int, quoted: set[int]):
    """Any verb whose subject comes straight after a quotation that ends in a comma, a question or
    an exclamation mark inside its marks ("“Yes, I know that,” Stancil fired back"): the
    attribution, whatever the verb."""
    closing = [t for t in doc[max(0, last - 2) : last + 1] if t.i in quoted and not t.is_space]
    if not any(t.text in (",", "?", "!") for t in closing):
        return None
    subject = next((t for t in doc[last + 1 : last + 4] if not t.is_punct and not t.is_space), None)
    while subject is not None and subject.dep_ in ("compound", "flat", "det", "amod") and subject.head.i > subject.i:
        subject = subject.head  # "Tom Stancil": the name's last word; "the chair remonstrated": the noun
    if subject is None or subject.dep_ != "nsubj" or subject.head.i <= subject.i or subject.head.pos_ != "VERB" or subject.head.i > subject.i + 3:
        return None
    if any(c.dep_ in ("dobj", "ccomp") and c.i not in quoted for c in subject.head.children):
        return None  # "“…,” Smith tweeted a photo": a verb with an object of its own
    return subject.head


def _lead_in_verb(doc, first: int):
    """The verb of a clause that ends in a colon right before the quotation ("Ochoa shot back:
    “…”"): writers introduce a quotation so whatever the verb."""
    before = [t for t in doc[:first] if not (t.is_punct and t.text in _QUOTE_MARKS) and not t.is_space]
    if not before or before[-1].text != ":":
        return None
    verbs = [t for t in before[:-1] if t.pos_ in ("VERB", "AUX") and (t.head.i >= first or t.head.i == t.i or t.i == before[-1].head.i)]
    aside = {t.i for c in verbs[-1].children if c.dep_ == "advcl" for t in c.subtree} if verbs else set()  # "Asked about competition from rivals, she was unfazed:"
    if not verbs or any(t.lower_ == "from" for t in verbs[-1].subtree if t.i < first and t.i not in aside):
        return None  # "Smith received a letter from Jones: “…”": the words are another's
    return verbs[-1]


def _in_words_of(doc, first: int, quoted: set[int], people, surnames) -> _Reference | None:
    """The one named by "in her words", "in the words of X" or "to use his words" set right before
    the quotation ("She knits and, in her words, “has a good natter …”")."""
    for words in doc[max(0, first - 4) : first]:
        if words.lemma_.lower() != "word" or words.i in quoted or words.head.lower_ not in ("in", "use"):
            continue
        if any(not t.is_punct for t in doc[words.right_edge.i + 1 : first]):
            return None  # the phrase is not set right before the quotation
        owners = [c for c in words.children if c.dep_ == "poss"] or [o for c in words.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        if len(owners) != 1:
            return None
        if owners[0].lower_ in ("his", "her"):
            return _Reference("pronoun", "he" if owners[0].lower_ == "his" else "she")
        return _reference(_source_of(owners[0]), people, surnames, speaks=True)
    return None


def _view_of(doc, inside: set[int], people, surnames) -> _Reference | None:
    """The one whose view a quoted fragment gives, as "for X" or "to X" opening a clause of "be"
    ("For Webb, the result is “a warning about …”"): a person named, not "for residents"."""
    roots = [doc[i] for i in inside if doc[i].head.i not in inside and not doc[i].is_punct]
    if len(roots) != 1 or roots[0].dep_ not in ("attr", "acomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in roots[0].children):
        return None
    verb = roots[0].head
    if verb.lemma_.lower() != "be" or verb.i > min(inside):
        return None
    holders = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to") and c.i < verb.i and c.i == c.head.left_edge.i for o in c.children if o.dep_ == "pobj"]
    if len(holders) != 1:
        return None
    reference = _reference(holders[0], people, surnames)
    if reference is not None and reference.kind == "PERSON":
        return dataclasses.replace(reference, text=_canonical(reference.text, people, surnames))  # "For Park," → "Jim Park", named before
    return reference if reference is not None and reference.kind in ("surname", "bare name") else None


def _owner_of_lead_in(doc, first: int, people, surnames) -> _Reference | None:
    """The one whose words or thoughts a lead-in ending in a colon right before the quotation names,
    with no verb or with "be" ("Walsh’s advice to other operators: “…”", "His only remark was terse:
    “…”", "Her retirement plans are modest: “…”"): the owner of its subject, a person named or "his" or
    "her", where the subject is no person or body itself ("Her mother was blunt:") and no one else is
    named in the lead-in."""
    before = [t for t in doc[:first] if not (t.is_punct and t.text in _QUOTE_MARKS) and not t.is_space]
    if not before or before[-1].text != ":":
        return None
    lead = before[:-1]
    heads = [t for t in lead if t.head.i == t.i or t.head.i >= first]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.pos_ == "AUX" and head.lemma_.lower() == "be":
        head = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if head is None or head.pos_ != "NOUN" or _personal(head.lemma_.lower()) or head.lemma_.lower() in _ORG_NOUNS:
        return None
    owners = [c for c in head.children if c.dep_ == "poss"]
    if len(owners) != 1 or any(e.label_ in ("PERSON", "ORG") and not (e.start <= owners[0].i < e.end) for e in doc.ents if e.end <= first):
        return None
    owner = owners[0]
    if owner.lower_ in ("his", "her"):
        return _Reference("pronoun", "he" if owner.lower_ == "his" else "she")
    reference = _reference(owner, people, surnames, speaks=True) if owner.pos_ == "PROPN" else None
    return reference if reference is not None and reference.kind in ("PERSON", "surname", "bare name") else None


def _is_speech_verb(token) -> bool:
    """A verb that brings in words: a speech verb, or "put it" ("As Vega puts it, “…”")."""
    spoken = token.lemma_.lower() in QUOTE_VERBS or (token.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children))
    # "…,” the statement read.": a document's words
    spoken = spoken or (token.lemma_.lower() == "read" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _DOCUMENT_NOUNS for c in token.children))
    return spoken and token.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in token.children)


def _subject_of(verb, inside: set[int] = frozenset()):
    """The subject of a verb, or of the clause a subjectless one hangs from ("…, adding, “…”"); of
    "as saying", the one quoted ("The paper quoted Smith as saying", "Smith was quoted as saying")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.pos_ in ("VERB", "AUX"):
        quoting = verb.head.head
        quoted = [c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in inside]
        return quoted[0] if quoted else None
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside]
        if subjects and subjects[0].dep_ == "nsubjpass" and verb.lemma_.lower() in _TOLD_VERBS:
            # "The Gazette was told by Cole: “…”": the one told is no speaker; the one who told them is
            agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            return _source_of(agents[0]) if agents else None
        if len(subjects) == 1 and subjects[0].like_num and subjects[0].pos_ == "NUM":
            # "Sunday, 62, a retired midwife, said": the recogniser read the name and the age as one date, and the parse
            # made the age the subject and the name the verb's time; a person the names showed before it is the subject
            aged = [c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ == "PERSON" and c.i + 2 == subjects[0].i and c.nbor(1).text == ","]
            if aged:
                return _source_of(aged[0])
        if subjects:  # of two, the name nearest the verb before it ("Tribune editor Marta Quinn said")
            names = [c for c in subjects if c.i < verb.i and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG"))]
            titled = [c for c in subjects if _titled_name(c) is not None]
            if len(subjects) > 1 and len(titled) == 1:  # "co-founder" cut into three subjects, one with the name beside it
                return titled[0]
            return _source_of(names[-1] if len(subjects) > 1 and names else subjects[0])
        if verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or verb.head.i == verb.i:
            return None
        root = verb.sent.root
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _is_speech_verb(verb) and verb.head.dep_ == "ccomp" and verb.head.head == root and _is_speech_verb(root):
            verb = root  # "Pike said he had changed his mind, adding that …": the participle goes with the saying
            continue
        by = verb.dep_ == "pcomp" and verb.head.lower_ in ("by", "after", "before") and verb.head.dep_ == "prep"
        verb = verb.head.head if by else verb.head  # "Moreno-Quist opened by promising “…”": who opened


def _says_its(subject) -> bool:
    """Whether the clause of a subject word gives what it acts on as "its" ("the builder pulled its
    workers off the site"): the subject is a thing or a firm, not a person."""
    verb = subject.head
    return subject.dep_ == "nsubj" and any(c.dep_ == "poss" and c.lower_ == "its" for o in verb.children if o.dep_ in ("dobj", "attr") for c in o.children)


def _noun_read_as_root(doc):
    """A sentence whose parse took its subject for the root and its verb for a clause of it
    ("Ellison’s lawyer, Paul Navarro, asked for probation": "asked" a clause of "lawyer"): the verb in
    the past tense and the subject, or None."""
    root = doc[:].root
    if root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return None
    clauses = [c for c in root.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ == "VBD" and c.i > root.i]
    return (clauses[0], root) if len(clauses) == 1 else None


def _clause_subjects(doc, inside: set[int], people, surnames, discourse: _Discourse, main: bool) -> list[_Entity]:
    """The subjects of a parsed sentence's clauses, outside quotations: the main clause's first
    (resolved when `main`), then the other clauses' named people and organisations ("… as Pugh
    stood …"), but for those of what someone is reported to have said; where the main clause has no
    such subject, the people its other clauses' pronouns stand for ("… Magazine) that she uses …")."""
    found, pronouns, own = [], [], False
    root = doc[:].root
    root_subject = _subject_of(root, inside) or _mistagged_subject(root, people, surnames)
    speech = [t for t in _tokens_with(doc, "LEMMA", _QUOTE_VERB_IDS(doc)) if _is_speech_verb(t)]
    reported = {t.i for verb in speech for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
    tokens = _tokens_with(doc, "DEP", _SUBJECT_DEP_IDS(doc))
    if root_subject is not None and root_subject not in tokens:  # a name the tagger read as another word ("Pruitt, to his credit, smiled.")
        tokens = sorted([*tokens, root_subject], key=lambda t: t.i)
    for token in tokens:
        if token.i in inside:
            continue
        reference = _reference(token, people, surnames)
        in_reported = token.i in reported and not (root_subject is not None and token.i == root_subject.i)  # not one the parse misplaced
        if reference is None or (in_reported and reference.kind != "pronoun"):  # "Cameron said Labour had left …"
            continue
        if root_subject is not None and token.i == root_subject.i:
            pair = _pair_by_kin(token, people, surnames, discourse) if main and reference.kind in ("PERSON", "unnamed") else None
            if pair is not None:  # "Deborah Kowalski, 58, and her husband Wayne … met …": a woman and a man, each a "she" or "he" after
                found[0:0] = pair or [_UNNAMED]  # it; "Maria Lopez and her daughter Ana …": two women, either
                continue
            entity = discourse.resolve(reference) if main else None
            if main and reference.kind == "description" and (entity is None or not entity.name) and _takes_a_stance(root):
                entity = _UNNAMED  # "The developer disagreed.": its spokesperson may be the "she" who speaks next
            if main and entity == _UNNAMED and reference.kind in ("description", "unnamed") and _says_its(token):
                entity = _Entity("", "ORG")  # "the contractor pulled its crew out": a firm, no "she" after it
            if main and entity is None and reference.kind == "pronoun" and reference.text in _GENDER_OF_PRONOUN:
                entity = _named_before_pronoun(doc, token, inside, people, surnames, discourse, reference.text)
            if entity is not None:
                found.insert(0, entity)
            elif main and reference.kind == "pronoun" and reference.text != "it":  # "he" this code cannot place: the next "he" cannot reach past it (an "it" is no person)
                found.insert(0, _UNNAMED)
        elif reference.kind == "pronoun" and root_subject is not None and root_subject.i not in inside and token.i in {t.i for t in root_subject.subtree}:
            own = True  # "A buyer …, who asked not to be named because he was not authorised …, said": the buyer, no one before
        elif reference.kind == "pronoun":
            pronouns.append(reference)
        elif reference.kind in ("PERSON", "ORG"):
            found.append(_Entity(reference.text, reference.kind))
    misread = _noun_read_as_root(doc) if main and root.i not in inside else None
    if misread is not None:  # "Ellison’s lawyer, Paul Navarro, asked …": the subject the parse took for the root
        entity = discourse.resolve(_reference(misread[1], people, surnames))
        if entity is not None:
            found.insert(0, entity)
    if main and not found and own:
        found = [_UNNAMED]  # the subject this code cannot read is the one its own clause calls "he": someone unnamed
    if main and not found:
        found = [e for e in map(discourse.resolve, pronouns) if e is not None and e.name]
    if main and not found and root.i not in inside and (root.pos_ == "PROPN" or (root_subject is None and _is_speech_verb(root)) or (root_subject is not None and root_subject.pos_ == "PROPN")):
        found = [_UNNAMED]  # someone this code cannot read is the subject ("Buckley, who …, worried"): a later "she" may be them
    return found


# Verbs by which a party answers or takes a side: after "The developer disagreed." a "she said" may be its
# spokesperson's, whoever spoke before.
_STANCE_VERBS = ANSWERING_VERBS | frozenset("insist argue defend welcome oppose maintain".split())


def _takes_a_stance(verb) -> bool:
    """Whether a clause's verb speaks or takes a side ("disagreed", "hit back", "said")."""
    return verb.pos_ in ("VERB", "AUX") and (_is_speech_verb(verb) or verb.lemma_.lower() in _STANCE_VERBS)


# Verbs two do together, or by which one brings the other's words on: after "Reed met Cole" or "Reed
# asked Cole …", "he" or "she" may be either.
# verbs of turning, handing or passing something over to someone (the question, the floor, the microphone): the one it goes to
# may speak next ("Mizutani turned the question over to Ishida", "Reyes passed the microphone to Adler", "put the question to")
_HANDING_VERBS = frozenset({"turn", "hand", "pass", "refer", "defer", "yield", "cede", "leave", "direct", "redirect", "put", "pose"})
_MUTUAL_VERBS = frozenset("""meet join face play marry date hug embrace kiss fight debate talk speak chat argue clash visit interview
    ask question press call phone contact approach tell thank answer greet confront challenge beat defeat""".split())


def _subject_leads(doc, people, surnames) -> bool:
    """Whether the people a parsed sentence names besides its main subject, a person, are only what
    its main verb acts on, in its object or a phrase hanging from it ("Hawks coach Dwayne Ellis benched
    center Omar Haddad", "Ames sat through the hearing with his attorney, Daniel Stein"): a "he" or
    "she" in the next sentence is then the subject, as a reader takes it. Not after a verb two do
    together or one that brings the other's words on ("met", "asked"), a speech verb, or where another
    is the subject of a clause of their own or joined to the subject."""
    root = doc[:].root
    if root.pos_ != "VERB" or root.lemma_.lower() in _MUTUAL_VERBS or _is_speech_verb(root):
        return False
    subject = _subject_of(root)
    reference = _reference(subject, people, surnames) if subject is not None and subject.dep_ in ("nsubj", "nsubjpass") else None  # "Vega was born in Bergen to Olav Vega, …"
    if reference is None or reference.kind != "PERSON":
        return False
    others = [e for e in doc.ents if (e.label_ == "PERSON" or _read_as_body_but_person(e, people)) and not (e.start <= subject.i < e.end) and subject.i not in {t.head.i for t in e}]
    for ent in others:
        node = ent.root
        if _in_open_question(node, root):
            continue  # "Sorensen declined to say whether Whitfield would veto …": whom she would not talk about
        while node.i != root.i:
            if node.dep_ in ("nsubj", "nsubjpass", "agent", "ccomp", "advcl", "csubj") or node.i == subject.i or (node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX")):
                return False  # a clause of their own, or with the subject ("Reed and Cole …"); not one of a list acted on ("to Andras Varga, a baker, and Ilona Varga")
            if subject.dep_ == "nsubj" and node.dep_ == "prep" and node.lower_ == "to" and node.head.i == root.i and root.lemma_.lower() in _HANDING_VERBS:
                return False  # whom the subject turns, hands or passes something to ("Mizutani turned the question over to
                # Ishida", "… passed the microphone to her deputy, Ana Ruiz"): the floor is theirs as likely as not; not
                # one the subject only acts towards ("lost to Naomi Osaka", "wrote to Kathy Reed", "complained to …")
            if subject.dep_ == "nsubjpass" and node.head.i == root.i and not (root.lemma_.lower() == "bear" and node.dep_ == "prep" and node.lower_ == "to"):
                return False  # a passive leads only to the parents one was born to: not "was traded for Marcus Webb", "was replaced with Tom Reed"
            node = node.head
    return bool(others)


def _read_as_body_but_person(ent, people: Mapping[str, str]) -> bool:
    """Whether an entity the recogniser read as an organisation is a name the text writes in full as a person's elsewhere
    ("Adler" after "his captain Josh Adler", "Modupe Adeyemi-Cole" after "Modupe Adeyemi-Cole, 44, …"): one person, not a
    body (not "Ford" for "Ford Motor" where the text has no person of that name)."""
    full = people.get(ent.text)
    return ent.label_ == "ORG" and full is not None and len(full.split()) > 1 and full.split()[-1] == ent.text.split()[-1] and _looks_like_name(full)


def _in_open_question(node, root) -> bool:
    """Whether a word lies in a question left open under a speech verb the main clause governs ("declined to
    say whether Whitfield would veto …", "would not say if Cole had resigned"): what the subject talks of."""
    while node.i != root.i:
        head = node.head
        if node.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children) and head.lemma_.lower() in QUOTE_VERBS:
            return True
        node = head
    return False


def _named_before_pronoun(doc, pronoun, inside: set[int], people, surnames, discourse: _Discourse, text: str) -> _Entity | None:
    """The one person a sentence names before its main subject "he" or "she", in a clause of its own
    ("When I put that to Dr. Mariana Oyelaran, an economist, she laughed."): the one the pronoun stands
    for where the sentences before give no one."""
    names = {_canonical(_person_name(e.text), people, surnames) for e in doc.ents if e.label_ == "PERSON" and e.end <= pronoun.i and e.start not in inside}
    if len(names) != 1 or any(e.label_ == "PERSON" and e.start > pronoun.i and e.start not in inside for e in doc.ents):
        return None
    if any(_GENDERED_RE.fullmatch(t.text) for t in doc[: pronoun.i] if t.i not in inside):
        return None  # "When his daughter June (Alicia Moreno) tells him she …, he …": others are in play
    person = _Entity(names.pop(), "PERSON")
    gender = _GENDER_OF_PRONOUN[text]
    return person if discourse._fits(person, gender) and not discourse._doubtful(person, gender) else None


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


def _own_pronouns(doc, inside: set[int], persons: Mapping[int, str] | None = None, shown_other: Callable[[str, str], bool] | None = None) -> set[str]:
    """The genders of the possessive and reflexive pronouns in a sentence's main clause, outside
    quotations: they most often stand for its subject ("Smith renewed his request"); not one after
    another person the sentence names (`persons`: token → name, besides the recogniser's), who is as
    likely its owner ("Donnelly is suing Curtis Vane over his podcast"), unless the text has shown
    that one of the other gender only (`shown_other`: "Natarajan questioned Threlfall in her first week")."""
    persons = persons or {}
    if not _GENDERED_RE.search(doc.text):
        return set()
    root = doc[:].root
    genders = set()
    subject = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    # a person named outside the subject before the pronoun: the nearer one it may stand for
    others = [(t.i, persons.get(t.i, t.text)) for t in doc if (t.ent_type_ == "PERSON" or t.i in persons) and t.i not in subject and t.i not in inside]
    for token in doc:
        gender = _OWN_PRONOUNS.get(token.lower_)
        if gender is None or token.i in inside or token.i in subject or (token.lower_ == "her" and token.dep_ != "poss"):
            continue  # not "His neighbour, Eileen Burke, …": a pronoun inside the subject stands for someone else
        if any(i < token.i and not (shown_other is not None and shown_other(name, gender)) for i, name in others):
            continue  # "Donnelly is suing Curtis Vane over an episode of his podcast": Vane's, as a reader takes it
        clause = token.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.i == root.i:
            genders.add(gender)
    return genders


def _objects_of_subject(doc, inside: set[int]) -> frozenset[str]:
    """The genders of "him" and "her" as the one a parsed sentence's main clause asks ("Price asked
    her whether …", "Robson put it to her that …", "Cole pressed him on …"), outside quotations:
    someone besides its subject (who would be "herself" there), who may be the one answering after
    it, as a named one may (`_Discourse._pronoun`). Not "her" as a possessive, nor one in a clause of
    its own ("Ellison said the committee had asked her": she may be Ellison), nor what a verb that
    asks nothing acts on ("Shaw accused her of …", "Her mother taught her to bake": the subject may
    go on speaking)."""
    root = doc[:].root
    genders = set()
    for token in doc:
        if token.i in inside or token.lower_ not in ("him", "her") or token.dep_ == "poss" or token.tag_ != "PRP":
            continue
        clause = token.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        while clause.i != root.i and clause.dep_ in ("conj", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            clause = clause.head  # "Robson interrupted and asked her", "Cole wanted to ask him": the main subject's
        asking = clause.lemma_.lower() in _ASK_VERBS or clause.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in clause.children)
        if clause.i == root.i and asking and not _asks_for(clause):
            genders.add("m" if token.lower_ == "him" else "f")
    return frozenset(genders)


def _asks_for(verb) -> bool:
    """Whether an asking verb makes a request of its object rather than putting a question to it
    ("Morris asked her for more money", "pressed him to resign"): the one asked need not answer.
    Not "asked her whether …", "pressed her on the cost", "asked her about the tests"."""
    children = list(verb.children)
    question = any(
        c.dep_ == "prep" and c.lower_ in ("about", "on", "over") or c.dep_ in ("ccomp", "advcl") and any(g.lower_ in ("whether", "if") or g.tag_ in ("WP", "WRB", "WDT") for g in c.children)
        for c in children
    )
    request = any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in children)
    return request and not question


# A sentence that opens on a name, then a verb asking "him" or "her" ("Robson put it to her that …",
# "Price asked her whether …", "Cole pressed him."): `_objects_of_subject` by the words; "her" only where
# what follows cannot be what she owns ("asked her mother" is possessive).
_OBJECT_IN_WORDS_RE = re.compile(
    r"(?:[A-Z][\w’'-]+\s+){1,3}(?:[a-z]+ly\s+)?(?:ask(?:s|ed)?|question(?:s|ed)?|press(?:es|ed)?|put(?:s)?\s+it\s+to)\s+"
    r"(?:(?P<him>him)\b|her(?=\s*[,.;:!?—–]|\s+(?:that|whether|if|why|what|how|when|where|who|about|again|directly|on|at|in|a|an|the|this|twice|once)\b))"
    r"(?!\s+(?:for|to)\s)"  # "asked her for more money", "pressed him to resign": a request, not a question put to them
)


def _objects_in_words(text: str) -> frozenset[str]:
    opener = _OPENER_RE.match(text)
    match = _OBJECT_IN_WORDS_RE.match(text, opener.end() if opener else 0)
    return frozenset() if match is None else frozenset("m" if match.group("him") else "f")


_WHO_BEFORE_VERB_RE = re.compile(r"(?<![\w’'-])(?P<last>[A-Z][\w’'-]+),\s+who\s[^,;:“”\"()]{1,120},\s*$")  # "Okafor, who …," right before the verb


def _mistagged_subject(verb, people, surnames):
    """A known person's surname right before a verb that has no subject, or opening its clause
    before a relative clause ("Pike, who resigned last month, dismissed …"), which the tagger read
    as another word ("Early says …" with "Early" an adverb, "May said" with "May" a modal)."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    opening = verb.left_edge
    if opening.i < verb.i and opening.head.i == verb.i and any(c.dep_ == "relcl" for c in opening.children):
        before = opening
    elif _set_off_opening(verb) is not None:  # "Whitlow, to his credit, laughed.": the name set off by an aside the parse hung from the verb
        before = opening
    who = _WHO_BEFORE_VERB_RE.search(verb.doc[: verb.i].text)
    if who is not None and not re.search(r"\b(?:and|or|with)\s*$", who.string[: who.start()]):
        # "Okafor, who has been flexed out of … plans twice, said": a parse that took "plans" for his verb
        named = next((t for t in verb.doc[: verb.i] if t.idx == who.start("last")), None)
        if named is not None and (surnames.get(named.text) or named.text in people):
            return named
    known = before.text[:1].isupper() and (surnames.get(before.text) or before.text in people)
    modal = before.dep_ == "aux" and verb.tag_ in ("VBD", "VBZ") and not before.is_sent_start  # "…,” May said": no "may" before "said"
    return before if known and before.head.i == verb.i and (modal or before.dep_ in ("advmod", "amod", "npadvmod", "compound", "dep")) else None


def _set_off_opening(verb):
    """The word opening a clause without a subject, set off from its verb by an aside between commas
    ("Whitlow, to his credit, laughed.", "Okafor, for her part, shrugged."), where the parse hung the
    word from the verb as something other than its subject (a name the tagger took for an adjective too); or None."""
    doc, opening = verb.doc, verb.left_edge
    if opening.i + 3 > verb.i or opening.head.i != verb.i or opening.dep_ not in ("npadvmod", "dep", "advmod", "nmod"):
        return None
    if not opening.text[:1].isupper() or doc[opening.i + 1].text != "," or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None  # a clause with a subject of its own ("Whitlow, the club confirmed, resigned" read otherwise)
    return opening


def _reported(doc, people, surnames) -> _Reference | None:
    """Who speaks in a sentence without a quotation: the subject of its main speech verb ("He said
    he doubted …"), or of a lead-in that ends in a colon or comma ("Limbaugh finished his point,")."""
    root = doc[:].root
    misread = _noun_read_as_root(doc)
    if misread is not None:  # "Ellison’s lawyer, Paul Navarro, asked for probation, saying …"
        verb, subject = misread
        return _reference(subject, people, surnames, speaks=True) if _is_speech_verb(verb) else None
    lead_in = doc.text.rstrip()[-1:] in (":", ",")
    for verb in [root] + [c for c in root.children if c.dep_ in ("conj", "parataxis")]:  # "The cell, Herbert said, is …"
        if _is_speech_verb(verb) or (lead_in and verb is root):
            subject = _subject_of(verb) or _mistagged_subject(verb, people, surnames)
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
        if (lower == "who" and antecedent.dep_ == "pobj" and antecedent.head.dep_ == "prep" and antecedent.pos_ == "PROPN"
                and antecedent.ent_type_ not in ("PERSON", "NORP")):
            # "Lars Ytterstad, a strategist at Nordvest Securities, who said …": the parse hung the clause on the name
            # that ends the apposition; "who" is the person the apposition is said of (not after a common noun: "Tom
            # Reed, a carer for an elderly man, who said": the man may be the one)
            owner = antecedent.head.head
            named = owner.head if owner.dep_ == "appos" and owner.pos_ == "NOUN" else None
            person = _reference(named, people, surnames, speaks) if named is not None and named.pos_ == "PROPN" else None
            if person is not None and person.kind == "PERSON":  # the name read as a person's (the recogniser may have taken it for a firm's)
                return person
        if lower == "who" and antecedent.ent_type_ in ("GPE", "LOC", "FAC"):
            # "a DSWD employee in Virac, who asked not to be named, said": no place is a "who", the parse hung the clause on
            # the place that ends the subject; it is the one the place is said of ("employee"), else no one this can read
            owner = antecedent.head.head if antecedent.dep_ == "pobj" and antecedent.head.dep_ == "prep" else None
            return _reference(owner, people, surnames, speaks) if owner is not None and owner.pos_ in ("NOUN", "PROPN") and owner.ent_type_ not in ("GPE", "LOC", "FAC") else None
        reference = _reference(antecedent, people, surnames, speaks)
        if lower == "which" and reference is not None and not (antecedent.ent_type_ == "ORG" or _org_name(antecedent)):
            return None  # "the Consumer Rights Act, which states …": a text, not someone who speaks
        return reference
    doc = token.doc
    if token.text in POST_NOMINALS and (any(c.dep_ in ("det", "nummod") for c in token.children) or _party_before_letters(token, surnames)):
        return _unnamed(token, speaks)  # "a Labour MP said", "one Tory MP said", "Labour MP said": a member, by no name, not the party's
    lettered = _name_before_post_nominal(token)
    if lettered is not None:  # "Sandy Buchan MSP said", parsed with the letters as the subject: the name before them
        return _reference(lettered, people, surnames, speaks)
    if lower in _KIN_CLASS and len(lower) > 2 and token.text[:1].isupper() and not any(c.dep_ in ("compound", "appos", "flat", "det", "poss") for c in token.children):
        return _Reference("unnamed", lower)  # "Dad always said, “…”": someone's father, by no name
    if lower == "old" and token.i > 1 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("year", "years"):
        years = doc[token.i - 4].text if token.i > 3 and doc[token.i - 4].like_num else ""
        return _Reference("description", _AGE, modifiers=(years,) if years else ()) if any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) else None
    aged = next((c for c in token.children if c.dep_ == "amod" and c.lower_ == "old" and c.i > 1 and doc[c.i - 1].text == "-" and doc[c.i - 2].lower_ in ("year", "years")), None)
    if aged is not None and token.ent_type_ == "NORP" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        years = doc[aged.i - 4].text if aged.i > 3 and doc[aged.i - 4].like_num else ""  # "the 31-year-old American said": an age, of one already written about
        return _Reference("description", _AGE, modifiers=(years,) if years else ())
    located = _located_noun(token)
    if located is not None:  # "the Sioux City, Iowa-based company said", parsed with the city as the subject
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)  # the article the parse hung on the place
        return _Reference("description", located.lemma_.lower()) if definite else _reference(located, people, surnames, speaks)
    misowned = _name_read_as_owner(token)
    if misowned is not None:  # "said Marguerite Okafor-Lind, Harrowgate & Lyle's chief executive", read as the owners' chief executive
        return _reference(misowned, people, surnames, speaks)
    apposed = _name_set_off(token) or (_person_of_body(token, people) if speaks else None)
    if apposed is not None:  # "A spokesperson for the National Union of Teachers, Priya Sandhu, said"
        return _reference(apposed, people, surnames, speaks)
    spoken_for = _spokesperson_for(token, people, surnames) if speaks else None
    if spoken_for is not None:  # "A spokesperson for Allwyn said", "a council spokesperson said"
        return spoken_for
    owned = _owned_organisation(token)
    if owned is not None:
        return owned
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None) if token.ent_type_ else None
    if ent is not None and any(t.pos_ in ("VERB", "AUX") and not (ent.label_ == "PERSON" and _modal_read_off_name(t)) for t in ent):
        ent = None  # a misreading that takes in a verb ("Thorne told MPs" as a work of art); not a surname read as a modal ("Gareth May accused")
    if ent is not None and any("\n" in t.text for t in doc[ent.start : token.i]):
        ent = None  # "16:42\nKLM says …": a live blog's time on the line above, read with the name as one time
    if ent is not None and any(t.text == "," for t in doc[ent.start : token.i]):
        ent = None  # "Speaking on ITV's Morning Chat, Jade said": two names the recogniser ran together; the one ending in the subject
    if ent is not None and ent.text.islower():
        return _unnamed(token, speaks)  # "the baker" read as a name: a description
    if ent is not None and ent.label_ not in PLAYER_LABELS and speaks and _org_name(token):  # "Wendham Fire and Rescue Service" read as a work of art
        return _Reference("ORG", re.sub(r"^[Tt]he\s+", "", _org_name(token)))
    known = token.text[:1].isupper() and (token.text in surnames or token.text in people)  # a surname tagged as a noun
    if known and token.is_sent_start and token.pos_ == "NOUN" and token.text in surnames and getattr(surnames, "common", lambda _: False)(token.text):
        known = False  # "Research focusing on …": the word, capitalised by the sentence, not a surname
    owner = [c for c in token.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG") or c.text in surnames)]
    if token.lemma_.lower() in _DOCUMENT_NOUNS | _REPLY_NOUNS and owner:  # "Whitmore's statement read: …", "the club's statement said"
        return _reference(owner[0], people, surnames, speaks)
    if token.lemma_.lower() in _DOCUMENT_NOUNS and speaks and not owner:  # "a statement from Ryanair boss Michael O’Leary read"
        authors = [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "by") for o in c.children if o.dep_ == "pobj"]
        return _reference(authors[0], people, surnames, speaks) if authors else _unnamed(token, speaks)
    own = [c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
    if token.lemma_.lower() in _REPLY_NOUNS and own and speaks:  # "Her answer: “…”", "His reply was short: “…”"
        return _Reference("pronoun", "he" if own[0].lower_ == "his" else "she")
    portfolio_name = name_after_portfolio(token)
    if portfolio_name is not None:  # "Special Agent in Charge Daniel Orosco of the HHS … said", read as "Special Agent"
        return _Reference("PERSON", _canonical(_person_name(portfolio_name.text), people, surnames))
    closing = _name_closing_title(token, people) if not known else None
    if closing is not None:  # "Minister of State at the Department of Housing Siobhán Kearney said", read as a department
        return _Reference("PERSON", closing)
    titled = _titled_name(token)
    # a title word the name list took for a name of its own (the briefing path's words read "Canada's Minister" as one)
    # is still a title where a person's name is set off beside it
    title_as_name = known and token.lower_ in PERSON_NOUNS and titled is not None and (titled.ent_type_ == "PERSON" or titled.text in people)
    if titled is not None and (not known or title_as_name):  # "The Environment Secretary, Paul Drummond, said", "Warmwell's co-founder, Aisha Rahman"
        return _reference(titled, people, surnames)
    joined = [c for c in token.children if c.dep_ == "conj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") and not (ent is not None and c.i < ent.end) and not _org_name(token) and not _firm_set_off(c)]
    apposed = _conj_set_off(token, joined)
    if apposed is not None:  # "The commission’s chair, Karen Villalobos, the presidential delegate …, rejected", parsed as two joined
        return _reference(apposed, people, surnames, speaks)
    if joined:
        return _Reference("unnamed", "people")  # "Okafor and Brandt said": no one of them alone
    role = token.pos_ == "PROPN" and token.lower_ in PERSON_NOUNS and any(c.dep_ == "det" for c in token.children)  # "the senator", tagged as a name
    if role and not known and ent is None and speaks:
        reference = _unnamed(token, speaks)
        return dataclasses.replace(reference, title=True) if reference is not None and reference.kind == "description" else None
    if ent is None and token.pos_ == "PROPN" and not known and not any(c.dep_ == "compound" for c in token.children):
        named = [c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and _set_off_for(c, token)]
        if named:  # "The town's MP, Sarah Quinlan, said": a title the tagger took for a name, and the name beside it
            return _reference(named[0], people, surnames)
        if _personal(token.lower_) and token.lower_ not in _ORG_NOUNS and any(c.dep_ == "prep" and c.lower_ in ("for", "of", "to") and any(o.dep_ == "pobj" and (o.ent_type_ == "PERSON" or o.text in people) for o in c.children) for c in token.children):
            return _Reference("unnamed", token.lower_)  # "Solicitor for Dean Walsh said": a title the tagger took for a name, for another
    if ent is None and token.pos_ == "NOUN" and not known:
        if speaks and token.text[:1].isupper() and not token.is_sent_start and _org_name(token):
            return _Reference("ORG", re.sub(r"^[Tt]he\s+", "", _org_name(token)))  # "The Campaign to Protect Rural England said"
        # a word for a person or an organisation: not "Her new book, Vanishing Ice, is out"
        named_kind = _personal(token.lemma_.lower()) or token.lemma_.lower() in _ORG_NOUNS
        named_kind = named_kind or token.lemma_.lower() in _RELATIONAL_NOUNS  # "His Ukrainian counterpart, Olena Marchenko, said"
        named = [c for c in token.children if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or (named_kind and c.pos_ == "PROPN")) and _set_off_for(c, token)]
        if named:  # "the Vargas’ daughter Sunita Varga said"
            return _reference(named[0], people, surnames)
        body = _named_body(token, getattr(surnames, "text", "")) if speaks else ""
        if body:
            return _Reference("ORG", body)
        return _unnamed(token, speaks)
    if ent is None and token.pos_ != "PROPN" and not known:
        return None
    kind = _kind_before(token)
    if kind is not None and (ent is None or ent.end == token.i + 1) and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
        return _Reference(kind, token.text)  # "the union Unite", "the singer Adele": one word, and what it is
    if ent is not None and ent.label_ == "NORP" and ent.start == token.i and ent.end == token.i + 1 and not token.lower_.endswith(("s", "sh", "ch", "ese")) \
            and [c.lower_ for c in token.children if c.dep_ not in ("punct", "relcl")] == ["the"]:
        # "The Swede, who reached the final in 2022, said": one person, described; not a people ("the British", "the French", "the Swiss")
        return _people_epithet(token, speaks)
    if ent is not None and ent.label_ == "NORP":  # "Republicans sued …"
        return _Reference("group", ent.text)
    if ent is not None:
        first, last = ent.start, ent.end
    else:
        first, last = token.i, token.i + 1
        while first > 0 and (_is_name_part(doc[first - 1]) or _joins_name_parts(doc, first - 1)):
            first -= 1
        if last < len(doc) and _modal_read_off_name(doc[last]):
            last += 1  # "Coun Gareth May accused", read without the recogniser: the surname the tagger took for a modal
    while first > 0 and doc[first - 1].lower_.rstrip(".") in _HONORIFICS | _GENDER_OF_HONORIFIC.keys():
        first -= 1
    written = _clean_name(doc[first:last].text).rstrip("’'")  # not the mark of "Harlow Rovers’ statement"
    name = _untitled(_person_name(written))
    if not name:
        return None
    if _epithet_as_name(token, name, ent, people, surnames):
        return _people_epithet(token, speaks)  # "…,” the Englishman said": a description of someone, not a name
    gender = _GENDER_OF_HONORIFIC.get(written.split()[0].lower().rstrip("."))
    if ent is not None and ent.label_ != "PERSON" and doc[ent.end - 1].text in POST_NOMINALS and _looks_like_name(name):
        return _Reference("PERSON", _canonical(name, people, surnames), gender)  # "Rebecca Holt KC" read as an organisation
    rest = name.split(maxsplit=1)[-1]
    if ent is not None and ent.label_ == "ORG" and len(name.split()) > 2 and _looks_like_name(rest) and (rest in people or rest.split()[-1] in people):
        return _Reference("PERSON", _canonical(rest, people, surnames), gender)  # "Reader Dewi Mayhew", a word before a name read with it
    if ent is not None and ent.label_ in ("ORG", "GPE") and name not in people and len(name.split()) > 1:
        return _Reference("ORG", re.sub(r"^[Tt]he\s+", "", name))  # "The Atlantic Coast Conference", not a "Conference" surname
    if ent is None and {w.lower() for w in name.split()} & _NOT_PERSON_WORDS:
        return _Reference("ORG", re.sub(r"^[Tt]he\s+", "", _org_name(token))) if speaks and _org_name(token) else None  # "the Golf Channel", unrecognised
    canonical = _canonical(name, people, surnames)
    if ent is None and speaks and ACRONYM_RE.fullmatch(name) and name not in people:
        spelled = {p for p in people.values() if len(p.split()) > 1 and _spells(p, name, "")}
        if spelled:  # "AOC said", after "Rep. Alexandria Ocasio-Cortez": a person written by her initials
            return _Reference("PERSON", spelled.pop(), None) if len(spelled) == 1 else None
        return _Reference("ORG", name)  # "the LTFRB said", unrecognised: an organisation's initials, never a first name ("LTFRB Chairperson Teodoro Salcedo")
    body = _body_of_first_word(name, people) if ent is None or ent.label_ in PLAYER_LABELS else None
    if body is not None:  # "Northgate denied …" after "Northgate Records" (which the name list took for a person's): the organisation
        return _Reference("ORG", body)
    by_first_name = {v for v in people.values() if len(v.split()) > 1 and v.split()[0] == name} if speaks and len(name.split()) == 1 and name not in people else set()
    if len(by_first_name) == 1 and not any(v.split()[-1] == name for v in people.values()):
        return _Reference("PERSON", by_first_name.pop(), gender)  # "Marta said" (read as a place), after "Chef Marta Quinn": the one person of that first name
    if (ent is None or ent.label_ in PLAYER_LABELS) and any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "which" for g in c.children) for c in token.children):
        return _Reference("ORG", name)  # "Norvik Energy, which operates the field, said": a thing, not a person
    if canonical in people.values() or name in people or (ent is not None and ent.label_ == "PERSON"):
        return _Reference("PERSON", canonical, gender)
    if ent is not None and ent.label_ in ("ORG", "GPE"):
        return _Reference("ORG", name)
    titled_thing = first > 0 and doc[first - 1].lower_ == "the" and canonical not in people.values()  # "The Long Field follows …": a title
    misread = ent is not None and ent.label_ in ("WORK_OF_ART", "PRODUCT") and speaks  # "…,” Ana Almeida says." read as a title
    surname_first = _written_before_two_names(getattr(surnames, "text", ""), name)
    if gender and speaks and len(name.split()) == 1 and (ent is None or misread) and surname_first:
        return _Reference("surname", name, gender)  # "Mr Goh said", misread, after "… Goh Wei Ming": the name in full (`_Discourse._in_full`)
    if (ent is None or misread) and _looks_like_name(name) and not titled_thing:
        return _Reference("PERSON", canonical, gender)
    if ent is None and len(name.split()) == 1:  # "Alexis": the one person of that first name
        full = {v for v in people.values() if len(v.split()) > 1 and v.split()[0] == name}
        if len(full) == 1:
            return _Reference("PERSON", full.pop(), gender)
        bare = not any(c.dep_ in ("det", "poss") for c in token.children)  # not "the President", "The Duke of York"
        if not full and speaks and bare and token.pos_ == "PROPN" and token.dep_ == "nsubj" and name[:1].isupper() and name.lower() not in _NOT_PERSON_WORDS | PERSON_NOUNS:
            return _Reference("PERSON", name, gender)  # "Schiff asked": a name the recogniser missed, as the one speaking
    if ent is not None and ent.label_ in _THING_LABELS and speaks and len(name.split()) == 1 and token.pos_ == "PROPN" and token.dep_ == "nsubj" \
            and not any(c.dep_ in ("det", "poss", "compound") for c in token.children):
        # "…,” Kolář said.", one bare word read as a building or a place that speaks: the person the text wrote in full
        # with that surname ("Czech 14th seed Jan Kolář", `_Discourse._in_full`), else no one
        return _Reference("bare name", name, gender)
    return None


_THING_LABELS = frozenset(("FAC", "LOC", "EVENT", "LAW", "LANGUAGE"))  # the recogniser's labels for what cannot speak




_LOCATED_WORDS = frozenset(("based", "headquartered"))  # "a Houston-based firm", "the Paris-headquartered group"


def _located(noun) -> bool:
    """Whether a noun says where it is based ("the Iowa-based company"): a place before it is where, not who."""
    return any(c.dep_ == "amod" and c.lower_ in _LOCATED_WORDS and c.i > 0 and c.doc[c.i - 1].text == "-" for c in noun.children)


def _located_noun(token):
    """The noun a place subject stands beside as its apposition when the place only says where that one
    is based ("the Sioux City, Iowa-based company said", parsed with "City" as the subject and "company"
    in apposition): that noun, the one who speaks; a place is never the speaker of such a phrase."""
    if token.pos_ != "PROPN" or token.ent_type_ == "PERSON":
        return None
    doc = token.doc
    between = lambda noun: all(t.pos_ in ("PROPN", "PUNCT") or t.lower_ in _LOCATED_WORDS for t in doc[token.i + 1 : noun.i])  # noqa: E731  ", Iowa-based"
    nouns = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and _located(c)]
    nouns += [c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i and c.pos_ == "NOUN" and _located(c) and between(c)]  # both read as subjects
    return nouns[0] if len(nouns) == 1 else None


def _joins_name_parts(doc, i: int) -> bool:
    """Whether token `i` is the hyphen inside a double-barrelled name the recogniser missed ("May
    Okonkwo-Bell", its first name read as a month): written close on both sides, between two words
    that are name parts."""
    return i > 0 and doc[i].text in NAME_HYPHENS and not doc[i].whitespace_ and not doc[i - 1].whitespace_ and _is_name_part(doc[i - 1])


_TWO_NAMES_AFTER_RE = re.compile(r"(?:\s+[A-Z][a-z][\w’'-]*){2}(?![\w’'-])")


def _written_before_two_names(text: str, name: str) -> bool:
    r"""Whether the text writes `name` with two capitalised words after it ("Goh Wei Ming"): what
    `re.search(rf"(?<![\w’'-]){re.escape(name)}(?:\s+[A-Z][a-z][\w’'-]*){{2}}(?![\w’'-])", text)` finds,
    without compiling a pattern for each name."""
    if not name:
        return re.search(r"(?<![\w’'-])(?:\s+[A-Z][a-z][\w’'-]*){2}(?![\w’'-])", text) is not None
    at = text.find(name)
    while at >= 0:
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_’'-")) and _TWO_NAMES_AFTER_RE.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _epithet_as_name(token, name: str, ent, people, surnames) -> bool:
    """Whether one capitalised word after "the" is a description of a person the tagger took for a
    name ("the Englishman said", "the Scot said"): no one's name takes "the", and the text never
    writes the word without it; the recogniser's organisation ("the Guardian", "the Kremlin") only where the
    word is made as a word for a person is ("-man", "-woman": "the Frenchman")."""
    if len(name.split()) != 1 or name.lower() in _TITLE_WORDS | _ORG_WORDS | _ORG_NOUNS:
        return False
    text = getattr(surnames, "text", "") or token.doc.text
    bare = (at for at in word_starts(text, name, "’'-", "-") if not re.search(r"(?<![\w’'-])the\s+$", text[max(0, at - 12) : at], re.IGNORECASE))
    if next(bare, None) is not None:
        return False  # "Scot said" somewhere: a name, after all (not "the  Scot", "THE Scot")
    if [c.lower_ for c in token.children if c.dep_ != "punct"] != ["the"]:
        return False  # not "the Department for Transport", "the Scottish Government"
    return ent is None or ent.label_ == "PERSON" or re.fullmatch(r"[A-Z][a-z]+(?:wo)?man", name) is not None


def _name_before_post_nominal(token):
    """The last word of a name that post-nominal letters follow, where the parse made the letters the head of the
    name ("Sandy Buchan MSP said", "the health spokeswoman, Morag Kinnaird MSP, said"): the capitalised proper noun
    right before the letters that hangs on them. None for the letters alone ("the MP said"), with an article or a
    number ("a Labour MP said", "a Plaid Cymru MS said", "one Tory MP said": a member, unnamed, of that party) or
    after words the recogniser read as a body or a people of their own ("Labour MP said")."""
    if token.text not in POST_NOMINALS or token.i == 0:
        return None
    if any(c.dep_ in ("det", "nummod", "poss") for c in token.children):
        return None  # "a Sinn Féin TD said": no name has an article
    before = token.doc[token.i - 1]
    if before.ent_type_ in ("ORG", "NORP", "GPE") and before.ent_iob_ != "O" and token.ent_iob_ != "I":
        return None  # "Labour MP said": the party, its entity ending before the letters
    if before.head.i != token.i or before.dep_ not in ("compound", "flat") or before.pos_ != "PROPN":
        return None
    if not before.text[:1].isupper() or before.text.isupper() or before.text in POST_NOMINALS:
        return None  # not "Labour MP" (a party), "Fianna Fail TD"-like initials, or a second set of letters
    return before


def _party_before_letters(token, surnames) -> bool:
    """Whether post-nominal letters follow one capitalised word alone, no surname the text gives anyone ("Labour MP
    said", "SNP MSP said"): a party's or a place's member, unnamed. A name before the letters is two words or more
    ("Sandy Buchan MSP"), or the surname of one already named ("Buchan MSP said" after "Sandy Buchan")."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.head.i != token.i or before.dep_ not in ("compound", "flat", "amod") or not before.text[:1].isupper():
        return False
    alone = before.i == 0 or token.doc[before.i - 1].head.i != token.i or not token.doc[before.i - 1].text[:1].isupper()
    return alone and before.text not in surnames


def _people_epithet(token, speaks: bool) -> _Reference | None:
    """ "the Swede", "the Englishman": one capitalised word for someone of a people, as a description
    whose own word is its capitalised modifier (`_Discourse._epithet_of_speaker`)."""
    reference = _unnamed(token, speaks)
    if reference is None or reference.kind != "description" or not token.text[:1].isupper() or token.is_sent_start:
        return reference
    return dataclasses.replace(reference, modifiers=(*reference.modifiers, token.text))


def _firm_set_off(token) -> bool:
    """Whether a word heads a firm's name set off by a comma, its words joined by "&" and ending in a
    possessive ("…, Harrowgate & Lyle's"): the owner in an apposition, whatever the parse hung it on."""
    doc = token.doc
    words = list(token.subtree)
    if words[0].i < 1 or doc[words[0].i - 1].text != "," or words[-1].dep_ != "case":
        return False
    words = words[:-1]
    return any(t.text == "&" for t in words) and all(t.text == "&" or t.text[:1].isupper() for t in words)


def _name_read_as_owner(token):
    """A person's name the parse read as an owner or modifier of a word for a person, where a comma sets
    it off from a firm's name joined by "&" ("said Marguerite Okafor-Lind, Harrowgate & Lyle's chief
    executive", parsed as the chief executive of "Marguerite Okafor-Lind, Harrowgate & Lyle", or with
    the name as a modifier of "executive"): "&" joins the words of one name, never a list of people, so
    the name before the comma is the one described, the firm's words its apposition. The name's head
    token; None for any other owner ("the Smiths' lawyer", "Ernst & Young's auditor", "Hale, Ross and
    Lee's partner")."""
    if not _personal(token.lemma_.lower()):
        return None
    doc = token.doc
    before = [c for c in token.children if c.dep_ in ("poss", "nmod") and c.i < token.i and c.pos_ == "PROPN"]
    if not before:
        return None
    owner = before[0]
    if any(c.dep_ == "case" for c in owner.children) or owner.i + 2 >= token.i or doc[owner.i + 1].text != ",":
        return None
    firm = next((c for c in owner.children if c.dep_ == "conj" and c.i == owner.i + 2), None) or next((c for c in before[1:] if c.left_edge.i == owner.i + 2), None)
    if firm is None or not _firm_set_off(firm):
        return None  # not "Alice Smith, Bob Jones and Carol White's mother"
    if any(t.dep_ not in ("amod", "compound", "punct") for t in doc[firm.right_edge.i + 1 : token.i]):
        return None
    named = owner.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in owner.children)
    if not named or owner.ent_type_ == "ORG":
        return None  # "said Skadden, Arps & Flom's managing partner": one firm's name, commas and all
    return owner


def _pair_by_kin(token, people, surnames, discourse: _Discourse) -> list[_Entity] | None:
    """Two people joined as a subject by the kinship of the second to the first, whose words show each one's gender:
    "Deborah Kowalski, 58, and her husband Wayne, 61, …", "Tom Reed and his daughter, Ana, …" (the possessive is the
    first's, the kinship noun the second's). Both, with their genders counted, where the two differ (a "she" after them is
    the one woman); none ([]) where they do not or a name cannot be read ("Maria Lopez and her daughter Ana": either); None
    for any other subject ("Okafor and Brandt", "Tom Reed", "Reed and his lawyers")."""
    joined = [c for c in token.children if c.dep_ == "conj"]
    if len(joined) != 1 or any(c.dep_ == "conj" for c in joined[0].children):
        return None
    other = joined[0]
    if other.lower_ in _GENDER_OF_NOUN:  # "his wife, Ann," / "her son Daniel"
        kin = other
        named = next((c for c in other.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)
    else:  # "her husband Wayne", parsed with the name as the conjunct
        kin = next((c for c in other.children if c.dep_ == "compound" and c.lower_ in _GENDER_OF_NOUN), None)
        named = other if other.pos_ == "PROPN" else None
    owner = next((c for c in kin.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None) if kin is not None else None
    if named is None or owner is None or token.pos_ != "PROPN":
        return None
    genders = (_OWN_PRONOUNS[owner.lower_], _GENDER_OF_NOUN[kin.lower_])
    if genders[0] == genders[1]:
        return []
    first, second = (r if r is not None and r.kind == "PERSON" else _written_name(t, people, surnames) for t, r in ((t, _reference(t, people, surnames)) for t in (token, named)))
    if first is None or second is None or first.kind != "PERSON" or second.kind != "PERSON" or first.text == second.text:
        return []
    pair = [discourse.resolve(first), discourse.resolve(second)]
    if any(e is None or e.kind != "PERSON" or not e.name for e in pair):
        return []
    for person, gender in zip(pair, genders, strict=True):
        discourse.genders[person.name][gender] += 2
    return pair


def _written_name(token, people, surnames) -> _Reference | None:
    """A person's name as the words write it, where the recogniser read it as something else ("Deborah Kowalski, 58," as a
    date) or not at all ("her husband Wayne"): the proper nouns compounded before the word and the word."""
    words = [c.text for c in token.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.i < token.i] + [token.text]
    name = " ".join(words)
    if token.pos_ != "PROPN" or not name[:1].isupper() or {w.lower() for w in words} & (_NOT_PERSON_WORDS | PERSON_NOUNS):
        return None
    return _Reference("PERSON", _canonical(name, people, surnames))


def _conj_set_off(token, joined):
    """A person's name the parse joined to a subject word for a person as if by "and" where nothing joins them but
    commas ("The commission’s chair, Karen Villalobos, the presidential delegate …, rejected"): the name set off in
    apposition, its head token; None where a word joins any of them ("Okafor and Brandt", "the chair, Ana Ruiz, and
    her deputy"), or the subject word is no word for a person ("the company, Tom Reed, …")."""
    doc = token.doc
    if len(joined) != 1 or token.pos_ != "NOUN" or not _personal(token.lemma_.lower()):
        return None
    name = joined[0]
    if name.ent_type_ != "PERSON" or name.i < token.i or any(c.dep_ in ("cc", "preconj") for c in token.children):
        return None
    start = next((e.start for e in doc.ents if e.start <= name.i < e.end), name.i)
    between = doc[token.i + 1 : start]
    if [t.text for t in between] != [","] or any(c.dep_ in ("cc", "conj") for c in name.children):
        return None  # set off right after the word, and nothing joined to the name in turn
    return name


def _name_set_off(token):
    """A person's name set off by commas at the end of a subject that is not itself a name, in
    apposition to the subject's own word ("the Friends of Harwick Library group's chair, Tomasz Wójcik,",
    "A spokesperson for the National Union of Teachers, Priya Sandhu,"), whatever the parse made of
    the words before; not to a word further in ("lawyers for the former president, Donald Trump,").
    The name's head token."""
    doc = token.doc
    if token.ent_type_ == "PERSON" or token.pos_ == "PRON" or any(c.dep_ == "conj" for c in token.children):
        return None  # not "Okonkwo and the central bank governor, Ada Eze,": two people
    last = token.right_edge.i
    if doc[last].text == ",":
        last -= 1
    ent = next((e for e in doc.ents if e.end - 1 == last and e.label_ == "PERSON"), None)
    if ent is None or ent.start <= token.i or doc[ent.start - 1].text != "," or ent.root.dep_ != "appos":
        return None
    return ent.root if _set_off_for(ent.root, token) else None


def _name_closing_title(token, people) -> str | None:
    """The person a speaker's long title ends in, when the parse made the title's first word the
    subject ("Minister of State for Housing Ana Kerr said", the name read into the department): the one
    person of the article whose full name (or first name and known surname) the subject's words end with."""
    if token.lemma_.lower() not in PERSON_NOUNS or not token.text[:1].isupper() or token.tag_ in ("NNS", "NNPS") or token.text.endswith("s"):
        return None  # not "Residents of Hallow Green": people of a place
    words = token.doc[token.i : token.right_edge.i + 1].text.rstrip(" ,")
    if re.fullmatch(r"\S+\s+(?i:for|of|to|with)\s+(?:the\s+)?(?:[A-Z][\w’'.-]+\s*){1,4}", words):
        return None  # "Lawyer for Aaron Price said": the name is whom the title is for, not its holder
    ending = {full for full in set(people.values()) if len(full.split()) > 1 and words.endswith(" " + full)}
    if not ending and len(words.split()) > 2 and _looks_like_name(" ".join(words.split()[-2:])) and words.split()[-1] in people:
        ending = {people[words.split()[-1]]}  # the recogniser knew the person by the surname alone
    return ending.pop() if len(ending) == 1 else None


def _person_of_body(token, people):
    """The person named before "of" in a subject the parse headed by the body they are of ("producer Ann
    Webb of Greenlight Media said", parsed with "Media" as the subject): the name's head token."""
    doc = token.doc
    for of in doc[token.left_edge.i : token.i]:
        if of.lower_ != "of" or of.i == 0 or any(not t.text[:1].isupper() for t in doc[of.i + 1 : token.i + 1]):
            continue
        ent = next((e for e in doc.ents if e.end == of.i and e.label_ == "PERSON"), None)
        if ent is not None:
            return ent.root
        return doc[of.i - 1] if doc[of.i - 1].pos_ == "PROPN" and doc[of.i - 1].text in people else None
    return None


def _titled_name(token):
    """The name set beside a word for what someone is, as its apposition ("the city's director of
    public works, Nadia Holloway"; "Environment Secretary, Paul Drummond"): the name's head token."""
    if token.lemma_.lower() not in PERSON_NOUNS and token.lower_ not in PERSON_NOUNS:
        # a title the tagger took for a name ("The Speaker, Sir David Rowe,"): only a person's name beside it
        if not (token.pos_ == "PROPN" and not token.ent_type_ and any(c.dep_ == "det" for c in token.children)):
            return None
        names = [c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and _set_off_for(c, token)]
        return names[0] if len(names) == 1 else None
    names = [c for c in token.children if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and c.text[:1].isupper())) and _set_off_for(c, token)]
    return names[0] if len(names) == 1 else None


_SPOKES_NOUNS = frozenset(("spokesperson", "spokesman", "spokeswoman"))
# A spokesperson brought in, in words: "A Veltrix spokesperson", "a spokesperson for the hospital",
# "NAFDAC's spokesperson, Mrs Bola Adeyanju," (named: group "named").
_ORG_WORDS_RUN = r"[A-Z][\w&’'.-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w&’'.-]*))*"
_SPOKESPERSON_RE = re.compile(
    rf"\b(?:[Aa]n?\s+(?P<before>{_ORG_WORDS_RUN}\s+|[a-z]+\s+)?|(?P<owner>{_ORG_WORDS_RUN}[’']s)\s+)spokes(?:person|man|woman)"
    rf"(?:\s+for\s+(?P<for>(?:the\s+)?{_ORG_WORDS_RUN}|the\s+[a-z]+))?(?P<named>,\s+(?:Mr|Mrs|Ms|Dr)?\.?\s*[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,)?"
)


_TITLE_WORDS = _SOMEONE_NOUNS | _STYLES | _HONORIFICS | frozenset("duke earl countess baron baroness lord lady".split())
_PEOPLE_ADJECTIVE_RE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|an|i|ch|ive)")  # "Russian", "Israeli", "French", "Conservative"


def _written_as_someone(name: str, text: str) -> bool:
    """Whether the text writes a one-word name as a person's, whatever the recogniser made of it: the
    surname of a name in full after a word for a person ("The footballer Jordan Mbeki has been
    charged"), or with an age beside a name that reads as a person's ("Jordan Mbeki, 27,", "the
    striker Mbeki, 27,", "Mr Mbeki, 27,"); not a count beside a body in a list ("Labour, 32, the
    Conservatives, 18")."""
    last = re.escape(name)
    from spacy.lang.en.stop_words import STOP_WORDS as _STOP_WORDS  # imported where used, as `nlp` imports spaCy

    for aged in re.finditer(rf"(?P<before>[\w’'.-]+)\s+{last},\s+\d{{1,3}},", text):
        before = aged.group("before").rstrip(".")
        if before.lower() in _HONORIFICS or _personal(before.lower()) and before.islower():
            return True  # "Mr Mbeki, 27,", "the striker Mbeki, 27,"
        if before[:1].isupper() and before.lower() not in _STOP_WORDS and before.lower() not in _ORG_NOUNS:
            return True  # "Jordan Mbeki, 27,"
    described = re.finditer(rf"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+(?P<noun>[a-z-]+)\s+[A-Z][\w’'-]+\s+{last}(?![\w’'-])", text)
    return any(_personal(m.group("noun")) and m.group("noun") not in _ORG_NOUNS for m in described)


def _speaks_for_a_person(name: str, people, surnames, text: str = "") -> bool:
    """Whether the one a spokesperson speaks for, as written ("Patel", "Governor Andrew Cuomo", "the
    Prime Minister", "the Duchess of Sussex", "Russian" of "a Russian spokesman"), is a person, a
    person's title or a people rather than an organisation: their words are then no organisation's.
    Shared by both paths (`_organisation_of`, `_spokesperson_in_words`, `_Discourse._spokesperson_before`)."""
    name = re.sub(r"^[Tt]he\s+|[’']s$", "", _clean_name(name))
    words = name.split()
    if not words:
        return False
    body = {w.lower() for w in words} & (_ORG_WORDS | _ORG_NOUNS)  # "Welsh Government", "Office of the President"
    known = name in people or name in surnames or name in people.values() or _person_name(name) in people or _person_name(name) in people.values()
    if body:
        return False
    if known or len(words) == 1 and text and _written_as_someone(name, text):
        return True
    if len(words) == 1 and any(v.split()[0] == name and _looks_like_name(v) and not {w.lower() for w in v.split()} & _COMPANY_SUFFIXES for v in people.values()):
        return True  # "a spokesman for Kezia", after "Kezia Moss": a person by her first name, whether or not the recogniser read it
    head = name.split(" of ")[0].split()  # "Duchess of Sussex": a duchess
    if head[-1].lower() in _TITLE_WORDS:
        return True  # "the Prime Minister", "the President"
    if len(words) > 1 and any(w.lower().rstrip(".") in _TITLE_WORDS for w in words[:-1]) and re.fullmatch(r"[A-Z][\w’'-]+", words[-1]):
        return True  # "Governor Andrew Cuomo", "Mr Tate", "Health Minister Mark Butler", "Prince Harry"
    if len(words) == 1 and _PEOPLE_ADJECTIVE_RE.fullmatch(name) and text:
        alone = re.search(rf"(?<![\w’'-]){re.escape(name)}(?:[’']s|\s*[,.;:)]|\s+(?:said|says|has|had|is|was|will|would|announced))", text)
        return alone is None  # "a Russian spokesman": never written as a name of its own
    return False


def _spokesperson_for(token, people, surnames) -> _Reference | None:
    """Whom an unnamed spokesperson speaks for, where the noun phrase says (None where it is no
    spokesperson, or names them): the organisation of "a spokesperson for Allwyn", "a Tidewell
    spokesperson", "NAFDAC's spokesperson"; "the council" of "a council spokesperson" or "a
    spokeswoman for the company" (a description to resolve); "a spokesperson" alone ("spokesperson":
    the organisation the sentence before was about, if one). A spokesperson for a person ("a
    spokesperson for Patel", "a Trump spokesman", "a spokesperson for the governor") is someone
    unnamed: their words are no one's."""
    noun = token.lemma_.lower() if token.lemma_.lower() in _SPOKES_NOUNS else token.lower_
    if noun not in _SPOKES_NOUNS or token.tag_ not in ("NN", "NNP") or _titled_name(token) is not None:
        return None  # "Tandem Mobile's spokesperson, Ms Grace Wanjiru": hers
    for apposed in (t for t in token.subtree if t.dep_ == "appos" and t.i > token.i and t.ent_type_ != "ORG"):
        written = token.doc[apposed.left_edge.i : apposed.i + 1].text
        if (apposed.ent_type_ == "PERSON" or _looks_like_name(_person_name(written))) and _set_off_for(apposed, token):
            return None  # "A spokesperson for the National Union of Teachers, Priya Sandhu,": hers, however parsed
    someone = _Reference("unnamed", noun)
    if any(c.dep_ == "amod" and c.lower_ in ("former", "ex", "retired", "ex-") for c in token.children) or token.doc[token.i - 1].lower_ in ("former", "ex-") and token.i:
        return someone  # "a former Meta spokesperson": no longer theirs to speak for
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "at")), None)
    if prep is not None:
        owners = [o for o in prep.children if o.dep_ == "pobj"]
        return _organisation_of(owners[0], people, surnames) if owners else someone
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    before = [c for c in token.children if c.dep_ in ("compound", "poss", "nmod", "amod") and c.i < token.i]
    named = [c for c in before if c.dep_ in ("compound", "poss", "nmod") and (c.pos_ in ("PROPN", "NOUN") or c.ent_type_)]
    if named:
        return _organisation_of(named[-1], people, surnames)
    if determiners & {"a", "an", "another"} and not before:
        return _Reference("spokesperson", noun)
    return None


_BODY_ENDINGS = "|".join(w.capitalize() for w in sorted(_ORG_WORDS | _ORG_NOUNS | _COMPANY_SUFFIXES | {"society", "institution", "partnership"}))


def _name_word(token) -> bool:
    return token.text[:1].isupper() or token.lower_ in ("of", "for", "and", "&", "the")


def _organisation_of(token, people, surnames) -> _Reference:
    """The organisation a word in a spokesperson's phrase names ("Allwyn", "the National Lottery
    operator, Allwyn", "the Welsh Government", "the company", "council"), or someone unnamed where it
    names a person, a place or nothing clear."""
    someone = _Reference("unnamed", "spokesperson")
    doc = token.doc
    named = [c for c in token.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ == "ORG") and c.i > token.i]
    if named and token.pos_ == "NOUN" and token.lemma_.lower() in _ORG_NOUNS:  # "the National Lottery operator, Allwyn"
        token = named[0]
    if not token.text[:1].isupper():
        determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
        if token.pos_ == "NOUN" and token.lemma_.lower() in _ORG_NOUNS and determiners <= {"the", "its", "their"}:
            return _Reference("description", token.lemma_.lower())  # "a spokeswoman for the company", "a council spokesperson"
        return someone  # "a spokesperson for the family", "a spokesperson for the governor"
    first, last = token.left_edge.i, token.i + 1
    if token.dep_ != "compound":  # "for the Department for Environment, Food and Rural Affairs": the whole name, not an aside after it
        last = token.i + 1
        while last <= token.right_edge.i and (_name_word(doc[last]) or doc[last].text == "," and last + 1 < len(doc) and doc[last + 1].text[:1].isupper()):
            last += 1
    words = [t for t in doc[first:last] if t.dep_ != "case"]
    while words and (words[0].lower_ in ("the", "a", "an") or not words[0].text[:1].isupper()):
        words = words[1:]
    while words and not words[-1].text[:1].isupper():
        words = words[:-1]
    if not words or not all(_name_word(t) or t.text == "," for t in words):
        return someone
    name = _clean_name(doc[words[0].i : words[-1].i + 1].text)
    text = getattr(surnames, "text", "")
    written_as_body = re.search(rf"(?<![\w’'-]){re.escape(name)}(?:\s+[A-Z][\w&’'-]*)*\s+(?:{_BODY_ENDINGS})\b", text)  # "Fenmoor Building Society"
    read_as_body = all(t.ent_type_ == "ORG" for t in words if t.text[:1].isupper())  # "Swiftbox Logistics", as the recogniser read it here
    titled = len(name.split()) > 1 and name.split()[0].lower().rstrip(".") in _TITLE_WORDS  # "Mr Farage", whatever the recogniser read
    labels = {t.ent_type_ for t in words}
    if labels and labels <= {"LOC", "FAC"} and len(words) > 1 and not titled:
        return _Reference("ORG", re.sub(r"^[Tt]he\s+", "", name))  # "a Downing Street spokesperson": a street or a building as the office it houses, as in words
    described = len(name.split()) == 1 and _written_as_someone(name, text)  # "a spokesman for Mbeki" after "The footballer Jordan Mbeki", read as a body here
    if _speaks_for_a_person(name, people, surnames, text) and (titled or described or not (written_as_body or read_as_body and (name in people or name in surnames or name in people.values()))):
        return someone  # "a spokesperson for Patel", "a Trump spokesman", "for the Prime Minister", "for Governor Andrew Cuomo"
    if labels and labels <= {"GPE", "LOC", "FAC"} and len(words) == 1 and ACRONYM_RE.fullmatch(name):
        return dataclasses.replace(someone, body=name)  # "a spokesperson for NS", read as a place here: the text's reading elsewhere decides
    if labels & {"PERSON"} and not written_as_body or labels and labels <= {"GPE", "LOC", "FAC", "NORP"}:
        return someone  # "a Texas spokesman", "a Russian spokesman": a country, a state or a people, no one body of it
    return _Reference("ORG", re.sub(r"^[Tt]he\s+", "", name))


def _owned_organisation(token) -> _Reference | None:
    """An organisation named by whom it belongs to, whatever the tagger made of its noun
    ("China’s commerce ministry", "Ukraine’s foreign ministry"); not "the American space agency",
    a description of one named before."""
    if token.lemma_.lower() not in _ORG_NOUNS and token.lower_ not in _ORG_NOUNS:
        return None
    if not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children):
        return None
    first = token.left_edge.i + (token.doc[token.left_edge.i].lower_ == "the")
    return _Reference("ORG", token.doc[first : token.i + 1].text)


def _kind_before(token) -> str | None:
    """What a one-word name is by the common noun written before it: an organisation ("the union
    Unite", "the charity Shelter") or a person ("the singer Adele"); None if no such noun."""
    nouns = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i and c.pos_ == "NOUN"]
    if len(nouns) != 1 or nouns[0].i != token.i - 1:
        return None
    noun = nouns[0].lemma_.lower()
    return "ORG" if noun in _ORG_NOUNS else "PERSON" if noun in PERSON_NOUNS else None


def _org_name(token) -> str:
    """The capitalised words of a name around `token` that hold an organisation's word ("Wendham
    Fire and Rescue Service", "the Environment Agency"), or ""."""
    doc = token.doc
    first, last = token.left_edge.i, token.right_edge.i + 1
    last = next((t.i for t in doc[token.i : last] if t.is_punct and t.text not in ("&", "-")), last)  # not an aside after it
    words = doc[first:last]
    if not all(t.text[:1].isupper() or t.lower_ in ("and", "of", "the", "&", "to", "for") or t.is_punct for t in words):
        return ""
    text = _clean_name(words.text)
    return text if {w.lower() for w in text.split()} & (_ORG_WORDS | _ORG_NOUNS) else ""


def _named_body(token, text: str) -> str:
    """The name of an organisation the recogniser missed, a capitalised common noun with a named
    complement ("Transport for London", "Friends of the Earth", "Campaign for Better Transport"), or
    "". A word for a person opening the sentence ("Residents of Hallow Green said") is only capitalised
    there: a name only where the text writes it so elsewhere, inside a sentence."""
    doc = token.doc
    preps = [c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1 and c.lower_ in ("for", "of")]
    objects = [c for c in preps[0].children if c.dep_ == "pobj"] if preps else []
    if not objects or objects[0].pos_ != "PROPN" or not token.text[:1].isupper():
        return ""
    first = token.left_edge.i + (doc[token.left_edge.i].lower_ == "the")
    words = doc[first : objects[0].right_edge.i + 1]
    if any(t.is_punct or not (t.text[:1].isupper() or t.lower_ in ("of", "for", "the", "and")) for t in words):
        return ""
    name = _clean_name(words.text)
    personal = _personal(token.lemma_.lower()) or token.lemma_.lower() in _RELATIONAL_NOUNS
    if personal and token.tag_ != "NNS":
        return ""  # "the Minister for Health": a title, someone's
    if doc[first].is_sent_start and (personal or token.lemma_.lower() in _DOCUMENT_NOUNS):
        inside = re.search(rf"[\w,;’'\-] +(?:[Tt]he +)?{re.escape(name)}(?![\w’'-])", text)
        return name if inside else ""
    return name


def _unnamed(token, speaks: bool) -> _Reference | None:
    """A common noun as a subject: an organisation named by what it belongs to ("Ukraine’s foreign
    ministry"), "the department"/"the billionaire" (a description to resolve), "a spokesperson"/"her
    lawyer" (someone unnamed), "officials" (people), or no one ("the plan")."""
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    noun = token.lemma_.lower()
    one = bool(determiners & {"a", "an", "another"}) or any(c.dep_ == "nummod" and c.lower_ == "one" for c in token.children)
    if speaks and one and token.tag_ == "NN" and not any(c.dep_ == "prep" for c in token.children):
        return _Reference("unnamed", noun)  # "One engineer who was laid off said": someone, if not a word for a person this code knows
    if one and token.tag_ == "NN" and token.dep_ in ("nsubj", "nsubjpass") and _personal(noun) and any(c.dep_ in ("acl", "relcl") for c in token.children):
        return _Reference("unnamed", noun)  # "One insider, speaking on condition of anonymity, was blunter.": someone new, set off as a source
    if noun in _ORG_NOUNS and any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in token.children):
        first = token.left_edge.i + (token.doc[token.left_edge.i].lower_ == "the")  # "Ukraine’s foreign ministry said"
        return _Reference("ORG", token.doc[first : token.i + 1].text)
    if token.tag_ == "NNS":
        return _Reference("group", noun) if noun in PERSON_NOUNS else None
    aged = [c for c in token.children if c.dep_ == "amod" and c.lower_ == "old" and any(g.lower_ == "year" for g in c.children)]
    years = [t.text for t in aged[0].subtree if t.like_num] if aged else []
    if determiners == {"the"} and speaks and len(years) == 1 and noun not in _ORG_NOUNS:
        return _Reference("description", _AGE, modifiers=(years[0], noun))  # "the 64-year-old founder said": as "the 64-year-old"
    if determiners == {"the"} and (speaks or _personal(noun) or noun in _ORG_NOUNS):
        modifiers = tuple(c.text for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper() and not c.is_sent_start
                          and not (_located(token) and c.ent_type_ in ("GPE", "LOC", "FAC")))  # "the Sioux City, Iowa-based company": where it is, not its name
        return _Reference("description", noun, modifiers=modifiers)
    if noun in PERSON_NOUNS or noun in _ORG_NOUNS:
        return _Reference("unnamed", noun)
    return None


def _body_of_first_word(name: str, people: Mapping[str, str]) -> str | None:
    """The one name in full the text gives that opens with this one word and goes on in a word no person's name
    has ("Northgate" → "Northgate Records", "Corvane" → "Corvane Systems"): an organisation's, whatever list it came
    from; None where no such name, two, or one of a person too ("Marta" → "Marta Quinn")."""
    if len(name.split()) != 1 or name in people:
        return None
    opening = {v for v in people.values() if len(v.split()) > 1 and v.split()[0] == name}
    bodies = {v for v in opening if {w.lower().rstrip(".,") for w in v.split()[1:]} & (_NOT_PERSON_WORDS | _COMPANY_SUFFIXES)}
    return bodies.pop() if len(bodies) == 1 and bodies == opening else None


def _looks_like_name(name: str) -> bool:
    """Two or three capitalised words with no organisation or title word: how a person is written."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not {w.lower() for w in words} & (_NOT_PERSON_WORDS | ROLE_NOUNS)


_NOT_PERSON_WORDS = _ORG_NOUNS | frozenset("channel tv radio magazine journal press studio studios records festival online".split())


class _Surnames(dict):
    """Surname → the one full name the article gives with it; `text`: the article, for `common`."""

    text = ""

    def common(self, surname: str) -> bool:
        """Whether a surname may be a common word: written in lower case too, or of a "person" the
        text only ever names inside a longer name ("Scientific Research" of "the National Center for
        Scientific Research"). Opening a sentence as a common noun ("Research focusing on …"), it is
        the word. Asked only of such a word, so read then."""
        if re.search(rf"(?<![\w’'-]){re.escape(surname.lower())}(?![\w’'-])", self.text):
            return True
        full = self.get(surname)
        starts = [m.start() for m in re.finditer(rf"(?<![\w’'-]){re.escape(full)}(?![\w’'-])", self.text)] if full else []
        return bool(starts) and all(_INSIDE_NAME_RE.search(self.text, max(0, at - 40), at) for at in starts)


_INSIDE_NAME_RE = re.compile(r"[A-Z][\w’'-]+\s+(?:of|for|and|de)\s+$")  # "Center for …", not "Senator …"


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

# A capitalised word and the space after it, at every place one starts (a lookahead: "Jorge Almeida Silva" is
# read at both words)
_CAPITALISED_BEFORE_RE = re.compile(r"(?<![\w’'-])(?=([A-Z][a-z’'-]+)(\s+))")


class _WordMatch:
    """Where `_WordsFinder` found a word: what its callers read of a match."""

    __slots__ = ("_start", "_end", "_word")

    def __init__(self, start: int, word: str):
        self._start, self._end, self._word = start, start + len(word), word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._word


class _WordsFinder:
    r"""`finditer` for the article's surnames written whole: what `re.compile(r"(?<![\w’'-])(?:" +
    "|".join(map(re.escape, words)) + r")(?![\w-])").finditer(text)` finds (left to right, not overlapping,
    the first of `words` that fits where two would), without compiling a pattern for each article."""

    def __init__(self, words: list[str]):
        self.words = words
        self._pattern = None if all(words) else re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")

    def finditer(self, text: str) -> Iterable:
        if self._pattern is not None:
            return self._pattern.finditer(text)
        first: dict[int, str] = {}  # where a word fits → the first of `words` that does
        for word in self.words:
            at = text.find(word)
            while at >= 0:
                end = at + len(word)
                if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_’'-")) and not (
                        end < len(text) and (text[end].isalnum() or text[end] in "_-")):
                    first.setdefault(at, word)
                at = text.find(word, at + 1)
        found, end = [], 0
        for at in sorted(first):
            if at >= end:
                word = first[at]
                found.append(_WordMatch(at, word))
                end = at + len(word)
        return found


def _before_surname(text: str, surnames: list[str]) -> Iterable[tuple[str, str]]:
    r"""(capitalised word, surname) wherever the text writes one of `surnames` (single words) right after a
    capitalised word, whole ("Ana Almeida", not "Ana Almeidas" nor "Ana Almeida’s"), the first of `surnames`
    that fits where two would: what `re.finditer(rf"(?<![\w’'-])(?=([A-Z][a-z’'-]+)\s+({'|'.join(map(re.escape,
    surnames))})(?![\w’'-]))", text)` finds, without compiling a pattern for each article's surnames."""
    if not all(surname and not surname[0].isspace() for surname in surnames):
        pattern = rf"(?<![\w’'-])(?=([A-Z][a-z’'-]+)\s+({'|'.join(map(re.escape, surnames))})(?![\w’'-]))"
        return [(m.group(1), m.group(2)) for m in re.finditer(pattern, text)]
    found = []
    for match in _CAPITALISED_BEFORE_RE.finditer(text):
        at = match.end(2)
        for surname in surnames:
            end = at + len(surname)
            if text.startswith(surname, at) and not (end < len(text) and (text[end].isalnum() or text[end] in "_’'-")):
                found.append((match.group(1), surname))
                break
    return found


def _shared_in_text(text: str, surnames: Mapping[str, str | None]) -> list[str]:
    """The surnames the text also writes after another first name than the full name's, where the
    recogniser missed that person ("Jorge Almeida has run …" and "…,” Ana Almeida says."): two
    people share them. A first name is a capitalised word the text never writes in lower case, no
    title and no sentence opener ("Mrs Almeida", "When Almeida …")."""
    known = {surname: full for surname, full in surnames.items() if full is not None}
    if not known:
        return []
    words: set[str] | None = None  # the text's words, read once where needed
    found = set()
    for first, surname in _before_surname(text, list(known)):
        if surname in found or first in known[surname].split()[:-1]:
            continue
        if first.lower() in _HONORIFICS | _GENDER_OF_HONORIFIC.keys() | PERSON_NOUNS | ROLE_NOUNS or not re.match(_NOT_NAMES + r"\w", first):
            continue
        words = set(re.findall(r"[\w’'-]+", text)) if words is None else words
        if first.lower() not in words and _looks_like_name(f"{first} {surname}"):
            found.add(surname)
    return [surname for surname in known if surname in found]


_NICK_WORD = r"[A-Z][a-z’'-]+"
_NOT_A_GIVEN_NAME = frozenset("The A An This That Operation Project Mr Mrs Ms Dr".split())
_NICK_INSIDE_RE = re.compile(rf"(?<![\w’'-])(?P<first>{_NICK_WORD})\s+[“\"‘'(](?P<nick>{_NICK_WORD})[”\"’')]\s+(?P<last>(?:{_NICK_WORD}\s+)?{_NICK_WORD})(?![\w’'-])")
_NICK_AFTER_RE = re.compile(
    rf"(?<![\w’'-])(?P<full>{_NICK_WORD}(?:\s+{_NICK_WORD}){{1,2}}),\s+(?:who\s+goes\s+by|known\s+(?:to\s+(?:[\w’'-]+\s+){{1,4}}?)?as|nicknamed)\s+[“\"‘']?(?P<nick>{_NICK_WORD})(?![\w’'-])")
_NICK_CALLED_RE = re.compile(rf"(?<![\w’'-])(?P<nick>{_NICK_WORD}),\s+as\s+(?:[\w’'-]+\s+){{1,6}}?call(?:s|ed)?\s+(?:him|her|them)\b")


# Short forms of given names that are not the name's opening letters ("Liz" for Elizabeth, "Bill" for William): a
# nickname said to be what someone is called is theirs where it is one of these, or where it opens their given name.
_DIMINUTIVES = {
    "elizabeth": "liz lizzie beth betty bess bessie libby eliza",
    "augustine": "gus", "augustus": "gus", "angus": "gus",
    "william": "bill billy will willie liam", "robert": "bob bobby rob robbie bert", "richard": "dick rick ricky rich",
    "edward": "ted teddy ned ed eddie", "theodore": "ted teddy theo", "margaret": "maggie meg peggy marge madge greta",
    "katherine": "kate kath kathy katie kit kitty", "catherine": "kate cathy katie kit kitty", "kathleen": "kath kathy katie",
    "john": "jack johnny", "james": "jim jimmy jamie", "anthony": "tony", "antonio": "tony", "alexander": "alex sandy xander",
    "alexandra": "alex sandra sandy lexi", "christopher": "chris kit", "christina": "chris tina", "christine": "chris tina",
    "henry": "harry hal hank", "charles": "charlie chuck chas", "josephine": "jo josie", "joseph": "joe joey",
    "patricia": "pat patty trish", "patrick": "pat paddy", "susan": "sue suzy", "deborah": "deb debbie",
    "rebecca": "becky becca", "frances": "fran fanny", "francis": "frank", "lawrence": "larry", "laurence": "larry",
    "michael": "mike mick mickey", "nicholas": "nick nicky", "peter": "pete", "samuel": "sam sammy", "thomas": "tom tommy",
    "jennifer": "jen jenny", "victoria": "vicky tori", "barbara": "barb babs", "dorothy": "dot dotty dolly",
    "mary": "molly polly", "sarah": "sally", "helen": "nell", "eleanor": "ellie nell nora", "gerald": "gerry jerry",
    "matthew": "matt", "daniel": "dan danny", "benjamin": "ben benny", "jacob": "jake", "abigail": "abby",
}
_DIMINUTIVES = {name: frozenset(forms.split()) for name, forms in _DIMINUTIVES.items()}


def _short_form(nick: str, given: str) -> bool:
    """Whether `nick` reads as a short form of a given name: its opening letters ("Kat" of Katherine, "Dan" of Daniel),
    or a known diminutive ("Liz" of Elizabeth, "Gus" of Augustine); never letters inside it ("Dan" is not Jordan's)."""
    nick, given = nick.lower(), given.lower()
    if len(nick) < 3 or nick == given or _possessive(nick):
        return False
    return given.startswith(nick) or nick in _DIMINUTIVES.get(given, ())


def _possessive(word: str) -> bool:
    """ "Britain's", "Jones’": a word of another's, no name for someone."""
    return re.search(r"[’']s?$", word) is not None


def _given_name(word: str) -> bool:
    """Whether a capitalised word before a nickname in quotation marks may be a given name: not a title ("Senator “Ted”
    Cruz", "Coach “Bud” Grant": the nickname stands for the given name, no short form of the title) nor a word opening a
    phrase ("The", "Operation")."""
    bare = word.lower().rstrip(".")
    return word not in _NOT_A_GIVEN_NAME and bare not in ROLE_NOUNS | PERSON_NOUNS | _HONORIFICS | OFFICE_TITLES | COURTESY_TITLES


def _nicknames(text: str, people: Mapping[str, str]) -> dict[str, str]:
    """The names the text gives people besides their own, each → the person in full: written inside the name ("Augustine
    “Gus” Tran", "Robert (Bob) Hale"), given after it ("Augustine Tran, known to everyone as Gus,", "…, who goes by Gus"),
    or said to be what the person is called ("Gus, as everyone at the showground calls him,") where it is a short form of
    one person's given name, and of no one else's (`_short_form`: "Gus" of Augustine, not "Dan" of Jordan). A nickname
    the text ties to no one, or to two, stays as it is. A title before a quoted name is no given name ("Senator “Ted”
    Cruz"), a possessive no nickname ("known as Britain's fastest woman")."""
    fulls = {full for full in people.values() if len(full.split()) > 1}
    in_full = lambda written: next((f for f in fulls if f == written or f.endswith(" " + written)), None) if len(written.split()) > 1 else None  # noqa: E731
    found: dict[str, set[str]] = defaultdict(set)
    for m in _NICK_INSIDE_RE.finditer(text):
        written = f"{m.group('first')} {m.group('last')}"
        if _given_name(m.group("first")) and not _possessive(m.group("nick")):  # the name as written, where the recogniser took it in pieces
            found[m.group("nick")].add(in_full(written) or written)
    for m in _NICK_AFTER_RE.finditer(text):
        full = in_full(m.group("full"))
        if full is not None and not _possessive(m.group("nick")):  # not "…, known as Britain's …"
            found[m.group("nick")].add(full)
    for m in _NICK_CALLED_RE.finditer(text):
        owners = {f for f in fulls if _short_form(m.group("nick"), f.split()[0])}
        if len(owners) == 1:
            found[m.group("nick")] |= owners
    return {nick: owners.pop() for nick, owners in found.items() if len(owners) == 1 and nick not in {w for f in fulls for w in f.split()}}


def _canonical(name: str, people: Mapping[str, str], surnames: Mapping[str, str | None]) -> str:
    """The fullest name the text gives a person ("Umerov" → "Rustem Umerov"); a known name that
    ends a longer one the recogniser took with a word of a title ("State Marco Rubio"); the name as
    written when two people share the surname."""
    inside = [full for full in set(people.values()) if name.endswith(" " + full) and len(full.split()) > 1]
    if inside:
        return _untitled(max(inside, key=len))
    return _untitled(people.get(name) or surnames.get(name.split()[-1]) or name)


def _untitled(name: str) -> str:
    """A name without a word for what the person is in front ("Comedian Ros Tully" → "Ros Tully")."""
    while len(name.split()) > 2 and name.split()[0].lower() in PERSON_NOUNS:
        name = name.split(maxsplit=1)[1]
    return name


# A name: capitalised words, not a capitalised sentence opener ("On Tuesday", "In a statement").
_NOT_NAMES = (
    r"(?!(?:On|In|At|After|Before|During|When|While|But|And|As|If|Since|Last|Earlier|Later|Speaking|Asked|Writing|This|"
    r"That|The|A|An|It|There|Now|Then|Nevertheless|However|Meanwhile|Still|Instead|Separately|Also|Yet|So|"
    r"Outside|Inside|Following|Despite|Throughout|Within|Without|Ahead|Under|Addressing|Leaving|Arriving|"
    r"For|To|From|With|By|Like|Unlike|Against|Among|Including)\b)"  # prepositions and participles opening a sentence ("Outside court, …")
)
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Det|Supt|Insp|Capt|Rev|Atty)\.?\s+)"
_PARTICLE = r"(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\s+)"  # "Pieter de Wit", "de Wit said"
# A day or date after a name is no part of it ("…,” said John Smith Tuesday.", "… Smith Jan. 5"): a
# month only before a number, since "May" is a surname too.
_DATE_AFTER_NAME = r"(?:(?:" + "|".join(day.capitalize() for day in WEEKDAY_NAMES) + r")\b|(?:" + "|".join(sorted({m.capitalize() for m in MONTHS} | {m.capitalize() for m in MONTH_NAMES})) + r")\b\.?\s+\d)"
_NAME = _NOT_NAMES + _TITLE + rf"?{_PARTICLE}?[A-Z][\w’'-]+(?:\s+(?!{_DATE_AFTER_NAME}){_PARTICLE}?[A-Z][\w’'-]+){{0,3}}"


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
_SAID_AND_ENDED_RE = re.compile(rf"[\s,]*(?:[\w’'.-]+\s+){{1,6}}?(?:{_QUOTE_VERB_FORMS})\b[^.!?“”\"]{{0,40}}[.!?]\s*")  # ",” he said. ": `_goes_on`
# A sentence read by its words that opens on an unnamed party ("The developer", "Her lawyer", "The
# club's owners") answering or taking a side: `_takes_a_stance`.
_STATED_RE = re.compile(r"\b(?:said|says|told|tells|added|announced|announces|confirmed|confirms|stated|warned|insisted|explained|admitted|denied)\b")  # a sentence in which someone speaks
_UNNAMED_STANCE_RE = re.compile(
    r"(?:The|A|An|His|Her|Their|Its)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?:[a-z][\w-]*[’']s?\s+(?:[a-z][\w’'-]*\s+){0,2}?)?"
    rf"(?:also\s+|quickly\s+|later\s+)?(?:{_verb_forms(_STANCE_VERBS | QUOTE_VERBS)})\b"
)
# An organisation as a speaker without a parse: "the White House", "the Association of American
# Railroads", "China’s commerce ministry".
_SPEAKING_ORG_NOUNS = _ORG_NOUNS | {"house", "ministry", "service", "services", "agency"}
_ORG_NOUN_FORMS = "|".join(sorted(_SPEAKING_ORG_NOUNS))
_ORG_PHRASE = (
    r"(?:(?:[Tt]he\s+|" + _NOT_NAMES + r")[A-Z][\w’'-]+(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?[A-Z][\w’'-]+){0,5}(?:\s+(?:" + _ORG_NOUN_FORMS + r"))?"
    r"|[A-Z][\w’'-]+[’']s\s+(?:[a-z]+\s+){0,2}(?:" + _ORG_NOUN_FORMS + r"))(?![\w’'-])"
)
_ORG_NOUN_PHRASE = r"(?:[\w’'-]+\s+){0,2}(?:" + _ORG_NOUN_FORMS + r")(?![\w-])"  # up to two words, then an organisation noun
_ORG_DESCRIPTION = r"[Tt]he\s+" + _ORG_NOUN_PHRASE  # "the group", "the pilots’ union"
_OWNED_ORG_DESCRIPTION = r"(?:His|Her|Their|Its|Our|My)\s+" + _ORG_NOUN_PHRASE  # "His club", "Her former party"
# "…,” Smith said.", "…,” said Mr Smith.", "He told reporters: …", "the minister wrote", "according to Smith".
_DESCRIPTION = r"(?:[Tt]he)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(PERSON_NOUNS)) + r")"
_PERSON_NOUN_WORDS = r"(?:(?:" + "|".join(sorted(PERSON_NOUNS)) + r")s?|[a-z]+(?:ers|ors|ists|ians))\b"  # "chief meteorologist", "forecasters"
# Lower-case words of a title before a name ("said shadow health secretary Tom Everley"), not "said one of Smith’s …".
_LOWER_TITLE = r"(?:(?!(?:of|to|by|for|with|from|about|on|in|at|the|a|an|his|her|their|its|one|some)\b)[a-z-]+\s+)"
# A verb or auxiliary straight after a name makes it a clause's subject: in "…, said Ashby had been
# dismissed" the name is what was said about, not who said it.
_CLAUSE_VERB = r"(?:(?:had|has|have|was|were|is|are|would|will|could|can|should|might|may|must|did|does|do|knew|thought|felt|told|never|also|then)\b|[a-z]+ed\b)"
_SPEAKER_RE = re.compile(
    rf"(?:^|[,;:…]\s*|[”\"’']\s*)(?P<before>{_NAME}|{_DESCRIPTION}|{_ORG_PHRASE}|{_ORG_DESCRIPTION}|[Hh]e|[Ss]he|[Ii]t)(?:,(?!\s*(?:and|or)\b)(?P<aside>[^,”\"]{{1,120}}))?,?\s+(?:{_QUOTE_VERB_FORMS})\b"
    # "…,” said Smith" only straight after the quotation or a comma: in "Rubio said Washington hoped …" and
    # "told Al Jazeera" the name after the verb is not the speaker
    rf"|(?:…|[,”\"’'])\s*(?:said|says|added|wrote)\s+(?:{_NAME}\s+(?={_LOWER_TITLE}))?{_LOWER_TITLE}{{0,3}}(?P<after>{_NAME})(?![’']s\b|[\w’'-]|\s+(?!{_DATE_AFTER_NAME})[A-Z]|\s+{_LOWER_TITLE}{{0,2}}{_PERSON_NOUN_WORDS}|\s+{_CLAUSE_VERB})|\b(?i:according to) (?P<source>{_NAME})"
    rf"|\bquoted (?P<quoted>{_NAME}) as saying"
    # "…,” said its director, Hannah Blake.": a post, then the name beside it
    # "…,” said the museum’s director, Pieter Claes.", "…,” added her neighbour, Jim Walsh."
    rf"|(?:…|[,”\"’'])\s*(?:said|says|added|wrote)\s+(?:(?:its|their|the|his|her)\s+(?:[a-z-]+[’']s\s+)?|[A-Z][\w-]*[’']s\s+){_LOWER_TITLE}{{0,3}}[a-z]+,\s+(?P<appos>{_NAME})(?![’']s\b|[\w’'-])\s*[.,]"
    # "The union Unite said": an organisation by its kind, then its name
    rf"|(?:^|[,;:…]\s*|[”\"’']\s*)(?:{_ORG_DESCRIPTION})\s+(?P<org>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){{0,3}}),?\s+(?:{_QUOTE_VERB_FORMS})\b"
    # "Ochoa shot back: “…”": a clause that ends in a colon before the quotation
    rf"|(?:^|[,;]\s*)(?P<lead>{_NAME}|[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){{0,2}}[a-z]+(?:\s+on\s+[A-Z][\w.]*)?:\s*…"  # "Patel posted on X: “…”"
)
# "Dunn posted an exchange with Mia Tate in which she told him: “…”": the speaker of the clause that
# brings the quotation in, not the one the sentence opens with.
_RELATIVE_SPEAKER_RE = re.compile(rf"\b(?:which|whom|who|where)\s+(?P<relative>[Hh]e|[Ss]he)\s+(?:[a-z]+\s+)?(?:{_QUOTE_VERB_FORMS})\b[^…:,;]{{0,40}}:\s*…")  # the clause's own words only: not across ", told reporters:"
# An attribution this code cannot read: some words and a speech verb straight after the quotation
# ("…,” a company spokeswoman said.): the quotation is no one's it can name, not the last speaker's.
_OTHER_SPEAKER_RE = re.compile(
    rf"(?:…)\s*(?:[\w’'.-]+\s+){{1,6}}(?:{_QUOTE_VERB_FORMS})\b|(?:…)\s*(?:{_QUOTE_VERB_FORMS})\s+[a-z]"
    r"|…\s*(?:[\w’'.-]+\s+){1,3}[a-z]+ed(?:\s+back)?\s*[.!?]?\s*$"  # "…,” Alvarez interjected.": a verb this code does not know
    r"|…\s*(?:[\w’'.-]+\s+){1,3}[a-z]+\s+back\b|…\s*(?:[\w’'.-]+\s+){1,3}[a-z]+ed\s*,\s*[a-z]+ing\b"  # "…,” Baptiste shot back, laughing."
    r"|…\s*(?:[\w’'.-]+\s+){1,8}read\s*[.!?]?\s*$"  # "…,” the club statement read."
)
# A sentence opener before the one who speaks ("But she cautioned …").
_PARTICIPLE_OPENER = r"(?:Speaking|Writing|Asked|Talking|Responding|Replying|Answering|Testifying|Prosecuting|Defending|Opening|Closing|Commenting|Reacting)\b[^,”\"“]{0,60},\s*"
_OPENER_RE = re.compile(
    rf"^(?:(?:In|At|On|During|After|Before|Later|Earlier)\b[^,”\"“]{{0,60}},\s*|{_PARTICIPLE_OPENER}|(?:But|And|Yet|Still|However|Meanwhile|Instead)\b,?\s+)"
)
# "Speaking to the Eastern Daily Press, he said": the one spoken to is no other "he".
_PARTICIPLE_OPENER_RE = re.compile(_PARTICIPLE_OPENER)
# A clause in a short sentence after a quotation: it says more than who spoke ("Grace laughs when she hears this.").
_CLAUSE_RE = re.compile(r"\b(?:when|while|because|if|after|before|whether|that|was|were)\b")
# … but not a word right after a verb of saying that only says when, or "that" for the quotation:
# "Smith said after the hearing.", "She said that.", "He said when asked." (not "He said that the
# road …", "She said after she …", "Grace laughs when she hears this.").
_AFTER_SPEECH_VERB_RE = re.compile(
    rf"\b(?:{_verb_forms(SPEECH_VERBS)})\s+(?:(?:after|before)\b(?!\s+(?:he|she|they|I|we|it|you)\b)|when\s+[a-z]+ed\b|that(?=\s*[.!?]?\s*$))"
)
# Someone a skimmed sentence brings in besides its speaker: "the boss", "a student", a name.
# A name inside a sentence (after a lower-case word), not opening it.
_ANOTHER_NAME_RE = re.compile(rf"(?<=[a-z,] ){_NAME}")
_SOMEONE_RE = re.compile(
    rf"(?i:\b(?:the|a|an|his|her|their|whose|its|another|one|[\w-]+[’']s)\s+(?:[\w-]+\s+){{0,2}}(?P<noun>{'|'.join(sorted(_SOMEONE_NOUNS))})\b"
    rf"|\bone\s+of\s+(?:the|his|her|their|its|our|[\w-]+[’']s)\s+(?:[\w-]+\s+){{0,2}}(?P<nouns>{'|'.join(sorted(_SOMEONE_NOUNS))})s\b)"
)  # "the couple's son", "a retired engineer", "one rival director", "one of his teammates": one person, unnamed
# A paragraph that gives its speaker as a label: "Whitmore: “…”", "Whitmore on the deal: “…”" (a
# transcript, a round-up of reactions), or signs it: "“…” — Jane Whitmore".
_LABEL_BEFORE_RE = re.compile(rf"(?:^|\n)\s*(?P<name>{_NAME})(?:\s+on\s+[^:“”\"\n]{{1,40}})?:\s*$")
_NAMED_AFTER_RE = re.compile(
    rf"(?:So|Thus)\s+(?:says|said)\s+{_LOWER_TITLE}{{0,3}}(?P<name>{_NAME})(?![\w’'-])"
    rf"|(?:The|Those|These|That|This)\s+(?:comments?|remarks?|words?)\s+(?:came|come)\s+from\s+{_LOWER_TITLE}{{0,3}}(?P<name3>{_NAME})(?![\w’'-])"
    rf"|(?:That|Those|These|This|Such)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:words?|verdict|view|message|warning|assessment|plea|reaction|response)\s+of\s+{_LOWER_TITLE}{{0,3}}(?P<name2>{_NAME})(?![\w’'-])"
)
_SIGNED_AFTER_RE = re.compile(rf"[\s,.]*[—–]\s*(?P<name>{_NAME})\s*(?:\(@\w+\)[^\n“”\"]{{0,40}}|,[^\n“”\"]{{1,80}})?\.?\s*(?:\n|$)")  # "— Jane Whitmore (@janew) May 5, 2023": an embedded post


# "…,” the statement said.", "The statement read: …": a document the text brought in speaks for its author.
_DOCUMENT_SAYS_RE = re.compile(
    rf"…\s*[,.]?\s*the\s+(?P<document>{'|'.join(sorted(_DOCUMENT_NOUNS))})\s+(?:said|says|added|adds|read|reads|continued|stated)\s*[.!?]?\s*$"
    rf"|^\s*(?:[A-Z][\w ]{{0,30}},\s*)?[Tt]he\s+(?P<document2>{'|'.join(sorted(_DOCUMENT_NOUNS))})\s+(?:said|says|added|read|reads|stated)\s*[:,]?\s*…\s*[.!?]?\s*$"
)


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
    ended = list(re.finditer(r"[.!?]\s+(?=[^.!?]*… )", words[: words.find(" … ") + 3])) if " … " in words else []
    joined = ""
    if ended:  # "… asked whether she had seen it coming. ‘Not at all. …,’ the actress replied": a sentence the splitter joined ends before it
        joined, words = words[: ended[-1].end()], words[ended[-1].end() :]
    spokesperson = _spokesperson_in_words(words, people, surnames)
    if spokesperson is not None:  # "A council spokesperson said: …", "…,” a spokesperson for Allwyn said."
        return spokesperson, []
    document = _DOCUMENT_SAYS_RE.search(words)
    if document is not None:  # "…,” the statement said.": whoever brought the statement in (`_Discourse._author`)
        return _Reference("description", (document.group("document") or document.group("document2")).lower()), []
    match = _RELATIVE_SPEAKER_RE.search(words) or _SPEAKER_RE.search(words)
    reference = _words_reference(match, people, surnames)
    if reference is not None and reference.kind == "PERSON" and match.group("before") and not _set_off_for_in_words(words, match):
        reference = _Reference("unknown", "someone")  # "lawyers for the former president, Donald Trump, said": not his words
    if reference is not None and match.groupdict().get("before") and _anothers_relative(words, match):  # (a relative speaker has no "before")
        reference = _Reference("unknown", "someone")  # "Hart spoke with Cole, who called the plan “…”", "Hart, whose lawyer described it as “…”, denies"
    if reference is not None and match.end() <= words.find(" … ") and _another_reports_nearer(words, match.end()):
        reference = _Reference("unknown", "someone")  # "Blake said that Senator Amy Cho had called the plan “…”": not Blake's words
    if reference is not None and _TOLD_PASSIVE_RE.search(match.group()):
        reference = _Reference("unknown", "someone")  # "Tom Hart was told: “…”": the one told is no speaker
    if reference is not None and reference.kind == "pronoun" and re.search(r"\b(?:replie[sd]|reply|responded|responds|answered|answers|retorted)\b", match.group()):
        reference = dataclasses.replace(reference, replying=True)
    if reference is not None and reference.kind == "pronoun" and joined:
        # "The party's leader, Ed Farrow, said …. ‘…,’ he told MPs.": the joined sentence's speaker before it,
        # or, where it names someone else, no one for certain
        earlier = _reported_in_words(joined.strip(), people, surnames)
        if earlier is not None and earlier.kind == "PERSON":
            reference = dataclasses.replace(reference, antecedent=earlier.text)
        elif _another_name(joined):
            reference = _Reference("unknown", "someone")
    if reference is None:
        reference = _reported_in_words(words, people, surnames)
        if reference is not None and _another_reports_nearer(words):
            reference = _Reference("unknown", "someone")  # "Blake said that Senator Amy Cho had called the plan “…”": not Blake's words
    if reference is None and not _OTHER_SPEAKER_RE.search(words) and not joined and not _title_cased(text[start - offset : end - offset]):
        reference = _actor_in_words(words, people, surnames)  # "Pike, who …, dismissed the accusation as “…”"
    if reference is None and _OTHER_SPEAKER_RE.search(words):
        reference = _Reference("unknown", "someone")
    elif match and match.groupdict().get("lead") and _OTHER_SPEAKER_RE.search(words[match.end() - 1 :]):
        reference = _Reference("unknown", "someone")  # "Storm latest: ‘…,’ police say": the words after it say who, not the lead-in
    after = words[match.end() :] if match else ""
    if match and _TOLD_AT_END_RE.search(match.group()):
        after = _TOLD_NAME_RE.sub(" ", after, count=1)  # "he told Entertainment Tonight": the one told, no other "he"
    rest = words[: match.start()] + " " + after if match else words
    if match and match.start() > 0:
        rest = _PARTICIPLE_OPENER_RE.sub(" ", rest, count=1) if _PARTICIPLE_OPENER_RE.match(rest) else rest
    # anyone else the words bring in ("the boss", "… while Suzi Force believes …"): without a parse,
    # any capitalised word inside the sentence may be a name
    someone = _someone_in_words(rest, 0, lambda _: False)  # "his wife": a rival to "she", not to "he"
    rivals = [_Reference("unnamed", "someone")] if _another_name(rest) else [_Reference("unnamed", "someone", min(someone) if len(someone) == 1 else None)] if someone else []
    rivals += [
        _Reference("PERSON", full or surname)
        for surname, full in surnames.items()
        if word_starts(rest, surname, "’'-", "-") and (reference is None or (full or surname) != reference.text)
    ]
    return reference, rivals


# A verb of saying or naming with a subject of its own before it, after the sentence's first speech verb
# and before the quotation ("… said that Senator Amy Cho had called the plan “…”", "… and the army said
# it “…”"): the nearer verb reports the quotation; not one sharing the first one's subject ("… and added
# that …", ", then told …").
_NEARER_REPORT_RE = re.compile(
    rf"(?P<before>[\w’'-]+)\s+(?:(?:had|has|have|was|were|is|also|then|later|once|previously|earlier|reportedly)\s+){{0,3}}"
    rf"(?=(?:{_QUOTE_VERB_FORMS}|described|dubbed|labell?ed|branded|termed)\b)(?:[a-z]+ed|said|told|wrote|spoke|spoken|written)\b(?!\s+to\b)"
)  # a past form only ("the siting rule was" holds no verb of saying; "promised to fund" reports nothing)
_AND_THAT_RE = re.compile(r",?\s+and\s+that\s*(?= … )")  # a quotation whose clause opens "and that"
_RIGHT_AFTER_VERB_RE = re.compile(r"(?:\s+[\w’'-]+){0,6}?\s*")  # "said in a statement that": a few words, no comma
_SHARED_SUBJECT_WORDS = frozenset(("and", "but", "then", "also", "or", "later", "before", "after"))


def _another_reports_nearer(words: str, after: int | None = None) -> bool:
    """Whether, in a sentence read by its words, a verb of saying or naming with a subject of its own
    (`_NEARER_REPORT_RE`) comes between the speech verb read as the attribution (ending at `after`;
    the sentence's first by default) and the quotation's mark: the quotation is that verb's subject's,
    whoever opens the sentence."""
    mark = words.find(" … ")
    if after is None:
        first = _QUOTE_VERB_RE.search(words, 0, mark) if mark > 0 else None
        after = first.end() if first is not None else None
    if after is None or mark < after:
        return False
    joined = _AND_THAT_RE.search(words, after, mark + 3)
    if joined is not None:  # "Okonjo argued that the bank said in March it would …, and that “…”": beside her that-clause
        thats = list(re.finditer(r"\bthat\b", words[after : joined.start()]))
        before_that = words[after : after + thats[0].start()] if len(thats) == 1 else ""
        if before_that and _RIGHT_AFTER_VERB_RE.fullmatch(before_that) and not _NEARER_REPORT_RE.search(before_that):  # not "said the governor told her that …"
            return False
    return any(m.group("before").lower() not in _SHARED_SUBJECT_WORDS for m in _NEARER_REPORT_RE.finditer(words, after, mark))


def _anothers_relative(words: str, match) -> bool:
    """Whether a person's relative clause between a subject before a speech verb and the quotation's
    mark makes the quotation that clause's: after the verb ("Hart spoke with Cole, who called the plan
    “…”"), or, inside the subject's own aside, someone else's ("Hart, whose lawyer described it as “…”,
    denies"; not "Hart, who called it “…”, said": his own)."""
    mark = words.find(" … ")
    if mark >= match.end():
        return _RELATIVE_SAYING_RE.search(words[match.end() : mark]) is not None
    aside = words[match.end("before") : mark] if mark > match.end("before") else ""
    return any(found.group("relative") != "who" for found in _RELATIVE_SAYING_RE.finditer(aside))


# A relative clause whose own verb says or names the quotation ("who called the plan", "whose lawyer
# described the case as"); not one that only describes people in the speaker's words ("people who
# already drink coffee", "the clients, who had “…”").
_RELATIVE_SAYING_RE = re.compile(
    rf"\b(?P<relative>who|whom|whose)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_QUOTE_VERB_FORMS}|call(?:s|ed)|describ(?:es|ed)|dubb(?:ed)|labell?(?:s|ed)|branded)\b"
)


# Where a subject's words go on to another noun: "lawyers for the former president", "the head of policy".
_SUBJECT_PREPOSITION_RE = re.compile(r"\s+(?:of|for|at|with|to|from|as|by|in|on|about)\s+(?![A-Z])")
_POSSESSIVE_RE = re.compile(r"[’']s?\s+(?=[\w-]+$|[\w-]+\s)")


_SAYS = r"(?:\s+(?:later|also|previously|earlier))?\s+(?:said|says|added|adds|told\s+[\w.]+(?:\s+[A-Z][\w.]+)*)(?:\s+(?:in|on|via|by|after|later)\b[^…“”\"]*?)?"


def _spokesperson_in_words(words: str, people, surnames) -> _Reference | None:
    """`_spokesperson_for` in words, for a sentence that was not parsed: a spokesperson who says the
    quotation (" … ,” a spokesperson for Allwyn said", "A council spokesperson said: … "), unnamed;
    None where there is none, or the spokesperson is named."""
    before = re.search(rf"(?:^|[.;]\s+){_SPOKESPERSON_RE.pattern}{_SAYS}\s*[:,]?\s*…\s*$", words.split(" … ")[0] + " … ")
    after = re.match(rf"\s*[,.!?]?\s*{_SPOKESPERSON_RE.pattern}{_SAYS}\s*[.,]?\s*$", words.split(" … ", 1)[1]) if " … " in words else None
    found = before or after
    if found is None or found.group("named"):
        return None
    owner = (found.group("for") or found.group("before") or found.group("owner") or "").strip()
    if not owner:
        return _Reference("spokesperson", "spokesperson") if re.match(r"\s*[Aa]n?\s", found.group()) else None
    if owner[:1].isupper():
        name = re.sub(r"^[Tt]he\s+|[’']s$", "", owner)
        if _speaks_for_a_person(name, people, surnames, getattr(surnames, "text", "")):
            return _Reference("unnamed", "spokesperson")  # "a spokesperson for Patel", "for Governor Andrew Cuomo", "a Russian spokesman"
        return _Reference("ORG", name)
    noun = owner.split()[-1].lower()
    determiner = owner.split()[0].lower() if len(owner.split()) > 1 else ""
    if noun in _ORG_NOUNS and determiner in ("", "the", "its", "their"):
        return _Reference("description", noun)  # "a council spokesperson", "a spokeswoman for the company"
    return _Reference("unnamed", "spokesperson")


def _set_off_for_in_words(words: str, match) -> bool:
    """`_set_off_for` for a sentence that was not parsed: whether a name set off by commas before a speech
    verb stands for the words of the subject before it. The name stands for the word just before the
    comma: the subject's own ("its head of policy,": a field, no person; "the Royal College of Nursing's
    general secretary,": after a name's possessive), not a person further in ("lawyers for the former
    president,", "a lawyer for the family of the dead man,"). A name not set off stands for itself."""
    start, end = match.span("before")
    before = words[:start].rstrip()
    if not before.endswith(",") or not words[end:].startswith(","):
        return True
    phrase = re.split(r"[…;:,]", before[:-1])[-1].strip()
    if not phrase or re.search(r"\b(?:who|whom|whose|which|that)\b", phrase):
        return False
    possessive = list(_POSSESSIVE_RE.finditer(phrase))
    if possessive:  # "the Friends of Harwick Library group's chair": a name's role
        owner = phrase[: possessive[-1].start()].split()
        named = all(w[:1].isupper() or w.lower() in ("of", "for", "and", "the", "&") for w in owner[:-1]) and (owner[-1][:1].isupper() or owner[-1].lower() in _ORG_NOUNS)
        if named:
            phrase = phrase[possessive[-1].end() :]
    head, *further = _SUBJECT_PREPOSITION_RE.split(phrase)
    if not further:
        return True
    if not _personal(_singular(head.split()[-1].lower())):
        return False
    for words_further in further:  # "for the National Union of Teachers": an organisation's name; "of the dead man": a person
        capitalised = [w for w in words_further.split() if w[:1].isupper()]
        if any(w.lower() in _SPEAKING_ORG_NOUNS for w in capitalised):
            continue
        if _personal(_singular(words_further.split()[-1].lower())):
            return False
    return True


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


_TOLD_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?(?:" + "|".join(_TOLD_PARTICIPLES.values()) + r")\b")


def _another_name(text: str) -> bool:
    """Whether a capitalised word inside the text may be a person: not after a preposition of
    place or medium ("on Facebook", "in Leeds"), nor after "the" ("the FERC authority")."""
    return any(not re.search(r"\b(?:on|in|at|from|into|near|across|via|the)\s+$", text[: m.start()]) for m in _ANOTHER_NAME_RE.finditer(text))


def _reported_in_words(text: str, people, surnames, opening: tuple | None = None) -> _Reference | None:
    """`_reported` for a sentence that was not parsed: a name or "he"/"she" opening it before a
    speech verb ("He said he doubted …", "Mr Smith, 39, said …"), or a person's name, written in
    full, right before one ("US Secretary of State Marco Rubio said …")."""
    opener = _OPENER_RE.match(text)
    match = _SPEAKER_RE.match(text[opener.end() :] if opener else text)
    if match and match.group("before"):
        return _words_reference(match, people, surnames)
    subject, match = opening or _opening_subject(text, people, surnames)  # (`opening`: already read)
    if subject is not None and _QUOTE_VERB_RE.match(match.group("verb")):
        return subject  # "Her son, Robert Ellis, said …"
    after_quotation = lambda m: m.group("before") and m.group()[:1] in "”\"’'" and text[: m.start()].endswith((",", "?", "!"))
    inverted = next((m for m in _SPEAKER_RE.finditer(text) if m.group("after") or m.group("appos") or after_quotation(m)), None)
    if inverted is not None:  # "That point may matter most, said co-author Dr. Raymond Ibe, an endocrinologist.", "“Timing matters,” Voss said."
        return _words_reference(inverted, people, surnames)
    at, found = 0, []
    while (match := _NAMED_BEFORE_VERB_RE.search(text, at)) is not None:  # overlapping: "In Ly Son, fisherman Nguyen Van Thang, 54, said"
        found.append(match)
        at = match.start() + 1
    for match in found:  # not a name whose run of capitalised words opens on a preposition or follows one ("In Ly Son, …", "to Mayor Tom Reyes")
        written = _person_name(match.group(1))
        run = match.start()
        while (capitalised := re.search(r"[A-Z][\w’'.-]*\s+$", text[:run])) is not None:
            run = capitalised.start()
        if _PREPOSITION_BEFORE_RE.search(text[:run].lower()) or _PREPOSITION_BEFORE_RE.match(text[run:].split()[0].lower() + " "):
            continue
        if _RELATIVE_BEFORE_RE.search(re.split(r"[,;:…]", text[:run])[-1]):
            continue  # "Police, who arrested Tom Hart, 34, on Monday, said": the object of a relative clause, not the subject  # "Nadia Kerr of Gresham Partners said": where the speaker works, not who; "had on Madaraka Day promised": when
        for name in (written, " ".join(written.split()[-2:])):  # "Lim Boon Kiat", "Secretary of State Marco Rubio"
            if name in people.values():
                return _Reference("PERSON", name)
    return None


_RELATIVE_BEFORE_RE = re.compile(r"\b(?:who|whom|whose|which)\b")
# A preposition before capitalised words: they are no subject ("… had on Madaraka Day promised").
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:of|at|for|from|with|on|in|by|to|after|before|since|during|into|over|under|against|about|between|among|near|via|until|through)\s+$")
# "US Secretary of State Marco Rubio said": the last capitalised words before a speech verb.
# "Nadia Kerr of Gresham Partners said": where they work may come between.
_NAMED_BEFORE_VERB_RE = re.compile(
    rf"(?<![\w’'])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'&-]+(?:\s+[A-Z][\w’'&-]+){{0,3}})?"
    rf"(?:(?:,[^,”\"]{{1,120}}){{1,2}},)?\s+(?:{_QUOTE_VERB_FORMS})\b"  # "Obinna Uzor, a pharmacologist at the University of Nigeria, Nsukka, said"
)


# A verb in the past or third person, as a name acting is followed by ("Routh talked", "Huang cut off").
_ACTS = (
    r"(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|[a-z]+s|said|told|was|is|has|had|will|would|can|could|did|does|made|went|took|gave|came|won|lost|left|wrote|spoke|began|sent"
    r"|cut|put|hit|quit|read|sat|stood|met|kept|held|led|ran|saw|got|paid|spent|felt|fought|knew|thought|brought|found|heard|became|grew|threw|chose|broke|rose|fell|caught|bought|sold|swore|shook"
    r"|drove|flew|rode|shot|built|meant|slept|ate|hid|wore|struck|stuck|dealt|sank|taught|understood)\b"
)
# A sentence that opens on who someone is, then their name, then what they did: "Her son, Robert
# Ellis, said …", "The moderator, journalist Clara Nunes, opened by …", "Their daughter Ola now runs
# …": the name is the subject (as the parse reads it), not the description before it.
_DESCRIBED_SUBJECT_RES = (
    re.compile(
        r"(?P<description>(?:The|A|An|His|Her|Their|Its|Our|(?:[A-Z][\w.-]*\s+)?[A-Z][\w-]*[’']s)\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+),\s+"
        rf"(?:[a-z][\w-]*\s+){{0,2}}(?P<name>{_NAME}),(?:\s+\d+,)?\s+(?P<verb>{_ACTS})"
    ),
    re.compile(rf"(?P<description>(?:The|His|Her|Their|Our|(?:[A-Z][\w.-]*\s+)?[A-Z][\w-]*[’']s)\s+(?:[a-z][\w’'-]*\s+){{0,2}}[a-z][\w’'-]*)\s+(?P<name>{_NAME})\s+(?:now\s+)?(?P<verb>{_ACTS})"),
)
# … or on a name with "who" after it: "Piotr, who does the deliveries, is …", "Rep. Dana Whitfield,
# D-Mich., who sits on …, said …": a person (with "which", a thing).
_WHO_SUBJECT_RE = re.compile(rf"(?P<name>{_NAME})(?:,\s+[A-Z][^,]{{0,20}}|\s+\([^()]{{1,40}}\))?,\s+who\b[^,”\"“]{{1,100}},\s+(?P<verb>{_ACTS})")


def _opening_subject(text: str, people, surnames) -> tuple[_Reference | None, re.Match | None]:
    """The person a sentence read by its words opens on (`_DESCRIBED_SUBJECT_RES`, `_WHO_SUBJECT_RE`),
    with the match (its verb; the description before the name, a person's words, not others)."""
    opener = _OPENER_RE.match(text)
    at = opener.end() if opener else 0
    for pattern in _DESCRIBED_SUBJECT_RES:
        match = pattern.match(text, at)
        if match and _describes_someone(match.group("description")):
            reference = _person_reference(match.group("name"), people, surnames)
            return (reference, match) if reference is not None else (None, None)
    match = _WHO_SUBJECT_RE.match(text, at)
    reference = _person_reference(match.group("name"), people, surnames, inside=True) if match else None
    return (reference, match) if reference is not None else (None, None)


# A person opening a sentence, then what they did: "Kowalski, who joined Harlow in 2021, vowed to", "She described".
_ACTOR_RE = re.compile(rf"(?P<name>{_NAME}|He|She)(?:,[^,”\"…]{{1,120}},)?\s+(?P<verb>{_ACTS})")
# Between the verb and the quotation: another clause, or someone else ("accused his deputy, Graham Pike, of").
_ANOTHER_CLAUSE_RE = re.compile(r"[A-Z;:]|\b(?:while|whereas|but|who|whom|which|when|after|because|he|she|they|we|I|said|says|told|asked)\b")


def _actor_in_words(words: str, people, surnames) -> _Reference | None:
    """The words of a partial quotation in the object of a sentence read by its words, whose subject,
    a person, opens it and acts on it with a verb that is not one of saying ("Pike, who resigned last
    month, dismissed the accusation as “…”", "She described the school as “…”"): that person, as the
    parse reads the subject of the verb the quotation hangs from. None where anything between the
    verb and the quotation may bring in another clause or person."""
    text = words.strip()
    mark = text.find("…")
    opener = _OPENER_RE.match(text)
    at = opener.end() if opener else 0
    if mark <= at or "…" in text[mark + 1 :]:
        return None
    subject, match = _opening_subject(text, people, surnames)
    if subject is None:
        match = _ACTOR_RE.match(text, at)
        if match is None:
            return None
        written = match.group("name")
        if written in ("He", "She"):
            subject = _Reference("pronoun", written.lower())
        else:
            name = _person_name(_clean_name(written))
            canonical = _canonical(name, people, surnames)
            subject = _Reference("PERSON", canonical) if canonical in people.values() or _looks_like_name(name) else None
    if subject is None or match.end() > mark or _ANOTHER_CLAUSE_RE.search(text, match.end(), mark) or _ANOTHER_CLAUSE_RE.search(text, mark + 1):
        return None  # "Lindqvist praised her as “…”, and Novak returned the compliment.": two acting
    if _UNDERGOES_RE.search(text, match.start("verb"), mark) or _NAMING_TERM_RE.search(text[:mark]):
        return None  # "Hart was dubbed “…”", "Hart is known as “…”", "faces charges of “…”", "won the award for “…”"
    return subject


# Between a person and a partial quotation: a passive or a copula, the person undergoing what the quotation
# names ("was dubbed", "has been described as", "is known as"); or a preposition that makes the quotation
# a term, a charge or a category ("charges of “…”", "the award for “…”"), not the person's words.
_UNDERGOES_RE = re.compile(r"\b(?:was|is|were|are|been|being)\b")
_NAMING_TERM_RE = re.compile(r"\b(?:of|for)\s*$")


def _describes_someone(description: str) -> bool:
    """Whether words before a name say a person: "Her co-star in the series", "The Environment
    Secretary", not "Her new book"."""
    head = _PREPOSITION_RE.split(description, maxsplit=1)[0].split()[-1].lower()
    noun = head.rsplit("-", 1)[-1]  # "co-star"
    return noun in _SOMEONE_NOUNS or _personal(noun)


def _person_reference(written: str, people, surnames, inside: bool = False) -> _Reference | None:
    """The person a name the words show to be a person's stands for: one the article names in full,
    a name written as a person's, or a lone first or last name ("Her mother, Rosa, …"); with
    `inside`, a lone name only where the text writes it inside a sentence too ("… her husband Piotr …")."""
    name = _person_name(_clean_name(written))
    canonical = _canonical(name, people, surnames)
    if canonical in people.values() or _looks_like_name(name):
        return _Reference("PERSON", canonical)
    if len(name.split()) != 1 or name.lower() in _NOT_PERSON_WORDS | ROLE_NOUNS:
        return None
    if inside and not re.search(rf"[a-z,] {re.escape(name)}(?![\w’'-])", getattr(surnames, "text", "")):
        return None
    return _Reference("PERSON", name)


_QUOTE_VERB_RE = re.compile(rf"(?:{_QUOTE_VERB_FORMS})\b")
_NAME_RE = re.compile(_NAME)
_TOLD_AT_END_RE = re.compile(r"\b(?:told|tells?)$")
_TOLD_NAME_RE = re.compile(rf"^\s+(?:the\s+)?{_NAME}")
_PREPOSITION_RE = re.compile(r"\s+(?:of|in|at|for|from|with|on|to)\s+")
_NAMED_OF_BEFORE_RE = re.compile(r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w’'&-]+\s+){0,3}$")  # "Nadia Kerr of Gresham …"
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|near|into|across|via)\s+(?:[A-Z][\w’'-]+\s+){0,2}$")  # "… in Santa …"


# A capitalised common noun with a named complement ("Transport for London", "Friends of the Earth").
_BODY_IN_WORDS_RE = re.compile(r"(?:[Tt]he\s+)?(?P<noun>[A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?(?P<complement>[A-Z][\w’'-]+(?:\s+(?:of|for|and|the|[A-Z][\w’'-]+))*)")


# The rest of a capitalised title after the words read as a name, running into the name it ends in ("said Special
# Agent| in Charge Maria Lopez of …"): see `people.name_after_portfolio`, the same reading on the parse.
_PORTFOLIO_NAME_RE = re.compile(r"\s+(?P<link>in|of|for|at)\s+(?P<run>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){2,4})(?![\w’'-])")


def _words_reference(match, people, surnames) -> _Reference | None:
    if not match:
        return None
    raw = next(g for g in match.groups() if g).strip()
    if match.groupdict().get("org"):
        return _Reference("ORG", match.group("org"))  # "The union Unite said"
    if re.search(r"[’']s$", raw):
        return None  # "…,” said Smith’s lawyer": someone of Smith's
    written = _clean_name(raw)
    lettered = re.sub(r"^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+", "", written).split()
    if len(lettered) == 2 and lettered[1] in POST_NOMINALS and lettered[0] not in surnames:
        return None  # "Labour MP said", "a Labour MP said": a member of a party, unnamed (as `_party_before_letters`)
    portfolio = _PORTFOLIO_NAME_RE.match(match.string, match.end()) if raw == (match.groupdict().get("after") or "").strip() else None
    if portfolio is not None and _personal(written.split()[-1].lower()) and not written.endswith("s"):
        run = portfolio.group("run").split()
        name = " ".join(run[-2:])  # "said Special Agent in Charge Maria Lopez of the FBI"; not "said Attorney for Jose Luis Ramirez"
        if len(run) >= 3 and portfolio_splits(portfolio.group("link"), len(run) - 2) and _looks_like_name(name):
            return _Reference("PERSON", _canonical(name, people, surnames))
    bare = re.sub(r"^[Tt]he\s+", "", written)
    if re.fullmatch(r"[A-Z]{3,6}", bare) and bare not in people.values():  # not "the US", a country
        return _Reference("ORG", bare)  # "The RFS said", "In a statement, NEA said:": an acronym is a body's (spelled out by `resolve`)
    named_words = bare.split()
    if bare != written and len(named_words) >= 2 and {w.lower() for w in named_words} & (_ORG_WORDS | _SPEAKING_ORG_NOUNS | {"division", "directorate"}) \
            and all(w[:1].isupper() or w in ("of", "for", "and", "&") for w in named_words):
        return _Reference("ORG", bare)  # "The Texas Division of Emergency Management said": a body by its capitalised name
    person, of, _ = written.partition(" of ")
    if of and _looks_like_name(_person_name(person)):
        written = person  # "Kate Olsen of Fenwick Research wrote": the person, not where she works
    body = _BODY_IN_WORDS_RE.fullmatch(written)
    known = _canonical(_person_name(written), people, surnames)
    if body:  # a name the text knows at the end of the complement, the portfolio before it (`portfolio_splits`): "Director of Public Prosecutions Max Hill"
        rest = len(body.group("complement").split()) - len(known.split())  # not "Agent for Juan Carlos Ferrero", whose "Carlos Ferrero" the text knows
        link = written[body.end("noun") : body.start("complement")].split()[0]
        body = None if known in people.values() and rest > 0 and portfolio_splits(link, rest) else body
    if body:
        # "Transport for London said": a body's name; "Residents of Hallow Green said": people (unless the
        # text writes them so inside a sentence too); "Minister for Transport": a title, someone unread
        noun = body.group("noun").lower()
        personal = _personal(noun[:-1] if noun.endswith("s") else noun) or noun in _RELATIONAL_NOUNS
        name = re.sub(r"^[Tt]he\s+", "", written)
        inside = re.search(rf"[\w,;’'\-] +(?:[Tt]he +)?{re.escape(name)}(?![\w’'-])", getattr(surnames, "text", ""))
        if not personal or (noun.endswith("s") and inside):
            return _Reference("ORG", name)
        return _Reference("group", noun) if noun.endswith("s") else _Reference("unknown", written)
    aside = (match.groupdict().get("aside") or "").strip()
    if written.lower() in _PRONOUNS:
        return _Reference("pronoun", written.lower())
    if re.match(r"(?:The|A|An|His|Her|Their|Its|Our)\s", written) and _describes_someone(written) and _NAME_RE.fullmatch(aside):  # "The Liberal Democrat leader, Ed Farrow, said"
        named = _canonical(_person_name(aside), people, surnames)
        if named in people.values() or _looks_like_name(named):
            return _Reference("PERSON", named)
    if re.fullmatch(_ORG_DESCRIPTION, written) and re.fullmatch(r"[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4}", aside):
        return _Reference("ORG", aside)  # "The pilots’ union, BALPA, said"
    if re.fullmatch(_OWNED_ORG_DESCRIPTION, written):  # "His club, Westbridge Rovers, said": the name beside it; "Her party said": no name
        return _Reference("ORG", aside) if re.fullmatch(r"[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4}", aside) else _Reference("unknown", written)
    if re.match(r"which\b", aside) and re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}", written):
        return _Reference("ORG", re.sub(r"^[Tt]he\s+", "", written))  # "Norvik Energy, which operates the field, said": a thing
    if re.fullmatch(_ORG_PHRASE, written) and not re.fullmatch(_DESCRIPTION, written) and {w.lower() for w in written.split()} & _SPEAKING_ORG_NOUNS:
        organisation = re.sub(r"^[Tt]he\s+", "", written)
        known = _canonical(organisation, people, surnames) in people.values()
        return None if known else _Reference("ORG", organisation)  # "the White House"; not "the Smiths"
    sides = re.split(r"\s+(?:and|&)\s+", written)
    if len(sides) == 2 and all(side.split()[-1] in surnames or side in people or _looks_like_name(side) for side in sides):
        return _Reference("unnamed", "people")  # "Ford and Fry replied": no one of them alone (not "Work and Pensions Secretary Harriet Gale")
    described = written.split()[1:] if written.split()[0].lower() == "the" else []
    if len(described) >= 3 and " ".join(described[-2:]) in people.values():
        return _Reference("PERSON", " ".join(described[-2:]))  # "the Conservative MP Jeremy Bligh replied"
    if written.split()[0].lower() == "the":  # "the French foreign ministry": a ministry with "French" in its name
        return _Reference("description", written.split()[-1].lower(), modifiers=tuple(w for w in written.split()[1:-1] if w[:1].isupper()))
    name = _person_name(written)
    canonical = _canonical(name, people, surnames)
    gender = _GENDER_OF_HONORIFIC.get(written.split()[0].lower().rstrip("."))
    if canonical in people.values() or _looks_like_name(name):
        return _Reference("PERSON", canonical, gender)
    body = _body_of_first_word(name, people) if name == written else None
    if body is not None:  # "Northgate denied …" after "Northgate Records": the organisation (as `_reference`)
        return _Reference("ORG", body)
    if len(name.split()) == 1:  # "Mr Crane": the one person the text names with that surname; "Sir Keith", "Sarah": a first name
        first_name = name == written or written.split()[0].lower() in ("sir", "dame")
        full = {v for v in people.values() if (v.split()[0] == name if first_name else v.split()[-1] == name or name in v.split()[1:])}
        if len(full) == 1:
            return _Reference("PERSON", full.pop(), gender)
        if not full and written.split()[0].lower() not in ("sir", "dame") and name[:1].isupper():
            # the recogniser did not read the sentence that named them in full: "Ms Sowerby" is a surname, "Hardy" may be
            return _Reference("surname" if name != written else "bare name", name, gender)
    return None


# What follows a name that acts in its sentence: a verb in the past or third person, after an
# optional aside ("Routh talked", "Mr Chishty, 60, said"), after a party in brackets.
_ACTING_RE = re.compile(r"(?:\s+\([^()]{1,40}\))?(?:,[^,]{1,60},)?\s+" + _ACTS)  # "Sen. Ann Cole (D-Ore.), …, voted"


def _acting_in_words(sentence: Sentence, surname_re, surnames: Mapping[str, str | None], quoted, opening: tuple) -> list[_Entity]:
    """The people a sentence that was not parsed shows acting ("… a shackled Routh talked about …"),
    in order: each clause's ("Vance wants …, while Carrow is leading …"), so a pronoun after it has
    both to choose from; two joined by "and" act as a group ("Holt and Delaney … embraced"); one its
    opening describes, then names (`opening`, from `_opening_subject`: "Her son, Tom Ellis, was …")."""
    text, found = sentence.text, []
    subject, match = opening
    if subject is not None and not quoted(sentence.start + match.start("name")):
        return [_Entity(subject.text, "PERSON")]
    for match in surname_re.finditer(text) if surname_re is not None else ():
        if quoted(sentence.start + match.start()) or not _ACTING_RE.match(text, match.end()):
            continue
        if _NAMED_OF_BEFORE_RE.search(text, max(0, match.start() - 120), match.start()):
            continue  # "Nadia Kerr of Gresham Partners said": where someone named works does not act
        if re.search(r"\band\s+(?:[A-Z][\w’'-]+\s+)?$", text[: match.start()]):
            return [_Entity("", "GROUP")]
        entity = _Entity(surnames[match.group()] or match.group(), "PERSON")
        if entity not in found:
            found.append(entity)
    return found


def _genders(noun: str) -> frozenset[str]:
    """The genders a person a word stands for may have: "wife" only "f", "neighbour" either."""
    gender = _GENDER_OF_SOMEONE.get(noun.lower())
    return frozenset(gender) if gender else _ANY_GENDER


def _someone_in_words(text: str, start: int, quoted) -> frozenset[str]:
    """`_someone_unnamed` for a sentence that was not parsed: the genders of "the boss", "his wife"
    outside quotations."""
    return frozenset().union(*(_genders(m.group("noun") or m.group("nouns")) for m in _SOMEONE_RE.finditer(text) if not quoted(start + m.start())))


def _someone_unnamed(doc, inside: set[int]) -> frozenset[str]:
    """The genders of the people a parsed sentence brings in without naming them, outside
    quotations ("The court heard from a neighbour who …", "Among the crowd was a retired engineer
    …", "from his wife"): "he" or "she" after it may be them. Not a word in apposition to a name,
    nor one with a name of its own ("the club's owner, Tom Hale"; "boss Neil Aspinall")."""
    genders: frozenset[str] = frozenset()
    for token in doc:
        if token.i not in inside and token.lower_ == "one" and token.dep_ != "appos":  # not "Berg, one of the players,"
            group = next((g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj" and g.tag_ == "NNS"), None)
            if group is not None and group.lemma_.lower() in _SOMEONE_NOUNS and any(c.dep_ == "poss" or c.lower_ in ("the", "these", "those") for c in group.children):
                genders |= _genders(group.lemma_)  # "one of his teammates", "one of the protesters": one person, unnamed
            continue
        if token.i in inside or token.pos_ != "NOUN" or token.tag_ == "NNS" or token.ent_type_:
            continue
        if token.lemma_.lower() not in _SOMEONE_NOUNS and token.lower_ not in _SOMEONE_NOUNS:
            continue
        if not any(c.dep_ == "poss" or c.lower_ in ("a", "an", "the", "another", "one") for c in token.children) or token.dep_ in ("appos", "compound"):
            continue  # not "each panelist" ("one rival director" is someone)
        if token.dep_ in ("attr", "oprd") and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "there" for c in token.head.children):
            continue  # "Mehra became the youngest grandmaster": the subject, not another ("Among them was a retired engineer" is)
        if any(c.dep_ in ("appos", "compound") and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in token.children):
            continue
        if token.head.ent_type_ == "PERSON" and token.dep_ == "appos":
            continue
        genders |= _genders(token.lemma_ if token.lemma_.lower() in _SOMEONE_NOUNS else token.lower_)
    return genders


# An organisation's name by its last word: "The Environment Agency", "the Atlantic Coast Conference".
_ORGANISATION_IN_WORDS_RE = re.compile(r"(?<![\w’'-])(?:(?:The|the)\s+)?(?P<name>(?:(?!The\b)[A-Z][\w’'&-]+\s+){1,4}(?P<noun>[A-Z][a-z]+))(?![\w’'-])")


def _organisations_in_words(text: str, start: int, quoted) -> list[_Entity]:
    """The organisations a sentence that was not parsed names by a name that ends in a word for one
    ("The Environment Agency has issued …"), outside quotations: what "the agency" after it may be."""
    return [_Entity(m.group("name"), "ORG") for m in _ORGANISATION_IN_WORDS_RE.finditer(text)
            if m.group("noun").lower() in _SPEAKING_ORG_NOUNS and not quoted(start + m.start())]


def _named_in_words(text: str, start: int, surnames: Mapping[str, str | None], surname_re, quoted) -> list[_Entity]:
    """The people a sentence that was not parsed names (by the surnames the article gives in full,
    `surname_re` finding any of them), outside quotations."""
    named = []
    if surname_re is not None:
        for match in surname_re.finditer(text):
            entity = _Entity(surnames[match.group()] or match.group(), "PERSON")
            if _PLACE_BEFORE_RE.search(text, max(0, match.start() - 80), match.start()):
                continue  # "… a high school in Santa Clarita": a place, whatever its words read as
            if entity not in named and not quoted(start + match.start()):
                named.append(entity)
    return named


_REFLEXIVE_NEXT_RE = re.compile(r"\s+(?:himself|herself)")


def _before_reflexive(text: str, surname: str) -> bool:
    """Whether the text writes the surname right before "himself"/"herself" (after spaces) somewhere."""
    at = text.find(surname)
    while at >= 0:
        if _REFLEXIVE_NEXT_RE.match(text, at + len(surname)):
            return True
        at = text.find(surname, at + 1)
    return False


def _reflexive_after_name(text: str, start: int, named: Sequence[_Entity], quoted) -> list[tuple[_Entity, str]]:
    """Each person a sentence read by its words names, as the subject opening a clause, right before
    "himself" or "herself" and a verb ("Whitcomb himself voted against it"), with the gender that gives
    them, outside quotations. Not an object's ("he had called Alex Cole himself on Monday": the
    reflexive is the subject's)."""
    found = []
    if "himself" not in text and "herself" not in text:
        return found  # (most sentences: no pattern to build)
    for person in named:
        if person.kind != "PERSON" or not person.name or not _before_reflexive(text, person.name.split()[-1]):
            continue  # (the pattern below needs the surname right before "himself"/"herself")
        pattern = rf"(?<![\w’'-])(?:[A-Z][\w’'.-]*\s+){{0,3}}{re.escape(person.name.split()[-1])}\s+(himself|herself)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b"
        for match in re.finditer(pattern, text):
            if not quoted(start + match.start()) and _CLAUSE_OPENS_RE.search(text[: match.start()]):
                found.append((person, _OWN_PRONOUNS[match.group(1)]))
    return found


# Where a clause opens: the sentence's start, a comma or semicolon, or a conjunction ("… noted that Whitcomb himself voted").
_CLAUSE_OPENS_RE = re.compile(r"(?:^|[,;:]\s*|\b(?:that|and|but|because|while|when|although|though|as|if|since|after|before)\s+)$")


# The learned speaker ranker ---------------------------------------------------------------------
# Where the rules above name no one, a small model (`speaker_model.py`, fitted by
# `wirebrief.evaluation.speaker_training`) weighs every person or organisation named around the
# quotation and names the best one only when it is both likely and well ahead of the next. The
# features of one (quotation, candidate) pair, in order:
SPEAKER_FEATURE_NAMES = (
    "same_sentence_before",  # named in the quotation's sentence, before it
    "same_sentence_after",  # … after it
    "next_sentence",  # named in the sentence after the quotation
    "sentences_back",  # sentences back to the nearest mention before the quotation (0: its own)
    "paragraphs_back",  # paragraphs back to it
    "nearest",  # the candidate named nearest before the quotation
    "speech_subject",  # the subject of a verb of saying somewhere in the window
    "speech_subject_here",  # … in the quotation's own sentences
    "subject",  # the subject of any verb in the window
    "listener",  # the one told or asked ("told Smith", "asked Smith", "said to Smith")
    "according_to",  # "according to Smith"
    "colon_lead_in",  # named in the lead-in ending in a colon just before the quotation
    "named_in_quote",  # the quotation itself names them (any word of their name: "Seamus bought …")
    "one_word_name",  # the text never names them in full ("Divya", "Eastfield")
    "same_paragraph",  # named in the quotation's paragraph
    "person",  # a person (else an organisation)
    "gender_agrees",  # "he"/"she" speaks in the quotation's sentences and the text leans the candidate that way
    "gender_disagrees",  # … the other way (never named: "Tom Reed … his wife." then "“…,” she said")
    "previous_speaker",  # the speaker the rules gave the last quotation before it, within two paragraphs
    "quoted_before",  # the rules gave them some earlier quotation
    "speaking_before",  # the rules read the sentence before as theirs (a speaker or a subject of reported speech)
    "quote_only_paragraph",  # the quotation's paragraph opens with it
    "opens_sentence",  # nothing of the sentence before the quotation
    "mentions",  # log(1 + mentions in the article outside quotations)
    "mention_rank",  # rank by mentions among everyone named (1: most), up to 6
    "candidates",  # how many candidates the window holds
    "only_candidate",
    "first_person",  # "I", "me", "my" … in the quotation
    "speech_verb_here",  # a verb of saying outside quotations in the quotation's sentences
    "pronoun_speaks",  # … whose subject is "he", "she" or "they"
    "noun_speaks",  # … whose subject is a common noun ("a spokesperson said")
    "in_speaker_phrase",  # inside the subject of a verb of saying ("a spokesperson for the council said")
    "rules_unnamed",  # the rules read the speaker as someone unnamed ("a spokesperson", "officials"), not as no one
)
_WINDOW_BACK = 3  # sentences before the quotation's …
_WINDOW_PARAGRAPHS = 2  # … or in the paragraphs before it (at most _WINDOW_MAX_BACK sentences)
_WINDOW_MAX_BACK = 6
_LISTENER_VERBS = frozenset(("tell", "ask", "inform", "remind", "warn", "assure", "urge", "question", "interview"))


@dataclass(frozen=True)
class _Mention:
    name: str
    kind: str  # PERSON or ORG
    at: int  # its start in the article text
    sentence: int
    root: object  # the name's head token in the sentence's parse


def _mention_roles(token) -> tuple[bool, bool, bool, bool, bool]:
    """(subject of a verb of saying, subject of any verb, one told or asked, "according to" them,
    inside the subject of a verb of saying)."""
    within = any(a.dep_ == "nsubj" and _is_speech_verb(a.head) for a in token.ancestors)
    while token.dep_ == "appos" and token.head.i != token.i:  # "the minister, Jo Hart, said"
        token = token.head
    if token.dep_ == "compound" and token.head.i != token.i:  # "Treasury spokesman … said"
        token = token.head
    head = token.head
    subject = token.dep_ in ("nsubj", "nsubjpass")
    speaks = token.dep_ == "nsubj" and head.lemma_.lower() in QUOTE_VERBS
    told = token.dep_ in ("dobj", "dative") and head.lemma_.lower() in _LISTENER_VERBS
    told = told or token.dep_ == "nsubjpass" and head.lemma_.lower() in _LISTENER_VERBS
    told = told or token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in QUOTE_VERBS
    according = token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"
    return speaks, subject, told, according, within


def _speech_in(docs_and_offsets, spans) -> tuple[bool, set[str], bool]:
    """In the quotation's sentences, outside quotations: a verb of saying; the genders ("m", "f",
    "they") of pronouns that are its subjects; whether a common noun is its subject."""
    verb, pronouns, noun = False, set(), False
    for doc, offset in docs_and_offsets:
        for token in doc:
            if any(s <= offset + token.idx < e for s, e in spans) or not _is_speech_verb(token):
                continue
            verb = True
            for child in token.children:
                if child.dep_ != "nsubj":
                    continue
                lower = child.lower_
                if lower in ("he", "she", "they"):
                    pronouns.add(_GENDER_OF_PRONOUN.get(lower, "they"))
                elif child.pos_ == "NOUN":
                    noun = True
    return verb, pronouns, noun


def _speaker_candidates(span, sentences, parsed, skim, mentions: Mapping[int, list[_Mention]], rule_speakers: Mapping[tuple[int, int], str],
                        speaking: Mapping[int, _Entity | None], discourse: _Discourse, counts: Counter, unnamed: bool = False) -> list[tuple[str, list[float]]] | None:
    """Each person or organisation named around the quotation at characters `span`, with its
    features (`SPEAKER_FEATURE_NAMES`); None where a sentence of the window was not parsed.
    `unnamed`: the rules read the speaker as someone they cannot name."""
    start, end = span
    text = skim.annotated.article.text
    covering = [s for s in sentences if s.start < end and s.end > start]
    if not covering:
        return None
    first, last = covering[0], covering[-1]
    back = [s for s in sentences[max(0, first.index - _WINDOW_MAX_BACK) : first.index]
            if first.index - s.index <= _WINDOW_BACK or s.paragraph >= first.paragraph - _WINDOW_PARAGRAPHS]
    after = sentences[last.index + 1 : last.index + 2]
    window = back + covering + after
    if any(s.index not in parsed for s in window):
        return None
    quoted = _inside_any(skim.quote_spans)
    quotation = text[start:end]
    here = [(parsed[s.index], skim.offsets[s.index]) for s in covering]
    speech_verb, pronoun_genders, noun_speaks = _speech_in(here, skim.quote_spans)
    previous = [(s, e) for s, e in rule_speakers if e <= start and text.count("\n\n", e, start) <= _WINDOW_PARAGRAPHS]
    previous_speaker = rule_speakers[previous[-1]] if previous else ""
    quoted_before = {name for (s, e), name in rule_speakers.items() if e <= start and name}
    before_sentence = speaking.get(first.index - 1) if first.index > 0 else None
    ranks = {name: rank for rank, (name, _) in enumerate(counts.most_common(), 1)}
    paragraph_start = text.rfind("\n", 0, start) + 1
    found: dict[str, list[_Mention]] = defaultdict(list)
    for s in window:
        for mention in mentions.get(s.index, ()):
            found[mention.name].append(mention)
    if previous_speaker and previous_speaker not in found:
        found[previous_speaker] = []
    for name in sorted(found, key=lambda n: len(n.split())):  # "Shaw" is "Anita Shaw" where the window names her in full
        fuller = [n for n in found if len(n.split()) > len(name.split()) and n.split()[-len(name.split()):] == name.split()]
        if len(fuller) == 1:
            found[fuller[0]] += found.pop(name)
            previous_speaker = fuller[0] if previous_speaker == name else previous_speaker
    rows = []
    nearest_before = max((m for ms in found.values() for m in ms if m.at < start), key=lambda m: m.at, default=None)
    lead_in = text[:start].rstrip().endswith(":")
    for name, named in found.items():
        before = [m for m in named if m.at < start]
        closest = max(before, key=lambda m: m.at, default=None)
        roles = [_mention_roles(m.root) for m in named]
        own = {m.sentence for m in named} & {s.index for s in covering}
        kind = named[0].kind if named else "PERSON"
        votes = discourse.genders.get(name) if kind == "PERSON" else None  # the way the text leans, one pronoun or title enough
        gender = ("m" if votes["m"] > votes["f"] else "f") if votes and votes["m"] != votes["f"] else None
        colon = lead_in and closest is not None and closest.sentence >= first.index - 1 and not quoted(closest.at)
        rows.append((name, [
            float(any(m.at < start and m.sentence in own for m in named)),
            float(any(m.at >= end and m.sentence in own for m in named)),
            float(any(m.sentence == after[0].index for m in named)) if after else 0.0,
            float(min(first.index - closest.sentence, _WINDOW_MAX_BACK + 1)) if closest else float(_WINDOW_MAX_BACK + 1),
            float(min(first.paragraph - sentences[closest.sentence].paragraph, 3)) if closest else 3.0,
            float(closest is not None and closest == nearest_before),
            float(any(r[0] for r in roles)),
            float(any(r[0] for m, r in zip(named, roles, strict=True) if m.sentence in own)),
            float(any(r[1] for r in roles)),
            float(any(r[2] for r in roles)),
            float(any(r[3] for r in roles)),
            float(colon),
            float(any(word[:1].isupper() and len(word) > 2 and word_starts(quotation, word, "-", "-") for word in name.split())),
            float(len(name.split()) == 1),
            float(any(sentences[m.sentence].paragraph == first.paragraph for m in named)),
            float(kind == "PERSON"),
            float(gender is not None and gender in pronoun_genders),
            float(gender is not None and _OTHER_GENDER[gender] in pronoun_genders),
            float(bool(previous_speaker) and previous_speaker == name),
            float(name in quoted_before),
            float(before_sentence is not None and before_sentence.name == name),
            float(not text[paragraph_start:start].strip()),
            float(not text[first.start : start].strip()),
            float(math.log1p(counts.get(name, 0))),
            float(min(ranks.get(name, 6), 6)),
            float(len(found)),
            float(len(found) == 1),
            float(bool(_FIRST_PERSON_SINGULAR_RE.search(quotation))),
            float(speech_verb),
            float(bool(pronoun_genders)),
            float(noun_speaks),
            float(any(r[4] for m, r in zip(named, roles, strict=True) if m.sentence in own)),
            float(unnamed),
        ]))
    return rows


SPEAKER_RECORD: list | None = None  # set to a list by the training, which reads every quotation's candidates from it


def _ranker_in_use() -> bool:
    """Whether the training adopted the ranker (gave it a threshold): its candidates are read only then."""
    from . import speaker_model

    return speaker_model.RANKER.get("threshold") is not None


def _learned_speaker(candidates: list[tuple[str, list[float]]]) -> str:
    """The candidate the model names, or "" where none is likely enough and well enough ahead: two
    candidates both over the threshold are two readings, and name no one, whatever the margin."""
    from ..segment import boundary_probability
    from . import speaker_model

    model = speaker_model.RANKER
    if not candidates or not model.get("networks") or model.get("threshold") is None:
        return ""  # (no threshold: the training found too little gain to use it)
    other_gender = SPEAKER_FEATURE_NAMES.index("gender_disagrees")
    scored = sorted(((boundary_probability(features, model) if not features[other_gender] else 0.0, name) for name, features in candidates), reverse=True)
    best, runner_up = scored[0][0], scored[1][0] if len(scored) > 1 else 0.0
    return scored[0][1] if best >= model["threshold"] > runner_up and best - runner_up >= model["margin"] else ""
