"""Every folder the app creates under the data folder is 0700 and every file 0600 on POSIX, made so
when it is created (data/sync, the received bundles, the quarantine, the damaged copies, the logs), and any stray file is made private at the next start."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from rentan_desktop.context import AppContext
from rentan_desktop.maintenance import health
from rentan_desktop.maintenance.logs import close_logging, setup_logging
from rentan_desktop.sync import export, importer, verify
from tests.sync_support import make_pair

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _assert_private(folder: Path) -> list[Path]:
    seen = []
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        assert _mode(path) == (0o700 if path.is_dir() else 0o600), f"{path.relative_to(folder)} {oct(_mode(path))}"
        seen.append(path)
    return seen


def test_folders_and_files_made_during_work_are_private_at_once(tmp_path):
    os.umask(0o022)  # the usual desktop umask: what the app creates must not rely on a stricter one
    pair = make_pair(tmp_path, sponsors=3, workers=4)
    try:
        path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path
        importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
        stranger = pair.stick / "stranger.rentan"
        stranger.write_bytes(b"not a bundle")
        assert verify._quarantine(pair.dis.data_dir, stranger, b"not a bundle", "test")
        folder = pair.dis.data_dir
        setup_logging(folder)  # the log and the crash trace
        close_logging()
        (folder / "old.sqlite3").write_bytes(b"x")
        health.set_aside(folder / "old.sqlite3")
        seen = _assert_private(folder)
        names = {p.relative_to(folder).as_posix() for p in seen}
        assert {"sync", "sync/received", "sync/quarantine", "damaged", "logs"} <= names
        assert any(n.startswith("sync/received/") for n in names)
    finally:
        pair.close()


def test_a_stray_open_file_or_folder_is_made_private_at_the_next_start(opd_ctx):
    folder = opd_ctx.data_dir
    opd_ctx.close()
    loose = folder / "sync" / "older"
    loose.mkdir(parents=True)
    os.chmod(folder / "sync", 0o755)
    os.chmod(loose, 0o755)
    (loose / "bundle.rentan").write_bytes(b"x")
    os.chmod(loose / "bundle.rentan", 0o644)
    (folder / "window-state.ini").write_text("[x]")
    os.chmod(folder / "window-state.ini", 0o644)
    AppContext.open(folder).close()
    _assert_private(folder)
