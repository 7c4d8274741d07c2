"""Take the help pages' screenshots from a training install, as a clerk sees the app at 1366x768.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/help_screenshots.py [OUT_DIR]

Makes a temporary OPD install and a Disnaker install with `rentan init` + `rentan demo`, opens
each screen in Indonesian, and saves small PNGs (720 px wide, 192 colours) into
resources/help/id/img/ (or OUT_DIR, to look at other screens too).
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 720
# The training installs the pictures are taken from are protected by this throwaway passphrase.
PASSPHRASE = "latihan bantuan layar"


def _rentan(folder: Path, *args: str) -> None:
    subprocess.run([str(Path(sys.executable).parent / "rentan"), "--data-dir", str(folder), *args], check=True,
                   env={**os.environ, "RENTAN_LANGUAGE": "id", "RENTAN_PASSPHRASE": PASSPHRASE}, stdout=subprocess.DEVNULL)


def _save(widget, out: Path, full: bool = False) -> None:
    from PIL import Image

    from rentan_desktop.ui.qt import QApplication

    QApplication.processEvents()
    raw = out.with_suffix(".raw.png")
    widget.grab().save(str(raw))
    image = Image.open(raw).convert("RGB")
    if not full and image.width > WIDTH:
        image = image.resize((WIDTH, round(image.height * WIDTH / image.width)), Image.LANCZOS)
    image.quantize(colors=192, method=Image.Quantize.MEDIANCUT).save(out, optimize=True)
    raw.unlink()
    print(out, out.stat().st_size)


# Pauses that only let a screen settle are this many times their length (a test runs the screens
# faster); a wait for a condition keeps its whole limit.
SETTLE = 1.0


def _wait(app, seconds: float, until=None) -> None:
    import time

    end = time.monotonic() + (seconds if until is not None else seconds * SETTLE)
    while time.monotonic() < end and not (until is not None and until()):
        app.processEvents()
        time.sleep(0.02)


def _unlocked(ctx):
    ctx.unlock(PASSPHRASE)
    return ctx


def _as_a_real_install(window):
    """The pictures come from training installs (the only kind that may hold demo people); the
    help shows the screens as a clerk's real install has them, without the training banner."""
    if window.training_banner is not None:
        window.training_banner.hide()
    window.role_text = window.role_text.split(" · ")[-1]  # the status bar's "Instalasi latihan · " too
    window._show_operator()
    # Tabs built from here on draw as in a real install (the Sync tab's "training install never writes
    # bundles"); the core still refuses a bundle from a training install.
    window.env.site = dataclasses.replace(window.env.site, training=False)
    return window


def main(argv: list[str]) -> int:
    os.environ["RENTAN_LANGUAGE"] = "id"
    out_dir = Path(argv[0]) if argv else ROOT / "resources" / "help" / "id" / "img"
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="rentan-shots-"))
    opd, dis = work / "opd", work / "disnaker"
    _rentan(opd, "init", "--role", "opd", "--pemda", "Kota Palangka Raya", "--opd-code", "1.01",
            "--opd-name", "Dinas Pendidikan", "--operator", "Siti Rahma", "--training")
    _rentan(opd, "demo", "--sponsors", "60", "--workers", "80")
    _rentan(dis, "init", "--role", "disnaker", "--pemda", "Kota Palangka Raya", "--operator", "Rudi Hartono",
            "--training")
    _rentan(dis, "demo", "--sponsors", "120", "--workers", "160", "--opds", "6")

    from rentan_desktop.context import AppContext
    from rentan_desktop.ui.app import create_application, open_main_window

    app = create_application(["rentan-desktop"])
    window = _as_a_real_install(open_main_window(_unlocked(AppContext.open(opd)), app))
    opd_screens(app, window, out_dir, extra=bool(argv))  # the other screens only for a look (not shipped)
    window.close()
    _wait(app, 1)

    window = _as_a_real_install(open_main_window(_unlocked(AppContext.open(dis)), app))
    window.resize(1366, 740)
    home = window.tab("home")
    _wait(app, 10, lambda: bool(home.lines))
    _wait(app, 0.5)
    _save(window, out_dir / "disnaker.png")
    window.close()
    return 0


