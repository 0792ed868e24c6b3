"""The desk session's state machine, transition by transition, against a server
that answers, refuses, or stays silent (a pulled cable), and a local copy that
records what is queued. The clock of the copy's refresh is injected; the
deadlines are short real waits (a silent server is a thread that never
answers until the test lets it)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from meetingdesk.domain.errors import DatabaseUnavailable
from meetingdesk.domain.values import Desk, IdCheck
from meetingdesk.services.desk_session import DeskSession, Link
from meetingdesk.services.offline import FlushReport, Send

DESK = Desk("Desk A", "ana")
NOON = dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)


class Server:
    """``up``, ``down`` (refuses at once) or ``silent`` (answers nothing until
    ``release()``); records every call that reached it."""

    def __init__(self) -> None:
        self.mode = "up"
        self.version = 1
        self.calls: list[tuple[Any, ...]] = []
        self._released = threading.Event()

    def answer(self, *call: Any) -> Any:
        self.calls.append(call)
        if self.mode == "down":
            raise DatabaseUnavailable("cannot reach the database: connection refused")
        if self.mode == "silent":
            assert self._released.wait(10), "the test never released the server"
        return ("server", *call)

    def release(self) -> None:
        self._released.set()

    def services(self) -> Any:
        def check_in(text: str, desk: Desk, id_check: IdCheck | None = None, at: Any = None) -> Any:
            return self.answer("check_in", text, at)

        return SimpleNamespace(
            clock=lambda: NOON,
            uow=None,
            search=SimpleNamespace(search=lambda q, limit=50: self.answer("search", q)),
            checkin=SimpleNamespace(
                check_in=check_in,
                check_in_delegate=lambda i, desk, id_check=None, at=None: self.answer(
                    "check_in_delegate", i, at
                ),
                undo_delegate=lambda i, desk: self.answer("undo", i),
                document_types=lambda: self.answer("document_types"),
                prepare=lambda: self.answer("prepare"),
            ),
            attendance=SimpleNamespace(prepare=lambda: None),
            registry=SimpleNamespace(photo=lambda i: b"photo"),
        )

    def overview(self) -> Any:
        return SimpleNamespace(
            version=lambda: self.answer("version") and self.version,
            changed_since=lambda seq: self.answer("changed_since", seq) and frozenset({7}),
            counts=lambda: self.answer("counts"),
        )


@dataclass
class Copy:
    """The local copy and queue, as the session sees them."""

    queued: list[tuple[str, dt.datetime]] = field(default_factory=list)
    refreshed: int = 0

    def copy(self) -> Any:
        return SimpleNamespace(
            search=SimpleNamespace(search=lambda q, limit=50: ("copy", "search", q)),
            checkin=SimpleNamespace(document_types=lambda: [("passport", "Passport")]),
        )

    def queue_check_in(
        self, code: str, desk: Desk, at: dt.datetime, id_check: IdCheck | None = None
    ) -> Any:
        self.queued.append((code, at))
        return ("queued", code, at)

    def badge_code(self, delegate_id: int) -> str:
        return f"CODE{delegate_id}"

    def pending(self) -> int:
        return len(self.queued)

    def refresh(self) -> int:
        self.refreshed += 1
        return 40

    def flush(self, send: Send) -> FlushReport:
        report = FlushReport()
        while self.queued:
            code, at = self.queued[0]
            try:
                send(code, DESK, None, at)
            except DatabaseUnavailable:
                report.stopped = True
                break
            self.queued.pop(0)
            report.sent += 1
        report.still_pending = len(self.queued)
        return report

    def close(self) -> None:
        pass


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def server() -> Iterator[Server]:
    server = Server()
    yield server
    server.release()  # no thread of a test waits beyond it


def session_on(server: Server, copy: Copy | None, clock: Clock | None = None) -> DeskSession:
    return DeskSession(
        server.services(),
        copy,  # type: ignore[arg-type]
        overview=server.overview(),
        monotonic=clock or Clock(),
        search_within=0.2,
        action_within=0.2,
        probe_within=0.2,
        copy_every=300,
    )


def test_online_everything_goes_to_the_server_and_a_tick_notices_other_desks(
    server: Server,
) -> None:
    session = session_on(server, Copy())
    first = session.tick()
    assert (first.before, first.after, first.changed) == (Link.ONLINE, Link.ONLINE, False)
    assert session.search("jova")[0] == "server"
    assert session.tick().changed is False
    server.version = 2  # another desk checked someone in
    moved = session.tick()
    assert moved.changed is True and moved.changed_ids == {7}  # just her row to read
    assert session.tick().changed is False


def test_a_refused_call_goes_offline_and_answers_from_the_copy(server: Server) -> None:
    copy = Copy()
    session = session_on(server, copy)
    server.mode = "down"
    assert session.search("jova") == ("copy", "search", "jova")
    assert session.link is Link.OFFLINE
    reached = len(server.calls)
    assert session.search("jovan") == ("copy", "search", "jovan")
    assert len(server.calls) == reached  # offline: the server is not asked again
    assert session.check_in("ABCD2345", DESK) == ("queued", "ABCD2345", NOON)
    assert session.check_in_delegate(7, DESK) == ("queued", "CODE7", NOON)
    assert session.document_types() == [("passport", "Passport")]
    assert session.photo(7) is None  # photos stay on the server
    with pytest.raises(DatabaseUnavailable, match="undoing a check-in needs the server"):
        session.undo_delegate(7, DESK)


def test_ticks_lose_the_server_once_and_bring_the_desk_back_with_its_queue(
    server: Server,
) -> None:
    copy = Copy()
    session = session_on(server, copy)
    session.tick()
    server.mode = "down"
    lost = session.tick()
    assert lost.went_offline and lost.failure is not None
    assert "connection refused" in str(lost.failure)
    again = session.tick()
    assert (again.after, again.failure, again.went_offline) == (Link.OFFLINE, None, False)
    session.check_in("ABCD2345", DESK)
    session.check_in("EFGH6789", DESK)

    server.mode = "up"
    back = session.tick()
    assert back.back_online and back.changed and back.after is Link.ONLINE
    assert back.sent is not None and back.sent.sent == 2
    assert copy.queued == []
    sent = [c for c in server.calls if c[0] == "check_in"]
    assert sent == [("check_in", "ABCD2345", NOON), ("check_in", "EFGH6789", NOON)]
    assert session.check_in("JKLM2345", DESK)[0] == "server"  # straight to the server


def test_an_upload_cut_short_leaves_the_rest_queued_and_the_desk_offline(
    server: Server,
) -> None:
    copy = Copy()
    session = session_on(server, copy)
    server.mode = "down"
    session.tick()
    for code in ("A2345678", "B2345678", "C2345678"):
        session.check_in(code, DESK)
    server.mode = "up"
    original = server.answer

    def second_fails(*call: Any) -> Any:
        if call[0] == "check_in" and call[1] == "B2345678":
            raise DatabaseUnavailable("cannot reach the database: timeout")
        return original(*call)

    server.answer = second_fails  # type: ignore[method-assign]
    tick = session.tick()
    assert tick.after is Link.OFFLINE and not tick.back_online
    assert tick.sent is not None and (tick.sent.sent, tick.sent.still_pending) == (1, 2)
    server.answer = original  # type: ignore[method-assign]
    assert session.tick().back_online
    assert copy.queued == []


def test_a_silent_server_costs_a_search_its_deadline_then_the_copy_answers(
    server: Server,
) -> None:
    session = session_on(server, Copy())
    server.mode = "silent"  # the cable is pulled: nothing answers, nothing refuses
    assert session.search("jova") == ("copy", "search", "jova")
    # A slow answer is not a lost server (a slow network): the probe decides.
    assert session.link is Link.ONLINE
    assert session.tick().went_offline


def test_a_check_in_the_silent_server_may_still_take_is_queued_with_its_moment(
    server: Server,
) -> None:
    """If the late server records it after all, the queued copy carries the same
    desk and moment, and the upload recognises it as the same check-in."""
    copy = Copy()
    session = session_on(server, copy)
    server.mode = "silent"
    assert session.check_in("ABCD2345", DESK) == ("queued", "ABCD2345", NOON)
    assert server.calls == [("check_in", "ABCD2345", NOON)]  # the same moment on both
    assert copy.queued == [("ABCD2345", NOON)]


def test_the_probe_is_never_asked_twice_while_the_first_waits(server: Server) -> None:
    copy = Copy()
    session = session_on(server, copy)
    session.tick()
    server.mode = "silent"
    assert session.tick().went_offline
    asked = [c for c in server.calls if c[0] == "version"]
    for _ in range(3):
        assert session.tick().after is Link.OFFLINE
    assert [c for c in server.calls if c[0] == "version"] == asked  # no pile of probes
    server.mode = "up"
    server.release()  # the cable is back: the first probe answers
    for _ in range(50):
        if session.tick().back_online:
            break
    assert session.link is Link.ONLINE


def test_the_copy_is_refreshed_when_due_and_only_while_online(server: Server) -> None:
    copy, clock = Copy(), Clock()
    session = session_on(server, copy, clock)
    assert session.tick().copied == 40  # the first tick makes the copy
    clock.now += 299
    assert session.tick().copied is None
    clock.now += 1
    assert session.tick().copied == 40
    server.mode = "down"
    clock.now += 600
    assert session.tick().copied is None
    assert copy.refreshed == 2


class SlowCopy(Copy):
    """A copy whose refresh crawls over a slow link until the test lets it end."""

    def __init__(self) -> None:
        super().__init__()
        self.link = threading.Event()

    def refresh(self) -> int:
        self.refreshed += 1
        assert self.link.wait(10), "the test never let the refresh end"
        return 40


def test_a_slow_refresh_of_the_copy_never_holds_the_ticks(server: Server) -> None:
    copy, clock = SlowCopy(), Clock()
    session = DeskSession(
        server.services(),
        copy,  # type: ignore[arg-type]
        overview=server.overview(),
        monotonic=clock,
        probe_within=0.2,
        copy_every=300,
        copy_within=0.2,
    )
    try:
        first = session.tick()  # waits 0.2 s for the refresh, then goes on
        assert first.copied is None and first.after is Link.ONLINE
        server.version = 2
        second = session.tick()  # other desks' changes are still seen
        assert second.changed and second.changed_ids == frozenset({7})
        assert copy.refreshed == 1  # not started twice while the first crawls
        copy.link.set()
        for _ in range(100):  # the refresh ends on its own
            if session._refreshing is not None and session._refreshing.done():
                break
            threading.Event().wait(0.01)
        assert session.tick().copied is None  # done, late: not due again yet
        assert copy.refreshed == 1
        clock.now += 300
        assert session.tick().copied == 40
        assert copy.refreshed == 2
    finally:
        copy.link.set()
        session.close()


def test_on_an_sqlite_file_failures_are_said_and_nothing_is_queued(server: Server) -> None:
    session = session_on(server, None)
    assert session.tick().after is Link.ONLINE
    server.mode = "down"
    with pytest.raises(DatabaseUnavailable):
        session.search("jova")
    with pytest.raises(DatabaseUnavailable):
        session.check_in("ABCD2345", DESK)
    assert session.tick().after is Link.OFFLINE
    server.mode = "up"
    back = session.tick()
    assert back.back_online and back.sent is None and back.changed
