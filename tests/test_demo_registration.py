"""Practice data reads like a real roster: a worker shown as submitted (sent to BPJS) is waiting for
BPJS's answer, never "ready to register" again beside it (seen in the training install's roster)."""

from __future__ import annotations

from collections import Counter

from rentan_desktop.roster import demo, readiness


def test_demo_workers_submitted_to_bpjs_are_not_ready_to_register_again(opd_ctx):
    demo.generate(opd_ctx.db, sponsors=20, workers=120, seed=3, operator="demo")
    cursor = opd_ctx.db.execute("SELECT w.*, s.status AS sponsor_status FROM workers w "
                                "LEFT JOIN sponsors s ON s.id = w.sponsor_id")
    names = [d[0] for d in cursor.description]
    states = Counter((row["status"], readiness.registration_state(row))
                     for row in (dict(zip(names, r, strict=True)) for r in cursor))
    assert sum(n for (status, _), n in states.items() if status == "submitted") > 0
    assert [key for key in states if key[0] == "submitted" and key[1] is not None] == []
    assert states[("draft", "ready")] > 0  # drafts still wait to be sent
