"""Results of pure cell conversions, remembered per text: a list repeats most of its values.

A 200,000-row list has a few hundred distinct villages, districts, occupations, RTs, dates
and start months; converting each distinct text once instead of on every row saves much of
the work per row. Only texts are remembered (1, 1.0 and True are equal keys of a
dict but different cells), only results (a refusal is raised again each time), and only a
bounded number (all forgotten at once beyond it). Columns of names, streets and numbers,
nearly all different, are converted as they come instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

LIMIT = 20_000  # distinct texts kept per conversion; forgotten all at once beyond it


class Memo(dict):
    """`memo[text]` is `convert(text)`, computed once per distinct text while few are kept."""

    def __init__(self, convert: Callable[[str], Any], limit: int = LIMIT):
        super().__init__()
        self.convert = convert
        self.limit = limit

    def __missing__(self, text: str) -> Any:
        value = self.convert(text)  # a Refused propagates and is not kept
        if len(self) >= self.limit:
            self.clear()
        self[text] = value
        return value

    def __call__(self, cell: Any) -> Any:
        """The conversion of any cell: texts remembered, other cells converted each time."""
        return self[cell] if type(cell) is str else self.convert(cell)
