"""Build the onedir folder for the machine this runs on (Linux or Windows), then zip it.

    python installer/build.py            # dist/rentan-desktop/ and dist/rentan-desktop-<version>-<os>-portable.zip
    python installer/build.py --no-zip

Steps: compile translations (.qm), draw the icon if missing, run PyInstaller with
installer/rentan.spec, write a portable marker-free zip. The Windows installer is made from
the same folder by Inno Setup (installer/rentan.iss, see installer/README.md).
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
FOLDER = DIST / "rentan-desktop"
PORTABLE_README = """Rentan Desktop (portabel)\r
\r
Ekstrak seluruh folder RentanDesktop ke tempat yang bisa ditulisi (Dokumen, Desktop, atau flashdisk),\r
lalu jalankan rentan-desktop.exe. Tidak perlu instalasi dan hak administrator.\r
\r
Data (basis data, cadangan, log) disimpan di folder data\\ di samping program ini, sehingga ikut\r
terbawa bila folder dipindahkan. Jangan cabut flashdisk saat aplikasi masih terbuka. Cadangan\r
otomatis ada di data\\backups; salin folder data ke tempat lain secara berkala.\r
"""


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from rentan_desktop import __version__

    return __version__


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def portable_zip(folder: Path) -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    target = DIST / f"rentan-desktop-{version()}-{system}-{platform.machine().lower()}-portable.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, Path("RentanDesktop") / path.relative_to(folder))
        # An (empty) data/ beside the program makes it portable: the data stays in this folder.
        archive.writestr("RentanDesktop/data/", "")
        archive.writestr("RentanDesktop/BACA-SAYA.txt", PORTABLE_README)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-zip", action="store_true", help="skip the portable zip")
    args = parser.parse_args()
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "release"], check=True, cwd=ROOT)
    if not (ROOT / "resources" / "icons" / "rentan.ico").exists():
        subprocess.run([sys.executable, str(ROOT / "installer" / "make_icon.py")], check=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "installer" / "rentan.spec")], check=True, cwd=ROOT)
    print(f"built {FOLDER} ({folder_size(FOLDER) / 1e6:.0f} MB) in {time.perf_counter() - started:.0f} s")
    if not args.no_zip:
        target = portable_zip(FOLDER)
        print(f"portable zip {target} ({target.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
