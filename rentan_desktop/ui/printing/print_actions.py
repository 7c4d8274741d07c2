"""Print actions that the printing area adds to other tabs' menus.

Tabs call these with themselves so that printing code stays in the printing area:
- install_roster_actions(tab): the roster tab's print menu (tab.print_menu, a QMenu).
  The tab offers selected_worker_uids(), selected_sponsor_uids(), visible_worker_uids().
- extend_worker_context_menu(menu, tab, worker_uid) / extend_sponsor_context_menu(menu, tab, sponsor_uid)
- install_payment_actions(tab): the payment tab's print menu (tab.print_menu).
  The tab offers current_month() and selected_sponsor_uids() and selected_payment_uids().

Every action reads what to print on the GUI thread, renders the PDF in the background
(run_task: progress bar and Cancel, the window stays responsive) on its own connection,
then opens the preview, from which the user saves the PDF or prints it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rentan_desktop.domain.months import current_month
from rentan_desktop.printing import scratch
from rentan_desktop.tasks import TaskState
from rentan_desktop.ui.common.background import run_task
from rentan_desktop.ui.qt import QCoreApplication, QMenu, QMessageBox, QWidget

CONFIRM_PAGES = 300  # ask before a batch this large
translate = QCoreApplication.translate


@dataclass
class PrintJob:
    """One document to make: `render(db, out_path, state)` writes the PDF."""
    title: str
    file_name: str
    render: Callable[..., Path]
    pages: int = 1
    # For a document about people: the per-person file name (printing.file_names), read from the install
    # on the GUI thread before rendering, so two workers' forms never suggest the same file.
    name_for: Callable[..., str] | None = None


def run_job(env, job: PrintJob, parent: QWidget | None,
            on_done: Callable[[Path], None] | None = None) -> object | None:
    """Render in the background, then show the preview (or call on_done with the PDF path)."""
    if job.pages > CONFIRM_PAGES:
        answer = QMessageBox.question(parent, job.title, translate(
            "PrintActions", "This prints {count} pages. Continue?").format(count=job.pages))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    if job.name_for is not None:
        job.file_name = job.name_for(env.db)
    folder = scratch.new_folder()  # the PDF holds personal data: removed once the preview has read it
    out_path = folder / job.file_name

    operator = env.operator

    def work(state: TaskState) -> Path:
        from rentan_desktop.pdp import access_log
        from rentan_desktop.printing import native

        db = env.ctx.new_connection()  # SQLite connections stay on their own thread
        try:
            with native.writing():  # one document at a time: reportlab and Pillow share caches
                path = job.render(db, out_path, state)
            access_log.record(db, operator, "print", job.file_name)  # UU PDP: who printed personal data
            return path
        except BaseException:  # failed or cancelled: no half-written personal data left behind
            scratch.remove(folder)
            raise
        finally:
            db.close()

    def finished(path: Path) -> None:
        if on_done is not None:
            on_done(path)
        else:
            open_preview(path, title=job.title, suggested_name=job.file_name, parent=parent,
                         session=env.ctx.session, data_dir=env.ctx.data_dir)

    return run_task(work, title=translate("PrintActions", "Printing {title}…").format(title=job.title), parent=parent,
                    on_success=finished, on_end=lambda: scratch.remove(folder))  # the preview has read it by then


def open_preview(path: Path, *, title: str, suggested_name: str, parent: QWidget | None, session=None,
                 data_dir: Path | str | None = None):
    """Show the preview; the install's session remembers it (tests look at the finished dialog)."""
    from rentan_desktop.ui.printing.preview_dialog import PreviewDialog

    dialog = PreviewDialog(path, title=title, suggested_name=suggested_name, parent=parent, data_dir=data_dir)
    if session is not None:
        session.last_preview = dialog
    dialog.open()
    return dialog


def _nothing_selected(parent: QWidget | None, what: str) -> None:
    QMessageBox.information(parent, translate("PrintActions", "Print"), what)


