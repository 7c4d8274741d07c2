"""Issue 11, ownership of 'active': it is BPJS's word, carried by Disnaker. An OPD's bundle (or a
forged one signed with a stolen OPD key) that reports a worker active on a KPJ cannot make that
worker a BPJS member at Disnaker: the KPJ is recorded as the OPD reported it and the worker is
'submitted' (payable, awaiting confirmation) until Disnaker records BPJS's acceptance; the return
bundle tells the OPD the same."""

from __future__ import annotations

from rentan_desktop.disnaker import bpjs_import
from rentan_desktop.domain.months import current_month
from rentan_desktop.roster import service
from rentan_desktop.sync import importer
from tests import sync_attack as atk
from tests.sync_attack import cheap_keys, pair  # noqa: F401

FORGED_KPJ = "99999999999"
STATE = "SELECT status, kpj, bpjs_status FROM workers WHERE uid = ?"


def _draft(pair) -> str:
    """A draft that starts this month (so no unpaid month lapses it once it is payable)."""
    uid = pair.opd.db.execute("SELECT uid FROM workers WHERE status = 'draft' AND kpj IS NULL ORDER BY id LIMIT 1"
                              ).fetchone()[0]
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "start_month": current_month()},
                        uid=uid)
    return uid


def _claim_active(uid: str):
    def rows(sections):
        atk.set_cell(sections, "workers", "status", "active", where=lambda r: r[0] == uid)
        return atk.set_cell(sections, "workers", "kpj", FORGED_KPJ, where=lambda r: r[0] == uid)
    return rows


def _active_at_disnaker(pair) -> int:
    return pair.dis.db.execute("SELECT count(*) FROM workers WHERE status = 'active'").fetchone()[0]


def test_a_forged_bundle_cannot_raise_a_known_draft_to_active(pair):
    uid = _draft(pair)
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    assert pair.dis.db.execute(STATE, [uid]).fetchone() == ("draft", None, None)
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "phone": "081299990000"},
                        uid=uid)  # so the next genuine bundle carries the row the thief edits
    active = _active_at_disnaker(pair)
    forged = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "forged.rentan.tar", rows=_claim_active(uid))
    summary = importer.apply(pair.dis.db, pair.dis.data_dir, forged, "Rudi")
    assert summary.status == "applied"
    assert pair.dis.db.execute(STATE, [uid]).fetchone() == ("submitted", FORGED_KPJ, None)
    assert _active_at_disnaker(pair) == active  # no new BPJS member in Disnaker's figures
    # The return bundle tells the OPD what Disnaker holds.
    assert importer.apply(pair.opd.db, pair.opd.data_dir, atk.down(pair.dis, pair.stick), "Siti").status == "applied"
    assert pair.opd.db.execute("SELECT status FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "submitted"


def test_a_forged_new_worker_reported_active_arrives_submitted(pair):
    uid = _draft(pair)
    forged = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "forged.rentan.tar", rows=_claim_active(uid))
    assert importer.apply(pair.dis.db, pair.dis.data_dir, forged, "Rudi").status == "applied"
    assert pair.dis.db.execute(STATE, [uid]).fetchone() == ("submitted", FORGED_KPJ, None)


def test_only_disnakers_record_of_bpjss_acceptance_makes_the_worker_active(pair):
    """The same OPD report once Disnaker has recorded BPJS's acceptance of that KPJ: active stands."""
    uid = _draft(pair)
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    bpjs_import.record_answer(pair.dis.db, "Rudi", uid, "submitted")
    bpjs_import.record_answer(pair.dis.db, "Rudi", uid, "accepted", kpj=FORGED_KPJ, start_date="01/" + current_month()[5:] + "/" + current_month()[:4])
    assert pair.dis.db.execute(STATE, [uid]).fetchone() == ("active", FORGED_KPJ, "accepted")
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "phone": "081299990000"},
                        uid=uid)
    report = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "report.rentan.tar",
                         rows=_claim_active(uid))
    assert importer.apply(pair.dis.db, pair.dis.data_dir, report, "Rudi").status == "applied"
    assert pair.dis.db.execute(STATE, [uid]).fetchone() == ("active", FORGED_KPJ, "accepted")
