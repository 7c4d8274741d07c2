"""One hostile bundle per class (issue 11): oversized files, sparse and pax-sized tar members,
zstd bombs, edited signature files, a payload re-wrapped by another OPD, a poisoned sequence.
Each is refused with one clear line and leaves the receiving database byte for byte as it was;
the sender's next genuine bundle is still applied."""

from __future__ import annotations

import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from rentan_desktop import i18n
from rentan_desktop.sync import bundle, importer, limits, registry
from rentan_desktop.sync.bundle import BundleRefused
from tests import sync_forge as forge
from tests.sync_support import (
    OPD2,
    connect,
    counts,
    dump,
    file_state,
    fill,
    install,
    pair_fixture,
)

pytestmark = pytest.mark.usefixtures("sync_keys")


pair = pair_fixture(sponsors=3, workers=5)


def refused(pair, path, match: str) -> None:
    """Refused with `match` in one line, in preview and import; the database file, every row and
    the quarantine folder stay as they were; nothing is archived as received."""
    before_file, before_rows, before_files = file_state(pair.dis), dump(pair.dis), sync_files(pair)
    for run in (lambda: importer.preview(pair.dis.db, pair.dis.data_dir, path),
                lambda: importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")):
        with pytest.raises(BundleRefused, match=match) as info:
            run()
        assert "\n" not in str(info.value) and "Traceback" not in str(info.value)
    assert file_state(pair.dis) == before_file and dump(pair.dis) == before_rows
    assert sync_files(pair) == before_files  # not archived as received, not quarantined


def sync_files(pair) -> list[str]:
    folder = pair.dis.data_dir / "sync"
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def genuine_still_applies(pair) -> None:
    summary = importer.apply(pair.dis.db, pair.dis.data_dir, forge.good(pair.opd, pair.stick), "Rudi")
    assert summary.status == "applied"
    assert counts(pair.dis, "1.01") == counts(pair.opd)


# -- limits before reading -------------------------------------------------------------------

@pytest.mark.parametrize("lang, match", [
    ("en", r"is 3\.072 MB, more than the 128 MB a bundle may be"),
    ("id", r"berukuran 3\.072 MB, melebihi batas 128 MB"),
])
def test_a_3_gb_file_is_refused_without_being_read(pair, monkeypatch, lang, match):
    path = pair.stick / "rentan-1.01-to-disnaker-000001.rentan.tar"
    with open(path, "wb") as fh:
        fh.truncate(3 * 1024 ** 3)  # sparse on disk: the test itself stays small
    opened = []
    real_read_bytes = Path.read_bytes
    monkeypatch.setattr(bundle, "open", lambda f, *a, **k: opened.append(f) or open(f, *a, **k), raising=False)
    monkeypatch.setattr(Path, "read_bytes", lambda self: opened.append(self) or real_read_bytes(self))
    i18n.set_language(lang)
    refused(pair, path, match)
    assert path not in opened


def _sparse_tar(tmp_path) -> bytes:
    folder = tmp_path / "sparse"
    folder.mkdir()
    for name in bundle.MEMBERS:
        (folder / name).write_bytes(b"x")
    with open(folder / "payload.age", "wb") as fh:
        fh.truncate(3 * 1024 ** 3)
    subprocess.run(["tar", "--sparse", "--format=gnu", "-cf", str(tmp_path / "s.tar"), "-C", str(folder),
                    *bundle.MEMBERS], check=True)
    return (tmp_path / "s.tar").read_bytes()


def _pax_sized_tar(_tmp_path) -> bytes:
    entries = [forge.entry(n, b"x") for n in bundle.MEMBERS]
    entries[2][0].pax_headers = {"size": str(5 * 1024 ** 3)}  # the pax size field overrides the ustar one
    return forge.tar_of(entries, tarfile.PAX_FORMAT)


def _fifth_member(_tmp_path) -> bytes:
    return forge.tar_of([forge.entry(n, b"x") for n in (*bundle.MEMBERS, "extra.bin")])


def _symlink_member(_tmp_path) -> bytes:
    info = tarfile.TarInfo("payload.age")
    info.type = tarfile.SYMTYPE
    info.linkname = "/etc/passwd"
    entries = [forge.entry(n, b"x") for n in bundle.MEMBERS]
    entries[2] = (info, b"")
    return forge.tar_of(entries)


@pytest.mark.parametrize("make", [_sparse_tar, _pax_sized_tar, _fifth_member, _symlink_member])
def test_tar_members_that_are_not_small_plain_files_are_refused(pair, tmp_path, make):
    if make is _sparse_tar and shutil.which("tar") is None:
        pytest.skip("GNU tar makes the sparse member")
    data = make(tmp_path)
    assert len(data) < 64 * 1024  # small on the stick, huge when unpacked
    path = forge.write(pair.stick, "rentan-1.01-to-disnaker-000001.rentan.tar", data)
    refused(pair, path, r"holds a member that is not one of the four plain files of a bundle, or is too large")
    genuine_still_applies(pair)


def _bomb_bundle(pair, body_chunks) -> bytes:
    """A payload signed with the OPD's real key whose few kilobytes unpack to far more."""
    header = forge.header_of(forge.good(pair.opd, pair.stick))
    header["sequence"] += 1
    first = bundle.encode_payload([], bundle.binding_of(header))
    import zstandard

    start = zstandard.ZstdDecompressor().decompress(first).split(b"\n")[0] + b"\n"
    plain = forge.zstd_stream([start, *body_chunks])
    return forge.sign_bundle(pair.opd, header, forge.encrypt_for(pair.dis, plain))


@pytest.mark.parametrize("stop, match", [
    ("ratio", r"unpacks to more than 100 times its size, which no real bundle does"),
    ("size", r"unpacks to more than 16 MB, more than a bundle may"),
])
def test_zstd_bomb_stops_while_streaming(pair, monkeypatch, stop, match):
    if stop == "size":  # the absolute limit, for a payload big enough to pass the ratio
        monkeypatch.setattr(limits, "MAX_PAYLOAD_BYTES", 16 * limits.MIB)  # real one: bench_bundle_limits.py
        monkeypatch.setattr(limits, "MAX_EXPANSION", 10 ** 6)
    row = b'["' + b"a" * 100_000 + b'"]\n'
    section = b'{"section":"table","table":"workers","direction":"up","columns":["uid"],"count":100000}\n'
    data = _bomb_bundle(pair, [section, *([row * 10] * 1000)])  # 1 GB of rows
    assert len(data) < 256 * 1024
    path = forge.write(pair.stick, "bomb.rentan.tar", data)
    refused(pair, path, match)


def test_rows_of_many_tiny_values_stop_at_the_value_limit(pair, monkeypatch):
    monkeypatch.setattr(limits, "MAX_CELLS", 100_000)
    section = b'{"section":"table","table":"workers","direction":"up","columns":["uid"],"count":1000}\n'
    row = b"[" + b",".join([b"0"] * 1000) + b"]\n"
    data = _bomb_bundle(pair, [section + row * 1000])
    refused(pair, forge.write(pair.stick, "cells.rentan.tar", data), r"carries more than 100\.000 values")


def test_zstd_bomb_of_one_endless_line_is_refused(pair, monkeypatch):
    monkeypatch.setattr(limits, "MAX_EXPANSION", 10 ** 6)  # the line limit, not the ratio, stops this one
    data = _bomb_bundle(pair, [b"0" * limits.MIB] * 1024)  # 1 GB without a line break
    assert len(data) < 256 * 1024
    refused(pair, forge.write(pair.stick, "line.rentan.tar", data), r"contents are damaged")


def test_zstd_bomb_of_tiny_rows_stops_at_the_row_limit(pair, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 10_000)
    section = b'{"section":"table","table":"workers","direction":"up","columns":["uid"],"count":5000}\n'
    data = _bomb_bundle(pair, [section + b"[]\n" * 5000] * 400)
    refused(pair, forge.write(pair.stick, "rows.rentan.tar", data), r"carries more than 10\.000 rows")


# -- strict signatures -------------------------------------------------------------------------

def _edit_sig(member: str, how: str):
    def edit(parts: dict[str, bytes]) -> bytes:
        text = parts[member]
        lines = text.split(b"\n")
        if how == "untrusted":
            lines[0] = lines[0][:-1] + bytes([lines[0][-1] ^ 0x01])
        elif how == "trusted":
            lines[2] = lines[2][:-1] + bytes([lines[2][-1] ^ 0x01])
        elif how == "appended line":
            lines.insert(-1, b"untrusted comment: one more line")
        elif how == "trailing space":
            lines[1] += b" "
        parts[member] = b"\n".join(lines)
        return bundle.container(parts)
    return edit


def _appended_bytes(parts: dict[str, bytes]) -> bytes:
    return bundle.container(parts) + b"\0" * 512


def _padding_byte(parts: dict[str, bytes]) -> bytes:
    data = bytearray(bundle.container(parts))
    data[512 + len(parts["header.json"]) + 3] = 0x20  # inside header.json's tar padding
    return bytes(data)


EDITS = {f"{m} {h}": _edit_sig(m, h) for m in ("header.json.minisig", "payload.age.minisig")
         for h in ("untrusted", "trusted", "appended line", "trailing space")}
EDITS.update({"bytes after the tar": _appended_bytes, "tar padding": _padding_byte})


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_any_edited_byte_of_the_signature_files_or_container_is_refused(pair, edit):
    path = forge.good(pair.opd, pair.stick)
    original = path.read_bytes()
    path.write_bytes(EDITS[edit](forge.members(original)))
    refused(pair, path, r"is not a Rentan bundle or it is damaged|has been altered or damaged")
    path.write_bytes(original)  # the genuine file: the refusal did not break the chain
    assert importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi").status == "applied"
    assert counts(pair.dis, "1.01") == counts(pair.opd)


def test_header_edit_in_indonesian_names_the_file(pair):
    path = forge.good(pair.opd, pair.stick)
    parts = forge.members(path.read_bytes())
    parts["header.json"] = parts["header.json"].replace(b'"sequence": 1', b'"sequence": 2')
    path.write_bytes(bundle.container(parts))
    i18n.set_language("id")
    refused(pair, path, rf"{path.name} telah diubah atau rusak")


# -- sender binding ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang, match", [
    ("en", r"the encrypted contents were not written by OPD 1\.02 for this bundle"),
    ("id", r"isi terenkripsi bukan ditulis oleh OPD 1\.02 untuk paket ini"),
])
def test_a_payload_rewrapped_under_another_opds_header_is_refused(pair, tmp_path, lang, match):
    b = install(tmp_path / "opd2", **OPD2)
    try:
        connect(b, pair.dis, pair.stick)
        fill(b, 2, 3, seed=11)
        a_parts = forge.members(forge.good(pair.opd, pair.stick).read_bytes())
        b_header = forge.header_of(forge.good(b, pair.stick))
        data = forge.sign_bundle(b, b_header, a_parts["payload.age"])  # B's own signature, A's rows
        path = forge.write(pair.stick, "rewrapped.rentan.tar", data)
        i18n.set_language(lang)
        refused(pair, path, match)
        assert counts(pair.dis, "1.02") == {"sponsors": 0, "workers": 0, "payments": 0}
        i18n.set_language("en")
        genuine_still_applies(pair)
    finally:
        b.close()


