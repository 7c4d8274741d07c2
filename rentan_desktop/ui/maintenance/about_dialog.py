"""Help ▸ About: version, data folder, database schema version, and Copy diagnostics."""

from __future__ import annotations

from rentan_desktop import __version__
from rentan_desktop.store.migrations import schema_version
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.maintenance.diagnostics import copy_diagnostics
from rentan_desktop.ui.qt import (
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPixmap,
    QPushButton,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
)


class AboutDialog(QDialog):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("About Rentan Desktop"))
        from rentan_desktop.paths import resources_dir

        icon = QLabel()
        pixmap = QPixmap(str(resources_dir() / "icons" / "rentan.png"))
        if not pixmap.isNull():
            icon.setPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        title = QLabel(f"<h2>Rentan Desktop {__version__}</h2>")
        blurb = QLabel(self.tr("Satu ASN Satu Pekerja Rentan: every civil servant covers the BPJS "
                               "Ketenagakerjaan contribution of a vulnerable worker."))
        blurb.setWordWrap(True)
        self.version_label = QLabel(__version__)
        self.folder_label = QLabel(str(env.ctx.data_dir))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schema_label = QLabel(str(schema_version(env.db)))
        form = QFormLayout()
        form.addRow(self.tr("Version"), self.version_label)
        form.addRow(self.tr("Data folder"), self.folder_label)
        form.addRow(self.tr("Database schema version"), self.schema_label)

        self.open_folder_button = QPushButton(self.tr("Open data folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.copy_button = QPushButton(self.tr("Copy diagnostics"))
        self.copy_button.clicked.connect(self.copy_diagnostics)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        head = QHBoxLayout()
        head.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(blurb)
        head.addLayout(text, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_folder_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.env.ctx.data_dir)))

    def copy_diagnostics(self) -> str:
        return copy_diagnostics(self.env, self)
