"""Export what a list shows (its filter and sort) to .xlsx: the roster's two pages and the payment tab's three.

The tab describes its view as a `ViewSpec` (a Qt-free function building the Table, a file
name and the filter in words); the file is written on a worker thread with its own connection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from rentan_desktop.pdp import access_log
from rentan_desktop.reports import view_export
from rentan_desktop.reports.model import Table
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.background import run_task
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import QCoreApplication, QMessageBox, QWidget


@dataclass(frozen=True)
class ViewSpec:
    build: Callable[[sqlite_utils.Database], Table]
    file_name: str
    description: str


def roster_spec(tab) -> ViewSpec:
    """The roster page on screen, with its search, filters and the column it is sorted by."""
    if tab.showing_workers():
        flt, model = tab.worker_model.filter, tab.worker_model
        sort, desc = model.sort_key, model._descending

        def build(db):
            return view_export.worker_table(db, flt, sort, desc)

        return ViewSpec(build, "pekerja.xlsx", _filter_words(tab, workers=True))
    flt, model = tab.sponsor_model.filter, tab.sponsor_model
    sort, desc = model.sort_key, model._descending

    def build_sponsors(db):
        return view_export.sponsor_table(db, flt, sort, desc)

    return ViewSpec(build_sponsors, "pemberi-iuran.xlsx", _filter_words(tab, workers=False))


def _filter_words(tab, *, workers: bool) -> str:
    parts = []
    if tab.search.text().strip():
        parts.append(QCoreApplication.translate("ExportView", "search: {text}").format(text=tab.search.text().strip()))
    if workers:
        parts.append(tab.worker_status.currentText())
        if tab.without_sponsor.isChecked():
            parts.append(tab.without_sponsor.text())
        if tab.worker_readiness.currentData():
            parts.append(tab.worker_readiness.currentText())
        if tab.sponsor_chip.isVisible():
            parts.append(tab.sponsor_chip.text().replace("✕", "").strip())
    else:
        parts.append(tab.sponsor_status.currentText())
        if tab.below_quota.isChecked():
            parts.append(tab.below_quota.text())
    return " · ".join(p.replace("&", "") for p in parts if p)


def payment_spec(tab) -> ViewSpec:
    """The payment tab's page on screen: the month's contributions, the arrears or the per-sponsor summary."""
    month = tab.current_month()
    if tab.pages.currentIndex() == tab.PAGE_ARREARS:
        state = tab.arrears_filter.currentData() or None

        def build_arrears(db):
            return view_export.arrears_table(db, month, state)

        return ViewSpec(build_arrears, f"tunggakan-{view_export.file_month(month)}.xlsx",
                        " · ".join([tab.month_combo.currentText(), tab.arrears_filter.currentText()]))
    if tab.pages.currentIndex() == tab.PAGE_SPONSORS:
        def build_sponsors(db):
            return view_export.sponsor_summary_table(db, month)

        return ViewSpec(build_sponsors, f"per-penanggung-{view_export.file_month(month)}.xlsx",
                        tab.month_combo.currentText())
    show, search = tab.show_combo.currentData(), tab.search.text()
    opd_combo = getattr(tab, "opd_filter", None)  # Disnaker's OPD choice
    opd_id = opd_combo.currentData() if opd_combo is not None else None
    words = [tab.month_combo.currentText(), tab.show_combo.currentText()]
    if opd_id is not None:
        words.append(opd_combo.currentText())
    if search.strip():
        words.append(QCoreApplication.translate("ExportView", "search: {text}").format(text=search.strip()))

    def build(db):
        return view_export.payment_table(db, month, show, search, opd_id=opd_id, with_opd=opd_combo is not None)

    return ViewSpec(build, f"iuran-{view_export.file_month(month)}.xlsx", " · ".join(words))


def export_view(env: UiEnv, spec: ViewSpec, parent: QWidget | None, path: str | None = None):
    """Ask where to save (unless `path` is given) and write the workbook in the background."""
    if path is None:
        path = ui_state.save_file_name(parent, env.ctx.data_dir, "exports", QCoreApplication.translate("ExportView", "Export this list"),
                                       spec.file_name, QCoreApplication.translate("ExportView", "Excel workbook (*.xlsx)"), suffix=".xlsx")
    if not path:
        return None
    ctx = env.ctx

    def work(_state):
        with ctx.reader() as db:
            table = spec.build(db)
            view_export.write_view(db, table, path, description=spec.description)
            return len(table.rows)

    operator = env.operator

    def done(count: int) -> None:
        # UU PDP: a list of people (NIK, names, phones) left the install: who, when, which file.
        env.ops.run(lambda db: access_log.record(db, operator, "export", Path(path).name), changes={"pdp"},
                    short=True)  # one line: the roster's cached pages stay
        QMessageBox.information(parent, QCoreApplication.translate("ExportView", "Export this list"),
                                QCoreApplication.translate("ExportView", "Saved {count} row(s) to {path}.").format(count=count, path=path))

    return run_task(work, title=QCoreApplication.translate("ExportView", "Exporting…"), parent=parent, on_success=done)
