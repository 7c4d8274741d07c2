"""The holiday calendar and the programme rules travel from Disnaker to the OPDs."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.payments.calendar import Calendar
from rentan_desktop.payments.rules import put_rules, rules_for
from rentan_desktop.sync import export, importer
from tests.sync_support import make_pair


@pytest.fixture
def pair(tmp_path):
    p = make_pair(tmp_path, workers=0)
    yield p
    p.close()


def test_a_holiday_disnaker_adds_and_its_rules_reach_the_opd(pair):
    dis, opd = pair.dis.db, pair.opd.db
    stamp = "2026-12-01T08:00:00Z"  # a Disnaker edit is always stamped (payments/holidays.py)
    dis.execute("INSERT INTO holidays(uid, day, name, kind, created_at, updated_at, rev) "
                "VALUES ('h-extra', '2027-03-15', 'Cuti tambahan', 'national', ?, ?, 1)", [stamp, stamp])
    dis.execute("UPDATE holidays SET active = 0 WHERE day = '2026-12-25'")
    put_rules(dis, "2027-01", {"cuti_bersama_working": False, "due_day": 14})
    path = export.export_bundle(dis, pair.dis.data_dir, pair.stick, peer="1.01", operator="Rudi").path
    importer.apply(opd, pair.opd.data_dir, path, "Siti")
    cal = Calendar.load(opd)
    assert dt.date(2027, 3, 15) in cal.national and dt.date(2026, 12, 25) not in cal.national
    assert rules_for(opd, "2027-02").due_day == 14 and not rules_for(opd, "2027-02").cuti_bersama_working
    assert cal.due_date("2027-03") == dt.date(2027, 3, 16)   # 14 Sunday, 15 the new holiday
