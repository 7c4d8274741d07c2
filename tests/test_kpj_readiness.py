"""A worker who already has a KPJ is never 'ready to register' (QA walk r3, defect 39).

The BPJS registration export skips a KPJ; the roster's ready filter and Beranda follow the same rule.
"""

from __future__ import annotations

import pytest

from rentan_desktop.roster import queries, readiness
from tests.pay_helpers import add_sponsor, add_worker


@pytest.mark.parametrize("status, kpj, ready", [
    ("draft", None, True),
    ("draft", "", True),
    ("draft", "25123456789", False),     # already a BPJS member: not registered again
    ("active", "25123456789", False),    # registered
    ("ended", None, False),              # not to be registered any more
    # An 'active' record without a KPJ was never sent to BPJS (an old install or a legacy import):
    # the registration export takes it, so it is ready (one readiness rule, roster/readiness.py).
    ("active", None, True),
])
def test_ready_to_register_excludes_a_kpj(db, status, kpj, ready):
    w = add_worker(db, "2026-11", status=status, sponsor=add_sponsor(db), name="Bambang Irawan")
    complete = {"birth_place": "Palangka Raya", "birth_date": "1990-01-01", "gender": "L", "mother_name": "Siti",
                "street": "Jl. Tjilik Riwut", "village": "Bukit Tunggal", "district": "Jekan Raya",
                "regency": "Kota Palangka Raya", "occupation": "Ojek", "heir_name": "Ani",
                "heir_relationship": "spouse", "kpj": kpj}
    db.execute(f"UPDATE workers SET {', '.join(f'{c} = ?' for c in complete)} WHERE id = ?",
               [*complete.values(), w["id"]])
    assert not db.execute(f"SELECT count(*) FROM workers w WHERE w.id = ? AND {readiness.incomplete_sql()}",
                          [w["id"]]).fetchone()[0]           # complete: only the KPJ decides
    ids = queries.worker_ids(db, queries.WorkerFilter(readiness="ready"), "name", False)
    assert (w["id"] in ids) is ready


@pytest.mark.parametrize("kpj, told", [("25123456789", True), ("", False)])
def test_an_imported_worker_with_a_kpj_is_told_in_the_import_result(db, tmp_path, kpj, told):
    from rentan_desktop.roster import importer

    path = tmp_path / "pekerja.csv"
    path.write_text("NAMA,NIK,NO KPJ,BULAN MULAI\nBambang Irawan,6271010101900001,"
                    f"{kpj},11/2026\n", encoding="utf-8")
    report = importer.run_import(db, path, "workers", operator="Siti", dry_run=True)
    [outcome] = report.outcomes
    assert any("KPJ is given" in w for w in outcome.warnings) is told
