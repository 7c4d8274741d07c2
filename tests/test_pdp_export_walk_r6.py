"""QA walk r6, 8: a person's xlsx had a blank "Payments" sheet where the PDF says "Nothing.", and the record
sheet listed system fields no person asked about ("Nomor perubahan untuk provinsi 0", "ID data <uuid>")."""

from __future__ import annotations

import openpyxl

from rentan_desktop import fields
from rentan_desktop.pdp import export
from rentan_desktop.roster import demo


def test_an_unpaid_persons_xlsx_says_nothing_and_hides_system_fields(opd_ctx, tmp_path):
    demo.generate(opd_ctx.db, sponsors=2, workers=3, opds=1, seed=5, operator="t")
    uid = opd_ctx.db.execute("SELECT uid FROM workers w WHERE NOT EXISTS (SELECT 1 FROM payments p "
                             "WHERE p.worker_id = w.id) ORDER BY id LIMIT 1").fetchone()[0]
    _, xlsx = export.export_subject(opd_ctx.db, "worker", uid, tmp_path / "out", operator="Siti", pemda="Kota")
    book = openpyxl.load_workbook(xlsx)
    assert [row for row in book["Payments"].iter_rows(values_only=True)] == [("Nothing.",)]
    record = {row[0].value: row[1].value for row in book["Record"].iter_rows(min_row=2)}
    for internal in ("hub_rev", "uid", "rev", "id"):
        assert fields.label("workers", internal) not in record, internal
    assert uid not in [str(v) for v in record.values()]
