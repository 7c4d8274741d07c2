"""Importing sponsors and workers from the spreadsheets OPDs already have (.xlsx, .xls, .ods, .csv).

The pipeline, one module per job: sheet_guard + sheet_read (safety and streaming rows),
rows (header and non-data rows), convert (cells to values, tolerant of placeholders),
validate (the same rules as the forms), store_rows (one transaction, audited). This module
ties them: preview a file, then check or import every row and report each one: new, updated
(matched by NIP or NIK, field by field), unchanged, or skipped with file, row, column, value
and reason. Workers missing what BPJS needs come in as drafts listing the missing fields.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import operator
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop.domain import regions
from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.domain.issues import Issue
from rentan_desktop.domain.policy import age_now_warning
from rentan_desktop.i18n import translate
from rentan_desktop.roster import (
    checked,
    collector,
    column_check,
    columns,
    convert,
    header_search,
    readiness,
    rows,
    service,
)
from rentan_desktop.roster.columns import SPONSORS, WORKERS
from rentan_desktop.roster.convert import Refused, cell_text
from rentan_desktop.roster.import_report import Change, ImportReport, RowOutcome
from rentan_desktop.roster.importer_preview import NoHeaderFound, Preview, mapped_preview, preview
from rentan_desktop.roster.row_data import RowContext, sponsor_data, worker_data
from rentan_desktop.roster.sheet_guard import column_letters
from rentan_desktop.roster.sheet_read import Row
from rentan_desktop.roster.store_rows import Writer, storage_error
from rentan_desktop.roster.validate import SPONSOR_FIELDS, WORKER_FIELDS, validate_sponsor, validate_worker
from rentan_desktop.store import cipher, clock, settings
from rentan_desktop.store.site import own_opd_id
from rentan_desktop.tasks import TaskState

__all__ = ["HEADER_SEARCH_ROWS", "ImportReport", "NoHeaderFound", "Preview", "RowOutcome", "cell_text", "forget_checked",
           "preview", "run_import"]

log = logging.getLogger(__name__)

HEADER_SEARCH_ROWS = rows.HEADER_SEARCH_ROWS
HEAD_ROWS = header_search.HEAD_ROWS
LOST_DIGIT_SAMPLE = 1000
# Workers' plain rows judged column by column (roster.column_check); off: every row goes the row-by-row way.
COLUMN_CHECK = True


def _blocking(issues: list[Issue], override_reason: str | None) -> list[Issue]:
    return [i for i in issues if i.is_error or (i.code == "age" and not override_reason)]


# ---------------------------------------------------------------------------- the import

def _load_context(db: sqlite_utils.Database, kind: str, opd_id: int, today: dt.date) -> RowContext:
    column, table = ("nip", "sponsors") if kind == SPONSORS else ("nik", "workers")
    existing = dict(db.execute(f"SELECT {column}, id FROM {table} WHERE opd_id = ? AND {column} IS NOT NULL",
                               [opd_id]).fetchall())
    sponsors: dict[str, tuple[int, str]] = {}
    if kind == WORKERS:
        sponsors = {nip: (sid, status) for sid, nip, status in db.execute(
            "SELECT id, nip, status FROM sponsors WHERE opd_id = ? AND nip IS NOT NULL", [opd_id])}
    ctx = RowContext(kind, opd_id, sponsors, existing, today)
    if kind == WORKERS:
        ctx.pemda = settings.get(db, "pemda", "") or ""
        ctx.pemda_code = regions.regency_code(ctx.pemda) if ctx.pemda else None
    return ctx


def NIPLESS_NOTE() -> str:  # noqa: N802 - a translated constant, read in the current language
    return translate("importer", "No NIP: imported as Non-ASN (honorary or contract staff). "
                                 "If this is a PNS or PPPK, add the NIP to the sponsor.")


def _nipless_note(cells: dict[str, Any], data: dict[str, Any], given: Any) -> list[str]:
    """A staff list's row without a NIP and without an employment type becomes a Non-ASN sponsor: said."""
    return [NIPLESS_NOTE()] if "nip" in cells and not data["nip"] and "kind" not in given else []


