"""Segmentation of hand-made digests modelled on what people paste and what the development sources lack:
newsletters (Axios-, Substack-style), a numbered morning briefing, app shares, a live blog with its times,
an AP wire digest, features with subheadings, a Q&A, a ranked list, quote and social-post paragraphs,
credited captions and "Related:"/"Read more:" boxes.  Each digest's expectations are in
tests/data/digests/expected.json: the stories' headlines in order, lines that must stay inside a given
story (subheadings, list items, questions, quotes) and strings of furniture that must be gone."""

import json
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
