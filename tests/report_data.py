"""A small hand-made data set for the report tests; the right answers are in the tests.

Two OPDs: A (1.01, 4 ASN) and B (1.02, ASN count unknown).
Sponsors  A: s1 Ani head_opd N1, s2 Budi staff N2, s3 Citra staff N3 (no worker),
             s4 Dodi staff N4 ENDED (moved to B)
          B: s5 Dodi staff N4 (same NIP, active), s6 Eka head_division N6
Workers   A: w1 K1 s1 active from 09, w2 K2 s1 draft from 11 (created in Nov),
             w3 K3 s2 ended 2026-10-15 "Meninggal dunia", w4 K4 s4 (ended sponsor) active from 10
          B: w5 K1 (same NIK as w1) s5 active from 10 (created in Nov),
             w6 K6 s6 lapsed (from 05, paid May only: covered through September),
             w7 K7 s6 active from 09
Payments (Rp16.800 each): w1 09 on time, w1 10 late, w1 11 REVERSED, w3 09 early,
          w5 10 early, w7 09 late, w7 10 on the due date, w6 05 late.
Due dates (payments.calendar): 15/09/2026, 15/10/2026, 16/11/2026 (the 15th is a Sunday).
"""

from __future__ import annotations

import datetime as dt
import itertools

import sqlite_utils

from rentan_desktop.payments.service import recompute_paid_through
from rentan_desktop.store import settings

TODAY = "2026-11-23"
STAMP = "2026-08-01T08:00:00"
_uids = itertools.count(1)


def _uid() -> str:
    return f"00000000-0000-0000-0000-{next(_uids):012d}"


