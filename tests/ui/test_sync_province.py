"""Disnaker's side of the province hub from the GUI: open the province's key file and trust it
after comparing the fingerprint, write the city's key file, write the bundle for the province;
the hub's keystore then verifies and decrypts it with the sync core (issue 17)."""

from __future__ import annotations

import pytest

from rentan_desktop.hub import keystore
from rentan_desktop.sync import export, importer, province, provisioning, registry, verify
from rentan_desktop.ui.qt import QDialog, QFileDialog, QMessageBox
from rentan_desktop.ui.sync.keys_dialog import KeysDialog
from rentan_desktop.ui.sync.trust_dialog import TrustDialog
from tests.sync_support import PASSPHRASE, make_pair
from tests.ui.conftest import make_env, sync_tab_for, wait_for_ops


@pytest.fixture(autouse=True)
def _quiet(monkeypatch):
    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)


@pytest.fixture
def city(qtbot, tmp_path):
    pair = make_pair(tmp_path, sponsors=3, workers=5)
    up = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick, operator="op").path
    importer.apply(pair.dis.db, pair.dis.data_dir, up, "Rudi")
    env = make_env(pair.dis)
    hub_home = tmp_path / "hub"
    ks = keystore.open_keystore(hub_home, "Kalimantan Tengah", create=True)
    provisioning.write_province_key(ks, hub_home, pair.stick)
    yield pair, env, ks, hub_home
    env.ops.shutdown()
    ks.close()
    pair.close()


def test_disnaker_trusts_the_province_and_writes_its_bundle_from_the_gui(qtbot, city, tmp_path, monkeypatch):
    pair, env, ks, hub_home = city
    tab = sync_tab_for(qtbot, env)
    box = tab.province_box
    assert box is not None and not box.export_button.isEnabled()
    assert "key file" in box.status.text()

    # The province's key file, opened under Keys and trust and compared with the letter.
    dialog = KeysDialog(env)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(pair.stick / "rentan-province-key.json"), ""))
    monkeypatch.setattr(TrustDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    dialog.open_key_file()
    qtbot.waitUntil(lambda: bool(registry.trusted_keys(pair.dis.db, province.PROVINCE)), timeout=10_000)
    wait_for_ops(qtbot, env)
    assert "Province" in [dialog.model.data(dialog.model.index(r, 0)) for r in range(dialog.model.rowCount())]
    qtbot.waitUntil(lambda: box.export_button.isEnabled(), timeout=10_000)

    # The city's key file for the hub, which the hub trusts after comparing the city's letter.
    box.write_key_file(tmp_path / "keys")
    qtbot.waitUntil(lambda: bool(box.last_written), timeout=10_000)
    peer = provisioning.receive_key_file(ks, box.last_written[0])
    registry.trust(ks, peer.key_id, "hub")

    # The bundle for the province: written, recorded as sent, and readable by the hub only.
    box.last_written = []
    box.export_to(tmp_path / "out")
    qtbot.waitUntil(lambda: bool(box.last_written), timeout=15_000)
    wait_for_ops(qtbot, env)
    assert registry.link(pair.dis.db, province.PROVINCE)["out_seq"] == 1
    assert "number 1" in box.status.text()
    checked = verify.check(ks, hub_home, box.last_written[0], quarantine=False)
    sections = verify.decrypt(ks, hub_home, checked, None)
    workers = next(rows for meta, rows in sections if meta.get("table") == "workers")
    assert len(workers) == 5
