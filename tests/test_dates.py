"""Date expressions resolved against the publication date, and the future-tense cue."""

import time
from datetime import date

import pytest

from wirebrief.dates import ResolvedDate, is_future_tense, resolve_date

THU = date(2026, 2, 5)  # a Thursday
WED = date(2026, 2, 4)
NEW_YEAR = date(2026, 1, 2)  # a Friday, early January: rollover cases
LEAP = date(2024, 3, 10)  # a Sunday in a leap year


def check(expression, published, expected, precision, future=None):
    found = resolve_date(expression, published, future=future)
    assert found is not None, f"{expression!r} did not resolve"
    assert (found.date, found.precision) == (expected, precision), expression
    assert found.text == expression


# (expression, expected date, precision), published Thursday 2026-02-05, no tense given
PAST_OR_NEAREST = [
    ("Wednesday", date(2026, 2, 4), "day"),
    ("Wednesday\u2019s", date(2026, 2, 4), "day"),
    ("Wednesday's", date(2026, 2, 4), "day"),
    ("on Wednesday", date(2026, 2, 4), "day"),
    ("Wednesday night", date(2026, 2, 4), "day"),
    ("late Wednesday", date(2026, 2, 4), "day"),
    ("Thursday", date(2026, 2, 5), "day"),
    ("Thursday morning", date(2026, 2, 5), "day"),
    ("Friday", date(2026, 1, 30), "day"),
    ("on Friday.", date(2026, 1, 30), "day"),
    ("Sunday", date(2026, 2, 1), "day"),
    ("last Tuesday", date(2026, 2, 3), "day"),
    ("this past Tuesday", date(2026, 2, 3), "day"),
    ("last Thursday", date(2026, 1, 29), "day"),
    ("next Monday", date(2026, 2, 9), "day"),
    ("next Thursday", date(2026, 2, 12), "day"),
    ("this Friday", date(2026, 2, 6), "day"),
    ("this coming Friday", date(2026, 2, 6), "day"),
    ("today", date(2026, 2, 5), "day"),
    ("Today\u2019s", date(2026, 2, 5), "day"),
    ("this morning", date(2026, 2, 5), "day"),
    ("tonight", date(2026, 2, 5), "day"),
    ("yesterday", date(2026, 2, 4), "day"),
    ("last night", date(2026, 2, 4), "day"),
    ("tomorrow", date(2026, 2, 6), "day"),
    ("the day before yesterday", date(2026, 2, 3), "day"),
    ("this week", date(2026, 2, 2), "week"),  # weeks: their Monday, too vague to annotate
    ("last week", date(2026, 1, 26), "week"),
    ("next week", date(2026, 2, 9), "week"),
    ("last month", date(2026, 1, 1), "month"),
    ("earlier this month", date(2026, 2, 1), "month"),
    ("next month", date(2026, 3, 1), "month"),
    ("last year", date(2025, 1, 1), "year"),
    ("this year", date(2026, 1, 1), "year"),
    ("next year", date(2027, 1, 1), "year"),
    ("in June last year", date(2025, 6, 1), "month"),
    ("June last year", date(2025, 6, 1), "month"),
    ("June of last year", date(2025, 6, 1), "month"),
    ("March next year", date(2027, 3, 1), "month"),
    ("November", date(2025, 11, 1), "month"),
    ("December", date(2025, 12, 1), "month"),
    ("in December", date(2025, 12, 1), "month"),
    ("last December", date(2025, 12, 1), "month"),
    ("last January", date(2026, 1, 1), "month"),
    ("last February", date(2025, 2, 1), "month"),  # strictly before the publication month
    ("next February", date(2027, 2, 1), "month"),
    ("next June", date(2026, 6, 1), "month"),
    ("mid-January", date(2026, 1, 1), "month"),
    ("early February", date(2026, 2, 1), "month"),
    ("the end of January", date(2026, 1, 1), "month"),
    ("January 2025", date(2025, 1, 1), "month"),
    ("Sept. 2024", date(2024, 9, 1), "month"),
    ("February 4, 2026", date(2026, 2, 4), "day"),
    ("4 February 2026", date(2026, 2, 4), "day"),
    ("Wednesday, Feb. 4", date(2026, 2, 4), "day"),
    ("Feb. 4", date(2026, 2, 4), "day"),
    ("Feb 4th", date(2026, 2, 4), "day"),
    ("the 4th of February", date(2026, 2, 4), "day"),
    ("February 4-5", date(2026, 2, 4), "day"),
    ("Jan 22", date(2026, 1, 22), "day"),
    ("January 22", date(2026, 1, 22), "day"),
    ("November 13", date(2025, 11, 13), "day"),
    ("Sept. 30", date(2025, 9, 30), "day"),
    ("April 16", date(2026, 4, 16), "day"),  # nearest: 70 days ahead beats 295 behind
    ("September 15, 2024", date(2024, 9, 15), "day"),
    ("2026-02-04", date(2026, 2, 4), "day"),
    ("2024", date(2024, 1, 1), "year"),
    ("in 2019", date(2019, 1, 1), "year"),
    ("1965", date(1965, 1, 1), "year"),
    ("late 2025", date(2025, 1, 1), "year"),
    ("mid-2025", date(2025, 1, 1), "year"),
    ("the 2028 presidential", date(2028, 1, 1), "year"),
    ("two months ago", date(2025, 12, 1), "month"),
    ("three years ago", date(2023, 1, 1), "year"),
    ("a week ago", date(2026, 1, 26), "week"),
    ("two weeks ago", date(2026, 1, 19), "week"),
    ("3 days ago", date(2026, 2, 2), "day"),
    ("a couple of days ago", date(2026, 2, 3), "day"),
    ("more than a year ago", date(2025, 1, 1), "year"),
]


