"""Duplicates: at Disnaker, the review queue (same NIK in two or more OPDs) with the records
side by side and a decision; at an OPD, the decisions Disnaker sent about its workers."""

from __future__ import annotations

from rentan_desktop.disnaker import duplicates
from rentan_desktop.disnaker.duplicates import OUTCOMES, Case, outcome_label
from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.domain.months import is_month, month_label
from rentan_desktop.domain.nip import format_nip
from rentan_desktop.domain.vocab import relationship_label, worker_status_label
from rentan_desktop.i18n import language
from rentan_desktop.ui.common.lazy import ReloadWhenShown
from rentan_desktop.ui.common.style import ERROR_STYLE
from rentan_desktop.ui.disnaker.disnaker_models import Column, RowsModel
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QColor,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def bpjs_text(status: str | None, kpj: str | None) -> str:
    from rentan_desktop.i18n import translate

    if kpj:
        return f"KPJ {kpj}"
    return {"submitted": translate("duplicates", "sent to BPJS"),
            "rejected": translate("duplicates", "rejected by BPJS")}.get(status or "", "")


def _same(value: str) -> str:
    """Values compared for highlighting: ROSLINA and Roslina, extra spaces, are the same."""
    return " ".join(value.split()).casefold()


def _month(value: str | None) -> str:
    return month_label(value, language()) if value and is_month(value) else (value or "")


