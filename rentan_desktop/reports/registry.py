"""Every report by name: who may see it, what it needs, and one `build()` for GUI, CLI and PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import sqlite_utils

from rentan_desktop.domain.months import month_label
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import language, translate
from rentan_desktop.reports import (
    compliance,
    coverage,
    duplicates,
    freshness,
    money,
    ranking,
    summary,
    workers,
)
from rentan_desktop.reports.common import scope_label
from rentan_desktop.reports.model import Report
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.store import settings
from rentan_desktop.tasks import TaskState


@dataclass(frozen=True)
class ReportSpec:
    key: str
    builder: Callable[[sqlite_utils.Database, ReportParams], Report]
    roles: tuple[str, ...]
    uses: frozenset[str]  # which choices matter: month, period, opd, statuses, stale_days

    @property
    def title(self) -> str:
        return TITLES[self.key]()


TITLES: dict[str, Callable[[], str]] = {
    "compliance": lambda: translate("reports", "Sponsor compliance"),
    "workers": lambda: translate("reports", "Workers"),
    "money": lambda: translate("reports", "Contributions"),
    "ranking": lambda: translate("reports", "OPD ranking"),
    "coverage": lambda: translate("reports", "Coverage against the target"),
    "freshness": lambda: translate("reports", "Data freshness"),
    "duplicates": lambda: translate("reports", "Duplicate NIKs"),
    "summary": lambda: translate("reports", "Programme summary"),
    "paritrana": lambda: translate("reports", "Paritrana Award submission"),
}

BOTH = ("opd", "disnaker")
DISNAKER = ("disnaker",)
REPORTS: dict[str, ReportSpec] = {spec.key: spec for spec in (
    ReportSpec("compliance", compliance.build, BOTH, frozenset({"opd"})),
    ReportSpec("workers", workers.build, BOTH, frozenset({"month", "period", "opd", "statuses"})),
    ReportSpec("money", money.build, BOTH, frozenset({"month", "period", "opd"})),
    ReportSpec("ranking", ranking.build, DISNAKER, frozenset({"period"})),
    ReportSpec("coverage", coverage.build, DISNAKER, frozenset({"period", "opd"})),
    ReportSpec("freshness", freshness.build, DISNAKER, frozenset({"stale_days"})),
    ReportSpec("duplicates", duplicates.build, DISNAKER, frozenset()),
    ReportSpec("summary", summary.build_summary, DISNAKER, frozenset({"month", "period"})),
    ReportSpec("paritrana", summary.build_paritrana, DISNAKER, frozenset({"month", "period"})),
)}


def reports_for(role: str) -> list[ReportSpec]:
    return [spec for spec in REPORTS.values() if role in spec.roles]


def _period_text(spec: ReportSpec, p: ReportParams) -> str:
    lang = language()
    if "period" in spec.uses:
        text = f"{month_label(p.from_month, lang)} – {month_label(p.to_month, lang)}"
        if "month" in spec.uses and p.month != p.to_month:
            text += " · " + translate("reports", "as of {month}").format(month=month_label(p.month, lang))
        return text
    if "month" in spec.uses:
        return month_label(p.month, lang)
    from rentan_desktop.domain.dates import format_date
    from rentan_desktop.reports.common import today_of

    return translate("reports", "as of {date}").format(date=format_date(today_of(p.today)))


def _bring_lifecycle_to_today(db: sqlite_utils.Database) -> None:
    """Statuses as of today before any figure is read (a lapse the date brought since midnight)."""
    if getattr(db, "dialect", "sqlite") != "sqlite":
        return  # the province hub keeps no lifecycle of its own
    from rentan_desktop.payments import lifecycle

    lifecycle.bring_to_today(db, cause=translate("reports", "report built"))


def build(db: sqlite_utils.Database, key: str, params: ReportParams | None = None,
          state: TaskState | None = None) -> Report:
    """Build report `key`. An OPD install always reports on its own OPD only."""
    spec = REPORTS.get(key)
    role = settings.get(db, "role") or "opd"
    if spec is None or role not in spec.roles:
        raise UserError(translate("reports", "Unknown report: {name}").format(name=key))
    p = (params or ReportParams()).resolved()
    _bring_lifecycle_to_today(db)
    if role == "opd":
        from rentan_desktop.store.site import own_opd_id

        p = replace(p, opd_id=own_opd_id(db))
    elif "opd" not in spec.uses:
        p = replace(p, opd_id=None)
    if state is not None:
        state.progress(0, 1, spec.title)
        state.check()
    report = spec.builder(db, p)
    report.title = spec.title
    report.period = _period_text(spec, p)
    report.scope = scope_label(db, p.opd_id)
    report.pemda = settings.get(db, "pemda", "") or ""
    if state is not None:
        state.progress(1, 1, spec.title)
    return report
