"""QA walk r5, 1: the total line under a DUK ("Jumlah" in the NO column, "10 orang" under NAMA) is not
imported as a sponsor named "10 orang"; it is counted with the group, total or note rows."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import rows
from tests.test_import import run, write_xlsx

STAFF = [["NO", "NIP", "NAMA", "JABATAN", "JENIS PEGAWAI"],
         [1, "197803132000021002", "Drs. H. Ahmad Yani, M.Pd", "Kepala Dinas", "PNS"],
         [2, "197106191993092003", "Hj. Rusmini, S.Pd", "Sekretaris", "PNS"],
         [3, "", "Sri Wahyuni", "Tenaga kebersihan", "Non ASN"]]  # a real sponsor without NIP


@pytest.mark.parametrize("total", [
    ["Jumlah", None, "10 orang"],
    ["JUMLAH", None, None, None, "3"],
    ["Total", "", "3 org"],
    [None, None, "3 orang"],
    [None, None, "3 pegawai", None, None],
])
def test_a_total_line_is_not_a_sponsor(db, tmp_path, total):
    path = write_xlsx(tmp_path / "duk.xlsx", STAFF + [total])
    report = run(db, path, "sponsors")
    assert report.imported == 3 and db["sponsors"].count == 3
    assert {r["name"] for r in db.query("SELECT name FROM sponsors")} == {
        "Drs. H. Ahmad Yani, M.Pd", "Hj. Rusmini, S.Pd", "Sri Wahyuni"}
    assert sum(report.not_data.values()) + report.footer_rows == 1


@pytest.mark.parametrize(("cells", "person"), [
    ([None, None, "10 orang"], False),
    (["Jumlah", None, "Budi"], False),
    ([4, None, "Budi Santoso"], True),  # a sponsor without NIP stays a row to import
    ([5, None, "Orang Tua Asuh"], True),
])
def test_total_lines_by_their_cells(cells, person):
    mapping = {1: "nip", 2: "name"}
    assert (rows.classify(cells, mapping, "nip", frozenset({0})) is None) is person
