"""Attendance at the session door, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from meetingdesk.cli_result import describe
from meetingdesk.domain.errors import Ambiguous, NotFound
from meetingdesk.domain.model import Event
from meetingdesk.domain.values import Outcome, Refusal
from tests.conftest import Meeting


def test_attendance_is_unique_per_session(meeting: Meeting) -> None:
    attendance = meeting.services.attendance
    opening, first = meeting.sessions[0], meeting.sessions[1]
    meeting.clock.set_local("09:02")

    done = attendance.record(opening, meeting.payload("papadopoulos"), meeting.desk)
    again = attendance.record(opening, meeting.payload("papadopoulos"), meeting.desk)
    other_session = attendance.record(first, meeting.payload("papadopoulos"), meeting.desk)

    assert done.outcome is Outcome.DONE
    assert again.outcome is Outcome.ALREADY
    assert (
        describe(again, "Europe/Madrid") == "already recorded in Opening session at 09:02 at Desk 1"
    )
    assert other_session.outcome is Outcome.DONE
    assert attendance.count(opening) == 1
    assert attendance.count(first) == 1


def test_remove_attendance_needs_a_reason(meeting: Meeting) -> None:
    attendance = meeting.services.attendance
    opening = meeting.sessions[0]
    attendance.record(opening, meeting.code("celik"), meeting.desk)
    with pytest.raises(ValueError, match="reason"):
        attendance.remove(opening, meeting.people["celik"], meeting.desk, " ")

    removed = attendance.remove(opening, meeting.people["celik"], meeting.desk, "scanned twice")

    assert removed.outcome is Outcome.DONE
    assert attendance.count(opening) == 0


def test_door_before_desk_is_refused_when_the_event_requires_it(meeting: Meeting) -> None:
    with meeting.services.uow.write() as uow:
        uow.db.execute(update(Event).values(attendance_requires_checkin=True))
        uow.commit()
    opening = meeting.sessions[0]

    refused = meeting.services.attendance.record(opening, meeting.code("isik"), meeting.desk)
    meeting.services.checkin.check_in(meeting.code("isik"), meeting.desk)
    admitted = meeting.services.attendance.record(opening, meeting.code("isik"), meeting.desk)

    assert refused.refusal is Refusal.NOT_CHECKED_IN
    assert admitted.outcome is Outcome.DONE


def test_cancelled_delegate_is_refused_at_the_door(meeting: Meeting) -> None:
    meeting.services.registry.set_cancelled(meeting.people["muller"], True, meeting.desk)
    result = meeting.services.attendance.record(
        meeting.sessions[1], meeting.payload("muller"), meeting.desk
    )
    assert result.refusal is Refusal.CANCELLED


@pytest.mark.parametrize(
    ("spec", "title"),
    [("1", "Opening session"), ("open", "Opening session"), ("SESSION I:", "Session I: Threats")],
)
def test_find_session_by_id_or_title_prefix(meeting: Meeting, spec: str, title: str) -> None:
    spec = str(meeting.sessions[0]) if spec == "1" else spec
    assert meeting.services.attendance.find_session(spec).title == title


def test_find_session_ambiguous_or_missing(meeting: Meeting) -> None:
    with pytest.raises(Ambiguous, match="matches 2 sessions"):
        meeting.services.attendance.find_session("session")
    with pytest.raises(NotFound):
        meeting.services.attendance.find_session("closing")
    with meeting.services.uow.read() as uow:
        assert uow.db.execute(select(Event.id)).scalar_one()
