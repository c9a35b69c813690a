"""Resolve the date expressions news text uses to absolute dates.

`resolve_date` reads one expression (typically a spaCy DATE entity: "Wednesday",
"last month", "Feb. 4", "June last year", "last spring", "the 1990s") against the
article's publication date and returns the point in time an editor would put on a
timeline, or None when the expression is not a point in time ("four years", "every
10 years"). Expressions that count from a date the text gave before ("the next year",
"four years later", "that day") need that date as `anchor`.

`is_future_tense` is a cheap cue test on the sentence around an expression, used to
decide whether "Friday" means the coming Friday or the last one.

Pure standard library; one call costs a few microseconds.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass

from .errors import InputError

DAY, MONTH, YEAR = "day", "month", "year"
SEASON, DECADE = "season", "decade"
WEEK = "week"  # "last week": too vague to be a date on a timeline or in annotations (see `is_vague`)

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

# The full names, in calendar order: each table gives a name's full form first.
MONTH_NAMES = tuple(next(word for word, number in MONTHS.items() if number == month) for month in range(1, 13))
WEEKDAY_NAMES = tuple(next(word for word, number in WEEKDAYS.items() if number == day) for day in range(7))
# Months that are given names too ("April Ryan", "June Carter", "Little March"): alone, read as a month with care.
MONTHS_AS_NAMES = frozenset(("april", "may", "june", "march", "august"))

# Meteorological seasons by their first month; a winter is named by the year of its December.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASON_NAMES = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}

SHIFTS = {"last": -1, "this": 0, "next": 1}  # qualifier -> step in weeks/months/years
# `future` for a clause in the present tense: neither side is likelier, so the nearest occurrence
# ("the picture after Thursday's game" on a Friday; "with a victory Sunday").
NEAREST = "nearest"
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
# Holidays on the same day every year (words as `_words` leaves them) -> (month, day).
HOLIDAYS = {
    ("christmas",): (12, 25), ("christmas", "day"): (12, 25), ("christmas", "eve"): (12, 24),
    ("boxing", "day"): (12, 26), ("new", "year", "day"): (1, 1), ("new", "year", "eve"): (12, 31),
    ("halloween",): (10, 31), ("valentine", "day"): (2, 14),
    ("independence", "day"): (7, 4), ("fourth", "july"): (7, 4), ("juneteenth",): (6, 19), ("veterans", "day"): (11, 11),
    ("st", "patrick", "day"): (3, 17), ("saint", "patrick", "day"): (3, 17), ("armistice", "day"): (11, 11),
    ("bonfire",): (11, 5), ("guy", "fawkes"): (11, 5), ("hogmanay",): (12, 31),  # "night" goes with the dayparts
}  # fmt: skip
EASTER_DAYS = {("easter",): 0, ("easter", "sunday"): 0, ("good", "friday"): -2, ("easter", "monday"): 1}
# Days counted from US Thanksgiving (the fourth Thursday of November): the shopping days after it.
THANKSGIVING = {("thanksgiving",): 0, ("thanksgiving", "day"): 0, ("black", "friday"): 1, ("cyber", "monday"): 4}
# US holidays on the nth weekday of a month: key -> (month, weekday, n), n = -1 for the last one.
NTH_WEEKDAY_HOLIDAYS = {
    ("memorial", "day"): (5, 0, -1), ("labor", "day"): (9, 0, 1), ("columbus", "day"): (10, 0, 2),
    ("martin", "luther", "king", "jr", "day"): (1, 0, 3), ("mlk", "day"): (1, 0, 3), ("presidents", "day"): (2, 0, 3),
    ("father", "day"): (6, 6, 3), ("remembrance", "sunday"): (11, 6, 2),
}  # fmt: skip
# The first word of every holiday's name: an expression without one names none.
HOLIDAY_WORDS = frozenset(key[0] for table in (HOLIDAYS, EASTER_DAYS, THANKSGIVING, NTH_WEEKDAY_HOLIDAYS) for key in table)

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "couple": 2, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())

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

HORIZON_DAYS = 300  # how far a future tense may push a day-month without a year
PAST_HORIZON_DAYS = 350  # how far a past tense may: "was announced on September 8" written in July
YEAR_MIN, YEAR_MAX = 1000, 2100  # a 4-digit token outside this is not a year
FALLBACK_YEAR = re.compile(r"(?<![\w'])(19\d\d|20\d\d|2100)(?![\w'])")
POSSESSIVE = re.compile(r"(?<=[a-z1-9])'s\b")  # "Wednesday's", "2025's"; not "1960's"
DAY_TOKEN = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?(?:[-–]\d{1,2}(?:st|nd|rd|th)?)?")
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# "12/31/2023", "31/12/2023": read only where the order is plain (one number above 12, or both equal).
NUMERIC_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
DECADE_TOKEN = re.compile(r"(1[5-9]\d|20\d)0'?s|'?(\d)0s")  # "1990s", "1960's", "'90s"
# Counted from an earlier date in the text: "the next year", "that day", "four years later".
ANAPHORIC = re.compile(
    r"(?:\bthe\s+(?P<which>same|following|next|previous|prior)|\b(?P<that>that))\s+(?P<unit>day|month|year)\b"
    r"|\b(?:that|the\s+(?P<season_step>following|next|previous))\s+(?P<season>spring|summer|autumn|fall|winter)\b"
    r"|\bthe\s+(?P<month_step>following|next|previous)\s+(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(?P<month_of>january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
    r"\.?(?:\s+(?P<day_after>\d{1,2})(?:st|nd|rd|th)?,?)?\s+(?:of\s+(?:that|the\s+(?P<month_of_step>same|following|next|previous|prior))|that)\s+year\b(?![-'’])"
    r"|(?<![\w,.-])(?P<count>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]\d?)\s+"
    r"(?P<units>days?|months?|years?|decades?)\s+(?P<direction>later|earlier)\b"
)
# A day number right before a month of "that year" ("the elections of 16 March that year").
DAY_BEFORE_MONTH = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$")
# A year written with the next one (or its last digits): a season or a fiscal or school year ("2019-20", "2021/22", "2023-2024").
SPLIT_YEAR = re.compile(r"(?<!\d)((?:1[6-9]|20)\d\d)[-–/]((?:1[6-9]|20)\d\d|\d\d)(?![\d/-])")
FISCAL_YEAR = re.compile(r"FY\s?((?:20)?\d\d)")
FISCAL_YEARS_AHEAD = 10  # the furthest ahead a fiscal year written in two digits is read
YEARS_AGO = re.compile(r"(?i)\b(?:years?|decades?)\s+ago\b")  # a year as definite as one written: "two years ago … a year earlier"
ANAPHORIC_SHIFTS = {"same": 0, "following": 1, "next": 1, "previous": -1, "prior": -1}


@dataclass(frozen=True)
class ResolvedDate:
    """A point in time: for a coarser precision than a day, `date` is the first day of that
    week (a Monday), month, season (March, June, September, December), year or decade."""

    date: datetime.date
    precision: str  # "day" | "week" | "month" | "season" | "year" | "decade"
    text: str  # the expression as written

    @property
    def value(self) -> str:
        """The date at its precision, as annotations write it (see `label`)."""
        return label(self.date, self.precision)

    @property
    def is_vague(self) -> bool:
        """A week: news writes "last week" for any day in it, so it dates nothing exactly."""
        return self.precision == WEEK


def label(day: datetime.date, precision: str) -> str:
    """A date at its precision: 2026-02-04, 2026-W06, 2026-02, 2026-summer, 2026 or 1990s."""
    if precision == WEEK:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == SEASON:
        return f"{day.year}-{SEASON_NAMES[day.month]}"
    if precision == DECADE:
        return f"{day.year}s"
    return day.isoformat()[: {YEAR: 4, MONTH: 7}.get(precision, 10)]


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
        rest = words[2 if words[0] == "this" else 1 :]
        words = ["coming" if rest[:1] and rest[0] in WEEKDAYS else "next", *rest]  # "this coming Friday": the first one ahead
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
    tens, hyphen, ones = word.partition("-")  # "thirty-five"
    if hyphen:
        return NUMBERS[tens] + NUMBERS[ones] if tens in TENS and NUMBERS.get(ones, 10) < 10 and ones not in ("a", "an") else None
    return NUMBERS.get(word)


# --------------------------------------------------------------------------- weekdays


def _monday(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def _weekday(weekday: int, published: datetime.date, qualifier: str | None, future: bool | str | None):
    """The date of `weekday` named with an optional qualifier (last/next/this)."""
    ahead = (weekday - published.weekday()) % 7  # 0..6 days forward to reach it
    if qualifier == "last":  # most recent strictly before publication
        return published - datetime.timedelta(days=(7 - ahead) or 7)
    if qualifier == "coming":  # first strictly after publication
        return published + datetime.timedelta(days=ahead or 7)
    if qualifier == "next":  # in the week after publication's (Monday to Sunday); "next Friday" said on a Wednesday could be either
        found = published + datetime.timedelta(days=ahead or 7)
        return found if _monday(found) > _monday(published) else None
    if qualifier == "this":  # the one in the publication's Monday-Sunday week; in a clause that looks ahead, not before publication ("this Friday" said on a Sunday)
        found = published + datetime.timedelta(days=weekday - published.weekday())
        return _weekday(weekday, published, None, True) if future is True and found < published else found
    if future == NEAREST:
        return published + datetime.timedelta(days=ahead if ahead <= 3 else ahead - 7)
    if future:  # on or after publication
        return published + datetime.timedelta(days=ahead)
    return published - datetime.timedelta(days=(7 - ahead) % 7)  # on or before


# --------------------------------------------------------------------------- parsers


def _relative(words: list[str], published: datetime.date, future: bool | str | None):
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
    if len(words) == 3 and words[0] in WEEKDAYS and words[1] in SHIFTS and words[2] == "week":  # "Tuesday last week"
        monday = _monday(published) + datetime.timedelta(days=7 * SHIFTS[words[1]])
        return monday + datetime.timedelta(days=WEEKDAYS[words[0]]), DAY
    if words[:1] == ["coming"] and len(words) == 2 and words[1] in WEEKDAYS:
        return _weekday(WEEKDAYS[words[1]], published, "coming", future), DAY
    if len(words) != 2 or words[0] not in SHIFTS:
        return None
    qualifier, unit = words
    step = SHIFTS[qualifier]
    if unit in WEEKDAYS:
        found = _weekday(WEEKDAYS[unit], published, qualifier, future)
        return (found, DAY) if found else None
    if unit == "week":
        return _monday(published + datetime.timedelta(days=7 * step)), WEEK
    if unit == "month":
        year, month = _add_months(published.year, published.month, step)
        return datetime.date(year, month, 1), MONTH
    if unit == "year":
        return datetime.date(published.year + step, 1, 1), YEAR
    return None


def _ago(words: list[str], published: datetime.date):
    """'two months ago', 'a week ago', '3 years ago'; an anniversary: 'fifty years ago today' (that
    day), 'ten years ago this month' (that month)."""
    anniversary = None
    if words[-2:] == ["ago", "today"]:
        anniversary, words = DAY, words[:-1]
    elif words[-3:] == ["ago", "this", "month"]:
        anniversary, words = MONTH, words[:-2]
    if len(words) < 3 or words[-1] != "ago":
        return None
    unit = words[-2].removesuffix("s")
    count = _number(words[:-2])
    if unit not in AGO_UNITS or not count:  # no count, or "0 days ago"
        return None
    days = AGO_UNITS[unit]
    if days is not None:
        found = _days_before(published, days * count)
        if found is None:
            return None
        if anniversary == DAY and days >= 1:  # "two weeks ago today": that very day
            return found, DAY
        return (_monday(found), WEEK) if days >= 7 else (found, DAY)
    if unit == "month":
        year, month = _add_months(published.year, published.month, -count)
        found = _safe_date(year, month, 1)
        return (found, MONTH) if found else None
    years = count * (10 if unit == "decade" else 1)
    if anniversary == DAY:  # "fifty years ago today"
        found = _safe_date(published.year - years, published.month, published.day)
        return (found, DAY) if found else None
    if anniversary == MONTH:
        found = _safe_date(published.year - years, published.month, 1)
        return (found, MONTH) if found else None
    found = _safe_date(published.year - years, 1, 1)  # "300 decades ago": out of range, no date
    return (found, YEAR) if found else None


def _days_before(day: datetime.date, count: float) -> datetime.date | None:
    """`count` days before `day`, or None when that falls outside the years dates are read in."""
    try:
        found = day - datetime.timedelta(days=count)
    except OverflowError:
        return None
    return found if YEAR_MIN <= found.year <= YEAR_MAX else None


def _calendar(words: list[str], published: datetime.date, future: bool | str | None):
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
    month: int, published: datetime.date, qualifier: str | None, future: bool | str | None
) -> int:
    """The year of a month named without one: 'last December', 'next June', bare 'December'."""
    year = published.year
    if qualifier == "this":
        return year
    if qualifier == "last":  # strictly before the publication month
        return year - 1 if month >= published.month else year
    if qualifier == "next":  # strictly after
        return year + 1 if month <= published.month else year
    if future is True:  # on or after
        return year + 1 if month < published.month else year
    if future is None or future == NEAREST:  # tense unknown: the nearest such month ("in March" written in February)
        ahead = (month - published.month) % 12
        return year + (month < published.month) if ahead < 6 and ahead else year - (month > published.month)
    return year - 1 if month > published.month else year  # on or before


def _nearest_day(month: int, day: int, published: datetime.date, future: bool | str | None):
    """A day-month without a year: the nearest occurrence to publication.

    With `future` True (False) prefer the occurrence on/after (on/before) publication,
    unless it lies more than HORIZON_DAYS (PAST_HORIZON_DAYS) away: a future-tense sentence
    naming "Feb. 4" the day after Feb. 4 means last Feb. 4, not next year's (the tense cue is
    cheap).
    """
    candidates = [
        found
        for year in (published.year - 1, published.year, published.year + 1)
        if (found := _safe_date(year, month, day))
    ]
    return _pick(candidates, published, future)


def _pick(candidates: list[datetime.date], published: datetime.date, future: bool | str | None):
    """The occurrence of a yearly day that the clause's tense points to (see `_nearest_day`)."""
    if future is not None and future != NEAREST:
        sided = [c for c in candidates if (c >= published if future else c <= published)]
        near = [c for c in sided if abs((c - published).days) <= (HORIZON_DAYS if future else PAST_HORIZON_DAYS)]
        candidates = near or candidates
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((c - published).days)), DAY


