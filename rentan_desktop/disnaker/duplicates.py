"""The duplicate review queue: one person (one NIK) sponsored in two or more OPDs.

Cases are found by SQL on workers.nik among workers that have not ended. Nothing is merged
or ended here: Disnaker records which sponsorship stands (and which is withdrawn, or whose
NIK was mistyped), with a note. The decision rows name workers by uid and travel back to the
OPDs in return bundles, where the OPD operator acts on them in the roster. A case whose
workers are not all covered by the current decision (a new OPD sent the same NIK) is open
again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.i18n import translate
from rentan_desktop.store import audit
from rentan_desktop.store.clock import new_uid, now_iso

OUTCOMES = ("stands", "withdraw", "correct_nik")


def outcome_label(code: str | None) -> str:
    return {
        "stands": translate("duplicates", "Sponsorship stands"),
        "withdraw": translate("duplicates", "Withdraw this sponsorship"),
        "correct_nik": translate("duplicates", "NIK is wrong: correct it"),
    }.get(code or "", "")


@dataclass
class Side:
    """One worker record of a case, with what the reviewer needs to compare side by side."""

    worker_uid: str
    opd_code: str
    opd_name: str
    name: str
    birth_date: str | None
    mother_name: str | None
    village: str | None
    occupation: str | None
    status: str
    kpj: str | None
    bpjs_status: str | None
    start_month: str | None
    paid_through: str | None
    created_at: str
    sponsor_name: str | None
    sponsor_nip: str | None
    relationship: str | None
    outcome: str | None = None


@dataclass
class Case:
    nik: str
    sides: list[Side]
    decision_uid: str | None = None
    note: str | None = None
    decided_by: str | None = None
    decided_at: str | None = None

    @property
    def decided(self) -> bool:
        return self.decision_uid is not None and all(s.outcome for s in self.sides)

    @property
    def waiting_for_opd(self) -> bool:
        """Decided, but an OPD has not yet ended the withdrawn record or corrected the NIK."""
        return self.decided and any(s.outcome != "stands" for s in self.sides)

    @property
    def opd_codes(self) -> list[str]:
        return sorted({s.opd_code for s in self.sides})


@dataclass
class QueueCounts:
    open: int = 0
    decided: int = 0
    by_opd: dict[str, int] = field(default_factory=dict)


_SIDE_SQL = """
    SELECT w.uid, o.code, o.name, w.name, w.birth_date, w.mother_name, w.village, w.occupation, w.status,
           w.kpj, w.bpjs_status, w.start_month, w.paid_through, w.created_at, s.name, s.nip, w.relationship,
           w.nik
    FROM workers w JOIN opds o ON o.id = w.opd_id LEFT JOIN sponsors s ON s.id = w.sponsor_id
    WHERE w.status != 'ended' AND w.nik IN (
        SELECT nik FROM workers WHERE status != 'ended' GROUP BY nik HAVING count(*) > 1)
    ORDER BY w.nik, o.code, w.created_at
"""


# A NIK of a living worker of the OPD (`src`) that a living worker of another OPD also holds: a
# case here (find_cases: two living records, one NIK; one OPD cannot hold a NIK twice), a flag in
# the OPD's return bundle (sync/export.py) and, before an OPD's bundle is applied, a case its
# preview announces (sync/bpjs_readiness.py). One rule for the three.
_OTHER_HOLDERS_SQL = """
    SELECT src.nik, group_concat(DISTINCT o.code) FROM ({source}) src
    JOIN workers x ON x.nik = src.nik AND x.opd_id != :opd_id AND x.status != 'ended'
    JOIN opds o ON o.id = x.opd_id
    GROUP BY src.nik ORDER BY src.nik
