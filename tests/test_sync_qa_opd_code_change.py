"""QA repro (careless clerk at Disnaker: renumbering an OPD). Disnaker's OPD form lets the clerk
change an OPD's code (1.01 -> 1.10, e.g. after a reorganisation). The next genuine return bundle
cannot be written any more (`export --opd 1.01`: "OPD 1.01 is not in the OPD list"; `--opd 1.10`:
no trusted key), and the OPD's next genuine bundle is refused at Disnaker: "OPD 1.01 is not in
the OPD list; add it first." The OPD's figures stop reaching Disnaker. (Had the return bundle
gone out, it would rename the OPD's own row at the OPD, whose site setting still says 1.01:
a forged one shows that install then cannot export or write its roster at all: "This install is
not set up as an OPD install.")
What should happen: either the code travels as a controlled rename (the OPD's site setting and
Disnaker's sync peer follow it), or an OPD's code cannot change while it has a sync peer (the form
says so) and a return bundle that would rename the receiving OPD's own row is refused with a clear
message; in every case both installs keep working and the figures stay filed under one OPD.
Suggested fix: key the OPD's own row by uid, not code (site setting opd_uid), and treat `code` of
the receiving OPD as a conflict for a person, or refuse the edit in disnaker/registry.save_opd.
"""

from __future__ import annotations

from rentan_desktop.disnaker import registry as opd_registry
from rentan_desktop.sync import importer
from tests import sync_attack as atk
from tests.sync_attack import cheap_keys, pair  # noqa: F401
from tests.sync_support import counts


def test_renumbering_an_opd_at_disnaker_does_not_break_either_install(pair):
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    uid = pair.dis.db.execute("SELECT uid FROM opds WHERE code = '1.01'").fetchone()[0]
    try:
        opd_registry.save_opd(pair.dis.db, "Rudi", {**opd_registry.get_opd(pair.dis.db, uid), "code": "1.10"},
                              uid=uid)
    except atk.UserError as exc:  # the form refusing the renumbering (with a clear reason) is acceptable
        atk.assert_clean_message(str(exc))
        return
    from rentan_desktop.sync import export

    [peer] = export.exportable_peers(pair.dis.db)  # the one OPD Disnaker syncs with, under its code now
    back = atk.down(pair.dis, pair.stick, peer)
    try:
        importer.apply(pair.opd.db, pair.opd.data_dir, back, "Siti")
    except atk.UserError as exc:  # a clear refusal is one acceptable outcome
        atk.assert_clean_message(str(exc))
    from rentan_desktop.roster import service

    worker = pair.opd.db.execute("SELECT uid FROM workers WHERE status = 'active' ORDER BY id LIMIT 1").fetchone()[0]
    service.save_worker(pair.opd.db, "Siti", {**service.get_worker(pair.opd.db, worker), "phone": "081233334444"},
                        uid=worker)
    nxt = atk.up(pair.opd, pair.stick)  # the OPD still works
    assert importer.apply(pair.dis.db, pair.dis.data_dir, nxt, "Rudi").status == "applied"
    assert pair.dis.db.execute("SELECT phone FROM workers WHERE uid = ?", [worker]).fetchone()[0] == "081233334444"
    assert sum(counts(pair.dis).values()) == sum(counts(pair.opd).values())
