"""Segmentation of hand-made digests modelled on what people paste and what the development sources lack:
newsletters (Axios-, Substack-style), a numbered morning briefing, app shares, a live blog with its times,
an AP wire digest, features with subheadings, a Q&A, a ranked list, quote and social-post paragraphs,
credited captions and "Related:"/"Read more:" boxes.  Each digest's expectations are in
tests/data/digests/expected.json: the stories' headlines in order, lines that must stay inside a given
story (subheadings, list items, questions, quotes) and strings of furniture that must be gone."""

import json
from datetime import date
from pathlib import Path

import pytest

from wirebrief.models import Document
from wirebrief import segment
from wirebrief.segment import split_document

DIGESTS = Path(__file__).parent / "data" / "digests"
EXPECTED = json.loads((DIGESTS / "expected.json").read_text(encoding="utf-8"))


def _digests() -> list:
    """Every digest; one whose class the segmenter does not handle yet ("open" in its expectations) is an
    expected failure, strict, so that the day it passes the test says so."""
    return [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=EXPECTED[name]["open"]))
            if EXPECTED[name].get("open") else name for name in sorted(EXPECTED)]


def _split(name: str) -> list:
    return split_document(Document(id=name, origin="test", text=(DIGESTS / name).read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", _digests())
def test_pasted_digest_gives_its_stories_with_their_headlines(name):
    assert [a.title for a in _split(name)] == EXPECTED[name]["headlines"]


@pytest.mark.parametrize("name", _digests())
def test_pasted_digest_keeps_subheadings_lists_and_quotes_inside_their_story(name):
    expected = EXPECTED[name]
    paragraphs = {a.title: a.text.split("\n\n") for a in _split(name)}
    for story, line in expected["inside"]:
        headline = expected["headlines"][story]
        assert line in paragraphs.get(headline, []), (headline, line)


@pytest.mark.parametrize("name", sorted(name for name in EXPECTED if EXPECTED[name]["clutter"]))
def test_pasted_digest_loses_its_furniture(name):
    everything = "\n".join(f"{a.title}\n{a.text}" for a in _split(name))
    for furniture in EXPECTED[name]["clutter"]:
        assert furniture not in everything, furniture


def test_every_story_paragraph_of_the_wire_digest_is_kept():
    articles = _split("wire_digest.txt")
    assert [len(a.text.split("\n\n")) for a in articles] == [3, 3, 2]
    assert articles[0].text.startswith("WASHINGTON (AP) — A Senate committee")  # the dateline stays


def test_a_wire_standards_footer_is_dropped():
    """A wire's line linking to its standards page ("Our Standards: …") is furniture, as an editorial-policy note is."""
    everything = "\n".join(a.text for a in _split("reuters_brief.txt"))
    assert "Our Standards" not in everything


def _split_text(text: str) -> list:
    return split_document(Document(id="paste", origin="test", text=text))


LEDE_A = "The city council voted on Tuesday to close two libraries next year, saving about £400,000."
LEDE_B = "Police have closed the coast road after a landslip on Monday night left a crater in one lane."


def test_a_masthead_with_its_editions_label_titles_no_story():
    """An undated masthead ("NAME — Morning Briefing") over the first bold headline: the headline titles the story."""
    articles = _split_text(f"THE WESTON POST — Morning Briefing\n\n**Council to close two libraries**\n{LEDE_A}\n\n"
                           f"**Landslip shuts coast road**\n{LEDE_B}\n")
    assert [a.title for a in articles] == ["Council to close two libraries", "Landslip shuts coast road"]
    assert "Morning Briefing" not in articles[0].text


def test_a_first_headline_after_a_label_or_over_its_date_is_no_masthead():
    """A label and a headline ("Budget: Chancellor cuts fuel duty") says what happened: no edition's label.  A
    headline over a date line and its own story is the story's."""
    articles = _split_text(f"Budget: Chancellor cuts fuel duty\n\n{LEDE_A}\n\nLandslip shuts coast road\n\n{LEDE_B}\n")
    assert articles[0].title == "Budget: Chancellor cuts fuel duty"
    articles = _split_text(f"Council to close two libraries\nTuesday, November 24, 2026\n\n{LEDE_A}\n\n"
                           f"Landslip shuts coast road\n\n{LEDE_B}\n")
    assert articles[0].title == "Council to close two libraries"


def test_a_kicker_in_capitals_over_news_titles_nothing_and_over_a_plug_is_dropped():
    """"ONE MORE THING" over a short news item: the item is kept, titled by its own first words; over the
    newsletter asking its reader to act, the item goes."""
    kicker = "ONE MORE THING\nA runaway goat was found asleep on the roof of a bus shelter in Harrow on Sunday."
    articles = _split_text(f"**Council to close two libraries**\n{LEDE_A}\n\n**Landslip shuts coast road**\n{LEDE_B}\n\n{kicker}\n")
    assert [a.title for a in articles][-1] == "A runaway goat was found asleep on the roof of a bus shelter in…"
    assert all("ONE MORE THING" not in a.title + a.text for a in articles)
    plug = "ONE MORE THING\nIf you liked today's issue, forward it to a friend. Reply to this email with your tips."
    articles = _split_text(f"**Council to close two libraries**\n{LEDE_A}\n\n**Landslip shuts coast road**\n{LEDE_B}\n\n{plug}\n")
    assert [a.title for a in articles] == ["Council to close two libraries", "Landslip shuts coast road"]
    assert "forward it" not in articles[-1].text


LEDE_C = "Firefighters spent the night at a blaze in a disused printworks on Quay Street, the fire service said on Monday."
_COUNCIL_STORY = ("Harbury council leader quits\n\n"
                  "The leader of Harbury council, Ruth Okafor, resigned on Monday after a report criticised her handling of a "
                  "housing contract.\n\nHer deputy will act as leader until councillors vote next month.\n\n")


@pytest.mark.parametrize("crosshead", ["WHAT HAPPENS NEXT", "WHAT WE KNOW", "BACKGROUND"])
def test_a_crosshead_over_the_last_storys_own_paragraph_stays_in_it(crosshead):
    """A crosshead in capitals over the last story's closing paragraph labels a section of it, however few
    words that paragraph shares with the lede: no closing kicker, no story of its own."""
    articles = _split_text(f"Fire guts old printworks\n\n{LEDE_C}\n\n{_COUNCIL_STORY}{crosshead}\n\n"
                           "A by-election for her ward seat will be held in February, the returning officer said.\n")
    assert [a.title for a in articles] == ["Fire guts old printworks", "Harbury council leader quits"]
    assert "by-election" in articles[-1].text


def test_a_closing_kicker_item_on_another_subject_is_its_own_story_and_one_on_the_same_subject_stays():
    """"AND FINALLY" at the end of the newsletter, with only its sign-off after it, over an item on another
    subject: an item of its own, even where it names the town the story above named once.  The same label
    over a paragraph carrying on the story's subject (its headline's "leader") stays in the story."""
    other = ("AND FINALLY\n\nIf you were in Harbury on Saturday you may have seen the town's 1920s steam roller "
             "back on the road after a £40,000 restoration. Our photographer was there.\n\nThat's all for today.\n")
    articles = _split_text(f"Fire guts old printworks\n\n{LEDE_C}\n\n{_COUNCIL_STORY}{other}")
    assert len(articles) == 3 and articles[-1].title.startswith("If you were in Harbury on Saturday")
    assert "steam roller" not in articles[1].text and "That's all" not in articles[-1].text
    same = "AND FINALLY\n\nThe former leader said she would now spend more time on her allotment.\n"
    articles = _split_text(f"Fire guts old printworks\n\n{LEDE_C}\n\n{_COUNCIL_STORY}{same}")
    assert len(articles) == 2 and "allotment" in articles[-1].text


@pytest.mark.parametrize("kicker, item", [
    ("AND FINALLY", "If you live in Harbury, you may have heard the bells on Sunday: St Anne's 300-year-old bell rang "
                    "for the first time since 1985. Our photographer was there."),
    ("BEFORE YOU GO", "Our reporter Sam Reid won the regional press award for his reporting on river pollution. "
                      "We are very proud of him."),
])
def test_a_closing_item_with_news_in_the_newsletters_voice_is_kept(kicker, item):
    """A closing item in the newsletter's voice that tells of something (a named person or place, a number,
    an event in the past) is news: kept, titled by its own words; only a plug is dropped."""
    articles = _split_text(f"**Fire guts old printworks**\n{LEDE_C}\n\n**Council to close two libraries**\n{LEDE_A}\n\n{kicker}\n{item}\n")
    assert len(articles) == 3 and articles[-1].text.startswith(item[:30])


@pytest.mark.parametrize("text, expected", [
    ("We'd love to hear what you think of the Harbury Herald. Reply to this email.", True),
    ("If you enjoyed this issue, share it with a friend. See you tomorrow.", True),
    ("Today's issue is sponsored by Northway Bank.", True),
    ("Thanks for reading. Have a great weekend.", True),
    ("Our reporter Sam Reid won the regional press award on Tuesday.", False),
    ("A swan held up traffic on the A38 for an hour on Monday. Police escorted it to the river.", False),
    ("The club said 2,000 fans had signed up for the new membership scheme.", False),
])
def test_a_sign_off_is_a_plug_with_no_news(text, expected):
    assert segment._signs_off([segment.Unit(text)]) is expected


# Session 10: classes found on an editor's fresh pastes (a numbered morning newsletter under a greeting, a long
# read's standfirst over a date line, a press release's back matter, a live blog's sign-off, lead-in labels).

def test_a_date_line_is_the_storys_publication_day_never_its_headline():
    """A line that is only a date ("Saturday 28 November 2026", "Thu 5 Mar 2026 06.00 GMT") under a headline,
    its standfirst and byline dates the story and cuts nothing: the standfirst stays the story's opening."""
    for stamp in ("Saturday 28 November 2026", "Sat 28 Nov 2026 06.00 GMT", "Nov 28, 2026"):
        articles = _split_text(f"The long read\n\nThe last ferry to Skarra\n\nWhen the island's ferry stopped, a way of "
                               f"life went with it. What replaces it is being decided elsewhere.\n\nBy Iain MacRae\n{stamp}\n\n"
                               f"{LEDE_A}\n\n{LEDE_B}\n")
        assert [a.title for a in articles] == ["The last ferry to Skarra"], stamp
        assert articles[0].published == date(2026, 11, 28) and stamp not in articles[0].text
        assert articles[0].text.startswith("When the island's ferry stopped")


def test_a_date_line_whose_weekday_is_not_the_dates_dates_nothing():
    articles = _split_text(f"Council to close two libraries\nFriday 28 November 2026\n\n{LEDE_A}\n")
    assert articles[0].title == "Council to close two libraries" and articles[0].published is None


def test_a_numbered_newsletter_under_its_greeting_gives_one_story_per_number():
    """Masthead, date line, a greeting in the reader's voice, a plug, a section label, then "1. …", "2. …": the
    greeting and the plug are the issue's, each number opens a story, the issue's date dates them all."""
    text = ("The Harbury Herald\nTuesday, November 24, 2026\n\nGood morning. It's Tuesday, and here is what's worth your "
            "time before the school run.\n\nForwarded this email? Sign up here.\n\nTOP STORIES\n\n"
            f"1. Council to close two libraries\n\n{LEDE_A}\n\n2. Landslip shuts coast road\n\n{LEDE_B}\n\n"
            f"3. Fire guts old printworks\n\n{LEDE_C}\n")
    articles = _split_text(text)
    assert [a.title for a in articles] == ["Council to close two libraries", "Landslip shuts coast road", "Fire guts old printworks"]
    assert all(a.published == date(2026, 11, 24) for a in articles)
    assert "Good morning" not in articles[0].text and "Sign up" not in articles[0].text


def test_an_intro_that_tells_news_stays():
    """An opening paragraph that tells of something (a name, a number) is news, not the issue's greeting."""
    text = (f"Good morning. The Senate passed the budget at 2 a.m., and we have what it means for you.\n\n"
            f"**Council to close two libraries**\n{LEDE_A}\n\n**Landslip shuts coast road**\n{LEDE_B}\n")
    assert "The Senate passed the budget" in "\n".join(a.title + a.text for a in _split_text(text))


def test_a_sponsor_item_goes_and_a_pages_ad_label_takes_no_story_text():
    """Under "A MESSAGE FROM …" / "SPONSORED", copy that speaks to the reader with a call to action is the
    sponsor's and goes; a story's paragraph under a page's "Sponsored content" marker stays."""
    ad = ("SPONSORED\n\nTired of paper receipts? Tallybook files them for you. Herald readers get 30% off their first "
          "year. Try it free today at tallybook.example.\n\n")
    articles = _split_text(f"**Council to close two libraries**\n{LEDE_A}\n\n{ad}**Landslip shuts coast road**\n{LEDE_B}\n")
    assert [a.title for a in articles] == ["Council to close two libraries", "Landslip shuts coast road"]
    assert all("Tallybook" not in a.text and "SPONSORED" not in a.text for a in articles)
    story = ("Rents rise again\n\nRents in the city rose 9% last year, the fastest rise in a decade, the council said.\n\n"
             "Sponsored content\n\nIf you rent, you will probably pay about £80 more a month than a year ago, the council's figures suggest.\n")
    assert "you will probably pay about £80 more" in _split_text(story)[0].text


_RELEASE = ("Harbor Labs to Acquire Tidewell for $90 Million\n\nBOSTON--(BUSINESS WIRE)--March 3, 2026-- Harbor Labs today "
            "announced it will acquire Tidewell, a maker of water sensors, for $90 million in cash.\n\n"
            "The deal is expected to close in the second quarter, subject to regulatory approval.\n\n"
            "Calloway Brothers is serving as financial advisor to Harbor Labs, and Stroud LLP is acting as legal counsel.\n\n")


def test_a_press_releases_back_matter_goes():
    """"About X" over the company's own description, forward-looking statements, the call for analysts and the
    contacts are the release's furniture; so is the line naming the deal's advisers."""
    text = (_RELEASE + "Conference Call\nHarbor Labs will host a conference call for analysts at 8:00 a.m. ET.\n\n"
            "About Harbor Labs\nHarbor Labs is a maker of lab equipment. Founded in 2004, it employs 300 people.\n\n"
            "Forward-Looking Statements\nThis release contains forward-looking statements. Actual results may differ.\n\n"
            "Media Contact\nJane Roe\n+1 617 555 0100\npress@harbor.example\n")
    articles = _split_text(text)
    assert [a.title for a in articles] == ["Harbor Labs to Acquire Tidewell for $90 Million"]
    for furniture in ("financial advisor", "conference call", "About Harbor Labs", "Founded in 2004", "forward-looking", "Jane Roe", "press@"):
        assert furniture not in articles[0].text, furniture
    assert "expected to close in the second quarter" in articles[0].text


def test_an_about_headline_over_a_story_is_no_back_matter():
    """"About X" titles back matter only over a paragraph opening on X's name."""
    articles = _split_text("About Time\n\nThe council voted on Tuesday to close two libraries next year, saving £400,000.\n")
    assert "The council voted" in articles[0].text


def test_a_live_blogs_sign_off_post_goes_and_its_news_stays():
    text = ("Storm Elin live: coast battered as thousands lose power\n\n21:40\nThat's where we'll leave our live coverage "
            "for tonight. Thank you for following along. We'll be back from 07:00 tomorrow.\n\n21:15\nPower has been "
            "restored to 20,000 homes, the network operator says.\n\n08:00\nGood morning and welcome to our live coverage "
            "of Storm Elin, which made landfall near Oban overnight.\n")
    text_out = _split_text(text)[0].text
    assert "leave our live coverage" not in text_out and "21:40" not in text_out
    assert "Power has been restored" in text_out and "made landfall near Oban" in text_out


@pytest.mark.parametrize("paragraph, expected", [
    ("Why it matters: Mortgage holders will see payments rise by about 40 crowns a month.",
     "Mortgage holders will see payments rise by about 40 crowns a month."),
    ("Yes, but: The mall's owner still owes $3.1 million in back taxes.", "The mall's owner still owes $3.1 million in back taxes."),
    ("The big picture: The city has lost four of its six shopping centres since 2019.",
     "The city has lost four of its six shopping centres since 2019."),
    ("What's next: Dec. 31, at Giants; Jan. 6-7 at 49ers.", None),  # a list, not a sentence
    ("Build an initial funnel: Build a way to attract prospects and serve them.", None),  # the sentence's own lead-in
    ("She adds: 'We're ready for a different approach.'", None),  # a speaker
    ("Police said: The man was taken to hospital with minor injuries.", None),
])
def test_a_newsletters_lead_in_label_is_dropped_from_its_paragraph(paragraph, expected):
    assert segment.without_lead_label(paragraph) == (expected or paragraph)


def test_a_date_between_paragraphs_titles_nothing_and_dates_nothing():
    """A date on a line of its own inside the text (a list of key dates) cuts no story and is not the day the
    story was published."""
    articles = _split_text(f"Council to close two libraries\n\n{LEDE_A}\n\nThe key dates:\n\nMarch 4, 2027\n\n"
                           "Councillors vote on the final list of closures at a full meeting of the council.\n")
    assert [a.title for a in articles] == ["Council to close two libraries"] and articles[0].published is None


# Review 10: classes the session's new rules over-reached on.

@pytest.mark.parametrize("box, date_line", [
    ("How it unfolded\n\nMarch 4, 2020\n\nWork begins on the barrier\n\nContractors broke ground on the east bank.\n", "March 4, 2020"),
    ("When and where\n\nThursday 10 December 2026, 19:00\n\nCalder Town Hall, Market Street\n", "Thursday 10 December 2026, 19:00"),
    ("Key dates\n\nMonday 14 June 2027\n\nThe new timetable starts on all routes.\n", "Monday 14 June 2027"),
])
def test_a_date_line_in_a_box_below_the_body_is_the_storys_fact_not_its_publication_day(box, date_line):
    """A date line under a subhead far below the opening (a timeline's, an event's, a key-dates box) stays in the
    text and dates nothing: only one in the story's opening block is its publication day."""
    text = f"Flood barrier finally opens\n\n{LEDE_A}\n\n{LEDE_B}\n\n{LEDE_C}\n\n{box}"
    for single in (True, False):
        [article] = split_document(Document(id="box", origin="test", text=text, single_article=single))
        assert article.published is None and date_line in article.text, single


@pytest.mark.parametrize("paragraph, expected", [
    ("The judge: You will serve at least eighteen years before you can be considered for parole.", None),
    ("The minister: We will not raise taxes on working families this year.", None),
    ("The coroner: Nothing could have been done to save him once the fire took hold.", None),  # a speaker's words
    ("The bottom line: Prices will keep rising until at least next summer.", "Prices will keep rising until at least next summer."),
    ("Between the lines: The company has not said how many stores it will shut.", "The company has not said how many stores it will shut."),
])
def test_only_a_newsletters_own_label_is_dropped_and_a_speakers_stays(paragraph, expected):
    """"The judge: …" names whose words follow; only the newsletters' own labels (a closed list) go."""
    assert segment.without_lead_label(paragraph) == (expected or paragraph)


@pytest.mark.parametrize("headline", ["Powered by wind, Orkney island cuts its bills",
                                      "Supported by neighbours, Eastgate pub reopens its doors",
                                      "Together with the Dutch, Hull plans a new port"])
def test_a_headline_opening_like_a_sponsors_label_is_a_headline(headline):
    """A sponsor's label with no ad copy under it goes only in a label's shape (capitals, or "by X" naming the
    sponsor and nothing after); a headline that goes on past a comma opens its own story."""
    articles = _split_text(f"**Council to close two libraries**\n{LEDE_A}\n\n{headline}\n\n{LEDE_B}\n")
    assert [a.title for a in articles] == ["Council to close two libraries", headline]
    labelled = _split_text(f"**Council to close two libraries**\n{LEDE_A}\n\nSupported by Arts Council England\n\n"
                           f"**Landslip shuts coast road**\n{LEDE_B}\n")
    assert all("Arts Council" not in a.title + a.text for a in labelled)


def test_a_news_lede_on_an_adviser_is_news_outside_a_press_release():
    """"X is serving as an adviser to …" is a release's furniture only in a release (a wire's mark, its back
    matter); in a news story it is the news."""
    ledes = ["Mark Carney is serving as an adviser to the Ukrainian government on its reconstruction fund, officials in Kyiv confirmed on Tuesday.",
             "Goldman Sachs is acting as financial adviser to the government on the bond sale that will launch the fund.",
             "Dame Sally Webb has been retained as an adviser to the Scottish Government on the ferries inquiry."]
    text = "Former central banker joins Kyiv reconstruction effort\n\n" + "\n\n".join(ledes) + "\n"
    [article] = split_document(Document(id="news", origin="test", text=text, single_article=True))
    assert all(lede in article.text for lede in ledes)


@pytest.mark.parametrize("subhead", ["Safe harbour", "Advisers", "Webcast", "Safe harbor"])
def test_a_features_subhead_named_like_back_matter_keeps_its_paragraphs(subhead):
    """"Safe harbour" over a migrant story's paragraphs, "Advisers" in a pensions feature: back matter only as
    "Safe harbor statement", or in a press release."""
    text = (f"Migrants rescued off Lampedusa\n\n{LEDE_A}\n\n{subhead}\n\nThe island's mayor said the reception centre, built "
            f"for 400, was holding more than 1,100 people.\n\n{LEDE_B}\n")
    [article] = split_document(Document(id="feature", origin="test", text=text, single_article=True))
    assert "built for 400" in article.text and LEDE_B in article.text
    release = _RELEASE + f"{subhead}\nMorgan Fenwick will host a call for analysts at 8:00 a.m. ET.\n"
    assert "Morgan Fenwick" not in _split_text(release)[0].text


@pytest.mark.parametrize("line, byline", [
    ("By Sunday in Gaza, the death toll had passed 200.", False),
    ("By Friday at the Town Hall, the queue stretched round the block.", False),
    ("By March 2027, the whole line will have been electrified.", False),
    ("By Tom Achebe at the Riverside Ground", True),
    ("By Jane Doe, Reuters", True),
    ("By April Jones", True),
])
def test_a_sentence_opening_on_by_and_a_time_is_no_byline(line, byline):
    assert segment.is_clutter(line) is byline


def test_a_short_sentence_opening_on_by_a_day_stays_in_the_story():
    text = ("Gaza toll rises as strikes continue\n\nIsraeli strikes on Gaza continued overnight, the territory's health "
            "ministry said.\n\nBy Sunday in Gaza, the death toll had passed 200.\n\nAid agencies said fuel would run out within days.\n")
    [article] = split_document(Document(id="gaza", origin="test", text=text, single_article=True))
    assert "the death toll had passed 200" in article.text


@pytest.mark.parametrize("last", [
    "‘We will be back stronger next season,’ said captain Joe Root.",
    "'We will be back,' said union leader Mick Lynch, promising further strikes.",
    "Small shops say they simply cannot keep up with all the new rules.",
    "The lifeguards say we will be back on the sand once the storms ease.",
    "'Share it with your friends,' the museum's director urged visitors as the exhibition opened.",
])
def test_a_storys_last_paragraph_with_a_speakers_we_is_no_sign_off(last):
    """A quotation in single marks is the speaker's voice, not the newsletter's; "keep up with all the" is no
    plug, and "we will be back" said by someone named is theirs."""
    articles = _split_text(f"**Council to close two libraries**\n{LEDE_A}\n\n**Landslip shuts coast road**\n{LEDE_B}\n\n{last}\n")
    assert last in articles[-1].text
    assert segment._signs_off([segment.Unit("Thanks for reading. We'll be back tomorrow at 7am.")])


def test_a_hyphenated_word_opening_like_a_greeting_is_no_greeting():
    assert not segment._GREETING_RE.match("Hi-tech firms in Calder cut 200 jobs on Monday.")
    assert not segment._GREETING_RE.match("Hey-day of the seaside pier is recalled in a new exhibition.")
    assert segment._GREETING_RE.match("Hi, it's Thursday.")


# Session 11: classes found on an editor's fresh pastes (a wire's roundup of briefs, a court story with a
# correction and its reporter's bio, an earnings story's date line, an obituary's writer line).

WIRE_BRIEF_A = ("HARARE (Reuters) - Zimbabwe's central bank raised its main interest rate to 35% on Thursday to slow "
                "inflation, the governor said.")
WIRE_BRIEF_B = ("QUITO (Reuters) - Ecuador will ration electricity for up to eight hours a day from Monday as a drought "
                "cuts output at its hydropower dams, the energy ministry said on Thursday.")


@pytest.mark.parametrize("sign_off", ["Reporting by Nyasha Chingono; Editing by Jan Harvey",
                                      "(Reporting by Nyasha Chingono; Writing by Anait Miridzhanian)",
                                      "Associated Press writer Nyasha Chingono contributed to this report."])
def test_a_wire_brief_opens_on_its_dateline_under_the_last_briefs_sign_off(sign_off):
    """A roundup of headline-less briefs is cut at each dateline under a sign-off; the page's headline titles
    none of them (a brief's first words do) and the page's stamp dates each."""
    articles = _split_text(f"World news in brief\nUpdated 7:02 AM GMT, March 13, 2026\n\n{WIRE_BRIEF_A}\n\n"
                           f"The bank also tightened limits on foreign currency loans.\n\n{sign_off}\n\n{WIRE_BRIEF_B}\n\n"
                           "Hospitals and water plants will be exempt.\n")
    assert [a.text.split(" - ", 1)[0] for a in articles] == ["HARARE (Reuters)", "QUITO (Reuters)"]
    assert articles[0].title.startswith("Zimbabwe's central bank raised") and "World news" not in articles[0].title
    assert [a.published for a in articles] == [date(2026, 3, 13)] * 2
    assert sign_off not in articles[0].text


def test_a_dateline_inside_a_story_with_no_sign_off_above_it_cuts_nothing():
    """A wire story may quote a second filing place in its body; without a sign-off or a separator above it,
    a dateline paragraph continues the story."""
    articles = _split_text(f"Zimbabwe raises rates, Ecuador rations power\n\n{WIRE_BRIEF_A}\n\n{WIRE_BRIEF_B}\n\n"
                           "Both countries have turned to the IMF for help this year.\n")
    assert len(articles) == 1 and "QUITO (Reuters)" in articles[0].text


@pytest.mark.parametrize("stamp, day", [
    ("Updated 6:42 AM GMT, November 27, 2026", date(2026, 11, 27)),  # the time before the date
    ("Published 27 November 2026, 17:05 GMT | Updated 28 November 2026", date(2026, 11, 27)),  # two stamps: the first
    ("November 26, 2026 4:18 PM EST", date(2026, 11, 26)),  # a date line, the time after it in capitals
])
def test_a_stamp_or_date_line_under_the_byline_dates_the_story(stamp, day):
    [article] = _split_text(f"Council to close two libraries\n\nBy Helen Marsh\n{stamp}\n\n{LEDE_A}\n\n{LEDE_B}\n")
    assert article.title == "Council to close two libraries" and article.published == day
    assert stamp[:12] not in article.text


@pytest.mark.parametrize("note", [
    "Correction, 28 November 2026: An earlier version of this article said the library cost £2m. We also wrongly "
    "said it opened in 1974; it opened in 1976.",
    "Clarification (March 3): An earlier version of this article gave the wrong ward. It is Eastfield, not Westfield.",
    "This article was amended on 28 November 2026. It said the vote was unanimous; two councillors voted against.",
])
def test_a_correction_paragraph_goes_whole(note):
    """A correction's paragraph is about the article, not the news: the sentences after its label go with it."""
    [article] = _split_text(f"Council to close two libraries\n\n{LEDE_A}\n\n{LEDE_B}\n\n{note}\n")
    assert article.text == f"{LEDE_A}\n\n{LEDE_B}"


@pytest.mark.parametrize("bio", [
    "Helen Marsh is the courts correspondent for the Calder Evening Post. She has covered the crown court since 2015.",
    "Iain MacRae is a freelance writer based in Inverness.",
    "Simon Adair writes about architecture and cities.",
])
def test_an_authors_bio_under_the_story_goes_whole(bio):
    [article] = _split_text(f"Council to close two libraries\n\n{LEDE_A}\n\n{LEDE_B}\n\n{bio}\n")
    assert article.text == f"{LEDE_A}\n\n{LEDE_B}"


@pytest.mark.parametrize("line", [
    "Ms Rao is the council's chief executive and will chair the review.",  # a role, no reporter's bio
    "Adair writes about the years he spent in the Coventry architect's office in a memoir published on Tuesday.",
    "Correctional officers said the prison was running at 140% of its capacity.",
])
def test_a_storys_sentence_like_a_bio_or_a_correction_stays(line):
    [article] = _split_text(f"Council to close two libraries\n\n{LEDE_A}\n\n{line}\n\n{LEDE_B}\n")
    assert line in article.text
