"""Every tab and dialog of both roles, built over installs with a little data, for the tests that
walk all screens (fit at 1366x768, no English in the Indonesian UI).

`screens(kind, env, tmp_path)` yields (name, widget) pairs; each widget is shown and laid out
before it is yielded, and closed after the caller is done with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rentan_desktop import setup_hooks
from rentan_desktop.domain.months import add_months, current_month
from rentan_desktop.roster import demo
from rentan_desktop.ui.qt import QApplication, QRect, Qt, QWidget

# A 1366x768 office laptop, less a 40 px Windows taskbar.
LAPTOP = QRect(0, 0, 1366, 728)


def fill_opd(env) -> dict:
    """A few sponsors and workers of every status, some payments."""
    db = env.db
    demo.generate(db, sponsors=6, workers=10, operator="test")
    setup_hooks.after_demo(db, seed=20261123)
    worker = db.execute("SELECT uid FROM workers WHERE status = 'active' ORDER BY id LIMIT 1").fetchone()[0]
    sponsor = db.execute("SELECT uid FROM sponsors ORDER BY id LIMIT 1").fetchone()[0]
    payment = db.execute("SELECT uid FROM payments WHERE kind = 'payment' AND reversed_at IS NULL "
                         "ORDER BY id DESC LIMIT 1").fetchone()
    return {"worker": worker, "sponsor": sponsor, "payment": payment[0] if payment else None}


def _settle(widget: QWidget) -> QWidget:
    widget.show()
    QApplication.processEvents()
    return widget


def _main_window_tabs(env) -> Iterator[tuple[str, QWidget]]:
    from rentan_desktop.ui.shell.main_window import MainWindow

    window = _settle(MainWindow(env))
    try:
        for key in list(window.tab_widgets):
            window.show_tab(key)
            QApplication.processEvents()
            yield f"main window, tab {key}", window
            # Pages inside the tab (roster: workers/sponsors; payments: month/arrears/sponsors).
            pages = getattr(window.tab_widgets[key], "pages", None)
            if pages is not None:
                for index in range(1, pages.count()):
                    pages.setCurrentIndex(index)
                    QApplication.processEvents()
                    yield f"main window, tab {key}, page {index}", window
                pages.setCurrentIndex(0)
            window.tab_widgets[key].findChildren(QWidget)  # keep the tab alive while walking
    finally:
        window.close()


def _sample_pdf(tmp_path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "sample.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Rp16.800")
    canvas.showPage()
    canvas.save()
    return path


def _summary():
    from rentan_desktop.sync.importer import ImportSummary

    summary = ImportSummary(peer="1.01", sender="OPD 1.01", kind="changes", sequence=3,
                            file_name="1.01-ke-disnaker-0003.rentan.tar", file_sha256="ab" * 32)
    from rentan_desktop import fields
    from rentan_desktop.fields import display

    for table in ("sponsors", "workers", "payments"):
        t = summary.table(table)
        t.add("new", "uid-1", "Siti Aminah", "")
        t.add("updated", "uid-2", "Budi", "name")
    # What a return bundle carries (QA walk r3, defect 7): a BPJS answer changing a worker's status,
    # dates, a settings row, a duplicate decision, a payment named by its worker: through the same
    # registry display the planner uses (sync/row_plan.py).
    def change(column, before, after):
        return (fields.label("workers", column), display.show("workers", column, before),
                display.show("workers", column, after))
    summary.table("workers").add_change("uid-3", "SUPRIYADI", [
        change("status", "draft", "active"), change("bpjs_status", None, "accepted"),
        change("bpjs_start_date", None, "2026-12-01"), change("start_month", "2026-11", "2026-12")])
    summary.table("settings").add("present", "quotas", display.setting_label("quotas"))
    summary.table("settings").add("present", "coverage_target", display.setting_label("coverage_target"))
    summary.table("duplicate_decisions").add(
        "new", "uid-4", f"6271014211850022 {display.show('duplicate_decisions', 'outcome', 'withdraw')}")
    summary.table("payments").add("new", "uid-5", display.payment_label("ARBAIN", "2026-12", -16800, "reversal"))
    return summary


def summary_showing(dialog, category: str):
    """The summary dialog with one category of records shown (as the clerk picks it)."""
    from rentan_desktop.sync.plan import CATEGORIES

    dialog.category.setCurrentIndex(CATEGORIES.index(category))
    return dialog


def with_messages(dialog):
    """A worker form as a hurried clerk leaves it: a short NIK, an age outside the programme's range,
    a bad phone number, with every message under its field."""
    dialog.nik.setText("32010115089")
    dialog.birth_date.setText("01/01/1950")
    dialog.phone.setText("12")
    dialog.rt.setText("abc")
    for name in ("nik", "name", "birth_date", "phone", "rt", "mother_name", "start_month"):
        dialog._touch(name)
    return dialog


def with_sponsor_messages(dialog):
    dialog.nip.setText("19840307 200904 2 01")
    dialog.phone.setText("12")
    for name in ("nip", "name", "phone", "birth_date"):
        dialog._touch(name)
    return dialog


def file_dialog(folder: Path, save: bool):
    """Qt's own file dialog as the program opens it (static getOpenFileName and friends)."""
    from rentan_desktop.ui.qt import QFileDialog

    (folder / "daftar.xlsx").write_bytes(b"")
    dialog = QFileDialog(None, "Buka daftar", str(folder), "Lembar kerja (*.xlsx)")
    if QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs):
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return dialog


