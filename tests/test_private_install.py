"""Issue 14: on POSIX every folder an install creates is 0700 and every file 0600 as it is made
(with the usual desktop umask, before any start-up sweep could mend it): a fresh install from the
terminal with demo data, its log, a backup generation and its page store, a restore's rebuilt file,
and a bundle written for Disnaker. (tests/test_private_folders.py covers what the sync side
receives: received bundles, the quarantine, damaged copies.)"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from rentan_desktop.cli import main as rentan
from rentan_desktop.context import AppContext
from rentan_desktop.maintenance import backup
from rentan_desktop.maintenance.logs import close_logging
from rentan_desktop.sync import export
from tests.conftest import INSTALL_PASSPHRASE
from tests.sync_support import make_pair

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def loose_entries(folder: Path) -> list[str]:
    """What in `folder` (itself included) is readable by anyone but its owner, with its mode."""
    found = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if not path.is_symlink() and mode != (0o700 if path.is_dir() else 0o600):
            found.append(f"{path.relative_to(folder).as_posix() or '.'} {oct(mode)}")
    return found


@pytest.fixture
def desktop_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_fresh_install_with_a_backup_and_a_restore_is_private_at_once(tmp_path, monkeypatch, desktop_umask):
    folder = tmp_path / "RentanDesktop"
    monkeypatch.setenv("RENTAN_PASSPHRASE", INSTALL_PASSPHRASE)
    assert rentan(["--data-dir", str(folder), "init", "--training", "--role", "opd", "--pemda", "Kota Palangka Raya",
                   "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Siti Rahma"]) == 0
    assert rentan(["--data-dir", str(folder), "demo", "--sponsors", "5", "--workers", "12"]) == 0
    assert rentan(["--data-dir", str(folder), "backup"]) == 0
    close_logging()
    ctx = AppContext.open(folder)
    key = ctx.db_key()
    made = backup.create_backup(ctx.db_path, "manual", key=key)
    backup.write_copy(made, folder / "rebuilt.sqlite3", key)
    ctx.close()
    names = {p.relative_to(folder).as_posix() for p in folder.rglob("*")}
    assert {"rentan.sqlite3", "keys", "keys/install-key.json", "backups", "backups/pages", "logs",
            "rebuilt.sqlite3"} <= names
    assert any(n.endswith(".rgen") for n in names) and any(n.endswith(".pack") for n in names)
    assert loose_entries(folder) == []


def test_writing_a_bundle_leaves_the_install_private(tmp_path, desktop_umask):
    pair = make_pair(tmp_path, sponsors=3, workers=4)
    try:
        export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick)
        backup.create_backup(pair.dis.db_path, "import", key=pair.dis.db_key())
        assert loose_entries(pair.opd.data_dir) == []
        assert loose_entries(pair.dis.data_dir) == []
    finally:
        pair.close()