def test_a_payload_without_binding_is_refused(pair):
    header = forge.header_of(forge.good(pair.opd, pair.stick))
    header["sequence"] += 1
    plain = forge.payload_plain(header, [], binding={})
    data = forge.sign_bundle(pair.opd, header, forge.encrypt_for(pair.dis, plain))
    refused(pair, forge.write(pair.stick, "unbound.rentan.tar", data), r"encrypted contents were not written")


# -- sequence poisoning ------------------------------------------------------------------------

@pytest.mark.parametrize("lang, match", [
    ("en", r"Bundle 999999 from OPD 1\.01 is 999999 bundles past the last one received \(0\)"),
    ("id", r"Paket 999999 dari OPD 1\.01 melompat 999999 paket"),
])
def test_sequence_999999_is_refused_and_the_next_genuine_bundle_applies(pair, lang, match):
    header = forge.header_of(forge.good(pair.opd, pair.stick))
    header["sequence"] = 999999
    plain = forge.payload_plain(header, [])
    data = forge.sign_bundle(pair.opd, header, forge.encrypt_for(pair.dis, plain))
    i18n.set_language(lang)
    refused(pair, forge.write(pair.stick, "poison.rentan.tar", data), match)
    i18n.set_language("en")
    genuine_still_applies(pair)
    assert registry.link(pair.dis.db, "1.01")["in_seq"] == 2


