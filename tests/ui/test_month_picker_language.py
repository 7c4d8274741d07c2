"""QA walk r5, 23 (the rest): the month picker's tooltip, hint and months speak the UI's language both ways
(the English tooltip named "Desember 2026"), and follow a language switch on the first-run form."""

from __future__ import annotations

import pytest

from rentan_desktop.context import AppContext
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.common.month_picker import MonthPicker
from rentan_desktop.ui.qt import QApplication
from rentan_desktop.ui.shell.first_run import FirstRunDialog


@pytest.fixture
def app():
    application = QApplication.instance()
    yield application
    install_translators(application, "en")


def texts(picker: MonthPicker) -> tuple[str, str, str]:
    row = picker.findData("2026-12")
    return picker.toolTip(), picker.lineEdit().placeholderText(), picker.itemText(row)


def test_the_month_picker_speaks_each_language_and_follows_a_switch(qtbot, app):
    install_translators(app, "id")
    picker = MonthPicker(anchor="2026-12")
    qtbot.addWidget(picker)
    assert texts(picker) == ("Pilih dari daftar, atau ketik bulan seperti 12/2026 atau Desember 2026.",
                             "mis. Desember 2026 atau 12/2026", "Desember 2026")
    install_translators(app, "en")
    QApplication.processEvents()  # Qt delivers LanguageChange to every widget
    assert texts(picker) == ("Choose from the list, or type a month such as 12/2026 or December 2026.",
                             "e.g. December 2026 or 12/2026", "December 2026")
    assert picker.currentText() == "December 2026" and picker.month() == "2026-12"
    install_translators(app, "id")
    QApplication.processEvents()
    assert texts(picker)[0].startswith("Pilih dari daftar") and texts(picker)[2] == "Desember 2026"


def test_a_language_chosen_on_the_first_run_form_reaches_the_month_pickers(qtbot, app, tmp_path):
    install_translators(app, "id")
    ctx = AppContext.open(tmp_path)
    try:
        dialog = FirstRunDialog(ctx)
        qtbot.addWidget(dialog)
        before = MonthPicker(anchor="2026-12")  # a picker already on screen
        qtbot.addWidget(before)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        QApplication.processEvents()
        after = MonthPicker(anchor="2026-12")  # one the main window builds after Set up
        qtbot.addWidget(after)
        for picker in (before, after):
            assert "December 2026" in picker.toolTip() and "Desember" not in picker.toolTip()
        dialog.language.setCurrentIndex(dialog.language.findData("id"))
        QApplication.processEvents()
        assert before.toolTip().startswith("Pilih dari daftar") and "Desember 2026" in before.toolTip()
    finally:
        ctx.close()
