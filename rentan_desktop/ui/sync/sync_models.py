"""The read-only table model of the sync screens (logs, OPD states, keys, summaries)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rentan_desktop.ui.common.rows_model import RowsModel


class SyncRowsModel(RowsModel):
    """Columns are (header, row -> value); cells show their full text as a tooltip."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]], parent=None):
        super().__init__(columns, parent, value_tooltips=True)
