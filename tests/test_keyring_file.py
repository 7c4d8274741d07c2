"""The operating system's key store across processes: `rentan init --keyring` in one process, then
every later command opens the install with no passphrase, through keyring's own backend switch and a
file-backed store (what Windows Credential Manager is to the app: a store that outlives the process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _rentan(tmp_path: Path, *args: str, passphrase: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("RENTAN_PASSPHRASE", "RENTAN_OPERATOR")}
    env.update(PYTHON_KEYRING_BACKEND="tests.keyring_backend.FileKeyring",
               RENTAN_TEST_KEYRING_FILE=str(tmp_path / "key-store.json"), RENTAN_LANGUAGE="en",
               PYTHONPATH=str(ROOT))
    if passphrase is not None:
        env["RENTAN_PASSPHRASE"] = passphrase
    code = "import sys; from rentan_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, "--data-dir", str(tmp_path / "opd"), *args], env=env,
                          cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)


def test_an_install_kept_in_the_key_store_opens_in_later_processes_without_a_passphrase(tmp_path):
    made = _rentan(tmp_path, "init", "--role", "opd", "--pemda", "Kota Palangka Raya", "--opd-code", "1.01",
                   "--opd-name", "Dinas Pendidikan", "--operator", "Siti Rahma", "--keyring")
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "key-store.json").exists()
    shown = _rentan(tmp_path, "keys", "show")
    assert shown.returncode == 0, shown.stderr
    assert "Protection" in shown.stdout
    (tmp_path / "key-store.json").unlink()  # the key store lost (another Windows account, a new PC)
    refused = _rentan(tmp_path, "keys", "show")
    assert refused.returncode == 2 and "locked" in refused.stderr and "Traceback" not in refused.stderr
