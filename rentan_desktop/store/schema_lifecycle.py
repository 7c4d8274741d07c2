"""Step 7: the holiday calendar as data, and the index the lifecycle reads.

`holidays`: national holidays and cuti bersama, seeded for 2020-2030 from the versioned file
rentan_desktop/data/holidays_id_v1.json (compiled from the SKB 3 Menteri decrees by
tools/compile_holidays.py; a later revision ships as a new file read by a new step). Disnaker
edits it in Settings (mid-year revisions happen) and it travels to the OPDs in return bundles;
a removed day is kept with active = 0 so the removal travels too. Seeded rows get a uid made
from the date and kind, so both sides hold the same uids without a first exchange.

`workers_lifecycle`: status with paid_through, so "who is behind / who may lapse" reads a
narrow index (payments/lifecycle.py).
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import sqlite_utils

SEED_FILE = "holidays_id_v1.json"


def m009_lifecycle_calendar(db: sqlite_utils.Database) -> None:
    db.executescript("""
CREATE TABLE holidays (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    day TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('national', 'cuti_bersama')),
    provisional INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX holidays_day ON holidays(day);
CREATE INDEX workers_lifecycle ON workers(status, paid_through, start_month);
""")
    data = json.loads(resources.files("rentan_desktop.data").joinpath(SEED_FILE).read_text("utf-8"))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    seen: dict[str, int] = {}
    rows = []
    for row in data["days"]:
        base = f"holiday-{row['date']}-{row['kind']}"
        seen[base] = seen.get(base, 0) + 1
        uid = base if seen[base] == 1 else f"{base}-{seen[base]}"
        rows.append((uid, row["date"], row["name"], row["kind"], int(row["provisional"]), stamp, stamp))
    db.conn.executemany("INSERT INTO holidays(uid, day, name, kind, provisional, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
