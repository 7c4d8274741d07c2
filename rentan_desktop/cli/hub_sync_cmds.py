"""`rentan hub keys|trust|import|ack`: the hub's side of the province sync (city bundles in,
acknowledgements out), through the same sync core as OPD -> Disnaker (rentan_desktop/hub/intake.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate


def add_home(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--home", help="folder of the hub's keys (default: RENTAN_HUB_HOME or ~/.rentan-hub)")
    p.add_argument("--passphrase-file", help="file holding the passphrase of the hub's secret keys "
                                             "(default: RENTAN_PASSPHRASE, or asked)")
    return p


def register(sub: argparse._SubParsersAction, with_dsn) -> None:
    keys = add_home(sub.add_parser("keys", help="the hub's fingerprint and the cities' keys; write the province "
                                                "key file for the cities"))
    keys.add_argument("--out", metavar="DIR", help="write rentan-province-key.json here (for the cities)")
    keys.set_defaults(handler=run_keys)

    trust = add_home(sub.add_parser("trust", help="read a city's key file and trust it after comparing the "
                                                  "fingerprint with the city's letter"))
    trust.add_argument("file", type=Path, help="rentan-city-key.json written by the city's Disnaker install")
    trust.add_argument("--fingerprint", help="the fingerprint printed on the city's letter")
    trust.set_defaults(handler=run_trust)

    revoke = add_home(sub.add_parser("revoke", help="refuse every future bundle signed by a city's key (and the "
                                                    "keys it announced)"))
    revoke.add_argument("key", help="key id, fingerprint or the city's peer name (see 'rentan hub keys')")
    revoke.add_argument("--since", help="keys it announced before this date (29/11/2026) stay trusted")
    revoke.add_argument("--reason", default="")
    revoke.add_argument("--yes", action="store_true", help="revoke without asking")
    revoke.set_defaults(handler=run_revoke)

    imp = add_home(with_dsn(sub.add_parser("import", help="check a city's bundle(s) and write them to the hub")))
    imp.add_argument("path", type=Path, help="a .rentan.tar bundle, or a folder of them")
    imp.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    imp.add_argument("--ack-out", metavar="DIR", help="then write the acknowledgement for each city here")
    imp.set_defaults(handler=run_import)

    ack = add_home(sub.add_parser("ack", help="write an acknowledgement bundle for every trusted city"))
    ack.add_argument("--out", metavar="DIR", required=True)
    ack.set_defaults(handler=run_ack)


def _passphrase(args: argparse.Namespace) -> str | None:
    from rentan_desktop.cli.sync_cmds import passphrase_from

    return passphrase_from(args, translate("cli", "Key passphrase: "))


def open_keys(args: argparse.Namespace, province: str | None = None, create: bool = False):
    from rentan_desktop.cli.hub_common import use_language
    from rentan_desktop.hub import keystore

    use_language()
    home = keystore.home(getattr(args, "home", None))
    return home, keystore.open_keystore(home, province, _passphrase(args) if create else None, create)


def run_keys(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import keys, provisioning, registry

    home, ks = open_keys(args)
    own = keys.newest_public(ks)
    print(translate("hub", "The hub: key {key_id}, fingerprint {fp}").format(key_id=own.key_id, fp=own.fingerprint))
    for peer in registry.all_peers(ks):
        print(f"{peer.name:<28} {peer.key_id} {peer.fingerprint}  {registry.status_label(peer.status)}")
    if args.out:
        print(provisioning.write_province_key(ks, home, Path(args.out), _passphrase(args)))
    return 0


def run_trust(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.sync import provisioning, registry

    _home, ks = open_keys(args)
    peer = provisioning.receive_key_file(ks, args.file)
    print(translate("hub", "Key of {city}: fingerprint {fp}").format(city=peer.name, fp=peer.fingerprint))
    from rentan_desktop.cli.sync_cmds import confirm_fingerprint

    confirm_fingerprint(peer.fingerprint, args.fingerprint)
    registry.trust(ks, peer.key_id, "hub")
    print(translate("cli", "Trusted."))
    return 0


def run_revoke(args: argparse.Namespace, ctx: AppContext) -> int:
    """As `rentan keys revoke` at an install: the exact list first, then 'ya'/'yes' or --yes."""
    from rentan_desktop.cli.sync_cmds import revoke_with_confirmation

    _home, ks = open_keys(args)
    return revoke_with_confirmation(args, ks, "hub")


def _bundles(path: Path) -> list[Path]:
    from rentan_desktop.sync.bundle import SUFFIX

    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.name.endswith(SUFFIX))
        if not found:
            raise UserError(translate("hub", "No bundles (*.rentan.tar) in {folder}.").format(folder=path))
        return found
    if not path.exists():
        raise UserError(translate("hub", "{file} does not exist.").format(file=path))
    return [path]


def run_import(args: argparse.Namespace, ctx: AppContext) -> int:
    from rentan_desktop.cli.hub_common import connect as _connect
    from rentan_desktop.hub import intake
    from rentan_desktop.sync.bundle import BundleRefused

    home, ks = open_keys(args)
    passphrase = _passphrase(args)
    refused = 0
    identities = intake.unlock_once(ks, home, passphrase)  # once for the folder, when a bundle needs them
    with _connect(args) as conn:
        for path in _bundles(args.path):
            try:
                result = intake.import_bundle(conn, ks, home, path, passphrase=passphrase, dry_run=args.dry_run,
                                              identities=identities)
            except BundleRefused as exc:  # one refused bundle does not stop the others in the folder
                print(str(exc), file=sys.stderr)
                refused += 1
                continue
            print(result.text())
            if result.status == "nothing":
                print(translate("hub", "Already imported: nothing changed."))
            elif result.status == "preview":
                print(translate("cli", "Dry run: nothing was changed."))
    if args.ack_out and not args.dry_run:
        _write_acks(ks, home, Path(args.ack_out), passphrase)
    return 1 if refused else 0


def _write_acks(ks, home: Path, out: Path, passphrase: str | None) -> None:
    from rentan_desktop.sync import export, registry

    peers = sorted({p.peer for p in registry.all_peers(ks) if p.status == "trusted"})
    for peer in peers:
        if not registry.link(ks, peer)["in_seq"]:
            continue  # nothing received from this city yet
        written = export.write_bundle(ks, home, out, peer=peer, passphrase=passphrase)
        export.record_sent(ks, written, "hub")
        print(written.path)


def run_ack(args: argparse.Namespace, ctx: AppContext) -> int:
    home, ks = open_keys(args)
    _write_acks(ks, home, Path(args.out), _passphrase(args))
    return 0
