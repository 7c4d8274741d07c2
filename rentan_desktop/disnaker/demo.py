"""Demo data for the Disnaker workspace: a few people sponsored by two OPDs at once.

In real life two OPDs enter the same neighbour or relative; the demo copies a handful of
workers into another OPD (same NIK and person, another sponsor) so the duplicates queue has
cases to review.
"""

from __future__ import annotations

import random

import sqlite_utils

from rentan_desktop.store import audit, settings
from rentan_desktop.store.clock import new_uid, now_iso

_COPY = ("relationship", "nik", "name", "birth_place", "birth_date", "gender", "mother_name", "phone", "street", "rt",
         "rw", "village", "district", "regency", "occupation", "work_location", "declared_income", "jht", "heir_name",
         "heir_relationship", "start_month")


def add_duplicates(db: sqlite_utils.Database, seed: int, count: int = 6) -> int:
    """At a Disnaker install with two or more OPDs, copy `count` workers into another OPD."""
    if settings.get(db, "role") != "disnaker":
        return 0
    opds = [r[0] for r in db.execute("SELECT DISTINCT opd_id FROM sponsors WHERE status = 'active' ORDER BY opd_id")]
    if len(opds) < 2:
        return 0
    rng = random.Random(seed + 7)
    candidates = db.execute(
        "SELECT id, opd_id FROM workers WHERE status IN ('draft', 'submitted') AND kpj IS NULL "
        "AND sponsor_id IS NOT NULL ORDER BY id").fetchall()
    rng.shuffle(candidates)
    stamp = now_iso()
    made = 0
    with db.atomic():
        rev = audit.next_rev(db)
        for worker_id, opd_id in candidates[:count]:
            other = rng.choice([o for o in opds if o != opd_id])
            sponsor = db.execute("SELECT id FROM sponsors WHERE opd_id = ? AND status = 'active' ORDER BY random() "
                                 "LIMIT 1", [other]).fetchone()
            nik = db.execute("SELECT nik FROM workers WHERE id = ?", [worker_id]).fetchone()[0]
            if sponsor is None or db.execute("SELECT 1 FROM workers WHERE opd_id = ? AND nik = ?",
                                             [other, nik]).fetchone():
                continue
            cols = ", ".join(_COPY)
            db.execute(f"INSERT INTO workers(uid, opd_id, sponsor_id, {cols}, status, created_at, updated_at, rev) "
                       f"SELECT ?, ?, ?, {cols}, 'draft', ?, ?, ? FROM workers WHERE id = ?",
                       [new_uid(), other, sponsor[0], stamp, stamp, rev, worker_id])
            made += 1
    return made
