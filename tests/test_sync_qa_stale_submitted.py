"""QA repro (careless timing, no attacker; genuine bundles only). Disnaker exports a worker for
BPJS registration (draft -> submitted), the return bundle tells the OPD (submitted). BPJS then
REJECTS it at Disnaker (back to draft, bpjs_status 'rejected'). Before the next return bundle
reaches the OPD, the OPD clerk fixes the worker's phone and sends a bundle: it carries the OPD's
stale status 'submitted', and Disnaker applies it (the pair (draft, submitted) is not treated as a
stale stage in sync/tables.STALE_AT_DISNAKER). Disnaker then shows 'submitted' with bpjs_status
'rejected', the next return bundle confirms 'submitted' at the OPD, and the rejected worker is
counted as submitted on both sides (states that disagree with BPJS's answer).
What should happen: Disnaker keeps 'draft' (the OPD's 'submitted' is a stale copy of Disnaker's
own stage), and after the next return bundle the OPD shows 'draft' + 'rejected' too.
Suggested fix: add ("draft", "submitted") to STALE_AT_DISNAKER (an OPD never submits on its own),
or compare with bpjs_status: a rejected worker's status is not raised by an OPD bundle.
"""

from __future__ import annotations

from rentan_desktop.disnaker import bpjs_export, bpjs_import
from rentan_desktop.roster import service
from rentan_desktop.sync import importer
from tests import sync_attack as atk
from tests.disnaker_data import worker_data
from tests.sync_attack import cheap_keys, pair  # noqa: F401


def _state(ctx, uid):
    return ctx.db.execute("SELECT status, bpjs_status FROM workers WHERE uid = ?", [uid]).fetchone()


def test_a_rejected_registration_is_not_undone_by_the_opds_stale_status(pair, tmp_path):
    sponsor = pair.opd.db.execute("SELECT id FROM sponsors WHERE status = 'active' ORDER BY id LIMIT 1").fetchone()[0]
    service.save_worker(pair.opd.db, "Siti", worker_data(31, sponsor, "Joko Susilo"))
    uid = pair.opd.db.execute("SELECT uid FROM workers WHERE name = 'Joko Susilo'").fetchone()[0]
    importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi")
    bpjs_export.export_registration(pair.dis.db, "Rudi", tmp_path / "reg.xlsx")
    importer.apply(pair.opd.db, pair.opd.data_dir, atk.down(pair.dis, pair.stick), "Siti")
    assert _state(pair.opd, uid) == ("submitted", "submitted")
    bpjs_import.record_answer(pair.dis.db, "Rudi", uid, "rejected", reason="NIK tidak valid")
    assert _state(pair.dis, uid) == ("draft", "rejected")
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "phone": "081298765432"},
                        uid=uid)
    importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi")
    assert _state(pair.dis, uid) == ("draft", "rejected")
    importer.apply(pair.opd.db, pair.opd.data_dir, atk.down(pair.dis, pair.stick), "Siti")
    assert _state(pair.opd, uid) == ("draft", "rejected")
