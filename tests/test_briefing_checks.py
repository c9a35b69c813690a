"""What an editor flags in a briefing (`wirebrief.evaluation.briefing_checks`), and the compose and
segment rules that keep wirebrief's briefings clear of it. Hand-written briefings and articles."""

from datetime import date, datetime, timezone

import pytest

from wirebrief import annotate, compose, render, segment
from wirebrief.config import Settings
from wirebrief.evaluation import briefing_checks as checks
from wirebrief.annotate import SentenceInfo
from wirebrief.models import Briefing, Document, Sentence, Source, Statement
from wirebrief.pipeline import brief_documents
from wirebrief.verify import Verifier

AT = datetime(2026, 2, 5, 12, 0, tzinfo=timezone.utc)
SENTENCES = [
    "The city council approved a £40m flood barrier for Harwick on Tuesday after a decade of debate.",
    "It will protect 3,000 homes along the river.",
    "Mayor Ann Hale said the vote was the most important of her term.",
    "“We waited too long,” she said. “Now we build.”",
    "Lead author Dr Tom Reid, of Harwick Hospital, said: 'Eating late was associated with increased body mass.'",
    "Work is due to start in May.",
]


def _sentences():
    return [Sentence("a", i, text, 0, 0) for i, text in enumerate(SENTENCES)]


def _briefing(story=(), key_points=(), takeaways=(), impact=()):
    make = lambda items: tuple(Statement(text, tuple(("a", i) for i in cited)) for text, cited in items)
    return Briefing("b", None, AT, "Harwick approves flood barrier", make(story), make(key_points), make(takeaways), make(impact))


def _kinds(flags):
    return {f.kind for f in flags}


@pytest.fixture(scope="module")
def nlp():
    return annotate.load_pipeline(Settings().model)


CLEAN = dict(
    story=[(SENTENCES[0], [0]), (SENTENCES[1], [1])],
    key_points=[(SENTENCES[2], [2])],
    takeaways=[(SENTENCES[3], [3])],
    impact=[(SENTENCES[5], [5])],
)


def test_a_clean_briefing_has_no_flag(nlp):
    flags = checks.check_briefing(_briefing(**CLEAN), _sentences(), nlp=nlp, verifier=Verifier(SENTENCES))
    assert flags == []


def test_a_sentence_in_two_sections_is_a_repeat():
    briefing = _briefing(**{**CLEAN, "key_points": [(SENTENCES[0], [0])]})
    assert [f.kind for f in checks.check_briefing(briefing, _sentences())] == ["repeat"]


def test_a_pronoun_or_connector_opening_leans_on_a_sentence_not_shown():
    briefing = _briefing(story=[(SENTENCES[0], [0])], key_points=[(SENTENCES[2], [2])], takeaways=[(SENTENCES[3], [3])],
                         impact=[(SENTENCES[1], [1])])
    assert _kinds(checks.check_briefing(briefing, _sentences())) == set()  # "It": sentence 0 is shown before
    briefing = _briefing(story=[(SENTENCES[2], [2])], key_points=[(SENTENCES[1], [1])], takeaways=[(SENTENCES[3], [3])],
                         impact=[("But the barrier will cost more than planned.", [5])])
    flags = [f for f in checks.check_briefing(briefing, _sentences()) if f.kind == "leans"]
    assert [f.why.split(",")[0] for f in flags] == ['opens on "It"', 'opens on "But"']


def test_a_definite_reference_never_introduced_leans(nlp):
    briefing = _briefing(**{**CLEAN, "impact": [("The plan could be opposed by two councillors.", [5])]})
    flags = checks.check_briefing(briefing, _sentences(), nlp=nlp)
    assert [f.kind for f in flags] == ["leans"] and "The plan" in flags[0].why
    introduced = _briefing(**{**CLEAN, "impact": [("The barrier could be opposed by two councillors.", [5])]})
    assert checks.check_briefing(introduced, _sentences(), nlp=nlp) == []


def test_a_broken_quotation_is_flagged():
    assert compose.quotation_problem("He added: ‘Of course, the wind-ups surfaced.") == "a quotation opens and is never closed"
    assert compose.quotation_problem("Towards] Paris the road runs.") == "unbalanced []"
    assert compose.quotation_problem("The players’ union called the ‘gold digger’ jibe unfair.") is None
    assert compose.quotation_problem('"This law ties doctors\' hands," she said.') is None
    briefing = _briefing(**{**CLEAN, "takeaways": [("“We waited too long,” she said. “Now we", [3])]})
    assert _kinds(checks.check_briefing(briefing, _sentences())) == {"quote"}


def test_a_quotation_running_over_sentences_is_seen_from_the_article():
    sentences = [Sentence("a", i, t, 0, 0) for i, t in enumerate(
        ["He said: ‘We tried everything.", "Nothing worked for us.", "We are done.’", "The club confirmed it."])]
    starts, ends = compose.inside_quotation(sentences)
    assert starts == {1, 2} and ends == {0, 1}


def test_a_trim_that_changes_the_subject_is_flagged(nlp):
    trimmed = "Lead author Dr Tom Reid was associated with increased body mass."
    briefing = _briefing(**{**CLEAN, "key_points": [(SENTENCES[2], [2]), (trimmed, [4])]})  # (Mayor Hale shown: the takeaway's "she")
    flags = checks.check_briefing(briefing, _sentences(), nlp=nlp, verifier=Verifier(SENTENCES))
    assert [f.kind for f in flags] == ["trimmed"] and '"Eating"' in flags[0].why
    dangling = _briefing(**{**CLEAN, "key_points": [("Mayor Ann Hale said the vote was the most important, but.", [2])]})
    assert _kinds(checks.check_briefing(dangling, _sentences())) == {"trimmed"}


@pytest.mark.parametrize("line", [
    "This article has been reviewed according to Science X's editorial process and policies.",
    "Sign up for our daily newsletter to get the latest news in your inbox.",
    "Reuters' Jane Doe contributed to this report.",
    "- - Jones tells council to think again",
    "Sam Lee is a senior correspondent for the Harwick Post.",
    "Scroll down for video",
    "This interview has been edited for length and clarity.",
    "The conversation has been condensed and edited for clarity.",
    "Correction: A photo caption in this story misidentified the ship.",
    "An earlier version of this article gave the wrong year for the merger.",
    "This story has been updated with comment from the police.",
])
def test_furniture_is_flagged_and_segment_drops_it(line):
    assert checks.furniture(line)
    assert segment.is_furniture(line) or segment.strip_prompts(line) == ""


def test_news_is_not_furniture():
    for line in SENTENCES + ["The newsletter's editor was a reporter for 20 years before she ran for office.",
                             "The law has been updated to cover e-scooters.", "The bill had been edited for clarity by the committee.",
                             "The paper issued a correction the next day."]:
        assert not checks.furniture(line) and not segment.is_furniture(line)


