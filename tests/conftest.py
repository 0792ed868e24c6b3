"""Shared fixtures: real databases (SQLite files, PostgreSQL when reachable), a
fixed clock, and a small event whose names cover the scripts the desk meets."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib
import datetime as dt
import gc
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from meetingdesk.db.engine import DatabaseTarget
from meetingdesk.domain.model import DelegationKind
from meetingdesk.domain.values import Desk
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.demo import DEMO_PASSPHRASE
from meetingdesk.services.registry import DelegateFields
from meetingdesk.services.setup import EventDetails
from tests.pg_server import BIN, ThrowawayServer

PG_ADMIN_URL = os.environ.get("MEETINGDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
IN_CI = bool(os.environ.get("CI"))
MADRID = dt.timezone(dt.timedelta(hours=1))  # CET, as Madrid in December


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def set_local(self, hhmm: str, day: int = 3) -> None:
        hour, minute = map(int, hhmm.split(":"))
        self.now = dt.datetime(2026, 12, day, hour, minute, tzinfo=MADRID).astimezone(dt.UTC)


@pytest.fixture(autouse=True)
def badge_passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test event's badge key opens with the demo's passphrase, given to the
    command line and to desk processes the way a script gives it."""
    monkeypatch.setenv("MEETINGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    return DEMO_PASSPHRASE


@pytest.fixture(autouse=True, scope="module")
def collect_garbage() -> Iterator[None]:
    """Garbage collected after every test module, so a file or connection its
    tests left open is reported by that module, every time, not by whichever
    test the collector happens to run in (after every test would double the
    suite's time)."""
    yield
    gc.unfreeze()  # what a desk window froze (meetingdesk.qt.app) is collected too
    gc.collect()


@pytest.fixture(autouse=True)
def log_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The desk's log file goes to the test's own folder, never the user's."""
    folder = tmp_path / "logs"
    monkeypatch.setenv("MEETINGDESK_LOG_DIR", str(folder))
    return folder


@pytest.fixture
def clock() -> FakeClock:
    c = FakeClock(dt.datetime(2026, 12, 3, 8, 0, tzinfo=dt.UTC))
    return c


def _pg_admin():  # type: ignore[no-untyped-def]
    import psycopg

    url = PG_ADMIN_URL.replace("postgresql+psycopg://", "postgresql://")
    return psycopg.connect(url, autocommit=True, connect_timeout=3)


def _pg_available() -> str | None:
    """None when the server answers, else why not."""
    try:
        with _pg_admin() as conn:
            conn.execute("SELECT 1")
    except Exception as exc:  # any failure to connect means: no server here
        return f"PostgreSQL at {PG_ADMIN_URL} is not reachable ({exc.__class__.__name__}: {exc})"
    return None


_PG_REASON: list[str | None] = []


def require_postgres() -> None:
    if not _PG_REASON:
        _PG_REASON.append(_pg_available())
    reason = _PG_REASON[0]
    if reason is not None:
        if IN_CI:
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated database to copy per test (CREATE DATABASE ... TEMPLATE is fast)."""
    require_postgres()
    from meetingdesk.db.migrate import open_engine

    name = f"mdtest_tmpl_{uuid.uuid4().hex[:10]}"
    with _pg_admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    engine = open_engine(_pg_url(name))
    engine.dispose()
    yield name
    with _pg_admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _pg_url(name: str) -> str:
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/{name}".replace("postgresql://", "postgresql+psycopg://", 1)


@pytest.fixture
def pg_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh PostgreSQL database of this test's own, dropped afterwards."""
    template = request.getfixturevalue("pg_template")
    name = f"mdtest_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield _pg_url(name)
    with _pg_admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, made once and copied per test."""
    from meetingdesk.db.migrate import open_engine

    path = tmp_path_factory.mktemp("template") / "migrated.sqlite3"
    open_engine(path).dispose()
    return path


def migrated_copy(template: Path, path: Path) -> Path:
    """The template as a test's own database file (owner-only, as meetingdesk makes them)."""
    shutil.copyfile(template, path)
    path.chmod(0o600)
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each service test runs on a real SQLite file and on a real PostgreSQL database."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        return str(migrated_copy(template, tmp_path / "desk.sqlite3"))
    url: str = request.getfixturevalue("pg_database")
    return url


@dataclass
class Meeting:
    """The small event of the service tests, with ids the tests need."""

    services: Services
    clock: FakeClock
    desk: Desk
    people: dict[str, int]  # a short handle -> delegate id
    sessions: list[int]

    def code(self, who: str) -> str:
        return self.services.registry.delegate(self.people[who]).badge_code

    def payload(self, who: str) -> str:
        return self.services.registry.scan_payload(self.people[who])


PEOPLE = {
    # handle: (given, family, native name, delegation, category)
    "nunez": ("Begoña", "Núñez Ibáñez", None, "Spain", "DEL"),
    "dorde": ("Đorđe", "Đukić", "Ђорђе Ђукић", "Serbia", "DEL"),
    "jovanovic_cyr": ("Јован", "Јовановић", None, "Serbia", "DEL"),
    "jovanovic_lat": ("Milica", "Jovanović", "Милица Јовановић", "Serbia", "DEL"),
    "papadopoulos": ("Nikolaos", "Papadopoulos", "Νικόλαος Παπαδόπουλος", "Greece", "DEL"),
    "papa_greek": ("Ελένη", "Παπαδοπούλου", None, "Greece", "DEL"),
    "isik": ("İpek", "Işık", None, "Türkiye", "DEL"),
    "ismail": ("İsmail", "Yıldız", None, "Türkiye", "DEL"),
    "celik": ("Mehmet", "Çelik", None, "Türkiye", "DEL"),
    "hoxhe": ("Blerta", "Hoxhë", None, "Albania", "DEL"),
    "masry": ("Youssef", "El-Masry", "يوسف المصري", "Egypt", "MPC"),
    "muller": ("Jürgen", "Müller", None, "UNODC", "IO"),
    "press": ("Ana", "Silva", None, "Press", "MEDIA"),
}


def build_meeting(services: Services, clock: FakeClock) -> Meeting:
    registry, setup = services.registry, services.setup
    desk = Desk("Desk 1", "alice")
    setup.create_event(
        EventDetails(
            title="Police Experts Meeting",
            venue="Hotel Chamartín",
            city="Madrid",
            organiser="Chairmanship",
            start_date=dt.date(2026, 12, 3),
            end_date=dt.date(2026, 12, 4),
            time_zone="Europe/Madrid",
        ),
        desk,
        passphrase=DEMO_PASSPHRASE,
    )
    setup.add_category("DEL", "Delegation of a participating State", "#1F4E9A")
    setup.add_category("MPC", "Mediterranean Partner", "#00796B")
    setup.add_category("IO", "International Organization", "#6A1B9A")
    setup.add_category("MEDIA", "Media", "#F9A825", requires_id_check=True)
    delegations = {
        name: setup.add_delegation(name, kind)
        for name, kind in [
            ("Spain", DelegationKind.PARTICIPATING_STATE),
            ("Serbia", DelegationKind.PARTICIPATING_STATE),
            ("Greece", DelegationKind.PARTICIPATING_STATE),
            ("Türkiye", DelegationKind.PARTICIPATING_STATE),
            ("Albania", DelegationKind.PARTICIPATING_STATE),
            ("Egypt", DelegationKind.PARTNER_STATE),
            ("UNODC", DelegationKind.INTERNATIONAL_ORGANIZATION),
            ("Press", DelegationKind.MEDIA),
        ]
    }
    people = {}
    for handle, (given, family, native, delegation, category) in PEOPLE.items():
        summary, _ = registry.register_walk_in(
            DelegateFields(
                given_name=given,
                family_name=family,
                native_name=native,
                delegation_id=delegations[delegation],
                category_code=category,
            ),
            desk,
            check_in=False,
        )
        people[handle] = summary.id
    local = dt.timezone(dt.timedelta(hours=1))
    sessions = [
        setup.add_session(
            "Opening session",
            "Sala Madrid",
            dt.datetime(2026, 12, 3, 9, 0, tzinfo=local),
            dt.datetime(2026, 12, 3, 9, 45, tzinfo=local),
        ),
        setup.add_session(
            "Session I: Threats",
            "Sala Madrid",
            dt.datetime(2026, 12, 3, 10, 0, tzinfo=local),
            dt.datetime(2026, 12, 3, 12, 30, tzinfo=local),
        ),
        setup.add_session(
            "Session II: Co-operation",
            "Sala Castilla",
            dt.datetime(2026, 12, 3, 14, 0, tzinfo=local),
            dt.datetime(2026, 12, 3, 17, 0, tzinfo=local),
        ),
    ]
    return Meeting(services, clock, desk, people, sessions)


@pytest.fixture
def meeting(db_target: str, clock: FakeClock) -> Iterator[Meeting]:
    services = open_services(db_target, clock=clock)
    try:
        yield build_meeting(services, clock)
    finally:
        services.close()


@pytest.fixture
def sqlite_meeting(tmp_path: Path, clock: FakeClock, sqlite_template: Path) -> Iterator[Meeting]:
    services = open_services(migrated_copy(sqlite_template, tmp_path / "desk.sqlite3"), clock=clock)
    try:
        yield build_meeting(services, clock)
    finally:
        services.close()


def target_of(meeting: Meeting) -> DatabaseTarget:
    return meeting.services.target


@pytest.fixture
def throwaway_server() -> Iterator[ThrowawayServer]:
    if not BIN or (shutil.which("runuser") is None and os.geteuid() == 0):
        reason = "PostgreSQL's initdb and pg_ctl are not installed here"
        if IN_CI:
            pytest.fail(f"CI must run the offline test: {reason}")
        pytest.skip(reason)
    folder = Path("/tmp") / f"mdpg-{uuid.uuid4().hex[:8]}"  # short: socket paths are limited
    throwaway = ThrowawayServer(folder)
    throwaway.init()
    throwaway.start()
    yield throwaway
    with contextlib.suppress(subprocess.CalledProcessError):  # stopped by the test already
        throwaway.stop()
    shutil.rmtree(folder, ignore_errors=True)


def live_per_delegate(services: Services) -> list[int]:
    """The live check-ins of each delegate checked in, read from ``services``."""
    from sqlalchemy import func, select

    from meetingdesk.domain.model import CheckIn

    with services.uow.read() as uow:
        return list(
            uow.db.execute(
                select(func.count())
                .select_from(CheckIn)
                .where(CheckIn.undone_at.is_(None))
                .group_by(CheckIn.delegate_id)
            ).scalars()
        )


def live_checkins(services: Services) -> tuple[int, int]:
    """(live check-ins, delegates with more than one), read from ``services``."""
    per = live_per_delegate(services)
    return sum(per), sum(1 for n in per if n > 1)
