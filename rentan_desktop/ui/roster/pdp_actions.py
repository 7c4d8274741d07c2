"""Roster context menu: everything held about one person (UU PDP data subject access)."""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.qt import QCoreApplication, QMenu, QMessageBox, QWidget

translate = QCoreApplication.translate


def extend_context_menu(menu: QMenu, tab: QWidget, kind: str, uid: str) -> None:
    menu.addAction(translate("PdpActions", "Export personal data (UU PDP)…"),
                   lambda: export_person(tab, tab.env, kind, uid))


def export_person(parent: QWidget, env, kind: str, uid: str) -> None:
    """Ask for a folder, write the PDF and xlsx through the write door (the export is logged)."""
    from rentan_desktop.pdp.export import export_subject

    # In the folder last used for exports (else the home folder), never the program's working folder (QA walk r6, 4).
    folder = ui_state.folder_name(parent, env.ctx.data_dir, "exports",
                                  translate("PdpActions", "Folder for the personal data export"))
    if not folder:
        return
    operator, pemda = env.operator, env.site.pemda

    def done(paths: list[Path]) -> None:
        QMessageBox.information(parent, translate("PdpActions", "Personal data exported"), translate(
            "PdpActions", "Written to {folder}:\n{files}\nHand these files only to the person concerned.").format(
            folder=folder, files="\n".join(p.name for p in paths)))

    env.ops.run(lambda db: export_subject(db, kind, uid, Path(folder), operator=operator, pemda=pemda),
                changes={"pdp"}, on_success=done, parent=parent)
