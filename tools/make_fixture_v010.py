"""Make the database files of version 0.1.0 that tests/test_fixture_v010.py opens with today's code.

Run ONCE, from a checkout of version 0.1.0 (the code that writes the files must be that
version, or the fixture proves nothing):

    python tools/make_fixture_v010.py tests/fixtures/v0_1_0

It builds an OPD install and a Disnaker install that trust each other, fills the OPD with a
small realistic roster (sponsors, workers, payments, a reversal, an ended worker, an edit),
sends a bundle to Disnaker, lets Disnaker record a BPJS answer and send the acknowledgement
back, makes one more edit that is not yet sent, and writes the two database files (journal
mode DELETE, vacuumed) plus `expected.json`: per table the row count, the highest row id and
a SHA-256 over every row, and the file's own SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "fixture passphrase 0.1.0"


def key_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The primary key's columns (rowid where the table declares none)."""
    info = sorted((r[5], r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")') if r[5])
    return [name for _, name in info] or ["rowid"]


def rows_digest(rows: list) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps(list(row), ensure_ascii=False, default=repr).encode() + b"\n")
    return digest.hexdigest()


def table_rows(conn: sqlite3.Connection, table: str, columns: list[str], key: list[str]) -> list:
    cols = ", ".join(f'"{c}"' for c in columns)
    order = ", ".join(f'"{c}"' if c != "rowid" else c for c in key)
    return conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY {order}').fetchall()


def table_digest(conn: sqlite3.Connection, table: str, columns: list[str]) -> dict:
    """Columns, key, count and a digest of the rows in key order (the test recomputes it)."""
    key = key_columns(conn, table)
    rows = table_rows(conn, table, columns, key)
    return {"columns": columns, "key": key, "count": len(rows), "sha256": rows_digest(rows)}


def user_tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables with data a user owns: not SQLite's, not FTS shadow tables, not migrations."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    virtual = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")]
    return [n for n in names if not n.startswith("sqlite_") and n != "_sqlite_migrations"
            and n not in virtual and not any(n.startswith(v + "_") for v in virtual)]


def describe(path: Path) -> dict:
    conn = sqlite3.connect(path)
    try:
        tables = {}
        for table in user_tables(conn):
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            tables[table] = table_digest(conn, table, columns)
        migrations = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY applied_at, name")]
    finally:
        conn.close()
    return {"file_sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "migrations": migrations,
            "tables": tables}


def settle(src: Path, dest: Path) -> None:
    """Copy a closed install's database into one self-contained file (no -wal beside it)."""
    conn = sqlite3.connect(src)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(src.read_bytes())


def build(work: Path) -> tuple[Path, Path, dict]:
    os.environ["RENTAN_PASSPHRASE"] = PASSPHRASE
    os.environ["RENTAN_SCRYPT_LOG_N"] = "8"
    os.environ["RENTAN_LANGUAGE"] = "en"
    from rentan_desktop import __version__
    from rentan_desktop.payments import service as pay
    from rentan_desktop.payments.demo import generate_payments
    from rentan_desktop.roster import demo
    from rentan_desktop.roster import service as roster
    from rentan_desktop.sync import export, importer
    from tests.sync_support import DISNAKER, OPD, add_opd_row, connect, install

    stick = work / "stick"
    stick.mkdir()
    opd = install(work / "opd", **OPD)
    dis = install(work / "disnaker", **DISNAKER)
    add_opd_row(dis, "1.02", "Dinas Kesehatan")  # a registered OPD that never sent anything
    connect(opd, dis, stick)
    demo.generate(opd.db, sponsors=24, workers=40, seed=7, operator="Siti Rahma")
    generate_payments(opd.db, seed=7, months=6, operator="Siti Rahma")

    # A correction, an ended worker and an edited sponsor: the kinds of history a year leaves.
    first_pay = opd.db.execute("SELECT uid FROM payments WHERE kind = 'payment' ORDER BY id LIMIT 1").fetchone()[0]
    pay.reverse_payment(opd.db, "Siti Rahma", first_pay, "Salah bulan")
    ended = opd.db.execute("SELECT uid FROM workers WHERE status = 'active' ORDER BY id LIMIT 1").fetchone()[0]
    roster.end_worker(opd.db, "Siti Rahma", ended, "2026-09-30", "Pindah domisili")
    sponsor_uid = opd.db.execute("SELECT uid FROM sponsors ORDER BY id LIMIT 1").fetchone()[0]
    sponsor = roster.get_sponsor(opd.db, sponsor_uid)
    roster.save_sponsor(opd.db, "Siti Rahma", {**sponsor, "phone": "081234567890"}, uid=sponsor_uid)

    # OPD -> Disnaker, Disnaker answers (KPJ) and acknowledges, OPD applies the answer.
    up = export.export_bundle(opd.db, opd.data_dir, stick, operator="Siti Rahma").path
    importer.apply(dis.db, dis.data_dir, up, "Rudi Hartono")
    kpj_uid = dis.db.execute("SELECT uid FROM workers WHERE status != 'ended' ORDER BY id LIMIT 1").fetchone()[0]
    roster.set_worker_status(dis.db, "Rudi Hartono", kpj_uid, "active",
                             extra={"kpj": "12345678901", "bpjs_status": "accepted"})
    down = export.export_bundle(dis.db, dis.data_dir, stick, peer="1.01", operator="Rudi Hartono").path
    importer.apply(opd.db, opd.data_dir, down, "Siti Rahma")

    # One edit after the acknowledgement: pending in the change sequence, not yet sent.
    worker = roster.get_worker(opd.db, kpj_uid)
    roster.save_worker(opd.db, "Siti Rahma", {**worker, "phone": "081298765432"}, uid=kpj_uid)

    opd_path, dis_path = opd.db_path, dis.db_path
    opd.close()
    dis.close()
    return opd_path, dis_path, {"app_version": __version__}


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else ROOT / "tests" / "fixtures" / "v0_1_0")
    with tempfile.TemporaryDirectory() as tmp:
        opd_path, dis_path, meta = build(Path(tmp))
        expected = {"app_version": meta["app_version"], "passphrase": PASSPHRASE, "installs": {}}
        for name, src in (("opd", opd_path), ("disnaker", dis_path)):
            dest = out / f"{name}.sqlite3"
            settle(src, dest)
            expected["installs"][name] = describe(dest)
    (out / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    for name in ("opd", "disnaker"):
        print(name, (out / f"{name}.sqlite3").stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
