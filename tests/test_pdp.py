"""UU PDP: data subject export, pseudonymisation after retention, the personal data log, and
recovering a forgotten passphrase through Disnaker's escrow."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from rentan_desktop.cli import main as cli_main
from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.pdp import access_log, export, pseudonymise, subject
from rentan_desktop.roster import demo
from rentan_desktop.store import audit, settings
from tests.sync_support import PASSPHRASE, make_pair


def _filled(ctx, workers: int = 8):
    demo.generate(ctx.db, sponsors=4, workers=workers, opds=1, seed=5, operator="t")
    return ctx.db.execute("SELECT uid, nik, name FROM workers ORDER BY id LIMIT 1").fetchone()


def _pdf_text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_subject_export_writes_pdf_and_xlsx_and_is_logged(opd_ctx, tmp_path):
    from rentan_desktop.payments.demo import generate_payments

    _filled(opd_ctx)
    generate_payments(opd_ctx.db, seed=5, months=4)
    uid, nik, name = opd_ctx.db.execute("SELECT uid, nik, name FROM workers w WHERE EXISTS (SELECT 1 FROM "
                                        "payments p WHERE p.worker_id = w.id) ORDER BY id LIMIT 1").fetchone()
    assert subject.find(opd_ctx.db, "worker", nik) == uid
    pdf, xlsx = export.export_subject(opd_ctx.db, "worker", uid, tmp_path / "out", operator="Siti Rahma",
                                      pemda="Kota Palangka Raya")
    text = _pdf_text(pdf)
    assert nik in text and name.split()[0] in text and "Law 27/2022" in text
    book = openpyxl.load_workbook(xlsx)
    assert {"Record", "Payments", "Change history"} <= set(book.sheetnames)
    record = {row[0].value: row[1].value for row in book["Record"].iter_rows(min_row=2)}
    assert record["NIK"] == nik and record["Name"] == name
    # QA walk r3, defect 30: labels and values as the forms show them, never column names or codes.
    assert "status" not in record and "opd_id" not in record and "Status" in record
    assert record["Status"] in ("Draft", "Submitted", "Active", "Lapsed", "Ended")
    assert record["Birth date"][2] == "/" and "Dinas" in record["OPD"]
    payments = list(book["Payments"].iter_rows(values_only=True))
    assert payments and "Month" in payments[0] and all(str(c).startswith("Rp") for c in
                                                       [r[payments[0].index("Amount")] for r in payments[1:]])
    assert pdf.name == f"personal-data-{name.split()[0].lower()}-{nik[-4:]}.pdf" and "Exports and prints of this" in " ".join(book.sheetnames)
    logged = access_log.entries(opd_ctx.db)
    assert logged[0]["operator"] == "Siti Rahma" and logged[0]["action"] == "subject_export"
    assert logged[0]["subject_uid"] == uid and nik not in logged[0]["detail"]


def test_unknown_person_is_a_clear_message(opd_ctx):
    with pytest.raises(UserError, match="No worker with that number"):
        subject.find(opd_ctx.db, "worker", "3171000000000000")


def test_cli_pdp_export_and_log(opd_ctx, tmp_path, capsys):
    uid, nik, _name = _filled(opd_ctx)
    folder = str(opd_ctx.data_dir)
    opd_ctx.close()
    assert cli_main(["--data-dir", folder, "pdp", "export", "--worker", nik, "--out", str(tmp_path / "o")]) == 0
    written = capsys.readouterr().out.split()
    assert [p.endswith(s) for p, s in zip(written, (".pdf", ".xlsx"), strict=True)] == [True, True]
    assert cli_main(["--data-dir", folder, "pdp", "log"]) == 0
    assert "Data subject export" in capsys.readouterr().out


def test_pseudonymise_after_retention_keeps_record_and_payments(opd_ctx):
    from rentan_desktop.payments.demo import generate_payments

    uid, nik, name = _filled(opd_ctx)
    generate_payments(opd_ctx.db, seed=5, months=3)
    payments = opd_ctx.db.execute("SELECT count(*) FROM payments p JOIN workers w ON w.id = p.worker_id "
                                  "WHERE w.uid = ?", [uid]).fetchone()[0]
    opd_ctx.db.execute("UPDATE workers SET status = 'ended', ended_on = '2020-03-01' WHERE uid = ?", [uid])
    assert pseudonymise.due(opd_ctx.db, date(2026, 12, 1)) == []  # no retention period set: keep
    settings.put(opd_ctx.db, pseudonymise.SETTING, 5)
    assert pseudonymise.due(opd_ctx.db, date(2026, 12, 1)) == [uid]
    rev_before = audit.current_rev(opd_ctx.db)
    assert pseudonymise.pseudonymise(opd_ctx.db, "Siti Rahma", date(2026, 12, 1)) == 1
    row = opd_ctx.db.execute("SELECT nik, name, phone, mother_name, street, status, rev, birth_date "
                             "FROM workers WHERE uid = ?", [uid]).fetchone()
    assert row[0] != nik and row[1] != name and row[1].startswith("Pseudonim")
    assert row[2] is None and row[3] is None and row[4] is None and row[5] == "ended"
    assert row[6] > rev_before  # a new change number: the next bundle carries it to Disnaker
    assert row[7] is None or row[7].endswith("-01-01")
    assert opd_ctx.db.execute("SELECT count(*) FROM payments p JOIN workers w ON w.id = p.worker_id "
                              "WHERE w.uid = ?", [uid]).fetchone()[0] == payments
    trail = " ".join(str(h) for h in audit.history(opd_ctx.db, uid))
    assert nik not in trail and name not in trail
    assert pseudonymise.due(opd_ctx.db, date(2026, 12, 1)) == []


def test_print_paths_are_logged(opd_ctx, tmp_path):
    _filled(opd_ctx)
    folder = str(opd_ctx.data_dir)
    opd_ctx.close()
    assert cli_main(["--data-dir", folder, "print", "forms", "--status", "draft", "--out", str(tmp_path / "f.pdf")]) == 0
    again = AppContext.open(folder)
    assert access_log.entries(again.db)[0]["action"] == "print"
    again.close()


def test_forgotten_passphrase_is_recovered_through_disnaker_escrow(tmp_path, monkeypatch, capsys):
    import keyring

    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    pair = make_pair(tmp_path, workers=0)
    opd_folder, dis_folder = pair.opd.data_dir, pair.dis.data_dir
    pair.close()
    AppContext.open(opd_folder).db  # noqa: B018 - an opening after Disnaker is trusted writes the escrow copy
    # Every operator forgot the passphrase and the key store is gone.
    keyring.get_keyring().items.clear()
    monkeypatch.delenv("RENTAN_PASSPHRASE")
    stick = tmp_path / "stick2"
    assert cli_main(["--data-dir", str(opd_folder), "recovery", "request", "--out", str(stick)]) == 0
    request = capsys.readouterr().out.strip()
    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)  # Disnaker's own operator
    assert cli_main(["--data-dir", str(dis_folder), "recovery", "answer", request, "--out", str(stick)]) == 0
    answer = capsys.readouterr().out.strip()
    monkeypatch.delenv("RENTAN_PASSPHRASE")
    new = tmp_path / "new"
    new.write_text("a brand new passphrase\n")
    assert cli_main(["--data-dir", str(opd_folder), "recovery", "apply", answer, "--operator", "Siti Rahma",
                     "--passphrase-file", str(new)]) == 0
    ctx = AppContext.open(opd_folder)
    assert ctx.unlock("a brand new passphrase") == "Siti Rahma"
    assert ctx.site.opd_code == "1.01"
    ctx.close()
    # The answer is of no use to another install.
    with pytest.raises(UserError, match="another install"):
        from rentan_desktop.security import escrow

        escrow.apply_answer(dis_folder, answer, "X", "whatever long")


def test_pseudonymised_worker_reaches_disnaker_in_the_next_bundle(tmp_path, monkeypatch):
    from rentan_desktop.sync import export, importer
    from tests.sync_support import make_pair

    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    pair = make_pair(tmp_path, sponsors=3, workers=5)
    try:
        opd, dis = pair.opd, pair.dis
        first = export.export_bundle(opd.db, opd.data_dir, pair.stick, operator="Siti").path
        assert importer.apply(dis.db, dis.data_dir, first, "Rudi").status == "applied"
        uid, nik = opd.db.execute("SELECT uid, nik FROM workers ORDER BY id LIMIT 1").fetchone()
        opd.db.execute("UPDATE workers SET status = 'ended', ended_on = '2019-01-01' WHERE uid = ?", [uid])
        settings.put(opd.db, pseudonymise.SETTING, 5)
        assert pseudonymise.pseudonymise(opd.db, "Siti Rahma") == 1
        second = export.export_bundle(opd.db, opd.data_dir, pair.stick, operator="Siti").path
        assert importer.apply(dis.db, dis.data_dir, second, "Rudi").status == "applied"
        name, got_nik = dis.db.execute("SELECT name, nik FROM workers WHERE uid = ?", [uid]).fetchone()
        assert name.startswith("Pseudonim") and got_nik != nik
    finally:
        pair.close()


def test_cli_roster_csv_is_in_the_personal_data_log(opd_ctx, capsys):
    _filled(opd_ctx)
    workers = opd_ctx.db["workers"].count
    folder = str(opd_ctx.data_dir)
    opd_ctx.close()
    assert cli_main(["--data-dir", folder, "roster", "workers"]) == 0
    capsys.readouterr()
    assert cli_main(["--data-dir", folder, "pdp", "log"]) == 0
    logged = capsys.readouterr().out
    assert "Exported" in logged and f"roster workers as CSV, {workers} records" in logged
