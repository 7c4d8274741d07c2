"""Step 5: tables owned by the robustness area."""

from __future__ import annotations

import sqlite_utils


def m005_robustness(db: sqlite_utils.Database) -> None:
    """Reserved slot in the migration order; the robustness work adds its tables here."""
