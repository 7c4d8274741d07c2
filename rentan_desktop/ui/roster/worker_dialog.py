"""Adding or editing a worker: every field a BPU registration needs, checked as it is typed.

The NIK fills the sex and birth date and is cross-checked against them; each finding shows
under its field. An age outside 18 to under 65 asks for a reason before it can be saved.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from rentan_desktop import fields
from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.months import current_month
from rentan_desktop.domain.nik import check_nik
from rentan_desktop.domain.nip import format_nip
from rentan_desktop.domain.phone import display_phone
from rentan_desktop.domain.policy import DEFAULT_DECLARED_INCOME
from rentan_desktop.domain.vocab import (
    HEIR_RELATIONSHIPS,
    RELATIONSHIPS,
    heir_relationship_label,
    relationship_label,
)
from rentan_desktop.roster import queries, readiness, service
from rentan_desktop.roster.validate import validate_worker
from rentan_desktop.store import settings
from rentan_desktop.ui.common.forms import FieldMessages, WrappedLabel, confirm_discard, show_validation_error
from rentan_desktop.ui.common.month_picker import MonthPicker
from rentan_desktop.ui.common.screen import fit_height, keep_on_screen
from rentan_desktop.ui.common.style import ERROR_COLOUR, ERROR_STYLE, OK_COLOUR, WARNING_COLOUR
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QLocale,
    QPushButton,
    QScrollArea,
    QSize,
    QSpinBox,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.roster import worker_missing
from rentan_desktop.ui.roster.sponsor_picker import SponsorPicker

# Field labels come from the field registry (rentan_desktop/fields), like the importer's and the sync's.
label = partial(fields.label, "workers")


class _Fields:
    """Several forms (one per group box) that show findings like one FieldMessages."""

    def __init__(self, general: QLabel):
        self.general = general
        self.groups: list[tuple[FieldMessages, set[str]]] = []

    def form(self) -> tuple[QFormLayout, FieldMessages, set[str]]:
        form = QFormLayout()
        messages = FieldMessages(form)
        names: set[str] = set()
        self.groups.append((messages, names))
        return form, messages, names

    def show(self, issues: list[Issue]) -> None:
        known = set()
        first = None
        for messages, names in self.groups:
            mine = [i for i in issues if i.field in names]
            known |= names
            messages.show(mine)
            if first is None and any(i.is_error for i in mine):
                first = messages.widget(next(i.field for i in mine if i.is_error))
        rest = [i.message for i in issues if i.field not in known]
        self.general.setText("\n".join(rest))
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setVisible(bool(rest))
        if first is not None:
            first.setFocus()

    def message_for(self, name: str) -> str:
        for messages, names in self.groups:
            if name in names:
                return messages.message_for(name)
        return ""


class WorkerDialog(QDialog):
    def __init__(self, env: UiEnv, uid: str | None = None, sponsor_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.env, self.uid = env, uid
        self.saved_uid: str | None = None
        self.warnings: list[Issue] = []
        self.missing: list[str] = []  # fields BPJS registration still needs (marked on the form)
        self._sponsor_status: str | None = None  # an ended sponsor holds the registration back
        self._tracks_missing = False  # a worker still to register: the notice follows the fields as filled
        self.sponsor_id: int | None = None
        self.setWindowTitle(self.tr("Edit worker") if uid else self.tr("Add worker"))
        self.general = WrappedLabel()
        self.general.setVisible(False)
        self.general.setWordWrap(True)
        self.fields = _Fields(self.general)
        self._rows: dict[str, FieldMessages] = {}
        # BPJS's answer that needs the clerk (a refused registration) heads the form.
        self.bpjs_notice = WrappedLabel()
        self.bpjs_notice.setVisible(False)
        self.bpjs_notice.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        # A worker still to register that lacks what BPJS needs: which fields, marked below (QA walk r4, 5).
        self.readiness_notice = WrappedLabel()
        self.readiness_notice.setObjectName("readiness_notice")
        self.readiness_notice.setVisible(False)
        self.readiness_notice.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")

        # Identity
        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("16 digits from the KTP"))
        self.nik.setMaxLength(24)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("as written on the KTP"))
        self.gender = QComboBox()
        self.gender.addItem("", None)
        self.gender.addItem(self.tr("Male (L)"), "L")
        self.gender.addItem(self.tr("Female (P)"), "P")
        self.birth_place = QLineEdit()
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.mother_name = QLineEdit()
        self.nik_info = WrappedLabel()
        self.nik_info.setStyleSheet("color: #555;")
        self.nik_info.setWordWrap(True)
        identity = self._group(self.tr("Identity (KTP)"), [
            (label("nik"), "nik", self.nik), (label("name"), "name", self.name),
            (label("gender"), "gender", self.gender), (label("birth_place"), "birth_place", self.birth_place),
            (label("birth_date"), "birth_date", self.birth_date),
            (label("mother_name"), "mother_name", self.mother_name)], extra=self.nik_info)

        # Contact and address
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("08… or +628…"))
        self.street = QLineEdit()
        self.rt = QLineEdit()
        self.rt.setMaximumWidth(60)
        self.rw = QLineEdit()
        self.rw.setMaximumWidth(60)
        self.village = QLineEdit()
        self.district = QLineEdit()
        self.regency = QLineEdit()
        address = self._group(self.tr("Contact and address"), [
            (label("phone"), "phone", self.phone), (self.tr("Street"), "street", self.street),
            (label("rt"), "rt", self.rt), (label("rw"), "rw", self.rw), (label("village"), "village", self.village),
            (label("district"), "district", self.district), (label("regency"), "regency", self.regency)])

        # Work and programme
        self.occupation = QComboBox()
        self.occupation.setEditable(True)
        self.occupation.addItem("")
        self.occupation.addItems(list(settings.get(env.db, "occupations") or []))
        self.work_location = QLineEdit()
        self.income = QSpinBox()
        self.income.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.income.setRange(0, 100_000_000)
        self.income.setSingleStep(100_000)
        self.income.setGroupSeparatorShown(True)
        self.income.setPrefix("Rp")
        # Said beside the figure when it is the default (a list without an income column gives it; QA walk r4, 5).
        self.income.valueChanged.connect(lambda value: self.income.setSuffix(
            self.tr(" (lowest bracket, the default)") if value == DEFAULT_DECLARED_INCOME else ""))
        self.income.setValue(DEFAULT_DECLARED_INCOME)
        self.income.setSuffix(self.tr(" (lowest bracket, the default)"))
        self.jht = QCheckBox(self.tr("Also old-age savings (JHT, 2%)"))
        # A worker without a start month shows "not set" and is saved without one (never the
        # current month by accident); the first step from there lands on the current month.
        self.start_month = MonthPicker(empty_text=self.tr("not set"))
        self.start_month.set_month(None if uid else current_month())
        self.kpj = QLineEdit()
        self.kpj.setPlaceholderText(self.tr("given by BPJS after registration"))
        self.age_reason = QLineEdit()
        self.age_reason.setPlaceholderText(self.tr("only when the age is outside 18 to under 65"))
        work = self._group(self.tr("Work and programme"), [
            (label("occupation"), "occupation", self.occupation),
            (label("work_location"), "work_location", self.work_location),
            (label("declared_income"), "declared_income", self.income), (label("jht"), "jht", self.jht),
            (label("start_month"), "start_month", self.start_month), (label("kpj"), "kpj", self.kpj),
            (self.tr("Reason for age exception"), "age_override_reason", self.age_reason)])

        # Sponsor and heir
        self.sponsor_text = QLineEdit()
        self.sponsor_text.setReadOnly(True)
        self.sponsor_text.setPlaceholderText(self.tr("no sponsor yet"))
        self.sponsor_text.setMinimumWidth(230)
        self.choose_sponsor = QPushButton(self.tr("Choose…"))
        self.choose_sponsor.clicked.connect(self.pick_sponsor)
        self.clear_sponsor = QPushButton("✕")
        self.clear_sponsor.setToolTip(self.tr("No sponsor"))
        self.clear_sponsor.setMaximumWidth(32)
        self.clear_sponsor.clicked.connect(lambda: self.set_sponsor(None))
        sponsor_box = QWidget()
        sponsor_row = QHBoxLayout(sponsor_box)
        sponsor_row.setContentsMargins(0, 0, 0, 0)
        sponsor_row.addWidget(self.sponsor_text, 1)
        sponsor_row.addWidget(self.choose_sponsor)
        sponsor_row.addWidget(self.clear_sponsor)
        self.quota_info = QLabel()
        self.relationship = QComboBox()
        self.relationship.addItem("", None)
        for code in RELATIONSHIPS:
            self.relationship.addItem(relationship_label(code), code)
        self.heir_name = QLineEdit()
        self.heir_relationship = QComboBox()
        self.heir_relationship.addItem("", None)
        for code in HEIR_RELATIONSHIPS:
            self.heir_relationship.addItem(heir_relationship_label(code), code)
        sponsor = self._group(self.tr("Sponsor and heir"), [
            (label("sponsor_id"), "sponsor_id", sponsor_box),
            (label("relationship"), "relationship", self.relationship),
            (self.tr("Heir (ahli waris)"), "heir_name", self.heir_name),
            (label("heir_relationship"), "heir_relationship", self.heir_relationship)], extra=self.quota_info)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        left, right = QVBoxLayout(), QVBoxLayout()
        for box in (identity, address):  # room for a full name and a street address
            box.setMinimumWidth(420)
        left.addWidget(identity)
        left.addWidget(address)
        left.addStretch()
        right.addWidget(work)
        right.addWidget(sponsor)
        right.addStretch()
        form = QWidget()
        columns = QHBoxLayout(form)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        # The fields scroll inside the dialog: however many messages show, the notice, the
        # "not saved" line and Save/Cancel stay on a 1366x768 screen (QA walk r3, defect 20).
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bpjs_notice)
        layout.addWidget(self.readiness_notice)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.scroll.setMinimumWidth(form.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width())

        self._touched: set[str] = set()
        self._auto_gender = self._auto_birth = True
        if uid:
            self._load(service.get_worker(env.db, uid))
        elif sponsor_id is not None:
            self.set_sponsor(sponsor_id)
        self._age_row_enabled(False)
        self.nik.textEdited.connect(lambda _: self._nik_typed())
        self.gender.activated.connect(lambda _: self._manual("gender"))
        self.birth_date.textEdited.connect(lambda _: setattr(self, "_auto_birth", False))
        self.birth_date.editingFinished.connect(lambda: self._touch("birth_date"))
        self.start_month.monthChanged.connect(lambda _: self._touch("start_month"))
        for name in ("name", "mother_name", "phone", "rt", "rw"):
            getattr(self, name).editingFinished.connect(lambda n=name: self._touch(n))
        if self._tracks_missing:
            for edit in self.findChildren(QLineEdit):
                edit.editingFinished.connect(self._refresh_missing)
            for combo in self.findChildren(QComboBox):
                combo.currentIndexChanged.connect(lambda _: self._refresh_missing())
            self.start_month.monthChanged.connect(lambda _: self._refresh_missing())
        self.nik.setFocus()
        self._saved_state = self.data()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Tall enough for every field, never taller than the screen it opens on."""
        hint = super().sizeHint()
        form = self.scroll.widget()
        width = max(self.scroll.viewport().width(), form.minimumSizeHint().width())
        # Wrapped notes (where the NIK was issued, messages) are taller at this width than the plain size
        # hint says: asked by width, the dialog opens with every field shown (QA walk r4, 5).
        tall = form.heightForWidth(width) if form.hasHeightForWidth() else -1
        content = max(tall, form.sizeHint().height()) + self.scroll.frameWidth() * 2
        wanted = hint.height() - self.scroll.sizeHint().height() + content
        return QSize(hint.width(), min(wanted, fit_height(self)))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.setMaximumHeight(fit_height(self))
        super().showEvent(event)
        keep_on_screen(self)
        # Qt opens a window at most 2/3 of the screen high (512 px of 768, the last field cut): grow to the
        # whole form, or the screen's height, once laid out (QA walk r4, 5).
        QTimer.singleShot(0, self.fit_messages)

    def fit_messages(self) -> None:
        """After messages appear: grow towards the screen's height (then scroll), stay on screen."""
        self.layout().activate()
        if self.isVisible() and self.height() < self.sizeHint().height():
            self.resize(self.width(), self.sizeHint().height())
            keep_on_screen(self)

    def has_changes(self) -> bool:
        return self.data() != self._saved_state

    def reject(self) -> None:
        """Esc, Cancel and the close button ask before a filled form is thrown away."""
        if self.has_changes() and not confirm_discard(self, self.tr("worker")):
            return
        super().reject()

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]], extra: QWidget | None = None) -> QGroupBox:
        box = QGroupBox(title)
        form, messages, names = self.fields.form()
        for label, name, widget in rows:
            messages.add_row(label, name, widget)
            names.add(name)
            self._rows[name] = messages
        if extra is not None:
            form.addRow("", extra)
        box.setLayout(form)
        return box

    # -- loading and reading the form
    @staticmethod
    def _select(combo: QComboBox, code: Any) -> None:
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def _load(self, row: dict[str, Any]) -> None:
        self.nik.setText(row["nik"] or "")
        self.name.setText(row["name"] or "")
        self._select(self.gender, row["gender"])
        self.birth_place.setText(row["birth_place"] or "")
        self.birth_date.setText(format_date(row["birth_date"]))
        self.mother_name.setText(row["mother_name"] or "")
        self.phone.setText(display_phone(row["phone"]))
        self.street.setText(row["street"] or "")
        self.rt.setText(row["rt"] or "")
        self.rw.setText(row["rw"] or "")
        self.village.setText(row["village"] or "")
        self.district.setText(row["district"] or "")
        self.regency.setText(row["regency"] or "")
        self.occupation.setCurrentText(row["occupation"] or "")
        self.work_location.setText(row["work_location"] or "")
        self.income.setValue(int(row["declared_income"] or DEFAULT_DECLARED_INCOME))
        self.jht.setChecked(bool(row["jht"]))
        self.start_month.set_month(row["start_month"] or None)
        self.kpj.setText(row["kpj"] or "")
        self.age_reason.setText(row["age_override_reason"] or "")
        self._select(self.relationship, row["relationship"])
        self.heir_name.setText(row["heir_name"] or "")
        self._select(self.heir_relationship, row["heir_relationship"])
        self.set_sponsor(row["sponsor_id"])
        self._nik_info()
        if readiness.registration_state(row) == "rejected":
            self.bpjs_notice.setText(self.tr(
                "Rejected by BPJS: {reason}. Check the data against the KTP and KK (above all the NIK, name and "
                "birth date), correct it and press Save; the worker is sent to Disnaker again in the next "
                "bundle.").format(reason=row.get("bpjs_reason") or "-"))
            self.bpjs_notice.setVisible(True)
        self.show_missing(readiness.missing_fields(row)
                          if readiness.registration_state(row) == "incomplete" else [])
        self._tracks_missing = readiness.registration_state(row) in ("incomplete", "ready")

    def show_missing(self, names: list[str]) -> None:
        """Say what BPJS registration still needs and mark those fields' labels (worker_missing.py)."""
        worker_missing.show(self, names)

    def data(self) -> dict[str, Any]:
        return {
            "nik": self.nik.text(), "name": self.name.text(), "gender": self.gender.currentData(),
            "birth_place": self.birth_place.text(), "birth_date": self.birth_date.text(),
            "mother_name": self.mother_name.text(), "phone": self.phone.text(), "street": self.street.text(),
            "rt": self.rt.text(), "rw": self.rw.text(), "village": self.village.text(),
            "district": self.district.text(), "regency": self.regency.text(),
            "occupation": self.occupation.currentText(), "work_location": self.work_location.text(),
            "declared_income": self.income.value(), "jht": 1 if self.jht.isChecked() else 0,
            "start_month": self.start_month.month(),
            "kpj": self.kpj.text(),
            "age_override_reason": self.age_reason.text(), "sponsor_id": self.sponsor_id,
            "relationship": self.relationship.currentData(), "heir_name": self.heir_name.text(),
            "heir_relationship": self.heir_relationship.currentData(),
        }

    def _refresh_missing(self) -> None:
        worker_missing.refresh(self)
        QTimer.singleShot(0, self.fit_messages)

    # -- sponsor
    def set_sponsor(self, sponsor_id: int | None) -> None:
        self.sponsor_id = sponsor_id
        self._sponsor_status = None
        if sponsor_id is None:
            self.sponsor_text.clear()
            self.sponsor_text.setToolTip("")
            self.quota_info.clear()
            return
        row = queries.fetch_sponsors(self.env.db, [sponsor_id]).get(sponsor_id)
        if row is None:
            self.sponsor_id = None
            return
        self._sponsor_status = row.get("status")
        nip = f" — {format_nip(row['nip'])}" if row["nip"] else ""
        self.sponsor_text.setText(f"{row['name']}{nip}")
        self.sponsor_text.setToolTip(self.sponsor_text.text())  # the whole name and NIP where the field cuts them
        self.sponsor_text.setCursorPosition(0)  # show the name, not the end of the NIP
        status = queries.quota_status(self.env.db, sponsor_id)
        colour = ERROR_COLOUR if status.below else OK_COLOUR
        self.quota_info.setText(self.tr("Sponsor's workers: {text} of the quota").format(text=status.text()))
        self.quota_info.setStyleSheet(f"color: {colour};")

    def pick_sponsor(self) -> None:
        picker = SponsorPicker(self.env, self)
        if picker.exec() and picker.chosen:
            self.set_sponsor(picker.chosen["id"])
            if self._tracks_missing:
                self._refresh_missing()

    # -- live checks
    def _manual(self, name: str) -> None:
        if name == "gender":
            self._auto_gender = False
        self._touch(name)

    def _nik_info(self) -> None:
        check = check_nik(self.nik.text())
        if check.nik and check.valid:
            place = ", ".join(p for p in (check.district, check.regency, check.province) if p)
            self.nik_info.setText(self.tr("NIK issued in {place}").format(place=place) if place else "")
        else:
            self.nik_info.clear()

    def _nik_typed(self) -> None:
        """A complete NIK fills the sex and birth date (unless typed by hand) and is checked."""
        digits = "".join(c for c in self.nik.text() if c.isdigit())
        if len(digits) < 16 and "e" not in self.nik.text().lower():
            self.nik_info.clear()
            return
        check = check_nik(self.nik.text())
        if check.valid:
            if self._auto_gender or self.gender.currentData() is None:
                self._select(self.gender, check.gender)
            if (self._auto_birth or not self.birth_date.text().strip()) and check.birth_date:
                self.birth_date.setText(format_date(check.birth_date))
            self._touched |= {"gender", "birth_date"}
        self._nik_info()
        self._touch("nik")

    def _age_row_enabled(self, enabled: bool) -> None:
        self._rows["age_override_reason"].set_row_enabled("age_override_reason", enabled)

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        _, findings = validate_worker(self.data())
        age = [i for i in findings.issues if i.code == "age"]
        self._age_row_enabled(bool(age) or bool(self.age_reason.text()))
        shown = [i for i in findings.issues if i.field in self._touched or i.code == "age"]
        self.fields.show(shown)
        QTimer.singleShot(0, self.fit_messages)

    def message_for(self, name: str) -> str:
        return self.fields.message_for(name)

    def show_not_saved(self, issues: list[Issue]) -> None:
        lines = [self.general.text()] if self.general.text() else []
        lines.append(self.tr("Not saved: correct what the messages under the fields say, then press Save again."))
        if any(i.code == "age" for i in issues):
            lines.append(self.tr("The age is outside 18 to under 65: write the reason in \"Reason for age "
                                 "exception\" to register the worker anyway."))
        self.general.setText("\n".join(lines))
        self.general.setStyleSheet("color: #b00020; font-weight: bold;")
        self.general.setVisible(True)

    def accept(self) -> None:
        data, operator, uid = self.data(), self.env.operator, self.uid

        def on_error(error: Exception) -> bool:
            if isinstance(error, ValidationError) and any(i.code == "age" for i in error.issues):
                self._age_row_enabled(True)
            handled = show_validation_error(self.fields, error)
            if self._tracks_missing:
                self._refresh_missing()
            if handled:  # Save must never look as if it did nothing: say so beside the buttons
                self.show_not_saved(error.issues)
                QTimer.singleShot(0, self.fit_messages)
            return handled

        def done(result: service.SaveResult) -> None:
            self.saved_uid = result.uid
            self.warnings = result.warnings
            QDialog.accept(self)

        self.env.ops.run(lambda db: service.save_worker(db, operator, data, uid=uid), changes={"workers"},
                         on_success=done, on_error=on_error, parent=self, short=True)
