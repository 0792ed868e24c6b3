"""Setting up the event and its people: walk-ins, edits, reprints, validation."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from meetingdesk.domain.errors import ValidationError
from meetingdesk.domain.model import AuditEntry, BadgeIssue, Delegation
from meetingdesk.domain.values import Outcome
from meetingdesk.services import codes
from meetingdesk.services.registry import DelegateFields
from meetingdesk.services.setup import EventDetails
from tests.conftest import Meeting


def delegation_id(meeting: Meeting, name: str) -> int:
    with meeting.services.uow.read() as uow:
        return uow.db.execute(select(Delegation.id).where(Delegation.name == name)).scalar_one()


def test_walk_in_gets_a_code_is_checked_in_and_findable(meeting: Meeting) -> None:
    summary, result = meeting.services.registry.register_walk_in(
        DelegateFields(
            "  Ljiljana ",
            "Stojanović",
            delegation_id(meeting, "Serbia"),
            "del",
            native_name="Љиљана Стојановић",
            email="l.s@example.org",
        ),
        meeting.desk,
    )
    assert codes.looks_like_code(summary.badge_code)
    assert summary.badge_name == "Ljiljana Stojanović"
    assert result is not None and result.outcome is Outcome.DONE
    hits = meeting.services.search.search("стоја").hits
    assert [h.delegate_id for h in hits] == [summary.id]
    assert hits[0].checked_in
    with meeting.services.uow.read() as uow:
        actions = (
            uow.db.execute(select(AuditEntry.action).where(AuditEntry.delegate_id == summary.id))
            .scalars()
            .all()
        )
    assert actions == ["delegate.created", "checkin"]


def test_similar_names_are_found_before_a_walk_in_is_added(meeting: Meeting) -> None:
    registry = meeting.services.registry
    assert registry.similar("Begona", "NUNEZ ibanez") == [meeting.people["nunez"]]
    assert registry.similar("Ђорђе", "Ђукић") == [meeting.people["dorde"]]
    assert registry.similar("Begoña", "Núñez") == []  # a different person's full name


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"family_name": "   "}, "family_name"),
        ({"email": "not-an-address"}, "email"),
        ({"email": "two@@example.org"}, "email"),
        ({"category_code": "VIP"}, "category"),
        ({"delegation_id": 9999}, "delegation"),
        ({"family_name": "x" * 151}, "family_name"),
    ],
)
def test_invalid_edit_names_the_field_and_changes_nothing(
    meeting: Meeting, change: dict[str, object], field: str
) -> None:
    registry = meeting.services.registry
    before = registry.delegate(meeting.people["celik"])
    fields = dict(
        given_name="Mehmet",
        family_name="Çelik",
        delegation_id=delegation_id(meeting, "Türkiye"),
        category_code="DEL",
    )
    fields.update(change)
    with pytest.raises(ValidationError) as raised:
        registry.edit(before.id, DelegateFields(**fields), meeting.desk)  # type: ignore[arg-type]
    assert raised.value.field == field
    assert registry.delegate(before.id) == before


def test_edit_logs_which_fields_changed_not_their_values(meeting: Meeting) -> None:
    registry = meeting.services.registry
    registry.edit(
        meeting.people["celik"],
        DelegateFields(
            "Mehmet",
            "Çelik",
            delegation_id(meeting, "Türkiye"),
            "DEL",
            email="mehmet@example.org",
            function="Police Attaché",
        ),
        meeting.desk,
    )
    with meeting.services.uow.read() as uow:
        entry = uow.db.execute(
            select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)
        ).scalar_one()
        assert entry.action == "delegate.edited"
        assert entry.detail == {"fields": ["email", "function"]}


def test_reprint_needs_a_reason_and_raises_the_generation(meeting: Meeting) -> None:
    registry, who = meeting.services.registry, meeting.people["isik"]
    with pytest.raises(ValidationError, match="reason"):
        registry.reissue_badge(who, "because", meeting.desk)
    assert registry.reissue_badge(who, "damaged", meeting.desk).badge_generation == 2
    with meeting.services.uow.read() as uow:
        issue = uow.db.execute(select(BadgeIssue)).scalar_one()
        assert (issue.generation, issue.reason, issue.operator) == (2, "damaged", "alice")


@pytest.mark.parametrize(
    ("details", "field"),
    [
        (dict(end_date=dt.date(2026, 12, 1)), "end_date"),
        (dict(time_zone="Europe/Atlantis"), "time_zone"),
        (dict(title=" "), "title"),
    ],
)
def test_event_details_are_validated(
    meeting: Meeting, details: dict[str, object], field: str
) -> None:
    base: dict[str, object] = dict(
        title="T",
        venue="V",
        city="C",
        organiser="O",
        start_date=dt.date(2026, 12, 3),
        end_date=dt.date(2026, 12, 4),
        time_zone="Europe/Madrid",
    )
    base.update(details)
    with pytest.raises(ValidationError) as raised:
        meeting.services.setup.create_event(
            EventDetails(**base),  # type: ignore[arg-type]
            meeting.desk,
            passphrase="correct horse",
        )
    assert raised.value.field == field


def test_categories_are_validated(meeting: Meeting) -> None:
    setup = meeting.services.setup
    with pytest.raises(ValidationError, match="exists already"):
        setup.add_category("del", "Again", "#000000")
    with pytest.raises(ValidationError, match="not a colour"):
        setup.add_category("NEW", "New", "red")
    with pytest.raises(ValidationError, match="already holds an event"):
        setup.create_event(
            EventDetails("T", "V", "C", "O", dt.date(2026, 1, 1), dt.date(2026, 1, 1), "UTC"),
            meeting.desk,
            passphrase="correct horse",
        )
