"""Importing 200,000 workers from .xlsx on the user's paths, beside python-calamine reading the file alone.

    nice .venv/bin/python bench/bench_import.py [--workers 200000] [--runs 3] [--file workers.xlsx] [--keep DIR]
                                                [--no-terminal]

Figures are wall-clock seconds (what the user waits) and, below them, CPU seconds of the same
runs (what the work costs, less moved by the machine's other processes). --runs 1 gives one
run of each (for the 200,000-row figure on a shared machine); the default 3 a median and range.
Writes a synthetic workers workbook (18 columns, XlsxWriter constant_memory) unless --file is
given and an empty OPD install, then measures each figure --runs times (median and range, via
bench/common.py), each run in its own process so its peak memory (ru_maxrss) is its own, and
every storing run on a fresh copy of the empty install:
- the floor: python-calamine opening the sheet and iterating every row, nothing else;
- the plain write: the checked workers inserted by one executemany (per-row triggers, indexes);
- the bare write, the import's floor: the same executemany with the insert triggers and the
  indexes dropped, the indexes built after the rows, committed; each stage timed, and printed
  beside the same stage of the wizard's import (rows inserted, indexes built, the triggers'
  work set-based, commit, the rest in Python);
- LibreOffice converting the workbook to CSV (when `soffice` is on the PATH; else said absent);
- the GUI wizard: its preview of the file (importer.preview), its check of every row (run_import
  dry_run=True, keep_checked=True, as the check page calls it) and the import (run_import, as
  the result page calls it), each timed and the three together;
- the terminal: `rentan import workers FILE --dry-run`, and `rentan import workers FILE`
  (rentan_desktop.cli.main, the install unlocked before the clock starts).
Targets: the whole import within 2x calamine's time, and its peak memory under 500 MB.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Figure, load_note, row  # noqa: E402

HEADERS = ["NO", "NIK", "NAMA", "TEMPAT LAHIR", "TANGGAL LAHIR", "L/P", "NAMA IBU KANDUNG", "NO HP", "ALAMAT", "RT",
           "RW", "KELURAHAN", "KECAMATAN", "KABUPATEN/KOTA", "PEKERJAAN", "AHLI WARIS", "HUBUNGAN AHLI WARIS",
           "BULAN MULAI"]
PASSPHRASE = "bench passphrase"  # installs are encrypted (issue 14)


# Peak memory of the work measured: Linux's high-water mark, reset once the install is unlocked
# (the unlock's scrypt, and the parent's memory a forked child starts with, are not the import's).
PEAK = """
import time
def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass

def peak_mb():
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

CALAMINE = PEAK + """
import sys, time
reset_peak()
t, cpu = time.perf_counter(), time.process_time()
from python_calamine import CalamineWorkbook
book = CalamineWorkbook.from_path(sys.argv[1])
rows = sum(1 for _ in book.get_sheet_by_index(0).iter_rows())
print({"seconds": time.perf_counter() - t, "cpu": time.process_time() - cpu, "peak_mb": peak_mb(), "rows": rows})
"""

# The import's statements by stage (wall and CPU seconds): what each costs beside its floor in the bare write.
STAGES = """
import time

def stage(sql):
    if sql.startswith("CREATE") and " INDEX " in sql:
        return "indexes"
    if sql.startswith(("DROP", "CREATE TRIGGER", "INSERT INTO worker_counts", "INSERT OR IGNORE INTO workers_name",
                       "INSERT INTO report_worker_groups")):
        return "triggers"
    if sql.startswith("INSERT INTO workers("):
        return "rows"
    if sql.startswith("COMMIT"):
        return "commit"
    return "other_sql"

class StageTimer:
    def __init__(self, conn):
        self.conn, self.spent = conn, {}

    def __getattr__(self, name):
        return getattr(self.conn, name)

    def _timed(self, call, sql, *args):
        t, c = time.perf_counter(), time.process_time()
        try:
            return call(sql, *args)
        finally:
            key = stage(sql.lstrip())
            self.spent[key] = self.spent.get(key, 0.0) + time.perf_counter() - t
            self.spent[key + "_cpu"] = self.spent.get(key + "_cpu", 0.0) + time.process_time() - c

    def execute(self, sql, *args):
        return self._timed(self.conn.execute, sql, *args)

    def executemany(self, sql, *args):
        return self._timed(self.conn.executemany, sql, *args)
"""

