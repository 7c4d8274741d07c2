"""Step: a trigram index of worker names, so a name containing the typed text is found at once.

The roster's search finds names that contain the text (three letters or more, roster/queries.py).
`LIKE '%text%'` reads every name of the index (120-200 ms at 200,000 workers on a busy office PC,
twice per keystroke: the count and the page); the FTS5 trigram index answers the same question
from the text's trigrams in milliseconds. It holds no copy of the names (external content: the
`workers` table) and is kept current by triggers in the writer's transaction on every path
(roster, import, bundle, restore of rows), so it is never refreshed by hand.
Self-contained: no import of live app code.
"""

from __future__ import annotations

import sqlite_utils

STEPS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS workers_name_trigram USING fts5("
    "name, content='workers', content_rowid='id', tokenize='trigram')",
    "INSERT INTO workers_name_trigram(workers_name_trigram) VALUES ('rebuild')",
    "CREATE TRIGGER IF NOT EXISTS workers_name_trigram_insert AFTER INSERT ON workers BEGIN "
    "INSERT INTO workers_name_trigram(rowid, name) VALUES (NEW.id, NEW.name); END",
    "CREATE TRIGGER IF NOT EXISTS workers_name_trigram_delete AFTER DELETE ON workers BEGIN "
    "INSERT INTO workers_name_trigram(workers_name_trigram, rowid, name) VALUES ('delete', OLD.id, OLD.name); END",
    "CREATE TRIGGER IF NOT EXISTS workers_name_trigram_update AFTER UPDATE OF id, name ON workers BEGIN "
    "INSERT INTO workers_name_trigram(workers_name_trigram, rowid, name) VALUES ('delete', OLD.id, OLD.name); "
    "INSERT INTO workers_name_trigram(rowid, name) VALUES (NEW.id, NEW.name); END",
)


def m014_worker_name_trigram(db: sqlite_utils.Database) -> None:
    for sql in STEPS:
        db.execute(sql)
