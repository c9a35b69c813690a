"""The command's own options and conventions, through the real console script: --version, -q/-v,
--config files, -o, exit statuses, names that look like Rich markup, help without type noise."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from test_cli import FLOOD_MARKDOWN, FLOOD_TITLE, SEED_DIGEST, cli_env, db_url, wirebrief
from wirebrief import __version__
from wirebrief.config import load_settings
from wirebrief.errors import ConfigError


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def test_version_and_python_dash_m(home: Path) -> None:
    run = wirebrief(home, "--version")
    assert run.returncode == 0 and run.stdout.strip() == f"wirebrief {__version__}", str(run)
    module = subprocess.run([sys.executable, "-m", "wirebrief", "--version"], capture_output=True, text=True, env=cli_env(home), cwd=home)
    assert module.returncode == 0 and module.stdout.strip() == f"wirebrief {__version__}", module.stderr


def test_help_shows_flags_without_a_type_and_keeps_square_brackets(home: Path) -> None:
    run = wirebrief(home, "brief", "--help", env={"COLUMNS": "160"})
    assert run.returncode == 0, str(run)
    assert "<bool>" not in run.stdout, run.stdout
    assert "as [n] with a source list" in run.stdout, run.stdout
    assert "<md|json|jsonl>" in run.stdout  # options that take a value still show it
    top = wirebrief(home, "--help", env={"COLUMNS": "160"})
    assert "<bool>" not in top.stdout and "[tool.wirebrief]" in top.stdout, top.stdout


def test_names_that_look_like_markup_are_printed_as_they_are(home: Path) -> None:
    folder = home / "a["  # a file named "[/x].txt" inside a folder named "a[": the path reads "a[/x].txt"
    folder.mkdir()
    (folder / "x].txt").write_text(FLOOD_MARKDOWN, encoding="utf-8")
    (folder / "red].bin").write_bytes(b"\x00\x01\x02\xff" * 64)
    run = wirebrief(home, "brief", "a[/x].txt", "a[/red].bin")
    assert run.returncode == 3, str(run)  # one story briefed, one input failed
    assert FLOOD_TITLE in run.stdout
    assert run.errlines() == ["error: a[/red].bin: binary file, not text"], run.stderr


def test_exit_status_says_all_some_or_none(home: Path) -> None:
    (home / "flood.md").write_text(FLOOD_MARKDOWN, encoding="utf-8")
    (home / "empty.txt").write_text("", encoding="utf-8")
    assert wirebrief(home, "brief", "flood.md").returncode == 0
    assert wirebrief(home, "brief", "flood.md", "empty.txt").returncode == 3
    none = wirebrief(home, "brief", "empty.txt")
    assert none.returncode == 1 and not none.stdout.strip(), str(none)


def test_output_file_is_written_whole_with_the_usual_mode(home: Path) -> None:
    (home / "flood.md").write_text(FLOOD_MARKDOWN, encoding="utf-8")
    run = wirebrief(home, "brief", "flood.md", "-o", "out.md", "--format", "json")
    assert run.returncode == 0 and run.stdout == "", str(run)
    written = (home / "out.md").read_text(encoding="utf-8")
    assert FLOOD_TITLE in written and written.endswith("\n")
    mode = stat.S_IMODE((home / "out.md").stat().st_mode)
    assert mode & 0o044, oct(mode)  # readable by others as with a plain redirect (umask 022), not a temp file's 0600
    assert [p.name for p in home.iterdir() if p.name.startswith(".out.md")] == []
    failed = wirebrief(home, "brief", "flood.md", "-o", "missing/out.md")
    assert failed.returncode == 1 and failed.errlines() == ["error: missing/out.md: cannot write (No such file or directory)"], str(failed)


def test_quiet_keeps_errors_and_verbose_adds_detail(home: Path) -> None:
    (home / "flood.md").write_text(FLOOD_MARKDOWN, encoding="utf-8")
    (home / "empty.txt").write_text("", encoding="utf-8")
    db = home / "w.db"
    quiet = wirebrief(home, "-q", "ingest", "flood.md", "empty.txt", "--db", db_url(db))
    assert quiet.returncode == 3, str(quiet)
    assert quiet.errlines() == ["error: empty.txt: empty input"], quiet.stderr
    again = wirebrief(home, "-v", "ingest", "flood.md", "--db", db_url(db))
    assert any("stored 0 of 1 stories from flood.md" in line for line in again.errlines()), again.stderr
    assert any(line.startswith("briefing: 1/1") for line in again.errlines()), again.stderr  # off a terminal: a count


def test_config_file_then_environment_then_options(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (home / "flood.md").write_text(FLOOD_MARKDOWN, encoding="utf-8")
    (home / "wirebrief.toml").write_text(f'db_url = "{db_url(home / "from-file.db")}"\n', encoding="utf-8")
    assert wirebrief(home, "ingest", "flood.md").returncode == 0
    assert (home / "from-file.db").exists()
    env_db = home / "from-env.db"
    assert wirebrief(home, "ingest", "flood.md", env={"WIREBRIEF_DB_URL": db_url(env_db)}).returncode == 0
    assert env_db.exists()  # the environment beats the file
    option_db = home / "from-option.db"
    assert wirebrief(home, "ingest", "flood.md", "--db", db_url(option_db), env={"WIREBRIEF_DB_URL": db_url(env_db)}).returncode == 0
    assert option_db.exists()  # an option beats both

    (home / "wirebrief.toml").write_text('writer = "llm"\nbogus = 1\n', encoding="utf-8")
    bad = wirebrief(home, "brief", "flood.md")
    assert bad.returncode == 1 and bad.errlines()[0].startswith("error: wirebrief.toml: unknown setting 'bogus'"), str(bad)


def test_config_from_pyproject_table_and_explicit_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WIREBRIEF_CONFIG", "WIREBRIEF_DB_URL", "WIREBRIEF_WRITER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert load_settings().writer == "extractive"  # a pyproject without [tool.wirebrief] is not a config
    (tmp_path / "pyproject.toml").write_text('[tool.wirebrief]\nllm_timeout_s = 30\nwriter = "llm"\n', encoding="utf-8")
    settings = load_settings()
    assert settings.llm_timeout_s == 30.0 and settings.writer == "llm"
    explicit = tmp_path / "other.toml"
    explicit.write_text('model = "fr_core_news_sm"\nallow_private = true\n', encoding="utf-8")
    assert load_settings(explicit).model == "fr_core_news_sm" and load_settings(explicit).allow_private is True
    # a file found in the working directory may not say where keys go or lift the private-address guard
    (tmp_path / "wirebrief.toml").write_text('llm_base_url = "http://attacker.example/v1"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="llm_base_url may only be set in --config"):
        load_settings()
    (tmp_path / "wirebrief.toml").unlink()
    (tmp_path / "pyproject.toml").write_text("[tool.wirebrief\nbroken", encoding="utf-8")
    assert load_settings().writer == "extractive"  # a broken pyproject.toml that is not ours is no error
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(tmp_path / "missing.toml")
    (tmp_path / "pyproject.toml").write_text('[tool.wirebrief]\nllm_timeout_s = "slow"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="must be a float"):
        load_settings()


def test_an_evaluation_below_its_floor_exits_with_its_own_status(home: Path, tmp_path: Path) -> None:
    # Two articles whose references share nothing with them: ROUGE is near zero, below the floor.
    rows = tmp_path / "rows.jsonl"
    article = " ".join(SEED_DIGEST.read_text(encoding="utf-8").split("\n\n")[1:6])
    reference = "Quarterly tomato yields in Peru rose sharply ."
    rows.write_text("\n".join(json.dumps({"id": str(i), "article": article, "reference": reference}) for i in range(2)), encoding="utf-8")
    run = wirebrief(home, "eval", "summaries", str(rows), "--systems", "wirebrief")
    assert "BELOW" in run.stdout, str(run)
    assert run.returncode == 4, str(run)
