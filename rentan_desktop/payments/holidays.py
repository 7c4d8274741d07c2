"""Disnaker's edits of the holiday calendar (national holidays and cuti bersama).

Rows live in the `holidays` table (seeded 2020-2030 from the SKB 3 Menteri decrees; see
store/schema_lifecycle.py) and travel to the OPDs in return bundles. A removed day is kept
with active = 0, so the removal travels too. Every edit is audited and stamps `rev`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.domain.dates import parse_date
from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.i18n import translate
from rentan_desktop.store import audit
from rentan_desktop.store.clock import new_uid, now_iso

KINDS = ("national", "cuti_bersama")


@dataclass(frozen=True)
class Holiday:
    uid: str
    day: dt.date
    name: str
    kind: str
    provisional: bool


def for_year(db: sqlite_utils.Database, year: int) -> list[Holiday]:
    return [Holiday(uid, dt.date.fromisoformat(day), name, kind, bool(provisional))
            for uid, day, name, kind, provisional in db.execute(
                "SELECT uid, day, name, kind, provisional FROM holidays WHERE active = 1 AND day LIKE ? "
                "ORDER BY day, kind", [f"{year:04d}-%"])]


def years(db: sqlite_utils.Database) -> list[int]:
    return [int(y) for (y,) in db.execute("SELECT DISTINCT substr(day, 1, 4) FROM holidays ORDER BY 1")]


def add_day(db: sqlite_utils.Database, operator: str, day: object, name: str, kind: str) -> str:
    """Add a holiday or cuti bersama day (a decree's revision); returns its uid."""
    parsed = parse_date(day)
    name = " ".join((name or "").split())
    issues = []
    if parsed is None:
        issues.append(Issue("day", translate("payments", "The date is not a valid date (e.g. 17/06/2024).")))
    if not name:
        issues.append(Issue("name", translate("payments", "Give the holiday's name as in the decree.")))
    if kind not in KINDS:
        issues.append(Issue("kind", translate("payments", "Choose national holiday or cuti bersama.")))
    if issues:
        raise ValidationError(issues)
    with db.atomic():
        if db.execute("SELECT 1 FROM holidays WHERE day = ? AND kind = ? AND active = 1",
                      [parsed.isoformat(), kind]).fetchone():
            raise ValidationError([Issue("day", translate(
                "payments", "{date} is already in the calendar as this kind of day.").format(
                date=parsed.strftime("%d/%m/%Y")))])
        uid, stamp = new_uid(), now_iso()
        record = {"uid": uid, "day": parsed.isoformat(), "name": name, "kind": kind, "provisional": 0,
                  "active": 1, "created_at": stamp, "updated_at": stamp, "rev": audit.next_rev(db)}
        db["holidays"].insert(record)
        audit.record(db, operator=operator, table="holidays", uid=uid, action="create",
                     after={k: record[k] for k in ("day", "name", "kind")})
    return uid


def remove_day(db: sqlite_utils.Database, operator: str, uid: str) -> None:
    """Take a day out of the calendar (kept inactive so the removal reaches the OPDs)."""
    with db.atomic():
        row = db.execute("SELECT id, day, name, kind FROM holidays WHERE uid = ? AND active = 1", [uid]).fetchone()
        if row is None:
            raise ValidationError([Issue("day", translate("payments", "That day is no longer in the calendar."))])
        db.execute("UPDATE holidays SET active = 0, updated_at = ?, rev = ? WHERE id = ?",
                   [now_iso(), audit.next_rev(db), row[0]])
        audit.record(db, operator=operator, table="holidays", uid=uid, action="remove",
                     before={"day": row[1], "name": row[2], "kind": row[3]})
