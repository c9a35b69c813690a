"""Storylines: the online assigner, the clustering scores, the dev-set evaluation, the store and the CLI."""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirebrief import store
from wirebrief.evaluation import storylines as evaluation
from wirebrief.evaluation.clustering import bcubed, bcubed_by_size, nmi
from wirebrief.models import Article, Briefing, Source, Statement, Storyline, TimelineEvent
from wirebrief.storylines.briefing import merge_timeline, storyline_briefing
from wirebrief.storylines.tracker import Tracker
from wirebrief.storylines.index import StorylineIndex
from wirebrief.verify import DEFAULT_THRESHOLD

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "uci_stories_dev.csv"
T0 = datetime(2026, 1, 24, 9, 0, tzinfo=timezone.utc)

BACKGROUND = [
    "Harbour council approves flood barrier after long debate",
    "Apple releases iOS update with new CarPlay features",
    "Central bank holds interest rates steady as inflation cools",
    "Wildfire forces evacuation of mountain villages in the south",
    "Football club sacks manager after five straight defeats",
    "Oil prices fall on weak Chinese trade data",
    "Film festival opens with premiere of space drama",
    "Rail strike halts commuter trains across the region",
]
PEACE = [
    "Ukraine and Russia agree to second round of US-brokered peace talks in Abu Dhabi",
    "Second round of Ukraine Russia peace talks set for Abu Dhabi on February 1",
    "Ukraine says first day of peace talks with Russia in Abu Dhabi productive",
]


def at(days: float = 0.0, hours: float = 0.0) -> datetime:
    return T0 + timedelta(days=days, hours=hours)


def seeded() -> StorylineIndex:
    """An index that has seen some unrelated news, so that IDF means something."""
    index = StorylineIndex()
    for i, text in enumerate(BACKGROUND):
        index.add(f"bg{i}", text, at(hours=-12 + i))
    return index


# --- assignment ------------------------------------------------------------------------------


def test_storylines_fragments_merge_when_an_article_bridges_them() -> None:
    index = seeded()
    first = index.add("q1", "Volcano erupts near Reykjavik, flights grounded", at(0))
    second = index.add("q2", "Iceland airspace closed as ash cloud spreads", at(hours=1))
    assert first.created and second.created and first.storyline_id != second.storyline_id
    third = index.add("q3", "Iceland volcano eruption: ash cloud grounds Reykjavik flights", at(hours=2))
    # the younger fragment folded into the older; its id resolves there, for earlier articles too
    assert index.merges == 1 and not third.created
    assert third.storyline_id == first.storyline_id
    assert index.resolve(second.storyline_id) == first.storyline_id
    assert index.is_active(second.storyline_id) and second.storyline_id not in index.active
    assert all(second.storyline_id not in posting for posting in index.postings.values())
    assert index.active[first.storyline_id].size == 3
    fourth = index.add("q4", "Ash cloud from Iceland volcano reaches Norway", at(hours=3))
    assert fourth.storyline_id == first.storyline_id


def test_storylines_established_storylines_are_not_merged() -> None:
    index = StorylineIndex(merge_max_size=0)  # no storyline counts as a fragment
    index.add("q1", "Volcano erupts near Reykjavik, flights grounded", at(0))
    index.add("q2", "Iceland airspace closed as ash cloud spreads", at(hours=1))
    index.add("q3", "Iceland volcano eruption: ash cloud grounds Reykjavik flights", at(hours=2))
    assert index.merges == 0 and len(index.active) == 2


def test_storylines_restore_follows_a_merge() -> None:
    index = seeded()
    first = index.add("q1", "Volcano erupts near Reykjavik, flights grounded", at(0))
    second = index.add("q2", "Iceland airspace closed as ash cloud spreads", at(hours=1))
    index.add("q3", "Iceland volcano eruption: ash cloud grounds Reykjavik flights", at(hours=2))
    index.restore(second.storyline_id, "Iceland airspace", "Ash over Iceland", at(hours=3))
    assert second.storyline_id not in index.active and index.active[first.storyline_id].size == 4


def test_storylines_same_story_across_days_joins() -> None:
    index = seeded()
    first = index.add("p1", PEACE[0], at(0))
    second = index.add("p2", PEACE[1], at(1))
    third = index.add("p3", PEACE[2], at(11))  # quiet for 10 days, but plainly the same story

    assert first.created
    assert not second.created and second.storyline_id == first.storyline_id
    assert not third.created and third.storyline_id == first.storyline_id


