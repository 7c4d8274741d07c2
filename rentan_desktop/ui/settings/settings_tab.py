"""Settings: one section per concern, each a small widget with its own Save.

Sections other areas add (letterhead and signatories, backups, rates...) are listed in
SECTIONS; each takes (env, parent) and has `on_changes(kinds)`.
"""

from __future__ import annotations

import importlib

from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import QScrollArea, QVBoxLayout, QWidget

SECTIONS: tuple[str, ...] = (
    "rentan_desktop.ui.settings.settings_general:GeneralSection",
    "rentan_desktop.ui.settings.settings_general:ProgrammeSection",
    "rentan_desktop.ui.printing.letterhead_section:LetterheadSection",
    "rentan_desktop.ui.payments.rates_section:RatesSection",
    "rentan_desktop.ui.payments.calendar_section:CalendarSection",
    "rentan_desktop.ui.maintenance.backup_dialog:BackupSection",
    "rentan_desktop.ui.settings.security_section:SecuritySection",
)


class SettingsTab(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.sections: list[QWidget] = []
        for target in SECTIONS:
            module, _, name = target.partition(":")
            section = getattr(importlib.import_module(module), name)(env, inner)
            self.sections.append(section)
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def tab_title(self) -> str:
        return self.tr("Settings")

    def on_changes(self, kinds: frozenset) -> None:
        for section in self.sections:
            section.on_changes(kinds)
