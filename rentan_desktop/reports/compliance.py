"""Compliance: how many active sponsors meet their quota, by position level, and who has none."""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.domain.vocab import POSITION_LEVELS, position_level_label
from rentan_desktop.i18n import translate
from rentan_desktop.reports.common import opd_rows, quotas
from rentan_desktop.reports.model import Chart, Column, Report, Series, Table, pct
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.reports.sponsors import ActiveSponsor, active_sponsors, people


def _level_table(sponsors: list[ActiveSponsor], quota: dict[str, int]) -> Table:
    rows = []
    for level in POSITION_LEVELS:
        group = [s for s in sponsors if s.level == level]
        meeting = sum(1 for s in group if s.workers >= quota[level])
        rows.append((position_level_label(level), quota[level], len(group), meeting, pct(meeting, len(group)),
                     sum(1 for s in group if s.workers == 0), sum(s.workers for s in group)))
    total = sum(r[2] for r in rows)
    meeting = sum(r[3] for r in rows)
    totals = (translate("reports", "Total"), None, total, meeting, pct(meeting, total),
              sum(r[5] for r in rows), sum(r[6] for r in rows))
    return Table("by_level", translate("reports", "Sponsors meeting their quota, by position level"), [
        Column("level", translate("reports", "Position level")),
        Column("quota", translate("reports", "Quota (workers)"), "int"),
        Column("active", translate("reports", "Active sponsors"), "int"),
        Column("meeting", translate("reports", "Meeting quota"), "int"),
        Column("pct", translate("reports", "Meeting quota (%)"), "pct"),
        Column("no_worker", translate("reports", "With no worker"), "int"),
        Column("workers", translate("reports", "Current workers"), "int"),
    ], rows, totals)


def build(db: sqlite_utils.Database, p: ReportParams) -> Report:
    quota = quotas(db)
    sponsors = active_sponsors(db, p.opd_id)
    opds = opd_rows(db)
    code = {o[0]: o[1] for o in opds}
    counted = sponsors if p.opd_id is not None else people(sponsors)
    tables = [_level_table(counted, quota)]
    if p.opd_id is None:
        tables[0].note = translate("reports", "City-wide figures count each civil servant once (by NIP).")
    missing = sorted((s for s in sponsors if s.workers == 0), key=lambda s: (code.get(s.opd_id, ""), s.name))
    tables.append(Table("no_worker", translate("reports", "Active sponsors with no worker"), [
        Column("opd", translate("reports", "OPD")),
        Column("name", translate("reports", "Name")),
        Column("nip", translate("reports", "NIP")),
        Column("position", translate("reports", "Position")),
        Column("level", translate("reports", "Position level")),
    ], [(code.get(s.opd_id, ""), s.name, s.nip or "", s.position or "", position_level_label(s.level))
        for s in missing]))
    charts = [Chart("bar", translate("reports", "Meeting quota (%) by position level"),
                    [r[0] for r in tables[0].rows], [Series(translate("reports", "Meeting quota (%)"),
                                                            [r[4] for r in tables[0].rows])], "%")]
    if p.opd_id is None:
        rows = []
        for opd_id, opd_code, name, _asn in opds:
            mine = [s for s in sponsors if s.opd_id == opd_id]
            meeting = sum(1 for s in mine if s.workers >= quota.get(s.level, 1))
            rows.append((opd_code, name, len(mine), meeting, pct(meeting, len(mine)),
                         sum(1 for s in mine if s.workers == 0)))
        tables.append(Table("by_opd", translate("reports", "Compliance by OPD"), [
            Column("code", translate("reports", "Code")),
            Column("opd", translate("reports", "OPD")),
            Column("active", translate("reports", "Active sponsors"), "int"),
            Column("meeting", translate("reports", "Meeting quota"), "int"),
            Column("pct", translate("reports", "Meeting quota (%)"), "pct"),
            Column("no_worker", translate("reports", "With no worker"), "int"),
        ], rows))
    return Report("compliance", translate("reports", "Sponsor compliance"), "", "", tables, charts)
