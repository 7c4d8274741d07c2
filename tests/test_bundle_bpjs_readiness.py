"""What a bundle's new workers need next (QA walk r4, 11): the OPD's "bundle written" figures and
Disnaker's preview say how many are ready to register with BPJS, counted with the roster's rule."""

from __future__ import annotations

from collections import Counter

import pytest

from rentan_desktop.roster import readiness
from rentan_desktop.sync import export, importer
from rentan_desktop.sync.plan import ImportSummary
from tests.sync_support import pair_fixture

pytestmark = pytest.mark.usefixtures("sync_keys")

pair = pair_fixture(sponsors=20, workers=120)


def roster_states(db) -> Counter:
    """The roster's 'BPJS registration' column, per worker, as the roster model computes it."""
    cursor = db.execute("SELECT w.*, s.status AS sponsor_status FROM workers w "
                        "LEFT JOIN sponsors s ON s.id = w.sponsor_id")
    names = [d[0] for d in cursor.description]
    return Counter(readiness.registration_state(dict(zip(names, row, strict=True))) for row in cursor)


def test_bundle_figures_agree_with_the_roster_and_the_registration_export(pair):
    # A first bundle: Disnaker has submitted nobody yet (the demo's 'submitted' workers are drafts here).
    pair.opd.db.execute("DELETE FROM payments WHERE worker_id IN (SELECT id FROM workers WHERE status = 'submitted')")
    pair.opd.db.execute("UPDATE workers SET status = 'draft', bpjs_status = NULL WHERE status = 'submitted'")
    # One draft loses its mother's name: data missing for BPJS, as the roster would show it.
    before = roster_states(pair.opd.db)
    pair.opd.db.execute("UPDATE workers SET mother_name = NULL WHERE id = (SELECT min(id) FROM workers WHERE "
                        "status = 'draft' AND coalesce(kpj, '') = '' AND coalesce(mother_name, '') != '' AND "
                        "sponsor_id IS NOT NULL)")
    states = roster_states(pair.opd.db)
    assert states["incomplete"] == before["incomplete"] + 1 and states["ready"] >= 1
    ready, incomplete = states["ready"], states["incomplete"]

    written = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick)
    assert (written.registration["ready"], written.registration["incomplete"]) == (ready, incomplete)

    summary = importer.preview(pair.dis.db, pair.dis.data_dir, written.path)
    registration = summary.table("workers").registration
    assert registration["new"] == 120
    assert (registration["ready"], registration["incomplete"]) == (ready, incomplete)
    line = f"120 new workers: {ready} ready to register with BPJS, {incomplete} incomplete (data missing)"
    assert line in summary.text()

    # After the import Disnaker's own registration export takes exactly the ones called ready.
    importer.apply(pair.dis.db, pair.dis.data_dir, written.path, "Rudi")
    from rentan_desktop.disnaker.bpjs_export import readiness as export_readiness

    ready_here = export_readiness(pair.dis.db)
    assert len(ready_here.ready) == ready and len(ready_here.incomplete) == incomplete


def test_a_new_sponsor_ended_in_the_same_bundle_holds_its_workers_back(pair):
    sponsor = pair.opd.db.execute("SELECT id FROM sponsors WHERE id IN (SELECT sponsor_id FROM workers WHERE "
                                  "status = 'draft' AND coalesce(kpj, '') = '') LIMIT 1").fetchone()[0]
    held = pair.opd.db.execute("SELECT count(*) FROM workers WHERE sponsor_id = ? AND status = 'draft' AND "
                               "coalesce(kpj, '') = ''", [sponsor]).fetchone()[0]
    assert held
    before = roster_states(pair.opd.db)
    pair.opd.db.execute("UPDATE sponsors SET status = 'ended' WHERE id = ?", [sponsor])
    assert roster_states(pair.opd.db)["incomplete"] == before["incomplete"] + held

    written = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick)
    registration = importer.preview(pair.dis.db, pair.dis.data_dir, written.path).table("workers").registration
    assert registration["incomplete"] == before["incomplete"] + held


def test_a_summary_without_new_workers_says_nothing_about_registration():
    summary = ImportSummary("OPD 1.01", "OPD 1.01", "changes", 2, "f.rentan.tar", "")
    summary.table("workers").updated = 3
    assert "ready to register" not in summary.text()
    again = ImportSummary.from_json(summary.to_json())  # the import log reopens older summaries too
    assert again.table("workers").registration == {}
