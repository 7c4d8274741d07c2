"""Which workers a month's contribution is due for, as SQL fragments over `workers w`.

Rules (one place, used by the tab, bulk recording, arrears and the deduction list):
- A draft worker is not yet covered: the registration is not complete.
- A submitted worker is covered from its start month: BPJS accepts a BPU registration with
  its first contribution, so the months from the start month are due while it is pending.
- An active worker is covered from its start month on.
- An ended worker is covered from its start month through the month of its end date.
- A lapsed worker is covered through the month its membership ended: the 4th consecutive
  unpaid month after the last paid one (P + 4, P = paid_through or the month before start).
  Those months stay visible as unpaid; a lapsed worker cannot pay (re-registration first).

`paid_through` on a worker is the latest month with a live payment (kept current by the
payment service), so "months unpaid since the last payment" needs no look-up in payments.
"""

from __future__ import annotations

from rentan_desktop.domain.months import add_months

PAYABLE_STATUSES = ("submitted", "active", "ended")


def covered_sql(month: str, alias: str = "w") -> tuple[str, list[str]]:
    """WHERE fragment: the worker's membership covers `month`."""
    return covered_between_sql(month, month, alias)


def covered_between_sql(first: str, last: str, alias: str = "w") -> tuple[str, list[str]]:
    """WHERE fragment: the membership covers at least one month from `first` to `last`."""
    w = alias
    sql = (f"({w}.start_month IS NOT NULL AND {w}.start_month <= ? AND ("
           f"{w}.status IN ('submitted', 'active')"
           f" OR ({w}.status = 'ended' AND substr({w}.ended_on, 1, 7) >= ?)"
           f" OR ({w}.status = 'lapsed' AND ({w}.paid_through >= ? OR {w}.start_month >= ?))))")
    return sql, [last, first, add_months(first, -4), add_months(first, -3)]


def payable_sql(month: str, alias: str = "w") -> tuple[str, list[str]]:
    """WHERE fragment: covered and still allowed to pay (not lapsed)."""
    w = alias
    sql = (f"({w}.start_month IS NOT NULL AND {w}.start_month <= ? AND ("
           f"{w}.status IN ('submitted', 'active')"
           f" OR ({w}.status = 'ended' AND substr({w}.ended_on, 1, 7) >= ?)))")
    return sql, [month, month]


def unpaid_since_sql(month: str, alias: str = "w") -> tuple[str, list[str]]:
    """WHERE fragment: nothing paid for `month` or later, counting from the start month."""
    w = alias
    return (f"(({w}.paid_through IS NULL OR {w}.paid_through < ?) AND {w}.start_month <= ?)", [month, month])


def last_paid(paid_through: str | None, start_month: str) -> str:
    """P: the month before the first unpaid month of the trailing run."""
    before_start = add_months(start_month, -1)
    return max(paid_through or "", before_start)


def covered_until(status: str, paid_through: str | None, start_month: str, ended_on: str | None) -> str | None:
    """The last month covered (None: open-ended)."""
    if status == "ended" and ended_on:
        return ended_on[:7]
    if status == "lapsed":
        return add_months(last_paid(paid_through, start_month), 4)
    return None
