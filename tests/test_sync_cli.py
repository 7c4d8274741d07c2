"""The terminal: two installs exchange bundles with `rentan` commands only; a killed import
leaves the database as it was; real bundles open with the `age` and `minisign` tools."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from rentan_desktop import i18n, setup_hooks
from rentan_desktop.cli import main
from rentan_desktop.context import AppContext
from rentan_desktop.roster import demo
from rentan_desktop.sync import keys
from tests.sync_support import PASSPHRASE, counts, dump, make_pair

ROOT = Path(__file__).resolve().parent.parent


pytestmark = pytest.mark.usefixtures("sync_keys")


def rentan(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    i18n.set_language("en")
    out = capsys.readouterr()
    return code, out.out, out.err


def test_two_installs_exchange_bundles_from_the_terminal(tmp_path, capsys):
    opd, dis, stick = tmp_path / "opd", tmp_path / "dis", tmp_path / "stick"
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n")
    assert rentan(capsys, "--data-dir", dis, "init", "--role", "disnaker", "--pemda", "Kota Palangka Raya",
                  "--operator", "Rudi")[0] == 0
    assert rentan(capsys, "--data-dir", opd, "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
                  "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Siti")[0] == 0
    ctx = AppContext.open(dis)
    ctx.db.execute("INSERT INTO opds(uid, code, name, created_at, updated_at) VALUES "
                   "('u-101', '1.01', 'Dinas Pendidikan', '2026-01-01', '2026-01-01')")
    ctx.close()
    code, out, _ = rentan(capsys, "--data-dir", dis, "provision", "--opd-code", "1.01", "--out", stick,
                          "--passphrase-file", pw)
    provisioning_file = Path(out.strip())
    assert code == 0 and provisioning_file.exists()
    code, out, _ = rentan(capsys, "--data-dir", dis, "keys", "show")
    dis_fp = out.split("fingerprint ")[1].splitlines()[0]
    # A wrong fingerprint is not trusted.
    code, _, err = rentan(capsys, "--data-dir", opd, "keys", "trust", provisioning_file, "--fingerprint", "0000")
    assert code == 2 and "NOT trusted" in err
    assert rentan(capsys, "--data-dir", opd, "keys", "trust", provisioning_file, "--fingerprint", dis_fp)[0] == 0
    code, out, _ = rentan(capsys, "--data-dir", opd, "keys", "export", "--out", stick)
    enrollment = Path(out.splitlines()[0])
    opd_fp = rentan(capsys, "--data-dir", opd, "keys", "show")[1].split("fingerprint ")[1].splitlines()[0]
    assert rentan(capsys, "--data-dir", dis, "keys", "trust", enrollment, "--fingerprint", opd_fp)[0] == 0

    # Demo data only exists in training installs, which never send bundles: generate the rows directly.
    opd_ctx = AppContext.open(opd)
    demo.generate(opd_ctx.db, sponsors=4, workers=6, operator="test")
    setup_hooks.after_demo(opd_ctx.db, seed=20261123)
    opd_ctx.close()
    code, out, _ = rentan(capsys, "--data-dir", opd, "export-bundle", "--out", stick)
    bundle_file = Path(out.strip())
    assert code == 0 and bundle_file.exists()
    code, out, _ = rentan(capsys, "--data-dir", dis, "import-bundle", bundle_file, "--dry-run")
    assert code == 0 and "Dry run" in out and "Workers" in out  # labels, not table names (issue 11)
    ctx = AppContext.open(dis)
    assert counts(ctx, "1.01")["workers"] == 0
    ctx.close()
    code, out, _ = rentan(capsys, "--data-dir", dis, "import-bundle", bundle_file)
    assert code == 0 and "Imported." in out
    code, out, _ = rentan(capsys, "--data-dir", dis, "import-bundle", bundle_file)
    assert code == 0 and "0 new" in out
    code, out, _ = rentan(capsys, "--data-dir", dis, "export-bundle", "--out", stick)
    back = Path(out.strip())
    code, out, _ = rentan(capsys, "--data-dir", opd, "import-bundle", back)
    assert code == 0 and "Imported." in out

    # A refusal: non-zero exit and one clear line.
    damaged = stick / "damaged.rentan.tar"
    damaged.write_bytes(bundle_file.read_bytes()[:-700])
    code, out, err = rentan(capsys, "--data-dir", dis, "import-bundle", damaged)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "damaged" in err

    # Revoking the OPD's key: its next bundle is refused.
    assert rentan(capsys, "--data-dir", dis, "keys", "revoke", "1.01", "--reason", "lost laptop", "--yes")[0] == 0
    code, out, _ = rentan(capsys, "--data-dir", opd, "export-bundle", "--out", stick)
    code, _, err = rentan(capsys, "--data-dir", dis, "import-bundle", out.strip())
    assert code == 2 and "revoked" in err

    # Disaster recovery from the terminal: Disnaker writes the OPD's restore bundle.
    code, out, _ = rentan(capsys, "--data-dir", dis, "restore-bundle", "--opd-code", "1.01", "--out", stick)
    assert code == 2  # no trusted key for 1.01 any more: the new install must enroll first


def _subprocess_env(data_dir: Path, pause: str | None = None) -> dict[str, str]:
    env = {**os.environ, "RENTAN_PASSPHRASE": PASSPHRASE, "RENTAN_SCRYPT_LOG_N": "8",
           "PYTHONPATH": str(ROOT)}
    if pause:
        env["RENTAN_TEST_PAUSE_IMPORT"] = pause
    return env


def test_killed_import_leaves_the_database_as_it_was_and_a_second_import_completes(tmp_path):
    pair = make_pair(tmp_path, sponsors=4, workers=8)
    from rentan_desktop.sync import export

    path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path
    expected = counts(pair.opd)
    before = dump(pair.dis)
    dis_dir = pair.dis.data_dir
    pair.close()
    cmd = [sys.executable, "-c", "import sys; from rentan_desktop.cli import main; sys.exit(main())",
           "--data-dir", str(dis_dir), "import-bundle", str(path)]
    proc = subprocess.Popen(cmd, env=_subprocess_env(dis_dir, "60"), stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert "PAUSED" in line  # the rows are written, the transaction is not committed
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    ctx = AppContext.open(dis_dir)
    i18n.set_language("en")
    assert dump(ctx) == before
    assert counts(ctx, "1.01")["workers"] == 0
    ctx.close()
    done = subprocess.run(cmd, env=_subprocess_env(dis_dir), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    ctx = AppContext.open(dis_dir)
    assert counts(ctx, "1.01") == expected
    ctx.close()


@pytest.mark.skipif(not (shutil.which("age") and shutil.which("minisign")), reason="age/minisign tools missing")
def test_real_bundles_open_with_age_and_minisign(tmp_path):
    import zstandard

    pair = make_pair(tmp_path, sponsors=3, workers=5)
    from rentan_desktop.sync import export, registry

    path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path
    work = tmp_path / "check"
    work.mkdir()
    with tarfile.open(path) as tar:
        tar.extractall(work, filter="data")
    # The Disnaker operator checks the sender with the OPD's public key (from its enrollment).
    opd_key = registry.trusted_keys(pair.dis.db, "1.01")[0]
    from rentan_desktop.sync.minisig import PublicKey

    (work / "opd.pub").write_text(PublicKey.from_line(opd_key.sign_pub).file_text())
    for name in ("header.json", "payload.age"):
        done = subprocess.run(["minisign", "-Vm", str(work / name), "-p", str(work / "opd.pub")],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    # ...and decrypts with Disnaker's age identity.
    identity = keys.identities(pair.dis.db, pair.dis.data_dir)[0]
    (work / "key.txt").write_text(identity + "\n")
    done = subprocess.run(["age", "-d", "-i", str(work / "key.txt"), str(work / "payload.age")], capture_output=True)
    assert done.returncode == 0, done.stderr
    text = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(done.stdout)).read().decode()
    assert '"table":"workers"' in text and text.count("\n") > 10
    # A changed payload no longer verifies with the tool either.
    (work / "payload.age").write_bytes((work / "payload.age").read_bytes() + b"x")
    done = subprocess.run(["minisign", "-Vm", str(work / "payload.age"), "-p", str(work / "opd.pub")],
                          capture_output=True, text=True)
    assert done.returncode != 0
    # The key backup is an age passphrase file (pyrage reads it as age does).
    import pyrage

    backup = keys.export_backup(pair.opd.db, pair.opd.data_dir, tmp_path / "backup")[0]
    assert b"rentan-secret-keys" in pyrage.passphrase.decrypt(backup.read_bytes(), PASSPHRASE)
    pair.close()


def test_an_install_made_before_sync_gets_its_keys_on_first_use(tmp_path, capsys):
    from rentan_desktop.store.site import initialise

    ctx = AppContext.open(tmp_path / "old")
    ctx.create_install_key("Rudi", PASSPHRASE, use_keyring=True)
    initialise(ctx.db, role="disnaker", pemda="Kota Palangka Raya", operator="Rudi")  # no after_initialise
    ctx.close()
    code, out, _ = rentan(capsys, "--data-dir", tmp_path / "old", "keys", "show")
    assert code == 0 and "fingerprint" in out
    assert (tmp_path / "old" / "keys" / "secret-keys.age").exists()
