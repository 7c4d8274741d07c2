"""Step 3: tables owned by the sync area."""

from __future__ import annotations

import sqlite_utils


def m003_sync(db: sqlite_utils.Database) -> None:
    """Reserved slot in the migration order; the sync work adds its tables here."""
