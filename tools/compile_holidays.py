"""Compile the shipped national holiday and cuti bersama table (2020-2030) into package data.

Source: the `holidays` package (vacanza/holidays, MIT), whose Indonesia calendar transcribes
each year's joint ministerial decree (SKB 3 Menteri: Menteri Agama, Menteri Ketenagakerjaan,
Menteri PANRB) on national holidays and cuti bersama, including the mid-year revisions (2020's
several COVID-19 revisions, 2021, 2022), and the presidential decrees making election days
holidays. Years whose decree is not yet published carry the library's estimates of the
moveable feasts; those rows are marked provisional and Disnaker replaces them in Settings
when the decree appears.

Run (needs `pip install holidays` in a scratch environment; the app does not depend on it):
    python tools/compile_holidays.py > rentan_desktop/data/holidays_id_v1.json (a new file name per revision)
"""

from __future__ import annotations

import json
import sys

import holidays

FIRST, LAST = 2020, 2030


def rows() -> list[dict]:
    out = []
    for category, kind in (("public", "national"), ("government", "cuti_bersama")):
        cal = holidays.Indonesia(years=range(FIRST, LAST + 1), categories=(category,), language="id")
        for day, name in sorted(cal.items()):
            for part in name.split("; "):
                provisional = "perkiraan" in part.lower() or "estimated" in part.lower()
                out.append({"date": day.isoformat(), "name": part, "kind": kind, "provisional": provisional})
    out.sort(key=lambda r: (r["date"], r["kind"], r["name"]))
    return out


def main() -> None:
    doc = {
        "version": f"{holidays.__version__}",
        "source": "SKB 3 Menteri on national holidays and cuti bersama, 2020-2030, as transcribed by the "
                  "'holidays' package (vacanza/holidays, MIT); compiled by tools/compile_holidays.py",
        "years": [FIRST, LAST],
        "days": rows(),
    }
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
