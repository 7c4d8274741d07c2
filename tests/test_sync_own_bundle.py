"""A bundle opened at the install that wrote it (the stick holds both directions): the refusal says to
hand it on, not to 'ask Disnaker for a bundle for Disnaker' (QA walk r4, defect 14)."""

from __future__ import annotations

import pytest

from rentan_desktop.sync import export, importer
from rentan_desktop.sync.bundle import BundleRefused
from tests.sync_support import file_state, pair_fixture

pytestmark = pytest.mark.usefixtures("sync_keys")

pair = pair_fixture(sponsors=2, workers=2)


@pytest.mark.parametrize("side, peer, whom", [("opd", None, "Disnaker"), ("dis", "1.01", "OPD 1.01")])
def test_own_bundle_is_refused_with_advice_to_hand_it_on(pair, side, peer, whom):
    install = getattr(pair, side)
    if side == "dis":  # Disnaker answers once the OPD's first bundle is in
        importer.apply(pair.dis.db, pair.dis.data_dir, export.export_bundle(pair.opd.db, pair.opd.data_dir,
                                                                             pair.stick).path, "Rudi")
    kwargs = {"peer": peer} if peer else {}
    path = export.export_bundle(install.db, install.data_dir, pair.stick, **kwargs).path
    before = file_state(install)
    with pytest.raises(BundleRefused) as info:
        importer.preview(install.db, install.data_dir, path)
    message = str(info.value)
    assert f"was written by this install for {whom}: hand it to {whom}" in message
    assert "ask" not in message and "Nothing was imported" in message
    assert file_state(install) == before
