"""QA repro (sync, a Disnaker return bundle's rate brackets). The nested `rate_brackets` rows of
a rate table are written at the OPD without any check. A return bundle (a careless Disnaker
install, or a stolen Disnaker key) whose brackets are malformed must be REFUSED at the OPD with a
clear list and change nothing. Today:
- brackets as a string or rows of the wrong length: sqlite3.ProgrammingError (raw exception);
- a base income of 10**30: OverflowError (raw exception);
- an empty bracket list: applied, the OPD's rate table is left with no brackets (no contribution
  can be computed any more);
- booleans as incomes: applied; negative incomes: refused with the unrelated words "the same NIK
  twice in one OPD".
Suggested fix: register the bracket columns' checks (int, not bool, 0..MAX_MONEY, from <= to,
ascending, non-empty) and judge each nested row in row_plan before writing.
"""

from __future__ import annotations

import pytest

from tests import sync_attack as atk
from tests.sync_attack import cheap_keys, pair  # noqa: F401


@pytest.mark.parametrize("brackets", ["abc", [[1, 2]], [[1, 2, 10 ** 30]], [], [[True, 1, 2]], [[-5, -1, -3]]])
def test_malformed_rate_brackets_are_refused_at_the_opd(pair, brackets, capsys):
    genuine = atk.down(pair.dis, pair.stick)

    def rows(sections):
        meta, tables = atk.table_section(sections, "rate_tables")
        at = next(i for i, c in enumerate(meta["columns"]) if c.startswith("rate_brackets"))
        for r in tables:
            r[at] = brackets
        return sections
    path = atk.reforge(pair.dis, pair.opd, genuine, "d.rentan.tar", rows=rows)
    message = atk.refused_everywhere(pair.opd, path, capsys=capsys)
    assert "NIK" not in message
