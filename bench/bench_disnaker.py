"""Disnaker workspace at scale, each figure beside its raw floor.

    .venv/bin/python bench/bench_disnaker.py [--workers 200000] [--opds 40] [--data-dir DIR]

Builds a Disnaker install with `rentan init` and `rentan demo` (payments and a few cross-OPD
duplicates come from the demo hooks) in a temporary folder, then times:
- the duplicate queue (find_cases) next to the bare GROUP BY nik query;
- registration readiness next to the bare SELECT of unregistered workers with sponsor and OPD;
- writing the registration file and marking the workers, next to xlsxwriter writing the same
  rows with no checks;
- importing the branch's result for every exported worker (check + apply in one transaction)
  next to a bare executemany UPDATE of the same rows;
- the month's payment list (build, .xlsx, PDF) next to the bare GROUP BY over payments;
- a consolidated roster search (OPD + name prefix) next to the bare id query.
"""

from __future__ import annotations

import argparse
import csv
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import xlsxwriter

from rentan_desktop.cli import main as rentan
from rentan_desktop.context import AppContext
from rentan_desktop.disnaker import bpjs_export, bpjs_import, consolidated, duplicates, payment_list
from rentan_desktop.store import cipher, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import load_note, repeat  # noqa: E402
from common import row as line  # noqa: E402

RUNS = 3


def timed(fn, write_db=None):
    """(last result, Figure of >= 3 runs); writes to `write_db` are rolled back but for the last run."""
    return repeat(fn, RUNS, rollback=write_db)


def build(folder: Path, workers: int, opds: int) -> None:
    from rentan_desktop import paths

    if paths.db_path(folder).exists():
        return
    t = time.perf_counter()
    rentan(["--data-dir", str(folder), "init", "--role", "disnaker", "--pemda", "Kota Palangka Raya",
            "--operator", "Bench", "--training"])
    rentan(["--data-dir", str(folder), "demo", "--opds", str(opds), "--sponsors", str(int(workers * 0.8)),
            "--workers", str(workers)])
    print(f"built install: {workers:,} workers in {opds} OPD in {time.perf_counter() - t:.1f} s")


