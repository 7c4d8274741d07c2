"""Three OPD installs and one Disnaker install from August to December 2026, the date moved by the
app's one clock (store/clock.now): rosters, registration with BPJS, payments on time, late, lapsed,
reversed and prepaid across a month end, bundles both ways (one twice, one out of order), the CLI
for a few steps. After every step, on its date and on the next day without any refresh call, each
OPD's own reports equal Disnaker's reports for that OPD, and the worker states, money, compliance,
ranking, coverage and Paritrana figures equal a slow reference folded from what the test did
(tests/loop_ledger.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.cli import main as cli
from rentan_desktop.disnaker import bpjs_export, bpjs_import
from rentan_desktop.disnaker import registry as opd_registry
from rentan_desktop.domain.months import month_of
from rentan_desktop.payments import service as pay
from rentan_desktop.payments import status as pay_status
from rentan_desktop.payments.calendar import Calendar
from rentan_desktop.reports import registry as reports
from rentan_desktop.reports.common import quotas
from rentan_desktop.reports.model import pct
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.roster import service
from rentan_desktop.store import clock
from rentan_desktop.sync import export, importer
from tests.disnaker_data import nik, worker_data
from tests.loop_ledger import DUE, MONTHS, Ledger, Person, carry, same, span
from tests.sync_support import DISNAKER, bpjs_answer, connect, file_state, install

OPDS = {"1.01": "Dinas Pendidikan", "1.02": "Dinas Kesehatan", "1.03": "Dinas Sosial"}
ROLES = ("ontime", "late", "lapsing", "reversed", "prepaid")
# Which sponsor (1 to 4) sponsors whom; sponsor 4 has no worker; sponsor 3's only worker lapses.
SPONSOR_OF = {"ontime": 1, "late": 1, "lapsing": 3, "reversed": 2, "prepaid": 2, "rejected": 4}
SHARED = ("compliance", "workers", "money")
FIRST = "2026-08"

pytestmark = pytest.mark.usefixtures("sync_keys")


class World:
    def __init__(self, root, monkeypatch):
        self.root, self.monkeypatch = root, monkeypatch
        self.day = dt.date(2026, 8, 3)
        self.at(self.day)
        self.stick = root / "stick"
        self.stick.mkdir()
        self.dis = install(root / "disnaker", **DISNAKER)
        self.opds = {}
        self.ledger = Ledger()  # what each OPD knows (the OPD's own acts and what came down)
        self.seen = Ledger()  # what Disnaker knows
        self.uid: dict[str, str] = {}
        self.sponsor_uid: dict[str, str] = {}
        self.pending: list = []

    def at(self, day: dt.date, hour: int = 10) -> None:
        """Move the app's one clock: every module reads 'today' through store/clock.now()."""
        moment = dt.datetime.combine(day, dt.time(hour))
        self.monkeypatch.setattr(clock, "now", lambda: moment)
        self.day = day

    def close(self) -> None:
        for ctx in (self.dis, *self.opds.values()):
            ctx.close()

    # ---- the exchanges
    def up(self, code: str, *, expect: str = "applied", path=None):
        ctx = self.opds[code]
        path = path or export.export_bundle(ctx.db, ctx.data_dir, self.stick, operator="op").path
        owned = self.disnaker_owned()
        result = importer.apply(self.dis.db, self.dis.data_dir, path, "Rudi")
        assert result.status == expect, (code, result.status, result.notes)
        if expect == "applied":
            carry(self.ledger, self.seen, code, Person.OPD_OWNED)
        assert self.disnaker_owned() == owned, f"an OPD bundle from {code} changed a Disnaker-owned field"
        return path

    def down(self, code: str) -> None:
        path = export.export_bundle(self.dis.db, self.dis.data_dir, self.stick, peer=code, operator="Rudi").path
        ctx = self.opds[code]
        assert importer.apply(ctx.db, ctx.data_dir, path, "op").status in ("applied", "nothing")
        carry(self.seen, self.ledger, code, Person.DISNAKER_OWNED)

    def exchange(self) -> None:
        for code in OPDS:
            self.up(code)
        for code in OPDS:
            self.down(code)

    def disnaker_owned(self) -> list:
        return [self.dis.db.execute("SELECT code, asn_count, head_name, head_nip FROM opds ORDER BY code").fetchall(),
                self.dis.db.execute("SELECT uid, kpj, bpjs_status, bpjs_start_date FROM workers "
                                    "WHERE kpj IS NOT NULL ORDER BY uid").fetchall()]

    # ---- payments, mirrored in the ledger
    def paid(self, key: str, months: list[str], *, via_cli: bool = False) -> None:
        person = self.ledger.people[key]
        ctx = self.opds[person.opd]
        if via_cli:
            for month in months:
                assert self.cli(person.opd, "pay", "record", "--month", month, "--worker", person.nik,
                                "--method", "cash") == 0
        else:
            pay.pay_in_order(ctx.db, "op", self.uid[key], months, "tpp")
        for month in months:
            person.paid[month] = self.day

    def reverse(self, key: str, month: str) -> None:
        person = self.ledger.people[key]
        db = self.opds[person.opd].db
        pay.reverse_payment(db, "op", pay.live_payment_uid(db, self.uid[key], month), "paid for the wrong worker")
        del person.paid[month]

    def cli(self, code: str, *args: str) -> int:
        """`rentan ...` on an OPD's install, or on Disnaker's with code 'dis'."""
        ctx = self.dis if code == "dis" else self.opds[code]
        return cli(["--data-dir", str(ctx.data_dir), *args])

    def up_by_cli(self, code: str) -> None:
        """The OPD writes its bundle and Disnaker reads it from a terminal."""
        out = self.stick / f"cli-{code}-{self.day}"
        out.mkdir()
        assert self.cli(code, "export-bundle", "--out", str(out)) == 0
        [path] = out.glob("*.rentan.tar")
        owned = self.disnaker_owned()
        assert self.cli("dis", "import-bundle", str(path)) == 0
        carry(self.ledger, self.seen, code, Person.OPD_OWNED)
        assert self.disnaker_owned() == owned

    # ---- the figures, on the step's date and on the next day
    def check(self) -> None:
        day = self.day
        for seen in (day, day + dt.timedelta(days=1)):
            self.at(seen)
            self.agree(seen)
        self.at(day)

    def agree(self, day: dt.date) -> None:
        month = month_of(day)
        months = span(FIRST, month)
        params = ReportParams(month=month, from_month=FIRST, to_month=month)
        dis = self.dis.db
        ranking = {r[1]: r for r in reports.build(dis, "ranking", params).tables[0].rows}
        for code, ctx in self.opds.items():
            opd_id = dis.execute("SELECT id FROM opds WHERE code = ?", [code]).fetchone()[0]
            scoped = ReportParams(month=month, from_month=FIRST, to_month=month, opd_id=opd_id)
            own = {k: reports.build(ctx.db, k, params) for k in SHARED}
            theirs = {k: reports.build(dis, k, scoped) for k in SHARED}
            if same(self.ledger, self.seen, code):  # nothing waits on the stick: one set of figures
                for k in SHARED:
                    assert [(t.key, t.rows, t.totals) for t in own[k].tables] == \
                        [(t.key, t.rows, t.totals) for t in theirs[k].tables], f"{k} report, {code} on {day}"
            for side, view, db, got, scope in (("OPD", self.ledger, ctx.db, own, None),
                                               ("Disnaker", self.seen, dis, theirs, opd_id)):
                where = f"{code} at {side} on {day}"
                self.agree_opd(code, view, db, got, scope, month, months, day, where)
            r = self.seen.ranking(code, months, day)
            assert list(ranking[code][3:12]) == [
                r["asn"], r["active"], r["taking_part"], pct(r["taking_part"], r["asn"]), r["workers"],
                round(r["workers"] / r["active"], 2), r["payments"], r["on_time"], pct(r["on_time"], r["payments"])], \
                f"ranking row, {code} on {day}"
            coverage = reports.build(dis, "coverage", scoped)
            assert coverage.table("workers").rows[0][0] == self.seen.protected(code, day), f"coverage, {code} on {day}"
            assert list(coverage.table("asn").rows[0][:3]) == [r["asn"], r["taking_part"],
                                                               pct(r["taking_part"], r["asn"])], f"coverage, {code}"
        self.agree_city(params, months, day)

    def agree_opd(self, code, view, db, got, opd_id, month, months, day, where) -> None:
        """One OPD's workers and figures on one side against that side's reference."""
        ref = {self.uid[p.key]: p for p in view.of(code)}
        scope = "" if opd_id is None else f" WHERE opd_id = {opd_id}"
        stored = {uid: (s, t) for uid, s, t in db.execute(f"SELECT uid, status, paid_through FROM workers{scope}")}
        assert stored == {uid: p.status_on(day)[:2] for uid, p in ref.items()}, f"worker states, {where}"
        uids = dict(db.execute("SELECT id, uid FROM workers").fetchall())
        owed = {uids[o.worker_id]: o.unpaid_months for o in pay_status.owing(db, month, opd_id=opd_id)}
        assert owed == {u: p.owed(month, day) for u, p in ref.items() if p.owed(month, day)}, f"arrears, {where}"
        assert got["money"].table("by_month").rows == view.money(code, months, day), f"money by month, {where}"
        compliance = got["compliance"].table("by_level").totals
        assert (compliance[2], compliance[3], compliance[5]) == view.sponsor_counts(code, day), f"compliance, {where}"

    def agree_city(self, params, months, day) -> None:
        """Paritrana: the city's figures are the sum of the OPDs', its ranking the ranking report's."""
        dis = self.dis.db
        paritrana = reports.build(dis, "paritrana", params)
        rows = [row for code in OPDS for row in self.seen.money(code, months, day)]
        trend = paritrana.table("trend")
        assert [sum(trend.values("protected")), sum(trend.values("paid"))] == \
            [sum(r[1] for r in rows), sum(r[4] for r in rows)], f"Paritrana trend on {day}"
        assert paritrana.tables[3].rows == reports.build(dis, "ranking", params).tables[0].rows
        city = paritrana.table("asn").rows[0]
        asn_total = sum(self.seen.asn.values())
        having = sum(self.seen.sponsor_counts(c, day)[1] for c in OPDS)
        assert list(city[:3]) == [asn_total, having, pct(having, asn_total)], f"Paritrana ASN on {day}"

