"""The terminal does to records what the GUI does: edit, end, update by re-import, decide a duplicate."""

from __future__ import annotations

import csv
import io

import pytest

from rentan_desktop.cli import main
from rentan_desktop.context import AppContext
from rentan_desktop.store import audit
from tests.sheet_corpus import SPONSOR_NIP, table, worker_row, write_csv


@pytest.fixture
def folder(tmp_path, capsys):
    path = str(tmp_path / "d")
    assert main(["--data-dir", path, "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
                 "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Siti Rahma"]) == 0
    capsys.readouterr()
    return path


def rentan(folder, *args):
    return main(["--data-dir", folder, *args])


def query(folder, sql, params=()):
    ctx = AppContext.open(folder)
    try:
        return ctx.db.execute(sql, list(params)).fetchall()
    finally:
        ctx.close()


def seeded(folder, tmp_path, capsys):
    sponsors = write_csv(tmp_path / "s.csv", [["NIP", "NAMA", "JABATAN", "ESELON"],
                                              [SPONSOR_NIP, "Siti Aminah", "Kepala Seksi", "IV.a"]])
    assert rentan(folder, "import", "sponsors", str(sponsors)) == 0
    people = [worker_row(1, **{"NIP PENANGGUNG": SPONSOR_NIP, "HUBUNGAN": "Tetangga"}),
              worker_row(2, **{"NAMA IBU KANDUNG": ""})]
    assert rentan(folder, "import", "workers", str(write_csv(tmp_path / "w.csv", table(people)))) == 0
    out = capsys.readouterr().out
    assert "draft:" in out and "row 3" in out
    return people


def test_edit_and_end_a_worker(folder, tmp_path, capsys):
    people = seeded(folder, tmp_path, capsys)
    nik = people[1]["NIK"]
    assert rentan(folder, "roster", "edit-worker", nik, "--set", "NAMA IBU KANDUNG=Siti Maryam",
                  "--set", "phone=-") == 0
    assert query(folder, "SELECT mother_name, phone FROM workers WHERE nik = ?", [nik]) == [("Siti Maryam", None)]
    assert rentan(folder, "roster", "end-worker", nik, "--on", "30/11/2026", "--reason", "Pindah kota") == 0
    assert query(folder, "SELECT status, ended_on FROM workers WHERE nik = ?", [nik]) == [("ended", "2026-11-30")]
    # The worker's trail: its creation by the import (one entry for the import stands for every
    # record it created), then the edit and the ending.
    ctx = AppContext.open(folder)
    try:
        uid = ctx.db.execute("SELECT uid FROM workers WHERE nik = ?", [nik]).fetchone()[0]
        actions = [e["action"] for e in audit.history(ctx.db, uid)]
    finally:
        ctx.close()
    assert actions == ["create", "update", "end"]


def test_edit_refusals_are_one_line_with_exit_2(folder, tmp_path, capsys):
    people = seeded(folder, tmp_path, capsys)
    assert rentan(folder, "roster", "edit-worker", people[0]["NIK"], "--set", "TANGGAL LAHIR=31/02/1990") == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "dd/mm/yyyy" in err
    assert rentan(folder, "roster", "edit-worker", "6271010101010099", "--set", "name=X") == 2
    assert "No worker" in capsys.readouterr().err


def test_edit_and_end_a_sponsor(folder, tmp_path, capsys):
    seeded(folder, tmp_path, capsys)
    assert rentan(folder, "roster", "edit-sponsor", "19700314 199503 2 001", "--set", "ESELON=II.b",
                  "--set", "JABATAN=Kepala Dinas") == 0
    assert query(folder, "SELECT eselon, position_level FROM sponsors") == [("II.b", "head_opd")]
    assert rentan(folder, "roster", "end-sponsor", SPONSOR_NIP, "--on", "01/12/2026", "--reason", "Pensiun") == 0
    assert query(folder, "SELECT status FROM sponsors") == [("ended",)]


def test_import_update_and_nothing_imported_exit_codes(folder, tmp_path, capsys):
    people = seeded(folder, tmp_path, capsys)
    people[1]["NAMA IBU KANDUNG"] = "Siti Maryam"
    corrected = write_csv(tmp_path / "w2.csv", table(people))
    assert rentan(folder, "import", "workers", str(corrected), "--dry-run") == 1  # differs; not applied
    assert rentan(folder, "import", "workers", str(corrected), "--dry-run", "--update") == 0
    out = capsys.readouterr().out
    assert "update: w2.csv, row 3, Mother's maiden name: '' -> 'Siti Maryam'" in out
    assert rentan(folder, "import", "workers", str(corrected), "--update") == 0
    assert query(folder, "SELECT count(*) FROM workers WHERE mother_name = 'Siti Maryam'") == [(1,)]
    header_only = write_csv(tmp_path / "h.csv", [list(worker_row(0))])
    capsys.readouterr()
    assert rentan(folder, "import", "workers", str(header_only)) == 2
    assert "nothing was imported" in capsys.readouterr().err


