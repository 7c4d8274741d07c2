"""The uids an import gives its records: version 7, consecutive and sorted as text, also where
the counter carries out of the last group (audit.import_creation finds a record's import by
the range of its uids)."""

from __future__ import annotations

import uuid

import pytest

from rentan_desktop.roster.store_rows import OrderedUids, ordered_uids


@pytest.mark.parametrize("start", [0, (1 << 48) - 3, (1 << 62) - 2, (1 << 73) + 12345])
def test_uids_count_up_through_every_carry(start):
    uids = OrderedUids()
    uids.count = start
    got = uids.take(3) + uids.take(4)
    parsed = [uuid.UUID(u) for u in got]
    assert [p.version for p in parsed] == [7] * 7
    assert all(p.variant == uuid.RFC_4122 for p in parsed)
    assert all(str(p) == u for p, u in zip(parsed, got, strict=True))  # lower-case, dashed
    lows = [p.int & (1 << 62) - 1 for p in parsed]
    assert lows == [(start + i) & (1 << 62) - 1 for i in range(7)]
    assert got == sorted(got) and len(set(got)) == 7


def test_one_at_a_time_is_the_same_sequence():
    one = ordered_uids()
    first = [next(one) for _ in range(600)]
    assert first == sorted(first) and len(set(first)) == 600
    assert all(uuid.UUID(u).version == 7 for u in first)
