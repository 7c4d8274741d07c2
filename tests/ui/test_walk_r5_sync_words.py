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
