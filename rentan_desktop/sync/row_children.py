"""Nested rows of a section (a rate table's income brackets): each value as the registry checks it,
and the list as a whole usable (at least one bracket, ascending, not overlapping), before anything
is written. Returns the reason a nested list is refused, or None."""

from __future__ import annotations

from typing import Any

from rentan_desktop import fields
from rentan_desktop.fields import checks
from rentan_desktop.i18n import translate
from rentan_desktop.sync.tables import Child


def problem(child: Child, value: Any) -> str | None:
    if value is None:
        return None  # not sent: the receiver keeps its own
    width = len(child.columns)
    if not isinstance(value, list) or not value or \
            not all(isinstance(r, list) and len(r) == width for r in value):
        return translate("sync", "needs at least one row of {count} values each").format(count=width)
    known = [fields.field(child.table, c) for c in child.columns]
    for r in value:
        for fld, v in zip(known, r, strict=True):
            found = checks.value_problem(fld, v)
            if found:
                return f"{fld.label}: {found}"
    return _order_problem(child, value)


def _order_problem(child: Child, value: list[list[Any]]) -> str | None:
    """Brackets (income_from, income_to): ascending, each within itself, none overlapping."""
    if child.columns[:2] != ("income_from", "income_to"):
        return None
    last_to: int | None = -1
    for i, (low, high, *_) in enumerate(value):
        if (high is not None and high < low) or last_to is None or low <= last_to or \
                (high is None and i != len(value) - 1):
            return translate("sync", "the income brackets must ascend without overlapping")
        last_to = high
    return None
