"""Printing from the GUI: preview, Save PDF, Print through QPrintDialog, print actions, letterhead settings."""

from __future__ import annotations

import pypdf
import pytest

from rentan_desktop.printing import enrollment_form
from rentan_desktop.printing.records import select_workers
from rentan_desktop.store import settings
from rentan_desktop.ui.printing import preview_dialog, print_actions
from rentan_desktop.ui.printing.letterhead_section import LetterheadSection
from rentan_desktop.ui.qt import QDialog, QMenu, QPrinter, QWidget
from tests.print_support import HEAD, add_sponsor_with_worker, all_text, fill
from tests.ui.conftest import wait_for_ops


@pytest.fixture
def filled_env(opd_env):
    fill(opd_env.db, workers=12, sponsors=5)
    return opd_env


@pytest.fixture
def forms_pdf(filled_env, tmp_path):
    uids = select_workers(filled_env.db)[:3]
    return enrollment_form.render(tmp_path / "forms.pdf", db=filled_env.db, worker_uids=uids), uids


def test_preview_pages_and_save(qtbot, forms_pdf, tmp_path, monkeypatch):
    path, _ = forms_pdf
    dialog = preview_dialog.PreviewDialog(path, title="Forms", suggested_name="forms.pdf", keep_file=True)
    qtbot.addWidget(dialog)
    assert dialog.page_count == 3
    assert not dialog.page_label.pixmap().isNull()
    assert not dialog.prev_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    dialog.next_button.click()
    assert dialog.page_spin.value() == 3 and not dialog.next_button.isEnabled()
    width_100 = dialog.page_label.pixmap().width()
    dialog.zoom.setCurrentIndex(dialog.zoom.findData(150))
    assert dialog.page_label.pixmap().width() > width_100 * 1.4
    dialog.grab().save(str(tmp_path / "preview.png"))

    target = tmp_path / "saved" / "kept"
    target.parent.mkdir()
    monkeypatch.setattr(preview_dialog.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF")))
    saved = dialog.save_pdf()
    assert saved == target.with_suffix(".pdf")
    assert len(pypdf.PdfReader(str(saved)).pages) == 3


def test_print_paints_every_page_onto_the_printer(qtbot, forms_pdf, tmp_path, monkeypatch):
    path, _ = forms_pdf
    printed = tmp_path / "printed.pdf"

    class FakePrintDialog:
        def __init__(self, printer, parent=None):
            self.printer = printer

        def setMinMax(self, *_):
            pass

        def setOption(self, *_):
            pass

        def exec(self):
            # Send the job to a PDF file instead of a real printer.
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(printed))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(preview_dialog, "QPrintDialog", FakePrintDialog)
    dialog = preview_dialog.PreviewDialog(path, title="Forms", suggested_name="forms.pdf", keep_file=True)
    qtbot.addWidget(dialog)
    assert dialog.print_document() == 3
    assert len(pypdf.PdfReader(str(printed)).pages) == 3


def test_print_cancelled_in_the_dialog_sends_nothing(qtbot, forms_pdf, monkeypatch):
    path, _ = forms_pdf

    class Refused:
        def __init__(self, printer, parent=None):
            pass

        def setMinMax(self, *_):
            pass

        def setOption(self, *_):
            pass

        def exec(self):
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(preview_dialog, "QPrintDialog", Refused)
    dialog = preview_dialog.PreviewDialog(path, title="Forms", suggested_name="forms.pdf", keep_file=True)
    qtbot.addWidget(dialog)
    assert dialog.print_document() == 0


def test_the_preview_removes_its_temporary_file_once_read(qtbot, forms_pdf):
    path, _ = forms_pdf
    dialog = preview_dialog.PreviewDialog(path, title="Forms", suggested_name="forms.pdf")
    qtbot.addWidget(dialog)
    assert not path.exists() and dialog.page_count == 3
    dialog.reject()


