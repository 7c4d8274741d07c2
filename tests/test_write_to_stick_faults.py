"""Writing a bundle or a backup to a chosen folder that refuses it (QA walk r3, defect 36): the
message says which folder, why and what to do, in the user's language, never the OS's words."""

from __future__ import annotations

import errno

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.maintenance import backup_copy, faults

CASES = [
    (errno.EROFS, "write-protected"),
    (errno.EACCES, "write-protected"),
    (errno.ENOSPC, "is full"),
    (errno.ENOENT, "pulled out"),
    (errno.EIO, "pulled out"),
    (errno.EINVAL, "Check the USB drive"),
]


@pytest.mark.parametrize(("code", "words"), CASES)
def test_each_fault_of_a_chosen_folder_is_told_with_advice(code, words, tmp_path):
    text = faults.describe_target(OSError(code, "Read-only file system: '/media/x/.bundle.part'"), tmp_path)
    assert words in text and str(tmp_path) in text
    assert "Errno" not in text and ".part" not in text and "file system" not in text


@pytest.mark.parametrize(("code", "words"), CASES[:3])
def test_a_backup_to_a_stick_that_refuses_it_names_the_stick(code, words, opd_ctx, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()

    def refuse(*_args, **_kwargs):
        raise OSError(code, "Read-only file system")

    monkeypatch.setattr(backup_copy, "write_copy", refuse)  # the copy onto the stick
    with pytest.raises(UserError) as refused:
        backup_copy.backup_to(opd_ctx.db_path, stick, key=opd_ctx.db_key())
    text = str(refused.value)
    assert words in text and str(stick) in text and "data folder" not in text and "Errno" not in text
    assert list(stick.iterdir()) == []


def test_a_bundle_to_a_write_protected_stick_records_nothing(tmp_path, monkeypatch):
    from rentan_desktop.sync import export, registry
    from tests.sync_support import make_pair

    pair = make_pair(tmp_path, sponsors=2, workers=3)
    opd = pair.opd
    before = registry.link(opd.db, registry.DISNAKER)["out_seq"]
    stick = tmp_path / "write-protected"
    stick.mkdir()

    def refuse(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(export, "write_safely", refuse)
    with pytest.raises(UserError) as refused:
        export.export_bundle(opd.db, opd.data_dir, stick, operator="Siti")
    text = str(refused.value)
    assert "write-protected" in text and str(stick) in text and "nothing was recorded as sent" in text
    assert "Errno" not in text and registry.link(opd.db, registry.DISNAKER)["out_seq"] == before
