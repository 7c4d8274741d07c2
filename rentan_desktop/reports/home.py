"""What to do now: the lines of the home screen (Beranda), computed from the core's own figures.

Each line says one thing in the clerk's words and names a `target` the GUI knows how to open
(a tab with a filter). The figures come from the same functions the tabs use, so the home
screen never disagrees with the list it opens.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import add_months, month_label, month_of
from rentan_desktop.i18n import language, translate
from rentan_desktop.payments import month_view, status
from rentan_desktop.payments.calendar import due_date, last_due_month
from rentan_desktop.reports.model import group_digits as _n  # 10.001, as Rp16.800 (QA walk r6, 17)
from rentan_desktop.roster import queries
from rentan_desktop.roster.readiness import incomplete_sql, ready_sql
from rentan_desktop.store import clock, settings

BUNDLE_LATE_DAYS = 30  # a month without a bundle: Disnaker's figures go stale

# Targets the GUI opens (ui/shell/navigate.py maps each to a tab and a filter).
T_UNPAID = "payments:unpaid"
T_INCOMPLETE = "roster:incomplete"
T_AT_RISK = "payments:at_risk"
T_BELOW_QUOTA = "roster:below_quota"
T_WITHOUT_SPONSOR = "roster:without_sponsor"
T_SYNC = "sync"
T_OPD_LATE = "opd_registry"
T_BPJS = "bpjs"
T_START = "roster:import"  # opens the spreadsheet import wizard
T_LAPSED = "payments:lapsed"
T_REJECTED = "roster:rejected"
T_DECISIONS = "duplicates"
T_QUARANTINE = "sync:quarantine"  # Disnaker: bundles kept for an OPD key not trusted yet

# "rentan-4.02-to-disnaker-000001.rentan.tar": the sender's OPD code in a bundle's file name
_OPD_BUNDLE = re.compile(r"^rentan-(.+)-to-disnaker-\d+\.rentan\.tar$")


@dataclass(frozen=True)
class HomeLine:
    key: str
    text: str
    count: int
    level: str  # "ok" (nothing to do), "todo" (work waiting) or "warn" (act soon)
    target: str
    month: str | None = None  # the month a payments target opens on


def next_due_month(today: dt.date) -> str:
    """The month whose contribution falls due next: this month until its due date has passed."""
    month = month_of(today)
    return month if due_date(month) >= today else add_months(month, 1)


def count_incomplete(db: sqlite_utils.Database, opd_id: int | None = None) -> int:
    where = incomplete_sql() + (" AND w.opd_id = ?" if opd_id is not None else "")
    return db.execute(f"SELECT count(*) FROM workers w WHERE {where}",
                      [opd_id] if opd_id is not None else []).fetchone()[0]


def _start_line(sponsors: int, workers: int) -> HomeLine | None:
    """An empty roster: where a new install begins (nothing else on the screen means anything yet)."""
    if not sponsors:
        return HomeLine("start", translate("home", "No sponsors yet. Start by importing the staff list (from SIMPEG "
                                                   "or SIASN), then the list of workers."), 0, "todo", T_START)
    if not workers:
        return HomeLine("start", translate("home", "No workers yet. Import the list of workers (a village list or "
                                                   "your own spreadsheet), or add them one by one."), 0, "todo",
                        T_START)
    return None


def _setup_line(db: sqlite_utils.Database) -> HomeLine | None:
    """Before the first bundle: Disnaker's key trusted and this install's enrollment file written."""
    from rentan_desktop.store import training
    from rentan_desktop.sync import provisioning, registry

    if training.is_training(db):
        return None
    if not registry.trusted_keys(db, registry.DISNAKER):
        text = translate("home", "Disnaker's key is not trusted yet: open the provisioning file Disnaker gave you "
                                 "(Sync tab, Keys and trust), and check its fingerprint against Disnaker's letter. "
                                 "Then write this install's key enrollment file there and hand it to Disnaker with "
                                 "the signed letter; until Disnaker trusts it, your bundles are held back there.")
    elif not provisioning.enrollment_written_at(db):
        text = translate("home", "Write this install's key enrollment file (Sync tab, Keys and trust) and hand it "
                                 "to Disnaker with the signed letter; until Disnaker trusts it, your bundles are "
                                 "held back there.")
    else:
        return None
    return HomeLine("setup", text, 0, "todo", T_SYNC)


def _overdue_line(db: sqlite_utils.Database, today: dt.date) -> HomeLine | None:
    """The latest month whose due date has passed, while someone still owes it (still payable)."""
    month = last_due_month(today)
    unpaid = month_view.select_month(db, month, month_view.SHOW_UNPAID).totals
    if not unpaid.workers:
        return None
    text = translate("home", "Contributions for {month} are overdue since {date}: {count} worker(s) not paid, "
                             "{amount} in all. They can still be paid.").format(
        month=month_label(month, language()), date=format_date(due_date(month)), count=_n(unpaid.workers),
        amount=rupiah(unpaid.due))
    return HomeLine("overdue", text, unpaid.workers, "warn", T_UNPAID, month)


def _lapsed_line(db: sqlite_utils.Database, today: dt.date) -> HomeLine | None:
    n = db.execute("SELECT count(*) FROM workers WHERE status = 'lapsed'").fetchone()[0]
    if not n:
        return None
    text = translate("home", "{count} worker(s) lost their BPJS membership (unpaid for more than 3 months): "
                             "register them again or end them.").format(count=_n(n))
    return HomeLine("lapsed", text, n, "warn", T_LAPSED, last_due_month(today))


def _rejected_line(db: sqlite_utils.Database) -> HomeLine | None:
    n = db.execute("SELECT count(*) FROM workers WHERE status = 'draft' AND bpjs_status = 'rejected'").fetchone()[0]
    if not n:
        return None
    text = translate("home", "{count} worker(s) were rejected by BPJS: correct what the reason names (shown in "
                             "the worker's form) and save; they go again in your next bundle.").format(count=_n(n))
    return HomeLine("rejected", text, n, "warn", T_REJECTED)


def _ready_line(db: sqlite_utils.Database) -> HomeLine | None:
    """Drafts ready for BPJS that no bundle has carried yet: the next step is a bundle."""
    sent_rev = db.execute("SELECT max(rev_to) FROM sync_exports").fetchone()[0] or 0
    n = db.execute(f"SELECT count(*) FROM workers w WHERE {ready_sql()} AND coalesce(w.bpjs_status, '') "
                   f"<> 'rejected' AND w.rev > ?", [sent_rev]).fetchone()[0]
    if not n:
        return None
    text = translate("home", "{count} worker(s) are ready for BPJS registration: send them to Disnaker in a "
                             "bundle (Sync tab). Contributions are owed once Disnaker has registered them.").format(
        count=_n(n))
    return HomeLine("ready", text, n, "todo", T_SYNC)


def _awaiting_disnaker_line(db: sqlite_utils.Database) -> HomeLine | None:
    """Workers sent in a bundle that Disnaker has not answered yet (QA walk r6, 12: nothing said what was
    awaited after the bundle; they stay drafts, owing nothing, until the return bundle)."""
    from rentan_desktop.payments.nobody_owes import drafts_sent

    sent_at = db.execute("SELECT max(at) FROM sync_exports WHERE peer = 'disnaker'").fetchone()[0]
    if not sent_at or db.execute("SELECT 1 FROM sync_imports WHERE peer = 'disnaker' AND at >= ? LIMIT 1",
                                 [sent_at]).fetchone():
        return None
    n = drafts_sent(db)
    if not n:
        return None
    text = translate("home", "Disnaker has not answered the bundle of {date} yet: {count} worker(s) sent in it wait "
                             "to be submitted to BPJS and owe nothing until then. Ask Disnaker for its return bundle "
                             "and open it (Sync tab).").format(date=format_date(sent_at[:10]), count=_n(n))
    return HomeLine("awaiting", text, n, "todo", T_SYNC)


def _decisions_line(db: sqlite_utils.Database) -> HomeLine | None:
    from rentan_desktop.disnaker import duplicates

    n = duplicates.decisions_needing_action(db)
    if not n:
        return None
    text = translate("home", "{count} duplicate-NIK decision(s) from Disnaker need action here: end the withdrawn "
                             "record, or correct a wrong NIK.").format(count=_n(n))
    return HomeLine("decisions", text, n, "warn", T_DECISIONS)


def _due_line(db: sqlite_utils.Database, today: dt.date) -> HomeLine:
    month = next_due_month(today)
    unpaid = month_view.select_month(db, month, month_view.SHOW_UNPAID).totals
    day = due_date(month)
    days = (day - today).days
    label = month_label(month, language())
    if unpaid.workers == 0:
        if not month_view.anyone_payable(db, month):
            # Nobody owes this month because nobody is payable yet: "all paid" would be said of no one.
            text = translate("home", "No contribution for {month} to record yet: a worker owes contributions once "
                                     "Disnaker has submitted him to BPJS (status Submitted, in Disnaker's return "
                                     "bundle); drafts do not.").format(month=label)
            return HomeLine("due", text, 0, "todo", T_UNPAID, month)
        text = translate("home", "Contributions for {month} (due {date}): nothing left to pay.").format(
            month=label, date=format_date(day))
        return HomeLine("due", text, 0, "ok", T_UNPAID, month)
    text = translate("home", "Contributions for {month} are due by {date} ({days}): {count} worker(s) not paid yet, "
               "{amount} in all.").format(month=label, date=format_date(day), count=_n(unpaid.workers),
                                           amount=rupiah(unpaid.due), days=_days_left(days))
    return HomeLine("due", text, unpaid.workers, "warn" if days <= 5 else "todo", T_UNPAID, month)


def _days_left(days: int) -> str:
    if days <= 0:
        return translate("home", "today")
    if days == 1:
        return translate("home", "tomorrow")
    return translate("home", "in {n} days").format(n=days)


def _incomplete_line(db: sqlite_utils.Database) -> HomeLine:
    n = count_incomplete(db)
    text = (translate("home", "{count} worker(s) still lack data BPJS needs for registration.").format(count=_n(n)) if n
            else translate("home", "Every worker has the data BPJS needs."))
    return HomeLine("incomplete", text, n, "todo" if n else "ok", T_INCOMPLETE)


def _at_risk_line(db: sqlite_utils.Database, today: dt.date) -> HomeLine:
    month = last_due_month(today)
    n = sum(1 for r in status.owing(db, month) if r.state == "at_risk")
    text = (translate("home", "{count} worker(s) have 2 or 3 unpaid months and are at risk of lapsing.").format(count=_n(n))
            if n else translate("home", "No worker is at risk of lapsing."))
    return HomeLine("at_risk", text, n, "warn" if n else "ok", T_AT_RISK, month)


def _quota_line(db: sqlite_utils.Database) -> HomeLine:
    n = queries.count_sponsors(db, queries.SponsorFilter(below_quota=True))
    text = (translate("home", "{count} sponsor(s) sponsor fewer workers than their quota.").format(count=_n(n)) if n
            else translate("home", "Every active sponsor meets the quota."))
    return HomeLine("below_quota", text, n, "todo" if n else "ok", T_BELOW_QUOTA)


def _without_sponsor_line(db: sqlite_utils.Database) -> HomeLine | None:
    n = queries.count_workers(db, queries.WorkerFilter(status="current", without_sponsor=True))
    if not n:
        return None
    return HomeLine("without_sponsor", translate("home", "{count} worker(s) have no sponsor yet.").format(count=_n(n)), n,
                    "todo", T_WITHOUT_SPONSOR)


def last_bundle_sent(db: sqlite_utils.Database) -> dt.date | None:
    row = db.execute("SELECT max(at) FROM sync_exports").fetchone()
    return dt.date.fromisoformat(row[0][:10]) if row and row[0] else None


def _bundle_line(db: sqlite_utils.Database, today: dt.date) -> HomeLine:
    sent = last_bundle_sent(db)
    if sent is None:
        return HomeLine("bundle", translate("home", "No bundle has been sent to Disnaker yet: make one in the Sync tab."),
                        0, "todo", T_SYNC)
    days = max((today - sent).days, 0)
    unsent = _unsent_since_last_bundle(db)
    if days == 0:  # not "0 days ago" (QA walk r5, 11)
        text = translate("home", "The last bundle to Disnaker was made today ({date}).").format(date=format_date(sent))
    elif days == 1:
        text = translate("home", "The last bundle to Disnaker was made yesterday ({date}).").format(
            date=format_date(sent))
    else:
        text = translate("home", "The last bundle to Disnaker was made {days} day(s) ago ({date}).").format(
            days=days, date=format_date(sent))
    if any(unsent):  # recorded here, not at Disnaker yet (QA walk r5, 18: all green after a month's payments)
        text += " " + translate("home", "{payments} payment(s) and {others} other change(s) recorded since then are "
                                        "not at Disnaker yet: write a bundle (Sync tab).").format(
            payments=_n(unsent[0]), others=_n(unsent[1]))
    level = "warn" if days > BUNDLE_LATE_DAYS else ("todo" if any(unsent) else "ok")
    return HomeLine("bundle", text, days, level, T_SYNC)


def _unsent_since_last_bundle(db: sqlite_utils.Database) -> tuple[int, int]:
    """(payments, sponsors and workers) changed after the last bundle written for Disnaker: what the next
    bundle carries that no bundle carried yet (rows received from Disnaker keep their change number)."""
    last = db.execute("SELECT max(rev_to) FROM sync_exports WHERE peer = 'disnaker'").fetchone()[0]
    if last is None:
        return 0, 0
    payments = db.execute("SELECT count(*) FROM payments WHERE rev > ?", [last]).fetchone()[0]
    others = sum(db.execute(f"SELECT count(*) FROM {table} WHERE rev > ?", [last]).fetchone()[0]
                 for table in ("sponsors", "workers"))
    return payments, others


def opd_lines(db: sqlite_utils.Database, today: dt.date | None = None) -> list[HomeLine]:
    """An OPD install's 'what to do now', most pressing first within a stable order.

    On an empty roster only the first steps show: "all paid" or "all complete" would be said of
    nobody. Lines that have nothing to say are left out unless their calm answer is useful.
    """
    today = today or clock.today()
    sponsors = db.execute("SELECT count(*) FROM sponsors WHERE status = 'active'").fetchone()[0]
    workers = db.execute("SELECT count(*) FROM workers WHERE status <> 'ended'").fetchone()[0]
    candidates = [_start_line(sponsors, workers), _setup_line(db)]
    if workers:
        candidates += [_overdue_line(db, today), _due_line(db, today), _lapsed_line(db, today),
                       _at_risk_line(db, today), _rejected_line(db), _ready_line(db), _awaiting_disnaker_line(db),
                       _incomplete_line(db),
                       _decisions_line(db)]
    if sponsors:
        candidates.append(_quota_line(db))
    candidates += [_without_sponsor_line(db), _bundle_line(db, today)]
    return [line for line in candidates if line is not None]


def _quarantine_line(files: list[str]) -> HomeLine | None:
    """Bundles refused for a key not trusted yet wait in the quarantine until their OPD's key is trusted
    (QA walk r5, 12: nothing on Beranda said so once the long message was closed)."""
    if not files:
        return None
    codes = sorted({m.group(1) for m in map(_OPD_BUNDLE.match, files) if m})
    text = translate("home", "{count} bundle(s) wait in the quarantine ({opds}): open the OPD's key enrollment file "
                             "(Sync tab, Keys and trust) and compare its fingerprint, then open the bundle from Sync, "
                             "Quarantine.").format(count=_n(len(files)), opds=", ".join(codes) or "?")
    return HomeLine("quarantine", text, len(files), "warn", T_QUARANTINE)


def disnaker_lines(db: sqlite_utils.Database, today: dt.date | None = None,
                   quarantined: list[str] | None = None) -> list[HomeLine]:
    """Disnaker's 'what to do now': OPDs whose bundles are late, acknowledgements to send, bundles
    kept in the quarantine (`quarantined`: their original file names)."""
    from rentan_desktop.sync.registry import site_states

    today = today or clock.today()
    from rentan_desktop.disnaker import duplicates, returns

    states = site_states(db)
    limit = (today - dt.timedelta(days=BUNDLE_LATE_DAYS)).isoformat()
    late = [s for s in states if s.last_received_at and s.last_received_at[:10] < limit]
    # An OPD that never sent a bundle is not late in its first days on the list: it is waiting for its first
    # steps (provisioning, key enrollment). Registered longer ago than the limit, it is late like the others.
    registered = dict(db.execute("SELECT code, created_at FROM opds").fetchall())
    waiting = {m.group(1) for m in map(_OPD_BUNDLE.match, quarantined or []) if m}  # sent, but held
    never = [s for s in states if not s.last_received_at and (registered.get(s.opd_code) or "")[:10] >= limit
             and s.opd_code not in waiting]
    late += [s for s in states if not s.last_received_at and s not in never and s.opd_code not in waiting]
    owed = sum(1 for s in states if s.pending_acknowledgements)
    if not db.execute("SELECT count(*) FROM opds").fetchone()[0]:
        return [HomeLine("start", translate("home", "No OPD registered yet: import or add the OPD list (OPD registry "
                                                    "tab), then write the provisioning file for the OPDs (Sync tab, "
                                                    "Keys and trust)."), 0, "todo", T_OPD_LATE)]
    open_cases = duplicates.counts(db).open
    lines = [line for line in [_quarantine_line(list(quarantined or []))] if line is not None]
    if late or not never:
        lines.append(HomeLine("opd_late", translate("home", "{count} OPD(s) sent no bundle in the last {days} days.")
                              .format(count=_n(len(late)), days=BUNDLE_LATE_DAYS) if late
                              else translate("home", "Every OPD sent a bundle recently."),
                              len(late), "warn" if late else "ok", T_OPD_LATE))
    if never:
        lines.append(HomeLine("opd_first", translate(
            "home", "{count} OPD(s) have not sent a first bundle yet: each needs its provisioning file (OPD registry "
                    "tab), then Disnaker opens its key enrollment file (Sync tab, Keys and trust).").format(
            count=_n(len(never))), len(never), "todo", T_OPD_LATE))
    unsent = returns.unsent_results(db)  # the same rule as the note after a result file is applied
    if owed or not unsent:  # "no OPD waits" would contradict the answers still to send back
        lines.append(HomeLine("acks", translate("home", "{count} OPD(s) wait for an answer bundle (acknowledgement).")
                              .format(count=_n(owed)) if owed else translate("home", "No OPD waits for an answer bundle."),
                              owed, "todo" if owed else "ok", T_SYNC))
    if unsent:
        lines.append(HomeLine("returns", returns.next_step(unsent), sum(unsent.values()), "todo", T_SYNC))
    if open_cases:
        lines.append(HomeLine("duplicates", translate(
            "home", "{count} duplicate-NIK case(s) wait for a decision; those workers are held back from BPJS "
                    "registration until then.").format(count=_n(open_cases)), open_cases, "warn", T_DECISIONS))
    n = count_incomplete(db)
    if not n and not db.execute("SELECT 1 FROM workers LIMIT 1").fetchone():
        return lines  # "every worker has the data" would be said of nobody
    lines.append(HomeLine("incomplete", translate("home", "{count} worker(s) still lack data BPJS needs for registration.")
                          .format(count=_n(n)) if n else translate("home", "Every worker has the data BPJS needs."),
                          n, "todo" if n else "ok", T_BPJS))
    return lines


def lines_for(db: sqlite_utils.Database, today: dt.date | None = None,
              quarantined: list[str] | None = None) -> list[HomeLine]:
    role = settings.get(db, "role") or "opd"
    return disnaker_lines(db, today, quarantined) if role == "disnaker" else opd_lines(db, today)
