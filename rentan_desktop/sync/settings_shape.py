"""The settings Disnaker sends to every OPD (tables.DOWN_SETTINGS), each checked for the shape the
OPD's code reads before it is stored: a wrong one would break the roster or every later export."""

from __future__ import annotations

import math
from typing import Any

from rentan_desktop.i18n import translate

_MAX_ITEMS = 500


def _quotas(value: Any) -> bool:
    return isinstance(value, dict) and len(value) <= _MAX_ITEMS and all(
        isinstance(k, str) and type(v) is int and 0 <= v <= 1000 for k, v in value.items())


def _occupations(value: Any) -> bool:
    return isinstance(value, list) and len(value) <= _MAX_ITEMS and all(
        isinstance(v, str) and 0 < len(v) <= 100 and v.isprintable() for v in value)


def _target(value: Any) -> bool:
    return isinstance(value, dict) and len(value) <= _MAX_ITEMS and all(
        isinstance(k, str) and type(v) in (int, float) and math.isfinite(v) and 0 <= v <= 10 ** 9
        for k, v in value.items())


def _recipient(text: Any) -> bool:
    from pyrage import x25519

    if not isinstance(text, str):
        return False
    try:
        x25519.Recipient.from_str(text)
    except Exception:  # pyrage raises its own error types for any text that is not a recipient
        return False
    return True


def _escrow(value: Any) -> bool:
    return isinstance(value, list) and len(value) <= 20 and all(
        isinstance(r, dict) and _recipient(r.get("recipient")) and
        all(isinstance(r.get(k), str | None) for k in ("label", "added_at")) for r in value)


_CHECKS = {"quotas": _quotas, "occupations": _occupations, "coverage_target": _target,
           "sync_escrow_recipients": _escrow}


def problem(key: str, value: Any) -> str | None:
    """Why Disnaker's value of setting `key` cannot be stored here, or None."""
    check = _CHECKS.get(key)
    if check is None or check(value):
        return None
    return {
        "quotas": lambda: translate("sync", "the quotas must be whole numbers from 0 to 1000 per position level"),
        "occupations": lambda: translate("sync", "the occupations must be a list of short texts"),
        "coverage_target": lambda: translate("sync", "the coverage targets must be numbers"),
        "sync_escrow_recipients": lambda: translate("sync", "the escrow recipients must be age keys (age1...)"),
    }[key]()
