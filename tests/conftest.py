"""Shared fixtures: fresh installs in temporary folders, OPD and Disnaker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rentan_desktop import i18n  # noqa: E402
from rentan_desktop.context import AppContext  # noqa: E402
from rentan_desktop.store import db as store_db  # noqa: E402
from rentan_desktop.store.site import initialise  # noqa: E402

OPD = {"role": "opd", "pemda": "Kota Palangka Raya", "operator": "Siti Rahma",
       "opd_code": "1.01", "opd_name": "Dinas Pendidikan"}
DISNAKER = {"role": "disnaker", "pemda": "Kota Palangka Raya", "operator": "Rudi Hartono"}


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch):
    """Tests read messages in English source text unless they switch the language."""
    monkeypatch.setenv("RENTAN_LANGUAGE", "en")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


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
