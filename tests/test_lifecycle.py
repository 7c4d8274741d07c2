"""One membership lifecycle on every date: each row a case with its date (issue 18).

Due dates (calendar table): Aug 2026 the 18th (weekend, Independence Day), Nov 2026 the 16th,
Dec 2026 the 15th, Jan 2027 the 15th, Jun 2024 the 18th (Iduladha on the 17th).
"""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.domain.months import month_range
from rentan_desktop.payments import lifecycle, service, status
from rentan_desktop.store import audit
from tests.pay_helpers import add_sponsor, add_worker, live_months

D = dt.date
DEC_1 = D(2026, 12, 1)


def _worker(db, start, paid, sponsor=None):
    """A worker from `start` with the given months paid (through the payment service's table)."""
    worker = add_worker(db, start, sponsor=sponsor)
    stamp = "2026-01-01 00:00:00"
    db.conn.executemany(
        "INSERT INTO payments(uid, opd_id, worker_id, sponsor_id, month, amount, jkk, jkm, jht, method, paid_on, "
        "kind, recorded_by, recorded_at) VALUES (?,?,?,?,?,16800,10000,6800,0,'cash',?,'payment','test',?)",
        [(f"{worker['uid']}-{m}", worker["opd_id"], worker["id"], worker["sponsor_id"], m, m + "-10", stamp)
         for m in paid])
    return worker


def _state(db, worker):
    return db.execute("SELECT status, paid_through, ended_on FROM workers WHERE id = ?", [worker["id"]]).fetchone()


def _owed(db, month, today):
    return {r.worker_uid: (r.unpaid_months, r.state) for r in status.arrears(db, month, today)}


PAID_JAN_JUL = month_range("2026-01", "2026-07")


@pytest.mark.parametrize(("start", "paid", "today", "expected", "owed"), [
    # The case of the issue: Jan-Jul paid, Aug-Nov unpaid -> lapsed on 1 December, four months listed.
    ("2026-01", PAID_JAN_JUL, DEC_1, ("lapsed", "2026-07", "2026-11-17"),
     (("2026-08", "2026-09", "2026-10", "2026-11"), "lapsed")),
    # Before November's due date (the 16th) only three months are overdue: at risk, not lapsed.
    ("2026-01", PAID_JAN_JUL, D(2026, 11, 16), ("active", "2026-07", None),
     (("2026-08", "2026-09", "2026-10"), "at_risk")),
    ("2026-01", PAID_JAN_JUL, D(2026, 11, 17), ("lapsed", "2026-07", "2026-11-17"),
     (("2026-08", "2026-09", "2026-10", "2026-11"), "lapsed")),
    # The current month is not in arrears before its due date: paid through November, 1 December.
    ("2026-01", month_range("2026-01", "2026-11"), DEC_1, ("active", "2026-11", None), None),
    ("2026-01", month_range("2026-01", "2026-11"), D(2026, 12, 16), ("active", "2026-11", None),
     (("2026-12",), "behind")),
    # Year end: Oct-Dec unpaid on 2 January is three months; January's due date passing lapses it.
    ("2026-01", month_range("2026-01", "2026-09"), D(2027, 1, 2), ("active", "2026-09", None),
     (("2026-10", "2026-11", "2026-12"), "at_risk")),
    ("2026-01", month_range("2026-01", "2026-09"), D(2027, 1, 16), ("lapsed", "2026-09", "2027-01-16"),
     (("2026-10", "2026-11", "2026-12", "2027-01"), "lapsed")),
    # Holidays: August 2026 is due on the 18th, so the lapse comes on the 19th, not the 16th.
    ("2026-01", month_range("2026-01", "2026-04"), D(2026, 8, 18), ("active", "2026-04", None),
     (("2026-05", "2026-06", "2026-07"), "at_risk")),
    ("2026-01", month_range("2026-01", "2026-04"), D(2026, 8, 19), ("lapsed", "2026-04", "2026-08-19"),
     (("2026-05", "2026-06", "2026-07", "2026-08"), "lapsed")),
    # June 2024: due on Tuesday the 18th (Iduladha on Monday the 17th).
    ("2024-01", month_range("2024-01", "2024-02"), D(2024, 6, 18), ("active", "2024-02", None),
     (("2024-03", "2024-04", "2024-05"), "at_risk")),
    ("2024-01", month_range("2024-01", "2024-02"), D(2024, 6, 19), ("lapsed", "2024-02", "2024-06-19"),
     (("2024-03", "2024-04", "2024-05", "2024-06"), "lapsed")),
    # An old gap never counts as settled, but a paid month after it keeps the membership going.
    ("2026-01", [m for m in month_range("2026-01", "2026-11") if m != "2026-03"], DEC_1,
     ("active", "2026-02", None), None),
    # Prepaid months before a gap: Sep-Dec paid ahead, only August unpaid: no lapse.
    ("2026-01", PAID_JAN_JUL + month_range("2026-09", "2026-12"), DEC_1, ("active", "2026-07", None), None),
    # Prepaid months after a four-month gap do not save the membership: it ended with November.
    ("2026-01", PAID_JAN_JUL + ["2026-12", "2027-01"], DEC_1, ("lapsed", "2026-07", "2026-11-17"),
     (("2026-08", "2026-09", "2026-10", "2026-11"), "lapsed")),
])
def test_lifecycle_on_its_date(db, start, paid, today, expected, owed):
    worker = _worker(db, start, paid)
    lifecycle.refresh_due(db, today=today)
    lifecycle.refresh_workers(db, [worker["id"]], today=today)   # both paths give the same answer
    assert _state(db, worker) == expected
    rows = _owed(db, f"{today:%Y-%m}", today)
    assert rows.get(worker["uid"]) == owed


