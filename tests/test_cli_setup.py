"""`rentan init` and `rentan demo` from a terminal."""

from __future__ import annotations

from rentan_desktop.cli import main
from rentan_desktop.context import AppContext


def test_init_opd_then_demo(tmp_path, capsys):
    folder = str(tmp_path / "d")
    assert main(["--data-dir", folder, "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
                 "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Siti Rahma",
                 "--training"]) == 0
    assert main(["--data-dir", folder, "demo", "--sponsors", "30", "--workers", "40"]) == 0
    ctx = AppContext.open(folder)
    assert ctx.site.opd_name == "Dinas Pendidikan"
    assert ctx.db["workers"].count == 40
    assert ctx.db["sponsors"].count == 30
    ctx.close()


def test_init_twice_fails_with_one_line(tmp_path, capsys):
    folder = str(tmp_path / "d")
    main(["--data-dir", folder, "init", "--role", "disnaker", "--pemda", "Kota X", "--operator", "A"])
    capsys.readouterr()
    assert main(["--data-dir", folder, "init", "--role", "disnaker", "--pemda", "Kota X", "--operator", "A"]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "already set up" in err


def test_opd_needs_code_and_name(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path), "init", "--role", "opd", "--pemda", "Kota X", "--operator", "A"])
    assert code != 0
    assert "OPD code" in capsys.readouterr().err


def test_demo_before_init_is_refused(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "demo"]) != 0
    assert "rentan init" in capsys.readouterr().err


def test_messages_follow_the_install_language(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("RENTAN_LANGUAGE")
    folder = str(tmp_path / "d")
    main(["--data-dir", folder, "init", "--role", "disnaker", "--pemda", "Kota X", "--operator", "A"])
    capsys.readouterr()
    main(["--data-dir", folder, "init", "--role", "disnaker", "--pemda", "Kota X", "--operator", "A"])
    assert "Folder data ini sudah disiapkan." in capsys.readouterr().err


def _real_opd(folder: str) -> None:
    assert main(["--data-dir", folder, "init", "--role", "opd", "--pemda", "Kota Palangka Raya",
                 "--opd-code", "1.01", "--opd-name", "Dinas Pendidikan", "--operator", "Siti Rahma"]) == 0


def test_demo_in_a_real_install_is_refused_and_says_how_to_practise(tmp_path, capsys):
    folder = str(tmp_path / "d")
    _real_opd(folder)
    capsys.readouterr()
    assert main(["--data-dir", folder, "demo", "--sponsors", "3", "--workers", "4"]) != 0
    err = capsys.readouterr().err
    assert "training install" in err and "init --training" in err
    ctx = AppContext.open(folder)
    assert ctx.db["workers"].count == 0 and not ctx.site.training
    ctx.close()


def test_a_training_install_never_writes_bundles(tmp_path, capsys):
    import pytest

    from rentan_desktop.errors import UserError
    from rentan_desktop.sync import export

    folder = str(tmp_path / "t")
    assert main(["--data-dir", folder, "init", "--role", "opd", "--pemda", "Kota X", "--opd-code", "1.01",
                 "--opd-name", "Dinas A", "--operator", "A", "--training"]) == 0
    ctx = AppContext.open(folder)
    assert ctx.site.training
    with pytest.raises(UserError, match="training install"):
        export.build(ctx.db, ctx.data_dir, "disnaker")
    ctx.close()
    capsys.readouterr()
    assert main(["--data-dir", folder, "export-bundle", "--out", str(tmp_path)]) != 0
    assert "training install" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.rentan*"))
