"""Disnaker -> province: write the city's bundle(s) for the hub (sync/province.py says what travels).

Everything not yet acknowledged by the hub goes; when that is more than one bundle may carry (a
city's first bundle with a year of payments), it is written as consecutive parts, each signed,
encrypted and recorded as sent before the next is built, so every part is a complete bundle and
the hub applies them in order (a missing part is named, as any missing bundle is).
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import audit
from rentan_desktop.sync import export, province, registry
from rentan_desktop.tasks import TaskState


def _roster_rows(db: sqlite_utils.Database, since: int, upto: int) -> int:
    total = 0
    for spec in province.province_tables():
        if spec.name == "payments":
            continue
        total += db.execute(f"SELECT count(*) FROM {spec.name} t WHERE {spec.export_where}",
                            {"since": since, "upto": upto}).fetchone()[0]
    return total


def export_to_province(db: sqlite_utils.Database, data_dir: Path, out_dir: Path, *, operator: str = "operator",
                       full: bool = False, passphrase: str | None = None, state: TaskState | None = None,
                       part_rows: int = province.PART_ROWS) -> list[export.ExportResult]:
    """Write this city's bundle(s) for the province hub; returns one result per part."""
    state = state or TaskState()
    if export.role(db) != "disnaker":
        raise UserError(translate("sync", "Only the Disnaker install can do this."))
    export.recipients_for(db, province.PROVINCE)  # the province's key is trusted, before any work
    since = 0 if full else registry.link(db, province.PROVINCE)["acked_rev"]
    upto = audit.current_rev(db)
    roster = _roster_rows(db, since, upto)
    if roster > part_rows * 2:
        raise UserError(translate("sync", "This city's roster has {count} changed records, more than one bundle "
                                          "for the province may carry; ask the hub's IT staff.").format(
            count=roster))
    results = []
    for n, window in enumerate(province.payment_parts(db, since, upto, roster, part_rows)):
        if n == 0 and full:
            window = (since, window[1])
        written = export.write_bundle(db, data_dir, out_dir, peer=province.PROVINCE, full=full and n == 0,
                                      passphrase=passphrase, state=state, window=window, roster=n == 0)
        results.append(export.record_sent(db, written, operator))
    return results
