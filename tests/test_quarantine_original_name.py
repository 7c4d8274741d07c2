"""QA walk r5, 13: a bundle opened from the quarantine was shown (and logged) under its kept copy's name,
"3bc20534bbb3-rentan-4.02-to-disnaker-000001.rentan.tar"; it keeps the name it came with."""

from __future__ import annotations

from pathlib import Path

import pytest

from rentan_desktop.sync import export, history, provisioning, registry, verify
from rentan_desktop.sync.bundle import BundleRefused
from tests.sync_support import OPD2, add_opd_row, install, pair_fixture

pytestmark = pytest.mark.usefixtures("sync_keys")

pair = pair_fixture(sponsors=1, workers=1)


def test_a_kept_bundle_opens_under_the_name_it_came_with(pair, tmp_path):
    stranger = install(tmp_path / "new-pc", **OPD2)
    try:
        add_opd_row(pair.dis, "1.02", "Dinas Kesehatan")
        prov = provisioning.provision_opd(pair.dis.db, pair.dis.data_dir, "1.02", tmp_path)
        registry.trust(stranger.db, provisioning.receive_key_file(stranger.db, prov).key_id, "Andi")
        enrol = provisioning.write_enrollment(stranger.db, stranger.data_dir, tmp_path)
        path = export.export_bundle(stranger.db, stranger.data_dir, pair.stick).path
    finally:
        stranger.close()
    with pytest.raises(BundleRefused):
        verify.check(pair.dis.db, pair.dis.data_dir, path)
    kept = Path(history.quarantined(pair.dis.data_dir)[0]["path"])
    assert kept.name != path.name and kept.name.endswith(path.name)
    registry.trust(pair.dis.db, provisioning.receive_key_file(pair.dis.db, enrol).key_id, "Rudi")
    assert verify.check(pair.dis.db, pair.dis.data_dir, kept).file_name == path.name
    # A file elsewhere that merely starts like a kept copy keeps its own name.
    assert verify.original_name(pair.dis.data_dir, tmp_path / "3bc20534bbb3-rentan.tar") == "3bc20534bbb3-rentan.tar"
