"""With Indonesian chosen, no screen shows English: every widget of every tab and dialog is read
(labels, buttons, tooltips, placeholders, group and tab titles, combo items, table headers and
cells, menus, wizard buttons) and checked against the program's English vocabulary."""

from __future__ import annotations

import pytest

from rentan_desktop import i18n
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QModelIndex,
    Qt,
    QTabWidget,
    QWidget,
    QWizard,
)
from tests.ui import screens
from tests.ui.english_words import english_in


@pytest.fixture(autouse=True)
def _indonesian(monkeypatch):
    monkeypatch.setenv("RENTAN_LANGUAGE", "id")
    app = QApplication.instance()
    install_translators(app, "id")
    yield
    install_translators(app, "en")
    i18n.set_language("en")


def _menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    out = []
    for action in menu.actions():
        out.append((where, action.text()))
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            out.append((where + " tooltip", action.toolTip()))
        if action.menu() is not None:
            out += _menu_texts(action.menu(), where + " > " + action.text())
    return out


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what a user can read on `top` now."""
    texts = [("window title", top.windowTitle())]
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if w is not top and not w.isVisibleTo(top):
            continue
        kind = type(w).__name__
        if w.toolTip():
            texts.append((f"{kind} tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            texts.append((kind, w.text()))
        elif isinstance(w, QAbstractButton):
            texts.append((kind, w.text()))
            if getattr(w, "menu", None) is not None and w.menu() is not None:
                texts += _menu_texts(w.menu(), f"{kind} menu")
        elif isinstance(w, QLineEdit):
            texts.append((f"{kind} placeholder", w.placeholderText()))
        elif isinstance(w, QGroupBox):
            texts.append((kind, w.title()))
        elif isinstance(w, QComboBox):
            texts += [(f"{kind} item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            texts += [(f"{kind} tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models keep columnCount private: one column
                columns = 1
            for c in range(columns):
                texts.append((f"{kind} header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")))
            for r in range(min(model.rowCount(QModelIndex()), 8)):
                for c in range(columns):
                    texts.append((f"{kind} cell", str(model.index(r, c).data() or "")))
                    texts.append((f"{kind} cell tooltip",
                                  str(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) or "")))
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            texts.append(("menu", action.text()))
            if action.menu() is not None:
                texts += _menu_texts(action.menu(), "menu " + action.text())
    if isinstance(top, QWizard):
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                       QWizard.WizardButton.CancelButton, QWizard.WizardButton.FinishButton,
                       QWizard.WizardButton.CommitButton):
            texts.append(("wizard button", top.buttonText(button)))
        page = top.currentPage()
        if page is not None:
            texts += [("wizard page title", page.title()), ("wizard page subtitle", page.subTitle())]
    return [(where, text) for where, text in texts if text and text.strip()]


def leaks_of(name: str, top: QWidget) -> list[str]:
    found = []
    for where, text in visible_texts(top):
        english = english_in(text)
        if english:
            found.append(f"{name} / {where}: {text[:90]!r} -> {sorted(english)}")
    return sorted(set(found))


@pytest.mark.parametrize("role", ["opd", "disnaker"])
def test_no_english_on_any_screen(qtbot, request, tmp_path, role):
    i18n.set_language("id")
    env = request.getfixturevalue(f"{role}_env")
    found = []
    for name, widget in screens.walk(env, tmp_path, role):
        found += leaks_of(name, widget)
    assert found == [], "\n".join(found)


def test_the_detector_finds_english(qtbot):
    label = QLabel("Back to the list (paid)")
    qtbot.addWidget(label)
    assert leaks_of("probe", label)
