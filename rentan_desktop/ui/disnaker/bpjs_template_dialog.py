"""Editing the column layout of the BPJS registration file (order, header text, formats)."""

from __future__ import annotations

from typing import Any

from rentan_desktop.disnaker import bpjs_template
from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.ui.common.style import ERROR_STYLE
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

FIELD_ROLE = Qt.ItemDataRole.UserRole + 1


class BpjsTemplateDialog(QDialog):
    """Ticked rows are the file's columns in this order; the header text is what BPJS reads."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Registration file layout"))
        self.resize(640, 620)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header text in the file")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.up = QPushButton(self.tr("Move up"))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down = QPushButton(self.tr("Move down"))
        self.down.clicked.connect(lambda: self.move(1))
        self.reset = QPushButton(self.tr("Default layout"))
        self.reset.clicked.connect(lambda: self.load(bpjs_template.default_template()))
        self.date_format = QComboBox()
        for code, label in (("dd/mm/yyyy", "29/11/2022"), ("dd-mm-yyyy", "29-11-2022"),
                            ("yyyy-mm-dd", "2022-11-29"), ("excel", self.tr("Excel date cell"))):
            self.date_format.addItem(label, code)
        self.phone_format = QComboBox()
        for code, label in (("08", "0812 3456 7890"), ("62", "6281234567890"), ("+62", "+6281234567890")):
            self.phone_format.addItem(label.replace(" ", ""), code)
        self.sheet_name = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        moves = QHBoxLayout()
        for b in (self.up, self.down):
            moves.addWidget(b)
        moves.addStretch(1)
        moves.addWidget(self.reset)
        form = QFormLayout()
        form.addRow(self.tr("Date format"), self.date_format)
        form.addRow(self.tr("Phone number format"), self.phone_format)
        form.addRow(self.tr("Sheet name"), self.sheet_name)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Tick the columns your BPJS branch wants, put them in its order and write its "
                              "header texts."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(moves)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.load(bpjs_template.load(env.db))

    def load(self, template: dict[str, Any]) -> None:
        used = [c["field"] for c in template["columns"]]
        headers = {c["field"]: c["header"] for c in template["columns"]}
        order = used + [f for f in bpjs_template.FIELDS if f not in used]
        self.table.setRowCount(0)
        for fld in order:
            r = self.table.rowCount()
            self.table.insertRow(r)
            label = QTableWidgetItem(bpjs_template.FIELDS[fld][0]())
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            label.setCheckState(Qt.CheckState.Checked if fld in headers else Qt.CheckState.Unchecked)
            label.setData(FIELD_ROLE, fld)
            self.table.setItem(r, 0, label)
            self.table.setItem(r, 1, QTableWidgetItem(headers.get(fld, bpjs_template.FIELDS[fld][0]())))
        self.date_format.setCurrentIndex(max(0, self.date_format.findData(template.get("date_format"))))
        self.phone_format.setCurrentIndex(max(0, self.phone_format.findData(template.get("phone_format"))))
        self.sheet_name.setText(template.get("sheet_name") or "")

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        items = [self.table.takeItem(row, c) for c in range(2)]
        others = [self.table.takeItem(target, c) for c in range(2)]
        for c in range(2):
            self.table.setItem(target, c, items[c])
            self.table.setItem(row, c, others[c])
        self.table.setCurrentCell(target, 0)

    def template(self) -> dict[str, Any]:
        columns = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item.checkState() == Qt.CheckState.Checked:
                columns.append({"field": item.data(FIELD_ROLE), "header": self.table.item(r, 1).text()})
        return {"columns": columns, "date_format": self.date_format.currentData(),
                "phone_format": self.phone_format.currentData(), "sheet_name": self.sheet_name.text()}

    def save(self) -> None:
        template = self.template()
        try:
            bpjs_template.validate_template(template)
        except ValidationError as exc:
            self.error.setText("\n".join(i.message for i in exc.issues))
            return
        operator = self.env.operator
        self.env.ops.run(lambda db: bpjs_template.save(db, operator, template), changes={"settings", "bpjs"},
                         on_success=lambda _: self.accept(), parent=self)
