"""Check-in, undo, refusals and the audit trail, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text

from meetingdesk.cli_result import describe
from meetingdesk.domain.errors import ValidationError
from meetingdesk.domain.model import AuditEntry, CheckIn
from meetingdesk.domain.values import ActionResult, Desk, IdCheck, Outcome, Refusal
from tests.conftest import Meeting


def checkin_rows(meeting: Meeting, who: str) -> int:
    with meeting.services.uow.read() as uow:
        return uow.db.execute(
            select(func.count()).where(CheckIn.delegate_id == meeting.people[who])
        ).scalar_one()


def audit_actions(meeting: Meeting) -> list[str]:
    with meeting.services.uow.read() as uow:
        return list(uow.db.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


def test_second_checkin_is_already_and_writes_no_row(meeting: Meeting) -> None:
    meeting.clock.set_local("09:14")
    first = meeting.services.checkin.check_in(meeting.payload("nunez"), Desk("Desk 2", "bob"))
    assert first.outcome is Outcome.DONE
    assert first.delegate is not None and first.delegate.family_name == "Núñez Ibáñez"

    meeting.clock.set_local("09:20")
    second = meeting.services.checkin.check_in(meeting.payload("nunez"), meeting.desk)

    assert second.outcome is Outcome.ALREADY
    assert describe(second, "Europe/Madrid") == "already checked in at 09:14 at Desk 2"
    assert checkin_rows(meeting, "nunez") == 1
    assert audit_actions(meeting).count("checkin") == 1


def test_typed_code_checks_in_as_manual_lookup(meeting: Meeting) -> None:
    result = meeting.services.checkin.check_in(meeting.code("dorde").lower(), meeting.desk)
    assert result.outcome is Outcome.DONE
    with meeting.services.uow.read() as uow:
        method = uow.db.execute(select(CheckIn.method)).scalar_one()
    assert method.value == "manual"


def test_undo_then_check_in_again(meeting: Meeting) -> None:
    services = meeting.services
    assert services.checkin.check_in(meeting.code("celik"), meeting.desk).ok
    undone = services.checkin.undo(meeting.code("celik"), meeting.desk)
    assert undone.outcome is Outcome.DONE
    assert services.checkin.undo(meeting.code("celik"), meeting.desk).outcome is Outcome.ALREADY

    again = services.checkin.check_in(meeting.code("celik"), meeting.desk)

    assert again.outcome is Outcome.DONE
    assert checkin_rows(meeting, "celik") == 2
    assert audit_actions(meeting)[-3:] == ["checkin", "checkin.undo", "checkin"]


def test_cancelled_registration_is_refused_and_logged(meeting: Meeting) -> None:
    meeting.services.registry.set_cancelled(meeting.people["hoxhe"], True, meeting.desk)

    result = meeting.services.checkin.check_in(meeting.payload("hoxhe"), meeting.desk)

    assert result.outcome is Outcome.REFUSED
    assert result.refusal is Refusal.CANCELLED
    assert describe(result, "Europe/Madrid") == "registration cancelled"
    assert checkin_rows(meeting, "hoxhe") == 0
    assert audit_actions(meeting)[-2:] == ["delegate.cancelled", "checkin.refused"]


def test_reprinted_badge_revokes_the_old_code(meeting: Meeting) -> None:
    old = meeting.payload("masry")
    meeting.clock.set_local("10:02")
    meeting.services.registry.reissue_badge(meeting.people["masry"], "lost", meeting.desk)
    meeting.clock.set_local("10:30")

    refused = meeting.services.checkin.check_in(old, meeting.desk)
    accepted = meeting.services.checkin.check_in(meeting.payload("masry"), meeting.desk)

    assert refused.refusal is Refusal.REVOKED
    assert describe(refused, "Europe/Madrid") == "badge revoked: reprinted at 10:02, lost"
    assert accepted.outcome is Outcome.DONE
    assert "checkin.refused" in audit_actions(meeting)


@pytest.mark.parametrize(
    ("mangle", "refusal"),
    [
        (lambda p: p[:-1] + ("A" if p[-1] != "A" else "B"), Refusal.FORGED),
        (lambda p: p[:3] + "ZZZZ" + p[7:], Refusal.OTHER_EVENT),
        (lambda p: p[:15] + "999" + p[18:], Refusal.FORGED),
        (lambda p: p + "X", Refusal.FORGED),
    ],
    ids=["signature", "other-event", "generation", "too-long"],
)
def test_forged_scans_are_refused_and_logged(meeting: Meeting, mangle, refusal) -> None:  # type: ignore[no-untyped-def]
    result = meeting.services.checkin.check_in(mangle(meeting.payload("isik")), meeting.desk)

    assert result.outcome is Outcome.REFUSED
    assert result.refusal is refusal
    assert describe(result, "Europe/Madrid").startswith("code not valid")
    assert checkin_rows(meeting, "isik") == 0
    assert audit_actions(meeting)[-1] == "checkin.refused"


def test_unknown_code_is_not_found(meeting: Meeting) -> None:
    result = meeting.services.checkin.check_in("ZZZZZZZZ", meeting.desk)
    assert result.outcome is Outcome.NOT_FOUND


def test_category_requiring_id_check(meeting: Meeting) -> None:
    code = meeting.code("press")
    asked = meeting.services.checkin.check_in(code, meeting.desk)
    assert asked.refusal is Refusal.ID_CHECK_NEEDED

    for whole, field in (
        (IdCheck("passport", "ESP X1234567"), "id_last_four"),  # a whole number: never stored
        (IdCheck("passport", "12-4"), "id_last_four"),
        (IdCheck("Passport ESP X1234567", "4567"), "id_document"),  # free text is no kind
    ):
        with pytest.raises(ValidationError) as refused:
            meeting.services.checkin.check_in(code, meeting.desk, whole)
        assert refused.value.field == field
    done = meeting.services.checkin.check_in(code, meeting.desk, IdCheck("passport", "x 123"))

    assert done.outcome is Outcome.DONE
    with meeting.services.uow.read() as uow:
        seen = uow.db.execute(select(CheckIn.id_document, CheckIn.id_last_four)).one()
        details = [e.detail for e in uow.db.execute(select(AuditEntry)).scalars()]
    assert tuple(seen) == ("passport", "X123")
    assert not any("123" in str(detail) for detail in details)  # nor in the audit log


def test_schema_refuses_a_second_live_checkin(meeting: Meeting) -> None:
    """The invariant holds even for code that bypasses the service."""
    assert meeting.services.checkin.check_in(meeting.code("isik"), meeting.desk).ok
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), meeting.services.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO checkin (delegate_id, at, desk, operator, method, badge_generation)"
                " SELECT delegate_id, at, 'X', 'x', method, badge_generation FROM checkin"
            )
        )


def test_two_desks_at_once_give_exactly_one_checkin(meeting: Meeting) -> None:
    """Both desks scan the same badge at the same instant, many times over."""
    services = meeting.services
    for round_ in range(15):
        who = list(meeting.people)[round_ % len(meeting.people)]
        if who in ("press",):
            continue
        services.checkin.undo(meeting.code(who), meeting.desk)
        payload = meeting.payload(who)
        barrier = threading.Barrier(2)
        results: list[ActionResult] = []

        def desk(
            name: str,
            payload: str = payload,
            barrier: threading.Barrier = barrier,
            results: list[ActionResult] = results,
        ) -> None:
            barrier.wait()
            results.append(services.checkin.check_in(payload, Desk(name, name)))

        threads = [threading.Thread(target=desk, args=(f"Desk {i}",)) for i in (1, 2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        outcomes = sorted(r.outcome.value for r in results)
        assert outcomes == ["already", "done"], round_


@pytest.mark.parametrize(
    "sql",
    [
        # a second delegate with the same badge code
        "INSERT INTO delegate (honorific, given_name, family_name, badge_name, function,"
        " delegation_id, category_id, head_of_delegation, status, badge_code, badge_generation,"
        " notes, sort_name, updated_at) SELECT honorific, given_name, family_name, badge_name,"
        " function, delegation_id, category_id, head_of_delegation, status, badge_code,"
        " badge_generation, notes, sort_name, updated_at FROM delegate WHERE id = 1",
        # a second attendance of the same delegate at the same session
        "INSERT INTO attendance (delegate_id, session_id, at, desk, operator, method)"
        " SELECT delegate_id, session_id, at, 'X', 'x', method FROM attendance",
    ],
    ids=["badge-code", "attendance"],
)
def test_schema_enforces_the_invariants(meeting: Meeting, sql: str) -> None:
    from sqlalchemy.exc import IntegrityError

    meeting.services.attendance.record(meeting.sessions[0], meeting.code("isik"), meeting.desk)
    with pytest.raises(IntegrityError), meeting.services.engine.begin() as conn:
        conn.execute(text(sql))
