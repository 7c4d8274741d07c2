"""`rentan print ...`: the printed documents from a terminal, as PDF files."""

from __future__ import annotations

import argparse
from pathlib import Path

from rentan_desktop.context import AppContext
from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.months import current_month, parse_month
from rentan_desktop.i18n import translate
from rentan_desktop.tasks import TaskState


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("print", help="print documents as PDF (forms, letters, lists, receipts)")
    sub = parser.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    p = sub.add_parser("forms", help="enrollment forms, one page per worker")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--worker", metavar="NIK", nargs="+", action="extend", help="workers by NIK")
    who.add_argument("--status", help="all workers with this status (draft, submitted, active, lapsed, ended)")
    who.add_argument("--sponsor", metavar="NIP", help="the workers of one sponsor")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=run_forms)

    p = sub.add_parser("statement", help="a sponsor's statement letter")
    p.add_argument("--sponsor", metavar="NIP", required=True)
    p.add_argument("--month", help="first month of the deduction (default: this month)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=run_statement)

    p = sub.add_parser("deductions", help="the payroll deduction list of a month")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=run_deductions)

    p = sub.add_parser("receipt", help="a payment receipt (kuitansi)")
    p.add_argument("--payment", metavar="UID", nargs="+", action="extend", help="payment uid(s)")
    p.add_argument("--worker", metavar="NIK", help="the worker whose payment of --month to print")
    p.add_argument("--month", help="YYYY-MM, with --worker")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=run_receipt)

    p = sub.add_parser("fingerprint", help="the key fingerprint letter of this install")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=run_fingerprint)


def _month(text: str | None, field: str = "month") -> str:
    try:
        return parse_month(text or "")
    except ValueError:
        raise ValidationError([Issue(field, translate("printing", "The month must look like 2026-11."))]) from None


def _done(ctx: AppContext, path: Path) -> int:
    from rentan_desktop.pdp import access_log

    access_log.record(ctx.db, ctx.operator, "print", Path(path).name)  # UU PDP: who printed personal data
    print(translate("printing", "Wrote {path}").format(path=path))
    return 0


def run_forms(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.printing import enrollment_form
    from rentan_desktop.printing.records import select_workers

    ctx.require_site()
    uids = select_workers(ctx.db, niks=args.worker or (), status=args.status, sponsor_nip=args.sponsor)
    return _done(ctx, enrollment_form.render(args.out, db=ctx.db, worker_uids=uids, state=TaskState()))


def run_statement(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.printing import statement_letter
    from rentan_desktop.printing.records import sponsor_by_nip

    ctx.require_site()
    sponsor = sponsor_by_nip(ctx.db, args.sponsor)
    month = _month(args.month) if args.month else current_month()
    return _done(ctx, statement_letter.render(args.out, db=ctx.db, sponsor_uids=[sponsor["uid"]], month=month))


def run_deductions(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.printing import deduction_list

    ctx.require_site()
    return _done(ctx, deduction_list.render(args.out, db=ctx.db, month=_month(args.month)))


def run_receipt(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.printing import receipt
    from rentan_desktop.printing.records import live_payment_uid

    ctx.require_site()
    if args.payment:
        uids = list(args.payment)
    elif args.worker and args.month:
        uids = [live_payment_uid(ctx.db, args.worker, _month(args.month))]
    else:
        raise ValidationError([Issue("payment", translate(
            "printing", "Give --payment UID, or --worker NIK with --month YYYY-MM."))])
    return _done(ctx, receipt.render(args.out, db=ctx.db, payment_uids=uids))


def run_fingerprint(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.printing import fingerprint_letter

    ctx.require_site()
    return _done(ctx, fingerprint_letter.render_own(args.out, db=ctx.db))
