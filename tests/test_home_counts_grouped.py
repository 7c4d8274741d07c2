"""QA walk r6, 17: "10001 pekerja belum lengkap datanya" on Beranda; Indonesian writes 10.001, as Rp16.800."""

from __future__ import annotations

from rentan_desktop import i18n
from rentan_desktop.reports import home


def test_beranda_counts_are_grouped_as_the_language_writes_them(db, monkeypatch):
    monkeypatch.setattr(home, "count_incomplete", lambda _db, opd_id=None: 10_001)
    i18n.set_language("id")
    try:
        assert home._incomplete_line(db).text.startswith("10.001 pekerja")
    finally:
        i18n.set_language("en")
    assert home._incomplete_line(db).text.startswith("10,001 worker(s)")
