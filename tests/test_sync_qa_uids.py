"""QA repro (sync, record identifiers). A row's uid and the uids it refers to (sponsor_uid,
worker_uid, reverses_uid) must be checked like every other value: a uid with a lone surrogate,
NUL, a bidi override or padding spaces must REFUSE the bundle with a list (table, record, field,
reason) and change nothing. Today:
- a lone surrogate (JSON "\\ud800", valid JSON) in a uid or a sponsor_uid crashes the dry run and
  the import with UnicodeEncodeError (raw exception, traceback in the terminal);
- "abc\\u202e\\u0000" or " <uid>" is stored as a worker's identity at Disnaker; the OPD's next
  genuine bundle (same NIK under the real uid) is then refused as "NIK twice in one OPD".
Suggested fix: one registry check for KEY and REFERENCE values (the UUID form the app writes:
36 characters of [0-9a-f-], or at least printable ASCII without spaces), run in _well_formed
before any query.
"""

from __future__ import annotations

import pytest

from tests import sync_attack as atk
from tests.sync_attack import cheap_keys, pair  # noqa: F401


def _edit_worker(column, value):
    def rows(sections):
        meta, workers = atk.table_section(sections, "workers")
        at = meta["columns"].index(column)
        workers[0][at] = value if column != "uid" or "{}" not in value else value.format(workers[0][0])
        return sections
    return rows


@pytest.mark.parametrize("column, value", [("uid", "\ud800"), ("sponsor_uid", "\udc00x")])
def test_a_lone_surrogate_in_a_uid_is_refused_cleanly(pair, column, value, capsys):
    path = atk.reforge_ascii(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "s.rentan.tar",
                             _edit_worker(column, value))
    atk.refused_everywhere(pair.dis, path, "Workers", capsys=capsys)


@pytest.mark.parametrize("value", ["abc\u202e\u0000", " {}", "{}\u200b"])
def test_a_uid_with_control_characters_or_padding_is_refused(pair, value):
    path = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "u.rentan.tar",
                       rows=_edit_worker("uid", value))
    atk.refused_everywhere(pair.dis, path, "Workers")
