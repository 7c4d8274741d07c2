"""An OPD that merged or closed is set inactive (never deleted) from the OPD dialog and from
`rentan opd deactivate`; it can be made active again."""

from __future__ import annotations

from rentan_desktop.cli import main
from rentan_desktop.disnaker import registry
from rentan_desktop.ui.disnaker.opd_dialog import OpdDialog
from tests.ui.conftest import wait_for_ops


def _add(db, code: str = "1.02", name: str = "Dinas Kesehatan") -> str:
    return registry.save_opd(db, "Rudi", {"code": code, "name": name})


def test_the_opd_dialog_sets_an_opd_inactive_and_back(qtbot, disnaker_env):
    uid = _add(disnaker_env.db)
    dialog = OpdDialog(disnaker_env, uid)
    qtbot.addWidget(dialog)
    assert dialog.active.isVisibleTo(dialog) and dialog.active.isChecked()
    dialog.active.setChecked(False)
    dialog.save()
    wait_for_ops(qtbot, disnaker_env)
    assert registry.get_opd(disnaker_env.db, uid)["active"] == 0
    again = OpdDialog(disnaker_env, uid)
    qtbot.addWidget(again)
    assert not again.active.isChecked()
    again.active.setChecked(True)
    again.save()
    wait_for_ops(qtbot, disnaker_env)
    assert registry.get_opd(disnaker_env.db, uid)["active"] == 1


def test_a_new_opd_is_active_without_asking(qtbot, disnaker_env):
    dialog = OpdDialog(disnaker_env)
    qtbot.addWidget(dialog)
    assert not dialog.active.isVisibleTo(dialog)


def test_rentan_opd_deactivate_and_activate(disnaker_ctx, capsys):
    uid = _add(disnaker_ctx.db)
    folder = str(disnaker_ctx.data_dir)
    assert main(["--data-dir", folder, "opd", "deactivate", "1.02", "--reason", "merged into 1.03"]) == 0
    assert "OPD 1.02 is inactive." in capsys.readouterr().out
    assert registry.get_opd(disnaker_ctx.db, uid)["active"] == 0
    assert main(["--data-dir", folder, "opd", "list"]) == 0
    assert "1.02\tDinas Kesehatan" in (out := capsys.readouterr().out) and out.rstrip().endswith("inactive")
    assert main(["--data-dir", folder, "opd", "activate", "1.02"]) == 0
    assert registry.get_opd(disnaker_ctx.db, uid)["active"] == 1


def test_an_unknown_code_is_refused_clearly(disnaker_ctx, capsys):
    assert main(["--data-dir", str(disnaker_ctx.data_dir), "opd", "deactivate", "9.99"]) != 0
    assert "No OPD has the code 9.99." in capsys.readouterr().err
