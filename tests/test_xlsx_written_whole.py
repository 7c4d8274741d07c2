"""A workbook appears under its name only when it is complete."""

from __future__ import annotations

import pytest

from rentan_desktop.reports import xlsx
from rentan_desktop.reports.model import Column, Report, Table


def _report() -> Report:
    table = Table(key="t", title="Daftar", columns=[Column("name", "Nama")], rows=[("Budi",), ("Citra",)])
    return Report(key="t", title="Uji", period="", scope="", tables=[table], pemda="")


def test_the_workbook_is_renamed_into_place_and_no_partial_file_is_left(tmp_path):
    out = xlsx.write_xlsx(_report(), tmp_path / "daftar.xlsx")
    assert out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["daftar.xlsx"]


def test_a_failed_write_leaves_neither_a_partial_file_nor_a_damaged_target(tmp_path, monkeypatch):
    target = tmp_path / "daftar.xlsx"
    target.write_bytes(b"the previous export")

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx, "_sheet", fail)
    with pytest.raises(OSError):
        xlsx.write_xlsx(_report(), target)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["daftar.xlsx"]
