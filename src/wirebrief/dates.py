"""Resolve the date expressions news text uses to absolute dates.

`resolve_date` reads one expression (typically a spaCy DATE entity: "Wednesday",
"last month", "Feb. 4", "June last year", "two weeks ago") against the article's
publication date and returns the point in time an editor would put on a timeline,
or None when the expression is not a point in time ("four years", "every 10 years",
"the 1960s").

`is_future_tense` is a cheap cue test on the sentence around an expression, used to
decide whether "Friday" means the coming Friday or the last one.

Pure standard library; one call costs a few microseconds.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass

DAY, MONTH, YEAR = "day", "month", "year"

MONTHS = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

SHIFTS = {"last": -1, "this": 0, "next": 1}  # qualifier -> step in weeks/months/years
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "couple": 2, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip

# "ago" units: unit -> (days per unit for day arithmetic, or None for calendar units)
AGO_UNITS = {
    "minute": 0, "hour": 0, "day": 1, "week": 7, "fortnight": 14,
    "month": None, "year": None, "decade": None,
}  # fmt: skip

# Words that carry no date information here; dropped wherever they appear.
FILLERS = frozenset(
    "on in since until till by from the of at during around about as so far "
    "early late mid earlier later end beginning start middle "
    "just nearly almost some roughly approximately more than over less only".split()
)
DAYPARTS = frozenset("morning afternoon evening night overnight midday noon am pm a.m p.m".split())
CLOCK_TIME = re.compile(r"\d{1,2}(?::\d\d)?(?:am|pm|a\.m|p\.m)|\d{1,2}:\d\d")  # "10am", "9:30"
# Expressions with these words are recurrences, not points in time.
RECURRENCE = frozenset("every each per annually daily weekly monthly yearly".split())
HYPHEN_PREFIXES = ("mid-", "early-", "late-", "end-")

HORIZON_DAYS = 300  # how far `future` may push a day-month without a year
YEAR_MIN, YEAR_MAX = 1000, 2100  # a 4-digit token outside this is not a year
FALLBACK_YEAR = re.compile(r"(?<![\w'])(19\d\d|20\d\d|2100)(?![\w'])")
POSSESSIVE = re.compile(r"(?<=[a-z1-9])'s\b")  # "Wednesday's", "2025's"; not "1960's"
DAY_TOKEN = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?(?:[-–]\d{1,2}(?:st|nd|rd|th)?)?")
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class ResolvedDate:
    """A point in time: for month/year precision, `date` is the first day of that month/year."""

    date: datetime.date
    precision: str  # "day" | "month" | "year"
    text: str  # the expression as written

    @property
    def value(self) -> str:
        """The date at its precision, as annotations write it: 2026-02-04, 2026-02 or 2026."""
        return self.date.isoformat()[: {YEAR: 4, MONTH: 7}.get(self.precision, 10)]


# --------------------------------------------------------------------------- helpers


@functools.lru_cache(maxsize=4096)
def _words(expression: str) -> tuple[tuple[str, ...], bool] | None:
    """The expression's date words, and whether it names a month; None for recurrences.

    Lower-cased, with apostrophes, possessives, punctuation, fillers, dayparts and clock
    times removed; "this past" becomes "last" and "(this) coming" becomes "next".
    Cached: the same entity texts ("Wednesday", "last year") recur across articles.
    """
    text = expression.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = POSSESSIVE.sub("", text).replace(",", " ")
    words = []
    for raw in text.split():
        word = raw.strip(".;:!?()[]\"'")
        if "-" in word and word.startswith(HYPHEN_PREFIXES):  # "mid-January"
            word = word.partition("-")[2]
        if word and word not in FILLERS:
            words.append(word)
    if RECURRENCE.intersection(words):
        return None
    words = [w for w in words if w not in DAYPARTS and not CLOCK_TIME.fullmatch(w)] or words
    if words[:2] == ["this", "past"]:
        words = ["last", *words[2:]]
    elif words[:2] == ["this", "coming"] or words[:1] == ["coming"]:
        words = ["next", *words[2 if words[0] == "this" else 1 :]]
    names_month = any(w in MONTHS for w in words)
    if names_month:  # "Wednesday, Feb. 4": the date decides
        words = [w for w in words if w not in WEEKDAYS]
    return tuple(words), names_month


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by `delta` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    """The date, or None when it does not exist (February 30) or the year is out of range."""
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _number(words: list[str]) -> int | None:
    """'two' / '2' / 'a' / 'a couple' -> int; None for vague counts ('a few', 'several')."""
    if words[:1] == ["a"] and len(words) == 2:
        words = words[1:]
    if len(words) != 1:
        return None
    word = words[0]
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


# --------------------------------------------------------------------------- weekdays


def _weekday(weekday: int, published: datetime.date, qualifier: str | None, future: bool | None):
    """The date of `weekday` named with an optional qualifier (last/next/this)."""
    ahead = (weekday - published.weekday()) % 7  # 0..6 days forward to reach it
    if qualifier == "last":  # most recent strictly before publication
        return published - datetime.timedelta(days=(7 - ahead) or 7)
    if qualifier == "next":  # first strictly after publication
        return published + datetime.timedelta(days=ahead or 7)
    if qualifier == "this":  # the one in the publication's Monday-Sunday week
        return published + datetime.timedelta(days=weekday - published.weekday())
    if future:  # on or after publication
        return published + datetime.timedelta(days=ahead)
    return published - datetime.timedelta(days=(7 - ahead) % 7)  # on or before


# --------------------------------------------------------------------------- parsers


def _relative(words: list[str], published: datetime.date, future: bool | None):
    """today / yesterday / this morning / last night / last Tuesday / next month / this year."""
    if len(words) == 1 and words[0] in RELATIVE_DAYS:
        return published + datetime.timedelta(days=RELATIVE_DAYS[words[0]]), DAY
    if words == ["day", "before", "yesterday"]:
        return published - datetime.timedelta(days=2), DAY
    if words == ["day", "after", "tomorrow"]:
        return published + datetime.timedelta(days=2), DAY
    if words == ["this"]:  # "this morning" after dayparts were dropped
        return published, DAY
    if words == ["last"]:  # "last night"
        return published - datetime.timedelta(days=1), DAY
    if len(words) == 1 and words[0] in WEEKDAYS:
        return _weekday(WEEKDAYS[words[0]], published, None, future), DAY
    if len(words) != 2 or words[0] not in SHIFTS:
        return None
    qualifier, unit = words
    step = SHIFTS[qualifier]
    if unit in WEEKDAYS:
        return _weekday(WEEKDAYS[unit], published, qualifier, future), DAY
    if unit == "week":  # no week precision: the publication day shifted by whole weeks
        return published + datetime.timedelta(days=7 * step), DAY
    if unit == "month":
        year, month = _add_months(published.year, published.month, step)
        return datetime.date(year, month, 1), MONTH
    if unit == "year":
        return datetime.date(published.year + step, 1, 1), YEAR
    return None


def _ago(words: list[str], published: datetime.date):
    """'two months ago', 'a week ago', '3 years ago'."""
    if len(words) < 3 or words[-1] != "ago":
        return None
    unit = words[-2].removesuffix("s")
    count = _number(words[:-2])
    if unit not in AGO_UNITS or count is None:
        return None
    days = AGO_UNITS[unit]
    if days is not None:
        return published - datetime.timedelta(days=days * count), DAY
    if unit == "month":
        year, month = _add_months(published.year, published.month, -count)
        return datetime.date(year, month, 1), MONTH
    years = count * (10 if unit == "decade" else 1)
    return datetime.date(published.year - years, 1, 1), YEAR


def _calendar(words: list[str], published: datetime.date, future: bool | None):
    """Month names with optional day and year: 'Feb. 4', '4 February 2026', 'June last year'."""
    months, days, years = [], [], []
    year_shift = qualifier = None
    for i, word in enumerate(words):
        previous = words[i - 1] if i else None
        if word in MONTHS:
            months.append(MONTHS[word])
            qualifier = previous if previous in SHIFTS else qualifier
        elif word == "year" and previous in SHIFTS:
            year_shift = SHIFTS[previous]
        elif len(word) == 4 and word.isdigit():
            years.append(int(word))
        elif match := DAY_TOKEN.fullmatch(word):
            days.append(int(match.group(1)))
        elif match := ISO_DATE.fullmatch(word):
            found = _safe_date(*map(int, match.groups()))
            return (found, DAY) if found else None
    if len(months) != 1 or len(years) > 1:
        return None  # no month, or a range such as "January to March"
    month = months[0]
    if years:
        year = years[0]
    elif year_shift is not None:
        year = published.year + year_shift
    else:
        year = None
    if days:
        if year is not None:
            found = _safe_date(year, month, days[0])
            return (found, DAY) if found else None
        return _nearest_day(month, days[0], published, future)
    if year is None:
        year = _year_of_month(month, published, qualifier, future)
    found = _safe_date(year, month, 1)
    return (found, MONTH) if found else None


def _year_of_month(
    month: int, published: datetime.date, qualifier: str | None, future: bool | None
) -> int:
    """The year of a month named without one: 'last December', 'next June', bare 'December'."""
    year = published.year
    if qualifier == "this":
        return year
    if qualifier == "last":  # strictly before the publication month
        return year - 1 if month >= published.month else year
    if qualifier == "next":  # strictly after
        return year + 1 if month <= published.month else year
    if future:  # on or after
        return year + 1 if month < published.month else year
    if future is None:  # tense unknown: the nearest such month ("in March" written in February)
        ahead = (month - published.month) % 12
        return year + (month < published.month) if ahead <= 6 and ahead else year - (month > published.month)
    return year - 1 if month > published.month else year  # on or before


def _nearest_day(month: int, day: int, published: datetime.date, future: bool | None):
    """A day-month without a year: the nearest occurrence to publication.

    With `future` True (False) prefer the occurrence on/after (on/before) publication,
    unless it lies more than HORIZON_DAYS away: a future-tense sentence naming "Feb. 4"
    the day after Feb. 4 means last Feb. 4, not next year's (the tense cue is cheap).
    """
    candidates = [
        found
        for year in (published.year - 1, published.year, published.year + 1)
        if (found := _safe_date(year, month, day))
    ]
    if future is not None:
        sided = [c for c in candidates if (c >= published if future else c <= published)]
        near = [c for c in sided if abs((c - published).days) <= HORIZON_DAYS]
        candidates = near or candidates
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((c - published).days)), DAY


def _bare_year(words: list[str]):
    """'2024', 'in 2019', 'late 2025'."""
    if len(words) == 1 and len(words[0]) == 4 and words[0].isdigit():
        found = _safe_date(int(words[0]), 1, 1)
        return (found, YEAR) if found else None
    return None


def _fallback_year(expression: str):
    """'the 2028 presidential': a single 4-digit year 1900-2100 anywhere in the text."""
    years = set(FALLBACK_YEAR.findall(expression))
    if len(years) != 1:
        return None
    return datetime.date(int(years.pop()), 1, 1), YEAR


# --------------------------------------------------------------------------- public API


def resolve_date(
    expression: str, published: datetime.date, *, future: bool | None = None
) -> ResolvedDate | None:
    """The point in time `expression` names, read against the publication date; None if none.

    `future`: True when the sentence looks ahead (see `is_future_tense`), so a bare
    "Friday" or "April 16" means the next one; False/None reads it as the most recent.
    """
    found = _words(expression)
    if not found or not found[0]:
        return None
    words, names_month = list(found[0]), found[1]
    result = (
        _relative(words, published, future)
        or _ago(words, published)
        or _calendar(words, published, future)
        or _bare_year(words)
        or (None if names_month else _fallback_year(expression))  # "Feb. 30, 2026" stays None
    )
    if result is None:
        return None
    return ResolvedDate(result[0], result[1], expression)


# Verbs that make "due to" scheduling ("due to meet") rather than cause ("due to rain").
DUE_VERBS = (
    "be begin start take meet hold continue resume arrive visit open close return vote "
    "decide rule end finish conclude testify appear sign launch announce release report "
    "publish expire travel attend speak deliver face leave run hear make give go come "
    "host stand submit present unveil issue"
).split()
# Each cue is matched at the start of a word (one leading \b keeps the search fast).
FUTURE_CUES = (
    r"will\b(?<!the will)(?<!free will)(?<!political will)",
    r"won't\b",
    r"shall\b",
    r"(?:is|are|was|were|be|been|being|'s|'re)(?: \w+)? (?:set|slated|poised) (?:to|for)\b",
    r"due to (?:" + "|".join(DUE_VERBS) + r")\b",
    r"(?:is|are|was|were|'s|'re)(?: \w+)? due (?:on|in(?! part)|by|for|next|later|this)\b",
    r"(?:am|is|are|was|were|'m|'s|'re) going to\b",
    r"scheduled\b",
    r"slated\b",
    r"upcoming\b",
    r"forthcoming\b",
    r"expected to\b",
    r"(?:plans?|planned|planning|intends?|intended) to\b",
    r"to be held\b",
    r"would\b(?! have)",
    r"(?:is|are|was|were) to (?!blame\b)",
    r"next\b(?! (?:to|day|morning|afternoon|evening|night)\b)",
    r"tomorrow\b",
    r"in the coming\b",
    r"later (?:this|today|tonight)\b",
    r"ahead of\b",
)
FUTURE_TENSE = re.compile(r"'ll\b|\b(?:" + "|".join(FUTURE_CUES) + ")")


def is_future_tense(sentence: str) -> bool:
    """True when the sentence looks ahead: will, 'll, is set to, due to, scheduled, next, ...

    Reported future counts ("were scheduled to", "said he would"): the event named is
    still ahead of the moment reported, so its bare weekday points forward.
    """
    text = sentence.replace("\u2019", "'").replace("\u2018", "'").lower()
    return FUTURE_TENSE.search(text) is not None
