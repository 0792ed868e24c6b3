"""The demo event: realistic, varied, and the same for the same seed."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from meetingdesk.services.app import open_services
from meetingdesk.services.demo import build_demo


def build(path: Path, delegates: int, seed: int) -> list[tuple[object, ...]]:
    services = open_services(path)
    try:
        assert build_demo(services, delegates=delegates, seed=seed) == delegates
    finally:
        services.close()
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT badge_code, honorific, given_name, family_name, native_name, function,"
            " delegation_id, category_id, head_of_delegation, status FROM delegate ORDER BY id"
        ).fetchall()


def test_same_seed_same_delegates(tmp_path: Path) -> None:
    assert build(tmp_path / "a.sqlite3", 150, 3) == build(tmp_path / "b.sqlite3", 150, 3)
    assert build(tmp_path / "c.sqlite3", 150, 4) != build(tmp_path / "d.sqlite3", 150, 3)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build(path, 300, 1)
    return sqlite3.connect(path)


def test_the_meeting(demo: sqlite3.Connection) -> None:
    title, city, zone = demo.execute("SELECT title, city, time_zone FROM event").fetchone()
    assert title.startswith("OSCE Police Experts Meeting")
    assert (city, zone) == ("Madrid", "Europe/Madrid")
    days = demo.execute(
        "SELECT count(DISTINCT date(starts_at)), count(*) FROM meeting_session"
    ).fetchone()
    assert days[0] == 2 and 4 <= days[1] <= 6


def test_every_kind_of_attendee(demo: sqlite3.Connection) -> None:
    kinds = {
        k
        for (k,) in demo.execute(
            "SELECT DISTINCT g.kind FROM delegate d JOIN delegation g ON g.id = d.delegation_id"
        )
    }
    assert kinds >= {
        "participating_state",
        "partner_state",
        "international_organization",
        "ngo",
        "osce_structure",
    }
    orgs = {n for (n,) in demo.execute("SELECT name FROM delegation")}
    assert {"INTERPOL", "Europol", "Council of Europe"} <= orgs


@pytest.mark.parametrize(
    ("script", "low", "high"),
    [
        ("Cyrillic", "\u0400", "\u04ff"),
        ("Greek", "\u0370", "\u03ff"),
        ("Arabic", "\u0600", "\u06ff"),
    ],
)
def test_names_in_their_own_script(
    demo: sqlite3.Connection, script: str, low: str, high: str
) -> None:
    natives = [
        n for (n,) in demo.execute("SELECT native_name FROM delegate WHERE native_name IS NOT NULL")
    ]
    assert any(any(low <= ch <= high for ch in name) for name in natives), script


def test_heads_cancellations_long_names_and_invented_addresses(demo: sqlite3.Connection) -> None:
    heads, cancelled, longest, foreign_mail = demo.execute(
        "SELECT sum(head_of_delegation), sum(status = 'cancelled'), max(length(badge_name)),"
        " sum(email NOT LIKE '%.example') FROM delegate"
    ).fetchone()
    assert heads >= 10
    assert cancelled >= 1
    assert longest >= 60
    assert foreign_mail == 0


def test_demo_refuses_an_existing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from meetingdesk.cli import main

    path = tmp_path / "x.sqlite3"
    assert main(["demo", "--db", str(path), "--delegates", "5"]) == 0
    assert main(["demo", "--db", str(path)]) == 2
    assert "exists already" in capsys.readouterr().err


@pytest.mark.parametrize("local", ["00:05", "10:20", "23:40", "23:59:30"])
def test_a_demo_made_at_any_hour_is_in_progress(tmp_path: Path, local: str) -> None:
    """`meetingdesk --demo` at any hour: the first day is today and a session is
    running now (just after midnight and in the day's last minute too)."""
    from zoneinfo import ZoneInfo

    madrid = ZoneInfo("Europe/Madrid")
    clock_time = dt.time.fromisoformat(local)
    now = dt.datetime.combine(dt.date(2026, 11, 29), clock_time, tzinfo=madrid)
    services = open_services(tmp_path / "demo.sqlite3", clock=lambda: now)
    try:
        build_demo(services, delegates=40, today=True)
        running = services.attendance.current_session()
        assert running is not None
        assert running.starts_at <= now <= running.ends_at, (running, now)
        assert services.setup.event().start_date == now.date()
    finally:
        services.close()