def test_furniture_inside_a_paragraph_goes_and_the_story_stays():
    paragraph = ("Scroll down for video The council approved the barrier on Tuesday. It will protect 3,000 homes. "
                 "Kim Park contributed to this report.")
    assert segment.drop_furniture(segment.strip_prompts(paragraph)) == (
        "The council approved the barrier on Tuesday. It will protect 3,000 homes.")


def test_an_empty_section_is_flagged():
    assert [f.section for f in checks.check_briefing(_briefing(**{**CLEAN, "impact": []}), _sentences())] == ["Impact Analysis"]


ARTICLE = """Harwick council approves £40m flood barrier

The city council approved a £40m flood barrier for Harwick on Tuesday after a decade of debate over its cost.

It will protect 3,000 homes along the River Wend, which burst its banks twice last winter.

Mayor Ann Hale said: ‘We waited too long for this. Families lost everything in those floods. Now we build.’

The barrier will be built by Wend Engineering, which won the contract against four rivals.

But opponents warned the council would face higher costs if steel prices kept rising.

The scheme also includes a new riverside park and two footbridges over the Wend.

Councillor Raj Patel, who voted against the plan, said the city should have chosen a cheaper design.

The decision ends a dispute that split the council for a decade and delayed two earlier schemes.

Construction is due to start in May and will take three years, the council said.

Residents will be able to comment on the park's design at meetings next month.

This article has been reviewed according to Science X's editorial process and policies.

Sign up for our daily newsletter to get the latest Harwick news in your inbox.
"""


def test_wirebrief_briefs_the_article_without_a_flag(nlp):
    document = Document(id="h", origin="test", text=ARTICLE, single_article=True, published=date(2026, 2, 5))
    [result] = brief_documents([document], Settings(), generated_at=AT, writer=compose.build_briefing)
    b = result.briefing
    flags = checks.check_briefing(b, result.sentences, nlp=nlp, verifier=Verifier([s.text for s in result.sentences]))
    assert flags == []
    statements = [s.text for _, section in checks.sections(b) for s in section]
    assert not any("editorial process" in t or "newsletter" in t for t in statements)
    assert not any(t.startswith(("‘", "Families", "Now we")) for t in statements)  # the quotation is not cut up
    cited = [c for _, section in checks.sections(b) for s in section for c in s.citations]
    assert len(cited) == len(set(cited))


def test_a_leaning_sentence_goes_only_where_its_antecedent_is_shown():
    document = Document(id="h", origin="test", text=ARTICLE, single_article=True)
    [result] = brief_documents([document], Settings(), generated_at=AT, writer=compose.build_briefing)
    b = result.briefing
    shown: set[int] = set()  # read in order: The Story, then each section's statements above it
    for _, section in checks.sections(b):
        for statement in section:
            (_, index), *_ = statement.citations
            if compose.leans_on(statement.text):
                assert index - 1 in shown, statement.text
            shown.update(i for _, i in statement.citations)


def test_the_lead_baseline_fills_sections_in_order():
    lead = checks.lead_briefing(_briefing(**CLEAN), _sentences())
    assert [s.citations[0][1] for s in lead.story] == [0, 1, 2]
    assert [s.citations[0][1] for s in lead.key_points] == [3] and [s.citations[0][1] for s in lead.impact_analysis] == [5]


# Quotations over several sentences, antecedents, sections that would stay empty ----------------------


def test_a_closing_mark_against_another_closes_both_quotations():
    text = "A former guard said staff 'referred to asylum seekers as \"the enemy\"', the Harwick Post reported."
    assert compose.quotation_problem(text) is None
    starts, ends = compose.inside_quotation([Sentence("a", 0, text, 0, 0), Sentence("a", 1, "The guards were suspended.", 0, 0)])
    assert not starts and not ends


def test_dropping_furniture_keeps_the_mark_that_closes_a_quotation():
    paragraph = 'Hale said the city "would build it now." Kim Park contributed to this report. Work starts in May.'
    assert segment.drop_furniture(paragraph) == 'Hale said the city "would build it now." Work starts in May.'


QUOTED = """Harwick council approves £40m flood barrier

The city council approved a £40m flood barrier for Harwick on Tuesday after a decade of debate over its cost.

Mayor Ann Hale said: ‘We waited too long for this. Families lost everything in those floods. Now we build.’

Councillor Raj Patel, who voted against the plan, said: ‘The council chose the dearest design on offer. Taxpayers will pay for that mistake for thirty years, and I will say so at every meeting until the work is finished, because nobody in this chamber has explained where the extra money will come from or why the cheaper designs were never tested properly.’
"""


def test_a_quotation_over_several_sentences_is_one_statement_citing_them_all(nlp):
    document = Document(id="q", origin="test", text=QUOTED, single_article=True)
    [result] = brief_documents([document], Settings(), generated_at=AT, writer=compose.build_briefing)
    texts = {s.index: s.text for s in result.sentences}
    statements = [s for _, section in checks.sections(result.briefing) for s in section]
    hale = [s for s in statements if "We waited too long" in s.text]
    assert hale, statements
    [statement] = hale
    cited = [i for _, i in statement.citations]
    assert cited == list(range(cited[0], cited[0] + 3)) and statement.text == " ".join(texts[i] for i in cited)
    assert statement.text.endswith("Now we build.’")
    # Patel's quotation runs past a statement's length: it is left out, not cut
    assert not any("dearest design" in s.text or "Taxpayers will pay" in s.text for s in statements)
    flags = checks.check_briefing(result.briefing, result.sentences, nlp=nlp, verifier=Verifier(list(texts.values())))
    assert "quote" not in _kinds(flags)


LEANING = """Harwick minister rejects council's barrier demand

The city council approved a £40m flood barrier for Harwick on Tuesday after a decade of debate over its cost.

Council leader Mary Ode said the city would ask the government for £25m towards the barrier before the summer.

Engineers said the barrier would protect 3,000 homes along the River Wend from surge tides.

The barrier will be built by Wend Engineering, which won the contract against four rivals in March.

Transport minister Ola Berg met council leaders in London on Monday to discuss the scheme.

He rejected the council's demand for £25m of Treasury money and warned that Harwick would have to borrow it.

Wend Engineering said its crews could begin clearing the riverbank within six weeks of signing.

The River Wend burst its banks twice last winter, flooding 600 homes in the Eastgate district.
"""


