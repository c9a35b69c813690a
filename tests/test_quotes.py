"""Quotations and their speakers, on hand-written news paragraphs in the styles wires and sites use:
each quotation with the right speaker, or none where a careful reader could not tell. Every case
runs through both paths: every sentence parsed (`wirebrief annotate`, the evaluation) and the
briefing's (`compose.worth_parsing`), which parses only some sentences and must be right or silent."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from wirebrief import annotate, compose
from wirebrief.annotate import quotes
from wirebrief.annotate._common import Depth
from wirebrief.config import Settings
from wirebrief.evaluation import annotations
from wirebrief.models import Article


def _quotes(text: str, *, briefing: bool = False) -> dict[str, str | None]:
    """Each quotation's first five words → its speaker."""
    article = Article(id="a", document_id="d", title="Test story", text=text)
    select = compose.worth_parsing if briefing else None
    (notes,) = annotate.annotate([article], Settings().model, select=select)
    return {" ".join(q.text.strip("“”\"‘’'").split()[:5]): q.speaker for q in notes.quotes}


def _speaker(text: str, opening: str, *, briefing: bool = False) -> str | None:
    quotes = _quotes(text, briefing=briefing)
    found = [speaker for words, speaker in quotes.items() if words.startswith(opening)]
    assert found, f"no quotation starting {opening!r} in {list(quotes)}"
    return found[0]


def _said_by(text: str, opening: str, name: str, *, briefing: bool) -> bool:
    """Is the quotation opening on `opening` given to `name`: always on the parsed path, and on the
    briefing path, which reads some sentences by their words alone, to `name` or to no one (never another)?"""
    return _speaker(text, opening, briefing=briefing) in ((name, None) if briefing else (name,))


CONTINUED = (
    "Harwick City Council voted on Wednesday to build a flood barrier across the River Tarran.\n\n"
    "“This is the most important decision this council has taken in a generation,” said Nadia Holloway, "
    "the city’s director of public works.\n\n"
    "“The barrier will protect four thousand homes from the kind of flooding we saw last winter.”\n\n"
    "Tomas Reyes, who chairs the Tarran Residents Association, said the barrier was long overdue.\n\n"
    "“We have been asking for this for ten years and nobody listened to us.”"
)

LISTENER = (
    "Talks on the border dispute broke down in Accra on Friday.\n\n"
    "“We will not sign anything that gives away our land,” Foreign Minister Amara Osei told Al Jazeera.\n\n"
    "Speaking to Reuters later, Osei added: “The door remains open if they come back with a serious offer.”"
)

ORGANISATION = (
    "Marlow Police Department is investigating a break-in at the town’s museum.\n\n"
    "Thieves took two paintings and a silver cup, the department said.\n\n"
    "“We are asking anyone who was near the museum on Sunday night to come forward,” the department said in a statement.\n\n"
    "The Atlantic Coast Conference rejected the lawsuit on Thursday.\n\n"
    "“The claims are without merit and the conference will defend itself vigorously,” it said."
)

TWO_CANDIDATES = (
    "Daniel Okafor and Samuel Brandt met in Geneva on Monday for a first round of talks.\n\n"
    "“The talks were difficult but useful, and we agreed to meet again next month,” he said."
)

MULTI_SENTENCE = (
    "Flood water reached the first floor of the Tarran Road fire station before dawn.\n\n"
    "“We expected a long night. We did not expect the river to rise two metres in an hour,” said fire chief Colm Barry.\n\n"
    "“Our crews worked through the night to move everyone on the estate to higher ground.\n\n"
    "“Nobody was hurt, and that is what matters most to us this morning,” Barry said."
)

GENDER = (
    "Maria Lindqvist presented her budget to the regional council on Tuesday. "
    "Peter Haas, the regional governor, brought his own proposal.\n\n"
    "“We will not wait for the capital to decide for us,” she said.\n\n"
    "“This budget spends money the region simply does not have,” he said."
)

