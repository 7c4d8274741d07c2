"""QA walk r3, defect 18: Settings reads months as "Juli 2015" and takes them through the month
picker; the rate table's headers are never cut."""

from __future__ import annotations

from rentan_desktop import i18n
from rentan_desktop.payments.rules import rules_for
from rentan_desktop.ui.common.month_picker import MonthPicker
from rentan_desktop.ui.payments.calendar_section import CalendarSection
from rentan_desktop.ui.payments.rates_section import RatesSection
from tests.ui.conftest import wait_for_ops


def test_rule_month_is_picked_not_typed_as_iso(qtbot, disnaker_env):
    section = CalendarSection(disnaker_env)
    qtbot.addWidget(section)
    assert isinstance(section.effective, MonthPicker)
    section.effective.lineEdit().setText("Maret 2027")
    section.effective.lineEdit().editingFinished.emit()
    section.min_age.setValue(17)
    section.save_rules()
    wait_for_ops(qtbot, disnaker_env)
    assert rules_for(disnaker_env.db, "2027-03").min_age == 17
    assert rules_for(disnaker_env.db, "2027-02").min_age == 18


def test_new_rate_table_month_is_a_picker(qtbot, disnaker_env):
    section = RatesSection(disnaker_env)
    qtbot.addWidget(section)
    section.add_table()
    assert isinstance(section.last_dialog.effective_from, MonthPicker)
    section.last_dialog.effective_from.lineEdit().setText("01/2030")
    section.last_dialog.effective_from.lineEdit().editingFinished.emit()
    assert section.last_dialog.effective_from.month() == "2030-01"


def test_rate_table_headers_are_whole_in_indonesian(qtbot, opd_env):
    from rentan_desktop.ui.common.i18n import install_translators
    from rentan_desktop.ui.qt import QApplication

    app = QApplication.instance()
    install_translators(app, "id")
    i18n.set_language("id")
    try:
        section = RatesSection(opd_env)
        qtbot.addWidget(section)
        section.resize(1300, 500)
        section.show()
        header = section.brackets.horizontalHeader()
        metrics = header.fontMetrics()
        for col in range(section.brackets.columnCount()):
            text = section.brackets.horizontalHeaderItem(col).text()
            assert header.sectionSize(col) >= metrics.horizontalAdvance(text), text
    finally:
        install_translators(app, "en")
        i18n.set_language("en")
