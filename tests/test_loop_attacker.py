"""The attacker with a stick and OPD 1.01's stolen key, against a Disnaker that already holds OPD
1.02's records (issue 11; the loop of tests/test_loop_two_months.py, turned hostile). Every attempt
to bend the figures is refused (the whole bundle, in Indonesian, naming the file and what is wrong,
kept in the install's log) or its foreign values ignored, and no figure of any report changes."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from rentan_desktop import i18n
from rentan_desktop.context import AppContext
from rentan_desktop.disnaker import registry as opd_registry
from rentan_desktop.errors import UserError
from rentan_desktop.reports import registry as reports
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.roster import service
from rentan_desktop.sync import importer
from tests import sync_attack as atk
from tests import sync_forge as forge
from tests.sync_attack import cheap_keys  # noqa: F401
from tests.sync_support import OPD2, connect, file_state, fill, install, make_pair

FIGURES = ("compliance", "workers", "money", "ranking", "coverage", "summary", "paritrana")
ENGLISH = (" the ", " was ", " cannot ", "refused", " this ", " record ", " belongs ")


class World:
    """Disnaker with OPD 1.01 (the stolen key) and OPD 1.02 (the victim), both imported."""

    def __init__(self, root: Path):
        self.opd, self.dis, self.victim = (AppContext.open(root / name) for name in ("opd", "disnaker", "opd2"))
        self.stick = root / "stick"

    @staticmethod
    def build(root: Path) -> None:
        pair = make_pair(root, sponsors=2, workers=4)
        victim = install(root / "opd2", **OPD2)
        connect(victim, pair.dis, pair.stick)
        fill(victim, 2, 4, seed=11)
        for ctx in (pair.opd, victim):
            importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(ctx, pair.stick), "Rudi")
        uid = pair.dis.db.execute("SELECT uid FROM opds WHERE code = '1.01'").fetchone()[0]
        opd_registry.save_opd(pair.dis.db, "Rudi", {**opd_registry.get_opd(pair.dis.db, uid), "asn_count": 640,
                                                    "head_name": "Dr. Hj. Sri Wahyuni"}, uid=uid)
        victim.close()
        pair.close()

    def close(self) -> None:
        for ctx in (self.opd, self.dis, self.victim):
            ctx.close()

    def genuine(self) -> Path:
        """A genuine new bundle of OPD 1.01 (one phone number changed), the thief's raw material."""
        db = self.opd.db
        uid = db.execute("SELECT uid FROM workers WHERE status != 'ended' ORDER BY id LIMIT 1").fetchone()[0]
        service.save_worker(db, "Siti", {**service.get_worker(db, uid), "phone": "081311112299"}, uid=uid)
        return atk.up(self.opd, self.stick)

    def forged(self, rows: Callable | None = None, header: Callable | None = None) -> Path:
        return atk.reforge(self.opd, self.dis, self.genuine(), "serangan.rentan.tar", rows=rows, header=header)

    def of_victim(self, table: str, where: str = "1") -> str:
        return self.victim.db.execute(f"SELECT uid FROM {table} WHERE {where} ORDER BY id LIMIT 1").fetchone()[0]

    def figures(self) -> list:
        out = []
        for key in FIGURES:
            for opd_id in (None, *[r[0] for r in self.dis.db.execute("SELECT id FROM opds ORDER BY id")]):
                if opd_id is not None and key in ("ranking", "summary", "paritrana"):
                    continue
                report = reports.build(self.dis.db, key, ReportParams(month="2026-12", opd_id=opd_id))
                out.append((key, opd_id, [(t.key, t.rows, t.totals) for t in report.tables]))
        return out

    def owned(self) -> list:
        """What Disnaker and BPJS own: the OPD list, every KPJ and BPJS answer."""
        return [self.dis.db.execute("SELECT * FROM opds ORDER BY id").fetchall(),
                self.dis.db.execute("SELECT uid, kpj, bpjs_status, bpjs_start_date, bpjs_reason, submitted_on "
                                    "FROM workers ORDER BY uid").fetchall()]


_TEMPLATE: list[Path] = []


@pytest.fixture
def world(tmp_path, tmp_path_factory):
    """A copy of one world built once per run (opened with the test passphrase)."""
    if not _TEMPLATE:
        root = tmp_path_factory.mktemp("attacker-world")
        World.build(root)
        _TEMPLATE.append(root)
    shutil.copytree(_TEMPLATE[0], tmp_path / "w")
    made = World(tmp_path / "w")
    yield made
    made.close()


def _edit(table: str, change: Callable[[dict, list, World], None]) -> Callable[[World], Path]:
    """An attack that edits the rows of one table section of a genuine bundle."""
    def make(w: World) -> Path:
        def rows(sections):
            meta, found = atk.table_section(sections, table)
            change({c: i for i, c in enumerate(meta["columns"])}, found, w)
            return sections
        return w.forged(rows=rows)
    return make


