"""QA walk r5, 15: the branch answers with what it has. A row still in process ("DALAM PROSES") no longer
blocks the whole result file: it is left as sent and waiting, and the other rows are recorded."""

from __future__ import annotations

import pytest

from rentan_desktop.disnaker import bpjs_export, bpjs_import
from tests.disnaker_data import nik
from tests.test_disnaker_bpjs import fed, worker, write_xlsx  # noqa: F401 - fed is a fixture


@pytest.mark.parametrize("word", ["DALAM PROSES", "Proses", "menunggu verifikasi", "Pending"])
def test_a_row_in_process_stays_waiting_and_the_rest_is_recorded(fed, tmp_path, word):  # noqa: F811
    db, data = fed
    w = data["workers"]
    bpjs_export.export_registration(db, "rudi", tmp_path / "reg.xlsx")
    result = write_xlsx(tmp_path / "hasil.xlsx", [
        ["NO", "NIK", "NO KPJ", "TGL KEPESERTAAN", "STATUS", "KETERANGAN"],
        [1, nik(1), "26 012345601", "01-12-2026", "SUKSES", None],
        [2, nik(2, female=True), None, None, word, None],
        [3, nik(3), "26 012345603", "01-12-2026", "SUKSES", None],
    ])
    waiting_before = worker(db, w["ani"])
    report = bpjs_import.import_result(db, "rudi", result)
    assert report.applied and (report.accepted, report.rejected, report.pending) == (2, 0, 1)
    assert worker(db, w["budi_a"])["kpj"] == "26012345601"
    assert worker(db, w["ani"]) == waiting_before  # still sent, waiting for the branch
    assert waiting_before["bpjs_status"] == "submitted"


def test_a_file_of_rows_in_process_only_records_nothing(fed, tmp_path):  # noqa: F811
    db, _data = fed
    bpjs_export.export_registration(db, "rudi", tmp_path / "reg.xlsx")
    result = write_xlsx(tmp_path / "hasil.xlsx", [
        ["NIK", "STATUS"], [nik(1), "Dalam proses"], [nik(3), "Dalam proses"]])
    preview = bpjs_import.import_result(db, "rudi", result, dry_run=True)
    assert preview.ok and preview.pending == 2 and preview.accepted + preview.rejected == 0
    assert [p.change for p in preview.planned] == ["wait", "wait"]


def test_an_unknown_status_word_still_names_the_three_answers(fed, tmp_path):  # noqa: F811
    db, _data = fed
    bpjs_export.export_registration(db, "rudi", tmp_path / "reg.xlsx")
    result = write_xlsx(tmp_path / "hasil.xlsx", [["NIK", "STATUS"], [nik(1), "Mungkin"]])
    report = bpjs_import.import_result(db, "rudi", result)
    assert not report.applied
    assert "in process (Proses)" in str(report.problems[0])