def test_a_statement_that_leans_brings_the_sentence_before_it(nlp):
    document = Document(id="l", origin="test", text=LEANING, single_article=True)
    [result] = brief_documents([document], Settings(), generated_at=AT, writer=compose.build_briefing)
    texts = {s.index: s.text for s in result.sentences}
    b = result.briefing
    rejects = [s for _, section in checks.sections(b) for s in section if "rejected the council's demand" in s.text]
    assert rejects, b
    [statement] = rejects
    cited = [i for _, i in statement.citations]
    assert texts[cited[0]].startswith("Transport minister Ola Berg") or statement.text.startswith("Ola Berg rejected"), statement
    if statement.text.startswith("He rejected"):  # brought with the sentence that names him
        assert cited == [cited[0], cited[0] + 1] and statement.text == texts[cited[0]] + " " + texts[cited[1]]
    else:  # or "he" written as the name the sentence before gives him (since session 14 he is a key player), citing it
        assert any(texts[i].startswith("Transport minister Ola Berg") for i in cited), statement
    assert checks.check_briefing(b, result.sentences, nlp=nlp, verifier=Verifier(list(texts.values()))) == []


def test_a_short_article_mostly_quotation_fills_every_section(nlp):
    text = """Harwick striker Tom Vale will miss the cup final after injuring his knee in training on Friday.

The 24-year-old scored 19 goals this season and had been expected to lead the attack at Wembley.

Manager Jo Sand said: ‘Tom is devastated. He worked so hard to get here. We will miss him badly.’

Vale is expected to be out for at least six weeks, the club said in a statement.

Sand confirmed that youngster Eli Marsh would start in his place against Saltmere.
"""
    document = Document(id="s", origin="test", text=text, single_article=True)
    [result] = brief_documents([document], Settings(), generated_at=AT, writer=compose.build_briefing)
    b = result.briefing
    assert all(section for _, section in checks.sections(b)), b
    assert checks.check_briefing(b, result.sentences, nlp=nlp, verifier=Verifier([s.text for s in result.sentences])) == []


def test_a_citation_backing_a_name_does_not_make_its_sentence_a_repeat():
    # the takeaway names its speaker from sentence 2 (citing it); Impact Analysis then shows sentence 2 itself
    named = ("“We waited too long,” Hale said.", [2, 3])
    briefing = _briefing(story=[(SENTENCES[0], [0]), (SENTENCES[1], [1])], key_points=[(SENTENCES[5], [5])],
                         takeaways=[named], impact=[(SENTENCES[2], [2])])
    assert "repeat" not in _kinds(checks.check_briefing(briefing, _sentences()))
    shown_twice = _briefing(**{**CLEAN, "impact": [(SENTENCES[2], [2])]})
    assert "repeat" in _kinds(checks.check_briefing(shown_twice, _sentences()))


def test_a_pronoun_does_not_bring_a_sentence_that_names_no_one():
    text = LEANING.replace("Transport minister Ola Berg met council leaders in London on Monday to discuss the scheme.",
                           "Talks lasted more than three hours, well into the evening.")
    document = Document(id="l2", origin="test", text=text, single_article=True)
    [result] = brief_documents([document], Settings(), generated_at=AT, writer=compose.build_briefing)
    statements = [s.text for _, section in checks.sections(result.briefing) for s in section]
    assert not any("He rejected" in t for t in statements), statements


def _annotated(text):
    from wirebrief.models import Article

    article = Article(id="r", document_id="r", title="Harwick barrier", text=text, url=None, source="test", published=None)
    return annotate.annotate([article], Settings().model)[0]


def test_he_or_she_is_replaced_by_the_one_person_the_sentence_before_names():
    annotated = _annotated(
        "Council leader Mary Ode signed the contract for the Harwick flood barrier on Tuesday. "
        "She said work on the River Wend would begin in May. "
        "Mary Ode and her deputy Tom Reid visited the site on Wednesday with engineers from Wend Engineering. "
        "He said the first gates would be built in Saltmere."
    )
    context = compose._Context.of(annotated)
    verifier = lambda: Verifier([s.sentence.text for s in annotated.sentences])
    she = compose.resolved(annotated.sentences[1], context, verifier)
    assert she is not None and she.sentence.text == "Mary Ode said work on the River Wend would begin in May."
    assert compose._statement(she).citations == (("r", 0), ("r", 1))
    assert verifier().check(she.sentence.text, [0, 1]).supported
    # two people named in the sentence before: "He" could be either, so it is not resolved
    assert compose.resolved(annotated.sentences[3], context, verifier) is None


def test_a_definite_reference_is_introduced_by_its_noun_shown():
    from wirebrief.compose import definite_unintroduced
    from wirebrief.text import stem

    shown = {stem(w) for w in "port halden opened new container terminal".split()}
    assert definite_unintroduced("The port expects the first ship from Shanghai to dock in March.", shown) is None
    assert definite_unintroduced("The plan was approved by 31 votes to 17.", shown) == 'opens on "The plan", never introduced'
    assert definite_unintroduced("The new skipper has started just one game.", shown) is not None
    # a name says which; so does what follows the noun ("of", "to", "over" …); an age does not say who
    assert definite_unintroduced("The Harwick Hawks will play Saltmere on Friday.", shown) is None
    assert definite_unintroduced("The hearing over the custody of the children is in June.", shown) is None
    assert definite_unintroduced("The plan to close the library was dropped.", shown) is None
    assert definite_unintroduced("The 57-year-old has criticised the investigation.", shown) is not None
    assert definite_unintroduced("The company in a statement said it would appeal.", shown) is not None
    assert definite_unintroduced("The mother of three dressed the skeleton in a jersey.", shown) is not None
    # a capitalised office names a role, not who holds it: it leans unless the briefing showed the office
    assert definite_unintroduced("The PM added: That destroyed aspiration.", shown) == 'opens on "The pm", never introduced'
    assert definite_unintroduced("The PM added: That destroyed aspiration.", shown | {"pm"}) is None
    assert definite_unintroduced("The Senator praised the crews.", shown) == 'opens on "The senator", never introduced'
    assert definite_unintroduced("The Duchess's visit drew crowds.", shown) is not None
    assert definite_unintroduced("The Duchess's visit drew crowds.", shown | {"duchess", "visit"}) is None


def test_a_quotation_without_its_speaker_leans_on_the_sentence_that_names_them():
    from wirebrief.compose import leans_on

    assert leans_on("“We now have eight minutes of evidence that it can.”") == "a quotation whose speaker is not shown"
    assert leans_on("‘Nobody expected the wall to hold,’ she said.") is None
    assert leans_on("“For years the question was whether the wall would survive,” Calloway said.") is None
    assert leans_on("“The wall held,” according to the laboratory.") is None


# Sections that do their job: The Story states the news, Impact Analysis looks ahead ---------------------

def _brief(text, published=date(2026, 2, 5)):
    document = Document(id="f", origin="test", text=text, single_article=True, published=published)
    [result] = brief_documents([document], Settings(), generated_at=AT, writer=compose.build_briefing)
    return result


