"""A day boundary while the app stays open re-evaluates the lifecycle; the tabs re-read it."""

from __future__ import annotations

import datetime as dt

from rentan_desktop.domain.months import month_range
from rentan_desktop.payments import status
from rentan_desktop.ui.shell.day_clock import DayClock, ms_to_next_day
from tests.pay_helpers import add_worker
from tests.ui.conftest import wait_for_ops


def test_next_day_is_just_after_midnight():
    assert ms_to_next_day(dt.datetime(2026, 11, 16, 23, 59)) == 2 * 60 * 1000
    assert ms_to_next_day(dt.datetime(2026, 11, 16, 0, 0, 30)) == (24 * 60 * 60 - 30 + 60) * 1000


def test_the_16th_lapses_a_worker_while_the_app_is_open(qtbot, opd_env):
    worker = add_worker(opd_env.db, "2026-01", paid_through="2026-07")
    now = [dt.datetime(2026, 11, 16, 22, 0)]     # November is due on the 16th: not yet overdue
    seen = []
    opd_env.ops.changed.connect(seen.append)
    clock = DayClock(opd_env, now=lambda: now[0])
    clock.start()
    wait_for_ops(qtbot, opd_env)
    sql = "SELECT status FROM workers WHERE id = ?"
    assert opd_env.db.execute(sql, [worker["id"]]).fetchone()[0] == "active"
    assert clock.timer.isActive() and abs(clock.timer.remainingTime() - (2 * 60 + 1) * 60 * 1000) < 5_000
    now[0] = dt.datetime(2026, 11, 17, 0, 1)
    clock.timer.timeout.emit()                   # midnight passes
    wait_for_ops(qtbot, opd_env)
    assert opd_env.db.execute(sql, [worker["id"]]).fetchone()[0] == "lapsed"
    assert any("workers" in kinds for kinds in seen)
    [row] = status.arrears(opd_env.db, "2026-11", dt.date(2026, 11, 17))
    assert row.unpaid_months == tuple(month_range("2026-08", "2026-11")) and row.state == "lapsed"
