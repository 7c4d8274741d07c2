"""Step: a trigram index of worker names, so a name containing the typed text is found at once.

The roster's search finds names that contain the text (three letters or more, roster/queries.py).
`LIKE '%text%'` reads every name (120-200 ms at 200,000 workers on a busy office PC, twice per
keystroke: the count and the page); the FTS5 trigram index answers from the text's trigrams in
milliseconds.

How it stays right without a refresh anyone must remember:
- a new worker is only marked in `workers_name_pending` (a cheap insert in the writer's
  transaction): an FTS5 write per row inside a transaction costs about a millisecond (FTS5
  flushes at every statement savepoint), which would triple a 200,000-row import;
- the search reads the index for the others and the pending workers' names with LIKE
  (roster/name_index.py), and moves pending names into the index when it can write at once;
- a renamed or deleted worker changes the index at once (rare writes; a deleted person's name
  leaves the index in the same transaction, as the law on personal data asks).
Self-contained: no import of live app code.
"""

from __future__ import annotations

import sqlite_utils

STEPS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS workers_name_trigram USING fts5(name, tokenize='trigram')",
    "INSERT INTO workers_name_trigram(rowid, name) SELECT id, name FROM workers",
    "CREATE TABLE IF NOT EXISTS workers_name_pending (id INTEGER PRIMARY KEY)",
    "CREATE TRIGGER IF NOT EXISTS workers_name_pending_insert AFTER INSERT ON workers BEGIN "
    "INSERT OR IGNORE INTO workers_name_pending(id) VALUES (NEW.id); END",
    "CREATE TRIGGER IF NOT EXISTS workers_name_trigram_delete AFTER DELETE ON workers BEGIN "
    "DELETE FROM workers_name_trigram WHERE rowid = OLD.id; DELETE FROM workers_name_pending WHERE id = OLD.id; END",
    "CREATE TRIGGER IF NOT EXISTS workers_name_trigram_update AFTER UPDATE OF id, name ON workers "
    "WHEN OLD.name IS NOT NEW.name OR OLD.id IS NOT NEW.id BEGIN "
    "DELETE FROM workers_name_trigram WHERE rowid = OLD.id; DELETE FROM workers_name_pending WHERE id = OLD.id; "
    "INSERT INTO workers_name_trigram(rowid, name) VALUES (NEW.id, NEW.name); END",
)


def m014_worker_name_trigram(db: sqlite_utils.Database) -> None:
    for sql in STEPS:
        db.execute(sql)
