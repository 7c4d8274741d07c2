"""The QApplication of the GUI: name, organisation, version and icon, set once."""

from __future__ import annotations

from collections.abc import Sequence

from rentan_desktop import __version__


def create_application(argv: Sequence[str]):
    from rentan_desktop.ui.qt import QApplication

    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("Rentan Desktop")
    app.setOrganizationName("RentanDesktop")
    app.setApplicationVersion(__version__)
    from rentan_desktop.paths import resources_dir
    from rentan_desktop.ui.qt import QIcon

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "rentan.png")))
    from rentan_desktop.ui.common import gui_gc

    gui_gc.install(app)  # reference cycles holding Qt objects are freed on this thread only
    return app
