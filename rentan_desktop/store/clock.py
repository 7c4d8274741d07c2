"""Timestamps, today's date and ids, in one place so tests can reason about them.

Every reading of "now" or "today" in the app goes through `now()` here (a test in
tests/test_clock_one_source.py keeps it so): moving this one function moves every date the
lifecycle, reports, bundles, audit trail and printed documents see, together."""

from __future__ import annotations

import datetime as dt
import uuid


def now() -> dt.datetime:
    """Local wall-clock time: the one source of the app's date and time."""
    return dt.datetime.now()


def today() -> dt.date:
    return now().date()


def now_iso() -> str:
    """Local wall-clock time to the second: what an operator expects in an audit trail."""
    return now().replace(microsecond=0).isoformat(sep=" ")


def today_iso() -> str:
    return today().isoformat()


def new_uid() -> str:
    return str(uuid.uuid4())
