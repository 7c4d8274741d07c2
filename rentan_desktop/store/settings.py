"""Install settings as JSON values in the `settings` table (never in the install folder)."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from rentan_desktop.domain.vocab import DEFAULT_OCCUPATIONS, DEFAULT_QUOTAS

DEFAULTS: dict[str, Any] = {
    "language": "id",
    "quotas": dict(DEFAULT_QUOTAS),
    "occupations": list(DEFAULT_OCCUPATIONS),
    "backup_keep": 10,
    "letterhead": {"pemda": "", "opd": "", "address": "", "logo_path": ""},
    "signatories": {
        "head_name": "", "head_nip": "", "head_position": "Kepala",
        "treasurer_name": "", "treasurer_nip": "", "treasurer_position": "Bendahara",
    },
    "coverage_target": {"uncovered_workers": 0, "asn_participation_pct": 0},
}


def get(db: sqlite_utils.Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None:
        return DEFAULTS.get(key, default) if default is None else default
    return json.loads(row[0])


def put(db: sqlite_utils.Database, key: str, value: Any) -> None:
    db.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value, ensure_ascii=False)],
    )


def is_initialised(db: sqlite_utils.Database) -> bool:
    return get(db, "role") in ("opd", "disnaker")
