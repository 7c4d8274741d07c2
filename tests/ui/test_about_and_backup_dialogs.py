"""About with diagnostics, the backup dialog (list, back up now, restore), settings, damaged start."""

from __future__ import annotations

from rentan_desktop import __version__
from rentan_desktop.maintenance import backup
from rentan_desktop.roster import demo
from rentan_desktop.store import settings
from rentan_desktop.store.migrations import MIGRATIONS
from rentan_desktop.ui.maintenance import backup_recovery
from rentan_desktop.ui.maintenance.about_dialog import AboutDialog
from rentan_desktop.ui.maintenance.backup_dialog import BackupDialog, BackupSection, restore_and_reopen
from rentan_desktop.ui.qt import QApplication, QMessageBox, QWidget
from rentan_desktop.ui.settings.settings_tab import SettingsTab
from rentan_desktop.ui.shell.main_window import MainWindow
from tests.test_integrity import damage, damage_tail
from tests.ui.conftest import make_env, wait_for_ops

LATEST_SCHEMA = len(MIGRATIONS._migrations)


def _fill(env, workers=5):
    demo.generate(env.db, sponsors=4, workers=workers, opds=1, seed=2, operator="t")


def test_about_shows_version_folder_schema_and_copies_diagnostics(qtbot, opd_env, monkeypatch):
    _fill(opd_env)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a))
    dialog = AboutDialog(opd_env)
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == __version__
    assert dialog.folder_label.text() == str(opd_env.ctx.data_dir)
    assert dialog.schema_label.text() == str(LATEST_SCHEMA)
    dialog.copy_button.click()
    text = QApplication.clipboard().text()
    assert f"Rentan Desktop {__version__}" in text and "Qt:" in text and "workers 5" in text
    assert f"Schema version: {LATEST_SCHEMA}" in text
    niks = [r[0] for r in opd_env.db.execute("SELECT nik FROM workers")]
    assert not any(nik in text for nik in niks)
    assert shown


def test_help_menu_opens_about_and_copies_diagnostics(qtbot, opd_env, monkeypatch):
    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    actions = {a.text().replace("&", ""): a for a in window.help_menu.actions()}
    actions["About Rentan Desktop"].trigger()
    assert opened and opened[0].schema_label.text() == str(LATEST_SCHEMA)
    QApplication.clipboard().clear()
    actions["Copy diagnostics"].trigger()
    assert "Data folder:" in QApplication.clipboard().text()
    file_actions = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert "Backups and restore…" in file_actions


def test_backup_dialog_lists_backs_up_and_restores(qtbot, qtmodeltester, opd_env, monkeypatch):
    _fill(opd_env, workers=5)
    first = backup.create_backup(opd_env.ctx.db_path, "daily", key=opd_env.ctx.db_key())
    dialog = BackupDialog(opd_env, reopen=lambda env: reopened.append(env))
    qtbot.addWidget(dialog)
    reopened = []
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 1)) == "Daily"
    assert dialog.model.data(dialog.model.index(0, 3)) == "5"
    dialog.backup_now()
    wait_for_ops(qtbot, opd_env)
    assert dialog.model.rowCount() == 2
    assert dialog.model.data(dialog.model.index(0, 1)) == "Manual"
    # Change the data, then restore the daily backup.
    opd_env.db.execute("UPDATE workers SET status = 'ended'")
    dialog.table.selectRow(1)
    assert dialog.selected().path == first
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.confirm_restore(dialog.selected())
    qtbot.waitUntil(lambda: bool(reopened), timeout=5000)
    assert reopened[0] is opd_env
    db = opd_env.ctx.db  # a fresh connection on the restored file
    assert db.execute("SELECT count(*) FROM workers WHERE status = 'ended'").fetchone()[0] == 0
    reasons = [i.reason for i in backup.list_backups(opd_env.ctx.data_dir)]
    assert "restore" in reasons  # the state before the restore was kept


