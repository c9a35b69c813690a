"""Segmentation: stories found at headlines, subheadings kept inside, clutter out by general rules."""


import re
from datetime import date
from pathlib import Path

import pytest

from wirebrief.models import Document
from seeddata import SEED_HEADLINES, SEEDS
from wirebrief.segment import is_clutter, is_furniture, is_heading_like, split_document



def _split(text: str, **kwargs) -> list:
    return split_document(Document(id="d", origin="test", text=text, **kwargs))


@pytest.fixture(scope="module")
def seed_articles():
    path = SEEDS / "000_a78007deab5b94f3.txt"
    if not path.exists():
        pytest.skip("shared/seeds is not beside the checkout")
    return _split(path.read_text(encoding="utf-8"))


def test_segment_seed_finds_the_six_stories(seed_articles):
    assert [a.title for a in seed_articles] == SEED_HEADLINES


def test_segment_seed_keeps_subheadings_inside_their_story(seed_articles):
    by_title = {a.title: a.text for a in seed_articles}
    ukraine = by_title[SEED_HEADLINES[0]]
    aipac = by_title[SEED_HEADLINES[4]]
    assert "Negotiations must ‘genuinely move towards peace’" in ukraine.split("\n\n")
    assert "Unresolved issues ‘diminishing’" in ukraine.split("\n\n")
    assert "A familiar strategy" in aipac.split("\n\n")
    assert "‘A sour taste’" in aipac.split("\n\n")
    # The story after a subheading is still there, in the same article.
    assert "Russia occupies about 20 percent of Ukraine’s national territory" in ukraine


@pytest.mark.parametrize(
    "clutter",
    ["Photo by", "/AFP", "Recommended Stories", "itemsend of list", "Presenter:", "Guests:", "Ajay Chhibber", "Employees walk past"],
)
def test_segment_seed_drops_clutter(seed_articles, clutter):
    assert not any(clutter in a.text or clutter in a.title for a in seed_articles)


def test_segment_seed_keeps_every_story_paragraph(seed_articles):
    texts = "\n\n".join(a.text for a in seed_articles)
    assert "Trump says India will stop buying Russian oil and open up to US business." in texts
    assert "That comes as AIPAC and UDP have amassed a $100m war chest heading into 2026." in texts
    assert sum(len(a.text.split("\n\n")) for a in seed_articles) == 110


@pytest.mark.parametrize(
    "line",
    [
        "Rescue workers search the rubble in Antakya, Turkey, February 7, 2023. REUTERS/Umit Bektas",
        "Rescue workers search the rubble in Antakya [Umit Bektas/Reuters]",
        "A woman walks past a mural in Kyiv. (AP Photo/Efrem Lukatsky)",
        "Protesters gather outside parliament on Tuesday. Photograph: Jane Doe/Getty Images",
        "Firefighters at the scene on Monday (Photo by John SMITH / AFP)",
        "Image source, Getty Images",
        "Image caption, The minister arrived in Brussels on Monday",
        "Advertisement",
        "Story continues below advertisement",
        "READ MORE: Minister resigns after budget row",
        "Related: Floods close rail line",
        "Sign up for our newsletter to get the latest news delivered to your inbox.",
        "Share this article",
        "Follow us on Twitter @newsdesk",
        "list of 4 itemsend of list",
        "Video Duration 02 minutes 26 seconds",
        "02:26",
        "(Reporting by Jane Doe; Editing by John Smith)",
        "By Jane Doe and John Smith",
    ],
)
def test_segment_clutter_rules_are_general(line):
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the photo was taken in 2019 and released by the agency on Tuesday.",
        "Reuters reported that the talks would resume in Geneva next week.",
        "Share prices fell 3 percent after the announcement.",
        "Related talks between the unions and the rail operator broke down on Monday.",
        "The advertisement campaign against Malinowski has not specifically referenced Israel.",
    ],
)
def test_segment_clutter_rules_keep_news_sentences(line):
    assert not is_clutter(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("US Supreme Court rejects challenge to California redistricting effort", True),
        ("Why is there a mixed reaction in India to the US trade deal?", True),
        ("‘A sour taste’", True),
        ("The talks ended without agreement on Wednesday.", False),
        ("So what will it take?", False),
        ("Bendy tower! The tower appears to have flopped over in the heat", False),
        ("Guests:", False),
        ("- a bullet point in a list", False),
        ("Advertisement", False),
        ("U.S. Supreme Court hears Gov. Smith appeal", True),
    ],
)
def test_segment_heading_like(line, expected):
    assert is_heading_like(line) is expected


DIGEST = """Harbour authority approves new sea wall after decade of floods

The harbour authority voted on Tuesday to build a 4 km sea wall protecting the old port from storm surges that have flooded it six times in ten years.
The project will cost £120m and take four years, the authority said.

Recommended Stories

list of 3 itemsend of list

Engineers said the wall would be designed for sea levels expected in 2080.
Local traders welcomed the vote, saying the floods had closed shops for weeks at a time.

Funding still uncertain

The authority has yet to say how the second half of the cost will be met. Ministers have promised £60m from the national flood fund.

Chess prodigy, 12, becomes youngest national champion

A 12-year-old schoolgirl has become the youngest player ever to win the national chess championship, beating three grandmasters on the way.
Her coach said she had studied openings for three hours a day since she was seven.
A young player concentrates during a tournament game (Photo by Ana LOPEZ / AFP)
The championship, first held in 1921, drew 240 players this year.
"""


def test_segment_digest_splits_at_headlines_not_subheadings():
    articles = _split(DIGEST)
    assert [a.title for a in articles] == [
        "Harbour authority approves new sea wall after decade of floods",
        "Chess prodigy, 12, becomes youngest national champion",
    ]
    assert "Funding still uncertain" in articles[0].text
    assert "Recommended Stories" not in articles[0].text
    assert "Photo by" not in articles[1].text
    assert articles[1].text.endswith("drew 240 players this year.")


def test_segment_markdown_headings_mark_stories():
    text = "# Rail strike called off\n\nUnions called off Monday's strike after a late offer.\n\n## What was agreed\n\nPay rises of 5 percent over two years.\n\n# Museum reopens\n\nThe city museum reopened after a two-year refit.\n"
    articles = _split(text)
    assert [a.title for a in articles] == ["Rail strike called off", "Museum reopens"]
    assert "What was agreed" in articles[0].text


def test_segment_single_article_is_never_split():
    text = DIGEST
    articles = _split(text, single_article=True, title="Given title")
    assert len(articles) == 1
    assert articles[0].title == "Given title"
    assert "Recommended Stories" not in articles[0].text


