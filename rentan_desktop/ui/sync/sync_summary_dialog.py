"""The dry-run summary of a bundle: per table new, updated, already present, conflicts and
errors, with the records concerned and, for updated records, each field from what to what
(labels from the field registry, never table or column names); the operator confirms before
anything is applied."""

from __future__ import annotations

from rentan_desktop import fields
from rentan_desktop.sync.plan import CATEGORIES, ImportSummary, registration_lines, who_must_act
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.sync.sync_labels import table_label
from rentan_desktop.ui.sync.sync_models import SyncRowsModel


class SummaryDialog(QDialog):
    """With `confirm=True` the Import button applies; otherwise it only shows (the log)."""

    def __init__(self, summary: ImportSummary, *, confirm: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Bundle {seq} from {sender}").format(seq=summary.sequence, sender=summary.sender))
        self.resize(760, 520)
        labels = self.category_labels()
        head = QLabel(self.tr("{file}: {new} new, {updated} updated, {present} already present, {conflicts} "
                              "conflicts, {errors} errors").format(
            file=summary.file_name, new=summary.total("new"), updated=summary.total("updated"),
            present=summary.total("present"), conflicts=summary.total("conflicts"), errors=summary.total("errors")))
        head.setWordWrap(True)
        head.setStyleSheet("font-weight: bold;")
        # What Disnaker does next with the new workers: register the ready ones with BPJS.
        self.registration = QLabel("\n".join(registration_lines(summary)))
        self.registration.setWordWrap(True)
        self.registration.setVisible(bool(self.registration.text()))
        notes = QLabel("\n".join(summary.notes))
        notes.setWordWrap(True)
        notes.setVisible(bool(summary.notes))

        self.tables_model = SyncRowsModel([
            (self.tr("Table"), lambda t: fields.table_label(t.table)),
            (labels["new"], lambda t: t.new),
            (labels["updated"], lambda t: t.updated),
            (labels["present"], lambda t: t.present),
            (labels["conflicts"], lambda t: t.conflicts),
            (labels["errors"], lambda t: t.errors),
        ], self)
        self.tables_model.set_rows(summary.tables)
        self.tables_view = QTableView()
        self.tables_view.setModel(self.tables_model)
        self.tables_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tables_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tables_view.setMaximumHeight(200)
        self.tables_view.verticalHeader().setVisible(False)

        self.category = QComboBox()
        for code in CATEGORIES:
            self.category.addItem(labels[code], code)
        self.records_model = SyncRowsModel([
            (self.tr("Table"), lambda r: table_label(r[0])),
            (self.tr("Record"), lambda r: r[2] or r[1]),
            (self.tr("Detail"), lambda r: r[3]),
        ], self)
        self.records_view = QTableView()
        self.records_view.setModel(self.records_model)
        # The record's description takes the width, on one line ("SURYANI · Desember 2026 · Rp16.800");
        # the kind of data and the detail are as wide as their text.
        records_header = self.records_view.horizontalHeader()
        records_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        records_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.records_view.setWordWrap(False)
        self.records_view.verticalHeader().setVisible(False)
        # Updated records, one line per changed field: the DHIS2-style import summary.
        self.changes_model = SyncRowsModel([
            (self.tr("Table"), lambda r: r[0]),
            (self.tr("Record"), lambda r: r[1]),
            (self.tr("Field"), lambda r: r[2]),
            (self.tr("Before"), lambda r: r[3]),
            (self.tr("After"), lambda r: r[4]),
        ], self)
        self.changes_model.set_rows(self.field_changes())
        self.changes_view = QTableView()
        self.changes_view.setModel(self.changes_model)
        self.changes_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.changes_view.setVisible(False)
        self.category.currentIndexChanged.connect(self.show_records)
        if summary.total("errors"):
            self.category.setCurrentIndex(CATEGORIES.index("errors"))
        elif summary.total("conflicts"):
            self.category.setCurrentIndex(CATEGORIES.index("conflicts"))
        self.show_records()

        buttons = QDialogButtonBox()
        if confirm:
            self.apply_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.apply_button.setEnabled(summary.status == "preview" and not summary.total("errors"))
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if confirm and summary.total("errors"):
            notes.setText((notes.text() + "\n" if notes.text() else "") + self.tr(
                "Some rows cannot be applied, so this bundle cannot be imported. Nothing was changed.") + " " +
                who_must_act(summary))
            notes.setVisible(True)
        elif confirm and summary.status == "nothing":
            notes.setVisible(True)

        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Show records:")))
        pick.addWidget(self.category)
        pick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.registration)
        layout.addWidget(notes)
        layout.addWidget(self.tables_view)
        layout.addLayout(pick)
        layout.addWidget(self.records_view, 1)
        layout.addWidget(self.changes_view, 1)
        layout.addWidget(buttons)

    def category_labels(self) -> dict[str, str]:
        return {"new": self.tr("New"), "updated": self.tr("Updated"), "present": self.tr("Already present"),
                "conflicts": self.tr("Conflicts"), "errors": self.tr("Errors")}

    def field_changes(self) -> list[tuple[str, str, str, str, str]]:
        return [(fields.table_label(t.table), label or uid, name, before, after)
                for t in self.summary.tables for uid, label, changed in t.changes
                for name, before, after in changed]

    def show_records(self) -> None:
        code = self.category.currentData()
        by_field = code == "updated" and self.changes_model.rowCount() > 0
        self.records_view.setVisible(not by_field)
        self.changes_view.setVisible(by_field)
        rows = [(fields.table_label(t.table), *rec) for t in self.summary.tables for rec in t.records.get(code, [])]
        self.records_model.set_rows(rows)
