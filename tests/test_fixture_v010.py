"""A database written by version 0.1.0 opens with today's code and keeps every record.

The files under tests/fixtures/v0_1_0 were made once by tools/make_fixture_v010.py at version
0.1.0 and are never regenerated. Opening a copy runs every later migration step; afterwards each
row of 0.1.0 must still be there with the values it had (a step may add columns or rows, never
change or lose what a user stored). A migration that must rewrite old values says so here.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from rentan_desktop.context import AppContext
from rentan_desktop.store import migrations

FIXTURES = Path(__file__).parent / "fixtures" / "v0_1_0"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text())
INSTALLS = sorted(EXPECTED["installs"])


def _digest(rows: list) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps(list(row), ensure_ascii=False, default=repr).encode() + b"\n")
    return digest.hexdigest()


def _select(conn, table: str, spec: dict) -> list[tuple]:
    cols = ", ".join(f'"{c}"' for c in spec["columns"])
    order = ", ".join(c if c == "rowid" else f'"{c}"' for c in spec["key"])
    return [tuple(r) for r in conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY {order}').fetchall()]


@pytest.fixture(params=INSTALLS)
def upgraded(request, tmp_path):
    """(name, pristine read-only connection, install opened by today's code on a copy)."""
    name = request.param
    folder = tmp_path / name
    folder.mkdir()
    ctx = AppContext.open(folder)
    shutil.copyfile(FIXTURES / f"{name}.sqlite3", ctx.db_path)
    # 0.1.0 files are plain: today's install encrypts them once the operator chooses a passphrase.
    ctx.create_install_key("Siti Rahma", "fixture passphrase 0.1.0")
    pristine = sqlite3.connect(f"file:{FIXTURES / (name + '.sqlite3')}?mode=ro&immutable=1", uri=True)
    yield name, pristine, ctx
    ctx.close()
    pristine.close()


@pytest.mark.parametrize("name", INSTALLS)
def test_the_fixture_is_the_one_made_by_0_1_0(name):
    """Guards the fixture itself: regenerating it with newer code would prove nothing."""
    path = FIXTURES / f"{name}.sqlite3"
    expected = EXPECTED["installs"][name]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == expected["file_sha256"]
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        for table, spec in expected["tables"].items():
            rows = _select(conn, table, spec)
            assert (len(rows), _digest(rows)) == (spec["count"], spec["sha256"]), table
    finally:
        conn.close()
    assert EXPECTED["app_version"] == "0.1.0"


def test_opening_runs_every_later_migration(upgraded):
    name, _, ctx = upgraded
    applied = [m.name for m in migrations.MIGRATIONS.applied(ctx.db)]
    assert applied[:len(EXPECTED["installs"][name]["migrations"])] == EXPECTED["installs"][name]["migrations"]
    assert migrations.pending(ctx.db) == []
    assert ctx.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert ctx.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_every_record_of_0_1_0_is_there_with_its_values(upgraded):
    name, pristine, ctx = upgraded
    for table, spec in EXPECTED["installs"][name]["tables"].items():
        before = _select(pristine, table, spec)
        now = {_key(row, spec): row for row in _select(ctx.db.conn, table, spec)}
        missing = [_key(row, spec) for row in before if _key(row, spec) not in now]
        changed = [_key(row, spec) for row in before if _key(row, spec) in now and now[_key(row, spec)] != row]
        assert (table, missing, changed) == (table, [], []), f"{table}: rows lost or changed by a migration"


def _key(row: tuple, spec: dict) -> tuple:
    if spec["key"] == ["rowid"]:
        return row
    return tuple(row[spec["columns"].index(c)] for c in spec["key"])


def test_the_install_reads_as_before(upgraded):
    """The same questions a clerk asks, through today's code."""
    name, _, ctx = upgraded
    site = ctx.site
    assert site is not None
    if name == "opd":
        assert (site.role, site.opd_code, site.opd_name) == ("opd", "1.01", "Dinas Pendidikan")
        db = ctx.db
        assert db.execute("SELECT count(*) FROM workers WHERE status = 'ended'").fetchone()[0] == 2
        reversal = db.execute("SELECT p.month, p.amount, o.amount, o.reversed_at IS NOT NULL FROM payments p "
                              "JOIN payments o ON o.id = p.reverses_id WHERE p.kind = 'reversal'").fetchone()
        assert reversal[1] == -reversal[2] and reversal[3] == 1
        link = db.execute("SELECT peer, acked_rev FROM sync_links").fetchone()
        assert link[0] == "disnaker" and link[1] > 0
        assert db.execute("SELECT count(*) FROM workers WHERE kpj = '12345678901'").fetchone()[0] == 1
    else:
        assert site.role == "disnaker"
        codes = [r[0] for r in ctx.db.execute("SELECT code FROM opds ORDER BY code")]
        assert codes == ["1.01", "1.02"]
        sent = ctx.db.execute("SELECT count(*) FROM workers w JOIN opds o ON o.id = w.opd_id "
                              "WHERE o.code = '1.01'").fetchone()[0]
        assert sent == EXPECTED["installs"]["opd"]["tables"]["workers"]["count"]
