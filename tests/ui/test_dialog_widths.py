"""Dialogs wide and tall enough for what they show (QA walk r3, defects 11 and 13)."""

from __future__ import annotations

from rentan_desktop.context import AppContext
from rentan_desktop.ui.disnaker.opd_dialog import OpdDialog
from rentan_desktop.ui.qt import QLabel, QPushButton
from rentan_desktop.ui.shell import unlock


def test_the_wrong_passphrase_message_is_shown_whole_in_a_wide_enough_dialog(qtbot, opd_ctx):
    ctx = AppContext.open(opd_ctx.data_dir)
    dialog = unlock.UnlockDialog(ctx, locked=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("salah-sandi")
    dialog.accept()
    qtbot.wait(50)
    message = dialog.findChild(QLabel, "error_passphrase")
    assert message.isVisible() and "passphrase is wrong" in message.text()
    assert dialog.width() >= unlock.MESSAGE_WIDTH
    assert message.height() >= message.heightForWidth(message.width())  # no line cut off
    buttons_top = min(b.mapTo(dialog, b.rect().topLeft()).y() for b in dialog.findChildren(QPushButton))
    assert message.mapTo(dialog, message.rect().bottomLeft()).y() < buttons_top


def test_the_opd_dialog_shows_a_long_name_and_a_grouped_nip(qtbot, disnaker_env):
    dialog = OpdDialog(disnaker_env)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Dinas Pekerjaan Umum dan Penataan Ruang")
    dialog.head_nip.setText("19660801 198803 1 001")
    for field in (dialog.name, dialog.head_nip):
        assert field.fontMetrics().horizontalAdvance(field.text()) < field.width() - 8


def test_the_passphrase_prompt_at_start_speaks_indonesian_before_the_database_is_open(qtbot, opd_ctx, monkeypatch):
    from rentan_desktop.ui.common.i18n import install_translators
    from rentan_desktop.ui.qt import QApplication, QDialog

    ctx = AppContext.open(opd_ctx.data_dir)
    monkeypatch.delenv("RENTAN_LANGUAGE", raising=False)
    monkeypatch.setattr(ctx, "try_unlock", lambda: False)  # no key store: the prompt must show
    seen = {}

    def shown(dialog):
        seen["title"] = dialog.windowTitle()
        seen["buttons"] = sorted(b.text() for b in dialog.findChildren(QPushButton))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(unlock.UnlockDialog, "exec", shown)
    try:
        assert not unlock.unlock_on_start(ctx)
    finally:
        install_translators(QApplication.instance(), "en")
    assert seen["title"] == "Buka Rentan Desktop"
    assert "Unlock" not in seen["buttons"] and "Quit" not in seen["buttons"]