def test_segment_text_without_headline_gets_a_title_from_its_first_sentence():
    articles = _split("The council approved the budget on Monday after a four-hour debate. Opposition members walked out.")
    assert len(articles) == 1
    assert articles[0].title.startswith("The council approved the budget on Monday")


def test_segment_long_paragraph_ending_in_a_credit_is_not_a_caption():
    body = "The council met on Monday to discuss the new budget for schools and roads. " * 12
    [article] = _split("Council passes budget\n\n" + body + "The mayor attended (file picture)")
    assert article.text.endswith("(file picture)")


def test_segment_only_clutter_gives_no_article():
    assert _split("Advertisement\n\nRecommended Stories\n\nShare this article\n") == []


def test_segment_hard_wrapped_paragraphs_are_joined():
    text = "Storm closes schools across the region\n\nHeavy snow closed more than 200 schools on Monday as\ntemperatures fell to minus 15 degrees, officials said.\n"
    [article] = _split(text)
    assert article.text == "Heavy snow closed more than 200 schools on Monday as temperatures fell to minus 15 degrees, officials said."


# wirebrief's own format read back -----------------------------------------------------------------------------

BRIEFINGS = """\
Thu Feb  5 10:00:00 UTC 2026: # Harwick council approves flood barrier
The Story:
Harwick City Council voted on Wednesday to build a flood barrier. [1] Councillors approved the scheme by 31 votes to 17. [2]
Key Points:
- The barrier will cost £412 million. [3]
- Construction will start in March and take three years. [4][5]
Key Takeaways:
- The opposition said the cost was likely to rise. [6]
Impact Analysis:
The barrier is due to be fully operational by the winter of 2029. [7]
Timeline:
- 2026-02-04: Harwick City Council voted on Wednesday to build a flood barrier. [1]
Key Players:
- Jane Doe, mayor of Harwick
Quotes:
- “We have waited long enough.” — Jane Doe
Sources:
[1] Harwick council approves flood barrier, sentence 1: Harwick City Council voted on Wednesday to build a flood barrier.

Sat Mar  7 18:30:00 UTC 2026: # Lorrow Valley rail workers to strike
The Story:
Train drivers across the Lorrow Valley will walk out for 48 hours from Monday.
Key Points:
- About 95,000 passengers use the network on a typical weekday.
Key Takeaways:
- The union is seeking a 7.5 percent pay rise.
Impact Analysis:
Valerail said it would run a reduced timetable.
"""


def test_briefings_are_read_back_one_story_per_header() -> None:
    articles = split_document(Document(id="d", origin="briefings.md", text=BRIEFINGS, published=date(2020, 1, 1)))
    assert [a.title for a in articles] == ["Harwick council approves flood barrier", "Lorrow Valley rail workers to strike"]
    assert [a.published for a in articles] == [date(2026, 2, 5), date(2026, 3, 7)]  # the header's time wins
    flood = articles[0].text.split("\n\n")
    assert flood[0] == "Harwick City Council voted on Wednesday to build a flood barrier. Councillors approved the scheme by 31 votes to 17."
    assert "The barrier will cost £412 million." in flood and "Construction will start in March and take three years." in flood
    assert flood[-1] == "Harwick City Council voted on Wednesday to build a flood barrier."  # the timeline's, without its date
    for article in articles:
        assert not re.search(r"^- |\[\d\]|^(The Story|Key Points|Key Takeaways|Impact Analysis|Timeline):", article.text, re.M)
        assert "Jane Doe" not in article.text and "waited long enough" not in article.text  # players, quotes, sources


def test_an_empty_sections_line_is_not_read_back_as_the_story() -> None:
    """A section with nothing in it says so ("Nothing further in the source looks ahead."): not a statement."""
    text = BRIEFINGS.replace("Valerail said it would run a reduced timetable.", "Nothing further in the source looks ahead.")
    text = text.replace("- The union is seeking a 7.5 percent pay rise.", "No further position or stake in the source stands on its own.")
    articles = split_document(Document(id="d", origin="briefings.md", text=text))
    assert articles[1].text.split("\n\n") == [
        "Train drivers across the Lorrow Valley will walk out for 48 hours from Monday.",
        "About 95,000 passengers use the network on a typical weekday."]


def test_a_text_that_only_mentions_the_format_is_not_read_as_briefings() -> None:
    text = "Harwick council approves flood barrier\n\nThe Story: the council voted on Wednesday to build a flood barrier.\n\n" \
           "Thu Feb  5 10:00:00 UTC 2026: # is how the log line began, a clerk said."
    (article,) = split_document(Document(id="d", origin="x.txt", text=text))
    assert article.title == "Harwick council approves flood barrier" and article.published is None


# --- Digests pasted from newsletters and sites: subheadings, lists and quotes stay inside ------------

FEATURE_DIGEST = """Today's top stories

1. A ferry town learns to live without its ferry
2. Harriers name their coach of the year for a third time
3. What time is the Lakers game tonight? Channel, TV, streaming for Friday

***

A ferry town learns to live without its ferry

By Jane Doe | The Courier

PORT ELLEN — For ninety years the ferry to the mainland left the harbour at seven every morning. Since the operator went bankrupt in March, the quay has been empty and the town's 2,000 residents have had to drive four hours around the loch to reach a hospital.

Shopkeepers say trade has fallen by a third since the ferry stopped, and two of the town's four cafes have closed.

A LONG WAIT FOR A NEW OPERATOR

The regional council has twice put the route out to tender. Neither tender drew a single bid, council officials said, because the harbour's slipway needs repairs that no operator wants to pay for.

"We are a ferry town without a ferry," said Morag Reid, who runs the harbour shop.

Related stories
Council approves budget for new swimming pool
Rail line reopens after landslide repairs

Reid said residents had collected 4,000 signatures asking the council to repair the slipway itself.

WHAT COMES NEXT

Council officials will meet the harbour trust in June to discuss the repairs. The trust says the slipway could reopen to a ferry by next spring if the council pays for the work.

***

SPORT

Harriers name their coach of the year for a third time

Lisbon Harriers have named Ana Costa their coach of the year for the third time in five seasons, after her athletes won eleven medals at the national championships in Porto.

Costa, a former 1,500-metre runner, took over the club's distance group in 2017. Past winners of the award:

2023: Ana Costa – Lisbon Harriers
2022: Rui Matos – Porto Athletics
2021: Ana Costa – Lisbon Harriers

The award will be presented at the club's annual dinner on Saturday.

***

What time is the Lakers game tonight? Channel, TV, streaming for Friday

LOS ANGELES (AP) — The Lakers host the Denver Nuggets at 7:30 p.m. Pacific time on Friday, with the game shown on Spectrum SportsNet and streamed on the team's app.

Los Angeles have won four straight games at home and sit sixth in the Western Conference standings.
"""


