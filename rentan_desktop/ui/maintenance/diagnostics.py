"""'Copy diagnostics' for a support call (the self-test is in self_test.py)."""

from __future__ import annotations

from rentan_desktop.ui.qt import QApplication, QWidget, qVersion


def qt_versions() -> dict[str, str]:
    import PySide6

    app = QApplication.instance()
    platform_name = app.platformName() if app is not None else "-"
    return {"Qt": f"{qVersion()} (PySide6 {PySide6.__version__}, platform {platform_name})"}


def diagnostics_text(env) -> str:
    from rentan_desktop.maintenance.diagnostics import report

    return report(env.db, env.ctx.data_dir, extra=qt_versions())


def copy_diagnostics(env, parent: QWidget | None = None) -> str:
    """Put the diagnostics on the clipboard and say so; returns the text."""
    from rentan_desktop.ui.qt import QMessageBox

    text = diagnostics_text(env)
    QApplication.clipboard().setText(text)
    QMessageBox.information(
        parent, QApplication.translate("Diagnostics", "Diagnostics copied"),
        QApplication.translate(
            "Diagnostics", "The diagnostics are on the clipboard: paste them into a message or chat for "
                           "support. They hold no names, NIKs or phone numbers."))
    return text
