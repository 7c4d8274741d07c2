"""Rows in bundles (issue 11, rows half): ownership, KPJ travel, sender scope, validation as the
forms, the field-level dry run. Each refusal names table, record, field, value and reason, and the
receiving database stays byte-for-byte unchanged."""

from __future__ import annotations

import pytest

from rentan_desktop.disnaker import bpjs_export, bpjs_import
from rentan_desktop.disnaker import registry as opd_registry
from rentan_desktop.errors import UserError
from rentan_desktop.roster import service
from rentan_desktop.store import audit
from rentan_desktop.sync import export, history, importer, keys
from rentan_desktop.sync.plan import ImportBlocked
from tests.sync_support import OPD2, connect, counts, file_state, install, pair_fixture

pytestmark = pytest.mark.usefixtures("sync_keys")


pair = pair_fixture(sponsors=3, workers=6)


def up(ctx, stick):
    return export.export_bundle(ctx.db, ctx.data_dir, stick).path


def down(pair, code="1.01"):
    return export.export_bundle(pair.dis.db, pair.dis.data_dir, pair.stick, peer=code).path


def tamper(ctx, sql: str, params: list) -> None:
    """What a changed or malicious OPD install can do to its own file: any row, a fresh change number."""
    ctx.db.execute(sql.replace(":rev", str(audit.next_rev(ctx.db))), params)


def refused_rows(receiver, path, *expected: str) -> str:
    """The import is refused with a list naming each expected text, and nothing changes here."""
    before = file_state(receiver)
    preview = importer.preview(receiver.db, receiver.data_dir, path)
    assert preview.total("errors") >= 1
    assert file_state(receiver) == before
    with pytest.raises(UserError) as info:
        importer.apply(receiver.db, receiver.data_dir, path, "Rudi")
    message = str(info.value)
    for text in expected:
        assert text in message, message
    assert file_state(receiver) == before
    return message


def some_worker(ctx, where: str = "1") -> str:
    return ctx.db.execute(f"SELECT uid FROM workers WHERE status != 'ended' AND {where} ORDER BY id LIMIT 1"
                          ).fetchone()[0]


# -- Disnaker-owned fields are never blanked or changed by an OPD bundle -------------------

def test_opd_bundles_never_blank_disnaker_fields_of_the_opd(pair):
    uid = pair.dis.db.execute("SELECT uid FROM opds WHERE code = '1.01'").fetchone()[0]
    opd_registry.save_opd(pair.dis.db, "Rudi", {**opd_registry.get_opd(pair.dis.db, uid), "asn_count": 2150,
                                                "head_name": "Dr. Hj. Sri Wahyuni", "contact": "0536 322 1010"},
                          uid=uid)
    wanted = pair.dis.db.execute("SELECT head_name, head_nip, contact, address, asn_count FROM opds "
                                 "WHERE code = '1.01'").fetchone()
    assert importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi").status == "applied"
    assert pair.dis.db.execute("SELECT head_name, head_nip, contact, address, asn_count FROM opds "
                               "WHERE code = '1.01'").fetchone() == wanted
    # Disnaker's values reach the OPD; the OPD's next bundle (even edited by hand) changes nothing.
    importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")
    assert pair.opd.db.execute("SELECT asn_count FROM opds WHERE code = '1.01'").fetchone()[0] == 2150
    tamper(pair.opd, "UPDATE opds SET asn_count = NULL, head_name = NULL, rev = :rev WHERE code = '1.01'", [])
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, some_worker(pair.opd)),
                                              "phone": "081234567890"}, uid=some_worker(pair.opd))
    assert importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi").status == "applied"
    assert pair.dis.db.execute("SELECT head_name, head_nip, contact, address, asn_count FROM opds "
                               "WHERE code = '1.01'").fetchone() == wanted


# -- KPJ: known on one side travels; a blank never clears it; two values are a conflict ------

