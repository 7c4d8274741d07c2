"""Settings section: the contribution rate tables. Disnaker adds a table from a later month;
an OPD sees them read-only (they arrive with Disnaker's return bundles)."""

from __future__ import annotations

from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import add_months, current_month
from rentan_desktop.payments import rates
from rentan_desktop.ui.common.forms import FieldMessages, show_validation_error
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class RatesSection(QGroupBox):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.setTitle(self.tr("Contribution rates (BPU)"))
        self.table_combo = QComboBox()
        self.table_combo.currentIndexChanged.connect(self.show_table)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.brackets = QTableWidget(0, 4)
        self.brackets.setHorizontalHeaderLabels([self.tr("Declared income from"), self.tr("up to"),
                                                 self.tr("Counts as"), self.tr("Monthly (JKK + JKM)")])
        self.brackets.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.brackets.verticalHeader().setVisible(False)
        self.brackets.setMinimumHeight(220)
        self.brackets.horizontalHeader().setStretchLastSection(True)
        for col in range(3):
            self.brackets.setColumnWidth(col, 170)
        self.add_button = QPushButton(self.tr("Add a new rate table…"))
        self.add_button.clicked.connect(self.add_table)
        self.add_button.setVisible(env.is_disnaker)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("In force from")))
        top.addWidget(self.table_combo)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        if not env.is_disnaker:
            note = QLabel(self.tr("Rates are set by Disnaker and arrive with its return bundles."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.brackets)
        self.tables: list[rates.RateTable] = []
        self.load()

    def load(self) -> None:
        self.tables = rates.tables(self.env.db)
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for table in self.tables:
            self.table_combo.addItem(table.effective_from, table.uid)
        self.table_combo.setCurrentIndex(len(self.tables) - 1)
        self.table_combo.blockSignals(False)
        self.show_table()

    def current_table(self) -> rates.RateTable | None:
        index = self.table_combo.currentIndex()
        return self.tables[index] if 0 <= index < len(self.tables) else None

    def note_text(self, note: str | None) -> str:
        """The shipped table's note is stored in English: show it in the user's language."""
        if note == rates.DEFAULT_TABLE["note"]:
            return self.tr("BPU (PP 44/2015); the upper brackets are not yet confirmed")
        return note or ""

    def show_table(self) -> None:
        table = self.current_table()
        self.brackets.setRowCount(0)
        if table is None:
            self.summary.setText(self.tr("No rate table."))
            return
        self.summary.setText(self.tr("JKK {jkk}% of the base income · JKM {jkm} a month · JHT {jht}% (optional)"
                                     " · {note}").format(jkk=table.jkk_permille / 10, jkm=rupiah(table.jkm_flat),
                                                         jht=table.jht_permille / 10, note=self.note_text(table.note)))
        self.brackets.setRowCount(len(table.brackets))
        for row, b in enumerate(table.brackets):
            amount = table.amount(b.base_income, False).total
            values = (rupiah(b.income_from), rupiah(b.income_to) if b.income_to is not None else self.tr("and more"),
                      rupiah(b.base_income), rupiah(amount))
            for col, value in enumerate(values):
                self.brackets.setItem(row, col, QTableWidgetItem(value))

    def add_table(self) -> None:
        dialog = RateTableDialog(self.env, self.current_table(), self)
        dialog.open()
        self.last_dialog = dialog

    def on_changes(self, kinds: frozenset) -> None:
        if kinds & {"rates", "sync", "settings"}:
            self.load()


class RateTableDialog(QDialog):
    """A new table from a later month, starting as a copy of the latest one."""

    def __init__(self, env: UiEnv, template: rates.RateTable | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("New contribution rate table"))
        self.effective_from = QLineEdit(add_months(current_month(), 1))
        self.effective_from.setPlaceholderText("2027-01")
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
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
        values = {"effective_from": self.effective_from.text().strip(), "jkk_permille": self.jkk.value(),
                  "jkm_flat": self.jkm.value(), "jht_permille": self.jht.value(), "brackets": brackets,
                  "note": self.note.text().strip() or None}
        operator = self.env.operator
        self.buttons.setEnabled(False)

        def failed(error: Exception) -> bool:
            return show_validation_error(self.fields, error, enable=(self.buttons,))

        self.env.ops.run(lambda db: rates.add_table(db, operator, **values), changes={"rates"},
                         on_success=lambda _: self.accept(), on_error=failed, parent=self)