# -- jobs -------------------------------------------------------------------------------------------

def forms_job(worker_uids: list[str]) -> PrintJob:
    from rentan_desktop.printing import enrollment_form, file_names

    uids = list(worker_uids)
    return PrintJob(translate("PrintActions", "Enrollment forms"), "formulir-pendaftaran.pdf",
                    lambda db, out, state: enrollment_form.render(out, db=db, worker_uids=uids, state=state),
                    pages=len(uids),
                    name_for=lambda db: file_names.worker_document(db, "formulir-pendaftaran", uids))


def draft_forms_job(env) -> PrintJob:
    from rentan_desktop.printing.records import select_workers

    return forms_job(select_workers(env.db, status="draft"))


def statements_job(sponsor_uids: list[str], month: str | None = None) -> PrintJob:
    from rentan_desktop.printing import file_names, statement_letter

    uids = list(sponsor_uids)
    return PrintJob(translate("PrintActions", "Statement letters"), "surat-pernyataan.pdf",
                    lambda db, out, state: statement_letter.render(out, db=db, sponsor_uids=uids, month=month,
                                                                   state=state),
                    pages=len(uids),
                    name_for=lambda db: file_names.sponsor_document(db, "surat-pernyataan", uids))


def deductions_job(month: str, sponsor_uids: list[str] | None = None) -> PrintJob:
    from rentan_desktop.printing import deduction_list
    from rentan_desktop.reports.view_export import file_month  # "Desember-2026", never "2026-12"

    uids = list(sponsor_uids) if sponsor_uids is not None else None
    return PrintJob(translate("PrintActions", "Payroll deduction list"), f"daftar-potongan-{file_month(month)}.pdf",
                    lambda db, out, state: deduction_list.render(out, db=db, month=month, sponsor_uids=uids,
                                                                 state=state))


def receipts_job(payment_uids: list[str]) -> PrintJob:
    from rentan_desktop.printing import file_names, receipt

    uids = list(payment_uids)
    return PrintJob(translate("PrintActions", "Receipts"), "kuitansi.pdf",
                    lambda db, out, state: receipt.render(out, db=db, payment_uids=uids, state=state),
                    pages=len(uids), name_for=lambda db: file_names.payment_document(db, "kuitansi", uids))


def sponsor_workers_job(env, sponsor_uid: str) -> PrintJob:
    from rentan_desktop.printing.records import select_workers

    return forms_job(select_workers(env.db, sponsor_uid=sponsor_uid))


# -- roster tab ---------------------------------------------------------------------------------------

def _print_selected_workers(tab) -> None:
    uids = tab.selected_worker_uids()
    if not uids:
        _nothing_selected(tab, translate("PrintActions", "Select one or more workers first."))
        return
    run_job(tab.env, forms_job(uids), tab)


def _print_visible_workers(tab) -> None:
    uids = tab.visible_worker_uids()
    if not uids:
        _nothing_selected(tab, translate("PrintActions", "No workers are shown; change the search or filters."))
        return
    run_job(tab.env, forms_job(uids), tab)


def _print_draft_workers(tab) -> None:
    job = draft_forms_job(tab.env)
    if not job.pages:
        _nothing_selected(tab, translate("PrintActions", "There are no workers in draft status."))
        return
    run_job(tab.env, job, tab)


def _print_selected_statements(tab) -> None:
    uids = tab.selected_sponsor_uids()
    if not uids:
        _nothing_selected(tab, translate("PrintActions", "Select one or more sponsors first (Sponsors page)."))
        return
    print_statements(tab.env, uids, None, tab)


