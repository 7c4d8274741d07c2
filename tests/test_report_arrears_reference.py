"""The reports' arrears (read from the covering index workers_owing) agree with a slow reference
that reads every worker and all its payments, on dates across due days, year ends and lapses,
after payments, reversals and the lapses time causes."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.domain.months import add_months, current_month, month_range
from rentan_desktop.errors import UserError
from rentan_desktop.payments import lifecycle, service, status
from rentan_desktop.payments.calendar import Calendar
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.payments.rules import rules_for
from rentan_desktop.reports.arrears import arrears_by_opd
from tests.pay_helpers import add_worker


def reference(db, month: str, today: dt.date) -> dict:
    """{opd: {months owed (4 = more than 3): [workers, amount]}}, worker by worker, from all payments."""
    cal = Calendar.load(db)
    cap = min(month, cal.last_due_month(today))
    window = add_months(month, -rules_for(db, month).arrears_months)
    recent = add_months(month, -3)
    lapse_months = rules_for(db, month).lapse_months
    book = RateBook.load(db)
    out: dict = {}
    for wid, st, start, ended_on, income, jht, opd in db.execute(
            "SELECT id, status, start_month, ended_on, declared_income, jht, opd_id FROM workers"):
        if st not in ("submitted", "active", "ended", "lapsed") or not start or start > cap:
            continue
        end = (ended_on or "")[:7]
        if st == "lapsed":
            if not (end >= window or recent <= end <= month):
                continue
            first, last = max(start, add_months(end, -lapse_months)), end
        else:
            if st == "ended" and not end > window:
                continue
            last = min(cap, add_months(end, -1)) if st == "ended" else cap
            first = max(start, window)
        paid = {m for (m,) in db.execute(
            "SELECT month FROM payments WHERE worker_id = ? AND kind = 'payment' AND reversed_at IS NULL", [wid])}
        owed = [m for m in month_range(first, last) if m not in paid] if first <= last else []
        if owed:
            cell = out.setdefault(opd, {}).setdefault(min(len(owed), 4), [0, 0])
            cell[0] += 1
            cell[1] += sum(book.amount(income, bool(jht), m).total for m in owed)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_report_arrears_match_the_slow_reference_on_every_date(db, seed):
    rng = random.Random(seed)
    base = dt.date(2026, 9, 1)
    start_months = month_range("2025-12", "2026-09")
    workers = []
    for _ in range(45):
        start = rng.choice(start_months)
        through = rng.choice([None, *month_range(start, "2026-09")])
        kind = rng.random()
        st = "submitted" if kind < 0.2 else "active"
        ended = None
        if kind > 0.9:
            st, ended = "ended", f"{rng.choice(month_range(start, '2026-12'))}-20"
        workers.append(add_worker(db, start, status=st, income=rng.choice([1_000_000, 1_500_000]),
                                  paid_through=through, ended_on=ended))
    lifecycle.refresh_all(db, today=base, operator="test")
    day = base
    while day < dt.date(2027, 3, 1):
        day += dt.timedelta(days=rng.choice([1, 6, 9, 14, 15]))
        for w in rng.sample(workers, 6):          # payments (some refused by the rules: that is fine)
            months = rng.sample(month_range(add_months(current_month(day), -3), current_month(day)), 2)
            try:
                service.record_payments(db, "test", w["uid"], months, "cash", today=day)
            except (UserError, ValidationError):
                pass
        for w in rng.sample(workers, 2):          # reversals reopen months (and may cause a lapse)
            live = db.execute("SELECT uid FROM payments WHERE worker_id = ? AND kind = 'payment' "
                              "AND reversed_at IS NULL ORDER BY random() LIMIT 1", [w["id"]]).fetchone()
            if live:
                service.reverse_payment(db, "test", live[0], "salah input", today=day)
        status.refresh_statuses(db, "test", today=day)
        for month in (current_month(day), add_months(current_month(day), -1)):
            assert arrears_by_opd(db, month, None, today=day) == reference(db, month, day), (day, month)
        names = {r.worker_uid for r in status.arrears(db, current_month(day), day)}
        assert len(names) == sum(c[0] for v in reference(db, current_month(day), day).values() for c in v.values())
