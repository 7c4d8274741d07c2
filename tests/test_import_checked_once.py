"""The wizard's check of every row is reused by its import: rows validated once, never stale."""

from __future__ import annotations

import os

import pytest

from rentan_desktop.roster import checked, importer, service, validate
from rentan_desktop.store import audit
from tests.sheet_corpus import SPONSOR_NIP, table, worker_row, write_csv


@pytest.fixture(autouse=True)
def _nothing_kept_between_tests():
    checked.forget()
    yield
    checked.forget()


def check(db, path, **kw):
    """What the wizard's check page does."""
    return importer.run_import(db, path, "workers", operator="Siti", dry_run=True, keep_checked=True, **kw)


def store(db, path, **kw):
    return importer.run_import(db, path, "workers", operator="Siti", **kw)


def workers_file(tmp_path, count=3, name="w.csv", **changes):
    rows = [worker_row(i, **{"NIP PENANGGUNG": SPONSOR_NIP}) for i in range(1, count + 1)]
    rows[0].update(changes)
    return write_csv(tmp_path / name, table(rows))


@pytest.fixture
def sponsor(db):
    return service.save_sponsor(db, "Siti", {"kind": "pns", "nip": SPONSOR_NIP, "name": "Siti Aminah"})


def refuse_validation(monkeypatch):
    def checked_again(*_a, **_k):
        raise AssertionError("the rows were validated again")

    monkeypatch.setattr(validate, "validate_worker", checked_again)
    monkeypatch.setattr(importer, "validate_worker", checked_again)


def test_the_import_after_the_check_writes_the_checked_rows_without_validating_again(db, tmp_path, sponsor,
                                                                                     monkeypatch):
    path = workers_file(tmp_path, 3, **{"NAMA IBU KANDUNG": ""})
    dry = check(db, path)
    assert (dry.new, dry.drafts, db["workers"].count) == (3, 1, 0)
    refuse_validation(monkeypatch)
    done = store(db, path)
    assert (done.new, done.drafts, done.skipped, done.dry_run) == (3, 1, 0, False)
    assert {o.status for o in done.outcomes} == {"imported"}
    rows = db.execute("SELECT name, mother_name, phone, sponsor_id, status FROM workers ORDER BY name").fetchall()
    assert [r[0] for r in rows] == ["Pekerja Contoh 1", "Pekerja Contoh 2", "Pekerja Contoh 3"]
    assert rows[0][1] is None and rows[1][2].startswith("+62") and rows[2][3] == sponsor.id
    assert {r[4] for r in rows} == {"draft"}
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log WHERE table_name = 'workers'")]
    assert actions == ["import"]  # one entry for the import stands for the 3 records it created
    assert all(audit.history(db, uid)[0]["action"] == "create"
               for (uid,) in db.execute("SELECT uid FROM workers").fetchall())


def test_the_same_records_as_an_import_without_a_check(db, tmp_path, sponsor):
    from rentan_desktop.store import db as store_db
    from rentan_desktop.store.site import initialise
    from tests.conftest import OPD

    path = workers_file(tmp_path, 4, **{"AHLI WARIS": "-"})
    check(db, path)
    store(db, path)
    other = store_db.memory()
    initialise(other, **OPD)
    service.save_sponsor(other, "Siti", {"kind": "pns", "nip": SPONSOR_NIP, "name": "Siti Aminah"})
    store(other, path)
    columns = ", ".join(c for c in validate.WORKER_FIELDS if c != "sponsor_id") + ", status, opd_id"
    query = f"SELECT {columns} FROM workers ORDER BY nik"
    assert db.execute(query).fetchall() == other.execute(query).fetchall()


def test_a_file_changed_after_the_check_is_read_and_checked_again(db, tmp_path, sponsor):
    path = workers_file(tmp_path, 2)
    check(db, path)
    before = os.stat(path)
    workers_file(tmp_path, 2, **{"NAMA": "Pekerja Dibetulkan"})
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # even with the time it had: by its content
    store(db, path)
    names = {r[0] for r in db.execute("SELECT name FROM workers")}
    assert "Pekerja Dibetulkan" in names and "Pekerja Contoh 1" not in names


def test_a_write_to_the_install_after_the_check_makes_the_import_check_again(db, tmp_path, sponsor):
    path = workers_file(tmp_path, 2)
    check(db, path)
    service.end_sponsor(db, "Siti", sponsor.uid, "2026-10-01", "Pensiun")
    done = store(db, path)
    assert done.new == 0 and done.skipped == 2
    assert all("ended" in o.reason for o in done.outcomes)
    assert db["workers"].count == 0


def test_an_import_with_other_options_than_the_check_does_what_its_own_options_say(db, tmp_path, sponsor):
    store(db, workers_file(tmp_path, 2, name="v1.csv"))
    path = workers_file(tmp_path, 2, name="v2.csv", **{"NO HP": "081399998888"})
    assert check(db, path, update=True).updated == 1
    done = store(db, path, update=False)  # not what was checked: the correction is not applied
    assert done.updated == 0 and done.with_changes_not_applied == 1
    assert db.execute("SELECT phone FROM workers WHERE name = 'Pekerja Contoh 1'").fetchone() == ("+6281200000001",)


def test_a_check_is_used_once(db, tmp_path, sponsor, monkeypatch):
    path = workers_file(tmp_path, 2)
    check(db, path)
    store(db, path)
    again = store(db, path)  # the first import wrote: the second checks every row and finds them here
    assert again.new == 0 and again.unchanged == 2


def test_updates_checked_by_the_wizard_are_applied_and_audited(db, tmp_path, sponsor, monkeypatch):
    store(db, workers_file(tmp_path, 2, name="v1.csv"))
    path = workers_file(tmp_path, 2, name="v2.csv", **{"NO HP": "081399998888"})
    dry = check(db, path, update=True)
    assert dry.updated == 1 and dry.unchanged == 1
    refuse_validation(monkeypatch)
    done = store(db, path, update=True)
    assert done.updated == 1 and [o.status for o in done.outcomes if o.changes] == ["updated"]
    uid, phone = db.execute("SELECT uid, phone FROM workers WHERE name = 'Pekerja Contoh 1'").fetchone()
    assert phone == "+6281399998888"
    entry = next(e for e in audit.history(db, uid) if e["action"] == "update")
    assert entry["after"] == {"phone": "+6281399998888"}