@pytest.mark.parametrize("text, ahead", [
    ("The ferry will resume sailings in March.", True),
    ("The council could raise taxes if the grant is cut.", True),
    ("Unions plan to strike over the cuts.", True),
    ("The minister vowed to appeal against the ruling.", True),
    ("Doctors warned that waiting lists would grow.", True),
    ("The crash could have been avoided, the report found.", False),
    ("The vote took place in May.", False),
    ("As the coach would say, the team plays for each other.", False),
    ("The talks went ahead as planned and ended on Friday.", False),
    ("Sportscasters calculated the singer's effect on the team's television audience.", False),
])
def test_a_statement_looks_ahead_by_a_future_modal_conditional_or_intention(text, ahead):
    assert compose.looks_ahead(text) is ahead


VOLCANO = """Iceland evacuates fishing town as eruption looms

No one knew if, when and where an eruption might occur.

For weeks the ground under the peninsula trembled and cracked, and steam rose from the fields.

Icelandic authorities evacuated the 3,700 residents of Grindavik on Saturday after hundreds of earthquakes shook the Reykjanes peninsula.

The Met Office said magma was moving beneath the town at a depth of about 800 metres.

Residents were allowed back for a few minutes on Monday to collect pets and belongings.

Scientists said an eruption could begin within days and might cut the road to the Blue Lagoon spa.

The government plans to build barriers to protect the Svartsengi power plant if lava flows towards it.

Hotel owners said bookings had fallen by half since the evacuation.
"""


def test_a_feature_lede_gives_way_to_the_nut_graf(nlp):
    result = _brief(VOLCANO)
    b = result.briefing
    assert b.story[0].text.startswith("Icelandic authorities evacuated the 3,700 residents of Grindavik")
    statements = [s.text for _, section in checks.sections(b) for s in section]
    assert not any(t.startswith("No one knew") for t in statements)  # the scene is left out
    flags = checks.check_briefing(b, result.sentences, nlp=nlp, verifier=Verifier([s.text for s in result.sentences]))
    assert flags == []


def test_a_news_lede_that_names_no_one_stays_first():
    text = VOLCANO.replace("No one knew if, when and where an eruption might occur.",
                           "A fishing town has been evacuated as an eruption looms.")
    assert _brief(text).briefing.story[0].text == "A fishing town has been evacuated as an eruption looms."


def test_a_nut_graf_that_leans_on_the_lede_is_read_after_it():
    text = VOLCANO.replace("Icelandic authorities evacuated", "Then Icelandic authorities evacuated").replace(
        "For weeks the ground under the peninsula trembled and cracked, and steam rose from the fields.\n\n", "")
    story = _brief(text).briefing.story
    assert story[0].text.startswith("No one knew") and story[1].text.startswith("Then Icelandic authorities")


def test_impact_analysis_holds_only_statements_that_look_ahead():
    impact = _brief(VOLCANO).briefing.impact_analysis
    assert impact and all(compose.looks_ahead(s.text) for s in impact)
    assert any("could begin within days" in s.text or "plans to build barriers" in s.text for s in impact)


def test_an_article_with_nothing_ahead_says_less_in_impact_analysis(nlp):
    text = """Harwick mill fire destroys Victorian landmark

Fire destroyed the Victorian mill at Harwick on Tuesday night, sending smoke across the town.

More than 60 firefighters fought the blaze, which started in the roof shortly after 10pm.

Nobody was hurt, the fire service said, and nearby homes were evacuated as a precaution.

The mill, built in 1862, employed 400 people at its height and closed in 1971.

Local historian Mary Doyle said the building was the last of its kind in the county.

Crowds gathered on the bridge to watch the roof collapse shortly before midnight.
"""
    result = _brief(text)
    b = result.briefing
    assert b.impact_analysis == ()
    # nothing in the article says what comes: the section is declared absent, and that is no flag
    flags = checks.check_briefing(b, result.sentences, nlp=nlp, verifier=Verifier([s.text for s in result.sentences]))
    assert flags == []
    assert "Impact Analysis:\nNothing further in the source looks ahead." in render.to_markdown(b)


def test_an_empty_section_is_flagged_where_an_unshown_sentence_could_fill_it(nlp):
    # "Work is due to start in May." is shown nowhere and says what comes
    [flag] = checks.check_briefing(_briefing(**{**CLEAN, "impact": []}), _sentences(), nlp=nlp)
    assert (flag.kind, flag.section) == ("empty", "Impact Analysis") and "sentence 6 could fill it" in flag.why
    # shown in Key Points, it leaves nothing to fill Impact Analysis with
    shown = _briefing(**{**CLEAN, "key_points": [(SENTENCES[2], [2]), (SENTENCES[5], [5])], "impact": []})
    assert checks.check_briefing(shown, _sentences(), nlp=nlp) == []
    # a Key Points section left empty while a sentence that stands is unshown
    # (and the takeaway '“We waited too long,” she said.' then leans: the quotation's "We" names no one)
    flags = checks.check_briefing(_briefing(**{**CLEAN, "key_points": []}), _sentences(), nlp=nlp)
    assert [(f.kind, f.section) for f in flags] == [("empty", "Key Points"), ("leans", "Key Takeaways")]
    assert "sentence 3" in flags[0].why


def test_a_sentence_that_leans_on_one_not_shown_could_fill_no_section(nlp):
    # "It will protect 3,000 homes" leans on sentence 1: shown only below Impact Analysis it cannot fill it
    briefing = _briefing(story=[(SENTENCES[2], [2])], key_points=[(SENTENCES[3], [3])], takeaways=[(SENTENCES[5], [5])],
                         impact=[(SENTENCES[0], [0])])
    assert checks.could_fill(briefing, _sentences(), "Impact Analysis", nlp=nlp) == []
    story_shows_it = _briefing(story=[(SENTENCES[0], [0])], key_points=[(SENTENCES[2], [2])], takeaways=[(SENTENCES[3], [3])])
    assert [s.index for s in checks.could_fill(story_shows_it, _sentences(), "Impact Analysis", nlp=nlp)] == [1, 5]


@pytest.mark.parametrize("text, comes", [
    ("The ferry will resume sailings in March.", True),
    ("Unions plan to strike over the cuts next week.", True),
    ("He will never play for the club again.", True),
    ("However, you'll rarely see her without a hat.", False),  # a habit
    ("It would be nice to close his eyes, he said.", False),  # "would": a wish, a habit, a past future
    ("Reid is 12 strokes ahead of Moore after two rounds.", False),
    ("The band played I Will Always Love You at the wedding.", False),  # a title
    ("She once told a magazine, “I will never dye my hair.”", False),  # the future of a past occasion
    ("Scientists said an eruption could begin within days.", False),  # a modal: Impact may hold it; absence is not checked on it
    ("Will Smith starred in the film.", False),  # a name opening the sentence
    ("Will Smith will star in the sequel.", True),
    ("Will Britain leave the bloc?", True),  # a question: "Will" is the verb
])
def test_says_what_comes_is_the_plain_future(text, comes):
    assert compose.says_what_comes(text) is comes


