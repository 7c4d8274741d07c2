"""What an import did with each row, as the wizard shows it and the terminal prints it.

Counters hold the totals; row outcomes are kept for every row that needs the operator's eye
(skipped, updated, drafts, warnings) and for the first good rows only, so a 1,000,000-row
file does not keep a million outcomes in memory.
"""

from __future__ import annotations

import itertools
import operator
from dataclasses import dataclass, field
from pathlib import Path

from rentan_desktop.i18n import translate
from rentan_desktop.roster import columns, rows
from rentan_desktop.roster.columns import SPONSORS

GOOD_ROWS_KEPT = 2000  # rows that went in as they were: the first ones, as a sample
NOTICE_ROWS_KEPT = 20_000  # drafts, updates and warnings: listed up to this many, then counted
SKIPPED_ROWS_KEPT = 100_000  # refused rows: each one listed (a file that bad is fixed in parts)

NEW = "new"  # stored ("imported") or would be (dry run: "ready")
UPDATED = "updated"  # an existing record changed by the file (or would be)
UNCHANGED = "unchanged"  # an existing record the file agrees with
SKIPPED = "skipped"


@dataclass
class Change:
    field: str
    before: str
    after: str


@dataclass
class RowOutcome:
    row: int  # spreadsheet row number, as the operator sees it
    status: str  # "imported", "ready" (dry run), "updated", "update" (dry run), "unchanged" or "skipped"
    name: str = ""
    column: str = ""
    value: str = ""
    reason: str = ""
    warnings: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # fields BPJS registration still needs (a draft)
    changes: list[Change] = field(default_factory=list)

    @property
    def skipped(self) -> bool:
        return self.status == "skipped"

    def describe(self, file_name: str) -> str:
        where = translate("importer", "{file}, row {row}").format(file=file_name, row=self.row)
        if self.column:
            where += ", " + translate("importer", "column {column}, value '{value}'").format(
                column=self.column, value=self.value)
        return f"{where}: {self.reason}"


def not_data_label(reason: str) -> str:
    return {
        rows.REPEATED_HEADER: translate("importer", "repeated or second header lines"),
        rows.NUMBERING: translate("importer", "column-number rows"),
        rows.GROUP: translate("importer", "group, total or note rows without a name or identifier"),
        rows.SIGNATURE: translate("importer", "signature lines under the table (place and date, title, name, NIP)"),
    }.get(reason, reason)


