"""Translation for the Qt-free core (domain, store, CLI messages).

The UI uses Qt's QTranslator with the compiled .qm files; the core reads the very same
Qt Linguist .ts sources (plain XML) so that one catalogue serves both. Source strings are
English; lupdate collects them from calls to ``translate(context, text)`` (see tools/i18n.py).
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from rentan_desktop.paths import resources_dir

DEFAULT_LANGUAGE = "id"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

_language = DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    global _language
    _language = code if code in LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    return _language


@functools.cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    entries: dict[tuple[str, str], str] = {}
    folder = resources_dir() / "i18n" / code
    for ts_file in sorted(folder.glob("*.ts")):
        root = ET.parse(ts_file).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None or not translation.text:
                    continue
                if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                entries[(name, source)] = translation.text
    return entries


def translate(context: str, text: str) -> str:
    """Translate a core message into the current language (English source text)."""
    if _language == "en":
        return text
    return _catalogue(_language).get((context, text), text)