def test_storylines_unrelated_piece_opens_a_new_storyline() -> None:
    index = seeded()
    peace = index.add("p1", PEACE[0], at(0))
    other = index.add("x", "Museum returns looted bronze statues to Nigeria", at(0, hours=1))

    assert other.created and other.storyline_id != peace.storyline_id


def test_storylines_loosely_related_piece_after_quiet_gap_does_not_reopen() -> None:
    loose = "Russia hosts trade fair in Abu Dhabi"
    # The same loose piece a few hours later would join: the storyline is in full swing.
    busy = seeded()
    opened = busy.add("p1", PEACE[0], at(0))
    busy.add("p2", PEACE[1], at(0, hours=1))
    assert busy.add("l", loose, at(0, hours=2)).storyline_id == opened.storyline_id

    # After a week of silence it is not enough: a new storyline opens.
    quiet = seeded()
    opened = quiet.add("p1", PEACE[0], at(0))
    quiet.add("p2", PEACE[1], at(0, hours=1))
    late = quiet.add("l", loose, at(7))
    assert late.created and late.storyline_id != opened.storyline_id


def test_storylines_index_never_compares_against_expired_storylines() -> None:
    index = seeded()
    index.compared_ids = set()
    old = index.add("p1", PEACE[0], at(0))
    index.add("p2", PEACE[1], at(1))
    index.compared_ids.clear()

    late = index.add("p3", PEACE[2], at(1 + 15))  # beyond the 14-day window

    assert late.created and late.storyline_id != old.storyline_id
    assert old.storyline_id not in index.compared_ids
    assert not index.is_active(old.storyline_id)
    assert all(old.storyline_id not in posting for posting in index.postings.values())


def test_storylines_candidates_are_capped_and_found_through_the_index() -> None:
    index = StorylineIndex(max_candidates=5, per_term=3, threshold=2.0)  # threshold > 1: every article opens a storyline
    for i in range(40):
        index.add(f"a{i}", f"council budget vote number{i}", at(hours=i))
    before = index.comparisons
    index.add("q", "council budget vote again", at(hours=41))
    assert 0 < index.comparisons - before <= 5

    before = index.comparisons
    index.add("r", "entirely different words here", at(hours=42))
    assert index.comparisons == before  # no shared term: nothing to compare


def test_storylines_restore_rebuilds_state() -> None:
    index = seeded()
    index.restore("story-1", PEACE[0], PEACE[0], at(0))
    joined = index.add("p2", PEACE[1], at(1))
    assert joined.storyline_id == "story-1" and not joined.created


# --- scores ----------------------------------------------------------------------------------


def test_clustering_scores_on_known_partitions() -> None:
    truth = ["a", "a", "a", "b", "b", "b"]
    predicted = ["x", "x", "y", "y", "z", "z"]
    assert nmi(truth, predicted) == pytest.approx((4 / 3) * math.log(2) / math.log(6))
    b3 = bcubed(truth, predicted)
    assert (b3.precision, b3.recall, b3.f1) == pytest.approx((5 / 6, 5 / 9, 2 / 3))

    assert nmi(truth, ["p", "p", "p", "q", "q", "q"]) == pytest.approx(1.0)
    assert bcubed(truth, ["p", "p", "p", "q", "q", "q"]).f1 == pytest.approx(1.0)
    assert nmi(truth, ["one"] * 6) == pytest.approx(0.0)
    everything = bcubed(truth, ["one"] * 6)
    assert (everything.precision, everything.recall) == pytest.approx((0.5, 1.0))
    singletons = bcubed(truth, list("123456"))
    assert (singletons.precision, singletons.recall) == pytest.approx((1.0, 1 / 3))
    with pytest.raises(ValueError):
        nmi(truth, predicted[:-1])


def test_bcubed_by_size_tells_merging_from_splitting() -> None:
    # a story of 12 merged with one of 3 (over-merging), and a story of 4 cut into singletons (over-splitting)
    truth = ["big"] * 12 + ["small"] * 3 + ["cut"] * 4
    predicted = ["m"] * 15 + ["c1", "c2", "c3", "c4"]
    by_precision, by_recall = bcubed_by_size(truth, predicted, bands=((1, 2), (3, 9), (10, 99)))
    overall = bcubed(truth, predicted)
    assert sum(band.loss for band in by_precision) == pytest.approx(1 - overall.precision)
    assert sum(band.loss for band in by_recall) == pytest.approx(1 - overall.recall)
    singles, _, large = by_precision
    assert (singles.items, singles.score) == (4, pytest.approx(1.0))  # the cut story's parts are pure
    assert (large.items, large.score) == (15, pytest.approx((12 * 12 / 15 + 3 * 3 / 15) / 15))
    _, middle, big = by_recall
    assert (middle.items, middle.score) == (7, pytest.approx((3 + 4 * 0.25) / 7))  # the cut story loses recall
    assert (big.items, big.score) == (12, pytest.approx(1.0))


