"""The server goes away in the middle of a burst: the desk queues, then uploads;
conflicts are reported; the final count is exact. The PostgreSQL server here is
the test's own, started in a temporary folder on another port, so the shared
server is never touched."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from meetingdesk.domain.model import CheckIn
from meetingdesk.domain.values import Desk, Outcome
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.demo import build_demo
from meetingdesk.services.offline import OfflineDesk
from tests.conftest import IN_CI

BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"))


class ThrowawayServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = self._free_port()
        self.bin = BIN[-1]

    @staticmethod
    def _free_port() -> int:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return int(s.getsockname()[1])

    def _as_postgres(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self._as_postgres(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust",
                          "-U", "postgres", "--no-sync")

    def start(self) -> None:
        self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-l",
                          str(self.folder / "log"), "-o",
                          f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
                          " -c fsync=off", "start")

    def stop(self) -> None:
        self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                          "-w", "stop")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"


@pytest.fixture
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThrowawayServer]:
    if not BIN or shutil.which("runuser") is None and os.geteuid() == 0:
        reason = "PostgreSQL's initdb and pg_ctl are not installed here"
        if IN_CI:
            pytest.fail(f"CI must run the offline test: {reason}")
        pytest.skip(reason)
    folder = Path("/tmp") / f"mdpg-{uuid.uuid4().hex[:8]}"  # short: socket paths are limited
    throwaway = ThrowawayServer(folder)
    throwaway.init()
    throwaway.start()
    yield throwaway
    try:
        throwaway.stop()
    except subprocess.CalledProcessError:
        pass  # already stopped by the test
    shutil.rmtree(folder, ignore_errors=True)


def live(services: Services) -> tuple[int, int]:
    """(live check-ins, delegates with more than one)."""
    with services.uow.read() as uow:
        per = list(uow.db.execute(
            select(func.count()).select_from(CheckIn).where(CheckIn.undone_at.is_(None))
            .group_by(CheckIn.delegate_id)).scalars())
    return sum(per), sum(1 for n in per if n > 1)


def test_server_stops_mid_burst_then_returns(server: ThrowawayServer, tmp_path: Path) -> None:
    import psycopg

    with psycopg.connect(server.url("postgres").replace("+psycopg", ""), autocommit=True) as c:
        c.execute("CREATE DATABASE meeting")
    primary = open_services(server.url("meeting"))
    build_demo(primary, delegates=150, seed=2)
    ids, _ = primary.badges.select()
    people = [primary.registry.delegate(i) for i in ids]
    codes = [p.badge_code for p in people if not p.requires_id_check][:60]
    desk_a = OfflineDesk(primary, tmp_path / "desk-a")
    assert desk_a.refresh() == 150
    a = Desk("Desk A", "ana")

    for code in codes[:20]:  # online
        assert desk_a.check_in(code, a).outcome is Outcome.DONE
    server.stop()  # the network goes
    offline = [desk_a.check_in(code, a) for code in codes[15:40]]  # 15..19 already, unknown here
    assert not desk_a.online
    assert all(r.outcome is Outcome.DONE for r in offline)
    assert all(r.message.endswith("sent when the server answers)") for r in offline)
    assert desk_a.pending() == 25
    assert [h.badge_code for h in desk_a.search(codes[30]).hits] == [codes[30]]  # local search
    assert desk_a.check_in(codes[30], a).outcome is Outcome.ALREADY  # known locally

    report = desk_a.flush()  # still down: nothing lost
    assert (report.sent, report.still_pending) == (0, 25)

    server.start()
    other = open_services(server.url("meeting"))
    assert other.checkin.check_in(codes[35], Desk("Desk 3", "bo")).outcome is Outcome.DONE
    report = desk_a.flush()
    assert report.still_pending == 0
    assert report.sent == 25 - 5 - 1  # 15..19 were in already; 35 came in at Desk 3
    assert len(report.conflicts) == 6
    assert any("at Desk 3" in c for c in report.conflicts)
    assert desk_a.online
    assert live(other) == (40, 0)  # exactly one check-in each, none lost
    desk_a.close()
    other.close()
    primary.close()


def test_the_queue_survives_a_restart(server: ThrowawayServer, tmp_path: Path) -> None:
    import psycopg

    with psycopg.connect(server.url("postgres").replace("+psycopg", ""), autocommit=True) as c:
        c.execute("CREATE DATABASE meeting")
    primary = open_services(server.url("meeting"))
    build_demo(primary, delegates=30, seed=3)
    ids, _ = primary.badges.select()
    code = next(p.badge_code for p in (primary.registry.delegate(i) for i in ids)
                if not p.requires_id_check)
    desk = OfflineDesk(primary, tmp_path / "desk")
    desk.refresh()
    server.stop()
    assert desk.check_in(code, Desk("Desk A", "ana")).outcome is Outcome.DONE
    desk.close()  # the desk's PC restarts

    server.start()
    again = OfflineDesk(primary, tmp_path / "desk")
    assert again.pending() == 1
    assert again.flush().sent == 1
    assert live(primary) == (1, 0)
    again.close()
    primary.close()
