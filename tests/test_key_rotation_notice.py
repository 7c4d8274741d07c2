"""Disnaker is told plainly when an OPD's bundle switches it to a new key (QA walk r3, 37): in the
summary before anything is stored, in the result, and on the Sync tab until acknowledged; audited."""

from __future__ import annotations

import pytest

from rentan_desktop.sync import export, importer, key_notices, keys
from tests.sync_support import pair_fixture

pytestmark = pytest.mark.usefixtures("sync_keys")


pair = pair_fixture(sponsors=2, workers=2)


def _actions(db, action):
    return db.execute("SELECT record_uid, operator, note FROM audit_log WHERE action = ?", [action]).fetchall()


def test_a_rotated_key_is_named_in_the_summary_the_result_and_until_acknowledged(pair):
    importer.apply(pair.dis.db, pair.dis.data_dir, export.export_bundle(pair.opd.db, pair.opd.data_dir,
                                                                        pair.stick).path, "Rudi")
    assert key_notices.pending(pair.dis.db) == []
    new = keys.rotate(pair.opd.db, pair.opd.data_dir)
    path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path

    preview = importer.preview(pair.dis.db, pair.dis.data_dir, path)
    expected = f"OPD 1.01 uses a new key (fingerprint {new.fingerprint}); ask for its new fingerprint letter"
    assert preview.notes[0].startswith(expected)
    assert key_notices.pending(pair.dis.db) == []  # a preview stores nothing

    result = importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    assert result.notes[0].startswith(expected) and expected in result.text()
    assert [line.startswith(expected) for line in key_notices.lines(pair.dis.db)] == [True]
    [(key_id, who, note)] = _actions(pair.dis.db, "key_announced")
    assert key_id == new.key_id and who == "Rudi" and "OPD 1.01" in note

    assert key_notices.acknowledge(pair.dis.db, "Rudi") == 1
    assert key_notices.lines(pair.dis.db) == []
    assert [(k, w) for k, w, _ in _actions(pair.dis.db, "key_checked")] == [(new.key_id, "Rudi")]


def test_a_bundle_without_a_new_key_says_nothing_of_keys(pair):
    path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path
    result = importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    assert not any("new key" in n for n in result.notes)
    assert key_notices.pending(pair.dis.db) == [] and _actions(pair.dis.db, "key_announced") == []
