"""Bundles between an OPD install and the Disnaker install, through a folder standing in
for the USB stick: what travels, what is acknowledged, what is repeated, what conflicts."""

from __future__ import annotations

import json

import pytest

from rentan_desktop import i18n
from rentan_desktop.roster import service
from rentan_desktop.store import settings
from rentan_desktop.sync import export, history, importer, keys, registry
from rentan_desktop.sync.bundle import BundleRefused
from tests.sync_support import OPD2, PASSPHRASE, connect, counts, dump, fill, install, make_pair

pytestmark = pytest.mark.usefixtures("sync_keys")


@pytest.fixture
def pair(tmp_path):
    p = make_pair(tmp_path)
    yield p
    p.close()


def up(p, **kw):
    return export.export_bundle(p.opd.db, p.opd.data_dir, p.stick, operator="Siti", **kw).path


def down(p, code="1.01"):
    return export.export_bundle(p.dis.db, p.dis.data_dir, p.stick, peer=code, operator="Rudi").path


def test_round_trip_opd_to_disnaker_and_back(pair):
    path = up(pair)
    preview = importer.preview(pair.dis.db, pair.dis.data_dir, path)
    assert preview.table("workers").new == 10 and preview.table("payments").new == 20
    assert counts(pair.dis, "1.01") == {"sponsors": 0, "workers": 0, "payments": 0}  # the preview kept nothing
    summary = importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    assert summary.status == "applied"
    assert counts(pair.dis, "1.01") == counts(pair.opd)
    # The same uids, with each row under the sending OPD's record.
    opd_uids = {r[0] for r in pair.opd.db.execute("SELECT uid FROM workers")}
    dis_uids = {r[0] for r in pair.dis.db.execute(
        "SELECT w.uid FROM workers w JOIN opds o ON o.id = w.opd_id WHERE o.code = '1.01'")}
    assert opd_uids == dis_uids
    # Payments point at the right workers at Disnaker too.
    assert pair.dis.db.execute("""SELECT count(*) FROM payments p JOIN workers w ON w.id = p.worker_id
                                  WHERE w.opd_id != p.opd_id""").fetchone()[0] == 0
    # The log shows who imported what.
    log = history.import_history(pair.dis.db)
    assert log[0]["operator"] == "Rudi" and log[0]["totals"]["new"] == 36
    assert history.import_summary(pair.dis.db, log[0]["id"]).table("payments").new == 20
    assert (pair.dis.data_dir / "sync" / "received" / path.name).exists()
    assert list((pair.dis.data_dir / "backups").glob("*.rgen"))

    # Disnaker records the BPJS answer; it travels back with the acknowledgement.
    # A worker whose contributions are paid (so the lifecycle keeps it protected) and who waits for BPJS.
    uid = pair.dis.db.execute("SELECT w.uid FROM workers w WHERE w.kpj IS NULL AND w.status IN ('draft', 'submitted') AND EXISTS (SELECT 1 FROM payments p WHERE p.worker_id = w.id) ORDER BY w.id LIMIT 1").fetchone()[0]
    service.set_worker_status(pair.dis.db, "Rudi", uid, "active",
                              extra={"kpj": "12345678901", "bpjs_status": "accepted"})
    # Workers the OPD reported active on a KPJ stay 'submitted' at Disnaker until BPJS's acceptance is
    # recorded there (issue 11: 'active' is BPJS's word): the return bundle tells the OPD so.
    reported = {u for (u,) in pair.opd.db.execute("SELECT uid FROM workers WHERE status = 'active' AND kpj IS NOT NULL")}
    back = importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")
    assert back.table("workers").updated == 1 + len(reported)
    assert {s for (s,) in pair.opd.db.execute(
        "SELECT status FROM workers WHERE uid IN (SELECT value FROM json_each(?))", [json.dumps(sorted(reported))])} \
        <= {"submitted"}
    kpj, status = pair.opd.db.execute("SELECT kpj, status FROM workers WHERE uid = ?", [uid]).fetchone()
    assert (kpj, status) == ("12345678901", "active")
    assert registry.link(pair.opd.db, "disnaker")["acked_rev"] > 0

    # Acknowledged rows are not sent again; an edit made afterwards is.
    again = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick)
    assert again.counts["workers"] == 0 and again.counts["payments"] == 0
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "phone": "081234567890"},
                        uid=uid)
    path3 = up(pair)
    result = importer.apply(pair.dis.db, pair.dis.data_dir, path3, "Rudi")
    assert result.table("workers").updated == 1
    opd_phone = pair.opd.db.execute("SELECT phone FROM workers WHERE uid = ?", [uid]).fetchone()[0]
    # The OPD's edit arrived and Disnaker's own field was left alone.
    assert pair.dis.db.execute("SELECT phone, kpj FROM workers WHERE uid = ?", [uid]).fetchone() == (
        opd_phone, "12345678901")


