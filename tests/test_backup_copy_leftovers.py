"""QA walk r6, 16: a backup to a stick killed half-way left rentan-….sqlite3.partial on the stick for
good (the start-up clean-up looks only in the data folder); the next copy to that folder removes it."""

from __future__ import annotations

from rentan_desktop.maintenance import backup_copy


def test_the_next_copy_removes_what_a_killed_copy_left_on_the_stick(opd_ctx, tmp_path):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    killed = stick / "rentan-20261202-094730-015-manual.sqlite3.partial"
    killed.write_bytes(b"\0" * 4096)
    someone_elses = stick / "laporan.xlsx.partial"
    someone_elses.write_bytes(b"x")
    copy = backup_copy.backup_to(opd_ctx.db_path, stick, key=opd_ctx.db_key())
    assert copy.exists() and not killed.exists()
    assert someone_elses.exists()  # only this program's own names are touched
    assert sorted(p.name for p in stick.iterdir()) == sorted([copy.name, copy.with_suffix(".json").name,
                                                              someone_elses.name])
