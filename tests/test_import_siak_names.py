"""QA walk r5, 2: a SIAK/Dukcapil export names the region columns KEL_NAME, KEC_NAME, KAB_NAME; they are
the worker's village, district and regency, as NAMA_KEL, NAMA_KEC, NAMA_KAB already were."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import columns


@pytest.mark.parametrize("header, field", [
    ("KEL_NAME", "village"), ("KEC_NAME", "district"), ("KAB_NAME", "regency"),
    ("NAMA_KEL", "village"), ("NAMA_KEC", "district"), ("NAMA_KAB", "regency"),
    ("kel_name", "village"), ("Kab Name", "regency"),
    ("NO_KEL", None), ("NO_KEC", None), ("PROP_NAME", None),  # codes and the province are not these fields
])
def test_siak_region_columns_are_recognised(header, field):
    assert columns.recognise(header, columns.WORKERS) == field
