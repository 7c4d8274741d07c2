"""Migration steps never change once released: they import no live application code, and the
store layer knows nothing of the layers above it (backups are injected by the app)."""

from __future__ import annotations

import ast
import inspect
import sqlite3
import sys
from pathlib import Path

import pytest

from rentan_desktop.store import db as store_db
from rentan_desktop.store import migrations

PACKAGE = Path(__file__).resolve().parent.parent / "rentan_desktop"
ALLOWED = {"sqlite_utils", "rentan_desktop.store.sql"}
STEP_MODULES = sorted({inspect.getmodule(m.fn).__file__ for m in migrations.MIGRATIONS._migrations})
FIXTURE = Path(__file__).parent / "fixtures" / "v0_1_0" / "opd.sqlite3"


def imported_modules(path: str | Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(Path(path).read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names
                         if node.module == "rentan_desktop.store")
    return found


def _allowed(module: str) -> bool:
    top = module.split(".")[0]
    return module in ALLOWED or top in sys.stdlib_module_names or top == "__future__" or \
        any(module.startswith(a + ".") for a in ALLOWED if a == "sqlite_utils")


def test_every_step_lives_in_a_schema_module():
    assert len(STEP_MODULES) >= 6
    assert all(Path(p).name.startswith("schema_") for p in STEP_MODULES)


@pytest.mark.parametrize("path", STEP_MODULES, ids=lambda p: Path(p).name)
def test_a_step_module_imports_only_sqlite_utils_stdlib_and_store_sql(path):
    assert sorted(m for m in imported_modules(path) if not _allowed(m)) == []


def test_the_checker_sees_a_function_local_import(tmp_path):
    sample = tmp_path / "schema_x.py"
    sample.write_text("import json\n\ndef m9(db):\n    from rentan_desktop.payments.rates import x\n")
    assert [m for m in imported_modules(sample) if not _allowed(m)] == ["rentan_desktop.payments.rates"]


def test_the_store_layer_imports_nothing_above_it():
    above = ("rentan_desktop.maintenance", "rentan_desktop.payments", "rentan_desktop.roster",
             "rentan_desktop.sync", "rentan_desktop.reports", "rentan_desktop.ui", "rentan_desktop.context")
    offenders = {p.name: sorted(m for m in imported_modules(p) if m.startswith(above))
                 for p in (PACKAGE / "store").glob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_frozen_rate_table_seed_is_the_one_0_1_0_wrote():
    fresh = store_db.memory()
    seed = fresh.execute("SELECT income_from, income_to, base_income FROM rate_brackets ORDER BY income_from").fetchall()
    table = fresh.execute("SELECT effective_from, jkm_flat, jkk_permille, jht_permille, note FROM rate_tables").fetchall()
    old = sqlite3.connect(f"file:{FIXTURE}?mode=ro&immutable=1", uri=True)
    try:
        assert seed == old.execute("SELECT income_from, income_to, base_income FROM rate_brackets "
                                   "ORDER BY income_from").fetchall()
        assert table == old.execute("SELECT effective_from, jkm_flat, jkk_permille, jht_permille, note "
                                    "FROM rate_tables").fetchall()
    finally:
        old.close()


def test_connect_calls_the_injected_hook_only_before_an_upgrade(tmp_path, monkeypatch):
    path = tmp_path / "rentan.sqlite3"
    called: list[Path] = []
    store_db.connect(path, before_upgrade=lambda p, _key: called.append(p)).close()
    assert called == []  # a new file has nothing to keep
    monkeypatch.setattr(migrations, "pending", lambda db: ["m999_pretend"])
    monkeypatch.setattr(migrations, "migrate", lambda db: None)
    store_db.connect(path, before_upgrade=lambda p, _key: called.append(p)).close()
    assert called == [path]
    store_db.connect(path).close()  # without a hook the store makes no backup of its own
    assert not (tmp_path / "backups").exists()