def test_restore_declined_changes_nothing(qtbot, opd_env, monkeypatch):
    backup.create_backup(opd_env.ctx.db_path, "manual", key=opd_env.ctx.db_key())
    dialog = BackupDialog(opd_env, reopen=lambda env: None)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not dialog.confirm_restore(dialog.selected())
    assert len(backup.list_backups(opd_env.ctx.data_dir)) == 1


def test_failed_restore_reopens_on_the_current_data(qtbot, opd_env, tmp_path, monkeypatch):
    _fill(opd_env, workers=3)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"nope" * 1000)
    errors = []
    monkeypatch.setattr("rentan_desktop.ui.maintenance.backup_dialog.show_error", lambda parent, exc: errors.append(exc))
    restore_and_reopen(opd_env, bad, None, reopen=lambda env: None)
    assert errors and "damaged" in str(errors[0])
    assert opd_env.ctx.db["workers"].count == 3


def test_settings_section_keeps_count_and_backs_up(qtbot, opd_env):
    tab = SettingsTab(opd_env)
    qtbot.addWidget(tab)
    opd_env.ops.changed.connect(tab.on_changes)  # what the main window does for every tab
    section = next(s for s in tab.sections if isinstance(s, BackupSection))
    assert section.keep.value() == 10 and section.status.text() == "No backup yet."
    for _ in range(3):
        backup.create_backup(opd_env.ctx.db_path, "manual", key=opd_env.ctx.db_key())
    section.keep.setValue(2)
    section.save()
    wait_for_ops(qtbot, opd_env)
    assert settings.get(opd_env.db, "backup_keep") == 2
    assert len(backup.list_backups(opd_env.ctx.data_dir)) == 2
    section.backup_now()
    wait_for_ops(qtbot, opd_env)
    assert len(backup.list_backups(opd_env.ctx.data_dir)) == 2
    assert section.status.text().startswith("2 backup(s)")


def test_damaged_database_on_start_offers_the_latest_good_backup(qtbot, opd_ctx, monkeypatch):
    good = backup.create_backup(opd_ctx.db_path, "daily", key=opd_ctx.db_key())
    demo.generate(opd_ctx.db, sponsors=30, workers=60, opds=1, seed=5, operator="t")
    opd_ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opd_ctx.close()
    damage(opd_ctx.db_path)
    damaged = opd_ctx.db_path.read_bytes()
    asked = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)

    def quit_choice(parent, path, verdict, chosen):
        asked.append(chosen)
        return backup_recovery.QUIT

    monkeypatch.setattr(backup_recovery, "ask_recovery", quit_choice)
    assert not backup_recovery.check_on_start(opd_ctx)
    assert asked == [good] and opd_ctx.db_path.read_bytes() == damaged  # never written over
    monkeypatch.setattr(backup_recovery, "ask_recovery", lambda *a: backup_recovery.RESTORE)
    assert backup_recovery.check_on_start(opd_ctx)
    kept = list((opd_ctx.data_dir / "damaged").iterdir())
    assert [p.read_bytes() for p in kept if p.suffix == ".sqlite3"] == [damaged]
    env = make_env(opd_ctx)
    assert env.db["sponsors"].count == 0  # the good backup's state
    env.ops.shutdown()


def test_damage_found_after_start_is_told_and_recovered_on_the_next_start(qtbot, opd_ctx, monkeypatch):
    # The start reads only the header and schema (issue 15); the quick_check in the background
    # finds damage deeper in the file, the user is told, and the next start offers the recovery.
    good = backup.create_backup(opd_ctx.db_path, "daily", key=opd_ctx.db_key())
    demo.generate(opd_ctx.db, sponsors=30, workers=60, opds=1, seed=5, operator="t")
    opd_ctx.db.execute("CREATE TABLE filler (x BLOB)")  # the last pages hold rows, not the schema
    for _ in range(200):
        opd_ctx.db.execute("INSERT INTO filler VALUES (randomblob(500))")
    opd_ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opd_ctx.close()
    damage_tail(opd_ctx.db_path, pages=1)
    asked, told = [], []
    monkeypatch.setattr(backup_recovery, "ask_recovery", lambda parent, path, verdict, chosen: asked.append(
        chosen) or backup_recovery.QUIT)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[2]))
    assert backup_recovery.check_on_start(opd_ctx) and asked == []
    window = QWidget()
    qtbot.addWidget(window)
    check = backup_recovery.check_in_background(opd_ctx, window)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    check.wait()
    assert "restore the latest good backup" in told[0]
    assert [b.path for b in backup.list_backups(opd_ctx.data_dir)] == [good]  # no backup of a damaged file
    assert not backup_recovery.check_on_start(opd_ctx) and asked == [good]


