"""The slow reference for the two-month loop (tests/test_loop_two_months.py): what the test itself
did (who is sponsored by whom, which months were paid on which day, what BPJS answered), folded
into the figures by the programme rules of domain.md, without any of the app's report code.

Due dates of the loop's months are written out here from the calendar (weekends, 17 August), so a
wrong calendar in the app disagrees with the reference instead of moving both."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field

RATE = 16_800  # lowest bracket, JKK + JKM
LAPSE_MONTHS = 3  # more than 3 consecutive unpaid months end the membership
ARREARS_MONTHS = 3
DUE = {"2026-08": dt.date(2026, 8, 18),  # 15th a Saturday, 17th Independence Day
       "2026-09": dt.date(2026, 9, 15), "2026-10": dt.date(2026, 10, 15),
       "2026-11": dt.date(2026, 11, 16),  # 15th a Sunday
       "2026-12": dt.date(2026, 12, 15), "2027-01": dt.date(2027, 1, 15), "2027-02": dt.date(2027, 2, 15),
       "2027-03": dt.date(2027, 3, 15)}
MONTHS = sorted(DUE)


def shift(month: str, n: int) -> str:
    y, m = divmod(int(month[:4]) * 12 + int(month[5:]) - 1 + n, 12)
    return f"{y:04d}-{m + 1:02d}"


def span(first: str, last: str) -> list[str]:
    out, m = [], first
    while m <= last:
        out.append(m)
        m = shift(m, 1)
    return out


@dataclass
class Person:
    """One worker as the test knows it."""
    key: str
    opd: str
    sponsor: str
    nik: str
    start: str
    paid: dict[str, dt.date] = field(default_factory=dict)  # month -> day paid (live payments only)
    rereg_on: dt.date | None = None  # registered again after a lapse (the OPD's act)
    bpjs: str | None = None  # None (not sent), submitted, accepted, rejected (Disnaker's, from BPJS)
    sent_on: dt.date | None = None  # the day its registration last went to BPJS

    OPD_OWNED = ("start", "paid", "rereg_on")
    DISNAKER_OWNED = ("bpjs", "sent_on")

    def status_on(self, day: dt.date) -> tuple[str, str | None, str | None]:
        """(status, paid_through, lapse month) on `day`."""
        through = None
        m = self.start
        while m in self.paid:
            through = m
            m = shift(m, 1)
        waiting = self.rereg_on is not None and (self.sent_on is None or self.sent_on < self.rereg_on)
        if waiting or self.bpjs in (None, "rejected"):
            return "draft", through, None
        sent_month = f"{self.sent_on:%Y-%m}"
        run = 0
        for month in MONTHS:
            if month < self.start or DUE[month] >= day:  # unpaid only once its due date has passed
                continue
            if month in self.paid or month < sent_month:
                run = 0
                continue
            run += 1
            if run > LAPSE_MONTHS:
                return "lapsed", through, month
        return ("active" if self.bpjs == "accepted" else "submitted"), through, None

    def owed(self, month: str, day: dt.date) -> tuple[str, ...]:
        """Unpaid months a list of arrears shows for `month` as seen on `day` (status.owing's rule)."""
        status, _through, lapse = self.status_on(day)
        if status == "draft":
            return ()
        if status == "lapsed":
            if not shift(month, -LAPSE_MONTHS) <= lapse <= month:
                return ()
            first, last = max(self.start, shift(lapse, -LAPSE_MONTHS)), lapse
        else:
            due = [m for m in MONTHS if DUE[m] < day]
            last = min(month, due[-1]) if due else shift(self.start, -1)
            first = max(self.start, shift(month, -ARREARS_MONTHS))
        return tuple(m for m in span(first, last) if m not in self.paid)

    def covered(self, month: str, day: dt.date) -> bool:
        """Is a contribution due for `month` (the money report's 'workers due')?"""
        status, _through, lapse = self.status_on(day)
        if status == "draft" or month < self.start:
            return False
        return lapse is None or month <= lapse


@dataclass
class Ledger:
    people: dict[str, Person] = field(default_factory=dict)
    sponsors: dict[str, list[str]] = field(default_factory=dict)  # opd -> sponsor keys (all active)
    asn: dict[str, int] = field(default_factory=dict)

    def of(self, opd: str) -> list[Person]:
        return [p for p in self.people.values() if p.opd == opd]

    def current(self, opd: str, day: dt.date) -> list[Person]:
        """Workers a sponsor 'has': draft, submitted or active on `day`."""
        return [p for p in self.of(opd) if p.status_on(day)[0] in ("draft", "submitted", "active")]

    def money(self, opd: str, months: list[str], day: dt.date) -> list[tuple]:
        """(month, workers due, due, months paid, paid, outstanding) per month, as the money report."""
        rows = []
        for m in months:
            due = sum(1 for p in self.of(opd) if p.covered(m, day))
            paid = sum(1 for p in self.of(opd) if m in p.paid)
            rows.append((m, due, due * RATE, paid, paid * RATE, max(due - paid, 0) * RATE))
        return rows

    def sponsor_counts(self, opd: str, day: dt.date) -> tuple[int, int, int]:
        """(active sponsors, with a current worker, with none); every quota is 1 in the loop."""
        having = {p.sponsor for p in self.current(opd, day)}
        total = len(self.sponsors[opd])
        return total, len(having), total - len(having)

    def ranking(self, opd: str, months: list[str], day: dt.date) -> dict:
        total, having, _none = self.sponsor_counts(opd, day)
        paid = [(m, d) for p in self.of(opd) for m, d in p.paid.items() if m in months]
        return {"asn": self.asn[opd], "active": total, "taking_part": having,
                "workers": len(self.current(opd, day)), "payments": len(paid),
                "on_time": sum(1 for m, d in paid if d <= DUE[m])}

    def protected(self, opd: str, day: dt.date) -> int:
        return len({p.nik for p in self.of(opd) if p.status_on(day)[0] == "active"})


def carry(source: Ledger, target: Ledger, opd: str, owned: tuple[str, ...]) -> None:
    """A bundle from `source` to `target` for one OPD: the sender's own fields travel."""
    for key, person in source.people.items():
        if person.opd != opd:
            continue
        if key not in target.people:
            target.people[key] = copy.deepcopy(person)
        for name in owned:
            setattr(target.people[key], name, copy.deepcopy(getattr(person, name)))


def same(a: Ledger, b: Ledger, opd: str) -> bool:
    return a.of(opd) == b.of(opd)
