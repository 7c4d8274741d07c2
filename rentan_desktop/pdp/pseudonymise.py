"""UU PDP retention: an ended worker's identifying fields replaced after the period Disnaker sets.

The record, its payments and the statistics stay (status, dates, region, occupation, sex,
birth year); NIK, name, mother's name, phone, street address, heir and BPJS number are
replaced. The row gets a new change number, so the next bundle carries the change to Disnaker.
"""

from __future__ import annotations

import hashlib
from datetime import date

import sqlite_utils

from rentan_desktop.pdp import access_log
from rentan_desktop.store import audit, clock, settings
from rentan_desktop.store.clock import now_iso

SETTING = "pdp_retention_years"  # 0: never (Disnaker sets it; it travels down to the OPDs)
CLEARED = ("birth_place", "mother_name", "phone", "street", "rt", "rw", "heir_name", "heir_relationship", "kpj")


def retention_years(db: sqlite_utils.Database) -> int:
    return int(settings.get(db, SETTING, 0) or 0)


def due(db: sqlite_utils.Database, today: date | None = None) -> list[str]:
    """uids of ended workers whose end is older than the retention period (none when it is 0)."""
    years = retention_years(db)
    if years <= 0:
        return []
    today = today or clock.today()
    try:
        cutoff = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        cutoff = today.replace(year=today.year - years, day=28)
    return [r[0] for r in db.execute(
        "SELECT uid FROM workers WHERE status = 'ended' AND pseudonymised_on IS NULL "
        "AND ended_on IS NOT NULL AND ended_on < ? ORDER BY id", [cutoff.isoformat()]).fetchall()]


def pseudonym(uid: str) -> str:
    return hashlib.sha256(uid.encode()).hexdigest()[:10].upper()


def pseudonymise(db: sqlite_utils.Database, operator: str, today: date | None = None) -> int:
    """Pseudonymise every worker `due`; returns how many. One transaction."""
    uids = due(db, today)
    if not uids:
        return 0
    stamp = now_iso()
    with db.atomic():
        rev = audit.next_rev(db, len(uids)) - len(uids)
        for uid in uids:
            rev += 1
            tag = pseudonym(uid)
            before = dict(zip(("nik", "name"), db.execute("SELECT nik, name FROM workers WHERE uid = ?", [uid])
                              .fetchone(), strict=True))
            db.execute(
                f"UPDATE workers SET nik = ?, name = ?, {', '.join(f'{c} = NULL' for c in CLEARED)}, "
                "birth_date = CASE WHEN birth_date IS NULL THEN NULL ELSE substr(birth_date, 1, 4) || '-01-01' END, "
                "pseudonymised_on = ?, updated_at = ?, rev = ? WHERE uid = ?",
                [f"PSEUDO{tag}", f"Pseudonim {tag}", stamp[:10], stamp, rev, uid])
            # The trail keeps that it happened, not the old values (they are what is being removed).
            db.execute("UPDATE audit_log SET before = NULL, after = NULL WHERE record_uid = ?", [uid])
            audit.record(db, operator=operator, table="workers", uid=uid, action="pseudonymise",
                         before={k: "…" for k in before}, after={"nik": f"PSEUDO{tag}", "name": f"Pseudonim {tag}"})
            access_log.record(db, operator, "pseudonymise", "", table="workers", uid=uid)
    return len(uids)
