"""Data freshness at Disnaker: each OPD's last bundle, its date, and OPDs that are late."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from rentan_desktop.i18n import translate
from rentan_desktop.reports.common import opd_rows, today_of
from rentan_desktop.reports.model import Column, Report, Table
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.sync.registry import site_states


def bundle_states(db: sqlite_utils.Database) -> dict[str, tuple[str | None, int | None]]:
    """{opd code: (date the last bundle arrived, its sequence number)} from the sync registry."""
    found: dict[str, tuple[str | None, int | None]] = {}
    for state in site_states(db):
        when = state.last_received_at
        found[state.opd_code] = (when[:10], state.last_sequence) if when else (None, None)
    return found


def age_and_state(when: str | None, today: dt.date, stale_days: int) -> tuple[int | None, str, bool]:
    """(days since the last bundle, its state for people, late?) for a bundle dated `when` (ISO
    date or None: never sent); the OPDs at Disnaker and the Pemda at the province hub alike."""
    if when is None:
        return None, translate("reports", "Never sent"), True
    days = (today - dt.date.fromisoformat(when)).days
    if days > stale_days:
        return days, translate("reports", "Late"), True
    return days, translate("reports", "Up to date"), False


def build(db: sqlite_utils.Database, p: ReportParams) -> Report:
    today = today_of(p.today)
    states = bundle_states(db)
    rows, late = [], []
    for _id, code, name, _asn in opd_rows(db, p.opd_id):
        when, seq = states.get(code, (None, None))
        days, state, is_late = age_and_state(when, today, p.stale_days)
        rows.append((code, name, when, seq, days, state))
        if is_late:
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
