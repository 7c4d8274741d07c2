"""Setting up the letterhead and the signatories once: checked, the logo copied into the data folder."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.nip import check_nip
from rentan_desktop.i18n import translate
from rentan_desktop.security.permissions import private_dir, restrict_file
from rentan_desktop.store import settings

LOGO_DIR = "letterhead"
LOGO_TYPES = (".png", ".jpg", ".jpeg")
MAX_LOGO_BYTES = 5 * 1024 * 1024
SIGNATORY_KEYS = ("head_name", "head_nip", "head_position", "treasurer_name", "treasurer_nip", "treasurer_position")


def current(db: sqlite_utils.Database) -> dict[str, Any]:
    """What the settings section shows: letterhead, signatories and the BPJS branch office."""
    letterhead = dict(settings.DEFAULTS["letterhead"], **(settings.get(db, "letterhead") or {}))
    signatories = dict(settings.DEFAULTS["signatories"], **(settings.get(db, "signatories") or {}))
    return {"letterhead": letterhead, "signatories": signatories,
            "bpjs_branch": settings.get(db, "bpjs_branch", "") or ""}


def _check_logo(path: Path) -> list[Issue]:
    if not path.is_file():
        return [Issue("logo_path", translate("printing", "The logo file {path} does not exist.").format(path=path))]
    if path.suffix.lower() not in LOGO_TYPES:
        return [Issue("logo_path", translate("printing", "Choose a PNG or JPEG image for the logo."))]
    if path.stat().st_size > MAX_LOGO_BYTES:
        return [Issue("logo_path", translate("printing", "The logo image is larger than 5 MB; choose a smaller "
                                                         "one."))]
    try:
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(str(path)).getSize()
    except Exception:  # noqa: BLE001 - any decoding failure means the same to the user
        return [Issue("logo_path", translate("printing", "The logo file is not an image that can be read."))]
    if width < 16 or height < 16:
        return [Issue("logo_path", translate("printing", "The logo image is too small (at least 16×16 pixels)."))]
    return []


def save(db: sqlite_utils.Database, data_dir: Path, *, letterhead: dict[str, str], signatories: dict[str, str],
         bpjs_branch: str = "") -> dict[str, Any]:
    """Check and store everything at once; a new logo is copied into the data folder."""
    clean_lh = {key: str(letterhead.get(key) or "").strip() for key in ("pemda", "opd", "address", "logo_path")}
    clean_sig = {key: str(signatories.get(key) or "").strip() for key in SIGNATORY_KEYS}
    issues: list[Issue] = []
    if not clean_lh["pemda"]:
        issues.append(Issue("pemda", translate("printing", "Give the Pemda's name (e.g. Kota Palangka Raya).")))
    if not clean_lh["opd"]:
        issues.append(Issue("opd", translate("printing", "Give the office's name as it heads its letters.")))
    for key in ("head_nip", "treasurer_nip"):
        if clean_sig[key]:
            check = check_nip(clean_sig[key], key)
            issues += [i for i in check.issues if i.is_error]
            if check.valid and check.nip:
                clean_sig[key] = check.nip
    stored_logo = (settings.get(db, "letterhead") or {}).get("logo_path") or ""
    logo = clean_lh["logo_path"]
    if logo and logo != stored_logo:
        issues += _check_logo(Path(logo))
    if issues:
        raise ValidationError(issues)
    if logo and logo != stored_logo:
        source = Path(logo)
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
        folder = Path(data_dir) / LOGO_DIR
        private_dir(folder)
        target = folder / f"logo-{digest}{source.suffix.lower()}"
        if source.resolve() != target.resolve():
            shutil.copyfile(source, target)
            restrict_file(target)
        clean_lh["logo_path"] = str(target)
    with db.atomic():
        settings.put(db, "letterhead", clean_lh)
        settings.put(db, "signatories", clean_sig)
        settings.put(db, "bpjs_branch", bpjs_branch.strip())
    return current(db)
