"""What a tab or dialog is handed: the install, the write door and who this site is."""

from __future__ import annotations

from dataclasses import dataclass

from rentan_desktop.context import AppContext
from rentan_desktop.store.site import SiteInfo
from rentan_desktop.ui.common.operations import OpRunner


@dataclass
class UiEnv:
    ctx: AppContext
    ops: OpRunner
    site: SiteInfo

    @property
    def db(self):
        """The GUI thread's connection: reads (writes go through `ops`, whose short writes may run on it)."""
        return self.ctx.db

    @property
    def operator(self) -> str:
        return self.ctx.operator

    @property
    def is_disnaker(self) -> bool:
        return self.site.is_disnaker
