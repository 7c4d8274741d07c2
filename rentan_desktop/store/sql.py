"""SQL helpers: multi-statement DDL inside a migration's transaction (executescript would
commit), and the one way to query a long list of keys with IN (...) in chunks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

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


def next_prefix(text: str) -> str:
    """The smallest string greater than every string starting with `text`: a prefix search is
    `col >= text AND col < next_prefix(text)`, which an index on col serves."""
    return text[:-1] + chr(ord(text[-1]) + 1)


class Where:
    """A WHERE clause built from optional conditions, with its parameters in order."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        if clause:
            self.parts.append(clause)
            self.params.extend(params)

    @property
    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


def rows_by_id(db: sqlite_utils.Database, select: str, id_col: str, columns: Sequence[str],
               ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """`select ... WHERE id_col IN (ids)` in chunks, each row as a dict of `columns` keyed by its
    first column (the id): what a windowed table fetches for a block."""
    found: dict[int, dict[str, Any]] = {}
    for chunk in chunked(ids):
        for row in db.execute(f"{select} WHERE {id_col} IN ({marks(chunk)})", chunk):
            found[row[0]] = dict(zip(columns, row, strict=True))
    return found
