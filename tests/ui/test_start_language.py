"""English chosen in the settings: the next start's passphrase prompt is English too, although the
setting itself is inside the encrypted database (QA walk r4, defect 13)."""

from __future__ import annotations

from rentan_desktop.context import AppContext
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.qt import QApplication, QDialog
from rentan_desktop.ui.settings.settings_general import GeneralSection
from rentan_desktop.ui.shell import unlock
from tests.ui.conftest import wait_for_ops


def prompt_title(data_dir, monkeypatch) -> str:
    """The title of the passphrase prompt a fresh start of this data folder shows."""
    ctx = AppContext.open(data_dir)
    monkeypatch.setattr(ctx, "try_unlock", lambda: False)  # no key store: the prompt must show
    seen = {}

    def shown(dialog):
        seen["title"] = dialog.windowTitle()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(unlock.UnlockDialog, "exec", shown)
    try:
        assert not unlock.unlock_on_start(ctx)
    finally:
        install_translators(QApplication.instance(), "en")
    return seen["title"]


def test_the_language_chosen_in_settings_is_spoken_by_the_next_passphrase_prompt(qtbot, opd_env, monkeypatch):
    monkeypatch.delenv("RENTAN_LANGUAGE", raising=False)
    data_dir = opd_env.ctx.data_dir
    assert prompt_title(data_dir, monkeypatch) == "Buka Rentan Desktop"  # nothing chosen yet: the default
    section = GeneralSection(opd_env)
    qtbot.addWidget(section)
    monkeypatch.setattr("rentan_desktop.ui.settings.settings_general.QMessageBox.information", lambda *a, **k: None)
    for code, title in (("en", "Open Rentan Desktop"), ("id", "Buka Rentan Desktop")):
        section.language.setCurrentIndex(section.language.findData(code))
        section.save()
        wait_for_ops(qtbot, opd_env)
        assert prompt_title(data_dir, monkeypatch) == title
