"""The same NIK held by two OPDs (or twice by one) among workers who have not ended."""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.domain.vocab import worker_status_label
from rentan_desktop.i18n import translate
from rentan_desktop.reports.common import nik_holders
from rentan_desktop.reports.model import Chart, Column, Report, Series, Table
from rentan_desktop.reports.params import ReportParams


def build(db: sqlite_utils.Database, p: ReportParams) -> Report:
    rows = db.execute(
        f"WITH dup AS (SELECT nik FROM {nik_holders(db)} WHERE status != 'ended' GROUP BY nik HAVING count(*) > 1) "
        "SELECT w.nik, w.name, o.code, o.name, s.name, w.status, w.start_month "
        "FROM dup JOIN workers w ON w.nik = dup.nik AND w.status != 'ended' "
        "JOIN opds o ON o.id = w.opd_id LEFT JOIN sponsors s ON s.id = w.sponsor_id "
        "ORDER BY w.nik, o.code").fetchall()
    table = Table("duplicates", translate("reports", "Same NIK in more than one place"), [
        Column("nik", translate("reports", "NIK")), Column("name", translate("reports", "Name")),
        Column("code", translate("reports", "Code")), Column("opd", translate("reports", "OPD")),
        Column("sponsor", translate("reports", "Sponsor")),
        Column("status", translate("reports", "Membership status")),
        Column("start", translate("reports", "First month covered"), "month"),
    ], [(n, nm, c, o, s or "", worker_status_label(st), m) for n, nm, c, o, s, st, m in rows],
        note=translate("reports", "Nothing is merged: the Disnaker duplicates queue decides which sponsorship stands."))
    per_opd: dict[str, int] = {}
    for row in rows:
        per_opd[row[2]] = per_opd.get(row[2], 0) + 1
    people = len({r[0] for r in rows})
    summary = Table("summary", translate("reports", "Duplicates by OPD"), [
        Column("code", translate("reports", "Code")), Column("entries", translate("reports", "Entries"), "int")],
        sorted(per_opd.items()), (translate("reports", "Persons"), people))
    charts = [Chart("bar", translate("reports", "Duplicate entries by OPD"), list(sorted(per_opd)),
                    [Series(translate("reports", "Entries"), [per_opd[k] for k in sorted(per_opd)])])] if rows else []
    return Report("duplicates", translate("reports", "Duplicate NIKs"), "", "", [summary, table], charts)
