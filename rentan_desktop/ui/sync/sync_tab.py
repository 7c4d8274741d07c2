"""The Sync tab: write a bundle to a folder or drive, open one (dry-run summary, then
import), the import log, conflicts for a person to decide, duplicate flags (OPD) and the
state of every OPD's link (Disnaker). Keys and trust live in KeysDialog."""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.errors import UserError
from rentan_desktop.sync import export, history, importer, keys, outgoing, provisioning, registry
from rentan_desktop.sync.plan import ImportSummary
from rentan_desktop.sync.provisioning import provision_opd
from rentan_desktop.tasks import TaskState
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.background import run_task
from rentan_desktop.ui.common.operations import show_error
from rentan_desktop.ui.common.style import ERROR_STYLE
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.sync import sync_unlock
from rentan_desktop.ui.sync.key_notice_box import KeyNoticeBox
from rentan_desktop.ui.sync.province_box import ProvinceBox
from rentan_desktop.ui.sync.quarantine_page import QuarantinePage
from rentan_desktop.ui.sync.sync_labels import field_label, table_label
from rentan_desktop.ui.sync.sync_models import SyncRowsModel
from rentan_desktop.ui.sync.sync_summary_dialog import SummaryDialog
from rentan_desktop.ui.sync.sync_tables import table_view as _table
from rentan_desktop.ui.sync.sync_tables import when as _when

IMPORT_CHANGES = {"sync", "opds", "sponsors", "workers", "payments", "rates", "settings", "duplicates", "keys", "bpjs"}


