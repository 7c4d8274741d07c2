"""QA walk r6, OPD-side entries: each test names its entry."""

from __future__ import annotations

from rentan_desktop.context import AppContext
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.qt import QApplication
from rentan_desktop.ui.shell.first_run import FirstRunDialog


def test_a_two_line_message_under_the_opd_code_is_whole_above_the_next_field(qtbot, tmp_path):
    """Entry 1: the message was laid out for a stale width and its second line hid under Nama OPD."""
    app = QApplication.instance()
    install_translators(app, "id")
    ctx = AppContext.open(tmp_path)
    try:
        dialog = FirstRunDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.pemda.setText("Palangka Raya")
        dialog.opd_code.setText("Bapenda")
        dialog.operator.setText("Rina")
        dialog.passphrase.setText("rahasia")
        dialog.passphrase_again.setText("rahasia1")
        dialog.accept()
        for _ in range(5):
            QApplication.processEvents()
        message = dialog.findChild(type(dialog.general), "error_opd_code")
        assert "tanpa spasi" in message.text()
        needed = message.heightForWidth(message.width())
        assert needed > message.fontMetrics().height() * 1.5  # two lines at this width
        assert message.height() >= needed
        below = dialog.opd_name.mapTo(dialog, dialog.opd_name.rect().topLeft()).y()
        assert message.mapTo(dialog, message.rect().bottomLeft()).y() < below
    finally:
        install_translators(app, "en")
        ctx.close()


def test_a_form_left_open_is_closed_when_another_operator_unlocks_and_kept_for_the_same(qtbot, opd_env, monkeypatch):
    """Entry 7: Siti's half-typed worker form came back for Budi after the lock; Save would record it as his."""
    from rentan_desktop.ui.roster.worker_dialog import WorkerDialog
    from rentan_desktop.ui.shell import unlock
    from rentan_desktop.ui.shell.main_window import MainWindow

    vault = opd_env.ctx.vault
    vault.add_operator(opd_env.ctx.session.install_key, "Budi Santoso", "Budi's passphrase")
    vault.save()
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    window.show()

    def budi_unlocks(dialog):
        dialog.operator.setCurrentText("Budi Santoso")
        dialog.passphrase.setText("Budi's passphrase")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(unlock.UnlockDialog, "exec", budi_unlocks)
    sitis = WorkerDialog(opd_env, parent=window)
    sitis.show()
    sitis.name.setText("SEDANG DIKETIK")
    assert window.app_lock.lock()
    assert opd_env.operator == "Budi Santoso"
    assert not sitis.isVisible() and sitis.result() == 0  # closed, nothing saved
    assert opd_env.db.execute("SELECT count(*) FROM workers").fetchone()[0] == 0
    assert "Siti Rahma" in window.statusBar().currentMessage()

    budis = WorkerDialog(opd_env, parent=window)
    budis.show()
    budis.name.setText("MASIH DIKETIK")
    assert window.app_lock.lock()
    assert budis.isVisible() and budis.name.text() == "MASIH DIKETIK"  # the same operator goes on
    budis.done(0)


def test_the_main_window_is_active_again_after_a_dialog_closes(qtbot, opd_env):
    """Entry 3: with no window manager to do it, no window was active after a modal closed and the
    roster's shortcuts (Ins, Ctrl+I, Ctrl+F, Ctrl+N) went nowhere."""
    from rentan_desktop.ui.qt import QDialog
    from rentan_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    dialog = QDialog(window)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.done(0)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2_000)


def test_the_personal_data_export_starts_in_the_export_folder_and_remembers_it(qtbot, opd_env, tmp_path, monkeypatch):
    """Entry 4: the folder dialog opened in the process's working folder (System32 on Windows)."""
    from rentan_desktop.roster import demo
    from rentan_desktop.ui.common import ui_state
    from rentan_desktop.ui.qt import QFileDialog, QMessageBox, QWidget
    from rentan_desktop.ui.roster import pdp_actions
    from tests.ui.conftest import wait_for_ops

    demo.generate(opd_env.db, sponsors=2, workers=2, opds=1, seed=2, operator="t")
    uid = opd_env.db.execute("SELECT uid FROM workers LIMIT 1").fetchone()[0]
    exports = tmp_path / "ekspor"
    exports.mkdir()
    ui_state.remember_folder(opd_env.ctx.data_dir, "exports", exports / "daftar.xlsx")  # an earlier list export
    asked, chosen = [], tmp_path / "untuk-pemohon"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append(a[2]) or str(chosen))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    parent = QWidget()
    qtbot.addWidget(parent)
    pdp_actions.export_person(parent, opd_env, "worker", uid)
    wait_for_ops(qtbot, opd_env)
    assert asked == [str(exports)]
    assert sorted(p.suffix for p in chosen.iterdir()) == [".pdf", ".xlsx"]
    assert ui_state.start_folder(opd_env.ctx.data_dir, "exports") == str(chosen)  # offered next time


