"""QA walk r5, 4: at first run a name typed as the OPD code ("Bapenda") is refused with what the code is,
and a short passphrase typed differently twice gets both messages at once."""

from __future__ import annotations

import pytest

from rentan_desktop.context import AppContext
from rentan_desktop.store.site import site_issues
from rentan_desktop.ui.shell.first_run import FirstRunDialog


def test_a_name_as_the_opd_code_and_both_passphrase_problems_are_said_at_once(qtbot, tmp_path):
    ctx = AppContext.open(tmp_path)
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.pemda.setText("Kota Palangka Raya")
    dialog.opd_code.setText("Bapenda")
    dialog.operator.setText("Siti Rahma")
    dialog.passphrase.setText("rahasia")
    dialog.passphrase_again.setText("rahasia1")
    dialog.accept()
    assert ctx.site is None and ctx.vault is None
    assert "digits and dots" in dialog.fields.message_for("opd_code")
    assert dialog.fields.message_for("opd_name")
    assert "at least 8 characters" in dialog.fields.message_for("passphrase")
    assert "differ" in dialog.fields.message_for("passphrase_again")
    dialog.opd_code.setText("4.01.0.00")
    dialog.opd_name.setText("Badan Pendapatan Daerah")
    dialog.passphrase.setText("rahasia kantor")
    dialog.passphrase_again.setText("rahasia kantor")
    dialog.accept()
    assert ctx.site.opd_code == "4.01.0.00"
    ctx.close()


@pytest.mark.parametrize(("code", "refused"), [
    ("1.01", False), ("4.01.0.00.0.00.01.0000", False), ("12", False), ("Bapenda", True), ("1. 01", True),
    ("Dinas 1", True),
])
def test_opd_codes(code, refused):
    issues = site_issues(role="opd", pemda="Kota Palangka Raya", operator="Siti", opd_code=code, opd_name="Dinas")
    assert bool(issues) is refused


def test_the_form_speaks_the_language_chosen_on_it(qtbot, tmp_path):
    """QA walk r5, 23: English chosen on the first-run form, the form stayed Indonesian."""
    from rentan_desktop.ui.common.i18n import install_translators
    from rentan_desktop.ui.qt import QApplication

    app = QApplication.instance()
    install_translators(app, "id")
    ctx = AppContext.open(tmp_path)
    try:
        dialog = FirstRunDialog(ctx)
        qtbot.addWidget(dialog)
        ok = dialog.set_up_button
        assert ok.text() == "Siapkan" and dialog.fields.field_label("role").text() == "Peran"
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        QApplication.processEvents()  # Qt's own LanguageChange events must not rename the buttons back
        assert ok.text() == "Set up" and dialog.quit_button.text() == "Quit" and dialog.fields.field_label("role").text() == "Role"
        assert dialog.fields.field_label("passphrase").text() == "Passphrase"
        assert dialog.intro.text().startswith("Welcome.")
        dialog.language.setCurrentIndex(dialog.language.findData("id"))
        assert ok.text() == "Siapkan" and dialog.fields.field_label("passphrase").text() != "Passphrase"
    finally:
        install_translators(app, "en")
        ctx.close()
