"""What the documents read from the store: workers with their sponsor and OPD, sponsors by NIP,
payments; plus the selections the CLI and the GUI print (by NIK, status, sponsor)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import sqlite_utils

from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.months import month_text
from rentan_desktop.domain.vocab import WORKER_STATUSES
from rentan_desktop.i18n import translate
from rentan_desktop.store.sql import chunked, marks

WORKER_SQL = """
SELECT w.uid, w.nik, w.name, w.birth_place, w.birth_date, w.gender, w.mother_name, w.phone,
       w.street, w.rt, w.rw, w.village, w.district, w.regency, w.occupation, w.work_location,
       w.declared_income, w.jht, w.heir_name, w.heir_relationship, w.start_month, w.kpj, w.status,
       w.relationship,
       s.uid AS sponsor_uid, s.name AS sponsor_name, s.nip AS sponsor_nip, s.position AS sponsor_position,
       s.kind AS sponsor_kind, o.name AS opd_name, so.name AS sponsor_opd_name
FROM workers w
JOIN opds o ON o.id = w.opd_id
LEFT JOIN sponsors s ON s.id = w.sponsor_id
LEFT JOIN opds so ON so.id = s.opd_id
"""


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def workers_by_uid(db: sqlite_utils.Database, uids: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Worker rows (with sponsor and OPD names) in the order of `uids`, fetched in chunks."""
    for chunk in chunked(uids):
        found = {row["uid"]: row for row in _dicts(db.execute(f"{WORKER_SQL} WHERE w.uid IN ({marks(chunk)})",
                                                              chunk))}
        for uid in chunk:
            if uid in found:
                yield found[uid]


def select_workers(db: sqlite_utils.Database, *, niks: Sequence[str] = (), status: str | None = None,
                   sponsor_nip: str | None = None, sponsor_uid: str | None = None) -> list[str]:
    """Uids of the workers to print, by name: given NIKs, a status, one sponsor's workers."""
    where, params = [], []
    if niks:
        clean = [strip_separators(n) for n in niks]
        where.append(f"w.nik IN ({','.join('?' * len(clean))})")
        params += clean
    if status:
        if status not in WORKER_STATUSES:
            raise ValidationError([Issue("status", translate("printing", "Unknown status '{status}'; use one of: "
                                                             "{choices}.").format(status=status,
                                                                                 choices=", ".join(WORKER_STATUSES)))])
        where.append("w.status = ?")
        params.append(status)
    if sponsor_nip:
        sponsor_uid = sponsor_by_nip(db, sponsor_nip)["uid"]
    if sponsor_uid:
        where.append("w.sponsor_id = (SELECT id FROM sponsors WHERE uid = ?)")
        params.append(sponsor_uid)
    sql = "SELECT w.uid, w.nik FROM workers w"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = db.execute(sql + " ORDER BY w.name COLLATE NOCASE, w.id", params).fetchall()
    if niks:
        found = {nik for _, nik in rows}
        missing = [n for n in (strip_separators(x) for x in niks) if n not in found]
        if missing:
            raise ValidationError([Issue("nik", translate("printing", "No worker with NIK {nik}.").format(
                nik=missing[0]))])
    return [uid for uid, _ in rows]


def sponsor_by_nip(db: sqlite_utils.Database, nip: str) -> dict[str, Any]:
    clean = strip_separators(nip)
    rows = _dicts(db.execute(
        "SELECT s.*, o.name AS opd_name FROM sponsors s JOIN opds o ON o.id = s.opd_id WHERE s.nip = ? "
        "ORDER BY s.status = 'active' DESC, s.id", [clean]))
    if not rows:
        raise ValidationError([Issue("nip", translate("printing", "No sponsor with NIP {nip}.").format(nip=clean))])
    return rows[0]


def sponsor_by_uid(db: sqlite_utils.Database, uid: str) -> dict[str, Any]:
    rows = _dicts(db.execute(
        "SELECT s.*, o.name AS opd_name FROM sponsors s JOIN opds o ON o.id = s.opd_id WHERE s.uid = ?", [uid]))
    if not rows:
        raise ValidationError([Issue("sponsor", translate("printing", "The sponsor no longer exists."))])
    return rows[0]


