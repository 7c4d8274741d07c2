"""Importing a city's bundle into the hub: verified by the sync core, written by hub.load.

1. The keystore's link for the city is brought up to what PostgreSQL recorded (keystore.reconcile).
2. `sync.verify.check`: container, limits, trusted key, both signatures, payload hash, sender,
   recipient (this hub), versions, sequence and change numbers. An older or repeated bundle
   changes nothing; a missing one is named; a city whose key is not trusted is refused.
3. `sync.verify.decrypt`: the payload, within the limits, bound to the signed header.
4. Sender scope: every row must belong to the sending city (a uid another city holds refuses
   the bundle: the loader takes only the city's own rows as present, so such a row meets the
   hub's unique keys, and the clash is then named), references resolve only within the city
   (hub.load).
5. One PostgreSQL transaction: the rows (hub.load.load_city), the city's settings and rate
   tables, and the import record with sequence, hash and change number. A dry run does the
   same and rolls back, so its counts are exactly what the import would change.
6. The keystore records the import (sync.record.record_import): link, acknowledgement, keys.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, NoReturn

import psycopg
import sqlite_utils

from rentan_desktop.hub import cities, keystore, load, scopes
from rentan_desktop.i18n import translate
from rentan_desktop.roster import collector
from rentan_desktop.sync import keys, province
from rentan_desktop.sync.bundle import BundleRefused
from rentan_desktop.sync.plan import ImportSummary
from rentan_desktop.sync.record import record_import
from rentan_desktop.sync.verify import check, decrypt, sender_label

TABLES = (*province.ROSTER, "payments")
log = logging.getLogger(__name__)


class _DryRun(Exception):
    """Rolls the dry run's transaction back."""


@dataclass
class HubImport:
    file_name: str
    city: str
    sequence: int
    status: str  # applied, nothing, preview
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def text(self) -> str:
        lines = [translate("hub", "Bundle {seq} from {city} ({file})").format(
            seq=self.sequence, city=self.city, file=self.file_name)]
        for table in TABLES:
            if table in self.inserted or table in self.updated:
                lines.append("  " + translate("hub", "{table}: {new} new, {updated} updated").format(
                    table=table, new=self.inserted.get(table, 0), updated=self.updated.get(table, 0)))
        lines += [f"  * {n}" for n in self.notes]
        return "\n".join(lines)


def _well_formed(rows: list, width: int) -> bool:
    """Every row a list of `width` values whose first (the uid) is text; checked with C-level maps
    (a city's bundle holds hundreds of thousands of rows)."""
    return not rows or (set(map(type, rows)) == {list} and set(map(len, rows)) == {width}
                        and set(map(type, map(itemgetter(0), rows))) == {str})


def _rows(sections: list, name: str) -> dict[str, load.Rows]:
    """The bundle's table sections as loader rows; anything a city does not send is refused."""
    out: dict[str, load.Rows] = {}
    for meta, rows in sections:
        if meta.get("section") != "table":
            continue
        table, columns = meta.get("table"), list(meta.get("columns") or [])
        if meta.get("direction") == province.DIRECTION and table in TABLES and "uid" in columns:
            if not _well_formed(rows, len(columns)):
                raise BundleRefused(translate("sync", "The bundle's contents are damaged."))
            out[table] = load.Rows(columns, rows)
        elif table != "rate_tables":
            raise BundleRefused(translate("hub", "{file} carries rows a city does not send to the province "
                                                 "({table}); it was refused.").format(file=name, table=table))
    return out


# The unique keys that hold a city's rows apart: a uid already in the hub (each roster table's
# uid, each payment's (month, uid) in its month's partition).
_OWNED_KEYS = {"opds_uid_key": "opds", "sponsors_uid_key": "sponsors", "workers_uid_key": "workers"}


def _owned_key_table(exc: psycopg.errors.UniqueViolation) -> str | None:
    name = exc.diag.constraint_name or ""
    if name in _OWNED_KEYS:
        return _OWNED_KEYS[name]
    return "payments" if name.startswith("payments_") and name.endswith("_pkey") else None


def _scope_clash(conn: psycopg.Connection, site_uid: str, tables: dict[str, load.Rows]) -> str | None:
    """The table where the bundle names a row another city holds, else None. Run only after the
    load hit a unique key: the loader writes every row it does not find among the sending city's
    own as new, so the hub's unique keys stop a city touching another's rows, and a load that
    passes paid nothing for the check; this names the clash for the refusal."""
    with conn.transaction():
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS scope_uids (tbl text, month text, uid text) ON COMMIT DROP")

        def keys() -> Any:
            for table, rows in tables.items():
                uid_at = list(rows.columns).index("uid")
                month_at = list(rows.columns).index("month") if table == "payments" else None
                for row in rows.rows:
                    yield table, row[month_at] if month_at is not None else None, row[uid_at]

        load.copy_rows(conn, "COPY scope_uids (tbl, month, uid) FROM STDIN", keys())
        mine = "(SELECT id FROM hub.pemda WHERE site_uid = %(site)s)"
        checks = [f"SELECT '{t}' FROM scope_uids s JOIN hub.{t} x ON x.uid = s.uid WHERE s.tbl = '{t}' "
                  f"AND x.pemda_id IS DISTINCT FROM {mine}" for t in province.ROSTER]
        checks.append("SELECT 'payments' FROM scope_uids s JOIN hub.payments x ON x.month = s.month "
                      f"AND x.uid = s.uid WHERE s.tbl = 'payments' AND x.pemda_id IS DISTINCT FROM {mine}")
        clash = conn.execute(" UNION ALL ".join(f"({c} LIMIT 1)" for c in checks), {"site": site_uid}).fetchone()
    return clash[0] if clash else None


