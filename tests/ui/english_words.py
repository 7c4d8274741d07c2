"""Which visible words are English: the vocabulary of the program's own English source strings
(and Qt's dialog words) less every word that also appears in an Indonesian translation (acronyms,
names and loanwords such as NIK, BPJS, Disnaker, data, status stay allowed)."""

from __future__ import annotations

import functools
import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "id"
WORD = re.compile(r"[A-Za-z][A-Za-z']+")
TAG = re.compile(r"<[^>]+>")

# Qt's own widgets (wizard, file and input dialogs, line-edit menus) say these when untranslated.
QT_WORDS = {"back", "next", "finish", "cancel", "commit", "look", "directory", "files", "detail", "view",
            "modified", "size", "type", "kind", "name", "date", "open", "save", "choose", "recent", "places",
            "computer", "drive", "folder", "undo", "redo", "cut", "copy", "paste", "delete", "select", "all",
            "parent", "create", "new", "list", "show", "hidden", "the", "and", "of", "to", "paid", "unpaid",
            "upper", "brackets", "unconfirmed", "table", "column", "workers", "sponsors", "payments"}
# Proper names and words that read the same in both languages, seen on screen.
ALLOWED = {"rentan", "desktop", "opd", "nik", "nip", "kpj", "bpjs", "jkk", "jkm", "jht", "rp", "pdf", "xlsx",
           "csv", "ods", "usb", "id", "ok", "sha", "qr", "tpp", "apbd", "csr", "pns", "pppk", "asn", "rt", "rw",
           "disnaker", "pemda", "kota", "kabupaten", "dinas", "ketenagakerjaan", "age", "x", "ktp", "kk", "hp"}


def _texts(kind: str) -> list[str]:
    out = []
    for ts in I18N.glob("*.ts"):
        root = ET.parse(ts).getroot()
        for message in root.iter("message"):
            if kind == "source":
                out.append(message.findtext("source") or "")
            else:
                t = message.find("translation")
                if t is not None:
                    out.append("".join(t.itertext()))
    return out


PATH = re.compile(r"(?:[A-Za-z]:\\|/)[^\s,;]*")  # file and folder paths are the user's, not ours


def words(text: str) -> set[str]:
    text = PATH.sub(" ", text)
    plain = html.unescape(TAG.sub(" ", text.replace("&&", "").replace("&", "")))
    plain = re.sub(r"\{[a-z_]+\}", " ", plain)
    return {w.lower().strip("'") for w in WORD.findall(plain)}


@functools.cache
def english() -> frozenset[str]:
    source = set().union(*(words(t) for t in _texts("source"))) | QT_WORDS
    indonesian = set().union(*(words(t) for t in _texts("translation")))
    return frozenset(w for w in source if len(w) > 2 and w not in indonesian and w not in ALLOWED)


def english_in(text: str) -> set[str]:
    return words(text) & english()
