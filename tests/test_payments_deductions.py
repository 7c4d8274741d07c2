"""The payroll deduction list: grouping per sponsor, who is left off, the .xlsx file."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from rentan_desktop.payments import service
from rentan_desktop.payments.deductions import deduction_list, export_xlsx
from tests.pay_helpers import add_sponsor, add_worker

TODAY = dt.date(2026, 11, 23)


def _roster(db):
    ani = add_sponsor(db, "Ani Lestari", nip="198001012005012001")
    budi = add_sponsor(db, "Budi Santoso", nip="197502022000031002")
    add_sponsor(db, "Camat Tanpa Pekerja")
    apbd = add_sponsor(db, "Program Juru Parkir", kind="apbd")
    w = {
        "a1": add_worker(db, "2026-09", sponsor=ani, name="Siti Aminah"),
        "a2": add_worker(db, "2026-09", sponsor=ani, name="Rina Wati", income=1_500_000, jht=1),
        "b1": add_worker(db, "2026-09", sponsor=budi, name="Joko Susilo"),
        "b2": add_worker(db, "2026-09", sponsor=budi, name="Prepaid Person"),
        "b3": add_worker(db, "2026-12", sponsor=budi, name="Starts Later"),
        "p1": add_worker(db, "2026-09", sponsor=apbd, name="Juru Parkir"),
        "d1": add_worker(db, "2026-09", sponsor=ani, status="draft", name="Draft Person"),
    }
    w["a1"]["kpj"] = "12345678901"
    db.execute("UPDATE workers SET kpj = '12345678901' WHERE id = ?", [w["a1"]["id"]])
    # Paid in order from his first month (September) through February 2027, in cash.
    service.prepay(db, "Siti", w["b2"]["uid"], 6, "cash", today=TODAY)
    return w


def test_deduction_list_groups_per_sponsor_with_totals(db):
    _roster(db)
    data = deduction_list(db, "2026-11")
    assert data.opd_code == "1.01" and data.opd_name == "Dinas Pendidikan"
    assert [s.name for s in data.sponsors] == ["Ani Lestari", "Budi Santoso"]
    ani, budi = data.sponsors
    assert ani.nip == "198001012005012001"
    assert [(x.name, x.amount) for x in ani.workers] == [("Rina Wati", 16_000 + 6_800 + 32_000),
                                                          ("Siti Aminah", 16_800)]
    assert ani.total == 54_800 + 16_800
    assert [x.name for x in budi.workers] == ["Joko Susilo"]     # prepaid in cash and later start left off
    assert (data.worker_count, data.grand_total) == (3, 54_800 + 16_800 * 2)


def test_workers_already_deducted_stay_on_the_list(db):
    _roster(db)
    service.record_month(db, "Siti", "2026-11", "tpp", today=TODAY)
    assert deduction_list(db, "2026-11").worker_count == 3


def test_selected_sponsors_only(db):
    _roster(db)
    budi = db.execute("SELECT uid FROM sponsors WHERE name = 'Budi Santoso'").fetchone()[0]
    data = deduction_list(db, "2026-12", [budi])
    assert [x.name for x in data.sponsors[0].workers] == ["Joko Susilo", "Starts Later"]


def test_xlsx_has_numbers_as_numbers_and_nip_as_text(db, tmp_path):
    _roster(db)
    path = export_xlsx(deduction_list(db, "2026-11"), tmp_path / "potongan.xlsx", pemda="Kota Palangka Raya")
    sheet = openpyxl.load_workbook(path).active
    rows = [r for r in sheet.iter_rows(values_only=True)]
    assert "Dinas Pendidikan" in rows[1][0] and "November 2026" in rows[2][0]
    body = rows[5:]
    first = body[0]
    assert first[1] == "198001012005012001" and isinstance(first[1], str)
    assert first[4] == "Rina Wati" and first[7] == 54_800 and isinstance(first[7], int | float)
    assert body[1][5] == "627101010190" + body[1][5][-4:] and body[1][6] == "12345678901"
    subtotal = body[2]
    assert subtotal[2] == "Total to deduct from Ani Lestari" and subtotal[7] == 71_600
    grand = [r for r in rows if r[2] and str(r[2]).startswith("Grand total")][0]
    assert grand[7] == 88_400 and "2 sponsors, 3 workers" in grand[2]
    assert sheet["H6"].number_format == '"Rp"#,##0'


def test_xlsx_opens_in_libreoffice(db, tmp_path):
    import shutil
    import subprocess

    import pytest

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    _roster(db)
    path = export_xlsx(deduction_list(db, "2026-11"), tmp_path / "potongan.xlsx")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "csv",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=120)
    lines = (tmp_path / "potongan.csv").read_text(encoding="utf-8").splitlines()
    assert lines[5].startswith("1,198001012005012001,Ani Lestari,") and lines[5].endswith(",54800")
    assert lines[-1].endswith(",88400")


@pytest.mark.parametrize("paid_by, expected", [
    # How December was settled before the sponsor change -> (sponsor, amount) the list shows
    ("tpp", [("Sri Wahyuningsih", 16_800)]),      # deducted from Sri: stays with Sri, as paid
    (None, [("Test Orang", 26_800)]),              # unpaid: the current sponsor at today's amount
    ("cash", []),                                  # paid another way: payroll deducts nothing
])
def test_paid_rows_keep_the_sponsor_and_amount_of_their_payment(db, paid_by, expected):
    sri = add_sponsor(db, "Sri Wahyuningsih")
    other = add_sponsor(db, "Test Orang")
    roslina = add_worker(db, "2026-11", sponsor=sri, name="ROSLINA")
    today = dt.date(2026, 12, 20)
    if paid_by:
        service.record_payments(db, "op", roslina["uid"], ["2026-12"], paid_by, reference="SP2D-TPP-12/2026",
                                today=today)
    db.execute("UPDATE workers SET sponsor_id = ?, declared_income = 2000000 WHERE id = ?",
               [other["id"], roslina["id"]])
    data = deduction_list(db, "2026-12")
    assert [(s.name, w.amount) for s in data.sponsors for w in s.workers] == expected
    assert data.grand_total == sum(a for _, a in expected)
    # Choosing sponsors goes by the same sponsor the row is listed under.
    assert deduction_list(db, "2026-12", [sri["uid"]]).worker_count == (1 if paid_by == "tpp" else 0)
