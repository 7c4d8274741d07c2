"""QA repro (sync, section lines). A table section whose `columns` holds something other than
column names (an object, a number) or lacks `columns` must REFUSE the bundle with one clear line
and change nothing. Today sync/row_plan._Section raises "TypeError: unhashable type: 'dict'"
(and a missing `columns` a KeyError) out of the dry run and the import: a raw exception.
Suggested fix: check each section line's shape (table: str, direction: str, columns: list of str,
count: int) in bundle._parse_payload, raising the usual "contents are damaged" refusal.
"""

from __future__ import annotations

import pytest

from tests import sync_attack as atk
from tests.sync_attack import cheap_keys, pair  # noqa: F401


@pytest.mark.parametrize("extra", [{"a": 1}, ["x"]])
def test_a_column_that_is_not_a_name_is_refused_cleanly(pair, extra, capsys):
    def rows(sections):
        meta, workers = atk.table_section(sections, "workers")
        meta["columns"] = [*meta["columns"], extra]
        for r in workers:
            r.append(None)
        return sections
    path = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "c.rentan.tar", rows=rows)
    atk.refused_everywhere(pair.dis, path, capsys=capsys)


def test_a_section_without_columns_is_refused_cleanly(pair):
    def rows(sections):
        atk.table_section(sections, "workers")[0].pop("columns")
        return sections
    path = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "c.rentan.tar", rows=rows)
    atk.refused_everywhere(pair.dis, path)
