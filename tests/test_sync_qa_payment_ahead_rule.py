"""A payment in an OPD's bundle is judged by Disnaker's effective-dated programme rules
(payments.rules.rules_for), not the shipped default: how far ahead of its payment date a month
may be paid is the rule in force in the month it was paid."""

from __future__ import annotations

import pytest

from rentan_desktop.domain.months import add_months, month_range
from rentan_desktop.payments import rules
from rentan_desktop.sync import importer
from tests import sync_attack as atk
from tests.sync_attack import cheap_keys, pair  # noqa: F401


def _paid_ahead(pair, months: int):
    """A genuine payment row moved `months` ahead of its own payment date (a new uid), and the months
    between paid the same day: months are paid in order (issue 18), so a prepayment that far ahead
    covers every month before it; only the distance ahead is under test here."""
    def rows(sections):
        at, payments = atk.payment_rows(sections)
        live = [r for r in payments if r[at["kind"]] == "payment"]
        last = max(live, key=lambda r: r[at["month"]])  # a worker paid up to the newest month
        paid = {r[at["month"]] for r in live if r[at["worker_uid"]] == last[at["worker_uid"]]}
        target = add_months(last[at["paid_on"]][:7], months)
        for month in month_range(add_months(last[at["month"]], 1), target):
            if month not in paid:
                row = list(last)
                row[0] = atk.new_uid()
                row[at["month"]] = month
                payments.append(row)
        return sections

    return atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "ahead.rentan.tar", rows=rows)


def _disnaker_allows(pair, ahead: int) -> None:
    rules.put_rules(pair.dis.db, "2020-01", {"ahead_months": ahead})


def test_a_month_beyond_disnakers_shorter_rule_is_refused(pair):
    """The default takes 24 months ahead; Disnaker's rule takes 6: a month 12 ahead is refused."""
    assert rules.DEFAULT.ahead_months == 24
    _disnaker_allows(pair, 6)
    path = _paid_ahead(pair, 12)
    atk.refused_everywhere(pair.dis, path, "too far ahead")


def test_a_month_within_disnakers_longer_rule_is_applied(pair):
    """Disnaker lengthened the rule to 36 months: a month 30 ahead (beyond the default) is taken."""
    _disnaker_allows(pair, 36)
    path = _paid_ahead(pair, 30)
    summary = importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    assert summary.status == "applied", summary.text()


@pytest.mark.parametrize("months, refused", [(24, False), (25, True)])
def test_without_a_rule_of_disnakers_the_shipped_default_holds(pair, months, refused):
    path = _paid_ahead(pair, months)
    if refused:
        atk.refused_everywhere(pair.dis, path, "too far ahead")
    else:
        assert importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi").status == "applied"