# The wizard's three steps, called as ui/roster/import_wizard.py calls them.
WIZARD = PEAK + STAGES + """
import sys, time
from rentan_desktop.context import AppContext
from rentan_desktop.roster import importer
ctx = AppContext.open(sys.argv[1])
db = ctx.db  # unlocked before the clock starts
reset_peak()
times = {}
cpu = c = time.process_time()
t0 = t = time.perf_counter()
pv = importer.preview(sys.argv[2], "workers")
times["preview"], times["preview_cpu"] = time.perf_counter() - t, time.process_time() - c
t, c = time.perf_counter(), time.process_time()
dry = importer.run_import(db, pv.path, "workers", operator="Bench", mapping=dict(pv.mapping),
                          header_row=pv.header_row, dry_run=True, keep_checked=True)
times["check"], times["check_cpu"] = time.perf_counter() - t, time.process_time() - c
t, c = time.perf_counter(), time.process_time()
db.conn, conn = StageTimer(db.conn), db.conn  # the import's statements, timed by stage
done = importer.run_import(db, pv.path, "workers", operator="Bench", mapping=dict(pv.mapping),
                           header_row=pv.header_row)
times["store"], times["store_cpu"] = time.perf_counter() - t, time.process_time() - c
times["stages"], db.conn = db.conn.spent, conn
times["seconds"] = time.perf_counter() - t0
times["cpu"] = time.process_time() - cpu
stored = db.execute("SELECT count(*) FROM workers").fetchone()[0]
ctx.close()
print({**times, "peak_mb": peak_mb(), "rows": done.new,
       "skipped": done.skipped, "stored": stored, "checked": dry.new})
"""

# The terminal: `rentan import workers FILE [--dry-run]`, its per-row report to /dev/null.
TERMINAL = PEAK + """
import contextlib, os, sys, time
from rentan_desktop.cli import main
from rentan_desktop.context import AppContext
ctx = AppContext.open(sys.argv[1])
ctx.db_key()  # the scrypt unlock is the same for any command: not part of the import's figure
AppContext.open = classmethod(lambda cls, data_dir=None: ctx)  # the command gets the unlocked install
args = ["--data-dir", sys.argv[1], "import", "workers", sys.argv[2]] + (["--dry-run"] if sys.argv[3] == "dry" else [])
with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
    reset_peak()
    t, cpu = time.perf_counter(), time.process_time()
    status = main(args)
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
peak = peak_mb()
stored = ctx.db.execute("SELECT count(*) FROM workers").fetchone()[0]
print({"seconds": seconds, "cpu": cpu, "peak_mb": peak,
       "status": status, "stored": stored})
"""


