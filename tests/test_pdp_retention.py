"""UU PDP retention from the terminal: Disnaker sets the period, the OPDs receive it in the next bundle."""

from __future__ import annotations

import pytest

from rentan_desktop.cli import main as cli_main
from rentan_desktop.pdp import pseudonymise
from tests.sync_support import PASSPHRASE, make_pair


@pytest.fixture
def pair(tmp_path, monkeypatch, sync_keys):
    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    made = make_pair(tmp_path, sponsors=2, workers=3)
    yield made
    made.close()


def _cli(ctx, *args: str) -> int:
    folder = str(ctx.data_dir)
    ctx.close()  # the command opens the install itself
    return cli_main(["--data-dir", folder, *args])


def test_disnaker_sets_the_period_and_the_opd_receives_it_in_the_next_bundle(pair, capsys):
    from rentan_desktop.sync import export, importer

    assert _cli(pair.dis, "pdp", "retention", "5") == 0
    assert "5 years" in capsys.readouterr().out
    down = export.export_bundle(pair.dis.db, pair.dis.data_dir, pair.stick, peer="1.01", operator="Rudi").path
    assert pseudonymise.retention_years(pair.opd.db) == 0
    assert importer.apply(pair.opd.db, pair.opd.data_dir, down, "Siti").status == "applied"
    assert pseudonymise.retention_years(pair.opd.db) == 5
    assert _cli(pair.opd, "pdp", "retention") == 0
    assert "5 years" in capsys.readouterr().out


@pytest.mark.parametrize(("side", "years", "message"), [
    ("opd", "3", "Disnaker sets the retention period"),
    ("dis", "51", "0 (keep) to 50 years"),
    ("dis", "-1", "0 (keep) to 50 years"),
])
def test_a_period_that_cannot_be_set_is_refused_with_a_clear_message(pair, capsys, side, years, message):
    ctx = pair.opd if side == "opd" else pair.dis
    assert _cli(ctx, "pdp", "retention", years) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert pseudonymise.retention_years(ctx.db) == 0  # nothing stored


def test_without_a_period_the_data_is_kept(pair, capsys):
    assert _cli(pair.dis, "pdp", "retention") == 0
    assert "kept (no retention period)" in capsys.readouterr().out
