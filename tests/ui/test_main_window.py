"""The main window: tabs per role, demo data through the write door."""

from __future__ import annotations

from rentan_desktop.ui.shell.main_window import MainWindow
from rentan_desktop.ui.shell.tabs import tabs_for
from tests.ui.conftest import wait_for_ops


def test_opd_window_has_its_tabs_and_fills_demo(qtbot, opd_env):
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    assert window.tabs.count() == len(tabs_for("opd"))
    received = []
    opd_env.ops.changed.connect(received.append)
    window.fill_demo(workers=40)
    wait_for_ops(qtbot, opd_env)
    assert opd_env.db["workers"].count == 40
    assert "workers" in received[0]


def test_disnaker_window_title(qtbot, disnaker_env):
    window = MainWindow(disnaker_env)
    qtbot.addWidget(window)
    assert "Disnaker" in window.windowTitle()
    assert window.tabs.count() == len(tabs_for("disnaker"))


def test_hidden_tabs_are_built_when_first_shown_under_their_own_title(qtbot, opd_env, disnaker_env):
    for env, role in ((opd_env, "opd"), (disnaker_env, "disnaker")):
        window = MainWindow(env)
        qtbot.addWidget(window)
        window.show()
        assert [key for key, _ in window.tab_widgets.items()] == ["home"]  # issue 15: nothing else at start
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        for index, key in enumerate(spec.key for spec in tabs_for(role)):
            window.tabs.setCurrentIndex(index)
            tab = window.tabs.currentWidget()
            assert tab is window.tab(key) and tab.isVisible()
            assert titles[index] == tab.tab_title() == window.tabs.tabText(index)
        assert window.tabs.currentIndex() == window.tabs.count() - 1
