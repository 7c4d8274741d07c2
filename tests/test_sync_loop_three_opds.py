"""Three OPDs and Disnaker over two months, through real bundles (issue 11, "Tests and figures"):
provisioning and trust, rosters with one NIK in two OPDs, a dry run, the duplicate decision, the
registration export, the BPJS answer, return bundles, payments with a late OPD and a reversal,
replays and an out-of-order bundle. After every exchange each OPD's own reports equal Disnaker's
reports for that OPD, figure for figure, and no Disnaker-owned field changes because of an OPD bundle."""

from __future__ import annotations

import pytest

from rentan_desktop import fields
from rentan_desktop.disnaker import bpjs_export, bpjs_import, duplicates
from rentan_desktop.disnaker import registry as opd_registry
from rentan_desktop.domain.months import add_months, current_month
from rentan_desktop.fields import Owner
from rentan_desktop.payments import service as pay
from rentan_desktop.reports import registry as reports
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.roster import service
from rentan_desktop.sync import export, importer
from rentan_desktop.sync.bundle import BundleRefused
from tests.disnaker_data import nik, worker_data
from tests.sync_support import DISNAKER, bpjs_answer, connect, file_state, install

OPDS = (("1.01", "Dinas Pendidikan"), ("1.02", "Dinas Kesehatan"), ("1.03", "Dinas Sosial"))
SHARED_REPORTS = ("compliance", "workers", "money")
M2 = current_month()
M1 = add_months(M2, -1)


pytestmark = pytest.mark.usefixtures("sync_keys")


