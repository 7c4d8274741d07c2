"""Integer Rupiah: display as Rp16.800 and in words for receipts."""

from __future__ import annotations

# lokal is imported when first used: importing it compiles Samaran's ~300 regular expressions
# (0.5 s or more), which the start-up of the GUI must not pay (issue 15).


def rupiah(amount: int | None) -> str:
    """16800 -> 'Rp16.800'; negative amounts keep their sign: '-Rp16.800'."""
    if amount is None:
        return ""
    import lokal

    if amount < 0:
        return "-" + lokal.format_rupiah(-amount)
    return lokal.format_rupiah(amount)


def in_words(amount: int) -> str:
    """16800 -> 'Enam belas ribu delapan ratus rupiah' (terbilang)."""
    import lokal

    words = lokal.terbilang(amount, currency=True)
    return words[:1].upper() + words[1:]


def parse_amount(value: object) -> int | None:
    """'Rp1.500.000', '1500000', 1500000.0 -> 1500000; None when not an amount."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        return int(round(value))
    import lokal

    parsed = lokal.parse_rupiah(str(value))
    if parsed is None or parsed.approximate:
        return None
    return int(round(parsed.amount))
