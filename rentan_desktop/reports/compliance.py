"""Compliance: how many active sponsors meet their quota, by position level, and who has none."""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.domain.vocab import position_level_label
from rentan_desktop.i18n import translate
from rentan_desktop.reports.common import opd_rows, quotas
from rentan_desktop.reports.model import Chart, Column, Report, Series, Table, pct
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.reports.sponsors import LEVELS, SponsorFacts, by_opd, totals_by_level


def build(db: sqlite_utils.Database, p: ReportParams) -> Report:
    quota = quotas(db)
    facts = SponsorFacts(db, p.opd_id, quota)
    per_opd = facts.by_opd_and_level()
    levels = totals_by_level(facts.by_person_and_level() if p.opd_id is None else per_opd)
    rows = []
    for level in LEVELS:
        c = levels[level]
        rows.append((position_level_label(level), quota[level], c.active, c.meeting, pct(c.meeting, c.active),
                     c.none, c.workers))
    active, meeting = sum(r[2] for r in rows), sum(r[3] for r in rows)
    by_level = Table("by_level", translate("reports", "Sponsors meeting their quota, by position level"), [
        Column("level", translate("reports", "Position level")),
        Column("quota", translate("reports", "Quota (workers)"), "int"),
        Column("active", translate("reports", "Active sponsors"), "int"),
        Column("meeting", translate("reports", "Meeting quota"), "int"),
        Column("pct", translate("reports", "Meeting quota (%)"), "pct"),
        Column("no_worker", translate("reports", "With no worker"), "int"),
        Column("workers", translate("reports", "Current workers"), "int"),
    ], rows, (translate("reports", "Total"), None, active, meeting, pct(meeting, active),
              sum(r[5] for r in rows), sum(r[6] for r in rows)))
    if p.opd_id is None:
        by_level.note = translate("reports", "City-wide figures count each civil servant once (by NIP).")
    missing = Table("no_worker", translate("reports", "Active sponsors with no worker"), [
        Column("opd", translate("reports", "OPD")),
        Column("name", translate("reports", "Name")),
        Column("nip", translate("reports", "NIP")),
        Column("position", translate("reports", "Position")),
        Column("level", translate("reports", "Position level")),
    ], [(code, name, nip or "", position or "", position_level_label(level))
        for code, name, nip, position, level in facts.without_worker()])
    tables = [by_level, missing]
    if p.opd_id is None:
        counts = by_opd(per_opd)
        opd_table = []
        for opd_id, code, name, _asn in opd_rows(db):
            n_active, n_meeting, n_none = counts.get(opd_id, (0, 0, 0))
            opd_table.append((code, name, n_active, n_meeting, pct(n_meeting, n_active), n_none))
        tables.append(Table("by_opd", translate("reports", "Compliance by OPD"), [
            Column("code", translate("reports", "Code")),
            Column("opd", translate("reports", "OPD")),
            Column("active", translate("reports", "Active sponsors"), "int"),
            Column("meeting", translate("reports", "Meeting quota"), "int"),
            Column("pct", translate("reports", "Meeting quota (%)"), "pct"),
            Column("no_worker", translate("reports", "With no worker"), "int"),
        ], opd_table))
    charts = [Chart("bar", translate("reports", "Meeting quota (%) by position level"), [r[0] for r in rows],
                    [Series(translate("reports", "Meeting quota (%)"), [r[4] for r in rows])], "%")]
    return Report("compliance", translate("reports", "Sponsor compliance"), "", "", tables, charts)
