"""Step: which key announced a rotated key, so revoking a stolen key also revokes the keys it
announced (`sync_peers.announced_by` = the announcing key's key id; NULL for keys that came
from a provisioning or enrollment file). Self-contained: no import of live app code."""

from __future__ import annotations

import sqlite_utils


def m007_key_announcements(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE sync_peers ADD COLUMN announced_by TEXT")
    # Rotations received before this step: the announcer was the peer's key recorded just before.
    db.execute("""UPDATE sync_peers SET announced_by = (
                      SELECT p.key_id FROM sync_peers p WHERE p.peer = sync_peers.peer AND p.id < sync_peers.id
                      ORDER BY p.id DESC LIMIT 1)
                  WHERE source = 'rotation'""")
