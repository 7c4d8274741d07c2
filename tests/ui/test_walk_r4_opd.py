"""QA walk r4 on the OPD's own screens at 1366x768 in Indonesian: each test is a defect a clerk saw."""

from __future__ import annotations

import pytest

from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.qt import QApplication, QMessageBox
from rentan_desktop.ui.shell.main_window import MainWindow
from tests.ui import screens


@pytest.fixture
def indonesian(monkeypatch):
    # RENTAN_LANGUAGE too: a database opened later in the test sets the core's language from it.
    monkeypatch.setenv("RENTAN_LANGUAGE", "id")
    app = QApplication.instance()
    install_translators(app, "id")
    yield
    install_translators(app, "en")


def test_roster_counts_never_widen_the_window_past_the_screen(qtbot, opd_env, indonesian):
    """Walk r4, 2: as the headline's counts grew, so did the window, past 1366 px."""
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("roster")
    roster = window.tab("roster")

    def minimum_width_with(count: int) -> int:
        roster._show_counts((roster._counts_generation, {"workers": count, "sponsors": count,
                                                         "below_quota": count, "without_sponsor": count}))
        QApplication.processEvents()
        return window.minimumSizeHint().width()

    small = minimum_width_with(1)
    assert minimum_width_with(123_456_789) == small <= screens.LAPTOP.width()
    window.resize(screens.LAPTOP.width() - 100, 700)
    QApplication.processEvents()
    for button in (roster.import_button, roster.export_button, roster.bulk_button, roster.print_button):
        assert button.width() >= button.sizeHint().width(), button.text()  # text and menu arrow whole


def test_the_whole_reason_of_a_checked_row_can_be_read(qtbot, opd_env, indonesian, monkeypatch):
    """Walk r4, 3: the reason column showed 'Belum ada untuk pendaftaran BPJS: Penang…' and no more."""
    from rentan_desktop.roster import importer
    from rentan_desktop.ui.common import screen
    from tests.ui.test_import_wizard import SAMPLES, open_wizard, to_dry_run

    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: screens.LAPTOP)
    importer.run_import(opd_env.db, SAMPLES / "sponsors_simpeg.xlsx", "sponsors", operator="Siti")
    wizard = open_wizard(qtbot, opd_env, "workers", "workers_tambahan.csv")
    assert wizard.width() >= 1200  # the wizard uses the laptop's width
    to_dry_run(qtbot, wizard)
    page = wizard.dry_run_page
    model = page.model
    draft = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "7")
    reason = model.index(draft, 5).data()
    assert "Nama ibu kandung" in reason  # what the draft still needs, in Indonesian
    page.view.setCurrentIndex(model.index(draft, 0))
    assert page.detail.text() == f"Baris 7 ({model.index(draft, 2).data()}): {reason}"
    assert page.detail.wordWrap() and page.detail.isVisibleTo(wizard)


def test_a_draft_worker_form_says_what_bpjs_still_needs_and_shows_it(qtbot, opd_env, indonesian, monkeypatch):
    """Walk r4, 5: a draft opened to complete it marked nothing, and the field it lacked was cut off."""
    from rentan_desktop.ui.common import screen
    from rentan_desktop.ui.roster.worker_dialog import WorkerDialog
    from tests.print_support import add_sponsor_with_worker

    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: screens.LAPTOP)
    _, uid = add_sponsor_with_worker(opd_env.db, regency=None, heir_name=None)
    dialog = WorkerDialog(opd_env, uid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.scroll.verticalScrollBar().maximum() == 0
                    or dialog.height() >= screen.fit_height(dialog) - 1, timeout=3000)
    notice = dialog.readiness_notice
    assert notice.isVisible() and "Kabupaten/kota" in notice.text() and "Ahli waris" in notice.text()
    assert set(dialog.missing) == {"regency", "heir_name"}
    marked = dialog._rows["regency"].field_label("regency")
    assert "font-weight: bold" in marked.styleSheet()
    assert dialog._rows["name"].field_label("name").styleSheet() == ""
    regency = dialog.regency
    top_left = regency.mapTo(dialog.scroll.viewport(), regency.rect().topLeft())
    assert 0 <= top_left.y() and top_left.y() + regency.height() <= dialog.scroll.viewport().height()