def test_the_personal_data_log_reads_dates_as_everywhere_without_row_numbers(qtbot, opd_env):
    """Entry 5: "2026-12-02 09:22" and a row-number column in the Personal data log."""
    from rentan_desktop.pdp import access_log
    from rentan_desktop.ui.settings.security_dialogs import AccessLogDialog

    access_log.record(opd_env.db, "Yanti Oktaviani", "subject_export", "data-pribadi-iskandar-4005.pdf",
                      table="workers", uid="u1")
    opd_env.db.execute("UPDATE personal_data_access SET at = '2026-12-02 09:22:41'")
    dialog = AccessLogDialog(opd_env)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "02/12/2026 09:22"
    assert not dialog.table.verticalHeader().isVisible()
    assert not dialog.table.editTriggers()  # read, not edited


def test_a_restore_cut_short_is_told_after_unlock(qtbot, tmp_path, monkeypatch):
    """Entry 2: a restore killed while its copy was rebuilt was undone silently; only the log said so."""
    from rentan_desktop.maintenance import backup, faults
    from rentan_desktop.ui.maintenance.backup_recovery import tell_restore_cut_short
    from rentan_desktop.ui.qt import QMessageBox
    from tests.conftest import OPD, make_install

    ctx = make_install(tmp_path / "d", **OPD)
    backup.create_backup(ctx.db_path, "manual", key=ctx.db_key())
    key = ctx.db_key()
    ctx.close()
    ctx.db_path.with_name(ctx.db_path.name + ".rebuilt").write_bytes(b"SQLite format 3\x00 half")  # killed here
    before = ctx.db_path.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append((title, text)))
    assert tell_restore_cut_short(None, faults.clean_leftovers(ctx.db_path, key=key))
    assert ctx.db_path.read_bytes() == before
    assert shown and "stopped before it finished" in shown[0][1] and "as they were before it" in shown[0][1]
    # A killed backup alone (its .partial removed) is no restore: nothing to tell.
    assert not tell_restore_cut_short(None, ["removed unfinished backup x.partial"]) and len(shown) == 1
    assert "has now been finished" in faults.restore_notice(["finished an interrupted restore"])


def test_the_roster_headline_names_only_counts_to_act_on_and_never_splits_one(qtbot, opd_env):
    """Entry 13: "… · 0 tanpa" / "penanggung" on two lines at 1366x768."""
    from rentan_desktop.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    install_translators(app, "id")
    try:
        window = MainWindow(opd_env)
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        window.show_tab("roster")
        roster = window.tab("roster")
        roster._show_counts((roster._counts_generation, {"workers": 13, "sponsors": 8, "below_quota": 1,
                                                         "without_sponsor": 0}))
        QApplication.processEvents()
        text = roster.headline.text()
        assert "tanpa" not in text and "1 di bawah kuota" in text  # no sponsorless worker is no news
        one_line = roster.headline.fontMetrics().height()
        assert roster.headline.heightForWidth(roster.headline.width()) < 2 * one_line
        roster._show_counts((roster._counts_generation, {"workers": 13, "sponsors": 8, "below_quota": 1,
                                                         "without_sponsor": 2}))
        assert "2 tanpa penanggung</span></span>" in roster.headline.text()  # kept whole: white-space nowrap
        roster._show_counts((roster._counts_generation, {"workers": 10_001, "sponsors": 8, "below_quota": 0,
                                                         "without_sponsor": 0}))
        assert "10.001 pekerja terdaftar" in roster.headline.text()  # entry 17: as the language writes it
    finally:
        install_translators(app, "en")


