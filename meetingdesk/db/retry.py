"""Run a desk action again when another desk's transaction got in its way.

Check-in and attendance are built not to collide (unique indexes, ON CONFLICT,
one lock taken last), but PostgreSQL may still end a transaction with a
serialisation failure or a deadlock under load; the action then simply runs
again, a few times, without the person at the desk ever seeing it."""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from meetingdesk.domain.errors import Contended

log = logging.getLogger("meetingdesk.db")

P = ParamSpec("P")
R = TypeVar("R")
ATTEMPTS = 5


def retry_contended(action: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(action)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return action(*args, **kwargs)
            except Contended:
                if attempt == ATTEMPTS:
                    raise
                log.info("%s contended, attempt %d of %d", action.__name__, attempt, ATTEMPTS)
                time.sleep(random.uniform(0, 0.01 * 2**attempt))
        raise AssertionError("unreachable")

    return run
