"""`rentan pay ...`: record contributions, prepay, reverse, arrears, deduction lists."""

from __future__ import annotations

import argparse

from rentan_desktop.context import AppContext
from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import month_label, parse_month
from rentan_desktop.domain.vocab import PAYMENT_METHODS
from rentan_desktop.i18n import language, translate


def _month(text: str) -> str:
    try:
        return parse_month(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month: {text!r} (use 2026-11)") from None


def register(commands: argparse._SubParsersAction) -> None:
    pay = commands.add_parser("pay", help="contributions: record, prepay, reverse, arrears, deduction list")
    sub = pay.add_subparsers(dest="pay_command", metavar="ACTION", required=True)

    p = sub.add_parser("record", help="record a month: every eligible worker (bulk) or one worker")
    p.add_argument("--month", type=_month, required=True)
    p.add_argument("--method", choices=PAYMENT_METHODS, default="tpp")
    p.add_argument("--sponsor", action="append", metavar="NIP", help="only this sponsor's workers (repeatable)")
    p.add_argument("--worker", metavar="NIK", help="one worker instead of a bulk run")
    p.add_argument("--reference")
    p.add_argument("--date", help="payment date (default today)")
    p.set_defaults(handler=run_record)

    p = sub.add_parser("prepay", help="pay 1, 3, 6 or 12 months ahead for one worker")
    p.add_argument("--worker", metavar="NIK", required=True)
    p.add_argument("--months", type=int, required=True, help="1, 3, 6 or 12 (Disnaker's rule)")
    p.add_argument("--method", choices=PAYMENT_METHODS, required=True)
    p.add_argument("--start", type=_month, help="first month (default: the first unpaid month from now)")
    p.add_argument("--reference")
    p.add_argument("--date", help="payment date (default today)")
    p.set_defaults(handler=run_prepay)

    p = sub.add_parser("reverse", help="cancel a payment by a reversing entry with a reason")
    p.add_argument("--payment", metavar="UID", help="the payment's uid")
    p.add_argument("--worker", metavar="NIK")
    p.add_argument("--month", type=_month)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=run_reverse)

    p = sub.add_parser("arrears", help="workers with unpaid months (applies lapses first)")
    p.add_argument("--month", type=_month, help="as of this month (default: this month; a month not yet due is not owed)")
    p.add_argument("--no-refresh", action="store_true", help="do not apply lapses before listing")
    p.set_defaults(handler=run_arrears, refreshes_itself=True)

    p = sub.add_parser("reregister", help="register a lapsed worker again")
    p.add_argument("--worker", metavar="NIK", required=True)
    p.add_argument("--start", type=_month, help="new first month covered (default: this month)")
    p.set_defaults(handler=run_reregister)

    p = sub.add_parser("deductions", help="write the payroll deduction list of a month to .xlsx")
    p.add_argument("--month", type=_month, required=True)
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.add_argument("--sponsor", action="append", metavar="NIP")
    p.set_defaults(handler=run_deductions)


def _sponsor_uids(ctx: AppContext, nips: list[str] | None) -> list[str] | None:
    if not nips:
        return None
    uids = []
    for raw in nips:
        nip = "".join(ch for ch in raw if ch.isdigit())
        rows = ctx.db.execute("SELECT uid FROM sponsors WHERE nip = ?", [nip]).fetchall()
        if not rows:
            raise ValidationError([Issue("sponsor", translate("cli", "No sponsor has NIP {nip}.").format(nip=raw))])
        uids += [r[0] for r in rows]
    return uids