@dataclass
class ImportReport:
    path: Path
    kind: str
    dry_run: bool
    header_row: int  # spreadsheet row number of the header (0: no header row)
    mapping: dict[str, str]  # header -> field
    update: bool = False
    sheet: str = ""  # the sheet read, when the workbook has several
    outcomes: list[RowOutcome] = field(default_factory=list)
    blank_rows: int = 0
    footer_rows: int = 0  # notes and signature lines below the list
    regency_filled: int = 0  # new workers given the install's Pemda as regency (their district lies in it)
    regency_default: str = ""
    not_data: dict[str, int] = field(default_factory=dict)  # reason -> rows that are not people
    new: int = 0
    drafts: int = 0  # of the new and updated workers, those still missing registration fields
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    with_changes_not_applied: int = 0
    not_listed: int = 0  # outcomes counted but not kept (beyond the limits above)
    _good_kept: int = 0
    _notices_kept: int = 0

    def add(self, outcome: RowOutcome) -> None:
        """Count an outcome; keep it when it needs attention or while few good rows are kept."""
        if outcome.skipped:
            self.skipped += 1
        elif outcome.status in ("updated", "update"):
            self.updated += 1
        elif outcome.status == UNCHANGED:
            self.unchanged += 1
        else:
            self.new += 1
        if outcome.missing and not outcome.skipped:
            self.drafts += 1
        plain = outcome.status in ("imported", "ready", UNCHANGED) and not outcome.warnings and not outcome.missing
        if plain:
            if self._good_kept >= GOOD_ROWS_KEPT:
                return
            self._good_kept += 1
        elif outcome.skipped:
            if self.skipped > SKIPPED_ROWS_KEPT:
                self.not_listed += 1
                return
        else:
            if self._notices_kept >= NOTICE_ROWS_KEPT:
                self.not_listed += 1
                return
            self._notices_kept += 1
        self.outcomes.append(outcome)

    def add_new(self, row: int, status: str, name: str, missing: tuple[str, ...]) -> None:
        """Count a new row with no warning (as `add` counts its RowOutcome), building the outcome only
        when it is kept: most of a large file's good rows are counted, not listed."""
        self.new += 1
        if missing:
            self.drafts += 1
            if self._notices_kept >= NOTICE_ROWS_KEPT:
                self.not_listed += 1
                return
            self._notices_kept += 1
        else:
            if self._good_kept >= GOOD_ROWS_KEPT:
                return
            self._good_kept += 1
        self.outcomes.append(RowOutcome(row, status, name, missing=list(missing)))

    def add_new_many(self, rows: list[int], status: str, names: list[str], missing: list[tuple[str, ...]]) -> None:
        """`add_new` for each row in turn, with the same counts and the same rows listed."""
        drafted = list(map(bool, missing))
        drafts = list(itertools.compress(range(len(rows)), drafted))
        good = list(itertools.compress(range(len(rows)), map(operator.not_, drafted)))
        listed_drafts = drafts[:max(0, NOTICE_ROWS_KEPT - self._notices_kept)]
        listed_good = good[:max(0, GOOD_ROWS_KEPT - self._good_kept)]
        self.new += len(rows)
        self.drafts += len(drafts)
        self.not_listed += len(drafts) - len(listed_drafts)
        self._notices_kept += len(listed_drafts)
        self._good_kept += len(listed_good)
        for i in sorted(listed_drafts + listed_good):
            self.outcomes.append(RowOutcome(rows[i], status, names[i], missing=list(missing[i])))

    @property
    def imported(self) -> int:
        """Rows stored (or, in a dry run, that would be): new and updated records."""
        return self.new + self.updated

    @property
    def not_data_rows(self) -> int:
        return sum(self.not_data.values())

    def summary(self) -> str:
        what = translate("importer", "sponsors") if self.kind == SPONSORS else translate("importer", "workers")
        if self.dry_run:
            text = translate("importer", "Dry run: {n} {what} would be imported, {s} rows skipped.")
        else:
            text = translate("importer", "Imported {n} {what}, skipped {s} rows.")
        text = text.format(n=self.new, what=what, s=self.skipped)
        if self.updated:
            text += " " + (translate("importer", "{n} existing records would be updated.") if self.dry_run
                           else translate("importer", "{n} existing records updated.")).format(n=self.updated)
        if self.unchanged:
            text += " " + translate("importer", "{n} rows match records already here.").format(n=self.unchanged)
        if self.with_changes_not_applied:
            text += " " + translate(
                "importer", "{n} rows differ from records already here; import again with updates on to apply "
                            "them.").format(n=self.with_changes_not_applied)
        if self.drafts:
            text += " " + translate("importer", "{n} workers are drafts: data BPJS needs is missing (listed per "
                                                "row).").format(n=self.drafts)
        if self.regency_filled:
            text += " " + translate("importer", "Regency set to {pemda} for {n} workers: the file gives only the "
                                                "district, and it lies in {pemda}.").format(
                pemda=self.regency_default, n=self.regency_filled)
        if self.blank_rows:
            text += " " + translate("importer", "{n} blank rows ignored.").format(n=self.blank_rows)
        if self.not_data:
            parts = ", ".join(f"{n} {not_data_label(r)}" for r, n in sorted(self.not_data.items()))
            text += " " + translate("importer", "Rows that are not people, skipped: {parts}.").format(parts=parts)
        if self.footer_rows:
            text += " " + translate("importer", "{n} note rows below the list ignored.").format(n=self.footer_rows)
        if self.not_listed:
            text += " " + translate("importer", "{n} more rows of drafts, updates or problems are counted but not "
                                                "listed one by one.").format(n=self.not_listed)
        return text

    def lines(self) -> list[str]:
        """The report as the terminal prints it."""
        name = self.path.name
        if self.sheet:
            name = translate("importer", "{file}, sheet '{sheet}'").format(file=name, sheet=self.sheet)
        mapped = ", ".join(f"{h} -> {columns.field_label(self.kind, f)}" for h, f in self.mapping.items())
        if self.header_row:
            head = translate("importer", "{file}: header on row {row}; columns: {columns}").format(
                file=name, row=self.header_row, columns=mapped)
        else:
            head = translate("importer", "{file}: no header row; columns: {columns}").format(file=name, columns=mapped)
        out = [head]
        for o in self.outcomes:
            if o.skipped:
                out.append(translate("importer", "skipped: {text}").format(text=o.describe(name)))
            for change in o.changes:
                out.append(translate("importer", "update: {file}, row {row}, {field}: '{before}' -> '{after}'").format(
                    file=name, row=o.row, field=columns.field_label(self.kind, change.field),
                    before=change.before, after=change.after))
            if o.missing:
                out.append(translate("importer", "draft: {file}, row {row}: missing for BPJS registration: "
                                                 "{fields}").format(file=name, row=o.row, fields=", ".join(
                                                     columns.field_label(self.kind, f) for f in o.missing)))
            for w in o.warnings:
                out.append(translate("importer", "warning: {file}, row {row}: {text}").format(
                    file=name, row=o.row, text=w))
        out.append(self.summary())
        return out
