"""One record's history: who changed what, when, with the value before and after."""

from __future__ import annotations

from typing import Any

from rentan_desktop import fields
from rentan_desktop.domain.nip import format_nip
from rentan_desktop.fields.display import action_label, display_value
from rentan_desktop.store import audit
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


class AuditDialog(QDialog):
    def __init__(self, env: UiEnv, uid: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: {name}").format(name=title))
        self.resize(820, 460)
        self.env = env
        self.entries = audit.history(env.db, uid)
        heading = QLabel(self.tr("Every change to this record, oldest first.") if self.entries else
                         self.tr("No change to this record has been recorded (records made by the demo data "
                                 "generator have no history of their own)."))
        heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"),
                                   self.tr("After")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        for entry in self.entries:
            self.tree.addTopLevelItem(self._item(entry))
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def _item(self, entry: dict[str, Any]) -> QTreeWidgetItem:
        at = entry["at"]
        when = f"{at[8:10]}/{at[5:7]}/{at[:4]} {at[11:16]}" if len(at) >= 16 else at
        what = action_label(entry["action"])
        if entry.get("note"):
            what += f" — {entry['note']}"
        item = QTreeWidgetItem([when, entry["operator"], what, "", ""])
        before, after = entry["before"], entry["after"]
        table = entry.get("table") or "workers"
        for key in sorted(set(before) | set(after), key=lambda k: fields.label(table, k)):
            if key in ("id", "uid", "opd_id", "rev", "created_at", "updated_at"):
                continue
            item.addChild(QTreeWidgetItem(["", "", fields.label(table, key), self._value(table, key, before.get(key)),
                                           self._value(table, key, after.get(key))]))
        return item

    def _value(self, table: str, key: str, value: Any) -> str:
        if key == "sponsor_id" and value:  # the trail keeps the local id; show who it is
            row = self.env.db.execute("SELECT name, nip FROM sponsors WHERE id = ?", [value]).fetchone()
            if row:
                return f"{row[0]} ({format_nip(row[1])})" if row[1] else row[0]
        return display_value(table, key, value)

    def change_count(self) -> int:
        return self.tree.topLevelItemCount()
