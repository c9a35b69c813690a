"""Hand-written sets for dates, annotated by hand and run through the scorer at floor-level figures.
Not copies of any article.

- tests/data/dates_handwritten_2.jsonl: 30 articles in styles the first set lacks (sport fixtures and
  results, company results, courts, obituaries, history, weather and travel, a live blog, UK
  day-month order, ranges, academic and fiscal years, Sunday and Monday publications that name last
  week's days, names holding month and day words, page furniture and numeric dates).
- tests/data/dates_handwritten_3.jsonl: 26 articles written and annotated before the system first
  read them (so unseen when first scored): wire, sport, business, science, live blogs and a
  timeline, published across 2021-2026; fiscal years, decades, ranges, "mid-2025", "next spring",
  "two weeks ago", "Monday night, Oct. 27", times with time zones, "on the 3rd", a weekday and date
  of another year ("In 2020, ... on Saturday, Nov. 7"), and names that hold month, weekday and
  season words (April Ryan, Mark May, May Chen, Jan Smith, Dan Friday, Sarah Winter, Amy March,
  the Sunday Times).
- tests/data/dates_handwritten_4.jsonl: 16 more articles written the same way, later (crime, college
  recruiting, a product launch, a weekend events list, UK by-elections, results, a storm, an
  obituary, a streaming premiere, holiday shopping, a trial's results, New Year's Eve, the
  Olympics, a war's first day; names such as Will Friday, Ray Monday, Jan Summer, June Okafor).
- tests/data/dates_handwritten_5.jsonl: 18 more, written and annotated before the system read them
  (first score: value right 0.932, 2 spurious): fixtures and results, an earnings calendar ("the
  quarter ended Sept. 30", "fiscal 2025", "Q3"), court dates, an events listing ("Wed 5 June",
  "Sat., Oct. 11"), anniversaries ("Fifty years ago today"), ranges, durations that are no dates
  ("for three days", "24 hours"), years in names ("Windows 11", "COVID-19", "Vision 2030", "the Class
  of 2024"), times ("9 a.m. ET"), UK forms ("3rd February", "20/02/2024"), relative phrases ("a week
  from Friday", "late last month", "This time last year") and words that are no dates ("may", "march",
  the Sun, the Sunday Times, Sam Sunday, May Ellis, Ann March).
- tests/data/dates_handwritten_6.jsonl: 15 more, written and annotated before the system read them
  (first score: value right 0.923, 4 spurious): names and titles holding month, weekday and number
  words (Theresa May, June Carter Cash and a film called "June", the March for Our Lives, March
  Madness, Ray Tuesday, Jalen April, Coach Dale Easter, Article 50, Section 230, iPhone 15, Route 66,
  Super Bowl LVII, Agenda 2030, the National September 11 Memorial, 9/11, G20, 24/7), scores, clock
  times, money and addresses, "FY2024" and "Q3", Black Friday a week after the next Friday, a
  correction naming the wrong date, a live blog, a fixtures list, a hearing "moved to June 3", "can
  comment until Tuesday", two "on Monday"s a week apart, a quoted "next year" said in 2021, and years
  that describe a thing in a present clause ("Legislation from 1965 still bars").
- tests/data/dates_handwritten_8.jsonl: 15 more, written and annotated before the system read them
  (first score: value right 0.941, 0 spurious), published on every weekday: sports previews and reports,
  UK politics, a US court, earnings, rail disruption, culture listings, a live blog, a wire story, an
  obituary, a science embargo; weekdays on present-tense verbs ("joins the squad on Friday", "Drivers walk
  out on Thursday", "returns on Thursday", "arrives Tuesday"), in participles and relative clauses
  ("acquired from Denver on Tuesday", "which reported on Tuesday"), possessives ("after Saturday's
  defeat", "Tuesday's trip" on a Tuesday), counts that restate a day ("on Monday, two days after
  Saturday's defeat"), reported speech, the publication's own weekday, bare years in past clauses ("which
  listed in London in 1998", "since 2015") and an embargo line in capitals.
- tests/data/dates_handwritten_9.jsonl: 15 more, written and annotated before the system read them (first score:
  value right 0.934, 3 spurious; on the briefing path 0.876, 4 spurious), published on every weekday: a council vote,
  a UK crown court, earnings and a deal "expecting to close on March 1" said in October, Black Friday and Cyber
  Monday (this year's and last year's), a streaming premiere, a World Cup preview, a heatwave live blog, a band's
  tour with a Monday's caption of the weekend, an election with "the 2020 election", a health study, an obituary, an
  Australian road repair ("autumn next year"), a hurricane's extended deadline, a recruiting commitment; names that
  hold date words (April Dunn, Mark May, Kyle Summers, Judge Helen Friday, Grace Winter, June Abara, Rosa August,
  The Velvet Mondays, Tom Spring, Dwight Easter, Dr. Ingrid March, Edith Sunday, Joan Winters, Jalen Summer).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirebrief import pipeline
from wirebrief.config import Settings
from wirebrief.evaluation import annotations

DATA = Path(__file__).parent / "data"
SETS = ["dates_handwritten_2.jsonl", "dates_handwritten_3.jsonl", "dates_handwritten_4.jsonl", "dates_handwritten_5.jsonl", "dates_handwritten_6.jsonl", "dates_handwritten_8.jsonl", "dates_handwritten_9.jsonl"]


@pytest.fixture(scope="module", params=SETS)
def handwritten(request):
    path = DATA / request.param
    return path, annotations.score_file(path, lambda documents: pipeline.annotate_documents(documents, Settings()))


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_well_formed(name):
    rows = annotations.load(DATA / name)
    assert len(rows) >= 15 and sum(len(row["dates"]) for row in rows) >= 100
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert row["published"] and row["published_reliable"], row["id"]
        for found in row["dates"]:
            assert found["expression"] in found["sentence"] and found["sentence"] in row["text"], (row["id"], found)


def test_dates_get_their_value_and_no_name_is_read_as_a_date(handwritten):
    path, scores = handwritten
    found = scores["dates"]
    assert found["accuracy"] >= 0.95, (path.name, scores["examples"]["wrong date"])
    assert found["precision"] >= 0.98, (path.name, scores["examples"]["wrong date"])
    assert found["spurious"] <= 2, (path.name, scores["examples"]["spurious date"])


def test_set_6_meets_the_floor_with_no_spurious_date():
    """The floor the dev file's halves must meet, on the set written for names that hold date words:
    value right >= 0.95 and no date read from a name (nor any other spurious one)."""
    path = DATA / "dates_handwritten_6.jsonl"
    scores = annotations.score_file(path, lambda documents: pipeline.annotate_documents(documents, Settings()))
    assert scores["dates"]["accuracy"] >= 0.95, scores["examples"]["wrong date"]
    assert scores["dates"]["spurious"] == 0, scores["examples"]["spurious date"]
