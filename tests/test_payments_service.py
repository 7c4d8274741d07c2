"""Recording contributions: single months, prepayments, the bulk month, the arrears window, reversals."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.payments import rates, service
from rentan_desktop.store import audit
from tests.pay_helpers import add_sponsor, add_worker, live_months, paid_through

TODAY = dt.date(2026, 11, 23)


def pay(db, worker, months, method="cash", **kw):
    return service.record_payments(db, "Siti", worker["uid"], months, method, today=TODAY, **kw)


@pytest.mark.parametrize(("count", "expected"), [
    (1, ["2026-11"]),
    (3, ["2026-11", "2026-12", "2027-01"]),
    (6, ["2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04"]),
    (12, [f"2026-{m}" for m in ("11", "12")] + [f"2027-{m:02d}" for m in range(1, 11)]),
])
def test_prepayment_pays_the_next_months(db, count, expected):
    worker = add_worker(db, "2026-11", sponsor=add_sponsor(db))
    uids = service.prepay(db, "Siti", worker["uid"], count, "cash", reference="KW-1", today=TODAY)
    assert len(uids) == count
    assert live_months(db, worker) == expected
    assert paid_through(db, worker) == expected[-1]
    total = db.execute("SELECT sum(amount) FROM payments WHERE worker_id = ?", [worker["id"]]).fetchone()[0]
    assert total == 16_800 * count


def test_prepayment_skips_months_already_paid(db):
    worker = add_worker(db, "2026-11")   # from November: a prepayment starts at the oldest unpaid month
    pay(db, worker, ["2026-11", "2026-12"])
    service.prepay(db, "Siti", worker["uid"], 3, "transfer", today=TODAY)
    assert live_months(db, worker) == ["2026-11", "2026-12", "2027-01", "2027-02", "2027-03"]


def test_prepayment_only_in_allowed_counts(db):
    worker = add_worker(db, "2026-09")
    with pytest.raises(ValidationError, match="1, 3, 6, 12"):
        service.prepay(db, "Siti", worker["uid"], 4, "cash", today=TODAY)


def test_worker_starting_later_prepays_from_the_start_month(db):
    worker = add_worker(db, "2027-02")
    service.prepay(db, "Siti", worker["uid"], 3, "cash", today=TODAY)
    assert live_months(db, worker) == ["2027-02", "2027-03", "2027-04"]


@pytest.mark.parametrize(("month", "allowed"), [
    ("2026-07", False),   # 4 months back: beyond the arrears window
    ("2026-08", True),    # 3 months back: arrears still allowed
    ("2026-10", True),
    ("2026-11", True),
    ("2028-11", True),    # 24 months ahead
    ("2028-12", False),
])
def test_arrears_and_advance_limits(db, month, allowed):
    # Paid through October except the month tried: a one-month gap never ends the membership.
    worker = add_worker(db, "2025-01", paid_through="2026-10")
    db.execute("DELETE FROM payments WHERE worker_id = ? AND month = ?", [worker["id"], month])
    before = live_months(db, worker)
    if allowed:
        pay(db, worker, [month])
        assert live_months(db, worker) == sorted([*before, month])
    else:
        with pytest.raises(ValidationError) as err:
            pay(db, worker, [month])
        assert err.value.issues[0].field == "month"
        assert live_months(db, worker) == before


@pytest.mark.parametrize(("status", "start", "ended_on", "month", "message"), [
    ("draft", "2026-01", None, "2026-11", "not registered yet"),
    ("active", "2026-12", None, "2026-11", "starts in 2026-12"),
    ("ended", "2026-01", "2026-09-30", "2026-09", "ended on 2026-09-30"),   # not charged for its end month
    ("lapsed", "2026-01", "2026-04-16", "2026-11", "register the worker again"),
])
def test_months_outside_membership_are_refused(db, status, start, ended_on, month, message):
    worker = add_worker(db, start, status=status, ended_on=ended_on)
    with pytest.raises(ValidationError, match=message):
        pay(db, worker, [month])


def test_ended_worker_can_pay_arrears_up_to_the_end(db):
    worker = add_worker(db, "2026-01", status="ended", ended_on="2026-09-30")
    pay(db, worker, ["2026-08"])                                # the month before the month of the end
    assert live_months(db, worker) == ["2026-08"]


def test_refusal_stores_nothing(db):
    worker = add_worker(db, "2026-09")
    pay(db, worker, ["2026-11"])
    with pytest.raises(ValidationError, match="already paid"):
        pay(db, worker, ["2026-12", "2026-11"])
    assert live_months(db, worker) == ["2026-11"]


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"method": "bitcoin"}, "method"),
    ({"paid_on": "2026-12-01"}, "paid_on"),
    ({"paid_on": "kemarin"}, "paid_on"),
    ({"reference": "x" * 81}, "reference"),
])
def test_bad_payment_details_name_their_field(db, kwargs, field):
    worker = add_worker(db, "2026-09")
    with pytest.raises(ValidationError) as err:
        pay(db, worker, ["2026-11"], **kwargs)
    assert err.value.issues[0].field == field


def test_payment_keeps_method_reference_date_and_audit(db):
    worker = add_worker(db, "2026-09", sponsor=add_sponsor(db))
    [uid] = pay(db, worker, ["2026-11"], method="transfer", reference="VA 8888", paid_on="20/11/2026")
    row = next(db["payments"].rows_where("uid = ?", [uid]))
    assert (row["method"], row["reference"], row["paid_on"], row["amount"]) == ("transfer", "VA 8888",
                                                                              "2026-11-20", 16_800)
    assert row["sponsor_id"] == worker["sponsor_id"]
    assert audit.history(db, uid)[0]["after"]["amount"] == 16_800


def test_rate_change_mid_year_applies_from_its_month(disnaker_db):
    from tests.pay_helpers import add_worker as add

    disnaker_db.execute("INSERT INTO opds(uid, code, name, created_at, updated_at) VALUES ('o', '1.01', 'Dinas', '', '')")
    disnaker_db.execute("INSERT INTO settings(key, value) VALUES ('opd_code', '\"1.01\"')")
    worker = add(disnaker_db, "2026-09")
    rates.add_table(disnaker_db, "Rudi", effective_from="2027-01", jkk_permille=10, jkm_flat=8_000,
                    jht_permille=20, brackets=[(0, None, 1_000_000)])
    service.record_payments(disnaker_db, "Rudi", worker["uid"], ["2026-11", "2026-12", "2027-01", "2027-02"],
                            "cash", today=TODAY)
    amounts = dict(disnaker_db.execute("SELECT month, amount FROM payments ORDER BY month").fetchall())
    assert amounts == {"2026-11": 16_800, "2026-12": 16_800, "2027-01": 18_000, "2027-02": 18_000}


def _bulk(db, month="2026-11", method="tpp", sponsors=None):
    return service.record_month(db, "Siti", month, method, sponsors, reference="TPP-11", today=TODAY)


def test_bulk_month_pays_every_eligible_worker_once(db):
    s1, s2 = add_sponsor(db, "A"), add_sponsor(db, "B")
    workers = [add_worker(db, "2026-01", sponsor=s1, paid_through="2026-10"),
               add_worker(db, "2026-06", sponsor=s1, income=1_500_000, paid_through="2026-10"),
               add_worker(db, "2026-11", sponsor=s2, status="submitted")]
    add_worker(db, "2026-12", sponsor=s1)                      # starts next month (mid-year start)
    add_worker(db, "2026-01", sponsor=s2, status="draft")       # not yet covered
    add_worker(db, "2026-01", sponsor=s2, status="lapsed")      # cannot pay
    add_worker(db, "2026-09")                                   # nobody to deduct from
    preview = service.preview_month(db, "2026-11", "tpp")
    assert (preview.count, preview.total, preview.already_paid) == (3, 16_800 * 2 + 22_800, 0)
    first = _bulk(db)
    assert (first.count, first.total, first.already_paid) == (3, 56_400, 0)
    second = _bulk(db)
    assert (second.count, second.total, second.already_paid) == (0, 0, 3)
    assert db.execute("SELECT count(*) FROM payments WHERE month = '2026-11'").fetchone()[0] == 3
    for w in workers:
        assert live_months(db, w)[-1] == "2026-11" and paid_through(db, w) == "2026-11"
    trail = db.execute("SELECT action, note FROM audit_log WHERE table_name = 'payments'").fetchall()
    assert trail == [("bulk", "3 contributions for 2026-11, Rp56.400")]


def test_bulk_month_for_selected_sponsors_and_by_method(db):
    s1, s2, apbd = add_sponsor(db, "A"), add_sponsor(db, "B"), add_sponsor(db, "Program", kind="apbd")
    # Starting in November: with September and October unpaid the bulk run would leave them out (in order).
    w1, w2, w3 = (add_worker(db, "2026-11", sponsor=s) for s in (s1, s2, apbd))
    assert _bulk(db, sponsors=[s2["uid"]]).count == 1
    assert live_months(db, w1) == [] and live_months(db, w2) == ["2026-11"]
    assert _bulk(db).count == 1                       # payroll reaches s1 only now; not the APBD programme
    assert live_months(db, w3) == []
    assert _bulk(db, method="apbd").count == 1
    assert live_months(db, w3) == ["2026-11"]


def test_bulk_leaves_prepaid_workers_alone(db):
    s = add_sponsor(db)
    w = add_worker(db, "2026-11", sponsor=s)
    service.prepay(db, "Siti", w["uid"], 6, "cash", today=TODAY)
    result = _bulk(db, month="2027-01")
    assert (result.count, result.already_paid) == (0, 1)
    assert paid_through(db, w) == "2027-04"


def test_bulk_refuses_a_month_outside_the_window(db):
    with pytest.raises(ValidationError, match="can no longer be paid"):
        _bulk(db, month="2026-06")


def test_database_refuses_a_second_live_payment(db):
    w = add_worker(db, "2026-09")
    [uid] = pay(db, w, ["2026-11"])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO payments(uid, opd_id, worker_id, month, amount, jkk, jkm, method, paid_on, "
                   "recorded_by, recorded_at) SELECT 'x', opd_id, worker_id, month, amount, jkk, jkm, method, "
                   "paid_on, 'x', 'x' FROM payments WHERE uid = ?", [uid])


def test_reversal_cancels_without_editing_money(db):
    w = add_worker(db, "2026-11", sponsor=add_sponsor(db))
    [first, second] = pay(db, w, ["2026-11", "2026-12"])
    reversal = service.reverse_payment(db, "Siti", second, "salah bulan", today=TODAY)
    original = next(db["payments"].rows_where("uid = ?", [second]))
    entry = next(db["payments"].rows_where("uid = ?", [reversal]))
    assert original["amount"] == 16_800 and original["reversed_at"]
    assert (entry["kind"], entry["amount"], entry["reverses_id"], entry["reason"]) == (
        "reversal", -16_800, original["id"], "salah bulan")
    assert live_months(db, w) == ["2026-11"] and paid_through(db, w) == "2026-11"
    assert db.execute("SELECT sum(amount) FROM payments WHERE worker_id = ?", [w["id"]]).fetchone()[0] == 16_800
    assert [h["action"] for h in audit.history(db, second)] == ["create", "reverse"]
    assert audit.history(db, reversal)[0]["note"] == "salah bulan"
    pay(db, w, ["2026-12"])                                    # the month can be paid again
    assert live_months(db, w) == ["2026-11", "2026-12"]


@pytest.mark.parametrize("case", ["twice", "a reversal", "no reason"])
def test_reversal_refusals(db, case):
    w = add_worker(db, "2026-09")
    [uid] = pay(db, w, ["2026-11"])
    if case == "no reason":
        with pytest.raises(ValidationError, match="reason"):
            service.reverse_payment(db, "Siti", uid, "  ")
        return
    reversal = service.reverse_payment(db, "Siti", uid, "keliru")
    target = uid if case == "twice" else reversal
    with pytest.raises(ValidationError):
        service.reverse_payment(db, "Siti", target, "lagi")
    assert db.execute("SELECT count(*) FROM payments").fetchone()[0] == 2


def test_reversing_a_bulk_payment_lets_the_next_bulk_pay_it_again(db):
    s = add_sponsor(db)
    w = add_worker(db, "2026-11", sponsor=s)
    _bulk(db)
    service.reverse_payment(db, "Siti", service.live_payment_uid(db, w["uid"], "2026-11"), "ganda")
    assert paid_through(db, w) is None
    assert _bulk(db).count == 1


def test_paid_through_is_the_settled_run_and_gaps_stay_owed(db):
    s = add_sponsor(db)
    w = add_worker(db, "2026-09", sponsor=s)
    pay(db, w, ["2026-09"])
    assert paid_through(db, w) == "2026-09"
    pay(db, w, ["2026-11"])                                    # November recorded; October was skipped
    assert live_months(db, w) == ["2026-09", "2026-11"] and paid_through(db, w) == "2026-09"
    pay(db, w, ["2026-10"])                                    # the gap paid as arrears closes the run
    assert paid_through(db, w) == "2026-11"


def test_an_unpaid_month_outside_the_window_is_never_settled(db):
    from rentan_desktop.payments import lifecycle

    w = add_worker(db, "2026-06", paid_through="2026-11")
    db.execute("DELETE FROM payments WHERE worker_id = ? AND month = '2026-07'", [w["id"]])  # July never paid
    lifecycle.refresh_workers(db, [w["id"]], today=TODAY)
    assert paid_through(db, w) == "2026-06"


def test_bulk_leaves_out_a_worker_with_an_earlier_month_unpaid_and_names_him(db):
    """Months are paid in order in the bulk run too (issue 18): October unpaid keeps November out."""
    s = add_sponsor(db)
    up_to_date = add_worker(db, "2026-09", sponsor=s, paid_through="2026-10", name="Ahmad Lancar")
    behind = add_worker(db, "2026-09", sponsor=s, paid_through="2026-09", name="Bambang Telat")
    preview = service.preview_month(db, "2026-11", "tpp")
    assert (preview.count, preview.held_back) == (1, 1)
    result = _bulk(db)
    assert result.count == 1 and live_months(db, up_to_date)[-1] == "2026-11"
    assert live_months(db, behind) == ["2026-09"]
    [line] = result.held_back_lines()
    assert line.startswith("Bambang Telat: October 2026 is still unpaid") and "Pay October 2026 first (select the worker" in line
    pay(db, behind, ["2026-10"])
    assert _bulk(db).count == 1 and live_months(db, behind) == ["2026-09", "2026-10", "2026-11"]


def test_bulk_ignores_an_unpaid_month_too_old_to_pay(db):
    """An unpaid month before the arrears window can no longer be paid: it holds nobody back."""
    s = add_sponsor(db)
    w = add_worker(db, "2026-06", sponsor=s, paid_through="2026-10")
    db.execute("DELETE FROM payments WHERE worker_id = ? AND month = '2026-06'", [w["id"]])
    assert _bulk(db).count == 1 and live_months(db, w)[-1] == "2026-11"
