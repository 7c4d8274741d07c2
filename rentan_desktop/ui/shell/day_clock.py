"""A new day while the app stays open: due dates pass, so statuses and arrears change.

At start and just after every midnight the core's lifecycle (payments/lifecycle.refresh_due)
applies the lapses the date has brought, through the write door; the "workers" and
"payments" change kinds then make every tab re-read its figures from the core. No figure is
computed here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from rentan_desktop.store import clock
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import QObject, Qt, QTimer


def ms_to_next_day(now: dt.datetime) -> int:
    """Milliseconds from `now` to one minute past the next midnight."""
    tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 1))
    return max(1_000, int((tomorrow - now).total_seconds() * 1000))


class DayClock(QObject):
    def __init__(self, env: UiEnv, parent: QObject | None = None,
                 now: Callable[[], dt.datetime] = lambda: clock.now()):
        super().__init__(parent)
        self.env = env
        self.now = now
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may be 5% (an hour) off
        self.timer.timeout.connect(lambda: self.new_day())
        self.last_day: dt.date | None = None

    def start(self) -> None:
        """App start: the tabs were just drawn for today, so they re-read only if a lapse came."""
        self.new_day(starting=True)

    def new_day(self, starting: bool = False) -> None:
        """Re-evaluate the lifecycle for today, then wait for the next midnight."""
        from rentan_desktop.i18n import translate
        from rentan_desktop.payments import lifecycle

        today = self.now().date()
        self.last_day = today
        operator = self.env.operator
        cause = translate("payments", "new day {date}").format(date=today.strftime("%d/%m/%Y"))

        def done(changed: list[str]) -> None:
            # A new date moves "due" and "overdue" even without a lapse: every figure is re-read.
            if changed or not starting:
                self.env.ops.changed.emit(frozenset({"workers", "payments"}))

        self.env.ops.run(lambda db: lifecycle.refresh_due(db, today=today, operator=operator, cause=cause),
                         on_success=done)
        self.timer.start(ms_to_next_day(self.now()))
