"""QA walk r5, 9: an OPD list whose Jumlah Pegawai says "86 orang" was refused whole."""

from __future__ import annotations

import pytest

from rentan_desktop.disnaker import registry


@pytest.mark.parametrize("written, count", [
    ("86 orang", 86), ("86 org", 86), ("1.250 pegawai", 1250), ("412 ASN", 412), ("1.015", 1015), ("86", 86),
])
def test_a_count_written_with_its_unit_is_read_as_the_number(written, count):
    clean, issues = registry.validate_opd({"code": "4.02", "name": "Badan Pendapatan Daerah", "asn_count": written})
    assert issues == [] and clean["asn_count"] == count


@pytest.mark.parametrize("written", ["banyak", "86 orang 2", "kurang lebih 80", "-5"])
def test_a_count_that_is_not_a_number_is_still_refused(written):
    _clean, issues = registry.validate_opd({"code": "4.02", "name": "Bapenda", "asn_count": written})
    assert [i.field for i in issues] == ["asn_count"]


def test_the_opd_list_with_a_unit_in_the_count_imports(disnaker_db, tmp_path):
    path = tmp_path / "opd.csv"
    path.write_text("Kode Unit Kerja;Nama Perangkat Daerah;Jumlah Pegawai\n1.01;Dinas Pendidikan;1.250\n"
                    "4.02;Badan Pendapatan Daerah;86 orang\n", encoding="utf-8")
    report = registry.import_opds(disnaker_db, "yusuf", path)
    assert report.ok and report.applied and sorted(report.created) == ["1.01", "4.02"]
    counts = dict(disnaker_db.execute("SELECT code, asn_count FROM opds").fetchall())
    assert counts == {"1.01": 1250, "4.02": 86}
