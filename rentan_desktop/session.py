"""What one opened install holds in memory for as long as it is open: its unlocked secrets.

One Session per AppContext (and so per install): the install key once an operator unlocked
it, who that operator is, the sync secret keys once opened, and the small per-install
memories of the sync screens. Nothing of this lives at module level, so two installs opened
in one process (tests, the self-test) never see each other's secrets. Connections opened for
the install carry it as `db.session`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False)
class Session:
    install_key: bytes | None = field(default=None, repr=False)
    operator: str | None = None
    # The sync secret keys' passphrase when it is not derived from the install key (0.1 installs).
    key_passphrase: str | None = field(default=None, repr=False)
    # (file stamp, secrets, digest of the passphrase that opened them) of the opened sync secret-key file.
    unlocked_secrets: tuple[int, list[Any], bytes | None] | None = field(default=None, repr=False)
    last_backup: dict[str, float] = field(default_factory=dict)  # database file -> monotonic time
    last_preview: Any = None  # the print preview last shown (GUI)
    # The bundle a dry run just decrypted and planned (sync.kept_plan.KeptBundle): the import
    # confirmed from it (the GUI's preview, then apply) does not decrypt or plan the same bytes again.
    decoded_bundle: Any = field(default=None, repr=False)
    locked: bool = False  # the app lock is showing
    last_activity: float = field(default_factory=time.monotonic)

    @property
    def unlocked(self) -> bool:
        return self.install_key is not None

    def db_key(self) -> str | None:
        from rentan_desktop.security.vault import db_key

        return db_key(self.install_key) if self.install_key is not None else None

    def sync_secret(self) -> str | None:
        """The passphrase of the sync secret-key file, derived from the install key."""
        from rentan_desktop.security.vault import sync_secret

        return sync_secret(self.install_key) if self.install_key is not None else None

    def forget_keys(self) -> None:
        """Drop the opened sync secrets and their passphrase (the next use asks again)."""
        self.key_passphrase = None
        self.unlocked_secrets = None

    def close(self) -> None:
        self.forget_keys()
        self.install_key = None
        self.last_preview = None
        if self.decoded_bundle is not None:
            self.decoded_bundle.close()  # its watching connection
        self.decoded_bundle = None


def session_of(db: Any) -> Session | None:
    """The Session a connection was opened for (None: an in-memory or a bare database)."""
    return getattr(db, "session", None)
