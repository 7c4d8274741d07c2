"""The bundle file: a plain tar of four members that ordinary tools can check.

    header.json          plaintext: who, to whom, sequence, counts, payload hash (docs/bundle-format.md)
    header.json.minisig  minisign signature of header.json by the sender
    payload.age          the rows: zstd-compressed JSON lines, age-encrypted to the recipient(s)
    payload.age.minisig  minisign signature of payload.age by the sender

The tar is canonical (member order, mode 0644, time 0, no owner names): the importer
rebuilds it from the members and compares, so a changed byte anywhere is caught.
`tar xf`, then `minisign -Vm header.json -p sender.pub`, `minisign -Vm payload.age -p
sender.pub` and `age -d -i key.txt payload.age | zstd -d` show everything. The header also
holds the payload's SHA-256, so a signed header pins the payload too.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.sync import header_shape, limits
from rentan_desktop.sync.minisig import (
    SignatureError,
    SigningKey,
    is_canonical_signature,
    key_id_hex,
    signature_key_id,
)

FORMAT = "rentan-bundle"
FORMAT_VERSION = 1
MEMBERS = ("header.json", "header.json.minisig", "payload.age", "payload.age.minisig")
SUFFIX = ".rentan.tar"


class BundleRefused(UserError):
    """A bundle that must not be imported; the message says why in one line."""


@dataclass(frozen=True)
class Bundle:
    header: dict[str, Any]
    header_bytes: bytes
    header_sig: str
    payload: bytes
    payload_sig: str
    file_sha256: str

    @property
    def key_id(self) -> str:
        return key_id_hex(signature_key_id(self.header_sig))


def pack(header: dict[str, Any], payload: bytes, signer: SigningKey) -> bytes:
    """Sign and wrap; `header` gets the payload's hash and size filled in."""
    header = {**header, "payload": {**header.get("payload", {}), "file": "payload.age",
                                    "sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)}}
    header_bytes = (json.dumps(header, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    return container({
        "header.json": header_bytes,
        "header.json.minisig": signer.sign(header_bytes, trusted_comment(header, "header.json")).encode(),
        "payload.age": payload,
        "payload.age.minisig": signer.sign(payload, trusted_comment(header, "payload.age")).encode(),
    })


def trusted_comment(header: dict[str, Any], member: str) -> str:
    """The signed comment of a member's signature: names sender, sequence, time and member."""
    sender = header.get("sender", {})
    comment = (f"rentan-bundle {sender.get('peer', '')} seq {header.get('sequence')} "
               f"{header.get('created_at', '')}").strip()
    return f"{comment} {member}"


def container(members: dict[str, bytes]) -> bytes:
    """The canonical tar of the four members (fixed order, mode, times, no owner names)."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name in MEMBERS:
            info = tarfile.TarInfo(name)
            info.size = len(members[name])
            info.mode = 0o644
            info.mtime = 0
            tar.addfile(info, io.BytesIO(members[name]))
    return out.getvalue()


def not_a_bundle(name: str) -> str:
    """What a truncated copy or another kind of file gets: what is wrong and what to do."""
    return translate("sync", "{file} is not a Rentan bundle or it is damaged. Copy it again from the USB drive "
                             "(an interrupted copy leaves a short file) or ask the sender to write the bundle "
                             "again; nothing was imported.").format(file=name)


def _refuse(name: str) -> BundleRefused:
    return BundleRefused(not_a_bundle(name))


def read_file(path: Path) -> bytes:
    """The bundle file's bytes, its size checked before a byte is read (a 3 GB file is never loaded)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.MAX_BUNDLE_BYTES:
            raise BundleRefused(translate("sync", "{file} is {size} MB, more than the {limit} MB a bundle may be; it "
                                                  "was not imported.").format(
                file=path.name, size=limits.mib(size), limit=limits.mib(limits.MAX_BUNDLE_BYTES)))
        with open(path, "rb") as fh:
            # One byte more than stat said: a file that grew since is caught without reading it all.
            data = fh.read(size + 1)
    except OSError as exc:
        raise BundleRefused(translate("sync", "Cannot read {file}.").format(file=path.name)) from exc
    if len(data) > limits.MAX_BUNDLE_BYTES:
        raise BundleRefused(translate("sync", "{file} is {size} MB, more than the {limit} MB a bundle may be; it "
                                              "was not imported.").format(
            file=path.name, size=limits.mib(len(data)), limit=limits.mib(limits.MAX_BUNDLE_BYTES)))
    return data


def _member_limit(member: str) -> int:
    if member == "header.json":
        return limits.MAX_HEADER_BYTES
    if member.endswith(".minisig"):
        return limits.MAX_SIGNATURE_BYTES
    return limits.MAX_BUNDLE_BYTES


def _refuse_member(name: str, member: str) -> BundleRefused:
    return BundleRefused(translate("sync", "{file} holds a member that is not one of the four plain files of a "
                                           "bundle, or is too large ({member}); it was not imported.").format(
        file=name, member=member[:60]))


def _members(data: bytes, name: str) -> dict[str, bytes]:
    """The four members, each checked (name, plain file, no sparse map or pax size, bounded size)
    before its content is read; reading stops at the first unexpected member."""
    found: dict[str, bytes] = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
            for count, info in enumerate(tar, start=1):
                if count > limits.MAX_TAR_MEMBERS or info.name not in MEMBERS or info.name in found or \
                        tar.pax_headers:
                    raise _refuse_member(name, info.name)
                if info.type != tarfile.REGTYPE or info.issparse() or info.pax_headers or \
                        not 0 <= info.size <= _member_limit(info.name):
                    raise _refuse_member(name, info.name)
                fh = tar.extractfile(info)
                if fh is None:
                    raise _refuse(name)
                found[info.name] = fh.read(info.size)
                if len(found[info.name]) != info.size:
                    raise _refuse(name)
    except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
        raise _refuse(name) from exc
    return found


def read(data: bytes, name: str = "bundle") -> Bundle:
    """Parse the container (no trust decisions here). Raises BundleRefused."""
    if len(data) > limits.MAX_BUNDLE_BYTES:
        raise BundleRefused(translate("sync", "{file} is {size} MB, more than the {limit} MB a bundle may be; it "
                                              "was not imported.").format(
            file=name, size=limits.mib(len(data)), limit=limits.mib(limits.MAX_BUNDLE_BYTES)))
    found = _members(data, name)
    if set(found) != set(MEMBERS):
        raise _refuse(name)
    # The container is canonical: any byte outside the members (tar headers, padding) that
    # differs from what `container` writes means damage, even where tar itself would not care.
    if container(found) != data:
        raise _refuse(name)
    try:
        header = json.loads(found["header.json"].decode("utf-8"), object_pairs_hook=header_shape.no_repeated_keys,
                            parse_constant=header_shape.no_constants)
        sig_texts = found["header.json.minisig"].decode("utf-8"), found["payload.age.minisig"].decode("utf-8")
        # Every byte of a signature file counts: its untrusted comment line and anything after
        # the last line are not covered by minisign's signature, so they must be exactly ours.
        for text in sig_texts:
            if not is_canonical_signature(text):
                raise ValueError("signature file is not as written")
    except (ValueError, UnicodeDecodeError, SignatureError, RecursionError) as exc:
        raise _refuse(name) from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _refuse(name)
    try:
        header_shape.check(header)
    except header_shape.ShapeError as exc:
        raise _refuse(name) from exc
    return Bundle(header, found["header.json"], sig_texts[0], found["payload.age"], sig_texts[1],
                  hashlib.sha256(data).hexdigest())


def binding_of(header: dict[str, Any]) -> dict[str, Any]:
    """What the payload's first line must say, from the signed header."""
    sender = header.get("sender") or {}
    return {"sender": {"role": sender.get("role"), "peer": sender.get("peer"), "site_uid": sender.get("site_uid"),
                       "opd_code": sender.get("opd_code")},
            "recipient": (header.get("recipient") or {}).get("peer"), "kind": header.get("kind"),
            "sequence": header.get("sequence")}


# -- payload: zstd-compressed JSON lines ---------------------------------------------------

def encode_payload(sections: list[tuple[dict[str, Any], list[list[Any]]]],
                   binding: dict[str, Any] | None = None) -> bytes:
    """Each section is a JSON object line, then `count` JSON array lines (one per row).

    The first line carries `binding` (sender, recipient, kind, sequence): it is encrypted with
    the rows, so a payload re-wrapped under another sender's signed header is caught."""
    import zstandard

    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    lines = [dumps({"format": "rentan-payload", "version": FORMAT_VERSION, **(binding or {})})]
    total = 0
    for meta, rows in sections:
        lines.append(dumps({**meta, "count": len(rows)}))
        lines.extend(dumps(r) for r in rows)
        total += len(rows)
    lines.append(dumps({"section": "end", "rows": total}))
    return zstandard.ZstdCompressor(level=3).compress(("\n".join(lines) + "\n").encode("utf-8"))


def decode_payload(data: bytes, name: str = "bundle") -> list[tuple[dict[str, Any], list[list[Any]]]]:
    return read_payload(data, name)[1]


def read_payload(data: bytes, name: str = "bundle") -> tuple[dict[str, Any], list[tuple[dict[str, Any], list]]]:
    """The payload's first line (format, and who wrote it for whom) and its sections.

    Decompress while counting: the decompressed size, each line, the rows, values and sections
    are bounded (limits.py), so a small payload that expands to gigabytes stops at the limit."""
    import zstandard

    try:
        return _parse_payload(_payload_lines(data, name), name)
    except BundleRefused:
        raise
    except (ValueError, KeyError, IndexError, TypeError, StopIteration, RecursionError, zstandard.ZstdError,
            UnicodeDecodeError, AttributeError) as exc:
        raise BundleRefused(translate("sync", "{file}: the bundle's contents are damaged; it was refused and nothing "
                                              "was imported.").format(file=name)) from exc


# One decoder for every line (json.loads with a hook builds a new one per call: 2.4M lines a sitting).
# NaN/Infinity in a row stay readable: the row checks refuse them with the record named.
_DECODER = json.JSONDecoder(object_pairs_hook=header_shape.no_repeated_keys)


def _load(line: bytes) -> Any:
    return _DECODER.decode(line.decode("utf-8"))


def _parse_payload(lines: Iterator[bytes], name: str) -> tuple[dict[str, Any], list[tuple[dict[str, Any], list]]]:
    first = _load(next(lines))
    if not isinstance(first, dict) or first.get("format") != "rentan-payload" or \
            first.get("version", 0) > FORMAT_VERSION:
        raise ValueError("unknown payload")
    sections: list[tuple[dict[str, Any], list[list[Any]]]] = []
    counted = {"rows": 0, "cells": 0}
    while True:
        meta = _load(next(lines))
        header_shape.check_section(meta)
        if meta.get("section") == "end":
            if type(meta.get("rows")) is not int or meta["rows"] != counted["rows"]:  # 9.0 is not what we write
                raise ValueError("row count")
            # Nothing may follow the end line: the app would never read it, while `zstd -d` shows
            # it (and garbage after the zstd frame, which the app would not even reach, makes
            # `zstd -d` fail): what a person checks by hand must be what is imported.
            if next(lines, None) is not None:
                raise ValueError("data after the end line")
            return first, sections
        count = int(meta["count"])
        if count < 0 or counted["rows"] + count > limits.MAX_ROWS:
            raise _too_many_rows(name)
        if len(sections) > limits.MAX_SECTIONS:
            raise ValueError("too many sections")
        sections.append((meta, _read_rows(lines, count, counted, name)))
        counted["rows"] += count


# Rows parsed by one json.loads (the C parser's loop instead of one call per row), at most this
# many bytes at a time so the value limit still stops a bundle of huge rows early.
_BATCH_BYTES = 64 * 1024


def _read_rows(lines: Iterator[bytes], count: int, counted: dict[str, int], name: str) -> list[list[Any]]:
    rows: list[list[Any]] = []
    while len(rows) < count:
        batch, size = [], 0
        while len(rows) + len(batch) < count and size < _BATCH_BYTES:
            batch.append(next(lines))
            size += len(batch[-1])
        if any(not line.lstrip().startswith(b"[") for line in batch):
            raise ValueError("not a row")  # one JSON value per line: a line may not hold two rows
        joined = b"[" + b",".join(batch) + b"]"
        parsed = _load(joined)
        if len(parsed) != len(batch):
            raise ValueError("not a row")
        if not all(type(row) is list for row in parsed):
            raise ValueError("not a row")
        counted["cells"] += sum(map(len, parsed))
        # A list inside a row needs a '[' of its own (one inside a string is a character, not a
        # list): a batch with none beyond each row's own holds no nested values to count.
        if joined.count(b"[") > len(batch) + 1:
            counted["cells"] += sum(len(v) for row in parsed for v in row if isinstance(v, list))
        if counted["cells"] > limits.MAX_CELLS:
            raise BundleRefused(translate("sync", "{file} carries more than {limit} values, more than a "
                                                  "bundle may; it was not imported.").format(
                file=name, limit=f"{limits.MAX_CELLS:,}".replace(",", ".")))
        rows.extend(parsed)
    return rows


def _too_many_rows(name: str) -> BundleRefused:
    return BundleRefused(translate("sync", "{file} carries more than {limit} rows, more than a bundle may; it was "
                                           "not imported.").format(file=name, limit=f"{limits.MAX_ROWS:,}".replace(
        ",", ".")))


def _payload_lines(data: bytes, name: str) -> Iterator[bytes]:
    """The decompressed payload's lines, streamed in READ_CHUNK steps with every limit counted."""
    import zstandard

    reader = zstandard.ZstdDecompressor(max_window_size=limits.ZSTD_MAX_WINDOW).stream_reader(
        io.BytesIO(data), read_size=limits.READ_CHUNK)
    size = 0
    pending = b""
    rows = 0
    with reader:
        while True:
            chunk = reader.read(limits.READ_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limits.MAX_PAYLOAD_BYTES:
                raise BundleRefused(translate("sync", "{file} unpacks to more than {limit} MB, more than a bundle "
                                                      "may; it was not imported.").format(
                    file=name, limit=limits.mib(limits.MAX_PAYLOAD_BYTES)))
            if size > limits.MIN_EXPANSION_BASE and size > len(data) * limits.MAX_EXPANSION:
                raise BundleRefused(translate("sync", "{file} unpacks to more than {ratio} times its size, which no "
                                                      "real bundle does; it was not imported.").format(
                    file=name, ratio=limits.MAX_EXPANSION))
            parts = (pending + chunk).split(b"\n")
            pending = parts.pop()
            if len(pending) > limits.MAX_LINE_BYTES or any(len(p) > limits.MAX_LINE_BYTES for p in parts):
                raise ValueError("line too long")
            rows += len(parts)
            if rows > limits.MAX_ROWS + limits.MAX_SECTIONS + 2:
                raise _too_many_rows(name)
            yield from parts
    if pending:
        yield pending
