"""The audit log is a hash chain: edits and deletions are detected."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from meetingdesk.domain.errors import AuditChainBroken
from meetingdesk.services import audit
from tests.conftest import Meeting


def verify(meeting: Meeting) -> int:
    with meeting.services.uow.read() as uow:
        return audit.verify(uow.db)


def tamper(meeting: Meeting, sql: str) -> None:
    with meeting.services.engine.begin() as conn:
        conn.execute(text(sql))


@pytest.fixture
def busy(meeting: Meeting) -> Meeting:
    for who in ("nunez", "dorde", "isik"):
        meeting.services.checkin.check_in(meeting.payload(who), meeting.desk)
    meeting.services.checkin.check_in("MD1" + "A" * 35, meeting.desk)  # a refused scan
    return meeting


def test_every_change_and_refusal_is_chained(busy: Meeting) -> None:
    # 1 event, 4 categories, 8 delegations, 13 delegates, 3 sessions, 3 check-ins, 1 refusal
    assert verify(busy) == 33


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE audit_entry SET desk = 'Desk 9' WHERE seq = 30", "entry 30: was changed"),
        ("UPDATE audit_entry SET action = 'checkin.undo' WHERE seq = 31", "entry 31: was changed"),
        ("DELETE FROM audit_entry WHERE seq = 10", "entry 10: missing"),
        ("DELETE FROM audit_entry WHERE seq = 33", "entry 33: missing"),
        ("DELETE FROM audit_entry", "entry 1: missing"),
    ],
    ids=["edited-desk", "edited-action", "deleted-middle", "deleted-last", "emptied"],
)
def test_tampering_is_detected(busy: Meeting, sql: str, message: str) -> None:
    tamper(busy, sql)
    with pytest.raises(AuditChainBroken, match=message):
        verify(busy)


def test_rewriting_the_whole_tail_is_still_detected(busy: Meeting) -> None:
    """Recomputing one entry's hash is not enough: the next entry points at the old one."""
    with busy.services.uow.read() as uow:
        from sqlalchemy import select

        from meetingdesk.domain.model import AuditEntry

        entry = uow.db.execute(select(AuditEntry).where(AuditEntry.seq == 12)).scalar_one()
        forged = audit._entry_hash(  # the attacker knows the algorithm
            entry.seq,
            entry.at,
            "Desk 9",
            entry.operator,
            entry.action,
            entry.delegate_id,
            entry.detail,
            entry.prev_hash,
        )
    tamper(busy, f"UPDATE audit_entry SET desk = 'Desk 9', hash = '{forged}' WHERE seq = 12")
    with pytest.raises(AuditChainBroken, match="entry 13: does not follow"):
        verify(busy)
