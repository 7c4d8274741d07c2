"""`rentan bpjs ...` and `rentan opd ...` from a terminal, on a demo Disnaker install."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from rentan_desktop.cli import main
from rentan_desktop.context import AppContext
from rentan_desktop.domain.dates import format_date
from rentan_desktop.store import settings


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")
    monkeypatch.setenv("RENTAN_PASSPHRASE", "correct horse battery")
    d = str(tmp_path / "dis")
    assert main(["--data-dir", d, "init", "--role", "disnaker", "--pemda", "Kota Palangka Raya", "--operator",
                 "Rudi", "--training"]) == 0
    ctx = AppContext.open(d)
    settings.put(ctx.db, "language", "en")
    ctx.close()
    assert main(["--data-dir", d, "demo", "--opds", "3", "--sponsors", "30", "--workers", "45"]) == 0
    return d


def test_registration_result_and_dry_run(folder, tmp_path, capsys):
    reg = tmp_path / "reg.xlsx"
    capsys.readouterr()
    assert main(["--data-dir", folder, "bpjs", "export-registration", "--out", str(reg)]) == 0
    out = capsys.readouterr().out
    assert "marked as submitted" in out
    assert f"submitted on {format_date(dt.date.today())}" in out  # 01/12/2026, as the GUI writes dates
    niks = [row[1] for row in load_workbook(reg).active.iter_rows(min_row=2, values_only=True)]
    assert niks
    result = tmp_path / "hasil.csv"
    lines = ["NIK,KPJ,Tanggal Kepesertaan,Status,Alasan"]
    lines += [f"{n},{23000000000 + i},01/12/2026,Diterima," for i, n in enumerate(niks[:-1])]
    lines.append(f"{niks[-1]},,,Ditolak,Data ibu kandung tidak sesuai")
    result.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["--data-dir", folder, "bpjs", "import-result", str(result), "--dry-run"]) == 0
    assert "Dry run" in capsys.readouterr().out
    ctx = AppContext.open(folder)
    assert ctx.db.execute("SELECT count(*) FROM workers WHERE bpjs_status = 'accepted'").fetchone()[0] == 0
    ctx.close()
    assert main(["--data-dir", folder, "bpjs", "import-result", str(result)]) == 0
    assert f"{len(niks) - 1} accepted, 1 rejected" in capsys.readouterr().out
    ctx = AppContext.open(folder)
    assert ctx.db.execute("SELECT count(*) FROM workers WHERE bpjs_status = 'accepted'").fetchone()[0] == len(niks) - 1
    ctx.close()


def test_bad_result_file_lists_rows_and_exits_2(folder, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("NIK,KPJ,Status\n123,1,Diterima\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", folder, "bpjs", "import-result", str(bad)]) == 2
    out = capsys.readouterr().out
    assert "bad.csv, row 2, column NIK ('123')" in out and "Nothing was changed" in out


def test_payment_list_and_reconcile(folder, tmp_path, capsys):
    ctx = AppContext.open(folder)
    month = ctx.db.execute("SELECT month FROM payments GROUP BY month ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    first = ctx.db.execute("SELECT w.kpj, p.amount FROM payments p JOIN workers w ON w.id = p.worker_id "
                           "WHERE p.month = ? AND w.kpj IS NOT NULL AND p.kind = 'payment' LIMIT 1",
                           [month]).fetchone()
    ctx.close()
    for suffix in (".xlsx", ".pdf"):
        out = tmp_path / f"list{suffix}"
        assert main(["--data-dir", folder, "bpjs", "payment-list", "--month", month, "--out", str(out)]) == 0
        assert out.stat().st_size > 1000
    confirmation = tmp_path / "konf.csv"
    confirmation.write_text(f"KPJ,Iuran\n{first[0]},{first[1]}\n", encoding="utf-8")
    capsys.readouterr()
    code = main(["--data-dir", folder, "bpjs", "reconcile", str(confirmation), "--month", month])
    out = capsys.readouterr().out
    assert code == 1 and "1 workers match" in out and "Paid but not confirmed" in out


def test_opd_commands(folder, tmp_path, capsys):
    assert main(["--data-dir", folder, "opd", "add", "--code", "2.01", "--name", "Kecamatan Pahandut",
                 "--asn", "35", "--provision-dir", str(tmp_path / "usb")]) == 0
    assert (tmp_path / "usb" / "rentan-provisioning-2.01.json").exists()
    listing = tmp_path / "opd.csv"
    listing.write_text("Kode,Nama OPD,Kepala OPD\n2.02,Kecamatan Jekan Raya,Budi\n", encoding="utf-8")
    assert main(["--data-dir", folder, "opd", "import", str(listing)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "opd", "list"]) == 0
    out = capsys.readouterr().out
    assert "2.01\tKecamatan Pahandut" in out and "2.02\tKecamatan Jekan Raya\tBudi" in out


def test_opd_install_refuses(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")
    monkeypatch.setenv("RENTAN_PASSPHRASE", "correct horse battery")
    d = str(tmp_path / "opd")
    main(["--data-dir", d, "init", "--role", "opd", "--pemda", "Kota X", "--opd-code", "1.01", "--opd-name",
          "Dinas Pendidikan", "--operator", "A"])
    ctx = AppContext.open(d)
    settings.put(ctx.db, "language", "en")
    ctx.close()
    capsys.readouterr()
    assert main(["--data-dir", d, "bpjs", "export-registration", "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "Only a Disnaker install" in capsys.readouterr().err
