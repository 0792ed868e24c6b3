"""Several desks at once, on SQLite and on PostgreSQL: no lost and no doubled
check-in, a desk killed mid-burst loses nothing it reported, backups during a
burst restore to an intact database."""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from meetingdesk.cli import main as cli
from meetingdesk.domain.values import Desk, Outcome
from meetingdesk.services import audit
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.backup import backup
from meetingdesk.services.demo import build_demo
from tests.conftest import live_per_delegate

ROOT = Path(__file__).resolve().parents[2]
WORKER = ROOT / "tests" / "desk_burst.py"


@pytest.fixture
def demo(db_target: str) -> Services:
    services = open_services(db_target)
    build_demo(services, delegates=700, seed=11)
    return services


def codes(services: Services) -> list[str]:
    """Badge codes a desk checks in without an identity-document step."""
    ids, _ = services.badges.select()
    people = [services.registry.delegate(i) for i in ids]
    return [p.badge_code for p in people if not p.requires_id_check]


def test_four_desks_five_hundred_check_ins_each(demo: Services, db_target: str) -> None:
    everyone = codes(demo)[:600]
    rng = random.Random(3)
    plans = [rng.sample(everyone, 500) for _ in range(4)]  # overlapping by design
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), db_target, f"Desk {n}", *plan],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for n, plan in enumerate(plans, start=1)
    ]
    lines = []
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        lines.extend(out.splitlines())
    outcomes = [line.split()[0] for line in lines]
    attempted = {code for plan in plans for code in plan}
    assert len(lines) == 2000
    assert "error" not in outcomes
    assert outcomes.count("done") == len(attempted)  # exactly one per delegate
    assert outcomes.count("already") == 2000 - len(attempted)
    per_delegate = live_per_delegate(demo)
    assert len(per_delegate) == len(attempted)
    assert set(per_delegate) == {1}
    with demo.uow.read() as uow:
        assert audit.verify(uow.db) == 1 + len(attempted)  # the event, then the check-ins
    demo.close()


def test_two_desks_on_one_badge_a_thousand_times(demo: Services) -> None:
    code = codes(demo)[0]
    delegate_id = demo.registry.find_by_code(code).id
    for round_ in range(1000):
        if round_:
            demo.checkin.undo_delegate(delegate_id, Desk("Desk 1", "a"))
        barrier = threading.Barrier(2)
        results: list[Outcome] = []

        def desk(
            name: str, barrier: threading.Barrier = barrier, results: list[Outcome] = results
        ) -> None:
            barrier.wait()
            results.append(demo.checkin.check_in(code, Desk(name, name)).outcome)

        threads = [threading.Thread(target=desk, args=(f"Desk {n}",)) for n in (1, 2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(r.value for r in results) == ["already", "done"], round_
    demo.close()


def test_a_killed_desk_loses_nothing_it_reported(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    services = open_services(db)
    build_demo(services, delegates=2000, seed=5)
    plan = codes(services)[:1500]
    services.close()
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(db), "Desk 1", *plan],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert worker.stdout is not None
    reported = []
    for line in worker.stdout:
        reported.append(line.split()[1])
        if len(reported) == 300:
            os.kill(worker.pid, signal.SIGKILL)  # mid-burst, as a power cut would
            break
    worker.wait()
    worker.stdout.close()
    with sqlite3.connect(db) as conn:
        stored = {
            c
            for (c,) in conn.execute(
                "SELECT d.badge_code FROM checkin c JOIN delegate d ON d.id = c.delegate_id"
                " WHERE c.undone_at IS NULL"
            )
        }
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert set(reported) <= stored
    assert len(stored) - len(reported) <= 1  # at most the one in flight at the kill


def test_backup_during_a_burst_restores_intact(tmp_path: Path) -> None:
    db = tmp_path / "live.sqlite3"
    services = open_services(db)
    build_demo(services, delegates=800, seed=6)
    plan = codes(services)
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(db), "Desk 2", *plan],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert worker.stdout is not None
    for _ in range(50):
        worker.stdout.readline()  # the burst is under way
    copies = [backup(services.target, tmp_path / f"copy{n}.sqlite3") for n in range(3)]
    worker.communicate(timeout=120)
    for copy in copies:
        restored = tmp_path / f"restored-{copy.path.name}"
        restored.write_bytes(copy.path.read_bytes())  # restoring is copying the file back
        assert cli(["audit-verify", "--db", str(restored)]) == 0
        with sqlite3.connect(restored) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("SELECT count(*) FROM delegate").fetchone() == (800,)
    services.close()


def test_backup_of_a_server_database_explains_pg_dump(pg_database: str, tmp_path: Path) -> None:
    from meetingdesk.db.engine import DatabaseTarget
    from meetingdesk.services.backup import BackupFailed

    with pytest.raises(BackupFailed, match=re.escape("pg_dump -Fc -h 127.0.0.1 -p 5432")):
        backup(DatabaseTarget.parse(pg_database), tmp_path / "x.dump")
