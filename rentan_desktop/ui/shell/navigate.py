"""Open a list from elsewhere (the home screen, help): a tab, the page and the filter it names.

Targets are the strings of rentan_desktop.reports.home (`T_*`); unknown targets only show
the tab named before the colon, so a missing tab never raises.
"""

from __future__ import annotations

from rentan_desktop.payments import month_view
from rentan_desktop.reports import home
from rentan_desktop.ui.qt import QWidget


def open_target(window: QWidget, target: str, month: str | None = None) -> bool:
    """Show what `target` names in the main window; False when this install has no such tab."""
    tabs = getattr(window, "tab_widgets", {})
    key = target.split(":", 1)[0]
    tab = tabs.get(key)
    if tab is None:
        return False
    window.show_tab(key)
    if target in (home.T_UNPAID, home.T_AT_RISK, home.T_LAPSED):
        _payments(tab, target, month)
    elif target in (home.T_INCOMPLETE, home.T_BELOW_QUOTA, home.T_WITHOUT_SPONSOR, home.T_REJECTED):
        _roster(tab, target)
    elif target == home.T_START:
        tab.open_import()
    elif target == home.T_QUARANTINE and getattr(tab, "quarantine", None) is not None:
        tab.pages.setCurrentWidget(tab.quarantine)
    return True


def _payments(tab, target: str, month: str | None) -> None:
    if month:
        tab.set_month(month)
    if target == home.T_UNPAID:
        tab.show_combo.setCurrentIndex(tab.show_combo.findData(month_view.SHOW_UNPAID))
        tab.pages.setCurrentIndex(tab.PAGE_MONTH)
    else:
        wanted = "lapsed" if target == home.T_LAPSED else "at_risk"
        tab.arrears_filter.setCurrentIndex(tab.arrears_filter.findData(wanted))
        tab.pages.setCurrentIndex(tab.PAGE_ARREARS)


def _roster(tab, target: str) -> None:
    tab.search.clear()
    if target == home.T_BELOW_QUOTA:
        tab.sponsor_status.setCurrentIndex(0)
        tab.below_quota.setChecked(True)
        tab.pages.setCurrentIndex(1)
        return
    tab.show_sponsor_workers(None)
    tab.worker_status.setCurrentIndex(tab.worker_status.findData("current"))
    tab.without_sponsor.setChecked(target == home.T_WITHOUT_SPONSOR)
    readiness = {home.T_INCOMPLETE: "incomplete", home.T_REJECTED: "rejected"}.get(target)
    tab.worker_readiness.setCurrentIndex(max(0, tab.worker_readiness.findData(readiness)))
    tab.pages.setCurrentIndex(0)


# Everyday steps the home screen offers as buttons: (key, tab, method on that tab).
QUICK_STEPS = (("add_worker", "roster", "add_worker"), ("record_month", "payments", "record_bulk"),
               ("bundle", "sync", "choose_export_folder"))


def run_step(window: QWidget, key: str) -> bool:
    """Show the tab of an everyday step and start it there; 'backup_to' opens the backup to a stick."""
    if key == "backup_to":
        from rentan_desktop.ui.maintenance.backup_dialog import BackupDialog

        dialog = BackupDialog(window.env, window)
        window.last_backup_dialog = dialog
        dialog.open()
        dialog.backup_to_folder()
        return True
    for step, tab_key, method in QUICK_STEPS:
        if step == key and tab_key in getattr(window, "tab_widgets", {}):
            window.show_tab(tab_key)
            getattr(window.tab(tab_key), method)()
            return True
    return False
