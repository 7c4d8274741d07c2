"""Small hand-made Disnaker data: three OPDs, their sponsors and workers, one shared NIK."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rentan_desktop.disnaker import registry
from rentan_desktop.roster import service
from rentan_desktop.store.clock import new_uid, now_iso


def nik(serial: int, day: int = 12, month: int = 5, year: int = 1985, female: bool = False) -> str:
    return f"627101{day + (40 if female else 0):02d}{month:02d}{year % 100:02d}{serial:04d}"


def worker_data(serial: int, sponsor_id: int | None, name: str, **extra: Any) -> dict[str, Any]:
    data = {"nik": nik(serial), "name": name, "birth_place": "Palangka Raya", "mother_name": "Siti Aminah",
            "phone": "081234567890", "street": "Jl. Tjilik Riwut No. 5", "rt": "3", "rw": "2",
            "village": "Langkai", "district": "Pahandut", "regency": "Kota Palangka Raya",
            "occupation": "Pengemudi ojek", "work_location": "Pahandut", "declared_income": 1_000_000,
            "heir_name": "Rina Wati", "heir_relationship": "spouse", "start_month": "2026-12",
            "relationship": "neighbour", "sponsor_id": sponsor_id}
    data.update(extra)
    return data


def add_opd(db, code: str, name: str) -> int:
    uid = registry.save_opd(db, "test", {"code": code, "name": name, "head_name": f"Kepala {name}",
                                         "asn_count": 40})
    return db.execute("SELECT id FROM opds WHERE uid = ?", [uid]).fetchone()[0]


def add_sponsor(db, opd_id: int, name: str) -> int:
    return service.save_sponsor(db, "test", {"kind": "apbd", "name": name, "position": "Staf"},
                                opd_id=opd_id).id


def add_worker(db, opd_id: int, sponsor_id: int | None, serial: int, name: str, **extra: Any) -> str:
    return service.save_worker(db, "test", worker_data(serial, sponsor_id, name, **extra), opd_id=opd_id).uid


def feed_three_opds(db) -> dict[str, Any]:
    """OPD 1.01 and 1.02 both sponsor Budi (same NIK); 1.03 has a worker with no sponsor."""
    ids = {code: add_opd(db, code, name) for code, name in
           (("1.01", "Dinas Pendidikan"), ("1.02", "Dinas Kesehatan"), ("1.03", "Dinas Sosial"))}
    s1 = add_sponsor(db, ids["1.01"], "Agus Santoso")
    s2 = add_sponsor(db, ids["1.02"], "Dewi Lestari")
    s3 = add_sponsor(db, ids["1.03"], "Hadi Wijaya")
    uids = {
        "budi_a": add_worker(db, ids["1.01"], s1, 1, "Budi Hartono"),
        "ani": add_worker(db, ids["1.01"], s1, 2, "Ani Rahayu", nik=nik(2, female=True)),
        "budi_b": add_worker(db, ids["1.02"], s2, 1, "Budi Hartono"),
        "cahya": add_worker(db, ids["1.02"], s2, 3, "Cahya Putra"),
        "dodi": add_worker(db, ids["1.03"], s3, 4, "Dodi Saputra"),
        "eko_no_sponsor": add_worker(db, ids["1.03"], None, 5, "Eko Prasetyo"),
    }
    return {"opds": ids, "sponsors": {"1.01": s1, "1.02": s2, "1.03": s3}, "workers": uids}


def pay(db, worker_uid: str, month: str, amount: int = 16_800, reverses: int | None = None) -> int:
    """A payment row as the OPD's payment service stores it; `reverses` makes a reversal of that id."""
    worker_id, opd_id, sponsor_id = db.execute(
        "SELECT id, opd_id, sponsor_id FROM workers WHERE uid = ?", [worker_uid]).fetchone()
    sign = -1 if reverses else 1
    jkm = 6_800 * sign
    db.execute(
        "INSERT INTO payments(uid, opd_id, worker_id, sponsor_id, month, amount, jkk, jkm, jht, method, paid_on, "
        "kind, reverses_id, reason, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,0,'tpp',?,?,?,?,'test',?)",
        [new_uid(), opd_id, worker_id, sponsor_id, month, amount * sign, amount * sign - jkm, jkm,
         dt.date.today().isoformat(), "reversal" if reverses else "payment", reverses,
         "entered twice" if reverses else None, now_iso()])
    if reverses:
        db.execute("UPDATE payments SET reversed_at = ? WHERE id = ?", [now_iso(), reverses])
    return db.execute("SELECT last_insert_rowid()").fetchone()[0]
