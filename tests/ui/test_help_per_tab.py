"""F1 on every tab of either install opens a page that describes that tab (QA walk r3, 35: the OPD's
"Keputusan dari Disnaker" tab opened the page about Disnaker's own tabs)."""

from __future__ import annotations

import pytest

from rentan_desktop.help import pages
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.help import help_actions
from rentan_desktop.ui.qt import QApplication
from rentan_desktop.ui.shell.main_window import MainWindow
from rentan_desktop.ui.shell.tabs import tabs_for


@pytest.fixture
def indonesian(qtbot):
    app = QApplication.instance()
    install_translators(app, "id")
    yield
    install_translators(app, "en")


@pytest.mark.parametrize("role", ["opd", "disnaker"])
def test_every_tab_page_names_the_tab_as_the_role_shows_it(indonesian, role):
    for spec in tabs_for(role):
        page = pages.page_for_tab(spec.key, role)
        text = pages.read_page("id", page)
        title = spec.tab_title(role)
        assert title and title in text, f"F1 on {title!r} ({role}) opens {page}.md, which never mentions it"


def test_the_opd_decisions_tab_has_its_own_page_in_both_languages():
    assert pages.page_for_tab("duplicates", "opd") == "keputusan"
    assert pages.page_for_tab("duplicates", "disnaker") == "disnaker"
    assert "Tarik penanggungan ini" in pages.read_page("id", "keputusan")
    assert pages.page_path("en", "keputusan").parent.name == "en"
    assert "keputusan" in pages.PAGES


def test_f1_on_the_opd_decisions_tab_opens_that_page(qtbot, opd_env):
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    window.show_tab("duplicates")
    dialog = help_actions.open_help(window)
    qtbot.addWidget(dialog)
    assert dialog.page == "keputusan"
    assert "Withdraw this sponsorship" in dialog.browser.toPlainText()
