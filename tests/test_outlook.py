"""Impact Analysis looks ahead, read off the parse (`annotate.outlook.looks_ahead_in`): the clause's
own modal and tense, "would" under a past verb only as reported, modal words only as auxiliaries or
predicates. Hand-written sentences in the way wires write them; the real spaCy model."""

from dataclasses import replace
from datetime import date

import pytest

from wirebrief import annotate, compose
from wirebrief.annotate.outlook import looks_ahead_in
from wirebrief.config import Settings
from wirebrief.evaluation import briefing_checks as checks
from wirebrief.models import Document, Statement
from wirebrief.pipeline import brief_documents


@pytest.fixture(scope="module")
def nlp():
    return annotate.load_pipeline(Settings().model)


def _ahead(nlp, text, published=date(2026, 2, 5)):
    return looks_ahead_in(nlp(text)[:], published)


@pytest.mark.parametrize("text", [
    "The ferry operator will resume sailings in March.",
    "The council could raise taxes if the grant is cut.",
    "The treasury minister said the review would likely take months.",
    "A spokesman said the company would appeal against the ruling.",
    "The regulator announced that the new limits would apply from 2027.",
    "Unions plan to strike over the cuts.",
    "The minister vowed to appeal against the ruling.",
    "The mayor is set to sign the budget next week.",
    "Shares are likely to fall when markets open.",
    "The court has yet to rule on the appeal.",
    "Forecasters expect heavy rain in the coming days.",
    # an intention noun, "be to", a relative "which is set to", a misread "hopes"/"demands", "next … night"
    "The water company has plans to raise bills by a tenth.",
    "Police said their goal now is to finish the inquiry by the summer.",
    "The Prince of Wales is to open the new wing at the hospital.",
    "The auction includes a silver watch, which is set to sell for up to £3,000.",
    "The farmer said she hopes to rebuild the barn before winter.",
    "The resolution adopted by the council demands that the factory be closed.",
    "The champions face their rivals next Saturday night at home.",
    # a past "had yet to" does not end the reading: the next clause looks ahead
    "The board had yet to vote by Friday, and it will meet again next week.",
    # a past occasion counts only in the telling's own clause: "once" and "then" as conjunction and
    # sequence, a year or "last month" in another clause
    "She said the deal, once approved, would create 500 jobs.",
    "The retailer said it would then expand into northern Europe.",
    "Prices have risen since 2020, and the bank said it would raise rates again.",
    "The bank raised rates last month and said it would raise them again.",
    "By then, officials said, the new terminal would be open.",
    "The plant could not open if the permit is refused.",
    "The minister then said the tax would rise next year.",
])
def test_a_clause_that_looks_ahead(nlp, text):
    assert _ahead(nlp, text)


@pytest.mark.parametrize("text", [
    # a modal word that only modifies a noun
    "The senator, a possible presidential contender, framed the vote as a test of the party.",
    "The potential for a conflict of interest drew criticism last year.",
    # "would" under a past verb that does not report: the future of the past, resolved since
    "The rally came despite fears the vote would be delayed by the storm.",
    "Lawmakers were worried the tariff would hurt farmers.",
    # a telling placed on an occasion long past
    "At the time, the manager told reporters he would stay for another season.",
    "In March 2019, the board said it would review the contract.",
    # a modal with "have" and a participle, a past ability, a past intention, a past "was set to"
    "The fire chief said the blaze could have spread to nearby homes.",
    "The agency confirmed the letter was genuine but could not confirm who sent it.",
    "The man had intended to travel to the coast before his arrest.",
    "The match was set to be played last Saturday.",
    # a habit, a way of putting it, and an unreal condition
    "As the coach would say, the team plays for each other.",
    "If I were taller, they would have picked me, she said.",
    # the past, plainly
    "Republicans sued the governor to overturn the new map.",
    "Normally, redistricting happens every ten years, after a census.",
    # a plan told in the past, "be to" of a way or an act, a past "were to"
    "The mayor explained his plan to the council in a letter.",
    "Watching the band live is to take part in something bigger.",
    "The ideal way to serve a summons is to hand it over in person.",
    "Two attempts to reach the ship were to be made on Wednesday last week.",
    # a present modal quoted from an occasion long past
    "The singer once told a magazine she loved the city, saying, \"I will always come back here.\"",
    "Back then, the mayor said the bridge would open within a year.",
    "The bank said in 2019 that it would close the branch.",
    # an occasion set before both coordinated clauses, "then" after a past telling, a telling under
    # or in the past perfect
    "At the time, the shop was closed but the owner told customers it would reopen shortly.",
    "The governor said then that the tax would be a burden on families.",
    "The coach had been working as an assistant when the club announced he would be leaving.",
    "The agency had said the bridge would reopen in the spring.",
    # "could not" told as what happened, a past habit, a past perfect under "said"
    "Firefighters could not save the building.",
    "He could not be reached for comment.",
    "Every summer the family would visit the island.",
    "Often the fishermen would sail before dawn.",
    "Whenever it rained, the children would stay indoors.",
    "She used to walk to work and would stop at the bakery.",
    "Police said the men had planned to rob the bank.",
    # a guess about what is so by now
    "People in the early stages of the disease may already walk less.",
    "The virus could already be spreading in the city.",
])
def test_a_clause_that_looks_back(nlp, text):
    assert not _ahead(nlp, text)


