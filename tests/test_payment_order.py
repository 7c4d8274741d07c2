"""A clerk's payment covers months in order from the oldest unpaid one, in allowed counts (QA walk r3, defect 40)."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.payments import rules, service
from tests.pay_helpers import add_sponsor, add_worker, live_months

TODAY = dt.date(2026, 12, 20)


def _months(first: str, count: int) -> list[str]:
    from rentan_desktop.domain.months import add_months

    return [add_months(first, i) for i in range(count)]


@pytest.mark.parametrize("start, already, months, refusal", [
    # worker's first month, months paid before, months asked -> words of the refusal (None: recorded)
    ("2026-12", [], ["2026-12"], None),
    ("2026-11", [], ["2026-11"], None),
    ("2026-11", [], ["2026-12"], "oldest unpaid month, November 2026"),          # skips November
    ("2026-11", ["2026-11"], ["2027-03"], "oldest unpaid month, December 2026"),  # the QA's March gap
    ("2026-11", [], _months("2026-11", 3), None),
    ("2026-11", [], ["2026-11", "2027-01", "2027-02"], "without gaps"),
    ("2026-11", [], _months("2026-11", 2), "2 months cannot be paid at once"),
    ("2026-11", [], _months("2026-11", 15), "15 months cannot be paid at once"),  # the QA's 15 months
    ("2026-11", [], _months("2026-11", 12), None),
])
def test_months_run_in_order_in_allowed_counts(db, start, already, months, refusal):
    worker = add_worker(db, start, sponsor=add_sponsor(db), name="NORHASANAH")
    if already:
        service.record_payments(db, "op", worker["uid"], already, "cash", today=TODAY)
    before = live_months(db, worker)
    if refusal is None:
        service.pay_in_order(db, "op", worker["uid"], months, "cash", today=TODAY)
        assert live_months(db, worker) == sorted(before + months)
    else:
        with pytest.raises(ValidationError, match=refusal) as caught:
            service.pay_in_order(db, "op", worker["uid"], months, "cash", today=TODAY)
        assert "1, 3, 6, 12" in str(caught.value)          # says what is allowed
        assert live_months(db, worker) == before            # nothing stored


def test_counts_follow_disnakers_effective_dated_rules(db):
    rules.put_rules(db, "2026-12", {"prepay_counts": [2, 4]})
    worker = add_worker(db, "2026-12", sponsor=add_sponsor(db))
    with pytest.raises(ValidationError, match="2, 4 months at once"):
        service.pay_in_order(db, "op", worker["uid"], ["2026-12"], "cash", today=TODAY)
    service.pay_in_order(db, "op", worker["uid"], _months("2026-12", 2), "cash", today=TODAY)
    assert live_months(db, worker) == ["2026-12", "2027-01"]


def test_an_ended_membership_may_settle_its_remaining_months_at_once(db):
    worker = add_worker(db, "2026-10", status="ended", ended_on="2026-12-05", sponsor=add_sponsor(db))
    service.pay_in_order(db, "op", worker["uid"], ["2026-10", "2026-11"], "cash", today=TODAY)
    assert live_months(db, worker) == ["2026-10", "2026-11"]


def test_prepayment_starts_at_the_oldest_unpaid_month(db):
    worker = add_worker(db, "2026-10", sponsor=add_sponsor(db))
    service.prepay(db, "op", worker["uid"], 3, "cash", today=TODAY)
    assert live_months(db, worker) == ["2026-10", "2026-11", "2026-12"]
    with pytest.raises(ValidationError, match="oldest unpaid month, January 2027"):
        service.prepay(db, "op", worker["uid"], 1, "cash", start="2027-03", today=TODAY)
