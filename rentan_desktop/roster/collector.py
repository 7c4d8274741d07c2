"""Python's cyclic garbage collector paused while an import goes through its rows.

A row makes dozens of short-lived dicts, lists and tuples but no reference cycles (a
30,000-row check leaves 10 cyclic objects behind), yet the collector ran after every 700
new containers and now and then walked every object of the process: 12-17% of the check's
CPU. It is paused for the import and resumed when the last import running ends (what it
would have collected meanwhile is collected then; reference counting frees the rest at once).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_paused = 0
_was_enabled = False


def is_paused() -> bool:
    """Whether an import is running with collection paused (the GUI's own collector waits too)."""
    return _paused > 0


@contextlib.contextmanager
def paused() -> Iterator[None]:
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()
