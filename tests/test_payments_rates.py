"""Rate tables: every bracket of the default BPU table, JHT, effective dating and who may add tables."""

from __future__ import annotations

import pytest

from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.payments import rates
from rentan_desktop.payments.rates import DEFAULT_TABLE, Amount, amount_for

BRACKETS = DEFAULT_TABLE["brackets"]


@pytest.mark.parametrize(("income", "expected"), [
    (0, Amount(10_000, 6_800, 0, 16_800)),
    (750_000, Amount(10_000, 6_800, 0, 16_800)),
    (1_099_000, Amount(10_000, 6_800, 0, 16_800)),       # the figure every Pemda quotes
    (1_099_001, Amount(12_000, 6_800, 0, 18_800)),
    (1_500_000, Amount(16_000, 6_800, 0, 22_800)),
    (2_699_000, Amount(26_000, 6_800, 0, 32_800)),
    (2_699_001, Amount(31_000, 6_800, 0, 37_800)),       # steps of Rp500,000 from here
    (9_699_001, Amount(107_000, 6_800, 0, 113_800)),     # steps of Rp1,000,000 from here
    (19_799_001, Amount(207_000, 6_800, 0, 213_800)),    # highest JKK (unconfirmed)
    (90_000_000, Amount(207_000, 6_800, 0, 213_800)),
])
def test_known_amounts(db, income, expected):
    assert amount_for(db, income, False, "2026-11") == expected


@pytest.mark.parametrize(("low", "high", "base"), BRACKETS, ids=[f"base-{b}" for *_, b in BRACKETS])
def test_every_bracket_at_both_edges(db, low, high, base):
    for income in (low, high if high is not None else low + 10_000_000):
        a = amount_for(db, income, False, "2026-11")
        assert a.jkk == base // 100 and a.jkm == 6_800 and a.jht == 0 and a.total == base // 100 + 6_800


def test_brackets_cover_every_income_without_holes():
    assert BRACKETS[0][0] == 0 and BRACKETS[-1][1] is None
    for (_, high, _), (low, _, _) in zip(BRACKETS, BRACKETS[1:], strict=False):
        assert low == high + 1
    assert [b for *_, b in BRACKETS][:9] == [1_000_000 + 200_000 * i for i in range(9)]


def test_jht_is_two_percent_of_the_base(db):
    assert amount_for(db, 1_000_000, True, "2026-11") == Amount(10_000, 6_800, 20_000, 36_800)
    assert amount_for(db, 2_000_000, True, "2026-11").jht == 40_000


def _new_table(db, operator="Disnaker", **changes):
    values = dict(effective_from="2027-07", jkk_permille=10, jkm_flat=8_000, jht_permille=20,
                  brackets=[(0, 1_099_000, 1_000_000), (1_099_001, None, 2_000_000)], note="Perpres baru")
    values.update(changes)
    return rates.add_table(db, operator, **values)


def test_a_later_table_never_changes_earlier_months(disnaker_db):
    _new_table(disnaker_db)
    assert amount_for(disnaker_db, 1_000_000, False, "2027-06").total == 16_800
    assert amount_for(disnaker_db, 1_000_000, False, "2027-07").total == 18_000
    assert amount_for(disnaker_db, 1_500_000, False, "2027-08").total == 28_000
    assert [t.effective_from for t in rates.tables(disnaker_db)] == ["2015-07", "2027-07"]


def test_new_table_must_start_after_the_latest(disnaker_db):
    _new_table(disnaker_db)
    with pytest.raises(ValidationError) as err:
        _new_table(disnaker_db, effective_from="2027-03")
    assert err.value.issues[0].field == "effective_from"
    assert "after July 2027" in err.value.issues[0].message


@pytest.mark.parametrize(("brackets", "message"), [
    ([], "at least one"),
    ([(100, None, 1_000_000)], "must start at 0"),
    ([(0, 500, 1_000_000), (600, None, 2_000_000)], "must start at 501"),
    ([(0, None, 1_000_000), (1, None, 2)], "only the last"),
    ([(0, 1_000, 1_000_000)], "no upper limit"),
    ([(0, None, 0)], "more than zero"),
])
def test_bad_brackets_are_refused_with_the_row(disnaker_db, brackets, message):
    with pytest.raises(ValidationError) as err:
        _new_table(disnaker_db, brackets=brackets)
    assert err.value.issues[0].field == "brackets"
    assert message in err.value.issues[0].message


def test_an_opd_cannot_add_a_table(db):
    with pytest.raises(ValidationError, match="Only Disnaker"):
        _new_table(db)


def test_adding_a_table_is_audited(disnaker_db):
    from rentan_desktop.store import audit

    uid = _new_table(disnaker_db)
    trail = audit.history(disnaker_db, uid)
    assert trail[0]["action"] == "create" and trail[0]["after"]["jkm_flat"] == 8_000
