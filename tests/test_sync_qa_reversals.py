"""QA repro (sync, payment reversals from a stolen OPD key or a broken OPD file). Each bundle
below must be REFUSED with a list naming the payment, the field and the reason, and change
nothing at Disnaker, as the OPD's own form would refuse it (payments/service.reverse_payment):
- a reversal that reverses itself (reverses_uid = its own uid): today a RuntimeError
  "unresolvable parents in payments" escapes from sync/row_write._insert (raw exception);
- a reversal of a reversal ("A correction cannot be reversed"): today applied;
- a second reversal of a payment (the original stays live, the money total drops twice): applied;
- a reversal for another month, or of another worker's payment, than the one it reverses: applied;
- a live payment marked `reversed_at` with no reversal row anywhere (it silently leaves the
  money figures; the form only sets reversed_at together with the reversal): applied;
- a reversal without a reason: refused, but with the wrong words ("the same NIK twice in one OPD,
  the same month paid twice") from the database's CHECK constraint.
Suggested fix: in row_plan/row_rules, judge a reversal against the payment it names (existing or in
the bundle): same worker, month and negated parts, original kind 'payment', at most one reversal,
reason given, never itself; refuse a cycle before writing.
"""

from __future__ import annotations

import pytest

from tests import sync_attack as atk
from tests.sync_attack import cheap_keys, pair  # noqa: F401


def _bundle_with(pair, edit):
    def rows(sections):
        at, payments = atk.payment_rows(sections)
        live = [r for r in payments if r[at["kind"]] == "payment"]
        edit(at, payments, live)
        return sections
    return atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "rev.rentan.tar", rows=rows)


def _self(at, payments, live):
    row = atk.as_reversal(at, list(live[0]), "")
    row[0] = atk.new_uid()
    row[at["reverses_uid"]] = row[0]
    payments.append(row)


def _of_reversal(at, payments, live):
    first = atk.as_reversal(at, list(live[0]), live[0][0])
    first[0] = atk.new_uid()
    second = atk.as_reversal(at, list(live[0]), first[0])
    second[0] = atk.new_uid()
    payments += [first, second]


def _twice(at, payments, live):
    for _ in range(2):
        row = atk.as_reversal(at, list(live[0]), live[0][0])
        row[0] = atk.new_uid()
        payments.append(row)


def _other_month(at, payments, live):
    row = atk.as_reversal(at, list(live[0]), live[0][0])
    row[0] = atk.new_uid()
    row[at["month"]] = "2030-01"
    payments.append(row)


def _other_worker(at, payments, live):
    other = next(r for r in live if r[at["worker_uid"]] != live[0][at["worker_uid"]])
    row = atk.as_reversal(at, list(live[0]), other[0])
    row[0] = atk.new_uid()
    payments.append(row)


@pytest.mark.parametrize("edit", [_self, _of_reversal, _twice, _other_month, _other_worker])
def test_a_reversal_the_form_would_refuse_is_refused(pair, edit, capsys):
    path = _bundle_with(pair, edit)
    atk.refused_everywhere(pair.dis, path, "Payments", capsys=capsys)


def test_a_reversal_without_reason_is_refused_with_the_right_words(pair):
    def edit(at, payments, live):
        row = atk.as_reversal(at, list(live[0]), live[0][0], reason=None)
        row[0] = atk.new_uid()
        payments.append(row)
    message = atk.refused_everywhere(pair.dis, _bundle_with(pair, edit), "Payments")
    assert "NIK" not in message, message


def test_a_payment_cancelled_without_a_reversal_is_refused(pair):
    from rentan_desktop.store import audit
    from rentan_desktop.sync import importer

    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    uid = pair.opd.db.execute("SELECT uid FROM payments WHERE kind = 'payment' ORDER BY id LIMIT 1").fetchone()[0]
    pair.opd.db.execute("UPDATE payments SET reversed_at = '2026-11-20 10:00:00', rev = ? WHERE uid = ?",
                        [audit.next_rev(pair.opd.db), uid])  # an edited OPD file (or a stolen key)
    atk.refused_everywhere(pair.dis, atk.up(pair.opd, pair.stick), "Payments")
