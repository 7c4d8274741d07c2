"""QA walk r6, 10: a training install wrote a key enrollment file (Disnaker trusting it would take a practice key
for the real OPD's) and its Sync tab walked the clerk through key enrollment. Both refuse now, as for bundles."""

from __future__ import annotations

import pytest

from rentan_desktop.cli import main
from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.sync import provisioning


def _training(tmp_path):
    folder = tmp_path / "latihan"
    assert main(["--data-dir", str(folder), "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
                 "--opd-code", "3.01", "--opd-name", "Dinas Perhubungan", "--operator", "Rina", "--training"]) == 0
    return folder


def test_a_training_install_writes_no_enrollment_file(tmp_path, capsys):
    folder = _training(tmp_path)
    stick = tmp_path / "stick"
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "keys", "export", "--out", str(stick)]) != 0
    assert "training install: it never writes a key enrollment file" in capsys.readouterr().err
    assert not stick.exists() or not list(stick.iterdir())
    ctx = AppContext.open(folder)
    try:
        assert ctx.try_unlock()
        with pytest.raises(UserError, match="real install of this office"):
            provisioning.write_enrollment(ctx.db, ctx.data_dir, tmp_path / "other")
        assert provisioning.enrollment_written_at(ctx.db) is None
    finally:
        ctx.close()
