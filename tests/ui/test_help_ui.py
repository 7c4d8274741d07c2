"""F1 opens the help page of the screen on show; the Help menu offers the guide as a PDF."""

from __future__ import annotations

from rentan_desktop.ui.help import help_actions
from rentan_desktop.ui.shell.main_window import MainWindow


def _window(qtbot, env):
    window = MainWindow(env)
    qtbot.addWidget(window)
    return window


def test_f1_opens_the_page_of_the_current_tab(qtbot, opd_env):
    window = _window(qtbot, opd_env)
    assert window.help_action.shortcut().toString() == "F1"
    window.show_tab("payments")
    window.help_action.trigger()
    dialog = window.help_window
    qtbot.addWidget(dialog)
    assert dialog.page == "pembayaran" and dialog.isVisible()
    window.show_tab("roster")
    help_actions.open_help(window)
    assert dialog.page == "pekerja"
    assert dialog.contents.currentItem().text().startswith("Roster")  # English selected in tests


def test_indonesian_page_with_its_screenshot(qtbot, opd_env):
    from rentan_desktop.ui.help.help_window import HelpWindow

    dialog = HelpWindow(lang="id")
    qtbot.addWidget(dialog)
    dialog.show_page("beranda")
    assert "Beranda" in dialog.browser.toPlainText()
    assert "Buka daftar" in dialog.browser.toPlainText()


def test_guide_pdf_from_the_help_menu(qtbot, opd_env, monkeypatch):
    from rentan_desktop.ui.printing import print_actions

    shown, real_preview = [], print_actions.open_preview
    monkeypatch.setattr(print_actions, "open_preview", lambda path, **k: shown.append((path, real_preview(path, **k))))
    window = _window(qtbot, opd_env)
    window.guide_pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    path, dialog = shown[0]
    qtbot.addWidget(dialog)
    assert path.suffix == ".pdf" and dialog.page_count > 3
    assert not path.parent.exists()  # read into the preview, its temporary folder removed at once
    dialog.reject()