ELECTION = """Governor's map passes as rivals cry foul

Voters approved the governor's new congressional map on Tuesday by a wide margin.

The governor, a possible presidential contender, framed the measure as a way of fighting back.

The vote came despite fears the count would be delayed by a storm.

Normally, district lines are redrawn every ten years, after a census is taken.

Opponents sued the governor and other state officials on Wednesday in an effort to overturn the map.

Turnout was the highest for a special election in two decades, officials said.

Campaign groups spent more than $100 million on advertising, according to state filings.
"""


def _brief(text, published=date(2026, 2, 5)):
    document = Document(id="f", origin="test", text=text, single_article=True, published=published)
    [result] = brief_documents([document], Settings(), writer=compose.build_briefing)
    return result


def test_impact_analysis_takes_no_statement_that_only_sounds_ahead(nlp):
    """Every sentence that names a modal word here looks back; Impact Analysis says so rather than
    take one, and the check finds nothing that looks back."""
    result = _brief(ELECTION)
    impact = [s.text for s in result.briefing.impact_analysis]
    assert not any("possible presidential" in t or "would be delayed" in t for t in impact)
    flags = checks.check_briefing(result.briefing, result.sentences, nlp=nlp)
    assert not [f for f in flags if f.kind == "looks back"]


def test_impact_analysis_takes_a_reported_future(nlp):
    text = ELECTION.replace("Campaign groups spent more than $100 million on advertising, according to state filings.",
                            "Attorney General Dana Reyes said a federal court would likely hear the challenge within weeks.")
    impact = [s.text for s in _brief(text).briefing.impact_analysis]
    assert any("would likely hear the challenge" in t for t in impact)


def test_the_check_reads_the_parse_where_it_has_one(nlp):
    """The words alone pass "a possible contender"; the parse does not."""
    result = _brief(ELECTION)
    back = Statement("The governor, a possible presidential contender, framed the measure as a way of fighting back.",
                     citations=((result.article.id, 2),))
    briefing = replace(result.briefing, impact_analysis=(back,))
    kinds = lambda flags: [f.kind for f in flags if f.kind == "looks back"]
    assert kinds(checks.check_briefing(briefing, result.sentences, nlp=nlp)) == ["looks back"]
    assert kinds(checks.check_briefing(briefing, result.sentences)) == []


COURT = """Builder admits attacking worker over unpaid job

A builder has admitted attacking a worker with a metal bar after a dispute over an unfinished driveway in Harwick.

Stephen Marsh, 58, pleaded guilty to wounding with intent at Harwick District Court on Tuesday.

Police said Marsh had hired the worker to lay a concrete driveway at his home in March.

The two men argued when the worker left the site to collect materials from a depot.

The worker needed surgery to his arm after the attack, the court heard.

Marsh told officers he lost his temper in the heat of the moment.

He was remanded on bail and will await a sentencing hearing on June 12.
"""


