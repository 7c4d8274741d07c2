"""A paid month keeps the amount recorded with its payment (QA walk r3, defect 41).

A change of the worker's declared income or JHT applies to unpaid months only: the month
view's row, its footer totals and the deduction list all show what was paid.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.payments import month_view, service
from rentan_desktop.payments.deductions import deduction_list
from tests.pay_helpers import add_sponsor, add_worker

TODAY = dt.date(2026, 12, 20)
MONTH = "2026-12"


@pytest.mark.parametrize("change, paid_due, next_due", [
    # (new declared income, new JHT) -> due for the paid month, due for the next (unpaid) month
    ({"declared_income": 2_000_000}, 16_800, 26_800),
    ({"jht": 1}, 16_800, 16_800 + 20_000),
    ({"declared_income": 2_000_000, "jht": 1}, 16_800, 26_800 + 40_000),
    ({}, 16_800, 16_800),
])
def test_paid_month_keeps_its_amount_after_an_income_or_jht_change(db, change, paid_due, next_due):
    sponsor = add_sponsor(db, "Sri Wahyuningsih")
    desi = add_worker(db, "2026-11", sponsor=sponsor, name="DESI RATNASARI")
    arbain = add_worker(db, "2026-11", sponsor=sponsor, name="ARBAIN")
    service.record_payments(db, "op", desi["uid"], ["2026-11", MONTH], "tpp", today=TODAY)
    service.record_payments(db, "op", arbain["uid"], ["2026-11"], "cash", today=TODAY)
    if change:
        sets = ", ".join(f"{k} = ?" for k in change)
        db.execute(f"UPDATE workers SET {sets} WHERE id = ?", [*change.values(), desi["id"]])

    rows = month_view.rows_for(db, MONTH, [desi["id"], arbain["id"]])
    assert (rows[desi["id"]].due, rows[desi["id"]].paid) == (paid_due, 16_800)
    assert rows[arbain["id"]].due == 16_800 and rows[arbain["id"]].paid is None
    totals = month_view.select_month(db, MONTH).totals
    assert (totals.due, totals.paid, totals.outstanding) == (paid_due + 16_800, 16_800, 16_800)
    unpaid = month_view.select_month(db, MONTH, month_view.SHOW_UNPAID).totals
    assert (unpaid.due, unpaid.outstanding) == (16_800, 16_800)
    paid = month_view.select_month(db, MONTH, month_view.SHOW_PAID).totals
    assert (paid.due, paid.outstanding) == (16_800, 0)
    listed = {w.name: w.amount for s in deduction_list(db, MONTH).sponsors for w in s.workers}
    assert listed == {"DESI RATNASARI": 16_800, "ARBAIN": 16_800}
    # The next month is not paid yet, so it takes the new income and JHT.
    assert month_view.rows_for(db, "2027-01", [desi["id"]])[desi["id"]].due == next_due