def test_eval_errors_name_mixed_storylines_and_split_stories() -> None:
    start = datetime(2014, 3, 10, 9, tzinfo=timezone.utc)

    def item(i: int, story: str, title: str) -> evaluation.Headline:
        return evaluation.Headline(str(i), title, story, start + timedelta(minutes=i))

    # story "gas-prices" (5) shares a storyline with 3 of story "pipeline"; "pipeline" is also split (3 + 4)
    items = [item(i, "gas-prices", f"Gas prices steady in city {i}") for i in range(5)]
    items += [item(5 + i, "pipeline", f"EU blocks Russian gas pipeline {i}") for i in range(7)]
    items += [item(12, "solo", "Apple ships iOS 7.1")]
    predicted = ["a"] * 5 + ["a"] * 3 + ["b"] * 4 + ["c"]
    mixed, split_stories = evaluation.errors(items, predicted)
    assert [(m.size, [(s, n) for s, n, _ in m.stories]) for m in mixed] == [(8, [("gas-prices", 5), ("pipeline", 3)])]
    assert mixed[0].stories[0][2] == "Gas prices steady in city 0"
    assert [(s.story, s.parts) for s in split_stories] == [("pipeline", (4, 3))]
    assert evaluation.errors(items, predicted, min_stray=4) == ([], [])
    report = evaluation.format_errors("tune", items, predicted)
    assert "8 articles" in report and "parts [4, 3]" in report


def test_eval_streams_keep_the_tune_interleaved_stream_to_tune_stories() -> None:
    start = datetime(2014, 3, 10, 9, tzinfo=timezone.utc)
    items = [evaluation.Headline(str(i), f"title {i}", f"story-{i % 6}", start + timedelta(hours=i)) for i in range(30)]
    streams = evaluation.streams_of(items)
    assert list(streams) == ["tune", "tune-il", "held-out", "all", "interleaved"]
    assert sorted(h.id for h in streams["tune-il"]) == sorted(h.id for h in streams["tune"])
    assert not {h.story for h in streams["tune-il"]} & {h.story for h in streams["held-out"]}


@pytest.mark.skipif(not DEV.exists(), reason="shared eval data not present")
def test_eval_storylines_on_the_dev_file() -> None:
    scores = {(s.system, s.stream): s for s in evaluation.evaluate(evaluation.load_uci(DEV))}
    ours, baseline = scores["wirebrief", "all"], scores["tfidf-baseline", "all"]
    # Measured 0.929 / 0.855 (held-out half 0.943 / 0.898; before issue 13: 0.928 / 0.853). Issue 13's
    # floor (0.93 / 0.90 on the whole file and the interleaved stream) is not met yet: this pins where
    # headline assignment stands so that it does not slide back.
    assert ours.nmi >= 0.925 and ours.f1 >= 0.85
    assert scores["wirebrief", "interleaved"].f1 >= 0.80  # 0.816 (0.782 before merging): not the block artefact
    assert ours.nmi > baseline.nmi + 0.03 and ours.f1 > baseline.f1 + 0.05
    assert scores["wirebrief", "held-out"].nmi >= 0.90
    assert scores["wirebrief", "tune-il"].f1 >= 0.84  # 0.859: the tune half at the whole file's concurrency
    assert ours.items == 6366 and ours.stories == 87


@pytest.mark.skipif(not DEV.exists(), reason="shared eval data not present")
def test_bench_replay_shifts_and_rewords_and_keeps_the_index_small() -> None:
    headlines = evaluation.load_uci(DEV)
    replayed = list(evaluation.replay(headlines, len(headlines) + 10))
    assert len(replayed) == len(headlines) + 10
    assert replayed[len(headlines)].published == headlines[0].published + timedelta(days=30)
    assert replayed[len(headlines)].story != headlines[0].story
    steps = list(evaluation.bench(headlines, 2 * len(headlines), block=len(headlines)))
    assert [s.done for s in steps] == [len(headlines), 2 * len(headlines)]
    # the first replay's storylines have expired when the second one runs: the index does not grow
    assert steps[1].active <= steps[0].active * 1.5


# --- storyline briefing ------------------------------------------------------------------------


