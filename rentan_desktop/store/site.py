"""Who this install is: its role, its site id and (for an OPD) its own OPD record."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.i18n import translate
from rentan_desktop.store import settings
from rentan_desktop.store.clock import new_uid, now_iso

ROLES = ("opd", "disnaker")


@dataclass(frozen=True)
class SiteInfo:
    role: str
    pemda: str
    site_uid: str
    operator: str
    opd_code: str | None
    opd_name: str | None
    training: bool = False  # a practice install (store/training.py): demo data, never bundles

    @property
    def is_disnaker(self) -> bool:
        return self.role == "disnaker"


def site_info(db: sqlite_utils.Database) -> SiteInfo | None:
    if not settings.is_initialised(db):
        return None
    return SiteInfo(
        role=settings.get(db, "role"),
        pemda=settings.get(db, "pemda", ""),
        site_uid=settings.get(db, "site_uid", ""),
        operator=settings.get(db, "operator", ""),
        opd_code=settings.get(db, "opd_code"),
        opd_name=settings.get(db, "opd_name"),
        training=bool(settings.get(db, "training", False)),
    )


def opd_id_by_code(db: sqlite_utils.Database, code: str | None) -> int | None:
    """The row id of the OPD with this code, or None when no OPD has it."""
    row = db.execute("SELECT id FROM opds WHERE code = ?", [code]).fetchone() if code else None
    return row[0] if row else None


def own_opd_id(db: sqlite_utils.Database) -> int:
    """The OPD this install keeps; roster writes at an OPD install go to it."""
    opd_id = opd_id_by_code(db, settings.get(db, "opd_code"))
    if opd_id is None:
        raise ValidationError([Issue("opd", translate("site", "This install is not set up as an OPD install."))])
    return opd_id


def initialise(db: sqlite_utils.Database, *, role: str, pemda: str, operator: str,
               opd_code: str | None = None, opd_name: str | None = None, training: bool = False) -> SiteInfo:
    """First-run set-up: role, Pemda, OPD and operator (and whether it is a training install).
    Refuses to run twice."""
    issues = []
    if settings.is_initialised(db):
        issues.append(Issue("role", translate("site", "This data folder is already set up.")))
    issues += site_issues(role=role, pemda=pemda, operator=operator, opd_code=opd_code, opd_name=opd_name)
    if issues:
        raise ValidationError(issues)
    return _store(db, role=role, pemda=pemda, operator=operator, opd_code=opd_code, opd_name=opd_name,
                  training=training)


def site_issues(*, role: str, pemda: str, operator: str, opd_code: str | None = None,
                opd_name: str | None = None) -> list[Issue]:
    """What is missing or wrong in the first-run answers (no database needed)."""
    issues = []
    if role not in ROLES:
        issues.append(Issue("role", translate("site", "Role must be 'opd' or 'disnaker'.")))
    if not (pemda or "").strip():
        issues.append(Issue("pemda", translate("site", "Give the name of the Pemda (e.g. Kota Palangka Raya).")))
    if not (operator or "").strip():
        issues.append(Issue("operator", translate("site", "Give the operator's name.")))
    if role == "opd":
        if not (opd_code or "").strip():
            issues.append(Issue("opd_code", translate("site", "Give the OPD code (e.g. 1.01).")))
        elif not any(ch.isdigit() for ch in opd_code) or any(ch.isspace() for ch in opd_code.strip()):
            # A name typed where the code goes ("Bapenda"): Disnaker provisions by code, bundles carry it.
            issues.append(Issue("opd_code", translate(
                "site", "The OPD code is the number in Disnaker's OPD list (e.g. 1.01 or 4.01.0.00): digits "
                        "and dots, no spaces.")))
        if not (opd_name or "").strip():
            issues.append(Issue("opd_name", translate("site", "Give the OPD name.")))
    return issues


def _store(db: sqlite_utils.Database, *, role: str, pemda: str, operator: str,
           opd_code: str | None, opd_name: str | None, training: bool = False) -> SiteInfo:
    stamp = now_iso()
    with db.atomic():
        settings.put(db, "role", role)
        settings.put(db, "pemda", pemda.strip())
        settings.put(db, "operator", operator.strip())
        settings.put(db, "site_uid", new_uid())
        settings.put(db, "created_at", stamp)
        if training:
            settings.put(db, "training", True)
        letterhead = dict(settings.DEFAULTS["letterhead"], pemda=pemda.strip())
        if role == "opd":
            settings.put(db, "opd_code", opd_code.strip())
            settings.put(db, "opd_name", opd_name.strip())
            letterhead["opd"] = opd_name.strip()
            db["opds"].insert({"uid": new_uid(), "code": opd_code.strip(), "name": opd_name.strip(),
                               "created_at": stamp, "updated_at": stamp})
        else:
            letterhead["opd"] = "Dinas Ketenagakerjaan"
        settings.put(db, "letterhead", letterhead)
    info = site_info(db)
    assert info is not None
    return info