def _copy_with(at: dict, found: list, **values) -> None:
    row = list(found[0])
    for column, value in values.items():
        row[at[column]] = value
    found.append(row)


def _sections(change: Callable[[list, World], list]) -> Callable[[World], Path]:
    return lambda w: w.forged(rows=lambda sections: change(sections, w))


def _header(change: Callable[[dict], None]) -> Callable[[World], Path]:
    return lambda w: w.forged(header=change)


def _rewrapped(w: World) -> Path:
    """The victim's own encrypted rows under the thief's signed header: 1.02's payments credited to 1.01."""
    theirs = forge.members(atk.up(w.victim, w.stick).read_bytes())["payload.age"]
    return forge.write(w.stick, "bungkus.rentan.tar", forge.sign_bundle(w.opd, forge.header_of(w.genuine()),
                                                                        theirs))


def _replayed(w: World) -> Path:
    first = w.genuine()
    importer.apply(w.dis.db, w.dis.data_dir, first, "Rudi")
    importer.apply(w.dis.db, w.dis.data_dir, w.genuine(), "Rudi")
    return first


def _drop_payment_line(plain: bytes) -> bytes:
    """One payment line cut out; the section still says how many rows it has."""
    lines = plain.split(b"\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(b"{") and b"payments" in line)
    return b"\n".join(lines[:at + 1] + lines[at + 2:])


def _nested_phone(plain: bytes) -> bytes:
    """A phone number 100,000 lists deep, written as bytes (no JSON encoder nests that far)."""
    assert b'"+6281311112299"' in plain
    return plain.replace(b'"+6281311112299"', b"[" * 100_000 + b"1" + b"]" * 100_000, 1)


def _payload_of(w: World, transform: Callable[[bytes], bytes]) -> Path:
    """A payload edited as bytes after encoding (what the section editor cannot express)."""
    head, _binding, sections = atk.sections_of(w.dis, w.genuine())
    plain = transform(_decompressed(forge.payload_plain(head, sections)))
    import zstandard

    data = forge.sign_bundle(w.opd, head, forge.encrypt_for(w.dis, zstandard.ZstdCompressor().compress(plain)))
    return forge.write(w.stick, "potong.rentan.tar", data)


def _decompressed(data: bytes) -> bytes:
    import zstandard

    return zstandard.ZstdDecompressor().decompressobj().decompress(data)


def _without_end(w: World) -> Path:
    return _payload_of(w, lambda plain: b"\n".join(plain.rstrip(b"\n").split(b"\n")[:-1]) + b"\n")


def _opds_section(sections: list, w: World) -> list:
    sections.append(({"section": "table", "table": "opds", "direction": "up",
                      "columns": ["uid", "code", "asn_count", "head_name"]},
                     [[w.dis.db.execute("SELECT uid FROM opds WHERE code = '1.01'").fetchone()[0], "1.01", 99999, ""]]))
    return sections


REFUSED: dict[str, Callable[[World], Path]] = {
    # Rows outside the key's OPD.
    "another OPD's worker changed": _edit("workers", lambda at, f, w: _copy_with(
        at, f, uid=w.of_victim("workers"), name="Penyusup")),
    "another OPD's sponsor changed": _edit("sponsors", lambda at, f, w: _copy_with(
        at, f, uid=w.of_victim("sponsors"), name="Penyusup")),
    "another OPD's payment changed": _edit("payments", lambda at, f, w: _copy_with(
        at, f, uid=w.of_victim("payments"))),
    "a payment on another OPD's worker": _edit("payments", lambda at, f, w: _copy_with(
        at, f, uid=atk.new_uid(), worker_uid=w.of_victim("workers", "status = 'active'"))),
    "a payment under another OPD's sponsor": _edit("payments", lambda at, f, w: f[0].__setitem__(
        at["sponsor_uid"], w.of_victim("sponsors"))),
    "a worker under another OPD's sponsor": _edit("workers", lambda at, f, w: f[0].__setitem__(
        at["sponsor_uid"], w.of_victim("sponsors"))),
    "a reversal of another OPD's payment": _edit("payments", lambda at, f, w: f.append(atk.as_reversal(
        at, [atk.new_uid(), *f[0][1:]], w.of_victim("payments", "kind = 'payment'")))),
    # Replays, sequence numbers, re-wrapping, another Pemda.
    "a payload re-wrapped under the thief's header": _rewrapped,
    "an old genuine bundle replayed": _replayed,
    "sequence 999999": _header(lambda h: h.update(sequence=999999)),
    "a bundle claiming another Pemda": _header(lambda h: h["sender"].update(pemda="Kabupaten Katingan")),
    # Entries truncated, duplicated, reordered.
    "a section missing its last row": lambda w: _payload_of(w, _drop_payment_line),
    "a payload without its end line": _without_end,
    "a worker twice in one section": _edit("workers", lambda at, f, w: f.append(list(f[0]))),
    "a workers section twice": _sections(lambda s, w: [*s, (dict(atk.table_section(s, "workers")[0]),
                                                             [list(atk.table_section(s, "workers")[1][0])])]),
    "sections reordered": _sections(lambda s, w: list(reversed(s))),
    # Huge or deeply nested JSON, type confusion.
    "a phone nested 100,000 lists deep": lambda w: _payload_of(w, _nested_phone),
    "a name of 10 MB": _edit("workers", lambda at, f, w: f[0].__setitem__(at["name"], "A" * 10_000_000)),
    "an amount of 10**15": _edit("payments", lambda at, f, w: f[0].__setitem__(at["amount"], 10 ** 15)),
    "an amount as text": _edit("payments", lambda at, f, w: f[0].__setitem__(at["amount"], "16800")),
    "a month as a number": _edit("payments", lambda at, f, w: f[0].__setitem__(at["month"], 202611)),
    "a row as an object": _edit("sponsors", lambda at, f, w: f.__setitem__(0, dict(zip(at, f[0], strict=False)))),
    "JHT as true": _edit("workers", lambda at, f, w: f[0].__setitem__(at["jht"], True)),
    # Names that look right and are not.
    "a Cyrillic look-alike in a name": _edit("workers", lambda at, f, w: f[0].__setitem__(at["name"], "\u0412udi Santoso")),
    "a Greek look-alike in a sponsor's name": _edit("sponsors", lambda at, f, w: f[0].__setitem__(
        at["name"], "\u0391gus Salim")),
    "a right-to-left override in a name": _edit("workers", lambda at, f, w: f[0].__setitem__(
        at["name"], "Budi\u202eotnaS")),
}


@pytest.mark.parametrize("attack", sorted(REFUSED))
def test_the_thief_is_refused_in_indonesian_and_no_figure_moves(world, attack, caplog):
    path = REFUSED[attack](world)
    figures, owned, before = world.figures(), world.owned(), file_state(world.dis)
    i18n.set_language("id")
    caplog.set_level(logging.WARNING, logger="rentan_desktop.sync.importer")
    try:
        try:
            summary = importer.apply(world.dis.db, world.dis.data_dir, path, "Rudi")
        except UserError as exc:
            message = str(exc)
        else:  # a replay: nothing to do, said so
            assert summary.status == "nothing", (attack, summary.notes)
            message = ""
    finally:
        i18n.set_language("en")
    if message:
        assert path.name in message or "OPD 1.01" in message, message  # the file, or the bundle by number
        assert not any(word in message for word in ENGLISH), message
        assert f"bundle refused: {path.name}" in caplog.text
    assert file_state(world.dis) == before
    assert world.figures() == figures and world.owned() == owned


IGNORED: dict[str, Callable[[World], Path]] = {
    "an OPD's own ASN count and head in an opds section": _sections(_opds_section),
    "a BPJS acceptance and KPJ for its own draft": _edit("workers", lambda at, f, w: [
        r.__setitem__(at[c], v) for r in f for c, v in (("bpjs_status", "accepted"), ("status", "active"))
        if c in at]),
}


@pytest.mark.parametrize("attack", sorted(IGNORED))
def test_what_disnaker_and_bpjs_own_never_moves(world, attack):
    """Fields the thief's OPD does not own are left as Disnaker has them; the genuine rows apply."""
    owned = world.owned()
    summary = importer.apply(world.dis.db, world.dis.data_dir, IGNORED[attack](world), "Rudi")
    assert summary.status == "applied"
    assert world.owned() == owned
    assert world.dis.db.execute("SELECT asn_count, head_name FROM opds WHERE code = '1.01'").fetchone() == (
        640, "Dr. Hj. Sri Wahyuni")


def test_the_refusals_above_leave_the_victims_next_genuine_bundle_applying(world):
    for attack in ("another OPD's payment changed", "sequence 999999", "a workers section twice"):
        with pytest.raises(UserError):
            importer.apply(world.dis.db, world.dis.data_dir, REFUSED[attack](world), "Rudi")
    db = world.victim.db
    uid = db.execute("SELECT uid FROM workers ORDER BY id LIMIT 1").fetchone()[0]
    service.save_worker(db, "Andi", {**service.get_worker(db, uid), "phone": "081322223333"}, uid=uid)
    assert importer.apply(world.dis.db, world.dis.data_dir, atk.up(world.victim, world.stick), "Rudi").status == \
        "applied"
    phone = "SELECT phone FROM workers WHERE uid = ?"
    assert world.dis.db.execute(phone, [uid]).fetchone() == db.execute(phone, [uid]).fetchone()


def test_the_same_pemda_typed_otherwise_is_not_another_pemda(world):
    """The Pemda's name as another PC typed it (case, spaces, a dot) is the same Pemda."""
    path = world.forged(header=lambda h: h["sender"].update(pemda="KOTA PALANGKARAYA."))
    assert importer.apply(world.dis.db, world.dis.data_dir, path, "Rudi").status == "applied"