@pytest.fixture(scope="module")
def feature_articles():
    return _split(FEATURE_DIGEST)


def test_segment_feature_digest_finds_its_three_headlines(feature_articles):
    assert [a.title for a in feature_articles] == [
        "A ferry town learns to live without its ferry",
        "Harriers name their coach of the year for a third time",
        "What time is the Lakers game tonight? Channel, TV, streaming for Friday",
    ]


def test_segment_caps_subheadings_list_lines_and_quotes_stay_in_their_story(feature_articles):
    ferry, harriers, _ = (a.text.split("\n\n") for a in feature_articles)
    assert "A LONG WAIT FOR A NEW OPERATOR" in ferry and "WHAT COMES NEXT" in ferry
    assert '"We are a ferry town without a ferry," said Morag Reid, who runs the harbour shop.' in ferry
    assert ferry[-1].startswith("Council officials will meet the harbour trust")
    assert "2022: Rui Matos – Porto Athletics" in harriers
    assert harriers[-1] == "The award will be presented at the club's annual dinner on Saturday."


def test_segment_pasted_furniture_is_dropped(feature_articles):
    everything = "\n".join(f"{a.title}\n{a.text}" for a in feature_articles)
    for furniture in ["Today's top stories", "1. A ferry town", "***", "By Jane Doe", "SPORT",
                      "Related stories", "Council approves budget", "Rail line reopens"]:
        assert furniture not in everything, furniture
    assert feature_articles[0].text.startswith("PORT ELLEN — For ninety years")  # the dateline stays


@pytest.mark.parametrize(
    "line",
    ["***", "—", "* * *", "Share on Facebook", "WhatsApp", "Advertisement - Scroll to continue", "Ad Feedback",
     "12 comments", "Enter your email address", "Already a subscriber? Log in",
     "By signing up, you agree to our Terms of Use and Privacy Policy.",
     "Firefighters at the scene on Monday.Credit...Jane Doe for The Courier",
     "Download the app for breaking news alerts"],
)
def test_segment_pasted_furniture_rules(line):
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line",
    ["WhatsApp said on Monday it would stop supporting older phones.",
     "Twelve comments made by the minister were later withdrawn.",
     "Subscribers to the service rose 12 percent in the quarter, the company said."],
)
def test_segment_pasted_furniture_rules_keep_news_sentences(line):
    assert not is_clutter(line)


def test_segment_a_headline_right_under_a_related_list_opens_its_story():
    text = (
        "Museum reopens after two-year refit\n\nThe city museum reopened on Saturday after a two-year refit "
        "that cost £14m and added three galleries.\n\nVisitors queued from dawn to see the new dinosaur hall.\n\n"
        "More stories\nBus fares to rise in April\nPark cafe wins award\n"
        "Rail strike called off after late pay offer\n\nUnions called off Monday's rail strike after a late pay "
        "offer from the operators, averting a walkout that would have halted trains across the region.\n\n"
        "The offer, worth 5 percent over two years, will be put to a vote of members next week.\n"
    )
    articles = _split(text)
    assert [a.title for a in articles] == ["Museum reopens after two-year refit", "Rail strike called off after late pay offer"]
    assert "Bus fares" not in articles[0].text and "Park cafe" not in articles[0].text


def test_a_long_paste_is_split_window_by_window_as_it_is_whole(monkeypatch):
    """Past CONTEXT_UNITS lines the models see overlapping windows (bounded time and memory on a huge
    digest); the stories found are the ones found over the whole text."""
    from wirebrief import segment

    path = SEEDS / "000_a78007deab5b94f3.txt"
    if not path.exists():
        pytest.skip("shared/seeds is not beside the checkout")
    text = path.read_text(encoding="utf-8")
    whole = [(a.title, a.text) for a in _split(text)]
    units = len([p for p in text.split("\n\n") if p.strip()])
    monkeypatch.setattr(segment, "CONTEXT_UNITS", max(40, units // 3))
    monkeypatch.setattr(segment, "CONTEXT_OVERLAP", 16)
    assert units > segment.CONTEXT_UNITS  # the paste really is cut into windows
    assert [(a.title, a.text) for a in _split(text)] == whole


def test_names_leave_out_the_dateline():
    """Every story of a wire's paste opens on "(Reuters)": no evidence that two stories are one."""
    from wirebrief.segment import _names

    assert _names("June 3 (Reuters) - A chipmaker said it would build a plant in central Ohio") == {"ohio"}
    assert _names("LONDON, June 3 (Reuters) - Oil rose as Brent climbed") == {"brent"}


def test_a_sentence_opening_on_a_name_named_elsewhere_names_it():
    from wirebrief.segment import Unit, _Context

    context = _Context([Unit("The engineer Pieter Vos moved to the valley."), Unit("Vos, who is 74, will step down.")])
    assert "vos" in context.names[1]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Source: BBC News", True),  # the outlet a pasted story came from
        ("You are receiving Markets Morning because you signed up at our website.", True),
        ("Your three-minute read before the opening bell.", True),
        ("Three things you need to know this week.", True),
        ("Forward this digest to a colleague.", True),
        ("Sources said the talks would resume in Geneva next week.", False),
        ("Three things need to change before the vote, the minister said.", False),
        ("The source of the leak has not been found, police said.", False),
    ],
)
def test_segment_newsletter_and_source_lines_are_furniture(line, expected):
    assert is_furniture(line) is expected


def _titles(text: str) -> list[str]:
    return [a.title for a in split_document(Document(id="t", origin="test", text=text))]


def test_segment_a_lower_case_line_opens_a_story_only_when_its_lede_takes_it_up():
    story = ("Council approves new homes on former quarry site\n\n"
             "Councillors approved 400 homes on the old Hill Top quarry on Tuesday, after a two-year planning fight.\n\n")
    headline = ("bin collections to move to fortnightly in june\n\n"
                "Household bins will be collected every two weeks from June, the council said, to save £1.2 million a year.\n\n"
                "Recycling will still be collected weekly.")
    assert _titles(story + headline) == ["Council approves new homes on former quarry site",
                                         "bin collections to move to fortnightly in june"]
    # a lower-case line the paragraph under it does not take up (a quoted post) stays in its story
    aside = ("one of the residents posted online\n\n"
             "Work is expected to start in the spring, and the developer said the first families could move in by 2026.")
    assert _titles(story + aside) == ["Council approves new homes on former quarry site"]


