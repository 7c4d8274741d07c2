"""A long write's QtTaskState is held by nothing but the job: it must be freed on the GUI thread.

Freed on the writer thread (where the executor drops a finished job), a QObject whose queued
progress events are still pending crashed the process in the event loop (test workers died in
the import wizard and sync tests)."""

from __future__ import annotations

import gc
import threading

from rentan_desktop.ui.qt import Qt
from tests.ui.conftest import wait_for_ops


def test_a_long_writes_state_is_freed_on_the_gui_thread(qtbot, opd_env):
    freed_on: list[str] = []

    def work(db, state):
        for i in range(50):
            state.progress(i, 50, "")
        return 1

    for _ in range(5):
        state = opd_env.ops.run_with_progress(work, title="t", changes={"workers"}, parent=None)
        state.destroyed.connect(lambda *_: freed_on.append(threading.current_thread().name),
                                Qt.ConnectionType.DirectConnection)
        del state
    wait_for_ops(qtbot, opd_env)
    qtbot.waitUntil(lambda: gc.collect() >= 0 and len(freed_on) == 5, timeout=10_000)  # after the grace
    assert freed_on == ["MainThread"] * 5


def test_many_long_writes_with_progress_end_without_a_crash(qtbot, opd_env):
    def work(db, state):
        for i in range(200):
            state.progress(i, 200, "")
        return 1

    for n in range(300):
        opd_env.ops.run_with_progress(work, title="t", changes={"workers"}, parent=None)
        if n % 3 == 0:
            wait_for_ops(qtbot, opd_env)
    wait_for_ops(qtbot, opd_env)
    assert not opd_env.ops.busy