@pytest.mark.parametrize("close", ["reject", "close", "escape", "never"])
def test_a_rendered_pdf_rests_in_temp_only_until_the_preview_has_read_it(qtbot, filled_env, tmp_path, monkeypatch,
                                                                        close):
    from rentan_desktop.printing import scratch
    from rentan_desktop.ui.qt import QApplication, QEvent, QKeyEvent, Qt

    folder = scratch.new_folder()
    uids = select_workers(filled_env.db)[:2]
    path = enrollment_form.render(folder / "forms.pdf", db=filled_env.db, worker_uids=uids)
    dialog = print_actions.open_preview(path, title="Forms", suggested_name="forms.pdf", parent=None)
    qtbot.addWidget(dialog)
    assert not folder.exists()  # NIKs and names no longer on disk while the clerk looks at them
    name = filled_env.db.execute("SELECT name FROM workers WHERE uid = ?", [uids[1]]).fetchone()[0]
    assert name in all_text(dialog.pdf_bytes)
    target = tmp_path / "kept.pdf"
    monkeypatch.setattr(preview_dialog.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert dialog.save_pdf() == target and name in all_text(target)  # Save PDF… still works from memory
    if close == "reject":
        dialog.reject()
    elif close == "close":
        dialog.close()
    elif close == "escape":
        QApplication.sendEvent(dialog, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    assert dialog.isHidden() == (close != "never")
    assert not folder.exists()


def test_a_failed_render_leaves_no_temporary_folder(qtbot, filled_env, monkeypatch):
    from rentan_desktop.printing import scratch

    shown = []
    monkeypatch.setattr("rentan_desktop.ui.common.background.show_error", lambda parent, error: shown.append(error))
    job = print_actions.forms_job(select_workers(filled_env.db)[:1])

    def broken(db, out, state):
        out.write_bytes(b"%PDF-1.7 half written")
        raise OSError("disk full")

    job.render = broken
    task = print_actions.run_job(filled_env, job, None)
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: bool(shown))
    assert not [p for p in scratch.root().iterdir() if p.name.startswith("rentan-print-")]


def test_stale_scratch_folders_are_swept_ours_only(tmp_path):
    import os
    import time

    from rentan_desktop.printing import scratch

    now = time.time()
    for name, age_hours in (("rentan-print-old", 30), ("rentan-panduan-old", 48), ("rentan-print-young", 2),
                            ("someone-else-old", 30)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "kuitansi.pdf").write_bytes(b"%PDF")
        os.utime(folder, (now - age_hours * 3600,) * 2)
    assert scratch.sweep_stale(tmp_path, now=now) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rentan-print-young", "someone-else-old"]


class FakeRosterTab(QWidget):
    """Offers what the roster tab offers the printing area."""

    def __init__(self, env, workers, sponsors):
        super().__init__()
        self.env = env
        self.print_menu = QMenu(self)
        self._workers = workers
        self._sponsors = sponsors

    def selected_worker_uids(self):
        return list(self._workers)

    def selected_sponsor_uids(self):
        return list(self._sponsors)

    def visible_worker_uids(self):
        return list(self._workers)


class FakePaymentTab(FakeRosterTab):
    def __init__(self, env, month, sponsors, payments):
        super().__init__(env, [], sponsors)
        self._month = month
        self._payments = payments

    def current_month(self):
        return self._month

    def selected_payment_uids(self):
        return list(self._payments)


def _action(menu: QMenu, starts: str):
    for action in menu.actions():
        if action.text().startswith(starts):
            return action
    raise AssertionError(f"no action {starts!r} in {[a.text() for a in menu.actions()]}")


def _wait_preview(qtbot, before, session):
    qtbot.waitUntil(lambda: session.last_preview is not None and session.last_preview is not before,
                    timeout=20_000)
    dialog = session.last_preview
    qtbot.addWidget(dialog)
    return dialog


def test_roster_print_selected_workers_opens_preview(qtbot, filled_env):
    uids = select_workers(filled_env.db)[:4]
    tab = FakeRosterTab(filled_env, uids, [])
    qtbot.addWidget(tab)
    print_actions.install_roster_actions(tab)
    before = filled_env.ctx.session.last_preview
    _action(tab.print_menu, "Enrollment forms: selected").trigger()
    dialog = _wait_preview(qtbot, before, filled_env.ctx.session)
    assert dialog.page_count == 4
    text = all_text(dialog.pdf_bytes)
    name = filled_env.db.execute("SELECT name FROM workers WHERE uid = ?", [uids[3]]).fetchone()[0]
    assert name in text
    dialog.reject()


def test_context_menus_print_one_record(qtbot, filled_env):
    sponsor_uid, worker_uid = add_sponsor_with_worker(filled_env.db)
    tab = FakeRosterTab(filled_env, [], [])
    qtbot.addWidget(tab)
    menu = QMenu(tab)
    print_actions.extend_worker_context_menu(menu, tab, worker_uid)
    before = filled_env.ctx.session.last_preview
    _action(menu, "Print enrollment form").trigger()
    dialog = _wait_preview(qtbot, before, filled_env.ctx.session)
    assert dialog.page_count == 1 and "Ahmad Fauzi" in all_text(dialog.pdf_bytes)
    assert dialog.suggested_name == "formulir-pendaftaran-ahmad-0001.pdf"  # per worker: the next one is another file
    dialog.reject()

    menu = QMenu(tab)
    print_actions.extend_sponsor_context_menu(menu, tab, sponsor_uid)
    before = filled_env.ctx.session.last_preview
    _action(menu, "Print statement letter").trigger()
    dialog = _wait_preview(qtbot, before, filled_env.ctx.session)
    assert "Budi Santoso" in all_text(dialog.pdf_bytes)
    assert dialog.suggested_name == "surat-pernyataan-budi-1002.pdf"
    dialog.reject()


def test_nothing_selected_says_so(qtbot, filled_env, monkeypatch):
    shown = []
    monkeypatch.setattr(print_actions.QMessageBox, "information", staticmethod(lambda *a: shown.append(a[2])))
    tab = FakeRosterTab(filled_env, [], [])
    qtbot.addWidget(tab)
    print_actions.install_roster_actions(tab)
    _action(tab.print_menu, "Enrollment forms: selected").trigger()
    _action(tab.print_menu, "Statement letters").trigger()
    assert len(shown) == 2 and "Select" in shown[0]


def test_payment_tab_deduction_list_and_receipts(qtbot, filled_env):
    from rentan_desktop.domain.months import current_month

    db = filled_env.db
    payment = db.execute("SELECT uid FROM payments WHERE kind = 'payment' AND reversed_at IS NULL "
                         "AND method = 'tpp' LIMIT 1").fetchone()[0]
    tab = FakePaymentTab(filled_env, current_month(), [], [payment])
    qtbot.addWidget(tab)
    print_actions.install_payment_actions(tab)
    before = filled_env.ctx.session.last_preview
    _action(tab.print_menu, "Payroll deduction list of the month").trigger()
    dialog = _wait_preview(qtbot, before, filled_env.ctx.session)
    assert "PAYROLL DEDUCTION LIST" in all_text(dialog.pdf_bytes)
    dialog.reject()

    before = filled_env.ctx.session.last_preview
    _action(tab.print_menu, "Receipts").trigger()
    dialog = _wait_preview(qtbot, before, filled_env.ctx.session)
    assert "RECEIPT" in all_text(dialog.pdf_bytes)
    dialog.reject()


def test_background_batch_can_be_cancelled(qtbot, filled_env):
    uids = select_workers(filled_env.db)
    job = print_actions.forms_job(uids * 20)
    results = []

    def slow_render(db, out, state):
        state.request_cancel()  # as the Cancel button does
        return enrollment_form.render(out, db=db, worker_uids=uids * 20, state=state)

    job.render = slow_render
    task = print_actions.run_job(filled_env, job, None, on_done=results.append)
    with qtbot.waitSignal(task.done, timeout=20_000) as blocker:
        pass
    from rentan_desktop.tasks import Cancelled

    assert isinstance(blocker.args[1], Cancelled)
    assert results == []


def test_letterhead_section_saves_and_copies_the_logo(qtbot, opd_env, tmp_path, monkeypatch):
    import segno

    logo = tmp_path / "pemkot.png"
    segno.make("logo").save(str(logo), scale=6)
    section = LetterheadSection(opd_env)
    qtbot.addWidget(section)
    assert section.pemda.text() == "Kota Palangka Raya" and section.opd.text() == "Dinas Pendidikan"
    monkeypatch.setattr("rentan_desktop.ui.printing.letterhead_section.QFileDialog.getOpenFileName",
                        staticmethod(lambda *a, **k: (str(logo), "")))
    section.choose_logo()
    assert not section.logo_preview.pixmap().isNull()
    section.address.setPlainText("Jl. Tjilik Riwut Km 5\nPalangka Raya")
    section.head_name.setText(HEAD["head_name"])
    section.head_nip.setText("19660801 198803 1 001")
    section.treasurer_name.setText("Siti Aminah")
    section.bpjs_branch.setText("KCP Palangka Raya")
    section.save()
    wait_for_ops(qtbot, opd_env)
    stored = settings.get(opd_env.db, "letterhead")
    assert stored["address"] == "Jl. Tjilik Riwut Km 5 Palangka Raya"
    assert stored["logo_path"].startswith(str(opd_env.ctx.data_dir))
    assert settings.get(opd_env.db, "signatories")["head_nip"] == "196608011988031001"
    assert settings.get(opd_env.db, "bpjs_branch") == "KCP Palangka Raya"
    section.grab().save(str(tmp_path / "letterhead.png"))


def test_letterhead_section_shows_a_bad_nip_at_its_field(qtbot, opd_env):
    section = LetterheadSection(opd_env)
    qtbot.addWidget(section)
    section.treasurer_nip.setText("12345")
    section.save()
    wait_for_ops(qtbot, opd_env)
    label = section.findChild(type(section.status), "error_treasurer_nip")
    assert label is not None and "18" in label.text()  # "18 digits" in whichever language the install uses
    assert settings.get(opd_env.db, "signatories")["treasurer_nip"] == ""


def test_real_roster_and_payment_tabs_carry_the_print_menu(qtbot, filled_env):
    from rentan_desktop.ui.payments.payment_tab import PaymentTab
    from rentan_desktop.ui.roster.roster_tab import RosterTab

    roster = RosterTab(filled_env)
    qtbot.addWidget(roster)
    texts = [a.text() for a in roster.print_menu.actions() if a.text()]
    assert any(t.startswith("Enrollment forms: selected") for t in texts)
    roster.worker_table.selectRow(0)
    roster.worker_table.selectionModel().select(
        roster.worker_table.model().index(1, 0),
        roster.worker_table.selectionModel().SelectionFlag.Select
        | roster.worker_table.selectionModel().SelectionFlag.Rows)
    assert len(roster.selected_worker_uids()) == 2
    before = filled_env.ctx.session.last_preview
    _action(roster.print_menu, "Enrollment forms: selected").trigger()
    dialog = _wait_preview(qtbot, before, filled_env.ctx.session)
    assert dialog.page_count == 2
    dialog.reject()

    payments = PaymentTab(filled_env)
    qtbot.addWidget(payments)
    assert any(a.text().startswith("Payroll deduction list") for a in payments.print_menu.actions())
    assert payments.print_button.isVisibleTo(payments)


@pytest.mark.parametrize("tab_kind", ["roster", "payments"])
def test_statement_letters_skip_a_sponsor_without_worker_and_name_him(qtbot, filled_env, monkeypatch, tab_kind):
    """QA walk r3, 34: one newly added sponsor without a worker among the selected ones used to stop
    every letter; now the others are printed and the skipped one is named with the reason."""
    from rentan_desktop.domain.months import current_month
    from rentan_desktop.roster import service
    from tests.print_support import SPONSOR

    db = filled_env.db
    with_worker, _ = add_sponsor_with_worker(db)
    lonely = service.save_sponsor(db, "Siti", {**SPONSOR, "name": "Test Orang", "nip": "198703152009012001"}).uid
    shown = []
    monkeypatch.setattr(print_actions.QMessageBox, "information", staticmethod(lambda *a: shown.append(a[2])))
    if tab_kind == "roster":
        tab = FakeRosterTab(filled_env, [], [with_worker, lonely])
        print_actions.install_roster_actions(tab)
        action = _action(tab.print_menu, "Statement letters")
    else:
        tab = FakePaymentTab(filled_env, current_month(), [lonely, with_worker], [])
        print_actions.install_payment_actions(tab)
        action = _action(tab.print_menu, "Statement letters")
    qtbot.addWidget(tab)
    before = filled_env.ctx.session.last_preview
    action.trigger()
    dialog = _wait_preview(qtbot, before, filled_env.ctx.session)
    text = all_text(dialog.pdf_bytes)
    assert dialog.page_count >= 1 and "Budi Santoso" in text and "Test Orang" not in text
    qtbot.waitUntil(lambda: bool(shown))
    assert "1 sponsors skipped" in shown[0] and "Test Orang sponsors no workers yet" in shown[0]
    dialog.reject()


def test_statement_letters_for_sponsors_without_workers_only_say_why(qtbot, filled_env, monkeypatch):
    from rentan_desktop.roster import service
    from tests.print_support import SPONSOR

    lonely = service.save_sponsor(filled_env.db, "Siti", {**SPONSOR, "name": "Test Orang",
                                                         "nip": "198703152009012001"}).uid
    shown = []
    monkeypatch.setattr(print_actions.QMessageBox, "information", staticmethod(lambda *a: shown.append(a[2])))
    tab = FakeRosterTab(filled_env, [], [lonely])
    qtbot.addWidget(tab)
    print_actions.install_roster_actions(tab)
    before = filled_env.ctx.session.last_preview
    _action(tab.print_menu, "Statement letters").trigger()
    assert shown == ["Test Orang sponsors no workers yet; there is nothing to state."]
    assert filled_env.ctx.session.last_preview is before


def test_the_app_sweeps_stale_print_folders_after_the_first_screen(qtbot):
    import os
    import time

    from rentan_desktop.printing import scratch
    from rentan_desktop.ui.app import sweep_print_leftovers_later

    stale = scratch.root() / "rentan-print-left-by-a-crash"
    stale.mkdir()
    (stale / "kuitansi.pdf").write_bytes(b"%PDF")
    os.utime(stale, (time.time() - 2 * 86400,) * 2)
    window = QWidget()
    qtbot.addWidget(window)
    sweep_print_leftovers_later(window)
    assert stale.exists()  # not on the start path
    qtbot.waitUntil(lambda: not stale.exists(), timeout=10_000)


def test_a_second_workers_form_is_offered_beside_the_first_under_its_own_name(qtbot, filled_env, tmp_path,
                                                                              monkeypatch):
    """Two workers' forms saved one after the other: the second never overwrites the first."""
    from pathlib import Path

    from rentan_desktop.ui.common import ui_state

    monkeypatch.setattr(ui_state, "removable_drives", lambda: [])
    folder = tmp_path / "forms"
    folder.mkdir()
    offered = []

    def save_dialog(*args, **_kw):
        offered.append(args[2])
        return (str(folder / Path(args[2]).name), "PDF")  # the clerk keeps the name offered

    monkeypatch.setattr(ui_state.QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    saved = []
    for uid in select_workers(filled_env.db)[:2]:
        before = filled_env.ctx.session.last_preview
        print_actions.run_job(filled_env, print_actions.forms_job([uid]), None)
        dialog = _wait_preview(qtbot, before, filled_env.ctx.session)
        saved.append(dialog.save_pdf())
        dialog.reject()
    assert Path(offered[1]).parent == folder  # beside the first one
    assert saved[0] != saved[1] and all(p.exists() and p.name.startswith("formulir-pendaftaran-") for p in saved)