def test_segment_a_labelled_briefing_opens_a_story_at_each_title_with_the_label():
    text = ("WHAT: Port strike ends after pay deal\n\n"
            "WHY IT MATTERS: The two-week walkout left 40 ships waiting offshore and shelves short of fruit.\n\n"
            "WHAT: Rail fares frozen for a year\n\n"
            "WHY IT MATTERS: Season tickets had been due to rise by 4.9 percent in March.")
    assert _titles(text) == ["WHAT: Port strike ends after pay deal", "WHAT: Rail fares frozen for a year"]


def test_segment_an_interview_opening_on_its_first_question_stays_one_story():
    text = ("Q: Why did you take the job?\n\n"
            "A: Because the club asked me to build something, not to save it. That is rare in football.\n\n"
            "Q: What did you change first?\n\n"
            "A: The training times. We moved everything to the morning so the players could rest in the afternoon.")
    assert len(split_document(Document(id="t", origin="test", text=text))) == 1


def test_a_newsletters_heres_what_you_need_to_know_is_furniture():
    assert is_furniture("Here's what you need to know today.")
    assert is_furniture("Here’s what you need to know this morning.")
    assert not is_furniture("Here is what the minister told the committee on Tuesday.")


def test_an_authors_name_under_a_headline_is_not_taken_for_the_headline():
    text = ("Council approves new homes on former quarry site\n\n"
            "Councillors approved 400 homes on the old Hill Top quarry on Tuesday, after a two-year planning fight.\n\n"
            "Ferry operator cancels winter timetable\n\n"
            "Judd Anderson\n\n"
            "The island ferry will run twice a week from November instead of daily, its operator said on Monday.\n\n"
            "Residents said the cut would leave them without a way to reach the hospital on most days.")
    articles = split_document(Document(id="t", origin="test", text=text))
    assert [a.title for a in articles] == ["Council approves new homes on former quarry site",
                                           "Ferry operator cancels winter timetable"]
    assert articles[1].text.startswith("Judd Anderson")  # kept (an author line), not a headline


def test_a_wire_paste_opens_a_story_at_each_headline_above_a_dateline_however_close_the_topic():
    text = ("Ferry operator cancels winter timetable\n\n"
            "OBAN, Scotland (AP) — The island ferry will run twice a week from November instead of daily, its operator said Monday.\n\n"
            "Islanders said the cut would leave them without a way to reach the hospital on most days.\n\n"
            "Islanders protest at ferry cuts\n\n"
            "OBAN, Scotland (AP) — Hundreds of islanders protested at the harbour on Tuesday against the ferry cuts, carrying banners.\n\n"
            "The operator said it would meet their representatives next week.")
    assert _titles(text) == ["Ferry operator cancels winter timetable", "Islanders protest at ferry cuts"]


def test_a_label_and_a_colon_is_no_wire_dateline():
    from wirebrief.segment import _wire_dateline

    assert _wire_dateline("KYIV, Ukraine (AP) — Ukrainian drones struck an oil depot")
    assert _wire_dateline("OSLO, Feb 14 (Reuters) - Halvorsen Foods reported a rise in profit")
    assert not _wire_dateline("FTC: We use income earning auto affiliate links.")


LINK_LIST_THEN_STORY = """Harbour trust buys back the old ferry slipway

The harbour trust has bought the ferry slipway from the bankrupt operator for £1, its chair said on Monday, and will ask the council to pay for repairs so that a ferry can run again by spring.

Residents have collected 4,000 signatures asking the council to fund the work.

{header}
{links}
{gap}{headline}
{under}

Lisbon Harriers have named Ana Costa their coach of the year for the third time in five seasons, after her athletes won eleven medals at the national championships.

Costa, a former 1,500-metre runner, took over the club's distance group in 2017.
"""


@pytest.mark.parametrize(("gap", "headline", "under"), [
    ("***\n", "Harriers name Costa coach of the year again", "By Rui Matos"),  # a separator line after the list
    ("", "Harriers name Costa coach of the year again", "By Rui Matos | The Porto Courier"),  # a byline under it
    ("", "Harriers name Costa coach of the year again", "Updated 2:24 PM EST, March 14, 2024"),  # a stamp under it
    ("", "### Harriers name Costa coach of the year again", "Posted in Sport"),  # a markdown heading under plain links
])
def test_segment_a_link_list_ends_before_the_next_headline(gap, headline, under):
    """A list of links under "Most read" takes no headline of the next story: a separator line, a byline or
    publication stamp under the line, or a markdown heading under plain items end the list."""
    links = "\n".join(["Council approves budget for new swimming pool", "Rail line reopens after landslide repairs",
                       "School meals to cost more from September"])
    articles = _split(LINK_LIST_THEN_STORY.format(header="Most read", links=links, gap=gap, headline=headline, under=under))
    assert [a.title for a in articles] == ["Harbour trust buys back the old ferry slipway",
                                           "Harriers name Costa coach of the year again"]
    everything = "\n".join(a.text for a in articles)
    assert "Rail line reopens" not in everything and "Most read" not in everything


SHORT_HEADLINE_WITH_BYLINE = """Harbour trust buys back the old ferry slipway

The harbour trust has bought the ferry slipway from the bankrupt operator for £1, its chair said on Monday, and will ask the council to pay for repairs so that a ferry can run again by spring.

Residents have collected 4,000 signatures asking the council to fund the work, and the trust says the slipway could reopen by next spring.

Opening Bell

By Rui Matos

STOCKS WAIT ON THE CENTRAL BANK

Shares in Lisbon opened flat on Tuesday as traders waited for the central bank's decision on interest rates, due on Thursday afternoon.

Bank shares fell for a third day, while energy companies gained after oil prices rose overnight.
"""


def test_segment_a_line_with_a_publication_stamp_under_it_is_no_section_label():
    """A publication stamp, as a byline, stands under a headline, never under a section label."""
    from wirebrief.segment import _is_label, _read_paste_marks, _split_units

    text = SHORT_HEADLINE_WITH_BYLINE.replace("By Rui Matos", "Updated 9:14 AM, March 12, 2024")
    units = {u.text: u for u in _read_paste_marks(_split_units(text))}
    assert not _is_label(units["Opening Bell"])
    assert _is_label(_read_paste_marks(_split_units("SPORT\n\nHarriers name Costa coach of the year"))[0])


def test_segment_a_short_headline_with_a_byline_under_it_is_no_section_label():
    """A line of one to three words is read as a section label ("WORLD") above a headline, but a byline
    stands under a headline, never under a label: "Opening Bell" opens its story, the caps line under it stays inside."""
    articles = _split(SHORT_HEADLINE_WITH_BYLINE)
    assert [a.title for a in articles] == ["Harbour trust buys back the old ferry slipway", "Opening Bell"]
    assert articles[1].text.startswith("STOCKS WAIT ON THE CENTRAL BANK")


