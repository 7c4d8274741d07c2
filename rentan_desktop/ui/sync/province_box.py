"""Disnaker's side of the province hub on the Sync tab: the city's key file for the hub, and the
city's bundle(s) for the province. The province's key file is opened and compared with its letter
in Keys and trust, like an OPD's enrollment file (sync/province.py, sync/province_export.py)."""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.domain.dates import format_date
from rentan_desktop.sync import export, province, provisioning, registry
from rentan_desktop.sync.province_export import export_to_province
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.sync import sync_unlock


def _when(stamp: str | None) -> str:
    day, _, time = (stamp or "").partition(" ")
    return f"{format_date(day)} {time[:5]}".strip() if day else ""


class ProvinceBox(QGroupBox):
    """Exchange with the province hub (Disnaker only)."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(self.tr("Exchange with the province"), parent)
        self.env = env
        self.last_written: list[Path] = []
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.key_button = QPushButton(self.tr("Write key file for the province..."))
        self.export_button = QPushButton(self.tr("Write bundle for the province..."))
        self.key_button.clicked.connect(self.choose_key_folder)
        self.export_button.clicked.connect(self.choose_export_folder)
        row = QHBoxLayout()
        row.addWidget(self.key_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)

    def refresh(self) -> None:
        db = self.env.db
        trusted = bool(registry.trusted_keys(db, province.PROVINCE))
        self.export_button.setEnabled(trusted)
        if not trusted:
            self.status.setText(self.tr(
                "To send this city's data to the province: write this city's key file for the province hub "
                "with the fingerprint letter, then open the province's key file under Keys and trust and "
                "compare its fingerprint with the province's letter."))
            return
        link = registry.link(db, province.PROVINCE)
        self.status.setText(self.tr("Last bundle for the province: {sent} (number {seq}). The province confirmed "
                                    "changes up to number {acked}.").format(
            sent=_when(link["out_at"]) or self.tr("never"), seq=link["out_seq"] or 0, acked=link["acked_rev"] or 0))

    def _folder(self, title: str) -> Path | None:
        folder = ui_state.folder_name(self, self.env.ctx.data_dir, "bundles", title, removable_first=True)
        return Path(folder) if folder else None

    def choose_key_folder(self) -> None:
        folder = self._folder(self.tr("Folder or USB drive for the key file"))
        if folder is not None:
            self.write_key_file(folder)

    def write_key_file(self, folder: Path) -> None:
        if not sync_unlock.ensure_unlocked(self, self.env):
            return
        data_dir = self.env.ctx.data_dir

        def done(path: Path) -> None:
            self.last_written = [path]
            QMessageBox.information(self, self.title(), self.tr(
                "Written: {file}\nGive it to the province with the fingerprint letter signed by the head of "
                "Disnaker (Keys and trust, Print fingerprint letter).").format(file=path))

        self.env.ops.run(lambda db: provisioning.write_city_enrollment(db, data_dir, folder), changes={"keys"},
                         on_success=done, parent=self)

    def choose_export_folder(self) -> None:
        folder = self._folder(self.tr("Folder or USB drive to write to"))
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> None:
        if not sync_unlock.ensure_unlocked(self, self.env):
            return
        data_dir, operator = self.env.ctx.data_dir, self.env.operator

        def done(results: list[export.ExportResult]) -> None:
            self.last_written = [r.path for r in results]
            self.refresh()
            QMessageBox.information(self, self.title(), self.tr(
                "Written and checked:\n{files}\nThe data on the drive is encrypted; only the province hub can "
                "read it.").format(files="\n".join(str(r.path) for r in results)))

        self.env.ops.run_with_progress(
            lambda db, state: export_to_province(db, data_dir, folder, operator=operator, state=state),
            title=self.tr("Writing the bundle for the province..."), changes={"sync"}, on_success=done, parent=self)
