"""The frame of a Settings section: a titled box on the install, editable by Disnaker only where
Disnaker sets the values (an OPD sees them read-only, as they arrive with the return bundles)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from rentan_desktop.ui.common.forms import show_validation_error
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import QGroupBox, QLabel, QTableWidget, QWidget


class SettingsSection(QGroupBox):
    """`title` is already translated; `editable` is True on the Disnaker install."""

    def __init__(self, env: UiEnv, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.editable = env.is_disnaker
        self.setTitle(title)

    def run_write(self, work: Callable[[Any], Any], *, changes: Iterable[str], fields: Any,
                  on_success: Callable[[Any], None] | None = None) -> None:
        """Store through the write door; a ValidationError shows at `fields` (a FieldMessages)."""
        self.env.ops.run(work, changes=changes, on_success=on_success,
                         on_error=lambda error: show_validation_error(fields, error), parent=self)


def wrapped_note(text: str) -> QLabel:
    """An explanatory paragraph that wraps at the section's width."""
    note = QLabel(text)
    note.setWordWrap(True)
    return note


def read_only_table(headers: list[str], *, min_height: int, rows: int = 0) -> QTableWidget:
    """A table for looking, not editing: no row numbers, the last column takes the spare width."""
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(min_height)
    return table