STOP_HEADLINES = """Council approves Dunmore swimming pool

Councillors in Dunmore approved plans for a £12m swimming pool on Tuesday, ending a three-year campaign by residents who have had to drive to Kelso for lessons since the old baths closed.

The pool vote went down to the wire.

The final vote on the pool was seven to six in the Dunmore council chamber, after a two-hour debate in which three members of the ruling group spoke against the cost.

Ministers drop plan to scrap the fuel duty cut.

The government has abandoned plans to end the 5p cut in fuel duty in April, the Treasury confirmed on Wednesday, after pressure from backbench MPs and hauliers.

The cut costs about £2.4 billion a year, and economists said keeping it would make spending targets harder to meet.

Harbour trust buys back the old slipway.

By Rui Matos

The trust running Port Ellen's harbour has bought the ferry slipway from the bankrupt operator for £1, its chair Morag Reid said on Monday.

Reid said the slipway could reopen to a ferry by next spring if the council pays for repairs.
"""


def test_segment_a_headline_ending_in_a_full_stop_opens_its_story():
    """Some newsletters end their headlines in a full stop: such a line opens a story when a byline stands
    under it, or when its lede takes up its words and names anew; a short paragraph of a story whose next
    paragraph goes on with the story's names ("The pool vote went down to the wire.") stays inside."""
    articles = _split(STOP_HEADLINES)
    assert [a.title for a in articles] == ["Council approves Dunmore swimming pool",
                                           "Ministers drop plan to scrap the fuel duty cut.",
                                           "Harbour trust buys back the old slipway."]
    assert "The pool vote went down to the wire." in articles[0].text.split("\n\n")
    assert articles[2].text.startswith("The trust running Port Ellen's harbour")


def test_segment_a_short_paragraph_going_on_with_the_story_names_is_no_stop_headline():
    """The evidence itself: the paragraph under "The pool vote went down to the wire." takes up its words but names no one
    the story has not named, so the line is no candidate for the boundary models to weigh."""
    from wirebrief.segment import _clean_units, _mark_stop_headlines, _read_paste_marks, _split_units

    units = _mark_stop_headlines(_clean_units(_read_paste_marks(_split_units(STOP_HEADLINES))))
    assert [u.text for u in units if u.stop_headline] == ["Ministers drop plan to scrap the fuel duty cut.",
                                                          "Harbour trust buys back the old slipway."]


@pytest.mark.parametrize("line", [
    "Forwarded from Markets Now", "Channel · 48.2K subscribers", "👁 9.8K  09:41", "Posted by u/quietatlas",
    "r/worldnews", "7 hr. ago", "1.1k comments", "Save", "Issue #142 · Five things worth your time",
    "That's all for this week. If you enjoyed this, forward it to a friend.", "→ Read the full story (Reuters)",
    "Hi friends — a short one this week, as I'm writing from a train with patchy wifi.",
    "Here's what you need to know to start your day.",
])
def test_segment_channel_forum_and_newsletter_furniture_is_clutter(line):
    """What a Telegram channel, a Reddit thread or a newsletter puts around its stories."""
    assert is_clutter(line)


@pytest.mark.parametrize("line", [
    "Union gains 5,000 members", "Lakers beat Celtics by 12 points", "Issue 5 of the report is out",
    "→ Rates rose by a quarter point.", "Hey Twitter, the whole point of this campaign is to raise awareness.",
])
def test_segment_channel_and_newsletter_rules_keep_news_lines(line):
    """A headline with a count, an arrowed list item that is a sentence, a quoted tweet opening on "Hey"."""
    assert not is_clutter(line)


# A paste whose first line is a short sentence of the first story, above a second story with a headline.
_SECOND_STORY = ("\n\nShell posts record profit as gas prices stay high\n\n"
                 "Shell reported a quarterly profit of $9.6 billion on Thursday, beating forecasts, as gas prices in Europe "
                 "stayed far above their level of two years ago and its trading arm had its best quarter since 2022.")


@pytest.mark.parametrize("first, lede", [
    ("Thousands marched in Paris on Saturday.",
     "Thousands of people marched through Paris and Lyon on Saturday against the pension reform, as unions led by "
     "the CGT called for a general strike next week and police said 80,000 had joined the march in the capital."),
    ("Oil prices jumped on Monday.",
     "Brent crude rose 4 percent to $92 a barrel in London after Saudi Arabia and Russia extended their output cuts "
     "to the end of the year, and traders said prices could climb further before the winter."),
    ("Storm Darragh battered Wales.",
     "Winds of up to 93mph hit Aberystwyth and the Pembrokeshire coast overnight, leaving 40,000 homes without power "
     "and closing the Severn Bridge, the Met Office and Western Power said on Saturday morning."),
    ("El Gobierno aprobó la reforma.",
     "El Consejo de Ministros dio luz verde este martes en Madrid a la reforma de las pensiones pactada con Bruselas, "
     "que eleva las cotizaciones de los salarios más altos a partir de enero, según explicó el ministro Escrivá."),
])
def test_segment_a_first_sentence_in_the_past_stays_in_its_story(first, lede):
    """A short first sentence with a finite past verb is the story's own sentence, not its headline, even
    when every other story of the paste opens on a headline."""
    articles = _split(first + "\n\n" + lede + _SECOND_STORY)
    assert articles[0].text.split("\n\n")[0] == first
    assert articles[-1].title == "Shell posts record profit as gas prices stay high"


def test_segment_a_first_line_with_a_stop_is_a_headline_only_where_the_paste_writes_its_headlines_so():
    """A first line in headline grammar above a lede it does not name: its story's headline when another
    story's headline ends in a full stop too, its first sentence when the other headlines end bare."""
    first = "The bridge is open. The queues are not.\n\n"
    lede = ("Drivers waited up to two hours at Kessock on Monday as the new crossing opened with one lane each way, "
            "and the council said work on the slip roads would last until March.")
    bare = _split(first + lede + _SECOND_STORY)
    assert bare[0].text.startswith("The bridge is open. The queues are not.")
    stopped = _split(first + lede + _SECOND_STORY.replace("stay high\n", "stay high.\n"))
    assert stopped[0].title == "The bridge is open. The queues are not."
    assert stopped[-1].title == "Shell posts record profit as gas prices stay high."