def _store_reference(conn: psycopg.Connection, pemda_id: int, sections: list) -> None:
    """The city's settings (its reports on the hub read them) and its rate tables."""
    for meta, rows in sections:
        if meta.get("section") == "settings":
            for key, value in (meta.get("values") or {}).items():
                if key in province.SETTINGS and value is not None:
                    conn.execute("INSERT INTO hub.pemda_settings (pemda_id, key, value) VALUES (%s, %s, %s) "
                                 "ON CONFLICT (pemda_id, key) DO UPDATE SET value = excluded.value",
                                 [pemda_id, key, json.dumps(value)])
        if meta.get("section") == "table" and meta.get("table") == "rate_tables":
            _store_rates(conn, list(meta.get("columns") or []), rows)


def _store_rates(conn: psycopg.Connection, columns: list[str], rows: list[list[Any]]) -> None:
    """Rate tables are the programme's, the same in every city: one per effective month."""
    for row in rows:
        rec = dict(zip(columns, row, strict=False))
        made = conn.execute(
            "INSERT INTO hub.rate_tables (uid, effective_from, jkm_flat, jkk_permille, jht_permille, note, "
            "created_at) VALUES (%s,%s,%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING RETURNING id",
            [rec.get("uid"), rec.get("effective_from"), rec.get("jkm_flat"), rec.get("jkk_permille"),
             rec.get("jht_permille"), rec.get("note"), rec.get("created_at")]).fetchone()
        nested = next((c for c in columns if c.startswith("rate_brackets:")), None)
        if made is None or nested is None:
            continue
        names = nested.split(":", 1)[1].split(",")
        for bracket in rec.get(nested) or []:
            b = dict(zip(names, bracket, strict=False))
            conn.execute("INSERT INTO hub.rate_brackets (rate_table_id, income_from, income_to, base_income) "
                         "VALUES (%s,%s,%s,%s)", [made[0], b.get("income_from"), b.get("income_to"),
                                                  b.get("base_income")])


def _refuse_failed_write(file_name: str, exc: psycopg.Error) -> NoReturn:
    # The class and SQLSTATE only: the server's detail may quote a row's values.
    log.warning("hub import of a bundle failed in the database: %s %s", type(exc).__name__, exc.sqlstate)
    raise BundleRefused(translate("hub", "{file} could not be written to the hub database; nothing was "
                                         "changed. The log has the database's answer.").format(file=file_name)) from exc


def unlock_once(ks: sqlite_utils.Database, home: Path, passphrase: str | None) -> Callable[[], list[str]]:
    """The hub's secret keys, unlocked when the first bundle needs them and kept for the others of the
    folder: unlocking is a deliberately slow key derivation (seconds a bundle on a busy machine)."""
    found: list[list[str]] = []

    def identities() -> list[str]:
        if not found:
            found.append(keys.identities(ks, home, passphrase))
        return found[0]
    return identities


def import_bundle(conn: psycopg.Connection, ks: sqlite_utils.Database, home: Path, path: Path, *,
                  operator: str = "hub", passphrase: str | None = None, dry_run: bool = False,
                  identities: Callable[[], list[str]] | None = None) -> HubImport:
    """Check and import one city bundle (or, with `dry_run`, say what it would change); `identities`
    (from `unlock_once`) saves unlocking the hub's keys again for each bundle of a folder."""
    keystore.reconcile(ks, conn)
    checked = check(ks, home, Path(path), quarantine=False)
    header = checked.header
    city = header["sender"].get("pemda") or sender_label(header)
    result = HubImport(checked.file_name, city, int(header["sequence"]), "nothing", notes=list(checked.notes))
    if checked.stale:
        return result
    # A bundle's hundreds of thousands of row lists hold no cycles, yet each collection walked them
    # all (a fifth of a 1M-scale city's import): paused like a spreadsheet import's.
    with collector.paused():
        sections = decrypt(ks, home, checked, passphrase, identities() if identities is not None else None)
        tables = _rows(sections, checked.file_name)
        try:
            with conn.transaction():
                pemda_id = cities.register(conn, header["sender"]["site_uid"], city)
                scopes.ensure_pemda(conn, pemda_id)
                loaded = load.load_city(conn, pemda_id, tables)
                _store_reference(conn, pemda_id, sections)
                conn.execute("INSERT INTO hub.hub_imports (pemda_id, seq, bundle_sha256, created_at, rows_applied, "
                             "summary, rev_to, peer) VALUES (%s,%s,%s,%s,%s,%s,%s,%s)",
                             [pemda_id, result.sequence, checked.bundle.file_sha256, header["created_at"], loaded.total,
                              json.dumps(header.get("counts") or {}), int(header["rev_to"]), checked.peer])
                result.inserted, result.updated = loaded.inserted, loaded.updated
                if dry_run:
                    raise _DryRun
        except _DryRun:
            result.status = "preview"
            return result
        except psycopg.errors.UniqueViolation as exc:
            table = _owned_key_table(exc) and _scope_clash(conn, header["sender"]["site_uid"], tables)
            if table is None:
                _refuse_failed_write(checked.file_name, exc)
            raise BundleRefused(translate("hub", "{file} changes records of another city ({table}); a city's bundle "
                                                 "may only change its own. It was refused.").format(
                file=checked.file_name, table=table)) from exc
        except psycopg.Error as exc:
            _refuse_failed_write(checked.file_name, exc)
        result.status = "applied"
        summary = ImportSummary(checked.peer, city, header["kind"], result.sequence, checked.file_name,
                                checked.bundle.file_sha256, status="applied", notes=result.notes)
        for table in TABLES:
            summary.table(table).new = result.inserted.get(table, 0)
            summary.table(table).updated = result.updated.get(table, 0)
        with ks.atomic():
            record_import(ks, checked, summary, operator, Path(path))
        return result
