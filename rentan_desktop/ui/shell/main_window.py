"""The main window: one tab per area for the install's role, menus, status bar."""

from __future__ import annotations

import logging
import weakref

from rentan_desktop import i18n, setup_hooks
from rentan_desktop.context import AppContext
from rentan_desktop.store import settings, training
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.common.operations import OpRunner
from rentan_desktop.ui.common.screen import fit_to_screen
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAction,
    QApplication,
    QCloseEvent,
    QDialog,
    QInputDialog,
    QKeySequence,
    QLabel,
    QMainWindow,
    QShowEvent,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.shell import window_focus
from rentan_desktop.ui.shell.first_run import FirstRunDialog
from rentan_desktop.ui.shell.tabs import tabs_for

log = logging.getLogger(__name__)


class LazyTabs(dict):
    """The main window's tabs by key. Every key of the role is in it (`in`, iteration, `get`,
    `[]`, which builds the tab); `values()`/`items()` give the tabs built so far."""

    def __init__(self, specs: dict, build):
        super().__init__()
        self._specs = specs
        self._build = weakref.WeakMethod(build)  # no cycle keeping a closed window alive

    def __missing__(self, key: str) -> QWidget:
        build = self._build()
        if key not in self._specs or build is None:
            raise KeyError(key)
        return build(key)

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def __iter__(self):
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def get(self, key: str, default=None):
        return self[key] if key in self._specs else default