def test_a_name_will_does_not_look_ahead():
    assert not compose.looks_ahead("Will Smith starred in the film.")
    assert not compose.looks_ahead("The film, starring Will Smith, opened in 1996.")
    assert compose.looks_ahead("The film starring Will Smith will open in June.")


def test_a_habit_with_will_does_not_look_ahead():
    assert not compose.looks_ahead("You'll often see him cycling to work along the river.")
    assert compose.looks_ahead("You'll see the new bridge open in June.")


def test_an_impact_statement_that_looks_back_is_flagged():
    back = _briefing(**{**CLEAN, "impact": [("The council approved the barrier on Tuesday.", [0])]})
    assert [f.kind for f in checks.check_briefing(back, _sentences())] == ["looks back"]
    ahead = _briefing(**{**CLEAN, "impact": [("Work is due to start in May.", [5])]})
    assert checks.check_briefing(ahead, _sentences()) == []


def test_a_story_that_opens_on_a_scene_is_flagged_where_the_news_follows():
    sentences = [Sentence("a", i, t, 0, 0) for i, t in enumerate([
        "No one knew if, when and where an eruption might occur.",
        "Icelandic authorities evacuated the 3,700 residents of Grindavik on Saturday.",
    ])]
    make = lambda i: Statement(sentences[i].text, (("a", i),))
    scene = Briefing("b", None, AT, "Iceland evacuates town", (make(0), make(1)), (), (), ())
    assert [f.kind for f in checks.check_briefing(scene, sentences) if f.kind != "empty"] == ["scene"]
    news = Briefing("b", None, AT, "Iceland evacuates town", (make(1),), (), (), ())
    assert [f.kind for f in checks.check_briefing(news, sentences) if f.kind != "empty"] == []


def test_a_story_never_ends_on_a_line_that_announces_a_list():
    text = """Ten towns win funding for flood defences

The government awarded £120m to ten towns for flood defences on Monday, after a winter of record rainfall.

Ministers said the towns were chosen because their rivers burst their banks twice in three years.

Here are a few of them:

Harwick will get £20m for a barrier on the River Wend.

Saltmere will get £15m to raise its sea wall.
"""
    b = _brief(text).briefing
    assert not any(s.text.rstrip().endswith(":") for _, section in checks.sections(b) for s in section)


@pytest.mark.parametrize("line", [
    "Click on the photos above to see how the town has changed.",
    "If you buy something through links on our site, we may earn an affiliate commission.",
    "All products featured here are independently selected by our editors and writers.",
])
def test_picture_prompts_and_affiliate_disclosures_are_furniture(line):
    assert compose.furniture(line) is not None
    assert not compose._reads_as_statement(line)


def test_a_tally_is_no_takeaway_by_its_significance_words_alone():
    make = lambda text: annotate.SentenceInfo(Sentence("a", 0, text, 0, 0), (), (), frozenset(), len(text.split()), False, False, False,
                                             lemmas=tuple(text.lower().replace(",", " ").split()))
    tally = make("Harwick took the lead in the first half and won 3-1 with goals in the 50th and 88th minutes.")
    position = make("Harwick rejected the first offer from Saltmere for the striker.")
    significance = make("The win was the first for Harwick at Saltmere since the club was founded.")
    assert compose._stance(tally) == 0
    assert compose._stance(position) >= 1 and compose._stance(significance) > 0


def test_a_quotation_is_never_cut():
    # compression took an appositive out of the quoted words: the statement keeps the sentence whole
    quoted = ("“We have five county players in the squad, two internationals, three of them under 21,” "
              "Harwick coach Ann Hale said on Tuesday after training.")
    cut = "“We have five county players in the squad, two internationals ” Harwick coach Ann Hale said on Tuesday after training."
    info = SentenceInfo(Sentence("a", 3, quoted, 0, len(quoted)), (), (), frozenset(), 25, False, True, False, short=cut)
    assert compose._statement(info).text == quoted
    # a cut outside the quoted words stands
    plain = "The barrier, which was designed in Rotterdam, will protect 3,000 homes, the council said."
    info = SentenceInfo(Sentence("a", 4, plain, 0, len(plain)), (), (), frozenset(), 16, False, False, False,
                        short="The barrier will protect 3,000 homes.")
    assert compose._statement(info).text == "The barrier will protect 3,000 homes."


def test_a_quotation_going_on_from_an_attributed_one_looks_ahead_with_its_speaker(nlp):
    text = """Harwick striker keeps faith in survival

Harwick striker Tom Vale scored twice as his side beat Saltmere 3-1 at the Wend Ground on Saturday.

The win lifted Harwick out of the bottom three for the first time since October.

Vale, 24, has now scored 19 goals this season in all competitions.

‘Yes, when you have a keeper like Eli Marsh behind you, you can score at the other end,’ Vale said.

‘We are going to go to Kelby next week positive and 100 per cent we are staying up.’

Saltmere had led through a first-half header from Dan Moss before Vale equalised.
"""
    result = _brief(text)
    b = result.briefing
    [impact] = b.impact_analysis
    assert impact.text.startswith("‘Yes, when you have") and "we are staying up" in impact.text
    assert [i for _, i in impact.citations] == [3, 4]
    assert checks.check_briefing(b, result.sentences, nlp=nlp, verifier=Verifier([s.text for s in result.sentences])) == []


# A thing the article brought in as new ("a levy") that a later statement calls "the levy" -----------

LEVY = """Harwick approves barrier

The city council approved a £40m flood barrier for Harwick on Tuesday after a decade of debate over its cost.

Council leader Mary Ode said the barrier would protect 3,000 homes along the River Wend from surge tides.

The scheme will be paid for with a grant from the government, council borrowing and a levy on new riverside developments.

Builders and estate agents in the town argued at a packed public meeting that the levy would deter investment.

Ministers said the government would decide within weeks.

Work on the barrier is due to start in May and should take three years to finish.
"""
LEVY_SENTENCES = [
    "The city council approved a £40m flood barrier for Harwick on Tuesday after a decade of debate over its cost.",
    "Council leader Mary Ode said the barrier would protect 3,000 homes along the River Wend from surge tides.",
    "The scheme will be paid for with a grant from the government, council borrowing and a levy on new riverside developments.",
    "Builders and estate agents in the town argued at a packed public meeting that the levy would deter investment.",
    "Ministers said the government would decide within weeks.",
    "In 2004 he returned to the council and won three votes in a row.",
]


def _levy_briefing(story, key_points):
    make = lambda items: tuple(Statement(LEVY_SENTENCES[i], (("a", i),)) for i in items)
    return Briefing("b", None, AT, "Harwick approves barrier", make(story), make(key_points), (), ())


def _leans_flags(briefing, nlp):
    sentences = [Sentence("a", i, t, 0, 0) for i, t in enumerate(LEVY_SENTENCES)]
    return [f for f in checks.check_briefing(briefing, sentences, nlp=nlp) if f.kind == "leans"]