def test_a_rebuild_does_not_count_the_unpaid_months_as_settled(db):
    worker = _worker(db, "2026-01", PAID_JAN_JUL)
    for _ in range(2):  # a bundle import or a full recomputation: the same answer
        lifecycle.refresh_all(db, today=DEC_1)
    assert _state(db, worker) == ("lapsed", "2026-07", "2026-11-17")
    with pytest.raises(ValidationError, match="register the worker again"):
        service.record_payments(db, "Siti", worker["uid"], ["2026-09"], "cash", today=DEC_1)
    assert "2026-09" not in live_months(db, worker)


def test_a_september_payment_is_refused_on_1_december_even_without_a_prior_check(db):
    worker = _worker(db, "2026-01", PAID_JAN_JUL)   # still 'active' in the table: nothing ran yet
    with pytest.raises(ValidationError) as err:
        service.record_payments(db, "Siti", worker["uid"], ["2026-09"], "cash", today=DEC_1)
    assert "ended in 2026-11" in err.value.issues[0].message
    assert _state(db, worker)[0] == "lapsed"   # the refusal's own refresh applied the lapse, audited
    [entry] = [e for e in audit.history(db, worker["uid"]) if e["action"] == "status"]
    assert "before a payment" in entry["note"]


@pytest.mark.parametrize(("reversed_months", "expected"), [
    (["2026-11"], "active"),
    (["2026-09", "2026-10", "2026-11"], "active"),
    (["2026-08", "2026-09", "2026-10", "2026-11"], "lapsed"),   # four reversals reopen four months
])
def test_reversals_reopen_arrears_and_can_cause_a_lapse(db, reversed_months, expected):
    worker = add_worker(db, "2026-01", sponsor=add_sponsor(db), paid_through="2026-11")
    for month in reversed_months:
        service.reverse_payment(db, "Siti", service.live_payment_uid(db, worker["uid"], month), "salah catat",
                                today=DEC_1)
    assert _state(db, worker)[0] == expected
    row = _owed(db, "2026-12", DEC_1)[worker["uid"]]
    assert row[0] == tuple(reversed_months)
    if expected == "lapsed":
        with pytest.raises(ValidationError):
            service.record_payments(db, "Siti", worker["uid"], ["2026-09"], "cash", today=DEC_1)


def test_withdrawn_duplicate_is_not_charged_by_the_bulk_run(db):
    sponsor = add_sponsor(db)
    kept = add_worker(db, "2026-10", sponsor=sponsor, name="Kept")
    withdrawn = add_worker(db, "2026-10", sponsor=sponsor, name="Duplicate", status="ended",
                           ended_on="2026-10-20")
    result = service.record_month(db, "Siti", "2026-10", "tpp", today=D(2026, 10, 25))
    assert result.count == 1
    assert live_months(db, kept) == ["2026-10"] and live_months(db, withdrawn) == []
    assert service.preview_month(db, "2026-11", "tpp").count == 1


