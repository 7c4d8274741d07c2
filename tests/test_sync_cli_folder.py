"""`rentan import-bundle FOLDER`: every bundle of a folder in one command, in order, with ONE
backup for the whole batch; a refused bundle is named and the others still apply."""

from __future__ import annotations

import pytest

from rentan_desktop.cli import main
from rentan_desktop.maintenance.backup import backup_dir
from rentan_desktop.roster import service
from rentan_desktop.sync import export
from tests.sync_support import PASSPHRASE, make_pair

pytestmark = pytest.mark.usefixtures("sync_keys")


def _backups(ctx) -> list:
    folder = backup_dir(ctx.db_path)  # a backup is a generation (.rgen) or an old full copy (.sqlite3)
    return sorted(p.name for p in [*folder.glob("*.rgen"), *folder.glob("*.sqlite3")]) if folder.exists() else []


def _two_bundles(pair, folder):
    first = export.export_bundle(pair.opd.db, pair.opd.data_dir, folder, operator="Siti").path
    uid = pair.opd.db.execute("SELECT uid FROM workers ORDER BY id LIMIT 1").fetchone()[0]
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "phone": "081355500011"},
                        uid=uid)
    second = export.export_bundle(pair.opd.db, pair.opd.data_dir, folder, operator="Siti").path
    return first, second, uid


def test_a_folder_of_bundles_imports_in_order_with_one_backup(tmp_path, capsys):
    pair = make_pair(tmp_path)
    try:
        folder = tmp_path / "batch"
        folder.mkdir()
        first, second, uid = _two_bundles(pair, folder)
        assert first.name < second.name
        before = _backups(pair.dis)
        pair.dis.close()
        code = main(["--data-dir", str(pair.dis.data_dir), "import-bundle", str(folder)])
        out = capsys.readouterr().out
        assert code == 0, out
        assert "2 of 2" in out
        pair.dis = type(pair.dis).open(pair.dis.data_dir)
        pair.dis.unlock(PASSPHRASE)
        assert len(_backups(pair.dis)) - len(before) == 1  # one for the batch, not one per bundle
        assert pair.dis.db.execute("SELECT phone FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "+6281355500011"
        assert pair.dis.db.execute("SELECT count(*) FROM sync_imports").fetchone()[0] == 2
    finally:
        pair.close()


def test_a_refused_bundle_in_the_folder_is_named_and_the_others_apply(tmp_path, capsys):
    pair = make_pair(tmp_path)
    try:
        folder = tmp_path / "batch"
        folder.mkdir()
        first, second, uid = _two_bundles(pair, folder)
        broken = folder / "rentan-0.00-broken.rentan.tar"
        broken.write_bytes(b"not a bundle")
        pair.dis.close()
        code = main(["--data-dir", str(pair.dis.data_dir), "import-bundle", str(folder)])
        captured = capsys.readouterr()
        assert code == 2
        assert broken.name in captured.err and "Traceback" not in captured.err
        assert "2 of 3" in captured.out
        pair.dis = type(pair.dis).open(pair.dis.data_dir)
        pair.dis.unlock(PASSPHRASE)
        assert pair.dis.db.execute("SELECT phone FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "+6281355500011"
    finally:
        pair.close()
