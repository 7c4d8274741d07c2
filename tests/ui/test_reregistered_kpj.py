"""A worker registered again after a lapse: the roster shows his KPJ as the previous membership's and
him as ready to register (QA walk r3, 28)."""

from __future__ import annotations

from rentan_desktop.roster import service
from rentan_desktop.ui.roster.roster_models import WorkerColumn, WorkerTableModel
from tests.disnaker_data import worker_data

KPJ = "26001200000"


def test_the_roster_shows_the_old_kpj_as_the_previous_memberships(qtbot, opd_env):
    db = opd_env.db
    sponsor = service.save_sponsor(db, "Siti", {"kind": "pns", "nip": "19700505 199503 1 002",
                                                "name": "Budi Santoso", "position_level": "staff"})
    saved = service.save_worker(db, "Siti", worker_data(43, sponsor.id, "Arbain"))
    db.execute("UPDATE workers SET status = 'draft', kpj = ?, bpjs_status = 'accepted' WHERE uid = ?",
               [KPJ, saved.uid])
    model = WorkerTableModel(db)
    model.refresh()
    row = model.row_of_id(saved.id)
    kpj = model.data(model.index(row, model.column_of(WorkerColumn.KPJ)))
    ready = model.data(model.index(row, model.column_of(WorkerColumn.READY)))
    assert kpj == f"{KPJ} (previous membership)" and ready == "Ready to register"