def test_a_plausible_forged_sequence_cannot_make_genuine_bundles_stale(pair):
    """A stolen key sends an empty bundle numbered 50 claiming everything acknowledged: the
    OPD's genuine bundle 1 is still applied, and Disnaker keeps resending what it never sent."""
    genuine = forge.good(pair.opd, pair.stick)
    header = forge.header_of(genuine)
    header.update(sequence=50, rev_from=1, rev_to=0, ack={"rev": 10 ** 9, "sequence": 10 ** 6, "key_id": None})
    data = forge.sign_bundle(pair.opd, header, forge.encrypt_for(pair.dis, forge.payload_plain(header, [])))
    assert importer.apply(pair.dis.db, pair.dis.data_dir, forge.write(pair.stick, "p.rentan.tar", data),
                          "Rudi").status == "applied"
    assert registry.link(pair.dis.db, "1.01")["acked_rev"] == 0  # Disnaker sent 1.01 nothing yet
    summary = importer.apply(pair.dis.db, pair.dis.data_dir, genuine, "Rudi")
    assert summary.status == "applied" and "carries changes not applied yet" in " ".join(summary.notes)
    assert counts(pair.dis, "1.01") == counts(pair.opd)
    again = importer.apply(pair.dis.db, pair.dis.data_dir, genuine, "Rudi")
    assert again.status == "nothing"
    assert importer.apply(pair.dis.db, pair.dis.data_dir, forge.good(pair.opd, pair.stick),
                          "Rudi").status == "applied"


