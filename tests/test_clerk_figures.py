"""QA walk r3, defects 10 and 32: the per-sponsor page's unpaid figure agrees with the month's
footer; months in messages and printed footers read "December 2026"; NIP length on the digits."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from rentan_desktop.domain.nip import check_nip
from rentan_desktop.payments import month_view, service, status
from tests.pay_helpers import add_sponsor, add_worker

TODAY = dt.date(2026, 12, 3)  # December is not due yet (15th): unpaid this month, not yet in arrears


def test_per_sponsor_unpaid_agrees_with_the_month_footer(db):
    rosmawati = add_sponsor(db, "Hj. Rosmawati")
    budi = add_sponsor(db, "Budi")
    arbain = add_worker(db, "2026-12", sponsor=rosmawati, name="ARBAIN")
    paid = add_worker(db, "2026-12", sponsor=budi)
    add_worker(db, "2026-12", sponsor=budi)
    service.record_payments(db, "Siti", paid["uid"], ["2026-12"], "tpp", today=TODAY)
    service.record_payments(db, "Siti", arbain["uid"], ["2026-12"], "tpp", today=TODAY)
    service.reverse_payment(db, "Siti", service.live_payment_uid(db, arbain["uid"], "2026-12"), "salah catat")
    rows = {r.name: r for r in status.sponsor_summary(db, "2026-12", TODAY)}
    footer = month_view.select_month(db, "2026-12").totals.outstanding
    assert rows["Hj. Rosmawati"].unpaid_month == 16_800 and rows["Budi"].unpaid_month == 16_800
    assert sum(r.unpaid_month for r in rows.values()) == footer == 2 * 16_800


def test_per_sponsor_page_names_both_figures_and_groups_the_nip(qtbot):
    from rentan_desktop.ui.payments.payment_models import SponsorModel

    model = SponsorModel()
    row = status.SponsorSummary("uid", "198001282006041003", "Hj. Rosmawati", None, "staff", 1, 0, 0, 1, 1, 16_800)
    model.set_rows([row])
    headers = [model.headerData(c, qtbot_orientation()) for c in range(model.columnCount())]
    assert "Unpaid this month" in headers and "Arrears (past due date)" in headers
    assert "Outstanding" not in headers  # one label, one meaning (the footer's)
    assert model.index(0, 0).data() == "19800128 200604 1 003"
    assert model.index(0, headers.index("Unpaid this month")).data() == "Rp16.800"


def qtbot_orientation():
    from rentan_desktop.ui.qt import Qt

    return Qt.Orientation.Horizontal


def test_nip_messages_name_the_month_as_every_screen_does():
    check = check_nip("20050101 202001 1 001", today=dt.date(2026, 12, 1))
    text = " ".join(i.message for i in check.issues)
    assert "January 2020" in text and "2020-01" not in text


def test_deduction_list_footer_names_the_month(db, tmp_path):
    from rentan_desktop.printing import deduction_list

    sponsor = add_sponsor(db, "Budi")
    add_worker(db, "2026-12", sponsor=sponsor)
    out = deduction_list.render(tmp_path / "d.pdf", db=db, month="2026-12", day=TODAY)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Payroll deduction list December 2026" in text and "2026-12" not in text