def test_roster_readiness_filter_and_missing_column(folder, tmp_path, capsys):
    seeded(folder, tmp_path, capsys)
    assert rentan(folder, "roster", "workers", "--readiness", "incomplete") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["NAMA"] for r in rows] == ["Pekerja Contoh 2"]
    assert "Mother's maiden name" in rows[0]["DATA KURANG"]


def test_exported_roster_reimports_with_the_same_values(folder, tmp_path, capsys):
    seeded(folder, tmp_path, capsys)
    rentan(folder, "roster", "sponsors")
    (tmp_path / "s_out.csv").write_text(capsys.readouterr().out)
    rentan(folder, "roster", "workers")
    exported = capsys.readouterr().out
    (tmp_path / "w_out.csv").write_text(exported)
    first = next(csv.DictReader(io.StringIO(exported)))
    assert first["HUBUNGAN"] == "TETANGGA" and first["HUBUNGAN AHLI WARIS"] == "SUAMI/ISTRI"
    other = str(tmp_path / "other")
    rentan(other, "init", "--role", "opd", "--pemda", "Kota Palangka Raya", "--opd-code", "1.02",
           "--opd-name", "Dinas Kesehatan", "--operator", "Rudi")
    assert rentan(other, "import", "sponsors", str(tmp_path / "s_out.csv")) == 0
    assert rentan(other, "import", "workers", str(tmp_path / "w_out.csv")) == 0
    columns = ("nik, name, birth_place, birth_date, gender, mother_name, phone, street, rt, rw, village, district, "
               "regency, occupation, heir_name, heir_relationship, relationship, start_month, jht, declared_income")
    sql = f"SELECT {columns} FROM workers ORDER BY nik"
    assert query(other, sql) == query(folder, sql)
    assert rentan(folder, "import", "workers", str(tmp_path / "w_out.csv")) == 0  # unchanged here
    assert "2 rows match records already here" in capsys.readouterr().out


@pytest.fixture
def disnaker(tmp_path, capsys):
    path = str(tmp_path / "dis")
    assert main(["--data-dir", path, "init", "--role", "disnaker", "--pemda", "Kota Palangka Raya",
                 "--operator", "Rudi"]) == 0
    capsys.readouterr()
    return path


def test_opd_details_set_from_the_terminal(disnaker, capsys):
    assert rentan(disnaker, "opd", "add", "--code", "1.01", "--name", "Dinas Pendidikan") == 0
    assert rentan(disnaker, "opd", "set", "1.01", "--head", "Dr. Siti Aminah", "--asn", "420") == 0
    assert query(disnaker, "SELECT name, head_name, asn_count FROM opds WHERE code = '1.01'") == [
        ("Dinas Pendidikan", "Dr. Siti Aminah", 420)]
    assert rentan(disnaker, "opd", "set", "9.99", "--asn", "1") == 2


def test_duplicate_decided_from_the_terminal(disnaker, capsys):
    from tests.disnaker_data import feed_three_opds, nik

    ctx = AppContext.open(disnaker)
    try:
        data = feed_three_opds(ctx.db)
    finally:
        ctx.close()
    assert rentan(disnaker, "duplicates", "list") == 0
    listed = capsys.readouterr().out
    assert "1.01" in listed and "1.02" in listed and nik(1) not in listed  # the NIK is masked
    assert rentan(disnaker, "duplicates", "decide", nik(1), "--stands", "1.02", "--note", "") == 2
    assert rentan(disnaker, "duplicates", "decide", nik(1), "--stands", "1.02", "--note", "Didaftar lebih dulu") == 0
    outcomes = dict(query(disnaker, "SELECT worker_uid, outcome FROM duplicate_decisions WHERE superseded = 0"))
    assert outcomes == {data["workers"]["budi_b"]: "stands", data["workers"]["budi_a"]: "withdraw"}


def test_roster_lists_the_workers_bpjs_rejected_as_the_gui_filter_does(folder, tmp_path, capsys):
    seeded(folder, tmp_path, capsys)
    ctx = AppContext.open(folder)
    try:
        with ctx.db.conn:
            ctx.db.execute("UPDATE workers SET bpjs_status = 'rejected', bpjs_reason = 'NIK tidak ditemukan' "
                           "WHERE name = 'Pekerja Contoh 1'")
    finally:
        ctx.close()
    capsys.readouterr()
    assert rentan(folder, "roster", "workers", "--readiness", "rejected") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["NAMA"] for r in rows] == ["Pekerja Contoh 1"]


def test_missing_column_follows_the_one_readiness_rule(folder, tmp_path, capsys):
    """A registered worker (KPJ given, active) lacking a field BPJS needed is not 'missing data': the
    roster, the home count and the registration export do not count him, so the CSV does not either."""
    seeded(folder, tmp_path, capsys)
    query(folder, "UPDATE workers SET status = 'active', kpj = '26001200000', bpjs_status = 'accepted' "
                  "WHERE name = 'Pekerja Contoh 2'")
    capsys.readouterr()
    assert rentan(folder, "roster", "workers") == 0
    rows = {r["NAMA"]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert rows["Pekerja Contoh 2"]["DATA KURANG"] == ""
    assert rentan(folder, "roster", "workers", "--readiness", "incomplete") == 0
    assert list(csv.DictReader(io.StringIO(capsys.readouterr().out))) == []