def test_reimport_is_zero_new_and_changes_nothing(pair):
    path = up(pair)
    importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    before = dump(pair.dis)
    again = importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    assert again.total("new") == 0 and again.status == "nothing"
    assert dump(pair.dis) == before


def test_every_unacknowledged_change_repeats_so_a_lost_stick_loses_nothing(pair):
    first = up(pair)  # this stick is lost
    first.unlink()
    uid = pair.opd.db.execute("SELECT uid FROM workers WHERE status != 'ended' AND kpj IS NULL ORDER BY id LIMIT 1").fetchone()[0]
    service.end_worker(pair.opd.db, "Siti", uid, "2026-01-31", "moved away")
    second = up(pair)
    summary = importer.apply(pair.dis.db, pair.dis.data_dir, second, "Rudi")
    assert any("never arrived" in n for n in summary.notes)
    assert counts(pair.dis, "1.01") == counts(pair.opd)
    assert pair.dis.db.execute("SELECT status FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "ended"


def test_older_bundle_after_newer_changes_nothing(pair):
    old = up(pair)
    uid = pair.opd.db.execute("SELECT uid FROM workers WHERE status != 'ended' AND kpj IS NULL ORDER BY id LIMIT 1").fetchone()[0]
    service.end_worker(pair.opd.db, "Siti", uid, "2026-01-31", "moved away")
    new = up(pair)
    importer.apply(pair.dis.db, pair.dis.data_dir, new, "Rudi")
    before = dump(pair.dis)
    summary = importer.apply(pair.dis.db, pair.dis.data_dir, old, "Rudi")
    assert summary.status == "nothing" and summary.total("new") == 0
    assert dump(pair.dis) == before
    assert pair.dis.db.execute("SELECT status FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "ended"


def test_missing_bundle_is_named(pair, tmp_path):
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair), "Rudi")
    importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")  # ack: OPD stops resending
    # Disnaker's state before bundle 2, kept aside (as if restored from a backup later).
    import shutil

    pair.dis.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(pair.dis.data_dir, tmp_path / "dis-old")
    uid = pair.opd.db.execute("SELECT uid FROM workers WHERE status != 'ended' AND kpj IS NULL ORDER BY id LIMIT 1").fetchone()[0]
    service.end_worker(pair.opd.db, "Siti", uid, "2026-01-31", "moved away")
    b2 = up(pair)
    importer.apply(pair.dis.db, pair.dis.data_dir, b2, "Rudi")
    importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "phone": "081298765432"},
                        uid=uid)
    b3 = up(pair)
    from rentan_desktop.context import AppContext

    old = AppContext.open(tmp_path / "dis-old")
    assert old.site is not None
    i18n.set_language("en")
    try:
        with pytest.raises(BundleRefused, match="Bundle 2 from OPD 1.01 is missing"):
            importer.apply(old.db, old.data_dir, b3, "Rudi")
        importer.apply(old.db, old.data_dir, b2, "Rudi")
        assert importer.apply(old.db, old.data_dir, b3, "Rudi").status == "applied"
    finally:
        old.close()


