"""Derive the install key while the rest of the program loads.

Unwrapping the install key costs one Argon2id derivation (64 MiB, 3 passes: about 1 s on this
project's 2-core test machine). The derivation runs in C without Python's global lock, so a
start that already knows the passphrase (RENTAN_PASSPHRASE, scripts and the start benchmark)
runs it in a thread while the main thread imports Qt and the window's modules, instead of one
after the other. Same cost parameters, same checks: only the order of the work changes.
"""

from __future__ import annotations

import logging
import os
import threading

from rentan_desktop.context import AppContext

log = logging.getLogger(__name__)


class UnlockAhead:
    """`ctx.try_unlock()` on a thread; `wait()` before anything else touches the context's session."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self._thread = threading.Thread(target=self._run, name="unlock-ahead", daemon=True)

    def _run(self) -> None:
        try:
            self.ctx.try_unlock()
        except Exception:  # a damaged key file and the like: the ordinary unlock says so to the user
            log.debug("unlocking ahead of the window failed; the start path tries again", exc_info=True)

    def start(self) -> UnlockAhead:
        self._thread.start()
        return self

    def wait(self) -> AppContext:
        self._thread.join()
        return self.ctx


def unlock_ahead(data_dir: str | None) -> UnlockAhead | None:
    """A started UnlockAhead when the passphrase is known without asking (RENTAN_PASSPHRASE), else None.

    A folder that cannot be opened, or has no install key, is for the ordinary start path
    (which says what is wrong): None here.
    """
    if not os.environ.get("RENTAN_PASSPHRASE"):
        return None
    try:
        ctx = AppContext.open(data_dir)
        vault = ctx.vault
    except Exception:  # OSError, a damaged key file: said by the ordinary start path
        return None
    if vault is None:
        return None
    return UnlockAhead(ctx).start()
