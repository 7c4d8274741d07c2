"""Training installs: a separate data folder for practice with demo data.

Demo data must never reach Disnaker, so it lives only in an install marked as training at set-up
(first run or `rentan init --training`); such an install can never write bundles, and a real
install refuses demo data. The mark is set once and never removed.
"""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import settings

KEY = "training"


def is_training(db: sqlite_utils.Database) -> bool:
    return bool(settings.get(db, KEY, False))


def refuse_bundles(db: sqlite_utils.Database) -> None:
    """Raise when this is a training install: its bundles would carry invented people."""
    if is_training(db):
        raise UserError(translate(
            "training", "This is a training install: its data is for practice and can never be sent "
                        "as a bundle. Send bundles from the real install of this office."))


def refuse_enrollment(db: sqlite_utils.Database) -> None:
    """Raise when this is a training install: Disnaker trusting its key would take it for the real OPD's
    (QA walk r6, 10)."""
    if is_training(db):
        raise UserError(translate(
            "training", "This is a training install: it never writes a key enrollment file, because Disnaker "
                        "would then trust a practice key as this OPD's. Write the enrollment file in the real "
                        "install of this office."))


def require_training(db: sqlite_utils.Database) -> None:
    """Raise unless this is a training install (demo data would travel to Disnaker)."""
    if not is_training(db):
        raise UserError(translate(
            "training", "Demo data is only for a training install: in this real install the invented "
                        "workers would travel to Disnaker with the next bundle. For practice, set up a "
                        "separate training install in another folder: rentan --data-dir FOLDER init "
                        "--training ... (or choose \"Training install\" when the program starts in an "
                        "empty folder)."))
