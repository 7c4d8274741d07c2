"""Attack classes nobody had tried (issue 11, held out): a thief with OPD 1.01's stolen key, or with
a copy of an old bundle, against a Disnaker that holds OPD 1.02's records too (the world of
tests/test_loop_attacker.py). Each forged bundle is made from a genuine one with the real bundle
writer and then edited: it is refused (the dry run, the import and the terminal, in Indonesian,
naming the file; every table, the chain and the watermark unchanged, no figure moved) and the
genuine bundle it was made from still applies; or its foreign part is ignored and the rest applies.

What each of these did before the fixes beside them:
- bytes after the payload's end line, garbage after the zstd frame, a second zstd frame with a
  section: accepted (the importer stopped reading at the end line; `zstd -d` by hand shows more,
  or fails) -> sync/bundle.py reads to the end of the payload;
- a header naming another OPD code than its sender: accepted -> sync/verify.py;
- a payment already stored re-dated (a late payment made punctual for the ranking), moved to
  another worker, paid otherwise, or un-reversed: accepted -> sync/payment_edits.py;
- an ended worker's row stamped 2099, then payments after the end: accepted -> sync/row_payments.py.
"""

from __future__ import annotations

import datetime as dt
import json
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest
import zstandard

from rentan_desktop import i18n
from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.errors import UserError
from rentan_desktop.payments import service as pay
from rentan_desktop.roster import service
from rentan_desktop.store import clock
from rentan_desktop.sync import bundle, importer, keys, registry
from tests import sync_attack as atk
from tests import sync_forge as forge
from tests import test_loop_attacker
from tests.sync_attack import cheap_keys  # noqa: F401
from tests.sync_support import file_state
from tests.test_loop_attacker import ENGLISH, World

world = test_loop_attacker.world  # its world: OPD 1.01 (the stolen key) and 1.02 (the victim) at Disnaker

Forge = Callable[[World, Path], Path]


def _sections(w: World, genuine: Path, change: Callable[[list], list], header: Callable | None = None) -> Path:
    return atk.reforge(w.opd, w.dis, genuine, "serangan.rentan.tar", rows=change, header=header)


def _payments(edit: Callable[[dict, list, World], None]) -> Forge:
    """An edit of the payments section of the genuine bundle (every payment Disnaker holds is in it:
    nothing was acknowledged back to the OPD yet)."""
    def make(w: World, genuine: Path) -> Path:
        def rows(sections):
            at, found = atk.payment_rows(sections)
            edit(at, found, w)
            return sections
        return _sections(w, genuine, rows)
    return make


def _compressed(change: Callable[[bytes], bytes]) -> Forge:
    """The genuine rows, their zstd bytes edited, encrypted and signed with the stolen key."""
    def make(w: World, genuine: Path) -> Path:
        head, _binding, sections = atk.sections_of(w.dis, genuine)
        payload = change(forge.payload_plain(head, sections))
        return forge.write(w.stick, "serangan.rentan.tar",
                           forge.sign_bundle(w.opd, head, forge.encrypt_for(w.dis, payload)))
    return make


def _plain(change: Callable[[bytes], bytes]) -> Forge:
    return _compressed(lambda data: zstandard.ZstdCompressor().compress(change(_unpacked(data))))


def _unpacked(data: bytes) -> bytes:
    return zstandard.ZstdDecompressor().decompressobj().decompress(data)


EXTRA_SECTION = b'{"section":"table","table":"workers","direction":"up","columns":["uid","name"],"count":0}\n'


def _end_as_float(plain: bytes) -> bytes:
    """The end line's row count written 9.0 (the same number, not what Rentan writes)."""
    body, end = plain.rstrip(b"\n").rsplit(b"\n", 1)
    rows = json.loads(end)["rows"]
    return body + b"\n" + json.dumps({"section": "end", "rows": float(rows)}).encode() + b"\n"


def _container(change: Callable[[dict[str, bytes]], bytes]) -> Forge:
    return lambda w, genuine: forge.write(w.stick, "serangan.rentan.tar", change(forge.members(genuine.read_bytes())))


def _out_of_order(parts: dict[str, bytes]) -> bytes:
    return forge.tar_of([forge.entry(n, parts[n]) for n in reversed(bundle.MEMBERS)])


def _pax_renamed(parts: dict[str, bytes]) -> bytes:
    """A member named 'x' that a pax record renames to header.json (tar reads the pax name)."""
    entries = [forge.entry(n, parts[n]) for n in bundle.MEMBERS]
    entries[0][0].name = "x"
    entries[0][0].pax_headers = {"path": "header.json"}
    return forge.tar_of(entries, tarfile.PAX_FORMAT)


