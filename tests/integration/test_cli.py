"""The command line, as an organiser or a script uses it: one line, a telling exit status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from meetingdesk.cli import main
from meetingdesk.services.app import open_services


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--delegates", "120", "--seed", "7"]) == 0
    return path


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> str:
    """A copy per test, so check-ins in one test do not leak into another."""
    import sqlite3

    copy = tmp_path / "copy.sqlite3"
    with sqlite3.connect(demo_db) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    return str(copy)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def code_of(db: str, query: str) -> str:
    services = open_services(db, create=False)
    try:
        return services.search.search(query).hits[0].badge_code
    finally:
        services.close()


def payload_of(db: str, query: str) -> str:
    services = open_services(db, create=False)
    try:
        hit = services.search.search(query).hits[0]
        return services.registry.scan_payload(hit.delegate_id)
    finally:
        services.close()


def test_search_prints_tab_separated_matches_best_first(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    status, out, _ = run(capsys, "search", "јован", "--db", db)
    assert status == 0
    first = out.splitlines()[0].split("\t")
    assert first[1:] == ["Jovan Jovanović", "Serbia", "DEL", "registered"]
    assert len(first[0]) == 8


def test_search_says_when_there_are_more(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    status, out, err = run(capsys, "search", "a", "--db", db, "--limit", "3")
    assert status == 0
    assert len(out.splitlines()) == 3
    assert "more than 3 matches" in err


def test_search_nothing_found(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "search", "qqqqq", "--db", db)[0] == 5


def test_checkin_exit_statuses(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    payload = payload_of(db, "papadopoulos nikolaos")
    status, out, _ = run(capsys, "checkin", payload, "--db", db, "--desk", "Desk 2")
    assert (status, out) == (0, "checked in: Nikolaos Papadopoulos, Greece\n")

    status, out, _ = run(capsys, "checkin", payload.lower(), "--db", db)
    assert status == 3
    assert out.startswith("already checked in at ") and out.endswith(" at Desk 2\n")

    assert run(capsys, "checkin", payload[:-2] + "22", "--db", db)[0] == 4
    assert run(capsys, "checkin", "NOPE2345", "--db", db)[0] == 5


def test_undo_checkin(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code = code_of(db, "celik")
    assert run(capsys, "checkin", code, "--db", db)[0] == 0
    status, out, _ = run(capsys, "undo-checkin", code, "--db", db)
    assert status == 0 and out.startswith("check-in undone")
    assert run(capsys, "undo-checkin", code, "--db", db)[0] == 3


def test_attend_by_title_prefix(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code = code_of(db, "hoxhe")
    status, out, _ = run(capsys, "attend", "open", code, "--db", db)
    assert (status, out) == (0, "admitted to Opening session: Blerta Hoxhë\n")
    assert run(capsys, "attend", "1", code, "--db", db)[0] == 3
    status, _, err = run(capsys, "attend", "session", code, "--db", db)
    assert status == 2 and "matches 4 sessions" in err


def test_sessions(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    status, out, _ = run(capsys, "sessions", "--db", db)
    lines = [line.split("\t") for line in out.splitlines()]
    assert status == 0
    assert lines[0] == [
        "1",
        "Opening session",
        "Sala Madrid",
        "2026-12-03 09:00",
        "2026-12-03 09:45",
    ]
    assert len(lines) == 6


def test_audit_verify(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "checkin", code_of(db, "celik"), "--db", db)
    status, out, _ = run(capsys, "audit-verify", "--db", db)
    assert (status, out) == (0, "audit log intact: 2 entries\n")
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE audit_entry SET operator = 'mallory' WHERE seq = 2")
    status, _, err = run(capsys, "audit-verify", "--db", db)
    assert status == 1 and "audit entry 2: was changed" in err


def test_new_event_then_refuse_a_second(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "real.sqlite3")
    args = [
        "new-event",
        "--db",
        db,
        "--title",
        "Police Experts Meeting",
        "--venue",
        "Hotel Chamartín",
        "--start",
        "2027-03-01",
        "--end",
        "2027-03-02",
    ]
    assert run(capsys, *args)[0] == 0
    status, _, err = run(capsys, *args)
    assert status == 2 and "already holds an event" in err


def test_errors_are_one_clear_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    status, out, err = run(capsys, "search", "x", "--db", str(tmp_path / "missing.sqlite3"))
    assert status == 1
    assert err.startswith("meetingdesk: error: there is no database at ")
    assert "Traceback" not in err and out == ""


def test_db_option_before_the_command_and_environment(db: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "--db", db, "search", "celik")[0] == 0
    monkeypatch.setenv("MEETINGDESK_DB", db)
    assert run(capsys, "search", "celik")[0] == 0


def test_usage_error_exits_2(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["checkin"]) == 2
    assert "the following arguments are required: TEXT" in capsys.readouterr().err


def test_python_dash_m_help_documents_exit_statuses() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "meetingdesk", "checkin", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "3 already done" in done.stdout
    assert "5 not found" in done.stdout


def test_badges_and_reprint(db: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "dels.pdf"
    status, stdout, _ = run(
        capsys,
        "badges",
        "--db",
        db,
        "--out",
        str(out),
        "--category",
        "mpc",
        "--layout",
        "a4-4up-a6",
    )
    assert status == 0
    printed = int(stdout.split()[0])
    assert out.exists() and printed > 0
    assert f"on {(printed + 3) // 4} pages (a4-4up-a6)" in stdout
    assert "recorded as printed" not in stdout  # a PDF is only a file

    status, stdout, _ = run(
        capsys, "badges", "--db", db, "--out", str(out), "--category", "mpc", "--not-printed"
    )
    assert status == 0 and int(stdout.split()[0]) == printed
    status, stdout, _ = run(
        capsys,
        "badges",
        "--db",
        db,
        "--out",
        str(out),
        "--category",
        "mpc",
        "--mark-printed",
    )
    assert status == 0 and stdout.endswith(f"; {printed} recorded as printed\n")
    status, _, err = run(
        capsys, "badges", "--db", db, "--out", str(out), "--category", "mpc", "--not-printed"
    )
    assert (status, err) == (5, "nobody to print: no badge matches the choice\n")

    code = code_of(db, "celik")
    old = payload_of(db, "celik")
    status, stdout, _ = run(
        capsys, "reprint", code, "--reason", "lost", "--db", db, "--out", str(tmp_path / "r.pdf")
    )
    assert status == 0
    assert "reprinted as generation 2 (lost)" in stdout
    status, stdout, _ = run(
        capsys,
        "reprint",
        code,
        "--reason",
        "lost",
        "--generation",
        "1",
        "--db",
        db,
        "--out",
        str(tmp_path / "r2.pdf"),
        "--desk",
        "Desk 7",
    )
    assert status == 3
    assert "reprinted just now at " in stdout and "it is at generation 2" in stdout
    assert not (tmp_path / "r2.pdf").exists()
    status, stdout, _ = run(capsys, "checkin", old, "--db", db)
    assert status == 4 and stdout.startswith("badge revoked: reprinted at ")

    status, _, err = run(capsys, "badges", "--db", db, "--out", str(out), "--layout", "poster")
    assert status == 2 and "no layout called 'poster'" in err
    status, _, err = run(capsys, "badges", "--db", db, "--out", str(out), "--only", "NOPE2345")
    assert status == 5 and "NOPE2345" in err
