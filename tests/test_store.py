"""Store: real SQLite files under tmp_path, no mocks."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from wirebrief import store
from wirebrief.errors import StoreError
from wirebrief.models import (
    Article,
    Briefing,
    Document,
    KeyPlayer,
    Quote,
    Sentence,
    Source,
    Statement,
    TimelineEvent,
    briefing_from_dict,
    content_id,
    to_dict,
)

GENERATED = datetime(2024, 6, 5, 9, 30, 15, 123456, tzinfo=timezone.utc)


def make_story(
    doc_id: str,
    title: str,
    text: str,
    published: date | None = date(2024, 6, 5),
    article_id: str | None = None,
    briefing_id: str | None = None,
):
    """One article (id derived from document and title unless given), its sentences and a full briefing."""
    article_id = article_id or content_id(doc_id, title)
    paragraphs = text.split("\n\n")
    sentences, offset = [], 0
    for p, paragraph in enumerate(paragraphs):
        start = text.index(paragraph, offset)
        sentences.append(Sentence(article_id, len(sentences), paragraph, start, start + len(paragraph), p))
        offset = start + len(paragraph)
    article = Article(
        id=article_id,
        document_id=doc_id,
        title=title,
        text=text,
        url="https://example.com/" + article_id,
        source="example.com",
        published=published,
        authors=("Ann Writer", "Bo Reporter"),
        source_id="row-1",
    )
    lead = Statement(sentences[0].text, citations=((article_id, 0),), support=0.9)
    briefing = Briefing(
        id=briefing_id or content_id("briefing", article_id),
        storyline_id=None,
        generated_at=GENERATED,
        title=title,
        story=(lead, Statement(sentences[-1].text, ((article_id, len(sentences) - 1),))),
        key_points=(lead,),
        key_takeaways=(Statement("Talks resume next week.", ((article_id, 0), (article_id, 1)), 0.5),),
        impact_analysis=(),
        timeline=(
            TimelineEvent(date(2024, 6, 3), "Monday", lead),
            TimelineEvent(date(2023, 6, 1), "in June last year", lead, precision="month"),
        ),
        key_players=(KeyPlayer("Jane Doe", "PERSON", "minister", 3, ((article_id, 0),)),),
        quotes=(Quote("We will not give in.", "Jane Doe", ((article_id, 1),)),),
        sources=(Source(article_id, title, article.url, "example.com", published, "row-1"),),
    )
    return article, sentences, briefing


def make_document(doc_id: str, title: str = "Digest") -> Document:
    return Document(id=doc_id, origin="/tmp/digest.txt", text="...", title=title, published=date(2024, 6, 5))


STRIKE = "Rail strike called off\n\nUnions accepted the offer on Monday.\n\n\"We will not give in,\" Jane Doe said."
FLOOD = "River floods town\n\nWater rose two metres overnight."


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request, tmp_path):
    """The store on each backend it supports: a SQLite file, and PostgreSQL when its server can run here."""
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
    else:
        url = f"sqlite:///{tmp_path / 'nested' / 'dir' / 'wb.db'}"
    engine = store.connect(url)
    yield engine
    engine.dispose()


def test_connect_creates_parent_dir_tables_and_enables_foreign_keys_and_wal(tmp_path):
    db = tmp_path / "a" / "b" / "wb.db"
    engine = store.connect(f"sqlite:///{db}")
    assert db.exists()
    assert store.counts(engine) == {"documents": 0, "articles": 0, "sentences": 0, "briefings": 0}
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        version = conn.execute(select(store.schema.meta.c.value).where(store.schema.meta.c.key == "schema_version")).scalar()
    assert version == store.SCHEMA_VERSION
    engine.dispose()
    store.connect(f"sqlite:///{db}").dispose()  # reopening an existing database works


OPEN_AT_SIGNAL = """
import os, sys
from wirebrief import store
signal = sys.argv[2]
open(signal + "." + str(os.getpid()), "w").close()
while not os.path.exists(signal):  # spin: the openers must start within microseconds of each other
    pass
try:
    store.connect(sys.argv[1]).dispose()
except Exception as exc:
    sys.exit(str(exc))
