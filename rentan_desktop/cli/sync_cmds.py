"""Bundles and keys from the terminal: export-bundle, import-bundle, keys, provision, restore."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    def passphrase_opt(p: argparse.ArgumentParser) -> None:
        p.add_argument("--passphrase-file", metavar="FILE",
                       help="read the key passphrase from FILE (else RENTAN_PASSPHRASE or a prompt)")

    p = commands.add_parser("export-bundle", help="write a signed, encrypted bundle for the other side")
    p.add_argument("--out", required=True, metavar="DIR", help="folder or drive to write to")
    p.add_argument("--opd", metavar="CODE", help="Disnaker: only this OPD (default: every trusted OPD)")
    p.add_argument("--full", action="store_true", help="send everything again, not only unacknowledged changes")
    p.add_argument("--province", action="store_true", help="Disnaker: the city's bundle(s) for the province hub")
    passphrase_opt(p)
    p.set_defaults(handler=run_export)

    p = commands.add_parser("import-bundle", help="check a bundle (or every bundle of a folder), show what it "
                                                  "changes, and apply it")
    p.add_argument("file", type=Path, help="a bundle, or a folder: its bundles in order, one backup for all")
    p.add_argument("--dry-run", action="store_true", help="only show the summary; change nothing")
    passphrase_opt(p)
    p.set_defaults(handler=run_import)

    p = commands.add_parser("keys", help="this install's keys and the keys it trusts")
    keys_cmds = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    k = keys_cmds.add_parser("show", help="own fingerprint and every known key")
    k.set_defaults(handler=run_keys_show)
    k = keys_cmds.add_parser("export", help="write the enrollment file (OPD; a key backup at Disnaker)")
    k.add_argument("--out", required=True, metavar="DIR")
    k.add_argument("--backup-to", metavar="DIR", type=Path,
                   help="also write the secret-key backup here: a folder that stays in the office, never the stick "
                        "handed to Disnaker")
    k.add_argument("--province", action="store_true", help="Disnaker: write the city's key file for the province "
                                                          "hub instead")
    passphrase_opt(k)
    k.set_defaults(handler=run_keys_export)
    k = keys_cmds.add_parser("trust", help="read a provisioning/enrollment file and trust its key")
    k.add_argument("file", type=Path)
    k.add_argument("--fingerprint", help="the fingerprint printed on the letter (else asked)")
    k.set_defaults(handler=run_keys_trust)
    k = keys_cmds.add_parser("revoke", help="refuse every future bundle signed by a key")
    k.add_argument("key", help="key id, fingerprint, or OPD code")
    k.add_argument("--reason", default="")
    k.add_argument("--since", metavar="DATE", help="also revoke the keys it announced on or after this date "
                                                   "(DD/MM/YYYY; default: every key it announced)")
    k.add_argument("--yes", action="store_true", help="revoke without asking (the list is still printed)")
    k.set_defaults(handler=run_keys_revoke)
    k = keys_cmds.add_parser("export-identity", help="write a plain age identity file that opens payloads with "
                                                      "'age -d -i FILE'")
    k.add_argument("--out", required=True, type=Path, metavar="FILE")
    k.add_argument("--from-backup", type=Path, metavar="BACKUP",
                   help="take the identities from a key backup ('keys export') instead of this install")
    k.add_argument("--protect", action="store_true",
                   help="protect the file with a new passphrase (RENTAN_NEW_PASSPHRASE or asked)")
    passphrase_opt(k)
    k.set_defaults(handler=run_keys_export_identity)
    k = keys_cmds.add_parser("rotate", help="make a new key pair, announced in the next bundle")
    passphrase_opt(k)
    k.set_defaults(handler=run_keys_rotate)
    k = keys_cmds.add_parser("passphrase", help="protect the secret keys with a new passphrase")
    passphrase_opt(k)
    k.set_defaults(handler=run_keys_passphrase)
    k = keys_cmds.add_parser("restore", help="put back a key backup written by 'keys export'")
    k.add_argument("file", type=Path)
    passphrase_opt(k)
    k.set_defaults(handler=run_keys_restore)
    k = keys_cmds.add_parser("escrow", help="Disnaker: also encrypt every OPD bundle to this age recipient")
    k.add_argument("recipient", help="age1...")
    k.add_argument("--label", default="escrow")
    k.set_defaults(handler=run_keys_escrow)

    p = commands.add_parser("provision", help="Disnaker: write the provisioning file for an OPD")
    p.add_argument("--opd-code", required=True)
    p.add_argument("--out", required=True, metavar="DIR")
    passphrase_opt(p)
    p.set_defaults(handler=run_provision)

    p = commands.add_parser("restore-bundle", help="Disnaker: write a full restore bundle for one OPD")
    p.add_argument("--opd-code", required=True)
    p.add_argument("--out", required=True, metavar="DIR")
    passphrase_opt(p)
    p.set_defaults(handler=run_restore_bundle)


def passphrase_from(args: argparse.Namespace, prompt: str | None = None) -> str | None:
    """--passphrase-file, else RENTAN_PASSPHRASE, else None (asked only when needed)."""
    name = getattr(args, "passphrase_file", None)
    if name:
        try:
            return Path(name).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UserError(translate("cli", "Cannot read the passphrase file {file}.").format(file=name)) from exc
    found = os.environ.get("RENTAN_PASSPHRASE")
    if found:
        return found
    if prompt and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def _ready(ctx: AppContext):
    """The install is set up and has its keys (an install made before sync existed gets them now)."""
    from rentan_desktop.sync.keys import create_keys

    site = ctx.require_site()
    create_keys(ctx.db, ctx.data_dir)
    return site


def _with_passphrase(args: argparse.Namespace, fn):
    """Run fn(passphrase); when the keys turn out locked, ask once on a terminal."""
    from rentan_desktop.sync.keys import PassphraseNeeded

    given = passphrase_from(args)
    try:
        return fn(given)
    except PassphraseNeeded:
        if given or not sys.stdin.isatty():
            raise
        return fn(getpass.getpass(translate("cli", "Key passphrase: ")))


def run_export(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import export

    _ready(ctx)

    if ctx.site.role == "opd":
        from rentan_desktop.sync import outgoing

        found = outgoing.refusals(ctx.db, full=args.full)
        if found:  # written all the same (a script cannot be asked), but the operator hears of it first
            print(outgoing.warning_text(found), file=sys.stderr)

    def go(passphrase):
        if args.province:
            from rentan_desktop.sync.province_export import export_to_province

            return export_to_province(ctx.db, ctx.data_dir, Path(args.out), operator=ctx.operator, full=args.full,
                                      passphrase=passphrase)
        if args.opd or ctx.site.role == "opd":
            return [export.export_bundle(ctx.db, ctx.data_dir, args.out, peer=args.opd, operator=ctx.operator,
                                         full=args.full, passphrase=passphrase)]
        return export.export_all(ctx.db, ctx.data_dir, args.out, operator=ctx.operator, passphrase=passphrase)

    for result in _with_passphrase(args, go):
        print(result.path)
    return 0


def run_import(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import importer

    _ready(ctx)
    if args.file.is_dir():
        return _import_folder(args, ctx)
    if args.dry_run:
        summary = _with_passphrase(args, lambda pw: importer.preview(ctx.db, ctx.data_dir, args.file, pw))
        print(summary.text())
        changes = summary.changes_text()
        if changes:
            print(translate("cli", "Field changes:"))
            print(changes)
        if summary.total("errors"):
            print(translate("cli", "This bundle would be refused: {count} rows cannot be applied.").format(
                count=summary.total("errors")))
        print(translate("cli", "Dry run: nothing was changed."))
        return 1 if summary.total("errors") else 0
    try:
        summary = _with_passphrase(args, lambda pw: importer.apply(ctx.db, ctx.data_dir, args.file, ctx.operator, pw))
    except importer.ImportBlocked as exc:
        print(exc.summary.text())
        raise
    print(summary.text())
    if summary.status == "applied":
        print(translate("cli", "Imported."))
    return 0


def _import_folder(args: argparse.Namespace, ctx: AppContext) -> int:
    """Every bundle of a folder in one command: each checked and applied in its own transaction,
    one backup before the first; a refused bundle is named and the others still apply."""
    from rentan_desktop.sync import importer

    bundles = importer.bundles_in(args.file)
    if not bundles:
        raise UserError(translate("cli", "No bundle (*.rentan.tar) in {folder}.").format(folder=args.file))
    if args.dry_run:
        refused = 0
        for path in bundles:
            try:
                summary = _with_passphrase(args, lambda pw, p=path: importer.preview(ctx.db, ctx.data_dir, p, pw))
            except UserError as exc:
                refused += 1
                print(translate("cli", "{file}: refused: {message}").format(file=path.name, message=exc))
                continue
            refused += bool(summary.total("errors"))
            print(summary.text())
        print(translate("cli", "Dry run: nothing was changed."))
        return 1 if refused else 0
    results = _with_passphrase(args, lambda pw: importer.apply_batch(ctx.db, ctx.data_dir, bundles, ctx.operator,
                                                                     pw))
    refused = 0
    for path, outcome in results:
        if isinstance(outcome, UserError):
            refused += 1
            print(translate("cli", "error: {file}: {message}").format(file=path.name, message=outcome),
                  file=sys.stderr)
        else:
            print(outcome.text())
    print(translate("cli", "Imported {done} of {count} bundles; {refused} refused.").format(
        done=len(results) - refused, count=len(results), refused=refused))
    return 2 if refused else 0


def run_keys_show(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import keys, registry

    _ready(ctx)
    own = keys.newest_public(ctx.db)
    print(translate("cli", "This install: key {key_id}, fingerprint {fp}").format(key_id=own.key_id,
                                                                                   fp=own.fingerprint))
    print(translate("cli", "Protection: {mode}").format(mode=keys.protection_label(keys.protection(ctx.db))))
    for peer in registry.all_peers(ctx.db):
        print(f"{peer.peer:<12} {peer.key_id} {peer.fingerprint}  {registry.status_label(peer.status)}")
    return 0


def run_keys_export(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import keys, provisioning

    site = _ready(ctx)

    def go(passphrase):
        if args.province:
            return [provisioning.write_city_enrollment(ctx.db, ctx.data_dir, Path(args.out), passphrase)]
        # The secret-key backup never goes where the enrollment file goes (the stick handed to Disnaker,
        # QA walk r5, 25): at an OPD only to --backup-to; at Disnaker --out is the backup's folder.
        backup_to = args.backup_to or (None if site.role == "opd" else Path(args.out))
        if site.role == "opd":  # before any file is written (QA walk r6, 10)
            from rentan_desktop.store import training

            training.refuse_enrollment(ctx.db)
        written = keys.export_backup(ctx.db, ctx.data_dir, backup_to, passphrase) if backup_to else []
        if site.role == "opd":
            written.insert(0, provisioning.write_enrollment(ctx.db, ctx.data_dir, Path(args.out), passphrase))
            provisioning.note_enrollment_written(ctx.db)  # the sync tab's checklist ticks, as after the GUI
        return written

    for path in _with_passphrase(args, go):
        if path.name.endswith("-secret-keys.age"):
            print(translate("cli", "{path} (the secret-key backup: keep it in the office, never hand it "
                                   "over)").format(path=path))
        else:
            print(path)
    return 0


def confirm_fingerprint(fingerprint: str, typed: str | None) -> None:
    """The fingerprint on the signed letter, given or typed, must match the key file's: else nothing is trusted."""
    if typed is None:
        if not sys.stdin.isatty():
            raise UserError(translate("cli", "Give --fingerprint as printed on the letter."))
        typed = input(translate("cli", "Type the fingerprint printed on the letter: "))
    if typed.replace(" ", "").upper() != fingerprint.replace(" ", ""):
        raise UserError(translate("cli", "The fingerprint does not match the letter: the key was NOT trusted."))


