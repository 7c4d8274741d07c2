"""Numbered schema steps. A file from any earlier version opens in every later one.

Each step is a function in its area's schema module, registered here in order. Steps are
never edited once released; a change is a new step appended at the end.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

from rentan_desktop.store import (
    schema_disnaker,
    schema_foundation,
    schema_key_announcements,
    schema_lifecycle,
    schema_payments,
    schema_pdp,
    schema_province,
    schema_report_covering,
    schema_report_paid,
    schema_report_rollup,
    schema_reports,
    schema_robustness,
    schema_roster_counts,
    schema_roster_search,
    schema_sync,
)

MIGRATIONS = Migrations("rentan")
MIGRATIONS(name="m001_foundation")(schema_foundation.m001_foundation)
MIGRATIONS(name="m002_payments")(schema_payments.m002_payments)
MIGRATIONS(name="m003_sync")(schema_sync.m003_sync)
MIGRATIONS(name="m004_disnaker")(schema_disnaker.m004_disnaker)
MIGRATIONS(name="m005_robustness")(schema_robustness.m005_robustness)
MIGRATIONS(name="m006_report_indexes")(schema_reports.m006_report_indexes)
MIGRATIONS(name="m007_key_announcements")(schema_key_announcements.m007_key_announcements)
MIGRATIONS(name="m008_personal_data_protection")(schema_pdp.m008_personal_data_protection)
MIGRATIONS(name="m009_lifecycle_calendar")(schema_lifecycle.m009_lifecycle_calendar)
MIGRATIONS(name="m010_report_rollups")(schema_report_rollup.m010_report_rollups)
MIGRATIONS(name="m011_report_paid_rollup")(schema_report_paid.m011_report_paid_rollup)
MIGRATIONS(name="m012_province_sync")(schema_province.m012_province_sync)
MIGRATIONS(name="m013_report_covering_indexes")(schema_report_covering.m013_report_covering_indexes)
MIGRATIONS(name="m014_worker_name_trigram")(schema_roster_search.m014_worker_name_trigram)
MIGRATIONS(name="m015_worker_counts")(schema_roster_counts.m015_worker_counts)


def migrate(db: sqlite_utils.Database) -> None:
    MIGRATIONS.apply(db)


def pending(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in MIGRATIONS.pending(db)]


def schema_version(db: sqlite_utils.Database) -> int:
    """The number of applied steps: what the About dialog shows."""
    return len(MIGRATIONS.applied(db))