@pytest.fixture
def world(tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    dis = install(tmp_path / "disnaker", **DISNAKER)
    for code, name in OPDS:  # Disnaker's OPD list: ASN counts and heads from the personnel office
        opd_registry.save_opd(dis.db, "Rudi", {"code": code, "name": name, "head_name": f"Kepala {name}",
                                               "head_nip": None, "asn_count": 400 + int(code[-1]) * 10})
    opds = {}
    for code, name in OPDS:
        ctx = install(tmp_path / code, role="opd", pemda="Kota Palangka Raya", operator=f"op {code}",
                      opd_code=code, opd_name=name)
        connect(ctx, dis, stick)
        opds[code] = ctx
    yield dis, opds, stick
    for ctx in (dis, *opds.values()):
        ctx.close()


class Owned:
    """Every value Disnaker owns (its tables) and every BPJS answer it already knows. An OPD bundle
    may fill a BPJS field Disnaker does not know yet (a KPJ), never change or blank a known one."""

    def __init__(self, dis):
        self.tables = [dis.db.execute(f"SELECT {', '.join(['uid', *fields.owned_by(t, Owner.DISNAKER)])} "
                                      f"FROM {t} ORDER BY uid").fetchall()
                       for t in ("opds", "rate_tables", "duplicate_decisions")]
        self.answers = {(uid, col): value for col in fields.owned_by("workers", Owner.BPJS_VIA_DISNAKER)
                        for uid, value in dis.db.execute(f"SELECT uid, {col} FROM workers WHERE {col} IS NOT NULL")}

    def kept_in(self, later: Owned) -> bool:
        return self.tables == later.tables and all(later.answers.get(k) == v for k, v in self.answers.items())


def disnaker_owned(dis) -> Owned:
    return Owned(dis)


def send_up(world, code, *, expect="applied"):
    dis, opds, stick = world
    ctx = opds[code]
    path = export.export_bundle(ctx.db, ctx.data_dir, stick, operator="op").path
    owned = disnaker_owned(dis)
    assert importer.apply(dis.db, dis.data_dir, path, "Rudi").status == expect
    assert owned.kept_in(disnaker_owned(dis)), f"an OPD bundle from {code} changed a Disnaker-owned field"
    return path


def send_down(world, code):
    dis, opds, stick = world
    path = export.export_bundle(dis.db, dis.data_dir, stick, peer=code, operator="Rudi").path
    assert importer.apply(opds[code].db, opds[code].data_dir, path, "op").status == "applied"


def figures(db, month: str, opd_id: int | None) -> dict:
    out = {}
    for key in SHARED_REPORTS:
        report = reports.build(db, key, ReportParams(month=month, opd_id=opd_id))
        out[key] = [(t.key, t.rows, t.totals) for t in report.tables]
    return out


def assert_figures_agree(world, month: str) -> dict:
    dis, opds, _ = world
    totals = {}
    for code, ctx in opds.items():
        opd_id = dis.db.execute("SELECT id FROM opds WHERE code = ?", [code]).fetchone()[0]
        own = figures(ctx.db, month, None)
        assert figures(dis.db, month, opd_id) == own, f"OPD {code}, {month}"
        # The same status, paid-through month and arrears for every worker, without a refresh command.
        state = "SELECT uid, status, paid_through, kpj FROM workers ORDER BY uid"
        assert dis.db.execute(state.replace("ORDER", f"WHERE opd_id = {opd_id} ORDER")).fetchall() == \
            ctx.db.execute(state).fetchall(), f"OPD {code} worker states"
        totals[code] = own["money"]
    return totals


def enter(ctx, sponsor: str, workers: list[tuple[int, str, dict]]) -> dict[str, str]:
    sponsor_id = service.save_sponsor(ctx.db, "op", {"kind": "apbd", "name": sponsor}).id
    return {name: service.save_worker(ctx.db, "op", worker_data(serial, sponsor_id, name, start_month=M1,
                                                                 **extra)).uid
            for serial, name, extra in workers}


def test_three_opds_two_months_figures_agree(world, tmp_path):
    dis, opds, stick = world
    w = {}
    w.update({f"1.01 {k}": v for k, v in enter(opds["1.01"], "Agus Santoso", [
        (1, "Budi Hartono", {}), (2, "Ani Rahayu", {"nik": nik(2, female=True)}), (5, "Eko Prasetyo", {})]).items()})
    w.update({f"1.02 {k}": v for k, v in enter(opds["1.02"], "Dewi Lestari", [
        (1, "Budi Hartono", {}), (3, "Cahya Putra", {}), (6, "Fajar Nugroho", {})]).items()})
    w.update({f"1.03 {k}": v for k, v in enter(opds["1.03"], "Hadi Wijaya", [
        (4, "Dodi Saputra", {}), (7, "Gita Permata", {"nik": nik(7, female=True)})]).items()})
    # 1.03 already knows Gita's KPJ (registered before): it must reach Disnaker, not be registered again.
    gita = w["1.03 Gita Permata"]
    service.save_worker(opds["1.03"].db, "op", {**service.get_worker(opds["1.03"].db, gita), "kpj": "23110000077"},
                        uid=gita)

    # The dry run of the first bundle shows everything it would add and writes nothing.
    path = export.export_bundle(opds["1.01"].db, opds["1.01"].data_dir, stick, operator="op").path
    before = file_state(dis)
    assert importer.preview(dis.db, dis.data_dir, path).table("workers").new == 3
    assert file_state(dis) == before
    assert importer.apply(dis.db, dis.data_dir, path, "Rudi").status == "applied"
    for code in ("1.02", "1.03"):
        send_up(world, code)
    assert dis.db.execute("SELECT kpj FROM workers WHERE uid = ?", [gita]).fetchone()[0] == "23110000077"

    # Budi is in two OPDs; Disnaker decides Dinas Pendidikan's sponsorship stands.
    [case] = duplicates.find_cases(dis.db, "open")
    duplicates.decide(dis.db, "Rudi", nik(1), {w["1.01 Budi Hartono"]: "stands", w["1.02 Budi Hartono"]: "withdraw"},
                      "registered first in Dinas Pendidikan")
    reg = tmp_path / "registration.xlsx"
    assert bpjs_export.export_registration(dis.db, "Rudi", reg).count == 6  # not Gita (KPJ), not the twin
    assert {s for (s,) in dis.db.execute("SELECT DISTINCT status FROM workers WHERE bpjs_status = 'submitted'")} == {
        "submitted"}
    answer = tmp_path / "hasil.xlsx"
    bpjs_answer(answer, [[nik(1), "23110000001", f"01/{M1[5:]}/{M1[:4]}", "Diterima", ""],
                         [nik(2, female=True), "", "", "Ditolak", "NIK tidak terdaftar di Dukcapil"],
                         [nik(5), "23110000005", f"01/{M1[5:]}/{M1[:4]}", "Diterima", ""],
                         [nik(3), "23110000003", f"01/{M1[5:]}/{M1[:4]}", "Diterima", ""],
                         [nik(6), "23110000006", f"01/{M1[5:]}/{M1[:4]}", "Diterima", ""],
                         [nik(4), "23110000004", f"01/{M1[5:]}/{M1[:4]}", "Diterima", ""]])
    assert bpjs_import.import_result(dis.db, "Rudi", answer).applied
    for code in opds:
        send_down(world, code)
    o1, o2, o3 = (opds[c].db for c in ("1.01", "1.02", "1.03"))
    assert o3.execute("SELECT kpj FROM workers WHERE uid = ?", [gita]).fetchone()[0] == "23110000077"
    assert o1.execute("SELECT asn_count FROM opds WHERE code = '1.01'").fetchone()[0] == 410
    service.end_worker(o2, "op", w["1.02 Budi Hartono"], M1 + "-01", "Sponsored by Dinas Pendidikan")
    service.set_worker_status(o3, "op", gita, "active")

    # Month 1: two OPDs pay on time, 1.03 is late.
    for code, names in (("1.01", ["Budi Hartono", "Eko Prasetyo"]), ("1.02", ["Cahya Putra", "Fajar Nugroho"])):
        for name in names:
            pay.record_payments(opds[code].db, "op", w[f"{code} {name}"], [M1], "tpp")
    for code in opds:
        send_up(world, code)
        send_down(world, code)
    month1 = assert_figures_agree(world, M1)
    # 1.03 marked Gita active on the KPJ it knew; 'active' is BPJS's word, carried by Disnaker: until
    # Disnaker records BPJS's acceptance she is 'submitted' (payable) on both sides, then active on both.
    status_of = "SELECT status FROM workers WHERE uid = ?"
    assert dis.db.execute(status_of, [gita]).fetchone()[0] == o3.execute(status_of, [gita]).fetchone()[0] == \
        "submitted"
    bpjs_import.record_answer(dis.db, "Rudi", gita, "accepted", kpj="23110000077",
                              start_date=f"01/{M1[5:]}/{M1[:4]}")

    # Month 2: everyone pays, the late OPD pays its arrears, 1.02 reverses a wrong payment and pays again.
    for code, names in (("1.01", ["Budi Hartono", "Eko Prasetyo"]), ("1.02", ["Cahya Putra", "Fajar Nugroho"])):
        for name in names:
            pay.record_payments(opds[code].db, "op", w[f"{code} {name}"], [M2], "tpp")
    for name in ("Dodi Saputra", "Gita Permata"):
        pay.record_payments(o3, "op", w[f"1.03 {name}"], [M1, M2], "cash")
    wrong = pay.live_payment_uid(o2, w["1.02 Fajar Nugroho"], M2)
    pay.reverse_payment(o2, "op", wrong, "paid by the wrong sponsor")
    pay.record_payments(o2, "op", w["1.02 Fajar Nugroho"], [M2], "cash")

    # Out of order: 1.01's second bundle of the month arrives before its first. It repeats every change not
    # yet acknowledged, so it applies (the gap named) and the first, arriving late, changes nothing; a
    # receiver that refuses the gap instead changes nothing until the first arrives.
    first = export.export_bundle(o1, opds["1.01"].data_dir, stick, operator="op").path
    service.save_worker(o1, "op", {**service.get_worker(o1, w["1.01 Eko Prasetyo"]), "phone": "081355500011"},
                        uid=w["1.01 Eko Prasetyo"])
    second = export.export_bundle(o1, opds["1.01"].data_dir, stick, operator="op").path
    owned = disnaker_owned(dis)
    before = file_state(dis)
    try:
        early = importer.apply(dis.db, dis.data_dir, second, "Rudi")
    except BundleRefused:
        assert file_state(dis) == before
        assert importer.apply(dis.db, dis.data_dir, first, "Rudi").status == "applied"
        assert importer.apply(dis.db, dis.data_dir, second, "Rudi").status == "applied"
    else:
        assert early.status == "applied" and any("never arrived" in n for n in early.notes)
        assert importer.apply(dis.db, dis.data_dir, first, "Rudi").status == "nothing"
    assert owned.kept_in(disnaker_owned(dis))
    # A replay changes nothing.
    before = file_state(dis)
    assert importer.apply(dis.db, dis.data_dir, first, "Rudi").status == "nothing"
    assert file_state(dis) == before
    for code in ("1.02", "1.03"):
        send_up(world, code)
    for code in opds:
        send_down(world, code)
    month2 = assert_figures_agree(world, M2)
    assert dis.db.execute(status_of, [gita]).fetchone()[0] == o3.execute(status_of, [gita]).fetchone()[0] == "active"
    assert assert_figures_agree(world, M1) != month1  # 1.03's arrears arrived for month 1

    # The money each OPD reports for the two months, as Disnaker reports it too.
    paid = {code: dis.db.execute("SELECT sum(amount) FROM payments p JOIN opds o ON o.id = p.opd_id "
                                 "WHERE o.code = ? AND p.month IN (?, ?)", [code, M1, M2]).fetchone()[0]
            for code in opds}
    assert paid == {"1.01": 4 * 16800, "1.02": 4 * 16800, "1.03": 4 * 16800}
    assert month2
