"""The whole loop through real bundles: three OPD installs send their rosters, Disnaker decides
a duplicate, registers workers with BPJS, imports the branch's answer, returns KPJ numbers
and decisions to the OPDs, receives their payments and reconciles the month."""

from __future__ import annotations

import pytest
import xlsxwriter
from openpyxl import load_workbook

from rentan_desktop.disnaker import bpjs_export, bpjs_import, duplicates, payment_list, reconcile
from rentan_desktop.domain.months import current_month
from rentan_desktop.payments import service as pay_service
from rentan_desktop.roster import service
from rentan_desktop.sync import export, importer
from tests.disnaker_data import nik, worker_data
from tests.sync_support import DISNAKER, connect, install

pytestmark = pytest.mark.usefixtures("sync_keys")


OPDS = (("1.01", "Dinas Pendidikan"), ("1.02", "Dinas Kesehatan"), ("1.03", "Dinas Sosial"))


@pytest.fixture
def world(tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    dis = install(tmp_path / "disnaker", **DISNAKER)
    opds = {}
    for code, name in OPDS:
        ctx = install(tmp_path / code, role="opd", pemda="Kota Palangka Raya", operator=f"op {code}",
                      opd_code=code, opd_name=name)
        connect(ctx, dis, stick)
        opds[code] = ctx
    yield dis, opds, stick
    for ctx in (dis, *opds.values()):
        ctx.close()


def enter(ctx, sponsor: str, workers: list[tuple[int, str, dict]]) -> dict[str, str]:
    sponsor_id = service.save_sponsor(ctx.db, "op", {"kind": "apbd", "name": sponsor}).id
    month = current_month()
    return {name: service.save_worker(ctx.db, "op", worker_data(serial, sponsor_id, name, start_month=month,
                                                                 **extra)).uid
            for serial, name, extra in workers}


def send_up(ctx, dis, stick) -> None:
    path = export.export_bundle(ctx.db, ctx.data_dir, stick, operator="op").path
    assert importer.apply(dis.db, dis.data_dir, path, "Rudi").status == "applied"


def send_down(dis, ctx, stick) -> None:
    path = export.export_bundle(dis.db, dis.data_dir, stick, peer=ctx.site.opd_code, operator="Rudi").path
    assert importer.apply(ctx.db, ctx.data_dir, path, "op").status == "applied"


def test_opds_to_bpjs_and_back(world, tmp_path):
    dis, opds, stick = world
    w = {}
    w.update({f"1.01 {k}": v for k, v in enter(opds["1.01"], "Agus Santoso", [
        (1, "Budi Hartono", {}), (2, "Ani Rahayu", {"nik": nik(2, female=True)})]).items()})
    w.update({f"1.02 {k}": v for k, v in enter(opds["1.02"], "Dewi Lestari", [
        (1, "Budi Hartono", {}), (3, "Cahya Putra", {})]).items()})
    w.update({f"1.03 {k}": v for k, v in enter(opds["1.03"], "Hadi Wijaya", [(4, "Dodi Saputra", {})]).items()})
    for ctx in opds.values():
        send_up(ctx, dis, stick)
    assert dis.db.execute("SELECT count(*) FROM workers").fetchone()[0] == 5

    # Disnaker sees Budi in two OPDs and decides that Dinas Pendidikan's sponsorship stands.
    [case] = duplicates.find_cases(dis.db, "open")
    assert case.nik == nik(1) and case.opd_codes == ["1.01", "1.02"]
    duplicates.decide(dis.db, "Rudi", nik(1), {w["1.01 Budi Hartono"]: "stands", w["1.02 Budi Hartono"]: "withdraw"},
                      "Dinas Pendidikan registered him first")

    # Registration file: the withdrawn record is held back.
    reg = tmp_path / "registration.xlsx"
    assert bpjs_export.export_registration(dis.db, "Rudi", reg).count == 4
    sent = {row[1] for row in load_workbook(reg).active.iter_rows(min_row=2, values_only=True)}
    assert sent == {nik(1), nik(2, female=True), nik(3), nik(4)}

    # The branch answers: three accepted, Ani rejected.
    result = tmp_path / "hasil.xlsx"
    wb = xlsxwriter.Workbook(str(result))
    ws = wb.add_worksheet()
    for i, row in enumerate([["NIK", "No KPJ", "Tanggal Kepesertaan", "Status", "Keterangan"],
                             [nik(1), "23110000001", "01/12/2026", "Diterima", ""],
                             [nik(2, female=True), "", "", "Ditolak", "NIK tidak terdaftar di Dukcapil"],
                             [nik(3), "23110000003", "01/12/2026", "Diterima", ""],
                             [nik(4), "23110000004", "01/12/2026", "Diterima", ""]]):
        for j, value in enumerate(row):
            ws.write_string(i, j, value)
    wb.close()
    report = bpjs_import.import_result(dis.db, "Rudi", result)
    assert report.applied and (report.accepted, report.rejected) == (3, 1)

    # Return bundles carry KPJ numbers, the rejection and the decision to the OPDs.
    for ctx in opds.values():
        send_down(dis, ctx, stick)
    o1, o2, o3 = (opds[c].db for c in ("1.01", "1.02", "1.03"))
    budi = o1.execute("SELECT kpj, status, bpjs_start_date FROM workers WHERE uid = ?",
                      [w["1.01 Budi Hartono"]]).fetchone()
    assert budi == ("23110000001", "active", "2026-12-01")
    assert o1.execute("SELECT bpjs_status, bpjs_reason, kpj FROM workers WHERE uid = ?",
                      [w["1.01 Ani Rahayu"]]).fetchone() == ("rejected", "NIK tidak terdaftar di Dukcapil", None)
    assert o2.execute("SELECT kpj FROM workers WHERE uid = ?", [w["1.02 Cahya Putra"]]).fetchone()[0] == "23110000003"
    assert o3.execute("SELECT kpj FROM workers WHERE uid = ?", [w["1.03 Dodi Saputra"]]).fetchone()[0] == "23110000004"
    received = {d["worker_uid"]: d for d in duplicates.decisions_for_workers(o2)}
    assert received[w["1.02 Budi Hartono"]]["outcome"] == "withdraw"
    assert received[w["1.02 Budi Hartono"]]["kept_in"] == "1.01 Dinas Pendidikan"
    assert "registered him first" in received[w["1.02 Budi Hartono"]]["note"]
    assert duplicates.decisions_for_workers(o1)[0]["outcome"] == "stands"
    assert duplicates.decisions_for_workers(o3) == []  # 1.03 receives nothing about other OPDs' workers

    # The OPD acts on the decision; its next bundle closes the case at Disnaker.
    service.end_worker(o2, "op", w["1.02 Budi Hartono"], current_month() + "-01", "Sponsored by Dinas Pendidikan")

    # The OPDs pay the month for their active workers and send the payments up.
    month = current_month()
    for code, names in (("1.01", ["Budi Hartono"]), ("1.02", ["Cahya Putra"]), ("1.03", ["Dodi Saputra"])):
        for name in names:
            pay_service.record_payments(opds[code].db, "op", w[f"{code} {name}"], [month], "tpp")
        send_up(opds[code], dis, stick)
    assert duplicates.find_cases(dis.db) == []
    plist = payment_list.build(dis.db, month)
    assert [(g.code, [line.kpj for line in g.lines]) for g in plist.groups] == [
        ("1.01", ["23110000001"]), ("1.02", ["23110000003"]), ("1.03", ["23110000004"])]

    # BPJS confirms two of the three payments, one with another amount.
    confirmation = tmp_path / "konfirmasi.csv"
    amount = plist.groups[0].lines[0].amount
    confirmation.write_text(f"KPJ;Nama;Iuran\n23110000001;Budi Hartono;{amount}\n23110000003;Cahya Putra;10000\n",
                            encoding="utf-8")
    assert reconcile.import_confirmation(dis.db, "Rudi", confirmation, month).applied
    result = reconcile.reconcile(dis.db, month)
    assert result.matched == 1
    assert {(d.kind, d.opd_code, d.name) for d in result.differences} == {
        ("amount_differs", "1.02", "Cahya Putra"), ("not_confirmed", "1.03", "Dodi Saputra")}