def sponsored_workers(db: sqlite_utils.Database, sponsor_uid: str, *, include_ended: bool = False) -> list[dict]:
    """The workers a sponsor pays for (ended ones left out unless asked), by name."""
    sql = f"{WORKER_SQL} WHERE s.uid = ?"
    if not include_ended:
        sql += " AND w.status != 'ended'"
    return _dicts(db.execute(sql + " ORDER BY w.name COLLATE NOCASE, w.id", [sponsor_uid]))


PAYMENT_SQL = """
SELECT p.id, p.uid, p.month, p.amount, p.jkk, p.jkm, p.jht, p.method, p.reference, p.paid_on, p.kind,
       p.reversed_at, p.batch, p.recorded_by, p.recorded_at, p.worker_id,
       w.uid AS worker_uid, w.name AS worker_name, w.nik AS worker_nik, w.kpj AS worker_kpj,
       s.uid AS sponsor_uid, s.name AS sponsor_name, s.nip AS sponsor_nip, o.name AS opd_name
FROM payments p
JOIN workers w ON w.id = p.worker_id
JOIN opds o ON o.id = p.opd_id
LEFT JOIN sponsors s ON s.id = p.sponsor_id
"""


def payments_by_uid(db: sqlite_utils.Database, uids: Sequence[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for chunk in chunked(uids):
        found = {r["uid"]: r for r in _dicts(db.execute(f"{PAYMENT_SQL} WHERE p.uid IN ({marks(chunk)})", chunk))}
        out += [found[u] for u in chunk if u in found]
    if len(out) < len(uids):
        raise ValidationError([Issue("payment", translate("printing", "A payment to print no longer exists."))])
    return out


def live_payment_uid(db: sqlite_utils.Database, nik: str, month: str) -> str:
    """The payment (not reversed) that covers `month` for the worker with this NIK."""
    clean = strip_separators(nik)
    if db.execute("SELECT 1 FROM workers WHERE nik = ?", [clean]).fetchone() is None:
        raise ValidationError([Issue("nik", translate("printing", "No worker with NIK {nik}.").format(nik=clean))])
    row = db.execute(
        "SELECT p.uid FROM payments p JOIN workers w ON w.id = p.worker_id WHERE w.nik = ? AND p.month = ? "
        "AND p.kind = 'payment' AND p.reversed_at IS NULL ORDER BY p.id DESC LIMIT 1", [clean, month]).fetchone()
    if row is None:
        raise ValidationError([Issue("month", translate("printing", "No payment is recorded for {month} for this "
                                                        "worker.").format(month=month_text(month)))])
    return row[0]


def receipt_groups(db: sqlite_utils.Database, payment_uids: Sequence[str]) -> list[list[dict[str, Any]]]:
    """One receipt per payment transaction: the chosen payments with the other months paid in the same
    transaction for the same worker (a prepayment records its months together: same recording time,
    method, reference and payment date)."""
    groups: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for payment in payments_by_uid(db, payment_uids):
        if payment["kind"] != "payment" or payment["reversed_at"]:
            raise ValidationError([Issue("payment", translate(
                "printing", "The payment of {month} for {name} was reversed; there is nothing to give a receipt "
                            "for.").format(month=payment["month"], name=payment["worker_name"]))])
        key = (payment["worker_id"], payment["recorded_at"], payment["method"], payment["reference"] or "",
               payment["paid_on"])
        if key not in groups:
            groups[key] = _dicts(db.execute(
                f"{PAYMENT_SQL} WHERE p.worker_id = ? AND p.recorded_at = ? AND p.method = ? "
                "AND COALESCE(p.reference, '') = ? AND p.paid_on = ? AND p.kind = 'payment' "
                "AND p.reversed_at IS NULL ORDER BY p.month", list(key)))
    return list(groups.values())
