"""A report table as CSV (raw values, UTF-8 with BOM so Excel reads accents) or as TSV text
for the clipboard (display values, tab-separated: pastes into any spreadsheet)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from rentan_desktop.reports.model import Report, Table, display


def _raw(value) -> object:
    return "" if value is None else value


def write_csv_table(table: Table, out: Path | str) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([c.title for c in table.columns])
        writer.writerows([_raw(v) for v in row] for row in table.rows)
        if table.totals is not None:
            writer.writerow([_raw(v) for v in table.totals])
    return out


def write_csv(report: Report, out: Path | str, table_key: str | None = None) -> list[Path]:
    """One table to `out`; without `table_key` a one-table report goes to `out` and a report of
    several tables to `<out stem>-<table key>.csv` beside it, one file each."""
    out = Path(out)
    if table_key is not None:
        return [write_csv_table(report.table(table_key), out)]
    if len(report.tables) == 1:
        return [write_csv_table(report.tables[0], out)]
    return [write_csv_table(t, out.with_name(f"{out.stem}-{t.key}{out.suffix or '.csv'}")) for t in report.tables]


def tsv(table: Table, rows: list[int] | None = None) -> str:
    """Header and rows (all, or the given indexes) as tab-separated text with display values.

    Numbers keep no thousands separators so that the spreadsheet reads them as numbers.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\n")
    writer.writerow([c.title for c in table.columns])
    chosen = table.rows if rows is None else [table.rows[i] for i in rows]
    lines = list(chosen) + ([table.totals] if table.totals is not None and rows is None else [])
    for row in lines:
        writer.writerow([_paste(c.kind, v) for c, v in zip(table.columns, row, strict=True)])
    return buf.getvalue()


def _paste(kind: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, str) and kind not in ("month", "date"):
        return value
    if kind in ("int", "money"):
        return str(int(value))
    if kind in ("pct", "float"):
        return f"{float(value):g}"
    return display(kind, value) if kind == "month" else str(value)
