"""What every report returns: a title, its period, typed tables and chart specs.

One Report feeds the Qt table views and chart widget, the .xlsx/.csv exports and the PDF,
so a figure is computed once and shown the same everywhere. Cells hold raw values
(integer Rupiah, percent as a float 0-100, months 'YYYY-MM', ISO dates); formatting for
people happens in `display()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import is_month, month_label
from rentan_desktop.i18n import language
from rentan_desktop.store import clock

KINDS = ("text", "int", "money", "pct", "month", "date", "float")
CHART_KINDS = ("bar", "line", "donut")


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = "text"

    @property
    def numeric(self) -> bool:
        return self.kind in ("int", "money", "pct", "float")


@dataclass
class Table:
    key: str
    title: str
    columns: list[Column]
    rows: list[tuple[Any, ...]]
    totals: tuple[Any, ...] | None = None
    note: str = ""

    def column(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    def values(self, key: str) -> list[Any]:
        i = self.column(key)
        return [row[i] for row in self.rows]

    def as_dicts(self) -> list[dict[str, Any]]:
        keys = [c.key for c in self.columns]
        return [dict(zip(keys, row, strict=True)) for row in self.rows]

    def find(self, key: str, value: Any) -> dict[str, Any]:
        """The first row whose column `key` equals `value`, as a dict (tests, summaries)."""
        for row in self.as_dicts():
            if row[key] == value:
                return row
        raise KeyError(value)


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float]


@dataclass(frozen=True)
class Chart:
    """A chart spec: the Qt widget and the PDF draw the same picture from it."""

    kind: str  # bar | line | donut
    title: str
    categories: list[str]
    series: list[Series]
    unit: str = ""  # "%", "Rp" or "" (counts)


@dataclass
class Report:
    key: str
    title: str
    period: str
    scope: str
    tables: list[Table]
    charts: list[Chart] = field(default_factory=list)
    pemda: str = ""
    generated_at: str = field(default_factory=lambda: clock.now().isoformat(timespec="seconds"))

    def table(self, key: str) -> Table:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)


def pct(part: float, whole: float) -> float:
    """Percent rounded to one decimal; 0 when there is nothing to divide by."""
    return round(100.0 * part / whole, 1) if whole else 0.0


def group_digits(n: int) -> str:
    text = f"{n:,}"
    return text.replace(",", ".") if language() == "id" else text


def display(kind: str, value: Any) -> str:
    """A cell as people read it: Rp16.800, 66,7%, 29/11/2022, November 2026."""
    if value is None:
        return ""
    if isinstance(value, str) and kind != "text" and not _is_raw(kind, value):
        return value  # a label such as "Total" in a typed column
    if kind == "money":
        return rupiah(int(value))
    if kind == "int":
        return group_digits(int(value))
    if kind == "pct":
        text = f"{float(value):.1f}%"
        return text.replace(".", ",") if language() == "id" else text
    if kind == "float":
        text = f"{float(value):.2f}"
        return text.replace(".", ",") if language() == "id" else text
    if kind == "month":
        return month_label(str(value), language())
    if kind == "date":
        return format_date(str(value))
    return str(value)


def _is_raw(kind: str, value: str) -> bool:
    if kind == "month":
        return is_month(value)
    if kind == "date":
        return len(value) >= 10 and value[4] == "-" and value[:4].isdigit()
    return False
