"""The sync bench's input, built once and kept: a Disnaker install that trusts N OPD keys, and
one bundle from each OPD (its roster and a year of payments), as the OPDs would have sent them.

Building it is not what the bench measures, and at province scale (60 OPDs, 200,000 workers,
2,400,000 payments) it takes minutes: it is written by a child process (so the bench process's
peak memory is the importer's alone) into --cache and reused by later runs of the same scale. A
change to this module (the generator), to the bundle writer or to the schema makes a new entry;
the app code that reads the bundles may change freely. Each OPD's rows are generated in bulk (demo.generate, then the payments with one
executemany) and its install is deleted once its bundle is written.
"""

from __future__ import annotations

import hashlib
import inspect
import multiprocessing
import os
import random
import shutil
import sys
import time
import uuid
from pathlib import Path

from rentan_desktop import setup_hooks
from rentan_desktop.context import AppContext
from rentan_desktop.domain.months import add_months
from rentan_desktop.roster import demo
from rentan_desktop.store.clock import new_uid, now_iso
from rentan_desktop.store.site import initialise
from rentan_desktop.sync import export, provisioning, registry

PASSPHRASE = "bench passphrase"
SITE = {"pemda": "Kota Palangka Raya", "operator": "Bench"}


def install(folder: Path, **site) -> AppContext:
    ctx = AppContext.open(folder)
    ctx.create_install_key(site["operator"], os.environ.get("RENTAN_PASSPHRASE") or PASSPHRASE)
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


def _write(entry: Path, opds: int, workers: int, per_worker: int) -> None:
    """The Disnaker install, the N bundles on `entry/stick` and an empty Disnaker for the floor."""
    os.environ["RENTAN_PASSPHRASE"] = PASSPHRASE
    rng = random.Random(2026)
    stick = entry / "stick"
    stick.mkdir(parents=True)
    work = entry / "work"
    dis = install(entry / "disnaker", role="disnaker", **SITE)
    per_opd = workers // opds
    started = time.perf_counter()
    for i in range(opds):
        code = f"1.{i + 1:02d}"
        opd = install(work / f"opd{i}", role="opd", opd_code=code, opd_name=f"OPD {code}", **SITE)
        connect(opd, dis, work / "keys")
        n = per_opd + (workers - per_opd * opds if i == opds - 1 else 0)
        demo.generate(opd.db, sponsors=max(1, n * 3 // 4), workers=n, seed=i, operator="bench")
        add_payments(opd, per_worker, rng)
        export.export_bundle(opd.db, opd.data_dir, stick, operator="bench")
        opd.close()
        shutil.rmtree(work / f"opd{i}")  # the sender's install is not needed any more
        if (i + 1) % 10 == 0 or i + 1 == opds:
            print(f"  setup: {i + 1} of {opds} OPD bundles written in {time.perf_counter() - started:.0f} s",
                  flush=True)
    dis.close()
    install(entry / "floor", role="disnaker", **SITE).close()
    shutil.rmtree(work, ignore_errors=True)


def prepared(cache: Path, opds: int, workers: int, per_worker: int) -> Path:
    """The cache entry for this scale (written now if missing): `disnaker/` (the install before the
    import), `stick/` (the bundles) and `floor/` (an empty Disnaker install of the same schema)."""
    from rentan_desktop.store import migrations

    # The generator, the bundle writer and the schema make the entry (the importer may change freely).
    sources = [inspect.getsource(m) for m in (sys.modules[__name__], export, migrations)]
    version = hashlib.sha256("".join(sources).encode()).hexdigest()[:12]
    entry = Path(cache) / f"{opds}-{workers}-{per_worker}-{version}"
    if not (entry / "complete").exists():
        shutil.rmtree(entry, ignore_errors=True)
        child = multiprocessing.get_context("fork").Process(target=_write, args=(entry, opds, workers, per_worker))
        child.start()
        child.join()
        if child.exitcode != 0:
            raise SystemExit("writing the OPD bundles failed")
        (entry / "complete").write_text("written\n")
    return entry