def _season(words: list[str], published: datetime.date, future: bool | str | None):
    """'last spring', 'this summer', 'the summer of 2022', 'summer last year', 'in the winter'.

    A season named alone is the last one (past tense) or the current or next one (future
    tense); with no tense it is left unread ("in the summer, the town fills up" is habitual).
    """
    seasons = [w for w in words if w in SEASONS]
    if len(seasons) != 1:
        return None
    month = SEASONS[seasons[0]]
    rest = [w for w in words if w not in SEASONS]
    if len(rest) == 1 and len(rest[0]) == 4 and rest[0].isdigit():
        found = _safe_date(int(rest[0]), month, 1)
        return (found, SEASON) if found else None
    if len(rest) == 2 and rest[0] in SHIFTS and rest[1] == "year":
        return datetime.date(published.year + SHIFTS[rest[0]], month, 1), SEASON
    starts = [datetime.date(year, month, 1) for year in range(published.year - 2, published.year + 2)]
    spans = [(start, datetime.date(*_add_months(start.year, month, 3), 1)) for start in starts]  # [start, end)
    if rest == ["last"]:  # the last one over before publication
        return max(start for start, end in spans if end <= published), SEASON
    if rest == ["next"]:  # the first one to begin after publication
        return min(start for start, _ in spans if start > published), SEASON
    if rest == ["this"]:  # the one under way, else this year's ("this fall", said in March), else (a winter) the nearest
        under_way = any(start <= published < end for start, end in spans)
        if future is True and not under_way:  # "will vote this spring", said in December: the next one
            return min(start for start, _ in spans if start > published), SEASON
        if month != 12 and not under_way:
            return datetime.date(published.year, month, 1), SEASON
        distance = lambda span: 0 if span[0] <= published < span[1] else min(abs((span[0] - published).days), abs((span[1] - published).days))
        return min(spans, key=distance)[0], SEASON
    if rest or future not in (True, False):
        return None
    if future:  # under way or next
        return min(start for start, end in spans if end > published), SEASON
    return max(start for start, _ in spans if start <= published), SEASON


