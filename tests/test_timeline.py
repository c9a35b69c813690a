"""Timeline entries: a sentence gives one entry at most, dated by the event its main clause reports;
a wire's dateline gives the story's day, from which its relative dates count, and dates no event.
Hand-made wires modelled on AP, Reuters, AFP and press-release copy."""

from datetime import date

import pytest

from wirebrief import compose
from wirebrief.annotate import annotate
from wirebrief.config import DEFAULT_MODEL
from wirebrief.models import Document
from wirebrief.pipeline import brief_text
from wirebrief.segment import filed_on, split_document

PASTED = date(2026, 2, 5)  # a Thursday: the day the digest was pasted


@pytest.mark.parametrize(
    ("opening", "filed"),
    [
        ("CARROW, Jan. 28 — Coastguard teams searched", date(2026, 1, 28)),  # AP style, no year: the year near pasting
        ("CARROW, March 5 — Coastguard teams searched", PASTED),  # 28 days ahead or 337 behind: the paste date kept
        ("LONDON, Feb 4 (Reuters) - Britain's economy", date(2026, 2, 4)),
        ("NEW YORK, Feb. 6 (Reuters) - Stocks", date(2026, 2, 6)),  # a day after pasting: a day of slack
        ("NEW YORK, Feb. 9 (Reuters) - Stocks", date(2026, 2, 9)),  # a few days ahead: time zones, late pastes
        ("NEW YORK, Feb. 20 (Reuters) - Stocks", PASTED),  # two weeks ahead, or a year before: neither
        ("LONDON, March 3, 2027 (Reuters) - Stocks", PASTED),  # a year given, but in the future
        ("Feb 3 (Reuters) - Oil prices rose", date(2026, 2, 3)),  # no place: the agency after the date
        ("DUBLIN, Feb. 2, 2026 /PRNewswire/ -- Northwind", date(2026, 2, 2)),  # a year given is kept
        ("COLUMBUS, Ohio, Oct. 7, 2025 /PRNewswire/ -- Greenfield", date(2025, 10, 7)),
        ("AUSTIN, Texas, Jan. 12, 2026 (GLOBE NEWSWIRE) -- Acme", date(2026, 1, 12)),
        ("Paris, May 10 — Talks resumed", date(2025, 5, 10)),
        ("Subheadline without a full stop\n\nLONDON, Feb 4 (Reuters) - Britain", date(2026, 2, 4)),
    ],
)
def test_a_dated_dateline_gives_the_day_the_story_was_filed(opening, filed):
    found = filed_on(opening, PASTED)
    assert found is not None and found[0] == filed
    assert opening[found[2] :][:1].isupper()  # the dateline ends where the story's words begin


@pytest.mark.parametrize(
    "opening",
    [
        "KYIV, Ukraine (AP) — Ukrainian drones struck",  # a dateline without a date
        "PARIS (AFP) - France's prime minister",
        "March 3 — Police opened the road",  # a date and a dash, no place or agency: a list's entry
        "WHAT, May 10 — nothing",
        "SAN FRANCISCO, Feb. 29 - no such day near",
        "Police said on March 3 that the road was open.",
        # a timeline's line is no dateline: a weekday or "Updated" is no place, a weekday no agency
        "Friday, Feb. 6 — Protesters gathered outside",
        "The storm hit on Friday.\n\nFriday, Feb. 6 — Protesters gathered outside",
        "February 3 (Tuesday) - Voters went to the polls",
        "Updated, Feb. 4 — The council voted",
        "Posted, Feb. 4 — The council voted",
        # a dateline in the second paragraph only after a subheadline, not after a sentence
        "The storm hit on Friday.\n\nLONDON, Feb 4 (Reuters) - Britain's economy",
    ],
)
def test_no_dated_dateline_no_filing_day(opening):
    assert filed_on(opening, PASTED) is None


