"""A real, throwaway PostgreSQL server for the province hub's tests (never a mock).

Started once per test process from Debian's `postgresql` package (installed by .ci/run) in a
temporary folder, listening on a Unix socket only; each test gets a fresh database.
"""

from __future__ import annotations

import itertools
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import pg_local  # noqa: E402

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    if pg_local.server_bin() is None:
        pytest.fail("PostgreSQL server programs are missing: apt-get install postgresql (.ci/run does)")
    folder = Path(tempfile.mkdtemp(prefix="rentan-pg-"))
    server = pg_local.start(folder)
    yield server
    pg_local.stop(folder)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def hub_dsn(pg_server):
    """The connection string of a new, empty database on the test server."""
    import psycopg

    name = f"hub_test_{next(_names)}"
    with psycopg.connect(pg_server.dsn(), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    yield pg_server.dsn(dbname=name)
    with psycopg.connect(pg_server.dsn(), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(autouse=True)
def _hub_keys(tmp_path, monkeypatch):
    """The hub's keystore in the test's folder, with a cheap passphrase (never ~/.rentan-hub)."""
    monkeypatch.setenv("RENTAN_HUB_HOME", str(tmp_path / "hub-home"))
    monkeypatch.setenv("RENTAN_PASSPHRASE", "correct horse battery")
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")