class _Run:
    """One pass over the rows of a preview: checks each, and writes through `writer` when given."""

    def __init__(self, db: sqlite_utils.Database, pv: Preview, ctx: RowContext, report: ImportReport,
                 update: bool, writer: Writer | checked.Plan | None):
        """`writer` stores each row (a Writer), keeps it for the import that follows (a Plan), or is None."""
        self.db, self.pv, self.ctx, self.report, self.update, self.writer = db, pv, ctx, report, update, writer
        self.storing = isinstance(writer, Writer)
        self.kind = pv.kind
        self.id_field = "nip" if self.kind == SPONSORS else "nik"
        self.labels = pv.headers
        self.column_of = {f: i for i, f in pv.mapping.items()}
        self.seen: dict[str, int] = {}
        self.fields = SPONSOR_FIELDS if self.kind == SPONSORS else WORKER_FIELDS
        self.with_nip, self.nipless = 0, []  # sponsors: a NIP-less row among NIP rows may be a stray note
        self.age_bounds = service.age_bounds(db, None) if self.kind == WORKERS else None  # the form's rule now

    def where(self, field_name: str, cells: dict[str, Any]) -> tuple[str, str]:
        col = self.column_of.get(field_name)
        if col is None:
            return columns.field_label(self.kind, field_name), ""
        return self.labels[col] if col < len(self.labels) else column_letters(col), cell_text(cells.get(field_name))

    def skipped(self, number: int, cells: dict[str, Any], field_name: str, reason: str) -> RowOutcome:
        column, value = self.where(field_name, cells)
        return RowOutcome(number, "skipped", cell_text(cells.get("name")), column, value, reason)

    def row_data(self, cells: dict[str, Any]) -> tuple[dict[str, Any], set[str], list[str]]:
        """The row's field values, the fields it gave and notes on how it was read."""
        landline = convert.landline(cells.get("phone"))
        if landline:  # an office phone in an optional column: the row comes in without it
            cells = {**cells, "phone": None}
        if self.kind == SPONSORS:
            data, given = sponsor_data(cells)
            notes = _nipless_note(cells, data, given)
        else:
            data, given, notes = worker_data(cells, self.ctx)
        if landline:
            notes.append(translate("importer", "The phone is a landline, not a mobile number (08…): left empty."))
        return data, given, notes

    def outcome(self, number: int, cells: dict[str, Any]) -> RowOutcome:
        try:
            data, given, notes = self.row_data(cells)
        except Refused as refused:
            return self.skipped(number, cells, refused.field, refused.reason)
        key = data.get(self.id_field)
        existing_id = self.ctx.existing.get(strip_separators(key)) if key and self.ctx.existing else None
        if existing_id is not None:
            return self.matched(number, cells, data, given, notes, existing_id)
        clean, findings = self.validate(data)
        blocking = _blocking(findings.issues, clean.get("age_override_reason"))
        if blocking:
            return self.refused_by(number, cells, blocking[0])
        key = clean.get(self.id_field)
        if key:
            duplicate = self.duplicate(number, cells, key)
            if duplicate:
                return duplicate
        warnings = notes + [w.message for w in findings.warnings if w.code != "age"]
        if self.kind == WORKERS and readiness.has_kpj(clean):
            warnings.append(translate("importer", "A KPJ is given: this worker seems already registered with BPJS, "
                                                  "so he stays a draft and is not put in a BPJS registration file. "
                                                  "Disnaker confirms the membership with BPJS."))
        warnings += self.age_now(clean)
        missing = readiness.missing_fields(clean) if self.kind == WORKERS else []
        if self.writer is not None:
            self.writer.add(clean)
        if self.kind == WORKERS and clean.get("regency") and "regency" not in given:
            self.ctx.regency_filled += 1  # said once in the summary, not as a warning on every row
        result = RowOutcome(number, "imported" if self.storing else "ready", clean.get("name") or "",
                            warnings=warnings, missing=missing)
        if self.kind == SPONSORS:
            self.with_nip += bool(clean.get("nip"))
            if not clean.get("nip"):
                self.nipless.append(result)
        return result

    def age_now(self, clean: dict[str, Any]) -> list[str]:
        """A worker without a start month is judged at today by Disnaker's age rule now (the form's rule)."""
        if self.kind != WORKERS or clean.get("start_month") or not clean.get("birth_date"):
            return []
        warning = age_now_warning(dt.date.fromisoformat(clean["birth_date"][:10]), self.ctx.today, self.age_bounds)
        return [warning] if warning else []

    def warn_nipless(self) -> None:
        """A staff list whose rows carry NIPs: the few rows without one are named (QA walk r4, 1)."""
        if self.nipless and self.with_nip >= 3 and len(self.nipless) * 4 <= self.with_nip:
            for outcome in self.nipless:  # this more telling note takes the place of the plain one
                outcome.warnings[:] = [w for w in outcome.warnings if w != NIPLESS_NOTE()]
                outcome.warnings.insert(0, translate(
                    "importer", "No NIP, while the other rows have one: check that this row is a sponsor without a "
                                "NIP (Non-ASN) and not a note or signature line under the table."))

    def validate(self, data: dict[str, Any]) -> tuple[dict[str, Any], Any]:
        if self.kind == SPONSORS:
            return validate_sponsor(data)
        return validate_worker(data, today=self.ctx.today)

    def refused_by(self, number: int, cells: dict[str, Any], first: Issue) -> RowOutcome:
        reason = first.message
        if first.code == "age":
            reason += " " + translate("importer", "Add this worker with the form to give the reason.")
        return self.skipped(number, cells, first.field, reason)

    def duplicate(self, number: int, cells: dict[str, Any], key: str) -> RowOutcome | None:
        if key in self.seen:
            return self.skipped(number, cells, self.id_field, translate(
                "importer", "The same {label} is already on row {row} of this file.").format(
                label=self.id_field.upper(), row=self.seen[key]))
        self.seen[key] = number
        return None

    def matched(self, number: int, cells: dict[str, Any], data: dict[str, Any], given: set[str],
                notes: list[str], record_id: int) -> RowOutcome:
        """A row whose NIP/NIK is already here: the fields it changes, applied when updating."""
        table = "sponsors" if self.kind == SPONSORS else "workers"
        record = dict(next(self.db[table].rows_where("id = ?", [record_id])))
        name = record.get("name") or ""
        if record.get("status") == "ended":
            return self.skipped(number, cells, self.id_field, translate(
                "importer", "This {label} belongs to {name}, whose record has ended; it is not updated by an "
                            "import.").format(label=self.id_field.upper(), name=name))
        merged = {**record, **{k: v for k, v in data.items() if k in given}}
        clean, findings = self.validate(merged)
        blocking = _blocking(findings.issues, clean.get("age_override_reason"))
        if blocking:
            return self.refused_by(number, cells, blocking[0])
        duplicate = self.duplicate(number, cells, clean[self.id_field])
        if duplicate:
            return duplicate
        changes = {f: clean[f] for f in self.fields
                   if f in given | {"position_level"} and f in data and clean.get(f) not in (None, "")
                   and clean.get(f) != record.get(f)}
        missing = readiness.missing_fields({**record, **changes}) if self.kind == WORKERS else []
        if not changes:
            return RowOutcome(number, "unchanged", name, missing=missing)
        listed = [Change(f, _shown(f, record.get(f)), _shown(f, v)) for f, v in changes.items()]
        if not self.update:
            self.report.with_changes_not_applied += 1
            column, value = self.where(self.id_field, cells)
            return RowOutcome(number, "skipped", name, column, value, translate(
                "importer", "Already registered here for {name}; the file differs in: {fields}. Import again with "
                            "updates on (--update, or 'Update existing records' in the wizard) to apply it.").format(
                name=name, fields=", ".join(columns.field_label(self.kind, f) for f in changes)), changes=listed)
        if self.writer is not None:
            self.writer.update(record, changes)
        warnings = notes + [w.message for w in findings.warnings if w.code != "age"]
        return RowOutcome(number, "updated" if self.storing else "update", name, warnings=warnings,
                          missing=missing, changes=listed)

    def data_rows(self) -> Iterator[Row]:
        last = self.pv.header.last_row
        return ((n, c) for n, c in self.pv.sheet.rows() if n > last)

    def _start(self) -> Iterator[Row]:
        """Every data row; the first ones read ahead to tell whether the NIK column lost its last digits."""
        source = self.data_rows()
        buffered = list(itertools.islice(source, LOST_DIGIT_SAMPLE))
        if self.kind == WORKERS and "nik" in self.column_of:
            col = self.column_of["nik"]
            self.ctx.lost_column = convert.lost_digit_column([c[col] for _, c in buffered if col < len(c)])
        self.estimate = max(self.pv.sheet.estimated_rows, len(buffered))
        self.pending_group, self.signing = 0, False  # group rows not yet counted; inside a signature block
        unmapped = 1 << 30  # a column index past the end of any row: its cell reads as None
        self.id_col = self.column_of.get(self.id_field, unmapped)
        self.name_col = self.column_of.get("name", unmapped)
        self.number_columns = rows.numbering_columns(self.pv.header.labels)
        return itertools.chain(buffered, source)

    def run(self, state: TaskState) -> None:
        report = self.report
        everything = self._start()
        previous, n, reading = self.pv.header.last_row, 0, translate("importer", "Checking rows…")
        # Workers' rows judged a block at a time, column by column: the plainly fine ones are kept as
        # the row-by-row path would keep them, without it (roster.column_check); the others take it.
        plain = column_check.PlainWorkers(self.ctx, self.pv.mapping, self.age_bounds) \
            if COLUMN_CHECK and self.kind == WORKERS else None
        writer, status, seen = self.writer, "imported" if self.storing else "ready", self.seen
        while block := list(itertools.islice(everything, column_check.BLOCK)):
            verdicts = plain.rows(block) if plain is not None else itertools.repeat(None)
            if plain is not None and self.plain_block(block, verdicts, previous, status):
                state.check()
                state.progress(n, max(self.estimate, n + 1), reading)
                n, previous = n + len(block), block[-1][0]
                continue
            for (number, cells), verdict in zip(block, verdicts, strict=False):
                if n % 500 == 0:
                    state.check()
                    state.progress(n, max(self.estimate, n + 1), reading)
                n += 1
                if previous:
                    report.blank_rows += max(0, number - previous - 1)
                previous = number
                if verdict is None or verdict[0][2] in seen:
                    self.row(number, cells)
                    continue
                values, missing, filled = verdict  # a plain person, new in this file
                if self.pending_group:
                    self.count_groups()
                self.signing = False
                seen[values[2]] = number
                if writer is not None:  # a Writer stores it, a Plan keeps it for the import
                    writer.add_values(values)
                report.add_new(number, status, values[3], missing)
                self.ctx.regency_filled += filled
        report.footer_rows = self.pending_group
        self.warn_nipless()
        report.regency_filled, report.regency_default = self.ctx.regency_filled, self.ctx.pemda

    def plain_block(self, block: list[Row], verdicts: list[Any], previous: int, status: str) -> bool:
        """A block of plain people only, each new in this file, in row order: kept and counted at once
        (as the loop would, row by row); False, with nothing done, for any other block."""
        if None in verdicts:
            return False
        numbers = [number for number, _ in block]
        keys = [verdict[0][2] for verdict in verdicts]
        if len(set(keys)) < len(keys) or not self.seen.keys().isdisjoint(keys) or \
                not all(map(operator.lt, numbers, numbers[1:])):
            return False
        report = self.report
        if previous:
            report.blank_rows += max(0, numbers[0] - previous - 1)
        report.blank_rows += numbers[-1] - numbers[0] - (len(numbers) - 1)
        if self.pending_group:
            self.count_groups()
        self.signing = False
        self.seen.update(zip(keys, numbers, strict=True))
        if self.writer is not None:  # a Writer stores them, a Plan keeps them for the import
            self.writer.add_values_many([verdict[0] for verdict in verdicts])
        report.add_new_many(numbers, status, [verdict[0][3] for verdict in verdicts],
                            [verdict[1] for verdict in verdicts])
        self.ctx.regency_filled += sum(verdict[2] for verdict in verdicts)
        return True

    def count_groups(self) -> None:
        self.report.not_data[rows.GROUP] = self.report.not_data.get(rows.GROUP, 0) + self.pending_group
        self.pending_group = 0

    def row(self, number: int, cells: list[Any]) -> None:
        """One row the row-by-row way: a person, or a row that is not one (counted by why)."""
        mapping, width = self.pv.mapping, len(cells)
        id_col, name_col = self.id_col, self.name_col
        if rows.plainly_a_person(cells[id_col] if id_col < width else None,
                                 cells[name_col] if name_col < width else None):
            reason = rows.GROUP if rows.merged_group_line(cells, mapping, id_col, name_col) else None
        else:
            reason = rows.classify(cells, mapping, self.id_field, self.number_columns)
            if reason is None and self.signing and rows.after_signature(cells, mapping, self.id_field):
                reason = rows.SIGNATURE  # the signatory's name under "Kepala Dinas" (QA walk r4, 1)
        self.signing = reason == rows.SIGNATURE or self.signing and reason == rows.GROUP
        if reason == rows.GROUP:
            self.pending_group += 1
            return
        if self.pending_group:
            self.count_groups()
        if reason:
            self.report.not_data[reason] = self.report.not_data.get(reason, 0) + 1
            return
        self.report.add(self.outcome(number, {f: (cells[c] if c < width else None) for c, f in mapping.items()}))


