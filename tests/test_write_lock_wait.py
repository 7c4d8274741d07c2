"""Another program holding the database's write lock: a `rentan` command says what to do within
seconds (not after the old 30 s busy timeout), and nothing of it is stored (QA walk r3, 14)."""

from __future__ import annotations

import time
from pathlib import Path

from rentan_desktop.cli import main as cli_main
from rentan_desktop.store import db as store_db

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def _hold_write_lock(ctx):
    locker = ctx.new_connection()
    locker.execute("BEGIN IMMEDIATE")
    locker.execute("UPDATE settings SET value = value WHERE key = 'role'")
    return locker


def test_every_connection_waits_only_a_few_seconds_for_the_lock(opd_ctx):
    for db in (opd_ctx.db, opd_ctx.new_connection()):
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] <= 5000
    assert store_db.BUSY_TIMEOUT_SECONDS <= 5


def test_a_cli_write_blocked_by_another_program_says_what_to_do_and_stores_nothing(opd_ctx, capsys):
    before = opd_ctx.db.execute("SELECT count(*) FROM sponsors").fetchone()[0]
    locker = _hold_write_lock(opd_ctx)
    try:
        started = time.monotonic()
        code = cli_main(["--data-dir", str(opd_ctx.data_dir), "import", "sponsors",
                         str(SAMPLES / "sponsors_simpeg.xlsx")])
        waited = time.monotonic() - started
    finally:
        locker.conn.rollback()
        locker.conn.close()
    err = capsys.readouterr().err
    assert code == 2
    assert "busy in another program" in err and "Close the other" in err
    assert "Traceback" not in err and "OperationalError" not in err
    assert waited < 20  # the old 30 s timeout per statement kept the clerk waiting in silence
    assert opd_ctx.db.execute("SELECT count(*) FROM sponsors").fetchone()[0] == before
