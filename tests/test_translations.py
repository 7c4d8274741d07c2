"""Every UI and core string has an Indonesian translation, and the catalogues are current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_string_is_translated_and_catalogues_are_current():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "check"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_core_messages_follow_the_language():
    from rentan_desktop import i18n
    from rentan_desktop.domain.nik import check_nik

    i18n.set_language("id")
    try:
        assert check_nik("123").issues[0].message == "NIK harus terdiri dari tepat 16 digit angka."
    finally:
        i18n.set_language("en")
    assert check_nik("123").issues[0].message == "NIK must be exactly 16 digits."