def _first_payment(at: dict, found: list) -> list:
    return next(r for r in found if r[at["kind"]] == "payment" and not r[at["reversed_at"]])


def _redated(at: dict, found: list, w: World) -> None:
    row = _first_payment(at, found)
    day = f"{row[at['month']]}-01"  # on the 1st: punctual, and within the form's window
    row[at["paid_on"]] = day if row[at["paid_on"]] != day else f"{row[at['month']]}-02"


def _method(at: dict, found: list, w: World) -> None:
    row = _first_payment(at, found)
    row[at["method"]] = "csr" if row[at["method"]] != "csr" else "cash"


def _moved(at: dict, found: list, w: World) -> None:
    row = _first_payment(at, found)
    other = next(r for r in found if r[at["worker_uid"]] != row[at["worker_uid"]] and r[at["kind"]] == "payment"
                 and r[at["month"]] != row[at["month"]])
    row[at["worker_uid"]], row[at["sponsor_uid"]] = other[at["worker_uid"]], other[at["sponsor_uid"]]


def _then(w: World, genuine: Path, change: Callable[[], None]) -> Path:
    """The genuine bundle applied, `change` made at the OPD and sent too; the next genuine bundle
    (the thief's raw material, applied after the refusal) is returned."""
    assert importer.apply(w.dis.db, w.dis.data_dir, genuine, "Rudi").status == "applied"
    change()
    assert importer.apply(w.dis.db, w.dis.data_dir, atk.up(w.opd, w.stick), "Rudi").status == "applied"
    w.after = w.genuine()
    return w.after


def _unreversed(w: World, genuine: Path) -> Path:
    """OPD 1.01 reverses a payment and Disnaker has it; the next bundle says it was never reversed."""
    db = w.opd.db
    uid = db.execute("SELECT uid FROM payments WHERE kind = 'payment' AND reversed_at IS NULL "
                     "ORDER BY month DESC, id LIMIT 1").fetchone()[0]
    genuine = _then(w, genuine, lambda: pay.reverse_payment(db, "Siti", uid, "salah input"))

    def rows(sections):
        return atk.set_cell(sections, "payments", "reversed_at", None, where=lambda r: r[0] == uid)
    return _sections(w, genuine, rows)


def _ended_stamped_2099(w: World, genuine: Path) -> Path:
    """A worker ended at the OPD dated back before its last paid month (the form allows that), known
    so at Disnaker; then its row stamped 2099 and a payment for the month after: the form refuses it."""
    db = w.opd.db
    uid, last = db.execute("SELECT w.uid, max(p.month) FROM workers w JOIN payments p ON p.worker_id = w.id "
                           "AND p.kind = 'payment' AND p.reversed_at IS NULL WHERE w.status = 'active' "
                           "GROUP BY w.id ORDER BY w.id LIMIT 1").fetchone()
    ended_on = (dt.date.fromisoformat(f"{last}-01") - dt.timedelta(days=1)).isoformat()
    genuine = _then(w, genuine, lambda: service.end_worker(db, "Siti", uid, ended_on, "meninggal"))
    after = (dt.date.fromisoformat(f"{last}-28") + dt.timedelta(days=4)).strftime("%Y-%m")

    def rows(sections):
        atk.set_cell(sections, "workers", "updated_at", "2099-01-01 00:00:00", where=lambda r: r[0] == uid)
        at, found = atk.payment_rows(sections)
        row = list(next(r for r in found if r[at["worker_uid"]] == uid and r[at["month"]] == last))
        row[0], row[at["month"]] = atk.new_uid(), after
        row[at["paid_on"]], row[at["recorded_at"]] = clock.today_iso(), clock.now_iso()
        found.append(row)
        return sections
    return _sections(w, genuine, rows)


def _new_payment(paid_on: str) -> Forge:
    """A new payment for the month after a worker's last, dated `paid_on`."""
    def edit(at: dict, found: list, w: World) -> None:
        row = list(max((r for r in found if r[at["kind"]] == "payment"), key=lambda r: r[at["month"]]))
        year, month = map(int, row[at["month"]].split("-"))
        row[0], row[at["month"]] = atk.new_uid(), f"{year + month // 12}-{month % 12 + 1:02d}"
        row[at["paid_on"]] = paid_on
        found.append(row)
    return _payments(edit)


