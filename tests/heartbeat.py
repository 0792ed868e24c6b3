"""How long the GUI thread was busy with something else: a timer that should
fire every 10 ms, and the longest gap between two of its beats."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


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
