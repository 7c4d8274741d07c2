"""The province direction of the sync: a city's Disnaker install -> the province hub, and the
hub's acknowledgement back. Same bundle, signatures, encryption, limits, binding, sequence and
acknowledgements as OPD -> Disnaker (export.py, verify.py, record.py); this module only says
what is different: who the peers are, and which rows travel.

Peers: at a city's Disnaker install the hub is the peer `province` (role `province`); at the
hub each city is `pemda-<site uid of its Disnaker install>` (role `disnaker`), unique across the
province however the city's name is spelled. On the hub every field is owned by the city that
sent it: a city's bundle carries its consolidated data (every OPD of the city, their sponsors,
workers and payments, the rate tables and the settings the reports read), and may touch only
that city's rows (the hub checks the sender's scope when it writes).

The province bundle carries rows changed since the hub's last acknowledgement (`rev`), plus the
workers whose payments changed (their paid-through month follows the payments and has no change
number of its own). A city's first bundle can exceed the row limit of one bundle (a year of a
large city's payments): it is then written as several consecutive bundles, the roster in the
first and the payments split by change number, each a complete bundle of its own.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from rentan_desktop import fields
from rentan_desktop.fields import Travel
from rentan_desktop.store import settings
from rentan_desktop.sync import limits
from rentan_desktop.sync.tables import Parent, SyncTable, tables

PROVINCE = "province"
CITY_PREFIX = "pemda-"
DIRECTION = "province"
# Settings the province reports read per city (coverage target, quotas, programme rules).
SETTINGS = ("quotas", "coverage_target", "programme_rules")
ROSTER = ("opds", "sponsors", "workers")
# Rows per bundle part: well under limits.MAX_ROWS, and under the unpacked-size limit for wide
# worker rows (about 500 bytes each as JSON).
PART_ROWS = min(400_000, limits.MAX_ROWS // 2)

# A row's change number here: `rev` (changed at this Disnaker) or `hub_rev` (arrived from an OPD).
CHANGED = "max(t.rev, t.hub_rev)"
_WHERE = {
    "opds": "1",  # a few dozen rows, every time: OPD codes and ASN counts are what rankings read
    "sponsors": f"{CHANGED} > :since",
    # paid_through moves with payments without a change number of its own: a worker whose
    # payments changed travels again so the hub's arrears equal the city's.
    "workers": f"{CHANGED} > :since OR t.id IN (SELECT p.worker_id FROM payments p WHERE "
               "max(p.rev, p.hub_rev) > :since AND max(p.rev, p.hub_rev) <= :upto)",
    "payments": f"{CHANGED} > :since AND {CHANGED} <= :upto",
}


def city_peer(db: sqlite_utils.Database) -> str:
    """The name this Disnaker install has at the hub (and in its province bundles)."""
    return CITY_PREFIX + str(settings.get(db, "site_uid"))


def is_city_peer(peer: str | None) -> bool:
    return bool(peer) and str(peer).startswith(CITY_PREFIX)


def _spec(name: str) -> SyncTable:
    """Every stored field of `name` travels to the hub (it owns nothing of a city's), references
    as the parent's uid, the city's OPD as `opd_uid`; local ids and change numbers never."""
    parents = [Parent("opd_id", "opds", "opd_uid")] if name != "opds" else []
    columns = []
    for f in fields.fields_of(name):
        if f.travel in (Travel.KEY, Travel.SCOPE) or f.column in ("id", "rev", "hub_rev"):
            continue
        if f.travel is Travel.REFERENCE and f.parent:
            parents.append(Parent(f.column, *f.parent))
            continue
        columns.append(f.column)
    return SyncTable(name, DIRECTION, tuple(columns), tuple(parents), None, _WHERE[name],
                     label_fields=("month", "amount") if name == "payments" else ("name",))


def province_tables() -> list[SyncTable]:
    """The city's roster and payments, in the order the hub writes them (parents first)."""
    return [_spec(name) for name in (*ROSTER, "payments")]


def rate_table_spec() -> SyncTable:
    """The city's rate tables (with their brackets), as Disnaker sends them to its OPDs."""
    return next(t for t in tables("down") if t.name == "rate_tables")


def settings_values(db: sqlite_utils.Database) -> dict[str, Any]:
    return {k: settings.get(db, k) for k in SETTINGS}


def payment_parts(db: sqlite_utils.Database, since: int, upto: int, roster_rows: int,
                  budget: int = PART_ROWS) -> list[tuple[int, int]]:
    """Change-number windows (lo, hi] over the payments to send, each within the part budget;
    the first part also carries `roster_rows`. One window when everything fits."""
    revs = [r for (r,) in db.execute("SELECT max(rev, hub_rev) AS r FROM payments WHERE r > ? AND r <= ? "
                                     "ORDER BY r", [since, upto])]
    windows = []
    lo, room, count = since, max(budget - roster_rows, budget // 4), 0
    for i, rev in enumerate(revs):
        count += 1
        last_of_rev = i + 1 == len(revs) or revs[i + 1] != rev
        if count >= room and last_of_rev:
            windows.append((lo, rev))
            lo, room, count = rev, budget, 0
    if not windows or lo < upto:
        windows.append((lo, upto))
    return windows
