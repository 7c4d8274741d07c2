"""The trigram index of worker names (schema step m014): the search clause and moving pending names in.

New workers wait in `workers_name_pending` until a search moves them into the index; until then
the search finds them with LIKE over the pending rows only, so a name is found on every path
(roster, import, bundle) the moment it is written, and the index never needs a refresh by hand.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from rentan_desktop.store.fold import fold_now

# Moved per search at most: a search right after a 200,000-row import stays quick; the rest of
# the pending names are found by LIKE meanwhile and move in over the next searches.
FOLD_MAX = 20_000


def ids_sql(text: str) -> tuple[str, list[Any]]:
    """SELECT of the ids of the workers whose name contains `text` (three characters or more)."""
    phrase = '"' + text.replace('"', '""') + '"'
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return ("SELECT rowid FROM workers_name_trigram WHERE workers_name_trigram MATCH ? "
            # CROSS JOIN: the (few) pending rows lead; SQLite would otherwise scan every name with LIKE.
            "UNION ALL SELECT p.id FROM workers_name_pending p CROSS JOIN workers n WHERE n.id = p.id "
            "AND n.name LIKE ? ESCAPE '\\'", [phrase, f"%{escaped}%"])


def clause(text: str, rowid: str) -> tuple[str, list[Any]]:
    """`rowid` (e.g. "w.id") of a worker whose name contains `text`."""
    sql, args = ids_sql(text)
    return f"({rowid} IN ({sql}))", args


def count(db: sqlite_utils.Database, text: str) -> int:
    """How many workers' names contain `text`, from the index alone (no worker row is read:
    in an encrypted file each row read is a page decrypted)."""
    sql, args = ids_sql(text)
    return db.execute(f"SELECT count(*) FROM ({sql})", args).fetchone()[0]


def fold(db: sqlite_utils.Database) -> bool:
    """Move pending names into the index when it can be written at once (never waiting for another
    writer); False when there was nothing to move or it could not write now: searches are right anyway."""
    moving = f"SELECT id FROM workers_name_pending ORDER BY id LIMIT {FOLD_MAX}"
    return fold_now(db, "SELECT 1 FROM workers_name_pending LIMIT 1", (
        f"DELETE FROM workers_name_trigram WHERE rowid IN ({moving})",
        f"INSERT INTO workers_name_trigram(rowid, name) SELECT w.id, w.name FROM workers w WHERE w.id IN ({moving})",
        f"DELETE FROM workers_name_pending WHERE id IN ({moving})",
    ), "worker names (search index)")