def run_record(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.payments import service

    ctx.require_site()
    if args.worker:
        uids = service.pay_in_order(ctx.db, ctx.operator, service.worker_by_nik(ctx.db, args.worker),
                                     [args.month], args.method, args.reference, args.date)
        print(translate("cli", "Recorded {count} payment(s).").format(count=len(uids)))
        return 0
    result = service.record_month(ctx.db, ctx.operator, args.month, args.method,
                                  _sponsor_uids(ctx, args.sponsor), args.reference, args.date)
    print(translate("cli", "{month}: recorded {count} contributions, total {total}; {already} were already "
                           "paid.").format(month=_shown(result.month), count=result.count, total=rupiah(result.total),
                                           already=result.already_paid))
    if result.held_back:
        print(translate("cli", "{count} workers were left out because an earlier month is still unpaid:").format(
            count=len(result.held_back)))
        for line in result.held_back_lines():
            print("  " + line)
    return 0


def run_prepay(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.payments import service

    ctx.require_site()
    uid = service.worker_by_nik(ctx.db, args.worker)
    payments = service.prepay(ctx.db, ctx.operator, uid, args.months, args.method, args.reference, args.date,
                              start=args.start)
    months = sorted(ctx.db.execute("SELECT month FROM payments WHERE uid = ?", [uid]).fetchone()[0]
                    for uid in payments)
    print(translate("cli", "Paid {count} months: {first} to {last}.").format(
        count=len(months), first=_shown(months[0]), last=_shown(months[-1])))
    return 0


def run_reverse(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.payments import service

    ctx.require_site()
    if args.payment:
        payment = args.payment
    elif args.worker and args.month:
        payment = service.live_payment_uid(ctx.db, service.worker_by_nik(ctx.db, args.worker), args.month)
    else:
        raise ValidationError([Issue("payment", translate("cli", "Give --payment UID, or --worker NIK and "
                                                                 "--month M."))])
    uid = service.reverse_payment(ctx.db, ctx.operator, payment, args.reason)
    print(translate("cli", "Reversed; correction entry {uid}.").format(uid=uid))
    return 0


def run_arrears(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.domain.months import current_month
    from rentan_desktop.payments import status
    from rentan_desktop.payments.rules import rules_for

    ctx.require_site()
    if not args.no_refresh:
        lapsed = status.refresh_statuses(ctx.db, ctx.operator)
        if lapsed:
            print(translate("cli", "{count} memberships lapsed (more than {n} unpaid months).").format(
                count=len(lapsed), n=rules_for(ctx.db).lapse_months))
    month = args.month or current_month()
    rows = status.arrears(ctx.db, month)
    labels = {"behind": translate("cli", "behind"), "at_risk": translate("cli", "at risk"),
              "lapsed": translate("cli", "lapsed")}
    for row in rows:
        print(f"{row.nik}\t{row.name}\t{row.count}\t{rupiah(row.amount)}\t{labels[row.state]}\t"
              f"{row.sponsor_name or '-'}\t{_shown(row.unpaid_months[0])} - {_shown(row.unpaid_months[-1])}")
    owed = sum(r.amount for r in rows if r.state != "lapsed")
    print(translate("cli", "As of {month}: {count} workers behind, {risk} at risk, {lapsed} lapsed; "
                           "{owed} owed.").format(
        month=_shown(month), count=len(rows), risk=sum(r.state == "at_risk" for r in rows),
        lapsed=sum(r.state == "lapsed" for r in rows), owed=rupiah(owed)))
    return 0


def run_reregister(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.payments import service, status

    ctx.require_site()
    status.reregister(ctx.db, ctx.operator, service.worker_by_nik(ctx.db, args.worker), args.start)
    print(translate("cli", "Registered again as a draft; submit the registration to BPJS."))
    return 0


def run_deductions(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.payments.deductions import deduction_list, export_xlsx

    site = ctx.require_site()
    data = deduction_list(ctx.db, args.month, _sponsor_uids(ctx, args.sponsor))
    path = export_xlsx(data, args.out, pemda=site.pemda)
    print(translate("cli", "Deduction list {month}: {sponsors} sponsors, {workers} workers, {total} -> {path}")
          .format(month=_shown(args.month), sponsors=len(data.sponsors), workers=data.worker_count,
                  total=rupiah(data.grand_total), path=path))
    return 0


def _shown(month: str) -> str:
    """Months for people read 'Desember 2026' everywhere (domain.months.month_label)."""
    return month_label(month, language())