def test_a_definite_description_within_a_statement_leans_on_the_sentence_that_introduced_it(nlp):
    [flag] = _leans_flags(_levy_briefing([0, 1], [3]), nlp)
    assert '"the levy"' in flag.why and "sentence 3" in flag.why
    assert _leans_flags(_levy_briefing([0, 1, 2], [3]), nlp) == []  # the levy is shown first


def test_a_thing_the_article_takes_as_known_does_not_lean(nlp):
    # "the government" is first written with "the": the writer takes it as known
    assert _leans_flags(_levy_briefing([0, 1], [4]), nlp) == []


def test_he_within_a_statement_that_names_no_one_leans(nlp):
    [flag] = _leans_flags(_levy_briefing([0, 1], [5]), nlp)
    assert '"he" names no one' in flag.why
    named = Briefing("b", None, AT, "t", (Statement(LEVY_SENTENCES[0], (("a", 0),)),),
                     (Statement("In 2004 Tom Reid said he would return to the council.", (("a", 5),)),), (), ())
    sentences = [Sentence("a", i, t, 0, 0) for i, t in enumerate(LEVY_SENTENCES)]
    assert [f for f in checks.check_briefing(named, sentences, nlp=nlp) if f.kind == "leans"] == []


def test_compose_reads_a_reference_back_off_the_words():
    introduced = compose.introductions(enumerate(LEVY_SENTENCES))
    assert introduced[compose.stem("levy")] == 2 and compose.stem("government") not in introduced
    assert compose.refers_back(LEVY_SENTENCES[3], introduced, 3, set()) is not None
    assert compose.refers_back(LEVY_SENTENCES[3], introduced, 3, {compose.stem("levy")}) is None
    assert compose.refers_back("Builders said the levy on new riverside developments was too high.", introduced, 3, set()) is None
    assert compose.names_no_one("In 2004 he returned to the council.") == '"he" names no one'
    assert compose.names_no_one("In 2004 Reid said he would return.") is None
    assert compose.names_no_one("Reid said he would return.", frozenset({"reid"})) is None
    assert compose.names_no_one("In court filings, he also said that Trump’s backing was self-serving.") is not None
    assert compose.names_no_one("In his statement, Reid said the vote was fair.") is None
    assert compose.names_no_one("When they arrived, the doors were locked.") == '"they" names no one'
    assert compose.names_no_one("Police said they had found the car.") is None


def test_a_briefing_shows_no_statement_leaning_on_a_thing_it_did_not_introduce(nlp):
    document = Document(id="levy", origin="test", text=LEVY, single_article=True)
    [result] = brief_documents([document], Settings(), generated_at=AT, writer=compose.build_briefing)
    flags = checks.check_briefing(result.briefing, result.sentences, nlp=nlp)
    assert [f for f in flags if f.kind == "leans"] == []
    statements = [s.text for _, section in checks.sections(result.briefing) for s in section]
    for k, text in enumerate(statements):
        if "the levy" in text:  # brought with its antecedent, or after a statement that shows the levy
            assert "a levy" in text or any("levy" in t for t in statements[:k]), statements


@pytest.mark.parametrize("text, leans", [
    ("The minister said she will publish a plan to end the dispute next week.", False),  # a noun subject before it
    ("The suspect, 34, told police she had acted alone.", False),
    ("After the meeting, she said the plan would go ahead.", True),  # "the meeting" is no one
    ("Police said she was found unharmed at a friend's house in Leeds.", True),  # a name after it, out of any opening phrase
    ("“We will fight on,” she said.", True),  # the quotation's "We" is no name
    ("“We met Smith and he agreed,” Cole said.", False),  # inside the quotation, its own names count
    ("In his comments, Wilmots said the team was ready.", False),  # in an opening phrase, the name after it
    # a name in the sentence after the pronoun's is no referent for it
    ("“I let my team-mates down,” he wrote. His coach, Paolo Brandi, said the player would return.", True),
    ("Ann Cole led the talks. Later she said the club had erred.", False),  # a name in a sentence before it is
    ("There was a link between activity and brain volume, he added.", True),  # a noun phrase for no person
    ("Although her wages have let her keep studying, the woman says she does not enjoy the work.", False),
    ("Many expected she'd fade during the campaign.", True),  # a contraction is the pronoun
])
def test_compose_and_the_check_read_one_rule_for_a_pronoun_with_no_referent(nlp, text, leans):
    assert (compose.names_no_one(text) is not None) == leans
    briefing = Briefing("b", None, AT, "Harwick flood barrier", (Statement(SENTENCES[0], (("a", 0),)),),
                        (Statement(text, (("a", 3),)),), (), ())
    flagged = [f for f in checks.check_briefing(briefing, _sentences(), nlp=nlp) if f.kind == "leans" and "names no one" in f.why]
    assert bool(flagged) == leans, flagged


def test_a_pronoun_speaker_after_wrote_replied_or_noted_is_read_as_one():
    for verb in ("wrote", "replied", "noted", "added"):
        assert compose._PRONOUN_SPEAKER_RE.search(f"“We will be back,” she {verb}.")


FRAUD = """Harwick builder jailed for flood repair fraud

A Harwick builder who took £400,000 from flood victims for repairs he never carried out was jailed for six years on Friday.

Gary Tull, 52, admitted 14 counts of fraud at Saltmere Crown Court last month.

Judge Ruth Amis said he had preyed on families who had lost everything when the River Wend burst its banks in 2024.

Police arrested Tull at Dover in March 2025 with £12,000 in cash in his van.

He had booked a one-way ferry ticket to Calais under his brother's name.

Trading standards officer Lisa Crane said Tull had been reported to Harwick council twice in 2023.

She said residents should always check that builders belong to a trade body before paying.

Tull ran Wend Valley Builders from a unit on the Eastgate industrial estate for 11 years.

It employed six people and had a turnover of £900,000 in 2023.

The council will open a £200,000 fund for victims of rogue traders on 1 June.
"""


def test_key_points_are_read_in_order_and_one_may_lean_on_the_key_point_above_it(nlp):
    document = Document(id="f", origin="test", text=FRAUD, single_article=True)
    [result] = brief_documents([document], Settings(), generated_at=AT, writer=compose.build_briefing)
    points = [s.text for s in result.briefing.key_points]
    assert len(points) >= 4, points
    booked = next(k for k, t in enumerate(points) if t.startswith("He had booked"))
    assert points[booked - 1].startswith("Police arrested Tull"), points
    assert checks.check_briefing(result.briefing, result.sentences, nlp=nlp) == []


