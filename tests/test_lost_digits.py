"""A NIK, NIP, KPJ or phone number whose last digits a spreadsheet lost is refused with the cell as the
clerk sees it (never digits a float makes up, 1.98308172010011E+17 -> 198308172010011008), why it
happened and how to get it back; from the import core and the terminal alike."""

from __future__ import annotations

import openpyxl
import pytest

from rentan_desktop.cli import main as cli_main
from rentan_desktop.roster import convert
from rentan_desktop.roster.row_data import sponsor_data


@pytest.mark.parametrize(("cell", "field", "label", "shown"), [
    (1.98308172010011e17, "nip", "NIP", "1.98308172010011E+17"),   # an xlsx number cell
    ("1.98308E+17", "nip", "NIP", "1.98308E+17"),                  # a CSV saved from Excel
    (6.27101150895001e15, "nik", "NIK", "6.27101150895001E+15"),   # 16 digits, Excel kept 15
    ("6,27104E+15", "nik", "NIK", "6,27104E+15"),                  # Indonesian decimal comma
])
def test_identifier_with_lost_digits_quotes_the_cell(cell, field, label, shown):
    with pytest.raises(convert.Refused) as refused:
        convert.identifier(cell, field, label)
    reason = refused.value.reason
    assert refused.value.field == field and shown in reason
    assert "Text" in reason and "original file" in reason and "lost" in reason
    if isinstance(cell, float):
        assert str(int(cell)) not in reason  # no digits made up from the number


@pytest.mark.parametrize(("convert_cell", "cell"), [
    (lambda c: convert.digits_text(c, "kpj", "KPJ"), "8.61867E+10"),
    (convert.phone, "8.12346E+10"),
])
def test_kpj_and_phone_in_scientific_notation_are_explained(convert_cell, cell):
    with pytest.raises(convert.Refused) as refused:
        convert_cell(cell)
    assert cell in refused.value.reason and "scientific notation" in refused.value.reason


@pytest.mark.parametrize(("convert_cell", "cell", "value"), [
    (lambda c: convert.digits_text(c, "kpj", "KPJ"), 86186717983.0, "86186717983"),  # 11 digits survive
    (convert.phone, 81234567890.0, "081234567890"),
    (lambda c: convert.identifier(c, "nik", "NIK"), "6271011508950012", "6271011508950012"),
])
def test_numbers_that_kept_their_digits_still_import(convert_cell, cell, value):
    assert convert_cell(cell) == value


def test_the_terminal_names_the_cell_and_the_fix_in_indonesian(opd_ctx, tmp_path, capsys, monkeypatch):
    book = openpyxl.Workbook()
    book.active.append(["NIP", "NAMA", "JABATAN"])
    book.active.append([1.98308172010011e17, "Budi Santoso", "Staf"])
    book.active.append(["198308172010011005", "Ani Lestari", "Staf"])
    path = tmp_path / "pegawai.xlsx"
    book.save(path)
    monkeypatch.setenv("RENTAN_LANGUAGE", "id")
    opd_ctx.close()
    code = cli_main(["--data-dir", str(opd_ctx.data_dir), "import", "sponsors", str(path), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 1
    assert "baris 2, kolom NIP, isi '1.98308172010011E+17'" in out
    assert "Excel hanya menyimpan 15 digit" in out and "Ubah format kolom menjadi Teks" in out
    assert "198308172010011008" not in out


def test_sponsor_row_with_a_lost_nip_stops_at_the_nip():
    with pytest.raises(convert.Refused) as refused:
        sponsor_data({"nip": "1.98308E+17", "name": "Budi"})
    assert refused.value.field == "nip"
