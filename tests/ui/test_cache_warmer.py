"""The GUI connection's roster pages read again between events (ui/shell/cache_warmer.py): after the
window is shown, after a save, after another connection wrote; never while the app is locked."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import prewarm
from rentan_desktop.ui.shell import cache_warmer
from rentan_desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_for_ops


@pytest.fixture
def window(qtbot, opd_env, monkeypatch):
    monkeypatch.setattr(cache_warmer, "START_DELAY_MS", 0)
    monkeypatch.setattr(cache_warmer, "POLL_MS", 50)
    monkeypatch.setattr(prewarm, "SLICE_ROWS", 2)  # several slices even for a small install
    from rentan_desktop.roster import demo

    demo.generate(opd_env.db, sponsors=6, workers=9, opds=1, seed=3, operator="t")
    shown = MainWindow(opd_env)
    qtbot.addWidget(shown)
    shown.show()
    wait_for_ops(qtbot, opd_env)
    return shown


def test_the_roster_pages_are_warmed_once_the_window_is_up(qtbot, window):
    qtbot.waitUntil(lambda: window.cache_warmer.warmed >= 1, timeout=5_000)
    warmed = window.cache_warmer.warmed
    qtbot.wait(300)  # nothing written meanwhile: no second warm
    assert window.cache_warmer.warmed == warmed


def test_a_save_through_the_write_door_warms_again(qtbot, window, opd_env):
    qtbot.waitUntil(lambda: window.cache_warmer.warmed >= 1, timeout=5_000)
    before = window.cache_warmer.warmed
    opd_env.ops.run(lambda db: db.execute("UPDATE workers SET phone = '081234567890' WHERE id = 1"),
                    changes={"workers"})
    wait_for_ops(qtbot, opd_env)
    qtbot.waitUntil(lambda: window.cache_warmer.warmed > before, timeout=5_000)


def test_a_write_on_another_connection_is_noticed(qtbot, window, opd_env):
    qtbot.waitUntil(lambda: window.cache_warmer.warmed >= 1, timeout=5_000)
    before = window.cache_warmer.warmed
    other = opd_env.ctx.new_connection()  # a background import or a bundle writes on its own connection
    try:
        other.execute("UPDATE workers SET phone = '081234567891' WHERE id = 2")
    finally:
        other.close()
    qtbot.waitUntil(lambda: window.cache_warmer.warmed > before, timeout=5_000)


def test_nothing_is_read_while_the_app_is_locked(qtbot, window, opd_env):
    qtbot.waitUntil(lambda: window.cache_warmer.warmed >= 1, timeout=5_000)
    before = window.cache_warmer.warmed
    opd_env.ctx.session.locked = True
    other = opd_env.ctx.new_connection()
    try:
        other.execute("UPDATE workers SET phone = '081234567892' WHERE id = 3")
    finally:
        other.close()
    qtbot.wait(300)
    assert window.cache_warmer.warmed == before
    opd_env.ctx.session.locked = False  # unlocked: the write is caught up with
    qtbot.waitUntil(lambda: window.cache_warmer.warmed > before, timeout=5_000)


def test_writes_that_keep_coming_are_waited_out_before_warming(qtbot, window, opd_env):
    warmer = window.cache_warmer
    qtbot.waitUntil(lambda: warmer.warmed >= 1, timeout=5_000)
    warmer.poll.stop()  # the polls are driven by hand here
    before = warmer.warmed
    other = opd_env.ctx.new_connection()  # a bundle being applied commits again and again
    try:
        for n in range(3):
            other.execute("UPDATE workers SET phone = ? WHERE id = 1", [f"08123456789{n}"])
            warmer._poll()
            assert warmer._steps is None  # still being written: not chased
    finally:
        other.close()
    warmer._poll()  # nothing new since the last poll: settled
    qtbot.waitUntil(lambda: warmer.warmed > before, timeout=5_000)
