"""Installing the Qt translators (one .qm per area) for the chosen language."""

from __future__ import annotations

from rentan_desktop import i18n
from rentan_desktop.paths import resources_dir
from rentan_desktop.ui.qt import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    # Qt's own file dialog speaks the program's language (resources/i18n/id/qt_widgets.ts); the
    # system's follows the Windows language, which is often English in these offices.
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, language != "en")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(QLocale.Language.Indonesian), "qtbase", "_",
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    for qm in sorted((resources_dir() / "i18n" / language).glob("*.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
