"""Background work, one way: a function runs on the thread pool; its progress, result
or exception comes back to the GUI thread as signals. Workers never touch widgets."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from meetingdesk.domain.errors import MeetingdeskError

log = logging.getLogger("meetingdesk.qt")


def expected(exc: BaseException) -> MeetingdeskError:
    """A failure a worker handed back to the GUI thread: what the database or
    the person can cause (a ``MeetingdeskError``) is returned, for the caller
    to show; anything else is a bug, raised here for the crash dialog."""
    if not isinstance(exc, MeetingdeskError):
        raise exc
    return exc


Progress = Callable[[int, int | None], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception


class Task(QRunnable):
    """Call ``function(progress, cancelled)`` off the GUI thread."""

    def __init__(
        self, function: Callable[[Callable[[int, int | None], None], Callable[[], bool]], Any]
    ) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._function = function
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        def progress(done: int, total: int | None) -> None:
            self.signals.progress.emit(done, total or 0)

        try:
            result = self._function(progress, self._cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, which decides
            log.debug("task failed\n%s", traceback.format_exc())
            self._answer(self.signals.failed, exc)
        else:
            self._answer(self.signals.finished, result)

    @staticmethod
    def _answer(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is closing: nobody waits for it
            log.debug("a task ended after its window closed")


_RUNNING: set[Task] = set()
# Most tasks wait on a database, not on a core: a few calls stuck behind a
# pulled cable must not queue the desk's next search behind them.
POOL_THREADS = 16


def run_task(
    function: Work,
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    task = Task(function)
    task.setAutoDelete(False)  # the caller keeps it to cancel it
    # Alive until its answer is back on the GUI thread, even if whoever asked
    # (a view, a window) is gone by then.
    _RUNNING.add(task)
    task.signals.finished.connect(lambda _result: _RUNNING.discard(task))
    task.signals.failed.connect(lambda _exc: _RUNNING.discard(task))
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < POOL_THREADS:
        pool.setMaxThreadCount(POOL_THREADS)
    pool.start(task)
    return task


Call = Callable[[], Any]
Answer = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class LatestOnly(QObject):
    """Questions whose latest one alone matters (search as you type): one runs at
    a time off the GUI thread; a question asked meanwhile replaces any other that
    waits, and an answer overtaken by a newer question is never delivered, so a
    slow answer for "pa" never overwrites the answer for "pap"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: Task | None = None
        self._waiting: tuple[int, Call, Answer, Failure] | None = None
        self._latest = 0

    @property
    def busy(self) -> bool:
        return self._running is not None

    def ask(self, call: Call, on_done: Answer, on_error: Failure) -> None:
        self._latest += 1
        if self._running is not None:
            self._waiting = (self._latest, call, on_done, on_error)
        else:
            self._start(self._latest, call, on_done, on_error)

    def forget(self) -> None:
        """The question is gone (the field was cleared): no answer is delivered."""
        self._latest += 1
        self._waiting = None

    def _start(self, asked: int, call: Call, on_done: Answer, on_error: Failure) -> None:
        def over(deliver: Callable[[], None]) -> None:
            self._running = None
            waiting, self._waiting = self._waiting, None
            if waiting is not None:
                self._start(*waiting)
                return
            if asked == self._latest and isValid(self):  # its owner (a dialog) may be gone
                deliver()

        self._running = run_task(
            lambda _p, _c: call(),
            on_done=lambda result: over(lambda: on_done(result)),
            on_error=lambda exc: over(lambda: on_error(exc)),
        )


class InOrder(QObject):
    """Actions that must all happen, one after another, in the order asked (a
    burst of scans): each runs off the GUI thread and each answer is delivered."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: Task | None = None
        self._queue: list[tuple[Call, Answer, Failure]] = []

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._queue)

    def ask(self, call: Call, on_done: Answer, on_error: Failure) -> None:
        self._queue.append((call, on_done, on_error))
        if self._running is None:
            self._start()

    def _start(self) -> None:
        call, on_done, on_error = self._queue.pop(0)

        def over(deliver: Callable[[], None]) -> None:
            # Not busy while the answer is shown: it may ask a person something
            # (a dialog) and, meanwhile, the next action may start.
            self._running = None
            try:
                if isValid(self):  # its owner (a dialog) may be gone; the action ran
                    deliver()
            finally:
                if self._running is None and self._queue:
                    self._start()

        self._running = run_task(
            lambda _p, _c: call(),
            on_done=lambda result: over(lambda: on_done(result)),
            on_error=lambda exc: over(lambda: on_error(exc)),
        )