# The plain write: the same workers, already checked, inserted by one executemany in one
# transaction into the install's workers table with its indexes and triggers (SQLCipher), and
# committed, row by row as the triggers and indexes see it. The import writes faster than this
# (store/bulk_insert.py: the triggers' work set-based, an empty table's indexes built once after).
# With "bare" (argv 4): the insert triggers and every index dropped first, the indexes built after
# the rows and the triggers created again, each stage timed: what the import's own stages cost at least.
INSERT_FLOOR = PEAK + """
import sys, time
sys.path.insert(0, sys.argv[3])
from bench_import import person
from rentan_desktop.context import AppContext
from rentan_desktop.roster.store_rows import ordered_uids
from rentan_desktop.roster.validate import WORKER_FIELDS
ctx = AppContext.open(sys.argv[1])
db = ctx.db
opd = db.execute("SELECT id FROM opds LIMIT 1").fetchone()[0]
names = (*WORKER_FIELDS, "uid", "opd_id", "status", "created_at", "updated_at", "rev")
uids, stamp = ordered_uids(), "2026-12-02 03:00:00"
def record(p):
    d, m, y = p[4].split("/")
    values = {"nik": p[1], "name": p[2], "birth_place": p[3], "birth_date": f"{y}-{m}-{d}", "gender": p[5],
              "mother_name": p[6], "phone": "+62" + p[7][1:], "street": p[8], "rt": p[9], "rw": p[10],
              "village": p[11], "district": p[12], "regency": p[13], "occupation": p[14], "declared_income": 1000000,
              "jht": 0, "heir_name": p[15], "heir_relationship": "spouse", "start_month": p[17]}
    return (*map(values.get, WORKER_FIELDS), next(uids), opd, "draft", stamp, stamp, 1)
rows = [record(person(i)) for i in range(1, int(sys.argv[2]) + 1)]
sql = f"INSERT INTO workers({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
bare = sys.argv[4] == "bare"
reset_peak()
stages = {}
t, cpu = time.perf_counter(), time.process_time()
db.execute("BEGIN")
if bare:  # nothing runs per row but the table and its uid key: the floor of each stage of the import
    found = db.execute("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'workers' AND sql IS NOT NULL "
                       "AND (type = 'index' OR type = 'trigger' AND sql LIKE '%AFTER INSERT%')").fetchall()
    for kind, name, _ in found:
        db.execute(f"DROP {kind.upper()} {name}")
def timed(key, s, c):
    stages[key], stages[key + "_cpu"] = time.perf_counter() - s, time.process_time() - c
s, c = time.perf_counter(), time.process_time()
for start in range(0, len(rows), 2000):
    db.conn.executemany(sql, rows[start:start + 2000])
timed("rows", s, c)
if bare:
    s, c = time.perf_counter(), time.process_time()
    for kind, _, text in found:
        if kind == "index":
            db.execute(text)
    timed("indexes", s, c)
    for kind, _, text in found:
        if kind == "trigger":
            db.execute(text)
s, c = time.perf_counter(), time.process_time()
db.execute("COMMIT")
timed("commit", s, c)
seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
stored = db.execute("SELECT count(*) FROM workers").fetchone()[0]
ctx.close()
print({"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb(), "stored": stored, "stages": stages})
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
    """An empty OPD install (made once; every storing run works on a copy)."""
    if not folder.exists():
        from rentan_desktop.cli import main as rentan

        rentan(["--data-dir", str(folder), "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
                "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Bench"])
    return folder


def fresh(pristine: Path, work: Path) -> Path:
    target = work / "run"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(pristine, target)
    return target


def child(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"benchmark step failed:\n{out.stderr[-3000:]}")
    return eval(out.stdout.strip().splitlines()[-1])  # noqa: S307 - our own child's dict literal


def libreoffice(path: Path, work: Path) -> dict | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    profile = work / "lo-profile"  # its own profile: no first-start dialogs, no lock with a running office
    t = time.perf_counter()
    proc = subprocess.Popen([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "csv",
                             "--outdir", str(work / "lo-out"), str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return {"seconds": time.perf_counter() - t, "cpu": usage.ru_utime + usage.ru_stime,
            "peak_mb": usage.ru_maxrss / 1024, "status": status}


def runs(results: list[dict], key: str = "seconds") -> Figure:
    return Figure(tuple(r[key] for r in results))


def peak(results: list[dict]) -> float:
    return max(r["peak_mb"] for r in results)


def verdict(app: Figure, floor: Figure, peak_mb: float) -> str:
    ratio = app.median / floor.median
    ok = ratio <= 2 and peak_mb < 500
    return f"peak {peak_mb:4.0f} MB  target <= 2x, < 500 MB -> {'ok' if ok else 'ABOVE TARGET'}"


def print_stages(wizard: list[dict], bare: list[dict], cpu: bool = False) -> None:
    """The import's own stages, each beside the same stage of the bare write (`cpu`: CPU seconds)."""
    tail = "_cpu" if cpu else ""

    def stage(results: list[dict], key: str) -> Figure:
        return Figure(tuple(r["stages"].get(key + tail, 0.0) for r in results))

    total = "store_cpu" if cpu else "store"
    rest = Figure(tuple(r[total] - sum(v for k, v in r["stages"].items() if k.endswith("_cpu") == cpu)
                        for r in wizard))
    print(f"  the import's stages, beside the bare write's ({'CPU' if cpu else 'wall'} seconds):")
    row("    rows inserted (executemany; uid key, no other index)", stage(wizard, "rows"), stage(bare, "rows"))
    row("    indexes built after the rows", stage(wizard, "indexes"), stage(bare, "indexes"))
    row("    insert triggers' work, set-based (counts, reports, search)", stage(wizard, "triggers"))
    row("    commit (encrypted pages to the WAL, checkpoint)", stage(wizard, "commit"), stage(bare, "commit"))
    row("    other statements (rev, audit entry, look-ups)", stage(wizard, "other_sql"))
    row("    Python: checked rows unpickled, uids, report", rest)


