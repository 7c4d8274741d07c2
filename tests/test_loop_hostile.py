"""The two-month loop of tests/test_loop_two_months.py (three OPDs and a Disnaker, August to
December 2026) with a thief at every exchange (issue 11, multi-install loops): before each genuine
bundle is imported, a forged one made from it is tried first, with the sending OPD's stolen key on
the way up and Disnaker's stolen key on the way down, or an old bundle is replayed. Every forgery is
refused (or, for a replay, changes nothing): the receiving database stays byte for byte the same, the
chain and the watermark with it. The genuine bundle then applies, and every figure still equals the
slow reference of tests/loop_ledger.py on each date (the loop's own checks)."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.sync import export, importer
from tests import sync_attack as atk
from tests import sync_forge as forge
from tests import test_loop_two_months as loop
from tests.loop_ledger import Person, carry
from tests.sync_support import file_state

pytestmark = pytest.mark.usefixtures("sync_keys")

Attack = Callable[["HostileWorld", str, Path], "Path | None"]


def _after_end(w: HostileWorld, code: str, genuine: Path, receiver: AppContext, sender: AppContext) -> Path:
    head, _binding, sections = atk.sections_of(receiver, genuine)
    import zstandard

    plain = zstandard.ZstdDecompressor().decompressobj().decompress(forge.payload_plain(head, sections))
    extra = b'{"section":"table","table":"workers","direction":"up","columns":["uid"],"count":0}\n'
    data = forge.sign_bundle(sender, head, forge.encrypt_for(receiver, zstandard.ZstdCompressor().compress(
        plain + extra)))
    return forge.write(w.thief, f"after-end-{code}-{w.day}.rentan.tar", data)


def _rows(w: HostileWorld, code: str, genuine: Path, edit: Callable[[list], bool], header=None) -> Path | None:
    """The genuine rows edited by the sending OPD's stolen key; None when `edit` finds nothing to edit."""
    applicable = []

    def rows(sections):
        applicable.append(edit(sections))
        return sections
    path = atk.reforge(w.opds[code], w.dis, genuine, f"forged-{code}.rentan.tar", rows=rows, header=header)
    return path if all(applicable) else None


def up_after_end(w: HostileWorld, code: str, genuine: Path) -> Path:
    return _after_end(w, code, genuine, w.dis, w.opds[code])


def up_other_code(w: HostileWorld, code: str, genuine: Path) -> Path | None:
    other = next(c for c in loop.OPDS if c != code)
    return _rows(w, code, genuine, lambda s: True, header=lambda h: h["sender"].update(opd_code=other))


def _held_payment(w: HostileWorld, code: str) -> tuple[list[str], list] | None:
    """A payment of this OPD that Disnaker holds, as an earlier bundle carried it (the thief kept a copy)."""
    held = {r[0] for r in w.dis.db.execute("SELECT uid FROM payments WHERE kind = 'payment'")}
    for old in reversed(w.all_up.get(code, [])):
        _head, _binding, sections = atk.sections_of(w.dis, old)
        meta, found = atk.table_section(sections, "payments")
        at = {c: i for i, c in enumerate(meta["columns"])}
        for row in found:
            if row[0] in held and row[at["kind"]] == "payment":
                return meta["columns"], list(row)
    return None


def _with_payment(w: HostileWorld, code: str, genuine: Path, change: Callable[[dict, list], None]) -> Path | None:
    """The genuine bundle with one more payment row: a held one, changed by `change`."""
    found = _held_payment(w, code)
    if found is None:
        return None
    columns, row = found
    change({c: i for i, c in enumerate(columns)}, row)

    def edit(sections):
        meta, rows = atk.table_section(sections, "payments")
        if meta["columns"] != columns:
            return False
        rows[:] = [r for r in rows if r[0] != row[0]] + [row]
        return True
    return _rows(w, code, genuine, edit)


def up_redated(w: HostileWorld, code: str, genuine: Path) -> Path | None:
    """A payment Disnaker holds, re-dated to the 1st of its month (punctual for the ranking)."""
    def change(at, row):
        day = f"{row[at['month']]}-01"
        row[at["paid_on"]] = day if row[at["paid_on"]] != day else f"{row[at['month']]}-02"
    return _with_payment(w, code, genuine, change)


def up_foreign_worker(w: HostileWorld, code: str, genuine: Path) -> Path | None:
    """A new payment filed on another OPD's worker."""
    other = next(c for c in loop.OPDS if c != code)
    victim = w.dis.db.execute("SELECT w.uid FROM workers w JOIN opds o ON o.id = w.opd_id WHERE o.code = ? "
                              "ORDER BY w.id LIMIT 1", [other]).fetchone()
    if victim is None:
        return None

    def change(at, row):
        row[0], row[at["worker_uid"]] = atk.new_uid(), victim[0]
    return _with_payment(w, code, genuine, change)


