"""QA walk r6, 12: after the bundle, the workers sent in it stay drafts (owing nothing) until Disnaker's return
bundle marks them submitted; Beranda and the payment tab said "send them to Disnaker" as if nothing had happened."""

from __future__ import annotations

import pytest

from rentan_desktop.payments.nobody_owes import drafts_sent, nobody_owes
from rentan_desktop.reports import home
from rentan_desktop.roster.readiness import ready_sql
from rentan_desktop.sync import export, importer
from tests.sync_support import pair_fixture

pytestmark = pytest.mark.usefixtures("sync_keys")

pair = pair_fixture(sponsors=6, workers=30)


def test_sent_drafts_are_awaited_from_disnaker_until_its_return_bundle(pair):
    opd = pair.opd.db
    opd.execute("DELETE FROM payments")
    opd.execute("UPDATE workers SET status = 'draft', bpjs_status = NULL, kpj = NULL WHERE status != 'ended'")
    ready = opd.execute(f"SELECT count(*) FROM workers w WHERE {ready_sql()}").fetchone()[0]
    assert ready and drafts_sent(opd) == 0
    assert "awaiting" not in [line.key for line in home.opd_lines(opd)]

    written = export.export_bundle(opd, pair.opd.data_dir, pair.stick)
    assert drafts_sent(opd) == ready
    line = next(line for line in home.opd_lines(opd) if line.key == "awaiting")
    assert line.count == ready and line.target == home.T_SYNC
    assert f"{ready} worker(s) sent in it wait to be submitted to BPJS" in line.text
    why = nobody_owes(opd, "2026-12")
    assert why.sent == ready and why.drafts >= ready
    due = next(line for line in home.opd_lines(opd) if line.key == "due")
    assert "once Disnaker has submitted him to BPJS" in due.text

    # Disnaker opens the bundle and writes its return bundle; the OPD opens it: the wait is over.
    importer.apply(pair.dis.db, pair.dis.data_dir, written.path, "Rudi")
    back = export.export_bundle(pair.dis.db, pair.dis.data_dir, pair.stick, peer=pair.opd.site.opd_code)
    importer.apply(opd, pair.opd.data_dir, back.path, "Siti")
    assert "awaiting" not in [line.key for line in home.opd_lines(opd)]
