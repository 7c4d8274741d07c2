"""What the window remembers between sessions: size and place, table columns and sort, last folders.

Kept per install in `ui-state.ini` beside the database (QSettings, INI format), so a training
install and the real one never share a layout, and tests never touch the user's settings.
File dialogs start in the folder last used for the same purpose; for bundles and backups a
plugged-in USB stick comes first.
"""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.maintenance.drives import removable_drives
from rentan_desktop.ui.common.headers import fit_headers
from rentan_desktop.ui.common.screen import available_geometry, fit_to_screen
from rentan_desktop.ui.qt import (
    QAction,
    QByteArray,
    QCoreApplication,
    QFileDialog,
    QHeaderView,
    QMainWindow,
    QMenu,
    QSettings,
    Qt,
    QTableView,
    QWidget,
)

STATE_FILE = "ui-state.ini"
STATE_VERSION = 1  # bump when a table's columns change so old layouts are dropped


def settings_for(data_dir: Path | str) -> QSettings:
    return QSettings(str(Path(data_dir) / STATE_FILE), QSettings.Format.IniFormat)


# -- language -------------------------------------------------------------------------------

def remember_language(data_dir: Path | str, language: str) -> None:
    """Kept outside the encrypted database too: the passphrase prompt speaks it before the unlock."""
    settings_for(data_dir).setValue("language", language)


def remembered_language(data_dir: Path | str) -> str | None:
    value = settings_for(data_dir).value("language")
    return value if isinstance(value, str) else None


# -- window -----------------------------------------------------------------------------------

def restore_window(window: QMainWindow, data_dir: Path | str) -> bool:
    """Put the window back where it was; False when nothing was saved (first start).

    A geometry saved on a bigger or a second monitor is brought onto this screen whole: Qt moves
    a window whose screen is gone, and what it leaves outside the available area is fitted."""
    geometry = settings_for(data_dir).value("window/geometry")
    if not isinstance(geometry, QByteArray) or geometry.isEmpty():
        return False
    restored = bool(window.restoreGeometry(geometry))
    if restored and not window.isMaximized() and not available_geometry(window).contains(window.geometry()):
        fit_to_screen(window, window.width(), window.height())
    return restored


def save_window(window: QMainWindow, data_dir: Path | str) -> None:
    settings_for(data_dir).setValue("window/geometry", window.saveGeometry())


# -- tables -----------------------------------------------------------------------------------

def remember_table(table: QTableView, data_dir: Path | str, key: str) -> None:
    """Restore the header (widths, order, hidden columns, sort) of `table` and save it on every change.

    The header's context menu shows or hides columns; the first column always stays.
    """
    header = table.horizontalHeader()
    store = settings_for(data_dir)
    name = f"tables/{key}/v{STATE_VERSION}"
    saved = store.value(name)
    columns = table.model().columnCount() if table.model() is not None else 0
    # A layout saved for another number of columns (a column added since) would leave the new
    # column's cells unpainted: it is dropped and the default layout shown.
    saved_columns = store.value(name + "-columns")
    same_shape = saved_columns is None or str(saved_columns) == str(columns)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and same_shape:
        header.restoreState(saved)
        if table.isSortingEnabled():
            table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_headers(table)  # a layout saved before a header grew (or in English) never cuts it now

    def save(*_args) -> None:
        store = settings_for(data_dir)
        store.setValue(name, header.saveState())
        store.setValue(name + "-columns", header.count())

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    header.sortIndicatorChanged.connect(save)
    header.setSectionsMovable(True)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda pos: column_menu(table, save).exec(header.mapToGlobal(pos)))
    table.setProperty("ui_state_key", name)


def column_menu(table: QTableView, save) -> QMenu:
    """Tick boxes for every column (shown or hidden), and one to put the layout back."""
    header: QHeaderView = table.horizontalHeader()
    model = table.model()
    menu = QMenu(table)
    for section in range(model.columnCount()):
        title = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        action = QAction(title, menu)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(section))
        action.setEnabled(section != 0)  # the name column always stays

        def toggle(checked: bool, s: int = section) -> None:
            header.setSectionHidden(s, not checked)
            save()

        action.toggled.connect(toggle)
        menu.addAction(action)
    menu.addSeparator()
    reset = menu.addAction(QCoreApplication.translate("UiState", "Show every column in the usual order"))

    def put_back() -> None:
        for s in range(model.columnCount()):
            header.setSectionHidden(s, False)
            header.moveSection(header.visualIndex(s), s)
        save()

    reset.triggered.connect(put_back)
    return menu


# -- folders ----------------------------------------------------------------------------------

def start_folder(data_dir: Path | str, purpose: str, *, removable_first: bool = False) -> str:
    """Where a file dialog for `purpose` opens: a USB stick when asked and present, else the last folder."""
    if removable_first:
        sticks = removable_drives()
        if sticks:
            return str(sticks[0])
    last = settings_for(data_dir).value(f"folders/{purpose}")
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    return str(Path.home())


def remember_folder(data_dir: Path | str, purpose: str, chosen: str | Path) -> None:
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings_for(data_dir).setValue(f"folders/{purpose}", str(folder))


def save_file_name(parent: QWidget | None, data_dir: Path | str, purpose: str, title: str, suggested: str,
                   file_filter: str, *, removable_first: bool = False, suffix: str = "") -> str:
    """A save dialog in the remembered (or removable) folder; '' when cancelled."""
    start = Path(start_folder(data_dir, purpose, removable_first=removable_first)) / suggested
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    if not name:
        return ""
    if suffix and not name.lower().endswith(suffix):
        name += suffix
    remember_folder(data_dir, purpose, name)
    return name


def open_file_name(parent: QWidget | None, data_dir: Path | str, purpose: str, title: str, file_filter: str,
                   *, removable_first: bool = False) -> str:
    name, _ = QFileDialog.getOpenFileName(parent, title, start_folder(data_dir, purpose,
                                                                      removable_first=removable_first), file_filter)
    if name:
        remember_folder(data_dir, purpose, name)
    return name


def folder_name(parent: QWidget | None, data_dir: Path | str, purpose: str, title: str, *,
                removable_first: bool = False) -> str:
    name = QFileDialog.getExistingDirectory(parent, title, start_folder(data_dir, purpose,
                                                                        removable_first=removable_first))
    if name:
        remember_folder(data_dir, purpose, name)
    return name
