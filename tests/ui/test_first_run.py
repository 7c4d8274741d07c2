"""The first-run dialog: errors at the field, then a set-up install."""

from __future__ import annotations

from rentan_desktop.context import AppContext
from rentan_desktop.ui.shell.first_run import FirstRunDialog


def test_first_run_shows_errors_then_sets_up_opd(qtbot, tmp_path):
    ctx = AppContext.open(tmp_path)
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert ctx.site is None
    assert dialog.fields.message_for("pemda")
    assert dialog.fields.message_for("opd_code")
    dialog.pemda.setText("Kota Palangka Raya")
    dialog.opd_code.setText("1.01")
    dialog.opd_name.setText("Dinas Pendidikan")
    dialog.operator.setText("Siti Rahma")
    dialog.passphrase.setText("long enough 1")
    dialog.passphrase_again.setText("long enough 1")
    dialog.accept()
    assert ctx.site.role == "opd" and ctx.site.opd_code == "1.01"
    ctx.close()


def test_disnaker_role_disables_opd_fields(qtbot, tmp_path):
    ctx = AppContext.open(tmp_path)
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.disnaker_radio.setChecked(True)
    assert not dialog.opd_code.isEnabled()
    dialog.pemda.setText("Kota Palangka Raya")
    dialog.operator.setText("Rudi")
    dialog.use_keyring.setChecked(True)  # the key store instead of a passphrase
    dialog.accept()
    assert ctx.site.is_disnaker
    ctx.close()


def test_first_run_requires_a_passphrase_unless_the_key_store_is_used(qtbot, tmp_path):
    ctx = AppContext.open(tmp_path)
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.pemda.setText("Kota Palangka Raya")
    dialog.opd_code.setText("1.01")
    dialog.opd_name.setText("Dinas Pendidikan")
    dialog.operator.setText("Siti Rahma")
    dialog.accept()
    assert ctx.site is None and "at least 8 characters" in dialog.fields.message_for("passphrase")
    assert ctx.vault is None  # nothing is written before the answers are complete
    dialog.passphrase.setText("long enough 1")
    dialog.passphrase_again.setText("long enough 1")
    dialog.accept()
    assert ctx.site.opd_code == "1.01" and ctx.vault.operators() == ["Siti Rahma"]


def test_training_install_is_chosen_at_first_run(qtbot, tmp_path):
    ctx = AppContext.open(tmp_path)
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.training.isChecked()  # real unless the clerk asks for practice
    dialog.disnaker_radio.setChecked(True)
    dialog.pemda.setText("Kota Palangka Raya")
    dialog.operator.setText("Rudi")
    dialog.training.setChecked(True)
    dialog.passphrase.setText("long enough 1")
    dialog.passphrase_again.setText("long enough 1")
    dialog.accept()
    assert ctx.site.training
    ctx.close()
