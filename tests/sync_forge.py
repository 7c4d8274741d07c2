"""Making hostile bundles for the adversarial tests: re-signed with a real (stolen) key,
re-wrapped, oversized, or with members and signature files edited byte by byte."""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rentan_desktop.context import AppContext
from rentan_desktop.sync import agefile, bundle, export, keys


def good(opd: AppContext, stick: Path) -> Path:
    """A genuine bundle from the OPD, recorded as sent."""
    return export.export_bundle(opd.db, opd.data_dir, stick).path


def members(data: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}


def header_of(path: Path) -> dict[str, Any]:
    return json.loads(members(path.read_bytes())["header.json"])


def signer(ctx: AppContext):
    return keys.signing_secret(ctx.db, ctx.data_dir).signing


def encrypt_for(receiver: AppContext, plain: bytes) -> bytes:
    return agefile.encrypt_to(plain, [keys.own_public(receiver.db).age_recipient])


def payload_plain(header: dict[str, Any], sections: list, binding: dict[str, Any] | None = None) -> bytes:
    return bundle.encode_payload(sections, bundle.binding_of(header) if binding is None else binding)


def sign_bundle(sender: AppContext, header: dict[str, Any], payload: bytes) -> bytes:
    """A bundle signed with the sender's real key: what a thief holding that key can make."""
    return bundle.pack(header, payload, signer(sender))


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def zstd_stream(chunks: Iterable[bytes]) -> bytes:
    """Compress a long stream without ever holding it whole (the bomb is small, its content is not)."""
    import zstandard

    comp = zstandard.ZstdCompressor(level=3).compressobj()
    out = [comp.compress(c) for c in chunks]
    out.append(comp.flush())
    return b"".join(out)


def tar_of(entries: list[tuple[tarfile.TarInfo, bytes]], fmt: int = tarfile.USTAR_FORMAT) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=fmt) as tar:
        for info, data in entries:
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def entry(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    return info, data
