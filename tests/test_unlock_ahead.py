"""The install key derived on a thread while the GUI loads (security/unlock_ahead.py, issue 15)."""

from __future__ import annotations

import pytest

from rentan_desktop.security.unlock_ahead import unlock_ahead
from tests.conftest import INSTALL_PASSPHRASE, OPD, make_install


@pytest.fixture
def folder(tmp_path):
    import keyring

    ctx = make_install(tmp_path / "opd", **OPD)
    ctx.close()
    keyring.get_keyring().items.clear()  # a script's start: the passphrase is the only way in
    return ctx.data_dir


def test_a_known_passphrase_unlocks_before_anyone_asks(folder, monkeypatch):
    monkeypatch.setenv("RENTAN_PASSPHRASE", INSTALL_PASSPHRASE)
    ahead = unlock_ahead(str(folder))
    assert ahead is not None
    ctx = ahead.wait()
    assert ctx.session.unlocked and ctx.session.operator == OPD["operator"]
    assert ctx.site.opd_code == OPD["opd_code"]  # the database opens with the derived key
    ctx.close()


def test_a_wrong_passphrase_leaves_the_install_locked_for_the_dialog(folder, monkeypatch):
    monkeypatch.setenv("RENTAN_PASSPHRASE", "not the passphrase")
    ctx = unlock_ahead(str(folder)).wait()
    assert not ctx.session.unlocked
    assert not ctx.try_unlock()  # the start path then shows the unlock dialog


@pytest.mark.parametrize("case", ["no passphrase given", "new folder"])
def test_nothing_is_started_without_a_passphrase_or_a_key(folder, tmp_path, monkeypatch, case):
    if case == "no passphrase given":
        monkeypatch.delenv("RENTAN_PASSPHRASE", raising=False)
        assert unlock_ahead(str(folder)) is None
    else:
        monkeypatch.setenv("RENTAN_PASSPHRASE", INSTALL_PASSPHRASE)
        assert unlock_ahead(str(tmp_path / "empty")) is None
