"""Tabs over big tables re-read after a write only when someone looks at them."""

from __future__ import annotations


class ReloadWhenShown:
    """Mixin for a QWidget tab with `reload()`: a write reloads a visible tab at once and a hidden
    one the next time it is shown (a tab nobody looks at never re-reads 200,000 ids)."""

    _stale = False

    def reload(self) -> None:
        raise NotImplementedError

    def reload_or_mark_stale(self) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)  # type: ignore[misc]