def test_a_complete_worker_form_has_no_readiness_notice(qtbot, opd_env, indonesian):
    from rentan_desktop.ui.roster.worker_dialog import WorkerDialog
    from tests.print_support import add_sponsor_with_worker

    _, uid = add_sponsor_with_worker(opd_env.db)
    dialog = WorkerDialog(opd_env, uid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.readiness_notice.isVisible() and dialog.missing == []


def test_the_registration_column_is_in_view_beside_the_kpj(qtbot, opd_env, indonesian):
    """Walk r4, 7: "Pendaftaran BPJS", the column that says what is missing, was off-screen at 1366 px."""
    from rentan_desktop.ui.roster.roster_models import WorkerColumn

    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    window.resize(screens.LAPTOP.width(), screens.LAPTOP.height() - 40)
    window.show()
    window.show_tab("roster")
    QApplication.processEvents()
    table = window.tab("roster").worker_table
    header, model = table.horizontalHeader(), table.model()
    for column in (WorkerColumn.KPJ, WorkerColumn.READY):
        section = model.column_of(column)
        right = header.sectionViewportPosition(section) + header.sectionSize(section)
        assert 0 <= header.sectionViewportPosition(section) and right <= table.viewport().width(), column.name


def test_the_passphrase_prompt_speaks_the_language_chosen_in_settings(qtbot, opd_env, monkeypatch):
    """Walk r4, 13: English chosen in Pengaturan, yet every start asked for the passphrase in Indonesian."""
    from rentan_desktop.context import AppContext
    from rentan_desktop.ui.common.i18n import install_translators
    from rentan_desktop.ui.qt import QDialog
    from rentan_desktop.ui.settings.settings_general import GeneralSection
    from rentan_desktop.ui.shell import unlock
    from tests.ui.conftest import wait_for_ops

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    section = GeneralSection(opd_env)
    qtbot.addWidget(section)
    section.language.setCurrentIndex(section.language.findData("en"))
    section.save()
    wait_for_ops(qtbot, opd_env)
    qtbot.waitUntil(lambda: unlock.ui_state.remembered_language(opd_env.ctx.data_dir) == "en")

    ctx = AppContext.open(opd_env.ctx.data_dir)
    monkeypatch.delenv("RENTAN_LANGUAGE", raising=False)
    monkeypatch.setattr(ctx, "try_unlock", lambda: False)
    seen = {}
    monkeypatch.setattr(unlock.UnlockDialog, "exec",
                        lambda dialog: seen.setdefault("title", dialog.windowTitle()) and QDialog.DialogCode.Rejected)
    install_translators(QApplication.instance(), "id")
    try:
        assert not unlock.unlock_on_start(ctx)
    finally:
        install_translators(QApplication.instance(), "en")
    assert seen["title"] == "Open Rentan Desktop"


def test_home_lines_with_nothing_to_do_offer_no_button_and_setup_names_the_enrollment(qtbot, opd_env, indonesian):
    """Walk r4, 4: a green "no worker at risk" line had an Open button; the OPD's own key step was missing."""
    from tests.pay_helpers import add_sponsor, add_worker
    from tests.ui.test_home_tab import NOW, _window

    add_worker(opd_env.db, NOW, sponsor=add_sponsor(opd_env.db))
    _, home = _window(qtbot, opd_env)
    assert home.line("at_risk").level == "ok" and "at_risk" not in home.buttons
    assert home.line("incomplete").level == "todo" and "incomplete" in home.buttons
    setup = home.line("setup").text
    assert "berkas pendaftaran kunci" in setup and "serahkan ke Disnaker" in setup


def test_key_file_dialogs_start_in_the_last_folder_not_the_programs(qtbot, opd_env, tmp_path, monkeypatch):
    """Walk r4, 8: "Buka berkas kunci…", the letter and the key backup opened in the working folder."""
    from rentan_desktop.ui.common import ui_state
    from rentan_desktop.ui.qt import QFileDialog
    from rentan_desktop.ui.sync.keys_dialog import KeysDialog

    monkeypatch.setattr(ui_state, "removable_drives", lambda: [])
    stick = tmp_path / "stick"
    stick.mkdir()
    ui_state.remember_folder(opd_env.ctx.data_dir, "bundles", stick)
    ui_state.remember_folder(opd_env.ctx.data_dir, "backups", stick)
    started = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: started.append(a[2]) or ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: started.append(a[2]) or ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: started.append(a[2]) or "")
    dialog = KeysDialog(opd_env)
    qtbot.addWidget(dialog)
    dialog.open_key_file()
    dialog.print_letter()
    dialog.backup()
    assert started[0] == str(stick) and started[2] == str(stick)
    assert started[1].endswith("surat-sidik-jari.pdf") and started[1] != "surat-sidik-jari.pdf"


def test_keys_dialog_shows_a_pending_keys_status_on_one_whole_line(qtbot, opd_env, disnaker_ctx, tmp_path,
                                                                   indonesian):
    """Walk r4, 10: "Menunggu pemeriksaan…" wrapped into two cut lines in the keys dialog."""
    from rentan_desktop.sync import provisioning
    from rentan_desktop.ui.common.headers import text_width
    from rentan_desktop.ui.sync.keys_dialog import KeysDialog
    from tests.sync_support import add_opd_row

    add_opd_row(disnaker_ctx, opd_env.site.opd_code, opd_env.site.opd_name)
    file = provisioning.provision_opd(disnaker_ctx.db, disnaker_ctx.data_dir, opd_env.site.opd_code, tmp_path / "s")
    provisioning.receive_key_file(opd_env.db, file)  # pending until the fingerprint is compared
    dialog = KeysDialog(opd_env)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    view, model = dialog.view, dialog.view.model()
    status = model.index(0, 3).data()
    assert status and not view.wordWrap()
    assert view.columnWidth(3) >= view.fontMetrics().horizontalAdvance(status) + 6
    assert view.columnWidth(3) >= text_width(view, 3)


def test_the_default_income_says_it_is_the_default(qtbot, opd_env, indonesian):
    """Walk r4, 5: Rp1.000.000 for workers whose file had no income column, with no word where it came from."""
    from rentan_desktop.ui.roster.worker_dialog import WorkerDialog

    dialog = WorkerDialog(opd_env)
    qtbot.addWidget(dialog)
    assert dialog.income.text() == "Rp1.000.000 (golongan terendah, nilai bawaan)"
    dialog.income.setValue(1_500_000)
    assert dialog.income.text() == "Rp1.500.000" and dialog.data()["declared_income"] == 1_500_000


def test_an_install_without_sponsors_does_not_offer_add_a_worker_first(qtbot, opd_env, indonesian):
    """Walk r4, 4: "Tambah pekerja…" was offered while Beranda itself said there is no sponsor yet."""
    from tests.pay_helpers import add_sponsor
    from tests.ui.test_home_tab import _window

    window, home = _window(qtbot, opd_env)
    step = home.step_buttons["add_worker"]
    assert home.lines[0].key == "start" and not step.isEnabled() and "penanggung" in step.toolTip()
    add_sponsor(opd_env.db)
    opd_env.db.conn.commit()
    opd_env.ops.changed.emit(frozenset({"sponsors"}))
    qtbot.waitUntil(step.isEnabled, timeout=10_000)
