"""Indonesian mobile numbers: 08… or +628…, stored as E.164."""

from __future__ import annotations

import lokal

from rentan_desktop.domain.issues import Issue
from rentan_desktop.i18n import translate


def normalize_phone(value: object, field_name: str = "phone") -> tuple[str | None, list[Issue]]:
    """Return (+62… or None when empty, issues)."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None, []
    if text.replace(".", "").isdigit() and text.endswith(".0"):
        text = text[:-2]  # read from a numeric spreadsheet cell
    if text.isdigit() and text.startswith("8"):
        text = "0" + text  # spreadsheets drop the leading zero
    info = lokal.parse_phone(text)
    if not info.valid or info.type != "mobile":
        return None, [Issue(field_name, translate(
            "domain", "'{value}' is not an Indonesian mobile number (08… or +628…).").format(value=text),
            "error", "phone")]
    return info.e164, []


def display_phone(e164: str | None) -> str:
    if not e164:
        return ""
    info = lokal.parse_phone(e164)
    return info.national or e164
