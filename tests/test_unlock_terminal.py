"""Unlocking from a terminal: a person at the keyboard is asked for the passphrase; a wrong one says so."""

from __future__ import annotations

import getpass
import io

import keyring
import pytest

from rentan_desktop.cli import main as cli_main
from rentan_desktop.context import AppContext
from rentan_desktop.security.vault import WrongPassphrase
from tests.conftest import INSTALL_PASSPHRASE


@pytest.fixture
def locked_folder(opd_ctx, monkeypatch):
    """An install with no key in the key store and no RENTAN_PASSPHRASE: a passphrase is needed."""
    keyring.get_keyring().items.clear()
    monkeypatch.delenv("RENTAN_PASSPHRASE", raising=False)
    folder = str(opd_ctx.data_dir)
    opd_ctx.close()
    return folder


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_terminal_asks_for_the_passphrase_and_opens_the_install(locked_folder, monkeypatch, capsys):
    asked = []
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or INSTALL_PASSPHRASE)
    assert cli_main(["--data-dir", locked_folder, "roster"]) == 0
    assert len(asked) == 1 and "passphrase" in asked[0]
    assert "NIK" in capsys.readouterr().out


def test_a_wrong_passphrase_typed_at_the_terminal_says_so(locked_folder, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "not the passphrase")
    assert cli_main(["--data-dir", locked_folder, "roster"]) == 2
    err = capsys.readouterr().err
    assert "passphrase is wrong" in err and "Traceback" not in err


def test_a_script_without_a_terminal_is_not_asked(locked_folder, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO())
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": pytest.fail("a script must not be asked"))
    assert cli_main(["--data-dir", locked_folder, "roster"]) == 2
    assert "locked" in capsys.readouterr().err


def test_rentan_operator_names_whose_passphrase_is_wrong(locked_folder, monkeypatch):
    monkeypatch.setenv("RENTAN_PASSPHRASE", "not the passphrase")
    monkeypatch.setenv("RENTAN_OPERATOR", "Siti Rahma")
    ctx = AppContext.open(locked_folder)
    with pytest.raises(WrongPassphrase, match="wrong for Siti Rahma"):
        ctx.db_key()
