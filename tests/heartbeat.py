"""Time on the GUI thread, measured and waited for.

``Heartbeat``: how long the GUI thread was busy with something else (a timer
that should fire every 10 ms, and the longest gap between two of its beats).
``pump_until``: wait for a condition with the event loop running and sleeping
between events, as the desk's own loop does. (A loop of
``processEvents(..., maxtime)`` returns at once when nothing is pending: it
spins, holds Python's GIL, and makes the desk's worker threads four times
slower than they are.)"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer


class Heartbeat:
    def __init__(self, interval_ms: int = 10) -> None:
        self.longest = 0.0  # ms
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000)
        self._last = now

    def start(self) -> Heartbeat:
        self.restart()
        self._timer.start()
        return self

    def restart(self) -> None:
        """Forget what was measured: measure from now."""
        self.longest, self._last = 0.0, time.perf_counter()

    def stop(self) -> None:
        self._timer.stop()


def pump_until(done: Callable[[], bool], seconds: float, poll_ms: int = 1) -> bool:
    """Run the event loop until ``done()`` or ``seconds`` have passed; whether done.
    The loop sleeps until an event comes; a timer wakes it every ``poll_ms``."""
    deadline = time.perf_counter() + seconds
    timer = QTimer()
    timer.setInterval(poll_ms)
    timer.start()
    try:
        while not done() and time.perf_counter() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        timer.stop()
    return done()


def pump(seconds: float) -> None:
    """Run the event loop for ``seconds``."""
    pump_until(lambda: False, seconds, poll_ms=5)
