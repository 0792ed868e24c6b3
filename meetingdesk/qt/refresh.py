"""Noticing what other desks did: the database's change counter, asked every second.

Any desk's check-in, undo, edit or import advances the audit chain; when the
number moves, the views reload what they show. A database that stops answering
is reported once, and again when it answers."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.services.overview import OverviewService

log = logging.getLogger("meetingdesk.qt")

INTERVAL_MS = 1000


class DatabaseWatcher(QObject):
    changed = Signal()
    unavailable = Signal(str)
    available = Signal()
    answered = Signal()  # every check the database answered

    def __init__(self, overview: OverviewService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._overview = overview
        self._version: int | None = None
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        try:
            version = self._overview.version()
        except MeetingdeskError as exc:
            if not self._failing:
                self._failing = True
                log.warning("database not answering: %s", exc)
                self.unavailable.emit(str(exc))
            return
        if self._failing:
            self._failing = False
            self.available.emit()
        self.answered.emit()
        if version != self._version:
            first = self._version is None
            self._version = version
            if not first:
                self.changed.emit()
