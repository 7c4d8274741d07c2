"""QA walk r6, 11: revoking an OPD's old key after it changed keys revoked the new one too, with an
empty reason and no word about the OPD being cut off; a refused bundle said nothing about the way back."""

from __future__ import annotations

import pytest

from rentan_desktop.sync import export, importer, keys, registry
from rentan_desktop.sync.bundle import BundleRefused
from rentan_desktop.ui.sync.revoke_dialog import RevokeDialog
from tests.sync_support import make_pair

pytestmark = pytest.mark.usefixtures("sync_keys")


@pytest.fixture
def rotated(tmp_path):
    """OPD 1.01 changed its keys itself: Disnaker trusts the old key and the new one it announced."""
    pair = make_pair(tmp_path, sponsors=1, workers=1)
    up = lambda: export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path  # noqa: E731
    importer.apply(pair.dis.db, pair.dis.data_dir, up(), "Rudi")
    old = keys.own_public(pair.opd.db)
    new = keys.rotate(pair.opd.db, pair.opd.data_dir)
    importer.apply(pair.dis.db, pair.dis.data_dir, up(), "Rudi")  # signed by old, announces new
    importer.apply(pair.opd.db, pair.opd.data_dir, export.export_bundle(
        pair.dis.db, pair.dis.data_dir, pair.stick, peer="1.01").path, "Siti")  # the OPD now signs with new
    yield pair, registry.peer_by_key(pair.dis.db, old.key_id), new, up
    pair.close()


def _touched(dialog: RevokeDialog) -> list[str]:
    return [dialog.touched.item(i).text() for i in range(dialog.touched.count())]


def test_the_old_key_alone_can_be_revoked_and_the_opd_keeps_sending(qtbot, rotated):
    pair, old, new, up = rotated
    dialog = RevokeDialog(pair.dis.db, old)
    qtbot.addWidget(dialog)
    assert not dialog.only_this.isHidden()
    assert len(_touched(dialog)) == 2 and not dialog.consequence.isHidden()
    assert "no trusted key" in dialog.consequence.text()
    dialog.only_this.setChecked(True)
    assert len(_touched(dialog)) == 1 and old.key_id in _touched(dialog)[0]
    assert dialog.consequence.isHidden()
    registry.revoke(pair.dis.db, old.key_id, "Rudi", "old laptop stolen", since=dialog.since_value())
    assert registry.peer_by_key(pair.dis.db, new.key_id).status == "trusted"
    assert importer.apply(pair.dis.db, pair.dis.data_dir, up(), "Rudi").status == "applied"


def test_a_revocation_needs_a_reason(qtbot, rotated):
    pair, old, _new, _up = rotated
    dialog = RevokeDialog(pair.dis.db, old)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != RevokeDialog.DialogCode.Accepted
    assert not dialog.reason_error.isHidden() and "reason" in dialog.reason_error.text()
    dialog.reason.setText("laptop stolen")
    dialog.accept()
    assert dialog.result() == RevokeDialog.DialogCode.Accepted


def test_a_key_without_successors_offers_no_keep_choice(qtbot, rotated):
    pair, _old, new, _up = rotated
    dialog = RevokeDialog(pair.dis.db, registry.peer_by_key(pair.dis.db, new.key_id))
    qtbot.addWidget(dialog)
    assert dialog.only_this.isHidden() and len(_touched(dialog)) == 1
    assert dialog.consequence.isHidden()  # the old key is still trusted


def test_a_bundle_refused_for_a_revoked_key_gives_the_reason_and_the_way_back(rotated):
    pair, old, _new, up = rotated
    registry.revoke(pair.dis.db, old.key_id, "Rudi", "laptop stolen")
    with pytest.raises(BundleRefused) as refused:
        importer.apply(pair.dis.db, pair.dis.data_dir, up(), "Rudi")
    text = str(refused.value)
    assert "signed by a revoked key of 1.01" in text and "laptop stolen" in text
    assert "new key enrollment file" in text and "Keys and trust" in text
