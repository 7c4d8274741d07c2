"""Reference cycles are collected on the GUI thread only (a writer thread freeing Qt objects crashed)."""

from __future__ import annotations

import gc
import threading

from rentan_desktop.roster import collector
from rentan_desktop.ui.common import gui_gc
from rentan_desktop.ui.qt import QApplication, QObject


class _Cycle:
    def __init__(self):
        self.me = self
        self.qt = QObject()


def test_the_application_collects_on_its_own_thread_and_not_on_others(qtbot):
    app = QApplication.instance()
    collected_on = []

    def note(phase, info):
        if phase == "stop" and info["collected"]:
            collected_on.append(threading.current_thread() is threading.main_thread())

    keeper = gui_gc.install(app)
    assert gui_gc.install(app) is keeper and not gc.isenabled()
    gc.callbacks.append(note)
    try:
        for _ in range(keeper.thresholds[0] * 3):  # well past the first threshold...
            _Cycle()
        worker = threading.Thread(target=lambda: [_Cycle() for _ in range(keeper.thresholds[0] * 3)])
        worker.start()  # ...on another thread too: it must not collect there
        worker.join()
        assert collected_on == []
        qtbot.waitUntil(lambda: bool(collected_on), timeout=5_000)  # the GUI thread's timer does
        assert all(collected_on)
    finally:
        gc.callbacks.remove(note)


def test_an_import_running_pauses_the_gui_collector_too(qtbot):
    keeper = gui_gc.install(QApplication.instance())
    for _ in range(keeper.thresholds[0] * 2):
        _Cycle()
    before = gc.get_count()[0]
    with collector.paused():
        keeper.check()
        assert gc.get_count()[0] >= before  # nothing collected while an import runs
    keeper.check()
    assert gc.get_count()[0] < before
