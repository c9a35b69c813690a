"""Dates in the lines the segmenter takes out of a story (picture captions, correction and amendment notes, a
live blog's stamps): the full annotation (`pipeline.annotate_documents` without `select`, what `wirebrief annotate`
prints and `wirebrief eval annotations` scores) lists them, marked `"furniture": true`; a briefing never sees those
lines, nor its timeline their dates, and the briefing path's annotation leaves them alone."""

from __future__ import annotations

import functools
from datetime import date, datetime, timezone

import pytest

from wirebrief import compose, pipeline, segment
from wirebrief.config import Settings
from wirebrief.models import Document
from wirebrief.render import annotation_row

# A US paper's page: byline and stamp, a wire-style dateline, an AP caption with its own day, a correction note.
HARBOR = """Harbor board approves $4.1 million dredging contract

By Leo Marsh, Staff Writer
Published 6:12 p.m. ET March 12, 2025

PORTSMOUTH, N.H. — The Piscataqua Harbor Board voted 5-2 on Wednesday to award a $4.1 million dredging contract to Coastline Marine, ending a dispute that had delayed the work for two years.

Dredgers working the channel off Pierce Island on Monday, March 10, 2025. (AP Photo/Dana Welch)

The board's chair, Ruth Okafor, said the channel had silted up so badly that fuel barges could enter only at high tide. "We cannot wait another season," she said.

The work is due to begin in May and finish before the end of September, according to the contract.

Correction, March 13, 2025: An earlier version of this story gave the wrong vote count. The board voted 5-2, not 6-1."""

# A British page: the stamp a Guardian-like site prints, a caption in the present tense with a bare weekday and a
# credit after it, an amendment note at the foot.
FLOOD = """Villagers count the cost as river bursts its banks again

Mon 17 Mar 2025 18.40 GMT

Residents of Tewkesbury began clearing mud from their homes on Saturday after the River Avon burst its banks for the second time this winter.

Residents queue for sandbags outside the town hall in Tewkesbury on Friday. Photograph: Ana Lima/Reuters

The Environment Agency said three flood warnings remained in place and more rain was forecast for Monday.

"It is heartbreaking to go through this twice," said councillor Priya Nandi.

This article was amended on 18 March 2025 to correct the spelling of Priya Nandi's name."""

# A caption whose subject is "pictured" in a month, and an editor's note correcting a year.
MILL = """Old Calder mill to become flats after decade of decay

Plans to convert the derelict Calder Bridge mill into 84 flats were approved by Kirklees councillors on Thursday.

The Grade II-listed mill, pictured in August 2021, has stood empty since the last textile firm left. Picture: Calder Heritage Trust

The developer, Pennine Homes, said work would start in the autumn.

Editor's note: An earlier version of this story said the mill closed in 2011. It closed in 2013."""

# A live blog: times over its posts; no time of day is a date.
LIVE = """Live: Storm Ffion latest as power cuts hit thousands

09:12

The Met Office has issued an amber warning for wind across Northern Ireland, valid until 6pm.

11:40

NIE Networks said about 40,000 homes were without power by late morning.

14:05

Crews expect to restore power to most homes by Friday, NIE Networks said."""

# A story on a man named Friday: the caption's "Friday" and "Friday's" are his, no day.
FRIDAY = """Darnell Friday signs with Lakeport after record season

Lakeport Community College signed point guard Darnell Friday on Tuesday, ending a recruitment race that drew offers from 11 schools.

Darnell Friday, centre, with his mother, Grace Friday, and coach Ray Albers at his signing ceremony. (Photo: Lakeport Ledger)

Editor's note: An earlier version of this story misstated Friday's age. He is 19.

Friday averaged 24 points a game last season, the most in the conference."""


# Under the story: a stamp with no day, the copyright line, and a link to another story with its own month.
PORT = """Port strike talks collapse as union walks out

Members of the Maritime Union walked out of talks with Coastlink on Tuesday, raising the prospect of a strike at Port Botany.

The union's national secretary, Tom Reilly, said the company had refused to discuss automation. "We came to negotiate, they came to dictate," he said.

Coastlink said it remained open to further talks.

Updated 3 hours ago

© 2026 Harbour Media Pty Ltd. All rights reserved.

Also read: Coastlink posted record profit in February, filings show"""


def _document(text: str, published: date, number: int = 0) -> Document:
    return Document(id=f"furniture-{number}", origin="test", text=text, published=published, single_article=True)


