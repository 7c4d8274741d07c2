"""Independent attacks on order, addressing and keys (sync QA): an old genuine bundle replayed
after newer ones, two genuine bundles imported in the wrong order, a bundle for another OPD or
from another Disnaker, the same bundle imported twice at once, and keys announced by a key that
is later revoked. Genuine bundles in any order end with Disnaker holding exactly the OPD's rows."""

from __future__ import annotations

import threading

import pytest

from rentan_desktop.context import AppContext
from rentan_desktop.roster import service
from rentan_desktop.sync import export, importer, keys, registry
from rentan_desktop.sync.bundle import BundleRefused
from tests import sync_attack as atk
from tests.sync_support import DISNAKER, OPD2, connect, counts, install

ROSTER = "SELECT uid, nik, name, phone, status, kpj, start_month, ended_on FROM workers ORDER BY uid"
MONEY = "SELECT uid, month, amount, kind, reversed_at FROM payments ORDER BY uid"


@pytest.fixture(autouse=True)
def _cheap_keys(monkeypatch):
    yield from atk.cheap_keys_env(monkeypatch)


@pytest.fixture
def pair(tmp_path):
    yield from atk.pair_in(tmp_path)


def _same_rows(pair) -> None:
    """Disnaker holds exactly the OPD's rows, with the one status the OPD does not own: a worker the
    OPD reports active on a KPJ BPJS's acceptance of which Disnaker has not recorded is 'submitted'
    at Disnaker (issue 11: 'active' is BPJS's word, carried by Disnaker)."""
    assert counts(pair.dis, "1.01") == counts(pair.opd)
    accepted = {u for (u,) in pair.dis.db.execute("SELECT uid FROM workers WHERE bpjs_status = 'accepted'")}
    expected = [(*r[:4], "submitted" if r[4] == "active" and r[5] and r[0] not in accepted else r[4], *r[5:])
                for r in pair.opd.db.execute(ROSTER).fetchall()]
    assert pair.dis.db.execute(ROSTER).fetchall() == expected
    assert pair.dis.db.execute(MONEY).fetchall() == pair.opd.db.execute(MONEY).fetchall()


def _edit_a_phone(pair, phone: str) -> None:
    uid = pair.opd.db.execute("SELECT uid FROM workers WHERE status = 'active' ORDER BY id LIMIT 1").fetchone()[0]
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "phone": phone}, uid=uid)


def test_an_old_genuine_bundle_replayed_after_newer_ones_changes_nothing(pair, capsys):
    first = atk.up(pair.opd, pair.stick)
    assert importer.apply(pair.dis.db, pair.dis.data_dir, first, "Rudi").status == "applied"
    _edit_a_phone(pair, "081211110000")
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    before = atk.snapshot(pair.dis)
    summary = importer.apply(pair.dis.db, pair.dis.data_dir, first, "Rudi")
    assert summary.status == "nothing" and "not newer than bundle 2" in " ".join(summary.notes)
    assert atk.snapshot(pair.dis) == before
    _same_rows(pair)


def test_two_genuine_bundles_in_the_wrong_order_end_with_the_newest_values(pair):
    _edit_a_phone(pair, "081211110000")
    first = atk.up(pair.opd, pair.stick)
    _edit_a_phone(pair, "081222220000")
    service.end_worker(pair.opd.db, "Siti", pair.opd.db.execute(
        "SELECT uid FROM workers WHERE status = 'active' ORDER BY id DESC LIMIT 1").fetchone()[0],
        "2026-10-31", "moved away")
    second = atk.up(pair.opd, pair.stick)
    summary = importer.apply(pair.dis.db, pair.dis.data_dir, second, "Rudi")
    assert summary.status == "applied" and "Bundle 1 from OPD 1.01 never arrived" in " ".join(summary.notes)
    before = atk.snapshot(pair.dis)
    assert importer.apply(pair.dis.db, pair.dis.data_dir, first, "Rudi").status == "nothing"
    assert atk.snapshot(pair.dis) == before
    _same_rows(pair)
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"


def test_return_bundles_in_the_wrong_order_leave_the_opd_with_disnakers_newest_answer(pair):
    from rentan_desktop.domain.months import current_month
    from rentan_desktop.roster import service as roster_service

    # A draft that starts this month: once BPJS accepts it, nothing is overdue (the lifecycle keeps it active).
    uid = pair.opd.db.execute("SELECT uid FROM workers WHERE status = 'draft' ORDER BY id LIMIT 1").fetchone()
    if uid is None:
        pytest.skip("the demo roster has no draft worker")
    uid = uid[0]
    roster_service.save_worker(pair.opd.db, "Siti", {**roster_service.get_worker(pair.opd.db, uid),
                                                     "start_month": current_month()}, uid=uid)
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    first = atk.down(pair.dis, pair.stick)
    service.set_worker_status(pair.dis.db, "Rudi", uid, "active", extra={"kpj": "12345678901"})
    second = atk.down(pair.dis, pair.stick)
    assert importer.apply(pair.opd.db, pair.opd.data_dir, second, "Siti").status == "applied"
    assert importer.apply(pair.opd.db, pair.opd.data_dir, first, "Siti").status == "nothing"
    assert pair.opd.db.execute("SELECT status, kpj FROM workers WHERE uid = ?", [uid]).fetchone() == (
        "active", "12345678901")


