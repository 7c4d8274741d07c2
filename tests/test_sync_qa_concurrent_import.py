"""QA repro (sync, the same bundle imported twice at once: the GUI and the terminal, or two
clerks on one data folder). Rows stay right (the transaction is IMMEDIATE), but the pre-import
backups race: both pick the same backup file name in the same second, write the same `.partial`
file, and one import ends in a raw "sqlite3.OperationalError: attempt to write a readonly
database" (a traceback in the terminal) instead of applying or saying "already imported".
Both imports must end as 'applied' or 'nothing' (or a clear translated refusal such as
"another import is running"), and the backups folder must hold whole backups only.
Suggested fix: make maintenance.backup._free_name/create_backup race-free (exclusive create of
the target, a unique .partial name) or hold an import lock (a lock file in the data folder)
around backup + import. (The repro freezes the backup clock so both imports start in the
same millisecond, which happens rarely live: seen once in about 40 unfrozen runs.)
"""

from __future__ import annotations

import threading

from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.roster import service
from rentan_desktop.sync import importer
from tests import sync_attack as atk
from tests.sync_attack import cheap_keys, pair  # noqa: F401


def test_two_imports_of_one_bundle_at_once_never_end_in_a_raw_error(pair, monkeypatch):
    import datetime as dt

    from rentan_desktop.maintenance import backup

    # Both imports start in the same millisecond (rare live, certain here): the app's one clock stops.
    monkeypatch.setattr(backup.clock, "now", lambda: dt.datetime(2026, 12, 1, 8, 0, 0, 0))
    outcomes: list[str] = []
    for round_no in range(8):
        uid = pair.opd.db.execute("SELECT uid FROM workers WHERE status = 'active' ORDER BY id LIMIT 1").fetchone()[0]
        service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid),
                                                  "phone": f"08121111{round_no:04d}"}, uid=uid)
        genuine = atk.up(pair.opd, pair.stick)
        # Each new context has its own session, so each sitting starts with a backup (as after 15 minutes).
        contexts = [AppContext.open(pair.dis.data_dir) for _ in range(2)]

        def run(ctx, path=genuine):
            try:
                outcomes.append(importer.apply(ctx.db, ctx.data_dir, path, "Rudi").status)
            except UserError as exc:
                outcomes.append("refused: " + str(exc))
            except Exception as exc:  # noqa: BLE001
                outcomes.append(f"RAW {type(exc).__name__}: {exc}")

        threads = [threading.Thread(target=run, args=(c,)) for c in contexts]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        for c in contexts:
            c.close()
    assert not [o for o in outcomes if o.startswith("RAW")], outcomes
    assert not list((pair.dis.data_dir / "backups").glob("**/*.partial")) if (pair.dis.data_dir / "backups").exists() \
        else True