def _decade(words: list[str], published: datetime.date):
    """'the 1990s', 'the late 1960s', "the '90s" (the last such decade begun by publication)."""
    if len(words) != 1 or not (match := DECADE_TOKEN.fullmatch(words[0])):
        return None
    if match.group(1):
        return datetime.date(int(match.group(1)) * 10, 1, 1), DECADE
    year = 2000 + int(match.group(2)) * 10
    return datetime.date(year if year <= published.year else year - 100, 1, 1), DECADE


def _anaphoric(expression: str, anchor: ResolvedDate | None) -> tuple[datetime.date, str] | None:
    """'the next year', 'that day', 'four years later', 'the following January': counted from `anchor`, the date the text
    named before, when that date is at least as precise as the unit counted."""
    text = expression.replace("\u2019", "'").lower()
    match = ANAPHORIC.search(text)
    if match is None or anchor is None:
        return None
    day_before = DAY_BEFORE_MONTH.search(text, 0, match.start()) if match.group("month_of") else None  # "16 March that year"
    rest = (text[: day_before.start() if day_before else match.start()] + " " + text[match.end() :]).replace(",", " ").split()
    holiday = tuple(w for w in rest if w not in FILLERS)
    if match.group("that") and match.group("unit") == "year" and holiday and text.endswith(match.group()):
        # "at Christmas that year": the holiday in the year named last
        if anchor.precision not in (DAY, MONTH, SEASON, YEAR) or not FALLBACK_YEAR.search(anchor.text):
            return None
        if not (holiday in HOLIDAYS or holiday in EASTER_DAYS or holiday in THANKSGIVING or holiday in NTH_WEEKDAY_HOLIDAYS):
            return None
        found = _holiday_date(holiday, anchor.date.year)
        return (found, DAY) if found else None
    if any(w.strip(".;:!?()\"'") not in FILLERS for w in rest):
        return None
    if match.group("month"):  # "elected in November 2016, he took office the following January"
        if anchor.precision not in (DAY, MONTH, SEASON, YEAR) or not FALLBACK_YEAR.search(anchor.text):
            return None
        month, year = MONTHS[match.group("month")], anchor.date.year
        if match.group("month_step") == "previous":
            year -= 1 if anchor.precision == YEAR or month >= anchor.date.month else 0
        else:
            year += 1 if anchor.precision == YEAR or month <= anchor.date.month else 0
        found = _safe_date(year, month, 1)
        return (found, MONTH) if found else None
    if match.group("month_of"):  # "elected in 2016, he resigned in October of that year": a month of the year named last
        # (or a day of it: "In 2022, … on 20 June, three months after the elections of 16 March that year": the year the
        # last date was placed in, named with it or before it)
        day = match.group("day_after") or (day_before.group(1) if day_before else None)
        if anchor.precision not in (DAY, MONTH, SEASON, YEAR) or not (FALLBACK_YEAR.search(anchor.text) or (day and anchor.precision in (DAY, MONTH))):
            return None
        year = anchor.date.year + ANAPHORIC_SHIFTS[match.group("month_of_step") or "same"]
        found = _safe_date(year, MONTHS[match.group("month_of")], int(day) if day else 1)
        return (found, DAY if day else MONTH) if found else None
    if match.group("season"):  # "that autumn": the one of the year named last; "the following summer"
        if anchor.precision not in (DAY, MONTH, SEASON, YEAR) or not FALLBACK_YEAR.search(anchor.text):
            return None
        month = SEASONS[match.group("season")]
        step = match.group("season_step")
        if step is None:
            return datetime.date(anchor.date.year, month, 1), SEASON
        if anchor.precision == YEAR:
            return datetime.date(anchor.date.year + (1 if step in ("following", "next") else -1), month, 1), SEASON
        starts = [datetime.date(year, month, 1) for year in range(anchor.date.year - 1, anchor.date.year + 2)]
        if step == "previous":
            return max(start for start in starts if start < anchor.date), SEASON
        return min(start for start in starts if start > anchor.date), SEASON
    unit = (match.group("unit") or match.group("units")).removesuffix("s")
    decades = unit == "decade"  # "a decade later": ten years
    unit = YEAR if decades else unit
    if match.group("which"):
        step = ANAPHORIC_SHIFTS[match.group("which")]
    elif match.group("that"):
        step = 0
    else:
        step = _number([match.group("count")]) or 0
        step = -step if match.group("direction") == "earlier" else step
        step *= 10 if decades else 1
    precise_enough = {DAY: (DAY,), MONTH: (DAY, MONTH), YEAR: (DAY, MONTH, SEASON, YEAR)}[unit]
    if anchor.precision not in precise_enough:
        return None
    if unit == YEAR and not (FALLBACK_YEAR.search(anchor.text) or YEARS_AGO.search(anchor.text)):  # "four years later" than "this month"?
        return None
    base = anchor.date
    if unit == DAY:
        found = _days_before(base, -step)
        return (found, DAY) if found else None
    if unit == MONTH:
        found = _safe_date(*_add_months(base.year, base.month, step), 1)
        return (found, MONTH) if found else None
    found = _safe_date(base.year + step, 1, 1)
    return (found, YEAR) if found else None