def test_a_dateline_near_the_turn_of_a_year_takes_the_nearer_year():
    assert filed_on("CARROW, Dec. 2 — Teams searched", date(2026, 11, 30))[0] == date(2026, 12, 2)
    assert filed_on("CARROW, Jan. 2 — Teams searched", date(2026, 12, 31))[0] == date(2027, 1, 2)
    assert filed_on("CARROW, Dec. 30 — Teams searched", date(2027, 1, 2))[0] == date(2026, 12, 30)


def test_a_dateline_without_a_year_needs_a_publication_date():
    assert filed_on("CARROW, March 5 — Teams searched", None) is None
    assert filed_on("DUBLIN, March 2, 2026 /PRNewswire/ -- Acme", None)[0] == date(2026, 3, 2)


def test_a_digest_story_is_published_on_its_datelines_day():
    text = (
        "Oil climbs on supply worries\n\n"
        "Feb 3 (Reuters) - Oil prices rose on Tuesday after producers signalled further cuts.\n\n"
        "Brent crude gained 2%.\n\n"
        "Acme Opens Office in Dublin\n\n"
        "New site will hire 200 people\n\n"
        "DUBLIN, March 2, 2025 /PRNewswire/ -- Acme Corp. today announced the opening of its Dublin office.\n\n"
        "The office will employ 200 people.\n\n"
        "Council approves tram line\n\n"
        "The council approved a tram line on Monday.\n\n"
        "Construction will start in March."
    )
    articles = split_document(Document(id="d", origin="<text>", text=text, published=PASTED))
    assert [a.published for a in articles] == [date(2026, 2, 3), date(2025, 3, 2), PASTED]


def _annotated(text: str, *, parse_all: bool):
    [article] = split_document(Document(id="t", origin="<text>", text=text, published=PASTED, single_article=True))
    [annotated] = annotate([article], DEFAULT_MODEL, select=None if parse_all else compose.worth_parsing)
    return annotated


def _event_dates(text: str, opening: str, *, parse_all: bool):
    """The date the timeline would give the sentence opening on `opening`, and all the dates found in it."""
    annotated = _annotated(text, parse_all=parse_all)
    [s] = [s for s in annotated.sentences if s.sentence.text.startswith(opening)]
    chosen = compose._event_date(s)
    return (chosen.resolved.value if chosen else None), [m.resolved.value for m in s.dates]


KAYAKER = (
    "Police search for missing kayaker off Carrow Point\n\n"
    "CARROW, Jan. 28 — Coastguard teams and a lifeboat crew searched the sea off Carrow Point on Tuesday for a kayaker "
    "who failed to return from a trip on Monday evening.\n\n"
    "The man, 34, set off from Harbour Beach alone, police said. His family raised the alarm when he did not come home.\n\n"
    "A helicopter joined the search at first light, the coastguard said."
)
TRADE = (
    "Trade deficit narrows as exports rise\n\n"
    "LONDON, April 14 (Reuters) - The country's trade deficit narrowed to $3.4 billion in March from $5.1 billion in February, "
    "the statistics office said on Monday.\n\n"
    "Exports rose 4% on the month, led by machinery and pharmaceuticals. Imports fell for a second month.\n\n"
    "Economists polled by Reuters had expected a deficit of $4.2 billion."
)
PLANT = (
    "Carmaker to close Sunderland plant\n\n"
    "The carmaker said on Monday that it would close its Sunderland plant in March, cutting 1,200 jobs.\n\n"
    "Unions called the decision a betrayal of the workforce and said they would ballot members."
)
ARRESTS = (
    "Man charged over warehouse fire\n\n"
    "Detectives arrested a 41-year-old man on Saturday and charged him on Sunday with arson.\n\n"
    "The fire destroyed a warehouse in the town's industrial estate. No one was hurt."
)
AP_UNDATED = (
    "Russian strike hits Kharkiv apartment block\n\n"
    "KHARKIV, Ukraine (AP) — A Russian guided bomb hit an apartment building in Kharkiv on Tuesday, killing four people, "
    "regional officials said.\n\n"
    "Rescuers searched the rubble through the night."
)
ATTRIBUTED = (
    "Drones hit oil depot\n\n"
    "KYIV, Ukraine (AP) — Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, setting fuel tanks on fire, "
    "a Ukrainian security official said Tuesday.\n\n"
    "The official said the depot supplied Russian units."
)
REPORTED = (
    "Tape shows pressure on election officials\n\n"
    "The governor made a phone call in November 2020 in which he pressed two officials not to certify the result, "
    "according to a report by the Harbour Gazette late on Thursday.\n\n"
    "His spokesman did not answer questions about the call."
)
STOPGAP = (
    "President says he will sign stopgap bill\n\n"
    "The president said Wednesday he would sign a stopgap spending bill to keep the government open through March, "
    "ending days of uncertainty.\n\n"
    "Ferry crossings to the islands are cancelled until Saturday morning, the operator said.\n\n"
    "The team bounced back after Sunday's defeat with a win at home."
)
PRESS = (
    "Northwind Analytics Opens European Headquarters in Dublin\n\n"
    "New office will create 200 jobs over the next three years\n\n"
    "DUBLIN, Feb. 2, 2026 /PRNewswire/ -- Northwind Analytics, a provider of forecasting software, today announced the "
    "opening of its European headquarters in Dublin.\n\n"
    "The office will serve as the company's base for sales in Europe."
)


