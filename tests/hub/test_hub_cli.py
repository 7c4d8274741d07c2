"""`rentan hub init / cities / report` against a real server, and the analysts' read-only role."""

from __future__ import annotations

import psycopg
import pytest

from rentan_desktop.cli import main
from rentan_desktop.hub import cities, database, load
from rentan_desktop.store import db as store_db
from rentan_desktop.store.site import initialise
from tests import report_data
from tests.conftest import DISNAKER
from tests.hub.support import copy_reference_data, rows_from_store


def _city(conn, name="Kota Palangka Raya"):
    city = store_db.memory()
    initialise(city, **{**DISNAKER, "pemda": name})
    report_data.load(city)
    with conn.transaction():
        pemda = cities.register(conn, f"site-{name}", name)
        load.load_city(conn, pemda, rows_from_store(city))
        copy_reference_data(city, conn)


def test_init_report_and_a_read_only_analyst(hub_dsn, tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "d"), "hub", "init", "--dsn", hub_dsn, "--province",
                 "Kalimantan Tengah", "--reader", "analis", "--reader-password", "baca-saja"]) == 0
    assert "read-only role 'analis'" in capsys.readouterr().out
    with database.connect(hub_dsn) as conn:
        _city(conn)
    out = tmp_path / "paritrana.xlsx"
    assert main(["--data-dir", str(tmp_path / "d"), "hub", "report", "paritrana", "--dsn", hub_dsn,
                 "--month", "2026-11", "--from", "2026-09", "--out", str(out)]) == 0
    assert out.stat().st_size > 0
    assert main(["--data-dir", str(tmp_path / "d"), "hub", "cities", "--dsn", hub_dsn]) == 0
    assert "Kota Palangka Raya: 2 OPD" in capsys.readouterr().out

    reader = hub_dsn.replace("user=rentan_admin", "user=analis")
    with psycopg.connect(reader) as conn:
        assert conn.execute("SELECT count(*) FROM workers").fetchone()[0] == 7  # province view by default
        assert conn.execute("SELECT count(*) FROM pemda_1.workers").fetchone()[0] == 7
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            conn.execute("DELETE FROM hub.workers")


def test_a_report_for_an_unknown_city_or_without_dsn_says_what_to_do(hub_dsn, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("RENTAN_HUB_DSN", raising=False)
    assert main(["--data-dir", str(tmp_path / "d"), "hub", "cities"]) == 2
    assert "--dsn" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "d"), "hub", "init", "--dsn", hub_dsn]) == 0
    assert main(["--data-dir", str(tmp_path / "d"), "hub", "report", "coverage", "--dsn", hub_dsn,
                 "--pemda", "Nowhere", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "No city named 'Nowhere'" in capsys.readouterr().err
