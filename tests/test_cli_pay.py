"""`rentan pay ...` from a terminal: bulk month, prepayment, correction, arrears, deduction list."""

from __future__ import annotations

import openpyxl

from rentan_desktop.cli import main
from rentan_desktop.domain.months import add_months, current_month
from rentan_desktop.store import settings
from tests.pay_helpers import add_sponsor, add_worker, live_months


def _install(opd_ctx):
    settings.put(opd_ctx.db, "language", "en")
    sponsor = add_sponsor(opd_ctx.db, "Ani Lestari", nip="198001012005012001")
    start = add_months(current_month(), -2)
    workers = [add_worker(opd_ctx.db, start, sponsor=sponsor, paid_through=add_months(current_month(), -1))
               for _ in range(3)]
    folder = str(opd_ctx.data_dir)
    opd_ctx.close()
    return folder, workers


def test_record_month_twice_pays_once(opd_ctx, capsys):
    folder, workers = _install(opd_ctx)
    month = current_month()
    assert main(["--data-dir", folder, "pay", "record", "--month", month, "--method", "tpp",
                 "--sponsor", "19800101 200501 2 001", "--reference", "SP2D-1"]) == 0
    assert "recorded 3 contributions, total Rp50.400" in capsys.readouterr().out
    assert main(["--data-dir", folder, "pay", "record", "--month", month]) == 0
    assert "recorded 0 contributions" in capsys.readouterr().out and all(
        live_months(opd_ctx.db, w)[-1] == month and len(live_months(opd_ctx.db, w)) == 3 for w in workers)


def test_prepay_reverse_and_refusals(opd_ctx, capsys):
    folder, workers = _install(opd_ctx)
    nik = workers[0]["nik"]
    assert main(["--data-dir", folder, "pay", "prepay", "--worker", nik, "--months", "6", "--method", "cash"]) == 0
    assert "Paid 6 months" in capsys.readouterr().out
    second = add_months(current_month(), 1)
    assert main(["--data-dir", folder, "pay", "reverse", "--worker", nik, "--month", second,
                 "--reason", "wrong month"]) == 0
    assert second not in live_months(opd_ctx.db, workers[0])
    assert main(["--data-dir", folder, "pay", "record", "--month", "2001-01"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "can no longer be paid" in err
    assert main(["--data-dir", folder, "pay", "record", "--month", current_month(), "--sponsor", "1"]) == 2
    assert "No sponsor has NIP 1" in capsys.readouterr().err


def test_arrears_and_deductions(opd_ctx, capsys, tmp_path):
    folder, _ = _install(opd_ctx)
    ctx_db = __import__("rentan_desktop.store.db", fromlist=["connect"]).connect(
        __import__("pathlib").Path(folder) / "rentan.sqlite3", key=opd_ctx.db_key())
    # Lapsed at the 4th unpaid month, within the 3 recent months the list shows.
    add_worker(ctx_db, add_months(current_month(), -5), name="Lama Tidak Bayar")
    ctx_db.close()
    assert main(["--data-dir", folder, "pay", "arrears", "--month", current_month()]) == 0
    out = capsys.readouterr().out
    assert "1 memberships lapsed" in out and "Lama Tidak Bayar" in out and "lapsed" in out
    target = tmp_path / "potongan.xlsx"
    assert main(["--data-dir", folder, "pay", "deductions", "--month", current_month(), "--out", str(target)]) == 0
    assert "1 sponsors, 3 workers, Rp50.400" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(target).active
    assert sheet["B6"].value == "198001012005012001"


def test_arrears_name_their_months_as_the_gui_does(opd_ctx, capsys):
    from rentan_desktop.domain.months import month_label

    folder, _ = _install(opd_ctx)
    ctx_db = __import__("rentan_desktop.store.db", fromlist=["connect"]).connect(
        __import__("pathlib").Path(folder) / "rentan.sqlite3", key=opd_ctx.db_key())
    first = add_months(current_month(), -2)
    add_worker(ctx_db, first, name="Dua Bulan Belum")
    ctx_db.close()
    capsys.readouterr()
    assert main(["--data-dir", folder, "pay", "arrears", "--month", current_month()]) == 0
    line = next(row for row in capsys.readouterr().out.splitlines() if "Dua Bulan Belum" in row)
    assert f"{month_label(first, 'en')} - " in line and first not in line