def main() -> int:
    os.environ.setdefault("RENTAN_PASSPHRASE", PASSPHRASE)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3,
                        help="runs of each figure (median and range); 1 for a single run of a long measure")
    parser.add_argument("--file", type=Path, help="an existing workers workbook (default: write one)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--csv-rows", type=int, default=0, help="also dry-run a CSV of this many workers")
    parser.add_argument("--no-terminal", action="store_true",
                        help="leave out the terminal's two figures (a shorter 200,000-row run on a busy machine)")
    args = parser.parse_args()
    count = max(args.runs, 1)
    work = args.keep or Path(tempfile.mkdtemp(prefix="rentan-bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    path = args.file or work / "workers.xlsx"
    if not path.exists():
        t = time.perf_counter()
        write_workbook(path, args.workers)
        print(f"wrote {path.name}: {args.workers:,} workers, {path.stat().st_size / 2 ** 20:.1f} MB "
              f"in {time.perf_counter() - t:.1f} s")
    pristine = install(work / "install")
    print(load_note())
    results: dict[str, list] = {"calamine": [], "libreoffice": [], "insert_plain": [], "insert_bare": [],
                                "wizard": [], "cli_dry": [], "cli_store": []}
    for n in range(count):  # interleaved, so the machine's other work spreads over every figure alike
        results["calamine"].append(child(CALAMINE, str(path)))
        office = libreoffice(path, work)
        if office:
            results["libreoffice"].append(office)
        workers = str(results["calamine"][-1]["rows"] - 1)  # as many synthetic workers as the file has rows
        for mode in ("plain", "bare"):
            results[f"insert_{mode}"].append(child(INSERT_FLOOR, str(fresh(pristine, work)), workers,
                                                   str(Path(__file__).resolve().parent), mode))
        results["wizard"].append(child(WIZARD, str(fresh(pristine, work)), str(path)))
        if not args.no_terminal:
            results["cli_dry"].append(child(TERMINAL, str(fresh(pristine, work)), str(path), "dry"))
            results["cli_store"].append(child(TERMINAL, str(fresh(pristine, work)), str(path), "store"))
        # A 200,000-row run takes minutes on a busy machine: each run's seconds as it ends.
        print(f"run {n + 1}/{count}: " + ", ".join(f"{name} {got[-1]['seconds']:.1f} s"
                                                for name, got in results.items() if got), flush=True)
    floor = runs(results["calamine"])
    wizard = results["wizard"]
    print(f"{wizard[0]['stored']:,} workers stored of {wizard[0]['rows'] + wizard[0]['skipped']:,} rows "
          f"({wizard[0]['skipped']} skipped); {count} runs each, median [range]")
    row("python-calamine reading the sheet (floor)", floor, target=f"peak {peak(results['calamine']):4.0f} MB")
    if results["libreoffice"]:
        row("LibreOffice converting it to CSV", runs(results["libreoffice"]), floor,
            f"peak {peak(results['libreoffice']):4.0f} MB")
    else:
        print("LibreOffice converting it to CSV: absent (no soffice on the PATH)")
    row("inserting them alone (executemany, per-row triggers, indexes)", runs(results["insert_plain"]), floor,
        "the plain write (the import does the triggers' work set-based)")
    bare = runs(results["insert_bare"])
    row("inserting them bare (executemany, indexes after, commit)", bare, floor, "the floor of the import")
    row("wizard: preview of the file", runs(wizard, "preview"), floor)
    row("wizard: check of every row (dry run)", runs(wizard, "check"), floor)
    row("wizard: import (the checked rows stored)", runs(wizard, "store"), bare, "beside the bare write")
    print_stages(wizard, results["insert_bare"])
    row("wizard: preview + check + import", runs(wizard), floor, verdict(runs(wizard), floor, peak(wizard)))
    if results["cli_dry"]:
        row("terminal: rentan import workers --dry-run", runs(results["cli_dry"]), floor,
            verdict(runs(results["cli_dry"]), floor, peak(results["cli_dry"])))
        row("terminal: rentan import workers (stored)", runs(results["cli_store"]), floor,
            verdict(runs(results["cli_store"]), floor, peak(results["cli_store"])))
    # CPU seconds: what the work itself costs, less moved by other processes than the clock.
    cpu_floor = runs(results["calamine"], "cpu")
    print("CPU seconds (the process's own work), same runs:")
    row("  python-calamine reading the sheet (floor)", cpu_floor)
    if results["libreoffice"]:
        row("  LibreOffice converting it to CSV", runs(results["libreoffice"], "cpu"), cpu_floor)
    row("  inserting them alone (the plain write)", runs(results["insert_plain"], "cpu"), cpu_floor)
    row("  inserting them bare (the import's floor)", runs(results["insert_bare"], "cpu"), cpu_floor)
    row("  wizard: preview of the file", runs(wizard, "preview_cpu"), cpu_floor)
    row("  wizard: check of every row (dry run)", runs(wizard, "check_cpu"), cpu_floor)
    row("  wizard: import (the checked rows stored)", runs(wizard, "store_cpu"), runs(results["insert_bare"], "cpu"),
        "beside the bare write")
    print_stages(wizard, results["insert_bare"], cpu=True)
    row("  wizard: preview + check + import", runs(wizard, "cpu"), cpu_floor)
    if results["cli_dry"]:
        row("  terminal: rentan import workers --dry-run", runs(results["cli_dry"], "cpu"), cpu_floor)
        row("  terminal: rentan import workers (stored)", runs(results["cli_store"], "cpu"), cpu_floor)
    if args.csv_rows:
        big = work / "workers.csv"
        if not big.exists():
            write_csv(big, args.csv_rows)
        got = child(TERMINAL, str(fresh(pristine, work)), str(big), "dry")
        results["csv_dry"] = [got]
        print(f"CSV dry run: {args.csv_rows:,} rows ({big.stat().st_size / 2 ** 20:.0f} MB) in "
              f"{got['seconds']:.1f} s, peak {got['peak_mb']:.0f} MB (target < 500, not growing with the file)")
    print(json.dumps(results))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
