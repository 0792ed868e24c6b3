"""The desk session's tick, every second, off the GUI thread.

Each tick asks the database whether any desk changed anything (one row), loses
or finds the server, sends the queue on the way back and keeps the local copy
fresh (``services.desk_session``); this object only runs it and turns what it
found into signals. A tick still running when the next is due is not joined
by another."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from meetingdesk.qt.wording import failure
from meetingdesk.qt.workers import Task, expected, run_task
from meetingdesk.services.desk_session import DeskSession, Tick

log = logging.getLogger("meetingdesk.qt")

INTERVAL_MS = 1000


class DeskTicker(QObject):
    # Some desk changed something: reload what is shown (the delegates whose rows
    # changed, a frozenset, or None when any may have).
    changed = Signal(object)
    unavailable = Signal(str)  # the server stopped answering (why)
    available = Signal(object)  # it answers again: the queue's FlushReport, or None
    uploaded = Signal(object)  # part of the queue was sent before the server went again
    ticked = Signal(object)  # every Tick, after the signals above

    def __init__(self, session: DeskSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        if self._task is None:
            self._task = run_task(
                lambda _progress, _cancelled: self.session.tick(),
                on_done=self._done,
                on_error=self._failed,
            )

    def _done(self, tick: Tick) -> None:
        self._task = None
        if tick.failure is not None:
            self.unavailable.emit(failure(tick.failure))
        if tick.back_online:
            self.available.emit(tick.sent)
        elif tick.sent is not None and (tick.sent.sent or tick.sent.unsent):
            self.uploaded.emit(tick.sent)
        if tick.changed:
            self.changed.emit(tick.changed_ids)
        self.ticked.emit(tick)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        log.warning("tick failed: %s", expected(exc).__class__.__name__)
