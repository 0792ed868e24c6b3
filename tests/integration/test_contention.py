"""A real PostgreSQL serialisation failure becomes "run it again", and the desk
action is run again without anyone seeing it."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import create_engine, text

from meetingdesk.db.retry import ATTEMPTS, retry_contended
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain.errors import Contended


@pytest.mark.postgres
def test_a_serialisation_failure_is_contention(pg_database: str) -> None:
    engine = create_engine(pg_database, isolation_level="SERIALIZABLE")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE counter (id int PRIMARY KEY, n int)"))
        conn.execute(text("INSERT INTO counter VALUES (1, 0)"))
    uow = UnitOfWorkFactory(engine)
    first_read = threading.Event()
    second_done = threading.Event()

    def other_desk() -> None:
        first_read.wait()
        with engine.begin() as conn:
            conn.execute(text("UPDATE counter SET n = n + 1 WHERE id = 1"))
        second_done.set()

    thread = threading.Thread(target=other_desk)
    thread.start()

    def this_desk() -> None:
        with uow.write() as work:
            work.db.execute(text("SELECT n FROM counter WHERE id = 1")).scalar_one()
            first_read.set()
            second_done.wait()
            work.db.execute(text("UPDATE counter SET n = n + 1 WHERE id = 1"))
            work.commit()

    with pytest.raises(Contended):
        this_desk()
    thread.join()
    engine.dispose()


def test_contended_actions_run_again_then_give_up() -> None:
    calls: list[int] = []

    @retry_contended
    def flaky(times: int) -> str:
        calls.append(1)
        if len(calls) <= times:
            raise Contended("another desk got in the way")
        return "done"

    assert flaky(2) == "done"
    assert len(calls) == 3
    calls.clear()
    with pytest.raises(Contended):
        flaky(ATTEMPTS)
    assert len(calls) == ATTEMPTS
