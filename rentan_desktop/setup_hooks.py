"""Steps other areas add to first-run set-up and demo filling, kept out of the roster code.

Sync creates the install's keys after initialise; payments adds a contribution history to
demo data. Both the GUI and the CLI call these, so both behave the same.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils


def after_initialise(db: sqlite_utils.Database, data_dir: Path) -> None:
    """Runs once, right after the first-run set-up is stored."""
    from rentan_desktop.sync.keys import create_keys

    create_keys(db, data_dir)


def after_demo(db: sqlite_utils.Database, seed: int) -> None:
    """Runs after demo sponsors and workers are generated."""
    from rentan_desktop.payments.demo import generate_payments

    generate_payments(db, seed=seed)
    from rentan_desktop.disnaker.demo import add_duplicates

    add_duplicates(db, seed=seed)