@pytest.mark.parametrize("line, expected", [
    ("»Wir schaffen das«", False),
    ("»Wir schaffen das«, sagte die Kanzlerin im Sommer 2015", False),
    ("» Read the full story (Reuters)", True),
    ("» Mehr dazu im Liveblog", True),
])
def test_segment_a_guillemet_opening_a_quotation_is_no_arrow(line, expected):
    """» opens a quotation in German and Danish (»…«); as a link arrow it stands apart from the words."""
    assert is_clutter(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("Here's what you need to know about the new tax rules", False),
    ("Here’s what you need to know about Thursday’s strike", False),
    ("Here are the key things you need to know about the budget", False),
    ("Five things you need to know about the new tax rules", False),
    ("Three things you need to know this week.", True),
    ("Hello, Dolly — the sheep that changed science", False),
    ("Here's what you need to know", True),
    ("Here's what you need to know today.", True),
    ("Hi friends — a short one this week, as I'm writing from a train with patchy wifi.", True),
    ("Good morning — here's what we're watching today.", True),
    ("Good morning, everyone — here's what we're watching today.", True),
    ("Hello", True),
    # a name opening on a greeting, and news after the dash
    ("Good Morning America — the ABC show — said today it would replace two anchors.", False),
    ("Hello Kitty — the Sanrio character turns 50 this week, and fans are queueing in Tokyo.", False),
    ("Hello Kitty", False),
    ("Good morning — the mayor said today she would resign.", False),
])
def test_segment_a_newsletters_own_lines_are_clutter_an_explainers_headline_is_not(line, expected):
    """"Here's what you need to know" is the newsletter's when nothing (or only when) follows, an
    explainer's headline when a topic does; a greeting's dash goes on to the reader, a title's to its subject."""
    assert (is_clutter(line) or is_furniture(line)) is expected


def test_segment_an_explainers_headline_opens_its_story():
    text = ("Council approves new homes on former quarry site\n\n"
            "Councillors approved 400 homes on the old Hill Top quarry on Tuesday, after a two-year planning fight "
            "that split the village.\n\n"
            "Here's what you need to know about the new tax rules\n\n"
            "From April, landlords with more than two homes will pay capital gains tax at 28 percent on a sale, "
            "HM Revenue and Customs said on Wednesday, up from 24 percent.")
    assert _titles(text) == ["Council approves new homes on former quarry site",
                             "Here's what you need to know about the new tax rules"]


@pytest.mark.parametrize("line, expected", [
    ("Issue 3: Housing costs climb again", False),
    ("Edition 12 — The week the pound fell", False),
    ("Issue #142 · Five things worth your time", True),
    ("Issue 142", True),
    ("Vol. 3", True),
])
def test_segment_a_newsletters_issue_line_needs_its_number_sign(line, expected):
    assert is_clutter(line) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("The ministry said this report was updated every year, most recently in March.", False),
    ("Officials said an earlier version of this report had understated the deaths.", False),
    ("This story has been updated.", True),
    ("This article was corrected on 4 May to give the right date of the vote.", True),
    ("(This story has been updated with comment from the ministry.)", True),
    ("An earlier version of this article misstated the mayor's age.", True),
    ("Updated: This article was corrected on Monday.", True),
])
def test_segment_a_note_on_the_article_opens_its_sentence(sentence, expected):
    """A note on how the piece was edited is about the article when it opens its sentence; reported
    ("the ministry said this report was updated") it is the news. Compose reads the same rule."""
    from wirebrief.compose import furniture

    assert is_furniture(sentence) is expected
    assert (furniture(sentence) is not None) is expected


@pytest.mark.parametrize("line, expected", [
    ("Oil prices jumped on Monday.", True),
    ("Prices rose again in March.", True),
    ("La inflación bajó en marzo.", True),
    ("Ministers drop the planned tax cut.", False),  # an adjective after an article
    ("Council approves long-awaited pool.", False),  # joined by a hyphen
    ("Ministers drop plan to scrap the fuel duty cut.", False),
    ("Farmers need more speed on subsidies.", False),
])
def test_segment_a_past_verb_is_read_without_a_parse(line, expected):
    from wirebrief.segment import _has_past_verb

    assert _has_past_verb(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("5:42 p.m.", True),
    ("Updated 5:42 p.m. ET.", True),
    ("Posted at 09:15 GMT.", True),
    ("12:41 PM ET", True),
    ("The vote closes at 5:42 p.m. ET.", False),
])
def test_segment_a_live_blogs_time_stamp_may_close_on_a_full_stop(line, expected):
    from wirebrief.segment import is_time_stamp

    assert is_time_stamp(line) is expected


_DATED_ISSUE = """{masthead}

Good morning. Here's what you need to know today.

Chipmaker to cut 4,000 jobs as orders slow

Veritron, the Austin-based chipmaker, said on Monday that it would cut 4,000 jobs after orders for its chips fell for a second straight quarter.

Chief executive Raj Malhotra said the company had built too much too soon. The cuts will be complete by the end of March.

Court blocks state's new voting map

A federal appeals court on Monday blocked the state's new congressional map, ruling that it diluted the votes of Black residents.

The state's attorney general said he would ask the Supreme Court to hear the case.
"""


@pytest.mark.parametrize("masthead, issued", [
    ("The Morning Wire — Tuesday, November 24, 2026", date(2026, 11, 24)),
    ("Tuesday 24 November 2026", date(2026, 11, 24)),
    ("Markets Daily | Nov. 3, 2025", date(2025, 11, 3)),
])
def test_a_dated_masthead_dates_the_issue_and_titles_no_story(masthead, issued):
    articles = _split(_DATED_ISSUE.format(masthead=masthead))
    assert [a.title for a in articles] == ["Chipmaker to cut 4,000 jobs as orders slow", "Court blocks state's new voting map"]
    assert [a.published for a in articles] == [issued, issued]  # "on Monday" counts from the issue's day


def test_a_given_publication_date_wins_over_the_masthead_and_a_dated_sentence_dates_nothing():
    given = _split(_DATED_ISSUE.format(masthead="The Morning Wire — Tuesday, November 24, 2026"), published=date(2026, 11, 25))
    assert {a.published for a in given} == {date(2026, 11, 25)}
    # the paste opens with a story's sentence that ends in a date: no masthead, no issue date
    opening = "Officials said the bridge would reopen on March 3, 2027.\n\n" + _DATED_ISSUE.format(masthead="Morning Wire")
    assert {a.published for a in _split(opening)} == {None}


@pytest.mark.parametrize("first_line", [
    "Sentencing set for March 3, 2024",  # a headline that ends in a date
    "Trial of former mayor opens January 8, 2024",
    "Marathon 26 2024",  # no month
    "The Morning Wire — Tuesday, November 25, 2026",  # that day was a Wednesday: no day at all
])
def test_a_headline_ending_in_a_date_dates_no_issue_and_stays_a_title(first_line):
    articles = _split(_DATED_ISSUE.format(masthead=first_line))
    assert {a.published for a in articles} == {None}
    if first_line.split()[0] in ("Sentencing", "Trial"):  # a headline ending in a date stays the story's title
        assert articles[0].title == first_line