def test_kpj_an_opd_already_had_reaches_disnaker_and_is_not_registered_again(pair, tmp_path):
    uid = some_worker(pair.opd, "kpj IS NULL")
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "kpj": "23110000777"},
                        uid=uid)
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi")
    assert pair.dis.db.execute("SELECT kpj FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "23110000777"
    ready = {w["uid"] for w in bpjs_export.readiness(pair.dis.db, include_rejected=True).ready}
    assert uid not in ready


def test_bpjs_rejection_at_disnaker_never_blanks_the_opds_kpj(pair):
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi")
    uid = some_worker(pair.dis, "kpj IS NULL AND bpjs_status IS NULL")
    # BPJS rejects the registration at Disnaker while the OPD learns the member's KPJ.
    pair.dis.db.execute("UPDATE workers SET bpjs_status = 'submitted' WHERE uid = ?", [uid])
    bpjs_import.record_answer(pair.dis.db, "Rudi", uid, "rejected", reason="Sudah terdaftar")
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "kpj": "23110000888"},
                        uid=uid)
    summary = importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")
    assert summary.status == "applied"
    assert pair.opd.db.execute("SELECT kpj, bpjs_status FROM workers WHERE uid = ?", [uid]).fetchone() == (
        "23110000888", "rejected")
    # The OPD's KPJ then fills Disnaker's blank, audited.
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi")
    assert pair.dis.db.execute("SELECT kpj FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "23110000888"
    trail = pair.dis.db.execute("SELECT before, after FROM audit_log WHERE record_uid = ? AND action = "
                                "'sync_update' ORDER BY id DESC LIMIT 1", [uid]).fetchone()
    assert "23110000888" in trail[1] and "kpj" in trail[0]


def test_two_different_kpj_numbers_become_a_conflict_never_an_overwrite(pair):
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi")
    uid = some_worker(pair.dis, "kpj IS NULL")
    service.set_worker_status(pair.dis.db, "Rudi", uid, "active", extra={"kpj": "11111111111"})
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "kpj": "22222222222"},
                        uid=uid)
    summary = importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")
    assert summary.table("workers").conflicts == 1
    assert pair.opd.db.execute("SELECT kpj FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "22222222222"
    assert [(c["field"], c["local_value"], c["incoming_value"]) for c in history.open_conflicts(pair.opd.db)] == [
        ("kpj", "22222222222", "11111111111")]
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi")
    assert pair.dis.db.execute("SELECT kpj FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "11111111111"
    assert [c["field"] for c in history.open_conflicts(pair.dis.db)] == ["kpj"]
    # Resent with another change, the same open question is not listed twice.
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "phone": "081311112222"},
                        uid=uid)
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi")
    assert [c["field"] for c in history.open_conflicts(pair.dis.db)] == ["kpj"]


# -- Sender scope: an OPD's rows touch and name only that OPD's records --------------------

@pytest.fixture
def two_opds(pair, tmp_path):
    other = install(tmp_path / "opd2", **OPD2)
    connect(other, pair.dis, pair.stick)
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi")
    yield pair, other
    other.close()


