"""What the registry says about one stored column: who owns it, what people call it, how it is
checked and how it travels between installs.

Owners:
- OPD: the OPD install that keeps the record (its roster and payments).
- DISNAKER: the Disnaker install (the OPD list, rate tables, duplicate decisions).
- BPJS_VIA_DISNAKER: what the BPJS branch answered, entered at Disnaker (KPJ, registration result).
- DERIVED: computed on each side from owned facts by one rule (a worker's status); both sides
  send it and the table's merge rule decides (sync/tables.py).
- SYSTEM: the install's own bookkeeping (local ids, change numbers, caches, the record's OPD).

Travel:
- OWNER: only the owner sends it; the receiver applies it as sent (the owner may clear it).
- FILL: the owner sends it, and so does the other side when it knows a value: a value known on one
  side only reaches the other, a blank never clears a known value, and two different known values
  become a conflict for a person (KPJ: an OPD may know it before Disnaker does).
- MERGED: both sides send it; the table's merge rule decides (DERIVED fields).
- KEY: the record's global identity (uid): matched, never changed.
- REFERENCE: an integer id of another record, sent as that record's uid (`parent`).
- SCOPE: the OPD the record belongs to, set by the receiver to the sending OPD, never sent.
- LOCAL: never leaves the install (local ids, change numbers, caches).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# A check returns the reason a value is refused (in the user's language), or None when it is fine.
Check = Callable[[Any], str | None]


class Owner(enum.Enum):
    OPD = "opd"
    DISNAKER = "disnaker"
    BPJS_VIA_DISNAKER = "bpjs_via_disnaker"
    DERIVED = "derived"
    SYSTEM = "system"


class Travel(enum.Enum):
    OWNER = "owner"
    FILL = "fill"
    MERGED = "merged"
    KEY = "key"
    REFERENCE = "reference"
    SCOPE = "scope"
    LOCAL = "local"


# Which install may send a field it owns: BPJS answers are entered at Disnaker.
SENDER_ROLE = {Owner.OPD: "opd", Owner.DISNAKER: "disnaker", Owner.BPJS_VIA_DISNAKER: "disnaker"}


@dataclass(frozen=True)
class Field:
    """One stored column. `label_of` is called each time so the label follows the UI language."""

    table: str
    column: str
    label_of: Callable[[], str]
    owner: Owner
    travel: Travel = Travel.OWNER
    kind: str = "text"  # text, int, date, month, timestamp, flag, key, ref
    checks: tuple[Check, ...] = ()
    max_length: int | None = None
    required: bool = False
    bpjs_required: bool = False
    personal: bool = False  # masked in messages and logs
    headers: tuple[str, ...] = ()  # spreadsheet header spellings (normalised, see roster/columns.py)
    parent: tuple[str, str] | None = None  # REFERENCE: (table, field name in the bundle), e.g. ("sponsors", "sponsor_uid")

    @property
    def label(self) -> str:
        return self.label_of()

    def sent_by(self, role: str) -> bool:
        """Whether an install of `role` ('opd' or 'disnaker') puts this field in its bundles."""
        if self.travel in (Travel.OWNER, Travel.REFERENCE):
            return SENDER_ROLE.get(self.owner) == role
        return self.travel in (Travel.FILL, Travel.MERGED)


@dataclass(frozen=True)
class ImportField:
    """A spreadsheet column that is not one stored column: it is split or looked up on import
    (one "TTL" column holding place and date of birth, the sponsor named by NIP)."""

    table: str
    name: str
    label_of: Callable[[], str]
    headers: tuple[str, ...]
    columns: tuple[str, ...]  # the stored columns it fills

    @property
    def label(self) -> str:
        return self.label_of()
