"""The hub's PostgreSQL schema: numbered steps, monthly partitions, and the loader."""

from __future__ import annotations

import psycopg
import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.hub import database, partitions


def test_migrate_applies_every_step_once(hub_dsn):
    with database.connect(hub_dsn) as conn:
        first = database.migrate(conn)
        assert first and database.migrate(conn) == []
        assert database.schema_version(conn) == len(first)
        kind = conn.execute("SELECT 'hub.payments'::regclass::oid, relkind FROM pg_class WHERE oid = 'hub.payments'::regclass").fetchone()[1]
        assert kind == "p"  # declaratively partitioned


def test_payments_land_in_their_month_partition(hub_dsn):
    with database.connect(hub_dsn) as conn:
        database.migrate(conn)
        made = partitions.ensure_months(conn, ["2026-11", "2026-12", "2026-11"])
        assert made == ["payments_2026_11", "payments_2026_12"]
        assert partitions.existing(conn) == set(made)
        assert partitions.ensure_months(conn, ["2026-12"]) == []
        assert partitions.next_month("2026-12") == "2027-01"
        with pytest.raises(ValueError):
            partitions.partition_name("2026-13'; DROP TABLE x; --")


def test_an_unreachable_server_is_a_clear_message(tmp_path):
    with pytest.raises(UserError, match="Cannot reach the PostgreSQL server"):
        database.connect(f"host={tmp_path} port=5999 dbname=x user=y connect_timeout=2")


def test_the_server_is_real(hub_dsn):
    with psycopg.connect(hub_dsn) as conn:
        assert conn.execute("SHOW server_version_num").fetchone()[0] >= "150000"