def _steal(other, victim, table: str, uid: str, opd_id: int) -> None:
    """Copy one of the victim OPD's rows into the attacker's file, as already acknowledged (rev 0)."""
    cols = [r[1] for r in victim.db.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
    row = dict(zip(cols, victim.db.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE uid = ?", [uid])
                   .fetchone(), strict=True))
    row.update(opd_id=opd_id, rev=0)
    for ref, parent in (("sponsor_id", "sponsors"), ("worker_id", "workers")):
        if ref in row and row[ref] is not None:
            row[ref] = other.db.execute(f"SELECT id FROM {parent} ORDER BY id LIMIT 1").fetchone()[0]
    other.db[table].insert(row)


def test_payment_on_another_opds_worker_is_refused(two_opds):
    pair, other = two_opds
    victim = some_worker(pair.opd, "status = 'active'")
    service.save_sponsor(other.db, "Andi", {"kind": "apbd", "name": "Program Parkir"})
    own_opd = other.db.execute("SELECT id FROM opds WHERE code = '1.02'").fetchone()[0]
    _steal(other, pair.opd, "workers", victim, own_opd)
    wid = other.db.execute("SELECT id FROM workers WHERE uid = ?", [victim]).fetchone()[0]
    tamper(other, "INSERT INTO payments(uid, opd_id, worker_id, month, amount, jkk, jkm, jht, method, paid_on, "
                  "recorded_by, recorded_at, rev) VALUES ('f0e0d0c0-0000-4000-8000-000000000001', ?, ?, '2026-11', 16800, 10000, 6800, 0, "
                  "'cash', '2026-11-10', 'x', '2026-11-10 10:00:00', :rev)", [own_opd, wid])
    refused_rows(pair.dis, up(other, pair.stick), "Payments", "Worker", "refers to a record of another OPD")
    assert counts(pair.dis, "1.02") == {"sponsors": 0, "workers": 0, "payments": 0}


def test_worker_under_another_opds_sponsor_is_refused(two_opds):
    pair, other = two_opds
    sponsor = pair.opd.db.execute("SELECT uid FROM sponsors ORDER BY id LIMIT 1").fetchone()[0]
    own_opd = other.db.execute("SELECT id FROM opds WHERE code = '1.02'").fetchone()[0]
    _steal(other, pair.opd, "sponsors", sponsor, own_opd)
    sid = other.db.execute("SELECT id FROM sponsors WHERE uid = ?", [sponsor]).fetchone()[0]
    from tests.disnaker_data import worker_data

    service.save_worker(other.db, "Andi", worker_data(9, sid, "Joko Susilo"))
    refused_rows(pair.dis, up(other, pair.stick), "Workers", "Sponsor", "refers to a record of another OPD")


def test_changing_or_reversing_another_opds_payment_is_refused(two_opds):
    pair, other = two_opds
    payment = pair.opd.db.execute("SELECT uid FROM payments WHERE kind = 'payment' ORDER BY id LIMIT 1"
                                  ).fetchone()[0]
    own_opd = other.db.execute("SELECT id FROM opds WHERE code = '1.02'").fetchone()[0]
    service.save_sponsor(other.db, "Andi", {"kind": "apbd", "name": "Program Parkir"})
    from tests.disnaker_data import worker_data

    sid = other.db.execute("SELECT id FROM sponsors").fetchone()[0]
    service.save_worker(other.db, "Andi", worker_data(9, sid, "Joko Susilo"))
    _steal(other, pair.opd, "payments", payment, own_opd)
    tamper(other, "UPDATE payments SET reversed_at = '2026-11-20 10:00:00', rev = :rev WHERE uid = ?", [payment])
    refused_rows(pair.dis, up(other, pair.stick), "Payments", "this record belongs to another OPD")


# -- Validation as the forms -----------------------------------------------------------------

@pytest.mark.parametrize(("sql", "expected"), [
    ("UPDATE workers SET declared_income = -5000, rev = :rev WHERE uid = ?",
     ("Workers", "Declared income", "-5000", "Must be a whole number from 1")),
    ("UPDATE workers SET start_month = '9999-99', rev = :rev WHERE uid = ?",
     ("Workers", "Start month", "9999-99", "Not a month")),
    ("UPDATE workers SET relationship = 'boss', rev = :rev WHERE uid = ?",
     ("Workers", "Relationship to sponsor", "Not one of")),
    ("UPDATE workers SET occupation = 'Petani' || char(27) || '[2J', rev = :rev WHERE uid = ?",
     ("Workers", "Occupation", "control characters")),
    ("UPDATE workers SET nik = '3.27401E+15', rev = :rev WHERE uid = ?", ("Workers", "NIK", "scientific notation")),
    ("UPDATE workers SET phone = 'call me', rev = :rev WHERE uid = ?", ("Workers", "Phone")),
])
def test_rows_the_forms_refuse_refuse_the_bundle(pair, sql, expected):
    tamper(pair.opd, sql, [some_worker(pair.opd)])
    message = refused_rows(pair.dis, up(pair.opd, pair.stick), *expected)
    assert counts(pair.dis, "1.01") == {"sponsors": 0, "workers": 0, "payments": 0}
    # The NIK of the row is masked in the list.
    nik = pair.opd.db.execute("SELECT nik FROM workers WHERE uid = ?", [some_worker(pair.opd)]).fetchone()[0]
    assert nik not in message


def test_a_ten_megabyte_name_is_refused(pair):
    tamper(pair.opd, "UPDATE workers SET name = ?, rev = :rev WHERE uid = ?", ["A" * 10_000_000,
                                                                               some_worker(pair.opd)])
    before = file_state(pair.dis)
    with pytest.raises(UserError) as info:
        importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi")
    if isinstance(info.value, ImportBlocked):  # (a payload size limit may refuse it earlier)
        assert "Name" in str(info.value) and "Longer than 150 characters" in str(info.value)
        assert "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" not in str(info.value)
    assert file_state(pair.dis) == before


@pytest.mark.parametrize(("sql", "expected"), [
    ("UPDATE payments SET amount = 1000000000000000, rev = :rev WHERE uid = ?", ("Payments", "Amount")),
    ("UPDATE payments SET amount = 20000, jkk = 13200, rev = :rev WHERE uid = ?",
     ("Payments", "Amount", "not the rate table's contribution")),
    ("UPDATE payments SET jkk = 9000, rev = :rev WHERE uid = ?", ("Payments", "do not add up")),
])
def test_payments_must_be_the_rate_tables_amount(pair, sql, expected):
    payment = pair.opd.db.execute("SELECT uid FROM payments WHERE kind = 'payment' ORDER BY id LIMIT 1"
                                  ).fetchone()[0]
    tamper(pair.opd, sql, [payment])
    refused_rows(pair.dis, up(pair.opd, pair.stick), *expected)


# -- The field-level dry run -----------------------------------------------------------------

def test_dry_run_lists_each_field_change_with_its_label_and_writes_nothing(pair):
    from rentan_desktop import i18n

    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi")
    uid = some_worker(pair.opd)
    old_phone = pair.opd.db.execute("SELECT phone FROM workers WHERE uid = ?", [uid]).fetchone()[0]
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "phone": "081298765432",
                                              "occupation": "Nelayan"}, uid=uid)
    path = up(pair.opd, pair.stick)
    before = file_state(pair.dis)
    i18n.set_language("id")
    try:
        summary = importer.preview(pair.dis.db, pair.dis.data_dir, path)
    finally:
        i18n.set_language("en")
    assert file_state(pair.dis) == before
    [(record, label, changed)] = summary.table("workers").changes
    assert record == uid
    names = {name: (old, new) for name, old, new in changed}
    assert names["Pekerjaan"][1] == "Nelayan"
    from rentan_desktop.domain.phone import display_phone  # phones read as the forms show them

    assert names["No. HP"][0] == (display_phone(old_phone) if old_phone else "-")
    assert names["No. HP"][1] == display_phone("081298765432") != names["No. HP"][0]
    assert "phone" not in summary.changes_text() and "Pekerja" in summary.changes_text()


