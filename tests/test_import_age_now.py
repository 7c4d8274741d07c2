"""QA walk r5, 3 and 6: a worker list row outside the programme's ages (no start month in the file) is not
a plain draft: the dry run says BPJS cannot register this person at this age, judged at today; a child
under 15 is not imported at all."""

from __future__ import annotations

import csv

import pytest

from rentan_desktop.roster import importer
from rentan_desktop.store import clock
from tests.sheet_corpus import nik


def _file(tmp_path, year: int, start: str = ""):
    path = tmp_path / "siak.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["NIK", "NAMA_LGKP", "TGL_LHR", "JENIS_KLMIN", "JENIS_PKRJN", "BULAN MULAI"])
        out.writerow([nik(1, 1, year), "ANAK SEKOLAH", f"{year}-01-01", "LAKI-LAKI", "PELAJAR/MAHASISWA", start])
    return path


@pytest.mark.parametrize(("age", "warned"), [(15, True), (17, True), (30, False), (64, False), (70, True)])
def test_an_age_outside_the_programme_today_is_said_in_the_dry_run(db, tmp_path, age, warned):
    year = clock.today().year - age  # born 1 January: that age all year
    report = importer.run_import(db, _file(tmp_path, year), "workers", operator="Siti", dry_run=True)
    [row] = report.outcomes
    said = [w for w in row.warnings if "the programme covers ages 18 to under 65" in w]
    assert bool(said) is warned
    if warned:
        assert said[0].startswith("Age ") and "cannot register this worker now" in said[0]


def test_a_start_month_in_the_file_keeps_the_forms_own_age_rule(db, tmp_path):
    year = clock.today().year - 15
    month = f"{clock.today().year}-{clock.today().month:02d}"
    report = importer.run_import(db, _file(tmp_path, year, month), "workers", operator="Siti", dry_run=True)
    [row] = report.outcomes
    assert row.status == "skipped" and "Age at the start month is" in row.reason


def test_a_child_under_15_is_not_imported_at_all(db, tmp_path):
    """QA walk r5, 6: a child is not a worker (UU 13/2003); no exception reaches below 15."""
    report = importer.run_import(db, _file(tmp_path, clock.today().year - 14), "workers", operator="Siti",
                                 dry_run=True)
    [row] = report.outcomes
    assert row.status == "skipped" and "Age 14: a child under 15 is not a worker" in row.reason
    assert "give the reason" not in row.reason