class CaseView(QWidget):
    """One case: a column per record, a row per field, and the outcome choosers above the grid,
    so that they stay in view at 1366x768 however many fields the grid shows (QA walk r3, 15)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.case: Case | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Why this sponsorship stands (the OPDs read this note)"))
        self.note.setFixedHeight(70)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.decide_button = QPushButton(self.tr("Record decision"))
        self.decided_label = QLabel()
        self.decided_label.setWordWrap(True)
        self.choosers: list[QComboBox] = []
        self.choice_row = QHBoxLayout()
        choices = QWidget()
        choices_layout = QHBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addWidget(QLabel(self.tr("Decision:")))
        choices_layout.addLayout(self.choice_row)
        choices_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(choices)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.decided_label)
        layout.addWidget(QLabel(self.tr("Note")))
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.decide_button)
        layout.addLayout(row)
        self.show_case(None)

    def field_rows(self) -> list[tuple[str, object]]:
        return [
            (self.tr("OPD"), lambda s: f"{s.opd_code} {s.opd_name}"),
            (self.tr("Name"), lambda s: s.name),
            (self.tr("Date of birth"), lambda s: format_date(s.birth_date)),
            (self.tr("Mother's maiden name"), lambda s: s.mother_name),
            (self.tr("Village"), lambda s: s.village),
            (self.tr("Occupation"), lambda s: s.occupation),
            (self.tr("Sponsor"), lambda s: s.sponsor_name),
            (self.tr("Sponsor NIP"), lambda s: format_nip(s.sponsor_nip) if s.sponsor_nip else ""),
            (self.tr("Relation to sponsor"), lambda s: relationship_label(s.relationship) if s.relationship else ""),
            (self.tr("Status"), lambda s: worker_status_label(s.status)),
            (self.tr("BPJS"), lambda s: bpjs_text(s.bpjs_status, s.kpj)),
            (self.tr("First month"), lambda s: _month(s.start_month)),
            (self.tr("Paid through"), lambda s: _month(s.paid_through)),
            (self.tr("Entered on"), lambda s: format_date(s.created_at[:10])),
        ]

    def show_case(self, case: Case | None) -> None:
        self.case = case
        self.error.clear()
        self.choosers = []
        while self.choice_row.count():
            item = self.choice_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        enabled = case is not None
        for w in (self.note, self.decide_button):
            w.setEnabled(enabled)
        if case is None:
            self.title.setText(self.tr("Select a case on the left."))
            self.grid.clear()
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            self.decided_label.clear()
            self.note.clear()
            return
        self.title.setText(self.tr("NIK {nik}: {count} records").format(nik=case.nik, count=len(case.sides)))
        rows = self.field_rows()
        self.grid.clear()
        self.grid.setColumnCount(len(case.sides))
        self.grid.setRowCount(len(rows))
        self.grid.setHorizontalHeaderLabels([s.opd_code for s in case.sides])
        self.grid.setVerticalHeaderLabels([label for label, _ in rows])
        for j, side in enumerate(case.sides):
            values = [str(fn(side) or "") for _, fn in rows]
            for i, value in enumerate(values):
                item = QTableWidgetItem(value)
                differ = len({_same(str(rows[i][1](s) or "")) for s in case.sides}) > 1
                if differ and i > 0:  # fields that differ between the records stand out
                    item.setBackground(QColor("#ffe9a8"))
                self.grid.setItem(i, j, item)
            chooser = QComboBox()
            chooser.addItem(self.tr("(choose)"), None)
            for code in OUTCOMES:
                chooser.addItem(outcome_label(code), code)
            if side.outcome:
                chooser.setCurrentIndex(chooser.findData(side.outcome))
            chooser.setToolTip(f"{side.opd_code} {side.opd_name}")
            self.choice_row.addWidget(QLabel(side.opd_code))
            self.choice_row.addWidget(chooser)
            self.choosers.append(chooser)
        if case.decided:
            self.decided_label.setText(self.tr("Decided by {who} on {day}: {note}").format(
                who=case.decided_by, day=format_date(case.decided_at[:10]), note=case.note)
                + ("\n" + self.tr("Waiting for the OPD to end the withdrawn record or correct the NIK.")
                   if case.waiting_for_opd else ""))
            self.note.setPlainText(case.note or "")
        else:
            self.decided_label.setText(self.tr("Not decided yet: these workers are held back from BPJS registration."))
            self.note.clear()

    def outcomes(self) -> dict[str, str | None]:
        assert self.case is not None
        return {s.worker_uid: c.currentData() for s, c in zip(self.case.sides, self.choosers, strict=True)}

    def choose(self, worker_uid: str, outcome: str) -> None:
        assert self.case is not None
        for side, chooser in zip(self.case.sides, self.choosers, strict=True):
            if side.worker_uid == worker_uid:
                chooser.setCurrentIndex(chooser.findData(outcome))


class DuplicatesTab(ReloadWhenShown, QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        layout = QVBoxLayout(self)
        if env.is_disnaker:
            self._build_queue(layout)
        else:
            self._build_received(layout)
        self.reload()

    def tab_title(self) -> str:
        return self.tr("Duplicates") if self.env.is_disnaker else self.tr("Decisions from Disnaker")

    # -- Disnaker: the queue ---------------------------------------------------------------
    def _build_queue(self, layout: QVBoxLayout) -> None:
        self.state = QComboBox()
        self.state.addItem(self.tr("Open cases"), "open")
        self.state.addItem(self.tr("Decided cases"), "decided")
        self.state.addItem(self.tr("All cases"), "all")
        self.state.currentIndexChanged.connect(lambda _: self.reload())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search NIK, name or OPD"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.reload())
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.state)
        top.addWidget(self.search, 1)
        top.addWidget(self.summary)
        layout.addLayout(top)
        self.model = RowsModel([
            Column(self.tr("NIK"), lambda c: c.nik),
            Column(self.tr("Name"), lambda c: c.sides[0].name),
            Column(self.tr("OPDs"), lambda c: ", ".join(c.opd_codes)),
            Column(self.tr("State"), lambda c: self._state_text(c)),
        ], self)
        self.model.highlight = lambda c: None if c.decided else "#fff4d6"
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.view = CaseView()
        self.view.decide_button.clicked.connect(self.decide)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.view)
        split.setStretchFactor(1, 2)
        split.setSizes([420, 860])
        layout.addWidget(split, 1)

    def _state_text(self, case: Case) -> str:
        if not case.decided:
            return self.tr("Open")
        return self.tr("Waiting for OPD") if case.waiting_for_opd else self.tr("Decided")

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.view.show_case(self.model.row_at(rows[0].row()) if rows else None)

    def select_nik(self, nik: str) -> bool:
        for i, case in enumerate(self.model.rows):
            if case.nik == nik:
                self.table.selectRow(i)
                return True
        return False

    def decide(self) -> None:
        case = self.view.case
        if case is None:
            return
        outcomes = self.view.outcomes()
        note = self.view.note.toPlainText()
        if any(v is None for v in outcomes.values()):
            self.view.error.setText(self.tr("Choose a decision for every record."))
            return
        self.view.error.clear()
        if not self._confirm_withdrawals(case, outcomes):
            return
        operator, nik = self.env.operator, case.nik

        def failed(error: Exception) -> bool:
            if isinstance(error, ValidationError):
                self.view.error.setText("\n".join(i.message for i in error.issues))
                return True
            return False

        def done(_result) -> None:
            self.decided_text = self.tr(
                "Decision recorded for NIK {nik}. It goes to {opds} with the next return bundles; an OPD whose "
                "record is withdrawn or must correct the NIK acts on it there.").format(
                nik=nik, opds=", ".join(case.opd_codes))
            bar = getattr(self.window(), "statusBar", None)  # a word after the case leaves the open list
            if callable(bar):
                bar().showMessage(self.decided_text, 20_000)

        self.decided_text = ""
        self.env.ops.run(lambda db: duplicates.decide(db, operator, nik, outcomes, note),
                         changes={"duplicates", "workers"}, on_success=done, on_error=failed, parent=self)

    def _confirm_withdrawals(self, case: Case, outcomes: dict[str, str | None]) -> bool:
        """Withdrawing a record BPJS already accepted (a KPJ) or one with paid months asks first, naming
        what the OPD will have to end (QA walk r5, 24: one click withdrew an active, paid worker)."""
        weighty = [s for s in case.sides if outcomes.get(s.worker_uid) not in (None, "stands")
                   and (s.kpj or s.paid_through or s.status == "active")]
        if not weighty:
            return True
        lines = []
        for side in weighty:
            facts = [worker_status_label(side.status)]
            if side.kpj:
                facts.append(f"KPJ {side.kpj}")
            if side.paid_through:
                facts.append(self.tr("paid through {month}").format(month=_month(side.paid_through)))
            lines.append(self.tr("{opd}: {name} ({facts}) — {outcome}").format(
                opd=side.opd_code, name=side.name, facts=", ".join(facts),
                outcome=outcome_label(outcomes[side.worker_uid])))
        answer = QMessageBox.question(self, self.tr("Duplicate NIK"), self.tr(
            "This decision takes the sponsorship away from a worker already registered or paid for:\n\n{lines}\n\n"
            "That OPD will be asked to end the record (its payments stay recorded). Record the decision?").format(
            lines="\n".join(lines)), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- OPD: decisions received -------------------------------------------------------------
    def _build_received(self, layout: QVBoxLayout) -> None:
        intro = QLabel(self.tr("Disnaker found these workers sponsored by another OPD as well and decided which "
                               "sponsorship stands. End a withdrawn record, or correct a wrong NIK, in the roster."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel([
            Column(self.tr("Worker"), lambda r: r["name"]),
            Column(self.tr("Decision"), lambda r: outcome_label(r["outcome"])),
            Column(self.tr("Sponsorship kept in"), lambda r: r["kept_in"]),
            Column(self.tr("Note"), lambda r: r["note"]),
            Column(self.tr("Decided on"), lambda r: format_date((r["decided_at"] or "")[:10])),
            Column(self.tr("Worker status"), lambda r: worker_status_label(r["worker_status"])),
        ], self)
        self.model.highlight = lambda r: ("#fff4d6" if r["outcome"] != "stands" and r["worker_status"] != "ended"
                                          else None)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)

    # -- both ------------------------------------------------------------------------------------
    def on_changes(self, kinds: frozenset) -> None:
        if kinds & {"duplicates", "workers", "sync", "opds"}:
            # The queue reads every OPD's workers: a hidden tab refreshes when it is shown.
            self.reload_or_mark_stale()

    def reload(self) -> None:
        db = self.env.db
        if not self.env.is_disnaker:
            rows = duplicates.decisions_for_workers(db)
            self.model.set_rows(rows)
            self.table.resizeColumnsToContents()
            todo = duplicates.decisions_needing_action(db, rows)
            self.summary.setText(self.tr("{count} decisions, {todo} need action here.").format(
                count=len(rows), todo=todo))
            return
        current = self.view.case.nik if self.view.case else None
        every = duplicates.find_cases(db)  # one read serves the list and the counts
        cases = duplicates.filter_cases(every, self.state.currentData(), self.search.text())
        self.model.set_rows(cases)
        self.table.resizeColumnsToContents()
        counts = duplicates.counts(db, every)
        self.summary.setText(self.tr("{open} open · {decided} decided").format(open=counts.open,
                                                                              decided=counts.decided))
        if not (current and self.select_nik(current)):
            if cases:
                self.table.selectRow(0)
            else:
                self.view.show_case(None)
