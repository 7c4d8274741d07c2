"""`rentan hub keys / trust / import / ack` and the city's `export-bundle --province`: the README's
flow from the terminal, against a real PostgreSQL server."""

from __future__ import annotations

from rentan_desktop.cli import main
from rentan_desktop.sync import keys, province, provisioning, registry
from tests.hub.city_world import feed_city, make_city


def test_a_city_feeds_the_hub_from_the_terminal(hub_dsn, tmp_path, capsys, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    hub = ["--data-dir", str(tmp_path / "unused"), "hub"]
    assert main([*hub, "init", "--dsn", hub_dsn, "--province", "Kalimantan Tengah"]) == 0
    assert "fingerprint" in capsys.readouterr().out
    assert main([*hub, "keys", "--out", str(stick)]) == 0
    city = make_city(tmp_path, 1, "Kabupaten Kapuas", stick, seed=5)
    try:
        dis = ["--data-dir", str(city.dis.data_dir)]
        hub_fp = provisioning.read_key_file(stick / "rentan-province-key.json")["province"]["fingerprint"]
        city.dis.close()
        assert main([*dis, "keys", "trust", str(stick / "rentan-province-key.json"), "--fingerprint", hub_fp]) == 0
        assert main([*dis, "keys", "export", "--province", "--out", str(stick)]) == 0
        city_key = stick / "rentan-city-key.json"
        fp = provisioning.read_key_file(city_key)["city"]["fingerprint"]
        assert main([*hub, "trust", str(city_key), "--fingerprint", "0000 1111"]) == 2
        assert "NOT trusted" in capsys.readouterr().err
        assert main([*hub, "trust", str(city_key), "--fingerprint", fp]) == 0

        out = tmp_path / "to-province"
        assert main([*dis, "export-bundle", "--province", "--out", str(out)]) == 0
        capsys.readouterr()
        assert main([*hub, "import", str(out), "--dsn", hub_dsn, "--dry-run"]) == 0
        printed = capsys.readouterr().out
        assert "workers: 12 new" in printed and "Dry run" in printed
        assert main([*hub, "cities", "--dsn", hub_dsn]) == 0
        assert "No city has sent a bundle yet" in capsys.readouterr().out

        acks = tmp_path / "acks"
        assert main([*hub, "import", str(out), "--dsn", hub_dsn, "--ack-out", str(acks)]) == 0
        assert "workers: 12 new" in capsys.readouterr().out
        assert main([*hub, "import", str(out), "--dsn", hub_dsn]) == 0
        assert "Already imported: nothing changed." in capsys.readouterr().out
        assert main([*hub, "cities", "--dsn", hub_dsn]) == 0
        assert "Kabupaten Kapuas: 2 OPD, last bundle 1" in capsys.readouterr().out

        ack = next(acks.iterdir())
        assert main([*dis, "import-bundle", str(ack)]) == 0
        from rentan_desktop.context import AppContext

        reopened = AppContext.open(city.dis.data_dir)
        try:
            assert registry.link(reopened.db, province.PROVINCE)["acked_rev"] > 0
        finally:
            reopened.close()
    finally:
        for ctx in city.opds:
            ctx.close()


def test_an_untrusted_citys_bundle_is_refused_in_one_indonesian_line(hub_dsn, tmp_path, capsys, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    hub = ["--data-dir", str(tmp_path / "unused"), "hub"]
    assert main([*hub, "init", "--dsn", hub_dsn]) == 0
    assert main([*hub, "keys", "--out", str(stick)]) == 0
    city = make_city(tmp_path, 2, "Kota Stranger", stick, seed=7)
    try:
        peer = provisioning.receive_key_file(city.dis.db, stick / "rentan-province-key.json")
        registry.trust(city.dis.db, peer.key_id, "Rudi")
        feed_city(city, stick)
        from rentan_desktop.sync.province_export import export_to_province

        path = export_to_province(city.dis.db, city.dis.data_dir, tmp_path / "out", operator="Rudi")[0].path
        assert keys.has_keys(city.dis.db)
        capsys.readouterr()
        monkeypatch.setenv("RENTAN_LANGUAGE", "id")
        assert main([*hub, "import", str(path), "--dsn", hub_dsn]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "ditandatangani kunci yang belum dipercaya" in err[0] and "Kota Stranger" in err[0]
        assert "Traceback" not in "\n".join(err)
    finally:
        for ctx in (city.dis, *city.opds):
            ctx.close()


def test_the_hub_revokes_a_citys_key_after_showing_the_list(tmp_path, capsys):
    from rentan_desktop.hub import keystore

    hub = ["--data-dir", str(tmp_path / "unused"), "hub"]
    home = keystore.home()
    ks = keystore.open_keystore(home, "Kalimantan Tengah", create=True)
    stick = tmp_path / "stick"
    city = make_city(tmp_path, 3, "Kabupaten Katingan", stick_dir(stick), seed=5)
    try:
        peer = provisioning.receive_key_file(ks, provisioning.write_city_enrollment(city.dis.db, city.dis.data_dir,
                                                                                     stick))
        registry.trust(ks, peer.key_id, "hub")
        ks.close()
        assert main([*hub, "revoke", peer.key_id]) == 2
        assert "Nothing was revoked" in capsys.readouterr().err
        assert main([*hub, "revoke", peer.key_id, "--yes", "--reason", "laptop stolen"]) == 0
        assert f"Revoked key {peer.key_id}" in capsys.readouterr().out
        reopened = keystore.open_keystore(home)
        assert registry.peer_by_key(reopened, peer.key_id).status == "revoked"
        reopened.close()
    finally:
        for ctx in (city.dis, *city.opds):
            ctx.close()


def stick_dir(path):
    path.mkdir(exist_ok=True)
    return path
