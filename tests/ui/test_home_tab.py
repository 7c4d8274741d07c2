"""Beranda: the first tab says what to do now and each line opens the list it counts."""

from __future__ import annotations

from rentan_desktop.domain.months import current_month
from rentan_desktop.payments import month_view
from rentan_desktop.ui.shell.home_tab import HomeTab
from rentan_desktop.ui.shell.main_window import MainWindow
from tests.disnaker_data import add_opd
from tests.pay_helpers import add_sponsor, add_worker

NOW = current_month()  # a worker starting now owes nothing overdue: the payment tab lapses nobody


def _window(qtbot, env):
    env.db.conn.commit()  # the home tab counts on its own connection
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    home = window.tab("home")
    qtbot.waitUntil(lambda: bool(home.lines), timeout=10_000)
    return window, home


def test_home_is_the_first_tab_and_lists_what_to_do(qtbot, opd_env):
    sponsor = add_sponsor(opd_env.db)
    add_worker(opd_env.db, NOW, sponsor=sponsor)
    window, home = _window(qtbot, opd_env)
    assert isinstance(window.tabs.widget(0), HomeTab) and window.tabs.currentIndex() == 0
    keys = [ln.key for ln in home.lines]
    assert keys[0] == "setup"  # Disnaker's key is not trusted yet: the first bundle needs it
    assert [k for k in keys if k in ("due", "incomplete", "at_risk", "below_quota")] == [
        "due", "at_risk", "incomplete", "below_quota"]  # money and lapses first, then data
    assert home.line("incomplete").count == 1
    assert home.findChild(type(home.status), "home_incomplete").text() == home.line("incomplete").text


def test_incomplete_line_opens_the_roster_filtered(qtbot, opd_env):
    sponsor = add_sponsor(opd_env.db)
    add_worker(opd_env.db, NOW, sponsor=sponsor, name="Tanpa Data")
    add_worker(opd_env.db, NOW, sponsor=sponsor, name="Lengkap")
    opd_env.db.execute("UPDATE workers SET kpj = '11111111111' WHERE name = 'Lengkap'")
    window, home = _window(qtbot, opd_env)
    home.buttons["incomplete"].click()
    roster = window.tab("roster")
    assert window.tabs.currentWidget() is roster and roster.worker_readiness.currentData() == "incomplete"
    assert roster.worker_model.rowCount() == 1


def test_due_line_opens_the_unpaid_workers_of_that_month(qtbot, opd_env):
    add_worker(opd_env.db, NOW, sponsor=add_sponsor(opd_env.db))
    window, home = _window(qtbot, opd_env)
    assert home.open_line("due")
    payments = window.tab("payments")
    assert window.tabs.currentWidget() is payments
    assert payments.show_combo.currentData() == month_view.SHOW_UNPAID
    assert payments.current_month() == home.line("due").month


def test_home_recounts_after_a_write(qtbot, opd_env):
    add_worker(opd_env.db, NOW, sponsor=add_sponsor(opd_env.db))
    window, home = _window(qtbot, opd_env)
    assert home.line("below_quota").count == 0
    add_sponsor(opd_env.db)  # an active sponsor with no worker: below quota
    opd_env.db.conn.commit()
    opd_env.ops.changed.emit(frozenset({"sponsors"}))
    qtbot.waitUntil(lambda: home.line("below_quota").count == 1, timeout=10_000)


def test_disnaker_home_lists_late_opds(qtbot, disnaker_env):
    add_opd(disnaker_env.db, "1.01", "Dinas Pendidikan")
    disnaker_env.db.execute("UPDATE opds SET created_at = '2026-01-05T08:00:00'")  # long on the list, never sent
    window, home = _window(qtbot, disnaker_env)
    assert home.line("opd_late") is not None
    assert home.open_line("opd_late") and window.tabs.currentWidget() is window.tab("opd_registry")


def test_quota_and_at_risk_lines_open_their_filters(qtbot, opd_env):
    add_worker(opd_env.db, NOW, sponsor=add_sponsor(opd_env.db))
    add_sponsor(opd_env.db)  # no worker: below quota
    window, home = _window(qtbot, opd_env)
    assert home.open_line("below_quota")
    roster = window.tab("roster")
    assert roster.below_quota.isChecked() and not roster.showing_workers()
    assert roster.sponsor_model.rowCount() == home.line("below_quota").count == 1
    assert home.open_line("at_risk")
    payments = window.tab("payments")
    assert payments.pages.currentIndex() == payments.PAGE_ARREARS
    assert payments.arrears_filter.currentData() == "at_risk"
    assert payments.current_month() == home.line("at_risk").month


def test_everyday_step_buttons_start_the_step(qtbot, opd_env, monkeypatch):
    from rentan_desktop.ui.sync.sync_tab import SyncTab

    window, home = _window(qtbot, opd_env)
    started = []
    monkeypatch.setattr(SyncTab, "choose_export_folder", lambda self: started.append("bundle"))
    home.step_buttons["bundle"].click()
    assert started == ["bundle"] and window.tabs.currentWidget() is window.tab("sync")


def test_an_empty_install_opens_the_import_wizard_from_its_first_line(qtbot, opd_env, monkeypatch):
    # QA walk r3, defect 2: a new install's Beranda says where to start and the line starts it.
    from rentan_desktop.ui.roster.roster_tab import RosterTab

    opened = []
    monkeypatch.setattr(RosterTab, "open_import", lambda tab: opened.append(tab))
    window, home = _window(qtbot, opd_env)
    assert home.lines[0].key == "start"
    assert "due" not in [ln.key for ln in home.lines]  # nothing "all paid" about nobody
    assert home.open_line("start") and opened == [window.tab("roster")]
    assert window.tabs.currentWidget() is window.tab("roster")


def test_lapsed_line_opens_the_lapsed_arrears(qtbot, opd_env):
    from tests.pay_helpers import add_worker as add

    sponsor = add_sponsor(opd_env.db)
    add(opd_env.db, NOW, sponsor=sponsor)
    add(opd_env.db, "2026-01", status="lapsed", sponsor=sponsor, ended_on="2026-07-31", paid_through="2026-03")
    window, home = _window(qtbot, opd_env)
    assert home.open_line("lapsed")
    payments = window.tab("payments")
    assert payments.pages.currentIndex() == payments.PAGE_ARREARS
    assert payments.arrears_filter.currentData() == "lapsed"