def test_duplicate_nik_is_flagged_to_both_opds(pair, tmp_path):
    other = install(tmp_path / "opd2", **OPD2)
    try:
        connect(other, pair.dis, pair.stick)
        fill(other, 3, 4, seed=99)
        nik, born, sex = pair.opd.db.execute(
            "SELECT nik, birth_date, gender FROM workers WHERE status != 'ended' LIMIT 1").fetchone()
        twin = other.db.execute("SELECT uid FROM workers WHERE status != 'ended' ORDER BY id LIMIT 1").fetchone()[0]
        # The same person (the NIK carries birth date and sex), entered by a second OPD.
        other.db.execute("UPDATE workers SET nik = ?, birth_date = ?, gender = ? WHERE uid = ?", [nik, born, sex, twin])
        importer.apply(pair.dis.db, pair.dis.data_dir, up(pair), "Rudi")
        importer.apply(pair.dis.db, pair.dis.data_dir,
                       export.export_bundle(other.db, other.data_dir, pair.stick).path, "Rudi")
        # Never merged: both records stay at Disnaker.
        assert pair.dis.db.execute("SELECT count(*) FROM workers WHERE nik = ?", [nik]).fetchone()[0] == 2
        importer.apply(pair.opd.db, pair.opd.data_dir, down(pair, "1.01"), "Siti")
        importer.apply(other.db, other.data_dir, down(pair, "1.02"), "Andi")
        assert [f["other_opds"] for f in history.duplicate_flags(pair.opd.db)] == ["1.02"]
        assert [f["other_opds"] for f in history.duplicate_flags(other.db)] == ["1.01"]
    finally:
        other.close()


def test_disnaker_answer_about_an_ended_worker_is_a_conflict_for_a_person(pair):
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair), "Rudi")
    uid = pair.opd.db.execute("SELECT uid FROM workers WHERE status = 'submitted' AND kpj IS NULL ORDER BY id LIMIT 1").fetchone()[0]
    service.end_worker(pair.opd.db, "Siti", uid, "2026-01-31", "died")
    service.set_worker_status(pair.dis.db, "Rudi", uid, "active", extra={"kpj": "99999999999"})
    summary = importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")
    assert summary.table("workers").conflicts == 1
    assert pair.opd.db.execute("SELECT status, kpj FROM workers WHERE uid = ?", [uid]).fetchone() == (
        "ended", "99999999999")
    conflicts = history.open_conflicts(pair.opd.db)
    assert [(c["field"], c["local_value"], c["incoming_value"]) for c in conflicts] == [("status", "ended", "active")]
    history.resolve_conflict(pair.opd.db, conflicts[0]["id"], "Siti", take_incoming=False)
    assert history.open_conflicts(pair.opd.db) == []
    assert pair.opd.db.execute("SELECT status FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "ended"


def test_settings_and_rate_table_travel_down(pair):
    settings.put(pair.dis.db, "quotas", {"head_opd": 5, "head_division": 2, "staff": 1})
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair), "Rudi")
    summary = importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")
    assert settings.get(pair.opd.db, "quotas") == {"head_opd": 5, "head_division": 2, "staff": 1}
    assert summary.table("settings").updated >= 1
    dis_rates = pair.dis.db.execute("SELECT uid, effective_from FROM rate_tables ORDER BY 2").fetchall()
    assert pair.opd.db.execute("SELECT uid, effective_from FROM rate_tables ORDER BY 2").fetchall() == dis_rates


def test_key_rotation_is_announced_by_the_old_key(pair):
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair), "Rudi")
    importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")
    old = keys.own_public(pair.opd.db)
    new = keys.rotate(pair.opd.db, pair.opd.data_dir)
    assert keys.own_public(pair.opd.db).key_id == old.key_id  # still signing with the old key
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair), "Rudi")
    assert registry.peer_by_key(pair.dis.db, new.key_id).status == "trusted"
    importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")  # Disnaker acknowledged the new key
    assert keys.own_public(pair.opd.db).key_id == new.key_id
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair), "Rudi")
    assert registry.peer_by_key(pair.dis.db, old.key_id).status == "retired"


