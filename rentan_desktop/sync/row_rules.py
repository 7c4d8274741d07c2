"""Record rules for incoming rows, beyond one value at a time: the very validators the forms use
(roster/validate.py) and the money rule of payments (the rate table's amount for the month and
bracket, parts adding up). Each returns [(column, reason)] for one merged record."""

from __future__ import annotations

from typing import Any

from rentan_desktop.domain.nik import is_pseudonym
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.roster.validate import validate_sponsor, validate_worker
from rentan_desktop.sync.row_canonical import CanonicalSponsors, CanonicalWorkers

Problems = list[tuple[str, str]]
# Missing fields do not refuse a bundle: a draft may be incomplete at the OPD too, and Disnaker's
# registration readiness (fields.bpjs_required) holds it back until it is complete.
_NOT_REFUSING = {"required"}


def _form_findings(issues: list, override_reason: Any) -> Problems:
    out = []
    for issue in issues:
        if issue.code in _NOT_REFUSING:
            continue
        if issue.is_error or (issue.code == "age" and not override_reason):
            out.append((issue.field, issue.message))
    return out


def worker_problems(record: dict[str, Any], canonical: CanonicalWorkers | None = None) -> Problems:
    """`canonical`: the bundle's compiled shortcut; a record it vouches for has no problem (the
    full form check finds none there either), any other goes through the form's validator."""
    if canonical is not None and canonical.fine(record):
        return []
    if is_pseudonym(record.get("nik")):
        if not record.get("pseudonymised_on"):
            return [("nik", translate("sync", "A pseudonym stands in for a NIK only on a record marked "
                                              "pseudonymised."))]
        # UU PDP: the identifying fields were replaced on purpose; the rest is checked as usual.
        skip = ("sponsor_id", "kpj", "nik", "gender", "birth_date")
    else:
        skip = ("sponsor_id", "kpj")
    clean, findings = validate_worker(record)
    found = [(f, m) for f, m in _form_findings(findings.issues, record.get("age_override_reason")) if f not in skip]
    return found or _not_as_stored(record, clean, skip)


def _not_as_stored(record: dict[str, Any], clean: dict[str, Any], skip: tuple[str, ...]) -> Problems:
    """A value the form would have stored otherwise (a NIK with spaces, padded text): the form never
    writes it so, and the OPD's next genuine row would not match it."""
    # The usual row stores every value as sent: one comparison per value finds that (a value not
    # sent compares equal to itself), the full test only for the few that differ.
    get = record.get
    return [(k, translate("sync", "not written as the form writes it (spaces or separators)"))
            for k, v in clean.items() if get(k, v) != v and k not in skip and isinstance(v, str) and v
            and isinstance(record[k], str)]


def sponsor_problems(record: dict[str, Any], canonical: CanonicalSponsors | None = None) -> Problems:
    if canonical is not None and canonical.fine(record):
        return []
    _, findings = validate_sponsor(record)
    return _form_findings(findings.issues, None)


class Money:
    """The payment money rule, with the rate book loaded once per bundle."""

    def __init__(self, book: RateBook):
        self.book = book
        self._valid: dict[str, set[tuple[int, int, int, int]]] = {}
        self._seen: dict[tuple, Problems] = {}

    def _amounts(self, month: str) -> set[tuple[int, int, int, int]]:
        """Every (total, jkk, jkm, jht) the month's table allows, over all brackets, with and without JHT."""
        if month not in self._valid:
            table = self.book.table_for(month)
            found = set()
            for bracket in table.brackets:
                for jht in (False, True):
                    a = table.amount(bracket.base_income, jht)
                    found.add((a.total, a.jkk, a.jkm, a.jht))
            self._valid[month] = found
        return self._valid[month]

    def problems(self, record: dict[str, Any], worker: tuple[int, int] | None) -> Problems:
        """`worker`: (declared_income, jht) of the worker paid for, when known."""
        return self.problems_of(*(record.get(c) for c in ("month", "amount", "jkk", "jkm", "jht", "kind", "paid_on")),
                                worker)

    def problems_of(self, month: Any, amount: Any, jkk: Any, jkm: Any, jht: Any, kind: Any, paid_on: Any,
                    worker: tuple[int, int] | None) -> Problems:
        """The rule on a payment's values. Most payments of a bundle look alike (one month, one
        bracket): each distinct case is judged once."""
        key = (month, amount, jkk, jkm, jht, kind, worker, paid_on[:7] if isinstance(paid_on, str) else None)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self._judge({"month": month, "amount": amount, "jkk": jkk, "jkm": jkm,
                                                   "jht": jht, "kind": kind, "paid_on": paid_on}, worker)
        return found

    def _judge(self, record: dict[str, Any], worker: tuple[int, int] | None) -> Problems:
        amount, parts = record.get("amount"), (record.get("jkk"), record.get("jkm"), record.get("jht"))
        if not all(isinstance(v, int) for v in (amount, *parts)):
            return []  # the column checks already refused these
        if sum(parts) != amount:
            return [("amount", translate("sync", "JKK, JKM and JHT do not add up to the amount."))]
        sign = -1 if record.get("kind") == "reversal" else 1
        if sign * amount <= 0:
            return [("amount", translate("sync", "A payment is more than zero; a reversal is less than zero."))]
        month = record.get("month") or ""
        try:
            allowed = self._amounts(month)
        except UserError as exc:
            return [("month", str(exc))]
        paid = (sign * amount, *(sign * p for p in parts))
        if worker is not None:
            due = self.book.amount(worker[0], bool(worker[1]), month)
            if paid == (due.total, due.jkk, due.jkm, due.jht):
                return []
        # The worker's income may have changed since: any bracket of that month's table is accepted;
        # so is the table in force when it was paid (a month paid ahead before a rate change).
        if paid in allowed:
            return []
        paid_on = record.get("paid_on")
        if isinstance(paid_on, str) and len(paid_on) >= 7:
            try:
                if paid in self._amounts(paid_on[:7]):
                    return []
            except UserError:
                pass
        return [("amount", translate("sync", "The amount is not the rate table's contribution for {month}.").format(
            month=month))]
