"""Step 4: tables owned by the disnaker area."""

from __future__ import annotations

import sqlite_utils


def m004_disnaker(db: sqlite_utils.Database) -> None:
    """Reserved slot in the migration order; the disnaker work adds its tables here."""
