"""What the GUI does to single records, from a terminal: edit or end a worker or sponsor
(`rentan roster edit-worker|end-worker|edit-sponsor|end-sponsor`) and decide a duplicate NIK
(`rentan duplicates list|decide`, Disnaker). Each goes through the same core service as the GUI.
"""

from __future__ import annotations

import argparse

from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster import record_edit
from rentan_desktop.roster.columns import SPONSORS, WORKERS


def register(commands: argparse._SubParsersAction) -> None:
    dup = commands.add_parser("duplicates", help="Disnaker: NIKs sponsored by two or more OPDs, and decisions")
    sub = dup.add_subparsers(dest="dup_command", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="every open (or --all) case: NIK, OPD, worker record ID, name, status")
    p.add_argument("--all", action="store_true", help="decided cases too")
    p.set_defaults(handler=run_duplicates_list)
    p = sub.add_parser("decide", help="record which sponsorship stands for a NIK (the others are withdrawn or "
                                      "must correct the NIK)")
    p.add_argument("nik")
    p.add_argument("--stands", required=True, metavar="OPD_CODE_OR_RECORD_ID",
                   help="the OPD code (or worker record ID) whose sponsorship stands")
    p.add_argument("--correct-nik", action="append", default=[], metavar="OPD_CODE_OR_RECORD_ID",
                   help="a record whose NIK is wrong and must be corrected (the others are withdrawn)")
    p.add_argument("--note", required=True, help="why (it goes to the OPDs)")
    p.set_defaults(handler=run_duplicates_decide)


def run_verb(args: argparse.Namespace, ctx: AppContext) -> int:
    """`rentan roster edit-worker NIK --set F=V`, `end-worker NIK --on D --reason R` and the sponsor pair."""
    ctx.require_site()
    if not args.key:
        raise UserError(translate("cli", "Give the worker's NIK or the sponsor's NIP after {verb}.").format(
            verb=args.what))
    kind = SPONSORS if args.what.endswith("sponsor") else WORKERS
    if args.what.startswith("edit"):
        assignments = record_edit.parse_assignments(args.set, kind)
        result = record_edit.edit(ctx.db, ctx.operator, kind, args.key, assignments)
        print(translate("cli", "Saved: {fields}.").format(fields=", ".join(assignments)))
        for warning in result.warnings:
            print(translate("cli", "warning: {text}").format(text=warning.message))
        return 0
    if not args.on or not (args.reason or "").strip():
        raise UserError(translate("cli", "Give the end date with --on 29/11/2026 and the reason with --reason."))
    name = record_edit.end(ctx.db, ctx.operator, kind, args.key, args.on, args.reason)
    print(translate("cli", "Ended: {name}.").format(name=name))
    return 0


def _disnaker(ctx: AppContext) -> None:
    if not ctx.require_site().is_disnaker:
        raise UserError(translate("cli", "Only a Disnaker install can do this."))


def run_duplicates_list(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.disnaker import duplicates
    from rentan_desktop.maintenance.logs import mask_text

    _disnaker(ctx)
    cases = duplicates.find_cases(ctx.db, "all" if args.all else "open")
    for case in cases:
        state = translate("cli", "decided") if case.decided else translate("cli", "open")
        print(f"{mask_text(case.nik)} ({state})")
        for side in case.sides:
            outcome = duplicates.outcome_label(side.outcome) if side.outcome else ""
            print(f"  {side.opd_code}\t{side.worker_uid}\t{side.name}\t{side.status}\t{outcome}")
    print(translate("cli", "{n} cases.").format(n=len(cases)))
    return 0


def _side_of(case, ref: str) -> str:
    found = [s.worker_uid for s in case.sides if ref in (s.worker_uid, s.opd_code)]
    if len(found) != 1:
        raise UserError(translate(
            "cli", "'{ref}' names no single record of this case; use an OPD code or a record ID from "
                   "`rentan duplicates list`.").format(ref=ref))
    return found[0]


def run_duplicates_decide(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.disnaker import duplicates
    from rentan_desktop.domain.digits import strip_separators

    _disnaker(ctx)
    nik = strip_separators(args.nik)
    case = duplicates.get_case(ctx.db, nik)
    if case is None:
        raise UserError(translate("cli", "There is no duplicate case for this NIK."))
    outcomes = {s.worker_uid: "withdraw" for s in case.sides}
    for ref in args.correct_nik:
        outcomes[_side_of(case, ref)] = "correct_nik"
    outcomes[_side_of(case, args.stands)] = "stands"
    duplicates.decide(ctx.db, ctx.operator, nik, outcomes, args.note)
    print(translate("cli", "Decision recorded; it reaches the OPDs with the next bundles."))
    return 0
