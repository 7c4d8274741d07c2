"""QA walk r5, 16: writing the return bundle said "Isinya: holidays 245, …": every table a bundle
carries is named in the clerk's words, in Indonesian, never by its database name."""

from __future__ import annotations

import pytest

from rentan_desktop import i18n
from rentan_desktop.sync import tables
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.qt import QApplication
from rentan_desktop.ui.sync.sync_labels import table_label


@pytest.fixture
def indonesian(qtbot):
    app = QApplication.instance()
    install_translators(app, "id")
    i18n.set_language("id")
    yield
    install_translators(app, "en")
    i18n.set_language("en")


@pytest.mark.parametrize("table", sorted({t.name for t in tables.REGISTRY} | {"rate_brackets", "settings"}))
def test_every_table_a_bundle_carries_has_an_indonesian_name(indonesian, table):
    words = table_label(table)
    assert words != table and "_" not in words
    assert words.lower() != table.replace("_", " ")


def test_the_holiday_calendar_reads_as_such(indonesian):
    assert table_label("holidays") == "Kalender hari libur"


def test_the_result_preview_says_which_rows_stay_waiting(qtbot, disnaker_env, tmp_path):
    from pathlib import Path

    from rentan_desktop.disnaker import bpjs_import
    from rentan_desktop.ui.disnaker.bpjs_preview_dialog import BpjsResultPreview

    planned = [bpjs_import.Planned(2, "u1", "SITI", "4.02", "accepted", "26012345601", "2026-12-01", None, "apply"),
               bpjs_import.Planned(3, "u2", "NOVITA", "4.02", "pending", None, None, None, "wait")]
    report = bpjs_import.ResultImport("hasil.xlsx", planned=planned)
    dialog = BpjsResultPreview(disnaker_env, Path(tmp_path / "hasil.xlsx"), report)
    qtbot.addWidget(dialog)
    assert "1 still in process at BPJS" in dialog.summary.text()
    answers = [dialog.model.index(r, 3).data() for r in range(2)]
    changes = [dialog.model.index(r, 7).data() for r in range(2)]
    assert answers == ["Accepted", "In process"] and changes == ["will be recorded", "stays waiting"]
    assert dialog.apply_button.isEnabled()