def test_restore_bundle_rebuilds_a_lost_opd_install(pair, tmp_path):
    from rentan_desktop.sync import provisioning

    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair), "Rudi")
    uid = pair.dis.db.execute("SELECT uid FROM workers WHERE status != 'ended' AND kpj IS NULL ORDER BY id LIMIT 1").fetchone()[0]
    service.set_worker_status(pair.dis.db, "Rudi", uid, "active", extra={"kpj": "11111111111"})
    # The OPD's PC is lost. A new install with new keys enrolls again.
    fresh = install(tmp_path / "opd-new", **{"role": "opd", "pemda": "Kota Palangka Raya", "operator": "Siti",
                                            "opd_code": "1.01", "opd_name": "Dinas Pendidikan"})
    try:
        connect(fresh, pair.dis, pair.stick)
        assert [k.status for k in registry.keys_of(pair.dis.db, "1.01")] == ["retired", "trusted"]
        restore = export.export_bundle(pair.dis.db, pair.dis.data_dir, pair.stick, peer="1.01", kind="restore").path
        summary = importer.apply(fresh.db, fresh.data_dir, restore, "Siti")
        assert summary.status == "applied"
        assert counts(fresh) == counts(pair.opd)
        assert fresh.db.execute("SELECT kpj FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "11111111111"
        # The restored install carries on the sequence: its next bundle follows the last one Disnaker has.
        service.end_worker(fresh.db, "Siti", uid, "2026-02-28", "moved away")
        nxt = export.export_bundle(fresh.db, fresh.data_dir, pair.stick)
        assert nxt.counts["workers"] == 1 and nxt.counts["payments"] == 0
        assert importer.apply(pair.dis.db, pair.dis.data_dir, nxt.path, "Rudi").table("workers").updated == 1
        # The old install's key was retired when the new one was trusted.
        with pytest.raises(BundleRefused, match="replaced key"):
            importer.apply(pair.dis.db, pair.dis.data_dir, up(pair), "Rudi")
        # A restore bundle never lands on an install that already has data.
        with pytest.raises(BundleRefused):
            importer.preview(pair.opd.db, pair.opd.data_dir,
                             export.export_bundle(pair.dis.db, pair.dis.data_dir, pair.stick, peer="1.01",
                                                  kind="restore").path)
        assert provisioning.read_key_file(next(pair.stick.glob("rentan-provisioning-*.json")))
    finally:
        fresh.close()


def test_escrow_recipient_can_read_every_opd_bundle(pair):
    from rentan_desktop.sync import agefile, bundle, provisioning

    escrow_secret, escrow_recipient = agefile.new_identity()
    provisioning.add_escrow_recipient(pair.dis.db, escrow_recipient, "Inspektorat IT")
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair), "Rudi")
    importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")  # the OPD learns the escrow recipient
    path = up(pair)
    b = bundle.read(path.read_bytes())
    assert b.header["recipient"]["escrow"] == 1
    sections = bundle.decode_payload(agefile.decrypt_with(b.payload, [escrow_secret]))
    assert any(meta.get("table") == "workers" for meta, _ in sections)
    assert importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi").status == "applied"


def test_key_backup_restores_the_identity_on_a_reinstalled_pc(pair, tmp_path):
    before = keys.own_public(pair.opd.db)
    written = keys.export_backup(pair.opd.db, pair.opd.data_dir, tmp_path / "safe")
    path = up(pair)
    # The PC is reinstalled: the key file is gone, the backup brings the same identity back.
    for f in (pair.opd.data_dir / "keys").iterdir():
        f.unlink()
    keys.forget_session(pair.opd.db)
    with pytest.raises(Exception, match="missing"):
        keys.unlock(pair.opd.db, pair.opd.data_dir)
    restored = keys.restore_backup(pair.opd.db, pair.opd.data_dir, written[0], PASSPHRASE)
    assert restored.fingerprint == before.fingerprint
    assert importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi").status == "applied"
    assert export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).sequence == 2
    with pytest.raises(Exception, match="wrong passphrase"):
        keys.restore_backup(pair.opd.db, pair.opd.data_dir, written[0], "not the passphrase")