def test_a_gap_names_the_missing_bundles_and_changes_nothing(pair):
    forge.good(pair.opd, pair.stick)
    importer.apply(pair.dis.db, pair.dis.data_dir, forge.good(pair.opd, pair.stick), "Rudi")
    from rentan_desktop.store import audit

    for _ in range(3):
        forge.good(pair.opd, pair.stick)
    last = forge.good(pair.opd, pair.stick)
    header = forge.header_of(last)
    header["rev_from"] = audit.current_rev(pair.opd.db) + 5
    header["rev_to"] = header["rev_from"] + 1
    data = forge.sign_bundle(pair.opd, header, forge.encrypt_for(pair.dis, forge.payload_plain(header, [])))
    i18n.set_language("id")
    refused(pair, forge.write(pair.stick, "gap.rentan.tar", data), r"Paket 3 sampai 5 dari OPD 1\.01 hilang")


def test_a_valid_signature_with_another_bundles_comment_is_refused(pair):
    """The thief re-signs the same header with the real key but a comment naming another
    sequence: the signature verifies, the comment does not fit the header."""
    path = forge.good(pair.opd, pair.stick)
    parts = forge.members(path.read_bytes())
    header = forge.header_of(path)
    parts["header.json.minisig"] = forge.signer(pair.opd).sign(
        parts["header.json"], bundle.trusted_comment({**header, "sequence": 7}, "header.json")).encode()
    path.write_bytes(bundle.container(parts))
    refused(pair, path, r"has been altered or damaged: its signature does not match")
