"""Step 6: what the Disnaker reports read at Pemda scale.

Paid per OPD per month over 2.4 million payment rows took about 2 s as a table scan; this
partial covering index (live payments only) answers it from the index (bench/bench_reports.py).
"""

from __future__ import annotations

import sqlite_utils


def m006_report_indexes(db: sqlite_utils.Database) -> None:
    db.execute("CREATE INDEX payments_live_month_opd ON payments(month, opd_id, amount, paid_on) "
               "WHERE kind = 'payment' AND reversed_at IS NULL")