# -- States agree ----------------------------------------------------------------------------

def test_registration_export_marks_workers_submitted_at_once_and_at_the_opd(pair, tmp_path):
    from tests.disnaker_data import worker_data

    sid = pair.opd.db.execute("SELECT id FROM sponsors WHERE status = 'active' ORDER BY id LIMIT 1").fetchone()[0]
    service.save_worker(pair.opd.db, "Siti", worker_data(31, sid, "Joko Susilo"))
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi")
    ready = bpjs_export.readiness(pair.dis.db).ready
    drafts = [w["uid"] for w in ready if w["status"] == "draft"]
    assert drafts
    bpjs_export.export_registration(pair.dis.db, "Rudi", tmp_path / "reg.xlsx")
    marks = ",".join("?" * len(drafts))
    assert {s for (s,) in pair.dis.db.execute(f"SELECT status FROM workers WHERE uid IN ({marks})", drafts)} == {
        "submitted"}
    importer.apply(pair.opd.db, pair.opd.data_dir, down(pair), "Siti")
    assert {s for (s,) in pair.opd.db.execute(f"SELECT status FROM workers WHERE uid IN ({marks})", drafts)} == {
        "submitted"}


def test_a_nik_twice_in_one_opd_refuses_the_bundle_before_anything_is_written(pair):
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi")
    # The OPD's file gives an existing worker a new identity: Disnaker would hold its NIK twice in one OPD.
    tamper(pair.opd, "UPDATE workers SET uid = 'a0e0d0c0-0000-4000-8000-000000000002', rev = :rev WHERE uid = ?", [some_worker(pair.opd)])
    message = refused_rows(pair.dis, up(pair.opd, pair.stick), "NIK", "another worker of this OPD already has")
    assert "UNIQUE" not in message