def question_box():
    from rentan_desktop.ui.qt import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, "Rentan Desktop", "Simpan perubahan?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    return box


def opd_dialogs(env, tmp_path: Path, data: dict) -> Iterator[tuple[str, object]]:
    """(name, factory) of every OPD dialog; factories take no argument."""
    from rentan_desktop.ui.maintenance.about_dialog import AboutDialog
    from rentan_desktop.ui.maintenance.backup_dialog import BackupDialog
    from rentan_desktop.ui.payments.pay_bulk_dialog import PayBulkDialog
    from rentan_desktop.ui.payments.pay_dialog import PayDialog
    from rentan_desktop.ui.payments.pay_reverse_dialog import PayReverseDialog
    from rentan_desktop.ui.payments.rates_section import RateTableDialog
    from rentan_desktop.ui.printing.preview_dialog import PreviewDialog
    from rentan_desktop.ui.roster.audit_dialog import AuditDialog
    from rentan_desktop.ui.roster.import_wizard import ImportWizard
    from rentan_desktop.ui.roster.roster_end_dialog import RosterEndDialog
    from rentan_desktop.ui.roster.sponsor_dialog import SponsorDialog
    from rentan_desktop.ui.roster.worker_dialog import SponsorPicker, WorkerDialog
    from rentan_desktop.ui.sync import sync_unlock
    from rentan_desktop.ui.sync.keys_dialog import KeysDialog
    from rentan_desktop.ui.sync.sync_summary_dialog import SummaryDialog

    yield "worker dialog (new)", lambda: WorkerDialog(env)
    yield "worker dialog (existing)", lambda: WorkerDialog(env, uid=data["worker"])
    yield "worker dialog (every message shown)", lambda: with_messages(WorkerDialog(env))
    yield "sponsor picker", lambda: SponsorPicker(env)
    yield "sponsor dialog (messages shown)", lambda: with_sponsor_messages(SponsorDialog(env))
    yield "sponsor dialog (new)", lambda: SponsorDialog(env)
    yield "sponsor dialog (existing)", lambda: SponsorDialog(env, uid=data["sponsor"])
    yield "end worker", lambda: RosterEndDialog(env, "workers", data["worker"], "Siti Aminah")
    yield "history", lambda: AuditDialog(env, data["worker"], "Siti Aminah")
    yield "import wizard", lambda: ImportWizard(env)
    yield "pay dialog", lambda: PayDialog(env, data["worker"])
    yield "pay bulk dialog", lambda: PayBulkDialog(env, current_month(), [])
    if data["payment"]:
        yield "correct a payment", lambda: PayReverseDialog(env, data["payment"])
    yield "rate table", lambda: RateTableDialog(env, None)
    yield "keys and trust", lambda: KeysDialog(env)
    yield "bundle summary", lambda: SummaryDialog(_summary(), confirm=True)
    for category in ("updated", "present"):  # the field-level changes and the settings rows, too
        yield f"bundle summary ({category})", lambda c=category: summary_showing(SummaryDialog(_summary(),
                                                                                               confirm=True), c)
    yield "about", lambda: AboutDialog(env)
    yield "backups", lambda: BackupDialog(env)
    yield "print preview", lambda: PreviewDialog(_sample_pdf(tmp_path), title="Daftar", suggested_name="x.pdf",
                                                 keep_file=True)
    yield "passphrase prompt", lambda: sync_unlock.make_prompt(None, "Rentan Desktop", sync_unlock.prompt_text(1))
    yield "previous month", lambda: PayDialog(env, data["worker"], [add_months(current_month(), -1)])
    yield "file dialog (open)", lambda: file_dialog(tmp_path, save=False)
    yield "file dialog (save)", lambda: file_dialog(tmp_path, save=True)
    yield "question box", lambda: question_box()


def disnaker_dialogs(env, tmp_path: Path) -> Iterator[tuple[str, object]]:
    from rentan_desktop.ui.disnaker.bpjs_template_dialog import BpjsTemplateDialog
    from rentan_desktop.ui.disnaker.opd_dialog import OpdDialog

    yield "OPD dialog (new)", lambda: OpdDialog(env)
    yield "BPJS template dialog", lambda: BpjsTemplateDialog(env)


def first_run_dialog(tmp_path: Path):
    from rentan_desktop.context import AppContext
    from rentan_desktop.ui.shell.first_run import FirstRunDialog

    ctx = AppContext.open(tmp_path / "fresh")
    dialog = FirstRunDialog(ctx)
    dialog.destroyed.connect(lambda *_: None)
    return ctx, dialog


def walk(env, tmp_path: Path, role: str) -> Iterator[tuple[str, QWidget]]:
    """Every screen of `role`, shown; the caller inspects each before the next is made."""
    data = fill_opd(env) if role == "opd" else None
    yield from _main_window_tabs(env)
    factories = opd_dialogs(env, tmp_path, data) if role == "opd" else disnaker_dialogs(env, tmp_path)
    for name, factory in factories:
        widget = _settle(factory())
        try:
            yield name, widget
        finally:
            widget.close()
            widget.deleteLater()
    if role == "opd":
        ctx, dialog = first_run_dialog(tmp_path)
        try:
            yield "first run", _settle(dialog)
        finally:
            dialog.close()
            ctx.close()
