"""A second hand-written set for key players and roles, in styles the first lacks: wire politics
with portfolios, British MPs and courts ("Prosecuting, …"), business (chief executives, analysts,
shareholders), sport, science (lead authors, affiliations), obituaries, organisations by acronym,
people named by surname after the first mention. Not copies of any article; run through the scorer
at floor-level figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirebrief import pipeline
from wirebrief.config import Settings
from wirebrief.evaluation import annotations

HANDWRITTEN = Path(__file__).parent / "data" / "players_handwritten_2.jsonl"


def _scored(path: Path) -> dict:
    return annotations.score_file(path, lambda documents: pipeline.annotate_documents(documents, Settings()))


def _assert_well_formed(path: Path, *, articles: int, players: int) -> None:
    """At least `articles` articles and `players` players, 3-8 players an article, each named in its text."""
    rows = annotations.load(path)
    assert len(rows) >= articles and sum(len(row["players"]) for row in rows) >= players
    for row in rows:
        assert 3 <= len(row["players"]) <= 8, row["id"]
        for player in row["players"]:
            assert annotations.words(player["name"])[-1] in annotations.words(row["text"]), (row["id"], player["name"])


@pytest.fixture(scope="module")
def scores():
    return _scored(HANDWRITTEN)


def test_the_set_is_well_formed():
    _assert_well_formed(HANDWRITTEN, articles=20, players=80)


def test_players_are_found_with_the_role_the_text_states(scores):
    players = scores["players"]
    assert players["recall"] >= 0.90, scores["examples"]["missed player"]
    # the issue's floor: its gold also counts events told in a clause ("who lost the 2022 election") as roles,
    # which a briefing's Key Players leave out (a standing role only)
    assert players["role_accuracy"] >= 0.85, scores["examples"]["wrong role"]


# A third set, written and annotated before the system was run on it (and not tuned on): sport, politics,
# business, science, local news, obituaries, courts, arts; people introduced by premodifiers, appositives,
# copulas ("Ben Carter is the mayor of …"), "who leads …", "whose president, …"; organisations by their kind.
HANDWRITTEN_3 = Path(__file__).parent / "data" / "players_handwritten_3.jsonl"
# And a fourth, written after the changes that the third set's first run prompted, and run once.
HANDWRITTEN_4 = Path(__file__).parent / "data" / "players_handwritten_4.jsonl"


@pytest.fixture(scope="module", params=[HANDWRITTEN_3, HANDWRITTEN_4], ids=["set 3", "set 4"])
def later_set(request):
    return request.param, _scored(request.param)


def test_the_later_sets_are_well_formed(later_set):
    _assert_well_formed(later_set[0], articles=12, players=50)


def test_the_later_sets_meet_the_issues_floors(later_set):
    scores = later_set[1]
    players = scores["players"]
    assert players["recall"] >= 0.85, scores["examples"]["missed player"]
    assert players["role_accuracy"] >= 0.85, scores["examples"]["wrong role"]


# A fifth set in styles the first four lack (a planning board, a product recall, a space probe, golf, an appeals
# court, a retrospective, a rescue, job cuts, a council budget, a drug trial, a sacked manager, a jury trial, a band
# splitting, school closures, a takeover bid), annotated as the real articles are: what a player is, and what the
# text says it did ("who bought the mill in 2021", "which brought the case", "where he was treated"). Written and
# annotated before the system was run on it; its first run gave players found 0.988, role right 0.639.
HANDWRITTEN_5 = Path(__file__).parent / "data" / "players_handwritten_5.jsonl"


@pytest.fixture(scope="module")
def fifth_set():
    return _scored(HANDWRITTEN_5)


def test_the_fifth_set_is_well_formed():
    _assert_well_formed(HANDWRITTEN_5, articles=15, players=80)


def test_the_fifth_set_finds_its_players_and_holds_its_roles(fifth_set):
    players = fifth_set["players"]
    assert players["recall"] >= 0.85, fifth_set["examples"]["missed player"]
    # 0.855 since organisations as the makers of things ("built by the Southwest Research Institute"); the rest are
    # organisations named by what they did in a main clause ("The planning board voted to reject …"; giving that cost
    # the real articles' half A 0.07, whose annotators leave it out as often), later descriptions of organisations
    # the recogniser calls people or past a sentence split ("the U.S. Consumer …"), and titles the parse splits
    # ("Singer and guitarist Claire Ashby")
    assert players["role_accuracy"] >= 0.85, fifth_set["examples"]["wrong role"]


# A sixth set, in the styles of sites the first five lack: a data regulator's fine, a civil jury verdict, a women's cup
# semi-final, an ecology study, a transport minister's review, a housing march, a cook's obituary, a streaming
# cancellation, a police dog, an election board, a pilots' strike ballot, a charity's tax status, a hospital
# inspection, a college signing day. Written and annotated before the system was run on it; its first run gave
# players found 0.950, role right 0.618.
HANDWRITTEN_6 = Path(__file__).parent / "data" / "players_handwritten_6.jsonl"


@pytest.fixture(scope="module")
def sixth_set():
    return _scored(HANDWRITTEN_6)


def test_the_sixth_set_is_well_formed():
    _assert_well_formed(HANDWRITTEN_6, articles=12, players=70)


def test_the_sixth_set_finds_its_players_and_holds_its_roles(sixth_set):
    players = sixth_set["players"]
    assert players["recall"] >= 0.85, sixth_set["examples"]["missed player"]
    # where it stands now (0.753, from 0.711 before the seventh set's work): the rest are mostly organisations the text names only by what they did in a
    # main clause ("The state Board of Elections voted 3-2 …"), which the real articles' annotators give as often
    # as they leave out (doing so cost half A 0.07), names the recogniser reads as the wrong kind ("Kettle" a
    # person, "Nadia Ferrer" an organisation), and parses that hang a phrase on the verb ("starred Owen Blake as …")
    assert players["role_accuracy"] >= 0.70, sixth_set["examples"]["wrong role"]


@pytest.mark.xfail(strict=True, reason="role right on the sixth set is 0.779 (session 12), under the issue's floor of 0.85")
def test_the_sixth_set_meets_the_issues_floor(sixth_set):
    assert sixth_set["players"]["role_accuracy"] >= 0.85


# A seventh set, in the styles of sites the first six lack and of the forms the real articles' unseen half misses
# (a council planning vote with a byline, a chip maker's takeover, a football transfer, a care-home fraud sentencing,
# a deep-sea study, a food-bank report, a theatre review, a Saturday interview, a Sunday politics show, a house fire
# with a caption, a hospital's scan backlog, a coach retiring, job cuts at an energy supplier): roles given by the
# main verb ("has coached … since 2000"), by "As …," openings, by the lede before the name, on both sides of a name,
# by an organisation alone ("of Acme"), and a host whose guest is a senator. Written and annotated before the system
# was run on it; its first run gave players found 0.928, role right 0.740.
HANDWRITTEN_7 = Path(__file__).parent / "data" / "players_handwritten_7.jsonl"


@pytest.fixture(scope="module")
def seventh_set():
    return _scored(HANDWRITTEN_7)


def test_the_seventh_set_is_well_formed():
    _assert_well_formed(HANDWRITTEN_7, articles=12, players=80)


def test_the_seventh_set_meets_the_issues_floors(seventh_set):
    # (tuned on: its classes were fixed after the first run; the rest are names the recogniser misses or splits,
    # "Tunde" named once, a description in a clause on a name the recogniser leaves untagged, and an institute
    # whose last word is also the journal's, which the scorer matches first)
    players = seventh_set["players"]
    assert players["recall"] >= 0.85, seventh_set["examples"]["missed player"]
    assert players["role_accuracy"] >= 0.85, seventh_set["examples"]["wrong role"]


# An eighth set, on the forms the real articles' unseen half misses: long appositives with prepositional phrases
# and relative clauses (a US recruiting story, a college coach hired), roles stated later by a definite description
# ("The electric vehicle maker", "The 45-year-old teacher"), organisations given appositives and clauses (a family
# bakery, a charity, a council that funds one), possessive roles ("His daughter"), names the recogniser may tag as
# organisations ("Tanya Holt", "Voltra Motors" the other way), roles split over two mentions; a UK bakery sale, an
# obituary, a fraud sentencing, a bee study, job cuts, a county road plan, a book prize, a meals charity, rail cuts,
# a payments start-up. Written and annotated before the system was run on it; its first run gave players found 0.947,
# role right 0.803; 0.873 after the fixes it prompted (the rest: clauses with a modal or a negation, left out on purpose,
# "His daughter" said of someone named a sentence before, a union the recogniser splits, and places that begin an
# organisation's name, "Bristol" of "Bristol City Council", which the scorer matches first).
HANDWRITTEN_8 = Path(__file__).parent / "data" / "players_handwritten_8.jsonl"


@pytest.fixture(scope="module")
def eighth_set():
    return _scored(HANDWRITTEN_8)


def test_the_eighth_set_is_well_formed():
    _assert_well_formed(HANDWRITTEN_8, articles=12, players=70)


def test_the_eighth_set_meets_the_issues_floors(eighth_set):
    players = eighth_set["players"]
    assert players["recall"] >= 0.85, eighth_set["examples"]["missed player"]
    assert players["role_accuracy"] >= 0.85, eighth_set["examples"]["wrong role"]


# A ninth set, in the styles of sites the first eight lack and of the forms the brief of issue 11 names: a local TV
# site's crash rescue, a tabloid's wedding story, a trade title's plant opening, a county cup tie, a deep-sea worm
# study, a business wire's takeover, a bookseller's obituary, a charity fraud sentencing, a gadget review, a council's
# bike-lane vote, a hospital trust's fine, a film festival prize: roles given by a present-tense verb in a later
# sentence ("Olsen teaches third grade at …"), titles in lower case before a name, an analyst "of" a firm,
# organisations described by what they did. Written and annotated before the system was run on it; its first run
# gave players found 0.933, role right 0.729.
HANDWRITTEN_9 = Path(__file__).parent / "data" / "players_handwritten_9.jsonl"


@pytest.fixture(scope="module")
def ninth_set():
    return _scored(HANDWRITTEN_9)


def test_the_ninth_set_is_well_formed():
    _assert_well_formed(HANDWRITTEN_9, articles=12, players=75)


def test_the_ninth_set_finds_its_players_and_holds_its_roles(ninth_set):
    players = ninth_set["players"]
    assert players["recall"] >= 0.85, ninth_set["examples"]["missed player"]
    # where it stands (0.794 in session 12): the rest are organisations given only what they did in a main clause (left out on
    # purpose: the real articles' annotators give that as often as not), family members sharing a surname, which
    # the scorer matches to the first named, and names the recogniser reads as the wrong kind ("Quillpad" a person)
    assert players["role_accuracy"] >= 0.74, ninth_set["examples"]["wrong role"]


@pytest.mark.xfail(strict=True, reason="role right on the ninth set is 0.794 (session 12), under the issue's floor of 0.85")
def test_the_ninth_set_meets_the_issues_floor(ninth_set):
    assert ninth_set["players"]["role_accuracy"] >= 0.85


# A tenth set, in the shapes session 11's held-out errors showed and the earlier sets lack: titles and the place or
# body before them that the recogniser runs into the name ("Leeds City Council Leader Joanne Abbott", "Minister of
# State at the Department of Transport Ciaran Hegarty"), occupations in "-ist" before a name with the body's unit
# after it, capitalised plural titles shared by a list, Singapore-style names after "Mr"/"Madam" with "Its chairman",
# month-named surnames the recogniser reads as dates ("March, a 22-year-old forward"), a party's member before a name.
# Written and annotated before the system was run on it; its first run gave players found 0.900, role right 0.722.
HANDWRITTEN_10 = Path(__file__).parent / "data" / "players_handwritten_10.jsonl"


@pytest.fixture(scope="module")
def tenth_set():
    return _scored(HANDWRITTEN_10)


def test_the_tenth_set_is_well_formed():
    _assert_well_formed(HANDWRITTEN_10, articles=8, players=40)


def test_the_tenth_set_meets_the_issues_floors(tenth_set):
    players = tenth_set["players"]
    assert players["recall"] >= 0.85, tenth_set["examples"]["missed player"]
    assert players["role_accuracy"] >= 0.85, tenth_set["examples"]["wrong role"]
