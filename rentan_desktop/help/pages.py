"""The help pages: which page belongs to which screen, where the files are, their titles.

Pages are Markdown files in resources/help/<language>/ (images in img/ beside them), written
for a clerk. A language without a page falls back to Indonesian, the full guide.
"""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.paths import resources_dir

FALLBACK = "id"
# The guide's order (the PDF follows it).
PAGES = ("index", "beranda", "pekerja", "pembayaran", "cetak", "laporan", "sinkronisasi", "keputusan", "pengaturan",
         "disnaker")
# Main-window tab key -> page.
TAB_PAGES = {
    "home": "beranda", "roster": "pekerja", "payments": "pembayaran", "reports": "laporan", "sync": "sinkronisasi",
    "settings": "pengaturan", "opd_registry": "disnaker", "consolidated": "disnaker", "bpjs": "disnaker",
    "duplicates": "disnaker",
}
# Tabs an OPD install shows as a different screen (the duplicates tab lists the decisions received there).
OPD_TAB_PAGES = {"duplicates": "keputusan"}


def help_dir(language: str) -> Path:
    folder = resources_dir() / "help" / language
    return folder if folder.is_dir() else resources_dir() / "help" / FALLBACK


def page_path(language: str, page: str) -> Path:
    path = help_dir(language) / f"{page}.md"
    return path if path.exists() else resources_dir() / "help" / FALLBACK / f"{page}.md"


def page_for_tab(tab_key: str | None, role: str = "disnaker") -> str:
    """The page describing the tab as the install's role shows it."""
    if role == "opd" and tab_key in OPD_TAB_PAGES:
        return OPD_TAB_PAGES[tab_key]
    return TAB_PAGES.get(tab_key or "", "index")


def read_page(language: str, page: str) -> str:
    return page_path(language, page).read_text(encoding="utf-8")


def title_of(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def titles(language: str) -> list[tuple[str, str]]:
    """(page, title) in the guide's order."""
    return [(page, title_of(read_page(language, page))) for page in PAGES]