@functools.cache
def _full(text: str, published: date) -> dict:
    (notes,) = pipeline.annotate_documents([_document(text, published)], Settings())
    return annotation_row(notes)


def _furniture(row: dict) -> dict[str, str]:
    return {d["expression"]: d["value"] for d in row["dates"] if d.get("furniture")}


def _briefed(text: str, published: date):
    (briefed,) = pipeline.brief_documents([_document(text, published)], Settings(), generated_at=datetime(2026, 1, 1, tzinfo=timezone.utc))
    return briefed


def _briefing_text(briefed) -> str:
    b = briefed.briefing
    statements = [*b.story, *b.key_points, *b.key_takeaways, *b.impact_analysis, *b.whats_new, *(e.statement for e in b.timeline)]
    return "\n".join([s.text for s in statements] + [e.text for e in b.timeline] + [s.text for s in briefed.sentences])


# The lines the segmenter took out, without a model ---------------------------------------------------------


def test_removed_lines_keep_the_page_order_and_leave_the_story_alone():
    document = _document(HARBOR, date(2025, 3, 12))
    articles = segment.split_document(document)
    (lines,) = segment.removed_lines(document, articles)
    assert lines == (
        "By Leo Marsh, Staff Writer",
        "Published 6:12 p.m. ET March 12, 2025",
        "Dredgers working the channel off Pierce Island on Monday, March 10, 2025. (AP Photo/Dana Welch)",
        "Correction, March 13, 2025: An earlier version of this story gave the wrong vote count. The board voted 5-2, not 6-1.",
    )
    assert not any(line in articles[0].text for line in lines)


def test_removed_lines_of_a_digest_go_to_the_story_they_stood_in():
    digest = (
        "Council freezes parking fees\n\nThe city council voted on Monday to freeze parking fees until 2027, citing a fall in "
        "visitors to the high street since the pandemic.\n\nShoppers on Bridge Street on Saturday. Photograph: Tom Reyes\n\n"
        "Members said the freeze would cost about £300,000 a year in lost revenue.\n\n"
        "***\n\n"
        "Library to reopen after flood repairs\n\nThe central library will reopen on 2 June after repairs to its basement, "
        "which flooded in January, the council said on Tuesday.\n\nThe library's basement after the flood in January. (Council photo)\n\n"
        "Its archive of local newspapers was moved to Leeds during the works."
    )
    document = Document(id="digest", origin="test", text=digest, published=date(2026, 3, 4))
    articles = segment.split_document(document)
    assert [a.title for a in articles] == ["Council freezes parking fees", "Library to reopen after flood repairs"]
    assert segment.removed_lines(document, articles) == [
        ("Shoppers on Bridge Street on Saturday. Photograph: Tom Reyes",),
        ("The library's basement after the flood in January. (Council photo)",),
    ]


def test_briefings_read_back_have_no_furniture():
    text = ("Tue Feb 03 10:00:00 UTC 2026: # Council freezes fees\n\nThe Story:\nThe council froze parking fees on Monday.\n\n"
            "Timeline:\n2026-02-02: The council froze parking fees.\n\nSources:\n[1] Example News\n")
    document = Document(id="briefing", origin="test", text=text)
    assert segment.removed_lines(document, segment.split_document(document)) == [()]


@pytest.mark.parametrize(
    "line, published, stamp",
    [
        ("Published 6:12 p.m. ET March 12, 2025", None, True),
        ("Published Oct. 18, 2024, 6:12 p.m. CT | Updated 9:40 p.m. CT", None, True),
        ("By Jessica Trammell | April 10, 2026", None, True),
        ("Mon 17 Mar 2025 18.40 GMT", date(2025, 3, 17), True),
        ("Wednesday, November 16, 2022", date(2022, 11, 16), True),
        ("Tuesday, November 15, 2022", date(2022, 11, 16), True),  # a day off: the page's clock and the feed's differ
        # rival readings: lines that say more than when the page was published
        ("Correction, March 13, 2025: An earlier version of this story gave the wrong vote count.", None, False),
        ("Saturday 10 June, 6pm: Centenary dinner, Kurow Memorial Hall", None, False),
        ("Dredgers working the channel on Monday, March 10, 2025. (AP Photo/Dana Welch)", None, False),
        # a date alone that is not the page's day: a live blog's heading over an earlier day's posts
        ("Thursday 13 March 2025", date(2025, 3, 17), False),
    ],
)
def test_publication_stamps(line, published, stamp):
    assert segment.is_publication_stamp(line, published) is stamp


