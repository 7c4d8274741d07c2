"""Print actions that the printing area adds to other tabs' menus.

Tabs call these with themselves so that printing code stays in the printing area:
- install_roster_actions(tab): the roster tab's print menu (tab.print_menu, a QMenu).
  The tab offers selected_worker_uids(), selected_sponsor_uids(), visible_worker_uids().
- extend_worker_context_menu(menu, tab, worker_uid) / extend_sponsor_context_menu(menu, tab, sponsor_uid)
- install_payment_actions(tab): the payment tab's print menu (tab.print_menu).
  The tab offers current_month() and selected_sponsor_uids() and selected_payment_uids().
"""

from __future__ import annotations


def install_roster_actions(tab) -> None:
    """Filled by the printing area."""


def extend_worker_context_menu(menu, tab, worker_uid: str) -> None:
    """Filled by the printing area."""


def extend_sponsor_context_menu(menu, tab, sponsor_uid: str) -> None:
    """Filled by the printing area."""


def install_payment_actions(tab) -> None:
    """Filled by the printing area."""
