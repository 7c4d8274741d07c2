"""Settings section: the contribution rate tables. Disnaker adds a table from a later month;
an OPD sees them read-only (they arrive with Disnaker's return bundles)."""

from __future__ import annotations

from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import month_label
from rentan_desktop.i18n import language
from rentan_desktop.payments import rates
from rentan_desktop.reports.model import display
from rentan_desktop.ui.common.settings_section import SettingsSection, read_only_table, wrapped_note
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.payments.rate_table_dialog import RateTableDialog
from rentan_desktop.ui.qt import (
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class RatesSection(SettingsSection):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(env, QCoreApplication.translate("RatesSection", "Contribution rates (BPU)"), parent)
        self.table_combo = QComboBox()
        self.table_combo.currentIndexChanged.connect(self.show_table)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.brackets = read_only_table([self.tr("Declared income from"), self.tr("up to"),
                                         self.tr("Counts as"), self.tr("Monthly (JKK + JKM)")], min_height=220)
        # Columns as wide as their Indonesian headers ("Penghasilan yang dilaporkan dari"), never cut.
        self.brackets.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.brackets.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add a new rate table…"))
        self.add_button.clicked.connect(self.add_table)
        self.add_button.setVisible(self.editable)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("In force from")))
        top.addWidget(self.table_combo)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        if not self.editable:
            layout.addWidget(wrapped_note(self.tr("Rates are set by Disnaker and arrive with its return bundles.")))
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
            self.table_combo.addItem(month_label(table.effective_from, language()), table.uid)
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
                                     " · {note}").format(jkk=display("pct", table.jkk_permille / 10).rstrip("%"), jkm=rupiah(table.jkm_flat),
                                                         jht=display("pct", table.jht_permille / 10).rstrip("%"), note=self.note_text(table.note)))
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
