"""Showing validation findings at the field they concern, in red under the widget."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.ui.common.style import ERROR_BORDER_STYLE, ERROR_STYLE, WARNING_STYLE
from rentan_desktop.ui.qt import QCoreApplication, QDialog, QFormLayout, QLabel, QMessageBox, Qt, QWidget


class WrappedLabel(QLabel):
    """A word-wrapped label that always gets the height its text needs at its width.

    Nested form layouts (group boxes side by side) do not pass height-for-width up to the dialog,
    so a two-line message would be cut to one line, and with it the line saying what to do."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        # Right under its field: room a row is given beyond the text goes below it, not above.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def refit(self) -> None:
        needed = self.heightForWidth(max(self.width(), 1)) if self.text() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(max(needed, 0))

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self.refit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.refit()


class FieldMessages:
    """Binds field names to widgets in a QFormLayout and shows each issue under its field."""

    def __init__(self, form: QFormLayout, general: QLabel | None = None):
        self._form = form
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._general = general

    def add_row(self, label: str, field_name: str, widget: QWidget) -> None:
        self._form.addRow(label, widget)
        message = WrappedLabel()
        message.setVisible(False)
        message.setObjectName(f"error_{field_name}")
        self._form.addRow("", message)
        self._widgets[field_name] = widget
        self._labels[field_name] = message

    def widget(self, field_name: str) -> QWidget:
        return self._widgets[field_name]

    def field_label(self, field_name: str) -> QWidget | None:
        """The label the form shows left of the field (to mark it)."""
        return self._form.labelForField(self._widgets[field_name])

    def set_row_enabled(self, field_name: str, enabled: bool) -> None:
        widget = self._widgets[field_name]
        widget.setEnabled(enabled)
        label = self._form.labelForField(widget)
        if label is not None:
            label.setEnabled(enabled)

    def clear(self) -> None:
        for name, label in self._labels.items():
            label.clear()
            label.setVisible(False)
            self._widgets[name].setStyleSheet("")
        if self._general is not None:
            self._general.clear()
            self._general.setVisible(False)

    def show(self, issues: list[Issue]) -> None:
        """Show every issue; focus the first field with an error."""
        self.clear()
        first: QWidget | None = None
        leftovers = []
        for issue in issues:
            label = self._labels.get(issue.field)
            if label is None:
                leftovers.append(issue.message)
                continue
            text = (label.text() + "\n" if label.text() else "") + issue.message
            label.setText(text)
            label.setStyleSheet(ERROR_STYLE if issue.is_error else WARNING_STYLE)
            label.setVisible(True)
            if issue.is_error:
                self._widgets[issue.field].setStyleSheet(ERROR_BORDER_STYLE)
                first = first or self._widgets[issue.field]
        if leftovers and self._general is not None:
            self._general.setText("\n".join(leftovers))
            self._general.setStyleSheet(ERROR_STYLE)
            self._general.setVisible(True)
        if first is not None:
            first.setFocus()
        grow_to_fit(self._form.parentWidget())

    def message_for(self, field_name: str) -> str:
        label = self._labels.get(field_name)
        return label.text() if label is not None else ""


def show_validation_error(fields, error: Exception, enable: tuple[QWidget, ...] = ()) -> bool:
    """An OpRunner on_error handler for forms: re-enable `enable`, show a ValidationError at its
    fields (`fields` has show(issues): FieldMessages or a group of them) and report it handled;
    any other error is left to the runner's message box."""
    for widget in enable:
        widget.setEnabled(True)
    if isinstance(error, ValidationError):
        fields.show(error.issues)
        return True
    return False


def save_and_accept(dialog: QDialog, ops: Any, work: Callable[[Any], Any], *, changes: Iterable[str], fields: Any,
                    buttons: QWidget, keep: Callable[[Any], None] | None = None, short: bool = False) -> None:
    """A dialog's Save through the write door: the buttons wait while `work(db)` runs; then the
    result is kept (`keep(result)`) and the dialog accepted, or a ValidationError shows at its
    fields and the buttons come back (other errors get the runner's message box). `short`: a write
    of a few milliseconds (OpRunner.run's short path)."""
    buttons.setEnabled(False)

    def done(result: Any) -> None:
        if keep is not None:
            keep(result)
        dialog.accept()

    ops.run(work, changes=changes, on_success=done,
            on_error=lambda error: show_validation_error(fields, error, enable=(buttons,)), parent=dialog, short=short)
def confirm_discard(parent: QWidget, what: str) -> bool:
    """Ask before unsaved changes in a form are thrown away; True means discard them."""
    translate = QCoreApplication.translate
    answer = QMessageBox.question(
        parent, translate("Forms", "Discard changes?"),
        translate("Forms", "The changes to this {what} are not saved. Discard them?\n\nChoose Cancel to go back to "
                           "the form and press Save there to keep them.").format(what=what),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


def grow_to_fit(widget: QWidget | None) -> None:
    """Make a dialog tall enough for the messages just shown under its fields (QA walk r6, 1).

    A dialog whose layout keeps it at its minimum size reckons that minimum without height-for-width,
    so a message wrapping to two lines got one line's room and its second line hid under the next field.
    The dialog only grows, never past the screen."""
    window = widget.window() if widget is not None else None
    layout = window.layout() if isinstance(window, QDialog) else None
    if layout is None or not layout.hasHeightForWidth():
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    screen = window.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height() - 40)  # the title bar stays on screen
    if needed > window.height():
        window.resize(window.width(), needed)
