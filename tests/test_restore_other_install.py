"""QA walk r6, 9: restoring another install's backup (a training install's, another PC's) was refused as
"damaged … : sealed data does not open with this key": the wrong diagnosis with an English tail."""

from __future__ import annotations

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.maintenance import backup
from rentan_desktop.roster import demo
from tests.conftest import OPD, make_install


def test_a_backup_of_another_install_is_named_so_and_changes_nothing(opd_ctx, tmp_path):
    other = make_install(tmp_path / "latihan", **{**OPD, "operator": "Latihan"})
    try:
        demo.generate(other.db, sponsors=2, workers=3, opds=1, seed=5, operator="t")
        made = backup.create_backup(other.db_path, "manual", key=other.db_key())
    finally:
        other.close()
    assert made.suffix == backup.GENERATION
    key = opd_ctx.db_key()
    before = opd_ctx.db.execute("SELECT count(*) FROM workers").fetchone()[0]
    verdict = backup.check_backup(made, key=key)
    assert not verdict.ok and verdict.summary == "made by another install (its key is different)"
    opd_ctx.close()
    with pytest.raises(UserError) as refused:
        backup.restore_backup(opd_ctx.db_path, made, key=key)
    message = str(refused.value)
    assert "was made by another install" in message and "Restore a backup from this install's backups folder" in message
    assert "sealed" not in message and "damaged" not in message
    assert not list(opd_ctx.data_dir.glob("*.assembling")) and not list(opd_ctx.data_dir.glob("*.rebuilt"))
    from rentan_desktop.store import db as store_db

    db = store_db.connect(opd_ctx.db_path, key=key)
    assert db.execute("SELECT count(*) FROM workers").fetchone()[0] == before
    db.close()
