"""Settings section: the letterhead on every printed document and the people who sign them."""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.printing import letterhead
from rentan_desktop.ui.common.forms import FieldMessages
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPixmap,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)


class LetterheadSection(QGroupBox):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.setTitle(self.tr("Letterhead and signatories"))
        self.pemda = QLineEdit()
        self.pemda.setPlaceholderText(self.tr("e.g. Kota Palangka Raya"))
        self.opd = QLineEdit()
        self.opd.setPlaceholderText(self.tr("e.g. Dinas Pendidikan"))
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(56)
        self.address.setPlaceholderText(self.tr("Street, town, postal code, telephone, e-mail"))
        self.logo_path = QLineEdit()
        self.logo_path.setReadOnly(True)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(64, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #c8c8c8;")
        self.choose_logo_button = QPushButton(self.tr("Choose…"))
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(""))
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_preview)
        logo_layout.addWidget(self.logo_path, 1)
        logo_layout.addWidget(self.choose_logo_button)
        logo_layout.addWidget(self.remove_logo_button)
        self.bpjs_branch = QLineEdit()
        self.bpjs_branch.setPlaceholderText(self.tr("e.g. KCP Palangka Raya"))

        self.head_name = QLineEdit()
        self.head_nip = QLineEdit()
        self.head_position = QLineEdit()
        self.head_position.setPlaceholderText(self.tr("e.g. Kepala Dinas"))
        self.treasurer_name = QLineEdit()
        self.treasurer_nip = QLineEdit()
        self.treasurer_position = QLineEdit()
        self.treasurer_position.setPlaceholderText(self.tr("e.g. Bendahara Pengeluaran"))

        form = QFormLayout()
        self.fields = FieldMessages(form)
        self.fields.add_row(self.tr("Pemda"), "pemda", self.pemda)
        self.fields.add_row(self.tr("Office (OPD)"), "opd", self.opd)
        self.fields.add_row(self.tr("Address"), "address", self.address)
        self.fields.add_row(self.tr("Logo"), "logo_path", logo_row)
        self.fields.add_row(self.tr("BPJS branch office"), "bpjs_branch", self.bpjs_branch)
        self.fields.add_row(self.tr("Head of office: name"), "head_name", self.head_name)
        self.fields.add_row(self.tr("Head of office: NIP"), "head_nip", self.head_nip)
        self.fields.add_row(self.tr("Head of office: position"), "head_position", self.head_position)
        self.fields.add_row(self.tr("Treasurer: name"), "treasurer_name", self.treasurer_name)
        self.fields.add_row(self.tr("Treasurer: NIP"), "treasurer_nip", self.treasurer_nip)
        self.fields.add_row(self.tr("Treasurer: position"), "treasurer_position", self.treasurer_position)

        note = QLabel(self.tr("Printed at the top of every form, letter, list and receipt; the head of office and "
                              "the treasurer sign them."))
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save letterhead"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.load()

    def _line_edits(self) -> dict[str, QLineEdit]:
        return {"head_name": self.head_name, "head_nip": self.head_nip, "head_position": self.head_position,
                "treasurer_name": self.treasurer_name, "treasurer_nip": self.treasurer_nip,
                "treasurer_position": self.treasurer_position}

    def load(self) -> None:
        values = letterhead.current(self.env.db)
        lh = values["letterhead"]
        self.pemda.setText(lh.get("pemda", ""))
        self.opd.setText(lh.get("opd", ""))
        self.address.setPlainText(lh.get("address", ""))
        self.set_logo(lh.get("logo_path", ""))
        self.bpjs_branch.setText(values["bpjs_branch"])
        for key, edit in self._line_edits().items():
            edit.setText(values["signatories"].get(key, ""))

    def set_logo(self, path: str) -> None:
        self.logo_path.setText(path)
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setText(self.tr("no logo") if not path else "?")
            self.logo_preview.setPixmap(QPixmap())
        else:
            self.logo_preview.setPixmap(pixmap.scaled(60, 60, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        self.remove_logo_button.setEnabled(bool(path))

    def choose_logo(self) -> None:
        start = str(Path(self.logo_path.text()).parent) if self.logo_path.text() else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), start,
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo(path)

    def values(self) -> dict:
        return {
            "letterhead": {"pemda": self.pemda.text(), "opd": self.opd.text(),
                           "address": " ".join(self.address.toPlainText().split()),
                           "logo_path": self.logo_path.text()},
            "signatories": {key: edit.text() for key, edit in self._line_edits().items()},
            "bpjs_branch": self.bpjs_branch.text(),
        }

    def save(self) -> None:
        self.fields.clear()
        self.status.clear()
        chosen = self.values()
        data_dir = self.env.ctx.data_dir

        def work(db):
            return letterhead.save(db, data_dir, **chosen)

        def done(_):
            self.status.setText(self.tr("Saved."))

        def failed(error):
            issues = getattr(error, "issues", None)
            if issues:
                self.fields.show(issues)
                return True
            return False

        self.env.ops.run(work, changes={"settings"}, on_success=done, on_error=failed, parent=self)

    def on_changes(self, kinds: frozenset) -> None:
        if "settings" in kinds:
            self.load()
