"""Background work, one way: a function runs on the thread pool; its progress, result
or exception comes back to the GUI thread as signals. Workers never touch widgets."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("meetingdesk.qt")


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
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_task(
    function: Work,
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    task = Task(function)
    task.setAutoDelete(False)  # the caller keeps it to cancel it
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task
