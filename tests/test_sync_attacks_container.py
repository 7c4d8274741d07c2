"""Independent attacks on the bundle container and its signed header (sync QA): tar members that
escape the folder or are not plain files, headers nested too deep or with huge numbers, versions
from the future, sequences that cannot be real. Each is refused in one clear line in the dry run,
the import and the terminal; every table, the sync state and the sync folder stay as they were,
and the sender's next genuine bundle still applies."""

from __future__ import annotations

import tarfile

import pytest

from rentan_desktop import i18n
from rentan_desktop.sync import bundle, importer
from tests import sync_attack as atk
from tests import sync_forge as forge
from tests.sync_support import counts


@pytest.fixture(autouse=True)
def _cheap_keys(monkeypatch):
    yield from atk.cheap_keys_env(monkeypatch)


@pytest.fixture
def pair(tmp_path):
    yield from atk.pair_in(tmp_path)


NAME = "rentan-1.01-to-disnaker-000001.rentan.tar"
NOT_PLAIN = "holds a member that is not one of the four plain files of a bundle"


def _genuine_applies(pair) -> None:
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    assert counts(pair.dis, "1.01") == counts(pair.opd)


def _members_of(pair) -> dict[str, bytes]:
    return forge.members(atk.up(pair.opd, pair.stick).read_bytes())


def _renamed(index: int, name: str):
    def make(parts: dict[str, bytes]) -> bytes:
        entries = [forge.entry(n, parts[n]) for n in bundle.MEMBERS]
        entries[index][0].name = name
        return forge.tar_of(entries)
    return make


def _special(index: int, kind: bytes, linkname: str = ""):
    def make(parts: dict[str, bytes]) -> bytes:
        entries = [forge.entry(n, parts[n]) for n in bundle.MEMBERS]
        info = tarfile.TarInfo(bundle.MEMBERS[index])
        info.type, info.linkname, info.mode = kind, linkname, 0o644
        entries[index] = (info, b"")
        return forge.tar_of(entries)
    return make


def _duplicate(parts: dict[str, bytes]) -> bytes:
    entries = [forge.entry(n, parts[n]) for n in bundle.MEMBERS]
    return forge.tar_of([entries[0], entries[0], entries[2], entries[3]])


CONTAINERS = {
    "path traversal": _renamed(0, "../header.json"),
    "absolute path": _renamed(2, "/tmp/payload.age"),
    "dotted path": _renamed(1, "./header.json.minisig"),
    "duplicate member": _duplicate,
    "hard link": _special(2, tarfile.LNKTYPE, "header.json"),
    "symlink outside": _special(3, tarfile.SYMTYPE, "../../etc/passwd"),
    "character device": _special(2, tarfile.CHRTYPE),
    "fifo": _special(2, tarfile.FIFOTYPE),
    "directory": _special(0, tarfile.DIRTYPE),
}


@pytest.mark.parametrize("attack", sorted(CONTAINERS))
def test_tar_members_that_are_not_the_four_plain_files_are_refused(pair, attack, capsys):
    data = CONTAINERS[attack](_members_of(pair))
    path = forge.write(pair.stick, NAME, data)
    atk.refused_everywhere(pair.dis, path, NAME, capsys=capsys)
    assert not (pair.dis.data_dir.parent / "tmp").exists()
    _genuine_applies(pair)


def test_a_header_nested_ten_thousand_deep_is_refused(pair, capsys):
    parts = _members_of(pair)
    parts["header.json"] = b"[" * 10_000 + b"]" * 10_000
    path = forge.write(pair.stick, NAME, bundle.container(parts))
    atk.refused_everywhere(pair.dis, path, "is not a Rentan bundle or it is damaged", capsys=capsys)


def test_a_header_that_is_not_an_object_is_refused(pair):
    parts = _members_of(pair)
    parts["header.json"] = b'["rentan-bundle"]'
    path = forge.write(pair.stick, NAME, bundle.container(parts))
    atk.refused_everywhere(pair.dis, path, "is not a Rentan bundle or it is damaged")


# -- a stolen OPD key: the header is signed, so only the importer's own checks stand ----------------

@pytest.mark.parametrize("field, value, match", [
    ("sequence", 10 ** 400, "bundles past the last one received"),
    ("sequence", 0, "bundles past the last one received"),
    ("sequence", -1, "bundles past the last one received"),
    ("sequence", float("nan"), "is not a Rentan bundle or it is damaged"),
    ("sequence", "one", "is not a Rentan bundle or it is damaged"),
    ("rev_from", 0, "claims an impossible range of changes"),
    ("rev_to", 10 ** 400, "claims an impossible range of changes"),
    ("format_version", 2, "was made by a newer version of Rentan Desktop"),
    ("schema_version", 10 ** 6, "was made by a newer version of Rentan Desktop"),
    ("kind", "merge", "is not a Rentan bundle or it is damaged"),
    ("kind", "restore", "A restore bundle is opened at a new OPD install"),
])
def test_a_signed_header_with_impossible_values_is_refused(pair, field, value, match, capsys):
    path = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), NAME,
                       header=lambda h: h.__setitem__(field, value))
    atk.refused_everywhere(pair.dis, path, match, capsys=capsys)
    _genuine_applies(pair)


def test_a_future_format_is_refused_in_indonesian_too(pair):
    path = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), NAME,
                       header=lambda h: h.__setitem__("format_version", 2))
    i18n.set_language("id")
    message = atk.refused_everywhere(pair.dis, path, NAME)
    assert "newer version" not in message and "versi" in message


def test_an_older_schema_version_is_read(pair):
    """A sender one update behind is normal: its bundle applies (columns it lacks are skipped)."""
    path = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), NAME,
                       header=lambda h: h.__setitem__("schema_version", 1))
    assert importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi").status == "applied"
    assert counts(pair.dis, "1.01") == counts(pair.opd)


def test_a_header_naming_another_site_for_the_same_peer_is_refused(pair):
    """The payload is bound to the header's site: a thief cannot pass the rows off as another
    install of the same OPD (the binding inside the encrypted payload keeps the real site)."""
    path = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), NAME, rebind=False,
                       header=lambda h: h["sender"].__setitem__("site_uid", "someone-else"))
    atk.refused_everywhere(pair.dis, path, "the encrypted contents were not written by OPD 1.01")


def test_an_old_payload_under_a_new_signed_header_is_refused(pair):
    """A thief keeps bundle 1's encrypted rows (written and bound by the OPD) and signs a header
    numbered 2 around them: the binding inside names bundle 1."""
    first = atk.up(pair.opd, pair.stick)
    assert importer.apply(pair.dis.db, pair.dis.data_dir, first, "Rudi").status == "applied"
    header = forge.header_of(atk.up(pair.opd, pair.stick))
    old_payload = forge.members(first.read_bytes())["payload.age"]
    path = forge.write(pair.stick, "rentan-1.01-to-disnaker-000002.rentan.tar",
                       forge.sign_bundle(pair.opd, header, old_payload))
    atk.refused_everywhere(pair.dis, path, "the encrypted contents were not written by OPD 1.01 for this bundle")


def test_the_same_unknown_bundle_twice_is_quarantined_once(pair):
    from rentan_desktop.sync.minisig import SigningKey

    header = forge.header_of(atk.up(pair.opd, pair.stick))
    path = forge.write(pair.stick, NAME, atk.sign_raw_header(SigningKey.generate(), header))
    for _ in range(3):
        atk.refused_everywhere(pair.dis, path, "is signed by an unknown key", quarantine_ok=True)
    assert len(list((pair.dis.data_dir / "sync" / "quarantine").glob("*.rentan.tar"))) == 1
