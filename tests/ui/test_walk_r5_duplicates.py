"""QA walk r5, 24: one click withdrew an active, paid worker with a KPJ, with no question and no word after."""

from __future__ import annotations

from rentan_desktop.disnaker import duplicates
from rentan_desktop.ui.disnaker.duplicates_tab import DuplicatesTab
from rentan_desktop.ui.qt import QMessageBox
from tests.disnaker_data import feed_three_opds
from tests.ui.conftest import wait_for_ops


def test_withdrawing_a_registered_paid_worker_asks_first_and_names_it(qtbot, disnaker_env, monkeypatch):
    env = disnaker_env
    w = feed_three_opds(env.db)["workers"]
    env.db.execute("UPDATE workers SET status = 'active', kpj = '26012345607', bpjs_status = 'accepted', "
                   "paid_through = '2026-12' WHERE uid = ?", [w["budi_b"]])
    env.db.conn.commit()
    tab = DuplicatesTab(env)
    qtbot.addWidget(tab)
    env.ops.changed.connect(tab.on_changes)
    tab.show()
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return reply
        return question

    view = tab.view
    view.choose(w["budi_a"], "stands")
    view.choose(w["budi_b"], "withdraw")
    view.note.setPlainText("Dinas Pendidikan registered him first")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    tab.decide()
    wait_for_ops(qtbot, env)
    assert duplicates.worker_outcome(env.db, w["budi_b"]) is None  # No: nothing recorded
    assert "1.02: Budi Hartono" in asked[0] and "KPJ 26012345607" in asked[0] and "December 2026" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    tab.decide()
    wait_for_ops(qtbot, env)
    assert duplicates.worker_outcome(env.db, w["budi_b"]) == "withdraw"
    assert "Decision recorded" in tab.decided_text and "1.01, 1.02" in tab.decided_text


def test_a_decision_between_two_drafts_asks_nothing(qtbot, disnaker_env, monkeypatch):
    env = disnaker_env
    w = feed_three_opds(env.db)["workers"]
    env.db.conn.commit()
    tab = DuplicatesTab(env)
    qtbot.addWidget(tab)
    tab.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked")))
    tab.view.choose(w["budi_a"], "stands")
    tab.view.choose(w["budi_b"], "withdraw")
    tab.view.note.setPlainText("first come")
    tab.decide()
    wait_for_ops(qtbot, env)
    assert duplicates.worker_outcome(env.db, w["budi_b"]) == "withdraw"
