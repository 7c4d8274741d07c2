"""Disnaker's IT staff open a payload with the standard `age` tool, using an identity file
written by `rentan keys export-identity` (from the install, or from a key backup)."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess

import pytest

from rentan_desktop import i18n
from rentan_desktop.cli import main
from rentan_desktop.sync import agefile, export, keys
from tests import sync_forge as forge
from tests.sync_support import pair_fixture

pytestmark = pytest.mark.usefixtures("sync_keys")


pair = pair_fixture(sponsors=2, workers=3)


def _cli(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    i18n.set_language("en")
    return code, capsys.readouterr().out


def _first_line(plain_zstd: bytes) -> dict:
    import zstandard

    reader = zstandard.ZstdDecompressor().stream_reader(plain_zstd)
    return json.loads(reader.read(1 << 16).split(b"\n")[0])


def _payload_of(pair, tmp_path):
    path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path
    payload = tmp_path / "payload.age"
    payload.write_bytes(forge.members(path.read_bytes())["payload.age"])
    return payload


def _age_decrypts(identity, payload) -> dict:
    if shutil.which("age") is None:  # .ci/run installs it; without it, pyrage reads the same file
        import pyrage

        found = [pyrage.x25519.Identity.from_str(line) for line in identity.read_text().splitlines()
                 if line.startswith("AGE-SECRET-KEY-")]
        return _first_line(pyrage.decrypt(payload.read_bytes(), found))
    done = subprocess.run(["age", "-d", "-i", str(identity), str(payload)], capture_output=True, check=True)
    return _first_line(done.stdout)


def test_identity_file_from_the_install_opens_a_payload_with_age(pair, tmp_path, capsys):
    payload = _payload_of(pair, tmp_path)
    out = tmp_path / "disnaker-identity.txt"
    data_dir = pair.dis.data_dir
    pair.dis.close()
    code, printed = _cli(capsys, "--data-dir", data_dir, "keys", "export-identity", "--out", out)
    assert code == 0 and str(out) in printed and "keep it like the key backup" in printed
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    first = _age_decrypts(out, payload)
    assert first["format"] == "rentan-payload" and first["sender"]["peer"] == "1.01"


def test_identity_file_from_a_key_backup_without_the_install(pair, tmp_path, capsys):
    payload = _payload_of(pair, tmp_path)
    written = keys.export_backup(pair.dis.db, pair.dis.data_dir, tmp_path / "backup")
    backup = next(p for p in written if p.name.endswith("secret-keys.age"))
    out = tmp_path / "from-backup.txt"
    code, _ = _cli(capsys, "--data-dir", tmp_path / "it-office", "keys", "export-identity", "--from-backup", backup,
                   "--out", out)
    assert code == 0
    assert _age_decrypts(out, payload)["recipient"] == "disnaker"


def test_protected_identity_file_is_an_age_passphrase_file(pair, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("RENTAN_NEW_PASSPHRASE", "kantor-disnaker-2026")
    out = tmp_path / "identity.age"
    data_dir = pair.dis.data_dir
    pair.dis.close()
    code, printed = _cli(capsys, "--data-dir", data_dir, "keys", "export-identity", "--out", out, "--protect")
    assert code == 0 and "keep it like the key backup" not in printed
    assert out.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    text = agefile.passphrase_decrypt(out.read_bytes(), "kantor-disnaker-2026").decode()
    assert "AGE-SECRET-KEY-1" in text


def test_wrong_backup_passphrase_is_one_clear_line(pair, tmp_path, capsys, monkeypatch):
    written = keys.export_backup(pair.dis.db, pair.dis.data_dir, tmp_path / "backup")
    backup = next(p for p in written if p.name.endswith("secret-keys.age"))
    monkeypatch.setenv("RENTAN_PASSPHRASE", "not the passphrase")
    code = main(["--data-dir", str(tmp_path / "it"), "keys", "export-identity", "--from-backup", str(backup),
                 "--out", str(tmp_path / "x.txt")])
    i18n.set_language("en")
    err = capsys.readouterr().err
    assert code != 0 and "wrong passphrase or damaged file" in err and "Traceback" not in err
    assert not (tmp_path / "x.txt").exists()