def test_a_forged_opds_section_signed_by_the_opd_changes_nothing_at_disnaker(pair):
    """Even with the OPD's own key, an `opds` section is not taken from an OPD: Disnaker owns the list."""
    from rentan_desktop.sync import agefile, bundle
    from tests import sync_forge

    uid = pair.dis.db.execute("SELECT uid FROM opds WHERE code = '1.01'").fetchone()[0]
    opd_registry.save_opd(pair.dis.db, "Rudi", {**opd_registry.get_opd(pair.dis.db, uid), "asn_count": 2150},
                          uid=uid)
    genuine = up(pair.opd, pair.stick)
    header = sync_forge.header_of(genuine)
    sections = bundle.decode_payload(agefile.decrypt_with(
        sync_forge.members(genuine.read_bytes())["payload.age"], keys.identities(pair.dis.db, pair.dis.data_dir)))
    forged_sections = [({"section": "table", "table": "opds", "direction": "up",
                         "columns": ["uid", "asn_count", "head_name"]}, [[uid, 1, None]]),
                       *[(meta, rows) for meta, rows in sections]]
    payload = sync_forge.encrypt_for(pair.dis, sync_forge.payload_plain(header, forged_sections))
    path = sync_forge.write(pair.stick, "forged.rentan.tar", sync_forge.sign_bundle(pair.opd, header, payload))
    summary = importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    assert summary.status == "applied" and any("OPD list" in n for n in summary.notes)
    assert pair.dis.db.execute("SELECT asn_count FROM opds WHERE uid = ?", [uid]).fetchone()[0] == 2150


def test_terminal_dry_run_lists_field_changes_and_a_refusal(pair, capsys, monkeypatch):
    from rentan_desktop.cli import main

    def rentan(*args) -> tuple[int, str]:
        code = main([str(a) for a in args])
        from rentan_desktop import i18n

        i18n.set_language("en")
        return code, capsys.readouterr().out

    monkeypatch.setenv("RENTAN_LANGUAGE", "en")
    importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi")
    uid = some_worker(pair.opd)
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, uid), "occupation": "Nelayan"},
                        uid=uid)
    path = up(pair.opd, pair.stick)
    before = file_state(pair.dis)
    code, out = rentan("--data-dir", pair.dis.data_dir, "import-bundle", path, "--dry-run")
    assert code == 0 and "Field changes:" in out and "Occupation:" in out and "-> Nelayan" not in out
    assert "\u2192 Nelayan" in out and "Dry run: nothing was changed." in out
    assert file_state(pair.dis) == before
    tamper(pair.opd, "UPDATE workers SET declared_income = -1, rev = :rev WHERE uid = ?", [uid])
    code, out = rentan("--data-dir", pair.dis.data_dir, "import-bundle", up(pair.opd, pair.stick), "--dry-run")
    assert code == 1 and "would be refused" in out and "Declared income" in out


def test_a_month_paid_ahead_before_a_rate_change_is_accepted(pair):
    """Disnaker's new rate table for a later month does not refuse what the OPD paid ahead under the old one."""
    from rentan_desktop.domain.months import add_months, current_month
    from rentan_desktop.payments import rates
    from rentan_desktop.payments import service as pay

    # Three months at once from the oldest unpaid one, as the form takes them (months are paid in
    # order, issue 18: moving one old payment ahead would leave its own month unpaid).
    worker = pair.opd.db.execute("SELECT uid FROM workers WHERE status = 'active' AND paid_through = ? ORDER BY id "
                                 "LIMIT 1", [add_months(current_month(), -1)]).fetchone()[0]
    months = pay.prepay(pair.opd.db, "Siti", worker, 3, "cash")
    ahead = add_months(current_month(), 2)
    assert ahead in [m for (m,) in pair.opd.db.execute(
        f"SELECT month FROM payments WHERE uid IN ({','.join('?' * len(months))})", months)]
    rates.add_table(pair.dis.db, "Rudi", effective_from=ahead, jkk_permille=12, jkm_flat=7_000, jht_permille=20,
                    brackets=[(0, None, 1_000_000)], note="test")
    assert importer.apply(pair.dis.db, pair.dis.data_dir, up(pair.opd, pair.stick), "Rudi").status == "applied"
