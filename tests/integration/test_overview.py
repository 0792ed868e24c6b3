"""The delegates list as the database sorts and filters it (the Delegates tab
reads ids in order, then rows a page at a time), on both engines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from meetingdesk.domain.model import Delegate
from meetingdesk.domain.values import Desk
from meetingdesk.services.overview import DelegateFilter, DelegateRow, ListOrder, OverviewService
from tests.conftest import PEOPLE, Meeting

ORACLE: dict[ListOrder, Callable[[DelegateRow, dict[int, str]], Any]] = {
    ListOrder.NAME: lambda row, sort: sort[row.id],
    ListOrder.NATIVE: lambda row, _sort: row.native_name or "",
    ListOrder.DELEGATION: lambda row, _sort: row.protocol_key,
    ListOrder.CATEGORY: lambda row, _sort: row.category_label,
    ListOrder.FUNCTION: lambda row, _sort: row.function.lower(),
    ListOrder.STATUS: lambda row, _sort: row.cancelled,
    ListOrder.ARRIVED: lambda row, _sort: (row.checked_in_at is not None, row.checked_in_at),
    ListOrder.BADGE: lambda row, _sort: row.badge_printed,
    ListOrder.CODE: lambda row, _sort: row.badge_code,
}


def some_arrive_and_one_cancels(meeting: Meeting) -> None:
    services = meeting.services
    for who in ("celik", "nunez", "masry"):
        meeting.clock.now += dt.timedelta(minutes=7)
        services.checkin.check_in(meeting.code(who), Desk(f"Desk {who}", "x"))
    services.registry.set_cancelled(meeting.people["press"], True, meeting.desk)


@pytest.mark.parametrize("order", list(ListOrder), ids=lambda o: o.name.lower())
def test_every_column_sorts_in_the_database_both_ways(meeting: Meeting, order: ListOrder) -> None:
    some_arrive_and_one_cancels(meeting)
    overview = OverviewService(meeting.services.uow)
    rows = {row.id: row for row in overview.delegates()}
    with meeting.services.uow.read() as uow:
        sort = {i: k for i, k in uow.db.execute(select(Delegate.id, Delegate.sort_name))}
    for descending in (False, True):
        listed = overview.listed(DelegateFilter(), order, descending)
        assert sorted(listed.ids) == sorted(rows) and listed.total == len(PEOPLE)
        keys = [ORACLE[order](rows[i], sort) for i in listed.ids]
        assert keys == sorted(keys, reverse=descending), order
        # Ties in protocol order, then by family name.
        for before, after in zip(listed.ids, listed.ids[1:], strict=False):
            if ORACLE[order](rows[before], sort) == ORACLE[order](rows[after], sort):
                assert (rows[before].protocol_key, sort[before]) <= (
                    rows[after].protocol_key,
                    sort[after],
                )


def test_the_first_order_is_the_order_rows_are_read_in(meeting: Meeting) -> None:
    overview = OverviewService(meeting.services.uow)
    assert overview.listed().ids == [row.id for row in overview.delegates()]


def test_filters_choose_in_the_database_as_a_row_read_again_is_judged(meeting: Meeting) -> None:
    some_arrive_and_one_cancels(meeting)
    overview = OverviewService(meeting.services.uow)
    rows = overview.delegates()
    serbia = next(row.delegation_id for row in rows if row.delegation == "Serbia")
    found = frozenset({meeting.people["dorde"], meeting.people["celik"], meeting.people["press"]})
    for chosen in (
        DelegateFilter(category="DEL"),
        DelegateFilter(category="MEDIA"),
        DelegateFilter(delegation=serbia),
        DelegateFilter(status="registered"),
        DelegateFilter(status="cancelled"),
        DelegateFilter(not_arrived=True),
        DelegateFilter(category="DEL", not_arrived=True),
        DelegateFilter(found=found),
        DelegateFilter(found=found, status="registered", not_arrived=True),
        DelegateFilter(found=frozenset()),
    ):
        listed = overview.listed(chosen)
        assert set(listed.ids) == {row.id for row in rows if chosen.accepts(row)}, chosen
        assert listed.total == len(PEOPLE)
    late = overview.listed(DelegateFilter(not_arrived=True)).ids
    assert meeting.people["celik"] not in late and meeting.people["press"] not in late
    assert len(late) == len(PEOPLE) - 4
    assert overview.registered() == len(PEOPLE)
