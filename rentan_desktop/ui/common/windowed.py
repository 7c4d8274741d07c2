"""One windowed table model for the big tables (roster, payment month, Disnaker's consolidated roster).

The model knows how many rows there are (one COUNT, or the length of an id list) and reads rows
in blocks of `BLOCK` around what the view paints. At most `MAX_BLOCKS` blocks stay in memory
(least recently used dropped first), so scrolling through 200,000 rows never holds them all.
A block is read either by ids (`IdWindowedModel`: the sorted ids are known) or as a page of a
sorted query; a page whose previous block is cached continues after that block's last row
(keyset paging: the sort index is entered at the key, not walked from the top with OFFSET).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from rentan_desktop.store import cipher
from rentan_desktop.ui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class BlockCache:
    """Blocks of rows by block number, the `max_blocks` most recently used kept."""

    def __init__(self, max_blocks: int):
        self.max_blocks = max_blocks
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._blocks)

    def get(self, block: int) -> list[Any] | None:
        rows = self._blocks.get(block)
        if rows is not None:
            self._blocks.move_to_end(block)
        return rows

    def peek(self, block: int) -> list[Any] | None:
        """A cached block without counting it as used (the neighbour a keyset page starts after)."""
        return self._blocks.get(block)

    def put(self, block: int, rows: list[Any]) -> None:
        self._blocks[block] = rows
        self._blocks.move_to_end(block)
        while len(self._blocks) > self.max_blocks:
            self._blocks.popitem(last=False)

    def clear(self) -> None:
        self._blocks.clear()


class WindowedTableModel(QAbstractTableModel):
    """Rows 0..count-1 read in blocks through a bounded cache. Subclasses implement `_read_block`
    and answer `data()` from `row_data(row)`; `reset_count(n)` starts over (inside a reset)."""

    # A block a little larger than a screenful: the first paint reads 64 rows, not 256 (on a
    # start after booting the PC each row is a disk read), and 6,144 rows stay in memory.
    BLOCK = 64
    MAX_BLOCKS = 96

    def __init__(self, parent=None):
        super().__init__(parent)
        self._count = 0
        self._cache = BlockCache(self.MAX_BLOCKS)

    # -- what a subclass provides
    def _read_block(self, block: int, offset: int, limit: int, previous: Any | None) -> list[Any]:
        """Rows offset..offset+limit-1. `previous` is the row just before `offset` when it is in
        memory (a full previous block is cached): a sorted query may continue after its key."""
        raise NotImplementedError

    def _column_count(self) -> int:
        raise NotImplementedError

    # -- the window
    def reset_count(self, count: int) -> None:
        """A new row set: forget every block (call between begin/endResetModel or layout changes)."""
        self._cache.clear()
        self._count = count

    def invalidate_rows(self) -> None:
        """The same rows changed their values (an edit, a setting): refetch what is shown."""
        self._cache.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, max(self._column_count() - 1, 0)))

    def _block(self, block: int) -> list[Any]:
        rows = self._cache.get(block)
        if rows is not None:
            return rows
        before = self._cache.peek(block - 1) if block > 0 else None
        previous = before[-1] if before is not None and len(before) == self.BLOCK else None
        rows = self._read_block(block, block * self.BLOCK, self.BLOCK, previous)
        self._cache.put(block, rows)
        return rows

    def row_data(self, row: int) -> Any | None:
        """The record shown at `row`, read with its block when not in memory."""
        if not 0 <= row < self._count:
            return None
        rows = self._block(row // self.BLOCK)
        offset = row % self.BLOCK
        return rows[offset] if offset < len(rows) else None

    def safe_row_data(self, row: int) -> Any | None:
        """row_data for a paint: a locked file (a backup running) draws blank, never crashes."""
        try:
            return self.row_data(row)
        except cipher.Error:
            log.warning("table rows could not be read", exc_info=True)
            return None

    @property
    def cached_blocks(self) -> int:
        return len(self._cache)

    # -- Qt model interface
    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._column_count()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class IdWindowedModel(WindowedTableModel):
    """The ids are known in display order; a block is read by its ids with `fetch(ids) -> {id: row}`
    (an id that vanished meanwhile shows as an empty row until the next refresh)."""

    def __init__(self, fetch: Callable[[Sequence[int]], dict[int, Any]] | None = None, parent=None):
        super().__init__(parent)
        self.ids: list[int] = []
        self._fetch_rows = fetch

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self.ids = list(ids)
        self.reset_count(len(self.ids))
        self.endResetModel()

    def fetch(self, ids: Sequence[int]) -> dict[int, Any]:
        if self._fetch_rows is None:
            raise NotImplementedError
        return self._fetch_rows(ids)

    def _read_block(self, block: int, offset: int, limit: int, previous: Any | None) -> list[Any]:
        ids = self.ids[offset:offset + limit]
        found = self.fetch(ids)
        return [found.get(i) for i in ids]
