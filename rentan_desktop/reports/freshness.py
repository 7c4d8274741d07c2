"""Data freshness at Disnaker: each OPD's last bundle, its date, and OPDs that are late."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils

from rentan_desktop.i18n import translate
from rentan_desktop.reports.common import opd_rows, today_of
from rentan_desktop.reports.model import Column, Report, Table
from rentan_desktop.reports.params import ReportParams


def _pick(state: Any, *names: str) -> Any:
    for name in names:
        value = state.get(name) if isinstance(state, dict) else getattr(state, name, None)
        if value not in (None, ""):
            return value
    return None


def bundle_states(db: sqlite_utils.Database) -> dict[str, tuple[str | None, int | None]]:
    """{opd code: (date of the last bundle received, its sequence number)} from the sync registry."""
    try:
        from rentan_desktop.sync.registry import site_states
    except ImportError:  # no sync area in this build: no bundle has ever arrived
        return {}
    found: dict[str, tuple[str | None, int | None]] = {}
    for state in site_states(db):
        code = _pick(state, "opd_code", "code")
        if code is None:
            continue
        when = _pick(state, "last_bundle_at", "last_received_at", "last_imported_at", "received_at",
                     "last_bundle_date")
        seq = _pick(state, "last_seq", "last_sequence", "sequence", "seq")
        found[str(code)] = (str(when)[:10] if when else None, int(seq) if seq is not None else None)
    return found


def build(db: sqlite_utils.Database, p: ReportParams) -> Report:
    today = today_of(p.today)
    states = bundle_states(db)
    rows, late = [], []
    for _id, code, name, _asn in opd_rows(db, p.opd_id):
        when, seq = states.get(code, (None, None))
        days = (today - dt.date.fromisoformat(when)).days if when else None
        if when is None:
            state = translate("reports", "Never sent")
        elif days > p.stale_days:
            state = translate("reports", "Late")
        else:
            state = translate("reports", "Up to date")
        rows.append((code, name, when, seq, days, state))
        if when is None or days > p.stale_days:
            late.append((code, name, when, days))
    columns = [Column("code", translate("reports", "Code")), Column("opd", translate("reports", "OPD"))]
    tables = [
        Table("bundles", translate("reports", "Last bundle of each OPD"), [
            *columns, Column("last", translate("reports", "Last bundle"), "date"),
            Column("seq", translate("reports", "Sequence"), "int"),
            Column("days", translate("reports", "Days ago"), "int"),
            Column("state", translate("reports", "State"))], rows),
        Table("late", translate("reports", "OPDs with no bundle in the last {n} days").format(n=p.stale_days), [
            *columns, Column("last", translate("reports", "Last bundle"), "date"),
            Column("days", translate("reports", "Days ago"), "int")], late),
    ]
    return Report("freshness", translate("reports", "Data freshness"), "", "", tables)
