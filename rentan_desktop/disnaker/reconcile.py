"""Reconciling a month: what the Pemda paid (payments) against what BPJS confirms receiving.

The branch's confirmation file is checked row by row and stored whole (replacing an earlier
file for the same month) or not at all. The comparison matches lines by KPJ, or by NIK when
the branch left the KPJ out, and lists per OPD and worker: paid but not confirmed, confirmed
but not recorded, and amounts that differ.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop.disnaker import payment_list
from rentan_desktop.disnaker.sheet import Problem, cell_text, read_sheet
from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.domain.money import parse_amount
from rentan_desktop.domain.months import month_text, parse_month
from rentan_desktop.i18n import translate
from rentan_desktop.store import audit
from rentan_desktop.store.clock import new_uid, now_iso

ALIASES: dict[str, tuple[str, ...]] = {
    "kpj": ("KPJ", "No KPJ", "Nomor KPJ", "No Peserta", "Nomor Peserta", "KPJ number"),
    "nik": ("NIK", "No KTP", "Nomor Induk Kependudukan"),
    "name": ("Nama", "Nama Peserta", "Nama Lengkap", "Name"),
    "amount": ("Iuran", "Jumlah Iuran", "Total Iuran", "Jumlah", "Nominal", "Amount", "Iuran Diterima"),
    "month": ("Bulan", "Periode", "Bulan Iuran", "Month"),
}

NOT_CONFIRMED = "not_confirmed"
NOT_RECORDED = "not_recorded"
AMOUNT_DIFFERS = "amount_differs"


def kind_label(kind: str) -> str:
    return {
        NOT_CONFIRMED: translate("reconcile", "Paid but not confirmed"),
        NOT_RECORDED: translate("reconcile", "Confirmed but not recorded"),
        AMOUNT_DIFFERS: translate("reconcile", "Amount differs"),
    }.get(kind, kind)


@dataclass
class ConfirmationImport:
    file: str
    month: str
    rows: int = 0
    total: int = 0
    problems: list[Problem] = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def import_confirmation(db: sqlite_utils.Database, operator: str, path: Path | str, month: str, *,
                        dry_run: bool = False) -> ConfirmationImport:
    """Read BPJS's confirmation for the month; store it (replacing an earlier one) if every row is right."""
    month = payment_list.check_month(month)
    sheet = read_sheet(path, ALIASES, required=("amount",))
    report = ConfirmationImport(sheet.name, month)
    if "kpj" not in sheet.headers and "nik" not in sheet.headers:
        report.problems.append(Problem(sheet.name, 1, "KPJ", "", translate(
            "reconcile", "The file needs a KPJ or a NIK column to match workers.")))
        return report
    planned: list[tuple[Any, ...]] = []
    for row_no, cells in sheet.rows:
        kpj = strip_separators(cell_text(cells.get("kpj"))) or None
        nik = strip_separators(cell_text(cells.get("nik"))) or None
        bad = False
        if not kpj and not nik:
            report.problems.append(sheet.problem(row_no, "kpj" if "kpj" in sheet.headers else "nik", "", translate(
                "reconcile", "Each row needs a KPJ number or a NIK.")))
            bad = True
        elif kpj and not kpj.isdigit():
            report.problems.append(sheet.problem(row_no, "kpj", cells.get("kpj"), translate(
                "reconcile", "A KPJ number is made of digits only.")))
            bad = True
        elif nik and not kpj and (len(nik) != 16 or not nik.isdigit()):
            report.problems.append(sheet.problem(row_no, "nik", cells.get("nik"), translate(
                "reconcile", "A NIK has exactly 16 digits.")))
            bad = True
        amount = parse_amount(cells.get("amount"))
        if amount is None or amount < 0:
            report.problems.append(sheet.problem(row_no, "amount", cells.get("amount"), translate(
                "reconcile", "The amount must be a Rupiah amount such as 16800.")))
            bad = True
        if "month" in sheet.headers and cell_text(cells.get("month")):
            try:
                row_month = parse_month(cell_text(cells.get("month")))
            except ValueError:
                row_month = None
            if row_month != month:
                report.problems.append(sheet.problem(row_no, "month", cells.get("month"), translate(
                    "reconcile", "This row is for another month than {month}.").format(month=month_text(month))))
                bad = True
        if not bad:
            planned.append((kpj, nik, cell_text(cells.get("name")) or None, amount, row_no))
    report.rows = len(planned)
    report.total = sum(p[3] for p in planned)
    if report.problems or dry_run:
        return report
    batch = new_uid()
    stamp = now_iso()
    with db.atomic():
        db.execute("UPDATE bpjs_confirmations SET superseded = 1 WHERE month = ? AND superseded = 0", [month])
        db.conn.executemany(
            "INSERT INTO bpjs_confirmations(uid, month, batch, kpj, nik, name, amount, source_file, source_row, "
            "imported_by, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(new_uid(), month, batch, kpj, nik, name, amount, sheet.name, row, operator, stamp)
             for kpj, nik, name, amount, row in planned])
        audit.record(db, operator=operator, table="bpjs_confirmations", uid=batch, action="import",
                     after={"month": month, "rows": report.rows, "total": report.total}, note=sheet.name)
    report.applied = True
    return report