def opd_screens(app, window, out_dir: Path, extra: bool = False) -> None:
    """The OPD's pictures from its main window (at 1366x740): Beranda, the tabs, the print preview;
    with `extra` also the other screens built this round (tests/ui/test_help_screenshots_tool.py runs
    this on a small roster, so a renamed widget fails a test rather than the tool)."""
    window.resize(1366, 740)
    window.move(0, 0)
    home = window.tab("home")
    _wait(app, 10, lambda: bool(home.lines))
    _wait(app, 0.5)
    _save(window, out_dir / "beranda.png")
    for key, name in (("roster", "pekerja"), ("payments", "pembayaran"), ("reports", "laporan"),
                      ("sync", "sinkronisasi"), ("settings", "pengaturan")):
        window.show_tab(key)
        _wait(app, 1.5)
        _save(window, out_dir / f"{name}.png")
    if extra:
        _extra_screens(app, window, out_dir)
    # The print preview of a registration form.
    from rentan_desktop.ui.printing import print_actions

    roster = window.tab("roster")
    window.show_tab("roster")
    roster.worker_table.selectRow(0)
    print_actions.run_job(window.env, print_actions.forms_job(roster.selected_worker_uids()[:1]), roster)
    session = window.env.ctx.session  # the preview shown is remembered on the install's session
    _wait(app, 20, lambda: getattr(session, "last_preview", None) is not None)
    preview = getattr(session, "last_preview", None)
    if preview is None:  # keep the picture there is rather than stop before Disnaker's
        print("no print preview within 20 s: cetak.png left as it was")
    else:
        _wait(app, 3)
        _save(preview, out_dir / "cetak.png")
        preview.close()


def _extra_screens(app, window, out_dir: Path) -> None:
    from rentan_desktop.ui.help.help_actions import open_help
    from rentan_desktop.ui.maintenance.backup_dialog import BackupDialog
    from rentan_desktop.ui.payments.cash_dialog import CashDialog
    from rentan_desktop.ui.roster import bulk_actions

    roster = window.tab("roster")
    window.show_tab("roster")
    roster.worker_readiness.setCurrentIndex(roster.worker_readiness.findData("incomplete"))  # "Data kurang"
    _wait(app, 1)
    _save(window, out_dir / "x-roster-incomplete.png", full=True)
    roster.worker_readiness.setCurrentIndex(0)
    roster.worker_table.selectAll()
    menu = bulk_actions.build_menu(roster)
    menu.popup(roster.bulk_button.mapToGlobal(roster.bulk_button.rect().bottomLeft()))
    _wait(app, 0.5)
    from rentan_desktop.ui.qt import QApplication

    QApplication.primaryScreen().grabWindow(0).save(str(out_dir / "x-bulk-menu-screen.png"))
    menu.close()
    dialog = bulk_actions.end_selected(roster)
    _wait(app, 0.5)
    _save(dialog, out_dir / "x-bulk-end.png", full=True)
    dialog.reject()
    window.show_tab("payments")
    _wait(app, 1)
    _save(window, out_dir / "x-payments.png", full=True)
    cash = CashDialog(window.env, window)
    cash.first.setDate(cash.first.date().addMonths(-3))
    cash.show()
    _wait(app, 1)
    _save(cash, out_dir / "x-cash.png", full=True)
    cash.close()
    backups = BackupDialog(window.env, window)
    backups.show()
    _wait(app, 1)
    _save(backups, out_dir / "x-backups.png", full=True)
    backups.close()
    help_window = open_help(window, "beranda")
    _wait(app, 1)
    _save(help_window, out_dir / "x-help.png", full=True)
    help_window.close()
    window.show_tab("home")
    _wait(app, 1)
    _save(window, out_dir / "x-home.png", full=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