def test_impact_analysis_takes_what_the_check_would_fill_with(nlp):
    """A statement that looks ahead, leaning on a sentence a Key Point shows: Impact Analysis takes
    it rather than declare nothing ahead, and the check finds nothing to flag there."""
    result = _brief(COURT, published=date(2026, 5, 20))
    impact = [s.text for s in result.briefing.impact_analysis]
    assert any("will await a sentencing hearing" in t for t in impact), result.briefing
    flags = checks.check_briefing(result.briefing, result.sentences, nlp=nlp)
    assert not [f for f in flags if f.section == "Impact Analysis"], flags


PAST_SEASON = """Coach leaves club after three seasons

The club's head coach left on Monday after three seasons in charge, the club said.

Owner Tom Gale spent heavily to hire Ray Dunn, who won the league in 2021 and was named coach of the year the next season.

Dunn had planned to stay until his contract ran out, but the club missed the playoffs twice.

The team finished tenth this year, its worst result since 2015.

Players thanked Dunn in messages posted on social media on Monday evening.

Assistant coach Lee Park took training on Tuesday, the club said.
"""


def test_impact_analysis_and_the_check_agree_on_a_past_next_season(nlp):
    """"the next season" in a past sentence and a past intention look back, by the parse: Impact
    Analysis takes neither, and the check counts neither as a possible fill."""
    result = _brief(PAST_SEASON, published=date(2026, 5, 20))
    impact = [s.text for s in result.briefing.impact_analysis]
    assert not any("next season" in t or "had planned" in t for t in impact), impact
    flags = checks.check_briefing(result.briefing, result.sentences, nlp=nlp)
    assert not [f for f in flags if f.kind in ("looks back", "empty")], flags
    assert not [s for s in checks.could_fill(result.briefing, result.sentences, "Impact Analysis", nlp=nlp)
                if "next season" in s.text]


def test_a_clause_the_parse_gives_no_verb_is_read_without_error(nlp):
    """"that's about to change": where the parser hangs "about to" on no verb, the clause has no
    governor to read (it raised AttributeError and stopped `wirebrief annotate`)."""
    assert looks_ahead_in(nlp("But maybe that’s about to change.")[:], date(2026, 2, 5))
    looks_ahead_in(nlp("But maybe that’s about to change, the mayor said.")[:], date(2026, 2, 5))  # reads, raises nothing


def _as_compose_reads(nlp, text):
    """The sentence parsed as annotate parses it for compose: one document kept to one sentence."""
    words = nlp.make_doc(text)
    [doc] = annotate._parse(nlp, [([t.text for t in words], [bool(t.whitespace_) for t in words])], [None])
    return doc


@pytest.mark.parametrize("text", [
    "Fighting back the tears, Maria couldn't hide her pride as her son began singing about their family. "
    "'Mum, now you've become my hero, we're not the family we used to be,' Tom sang.",
    "Trying hard to stay calm, the coach couldn't hide his anger as the referee began walking off the pitch. "
    "'Son, you've ruined the game, we're not the team we used to be,' Smith shouted.",
])
def test_a_sentence_run_into_a_quotation_is_not_what_the_quotation_reports(nlp, text):
    """Two sentences the splitter left as one: kept to one sentence, the parse hangs the first
    ("couldn't hide") on the quotation's "sang"; it ends on its own full stop, so it is read as a
    main clause, past, as the check's parse of the statement reads it."""
    assert not looks_ahead_in(_as_compose_reads(nlp, text)[:], date(2026, 2, 5))
    assert not _ahead(nlp, text)


@pytest.mark.parametrize("text", [
    "The new stadium is set to be unveiled next month.",
    "Officials said the airport is going to reopen on Friday.",
    "It is likely that prices will rise.",
    "'We will appeal. The ruling is wrong,' the company said.",
])
def test_predicates_and_quotations_still_look_ahead_read_either_way(nlp, text):
    assert looks_ahead_in(_as_compose_reads(nlp, text)[:], date(2026, 2, 5))
    assert _ahead(nlp, text)