def _paid_again(at: dict, found: list, w: World) -> None:
    """The month of a payment Disnaker holds, paid again under a new id."""
    row = list(_first_payment(at, found))
    row[0] = atk.new_uid()
    found.append(row)


def _paid_twice_in_the_bundle(at: dict, found: list, w: World) -> None:
    """Two new payments of one worker for the month after its last, in one bundle."""
    last = max((r for r in found if r[at["kind"]] == "payment"), key=lambda r: r[at["month"]])
    year, month = map(int, last[at["month"]].split("-"))
    for _ in range(2):
        row = list(last)
        row[0], row[at["month"]] = atk.new_uid(), f"{year + month // 12}-{month % 12 + 1:02d}"
        row[at["paid_on"]], row[at["recorded_at"]] = clock.today_iso(), clock.now_iso()
        found.append(row)


def _announcing(w: World, genuine: Path) -> Path:
    """OPD 1.01 changes its key: the bundle announcing the new key carries a bad row."""
    assert importer.apply(w.dis.db, w.dis.data_dir, genuine, "Rudi").status == "applied"
    keys.rotate(w.opd.db, w.opd.data_dir)
    w.after = w.genuine()
    assert forge.header_of(w.after).get("new_key")

    def rows(sections):
        at, found = atk.payment_rows(sections)  # every payment: none was acknowledged to the OPD yet
        found[0][at["amount"]] = 10 ** 15
        return sections
    return _sections(w, w.after, rows)


# (forge, words of the English refusal)
REFUSED: dict[str, tuple[Forge, tuple[str, ...]]] = {
    # The payload says more than the importer reads, or something `zstd -d` by hand cannot read.
    "a section after the end line": (_plain(lambda p: p + EXTRA_SECTION), ("contents are damaged",)),
    "text after the end line": (_plain(lambda p: p + b"hello\n"), ("contents are damaged",)),
    "a blank line after the end line": (_plain(lambda p: p + b"\n"), ("contents are damaged",)),
    "the end line's count as a float": (_plain(_end_as_float), ("contents are damaged",)),
    "garbage after the zstd frame": (_compressed(lambda c: c + b"\x00garbage"), ("contents are damaged",)),
    "a second zstd frame with a section": (_compressed(lambda c: c + zstandard.ZstdCompressor().compress(
        EXTRA_SECTION)), ("contents are damaged",)),
    "a zstd frame needing a dictionary": (_compressed(lambda c: zstandard.ZstdCompressor(
        dict_data=zstandard.ZstdCompressionDict(b"rentan " * 200, dict_type=zstandard.DICT_TYPE_RAWCONTENT),
        write_dict_id=True).compress(_unpacked(c))), ("contents are damaged",)),
    "a zstd checksum that does not match": (_compressed(lambda c: (lambda d: d[:-1] + bytes([d[-1] ^ 1]))(
        zstandard.ZstdCompressor(write_checksum=True).compress(_unpacked(c)))), ("contents are damaged",)),
    # The container: members out of order, a pax record renaming a member, a second bundle appended.
    "members out of order": (_container(_out_of_order), ("is not a Rentan bundle or it is damaged",)),
    "a pax record renaming a member": (_container(_pax_renamed), ("holds a member that is not one of the four",)),
    "a second bundle appended": (_container(lambda p: bundle.container(p) + bundle.container(p)),
                                 ("is not a Rentan bundle or it is damaged",)),
    # Identity: the sender's code written otherwise in the signed header.
    "a header naming OPD 1.02 as opd_code": (lambda w, g: _sections(w, g, lambda s: s, header=lambda h: h[
        "sender"].update(opd_code="1.02")), ("also names OPD 1.02",)),
    "a header with the code padded": (lambda w, g: _sections(w, g, lambda s: s, header=lambda h: h[
        "sender"].update(opd_code=" 1.01")), ("also names OPD  1.01",)),
    "a header with a leading zero in the peer": (lambda w, g: _sections(w, g, lambda s: s, header=lambda h: h[
        "sender"].update(peer="01.01", opd_code="01.01")), ("claims to come from OPD 01.01",)),
    "a header claiming Disnaker's role": (lambda w, g: _sections(w, g, lambda s: s, header=lambda h: h[
        "sender"].update(role="disnaker")), ("claims to come from Disnaker",)),
    "a historic name of the Pemda": (lambda w, g: _sections(w, g, lambda s: s, header=lambda h: h[
        "sender"].update(pemda="Kotamadya Palangka Raya")), ("says it comes from Kotamadya Palangka Raya",)),
    # Figures: a stored payment edited instead of reversed.
    "a stored late payment re-dated to look punctual": (_payments(_redated), ("never changed once recorded",)),
    "a stored payment paid by another method": (_payments(_method), ("never changed once recorded",)),
    "a stored payment moved to another worker": (_payments(_moved), ("never changed once recorded",)),
    "a reversed payment sent as never reversed": (_unreversed, ("never changed once recorded",)),
    "the same month paid again under a new id": (_payments(_paid_again), ("is already paid for this worker",)),
    "the same month paid twice in one bundle": (_payments(_paid_twice_in_the_bundle),
                                                ("is already paid for this worker",)),
    # Keys: a new key announced by a bundle that is refused is not learnt.
    "a new key announced in a bundle with a bad row": (_announcing, ("Amount",)),
    # Clock games.
    "an ended worker stamped 2099, then paid after the end": (_ended_stamped_2099, ("The membership ended in",)),
    "a new payment dated in the future": (_new_payment("2099-01-01"), ("The payment date is in the future",)),
    "a new payment dated 1999": (_new_payment("1999-01-01"), ("too far ahead of the payment date",)),
}