# The full path lists them; a briefing never sees them ---------------------------------------------------------


def test_caption_and_correction_dates_are_found_on_the_full_path():
    row = _full(HARBOR, date(2025, 3, 12))
    assert _furniture(row) == {"Monday, March 10, 2025": "2025-03-10", "March 13, 2025": "2025-03-13", "March 12, 2025": "2025-03-12"}
    # the body's own dates are there as before; the stamp under the byline gives the day it writes, marked as a stamp
    body = {d["expression"]: d["value"] for d in row["dates"] if not d.get("furniture")}
    assert body.get("Wednesday") == "2025-03-12"
    assert [d["expression"] for d in row["dates"] if d.get("stamp")] == ["March 12, 2025"]
    assert all(d.get("furniture") for d in row["dates"] if "Published" in d["sentence"])


def test_a_present_tense_caption_tells_of_the_last_such_day():
    row = _full(FLOOD, date(2025, 3, 17))  # a Monday
    assert _furniture(row) == {"Friday": "2025-03-14", "18 March 2025": "2025-03-18", "Mon 17 Mar 2025": "2025-03-17"}


def test_a_month_a_subject_is_pictured_in_and_an_editors_note():
    row = _full(MILL, date(2026, 2, 13))
    found = _furniture(row)
    assert found.get("August 2021") == "2021-08"
    assert found.get("2013") == "2013"
    assert "2011" not in found or found["2011"] == "2011"  # the year the note corrects is a year as written, never another


# Stamps as sites print them: the days they write are listed as written, whatever the page's given day; a stamp
# with no whole day ("Updated 3 hours ago"), a live blog's heading over another day's posts and a listing are no stamp.
STAMPS = """Ferry operator fined over cancelled sailings

By Morag Lindsay and Euan Petrie
Updated 09:42 BST, Thursday 14 August 2025 | First published Wed 13 Aug 2025 18.05 BST

Caledonian Ferries was fined £250,000 on Wednesday for cancelling 140 sailings without notice last summer.

Concert: Friday 6 June 2025, 7.30pm, Royal Hall

The operator said it would appeal."""


def test_a_stamp_gives_the_days_it_writes_marked_as_a_stamp():
    row = _full(STAMPS, date(2025, 8, 14))
    stamped = {d["expression"]: d["value"] for d in row["dates"] if d.get("stamp")}
    assert stamped == {"Thursday 14 August 2025": "2025-08-14", "Wed 13 Aug 2025": "2025-08-13"}
    assert all(d.get("furniture") for d in row["dates"] if d.get("stamp"))
    assert not any(d.get("stamp") for d in _full(PORT, date(2026, 6, 8))["dates"])  # "Updated 3 hours ago": no day


@pytest.mark.parametrize("line", [
    "First published in 2019, the book has sold 400,000 copies.",
    "First posted on Reddit in 2019, the video has 40 million views.",
])
def test_a_sentence_opening_on_a_stamps_words_is_no_stamp(line):
    assert not segment.is_clutter(line)


def test_a_stamp_reaches_no_briefing():
    written = _briefing_text(_briefed(STAMPS, date(2025, 8, 14)))
    assert "First published" not in written and "BST" not in written


def test_a_related_link_dates_its_story_and_a_copyright_year_or_an_age_stamp_none():
    row = _full(PORT, date(2026, 6, 8))
    assert _furniture(row) == {"February": "2026-02"}


def test_live_blog_times_give_no_date():
    row = _full(LIVE, date(2025, 3, 13))
    assert _furniture(row) == {}
    assert all(":" not in d["expression"] for d in row["dates"])


def test_a_weekday_the_story_uses_as_a_name_is_no_date_in_its_furniture():
    row = _full(FRIDAY, date(2025, 11, 13))
    assert _furniture(row) == {}
    body = {d["expression"]: d["value"] for d in row["dates"] if not d.get("furniture")}
    assert body.get("Tuesday") == "2025-11-11"


