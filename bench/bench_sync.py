"""Sync benchmark: a Disnaker import of 60 OPD bundles (200,000 workers, 2,400,000 payments:
verify, decrypt, validate every row as the forms do, check the sender's scope, apply, audit)
beside the raw SQLite insert of the same rows (the floor), and the export of one OPD of 3,000
workers. Peak memory (RSS) is printed before and after the import.

    .venv/bin/python bench/bench_sync.py [--opds 60] [--workers 200000] [--payments-per-worker 12]

Targets: the import within 2x its floor; one OPD's export under 2 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rentan_desktop import setup_hooks  # noqa: E402
from rentan_desktop.context import AppContext  # noqa: E402
from rentan_desktop.domain.months import add_months  # noqa: E402
from rentan_desktop.roster import demo  # noqa: E402
from rentan_desktop.store.clock import new_uid, now_iso  # noqa: E402
from rentan_desktop.store.site import initialise  # noqa: E402
from rentan_desktop.sync import bundle, export, importer, keys, provisioning, registry  # noqa: E402


def install(folder: Path, **site) -> AppContext:
    ctx = AppContext.open(folder)
    ctx.create_install_key(site["operator"], os.environ.get("RENTAN_PASSPHRASE") or "bench passphrase")
    initialise(ctx.db, **site)
    setup_hooks.after_initialise(ctx.db, ctx.data_dir)
    return ctx


def add_payments(ctx: AppContext, per_worker: int, rng: random.Random) -> int:
    """Monthly payments for every worker (the bench makes its own history: exact counts)."""
    db = ctx.db
    # The history the payment form would have allowed: every worker registered from the first month
    # paid, none ended (Disnaker refuses payments outside the membership).
    db.execute("UPDATE workers SET status = 'active', start_month = '2025-01', ended_on = NULL, end_reason = NULL")
    workers = db.execute("SELECT id, opd_id, sponsor_id FROM workers").fetchall()
    stamp = now_iso()
    rows = []
    for wid, opd_id, sid in workers:
        for m in range(per_worker):
            month = add_months("2025-01", m)
            rows.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), opd_id, wid, sid, month, 16800, 10000,
                         6800, 0, "tpp", None, f"{month}-15", "payment", None, None, None, "bench", stamp, 1))
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO payments(uid, opd_id, worker_id, sponsor_id, month, amount, jkk, jkm, jht, method, reference, "
            "paid_on, kind, reverses_id, reason, batch, recorded_by, recorded_at, rev) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return len(rows)


def connect(opd: AppContext, dis: AppContext, folder: Path) -> None:
    code = opd.site.opd_code
    stamp = now_iso()
    dis.db.execute("INSERT INTO opds(uid, code, name, created_at, updated_at) VALUES (?,?,?,?,?)",
                   [new_uid(), code, opd.site.opd_name, stamp, stamp])
    prov = provisioning.provision_opd(dis.db, dis.data_dir, code, folder)
    registry.trust(opd.db, provisioning.receive_key_file(opd.db, prov).key_id, "bench")
    enrol = provisioning.write_enrollment(opd.db, opd.data_dir, folder)
    registry.trust(dis.db, provisioning.receive_key_file(dis.db, enrol).key_id, "bench")


def floor_insert(dis_floor: AppContext, bundles: list[tuple[str, list]]) -> float:
    """The same rows, already decoded, inserted with executemany into the same schema."""
    db = dis_floor.db
    total = 0.0
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
        start = time.perf_counter()
        with db.atomic():
            for name in ("sponsors", "workers", "payments"):
                cols, rows = prepared[name]
                db.conn.executemany(f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                    rows)
        total += time.perf_counter() - start
    return total


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


def main() -> int:
    os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")  # installs are encrypted (issue 14)
    parser = argparse.ArgumentParser()
    parser.add_argument("--opds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=200_000)
    parser.add_argument("--payments-per-worker", type=int, default=12)
    parser.add_argument("--export-workers", type=int, default=3000)
    args = parser.parse_args()
    os.environ.pop("RENTAN_PASSPHRASE", None)  # bench keys stay unprotected: no scrypt in the figures
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory(prefix="rentan-bench-sync-") as tmp:
        root = Path(tmp)
        stick = root / "stick"
        stick.mkdir()
        dis = install(root / "disnaker", role="disnaker", pemda="Kota Palangka Raya", operator="Bench")
        per_opd = args.workers // args.opds
        t0 = time.perf_counter()
        paths = []
        total_w = total_p = 0
        for i in range(args.opds):
            code = f"1.{i + 1:02d}"
            opd = install(root / f"opd{i}", role="opd", pemda="Kota Palangka Raya", operator="Bench",
                          opd_code=code, opd_name=f"OPD {code}")
            connect(opd, dis, root / "keys")
            n = per_opd + (args.workers - per_opd * args.opds if i == args.opds - 1 else 0)
            demo.generate(opd.db, sponsors=max(1, n * 3 // 4), workers=n, seed=i, operator="bench")
            total_w += opd.db.execute("SELECT count(*) FROM workers").fetchone()[0]
            total_p += add_payments(opd, args.payments_per_worker, rng)
            paths.append(export.export_bundle(opd.db, opd.data_dir, stick, operator="bench").path)
            opd.close()
        print(f"setup: {args.opds} OPD installs, {total_w:,} workers, {total_p:,} payments, "
              f"bundles {sum(p.stat().st_size for p in paths) / 1e6:.1f} MB in {time.perf_counter() - t0:.0f} s",
              flush=True)

        # One OPD of 3,000 workers: the export an operator waits for.
        one = install(root / "one", role="opd", pemda="Kota Palangka Raya", operator="Bench", opd_code="9.99",
                      opd_name="OPD export")
        connect(one, dis, root / "keys")
        demo.generate(one.db, sponsors=args.export_workers * 3 // 4, workers=args.export_workers, seed=99,
                      operator="bench")
        one_payments = add_payments(one, args.payments_per_worker, rng)
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            written = export.write_bundle(one.db, one.data_dir, root / "one-out")
            runs.append(time.perf_counter() - start)
            written.path.unlink()
        one.close()

        # Decoded rows for the floor (decoding is not part of the floor).
        dis_ids = keys.identities(dis.db, dis.data_dir)
        decoded = []
        for path in paths:
            b = bundle.read(path.read_bytes())
            from rentan_desktop.sync import agefile

            decoded.append((b.header["sender"]["peer"], bundle.decode_payload(agefile.decrypt_with(b.payload,
                                                                                                   dis_ids))))
        floor_ctx = install(root / "floor", role="disnaker", pemda="Kota Palangka Raya", operator="Bench")
        floor = floor_insert(floor_ctx, decoded)
        floor_ctx.close()
        del decoded

        import gc

        gc.collect()
        peak_before = _peak_mb()
        own_peak = _reset_peak()
        start = time.perf_counter()
        for path in paths:
            summary = importer.apply(dis.db, dis.data_dir, path, "Bench", backup=False)
            assert summary.status == "applied", summary.text()
        took = time.perf_counter() - start
        import_peak = _peak_mb()
        got_w = dis.db.execute("SELECT count(*) FROM workers").fetchone()[0]
        got_p = dis.db.execute("SELECT count(*) FROM payments").fetchone()[0]
        dis.close()

        print(f"import {args.opds} bundles ({got_w:,} workers, {got_p:,} payments): verify+decrypt+apply "
              f"{took:.1f} s   floor (raw executemany of the same rows) {floor:.1f} s   ratio {took / floor:.2f}x "
              f"(target <= 2x)")
        if own_peak:
            print(f"peak memory (RSS) during the import: {import_peak:.0f} MB (setup's peak before it: "
                  f"{peak_before:.0f} MB)")
        else:
            print(f"peak memory (RSS): {import_peak:.0f} MB, setup included")
        print(f"export one OPD ({args.export_workers:,} workers, {one_payments:,} payments): median "
              f"{sorted(runs)[1]:.2f} s (runs {', '.join(f'{r:.2f}' for r in runs)}; target < 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
