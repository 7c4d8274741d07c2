"""QA walk r5, 20: every backup of a small install read "0.0 MB" (and with an English decimal point)."""

from __future__ import annotations

import pytest

from rentan_desktop.domain.sizes import file_size


@pytest.mark.parametrize("size, language, expected", [
    (0, "id", "1 KB"),
    (1_833, "id", "2 KB"),
    (22_037, "id", "22 KB"),
    (495_616, "id", "496 KB"),
    (1_400_000, "id", "1,4 MB"),
    (1_400_000, "en", "1.4 MB"),
    (23_500_000, "id", "24 MB"),
    (3_200_000_000, "id", "3,2 GB"),
])
def test_sizes_read_in_the_clerks_units(size, language, expected):
    assert file_size(size, language) == expected
