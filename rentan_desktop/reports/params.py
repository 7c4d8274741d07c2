"""The choices a report is built for: the month, the period, the OPD and the statuses."""

from __future__ import annotations

from dataclasses import dataclass, replace

from rentan_desktop.domain.months import add_months, current_month


@dataclass(frozen=True)
class ReportParams:
    month: str = ""  # the "as of" month (new this month, arrears); default: this month
    from_month: str = ""  # first month of the period; default: 11 months before `month`
    to_month: str = ""  # last month of the period; default: `month`
    opd_id: int | None = None  # None: every OPD in the store (Disnaker city-wide)
    statuses: tuple[str, ...] = ()  # worker statuses counted in distributions; () = all but ended
    stale_days: int = 30  # data freshness: an OPD with no bundle in this many days is late
    today: str = ""  # ISO date the report is "as of" for ages and freshness; default: today

    def resolved(self) -> ReportParams:
        month = self.month or self.to_month or current_month()
        to_month = self.to_month or month
        from_month = self.from_month or add_months(to_month, -11)
        if from_month > to_month:
            from_month, to_month = to_month, from_month
        return replace(self, month=month, from_month=from_month, to_month=to_month)
