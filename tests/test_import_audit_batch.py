"""An import audits the records it creates with one entry (who, when, which file and sheet, its
SHA-256, the counts and the range of created uids), and each record's history still says who
created it, when and from which file; updates by re-import keep one entry per record."""

from __future__ import annotations

import hashlib
import json

from rentan_desktop.pdp import subject
from rentan_desktop.roster import importer, service
from rentan_desktop.store import audit
from tests.sheet_corpus import SPONSOR_NIP, table, worker_row, write_csv, write_xlsx


def run(db, path, operator="Siti", **kw):
    return importer.run_import(db, path, "workers", operator=operator, **kw)


def batch_entries(db):
    return [(uid, json.loads(after)) for uid, after in db.execute(
        "SELECT record_uid, after FROM audit_log WHERE action = 'import' ORDER BY id")]


def test_the_import_entry_names_file_hash_sheet_counts_and_created_uids(db, tmp_path):
    rows = [worker_row(i) for i in range(1, 6)] + [worker_row(6, NIK="12345")]
    path = write_xlsx(tmp_path / "daftar.xlsx", table(rows))
    report = run(db, path)
    assert (report.new, report.skipped) == (5, 1)
    assert [a for (a,) in db.execute("SELECT action FROM audit_log")] == ["import"]
    (_, batch), = batch_entries(db)
    uids = [u for (u,) in db.execute("SELECT uid FROM workers ORDER BY id")]
    assert batch["file"] == "daftar.xlsx" and batch["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (batch["new"], batch["skipped"], batch["created"]) == (5, 1, 5)
    assert (batch["first_uid"], batch["last_uid"]) == (uids[0], uids[-1])
    assert batch["sheet"] == "Data"
    # No copy of the people's data in the trail: the records themselves hold it.
    assert "Pekerja Contoh" not in db.execute("SELECT group_concat(after) FROM audit_log").fetchone()[0]


def test_each_record_says_who_created_it_when_and_from_which_file(db, tmp_path):
    run(db, write_csv(tmp_path / "pertama.csv", table([worker_row(i) for i in range(1, 4)])), operator="Siti")
    run(db, write_csv(tmp_path / "kedua.csv", table([worker_row(i) for i in range(4, 6)])), operator="Budi")
    at = {op: at for op, at in db.execute("SELECT operator, at FROM audit_log WHERE action = 'import'")}
    for uid, name in db.execute("SELECT uid, name FROM workers").fetchall():
        first = audit.history(db, uid)[0]
        number = int(name.rsplit(" ", 1)[1])
        operator, file = ("Siti", "pertama.csv") if number <= 3 else ("Budi", "kedua.csv")
        assert (first["action"], first["operator"], first["at"]) == ("create", operator, at[operator])
        assert file in first["note"] and first["table"] == "workers"


def test_a_record_made_with_the_form_is_not_taken_for_an_imported_one(db, tmp_path):
    sponsor = service.save_sponsor(db, "Ani", {"kind": "pns", "nip": SPONSOR_NIP, "name": "Siti Aminah"})
    run(db, write_csv(tmp_path / "w.csv", table([worker_row(i) for i in range(1, 3)])))
    trail = audit.history(db, sponsor.uid)
    assert [(e["action"], e["operator"]) for e in trail] == [("create", "Ani")]
    assert audit.history(db, "00000000-0000-7000-8000-000000000000") == []


def test_an_update_by_reimport_keeps_its_before_and_after_after_the_creation(db, tmp_path):
    run(db, write_csv(tmp_path / "v1.csv", table([worker_row(1), worker_row(2)])))
    uid = db.execute("SELECT uid FROM workers WHERE name = 'Pekerja Contoh 1'").fetchone()[0]
    run(db, write_csv(tmp_path / "v2.csv", table([worker_row(1, **{"NO HP": "081399998888"}), worker_row(2)])),
        operator="Budi", update=True)
    trail = audit.history(db, uid)
    assert [(e["action"], e["operator"]) for e in trail] == [("create", "Siti"), ("update", "Budi")]
    assert "v1.csv" in trail[0]["note"]
    assert trail[1]["after"] == {"phone": "+6281399998888"} and "v2.csv" in trail[1]["note"]
    (_, first), (_, second) = batch_entries(db)
    assert first["created"] == 2 and "first_uid" not in second and second["updated"] == 1


def test_the_personal_data_export_lists_the_import_that_created_the_worker(db, tmp_path):
    run(db, write_csv(tmp_path / "w.csv", table([worker_row(1)])))
    uid = db.execute("SELECT uid FROM workers").fetchone()[0]
    data = subject.collect(db, "worker", uid)
    assert [(e["action"], e["operator"]) for e in data.audit] == [("create", "Siti")]
    assert "w.csv" in data.audit[0]["note"]
