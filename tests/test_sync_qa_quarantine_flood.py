"""QA repro (sync, quarantine flood). At Disnaker every bundle signed by an unknown key is copied
to sync/quarantine/ (up to the 128 MB bundle limit each) with no bound on their number or total
size: a stick with thousands of distinct junk bundles (or a script feeding the import) fills the
disk of the install that holds every OPD's data. The dry run copies them too.
What should happen: the quarantine is bounded (e.g. at most limits.MAX_QUARANTINE_FILES files
and limits.MAX_QUARANTINE_BYTES bytes; past that a refused unknown-key bundle is refused without a
copy, and the message says the quarantine is full), and a dry run writes nothing.
Suggested fix: a cap in verify._quarantine (count and bytes, checked before writing) and no copy
from preview().
"""

from __future__ import annotations

from rentan_desktop.sync import importer, limits
from rentan_desktop.sync.minisig import SigningKey
from tests import sync_attack as atk
from tests import sync_forge as forge
from tests.sync_attack import cheap_keys, pair  # noqa: F401

FLOOD = 150
CAP_FILES = getattr(limits, "MAX_QUARANTINE_FILES", 100)


def test_a_flood_of_unknown_key_bundles_does_not_grow_the_quarantine_without_bound(pair):
    header = forge.header_of(atk.up(pair.opd, pair.stick))
    for i in range(FLOOD):
        path = forge.write(pair.stick, f"junk-{i}.rentan.tar",
                           atk.sign_raw_header(SigningKey.generate(), header, payload=b"%d" % i * 64))
        try:
            importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
        except atk.UserError as exc:
            atk.assert_clean_message(str(exc))
    copies = list((pair.dis.data_dir / "sync" / "quarantine").glob("*.rentan.tar"))
    assert len(copies) <= CAP_FILES


def test_a_dry_run_does_not_copy_into_the_quarantine(pair):
    header = forge.header_of(atk.up(pair.opd, pair.stick))
    path = forge.write(pair.stick, "junk.rentan.tar", atk.sign_raw_header(SigningKey.generate(), header))
    before = atk.sync_files(pair.dis)
    try:
        importer.preview(pair.dis.db, pair.dis.data_dir, path)
    except atk.UserError:
        pass
    assert atk.sync_files(pair.dis) == before
