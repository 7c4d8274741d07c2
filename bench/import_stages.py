"""Where the workers import's check spends its time: CPU seconds per stage and per validator.

    nice .venv/bin/python bench/import_stages.py FILE.xlsx [--install DIR] [--row-by-row]

Runs the wizard's check (run_import dry_run=True, keep_checked=True) once on a copy of an
install (default: a fresh empty OPD install) with a timer around each stage of the row
pipeline, then the import that follows, and prints a table: reading the sheet, recognising
data rows, turning cells into values (row_data), each validator, duplicate detection, the
outcome report, keeping the checked rows for the import, and the rest (the importer's own
loop). Timers cost about 0.3 µs per call; the total is measured without them too.
The rows the column-wise shortcut vouches for (roster.column_check) skip the row-by-row stages:
its own two stages are timed too; --row-by-row turns it off, to compare.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

spent: dict[str, float] = {}
clock = time.process_time


def timed(name: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + clock() - t
    return wrapper


def timed_rows(name: str, rows_fn):
    def wrapper(self, *args, **kwargs):
        source = rows_fn(self, *args, **kwargs)
        while True:
            t = clock()
            try:
                item = next(source)
            except StopIteration:
                spent[name] = spent.get(name, 0.0) + clock() - t
                return
            spent[name] = spent.get(name, 0.0) + clock() - t
            yield item
    return wrapper


def instrument() -> None:
    """Wrap each stage (indented names are parts of the stage printed after them)."""
    from rentan_desktop.roster import (
        checked,
        column_check,
        import_report,
        importer,
        readiness,
        rows,
        sheet_read,
        validate,
    )

    sheet_read.Sheet.rows = timed_rows("reading the sheet (calamine, merges)", sheet_read.Sheet.rows)
    rows.plainly_a_person = timed("recognising data rows", rows.plainly_a_person)
    rows.merged_group_line = timed("recognising data rows", rows.merged_group_line)
    rows.classify = timed("recognising data rows", rows.classify)
    importer.worker_data = timed("cells to values (row_data.worker_data)", importer.worker_data)
    importer.validate_worker = timed("validation (validate_worker)", importer.validate_worker)
    for name in ("_clean_texts", "_check_texts", "_worker_nik", "_typed_date", "_phone", "_declared_income",
                 "_start_month", "_relationships", "_rt_rw", "_registry_limits", "_look_alikes"):
        setattr(validate, name, timed(f"  {name}", getattr(validate, name)))
    readiness.missing_fields = timed("readiness (missing BPJS fields)", readiness.missing_fields)
    importer._Run.duplicate = timed("duplicate NIK in the file", importer._Run.duplicate)
    import_report.ImportReport.add = timed("report of each row", import_report.ImportReport.add)
    checked.Plan.add = timed("keeping the checked row for the import", checked.Plan.add)
    column_check.PlainWorkers.rows = timed("column check of each block (column_check)", column_check.PlainWorkers.rows)
    importer._Run.plain_block = timed("plain blocks kept and counted at once", importer._Run.plain_block)
    checked.Plan.seal = timed("  of which pickling kept rows (Plan.seal)", checked.Plan.seal)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--install", type=Path, help="an OPD install to copy (default: a new empty one)")
    parser.add_argument("--row-by-row", action="store_true", help="without the column-wise shortcut")
    args = parser.parse_args()
    os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")
    work = Path(tempfile.mkdtemp(prefix="rentan-import-stages-"))
    try:
        if args.install:
            shutil.copytree(args.install, work / "install")
        else:
            from bench_import import install
            install(work / "install")
        from rentan_desktop.context import AppContext
        from rentan_desktop.roster import importer

        ctx = AppContext.open(str(work / "install"))
        importer.COLUMN_CHECK = not args.row_by_row
        db = ctx.db
        pv = importer.preview(args.file, "workers")
        options = dict(operator="Bench", mapping=dict(pv.mapping), header_row=pv.header_row)
        t = clock()  # once without timers: the true total (and the one-time imports and caches warmed)
        plain = importer.run_import(db, pv.path, "workers", dry_run=True, **options)
        untimed = clock() - t
        instrument()
        t = clock()
        importer.run_import(db, pv.path, "workers", dry_run=True, keep_checked=True, **options)
        total = clock() - t
        t = clock()
        done = importer.run_import(db, pv.path, "workers", **options)
        stored = clock() - t
        ctx.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = plain.new + plain.skipped
    print(f"check of {rows:,} rows: {untimed:.2f} s CPU without timers, {total:.2f} s with them "
          f"({untimed / max(rows, 1) * 1e6:.0f} µs a row); import of the {done.new:,} checked rows {stored:.2f} s")
    print(f"{'stage (CPU seconds, timed run)':46} {'s':>7} {'share':>6} {'µs/row':>7}")
    top = sum(v for k, v in spent.items() if not k.startswith("  "))
    for name, seconds in list(spent.items()) + [("the importer's own loop (the rest)", total - top)]:
        print(f"{name:46} {seconds:7.2f} {seconds / total:6.1%} {seconds / max(rows, 1) * 1e6:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