def test_the_payment_note_tells_sent_drafts_from_those_still_to_send(qtbot, opd_env):
    """Entry 12: "13 workers are still drafts: … send them to Disnaker" when 3 of them had been sent."""
    from rentan_desktop.payments.nobody_owes import NobodyOwes
    from rentan_desktop.ui.payments.payment_tab import PaymentTab

    tab = PaymentTab(opd_env)
    qtbot.addWidget(tab)
    text = tab.empty_text(NobodyOwes(workers=13, drafts=13, without_start=0, starting_later=0, sent=3))
    assert "3 worker(s) were sent to Disnaker and wait to be submitted to BPJS" in text
    assert "10 worker(s) are still drafts" in text
    assert "sent to Disnaker" not in tab.empty_text(NobodyOwes(13, 13, 0, 0))


def test_a_full_disk_during_an_import_is_said_once_and_the_import_can_be_tried_again(qtbot, opd_env, monkeypatch):
    """Entry 14: "Nothing was imported: Nothing was imported: the disk is full…" and only Cancel left."""
    from rentan_desktop.roster import importer
    from rentan_desktop.roster.store_rows import storage_error
    from tests.ui.conftest import wait_for_ops
    from tests.ui.test_import_wizard import open_wizard, to_dry_run

    real, calls = importer.run_import, []

    def full_once(*args, **kwargs):
        if kwargs.get("dry_run"):
            return real(*args, **kwargs)
        calls.append(1)
        if len(calls) == 1:
            raise storage_error(OSError(28, "No space left on device"))
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "run_import", full_once)
    wizard = open_wizard(qtbot, opd_env, "sponsors", "sponsors_simpeg.xlsx")
    to_dry_run(qtbot, wizard)
    wizard.next()
    wait_for_ops(qtbot, opd_env)
    result = wizard.result_page
    text = result.summary.text()
    assert text.startswith("Nothing was imported: the disk is full") and text.count("Nothing was imported") == 1
    assert result.retry_button.isVisible() and opd_env.db["sponsors"].count == 0
    result.retry_button.click()  # space freed: the same import again
    wait_for_ops(qtbot, opd_env)
    assert "Imported 10 sponsors" in result.summary.text() and not result.retry_button.isVisible()
    assert opd_env.db["sponsors"].count == 10


def test_with_named_operators_settings_show_who_unlocked_read_only(qtbot, opd_env):
    """Entry 6: Pengaturan offered "Nama operator: Yanti Oktaviani" with Save while Dedi had unlocked."""
    from rentan_desktop.store import settings
    from rentan_desktop.ui.settings.settings_general import GeneralSection
    from tests.ui.conftest import wait_for_ops

    section = GeneralSection(opd_env)
    qtbot.addWidget(section)
    assert section.operator.text() == "Siti Rahma"
    vault = opd_env.ctx.vault
    vault.add_operator(opd_env.ctx.session.install_key, "Dedi Kurniawan", "Dedi's passphrase")
    vault.save()
    opd_env.ctx.session.operator = "Dedi Kurniawan"  # what unlocking as Dedi does
    section.show()  # the Settings tab opened after the unlock
    assert section.operator.text() == "Dedi Kurniawan" and section.operator.isReadOnly()
    assert section.operator_note.isVisible() and "chosen when unlocking" in section.operator_note.text()
    section.save()
    wait_for_ops(qtbot, opd_env)
    assert settings.get(opd_env.db, "operator") == "Siti Rahma"  # the install's setting is not rewritten


def test_a_training_install_offers_no_key_enrollment(qtbot, tmp_path, monkeypatch):
    """Entry 10: the training install's Sync tab listed "2. Tulis berkas pendaftaran kunci … serahkan ke Disnaker"."""
    from rentan_desktop.ui.sync.keys_dialog import KeysDialog
    from tests.conftest import OPD, make_install
    from tests.ui.conftest import make_env, stop_widget_timers, sync_tab_for

    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")
    ctx = make_install(tmp_path / "latihan", **OPD, training=True)
    env = make_env(ctx)
    try:
        tab = sync_tab_for(qtbot, env)
        tab.show()
        assert not tab.checklist.isVisible() and "training install" in tab.status.text()
        dialog = KeysDialog(env, tab)
        qtbot.addWidget(dialog)
        assert not dialog.enroll_button.isEnabled() and "never writes an enrollment file" in dialog.enroll_button.toolTip()
    finally:
        stop_widget_timers()
        env.ops.shutdown()
        ctx.close()
