"""The roster's hot pages read into a connection's page cache in small steps, so the next search is warm.

A keystroke in the roster search reads about two thousand pages: the trigram index of names (a
search of three letters or more), the name index (one or two letters, and the page in name
order), the NIK index (digits) and the rows of the page shown (workers and their sponsors). A connection keeps those
pages decrypted in its page cache, but SQLite empties that cache whenever another connection
has written (the first search after a save, an import, a bundle) and a new connection starts
empty (the first search after unlocking). Plain SQLite then re-reads the pages from the
operating system's cache; SQLCipher also decrypts and authenticates each one (AES-256 and
HMAC-SHA256), so that first search cost about twice plain (bench/bench_at_rest.py).

`steps(db)` reads those b-trees a slice at a time (a few milliseconds each) so a caller can run
them when nothing else is waiting (the GUI between events) and stop or start over at any point;
`data_version(db)` tells when another connection has written since (the cache is empty again).
Reading is all it does: nothing is written, no lock is taken beyond a read transaction per step.
"""

from __future__ import annotations

from collections.abc import Iterator

import sqlite_utils

SLICE_ROWS = 1_000  # rows of a table or index per step: about 1-3 ms decrypted on a 2-core office PC

# Rows that fit a 4096-byte page, measured at 30,000 workers (workers 2,733 pages, sponsors 556),
# to spend at most half the page cache: at 200,000 workers the workers table alone is larger than
# the cache, and warming all of it would push the indexes (warmed first) out again.
ROWS_PER_PAGE = {"workers": 11, "sponsors": 21}
CACHE_SHARE = 0.5


def data_version(db: sqlite_utils.Database) -> int:
    """Changes whenever another connection committed a write (SQLite then empties this connection's cache)."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def cache_pages(db: sqlite_utils.Database) -> int:
    """The page cache's size in pages (a negative cache_size is KiB)."""
    size = int(db.execute("PRAGMA cache_size").fetchone()[0])
    if size >= 0:
        return size
    return -size * 1024 // int(db.execute("PRAGMA page_size").fetchone()[0])  # text from SQLCipher


def steps(db: sqlite_utils.Database) -> Iterator[str]:
    """Read the roster's hot b-trees one slice per step (yields the b-tree just read from), hot first:
    the trigram index, the name and NIK indexes, then workers and sponsors rows within half the page cache."""
    yield from _rowid_slices(db, "workers_name_trigram_data", "id", "substr(block, -1)")
    db.execute("SELECT count(*) FROM workers_name_trigram_idx").fetchone()
    yield "workers_name_trigram_idx"
    yield from _index_slices(db, "workers_name", "name", " COLLATE NOCASE")
    yield from _index_slices(db, "workers_nik_status", "nik")  # what a NIK prefix search counts from
    budget = int(cache_pages(db) * CACHE_SHARE)
    for table in ("workers", "sponsors"):
        rows = budget * ROWS_PER_PAGE[table] // 2  # half of the budget each, at most
        yield from _rowid_slices(db, table, "id", "id", limit=rows)


def warm(db: sqlite_utils.Database) -> int:
    """Every step at once (the CLI, tests, the bench); returns the number of steps."""
    return sum(1 for _ in steps(db))


def _rowid_slices(db: sqlite_utils.Database, table: str, key: str, column: str,
                  limit: int | None = None) -> Iterator[str]:
    """`table`'s b-tree in key order, SLICE_ROWS rows a step; `column` is what is read of each row
    (the last byte of a blob reads its overflow pages too)."""
    last, done = None, 0
    while limit is None or done < limit:
        row = db.execute(
            f"SELECT max(k), count(*) FROM (SELECT {key} AS k, {column} FROM {table} "
            f"WHERE {key} > ? ORDER BY {key} LIMIT ?)", [-1 if last is None else last, SLICE_ROWS]).fetchone()
        if not row[1]:
            return
        last, done = row[0], done + row[1]
        yield table
        if row[1] < SLICE_ROWS:
            return


def _index_slices(db: sqlite_utils.Database, index: str, column: str, collate: str = "") -> Iterator[str]:
    """The index `index` on workers(`column`...) in its own order, a slice a step (covering: no row is read)."""
    key = f"{column}{collate}"
    last = ""
    while True:
        row = db.execute(
            f"SELECT max(v{collate}), count(*) FROM (SELECT {column} AS v FROM workers INDEXED BY {index} "
            f"WHERE {key} > ? ORDER BY {key} LIMIT ?)", [last, SLICE_ROWS]).fetchone()
        if not row[1]:
            return
        last = row[0]
        yield index
        if row[1] < SLICE_ROWS:
            return
