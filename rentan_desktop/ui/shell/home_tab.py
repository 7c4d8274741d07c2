"""Beranda: the first tab, saying what to do now, each line opening the list it talks about.

The lines come from rentan_desktop.reports.home (Qt-free, tested there); they are computed on
a worker thread with its own connection (arrears walk every worker) when the tab is shown
and after every write while it is on screen.
"""

from __future__ import annotations

import datetime as dt

from rentan_desktop.domain.dates import format_date
from rentan_desktop.reports import home
from rentan_desktop.store import cipher, clock
from rentan_desktop.ui.common.background import run_task
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QShowEvent,
    Qt,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.shell import navigate

_COLOURS = {"ok": "#2e7d32", "todo": "#1565c0", "warn": "#c62828"}


class HomeTab(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.lines: list[home.HomeLine] = []
        self.buttons: dict[str, QPushButton] = {}
        self._stale = True
        self._generation = 0

        site = env.site
        place = self.tr("Disnaker") if site.is_disnaker else site.opd_name
        title = QLabel("<h2>" + self.tr("What to do now") + "</h2>")
        self.subtitle = QLabel(f"{place} · {site.pemda}")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(10)
        self.status = QLabel(self.tr("Counting…"))
        hint = QLabel(self.tr("Press F1 on any screen for help about it. Help ▸ User guide (PDF) prints the "
                              "whole guide."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        body = QWidget()
        box = QVBoxLayout(body)
        box.addWidget(title)
        box.addWidget(self.subtitle)
        box.addSpacing(8)
        box.addWidget(self.grid_host)
        box.addWidget(self.status)
        if not site.is_disnaker:
            box.addSpacing(12)
            box.addWidget(QLabel("<b>" + self.tr("Everyday steps") + "</b>"))
            box.addLayout(self._steps())
        box.addStretch(1)
        box.addWidget(hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _steps(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        for key, text in (("add_worker", self.tr("Add a worker…")),
                          ("record_month", self.tr("Record this month's payroll deductions…")),
                          ("bundle", self.tr("Make a bundle for Disnaker…")),
                          ("backup_to", self.tr("Back up to a USB stick…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: navigate.run_step(self.window(), k))
            self.step_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- the tab protocol
    def tab_title(self) -> str:
        return self.tr("Home")

    def on_changes(self, kinds: frozenset) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- computing
    def refresh(self, today: dt.date | None = None) -> None:
        """Recount on a worker thread; a newer count replaces an older one still running."""
        self._stale = False
        self._generation += 1
        generation, ctx = self._generation, self.env.ctx

        quarantined = self._quarantined()

        def work(_state):
            try:
                with ctx.reader() as db:  # kept open: the next count finds its pages decrypted
                    return generation, home.lines_for(db, today, quarantined)
            except cipher.Error:  # the install is closing
                return generation, None

        self.status.setText(self.tr("Counting…"))
        self.task = run_task(work, title="", parent=self, show_dialog=False, on_success=self._show)

    def _quarantined(self) -> list[str]:
        """At Disnaker, the original names of the bundles kept in the quarantine (a folder, not the database)."""
        if not self.env.is_disnaker:
            return []
        from rentan_desktop.sync import history

        return [str(info.get("file") or "") for info in history.quarantined(self.env.ctx.data_dir)]

    def _show(self, result: tuple[int, list[home.HomeLine] | None]) -> None:
        generation, lines = result
        if lines is None or generation != self._generation:
            return
        self.lines = lines
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = {}
        for row, line in enumerate(lines):
            mark = QLabel("●")
            mark.setStyleSheet(f"color: {_COLOURS.get(line.level, '#555')}; font-size: 16px;")
            text = QLabel(line.text)
            text.setWordWrap(True)
            text.setObjectName(f"home_{line.key}")
            self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, 1)
            if line.level == "ok":
                continue  # a line with nothing to do opens no list (QA walk r4, 4)
            button = QPushButton(self._button_text(line))
            button.clicked.connect(lambda _=False, ln=line: self.open_line(ln.key))
            self.buttons[line.key] = button
            self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        self._steps_follow_the_start()
        self.status.setText(self.tr("Counted at {time} on {date}.").format(
            time=clock.now().strftime("%H:%M"), date=format_date(clock.today())))

    def _steps_follow_the_start(self) -> None:
        """On an install without sponsors the first step is importing them, not adding a worker (QA walk r4, 4)."""
        button = getattr(self, "step_buttons", {}).get("add_worker")
        if button is None:
            return
        no_sponsor = self.env.db.execute("SELECT 1 FROM sponsors WHERE status = 'active' LIMIT 1").fetchone() is None
        button.setEnabled(not no_sponsor)
        button.setToolTip(self.tr("Import or add the sponsors first: each worker is sponsored by one.")
                          if no_sponsor else "")

    def _button_text(self, line: home.HomeLine) -> str:
        if line.target == home.T_START:
            return self.tr("Import…")
        if line.count:
            return self.tr("Open the list")
        return self.tr("Open")

    def line(self, key: str) -> home.HomeLine | None:
        return next((ln for ln in self.lines if ln.key == key), None)

    def open_line(self, key: str) -> bool:
        line = self.line(key)
        if line is None:
            return False
        return navigate.open_target(self.window(), line.target, line.month)
