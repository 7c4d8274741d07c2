"""QA walk r5, 25: `rentan keys export --out <stick>` at an OPD put the install's secret-key backup beside the
enrollment file on the stick handed to Disnaker; the backup is written only where --backup-to says."""

from __future__ import annotations

from rentan_desktop.cli import main


def _opd(tmp_path):
    folder = tmp_path / "opd"
    assert main(["--data-dir", str(folder), "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
                 "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Siti"]) == 0
    return folder


def test_the_stick_gets_the_enrollment_file_and_no_secret_key_backup(tmp_path, capsys):
    folder = _opd(tmp_path)
    stick = tmp_path / "stick"
    assert main(["--data-dir", str(folder), "keys", "export", "--out", str(stick)]) == 0
    names = sorted(p.name for p in stick.iterdir())
    assert "rentan-enrollment-1.01.json" in names and not [n for n in names if "secret" in n]


def test_the_backup_goes_where_backup_to_says_and_is_named_as_such(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("RENTAN_PASSPHRASE", "kunci cadangan kantor")
    folder = _opd(tmp_path)
    stick, safe = tmp_path / "stick", tmp_path / "lemari"
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "keys", "export", "--out", str(stick), "--backup-to", str(safe)]) == 0
    out = capsys.readouterr().out
    assert not [p for p in stick.iterdir() if "secret" in p.name]
    assert [p for p in safe.iterdir() if p.name.endswith("-secret-keys.age")]
    assert "keep it in the office, never hand it over" in out
