"""What a command or a window needs to work on one install: its folder and its database."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from rentan_desktop import i18n, paths
from rentan_desktop.errors import UserError
from rentan_desktop.maintenance import backup
from rentan_desktop.store import db as store_db
from rentan_desktop.store import settings
from rentan_desktop.store.site import SiteInfo, site_info


@dataclass
class AppContext:
    data_dir: Path
    _db: sqlite_utils.Database | None = field(default=None, repr=False)

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> AppContext:
        return cls(paths.data_dir(data_dir))

    @property
    def db_path(self) -> Path:
        return paths.db_path(self.data_dir)

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            self._db = store_db.connect(self.db_path, before_upgrade=backup.before_upgrade)
            i18n.set_language(self.language)
        return self._db

    @property
    def language(self) -> str:
        """RENTAN_LANGUAGE (scripts, tests) overrides the install's language setting."""
        override = os.environ.get("RENTAN_LANGUAGE")
        if override in i18n.LANGUAGES:
            return override
        return settings.get(self.db, "language", i18n.DEFAULT_LANGUAGE)

    def new_connection(self) -> sqlite_utils.Database:
        """A separate connection for another thread (the writer, a worker)."""
        return store_db.connect(self.db_path, migrate=False)

    @property
    def site(self) -> SiteInfo | None:
        return site_info(self.db)

    def require_site(self) -> SiteInfo:
        info = self.site
        if info is None:
            raise UserError(i18n.translate("cli", "This data folder is not set up yet: run 'rentan init' first."))
        return info

    @property
    def operator(self) -> str:
        return settings.get(self.db, "operator", "") or "operator"

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
