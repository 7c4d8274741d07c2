"""Undo of the last edit or ending through the audit trail, and every case where it must refuse."""

from __future__ import annotations

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.roster import service, undo
from rentan_desktop.store import audit
from tests.pay_helpers import add_sponsor


def _sponsor(db):
    s = add_sponsor(db, name="Budi Santoso")
    return s


def _name(db, uid):
    return db.execute("SELECT name, status FROM sponsors WHERE uid = ?", [uid]).fetchone()


def _edit(db, uid, name, operator="Siti"):
    record = service.get_sponsor(db, uid)
    data = {k: record[k] for k in ("kind", "nip", "name", "position", "position_level")}
    service.save_sponsor(db, operator, {**data, "name": name}, uid=uid)


def test_undo_an_edit_puts_the_old_value_back_and_is_audited(db):
    s = _sponsor(db)
    _edit(db, s["uid"], "Budi Santosa")
    plan = undo.undo_last(db, "Siti")
    assert plan.action == "update" and _name(db, s["uid"])[0] == "Budi Santoso"
    last = audit.history(db, s["uid"])[-1]
    assert last["action"] == "undo" and last["after"]["name"] == "Budi Santoso"
    with pytest.raises(UserError, match="already undone"):
        undo.undo_check(db, "Siti")


def test_undo_an_ending(db):
    s = _sponsor(db)
    service.end_sponsor(db, "Siti", s["uid"], "2026-11-30", "Pensiun")
    undo.undo_last(db, "Siti")
    assert _name(db, s["uid"])[1] == "active"
    assert db.execute("SELECT ended_on FROM sponsors WHERE uid = ?", [s["uid"]]).fetchone()[0] is None


def test_a_change_by_someone_else_since_blocks_the_undo(db):
    s = _sponsor(db)
    _edit(db, s["uid"], "Budi Santosa")
    _edit(db, s["uid"], "Budi S.", operator="Rudi")
    with pytest.raises(UserError, match="changed again since"):
        undo.undo_check(db, "Siti")


def test_a_bundle_that_carried_the_change_blocks_the_undo(db):
    s = _sponsor(db)
    _edit(db, s["uid"], "Budi Santosa")
    db.execute("INSERT INTO sync_exports(at, operator, peer, kind, sequence, rev_from, rev_to, file_name, "
               "file_sha256, counts) VALUES ('2026-11-30T10:00:00', 'Siti', 'disnaker', 'opd', 1, 0, "
               "(SELECT value FROM counters WHERE name = 'rev'), 'b', 'x', '{}')")
    with pytest.raises(UserError, match="bundle to Disnaker already carried"):
        undo.undo_check(db, "Siti")


@pytest.mark.parametrize("action", ["create", "status", "reregister"])
def test_other_steps_are_not_undone_here(db, action):
    db.execute("INSERT INTO audit_log(at, operator, table_name, record_uid, action) VALUES "
               "('2026-11-30T10:00:00', 'Siti', 'workers', 'x', ?)", [action])
    with pytest.raises(UserError, match="cannot be undone here"):
        undo.undo_check(db, "Siti")


def test_nothing_to_undo(db):
    with pytest.raises(UserError, match="nothing to undo"):
        undo.undo_check(db, "Nobody")


def test_an_automatic_lapse_does_not_hide_the_clerks_last_edit(db):
    s = _sponsor(db)
    _edit(db, s["uid"], "Budi Santosa")
    db.execute("INSERT INTO audit_log(at, operator, table_name, record_uid, action, before, after) VALUES "
               "('2026-11-30T10:00:00', 'Siti', 'workers', 'w1', 'status', '{\"status\": \"active\"}', "
               "'{\"status\": \"lapsed\"}')")
    assert undo.undo_check(db, "Siti").uid == s["uid"]
