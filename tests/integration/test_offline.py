"""The server goes away in the middle of a burst: the desk queues, then uploads;
conflicts are reported; the final count is exact. The PostgreSQL server here is
the test's own, started in a temporary folder on another port, so the shared
server is never touched."""

from __future__ import annotations

from pathlib import Path

from meetingdesk.cli_result import describe
from meetingdesk.domain.values import Desk, Outcome, Refusal
from meetingdesk.services.app import open_services
from meetingdesk.services.demo import build_demo
from meetingdesk.services.desk_session import DeskSession, Link
from meetingdesk.services.offline import OfflineDesk
from tests.conftest import live_checkins
from tests.pg_server import ThrowawayServer


def test_server_stops_mid_burst_then_returns(
    throwaway_server: ThrowawayServer, tmp_path: Path
) -> None:
    server = throwaway_server
    import psycopg

    with psycopg.connect(server.url("postgres").replace("+psycopg", ""), autocommit=True) as c:
        c.execute("CREATE DATABASE meeting")
    primary = open_services(server.url("meeting"))
    build_demo(primary, delegates=150, seed=2)
    ids, _ = primary.badges.select()
    people = [primary.registry.delegate(i) for i in ids]
    codes = [p.badge_code for p in people if not p.requires_id_check][:60]
    desk_a = DeskSession(primary, OfflineDesk(primary, tmp_path / "desk-a"))
    assert desk_a.tick().copied == 150  # the first tick makes the local copy
    a = Desk("Desk A", "ana")

    for code in codes[:20]:  # online
        assert desk_a.check_in(code, a).outcome is Outcome.DONE
    server.stop()  # the network goes
    offline = [desk_a.check_in(code, a) for code in codes[15:40]]  # 15..19 already, unknown here
    assert desk_a.link is Link.OFFLINE
    assert all(r.outcome is Outcome.DONE for r in offline)
    assert all(
        describe(r, "Europe/Madrid").endswith("sent when the server answers)") for r in offline
    )
    assert desk_a.pending() == 25
    assert [h.badge_code for h in desk_a.search(codes[30]).hits] == [codes[30]]  # local search
    assert desk_a.check_in(codes[30], a).outcome is Outcome.ALREADY  # known locally

    still = desk_a.tick()  # still down: nothing lost
    assert (still.after, still.sent, desk_a.pending()) == (Link.OFFLINE, None, 25)

    server.start()
    other = open_services(server.url("meeting"))
    assert other.checkin.check_in(codes[35], Desk("Desk 3", "bo")).outcome is Outcome.DONE
    back = desk_a.tick()
    assert back.back_online and back.changed
    report = back.sent
    assert report is not None and report.still_pending == 0
    assert report.sent == 25 - 5 - 1  # 15..19 were in already; 35 came in at Desk 3
    assert len(report.already) == 6 and report.refused == []
    assert [u.previous.desk for u in report.already if u.code == codes[35]] == ["Desk 3"]  # type: ignore[union-attr]
    assert desk_a.link is Link.ONLINE
    assert live_checkins(other) == (40, 0)  # exactly one check-in each, none lost
    desk_a.close()
    other.close()
    primary.close()


def test_the_queue_survives_a_restart(throwaway_server: ThrowawayServer, tmp_path: Path) -> None:
    server = throwaway_server
    import psycopg

    with psycopg.connect(server.url("postgres").replace("+psycopg", ""), autocommit=True) as c:
        c.execute("CREATE DATABASE meeting")
    primary = open_services(server.url("meeting"))
    build_demo(primary, delegates=30, seed=3)
    ids, _ = primary.badges.select()
    code = next(
        p.badge_code for p in (primary.registry.delegate(i) for i in ids) if not p.requires_id_check
    )
    desk = DeskSession(primary, OfflineDesk(primary, tmp_path / "desk"))
    desk.tick()
    server.stop()
    assert desk.check_in(code, Desk("Desk A", "ana")).outcome is Outcome.DONE
    desk.close()  # the desk's PC restarts

    server.start()
    again = OfflineDesk(primary, tmp_path / "desk")
    assert again.pending() == 1
    assert again.flush().sent == 1
    assert live_checkins(primary) == (1, 0)
    again.close()
    primary.close()


def test_a_queued_check_in_refused_by_the_server_is_reported_by_name(
    throwaway_server: ThrowawayServer, tmp_path: Path, qapp: object
) -> None:
    """Registration cancelled at another desk while this one was offline: the
    upload says who was not recorded and why (and the window says it in
    words), and takes it off the queue; nothing is silently counted as sent."""
    server = throwaway_server
    import psycopg

    with psycopg.connect(server.url("postgres").replace("+psycopg", ""), autocommit=True) as c:
        c.execute("CREATE DATABASE meeting")
    primary = open_services(server.url("meeting"))
    build_demo(primary, delegates=30, seed=5)
    ids, _ = primary.badges.select()
    people = [p for p in (primary.registry.delegate(i) for i in ids) if not p.requires_id_check]
    cancelled, fine = people[0], people[1]
    desk = OfflineDesk(primary, tmp_path / "desk")
    session = DeskSession(primary, desk)
    session.tick()
    server.stop()
    for person in (cancelled, fine):
        assert session.check_in(person.badge_code, Desk("Desk A", "ana")).outcome is Outcome.DONE
    server.start()
    other = open_services(server.url("meeting"))
    other.registry.set_cancelled(cancelled.id, True, Desk("Desk 2", "bo"))

    report = desk.flush()
    assert (report.sent, report.still_pending, report.already) == (1, 0, [])
    [refused] = report.refused
    assert (refused.name, refused.delegation, refused.code) == (
        cancelled.badge_name,
        cancelled.delegation,
        cancelled.badge_code,
    )
    assert (refused.outcome, refused.refusal, refused.desk) == (
        Outcome.REFUSED,
        Refusal.CANCELLED,
        "Desk A",
    )
    assert desk.pending() == 0
    assert live_checkins(other) == (1, 0)

    from meetingdesk.qt.wording import queue_sent

    text, kind = queue_sent(report)
    assert kind == "warning"
    assert f"{cancelled.badge_name} (registration cancelled, scanned at" in text
    session.close()
    other.close()
    primary.close()
