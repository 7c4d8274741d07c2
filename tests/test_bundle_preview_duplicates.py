"""QA walk r5, 24: Disnaker's preview of an OPD bundle says how many new workers carry the NIK of a living
worker of another OPD ("2 new workers have the NIK of a worker of another OPD: a duplicate-data case will be
opened"), counted by the rule the duplicate queue and the duplicate flags use (disnaker/duplicates.py),
and the preview changes nothing stored."""

from __future__ import annotations

import pytest

from rentan_desktop.disnaker import duplicates
from rentan_desktop.sync import export, importer
from tests.disnaker_data import add_opd, add_sponsor, add_worker
from tests.sync_support import dump, pair_fixture

pytestmark = pytest.mark.usefixtures("sync_keys")

pair = pair_fixture(sponsors=4, workers=12)


def test_the_preview_counts_the_cases_the_import_opens_and_changes_nothing(pair):
    opd_niks = [r[0] for r in pair.opd.db.execute("SELECT nik FROM workers WHERE status != 'ended' ORDER BY id")]
    dis = pair.dis.db
    other = add_opd(dis, "1.02", "Dinas Kesehatan")
    sponsor = add_sponsor(dis, other, "Dewi Lestari")
    add_worker(dis, other, sponsor, 1, "Siti Maryam", nik=opd_niks[0])
    add_worker(dis, other, sponsor, 2, "Novita Sari", nik=opd_niks[1])
    ended = add_worker(dis, other, sponsor, 3, "Hartati", nik=opd_niks[2])
    dis.execute("UPDATE workers SET status = 'ended', ended_on = '2026-10-01' WHERE uid = ?", [ended])

    written = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick)
    before = dump(pair.dis)
    summary = importer.preview(dis, pair.dis.data_dir, written.path)
    assert dump(pair.dis) == before  # the preview stores nothing
    assert summary.table("workers").registration["duplicate"] == 2  # the ended holder opens no case
    assert "2 new workers have the NIK of a worker of another OPD: a duplicate-data case will be opened" \
        in summary.text()
    assert duplicates.counts(dis).open == 0

    importer.apply(dis, pair.dis.data_dir, written.path, "Rudi")
    opened = {c.nik for c in duplicates.find_cases(dis, "open")}
    assert opened == set(opd_niks[:2])  # exactly the cases the preview announced
    opd_id = dis.execute("SELECT id FROM opds WHERE code = '1.01'").fetchone()[0]
    assert sorted(codes for _, codes in export.duplicate_flags(dis, opd_id)) == ["1.02", "1.02"]


def test_a_bundle_whose_new_workers_nobody_else_holds_says_nothing_about_duplicates(pair):
    written = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick)
    summary = importer.preview(pair.dis.db, pair.dis.data_dir, written.path)
    assert summary.table("workers").registration["duplicate"] == 0
    assert "another OPD" not in summary.text()
