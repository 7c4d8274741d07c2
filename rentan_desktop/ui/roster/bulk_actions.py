"""The roster's group changes on the selected rows: end, change sponsor, set first month, print forms.

Each asks once, naming how many records it changes, then makes one write through env.ops
(rentan_desktop.roster.bulk: one transaction, every record audited).
"""

from __future__ import annotations

from rentan_desktop.domain.months import add_months, current_month, month_label, month_range
from rentan_desktop.i18n import language
from rentan_desktop.roster import bulk
from rentan_desktop.ui.qt import QCoreApplication, QInputDialog, QMenu, QMessageBox
from rentan_desktop.ui.roster.roster_end_dialog import RosterEndDialog
from rentan_desktop.ui.roster.sponsor_picker import SponsorPicker


def build_menu(tab, menu: QMenu | None = None) -> QMenu:
    menu = menu or QMenu(tab)
    menu.clear()
    workers = tab.showing_workers()
    count = len(tab.selected_worker_uids() if workers else tab.selected_sponsor_uids())
    head = menu.addAction(QCoreApplication.translate("BulkActions", "{n} row(s) selected").format(n=count))
    head.setEnabled(False)
    menu.addAction(QCoreApplication.translate("BulkActions", "End the selected…"), lambda: end_selected(tab))
    if workers:
        menu.addAction(QCoreApplication.translate("BulkActions", "Change their sponsor…"),
                       lambda: change_sponsor(tab))
        menu.addAction(QCoreApplication.translate("BulkActions", "Set their first month covered…"),
                       lambda: set_start_month(tab))
        menu.addAction(QCoreApplication.translate("BulkActions", "Print their registration forms"),
                       lambda: print_forms(tab))
    for action in menu.actions()[1:]:
        action.setEnabled(count > 0)
    return menu


def _selection(tab) -> tuple[str, list[str]]:
    if tab.showing_workers():
        return "workers", tab.selected_worker_uids()
    return "sponsors", tab.selected_sponsor_uids()


def _nothing(tab) -> None:
    QMessageBox.information(tab, QCoreApplication.translate("BulkActions", "With the selected"),
                            QCoreApplication.translate("BulkActions", "Select one or more rows first (Ctrl or "
                                                                      "Shift with a click)."))


def _done(tab, result: bulk.BulkResult) -> None:
    text = QCoreApplication.translate("BulkActions", "{n} record(s) changed.").format(n=result.changed)
    if result.skipped:
        text += " " + QCoreApplication.translate(
            "BulkActions", "{n} left as they were (the change does not apply to them).").format(n=result.skipped)
    if result.reasons:
        text += "\n\n" + "\n".join(result.reasons[:10])
    tab.last_bulk_result = result
    QMessageBox.information(tab, QCoreApplication.translate("BulkActions", "With the selected"), text)


class BulkEndDialog(RosterEndDialog):
    """The ending dialog, for several records at once."""

    def __init__(self, env, kind: str, uids: list[str], parent=None):
        label = (QCoreApplication.translate("BulkActions", "{n} selected worker(s)").format(n=len(uids))
                 if kind == "workers" else
                 QCoreApplication.translate("BulkActions", "{n} selected sponsor(s)").format(n=len(uids)))
        super().__init__(env, kind, "", label, parent)
        self.uids = uids

    def accept(self) -> None:
        day, reason = self.ended_on.date().toPython(), self.reason.currentText()
        kind, uids, operator, tab = self.kind, list(self.uids), self.env.operator, self.parent()

        def done(result: bulk.BulkResult) -> None:
            RosterEndDialog.done(self, 1)
            _done(tab, result)

        from rentan_desktop.ui.common.forms import show_validation_error

        self.fields.clear()
        self.env.ops.run(lambda db: bulk.end_many(db, operator, kind, uids, day, reason), changes={kind},
                         on_success=done, on_error=lambda e: show_validation_error(self.fields, e), parent=self)


def end_selected(tab) -> BulkEndDialog | None:
    kind, uids = _selection(tab)
    if not uids:
        _nothing(tab)
        return None
    dialog = BulkEndDialog(tab.env, kind, uids, tab)
    tab.last_dialog = dialog
    dialog.open()
    return dialog


def _confirm(tab, text: str) -> bool:
    answer = QMessageBox.question(tab, QCoreApplication.translate("BulkActions", "With the selected"), text)
    return answer == QMessageBox.StandardButton.Yes


def change_sponsor(tab) -> None:
    uids = tab.selected_worker_uids()
    if not uids:
        _nothing(tab)
        return
    # The form's own picker (search by name or NIP, tier, workers against the quota, NIPs grouped): nothing
    # is chosen until the clerk picks (QA walk r5, 8: a bare list preselected its first name).
    picker = SponsorPicker(tab.env, tab)
    picker.setWindowTitle(QCoreApplication.translate("BulkActions", "Change their sponsor"))
    if not picker.exec() or not picker.chosen:
        return
    sponsor_id, name = picker.chosen["id"], picker.chosen["name"]
    if not _confirm(tab, QCoreApplication.translate(
            "BulkActions", "Give {n} worker(s) the sponsor {name}?").format(n=len(uids), name=name)):
        return
    operator = tab.env.operator
    tab.env.ops.run(lambda db: bulk.set_sponsor_many(db, operator, uids, sponsor_id), changes={"workers"},
                    on_success=lambda r: _done(tab, r), parent=tab)


def set_start_month(tab) -> None:
    uids = tab.selected_worker_uids()
    if not uids:
        _nothing(tab)
        return
    now = current_month()
    months = month_range(add_months(now, -12), add_months(now, 3))
    labels = [month_label(m, language()) for m in months]
    choice, ok = QInputDialog.getItem(
        tab, QCoreApplication.translate("BulkActions", "Set their first month covered"),
        QCoreApplication.translate("BulkActions", "First month covered (only for workers not yet registered "
                                                  "with BPJS):"), labels, labels.index(month_label(now, language())),
        False)
    if not ok or choice not in labels:
        return
    month = months[labels.index(choice)]
    if not _confirm(tab, QCoreApplication.translate(
            "BulkActions", "Set the first month covered of {n} worker(s) to {month}?").format(
            n=len(uids), month=choice)):
        return
    operator = tab.env.operator
    tab.env.ops.run(lambda db: bulk.set_start_month_many(db, operator, uids, month), changes={"workers"},
                    on_success=lambda r: _done(tab, r), parent=tab)


def print_forms(tab) -> None:
    from rentan_desktop.ui.printing import print_actions

    uids = tab.selected_worker_uids()
    if not uids:
        _nothing(tab)
        return
    print_actions.run_job(tab.env, print_actions.forms_job(uids), tab)
