"""QA walk r5, 5: the worker form's "not complete for BPJS registration" notice and its marks follow the
fields as the clerk fills them, also after a refused Save, instead of listing what was just filled."""

from __future__ import annotations

from rentan_desktop.ui.roster.worker_dialog import WorkerDialog
from tests.print_support import add_sponsor_with_worker
from tests.ui.conftest import wait_for_ops


def _marked(dialog, name: str) -> bool:
    return "font-weight: bold" in dialog._rows[name].field_label(name).styleSheet()


def test_the_notice_follows_the_fields_as_they_are_filled(qtbot, opd_env):
    _, uid = add_sponsor_with_worker(opd_env.db, regency=None, heir_name=None)
    dialog = WorkerDialog(opd_env, uid)
    qtbot.addWidget(dialog)
    assert set(dialog.missing) == {"regency", "heir_name"} and _marked(dialog, "regency")
    dialog.regency.setText("Kota Palangka Raya")
    dialog.regency.editingFinished.emit()
    assert dialog.missing == ["heir_name"] and not _marked(dialog, "regency") and _marked(dialog, "heir_name")
    assert "Regency" not in dialog.readiness_notice.text() and "Heir" in dialog.readiness_notice.text()
    dialog.heir_name.setText("Siti Aminah")
    dialog.heir_name.editingFinished.emit()
    assert dialog.missing == [] and dialog.readiness_notice.isHidden()


def test_after_a_refused_save_the_notice_lists_only_what_is_still_missing(qtbot, opd_env):
    _, uid = add_sponsor_with_worker(opd_env.db, regency=None, heir_name=None)
    dialog = WorkerDialog(opd_env, uid)
    qtbot.addWidget(dialog)
    dialog.regency.setText("Kota Palangka Raya")  # typed, never left: no editingFinished yet
    dialog.phone.setText("0812")  # too short: Save is refused
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    assert dialog.saved_uid is None and dialog.message_for("phone")
    assert dialog.missing == ["heir_name"] and not _marked(dialog, "regency")


def test_a_registered_worker_gets_no_notice_while_edited(qtbot, opd_env):
    _, uid = add_sponsor_with_worker(opd_env.db, kpj="12345678901")
    dialog = WorkerDialog(opd_env, uid)
    qtbot.addWidget(dialog)
    dialog.regency.setText("")
    dialog.regency.editingFinished.emit()
    assert dialog.missing == [] and dialog.readiness_notice.isHidden()


def test_a_child_cannot_be_saved_with_an_age_exception(qtbot, opd_env):
    """QA walk r5, 6: one typed reason made a 14-year-old pupil saveable and ready for BPJS."""
    from rentan_desktop.store import clock
    from tests.sheet_corpus import nik

    year = clock.today().year - 14
    _, uid = add_sponsor_with_worker(opd_env.db)
    dialog = WorkerDialog(opd_env, uid)
    qtbot.addWidget(dialog)
    dialog.nik.setText(nik(1, 1, year))
    dialog.birth_date.setText(f"01/01/{year}")
    dialog.birth_date.editingFinished.emit()
    dialog.age_reason.setText("Membantu orang tua berjualan")
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    assert dialog.saved_uid is None
    assert "a child under 15 is not a worker" in dialog.message_for("birth_date")
