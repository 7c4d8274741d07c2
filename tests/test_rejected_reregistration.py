"""A re-registration after a lapse that BPJS rejected keeps the lapsed membership's KPJ: once the
OPD corrects it, it goes into the next registration file when Disnaker sends the rejected ones
again, as a first registration BPJS rejected does (it was stuck: with a KPJ it was neither 'still
to register' nor 'rejected' anywhere)."""

from __future__ import annotations

import pytest

from rentan_desktop.disnaker import bpjs_export, bpjs_import
from rentan_desktop.roster import readiness
from tests.disnaker_data import add_opd, add_sponsor, add_worker

KPJ = "23110000012"


@pytest.fixture
def rejected_again(disnaker_db, tmp_path):
    db = disnaker_db
    opd = add_opd(db, "1.01", "Dinas Pendidikan")
    uid = add_worker(db, opd, add_sponsor(db, opd, "Agus Santoso"), 12, "Arbain", start_month="2027-01")
    # Registered before, lapsed, registered again; BPJS rejected the new registration.
    db.execute("UPDATE workers SET status = 'draft', kpj = ?, bpjs_status = 'accepted' WHERE uid = ?", [KPJ, uid])
    bpjs_export.export_registration(db, "Rudi", tmp_path / "registration.xlsx")
    bpjs_import.record_answer(db, "Rudi", uid, "rejected", reason="Nama ibu kandung tidak sesuai")
    return db, uid


def _row(db, uid):
    cursor = db.execute("SELECT * FROM workers WHERE uid = ?", [uid])
    return dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))


def test_the_rejection_keeps_the_old_kpj_and_says_rejected(rejected_again):
    db, uid = rejected_again
    row = _row(db, uid)
    assert (row["status"], row["kpj"], row["bpjs_status"]) == ("draft", KPJ, "rejected")
    assert readiness.registration_state(row) == "rejected"


@pytest.mark.parametrize(("include_rejected", "sent"), [(False, False), (True, True)])
def test_sending_the_rejected_again_takes_the_rejected_reregistration(rejected_again, include_rejected, sent):
    db, uid = rejected_again
    ready = [w["uid"] for w in bpjs_export.readiness(db, include_rejected=include_rejected).ready]
    assert (uid in ready) is sent
