"""Add/edit/end dialogs and the history view, driven through their own methods."""

from __future__ import annotations

import datetime as dt

from rentan_desktop.roster import service
from rentan_desktop.store import audit
from rentan_desktop.ui.qt import QDialog
from rentan_desktop.ui.roster.audit_dialog import AuditDialog
from rentan_desktop.ui.roster.roster_end_dialog import RosterEndDialog
from rentan_desktop.ui.roster.sponsor_dialog import SponsorDialog
from rentan_desktop.ui.roster.worker_dialog import SponsorPicker, WorkerDialog
from tests.ui.conftest import wait_for_ops

SPONSOR = {"kind": "pns", "nip": "19660801 198803 1 001", "name": "Budi Santoso",
           "position": "Kepala Dinas", "position_level": "head_opd"}
WORKER = {"nik": "6271011508950001", "name": "Ahmad Fauzi", "mother_name": "Sri Wahyuni",
          "start_month": "2026-11"}


def type_nik(dialog: WorkerDialog, nik: str) -> None:
    dialog.nik.setText(nik)
    dialog._nik_typed()


def fill_worker(dialog: WorkerDialog, nik: str = "6271014508950003") -> None:
    type_nik(dialog, nik)
    dialog.name.setText("Sri Wahyuni")
    dialog.mother_name.setText("Siti")
    dialog.phone.setText("0812 3456 7890")


def test_nik_fills_sex_and_birth_date(qtbot, opd_env):
    dialog = WorkerDialog(opd_env)
    qtbot.addWidget(dialog)
    type_nik(dialog, "6271 0145 0895 0003")
    assert dialog.gender.currentData() == "P"
    assert dialog.birth_date.text() == "05/08/1995"
    assert "Pahandut" in dialog.nik_info.text()


def test_nik_cross_checked_against_a_birth_date_typed_by_hand(qtbot, opd_env):
    dialog = WorkerDialog(opd_env)
    qtbot.addWidget(dialog)
    dialog.birth_date.setText("01/01/1990")
    dialog._auto_birth = False  # typed by the operator
    type_nik(dialog, "6271014508950003")
    assert "does not match the NIK" in dialog.message_for("birth_date")
    assert dialog.birth_date.text() == "01/01/1990"


def test_bad_nik_shown_at_the_field(qtbot, opd_env):
    dialog = WorkerDialog(opd_env)
    qtbot.addWidget(dialog)
    type_nik(dialog, "9971014508950003")
    assert "not a known province" in dialog.message_for("nik")


def test_save_new_worker_with_sponsor(qtbot, opd_env):
    sponsor = service.save_sponsor(opd_env.db, "Siti", SPONSOR)
    dialog = WorkerDialog(opd_env, sponsor_id=sponsor.id)
    qtbot.addWidget(dialog)
    assert "Budi Santoso" in dialog.sponsor_text.text() and "0/1" in dialog.quota_info.text()
    fill_worker(dialog)
    dialog.relationship.setCurrentIndex(dialog.relationship.findData("neighbour"))
    dialog.occupation.setCurrentText("Petani")
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = service.get_worker(opd_env.db, dialog.saved_uid)
    assert (row["gender"], row["birth_date"], row["sponsor_id"], row["relationship"], row["occupation"]) == (
        "P", "1995-08-05", sponsor.id, "neighbour", "Petani")
    assert row["phone"] == "+6281234567890"


def test_duplicate_nik_refused_at_the_field(qtbot, opd_env):
    service.save_worker(opd_env.db, "Siti", {**WORKER, "nik": "6271014508950003"})
    dialog = WorkerDialog(opd_env)
    qtbot.addWidget(dialog)
    fill_worker(dialog)
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "already registered" in dialog.message_for("nik")


def test_age_warning_asks_for_a_reason(qtbot, opd_env):
    dialog = WorkerDialog(opd_env)
    qtbot.addWidget(dialog)
    fill_worker(dialog, "6271014508100003")  # born 2010
    assert dialog.age_reason.isEnabled()
    assert "18 to under 65" in dialog.message_for("birth_date")
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.age_reason.setText("Sudah bekerja, izin orang tua")
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service.get_worker(opd_env.db, dialog.saved_uid)["age_override_reason"] == "Sudah bekerja, izin orang tua"


def test_edit_worker_loads_every_field_and_saves_a_change(qtbot, opd_env):
    saved = service.save_worker(opd_env.db, "Siti", {**WORKER, "rt": "3", "heir_name": "Ani",
                                                    "heir_relationship": "child", "jht": 1})
    dialog = WorkerDialog(opd_env, uid=saved.uid)
    qtbot.addWidget(dialog)
    assert dialog.nik.text() == WORKER["nik"] and dialog.rt.text() == "003"
    assert dialog.heir_relationship.currentData() == "child" and dialog.jht.isChecked()
    assert dialog.start_month.month() == "2026-11"
    dialog.name.setText("Ahmad Fauzi Rahman")
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    changes = audit.history(opd_env.db, saved.uid)[-1]
    assert changes["action"] == "update"
    assert changes["after"] == {"name": "Ahmad Fauzi Rahman"}


