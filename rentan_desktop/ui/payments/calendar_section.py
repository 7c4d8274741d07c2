"""Settings section: the holiday calendar and the programme rules that decide due dates and lapses.

Disnaker edits both (decrees are revised mid-year; rules change from a month on); an OPD sees
them read-only, as they arrive with Disnaker's return bundles. The figures come from the core
(payments/holidays.py, payments/rules.py); after a change every worker is recomputed.
"""

from __future__ import annotations

from rentan_desktop.domain.months import current_month
from rentan_desktop.payments import holidays, lifecycle
from rentan_desktop.payments.rules import entries, put_rules, rules_for
from rentan_desktop.store import clock
from rentan_desktop.ui.common.forms import FieldMessages
from rentan_desktop.ui.common.month_picker import MonthPicker
from rentan_desktop.ui.common.settings_section import SettingsSection, read_only_table, wrapped_note
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QFormLayout,
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


class CalendarSection(SettingsSection):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(env, QCoreApplication.translate("CalendarSection", "Holidays and programme rules"), parent)
        editable = self.editable
        layout = QVBoxLayout(self)
        note = wrapped_note(self.tr(
            "A month's contribution is due on the due day, or the next working day. Working days skip "
            "weekends and national holidays. Cuti bersama days count as working days unless the box "
            "below is cleared: BPJS's manual names only weekends and national holidays. Sources: the "
            "SKB 3 Menteri decrees 2020-2030 (later years provisional until their decree).")
            + ("" if editable else " " + self.tr("Set by Disnaker; they arrive with its return bundles.")))
        layout.addWidget(note)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        self.year_combo = QComboBox()
        self.year_combo.currentIndexChanged.connect(self.show_year)
        top.addWidget(self.year_combo)
        top.addStretch(1)
        layout.addLayout(top)
        self.days = read_only_table([self.tr("Date"), self.tr("Holiday"), self.tr("Kind")], min_height=200)
        self.days.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.days.setColumnWidth(0, 110)
        self.days.setColumnWidth(1, 380)
        layout.addWidget(self.days)
        self.new_day = QLineEdit()
        self.new_day.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name as in the decree"))
        self.new_kind = QComboBox()
        self.new_kind.addItem(self.tr("National holiday"), "national")
        self.new_kind.addItem(self.tr("Cuti bersama"), "cuti_bersama")
        self.add_button = QPushButton(self.tr("Add day"))
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton(self.tr("Remove selected day"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.day_box = QWidget()
        day_form = QFormLayout(self.day_box)
        self.general = QLabel()
        self.general.setWordWrap(True)
        self.general.setVisible(False)
        self.day_messages = FieldMessages(day_form, self.general)
        self.day_messages.add_row(self.tr("New day"), "day", self.new_day)
        self.day_messages.add_row(self.tr("Name"), "name", self.new_name)
        self.day_messages.add_row(self.tr("Kind"), "kind", self.new_kind)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        day_form.addRow("", buttons)
        self.day_box.setVisible(editable)
        layout.addWidget(self.day_box)

        form = QFormLayout()
        self.effective = MonthPicker()  # "Desember 2026", or typed 12/2026
        self.due_day = QSpinBox()
        self.due_day.setRange(1, 28)
        self.lapse = QSpinBox()
        self.lapse.setRange(1, 12)
        self.arrears = QSpinBox()
        self.arrears.setRange(1, 12)
        self.prepay = QLineEdit()
        self.min_age = QSpinBox()
        self.min_age.setRange(15, 99)
        self.max_age = QSpinBox()
        self.max_age.setRange(16, 100)
        self.cuti_working = QCheckBox(self.tr("Cuti bersama days count as working days"))
        self.rule_messages = FieldMessages(form, self.general)
        self.rule_messages.add_row(self.tr("In force from (month)"), "effective_from", self.effective)
        self.rule_messages.add_row(self.tr("Due day of the month"), "due_day", self.due_day)
        self.rule_messages.add_row(self.tr("Membership ends after more than ... unpaid months"), "lapse_months",
                                   self.lapse)
        self.rule_messages.add_row(self.tr("Arrears payable up to ... months back"), "arrears_months", self.arrears)
        self.rule_messages.add_row(self.tr("Months that may be paid at once"), "prepay_counts", self.prepay)
        self.rule_messages.add_row(self.tr("Age from"), "min_age", self.min_age)
        self.rule_messages.add_row(self.tr("Age under"), "max_age_exclusive", self.max_age)
        form.addRow("", self.cuti_working)
        layout.addLayout(form)
        layout.addWidget(self.general)
        self.save_button = QPushButton(self.tr("Save rules"))
        self.save_button.clicked.connect(self.save_rules)
        self.save_button.setVisible(editable)
        layout.addWidget(self.save_button)
        for widget in (self.effective, self.due_day, self.lapse, self.arrears, self.prepay, self.min_age,
                       self.max_age, self.cuti_working):
            widget.setEnabled(editable)
        self.shown: list[holidays.Holiday] = []
        self.load()

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        db = self.env.db
        chosen = self.year_combo.currentData() or clock.today().year
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in holidays.years(db):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(chosen)))
        self.year_combo.blockSignals(False)
        self.show_year()
        rule = rules_for(db, current_month())
        self.due_day.setValue(rule.due_day)
        self.lapse.setValue(rule.lapse_months)
        self.arrears.setValue(rule.arrears_months)
        self.prepay.setText(", ".join(str(n) for n in rule.prepay_counts))
        self.min_age.setValue(rule.min_age)
        self.max_age.setValue(rule.max_age_exclusive)
        self.cuti_working.setChecked(rule.cuti_bersama_working)
        self.rules_count = len(entries(db))

    def show_year(self) -> None:
        year = self.year_combo.currentData()
        self.shown = holidays.for_year(self.env.db, year) if year else []
        kinds = {"national": self.tr("National holiday"), "cuti_bersama": self.tr("Cuti bersama")}
        self.days.setRowCount(len(self.shown))
        for row, day in enumerate(self.shown):
            name = day.name + (" (" + self.tr("provisional") + ")" if day.provisional else "")
            for col, text in enumerate((day.day.strftime("%d/%m/%Y"), name, kinds[day.kind])):
                self.days.setItem(row, col, QTableWidgetItem(text))

    # -- edits (Disnaker) ------------------------------------------------------------------------
    def _run(self, work, messages: FieldMessages) -> None:
        operator = self.env.operator
        cause = self.tr("calendar or rules changed")

        def write(db):
            result = work(db)
            lifecycle.refresh_all(db, operator=operator, cause=cause)   # due dates and lapses follow
            return result

        self.run_write(write, changes=("settings", "workers"), fields=messages, on_success=lambda _: self.load())

    def add_day(self) -> None:
        day, name, kind, operator = self.new_day.text(), self.new_name.text(), self.new_kind.currentData(), \
            self.env.operator
        self.day_messages.clear()
        self._run(lambda db: holidays.add_day(db, operator, day, name, kind), self.day_messages)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.days.selectedIndexes()})
        if not rows:
            return
        uids, operator = [self.shown[r].uid for r in rows], self.env.operator

        def work(db):
            for uid in uids:
                holidays.remove_day(db, operator, uid)

        self._run(work, self.day_messages)

    def save_rules(self) -> None:
        try:
            counts = [int(part) for part in self.prepay.text().replace(";", ",").split(",") if part.strip()]
        except ValueError:
            counts = [0]
        values = {"due_day": self.due_day.value(), "lapse_months": self.lapse.value(),
                  "arrears_months": self.arrears.value(), "prepay_counts": counts, "min_age": self.min_age.value(),
                  "max_age_exclusive": self.max_age.value(), "cuti_bersama_working": self.cuti_working.isChecked()}
        month = self.effective.month()
        self.rule_messages.clear()
        self._run(lambda db: put_rules(db, month, values), self.rule_messages)

    def on_changes(self, kinds: frozenset) -> None:
        if kinds & {"settings", "sync"}:
            self.load()
