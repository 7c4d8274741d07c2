"""Province hub at scale: loading city bundles into PostgreSQL beside raw COPY, then every province report.

    .venv/bin/python bench/bench_hub.py [--workers 1000000] [--months 12] [--cities 35] [--dsn DSN]
    .venv/bin/python bench/bench_hub.py --national        # 4,000,000 workers, 48,000,000 payments, 500 Pemda
    .venv/bin/python bench/bench_hub.py --workers 250000 --growth --direct

Without --dsn a throwaway server is started with tools/pg_local.py (Debian's postgresql).
Prints, each beside its floor:
- loading every city from its signed, encrypted bundle(s) through `rentan hub import`'s path
  (sync core: container, signatures, sequence, decrypt, binding; scope check; hub.load: ids,
  presence check, COPY, partitions, report rollups) against the floor; target within 2x. The
  floor is a child process COPYing the same city's rows (ids worked out in Python, the same
  text COPY through psycopg's write_row as the loader) into the same tables, with the same
  indexes and partitions, of a second database: one transaction a city, ANALYZE at the end,
  as the loader; it leaves out what bundles and the hub's rules add (verify, decrypt, parse,
  the presence checks, the rollups). The two take turns city by city, so both meet the same
  machine, and the CPU seconds of each process and its server process are printed too (the
  figure other work on a shared machine moves least). Bundles are written beforehand by a
  child process (untimed, cached), as the cities would have; `--direct` also times hub.load
  alone;
- each province report on the loaded hub; target under 2 s at the default scale;
- database size, the loader's peak memory, and (with --growth) load time at a quarter, a half
  and all of the workers (250,000, 500,000, 1,000,000 by default), to show how it grows.
The generated bundles are kept in --cache between runs (about 450 MB at the default scale; delete
the folder when done).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tools"))

import common  # noqa: E402
import pg_local  # noqa: E402
import psycopg  # noqa: E402

from rentan_desktop.hub import cities, database, load, partitions, rates  # noqa: E402
from rentan_desktop.hub import reports as hub_reports  # noqa: E402
from rentan_desktop.reports.params import ReportParams  # noqa: E402

FIRST_NAMES = ("Siti", "Agus", "Budi", "Dewi", "Rahmat", "Sri", "Eko", "Nur", "Ahmad", "Putri", "Wahyu")
OCCUPATIONS = ("Petani", "Nelayan", "Pedagang", "Ojek", "Buruh", "ART")
STAMP = "2026-01-01T08:00:00"


def months_back(last: str, n: int) -> list[str]:
    year, month = int(last[:4]), int(last[5:7])
    out = []
    for _ in range(n):
        out.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return sorted(out)


def sponsor_nip(n_city: int, i: int) -> str:
    """A distinct, well-formed 18-digit NIP per (city, sponsor): birth date, TMT month, gender and a
    serial, read off the mixed-radix digits of a unique number."""
    import datetime as dt

    k = n_city * 1_000_000 + i
    k, day = divmod(k, 12_000)
    k, year = divmod(k, 30)
    k, month = divmod(k, 12)
    serial, gender = divmod(k, 2)
    born = dt.date(1965, 1, 1) + dt.timedelta(days=day)
    return f"{born:%Y%m%d}{1990 + year:04d}{month + 1:02d}{gender + 1}{serial % 1000:03d}"


def worker_nik(n_city: int, i: int) -> str:
    """A distinct 16-digit NIK per (city, worker): province 62, the city's code, district, birth date, serial."""
    day, serial = divmod(i, 10_000)
    return f"62{n_city // 100 + 1:02d}{n_city % 100:02d}{(day % 28) + 1:02d}{(day // 28) % 12 + 1:02d}90{serial:04d}"


