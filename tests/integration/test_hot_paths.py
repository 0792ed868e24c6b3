"""The usual check-in on prepared statements and a kept driver connection: the
same answers and the same evidence as the full path, and a kept connection that
survives what a venue's server goes through."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from meetingdesk.cli_result import describe
from meetingdesk.db.bare import BareWriter
from meetingdesk.domain.errors import DatabaseUnavailable
from meetingdesk.domain.model import AuditEntry, CheckIn, EntryMethod
from meetingdesk.domain.values import Desk, Outcome, Refusal
from meetingdesk.services import audit
from meetingdesk.services.app import open_services
from meetingdesk.services.demo import build_demo
from tests.conftest import MADRID, Meeting
from tests.pg_server import ThrowawayServer

DESK = Desk("Desk 3", "eva")


def test_the_usual_check_in_records_what_the_full_path_records(meeting: Meeting) -> None:
    """Scan, then typed code, then the same again: rows, audit details and
    messages are those of the full path (the chain verifies)."""
    services = meeting.services
    services.checkin.prepare()
    scanned = services.checkin.check_in(meeting.payload("nunez"), DESK)
    typed = services.checkin.check_in(meeting.code("papadopoulos"), DESK)
    again = services.checkin.check_in(meeting.payload("nunez"), Desk("Desk 4", "bo"))
    assert (scanned.outcome, typed.outcome, again.outcome) == (
        Outcome.DONE,
        Outcome.DONE,
        Outcome.ALREADY,
    )
    assert describe(scanned, "Europe/Madrid") == f"checked in: {scanned.delegate.badge_name}, Spain"  # type: ignore[union-attr]
    assert again.previous is not None and again.previous.desk == "Desk 3"
    assert (
        describe(again, "Europe/Madrid")
        == f"already checked in at {meeting.clock().astimezone(MADRID):%H:%M} at Desk 3"
    )
    nunez = services.registry.delegate(meeting.people["nunez"])
    assert scanned.delegate is not None and scanned.delegate.id == nunez.id
    assert scanned.delegate == nunez  # the summary the full path gives
    with services.uow.read() as uow:
        rows = uow.db.execute(select(CheckIn).order_by(CheckIn.id)).scalars().all()
        assert [(r.method, r.desk, r.operator, r.badge_generation) for r in rows] == [
            (EntryMethod.SCAN, "Desk 3", "eva", 1),
            (EntryMethod.MANUAL, "Desk 3", "eva", 1),
        ]
        assert rows[0].at == meeting.clock()
        entries = uow.db.execute(
            select(AuditEntry).where(AuditEntry.action == "checkin").order_by(AuditEntry.seq)
        ).scalars()
        assert [e.detail for e in entries] == [
            {"method": "scan", "generation": 1, "id_document": None},
            {"method": "manual", "generation": 1, "id_document": None},
        ]
        assert audit.verify(uow.db) > 0


def test_an_unusual_check_in_still_takes_the_full_path(meeting: Meeting) -> None:
    """Cancelled, identity document to check, revoked, forged: the full path's
    answers, and nothing written by the usual one."""
    services = meeting.services
    services.checkin.prepare()
    services.registry.set_cancelled(meeting.people["press"], True, DESK)
    assert services.checkin.check_in(meeting.code("press"), DESK).outcome is Outcome.REFUSED
    forged = meeting.payload("muller")[:-3] + "AAA"
    assert services.checkin.check_in(forged, DESK).outcome is Outcome.REFUSED
    with services.uow.read() as uow:
        assert uow.db.execute(select(CheckIn)).first() is None


def test_a_failed_statement_leaves_nothing_and_the_next_check_in_works(
    meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error after the check-in row was inserted (here: the audit append)
    rolls the whole check-in back; the kept connection goes on."""
    services = meeting.services
    services.checkin.prepare()

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(audit, "append", broken)
    with pytest.raises(RuntimeError):
        services.checkin.check_in(meeting.code("celik"), DESK)
    monkeypatch.undo()
    with services.uow.read() as uow:
        assert uow.db.execute(select(CheckIn)).first() is None
    assert services.checkin.check_in(meeting.code("celik"), DESK).outcome is Outcome.DONE