@dataclass
class Difference:
    kind: str
    opd_code: str
    opd_name: str
    name: str
    kpj: str | None
    nik: str | None
    paid: int
    confirmed: int

    @property
    def gap(self) -> int:
        return self.confirmed - self.paid


@dataclass
class Reconciliation:
    month: str
    source_file: str | None
    paid_total: int
    confirmed_total: int
    matched: int
    differences: list[Difference]

    @property
    def has_confirmation(self) -> bool:
        return self.source_file is not None

    def by_opd(self) -> dict[str, list[Difference]]:
        grouped: dict[str, list[Difference]] = {}
        for d in self.differences:
            grouped.setdefault(d.opd_code, []).append(d)
        return grouped


def reconcile(db: sqlite_utils.Database, month: str) -> Reconciliation:
    month = payment_list.check_month(month)
    plist = payment_list.build(db, month)
    confirmations = db.execute(
        "SELECT kpj, nik, name, amount, source_file FROM bpjs_confirmations WHERE month = ? AND superseded = 0 "
        "ORDER BY source_row", [month]).fetchall()
    source = confirmations[0][4] if confirmations else None
    # Paid lines by KPJ and by NIK (one worker may be paid by two OPDs: keep them apart by OPD).
    paid: dict[tuple[str, str], dict[str, Any]] = {}
    by_kpj: dict[str, tuple[str, str]] = {}
    by_nik: dict[str, tuple[str, str]] = {}
    for g in plist.groups:
        for line in g.lines:
            key = (g.code, line.worker_uid)
            paid[key] = {"opd": g, "line": line, "confirmed": 0, "seen": False}
            if line.kpj:
                by_kpj.setdefault(line.kpj, key)
            by_nik.setdefault(line.nik, key)
    known = {r[0]: r[1:] for r in db.execute(
        "SELECT w.kpj, o.code, o.name, w.name, w.nik FROM workers w JOIN opds o ON o.id = w.opd_id "
        "WHERE w.kpj IS NOT NULL AND w.kpj != ''")}
    unmatched: dict[str, Difference] = {}
    for kpj, nik, name, amount, _ in confirmations:
        key = by_kpj.get(kpj) if kpj else None
        if key is None and nik:
            key = by_nik.get(nik)
        if key is not None:
            paid[key]["confirmed"] += amount
            paid[key]["seen"] = True
            continue
        ident = kpj or nik or ""
        if ident in unmatched:
            unmatched[ident].confirmed += amount
            continue
        code, opd_name, worker_name, worker_nik = known.get(kpj, ("", translate("reconcile", "Unknown"), None, None))
        unmatched[ident] = Difference(NOT_RECORDED, code, opd_name, worker_name or name or "", kpj,
                                      worker_nik or nik, 0, amount)
    differences: list[Difference] = []
    matched = 0
    for entry in paid.values():
        g, line = entry["opd"], entry["line"]
        if not entry["seen"]:
            differences.append(Difference(NOT_CONFIRMED, g.code, g.name, line.name, line.kpj, line.nik,
                                          line.amount, 0))
        elif entry["confirmed"] != line.amount:
            differences.append(Difference(AMOUNT_DIFFERS, g.code, g.name, line.name, line.kpj, line.nik,
                                          line.amount, entry["confirmed"]))
        else:
            matched += 1
    differences += unmatched.values()
    differences.sort(key=lambda d: (d.opd_code or "~", d.kind, d.name))
    return Reconciliation(month, source, plist.total, sum(c[3] for c in confirmations), matched, differences)