def test_a_named_quotation_leans_on_the_sentence_before_its_own():
    sentences = [Sentence("a", i, t, 0, 0) for i, t in enumerate([
        "The city council approved a £40m flood barrier for Harwick on Tuesday.",
        "Work is due to start in May.",
        "Mayor Ann Hale said the vote was the most important of her term.",
        "“This barrier will save lives,” she said.",
    ])]
    named = ("“This barrier will save lives,” Hale said.", [2, 3])  # `_named` cites the sentence naming her first
    after_her = _briefing(story=[(sentences[0].text, [0])], key_points=[(sentences[2].text, [2]), named])
    assert "leans" not in _kinds(checks.check_briefing(after_her, sentences))
    alone = _briefing(story=[(sentences[0].text, [0])], key_points=[(sentences[1].text, [1]), named])
    assert "leans" in _kinds(checks.check_briefing(alone, sentences))


def test_a_definite_description_its_own_clause_defines_says_which():
    introduced = compose.introductions([(0, "Athens sent several reforms to Brussels in March.")])
    says_which = [
        "He said funds would not be released until Athens implemented some of the reforms it had promised.",
        "Merkel has said Greece would receive funds once its creditors approve the reforms Athens has presented.",
        "The reforms Athens has presented were not enough, Merkel said.",
        "Merkel backed the reforms he resigned over.",
    ]
    for text in says_which:
        assert compose.refers_back(text, introduced, 2, set()) is None, text
    assert compose.definite_unintroduced(says_which[2], set()) is None
    leaning = [
        "After the reforms he resigned.",  # an opening phrase, then the main clause: nothing says which reforms
        "After the reforms Greece agreed to cut pensions.",
        "Merkel said the reforms, he added, were late.",
    ]
    for text in leaning:
        assert compose.refers_back(text, introduced, 2, set()) is not None, text


def test_he_or_she_after_a_noun_phrase_for_a_person_names_someone():
    assert compose.names_no_one("The first lady also urged the students to plant a garden at her school.") is None
    assert compose.names_no_one("The 14-year-old told police she was afraid.") is None
    assert compose.names_no_one("A spokesman said she made the decision alone.") is None
    assert compose.names_no_one("The report said he had lied.") == '"he" names no one'
    assert compose.names_no_one("There is evidence he was at the house.") == '"he" names no one'


def test_a_folder_of_pasted_digests_is_read_as_digests_to_split(tmp_path):
    (tmp_path / "b_morning.txt").write_text("Council approves budget\n\nThe council approved the budget on Monday.\n", encoding="utf-8")
    (tmp_path / "a_evening.txt").write_text("Storm closes schools\n\nSchools closed as the storm arrived.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a digest", encoding="utf-8")
    documents = checks.load_documents(tmp_path)
    assert [d.id for d in documents] == ["a_evening", "b_morning"]
    assert not any(d.single_article for d in documents)  # wirebrief finds the stories in each
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no .txt digests"):
        checks.load_documents(tmp_path / "empty")


QUARRY_SENTENCES = [
    "Harwick council approved the expansion of the Saltmere quarry on Tuesday.",
    "The plan passed by 13 votes to four after a three-hour debate.",
    "Campaigners had set up a protest camp beside the quarry gates in March.",
    "Police said officers would clear the protest camp by Friday.",
    "Tom Reid was one of the few dissenting votes when the council backed the plan.",
    "The largest camp held about 40 people, police said.",
]


def _quarry_leans(key_point, nlp):
    sentences = [Sentence("a", i, t, 0, 0) for i, t in enumerate(QUARRY_SENTENCES)]
    story = (Statement(QUARRY_SENTENCES[0], (("a", 0),)),)
    briefing = Briefing("b", None, AT, "Quarry expansion approved", story, (Statement(QUARRY_SENTENCES[key_point], (("a", key_point),)),), (), ())
    return [f for f in checks.check_briefing(briefing, sentences, nlp=nlp) if f.kind == "leans"]


def test_a_noun_ending_in_est_is_no_superlative_where_the_article_brings_it_in_with_a(nlp):
    """"the protest camp" leans on "a protest camp", not shown, for compose (which reads "-est"
    as a superlative only where the article never writes the word after "a") and for the check."""
    introduced = compose.introductions(enumerate(QUARRY_SENTENCES))
    assert compose.refers_back(QUARRY_SENTENCES[3], introduced, 3, set()) is not None
    assert [f.why for f in _quarry_leans(3, nlp)] and '"the protest camp"' in _quarry_leans(3, nlp)[0].why
    assert compose.refers_back(QUARRY_SENTENCES[5], introduced, 5, set()) is None  # "the largest camp" says which


def test_the_few_says_how_many_and_points_back_at_nothing(nlp):
    """"one of the few dissenting votes" after "13 votes to four": a quantity, not a reference back,
    for the check as for compose (`compose.SAYS_WHICH_ADJECTIVES`)."""
    introduced = compose.introductions(enumerate(QUARRY_SENTENCES))
    assert compose.refers_back(QUARRY_SENTENCES[4], introduced, 4, set()) is None
    assert _quarry_leans(4, nlp) == []


def test_a_number_after_the_introduces_nothing(nlp):
    """"the five biggest quarries" takes them as known, as "the government" does: a later "the
    quarries" leans on nothing, for compose and for the check; "Two men" brings the men in."""
    sentences = ["Inspectors visited the five biggest quarries in the county last year.",
                 "Two men were arrested at the Saltmere site on Monday.",
                 "Harwick council said the quarries would be checked again in May."]
    introduced = compose.introductions(enumerate(sentences))
    assert compose.stem("quarries") not in introduced and introduced[compose.stem("men")] == 1
    assert compose.refers_back(sentences[2], introduced, 2, set()) is None
    briefing = Briefing("b", None, AT, "Quarry checks", (Statement(sentences[1], (("a", 1),)),),
                        (Statement(sentences[2], (("a", 2),)),), (), ())
    flags = checks.check_briefing(briefing, [Sentence("a", i, t, 0, 0) for i, t in enumerate(sentences)], nlp=nlp)
    assert [f for f in flags if f.kind == "leans"] == []


LIVE_POST = ["5:42 p.m.", "Power restored to 20,000 homes",
             "The regional grid operator says power is back for about 20,000 of the 65,000 homes that lost it this morning.",
             "Crews are working through the night on the rest.", "4:15 p.m.", "Harbour wall breached in Port Avon",
             "Waves have broken through a section of the harbour wall in Port Avon, flooding the lower streets of the town."]


def test_a_live_blogs_time_stamp_and_post_title_are_not_its_opening(nlp):
    """The opening that leans on nothing is the first sentence of prose, for compose and the check:
    a time stamp and a post's title above it are not one, so "The regional grid operator says …"
    opens The Story, and "… on the rest." (of what?) is read after it, not first."""
    assert compose.opening_index(enumerate(LIVE_POST)) == 2
    assert compose.opening_index(enumerate(["Breaking", "5:42 p.m."])) == 0  # no prose: the first line
    text = "Live: Storm batters the coast\n\n" + "\n\n".join(LIVE_POST)
    document = Document(id="live", origin="test", text=text, published=date(2026, 2, 5), single_article=True)
    result = brief_documents([document], Settings())[0]
    assert result.briefing.story[0].text.startswith("The regional grid operator says power is back")
    assert not [f for f in checks.check_briefing(result.briefing, result.sentences, nlp=nlp) if f.kind in ("leans", "scene")]


