"""The public API: `wirebrief.__all__` is what the package promises, and every name in it works."""

from __future__ import annotations

import inspect
import subprocess
import sys
from datetime import date

import pytest

import wirebrief

EXPECTED = {
    "__version__",
    "brief_text", "brief_documents", "Briefed", "read_sources", "IngestResult", "Skip", "ingest_sources", "IngestReport",
    "Settings", "load_settings",
    "Document", "Article", "Sentence", "Citation", "Statement", "TimelineEvent", "KeyPlayer", "Quote", "Source",
    "Briefing", "Storyline",
    "WirebriefError", "InputError", "FetchError", "SegmentError", "StoreError", "ConfigError",
}


def test_exported_members_are_the_promised_ones():
    assert set(wirebrief.__all__) == EXPECTED
    assert len(wirebrief.__all__) == len(set(wirebrief.__all__))


@pytest.mark.parametrize("name", sorted(EXPECTED - {"__version__", "Citation"}))
def test_exported_member_resolves_and_is_documented(name):
    member = getattr(wirebrief, name)
    assert member.__module__.startswith("wirebrief.")
    assert inspect.getdoc(member), f"wirebrief.{name} has no docstring"


def test_exported_errors_share_one_root():
    for name in ("InputError", "FetchError", "SegmentError", "StoreError", "ConfigError"):
        assert issubclass(getattr(wirebrief, name), wirebrief.WirebriefError)


def test_exported_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'brief_url'"):
        wirebrief.brief_url  # noqa: B018


def test_exported_members_load_lazily():
    """Importing the package (or a light module of it) does not load the pipeline and spaCy."""
    code = "import sys, wirebrief, wirebrief.models; print('spacy' in sys.modules, 'wirebrief.pipeline' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


TEXT = (
    "Harbour workers in Portmere walked out on Monday over a pay offer, the union said.\n\n"
    "The strike, which began on Monday, halted loading at the port's two container terminals, "
    "the port authority said in a statement. Talks are due to resume next week."
)


def test_exported_brief_text_takes_an_iso_date_string_like_a_date():
    from_string = wirebrief.brief_text(TEXT, published="2026-02-05", title="Portmere dockers strike")
    from_date = wirebrief.brief_text(TEXT, published=date(2026, 2, 5), title="Portmere dockers strike")
    assert from_string and [b.story for b in from_string] == [b.story for b in from_date]
    assert all(isinstance(b, wirebrief.Briefing) for b in from_string)


def test_exported_brief_text_refuses_a_string_that_is_no_date():
    with pytest.raises(wirebrief.InputError, match="not an ISO date"):
        wirebrief.brief_text(TEXT, published="last Tuesday")


def test_exported_read_sources_takes_an_iso_date_string_like_a_date(tmp_path):
    """The README's Python section reads files with `published="2026-02-05"` and briefs them."""
    source = tmp_path / "portmere.txt"
    source.write_text("Portmere dockers strike over pay\n\n" + TEXT)
    read = wirebrief.read_sources([str(source)], wirebrief.Settings(), published="2026-02-05")
    assert [d.published for d in read.documents] == [date(2026, 2, 5)]
    briefings = [r.briefing for r in wirebrief.brief_documents(read.documents, wirebrief.Settings())]
    assert briefings and briefings[0].story
    with pytest.raises(wirebrief.InputError, match="not an ISO date"):
        wirebrief.read_sources([str(source)], wirebrief.Settings(), published="05/02/2026")


def test_exported_ingest_sources_stores_and_then_knows_the_story(tmp_path):
    source = tmp_path / "portmere.txt"
    source.write_text("Portmere dockers strike over pay\n\n" + TEXT)
    settings = wirebrief.Settings(db_url=f"sqlite:///{tmp_path / 'news.db'}")
    first = wirebrief.ingest_sources([str(source), str(tmp_path / "missing.txt")], settings, published="2026-02-05")
    assert len(first.stored) == 1 and first.already_stored == 0
    assert [s.origin for s in first.skipped] == [str(tmp_path / "missing.txt")]
    again = wirebrief.ingest_sources([str(source)], settings, published="2026-02-05")
    assert again.stored == [] and again.already_stored == 1


def test_exported_members_are_all_the_package_shows():
    """Besides `__all__`, the package shows only its submodules (and private names)."""
    import types

    shown = {name for name in dir(wirebrief) if not name.startswith("_")}
    extra = {name for name in shown - set(wirebrief.__all__) if not isinstance(getattr(wirebrief, name), types.ModuleType)}
    assert not extra, extra
