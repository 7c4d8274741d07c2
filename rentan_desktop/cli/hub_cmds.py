"""`rentan hub ...`: the province hub on PostgreSQL (set up, cities, reports)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rentan_desktop.cli.hub_common import DSN_ENV
from rentan_desktop.cli.hub_common import connect as _connect
from rentan_desktop.cli.hub_sync_cmds import add_home, open_keys
from rentan_desktop.cli.hub_sync_cmds import register as register_sync
from rentan_desktop.context import AppContext
from rentan_desktop.domain.dates import format_date
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    hub = commands.add_parser("hub", help="the province hub on PostgreSQL: set up, import city bundles, report")
    sub = hub.add_subparsers(dest="hub_command", metavar="HUB_COMMAND", required=True)

    def with_dsn(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--dsn", help=f"PostgreSQL connection string (default: {DSN_ENV})")
        return p

    init = with_dsn(sub.add_parser("init", help="create or upgrade the hub's schema and its read-only role"))
    init.add_argument("--province", help="the province's name, printed on reports")
    init.add_argument("--reader", default="rentan_reader", help="name of the read-only role (default: %(default)s)")
    init.add_argument("--reader-password", help="make the read-only role a login role with this password")
    add_home(init)
    init.set_defaults(handler=run_init)

    cities = with_dsn(sub.add_parser("cities", help="list the cities that feed the hub"))
    cities.set_defaults(handler=run_cities)

    report = with_dsn(sub.add_parser("report", help="build a province report as .xlsx, PDF or CSV"))
    report.add_argument("name", nargs="?", help="report name (see --list)")
    report.add_argument("--list", action="store_true", help="list the province reports")
    report.add_argument("--pemda", help="one city's name instead of the whole province")
    report.add_argument("--month", help="the 'as of' month, YYYY-MM (default: this month)")
    report.add_argument("--from", dest="from_month", help="first month of the period, YYYY-MM")
    report.add_argument("--to", dest="to_month", help="last month of the period, YYYY-MM")
    report.add_argument("--stale-days", type=int, default=45, help="freshness: late after this many days")
    report.add_argument("--out", help="file to write (.xlsx, .pdf or .csv)")
    report.set_defaults(handler=run_report)
    register_sync(sub, with_dsn)


def run_init(args: argparse.Namespace, ctx: AppContext) -> int:
    import json

    from rentan_desktop.hub import database, rates, roles

    with _connect(args) as conn:
        ran = database.migrate(conn)
        with conn.transaction():
            rates.seed_default(conn)
            if args.province:
                conn.execute("INSERT INTO hub.settings (key, value) VALUES ('province', %s) ON CONFLICT (key) "
                             "DO UPDATE SET value = excluded.value", [json.dumps(args.province)])
            roles.create_reader(conn, args.reader, args.reader_password)
        print(translate("hub", "Hub schema version {version} ({steps} new steps); read-only role '{role}'.").format(
            version=database.schema_version(conn), steps=len(ran), role=args.reader))
    from rentan_desktop.sync import keys

    home, ks = open_keys(args, args.province, create=True)
    print(translate("hub", "The hub's keys are in {folder}; fingerprint {fp}").format(
        folder=home, fp=keys.newest_public(ks).fingerprint))
    return 0


def run_cities(args: argparse.Namespace, ctx: AppContext) -> int:
    with _connect(args) as conn:
        rows = conn.execute(
            "SELECT p.name, count(DISTINCT o.id), max(i.created_at), max(i.seq) FROM hub.pemda p "
            "LEFT JOIN hub.opds o ON o.pemda_id = p.id LEFT JOIN hub.hub_imports i ON i.pemda_id = p.id "
            "GROUP BY p.id, p.name ORDER BY p.name").fetchall()
    if not rows:
        print(translate("hub", "No city has sent a bundle yet."))
    for name, opds, made, seq in rows:
        print(translate("hub", "{name}: {opds} OPD, last bundle {seq} made {made}").format(
            name=name, opds=opds, seq=seq or "-", made=format_date(made[:10]) if made else "-"))
    return 0


def run_report(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.cli.report_cmds import _month
    from rentan_desktop.hub import reports as hub_reports
    from rentan_desktop.reports.params import ReportParams

    if args.list or not args.name:
        for key, (title, _builder, _period) in hub_reports.PROVINCE_REPORTS.items():
            print(f"{key:<14} {title()}")
        return 0
    if not args.out:
        raise UserError(translate("hub", "Give the file to write with --out FILE."))
    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "pdf", "csv"):
        raise UserError(translate("hub", "The report file must end in .xlsx, .pdf or .csv."))
    params = ReportParams(month=_month(args.month, "--month"), from_month=_month(args.from_month, "--from"),
                          to_month=_month(args.to_month, "--to"), stale_days=args.stale_days)
    with _connect(args) as conn:
        pemda_id = None
        if args.pemda:
            row = conn.execute("SELECT id FROM hub.pemda WHERE lower(name) = lower(%s)", [args.pemda]).fetchone()
            if row is None:
                raise UserError(translate("hub", "No city named '{name}' in the hub (see 'rentan hub cities').")
                                .format(name=args.pemda))
            pemda_id = row[0]
        report = hub_reports.build(conn, args.name, params, pemda_id)
        if fmt == "xlsx":
            from rentan_desktop.reports.xlsx import write_xlsx

            write_xlsx(report, out)
        elif fmt == "pdf":
            from rentan_desktop.hub.reportdb import ReportDb
            from rentan_desktop.reports.pdf import write_pdf

            write_pdf(report, out, ReportDb(conn, pemda_id))
        else:
            from rentan_desktop.reports.csv_export import write_csv

            write_csv(report, out)
    print(translate("hub", "Report written to {path}").format(path=out))
    return 0
