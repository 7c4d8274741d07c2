"""pytest-qt fixtures: a UiEnv over a real install folder, with the writer shut down after."""

from __future__ import annotations

import pytest

from rentan_desktop.ui.common.operations import OpRunner
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import QApplication, QTimer


@pytest.fixture(autouse=True)
def _no_real_question_boxes(monkeypatch):
    """A real modal question would hang a headless run: when pytest-qt closes a form left with
    changes, its discard question is answered Discard. Tests that look at questions patch again."""
    from rentan_desktop.ui.qt import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def make_env(ctx) -> UiEnv:
    return UiEnv(ctx=ctx, ops=OpRunner(ctx), site=ctx.require_site())


def stop_widget_timers() -> None:
    """The database closes before pytest-qt closes the test's widgets: a debounce timer still
    pending (a search typed at the end of a test) must not fire on the closed connection."""
    for widget in QApplication.topLevelWidgets():
        for timer in widget.findChildren(QTimer):
            timer.stop()


@pytest.fixture
def opd_env(qtbot, opd_ctx):
    env = make_env(opd_ctx)
    yield env
    stop_widget_timers()
    env.ops.shutdown()


@pytest.fixture
def disnaker_env(qtbot, disnaker_ctx):
    env = make_env(disnaker_ctx)
    yield env
    stop_widget_timers()
    env.ops.shutdown()


def wait_for_ops(qtbot, env: UiEnv, timeout: int = 10_000) -> None:
    """Wait until every queued write has finished and been delivered on the GUI thread."""
    qtbot.waitUntil(lambda: not env.ops.busy, timeout=timeout)


@pytest.fixture
def envs(qtbot, tmp_path):
    """A connected OPD/Disnaker pair (tests/sync_support) with a UiEnv over each, writers shut down after."""
    from tests.sync_support import make_pair

    pair = make_pair(tmp_path, sponsors=3, workers=5)
    opd_env, dis_env = make_env(pair.opd), make_env(pair.dis)
    yield pair, opd_env, dis_env
    opd_env.ops.shutdown()
    dis_env.ops.shutdown()
    pair.close()


def sync_tab_for(qtbot, env: UiEnv):
    """A sync tab wired to the write door as the main window wires it."""
    from rentan_desktop.ui.sync.sync_tab import SyncTab

    tab = SyncTab(env)
    qtbot.addWidget(tab)
    env.ops.changed.connect(tab.on_changes)
    return tab