NAMES = (
    "Pope Francis returned to the theme of his encyclical Fratelli Tutti on Sunday.\n\n"
    "In Fratelli Tutti, Francis wrote that “no one can face life in isolation and we need a community that supports us.”\n\n"
    "Okafor, the lead negotiator, has said little in public. Daniel Okafor joined the talks in March.\n\n"
    "“We are closer than we have ever been to an agreement,” Okafor said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_quote_paragraph_continues_the_speaker_before_it(briefing):
    expected = {"The barrier will protect four": "Nadia Holloway", "We have been asking for": "Tomas Reyes"}
    for opening, speaker in expected.items():
        found = _speaker(CONTINUED, opening, briefing=briefing)
        assert found == speaker or (briefing and found is None)
    assert _speaker(CONTINUED, "This is the most important", briefing=briefing) == "Nadia Holloway"


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_one_told_is_not_the_speaker(briefing):
    assert _speaker(LISTENER, "We will not sign anything", briefing=briefing) == "Amara Osei"
    assert _speaker(LISTENER, "The door remains open if", briefing=briefing) in ("Amara Osei", None)
    assert "Al Jazeera" not in _quotes(LISTENER, briefing=briefing).values()
    assert "Reuters" not in _quotes(LISTENER, briefing=briefing).values()


def test_an_organisation_speaks_by_name_description_or_pronoun():
    assert _speaker(ORGANISATION, "We are asking anyone who") == "Marlow Police Department"
    assert _speaker(ORGANISATION, "The claims are without merit") == "Atlantic Coast Conference"


def test_an_organisation_in_the_briefing_is_right_or_silent():
    assert _speaker(ORGANISATION, "We are asking anyone who", briefing=True) in ("Marlow Police Department", None)
    assert _speaker(ORGANISATION, "The claims are without merit", briefing=True) in ("Atlantic Coast Conference", None)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_two_people_in_play_and_no_clear_subject_give_no_speaker(briefing):
    assert _speaker(TWO_CANDIDATES, "The talks were difficult but", briefing=briefing) is None


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_quotation_of_several_sentences_and_paragraphs_is_kept_whole(briefing):
    quotes = _quotes(MULTI_SENTENCE, briefing=briefing)
    assert "We expected a long night." in quotes  # both sentences in one quotation
    (whole,) = [q for q in annotate.annotate([Article(id="a", document_id="d", title="t", text=MULTI_SENTENCE)], Settings().model)[0].quotes if q.text.startswith("“We expected")]
    assert "two metres in an hour" in whole.text
    assert quotes["We expected a long night."] == "Colm Barry"
    for opening in ("Our crews worked through the", "Nobody was hurt, and that"):
        assert _speaker(MULTI_SENTENCE, opening, briefing=briefing) in ("Colm Barry", None)
    assert _speaker(MULTI_SENTENCE, "Our crews worked through the") == "Colm Barry"


def test_he_and_she_go_to_the_nearest_person_of_that_gender():
    assert _speaker(GENDER, "We will not wait for") == "Maria Lindqvist"
    assert _speaker(GENDER, "This budget spends money the") == "Peter Haas"


def test_he_and_she_in_the_briefing_are_right_or_silent():
    assert _speaker(GENDER, "We will not wait for", briefing=True) in ("Maria Lindqvist", None)
    assert _speaker(GENDER, "This budget spends money the", briefing=True) in ("Peter Haas", None)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_speaker_gets_the_fullest_name_and_never_a_title(briefing):
    assert _speaker(NAMES, "We are closer than we", briefing=briefing) == "Daniel Okafor"
    assert _speaker(NAMES, "no one can face life", briefing=briefing) in ("Francis", "Pope Francis", None)
    assert "Fratelli Tutti" not in _quotes(NAMES, briefing=briefing).values()


REPORTED_AFTER = (
    "Parent James Okoro says the teacher showed him a leaflet about the election.\n\n"
    "“She showed it to me and told me it was the truth about the candidates.” "
    "Superintendent Carl Ledwell said the teacher was already planning to retire."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_speech_verb_after_a_finished_quotation_reports_something_else(briefing):
    assert _speaker(REPORTED_AFTER, "She showed it to me", briefing=briefing) in ("James Okoro", None)
    assert _speaker(REPORTED_AFTER, "She showed it to me") == "James Okoro"


HANDWRITTEN = Path(__file__).parent / "data" / "quotes_handwritten.jsonl"


def _speaker_scores(path, briefing: bool) -> dict:
    """The scorer's quote figures on a hand-written set, annotated in full or (briefing) as a briefing parses."""
    rows = annotations.load(path)
    notes = annotate.annotate(
        [Article(id=r["id"], document_id=r["id"], title=r["title"], text=r["text"]) for r in rows],
        Settings().model,
        select=compose.worth_parsing if briefing else None,
    )
    return annotations.score(rows, annotations.wirebrief_rows(notes))["quotes"]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_hand_written_articles_meet_the_speaker_floor(briefing):
    """42 short articles written by hand in the styles of wires, UK papers, sport, science,
    entertainment, politics, live blogs, tabloids, interviews, reviews, press releases and Q&As (tests/data/quotes_handwritten.jsonl), scored by
    the reference scorer's rules: the floor every part must meet (right >= 0.90, wrong <= 0.02);
    the briefing, which parses only some sentences, may say no one more often, never a wrong name."""
    quotes = _speaker_scores(HANDWRITTEN, briefing)
    assert quotes["scored"] >= 100
    assert quotes["wrong_rate"] <= 0.02
    assert quotes["accuracy"] >= (0.85 if briefing else 0.90)


SOMEONE_ELSES = (
    "Jane Smith was charged with fraud on Monday.\n\n"
    "“She is innocent and we will prove it in court,” said Smith’s lawyer, Mark Wells.\n\n"
    "Smith received a letter from her former employer on Friday: “We regret to inform you that your contract has ended.”\n\n"
    "“My client will fight this all the way,” said one of Smith’s lawyers."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_words_of_someone_the_text_ties_to_a_name_are_not_that_name(briefing):
    assert _speaker(SOMEONE_ELSES, "She is innocent and we", briefing=briefing) in ("Mark Wells", None)
    assert _speaker(SOMEONE_ELSES, "She is innocent and we") == "Mark Wells"
    assert _speaker(SOMEONE_ELSES, "We regret to inform you", briefing=briefing) is None
    assert _speaker(SOMEONE_ELSES, "My client will fight this", briefing=briefing) is None


DESCRIBED = (
    "Northwind Logistics lost its biggest contract on Monday.\n\n"
    "“We will appeal the decision and we expect to win,” the company said.\n\n"
    "Martin Hale hired the teenager from a local college last year.\n\n"
    "“I learned more in six months here than in two years of study,” the teenager said.\n\n"
    "Harbour Foods was fined £2 million on Tuesday.\n\n"
    "“The fine reflects how serious these failures were,” the agency said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_description_is_the_one_it_fits_or_no_one(briefing):
    assert _speaker(DESCRIBED, "We will appeal the decision", briefing=briefing) in ("Northwind Logistics", None)
    assert _speaker(DESCRIBED, "I learned more in six", briefing=briefing) is None  # the one hired, not Hale
    assert _speaker(DESCRIBED, "The fine reflects how serious", briefing=briefing) is None  # an agency, not the firm fined


STANCE = (
    "Zack Snyder has big plans for the franchise. Snyder also sees his new sci-fi universe as “a bottomless pit of stories.”\n\n"
    "Denny Wallace credits his success this year to tempering his emotions and “keeping my head in the game,” recognising that some days are harder.\n\n"
    "Marsh was described by colleagues as “a genius with a terrible temper.”\n\n"
    "Critics have called the plan “a solution in search of a problem.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_fragment_quoted_as_someones_view_is_theirs(briefing):
    expected = {"a bottomless pit of stories.": "Zack Snyder", "keeping my head in the": "Denny Wallace"}
    for opening, speaker in expected.items():
        assert _said_by(STANCE, opening, speaker, briefing=briefing)
    assert _speaker(STANCE, "a genius with a terrible", briefing=briefing) is None  # the colleagues' words, not Marsh's
    assert _speaker(STANCE, "a solution in search of", briefing=briefing) is None


HANDWRITTEN_2 = Path(__file__).parent / "data" / "quotes_handwritten_2.jsonl"


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_second_hand_written_batch_meets_the_speaker_floor(briefing):
    """27 more articles written by hand in styles the first batch lacks (tests/data/quotes_handwritten_2.jsonl):
    anonymous officials, UK court and police reports, two coaches, earnings stories with analysts, posts,
    'according to', a speaker named only in the next paragraph, scare quotes, nested quotations, and (the
    last three, hw3-*) sides of a dispute quoted in turn: two candidates and the groups behind them, two
    senators of one party, a conference and the university suing it."""
    quotes = _speaker_scores(HANDWRITTEN_2, briefing)
    assert quotes["scored"] >= 100
    assert quotes["wrong_rate"] <= 0.02
    assert quotes["accuracy"] >= (0.82 if briefing else 0.90)


UNREADABLE = (
    "Residents of Mill Lane have had no heating for a week.\n\n"
    "“We have been boiling kettles to wash the children,” said Ada Penrose, 64. "
    "“Nobody from the housing association has been to see us,” added her neighbour, Tom Ricketts.\n\n"
    "“The boiler is older than most of the tenants and the parts no longer exist,” added the lot of them."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_quotation_with_its_own_attribution_is_not_the_last_speakers(briefing):
    assert _speaker(UNREADABLE, "Nobody from the housing association", briefing=briefing) in ("Tom Ricketts", None)
    assert _speaker(UNREADABLE, "Nobody from the housing association") == "Tom Ricketts"  # the parser's object after the verb
    assert _speaker(UNREADABLE, "The boiler is older than", briefing=briefing) is None


ORGANISATIONS_BY_KIND = (
    "Brightway Buses will close its depot in Harlow next month.\n\n"
    "The union Unite said in a statement: “Our members have kept this town moving for thirty years.”\n\n"
    "“The decision was taken without any consultation with the town,” Norway’s transport ministry said in a statement.\n\n"
    "The Campaign to Protect Rural England said the depot site would “become yet another car park on the green belt”."
)


def test_an_organisation_is_read_by_its_kind_its_owner_or_its_capitals():
    assert _speaker(ORGANISATIONS_BY_KIND, "Our members have kept this") == "Unite"
    assert _speaker(ORGANISATIONS_BY_KIND, "The decision was taken without") in ("Norway’s transport ministry", "Norway's transport ministry")
    assert _speaker(ORGANISATIONS_BY_KIND, "become yet another car park") == "Campaign to Protect Rural England"


CLAUSE_SUBJECTS = (
    "Talks between the owner of Ashford Town, Paul Greaves, and the club’s former chairman, Derek Mole, ended on Tuesday.\n\n"
    "Greaves wants to sell the ground to a developer, while Mole is leading a supporters’ bid to buy it.\n\n"
    "“We talked for three hours and we are no closer than we were in March,” he said.\n\n"
    "Greaves and Mole, who played in the same youth team in the 1980s, shook hands after the meeting.\n\n"
    "“We have known each other for forty years and one argument won’t change that,” he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_he_after_two_men_acting_in_one_sentence_is_no_one(briefing):
    assert _speaker(CLAUSE_SUBJECTS, "We talked for three hours", briefing=briefing) is None
    assert _speaker(CLAUSE_SUBJECTS, "We have known each other", briefing=briefing) is None


OF_AN_ORGANISATION = (
    "Shares in Corvane fell 12% on Tuesday.\n\n"
    "Kate Olsen of Fenwick Research wrote in a note to clients that the guidance “looks conservative, but conservative is not what this stock is priced for.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_person_of_an_organisation_is_the_person(briefing):
    assert _speaker(OF_AN_ORGANISATION, "looks conservative, but conservative", briefing=briefing) in ("Kate Olsen", None)
    assert _speaker(OF_AN_ORGANISATION, "looks conservative, but conservative") == "Kate Olsen"


HARD_TO_PARSE = (
    "The committee questioned the envoy for six hours on Thursday.\n\n"
    "“So it is fair to say you never fixed the problem with the embassy?” Brennan asked.\n\n"
    "The new cells, Okonjo said, are constantly sensing what happens in the tissue around them. "
    "“Once something goes out of balance, they respond within hours.”\n\n"
    "Harlow Records issued a statement on Monday night about the dispute.\n\n"
    "“No artist on this label has ever been stopped from performing their own songs,” the statement said.\n\n"
    "Tallis Foundation chief executive Miriam Osei said: “We will not be taking any more money from this donor.”\n\n"
    "“The market is already pricing in a recovery in earnings next year,” said a report from Danby Capital."
)


def test_speakers_the_parser_hides():
    assert _speaker(HARD_TO_PARSE, "So it is fair to") == "Brennan"  # a one-word name the recogniser missed
    assert _speaker(HARD_TO_PARSE, "Once something goes out of") == "Okonjo"  # a parenthetical attribution, carried
    assert _speaker(HARD_TO_PARSE, "No artist on this label") == "Harlow Records"  # the statement's author
    assert _speaker(HARD_TO_PARSE, "We will not be taking") == "Miriam Osei"  # of two subjects, the name nearest the verb
    assert _speaker(HARD_TO_PARSE, "The market is already pricing") == "Danby Capital"


READ_OUT = (
    "Manager Gareth Pell read a statement from the club’s owners to reporters on Friday.\n\n"
    "“The club is not for sale and never will be while we are here,” the statement said."
)


def test_a_statement_someone_reads_out_is_not_theirs():
    assert _speaker(READ_OUT, "The club is not for") is None


def test_speakers_the_parser_hides_in_the_briefing_are_right_or_silent():
    expected = {"So it is fair to": "Brennan", "Once something goes out of": "Okonjo", "No artist on this label": "Harlow Records",
                "We will not be taking": "Miriam Osei", "The market is already pricing": "Danby Capital"}
    for opening, speaker in expected.items():
        assert _speaker(HARD_TO_PARSE, opening, briefing=True) in (speaker, None)


NESTED = (
    "A former warehouse manager told a tribunal on Monday that she was forced out after reporting safety failures.\n\n"
    "“I went to his office and he said, ‘If you keep making trouble, you will be gone by Christmas,’” Rachel Imbert said.\n\n"
    "“I told him, ‘I am not going to stay quiet about this,’ and I walked out,” Imbert said."
)


def test_a_quotation_inside_another_is_its_own_and_not_the_reporters():
    (notes,) = annotate.annotate([Article(id="a", document_id="d", title="t", text=NESTED)], Settings().model)
    speakers = {q.text.strip("“”‘’,")[:20]: q.speaker for q in notes.quotes}
    assert speakers["I went to his office"] == "Rachel Imbert"  # the whole quotation, for the briefing
    assert speakers["If you keep making t"] is None  # his words, reported: not hers
    assert speakers["I am not going to st"] == "Rachel Imbert"  # her own words, quoted by herself
    row = annotations.wirebrief_rows([notes])[0]
    outer = next(q for q in row["quotes"] if q["quote"].startswith("I went"))
    assert "keep making trouble" not in outer["quote"]  # his words, which she only reports, are not given to her
    inner = next(q for q in row["quotes"] if q["quote"].startswith("If you keep"))
    assert inner["speaker"] is None  # listed on its own, his words: not hers


AGE = (
    "Striker Tom Akande signed a new contract with Castlebridge on Friday, ending months of talks.\n\n"
    "The 24-year-old told the club website: “This is where I want to play my football for years to come.”\n\n"
    "Castlebridge also sold defender Sam Ellery to Northmoor, and Ellery’s agent confirmed the fee.\n\n"
    "The 29-year-old said: “I have loved every minute here but it was time for a new challenge.”"
)


def test_the_age_epithet_is_the_one_the_text_was_just_about_or_no_one():
    assert _speaker(AGE, "This is where I want") == "Tom Akande"
    assert _speaker(AGE, "I have loved every minute") is None  # the last sentence is about his agent too: not settled


TITLED = (
    "The Environment Secretary, Paul Drummond, said the ban on single-use plastics was already making a difference.\n\n"
    "“Our ban took hundreds of millions of items out of circulation in its first year alone.”\n\n"
    "“Most heat pumps are designed for detached houses with big gardens,” said Warmwell’s co-founder and chief executive, Aisha Rahman.\n\n"
    "Senator Joan Marsh opened the hearing on Tuesday.\n\n"
    "“Nobody in this room believes the figures we were given last year,” the senator said.\n\n"
    "Corvane announced the deal on Monday.\n\n"
    "“This is the biggest contract in the history of the company,” the prosecutor said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_title_speaks_for_the_name_set_beside_it_or_given_it_before(briefing):
    expected = {"Our ban took hundreds of": "Paul Drummond", "Most heat pumps are designed": "Aisha Rahman", "Nobody in this room believes": "Joan Marsh"}
    for opening, speaker in expected.items():
        assert _said_by(TITLED, opening, speaker, briefing=briefing)
    assert _speaker(TITLED, "This is the biggest contract", briefing=briefing) is None  # no prosecutor named


ACTING = (
    "Elena Reyes laughed when she was told of the compliment. “Mark is too kind, he taught me most of what I know.”\n\n"
    "Council member Alan Brooks said he expected changes. So did council member Jorge Vega. “There is a deal to be done here, but not this one.”\n\n"
    "Liam Grady was arrested by detectives in Stockport on Monday.\n\n"
    "“We are confident that we have found the man responsible.”"
)


def test_a_quotation_after_a_sentence_about_one_person_is_theirs():
    assert _speaker(ACTING, "Mark is too kind, he") == "Elena Reyes"
    assert _speaker(ACTING, "There is a deal to") is None  # "So did …": two people did it
    assert _speaker(ACTING, "We are confident that we") is None  # the one arrested is not the one speaking


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_quotation_after_a_sentence_about_one_person_in_the_briefing_is_right_or_silent(briefing):
    assert _speaker(ACTING, "Mark is too kind, he", briefing=briefing) in ("Elena Reyes", None)
    assert _speaker(ACTING, "We are confident that we", briefing=briefing) is None


TURNS = (
    "The European Central Bank is likely to raise rates again in July, policymakers said.\n\n"
    "“We will decide meeting by meeting,” the ECB said in a statement.\n\n"
    "Sen. Karen Holt said she would vote against the spending bill. “I will not vote for a bill that lets hospitals close,” Holt told CNN’s Jake Mercer.\n\n"
    "Mercer asked whether she was prepared to force a shutdown. “Nobody wants a shutdown, but nobody should want hospitals closing either,” she replied."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_acronym_is_spelled_out_and_the_one_who_replies_is_not_the_one_who_asked(briefing):
    assert _speaker(TURNS, "We will decide meeting by", briefing=briefing) in ("European Central Bank (ECB)", None)
    assert _speaker(TURNS, "Nobody wants a shutdown, but", briefing=briefing) in ("Karen Holt", None)
    assert _speaker(TURNS, "We will decide meeting by") == "European Central Bank (ECB)"
    assert _speaker(TURNS, "Nobody wants a shutdown, but") == "Karen Holt"


LABELLED = (
    "Readers reacted to the closure of the Mill Lane library.\n\n"
    "Jane Whitmore: “I learned to read in that building and so did my children.”\n\n"
    "“Closing a library is the easiest saving a council can make and the most expensive,” — Tom Reed, a retired librarian\n\n"
    "“Forty years of story time, gone with one vote of the council.” — Ann Cole (@anncole) March 3, 2024\n\n"
    "Whitmore’s statement read: “We will take this decision to judicial review.”\n\n"
    "“We couldn't let it go. It's the only place left where people talk to each other.”\n\n"
    "So says Margaret Doyle, 82, who has borrowed a book every week since 1961."
)


def test_a_label_a_signature_a_statement_and_a_speaker_named_after():
    assert _speaker(LABELLED, "I learned to read in") == "Jane Whitmore"
    assert _speaker(LABELLED, "Closing a library is the") == "Tom Reed"
    assert _speaker(LABELLED, "Forty years of story time,") == "Ann Cole"  # an embedded post
    assert _speaker(LABELLED, "We will take this decision") == "Jane Whitmore"
    assert _speaker(LABELLED, "We couldn't let it go.") == "Margaret Doyle"


GENDER_DOUBT = (
    "Tom Reed runs the farm with his wife.\n\n"
    "“It has been the hardest year for everyone in this valley,” she said.\n\n"
    "Tom Reed met Ann Cole of the farmers’ union on Monday. “It was a productive meeting and we agreed on most things,” she said.\n\n"
    "Omar Haddad runs the bakery next door. His neighbour, Eileen Burke, sees the plan differently. “I’ve got to be up at six for work,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_he_or_she_is_no_one_where_the_text_leans_the_other_way_or_names_two(briefing):
    assert _speaker(GENDER_DOUBT, "It has been the hardest", briefing=briefing) is None  # "his" leans Tom Reed the other way
    assert _speaker(GENDER_DOUBT, "It was a productive meeting", briefing=briefing) is None  # either, for all the text shows
    assert _said_by(GENDER_DOUBT, "I’ve got to be up", "Eileen Burke", briefing=briefing)  # "His neighbour" is not hers


INTERVIEW = (
    "Marisol Vega has photographed glaciers for twenty years. She spoke to us from her home in Reykjavik.\n\n"
    "What made you start?\n\n"
    "“I went to Iceland on a student trip and saw my first glacier.”\n\n"
    "Is it hard to keep going?\n\n"
    "“Some days, yes. But somebody has to keep the record.”"
)


def test_the_answers_of_an_interview_are_the_interviewees():
    assert _speaker(INTERVIEW, "I went to Iceland on") == "Marisol Vega"
    assert _speaker(INTERVIEW, "Some days, yes. But somebody") == "Marisol Vega"


HANDWRITTEN_3 = Path(__file__).parent / "data" / "quotes_handwritten_3.jsonl"


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_third_hand_written_batch_meets_the_speaker_floor(briefing):
    """26 articles (tests/data/quotes_handwritten_3.jsonl), their speakers written down before the
    code ran on them: tech sites' present-tense "says", AP and Reuters, anonymous policymakers, an
    interview as questions and answers, post-match quotes, UK court roles ("prosecuting"), posts on
    Instagram and X, quotations running over paragraphs, a spokesperson for X, two women, "according
    to", nested quotations, "she continued", a named listener, an organisation as "it", a speaker named
    only after the quotation, "the 12-year-old", a family statement, a live blog, earnings calls."""
    quotes = _speaker_scores(HANDWRITTEN_3, briefing)
    assert quotes["scored"] >= 100
    assert quotes["wrong_rate"] <= 0.02
    assert quotes["accuracy"] >= (0.75 if briefing else 0.90)


RUN_TOGETHER = (
    "The surfer, Josh Tremayne, 22, said he had only done what anyone would do. 'I just saw the dog struggling and went for it,' he said.\n\n"
    "Sarah Pengelly thanked her rescuer on the beach. 'I will never be able to repay him for what he did today,' he said."
)


def test_he_after_a_finished_sentence_the_splitter_joined_to_the_quotation():
    assert _speaker(RUN_TOGETHER, "I just saw the dog") == "Josh Tremayne"
    assert _speaker(RUN_TOGETHER, "I will never be able") is None  # "her rescuer": "he" is not Sarah Pengelly, and no one else is there


NOT_THEIRS = (
    "The council voted on Tuesday to close the Mill Lane library.\n\n"
    "Breaking News: “The library will close its doors for good at the end of March.”\n\n"
    "Tom Ashby, who ran the library for thirty years, died in 2019.\n\n"
    "“He was a kind man who never turned a child away from that door.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_label_that_is_no_one_and_words_about_the_one_just_written_about_are_no_ones(briefing):
    assert _speaker(NOT_THEIRS, "The library will close its", briefing=briefing) is None
    assert _speaker(NOT_THEIRS, "He was a kind man", briefing=briefing) is None


CITED = (
    "Tom Smith spoke at the memorial on Monday. Smith quoted Churchill: “We shall fight on the beaches and we shall never surrender.”\n\n"
    "Ann Jones praised the crews.\n\n"
    "“We have never seen anything like this in forty years.”\n\n"
    "The comments came from Ruth Bell, the mayor’s spokeswoman."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_words_someone_quotes_are_not_theirs_and_a_speaker_named_after_wins(briefing):
    assert _speaker(CITED, "We shall fight on the", briefing=briefing) is None
    assert _said_by(CITED, "We have never seen anything", "Ruth Bell", briefing=briefing)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_document_noun_in_the_first_sentence_has_no_earlier_sentence_to_look_back_to(briefing):
    """ "The report was written by …" as an article's first sentence: no statement was brought in before it, and
    reading who wrote it must not look past the start of the article (this raised ValueError)."""
    text = ("The report was written by Dr. Omar Said, an epidemiologist at Harwick University, and colleagues. "
            "“Hedgehogs have found a refuge in our gardens,” the report said.")
    assert _speaker(text, "Hedgehogs have found", briefing=briefing) in (None, "Omar Said")


HANDWRITTEN_4 = Path(__file__).parent / "data" / "quotes_handwritten_4.jsonl"


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_fourth_hand_written_set_meets_the_speaker_floor(briefing):
    """21 articles written before the code ran on them (tests/data/quotes_handwritten_4.jsonl): press
    conferences where manager and players alternate, court reports (prosecutor, defence, judge,
    witness), parliamentary exchanges, panels and podcasts, organisations and their spokespeople,
    headline lines, interpreters, social posts, anonymous sources, a quotation followed by someone
    else's paraphrase. First run: parsed 0.893 right, 0 wrong; briefing 0.732 right, 2 wrong."""
    quotes = _speaker_scores(HANDWRITTEN_4, briefing)
    assert quotes["scored"] >= 100
    assert quotes["wrong_rate"] <= 0.02
    assert quotes["accuracy"] >= (0.75 if briefing else 0.90)


ANSWERED = (
    "A crane operator told the inquiry on Thursday that he had raised the alarm twice.\n\n"
    "“Did you ever write any of this down?” asked Peter Quill, for the contractor.\n\n"
    "“No. Nobody wrote anything down on that site,” Samir Haddou answered.\n\n"
    "“Not one of those warnings was ever passed on,” Haddou interjected, raising his voice.\n\n"
    "“You will answer the question you are asked,” the chair remonstrated."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_answer_is_the_one_who_answers_never_the_one_who_asked(briefing):
    assert _speaker(ANSWERED, "No. Nobody wrote anything", briefing=briefing) in ("Samir Haddou", None)
    assert _speaker(ANSWERED, "No. Nobody wrote anything") == "Samir Haddou"
    assert _speaker(ANSWERED, "You will answer the question", briefing=briefing) is None  # a verb not known: someone, not Haddou


HEADLINE_LINES = (
    "Flooding latest: 'Do not drive through flood water,' fire service says\n\n"
    "Rivers burst their banks across Somerset overnight.\n\n"
    "Power firm says 'hundreds' still cut off\n\n"
    "Mendip Grid said 900 homes were without electricity. “Crews will work through the night to reconnect everyone,” the company said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_headline_line_is_not_a_speaker(briefing):
    assert _speaker(HEADLINE_LINES, "Do not drive through flood", briefing=briefing) is None
    assert _speaker(HEADLINE_LINES, "Crews will work through the", briefing=briefing) in ("Mendip Grid", None)


APPOSITIONS = (
    "Councillors in Hexley voted on Tuesday to close the Mill Street swimming pool.\n\n"
    "Mr Dowd's daughter, Karen Lyle, addressed the meeting before the vote. “My father taught half this town to swim in that pool,” she said.\n\n"
    "The Mayor, Cllr Brian Tate, called for quiet in the public gallery. “Everyone will be heard, but not all at once,” he said."
)


def test_a_title_or_a_relation_with_a_name_beside_it_is_that_name():
    assert _speaker(APPOSITIONS, "My father taught half this") == "Karen Lyle"  # "Mr Dowd" is a man: "she" is not him
    assert _speaker(APPOSITIONS, "Everyone will be heard") == "Brian Tate"


SKIMMED_NAMES = (
    "The trial of a former care home manager accused of stealing from residents opened at Exeter Crown Court on Monday.\n\n"
    "Prosecuting, Marion Keel KC said the thefts had gone on for years. “This was a patient, careful theft,” she told the jury.\n\n"
    "“Every month the sums got larger,” Ms Keel said.\n\n"
    "“The residents trusted her completely,” said its chair, Olu Adeyemi.\n\n"
    "The home's cook, Jean Porter, posted on Facebook: “I never want to see that woman again.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_surname_a_post_beside_a_name_and_a_post_on_a_site(briefing):
    assert _speaker(SKIMMED_NAMES, "Every month the sums", briefing=briefing) in ("Marion Keel", "Marion Keel KC")
    assert _speaker(SKIMMED_NAMES, "The residents trusted her", briefing=briefing) == "Olu Adeyemi"
    assert _speaker(SKIMMED_NAMES, "I never want to see", briefing=briefing) in ("Jean Porter", None)


ASKED_ABOUT_HER = (
    "The Health Secretary, Joan Marsh, faced questions from the committee on Wednesday.\n\n"
    "Mr Okonjo opened by asking about waiting lists. “The minister promised shorter waits by March. Why has she missed every target since?”\n\n"
    "Ben Tull died in hospital on Friday. “He was the kindest man in the village.”"
)


def test_words_about_someone_of_the_other_gender_may_be_the_one_just_acting():
    assert _speaker(ASKED_ABOUT_HER, "The minister promised shorter waits") == "Okonjo"  # "she" is not Mr Okonjo
    assert _speaker(ASKED_ABOUT_HER, "He was the kindest man") is None  # "he": words about Ben Tull, not his


JOINED = (
    "The debate on school funding ran for three hours on Thursday.\n\n"
    "Presenter Mina Sole wanted a straight answer from every guest, yes or no. “Should any child be taught in a portable cabin?”\n\n"
    "Tom Hale sat beside Ada Frey on the panel. “These numbers do not add up and everyone here knows it.”\n\n"
    "Rhys Pugh retired from the council last year. “He served this town for forty years without a single complaint.”"
)


def test_a_quotation_the_splitter_joined_to_a_sentence_about_one_person():
    assert _speaker(JOINED, "Should any child be taught") == "Mina Sole"
    assert _speaker(JOINED, "These numbers do not add") is None  # two people: either
    assert _speaker(JOINED, "He served this town for") is None  # words about him, not his


HANDWRITTEN_5 = Path(__file__).parent / "data" / "quotes_handwritten_5.jsonl"


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_fifth_hand_written_set_meets_the_speaker_floor(briefing):
    """19 articles written before the code ran on them (tests/data/quotes_handwritten_5.jsonl): local TV,
    rugby and basketball reports, university and health releases, an earnings wire, an opinion column,
    a timestamped live blog, a transcript with speaker labels, an obituary, a town-hall exchange, words
    nested in paraphrase, Vietnamese and other non-English names, names the recogniser may mis-tag.
    First run: parsed 0.891 right, 0 wrong; briefing 0.743 right, 0 wrong. The parsed floor here is
    lower than the others' (0.85): the set's misses are its purpose, and a wrong name is still none."""
    quotes = _speaker_scores(HANDWRITTEN_5, briefing)
    assert quotes["scored"] >= 100
    assert quotes["wrong_rate"] <= 0.02
    assert quotes["accuracy"] >= (0.70 if briefing else 0.85)


HANDWRITTEN_6 = Path(__file__).parent / "data" / "quotes_handwritten_6.jsonl"


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_sixth_hand_written_set_meets_its_floor_with_no_wrong_name(briefing):
    """14 articles written before the code ran on them (tests/data/quotes_handwritten_6.jsonl): a
    sentencing hearing alternating prosecutor, defence and judge; a statehouse debate and a strike
    whose two sides alternate; statements and spokespeople; a spat in social posts; quotation
    paragraphs continuing a speaker, then another's paraphrase; "according to"; speech nested in a
    tribunal witness's words; an interpreter; a TV interview whose presenter speaks once; a magazine
    feature; a profile whose speaker is named in the paragraph after; outlets and listeners named
    beside speakers. First run: parsed 0.876 right, 0 wrong; briefing 0.784 right, 0 wrong. After the
fixes the probes of these classes led to: parsed 0.897 (a title tagged as a name, "he replied" as the
one asked). The parsed floor is below the others' (0.90): its misses are what the set is for."""
    quotes = _speaker_scores(HANDWRITTEN_6, briefing)
    assert quotes["scored"] >= 95
    assert quotes["wrong"] == 0
    assert quotes["accuracy"] >= (0.78 if briefing else 0.89)


SKIMMED_SUBJECTS = (
    "Talks between the foreign ministers ended without an agreement on Tuesday.\n\n"
    "“We have agreed to keep talking,” Turkish Foreign Minister Kemal Arslan told a news conference.\n\n"
    "His Ukrainian counterpart, Olena Marchenko, said through an interpreter that Kyiv would not accept the deal. "
    "“This is a red line for us, and it will remain one,” she said.\n\n"
    "Actor Tom Hanks, 66, stars in the new film. “She's my best friend. It really is that simple,” he said.\n\n"
    "The couple's son, Chet, has been open about his struggles. “My parents never gave up on me,” he told the podcast."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_pronoun_does_not_reach_past_someone_described_by_another(briefing):
    """"His counterpart, Olena Marchenko," is the one the sentence is about, not the "his"; "the
    couple's son" is someone between "he" and Hanks, even where no recogniser read the sentence."""
    assert _speaker(SKIMMED_SUBJECTS, "This is a red line", briefing=briefing) in ("Olena Marchenko", None)
    assert _speaker(SKIMMED_SUBJECTS, "My parents never gave up", briefing=briefing) in ("Chet", None)


EXPLAINER = (
    "Energy minister Tom Reed said the price cap would rise in April. “Households will see an increase, but it will be smaller,” Reed said.\n\n"
    "Should you fix your energy deal now?\n\n"
    "“Fixing makes sense if you value certainty over saving a few pounds,” says Sarah Coles of Hargreaves Lansdown.\n\n"
    "Can you switch supplier?\n\n"
    "“Most suppliers are not offering deals to new customers at the moment.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_explainers_questions_are_headings_not_an_interviewer(briefing):
    """Questions heading an explainer's sections, one answered by a named expert: no interview, so
    the bare quotation after the last is no one's, not the one quoted before it."""
    assert _speaker(EXPLAINER, "Most suppliers are not offering", briefing=briefing) is None
    assert _speaker(EXPLAINER, "Fixing makes sense if you", briefing=briefing) in ("Sarah Coles", None)


TAGGED_TITLE = (
    "Harbour master Colin Pascoe said landings had risen.\n\n"
    "The town's MP, Sarah Quinlan, said the grant scheme for small boats was a start, but that the harbour needed dredging first.\n\n"
    "“We need a fishing port, not a museum to one. Without dredging, the bigger boats will land in Plymouth instead.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_title_tagged_as_a_name_gives_way_to_the_name_beside_it(briefing):
    """"MP" tagged as a proper noun, "Sarah Quinlan" its apposition: she is the one who said it, and
    the quotation paragraph after her paraphrase is hers, never the one quoted before."""
    assert _said_by(TAGGED_TITLE, "We need a fishing port", "Sarah Quinlan", briefing=briefing)


ASKED_BY_SOMEONE = (
    "Head coach Luc Morand said the new signing would be on the bench. “He has trained very well,” Morand said.\n\n"
    "One journalist asked Morand whether he had spoken to the owner about new signings. "
    "“I speak to the president every week. What we say stays between us,” he replied.\n\n"
    "Sarah Kline asked the minister whether he would resign. “Absolutely not, I have done nothing wrong,” he replied."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_he_who_replies_is_the_one_asked(briefing):
    """"X asked Morand whether …" then "“…,” he replied": Morand, not the journalist who asked; one
    asked by description ("the minister") stays no one."""
    assert _said_by(ASKED_BY_SOMEONE, "I speak to the president", "Luc Morand", briefing=briefing)
    assert _speaker(ASKED_BY_SOMEONE, "Absolutely not, I have done", briefing=briefing) is None


BROUGHT_IN_UNNAMED = (
    "Prosecutor Mark Dane told the jury the defendant had lied. “He lied to police and he lied to you,” Dane said.\n\n"
    "The court then heard from a neighbour who saw the car that night. “It was parked outside for hours, with the engine running,” he said.\n\n"
    "Mayor Tom Hale opened the bridge on Friday. “This bridge has been a long time coming,” Hale said.\n\n"
    "Among the crowd was a retired engineer who worked on the original bridge in 1975. “I never thought I'd see it replaced,” he said.\n\n"
    "Coach Ian Reyes praised his team. “They were magnificent today,” Reyes said.\n\n"
    "It was a different story for the visitors, whose manager was sent to the stands. “I said nothing to the referee, nothing at all,” he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_he_after_someone_brought_in_unnamed_is_no_one(briefing):
    """A sentence that brings in someone it does not name (as an object, after "was", by "whose"):
    "he" after it may be them, so no one, never the one quoted before."""
    for opening in ("It was parked outside for", "I never thought I'd see", "I said nothing to the"):
        assert _speaker(BROUGHT_IN_UNNAMED, opening, briefing=briefing) is None


REACTION_AFTER = (
    "Her colleague, a newly qualified nurse named Tom Reilly, is on his third week. He watches Grace closely. "
    "“I've learned more from her in three weeks than in three years at university,” he says. "
    "“She never raises her voice. She doesn't have to.” Grace laughs when she hears this."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_reaction_after_a_finished_quotation_is_not_its_attribution(briefing):
    """"….” Grace laughs when she hears this.": a new sentence about someone who hears the words,
    not one saying who spoke them (paragraph breaks lost, as some pages give text)."""
    assert _speaker(REACTION_AFTER, "She never raises her voice.", briefing=briefing) in ("Tom Reilly", None)


ASKED_AFTER = (
    "Guard Devin Shaw was not as sure. “You want to be out there when it's close,” Shaw said. "
    "“But I'm not the one making that call.” Wallace was asked about Shaw's comments."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_one_asked_after_a_quotation_did_not_say_it(briefing):
    """"….” Wallace was asked about it.": the one asked next, not the one who spoke."""
    assert _speaker(ASKED_AFTER, "But I'm not the one", briefing=briefing) in ("Devin Shaw", None)


TITLE_HELD_BY_ANOTHER = (
    "French President Emmanuel Macron met Joe Biden at the White House on Thursday. Biden praised the alliance.\n\n"
    "“Our two nations have stood together for 250 years,” the president said.\n\n"
    "Acme's chief executive, John Ruiz, resigned on Monday. His replacement, Mary Chen, starts next week.\n\n"
    "“I am honoured to lead this company,” the chief executive said.\n\n"
    "Coach Tom Hale and striker Sam Ortiz both spoke after the game. Ortiz scored twice.\n\n"
    "“The coach told me to keep going and I did,” the striker said.\n\n"
    "“He is the best finisher I have worked with,” the coach said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_title_is_not_its_holder_when_the_text_just_turned_to_another(briefing):
    """"the president" after a sentence about Biden, "the chief executive" after the one who
    replaces Ruiz: no one, not the one the text titled; in an exchange ("the striker said"), the
    title still finds its holder."""
    assert _speaker(TITLE_HELD_BY_ANOTHER, "Our two nations have stood", briefing=briefing) is None
    assert _speaker(TITLE_HELD_BY_ANOTHER, "I am honoured to lead", briefing=briefing) is None
    assert _said_by(TITLE_HELD_BY_ANOTHER, "He is the best finisher", "Tom Hale", briefing=briefing)


OTHERS_WORDS = (
    "The grant came from the National Center for Scientific Research in France. Professor Paul Ferrand leads the lab in Lyon.\n\n"
    "Research focusing on these cells could explain how organs work together. He describes the prospects as “exciting,” but cautions that “we’re still in the very early days” of the work.\n\n"
    "Dr Owen Rees and his team questioned the patient about his home for an hour before they found the cause: a feather duvet.\n\n"
    "“I'm sure it happens much more than we realise,” Rees said.\n\n"
    "“It doesn't affect me at all now and my life is back to normal,” the patient wrote in the case study."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_capitalised_phrase_is_no_speaker_and_the_patient_is_not_the_doctor(briefing):
    assert _speaker(OTHERS_WORDS, "we’re still in the very", briefing=briefing) in ("Paul Ferrand", None)  # not "Scientific Research"
    assert _speaker(OTHERS_WORDS, "It doesn't affect me at", briefing=briefing) is None  # the patient, set beside Rees as another


FAMILY = (
    "Actress Maria Lund wrote the song in a month. Her son, filmmaker Karl Berg, remembers it as a strange time. "
    "“If your mom says her head is full of music, you think she has gone mad,” he said.\n\n"
    "Berg still laughs at the memory of his mother singing in the back of his car. "
    "“It could have been easy for Maria Lund to put her name on it and get a pass, but she didn't do that,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_she_is_not_a_son_nor_the_one_her_words_name(briefing):
    assert _speaker(FAMILY, "If your mom says her", briefing=briefing) in ("Karl Berg", None)
    assert _speaker(FAMILY, "It could have been easy", briefing=briefing) is None  # not the son, nor Maria Lund named inside


ANOTHERS_REPORT = (
    "The United States will no longer treat the settlements as illegal, the Secretary of State said on Monday.\n\n"
    "Mike Ferris said that after legal advice Washington had concluded the settlements were “not, per se, inconsistent with international law”.\n\n"
    "Lee Dunn posted a text message exchange he had with Mia Tate in which she told him: “I am going to tell everyone what you did to this family.”\n\n"
    "Roscosmos, the Russian Federal Space Agency, said it had lost contact with the cargo ship. "
    "“The spacecraft made another pass over Russia but contact was not restored,” the American space agency said in an update."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_words_another_reports_a_speech_verb_nearer_the_quotation_and_a_description_that_does_not_fit(briefing):
    assert _speaker(ANOTHERS_REPORT, "not, per se, inconsistent with", briefing=briefing) in ("Mike Ferris", None)  # not "Washington"
    assert _speaker(ANOTHERS_REPORT, "I am going to tell", briefing=briefing) in ("Mia Tate", None)  # hers, not Lee Dunn's
    assert _speaker(ANOTHERS_REPORT, "The spacecraft made another pass", briefing=briefing) is None  # not the Russian agency


SUBHEAD = (
    "Charles Simpson, who studies the camp, said the allegations were false.\n\n"
    "“I can say with confidence that the US does not control any actors there,” Simpson said.\n\n"
    "“… prevent the evacuation of civilians from the camp”\n\n"
    "A refugee inside the camp said the claim was absurd."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_quoted_subheading_is_no_ones(briefing):
    assert _speaker(SUBHEAD, "… prevent the evacuation of", briefing=briefing) is None


LONG_TITLES = (
    "The hostages were freed on Tuesday after three years in captivity.\n\n"
    "“We pray for the full recovery of both men,” said White House Press Secretary Stephanie Grisham.\n\n"
    "Boeing confirmed the bid in a statement on Friday.\n\n"
    "“Using the lift of the new rocket, we have found the fewest steps to the Moon,” Jim Chilton, senior vice president "
    "for space and launch at Boeing Defense, Space, and Security, said in that statement."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_title_of_four_words_and_a_list_inside_a_name_are_not_speakers(briefing):
    assert _speaker(LONG_TITLES, "We pray for the full", briefing=briefing) in ("Stephanie Grisham", None)
    assert _speaker(LONG_TITLES, "Using the lift of the", briefing=briefing) in ("Jim Chilton", None)


RHETORICAL = (
    "South Dakota launched a new campaign against methamphetamine on Monday. The slogan drew a South Dakota-sized share of attention online.\n\n"
    "Just what is this priceless slogan?\n\n"
    "“Meth. We’re on it. Together we will beat this.”\n\n"
    "Governor Kristen Noble defended it on Tuesday."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_question_the_writer_asks_no_one_brings_in_no_interviewee(briefing):
    assert _speaker(RHETORICAL, "Meth. We’re on it.", briefing=briefing) is None


TWO_AND_FOREIGN = (
    "Russia's foreign ministry said the move contradicted the legal footing for a peace deal.\n\n"
    "The French foreign ministry said it “regrets any decision likely to encourage settlement activity.”\n\n"
    "Mike Ford died in 2006. His sister Martha Fry and brother Dale Ford dispute that he was estranged from them.\n\n"
    "Ford and Fry replied that I was threatening them with “the unsubstantiated beliefs of uncited individuals.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_another_countrys_ministry_and_two_named_together_are_no_one(briefing):
    assert _speaker(TWO_AND_FOREIGN, "regrets any decision likely to", briefing=briefing) is None  # not Russia's
    assert _speaker(TWO_AND_FOREIGN, "the unsubstantiated beliefs of uncited", briefing=briefing) is None  # both of them


RECALL = (
    "I grew up in a town with three bakeries. Today it has none.\n\n"
    "When I put that to Dr. Mariana Oyelaran, an urban economist at the London School of Economics, she laughed. "
    "“Online shopping is the excuse, not the cause,” she told me.\n\n"
    "Developer Alicia Moreno-Quist opened by promising “the biggest investment this side of the city has seen in fifty years.”\n\n"
    "The exchange took place between Senator Patricia Obuya and Federal Reserve Chair Daniel Rosenthal.\n\n"
    "OBUYA: “When will families in my state get relief?”\n\n"
    "ROSENTHAL: “Senator, I understand the pain, and inflation is coming down.”"
)


def test_a_name_before_she_a_subject_by_promising_and_a_transcripts_capitals():
    assert _speaker(RECALL, "Online shopping is the excuse,") == "Mariana Oyelaran"  # the one person named before "she"
    assert _speaker(RECALL, "the biggest investment this side") == "Alicia Moreno-Quist"  # who opened by promising
    assert _speaker(RECALL, "When will families in my") == "Patricia Obuya"
    assert _speaker(RECALL, "Senator, I understand the pain,") == "Daniel Rosenthal"


TITLES = (
    "The band will tour next year, the promoter said on Monday.\n\n"
    "According to Live Nation, fans can expect the band's hits, including “Listen To The Music,” “Takin’ It To The Streets,” "
    "“What A Fool Believes” and “Jesus Is Just Alright With Me.”\n\n"
    "“We’re truly excited about our 50th Anniversary Tour,” Tom Johnston said in a statement."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_titles_of_works_are_no_ones_words(briefing):
    for title in ("Listen To The Music,", "Takin’ It To The Streets,", "What A Fool Believes", "Jesus Is Just Alright With"):
        assert _speaker(TITLES, title, briefing=briefing) is None
    assert _speaker(TITLES, "We’re truly excited about our", briefing=briefing) == "Tom Johnston"


SELF_NAMING_ORGANISATIONS = (
    "Tesla said on Monday it would recall 10,000 cars.\n\n“Tesla remains committed to safety,” the company said.",
    "Corvane Motors said on Monday it would recall 12,000 cars over a braking fault.\n\n"
    "“Corvane Motors remains committed to the safety of every driver,” the company said.",
)
SELF_NAMING_PERSON = "The jury was out for three hours.\n\nMary Hale thanked the jurors.\n\n“It was never going to be easy for Mary Hale after all this,” she said."


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_organisation_may_name_itself_but_she_is_not_the_one_her_words_name(briefing):
    tesla, corvane = SELF_NAMING_ORGANISATIONS
    assert _said_by(tesla, "Tesla remains", "Tesla", briefing=briefing)  # the briefing may skim it
    assert _speaker(corvane, "Corvane Motors remains", briefing=briefing) == "Corvane Motors"
    assert _speaker(SELF_NAMING_PERSON, "It was never going to", briefing=briefing) is None


RELATIVE_ASIDE = (
    "Ms. Lena Hartley met Daniel Okafor in Lagos on Monday.\n\n"
    "Daniel Okafor, who she said was a close friend, told reporters: “We will win this election by a wide margin.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_relative_clause_ending_at_a_comma_does_not_take_the_colon_after_it(briefing):
    assert _speaker(RELATIVE_ASIDE, "We will win this election", briefing=briefing) == "Daniel Okafor"  # not "she"


KIN_NOT_IN_APPOSITION = (
    "Her husband visited Ann Cole in hospital on Monday.\n\nCole is recovering well after the surgery.\n\n"
    "“I feel much better now and I want to go home,” she said.",
    "The girl's mother thanked Tom Reid, a firefighter, on Monday.\n\nReid carried the girl from the burning house.\n\n"
    "“Anyone would have done the same in my place,” he said.",
    "Bob Jones, the daughter's lawyer, spoke outside court on Monday.\n\n“We will appeal this ruling as soon as we can,” he said.",
    "Tom Reid, his mother's oldest friend, spoke at the funeral on Friday.\n\n“He was the kindest man I ever knew,” he said.",
)
KIN_IN_APPOSITION = "Ann Cole, his widow, spoke at the funeral on Friday.\n\n“He was the kindest man I ever knew,” she said."


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_kinship_word_gives_a_gender_only_in_apposition_to_the_name(briefing):
    visited, thanked, lawyer, friend = KIN_NOT_IN_APPOSITION
    assert _speaker(visited, "I feel much better now", briefing=briefing) == "Ann Cole"  # the husband is not Ann Cole
    assert _speaker(thanked, "Anyone would have done the", briefing=briefing) == "Tom Reid"  # nor the mother Tom Reid
    assert _speaker(lawyer, "We will appeal this ruling", briefing=briefing) == "Bob Jones"  # the daughter's lawyer is not her
    assert _speaker(friend, "He was the kindest man", briefing=briefing) == "Tom Reid"
    assert _speaker(KIN_IN_APPOSITION, "He was the kindest man", briefing=briefing) == "Ann Cole"


DAY_AFTER_NAME = (
    "The strike entered its third week.\n\n“We will win this fight for fair pay,” said John Smith Tuesday.\n\n"
    "“Nobody wants to be out in the cold,” said Karen Lyle Jan. 5.\n\n“We will not be bullied into a deal,” said Theresa May."
)
HIS_THEN_SHE = (
    "The hearing was adjourned until Friday.\n\n"
    "When Tom Ford finished his speech, she stood up. “We are very pleased with the outcome of this case,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_day_after_a_name_is_not_part_of_it_and_she_is_not_a_man_with_his(briefing):
    assert _speaker(DAY_AFTER_NAME, "We will win this fight", briefing=briefing) == "John Smith"
    assert _speaker(DAY_AFTER_NAME, "Nobody wants to be out", briefing=briefing) == "Karen Lyle"
    assert _speaker(DAY_AFTER_NAME, "We will not be bullied", briefing=briefing) == "Theresa May"  # a month, only before a number
    assert _speaker(HIS_THEN_SHE, "We are very pleased with", briefing=briefing) is None  # Tom Ford finished his speech: not "she"


def _unparsed_speaker(text: str, opening: str) -> str | None:
    """`_speaker` with no sentence parsed: every speaker read off the words alone."""
    article = Article(id="a", document_id="d", title="Test story", text=text)
    nothing = lambda skimmed: Depth(frozenset(), frozenset())  # noqa: E731
    (notes,) = annotate.annotate([article], Settings().model, select=nothing)
    found = [q.speaker for q in notes.quotes if " ".join(q.text.strip("“”\"‘’'").split()).startswith(opening)]
    assert found, f"no quotation starting {opening!r}"
    return found[0]


def test_a_common_noun_with_a_persons_ending_brings_in_no_one():
    """ "the process", "its business", "the press": no one a "he" after them might be; "a retired
    engineer", "the couple's son" are."""
    for words in ("its business", "the process", "Apple's success", "the press", "the list", "their Christian faith", "the deer"):
        assert quotes._SOMEONE_RE.search(words) is None, words
    for words in ("a retired engineer", "the couple's son", "the novelist", "his wife"):
        assert quotes._SOMEONE_RE.search(words) is not None, words


THE_PROCESS = (
    "Mayor Tom Hale opened the inquiry into the bridge contract on Monday.\n\n"
    "“We have nothing to hide, and we will publish every page,” he said of the process.\n\n"
    "Hale defended its business plan. “The bridge pays for itself within ten years,” he said."
)


def test_he_beside_a_common_noun_with_a_persons_ending_is_still_the_one_speaking():
    """Without a parse, "the process" and "its business" are no rival to "he"."""
    assert _unparsed_speaker(THE_PROCESS, "We have nothing to hide") == "Tom Hale"
    assert _unparsed_speaker(THE_PROCESS, "The bridge pays for itself") == "Tom Hale"


HIS_WIFE = (
    "Tom Reed, 52, denies defrauding the farm cooperative he ran for twenty years.\n\n"
    "The court heard from his wife on Tuesday. “I never saw a penny of that money,” he said.\n\n"
    "Anna Moss, 47, denies the same charge.\n\n"
    "The court heard from her husband on Wednesday. “She kept the books and I kept the animals,” she said."
)


@pytest.mark.parametrize("parse", [True, False], ids=["parsed", "unparsed"])
def test_someone_brought_in_unnamed_blocks_only_their_own_gender(parse):
    """ "his wife" may be a "she" after it, not a "he"; "her husband" may be a "he", not a "she"."""
    speaker = _speaker if parse else _unparsed_speaker
    assert speaker(HIS_WIFE, "I never saw a penny") == "Tom Reed"
    assert speaker(HIS_WIFE, "She kept the books and") == "Anna Moss"


def test_someone_unnamed_beside_a_pronoun_is_a_rival_only_of_their_own_gender():
    text = "Farmer Ed Hart said he had sold the family farm in May.\n\n“It was never about the money,” he said of his wife’s objections."
    assert _unparsed_speaker(text, "It was never about the") == "Ed Hart"
    text = "Farmer Ed Hart said he had sold the family farm in May.\n\n“It was never about the money,” he said of his son’s objections."
    assert _unparsed_speaker(text, "It was never about the") is None


SHORT_ATTRIBUTIONS = (
    "Jane Smith lost her appeal against the planning decision on Friday.\n\n"
    "“We will keep fighting for the meadow.” Smith said after the hearing.\n\n"
    "Carla Diaz, the council leader, welcomed the ruling.\n\n"
    "“The meadow was never the issue. The access road was.” She said that.\n\n"
    "Tom Reed runs the farm next to the meadow with his brother Sam.\n\n"  # two who may speak next, not one acting alone
    "“I just want it settled.” He said that the road would ruin the farm."
)


def test_a_short_attribution_may_go_on_with_after_or_that_but_not_with_a_clause():
    assert _unparsed_speaker(SHORT_ATTRIBUTIONS, "We will keep fighting for") == "Jane Smith"
    assert _unparsed_speaker(SHORT_ATTRIBUTIONS, "The meadow was never the") == "Carla Diaz"
    assert _unparsed_speaker(SHORT_ATTRIBUTIONS, "I just want it settled.") is None


def _governing(sentence: str) -> str | None:
    """The speech verb that governs the quotation opening `sentence`, read as one sentence (as the
    splitter sometimes joins a quotation and the sentence after it)."""
    doc = spacy.load(Settings().model)(sentence)
    close = next(t.i for t in doc if t.text == "”")
    verb = quotes._governing_verb(doc, set(range(1, close)), set(range(close + 1)))
    return verb.text if verb is not None else None


def test_told_after_a_finished_quotation_governs_it_with_its_listener_but_not_with_a_clause():
    """ "….” Jones told reporters." read as one sentence: "reporters" is who was told, not the
    object of another sentence; "told reporters he expected …" and "laughs when …" say something else."""
    assert _governing("“It is over.” Jones told reporters.") == "told"
    assert _governing("“It is over.” Jones told reporters he expected cuts.") is None
    assert _governing("“It is over.” Jones laughs when she hears this.") is None


INTERVIEW_NAMED_ONCE = (
    "Marisol Vega has photographed glaciers for twenty years. She spoke to us from her home in Reykjavik.\n\n"
    "What made you start?\n\n"
    "“I went to Iceland on a student trip and saw my first glacier,” says Vega.\n\n"
    "Is it hard to keep going?\n\n"
    "“Some days, yes. But somebody has to keep the record.”\n\n"
    "What is next for you?\n\n"
    "“Greenland, if the funding comes through.”\n\n"
    "Any advice?\n\n"
    "Here is how she put it in a talk last year: “Go before it is gone.”"
)


def test_an_interview_is_one_by_most_of_its_questions_and_may_name_the_interviewee():
    """One answer signed with the interviewee's name, one question paragraph that is not answered
    straight away: still an interview, its bare answers hers."""
    assert _speaker(INTERVIEW_NAMED_ONCE, "Some days, yes. But somebody") == "Marisol Vega"
    assert _speaker(INTERVIEW_NAMED_ONCE, "Greenland, if the funding comes") == "Marisol Vega"


RELATIVE_NAMED = (
    "Marisol Vega opened her bakery on the West Side in 2013. Vega, 44, still shapes the first tray of conchas herself.\n\n"
    "Her mother, Rosa, had taught her to make tamales when she was seven. She still comes in on Saturdays.\n\n"
    "“My mom worked two jobs. I was the one who cooked for my brothers,” she said.\n\n"
    "Tom Hale runs the farm with his son, Ben Hale, 31.\n\n"
    "“My son does the books now, and he is better at it than I ever was,” he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_quotation_that_speaks_of_my_mom_is_not_the_mothers(briefing):
    """ "Her mother, Rosa," and then "“My mom …,” she said": the words of the one whose mother she is,
    where the text leaves one such; "his son, Ben Hale" is not the one saying "my son"."""
    assert _said_by(RELATIVE_NAMED, "My mom worked two jobs.", "Marisol Vega", briefing=briefing)
    assert _speaker(RELATIVE_NAMED, "My son does the books", briefing=briefing) in ("Tom Hale", None)


SAME_SURNAME_UNRECOGNISED = (
    "Jorge Almeida has run the bakery on Rua das Flores for 41 years, as his father did before him.\n\n"
    "“People still need bread, and they still want to know the person who made it,” Ana Almeida says.\n\n"
    "“I am not going anywhere yet,” Almeida said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_full_name_with_another_first_name_is_another_person(briefing):
    """"Ana Almeida" is not "Jorge Almeida", even where the recogniser misses her; a bare "Almeida"
    after both is either."""
    assert _speaker(SAME_SURNAME_UNRECOGNISED, "People still need bread, and", briefing=briefing) in ("Ana Almeida", None)
    assert _speaker(SAME_SURNAME_UNRECOGNISED, "People still need bread, and") == "Ana Almeida"
    assert _speaker(SAME_SURNAME_UNRECOGNISED, "I am not going anywhere", briefing=briefing) in ("Almeida", None)


UNRECOGNISED_BODIES = (
    "A signal failure closed the Victoria line on Monday morning.\n\n"
    "Transport for London said in a statement: “We are investigating the cause and apologise to passengers.”\n\n"
    "Campaign for Better Transport said: “Passengers deserve a railway that works every day of the week.”\n\n"
    "Residents of Hallow Green said in a letter: “We have been ignored at every stage of this process.”\n\n"
    "The Minister for Transport said: “We will ask for a full report by the end of the month.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_organisation_the_recogniser_misses_speaks_by_its_name(briefing):
    """A capitalised noun with a named complement as the subject of a speech verb is a body's
    name; people described by where they live, and a title, are no body."""
    assert _speaker(UNRECOGNISED_BODIES, "We are investigating the cause", briefing=briefing) in ("Transport for London", None)
    assert _speaker(UNRECOGNISED_BODIES, "We are investigating the cause") == "Transport for London"
    assert _speaker(UNRECOGNISED_BODIES, "Passengers deserve a railway that", briefing=briefing) in ("Campaign for Better Transport", None)
    assert _speaker(UNRECOGNISED_BODIES, "We have been ignored at", briefing=briefing) is None
    assert _speaker(UNRECOGNISED_BODIES, "We will ask for a", briefing=briefing) is None


PROFILE_NARRATION = (
    "Marisol Vega, 44, opened Dulce Vida, a bakery on the West Side, in 2013. She still shapes the first tray herself.\n\n"
    "Vega grew up in Laredo. Her parents ran a taco stand near the border.\n\n"
    "“I was always in the kitchen, always,” she recalls.\n\n"
    "Vega started baking at nine. The neighbourhood was rough then.\n\n"
    "“People told me I was crazy to open a bakery here.”\n\n"
    "The bakery’s growth has drawn notice. Last spring it won a contract with a grocery chain, and Vega is considering a second store.\n\n"
    "“I’m not sure I want to be a businesswoman with two stores,” she said.\n\n"
    "As Vega puts it, “Bread is the one thing everyone needs, every single day.”\n\n"
    "Her landlord, Tom Reed, 51, owns half the block. Ana Ruiz runs the laundry next door. The street has changed a lot.\n\n"
    "“I have been on this street longer than anyone.”\n\n"
    "“This street has been good to me,” the 44-year-old says.\n\n"
    "“Nobody works harder than the people on this block,” the baker says."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_profile_carries_its_one_person_through_narration(briefing):
    """A first-person quotation paragraph after narration about one person is theirs; "her parents"
    and an "it" are no one "she" could be; "the 44-year-old" is the one the text gave that age;
    where the narration has two actors (Reed and Ruiz) or the description is no name ("the
    baker"), no one."""
    expected = {
        "I was always in the": "Marisol Vega",
        "People told me I was": "Marisol Vega",
        "I’m not sure I want": "Marisol Vega",
        "Bread is the one thing": "Marisol Vega",
        "This street has been good": "Marisol Vega",
    }
    for opening, speaker in expected.items():
        assert _said_by(PROFILE_NARRATION, opening, speaker, briefing=briefing)
    assert _speaker(PROFILE_NARRATION, "I have been on this", briefing=briefing) is None
    assert _speaker(PROFILE_NARRATION, "Nobody works harder than the", briefing=briefing) is None


SPOKEN_OF = (
    "John Smith, a jazz pianist who played the city's clubs for six decades, died on Monday at 88.\n\n"
    "Marisol Vega opened a bakery in 2013.\n\n"
    "Her mother, Rosa, died in 2019.\n\n"
    "“I still bake her recipes every day.”\n\n"
    "On the podcast, host Sam Ingram asked his old teammate Joe Baptiste about the try that was ruled out in 2015.\n\n"
    "Ingram disagreed. “I've watched it back fifty times and he was in touch. I'm sorry, Joe, but he was.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_words_that_speak_of_the_one_who_acted_are_not_theirs(briefing):
    """A quotation after a sentence where someone only acts ("died") is not theirs when it speaks of
    someone of their gender and names no one else ("“I still bake her recipes …”" after Rosa died);
    one that names another ("Joe") may speak of him."""
    assert _speaker(SPOKEN_OF, "I still bake her recipes", briefing=briefing) is None
    assert _speaker(SPOKEN_OF, "I've watched it back fifty", briefing=briefing) in ("Sam Ingram", None)
    assert _speaker(SPOKEN_OF, "I've watched it back fifty") == "Sam Ingram"


DESCRIBED_SPEAKERS = (
    "Assistant District Attorney Karen Walsh objected twice, and Judge Marion Blake sustained one of the objections.\n\n"
    "“Counsel, confine yourself to what the evidence will show,” the judge said.\n\n"
    "Marisol Vega opened a bakery on the West Side in 2013.\n\n"
    "“Nobody works harder than the people on this block,” the baker says.\n\n"
    "Vega’s reply was short: “I love this street more than any other place on earth.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_title_a_description_and_a_reply_find_their_speaker_or_none(briefing):
    """"the judge" after a sentence whose subject holds another title (a prosecutor) is the judge;
    "the baker", which the recogniser may take for a name, is no name; "Vega’s reply" is hers."""
    assert _speaker(DESCRIBED_SPEAKERS, "Counsel, confine yourself to what", briefing=briefing) in ("Marion Blake", None)
    assert _speaker(DESCRIBED_SPEAKERS, "Counsel, confine yourself to what") == "Marion Blake"
    assert _speaker(DESCRIBED_SPEAKERS, "Nobody works harder than the", briefing=briefing) is None
    assert _speaker(DESCRIBED_SPEAKERS, "I love this street more", briefing=briefing) in ("Marisol Vega", None)


HANDWRITTEN_7 = Path(__file__).parent / "data" / "quotes_handwritten_7.jsonl"


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_seventh_hand_written_set_meets_its_floor_with_no_wrong_name(briefing):
    """12 articles, 98 quotations, written before the code ran on them (tests/data/quotes_handwritten_7.jsonl):
    two profiles among a family of one surname (a baker with her mother, sister and cook; a boxer
    with his father, brother and coach), a press conference of two managers and their players, a
    water main break told by a utility, the police and the council, a chipmaker with its spokesperson
    and analysts, a feature in "says", a trial with two women lawyers, a science story of four
    researchers, a mayor's statement in paragraphs that each open a quotation, campaign groups the
    recogniser misses ("Friends of the Earth"), a Lisbon bakery passing from Jorge to Ana Almeida, an
    obituary. First run: parsed 0.908 right, 1 wrong ("“My mom …,” she said" given to the mother);
    briefing 0.765, 1 wrong. After the fixes: parsed 0.949, briefing 0.796, none wrong."""
    quotes = _speaker_scores(HANDWRITTEN_7, briefing)
    assert quotes["scored"] >= 95
    assert quotes["wrong"] == 0
    assert quotes["accuracy"] >= (0.78 if briefing else 0.93)


RUNS_ON = (
    "Marisol Vega opened a bakery on the West Side in 2013. “Everyone told me I was mad,” she said.\n\n"
    "Still, “I would do it all again tomorrow, without a second thought.”\n\n"
    "He said, “I would not have lent her a cent back then, not one.”\n\n"
    "“The first winter we sold almost nothing, and I slept in the back room.\n\n"
    "“Then the church across the street started ordering for every funeral,” Vega said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_linking_word_a_contradicting_pronoun_and_a_quotation_over_two_paragraphs(briefing):
    """"Still, “…”" carries on the speaker as a quotation opening its sentence does; "he" cannot be
    the one "she" was just read as; a quotation left open at its paragraph's end is the speaker's
    named where it closes."""
    assert _speaker(RUNS_ON, "I would do it all", briefing=briefing) in ("Marisol Vega", None)
    assert _speaker(RUNS_ON, "I would do it all") == "Marisol Vega"
    assert _speaker(RUNS_ON, "I would not have lent", briefing=briefing) is None
    assert _speaker(RUNS_ON, "The first winter we sold", briefing=briefing) in ("Marisol Vega", None)
    assert _speaker(RUNS_ON, "The first winter we sold") == "Marisol Vega"


def test_a_phrase_quoted_inside_a_single_quoted_quotation_does_not_close_it():
    # British single quotes, with a phrase in the same marks inside: the quotation runs to its own close
    text = ("The blogger took a couple of pictures deliberately missing the monuments.\n\n"
            "'The pictures in which me and my friends 'nailed it' were an instant hit as soon as I posted them,' "
            "Yves Van De Ven said. ‘It was a ‘good’ joke that went round the whole world in a week,’ he added.")
    quotes = {q.text for q in annotate.annotate([Article(id="a", document_id="d", title="t", text=text)], Settings().model)[0].quotes}
    assert "'The pictures in which me and my friends 'nailed it' were an instant hit as soon as I posted them,'" in quotes
    assert "‘It was a ‘good’ joke that went round the whole world in a week,’" in quotes
    assert _speaker(text, "The pictures in which me") == "Yves Van De Ven"
    # a quotation reopened after a full stop (paragraphs run together) is no phrase inside the one before
    run_together = ("'After a time I met someone on another course at the college. 'She gave me the Collective of "
                    "Prostitutes' Rights sheet on the laws. Although she studies in London she does not enjoy the work. "
                    "'My biggest worry is being arrested because a record would stay with me for life.'")
    spans = {q.text for q in annotate.annotate([Article(id="b", document_id="d", title="t", text=run_together)], Settings().model)[0].quotes}
    assert "'My biggest worry is being arrested because a record would stay with me for life.'" in spans


def test_a_named_attribution_wins_over_kin_and_carrying_and_the_dead_do_not_speak_on():
    # "my mother" in Rosa Diaz's own, named words: hers (only a "she" read as the mother is refused)
    assert _speaker("Her mother, Rosa Diaz, opened the bakery in 1980.\n\n"
                    "“My mother taught me how to bake bread when I was six,” Rosa Diaz said.", "My mother taught me how") == "Rosa Diaz"
    # a quotation over two paragraphs is its closer's, not the one carried on into its first paragraph
    assert _speaker("Jane Holt spoke after the match.\n\n“We were not good enough today and everyone knows it.\n\n"
                    "“We will be back next week,” Tom Reed said.", "We were not good enough") == "Tom Reed"
    # the one who died, never quoted, is not who speaks a first-person paragraph after the news of it
    assert _speaker("Tom Reed died on Monday at his home in Sheffield. Reed had worked at the steel plant for 30 years.\n\n"
                    "“I got the call at six in the morning and I could not believe it was true.”", "I got the call at") is None
    # … while a profile's subject, quoted before, goes on speaking
    assert _speaker("Marisol Vega has run the bakery for twenty years. “People told me I was crazy to open here,” Vega said.\n\n"
                    "Vega started baking at nine. The neighbourhood was rough then.\n\n"
                    "“I was scared every single night for the first two years of it.”", "I was scared every single") == "Marisol Vega"


HANDWRITTEN_8 = Path(__file__).parent / "data" / "quotes_handwritten_8.jsonl"


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_eighth_hand_written_set_meets_its_floor_with_no_wrong_name(briefing):
    """10 articles, 90 quotations, written before the code ran on them (tests/data/quotes_handwritten_8.jsonl):
    fragments quoted under many verbs ("accused … of", "dismissed … as", "hailed … as", "warned of",
    "urged … to", "vowed to"), ", adding that … “…”", "told" in passives and participles, "was
    blunter", "smiled", a budget reaction round-up of five bodies and their people, a row between two
    councillors, a TV news transcript, a trial, a tennis match of two women. First run: parsed 0.767
    right, 1 wrong ("…, while Pike slammed the timing as “…”" given to the main clause's speaker);
    briefing 0.600, none wrong. After the fixes: parsed 0.889, briefing 0.644, none wrong."""
    quotes = _speaker_scores(HANDWRITTEN_8, briefing)
    assert quotes["scored"] >= 88
    assert quotes["wrong"] == 0
    assert quotes["accuracy"] >= (0.62 if briefing else 0.85)


BLAME_AND_PRAISE = (
    "Council leader Martin Ashby, who backs the scheme, accused his deputy, Graham Pike, of “playing politics with people’s journeys”.\n\n"
    "The shop owners’ group welcomed the review as “a first step towards common sense on the high street”.\n\n"
    "Ashby has warned of “years of delay and millions wasted” if the plan fails, while Pike slammed the timing as “a stitch-up dressed as democracy”.\n\n"
    "Pike said he had changed his mind after seeing the traffic modelling, adding that the figures were “alarming for anyone living nearby”.\n\n"
    "Pike, who resigned last month, dismissed the accusation as “the usual bluster from a leader who has stopped listening”."
)


def test_blame_praise_and_a_closing_participle_give_the_one_who_speaks():
    """"accused X of “…”", "dismissed X as “…”" and "welcomed X as “…”" are the subject's words; a fragment in a "while"
    clause with a subject of its own is not the main clause's speaker's; ", adding that …" after
    "Pike said he had …" goes with Pike's saying, not with the reported clause's "he"."""
    assert _speaker(BLAME_AND_PRAISE, "playing politics with people’s") == "Martin Ashby"
    assert _speaker(BLAME_AND_PRAISE, "a stitch-up dressed as") == "Graham Pike"
    assert _speaker(BLAME_AND_PRAISE, "alarming for anyone living") == "Graham Pike"
    assert _speaker(BLAME_AND_PRAISE, "a first step towards common") is None  # a group, no one named
    # a known surname the tagger took for an adverb before "who …", and a fragment holding a clause of its own
    assert _speaker(BLAME_AND_PRAISE, "the usual bluster from a") == "Graham Pike"


THANKS_AND_BLAME = (
    "Ann Cole, the mayor, spoke on Monday.\n\n"
    "Cole thanked volunteers for “going above and beyond every single day”.\n\n"
    "She apologised for “the confusion caused by last week’s letters”.\n\n"
    "Critics have blasted the council for “ignoring the warnings for three years”.\n\n"
    "Cole was criticised by residents for “leaving the crossing unlit all winter”."
)


def test_thanks_and_apology_are_the_subjects_words_blame_by_others_is_no_ones():
    """"thanked X for “…”" and "apologised for “…”" give the subject's words; unnamed critics, or a
    passive whose agent says them, give no one (the words are not the one blamed)."""
    assert _speaker(THANKS_AND_BLAME, "going above and beyond") == "Ann Cole"
    assert _speaker(THANKS_AND_BLAME, "the confusion caused by") == "Ann Cole"
    assert _speaker(THANKS_AND_BLAME, "ignoring the warnings for") is None
    assert _speaker(THANKS_AND_BLAME, "leaving the crossing unlit") != "Ann Cole"


ASIDE = (
    "Petra Novak beat Elin Lindqvist 7-5 in the third set on Wednesday.\n\n"
    "Lindqvist was blunter than most. “It’s ridiculous. Nobody plays their best tennis at midnight,” she said.\n\n"
    "Novak, who plays Maria Costa next, was more diplomatic. “I’ll play whenever they tell me to play,” she said with a laugh.\n\n"
    "Novak then met Maria Costa in the players’ lounge. “We will see who is laughing on Friday,” she said."
)


def test_a_name_in_an_aside_on_the_subject_is_no_rival_for_she():
    """"Novak, who plays Maria Costa next, was more diplomatic. “…,” she said": Costa is an aside on
    the subject; where Costa is met in the main clause, "she" may be either: no one."""
    assert _speaker(ASIDE, "I’ll play whenever they") == "Petra Novak"
    assert _speaker(ASIDE, "We will see who is") is None


TOLD = (
    "Ann Cole, the mayor, visited the bridge on Monday.\n\n"
    "The Gazette was told by Cole: “Nobody should have to drive forty miles to work.”\n\n"
    "Tom Hart, the council leader, was told: “The money will not be there before the spring.”\n\n"
    "“You will have a full answer within a fortnight,” Hart was assured."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_one_told_in_the_passive_is_no_speaker(briefing):
    """"X was told: “…”" and "“…,” X was assured": X heard the words; "was told by Cole" names who said them."""
    assert _speaker(TOLD, "Nobody should have to drive", briefing=briefing) in ("Ann Cole", None)
    assert _speaker(TOLD, "Nobody should have to drive") == "Ann Cole"
    assert _speaker(TOLD, "The money will not be", briefing=briefing) is None
    assert _speaker(TOLD, "You will have a full", briefing=briefing) is None


SET_OFF = (
    "Harwick Council voted on Tuesday to close the town library.\n\n"
    "“We will appeal the decision in the courts,” the Friends of Harwick Library group’s chair, Tomasz Wójcik, said on Wednesday.\n\n"
    "A spokesperson for the National Union of Teachers, Priya Sandhu, said: “Children will lose the one quiet place they have.”\n\n"
    "The head of the charity, which was set up by Tom Hill, said: “We will keep the mobile library running.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_name_set_off_at_the_end_of_the_subject_is_the_speaker(briefing):
    """"the … group's chair, Tomasz Wójcik, said", "A spokesperson for the NUT, Priya Sandhu, said": the
    person in apposition, not the organisation the parse took for the subject; a name inside a clause
    on the subject ("set up by Tom Hill") is no one who speaks."""
    assert _said_by(SET_OFF, "We will appeal the decision", "Tomasz Wójcik", briefing=briefing)
    assert _said_by(SET_OFF, "Children will lose the one", "Priya Sandhu", briefing=briefing)
    assert _speaker(SET_OFF, "We will keep the mobile", briefing=briefing) != "Tom Hill"


VOICED = (
    "Ceasefire talks in Cairo collapsed on Monday after two days.\n\n"
    "“We reject this proposal in its entirety,” Hamas said in a statement attributed to its spokesman, Hazem Qassem.\n\n"
    "“The door to negotiation remains open,” the foreign ministry said, quoting its spokesman Lin Jian.\n\n"
    "“We regret the delay to the talks,” Tesla said through a spokesperson, Ana Lopes.\n\n"
    "“Talks will resume next week,” the Egyptian government said in reply to a question from the BBC’s Anna Foster."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_organisation_speaking_through_a_named_person_gives_that_persons_words(briefing):
    """"Hamas said in a statement attributed to its spokesman, Hazem Qassem", "said through a spokesperson,
    Ana Lopes", "the ministry said, quoting its spokesman Lin Jian": the person named; a reporter who asked
    ("in reply to a question from the BBC's Anna Foster") is not who spoke."""
    assert _said_by(VOICED, "We reject this proposal in", "Hazem Qassem", briefing=briefing)
    assert _said_by(VOICED, "The door to negotiation remains", "Lin Jian", briefing=briefing)
    assert _said_by(VOICED, "We regret the delay to", "Ana Lopes", briefing=briefing)
    assert _speaker(VOICED, "Talks will resume next week", briefing=briefing) != "Anna Foster"


ADDRESSED = (
    "Teachers in England will strike again next month after talks on pay broke down.\n\n"
    "“We will not back down on pay while our members leave the profession in their thousands,” the union said in a letter to Education Secretary Gillian Keegan.\n\n"
    "“The offer on the table is fair and it is funded,” the department said in an email to Kim Holt, a reporter at the Harwick Gazette.\n\n"
    "“Our members are tired of being told to wait another year,” the branch said in a message to its regional organiser, Tom Reed.\n\n"
    "“No school will be asked to close its doors on the day of the strike,” the council said in a statement released to reporter Ana Lopes.\n\n"
    "“Parents deserve far more notice than they are getting from both sides,” the parents’ group said in a statement to Jane Ross."
)

ANOTHERS_DOCUMENT = (
    "Inflation in Harwick rose for a third month in March.\n\n"
    "“Prices will keep rising well into next year and beyond,” the ministry said, citing a report by economist Jane Ross.\n\n"
    "“The figures show the worst is behind us for most households,” the treasury said in response to a letter from Senator Mark Ellis.\n\n"
    "“The central bank acted too late and too timidly on every occasion,” the union said in a statement criticising a report by Paul Hale.\n\n"
    "“Rents have risen faster than wages for three years in a row,” the charity said, responding to a report by analyst Nina Shah.\n\n"
    "“We are grateful for every message of support from the town,” the club said in a statement from the family of Tom Reed.\n\n"
    "“We will build ten thousand homes a year from next spring,” the council said in a statement from its chief executive, Ruth Mayo."
)

SET_OFF_INSIDE = (
    "A judge in Harwick set a trial date on Monday.\n\n"
    "“The charges are political and the timing proves it,” lawyers for the former president, Donald Trump, said on Tuesday.\n\n"
    "“He has never been treated fairly by this court,” supporters of the former mayor, Alan Pike, said outside.\n\n"
    "“He was the kindest man you could ever hope to meet,” a lawyer for the family of the dead man, Tom Reed, said.\n\n"
    "“We are still appealing for witnesses to come forward,” police, who named the dead man as a local builder, Sam Cole, said.\n\n"
    "“The strike will go ahead as planned next week,” the Royal College of Nursing’s general secretary, Pat Cullen, said.\n\n"
    "“Every year the freeze is extended, the bill gets bigger,” its head of policy, Mike Childs, said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_person_an_organisations_words_went_to_is_not_its_voice(briefing):
    """"the union said in a letter to Education Secretary Gillian Keegan", "in an email to Kim Holt, a
    reporter", "in a statement released to reporter Ana Lopes": whom the words were sent to, not who spoke."""
    quotes = _quotes(ADDRESSED, briefing=briefing)
    assert len(quotes) == 5
    assert not set(quotes.values()) & {"Gillian Keegan", "Kim Holt", "Tom Reed", "Ana Lopes", "Jane Ross"}
    if not briefing:
        assert set(quotes.values()) == {None}


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_author_of_a_document_an_organisation_answered_or_cited_is_not_its_voice(briefing):
    """"citing a report by economist Jane Ross", "in response to a letter from Senator Mark Ellis", "in a
    statement from the family of Tom Reed": another's document or its subject, not who spoke; but "in a
    statement from its chief executive, Ruth Mayo" is hers."""
    quotes = _quotes(ANOTHERS_DOCUMENT, briefing=briefing)
    others = {words: speaker for words, speaker in quotes.items() if not words.startswith("We will build")}
    assert len(others) == 5 and not set(others.values()) & {"Jane Ross", "Mark Ellis", "Paul Hale", "Nina Shah", "Tom Reed"}
    assert _said_by(ANOTHERS_DOCUMENT, "We will build ten thousand", "Ruth Mayo", briefing=briefing)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_name_set_off_after_another_persons_word_in_the_subject_is_not_the_speaker(briefing):
    """"lawyers for the former president, Donald Trump, said", "a lawyer for the family of the dead man, Tom
    Reed, said", "police, who named the dead man as a local builder, Sam Cole, said": the name is the
    president's, the dead man's, not the subject's; but "the Royal College of Nursing's general secretary,
    Pat Cullen," and "its head of policy, Mike Childs," name the one who speaks."""
    quotes = _quotes(SET_OFF_INSIDE, briefing=briefing)
    for opening in ("The charges are political", "He has never been treated", "He was the kindest man", "We are still appealing"):
        assert _speaker(SET_OFF_INSIDE, opening, briefing=briefing) not in ("Donald Trump", "Alan Pike", "Tom Reed", "Sam Cole"), quotes
    assert _said_by(SET_OFF_INSIDE, "The strike will go ahead", "Pat Cullen", briefing=briefing)
    assert _said_by(SET_OFF_INSIDE, "Every year the freeze is", "Mike Childs", briefing=briefing)


def test_eval_annotations_prints_the_briefing_paths_figures():
    """`wirebrief eval annotations FILE --briefing-path` prints the speaker figures of articles annotated as a
    briefing annotates them (`compose.worth_parsing`), which a briefing's Quotes show: the same as scoring them here."""
    from typer.testing import CliRunner

    import wirebrief.cli  # noqa: F401  (registers every command)
    from wirebrief import pipeline
    from wirebrief.cli._app import app

    path = Path(__file__).parent / "data" / "quotes_handwritten_8.jsonl"
    rows = annotations.load(path)
    notes = pipeline.annotate_documents(annotations.documents(rows), Settings(), select=compose.worth_parsing)
    expected = annotations.score(rows, annotations.wirebrief_rows(notes))["quotes"]
    full = annotations.score(rows, annotations.wirebrief_rows(pipeline.annotate_documents(annotations.documents(rows), Settings())))["quotes"]
    assert expected["accuracy"] < full["accuracy"]  # the briefing reads some attributions by their words alone
    result = CliRunner().invoke(app, ["eval", "annotations", str(path), "--examples", "0", "--briefing-path"])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stdout.splitlines() if line.startswith("wirebrief") and line.split()[1] == "all")
    assert line.split()[2:5] == [str(expected["scored"]), f"{expected['accuracy']:.3f}", f"{expected['wrong_rate']:.3f}"]


HANDWRITTEN_9 = Path(__file__).parent / "data" / "quotes_handwritten_9.jsonl"


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_ninth_hand_written_set_meets_its_floor_with_no_wrong_name(briefing):
    """12 articles, 75 quotations, written before the code ran on them (tests/data/quotes_handwritten_9.jsonl):
    a zoning board, a soap star's TV interview (UK tabloid), a wire story of ministers, a start-up's
    funding round, a basketball game, a carer jailed, a bee study, a food maker's results, a chef's
    Q&A, an election live blog, a day centre's closure, a crossing guard's send-off. Lead-ins ending in
    a colon without a speech verb ("Her worry was simple:", "Walsh’s advice to other operators:"), "in
    her words", "he" after a sentence whose subject acts on another person, an interviewer's question
    joined by the splitter to the answer. First run: parsed 0.773 right, 2 wrong (the interviewer for the
    actress; "Morning Chat, Jade"); briefing 0.627, 2 wrong. After the fixes: parsed 0.920, briefing 0.640, none wrong."""
    quotes = _speaker_scores(HANDWRITTEN_9, briefing)
    assert quotes["scored"] >= 75
    assert quotes["wrong"] == 0
    assert quotes["accuracy"] >= (0.62 if briefing else 0.88)


LEAD_INS = (
    "Sara Lindqvist has coached the under-12s at Millbrook for nine seasons.\n\n"
    "Her message to the parents was short: “Let them enjoy it and stop shouting from the touchline.”\n\n"
    "Club secretary Ian Doherty runs the tuck shop on Saturdays. Doherty’s verdict on the new pitch: “Best thing we have spent money on in years.”\n\n"
    "Asked about complaints from other clubs, Lindqvist was calm: “We play within the rules and we always have.”\n\n"
    "She paints, walks the dog and, in her words, “spends far too long reading about football tactics”.\n\n"
    "Her mother was blunter: “She should have been a referee, she likes telling people off.”\n\n"
    "For Doherty, the season was “the best this club has had in thirty years of trying”.\n\n"
    "For the players, the season was “a long hard slog from the first week to the last”."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_lead_in_ending_in_a_colon_gives_its_owner_or_subject(briefing):
    """"Her message … was short: “…”" and "Doherty’s verdict on the new pitch: “…”" are the owner's words;
    "Asked about complaints from other clubs, X was calm: “…”" is X's (the "from" is in the question,
    not a letter from someone); "in her words, “…”" is hers; "Her mother was blunter:" is the mother's, no one named."""
    assert _said_by(LEAD_INS, "Let them enjoy it and", "Sara Lindqvist", briefing=briefing)
    assert _said_by(LEAD_INS, "Best thing we have spent", "Ian Doherty", briefing=briefing)
    assert _said_by(LEAD_INS, "We play within the rules", "Sara Lindqvist", briefing=briefing)
    assert _said_by(LEAD_INS, "spends far too long reading", "Sara Lindqvist", briefing=briefing)
    assert _speaker(LEAD_INS, "She should have been a", briefing=briefing) is None
    # "For X, the season was “…”": X's view in X's words, a person named; "for the players" names no one
    assert _said_by(LEAD_INS, "the best this club has", "Ian Doherty", briefing=briefing)
    assert _speaker(LEAD_INS, "a long hard slog from", briefing=briefing) is None


SUBJECT_FIRST = (
    "Harbour Town manager Neil Carver dropped striker Ben Okafor for Saturday’s derby.\n\n"
    "“Ben knows why. We have standards and they apply to everybody in that dressing room,” he said.\n\n"
    "Carver later met the club’s owner, Tom Bright, to discuss the January budget. “We had a good chat about the future,” he said.\n\n"
    "Goalkeeper Dan Moss asked Carver whether the team would change its shape. “Nothing changes, we keep going,” he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_he_after_a_subject_acting_on_another_person_is_the_subject(briefing):
    """"X dropped Y … “…,” he said": X, as a reader takes it (Y is only what X acts on); after "X met Y"
    either may speak next: no one; after "X asked Y whether …", words that ask nothing are Y's answer."""
    assert _said_by(SUBJECT_FIRST, "Ben knows why. We have", "Neil Carver", briefing=briefing)
    assert _speaker(SUBJECT_FIRST, "We had a good chat", briefing=briefing) is None
    assert _said_by(SUBJECT_FIRST, "Nothing changes, we keep going", "Neil Carver", briefing=briefing)


JOINED_AND_RUN_TOGETHER = (
    "Chef Marta Quinn left the show after three series.\n\n"
    "Speaking on BBC Radio Leeds's Breakfast Hour, Marta said: “I had given that kitchen everything I had.”\n\n"
    "Host Paula Grey asked whether the exit had been planned. 'No. I thought I had another three years there,' the chef replied.\n\n"
    "Outside the studio, producer Ann Webb of Greenlight Media said: “We wish her every success in whatever comes next.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_question_joined_to_its_answer_and_names_run_together_give_no_wrong_name(briefing):
    """A sentence ending before the quotation, joined to it by the splitter, is not its attribution (the host
    asked; the chef replied); "Breakfast Hour, Marta" read as one name is Marta; "Outside the studio" is no name."""
    assert _speaker(JOINED_AND_RUN_TOGETHER, "No. I thought I had", briefing=briefing) != "Paula Grey"
    assert _said_by(JOINED_AND_RUN_TOGETHER, "I had given that kitchen", "Marta Quinn", briefing=briefing)
    assert _said_by(JOINED_AND_RUN_TOGETHER, "We wish her every success", "Ann Webb", briefing=briefing)


DESCRIBED_SUBJECTS = (
    "Tributes were paid on Monday to the folk singer Ann Caldwell, who has died at the age of 81.\n\n"
    "Her daughter, Helen Caldwell, said she had died at home surrounded by her family.\n\n"
    "“She sang to the nurses right up to the last week,” she said.\n\n"
    "The festival’s artistic director, Marcus Obi, was among the first to pay tribute.\n\n"
    "“Nobody filled a tent the way she did,” he told Radio Kent.\n\n"
    "Caldwell toured for years with her brother Dominik and a borrowed van.\n\n"
    "Dominik, who still plays fiddle in a pub band, is less sentimental about those years.\n\n"
    "“We were broke for most of them,” he said.\n\n"
    "“She never once complained about it,” said the band’s old drummer, Pete Lowry."
)

BOOK_SET_OFF = (
    "The novelist Carla Moreno will read at the Hay festival on Saturday.\n\n"
    "Her new book, Summer Of Salt, is out this week.\n\n"
    "“I wrote it in six weeks and rewrote it for two years,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_subject_described_then_named_speaks_after_it(briefing):
    """"Her daughter, Helen Caldwell, said …", "The festival's artistic director, Marcus Obi, was …",
    "Dominik, who still plays …, is …": the name is the subject a "he" or "she" after it stands for,
    read off the words too; the one told ("he told Radio Kent") is no rival; "said the band's old
    drummer, Pete Lowry" names the speaker."""
    assert _said_by(DESCRIBED_SUBJECTS, "She sang to the nurses", "Helen Caldwell", briefing=briefing)
    assert _said_by(DESCRIBED_SUBJECTS, "Nobody filled a tent the", "Marcus Obi", briefing=briefing)
    assert _said_by(DESCRIBED_SUBJECTS, "We were broke for most", "Dominik", briefing=briefing)
    assert _said_by(DESCRIBED_SUBJECTS, "She never once complained about", "Pete Lowry", briefing=briefing)
    assert _speaker(BOOK_SET_OFF, "I wrote it in six", briefing=briefing) in ("Carla Moreno", None)  # not the book


def test_a_subject_described_then_named_is_read_off_the_words_alone():
    assert _unparsed_speaker(DESCRIBED_SUBJECTS, "She sang to the nurses") == "Helen Caldwell"
    assert _unparsed_speaker(DESCRIBED_SUBJECTS, "Nobody filled a tent the") == "Marcus Obi"
    assert _unparsed_speaker(DESCRIBED_SUBJECTS, "We were broke for most") == "Dominik"
    assert _unparsed_speaker(DESCRIBED_SUBJECTS, "She never once complained about") == "Pete Lowry"
    assert _unparsed_speaker(BOOK_SET_OFF, "I wrote it in six") in ("Carla Moreno", None)


NAMED_AMONG_OTHERS = (
    "Ferrovia Airlines will cut 800 jobs, the company said on Thursday.\n\n"
    "The pilots’ union Balpa said in a statement: “Our members carried this airline through the worst years it has known.”\n\n"
    "Asked whether he had been warned, the Labour MP Owen Drury replied: “Not once, and nobody else I have spoken to was either.”\n\n"
    "Aviation analyst Carla Brandt of Meridian Partners said the cuts were overdue.\n\n"
    "“They have been flying half-empty planes for two years,” she said.\n\n"
    "Marta Ruiz, 64, drove her grandchildren to the airport in Santa Teresa on Friday morning.\n\n"
    "“I have never seen queues like it,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_speaker_named_beside_a_kind_a_title_a_firm_or_a_place(briefing):
    """"The pilots' union Balpa said", "the Labour MP Owen Drury replied", "Carla Brandt of Meridian
    Partners said" (the firm neither speaks nor acts), "… to the airport in Santa Teresa" (a place, no
    rival to "she")."""
    assert _said_by(NAMED_AMONG_OTHERS, "Our members carried this airline", "Balpa", briefing=briefing)
    assert _said_by(NAMED_AMONG_OTHERS, "Not once, and nobody else", "Owen Drury", briefing=briefing)
    assert _said_by(NAMED_AMONG_OTHERS, "They have been flying half-empty", "Carla Brandt", briefing=briefing)
    assert _said_by(NAMED_AMONG_OTHERS, "I have never seen queues", "Marta Ruiz", briefing=briefing)


def test_a_speaker_named_beside_a_kind_a_title_a_firm_or_a_place_is_read_off_the_words_alone():
    assert _unparsed_speaker(NAMED_AMONG_OTHERS, "Our members carried this airline") == "Balpa"
    assert _unparsed_speaker(NAMED_AMONG_OTHERS, "Not once, and nobody else") == "Owen Drury"
    assert _unparsed_speaker(NAMED_AMONG_OTHERS, "They have been flying half-empty") == "Carla Brandt"
    assert _unparsed_speaker(NAMED_AMONG_OTHERS, "I have never seen queues") == "Marta Ruiz"


ASKED_THEN_PRONOUN = (
    "Presenter Kate Moran asked Health Secretary Alan Pierce whether the waiting lists would fall this winter. "
    "“I am confident they will,” he said.\n\n"
    "Columnist Ruth Webb asked Mayor Tom Hale about the new tram line. “It opens in May,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_after_one_asks_another_a_pronoun_is_never_the_asker(briefing):
    """"Moran asked Pierce whether …. “…,” he said": the one asked is answering, or the text does not
    say; never the asker (here "she" fits only the asker by her words, and must still not go to her)."""
    assert _speaker(ASKED_THEN_PRONOUN, "I am confident they will", briefing=briefing) in ("Alan Pierce", None)
    assert _speaker(ASKED_THEN_PRONOUN, "It opens in May", briefing=briefing) in ("Tom Hale", None)


ANSWERED_BY_AN_UNNAMED_PARTY = (
    "Residents packed the village hall on Monday night.\n\n"
    "Maria Santos, who leads the residents' association, said the quarry would ruin the valley. "
    "The operator disagreed. “It will bring 200 jobs,” she said.\n\n"
    "Coach Dean Rowe criticised the referee after the match. The league hit back. “The decision was correct,” he said.\n\n"
    "Farmer Ellen Hart said the bypass would split her land. “We were never asked,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_party_answering_unnamed_leaves_the_next_pronoun_to_no_one(briefing):
    """"The operator disagreed." between a named speaker and "she said": its spokesperson may speak; a
    careful reader cannot tell. With no such sentence between, the pronoun is the one named."""
    assert _speaker(ANSWERED_BY_AN_UNNAMED_PARTY, "It will bring 200 jobs", briefing=briefing) is None
    assert _speaker(ANSWERED_BY_AN_UNNAMED_PARTY, "The decision was correct", briefing=briefing) is None
    assert _said_by(ANSWERED_BY_AN_UNNAMED_PARTY, "We were never asked", "Ellen Hart", briefing=briefing)


def test_a_view_for_a_surname_gives_the_full_name():
    text = (
        "Councillor Rosa Lind backed the budget on Tuesday. Opposition leader Sam Quill was less sure. "
        "For Quill, the budget is “a gamble with the town's savings”."
    )
    assert _speaker(text, "a gamble with the town's") == "Sam Quill"


JOINED_BY_THE_SPLITTER = (
    "Opposition leader Sir Mark Dunne said the scheme had failed.\n\n"
    "Sir Mark replied: 'Then why are the wards still full?'\n\n"
    "The Green Party leader, Tom Ashworth, said both men were wrong. 'Nobody here has mentioned the nurses,' he told MPs."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_pronoun_after_a_joined_sentence_is_its_speaker(briefing):
    """A sentence the splitter joined to the quotation's ("…, Tom Ashworth, said …. '…,' he told MPs"):
    "he" is the one it names as speaking, not the speaker before it."""
    assert _said_by(JOINED_BY_THE_SPLITTER, "Nobody here has mentioned", "Tom Ashworth", briefing=briefing)


RUN_ON_BY_THE_SPLITTER = (
    "Coach Tara Nolan, who took over the club in March, was in no mood to celebrate. "
    "'We were second best for an hour,' she said. 'If we play like that in Leeds we will lose by four.'\n\n"
    "Assistant manager Rob Kerr, who joined from Hull in June, was just as blunt. "
    "'They wanted it more than us,' he said. 'You can't coach that into players in a week.'\n\n"
    "Her captain, Jo Pryce, disagreed. 'We found a way,' she said. 'That is what good sides do,' Nolan replied."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_quotation_after_a_finished_attribution_in_one_sentence_goes_on(briefing):
    """"'…,' she said. '…'" read as one sentence: the second quotation is the same speaker's, unless it
    has an attribution of its own ("'…,' Nolan replied")."""
    assert _said_by(RUN_ON_BY_THE_SPLITTER, "If we play like that", "Tara Nolan", briefing=briefing)
    assert _said_by(RUN_ON_BY_THE_SPLITTER, "You can't coach that into", "Rob Kerr", briefing=briefing)
    assert _speaker(RUN_ON_BY_THE_SPLITTER, "That is what good sides", briefing=briefing) in ("Tara Nolan", None)


SUBJECT_READ_AS_ROOT = (
    "A former school caretaker was jailed for six years on Friday for stealing from the charity he ran.\n\n"
    "Priya Lal, 44, told the court she had lost her savings.\n\n"
    "Hollis’s barrister, Simon Wragg, asked for a suspended sentence, saying his client had repaid part of the money. "
    "“He has lost everything he worked for,” he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_subject_set_off_before_its_verb_is_read_whatever_the_parse(briefing):
    """"X’s barrister, Simon Wragg, asked …" (parsed with "barrister" as the root): he is the "he" after it."""
    assert _said_by(SUBJECT_READ_AS_ROOT, "He has lost everything he", "Simon Wragg", briefing=briefing)


ONE_UNNAMED = (
    "Brightcart, the grocery delivery app, closed its Leeds warehouse on Monday.\n\n"
    "“The site never reached the volumes we needed,” chief operating officer Neil Varga said.\n\n"
    "One picker who had worked there for three years said she heard the news from a friend. "
    "“Nobody from the company called me. I found out on Facebook.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_someone_unnamed_who_speaks_keeps_the_speaker_before_out(briefing):
    """"One picker who … said …" then a quotation: hers, not the named speaker's before her."""
    assert _speaker(ONE_UNNAMED, "Nobody from the company called", briefing=briefing) is None


def test_a_person_shown_as_she_is_no_rival_to_he():
    """After "“…,” she said." read as Ann Teale, a "he" with Teale and the judge before it in play
    ("But he told Teale that “…”") is the judge; with nothing shown of Teale, no one."""
    judge, teale = quotes._Entity("Owen Price", "PERSON"), quotes._Reference("PERSON", "Ann Teale")
    for shown, expected in ((True, judge), (False, None)):
        discourse = quotes._Discourse("", {}, {})
        if shown:
            discourse.read_as["Ann Teale"].add("f")
        discourse.add([judge], [], set(), 0)
        assert discourse.resolve(quotes._Reference("pronoun", "he"), [teale]) == expected


def test_an_organisation_by_its_initials_is_the_one_named_before():
    text = (
        "Transport for Wales said it had cancelled all services on the Rhymney line on Sunday.\n\n"
        "“Safety has to come first, and the line is not safe tonight,” TfW said in a statement."
    )
    assert _speaker(text, "Safety has to come first") == "Transport for Wales"


def test_a_parent_called_by_what_they_are_is_no_name():
    """"Dad always said, “…”": someone's father, not a person called "Dad"."""
    text = (
        "The singer Lila Marsh talks about her first album.\n\n"
        "Her father drove a bus for thirty years. Dad always said, “Nobody owes you a living, so get up early.”"
    )
    assert _speaker(text, "Nobody owes you a living") is None


def test_an_age_before_a_word_for_someone_is_the_one_just_written_about():
    """"“…,” the 61-year-old baker says" straight after sentences about Rosa Bell: hers."""
    text = (
        "Rosa Bell still bakes every loaf herself. She opens the shop at six.\n\n"
        "“I have never bought a machine that does it better,” the 61-year-old baker says."
    )
    assert _speaker(text, "I have never bought a") == "Rosa Bell"


def test_an_organisation_in_the_question_is_no_rival_to_he():
    """"Asked whether the company could …, he said …": the company is no "he"."""
    text = (
        "Harlow Mills reported a fall in profit on Thursday.\n\n"
        "Finance director Ian Moss was cautious. Asked by an analyst whether the company could still hit its target, "
        "he said it was “too soon to promise anything for next year.”"
    )
    assert _speaker(text, "too soon to promise anything") == "Ian Moss"


def test_a_judge_ruling_that_speaks():
    text = (
        "Judge Carla Hines had refused the firm's request to keep the letters out of the trial in May, "
        "ruling that they were “central to what the board knew and when.”"
    )
    assert _speaker(text, "central to what the board") == "Carla Hines"


A_STATEMENT_READ = (
    "“Our fans deserve better than this season,” Chelsea owner Todd Boehly said.\n\n"
    "“We will appeal this decision,” a statement from Ryanair boss Michael O’Leary read.\n\n"
    "Boehly spoke first. “This ruling is wrong and we will win,” the club statement read."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_words_a_statement_read_are_not_the_last_speakers(briefing):
    """"“…,” a statement from … read." (with "read" parsed as a noun): an attribution the code cannot
    read is someone else's, never the speaker before it."""
    assert _speaker(A_STATEMENT_READ, "We will appeal this decision,", briefing=briefing) in ("Michael O’Leary", None)
    assert _speaker(A_STATEMENT_READ, "This ruling is wrong and", briefing=briefing) is None


# A company named by one word stands for a fuller name only where the rest says no more than that it is a
# company ("Halden" → "Halden Holdings"); a parent is not its division ("Amazon" is not "Amazon Web Services").
PARENT_AND_DIVISION = [
    (
        "An outage at Amazon Web Services knocked thousands of websites offline on Monday.\n\n"
        "Amazon said in a statement that engineers had restored most services. "
        "“We apologise to customers for the disruption this caused,” Amazon said.",
        "We apologise to customers for",
        "Amazon",
    ),
    (
        "A billing error at Toyota Financial Services affected 4,000 loans on Tuesday.\n\n"
        "Toyota said the errors had been corrected. “We are contacting every affected customer this week,” Toyota said.",
        "We are contacting every affected",
        "Toyota",
    ),
    (
        "Shares in Halden Holdings fell 8% on Tuesday after a profit warning.\n\n"
        "Halden blamed the weather. “We have had a difficult quarter and we are acting on it,” Halden said.",
        "We have had a difficult",
        "Halden Holdings",
    ),
]


@pytest.mark.parametrize("briefing", [False, True])
@pytest.mark.parametrize(("text", "opening", "speaker"), PARENT_AND_DIVISION)
def test_a_company_is_spelled_out_only_by_a_suffix(text, opening, speaker, briefing):
    assert _said_by(text, opening, speaker, briefing=briefing)


# Attributions a briefing reads by their words alone (`compose.worth_parsing` leaves the sentence
# unparsed): a name with a verb after it is the subject of what was said, not an inverted "said X"; a
# name after a preposition is no subject; "he" after a sentence naming two men is either.
SKIMMED_NOT_THE_SPEAKER = [
    (
        "Leon Marsh, 29, of Alvaston, was charged with dangerous driving after a crash in Derby on Friday.\n\n"
        "Marsh appeared before magistrates on Monday and was released on bail.\n\n"
        "A spokesman for Parcelhub, which employed the driver, said Marsh had been suspended last week and that the company was "
        "“assisting police with their inquiries”.",
        "assisting police with their inquiries",
        "Leon Marsh",
    ),
    (
        "Senator Tom Hale criticised the executive order on Tuesday, calling it unlawful.\n\n"
        "Governor Mark Ruiz defended it at a news conference in the capital.\n\n"
        "Hale noted that Ruiz himself signed a similar order in 2019. He said that order “went far beyond what the law allowed.”",
        "went far beyond what the",
        "Tom Hale",
    ),
]


# "himself" after an object's name is the subject's: it tells nothing of the one named before it.
REFLEXIVE_OF_THE_SUBJECT = (
    "Sam Reed said he had called Alex Cole himself on Monday night, hours before the plant closed.\n\n"
    "Cole said she had not been told. “Nobody from the company ever called me about any of it,” she said."
)


def test_himself_after_an_objects_name_gives_that_person_no_gender():
    """Read by the words alone (nothing parsed), as the skim reads what a briefing does not parse."""
    article = Article(id="a", document_id="d", title="t", text=REFLEXIVE_OF_THE_SUBJECT)
    [notes] = annotate.annotate([article], Settings().model, select=lambda _: Depth(frozenset(), frozenset()))
    [quote] = [q for q in notes.quotes if "Nobody from the company" in q.text]
    assert quote.speaker in ("Alex Cole", None)


@pytest.mark.parametrize(("text", "opening", "wrong"), SKIMMED_NOT_THE_SPEAKER)
def test_a_skimmed_attribution_names_no_one_the_words_do_not_show_speaking(text, opening, wrong):
    # read by the words alone: a briefing now parses these sentences, each with a quotation inside its
    # narration (`compose._partial_quotations`), and reads them by the parse (the spokesman for Parcelhub
    # is Parcelhub's), never as the wrong one
    assert _skimmed_speaker(text, opening) is None
    assert _speaker(text, opening, briefing=True) != wrong


# … and what the words do show: an inverted "said" in reported speech ("…, said co-author Dr. Priya
# Nair, a hydrologist") and a party in brackets after a name make the one "he"/"she" stands for.
SKIMMED_SPEAKER = [
    (
        "Floods on the river now peak twice as fast as they did in the 1990s, a study published on Tuesday found.\n\n"
        "The team analysed gauge records from 140 stations across the basin.\n\n"
        "That speed may be the biggest change, said co-author Dr. Priya Nair, a hydrologist at the university.\n\n"
        "“Rivers respond within hours now, not days,” she said. “Towns have less time to get ready.”",
        "Rivers respond within hours now,",
        "Priya Nair",
    ),
    (
        "The Senate energy committee voted 12-8 on Wednesday to advance the transmission bill.\n\n"
        "Sen. Ruth Akers (D-Vt.), the panel’s chair, praised the vote.\n\n"
        "Sen. Dan Ortiz (R-Texas), the committee’s top Republican, also voted no. He said the siting rule was “a power grab by regulators.”",
        "a power grab by regulators.",
        "Dan Ortiz",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), SKIMMED_SPEAKER)
def test_a_skimmed_sentence_gives_the_speaker_the_words_show(text, opening, speaker):
    assert _speaker(text, opening, briefing=True) == speaker


def test_a_name_after_a_preposition_is_no_subject_on_the_words():
    """ "Voss had in a letter to Mayor Tom Reyes promised …": the name before the speech verb follows
    "to", so it is not who promised (`_reported_in_words`, the skimmed sentence's subject)."""
    people = {"Ellen Voss": "Ellen Voss", "Tom Reyes": "Tom Reyes"}
    surnames = quotes._surnames(people)
    text = "Voss had in a letter to Mayor Tom Reyes promised that every grower would be paid “in full, and on time”."
    assert quotes._reported_in_words(text, people, surnames) is None
    said = quotes._reported_in_words("Mayor Tom Reyes promised that every grower would be paid.", people, surnames)
    assert said is not None and said.text == "Tom Reyes"


# A sentence read by its words that opens on one named person acting, naming no one else, gives a
# quotation after it with no attribution of its own to them ("Neil Grant was less convinced. “…”");
# a retort whose attribution the words cannot read ("…,” Okafor shot back, smiling.") is no one's, not
# the last speaker's.
LONE_ACTOR_SKIMMED = (
    "Plans for a 300-home estate on the edge of Brampton were approved on Tuesday by six votes to three.\n\n"
    "Councillor Ruth Okafor, who leads the planning committee, and opposition leader Neil Grant clashed over traffic at the meeting.\n\n"
    "“This is the right scheme in the right place,” Okafor said.\n\n"
    "Neil Grant was less convinced. “The roads cannot take another thousand cars a day.”\n\n"
    "“You have never once voted for a new road,” Okafor shot back, smiling.\n\n"
    "Building is expected to start next spring."
)


def test_a_skimmed_lone_actor_speaks_the_quotation_after_it():
    assert _speaker(LONE_ACTOR_SKIMMED, "The roads cannot take another", briefing=True) == "Neil Grant"
    assert _speaker(LONE_ACTOR_SKIMMED, "You have never once voted", briefing=True) in ("Ruth Okafor", None)
    assert _speaker(LONE_ACTOR_SKIMMED, "You have never once voted", briefing=False) in ("Ruth Okafor", None)


# An organisation's unnamed voice (session 12): a spokesperson's or "the company"'s words are the
# organisation's where the text makes it one: named in the spokesperson's phrase, the one business of
# that kind in the last sentences, the one the sentence before was about; never a person's spokesperson's.
ORGANISATION_VOICES = [
    (  # the organisation in the phrase, before the noun and after "for"; the fullest name of an acronym
        "Harlow Water was fined £2m on Monday for pollution in the River Stort.\n\n"
        "An Ofwat spokeswoman said: 'This fine reflects years of failure.'\n\n"
        "A spokesman for Harlow Water said: 'We accept the ruling and apologise to our customers.'",
        (("This fine reflects years of", "Ofwat?"), ("We accept the ruling and", "Harlow Water")),
    ),
    (  # "the company" after a dateline and an agency's sentence: the one business named before
        "DENVER (AP) — Pellham Motors Inc. is recalling 12,000 pickup trucks because a seat belt bracket can break.\n\n"
        "The National Highway Traffic Safety Administration said it had received four reports of injuries.\n\n"
        "\"Owners will be notified by mail and the repair will be free,\" the company said.",
        (("Owners will be notified by", "Pellham Motors Inc"),),
    ),
    (  # an acronym the text spelled out in brackets; the statement of the organisation that issued it
        "The Metropolitan Fire Brigade (MFB) was called to the warehouse just before midnight.\n\n"
        "The MFB said in a statement that nobody had been hurt. \"The cause is not yet known,\" the statement said.",
        (("The cause is not yet", "Metropolitan Fire Brigade (MFB)"),),
    ),
    (  # a bare "a spokesperson" after a sentence about one organisation
        "Kestrel Rail said services between Leeds and York would not run on Sunday.\n\n"
        "Kestrel Rail said engineers needed the weekend to replace a bridge. \"We are sorry for the disruption,\" a spokesperson said.",
        (("We are sorry for the", "Kestrel Rail"),),
    ),
    (  # "the post" of an organisation that "said in a post" in a clause of its own
        "Ashford Borough Council closed the Victoria Road car park on Monday. Engineers found cracks in two ramps, "
        "the council said in a Facebook post.\n\n"
        "\"We know this will be frustrating for shoppers,\" the post said.",
        (("We know this will be", "Ashford Borough Council"),),
    ),
    (  # "the spokesperson" later is the one brought in for the organisation
        "Shares of Orvane Pharma fell 9% on Tuesday after a trial missed its main goal.\n\n"
        "A spokesperson for Orvane Pharma said the company would publish the full data. "
        "\"We remain confident in the programme,\" the spokesperson said.",
        (("We remain confident in the", "Orvane Pharma?"),),  # two capitalised words the people's list may hold as a name
    ),
    (
        "The Fenwick Housing Trust will demolish 200 homes in Bexley after damp was found in every block.\n\n"
        "A spokeswoman for the Fenwick Housing Trust said tenants would be moved by March. "
        "\"Nobody will be left without a home,\" the spokeswoman said.",
        (("Nobody will be left without", "Fenwick Housing Trust"),),
    ),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "expected"), ORGANISATION_VOICES)
def test_an_organisations_unnamed_voice_is_the_organisations(text, expected, briefing):
    for opening, speaker in expected:
        if speaker.endswith("?"):  # a name the recogniser may read as a place ("Ofwat" as GPE): that one or no one
            assert _speaker(text, opening, briefing=briefing) in (speaker[:-1], None)
            continue
        assert _said_by(text, opening, speaker, briefing=briefing), (opening, _quotes(text, briefing=briefing))


NO_ORGANISATION_TO_SPEAK_FOR = [
    (  # a spokesperson for a person: not an organisation's words, nor the person's
        "Mayor Diane Kessler did not attend the meeting on Thursday.\n\n"
        "A spokesperson for Kessler said she \"remains committed to the project\".",
        "remains committed to the project",
    ),
    (  # two businesses in the last sentences: "the company" is either
        "Talks between Brandt Foods and Ossory Dairies collapsed on Friday after Brandt Foods lowered its offer.\n\n"
        "\"We will not be pushed into a bad deal,\" the company said.",
        "We will not be pushed",
    ),
    (  # "the company" after a sentence about a public body only
        "The Environment Agency said river levels would peak on Sunday.\n\n"
        "\"We urge people not to drive through flood water,\" the company said.",
        "We urge people not to",
    ),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening"), NO_ORGANISATION_TO_SPEAK_FOR)
def test_an_unnamed_voice_with_no_one_organisation_to_speak_for_is_no_ones(text, opening, briefing):
    assert _speaker(text, opening, briefing=briefing) is None


def test_a_named_spokesperson_the_parse_hung_on_the_quotation_speaks():
    """ "“…, illegal outlets,” NAFDAC's spokesperson, Mrs Bola Adeyanju, said" parsed with the spokesperson in
    apposition to the quotation's last noun and "said" as its conjunct: the phrase before "said" is its subject."""
    text = ("The Kenya Bureau of Standards said it had seized 4,000 fake chargers in Mombasa.\n\n"
            "\"We have closed two warehouses and destroyed the stock. We have arrested three importers,\" "
            "KEBS's spokesperson, Mr Peter Otieno, said in an emailed response on Monday.")
    assert _speaker(text, "We have closed two warehouses") == "Peter Otieno"


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_live_blogs_sign_off_is_not_the_speaker_of_a_quotation_its_paragraph_attributed(briefing):
    text = ("9:15 a.m.: Schools closed\n\n"
            "More than 30,000 homes were without power, according to Harbor Electric's outage map.\n\n"
            "\"Crews are ready to move as soon as the wind drops,\" the utility said. \"We ask for patience.\"\n\n"
            "— Maria Delgado")
    assert _speaker(text, "We ask for patience", briefing=briefing) in (("Harbor Electric", None) if briefing else ("Harbor Electric",))


# People as speakers (session 12). "Name, who …, said he …" where the parse hung the name on a word of
# the relative clause ("… plans twice …" read as a verb): the name is the subject, and a "he" after is them;
# two people in that opening are no one.
WHO_OPENING = (
    "DENVER (AP) — The Nuggets beat Phoenix 121-110 on Tuesday night.\n\n"
    "Kowalski, who has been benched twice this month after the team’s poor road form, said he doesn’t mind coming off the bench.\n\n"
    "“I’ll play whenever they need me. Just give me minutes,” he said.\n\n"
    "Abara and Lindqvist, who both sat out the second half with sore ankles, said the medical staff had been cautious.\n\n"
    "“We could have gone back in if it was a playoff game,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_name_opening_a_who_clause_is_the_subject_of_the_speech_verb(briefing):
    assert _said_by(WHO_OPENING, "I’ll play whenever they need", "Kowalski", briefing=briefing)
    assert _speaker(WHO_OPENING, "We could have gone back", briefing=briefing) is None


# "the contractor pulled its crew": a subject that owns "its" is a firm, no rival to "she" for the one who said it.
ITS_OWNER = (
    "Residents of Pine Hollow have had no clean water since the spring.\n\n"
    "But in June, Mayor Corinne Dufresne said, the builder took its machines off the site over an unpaid bill.\n\n"
    "“They left a hole in the ground and a fence around it,” she said.\n\n"
    "In May, Councillor Ada Brennan said, the engineer told residents the work was on schedule.\n\n"
    "“Nobody has seen a single worker since,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_subject_owning_its_is_no_rival_to_she(briefing):
    assert _said_by(ITS_OWNER, "They left a hole in", "Corinne Dufresne", briefing=briefing)
    assert _speaker(ITS_OWNER, "Nobody has seen a single", briefing=briefing) is None  # the engineer may be a woman


# A description of the one person just written about, the first time the text uses it: an age and trade
# ("the 38-year-old welder"), against a role only a person named LATER holds; a nationality and position
# after a sentence in which that person alone spoke; a judge written "Justice …".
DESCRIBED_PEOPLE = (
    "MELBOURNE — Tom Ashby had worked at the Geelong smelter for nineteen years when the letter arrived.\n\n"
    "“I read it twice before it sank in,” the 38-year-old welder told The Age. “Nineteen years, and it was two paragraphs.”\n\n"
    "Union organiser Lena Vosper and the plant’s chief welder, Ray Collins, met managers on Friday.\n\n"
    "“We want every job accounted for,” the 44-year-old said afterwards.\n\n"
    "In the Supreme Court, Justice Harriet Mwangi granted an injunction stopping the closure until August.\n\n"
    "“The workers have an arguable case that they were not consulted,” the judge said.\n\n"
    "Striker Sam Kerrigan, who scored twice for the works team on Saturday, said the players had “never felt so together”.\n\n"
    "“Whatever happens with the plant, we finish the season,” the Irish forward said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_description_is_the_one_person_it_fits(briefing):
    assert _said_by(DESCRIBED_PEOPLE, "I read it twice before", "Tom Ashby", briefing=briefing)
    assert _speaker(DESCRIBED_PEOPLE, "We want every job accounted", briefing=briefing) is None  # two people, no age given
    assert _said_by(DESCRIBED_PEOPLE, "The workers have an arguable", "Harriet Mwangi", briefing=briefing)
    assert _said_by(DESCRIBED_PEOPLE, "Whatever happens with the plant", "Sam Kerrigan", briefing=True)  # "forward": no word this code knows for a person


EPITHET_RIVALS = (
    "Rovers drew 1-1 with Athletic on Saturday.\n\n"
    "Rovers captain Dan Pryce and Athletic keeper Joe Heald both praised the referee.\n\n"
    "“He had a very good game in difficult conditions,” the Welsh midfielder said.\n\n"
    "Athletic manager Karen Holt said her side were unlucky. Pryce, meanwhile, said he was pleased with a point.\n\n"
    "“We will take that away from home,” the Welsh veteran said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_epithet_after_two_people_is_no_one(briefing):
    assert _speaker(EPITHET_RIVALS, "He had a very good", briefing=briefing) is None
    assert _said_by(EPITHET_RIVALS, "We will take that away", "Dan Pryce", briefing=briefing)


# Names that are words or written in another order: "May said" ("May" a modal to the tagger), "Mr Tan"
# for "Tan Wei Jie", a long title the recogniser read into a department ("Minister of State at the
# Department of Health Orla Brennan said").
NAMES_AS_WORDS = (
    "SINGAPORE – Chloe May, 29, has run the stall at Bedok since her father retired.\n\n"
    "“It is hard work but it is ours,” May said.\n\n"
    "Senior Minister of State for Health Tan Wei Jie said on Sunday that the subsidy would be extended.\n\n"
    "“We will review it again next year,” Mr Tan said.\n\n"
    "In Dublin, Minister of State at the Department of Health Orla Brennan said the scheme would be copied.\n\n"
    "“We have a lot to learn from it,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_names_that_are_words_or_written_surname_first(briefing):
    assert _speaker(NAMES_AS_WORDS, "It is hard work but", briefing=briefing) in ("Chloe May", "May")
    assert _speaker(NAMES_AS_WORDS, "We will review it again", briefing=briefing) in ("Tan Wei Jie", "Tan")  # not "Health Tan"
    if not briefing:  # read by its words, the title's last word runs into the name ("Health Orla Brennan"): a gap of the people's names
        assert _speaker(NAMES_AS_WORDS, "We have a lot to", briefing=briefing) in ("Orla Brennan", "Brennan", None)  # never "Tan Wei Jie"


# "said the 74-year-old" after a sentence whose subject is a body: an age is a person's, never the body's.
AGE_AFTER_BODY = (
    "When the Housing Board said on Monday that rents would rise by 8 per cent, retiree Koh Beng Hock’s first worry was his pension.\n\n"
    "“I have lived here for forty years and I have never seen a rise like this,” said the 74-year-old, who lives alone in a two-room flat."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_age_is_never_a_bodys(briefing):
    assert _speaker(AGE_AFTER_BODY, "I have lived here for", briefing=briefing) in ("Koh Beng Hock", "Koh", None)


# "His daughter, …" opening a sentence after one about a lone person: "his" is that person, a man, so no
# rival to the "she" who speaks next (the daughter).
KIN_OWNER = (
    "A 68-year-old hiker was rescued from Mount Baldy on Saturday after a fall.\n\n"
    "Firefighters reached Walt Brenner shortly before dusk.\n\n"
    "Brenner was flown to Pomona Valley Hospital. His daughter, Kim Brenner-Ortiz, told KTLA he was bruised but cheerful.\n\n"
    "“He asked the pilot if he could keep the blanket,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_his_kin_shows_the_one_before_is_a_man(briefing):
    assert _said_by(KIN_OWNER, "He asked the pilot if", "Kim Brenner-Ortiz", briefing=briefing)


# "Asked whether X would …, she said:": X is what she was asked about, no rival to "she" (the one asked,
# the person the text was about); two women in the sentence before still leave no one.
ASKED_OPENER = (
    "LAGOS — Finance Minister Nadia Okonkwo met bankers in Lagos on Monday to discuss the naira.\n\n"
    "Asked whether Governor Musa Bello would support the new levy, she said: “We have not asked him yet, and we will.”\n\n"
    "Okonkwo and the central bank governor, Ada Eze, later addressed reporters together.\n\n"
    "Asked whether Bello had been consulted, she said: “Everyone will be heard before anything is signed.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_who_was_asked_about_is_no_rival_to_she(briefing):
    assert _said_by(ASKED_OPENER, "We have not asked him", "Nadia Okonkwo", briefing=briefing)
    assert _speaker(ASKED_OPENER, "Everyone will be heard before", briefing=briefing) is None


def _skimmed_speaker(text: str, opening: str) -> str | None:
    """The speaker of the quotation opening on `opening` with no sentence parsed: the words alone."""
    article = Article(id="a", document_id="d", title="Test story", text=text)
    (notes,) = annotate.annotate([article], Settings().model, select=lambda _: Depth(frozenset(), frozenset()))
    found = [q.speaker for q in notes.quotes if " ".join(q.text.strip("“”\"‘’'").split()).startswith(opening)]
    assert found, f"no quotation starting {opening!r}"
    return found[0]


# On the words alone (session 12, second round): a given name that is a word too, after a lower-case
# title ("midfielder Will Brannigan"); a subject set off by two asides ("…, a geologist at the University
# of Otago, Dunedin, said"), the first name, not one inside an aside; a person opening a sentence who
# acts on a partial quotation with a verb that is not one of saying ("Pike … dismissed the claim as “…”"),
# never where another person or clause comes between or after.
WORDS_ALONE = (
    "Auckland beat Hamilton 3-1 on Saturday night to go top of the table.\n\n"
    "“We were patient and it paid off,” midfielder Will Brannigan said after the game.\n\n"
    "Dr Ines Vaughan, a geologist at the University of Otago, Dunedin, said the hillside above the town had moved "
    "four centimetres in a month.\n\n"
    "“That is fast for a slope of this size,” she said.\n\n"
    "Ines Vaughan’s former supervisor, Claire Dunmore, had warned of the risk in 2019.\n\n"
    "Mayor Tom Ashworth, who chairs the emergency committee, described the report as “sobering but not a surprise”.\n\n"
    "Councillor Ben Pryor accused the mayor, Tom Ashworth, of “sitting on the warnings for five years”.\n\n"
    "Ashworth praised Vaughan’s team as “meticulous”, and Pryor agreed.\n\n"
    "“Nobody is being asked to leave their home today,” he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_speakers_the_words_alone_show(briefing):
    assert _said_by(WORDS_ALONE, "We were patient and it", "Will Brannigan", briefing=briefing)
    assert _said_by(WORDS_ALONE, "That is fast for a", "Ines Vaughan", briefing=briefing)
    assert _said_by(WORDS_ALONE, "sobering but not a surprise", "Tom Ashworth", briefing=briefing)
    assert _speaker(WORDS_ALONE, "sitting on the warnings for", briefing=briefing) in ("Ben Pryor", None)
    assert _speaker(WORDS_ALONE, "Nobody is being asked to", briefing=briefing) is None  # two men acted in the sentence before


def test_speakers_the_words_alone_show_with_no_parse():
    assert _skimmed_speaker(WORDS_ALONE, "We were patient and it") == "Will Brannigan"
    assert _skimmed_speaker(WORDS_ALONE, "That is fast for a") == "Ines Vaughan"
    assert _skimmed_speaker(WORDS_ALONE, "sobering but not a surprise") == "Tom Ashworth"
    assert _skimmed_speaker(WORDS_ALONE, "sitting on the warnings for") is None  # the mayor named between verb and quotation
    assert _skimmed_speaker(WORDS_ALONE, "Nobody is being asked to") is None


# Names the words alone must not make speakers (session 12, held-out review): a person named as the
# object of a relative clause before the speech verb ("Police, who arrested Tom Hart, 34, on Monday,
# said"); a person whose partial quotation sits in another person's relative clause ("Hart spoke with Cole,
# who called the plan “…”", "Hart, whose lawyer … described the case as “…”, denies"); a person who undergoes what a partial quotation names ("was dubbed “…”", "is known as “…”",
# "faces charges of “…”", "won the award for “…”"); a partial quotation that is a title ("star in “A Man
# Called Otto”"). Each is no one's on the words, and never that person's on any path.
OTHERS_CLAUSE = (
    "Tom Hart and Sarah Cole were in Leeds on Monday with the actor Ryan Doyle.\n\n"
    "Police, who arrested Tom Hart, 34, on Monday, said: “We are not looking for anyone else in connection with this.”\n\n"
    "Neighbours who knew Sarah Cole, a retired teacher, said she was “a kind woman who would help anyone in the street”.\n\n"
    "Hart was dubbed “the most dangerous man in all of Britain” by the tabloids.\n\n"
    "Cole is known as “the godfather of modern jazz in the city”.\n\n"
    "Hart faces two charges of “conspiracy to defraud the state of millions”.\n\n"
    "Cole won the award for “best newcomer to the stage in a musical” last year.\n\n"
    "Ryan Doyle will star in “A Man Called Otto and Other Stories Of The Sea” next year.\n\n"
    "Hart spoke with Sarah Cole, the council leader, who called the plan “a waste of everyone’s money and time”.\n\n"
    "Hart, whose lawyer Sarah Cole described the case as “a witch hunt from the very start”, denies the charges.\n\n"
    "Ryan Doyle, who replaced Hart, described the situation as “the worst crisis in the club’s history”."
)
OTHERS_CLAUSE_QUOTES = {
    "We are not looking": "Tom Hart",
    "a kind woman who": "Sarah Cole",
    "the most dangerous man": "Tom Hart",
    "the godfather of modern": "Sarah Cole",
    "conspiracy to defraud the": "Tom Hart",
    "best newcomer to the": "Sarah Cole",
    "A Man Called Otto": "Ryan Doyle",
    "a waste of everyone’s money": "Tom Hart",
    "a witch hunt from the": "Tom Hart",
}


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_names_in_a_relative_clause_or_undergoing_a_quotation_are_not_its_speakers(briefing):
    quotes = _quotes(OTHERS_CLAUSE, briefing=briefing)
    for opening, name in OTHERS_CLAUSE_QUOTES.items():
        found = [speaker for words, speaker in quotes.items() if words.startswith(opening)]
        assert found and found[0] != name, (opening, found)


def test_names_in_a_relative_clause_or_undergoing_a_quotation_are_no_speakers_with_no_parse():
    for opening in OTHERS_CLAUSE_QUOTES:
        assert _skimmed_speaker(OTHERS_CLAUSE, opening) is None, opening
    assert _skimmed_speaker(OTHERS_CLAUSE, "the worst crisis in the") == "Ryan Doyle"  # his own relative clause: still his


# Two women, one inside the other's aside: on the words the first, the subject, speaks, not the one
# nearest the verb; a sentence-opening "Will" is a modal, no given name.
ASIDE_RIVAL = (
    "The inquiry into the Tarrant Bridge collapse opened in Wellington on Monday.\n\n"
    "Dr Ines Vaughan, who trained under Professor Claire Dunmore, the inquiry's chair, said the cables had been replaced in 2011.\n\n"
    "“The records for that work are incomplete,” she said.\n\n"
    "Will Parliament fund a second bridge? Transport Minister Ruth Hale would not say."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_name_inside_an_aside_is_not_the_subject(briefing):
    assert _said_by(ASIDE_RIVAL, "The records for that work", "Ines Vaughan", briefing=briefing)
    assert _skimmed_speaker(ASIDE_RIVAL, "The records for that work") in ("Ines Vaughan", None)
    from wirebrief.annotate import people
    assert all(not name.startswith("Will ") for _, name in people._full_name_mentions(ASIDE_RIVAL))


# A body by its acronym or capitalised name on the words ("The RFS said", "In a statement, NEA said:",
# "The Kentucky Division of Water said"), and "the statement said" after it: the body's. A statement
# nobody named brought in, or one a person's sentence came between, is no one's.
STATEMENT_AUTHORS = (
    "The Eastern Highlands Fire Authority (EHFA) said two blazes were still burning near Corran on Sunday.\n\n"
    "The EHFA said in a statement that the cause was not yet known. “Crews will stay on the fire lines overnight,” "
    "the statement said.\n\n"
    "The Kentucky Division of Water said in a statement that wells in three counties were being tested.\n\n"
    "“Residents should boil tap water until further notice,” the statement said.\n\n"
    "In a statement, EHFA said: “Do not return to your homes until told it is safe.”\n\n"
    "Police said a 34-year-old man had been arrested on suspicion of arson. Detective Sergeant Paula Reyes issued a short statement.\n\n"
    "“We are keeping an open mind,” the statement said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_statement_is_its_bodys(briefing):
    assert _said_by(STATEMENT_AUTHORS, "Crews will stay on the", "Eastern Highlands Fire Authority (EHFA)", briefing=briefing)
    assert _said_by(STATEMENT_AUTHORS, "Residents should boil tap water", "Kentucky Division of Water", briefing=briefing)
    assert _said_by(STATEMENT_AUTHORS, "Do not return to your", "Eastern Highlands Fire Authority (EHFA)", briefing=briefing)
    assert _speaker(STATEMENT_AUTHORS, "We are keeping an open", briefing=briefing) in ("Paula Reyes", None)


def test_a_statement_is_its_bodys_with_no_parse():
    assert _skimmed_speaker(STATEMENT_AUTHORS, "Crews will stay on the") == "Eastern Highlands Fire Authority (EHFA)"
    assert _skimmed_speaker(STATEMENT_AUTHORS, "Residents should boil tap water") == "Kentucky Division of Water"
    assert _skimmed_speaker(STATEMENT_AUTHORS, "Do not return to your") == "Eastern Highlands Fire Authority (EHFA)"
    assert _skimmed_speaker(STATEMENT_AUTHORS, "We are keeping an open") in ("Paula Reyes", None)


# review12: wrong names the speaker rules of session 12 gave where no one should be named. Each case is
# one class, in shapes other than the reviewer's; both paths must leave them unnamed (or name the right one).
def _none_or(text: str, opening: str, right: str | None, briefing: bool) -> bool:
    return _speaker(text, opening, briefing=briefing) in (right, None)


# An office with an adjective of party or nation ("the Labour leader", "the French president") is as
# often the other side's: not the one who spoke before unless the text tied the adjective to them.
RIVAL_OFFICE = (
    "Prime Minister Rishi Sunak said the deal was the best on offer.\n\n"
    "“The Prime Minister has sold out our farmers,” the Labour leader said.\n\n"
    "Chancellor Olaf Scholz told reporters in Berlin the talks would go on. “We are close,” Scholz said.\n\n"
    "“Nothing has been agreed,” the French president said.\n\n"
    "Kane scored twice as England beat Scotland 3-1 at Wembley. “We kept going,” Kane said.\n\n"
    "“We were beaten by the better team,” the Scottish manager said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_rivals_office_is_not_the_last_speaker(briefing):
    assert _speaker(RIVAL_OFFICE, "The Prime Minister has sold", briefing=briefing) is None
    assert _speaker(RIVAL_OFFICE, "Nothing has been agreed", briefing=briefing) is None
    assert _speaker(RIVAL_OFFICE, "We were beaten by the", briefing=briefing) is None


# "A spokesperson said" after a sentence in which a news outlet asked, reported or could not confirm:
# the outlet does not speak for the story's organisation.
OUTLET_ASKED = (
    "Southern Water was fined £90m for illegal sewage discharges.\n\n"
    "The Times contacted the water company for a response. A spokeswoman said: “We are deeply sorry for what happened.”\n\n"
    "The Associated Press was unable to confirm the figures. A spokesman said: “The numbers are being checked.”\n\n"
    "ITV News has seen a copy of the letter. A spokesperson said: “We will respond in due course.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_outlet_that_asked_is_not_the_spokespersons(briefing):
    assert _speaker(OUTLET_ASKED, "We are deeply sorry for", briefing=briefing) is None
    assert _speaker(OUTLET_ASKED, "The numbers are being checked", briefing=briefing) is None
    assert _speaker(OUTLET_ASKED, "We will respond in due", briefing=briefing) is None


# A spokesperson for a person written with a title, for a title alone, or of a people or party speaks
# for no organisation: the quotation is theirs, unnamed.
FOR_A_PERSON = [
    "“The senator will not be resigning,” a spokeswoman for Senator Ted Cruz said.",
    "A spokesman for Mayor Eric Adams said: “The mayor has done nothing wrong.”",
    "“Lord Sugar has no comment,” a spokesperson for Lord Sugar said.",
    "“Mr Farage rejects the claims entirely,” a spokesman for Mr Farage said.",
    "Foreign Secretary David Lammy flew to Kyiv. “He will meet the president,” a spokesperson for Foreign Secretary David Lammy said.",
    "“The Chancellor will set out her plans in the Budget,” a spokesperson for the Chancellor said.",
    "A spokeswoman for the Queen said: “Her Majesty is resting.”",
    "“The Princess is grateful for the messages,” a spokesman for the Princess of Wales said.",
    "“We will not be intimidated,” an Iranian spokesman said.",
    "“This budget fails working people,” a Liberal Democrat spokesperson said.",
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize("text", FOR_A_PERSON)
def test_a_spokesperson_for_a_person_title_or_people_is_no_organisation(text, briefing):
    (speaker,) = _quotes(text, briefing=briefing).values()
    assert speaker is None


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_spokesperson_for_a_named_body_still_speaks_for_it(briefing):
    text = "“We are reviewing the findings,” a spokesperson for the Department of Health said."
    assert _said_by(text, "We are reviewing the findings", "Department of Health", briefing=briefing)


# A former spokesperson speaks for the body no longer.
FORMER_SPOKESPERSON = (
    "Tesla recalled 2m cars on Wednesday.\n\n"
    "A former Tesla spokesman said: “They were warned about this years ago.”\n\n"
    "“The corporation never listened,” an ex-BBC spokesperson said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_former_spokesperson_speaks_for_no_one(briefing):
    assert _speaker(FORMER_SPOKESPERSON, "They were warned about this", briefing=briefing) is None
    assert _speaker(FORMER_SPOKESPERSON, "The corporation never listened", briefing=briefing) is None


# "Lawyer for Dean Walsh said": the name is whom the title is for, not who speaks.
TITLE_FOR_A_NAME = (
    "Dean Walsh, 27, was jailed for four years at Cardiff Crown Court.\n\n"
    "Solicitor for Dean Walsh said: “He will be appealing against the sentence.”\n\n"
    "Marco Silva was sacked on Sunday. Agent for Marco Silva told Sky Sports: “He is very disappointed.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_title_for_a_name_is_not_that_one(briefing):
    assert _speaker(TITLE_FOR_A_NAME, "He will be appealing against", briefing=briefing) is None
    assert _speaker(TITLE_FOR_A_NAME, "He is very disappointed", briefing=briefing) is None


# "the judge": a Justice Secretary or a Justice Department lawyer is no judge.
NOT_A_JUDGE = (
    "Justice Secretary Alex Chalk said on Monday that prisons were full.\n\n"
    "At Leeds Crown Court, Karl Dunn was jailed for eight years. “You put lives at risk,” the judge said.\n\n"
    "Maria Lopez, a Justice Department attorney, argued the case. “The statute is plain,” the judge told the court."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_justice_minister_is_no_judge(briefing):
    assert _speaker(NOT_A_JUDGE, "You put lives at risk", briefing=briefing) is None
    assert _speaker(NOT_A_JUDGE, "The statute is plain", briefing=briefing) is None


# "the company" is the business a sentence was about, not one named only as its object.
BUSINESS_AS_OBJECT = (
    "Nissan said it would close its plant in Sunderland. It also cancelled a battery order with Bosch.\n\n"
    "“This was a very difficult decision,” the company said.\n\n"
    "Anglian Water was fined £20m for pollution. The penalty was imposed by Ofwat on Thursday.\n\n"
    "“We will pay the fine in full,” the company said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_company_is_not_a_business_named_as_object(briefing):
    assert _none_or(BUSINESS_AS_OBJECT, "This was a very difficult", "Nissan", briefing)
    assert _none_or(BUSINESS_AS_OBJECT, "We will pay the fine", "Anglian Water", briefing)


# "the 24-year-old" after a sentence that brought in someone unnamed ("a man had been charged"): him,
# not the officer who said so.
AGE_AFTER_SOMEONE_NEW = (
    "Detective Sergeant Amy Cole said a woman had been charged with arson after the fire in Hull.\n\n"
    "“I panicked and drove off,” the 34-year-old told the court."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_age_after_someone_unnamed_is_not_the_one_who_said_so(briefing):
    assert _speaker(AGE_AFTER_SOMEONE_NEW, "I panicked and drove off", briefing=briefing) is None


# "Asked whether Reeves would …, she said": she is not Reeves, the one she was asked about.
ASKED_ABOUT_IS_NOT_SHE = (
    "Chancellor Rachel Reeves set out her spending plans on Wednesday. Reeves faces a backbench revolt.\n\n"
    "Asked whether Reeves had the backing of her party, she said: “Not after today, no.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_one_asked_about_is_not_the_pronoun(briefing):
    assert _speaker(ASKED_ABOUT_IS_NOT_SHE, "Not after today, no", briefing=briefing) is None


# "…, where she said: “…”" read by its words: a relative speaker has no name before its verb, and the
# checks for a name's relative clause (session 12) must not ask for one (they raised IndexError on cnndm_dev).
RELATIVE_SPEAKER = (
    "Transport Secretary Ruth Hale visited the Leeds bus depot on Monday.\n\n"
    "Reporters met Hale at the depot, where she said: “We will not close a single route this year.”"
)


def test_a_relative_speaker_read_by_its_words():
    assert _skimmed_speaker(RELATIVE_SPEAKER, "We will not close a single") in ("Ruth Hale", None)


# "X questioned/asked Y about …" then words that ask nothing with "he said": Y's answer, where the text has
# shown Y as "he" and not X; a question after it is not Y's; with neither's gender shown, no one.
ASKED_ANSWERS = (
    "Mayor Colin Threlfall defended his stadium budget on Tuesday.\n\n"
    "Councillor Priya Natarajan questioned Threlfall about the cost overruns in her first week on the committee.\n\n"
    "“Every penny of it is accounted for and the auditors have seen all of it,” he said.\n\n"
    "Natarajan then asked Threlfall whether he would publish the contracts. “Will you publish them before the vote, yes or no?” he said."
)

ASKED_NEITHER_SHOWN = (
    "Talk-show host Joanna Pike said her guests would face hard questions this season.\n\n"
    "Pike asked Dale Morgan about the strike. “That is simply not good enough,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_one_asked_answers_where_the_text_shows_them(briefing):
    # the asker shown of the other gender ("her first week"): the one asked answers; the briefing path, which skims the
    # sentence that shows her, may name no one (a statement after a question may be the asker's follow-up)
    said_by = _said_by(ASKED_ANSWERS, "Every penny of it is", "Colin Threlfall", briefing=briefing)
    assert said_by or (briefing and _speaker(ASKED_ANSWERS, "Every penny of it is", briefing=briefing) in (None, "Threlfall"))
    assert _speaker(ASKED_ANSWERS, "Will you publish them before", briefing=briefing) is None  # a question: the asker's as likely
    assert _speaker(ASKED_NEITHER_SHOWN, "That is simply not good", briefing=briefing) is None


# "Reyes would not say whether Bayliss would face …": Bayliss is what she would not talk about, no rival to
# "she"; where Bayliss acts in a clause of his own ("but Bayliss said …"), either.
OPEN_QUESTION = (
    "Chief Constable Amanda Reyes spoke to reporters outside police headquarters on Monday.\n\n"
    "Reyes would not say whether Inspector Tom Bayliss would face disciplinary action. “That is a matter for the independent inquiry,” she told the BBC.\n\n"
    "Reyes would not say whether the unit would close, but Bayliss said last week that it would. “We will know more in the spring,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_name_in_a_question_left_open_is_no_rival(briefing):
    assert _said_by(OPEN_QUESTION, "That is a matter for", "Amanda Reyes", briefing=briefing)
    assert _speaker(OPEN_QUESTION, "We will know more in", briefing=briefing) is None


# "“…, then all of it,” Okonkwo, 58, told Radio Anglia.": the parse joins the name to the quotation's last
# words; a subject inside a quotation is no subject, and the name with its age before the verb is.
AGE_AFTER_QUOTATION = (
    "Storm Imogen flooded the harbour at Wells overnight.\n\n"
    "Fisherman Daniel Okonkwo was tying his boat to the quay on Tuesday morning.\n\n"
    "“The water came up to the second step, then the third, then all of it,” Okonkwo, 58, told Radio Anglia. “We left with what we could carry.”\n\n"
    "“Nobody expected the surge to be that high, not even the old hands,” Harriet Voss, 71, said."
)


# A generic word for one kind of organisation (session 13): "the airline", "the agency", "the union" is
# the one organisation in the last sentences that the text shows is of that kind (a word of that kind in
# its name, or the word set beside the name as what it is), by its fullest name; two of that kind, or
# none shown to be one ("the agency" after a company), is no one.
ORGANISATION_OF_KIND = [
    ("Halvard Airways cancelled 40 flights on Sunday after a software fault grounded its fleet.\n\n"
     "In a statement, Halvard Airways said most services would resume by Monday evening.\n\n"
     "“We apologise to every passenger whose plans were disrupted,” the airline said.",
     "We apologise to every passenger", "Halvard Airways"),
    ("Inspectors from the Maritime Safety Authority (MSA) boarded the ferry on Friday.\n\n"
     "The MSA said the vessel would stay in port until repairs were finished.\n\n"
     "“No ship sails until we are satisfied it is safe,” the agency said.",
     "No ship sails until we", "Maritime Safety Authority (MSA)"),
    ("Teachers at 40 schools walked out on Tuesday.\n\n"
     "The Brightwell Teachers Guild, the largest teaching union in the state, said talks had collapsed.\n\n"
     "“Our members will not accept another pay freeze,” the union told reporters.",
     "Our members will not accept", "Brightwell Teachers Guild"),
    ("More than 80,000 homes lost power overnight.\n\n"
     "Tidewater Electric said crews from three states were on the way.\n\n"
     "“Some customers may be without power until Friday,” the utility said in a statement.",
     "Some customers may be without", "Tidewater Electric"),
]
NO_ORGANISATION_OF_KIND = [
    ("Halvard Airways and Nordic Air both cancelled flights on Sunday after the storm.\n\n"
     "Halvard Airways and Nordic Air said services would resume on Monday.\n\n"
     "“We apologise to every passenger,” the airline said.",
     "We apologise to every passenger,"),  # two airlines
    ("Brennick Foods said in a statement that it would recall 8,000 jars of pasta sauce.\n\n"
     "“Consumers should return the jars to the store,” the agency said.",
     "Consumers should return the jars"),  # a company is no agency
    ("Halvard Airways said on Monday that 300 cabin crew jobs would go.\n\n"
     "“This is a betrayal of loyal staff,” the union said.",
     "This is a betrayal of"),  # an airline is no union
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "speaker"), ORGANISATION_OF_KIND)
def test_a_word_for_a_kind_of_organisation_is_the_one_of_that_kind(text, opening, speaker, briefing):
    assert _said_by(text, opening, speaker, briefing=briefing), _quotes(text, briefing=briefing)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening"), NO_ORGANISATION_OF_KIND)
def test_a_word_for_a_kind_of_organisation_none_or_two_fit_is_no_one(text, opening, briefing):
    assert _speaker(text, opening, briefing=briefing) is None


# "the Sioux City, Iowa-based company said": the place says where the company is, however the parse
# hung it (the place as the subject and the company in apposition, or both as subjects); never the speaker.
BASED_IN = [
    ("Garrick Textiles Ltd said on Tuesday it would close its mill in Bradford.\n\n"
     "“This was not a decision we took lightly,” the Leeds, England-based company said.",
     "This was not a decision", "Garrick Textiles Ltd"),
    ("Profits at Wexmoor Brewing fell by half last year, the company said on Thursday.\n\n"
     "“We are confident in the plan,” the Boise, Idaho-based brewer told investors.",
     "We are confident in the", None),  # a brewer: no word this code reads as an organisation's
    ("Mayor Tom Reed opened the new depot on Monday.\n\n"
     "“We are proud to be here,” the Houston, Texas-based company said.",
     "We are proud to be", None),  # no business in reach
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "speaker"), BASED_IN)
def test_a_place_a_company_is_based_in_is_not_the_speaker(text, opening, speaker, briefing):
    found = _speaker(text, opening, briefing=briefing)
    assert found in ((speaker, None) if briefing else (speaker,)), found


# A spokesperson for a person the text names in full, written by the first name ("A spokeswoman for
# Ansel said"), is no organisation's on either path: the briefing path reads the owner by its words and
# had made the first name an organisation; the full path, where the recogniser missed the name, too.
FIRST_NAME_SPOKESPERSON = (
    "Film director Ansel Brody has split from his wife of ten years.\n\n"
    "The couple married in Cannes in 2014.\n\n"
    "A spokeswoman for Ansel said: “They remain devoted parents to their two children.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_name_with_its_age_after_a_quotation_speaks(briefing):
    assert _said_by(AGE_AFTER_QUOTATION, "The water came up to", "Daniel Okonkwo", briefing=briefing)
    assert _said_by(AGE_AFTER_QUOTATION, "We left with what we", "Daniel Okonkwo", briefing=briefing)
    assert _said_by(AGE_AFTER_QUOTATION, "Nobody expected the surge to", "Harriet Voss", briefing=briefing)


# "The 29-year-old Norwegian said …": an age and a nationality, of the one just written about, and the
# "she" after it; not where the sentence before names another the recogniser may miss ("beat Faith Chebet").
AGE_AND_NATIONALITY = (
    "Ingrid Halvorsen won the women's 10,000 metres in Oslo on Saturday.\n\n"
    "“I have waited six years for this,” Halvorsen said.\n\n"
    "The 29-year-old Norwegian said her knee, which needed surgery in March, had held up “better than I dared hope”.\n\n"
    "“I cried on the last lap, I am not ashamed of it,” she said."
)

AGE_AND_NATIONALITY_OF_ANOTHER = (
    "Ingrid Halvorsen beat Faith Chebet by two seconds in Oslo on Saturday.\n\n"
    "The 27-year-old Kenyan said the pace had been “far too slow from the start”.\n\n"
    "“I will be back next year,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_age_and_nationality_describe_the_one_written_about(briefing):
    assert _said_by(AGE_AND_NATIONALITY, "better than I dared hope", "Ingrid Halvorsen", briefing=briefing)
    assert _said_by(AGE_AND_NATIONALITY, "I cried on the last", "Ingrid Halvorsen", briefing=briefing)
    assert _speaker(AGE_AND_NATIONALITY_OF_ANOTHER, "far too slow from the", briefing=briefing) is None
    assert _speaker(AGE_AND_NATIONALITY_OF_ANOTHER, "I will be back next", briefing=briefing) is None


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_spokesperson_for_a_person_by_first_name_is_no_ones(briefing):
    assert _speaker(FIRST_NAME_SPOKESPERSON, "They remain devoted parents to", briefing=briefing) is None


# "a Downing Street spokesperson": a street or a building the recogniser reads as a place, before
# "spokesperson", is the office it houses (as the briefing path reads it by its words); a country's or a
# people's spokesperson ("a Russian spokesman") stays no one's.
HOUSED = [
    ("Ministers met union leaders on Monday.\n\nA Downing Street spokeswoman said: “The talks were constructive and we will meet again next week.”",
     "The talks were constructive and", "Downing Street"),
    ("Aid trucks entered the city on Friday.\n\nA White House spokesman told reporters: “The president has been briefed and is watching closely.”",
     "The president has been briefed", "White House"),
    ("Protests spread to Moscow on Sunday.\n\nA Russian spokesman said: “These claims are absurd and we reject them entirely.”",
     "These claims are absurd and", None),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "speaker"), HOUSED)
def test_a_spokesperson_of_a_building_or_street_is_the_office_it_houses(text, opening, speaker, briefing):
    assert _speaker(text, opening, briefing=briefing) in ((speaker, None) if briefing or speaker is None else (speaker,))


# An organisation speaker is named one way on both paths (session 13): the fullest name the text gives
# it and, where the text also writes its initials, those in brackets ("Health Service Executive (HSE)"),
# whether the attribution used the initials or the long form; the scorer matches either gold style. An
# acronym the text never spells out stays as written.
ACRONYM_NAMES = [
    ("The Northern Water Board (NWB) ordered a hosepipe ban on Monday.\n\n"
     "In a statement, the NWB said reservoirs were at their lowest level since 1976. "
     "“Every litre saved now is a litre we will have in August,” the statement said.",
     "Every litre saved now is", "Northern Water Board (NWB)"),
    ("Beds at Carrow General were full again on Sunday, the Regional Health Authority said.\n\n"
     "“Demand is higher than at any point last winter,” the Regional Health Authority said. The RHA has opened 40 extra beds.",
     "Demand is higher than at", "Regional Health Authority (RHA)"),
    ("Shares in Veltrix fell 8% on Tuesday.\n\n"
     "“We expect a stronger second half,” the FTSE-listed firm's owner, KPG, said.",
     "We expect a stronger second", None),  # "KPG", never spelled out: as written, or no one
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "speaker"), ACRONYM_NAMES)
def test_an_organisation_is_named_in_full_with_its_initials(text, opening, speaker, briefing):
    found = _speaker(text, opening, briefing=briefing)
    if speaker is None:
        assert found in (None, "KPG"), found
    else:
        assert found in ((speaker, None) if briefing else (speaker,)), found
        assert annotations.same_name(speaker.split(" (")[0], found) and annotations.same_name(speaker.split("(")[1].rstrip(")"), found)


def test_an_organisations_name_with_its_initials():
    text = "The Country Fire Authority (CFA) said crews were on scene. Later the CFA said the fire was contained."
    assert quotes.organisation_name("CFA", text) == "Country Fire Authority (CFA)"
    assert quotes.organisation_name("Country Fire Authority", text) == "Country Fire Authority (CFA)"
    assert quotes.organisation_name("Country Fire Authority", "The Country Fire Authority said crews were on scene.") == "Country Fire Authority"
    assert quotes.organisation_name("NTSB", "The NTSB said it would investigate.") == "NTSB"
# Session 13, wrong names found by hand-written passages (tests/data/quotes_handwritten_wrongnames_13.jsonl).
# Each case runs parsed, on the briefing path, and with no sentence parsed (the words alone).
def _w13(text: str, opening: str, mode: str) -> str | None:
    return _skimmed_speaker(text, opening) if mode == "skimmed" else _speaker(text, opening, briefing=mode == "briefing")


W13_MODES = pytest.mark.parametrize("mode", ["parsed", "briefing", "skimmed"])

# "him"/"her" as what a sentence's subject acts on is someone else of that gender: "“…,” she said"
# after "Ortiz asked her whether …" may be her, or Ortiz if a woman; never Ortiz for certain.
OBJECT_PRONOUN = (
    "The shadow minister Claire Dunn was questioned by the host, Sam Ortiz, on the Sunday programme.\n\n"
    "Ortiz asked her whether the party would cut income tax. “Not in the first year,” she said.\n\n"
    "The transport secretary, Kim Novak, met the rail regulator on Monday. Novak pressed him on the new timetable. "
    "“We will see in May,” he said."
)
# … but not a possessive ("her staff"), nor an object in a clause of its own ("the committee had asked her"),
# nor one a verb that asks nothing acts on ("criticised her for …": the critic may go on).
OBJECT_PRONOUN_RIVALS = (
    "Council leader Ann Reid thanked her staff after the floods.\n\n"
    "“They worked through the night,” she said.\n\n"
    "Councillor Lena Fox criticised her for missing the vote. “The town deserved better than that,” she said.\n\n"
    "Dame Ruth Ellison said the committee had asked her to stay on for another year. “I said yes straight away,” she said."
)


@W13_MODES
def test_a_pronoun_after_an_object_pronoun_is_not_the_subject(mode):
    assert _w13(OBJECT_PRONOUN, "Not in the first year", mode) is None
    assert _w13(OBJECT_PRONOUN, "We will see in May", mode) is None


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_object_pronoun_elsewhere_keeps_the_subject(briefing):
    assert _said_by(OBJECT_PRONOUN_RIVALS, "They worked through the", "Ann Reid", briefing=briefing)
    assert _said_by(OBJECT_PRONOUN_RIVALS, "I said yes straight away", "Ruth Ellison", briefing=briefing)
    assert _said_by(OBJECT_PRONOUN_RIVALS, "The town deserved better than", "Lena Fox", briefing=briefing)


# A sentence-opening participle the recogniser read into a name ("Backing Hart" after "Marta Hart"):
# the subject is the name set off before the verb, never "Backing Hart".
PARTICIPLE_NAME = (
    "“The rise in rates came a year too late,” said Marta Hart, chief economist at Lyle Bank.\n\n"
    "Backing Hart, the former deputy governor of the central bank, Paul Dean, said: “We waited far too long for the data.”"
)
PARTICIPLE_NAME_RIVAL = (  # a given name ending in "-ing", with no one else of that surname: the name
    "Manning Okafor, the Harriers coach, was pleased with the win.\n\n"
    "Manning Okafor, who took over in May, said: “The players did everything we asked of them.”"
)


@W13_MODES
def test_a_participle_is_not_read_into_a_name(mode):
    assert _w13(PARTICIPLE_NAME, "We waited far too long", mode) in ("Paul Dean", None)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_given_name_ending_in_ing_is_a_name(briefing):
    assert _said_by(PARTICIPLE_NAME_RIVAL, "The players did everything we", "Manning Okafor", briefing=briefing)


# "the Welshman", "the Scot": an epithet the tagger took for a name, never a speaker's name; the
# recogniser's organisation after "the" ("the Kremlin") stays one.
EPITHET_AS_NAME = (
    "Tom Price, 21, scored twice as Cardiff beat Leeds.\n\n"
    "“I just finished the chances the lads made for me,” the Welshman said.\n\n"
    "Leeds manager Ewan Kerr, from Glasgow, refused to blame the referee. “We were second best all afternoon,” the Scot said."
)
EPITHET_RIVAL = (
    "Moscow rejected the proposal on Friday.\n\n"
    "“These ideas are not serious,” the Kremlin said in a statement."
)


@W13_MODES
def test_an_epithet_is_not_a_name(mode):
    assert _w13(EPITHET_AS_NAME, "I just finished the chances", mode) in ("Tom Price", None)
    assert _w13(EPITHET_AS_NAME, "We were second best all", mode) in ("Ewan Kerr", None)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_organisation_after_the_is_still_one(briefing):
    assert _said_by(EPITHET_RIVAL, "These ideas are not serious", "Kremlin", briefing=briefing)


# "His club, Westbridge Rovers, said": the name beside an organisation someone owns; "Their union said"
# is no name at all.
OWNED_ORGANISATION = (
    "The midfielder Joe Hart was banned for six matches on Tuesday.\n\n"
    "His club, Westbridge Rovers, said in a statement: “We will appeal against the length of the ban.”\n\n"
    "The two drivers were dismissed last week. Their union said: “This is victimisation, plain and simple.”"
)


@W13_MODES
def test_an_owned_organisation_is_the_name_beside_it(mode):
    assert _w13(OWNED_ORGANISATION, "We will appeal against the", mode) in ("Westbridge Rovers", None)
    assert _w13(OWNED_ORGANISATION, "This is victimisation, plain and", mode) is None


# A spokesperson for someone the text writes as a person ("The singer Ama Owusu", "Moyo, 27,") is no
# organisation's, whatever the recogniser read the name as; one for a company stays the company's.
PERSONS_SPOKESPERSON = (
    "The singer Ama Owusu has cancelled her European tour.\n\n"
    "A spokeswoman for Owusu said: “Ama needs time to rest and will be back next year.”\n\n"
    "Tendai Moyo, 27, was arrested in Leeds on Saturday. A spokesman for Moyo said: “He denies any wrongdoing.”\n\n"
    "The boxer Sipho Dlamini was charged in Cardiff on Monday.\n\n"
    "A spokesman for Dlamini said: “The allegations will be contested in full.”\n\n"
    "Halvorsen Foods recalled two ready meals on Friday. A spokesman for Halvorsen said: “No illnesses have been reported.”"
)


@W13_MODES
def test_a_persons_spokesperson_speaks_for_no_organisation(mode):
    assert _w13(PERSONS_SPOKESPERSON, "Ama needs time to rest", mode) is None
    assert _w13(PERSONS_SPOKESPERSON, "He denies any wrongdoing", mode) is None
    assert _w13(PERSONS_SPOKESPERSON, "The allegations will be contested", mode) is None  # "Dlamini" read as a body
    assert (_w13(PERSONS_SPOKESPERSON, "No illnesses have been reported", mode) or "Halvorsen").startswith("Halvorsen")
# An action beat: "Whitlow, to his credit, laughed. “…”", "She began, as she has taken to beginning, …. “…?”":
# the one whose act the sentence before reports speaks the quotation after it with no attribution of its own,
# where the parse hung the name set off by an aside from the verb, and where the quotation speaks of "he" after
# a beat by "she". Not where that sentence's subject is no person, where it names two, or where the quotation
# has an attribution of its own.
ACTION_BEAT = (
    "Rail operator chief executive Dale Pruitt was questioned by the transport committee for three hours on Thursday.\n\n"
    "The committee's chair read out a list of every train cancelled in March.\n\nPruitt, to his credit, smiled. "
    "“I would have read it more slowly, but the list is accurate and we are not proud of it.”"
)

PRONOUN_BEAT = (
    "Governor Lena Marsh and state treasurer Paul Denning met in the only televised debate of the campaign on Tuesday night.\n\n"
    "Denning opened with an attack on the budget. Marsh was unmoved. She waited, as she usually does, for the studio audience to settle. "
    "“If my opponent wants to talk about waste, he could start with his own department.”"
)

BEAT_BY_NO_PERSON = (
    "Senator Adaeze Okonkwo chaired the transport committee's hearing on the rail franchise on Thursday.\n\n"
    "The motion, to nobody's surprise, failed. “I have asked that question four times already and the answer has not changed.”"
)

BEAT_NAMING_TWO = (
    "Senator Adaeze Okonkwo chaired the transport committee's hearing on the rail franchise on Thursday.\n\n"
    "Okonkwo, for her part, thanked Dale Pruitt. “I have asked that question four times already and the answer has not changed.”"
)

BEAT_THEN_ATTRIBUTION = (
    "Senator Adaeze Okonkwo chaired the transport committee's hearing on the rail franchise on Thursday.\n\n"
    "Okonkwo, for her part, shrugged. “I have asked that question four times already and the answer has not changed,” said Dale Pruitt, the operator's chief executive."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_action_beat_speaks_the_quotation_after_it(briefing):
    assert _said_by(ACTION_BEAT, "I would have read it", "Dale Pruitt", briefing=briefing)
    assert _said_by(PRONOUN_BEAT, "If my opponent wants to", "Lena Marsh", briefing=briefing)
    assert _speaker(BEAT_BY_NO_PERSON, "I have asked that question", briefing=briefing) is None
    assert _speaker(BEAT_NAMING_TWO, "I have asked that question", briefing=briefing) is None
    assert _speaker(BEAT_THEN_ATTRIBUTION, "I have asked that question", briefing=briefing) in ("Dale Pruitt", None)


# The article's subject across a chain of sentences: "Before her work, researchers had mostly …" (a group
# subject, with "her" of someone said before) does not stop "she" reaching back; "Varga was born … to Andras
# Varga, a baker, …" leads a chain of "he" (the others only where he was born to). Not where two women were
# the active subjects of the last sentences, nor where another has a clause of their own.
GROUP_WITH_HER = (
    "Dr. Priya Natarajan, a marine ecologist, has spent thirty years counting coral off the coast of Belize.\n\n"
    "Dr. Natarajan was among the first to map the reef by diving it every season. Before her surveys, researchers had mostly relied on aerial photographs.\n\n"
    "“You cannot protect what you have never bothered to count,” she told the Guardian in 2003."
)

GROUP_AFTER_TWO_WOMEN = (
    "Dr. Priya Natarajan and Dr. Ellen Forsyth have spent thirty years counting coral off the coast of Belize.\n\n"
    "Natarajan mapped the northern reef. Forsyth mapped the southern one. Before her surveys, researchers had mostly relied on aerial photographs.\n\n"
    "“You cannot protect what you have never bothered to count,” she told the Guardian in 2003."
)

GROUP_AFTER_TWO_WOMEN_IN_PARAGRAPH = (
    "Dr. Priya Natarajan and Dr. Ellen Forsyth have spent thirty years counting coral off the coast of Belize.\n\n"
    "Natarajan mapped the northern reef. Forsyth mapped the southern one. Before her surveys, researchers had mostly relied on aerial photographs. "
    "“You cannot protect what you have never bothered to count,” she told the Guardian in 2003."
)

BORN_TO = (
    "Tomas Varga, the conductor, died on Monday in Vienna. He was 83.\n\n"
    "Tomas Varga was born on May 2, 1941, in Szeged, Hungary, to Andras Varga, a baker, and Ilona Varga, a nurse.\n\n"
    "He trained as a violinist in Budapest. He joined the state orchestra in 1968 and led it from 1979.\n\n"
    "“I was the worst player in the section for ten years, and the only one who practised,” he said in a 2010 interview."
)

BORN_BESIDE_ANOTHER = (
    "Tomas Varga, the conductor, died on Monday in Vienna.\n\n"
    "Tomas Varga was born on May 2, 1941, in Szeged, Hungary, where Andras Kiss, his lifelong rival, also grew up.\n\n"
    "He trained as a violinist in Budapest. He joined the state orchestra in 1968.\n\n"
    "“I was the worst player in the section for ten years, and the only one who practised,” he said in a 2010 interview."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_articles_subject_across_a_chain(briefing):
    assert _said_by(GROUP_WITH_HER, "You cannot protect what you", "Priya Natarajan", briefing=briefing)
    assert _speaker(GROUP_AFTER_TWO_WOMEN, "You cannot protect what you", briefing=briefing) is None
    assert _speaker(GROUP_AFTER_TWO_WOMEN_IN_PARAGRAPH, "You cannot protect what you", briefing=briefing) is None
    assert _said_by(BORN_TO, "I was the worst player", "Tomas Varga", briefing=briefing)
    assert _speaker(BORN_BESIDE_ANOTHER, "I was the worst player", briefing=briefing) is None


# Partial quotations inside reported speech (session 13): a quotation in a clause governed by a reporting
# verb is that verb's subject's, resolved as for a full quotation; the nearest reporting verb wins, and a
# name inside the clause is never the speaker.
# A clause joined by "and that" stands beside the that-clause before it, as what the outer verb reports,
# however the parse hangs it (on the inner "said", or on the verb below it).
AND_THAT_BESIDE = (
    "Finance Minister Ruth Okonjo defended the budget in parliament on Thursday.\n\n"
    "She argued that the central bank said in March it would raise rates again, and that “the country cannot afford to wait for a perfect moment”.\n\n"
    "Coach Lena Park was angry after the game.\n\n"
    "Park pointed out that the league announced last week it would review the rule, and that “nobody has bothered to ask the players”."
)
# … but where the that-clause before it is the inner speaker's own, the words are the inner speaker's (or no one's)
AND_THAT_INNER = (
    "Mayor Denise Achterberg spoke to reporters on Friday.\n\n"
    "Achterberg said the governor told her in 2022 that he would fund the bridge and that “the money would come within a year”."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_clause_joined_by_and_that_is_what_the_outer_verb_reports(briefing):
    assert _said_by(AND_THAT_BESIDE, "the country cannot afford to", "Ruth Okonjo", briefing=briefing)  # not the central bank's
    assert _said_by(AND_THAT_BESIDE, "nobody has bothered to ask", "Lena Park", briefing=briefing)
    assert _speaker(AND_THAT_INNER, "the money would come within", briefing=briefing) != "Denise Achterberg"


def test_a_clause_joined_by_and_that_on_the_words_alone():
    assert _skimmed_speaker(AND_THAT_BESIDE, "the country cannot afford to") in ("Ruth Okonjo", None)
    assert _skimmed_speaker(AND_THAT_INNER, "the money would come within") != "Denise Achterberg"


# A reporting aside ("The shop, Wrona said, will …") reports the clause it interrupts; not a clause of
# another subject after it, nor a relative clause ("which Moss confirmed").
REPORTING_ASIDE = (
    "Tomasz Wrona has run the bakery on Mill Lane for 30 years.\n\n"
    "The shop, Wrona said, will close at the end of the month and reopen in spring as “a smaller place with the same bread”.\n\n"
    "Senator Maria Ocampo broke with her party on Tuesday.\n\n"
    "The bill, she insisted, was “a matter of conscience, not party loyalty” and she would vote for it again."
)
REPORTING_ASIDE_NOT_THEIRS = (
    "Tomasz Wrona has run the bakery on Mill Lane for 30 years.\n\n"
    "The shop, Wrona said, will close at the end of the month, but his landlord called the decision “a tragedy for the whole street”.\n\n"
    "Senator Maria Ocampo broke with her party on Tuesday.\n\n"
    "The bill, she said, was dead, and Senator Paul Grimes thinks it is “a total waste of everyone's time”.\n\n"
    "Declan Moss has been working on the record for two years.\n\n"
    "The album, which Moss confirmed last week, will be out “in October, if the label agrees”."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_reporting_aside_reports_the_clause_it_interrupts(briefing):
    assert _said_by(REPORTING_ASIDE, "a smaller place with the", "Tomasz Wrona", briefing=briefing)
    assert _said_by(REPORTING_ASIDE, "a matter of conscience, not", "Maria Ocampo", briefing=briefing)
    assert _speaker(REPORTING_ASIDE_NOT_THEIRS, "a tragedy for the whole", briefing=briefing) != "Tomasz Wrona"  # the landlord's
    assert _speaker(REPORTING_ASIDE_NOT_THEIRS, "a total waste of everyone's", briefing=briefing) != "Maria Ocampo"  # Grimes's view
    assert _speaker(REPORTING_ASIDE_NOT_THEIRS, "in October, if the label", briefing=briefing) is None


# A pronoun subject under a named person's speech verb is that person, where no one is named before it
# ("Mendes said … that she had met … Ian Holt and was “…”": not Holt); not where a clause of another
# subject comes between ("Mendes said the talks had stalled and he called …").
PRONOUN_UNDER_SPEAKER = (
    "Talks between the rail union and the operators resumed on Tuesday.\n\n"
    "Union leader Carla Mendes said on Tuesday that she had met the owners and Transport Secretary Ian Holt and was “cautiously optimistic about a deal this week”.\n\n"
    "Owner Frank Delaney left the meeting early on Tuesday.\n\n"
    "Union leader Carla Mendes said the talks had stalled and he called the offer “an insult to every driver”."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_pronoun_under_a_named_speaker_stands_for_them(briefing):
    assert _said_by(PRONOUN_UNDER_SPEAKER, "cautiously optimistic about a deal", "Carla Mendes", briefing=briefing)
    assert _speaker(PRONOUN_UNDER_SPEAKER, "an insult to every driver", briefing=briefing) != "Carla Mendes"


# A pronoun opening a sentence the splitter joined to the one before ("Gabriel Nunez, 34, … was in seat
# 22C. He said …", with the stop read as part of "22C.") stands for that sentence's one person; not where
# its own pronouns lean to another ("… beside her husband … He said"), nor where it names another. Read on
# the two sentences parsed as one, as the splitter left them.
JOINED_PRONOUN = (
    ("Marta Kowalczyk, 41, of Gdansk, was in row 14B. She said the lights went out and “the whole plane just went silent for a minute”.", "Marta Kowalczyk"),
    ("Marta Kowalczyk, 41, sat beside her husband in row 14B. He said the lights went out and “the whole plane just went silent for a minute”.", None),
    ("Marta Kowalczyk, 41, met Tom Ruiz in row 14B. She said the lights went out and “the whole plane just went silent for a minute”.", None),
)


@pytest.mark.parametrize(("text", "antecedent"), JOINED_PRONOUN)
def test_a_pronoun_opening_a_sentence_the_splitter_joined(text, antecedent):
    from wirebrief.annotate import _parse
    from wirebrief.annotate.nlp import load_pipeline

    nlp = load_pipeline(Settings().model)
    tokens = nlp.tokenizer(text)
    (doc,) = _parse(nlp, [([t.text for t in tokens], [bool(t.whitespace_) for t in tokens])], [(0, len(text))])
    start = text.index("“")
    reference, _ = quotes._attribution(doc, start, len(text) - 1, {}, {}, [(start, len(text) - 1)])
    assert reference.kind == "pronoun" and reference.antecedent == antecedent


# The nearest reporting verb wins: "Blake said that Senator Amy Cho had called the plan “…”" is not
# Blake's; on the words alone too (they had given these to the sentence's opening speaker).
NEAREST_REPORTER = (
    "Governor Tom Blake signed the budget on Friday.\n\n"
    "Blake said that Senator Amy Cho had called the plan “reckless and completely unfunded”.\n\n"
    "Retired judge Alan Whitcroft published the inquiry's report on Monday.\n\n"
    "Whitcroft wrote that ministers had ignored the warnings and that the army said it “was never asked to prepare”.\n\n"
    "Owner Frank Delaney left the meeting early on Tuesday.\n\n"
    "Union leader Carla Mendes said the talks had stalled and he called the offer “an insult to every driver”."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_nearest_reporting_verb_wins(briefing):
    assert _speaker(NEAREST_REPORTER, "reckless and completely unfunded", briefing=briefing) in ("Amy Cho", None)
    assert _speaker(NEAREST_REPORTER, "was never asked to prepare", briefing=briefing) is None
    assert _speaker(NEAREST_REPORTER, "an insult to every driver", briefing=briefing) != "Carla Mendes"


def test_the_nearest_reporting_verb_wins_on_the_words_alone():
    assert _skimmed_speaker(NEAREST_REPORTER, "reckless and completely unfunded") in ("Amy Cho", None)
    assert _skimmed_speaker(NEAREST_REPORTER, "was never asked to prepare") is None
    assert _skimmed_speaker(NEAREST_REPORTER, "an insult to every driver") != "Carla Mendes"
    assert _skimmed_speaker(PRONOUN_UNDER_SPEAKER, "cautiously optimistic about a deal") in ("Carla Mendes", None)


# The briefing parses each sentence with a quotation inside its narration ("said the agreement had “…”",
# "called the judgment “…”"), which the words alone read only in a few plain orders; not a quotation after
# a lead-in's colon, nor one opening its sentence.
PARTIAL_IN_A_BRIEFING = (
    "Negotiators from the two parties met for six hours in Lisbon on Monday.\n\n"
    "Party leader Rui Almeida said the talks had been productive. Almeida said: “We are close to a deal.”\n\n"
    "“Nobody is celebrating yet,” said one aide.\n\n"
    "Senator Ines Duarte, who chairs the budget committee, was more cautious. She said the agreement had “left too many questions unanswered for anyone to celebrate”.\n\n"
    "Hollis' solicitor, Priya Raman of Bindmans, called the judgment “a victory for every family that was told to stop asking questions”."
)


def test_the_briefing_parses_a_sentence_with_a_partial_quotation():
    skimmed = []

    def select(annotated):
        skimmed.append(annotated)
        return Depth(frozenset(), frozenset())

    annotate.annotate([Article(id="a", document_id="d", title="Talks", text=PARTIAL_IN_A_BRIEFING)], Settings().model, select=select)
    sentences = [info.sentence.text for info in skimmed[0].sentences]
    index = lambda opening: next(i for i, text in enumerate(sentences) if text.startswith(opening))  # noqa: E731
    chosen = compose._partial_quotations(skimmed[0])
    assert {index("She said the agreement"), index("Hollis' solicitor")} <= chosen
    assert not {index("Almeida said:"), index("“Nobody is celebrating"), index("Party leader"), index("Senator Ines Duarte")} & chosen
    assert chosen <= compose.worth_parsing(skimmed[0]).parse
    assert _speaker(PARTIAL_IN_A_BRIEFING, "left too many questions", briefing=True) == "Ines Duarte"
    assert _speaker(PARTIAL_IN_A_BRIEFING, "a victory for every family", briefing=True) == "Priya Raman"


# Misfires of the action-beat and subject-chain rules. A group's sentence that names a woman who fits ("Fans
# cheered Anna Berg after her win …") is not passed through to the one before: its "her" may be hers. A passive
# subject leads a chain of "he" only over the parents one was born to, not over one traded, replaced, fined or
# photographed with another. A quotation after a beat whose name an aside sets off ("Pruitt, to his credit,
# smiled.") is refused where a scene was set before the beat in its paragraph, or where the words speak to the
# actor ("you"), ask, or speak for a client; the beat that opens its paragraph with words of the actor's stays.
GROUP_NAMES_A_WOMAN = (
    "Maria Keller, the Olympic champion, reached the semi-finals of the national championships on Tuesday.\n\n"
    "Keller beat the top seed in straight sets. Fans cheered Anna Berg after her win over the defending champion in the other quarter-final.\n\n"
    "“I just wanted to enjoy it out there,” she said."
)

GROUP_CALLS_A_WITNESS = (
    "Judge Helen Ortiz presided over the first day of the fraud trial in Manhattan on Monday.\n\n"
    "Ortiz denied a defence request to delay the hearing. Prosecutors then called Laura Kim, the company's former accountant, to give her evidence.\n\n"
    "“I was told to move the money and not to ask why,” she said."
)

GROUP_CHOSE_A_SUCCESSOR = (
    "Clara Voss led the union for a decade.\n\n"
    "Voss stepped down in March. Members chose Dana Price as her successor after her long campaign for the post.\n\n"
    "“I will fight for every job in this plant,” she said."
)

TRADED_FOR_ANOTHER = (
    "The Hawks made two trades before the deadline on Thursday.\n\n"
    "Guard Jamie Cole was traded to Denver for forward Marcus Webb, a former All-Star.\n\n"
    "“I'm excited to get to Atlanta and get to work,” he said."
)

FINED_FOR_A_TACKLE_ON_ANOTHER = (
    "The FA handed out fines on Friday after the cup tie.\n\n"
    "Striker Lee Marsh was fined £20,000 for his tackle on Danny Holt, the Rovers captain.\n\n"
    "“It was a horror tackle and I was lucky to walk off,” he said."
)

REPLACED_WITH_ANOTHER = (
    "Coach Sam Keller was sacked by Riverside on Monday after six straight defeats.\n\n"
    "Keller was replaced on an interim basis with Tom Reed, the under-21 coach.\n\n"
    "“It is an honour to take charge of this club,” he said."
)

BEAT_AFTER_A_SCENE = (
    "Former mayor Dale Pruitt appeared in court on Monday charged with bribery.\n\n"
    "The charges were read out. Pruitt, to his credit, smiled. “My client has never taken a penny from anyone.”"
)

BEAT_AMONG_PROTESTERS = (
    "Rail boss Dale Pruitt was booed as he left the transport committee on Thursday.\n\n"
    "Protesters lined the corridor. Pruitt, to his credit, smiled. “Shame on you! Shame on you!”"
)

BEAT_BEFORE_A_QUESTION = (
    "Energy minister Owen Tate sat down with Channel 4's Cathy Newman on Sunday.\n\n"
    "Tate, to the surprise of viewers, laughed. “Are you really telling families their bills will fall this winter?”"
)

BEAT_THROUGH_A_LAWYER = (
    "Former councillor Rhys Madoc appeared before magistrates in Cardiff on Tuesday.\n\n"
    "Madoc, through his solicitor, denied all four counts. “My client will fight these charges.”"
)

BEAT_OPENING_ITS_PARAGRAPH = (
    "Finance minister Owen Tate faced the opposition benches for an hour on Wednesday.\n\n"
    "Tate, for his part, shrugged. “The figures speak for themselves and I will publish every one of them.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_misfires_of_the_beat_and_chain_rules(briefing):
    assert _speaker(GROUP_NAMES_A_WOMAN, "I just wanted to enjoy", briefing=briefing) in ("Anna Berg", None)
    assert _speaker(GROUP_CALLS_A_WITNESS, "I was told to move", briefing=briefing) in ("Laura Kim", None)
    assert _speaker(GROUP_CHOSE_A_SUCCESSOR, "I will fight for every", briefing=briefing) in ("Dana Price", None)
    assert _speaker(TRADED_FOR_ANOTHER, "I'm excited to get to", briefing=briefing) in ("Marcus Webb", None)
    assert _speaker(FINED_FOR_A_TACKLE_ON_ANOTHER, "It was a horror tackle", briefing=briefing) in ("Danny Holt", None)
    assert _speaker(REPLACED_WITH_ANOTHER, "It is an honour to", briefing=briefing) in ("Tom Reed", None)
    assert _speaker(BEAT_AFTER_A_SCENE, "My client has never taken", briefing=briefing) is None
    assert _speaker(BEAT_AMONG_PROTESTERS, "Shame on you", briefing=briefing) is None
    assert _speaker(BEAT_BEFORE_A_QUESTION, "Are you really telling families", briefing=briefing) is None
    assert _speaker(BEAT_THROUGH_A_LAWYER, "My client will fight", briefing=briefing) is None
    assert _said_by(BEAT_OPENING_ITS_PARAGRAPH, "The figures speak for themselves", "Owen Tate", briefing=briefing)


# Review of session 13: a statement after a question is the one asked's answer only where it reads as one or the asker
# is shown of the other gender; else it may be the asker's follow-up: no one (both paths).
FOLLOW_UPS = [
    ("Senator Ruth Pell has faced questions over her expenses since March.\n\n"
     "At Wednesday's committee session, Senator Mark Doyle grilled Finance Minister Alan Reeve on whether the treasury had misled lenders.\n\n"
     "“The public is owed a full account,” he said.", "The public is owed a"),
    ("Tomas Vidal, 31, is charged with arson. He denies it.\n\n"
     "Magistrate Peter Lund asked Vidal if he had read the evidence.\n\n"
     "“We will return to this after lunch,” he said.", "We will return to"),
    ("Coach Ian Marsh has lost six games in a row.\n\n"
     "A columnist for the Post, Greg Sallis, asked Marsh about the injuries.\n\n"
     "“I covered this team for a decade,” he said.", "I covered this team"),
]
# rivals: an answer by its words (a no; a word of the matter again), and an asker shown of the other gender
ANSWERS = [
    ("Coach Ian Marsh has lost six games in a row, and his future is in doubt.\n\n"
     "Reporter Greg Sallis asked Marsh whether he would resign.\n\n"
     "“No, I am not going anywhere,” he said.", "No, I am not", "Ian Marsh"),
    ("Coach Ian Marsh has lost six games in a row, and his future is in doubt.\n\n"
     "Reporter Greg Sallis asked Marsh whether the injuries explained the slump.\n\n"
     "“The injuries have hurt us badly,” he said.", "The injuries have hurt", "Ian Marsh"),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening"), FOLLOW_UPS)
def test_a_statement_after_a_question_may_be_the_askers(text, opening, briefing):
    assert _speaker(text, opening, briefing=briefing) is None


@pytest.mark.parametrize(("text", "opening", "speaker"), ANSWERS)
def test_words_that_read_as_an_answer_are_the_one_askeds(text, opening, speaker):
    assert _said_by(text, opening, speaker, briefing=False)


# A kind word counts at a name's head only, and an organisation of unknown kind in reach refuses a match by word; a long
# form is the shortest run before "(ACR)" that the letters spell; initials that merely occur link nothing (both paths).
KIND_AND_INITIALS = [
    ("Interpol is assisting the inquiry, the Home Office said on Monday.\n\n"
     "“We are working with partners abroad,” the agency said.", "We are working with", None),
    ("An easyJet plane from Belfast was diverted on Friday, and the Air Safety Review Panel has begun an inquiry.\n\n"
     "“Our crew acted quickly,” the airline said.", "Our crew acted quickly", None),
    ("Shelter workers met families outside Leeds General Infirmary, which is managed by Leeds Teaching Hospitals NHS Trust.\n\n"
     "“We are seeing more families than ever,” the charity said.", "We are seeing more", None),
    ("Halvard Airways cancelled 30 flights on Monday.\n\n“We regret the disruption,” the airline said.", "We regret the disruption", "Halvard Airways"),
    ("Speaking in Cardiff, Economy Secretary Rhys Bowen and Welsh Development Agency (WDA) head Sian Price set out the plan.\n\n"
     "“Investment is coming to Wales,” the WDA said.", "Investment is coming to", "Welsh Development Agency (WDA)"),
    ("Tory MP Karen Lowe raised the case in parliament.\n\n“We have opened an investigation,” the Merseyside Police said.",
     "We have opened an", "Merseyside Police"),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "speaker"), KIND_AND_INITIALS)
def test_kind_words_and_initials_name_only_what_the_text_links(text, opening, speaker, briefing):
    found = _speaker(text, opening, briefing=briefing)
    assert found == speaker or (briefing and speaker and found is None), found


# fixrev13b: a given name ending in "-ing" ("Irving", "Yuping", "Sterling", "Channing") is no participle,
# whoever else of that surname the text names, and the name after an object or in a relative clause
# before the verb ("the coach of the sprinter, Marta Lowe,") is never the subject's. A real participle
# ("Echoing Holt, …") whose set-off name sits in a relative clause gives no one.
ING_GIVEN_NAMES = (
    "Marta Lowe, 31, won gold in the 400 metres on Saturday.\n\n"
    "Irving Lowe, the coach of the sprinter, Marta Lowe, said: “She ran the perfect race from the gun.”\n\n"
    "Yuping Chen, a physicist at Tsinghua University, wrote the paper with Li Chen of Nanjing University.\n\n"
    "Yuping Chen, who advised the first author, Sun Wei, said: “We checked the data three times.”\n\n"
    "Ada Reyes and Tom Reyes founded the bakery in 1998.\n\n"
    "Channing Reyes, their daughter, said: “They never once took a holiday.”"
)
ING_GIVEN_NAME_TITLED = (
    "Sterling Okafor, the club’s director of football, said: “Nobody is leaving in January.”\n\n"
    "When Okafor joined from Leeds in 2022, Mr Okafor promised a new academy."
)
PARTICIPLE_BEFORE_RELATIVE = (
    "Dana Holt, the general secretary of the nurses’ union, called the pay offer an insult.\n\n"
    "Echoing Holt, the new chair of Medway Health, who succeeded its founder, Ruth Allen, said: “Staff are leaving faster than we can hire them.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_given_name_in_ing_beside_a_namesake_is_a_name(briefing):
    assert _said_by(ING_GIVEN_NAMES, "She ran the perfect race", "Irving Lowe", briefing=briefing)
    assert _said_by(ING_GIVEN_NAMES, "We checked the data three", "Yuping Chen", briefing=briefing)
    assert _said_by(ING_GIVEN_NAMES, "They never once took a", "Channing Reyes", briefing=briefing)
    assert _said_by(ING_GIVEN_NAME_TITLED, "Nobody is leaving in January", "Sterling Okafor", briefing=briefing)


@W13_MODES
def test_a_participles_set_off_name_in_a_relative_clause_is_no_one(mode):
    assert _w13(PARTICIPLE_BEFORE_RELATIVE, "Staff are leaving faster than", mode) is None


# An age beside a name makes it a person's only where the name reads as one; seats beside parties in a
# list are counts ("the Liberal Democrats, 24, Labour, 19, and Reform, 6"): the party's spokeswoman is the party's.
SEATS_BESIDE_PARTIES = (
    "Voters returned the Liberal Democrats, 24, Labour, 19, and Reform, 6, to the county council on Friday.\n\n"
    "A spokeswoman for Reform said: “This is only the start for us in this county.”"
)


@W13_MODES
def test_a_count_beside_a_party_is_no_age(mode):
    assert _w13(SEATS_BESIDE_PARTIES, "This is only the start", mode) in ("Reform", None)
    if mode == "parsed":
        assert _w13(SEATS_BESIDE_PARTIES, "This is only the start", mode) == "Reform"


# A request made of "her" ("Shah asked her for a new building") puts no question to her: the subject
# may go on speaking. A question put to her ("Shah asked her about the budget") still refuses the subject.
REQUEST_OF_HER = (
    "Dr Nina Shah, the head of the Eastgate clinic, met the mayor, Ruth Grey, on Monday.\n\n"
    "Shah asked her for a new building.\n\n"
    "“We are treating patients in corridors,” she said afterwards."
)
QUESTION_TO_HER = (
    "Dr Nina Shah, the head of the Eastgate clinic, met the mayor, Ruth Grey, on Monday.\n\n"
    "Shah asked her about the budget for next year.\n\n"
    "“The money is simply not there,” she said afterwards."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_request_of_her_keeps_the_subject(briefing):
    assert _said_by(REQUEST_OF_HER, "We are treating patients in", "Nina Shah", briefing=briefing)
    assert _speaker(QUESTION_TO_HER, "The money is simply not", briefing=briefing) != "Nina Shah"


# A quotation paragraph after "Name, a title, a body, said …" continues the one who spoke, even with "you" in it: two
# asides before the verb make no action beat (a merged beat rule had read the word after the second comma as its verb).
SAID_AFTER_TWO_ASIDES = (
    "Lena Morris, consumer rights lawyer at Hale Whitby, a London law firm, said the insurer was “plainly stalling”.\n\n"
    "“It is simple. You paid for cover that you never got, and now they want you to wait another year.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_continuation_after_two_asides_and_said_is_the_speakers(briefing):
    assert _said_by(SAID_AFTER_TWO_ASIDES, "It is simple. You paid", "Lena Morris", briefing=briefing)


# A sentence whose subject is someone's relative, with "she" acting in it, is no sentence about a group to look back
# through: "she" after it may be that relative ("Okoro's niece Ada …, but she …"), never the woman quoted before it.
# (The tuning shape, with the quotation in a paragraph of its own, now gives no one: `_names_as_subject`.)
RELATIVE_ACTS_AFTER_ANOTHER = (
    "Tailor Emeka Okoro has run his stall on Balogun Street since 1998.\n\n"
    "Grace Adebayo, 70, has had her dresses altered there for twenty years. “He never rushes a hem,” Adebayo says.\n\n"
    "Okoro's niece Ada sweeps the floor after school, but she wants to study law. “I like the stall, but it is not for me,” she says."
)


@pytest.mark.xfail(strict=True, reason="known wrong name, already on 801ce93: the quotation in the relative's own paragraph goes to the woman quoted before (session 13 left it)")
@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_she_after_a_relative_acting_is_not_the_woman_before(briefing):
    assert _speaker(RELATIVE_ACTS_AFTER_ANOTHER, "I like the stall, but", briefing=briefing) in ("Ada", "Ada Okoro", None)


# Session 14: letters after a name (MSP, KC, OBE …) are no part of it, and a long title the parse hung on a preposition
# ("Special Agent in Charge Daniel Orosco") gives the name it ends in, not its first words. Other outlets, verbs and
# orders than the tuning example (a Scottish health story, a federal indictment), with rivals that must not change.
POST_NOMINAL_SPEAKERS = [
    ("“No, we will not be accepting the offer on the table,” said Alex Salmond MSP.", "No, we will not be", "Alex Salmond"),
    ("Rebecca Holt KC, for the Crown, told the jury the defendant had “lied about everything from the start”.", "lied about everything", "Rebecca Holt"),
    ("“This is a scandal that should never have happened,” said Dr Anne Miller OBE, the chair of the trust.", "This is a scandal", "Anne Miller"),
    ("Labour MP Jess Phillips MP said the plan was “a disgrace to everyone who has waited for it”.", "a disgrace to everyone", "Jess Phillips"),
    ("Plaid Cymru's education spokeswoman, Heledd Fychan MS, said the cuts were “a betrayal of every pupil in Wales”.", "a betrayal of every pupil", "Heledd Fychan"),
    ("“We are ready for whatever the weekend brings,” said Assistant Special Agent in Charge Maria Lopez of the FBI field office in Tampa.", "We are ready for", "Maria Lopez"),
    ("“It is over for the people who ran this scheme,” Special Agent in Charge Thomas Reyes of the DEA told reporters.", "It is over for the", "Thomas Reyes"),
    ("Special Agent in Charge Daniel Orosco said the case was “the largest we have seen in this district”.", "the largest we have seen", "Daniel Orosco"),
    ("“We have done everything the law asks of us,” Director of Public Prosecutions Max Hill told the committee.", "We have done everything", "Max Hill"),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "speaker"), POST_NOMINAL_SPEAKERS)
def test_letters_after_a_name_and_a_long_title_before_it_are_not_the_name(text, opening, speaker, briefing):
    assert _said_by(text, opening, speaker, briefing=briefing)


# Rivals: the one a title is for, a group of a place, an organisation named for a person, and letters with no name.
NOT_THE_NAME_IN_THE_TITLE = [
    ("Lawyer for Aaron Price said the verdict was “a travesty that we will appeal”.", "a travesty that we", ("Aaron Price",)),
    ("Friends of Hallow Green Park said the plan was “the end of the meadow as we know it”.", "the end of the meadow", ("Green Park", "Hallow Green Park")),
    ("“This is the most important vote of the decade,” the MP said.", "This is the most important", ("MP",)),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "wrong"), NOT_THE_NAME_IN_THE_TITLE)
def test_a_title_for_another_or_letters_alone_give_no_name(text, opening, wrong, briefing):
    assert _speaker(text, opening, briefing=briefing) not in wrong


# Reviewer rev14a (session 14): after "for", "of" or "at" the capitalised run is as often whom or where the title is
# for, a name of three words ("Lawyer for Ana Maria Torres"), so a name is read off its end only after a portfolio of
# two words or more ("Director of Public Prosecutions Max Hill"); after "in", one ("Agent in Charge", "Officer in
# Charge"). The client, the firm and the child are no speaker, on both paths.
CLIENT_AFTER_TITLE = [
    ("Ana Maria Torres, a nurse from Phoenix, was arrested on Friday.\n\nLawyer for Ana Maria Torres said on Monday: “She has done nothing wrong and we will prove it.”", "She has done nothing wrong"),
    ("Solicitor for Mary Jane Collins said: “She intends to appeal.”", "She intends to appeal"),
    ("Agent for Juan Carlos Ferrero told reporters: “He will be back next season.”", "He will be back next"),
    ("Jose Luis Ramirez was charged on Monday. “My client is innocent and the evidence will show it,” said Attorney for Jose Luis Ramirez at the courthouse.", "My client is innocent and"),
    ("The deal was announced on Monday.\n\nPartner at Freshfields Bruckhaus Deringer said: “This is the largest merger of the year.”", "This is the largest merger"),
    ("Lawyer for Mary Ann Price told reporters: “My client is innocent.”", "My client is innocent"),
    ("Tyler James Moore, 17, died after the crash on the A38.\n\nMother of Tyler James Moore said: “He was the light of our lives.”", "He was the light"),
    ("Spokesman for Hans Peter Keller wrote in an email: “Mr Keller will not comment.”", "Mr Keller will not"),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening"), CLIENT_AFTER_TITLE)
def test_a_three_word_name_after_for_of_or_at_is_whom_the_title_serves(text, opening, briefing):
    assert _speaker(text, opening, briefing=briefing) is None


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_name_after_a_duty_hung_on_in_is_still_read(briefing):
    assert _said_by("“The fire is contained,” Officer in Charge Laura Benton told reporters in Fresno.", "The fire is contained", "Laura Benton", briefing=briefing)


# An unnamed member of a party ("a Labour MP", "one Tory MP", "a Sinn Féin TD", "Labour MP said": one word alone before
# the letters, no surname the text gives): no one, never the party; the letters after a name still give the name.
PARTY_MEMBER_UNNAMED = [
    ("The vote was lost by 12.\n\n“We have been let down,” a Labour MP said.", "We have been let down"),
    ("The Senedd debated the bill for three hours.\n\n“Wales deserves better than this,” a Plaid Cymru MS said.", "Wales deserves better"),
    ("The Dáil was suspended after a row over housing.\n\n“The Government has lost control of this crisis,” a Sinn Féin TD said.", "The Government has lost"),
    ("Ministers faced a backlash over the welfare cuts on Tuesday.\n\n“This is a betrayal of everything we stood for,” one Tory MP said.", "This is a betrayal"),
    ("Holyrood voted on the budget on Wednesday.\n\n“Scotland cannot afford this,” an SNP MSP told the chamber.", "Scotland cannot afford"),
    ("The vote was lost by 12.\n\n“We have been let down,” Labour MP said.", "We have been let down"),
    ("“Scotland cannot afford this,” SNP MSP said on Wednesday.", "Scotland cannot afford"),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening"), PARTY_MEMBER_UNNAMED)
def test_a_member_of_a_party_by_no_name_is_no_one(text, opening, briefing):
    assert _speaker(text, opening, briefing=briefing) is None


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_letters_after_a_name_without_an_article_still_give_the_name(briefing):
    assert _said_by("“We need more homes,” Mary O'Brien TD said.", "We need more homes", "Mary O'Brien", briefing=briefing)
    assert _said_by("Holyrood passed the bill on Thursday.\n\n“It is a good day for Scotland,” Labour MSP Jackie Baillie said.", "It is a good day", "Jackie Baillie", briefing=briefing)


@pytest.mark.xfail(strict=True, reason="known wrong name (rev14a): 'Fianna Fáil TD said', a party's name with no article before the letters, reads as a person's name; nothing in the parse tells the two apart")
@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_party_before_the_letters_without_an_article_is_no_name(briefing):
    assert _speaker("The Dáil debated the motion late into the night.\n\n“This is not the time for games,” Fianna Fáil TD said.", "This is not the time", briefing=briefing) is None


# Organisations speaking (session 14). "The airline said" after a sentence whose subject is a bare name of no kind
# the text shows ("SkyNordic says …"), the one organisation the last sentences name: that one; not where two bare
# names were just written about, nor after a body of another kind. On the briefing path: it or no one.
AIRLINE_AFTER_BARE_NAME = (
    "Storms closed three airports across Portugal on Friday.\n\n"
    "SkyNordic says it will resume flights to Lisbon on Monday morning.\n\n"
    "In a post on its website, the airline said: “Our crews are ready, and we will add extra flights for anyone stranded.”"
)
AIRLINE_AFTER_TWO_BARE_NAMES = (
    "SkyNordic and Skyhop both cancelled flights to Lisbon on Friday.\n\n"
    "Skyhop says it will resume flights on Monday, and SkyNordic expects to follow.\n\n"
    "In a post on its website, the airline said: “Our crews are ready, and we will add extra flights for anyone stranded.”"
)
AIRLINE_AFTER_ANOTHER_BODY = (
    "Storms closed three airports across Portugal on Friday.\n\n"
    "SkyNordic cancelled 40 flights. The National Civil Aviation Authority says the runways will be inspected overnight.\n\n"
    "“We will not take risks with anyone’s safety,” the airline said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_airline_after_a_bare_names_sentence_is_that_one(briefing):
    assert _said_by(AIRLINE_AFTER_BARE_NAME, "Our crews are ready, and", "SkyNordic", briefing=briefing)
    assert _speaker(AIRLINE_AFTER_TWO_BARE_NAMES, "Our crews are ready, and", briefing=briefing) is None
    assert _speaker(AIRLINE_AFTER_ANOTHER_BODY, "We will not take risks", briefing=briefing) is None


# Reviewer rev14a: a body of another order than a business ("the union", "the watchdog", "the council", "the regulator")
# right after a bare one-word company spoke is as often its counterpart: no one. A business's kind still goes to it.
COUNTERPART_AFTER_BARE_NAME = [
    ("Riders staged a walkout across London last month.\n\nA tribunal ruled in their favour on Friday. The case had been running since 2021. Lawyers described it as a landmark.\n\n"
     "Deliveroo said it would appeal the decision. “This is a victory for every rider in the country,” the union said.", "This is a victory for"),
    ("Passengers were stranded for hours at Stansted in June.\n\nRyanair said it would challenge the fine in court. “Passengers must be able to rely on airlines,” the watchdog said.", "Passengers must be able"),
    ("Bins went unemptied for three weeks in the town.\n\nVeolia said it had hired extra drivers. “Residents have been badly let down,” the council said.", "Residents have been badly"),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening"), COUNTERPART_AFTER_BARE_NAME)
def test_a_body_of_another_order_after_a_bare_company_is_no_one(text, opening, briefing):
    assert _speaker(text, opening, briefing=briefing) is None


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_business_kind_after_a_bare_company_is_still_it(briefing):
    text = ("Storms closed three airports across Portugal on Friday.\n\nKLM says it will resume flights to Lisbon on Monday morning.\n\n"
            "In a post on its website, the airline said: “Our crews are ready.”")
    assert _said_by(text, "Our crews are ready", "KLM", briefing=briefing)


# "The label said" is a record label's words where the text calls one so ("his old label, Crestline"), even where the
# recogniser read its name as a person's; a product's label is no one ("The box's label said it was “…”").
LABEL_SET_BESIDE = (
    "Rapper Tobi Adeyemi is suing his old label, Crestline, over unpaid royalties.\n\n"
    "His lawyer, Dina Okafor, said the label had ignored six letters.\n\n"
    "Crestline rejected the claim on Monday. “Every payment was made on time, and we have the records to prove it,” the label said in a statement."
)
PRODUCT_LABEL = (
    "Shoppers in Leeds complained that the new cereal made them ill.\n\n"
    "The box's label said it was “high in fibre and low in sugar,” but testers found otherwise."
)
# … and a company written in full as "Brackwater Records" (which the name list takes for a person's) is the
# organisation when the text later writes "Brackwater" alone (the label's chief executive named between them).
LABEL_BY_FIRST_WORD = (
    "Singer Mara Quinn has sued her former label, Brackwater Records, over unpaid royalties.\n\n"
    "The lawsuit also names the label's chief executive, Paul Dane, as a defendant.\n\n"
    "Brackwater denied the claim on Friday. “Every cent owed to Mara Quinn has been paid, and we will prove it in court,” the label said in a statement."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_label_is_the_record_label_the_text_names(briefing):
    assert _said_by(LABEL_SET_BESIDE, "Every payment was made on", "Crestline", briefing=briefing)
    assert _said_by(LABEL_BY_FIRST_WORD, "Every cent owed to Mara", "Brackwater Records", briefing=briefing)
    assert _speaker(PRODUCT_LABEL, "high in fibre and low", briefing=briefing) is None


# An organisation's "it" in the clause it reports, and in a verb coordinated with that clause, is the organisation
# ("Marlow Water said that it had “…” and described the outage as “…”"); a person's report keeps "it" a thing.
IT_REPORTED_BY_BODY = "Marlow Water said on Friday that it had “found the leak within hours” and described the outage as “regrettable but contained to two streets.”"
IT_REPORTED_BY_PERSON = "Jane Ross said on Friday that it had been “a disaster from the start” and described the rollout as “a mess nobody wanted.”"
# … and an "it" that speaks below the main clause of a sentence whose subject is the one organisation it names
# (a dateline before it: "LONDON — Brightwell Ltd, …, launched a service … that it says will …"); not with another
# named before the pronoun ("sued Corra Foods, which it says copied …").
IT_BELOW_MAIN_BODY = "LONDON — Brightwell Ltd, the meal-kit firm, on Monday launched a service called Fresh that it says will cut food waste by “nearly half for a family of four.”"
IT_AFTER_TWO_BODIES = "Brightwell Ltd on Monday sued Corra Foods, which it says copied “every recipe we have ever published.”"


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_organisations_it_in_its_own_sentence(briefing):
    assert _said_by(IT_REPORTED_BY_BODY, "regrettable but contained to two", "Marlow Water", briefing=briefing)
    assert _said_by(IT_REPORTED_BY_BODY, "found the leak within hours", "Marlow Water", briefing=briefing)
    assert _speaker(IT_REPORTED_BY_PERSON, "a mess nobody wanted.", briefing=briefing) is None
    assert _said_by(IT_BELOW_MAIN_BODY, "nearly half for a family", "Brightwell Ltd", briefing=briefing)
    assert _speaker(IT_AFTER_TWO_BODIES, "every recipe we have ever", briefing=briefing) is None


# A spokesperson for a name the recogniser reads here as a place speaks for the organisation where it read the name
# so before ("NS says trains … A spokesperson for NS told us: “…”"); a country stays no one's on the parsed path.
SPOKESPERSON_FOR_MISREAD_BODY = (
    "Some good news from the rail operator. NS says trains between Amsterdam Centraal and Schiphol are running again.\n\n"
    "A spokesperson for NS told us: “We expect a normal timetable by Saturday morning.”"
)
SPOKESPERSON_FOR_COUNTRY = "The US said on Monday it would act. A spokesperson for the US told us: “We expect talks to begin soon.”"


def test_a_spokesperson_for_a_body_read_as_a_place():
    assert _speaker(SPOKESPERSON_FOR_MISREAD_BODY, "We expect a normal timetable") == "NS"
    assert _speaker(SPOKESPERSON_FOR_MISREAD_BODY, "We expect a normal timetable", briefing=True) == "NS"
    assert _speaker(SPOKESPERSON_FOR_COUNTRY, "We expect talks to begin") is None


# "A government spokesperson" is the government the text described only where it is still about it: a government
# written of in lower case ("Bavaria's coalition government") many sentences back is no name to give the words.
GOVERNMENT_FAR_BACK = (
    "Bavaria's coalition government is facing a row over school budgets.\n\n"
    "The Greens said on Monday they would vote against the plan.\n\n"
    "Teachers marched in Munich on Tuesday. Parents joined them.\n\n"
    "The unions want more money for rural schools. They say classes are too big.\n\n"
    "Some districts have already cut music lessons. Others have closed libraries.\n\n"
    "A government spokesperson said on Wednesday that talks would resume “within the week, with all parties at the table.”"
)
GOVERNMENT_JUST_BEFORE = (
    "Bavaria's coalition government said on Monday it would revise the school budget.\n\n"
    "A government spokesperson later said that talks would resume “within the week, with all parties at the table.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_government_spokesperson_far_from_the_government(briefing):
    assert _speaker(GOVERNMENT_FAR_BACK, "within the week, with all", briefing=briefing) is None
    assert _said_by(GOVERNMENT_JUST_BEFORE, "within the week, with all", "Bavaria's coalition government", briefing=briefing)


# Partial quotations in a second clause: "she called the jobs promise “…”" (the parse reading "promise" or "offer" as
# a verb naming the object) is hers; "she wrote" after a sentence whose subject is a thing ("The new stadium, due to
# open …, will be “…,” she said": "-ent"/"-ium" nouns are no one) is the one the text was about; a person as that
# subject ("The president, due to visit …") stays a rival.
CALLED_THE_PROMISE = (
    "Councillor Rita Marsh answered on Tuesday. Speaking to reporters in Hull, she called the jobs promise “a confession of failure by the government” and left."
)
CALLED_THE_OFFER = "Dennis Hale hit back within the hour. He called the census offer “an insult to every family on the list” and walked out."
THING_AS_SUBJECT = (
    "Mayor Ann Lowe said the city would sign the contract this week. "
    "The new settlement, due to open in 2027, will be “the finest ground in the north,” she said."
)
PERSON_AS_SUBJECT = (
    "Mayor Ann Lowe said the city would sign the contract this week. "
    "The president, due to visit in May, will be “welcome at any time,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_partial_quotations_in_a_second_clause(briefing):
    assert _said_by(CALLED_THE_PROMISE, "a confession of failure by", "Rita Marsh", briefing=briefing)
    assert _said_by(CALLED_THE_OFFER, "an insult to every family", "Dennis Hale", briefing=briefing)
    assert _said_by(THING_AS_SUBJECT, "the finest ground in the", "Ann Lowe", briefing=briefing)
    assert _speaker(PERSON_AS_SUBJECT, "welcome at any time,", briefing=briefing) is None


# "his" or "her" after another person the main clause names is no vote for the clause's subject: the nearer one may own
# it ("Mwangi is suing Peter Hollis over a report in his own name": Hollis's). Counted for her, "his" had made the woman
# doubtful for "she", and two such votes would have made her a man, sending "she" on to the man before.
OWNER_AFTER_ANOTHER = (
    "A former nurse has taken a hospital trust to an employment tribunal, saying she was forced out after raising concerns about staffing.\n\n"
    "Grace Mwangi, 45, is suing Peter Hollis over a report in his own name, which she says damaged her career.\n\n"
    "Hollis, 61, denies wrongdoing.\n\n"
    "Mwangi said on Tuesday that she had raised concerns three times before she was suspended. “Nobody listened to me,” she said."
)
OWNER_AFTER_ANOTHER_OBJECT = (
    "The dispute between the two architects has run for three years.\n\n"
    "Ines Carvalho accused Rafael Duarte of copying his own earlier drawings to win the contract, and of hiding his role in the bid.\n\n"
    "Duarte has denied the claim.\n\n"
    "Carvalho told the panel she had kept every sketch. “I have dated copies of all of them,” she said."
)
# two such votes had made her a man: "she" skipped her for the man before (Peter Hollis, the wrong gender)
TWO_OWNERS_AFTER_ANOTHER = (
    "A singer has taken her former agent to court over claims made on a radio show.\n\n"
    "Grace Mwangi is suing Peter Hollis over an episode of his radio show.\n\n"
    "Hollis denies wrongdoing.\n\n"
    "Mwangi has also asked Hollis for his notes from the broadcast. “Nobody listened to me,” she said."
)
# the rival: "his" with no one else before it is the subject's own, and still makes "she" after it no one
OWN_BEFORE_ANOTHER = (
    "The council meeting ran late into the night.\n\n"
    "Tom Brennan renewed his call for a review of the budget on Thursday.\n\n"
    "“We will be back next month,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_possessive_after_another_person_is_no_vote_for_the_subject(briefing):
    assert _said_by(OWNER_AFTER_ANOTHER, "Nobody listened to me", "Grace Mwangi", briefing=briefing)
    assert _said_by(OWNER_AFTER_ANOTHER_OBJECT, "I have dated copies of", "Ines Carvalho", briefing=briefing)
    assert _speaker(TWO_OWNERS_AFTER_ANOTHER, "Nobody listened to me", briefing=briefing) in ("Grace Mwangi", None)
    assert _speaker(OWN_BEFORE_ANOTHER, "We will be back next", briefing=briefing) is None


# A pronoun after a sentence naming another person beside its subject ("Asked about Okafor's remarks, Lindqvist
# shrugged.") is the subject's when the other one has been read as of the other gender so far ("Okafor …, she said"):
# no rival to "he"; one only asked about acts in nothing. Where he meets one the text has shown nothing of, either could be meant: no one.
OTHER_SHOWN_OTHER_GENDER = (
    "The club's board met on Monday to discuss the stadium plan.\n\n"
    "Board member Sam Okafor said the board would not sell the ground. \"We owe it to the town,\" she said.\n\n"
    "Supporter group leader Henrik Lindqvist called the plan a betrayal of the fans.\n\n"
    "Asked about Okafor's remarks, Lindqvist shrugged. \"She has said that before,\" he said."
)
# the one only asked about is no one acting in it, whatever the text has shown of them (`_subjects_aside`)
OTHER_NOT_SHOWN = OTHER_SHOWN_OTHER_GENDER.replace(" \"We owe it to the town,\" she said.", "")
# the rival: one not shown of either gender, met in the sentence: either may be "he"
OTHER_MET_NOT_SHOWN = OTHER_NOT_SHOWN.replace("Asked about Okafor's remarks, Lindqvist shrugged.", "Lindqvist met Sam Okafor after the vote.")


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_named_one_read_as_the_other_gender_is_no_rival(briefing):
    assert _said_by(OTHER_SHOWN_OTHER_GENDER, "She has said that before", "Henrik Lindqvist", briefing=briefing)
    assert _said_by(OTHER_NOT_SHOWN, "She has said that before", "Henrik Lindqvist", briefing=briefing)
    assert _speaker(OTHER_MET_NOT_SHOWN, "She has said that before", briefing=briefing) is None


# A subject this code cannot read ("A warehouse picker at the distribution centre, who …") that its own relative clause
# calls "she" or "he" is someone unnamed: the pronoun of the next quotation is that one, not the person named before.
UNREAD_SUBJECT_CALLED_SHE = (
    "Shelves in the town's supermarkets were half empty on Saturday as the strike entered its second week.\n\n"
    "\"We have had no deliveries of fresh milk since Monday,\" said Ruth Abernethy, who manages a grocery on the high street.\n\n"
    "A warehouse picker at the distribution centre, who spoke on condition of anonymity because she feared losing her job, "
    "said managers had told staff to stay away.\n\n"
    "\"Nobody wants to cross the line,\" she said."
)
UNREAD_SUBJECT_CALLED_HE = (
    "Fishermen in the port have stayed ashore for a fortnight.\n\n"
    "Tomas Ferreira, a skipper for 30 years, said his boat had not left the harbour since the storm.\n\n"
    "One deckhand on a neighbouring trawler, who asked that his name not be used because he still hoped to find work, "
    "said crews were leaving the town.\n\n"
    "\"There is nothing here for us now,\" he said."
)
# the rival: the same shape with the named woman as the subject is hers
NAMED_SUBJECT_CALLED_SHE = UNREAD_SUBJECT_CALLED_SHE.replace(
    "A warehouse picker at the distribution centre, who spoke on condition of anonymity because she feared losing her job, "
    "said managers had told staff to stay away.",
    "Ruth Abernethy, who said she had worked in the shop for twenty years, described the week as the worst she could remember.")


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_unread_subject_its_own_clause_calls_she_is_no_one_named(briefing):
    assert _speaker(UNREAD_SUBJECT_CALLED_SHE, "Nobody wants to cross the", briefing=briefing) is None
    assert _speaker(UNREAD_SUBJECT_CALLED_HE, "There is nothing here for", briefing=briefing) is None
    assert _said_by(NAMED_SUBJECT_CALLED_SHE, "Nobody wants to cross the", "Ruth Abernethy", briefing=briefing)


# A quotation going on after "…,” said Rep. Dana Okoye, D-Erie, a member of the committee." is hers: the title's full
# stop ("Rep.", "Dr.", "Sen.") ends no sentence, so "Okoye, D-Erie, a member …" is no action beat set off by an aside
# (its "verb" was "a", or "who"); a real beat with a titled name still gives words put to the actor to no one.
SAID_TITLED_WITH_ASIDES = (
    "The transit bill cleared its first committee vote on Tuesday.\n\n"
    "\"This is the best deal riders are going to get this year,\" said Rep. Dana Okoye, D-Erie, a member of the committee. "
    "\"Anyone who wants more should say where the money comes from.\""
)
SAID_TITLED_WITH_WHO = (
    "The clinic will close its doors at the end of the month.\n\n"
    "\"We have treated forty thousand patients here since 1998,\" said Dr. Ana Ruiz, 54, who has run the clinic for a decade. "
    "\"I do not know where they will go now.\""
)
TITLED_BEAT = (
    "The hearing ran into its third hour on Thursday.\n\n"
    "The committee chairman read out the charges against the contractor. Sen. Tom Pruitt, to his credit, smiled. "
    "\"Are you really telling us you did not know?\""
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_title_stop_makes_no_action_beat_of_an_attribution(briefing):
    assert _said_by(SAID_TITLED_WITH_ASIDES, "Anyone who wants more should", "Dana Okoye", briefing=briefing)
    assert _said_by(SAID_TITLED_WITH_WHO, "I do not know where", "Ana Ruiz", briefing=briefing)
    assert _speaker(TITLED_BEAT, "Are you really telling us", briefing=briefing) is None


# Known wrong, already on main: with "his" after the other person now counted for neither, nothing the text shows makes
# Hollis a man, and "she" goes to him as the last sentence's subject (a reader takes "his radio show" for his).
HIS_OF_THE_OTHER_ONLY = (
    "A singer has taken her former agent to court over claims made on a radio show.\n\n"
    "Grace Mwangi is suing Peter Hollis over an episode of his radio show.\n\n"
    "Mwangi also accuses Hollis of repeating the claims in his weekly newsletter.\n\n"
    "Hollis denies wrongdoing.\n\n"
    "“Nobody listened to me,” she said."
)


@pytest.mark.xfail(strict=True, reason="known wrong name, already on main: no vote makes Hollis a man, and \"she\" goes to the last subject")
@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_she_after_a_man_shown_only_by_an_ambiguous_his(briefing):
    assert _speaker(HIS_OF_THE_OTHER_ONLY, "Nobody listened to me", briefing=briefing) in ("Grace Mwangi", None)


# "The Kenyan, who …, said she would …" right after Wanjiru spoke, the sentence before naming no one else: the epithet
# by a people's word ("the Swede", "the Kenyan", "the Scot") is the one who just spoke, the first time the text calls
# anyone so, where the text ties the word to them ("Faith Wanjiru, the Kenyan world champion,"; reviewer rev14a: not where nothing does,
# "Alcaraz beat Ruud …" then "the Norwegian said"); where the text has called another so ("the Kenyan Ruth Chepkoech"), or the sentence before names two, no one.
PEOPLE_EPITHET_AFTER_SPEAKER = (
    "Faith Wanjiru, the Kenyan world champion, won the Berlin Marathon on Sunday in two hours, 16 minutes and 40 seconds, the fastest time in the world this year.\n\n"
    "\"I did not look at my watch once. I only looked at the road,\" Wanjiru said.\n\n"
    "The Kenyan, who finished second in Chicago last autumn, said she would rest for a month. \"My legs are finished. My heart is not,\" she added."
)
PEOPLE_EPITHET_OF_ANOTHER = PEOPLE_EPITHET_AFTER_SPEAKER.replace(", the Kenyan world champion,", "").replace(
    ", the fastest time in the world this year.", ", ahead of the Kenyan Ruth Chepkoech.")
PEOPLE_EPITHET_AFTER_TWO = (
    "Faith Wanjiru won the Berlin Marathon on Sunday in two hours, 16 minutes and 40 seconds.\n\n"
    "Wanjiru beat Ruth Chepkoech by eleven seconds, the closest finish in the race's history.\n\n"
    "The Kenyan, who finished second in Chicago last autumn, said she would rest for a month. \"My legs are finished. My heart is not,\" she added."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_peoples_epithet_right_after_a_speaker_is_theirs(briefing):
    assert _said_by(PEOPLE_EPITHET_AFTER_SPEAKER, "My legs are finished. My", "Faith Wanjiru", briefing=briefing)
    assert _speaker(PEOPLE_EPITHET_AFTER_TWO, "My legs are finished. My", briefing=briefing) is None


# Reviewer rev14a: nothing makes the last speaker one of that people; the rival just named is: no one, never the speaker.
EPITHET_OF_THE_RIVAL = [
    ("Carlos Alcaraz beat Casper Ruud 6-3 6-2 in the final on Sunday.\n\n“I played really well today,” Alcaraz said.\n\n“He was simply too good for me,” the Norwegian said.", "He was simply too good"),
    ("Eliud Kipchoge finished second behind Kelvin Kiptum in Chicago.\n\n“I am happy with my race,” Kipchoge said.\n\n“This is the best day of my life,” the Kenyan said.", "This is the best day"),
    ("Jannik Sinner beat Daniil Medvedev in five sets in Melbourne.\n\n“It was a crazy match,” Medvedev said.\n\n“I just kept believing,” the Italian said.", "I just kept believing"),
    ("Mitch McConnell said the bill would pass the Senate.\n\n“We have the votes,” McConnell said.\n\n“They do not, and they know it,” the Democrat said.", "They do not, and they"),
    ("Iga Swiatek lost to Coco Gauff in Rome on Thursday.\n\n“Coco served brilliantly,” Swiatek told reporters.\n\n“I will be back stronger,” the American said.", "I will be back stronger"),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening"), EPITHET_OF_THE_RIVAL)
def test_a_peoples_epithet_nothing_ties_to_the_speaker_is_no_one(text, opening, briefing):
    assert _speaker(text, opening, briefing=briefing) is None


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_peoples_epithet_tied_to_the_speaker_is_theirs(briefing):
    text = "Norwegian Casper Ruud lost to Carlos Alcaraz in the final on Sunday.\n\n“I gave everything,” Ruud said.\n\n“He was simply too good for me,” the Norwegian said."
    assert _said_by(text, "He was simply too good", "Casper Ruud", briefing=briefing)


def test_a_peoples_epithet_the_text_gave_another_is_no_one():
    assert _speaker(PEOPLE_EPITHET_OF_ANOTHER, "My legs are finished. My") is None


@pytest.mark.xfail(strict=True, reason="known wrong name, already on main: the briefing path skims 'The Kenyan, who …, said she would …' and reads its 'she' as Wanjiru")
def test_a_peoples_epithet_the_text_gave_another_is_no_one_in_the_briefing():
    assert _speaker(PEOPLE_EPITHET_OF_ANOTHER, "My legs are finished. My", briefing=True) in (None, "Ruth Chepkoech")


# A bare quotation after "Asked whether she had read Daniel Kerr's defence of the plan, Ortiz laughed." is Ortiz's: the
# one the question is about is no second person acting in the sentence ("Asked later whether he had watched Moreau's
# drop shot, he shook his head. “No. I saw it live.”"); a pronoun acting alone carries the same way.
ASKED_ABOUT_ANOTHER_THEN_BEAT = (
    "The mayor's budget passed the council by one vote on Monday.\n\n"
    "Councillor Ines Ortiz voted against it and called the plan reckless. \"It is a gamble with other people's money,\" she said.\n\n"
    "Asked later whether she had read Daniel Kerr's defence of the plan, she shook her head. \"No. I have better things to read.\""
)
# the rival: the other one named outside the question, in the act itself: either may answer, no one
ANOTHER_IN_THE_ACT = ASKED_ABOUT_ANOTHER_THEN_BEAT.replace(
    "Asked later whether she had read Daniel Kerr's defence of the plan, she shook her head.",
    "Asked later about the plan, she handed Daniel Kerr a copy of her notes.")


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_beat_after_an_asked_opener_carries_its_subject(briefing):
    assert _said_by(ASKED_ABOUT_ANOTHER_THEN_BEAT, "No. I have better things", "Ines Ortiz", briefing=briefing)
    assert _speaker(ANOTHER_IN_THE_ACT, "No. I have better things", briefing=briefing) is None


# A statement read out on someone's behalf is theirs, not the reader's (session 14: "Raymond Cole KC" became a person
# when post-nominal letters stopped reading as an organisation, and "Cole read a statement on Whitfield's behalf" then
# gave the client's words to the barrister). The reader never speaks them; who wrote them is left to no one.
BEHALF = (
    "Two former directors of a Bristol housing charity were cleared of fraud on Thursday.\n\n"
    "Outside the court, their solicitor Mark Hayes read out a statement on behalf of the family. "
    "“We have waited three years for this day and we are grateful to the jury,” the statement said.\n\n"
    "Ellis Rowe, the charity's chair, read a statement on the board's behalf. “The board accepts the verdict in full,” "
    "the statement added.\n\n"
    "The charity's regulator issued a statement on Friday. “We will now consider the findings of the trial,” the statement said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_statement_read_on_anothers_behalf_is_not_the_readers(briefing):
    assert _speaker(BEHALF, "We have waited three years", briefing=briefing) is None
    assert _speaker(BEHALF, "The board accepts the verdict", briefing=briefing) is None
    assert _speaker(BEHALF, "We will now consider", briefing=briefing) != "Mark Hayes"


# A firm's name joined by "&" in the apposition after a speaker's name (session 15: "said Marguerite Okafor-Lind,
# Harrowgate & Lyle's chief executive" gave no one): the parse reads the name and the firm as the title's owners, or the
# name as the title's modifier, or the firm as a second subject; "&" joins the words of one name, so the name before the
# comma is the one who speaks, in any order and with any verb.
FIRM_WITH_AMPERSAND = [
    ("“We have admired them for decades,” said Marguerite Okafor-Lind, Harrowgate & Lyle's chief executive.", "We have admired them for", "Marguerite Okafor-Lind"),
    ("“Nobody wants a price war,” added Tobias Okonjo-Hale, Harrowgate & Lyle's head of trading.", "Nobody wants a price war", "Tobias Okonjo-Hale"),
    ("“Nobody wants a price war,” said Agnieszka Wróbel-Tan, Fairbourne & Crane's chief executive.", "Nobody wants a price war", "Agnieszka Wróbel-Tan"),
    ("“The market has turned,” Marguerite Okafor-Lind, Harrowgate & Lyle's senior partner, told the Financial Times.", "The market has turned", "Marguerite Okafor-Lind"),
    ("“The market has turned,” Daniel Osei-Barnes, Kettering & Vane's finance director, wrote in a note to clients.", "The market has turned", "Daniel Osei-Barnes"),
    ("Marguerite Okafor-Lind, Harrowgate & Lyle's chief executive, said: “We have admired them for decades.”", "We have admired them for", "Marguerite Okafor-Lind"),
]
# rivals: two people, someone's lawyer, and people of a firm: no one (as on main; "said Harriet Vane and Peter Wimsey"
# inverted is left out: the briefing path's words give it to Peter Wimsey, already on main)
FIRM_WITH_AMPERSAND_RIVALS = [
    "“We disagree with the ruling,” Harriet Vane and Peter Wimsey said.",
    "“We disagree with the ruling,” said Tom Hale's lawyer.",
    "“We disagree with the ruling,” said Okafor-Lind, Harrowgate & Lyle's founders.",
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "name"), FIRM_WITH_AMPERSAND)
def test_a_firm_joined_by_ampersand_after_a_name_is_its_apposition(text, opening, name, briefing):
    assert _said_by(text, opening, name, briefing=briefing)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize("text", FIRM_WITH_AMPERSAND_RIVALS)
def test_a_firm_joined_by_ampersand_makes_no_speaker_of_others(text, briefing):
    assert _speaker(text, "We disagree with the ruling", briefing=briefing) is None


# A pronoun opening the paragraph after two people of its gender (session 15: "Ruth Ogunleye … said the bank had “…”.
# Sophie Marchbank … was more generous, calling the decision “…”." then "“They've listened …,” she said" gave no one).
# Session 15 let the one quoted last, as the subject of the sentence right before, go on speaking, and took it out again:
# the same shape is either woman's in "Whitley said …. Okoro said …." (quotes_handwritten_2, gold no one), and a reviewer's
# and the pasted sets' passages gave it wrong names ("Tim Ward, said her home …" then "she said"). These lean towards the
# last one; no one is allowed, another name is not.
LAST_QUOTED_GOES_ON = [
    ("The central bank cut rates by a quarter point on Wednesday.\n\n"
     "Hana Kowalczyk, an analyst at Brightwater, said the cut was \"long overdue\". Lena Fischer of Dorrance Capital "
     "disagreed, calling it \"a gamble with inflation\".\n\n\"We will pay for this in the spring,\" she said. \"Mark my words.\"",
     "We will pay for this", "Lena Fischer"),
    ("The county closed the night shelter in March.\n\n"
     "Ahmed Raza told the committee the scheme had \"failed the people it was meant to help\". Gareth Pugh, the council "
     "leader, defended it on Tuesday, saying it had \"saved lives every winter\".\n\n"
     "\"Nobody will thank us for closing it,\" he told reporters after the meeting.",
     "Nobody will thank us for", "Gareth Pugh"),
    ("The club lost its fourth game in a row on Saturday.\n\n"
     "Paulo Reis, the former coach, said the club had \"lost its way\". \"It needs a new plan and new players,\" added "
     "Tiago Mendes, the club's former captain.\n\n\"The fans deserve better than this,\" he said.",
     "The fans deserve better than", "Tiago Mendes"),
    # reported, not quoted, as the last sentence's subject: still the last one speaking
    ("The hawker centre's new rules take effect on Monday.\n\n"
     "Ms Grace Ortega said she backed the fines, but doubted they would be enforced. Dana Whitfield, 38, who sells "
     "noodles two stalls down, said she was worried the rules would drive customers away.\n\n"
     "\"Half my lunch crowd eats standing up. Where will they go?\" she said.",
     "Half my lunch crowd eats", "Dana Whitfield"),
]
LAST_QUOTED_RIVALS = [
    "The council voted on the bypass on Monday.\n\nJane Moore backs the plan. Ruth Reed is against it.\n\n"
    "\"It will cut the town in two,\" she said.",
    "The council voted on the bypass on Monday.\n\nRuth Reed said the plan \"could work\". Jane Moore was not persuaded.\n\n"
    "\"It will cut the town in two,\" she said.",
    "The council voted on the bypass on Monday.\n\nRuth Reed said the plan \"could work\", and Jane Moore called it "
    "\"a gamble\".\n\n\"It will cut the town in two,\" she said.",
    "The council voted on the bypass on Monday.\n\nMs Grace Ortega said she backed the bypass. Dana Whitfield, 38, "
    "sells noodles on the high street.\n\n\"It will cut the town in two,\" she said.",
]
# the last sentence's subject only reported, its "he said" set inside: no one of the two goes on (the briefing path
# read "Helix, he said, sells …" as Helix speaking, and gave Helix the next quotation)
REPORTED_NOT_QUOTED = (
    "Corvane's results follow strong numbers from rival Helix Semiconductor. Helix chief executive Sunil Mehra said at "
    "the time that the industry was \"nowhere near the top of this cycle.\"\n\n"
    "Marcus Delaney said the contrast was not as stark as it looked. Helix, he said, sells mostly to smaller cloud "
    "providers that are still building out.\n\n\"When two customers sneeze, Corvane catches a cold,\" he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "name"), LAST_QUOTED_GOES_ON)
def test_the_last_one_quoted_as_the_subject_is_the_only_name_given(text, opening, name, briefing):
    assert _speaker(text, opening, briefing=briefing) in (None, name)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize("text", LAST_QUOTED_RIVALS)
def test_a_pronoun_after_two_of_its_gender_none_quoted_last_as_subject_is_no_one(text, briefing):
    assert _speaker(text, "It will cut the town", briefing=briefing) is None


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_subject_only_reported_does_not_go_on_speaking(briefing):
    assert _speaker(REPORTED_NOT_QUOTED, "When two customers sneeze, Corvane", briefing=briefing) in (None, "Marcus Delaney")


# A double-barrelled name the recogniser missed, its first name read as a month or season (session 15: "…, May
# Okonkwo-Bell could barely climb the stairs …" then "“I was 67 …,” she said" gave no one): the hyphen, written
# close, joins the name's parts, so the subject is the woman named in full and the "she" after it hers.
HYPHENED_NAME_MISSED = [
    ("In March 2021, six weeks before surgeons removed a tumour from her colon, May Okonkwo-Bell could barely climb the "
     "stairs of her terraced house in Leeds without stopping.\n\n“I was 67, I had put on weight over lockdown, and "
     "frankly I was terrified,” she said.", "I was 67, I had", "May Okonkwo-Bell"),
    ("Last winter, April Dunmore-Hayes moved her three children into a caravan.\n\n“There was nowhere else that would "
     "take us,” she said.", "There was nowhere else that", "April Dunmore-Hayes"),
    ("For a decade, August Lindqvist-Berg ran the ferry between the islands.\n\n“Nobody else wanted the job,” he said.",
     "Nobody else wanted the job", "August Lindqvist-Berg"),
]
# rivals: a people's words joined by a hyphen are no one's name; a firm so written stays the firm
HYPHENED_RIVALS = [
    ("Anglo-Dutch engineers built the barrier in 1986.\n\n“It will hold for another century,” they said.", "It will hold for another", None),
    ("Shares in Harlow-Kent fell on Monday after the profit warning.\n\n“We remain confident in the plan,” the company said.",
     "We remain confident in the", "Harlow-Kent"),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "name"), HYPHENED_NAME_MISSED)
def test_a_double_barrelled_name_the_recogniser_missed_is_whole(text, opening, name, briefing):
    assert _said_by(text, opening, name, briefing=briefing)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "name"), HYPHENED_RIVALS)
def test_hyphened_words_that_are_no_persons_name_stay_as_they_were(text, opening, name, briefing):
    assert _said_by(text, opening, name, briefing=briefing)


# A partial quotation in a second reported clause, coordinated by its own "that" (session 15: "Vollmer said she had not
# seen evidence …, but that she would order a review “on my first day”", "she said her views had “evolved” and that the
# article was written “for a different audience.”" gave no one): what the verb above both reports, its subject's words,
# whoever the second clause's subject is; a speech verb in the passive with a thing for its subject says no one spoke.
SECOND_THAT_CLAUSE = [
    ("Chidi Okafor appeared before the committee on Tuesday. Okafor told MPs the inquiry had found no fraud, and that he "
     "would publish its report “in full and without delay”.", "in full and without delay", "Chidi Okafor"),
    ("Marta Garcia coached the team for a decade. Garcia wrote on Facebook that the club had let her down, but that she "
     "would keep coaching “for as long as they let me”.", "for as long as they", "Marta Garcia"),
    ("Senator Paul Harlan faced questions about the letter on Thursday. Asked about it, Harlan said his position had "
     "“shifted” and that the letter was written “in anger, many years ago”.", "in anger, many years ago", "Paul Harlan"),
]
# rivals: another's words in the second clause, or a speech verb of someone else's: theirs or no one's, as on main
SECOND_THAT_CLAUSE_RIVALS = [
    ("Tom Smith and Ana Jones sit on the board. Smith said the plan had failed, while Jones called it “a disaster for "
     "the town”.", "a disaster for the town", "Ana Jones"),
    ("Tom Smith and Ana Jones sit on the board. Smith said the plan had failed, but Jones insisted that it would be "
     "“a success in the end”.", "a success in the end", "Ana Jones"),
    ("Tom Smith and Ana Jones sit on the board. Smith said the plan had failed, and that Jones had described it as "
     "“a disaster for the town”.", "a disaster for the town", None),
    ("Tom Smith and Ana Jones sit on the board. “Vote no on Thursday” was written on the wall of the town hall.",
     "Vote no on Thursday", None),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "name"), SECOND_THAT_CLAUSE)
def test_a_partial_quotation_in_a_second_that_clause_is_the_reporters(text, opening, name, briefing):
    assert _said_by(text, opening, name, briefing=briefing)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "name"), SECOND_THAT_CLAUSE_RIVALS)
def test_a_second_clause_with_a_speaker_of_its_own_stays_theirs(text, opening, name, briefing):
    assert _said_by(text, opening, name, briefing=briefing)


# The same shape after a title with its portfolio set off before the name ("Canada's Minister of International Trade,
# Claire Beaudoin, told reporters … and that she expected “…”", s11): the briefing path's name list, built from words,
# had taken "Canada's Minister" for a name, and gave it the quotation; a title word with a known name set off beside it
# is still that person's title.
TITLE_THEN_NAME_THEN_THAT = [
    ("Canada's Minister of International Trade, Claire Beaudoin, told reporters in Ottawa that negotiators would meet in "
     "Washington on Monday and that she expected \"a serious conversation, not a photo op.\"", "a serious conversation, not a", "Claire Beaudoin"),
    ("Britain's Secretary of State for Health, Joan Pryce, told reporters in Leeds that the strike would end soon and "
     "that she expected \"a fair deal for nurses by Christmas.\"", "a fair deal for nurses", "Joan Pryce"),
    ("Kenya's Minister for Sport, David Otieno, said that the stadium would open in March and that he expected \"a full "
     "house for the first match.\"", "a full house for the", "David Otieno"),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "name"), TITLE_THEN_NAME_THEN_THAT)
def test_a_title_read_as_a_name_yields_to_the_name_set_off_beside_it(text, opening, name, briefing):
    assert _speaker(text, opening, briefing=briefing) == name


# Session 15: a person whose name holds a month or weekday the recogniser reads as a date ("His mother, April Friday,
# who …", "Tuesday Lachance" then "said Lachance, 34,") speaks under that name once the article shows it as a person's
# (see test_dates' NAMES_HOLDING_A_DAY). Other outlets and trades than the tuning article (a cellist's family, a
# prairie bakery, a night nurse), with rivals whose day must stay a day.
GRANDMOTHER_NAMED_FOR_DAYS = (
    "Ama Saturday was eleven when she first saw a cello.\n\n"
    "Her grandmother, June Saturday, who raised her in Kumasi, said the family had sold a car “to pay for the first "
    "year of lessons”.\n\n"
    "“We never once thought it was a waste,” she said."
)
CALENDAR_NAMED_SPEAKERS = [
    (GRANDMOTHER_NAMED_FOR_DAYS, "to pay for the first", "June Saturday"),
    (GRANDMOTHER_NAMED_FOR_DAYS, "We never once thought", "June Saturday"),
    (
        "Tuesday Lachance runs the only bakery in Pelly, Sask.\n\n“If the highway closes, the town closes,” said Lachance, "
        "34, who took over the bakery from her father in 2019.",
        "If the highway closes",
        "Tuesday Lachance",
    ),
    (
        "Friday Mensah, a nurse at the county hospital, has worked nights since 2016.\n\n“You get used to the quiet,” "
        "Mensah said on Friday. “You never get used to the phone ringing at four.”",
        "You get used to the",
        "Friday Mensah",
    ),
    ("“We will open the new ward in April,” the hospital's chief executive, Rhys Morgan, said on Friday.", "We will open", "Rhys Morgan"),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "speaker"), CALENDAR_NAMED_SPEAKERS)
def test_a_name_holding_a_day_speaks_under_that_name(text, opening, speaker, briefing):
    assert _said_by(text, opening, speaker, briefing=briefing)


def test_a_calendar_surname_alone_speaks_under_the_name_in_full():
    # "Sunday told reporters" after "… Judge-Executive Ray Sunday": the surname's full name, not the bare day word
    text = (
        "The road will stay closed until the slide is cleared, according to Harlan County Judge-Executive Ray Sunday.\n\n"
        "“We are not done up there yet,” Sunday told reporters at the courthouse.\n\nSunday said crews would work through the weekend."
    )
    for briefing in (False, True):
        assert _speaker(text, "We are not done", briefing=briefing) == "Ray Sunday"


ASKED_ABOUT_ANOTHER = (
    "Winger Ben Carrow was left out of the squad for Saturday's match against Leeds after he missed two training sessions this week.\n\n"
    "Manager Marco Delgado said the decision had been taken by the coaching staff together.\n\n"
    "Questioned about Carrow, Delgado shrugged.\n\n"
    "“He knows what he did, and he knows what he has to do now,” he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_one_asked_about_is_not_the_he_who_answers(briefing):
    # "Questioned about Carrow, Delgado shrugged." read by its words too: who the question is about is no actor of the
    # sentence (as the parse reads it), so "he" is Delgado, not either of two men
    assert _speaker(ASKED_ABOUT_ANOTHER, "He knows what he did", briefing=briefing) == "Marco Delgado"


def test_a_day_before_a_surname_is_no_given_name():
    # rival: "On Sunday Okonkwo said": the day, then the surname (the parsed path; the briefing path reads the words)
    text = "The talks in Abuja broke down on Saturday.\n\nOn Sunday Okonkwo said the talks would resume “when both sides are ready”."
    assert _speaker(text, "when both sides") == "Okonkwo"


# "One rival director …, was blunter. “…,” he said." (session 15): someone brought in by "one" ("one senior player",
# "one of her colleagues") is unnamed, and "he" or "she" after them is theirs, not the last one named. The briefing
# path reads that sentence by its words alone, and took "he" for the captain quoted before it.
ONE_OF_THEM = (
    "The coach, Peter Lindqvist, said the squad was tired after the trip. “We travelled for nineteen hours to get here,” Lindqvist said.\n\n"
    "One of the players, a defender who asked not to be identified, disagreed. “The travel is an excuse for what happened,” he said.\n\n"
    "Councillor Maria Ortega defended the budget at Tuesday's meeting. “The numbers work whichever way you read them,” Ortega said.\n\n"
    "One veteran councillor, speaking on condition of anonymity, was blunter. “We have heard that promise every single year,” she said."
)
# the rivals: "one of …" set beside a name is that person ("Berg, one of the players,"), or "one" is no person at all
ONE_OF_THEM_NAMED = (
    "The coach, Peter Lindqvist, said the squad was tired after the trip. “We travelled for nineteen hours to get here,” Lindqvist said.\n\n"
    "Tomas Berg, one of the players, was blunt about the result. “The travel is no excuse for what happened,” he said.\n\n"
    "Lindqvist called it one of the worst nights of his career. “I take the blame for the way we set up,” he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_someone_brought_in_by_one_is_unnamed(briefing):
    assert _speaker(ONE_OF_THEM, "We travelled for nineteen hours", briefing=briefing) in ("Peter Lindqvist", None)
    assert _speaker(ONE_OF_THEM, "The travel is an excuse", briefing=briefing) is None
    assert _speaker(ONE_OF_THEM, "We have heard that promise", briefing=briefing) is None
    assert _said_by(ONE_OF_THEM_NAMED, "The travel is no excuse", "Tomas Berg", briefing=briefing)
    assert _said_by(ONE_OF_THEM_NAMED, "I take the blame", "Peter Lindqvist", briefing=briefing)


# A storm, a ship or an animal named like a person never speaks (session 15: "Hurricane Tobias" given the hurricane
# center's words). The recogniser reads "Hurricane Tobias" or "Typhoon Kalmaegi" as a person; "he" or "she" after it is
# someone the text does not name.
NAMED_THINGS = (
    "Hurricane Tobias made landfall near Cedar Key late Friday with winds of 115 mph. “We lost the roof in ten minutes,” he said.\n\n"
    "Typhoon Kalmaegi slammed into the central Philippines on Tuesday, and it tore roofs off homes across Cebu. "
    "“The water came up to our necks in the kitchen,” she said.\n\n"
    "Cyclone Mocha crossed the coast near Sittwe on Sunday, and he said the town had no power. “Every roof on our street is gone,” he said."
)
# the rivals: a person beside the storm, the ship or the animal is still the speaker, and a person called Storm is a person
NAMED_THINGS_AND_PEOPLE = (
    "Hurricane Delia's remnants flooded Ocala overnight. Ocala fire chief Dana Lott said crews rescued 40 people. "
    "“We have never seen flooding like this,” the chief said.\n\n"
    "The tanker Sea Empress ran aground off Milford Haven in 1996. “It was the worst night of my career,” the harbour master, Tom Evans, said.\n\n"
    "Red Rum, the horse that won three Grand Nationals, died in 1995. His trainer, Ginger McCain, was at his side. "
    "“He was the best friend I ever had,” McCain said.\n\n"
    "Storm Reid, the actress, arrived at the premiere in London on Monday. “I loved making this film with my friends,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_storm_a_ship_or_an_animal_never_speaks(briefing):
    for opening in ("We lost the roof", "The water came up", "Every roof on our street"):
        assert _speaker(NAMED_THINGS, opening, briefing=briefing) is None, opening
    assert _said_by(NAMED_THINGS_AND_PEOPLE, "We have never seen flooding", "Dana Lott", briefing=briefing)
    assert _said_by(NAMED_THINGS_AND_PEOPLE, "It was the worst night", "Tom Evans", briefing=briefing)
    assert _said_by(NAMED_THINGS_AND_PEOPLE, "He was the best friend", "Ginger McCain", briefing=briefing)
    assert _said_by(NAMED_THINGS_AND_PEOPLE, "I loved making this film", "Storm Reid", briefing=briefing)


def test_named_things_are_read_off_the_kind_beside_the_name():
    from wirebrief.annotate.quotes import _named_thing

    assert _named_thing("Hurricane Tobias", "Hurricane Tobias weakened.")
    assert _named_thing("Tobias", "Tobias weakened. Hurricane Tobias had made landfall.")
    assert _named_thing("Kirk", "Tropical Storm Kirk formed on Monday.")
    assert _named_thing("Argyll", "HMS Argyll sailed.")
    assert _named_thing("Biscuit", "Biscuit, a two-year-old beagle, went missing.")
    assert _named_thing("Sea Empress", "the tanker Sea Empress ran aground")
    assert not _named_thing("Storm Reid", "Storm Reid, the actress, arrived.")
    assert not _named_thing("Dana Lott", "Hurricane Delia flooded Ocala. Fire chief Dana Lott said …")
    assert not _named_thing("MS Dhoni", "MS Dhoni hit a six.")
    assert not _named_thing("Olav Marstrand", "born to Olav Marstrand, a ship's engineer, and Sigrid Marstrand")
    assert not _named_thing("Aidan O'Brien", "the horse trainer Aidan O'Brien said")
    assert not _named_thing("Tom Reed", "a former Navy seal, Tom Reed, said")
    assert not _named_thing("Paul Ryan", "a deficit hawk, Paul Ryan, said")


# A person is never wiped as a thing by a word of their name or a noun near it (session 15 review: "Hurricane Ian …
# Ian Doherty, the county's emergency manager" lost Doherty's words; "Nicky Henderson, the owner of the horse," and
# "Aboard the ship, Captain Ian Doherty said" lost theirs): only the whole name, written with its kind beside it, is a thing.
PEOPLE_NEAR_THINGS = (
    "Hurricane Ian made landfall near Fort Myers on Wednesday. Ian Doherty, the county's emergency manager, said 40,000 "
    "homes had lost power. “We are asking everyone to stay off the roads,” Doherty said.\n\n"
    "Trainer Nicky Henderson, the owner of the horse, said the colt would run again in March. “He came out of it well,” Henderson said.\n\n"
    "Captain Tom Reed, the master of the vessel, said the crew had been taken off. “Nobody was hurt in the collision,” Reed said.\n\n"
    "Aboard the ship, Captain Ian Doherty said the engines had failed. “We were lucky the sea stayed calm,” Doherty said.\n\n"
    "Storm Reid, the actress, said she had taken a year off after the storms last winter. “I needed a break,” Reid said.\n\n"
    "Typhoon Haima flattened villages across Samar on Thursday. Haima Santos, a nurse at the district hospital, said "
    "the wards were full by noon. “We ran out of beds before lunch,” Santos told reporters.\n\n"
    "On the trawler, skipper Dan Ruddock said the nets had snagged twice. “The weather turned in an hour,” Ruddock said.\n\n"
    "Ellen Marsh, the breeder of the racehorse, watched from the rail at Ascot. “She was tired at the end,” Marsh added."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_person_named_near_a_storm_a_ship_or_an_animal_still_speaks(briefing):
    for opening, name in (("We are asking everyone", "Ian Doherty"), ("He came out of it", "Nicky Henderson"),
                          ("Nobody was hurt", "Tom Reed"), ("We were lucky", "Ian Doherty"), ("I needed a break", "Storm Reid"),
                          ("We ran out of beds", "Haima Santos"), ("The weather turned", "Dan Ruddock"), ("She was tired", "Ellen Marsh")):
        assert _speaker(PEOPLE_NEAR_THINGS, opening, briefing=briefing) == name, opening


def test_only_the_whole_name_with_its_kind_beside_it_is_a_thing():
    from wirebrief.annotate.quotes import _named_thing

    text = PEOPLE_NEAR_THINGS + "\n\nHer dog, Rex, barked all night. On the ferry, Jan Holt, its captain, said little."
    for name in ("Ian", "Haima", "Rex"):
        assert _named_thing(name, text), name  # "Hurricane Ian", "Typhoon Haima", "Her dog, Rex,"
    for name in ("Ian Doherty", "Nicky Henderson", "Tom Reed", "Storm Reid", "Haima Santos", "Dan Ruddock", "Ellen Marsh", "Jan Holt"):
        assert not _named_thing(name, text), name
    assert not _named_thing("Henderson", "Trainer Nicky Henderson, the owner of the horse, said")  # a noun three words off
    assert not _named_thing("Reed", "the ship Captain Tom Reed said")  # a title between the noun and the name

# "who" is never a place: "A nurse in Kisoro, who asked not to be named, said" is the nurse's clause, hung by the parse on
# the place (session 15: "a DSWD employee in Virac, who …" gave "Virac", read as a person elsewhere, her words).
def test_who_after_a_place_stands_for_the_one_it_is_said_of():
    import spacy

    from wirebrief.annotate import quotes

    nlp = spacy.load(Settings().model)
    people = {"Kisoro": "Kisoro", "Leeds": "Leeds", "Tom Reed": "Tom Reed"}
    surnames = quotes._Surnames(quotes._surnames(people))
    for sentence, noun in (("A nurse in Kisoro, who asked not to be named because she feared losing her job, said the clinic had no gloves.", "nurse"),
                           ("The shop assistant in Leeds, who did not give her name, said prices had doubled.", "assistant")):
        who = next(t for t in nlp(sentence) if t.lower_ == "who")
        reference = quotes._reference(who, people, surnames)
        assert reference is not None and reference.kind != "PERSON" and reference.text == noun, sentence
    # the rival: a "who" after a person is that person's
    who = next(t for t in nlp("Mayor Tom Reed, who took office in May, said the clinic had no gloves.") if t.lower_ == "who")
    assert quotes._reference(who, people, surnames).text == "Tom Reed"


# An organisation speaks by the fullest name the text gives it, and an acronym may keep the initial of a short word
# ("BOE" for the Bank of England, "MOD", "DOJ"; session 15 left "BOE" as the speaker).
ACRONYMS_WITH_SHORT_WORDS = (
    "The Ministry of Defence confirmed on Tuesday that two Typhoon jets had been scrambled over the North Sea. "
    "“Two Russian aircraft were escorted out of the UK area of interest,” the MOD said in a statement.\n\n"
    "Shares in lenders rose after the Department of Justice dropped its inquiry. “The investigation is closed for good,” the DOJ said.\n\n"
    "The National Health Service will open 40 new clinics this year, the government said. "
    "“This is the biggest expansion in a decade,” an NHS spokesperson said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_an_acronym_keeping_a_short_words_initial_is_spelled_out(briefing):
    assert _speaker(ACRONYMS_WITH_SHORT_WORDS, "Two Russian aircraft", briefing=briefing) in ("Ministry of Defence (MOD)", None)
    assert _speaker(ACRONYMS_WITH_SHORT_WORDS, "The investigation is closed for", briefing=briefing) in ("Department of Justice (DOJ)", None)
    assert _speaker(ACRONYMS_WITH_SHORT_WORDS, "This is the biggest expansion", briefing=briefing) in ("National Health Service (NHS)", None)
    if not briefing:
        assert _speaker(ACRONYMS_WITH_SHORT_WORDS, "Two Russian aircraft") == "Ministry of Defence (MOD)"
    assert quotes._spells("Bank of England", "BOE", "") and quotes._spells("Bank of England", "BE", "")
    assert not quotes._spells("Bank of England", "BOF", "") and not quotes._spells("Home Office", "HOO", "")


# "The festival said …": a word for no person is not the person whose role has it in ("Harbourside Festival director Ana
# Ruiz"); session 15 gave the Junee Show Society's post to its president, and the hurricane center's words to a storm
# the role reader had called "the hurricane center". A word for a person still finds its holder ("the conductor").
BODY_BY_ITS_WORD = (
    "Harbourside Festival director Ana Ruiz said all 12,000 tickets had sold out by Wednesday. “We could have sold twice that,” she said.\n\n"
    "The festival said on its website on Thursday that the main stage would close at 10pm “out of respect for our neighbours on the quay”.\n\n"
    "Bellmont Museum curator Jonah Pike said the collection had doubled since 2019. “Most of it came from one family,” Pike said.\n\n"
    "The museum wrote in a newsletter on Friday that the new wing would open in spring, “subject to the builders keeping their promises”.\n\n"
    "The orchestra's conductor, Lena Brandt, said the tour would go ahead. “We have rehearsed for a year,” Brandt said.\n\n"
    "The conductor later told reporters the programme was “the hardest thing we have ever played”."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_body_by_its_word_is_not_the_one_whose_role_has_it(briefing):
    assert _speaker(BODY_BY_ITS_WORD, "out of respect for our", briefing=briefing) != "Ana Ruiz"
    assert _speaker(BODY_BY_ITS_WORD, "subject to the builders", briefing=briefing) != "Jonah Pike"
    assert _said_by(BODY_BY_ITS_WORD, "the hardest thing we have", "Lena Brandt", briefing=briefing)


# A nickname the text gives is the person's, named in full (session 15: "Gus, as everyone at the showground calls him,"
# left "Gus" as the speaker for Augustine Tran): written inside the name, given after it, or said to be what one person is
# called where it is a short form of their given name. Two who could be meant: left as written.
NICKNAMES = (
    "Robert “Bobby” Hale has coached the under-12s in Dunedin for 30 years. On Saturday his side won the regional final. "
    "“I have never seen a group of kids so calm,” Bobby said after the match.\n\n"
    "Katherine Moss, known to her teammates as Kit, scored twice in the second half. “We were flat before the break and we knew it,” Kit said.\n\n"
    "Elizabeth Okonjo-Reyes runs the night shelter on Cuba Street with two volunteers. Liz, as the regulars call her, opens the doors at six. "
    "“Nobody gets turned away on a cold night,” Liz said."
)
TWO_WHO_COULD_BE_CALLED_SO = (
    "Elizabeth Okonjo-Reyes and Elizabeth Tanner run the night shelter on Cuba Street. Liz, as the regulars call her, opens the doors at six. "
    "“Nobody gets turned away on a cold night,” Liz said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_nickname_the_text_gives_names_the_person_in_full(briefing):
    assert _said_by(NICKNAMES, "I have never seen a", "Robert Hale", briefing=briefing)
    assert _said_by(NICKNAMES, "We were flat before the", "Katherine Moss", briefing=briefing)
    assert _said_by(NICKNAMES, "Nobody gets turned away", "Elizabeth Okonjo-Reyes", briefing=briefing)
    assert _speaker(TWO_WHO_COULD_BE_CALLED_SO, "Nobody gets turned away", briefing=briefing) in ("Liz", None)



# An exchange of turns between two women, a paragraph each (session 15: "“That's not a yes,” Mayfield said." then "“It's
# an honest answer,” she said." gave Mayfield the answer): "she" after the last turn is the other party's where that turn
# asked her something, else either of the two, and no one. Not an exchange (no question, no reply): "she" goes on.
EXCHANGE_NOT_ASKED = (
    'The sharpest exchange came with Councillor Joan Pryce, who said the library budget had been cut by a third since 2022.\n\n'
    '“Will you restore the branch at Elm Street?” Pryce asked.\n\n'
    '“I will restore every branch the figures let me restore,” Mayor Ruth Hamid replied.\n\n'
    '“That is not an answer,” Pryce said.\n\n'
    '“It is the only honest one,” she said.\n\n'
)
EXCHANGE_ASKED = (
    'The sharpest exchange came with Councillor Joan Pryce, who said the library budget had been cut by a third since 2022.\n\n'
    '“Will you restore the branch at Elm Street?” Pryce asked.\n\n'
    '“I will restore every branch the figures let me restore,” Mayor Ruth Hamid replied.\n\n'
    '“Is that a yes or a no?” Pryce said.\n\n'
    '“It is a yes, if the council votes for it,” she said.\n\n'
)
EXCHANGE_HE = (
    'The sharpest exchange came with Councillor Joan Pryce, who said the library budget had been cut by a third since 2022.\n\n'
    '“Will you restore the branch at Elm Street?” Pryce asked.\n\n'
    '“I will restore every branch the figures let me restore,” Mayor Ruth Hamid replied.\n\n'
    '“That is not an answer,” Pryce said.\n\n'
    '“We will be asking again in March,” he said.\n\n'
)
NO_EXCHANGE = (
    'Mayor Ruth Hamid opened the library at Elm Street on Saturday. “This branch was closed for three years,” Hamid said.\n\n'
    '“We had to find the money twice,” Councillor Joan Pryce said.\n\n'
    '“Now it is open and it is staying open,” she said.\n\n'
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_turn_after_a_named_turn_in_an_exchange_is_the_other_partys_or_no_ones(briefing):
    assert _said_by(EXCHANGE_NOT_ASKED, "That is not an answer", "Joan Pryce", briefing=briefing)
    assert _speaker(EXCHANGE_NOT_ASKED, "It is the only honest", briefing=briefing) is None
    assert _said_by(EXCHANGE_ASKED, "It is a yes,", "Ruth Hamid", briefing=briefing)
    assert _speaker(EXCHANGE_HE, "We will be asking again", briefing=briefing) is None
    assert _said_by(NO_EXCHANGE, "Now it is open", "Joan Pryce", briefing=briefing)


# The briefing path reads some sentences by their words alone: one that opens on someone new by no name ("One insider,
# speaking on condition of anonymity, was blunter.", "A source close to the squad put it differently.") has a subject it
# cannot read, and the "he" after it is no one, not the last one named. A time ("One day later, he …") is no one new.
SOMEONE_NEW_UNREAD = (
    "Coach Peter Lindqvist said the squad was tired after the trip. “We travelled for nineteen hours to get here,” Lindqvist said.\n\n"
    "One insider, speaking on condition of anonymity, was blunter. “The travel is an excuse for what happened,” he said.\n\n"
    "Team doctor Ewa Nowak said three players had been ill. “It was a virus, and it went through the squad,” Nowak said.\n\n"
    "A source close to the medical staff put it differently. “Nobody was too ill to play on Sunday,” she said."
)
SOMEONE_NEW_RIVAL = (
    "Coach Peter Lindqvist said the squad was tired after the trip. “We travelled for nineteen hours to get here,” Lindqvist said.\n\n"
    "One day later, he was more candid. “The travel is an excuse for what happened,” he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_someone_new_by_no_name_is_not_the_last_one_named(briefing):
    assert _speaker(SOMEONE_NEW_UNREAD, "The travel is an excuse", briefing=briefing) is None
    assert _speaker(SOMEONE_NEW_UNREAD, "Nobody was too ill to", briefing=briefing) is None
    assert _said_by(SOMEONE_NEW_RIVAL, "The travel is an excuse", "Peter Lindqvist", briefing=briefing)


# Session 15 review: the last one quoted goes on speaking ("Marchbank" shape above) only where the two of the paragraph
# are commenters apart. Not where the other one acted on or spoke of the last ("Judge Ortiz sentenced Whitfield …",
# "Reyes pressed her on …", "Moss, his coach, said Hale had been …") nor where the quotation speaks of someone of that
# gender ("“We will assess her …,” she said"): either may be speaking, and no one is named.
LAST_QUOTED_IN_ONE_SCENE = [
    ("Judge Maria Ortiz sentenced Dana Whitfield to 12 years in prison on Tuesday. Whitfield told the court she was "
     "“deeply sorry” for the crash.\n\n“You chose to drive that night, and three children paid for it,” she said.", "You chose to drive"),
    ("Coach Ellen Marsh watched from the touchline as Kim Doyle limped off in the second half. Doyle said afterwards the "
     "injury was “just a knock”.\n\n“We will assess her in the morning, but it did not look good,” she said.", "We will assess her"),
    ("Hale hit a career-high 41 points. Moss, his coach, said Hale had been “exceptional all week”. Hale said he felt "
     "“no pressure at all”.\n\n“I told him to shoot whenever he was open,” he said.", "I told him to shoot"),
    ("Ortiz testified on Monday that she saw the defendant leave. Under cross-examination, defence lawyer Ann Reyes pressed "
     "her on the lighting. Ortiz said it was “bright enough”.\n\n“The jury will decide whether that is credible,” she said.", "The jury will decide"),
    # other shapes: a detective who questioned the one quoted; a doctor, the quotation about the patient
    ("Inspector Grace Hall questioned Mia Lund for two hours at Leith police station on Friday. Lund told reporters outside "
     "that she had been “at work all evening”.\n\n“We will check every minute of that evening,” she said.", "We will check every minute"),
    ("Dr Priya Nair treated Leah Stone at the trackside after the fall. Stone said she felt “fine, just shaken”.\n\n"
     "“She needs a week of rest at the very least,” she said.", "She needs a week"),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening"), LAST_QUOTED_IN_ONE_SCENE)
def test_the_last_one_quoted_does_not_go_on_where_the_other_acted_on_them_or_the_quote_is_about_them(text, opening, briefing):
    assert _speaker(text, opening, briefing=briefing) is None


# Session 15 review: in an exchange, "“…,” she added." (continued, went on) is the last one to speak going on, not the
# other party; an exchange is a question and its answer between the same two, not a reporter's question to one of them
# ("“Did you …?” a reporter asked Williams." / "“…,” Williams replied." / "“…,” Sharapova said." / "“…,” she said.": still
# Sharapova's).
EXCHANGE_ADDED = (
    "Councillor Joan Pryce said the library budget had been cut by a third since 2022.\n\n"
    "“Will you restore the branch at Elm Street?” Pryce asked.\n\n"
    "“I will restore every branch the figures let me restore,” Mayor Ruth Hamid replied.\n\n"
    "“And what about the mobile library?” Pryce asked.\n\n"
    "“It was the only service some villages had left,” she added."
)
RHETORICAL_ADDED = (
    "Mayor Ruth Hamid defended the budget at the council meeting on Tuesday.\n\n"
    "“We had to find the money twice,” Hamid said.\n\n"
    "“So why should residents pay a third time?” Councillor Joan Pryce asked.\n\n"
    "“They have paid enough already,” she added."
)
EXCHANGE_CONTINUED = (
    "The hearing on the Westgate ward closed after an hour.\n\n"
    "“Can the ward stay open through the winter?” Dr Anna Price asked.\n\n"
    "“Not with these staff numbers,” Health Secretary Carla Voss replied.\n\n"
    "“Then who will treat the patients?” Price asked.\n\n"
    "“We have been asking that question for a year,” she continued."
)
A_REPORTERS_QUESTION = (
    "Serena Williams beat Maria Sharapova 6-1, 6-4 on Tuesday.\n\n"
    "“Did you expect to win so easily?” a reporter asked Williams.\n\n"
    "“I never expect anything,” Williams replied.\n\n"
    "“She played the big points better,” Sharapova said.\n\n"
    "“I need to serve better next time,” she said."
)
A_REPORTERS_QUESTION_2 = (
    "Marta Silva's side lost 2-0 to Lena Berg's team in the cup semi-final on Sunday.\n\n"
    "“Was the pitch a problem for you?” one journalist asked Silva.\n\n"
    "“No, the pitch was fine,” Silva answered.\n\n"
    "“We were simply quicker to every ball,” Berg said.\n\n"
    "“The final will be a different game,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_added_goes_on_and_an_exchange_is_between_the_same_two(briefing):
    assert _speaker(EXCHANGE_ADDED, "It was the only service", briefing=briefing) == "Joan Pryce"
    assert _speaker(RHETORICAL_ADDED, "They have paid enough", briefing=briefing) == "Joan Pryce"
    assert _speaker(EXCHANGE_CONTINUED, "We have been asking that", briefing=briefing) == "Anna Price"
    assert _speaker(A_REPORTERS_QUESTION, "I need to serve better", briefing=briefing) == "Maria Sharapova"
    assert _speaker(A_REPORTERS_QUESTION_2, "The final will be", briefing=briefing) == "Lena Berg"
    # the exchanges it was written for are unchanged
    assert _speaker(EXCHANGE_NOT_ASKED, "It is the only honest", briefing=briefing) is None
    assert _said_by(EXCHANGE_ASKED, "It is a yes,", "Ruth Hamid", briefing=briefing)


# Session 15 review: a nickname said to be what someone is called is a short form of one person's given name (its
# opening letters, or a known diminutive), never letters inside it ("Dan" is not Jordan's); a title before a quoted
# name is no given name ("Senator “Ted” Cruz"); a possessive is no nickname ("known as Britain's fastest woman").
NOT_A_SHORT_FORM = [
    ("Jordan Pike died on Sunday aged 71. His oldest friend, Dan, as everyone at the yard called him, said Pike was "
     "“the best welder on the Clyde”.", "the best welder", "Jordan Pike"),
    ("Marian Cole ran the bakery on Hill Street for 40 years. Her neighbour, Ian, as the whole street calls him, said "
     "Cole “never once closed early”.", "never once closed early", "Marian Cole"),
    ("Senator “Ted” Cruz said the bill was dead. Ted said later he would vote against it. “It's a bad bill,” Ted said.",
     "It's a bad bill", "Senator Cruz"),
    ("Governor “Kit” Bond toured the flooded towns on Monday. “We will rebuild every house,” Kit said.",
     "We will rebuild every house", "Governor Bond"),
]
A_SHORT_FORM = (
    "Daniel Okoro runs the boxing gym under the railway arches in Peckham. Dan, as the members call him, opens the doors "
    "at six. “Nobody pays if they cannot,” Dan said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "wrong"), NOT_A_SHORT_FORM)
def test_a_nickname_is_a_short_form_of_a_given_name_not_letters_inside_it_nor_a_title(text, opening, wrong, briefing):
    assert _speaker(text, opening, briefing=briefing) != wrong


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_nickname_that_opens_the_given_name_is_theirs(briefing):
    assert _said_by(A_SHORT_FORM, "Nobody pays if they", "Daniel Okoro", briefing=briefing)


def test_a_possessive_or_a_title_is_no_nickname():
    people = {"Amara Osei": "Amara Osei", "Osei": "Amara Osei"}
    assert quotes._nicknames("Amara Osei, known as Britain's fastest woman, won again in Rome.", people) == {}
    assert quotes._nicknames("Amara Osei, known to her friends as Mara, won again in Rome.", people) == {"Mara": "Amara Osei"}
    assert quotes._nicknames("Senator “Ted” Cruz said the bill was dead.", {"Cruz": "Cruz"}) == {}
    assert quotes._nicknames("Robert (Bob) Hale coached the side.", {"Hale": "Hale"}) == {"Bob": "Robert Hale"}


# Session 15 review: on the briefing path a sentence opening on a thing ("One concern was the cost of the new fund.")
# brings in no one new: the "she" after it is still the one it read before.
A_THING_OPENS = (
    "Prime Minister Anna Lind arrived in Brussels on Thursday for the summit. “Europe must stand together on this,” Lind said.\n\n"
    "One concern was the cost of the new fund. “We cannot write blank cheques,” she said."
)
A_THING_OPENS_2 = (
    "Coach Peter Lindqvist said the squad was tired after the trip. “We travelled for nineteen hours to get here,” Lindqvist said.\n\n"
    "A statement from the club is expected on Monday. “I have nothing more to say about the referee,” he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_sentence_opening_on_a_thing_brings_in_no_one_new(briefing):
    assert _speaker(A_THING_OPENS, "We cannot write blank", briefing=briefing) == "Anna Lind"
    assert _said_by(A_THING_OPENS_2, "I have nothing more", "Peter Lindqvist", briefing=briefing)
    assert _speaker(SOMEONE_NEW_UNREAD, "The travel is an excuse", briefing=briefing) is None


# Session 16: a title the name list took for a name ("Prime Minister" from a heading's label "Prime Minister: “…”"),
# spoken as "the Prime Minister said", is the one the text ties that title to; with no one, or two, the title stays.
TITLE_HELD = (
    "Home Secretary: “The law will change”\n\n"
    "Home Secretary Priya Lal announced the review in the Commons on Tuesday afternoon.\n\n"
    "“The law will change before the summer,” the Home Secretary told MPs."
)
TITLE_HELD_2 = (
    "Prime Minister: “We are not going anywhere”\n\n"
    "Prime Minister Kirsten Holm-Madsen said on Wednesday morning that she had no intention of calling an early election.\n\n"
    "“Denmark needs a stable government, not a campaign,” the Prime Minister said outside the Prime Minister’s Office."
)
TITLE_HELD_BY_NO_ONE = (
    "Home Secretary: “The law will change”\n\n"
    "The review was announced in the Commons on Tuesday afternoon.\n\n"
    "“The law will change before the summer,” the Home Secretary told MPs."
)
TITLE_HELD_BY_TWO = (
    "Home Secretary: “The law will change”\n\n"
    "Home Secretary Priya Lal and Shadow Home Secretary Chris Doyle clashed in the Commons on Tuesday. Former Home Secretary "
    "Ann Reid watched from the gallery.\n\n"
    "“The law will change before the summer,” the Home Secretary told MPs."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_title_read_as_a_name_is_its_holder(briefing):
    assert _said_by(TITLE_HELD, "The law will change before", "Priya Lal", briefing=briefing)
    assert _said_by(TITLE_HELD_2, "Denmark needs a stable government,", "Kirsten Holm-Madsen", briefing=briefing)
    assert _speaker(TITLE_HELD_BY_NO_ONE, "The law will change before", briefing=briefing) in ("Home Secretary", None)
    assert _speaker(TITLE_HELD_BY_TWO, "The law will change before", briefing=briefing) in ("Home Secretary", None)


# rivals (review16a): a title the text gives only with a word that makes it another post ("Former", "Shadow", "Deputy",
# "ex-") ties that title to no one: the title stays, never the former, shadow or deputy holder
TITLE_OF_A_FORMER_HOLDER = (
    "Prime Minister: “This plan is reckless”\n\n"
    "Former Prime Minister Rishi Sunak attacked the plan in the Commons on Tuesday.\n\n"
    "“This plan is reckless and the country knows it,” the Prime Minister told MPs."
)
TITLE_OF_A_SHADOW = (
    "Home Secretary: “The law will change”\n\n"
    "Shadow Home Secretary Chris Philp attacked the plan in the Commons on Tuesday.\n\n"
    "“The law will change before the summer,” the Home Secretary told MPs."
)
TITLE_OF_A_DEPUTY = (
    "Prime Minister: “We are ready”\n\n"
    "Deputy Prime Minister Angela Rayner visited flooded homes in Yorkshire on Friday.\n\n"
    "“We are ready to help every family,” the Prime Minister said in a statement."
)
TITLE_OF_AN_EX = (
    "Finance Minister: “Growth is back”\n\n"
    "The ex-Finance Minister Marta Kowalczyk spoke at a conference in Gdansk on Monday.\n\n"
    "“Growth is back and it is here to stay,” the Finance Minister told the radio station."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_title_held_by_no_one_but_a_former_shadow_or_deputy(briefing):
    assert _speaker(TITLE_OF_A_FORMER_HOLDER, "This plan is reckless and", briefing=briefing) in ("Prime Minister", None)
    assert _speaker(TITLE_OF_A_SHADOW, "The law will change before", briefing=briefing) in ("Home Secretary", None)
    assert _speaker(TITLE_OF_A_DEPUTY, "We are ready to help", briefing=briefing) in ("Prime Minister", None)
    assert _speaker(TITLE_OF_AN_EX, "Growth is back and it", briefing=briefing) in ("Finance Minister", None)


# Session 16: a company's initials often leave out its legal form ("… Company Limited (NNPC)", "… Holdings Ltd (CPH)"):
# the speaker is still the fullest name the text gives, not the initials alone.
LEGAL_FORM = (
    "The Nigerian National Petroleum Company Limited (NNPC) on Tuesday dismissed reports of another increase in the pump "
    "price, saying there was “no plan to raise the price of Premium Motor Spirit at this time” and urging motorists not to panic."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_initials_without_the_legal_form_spell_the_company(briefing):
    found = _speaker(LEGAL_FORM, "no plan to raise the", briefing=briefing)
    assert found in ("Nigerian National Petroleum Company Limited (NNPC)", None if briefing else "")


def test_the_legal_form_left_out_of_initials():
    text = "Coastal Pulp Holdings Ltd (CPH) said on Friday it would keep the mill open."
    assert quotes.organisation_name("CPH", text) == "Coastal Pulp Holdings Ltd (CPH)"
    assert quotes.organisation_name("NNPC", LEGAL_FORM) == "Nigerian National Petroleum Company Limited (NNPC)"
    # initials that spell no run even without the legal form stay as they are
    assert quotes.organisation_name("KPA", "Coastal Pulp Holdings Ltd (CPH) said on Friday it would keep the mill open; KPA said nothing.") == "KPA"


# Session 16: the one a subject turns, hands or passes something to ("Mizutani turned the question over to Ishida",
# "Reyes passed the microphone to Adler") may be the "he" who speaks next as likely as the subject: no one, never the
# subject alone. A name the recogniser read as an organisation there ("Adler") is the person the text wrote in full.
HANDED_OVER = (
    "Chief executive Kenji Mizutani apologised to customers at a news conference in Tokyo.\n\n"
    "Executive Vice President Haruto Ishida, who oversees quality assurance, said the company first received reports of stalling in 2021.\n\n"
    "Asked why it had taken more than a year to issue a recall, Mizutani turned the question over to Ishida. "
    "\"We did not want to replace one part with another that might fail in the same way,\" he said."
)
HANDED_OVER_2 = (
    "Manager Tom Reyes faced reporters after the 3-0 defeat at Anfield, with his captain Josh Adler beside him.\n\n"
    "When the questions turned to the penalty, Reyes passed the microphone to Adler. “I should have done better with that one,” he said."
)
# rivals: the subject acting on the other, or alone, still speaks next
PRAISED = (
    "Manager Tom Reyes faced reporters after the 3-0 defeat at Anfield, with his captain Josh Adler beside him.\n\n"
    "When the questions turned to the penalty, Reyes praised Adler for his courage. “I could not ask for more from him,” he said."
)
BENCHED = (
    "Coach Dwayne Ellis was unhappy after the defeat in Leeds.\n\n"
    "Ellis benched center Omar Haddad for the whole second half. “He has to defend better than that,” he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_the_one_handed_the_floor_may_speak_next(briefing):
    assert _speaker(HANDED_OVER, "We did not want to", briefing=briefing) is None
    assert _speaker(HANDED_OVER_2, "I should have done better", briefing=briefing) is None
    assert _said_by(PRAISED, "I could not ask for", "Tom Reyes", briefing=briefing)
    assert _said_by(BENCHED, "He has to defend better", "Dwayne Ellis", briefing=briefing)


# rivals (review16a): a "to" phrase of a verb that hands nothing over ("lost to", "wrote to") leaves the subject the one
# who speaks next
LOST_TO = "Serena Williams lost to Naomi Osaka in the semi-final on Thursday. “I just made too many errors,” she said."
LOST_TO_2 = "Kim Lee lost to Ann Cole by 200 votes in the mayoral race on Tuesday. “The voters have made their choice,” she said."
WROTE_TO = "Marta Ruiz wrote to Elena Costa on Monday asking for a meeting. “I am still waiting for an answer,” she said."


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_to_phrase_that_hands_nothing_over(briefing):
    assert _said_by(LOST_TO, "I just made too many", "Serena Williams", briefing=briefing)
    assert _said_by(LOST_TO_2, "The voters have made their", "Kim Lee", briefing=briefing)
    assert _said_by(WROTE_TO, "I am still waiting for", "Marta Ruiz", briefing=briefing)


# Session 16: a name set off by commas after a subject word for a person, that the parse joined to it as if by "and"
# ("The commission’s chair, Karen Villalobos, the presidential delegate …, rejected …"), is that person, not two people;
# two joined by "and" stay no one alone.
CHAIR_SET_OFF = (
    "The Council of Atacameño Peoples said in a statement that the commission had ignored the science.\n\n"
    "The commission’s chair, Karen Villalobos, the presidential delegate for the Antofagasta region, rejected the criticism. "
    "“The commission does not decide on feelings. It decides on technical reports,” she told reporters after the vote."
)
TWO_JOINED = (
    "The club’s captain, Ana Ruiz, and her deputy, Lena Brandt, led the protest. “We are not going back out there,” she said."
)
# an owner read as an organisation is no one the next "he" or "she" may be besides the one named after it
OWNER_READ_AS_BODY = (
    "That was how Dana Whitlock learned that the investors had walked away from her battery startup, Voltshore.\n\n"
    "The spreadsheet listed every customer who had ever shown interest in Voltshore's cells.\n\n"
    "Whitlock's co-founder, Ben Asante, puts the company's escape more bluntly. \"We were six weeks from zero. Six weeks.\""
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_name_set_off_after_a_person_word_is_that_person(briefing):
    assert _said_by(CHAIR_SET_OFF, "The commission does not decide", "Karen Villalobos", briefing=briefing)
    assert _speaker(TWO_JOINED, "We are not going back", briefing=briefing) is None
    assert _said_by(OWNER_READ_AS_BODY, "We were six weeks from", "Ben Asante", briefing=briefing)


# Session 16: a surname alone that the recogniser read as a building or a place ("Kolář said", tagged FAC) is the person
# the text wrote in full with it ("Jan Kolář"); a place's name written in full ("London Heathrow") or two people of that
# surname leave it as before.
READ_AS_A_BUILDING = (
    "Jan Kolář served for the match twice on Centre Court on Friday and lost both times.\n\n"
    "\"He played the big points better than me. That's tennis,\" Kolář said."
)
READ_AS_A_BUILDING_2 = (
    "Jan Kolář served for the match twice on Centre Court on Friday and lost both times.\n\n"
    "\"He played the big points better than me. That's tennis,\" said Kolář."
)
A_PLACE_IN_FULL = (
    "Flights resumed at London Heathrow on Sunday after a fire at a substation closed the airport for a day.\n\n"
    "\"All terminals are now open and we are running a full schedule,\" Heathrow said."
)
GIVEN_NAME_IN_A_BODY = (
    "Jan Kolář served for the match twice on Centre Court on Friday and lost both times. The Jan Hus Society held a "
    "reception for the Czech team at Wimbledon.\n\n"
    "\"He played the big points better than me. That's tennis,\" Kolář said."
)
TWO_OF_A_SURNAME = (
    "Czech 14th seed Jan Kolář lost to Oliver Tate in five sets. Tomáš Kolář, his brother, watched from the stands.\n\n"
    "\"He played the big points better than me. That's tennis,\" Kolář said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_surname_read_as_a_building_is_the_person_in_full(briefing):
    assert _said_by(READ_AS_A_BUILDING, "He played the big points", "Jan Kolář", briefing=briefing)
    assert _said_by(READ_AS_A_BUILDING_2, "He played the big points", "Jan Kolář", briefing=briefing)
    assert _speaker(A_PLACE_IN_FULL, "All terminals are now open", briefing=briefing) in ("Heathrow", "London Heathrow", None)  # the airport, never a person
    assert _speaker(TWO_OF_A_SURNAME, "He played the big points", briefing=briefing) in ("Kolář", None)
    # review16a: a given name that is one word of a body's name ("the Jan Hus Society") makes no place's name in full
    assert _said_by(GIVEN_NAME_IN_A_BODY, "He played the big points", "Jan Kolář", briefing=briefing)


# Session 16: a sentence opening on someone new by no name whose own clause calls them "he" ("One crane driver, who asked
# not to be named because, he said, “…,” said …") is theirs, and so is the "he said" right after it: no one named before.
UNNAMED_OPENER = (
    "Dock manager Peter Ellis said volumes had recovered “faster than anyone expected this spring”.\n\n"
    "One crane driver, who asked not to be named because, he said, “management reads everything we say,” said the shifts had "
    "become longer. “Nobody has had a weekend off since March,” he said."
)
UNNAMED_OPENER_2 = (
    "Fáilte Ireland, the tourism authority, said festivals such as Lisdoonvarna were “vital to the economic life of rural communities”.\n\n"
    "Not everyone in the town is quite so keen. One publican, who asked not to be named because, he said, “I have to live with "
    "these people,” said the crowds had become too big. “It’s gone from a festival to a stag party with a fiddle,” he said."
)
NAMED_GOES_ON = (
    "Dock manager Peter Ellis said volumes had recovered “faster than anyone expected this spring”.\n\n"
    "“We have hired forty people since January,” he said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_someone_new_by_no_name_speaks_as_he(briefing):
    assert _speaker(UNNAMED_OPENER, "management reads everything we say", briefing=briefing) is None
    assert _speaker(UNNAMED_OPENER, "Nobody has had a weekend", briefing=briefing) is None
    assert _speaker(UNNAMED_OPENER_2, "I have to live with", briefing=briefing) is None
    assert _speaker(UNNAMED_OPENER_2, "It’s gone from a festival", briefing=briefing) is None
    assert _said_by(NAMED_GOES_ON, "We have hired forty people", "Peter Ellis", briefing=briefing)


# Session 16: two people joined as a subject by the second's kinship to the first ("Deborah Kowalski, 58, and her husband
# Wayne", "Tom Reed and his wife, Ann,"): the possessive shows the first one's gender, the kinship noun the second's, and a
# "she" or "he" after them is the one of that gender; two of one gender ("Maria Lopez and her daughter Ana") stay either.
PAIR_BY_KIN = (
    "Deborah Kowalski, 58, and her husband Wayne, 61, from Pittsburgh, met at the festival in 1991 and have come back every five years since.\n\n"
    "“He asked me to dance and stood on my foot twice. I married him anyway,” she said, as her husband rolled his eyes."
)
PAIR_BY_KIN_2 = (
    "Tom Reed and his wife, Ann, run the farm outside Hexham with their two sons.\n\n"
    "“We lost forty ewes in the snow last winter,” she said."
)
PAIR_BY_KIN_3 = PAIR_BY_KIN_2.replace("she said", "he said")
PAIR_OF_ONE_GENDER = (
    "Maria Lopez and her daughter Ana opened the bakery in 2015.\n\n"
    "“We bake everything before dawn,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_pair_by_kinship_is_told_apart_by_gender(briefing):
    assert _said_by(PAIR_BY_KIN, "He asked me to dance", "Deborah Kowalski", briefing=briefing)
    assert _said_by(PAIR_BY_KIN_2, "We lost forty ewes in", "Ann", briefing=briefing)  # main gave Tom Reed
    assert _said_by(PAIR_BY_KIN_3, "We lost forty ewes in", "Tom Reed", briefing=briefing)
    assert _speaker(PAIR_OF_ONE_GENDER, "We bake everything before dawn", briefing=briefing) is None


# review16a: a "she said" right after "who" tells of the one the relative clause is about ("One of the intruders, who she
# said wore a balaclava, …"): that "she" is the one telling, not the unnamed one, who does not take the next "she said".
WHO_SHE_SAID = (
    "Ann Cole, 72, described the break-in to the court on Tuesday. One of the intruders, who she said wore a balaclava, "
    "“told me to keep quiet or he would hurt my dog,” she said."
)
WHO_SHE_SAID_2 = (
    "Priya Nair, 38, gave evidence at Leeds Crown Court on Wednesday. One of the guards, who she said had a tattoo on his "
    "neck, “pushed me to the floor and laughed,” she said."
)
# rival: the unnamed one's own clause, after its own verb, calls them "she": the one speaking is that one, unnamed
OWN_CLAUSE_SHE = (
    "Helen Park, 66, spoke to the inquiry about the care home. A nurse, who asked not to be named because she still works "
    "there, said: “We were told to keep quiet.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_she_said_right_after_who_is_the_teller(briefing):
    assert _said_by(WHO_SHE_SAID, "told me to keep quiet", "Ann Cole", briefing=briefing)
    assert _said_by(WHO_SHE_SAID_2, "pushed me to the floor", "Priya Nair", briefing=briefing)
    assert _speaker(OWN_CLAUSE_SHE, "We were told to keep", briefing=briefing) is None


# Session 17: a speaker whose name holds a month or weekday where the tagger or the parse cuts the name: "May" read as
# the modal of a past-tense verb ("Coun Gareth May accused …" on the tuning set), the age the parse made the subject
# with the calendar name as the verb's time ("Sunday, 62, a retired midwife, said"). Other outlets and verbs than the
# tuning article, with rivals: a headline's modal "May" before a base verb, a club named for a weekday.
CALENDAR_NAMES_CUT = [
    (
        "Plans to close two libraries in Hulme were approved by the council's executive on Tuesday.\n\n"
        'But Green Party group leader Cllr Priya May criticised the decision and said families would be "left with nowhere to go after school".',
        "left with nowhere",
        "Priya May",
    ),
    (
        "Florence Sunday has run the food bank in Hulme since 2015.\n\n"
        'Sunday, 62, a retired midwife, said demand had doubled in a year. "We used to see forty families a week. Now it is ninety," she said.',
        "We used to see forty",
        "Florence Sunday",
    ),
    (  # rival: a headline's "May" before a base verb is the modal
        'Minister Jane Holt May Resign Over Leak\n\n"I have nothing to add to what I told the committee," Holt said on Monday.',
        "I have nothing to add",
        "Jane Holt",
    ),
    (  # rival: the club's weekday stays the club's
        "Sheffield Wednesday beat Preston 2-1 at Hillsborough on Saturday.\n\n"
        'Wednesday, who had lost their previous three games, moved up to 14th. "It was a big win for us," manager Danny Rohl said.',
        "It was a big win",
        "Danny Rohl",
    ),
]


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
@pytest.mark.parametrize(("text", "opening", "speaker"), CALENDAR_NAMES_CUT)
def test_a_name_holding_a_calendar_word_speaks_whole_where_the_parse_cuts_it(text, opening, speaker, briefing):
    assert _said_by(text, opening, speaker, briefing=briefing)


# "the center said", "the guard said": the head of an organisation's name is also a word for a person (a
# basketball centre, a lifeguard, a border guard). Reading it as the one organisation so named (tried in session 17)
# gave the arena and the Coast Guard words a person said; it is no one unless the code knows the word as an
# organisation's kind. Rivals that must stay no one:
HEADED_TWO = (
    "The Kennedy Center cancelled its Friday show on Thursday. The Lincoln Center followed an hour later. "
    "\"The safety of our audiences and artists comes first,\" the center said."
)
HEADED_ARENA = (
    "The Brooklyn Nets lost 101-95 at the Barclays Center on Monday. Nic Claxton's 12 rebounds were not enough. "
    "\"We have to be better on the glass,\" the center said."
)
HEADED_LIFEGUARD = (
    "The Coast Guard suspended its search on Tuesday. A lifeguard on the beach had raised the alarm. "
    "\"I saw him go under,\" the guard said."
)
HEADED_PERSON_LAST = (
    "The Tarran Community Health Center said it was short of beds. Mayor Ann Cole visited the wards on Monday. "
    "\"We need more nurses,\" the center said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_word_heading_an_organisations_name_that_is_also_a_persons_is_no_one(briefing):
    assert _speaker(HEADED_TWO, "The safety of our audiences", briefing=briefing) is None
    assert _speaker(HEADED_ARENA, "We have to be better", briefing=briefing) in ("Nic Claxton", None)
    assert _speaker(HEADED_LIFEGUARD, "I saw him go under", briefing=briefing) is None
    assert _speaker(HEADED_PERSON_LAST, "We need more nurses", briefing=briefing) is None


# pron17: "the coach said" where the text gives two people that title ("Friday's high school coach, Steve Marchetti",
# "Cincinnati coach Darnell Roper"): the one the text is about, who spoke (or was the subject) in the sentence just
# before, as a reader takes it; no one where that paragraph has the other holder in it too, or another speaker.
TITLE_OF_TWO_LAST_SPEAKER = (
    "Friday's high school coach, Steve Marchetti, said he was not surprised. Cincinnati coach Darnell Roper praised the "
    "signing.\n\n"
    "“I've had guys who were more athletic,” said Marchetti, who has sent 31 players to Division I programs.\n\n"
    "“He's going to have a bad night in December,” the coach added."
)
TITLE_OF_TWO_LAST_SUBJECT = (
    "Tottenham manager Carla Ruiz named an unchanged side. Her opposite number, Arsenal manager Denise Holt, made three "
    "changes.\n\n"
    "Holt said the squad was tired after the midweek trip to Lisbon and that she wanted fresh legs in midfield.\n\n"
    "“We have to be smarter with the ball,” the manager said."
)
TITLE_OF_TWO_JUDGES = (
    "Judge Helen Ortiz and Judge Mary Kline heard the appeal in Boston.\n\n"
    "Ortiz, who has sat on the court since 2015, said the lower court had misread the statute and that the case would "
    "go back for a new trial.\n\n"
    "“The statute is plain,” the judge wrote."
)
# rivals: the paragraph before speaks of both holders, or quotes one and names the other: either
TITLE_OF_TWO_BOTH_IN_PARAGRAPH = (
    "Tottenham manager Carla Ruiz named an unchanged side. Her opposite number, Arsenal manager Denise Holt, made three "
    "changes.\n\n"
    "Holt said her squad was tired. Ruiz said the pitch was poor.\n\n"
    "“We have to be smarter with the ball,” the manager said."
)
TITLE_OF_TWO_OBJECT = (
    "Cincinnati coach Darnell Roper met Oak Hill coach Steve Marchetti on Tuesday.\n\n"
    "Roper praised Marchetti for his work with the guard and said the move had been months in the making.\n\n"
    "“He is ready for the next level, and he knows it,” the coach said."
)
TITLE_OF_TWO_OTHER_AFTER = (
    "Cincinnati coach Darnell Roper met Oak Hill coach Steve Marchetti on Tuesday.\n\n"
    "“He is ready for the next level,” Roper said. “He knows it.” Marchetti agreed.\n\n"
    "“He has worked for this since he was nine,” the coach said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_title_two_hold_is_the_one_the_text_is_about(briefing):
    assert _said_by(TITLE_OF_TWO_LAST_SPEAKER, "He's going to have a", "Steve Marchetti", briefing=briefing)
    assert _said_by(TITLE_OF_TWO_LAST_SUBJECT, "We have to be smarter", "Denise Holt", briefing=briefing)
    assert _said_by(TITLE_OF_TWO_JUDGES, "The statute is plain", "Helen Ortiz", briefing=briefing)


TITLE_OF_TWO_NAMED_BY_MODIFIER = (
    "Cincinnati coach Darnell Roper and Dayton coach Amy Hill shook hands after the game.\n\n"
    "Roper's side won 3-1 with two late goals. Roper praised his players for their patience.\n\n"
    "“We gave everything and still lost. I am proud of them anyway,” the Dayton coach said.\n\n"
    "“It hurts to lose like that,” the other coach said."
)
WHO_AFTER_A_COMMON_NOUN = (
    "The court heard from Tom Reed, a carer for an elderly man, who said “I want to go home, I want my own bed.”"
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_title_two_hold_with_a_word_of_its_own_or_who_after_a_common_noun_is_not_guessed(briefing):
    assert _speaker(TITLE_OF_TWO_NAMED_BY_MODIFIER, "We gave everything and still", briefing=briefing) in ("Amy Hill", None)
    assert _speaker(TITLE_OF_TWO_NAMED_BY_MODIFIER, "It hurts to lose like", briefing=briefing) in ("Amy Hill", None)
    assert _speaker(WHO_AFTER_A_COMMON_NOUN, "I want to go home", briefing=briefing) is None


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_a_title_two_hold_beside_both_is_no_one(briefing):
    assert _speaker(TITLE_OF_TWO_BOTH_IN_PARAGRAPH, "We have to be smarter", briefing=briefing) is None
    assert _speaker(TITLE_OF_TWO_OBJECT, "He is ready for the", briefing=briefing) is None
    assert _speaker(TITLE_OF_TWO_OTHER_AFTER, "He has worked for this", briefing=briefing) is None


# pron17: "X, a strategist at Nordvest Securities, who said …": the parse hangs the relative clause on the firm that
# ends the apposition; "who" is the person the apposition is said of, the subject a "he said" after it stands for.
WHO_AFTER_A_FIRM = (
    "The council approved the plan on Tuesday.\n\n"
    "The decision was welcomed by Mark Osei, a spokesman for the Riverside Tenants Association, who said residents had "
    "waited a decade. “This is a good day for the estate,” he said."
)
WHO_AFTER_A_FIRM_2 = (
    "Shares in Halden fell 4% on Friday.\n\n"
    "Analyst Ruth Berg, of Oslo Capital, said the results were weak. Her view was shared by Karin Dahl, an economist at "
    "Nordbank, who said costs had risen too fast. “They have lost control of wages,” she said."
)
# rival: another woman is the subject of the sentence in between: either
WHO_AFTER_A_FIRM_THEN_ANOTHER = (
    "Shares in Halden fell 4% on Friday.\n\n"
    "Her view was shared by Karin Dahl, an economist at Nordbank, who said costs had risen too fast. Ruth Berg, of Oslo "
    "Capital, disagreed.\n\n"
    "“They have lost control of wages,” she said."
)


@pytest.mark.parametrize("briefing", [False, True], ids=["parsed", "briefing"])
def test_who_after_a_firm_in_an_apposition_is_the_person(briefing):
    assert _said_by(WHO_AFTER_A_FIRM, "This is a good day", "Mark Osei", briefing=briefing)
    assert _said_by(WHO_AFTER_A_FIRM_2, "They have lost control of", "Karin Dahl", briefing=briefing)
    assert _speaker(WHO_AFTER_A_FIRM_THEN_ANOTHER, "They have lost control of", briefing=briefing) is None
