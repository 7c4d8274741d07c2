"""A payload's sections as the exporter writes them: each at most once, its tables in order.

The row checks look for a record twice within one section; a second section of the same table
(or a reordered payload, which a stolen key can sign) would step around them. Rentan Desktop
never writes either, so either refuses the whole bundle before anything is planned."""

from __future__ import annotations

from typing import Any

from rentan_desktop import fields
from rentan_desktop.i18n import translate
from rentan_desktop.sync.bundle import BundleRefused


def _key(meta: dict[str, Any]) -> str:
    if meta.get("section") == "table":
        return f"{meta.get('table')}:{meta.get('direction')}"
    return str(meta.get("section"))


def check(sections: list, expected: dict[str, Any], file_name: str, sender: str) -> None:
    """Refuse a section that repeats, or a table section before one the exporter writes earlier.

    `expected`: the table sections this install takes, in the exporter's order (apply.py)."""
    order = {key: i for i, key in enumerate(expected)}
    seen: set[str] = set()
    last = -1
    for meta, _rows in sections:
        key = _key(meta)
        at = order.get(key, last) if meta.get("section") == "table" else last
        if key in seen or at < last:
            label = fields.table_label(meta.get("table", meta.get("section")))
            raise BundleRefused(translate(
                "sync", "{file} has the section {table} twice or out of order. Rentan Desktop never writes a "
                        "bundle like this, so it was refused and nothing was imported. Ask {sender} to write a new "
                        "bundle.").format(file=file_name, table=label, sender=sender))
        seen.add(key)
        last = at