@pytest.fixture
def world(tmp_path, monkeypatch):
    made = World(tmp_path, monkeypatch)
    yield made
    made.close()


def setup_august(w: World) -> None:
    """3 August: Disnaker's OPD list with ASN counts and heads; each OPD's sponsors and workers."""
    for i, (code, name) in enumerate(OPDS.items()):
        w.ledger.asn[code] = 400 + 10 * (i + 1)
        opd_registry.save_opd(w.dis.db, "Rudi", {"code": code, "name": name, "head_name": f"Kepala {name}",
                                                 "head_nip": None, "asn_count": w.ledger.asn[code]})
    for i, code in enumerate(OPDS):
        ctx = install(w.root / code, role="opd", pemda="Kota Palangka Raya", operator=f"op {code}",
                      opd_code=code, opd_name=OPDS[code])
        connect(ctx, w.dis, w.stick)
        w.opds[code] = ctx
        assert quotas(ctx.db)["staff"] == 1
        sponsor_ids = {}
        w.ledger.sponsors[code] = []
        for s in range(1, 5):
            nip = f"19800{i + 1}0{s}2005011{i + 1}0{s}"
            saved = service.save_sponsor(ctx.db, "op", {"kind": "pns", "name": f"Penanggung {code}-{s}", "nip": nip,
                                                        "position": "Staf", "position_level": "staff"})
            sponsor_ids[s] = saved.id
            w.ledger.sponsors[code].append(f"{code}-{s}")
        roles = ROLES + (("rejected",) if code == "1.02" else ())
        for r, role in enumerate(roles):
            key = f"{code} {role}"
            serial = 10 * (i + 1) + r
            saved = service.save_worker(ctx.db, "op", worker_data(serial, sponsor_ids[SPONSOR_OF[role]],
                                                                  f"Pekerja {role} {code}", start_month=FIRST))
            w.uid[key] = saved.uid
            w.ledger.people[key] = Person(key, code, f"{code}-{SPONSOR_OF[role]}", nik(serial), FIRST)
    w.seen.asn, w.seen.sponsors = w.ledger.asn, w.ledger.sponsors
    cal = Calendar.load(w.dis.db)
    assert {m: cal.due_date(m) for m in MONTHS} == DUE


