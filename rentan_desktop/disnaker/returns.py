"""What the OPDs have not received back yet: BPJS answers recorded here after the last return bundle.

One rule for every place that says it (the Beranda line, the note after a result file is
applied), so they never disagree: a worker of the OPD answered by BPJS (accepted or rejected)
whose change number is above the last one a bundle to that OPD carried. Rows received from an
OPD keep change number 0 here (sync/row_write.py), so only Disnaker's own changes count.
"""

from __future__ import annotations

import sqlite_utils

# The floor (the smallest change number any OPD has been sent) lets the rev index skip the
# workers every OPD has already received (CROSS JOIN keeps workers the outer loop, on that index).
_UNSENT_SQL = """
WITH sent AS (SELECT o.id AS opd_id, o.code,
                     coalesce((SELECT max(e.rev_to) FROM sync_exports e WHERE e.peer = o.code), 0) AS rev_to
              FROM opds o)
SELECT s.code, count(*) FROM workers w CROSS JOIN sent s ON s.opd_id = w.opd_id
WHERE w.rev > (SELECT coalesce(min(rev_to), 0) FROM sent) AND w.rev > s.rev_to
  AND w.bpjs_status IN ('accepted', 'rejected')
GROUP BY s.code ORDER BY s.code
"""


def unsent_results(db: sqlite_utils.Database) -> dict[str, int]:
    """OPD code -> workers whose BPJS answer no return bundle to that OPD has carried yet."""
    return {code: n for code, n in db.execute(_UNSENT_SQL).fetchall()}


def next_step(unsent: dict[str, int]) -> str:
    """The sentence naming the step after a result file (empty when every answer has gone back)."""
    from rentan_desktop.i18n import translate
    from rentan_desktop.reports.model import group_digits

    if not unsent:
        return ""
    return translate("home", "Write the return bundle for {opds} in the Sync tab: {count} BPJS answer(s) (KPJ "
                             "numbers, rejection reasons) have not reached those OPDs yet.").format(
        opds=", ".join(unsent), count=group_digits(sum(unsent.values())))
