"""The signature block under a staff list ("Palangka Raya, 30 November 2026", "Kepala Dinas", the
signatory's name and NIP) is not imported as sponsors (QA walk r4, 1: two fake sponsors counted in quotas)."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import rows
from tests.test_import import run, write_xlsx

STAFF = [["NO", "NIP", "NAMA", "JABATAN", "JENIS PEGAWAI"],
         [1, "197803132000021002", "Drs. H. Ahmad Yani, M.Pd", "Kepala Dinas", "PNS"],
         [2, "197106191993092003", "Hj. Rusmini, S.Pd", "Sekretaris", "PNS"],
         [3, "", "Sri Wahyuni", "Tenaga kebersihan", "Non ASN"]]  # a real sponsor without NIP
SIGNATURE = [[None, None, "Palangka Raya, 30 November 2026"],
             [None, None, "a.n. Kepala Dinas"],
             [None, None, "Sekretaris"],
             [],
             [None, None, "Hj. RUSMINI, S.Pd"],
             [None, None, "Pembina (IV/a)"],
             [None, None, "NIP. 19710619 199309 2 003"]]


def test_signature_block_is_counted_as_not_people(db, tmp_path):
    path = write_xlsx(tmp_path / "pegawai.xlsx", STAFF + [[]] + SIGNATURE)
    report = run(db, path, "sponsors")
    assert report.imported == 3 and db["sponsors"].count == 3
    names = {r["name"] for r in db.query("SELECT name FROM sponsors")}
    assert "Sri Wahyuni" in names and not any("Palangka" in n or n.startswith("Kepala") for n in names)
    assert report.not_data[rows.SIGNATURE] == 6
    assert "6 signature lines under the table" in report.summary()


@pytest.mark.parametrize(("text", "signature"), [
    ("Palangka Raya, 30 November 2026", True),
    ("Kasongan,   ........ 2026", True),
    ("Sampit, 01/12/2026", True),
    ("Plt. Kepala Dinas", True),
    ("NIP. 19710619 199309 2 003", True),
    ("Penata Tk. I (III/d)", True),
    ("Budi Santoso, S.T", False),
    ("Hj. Rusmini, S.Pd", False),
    ("Siti Aminah", False),
])
def test_signature_lines(text, signature):
    assert rows.signature_line(text) is signature


def test_a_nipless_sponsor_among_nip_rows_is_named_in_the_check(db, tmp_path):
    """Walk r4, 1: a row without NIP in a list where every other row has one is at least a warning."""
    path = write_xlsx(tmp_path / "pegawai.xlsx", STAFF + [[4, "196902141997021004", "Budi", "Staf", "PNS"],
                                                        [5, "197009141992102005", "Maria", "Staf", "PNS"]])
    report = run(db, path, "sponsors", dry_run=True)
    warned = {o.name: o.warnings for o in report.outcomes if o.warnings}
    assert list(warned) == ["Sri Wahyuni"] and "No NIP, while the other rows have one" in warned["Sri Wahyuni"][0]
