"""Disnaker refuses a bundle payment that the OPD's own payment rule would refuse: a month paid while
an earlier payable month was left unpaid (issue 18). In order, with a reversal later, passes."""

from __future__ import annotations

import pytest

from rentan_desktop.domain.months import add_months, current_month
from rentan_desktop.errors import UserError
from rentan_desktop.payments import service
from rentan_desktop.roster import service as roster
from rentan_desktop.sync import export, importer
from tests.disnaker_data import worker_data
from tests.sync_support import file_state, make_pair

NOW = current_month()


pytestmark = pytest.mark.usefixtures("sync_keys")


@pytest.fixture
def pair(tmp_path):
    p = make_pair(tmp_path, sponsors=2, workers=2)
    sponsor = p.opd.db.execute("SELECT id FROM sponsors ORDER BY id LIMIT 1").fetchone()[0]
    uid = roster.save_worker(p.opd.db, "Siti", worker_data(51, sponsor, "Slamet Tertib",
                                                             start_month=add_months(NOW, -2))).uid
    p.opd.db.execute("UPDATE workers SET status = 'active' WHERE uid = ?", [uid])
    p.worker = uid
    yield p
    p.close()


def _up(pair):
    return export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path


def _months_at_disnaker(pair):
    return [m for (m,) in pair.dis.db.execute(
        "SELECT p.month FROM payments p JOIN workers w ON w.id = p.worker_id WHERE w.uid = ? "
        "AND p.kind = 'payment' AND p.reversed_at IS NULL ORDER BY 1", [pair.worker])]


def test_a_month_paid_over_an_unpaid_earlier_one_refuses_the_bundle(pair):
    # The form refuses this; an older install (or a changed file) could still send it.
    service.record_payments(pair.opd.db, "Siti", pair.worker, [NOW], "cash")
    path = _up(pair)
    before = file_state(pair.dis)
    preview = importer.preview(pair.dis.db, pair.dis.data_dir, path)
    assert preview.total("errors") >= 1
    with pytest.raises(UserError) as info:
        importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    message = str(info.value)
    assert "was still unpaid" in message and "records" in message and "first" in message
    assert file_state(pair.dis) == before


def test_months_paid_in_order_and_a_later_reversal_pass(pair):
    service.pay_in_order(pair.opd.db, "Siti", pair.worker, [add_months(NOW, -2)], "cash")
    service.pay_in_order(pair.opd.db, "Siti", pair.worker, [add_months(NOW, -1)], "cash")
    service.record_month(pair.opd.db, "Siti", NOW, "tpp")
    importer.apply(pair.dis.db, pair.dis.data_dir, _up(pair), "Rudi")
    assert _months_at_disnaker(pair) == [add_months(NOW, -2), add_months(NOW, -1), NOW]
    middle = service.live_payment_uid(pair.opd.db, pair.worker, add_months(NOW, -1))
    service.reverse_payment(pair.opd.db, "Siti", middle, "salah catat")  # reopens a month: allowed
    importer.apply(pair.dis.db, pair.dis.data_dir, _up(pair), "Rudi")
    assert _months_at_disnaker(pair) == [add_months(NOW, -2), NOW]


def test_a_hole_after_the_start_month_refuses_the_bundle_too(pair):
    # The bundle carries the start month and a later one: the month between is the one left unpaid.
    service.record_payments(pair.opd.db, "Siti", pair.worker, [add_months(NOW, -2), NOW], "cash")
    path = _up(pair)
    before = file_state(pair.dis)
    with pytest.raises(UserError) as info:
        importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    assert "was still unpaid" in str(info.value)
    assert file_state(pair.dis) == before
