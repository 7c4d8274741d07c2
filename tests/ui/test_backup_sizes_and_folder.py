"""QA walk r5, 20: backup sizes read "21,5 kB" / "1,4 MB" in Indonesian (every row said "0.0 MB"), and the
backup's folder dialog offers the stick last used for a bundle instead of the home folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from rentan_desktop.maintenance.backup import BackupInfo
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.maintenance.backup_dialog import BackupsModel
from rentan_desktop.ui.qt import QApplication, Qt


@pytest.fixture
def indonesian(qtbot):
    app = QApplication.instance()
    install_translators(app, "id")
    yield
    install_translators(app, "en")


def _info(tmp_path: Path, name: str, size: int, stored: int | None = None) -> BackupInfo:
    path = tmp_path / name
    path.write_bytes(b"x" * size)
    import datetime as dt

    return BackupInfo(path, "manual", dt.datetime(2026, 12, 2, 6, 12), stored=stored)


def test_sizes_are_read_in_the_clerks_units(qtbot, tmp_path, indonesian):
    model = BackupsModel()
    model.rows = [_info(tmp_path, "a", 1800), _info(tmp_path, "b", 1800, stored=20_200),
                  _info(tmp_path, "c", 1_450_000)]
    column = BackupsModel.COLUMNS.index("size")
    shown = [model.index(r, column).data(Qt.ItemDataRole.DisplayRole) for r in range(3)]
    assert shown == ["1,8 kB", "21,5 kB", "1,4 MB"]


def test_the_backup_folder_dialog_offers_the_bundle_stick(tmp_path, monkeypatch):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    monkeypatch.setattr(ui_state, "removable_drives", lambda: [])
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    assert ui_state.start_folder(data_dir, "backups") == str(Path.home())
    ui_state.remember_folder(data_dir, "bundles", stick)
    assert ui_state.start_folder(data_dir, "backups") == str(stick)
    elsewhere = tmp_path / "arsip"
    elsewhere.mkdir()
    ui_state.remember_folder(data_dir, "backups", elsewhere)  # a folder chosen for backups itself wins
    assert ui_state.start_folder(data_dir, "backups") == str(elsewhere)
