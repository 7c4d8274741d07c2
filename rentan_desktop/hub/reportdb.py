"""The desktop's report code on the hub: a connection that speaks the SQL the reports write.

The report modules (rentan_desktop.reports) call `db.execute(sql, params)` with SQLite-style
placeholders (`?`, `:name`) and portable SQL. This adapter turns the placeholders into
psycopg's, drops SQLite's planner hints (`NOT INDEXED`, a unary `+`), and returns a cursor with the same
`fetchone`/`fetchall`/iteration, so one report implementation serves both databases; the
province tests run the same report on SQLite and on PostgreSQL side by side.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import psycopg
from psycopg.adapt import Loader

from rentan_desktop.hub import scopes

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_HINT = re.compile(r"\s+NOT\s+INDEXED\b|\s+INDEXED\s+BY\s+\w+", re.IGNORECASE)
# SQLite's "+column" keeps a term off its index; PostgreSQL has no unary + for text: drop it.
_UNARY_PLUS = re.compile(r"(\b(?:WHERE|AND|OR|ON|BY|SELECT|WHEN|THEN|ELSE|NOT)\s+|[(,=<>]\s*)\+(?=[A-Za-z_])",
                         re.IGNORECASE)
# SQLite's json_each(?) over a JSON list of ids (payments/status.py) -> PostgreSQL's, as integers;
# a list without an alias of its own gets one (PostgreSQL 15 wants every FROM subquery named).
_JSON_IDS = re.compile(r"json_each\(\?\)(\s+(?!(?:CROSS|JOIN|WHERE|ON|LEFT|INNER)\b)\w+)?", re.IGNORECASE)
_PG_IDS = "(SELECT e.value::bigint AS value FROM json_array_elements_text(%s::json) AS e(value))"


def translate_sql(sql: str, named: bool) -> str:
    """SQLite placeholders and hints -> psycopg (outside string literals)."""
    parts = re.split(r"('(?:[^']|'')*')", sql)
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # a string literal: only psycopg's % needs escaping
            out.append(part.replace("%", "%%"))
            continue
        part = _UNARY_PLUS.sub(r"\1", _HINT.sub("", part)).replace("%", "%%")
        if not named:
            part = _JSON_IDS.sub(lambda m: _PG_IDS + (m.group(1) or " AS ids"), part)
        part = _NAMED.sub(r"%(\1)s", part) if named else part.replace("?", "%s")
        out.append(part)
    return "".join(out)


class _NumberLoader(Loader):
    """PostgreSQL's sum() of integers is numeric: read it back as the int SQLite gives."""

    def load(self, data: bytes | bytearray | memoryview) -> int | float:
        text = bytes(data)
        return float(text) if b"." in text or b"e" in text.lower() else int(text)


class ReportDb:
    """What the report code needs of a database, over a psycopg connection."""

    dialect = "postgresql"

    def __init__(self, conn: psycopg.Connection, pemda_id: int | None = None):
        self.conn = conn
        conn.adapters.register_loader("numeric", _NumberLoader)
        scopes.use(conn, pemda_id)
        # A province report groups a million workers by sponsor: enough memory to hash them without
        # spilling to disk (PostgreSQL's default of 4 MB does); for this session only.
        conn.execute("SET work_mem = '128MB'")
        self.pemda_id = pemda_id

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> psycopg.Cursor:
        named = isinstance(params, Mapping)
        return self.conn.execute(translate_sql(sql, named), params if params else None)
