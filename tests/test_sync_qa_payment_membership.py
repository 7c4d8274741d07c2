"""QA repro (sync, payments outside the membership). A payment row the OPD's own form refuses
(payments/service.record_payments -> _check_payable, check_month) must REFUSE the bundle with a
list naming payment, field and reason, and change nothing at Disnaker. Today each is applied and
bends Disnaker's figures (money collected, paid-through month, arrears):
- a payment for a worker still in draft (not registered: no contribution is due yet);
- a payment for a month before the worker's start month;
- a payment for a month after an ended (or lapsed) worker's membership ended
  (issue 11: "an ended worker is never charged for months after the end");
- a payment for 2099-12 (the form takes at most 24 months ahead of the payment date);
- a payment dated (paid_on) 2099-01-01, after the bundle was written ("The payment date is in
  the future" in the form);
- a payment filed under another sponsor of the OPD than the worker's (the form always takes the
  worker's sponsor): per-sponsor figures move.
Suggested fix: row_rules.Money.problems also runs the form's _check_payable rule against the
worker as it will be after the bundle (status, start_month, ended_on) and a month window relative
to paid_on (not today: bundles arrive late).
"""

from __future__ import annotations

import pytest

from tests import sync_attack as atk
from tests.sync_attack import cheap_keys, pair  # noqa: F401


def _worker(pair, status):
    row = pair.opd.db.execute("SELECT uid, start_month FROM workers WHERE status = ? ORDER BY id LIMIT 1",
                              [status]).fetchone()
    if row is None:
        pytest.skip(f"the demo roster has no {status} worker")
    return row


@pytest.mark.parametrize("status, month", [("draft", "2026-11"), ("active", "before start"),
                                           ("ended", "2026-12"), ("lapsed", "2026-12"), ("active", "2099-12")])
def test_a_payment_outside_the_membership_is_refused(pair, status, month, capsys):
    uid, start = _worker(pair, status)
    wanted = "2025-01" if month == "before start" else month
    if month == "before start":
        assert start > wanted

    def rows(sections):
        at, payments = atk.payment_rows(sections)
        row = list(next(r for r in payments if r[at["kind"]] == "payment"))
        row[0] = atk.new_uid()
        row[at["worker_uid"]], row[at["month"]] = uid, wanted
        payments.append(row)
        return sections

    path = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "pay.rentan.tar", rows=rows)
    atk.refused_everywhere(pair.dis, path, "Payments", capsys=capsys)


@pytest.mark.parametrize("case", ["future paid_on", "another sponsor"])
def test_a_payment_the_form_would_file_differently_is_refused(pair, case):
    def rows(sections):
        at, payments = atk.payment_rows(sections)
        row = payments[0]
        if case == "future paid_on":
            row[at["paid_on"]] = "2099-01-01"
        else:
            row[at["sponsor_uid"]] = pair.opd.db.execute("SELECT uid FROM sponsors WHERE uid != ? LIMIT 1",
                                                         [row[at["sponsor_uid"]]]).fetchone()[0]
        return sections

    path = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "pay.rentan.tar", rows=rows)
    atk.refused_everywhere(pair.dis, path, "Payments")
