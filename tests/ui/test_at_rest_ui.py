"""Issue 14 in the GUI: unlocking with an operator's passphrase, the app lock, protecting a 0.1
install, the personal data export from the roster, and the Settings section."""

from __future__ import annotations

import shutil
from pathlib import Path

from rentan_desktop.context import AppContext
from rentan_desktop.pdp import access_log
from rentan_desktop.roster import demo
from rentan_desktop.store import cipher, settings
from rentan_desktop.ui.qt import QDialog, QFileDialog, QMessageBox
from rentan_desktop.ui.roster import pdp_actions
from rentan_desktop.ui.settings.security_section import NewOperatorDialog, SecuritySection
from rentan_desktop.ui.shell import unlock
from rentan_desktop.ui.shell.main_window import MainWindow
from tests.conftest import INSTALL_PASSPHRASE
from tests.ui.conftest import wait_for_ops

FIXTURE = Path(__file__).parent.parent / "fixtures" / "v0_1_0_opd"


def test_unlock_dialog_says_when_the_passphrase_is_wrong(qtbot, opd_ctx):
    ctx = AppContext.open(opd_ctx.data_dir)
    dialog = unlock.UnlockDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.operator.currentText() == "Siti Rahma"
    dialog.passphrase.setText("not it at all")
    dialog.accept()
    assert "passphrase is wrong" in dialog.fields.message_for("passphrase") and not ctx.session.unlocked
    assert dialog.passphrase.text() == ""
    dialog.passphrase.setText(INSTALL_PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and ctx.session.operator == "Siti Rahma"


def test_protect_dialog_encrypts_a_0_1_install(qtbot, tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    ctx = AppContext.open(folder)
    dialog = unlock.ProtectDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.operator.setText("Siti Rahma")
    dialog.passphrase.setText("short")
    dialog.accept()
    assert "at least 8" in dialog.fields.message_for("passphrase") and cipher.is_plain(ctx.db_path)
    dialog.passphrase.setText("long enough now")
    dialog.passphrase_again.setText("long enough now")
    dialog.accept()
    assert not cipher.is_plain(ctx.db_path) and ctx.site.opd_code == "1.01"
    ctx.close()


def test_app_lock_hides_the_data_and_another_operator_unlocks(qtbot, opd_env, monkeypatch):
    vault = opd_env.ctx.vault
    vault.add_operator(opd_env.ctx.session.install_key, "Budi Santoso", "Budi's passphrase")
    vault.save()
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    window.show()
    seen = {}

    def answer(dialog):
        seen["hidden"] = not window.centralWidget().isVisible()
        dialog.operator.setCurrentText("Budi Santoso")
        dialog.passphrase.setText("wrong passphrase")
        dialog.accept()
        seen["message"] = dialog.fields.message_for("passphrase")
        dialog.passphrase.setText("Budi's passphrase")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(unlock.UnlockDialog, "exec", answer)
    settings.put(opd_env.db, "lock_after_minutes", 1)
    opd_env.ctx.session.last_activity -= 120  # two idle minutes
    window.app_lock.check_idle()
    assert seen["hidden"] and "wrong for Budi Santoso" in seen["message"]
    assert window.centralWidget().isVisible() and opd_env.operator == "Budi Santoso"
    assert "Budi Santoso" in window.operator_label.text()


def test_roster_context_menu_exports_one_persons_data(qtbot, opd_env, tmp_path, monkeypatch):
    demo.generate(opd_env.db, sponsors=3, workers=4, opds=1, seed=2, operator="t")
    uid = opd_env.db.execute("SELECT uid FROM workers LIMIT 1").fetchone()[0]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "pdp"))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    from rentan_desktop.ui.roster.roster_tab import RosterTab

    tab = RosterTab(opd_env)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.worker_table.model().rowCount() > 0, timeout=10_000)
    rect = tab.worker_table.visualRect(tab.worker_table.model().index(0, 0))
    menu, record = tab._context_menu(tab.worker_table, rect.center())
    action = next(a for a in menu.actions() if a.text().startswith("Export personal data"))
    pdp_actions.export_person(tab, opd_env, "worker", uid)
    wait_for_ops(qtbot, opd_env)
    assert action is not None and shown and sorted(p.suffix for p in (tmp_path / "pdp").iterdir()) == [".pdf", ".xlsx"]
    assert access_log.entries(opd_env.db)[0]["subject_uid"] == uid


def test_security_section_saves_the_lock_time_and_adds_an_operator(qtbot, opd_env):
    section = SecuritySection(opd_env)
    qtbot.addWidget(section)
    assert not section.retention.isEnabled()  # Disnaker sets the retention period
    section.lock_after.setValue(5)
    section.save()
    wait_for_ops(qtbot, opd_env)
    assert settings.get(opd_env.db, "lock_after_minutes") == 5
    dialog = NewOperatorDialog(section)
    qtbot.addWidget(dialog)
    dialog.name.setText("Budi Santoso")
    dialog.passphrase.setText("Budi's passphrase")
    dialog.again.setText("Budi's passphrase!")
    dialog.accept()
    assert "differ" in dialog.message.text()
    dialog.again.setText("Budi's passphrase")
    dialog.accept()
    assert opd_env.ctx.vault.operators() == ["Siti Rahma", "Budi Santoso"]


def test_the_lock_hides_an_open_form_too_and_keeps_its_unsaved_values(qtbot, opd_env, monkeypatch):
    # QA walk r3, defect 29: the idle lock left a worker's form (NIK, name, phone) on screen.
    from rentan_desktop.ui.qt import QDialog, QLineEdit

    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    window.show()
    form = QDialog(window)
    field = QLineEdit("6271042512680051", form)
    form.show()
    seen = {}

    def answer(dialog):
        seen["field shown"] = field.isVisible()
        seen["form open"] = form.isVisible()
        dialog.passphrase.setText(INSTALL_PASSPHRASE)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(unlock.UnlockDialog, "exec", answer)
    assert window.app_lock.lock()
    assert seen == {"field shown": False, "form open": True}
    assert field.isVisible() and field.text() == "6271042512680051"
