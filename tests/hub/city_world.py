"""Three cities, each a Disnaker install fed by two OPD installs through real bundles, and a province
hub that trusts the cities through the same key files and letters (issue 17's loop)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from rentan_desktop.context import AppContext
from rentan_desktop.hub import database, intake, keystore
from rentan_desktop.sync import export, importer, keys, provisioning, registry
from rentan_desktop.sync.province_export import export_to_province
from tests.sync_support import connect, fill, install

CITIES = ("Kota Palangka Raya", "Kabupaten Kapuas", "Kabupaten Katingan")
OPDS = (("1.01", "Dinas Pendidikan"), ("1.02", "Dinas Kesehatan"))


@dataclass
class City:
    name: str
    dis: AppContext
    opds: list[AppContext] = field(default_factory=list)


@dataclass
class Province:
    conn: psycopg.Connection
    ks: object
    home: Path
    stick: Path
    cities: list[City]

    def close(self) -> None:
        for city in self.cities:
            for ctx in (city.dis, *city.opds):
                ctx.close()
        self.ks.close()
        self.conn.close()


def make_city(root: Path, n: int, name: str, stick: Path, seed: int) -> City:
    dis = install(root / f"dis{n}", role="disnaker", pemda=name, operator="Rudi")
    city = City(name, dis)
    for k, (code, opd_name) in enumerate(OPDS):
        ctx = install(root / f"opd{n}-{code}", role="opd", pemda=name, operator=f"op {code}", opd_code=code,
                      opd_name=opd_name)
        connect(ctx, dis, stick)
        fill(ctx, sponsors=4, workers=6, seed=seed + k)
        city.opds.append(ctx)
    feed_city(city, stick)
    return city


def feed_city(city: City, stick: Path) -> None:
    """Each OPD's bundle into its Disnaker, and Disnaker's return bundle back."""
    for ctx in city.opds:
        path = export.export_bundle(ctx.db, ctx.data_dir, stick, operator="op").path
        importer.apply(city.dis.db, city.dis.data_dir, path, "Rudi")
        back = export.export_bundle(city.dis.db, city.dis.data_dir, stick, peer=ctx.site.opd_code,
                                    operator="Rudi").path
        importer.apply(ctx.db, ctx.data_dir, back, "op")


def pair_with_hub(city: City, ks, home: Path, stick: Path, trust_at_hub: bool = True) -> None:
    """The letter flow both ways: the city trusts the province key file, the hub the city's."""
    peer = provisioning.receive_key_file(city.dis.db, stick / "rentan-province-key.json")
    assert peer.fingerprint == keys.newest_public(ks).fingerprint  # compared with the hub's letter
    registry.trust(city.dis.db, peer.key_id, "Rudi")
    mine = provisioning.write_city_enrollment(city.dis.db, city.dis.data_dir, stick / city.name)
    if trust_at_hub:
        peer = provisioning.receive_key_file(ks, mine)
        assert peer.fingerprint == keys.newest_public(city.dis.db).fingerprint
        registry.trust(ks, peer.key_id, "hub")


def make_province(root: Path, dsn: str) -> Province:
    stick = root / "stick"
    stick.mkdir()
    conn = database.connect(dsn)
    database.migrate(conn)
    home = root / "hub-home"
    ks = keystore.open_keystore(home, "Kalimantan Tengah", create=True)
    provisioning.write_province_key(ks, home, stick)
    cities = []
    for n, name in enumerate(CITIES):
        city = make_city(root, n, name, stick, seed=10 * n + 1)
        pair_with_hub(city, ks, home, stick)
        cities.append(city)
    return Province(conn, ks, home, stick, cities)


def send(province: Province, city: City, *, dry_run: bool = False) -> list[intake.HubImport]:
    paths = [r.path for r in export_to_province(city.dis.db, city.dis.data_dir, province.stick / city.name,
                                                 operator="Rudi")]
    return [intake.import_bundle(province.conn, province.ks, province.home, p, dry_run=dry_run) for p in paths]


def hub_rows(conn: psycopg.Connection) -> list:
    """Everything the hub holds for the cities, for 'nothing changed' comparisons."""
    out = []
    for table in ("pemda", "opds", "sponsors", "workers", "payments", "hub_imports", "pemda_settings"):
        out.append(conn.execute(f"SELECT * FROM hub.{table} ORDER BY 1, 2").fetchall())
    return out
