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


def _many_findings(qtbot, opd_env):
    from rentan_desktop.ui.qt import QMainWindow
    from tests.ui.conftest import wait_for_ops

    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    dialog = WorkerDialog(opd_env, parent=main)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.nik.setText("62710112036000")
    dialog.birth_date.setText("31/02/1960")
    dialog.phone.setText("12345")
    dialog.rt.setText("abcd")
    dialog.rw.setText("x")
    dialog.kpj.setText("12")
    dialog.village.setText("\u202eabc")
    dialog.mother_name.setText("B" * 200)
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    qtbot.wait(50)
    dialog.kept_parent = main  # the window must outlive this helper
    return dialog


def test_many_findings_never_push_save_off_the_screen(qtbot, opd_env):
    from rentan_desktop.ui.common.screen import available_geometry

    dialog = _many_findings(qtbot, opd_env)
    area = available_geometry(dialog)
    frame = dialog.frameGeometry()
    assert area.top() <= frame.top() and frame.bottom() <= area.bottom()  # 764 of 800 here; 688 on a laptop
    assert frame.width() <= 1366 - 16
    buttons = dialog.general.parentWidget().layout().itemAt(dialog.layout().count() - 1).widget()
    assert dialog.rect().contains(buttons.geometry())
    assert dialog.general.isVisible() and dialog.rect().contains(dialog.general.geometry())


def test_messages_never_overlap_another_field(qtbot, opd_env):
    from rentan_desktop.ui.qt import QLabel, QLineEdit, QRect

    dialog = _many_findings(qtbot, opd_env)
    form = dialog.scroll.widget()

    def rect(widget) -> QRect:
        return QRect(widget.mapTo(form, widget.rect().topLeft()), widget.size())

    messages = [label for label in form.findChildren(QLabel)
                if label.objectName().startswith("error_") and label.isVisible()]
    assert len(messages) >= 7
    fields = [edit for edit in form.findChildren(QLineEdit) if edit.isVisible()]
    for message in messages:
        assert message.height() >= message.heightForWidth(message.width())  # no line cut off
        for field in fields:
            assert not rect(message).intersects(rect(field)), (message.text(), field.placeholderText())


def test_each_finding_under_its_own_field(qtbot, opd_env):
    dialog = _many_findings(qtbot, opd_env)
    assert "RT must be" in dialog.message_for("rt") and "RW must be" in dialog.message_for("rw")
    assert "RW" not in dialog.message_for("rt") and "RT" not in dialog.general.text()
    assert "not a real date" in dialog.message_for("birth_date")  # though the NIK is wrong too
    assert "longer than" not in dialog.message_for("rt")          # one message per problem