class SyncTab(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.last_summary: ImportSummary | None = None
        self.last_written: list[Path] = []

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.key_warning = QLabel()
        self.key_warning.setWordWrap(True)
        self.key_warning.setStyleSheet(ERROR_STYLE)
        self.export_button = QPushButton(self.tr("Write bundles for all OPDs...") if env.is_disnaker
                                         else self.tr("Write bundle for Disnaker..."))
        self.import_button = QPushButton(self.tr("Open a bundle..."))
        self.keys_button = QPushButton(self.tr("Keys and trust..."))
        self.export_button.clicked.connect(self.choose_export_folder)
        self.import_button.clicked.connect(self.choose_bundle)
        self.keys_button.clicked.connect(self.open_keys)
        actions = QHBoxLayout()
        for b in (self.export_button, self.import_button, self.keys_button):
            actions.addWidget(b)
        # When Disnaker lost acknowledged changes (its database restored from a backup), it asks
        # the OPD to send everything again.
        self.resend_all = QCheckBox(self.tr("Send everything again (only when Disnaker asks)"))
        self.resend_all.setVisible(not env.is_disnaker)
        actions.addWidget(self.resend_all)
        actions.addStretch(1)
        top = QGroupBox(self.tr("Exchange with {other}").format(
            other=self.tr("the OPDs") if env.is_disnaker else self.tr("Disnaker")))
        top_layout = QVBoxLayout(top)
        # OPD: the steps before the first bundle can reach Disnaker, ticked off as they are done.
        self.checklist = QLabel()
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.checklist.setVisible(not env.is_disnaker and not env.site.training)  # no enrollment from training
        top_layout.addWidget(self.checklist)
        top_layout.addWidget(self.status)
        top_layout.addWidget(self.key_warning)
        self.key_notice = KeyNoticeBox(env, self)  # a peer's new key, until its fingerprint is compared
        top_layout.addWidget(self.key_notice)
        top_layout.addLayout(actions)

        self.log_model = SyncRowsModel([
            (self.tr("Imported"), lambda r: _when(r["at"])),
            (self.tr("By"), lambda r: r["operator"]),
            (self.tr("From"), lambda r: r["totals"]["sender"]),
            (self.tr("Bundle"), lambda r: r["sequence"]),
            (self.tr("New"), lambda r: r["totals"]["new"]),
            (self.tr("Updated"), lambda r: r["totals"]["updated"]),
            (self.tr("Conflicts"), lambda r: r["totals"]["conflicts"]),
            (self.tr("File"), lambda r: r["file_name"]),
            (self.tr("SHA-256"), lambda r: r["file_sha256"][:16]),
        ], self)
        self.log_view = _table(self.log_model)
        self.log_view.doubleClicked.connect(self.show_log_entry)

        self.export_model = SyncRowsModel([
            (self.tr("Written"), lambda r: _when(r["at"])),
            (self.tr("By"), lambda r: r["operator"]),
            (self.tr("For"), lambda r: self.peer_label(r["peer"])),
            (self.tr("Bundle"), lambda r: r["sequence"]),
            (self.tr("Kind"), lambda r: self.kind_label(r["kind"])),
            (self.tr("File"), lambda r: r["file_name"]),
        ], self)
        self.export_view = _table(self.export_model)

        self.conflict_model = SyncRowsModel([
            (self.tr("Received"), lambda r: _when(r["at"])),
            (self.tr("Table"), lambda r: table_label(r["table_name"])),
            (self.tr("Record"), lambda r: r["label"] or r["record_uid"]),
            (self.tr("Field"), lambda r: field_label(r["field"])),
            (self.tr("Here"), lambda r: r["local_value"]),
            (self.tr("In the bundle"), lambda r: r["incoming_value"]),
        ], self)
        self.conflict_view = _table(self.conflict_model)
        self.keep_button = QPushButton(self.tr("Keep the value here"))
        self.take_button = QPushButton(self.tr("Take the bundle's value"))
        self.keep_button.clicked.connect(lambda: self.resolve(False))
        self.take_button.clicked.connect(lambda: self.resolve(True))
        conflicts = QWidget()
        c_layout = QVBoxLayout(conflicts)
        c_layout.addWidget(QLabel(self.tr("Both sides changed these fields. Nothing was overwritten: decide each "
                                          "one.")))
        c_layout.addWidget(self.conflict_view)
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.take_button)
        row.addStretch(1)
        c_layout.addLayout(row)

        self.pages = QTabWidget()
        self.pages.addTab(self.log_view, self.tr("Import log"))
        self.pages.addTab(self.export_view, self.tr("Bundles written"))
        self.pages.addTab(conflicts, self.tr("Conflicts"))
        if env.is_disnaker:
            self.sites_model = SyncRowsModel([
                (self.tr("OPD"), lambda s: s.opd_code),
                (self.tr("Name"), lambda s: s.opd_name),
                (self.tr("Key"), lambda s: registry.status_label(s.key_status)),
                (self.tr("Fingerprint"), lambda s: s.fingerprint),
                (self.tr("Last bundle received"), lambda s: _when(s.last_received_at)),
                (self.tr("Sequence"), lambda s: s.last_sequence),
                (self.tr("Acknowledgements to send"), lambda s: s.pending_acknowledgements),
            ], self)
            self.sites_view = _table(self.sites_model)
            self.provision_button = QPushButton(self.tr("Write provisioning file for the selected OPD..."))
            self.provision_button.clicked.connect(self.write_provisioning)
            self.restore_button = QPushButton(self.tr("Write restore bundle for the selected OPD..."))
            self.restore_button.clicked.connect(self.write_restore)
            sites = QWidget()
            s_layout = QVBoxLayout(sites)
            s_layout.addWidget(self.sites_view)
            r = QHBoxLayout()
            r.addWidget(self.provision_button)
            r.addWidget(self.restore_button)
            r.addStretch(1)
            s_layout.addLayout(r)
            self.pages.insertTab(0, sites, self.tr("OPDs"))
            self.pages.setCurrentIndex(0)
            self.quarantine = QuarantinePage(self.preview, self)  # a kept bundle opens like one from the stick
            self.quarantine_model, self.quarantine_view = self.quarantine.model, self.quarantine.view
            self.pages.addTab(self.quarantine, self.tr("Quarantine"))
        else:
            self.flags_model = SyncRowsModel([
                (self.tr("Worker"), lambda f: f["name"] or f["worker_uid"]),
                (self.tr("Also sponsored in OPD"), lambda f: f["other_opds"]),
                (self.tr("Reported"), lambda f: _when(f["flagged_at"])),
            ], self)
            self.flags_view = _table(self.flags_model)
            self.pages.addTab(self.flags_view, self.tr("Duplicate NIK"))

        layout = QVBoxLayout(self)
        layout.addWidget(top)
        self.province_box = ProvinceBox(env, self) if env.is_disnaker else None
        if self.province_box is not None:
            layout.addWidget(self.province_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.pages)
        layout.addWidget(splitter, 1)
        if not keys.has_keys(env.db):  # an install set up before sync existed
            data_dir = env.ctx.data_dir
            env.ops.run(lambda db: keys.create_keys(db, data_dir), changes={"keys"}, parent=self)
        self.refresh()

    def tab_title(self) -> str:
        return self.tr("Sync")

    def peer_label(self, peer: str) -> str:
        """'Disnaker' or 'OPD 1.03', as the rest of the tab names them (never the stored code)."""
        return self.tr("Disnaker") if peer == registry.DISNAKER else self.tr("OPD {code}").format(code=peer)

    def kind_label(self, kind: str) -> str:
        return {"changes": self.tr("Changes"), "restore": self.tr("Everything (after a restore)")}.get(
            kind, kind)

    def on_changes(self, kinds: frozenset) -> None:
        if kinds & {"sync", "keys", "opds", "settings"}:
            self.refresh()

    # -- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        db = self.env.db
        if getattr(self, "province_box", None) is not None:
            self.province_box.refresh()
        peer = registry.DISNAKER if not self.env.is_disnaker else None
        if peer:
            link = registry.link(db, peer)
            trusted = registry.trusted_keys(db, peer)
            if not trusted:
                text = self.tr("Disnaker's key is not trusted yet. Open Keys and trust, open the provisioning file "
                               "from Disnaker and compare its fingerprint with the signed letter.")
            else:
                text = self.tr("Last bundle written: {sent} (number {seq}). Last bundle from Disnaker: {got}. "
                               "Changes not yet acknowledged by Disnaker are sent again in every bundle.").format(
                    sent=_when(link["out_at"]) or self.tr("never"), seq=link["out_seq"],
                    got=_when(link["in_at"]) or self.tr("never"))
            self.export_button.setEnabled(bool(trusted))
            self.checklist.setText(self.checklist_html(bool(trusted), provisioning.enrollment_written_at(db),
                                                       link["in_at"]))
        else:
            peers = export.exportable_peers(db)
            text = self.tr("{n} OPDs have a trusted key and receive a bundle when you write bundles.").format(
                n=len(peers))
            self.export_button.setEnabled(bool(peers))
            self.sites_model.set_rows(registry.site_states(db))
            self.quarantine_model.set_rows(history.quarantined(self.env.ctx.data_dir))
        if self.env.site.training:  # the core refuses too (store/training.py); say so before a click
            self.export_button.setEnabled(False)
            text = self.tr("This is a training install: it never writes bundles. Bundles for Disnaker are written "
                           "in the real install of this office.")
        self.status.setText(text)
        unprotected = keys.has_keys(db) and keys.protection(db) == "none"
        self.key_warning.setText(self.tr("The secret keys are not protected by a passphrase. Open Keys and trust "
                                         "and set one.") if unprotected else "")
        self.key_warning.setVisible(unprotected)
        self.key_notice.refresh()
        self.log_model.set_rows(history.import_history(db))
        self.export_model.set_rows(export.export_history(db))
        self.conflict_model.set_rows(history.open_conflicts(db))
        if not self.env.is_disnaker:
            self.flags_model.set_rows(history.duplicate_flags(db))
        count = self.conflict_model.rowCount()
        self.pages.setTabText(self.pages.indexOf(self.conflict_view.parentWidget()),
                              self.tr("Conflicts ({n})").format(n=count) if count else self.tr("Conflicts"))

    def checklist_html(self, trusted: bool, enrolled_at: str | None, answered_at: str | None) -> str:
        def step(done: bool, text: str) -> str:
            mark = "&#9745;" if done else "&#9744;"
            return f"<tr><td style='padding-right:6px'>{mark}</td><td>{text}</td></tr>"

        rows = [
            step(trusted, self.tr("1. Disnaker's key trusted: open the provisioning file from Disnaker under Keys "
                                  "and trust and compare its fingerprint with the signed letter.")),
            step(bool(enrolled_at), self.tr(
                "2. Enrollment file written ({when}) and handed to Disnaker with the fingerprint letter signed by the "
                "OPD head.").format(when=_when(enrolled_at)) if enrolled_at else self.tr(
                "2. Write this install's enrollment file (Keys and trust, Write enrollment file) and hand it to "
                "Disnaker with the fingerprint letter signed by the OPD head. Until Disnaker trusts it, your "
                "bundles are refused and kept in its quarantine.")),
            step(bool(answered_at), self.tr(
                "3. Disnaker trusts this install: its first bundle back has arrived.") if answered_at else self.tr(
                "3. Disnaker trusts this install once it opened your enrollment file; its first bundle back "
                "confirms it.")),
        ]
        return "<table>" + "".join(rows) + "</table>"

    # -- export ---------------------------------------------------------------------------

    def choose_export_folder(self) -> None:
        if not self.env.is_disnaker and not provisioning.enrollment_written_at(self.env.db):
            answer = QMessageBox.question(self, self.tr("Enrollment file not written"), self.tr(
                "Disnaker cannot open a bundle from this install before it trusts this install's key. Write "
                "the enrollment file first (Keys and trust, Write enrollment file) and hand it to Disnaker "
                "with the signed fingerprint letter; otherwise the bundle is refused and quarantined.\n\n"
                "Write the bundle anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        folder = ui_state.folder_name(self, self.env.ctx.data_dir, "bundles", self.tr("Folder or USB drive to write to"),
                                      removable_first=True)
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path, peers: list[str] | None = None, kind: str = "changes") -> None:
        """Build and write in the background (progress, Cancel), then record through the op runner."""
        if not sync_unlock.ensure_unlocked(self, self.env):
            return
        ctx = self.env.ctx
        wanted = peers if peers is not None else export.exportable_peers(self.env.db)
        full = kind == "changes" and self.resend_all.isChecked()

        def work(state: TaskState) -> list[export.Written]:
            db = ctx.new_connection()
            try:
                return [export.write_bundle(db, ctx.data_dir, folder, peer=p, kind=kind, full=full, state=state)
                        for p in wanted]
            finally:
                db.close()

        def write() -> None:
            run_task(work, title=self.tr("Writing bundle..."), parent=self, on_success=self._record_written)

        if kind != "changes" or self.env.is_disnaker:
            write()
            return

        def check(state: TaskState) -> list[outgoing.Refusal]:
            db = ctx.new_connection()
            try:
                return outgoing.refusals(db, full=full)
            finally:
                db.close()

        def checked(found: list[outgoing.Refusal]) -> None:
            if found and not self.write_anyway(found):
                return
            write()

        run_task(check, title=self.tr("Checking the records to send..."), parent=self, on_success=checked)

    def write_anyway(self, found: list[outgoing.Refusal]) -> bool:
        """Rows Disnaker would refuse: the OPD fixes them first (No is the default)."""
        answer = QMessageBox.warning(
            self, self.tr("Records Disnaker would refuse"),
            outgoing.warning_text(found) + "\n\n" + self.tr("Write the bundle anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def carries(self, results: list[export.ExportResult]) -> str:
        """What the bundles hold in the clerk's words ("Sponsors 12, Workers 13"), not only where they are
        (QA walk r4, 11)."""
        total: dict[str, int] = {}
        registration = {"ready": 0, "incomplete": 0}
        for result in results:
            for table, count in result.counts.items():
                total[table] = total.get(table, 0) + int(count)
            for state in registration:
                registration[state] += result.registration.get(state, 0)
        parts = [f"{table_label(table)} {count}" + (self.registration_note(registration) if table == "workers" else "")
                 for table, count in total.items() if count]
        return ", ".join(parts) if parts else self.tr("no changed records (it confirms what was received)")

    def registration_note(self, registration: dict[str, int]) -> str:
        """How many of the workers carried Disnaker can register with BPJS now (the roster's 'BPJS
        registration' rule), and how many still lack data."""
        if not registration["ready"] and not registration["incomplete"]:
            return ""
        note = self.tr("{ready} ready to register with BPJS").format(ready=registration["ready"])
        if registration["incomplete"]:
            note += self.tr(", {n} not yet: data missing (see the roster's BPJS registration column)").format(
                n=registration["incomplete"])
        return f" ({note})"

    def _record_written(self, written: list[export.Written]) -> None:
        operator = self.env.operator

        def record(db) -> list[export.ExportResult]:
            return [export.record_sent(db, w, operator) for w in written]

        def done(results: list[export.ExportResult]) -> None:
            self.last_written = [r.path for r in results]
            self.resend_all.setChecked(False)
            QMessageBox.information(self, self.tr("Bundle written"), self.tr(
                "Written and checked:\n{files}\nIt carries: {carries}.\nThe data on the drive is encrypted; only "
                "the recipient can read it.").format(files="\n".join(str(r.path) for r in results),
                                                     carries=self.carries(results)))

        self.env.ops.run(record, changes={"sync"}, on_success=done, parent=self)

    def selected_site(self) -> registry.SiteState | None:
        rows = self.sites_view.selectionModel().selectedRows()
        return self.sites_model.row_at(rows[0].row()) if rows else None

    def write_provisioning(self) -> None:
        state = self.selected_site()
        if state is None:
            return
        folder = ui_state.folder_name(self, self.env.ctx.data_dir, "bundles",
                                      self.tr("Folder or USB drive for the provisioning file"), removable_first=True)
        if not folder or not sync_unlock.ensure_unlocked(self, self.env):
            return
        data_dir = self.env.ctx.data_dir

        def done(path: Path) -> None:
            self.last_written = [path]
            QMessageBox.information(self, self.tr("Provisioning file"), self.tr(
                "Written: {file}\nGive it to OPD {code} with the fingerprint letter signed by the head of "
                "Disnaker (Keys and trust, Print fingerprint letter).").format(file=path, code=state.opd_code))

        self.env.ops.run(lambda db: provision_opd(db, data_dir, state.opd_code, Path(folder)), changes={"sync"},
                         on_success=done, parent=self)

    def write_restore(self) -> None:
        state = self.selected_site()
        if state is None:
            return
        if QMessageBox.question(self, self.tr("Restore bundle"), self.tr(
                "Write a full restore bundle for OPD {code}? Use it only when the OPD lost its PC: its new "
                "install must have enrolled its new key first.").format(code=state.opd_code)) != \
                QMessageBox.StandardButton.Yes:
            return
        folder = ui_state.folder_name(self, self.env.ctx.data_dir, "bundles", self.tr("Folder or USB drive to write to"),
                                      removable_first=True)
        if folder:
            self.export_to(Path(folder), [state.opd_code], kind="restore")

    # -- import ---------------------------------------------------------------------------

    def choose_bundle(self) -> None:
        name = ui_state.open_file_name(self, self.env.ctx.data_dir, "bundles", self.tr("Open a bundle"),
                                       self.tr("Rentan bundles (*.rentan.tar);;All files (*)"), removable_first=True)
        if name:
            self.preview(Path(name))

    def preview(self, path: Path) -> None:
        if not sync_unlock.ensure_unlocked(self, self.env):
            return
        ctx = self.env.ctx

        def work(state: TaskState) -> ImportSummary | UserError:
            db = ctx.new_connection()
            try:
                # Opened by the operator: a bundle from a key not trusted yet is kept in the quarantine.
                return importer.preview(db, ctx.data_dir, path, state=state, keep_unknown=True)
            except UserError as exc:
                return exc  # shown below, after the quarantine list is refreshed
            finally:
                db.close()

        def checked(result: ImportSummary | UserError) -> None:
            if isinstance(result, UserError):
                self.refresh()
                show_error(self, result)
            else:
                self.confirm(path, result)

        run_task(work, title=self.tr("Checking the bundle..."), parent=self, on_success=checked)

    def confirm(self, path: Path, summary: ImportSummary) -> None:
        self.last_summary = summary
        dialog = SummaryDialog(summary, confirm=True, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or summary.status != "preview":
            return
        data_dir, operator = self.env.ctx.data_dir, self.env.operator

        def done(result: ImportSummary) -> None:
            self.last_summary = result
            QMessageBox.information(self, self.tr("Bundle imported"), self.tr(
                "Imported: {new} new, {updated} updated, {conflicts} conflicts.").format(
                new=result.total("new"), updated=result.total("updated"), conflicts=result.total("conflicts")))

        # Long: progress per section, and Cancel rolls the import back (nothing is kept).
        self.env.ops.run_with_progress(
            lambda db, state: importer.apply(db, data_dir, path, operator, state=state),
            title=self.tr("Importing the bundle..."), changes=IMPORT_CHANGES, on_success=done, parent=self)

    def show_log_entry(self, index) -> None:
        row = self.log_model.row_at(index.row())
        if row is not None:
            SummaryDialog(history.import_summary(self.env.db, row["id"]), confirm=False, parent=self).exec()

    def resolve(self, take_incoming: bool) -> None:
        rows = self.conflict_view.selectionModel().selectedRows()
        conflict = self.conflict_model.row_at(rows[0].row()) if rows else None
        if conflict is None:
            return
        operator = self.env.operator
        self.env.ops.run(lambda db: history.resolve_conflict(db, conflict["id"], operator, take_incoming),
                         changes={"sync", "workers"}, parent=self)

    def open_keys(self) -> None:
        from rentan_desktop.ui.sync.keys_dialog import KeysDialog

        KeysDialog(self.env, self).exec()