def _holiday(words: list[str], published: datetime.date, future: bool | str | None):
    """'Christmas Day', "New Year's Eve", 'Christmas 2022', 'last Easter': the holiday's date that
    year, the one before or after publication its qualifier names, or the nearest one on the
    clause's side."""
    if HOLIDAY_WORDS.isdisjoint(words):
        return None
    years = [int(w) for w in words if len(w) == 4 and w.isdigit()]
    if len(words) > 2 and words[-1] == "year" and words[-2] in SHIFTS:  # "Christmas last year"
        years.append(published.year + SHIFTS[words[-2]])
        words = words[:-2]
    qualifier = words[0] if words and words[0] in SHIFTS else None  # "last Easter", "next Christmas"
    key = tuple(w for w in words[1 if qualifier else 0 :] if not (len(w) == 4 and w.isdigit()))
    if len(years) > 1 or (qualifier and years) or not (key in HOLIDAYS or key in EASTER_DAYS or key in THANKSGIVING or key in NTH_WEEKDAY_HOLIDAYS):
        return None
    candidates = [
        found
        for year in (years or [published.year - 1, published.year, published.year + 1])
        if YEAR_MIN <= year <= YEAR_MAX and (found := _holiday_date(key, year))
    ]
    if years:
        return (candidates[0], DAY) if candidates else None
    if qualifier == "last":
        return max(c for c in candidates if c < published), DAY
    if qualifier == "next":
        return min(c for c in candidates if c > published), DAY
    if qualifier == "this":
        return next(c for c in candidates if c.year == published.year), DAY
    return _pick(candidates, published, future)


