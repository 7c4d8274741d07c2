"""Which workers a month's contribution is due for, as SQL fragments over `workers w`.

Rules (one place, used by the tab, bulk recording, arrears and the deduction list; the
lifecycle that sets status, paid_through and ended_on is payments/lifecycle.py):
- A draft worker is not yet covered: the registration is not complete.
- A submitted worker is covered from its start month: BPJS accepts a BPU registration with
  its first contribution, so the months from the start month are due while it is pending.
- An active worker is covered from its start month on.
- An ended (withdrawn) worker is covered from its start month up to the month before the
  month of its end date: never charged for the month of its end or later.
- A lapsed worker is covered through the month its membership ended (the month of
  `ended_on`, which the lifecycle sets to the day of the lapse). Those months stay visible as
  unpaid; a lapsed worker cannot pay (re-registration first).

`paid_through` on a worker is the last month of its unbroken paid run (lifecycle.py).
"""

from __future__ import annotations

from rentan_desktop.payments.lifecycle import covered_until as covered_until  # noqa: F401 (re-export)

PAYABLE_STATUSES = ("submitted", "active", "ended")


def covered_sql(month: str, alias: str = "w") -> tuple[str, list[str]]:
    """WHERE fragment: the worker's membership covers `month`."""
    return covered_between_sql(month, month, alias)


def covered_between_sql(first: str, last: str, alias: str = "w") -> tuple[str, list[str]]:
    """WHERE fragment: the membership covers at least one month from `first` to `last`."""
    w = alias
    sql = (f"({w}.start_month IS NOT NULL AND {w}.start_month <= ? AND ("
           f"{w}.status IN ('submitted', 'active')"
           f" OR ({w}.status = 'ended' AND substr({w}.ended_on, 1, 7) > ?)"
           f" OR ({w}.status = 'lapsed' AND substr({w}.ended_on, 1, 7) >= ?)))")
    return sql, [last, first, first]


def payable_sql(month: str, alias: str = "w") -> tuple[str, list[str]]:
    """WHERE fragment: covered and still allowed to pay (not lapsed)."""
    w = alias
    sql = (f"({w}.start_month IS NOT NULL AND {w}.start_month <= ? AND ("
           f"{w}.status IN ('submitted', 'active')"
           f" OR ({w}.status = 'ended' AND substr({w}.ended_on, 1, 7) > ?)))")
    return sql, [month, month]


def unpaid_since_sql(month: str, alias: str = "w") -> tuple[str, list[str]]:
    """WHERE fragment: the paid run ends before `month` (so some month up to it is unpaid)."""
    w = alias
    return (f"(({w}.paid_through IS NULL OR {w}.paid_through < ?) AND {w}.start_month <= ?)", [month, month])