def main() -> None:
    os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")  # installs are encrypted (issue 14)
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--opds", type=int, default=40)
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    folder = Path(args.data_dir or tmp.name)
    build(folder, args.workers, args.opds)
    ctx = AppContext.open(folder)
    settings.put(ctx.db, "language", "en")
    db = ctx.db
    raw = cipher.open_connection(ctx.db_path, ctx.db_key())
    out = Path(tmp.name) / "out"
    out.mkdir(exist_ok=True)

    print(f"disnaker at {db.execute('SELECT count(*) FROM workers').fetchone()[0]:,} workers "
          f"(median [range] of {RUNS} runs; {load_note()})")
    cases, ours = timed(lambda: duplicates.find_cases(db))
    _, floor = timed(lambda: raw.execute("SELECT nik FROM workers WHERE status != 'ended' GROUP BY nik "
                                         "HAVING count(*) > 1").fetchall())
    line("duplicate queue (find_cases)", ours, floor, f"{len(cases)} cases")

    ready, ours = timed(lambda: bpjs_export.readiness(db))
    sql = ("SELECT w.*, o.code, o.name, s.name, s.nip FROM workers w JOIN opds o ON o.id = w.opd_id "
           "LEFT JOIN sponsors s ON s.id = w.sponsor_id WHERE w.status != 'ended' AND w.kpj IS NULL "
           "AND w.bpjs_status IS NULL")
    rows, floor = timed(lambda: raw.execute(sql).fetchall())
    line("registration readiness", ours, floor, f"{len(ready.ready):,} ready")

    def bare_xlsx() -> None:
        wb = xlsxwriter.Workbook(str(out / "bare.xlsx"))
        ws = wb.add_worksheet()
        for i, r in enumerate(rows):
            for j, v in enumerate(r[:25]):
                ws.write(i, j, v)
        wb.close()

    _, floor = timed(bare_xlsx)
    result, ours = timed(lambda: bpjs_export.export_registration(db, "bench", out / "reg.xlsx"), db)
    line("registration file (.xlsx) + mark submitted", ours, floor, f"{result.count:,} workers")

    exported = db.execute("SELECT nik FROM workers WHERE bpjs_status = 'submitted' AND submitted_on = ?",
                          [result.submitted_on]).fetchall()
    answer = out / "hasil.csv"
    with answer.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["NIK", "No KPJ", "Tanggal Kepesertaan", "Status", "Keterangan"])
        for i, (nik,) in enumerate(exported):
            if i % 10 == 3:
                w.writerow([nik, "", "", "Ditolak", "Data tidak lengkap"])
            else:
                w.writerow([nik, f"{30_000_000_000 + i}", "01/12/2026", "Diterima", ""])
    report, ours = timed(lambda: bpjs_import.import_result(db, "bench", answer), db)
    copy = sqlite3.connect(":memory:")
    copy.execute("CREATE TABLE w (nik TEXT PRIMARY KEY, kpj TEXT, bpjs_status TEXT)")
    copy.executemany("INSERT INTO w(nik) VALUES (?)", exported)

    def bare_update() -> None:
        with open(answer, encoding="utf-8") as f:
            data = list(csv.reader(f))[1:]
        copy.executemany("UPDATE w SET kpj = ?, bpjs_status = 'accepted' WHERE nik = ?", [(r[1], r[0]) for r in data])
        copy.rollback()

    _, floor = timed(bare_update)
    line("result import (check + apply)", ours, floor, f"{report.accepted:,} accepted, {report.rejected:,} rejected")

    month = raw.execute("SELECT month FROM payments GROUP BY month ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    plist, ours = timed(lambda: payment_list.build(db, month))
    _, floor = timed(lambda: raw.execute(
        "SELECT opd_id, worker_id, sum(amount) FROM payments WHERE month = ? GROUP BY opd_id, worker_id",
        [month]).fetchall())
    line(f"payment list {month} (build)", ours, floor, f"{plist.count:,} workers")
    cells = [(line.kpj or "", line.nik, line.name, line.sponsor_name or "", line.jkk, line.jkm, line.jht, line.amount)
             for g in plist.groups for line in g.lines]

    def bare_list_xlsx() -> None:
        wb = xlsxwriter.Workbook(str(out / "bare-list.xlsx"))
        ws = wb.add_worksheet()
        for i, r in enumerate(cells):
            for j, v in enumerate(r):
                ws.write(i, j, v)
        wb.close()

    def bare_list_pdf() -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfgen.canvas import Canvas

        c = Canvas(str(out / "bare-list.pdf"), pagesize=landscape(A4), pageCompression=1)
        c.setFont("Helvetica", 8.5)
        y = 560
        for r in cells:
            for j, v in enumerate(r):
                c.drawString(40 + j * 95, y, str(v))
            y -= 13
            if y < 40:
                c.showPage()
                c.setFont("Helvetica", 8.5)
                y = 560
        c.save()

    _, floor = timed(bare_list_xlsx)
    _, ours = timed(lambda: payment_list.write_xlsx(plist, out / "list.xlsx"))
    line("payment list .xlsx", ours, floor, "(floor: bare xlsxwriter, same cells)")
    _, floor = timed(bare_list_pdf)
    _, ours = timed(lambda: payment_list.write_pdf(db, plist, out / "list.pdf"))
    line("payment list PDF", ours, floor, "(floor: bare canvas drawString, same cells)")

    opd_id = raw.execute("SELECT id FROM opds ORDER BY code LIMIT 1").fetchone()[0]
    flt = consolidated.Filter(search="Agus", opd_id=opd_id, status="current")
    ids, ours = timed(lambda: consolidated.worker_ids(db, flt))
    _, floor = timed(lambda: raw.execute(
        "SELECT id FROM workers WHERE name >= 'Agus' COLLATE NOCASE AND name < 'Agut' COLLATE NOCASE "
        "AND opd_id = ? AND status != 'ended' ORDER BY name COLLATE NOCASE, id", [opd_id]).fetchall())
    line("consolidated roster search (OPD + name)", ours, floor, f"{len(ids):,} rows")
    ids, ours = timed(lambda: consolidated.worker_ids(db, consolidated.Filter(status="current")))
    _, floor = timed(lambda: raw.execute("SELECT id FROM workers WHERE status != 'ended' "
                                         "ORDER BY name COLLATE NOCASE, id").fetchall())
    line("consolidated roster, all OPDs", ours, floor, f"{len(ids):,} rows")
    ctx.close()


if __name__ == "__main__":
    main()
