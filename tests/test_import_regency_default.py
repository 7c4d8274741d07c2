"""A village list that names the district (KECAMATAN) but not the regency: a new worker whose district
lies in the install's Pemda gets the Pemda as regency, so a DTKS/SIAK import is not 'Data kurang:
Kabupaten/kota' for every row (QA walk r4, 5); a district elsewhere, or a regency in the file, is kept."""

from __future__ import annotations

from rentan_desktop.domain import regions
from tests.test_import import run

HEAD = "NIK;NAMA;KECAMATAN;KABUPATEN\n"


def _csv(tmp_path, rows: list[str]):
    path = tmp_path / "dtks.csv"
    path.write_text(HEAD + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_regency_from_the_pemda_when_the_district_lies_in_it(db, tmp_path):
    path = _csv(tmp_path, ["6271041010701003;ARIYANTO;SABANGAU;",
                           "6271031010701004;RUSMINI;Jekan Raya;",
                           "6211011010701005;BUDI;Kahayan Hilir;",               # Pulang Pisau: not ours
                           "6271031010701006;SITI;Jekan Raya;Kabupaten Kapuas"])  # the file's own word stands
    report = run(db, path, "workers")
    regency = dict(db.execute("SELECT name, regency FROM workers").fetchall())
    assert regency == {"ARIYANTO": "Kota Palangka Raya", "RUSMINI": "Kota Palangka Raya", "BUDI": None,
                       "SITI": "Kabupaten Kapuas"}
    assert report.regency_filled == 2 and "Regency set to Kota Palangka Raya for 2 workers" in report.summary()


def test_a_reimport_never_overwrites_a_regency_with_the_default(db, tmp_path):
    run(db, _csv(tmp_path, ["6271041010701003;ARIYANTO;SABANGAU;Kota Palangka Raya"]), "workers")
    db.execute("UPDATE workers SET regency = 'Kabupaten Katingan'")
    run(db, _csv(tmp_path, ["6271041010701003;ARIYANTO;SABANGAU;"]), "workers", update=True)
    assert db.execute("SELECT regency FROM workers").fetchone()[0] == "Kabupaten Katingan"


def test_region_names_are_matched_as_people_write_them():
    assert regions.regency_code("Kota Palangka Raya") == regions.regency_code("KOTA PALANGKARAYA") == "62.71"
    assert regions.regency_code("Kab. Kendal") == "33.24" and regions.regency_code("Kota Kendal") is None
    assert regions.district_in("SABANGAU", "62.71") and not regions.district_in("Sabangau", "33.24")
