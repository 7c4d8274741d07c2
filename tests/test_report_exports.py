"""Exports of a report: .xlsx with typed cells, CSV, clipboard text and a PDF with its charts."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import openpyxl
import pytest
from pypdf import PdfReader

from rentan_desktop.reports.csv_export import tsv, write_csv
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.reports.pdf import write_pdf
from rentan_desktop.reports.registry import build
from rentan_desktop.reports.xlsx import sheet_names, write_xlsx
from tests import report_data

P = ReportParams(month="2026-11", from_month="2026-09", to_month="2026-11", today=report_data.TODAY)


@pytest.fixture
def city(disnaker_db):
    report_data.load(disnaker_db)
    return disnaker_db


def test_xlsx_has_one_sheet_per_table_with_typed_cells(city, tmp_path):
    report = build(city, "money", P)
    out = write_xlsx(report, tmp_path / "money.xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == sheet_names(report)
    assert len(book.sheetnames) == len(report.tables) == 3
    ws = book[book.sheetnames[0]]
    assert ws["A1"].value.startswith("Contributions")
    assert [c.value for c in ws[4]] == [c.title for c in report.table("by_month").columns]
    month, workers, due = ws["A5"].value, ws["B5"].value, ws["C5"].value
    assert month == dt.datetime(2026, 9, 1) and workers == 4 and due == 67_200
    assert ws["C5"].number_format == '"Rp"#,##0'
    assert ws["A8"].value == "Total" and ws["C8"].value == 201_600
    by_opd = book[book.sheetnames[2]]
    assert by_opd["F5"].value == pytest.approx(0.5) and by_opd["F5"].number_format == "0.0%"


def test_xlsx_keeps_nik_and_nip_as_text(city, tmp_path):
    book = openpyxl.load_workbook(write_xlsx(build(city, "duplicates", P), tmp_path / "d.xlsx"))
    ws = book[book.sheetnames[1]]
    assert ws["A5"].value == "6271014505900001" and ws["A5"].data_type == "s"
    book = openpyxl.load_workbook(write_xlsx(build(city, "compliance", P), tmp_path / "c.xlsx"))
    assert book[book.sheetnames[1]]["C5"].value == "198502022010011002"


def test_csv_writes_one_file_per_table_or_the_chosen_one(city, tmp_path):
    report = build(city, "money", P)
    files = write_csv(report, tmp_path / "money.csv")
    assert [f.name for f in files] == ["money-by_month.csv", "money-arrears.csv", "money-by_opd.csv"]
    text = files[0].read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == "Month,Workers due,Due,Months paid,Paid,Outstanding"
    assert text[1] == "2026-09,4,67200,3,50400,16800"
    assert text[-1] == "Total,,201600,6,100800,100800"
    one = write_csv(report, tmp_path / "a.csv", "arrears")
    assert [f.name for f in one] == ["a.csv"]


def test_clipboard_text_is_tab_separated_numbers(city):
    table = build(city, "money", P).table("by_month")
    lines = tsv(table).splitlines()
    assert lines[0].split("\t") == [c.title for c in table.columns]
    assert lines[1].split("\t") == ["September 2026", "4", "67200", "3", "50400", "16800"]
    assert len(lines) == 5  # header, 3 months, total
    assert tsv(table, [2]).splitlines()[1].startswith("November 2026\t4\t67200")


@pytest.mark.parametrize("key", ["ranking", "summary", "workers"])
def test_pdf_has_the_figures_and_charts(city, tmp_path, key):
    report = build(city, key, P)
    out = write_pdf(report, tmp_path / f"{key}.pdf", city)
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert report.title in text
    for chart in report.charts:
        assert chart.title in text  # the chart is drawn with its title as real text
    if key == "ranking":
        assert "Dinas Kesehatan" in text and "100.0%" in text and "66.7%" in text
    if key == "summary":
        assert len(reader.pages) == 1  # the mayor's page
        assert "Rp16.800" in text


def test_pdf_cuts_very_long_tables_and_says_so(city, tmp_path, monkeypatch):
    from rentan_desktop.reports import pdf

    monkeypatch.setattr(pdf, "PDF_ROW_LIMIT", 1)
    out = write_pdf(build(city, "duplicates", P), tmp_path / "d.pdf", city)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "The first 1 of 2 rows are printed" in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_xlsx_opens_in_libreoffice_with_numbers_as_numbers(city, tmp_path):
    out = write_xlsx(build(city, "money", P), tmp_path / "money.xlsx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", str(tmp_path / "lo"), str(out)], check=True, capture_output=True, timeout=120)
    sheets = sorted((tmp_path / "lo").glob("money-*.csv"))
    assert len(sheets) == 3
    lines = next(s for s in sheets if "Due, paid" in s.read_text()).read_text().splitlines()
    assert lines[3].startswith("Month,Workers due,Due")
    assert "Total,,201600,6,100800,100800" in lines  # typed numbers, not text


@pytest.mark.parametrize("role_fixture", ["db", "disnaker_db"])
def test_every_report_builds_and_exports_on_a_fresh_install(request, tmp_path, role_fixture):
    from rentan_desktop.reports.registry import reports_for
    from rentan_desktop.store import settings

    db = request.getfixturevalue(role_fixture)
    for spec in reports_for(settings.get(db, "role")):
        report = build(db, spec.key, P)
        assert PdfReader(write_pdf(report, tmp_path / f"{spec.key}.pdf", db)).pages
        assert openpyxl.load_workbook(write_xlsx(report, tmp_path / f"{spec.key}.xlsx")).sheetnames


@pytest.mark.parametrize("language", ["en", "id"])
def test_summary_stays_on_one_page_for_a_long_period(city, tmp_path, language):
    from rentan_desktop import i18n

    i18n.set_language(language)  # Indonesian labels are longer
    report = build(city, "summary", ReportParams(month="2026-11", from_month="2024-01", to_month="2026-11"))
    assert len(report.charts[0].categories) == 35 and len(report.table("trend").rows) == 12
    assert len(PdfReader(write_pdf(report, tmp_path / "s.pdf", city)).pages) == 1