def test_ask_recovery_dialog_buttons(qtbot, opd_ctx, monkeypatch):
    good = backup.create_backup(opd_ctx.db_path, "daily", key=opd_ctx.db_key())
    seen = {}

    def fake_exec(box):
        seen["text"] = box.text() + box.informativeText()
        seen["buttons"] = [b.text() for b in box.buttons()]
        wanted = seen["click"]
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    verdict = backup_recovery.Verdict(False, ("page 3 is never used",))
    seen["click"] = "Restore backup"
    assert backup_recovery.ask_recovery(None, opd_ctx.db_path, verdict, good) == backup_recovery.RESTORE
    assert "damaged" in seen["text"] and {"Quit", "Restore backup"} <= set(seen["buttons"])
    seen["click"] = "Start empty"
    assert backup_recovery.ask_recovery(None, opd_ctx.db_path, verdict, None) == backup_recovery.EMPTY
    assert "no good backup" in seen["text"]
    seen["click"] = "Quit"
    assert backup_recovery.ask_recovery(None, opd_ctx.db_path, verdict, good) == backup_recovery.QUIT


def test_restore_from_the_main_window_opens_a_new_window_on_the_backup(qtbot, opd_env, monkeypatch):
    from rentan_desktop.ui.maintenance import backup_dialog
    from rentan_desktop.ui.maintenance.single_instance import current_main_window

    settings.put(opd_env.db, "language", "en")  # the reopened window installs this language
    _fill(opd_env, workers=4)
    saved = backup.create_backup(opd_env.ctx.db_path, "manual", key=opd_env.ctx.db_key())
    opd_env.db.execute("UPDATE workers SET status = 'ended'")
    old = MainWindow(opd_env)
    qtbot.addWidget(old)
    old.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = BackupDialog(opd_env, old)
    dialog.table.selectRow(next(i for i, info in enumerate(dialog.model.rows) if info.path == saved))
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(backup_dialog._reopened), timeout=10_000)
    new = backup_dialog._reopened.pop()
    try:
        assert new is not old and current_main_window() is new
        assert not old.isVisible()
        assert new.env.db.execute("SELECT count(*) FROM workers WHERE status = 'ended'").fetchone()[0] == 0
        assert QApplication.instance().quitOnLastWindowClosed()
    finally:
        new.close()
        new.deleteLater()


def test_back_up_to_a_stick_and_restore_from_it(qtbot, opd_env, tmp_path, monkeypatch):
    from rentan_desktop.ui.common import ui_state

    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    monkeypatch.setattr(ui_state, "removable_drives", lambda: [stick])
    assert ui_state.start_folder(opd_env.ctx.data_dir, "backups", removable_first=True) == str(stick)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    reopened = []
    dialog = BackupDialog(opd_env, reopen=lambda env: reopened.append(env))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(ui_state.QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    dialog.backup_to_folder()
    wait_for_ops(qtbot, opd_env)
    [copy] = stick.glob("rentan-*.sqlite3")
    assert "checked" in told[0]
    _fill(opd_env, workers=3)
    opd_env.db.conn.commit()
    monkeypatch.setattr(ui_state.QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_from_file()
    qtbot.waitUntil(lambda: bool(reopened), timeout=5000)
    assert opd_env.ctx.db["workers"].count == 0  # the stick's copy was taken before the workers came
