"""The shape of a bundle's signed header, checked once before any field is used: every value of
the type Rentan writes (ints are ints, not bools or floats, and in range; objects are objects).
JSON readers disagree about repeated keys, so a repeated key is damage too."""

from __future__ import annotations

from typing import Any


class ShapeError(ValueError):
    """The header (or a payload line) is not as Rentan writes it."""


def no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json object_pairs_hook: the first and the last of a repeated key must not differ by reader."""
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ShapeError("repeated key")
    return out


def no_constants(name: str) -> Any:
    """json parse_constant: NaN and Infinity are not JSON numbers Rentan writes."""
    raise ShapeError(name)


def _int(value: Any, optional: bool = False) -> bool:
    if value is None:
        return optional
    return type(value) is int  # the range is judged where it matters (verify._refuse_implausible)


def _str(value: Any, optional: bool = False) -> bool:
    return (optional and value is None) or isinstance(value, str)


def _object(value: Any, strings: tuple[str, ...], optional_strings: tuple[str, ...] = ()) -> bool:
    return isinstance(value, dict) and all(_str(value.get(k)) for k in strings) and \
        all(_str(value.get(k), True) for k in optional_strings)


def check(header: dict[str, Any]) -> None:
    """Raise ShapeError unless every field has the shape Rentan writes."""
    ints = ("format_version", "schema_version", "sequence", "rev_from", "rev_to")
    ok = all(_int(header.get(k)) for k in ints) and all(_str(header.get(k)) for k in ("kind", "created_at"))
    ok = ok and _str(header.get("previous_sha256"), True) and _str(header.get("app_version"), True)
    ok = ok and _object(header.get("sender"), ("role", "peer", "key_id"),
                        ("site_uid", "opd_code", "name", "pemda", "fingerprint"))
    ok = ok and _object(header.get("recipient"), ("peer",), ("role",))
    ok = ok and _object(header.get("payload"), ("sha256",))
    ack = header.get("ack")
    ok = ok and (ack is None or (isinstance(ack, dict) and _int(ack.get("rev"), True) and
                                 _int(ack.get("sequence"), True) and _str(ack.get("key_id"), True)))
    counts = header.get("counts")
    ok = ok and (counts is None or (isinstance(counts, dict) and all(_int(v) for v in counts.values())))
    new_key = header.get("new_key")
    ok = ok and (new_key is None or _object(new_key, ("key_id", "sign_pub", "age_recipient", "fingerprint")))
    if not ok:
        raise ShapeError("header")


def check_section(meta: Any) -> None:
    """A payload section line: what the importer reads of it has the shape the exporter writes."""
    if not isinstance(meta, dict) or not isinstance(meta.get("section"), str):
        raise ShapeError("section")
    if meta["section"] == "end":
        return
    columns = meta.get("columns")
    ok = _int(meta.get("count"))
    if meta["section"] in ("table", "duplicate_flags") or columns is not None:
        ok = ok and isinstance(columns, list) and all(isinstance(c, str) for c in columns) and \
            len(set(columns)) == len(columns)
    if meta["section"] == "table":
        ok = ok and isinstance(meta.get("table"), str) and isinstance(meta.get("direction"), str)
    if meta["section"] == "settings":
        ok = ok and isinstance(meta.get("values", {}), dict)
    if not ok:
        raise ShapeError("section")