def city_rows(n_city: int, workers: int, months: list[str], rng: random.Random) -> dict[str, load.Rows]:
    """One city's OPDs, sponsors, workers and a year of payments, references as uids."""
    n_opds = 40
    opds = [[str(uuid.UUID(int=rng.getrandbits(128))), f"1.{i:02d}", f"OPD {i}", None, None, None, None,
             200 + i, 1, STAMP, STAMP] for i in range(n_opds)]
    sponsors, worker_rows, payments = [], [], []
    n_sponsors = max(1, workers * 3 // 4)
    for i in range(n_sponsors):
        # A city's thousands of ASN each have their own NIP; one in a hundred holds a second record
        # (moved OPD, still active in both), as the by-person folds of the reports must handle.
        nip = sponsor_nip(n_city, i - 1 if i % 100 == 99 else i)
        level = "head_opd" if i < n_opds else "head_division" if i % 25 == 0 else "staff"
        sponsors.append([str(uuid.UUID(int=rng.getrandbits(128))), "pns", nip, f"{rng.choice(FIRST_NAMES)} {i}",
                         "Staf", level, None, "L", nip[:4] + "-" + nip[4:6] + "-" + nip[6:8], None,
                         "active", None, None, STAMP, STAMP, opds[i % n_opds][0]])
    for i in range(workers):
        uid = str(uuid.UUID(int=rng.getrandbits(128)))
        sponsor = sponsors[i % n_sponsors]
        start = months[0]
        # One worker in a thousand is also sponsored in the previous city (the duplicates report): the
        # NIK of a worker there who keeps their own (i + 1 is never a substituted one).
        nik = worker_nik(n_city - 1, i + 1) if n_city and i % 1000 == 7 else worker_nik(n_city, i)
        worker_rows.append([uid, "Tetangga", nik,
                            f"{rng.choice(FIRST_NAMES)} {i}", "Palangka Raya", "1990-01-01", "P", "Ibu", None,
                            "Jl. 1", "001", "002", "Desa", "Kec", "Kota", rng.choice(OCCUPATIONS), "Pasar",
                            1_000_000, 0, "Ahli", "Anak", start, None, None, None, None, None, "active", None, None,
                            None, None, months[-1], STAMP, STAMP, sponsor[-1], sponsor[0]])
        for m in months:
            payments.append([str(uuid.UUID(int=rng.getrandbits(128))), m, 16_800, 10_000, 6_800, 0, "tpp", None,
                             f"{m}-10", "payment", None, None, None, None, "bench", STAMP,
                             sponsor[-1], uid, sponsor[0]])
    return {
        "opds": load.Rows(["uid", *load.OPD_COLUMNS], opds),
        "sponsors": load.Rows(["uid", *load.SPONSOR_COLUMNS, "opd_uid"], sponsors),
        "workers": load.Rows(["uid", *load.WORKER_COLUMNS, "opd_uid", "sponsor_uid"], worker_rows),
        "payments": load.Rows(["uid", "month", *load.PAYMENT_COLUMNS, "opd_uid", "worker_uid", "sponsor_uid"],
                              payments),
    }


def raw_copy(conn: psycopg.Connection, pemda_id: int, tables: dict[str, load.Rows], next_ids: dict[str, int]) -> None:
    """The floor: the same rows COPYed straight into the tables, ids worked out in Python."""
    ids: dict[str, dict[str, int]] = {"opds": {}, "sponsors": {}, "workers": {}}
    specs = [("opds", load.OPD_COLUMNS, ()), ("sponsors", load.SPONSOR_COLUMNS, (("opd_id", "opds"),)),
             ("workers", load.WORKER_COLUMNS, (("opd_id", "opds"), ("sponsor_id", "sponsors")))]
    for table, columns, refs in specs:
        rows = tables[table].rows
        n = len(columns)
        cols = ", ".join(("id", "uid", "pemda_id", *(r[0] for r in refs), *columns))
        out = []
        for row in rows:
            new_id = next_ids[table]
            next_ids[table] += 1
            ids[table][row[0]] = new_id
            ref_values = [ids[t][row[1 + n + k]] for k, (_c, t) in enumerate(refs)]
            out.append((new_id, row[0], pemda_id, *ref_values, *row[1:1 + n]))
        load.copy_rows(conn, f"COPY hub.{table} ({cols}) FROM STDIN", out)
    partitions.ensure_months(conn, {r[1] for r in tables["payments"].rows})
    cols = "uid, month, pemda_id, opd_id, worker_id, sponsor_id, " + ", ".join(load.PAYMENT_COLUMNS)
    load.copy_rows(conn, f"COPY hub.payments ({cols}) FROM STDIN", (
        (row[0], row[1], pemda_id, ids["opds"][row[-3]], ids["workers"][row[-2]], ids["sponsors"][row[-1]],
         *row[2:-3]) for row in tables["payments"].rows))


def fresh_database(admin_dsn: str, name: str) -> str:
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    return admin_dsn.replace("dbname=postgres", f"dbname={name}")


def drop_database(admin_dsn: str, name: str) -> None:
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def run_load(dsn: str, workers: int, n_cities: int, months: list[str], raw: bool,
             marks: list[float] | None = None) -> tuple[float, int]:
    """Seconds spent writing (generation excluded), and the database size in bytes; `marks` gets
    the seconds spent so far after each city."""
    per_city = max(1, workers // n_cities)
    spent = 0.0
    next_ids = {"opds": 1, "sponsors": 1, "workers": 1}
    with database.connect(dsn) as conn:
        database.migrate(conn)
        with conn.transaction():
            rates.seed_default(conn)
        for n in range(n_cities):
            tables = city_rows(n, per_city, months, random.Random(n))
            start = time.perf_counter()
            with conn.transaction():
                pemda = cities.register(conn, f"city-{n}", f"Kota {n:03d}")
                if raw:
                    raw_copy(conn, pemda, tables, next_ids)
                else:
                    load.load_city(conn, pemda, tables)
                    conn.execute("INSERT INTO hub.hub_imports (pemda_id, seq, bundle_sha256, created_at, "
                                 "rows_applied) VALUES (%s, 1, %s, %s, 0)", [pemda, f"sha-{n}", STAMP])
            spent += time.perf_counter() - start
            if marks is not None:
                marks.append(spent)
            del tables
        start = time.perf_counter()
        conn.execute("ANALYZE")
        spent += time.perf_counter() - start
        size = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    return spent, size


def _bundle_cache(cache: Path, workers: int, n_cities: int, months: list[str]) -> tuple[Path, Path]:
    """The keystore and bundles of this scale, written once by a child process and kept in `cache`
    (the input the cities would send; writing it is untimed). A change to the generator or to the
    bundle writer makes a new entry."""
    import hashlib
    import inspect
    import multiprocessing

    import hub_bundles  # noqa: E402

    version = hashlib.sha256("".join(inspect.getsource(f) for f in (hub_bundles, city_rows, sponsor_nip, worker_nik))
                             .encode()).hexdigest()
    entry = cache / f"{workers}-{n_cities}-{months[0]}-{months[-1]}-{version[:12]}"
    home, out = entry / "keys", entry / "bundles"
    if not (entry / "complete").exists():
        shutil.rmtree(entry, ignore_errors=True)
        entry.mkdir(parents=True)
        child = multiprocessing.get_context("fork").Process(
            target=hub_bundles.write_city_bundles,
            args=(home, out, n_cities, max(1, workers // n_cities), months, city_rows))
        child.start()
        child.join()
        if child.exitcode != 0:
            raise SystemExit("writing the city bundles failed")
        (entry / "complete").write_text("written\n")
    return home, out


def _city_of(path: Path) -> str:
    return path.name.rsplit("-", 1)[0]


def print_growth_within(workers: int, n_cities: int, loaded: list[float], floor: list[float]) -> None:
    """Time to load the first quarter, half and all of the cities into the growing database."""
    print("  growth within this load (the database filling up), bundles / raw COPY:")
    for part in (4, 2, 1):
        k = -(-n_cities // part)
        if k > len(loaded) or k > len(floor):
            continue
        print(f"    first {k:>3} cities ({k * (workers // n_cities):>9,} workers): {loaded[k - 1]:7.1f} s / "
              f"{floor[k - 1]:7.1f} s (x{loaded[k - 1] / loaded[-(-n_cities // 4) - 1]:.2f} / "
              f"x{floor[k - 1] / floor[-(-n_cities // 4) - 1]:.2f})")


def cpu_seconds(conn: psycopg.Connection | None = None) -> float:
    """CPU seconds so far of this process, or of the connection's server process when it runs on
    this machine (0.0 when it cannot be read: a remote server)."""
    if conn is None:
        t = os.times()
        return t.user + t.system
    try:
        pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


class Spent:
    """Wall seconds, and CPU seconds of the client process and of its server process."""

    def __init__(self) -> None:
        self.wall = self.client = self.server = 0.0

    def timed(self, conn: psycopg.Connection, fn) -> None:
        start = (time.perf_counter(), cpu_seconds(), cpu_seconds(conn))
        fn()
        self.wall += time.perf_counter() - start[0]
        self.client += cpu_seconds() - start[1]
        self.server += cpu_seconds(conn) - start[2]

    @property
    def cpu(self) -> float:
        return self.client + self.server

    def as_tuple(self) -> tuple[float, float, float]:
        return self.wall, self.client, self.server


def _floor_child(pipe, dsn: str, per_city: int, months: list[str]) -> None:
    """The floor, in a child process: on "prepare" it generates a city's rows (untimed), on "copy"
    it COPYs them straight into the tables (timed: wall, its CPU, its server's CPU), on "analyze"
    it runs the closing ANALYZE. Apart so the loader's peak memory is the loader's alone."""
    next_ids = {"opds": 1, "sponsors": 1, "workers": 1}
    spent = Spent()
    city, tables = 0, {}
    with database.connect(dsn) as conn:
        database.migrate(conn)
        with conn.transaction():
            rates.seed_default(conn)
        while (message := pipe.recv()) is not None:
            verb, n = message
            if verb == "prepare":
                city, tables = n, city_rows(n, per_city, months, random.Random(n))
            elif verb == "copy":
                def copy(n: int = city, rows: dict = tables) -> None:
                    with conn.transaction():
                        raw_copy(conn, cities.register(conn, f"city-{n}", f"Kota {n:03d}"), rows, next_ids)
                spent.timed(conn, copy)
                tables = {}
            else:
                spent.timed(conn, lambda: conn.execute("ANALYZE"))
            pipe.send(spent.as_tuple())


def load_from_bundles(admin: str, workers: int, n_cities: int, months: list[str], work: Path, cache: Path) -> dict:
    """City bundles (cached, see _bundle_cache) imported through the hub's real path (sync core
    check, decrypt, binding, scope, hub.load), city by city in turn with the floor: the same city's
    rows COPYed straight into the same tables of a second database by a child process. Turn by
    turn, both meet the same machine (on a shared machine, other work comes and goes in minutes).
    Returns seconds and CPU seconds of both, sizes, bundle bytes, the loader's peak memory."""
    import multiprocessing

    from rentan_desktop.hub import intake, keystore

    cached_home, out = _bundle_cache(cache, workers, n_cities, months)
    home = work / f"keys-{workers}"  # a fresh copy: the import records each city's link in it
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(cached_home, home)
    dsn = fresh_database(admin, f"bench_hub_{workers}")
    floor_dsn = fresh_database(admin, "bench_floor")
    files = sorted(out.iterdir(), key=lambda p: (p.name.rsplit("-", 1)[0], p.name))
    by_city: dict[str, list[Path]] = {}
    for path in files:
        by_city.setdefault(_city_of(path), []).append(path)
    ours, theirs = multiprocessing.get_context("fork").Pipe()
    child = multiprocessing.get_context("fork").Process(
        target=_floor_child, args=(theirs, floor_dsn, max(1, workers // n_cities), months))
    child.start()
    marks: list[tuple[float, float]] = []  # (load, floor) wall seconds so far after each city
    floor: tuple[float, float, float] = (0.0, 0.0, 0.0)
    try:
        with database.connect(dsn) as conn:
            database.migrate(conn)
            with conn.transaction():
                rates.seed_default(conn)
            ks = keystore.open_keystore(home)
            spent = Spent()
            identities = intake.unlock_once(ks, home, None)  # as `rentan hub import FOLDER` does

            def import_city(paths: list[Path]) -> None:
                for path in paths:
                    result = intake.import_bundle(conn, ks, home, path, identities=identities)
                    assert result.status == "applied", result.text()

            spent.timed(conn, lambda: identities())  # unlocking the hub's key, once per folder
            for paths in by_city.values():
                ours.send(("prepare", int(paths[0].name.split("bench-city-")[1].split("-")[0])))
                ours.recv()
                spent.timed(conn, lambda paths=paths: import_city(paths))
                ours.send(("copy", 0))
                floor = ours.recv()
                marks.append((spent.wall, floor[0]))
                print(f"  {len(marks):>3}/{len(by_city)} cities: bundles {spent.wall:7.1f} s (CPU {spent.cpu:6.1f} s) / "
                      f"floor {floor[0]:7.1f} s (CPU {floor[1] + floor[2]:6.1f} s)  x{spent.wall / floor[0]:.2f} "
                      f"(CPU x{spent.cpu / max(floor[1] + floor[2], 0.01):.2f}); {common.load_note()}", flush=True)
            spent.timed(conn, lambda: conn.execute("ANALYZE"))
            ours.send(("analyze", 0))
            floor = ours.recv()
            size = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
            ks.close()
    finally:
        ours.send(None)
        child.join()
    return {"seconds": spent.wall, "cpu": (spent.client, spent.server), "size": size, "dsn": dsn,
            "bundles": len(files), "marks": marks, "floor": floor[0], "floor_cpu": floor[1:],
            "bundle_bytes": sum(p.stat().st_size for p in files), "peak_mb": common.peak_memory_mb()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=1_000_000)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--cities", type=int, default=35)
    parser.add_argument("--national", action="store_true", help="4,000,000 workers and 48,000,000 payments in "
                                                                "500 Pemda")
    parser.add_argument("--dsn", help="an admin connection string to a server (dbname=postgres); default: a "
                                      "throwaway server")
    parser.add_argument("--growth", action="store_true", help="also load a quarter and a half of the workers "
                                                              "first (250,000 and 500,000 by default): how load "
                                                              "time grows")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "rentan-bench-hub-cache",
                        help="where the generated city bundles are kept between runs (default: %(default)s)")
    parser.add_argument("--direct", action="store_true", help="also time hub.load without bundles")
    parser.add_argument("--runs", type=int, default=3, help="runs of each report")
    parser.add_argument("--reports-only", action="store_true",
                        help="with --dsn: only the reports, on the hub this scale's earlier run left on that "
                             "server (its database is kept when --dsn is given), migrated first")
    args = parser.parse_args()
    if args.national:
        args.workers, args.cities = 4_000_000, 500
    os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")
    months = months_back("2026-11", args.months)
    folder = None
    admin = args.dsn
    work = Path(tempfile.mkdtemp(prefix="rentan-bench-hub-"))
    os.environ["RENTAN_HUB_HOME"] = str(work)
    if admin is None:
        folder = Path(tempfile.mkdtemp(prefix="rentan-bench-pg-"))
        admin = pg_local.start(folder).dsn()
    try:
        scales = sorted({args.workers // 4, args.workers // 2, args.workers} if args.growth else {args.workers})
        loaded: dict[int, dict] = {}
        if args.reports_only:
            if folder is not None:
                raise SystemExit("--reports-only needs --dsn: the server an earlier run loaded")
            loaded[args.workers] = {"dsn": admin.replace("dbname=postgres", f"dbname=bench_hub_{args.workers}")}
            with database.connect(loaded[args.workers]["dsn"]) as conn:
                print("migrated:", database.migrate(conn) or "nothing to do")
            scales = []
        for workers in scales:
            got = loaded[workers] = load_from_bundles(admin, workers, args.cities, months, work, args.cache)
            n_pay = workers // args.cities * args.cities * len(months)
            print(f"\nhub at {workers:,} workers, {n_pay:,} payments, {args.cities} cities, "
                  f"{got['bundles']} bundles of {got['bundle_bytes'] / 2**20:,.0f} MiB ({common.load_note()}); "
                  "one run each, city by city in turn with the floor")
            common.row("load from city bundles vs raw COPY, target <= 2x", common.Figure((got["seconds"],)),
                       common.Figure((got["floor"],)), f"{n_pay / got['seconds']:,.0f} payments/s")
            (client, server), (floor_client, floor_server) = got["cpu"], got["floor_cpu"]
            if server and floor_server:  # a local server: its processes' CPU is readable
                common.row("  CPU seconds (importer + its server process)", common.Figure((client + server,)),
                           common.Figure((floor_client + floor_server,)),
                           f"importer {client:,.0f} + server {server:,.0f} s; floor {floor_client:,.0f} + "
                           f"{floor_server:,.0f} s")
            if args.direct:
                direct_s, _ = run_load(fresh_database(admin, "bench_direct"), workers, args.cities, months, False)
                common.row("  of which hub.load without bundles", common.Figure((direct_s,)),
                           common.Figure((got["floor"],)))
            print(f"database size {got['size'] / 2**20:,.0f} MiB; loader peak memory {got['peak_mb']:,.0f} MB "
                  "(the importing process; bundles were written by a child)")
            print_growth_within(workers, args.cities, [m[0] for m in got["marks"]], [m[1] for m in got["marks"]])
            if workers != scales[-1]:  # only the largest scale's database is kept for the reports
                drop_database(admin, f"bench_hub_{workers}")
        if scales:
            drop_database(admin, "bench_floor")
            drop_database(admin, "bench_direct")
        if len(scales) > 1:
            print("\nload time growth (bundles / raw COPY):")
            small = loaded[scales[0]]
            for workers in scales:
                got = loaded[workers]
                print(f"  {workers:>9,} workers: {got['seconds']:7.1f} s / {got['floor']:7.1f} s "
                      f"(x{got['seconds'] / small['seconds']:.2f} / x{got['floor'] / small['floor']:.2f} for "
                      f"x{workers / scales[0]:.0f} the rows)")
        params = ReportParams(month=months[-1], from_month=months[0], to_month=months[-1], today="2026-11-30")
        with database.connect(loaded[args.workers]["dsn"]) as conn:
            for key in hub_reports.PROVINCE_REPORTS:
                figure = common.measure(lambda k=key: hub_reports.build(conn, k, params), args.runs)
                common.row(f"report {key}", figure, None, "target < 2 s")
    finally:
        if folder is not None:
            pg_local.stop(folder)
            shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("RENTAN_LANGUAGE", "en")
    sys.exit(main())
