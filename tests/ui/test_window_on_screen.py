"""A window size and place remembered on a bigger or second monitor still opens on this screen."""

from __future__ import annotations

import pytest

from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.screen import available_geometry
from rentan_desktop.ui.qt import QMainWindow


@pytest.mark.parametrize("saved", [
    (0, 0, 2560, 1440),        # a big monitor: larger than the whole screen here
    (1900, 100, 1200, 700),    # a second monitor to the right
    (-1700, -300, 900, 600),   # a monitor to the left and above
    (300, 2000, 800, 500),     # a monitor below
])
def test_a_remembered_geometry_is_kept_on_the_available_screen(qtbot, tmp_path, saved):
    first = QMainWindow()
    qtbot.addWidget(first)
    first.setGeometry(*saved)
    ui_state.save_window(first, tmp_path)

    window = QMainWindow()
    qtbot.addWidget(window)
    assert ui_state.restore_window(window, tmp_path)
    area = available_geometry(window)
    placed = window.geometry()
    assert area.contains(placed), (placed, area)
    assert placed.width() >= 200 and placed.height() >= 200


def test_a_geometry_that_fits_is_restored_as_saved(qtbot, tmp_path):
    area = available_geometry()
    first = QMainWindow()
    qtbot.addWidget(first)
    first.setGeometry(area.x() + 20, area.y() + 30, 640, 400)
    ui_state.save_window(first, tmp_path)
    window = QMainWindow()
    qtbot.addWidget(window)
    ui_state.restore_window(window, tmp_path)
    assert (window.geometry().x(), window.geometry().y(), window.width(), window.height()) == (
        area.x() + 20, area.y() + 30, 640, 400)