def _shown(field_name: str, value: Any) -> str:
    return "" if value is None else str(value)


def run_import(db: sqlite_utils.Database, path: str | Path, kind: str, *, operator: str,
               overrides: dict[str, str | None] | None = None, mapping: dict[int, str] | None = None,
               header_row: int | None = None, dry_run: bool = False, update: bool = False,
               opd_id: int | None = None, state: TaskState | None = None,
               today: dt.date | None = None, keep_checked: bool = False) -> ImportReport:
    """Check (dry run) or import every row of `path` in one transaction; report each row.

    `mapping` (column index -> field) replaces recognition entirely (the wizard's choice);
    `overrides` adjusts it by header text or column letter (the terminal's --map). With
    `update`, rows whose NIP/NIK is already here update those records field by field.
    `keep_checked` (a dry run) keeps the checked rows, so that the import that follows with
    the same file and options, before anything else is written, writes them without checking
    every row again (roster.checked).
    """
    state = state or TaskState()
    pv = mapped_preview(path, kind, overrides, mapping, header_row)
    opd_id = opd_id or own_opd_id(db)
    today = today or clock.today()
    report = _new_report(pv, dry_run, update)
    key = _check_key(db, pv, update, opd_id, today) if keep_checked or not dry_run else None
    try:
        with collector.paused():  # the rows make no reference cycles: collecting only cost time
            if dry_run:
                plan = checked.Plan(SPONSOR_FIELDS if kind == SPONSORS else WORKER_FIELDS) if keep_checked else None
                _Run(db, pv, _load_context(db, kind, opd_id, today), report, update, plan).run(state)
                if plan is not None:
                    checked.keep(key, plan, report)
                return report
            found = checked.take(key)
            if found is not None:
                report = checked.as_stored(found.report)
            _store(db, pv, report, opd_id, operator, update, found, state, today)
    except (*cipher.Error, OSError) as exc:
        message = storage_error(exc)
        if message is None:
            raise
        log.error("import not stored: %s", type(exc).__name__)
        raise message from exc
    state.progress(1, 1, translate("importer", "Saving…"))
    return report