def _link(w: World) -> list:
    return w.dis.db.execute("SELECT * FROM sync_links ORDER BY 1").fetchall()


@pytest.mark.parametrize("attack", sorted(REFUSED))
def test_a_held_out_attack_is_refused_and_the_genuine_bundle_still_applies(world, attack, capsys):
    make, words = REFUSED[attack]
    source = world.genuine()
    path = make(world, source)
    genuine = getattr(world, "after", source)  # the genuine bundle of the same sequence
    figures, owned, link, before = world.figures(), world.owned(), _link(world), file_state(world.dis)
    atk.refused_everywhere(world.dis, path, *words, capsys=capsys)
    i18n.set_language("id")
    try:
        with pytest.raises(UserError) as info:
            importer.apply(world.dis.db, world.dis.data_dir, path, "Rudi")
    finally:
        i18n.set_language("en")
    message = str(info.value)
    assert path.name in message or "OPD 1.01" in message, message
    assert not any(word in message for word in ENGLISH), message
    assert file_state(world.dis) == before and _link(world) == link
    assert world.figures() == figures and world.owned() == owned
    assert importer.apply(world.dis.db, world.dis.data_dir, genuine, "Rudi").status == "applied"


def _link_section(sections: list) -> list:
    return [*sections, ({"section": "link", "in_seq": 50, "in_hash": "0" * 64, "in_rev": 10 ** 6}, [])]


def _settings_section(sections: list) -> list:
    return [*sections, ({"section": "settings", "values": {"quotas": {"head_opd": 9, "head_division": 9,
                                                                       "staff": 9}, "programme_rules": []}}, [])]


def _flags_section(sections: list) -> list:
    return [*sections, ({"section": "duplicate_flags", "columns": ["worker_uid", "other_opds"]},
                        [[atk.new_uid(), "1.02"]])]


def _holidays_section(sections: list) -> list:
    return [*sections, ({"section": "table", "table": "holidays", "direction": "down",
                         "columns": ["uid", "day", "name"]}, [[atk.new_uid(), "2026-12-15", "Libur palsu"]])]


def _skippable(data: bytes) -> bytes:
    """A zstd skippable frame before and after the payload: `zstd -d` shows the same rows."""
    skip = b"\x50\x2a\x4d\x18" + (8).to_bytes(4, "little") + b"rentan!!"
    return skip + data + skip


def _split(data: bytes) -> bytes:
    plain = _unpacked(data)
    half = len(plain) // 2
    return b"".join(zstandard.ZstdCompressor().compress(part) for part in (plain[:half], plain[half:]))


def _disnaker_settings(w: World) -> list:
    return w.dis.db.execute("SELECT key, value FROM settings WHERE key NOT LIKE 'sync%' ORDER BY key").fetchall()


IGNORED: dict[str, Forge] = {
    "a link section in a changes bundle": lambda w, g: _sections(w, g, _link_section),
    "quotas and programme rules from an OPD": lambda w, g: _sections(w, g, _settings_section),
    "duplicate flags from an OPD": lambda w, g: _sections(w, g, _flags_section),
    "a holiday from an OPD": lambda w, g: _sections(w, g, _holidays_section),
    "an unknown section": lambda w, g: _sections(w, g, lambda s: [({"section": "bonus", "x": 1}, []), *s]),
    "an acknowledgement of more than Disnaker sent": lambda w, g: _sections(w, g, lambda s: s, header=lambda h: h.update(
        ack={"rev": 10 ** 12, "sequence": 10 ** 6, "key_id": h["ack"]["key_id"]})),
    "counts that do not match the rows": lambda w, g: _sections(w, g, lambda s: s, header=lambda h: h.update(
        counts={"workers": 10 ** 9})),
    "skippable zstd frames around the payload": _compressed(_skippable),
    "the payload in two zstd frames": _compressed(_split),
}