def register_with_bpjs(w: World, tmp_path, name: str, answers: dict[str, tuple[str, str]], *,
                       include_rejected: bool = False) -> set[str]:
    """Disnaker's registration file, then BPJS's answer ({key: (kpj or '', reason or '')}); returns the
    keys the file held."""
    path = tmp_path / f"{name}.xlsx"
    bpjs_export.export_registration(w.dis.db, "Rudi", path, include_rejected=include_rejected)
    import openpyxl

    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    col = next(i for i, h in enumerate(header) if h and "NIK" in str(h).upper())
    sent = {str(r[col]) for r in sheet.iter_rows(min_row=2, values_only=True) if r[col]}
    keys = {k for k, p in w.seen.people.items() if p.nik in sent}
    for k in keys:
        person = w.seen.people[k]
        person.bpjs, person.sent_on = "submitted", w.day
    rows = []
    for key, (kpj, reason) in answers.items():
        person = w.seen.people[key]
        stamp = w.day.strftime("%d/%m/%Y")
        rows.append([person.nik, kpj, stamp if kpj else "", "Diterima" if kpj else "Ditolak", reason])
        person.bpjs = "accepted" if kpj else "rejected"
    if rows:
        answer = tmp_path / f"{name}-hasil.xlsx"
        bpjs_answer(answer, rows)
        assert bpjs_import.import_result(w.dis.db, "Rudi", answer).applied
    return keys


