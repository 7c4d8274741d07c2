"""Cleaning identifiers typed by people or read from spreadsheets."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s.\-_/'’‘`]+")


def strip_separators(value: object) -> str:
    """'3201 0115.0895-0001' -> '3201011508950001'. Leaves anything else untouched."""
    if value is None:
        return ""
    text = str(value).strip().replace("\u00a0", " ")
    return _SEPARATORS.sub("", text)
