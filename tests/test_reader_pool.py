"""Background readers borrow a connection kept open between tasks (store/readers.py): its page cache
stays warm, it never shows stale rows, and a task's leftovers never reach the next one."""

from __future__ import annotations

import threading

import pytest

from rentan_desktop.roster import demo
from rentan_desktop.store import cipher
from rentan_desktop.store.readers import ReaderPool


def count_workers(db) -> int:
    return db.execute("SELECT count(*) FROM workers").fetchone()[0]


def test_one_connection_serves_task_after_task_and_sees_every_write(opd_ctx):
    demo.generate(opd_ctx.db, sponsors=5, workers=20, opds=1, seed=3, operator="t")
    with opd_ctx.reader() as first:
        assert count_workers(first) == 20
    opd_ctx.db.execute("DELETE FROM workers WHERE id IN (SELECT id FROM workers LIMIT 5)")  # the writer, meanwhile
    with opd_ctx.reader() as again:
        assert again is first  # the same connection, its cache kept
        assert count_workers(again) == 15  # ...yet never stale
    assert opd_ctx._readers.opened == 1


def test_tasks_running_at_once_get_a_connection_each(opd_ctx):
    inside, release, seen = threading.Barrier(3), threading.Event(), []  # two tasks and this test

    def task() -> None:
        with opd_ctx.reader() as db:
            seen.append(db)
            inside.wait(timeout=10)
            release.wait(timeout=10)

    threads = [threading.Thread(target=task) for _ in range(2)]
    for t in threads:
        t.start()
    inside.wait(timeout=10)  # both hold a connection now
    release.set()
    for t in threads:
        t.join(timeout=10)
    assert len({id(db) for db in seen}) == 2


def test_a_transaction_a_task_left_open_is_rolled_back_before_the_next(opd_ctx):
    with opd_ctx.reader() as db:
        db.execute("BEGIN")
        db.execute("CREATE TABLE half_done (x)")
    with opd_ctx.reader() as db:
        assert not db.conn.in_transaction and not db["half_done"].exists()
    assert not opd_ctx.db["half_done"].exists()


def test_closing_the_install_closes_its_readers(opd_ctx):
    with opd_ctx.reader() as db:
        pass
    opd_ctx.close()
    with pytest.raises(cipher.Error):
        db.execute("SELECT 1")
    with opd_ctx.reader() as fresh:  # the install opened again: a new connection
        assert fresh is not db and fresh.execute("SELECT 1").fetchone() == (1,)


def test_a_connection_coming_back_to_a_closed_pool_is_closed(opd_ctx):
    pool = ReaderPool(opd_ctx.new_connection)
    with pool.connection() as db:
        pool.close()
    with pytest.raises(cipher.Error):
        db.execute("SELECT 1")
    with pytest.raises(RuntimeError), pool.connection():
        pass