def run_keys_trust(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import provisioning, registry

    _ready(ctx)
    peer = provisioning.receive_key_file(ctx.db, args.file)
    print(translate("cli", "Key of {peer}: fingerprint {fp}").format(peer=peer.peer, fp=peer.fingerprint))
    confirm_fingerprint(peer.fingerprint, args.fingerprint)
    registry.trust(ctx.db, peer.key_id, ctx.operator)
    print(translate("cli", "Trusted."))
    return 0


def run_keys_revoke(args: argparse.Namespace, ctx: AppContext) -> int:
    _ready(ctx)
    return revoke_with_confirmation(args, ctx.db, ctx.operator)


def revoke_with_confirmation(args: argparse.Namespace, db, operator: str) -> int:
    """`keys revoke` at an install and `hub revoke` alike: the exact list of keys first, then
    'ya'/'yes' typed or --yes; nothing is revoked otherwise."""
    from rentan_desktop.sync import registry

    since = registry.parse_since(args.since) if args.since else None
    key = registry.find_key(db, args.key)
    plan = registry.revocation_plan(db, key.key_id, since)
    print(translate("cli", "This revokes {count} key(s):").format(count=len(plan)))
    for peer in plan:
        print("  " + registry.describe_key(peer))
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError(translate("cli", "Nothing was revoked: check the list and run again with --yes."))
        answer = input(translate("cli", "Revoke these keys? Type 'yes' to confirm: "))
        if answer.strip().lower() not in ("yes", "ya"):
            print(translate("cli", "Nothing was revoked."))
            return 1
    for peer in registry.revoke(db, key.key_id, operator, args.reason, since):
        print(translate("cli", "Revoked key {key_id} of {peer}.").format(key_id=peer.key_id, peer=peer.peer))
    return 0


def run_keys_export_identity(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import identity_file

    protect = None
    if args.protect:
        if not sys.stdin.isatty() and not os.environ.get("RENTAN_NEW_PASSPHRASE"):
            raise UserError(translate("cli", "Set RENTAN_NEW_PASSPHRASE or run this in a terminal."))
        protect = os.environ.get("RENTAN_NEW_PASSPHRASE") or getpass.getpass(translate("cli", "New passphrase: "))
    if args.from_backup:
        passphrase = passphrase_from(args, translate("cli", "Backup passphrase: "))
        if not passphrase:
            raise UserError(translate("cli", "Give the backup's passphrase."))
        path = identity_file.identity_from_backup(args.from_backup, passphrase, args.out, protect)
    else:
        _ready(ctx)
        path = _with_passphrase(args, lambda pw: identity_file.export_identity(ctx.db, ctx.data_dir, args.out, pw,
                                                                               protect))
    print(path)
    if protect is None:
        print(translate("cli", "This file opens every bundle sent to this install: keep it like the key backup "
                               "and delete it when done."))
    return 0


def run_keys_rotate(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import keys

    _ready(ctx)
    pub = _with_passphrase(args, lambda pw: keys.rotate(ctx.db, ctx.data_dir, pw))
    print(translate("cli", "New key {key_id}, fingerprint {fp}: it is announced in the next bundle.").format(
        key_id=pub.key_id, fp=pub.fingerprint))
    return 0


def run_keys_passphrase(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import keys

    _ready(ctx)
    old = passphrase_from(args) if keys.protection(ctx.db) != "none" else None
    if not sys.stdin.isatty() and not os.environ.get("RENTAN_NEW_PASSPHRASE"):
        raise UserError(translate("cli", "Set RENTAN_NEW_PASSPHRASE or run this in a terminal."))
    new = os.environ.get("RENTAN_NEW_PASSPHRASE") or getpass.getpass(translate("cli", "New passphrase: "))
    keys.set_passphrase(ctx.db, ctx.data_dir, new, old)
    print(translate("cli", "The secret keys are now protected by the passphrase."))
    return 0


def run_keys_restore(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import keys

    _ready(ctx)
    passphrase = passphrase_from(args, translate("cli", "Backup passphrase: "))
    if not passphrase:
        raise UserError(translate("cli", "Give the backup's passphrase."))
    pub = keys.restore_backup(ctx.db, ctx.data_dir, args.file, passphrase)
    print(translate("cli", "Keys restored: fingerprint {fp}").format(fp=pub.fingerprint))
    return 0


def run_keys_escrow(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import provisioning

    _ready(ctx)
    provisioning.add_escrow_recipient(ctx.db, args.recipient, args.label)
    print(translate("cli", "Escrow recipient added: OPD bundles are also encrypted to it once the OPDs receive it."))
    return 0


def run_provision(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync.provisioning import provision_opd

    _ready(ctx)
    path = _with_passphrase(args, lambda pw: provision_opd(ctx.db, ctx.data_dir, args.opd_code, Path(args.out), pw))
    print(path)
    return 0


def run_restore_bundle(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import export

    _ready(ctx)
    result = _with_passphrase(args, lambda pw: export.export_bundle(
        ctx.db, ctx.data_dir, Path(args.out), peer=args.opd_code, operator=ctx.operator, kind="restore",
        passphrase=pw))
    print(result.path)
    return 0
