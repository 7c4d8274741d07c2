"""A worker registered again after a lapse goes the whole way: OPD 'Daftarkan ulang' -> bundle ->
Disnaker's registration file -> BPJS's answer -> return bundle -> active at the OPD (QA walk r3, 28:
he was 'ready' at the OPD but in no list at Disnaker, so never in the registration file)."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.disnaker import bpjs_export, bpjs_import
from rentan_desktop.payments import lifecycle, status
from rentan_desktop.roster import readiness, service
from rentan_desktop.sync import export, importer
from tests.disnaker_data import worker_data
from tests.sync_support import pair_fixture

KPJ = "26001200000"
TODAY = dt.date(2026, 12, 1)


pytestmark = pytest.mark.usefixtures("sync_keys")


pair = pair_fixture(sponsors=2, workers=2)


def _up(pair):
    importer.apply(pair.dis.db, pair.dis.data_dir, export.export_bundle(pair.opd.db, pair.opd.data_dir,
                                                                        pair.stick).path, "Rudi")


def _down(pair):
    importer.apply(pair.opd.db, pair.opd.data_dir, export.export_bundle(pair.dis.db, pair.dis.data_dir, pair.stick,
                                                                        peer="1.01").path, "Siti")


def _row(ctx, uid):
    return dict(zip(("status", "kpj", "bpjs_status", "start_month"), ctx.db.execute(
        "SELECT status, kpj, bpjs_status, start_month FROM workers WHERE uid = ?", [uid]).fetchone(), strict=True))


def test_a_reregistered_worker_reaches_the_registration_file_and_becomes_active_again(pair, tmp_path):
    sponsor = pair.opd.db.execute("SELECT id FROM sponsors ORDER BY id LIMIT 1").fetchone()[0]
    uid = service.save_worker(pair.opd.db, "Siti", worker_data(41, sponsor, "Arbain", start_month="2026-04")).uid
    _up(pair)
    bpjs_export.export_registration(pair.dis.db, "Rudi", tmp_path / "first.xlsx", today=dt.date(2026, 4, 10))
    bpjs_import.record_answer(pair.dis.db, "Rudi", uid, "accepted", kpj=KPJ, start_date="01/04/2026")
    _down(pair)
    assert _row(pair.opd, uid)["kpj"] == KPJ

    # Nothing paid since April: the membership lapses; the clerk registers him again from December.
    lifecycle.refresh_workers(pair.opd.db, [_id(pair.opd, uid)], today=TODAY)
    assert _row(pair.opd, uid)["status"] == "lapsed"
    status.reregister(pair.opd.db, "Siti", uid, "2026-12", today=TODAY)
    assert readiness.registration_state({**_row(pair.opd, uid), "sponsor_status": "active",
                                         **_full(pair.opd, uid)}) == "ready"

    # Disnaker's start (GUI or any `rentan` command) brings its lifecycle to today: lapsed there too.
    lifecycle.refresh_workers(pair.dis.db, [_id(pair.dis, uid)], today=TODAY)
    assert _row(pair.dis, uid)["status"] == "lapsed"
    _up(pair)
    assert _row(pair.dis, uid) == {"status": "draft", "kpj": KPJ, "bpjs_status": "accepted", "start_month": "2026-12"}
    found = bpjs_export.readiness(pair.dis.db)
    assert [w["uid"] for w in found.ready] == [uid]
    result = bpjs_export.export_registration(pair.dis.db, "Rudi", tmp_path / "again.xlsx", today=TODAY)
    assert result.count == 1
    assert _row(pair.dis, uid)["status"] == "submitted" and _row(pair.dis, uid)["bpjs_status"] == "submitted"
    assert bpjs_export.readiness(pair.dis.db).ready == []  # sent once, not again

    bpjs_import.record_answer(pair.dis.db, "Rudi", uid, "accepted", kpj=KPJ, start_date="01/12/2026")
    assert _row(pair.dis, uid)["status"] == "active"
    _down(pair)
    assert _row(pair.opd, uid) == {"status": "active", "kpj": KPJ, "bpjs_status": "accepted", "start_month": "2026-12"}


def test_the_roster_counts_a_reregistered_worker_as_still_to_register(pair):
    sponsor = pair.opd.db.execute("SELECT id FROM sponsors ORDER BY id LIMIT 1").fetchone()[0]
    uid = service.save_worker(pair.opd.db, "Siti", worker_data(42, sponsor, "Roslina")).uid
    pair.opd.db.execute("UPDATE workers SET status = 'draft', kpj = ?, bpjs_status = 'accepted' WHERE uid = ?",
                        [KPJ, uid])
    ready = pair.opd.db.execute(f"SELECT uid FROM workers w WHERE {readiness.ready_sql()}").fetchall()
    assert [u for (u,) in ready] == [uid]


def _id(ctx, uid):
    return ctx.db.execute("SELECT id FROM workers WHERE uid = ?", [uid]).fetchone()[0]


def _full(ctx, uid):
    cursor = ctx.db.execute("SELECT * FROM workers WHERE uid = ?", [uid])
    return dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
