"""Revoking a stolen key also revokes the keys it announced by rotation (from a chosen date),
and the operator sees that exact list first, in the terminal and in the keys dialog."""

from __future__ import annotations

import pytest

from rentan_desktop import i18n
from rentan_desktop.cli import main
from rentan_desktop.store import settings
from rentan_desktop.sync import export, importer, keys, registry
from rentan_desktop.sync.bundle import BundleRefused
from tests.sync_support import counts, dump, file_state, make_pair

pytestmark = pytest.mark.usefixtures("sync_keys")


@pytest.fixture
def rotated(tmp_path):
    """The thief's view: the stolen key (old) announced a new key that Disnaker now trusts."""
    pair = make_pair(tmp_path, sponsors=2, workers=3)
    up = lambda: export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path  # noqa: E731
    importer.apply(pair.dis.db, pair.dis.data_dir, up(), "Rudi")
    old = keys.own_public(pair.opd.db)
    new = keys.rotate(pair.opd.db, pair.opd.data_dir)
    importer.apply(pair.dis.db, pair.dis.data_dir, up(), "Rudi")  # signed by old, announces new
    assert registry.peer_by_key(pair.dis.db, new.key_id).status == "trusted"
    importer.apply(pair.opd.db, pair.opd.data_dir, export.export_bundle(
        pair.dis.db, pair.dis.data_dir, pair.stick, peer="1.01").path, "Siti")  # ack: OPD signs with new now
    assert keys.own_public(pair.opd.db).key_id == new.key_id
    yield pair, old, new, up
    pair.close()


def test_revoking_the_stolen_key_revokes_the_key_it_announced(rotated):
    pair, old, new, up = rotated
    plan = registry.revocation_plan(pair.dis.db, old.key_id)
    assert [p.key_id for p in plan] == [old.key_id, new.key_id]
    assert plan[1].announced_by == old.key_id
    registry.revoke(pair.dis.db, old.key_id, "Rudi", "laptop stolen")
    assert {p.key_id: p.status for p in registry.keys_of(pair.dis.db, "1.01")} == {
        old.key_id: "revoked", new.key_id: "revoked"}
    bundle_by_new_key = up()
    before, rows = file_state(pair.dis), dump(pair.dis)
    with pytest.raises(BundleRefused, match=r"signed by a revoked key of 1\.01"):
        importer.apply(pair.dis.db, pair.dis.data_dir, bundle_by_new_key, "Rudi")
    assert file_state(pair.dis) == before and dump(pair.dis) == rows


def test_keys_announced_before_the_chosen_date_stay_trusted(rotated):
    pair, old, new, up = rotated
    pair.dis.db.execute("UPDATE sync_peers SET added_at = '2026-10-01 08:00:00' WHERE key_id = ?", [new.key_id])
    assert [p.key_id for p in registry.revocation_plan(pair.dis.db, old.key_id, "2026-11-01")] == [old.key_id]
    registry.revoke(pair.dis.db, old.key_id, "Rudi", "old laptop sold", since="2026-11-01")
    assert registry.peer_by_key(pair.dis.db, new.key_id).status == "trusted"
    assert importer.apply(pair.dis.db, pair.dis.data_dir, up(), "Rudi").status == "applied"
    assert counts(pair.dis, "1.01") == counts(pair.opd)


def _cli(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    i18n.set_language("en")
    out = capsys.readouterr()
    return code, out.out, out.err


def test_terminal_lists_the_keys_and_revokes_only_with_yes(rotated, capsys):
    pair, old, new, _up = rotated
    data_dir = pair.dis.data_dir
    settings.put(pair.dis.db, "language", "en")
    pair.close()
    code, out, err = _cli(capsys, "--data-dir", data_dir, "keys", "revoke", old.key_id, "--reason", "stolen")
    assert code != 0 and "--yes" in err
    assert "This revokes 2 key(s):" in out and old.key_id in out and new.key_id in out
    assert f"announced by key {old.key_id}" in out
    code, out, _ = _cli(capsys, "--data-dir", data_dir, "keys", "revoke", old.key_id, "--yes")
    assert code == 0 and f"Revoked key {new.key_id} of 1.01." in out
    code, out, _ = _cli(capsys, "--data-dir", data_dir, "keys", "show")
    assert out.count("revoked") >= 2


def test_keys_dialog_shows_the_list_before_revoking(rotated, qtbot, monkeypatch):
    from rentan_desktop.ui.qt import QDate
    from rentan_desktop.ui.sync.revoke_dialog import RevokeDialog

    pair, old, new, _up = rotated
    pair.dis.db.execute("UPDATE sync_peers SET added_at = '2026-10-01 08:00:00' WHERE key_id = ?", [new.key_id])
    dialog = RevokeDialog(pair.dis.db, registry.peer_by_key(pair.dis.db, old.key_id))
    qtbot.addWidget(dialog)
    items = [dialog.touched.item(i).text() for i in range(dialog.touched.count())]
    assert len(items) == 2 and old.key_id in items[0] and new.key_id in items[1]
    dialog.use_since.setChecked(True)
    dialog.since.setDate(QDate(2026, 11, 1))
    assert dialog.touched.count() == 1 and dialog.since_value() == "2026-11-01"
