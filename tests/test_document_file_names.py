"""Per-person documents suggest a file name of their own (first name + last 4 digits), so saving two
workers' forms into one folder never overwrites the first, and the name identifies nobody in full."""

from __future__ import annotations

import pytest

from rentan_desktop.printing import file_names
from rentan_desktop.reports.view_export import file_month
from rentan_desktop.roster import service
from tests.print_support import SPONSOR, WORKER, add_sponsor_with_worker, fill


@pytest.mark.parametrize(("name", "expected"), [
    ("Siti Rahmawati", "siti"),
    ("Drs. H. Bambang Sutrisno, M.Pd.", "bambang"),
    ("Hj. Nur'aini", "nuraini"),
    ("dr Ayu Lestari", "ayu"),
    ("Ni Luh Putu Ayu", "ni"),
    ("Élise Ñoño", "elise"),
    ("Sukarno", "sukarno"),
    ("A" * 60, "a" * 20),
    ("../../etc/passwd", "etcpasswd"),
    ("", ""),
])
def test_first_name_is_a_safe_short_file_name_part(name, expected):
    assert file_names.first_name(name) == expected


@pytest.mark.parametrize(("people", "expected"), [
    ([("Siti Rahmawati", "6271014508950012")], "formulir-pendaftaran-siti-0012.pdf"),
    ([("Siti Rahmawati", "6271014508950012")] * 2, "formulir-pendaftaran-siti-0012.pdf"),
    ([("Siti A", "6271014508950012"), ("Siti B", "6271014508950099")], "formulir-pendaftaran-2-pekerja.pdf"),
    ([("Siti Rahmawati", None)], "formulir-pendaftaran-siti.pdf"),
    ([], "formulir-pendaftaran.pdf"),
])
def test_document_name_for_one_person_or_several(people, expected):
    assert file_names.document_name("formulir-pendaftaran", people, "pekerja") == expected


def test_two_workers_forms_never_share_a_name_and_hold_no_full_nik(opd_ctx):
    sponsor_uid, first = add_sponsor_with_worker(opd_ctx.db)
    sponsor_id = opd_ctx.db.execute("SELECT id FROM sponsors WHERE uid = ?", [sponsor_uid]).fetchone()[0]
    second = service.save_worker(opd_ctx.db, "Siti", {**WORKER, "nik": "6271011508950077", "name": "Ahmad Yani",
                                                      "sponsor_id": sponsor_id}).uid
    one = file_names.worker_document(opd_ctx.db, "formulir-pendaftaran", [first])
    two = file_names.worker_document(opd_ctx.db, "formulir-pendaftaran", [second])
    assert (one, two) == ("formulir-pendaftaran-ahmad-0001.pdf", "formulir-pendaftaran-ahmad-0077.pdf")
    assert WORKER["nik"] not in one and "fauzi" not in one
    letter = file_names.sponsor_document(opd_ctx.db, "surat-pernyataan", [sponsor_uid])
    assert letter == "surat-pernyataan-budi-" + SPONSOR["nip"].replace(" ", "")[-4:] + ".pdf"


def test_receipt_names_the_worker_and_the_month(opd_ctx):
    fill(opd_ctx.db, workers=6, sponsors=3)
    uid, name, nik, month = opd_ctx.db.execute(
        "SELECT p.uid, w.name, w.nik, p.month FROM payments p JOIN workers w ON w.id = p.worker_id "
        "WHERE p.kind = 'payment' ORDER BY p.id LIMIT 1").fetchone()
    expected = f"kuitansi-{file_names.first_name(name)}-{nik[-4:]}-{file_month(month)}.pdf"
    assert file_names.payment_document(opd_ctx.db, "kuitansi", [uid]) == expected
    others = [u for (u,) in opd_ctx.db.execute(
        "SELECT p.uid FROM payments p JOIN workers w ON w.id = p.worker_id GROUP BY w.id LIMIT 3").fetchall()]
    assert file_names.payment_document(opd_ctx.db, "kuitansi", others) == "kuitansi-3-pekerja.pdf"
