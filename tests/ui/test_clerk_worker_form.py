"""QA walk r3, defects 9, 20 and 32 in the worker form: a BPJS refusal heads the form; many
findings never push the form past the screen nor overlap the next field; one message per problem."""

from __future__ import annotations

from rentan_desktop.roster import service
from rentan_desktop.ui.roster.worker_dialog import WorkerDialog
from tests.ui.test_roster_dialogs import WORKER


def _rejected(db, uid: str, reason: str) -> None:
    db.execute("UPDATE workers SET bpjs_status = 'rejected', bpjs_reason = ? WHERE uid = ?", [reason, uid])


def test_a_worker_rejected_by_bpjs_shows_it_at_the_top_of_his_form(qtbot, opd_env):
    saved = service.save_worker(opd_env.db, "Siti", WORKER)
    _rejected(opd_env.db, saved.uid, "NIK tidak ditemukan di Dukcapil")
    dialog = WorkerDialog(opd_env, uid=saved.uid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.bpjs_notice.isVisible()
    text = dialog.bpjs_notice.text()
    assert "Rejected by BPJS: NIK tidak ditemukan di Dukcapil" in text and "press Save" in text
    assert "next bundle" in text
    assert dialog.bpjs_notice.geometry().top() < dialog.nik.mapTo(dialog, dialog.nik.rect().topLeft()).y()


def test_no_bpjs_notice_for_a_worker_bpjs_did_not_refuse(qtbot, opd_env):
    saved = service.save_worker(opd_env.db, "Siti", WORKER)
    dialog = WorkerDialog(opd_env, uid=saved.uid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.bpjs_notice.isVisible()
