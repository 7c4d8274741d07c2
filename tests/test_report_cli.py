"""`rentan report` from a terminal."""

from __future__ import annotations

import openpyxl
from pypdf import PdfReader

from rentan_desktop.cli import main
from rentan_desktop.store import settings
from tests import report_data


def _ready(ctx) -> str:
    report_data.load(ctx.db)
    settings.put(ctx.db, "language", "en")
    folder = str(ctx.data_dir)
    ctx.close()
    return folder


def test_list_shows_the_disnaker_reports(disnaker_ctx, capsys):
    folder = _ready(disnaker_ctx)
    assert main(["--data-dir", folder, "report", "--list"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert names == ["compliance", "workers", "money", "ranking", "coverage", "freshness", "duplicates",
                     "summary", "paritrana"]


def test_list_at_an_opd(opd_ctx, capsys):
    folder = _ready(opd_ctx)
    assert main(["--data-dir", folder, "report", "--list"]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == ["compliance", "workers", "money"]


def test_xlsx_pdf_and_csv(disnaker_ctx, tmp_path, capsys):
    folder = _ready(disnaker_ctx)
    out = tmp_path / "money.xlsx"
    assert main(["--data-dir", folder, "report", "money", "--from", "2026-09", "--to", "2026-11",
                 "--format", "xlsx", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws["C8"].value == 201_600  # total due over the three months (w3 not charged for its end month)
    pdf = tmp_path / "ranking.pdf"
    assert main(["--data-dir", folder, "report", "ranking", "--from", "09/2026", "--to", "2026-11",
                 "--out", str(pdf)]) == 0
    assert "Dinas Kesehatan" in PdfReader(pdf).pages[0].extract_text()
    csv_out = tmp_path / "m.csv"
    assert main(["--data-dir", folder, "report", "money", "--opd", "1.01", "--from", "2026-09", "--to", "2026-11",
                 "--format", "csv", "--table", "by_month", "--out", str(csv_out)]) == 0
    assert csv_out.read_text(encoding="utf-8-sig").splitlines()[-1] == "Total,,100800,3,50400,50400"


def test_refusals_are_one_line(disnaker_ctx, tmp_path, capsys):
    folder = _ready(disnaker_ctx)
    capsys.readouterr()
    cases = [
        (["report", "nope", "--out", str(tmp_path / "x.pdf")], "Unknown report"),
        (["report", "money", "--month", "13/2026", "--out", str(tmp_path / "x.pdf")], "not a month"),
        (["report", "money", "--opd", "9.99", "--out", str(tmp_path / "x.pdf")], "9.99"),
        (["report", "money", "--out", str(tmp_path / "x.doc")], "--format"),
        (["report", "money"], "--out"),
        (["report", "money", "--format", "csv", "--table", "zzz", "--out", str(tmp_path / "x.csv")], "by_month"),
    ]
    for argv, words in cases:
        assert main(["--data-dir", folder, *argv]) == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and words in err, (argv, err)


def test_opd_install_reports_on_itself_only(opd_ctx, tmp_path, capsys):
    folder = _ready(opd_ctx)
    out = tmp_path / "c.csv"
    assert main(["--data-dir", folder, "report", "compliance", "--table", "by_level", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").splitlines()[-1] == "Total,,3,1,33.3,2,2"
    assert main(["--data-dir", folder, "report", "money", "--opd", "1.02", "--out", str(out)]) == 2
    assert main(["--data-dir", folder, "report", "ranking", "--out", str(tmp_path / "r.pdf")]) == 2
