"""Which months one payment for a worker may cover: in order, from the oldest unpaid month.

BPJS books a BPU contribution against the oldest unpaid month, so the OPD may record only
what BPJS will book: the first N unpaid months counted from the oldest one still payable
(months already paid are skipped, they are no gap), with N one of the counts Disnaker's
effective-dated rules allow (payments/rules.py `prepay_counts`). A membership that ends
(ended or lapsed) may also settle all its remaining months at once, whatever their number.
The window (arrears months back, months ahead) is the caller's: service.month_window.
"""

from __future__ import annotations

from collections.abc import Sequence

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.months import month_label, month_range
from rentan_desktop.i18n import language, translate
from rentan_desktop.payments.lifecycle import covered_until


def unpaid_months(worker: dict, paid: set[str], earliest: str, latest: str) -> list[str]:
    """The worker's unpaid months a payment may cover today, oldest first."""
    first = max(earliest, worker["start_month"] or earliest)
    until = covered_until(worker["status"], worker["paid_through"], worker["start_month"], worker["ended_on"])
    last = min(latest, until) if until else latest
    return [m for m in month_range(first, last) if m not in paid] if first <= last else []


def allowed_counts(worker: dict, unpaid: Sequence[str], counts: Sequence[int]) -> list[int]:
    """How many months one payment may cover: the allowed counts that fit, plus the rest of an ended membership."""
    allowed = {n for n in counts if n <= len(unpaid)}
    if unpaid and covered_until(worker["status"], worker["paid_through"], worker["start_month"],
                                worker["ended_on"]) is not None:
        allowed.add(len(unpaid))
    return sorted(allowed)


def check_sequence(worker: dict, months: Sequence[str], unpaid: Sequence[str], counts: Sequence[int]) -> None:
    """Refuse months that leave a gap before them or a number of months the rules do not allow."""
    months = sorted(months)
    if not unpaid:
        return  # nothing payable: the per-month checks have already said why
    lang = language()
    allowed = allowed_counts(worker, unpaid, counts)
    allowed_text = ", ".join(str(n) for n in allowed) or "-"
    if list(months) != list(unpaid[:len(months)]):
        raise ValidationError([Issue("month", translate(
            "payments", "{name}: months are paid in order, without gaps, starting with the oldest unpaid month, "
                        "{first}. Choose {first} and the months right after it ({counts} months at once).").format(
            name=worker["name"], first=month_label(unpaid[0], lang), counts=allowed_text))])
    if len(months) not in allowed:
        raise ValidationError([Issue("month", translate(
            "payments", "{name}: {count} months cannot be paid at once. Disnaker's programme rules allow "
                        "{counts} months at once, from {first}.").format(
            name=worker["name"], count=len(months), counts=allowed_text, first=month_label(unpaid[0], lang)))])
