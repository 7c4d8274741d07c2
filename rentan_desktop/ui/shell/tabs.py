"""Which tabs each role's main window shows, in order. Modules load when the window opens.

A tab is a QWidget class taking (env: UiEnv, parent) with `tab_title() -> str` and
`on_changes(kinds: frozenset[str])`, called after every write so it redraws what it shows.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class TabSpec:
    key: str
    target: str  # "module:Class"
    roles: tuple[str, ...] = ("opd", "disnaker")

    def load(self) -> type:
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


TABS: tuple[TabSpec, ...] = (
    TabSpec("home", "rentan_desktop.ui.shell.home_tab:HomeTab"),
    TabSpec("roster", "rentan_desktop.ui.roster.roster_tab:RosterTab", ("opd",)),
    TabSpec("opd_registry", "rentan_desktop.ui.disnaker.disnaker_registry_tab:DisnakerRegistryTab", ("disnaker",)),
    TabSpec("consolidated", "rentan_desktop.ui.disnaker.disnaker_roster_tab:DisnakerRosterTab", ("disnaker",)),
    TabSpec("duplicates", "rentan_desktop.ui.disnaker.duplicates_tab:DuplicatesTab"),  # OPD: decisions received
    TabSpec("bpjs", "rentan_desktop.ui.disnaker.bpjs_tab:BpjsTab", ("disnaker",)),
    TabSpec("payments", "rentan_desktop.ui.payments.payment_tab:PaymentTab"),
    TabSpec("reports", "rentan_desktop.ui.reports.reports_tab:ReportsTab"),
    TabSpec("sync", "rentan_desktop.ui.sync.sync_tab:SyncTab"),
    TabSpec("settings", "rentan_desktop.ui.settings.settings_tab:SettingsTab"),
)


def tabs_for(role: str) -> list[TabSpec]:
    return [t for t in TABS if role in t.roles]
