"""One desk's session with its database: where each desk action goes, and the
one-second tick that notices other desks, loses and finds the server, sends
the queue and keeps the local copy fresh. No Qt here: the window calls
``tick()`` from a timer, off its own thread, and shows what it returns.

The connection state is one explicit machine::

    ONLINE --(a call or the probe fails or misses its deadline)--> OFFLINE
    OFFLINE --(the probe answers)--> UPLOADING --(queue empty)--> ONLINE
                                      UPLOADING --(the server goes again)--> OFFLINE

While ONLINE every action goes to the server; otherwise search and check-in run
on the local copy and check-ins are queued on the disk (PostgreSQL only: an
SQLite file has no copy, and its desk just says the database does not answer).

A server behind a pulled cable does not refuse: it never answers, and a socket
read can wait for as long as the cable is out. So every call to the server that
a person waits for has a deadline: a search not answered in time is answered
from the copy, and a check-in not answered in time is queued with the moment
it was made. If the late server took it after all, the queued one is
recognised as the same check-in when it is sent (same desk, same moment), so
nothing is doubled. The calls that missed their deadline finish (or fail) on
their own threads; the probe is never asked twice at once."""

from __future__ import annotations

import datetime as dt
import enum
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import TypeVar

from meetingdesk.domain.errors import DatabaseUnavailable, Unavailability
from meetingdesk.domain.values import ActionResult, Desk, IdCheck, SearchResult
from meetingdesk.services.app import Services
from meetingdesk.services.offline import FlushReport, OfflineDesk
from meetingdesk.services.overview import Counts, OverviewService

log = logging.getLogger("meetingdesk.desk")

T = TypeVar("T")

# Seconds a person waits for the server before the local copy answers instead.
SEARCH_WITHIN = 1.5
ACTION_WITHIN = 4.0
PROBE_WITHIN = 3.0
COPY_EVERY = 5 * 60.0  # the local copy is refreshed this often while online
# A tick waits this long for a refresh of the copy; a slower one (a slow or cut
# link) goes on in the background and the ticks go on without it.
COPY_WITHIN = 20.0