def _briefing(article_id: str, title: str, story: str, points: list[str], events: list[tuple[date, str]]) -> Briefing:
    def statement(text: str, i: int) -> Statement:
        return Statement(text, ((article_id, i),))

    return Briefing(
        id=f"b-{article_id}",
        storyline_id=None,
        generated_at=T0,
        title=title,
        story=(statement(story, 0),),
        key_points=tuple(statement(p, i + 1) for i, p in enumerate(points)),
        key_takeaways=(),
        impact_analysis=(),
        timeline=tuple(TimelineEvent(d, "x", statement(t, 9)) for d, t in events),
        sources=(Source(article_id, title),),
    )


def test_storyline_briefing_merges_timeline_and_says_what_is_new() -> None:
    storyline = Storyline("s1", "Peace talks", T0, at(11), ("a1", "a2"))
    first = _briefing(
        "a1",
        PEACE[0],
        "Ukraine and Russia agreed to a second round of peace talks in Abu Dhabi.",
        ["The first round in Abu Dhabi was constructive, both delegations said."],
        [(date(2026, 2, 1), "Second round of peace talks in Abu Dhabi on February 1")],
    )
    second = _briefing(
        "a2",
        PEACE[2],
        "Ukraine said the first day of the second round of talks was productive.",
        ["Ukraine and Russia agreed to a second round of peace talks in Abu Dhabi.", "Prisoner exchanges are next on the agenda."],
        [(date(2026, 2, 1), "The second round of peace talks opened in Abu Dhabi")],
    )
    before = storyline_briefing(Storyline("s1", "Peace talks", T0, T0, ("a1",)), [first], T0)
    after = storyline_briefing(storyline, [first, second], at(11), previous=before)

    assert before.whats_new == () and after.storyline_id == "s1"
    assert {s.article_id for s in after.sources} == {"a1", "a2"}
    assert after.story == second.story
    (event,) = after.timeline  # one event, reported by both articles
    assert {c[0] for c in event.statement.citations} == {"a1", "a2"}
    new = [s.text for s in after.whats_new]
    assert "Prisoner exchanges are next on the agenda." in new
    assert not any("agreed to a second round" in t for t in new)  # said before: not new


def test_merge_timeline_keeps_different_days_apart() -> None:
    a = TimelineEvent(date(2026, 2, 1), "x", Statement("Talks open in Abu Dhabi", (("a", 1),)))
    b = TimelineEvent(date(2026, 2, 4), "x", Statement("Talks open in Abu Dhabi", (("b", 1),)))
    assert len(merge_timeline([b, a])) == 2 and merge_timeline([b, a])[0] is a


# --- store and restarts --------------------------------------------------------------------------


def _article(article_id: str, title: str, published: date) -> Article:
    return Article(id=article_id, document_id="d", title=title, text=f"{title}\n\n{title}.", published=published)


def test_tracker_state_survives_a_restart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'wb.db'}"
    engine = store.connect(url)
    with engine.begin() as conn:  # the articles table needs a document row to hang from
        conn.execute(store.schema.documents.insert().values(id="d", origin="test", ingested_at=T0))
        for i, text in enumerate([*BACKGROUND, *PEACE]):
            conn.execute(
                store.schema.articles.insert().values(
                    id=f"a{i}", document_id="d", title=text, text=text, authors=[], content_hash=f"h{i}"
                )
            )
    tracker = Tracker(engine)
    for i, text in enumerate(BACKGROUND):
        tracker.assign(_article(f"a{i}", text, date(2026, 1, 23)))
    first = tracker.assign(_article(f"a{len(BACKGROUND)}", PEACE[0], date(2026, 1, 24)))
    engine.dispose()

    engine = store.connect(url)
    restarted = Tracker(engine)  # a new process: the index is rebuilt from the store
    assert restarted.index.is_active(first.storyline_id)
    joined = restarted.assign(_article(f"a{len(BACKGROUND) + 1}", PEACE[1], date(2026, 1, 25)))
    again = restarted.assign(_article(f"a{len(BACKGROUND) + 1}", PEACE[1], date(2026, 1, 25)))

    assert joined.storyline_id == first.storyline_id and not joined.created
    assert again.storyline_id == first.storyline_id  # assigned once only
    rows = store.list_storylines(engine)
    assert rows[0].id == first.storyline_id and rows[0].article_count == 2
    assert rows[0].first_seen.date() == date(2026, 1, 24) and rows[0].last_seen.date() == date(2026, 1, 25)
    found = store.find_storyline(engine, first.storyline_id[:6])
    assert found is not None and found.article_ids == (f"a{len(BACKGROUND)}", f"a{len(BACKGROUND) + 1}")


