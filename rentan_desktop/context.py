"""What a command or a window needs to work on one install: its folder, its session and its database.

The database is encrypted (store.cipher) with a key derived from the install key
(security.vault); `db` opens it once an operator has unlocked the install key into the
context's Session, or unlocks it itself from the operating system's key store or
RENTAN_PASSPHRASE (scripts).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rentan_desktop import i18n, paths
from rentan_desktop.errors import UserError
from rentan_desktop.security import vault as vault_mod
from rentan_desktop.session import Session

if TYPE_CHECKING:
    import sqlite_utils

    from rentan_desktop.store.readers import ReaderPool
    from rentan_desktop.store.site import SiteInfo

# The store, its migrations and the backup code load when the database is first opened: the
# GUI derives the install key (Argon2id) in a thread meanwhile (ui/app.py), so this module
# itself must import quickly.


@dataclass
class AppContext:
    data_dir: Path
    _db: sqlite_utils.Database | None = field(default=None, repr=False)
    session: Session = field(default_factory=Session, repr=False)
    # False: the GUI refreshes the escrow copy itself once the first screen has painted.
    escrow_on_open: bool = field(default=True, repr=False)
    _readers: ReaderPool | None = field(default=None, repr=False)
    _readers_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # The terminal asks a person at the keyboard for an operator's passphrase (cli); None: never asked.
    ask_passphrase: Callable[[], str] | None = field(default=None, repr=False)

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> AppContext:
        from rentan_desktop.security import permissions

        folder = paths.data_dir(data_dir)
        permissions.restrict_contents(folder)
        return cls(folder)

    @property
    def db_path(self) -> Path:
        return paths.db_path(self.data_dir)

    # -- the install key ----------------------------------------------------------------------

    @property
    def vault(self) -> vault_mod.Vault | None:
        return vault_mod.Vault.load(self.data_dir)

    def is_new(self) -> bool:
        """Nothing set up here yet: no install key and no database."""
        path = self.db_path
        return self.vault is None and not (path.exists() and path.stat().st_size > 0)

    def needs_protection(self) -> bool:
        """A database from version 0.1 (plain SQLite) that has no install key yet."""
        return self.vault is None and not self.is_new()

    def create_install_key(self, operator: str, passphrase: str | None = None, *, use_keyring: bool = False) -> None:
        """First run, or protecting a 0.1 install: a new install key, unlocked for `operator`."""
        from rentan_desktop.security import permissions

        permissions.restrict_folder(self.data_dir)
        _vault, key = vault_mod.create(self.data_dir, operator, passphrase, use_keyring=use_keyring)
        self.session.install_key = key
        self.session.operator = " ".join(operator.split())

    def unlock(self, passphrase: str, operator: str | None = None) -> str:
        """Unlock with an operator's passphrase (any operator's when `operator` is None); returns who."""
        found = self.vault
        if found is None:
            raise UserError(i18n.translate("security", "This data folder has no install key yet."))
        if operator:
            key = found.unlock(operator, passphrase)
            name = next(n for n in found.operators() if n.casefold() == operator.strip().casefold())
        else:
            name, key = found.unlock_any(passphrase)
        if self.session.install_key is not None and key != self.session.install_key:
            raise UserError(i18n.translate("security", "That key belongs to another install."))
        self.session.install_key = key
        self.session.operator = name
        self.session.locked = False
        return name

    def try_unlock(self) -> bool:
        """Unlock without asking: the key store, else RENTAN_PASSPHRASE. True when unlocked."""
        if self.session.install_key is not None:
            return True
        found = self.vault
        if found is None:
            return False
        key = found.unlock_keyring()
        if key is not None:
            self.session.install_key = key
            self.session.operator = (found.doc.get("keyring") or {}).get("operator")
            return True
        given = os.environ.get("RENTAN_PASSPHRASE")
        if given:
            try:
                self.unlock(given, os.environ.get("RENTAN_OPERATOR") or None)
                return True
            except vault_mod.WrongPassphrase:
                return False
        return False

    def db_key(self) -> str:
        """The database key; raises a clear UserError when the install is not set up or locked, and
        says so when RENTAN_PASSPHRASE (or the passphrase typed at `ask_passphrase`) is wrong."""
        if self.try_unlock():
            return self.session.db_key()
        given = os.environ.get("RENTAN_PASSPHRASE")
        if not given and self.ask_passphrase is not None and self.vault is not None:
            given = self.ask_passphrase()
        if given and self.vault is not None:
            self.unlock(given, os.environ.get("RENTAN_OPERATOR") or None)  # wrong: "The passphrase is wrong..."
            return self.session.db_key()
        if self.is_new():
            raise UserError(i18n.translate("cli", "This data folder is not set up yet: run 'rentan init' first."))
        if self.needs_protection():
            raise UserError(i18n.translate("security", "This install's database is not encrypted yet. Run 'rentan "
                                                       "protect --operator NAME' (or open Rentan Desktop) to choose a "
                                                       "passphrase and encrypt it."))
        raise vault_mod.Locked(i18n.translate("security", "This install is locked: give an operator's passphrase "
                                                          "(RENTAN_PASSPHRASE for scripts)."))

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            from rentan_desktop.store import db as store_db

            self._db = store_db.connect(self.db_path, key=self.db_key(), session=self.session,
                                        before_upgrade=_before_upgrade, after_encrypt=_encrypt_plain_backups)
            i18n.set_language(self.language)
            if self.escrow_on_open:
                self.refresh_escrow()
        return self._db

    @property
    def opened_db(self) -> sqlite_utils.Database | None:
        """The connection `db` holds, or None when none is open (a caller that must not open one)."""
        return self._db

    def refresh_escrow(self) -> None:
        """Seal a 0.1 install's plain key file; keep the install key escrowed to Disnaker (never blocks opening)."""
        if self._db is None:
            return
        from rentan_desktop.security import escrow
        from rentan_desktop.sync import keys

        try:
            if keys.has_keys(self._db):
                keys.seal_with_install_key(self._db, self.data_dir)
            escrow.refresh(self._db, self.data_dir, self.session.install_key)
        except Exception:  # logged; the next opening tries again
            import logging

            logging.getLogger(__name__).exception("install key escrow not refreshed")

    @property
    def language(self) -> str:
        """RENTAN_LANGUAGE (scripts, tests) overrides the install's language setting."""
        override = os.environ.get("RENTAN_LANGUAGE")
        if override in i18n.LANGUAGES:
            return override
        if self._db is None and self.is_new():  # the first-run dialog speaks before any database exists
            return i18n.DEFAULT_LANGUAGE
        from rentan_desktop.store import settings

        return settings.get(self.db, "language", i18n.DEFAULT_LANGUAGE)

    def new_connection(self) -> sqlite_utils.Database:
        """A separate connection for another thread (the writer, a worker)."""
        from rentan_desktop.store import db as store_db

        return store_db.connect(self.db_path, key=self.db_key(), migrate=False, session=self.session)

    @contextmanager
    def reader(self) -> Iterator[sqlite_utils.Database]:
        """A connection for a background read, kept open afterwards for the next one so its page
        cache stays warm (store/readers.py): what GUI workers that only read use instead of
        new_connection."""
        with self._readers_lock:
            if self._readers is None:
                from rentan_desktop.store.readers import ReaderPool

                self._readers = ReaderPool(self.new_connection)
            pool = self._readers
        with pool.connection() as db:
            yield db

    @property
    def site(self) -> SiteInfo | None:
        if self._db is None and self.is_new():
            return None
        from rentan_desktop.store.site import site_info

        return site_info(self.db)

    def require_site(self) -> SiteInfo:
        info = self.site
        if info is None:
            raise UserError(i18n.translate("cli", "This data folder is not set up yet: run 'rentan init' first."))
        return info

    @property
    def operator(self) -> str:
        """Who is working: the operator who unlocked, else the install's operator setting."""
        from rentan_desktop.store import settings

        return self.session.operator or settings.get(self.db, "operator", "") or "operator"

    def close(self) -> None:
        with self._readers_lock:
            pool, self._readers = self._readers, None
        if pool is not None:
            pool.close()
        if self._db is not None:
            self._db.close()
            self._db = None


# The backup code (0.2-0.7 s to import) loads only when an upgrade or an encryption needs it.
def _before_upgrade(*args, **kwargs):
    from rentan_desktop.maintenance import backup

    return backup.before_upgrade(*args, **kwargs)


def _encrypt_plain_backups(*args, **kwargs):
    from rentan_desktop.maintenance import backup

    return backup.encrypt_plain_backups(*args, **kwargs)