def test_registration_export_makes_a_draft_payable_and_a_rejection_returns_it_to_draft(disnaker_db, tmp_path):
    from rentan_desktop.disnaker import bpjs_export, bpjs_import, duplicates
    from tests.disnaker_data import feed_three_opds, nik

    w = feed_three_opds(disnaker_db)["workers"]
    duplicates.decide(disnaker_db, "rudi", nik(1), {w["budi_a"]: "stands", w["budi_b"]: "withdraw"}, "first come")
    uid = w["ani"]
    assert disnaker_db.execute("SELECT status FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "draft"
    bpjs_export.export_registration(disnaker_db, "Rudi", tmp_path / "reg.xlsx", today=DEC_1)
    assert disnaker_db.execute("SELECT status, bpjs_status, status_changed_on FROM workers WHERE uid = ?",
                               [uid]).fetchone() == ("submitted", "submitted", "2026-12-01")
    bpjs_import.record_answer(disnaker_db, "Rudi", uid, "rejected", reason="NIK tidak padan")
    row = disnaker_db.execute("SELECT status, bpjs_reason FROM workers WHERE uid = ?", [uid]).fetchone()
    assert row == ("draft", "NIK tidak padan")
    trail = audit.history(disnaker_db, uid)
    assert [e["action"] for e in trail][-2:] == ["bpjs_submit", "bpjs_answer"]
    assert trail[-2]["after"]["status"] == "submitted" and trail[-1]["after"]["status"] == "draft"


def test_the_bpjs_payment_list_never_carries_a_nik_twice(disnaker_db):
    from rentan_desktop.disnaker import payment_list
    from tests.disnaker_data import feed_three_opds, pay

    w = feed_three_opds(disnaker_db)["workers"]
    for uid in (w["budi_a"], w["budi_b"], w["ani"]):          # Budi paid by two OPDs
        pay(disnaker_db, uid, "2026-10")
    plist = payment_list.build(disnaker_db, "2026-10")
    niks = [line.nik for g in plist.groups for line in g.lines]
    assert len(niks) == len(set(niks)) == 2
    assert [line.worker_uid for line in plist.repeated] == [w["budi_b"]]


def test_cli_pay_record_for_an_ended_membership_fails(opd_ctx, capsys):
    from rentan_desktop.cli import main
    from rentan_desktop.domain.months import add_months, current_month
    from rentan_desktop.store import settings

    settings.put(opd_ctx.db, "language", "en")
    now = current_month()
    worker = add_worker(opd_ctx.db, add_months(now, -8), paid_through=add_months(now, -7))
    folder = str(opd_ctx.data_dir)
    nik = worker["nik"]
    opd_ctx.close()
    code = main(["--data-dir", folder, "pay", "record", "--month", add_months(now, -1), "--worker", nik,
                 "--method", "cash"])
    out = capsys.readouterr()
    assert code != 0
    assert "register the worker again" in out.out + out.err


def test_the_cli_roster_shows_the_status_of_today(opd_ctx, capsys):
    """A command starts like the app: the lapses the date has brought are applied first."""
    from rentan_desktop.cli import main
    from rentan_desktop.domain.months import add_months, current_month

    now = current_month()
    worker = add_worker(opd_ctx.db, add_months(now, -8), paid_through=add_months(now, -7), name="Lama")
    folder = str(opd_ctx.data_dir)
    opd_ctx.close()
    assert main(["--data-dir", folder, "roster", "--status", "lapsed"]) == 0
    assert worker["nik"] in capsys.readouterr().out


def test_quotas_are_effective_dated_rules(db):
    from rentan_desktop.payments.rules import put_rules, quotas_for
    from rentan_desktop.store import settings

    settings.put(db, "quotas", {"head_opd": 3, "head_division": 2, "staff": 1})
    put_rules(db, "2027-01", {"quotas": {"head_opd": 5}})
    assert quotas_for(db, "2026-12")["head_opd"] == 3
    assert quotas_for(db, "2027-02") == {"head_opd": 5, "head_division": 2, "staff": 1}
    with pytest.raises(ValidationError):
        put_rules(db, "2027-03", {"quotas": {"staff": "satu"}})


def test_months_before_the_registration_was_sent_never_end_it(db):
    worker = _worker(db, "2026-01", [])          # first month covered set far back, sent in December
    db.execute("UPDATE workers SET status = 'submitted', submitted_on = '2026-12-01' WHERE id = ?", [worker["id"]])
    lifecycle.refresh_workers(db, [worker["id"]], today=D(2026, 12, 2))
    assert _state(db, worker)[0] == "submitted"
    row = _owed(db, "2026-12", D(2026, 12, 2))[worker["uid"]]
    assert row == (("2026-09", "2026-10", "2026-11"), "behind")   # the window is owed, nothing lapses
    lifecycle.refresh_workers(db, [worker["id"]], today=D(2027, 4, 16))
    assert _state(db, worker)[0] == "lapsed"     # Dec-Mar unpaid after it was sent: more than 3
