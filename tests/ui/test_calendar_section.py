"""Settings: Disnaker edits the holiday calendar and the programme rules; an OPD only reads them."""

from __future__ import annotations

import datetime as dt

from rentan_desktop.payments.calendar import Calendar
from rentan_desktop.payments.rules import rules_for
from rentan_desktop.ui.payments.calendar_section import CalendarSection
from tests.ui.conftest import wait_for_ops


def _section(qtbot, env):
    section = CalendarSection(env)
    qtbot.addWidget(section)
    return section


def test_disnaker_adds_a_holiday_and_changes_the_rules(qtbot, disnaker_env):
    section = _section(qtbot, disnaker_env)
    section.year_combo.setCurrentIndex(section.year_combo.findData(2024))
    names = [section.days.item(r, 1).text() for r in range(section.days.rowCount())]
    assert any("Idul Adha" in n for n in names) and section.days.item(0, 0).text() == "01/01/2024"
    section.new_day.setText("15/01/2027")
    section.new_name.setText("Libur tambahan")
    section.add_day()
    wait_for_ops(qtbot, disnaker_env)
    assert Calendar.load(disnaker_env.db).due_date("2027-01") == dt.date(2027, 1, 18)
    section.add_day()                                            # the same day twice: said at the field
    wait_for_ops(qtbot, disnaker_env)
    assert "already in the calendar" in section.day_messages.message_for("day")
    section.effective.set_month("2027-01")
    section.cuti_working.setChecked(False)
    section.prepay.setText("1, 3, 6, 12, 24")
    section.save_rules()
    wait_for_ops(qtbot, disnaker_env)
    rule = rules_for(disnaker_env.db, "2027-03")
    assert not rule.cuti_bersama_working and rule.prepay_counts == (1, 3, 6, 12, 24)
    assert rules_for(disnaker_env.db, "2026-12").cuti_bersama_working     # earlier months keep theirs
    section.prepay.setText("0")
    section.save_rules()
    wait_for_ops(qtbot, disnaker_env)
    assert "from 1 to 24" in section.rule_messages.message_for("prepay_counts")


def test_an_opd_sees_the_calendar_read_only(qtbot, opd_env):
    section = _section(qtbot, opd_env)
    assert section.days.rowCount() > 0
    assert not section.save_button.isVisibleTo(section) and not section.day_box.isVisibleTo(section)
    assert not section.due_day.isEnabled()
