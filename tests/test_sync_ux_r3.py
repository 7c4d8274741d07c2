"""QA walk r3, the sync's clerk-facing side: the bundle summary reads values as the GUI labels
them and ignores bookkeeping stamps (7, 8, 10), refusals say what to do and who must act (5, 21,
23, 27a), a full resend is not blocked by payments accepted before (27b), `rentan init` keys need
no second passphrase (16), a withdrawn duplicate is named as such (24)."""

from __future__ import annotations

import pytest

from rentan_desktop import i18n
from rentan_desktop.cli import main
from rentan_desktop.context import AppContext
from rentan_desktop.fields import display
from rentan_desktop.store import audit
from rentan_desktop.store.clock import new_uid
from rentan_desktop.sync import export, importer, keys, outgoing, provisioning, registry
from rentan_desktop.sync.bundle import BundleRefused
from rentan_desktop.sync.plan import ImportBlocked
from tests.sync_support import bundle_from_untrusted_opd, pair_fixture

pytestmark = pytest.mark.usefixtures("sync_keys")


pair = pair_fixture(sponsors=3, workers=6)


def _up(pair) -> None:
    importer.apply(pair.dis.db, pair.dis.data_dir, export.export_bundle(pair.opd.db, pair.opd.data_dir,
                                                                         pair.stick).path, "Rudi")


def _bump(db, sql: str, params: list) -> None:
    db.execute(sql.replace(":rev", str(audit.next_rev(db))), params)


@pytest.mark.parametrize("table, column, value, shown", [
    ("workers", "status", "draft", "Draf"),
    ("workers", "status", "active", "Aktif"),
    ("workers", "bpjs_status", "accepted", "Diterima"),
    ("workers", "bpjs_status", "rejected", "Ditolak"),
    ("workers", "bpjs_start_date", "2026-12-01", "01/12/2026"),
    ("workers", "start_month", "2026-12", "Desember 2026"),
    ("workers", "created_at", "2026-12-01 20:45:18", "01/12/2026 20:45"),
    ("holidays", "created_at", "2026-12-01T20:45:18Z", "01/12/2026 20:45"),
    ("rate_tables", "effective_from", "2015-07", "Juli 2015"),
    ("payments", "amount", 16800, "Rp16.800"),
    ("opds", "head_nip", "197104121997031001", "19710412 199703 1 001"),
    ("duplicate_decisions", "outcome", "withdraw", "Tarik penanggungan ini"),
    ("workers", "kpj", None, "-"),
])
def test_values_read_as_the_gui_shows_them(table, column, value, shown):
    i18n.set_language("id")
    try:
        assert display.show(table, column, value) == shown
    finally:
        i18n.set_language("en")


def test_settings_and_payments_are_named_for_a_clerk():
    i18n.set_language("id")
    try:
        assert "quotas" not in display.setting_label("quotas") and "Kuota" not in display.setting_label("coverage")
        assert display.setting_label("coverage_target") == "Sasaran cakupan"
        assert display.payment_label("ARBAIN", "2026-12", 16800, "payment") == "ARBAIN \u00b7 Desember 2026 \u00b7 Rp16.800"
        assert display.payment_label("ARBAIN", "2026-12", -16800, "reversal") == \
            "ARBAIN \u00b7 Desember 2026 \u00b7 koreksi -Rp16.800"
    finally:
        i18n.set_language("en")


def test_a_return_bundle_shows_labels_and_dates_and_ignores_stamps(pair):
    _up(pair)
    uid, name = pair.dis.db.execute("SELECT uid, name FROM workers WHERE status = 'draft' ORDER BY id").fetchone()
    _bump(pair.dis.db, "UPDATE workers SET bpjs_status = 'accepted', status = 'active', kpj = '26001200000', "
                       "bpjs_start_date = '2026-12-01', submitted_on = '2026-11-20', status_changed_on = '2026-12-01', "
                       "updated_at = '2026-12-01 20:50:27', rev = :rev WHERE uid = ?", [uid])
    # Both installs seeded the same calendar at different moments: only the stamps differ.
    _bump(pair.opd.db, "UPDATE holidays SET created_at = '2020-01-01 00:00:00', updated_at = '2020-01-01 00:00:00', "
                       "rev = :rev", [])
    holidays = pair.opd.db.execute("SELECT count(*) FROM holidays").fetchone()[0]
    path = export.export_bundle(pair.dis.db, pair.dis.data_dir, pair.stick, peer="1.01").path
    summary = importer.preview(pair.opd.db, pair.opd.data_dir, path)
    assert summary.table("holidays").updated == 0 and summary.table("holidays").present == holidays > 0
    changed = {f: (before, after) for t in summary.tables if t.table == "workers"
               for u, label, fields_ in t.changes if label == name for f, before, after in fields_}
    assert changed["Status"] == ("Draft", "Active")
    assert changed["BPJS registration result"] == ("-", "Accepted")
    assert changed["Member since"] == ("-", "01/12/2026")
    assert "Created" not in changed and "Last changed" not in changed
    listed = [r[1] for t in summary.tables if t.table == "settings" for rs in t.records.values() for r in rs]
    assert "quotas" not in listed and "Minimum workers per sponsor by position level" in listed


def test_an_opd_bundle_names_each_payment_by_worker_month_and_amount(pair):
    path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path
    name, month, amount = pair.opd.db.execute(
        "SELECT w.name, p.month, p.amount FROM payments p JOIN workers w ON w.id = p.worker_id "
        "WHERE p.kind = 'payment' ORDER BY p.id").fetchone()
    summary = importer.preview(pair.dis.db, pair.dis.data_dir, path)
    labels = [label for _, label, _ in summary.table("payments").records["new"]]
    assert display.payment_label(name, month, amount, "payment") in labels