def test_three_opds_and_disnaker_from_august_to_december(world, tmp_path):
    w = world
    setup_august(w)
    kpj = first_bundles_and_registration(w, tmp_path)
    august_to_october(w)
    november(w)
    out_of_order(w)
    december(w)
    reregistration_rejected(w, tmp_path, kpj)
    # 31 December: the two months' money, as both sides report it; 1.03 sends its bundle from a terminal.
    w.at(dt.date(2026, 12, 31))
    w.up_by_cli("1.03")
    w.exchange()
    w.check()
    for code in OPDS:
        paid = {m: (n, amount) for m, _due_workers, _due, n, amount, _out in w.ledger.money(code, MONTHS[3:5], w.day)}
        assert paid == {"2026-11": (4, 4 * 16_800), "2026-12": (4, 4 * 16_800)}, code


def first_bundles_and_registration(w: World, tmp_path) -> dict[str, str]:
    # The first bundles; 1.02's arrives twice (the second changes nothing, not even the file).
    for code in OPDS:
        path = w.up(code)
        if code == "1.02":
            before = file_state(w.dis)
            w.up(code, expect="nothing", path=path)
            assert file_state(w.dis) == before
    kpj = {k: f"2311{10000 + n:07d}" for n, k in enumerate(sorted(w.ledger.people))}
    answers = {k: (kpj[k], "") for k in w.ledger.people if not k.endswith("rejected")}
    answers["1.02 rejected"] = ("", "NIK tidak terdaftar di Dukcapil")
    assert len(register_with_bpjs(w, tmp_path, "aug", answers)) == 16
    for code in OPDS:
        w.down(code)
    w.check()
    return kpj


def august_to_october(w: World) -> None:
    # August to October: every worker but the lapsing ones pays each month before its due date.
    for day in (dt.date(2026, 8, 10), dt.date(2026, 9, 10), dt.date(2026, 10, 9)):
        w.at(day)
        for key in w.ledger.people:
            role = key.split()[1]
            if role != "rejected" and (role != "lapsing" or day.month == 8):
                w.paid(key, [month_of(day)])
        w.check()
    w.at(dt.date(2026, 10, 30))
    w.exchange()
    w.check()


def november(w: World) -> None:
    # November. On time for most; 1.03 is the late OPD; a payment reversed and paid again late.
    w.at(dt.date(2026, 11, 10))
    for code in OPDS:
        for role in ("ontime", "reversed", "prepaid"):
            if code != "1.03" or role == "prepaid":
                w.paid(f"{code} {role}", ["2026-11"])
    w.check()
    w.at(dt.date(2026, 11, 12))
    for code in ("1.01", "1.02"):
        w.reverse(f"{code} reversed", "2026-11")
    w.check()
    w.at(dt.date(2026, 11, 16))  # the due date (the 15th is a Sunday): nothing late yet
    w.check()
    w.at(dt.date(2026, 11, 20))
    w.paid("1.01 late", ["2026-11"], via_cli=True)
    for role in ("ontime", "late", "reversed"):
        w.paid(f"1.03 {role}", ["2026-11"])
    w.paid("1.02 late", ["2026-11"])
    w.check()
    w.at(dt.date(2026, 11, 25))
    for code in ("1.01", "1.02"):
        w.paid(f"{code} reversed", ["2026-11"])
    w.check()
    # 28 November: three months ahead, across the month end and the year end.
    w.at(dt.date(2026, 11, 28))
    for code in OPDS:
        assert w.cli(code, "pay", "prepay", "--worker", w.ledger.people[f"{code} prepaid"].nik, "--months", "3",
                     "--method", "cash") == 0
        for month in ("2026-12", "2027-01", "2027-02"):
            w.ledger.people[f"{code} prepaid"].paid[month] = w.day
    w.check()