@pytest.mark.parametrize("parse_all", [True, False], ids=["parsed", "skimmed"])
@pytest.mark.parametrize(
    ("text", "opening", "expected"),
    [
        # the dateline's day is the story's (Wednesday 28 January 2026): "on Tuesday" is the day before, the
        # dateline dates nothing, and the kayaker's Monday is a relative clause's
        (KAYAKER, "CARROW", "2026-01-27"),
        # not the comparison's February, not the saying's Monday (counted from the dateline's 14 April 2025)
        (TRADE, "LONDON", "2025-03"),
        # a saying's day beside the date of what was said: the latter
        (PLANT, "The carmaker", "2026-03"),
        # two events of different days in one main clause: which one? none
        (ARRESTS, "Detectives", None),
        # a dateline without a date: the publication date anchors
        (AP_UNDATED, "KHARKIV", "2026-02-03"),
        # the day of a saying closing the sentence dates the saying, not the strike it reports
        (ATTRIBUTED, "KYIV", None),
        # "today" in a press release is its dateline's day
        (PRESS, "DUBLIN", "2026-02-02"),
        # the day of the report a closing "according to" cites is not the call's
        (REPORTED, "The governor", "2020-11"),
        # a bound of what happens ("through March", "until Saturday", "after Sunday's defeat") dates no event:
        # the saying's day is the sentence's, and alone a bound gives no entry
        (STOPGAP, "The president", "2026-02-04"),
        (STOPGAP, "Ferry crossings", None),
        (STOPGAP, "The team bounced", None),
    ],
    ids=["kayaker", "trade", "plant", "arrests", "ap-undated", "attributed", "press-release", "according-to", "through", "until", "after"],
)
def test_a_sentence_is_dated_by_the_event_its_main_clause_reports(text, opening, expected, parse_all):
    chosen, found = _event_dates(text, opening, parse_all=parse_all)
    assert chosen == expected, found


def test_a_saying_alone_dates_the_sentence_when_it_opens_it():
    text = (
        "Zelenskyy warns of air defence shortage\n\n"
        "KYIV, Ukraine (AP) — President Volodymyr Zelenskyy said Tuesday that Ukraine's shortage of air defense systems "
        "had become critical and urged allies to send more batteries.\n\n"
        "He spoke after a night of missile strikes."
    )
    for parse_all in (True, False):
        assert _event_dates(text, "KYIV", parse_all=parse_all)[0] == "2026-02-03"


def test_a_briefing_gives_each_sentence_one_timeline_entry_at_most():
    for text in (KAYAKER, TRADE, PLANT, ARRESTS, PRESS):
        [briefing] = brief_text(text, published=PASTED)
        cited = [e.statement.citations for e in briefing.timeline]
        assert len(cited) == len(set(cited)), briefing.timeline
    [kayaker] = brief_text(KAYAKER, published=PASTED)
    assert [e.date for e in kayaker.timeline] == [date(2026, 1, 27)]


