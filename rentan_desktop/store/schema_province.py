"""Step: the province hub as a sync peer (issue 17).

- A Disnaker install trusts the hub's key (role 'province') and the hub's own keystore trusts each
  city's Disnaker key: the role CHECK of `sync_peers` grows by 'province'. SQLite cannot alter a
  CHECK, so the table is rebuilt from its own stored definition with every row, column and index.
- `hub_rev` on sponsors, workers and payments: the Disnaker change number at which a row arrived
  from an OPD's bundle. Received rows keep `rev` (so they never echo back to their OPD); the
  province bundle sends rows whose `rev` or `hub_rev` is past the hub's acknowledgement.
Self-contained: no live app code."""

from __future__ import annotations

import sqlite_utils

_OLD = "CHECK (role IN ('opd', 'disnaker'))"
_NEW = "CHECK (role IN ('opd', 'disnaker', 'province'))"


def m012_province_sync(db: sqlite_utils.Database) -> None:
    for table in ("sponsors", "workers", "payments"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN hub_rev INTEGER NOT NULL DEFAULT 0")
    mark_received(db)
    _peers_role(db)


def mark_received(db: sqlite_utils.Database) -> None:
    """Rows received before this step (change number 0 here) count as change 1, so a city's first
    province bundle, which sends everything past 0, carries them too."""
    for table in ("sponsors", "workers", "payments"):
        db.execute(f"UPDATE {table} SET hub_rev = 1 WHERE rev = 0 AND hub_rev = 0")


def _peers_role(db: sqlite_utils.Database) -> None:
    create = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'sync_peers'").fetchone()[0]
    if _OLD not in create:
        return
    indexes = [r[0] for r in db.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND "
                                        "tbl_name = 'sync_peers' AND sql IS NOT NULL")]
    db.execute(create.replace(_OLD, _NEW).replace("CREATE TABLE sync_peers", "CREATE TABLE sync_peers_m010", 1))
    db.execute("INSERT INTO sync_peers_m010 SELECT * FROM sync_peers")
    db.execute("DROP TABLE sync_peers")
    db.execute("ALTER TABLE sync_peers_m010 RENAME TO sync_peers")
    for sql in indexes:
        db.execute(sql)
