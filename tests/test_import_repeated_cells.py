"""Cells a list repeats are converted once per distinct text, and every row still gets its own verdict."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from rentan_desktop.roster import importer
from rentan_desktop.roster.convert import Refused
from rentan_desktop.roster.memo import Memo
from rentan_desktop.store import audit

HEADER = "NIK;NAMA;TANGGAL LAHIR;L/P;NAMA IBU KANDUNG;KELURAHAN;RT;RW;PEKERJAAN;BULAN MULAI"


def worker(i: int, birth: str | None = None, village: str = "Langkai") -> str:
    day, month, year = 1 + i % 28, 1 + i % 12, 80 + i % 15
    nik = f"627101{day:02d}{month:02d}{year:02d}{i + 1:04d}"
    return (f"{nik};Pekerja {i};{birth or f'{day:02d}/{month:02d}/19{year}'};L;Ibu {i};{village};001;002;"
            f"Petani;2026-01")


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def test_a_repeated_bad_cell_is_refused_on_every_row_that_has_it(db, tmp_path):
    rows = [worker(i) for i in range(6)]
    rows[1] = worker(1, birth="31/02/1985")  # the same impossible date, typed on three rows
    rows[3] = worker(3, birth="31/02/1985")
    rows[5] = worker(5, birth="31/02/1985")
    report = importer.run_import(db, write(tmp_path / "w.csv", rows), "workers", operator="Siti")
    refused = {o.row: o for o in report.outcomes if o.skipped}
    assert sorted(refused) == [3, 5, 7]  # spreadsheet rows: the header is row 1
    assert {(o.column, o.value) for o in refused.values()} == {("TANGGAL LAHIR", "31/02/1985")}
    assert all("dd/mm/yyyy" in o.reason for o in refused.values())
    assert report.new == 3 and db["workers"].count == 3


def test_repeated_places_are_stored_as_each_row_gives_them(db, tmp_path):
    rows = [worker(i, village=village) for i, village in enumerate(["Langkai", " Langkai ", "Pahandut  Seberang",
                                                                     "Langkai", "-"])]
    importer.run_import(db, write(tmp_path / "w.csv", rows), "workers", operator="Siti")
    villages = [r[0] for r in db.execute("SELECT village FROM workers ORDER BY id")]
    assert villages == ["Langkai", "Langkai", "Pahandut Seberang", "Langkai", None]


def test_imported_records_have_distinct_uuids_each_with_its_audit_entry(db, tmp_path):
    importer.run_import(db, write(tmp_path / "w.csv", [worker(i) for i in range(50)]), "workers", operator="Siti")
    stored = db.execute("SELECT uid, nik FROM workers ORDER BY id").fetchall()
    uids = [uid for uid, _ in stored]
    assert len(set(uids)) == 50 and all(uuid.UUID(u) for u in uids)
    assert uids == sorted(uids)  # in import order: appended to the uid index, not scattered over it
    # One entry for the import names the range of uids it created (consecutive), so each is found.
    (after,) = db.execute("SELECT after FROM audit_log WHERE action = 'import' AND table_name = 'workers'").fetchone()
    batch = json.loads(after)
    assert (batch["first_uid"], batch["last_uid"], batch["created"]) == (uids[0], uids[-1], 50)
    assert all(audit.history(db, uid)[0]["action"] == "create" for uid in uids)


def test_memo_keeps_texts_only_and_forgets_beyond_its_limit():
    calls: list[object] = []

    def convert(cell: object) -> str:
        calls.append(cell)
        if cell == "bad":
            raise Refused("field", "no")
        return f"<{cell}>"

    memo = Memo(convert, limit=2)
    assert memo("a") == memo("a") == "<a>" and calls == ["a"]
    assert memo(1) == "<1>" and memo(1.0) == "<1.0>" and memo(True) == "<True>"  # never mixed up with each other
    for _ in range(2):
        with pytest.raises(Refused):
            memo("bad")
    assert calls.count("bad") == 2  # a refusal is raised again, never remembered
    memo("b"), memo("c")
    assert len(memo) <= 2
