"""The shape of a section's rows, before anything else is read: lists of the section's width,
values of the allowed types, a unique record identifier in the form Rentan writes, parents named
in that form. A row of another shape is refused as malformed, naming it as far as it can be shown.
"""

from __future__ import annotations

import itertools
import re
from operator import itemgetter
from typing import Any

from rentan_desktop.fields import checks
from rentan_desktop.i18n import translate

# `s` below is row_plan's section being planned (row_plan imports this module, not the reverse).
Section = Any


def well_formed(s: Section, rows: list[list[Any]], scoped_tables: tuple[str, ...]) -> list[list[Any]]:
    """The rows whose shape is one Rentan writes; each other one refused with the reason."""
    good: list[list[Any]] = []
    seen: set[str] = set()
    # Scalars only (bool is not int here); nested lists only for a table with children (brackets).
    allowed = {str, int, type(None), list} if s.children else {str, int, type(None)}
    refs = [(p.column, s.index[p.field], _UID if p.table in scoped_tables else _TOKEN, set()) for p in s.parents]
    form = _UID if s.spec.name in scoped_tables else _TOKEN
    # The types of every value of the section in one pass: when all are allowed (the usual bundle),
    # no row needs its own look.
    typed = all(type(row) is list for row in rows) and set(map(type, itertools.chain.from_iterable(rows))) <= allowed
    if typed and _all_well_formed(s, rows, form, refs):
        return list(rows)
    for row in rows:
        uid = row[0] if isinstance(row, list) and row else None
        if not isinstance(row, list) or len(row) != s.width or not isinstance(uid, str) or not uid or \
                len(uid) > 64 or (not typed and not set(map(type, row)) <= allowed) or uid in seen:
            s.t.add("errors", printable(uid), "", translate("sync", "malformed row"))
            continue
        seen.add(uid)
        if not form.fullmatch(uid):
            s.refuse(printable(uid), None, "uid", printable(uid), _NOT_A_UID())
            continue
        bad_ref = _bad_ref(row, refs)
        if bad_ref is not None:
            s.refuse(uid, None, bad_ref[0], printable(bad_ref[1]), _NOT_A_UID())
            continue
        good.append(row)
    return good


def _all_well_formed(s: Section, rows: list[list[Any]], form: re.Pattern,
                     refs: list[tuple[str, int, re.Pattern, set[str]]]) -> bool:
    """The checks of _well_formed over whole columns at once (rows already lists of allowed types):
    True when no row fails any of them; else the rows are looked at one by one, naming each."""
    if not rows:
        return True
    if set(map(len, rows)) != {s.width}:
        return False
    uids = list(map(itemgetter(0), rows))
    if set(map(type, uids)) != {str} or len(set(uids)) != len(uids) or min(map(len, uids)) < 1 or \
            max(map(len, uids)) > 64 or not all(map(form.fullmatch, uids)):
        return False
    for _, at, want, _fine in refs:
        named = {v for v in set(map(itemgetter(at), rows)) if type(v) is str}
        if not all(map(want.fullmatch, named)):
            return False
    return True


def _bad_ref(row: list[Any], refs: list[tuple[str, int, re.Pattern, set[str]]]) -> tuple[str, str] | None:
    """The first parent named in a form Rentan never writes (each distinct value matched once)."""
    for column, at, want, fine in refs:
        value = row[at]
        if type(value) is str and value not in fine:
            if not want.fullmatch(value):
                return column, value
            fine.add(value)
    return None


# Identifiers of an OPD's records are the canonical text of a UUID, as the app writes them
# (store/clock.new_uid); Disnaker's lists (OPDs, rate tables) at least printable ASCII without spaces.
_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)
_TOKEN = re.compile(r"[!-~]{1,64}", re.ASCII)


def _NOT_A_UID() -> str:  # noqa: N802 (reads as a message constant)
    return translate("sync", "not a record identifier Rentan writes (a UUID)")


def printable(value: Any) -> str:
    """A value safe to show and print: escapes for what a terminal cannot show (lone surrogates, controls)."""
    text = str(value)[:64]
    return text.encode("ascii", "backslashreplace").decode("ascii") if not text.isprintable() or \
        not text.isascii() else text


# Checks that find nothing in printable ASCII text (a letter of another alphabet is not ASCII).
_ASCII_FINE = frozenset({checks.latin_letters})


def values_fine(fld: Any, values: set[Any]) -> bool:
    """True when checks.value_problem would find nothing in any of `values` (a registry text
    field), judged over them all at once: ASCII, printable, within the length, none blank where
    one is required. False means only "look at each" (a number field, a check of its own, any
    doubt): the caller then judges value by value."""
    if fld.kind in ("int", "flag") or not _ASCII_FINE.issuperset(fld.checks):
        return False
    texts = values - {None}
    if (fld.required and None in values) or not set(map(type, texts)) <= {str}:
        return False
    joined = "".join(texts)
    if not (joined.isascii() and joined.isprintable()):
        return False
    if fld.max_length is not None and max(map(len, texts), default=0) > fld.max_length:
        return False
    return not fld.required or all(map(str.strip, texts))
