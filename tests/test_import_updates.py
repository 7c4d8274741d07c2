"""Drafts for incomplete workers, readiness in the roster and the BPJS export, updates by re-import."""

from __future__ import annotations

from rentan_desktop.roster import importer, queries, readiness, service
from rentan_desktop.store import audit
from tests.sheet_corpus import SPONSOR_NIP, table, worker_row, write_csv


def run(db, path, kind="workers", **kw):
    return importer.run_import(db, path, kind, operator="Siti", **kw)


def sponsor(db):
    return service.save_sponsor(db, "Siti", {"kind": "pns", "nip": SPONSOR_NIP, "name": "Siti Aminah"})


def test_a_worker_without_the_mothers_name_comes_in_as_a_draft_listing_what_is_missing(db, tmp_path):
    sponsor(db)
    rows = [worker_row(1, **{"NIP PENANGGUNG": SPONSOR_NIP}),
            # A district outside the install's Pemda: its regency cannot be taken from the Pemda (QA walk r4, 5).
            worker_row(2, **{"NIP PENANGGUNG": SPONSOR_NIP, "NAMA IBU KANDUNG": "", "KABUPATEN/KOTA": "",
                             "KECAMATAN": "Kahayan Hilir", "AHLI WARIS": "-", "BULAN MULAI": ""})]
    report = run(db, write_csv(tmp_path / "dtks.csv", table(rows)))
    assert report.new == 2 and report.drafts == 1
    draft = next(o for o in report.outcomes if o.row == 3)
    assert draft.missing == ["mother_name", "regency", "heir_name", "start_month"]
    assert any("draft" in line and "row 3" in line for line in report.lines())
    ready = queries.worker_ids(db, queries.WorkerFilter(readiness="ready"))
    incomplete = queries.worker_ids(db, queries.WorkerFilter(readiness="incomplete"))
    assert len(ready) == 1 and len(incomplete) == 1
    row = queries.fetch_workers(db, incomplete)[incomplete[0]]
    assert row["missing"] == ["mother_name", "regency", "heir_name", "start_month"]


def test_roster_ready_means_the_registration_export_takes_it(db, tmp_path):
    """Every worker the roster calls ready is in the export's ready list, and no other."""
    from rentan_desktop.disnaker import bpjs_export

    sponsor(db)
    rows = [worker_row(i, **{"NIP PENANGGUNG": SPONSOR_NIP}) for i in range(1, 4)]
    rows[1]["AHLI WARIS"] = ""
    rows[2]["NIP PENANGGUNG"] = ""
    run(db, write_csv(tmp_path / "w.csv", table(rows)))
    shown_ready = {queries.fetch_workers(db, [i])[i]["uid"]
                   for i in queries.worker_ids(db, queries.WorkerFilter(readiness="ready"))}
    exported = {w["uid"] for w in bpjs_export.readiness(db).ready}
    assert shown_ready == exported and len(exported) == 1
    held = {w["name"]: missing for w, missing in bpjs_export.readiness(db).incomplete}
    assert held == {"Pekerja Contoh 2": ["heir_name"], "Pekerja Contoh 3": ["sponsor_id"]}


def test_the_registration_export_says_who_was_held_back_and_why(disnaker_db, tmp_path):
    from rentan_desktop.disnaker import bpjs_export
    from tests.disnaker_data import feed_three_opds

    data = feed_three_opds(disnaker_db)
    result = bpjs_export.export_registration(disnaker_db, "rudi", tmp_path / "daftar.xlsx")
    lines = result.held_back_lines()
    eko = next(line for line in lines if "Eko Prasetyo" in line)
    assert "1.03" in eko and "Sponsor" in eko and "6271010512850005" not in eko  # the NIK is masked
    assert any("duplicate" in line for line in lines)  # Budi's NIK, held by two OPDs, awaits a decision
    assert data["workers"]["eko_no_sponsor"] not in {w["uid"] for w in bpjs_export.readiness(disnaker_db).ready}


def test_a_corrected_file_updates_matched_workers_field_by_field(db, tmp_path):
    sponsor(db)
    first = [worker_row(1, **{"NAMA IBU KANDUNG": "", "NIP PENANGGUNG": SPONSOR_NIP}), worker_row(2)]
    run(db, write_csv(tmp_path / "v1.csv", table(first)))
    corrected = [worker_row(1, **{"NAMA IBU KANDUNG": "Siti Maryam", "NIP PENANGGUNG": SPONSOR_NIP,
                                  "NO HP": "081399998888"}), worker_row(2)]
    path = write_csv(tmp_path / "v2.csv", table(corrected))

    without = run(db, path, dry_run=True)
    assert without.skipped == 1 and without.unchanged == 1 and without.with_changes_not_applied == 1
    assert "--update" in without.outcomes[0].reason or "--update" in without.outcomes[1].reason

    preview = run(db, path, dry_run=True, update=True)
    assert preview.updated == 1 and preview.unchanged == 1 and preview.skipped == 0
    changes = {c.field: (c.before, c.after) for o in preview.outcomes for c in o.changes}
    assert changes == {"mother_name": ("", "Siti Maryam"), "phone": ("+6281200000001", "+6281399998888")}
    assert any(line.startswith("update:") and "Siti Maryam" in line for line in preview.lines())
    assert db.execute("SELECT mother_name FROM workers WHERE name = 'Pekerja Contoh 1'").fetchone() == (None,)

    done = run(db, path, update=True)
    assert done.updated == 1
    worker = db.execute("SELECT uid, mother_name, phone FROM workers WHERE name = 'Pekerja Contoh 1'").fetchone()
    assert worker[1:] == ("Siti Maryam", "+6281399998888")
    entry = next(e for e in audit.history(db, worker[0]) if e["action"] == "update")
    assert entry["after"] == {"mother_name": "Siti Maryam", "phone": "+6281399998888"}
    assert "v2.csv" in entry["note"] and entry["operator"] == "Siti"
    assert db["workers"].count == 2


def test_a_corrected_personnel_list_updates_sponsors_by_nip(db, tmp_path):
    sponsor(db)
    path = write_csv(tmp_path / "s.csv", [["NIP", "NAMA", "JABATAN", "ESELON"],
                                          [SPONSOR_NIP, "Siti Aminah", "Kepala Dinas Pendidikan", "II.b"]])
    report = run(db, path, "sponsors", update=True)
    assert report.updated == 1
    row = db.execute("SELECT position, eselon, position_level FROM sponsors").fetchone()
    assert row == ("Kepala Dinas Pendidikan", "II.b", "head_opd")


def test_an_ended_record_is_not_updated_by_an_import(db, tmp_path):
    result = sponsor(db)
    service.end_sponsor(db, "Siti", result.uid, "2026-10-01", "Pensiun")
    path = write_csv(tmp_path / "s.csv", [["NIP", "NAMA", "JABATAN"], [SPONSOR_NIP, "Siti Aminah", "Staf"]])
    report = run(db, path, "sponsors", update=True)
    assert report.skipped == 1 and "ended" in report.outcomes[0].reason


def test_missing_fields_follow_the_registry():
    from rentan_desktop import fields

    assert set(readiness.REGISTRATION_FIELDS) == set(fields.bpjs_required("workers"))
    assert "mother_name" in readiness.missing_fields({"name": "x"})