def test_the_same_bundle_imported_twice_at_once_leaves_each_row_once(pair):
    genuine = atk.up(pair.opd, pair.stick)
    contexts = [AppContext.open(pair.dis.data_dir) for _ in range(2)]
    outcomes: list[str] = []

    def run(ctx):
        try:
            # (without the pre-import backup: two backups at once race, see the QA report)
            outcomes.append(importer.apply(ctx.db, ctx.data_dir, genuine, "Rudi", backup=False).status)
        except Exception as exc:  # noqa: BLE001 - the test reports whatever escapes
            outcomes.append(f"{type(exc).__name__}: {exc}")

    try:
        threads = [threading.Thread(target=run, args=(c,)) for c in contexts]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        for c in contexts:
            c.close()
    assert all(o in ("applied", "nothing") for o in outcomes) and len(outcomes) == 2, outcomes
    _same_rows(pair)
    assert registry.link(pair.dis.db, "1.01")["in_seq"] == 1
    assert len(list((pair.dis.data_dir / "sync" / "received").iterdir())) == 1


def test_a_return_bundle_for_another_opd_is_refused(pair, tmp_path, capsys):
    other = install(tmp_path / "opd2", **OPD2)
    try:
        connect(other, pair.dis, pair.stick)
        for_other = atk.down(pair.dis, pair.stick, "1.02")
        atk.refused_everywhere(pair.opd, for_other, "is meant for 1.02, not for this install", capsys=capsys)
    finally:
        other.close()


def test_a_bundle_from_another_disnaker_is_refused_and_not_kept_at_the_opd(pair, tmp_path):
    """Another Pemda's Disnaker (its own keys, same OPD code) sends a return bundle: unknown key.
    An OPD keeps no quarantine (only Disnaker reviews unknown bundles)."""
    stranger = install(tmp_path / "other-disnaker", **{**DISNAKER, "pemda": "Kabupaten Katingan"})
    try:
        decoy = install(tmp_path / "decoy-opd", **{**OPD2, "opd_code": "1.01"})
        try:
            connect(decoy, stranger, pair.stick)
            path = export.export_bundle(stranger.db, stranger.data_dir, pair.stick, peer="1.01").path
        finally:
            decoy.close()
    finally:
        stranger.close()
    atk.refused_everywhere(pair.opd, path, "is signed by an unknown key")
    assert not (pair.opd.data_dir / "sync" / "quarantine").exists()


def test_a_revoked_key_cannot_announce_a_new_key(pair):
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    stolen = keys.own_public(pair.opd.db)
    new = keys.rotate(pair.opd.db, pair.opd.data_dir)
    announcing = atk.up(pair.opd, pair.stick)  # signed by the stolen key, carries new_key
    registry.revoke(pair.dis.db, stolen.key_id, "Rudi", "laptop stolen")
    atk.refused_everywhere(pair.dis, announcing, "is signed by a revoked key of 1.01")
    assert registry.peer_by_key(pair.dis.db, new.key_id) is None


def test_revocation_reaches_a_key_announced_by_an_announced_key(pair):
    """The thief rotates twice (stolen -> second -> third): revoking the stolen key revokes all three."""
    importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi")
    stolen = keys.own_public(pair.opd.db)
    chain = [stolen.key_id]
    for _ in range(2):
        chain.append(keys.rotate(pair.opd.db, pair.opd.data_dir).key_id)
        assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
        importer.apply(pair.opd.db, pair.opd.data_dir, atk.down(pair.dis, pair.stick), "Siti")  # acknowledged
        assert keys.own_public(pair.opd.db).key_id == chain[-1]
    assert [p.key_id for p in registry.revocation_plan(pair.dis.db, stolen.key_id)] == chain
    registry.revoke(pair.dis.db, stolen.key_id, "Rudi", "laptop stolen")
    assert {p.key_id: p.status for p in registry.keys_of(pair.dis.db, "1.01")} == dict.fromkeys(chain, "revoked")
    with pytest.raises(BundleRefused, match="revoked key"):
        importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi")