def load(db: sqlite_utils.Database) -> dict[str, int]:
    """Fill the database; returns ids by short name (A, B, s1.., w1.., p1..)."""
    ids: dict[str, int] = {}
    settings.put(db, "quotas", {"head_opd": 2, "head_division": 1, "staff": 1})
    settings.put(db, "coverage_target", {"uncovered_workers": 100, "asn_participation_pct": 50})
    row = db.execute("SELECT id FROM opds WHERE code = '1.01'").fetchone()
    if row is None:
        db.execute("INSERT INTO opds(uid, code, name, asn_count, created_at, updated_at) VALUES (?,?,?,?,?,?)",
                   [_uid(), "1.01", "Dinas Pendidikan", 4, STAMP, STAMP])
        row = db.execute("SELECT id FROM opds WHERE code = '1.01'").fetchone()
    else:
        db.execute("UPDATE opds SET asn_count = 4 WHERE id = ?", [row[0]])
    ids["A"] = row[0]
    db.execute("INSERT INTO opds(uid, code, name, asn_count, created_at, updated_at) VALUES (?,?,?,?,?,?)",
               [_uid(), "1.02", "Dinas Kesehatan", None, STAMP, STAMP])
    ids["B"] = db.execute("SELECT id FROM opds WHERE code = '1.02'").fetchone()[0]

    sponsors = [
        ("s1", "A", "198001012005011001", "Ani Lestari", "Kepala Dinas", "head_opd", "active", None),
        ("s2", "A", "198502022010011002", "Budi Santoso", "Pranata Komputer", "staff", "active", None),
        ("s3", "A", "199003032015012003", "Citra Dewi", "Bendahara", "staff", "active", None),
        ("s4", "A", "198804042012011004", "Dodi Pratama", "Analis", "staff", "ended", "2026-09-30"),
        ("s5", "B", "198804042012011004", "Dodi Pratama", "Analis", "staff", "active", None),
        ("s6", "B", "197506062000012006", "Eka Wulan", "Kepala Bidang", "head_division", "active", None),
    ]
    for key, opd, nip, name, position, level, status, ended in sponsors:
        db.execute("INSERT INTO sponsors(uid, opd_id, kind, nip, name, position, position_level, status, ended_on, "
                   "end_reason, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                   [_uid(), ids[opd], "pns", nip, name, position, level, status, ended,
                    "Mutasi" if ended else None, STAMP, STAMP])
        ids[key] = db.execute("SELECT last_insert_rowid()").fetchone()[0]

    workers = [
        # key, opd, nik, sponsor, name, status, start, gender, birth, occupation, district, village, created,
        # ended_on, end_reason, status_changed_on
        ("w1", "A", "6271014505900001", "s1", "Sri Wahyuni", "active", "2026-09", "P", "1990-05-01", "Petani",
         "Pahandut", "Panarung", "2026-09-01T09:00:00", None, None, None),
        ("w2", "A", "6271010112000002", "s1", "Agus Salim", "draft", "2026-11", "L", "2000-12-01", "Nelayan",
         "Pahandut", "Langkai", "2026-11-05T09:00:00", None, None, None),
        ("w3", "A", "6271020101700003", "s2", "Bambang Irawan", "ended", "2026-09", "L", "1970-01-01", "Petani",
         "Jekan Raya", "Bukit Tunggal", "2026-08-01T09:00:00", "2026-10-15", "Meninggal dunia", "2026-10-15"),
        ("w4", "A", "6271024106600004", "s4", "Tuti Handayani", "active", "2026-10", "P", "1960-06-01", "Pemulung",
         "Jekan Raya", "Bukit Tunggal", "2026-10-01T09:00:00", None, None, None),
        ("w5", "B", "6271014505900001", "s5", "Sri Wahyuni", "active", "2026-10", "P", "1990-05-01", "Petani",
         "Pahandut", "Panarung", "2026-11-10T09:00:00", None, None, None),
        ("w6", "B", "6271030303850006", "s6", "Rudi Hartono", "lapsed", "2026-05", "L", "1985-03-03", "Juru parkir",
         "Sabangau", "Kereng Bangkirai", "2026-05-02T09:00:00", None, None, "2026-10-20"),
        ("w7", "B", "6271030707950007", "s6", "Yusuf Hakim", "active", "2026-09", "L", "1995-07-07", "Juru parkir",
         "Sabangau", "Kereng Bangkirai", "2026-09-02T09:00:00", None, None, None),
    ]
    for (key, opd, nik, sponsor, name, status, start, gender, birth, occupation, district, village, created,
         ended_on, reason, changed) in workers:
        db.execute("INSERT INTO workers(uid, opd_id, sponsor_id, nik, name, status, start_month, gender, birth_date, "
                   "occupation, district, village, created_at, updated_at, ended_on, end_reason, status_changed_on) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   [_uid(), ids[opd], ids[sponsor], nik, name, status, start, gender, birth, occupation, district,
                    village, created, created, ended_on, reason, changed])
        ids[key] = db.execute("SELECT last_insert_rowid()").fetchone()[0]

    payments = [
        ("p1", "w1", "2026-09", "2026-09-15"), ("p2", "w1", "2026-10", "2026-10-20"),
        ("p3", "w1", "2026-11", "2026-11-10"), ("p4", "w3", "2026-09", "2026-09-01"),
        ("p5", "w5", "2026-10", "2026-10-01"), ("p6", "w7", "2026-09", "2026-09-20"),
        ("p7", "w7", "2026-10", "2026-10-15"), ("p8", "w6", "2026-05", "2026-05-30"),
    ]
    opd_of = {w[0]: w[1] for w in workers}
    sponsor_of = {w[0]: w[3] for w in workers}
    for key, worker, month, paid_on in payments:
        _pay(db, ids, key, worker, opd_of[worker], sponsor_of[worker], month, paid_on, 16_800, "payment", None)
    _pay(db, ids, "r3", "w1", "A", "s1", "2026-11", "2026-11-12", -16_800, "reversal", ids["p3"])
    db.execute("UPDATE payments SET reversed_at = '2026-11-12T10:00:00' WHERE id = ?", [ids["p3"]])
    recompute_paid_through(db, today=dt.date.fromisoformat(TODAY))  # the payments area's cache
    # At its lapse, refresh_statuses sets paid_through to the last paid month (May): covered to September.
    db.execute("UPDATE workers SET paid_through = '2026-05' WHERE id = ?", [ids["w6"]])
    return ids


def _pay(db, ids, key, worker, opd, sponsor, month, paid_on, amount, kind, reverses) -> None:
    db.execute("INSERT INTO payments(uid, opd_id, worker_id, sponsor_id, month, amount, jkk, jkm, method, paid_on, "
               "kind, reverses_id, reason, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
               [_uid(), ids[opd], ids[worker], ids[sponsor], month, amount, 10_000 if amount > 0 else -10_000,
                6_800 if amount > 0 else -6_800, "tpp", paid_on, kind, reverses,
                "Salah catat" if kind == "reversal" else None, "test", paid_on + "T10:00:00"])
    ids[key] = db.execute("SELECT last_insert_rowid()").fetchone()[0]
