"""A stored value as the clerk reads it, for any registered field: code labels (Draf, Tetangga,
Potongan TPP), dates 29/11/2022, months November 2026, money Rp16.800, NIP grouped, Yes/No.

One place for what the forms and lists already show, so documents made from raw records (the
UU PDP subject export, a record's history) never print database codes or ISO dates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rentan_desktop.i18n import language, translate


def bpjs_status_label(code: str) -> str:
    return {"accepted": translate("fields", "Accepted"), "rejected": translate("fields", "Rejected"),
            "submitted": translate("fields", "Sent, waiting for BPJS")}.get(code, code)


def payment_kind_label(code: str) -> str:
    return {"payment": translate("fields", "Payment"), "reversal": translate("fields", "Correction")}.get(code, code)


def _labels() -> dict[str, Callable[[str], str]]:
    from rentan_desktop.disnaker.duplicates import outcome_label
    from rentan_desktop.domain import vocab

    return {
        "status": vocab.worker_status_label, "relationship": vocab.relationship_label,
        "heir_relationship": vocab.heir_relationship_label, "gender": vocab.gender_label,
        "method": vocab.payment_method_label, "position_level": vocab.position_level_label,
        "bpjs_status": bpjs_status_label, "outcome": outcome_label,
    }


MONEY_COLUMNS = frozenset({"amount", "jkk", "jkm", "jht_amount", "declared_income"})
FLAG_COLUMNS = frozenset({"jht", "active"})


def _table_label(table: str, column: str) -> Callable[[str], str] | None:
    from rentan_desktop.domain import vocab

    if (table, column) == ("sponsors", "status"):
        return vocab.sponsor_status_label
    if (table, column) == ("sponsors", "kind"):
        return vocab.sponsor_kind_label
    if (table, column) == ("payments", "kind"):
        return payment_kind_label
    return _labels().get(column)


def display_value(table: str, column: str, value: Any) -> str:
    """`value` of `table.column` as the GUI shows it ('' for nothing)."""
    from rentan_desktop import fields
    from rentan_desktop.domain.dates import format_date
    from rentan_desktop.domain.money import rupiah
    from rentan_desktop.domain.months import month_label
    from rentan_desktop.domain.nip import format_nip

    if value is None or value == "":
        return ""
    try:
        kind = fields.field(table, column).kind
    except KeyError:
        kind = "text"
    if column in MONEY_COLUMNS and isinstance(value, int | float):
        return rupiah(int(value))
    if column in FLAG_COLUMNS or kind == "flag":
        return translate("fields", "Yes") if value in (1, True, "1") else translate("fields", "No")
    text = str(value)
    label = _table_label(table, column)
    if label is not None:
        return label(text) or text
    if kind == "month" or column.endswith("_month") or column in ("month", "paid_through", "effective_from"):
        return month_label(text[:7], language()) if len(text) >= 7 and text[4] == "-" else text
    if kind in ("date", "timestamp") or column.endswith(("_on", "_at", "_date")):
        if len(text) >= 10 and text[4] == "-":
            day = format_date(text[:10])
            return day if kind == "date" or len(text) <= 10 else f"{day} {text[11:16]}"
        return text
    if column.endswith("nip") and text.isdigit():
        return format_nip(text)
    if column == "phone":
        from rentan_desktop.domain.phone import display_phone

        return display_phone(text)
    return text


def action_label(action: str) -> str:
    """What an audit entry's action means, in the clerk's words (history, the UU PDP export)."""
    return {
        "create": translate("fields", "Created"), "update": translate("fields", "Changed"),
        "end": translate("fields", "Ended"), "status": translate("fields", "Status changed"),
        "sync_update": translate("fields", "Updated from a bundle"),
        "sync_create": translate("fields", "Received in a bundle"),
        "sync_conflict": translate("fields", "Conflict from a bundle"),
        "reactivate": translate("fields", "Reactivated"), "reregister": translate("fields", "Registered again"),
        "reverse": translate("fields", "Payment corrected"), "bpjs_answer": translate("fields", "BPJS answer recorded"),
        "duplicate_decision": translate("fields", "Duplicate NIK decided"), "decide": translate("fields", "Decided"),
        "pseudonymise": translate("fields", "Pseudonymised"), "undo": translate("fields", "Undone"),
        "import": translate("fields", "Imported"), "bulk": translate("fields", "Changed with others"),
    }.get(action, action)
