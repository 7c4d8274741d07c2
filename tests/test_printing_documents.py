"""Printed documents read back from the PDF: fields, amounts, fonts, wrapping and page flow."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.domain.months import current_month
from rentan_desktop.errors import UserError
from rentan_desktop.payments import service as pay
from rentan_desktop.payments.deductions import deduction_list as compute_deductions
from rentan_desktop.printing import (
    base,
    deduction_list,
    enrollment_form,
    fingerprint_letter,
    receipt,
    statement_letter,
)
from rentan_desktop.printing.records import select_workers, sponsor_by_nip
from rentan_desktop.roster import service
from rentan_desktop.tasks import Cancelled, TaskState
from tests.print_support import (
    HEAD,
    add_sponsor_with_worker,
    all_text,
    fill,
    font_report,
    overflowing_text,
    pages_text,
)

LONG_NAME = ("Raden Ajeng Siti Nurhaliza Kusumawardhani binti Haji Abdurrahman Wahid Hasyim "
             "Sastroamidjojo Mangkunegara")
LONG_STREET = ("Jalan Letnan Jenderal Soeprapto Gang Kenanga Nomor 123 Blok C Kompleks Perumahan Griya Asri "
               "Permai Sejahtera Indah")


class Recorder(TaskState):
    def __init__(self, cancel_at: int | None = None):
        super().__init__()
        self.reports: list[tuple[int, int]] = []
        self.cancel_at = cancel_at
        self.min_interval = 0

    def report(self, done, total, text):
        self.reports.append((done, total))
        if self.cancel_at is not None and done >= self.cancel_at:
            self.request_cancel()


def test_enrollment_form_carries_every_registration_field(db, tmp_path):
    sponsor_uid, worker_uid = add_sponsor_with_worker(db)
    out = enrollment_form.render(tmp_path / "form.pdf", db=db, worker_uids=[worker_uid])
    pages = pages_text(out)
    assert len(pages) == 1
    text = pages[0]
    for expected in ("Ahmad Fauzi", "6271011508950001", "Sampit, 15/08/1995", "Male", "Sri Wahyuni",
                     "0812-3456-7890", "Jl. Kenanga 5, RT 003 / RW 011", "Langkai", "Pahandut",
                     "Kota Palangka Raya", "Petani", "Pasar Besar", "Rp1.000.000", "Rina Fauzi", "Spouse",
                     "JKK + JKM", "November 2026", "Rp16.800", "JKK Rp10.000", "JKM Rp6.800",
                     "Enam belas ribu delapan ratus rupiah", "Budi Santoso", "19700505 199503 1 002",
                     "Dinas Pendidikan", "Kepala Seksi", "Neighbour", worker_uid,
                     "GOVERNMENT OF KOTA PALANGKA RAYA", "Participant", "Sponsor", "Palangka Raya, "):
        assert expected in text, expected
    assert "JKM (death): Rp42.000.000" in text  # the benefits summary


def test_form_amount_follows_income_and_jht(db, tmp_path):
    _, uid = add_sponsor_with_worker(db, declared_income=2_000_000, jht=1)
    text = all_text(enrollment_form.render(tmp_path / "f.pdf", db=db, worker_uids=[uid]))
    # Brackets step by Rp200,000 from Rp1M, so the base is Rp2,000,000: JKK 1% = Rp20,000, JKM Rp6,800,
    # JHT 2% = Rp40,000.
    assert "JKK + JKM + JHT" in text
    assert "Rp66.800" in text and "JHT Rp40.000" in text
    assert "Enam puluh enam ribu delapan ratus rupiah" in text


def test_fonts_are_embedded_and_text_is_real(db, tmp_path):
    _, uid = add_sponsor_with_worker(db)
    out = enrollment_form.render(tmp_path / "form.pdf", db=db, worker_uids=[uid])
    fonts = font_report(out)
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVu" in name for name in fonts)


def test_long_name_and_address_wrap_inside_the_page(db, tmp_path):
    _, uid = add_sponsor_with_worker(db, name=LONG_NAME, street=LONG_STREET)
    out = enrollment_form.render(tmp_path / "form.pdf", db=db, worker_uids=[uid])
    text = all_text(out)
    for word in LONG_NAME.split() + LONG_STREET.split():
        assert word in text, word
    assert overflowing_text(out) == []


def test_batch_in_order_with_progress_and_cancel(db, tmp_path):
    fill(db, workers=60, payments=False)
    uids = select_workers(db)[:55]
    state = Recorder()
    out = enrollment_form.render(tmp_path / "batch.pdf", db=db, worker_uids=uids, state=state)
    pages = pages_text(out)
    assert len(pages) == 55
    names = [r[0] for r in db.execute("SELECT name FROM workers ORDER BY name COLLATE NOCASE, id").fetchall()]
    assert names[0] in pages[0] and names[54] in pages[54]
    assert state.reports[-1] == (55, 55) and len(state.reports) >= 3

    cancelling = Recorder(cancel_at=25)
    with pytest.raises(Cancelled):
        enrollment_form.render(tmp_path / "cancelled.pdf", db=db, worker_uids=uids, state=cancelling)
    assert not (tmp_path / "cancelled.pdf").exists()
    assert list(tmp_path.glob(".*part")) == []


def test_selection_by_status_sponsor_and_nik(db):
    sponsor_uid, uid = add_sponsor_with_worker(db)
    assert select_workers(db, status="draft") == [uid]
    assert select_workers(db, sponsor_nip="197005051995031002") == [uid]
    assert select_workers(db, niks=["6271 0115 0895 0001"]) == [uid]
    with pytest.raises(ValidationError) as err:
        select_workers(db, niks=["6271011508950009"])
    assert err.value.issues[0].field == "nik"
    with pytest.raises(ValidationError):
        select_workers(db, status="sleeping")
    with pytest.raises(UserError):
        enrollment_form.render("/tmp/never.pdf", db=db, worker_uids=[])


def test_statement_letter_of_forty_workers_flows_with_header_on_every_page(db, tmp_path):
    sponsor_uid, first = add_sponsor_with_worker(db)
    sponsor_id = service.get_sponsor(db, sponsor_uid)["id"]
    for i in range(39):
        service.save_worker(db, "Siti", {"nik": f"627101150895{i + 2:04d}",
                                         "name": f"Pekerja Nomor {i:02d}", "mother_name": "Ibu",
                                         "start_month": "2026-11", "sponsor_id": sponsor_id})
    assert len(select_workers(db, sponsor_uid=sponsor_uid)) == 40
    out = statement_letter.render(tmp_path / "s.pdf", db=db, sponsor_uids=[sponsor_uid], month="2026-11")
    pages = pages_text(out)
    assert len(pages) >= 2
    for page in pages:
        assert "DINAS PENDIDIKAN" in page  # the letterhead repeats
    for page in pages[:-1]:
        assert "NIK" in page and "Monthly contribution" in page  # so does the table header
    text = " ".join(pages)
    assert "Budi Santoso" in text and "19700505 199503 1 002" in text and "Kepala Seksi" in text
    assert "Pekerja Nomor 38" in text and "Ahmad Fauzi" in text
    assert "Rp672.000" in text  # 40 x Rp16,800
    assert "Enam ratus tujuh puluh dua ribu rupiah" in text
    assert HEAD["head_name"] in pages[-1] and "Kepala Dinas Pendidikan" in pages[-1]
    assert overflowing_text(out) == []


def test_statement_refused_for_sponsor_without_workers(db, tmp_path):
    saved = service.save_sponsor(db, "Siti", {"kind": "pns", "nip": "198501012010011003", "name": "Tanpa Pekerja"})
    with pytest.raises(UserError):
        statement_letter.render(tmp_path / "s.pdf", db=db, sponsor_uids=[saved.uid])


def test_deduction_list_totals_match_the_payments_area(db, tmp_path):
    fill(db, workers=40, sponsors=10, payments=False)
    month = current_month()
    data = compute_deductions(db, month)
    assert data.sponsors
    out = deduction_list.render(tmp_path / "d.pdf", db=db, month=month)
    pages = pages_text(out)
    text = " ".join(pages)
    assert base.rupiah(data.grand_total) in text
    assert base.in_words(data.grand_total) in text
    assert f"{len(data.sponsors)} sponsors, {data.worker_count} workers" in text
    for sponsor in data.sponsors:
        assert sponsor.name in text
        if len(sponsor.workers) > 1:
            assert base.rupiah(sponsor.total) in text
        for worker in sponsor.workers:
            assert worker.nik in text
    assert HEAD["head_name"] in pages[-1] and HEAD["treasurer_name"] in pages[-1]
    assert "Bendahara Pengeluaran" in pages[-1]
    assert "PAYROLL DEDUCTION LIST" in pages[0]
    for page in pages:
        assert "DINAS PENDIDIKAN" in page  # the letterhead on every page
        if "Rp16.800" in page:
            assert "Deduction" in page  # and the table header wherever the table goes on
    assert overflowing_text(out) == []


def test_deduction_list_for_a_month_nobody_owes(db, tmp_path):
    with pytest.raises(UserError):
        deduction_list.render(tmp_path / "d.pdf", db=db, month="2026-11")


def test_receipt_for_a_prepayment_lists_its_months_and_words(db, tmp_path):
    _, worker_uid = add_sponsor_with_worker(db)
    service.set_worker_status(db, "Siti", worker_uid, "active")
    uids = pay.prepay(db, "Siti", worker_uid, 3, "cash", reference="BKU-77")   # from the oldest unpaid month
    out = receipt.render(tmp_path / "r.pdf", db=db, payment_uids=[uids[1]])
    pages = pages_text(out)
    assert len(pages) == 1
    text = pages[0]
    assert "Rp50.400" in text and "Lima puluh ribu empat ratus rupiah" in text
    assert "Budi Santoso" in text and "Ahmad Fauzi" in text and "6271011508950001" in text
    assert "BKU-77" in text and "(3 months)" in text
    assert HEAD["treasurer_name"] in text
    assert "RECEIPT (PREPAYMENT)" in text


def test_receipt_refused_for_a_reversed_payment(db, tmp_path):
    _, worker_uid = add_sponsor_with_worker(db)
    service.set_worker_status(db, "Siti", worker_uid, "active")
    [uid] = pay.prepay(db, "Siti", worker_uid, 1, "cash")
    pay.reverse_payment(db, "Siti", uid, "typed twice")
    with pytest.raises(ValidationError):
        receipt.render(tmp_path / "r.pdf", db=db, payment_uids=[uid])


def test_fingerprint_letter(db, tmp_path):
    from rentan_desktop.store import settings
    from tests.print_support import LETTERHEAD

    settings.put(db, "letterhead", LETTERHEAD)
    settings.put(db, "signatories", HEAD)
    fingerprint = "3F2A 9C01 77DE 0B4C 5A6F 1E2D 3C4B 5A69 7887 96A5"
    out = fingerprint_letter.render(tmp_path / "k.pdf", db=db, title="KEY FINGERPRINT LETTER",
                                    site_label="OPD 1.01 Dinas Pendidikan", fingerprint=fingerprint,
                                    key_text="RWQ" + "x" * 150)
    text = all_text(out)
    assert fingerprint in text and "OPD 1.01 Dinas Pendidikan" in text
    assert HEAD["head_name"] in text and "KEY FINGERPRINT LETTER" in text
    assert overflowing_text(out) == []
    assert all(font_report(out).values())  # the monospaced face is embedded too


def test_letterhead_without_settings_still_prints(db, tmp_path):
    _, uid = add_sponsor_with_worker(db)
    from rentan_desktop.store import settings

    settings.put(db, "signatories", {})
    out = enrollment_form.render(tmp_path / "f.pdf", db=db, worker_uids=[uid])
    assert "Ahmad Fauzi" in all_text(out)


def test_sponsor_lookup_by_nip(db):
    sponsor_uid, _ = add_sponsor_with_worker(db)
    assert sponsor_by_nip(db, "19700505 199503 1 002")["uid"] == sponsor_uid
    with pytest.raises(ValidationError):
        sponsor_by_nip(db, "199001012015011001")



@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="zbarimg (zbar-tools) or pdftoppm is not installed")
def test_qr_codes_scan_back_to_the_record_and_the_fingerprint(db, tmp_path):
    _, uid = add_sponsor_with_worker(db)
    form = enrollment_form.render(tmp_path / "form.pdf", db=db, worker_uids=[uid])
    fingerprint = "3F2A 9C01 77DE 0B4C 5A6F 1E2D 3C4B 5A69 7887 96A5"
    letter = fingerprint_letter.render(tmp_path / "k.pdf", db=db, title="KEY FINGERPRINT LETTER",
                                       site_label="OPD 1.01", fingerprint=fingerprint, key_text="RWQ")
    for pdf, expected in ((form, uid), (letter, fingerprint)):
        subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / pdf.stem)], check=True)
        scanned = subprocess.run(["zbarimg", "-q", "--raw", *map(str, tmp_path.glob(f"{pdf.stem}-*.png"))],
                                 capture_output=True, text=True).stdout.split("\n")
        assert expected in scanned
