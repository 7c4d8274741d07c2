"""Monthly partitions of `payments`, made before a load needs them.

A month is the text 'YYYY-MM' the desktop stores; its partition holds FROM ('YYYY-MM') TO
(the next month). Months are checked before they reach SQL: a bundle's rows were already
validated by the sync code, and this keeps a partition name from ever carrying anything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import psycopg

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    return f"{year + mon // 12:04d}-{mon % 12 + 1:02d}"


def partition_name(month: str) -> str:
    if not _MONTH.match(month):
        raise ValueError(f"not a month: {month!r}")
    return f"payments_{month[:4]}_{month[5:7]}"


def existing(conn: psycopg.Connection) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
        "JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = p.relnamespace "
        "WHERE p.relname = 'payments' AND n.nspname = 'hub'")}


def ensure_months(conn: psycopg.Connection, months: Iterable[str]) -> list[str]:
    """Create the partitions of these months that do not exist yet; returns the ones made."""
    have = existing(conn)
    made = []
    for month in sorted(set(months)):
        name = partition_name(month)
        if name in have:
            continue
        conn.execute(f"CREATE TABLE hub.{name} PARTITION OF hub.payments FOR VALUES FROM ('{month}') "
                     f"TO ('{next_month(month)}')")
        made.append(name)
    return made
