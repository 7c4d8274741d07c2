"""SQL helpers: multi-statement DDL inside a migration's transaction (executescript would
commit), and the one way to query a long list of keys with IN (...) in chunks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import TypeVar

import sqlite_utils

T = TypeVar("T")

# Keys per IN (...) query: well under SQLite's parameter limit (999 in older builds), leaving
# room for the few other parameters a query binds.
IN_CHUNK = 500


def chunked(items: Sequence[T], size: int = IN_CHUNK) -> Iterator[list[T]]:
    """`items` in consecutive lists of at most `size`."""
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def marks(values: Sequence[object]) -> str:
    """The `?, ?, ...` placeholders for an IN (...) of `values`."""
    return ", ".join("?" * len(values))


def run_statements(db: sqlite_utils.Database, script: str) -> None:
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement[:80]}")