"""


def test_processes_opening_a_new_file_at_the_same_moment_all_open_it(tmp_path):
    """Processes opening one new SQLite file at once each switch it to WAL; SQLite answers one of them
    "database is locked" without waiting (its rule against deadlock), which must not reach the user:
    two `wirebrief ingest` runs started together on a new file failed that way."""
    for round_ in range(12):  # the race is lost about one time in five without the retry
        url, signal = f"sqlite:///{tmp_path / f'race{round_}.db'}", tmp_path / f"go{round_}"
        openers = [
            subprocess.Popen([sys.executable, "-c", OPEN_AT_SIGNAL, url, str(signal)], stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        while len(list(tmp_path.glob(f"go{round_}.*"))) < len(openers):  # every opener is ready
            time.sleep(0.01)
        signal.touch()
        assert [opener.communicate(timeout=120)[1] for opener in openers] == [""] * 2


def test_connect_to_unwritable_path_raises_one_line_store_error():
    with pytest.raises(StoreError) as info:
        store.connect("sqlite:////proc/x/y.db")
    message = str(info.value)
    assert message.startswith("cannot open database sqlite:////proc/x/y.db: ")
    assert "\n" not in message


def test_connect_error_hides_password():
    with pytest.raises(StoreError) as info:
        store.connect("nosuchdb://alice:s3cret@db.example.com/wirebrief")
    assert "s3cret" not in str(info.value)
    assert "alice" in str(info.value)


def test_connect_refuses_other_schema_version(tmp_path):
    url = f"sqlite:///{tmp_path / 'wb.db'}"
    engine = store.connect(url)
    with engine.begin() as conn:
        conn.execute(store.schema.meta.update().values(value="999"))
    engine.dispose()
    with pytest.raises(StoreError, match="schema version 999"):
        store.connect(url)


def test_save_stores_everything_and_saving_again_adds_nothing(engine):
    doc = make_document("doc1")
    strike = make_story("doc1", "Rail strike called off", STRIKE)
    flood = make_story("doc1", "River floods town", FLOOD)

    first = store.save_document(engine, doc, [strike, flood])
    assert first == store.SaveResult("doc1", True, [strike[0].id, flood[0].id], [])
    assert store.counts(engine) == {"documents": 1, "articles": 2, "sentences": 5, "briefings": 2}

    again = store.save_document(engine, doc, [strike, flood])
    assert again == store.SaveResult("doc1", False, [], [strike[0].id, flood[0].id])
    assert store.counts(engine) == {"documents": 1, "articles": 2, "sentences": 5, "briefings": 2}


def test_same_article_in_another_document_is_stored_once(engine):
    original = make_story("doc1", "Rail strike called off", STRIKE)
    store.save_document(engine, make_document("doc1"), [original])

    # Same story in another digest: different article id, whitespace and case differ.
    reprinted = make_story("doc2", "RAIL strike called off", STRIKE.replace("Unions accepted", "Unions  accepted"))
    other = make_story("doc2", "River floods town", FLOOD)
    assert reprinted[0].id != original[0].id

    result = store.save_document(engine, make_document("doc2"), [reprinted, other])
    assert result.new_document is True
    assert result.stored_articles == [other[0].id]
    assert result.duplicate_articles == [original[0].id]  # reported as the id it is stored under
    assert store.counts(engine) == {"documents": 2, "articles": 2, "sentences": 5, "briefings": 2}


def test_duplicate_within_one_document_is_stored_once(engine):
    story = make_story("doc1", "Rail strike called off", STRIKE)
    copy = make_story("doc1", "Rail strike called off ", STRIKE)  # trailing space: new id, same content
    assert copy[0].id != story[0].id
    result = store.save_document(engine, make_document("doc1"), [story, copy])
    assert result.stored_articles == [story[0].id]
    assert result.duplicate_articles == [story[0].id]
    assert store.counts(engine)["articles"] == 1


def test_failure_mid_save_leaves_nothing(engine):
    good = make_story("doc1", "River floods town", FLOOD)
    article, sentences, briefing = make_story("doc1", "Rail strike called off", STRIKE)
    broken = (article, [*sentences[:-1], replace(sentences[-1], text=None)], briefing)  # NOT NULL violation

    with pytest.raises(StoreError) as info:
        store.save_document(engine, make_document("doc1"), [good, broken])
    assert str(info.value).startswith("cannot save document doc1: ")
    assert "\n" not in str(info.value)
    assert store.counts(engine) == {"documents": 0, "articles": 0, "sentences": 0, "briefings": 0}

    # Nothing half-written blocks a later, correct save.
    result = store.save_document(engine, make_document("doc1"), [good])
    assert result.new_document and result.stored_articles == [good[0].id]


def test_briefing_round_trips_through_the_store(engine):
    article, sentences, briefing = make_story("doc1", "Rail strike called off", STRIKE)
    store.save_document(engine, make_document("doc1"), [(article, sentences, briefing)])

    loaded = store.get_briefing(engine, briefing.id)
    assert loaded == briefing
    assert loaded.generated_at == GENERATED and loaded.generated_at.utcoffset() == timedelta(0)
    assert isinstance(loaded.timeline[0].date, date)
    assert loaded.key_takeaways[0].citations == ((article.id, 0), (article.id, 1))
    assert isinstance(loaded.key_takeaways[0].citations[0], tuple)


def test_briefing_from_dict_inverts_to_dict():
    _, _, briefing = make_story("doc1", "Rail strike called off", STRIKE)
    storyline_briefing = replace(briefing, storyline_id="s1", whats_new=(Statement("New: deal signed."),))
    for original in (briefing, storyline_briefing):
        assert briefing_from_dict(to_dict(original)) == original
    # A stored dict lacking a newer field falls back to the field's default.
    data = to_dict(briefing)
    del data["whats_new"], data["writer"]
    assert briefing_from_dict(data) == briefing


def test_get_briefing_by_article_id_and_by_prefix(engine):
    article, sentences, briefing = make_story("doc1", "Rail strike called off", STRIKE)
    store.save_document(engine, make_document("doc1"), [(article, sentences, briefing)])

    assert store.get_briefing(engine, article.id) == briefing
    assert store.get_briefing(engine, briefing.id[:6]) == briefing
    assert store.get_briefing(engine, briefing.id[:6].upper()) == briefing
    assert store.get_briefing(engine, article.id[:4]) == briefing


def test_get_briefing_unknown_short_and_ambiguous_ids(engine):
    stories = [
        make_story("doc1", "Strike", "Strike\n\nBody.", article_id="abcd01", briefing_id="ffff01"),
        make_story("doc1", "Flood", "Flood\n\nBody.", article_id="abcd02", briefing_id="ffff02"),
        make_story("doc1", "Storm", "Storm\n\nBody.", article_id="ab99", briefing_id="abcd03"),
    ]
    store.save_document(engine, make_document("doc1"), stories)

    with pytest.raises(StoreError, match="ambiguous id 'abcd': matches 3 records"):
        store.get_briefing(engine, "abcd")  # two article ids and one briefing id
    with pytest.raises(StoreError, match="no briefing matches id 'abcd09'"):
        store.get_briefing(engine, "abcd09")
    with pytest.raises(StoreError, match="at least 4 characters"):
        store.get_briefing(engine, "abc")
    assert store.get_briefing(engine, "ab99").title == "Storm"  # a full id shorter than a prefix is fine
    assert store.get_briefing(engine, "abcd02").title == "Flood"  # article id
    assert store.get_briefing(engine, "abcd03").title == "Storm"  # briefing id
    assert store.get_briefing(engine, "FFFF02").title == "Flood"  # ids are hex: case does not matter
    with pytest.raises(StoreError, match="ambiguous id 'ffff0': matches 2 records"):
        store.get_briefing(engine, "ffff0")


def test_get_article_returns_article_and_sentences(engine):
    article, sentences, briefing = make_story("doc1", "Rail strike called off", STRIKE)
    store.save_document(engine, make_document("doc1"), [(article, sentences, briefing)])

    loaded, loaded_sentences = store.get_article(engine, article.id[:5])
    assert loaded == article
    assert loaded_sentences == sentences
    assert store.get_article(engine, briefing.id)[0] == article  # a briefing id leads to its article
    with pytest.raises(StoreError, match="no article matches"):
        store.get_article(engine, "ffffffffffffffff0")


def test_list_stories_newest_first_with_counts(engine):
    old = make_story("doc1", "River floods town", FLOOD, published=date(2024, 1, 2))
    new = make_story("doc1", "Rail strike called off", STRIKE, published=date(2024, 6, 5))
    undated = make_story("doc2", "Undated note", "Undated note\n\nNo date here.", published=None)
    store.save_document(engine, make_document("doc1"), [old, new])
    store.save_document(engine, make_document("doc2"), [undated])

    rows = store.list_stories(engine)
    assert [r.article_id for r in rows] == [new[0].id, old[0].id, undated[0].id]
    top = rows[0]
    assert (top.title, top.source, top.published) == ("Rail strike called off", "example.com", date(2024, 6, 5))
    assert (top.briefing_id, top.generated_at, top.sentence_count) == (new[2].id, GENERATED, 3)
    assert top.generated_at.utcoffset() == timedelta(0)
    assert [r.sentence_count for r in rows] == [3, 2, 2]

    assert [r.article_id for r in store.list_stories(engine, limit=1, offset=1)] == [old[0].id]
