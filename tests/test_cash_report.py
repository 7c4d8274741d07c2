"""The cash-received report: by payment date, per-day totals, reversals left out, exports."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.payments import service
from rentan_desktop.reports import cash
from rentan_desktop.reports.pdf import write_pdf
from rentan_desktop.reports.xlsx import write_xlsx
from tests.pay_helpers import add_sponsor, add_worker

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def paid(db):
    sponsor = add_sponsor(db)
    a, b = add_worker(db, "2026-09", sponsor=sponsor), add_worker(db, "2026-09", sponsor=sponsor)
    service.record_payments(db, "Siti", a["uid"], ["2026-09", "2026-10"], "cash", paid_on="2026-11-02", today=TODAY)
    service.record_payments(db, "Siti", b["uid"], ["2026-09"], "cash", paid_on="2026-11-02", today=TODAY)
    [wrong] = service.record_payments(db, "Siti", b["uid"], ["2026-10"], "transfer", paid_on="2026-11-05",
                                      today=TODAY)
    service.record_payments(db, "Siti", b["uid"], ["2026-11"], "transfer", paid_on="2026-11-05", today=TODAY)
    service.reverse_payment(db, "Siti", wrong, "Salah catat", today=TODAY)
    return db


def test_per_day_totals_leave_reversed_payments_out(paid):
    report = cash.build(paid, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    per_day = report.table("per_day")
    assert per_day.rows == [("2026-11-02", 3, 50400), ("2026-11-05", 1, 16800)]
    assert per_day.totals[1:] == (4, 67200)
    assert len(report.table("payments").rows) == 4


def test_range_and_method_narrow_it(paid):
    report = cash.build(paid, dt.date(2026, 11, 3), dt.date(2026, 11, 30), method="transfer")
    assert report.table("per_day").rows == [("2026-11-05", 1, 16800)]


def test_a_reversed_range_is_refused(paid):
    with pytest.raises(UserError, match="comes before"):
        cash.build(paid, dt.date(2026, 11, 30), dt.date(2026, 11, 1))


def test_exports_to_xlsx_and_pdf(paid, tmp_path):
    import openpyxl

    report = cash.build(paid, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    book = openpyxl.load_workbook(write_xlsx(report, tmp_path / "kas.xlsx"))
    assert book.sheetnames == ["Per day", "Payments"]
    assert book["Per day"].cell(5, 3).value == 50400
    assert write_pdf(report, tmp_path / "kas.pdf", paid).stat().st_size > 1000