def test_sponsor_picker_searches_and_chooses(qtbot, opd_env):
    service.save_sponsor(opd_env.db, "Siti", SPONSOR)
    service.save_sponsor(opd_env.db, "Siti", {"kind": "non_asn", "name": "Rina Kartika"})
    picker = SponsorPicker(opd_env)
    qtbot.addWidget(picker)
    assert picker.model.rowCount() == 2
    picker.search.setText("rin")
    picker.apply_search()
    assert picker.model.rowCount() == 1
    picker.accept()
    assert picker.chosen["name"] == "Rina Kartika"


def test_sponsor_nip_fills_sex_birth_and_type(qtbot, opd_env):
    dialog = SponsorDialog(opd_env)
    qtbot.addWidget(dialog)
    dialog.nip.setText("19900417 2022 2 8 2 007")
    dialog._nip_typed()
    assert (dialog.kind.currentData(), dialog.gender.currentData(), dialog.birth_date.text()) == (
        "pppk", "P", "17/04/1990")
    dialog.eselon.setText("III.a")
    dialog.eselon.textEdited.emit("III.a")
    assert dialog.level.currentData() == "head_division"
    dialog.name.setText("Dewi Anggraini")
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    row = service.get_sponsor(opd_env.db, dialog.saved_uid)
    assert (row["nip"], row["kind"], row["position_level"]) == ("199004172022282007", "pppk", "head_division")


def test_sponsor_without_name_shows_message_at_the_field(qtbot, opd_env):
    dialog = SponsorDialog(opd_env)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("non_asn"))
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    assert "Name is required" in dialog.fields.message_for("name")


def test_end_needs_a_reason_then_ends(qtbot, opd_env):
    saved = service.save_worker(opd_env.db, "Siti", WORKER)
    dialog = RosterEndDialog(opd_env, "workers", saved.uid, "Ahmad Fauzi")
    qtbot.addWidget(dialog)
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    assert "reason" in dialog.fields.message_for("end_reason")
    dialog.set_values(dt.date(2026, 10, 31), "Moved away")
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    row = service.get_worker(opd_env.db, saved.uid)
    assert (row["status"], row["ended_on"], row["end_reason"]) == ("ended", "2026-10-31", "Moved away")


def test_history_shows_who_when_and_before_after(qtbot, opd_env):
    saved = service.save_worker(opd_env.db, "Siti", WORKER)
    service.save_worker(opd_env.db, "Rudi", {**WORKER, "phone": "081234567890"}, uid=saved.uid)
    dialog = AuditDialog(opd_env, saved.uid, "Ahmad Fauzi")
    qtbot.addWidget(dialog)
    assert dialog.change_count() == 2
    update = dialog.tree.topLevelItem(1)
    assert update.text(1) == "Rudi" and update.text(2) == "Changed"
    phone = next(update.child(i) for i in range(update.childCount()) if update.child(i).text(2) == "Phone")
    assert (phone.text(3), phone.text(4)) == ("", "0812-3456-7890")


def test_history_names_the_sponsor_and_an_ended_sponsor(qtbot, opd_env):
    sponsor = service.save_sponsor(opd_env.db, "Siti", SPONSOR)
    saved = service.save_worker(opd_env.db, "Siti", {**WORKER, "sponsor_id": sponsor.id})
    dialog = AuditDialog(opd_env, saved.uid, "Ahmad Fauzi")
    qtbot.addWidget(dialog)
    created = dialog.tree.topLevelItem(0)
    row = next(created.child(i) for i in range(created.childCount()) if created.child(i).text(2) == "Sponsor")
    assert row.text(4) == "Budi Santoso (19660801 198803 1 001)"
    end = RosterEndDialog(opd_env, "sponsors", sponsor.uid, "Budi Santoso")
    qtbot.addWidget(end)
    end.set_values(dt.date(2026, 11, 1), "Retired")
    end.accept()
    wait_for_ops(qtbot, opd_env)
    assert service.get_sponsor(opd_env.db, sponsor.uid)["status"] == "ended"
    history = AuditDialog(opd_env, sponsor.uid, "Budi Santoso")
    qtbot.addWidget(history)
    assert history.tree.topLevelItem(1).text(2) == "Ended — Retired"


def test_history_speaks_the_clerks_words_for_a_bundle_update(qtbot, opd_env):
    # QA walk r3, defect 31: "sync_update", "accepted" and "2026-12" were shown as stored.
    saved = service.save_worker(opd_env.db, "Siti", WORKER)
    audit.record(opd_env.db, operator="Siti", table="workers", uid=saved.uid, action="sync_update",
                 before={"bpjs_status": None, "start_month": "2026-11", "status": "draft"},
                 after={"bpjs_status": "accepted", "start_month": "2026-12", "status": "active"})
    dialog = AuditDialog(opd_env, saved.uid, "Ahmad Fauzi")
    qtbot.addWidget(dialog)
    update = dialog.tree.topLevelItem(1)
    assert update.text(2) == "Updated from a bundle"
    rows = {update.child(i).text(2): (update.child(i).text(3), update.child(i).text(4))
            for i in range(update.childCount())}
    assert rows["Start month"] == ("November 2026", "December 2026")
    assert rows["Status"] == ("Draft", "Active")
    assert ("", "Accepted") in rows.values()
