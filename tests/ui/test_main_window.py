"""The main window: tabs per role, demo data through the write door."""

from __future__ import annotations

from rentan_desktop.store import settings
from rentan_desktop.ui.shell.main_window import MainWindow
from rentan_desktop.ui.shell.tabs import tabs_for
from tests.ui.conftest import wait_for_ops


def test_opd_window_has_its_tabs_and_fills_demo(qtbot, opd_env):
    # Demo data belongs to a training install only (issue 13): mark this one as training.
    settings.put(opd_env.db, "training", True)
    opd_env.site = opd_env.ctx.require_site()
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


def test_a_real_install_offers_no_demo_data_and_no_banner(qtbot, opd_env):
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    assert window.demo_action is None and window.training_banner is None
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert not any("demo" in t.lower() for t in texts)


def test_a_training_install_is_marked_on_every_tab(qtbot, opd_env):
    settings.put(opd_env.db, "training", True)
    opd_env.site = opd_env.ctx.require_site()
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    window.show()
    assert "TRAINING" in window.windowTitle()
    for key in window.tab_widgets:
        window.show_tab(key)
        assert window.training_banner.isVisible()
    assert "never" in window.training_banner.text().lower() or "Nothing" in window.training_banner.text()


def test_a_training_install_cannot_start_a_bundle_from_the_sync_tab(qtbot, opd_env):
    from rentan_desktop.ui.sync.sync_tab import SyncTab

    settings.put(opd_env.db, "training", True)
    opd_env.site = opd_env.ctx.require_site()
    tab = SyncTab(opd_env)
    qtbot.addWidget(tab)
    wait_for_ops(qtbot, opd_env)
    tab.refresh()
    assert not tab.export_button.isEnabled() and "training install" in tab.status.text()
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