def up_rewrapped(w: HostileWorld, code: str, genuine: Path) -> Path | None:
    """Another OPD's last encrypted rows under this OPD's signed header."""
    theirs = [p for c, p in w.last_up.items() if c != code]
    if not theirs:
        return None
    payload = forge.members(theirs[-1].read_bytes())["payload.age"]
    data = forge.sign_bundle(w.opds[code], forge.header_of(genuine), payload)
    return forge.write(w.thief, f"rewrapped-{code}-{w.day}.rentan.tar", data)


def up_replayed(w: HostileWorld, code: str, genuine: Path) -> Path | None:
    """This OPD's first bundle, copied off the stick months ago (changes nothing)."""
    return w.first_up.get(code)


def down_after_end(w: HostileWorld, code: str, genuine: Path) -> Path:
    return _after_end(w, code, genuine, w.opds[code], w.dis)


def down_flag(w: HostileWorld, code: str, genuine: Path) -> Path:
    def rows(sections):
        flag = [atk.new_uid(), "1.02\x1b[2J"]
        for meta, found in sections:
            if meta.get("section") == "duplicate_flags":
                found.append(flag)
                return sections
        return [*sections, ({"section": "duplicate_flags", "columns": ["worker_uid", "other_opds"]}, [flag])]
    return atk.reforge(w.dis, w.opds[code], genuine, f"flag-{code}.rentan.tar", rows=rows)


def down_for_another(w: HostileWorld, code: str, genuine: Path) -> Path | None:
    """Another OPD's last return bundle, brought to this one."""
    theirs = [p for c, p in w.last_down.items() if c != code]
    return theirs[-1] if theirs else None


UP: tuple[Attack, ...] = (up_after_end, up_other_code, up_redated, up_foreign_worker, up_rewrapped, up_replayed)
DOWN: tuple[Attack, ...] = (down_after_end, down_flag, down_for_another)


class HostileWorld(loop.World):
    def __init__(self, root: Path, monkeypatch):
        super().__init__(root, monkeypatch)
        self.thief = root / "thief"
        self.thief.mkdir()
        self.ups, self.downs = itertools.cycle(UP), itertools.cycle(DOWN)
        self.tried: Counter[str] = Counter()
        self.first_up: dict[str, Path] = {}
        self.all_up: dict[str, list[Path]] = {}
        self.last_up: dict[str, Path] = {}
        self.last_down: dict[str, Path] = {}

    def up(self, code: str, *, expect: str = "applied", path=None):
        ctx = self.opds[code]
        path = path or export.export_bundle(ctx.db, ctx.data_dir, self.stick, operator="op").path
        if expect == "applied":
            self._attack(self.ups, code, path, self.dis)
        super().up(code, expect=expect, path=path)
        self.first_up.setdefault(code, path)
        self.last_up[code] = path
        self.all_up.setdefault(code, []).append(path)
        return path

    def down(self, code: str) -> None:
        path = export.export_bundle(self.dis.db, self.dis.data_dir, self.stick, peer=code, operator="Rudi").path
        ctx = self.opds[code]
        self._attack(self.downs, code, path, ctx)
        assert importer.apply(ctx.db, ctx.data_dir, path, "op").status in ("applied", "nothing")
        carry(self.seen, self.ledger, code, Person.DISNAKER_OWNED)
        self.last_down[code] = path

    def _attack(self, attacks, code: str, genuine: Path, receiver: AppContext) -> None:
        """The next attack that applies to this bundle, tried before the genuine one."""
        for _ in range(len(UP)):
            attack = next(attacks)
            forged = attack(self, code, genuine)
            if forged is not None:
                break
        else:
            return
        before = file_state(receiver), atk.table_rows(receiver)
        try:
            summary = importer.apply(receiver.db, receiver.data_dir, forged, "thief")
        except UserError as exc:
            atk.assert_clean_message(str(exc))
        else:
            assert summary.status == "nothing", (attack.__name__, code, summary.status, summary.notes)
        assert (file_state(receiver), atk.table_rows(receiver)) == before, (attack.__name__, code, self.day)
        self.tried[attack.__name__] += 1


def test_three_opds_and_disnaker_with_a_thief_at_every_exchange(tmp_path, monkeypatch):
    w = HostileWorld(tmp_path, monkeypatch)
    try:
        loop.setup_august(w)
        kpj = loop.first_bundles_and_registration(w, tmp_path)
        loop.august_to_october(w)
        loop.november(w)
        loop.out_of_order(w)
        loop.december(w)
        loop.reregistration_rejected(w, tmp_path, kpj)
        w.exchange()
        w.check()
    finally:
        w.close()
    # Every kind of forgery met a genuine bundle it could be made from, more than once.
    assert set(w.tried) == {a.__name__ for a in (*UP, *DOWN)} and min(w.tried.values()) >= 2, w.tried
