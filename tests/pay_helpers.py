"""Small controlled rosters for the payment tests (direct rows: the roster rules are tested elsewhere)."""

from __future__ import annotations

import itertools

from rentan_desktop.store.clock import new_uid, now_iso
from rentan_desktop.store.site import own_opd_id

_serial = itertools.count(1)


def add_sponsor(db, name: str = "Budi Santoso", kind: str = "pns", level: str = "staff",
                nip: str | None = None) -> dict:
    n = next(_serial)
    uid = new_uid()
    nip = nip if nip is not None else (f"19800101200501{1000 + n:04d}" if kind in ("pns", "pppk", "non_asn") else None)
    stamp = now_iso()
    db.execute("INSERT INTO sponsors(uid, opd_id, kind, nip, name, position, position_level, created_at, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [uid, own_opd_id(db), kind, nip, name, "Analis", level, stamp, stamp])
    return dict(next(db["sponsors"].rows_where("uid = ?", [uid])))


def add_worker(db, start: str, status: str = "active", sponsor: dict | None = None, income: int = 1_000_000,
               jht: int = 0, name: str | None = None, ended_on: str | None = None,
               paid_through: str | None = None) -> dict:
    n = next(_serial)
    uid = new_uid()
    stamp = now_iso()
    db.execute("INSERT INTO workers(uid, opd_id, sponsor_id, nik, name, declared_income, jht, start_month, status, "
               "ended_on, paid_through, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
               [uid, own_opd_id(db), sponsor["id"] if sponsor else None, f"627101010190{n:04d}",
                name or f"Pekerja {n}", income, jht, start, status, ended_on, paid_through, stamp, stamp])
    row = dict(next(db["workers"].rows_where("uid = ?", [uid])))
    if paid_through and start and paid_through >= start:
        # paid_through is a cache of payments (payments/lifecycle.py): back it with the payments.
        from rentan_desktop.domain.months import month_range

        db.conn.executemany(
            "INSERT INTO payments(uid, opd_id, worker_id, sponsor_id, month, amount, jkk, jkm, jht, method, paid_on, "
            "kind, recorded_by, recorded_at) VALUES (?,?,?,?,?,16800,10000,6800,0,'cash',?,'payment','test',?)",
            [(new_uid(), row["opd_id"], row["id"], row["sponsor_id"], m, m + "-10", stamp)
             for m in month_range(start, paid_through)])
    return row


def live_months(db, worker: dict) -> list[str]:
    return [m for (m,) in db.execute(
        "SELECT month FROM payments WHERE worker_id = ? AND kind = 'payment' AND reversed_at IS NULL ORDER BY month",
        [worker["id"]])]


def paid_through(db, worker: dict) -> str | None:
    return db.execute("SELECT paid_through FROM workers WHERE id = ?", [worker["id"]]).fetchone()[0]
