"""Every tab and dialog fits a 1366x768 laptop (less its taskbar) and no label is clipped."""

from __future__ import annotations

import pytest

from rentan_desktop.ui.common import screen
from rentan_desktop.ui.common.headers import text_width
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.qt import QApplication, QHeaderView, QLabel, Qt, QTableView, QWidget
from tests.ui import screens

FRAME = screen.FRAME_ALLOWANCE


@pytest.fixture(autouse=True)
def _laptop_in_indonesian(monkeypatch):
    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: screens.LAPTOP)
    app = QApplication.instance()
    install_translators(app, "id")  # Indonesian words are longer: the real test of fit
    yield
    install_translators(app, "en")


def _visible_labels(top: QWidget) -> list[QLabel]:
    return [w for w in top.findChildren(QLabel) if w.isVisibleTo(top) and w.text().strip()]


def problems_of(name: str, top: QWidget) -> list[str]:
    found = []
    area = screens.LAPTOP
    for what, size in (("minimum size", top.minimumSizeHint().expandedTo(top.minimumSize())), ("size", top.size())):
        if size.width() > area.width() or size.height() > area.height() - FRAME:
            found.append(f"{name}: {what} {size.width()}x{size.height()} is larger than the screen "
                         f"{area.width()}x{area.height() - FRAME}")
    for label in _visible_labels(top):
        text = label.text()[:60]
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(f"{name}: label {text!r} needs {needed} px height, has {label.height()}")
        elif label.minimumSizeHint().width() > label.width() + 1:
            found.append(f"{name}: label {text!r} needs {label.minimumSizeHint().width()} px width, "
                         f"has {label.width()}")
    found += _kpj_columns_cut(name, top)
    found += _headers_cut(name, top)
    return found


def _headers_cut(name: str, top: QWidget) -> list[str]:
    """A column header a clerk reads as "Tunggakan (lewat jat…" is a column nobody understands."""
    found = []
    for view in top.findChildren(QTableView):
        if not view.isVisibleTo(top) or view.model() is None:
            continue
        header = view.horizontalHeader()
        for section in range(header.count()):
            fixed_by_qt = header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive
            last = section == header.count() - 1 and header.stretchLastSection()
            if header.isSectionHidden(section) or fixed_by_qt or last:
                continue
            if header.sectionSize(section) < text_width(view, section):
                title = view.model().headerData(section, Qt.Orientation.Horizontal)
                found.append(f"{name}: column header {title!r} is cut ({header.sectionSize(section)} px of "
                             f"{text_width(view, section)})")
    return found


def _kpj_columns_cut(name: str, top: QWidget) -> list[str]:
    """The KPJ number is what a clerk copies to BPJS: its column must be whole on screen."""
    found = []
    for view in top.findChildren(QTableView):
        if not view.isVisibleTo(top) or view.model() is None:
            continue
        header = view.horizontalHeader()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            title = str(view.model().headerData(section, Qt.Orientation.Horizontal) or "")
            if title.strip().upper() != "KPJ":
                continue
            right = header.sectionViewportPosition(section) + header.sectionSize(section)
            model = view.model()
            shown = any(str(model.index(r, section).data() or "").strip() for r in range(min(model.rowCount(), 20)))
            wanted = view.fontMetrics().horizontalAdvance("12345678901") + 12 if shown else 0
            if right > view.viewport().width() or header.sectionSize(section) < wanted:
                found.append(f"{name}: the KPJ column ends at {right} px of {view.viewport().width()} "
                             f"({header.sectionSize(section)} px wide)")
    return found


@pytest.mark.parametrize("role", ["opd", "disnaker"])
def test_every_screen_fits_a_1366x768_laptop(qtbot, request, tmp_path, role):
    env = request.getfixturevalue(f"{role}_env")
    found = []
    for name, widget in screens.walk(env, tmp_path, role):
        found += problems_of(name, widget)
    assert found == []
