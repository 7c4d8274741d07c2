"""`rentan report NAME ... --format xlsx|pdf|csv --out FILE` and `rentan report --list`."""

from __future__ import annotations

import argparse
from pathlib import Path

from rentan_desktop.context import AppContext
from rentan_desktop.domain.months import parse_month
from rentan_desktop.domain.vocab import WORKER_STATUSES
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store.site import opd_id_by_code


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("report", help="build a report and save it as .xlsx, PDF or CSV")
    p.add_argument("name", nargs="?", help="report name (see --list)")
    p.add_argument("--list", action="store_true", help="list the reports this install offers")
    p.add_argument("--month", help="the 'as of' month, YYYY-MM (default: this month)")
    p.add_argument("--from", dest="from_month", help="first month of the period, YYYY-MM")
    p.add_argument("--to", dest="to_month", help="last month of the period, YYYY-MM")
    p.add_argument("--opd", help="OPD code (Disnaker; default: every OPD)")
    p.add_argument("--status", action="append", choices=WORKER_STATUSES,
                   help="worker status counted in distributions (repeatable)")
    p.add_argument("--stale-days", type=int, default=30, help="data freshness: late after this many days")
    p.add_argument("--format", choices=["xlsx", "pdf", "csv"], help="default: from the --out extension")
    p.add_argument("--table", help="CSV: only this table (by key); otherwise one file per table")
    p.add_argument("--out", help="file to write")
    p.set_defaults(handler=run_report)


def _month(value: str | None, flag: str) -> str:
    if not value:
        return ""
    try:
        return parse_month(value)
    except ValueError:
        raise UserError(translate("reports", "{flag}: '{value}' is not a month (use YYYY-MM).").format(
            flag=flag, value=value)) from None


def _format(args: argparse.Namespace) -> tuple[Path, str]:
    if not args.out:
        raise UserError(translate("reports", "Give the file to write with --out FILE."))
    out = Path(args.out)
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "pdf", "csv"):
        raise UserError(translate("reports", "Choose --format xlsx, pdf or csv."))
    return out, fmt


def _opd_filter(ctx: AppContext, is_disnaker: bool, code: str | None) -> int | None:
    if not code:
        return None
    if not is_disnaker:
        raise UserError(translate("reports", "--opd is for a Disnaker install; an OPD reports on itself."))
    opd_id = opd_id_by_code(ctx.db, code)
    if opd_id is None:
        raise UserError(translate("reports", "No OPD has the code {code}.").format(code=code))
    return opd_id


def _write(report, fmt: str, out: Path, table: str | None, ctx: AppContext) -> list[Path]:
    if fmt == "xlsx":
        from rentan_desktop.reports.xlsx import write_xlsx

        return [write_xlsx(report, out)]
    if fmt == "pdf":
        from rentan_desktop.reports.pdf import write_pdf

        return [write_pdf(report, out, ctx.db)]
    from rentan_desktop.reports.csv_export import write_csv

    if table and table not in [t.key for t in report.tables]:
        raise UserError(translate("reports", "This report has no table '{key}'; it has: {keys}.").format(
            key=table, keys=", ".join(t.key for t in report.tables)))
    return write_csv(report, out, table)


def run_report(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.reports.params import ReportParams
    from rentan_desktop.reports.registry import REPORTS, build, reports_for

    site = ctx.require_site()
    if args.list or not args.name:
        for spec in reports_for(site.role):
            print(f"{spec.key:<12} {spec.title}")
        return 0
    if args.name not in REPORTS or site.role not in REPORTS[args.name].roles:
        raise UserError(translate("reports", "Unknown report: {name} (see 'rentan report --list').").format(
            name=args.name))
    out, fmt = _format(args)
    opd_id = _opd_filter(ctx, site.is_disnaker, args.opd)
    params = ReportParams(month=_month(args.month, "--month"), from_month=_month(args.from_month, "--from"),
                          to_month=_month(args.to_month, "--to"), opd_id=opd_id,
                          statuses=tuple(args.status or ()), stale_days=args.stale_days)
    report = build(ctx.db, args.name, params)
    for path in _write(report, fmt, out, args.table, ctx):
        print(path)
    return 0
