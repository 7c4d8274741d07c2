"""QA walk r5, 11: Beranda says "today"/"yesterday" for a bundle just made, not "0 days ago"; the
fingerprint letter's save dialog opens beside the key files (the stick), not in the home folder."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.reports import home

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(("sent", "said"), [
    ("2026-12-02T09:15:00", "made today (02/12/2026)"),
    ("2026-12-01T16:00:00", "made yesterday (01/12/2026)"),
    ("2026-11-28T10:00:00", "made 4 day(s) ago (28/11/2026)"),
])
def test_the_bundle_line_says_today_and_yesterday(db, sent, said):
    db.execute("INSERT INTO sync_exports(at, operator, peer, kind, sequence, rev_from, rev_to, file_name, "
               "file_sha256, counts) VALUES (?, 'Siti', 'disnaker', 'opd', 1, 0, 5, 'b', 'x', '{}')", [sent])
    line = next(line for line in home.opd_lines(db, TODAY) if line.key == "bundle")
    assert said in line.text and "0 day" not in line.text


def test_the_fingerprint_letter_is_saved_beside_the_enrollment_file(qtbot, opd_env, tmp_path, monkeypatch):
    from rentan_desktop.ui.common import ui_state
    from rentan_desktop.ui.qt import QFileDialog
    from rentan_desktop.ui.sync.keys_dialog import KeysDialog

    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    monkeypatch.setattr(ui_state, "removable_drives", lambda: [])
    ui_state.remember_folder(opd_env.ctx.data_dir, "bundles", stick)  # where the enrollment file went
    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: opened.append(a[2]) or ("", ""))
    dialog = KeysDialog(opd_env)
    qtbot.addWidget(dialog)
    dialog.print_letter()
    assert opened and opened[0].startswith(str(stick))


@pytest.mark.parametrize(("months", "shown"), [
    (("2027-01",), "Januari 2027"),
    (("2026-12", "2027-01"), "Desember 2026 – Januari 2027"),
])
def test_the_arrears_tab_names_unpaid_months_as_months_read_everywhere(qtbot, months, shown):
    """QA walk r5, 22: "Bulan belum dibayar 2027-01"."""
    from rentan_desktop import i18n
    from rentan_desktop.payments.status import ArrearsRow
    from rentan_desktop.ui.payments.payment_models import ArrearsModel

    model = ArrearsModel()
    model.set_rows([ArrearsRow("u1", "SITI MARYAM", "6271010101900001", "active", None, None, None, months,
                               16_800 * len(months), "behind")])
    i18n.set_language("id")
    try:
        assert model.index(0, 3).data() == shown
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize(("locked", "closes"), [(True, False), (False, True)])
def test_esc_on_the_lock_screen_does_nothing(qtbot, opd_ctx, locked, closes):
    """QA walk r5, 19: Esc on the lock screen quit Rentan Desktop; at the start prompt Esc still quits."""
    from rentan_desktop.context import AppContext
    from rentan_desktop.ui.qt import Qt
    from rentan_desktop.ui.shell.unlock import UnlockDialog

    ctx = AppContext.open(opd_ctx.data_dir)
    dialog = UnlockDialog(ctx, locked=locked)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
    assert dialog.isVisible() is not closes
    ctx.close()


def test_a_rejected_worker_is_red_in_the_registration_column(qtbot, opd_env):
    """QA walk r5, 18 (also seen): 'Ditolak BPJS: …' was plain black while 'Data kurang' rows were red."""
    from rentan_desktop.ui.qt import Qt
    from rentan_desktop.ui.roster.roster_models import BELOW_QUOTA_COLOUR, WorkerColumn
    from rentan_desktop.ui.roster.roster_tab import RosterTab
    from tests.print_support import add_sponsor_with_worker

    _, uid = add_sponsor_with_worker(opd_env.db)
    opd_env.db.execute("UPDATE workers SET bpjs_status = 'rejected', bpjs_reason = 'NIK tidak ditemukan' "
                       "WHERE uid = ?", [uid])
    tab = RosterTab(opd_env)
    qtbot.addWidget(tab)
    model = tab.worker_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    cell = model.index(0, model.column_of(WorkerColumn.READY))
    assert cell.data().startswith("Rejected by BPJS: NIK tidak ditemukan")
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == BELOW_QUOTA_COLOUR
    assert "Correct the data" in cell.data(Qt.ItemDataRole.ToolTipRole)
