"""The hub's own keys and the cities' keys it trusts: a small Rentan keystore folder.

Why a SQLite keystore beside the hub rather than tables in PostgreSQL: the verification,
trust, revocation, sequence and acknowledgement code of the sync (rentan_desktop/sync) works
on a Rentan store; giving the hub one (role `province`, no personal data: public keys, the
link per city and the import log) reuses that code as it is instead of a second
implementation over psycopg. The secret keys stay in `keys/secret-keys.age`, an age
passphrase file, as at every install, and never enter the database that analysts can read.

PostgreSQL stays the authority on what was applied: each import writes its rows and its
sequence, hash and change number (`hub.hub_imports`) in one PostgreSQL transaction, and the
keystore's link is brought up to that record before every check (`reconcile`), so a crash
between the two commits can never make the hub skip or double-count a city's bundle.
"""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
import sqlite_utils

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.session import Session
from rentan_desktop.store import db as store_db
from rentan_desktop.store import settings
from rentan_desktop.store.clock import new_uid, now_iso
from rentan_desktop.sync import keys, registry

HOME_ENV = "RENTAN_HUB_HOME"
FILE = "hub-keys.db"


def home(given: str | Path | None = None) -> Path:
    """The keystore folder: --home, else RENTAN_HUB_HOME, else ~/.rentan-hub."""
    return Path(given or os.environ.get(HOME_ENV) or Path.home() / ".rentan-hub")


def open_keystore(folder: Path, province: str | None = None, passphrase: str | None = None,
                  create: bool = False) -> sqlite_utils.Database:
    """Open the keystore in `folder`; with `create`, make it (and the hub's key pair) first."""
    folder = Path(folder)
    path = folder / FILE
    if not path.exists() and not create:
        raise UserError(translate("hub", "The hub has no keys in {folder} yet: run 'rentan hub init' with "
                                         "--home {folder} first.").format(folder=folder))
    folder.mkdir(parents=True, exist_ok=True)
    # A session of its own: the secret keys are unlocked once per process, not once per bundle.
    db = store_db.connect(path, session=Session())
    if settings.get(db, "role") is None:
        with db.atomic():
            for key, value in (("role", "province"), ("pemda", province or ""), ("operator", "hub"),
                               ("site_uid", new_uid()), ("created_at", now_iso())):
                settings.put(db, key, value)
    elif settings.get(db, "role") != "province":
        raise UserError(translate("hub", "{folder} holds a desktop install, not the hub's keys.").format(
            folder=folder))
    if province:
        settings.put(db, "pemda", province)
    if create and not keys.has_keys(db):
        if not (passphrase or os.environ.get("RENTAN_PASSPHRASE")):
            raise UserError(translate("hub", "Give a passphrase for the hub's secret keys (RENTAN_PASSPHRASE or "
                                             "--passphrase-file)."))
        keys.create_keys(db, folder, passphrase)
    return db


def reconcile(db: sqlite_utils.Database, conn: psycopg.Connection) -> None:
    """Bring each city's link up to the last import PostgreSQL committed (the authority)."""
    for peer, seq, sha, rev_to, made in conn.execute(
            "SELECT DISTINCT ON (peer) peer, seq, bundle_sha256, rev_to, created_at FROM hub.hub_imports "
            "WHERE peer IS NOT NULL ORDER BY peer, id DESC"):
        link = registry.link(db, peer)
        if (link["in_seq"] or 0, link["in_hash"]) != (seq, sha) or (link["in_rev"] or 0) < rev_to:
            registry.update_link(db, peer, in_seq=seq, in_hash=sha, in_rev=max(rev_to, link["in_rev"] or 0),
                                 in_at=made)