# --- CLI -----------------------------------------------------------------------------------------

RELATED = [
    {
        "id": "talks-1",
        "title": PEACE[0],
        "published": "2026-01-24",
        "text": "Ukraine and Russia agreed on Saturday to hold a second round of US-brokered peace talks in Abu Dhabi "
        "on February 1, officials said. The first round of talks in Abu Dhabi on Friday was described as constructive "
        "by both delegations. Ukrainian President Volodymyr Zelensky said the talks focused on a ceasefire.",
    },
    {
        "id": "talks-2",
        "title": PEACE[2],
        "published": "2026-02-04",
        "text": "Ukraine said the first day of the second round of peace talks with Russia in Abu Dhabi on Wednesday was "
        "productive. The talks, brokered by the United States, focused on a ceasefire and prisoner exchanges, "
        "Zelensky said. Both delegations will meet again on Thursday, officials said.",
    },
]


def test_cli_ingest_related_texts_makes_one_storyline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps(row) + "\n" for row in RELATED), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'wb.db'}"
    from wirebrief.cli import app

    runner = CliRunner()
    ingested = runner.invoke(app, ["ingest", str(wire), "--db", url])
    assert ingested.exit_code == 0, ingested.output

    listed = runner.invoke(app, ["stories", "--db", url], env={"COLUMNS": "250"})
    assert listed.exit_code == 0, listed.output
    (row,) = store.list_storylines(store.connect(url))
    assert row.article_count == 2 and row.id in listed.stdout and PEACE[2] in listed.stdout  # titled by the latest article

    shown = runner.invoke(app, ["show", row.id, "--db", url])
    assert shown.exit_code == 0, shown.output
    assert f"# {PEACE[2]}" in shown.stdout.splitlines()[0]
    assert "Timeline:" in shown.stdout and "2026-02-04" in shown.stdout

    articles = runner.invoke(app, ["stories", "--articles", "--db", url], env={"COLUMNS": "250"})
    assert articles.exit_code == 0 and PEACE[2] in articles.stdout and "2026-02-04" in articles.stdout

    # The storyline briefing went through the gate too: every statement carries its support, above the threshold.
    merged = store.latest_storyline_briefing(store.connect(url), row.id)
    statements = [*merged.story, *merged.key_points, *merged.key_takeaways, *merged.impact_analysis, *merged.whats_new]
    statements += [event.statement for event in merged.timeline]
    assert statements and all(s.support is not None and s.support >= DEFAULT_THRESHOLD for s in statements)


def test_tracker_moves_a_merged_fragment_in_the_store(tmp_path: Path) -> None:
    """When the index folds a fragment into an older storyline, the store follows, so a restart
    rebuilds one storyline, not two."""
    volcano = [
        "Volcano erupts near Reykjavik, flights grounded",
        "Iceland airspace closed as ash cloud spreads",
        "Iceland volcano eruption: ash cloud grounds Reykjavik flights",
    ]
    url = f"sqlite:///{tmp_path / 'wb.db'}"
    engine = store.connect(url)
    texts = [*BACKGROUND, *volcano]
    with engine.begin() as conn:
        conn.execute(store.schema.documents.insert().values(id="d", origin="test", ingested_at=T0))
        for i, text in enumerate(texts):
            conn.execute(store.schema.articles.insert().values(id=f"a{i}", document_id="d", title=text, text=text, authors=[], content_hash=f"h{i}"))
    tracker = Tracker(engine)
    moments = [at(hours=-12 + i) for i in range(len(BACKGROUND))] + [at(0), at(hours=1), at(hours=2)]
    assignments = [tracker.assign(_article(f"a{i}", text, None), now=moments[i]) for i, text in enumerate(texts)]
    first, second, third = assignments[-3:]
    assert first.storyline_id != second.storyline_id and tracker.index.merges == 1

    found = store.find_storyline(engine, first.storyline_id)
    assert found is not None and set(found.article_ids) == {f"a{len(BACKGROUND) + k}" for k in range(3)}
    assert store.find_storyline(engine, second.storyline_id) is None
    assert len(store.list_storylines(engine, limit=100)) == len({a.storyline_id for a in assignments[:-3]}) + 1
    engine.dispose()
    restarted = Tracker(store.connect(url))
    assert restarted.index.active[first.storyline_id].size == 3 and second.storyline_id not in restarted.index.active