@pytest.mark.parametrize(("expression", "expected", "precision"), PAST_OR_NEAREST)
def test_resolves_against_thursday(expression, expected, precision):
    check(expression, THU, expected, precision)


# Same published Thursday, sentence in the future tense (future=True) or explicitly past.
WITH_TENSE = [
    ("Friday", True, date(2026, 2, 6)),
    ("Friday", False, date(2026, 1, 30)),
    ("Wednesday", True, date(2026, 2, 11)),
    ("Wednesday", False, date(2026, 2, 4)),
    ("Thursday", True, date(2026, 2, 5)),  # same weekday: the publication day itself
    ("Thursday", False, date(2026, 2, 5)),
    ("on Monday", True, date(2026, 2, 9)),
    ("last Tuesday", True, date(2026, 2, 3)),  # the qualifier beats the tense
    ("next Monday", False, date(2026, 2, 9)),
    ("April 16", True, date(2026, 4, 16)),
    ("April 16", False, date(2025, 4, 16)),
    ("August 10", True, date(2026, 8, 10)),
    ("Feb. 4", True, date(2026, 2, 4)),  # next year's is too far: the cue was wrong
    ("Feb. 6", False, date(2026, 2, 6)),  # last year's is too far
]


@pytest.mark.parametrize(("expression", "future", "expected"), WITH_TENSE)
def test_tense_picks_the_side_for_weekdays_and_days(expression, future, expected):
    check(expression, THU, expected, "day", future=future)


@pytest.mark.parametrize(
    ("expression", "future", "expected"),
    [
        ("December", True, date(2026, 12, 1)),
        ("in December", False, date(2025, 12, 1)),
        ("February", True, date(2026, 2, 1)),  # the publication month counts as on/after
        ("January", True, date(2027, 1, 1)),
        ("this December", None, date(2026, 12, 1)),
        ("June last year", True, date(2025, 6, 1)),  # an explicit year beats the tense
    ],
)
def test_tense_picks_the_side_for_months(expression, future, expected):
    check(expression, THU, expected, "month", future=future)