@pytest.mark.parametrize("attack", sorted(IGNORED))
def test_what_an_opd_does_not_own_is_ignored_and_the_rest_applies(world, attack):
    genuine = world.genuine()
    sequence = forge.header_of(genuine)["sequence"]
    acked = registry.link(world.dis.db, "1.01")["acked_rev"]
    owned, settings_before = world.owned(), _disnaker_settings(world)
    flags = world.dis.db.execute("SELECT * FROM sync_duplicate_flags").fetchall()
    holidays = world.dis.db.execute("SELECT count(*) FROM holidays").fetchone()
    summary = importer.apply(world.dis.db, world.dis.data_dir, IGNORED[attack](world, genuine), "Rudi")
    assert summary.status == "applied"
    assert world.owned() == owned and _disnaker_settings(world) == settings_before
    assert world.dis.db.execute("SELECT * FROM sync_duplicate_flags").fetchall() == flags
    assert world.dis.db.execute("SELECT count(*) FROM holidays").fetchone() == holidays
    link = registry.link(world.dis.db, "1.01")
    assert link["in_seq"] == sequence  # the watermark moved by this bundle, not by what it claimed
    assert link["acked_rev"] == acked  # nothing was sent to 1.01 since: nothing more is acknowledged
    # The phone number the genuine rows carried arrived.
    phone = "SELECT phone FROM workers WHERE phone = '+6281311112299'"
    assert world.dis.db.execute(phone).fetchone() is not None


# -- a stolen Disnaker key: a return bundle for OPD 1.01 ------------------------------------------

def _down_flags(value: list) -> Callable[[list], list]:
    def rows(sections):
        for meta, found in sections:
            if meta.get("section") == "duplicate_flags":
                found.append(value)
                return sections
        return [*sections, ({"section": "duplicate_flags", "columns": ["worker_uid", "other_opds"]}, [value])]
    return rows


DOWN_REFUSED = {
    "a duplicate flag with a terminal escape": _down_flags([atk.new_uid(), "1.02\x1b[2J"]),
    "a duplicate flag of a megabyte": _down_flags([atk.new_uid(), "1" * 1_000_000]),
}


@pytest.mark.parametrize("attack", sorted(DOWN_REFUSED))
def test_a_forged_return_bundle_is_refused_at_the_opd(world, attack, capsys):
    importer.apply(world.dis.db, world.dis.data_dir, world.genuine(), "Rudi")
    genuine = atk.down(world.dis, world.stick)
    path = atk.reforge(world.dis, world.opd, genuine, "balik.rentan.tar", rows=DOWN_REFUSED[attack])
    atk.refused_everywhere(world.opd, path, "balik.rentan.tar", "not a short list of OPD codes", capsys=capsys)
    assert importer.apply(world.opd.db, world.opd.data_dir, genuine, "Siti").status == "applied"


def test_a_return_bundle_with_text_after_its_end_is_refused_at_the_opd(world, capsys):
    genuine = atk.down(world.dis, world.stick)
    head, _binding, sections = atk.sections_of(world.opd, genuine)
    plain = _unpacked(forge.payload_plain(head, sections)) + EXTRA_SECTION
    data = forge.sign_bundle(world.dis, head, forge.encrypt_for(world.opd, zstandard.ZstdCompressor().compress(plain)))
    path = forge.write(world.stick, "balik.rentan.tar", data)
    atk.refused_everywhere(world.opd, path, "contents are damaged", capsys=capsys)
    assert importer.apply(world.opd.db, world.opd.data_dir, genuine, "Siti").status == "applied"


def test_payments_in_a_return_bundle_are_ignored(world):
    genuine = atk.down(world.dis, world.stick)
    payments = world.opd.db.execute("SELECT * FROM payments ORDER BY id").fetchall()
    path = atk.reforge(world.dis, world.opd, genuine, "balik.rentan.tar", rows=lambda s: [*s, (
        {"section": "table", "table": "payments", "direction": "down", "columns": ["uid", "month"]},
        [[atk.new_uid(), "2026-11"]])])
    summary = importer.apply(world.opd.db, world.opd.data_dir, path, "Siti")
    assert summary.status == "applied" and any("Payments" in n for n in summary.notes)
    assert world.opd.db.execute("SELECT * FROM payments ORDER BY id").fetchall() == payments


