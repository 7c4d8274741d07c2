"""The import confirmed from a dry run (the GUI's preview, then apply) takes the dry run's plan only
while nothing was committed since; the sync keys opened once are not opened again for each bundle."""

from __future__ import annotations

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.store import settings
from rentan_desktop.sync import agefile, export, importer, keys
from rentan_desktop.sync import apply as apply_mod
from tests.sync_support import make_pair


@pytest.fixture
def pair(tmp_path):
    p = make_pair(tmp_path)
    yield p
    p.close()


def _bundle(pair):
    return export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick, operator="Siti").path


def _dry_run(pair, path):
    """As the sync tab does it: the preview on a connection of its own."""
    conn = pair.dis.new_connection()
    try:
        return importer.preview(conn, pair.dis.data_dir, path)
    finally:
        conn.close()


def _count(pair, table):
    return pair.dis.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_import_confirmed_from_the_dry_run_writes_what_it_showed_without_planning_again(pair, monkeypatch):
    path = _bundle(pair)
    shown = _dry_run(pair, path)

    def planned_again(*args, **kwargs):
        raise AssertionError("the import planned the bundle again")

    monkeypatch.setattr(apply_mod, "plan_sections", planned_again)
    done = importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    assert done.status == "applied"
    assert [(t.table, t.new, t.updated, t.errors) for t in done.tables] == \
        [(t.table, t.new, t.updated, t.errors) for t in shown.tables]
    assert _count(pair, "workers") == shown.table("workers").new == 10
    assert _count(pair, "payments") == shown.table("payments").new


def test_a_commit_after_the_dry_run_makes_the_import_decide_again(pair):
    """Between the dry run and the confirmation another window renamed the OPD: the import must
    not write the rows under the OPD the dry run found."""
    path = _bundle(pair)
    assert _dry_run(pair, path).table("workers").new == 10
    other = pair.dis.new_connection()
    try:
        other.execute("UPDATE opds SET code = '9.99' WHERE code = '1.01'")
    finally:
        other.close()
    with pytest.raises(UserError, match="not in the OPD list"):
        importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    assert _count(pair, "workers") == 0 and _count(pair, "payments") == 0


def test_a_write_on_the_importing_connection_itself_also_counts(pair, monkeypatch):
    path = _bundle(pair)
    _dry_run(pair, path)
    settings.put(pair.dis.db, "operator", "Rudi H.")  # committed by the connection that imports
    calls = []
    real = apply_mod.plan_sections
    monkeypatch.setattr(apply_mod, "plan_sections", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi").status == "applied"
    assert calls == [1]
    assert _count(pair, "workers") == 10


def test_the_keys_are_opened_once_when_the_same_passphrase_is_given_again(pair, monkeypatch):
    """`rentan import-bundle FOLDER` passes the passphrase for every bundle: one scrypt, not one each."""
    db, folder = pair.dis.db, pair.dis.data_dir
    keys.set_passphrase(db, folder, "a passphrase for the keys")
    db.session.forget_keys()
    opened = []
    real = agefile.passphrase_decrypt
    monkeypatch.setattr(agefile, "passphrase_decrypt", lambda *a: opened.append(1) or real(*a))
    first = keys.unlock(db, folder, "a passphrase for the keys")
    assert keys.unlock(db, folder, "a passphrase for the keys") == first
    assert keys.unlock(db, folder) == first
    assert opened == [1]
    with pytest.raises(keys.PassphraseNeeded):  # another passphrase is still tried, and refused
        keys.unlock(db, folder, "not the passphrase at all")
