"""One running Rentan Desktop per data folder.

The first instance takes a lock file in the data folder and listens on a local socket named
after a hash of the folder; a second start connects, asks it to come forward and exits, so
the database is never opened twice by two windows. QLockFile notices a lock left by a
crashed process (its PID is gone) and takes it over.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import sys
from pathlib import Path

from rentan_desktop.maintenance.running import LOCK_NAME
from rentan_desktop.ui.qt import QLocalServer, QLocalSocket, QLockFile, QObject, QWidget, Signal

log = logging.getLogger(__name__)

MESSAGE = b"activate\n"


def server_name(data_dir: Path | str) -> str:
    """Stable per data folder and per user (local sockets live in a shared temp folder on Linux)."""
    folder = str(Path(data_dir).resolve())
    if sys.platform == "win32":
        folder = folder.lower()
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in some service accounts
        user = ""
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    return f"rentan-desktop-{digest}"


class SingleInstance(QObject):
    """`claim()` once at start; `activation_requested` fires when a later start knocks."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self._lock = QLockFile(str(self.data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # only a dead PID makes the lock stale, never its age
        self._server: QLocalServer | None = None

    def claim(self, wait_ms: int = 3000) -> bool:
        """True when this is the only instance; False after asking the running one to come forward."""
        if self._notify_running(500):
            return False
        if not self._lock.tryLock(200):
            # Another instance holds the folder but is still starting: keep knocking a while.
            if self._notify_running(wait_ms):
                return False
            log.warning("data folder is locked by another process that does not answer")
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by a crash (Unix)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        if not self._server.listen(self.name):
            log.warning("single-instance server could not listen: %s", self._server.errorString())
        return True

    @property
    def holds_lock(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _notify_running(self, wait_ms: int) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(wait_ms):
            return False
        _allow_foreground()
        socket.write(MESSAGE)
        socket.flush()
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        log.info("another instance is running for this data folder: asked it to come forward")
        return True

    def _on_connection(self) -> None:
        # Read at once (the knocking process wrote before waiting): no per-socket slots to outlive it.
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket.bytesAvailable() or socket.waitForReadyRead(1000):
                if MESSAGE.strip() in bytes(socket.readAll()):
                    self.activation_requested.emit()
            socket.abort()
            socket.deleteLater()


def bring_forward(window: QWidget) -> None:
    """Restore a minimised window and raise it above the others."""
    from rentan_desktop.ui.qt import Qt

    if window.isMinimized():
        window.showNormal()
    window.show()
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.raise_()
    window.activateWindow()


def current_main_window() -> QWidget | None:
    """The visible main window (after a restore it is a new one)."""
    from rentan_desktop.ui.qt import QApplication, QMainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    return windows[-1] if windows else None


def close_main_window(first: QWidget | None) -> None:
    """At quit: close the main window so its writer finishes its queue before the database closes. After
    a restore the first window was replaced and deleted (QA walk r5, 21: closing it raised at every quit,
    and the database and the instance lock were left open): only a window that still exists is closed."""
    window = current_main_window() or first
    try:
        if window is not None:
            window.close()
    except RuntimeError:  # "Internal C++ object already deleted": the replaced first window
        pass


def front_window() -> QWidget | None:
    """What a second start should bring forward: an open dialog (first run, a question) first."""
    from rentan_desktop.ui.qt import QApplication

    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal
    main = current_main_window()
    if main is not None:
        return main
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    return visible[-1] if visible else None


def bring_front_window() -> None:
    window = front_window()
    if window is not None:
        bring_forward(window)


def _allow_foreground() -> None:
    """Windows lets only the foreground process hand focus on: allow the running instance."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
    except (AttributeError, OSError):
        pass
