"""How a stored value reads for a clerk: codes as the forms label them, dates 01/12/2026, months
Desember 2026, money Rp16.800, NIPs grouped, settings by their names. The bundle summary (the dry
run) shows every value through `show`, never a stored code or an ISO date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rentan_desktop.domain import vocab
from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import is_month, month_label
from rentan_desktop.domain.nip import format_nip
from rentan_desktop.i18n import language, translate

# Columns that hold Rupiah (a count or a per-mille rate is a bare number).
MONEY = {("payments", "amount"), ("payments", "jkk"), ("payments", "jkm"), ("payments", "jht"),
         ("workers", "declared_income"), ("rate_tables", "jkm_flat"), ("rate_brackets", "income_from"),
         ("rate_brackets", "income_to"), ("rate_brackets", "base_income")}
NIPS = {("sponsors", "nip"), ("opds", "head_nip")}
# Stamps the install writes for itself: equal business fields with different stamps are the same record.
BOOKKEEPING = ("created_at", "updated_at")


def _bpjs_status(code: str) -> str:
    return {"submitted": translate("fields", "Sent to BPJS"), "accepted": translate("fields", "Accepted"),
            "rejected": translate("fields", "Rejected")}.get(code, code)


def _payment_kind(code: str) -> str:
    return {"payment": translate("fields", "Payment"), "reversal": translate("fields", "Correction")}.get(code, code)


def _holiday_kind(code: str) -> str:
    return {"national": translate("fields", "National holiday"),
            "cuti_bersama": translate("fields", "Cuti bersama")}.get(code, code)


def _outcome(code: str) -> str:
    from rentan_desktop.disnaker.duplicates import outcome_label  # the Disnaker combo's own words

    return outcome_label(code) or code


CODES: dict[tuple[str, str], Callable[[str], str]] = {
    ("workers", "status"): vocab.worker_status_label,
    ("workers", "bpjs_status"): _bpjs_status,
    ("workers", "gender"): vocab.gender_label,
    ("workers", "relationship"): vocab.relationship_label,
    ("workers", "heir_relationship"): vocab.heir_relationship_label,
    ("sponsors", "kind"): vocab.sponsor_kind_label,
    ("sponsors", "position_level"): vocab.position_level_label,
    ("sponsors", "status"): vocab.sponsor_status_label,
    ("sponsors", "gender"): vocab.gender_label,
    ("payments", "method"): vocab.payment_method_label,
    ("payments", "kind"): _payment_kind,
    ("holidays", "kind"): _holiday_kind,
    ("duplicate_decisions", "outcome"): _outcome,
}


def setting_label(key: str) -> str:
    """The settings Disnaker sends, as the Settings tab names them."""
    return {
        "quotas": translate("fields", "Minimum workers per sponsor by position level"),
        "occupations": translate("fields", "List of occupations"),
        "coverage_target": translate("fields", "Coverage target"),
        "sync_escrow_recipients": translate("fields", "Key backup recipients"),
        "pdp_retention_years": translate("fields", "Years personal data is kept after ending"),
        "programme_rules": translate("fields", "Programme rules and holidays"),
    }.get(key, key.replace("_", " "))


def _kind(table: str, column: str) -> str:
    from rentan_desktop import fields

    try:
        return fields.field(table, column).kind
    except KeyError:
        return "text"


def show(table: str, column: str, value: Any) -> str:
    """One stored value as the clerk reads it in a summary line ('-' for nothing, long text cut)."""
    if value is None or value == "":
        return "-"
    text = display_value(table, column, value)
    return text[:37] + "..." if len(text) > 40 else text


def display_value(table: str, column: str, value: Any) -> str:
    """One stored value as the clerk reads it in full ('' for nothing): the record's history, the
    UU PDP subject export."""
    if value is None or value == "":
        return ""
    if (table, column) in CODES and isinstance(value, str):
        return CODES[(table, column)](value) or value
    if (table, column) in MONEY and isinstance(value, int) and not isinstance(value, bool):
        return rupiah(value)
    if (table, column) in NIPS and isinstance(value, str):
        return format_nip(value)
    kind = _kind(table, column)
    try:
        if kind == "month" and isinstance(value, str) and is_month(value):
            return month_label(value, language())
        if kind == "date" and isinstance(value, str):
            return format_date(value)
        if kind == "timestamp" and isinstance(value, str):
            clock = value[11:16]
            return format_date(value) + (f" {clock}" if clock else "")
    except ValueError:
        pass  # a malformed value is shown as sent (the refusal list says why)
    if kind == "flag" and value in (0, 1):
        return translate("fields", "Yes") if value else translate("fields", "No")
    if column == "phone" and isinstance(value, str):
        from rentan_desktop.domain.phone import display_phone

        return display_phone(value)
    return str(value)


def payment_label(worker: str | None, month: Any, amount: Any, kind: Any) -> str:
    """A payment as a reviewer names it: 'ARBAIN · Desember 2026 · Rp16.800' (a correction says so)."""
    parts = [worker] if worker else []
    parts.append(show("payments", "month", month))
    money = show("payments", "amount", amount)
    parts.append(translate("fields", "correction {amount}").format(amount=money) if kind == "reversal" else money)
    return " \u00b7 ".join(parts)


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


def fingerprint_lines(fingerprint: str) -> list[str]:
    """A key fingerprint as the letter prints it and the trust dialog shows it: groups of four
    characters, five groups a line (compared group by group, read aloud over the phone)."""
    compact = "".join(fingerprint.split())
    if ":" in compact or len(compact) < 16:
        return [fingerprint]
    groups = [compact[i:i + 4] for i in range(0, len(compact), 4)]
    return [" ".join(groups[i:i + 5]) for i in range(0, len(groups), 5)]
