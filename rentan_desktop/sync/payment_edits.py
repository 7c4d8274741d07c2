"""A payment is never edited once recorded (fields/payments.py: append-only). The OPD's forms add a
reversal, which stamps the original's `reversed_at` once; nothing else of a stored payment ever
changes. So a bundle row for a payment this install already holds must carry the same values: a
changed payment date, amount, month, worker or sponsor is an edited bundle, not a correction (an
old late payment re-dated to look punctual would lift the OPD in the ranking)."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from rentan_desktop.i18n import translate

Finding = tuple[str, str, Any, str]
_CHUNK = 500
# Sent as the parent's uid, stored as a local id: compared by uid.
_REFERENCES = {"worker_uid": ("worker_id", "workers"), "sponsor_uid": ("sponsor_id", "sponsors"),
               "reverses_uid": ("reverses_id", "payments")}


def _stored(db: sqlite_utils.Database, uids: list[str], names: list[str]) -> dict[str, dict[str, Any]]:
    plain = [n for n in names[1:] if n not in _REFERENCES]
    refs = [n for n in names[1:] if n in _REFERENCES]
    select = ["p.uid", *(f"p.{n}" for n in plain), *(f"r{i}.uid" for i in range(len(refs)))]
    joins = " ".join(f"LEFT JOIN {_REFERENCES[n][1]} r{i} ON r{i}.id = p.{_REFERENCES[n][0]}"
                     for i, n in enumerate(refs))
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(uids), _CHUNK):
        chunk = uids[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(f"SELECT {', '.join(select)} FROM payments p {joins} WHERE p.uid IN ({marks})", chunk):
            out[row[0]] = dict(zip(["uid", *plain, *refs], row, strict=True))
    return out


def edits(db: sqlite_utils.Database, names: list[str], rows: list[list[Any]], stored_uids: list[str]) -> list[Finding]:
    """[(uid, column, value sent, reason)] for every stored payment the rows would change."""
    if not stored_uids:
        return []
    stored = _stored(db, stored_uids, names)
    reason = translate("sync", "A payment is never changed once recorded (here it was {old}); a mistake is "
                               "corrected by a reversal.")
    out: list[Finding] = []
    for row in rows:
        here = stored.get(row[0])
        if here is None:
            continue
        for name, sent in zip(names[1:], row[1:], strict=True):
            old = here.get(name)
            if name == "reversed_at" and old is None:
                continue  # stamped once by its reversal (row_payments checks the reversal is there)
            if sent != old or type(sent) is not type(old):
                column = _REFERENCES[name][0] if name in _REFERENCES else name
                out.append((row[0], column, sent, reason.format(old="-" if old is None else str(old)[:40])))
    return out