@pytest.mark.parametrize("text, published", [(HARBOR, date(2025, 3, 12)), (FLOOD, date(2025, 3, 17)), (MILL, date(2026, 2, 13))])
def test_furniture_never_reaches_a_briefing(text, published):
    briefed = _briefed(text, published)
    written = _briefing_text(briefed)
    (lines,) = segment.removed_lines(_document(text, published), [briefed.article])
    assert lines
    for line in lines:
        assert line not in written
    furniture = {d["value"] for d in _full(text, published)["dates"] if d.get("furniture")}
    body = {d["value"] for d in _full(text, published)["dates"] if not d.get("furniture")}
    assert not {event.date.isoformat() for event in briefed.briefing.timeline} & (furniture - body)


def test_the_briefing_path_leaves_furniture_alone():
    (notes,) = pipeline.annotate_documents([_document(HARBOR, date(2025, 3, 12))], Settings(), select=compose.worth_parsing)
    assert notes.furniture == ()
    assert not any(d.get("furniture") for d in annotation_row(notes)["dates"])


# A caption's day and the article's names: only a name's evidence (a person's given name or title, the recogniser's
# person, club or place) takes a weekday or month word out of the captions; a holiday ("Black Friday", "Super
# Tuesday"), a body before the day ("The U.S. Senate Tuesday approved"), a sentence's first word ("Later Tuesday")
# or an owner ("Labour's March budget") is none, and a line that says the day as a date ("on Friday") keeps it.
BLACK_FRIDAY = """Shoppers flock to stores for Black Friday deals

NEW YORK — Shoppers packed stores across the country as retailers rolled out Black Friday discounts, but spending growth slowed, a payments tracker said on Saturday.

Customers wait outside a Macy's store in New York on Friday. Photograph: Kim Ray/Reuters

Online sales rose 4% from a year earlier, Adobe Analytics said."""

SENATE = """Senate passes stopgap funding bill

WASHINGTON (AP) — The U.S. Senate Tuesday approved a stopgap bill to keep the government open through September, sending it to the House.

Senators leave the chamber after the vote on Tuesday. (AP Photo/J. Scott Applewhite)

The House is expected to vote on the measure later this week."""

SUPER_TUESDAY = """Turnout surges as Virginia votes on Super Tuesday

RICHMOND, Va. — Later Tuesday, election officials in Virginia reported the highest primary turnout in two decades as Super Tuesday voting drew long lines.

Voters line up outside a polling station in Richmond on Tuesday. (AP Photo/Steve Helber)

Results are expected to be certified next week."""

BUDGET = """Reeves defends tax rises as growth slows

The chancellor, Rachel Reeves, on Tuesday defended the tax rises in Labour's March budget, saying they had steadied the public finances.

Rachel Reeves delivering her budget statement in March. Photograph: Stefan Rousseau/PA

The Office for Budget Responsibility cut its growth forecast for this year to 1.1%."""

# rival: the story's player is named Sunday, and the caption names him, no day
SUNDAY = """Ashby sign striker Tom Sunday from Leek

Ashby Town signed striker Tom Sunday on Wednesday after his 31 goals for Leek Rangers last season.

Tom Sunday, left, with manager Alan Pike at the club's training ground. Photograph: Ashby Town FC

Sunday said he had wanted to play for his home-town club since he was a boy."""


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (BLACK_FRIDAY, date(2025, 11, 29), {"Friday": "2025-11-28"}),
        (SENATE, date(2026, 4, 15), {"Tuesday": "2026-04-14"}),
        (SUPER_TUESDAY, date(2024, 3, 6), {"Tuesday": "2024-03-05"}),
        (BUDGET, date(2026, 4, 15), {"March": "2026-03"}),
        (SUNDAY, date(2025, 7, 4), {}),
    ],
)
def test_a_captions_day_is_a_name_only_where_the_article_shows_a_name(text, published, expected):
    assert _furniture(_full(text, published)) == expected


# A caption that looks ahead keeps its side: only a caption's own present-tense scene is the last such day, and a
# day the body dates is the body's.
TERMINAL = """Leeds Bradford airport unveils new terminal

The £150m terminal was shown to reporters on Tuesday after three years of building work, the airport said.

The new terminal, which will open to passengers on Monday. Photograph: Tom Reyes/PA

Airlines expect about 4 million passengers a year to use it."""

VOTE = """MPs to vote on assisted dying bill

MPs will vote on the assisted dying bill on Thursday after a final day of debate, the Commons leader said.

Campaigners gather outside parliament ahead of Thursday's vote. Photograph: Tom Reyes/PA

The bill passed its second reading in November."""

