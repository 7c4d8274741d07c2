"""The frame every form dialog shares: its OK/Cancel row and its vertical stack of parts.

Cancel, Esc and the window's close button all reject the dialog (QDialog's own Esc handling is
kept: nothing here overrides keyPressEvent), so every dialog built with these behaves the same.
"""

from __future__ import annotations

from collections.abc import Callable

from rentan_desktop.ui.qt import QDialogButtonBox, QLayout, QVBoxLayout, QWidget


def dialog_buttons(dialog: QWidget, on_ok: Callable[[], None], *, ok_text: str | None = None,
                   cancel_text: str | None = None, save: bool = False,
                   on_cancel: Callable[[], None] | None = None) -> QDialogButtonBox:
    """An OK (or Save) and Cancel row: OK calls `on_ok`, Cancel (and so Esc) `on_cancel`, by default
    the dialog's reject(). `ok_text`/`cancel_text` relabel the buttons (already translated)."""
    main = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(main | QDialogButtonBox.StandardButton.Cancel)
    if ok_text is not None:
        buttons.button(main).setText(ok_text)
    if cancel_text is not None:
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(on_cancel if on_cancel is not None else dialog.reject)
    return buttons


def stack(parent: QWidget, *parts: QWidget | QLayout) -> QVBoxLayout:
    """Lay `parts` (widgets or layouts) out top to bottom in `parent`."""
    layout = QVBoxLayout(parent)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout
