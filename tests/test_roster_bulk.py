"""Group changes in the roster: all or nothing, audited per record, skipped rows counted."""

from __future__ import annotations

import pytest

from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.roster import bulk
from rentan_desktop.store import audit
from tests.pay_helpers import add_sponsor, add_worker


def _status(db, w):
    return db.execute("SELECT status, sponsor_id, start_month FROM workers WHERE id = ?", [w["id"]]).fetchone()


def test_end_many_skips_the_already_ended_and_audits_each(db):
    a, b = add_worker(db, "2026-10"), add_worker(db, "2026-10", status="ended", ended_on="2026-10-20")
    result = bulk.end_many(db, "Siti", "workers", [a["uid"], b["uid"]], "2026-11-30", "Pindah")
    assert (result.changed, result.skipped) == (1, 1)
    assert _status(db, a)[0] == "ended"
    assert audit.history(db, a["uid"])[-1]["action"] == "end"


def test_change_sponsor_of_many(db):
    old, new = add_sponsor(db), add_sponsor(db, name="Ani")
    workers = [add_worker(db, "2026-10", sponsor=old) for _ in range(3)]
    result = bulk.set_sponsor_many(db, "Siti", [w["uid"] for w in workers], new["id"])
    assert result.changed == 3 and {_status(db, w)[1] for w in workers} == {new["id"]}
    entry = audit.history(db, workers[0]["uid"])[-1]
    assert entry["after"] == {"sponsor_id": new["id"]} and "Group change of 3" in entry["note"]


def test_an_ended_sponsor_is_refused_and_nothing_changes(db):
    old, gone = add_sponsor(db), add_sponsor(db)
    db.execute("UPDATE sponsors SET status = 'ended' WHERE id = ?", [gone["id"]])
    w = add_worker(db, "2026-10", sponsor=old)
    with pytest.raises(ValidationError, match="active sponsor"):
        bulk.set_sponsor_many(db, "Siti", [w["uid"]], gone["id"])
    assert _status(db, w)[1] == old["id"]


def test_start_month_only_for_workers_not_yet_registered(db):
    draft, active = add_worker(db, "2026-10", status="draft"), add_worker(db, "2026-10")
    result = bulk.set_start_month_many(db, "Siti", [draft["uid"], active["uid"]], "2026-12")
    assert (result.changed, result.skipped) == (1, 1)
    assert _status(db, draft)[2] == "2026-12" and _status(db, active)[2] == "2026-10"
    with pytest.raises(ValidationError, match="2026-11"):
        bulk.set_start_month_many(db, "Siti", [draft["uid"]], "12/2026")


def test_nothing_selected_is_refused(db):
    with pytest.raises(ValidationError, match="Select one or more"):
        bulk.end_many(db, "Siti", "workers", [], "2026-11-30", "x")


@pytest.mark.parametrize(("birth", "reason", "changed"), [
    ("1958-07-01", None, 0),            # 68 at the start month: the form asks for a reason; so does this
    ("1958-07-01", "Masih bekerja", 1),  # the reason given in the form: allowed
    ("2010-01-01", None, 0),            # 16: too young
    ("1990-01-01", None, 1),
])
def test_the_bulk_start_month_keeps_the_forms_age_rule(db, birth, reason, changed):
    # QA walk r3, defect 4: a 68-year-old became "ready to register" through the bulk start month.
    w = add_worker(db, "2026-10", status="draft", name="Siti Aisyah")
    db.execute("UPDATE workers SET birth_date = ?, age_override_reason = ? WHERE id = ?", [birth, reason, w["id"]])
    result = bulk.set_start_month_many(db, "Siti", [w["uid"]], "2026-12")
    assert result.changed == changed and result.skipped == 1 - changed
    assert _status(db, w)[2] == ("2026-12" if changed else "2026-10")
    if not changed:
        assert len(result.reasons) == 1 and "Siti Aisyah" in result.reasons[0] and "form" in result.reasons[0]
