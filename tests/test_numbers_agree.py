"""One rule for "below quota": the roster's headline and the payment tab's sponsor page agree
(they disagreed, 2 against 10, on the same day)."""

from __future__ import annotations

from rentan_desktop.domain.months import current_month
from rentan_desktop.payments import status
from rentan_desktop.roster import queries
from rentan_desktop.store import settings
from tests.pay_helpers import add_sponsor, add_worker


def test_roster_and_payments_count_the_same_sponsors_below_quota(db):
    settings.put(db, "quotas", {"head_opd": 3, "head_division": 2})
    head = add_sponsor(db, "Kepala", level="head_opd")
    division = add_sponsor(db, "Kabid", level="head_division")
    staff = [add_sponsor(db, f"Staf {i}") for i in range(4)]
    add_worker(db, current_month(), status="draft", sponsor=head)           # drafts count toward the quota
    add_worker(db, current_month(), status="active", sponsor=division)
    add_worker(db, current_month(), status="submitted", sponsor=division)
    add_worker(db, current_month(), status="draft", sponsor=staff[0])
    add_worker(db, current_month(), status="ended", ended_on="2026-01-31", sponsor=staff[1])  # does not
    roster = queries.roster_counts(db)["below_quota"]
    payments = sum(s.below_quota for s in status.sponsor_summary(db, current_month()))
    assert roster == payments == 4  # head (1 of 3), staff 1, 2 and 3