def test_a_return_bundle_re_signed_by_an_opds_stolen_key_is_refused(world, capsys):
    """OPD 1.01's thief re-signs Disnaker's return bundle for OPD 1.02 with 1.01's key."""
    assert world.victim.db.execute("SELECT count(*) FROM workers").fetchone()[0]  # its first read settles its files
    genuine = atk.down(world.dis, world.stick, "1.02")
    parts = forge.members(genuine.read_bytes())
    data = forge.sign_bundle(world.opd, forge.header_of(genuine), parts["payload.age"])
    path = forge.write(world.stick, "balik.rentan.tar", data)
    atk.refused_everywhere(world.victim, path, "balik.rentan.tar", capsys=capsys)
    assert importer.apply(world.victim.db, world.victim.data_dir, genuine, "Andi").status == "applied"


def test_bpjs_answers_for_another_opds_workers_change_nothing_at_this_opd(world):
    """A return bundle for OPD 1.01 carrying KPJs and 'active' for OPD 1.02's workers (a stolen
    Disnaker key): 1.01 holds no such record, so none is created and none of its own changes."""
    importer.apply(world.dis.db, world.dis.data_dir, world.genuine(), "Rudi")
    genuine = atk.down(world.dis, world.stick)
    theirs = [r[0] for r in world.victim.db.execute("SELECT uid FROM workers")]
    mine = "SELECT uid, kpj, status, bpjs_status FROM workers ORDER BY uid"
    before = world.opd.db.execute(mine).fetchall()

    def rows(sections):
        meta, found = atk.table_section(sections, "workers")
        at = {c: i for i, c in enumerate(meta["columns"])}
        template = found[0]
        found[:] = []  # only the foreign rows: what the genuine rows do to 1.01's own workers is not the point
        for n, uid in enumerate(theirs):
            row = list(template)
            row[0], row[at["kpj"]], row[at["status"]] = uid, f"2311999{n:04d}", "active"
            found.append(row)
        return sections
    path = atk.reforge(world.dis, world.opd, genuine, "balik.rentan.tar", rows=rows)
    summary = importer.apply(world.opd.db, world.opd.data_dir, path, "Siti")
    assert summary.status == "applied"
    assert world.opd.db.execute(mine).fetchall() == before
    assert not world.opd.db.execute(f"SELECT 1 FROM workers WHERE uid IN ({','.join('?' * len(theirs))})",
                                    theirs).fetchall()


def test_a_lapsed_membership_revived_by_arrears_beyond_the_window_is_refused(world, monkeypatch, capsys):
    """February 2027: a worker paid only for August 2026 has lapsed. The thief pays September to
    February at once; the form takes arrears only 3 months back, and so does the import now
    (before: accepted, the worker 'submitted' and paid through February)."""
    db = world.opd.db
    uid, last = db.execute("SELECT w.uid, max(p.month) FROM workers w JOIN payments p ON p.worker_id = w.id "
                           "AND p.kind = 'payment' AND p.reversed_at IS NULL GROUP BY w.id "
                           "ORDER BY max(p.month), w.id LIMIT 1").fetchone()
    day = dt.datetime(2027, 2, 20, 10)
    monkeypatch.setattr(clock, "now", lambda: day)
    months = [m for m in ("2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02") if m > last]
    with pytest.raises(ValidationError, match="can no longer be paid"):
        pay.pay_in_order(db, "Siti", uid, months, "tpp")
    genuine = world.genuine()

    def rows(sections):
        at, found = atk.payment_rows(sections)
        template = next(r for r in found if r[at["worker_uid"]] == uid and r[at["month"]] == last)
        for month in months:
            row = list(template)
            row[0], row[at["month"]] = atk.new_uid(), month
            row[at["paid_on"]], row[at["recorded_at"]] = day.date().isoformat(), clock.now_iso()
            found.append(row)
        return sections
    path = _sections(world, genuine, rows)
    figures = world.figures()
    atk.refused_everywhere(world.dis, path, "could no longer be paid on the payment date", capsys=capsys)
    assert world.figures() == figures
    assert importer.apply(world.dis.db, world.dis.data_dir, genuine, "Rudi").status == "applied"
