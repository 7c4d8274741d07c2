"""QA walk r5, 16: after a BPJS result file, the answers reach the OPDs only in a return bundle.
Beranda and the result page name the OPDs still waiting for theirs, by one rule (disnaker/returns.py)."""

from __future__ import annotations

from rentan_desktop.disnaker import bpjs_export, bpjs_import, returns
from rentan_desktop.reports import home
from rentan_desktop.store import audit
from tests.disnaker_data import nik
from tests.test_disnaker_bpjs import fed, write_xlsx  # noqa: F401 - fed is a fixture


def _record_bundle_to(db, code: str) -> None:
    """What writing a return bundle records (sync/export.py): its peer and the last change it carried."""
    db.execute("INSERT INTO sync_exports(at, operator, peer, kind, sequence, rev_from, rev_to, file_name, file_sha256, "
               "counts) VALUES ('2026-12-02 10:00:00', 'rudi', ?, 'changes', 1, 1, ?, 'x.rentan.tar', '', '{}')",
               [code, audit.current_rev(db)])


def test_answers_not_yet_in_a_return_bundle_are_named_until_their_bundle_is_written(fed, tmp_path):  # noqa: F811
    db, _ = fed
    assert returns.unsent_results(db) == {}
    assert "returns" not in [line.key for line in home.disnaker_lines(db)]
    bpjs_export.export_registration(db, "rudi", tmp_path / "reg.xlsx")
    result = write_xlsx(tmp_path / "hasil.xlsx", [
        ["NIK", "NO KPJ", "TGL KEPESERTAAN", "STATUS", "KETERANGAN"],
        [nik(1), "26012345601", "01-12-2026", "SUKSES", None],   # 1.01
        [nik(3), None, None, "DITOLAK", "NIK tidak ditemukan"],  # 1.02
    ])
    assert bpjs_import.import_result(db, "rudi", result).applied
    assert returns.unsent_results(db) == {"1.01": 1, "1.02": 1}
    line = next(line for line in home.disnaker_lines(db) if line.key == "returns")
    assert line.target == home.T_SYNC and line.count == 2 and line.level == "todo"
    assert "1.01, 1.02" in line.text and "Sync" in line.text
    assert line.text == returns.next_step(returns.unsent_results(db))  # the result page says the same
    assert "acks" not in [line.key for line in home.disnaker_lines(db)]  # not "No OPD waits for an answer bundle"

    _record_bundle_to(db, "1.01")
    assert returns.unsent_results(db) == {"1.02": 1}
    _record_bundle_to(db, "1.02")
    assert returns.unsent_results(db) == {}
    assert [line.key for line in home.disnaker_lines(db)].count("returns") == 0
    assert "acks" in [line.key for line in home.disnaker_lines(db)]
