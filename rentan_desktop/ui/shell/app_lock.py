"""The app lock: after the idle time set in Settings, and when Windows locks the session.

Any key press, click or wheel turn counts as activity. Locked, the window's contents are
hidden and the unlock dialog asks an operator for their passphrase; whoever unlocks becomes
the operator the audit trail names. On Windows, WTSRegisterSessionNotification delivers
WM_WTSSESSION_CHANGE to the window and a native event filter locks on WTS_SESSION_LOCK
(Win+L, a switch of user); elsewhere only the idle time locks.
"""

from __future__ import annotations

import logging
import sys
import time

from rentan_desktop.store import settings
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractNativeEventFilter,
    QApplication,
    QCoreApplication,
    QDialog,
    QEvent,
    QObject,
    Qt,
    QTimer,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)

SETTING = "lock_after_minutes"
DEFAULT_MINUTES = 10
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


def lock_minutes(db) -> int:
    return int(settings.get(db, SETTING, DEFAULT_MINUTES) or 0)


class AppLock(QObject):
    unlocked = Signal()  # possibly by another operator: who works now may have changed

    def __init__(self, window: QWidget, env: UiEnv):
        super().__init__(window)  # the window is reached as parent(): no Python reference keeps it alive
        self.env = env
        self.session = env.ctx.session
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        app = QApplication.instance()
        app.installEventFilter(self)
        self.native = None
        if sys.platform == "win32":
            self.native = _SessionLockFilter(self)
            app.installNativeEventFilter(self.native)
            _register_session_notifications(window)

    def can_lock(self) -> bool:
        """Only an operator with a passphrase can unlock again (a key-store-only install cannot lock)."""
        vault = self.env.ctx.vault
        return vault is not None and bool(vault.operators())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY:
            self.session.last_activity = time.monotonic()
        return False

    def check_idle(self) -> None:
        minutes = lock_minutes(self.env.db)
        if minutes > 0 and time.monotonic() - self.session.last_activity >= minutes * 60:
            self.lock()

    def lock(self) -> bool:
        """Hide the data and ask for a passphrase; False when the user quit instead."""
        if self.session.locked or not self.can_lock():
            return True
        from rentan_desktop.ui.shell.unlock import UnlockDialog

        self.session.locked = True
        before = self.env.ctx.operator
        window = self.parent()
        central = window.centralWidget() if hasattr(window, "centralWidget") else None
        if central is not None:
            central.setVisible(False)
        covered = _cover_open_windows(window)
        log.info("app locked")
        dialog = UnlockDialog(self.env.ctx, window, locked=True)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.session.locked = False
        self.session.last_activity = time.monotonic()
        if not accepted:
            window.close()
            return False
        if central is not None:
            central.setVisible(True)
        if self.env.ctx.operator != before:  # another operator: the forms left open are not theirs to save
            covered = _close_forms(window, covered, before)
        for widget in covered:
            widget.setVisible(True)
        log.info("app unlocked")
        self.unlocked.emit()
        return True


def _cover_open_windows(window: QWidget) -> list[QWidget]:
    """Hide the contents of every other open window (a worker's form, the help, a preview).

    The windows themselves stay open, so a form in the middle of an edit keeps its unsaved
    values (hiding a dialog would end its exec() and drop them); only what shows personal data
    disappears. Returns the widgets to show again after the unlock.
    """
    hidden: list[QWidget] = []
    for top in QApplication.topLevelWidgets():
        if top is window or not top.isVisible():
            continue
        for child in top.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisible() and not child.isWindow():
                child.setVisible(False)
                hidden.append(child)
    return hidden


def _close_forms(window: QWidget, covered: list[QWidget], operator: str) -> list[QWidget]:
    """Close, unsaved, the dialogs open when `operator` locked: saved now they would be recorded under the
    name of whoever unlocked (QA walk r6, 7). The status bar says so. Returns what is still to show."""
    forms = {w.window() for w in covered if isinstance(w.window(), QDialog)}
    for form in forms:
        QDialog.done(form, QDialog.DialogCode.Rejected)  # not reject(): no "discard changes?" for someone else's form
    bar = getattr(window, "statusBar", None)
    if forms and callable(bar):
        bar().showMessage(QCoreApplication.translate(
            "AppLock", "{count} form(s) that {name} left open were closed without saving: what is saved now is "
                       "recorded under the operator who unlocked.").format(count=len(forms), name=operator), 60_000)
    return [w for w in covered if w.window() not in forms]


class _SessionLockFilter(QAbstractNativeEventFilter):
    def __init__(self, lock: AppLock):
        super().__init__()
        self.lock = lock

    def nativeEventFilter(self, event_type, message):  # noqa: N802 - Qt API
        if bytes(event_type) == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                QTimer.singleShot(0, self.lock.lock)
        return False, 0


def _register_session_notifications(window: QWidget) -> None:
    try:
        import ctypes

        ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(window.winId()), 0)  # NOTIFY_FOR_THIS_SESSION
    except Exception:
        log.warning("could not register for Windows session lock notifications")
