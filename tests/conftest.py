"""Shared fixtures: a throwaway PostgreSQL server for the tests marked `postgres` (see pg.py)."""

from __future__ import annotations

import os
import pwd

import pytest

import pg


@pytest.fixture(scope="session")
def pg_server():
    """URL of a PostgreSQL server started for this session; the tests skip when its binaries are absent."""
    bindir = pg.find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not installed: apt-get install postgresql")
    if os.geteuid() == 0 and not _has_user("postgres"):
        pytest.skip("running as root without a `postgres` system user to run the PostgreSQL server as")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg not installed: pip install -e '.[dev]'")
    with pg.cluster(bindir) as url:
        yield url


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh, empty database on the session's PostgreSQL server."""
    return pg.new_database(pg_server)


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
