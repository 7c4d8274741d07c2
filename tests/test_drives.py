"""Removable drives: the stick's folder under the desktop's mount roots is offered first."""

from __future__ import annotations

from rentan_desktop.maintenance import drives


def test_linux_roots_are_per_user_then_media(tmp_path):
    roots = drives.linux_mount_roots("siti", base=tmp_path)
    assert roots == [tmp_path / "media" / "siti", tmp_path / "run" / "media" / "siti", tmp_path / "media"]


def test_sticks_under_the_user_folder_are_found_not_the_user_folder_itself(tmp_path):
    stick = tmp_path / "media" / "siti" / "FLASHDISK"
    other = tmp_path / "run" / "media" / "siti" / "KINGSTON"
    stick.mkdir(parents=True)
    other.mkdir(parents=True)
    (tmp_path / "media" / "siti" / ".hidden").mkdir()
    found = drives.mounted_under(drives.linux_mount_roots("siti", base=tmp_path))
    assert stick in found and other in found
    assert tmp_path / "media" / "siti" not in found
    assert all(not p.name.startswith(".") for p in found)


def test_no_mount_folder_means_no_drive(tmp_path):
    assert drives.mounted_under([tmp_path / "missing"]) == []


def test_removable_drives_never_raises_here():
    assert isinstance(drives.removable_drives(), list)
