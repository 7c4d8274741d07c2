"""An OPD's key enrollment file that Disnaker cannot place says where to add the OPD, and changes nothing
(QA walk r4, defect 18; another OPD's provisioning file: clerk4)."""

from __future__ import annotations

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.sync import provisioning
from tests.sync_support import OPD2, file_state, install, pair_fixture

pytestmark = pytest.mark.usefixtures("sync_keys")

pair = pair_fixture(sponsors=1, workers=1)


def refused(ctx, path, *expected: str) -> None:
    before = file_state(ctx)
    with pytest.raises(UserError) as info:
        provisioning.receive_key_file(ctx.db, path)
    for text in expected:
        assert text in str(info.value)
    assert file_state(ctx) == before


def test_enrollment_of_an_unlisted_opd_says_where_to_add_it(pair, tmp_path):
    other = install(tmp_path / "opd2", **OPD2)
    try:
        enrol = provisioning.write_enrollment(other.db, other.data_dir, tmp_path)
        refused(pair.dis, enrol, "OPD 1.02 is not in the OPD list yet", "OPD registry tab", "open this file again",
                "Nothing was changed")
    finally:
        other.close()
