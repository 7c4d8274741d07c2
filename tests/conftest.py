"""Shared fixtures: fresh installs in temporary folders, OPD and Disnaker."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may reach the real key store of the machine running it.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from rentan_desktop import i18n  # noqa: E402
from rentan_desktop.context import AppContext  # noqa: E402
from rentan_desktop.printing import scratch  # noqa: E402
from rentan_desktop.security import vault  # noqa: E402
from rentan_desktop.store import db as store_db  # noqa: E402
from rentan_desktop.store.site import initialise  # noqa: E402

OPD = {"role": "opd", "pemda": "Kota Palangka Raya", "operator": "Siti Rahma",
       "opd_code": "1.01", "opd_name": "Dinas Pendidikan"}
DISNAKER = {"role": "disnaker", "pemda": "Kota Palangka Raya", "operator": "Rudi Hartono"}
# Every install a test makes is protected by this passphrase (and kept in the test key store).
INSTALL_PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _cheap_kdf_and_test_keyring(monkeypatch):
    """Argon2id at its smallest cost (tests only), and a fresh in-memory key store per test."""
    import keyring

    from tests.keyring_backend import MemoryKeyring

    monkeypatch.setattr(vault, "KDF_COST", vault.KdfCost(memory_kib=8, iterations=1))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def _private_temp_folder(tmp_path_factory):
    """Where the app makes its print scratch folders, for this test process alone: what a test
    leaves there is its own (the shared /tmp holds other runs' folders)."""
    folder = tmp_path_factory.mktemp("scratch")
    previous, scratch.ROOT = scratch.ROOT, folder
    yield folder
    scratch.ROOT = previous


def _gui_work_pending() -> bool:
    """A background task (ui/common/background) or a queued write (OpRunner) not yet delivered."""
    background = sys.modules.get("rentan_desktop.ui.common.background")
    operations = sys.modules.get("rentan_desktop.ui.common.operations")
    return bool((background is not None and background._running)
                or (operations is not None and any(op.busy for op in list(operations.OpRunner.live))))


def _let_background_tasks_end(timeout: float = 60) -> None:
    """A print job or a count a test started (a receipt offered after a payment, a tab's figures) may
    still be running: let it end and its result be delivered (or dropped), as the running app would."""
    if not _gui_work_pending():
        return
    from rentan_desktop.ui.qt import QApplication

    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while app is not None and _gui_work_pending() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _gui_collector(collect_due: bool = False) -> None:
    """Once a test made the QApplication: cycles are collected on the GUI thread only, as in the app
    (ui/common/gui_gc). Collected on a writer thread, they freed Qt objects of the GUI thread and
    killed the test worker now and then (a segmentation fault in the event loop)."""
    if "rentan_desktop.ui.qt" not in sys.modules:
        return
    from rentan_desktop.ui.qt import QApplication

    app = QApplication.instance()
    if app is not None:
        from rentan_desktop.ui.common import gui_gc

        collector = gui_gc.install(app)
        if collect_due:  # on the GUI thread: a test that never waits for events still has its cycles freed
            collector.check()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    _gui_collector()  # the fixtures (qtbot) have made the QApplication by now
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Deliver what a test left running while its widgets, databases and patched message boxes are
    still there. Delivered later (in the next test's event loop, after this test's fixtures closed its
    windows and databases and undid its patches), a late result reached half-deleted widgets: the
    test worker died now and then with a segmentation fault in the Qt event loop."""
    _let_background_tasks_end()
    _gui_collector(collect_due=True)
    yield


@pytest.fixture(autouse=True)
def _no_printed_pdf_left_behind(_private_temp_folder, request):
    """Printed PDFs hold NIKs and names in clear: a test that leaves one of the app's temporary
    print or guide folders behind fails (and the folder is removed)."""
    yield
    _let_background_tasks_end()
    left = {p.name: sorted(c.name for c in p.iterdir()) for p in _private_temp_folder.iterdir()
            if p.name.startswith(scratch.PREFIXES)}
    for name in left:
        shutil.rmtree(_private_temp_folder / name, ignore_errors=True)
    if left:
        pytest.fail(f"{request.node.nodeid} left temporary PDF folders behind: {left}")


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch):
    """Tests read messages in English source text unless they switch the language."""
    monkeypatch.setenv("RENTAN_LANGUAGE", "en")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def sync_keys(monkeypatch):
    """Bundle keys sealed with the test passphrase, read from the environment as a script would,
    at the cheapest age scrypt cost (tests only)."""
    monkeypatch.setenv("RENTAN_PASSPHRASE", INSTALL_PASSPHRASE)
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")


@pytest.fixture
def db():
    """A migrated in-memory database set up as an OPD install."""
    database = store_db.memory()
    initialise(database, **OPD)
    return database


@pytest.fixture
def disnaker_db():
    database = store_db.memory()
    initialise(database, **DISNAKER)
    return database


def make_install(folder: Path, **site) -> AppContext:
    ctx = AppContext.open(folder)
    ctx.create_install_key(site["operator"], INSTALL_PASSPHRASE, use_keyring=True)
    initialise(ctx.db, **site)
    from rentan_desktop import setup_hooks

    setup_hooks.after_initialise(ctx.db, ctx.data_dir)
    return ctx


@pytest.fixture
def opd_ctx(tmp_path):
    ctx = make_install(tmp_path / "opd", **OPD)
    yield ctx
    ctx.close()


@pytest.fixture
def disnaker_ctx(tmp_path):
    ctx = make_install(tmp_path / "disnaker", **DISNAKER)
    yield ctx
    ctx.close()


# The import and sheet tests' files, options and installs: each workers check made both ways too.
_BOTH_WAYS = ("test_import", "test_sheet", "test_cli_records")


@pytest.fixture(autouse=True)
def _column_check_both_ways(request, monkeypatch):
    """Every workers check these tests make is also made with the column-wise shortcut on and off and
    the two compared (tests/column_check_shadow.py): it may change nothing a clerk sees."""
    module = request.module.__name__.rsplit(".", 1)[-1]
    if module.startswith(_BOTH_WAYS) and module != "test_import_column_check":
        from tests.column_check_shadow import compare_both_ways

        compare_both_ways(monkeypatch)
    yield