_ONE_ARTICLE_WITH_A_QUOTED_CROSSHEAD = """Harbour car park to charge overnight fees

Campervan owners say the change will drive tourists away from the seafront

Visitors parking overnight at Kelby harbour will pay £15 a night from May under plans approved by the town council.

The council says campervans have filled the car park every weekend since Easter, leaving no room for fishermen.

'Nobody wants to turn people away'

Deputy mayor Ruth Allen said the authority had tried signs and wardens first.

"Nobody wants to turn people away," she said. "But the harbour is a working harbour first."

She said the money would pay for new toilets on the seafront.
"""


def test_a_quoted_crosshead_of_a_pasted_article_stays_inside_it():
    """A bare quote between paragraphs, its words quoted by the section under it, in a paste opening as one
    article (headline and standfirst), is a crosshead."""
    articles = split_document(Document(id="crosshead", origin="test", text=_ONE_ARTICLE_WITH_A_QUOTED_CROSSHEAD))
    assert [a.title for a in articles] == ["Harbour car park to charge overnight fees"]
    assert "'Nobody wants to turn people away'" in articles[0].text.split("\n\n")


def test_a_quote_headline_with_its_own_standfirst_still_opens_a_story():
    """The same quote line over a standfirst and a lede of its own opens the next story: a crosshead
    stands alone between body paragraphs."""
    second = ("\n'Nobody wants to turn people away'\n\nA shelter for homeless people in Dunmore has run out of beds for the "
              "third winter in a row, its manager says\n\nThe Harbour Light shelter in Dunmore turned away 14 people on "
              "Tuesday night, its busiest since it opened in 2009.\n\n\"Nobody wants to turn people away,\" said its "
              "manager, Sean Kerr. \"We simply have no more beds.\"\n")
    text = _ONE_ARTICLE_WITH_A_QUOTED_CROSSHEAD.split("'Nobody wants")[0] + second
    articles = split_document(Document(id="two", origin="test", text=text))
    assert len(articles) == 2 and articles[0].title == "Harbour car park to charge overnight fees"
    assert "Harbour Light" not in articles[0].text and "Harbour Light" in articles[1].text


def test_a_bare_quote_headline_under_an_article_with_a_standfirst_still_opens_a_story():
    """A bare quote headline that its story quotes ('"Keep our pool open," the marchers chanted') is not a
    crosshead when the lede under it opens on the news rather than on what a speaker said."""
    text = ("Northfield council confirms £9m of cuts\n\nTwo leisure centres will close and bins will be emptied once a "
            "fortnight under plans approved by the cabinet\n\nNorthfield Borough Council has confirmed it will cut £9 "
            "million from its budget next year.\n\nThe council's cabinet approved the plans on Wednesday night after a "
            "six-week consultation.\n\n'Keep our pool open'\n\nHundreds of swimmers marched through Eastbury on Saturday "
            "in protest at plans to close the town's only public swimming pool.\n\nEastbury Town Council says the pool, "
            "opened in 1974, needs a new roof costing £2.6m.\n\n\"Keep our pool open,\" the marchers chanted as they "
            "reached the town hall.\n")
    articles = split_document(Document(id="pool", origin="test", text=text))
    assert len(articles) == 2 and "Eastbury" not in articles[0].text and "Eastbury" in articles[1].text


def test_a_headline_naming_the_person_its_lede_opens_on_still_opens_a_story():
    """A role and a name over a paragraph quoting that person is a crosshead; a headline saying more about
    them ("Tributes paid to …") over a lede that does not report what they said opens a story."""
    head = ("Flood families still waiting a year on\n\nDozens of households in Pennbridge are living in rented flats "
            "while insurers argue over repairs\n\nA year after the River Wend flooded their homes, 34 families in "
            "Pennbridge are still waiting to move back.\n\nThe town's recovery group says most are stuck in disputes "
            "with insurers.\n\n")
    crosshead = head + ("Builder Neil Cosgrove\n\nNeil Cosgrove, who runs a building firm in the town, said he had 20 "
                        "flood jobs he could not start.\n\n\"Nobody will tell me when,\" he said.\n")
    headline = head + ("Tributes paid to builder Neil Cosgrove\n\nNeil Cosgrove, who ran a building firm in Kelby for "
                       "30 years, has died aged 54.\n\nHis family described him as \"a man who never stopped working\".\n")
    assert len(split_document(Document(id="a", origin="test", text=crosshead))) == 1
    assert len(split_document(Document(id="b", origin="test", text=headline))) == 2


def test_a_bbc_article_without_a_standfirst_keeps_its_quoted_crossheads():
    """The BBC's layout puts "Published", the time and "Share" between the headline and the byline: the
    byline still marks the headline, so the paste opens as one article and its quoted crossheads stay in."""
    lines = (Path(__file__).parent / "data" / "digests" / "bbc_quoted_crossheads.txt").read_text(encoding="utf-8").split("\n")
    text = "\n".join(line for line in lines if not line.startswith("Passengers in rural villages"))
    articles = split_document(Document(id="bbc", origin="test", text=text))
    assert [a.title for a in articles] == ["Bus routes to be axed as county cuts subsidies"]
    assert "'Difficult decisions'" in articles[0].text.split("\n\n")


_RECRUITS = """Three recruits who could start as freshmen

The Hawks' 2027 class is the program's best in a decade, and three of its signings are already pushing for places.

Dion Carver

Carver, a wide receiver from Tulsa, caught 61 passes for 1,140 yards as a senior. He enrolled early and has spent the spring working with the first team.

Mateo Ruiz

Ruiz, a 6-foot-5 left tackle, chose the Hawks over offers from six conference rivals. Coaches say his footwork is already among the best on the roster.

Isaiah Brandt

Brandt was the state's defensive player of the year after recording 14 sacks. He is expected to rotate at defensive end from the opening game.
"""


def test_a_persons_name_over_a_section_opening_on_the_surname_stays_inside():
    """A name alone between paragraphs, the paragraph under it referring back by the surname alone, heads a
    section about that person: a story's lede would name its person in full."""
    articles = split_document(Document(id="recruits", origin="test", text=_RECRUITS))
    assert [a.title for a in articles] == ["Three recruits who could start as freshmen"]
    assert all(name in articles[0].text.split("\n\n") for name in ("Dion Carver", "Mateo Ruiz", "Isaiah Brandt"))


