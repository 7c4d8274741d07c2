"""`rentan import` and `rentan roster` from a terminal."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from rentan_desktop.cli import main
from rentan_desktop.context import AppContext

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


@pytest.fixture
def folder(tmp_path, capsys):
    path = str(tmp_path / "d")
    assert main(["--data-dir", path, "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
                 "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Siti Rahma"]) == 0
    capsys.readouterr()
    return path


def counts(folder):
    ctx = AppContext.open(folder)
    try:
        return ctx.db["sponsors"].count, ctx.db["workers"].count
    finally:
        ctx.close()


def test_dry_run_reports_rows_and_stores_nothing(folder, capsys):
    code = main(["--data-dir", folder, "import", "sponsors", str(SAMPLES / "sponsors_simpeg.xlsx"), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 1  # some rows skipped
    assert "header on row 5" in out
    assert "skipped: sponsors_simpeg.xlsx, row 16, column NIP, value '1.98102142006041E+17'" in out
    assert "Dry run: 10 sponsors would be imported, 2 rows skipped." in out
    assert counts(folder) == (0, 0)


def test_import_then_roster_as_csv(folder, capsys):
    main(["--data-dir", folder, "import", "sponsors", str(SAMPLES / "sponsors_simpeg.xlsx")])
    main(["--data-dir", folder, "import", "workers", str(SAMPLES / "workers_opd.xlsx")])
    assert counts(folder) == (10, 8)
    capsys.readouterr()
    assert main(["--data-dir", folder, "roster", "workers"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 8
    agus = next(r for r in rows if r["NAMA"] == "Agus Salim")
    assert agus["NIK"] == "6271011507800012"
    assert agus["NIP PENANGGUNG"] == "197003141995032001"  # plain digits, no grouping
    assert main(["--data-dir", folder, "roster", "sponsors", "--search", "1970"]) == 0
    sponsors = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [s["NAMA"] for s in sponsors] == ["Dr. Hj. Siti Aminah, M.Pd."]
    assert sponsors[0]["JUMLAH PEKERJA"] == "1" and sponsors[0]["KUOTA"] == "1"


def test_roster_search_and_filters(folder, capsys):
    main(["--data-dir", folder, "import", "sponsors", str(SAMPLES / "sponsors_simpeg.xlsx")])
    main(["--data-dir", folder, "import", "workers", str(SAMPLES / "workers_opd.xlsx")])
    capsys.readouterr()
    main(["--data-dir", folder, "roster", "--search", "sul"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["NAMA"] for r in rows] == ["Sulastri Wati"]
    main(["--data-dir", folder, "roster", "--search", "hidayat"])  # a surname: found inside the name
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["NAMA"] for r in rows] == ["Rahmat Hidayat"]
    main(["--data-dir", folder, "roster", "sponsors", "--below-quota"])
    below = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert below and all(int(r["JUMLAH PEKERJA"]) < int(r["KUOTA"]) for r in below)
    main(["--data-dir", folder, "roster", "workers", "--status", "draft"])
    assert len(list(csv.DictReader(io.StringIO(capsys.readouterr().out)))) == 8


def test_roster_output_imports_back(folder, tmp_path, capsys):
    """The CSV's headers are the ones the import recognises: a roster moves between installs."""
    main(["--data-dir", folder, "import", "sponsors", str(SAMPLES / "sponsors_simpeg.xlsx")])
    main(["--data-dir", folder, "import", "workers", str(SAMPLES / "workers_opd.xlsx")])
    capsys.readouterr()
    main(["--data-dir", folder, "roster", "sponsors"])
    (tmp_path / "s.csv").write_text(capsys.readouterr().out)
    main(["--data-dir", folder, "roster", "workers"])
    (tmp_path / "w.csv").write_text(capsys.readouterr().out)
    other = str(tmp_path / "other")
    main(["--data-dir", other, "init", "--role", "opd", "--pemda", "Kota Palangka Raya", "--opd-code", "1.02",
          "--opd-name", "Dinas Kesehatan", "--operator", "Rudi"])
    assert main(["--data-dir", other, "import", "sponsors", str(tmp_path / "s.csv")]) == 0
    assert main(["--data-dir", other, "import", "workers", str(tmp_path / "w.csv")]) == 0
    assert counts(other) == (10, 8)


@pytest.mark.parametrize("args,message", [
    (["import", "workers", "/nowhere/x.xlsx"], "File not found"),
    (["import", "workers", "SAMPLE", "--map", "NIK=nothing"], "Unknown field"),
    (["roster", "workers", "--status", "paid"], "Unknown status"),
])
def test_refusals_are_one_line_with_exit_2(folder, capsys, args, message):
    args = [str(SAMPLES / "workers_opd.xlsx") if a == "SAMPLE" else a for a in args]
    assert main(["--data-dir", folder, *args]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err


def test_help_documents_the_commands(capsys):
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert "NIP PENANGGUNG" in out and "--dry-run" in out and "--map" in out