def _holiday_date(key: tuple[str, ...], year: int) -> datetime.date | None:
    if key in EASTER_DAYS:
        from dateutil.easter import easter

        return easter(year) + datetime.timedelta(days=EASTER_DAYS[key])
    if key in THANKSGIVING:
        first = datetime.date(year, 11, 1)
        return first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 21 + THANKSGIVING[key])
    if key in NTH_WEEKDAY_HOLIDAYS:
        month, weekday, n = NTH_WEEKDAY_HOLIDAYS[key]
        if n < 0:  # the last one: back from the month's last day
            last = datetime.date(*_add_months(year, month, 1), 1) - datetime.timedelta(days=1)
            return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)
        first = datetime.date(year, month, 1)
        return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return _safe_date(year, *HOLIDAYS[key])


def _numeric_date(first: int, second: int, year: int) -> datetime.date | None:
    """A date written in numbers: month/day (US) or day/month (UK and most of the world), read
    only where the numbers tell which (a number above 12 is the day); None when both could be."""
    if first == second or second > 12 >= first:
        return _safe_date(year, first, second)
    if first > 12 >= second:
        return _safe_date(year, second, first)
    return None


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


# "a week from Friday", "two days from today": counted on from a day ahead.
COUNTED_FROM = re.compile(r"(?i)(?P<count>a|an|one|two|three|four|\d{1,2})\s+(?P<unit>days?|weeks?)\s+from\s+(?P<day>.+)")
PART_OF_CURRENT = re.compile(r"(?i)\b(end|start|beginning|middle) of the (year|month)\b")
NEW_YEAR = re.compile(r"(?i)(?:the\s+)?new\s+year")
# "this time last year", "this time next year" (the text's date pattern leaves "at"/"by" outside): the publication's time
# of year a year off, a month at most.
THIS_TIME_YEAR = re.compile(r"(?i)this\s+time\s+(?P<which>last|next)\s+year")