@pytest.mark.parametrize("parse_all", [True, False], ids=["parsed", "skimmed"])
def test_what_each_date_is_in_its_sentence(parse_all):
    text = (
        "Carmaker faces claims\n\n"
        "LONDON, Feb 4 (Reuters) - The carmaker has sold the feature since 2016, the regulator said on Tuesday.\n\n"
        "Sales fell 3% compared with January, and the firm said on Monday it would cut prices in March."
    )
    annotated = _annotated(text, parse_all=parse_all)
    roles = {m.resolved.text: m.role for s in annotated.sentences for m in s.dates}
    assert roles == {"Feb 4": "dateline", "2016": "event", "Tuesday": "attribution", "January": "comparison", "Monday": "reporting", "March": "event"}
    assert not annotated.sentences[0].dates[0].dates_event  # the dateline's day dates no event


@pytest.mark.parametrize(
    ("sentence", "expression", "role"),
    [
        ("The deficit narrowed to $3.4 billion in March from $5.1 billion in February.", "February", "comparison"),
        ("Unemployment rose to 4.3% from 4.1% in January.", "January", "comparison"),
        ("Sales were up 3% compared with the same month in 2024.", "2024", "comparison"),
        ("Prices rose 2% against 1.5% in May.", "May", "comparison"),
        ("Output rose 2% from a year earlier in March.", "March", "event"),  # March's output is the news
        ("The firm cut more than 1,000 jobs in March.", "March", "event"),
        ("The road will be closed from 10am on Monday.", "Monday", "event"),  # a clock time is no figure
        ("Police said on Monday that the road was open.", "Monday", "reporting"),
        ("The road reopened, police said on Monday in a statement.", "Monday", "attribution"),
        ("The road reopened, and police said on Monday it would stay open.", "Monday", "reporting"),
        ("Ingrid Dahl will step down, the company said on Friday, ending an 11-year tenure.", "Friday", "attribution"),
        ("The road has been closed since Monday, police said.", "Monday", "event"),
        # "versus" compares figures, not teams; a figure ends on a digit; an ordinal is no figure
        ("The Lakers host a game versus Boston on Friday.", "Friday", "event"),
        ("Arsenal play at home vs. Chelsea on Sunday.", "Sunday", "event"),
        ("Sales rose 4% versus 3.1% in January.", "January", "comparison"),
        ("The museum, closed from 2019, reopened on Saturday.", "Saturday", "event"),
        ("The striker scored twice from the 60th minute on Saturday.", "Saturday", "event"),
        # a place or a means between the saying and its day
        ("Smith resigned, the company said in a statement on Friday.", "Friday", "attribution"),
        ("Talks failed, the minister told reporters in Brussels on Friday.", "Friday", "attribution"),
        ("The minister said in Kyiv the talks end on Friday.", "Friday", "event"),
    ],
)
def test_what_a_date_is_read_from_the_words(sentence, expression, role):
    from wirebrief.annotate.dating import _role

    start = sentence.index(expression)
    assert _role(sentence, (start, start + len(expression))) == role


def test_a_lone_past_date_outside_the_main_clause_dates_no_entry_and_an_upcoming_one_does():
    """"Owner Tom Gores spent big to hire Williams, who took the Suns to the Finals in 2021": the hiring
    was not in 2021. "…, which is expected to rule on February 12" is an event to come."""
    from datetime import date
    from wirebrief.config import Settings
    from wirebrief.models import Document
    from wirebrief.pipeline import brief_documents
    text = ("Owner Tom Gores spent big to hire Monty Williams, who took the Phoenix Suns to the NBA Finals in 2021. "
            "The project still needs a licence from the river authority, which is expected to rule on February 12.")
    document = Document(id="t", origin="test", text="Pistons hire a coach\n\n" + text, published=date(2026, 2, 5), single_article=True)
    timeline = brief_documents([document], Settings())[0].briefing.timeline
    assert [(e.date.isoformat(), e.statement.text[:20]) for e in timeline] == [("2026-02-12", "The project still ne")]