class Late(DatabaseUnavailable):
    """The server has not answered within the deadline (it may still)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"the server did not answer within {seconds:g} seconds", Unavailability.LATE, seconds
        )


class Link(enum.Enum):
    ONLINE = "online"
    OFFLINE = "offline"
    UPLOADING = "uploading"


@dataclass(frozen=True, slots=True)
class Tick:
    """What one tick found; the window turns it into what the person sees."""

    before: Link
    after: Link
    changed: bool = False  # something changed at some desk: reload what is shown
    # The delegates whose rows changed, when known (None: any may have).
    changed_ids: frozenset[int] | None = None
    sent: FlushReport | None = None  # the queue, sent on the way back online
    failure: DatabaseUnavailable | None = None  # why the server stopped answering
    copied: int | None = None  # the local copy was refreshed: delegates in it

    @property
    def went_offline(self) -> bool:
        return self.before is Link.ONLINE and self.after is not Link.ONLINE

    @property
    def back_online(self) -> bool:
        return self.before is not Link.ONLINE and self.after is Link.ONLINE


class DeskSession:
    """``copy``: the local copy and queue (None for an SQLite file);
    ``monotonic``: seconds, for the copy's refresh interval (tests inject one);
    the ``*_within``: seconds a person waits for the server."""

    def __init__(
        self,
        services: Services,
        copy: OfflineDesk | None = None,
        *,
        overview: OverviewService | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        search_within: float = SEARCH_WITHIN,
        action_within: float = ACTION_WITHIN,
        probe_within: float = PROBE_WITHIN,
        copy_every: float = COPY_EVERY,
        copy_within: float = COPY_WITHIN,
    ) -> None:
        self.services = services
        self.copy = copy
        self.overview = overview or services.overview
        self._monotonic = monotonic
        self._search_within = search_within
        self._action_within = action_within
        self._probe_within = probe_within
        self._copy_every = copy_every
        self._copy_within = copy_within
        self._refreshing: Future[int] | None = None
        self._lock = threading.Lock()
        self._link = Link.ONLINE
        self._version: int | None = None
        self._copied_at: float | None = None
        self._probe: Future[int] | None = None
        self._tick_lock = threading.Lock()
        self._prepared = False
        self._closed = False
        # Calls to the server whose answer is waited for with a deadline.
        self._calls = ThreadPoolExecutor(max_workers=8, thread_name_prefix="meetingdesk-server")

    @property
    def link(self) -> Link:
        return self._link

    @property
    def online(self) -> bool:
        return self._link is Link.ONLINE

    # --- calls to the server -----------------------------------------------------------

    def _answer(self, call: Callable[[], T], within: float) -> T:
        """``call()`` on the server, or DatabaseUnavailable if it has not answered
        within ``within`` seconds (on SQLite: no deadline, the file answers)."""
        if self.copy is None:
            return call()
        future = self._submit(call)
        try:
            return future.result(timeout=within)
        except FutureTimeout:
            raise Late(within) from None
        except CancelledError:  # closed while it waited
            raise DatabaseUnavailable("the desk is closing", Unavailability.CLOSING) from None

    def _submit(self, call: Callable[[], T]) -> Future[T]:
        try:
            if self._closed:
                raise RuntimeError("closed")
            return self._calls.submit(call)
        except RuntimeError:  # the desk is closing: no new call to the server
            raise DatabaseUnavailable("the desk is closing", Unavailability.CLOSING) from None

    def _lost(self, why: DatabaseUnavailable) -> None:
        with self._lock:
            if self._link is Link.ONLINE:
                log.warning("server not answering (%s): this desk goes on with its copy", why)
            self._link = Link.OFFLINE

    def _server_or_copy(
        self, on_server: Callable[[], T], on_copy: Callable[[], T], *, late_is_lost: bool = True
    ) -> T:
        """``late_is_lost``: a call that missed its deadline sends the desk
        offline (a check-in); otherwise the copy answers this once and the probe
        decides (a search on a slow network)."""
        if self.copy is not None and not self.online:
            return on_copy()
        try:
            return on_server()
        except DatabaseUnavailable as exc:
            if late_is_lost or not isinstance(exc, Late):
                self._lost(exc)
            if self.copy is None:
                raise
        return on_copy()

    # --- the desk's actions ------------------------------------------------------------

    def search(self, query: str, limit: int | None = 50) -> SearchResult:
        return self._server_or_copy(
            lambda: self._answer(
                lambda: self.services.search.search(query, limit), self._search_within
            ),
            lambda: self._copy().search.search(query, limit),
            late_is_lost=False,
        )

    def check_in(self, text: str, desk: Desk, id_check: IdCheck | None = None) -> ActionResult:
        at = self.services.clock()  # the same moment on the server and in the queue
        return self._server_or_copy(
            lambda: self._answer(
                lambda: self.services.checkin.check_in(text, desk, id_check, at=at),
                self._action_within,
            ),
            lambda: self._queue(lambda _copy: text, desk, at, id_check),
        )

    def check_in_delegate(
        self, delegate_id: int, desk: Desk, id_check: IdCheck | None = None
    ) -> ActionResult:
        """A delegate picked from the list (the local copy keeps the server's ids)."""
        at = self.services.clock()
        return self._server_or_copy(
            lambda: self._answer(
                lambda: self.services.checkin.check_in_delegate(delegate_id, desk, id_check, at),
                self._action_within,
            ),
            lambda: self._queue(lambda copy: copy.badge_code(delegate_id), desk, at, id_check),
        )

    def _queue(
        self,
        code: Callable[[OfflineDesk], str],
        desk: Desk,
        at: dt.datetime,
        id_check: IdCheck | None,
    ) -> ActionResult:
        """``code(copy)``: what was scanned, or the badge code of whom was picked."""
        copy = self.copy
        assert copy is not None  # only ever the fallback of a desk with a copy
        with self._lock:  # never queued after the upload's last look at the queue
            self._link = Link.OFFLINE if self._link is Link.ONLINE else self._link
            return copy.queue_check_in(code(copy), desk, at, id_check)

    def undo_delegate(self, delegate_id: int, desk: Desk) -> ActionResult:
        """Undoing needs the server: a queued check-in is not undone behind its back."""
        if not self.online:
            raise DatabaseUnavailable(
                "undoing a check-in needs the server, which does not answer",
                Unavailability.UNDO_NEEDS_SERVER,
            )
        try:
            return self._answer(
                lambda: self.services.checkin.undo_delegate(delegate_id, desk),
                self._action_within,
            )
        except DatabaseUnavailable as exc:
            self._lost(exc)
            raise

    def document_types(self) -> list[tuple[str, str]]:
        return self._server_or_copy(
            lambda: self._answer(self.services.checkin.document_types, self._action_within),
            lambda: self._copy().checkin.document_types(),
        )

    def counts(self) -> Counts:
        """Checked in by category and arrivals (from the copy while offline, with
        the check-ins queued here)."""
        return self._server_or_copy(
            lambda: self._answer(self.overview.counts, self._action_within),
            lambda: self._copy().overview.counts(),
        )

    def photo(self, delegate_id: int) -> bytes | None:
        """Photos stay on the server: none while offline."""
        if not self.online:
            return None
        try:
            return self._answer(
                lambda: self.services.registry.photo(delegate_id), self._action_within
            )
        except DatabaseUnavailable as exc:
            self._lost(exc)
            return None

    def _copy(self) -> Services:
        if self.copy is None:
            raise DatabaseUnavailable("the database does not answer", Unavailability.NO_COPY)
        return self.copy.copy()

    def pending(self) -> int:
        return self.copy.pending() if self.copy is not None else 0

    # --- the tick ----------------------------------------------------------------------

    def tick(self) -> Tick:
        """Ask the server whether anything changed (cheap: one row); on the way
        back online send the queue first; refresh the copy when it is due. One
        tick at a time: a tick asked while another runs returns at once."""
        if not self._tick_lock.acquire(blocking=False):
            return Tick(self._link, self._link)
        try:
            return self._tick()
        finally:
            self._tick_lock.release()

    def _tick(self) -> Tick:
        before = self._link
        try:
            version = self._ask_version()
        except DatabaseUnavailable as exc:
            self._lost(exc)
            return Tick(before, self._link, failure=exc if before is Link.ONLINE else None)
        sent = None
        if not self.online:
            sent = self._upload()
            if not self.online:
                return Tick(before, self._link, sent=sent)
        moved = self._version is not None and version != self._version
        changed = before is not Link.ONLINE or moved
        changed_ids = None
        if moved and before is Link.ONLINE and self._version is not None:
            last = self._version
            try:
                changed_ids = self._answer(
                    lambda: self.overview.changed_since(last), self._probe_within
                )
            except DatabaseUnavailable:
                changed_ids = None  # everything is read again
        self._version = version
        if not self._prepared:
            self._prepare()
        copied = None
        now = self._monotonic()
        due = self._copied_at is None or now - self._copied_at >= self._copy_every
        if self.copy is not None and due:
            copied = self._refresh_copy(self.copy, now)
        return Tick(
            before, self._link, changed=changed, changed_ids=changed_ids, sent=sent, copied=copied
        )

    def _refresh_copy(self, copy: OfflineDesk, now: float) -> int | None:
        """Refresh the local copy, waiting at most ``copy_within``: a refresh still
        on its way (a slow link) is not started twice, and counts as done when
        it ends, even after the tick stopped waiting for it."""
        if self._refreshing is not None and not self._refreshing.done():
            return None

        def refresh() -> int:
            copied = copy.refresh()
            self._copied_at = now
            return copied

        try:
            self._refreshing = self._submit(refresh)
            return self._refreshing.result(timeout=self._copy_within)
        except FutureTimeout:
            log.warning(
                "local copy not refreshed within %.0f s: it goes on in the background",
                self._copy_within,
            )
        except DatabaseUnavailable as exc:  # tried again at the next tick
            log.warning("local copy not refreshed: %s", exc)
        return None

    def _prepare(self) -> None:
        """Once the server answers: the first check-in at a desk just opened
        then waits no longer than the next."""
        try:
            self._answer(self.services.checkin.prepare, self._action_within)
            self._answer(self.services.attendance.prepare, self._action_within)
            self._prepared = True
        except DatabaseUnavailable as exc:  # again at the next tick
            log.info("check-in not prepared yet: %s", exc.__class__.__name__)

    def _ask_version(self) -> int:
        """The probe: the server's change counter, never asked twice at once (a
        probe lost in a pulled cable is not joined by another every second)."""
        if self.copy is None:
            return self.overview.version()
        if self._probe is None or self._probe.done():
            self._probe = self._submit(self.overview.version)
        try:  # a new probe, or the last one, which may answer now
            return self._probe.result(timeout=self._probe_within)
        except CancelledError:
            raise DatabaseUnavailable("the desk is closing", Unavailability.CLOSING) from None
        except FutureTimeout:
            raise Late(self._probe_within) from None

    def _upload(self) -> FlushReport | None:
        copy = self.copy
        if copy is None:
            with self._lock:
                self._link = Link.ONLINE
            return None
        with self._lock:
            self._link = Link.UPLOADING
        report = copy.flush(
            lambda code, desk, id_check, at: self._answer(
                lambda: self.services.checkin.check_in(code, desk, id_check, at=at),
                self._action_within,
            )
        )
        with self._lock:
            back = not report.stopped and copy.pending() == 0
            self._link = Link.ONLINE if back else Link.OFFLINE
        if back:
            log.info("server answers again: this desk is back online")
        return report

    def close(self) -> None:
        self._closed = True
        self._calls.shutdown(wait=False, cancel_futures=True)
        if self.copy is not None:
            self.copy.close()
