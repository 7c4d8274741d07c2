"""QA walk r5, 12: a bundle Disnaker opened before trusting the OPD's key waits in the quarantine; Beranda
said nothing of it and counted the OPD as one that "has not sent a first bundle yet"."""

from __future__ import annotations

import datetime as dt

from rentan_desktop.reports import home
from tests.test_home import add_opd

QUARANTINED = ["rentan-4.02-to-disnaker-000001.rentan.tar"]


def test_a_bundle_in_the_quarantine_is_named_with_the_way_on(disnaker_db):
    add_opd(disnaker_db, "1.01", "Dinas Pendidikan")
    add_opd(disnaker_db, "4.02", "Badan Pendapatan Daerah")
    lines = home.lines_for(disnaker_db, dt.date.today(), QUARANTINED)
    keys = [line.key for line in lines]
    assert keys[0] == "quarantine"
    first = lines[0]
    assert first.count == 1 and first.level == "warn" and first.target == home.T_QUARANTINE
    assert "(4.02)" in first.text and "key enrollment file" in first.text and "Quarantine" in first.text
    never = next(line for line in lines if line.key == "opd_first")
    assert never.count == 1  # 1.01 only: 4.02 did send its first bundle
    assert "opd_late" not in keys


def test_no_quarantine_no_line(disnaker_db):
    add_opd(disnaker_db, "1.01", "Dinas Pendidikan")
    assert "quarantine" not in [line.key for line in home.lines_for(disnaker_db, dt.date.today(), [])]
