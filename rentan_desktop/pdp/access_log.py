"""UU PDP: a log of who exported or printed personal data, kept inside the encrypted database."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from rentan_desktop.i18n import translate
from rentan_desktop.store.clock import now_iso

ACTIONS = ("subject_export", "print", "export", "pseudonymise")


def action_label(action: str) -> str:
    return {"subject_export": translate("pdp", "Data subject export"),
            "print": translate("pdp", "Printed"),
            "export": translate("pdp", "Exported"),
            "pseudonymise": translate("pdp", "Pseudonymised")}.get(action, action)


def record(db: sqlite_utils.Database, operator: str, action: str, detail: str, *,
           table: str | None = None, uid: str | None = None) -> None:
    """One line: who, when, what kind of output, about whom (by uid, never by NIK or name)."""
    db.execute("INSERT INTO personal_data_access(at, operator, action, subject_table, subject_uid, detail) "
               "VALUES (?, ?, ?, ?, ?, ?)", [now_iso(), operator, action, table, uid, detail])


def entries(db: sqlite_utils.Database, limit: int = 1000) -> list[dict[str, Any]]:
    rows = db.execute("SELECT at, operator, action, subject_table, subject_uid, detail FROM personal_data_access "
                      "ORDER BY id DESC LIMIT ?", [limit]).fetchall()
    return [{"at": at, "operator": op, "action": action, "table": table, "subject_uid": uid, "detail": detail}
            for at, op, action, table, uid, detail in rows]
