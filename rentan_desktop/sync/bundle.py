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
from dataclasses import dataclass
from typing import Any

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.sync.minisig import SignatureError, SigningKey, key_id_hex, signature_key_id

FORMAT = "rentan-bundle"
FORMAT_VERSION = 1
MEMBERS = ("header.json", "header.json.minisig", "payload.age", "payload.age.minisig")
SUFFIX = ".rentan.tar"
MAX_HEADER = 1 << 20


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
    sender = header.get("sender", {})
    comment = (f"rentan-bundle {sender.get('peer', '')} seq {header.get('sequence')} "
               f"{header.get('created_at', '')}").strip()
    return container({
        "header.json": header_bytes,
        "header.json.minisig": signer.sign(header_bytes, comment + " header.json").encode(),
        "payload.age": payload,
        "payload.age.minisig": signer.sign(payload, comment + " payload.age").encode(),
    })


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


def _refuse(name: str) -> BundleRefused:
    return BundleRefused(translate("sync", "{file} is not a Rentan bundle or it is damaged.").format(file=name))


def read(data: bytes, name: str = "bundle") -> Bundle:
    """Parse the container (no trust decisions here). Raises BundleRefused."""
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
            found: dict[str, bytes] = {}
            for info in tar.getmembers():
                if info.name not in MEMBERS or info.name in found or not info.isfile():
                    raise _refuse(name)
                fh = tar.extractfile(info)
                if fh is None:
                    raise _refuse(name)
                found[info.name] = fh.read()
                if len(found[info.name]) != info.size:
                    raise _refuse(name)
    except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
        raise _refuse(name) from exc
    if set(found) != set(MEMBERS) or len(found["header.json"]) > MAX_HEADER:
        raise _refuse(name)
    # The container is canonical: any byte outside the members (tar headers, padding) that
    # differs from what `container` writes means damage, even where tar itself would not care.
    if container(found) != data:
        raise _refuse(name)
    try:
        header = json.loads(found["header.json"].decode("utf-8"))
        sig_texts = found["header.json.minisig"].decode("utf-8"), found["payload.age.minisig"].decode("utf-8")
        signature_key_id(sig_texts[0])
        signature_key_id(sig_texts[1])
    except (ValueError, UnicodeDecodeError, SignatureError) as exc:
        raise _refuse(name) from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _refuse(name)
    return Bundle(header, found["header.json"], sig_texts[0], found["payload.age"], sig_texts[1],
                  hashlib.sha256(data).hexdigest())


# -- payload: zstd-compressed JSON lines ---------------------------------------------------

def encode_payload(sections: list[tuple[dict[str, Any], list[list[Any]]]]) -> bytes:
    """Each section is a JSON object line, then `count` JSON array lines (one per row)."""
    import zstandard

    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    lines = [dumps({"format": "rentan-payload", "version": FORMAT_VERSION})]
    total = 0
    for meta, rows in sections:
        lines.append(dumps({**meta, "count": len(rows)}))
        lines.extend(dumps(r) for r in rows)
        total += len(rows)
    lines.append(dumps({"section": "end", "rows": total}))
    return zstandard.ZstdCompressor(level=3).compress(("\n".join(lines) + "\n").encode("utf-8"))


def decode_payload(data: bytes) -> list[tuple[dict[str, Any], list[list[Any]]]]:
    import zstandard

    try:
        text = zstandard.ZstdDecompressor().decompressobj().decompress(data).decode("utf-8")
        lines = text.split("\n")
        loads = json.JSONDecoder().decode
        first = loads(lines[0])
        if first.get("format") != "rentan-payload" or first.get("version", 0) > FORMAT_VERSION:
            raise ValueError("unknown payload")
        sections = []
        i = 1
        total = 0
        while True:
            meta = loads(lines[i])
            i += 1
            if meta.get("section") == "end":
                if meta.get("rows") != total:
                    raise ValueError("row count")
                return sections
            count = int(meta["count"])
            rows = [loads(line) for line in lines[i:i + count]]
            if len(rows) != count or any(not isinstance(r, list) for r in rows):
                raise ValueError("short section")
            i += count
            total += count
            sections.append((meta, rows))
    except (ValueError, KeyError, IndexError, TypeError, zstandard.ZstdError, UnicodeDecodeError) as exc:
        raise BundleRefused(translate("sync", "The bundle's contents are damaged.")) from exc
