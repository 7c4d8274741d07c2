"""Two installs (one OPD, one Disnaker) in separate folders that trust each other, and a
folder standing in for the USB stick. Shared by the sync tests."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from rentan_desktop.context import AppContext
from rentan_desktop.roster import demo
from rentan_desktop.store.clock import new_uid, now_iso
from rentan_desktop.sync import export, keys, provisioning, registry

PASSPHRASE = "correct horse battery"
OPD = {"role": "opd", "pemda": "Kota Palangka Raya", "operator": "Siti Rahma",
       "opd_code": "1.01", "opd_name": "Dinas Pendidikan"}
OPD2 = {"role": "opd", "pemda": "Kota Palangka Raya", "operator": "Andi",
        "opd_code": "1.02", "opd_name": "Dinas Kesehatan"}
DISNAKER = {"role": "disnaker", "pemda": "Kota Palangka Raya", "operator": "Rudi Hartono"}


@dataclass
class Pair:
    opd: AppContext
    dis: AppContext
    stick: Path

    def close(self) -> None:
        self.opd.close()
        self.dis.close()


def install(folder: Path, **site) -> AppContext:
    from rentan_desktop import i18n
    from tests.conftest import make_install

    ctx = make_install(folder, **site)
    i18n.set_language("en")  # opening an install switches to its language; tests read English
    return ctx


def add_opd_row(dis: AppContext, code: str, name: str) -> None:
    stamp = now_iso()
    dis.db.execute("INSERT INTO opds(uid, code, name, created_at, updated_at) VALUES (?,?,?,?,?)",
                   [new_uid(), code, name, stamp, stamp])


def connect(opd: AppContext, dis: AppContext, stick: Path) -> None:
    """Provisioning one way, enrollment the other, both fingerprints 'compared' and trusted."""
    code = opd.site.opd_code
    if dis.db.execute("SELECT 1 FROM opds WHERE code = ?", [code]).fetchone() is None:
        add_opd_row(dis, code, opd.site.opd_name)
    prov = provisioning.provision_opd(dis.db, dis.data_dir, code, stick)
    peer = provisioning.receive_key_file(opd.db, prov)
    assert peer.fingerprint == keys.own_public(dis.db).fingerprint
    registry.trust(opd.db, peer.key_id, "Siti")
    enrol = provisioning.write_enrollment(opd.db, opd.data_dir, stick)
    peer = provisioning.receive_key_file(dis.db, enrol)
    registry.trust(dis.db, peer.key_id, "Rudi")


def bundle_from_untrusted_opd(pair: Pair, folder: Path) -> Path:
    """A bundle written by OPD 1.02 on a new PC: it trusts Disnaker's provisioned key, but
    Disnaker has never seen its own key (the quarantine case)."""
    stranger = install(folder, **OPD2)
    try:
        add_opd_row(pair.dis, "1.02", "Dinas Kesehatan")
        prov = provisioning.provision_opd(pair.dis.db, pair.dis.data_dir, "1.02", folder.parent)
        registry.trust(stranger.db, provisioning.receive_key_file(stranger.db, prov).key_id, "x")
        return export.export_bundle(stranger.db, stranger.data_dir, pair.stick).path
    finally:
        stranger.close()


def pair_fixture(sponsors: int, workers: int):
    """A module's `pair` fixture: a connected OPD/Disnaker pair with this many sponsors and
    workers at the OPD, closed after the test. Use with the `sync_keys` fixture."""

    @pytest.fixture(name="pair")
    def pair(tmp_path):
        made = make_pair(tmp_path, sponsors=sponsors, workers=workers)
        yield made
        made.close()

    return pair


def make_pair(tmp_path: Path, sponsors: int = 6, workers: int = 10) -> Pair:
    stick = tmp_path / "stick"
    stick.mkdir()
    opd = install(tmp_path / "opd", **OPD)
    dis = install(tmp_path / "disnaker", **DISNAKER)
    connect(opd, dis, stick)
    if workers:
        fill(opd, sponsors, workers)
    return Pair(opd, dis, stick)


def fill(ctx: AppContext, sponsors: int, workers: int, seed: int = 7) -> None:
    from rentan_desktop.payments.demo import generate_payments

    demo.generate(ctx.db, sponsors=sponsors, workers=workers, seed=seed, operator="demo")
    generate_payments(ctx.db, seed=seed, months=4)


def file_state(ctx: AppContext) -> str:
    """Hash of the database file and its WAL: what 'byte-for-byte unchanged' compares."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        path = Path(str(ctx.db_path) + suffix)
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()


def counts(ctx: AppContext, opd_code: str | None = None) -> dict[str, int]:
    out = {}
    for table in ("sponsors", "workers", "payments"):
        if opd_code:
            out[table] = ctx.db.execute(f"SELECT count(*) FROM {table} t JOIN opds o ON o.id = t.opd_id "
                                        "WHERE o.code = ?", [opd_code]).fetchone()[0]
        else:
            out[table] = ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return out


def dump(ctx: AppContext) -> list:
    """Every user-visible row, for 'nothing changed' comparisons across connections."""
    rows = []
    for table in ("opds", "sponsors", "workers", "payments", "sync_links", "sync_imports", "sync_peers", "settings",
                  "counters"):
        rows.append((table, ctx.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()))
    return rows


def bpjs_answer(path, rows) -> None:
    """A BPJS branch's answer file (NIK, KPJ, date, status, note), as Disnaker imports it."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    for i, row in enumerate([["NIK", "No KPJ", "Tanggal Kepesertaan", "Status", "Keterangan"], *rows]):
        for j, value in enumerate(row):
            ws.write_string(i, j, value)
    wb.close()
