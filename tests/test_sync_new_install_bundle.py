"""QA walk r6, 15: OPD 1.01 set up a new install (a stolen laptop) and sent its bundle 1; Disnaker's
preview refused every worker as already held and told it to correct them in its own forms. The
preview now says what a bundle 1 after others usually means and points to the restore bundle."""

from __future__ import annotations

import pytest

from rentan_desktop.sync import export, importer
from tests.sync_support import OPD, connect, fill, install, make_pair

pytestmark = pytest.mark.usefixtures("sync_keys")


def test_a_first_bundle_from_a_new_install_points_to_the_restore_bundle(tmp_path):
    pair = make_pair(tmp_path, sponsors=2, workers=3)
    try:
        for _ in range(2):
            importer.apply(pair.dis.db, pair.dis.data_dir,
                           export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path, "Rudi")
        fresh = install(tmp_path / "new-pc", **OPD)
        try:
            connect(fresh, pair.dis, pair.stick)
            fill(fresh, 2, 3)  # the same staff and worker lists imported again
            first = export.export_bundle(fresh.db, fresh.data_dir, pair.stick).path
            summary = importer.preview(pair.dis.db, pair.dis.data_dir, first)
        finally:
            fresh.close()
        notes = " ".join(summary.notes)
        assert summary.sequence == 1
        assert "new install" in notes and "restore bundle" in notes and "Do not ask OPD 1.01 to correct" in notes
    finally:
        pair.close()


def test_a_next_bundle_carries_no_such_note(tmp_path):
    pair = make_pair(tmp_path, sponsors=1, workers=1)
    try:
        importer.apply(pair.dis.db, pair.dis.data_dir,
                       export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path, "Rudi")
        fill(pair.opd, 1, 1, seed=9)
        summary = importer.preview(pair.dis.db, pair.dis.data_dir,
                                   export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path)
        assert not any("new install" in n for n in summary.notes)
    finally:
        pair.close()
