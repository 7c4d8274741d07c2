"""Importing 200,000 workers from .xlsx, beside python-calamine reading the same file alone.

    nice .venv/bin/python bench/bench_import.py [--workers 200000] [--file workers.xlsx] [--keep DIR]

Writes a synthetic workers workbook (18 columns, XlsxWriter constant_memory) unless --file is
given, then runs each step in its own process so its peak memory (ru_maxrss) is its own:
- the floor: python-calamine opening the sheet and iterating every row, nothing else;
- LibreOffice converting the workbook to CSV (only when `soffice` is on the PATH);
- `rentan import workers --dry-run` (guard, read, recognise, convert, validate every row);
- `rentan import workers` (the same, and every row stored with its audit entry in one transaction).
Targets: the import within 2x calamine's time, and its peak memory under 500 MB.
With --csv-rows N it also writes N workers as CSV and prints a dry run's time and peak memory
(rows are streamed: the peak must not grow with the file).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADERS = ["NO", "NIK", "NAMA", "TEMPAT LAHIR", "TANGGAL LAHIR", "L/P", "NAMA IBU KANDUNG", "NO HP", "ALAMAT", "RT",
           "RW", "KELURAHAN", "KECAMATAN", "KABUPATEN/KOTA", "PEKERJAAN", "AHLI WARIS", "HUBUNGAN AHLI WARIS",
           "BULAN MULAI"]

CALAMINE = """
import resource, sys, time
t = time.perf_counter()
from python_calamine import CalamineWorkbook
book = CalamineWorkbook.from_path(sys.argv[1])
rows = sum(1 for _ in book.get_sheet_by_index(0).iter_rows())
print({"seconds": time.perf_counter() - t, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
       "rows": rows})
"""

IMPORT = """
import resource, sys, time
t = time.perf_counter()
from rentan_desktop.context import AppContext
from rentan_desktop.roster import importer
ctx = AppContext.open(sys.argv[1])
report = importer.run_import(ctx.db, sys.argv[2], "workers", operator="Bench", dry_run=sys.argv[3] == "dry")
ctx.close()
print({"seconds": time.perf_counter() - t, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
       "rows": report.new + report.updated + report.unchanged + report.skipped, "skipped": report.skipped})
"""


def person(i: int) -> list:
    day, month, year = 1 + i % 28, 1 + (i // 28) % 12, 70 + (i // 336) % 35  # aged 21 to 56
    nik = f"6271{1 + i % 5:02d}{day:02d}{month:02d}{year % 100:02d}{1 + i // 11760:04d}"
    return [i, nik, f"Pekerja Nomor {i}", "Palangka Raya", f"{day:02d}/{month:02d}/{1900 + year}", "L",
            f"Ibu {i}", f"0812{i:08d}", f"Jl. Kenanga No. {i}", "001", "002", "Langkai", "Pahandut",
            "Kota Palangka Raya", "Petani", f"Waris {i}", "ISTRI", "2026-01"]


def write_csv(path: Path, count: int) -> None:
    import csv

    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(HEADERS)
        for i in range(1, count + 1):
            out.writerow(person(i))


def write_workbook(path: Path, count: int) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False})
    sheet = book.add_worksheet("Pekerja")
    sheet.write_row(0, 0, HEADERS)
    for i in range(1, count + 1):
        sheet.write_row(i, 0, person(i))
    book.close()


def install(folder: Path) -> Path:
    """An empty OPD install (made once)."""
    if not folder.exists():
        from rentan_desktop.cli import main as rentan

        rentan(["--data-dir", str(folder), "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
                "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Bench"])
    return folder


def child(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return eval(out.stdout.strip().splitlines()[-1])  # noqa: S307 - our own child's dict literal


def libreoffice(path: Path, work: Path) -> dict | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    t = time.perf_counter()
    proc = subprocess.Popen([soffice, "--headless", "--convert-to", "csv", "--outdir", str(work), str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return {"seconds": time.perf_counter() - t, "peak_mb": usage.ru_maxrss / 1024, "status": status}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--file", type=Path, help="an existing workers workbook (default: write one)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--csv-rows", type=int, default=0, help="also dry-run a CSV of this many workers")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="rentan-bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    path = args.file or work / "workers.xlsx"
    if not path.exists():
        t = time.perf_counter()
        write_workbook(path, args.workers)
        print(f"wrote {path.name}: {args.workers:,} workers, {path.stat().st_size / 2 ** 20:.1f} MB "
              f"in {time.perf_counter() - t:.1f} s")
    folder = install(work / "install")
    floor = child(CALAMINE, str(path))
    print(f"calamine alone (floor): {floor['rows']:,} rows in {floor['seconds']:.1f} s, peak {floor['peak_mb']:.0f} MB")
    office = libreoffice(path, work)
    if office:
        print(f"LibreOffice to CSV:     {office['seconds']:.1f} s, peak {office['peak_mb']:.0f} MB")
    else:
        print("LibreOffice to CSV:     skipped (no soffice on the PATH)")
    results = {}
    for mode in ("dry", "store"):
        got = child(IMPORT, str(folder), str(path), mode)
        results[mode] = got
        ratio = got["seconds"] / floor["seconds"]
        verdict = "ok" if ratio <= 2 and got["peak_mb"] < 500 else "ABOVE TARGET"
        label = "import --dry-run" if mode == "dry" else "import (stored)"
        print(f"{label:<23} {got['rows']:,} rows ({got['skipped']} skipped) in {got['seconds']:.1f} s "
              f"= {ratio:.1f}x calamine (target <= 2x), peak {got['peak_mb']:.0f} MB (target < 500) -> {verdict}")
    if args.csv_rows:
        big = work / "workers.csv"
        if not big.exists():
            write_csv(big, args.csv_rows)
        got = child(IMPORT, str(install(work / "install-csv")), str(big), "dry")
        results["csv_dry"] = got
        print(f"CSV dry run             {got['rows']:,} rows ({big.stat().st_size / 2 ** 20:.0f} MB) in "
              f"{got['seconds']:.1f} s, peak {got['peak_mb']:.0f} MB (target < 500, not growing with the file)")
    print(json.dumps({"calamine": floor, "libreoffice": office, **results}))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