"""


def other_opd_holders(db: sqlite_utils.Database, opd_id: int, niks: list[str] | None = None) -> dict[str, str]:
    """NIK -> the codes of the other OPDs ("1.02,1.03") where a living worker holds it: for the living
    workers of `opd_id` (None), or for the NIKs of living workers a bundle from `opd_id` would add."""
    if niks is None:
        source, params = "SELECT nik FROM workers WHERE opd_id = :opd_id AND status != 'ended'", {"opd_id": opd_id}
    else:
        source, params = "SELECT value AS nik FROM json_each(:niks)", {"opd_id": opd_id, "niks": json.dumps(niks)}
    return dict(db.execute(_OTHER_HOLDERS_SQL.format(source=source), params).fetchall())


def find_cases(db: sqlite_utils.Database, state: str = "all", search: str = "") -> list[Case]:
    """Every NIK held by two or more living worker records; state 'open', 'decided' or 'all'."""
    cases: dict[str, Case] = {}
    for row in db.execute(_SIDE_SQL).fetchall():
        nik = row[17]
        cases.setdefault(nik, Case(nik, [])).sides.append(Side(*row[:17]))
    if cases:
        current = db.execute(
            "SELECT nik, worker_uid, outcome, case_uid, note, decided_by, decided_at FROM duplicate_decisions "
            "WHERE superseded = 0 AND nik IN (SELECT nik FROM workers WHERE status != 'ended' "
            "GROUP BY nik HAVING count(*) > 1)").fetchall()
        for nik, worker_uid, outcome, case_uid, note, by, at in current:
            case = cases.get(nik)
            if case is None:
                continue
            for side in case.sides:
                if side.worker_uid == worker_uid:
                    side.outcome = outcome
            case.decision_uid, case.note, case.decided_by, case.decided_at = case_uid, note, by, at
    return filter_cases(list(cases.values()), state, search)


def filter_cases(cases: list[Case], state: str = "all", search: str = "") -> list[Case]:
    """The cases in a state ('open', 'decided', 'all') whose NIK, names or OPDs contain `search`."""
    if state == "open":
        cases = [c for c in cases if not c.decided]
    elif state == "decided":
        cases = [c for c in cases if c.decided]
    needle = search.strip().lower()
    if needle:
        cases = [c for c in cases if needle in c.nik or any(
            needle in s.name.lower() or needle in s.opd_code.lower() or needle in s.opd_name.lower()
            for s in c.sides)]
    return cases


def get_case(db: sqlite_utils.Database, nik: str) -> Case | None:
    return next((c for c in find_cases(db) if c.nik == nik), None)


def counts(db: sqlite_utils.Database, cases: list[Case] | None = None) -> QueueCounts:
    """Open and decided cases, and open cases per OPD (from `cases` when already read)."""
    result = QueueCounts()
    for case in find_cases(db) if cases is None else cases:
        if case.decided:
            result.decided += 1
        else:
            result.open += 1
            for code in case.opd_codes:
                result.by_opd[code] = result.by_opd.get(code, 0) + 1
    return result


def decide(db: sqlite_utils.Database, operator: str, nik: str, outcomes: dict[str, str], note: str) -> str:
    """Record which sponsorship stands for the NIK; returns the decision's case uid.

    `outcomes` gives every living worker record of the NIK an outcome: exactly one 'stands',
    the others 'withdraw' or 'correct_nik'. An earlier decision on the NIK is superseded.
    """
    issues: list[Issue] = []
    case = get_case(db, nik)
    if case is None:
        raise ValidationError([Issue("nik", translate(
            "duplicates", "There is no duplicate for this NIK any more: the OPDs may have resolved it."))])
    uids = {s.worker_uid for s in case.sides}
    if set(outcomes) != uids:
        issues.append(Issue("outcomes", translate(
            "duplicates", "Give an outcome for every record of this NIK ({count} records).").format(count=len(uids))))
    if any(o not in OUTCOMES for o in outcomes.values()):
        issues.append(Issue("outcomes", translate("duplicates", "Unknown outcome.")))
    if sum(1 for o in outcomes.values() if o == "stands") != 1:
        issues.append(Issue("outcomes", translate("duplicates", "Exactly one sponsorship must stand.")))
    if not (note or "").strip():
        issues.append(Issue("note", translate("duplicates", "Write a note saying why (it goes to the OPDs).")))
    if issues:
        raise ValidationError(issues)
    kept = next(u for u, o in outcomes.items() if o == "stands")
    kept_side = next(s for s in case.sides if s.worker_uid == kept)
    kept_opd = f"{kept_side.opd_code} {kept_side.opd_name}"
    case_uid = new_uid()
    stamp = now_iso()
    with db.atomic():
        rev = audit.next_rev(db)
        previous = db.execute("SELECT case_uid FROM duplicate_decisions WHERE nik = ? AND superseded = 0 LIMIT 1",
                              [nik]).fetchone()
        db.execute("UPDATE duplicate_decisions SET superseded = 1, updated_at = ?, rev = ? "
                   "WHERE nik = ? AND superseded = 0", [stamp, rev, nik])
        rows = [(new_uid(), case_uid, nik, worker_uid, outcome, kept, kept_opd, note.strip(), operator, stamp, stamp,
                 stamp, rev) for worker_uid, outcome in sorted(outcomes.items())]
        db.conn.executemany(
            "INSERT INTO duplicate_decisions(uid, case_uid, nik, worker_uid, outcome, kept_worker_uid, kept_opd, note, "
            "decided_by, decided_at, created_at, updated_at, rev) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        # The audit trail names the case, never the NIK in clear (personal data).
        audit.record(db, operator=operator, table="duplicate_decisions", uid=case_uid, action="decide",
                     after={"outcomes": dict(sorted(outcomes.items())), "kept_worker_uid": kept},
                     note=note.strip() + (f" (supersedes {previous[0]})" if previous else ""))
        for worker_uid in outcomes:
            audit.record(db, operator=operator, table="workers", uid=worker_uid, action="duplicate_decision",
                         after={"outcome": outcomes[worker_uid], "case_uid": case_uid}, note=note.strip())
    return case_uid


def blocked_worker_uids(db: sqlite_utils.Database) -> set[str]:
    """Workers not to send to BPJS: in an undecided case, or withdrawn, or with a NIK to correct."""
    blocked = {s.worker_uid for c in find_cases(db) for s in c.sides if not c.decided or s.outcome != "stands"}
    blocked |= {r[0] for r in db.execute(
        "SELECT worker_uid FROM duplicate_decisions WHERE superseded = 0 AND outcome != 'stands'")}
    return blocked


def withdrawn_worker_uids(db: sqlite_utils.Database) -> dict[str, str]:
    """Workers a decided duplicate case withdrew (or whose NIK is to be corrected), by uid, with the
    code of their OPD: held back until that OPD ends or corrects them, not by an open case."""
    return dict(db.execute(
        "SELECT d.worker_uid, o.code FROM duplicate_decisions d JOIN workers w ON w.uid = d.worker_uid "
        "JOIN opds o ON o.id = w.opd_id WHERE d.superseded = 0 AND d.outcome != 'stands'").fetchall())


def decisions_for_workers(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Current decisions about this install's workers (what an OPD received), newest first."""
    rows = db.execute("""
        SELECT d.case_uid, d.worker_uid, w.name, d.outcome, d.note, d.decided_by, d.decided_at, w.status,
               d.kept_opd
        FROM duplicate_decisions d JOIN workers w ON w.uid = d.worker_uid
        WHERE d.superseded = 0 ORDER BY d.decided_at DESC, w.name""").fetchall()
    keys = ("case_uid", "worker_uid", "name", "outcome", "note", "decided_by", "decided_at", "worker_status",
            "kept_in")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def decisions_needing_action(db: sqlite_utils.Database, rows: list[dict[str, Any]] | None = None) -> int:
    """At an OPD: decisions received that still ask something of it (a withdrawn sponsorship or a
    wrong NIK whose record is not ended yet)."""
    rows = decisions_for_workers(db) if rows is None else rows
    return sum(1 for r in rows if r["outcome"] != "stands" and r["worker_status"] != "ended")


def worker_outcome(db: sqlite_utils.Database, worker_uid: str) -> str | None:
    row = db.execute("SELECT outcome FROM duplicate_decisions WHERE worker_uid = ? AND superseded = 0",
                     [worker_uid]).fetchone()
    return row[0] if row else None
