"""The garbage collector is paused while an import goes through its rows, and always resumed."""

from __future__ import annotations

import gc

import pytest

from rentan_desktop.roster import collector, importer
from tests.sheet_corpus import table, worker_row, write_csv


@pytest.fixture(autouse=True)
def _automatic_collection():
    """These tests start with automatic collection on, as in the terminal. (A test worker that made a
    QApplication runs with it off: the GUI collects on its own thread, ui/common/gui_gc.)"""
    before = gc.isenabled()
    gc.enable()
    yield
    if not before:
        gc.disable()


@pytest.fixture
def workers_csv(tmp_path):
    return write_csv(tmp_path / "w.csv", table([worker_row(i) for i in range(1, 4)]))


def test_the_collector_is_paused_during_the_rows_and_resumed_after(db, workers_csv, monkeypatch):
    seen = []
    real = importer._Run.run

    def run(self, state):
        seen.append(gc.isenabled())
        return real(self, state)

    monkeypatch.setattr(importer._Run, "run", run)
    assert gc.isenabled()
    report = importer.run_import(db, workers_csv, "workers", operator="Siti")
    assert (report.new, seen, gc.isenabled()) == (3, [False], True)


def test_the_collector_is_resumed_when_the_import_fails(db, workers_csv, monkeypatch):
    def broken(self, state):
        raise RuntimeError("boom")

    monkeypatch.setattr(importer._Run, "run", broken)
    with pytest.raises(RuntimeError):
        importer.run_import(db, workers_csv, "workers", operator="Siti", dry_run=True)
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    try:
        with collector.paused(), collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
