"""What the GUI start leaves until after the first screen still happens (issue 15)."""

from __future__ import annotations

import os
import subprocess
import sys

from rentan_desktop.security.vault import Vault
from tests.sync_support import PASSPHRASE, make_pair


def test_the_started_gui_keeps_the_install_key_escrowed_to_disnaker(tmp_path):
    pair = make_pair(tmp_path, workers=0)
    folder = pair.opd.data_dir
    pair.close()
    vault = Vault.load(folder)
    vault.set_escrow([])  # as before Disnaker was trusted: the next opening must write the copy
    vault.save()
    code = "import sys; from rentan_desktop.ui.app import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RENTAN_PASSPHRASE": PASSPHRASE}
    done = subprocess.run([sys.executable, "-c", code, "--data-dir", str(folder), "--quit-when-shown"],
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "main window shown" in done.stdout
    # Refreshed after the window painted (here: at the quit that came first), never skipped.
    assert Vault.load(folder).escrow()
