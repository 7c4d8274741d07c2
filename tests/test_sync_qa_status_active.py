"""QA repro (sync, worker status owned by BPJS via Disnaker). An OPD cannot know that BPJS
accepted a registration: only Disnaker's BPJS result makes a worker 'active'. A bundle from an
OPD (a stolen key, or an edited OPD file) that sends 'active' for a worker that is draft (new at
Disnaker, or draft/submitted there) must not make it active at Disnaker: refused with a list, or
kept as Disnaker has it with a conflict for a person. Today it is applied, so Disnaker's coverage
figures (active workers, participation) count people BPJS never registered.
Suggested fix: in the status merge at Disnaker (sync/tables.status_at_disnaker) and for inserts,
refuse or drop an OPD's move into 'active' unless Disnaker already has the worker active (the
OPD's legitimate moves are: draft, ended, lapsed, and a new registration after a lapse).
"""

from __future__ import annotations

from rentan_desktop.sync import importer
from tests import sync_attack as atk
from tests.sync_attack import cheap_keys, pair  # noqa: F401


def _draft_made_active(sections):
    meta, rows = atk.table_section(sections, "workers")
    at = meta["columns"].index("status")
    changed = [r[0] for r in rows if r[at] == "draft"]
    for r in rows:
        if r[at] == "draft":
            r[at] = "active"
    assert changed
    return sections


def _active_at_disnaker(pair, path):
    try:
        importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi")
    except atk.UserError as exc:
        atk.assert_clean_message(str(exc))
    return {u for (u,) in pair.dis.db.execute("SELECT uid FROM workers WHERE status = 'active'")}


def test_a_new_draft_worker_sent_as_active_is_not_active_at_disnaker(pair):
    drafts = {u for (u,) in pair.opd.db.execute("SELECT uid FROM workers WHERE status = 'draft'")}
    path = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "a.rentan.tar", rows=_draft_made_active)
    assert not drafts & _active_at_disnaker(pair, path)


def test_a_known_draft_worker_sent_as_active_is_not_active_at_disnaker(pair):
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    drafts = {u for (u,) in pair.dis.db.execute("SELECT uid FROM workers WHERE status = 'draft'")}
    from rentan_desktop.store import audit

    for uid in drafts:  # the OPD's next bundle carries these workers again
        pair.opd.db.execute("UPDATE workers SET rev = ? WHERE uid = ?", [audit.next_rev(pair.opd.db), uid])
    path = atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), "a2.rentan.tar", rows=_draft_made_active)
    assert not drafts & _active_at_disnaker(pair, path)