def test_site_states_show_each_opd_at_disnaker(pair):
    states = {s.opd_code: s for s in registry.site_states(pair.dis.db)}
    assert states["1.01"].key_status == "trusted" and states["1.01"].last_sequence == 0
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair), "Rudi")
    state = {s.opd_code: s for s in registry.site_states(pair.dis.db)}["1.01"]
    assert state.last_sequence == 1 and state.pending_acknowledgements == 1 and state.last_received_at
    assert state.fingerprint == keys.own_public(pair.opd.db).fingerprint
    down(pair)
    assert {s.opd_code: s for s in registry.site_states(pair.dis.db)}["1.01"].pending_acknowledgements == 0


@pytest.mark.parametrize("disnaker_has, opd_sends, kept", [
    ("active", "draft", "active"),        # the OPD has not received the BPJS answer yet
    ("active", "submitted", "active"),
    ("lapsed", "active", "lapsed"),
    ("active", "ended", "ended"),         # the OPD owns ending a worker
    ("draft", "submitted", "draft"),      # BPJS rejected it since: only Disnaker submits (QA stale_submitted)
    ("draft", "active", "draft"),         # only BPJS's answer via Disnaker makes a worker active (QA status_active)
    ("ended", "draft", "draft"),          # re-registered by the OPD
    ("active", "lapsed", "lapsed"),       # the OPD's payments lapsed the membership
    ("lapsed", "draft", "draft"),         # registered again after a lapse
])
def test_worker_status_ownership_at_disnaker(disnaker_has, opd_sends, kept):
    from rentan_desktop.sync.tables import merge_worker_up

    changes, conflicts = merge_worker_up({"status": disnaker_has, "phone": "1"}, {"status": opd_sends, "phone": "2"})
    assert changes.get("status", disnaker_has) == kept and changes["phone"] == "2" and conflicts == []


def test_paid_through_at_disnaker_follows_payments_that_arrive_alone(pair):
    """A payment recorded later travels without its worker row; Disnaker's arrears cache follows it."""
    from rentan_desktop.domain.issues import ValidationError
    from rentan_desktop.domain.months import add_months, current_month
    from rentan_desktop.payments import service as pay

    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair), "Rudi")
    importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")  # acknowledged: nothing repeats
    paid_uid = None
    # (a member the OPD reported on a KPJ is 'submitted' until Disnaker confirms it: payable all the same)
    for (uid,) in pair.opd.db.execute("SELECT uid FROM workers WHERE status IN ('active', 'submitted') AND paid_through = ? "
                                      "ORDER BY id", [add_months(current_month(), -1)]).fetchall():
        try:
            pay.record_payments(pair.opd.db, "Siti", uid, [current_month()], method="cash")
        except ValidationError:
            continue
        paid_uid = uid
        break
    assert paid_uid is not None
    before = pair.dis.db.execute("SELECT paid_through FROM workers WHERE uid = ?", [paid_uid]).fetchone()[0]
    assert before == add_months(current_month(), -1)
    bundle = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick, operator="Siti")
    assert bundle.counts["payments"] == 1 and bundle.counts["workers"] == 0
    importer.apply(pair.dis.db, pair.dis.data_dir, bundle.path, "Rudi")
    at_opd = pair.opd.db.execute("SELECT paid_through FROM workers WHERE uid = ?", [paid_uid]).fetchone()[0]
    at_dis = pair.dis.db.execute("SELECT paid_through FROM workers WHERE uid = ?", [paid_uid]).fetchone()[0]
    assert at_dis == at_opd == current_month()