@pytest.mark.parametrize(
    ("expression", "published", "future", "expected", "precision"),
    [
        ("December 28", NEW_YEAR, None, date(2025, 12, 28), "day"),
        ("December 28", NEW_YEAR, True, date(2025, 12, 28), "day"),  # 360 days ahead: no
        ("January 5", NEW_YEAR, None, date(2026, 1, 5), "day"),
        ("December", NEW_YEAR, None, date(2025, 12, 1), "month"),
        ("last month", NEW_YEAR, None, date(2025, 12, 1), "month"),
        ("next month", date(2025, 12, 15), None, date(2026, 1, 1), "month"),
        ("two months ago", NEW_YEAR, None, date(2025, 11, 1), "month"),
        ("Thursday", NEW_YEAR, None, date(2026, 1, 1), "day"),
        ("last Friday", NEW_YEAR, None, date(2025, 12, 26), "day"),
        ("yesterday", NEW_YEAR, None, date(2026, 1, 1), "day"),
        ("Wednesday", WED, None, date(2026, 2, 4), "day"),
        ("Wednesday", WED, True, date(2026, 2, 4), "day"),
        ("Tuesday", WED, None, date(2026, 2, 3), "day"),
        ("Tuesday", WED, True, date(2026, 2, 10), "day"),
        ("last Wednesday", WED, None, date(2026, 1, 28), "day"),
        ("Feb. 29", LEAP, None, date(2024, 2, 29), "day"),
        ("Saturday", LEAP, None, date(2024, 3, 9), "day"),
        ("Sunday", LEAP, True, date(2024, 3, 10), "day"),
    ],
)
def test_other_anchors(expression, published, future, expected, precision):
    check(expression, published, expected, precision, future=future)


@pytest.mark.parametrize(
    "expression",
    [
        "nearly four-year",
        "four years",
        "the first day",
        "a second day",
        "the near future",
        "every 10 years",
        "every year since 2019",
        "annually",
        "the weekend",
        "recent weeks",
        "the past two years",
        "a few days ago",
        "decades ago",
        "between 2019 and 2021",
        "January to March",
        "Feb. 30, 2026",
        "June 45",
        "Wednesdays",
        "",
        "  ",
        "...",
    ],
)
def test_not_a_point_in_time(expression):
    assert resolve_date(expression, THU) is None


def test_february_29_without_a_leap_year_nearby_is_none():
    assert resolve_date("Feb. 29", date(2026, 2, 5)) is None


def test_result_is_frozen_and_keeps_the_text_as_written():
    found = resolve_date("  Wednesday\u2019s ", THU)
    assert found == ResolvedDate(date(2026, 2, 4), "day", "  Wednesday\u2019s ")
    with pytest.raises(AttributeError):
        found.precision = "month"  # type: ignore[misc]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were scheduled to take place at 10am in Muscat on Friday",
        "Talks are due to continue into a second day",
        "The special election is scheduled for April 16.",
        "The hearing has been scheduled for next week.",
        "The president will travel to Brussels on Monday.",
        "She\u2019ll testify on Tuesday.",
        "The ministers are set to meet in Geneva on Friday.",
        "The vote is set for Friday.",
        "The report is due on Friday.",
        "The company is expected to announce results on Thursday.",
        "He plans to visit Kyiv on Monday.",
        "The summit, slated for March, is the first in a decade.",
        "Fans are gathering ahead of the upcoming final.",
        "The summit is to be held in Rome in June.",
        "He said he would resign on Friday.",
        "Leaders are to meet in Paris on Sunday.",
        "Britain\u2019s prime minister is going to Washington.",
        "The court rules tomorrow.",
        "Elections take place next month.",
    ],
)
def test_future_tense_cues(sentence):
    assert is_future_tense(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rubio told reporters Wednesday",
        "US District Judge Cannon said in her Wednesday ruling",
        "The flight was cancelled due to heavy fog on Tuesday.",
        "The drop was largely due to lower demand.",
        "He stood next to the president on Monday.",
        "The next day, police arrested two men.",
        "She would have turned 80 on Friday.",
        "Protesters invoked the will of the people.",
        "Police said the suspect fled on foot.",
        "",
    ],
)
def test_not_future_tense(sentence):
    assert not is_future_tense(sentence)


def test_ten_thousand_expressions_well_under_a_second():
    expressions = [case[0] for case in PAST_OR_NEAREST] + ["the 1960s", "four years", "last spring", "the next day"]
    # distinct strings (trailing spaces/dots vary) so the word cache does not help
    batch = [f"{expressions[i % len(expressions)]}{' ' * (i % 97)}." for i in range(10_000)]
    assert resolve_date(batch[0], THU) is not None
    start = time.perf_counter()
    for expression in batch:
        resolve_date(expression, THU, future=False)
    assert time.perf_counter() - start < 0.5
