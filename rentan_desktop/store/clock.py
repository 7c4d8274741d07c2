"""Timestamps and ids, in one place so tests can reason about them."""

from __future__ import annotations

import datetime as dt
import uuid


def now_iso() -> str:
    """Local wall-clock time to the second: what an operator expects in an audit trail."""
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


def today_iso() -> str:
    return dt.date.today().isoformat()


def new_uid() -> str:
    return str(uuid.uuid4())