def test_a_restarted_server_costs_a_ping_not_a_check_in(
    throwaway_server: ThrowawayServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kept connection dies with the server; after the restart the next
    check-in succeeds at the first attempt (the idle connection is pinged and
    replaced), and while the server is down the desk is told plainly."""
    import psycopg

    server = throwaway_server
    with psycopg.connect(server.url("postgres").replace("+psycopg", ""), autocommit=True) as c:
        c.execute("CREATE DATABASE meeting")
    services = open_services(server.url("meeting"))
    try:
        build_demo(services, delegates=40, seed=3)
        ids, _ = services.badges.select()
        people = [services.registry.delegate(i) for i in ids]
        codes = [p.badge_code for p in people if not p.requires_id_check and not p.cancelled]
        services.checkin.prepare()
        assert services.checkin.check_in(codes[0], DESK).outcome is Outcome.DONE
        monkeypatch.setattr(BareWriter, "PING_AFTER_S", 0.0)
        server.stop()
        server.start()  # the kept connection is dead now
        assert services.checkin.check_in(codes[1], DESK).outcome is Outcome.DONE
        server.stop()
        with pytest.raises(DatabaseUnavailable):
            services.checkin.check_in(codes[2], DESK)
        server.start()
        assert services.checkin.check_in(codes[2], DESK).outcome is Outcome.DONE
        assert services.checkin.check_in(codes[0], DESK).outcome is Outcome.ALREADY
    finally:
        services.close()


def test_closing_gives_the_kept_connections_back(meeting: Meeting) -> None:
    services = meeting.services
    services.checkin.prepare()
    services.checkin.check_in(meeting.code("isik"), DESK)
    pool = services.engine.pool
    assert pool.checkedout() == 1  # type: ignore[attr-defined]
    services.uow.close()
    assert pool.checkedout() == 0  # type: ignore[attr-defined]
    assert services.checkin.check_in(meeting.code("ismail"), DESK).outcome is Outcome.DONE


def test_a_mistake_in_the_sql_is_a_bug_not_an_unavailable_database(
    meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wrong column (SQLite calls it an OperationalError too) must reach the
    crash dialog, not read as "the database is not answering"."""
    from sqlalchemy import bindparam
    from sqlalchemy import text as sql_text
    from sqlalchemy.exc import DBAPIError

    from meetingdesk.db.prepared import Prepared
    from meetingdesk.services import checkin

    broken = Prepared(
        sql_text("SELECT no_such_column FROM delegate WHERE badge_code = :code").bindparams(
            bindparam("code")
        )
    )
    monkeypatch.setattr(checkin, "PERSON", broken)
    meeting.services.checkin.prepare()
    with pytest.raises(DBAPIError) as raised:
        meeting.services.checkin.check_in(meeting.code("hoxhe"), DESK)
    assert not isinstance(raised.value, DatabaseUnavailable)
    assert "no_such_column" in str(raised.value)
    assert "hoxhe" not in str(raised.value).lower()  # parameters hidden


def test_the_usual_admission_at_the_door_records_what_the_full_path_records(
    meeting: Meeting,
) -> None:
    services = meeting.services
    services.attendance.prepare()
    session = meeting.sessions[0]
    title = services.attendance.find_session(str(session)).title
    first = services.attendance.record(session, meeting.payload("dorde"), DESK)
    again = services.attendance.record(session, meeting.code("dorde"), Desk("Door 2", "bo"))
    assert first.outcome is Outcome.DONE and describe(first, "Europe/Madrid").startswith(
        f"admitted to {title}: "
    )
    assert again.outcome is Outcome.ALREADY and describe(again, "Europe/Madrid").startswith(
        f"already recorded in {title}"
    )
    assert again.previous is not None and again.previous.desk == "Desk 3"
    assert first.delegate == services.registry.delegate(meeting.people["dorde"])
    services.registry.set_cancelled(meeting.people["celik"], True, DESK)
    refused = services.attendance.record(session, meeting.code("celik"), DESK)
    assert refused.outcome is Outcome.REFUSED and refused.refusal is Refusal.CANCELLED
    with services.uow.read() as uow:
        details = [
            (e.action, e.detail)
            for e in uow.db.execute(
                select(AuditEntry)
                .where(AuditEntry.action.like("attendance%"))
                .order_by(AuditEntry.seq)
            ).scalars()
        ]
        assert details[0] == ("attendance", {"session": session, "method": "scan"})
        assert details[1][0] == "attendance.refused"
        assert audit.verify(uow.db) > 0
