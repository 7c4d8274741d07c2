"""Windows that fit the screen they open on (office laptops are 1366x768, minus a taskbar)."""

from __future__ import annotations

from rentan_desktop.ui.qt import QGuiApplication, QRect, QWidget

FRAME_ALLOWANCE = 40  # the window manager's title bar and borders around a top-level window


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The usable area of the screen the widget is on (without taskbars and panels)."""
    screen = None
    if widget is not None:
        screen = widget.screen()
        parent = widget.parentWidget()
        if parent is not None and parent.window().isVisible():
            screen = parent.window().screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height) or less so the whole frame stays on screen, and centre it."""
    area = available_geometry(widget)
    w = min(width, area.width() - 16)
    h = min(height, area.height() - FRAME_ALLOWANCE)
    widget.resize(max(w, 200), max(h, 200))
    x = area.x() + (area.width() - widget.width()) // 2
    y = area.y() + max((area.height() - widget.height() - FRAME_ALLOWANCE) // 2, 0)
    widget.move(x, y)


def fit_height(widget: QWidget) -> int:
    """The tallest a window may be so that its frame stays on the screen it opens on."""
    return available_geometry(widget).height() - FRAME_ALLOWANCE


def keep_on_screen(widget: QWidget) -> None:
    """Move a shown window up or left just enough that its whole frame is on its screen."""
    area = available_geometry(widget)
    frame = widget.frameGeometry()
    x = min(frame.x(), area.right() - frame.width())
    y = min(frame.y(), area.bottom() - frame.height())
    x, y = max(x, area.x()), max(y, area.y())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)
