"""Disnaker: every OPD of the Pemda with its key status and last bundle; add, edit, import, provision."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rentan_desktop.disnaker import registry
from rentan_desktop.domain.dates import format_date
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.disnaker.disnaker_models import Column, RowsModel
from rentan_desktop.ui.disnaker.opd_dialog import OpdDialog
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def _states(db) -> dict[str, Any]:
    try:
        from rentan_desktop.sync.registry import site_states
    except ImportError:
        return {}
    try:
        return {s.opd_code: s for s in site_states(db)}
    except Exception:  # sync tables missing in an old file: show the list without key columns
        return {}


def _key_label(state: Any) -> str:
    if state is None:
        return ""
    from rentan_desktop.sync.registry import status_label

    return status_label(state.key_status)


def _when(stamp: str | None) -> str:
    return f"{format_date(stamp[:10])} {stamp[11:16]}" if stamp else ""


class DisnakerRegistryTab(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.model = RowsModel([
            Column(self.tr("Code"), lambda r: r["code"]),
            Column(self.tr("OPD"), lambda r: r["name"] + ("" if r["active"] else " " + self.tr("(inactive)"))),
            Column(self.tr("Head of OPD"), lambda r: r["head_name"]),
            Column(self.tr("Contact"), lambda r: r["contact"]),
            Column(self.tr("ASN"), lambda r: r["asn_count"], right=True),
            Column(self.tr("Sponsors"), lambda r: r["sponsors"], right=True),
            Column(self.tr("Workers"), lambda r: r["workers"], right=True),
            Column(self.tr("Key"), lambda r: _key_label(r.get("state"))),
            Column(self.tr("Last bundle"), lambda r: _when(r["state"].last_received_at) if r.get("state") else ""),
            Column(self.tr("Sequence"), lambda r: r["state"].last_sequence if r.get("state") else "", right=True),
            Column(self.tr("Acks owed"), lambda r: r["state"].pending_acknowledgements if r.get("state") else "",
                   right=True),
        ], self)
        self.model.highlight = lambda r: None if r["active"] else "#eeeeee"
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code or name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.reload())
        self.add_button = QPushButton(self.tr("Add OPD…"))
        self.add_button.clicked.connect(self.add_opd)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button = QPushButton(self.tr("Import OPD list…"))
        self.import_button.clicked.connect(self.import_list)
        self.provision_button = QPushButton(self.tr("Provisioning file and letter…"))
        self.provision_button.clicked.connect(self.provision_selected)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for b in (self.add_button, self.edit_button, self.import_button, self.provision_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.reload()

    def tab_title(self) -> str:
        return self.tr("OPD registry")

    def on_changes(self, kinds: frozenset) -> None:
        if kinds & {"opds", "sponsors", "workers", "sync", "keys"}:
            self.reload()

    def reload(self) -> None:
        keep = self.selected()
        rows = registry.list_opds(self.env.db)
        states = _states(self.env.db)
        needle = self.search.text().strip().lower()
        for r in rows:
            r["state"] = states.get(r["code"])
        if needle:
            rows = [r for r in rows if needle in r["code"].lower() or needle in r["name"].lower()]
        self.model.set_rows(rows)
        if keep is not None:
            self.select_code(keep["code"])
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        asn = sum(r["asn_count"] or 0 for r in rows)
        sponsors = sum(r["sponsors"] for r in rows)
        self.summary.setText(self.tr("{opds} OPD · {asn} ASN · {sponsors} sponsors · {workers} workers").format(
            opds=len(rows), asn=asn, sponsors=sponsors, workers=sum(r["workers"] for r in rows)))

    def selected(self) -> dict[str, Any] | None:
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_code(self, code: str) -> None:
        for i, r in enumerate(self.model.rows):
            if r["code"] == code:
                self.table.selectRow(i)
                return

    def add_opd(self) -> OpdDialog:
        dialog = OpdDialog(self.env, parent=self)
        dialog.accepted.connect(lambda: self._after_add(dialog))
        dialog.open()
        return dialog

    def _after_add(self, dialog: OpdDialog) -> None:
        code = dialog.code.text().strip()
        self.reload()
        self.select_code(code)
        if dialog.provision.isChecked():
            self.provision(code)

    def edit_selected(self) -> OpdDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = OpdDialog(self.env, row["uid"], parent=self)
        dialog.open()
        return dialog

    def import_list(self, path: str | None = None) -> None:
        if not path:
            path = ui_state.open_file_name(self, self.env.ctx.data_dir, "imports", self.tr("Import OPD list"),
                                           self.tr("Spreadsheets (*.xlsx *.csv)"))
        if not path:
            return
        operator = self.env.operator

        def done(report: registry.OpdImport) -> None:
            if not report.ok:
                text = "\n".join(str(p) for p in report.problems[:30])
                more = len(report.problems) - 30
                if more > 0:
                    text += "\n" + self.tr("… and {n} more.").format(n=more)
                QMessageBox.warning(self, self.tr("Import OPD list"),
                                    self.tr("Nothing was imported; correct these rows and try again:") + "\n\n" + text)
                return
            QMessageBox.information(self, self.tr("Import OPD list"), " ".join(filter(None, (self.tr(
                "{created} OPD added, {updated} updated, {unchanged} unchanged.").format(
                created=len(report.created), updated=len(report.updated), unchanged=len(report.unchanged)),
                report.skipped_text()))))

        self.env.ops.run(lambda db: registry.import_opds(db, operator, Path(path)), changes={"opds"},
                         on_success=done, parent=self)

    def provision_selected(self) -> None:
        row = self.selected()
        if row is None:
            QMessageBox.information(self, self.tr("Provisioning"), self.tr("Select an OPD first."))
            return
        self.provision(row["code"])

    def provision(self, code: str, folder: str | None = None) -> None:
        if not folder:
            folder = ui_state.folder_name(self, self.env.ctx.data_dir, "bundles",
                                          self.tr("Folder for the provisioning file (USB stick)"), removable_first=True)
        if not folder:
            return
        from rentan_desktop.ui.sync import sync_unlock

        if not sync_unlock.ensure_unlocked(self, self.env):  # the provisioning file is signed
            return
        data_dir = self.env.ctx.data_dir

        def done(made: registry.Provisioning) -> None:
            names = [str(p) for p in made.files] + ([str(made.letter)] if made.letter else [])
            text = self.tr("Written:") + "\n" + "\n".join(names) + "\n\n" + self.tr(
                "Give the file to the OPD on a USB stick and the signed letter on paper; the OPD compares the "
                "fingerprint before it trusts Disnaker's key.")
            QMessageBox.information(self, self.tr("Provisioning"), text)

        self.env.ops.run(lambda db: registry.issue_provisioning(db, data_dir, code, Path(folder)),
                         changes={"opds", "sync", "keys"}, on_success=done, parent=self)
