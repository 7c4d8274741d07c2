"""Which tabs each role's main window shows, in order. A tab's module loads when it is first shown.

A tab is a QWidget class taking (env: UiEnv, parent) with `tab_title() -> str` and
`on_changes(kinds: frozenset[str])`, called after every write so it redraws what it shows.
`title` repeats the class's `tab_title()` text (same translation context, the class name) so
the tab bar is labelled before the tab is built; a test keeps the two equal.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class TabSpec:
    key: str
    target: str  # "module:Class"
    roles: tuple[str, ...] = ("opd", "disnaker")
    title: str = ""
    opd_title: str = ""  # when an OPD install labels it differently

    def tab_title(self, role: str) -> str:
        from rentan_desktop.ui.qt import QCoreApplication

        context = self.target.partition(":")[2]
        return QCoreApplication.translate(context, self.opd_title if role == "opd" and self.opd_title else self.title)

    def load(self) -> type:
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


TABS: tuple[TabSpec, ...] = (
    TabSpec("home", "rentan_desktop.ui.shell.home_tab:HomeTab", title="Home"),
    TabSpec("roster", "rentan_desktop.ui.roster.roster_tab:RosterTab", ("opd",), title="Roster"),
    TabSpec("opd_registry", "rentan_desktop.ui.disnaker.disnaker_registry_tab:DisnakerRegistryTab", ("disnaker",),
            title="OPD registry"),
    TabSpec("consolidated", "rentan_desktop.ui.disnaker.disnaker_roster_tab:DisnakerRosterTab", ("disnaker",),
            title="All OPDs' roster"),
    TabSpec("duplicates", "rentan_desktop.ui.disnaker.duplicates_tab:DuplicatesTab", title="Duplicates",
            opd_title="Decisions from Disnaker"),  # OPD: decisions received
    TabSpec("bpjs", "rentan_desktop.ui.disnaker.bpjs_tab:BpjsTab", ("disnaker",), title="BPJS"),
    TabSpec("payments", "rentan_desktop.ui.payments.payment_tab:PaymentTab", title="Payments"),
    TabSpec("reports", "rentan_desktop.ui.reports.reports_tab:ReportsTab", title="Reports"),
    TabSpec("sync", "rentan_desktop.ui.sync.sync_tab:SyncTab", title="Sync"),
    TabSpec("settings", "rentan_desktop.ui.settings.settings_tab:SettingsTab", title="Settings"),
)


def tabs_for(role: str) -> list[TabSpec]:
    return [t for t in TABS if role in t.roles]
