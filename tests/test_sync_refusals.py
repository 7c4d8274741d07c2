"""Bundles that must be refused: damaged, altered, forged, or from a key that is not trusted.
Each refusal is one clear line and leaves the database file byte-for-byte unchanged."""

from __future__ import annotations

import io
import json
import tarfile

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.sync import agefile, bundle, export, history, importer, keys, registry
from rentan_desktop.sync.bundle import BundleRefused
from tests.sync_support import (
    PASSPHRASE,
    bundle_from_untrusted_opd,
    counts,
    file_state,
    pair_fixture,
)

pytestmark = pytest.mark.usefixtures("sync_keys")


pair = pair_fixture(sponsors=3, workers=5)


def members(data: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}


def refused(pair, path, match: str) -> None:
    """The import is refused with `match` in its one-line message and nothing changes."""
    before = file_state(pair.dis)
    with pytest.raises(BundleRefused, match=match) as info:
        importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    assert "\n" not in str(info.value)
    with pytest.raises(BundleRefused):
        importer.preview(pair.dis.db, pair.dis.data_dir, path)
    assert file_state(pair.dis) == before
    assert counts(pair.dis, "1.01") == {"sponsors": 0, "workers": 0, "payments": 0}


def good(pair):
    return export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path


@pytest.mark.parametrize("where", [0, 100, 600, 0.2, 0.4, 0.5, 0.7, 0.9, -1, -600])
def test_a_flipped_byte_anywhere_is_refused(pair, where):
    path = good(pair)
    data = bytearray(path.read_bytes())
    at = int(len(data) * where) if isinstance(where, float) else where
    data[at] ^= 0x01
    path.write_bytes(bytes(data))
    refused(pair, path, "damaged|altered")


def test_truncated_and_zeroed_files_are_refused(pair):
    path = good(pair)
    data = path.read_bytes()
    for damaged in (data[: len(data) // 2], data[:-1], b"\0" * len(data), b""):
        path.write_bytes(damaged)
        refused(pair, path, "damaged")


def test_header_edited_to_another_opd_is_refused(pair):
    path = good(pair)
    parts = members(path.read_bytes())
    parts["header.json"] = parts["header.json"].replace(b'"1.01"', b'"1.02"')
    path.write_bytes(bundle.container(parts))
    refused(pair, path, "altered")


def test_bundle_signed_by_one_opd_claiming_another_is_refused(pair):
    path = good(pair)
    parts = members(path.read_bytes())
    header = json.loads(parts["header.json"])
    header["sender"]["peer"] = header["sender"]["opd_code"] = "1.02"
    signer = keys.signing_secret(pair.opd.db, pair.opd.data_dir).signing
    path.write_bytes(bundle.pack(header, parts["payload.age"], signer))
    refused(pair, path, "signed by 1.01 but claims to come from OPD 1.02")


def test_valid_signature_over_a_replaced_payload_is_refused(pair):
    path = good(pair)
    parts = members(path.read_bytes())
    signer = keys.signing_secret(pair.opd.db, pair.opd.data_dir).signing
    forged = agefile.encrypt_to(bundle.encode_payload([]), [registry.trusted_keys(pair.opd.db, "disnaker")[0]
                                                            .age_recipient])
    parts["payload.age"] = forged
    parts["payload.age.minisig"] = signer.sign(forged, "forged").encode()
    path.write_bytes(bundle.container(parts))
    refused(pair, path, "altered")


def test_unknown_key_is_refused_and_quarantined(pair, tmp_path):
    path = bundle_from_untrusted_opd(pair, tmp_path / "stranger")
    refused(pair, path, "unknown key")
    assert list((pair.dis.data_dir / "sync" / "quarantine").glob("*.rentan.tar"))
    # The message says what to do when it is an OPD's first bundle (issue 13).
    reason = history.quarantined(pair.dis.data_dir)[0]["reason"]
    with pytest.raises(BundleRefused, match="enrollment file") as info:
        importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    assert "first bundle" in str(info.value) and "unknown key" in reason


def test_revoked_key_is_refused(pair):
    path = good(pair)
    registry.revoke(pair.dis.db, registry.trusted_keys(pair.dis.db, "1.01")[0].key_id, "Rudi", "laptop stolen")
    refused(pair, path, "revoked key")


def test_pending_key_is_refused_until_trusted(pair, tmp_path):
    path = good(pair)
    key_id = registry.trusted_keys(pair.dis.db, "1.01")[0].key_id
    pair.dis.db.execute("UPDATE sync_peers SET status = 'pending' WHERE key_id = ?", [key_id])
    refused(pair, path, "not trusted yet")


def test_bundle_for_another_install_is_refused(pair, tmp_path):
    path = good(pair)
    # An OPD cannot import a bundle meant for Disnaker.
    before = file_state(pair.opd)
    with pytest.raises(BundleRefused):
        importer.apply(pair.opd.db, pair.opd.data_dir, path, "Siti")
    assert file_state(pair.opd) == before


def test_interrupted_export_leaves_no_file_and_no_gap(pair, monkeypatch):
    calls = []

    def failing_fsync(fd):
        calls.append(fd)
        raise OSError("the stick was pulled out")

    monkeypatch.setattr(export.os, "fsync", failing_fsync)
    with pytest.raises(UserError, match="nothing was recorded as sent"):
        export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick)
    monkeypatch.undo()
    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    assert list(pair.stick.glob("*.tar*")) == [] and list(pair.stick.glob(".*part")) == []
    assert registry.link(pair.opd.db, "disnaker")["out_seq"] == 0
    # A half-written file, had one been left, is refused; the next export is bundle 1 and imports.
    result = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick)
    assert result.sequence == 1
    half = pair.stick / "half.rentan.tar"
    half.write_bytes(result.path.read_bytes()[:3000])
    refused(pair, half, "damaged")
    assert importer.apply(pair.dis.db, pair.dis.data_dir, result.path, "Rudi").status == "applied"
