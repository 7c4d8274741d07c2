"""The roster tab's two pages, Workers and Sponsors: their filters, counts, add buttons and tables.

Their texts keep the "RosterTab" translation context: they are the tab's own words.
`tab` is the RosterTab (not imported here, since it imports this module).
"""

from __future__ import annotations

from rentan_desktop.domain.vocab import WORKER_STATUSES, worker_status_label
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.roster.roster_models import SponsorTableModel, WorkerTableModel
from rentan_desktop.ui.roster.roster_table import (
    SPONSOR_WIDTHS,
    WORKER_ORDER,
    WORKER_WIDTHS,
    make_table,
    order_sections,
)


def workers_page(tab: QWidget) -> QWidget:
    """The Workers page: status/sponsor/readiness filters, the count, Add worker and the table."""
    tab.worker_model = WorkerTableModel(tab.env.db, opd_id=tab.opd_id, parent=tab)
    tab.worker_status = QComboBox()
    tab.worker_status.addItem(QCoreApplication.translate("RosterTab", "All statuses"), None)
    tab.worker_status.addItem(QCoreApplication.translate("RosterTab", "Current (draft, submitted, active)"), "current")
    for code in WORKER_STATUSES:
        tab.worker_status.addItem(worker_status_label(code), code)
    tab.worker_status.currentIndexChanged.connect(lambda _: tab.apply_worker_filter())
    tab.without_sponsor = QCheckBox(QCoreApplication.translate("RosterTab", "Without sponsor"))
    tab.without_sponsor.toggled.connect(lambda _: tab.apply_worker_filter())
    tab.worker_readiness = QComboBox()
    tab.worker_readiness.addItem(QCoreApplication.translate("RosterTab", "Registration: all"), None)
    tab.worker_readiness.addItem(QCoreApplication.translate("RosterTab", "Ready to register"), "ready")
    tab.worker_readiness.addItem(QCoreApplication.translate("RosterTab", "Data missing"), "incomplete")
    tab.worker_readiness.addItem(QCoreApplication.translate("RosterTab", "Rejected by BPJS"), "rejected")
    tab.worker_readiness.setToolTip(QCoreApplication.translate("RosterTab", "Drafts BPJS can register, or workers still missing data that "
                                             "BPJS registration needs (mother's maiden name, heir, ...)"))
    tab.worker_readiness.currentIndexChanged.connect(lambda _: tab.apply_worker_filter())
    tab.sponsor_chip = QPushButton()
    tab.sponsor_chip.setToolTip(QCoreApplication.translate("RosterTab", "Showing one sponsor's workers; click to show all"))
    tab.sponsor_chip.clicked.connect(lambda: tab.show_sponsor_workers(None))
    tab.sponsor_chip.setVisible(False)
    tab._sponsor_filter: int | None = None
    tab.add_worker_button = QPushButton(QCoreApplication.translate("RosterTab", "Add worker"))
    tab.add_worker_button.setToolTip(QCoreApplication.translate("RosterTab", "Add a worker (Ins)"))
    tab.add_worker_button.clicked.connect(lambda: tab.add_worker())
    tab.add_worker_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves focus where it was
    tab.worker_count = QLabel()
    filters = QHBoxLayout()
    filters.addWidget(QLabel(QCoreApplication.translate("RosterTab", "Status")))
    filters.addWidget(tab.worker_status)
    filters.addWidget(tab.without_sponsor)
    filters.addWidget(tab.worker_readiness)
    filters.addWidget(tab.sponsor_chip)
    filters.addStretch(1)
    filters.addWidget(tab.worker_count)
    filters.addWidget(tab.add_worker_button)
    tab.worker_table = make_table(tab.worker_model, WORKER_WIDTHS)
    order_sections(tab.worker_table, WORKER_ORDER)
    # A new key: layouts saved before the order changed would put the registration column last again.
    ui_state.remember_table(tab.worker_table, tab.env.ctx.data_dir, "roster_workers_ordered")
    tab.worker_table.doubleClicked.connect(lambda _: tab.edit_current())
    tab.worker_table.customContextMenuRequested.connect(tab._worker_menu)
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(4, 4, 4, 4)
    box.addLayout(filters)
    tab.worker_empty = empty_hint(QCoreApplication.translate("RosterTab",
        "No workers yet. Add one with Add worker (Ins), or import the list you already keep with "
        "Import… (Ctrl+I). Import the sponsors first so that workers find their sponsor's NIP."))
    box.addWidget(tab.worker_empty)
    box.addWidget(tab.worker_table)
    return page


def sponsors_page(tab: QWidget) -> QWidget:
    """The Sponsors page: status and below-quota filters, the count, Add sponsor and the table."""
    tab.sponsor_model = SponsorTableModel(tab.env.db, opd_id=tab.opd_id, parent=tab)
    tab.sponsor_status = QComboBox()
    tab.sponsor_status.addItem(QCoreApplication.translate("RosterTab", "All statuses"), None)
    tab.sponsor_status.addItem(QCoreApplication.translate("RosterTab", "Active"), "active")
    tab.sponsor_status.addItem(QCoreApplication.translate("RosterTab", "Ended"), "ended")
    tab.sponsor_status.currentIndexChanged.connect(lambda _: tab.apply_sponsor_filter())
    tab.below_quota = QCheckBox(QCoreApplication.translate("RosterTab", "Below quota"))
    tab.below_quota.setToolTip(QCoreApplication.translate("RosterTab", "Active sponsors with fewer current workers than their position's quota"))
    tab.below_quota.toggled.connect(lambda _: tab.apply_sponsor_filter())
    tab.add_sponsor_button = QPushButton(QCoreApplication.translate("RosterTab", "Add sponsor"))
    tab.add_sponsor_button.setToolTip(QCoreApplication.translate("RosterTab", "Add a sponsor (Ins)"))
    tab.add_sponsor_button.clicked.connect(tab.add_sponsor)
    tab.add_sponsor_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    tab.sponsor_count = QLabel()
    filters = QHBoxLayout()
    filters.addWidget(QLabel(QCoreApplication.translate("RosterTab", "Status")))
    filters.addWidget(tab.sponsor_status)
    filters.addWidget(tab.below_quota)
    filters.addStretch(1)
    filters.addWidget(tab.sponsor_count)
    filters.addWidget(tab.add_sponsor_button)
    tab.sponsor_table = make_table(tab.sponsor_model, SPONSOR_WIDTHS)
    ui_state.remember_table(tab.sponsor_table, tab.env.ctx.data_dir, "roster_sponsors")
    tab.sponsor_table.doubleClicked.connect(lambda _: tab.edit_current())
    tab.sponsor_table.customContextMenuRequested.connect(tab._sponsor_menu)
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(4, 4, 4, 4)
    box.addLayout(filters)
    tab.sponsor_empty = empty_hint(QCoreApplication.translate("RosterTab",
        "No sponsors yet. Add one with Add sponsor (Ins), or import the OPD's staff list (for example "
        "the personnel-system export) with Import… (Ctrl+I)."))
    box.addWidget(tab.sponsor_empty)
    box.addWidget(tab.sponsor_table)
    return page


def empty_hint(text: str) -> QLabel:
    """Shown above an empty roster so a newcomer sees the next step."""
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setStyleSheet("background: #eef5ff; border: 1px solid #b8d0f0; padding: 8px;")
    hint.setVisible(False)
    return hint