class MainWindow(QMainWindow):
    def __init__(self, env: UiEnv, parent: QWidget | None = None, *, start_tab: str | None = None):
        super().__init__(parent)
        self.env = env
        site = env.site
        place = site.opd_name if not site.is_disnaker else self.tr("Disnaker")
        title = f"Rentan Desktop — {place} — {site.pemda}"
        if site.training:
            title = self.tr("TRAINING") + " — " + title
        self.setWindowTitle(title)
        fit_to_screen(self, 1280, 800)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # A tab (its module too) is built when first shown or asked for: the hidden ones cost
        # nothing at start (the payment tab's month view alone is about 1 s at 200,000 workers).
        self._specs = {spec.key: spec for spec in tabs_for(site.role)}
        self.tab_widgets = LazyTabs(self._specs, self._build_tab)
        for spec in self._specs.values():
            self.tabs.addTab(QWidget(), spec.tab_title(site.role))
        self.tabs.currentChanged.connect(self._current_changed)
        self.training_banner: QLabel | None = None
        if site.training:
            self.setCentralWidget(self._with_training_banner(self.tabs))
        else:
            self.setCentralWidget(self.tabs)

        self._build_menus()
        self._window_shortcuts()
        role_text = self.tr("Disnaker install") if site.is_disnaker else self.tr("OPD install")
        if site.training:
            role_text = self.tr("Training install") + " · " + role_text
        self.role_text = role_text
        self.operator_label = QLabel()
        self._show_operator()
        self.statusBar().addPermanentWidget(self.operator_label)
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.busy_label)
        env.ops.changed.connect(self.broadcast_changes)
        env.ops.busy_changed.connect(self._busy)
        env.ops.waiting_for_lock.connect(self._waiting_for_lock)
        ui_state.restore_window(self, env.ctx.data_dir)
        if start_tab in self._specs:
            self.tabs.setCurrentIndex(list(self._specs).index(start_tab))
        if self._specs:
            self._build_tab(list(self._specs)[max(self.tabs.currentIndex(), 0)])

        from rentan_desktop.ui.shell.day_clock import DayClock

        # App start and every new day: lapses the date brings, then every tab re-reads its figures.
        self.day_clock = DayClock(env, self)
        self.day_clock.start()

        from rentan_desktop.ui.shell.cache_warmer import CacheWarmer

        # The roster's pages decrypted again between events after unlock and after every write elsewhere.
        self.cache_warmer = CacheWarmer(env, self)  # started once the window is shown (showEvent)

    def _show_operator(self) -> None:
        operator_text = self.tr("Operator: {name}").format(name=self.env.operator)
        self.operator_label.setText(f"{self.role_text} · {operator_text}")

    def lock(self) -> None:
        """Lock now (also after the idle time): another operator may unlock and work under their name."""
        self.app_lock.lock()

    def _with_training_banner(self, content: QWidget) -> QWidget:
        """A training install says so above every tab: its people are invented and never sent."""
        self.training_banner = QLabel(self.tr(
            "TRAINING INSTALL: practice data only. Nothing here is sent to Disnaker; "
            "keep the real data in the real install."))
        self.training_banner.setWordWrap(True)
        self.training_banner.setObjectName("trainingBanner")
        self.training_banner.setStyleSheet(
            "#trainingBanner { background: #b35c00; color: white; font-weight: bold; padding: 4px 8px; }")
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.training_banner)
        layout.addWidget(content, 1)
        return box

    def _current_changed(self, index: int) -> None:
        if 0 <= index < len(self._specs):
            self._build_tab(list(self._specs)[index])

    def _build_tab(self, key: str) -> QWidget:
        """The tab for `key`, built in place of its placeholder the first time."""
        if dict.__contains__(self.tab_widgets, key):
            return dict.__getitem__(self.tab_widgets, key)
        index = list(self._specs).index(key)
        widget = self._specs[key].load()(self.env, self)
        dict.__setitem__(self.tab_widgets, key, widget)
        release = getattr(widget, "release_window_shortcuts", None)
        if release is not None:  # the window's own Ctrl+F/Ins/Ctrl+I reach it (_window_shortcuts)
            release()
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)  # the same tab stays current: nothing for listeners
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, widget.tab_title())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        return widget

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        from rentan_desktop.ui.shell.app_lock import AppLock

        self.app_lock = AppLock(self, self.env)
        self.focus_back = window_focus.FocusBack(self)  # active again after each dialog (QA walk r6, 3)
        self.app_lock.unlocked.connect(self._show_operator)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        # Demo data only in a training install: in a real one it would travel to Disnaker.
        self.demo_action: QAction | None = None
        if self.env.site.training:
            self.demo_action = QAction(self.tr("Fill with &demo data…"), self)
            self.demo_action.triggered.connect(self.fill_demo)
            file_menu.addAction(self.demo_action)
            file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu
        from rentan_desktop.ui.shell import undo_action

        self.undo_action = undo_action.install(self)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Rentan Desktop"), self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)
        diagnostics = QAction(self.tr("Copy &diagnostics"), self)
        diagnostics.triggered.connect(self.copy_diagnostics)
        self.help_menu.addAction(diagnostics)
        from rentan_desktop.ui.help import help_actions

        help_actions.install(self)
        backups = QAction(self.tr("&Backups and restore…"), self)
        backups.triggered.connect(self.show_backups)
        file_menu.insertAction(quit_action, backups)

    def _window_shortcuts(self) -> None:
        """Ctrl+F, Ins, Ctrl+N and Ctrl+I work wherever the focus is in the window (the tab bar at
        start-up too) and reach the current tab; adding and importing belong to the roster."""
        for widget in self.tab_widgets.values():
            release = getattr(widget, "release_window_shortcuts", None)
            if release is not None:
                release()
        self.window_actions: dict[str, QAction] = {}
        for name, keys, method in (("find", [QKeySequence(QKeySequence.StandardKey.Find)], "focus_search"),
                                   ("add", [QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+N")], "add_current"),
                                   ("import", [QKeySequence("Ctrl+I")], "open_import")):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, m=method: self.route_to_tab(m))
            self.addAction(action)
            self.window_actions[name] = action

    def route_to_tab(self, method: str) -> bool:
        """Call `method` on the current tab, else on the roster tab (brought forward); False if none has it."""
        current = self.tabs.currentWidget()
        handler = getattr(current, method, None)
        if handler is None and "roster" in self.tab_widgets and method != "focus_search":
            self.show_tab("roster")
            handler = getattr(self.tab_widgets["roster"], method, None)
        if handler is None:
            return False
        handler()
        return True

    def tab(self, key: str) -> QWidget:
        return self.tab_widgets[key]

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.tab_widgets[key])

    def broadcast_changes(self, kinds: frozenset) -> None:
        for widget in self.tab_widgets.values():
            widget.on_changes(kinds)

    def _busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Saving…") if busy else "")

    def _waiting_for_lock(self, attempt: int, tries: int) -> None:
        self.busy_label.setText(self.tr("Another program is writing to the data; waiting for it (try {n} of {all})…")
                                .format(n=attempt, all=tries))

    def fill_demo(self, *, workers: int | None = None) -> None:
        if workers is None:
            workers, ok = QInputDialog.getInt(
                self, self.tr("Demo data"),
                self.tr("Fill this install with realistic demo sponsors and workers.\nNumber of workers:"),
                400, 10, 300_000, 100)
            if not ok:
                return
        sponsors = max(1, workers * 3 // 4)

        from rentan_desktop.roster import demo  # imports lokal's region data: only when asked for

        def work(db):
            training.require_training(db)
            result = demo.generate(db, sponsors=sponsors, workers=workers, operator=self.env.operator)
            setup_hooks.after_demo(db, seed=20261123)
            return result

        self.env.ops.run(work, changes={"opds", "sponsors", "workers", "payments"}, parent=self,
                         on_success=lambda r: self.statusBar().showMessage(
                             self.tr("Demo data added: %n worker(s)", "", r.workers), 8000))

    def show_about(self) -> None:
        from rentan_desktop.ui.maintenance.about_dialog import AboutDialog

        AboutDialog(self.env, self).exec()

    def copy_diagnostics(self) -> None:
        from rentan_desktop.ui.maintenance.diagnostics import copy_diagnostics

        copy_diagnostics(self.env, self)

    def show_backups(self) -> None:
        from rentan_desktop.ui.maintenance.backup_dialog import BackupDialog

        BackupDialog(self.env, self).exec()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.cache_warmer.started:
            self.cache_warmer.start()  # its first warm-up waits until the first screen has painted

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        ui_state.save_window(self, self.env.ctx.data_dir)
        self.day_clock.timer.stop()   # no new day's write once the window closes
        self.cache_warmer.stop()
        self.env.ops.shutdown()
        super().closeEvent(event)

    def open_replacement(self, env: UiEnv) -> MainWindow | None:
        """A new main window on this install's (restored) file: what a restore reopens."""
        return open_main_window(env.ctx, QApplication.instance())


def _pseudonymise_due(env: UiEnv) -> None:
    """UU PDP retention: ended workers past Disnaker's retention period are pseudonymised at start."""
    from rentan_desktop.pdp import pseudonymise

    if not env.is_disnaker and pseudonymise.due(env.db):
        operator = env.operator
        env.ops.run(lambda db: pseudonymise.pseudonymise(db, operator), changes={"workers", "pdp"})


def open_main_window(ctx: AppContext, app, *, start_tab: str | None = None) -> MainWindow | None:
    """First-run dialog when needed, then the main window; None when the user quit set-up."""
    install_translators(app, ctx.language)
    if ctx.site is None:
        dialog = FirstRunDialog(ctx)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        setup_hooks.after_initialise(ctx.db, ctx.data_dir)
        install_translators(app, ctx.language)
    env = UiEnv(ctx=ctx, ops=OpRunner(ctx), site=ctx.require_site())
    # The next start's passphrase prompt speaks the install's language (QA walk r4, 13).
    ui_state.remember_language(ctx.data_dir, settings.get(ctx.db, "language", i18n.DEFAULT_LANGUAGE))
    _pseudonymise_due(env)
    window = MainWindow(env, start_tab=start_tab)
    window.show()
    window_focus.activate(window)  # the shortcuts work before any click (QA walk r6, 3)
    return window