def test_a_name_headline_over_a_lede_naming_its_person_in_full_opens_a_story():
    text = ("Ferry fares to rise 8 percent from May\n\nFares on the island routes will rise by 8 percent from May 1, "
            "the operator said on Tuesday, blaming fuel and crew costs.\n\nA return from Portmoor to Skarra will cost "
            "£42, up from £39.\n\nMaria Lopez\n\nMaria Lopez, the city's first female fire chief, will retire in June "
            "after 31 years with the department, the mayor's office said on Monday.\n\nLopez led the department "
            "through the 2019 warehouse fires.\n")
    articles = split_document(Document(id="lopez", origin="test", text=text))
    assert len(articles) == 2 and "Lopez" in articles[1].text and "Lopez" not in articles[0].text


_COUNCIL_STORY = ("Council approves new homes on quarry site\n\nBy Jane Doe\n\nPlans for 120 homes on the site of the old "
                  "Hallam quarry were approved by Kelby Town Council on Tuesday night.\n\nCouncillors voted 9 to 4 in favour "
                  "after a three-hour meeting, despite objections from residents about traffic on the Hallam Road.\n\n")


def test_a_kicker_headline_over_an_obituary_lede_opens_a_story():
    """'Obituary: Neil Cosgrove' is a headline with a kicker, not a role and a name; and a lede in which
    someone else reports ('…, has died aged 81, his family said') does not quote the person named."""
    text = _COUNCIL_STORY + ("Obituary: Neil Cosgrove\n\nNeil Cosgrove, who ran a building firm in the town for forty years, "
                             "has died aged 81, his family said.\n\nHe was a founder of the Kelby Rotary Club and served "
                             "two terms as a councillor.\n")
    articles = split_document(Document(id="obit", origin="test", text=text))
    assert len(articles) == 2 and "Rotary" in articles[1].text and "Rotary" not in articles[0].text


def test_a_bare_quote_headline_over_an_indefinite_lede_opens_a_story():
    """A UK bare-quote headline over a news lede about someone the article above never met ('A climber
    rescued …') opens a story, even when the section quotes the headline's words."""
    text = _COUNCIL_STORY + ("'I thought I was going to die'\n\nA climber rescued from Ben Nevis after two nights on the "
                             "mountain said she had given up hope of being found.\n\n\"I thought I was going to die,\" she "
                             "said. \"I had no food left and my phone was dead.\"\n\nMountain rescue teams found her in a "
                             "gully below the summit on Sunday morning.\n")
    articles = split_document(Document(id="climber", origin="test", text=text))
    assert len(articles) == 2 and "Ben Nevis" in articles[1].text and "Ben Nevis" not in articles[0].text


@pytest.mark.parametrize("name, lede", [
    ("Hurricane Otis", "Otis, a Category 5 storm, made landfall near Acapulco on Wednesday, knocking out power to "
                       "hundreds of thousands of homes."),
    ("Storm Babet", "Babet brought flooding to eastern Scotland on Thursday, and the Met Office issued a rare red "
                    "warning for rain."),
    ("Rishi Sunak", "Sunak's government will cut fuel duty by 5p a litre from April, the Treasury said on Monday."),
])
def test_a_name_over_a_surname_lede_the_story_above_never_named_opens_a_story(name, lede):
    text = _COUNCIL_STORY + f"{name}\n\n{lede}\n\nOfficials said more details would follow later in the week.\n"
    articles = split_document(Document(id="name", origin="test", text=text))
    assert len(articles) == 2 and articles[1].title == name and "Officials" not in articles[0].text


def test_a_name_over_a_surname_section_of_an_article_that_named_the_person_stays_inside():
    text = _COUNCIL_STORY + ("The scheme's architect, Marta Quinn, told the meeting the homes would be built to zero-carbon "
                             "standards.\n\nMarta Quinn\n\nQuinn, who grew up in Kelby, said the first families could move "
                             "in by the summer of 2028.\n\nShe said a third of the homes would be let at social rents.\n")
    articles = split_document(Document(id="quinn", origin="test", text=text))
    assert [a.title for a in articles] == ["Council approves new homes on quarry site"]
    assert "Marta Quinn" in articles[0].text.split("\n\n")


def test_two_name_headlines_over_surname_ledes_are_two_stories_not_a_list_of_profiles():
    text = _COUNCIL_STORY + ("Hurricane Otis\n\nOtis, a Category 5 storm, made landfall near Acapulco on Wednesday, knocking "
                             "out power to hundreds of thousands of homes.\n\nStorm Babet\n\nBabet brought flooding to "
                             "eastern Scotland on Thursday, and the Met Office issued a rare red warning for rain.\n")
    articles = split_document(Document(id="storms", origin="test", text=text))
    assert [a.title for a in articles] == ["Council approves new homes on quarry site", "Hurricane Otis", "Storm Babet"]


# Review 11: a bio's shape, and a summary box with facts of its own --------------------------------------


@pytest.mark.parametrize("paragraph, kept", [
    ("Ilya Petrov is a correspondent for The Baltic Times. Latvia expelled him on Friday, the ministry said.",
     "Latvia expelled him on Friday, the ministry said."),  # the bio sentence goes, the news stays
    ("Mara Quint is the editor of the Gazette, which broke the story in May. She said the leak was genuine.", None),
    ("Omar Said is the only foreign reporter based in Juba, and he was arrested on Monday.", None),
    ("Tesla reports on Wednesday.", None),
    ("Alphabet reports on Tuesday after the close.", None),
])
def test_news_in_a_bios_words_is_kept(paragraph, kept):
    from wirebrief.segment import drop_furniture
    assert drop_furniture(paragraph) == (kept or paragraph)


@pytest.mark.parametrize("paragraph", [
    "Helen Marsh is the courts correspondent for the Evening Herald. She has covered Leeds Crown Court since 2015.",
    "Tom Ashe writes about energy and climate.",
])
def test_a_bio_goes_whole(paragraph):
    from wirebrief.segment import drop_furniture
    assert drop_furniture(paragraph) == ""


def test_a_summary_box_with_a_figure_the_body_lacks_stays():
    text = ("Bypass plan approved\n\nAt a glance:\n\n- The road will open in 2029.\n\n- The county will pay £340m of the £410m cost.\n\n"
            "The bypass, approved on Monday, is due to open in 2029, the county council said.\n\n"
            "Transport secretary Ana Vale backed the road after a public inquiry.\n\nCampaigners said they would appeal.")
    [article] = split_document(Document(id="d", origin="-", text=text))
    assert "£340m" in article.text
    repeated = text.replace("- The county will pay £340m of the £410m cost.\n\n", "")
    [article] = split_document(Document(id="d", origin="-", text=repeated))
    assert "At a glance" not in article.text  # a box the body says again still goes
