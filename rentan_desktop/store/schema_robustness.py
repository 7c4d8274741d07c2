"""Step 5: tables owned by the robustness area."""

from __future__ import annotations

import sqlite_utils


def m005_robustness(db: sqlite_utils.Database) -> None:
    """No tables: backups describe themselves in JSON sidecars beside the copies, logs are files,
    and the backup count is the `backup_keep` setting. The slot stays for later robustness steps."""