def resolve_date(
    expression: str,
    published: datetime.date,
    *,
    future: bool | str | None = None,
    anchor: ResolvedDate | None = None,
) -> ResolvedDate | None:
    """The point in time `expression` names, read against the publication date; None if none.

    `future`: True when the expression's clause looks ahead (see `is_future_tense`), so a
    bare "Friday" or "April 16" means the next one; False reads it as the most recent; None
    (no cue either way: news mostly reports) as the most recent weekday or the nearest month;
    NEAREST (a present tense) as the nearest. `anchor`: the date the text named last,
    which "the next day" or "four years later" count from (without it they stay None).
    """
    if "time" in expression and (this_time := THIS_TIME_YEAR.fullmatch(expression.strip())):
        year = published.year + SHIFTS[this_time.group("which").lower()]
        return ResolvedDate(datetime.date(year, published.month, 1), MONTH, expression)
    if NEW_YEAR.fullmatch(expression.strip()):  # "in the new year", said late in a year: the next one
        return ResolvedDate(datetime.date(published.year + 1, 1, 1), YEAR, expression) if published.month >= 11 else None
    if split := SPLIT_YEAR.search(expression):  # "the 2019-20 season", "the 2021/22 financial year": the year it starts in
        first, second = int(split.group(1)), int(split.group(2))
        if second != (first + 1) % (100 if second < 100 else 10_000) or RECURRENCE.intersection(expression.lower().split()):
            return None
        return ResolvedDate(datetime.date(first, 1, 1), YEAR, expression)
    if fiscal := FISCAL_YEAR.fullmatch(expression.strip()):  # "FY2024", "FY24": the year the company names it by
        year = int(fiscal.group(1))
        if year < 100:  # "FY99" in 2023 is 1999; "FY60" (2060 the nearer, but far ahead) none
            centuries = (published.year // 100 * 100 + step for step in (-100, 0, 100))
            year = min((century + year for century in centuries), key=lambda candidate: abs(candidate - published.year))
            if year > published.year + FISCAL_YEARS_AHEAD:
                return None
        return ResolvedDate(datetime.date(year, 1, 1), YEAR, expression)
    if "/" in expression and (numeric := NUMERIC_DATE.fullmatch(expression.strip())):
        found = _numeric_date(*map(int, numeric.groups()))
        return ResolvedDate(found, DAY, expression) if found else None
    if counted := COUNTED_FROM.fullmatch(expression.strip()):
        return _counted_from(counted, published, expression)
    written, expression = expression, PART_OF_CURRENT.sub(r"\1 of this \2", expression)  # "by the end of the year": this year
    if ANAPHORIC.search(expression.lower()):
        result = _anaphoric(expression, anchor)
        return ResolvedDate(result[0], result[1], written) if result else None
    found = _words(expression)
    if not found or not found[0]:
        return None
    words, names_month = list(found[0]), found[1]
    result = (
        _relative(words, published, future)
        or _ago(words, published)
        or _holiday(words, published, future)  # before the months: "the Fourth of July"
        or _calendar(words, published, future)
        or _season(words, published, future)
        or _decade(words, published)
        or _bare_year(words)
        or (None if names_month else _fallback_year(expression))  # "Feb. 30, 2026" stays None
    )
    if result is None:
        return None
    return ResolvedDate(result[0], result[1], written)


def _counted_from(counted: re.Match, published: datetime.date, expression: str) -> ResolvedDate | None:
    """'a week from Friday' (the Friday ahead, then a week on), 'two days from today', 'a week from now'."""
    day = counted.group("day").strip()
    base = resolve_date("today" if day.lower() == "now" else day, published, future=True)
    count = _number([counted.group("count").lower()])
    if base is None or base.precision != DAY or count is None:
        return None
    step = count * (7 if counted.group("unit").lower().startswith("week") else 1)
    return ResolvedDate(base.date + datetime.timedelta(days=step), DAY, expression)


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
    r"(?:is|are|was|were|'s|'re)(?: \w+)? (?:un)?likely to\b(?! have\b)",  # "were likely to strike again in July"; not "is likely to have died"
    r"due to (?:" + "|".join(DUE_VERBS) + r")\b",
    r"(?:is|are|was|were|'s|'re)(?: \w+)? due (?:on|in(?! part)|by|for|next|later|this)\b",
    r"(?:am|is|are|was|were|'m|'s|'re) going to\b",
    r"scheduled\b",
    r"slated\b",
    r"upcoming\b",
    r"forthcoming\b",
    r"expected (?:to|in|on|by|later|next|this)\b",
    r"(?:plans?|planned|planning|intends?|intended|hopes?|hoping) to\b",
    r"to be held\b",
    r"would\b(?! have\b(?! (?:a|an|the|no|some|more|its|his|her|their|our|to)\b))",  # "would have a scan", "would have to wait"; not "would have seen"
    r"(?:is|are|was|were) to (?!blame\b)",
    r"next\b(?! (?:to|day|morning|afternoon|evening|night)\b)",
    r"tomorrow\b",
    r"in the coming\b",
    r"later (?:this|today|tonight)\b",
    r"ahead of\b",
)
FUTURE_TENSE = re.compile(r"'ll\b|\b(?:" + "|".join(FUTURE_CUES) + ")")


@functools.lru_cache(maxsize=1 << 14)  # asked again of the same words (a sentence skimmed, then parsed; a clause per date)
def is_future_tense(sentence: str) -> bool:
    """True when the sentence looks ahead: will, 'll, is set to, due to, scheduled, next, ...

    Reported future counts ("were scheduled to", "said he would"): the event named is
    still ahead of the moment reported, so its bare weekday points forward.
    """
    text = sentence.replace("\u2019", "'").replace("\u2018", "'").lower()
    return FUTURE_TENSE.search(text) is not None


def as_date(value: datetime.date | str | None) -> datetime.date | None:
    """A publication date given as a date or an ISO date string; InputError for a string that is no date."""
    if not isinstance(value, str):
        return value
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError("published", f"not an ISO date (YYYY-MM-DD): {value!r}") from None