def out_of_order(w: World) -> None:
    # 30 November and 1 December: 1.01's two bundles arrive out of order; the early one names the gap.
    w.at(dt.date(2026, 11, 30))
    for code in ("1.02", "1.03"):
        w.up(code)
    o1 = w.opds["1.01"]
    first = export.export_bundle(o1.db, o1.data_dir, w.stick, operator="op").path
    w.at(dt.date(2026, 12, 1))
    ontime = w.uid["1.01 ontime"]
    service.save_worker(o1.db, "op", {**service.get_worker(o1.db, ontime), "phone": "081355500011"}, uid=ontime)
    second = export.export_bundle(o1.db, o1.data_dir, w.stick, operator="op").path
    early = importer.apply(w.dis.db, w.dis.data_dir, second, "Rudi")
    assert early.status == "applied" and any("never arrived" in n for n in early.notes)
    carry(w.ledger, w.seen, "1.01", Person.OPD_OWNED)
    before = file_state(w.dis)
    assert importer.apply(w.dis.db, w.dis.data_dir, first, "Rudi").status == "nothing"
    assert file_state(w.dis) == before
    # Disnaker's personnel figures for 1.03 change (from a terminal); they reach the OPD and its next
    # bundle leaves them alone.
    assert w.cli("dis", "opd", "set", "1.03", "--asn", "455", "--head", "Dra. Wulan Sari") == 0
    w.ledger.asn["1.03"] = 455
    for code in OPDS:
        w.down(code)
    head = "SELECT asn_count, head_name FROM opds WHERE code = '1.03'"
    assert w.opds["1.03"].db.execute(head).fetchone() == w.dis.db.execute(head).fetchone() == (455, "Dra. Wulan Sari")
    w.check()


def december(w: World) -> None:
    # December: everyone running pays before the 15th; the lapsing workers lapse on the 16th.
    w.at(dt.date(2026, 12, 10))
    for code in OPDS:
        for role in ("ontime", "late", "reversed"):
            w.paid(f"{code} {role}", ["2026-12"])
    w.check()
    w.at(dt.date(2026, 12, 15))
    w.exchange()
    w.check()  # and the 16th, with nobody refreshing anything


def reregistration_rejected(w: World, tmp_path, kpj: dict[str, str]) -> None:
    # 17 December: 1.01 registers its lapsed worker again; BPJS rejects it, the old KPJ stays.
    o1 = w.opds["1.01"]
    w.at(dt.date(2026, 12, 17))
    key = "1.01 lapsing"
    lapsed = w.ledger.people[key]
    old_kpj = kpj[key]
    assert w.cli("1.01", "pay", "reregister", "--worker", lapsed.nik, "--start", "2027-01") == 0
    lapsed.start, lapsed.rereg_on = "2027-01", w.day
    w.exchange()
    w.check()
    sent = register_with_bpjs(w, tmp_path, "dec", {key: ("", "Nama ibu kandung tidak sesuai")})
    assert sent == {key}
    for code in OPDS:
        w.down(code)
    kpj_of = "SELECT kpj, status, bpjs_status FROM workers WHERE uid = ?"
    for ctx in (w.dis, o1):
        assert ctx.db.execute(kpj_of, [w.uid[key]]).fetchone() == (old_kpj, "draft", "rejected")
    w.check()
    # The clerk corrects the mother's name; the corrected record reaches the next registration file.
    record = service.get_worker(o1.db, w.uid[key])
    service.save_worker(o1.db, "op", {**record, "mother_name": "Siti Maimunah"}, uid=w.uid[key])
    w.at(dt.date(2026, 12, 18))
    w.up("1.01")
    # Sending the rejected ones again: 1.02's first registration and 1.01's re-registration, its KPJ kept.
    again = register_with_bpjs(w, tmp_path, "dec2", {key: (old_kpj, ""), "1.02 rejected": ("23110020099", "")},
                               include_rejected=True)
    assert again == {key, "1.02 rejected"}
    mother = w.dis.db.execute("SELECT mother_name FROM workers WHERE uid = ?", [w.uid[key]]).fetchone()[0]
    assert mother == "Siti Maimunah"
    w.exchange()
    w.check()
