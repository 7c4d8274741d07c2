"""The rate table settings section: read-only at an OPD, Disnaker adds a table from a later month."""

from __future__ import annotations

from rentan_desktop.domain.months import add_months, current_month, month_label
from rentan_desktop.payments.rates import amount_for
from rentan_desktop.ui.payments.rates_section import RatesSection
from tests.ui.conftest import wait_for_ops


def test_opd_sees_the_default_table_read_only(qtbot, opd_env):
    section = RatesSection(opd_env)
    qtbot.addWidget(section)
    assert section.add_button.isHidden()
    assert section.table_combo.currentText() == "July 2015"  # months as people read them (QA walk r3, 18)
    assert section.brackets.rowCount() == 34
    assert [section.brackets.item(0, c).text() for c in range(4)] == ["Rp0", "Rp1.099.000", "Rp1.000.000",
                                                                      "Rp16.800"]
    assert section.brackets.item(33, 1).text() == "and more"


def test_disnaker_adds_a_table_and_sees_field_errors(qtbot, disnaker_env):
    section = RatesSection(disnaker_env)
    qtbot.addWidget(section)
    disnaker_env.ops.changed.connect(section.on_changes)
    assert not section.add_button.isHidden()
    section.add_table()
    dialog = section.last_dialog
    assert dialog.grid.rowCount() == 34 and dialog.jkm.value() == 6_800
    dialog.effective_from.set_month("2010-01")
    dialog.submit()
    wait_for_ops(qtbot, disnaker_env)
    assert "must start after July 2015" in dialog.fields.message_for("effective_from")
    dialog.grid.item(3, 0).setText("abc")
    dialog.submit()
    assert "Bracket 4" in dialog.fields.message_for("brackets")
    dialog.set_brackets([(0, 1_099_000, 1_000_000), (1_099_001, None, 1_500_000)])
    month = add_months(current_month(), 2)
    dialog.effective_from.set_month(month)
    dialog.jkm.setValue(7_500)
    dialog.submit()
    wait_for_ops(qtbot, disnaker_env)
    assert section.table_combo.currentText() == month_label(month, "en") and section.brackets.rowCount() == 2
    assert amount_for(disnaker_env.db, 1_000_000, False, month).total == 17_500
    assert amount_for(disnaker_env.db, 1_000_000, False, current_month()).total == 16_800


def test_rates_read_with_indonesian_months_and_decimal_commas(qtbot, opd_env):
    from rentan_desktop import i18n

    i18n.set_language("id")
    try:
        section = RatesSection(opd_env)
        qtbot.addWidget(section)
        assert section.table_combo.currentText() == "Juli 2015"
        assert "JKK 1,0%" in section.summary.text() and "JHT 2,0%" in section.summary.text()
    finally:
        i18n.set_language("en")