def print_statements(env, sponsor_uids: list[str], month: str | None, parent: QWidget | None) -> object | None:
    """Letters for the chosen sponsors that have something to state; the ones left out are named with
    the reason after the preview opens (all of them left out: just the reasons, nothing printed)."""
    from rentan_desktop.printing import statement_letter

    skipped = statement_letter.skipped_sponsors(env.db, sponsor_uids)
    printable = [uid for uid in dict.fromkeys(sponsor_uids) if uid not in skipped]
    if not printable:
        _nothing_selected(parent, "\n".join(skipped.values()))
        return None
    job = statements_job(printable, month)
    if not skipped:
        return run_job(env, job, parent)

    def done(path: Path) -> None:
        open_preview(path, title=job.title, suggested_name=job.file_name, parent=parent, session=env.ctx.session,
                     data_dir=env.ctx.data_dir)
        QMessageBox.information(parent, job.title, translate(
            "PrintActions", "{printed} letters printed; {count} sponsors skipped:\n{reasons}").format(
            printed=len(printable), count=len(skipped), reasons="\n".join(f"• {r}" for r in skipped.values())))

    return run_job(env, job, parent, on_done=done)


def install_roster_actions(tab) -> None:
    menu: QMenu = tab.print_menu
    menu.addAction(translate("PrintActions", "Enrollment forms: selected workers…"), lambda: _print_selected_workers(tab))
    menu.addAction(translate("PrintActions", "Enrollment forms: all workers shown…"), lambda: _print_visible_workers(tab))
    menu.addAction(translate("PrintActions", "Enrollment forms: all draft workers…"), lambda: _print_draft_workers(tab))
    menu.addSeparator()
    menu.addAction(translate("PrintActions", "Statement letters: selected sponsors…"), lambda: _print_selected_statements(tab))


def extend_worker_context_menu(menu, tab, worker_uid: str) -> None:
    menu.addAction(translate("PrintActions", "Print enrollment form…"), lambda: run_job(tab.env, forms_job([worker_uid]), tab))


def extend_sponsor_context_menu(menu, tab, sponsor_uid: str) -> None:
    menu.addAction(translate("PrintActions", "Print statement letter…"), lambda: run_job(tab.env, statements_job([sponsor_uid]), tab))
    menu.addAction(translate("PrintActions", "Print enrollment forms of this sponsor's workers…"),
                   lambda: _print_sponsor_workers(tab, sponsor_uid))


def _print_sponsor_workers(tab, sponsor_uid: str) -> None:
    job = sponsor_workers_job(tab.env, sponsor_uid)
    if not job.pages:
        _nothing_selected(tab, translate("PrintActions", "This sponsor has no workers yet."))
        return
    run_job(tab.env, job, tab)


# -- payment tab -------------------------------------------------------------------------------------

def _month_of(tab) -> str:
    return tab.current_month() or current_month()


def _print_deductions(tab, selected_only: bool) -> None:
    uids = None
    if selected_only:
        uids = tab.selected_sponsor_uids()
        if not uids:
            _nothing_selected(tab, translate("PrintActions", "Select one or more sponsors first."))
            return
    run_job(tab.env, deductions_job(_month_of(tab), uids), tab)


def _print_receipts(tab) -> None:
    uids = tab.selected_payment_uids()
    if not uids:
        _nothing_selected(tab, translate("PrintActions", "Select one or more paid rows of the month first."))
        return
    run_job(tab.env, receipts_job(uids), tab)


def _print_payment_statements(tab) -> None:
    uids = tab.selected_sponsor_uids()
    if not uids:
        _nothing_selected(tab, translate("PrintActions", "Select one or more sponsors first."))
        return
    print_statements(tab.env, uids, _month_of(tab), tab)


def install_payment_actions(tab) -> None:
    menu: QMenu = tab.print_menu
    menu.addAction(translate("PrintActions", "Payroll deduction list of the month…"), lambda: _print_deductions(tab, False))
    menu.addAction(translate("PrintActions", "Payroll deduction list: selected sponsors…"), lambda: _print_deductions(tab, True))
    menu.addSeparator()
    menu.addAction(translate("PrintActions", "Receipts for the selected payments…"), lambda: _print_receipts(tab))
    menu.addAction(translate("PrintActions", "Statement letters: selected sponsors…"), lambda: _print_payment_statements(tab))
