"""One membership lifecycle, computed the same way on every path and every date.

Rules (domain.md; the numbers are Disnaker's effective-dated rules, payments/rules.py):
- A month counts as unpaid once its due date (calendar.py) has passed and no live payment
  covers it; the current month is never unpaid before its due date.
- `paid_through` is the last month of the unbroken run of paid months from the start month:
  an unpaid month is never counted as settled, however old.
- More than `lapse_months` consecutive unpaid months end the membership: the worker becomes
  'lapsed' on the day after the due date of the last month of that run (`lapse_months + 1`
  months after the last paid one), which is stored in `ended_on` and `status_changed_on`.
  That month is the end: a lapsed worker owes nothing after it and pays nothing any more
  (re-registration starts a new membership). The run is found from the start month on, so
  a reversal or a bundle that reopens old months can cause a lapse, and payments that fill
  the run (a bundle from the OPD) undo a lapse the lifecycle itself applied.
- An ended (withdrawn) worker is covered up to the month before the month of its end date,
  and only if its registration was ever sent to BPJS.

`refresh_workers` recomputes paid_through and status of the given workers inside the caller's
transaction (every payment write, reversal, bundle import and roster status change calls it);
`refresh_due` finds, from the `workers_owing` index (status, paid_through, ...), the few
workers the passing of time may lapse (app start, a new day, a bulk run, arrears, reports). Both audit every status
change with its cause.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.domain.months import add_months
from rentan_desktop.i18n import translate
from rentan_desktop.payments.calendar import Calendar
from rentan_desktop.payments.rules import rules_for
from rentan_desktop.store import audit, clock, settings
from rentan_desktop.store.clock import now_iso

LIVE = "kind = 'payment' AND reversed_at IS NULL"
# Thousands of workers share a handful of months: memoised month arithmetic keeps a refresh fast.
_next = functools.lru_cache(maxsize=8192)(lambda month: add_months(month, 1))
_prev = functools.lru_cache(maxsize=8192)(lambda month: add_months(month, -1))
SYSTEM = "system"
LIFECYCLE_DAY = "lifecycle_day"  # the day bring_to_today last applied the date's lapses
_CHUNK = 20_000


@dataclass(frozen=True)
class Outcome:
    """What the payments say about one membership on a date."""
    paid_through: str | None
    lapse_month: str | None      # the last month covered by a lapsed membership
    lapse_day: dt.date | None    # the day it lapsed


def paid_run_end(paid: set[str], start: str) -> str | None:
    """The last month of the unbroken run of paid months from `start` (None: start unpaid)."""
    month = start
    while month in paid:
        month = _next(month)
    return _prev(month) if month > start else None


def evaluate(paid: set[str], start: str, cal: Calendar, today: dt.date, last_due: str | None = None,
             counted_from: str | None = None) -> Outcome:
    """paid_through and the lapse (if any) of a membership that starts in `start`.

    `counted_from`: the month the registration went to BPJS; unpaid months before it (a first
    month covered set in the past) do not count toward a lapse, as nothing could be paid then.
    """
    through = paid_run_end(paid, start)
    last_due = last_due or cal.last_due_month(today)
    run = 0
    month = start
    while month <= last_due:
        if month in paid or (counted_from and month < counted_from):
            run = 0
        else:
            run += 1
            if run > cal.rules(month).lapse_months:
                return Outcome(through, month, cal.due_date(month) + dt.timedelta(days=1))
        month = _next(month)
    return Outcome(through, None, None)


def _live_months(db: sqlite_utils.Database, ids: list[int]) -> dict[int, set[str]]:
    paid: dict[int, set[str]] = {i: set() for i in ids}
    for wid, month in db.execute(
            f"SELECT p.worker_id, p.month FROM json_each(?) j CROSS JOIN payments p "
            f"ON p.worker_id = j.value AND p.{LIVE.replace(' AND ', ' AND p.')}", [json.dumps(ids)]):
        paid[wid].add(month)
    return paid


def _unlapsed_status(bpjs_status: str | None) -> str:
    return "active" if bpjs_status == "accepted" else "submitted"


def refresh_workers(db: sqlite_utils.Database, worker_ids: Iterable[int], *, today: dt.date | None = None,
                    operator: str = SYSTEM, cause: str = "", calendar: Calendar | None = None) -> list[str]:
    """Recompute paid_through and the lapse of the given workers; returns uids whose status changed.

    Runs inside the caller's transaction (a savepoint when nested).
    """
    today = today or clock.today()
    ids = sorted(set(worker_ids))
    cal = calendar or Calendar.load(db)
    changed: list[str] = []
    with db.atomic():
        for i in range(0, len(ids), _CHUNK):
            changed += _refresh_chunk(db, ids[i:i + _CHUNK], today, operator, cause, cal)
    return changed


def _refresh_chunk(db: sqlite_utils.Database, ids: list[int], today: dt.date, operator: str, cause: str,
                   cal: Calendar) -> list[str]:
    rows = db.execute(
        "SELECT id, uid, status, start_month, paid_through, ended_on, status_changed_on, bpjs_status, "
        "substr(submitted_on, 1, 7) FROM workers WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)]).fetchall()
    paid = _live_months(db, [r[0] for r in rows if r[3]])
    last_due = cal.last_due_month(today)
    lapsed_note = translate("payments", "Membership lapsed: more than {n} consecutive unpaid months, ending with "
                                        "{month}.")
    through_updates: list[tuple[str | None, int]] = []
    status_changes: list[tuple[int, str, dict, dict, str]] = []
    current = {r[0]: r[4] for r in rows}  # paid_through as stored
    for wid, uid, status, start, through, ended_on, changed_on, bpjs, sent in rows:
        if not start:
            if through is not None:
                through_updates.append((None, wid))
            continue
        out = evaluate(paid[wid], start, cal, today, last_due, sent)
        if out.paid_through != through:
            through_updates.append((out.paid_through, wid))
        before = {"status": status, "ended_on": ended_on, "status_changed_on": changed_on}
        if status in ("submitted", "active") and out.lapse_month:
            day = out.lapse_day.isoformat()
            note = lapsed_note.format(n=cal.rules(out.lapse_month).lapse_months, month=out.lapse_month)
            status_changes.append((wid, uid, before, {"status": "lapsed", "ended_on": day,
                                                      "status_changed_on": day}, note))
        elif status == "lapsed" and out.lapse_month is None and ended_on:
            # Only a lapse the lifecycle dated (ended_on) is undone; one set by hand stays.
            note = translate("payments", "Lapse undone: the payments now cover the months that ended it.")
            status_changes.append((wid, uid, before, {"status": _unlapsed_status(bpjs), "ended_on": None,
                                                      "status_changed_on": today.isoformat()}, note))
        elif status == "lapsed" and out.lapse_day and ended_on != out.lapse_day.isoformat():
            # Payments changed (a reversal, a bundle) or a lapse from before 0.2 gets its date.
            note = translate("payments", "Lapse moved to {month}: the payments changed.").format(
                month=out.lapse_month)
            day = out.lapse_day.isoformat()
            status_changes.append((wid, uid, before, {"status": "lapsed", "ended_on": day,
                                                      "status_changed_on": day}, note))
    # A worker whose status changes gets its paid-through month in the same UPDATE: the report
    # triggers and the status indexes are paid once per worker, not twice (a province's bundle
    # can lapse every worker it carries).
    through = {wid: value for value, wid in through_updates}
    ends = [through.pop(c[0], current[c[0]]) for c in status_changes]
    if through:
        db.execute(f"UPDATE workers SET paid_through = {_at(0)} FROM json_each(?) j WHERE workers.id = {_at(1)}",
                   [json.dumps([(value, wid) for wid, value in through.items()])])
    if status_changes:
        _apply_status(db, status_changes, ends, operator, cause)
    return [c[1] for c in status_changes]


def _at(i: int) -> str:
    """Item `i` of the json_each row `j`: one set-based UPDATE instead of an executemany.

    Inside a savepoint (every caller's db.atomic()) SQLite pays about a millisecond per statement
    that fires the report_worker_groups triggers; one statement over a JSON list pays it once
    (3,789 lapses: 0.6 s instead of 10 s, bench/bench_lifecycle.py).
    """
    return f"json_extract(j.value, '$[{i}]')"


def _apply_status(db: sqlite_utils.Database, changes: list[tuple[int, str, dict, dict, str]],
                  paid_through: list[str | None], operator: str, cause: str) -> None:
    """`paid_through`: each changed worker's paid-through month after the change (in `changes` order)."""
    last = audit.next_rev(db, len(changes))
    stamp = now_iso()
    db.execute(
        f"UPDATE workers SET status = {_at(0)}, ended_on = {_at(1)}, status_changed_on = {_at(2)}, updated_at = ?, "
        f"rev = {_at(3)}, paid_through = {_at(5)} FROM json_each(?) j WHERE workers.id = {_at(4)}",
        [stamp, json.dumps([(after["status"], after["ended_on"], after["status_changed_on"],
                             last - len(changes) + 1 + i, wid, through)
                            for i, ((wid, _, _, after, _), through) in enumerate(zip(changes, paid_through,
                                                                                     strict=True))])])
    db.conn.executemany(
        "INSERT INTO audit_log(at, operator, table_name, record_uid, action, before, after, note) "
        "VALUES (?, ?, 'workers', ?, 'status', ?, ?, ?)",
        [(stamp, operator, uid, *(json.dumps(part) for part in audit.diff(before, after)),
          f"{note} ({cause})" if cause else note) for _, uid, before, after, note in changes])


def after_month_paid(db: sqlite_utils.Database, worker_ids: list[int], month: str, *,
                     today: dt.date | None = None, operator: str = SYSTEM, cause: str = "") -> None:
    """A bulk run just paid `month` for these running memberships: extend the paid runs that
    reached it in one statement, and recompute only the few whose next month was paid ahead.

    Paying a month cannot start or undo a lapse of a payable membership, so nothing else moves.
    """
    ids = json.dumps(worker_ids)
    db.execute("UPDATE workers SET paid_through = ? WHERE id IN (SELECT value FROM json_each(?)) AND "
               "(paid_through = ? OR (paid_through IS NULL AND start_month = ?))",
               [month, ids, _prev(month), month])
    # The few payments of the next month, probed against the paid ids (never a scan per payment).
    ahead = [r[0] for r in db.execute(
        f"SELECT p.worker_id FROM payments p WHERE p.month = ? AND p.{LIVE.replace(' AND ', ' AND p.')} "
        f"AND p.worker_id IN (SELECT value FROM json_each(?))", [_next(month), ids])]
    refresh_workers(db, ahead, today=today, operator=operator, cause=cause)


def refresh_due(db: sqlite_utils.Database, *, today: dt.date | None = None, operator: str = SYSTEM,
                cause: str = "", calendar: Calendar | None = None) -> list[str]:
    """Apply the lapses the passing of time has caused (app start, a new day, before a bulk run).

    Only a running membership whose paid run ends before the lapse limit can lapse on a given
    date; the `workers_owing` index finds those few. Returns the uids that changed status.
    """
    today = today or clock.today()
    cal = calendar or Calendar.load(db)
    last_due = cal.last_due_month(today)
    limit = add_months(last_due, -rules_for(db, last_due).lapse_months)
    # A paid month among the last `lapse_months` due ones keeps the trailing unpaid run short: only
    # the others can lapse by the date alone (payment writes refresh their own workers).
    ids = [r[0] for r in db.execute(
        f"SELECT id FROM (SELECT id FROM workers WHERE status IN ('submitted', 'active') AND paid_through < ? "
        f"AND start_month <= ? UNION ALL SELECT id FROM workers WHERE status IN ('submitted', 'active') "
        f"AND paid_through IS NULL AND start_month <= ?) c WHERE NOT EXISTS (SELECT 1 FROM payments p "
        f"WHERE p.worker_id = c.id AND p.month > ? AND p.month <= ? AND p.{LIVE.replace(' AND ', ' AND p.')})",
        [limit, limit, limit, limit, last_due])]
    return refresh_workers(db, ids, today=today, operator=operator, cause=cause, calendar=cal)


def bring_to_today(db: sqlite_utils.Database, *, operator: str = SYSTEM, cause: str = "") -> list[str]:
    """The lapses today's date has brought, applied once a day per install before figures are read.

    A read path (a report) calls this instead of trusting that the GUI's day clock or a command
    start ran `refresh_due` since midnight: a report built on the day after a lapse date shows
    the lapse. The day it last ran is kept (a local setting, never synced), so every later call
    that day costs one indexed read; writes that change payments refresh their own workers.
    """
    today = clock.today().isoformat()
    if settings.get(db, LIFECYCLE_DAY) == today:
        return []
    with db.atomic():
        changed = refresh_due(db, operator=operator, cause=cause)
        settings.put(db, LIFECYCLE_DAY, today)
    return changed


def refresh_all(db: sqlite_utils.Database, *, today: dt.date | None = None, operator: str = SYSTEM,
                cause: str = "") -> list[str]:
    """Recompute every worker (after an upgrade or a restore)."""
    ids = [r[0] for r in db.execute("SELECT id FROM workers")]
    return refresh_workers(db, ids, today=today, operator=operator, cause=cause)


def covered_until(status: str, paid_through: str | None, start_month: str | None,
                  ended_on: str | None) -> str | None:
    """The last month a membership covers (None: open-ended; paid_through does not move it)."""
    if status == "lapsed" and ended_on:
        return ended_on[:7]
    if status == "ended" and ended_on:
        return add_months(ended_on[:7], -1)
    return None