def test_a_full_resend_is_not_blocked_by_payments_accepted_before_a_reregistration(pair):
    _up(pair)
    worker = pair.opd.db.execute("SELECT w.id, w.uid, w.name, p.month FROM payments p JOIN workers w "
                                 "ON w.id = p.worker_id WHERE p.kind = 'payment' ORDER BY p.id").fetchone()
    # Re-registered after a lapse: a draft again, its December payment already at Disnaker.
    _bump(pair.opd.db, "UPDATE workers SET status = 'draft', start_month = '2027-04', rev = :rev WHERE id = ?",
          [worker[0]])
    path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick, full=True).path
    summary = importer.preview(pair.dis.db, pair.dis.data_dir, path)
    assert summary.table("payments").errors == 0, summary.text()


def test_a_payment_refusal_names_the_worker_masked_never_by_record_identifier(pair):
    _up(pair)
    w_id, w_uid, name, sponsor = pair.opd.db.execute(
        "SELECT id, uid, name, sponsor_id FROM workers WHERE status = 'draft' ORDER BY id").fetchone()
    pair.opd.db.execute(
        "INSERT INTO payments(uid, opd_id, worker_id, sponsor_id, month, amount, jkk, jkm, jht, method, paid_on, "
        "kind, recorded_by, recorded_at, rev) SELECT ?, opd_id, ?, ?, '2026-12', 16800, 10000, 6800, 0, 'cash', "
        "'2026-12-01', 'payment', 'Siti', '2026-12-01 10:00:00', ? FROM workers WHERE id = ?",
        [new_uid(), w_id, sponsor, audit.next_rev(pair.opd.db), w_id])
    path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path
    with pytest.raises(ImportBlocked) as info:
        importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    text = str(info.value)
    assert "draft" in text and w_uid not in text and w_uid[:8] not in text and name not in text
    assert name[0] + "***" in text and "December 2026" in text
    assert "Ask OPD 1.01 to correct them in its own forms" in text  # who must act: the OPD, not Disnaker


def test_the_opd_hears_before_writing_which_worker_disnaker_would_refuse(pair, capsys):
    uid, name = pair.opd.db.execute("SELECT uid, name FROM workers ORDER BY id").fetchone()
    _bump(pair.opd.db, "UPDATE workers SET birth_date = '1958-07-01', start_month = '2026-12', "
                       "age_override_reason = NULL, rev = :rev WHERE uid = ?", [uid])
    found = outgoing.refusals(pair.opd.db)
    assert [(r.uid, r.name) for r in found] == [(uid, name)]
    text = outgoing.warning_text(found)
    assert name in text and "Birth date" in text and "reason for the exception" in text
    # The terminal writes it all the same, after the same warning on stderr.
    assert main(["--data-dir", str(pair.opd.data_dir), "export-bundle", "--out", str(pair.stick)]) == 0
    assert name in capsys.readouterr().err
    i18n.set_language("en")


def test_bundles_for_someone_else_or_damaged_say_what_to_do(pair, tmp_path):
    up = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path
    # The OPD opens the bundle it wrote itself: hand it on (QA walk r4, defect 14: no "ask OPD 1.01 for a bundle").
    with pytest.raises(BundleRefused, match="written by this install for Disnaker: hand it to Disnaker"):
        importer.preview(pair.opd.db, pair.opd.data_dir, up)
    short = tmp_path / "short.rentan.tar"
    short.write_bytes(up.read_bytes()[:5000])
    with pytest.raises(BundleRefused, match="Copy it again from the USB drive"):
        importer.preview(pair.dis.db, pair.dis.data_dir, short)


def test_a_bundle_that_does_not_follow_asks_for_everything_again(pair):
    _up(pair)
    registry.update_link(pair.opd.db, registry.DISNAKER, out_hash="0" * 64)  # a restored chain
    path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path
    with pytest.raises(BundleRefused, match="Ask OPD 1.01 to write a new bundle with 'Send everything again'"):
        importer.preview(pair.dis.db, pair.dis.data_dir, path)


def test_a_bundle_from_a_new_key_opened_by_the_operator_is_kept_and_says_how_to_go_on(pair, tmp_path):
    path = bundle_from_untrusted_opd(pair, tmp_path / "new-pc")
    with pytest.raises(BundleRefused) as info:
        importer.preview(pair.dis.db, pair.dis.data_dir, path, keep_unknown=True)
    text = str(info.value)
    assert "kept in the quarantine" in text and str(pair.dis.data_dir / "sync" / "quarantine") in text
    assert "enrollment file" in text and "open this bundle again" in text
    assert list((pair.dis.data_dir / "sync" / "quarantine").glob("*.rentan.tar"))


def test_rentan_init_keys_need_no_second_passphrase_and_keys_export_ticks_the_checklist(tmp_path, capsys):
    folder = tmp_path / "opd"
    assert main(["--data-dir", str(folder), "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
                 "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Siti"]) == 0
    assert main(["--data-dir", str(folder), "keys", "export", "--out", str(tmp_path / "out")]) == 0
    i18n.set_language("en")
    ctx = AppContext.open(folder)
    try:
        assert keys.protection(ctx.db) == "install"  # as the first-run dialog seals them
        assert provisioning.enrollment_written_at(ctx.db)
    finally:
        ctx.close()
