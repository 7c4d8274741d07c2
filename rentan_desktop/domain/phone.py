"""Indonesian mobile numbers: 08… or +628…, stored as E.164."""

from __future__ import annotations

from rentan_desktop.domain.issues import Issue
from rentan_desktop.i18n import translate


def normalize_phone(value: object, field_name: str = "phone") -> tuple[str | None, list[Issue]]:
    """Return (+62… or None when empty, issues)."""
    # A leading apostrophe is how a spreadsheet is told "keep this as text": not part of the number.
    text = "" if value is None else str(value).strip().lstrip("'‘’`").strip()
    if not text:
        return None, []
    if text.replace(".", "").isdigit() and text.endswith(".0"):
        text = text[:-2]  # read from a numeric spreadsheet cell
    if text.isdigit() and text.startswith("8"):
        text = "0" + text  # spreadsheets drop the leading zero
    if text.startswith("08") and 10 <= len(text) <= 13 and text.isascii() and text.isdigit():
        return "+62" + text[1:], []  # the usual mobile number: as lokal.parse_phone gives it, without its result
    import lokal  # when first needed: importing lokal costs 0.5 s or more

    info = lokal.parse_phone(text)
    if not info.valid or info.type != "mobile":
        return None, [Issue(field_name, translate(
            "domain", "'{value}' is not an Indonesian mobile number (08… or +628…).").format(value=text),
            "error", "phone")]
    return info.e164, []


def display_phone(e164: str | None) -> str:
    if not e164:
        return ""
    import lokal

    info = lokal.parse_phone(e164)
    return info.national or e164
