"""Running multi-statement DDL inside the migration's transaction (executescript would commit)."""

from __future__ import annotations

import sqlite3

import sqlite_utils


def run_statements(db: sqlite_utils.Database, script: str) -> None:
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement[:80]}")
