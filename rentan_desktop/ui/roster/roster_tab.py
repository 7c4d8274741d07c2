"""The roster tab: workers and sponsors, search-as-you-type, filters, add/edit/end, history, import.

Two pages share one search box: Workers (the participants) and Sponsors (ASN). Both tables are
windowed models over SQL (roster_models), so they stay instant at 200,000 workers. "Show
workers" on a sponsor narrows the workers page to that sponsor (master-detail on demand).
"""

from __future__ import annotations

from rentan_desktop.roster import queries
from rentan_desktop.store import cipher
from rentan_desktop.ui.common.background import run_task
from rentan_desktop.ui.common.style import ERROR_COLOUR
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.printing import print_actions
from rentan_desktop.ui.qt import (
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMenu,
    QPoint,
    QPushButton,
    QShortcut,
    QSizePolicy,
    Qt,
    QTableView,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.roster import bulk_actions, roster_menus, roster_pages
from rentan_desktop.ui.roster.roster_models import (
    RosterRole,
)
from rentan_desktop.ui.roster.roster_table import roster_opd_id

SEARCH_DELAY_MS = 150


class RosterTab(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.opd_id = roster_opd_id(env)
        self._stale: set[str] = set()

        # Top bar: search, headline, import and print.
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, NIK or NIP (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Type part of a name, or the beginning of a NIK or a NIP."))
        self.search.setMinimumWidth(320)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import sponsors or workers from a spreadsheet (Ctrl+I)"))
        self.import_button.clicked.connect(self.open_import)
        self.print_menu = QMenu(self.tr("Print"), self)
        # A push button with a menu: Qt sizes it for the text and the arrow (a tool button drew its
        # arrow over the last letters).
        self.print_button = QPushButton()
        self.print_button.setText(self.tr("Print"))
        self.print_button.setMenu(self.print_menu)
        top = QHBoxLayout()
        top.addWidget(self.search)
        # The counts wrap onto a second line rather than widen the window past a 1366 px screen as they
        # grow (QA walk r4, 2): a wrapping label asks only for its longest word.
        self.headline.setWordWrap(True)
        self.headline.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.headline.setMinimumWidth(160)
        top.addWidget(self.headline, 1)
        top.addWidget(self.import_button)
        self.export_button = QPushButton(self.tr("Export (.xlsx)…"))
        self.export_button.setToolTip(self.tr("Save the list on screen, with its search and filters, as a spreadsheet"))
        self.export_button.clicked.connect(lambda: self.export_list())
        top.addWidget(self.export_button)
        self.bulk_menu = QMenu(self)
        self.bulk_menu.aboutToShow.connect(lambda: bulk_actions.build_menu(self, self.bulk_menu))
        self.bulk_button = QPushButton()
        self.bulk_button.setText(self.tr("With selected"))
        self.bulk_button.setToolTip(self.tr("End, change sponsor, set first month or print forms for every "
                                            "selected row"))
        self.bulk_button.setMenu(self.bulk_menu)
        top.addWidget(self.bulk_button)
        top.addWidget(self.print_button)

        self.pages = QTabWidget()
        self.pages.addTab(self._workers_page(), self.tr("&Workers"))
        self.pages.addTab(self._sponsors_page(), self.tr("&Sponsors"))
        self.pages.currentChanged.connect(self._page_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        self._shortcuts()
        print_actions.install_roster_actions(self)
        self.print_button.setEnabled(not self.print_menu.isEmpty())
        self._stale |= {"workers", "sponsors"}
        self._refresh_visible()
        # The headline's totals (below quota counts per sponsor) come right after the first paint.
        self._counted = False
        self._counts_generation = 0
        for table in (self.worker_table, self.sponsor_table):  # whichever page is painted first
            table.viewport().installEventFilter(self)

    # -- building (the pages themselves are laid out in roster_pages)
    def _workers_page(self) -> QWidget:
        return roster_pages.workers_page(self)

    def _sponsors_page(self) -> QWidget:
        return roster_pages.sponsors_page(self)

    def _shortcuts(self) -> None:
        def key(sequence, slot, widget=None, context=Qt.ShortcutContext.WidgetWithChildrenShortcut):
            shortcut = QShortcut(QKeySequence(sequence), widget or self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            return shortcut

        # In the main window these four belong to the window (they work from anywhere and reach
        # the current tab); release_window_shortcuts() hands them over.
        self.window_shortcuts = [key(QKeySequence.StandardKey.Find, self.focus_search),
                                 key(Qt.Key.Key_Insert, self.add_current),
                                 key("Ctrl+N", self.add_current),
                                 key("Ctrl+I", self.open_import)]
        key("Ctrl+H", self.history_current)
        for table in (self.worker_table, self.sponsor_table):
            key(Qt.Key.Key_Return, self.edit_current, table, Qt.ShortcutContext.WidgetShortcut)
            key(Qt.Key.Key_Enter, self.edit_current, table, Qt.ShortcutContext.WidgetShortcut)
            key(Qt.Key.Key_Delete, self.end_current, table, Qt.ShortcutContext.WidgetShortcut)
        # Down or Enter in the search box goes to the results; Esc clears the search.
        key(Qt.Key.Key_Down, self._focus_table, self.search, Qt.ShortcutContext.WidgetShortcut)
        self.search.returnPressed.connect(self._search_now)
        key(Qt.Key.Key_Escape, self.search.clear, self.search, Qt.ShortcutContext.WidgetShortcut)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._search_timer.stop()  # a search typed just before closing must not run on a closed database
        super().closeEvent(event)

    def release_window_shortcuts(self) -> None:
        """The main window answers Ctrl+F, Ins, Ctrl+N and Ctrl+I itself (two owners would be ambiguous)."""
        for shortcut in self.window_shortcuts:
            shortcut.setEnabled(False)
            shortcut.setKey(QKeySequence())

    def _after_dialog(self) -> None:
        """Focus back on the table (not on the button that opened the dialog: Space would reopen it)."""
        self._focus_table()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if not self._counted and event.type() == QEvent.Type.Paint:
            self._counted = True
            for table in (self.worker_table, self.sponsor_table):
                table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self._update_counts)
        return False

    # -- the tab protocol
    def tab_title(self) -> str:
        return self.tr("Roster")

    def on_changes(self, kinds: frozenset) -> None:
        touched = {"workers", "sponsors", "settings", "opds"} & set(kinds)
        if not touched:
            return
        self._stale |= {"workers", "sponsors"}
        self._refresh_visible()
        # The headline's totals follow every change at once when the tab is on screen (whichever
        # page shows: a sponsor added on the sponsors page changes them too), else at its next paint.
        self._counts_generation = 0
        if self.isVisible():
            self._update_counts()
        else:
            self._counted = False
            for table in (self.worker_table, self.sponsor_table):
                table.viewport().installEventFilter(self)

    # -- pages and search
    def showing_workers(self) -> bool:
        return self.pages.currentIndex() == 0

    def current_table(self) -> QTableView:
        return self.worker_table if self.showing_workers() else self.sponsor_table

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        table = self.current_table()
        table.setFocus()
        if table.model().rowCount() and not table.selectionModel().hasSelection():
            table.selectRow(0)

    def _search_now(self) -> None:
        self.apply_search()
        self._focus_table()

    def _page_changed(self, _index: int) -> None:
        self._refresh_visible()

    def apply_search(self) -> None:
        """Run the search now (the debounce timer calls this ~150 ms after the last keystroke)."""
        self._search_timer.stop()
        self._stale |= {"workers", "sponsors"}
        self._refresh_visible()

    def worker_filter(self) -> queries.WorkerFilter:
        return queries.WorkerFilter(search=self.search.text(), status=self.worker_status.currentData(),
                                    without_sponsor=self.without_sponsor.isChecked(),
                                    sponsor_id=self._sponsor_filter,
                                    readiness=self.worker_readiness.currentData())

    def sponsor_filter(self) -> queries.SponsorFilter:
        return queries.SponsorFilter(search=self.search.text(), status=self.sponsor_status.currentData(),
                                     below_quota=self.below_quota.isChecked())

    def apply_worker_filter(self) -> None:
        self._stale.add("workers")
        self._refresh_visible()

    def apply_sponsor_filter(self) -> None:
        self._stale.add("sponsors")
        self._refresh_visible()

    def _refresh_visible(self) -> None:
        """Only the page on screen queries now; the other one when it is shown."""
        which = "workers" if self.showing_workers() else "sponsors"
        if which not in self._stale:
            return
        self._stale.discard(which)
        if which == "workers":
            self._reload(self.worker_table, self.worker_model, lambda: self.worker_model.set_filter(
                self.worker_filter()))
            self.worker_count.setText(self.tr("%n worker(s)", "", self.worker_model.rowCount()))
            self.pages.setTabText(0, self.tr("&Workers ({n})").format(n=self.worker_model.rowCount()))
            empty = not self.worker_model.rowCount() and self.worker_filter() == queries.WorkerFilter()
            self.worker_empty.setVisible(empty)
        else:
            self._reload(self.sponsor_table, self.sponsor_model, lambda: self.sponsor_model.set_filter(
                self.sponsor_filter()))
            self.sponsor_count.setText(self.tr("%n sponsor(s)", "", self.sponsor_model.rowCount()))
            self.pages.setTabText(1, self.tr("&Sponsors ({n})").format(n=self.sponsor_model.rowCount()))
            empty = not self.sponsor_model.rowCount() and self.sponsor_filter() == queries.SponsorFilter()
            self.sponsor_empty.setVisible(empty)

    @staticmethod
    def _reload(table: QTableView, model, reload) -> None:
        """Reload keeping the current record selected when it still matches."""
        current = table.currentIndex()
        keep = model.id_at(current.row()) if current.isValid() else None
        reload()
        if keep is not None:
            row = model.row_of_id(keep)
            if row >= 0:
                table.selectRow(row)
                table.scrollTo(model.index(row, 0))

    def _update_counts(self) -> None:
        """Recount the headline on a worker thread: below-quota counts every sponsor's workers
        (about 0.2 s at 150,000 sponsors), which must not freeze typing or scrolling."""
        self._counts_generation += 1
        generation, ctx, opd_id = self._counts_generation, self.env.ctx, self.opd_id

        def work(_state):
            try:
                with ctx.reader() as db:  # kept open: the next count finds its pages decrypted
                    return generation, queries.roster_counts(db, opd_id)
            except cipher.Error:  # the install is closing: nothing to show
                return generation, None

        run_task(work, title="", parent=self, show_dialog=False, on_success=self._show_counts)

    def _show_counts(self, result: tuple[int, dict[str, int] | None]) -> None:
        generation, counts = result
        if counts is None or generation != self._counts_generation:
            return  # a newer count is on its way
        below = counts["below_quota"]
        without = counts["without_sponsor"]
        red = f"color:{ERROR_COLOUR}; font-weight:bold;"
        parts = [self.tr("%Ln current worker(s)", "", counts["workers"]),
                 self.tr("%Ln active sponsor(s)", "", counts["sponsors"])]
        # %Ln: 10.001 as the language writes it (QA walk r6, 17). A count never breaks inside its words
        # ("0 tanpa" / "penanggung" on two lines at 1366x768, QA walk r6, 13), and "0 without sponsor" is
        # no news: said only when there is one.
        parts.append(f"<span style='{red if below else ''}'>" + self.tr("%Ln below quota", "", below) + "</span>")
        if without:
            parts.append(f"<span style='{red}'>" + self.tr("%Ln without sponsor", "", without) + "</span>")
        self.headline.setText(" · ".join(f"<span style='white-space:nowrap'>{part}</span>" for part in parts))
        if "workers" not in self._stale:
            self.pages.setTabText(0, self.tr("&Workers ({n})").format(n=self.worker_model.rowCount()))
        if "sponsors" not in self._stale:
            self.pages.setTabText(1, self.tr("&Sponsors ({n})").format(n=self.sponsor_model.rowCount()))
        else:
            self.pages.setTabText(1, self.tr("&Sponsors"))

    def show_sponsor_workers(self, sponsor_id: int | None) -> None:
        """Narrow the workers page to one sponsor (None: every worker)."""
        self._sponsor_filter = sponsor_id
        if sponsor_id is None:
            self.sponsor_chip.setVisible(False)
        else:
            row = queries.fetch_sponsors(self.env.db, [sponsor_id]).get(sponsor_id)
            self.sponsor_chip.setText(self.tr("Sponsor: {name}  ✕").format(name=row["name"] if row else "?"))
            self.sponsor_chip.setVisible(True)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._stale.add("sponsors")
        self._stale.add("workers")
        self.pages.setCurrentIndex(0)
        self._refresh_visible()

    # -- selections (the printing helper uses these)
    def _selected(self, table: QTableView) -> list[str]:
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
        return [uid for r in rows if (uid := table.model().uid_at(r))]

    def selected_worker_uids(self) -> list[str]:
        return self._selected(self.worker_table)

    def selected_sponsor_uids(self) -> list[str]:
        return self._selected(self.sponsor_table)

    def visible_worker_uids(self) -> list[str]:
        """Every worker the current search and filters show, in the table's order."""
        if "workers" in self._stale and self.showing_workers():
            self._refresh_visible()
        return queries.uids_for(self.env.db, "workers", self.worker_model.all_ids())

    def _current(self) -> tuple[str, dict] | None:
        table = self.current_table()
        index = table.currentIndex()
        if not index.isValid():
            rows = table.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        record = table.model().index(index.row(), 0).data(RosterRole.RECORD)
        if record is None:
            return None
        return ("workers" if table is self.worker_table else "sponsors"), record

    # -- actions
    def add_current(self) -> None:
        if self.showing_workers():
            self.add_worker(self._sponsor_filter)
        else:
            self.add_sponsor()

    def add_worker(self, sponsor_id: int | None = None) -> None:
        from rentan_desktop.ui.roster.worker_dialog import WorkerDialog

        dialog = WorkerDialog(self.env, sponsor_id=sponsor_id, parent=self)
        if dialog.exec() and dialog.saved_uid:
            self._select_uid(self.worker_table, self.worker_model, dialog.saved_uid)
        self._after_dialog()

    def add_sponsor(self) -> None:
        from rentan_desktop.ui.roster.sponsor_dialog import SponsorDialog

        dialog = SponsorDialog(self.env, parent=self)
        if dialog.exec() and dialog.saved_uid:
            self._select_uid(self.sponsor_table, self.sponsor_model, dialog.saved_uid)
        self._after_dialog()

    def _select_uid(self, table: QTableView, model, uid: str) -> None:
        row = self.env.db.execute(
            f"SELECT id FROM {'workers' if model is self.worker_model else 'sponsors'} WHERE uid = ?",
            [uid]).fetchone()
        if row is None:
            return
        position = model.row_of_id(row[0])
        if position >= 0:
            table.selectRow(position)
            table.scrollTo(model.index(position, 0))

    def edit_current(self) -> None:
        current = self._current()
        if current is None:
            return
        kind, record = current
        if kind == "workers":
            from rentan_desktop.ui.roster.worker_dialog import WorkerDialog

            WorkerDialog(self.env, uid=record["uid"], parent=self).exec()
        else:
            from rentan_desktop.ui.roster.sponsor_dialog import SponsorDialog

            SponsorDialog(self.env, uid=record["uid"], parent=self).exec()
        self._after_dialog()

    def end_current(self) -> None:
        current = self._current()
        if current is None or current[1]["status"] == "ended":
            return
        from rentan_desktop.ui.roster.roster_end_dialog import RosterEndDialog

        kind, record = current
        RosterEndDialog(self.env, kind, record["uid"], record["name"], parent=self).exec()
        self._after_dialog()

    def history_current(self) -> None:
        current = self._current()
        if current is None:
            return
        from rentan_desktop.ui.roster.audit_dialog import AuditDialog

        AuditDialog(self.env, current[1]["uid"], current[1]["name"], parent=self).exec()
        self._after_dialog()

    def reactivate_worker(self, record: dict) -> None:
        from rentan_desktop.ui.roster.reactivate import reactivate

        reactivate(self.env, self, record["uid"], record["name"], on_done=lambda _: self._after_dialog())

    def export_list(self, path: str | None = None):
        from rentan_desktop.ui.common.export_view import export_view, roster_spec

        return export_view(self.env, roster_spec(self), self, path)

    def open_import(self) -> None:
        from rentan_desktop.ui.roster.import_wizard import ImportWizard

        ImportWizard(self.env, kind="workers" if self.showing_workers() else "sponsors", parent=self).exec()
        self._after_dialog()

    # -- context menus (built in roster_menus)
    def _context_menu(self, table: QTableView, pos: QPoint) -> tuple[QMenu, dict] | None:
        return roster_menus.context_menu(self, table, pos)

    def _worker_menu(self, pos: QPoint) -> None:
        roster_menus.worker_menu(self, pos)

    def _sponsor_menu(self, pos: QPoint) -> None:
        roster_menus.sponsor_menu(self, pos)