FINAL = """Wembley sells out for cup final

The Football Association said on Monday that all 90,000 tickets for the final had been sold.

Fans queue at the Wembley box office for Saturday's final. (PA Photo/Jo Marsh)

The final kicks off at 3pm on Saturday."""

SACKED = """Rovers part company with manager after cup exit

Rovers sacked their manager, Ian Cole, on Sunday morning, less than a day after Saturday's 3-0 defeat at Bury.

Ian Cole watches from the dugout at Gigg Lane on Saturday. (PA Photo/Mark Hale)

The assistant manager will take charge when Rovers host Oldham on Saturday."""

STORM = """Severe weather warning for the north-west

The storm will bring gales to Cumbria and Lancashire on Friday, the Met Office said.

Residents fill sandbags outside the fire station in Keswick on Friday. Photograph: Ana Lima/PA

Councils have opened rest centres in Carlisle and Kendal."""


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (TERMINAL, date(2026, 4, 15), {"Monday": "2026-04-20"}),
        (VOTE, date(2026, 4, 15), {"Thursday": "2026-04-16"}),
        (FINAL, date(2026, 4, 15), {"Saturday": "2026-04-18"}),
        # the body reads Saturday two ways: the caption's own scene stands, the last Saturday
        (SACKED, date(2023, 11, 26), {"Saturday": "2023-11-25"}),
        # the body puts Friday ahead, the caption's scene would be the last one: no date rather than a guess
        (STORM, date(2025, 3, 17), {}),
    ],
)
def test_a_caption_that_looks_ahead_or_dates_a_thing_keeps_its_side(text, published, expected):
    assert _furniture(_full(text, published)) == expected


# A related story's link speaks from that story's day: its weekdays and days counted from today are none; a month,
# a day of a month or a year stands (the PORT page above keeps "February").
KNIFE = """Knife crime figures rise in city

Knife crime in Bristol rose by 12% last year, police figures published on Tuesday showed.

Read more: Police arrest man after stabbing on Friday

Officers said most offenders were under 25.

Related: Council leader resigns after yesterday's no-confidence vote

Also read: Bristol knife amnesty collected 300 blades in January"""


def test_a_related_links_weekdays_are_none():
    row = _full(KNIFE, date(2026, 4, 15))
    assert _furniture(row) == {"January": "2026-01"}
    body = {d["expression"]: d["value"] for d in row["dates"] if not d.get("furniture")}
    assert body.get("Tuesday") == "2026-04-14"


@pytest.mark.parametrize(
    "line, link",
    [
        ("Read more: Police arrest man after stabbing on Friday", True),
        ("Also read: Nairobi MCAs reject county budget", True),
        ("RELATED: What SEPTA's proposed service cuts would mean for your commute", True),
        ("Related coverage: Storm Ffion live", True),
        # rival readings: a story's own sentences
        ("Related charges were dropped on Friday.", False),
        ("Read the full report here", False),
        ("More than 300 blades were handed in.", False),
    ],
)
def test_related_links(line, link):
    assert segment.is_related_link(line) is link


# A digest: a line between one story's last line and the next story's headline belongs to the story the page's
# separator puts it with, and to neither where no separator stands between.
def _digest(middle: str) -> list[tuple[str, ...]]:
    text = ("Council freezes parking fees\n\nThe city council voted on Monday to freeze parking fees until 2027, citing a fall in "
            "visitors to the high street.\n\nMembers said the freeze would cost about £300,000 a year in lost revenue.\n\n"
            + middle + "\n\nLibrary to reopen after flood repairs\n\nThe central library will reopen on 2 June after repairs to "
            "its basement, which flooded in January, the council said on Tuesday.\n\nIts archive of local newspapers was moved "
            "to Leeds during the works.")
    document = Document(id="digest", origin="test", text=text, published=date(2026, 3, 4))
    articles = segment.split_document(document)
    assert [a.title for a in articles] == ["Council freezes parking fees", "Library to reopen after flood repairs"]
    return segment.removed_lines(document, articles)


CAPTION = "Readers on the library steps on Saturday. Photograph: Tom Reyes"


def test_a_digest_caption_between_stories_goes_where_the_separator_puts_it():
    assert _digest(f"***\n\n{CAPTION}") == [(), (CAPTION,)]
    assert _digest(f"{CAPTION}\n\n***") == [(CAPTION,), ()]
    assert _digest(CAPTION) == [(), ()]  # no separator: the page does not show whose picture it is
