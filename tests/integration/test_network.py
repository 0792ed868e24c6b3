"""A venue's network on PostgreSQL: a server that takes the connection and never
answers, a desk stuck mid-transaction holding a lock. Each ends in seconds with
a plain message, never a frozen desk or a traceback."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from meetingdesk.domain.errors import DatabaseUnavailable
from meetingdesk.domain.values import Desk, Outcome
from meetingdesk.services.app import open_services
from meetingdesk.services.demo import build_demo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts TCP connections and never says a word: what a desk
    meets when a firewall or a hung machine swallows the traffic."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            held.append(connection)  # read nothing, answer nothing, close nothing

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        listener.close()


@pytest.mark.parametrize("command", [["search", "jova"], ["checkin", "ABCD2345"]])
def test_a_server_that_never_answers_ends_a_command_within_ten_seconds(
    silent_server: int, command: list[str]
) -> None:
    url = f"postgresql://postgres@127.0.0.1:{silent_server}/test"
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "meetingdesk", *command, "--db", url],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert time.monotonic() - started < 10
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "database" in lines[0], done.stderr


@pytest.mark.postgres
def test_a_desk_stuck_mid_transaction_holds_nobody_up_for_long(pg_database: str) -> None:
    """Another desk froze holding the audit chain's lock (its laptop slept in the
    middle of a check-in): this desk's check-in gives up after the lock timeout
    with "busy, try again", writes nothing, and goes through once the lock is free."""
    services = open_services(pg_database)
    try:
        build_demo(services, delegates=20, seed=8)
        ids, _ = services.badges.select()
        people = [services.registry.delegate(i) for i in ids]
        code = next(p.badge_code for p in people if not p.requires_id_check and not p.cancelled)
        services.checkin.prepare()
        with services.engine.connect() as conn:
            assert conn.execute(text("SHOW lock_timeout")).scalar() == "5s"
            assert conn.execute(text("SHOW statement_timeout")).scalar() == "2min"
        stuck = psycopg.connect(pg_database.replace("+psycopg", ""), autocommit=False)
        try:
            stuck.execute("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE")
            started = time.monotonic()
            with pytest.raises(DatabaseUnavailable, match="busy"):
                services.checkin.check_in(code, Desk("Desk 1", "ana"))
            assert 4 <= time.monotonic() - started < 15
        finally:
            stuck.rollback()
            stuck.close()
        assert services.checkin.check_in(code, Desk("Desk 1", "ana")).outcome is Outcome.DONE
    finally:
        services.close()
