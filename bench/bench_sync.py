"""Sync benchmark: a Disnaker import of 60 OPD bundles (200,000 workers, 2,400,000 payments:
verify, decrypt, validate every row as the forms do, check the sender's scope, apply, audit,
bring the lifecycle up to date) beside the raw SQLite insert of the same rows (the floor), on
the paths a user takes, each a committed run on a fresh copy of the same Disnaker install:

- apply only: importer.apply per bundle, no backup (the core call);
- GUI path: what the sync tab calls per bundle: the dry run (importer.preview, on its own
  connection) and then the import with its backup (one per sitting);
- CLI path: `rentan import-bundle FOLDER`, one command for the folder (opening the install,
  the lifecycle brought to today, one backup, every bundle).

Each figure is the median and range of --runs rounds (3 by default; use --runs 1 at province
scale, where one round of the four measures takes several minutes of CPU each); peak memory (RSS) per path. Then the export of
one OPD of 3,000 workers. The Disnaker install and the bundles are built once and kept (--cache,
bench/sync_setup.py); `--paths ''` times apply and the floor alone.

    .venv/bin/python bench/bench_sync.py [--opds 60] [--workers 200000] [--payments-per-worker 12] [--runs 3]

Targets: apply within 2x the floor; the GUI and CLI paths within 1.3x apply; the export under 2 s.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Figure, load_note, measure, row  # noqa: E402
from sync_setup import PASSPHRASE, SITE, add_payments, connect, install, prepared  # noqa: E402,F401

from rentan_desktop.context import AppContext  # noqa: E402
from rentan_desktop.roster import demo  # noqa: E402
from rentan_desktop.store.clock import new_uid, now_iso  # noqa: E402
from rentan_desktop.sync import bundle, export, importer, keys  # noqa: E402


def floor_insert(dis_floor: AppContext, bundles: Iterable[tuple[str, list]]) -> tuple[float, float]:
    """The same rows, already decoded, inserted with executemany into the same schema: (wall, CPU) seconds."""
    db = dis_floor.db
    total = cpu = 0.0
    for code, sections in bundles:
        stamp = now_iso()
        db.execute("INSERT INTO opds(uid, code, name, created_at, updated_at) VALUES (?,?,?,?,?)",
                   [new_uid(), code, code, stamp, stamp])
        opd_id = db.execute("SELECT id FROM opds WHERE code = ?", [code]).fetchone()[0]
        tables = {meta["table"]: (meta["columns"], rows) for meta, rows in sections if meta.get("section") == "table"}
        # Parent ids are known in advance here (the floor does no look-ups): rows keep their order.
        prepared = {}
        id_base = {"sponsors": db.execute("SELECT coalesce(max(id), 0) FROM sponsors").fetchone()[0],
                   "workers": db.execute("SELECT coalesce(max(id), 0) FROM workers").fetchone()[0]}
        maps = {}
        for name in ("sponsors", "workers"):
            cols, rows = tables[name]
            maps[name] = {r[0]: id_base[name] + i + 1 for i, r in enumerate(rows)}
        for name in ("sponsors", "workers", "payments"):
            cols, rows = tables[name]
            out_cols, out_rows = ["opd_id"], []
            keep = [i for i, c in enumerate(cols) if not c.endswith("_uid")]
            refs = [(i, {"sponsor_uid": ("sponsor_id", "sponsors"), "worker_uid": ("worker_id", "workers")}.get(c))
                    for i, c in enumerate(cols) if c in ("sponsor_uid", "worker_uid")]
            out_cols += [cols[i] for i in keep] + [ref[1][0] for ref in refs]
            for r in rows:
                out_rows.append([opd_id, *[r[i] for i in keep], *[maps[ref[1][1]].get(r[ref[0]]) for ref in refs]])
            if name in ("sponsors", "workers"):
                out_cols = ["id", *out_cols]
                out_rows = [[maps[name][r[1]], *r] for r in out_rows]
            prepared[name] = (out_cols, out_rows)
        start, start_cpu = time.perf_counter(), time.process_time()
        with db.atomic():
            for name in ("sponsors", "workers", "payments"):
                cols, rows = prepared[name]
                db.conn.executemany(f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                    rows)
        total += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
    return total, cpu


def _peak_mb() -> float:
    """Peak resident memory so far (since `_reset_peak` on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def _reset_peak() -> bool:
    """Linux: start the peak over, so the import's own peak is measured (not the setup's)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


BACKUPS_MADE: dict[str, int] = {}
PEAK_LABELS = {"floor": "floor", "apply": "apply", "gui": "GUI path", "cli": "CLI path"}


class Fresh:
    """A fresh copy of an install folder for each run (the copy is not timed)."""

    def __init__(self, snapshot: Path, where: Path):
        self.snapshot, self.where = snapshot, where
        self.ctx: AppContext | None = None

    def reset(self) -> None:
        self.close()
        shutil.rmtree(self.where, ignore_errors=True)
        shutil.copytree(self.snapshot, self.where)

    def open(self) -> AppContext:
        self.ctx = AppContext.open(self.where)
        self.ctx.unlock(PASSPHRASE)
        return self.ctx

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None


def _apply_only(fresh: Fresh, paths: list[Path]) -> None:
    ctx = fresh.ctx
    for path in paths:
        summary = importer.apply(ctx.db, ctx.data_dir, path, "Bench", backup=False)
        assert summary.status == "applied", summary.text()


def _gui_path(fresh: Fresh, paths: list[Path]) -> None:
    """What ui/sync/sync_tab.py runs per bundle: preview on a new connection, then apply (backup)."""
    ctx = fresh.ctx
    for path in paths:
        conn = ctx.new_connection()
        try:
            assert importer.preview(conn, ctx.data_dir, path).status == "preview"
        finally:
            conn.close()
        summary = importer.apply(ctx.db, ctx.data_dir, path, "Bench")
        assert summary.status == "applied", summary.text()


def _cli_path(fresh: Fresh, folder: Path) -> None:
    from rentan_desktop.cli import main as rentan

    with contextlib.redirect_stdout(io.StringIO()) as out:
        code = rentan(["--data-dir", str(fresh.where), "import-bundle", str(folder)])
    assert code == 0, out.getvalue()[-2000:]


def _backups(folder: Path) -> int:
    from rentan_desktop.maintenance.backup import list_backups

    return len(list_backups(folder / "backups")) if (folder / "backups").exists() else 0


def _round_robin(runs: int, measures: dict[str, tuple[Fresh, bool, Any]]) -> dict[str, tuple[Figure, Figure, float]]:
    """Each measure once per round, in turn, so every figure samples the same moments of the
    machine's other work; each run on a fresh copy (copy not timed). Returns, per measure, its
    wall-clock and CPU-time figures and its peak RSS. `fn` returns (wall, CPU) when it times
    itself (the floor), else None. BACKUPS_MADE: the backups one run of each measure made."""
    import gc

    wall: dict[str, list[float]] = {k: [] for k in measures}
    cpu: dict[str, list[float]] = {k: [] for k in measures}
    peaks = dict.fromkeys(measures, 0.0)
    for _ in range(max(runs, 1)):
        for name, (fresh, open_first, fn) in measures.items():
            fresh.reset()
            if open_first:
                fresh.open()
            gc.collect()
            _reset_peak()
            before = _backups(fresh.where)
            w0, c0 = time.perf_counter(), time.process_time()
            own = fn()
            w1, c1 = time.perf_counter(), time.process_time()
            BACKUPS_MADE[name] = _backups(fresh.where) - before
            wall[name].append(own[0] if own else w1 - w0)
            cpu[name].append(own[1] if own else c1 - c0)
            peaks[name] = max(peaks[name], _peak_mb())
            fresh.close()
            # One line per finished run: a round at province scale is long; what is done stays readable.
            print(f"  run {len(wall[name])} of {name}: {wall[name][-1]:.1f} s wall, {cpu[name][-1]:.1f} s CPU, "
                  f"peak {peaks[name]:.0f} MB", flush=True)
    return {k: (Figure(tuple(wall[k])), Figure(tuple(cpu[k])), peaks[k]) for k in measures}


def main() -> int:
    os.environ["RENTAN_PASSPHRASE"] = PASSPHRASE  # installs are encrypted (issue 14)
    parser = argparse.ArgumentParser()
    parser.add_argument("--opds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--payments-per-worker", type=int, default=12)
    parser.add_argument("--export-workers", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3,
                        help="rounds of the import figures (1 at province scale: one round is long)")
    parser.add_argument("--paths", type=lambda v: [p for p in v.split(",") if p], default=["gui", "cli"],
                        help="the user's paths timed beside apply and the floor: gui,cli (default), gui, cli or ''")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "rentan-bench-sync-cache",
                        help="where the generated Disnaker install and bundles are kept between runs")
    args = parser.parse_args()
    rng = random.Random(2026)
    t0 = time.perf_counter()
    entry = prepared(args.cache, args.opds, args.workers, args.payments_per_worker)
    paths = importer.bundles_in(entry / "stick")
    counts = [bundle.read(p.read_bytes()).header["counts"] for p in paths]
    print(f"setup: {len(paths)} OPD bundles, {sum(c['workers'] for c in counts):,} workers, "
          f"{sum(c['payments'] for c in counts):,} payments, {sum(p.stat().st_size for p in paths) / 1e6:.1f} MB, "
          f"ready in {time.perf_counter() - t0:.0f} s (kept in {entry})", flush=True)
    with tempfile.TemporaryDirectory(prefix="rentan-bench-sync-") as tmp:
        root = Path(tmp)
        shutil.copytree(entry / "disnaker", root / "disnaker")
        stick = entry / "stick"
        dis = AppContext.open(root / "disnaker")
        dis.unlock(PASSPHRASE)

        # One OPD of 3,000 workers: the export an operator waits for.
        one = install(root / "one", role="opd", pemda="Kota Palangka Raya", operator="Bench", opd_code="9.99",
                      opd_name="OPD export")
        connect(one, dis, root / "keys")
        demo.generate(one.db, sponsors=args.export_workers * 3 // 4, workers=args.export_workers, seed=99,
                      operator="bench")
        one_payments = add_payments(one, args.payments_per_worker, rng)

        def export_one() -> None:
            export.write_bundle(one.db, one.data_dir, root / "one-out").path.unlink()

        export_fig = measure(export_one, args.runs)
        one.close()

        # Decoded rows for the floor (decoding is not part of the floor).
        from rentan_desktop.sync import agefile

        dis_ids = keys.identities(dis.db, dis.data_dir)

        def decoded() -> Iterator[tuple[str, list]]:
            """The bundles' rows decoded for the floor one bundle at a time (not part of its time)."""
            for path in paths:
                b = bundle.read(path.read_bytes())
                yield b.header["sender"]["peer"], bundle.decode_payload(agefile.decrypt_with(b.payload, dis_ids))

        dis.close()
        floor_fresh = Fresh(entry / "floor", root / "floor-run")
        fresh = Fresh(root / "disnaker", root / "dis-run")
        measures = {
            "floor": (floor_fresh, True, lambda: floor_insert(floor_fresh.ctx, decoded())),
            "apply": (fresh, True, lambda: _apply_only(fresh, paths)),
            "gui": (fresh, True, lambda: _gui_path(fresh, paths)),
            "cli": (fresh, False, lambda: _cli_path(fresh, stick)),
        }
        got = _round_robin(args.runs, {k: v for k, v in measures.items() if k in ("floor", "apply", *args.paths)})
        fresh.open()
        got_w = fresh.ctx.db.execute("SELECT count(*) FROM workers").fetchone()[0]
        got_p = fresh.ctx.db.execute("SELECT count(*) FROM payments").fetchone()[0]
        fresh.close()

        print(f"\nDisnaker import of {args.opds} bundles ({got_w:,} workers, {got_p:,} payments committed), "
              f"median and range of {max(args.runs, 1)} committed run(s) taken in turn; {load_note()}")
        for kind, at in (("wall clock", 0), ("CPU time of the process (steadier on a shared machine)", 1)):
            print(f"-- {kind}")
            floor, apply_fig = got["floor"][at], got["apply"][at]
            row("floor: raw executemany of the same rows", floor)
            row(f"apply only (importer.apply x{args.opds}, no backup)", apply_fig, floor, "target <= 2x floor")
            for name, label in (("gui", f"GUI path (preview + apply x{args.opds}, one backup)"),
                                ("cli", "CLI path (rentan import-bundle FOLDER)")):
                if name in got:
                    row(label, got[name][at], apply_fig,
                        f"target <= 1.3x apply; {BACKUPS_MADE.get(name, 0)} backup(s) made; "
                        f"x{got[name][at].median / floor.median:.2f} the floor")
        print("peak memory (RSS) of a run: " + ", ".join(f"{PEAK_LABELS[k]} {got[k][2]:.0f} MB" for k in got))
        row(f"export one OPD ({args.export_workers:,} workers, {one_payments:,} payments)", export_fig,
            target="target < 2 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
