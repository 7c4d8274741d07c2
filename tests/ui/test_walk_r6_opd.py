"""QA walk r6, OPD-side entries: each test names its entry."""

from __future__ import annotations

from rentan_desktop.context import AppContext
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.qt import QApplication
from rentan_desktop.ui.shell.first_run import FirstRunDialog


def test_a_two_line_message_under_the_opd_code_is_whole_above_the_next_field(qtbot, tmp_path):
    """Entry 1: the message was laid out for a stale width and its second line hid under Nama OPD."""
    app = QApplication.instance()
    install_translators(app, "id")
    ctx = AppContext.open(tmp_path)
    try:
        dialog = FirstRunDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.pemda.setText("Palangka Raya")
        dialog.opd_code.setText("Bapenda")
        dialog.operator.setText("Rina")
        dialog.passphrase.setText("rahasia")
        dialog.passphrase_again.setText("rahasia1")
        dialog.accept()
        for _ in range(5):
            QApplication.processEvents()
        message = dialog.findChild(type(dialog.general), "error_opd_code")
        assert "tanpa spasi" in message.text()
        needed = message.heightForWidth(message.width())
        assert needed > message.fontMetrics().height() * 1.5  # two lines at this width
        assert message.height() >= needed
        below = dialog.opd_name.mapTo(dialog, dialog.opd_name.rect().topLeft()).y()
        assert message.mapTo(dialog, message.rect().bottomLeft()).y() < below
    finally:
        install_translators(app, "en")
        ctx.close()
