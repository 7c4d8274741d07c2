"""A key file opened at the wrong install says what to do next, and changes nothing (QA walk r4, defect 18)."""

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


def test_another_opds_provisioning_file_says_whom_to_ask(pair, tmp_path):
    other = install(tmp_path / "opd2", **OPD2)
    try:
        prov = provisioning.provision_opd(pair.dis.db, pair.dis.data_dir, "1.01", tmp_path)
        refused(other, prov, "is for OPD 1.01; this install is OPD 1.02",
                "Ask Disnaker for the provisioning file of OPD 1.02", "nothing was changed")
        refused(pair.dis, prov, "opened at the OPD install it names, not here")
    finally:
        other.close()


def test_enrollment_of_an_unlisted_opd_says_where_to_add_it(pair, tmp_path):
    other = install(tmp_path / "opd2", **OPD2)
    try:
        enrol = provisioning.write_enrollment(other.db, other.data_dir, tmp_path)
        refused(pair.dis, enrol, "OPD 1.02 is not in the OPD list yet", "OPD registry tab", "open this file again")
        refused(pair.opd, enrol, "opened at the Disnaker install, not here", "Take it to Disnaker")
    finally:
        other.close()
