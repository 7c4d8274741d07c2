"""General settings (language, operator) and programme settings (quotas, occupations, target)."""

from __future__ import annotations

from rentan_desktop import i18n
from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.vocab import POSITION_LEVELS, position_level_label
from rentan_desktop.store import settings
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.forms import FieldMessages
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class GeneralSection(QGroupBox):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.setTitle(self.tr("General"))
        self.language = QComboBox()
        for code, label in i18n.LANGUAGES.items():
            self.language.addItem(label, code)
        self.operator = QLineEdit()
        form = QFormLayout()
        self.fields = FieldMessages(form)
        self.fields.add_row(self.tr("Language"), "language", self.language)
        self.fields.add_row(self.tr("Operator name"), "operator", self.operator)
        # With named operators the one who unlocked is the operator (QA walk r6, 6): shown, not edited here.
        self.operator_note = QLabel(self.tr("The operator is chosen when unlocking; add or remove operators under "
                                            "Security and personal data."))
        self.operator_note.setWordWrap(True)
        form.addRow("", self.operator_note)
        info = QLabel(self.tr("Role: {role} · Pemda: {pemda}").format(
            role=self.tr("Disnaker") if env.is_disnaker else f"OPD {env.site.opd_code} {env.site.opd_name}",
            pemda=env.site.pemda))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        self.load()

    def named_operators(self) -> bool:
        vault = self.env.ctx.vault
        return vault is not None and bool(vault.operators())

    def load(self) -> None:
        db = self.env.db
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(db, "language", "id"))))
        named = self.named_operators()
        self.operator.setText(self.env.operator if named else settings.get(db, "operator", ""))
        self.operator.setReadOnly(named)
        self.operator_note.setVisible(named)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.load()  # another operator may have unlocked since
        super().showEvent(event)

    def save(self) -> None:
        language = self.language.currentData()
        operator = None if self.named_operators() else self.operator.text().strip()
        if operator is not None and not operator:
            self.fields.show([Issue("operator", self.tr("Give the operator's name."))])
            return
        self.fields.clear()
        changed_language = language != settings.get(self.env.db, "language", "id")

        def work(db):
            settings.put(db, "language", language)
            if operator is not None:
                settings.put(db, "operator", operator)

        def done(_):
            ui_state.remember_language(self.env.ctx.data_dir, language)  # the next passphrase prompt too
            if changed_language:
                QMessageBox.information(self, self.tr("Language"), self.tr(
                    "The new language is used after Rentan Desktop is restarted."))

        self.env.ops.run(work, changes={"settings"}, on_success=done, parent=self)

    def on_changes(self, kinds: frozenset) -> None:
        if "settings" in kinds:
            self.load()


class ProgrammeSection(QGroupBox):
    """Quotas per position level, occupations and the coverage target.

    Disnaker owns these; at an OPD install they arrive in return bundles and are read-only.
    """

    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.setTitle(self.tr("Programme rules"))
        editable = env.is_disnaker
        self.quotas: dict[str, QSpinBox] = {}
        form = QFormLayout()
        self.fields = FieldMessages(form)
        for level in POSITION_LEVELS:
            spin = QSpinBox()
            spin.setRange(0, 20)
            spin.setEnabled(editable)
            self.quotas[level] = spin
            self.fields.add_row(self.tr("Minimum workers: {level}").format(level=position_level_label(level)),
                                f"quota_{level}", spin)
        self.occupations = QPlainTextEdit()
        self.occupations.setReadOnly(not editable)
        self.occupations.setFixedHeight(120)
        self.fields.add_row(self.tr("Occupations (one per line)"), "occupations", self.occupations)
        self.target_workers = QSpinBox()
        self.target_workers.setRange(0, 10_000_000)
        self.target_workers.setGroupSeparatorShown(True)
        self.target_workers.setEnabled(editable)
        self.fields.add_row(self.tr("Uncovered non-wage workers in the Pemda"), "uncovered_workers",
                            self.target_workers)
        self.target_pct = QSpinBox()
        self.target_pct.setRange(0, 100)
        self.target_pct.setSuffix(" %")
        self.target_pct.setEnabled(editable)
        self.fields.add_row(self.tr("ASN participation target"), "asn_participation_pct", self.target_pct)
        layout = QVBoxLayout(self)
        if not editable:
            note = QLabel(self.tr("These rules are set by Disnaker and arrive with its return bundles."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save programme rules"))
        self.save_button.setVisible(editable)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button)
        self.load()

    def load(self) -> None:
        db = self.env.db
        quotas = settings.get(db, "quotas")
        for level, spin in self.quotas.items():
            spin.setValue(int(quotas.get(level, 1)))
        self.occupations.setPlainText("\n".join(settings.get(db, "occupations")))
        target = settings.get(db, "coverage_target")
        self.target_workers.setValue(int(target.get("uncovered_workers", 0)))
        self.target_pct.setValue(int(target.get("asn_participation_pct", 0)))

    def save(self) -> None:
        occupations = [line.strip() for line in self.occupations.toPlainText().splitlines() if line.strip()]
        if not occupations:
            self.fields.show([Issue("occupations", self.tr("Keep at least one occupation."))])
            return
        self.fields.clear()
        quotas = {level: spin.value() for level, spin in self.quotas.items()}
        target = {"uncovered_workers": self.target_workers.value(),
                  "asn_participation_pct": self.target_pct.value()}

        refusal = self.tr("Only Disnaker changes programme rules.")

        def work(db):
            if settings.get(db, "role") != "disnaker":
                raise ValidationError([Issue("quotas", refusal)])
            with db.atomic():
                settings.put(db, "quotas", quotas)
                settings.put(db, "occupations", occupations)
                settings.put(db, "coverage_target", target)

        self.env.ops.run(work, changes={"settings"}, parent=self)

    def on_changes(self, kinds: frozenset) -> None:
        if "settings" in kinds:
            self.load()
