"""A new contribution rate table (Disnaker): from a later month, starting as a copy of the latest one."""

from __future__ import annotations

from rentan_desktop.domain.months import add_months, current_month
from rentan_desktop.payments import rates
from rentan_desktop.ui.common.dialogs import dialog_buttons, stack
from rentan_desktop.ui.common.forms import FieldMessages, show_validation_error
from rentan_desktop.ui.common.headers import fit_headers
from rentan_desktop.ui.common.month_picker import MonthPicker
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class RateTableDialog(QDialog):
    """A new table from a later month, starting as a copy of the latest one."""

    def __init__(self, env: UiEnv, template: rates.RateTable | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("New contribution rate table"))
        self.effective_from = MonthPicker(anchor=add_months(current_month(), 1), back=120, ahead=24)
        self.jkk = QSpinBox()
        self.jkk.setRange(0, 1000)
        self.jkk.setSuffix(" ‰")
        self.jkm = QSpinBox()
        self.jkm.setRange(0, 10_000_000)
        self.jkm.setPrefix("Rp")
        self.jht = QSpinBox()
        self.jht.setRange(0, 1000)
        self.jht.setSuffix(" ‰")
        self.note = QLineEdit()
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels([self.tr("Income from"), self.tr("up to (empty: no limit)"),
                                             self.tr("Counts as")])
        self.grid.setMinimumHeight(260)
        fit_headers(self.grid)
        add_row = QPushButton(self.tr("Add bracket"))
        add_row.clicked.connect(lambda: self.grid.insertRow(self.grid.rowCount()))
        remove_row = QPushButton(self.tr("Remove last bracket"))
        remove_row.clicked.connect(lambda: self.grid.setRowCount(max(self.grid.rowCount() - 1, 0)))
        if template is not None:
            self.jkk.setValue(template.jkk_permille)
            self.jkm.setValue(template.jkm_flat)
            self.jht.setValue(template.jht_permille)
            self.set_brackets([(b.income_from, b.income_to, b.base_income) for b in template.brackets])
        general = QLabel()
        form = QFormLayout()
        self.fields = FieldMessages(form, general)
        self.fields.add_row(self.tr("In force from (month)"), "effective_from", self.effective_from)
        self.fields.add_row(self.tr("JKK (permille of base income)"), "jkk_permille", self.jkk)
        self.fields.add_row(self.tr("JKM (flat a month)"), "jkm_flat", self.jkm)
        self.fields.add_row(self.tr("JHT (permille, optional programme)"), "jht_permille", self.jht)
        self.fields.add_row(self.tr("Note (regulation)"), "note", self.note)
        self.fields.add_row(self.tr("Income brackets"), "brackets", self.grid)
        rows = QHBoxLayout()
        rows.addWidget(add_row)
        rows.addWidget(remove_row)
        rows.addStretch(1)
        form.addRow("", rows)
        self.buttons = dialog_buttons(self, self.submit, save=True)
        stack(self, form, general, self.buttons)
        self.resize(620, 640)

    def set_brackets(self, brackets: list[tuple[int, int | None, int]]) -> None:
        self.grid.setRowCount(len(brackets))
        for row, (lo, hi, base) in enumerate(brackets):
            for col, value in enumerate((lo, hi, base)):
                self.grid.setItem(row, col, QTableWidgetItem("" if value is None else str(value)))

    def read_brackets(self) -> list[tuple[int, int | None, int]] | None:
        result = []
        for row in range(self.grid.rowCount()):
            values = []
            for col in range(3):
                item = self.grid.item(row, col)
                text = (item.text() if item else "").replace(".", "").replace(",", "").replace("Rp", "").strip()
                if not text and col == 1:
                    values.append(None)
                    continue
                if not text.isdigit():
                    from rentan_desktop.domain.issues import Issue

                    self.fields.show([Issue("brackets", self.tr("Bracket {row}: give whole Rupiah amounts.").format(
                        row=row + 1))])
                    return None
                values.append(int(text))
            result.append(tuple(values))
        return result

    def submit(self) -> None:
        brackets = self.read_brackets()
        if brackets is None:
            return
        values = {"effective_from": self.effective_from.month(), "jkk_permille": self.jkk.value(),
                  "jkm_flat": self.jkm.value(), "jht_permille": self.jht.value(), "brackets": brackets,
                  "note": self.note.text().strip() or None}
        operator = self.env.operator
        self.buttons.setEnabled(False)

        def failed(error: Exception) -> bool:
            return show_validation_error(self.fields, error, enable=(self.buttons,))

        self.env.ops.run(lambda db: rates.add_table(db, operator, **values), changes={"rates"},
                         on_success=lambda _: self.accept(), on_error=failed, parent=self)
