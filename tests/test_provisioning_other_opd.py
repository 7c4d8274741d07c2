"""A provisioning file for another OPD says what to do, and changes nothing (QA walk r4, 18)."""

from __future__ import annotations

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.sync import provisioning, registry
from tests.sync_support import add_opd_row


def test_another_opds_provisioning_file_names_the_fix(tmp_path, disnaker_ctx, opd_ctx):
    add_opd_row(disnaker_ctx, "1.02", "Dinas Kesehatan")
    file = provisioning.provision_opd(disnaker_ctx.db, disnaker_ctx.data_dir, "1.02", tmp_path / "stick")
    own = opd_ctx.site.opd_code
    assert own != "1.02"
    with pytest.raises(UserError) as refused:
        provisioning.receive_key_file(opd_ctx.db, file)
    message = str(refused.value)
    assert f"for OPD 1.02; this install is OPD {own}" in message
    assert f"Ask Disnaker to write the provisioning file for OPD {own}" in message
    assert "nothing was changed" in message
    assert registry.keys_of(opd_ctx.db, registry.DISNAKER) == []
