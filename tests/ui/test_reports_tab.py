"""The Reports tab at an OPD and at Disnaker: build, tables, charts, export, copy."""

from __future__ import annotations

import openpyxl
import pytest

from rentan_desktop import i18n
from rentan_desktop.reports.model import Chart, Series
from rentan_desktop.ui.qt import QApplication, QFileDialog, QImage, Qt
from rentan_desktop.ui.reports.chart_widget import ChartWidget, nice_ticks
from rentan_desktop.ui.reports.report_table_model import RAW_ROLE
from rentan_desktop.ui.reports.reports_tab import ReportsTab
from rentan_desktop.ui.shell.tabs import tabs_for
from tests import report_data


def _tab(qtbot, env) -> ReportsTab:
    report_data.load(env.db)
    i18n.set_language("en")  # opening the install switched to its language (id)
    tab = ReportsTab(env)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.set_period("2026-09", "2026-11")
    return tab


def _build(qtbot, tab: ReportsTab, key: str) -> None:
    tab.choose(key)
    tab.report = None
    tab.refresh(quiet=True)
    qtbot.waitUntil(lambda: tab.report is not None and tab.report.key == key, timeout=10_000)


def test_tab_is_registered_for_both_roles():
    assert "reports" in [t.key for t in tabs_for("opd")]
    assert "reports" in [t.key for t in tabs_for("disnaker")]


def test_opd_compliance_table_and_chart(qtbot, qtmodeltester, opd_env):
    tab = _tab(qtbot, opd_env)
    assert [tab.report_combo.itemData(i) for i in range(tab.report_combo.count())] == [
        "compliance", "workers", "money"]
    assert tab.opd_combo.isHidden()  # an OPD reports on itself
    _build(qtbot, tab, "compliance")
    assert tab.tables.count() == 2
    model = tab.current_view().model()
    qtmodeltester.check(model)
    assert model.rowCount() == 4  # three levels and the total
    assert model.index(0, 4).data() == "100.0%"
    assert model.index(3, 4).data() == "33.3%"
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 4).data(RAW_ROLE) == 100.0
    assert len(tab.chart_widgets) == 1
    tab.tables.setCurrentIndex(1)
    names = [tab.current_view().model().index(r, 1).data() for r in range(2)]
    assert names == ["Budi Santoso", "Citra Dewi"]


def test_every_table_model_passes_the_model_tester(qtbot, qtmodeltester, disnaker_env):
    tab = _tab(qtbot, disnaker_env)
    for key in ("workers", "money", "ranking", "duplicates"):
        _build(qtbot, tab, key)
        for i in range(tab.tables.count()):
            qtmodeltester.check(tab.tables.widget(i).model())


def test_disnaker_filters_follow_the_report(qtbot, disnaker_env):
    tab = _tab(qtbot, disnaker_env)
    assert tab.report_combo.count() == 9
    tab.choose("workers")
    assert not tab.opd_combo.isHidden() and not tab.status_combo.isHidden()
    tab.choose("ranking")
    assert tab.opd_combo.isHidden() and tab.status_combo.isHidden() and not tab.from_combo.isHidden()
    tab.choose("freshness")
    assert not tab.stale_spin.isHidden() and tab.from_combo.isHidden()


def test_disnaker_ranking_and_one_opd(qtbot, disnaker_env):
    tab = _tab(qtbot, disnaker_env)
    _build(qtbot, tab, "ranking")
    model = tab.current_view().model()
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["1.02", "1.01"]
    assert tab.chart_widgets[0].chart.kind == "bar"
    tab.choose("money")
    tab.opd_combo.setCurrentIndex(tab.opd_combo.findText("1.01 Dinas Pendidikan"))
    _build(qtbot, tab, "money")
    assert tab.report.scope == "1.01 Dinas Pendidikan"
    total = tab.current_view().model().index(3, 2).data(RAW_ROLE)
    assert total == 100_800  # w3 is not charged for the month it ended


def test_status_filter_changes_the_distribution(qtbot, disnaker_env):
    tab = _tab(qtbot, disnaker_env)
    tab.choose("workers")
    tab.status_combo.setCurrentIndex(tab.status_combo.findText("Lapsed"))
    _build(qtbot, tab, "workers")
    assert tab.report.table("by_occupation").rows == [("Juru parkir", 1)]


def test_export_xlsx_pdf_csv(qtbot, disnaker_env, tmp_path, monkeypatch):
    tab = _tab(qtbot, disnaker_env)
    _build(qtbot, tab, "money")
    for fmt in ("xlsx", "pdf", "csv"):
        target = tmp_path / f"out.{fmt}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        tab.last_written = []
        tab.export(fmt)
        qtbot.waitUntil(lambda: bool(tab.last_written), timeout=10_000)
        assert target.exists() and target.stat().st_size > 0
        assert str(target) in tab.message.text()
    assert openpyxl.load_workbook(tmp_path / "out.xlsx").worksheets[0]["C8"].value == 201_600
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").startswith("Month,")


def test_export_cancelled_in_the_dialog_writes_nothing(qtbot, opd_env, tmp_path, monkeypatch):
    tab = _tab(qtbot, opd_env)
    _build(qtbot, tab, "money")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    tab.export("xlsx")
    assert tab.last_written == [] and list(tmp_path.glob("*.xlsx")) == []


def test_copy_selected_rows_or_the_whole_table(qtbot, opd_env):
    tab = _tab(qtbot, opd_env)
    _build(qtbot, tab, "money")
    text = tab.copy_table()
    assert QApplication.clipboard().text() == text
    assert len(text.splitlines()) == 5 and text.splitlines()[1].split("\t")[2] == "33600"
    tab.current_view().selectRow(2)
    text = tab.copy_table()
    assert text.splitlines()[1].split("\t")[:3] == ["November 2026", "2", "33600"]
    assert len(text.splitlines()) == 2
    assert "1 row" in tab.message.text()


def test_changes_rebuild_the_shown_report(qtbot, opd_env):
    tab = _tab(qtbot, opd_env)
    _build(qtbot, tab, "compliance")
    opd_env.db.execute("UPDATE sponsors SET status = 'ended' WHERE name = 'Citra Dewi'")
    first = tab.report
    tab.on_changes(frozenset({"sponsors"}))
    qtbot.waitUntil(lambda: tab.report is not first, timeout=10_000)
    assert [r[1] for r in tab.report.table("no_worker").rows] == ["Budi Santoso"]


@pytest.mark.parametrize("kind", ["bar", "line", "donut"])
def test_chart_widget_draws_every_kind(qtbot, kind):
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 240)
    widget.set_chart(Chart(kind, "Title", ["A", "B", "C"], [Series("S", [3, 0, 7]), Series("T", [1, 2, 3])]))
    image: QImage = widget.grab().toImage()
    blue = sum(1 for x in range(0, 400, 4) for y in range(0, 240, 4)
               if image.pixelColor(x, y).name() == "#2e6da4")
    assert blue > 10  # the first series is painted in its colour


def test_nice_ticks():
    assert nice_ticks(230) == [0, 100, 200, 300]
    assert nice_ticks(5_040_000, "Rp") == [0, 2_000_000, 4_000_000, 6_000_000]
    assert nice_ticks(2) == [0, 1, 2]
    assert nice_ticks(40, "%") == [0, 25, 50, 75, 100]