def forget_checked() -> None:
    """Drop the rows a dry run kept for its import (the wizard closed without importing them)."""
    checked.forget()


def _new_report(pv: Preview, dry_run: bool, update: bool) -> ImportReport:
    labels = pv.headers
    return ImportReport(pv.path, pv.kind, dry_run, pv.header.first_row,
                        {labels[i] if i < len(labels) else column_letters(i): f
                         for i, f in sorted(pv.mapping.items())}, update=update, sheet=pv.sheet_shown)


def _check_key(db: sqlite_utils.Database, pv: Preview, update: bool, opd_id: int, today: dt.date) -> tuple:
    """Everything a row's check depends on: the file's content, the options and the install's state."""
    return (pv.sheet.stamp or checked.file_stamp(pv.path), pv.kind, pv.sheet.name, pv.header.first_row,
            pv.header.last_row, tuple(sorted(pv.mapping.items())), update, opd_id, today, checked.install_state(db))


def _store(db: sqlite_utils.Database, pv: Preview, report: ImportReport, opd_id: int, operator: str,
           update: bool, found: checked.Checked | None, state: TaskState, today: dt.date) -> None:
    """One transaction: the rows the dry run checked when it still holds, else every row checked now."""
    note = translate("importer", "imported from {file}").format(file=pv.path.name)
    writer = Writer(db, pv.kind, opd_id, operator, note,
                    expected=found.plan.count if found is not None else pv.sheet.estimated_rows)
    try:
        with db.atomic():
            if found is not None:
                _write_checked(writer, found.plan, state)
            else:
                _Run(db, pv, _load_context(db, pv.kind, opd_id, today), report, update, writer).run(state)
            if report.imported:
                writer.finish(pv.path.name, translate("importer", "{file}: {n} imported, {u} updated, {s} "
                                                                  "skipped").format(
                    file=pv.path.name, n=report.new, u=report.updated, s=report.skipped),
                    sha256=(pv.sheet.stamp or checked.file_stamp(pv.path))[3], sheet=pv.sheet.name,
                    counts={"new": report.new, "updated": report.updated, "unchanged": report.unchanged,
                            "drafts": report.drafts, "skipped": report.skipped})
            writer.finish_bulk()  # never commit with the insert triggers dropped (a no-op once finish ran)
    finally:
        writer.close()


def _write_checked(writer: Writer, plan: checked.Plan, state: TaskState) -> None:
    done, saving = 0, translate("importer", "Saving…")
    for adds, block in plan.operations():
        state.check()
        state.progress(done, max(plan.count, 1), saving)
        if adds:  # the usual block: new records only
            writer.add_values_many(block)
            done += len(block)
            continue
        for op in block:
            if op[0] == "add":
                writer.add_values(op[1])
            else:
                writer.update(op[1], op[2])
        done += len(block)