@pytest.mark.parametrize("text, points_back", [
    ("Crews are working through the night on the rest.", True),
    ("The remainder will be repaid next year.", True),
    ("The latter said no deal was near.", True),
    ("The others were freed on Tuesday.", True),
    ("The rest of the country stayed dry.", False),
    ("Most of the 40 others were freed.", False),
    ("The former president said the talks would go on.", False),
    ("Of the 40 passengers, 12 were injured and the rest were unhurt.", False),  # what it means is in the sentence
    ("Two suspects were charged; the others were released.", False),
    ("Jones beat Smith in the final, and the latter said he was proud.", False),
    ("Players will get the rest they need.", False),
    ("The Rest Is Politics podcast is popular.", False),
    ("The council has since cut the limit to £5,000.", True),  # since what? the event told before it
    ("The post has since been deleted.", True),
    ("The council has since 2019 cut the limit.", False),
    ("The firm has since March cut 200 jobs.", False),
    ("Prices have since then fallen by a third.", False),
    ("The company has since the merger cut 200 jobs.", False),
    ("Many makers built up stocks during the pandemic and have since struggled to sell them.", False),
])
def test_words_that_point_back_by_meaning_lean_wherever_they_stand(text, points_back):
    assert (compose.leans_on(text) is not None) == points_back


KHARKIV = """Russian strike on Kharkiv apartment block kills 4, officials say

KHARKIV, Ukraine (AP) — A Russian guided bomb hit a nine-story apartment building in Ukraine's second-largest city on Tuesday, killing at least four people and wounding 23, regional officials said.

Rescuers were searching the rubble for more people, Kharkiv regional Gov. Oleh Syniehubov said. Among the wounded were two children, he said.

The strike came hours after Ukraine said its drones had hit an oil depot across the border in Russia.
"""


def test_a_pronoun_whose_name_was_trimmed_away_leans(nlp):
    """"…, he said" after a statement shown with its ", Gov. Oleh Syniehubov said" cut: the sentence is
    shown, but not who "he" is. The check flags it; compose does not publish it so."""
    document = Document(id="kh", origin="test", text=KHARKIV, published=date(2026, 2, 5), single_article=True)
    result = brief_documents([document], Settings())[0]
    he_said = next(s for s in result.sentences if s.text.startswith("Among the wounded"))
    rescuers = next(s for s in result.sentences if s.text.startswith("Rescuers"))
    trimmed = Briefing("b", None, AT, result.briefing.title, result.briefing.story,
                       (Statement("Rescuers were searching the rubble for more people.", ((rescuers.article_id, rescuers.index),)),),
                       (Statement(he_said.text, ((he_said.article_id, he_said.index),)),), ())
    assert [f.kind for f in checks.check_briefing(trimmed, result.sentences, nlp=nlp)] == ["leans"]
    whole = Briefing("b", None, AT, result.briefing.title, result.briefing.story,
                     (Statement(rescuers.text, ((rescuers.article_id, rescuers.index),)),),
                     (Statement(he_said.text, ((he_said.article_id, he_said.index),)),), ())
    assert checks.check_briefing(whole, result.sentences, nlp=nlp) == []
    assert not checks.check_briefing(result.briefing, result.sentences, nlp=nlp)
    published = [s.text for _, section in checks.sections(result.briefing) for s in section]
    assert all("he said" not in text or "Syniehubov" in text for text in published)


@pytest.mark.parametrize("text, own_words", [
    ("I wanted a team that argued with each other, in a good way.", True),  # an interview's answer
    ("Now the players run the video sessions and I sit at the back.", True),
    ("Let's check out the other features Apple packed inside the phone.", False),  # "we": leans, as below
    ("Yes, I did.", True),
    ("'I was scared,' she said.", False),  # straight single quotes close a quotation too
    ("We expect a decision by Friday, the company said.", False),
    ("The minister said we must act now.", False),
    ("Former astronaut John Grunsfeld said he thinks we will find life elsewhere.", False),
    ("The veterans of World War I were honoured.", False),
    ("The US and its allies met in Brussels.", False),
])
def test_first_person_outside_quotation_marks_shows_no_speaker(text, own_words):
    why = compose.leans_on(text)
    assert (why is not None and "first person" in why) == own_words


def test_a_short_lede_is_the_opening_and_a_hedged_number_after_the_introduces_nothing():
    """"Boris Johnson resigned." is prose, so "He said …" after it is not an opening; "the nearly 300
    workers" takes the workers as known, as "the 300 workers" does (compose and the check's parse agree)."""
    assert compose.opening_index(enumerate(["Boris Johnson resigned.", "He said he would stay until autumn."])) == 0
    assert compose.opening_index(enumerate(["12:41 PM ET", "Markets tumbled.", "They fell 5%."])) == 1
    assert "worker" not in " ".join(compose.introductions(enumerate(["The nearly 300 workers walked out.", "Later the workers returned."])))
    assert compose.introductions(enumerate(["Nearly 300 workers walked out.", "Later the workers returned."]))


@pytest.mark.parametrize("text, leans", [
    ("No. 2 seed Duke beat Kansas on Saturday.", False),
    ("Nothing else was taken from the house, police said.", False),
    ("Investigators are looking for anyone else who may have witnessed the crash.", False),
    ("Anything else would be a step back.", True),
    ("The Me Too movement reshaped workplaces.", False),
    ("Sales of My Little Pony toys rose 8% in the quarter.", False),
    ("I said the plan would fail.", True),  # "said" after "I" names no one else
])
def test_titles_numbers_and_a_first_person_saying(text, leans):
    assert (compose.leans_on(text) is not None) == leans


def test_an_impact_statement_giving_several_upcoming_dates_looks_ahead(nlp):
    """"What's next: Sunday, vs. Detroit; Dec. 31, vs. Green Bay": the timeline gives such a sentence no
    entry (its dates leave the event ambiguous), but its words give dates to come, as compose read them."""
    text = "What’s next: Sunday, vs. Detroit; Dec. 31, vs. Green Bay; Jan. 6-7 at Detroit."
    briefing = Briefing("b", None, AT, "Packers lose", (Statement(SENTENCES[0], (("a", 0),)),), (), (),
                        (Statement(text, (("a", 3),)),), sources=(Source("a", "Packers lose", published=date(2023, 12, 20)),))
    assert [f for f in checks.check_briefing(briefing, _sentences(), nlp=nlp) if f.kind == "looks back"] == []
