"""QA walk r5, 25: `rentan keys export --out <stick>` also writes the secret key backup there; the terminal
now says which file must stay in the office."""

from __future__ import annotations

import pytest

from rentan_desktop.cli import main

pytestmark = pytest.mark.usefixtures("sync_keys")


def test_keys_export_names_the_backup_that_must_not_travel(tmp_path, capsys):
    folder = tmp_path / "opd"
    assert main(["--data-dir", str(folder), "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
                 "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Siti"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "keys", "export", "--out", str(tmp_path / "stick")]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].endswith("rentan-enrollment-1.01.json")
    assert "secret-keys.age is this install's secret key backup: keep it in the office" in err
