"""Faults around the data folder get a message saying what to do (issue 13): a folder that
cannot be written, another program holding the write lock, a full disk, and the files a killed
backup or restore leaves behind."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from rentan_desktop import i18n
from rentan_desktop.cli import main
from rentan_desktop.errors import UserError
from rentan_desktop.maintenance import backup, faults
from tests.conftest import OPD, make_install


@pytest.mark.parametrize("error, expected", [
    (sqlite3.OperationalError("database is locked"), "Another program is writing"),
    (sqlite3.OperationalError("database or disk is full"), "disk holding"),
    (OSError(errno.ENOSPC, "No space left on device"), "Free some space"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "cannot write in its data folder"),
    (PermissionError(errno.EACCES, "Permission denied"), "give your Windows user permission"),
])
def test_known_faults_say_what_to_do(error, expected):
    assert expected in faults.describe(error, "/data")


def test_unknown_errors_are_not_dressed_up():
    assert faults.describe(ValueError("x")) is None


@pytest.mark.parametrize("error", [sqlite3.OperationalError("database or disk is full"),
                                   sqlite3.OperationalError("database is locked")])
def test_indonesian_messages_have_no_english_tail(error):
    i18n.set_language("id")
    try:
        text = faults.describe(error, "D:\\\\Rentan")
    finally:
        i18n.set_language("en")
    assert "database" not in text and "OperationalError" not in text and "disk is full" not in text


def test_a_read_only_folder_is_refused_with_advice(tmp_path, monkeypatch):
    real_open = open

    def refuse(path, *args, **kwargs):
        if ".rentan-write-test" in str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(UserError, match="cannot write in its data folder") as info:
        faults.check_writable(tmp_path)
    assert str(tmp_path) in str(info.value) and "permission" in str(info.value)


def test_the_cli_says_so_for_a_read_only_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(faults, "check_writable",
                        lambda folder: (_ for _ in ()).throw(UserError(faults.read_only_message(folder))))
    assert main(["--data-dir", str(tmp_path), "backups"]) == 2
    assert "cannot write in its data folder" in capsys.readouterr().err


def test_a_killed_backup_leaves_nothing_behind(tmp_path):
    ctx = make_install(tmp_path / "d", **OPD)
    made = backup.create_backup(ctx.db_path, "manual", key=ctx.db_key())
    leftover = made.with_name("half.partial")
    leftover.write_bytes(b"SQLite format 3\x00 half")
    assert faults.clean_leftovers(ctx.db_path, key=ctx.db_key())
    assert not leftover.exists() and made.exists()
    ctx.close()


def test_a_killed_restore_is_finished_when_its_copy_is_whole(tmp_path):
    ctx = make_install(tmp_path / "d", **OPD)
    made = backup.create_backup(ctx.db_path, "manual", key=ctx.db_key())
    ctx.db["sponsors"].insert({"uid": "late", "opd_id": 1, "kind": "pns", "nip": "196608011988031001",
                               "name": "Added after the backup", "created_at": "x", "updated_at": "x"},
                              alter=False)
    ctx.close()
    staging = ctx.db_path.with_name(ctx.db_path.name + ".restoring")
    backup.write_copy(made, staging, ctx.db_key())  # the copy finished, the process died before the swap
    assert faults.clean_leftovers(ctx.db_path, key=ctx.db_key()) == ["finished an interrupted restore"]
    assert not staging.exists()
    again = make_install.__globals__["AppContext"].open(tmp_path / "d")
    assert again.try_unlock()
    assert again.db["sponsors"].count == 0
    again.close()


def test_a_half_copied_restore_is_dropped_and_the_database_kept(tmp_path):
    ctx = make_install(tmp_path / "d", **OPD)
    ctx.close()
    staging = ctx.db_path.with_name(ctx.db_path.name + ".restoring")
    staging.write_bytes(ctx.db_path.read_bytes()[:2048])
    before = ctx.db_path.read_bytes()
    faults.clean_leftovers(ctx.db_path, key=ctx.db_key())
    assert not staging.exists() and ctx.db_path.read_bytes() == before
