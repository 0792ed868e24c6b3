"""Reprints and output files that tell the truth, on SQLite and PostgreSQL.

A reprint is one step: the new badge is rendered first, then one transaction
raises the generation; a printer that refuses, a cancel, an impossible output
file or a crash revokes nothing. Desks racing to reprint one badge get exactly
one new generation, and every PDF carries the generation the database holds.
No command writes over the database, and a full disk leaves nothing behind."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import func, select

from meetingdesk.cli import main as cli
from meetingdesk.domain.model import AuditEntry, BadgeIssue
from meetingdesk.domain.values import Desk, JobOutcome, Outcome, PrintJobResult, Refusal
from meetingdesk.files import OutputProblem, OutputRefused
from meetingdesk.services import audit
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.badges import ReprintOutcome
from tests.conftest import Meeting

ROOT = Path(__file__).resolve().parents[2]


def qr_payloads(pdf: Path) -> list[str]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [
            code.text
            for page in document
            for code in zxingcpp.read_barcodes(page.render(scale=3).to_pil())
        ]
    finally:
        document.close()


def audit_length(services: Services) -> int:
    with services.uow.read() as uow:
        return int(uow.db.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


def printer(outcome: JobOutcome, sent: list[Path]) -> object:
    """A print system at the edge of the test: it sees the finished PDF."""

    def send(pdf: Path) -> PrintJobResult:
        assert pdf.read_bytes().startswith(b"%PDF")
        sent.append(pdf)
        return PrintJobResult(outcome, 1, "Badge printer")

    return send


@pytest.mark.parametrize("outcome", [JobOutcome.REFUSED, JobOutcome.CANCELLED])
def test_a_reprint_the_printer_did_not_take_revokes_nothing(
    meeting: Meeting, tmp_path: Path, outcome: JobOutcome
) -> None:
    services, who = meeting.services, meeting.people["nunez"]
    old, entries = meeting.payload("nunez"), audit_length(meeting.services)
    sent: list[Path] = []
    result = services.badges.reprint(
        who, "lost", meeting.desk, tmp_path / "new.pdf", send=printer(outcome, sent)
    )
    assert (
        result.outcome
        is {
            JobOutcome.REFUSED: ReprintOutcome.PRINT_REFUSED,
            JobOutcome.CANCELLED: ReprintOutcome.PRINT_CANCELLED,
        }[outcome]
    )
    assert (result.generation, result.detail) == (1, "Badge printer")
    assert len(sent) == 1  # the printer saw the new badge; nothing else happened
    assert not (tmp_path / "new.pdf").exists()
    assert services.registry.delegate(who).badge_generation == 1
    assert audit_length(services) == entries
    with services.uow.read() as uow:
        assert uow.db.execute(select(BadgeIssue)).first() is None
    assert services.checkin.check_in(old, meeting.desk).outcome is Outcome.DONE


def test_a_reprint_the_printer_took_is_one_step(meeting: Meeting, tmp_path: Path) -> None:
    services, who = meeting.services, meeting.people["masry"]
    old = meeting.payload("masry")
    sent: list[Path] = []
    result = services.badges.reprint(
        who, "damaged", meeting.desk, tmp_path / "new.pdf", send=printer(JobOutcome.ACCEPTED, sent)
    )
    assert (result.outcome, result.generation, result.printed) == (ReprintOutcome.DONE, 2, True)
    assert qr_payloads(tmp_path / "new.pdf") == [meeting.payload("masry")]
    assert services.badges.is_printed(who)
    with services.uow.read() as uow:
        issue = uow.db.execute(select(BadgeIssue)).scalar_one()
        assert (issue.generation, issue.desk, issue.reason) == (2, "Desk 1", "damaged")
        assert issue.printed_at is not None
        assert audit.verify(uow.db) > 0
    refused = services.checkin.check_in(old, meeting.desk)
    assert refused.refusal is Refusal.REVOKED


def test_a_reprint_seen_at_an_older_generation_changes_nothing(
    meeting: Meeting, tmp_path: Path
) -> None:
    services, who = meeting.services, meeting.people["isik"]
    services.badges.reprint(who, "lost", Desk("Desk 2", "bob"), tmp_path / "first.pdf")
    result = services.badges.reprint(
        who, "lost", meeting.desk, tmp_path / "second.pdf", expected_generation=1
    )
    assert result.outcome is ReprintOutcome.SUPERSEDED
    assert result.generation == 2
    assert result.by is not None and (result.by.desk, result.by.operator) == ("Desk 2", "bob")
    assert not (tmp_path / "second.pdf").exists()
    assert qr_payloads(tmp_path / "first.pdf") == [meeting.payload("isik")]


@pytest.mark.parametrize(
    ("where", "problem"),
    [
        ("missing/new.pdf", OutputProblem.NO_FOLDER),
        ("a-folder", OutputProblem.IS_FOLDER),
        ("a-file/new.pdf", OutputProblem.NOT_A_FOLDER),
    ],
)
def test_a_reprint_to_an_impossible_file_leaves_the_badge_as_it_was(
    meeting: Meeting, tmp_path: Path, where: str, problem: OutputProblem
) -> None:
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "a-file").write_text("not a folder")
    services, who = meeting.services, meeting.people["celik"]
    entries = audit_length(services)
    with pytest.raises(OutputRefused) as refused:
        services.badges.reprint(who, "lost", meeting.desk, tmp_path / where)
    assert refused.value.problem is problem
    assert services.registry.delegate(who).badge_generation == 1
    assert audit_length(services) == entries
    assert services.checkin.check_in(meeting.payload("celik"), meeting.desk).ok


# --- the command line ------------------------------------------------------------------


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "event.sqlite3"
    assert cli(["demo", "--db", str(path), "--delegates", "40", "--seed", "3"]) == 0
    return path


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def first_code(db: str) -> tuple[str, int]:
    services = open_services(db, create=False)
    try:
        ids, _ = services.badges.select()
        person = services.registry.delegate(ids[0])
        return person.badge_code, person.id
    finally:
        services.close()


@pytest.mark.parametrize("companion", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize(
    "command",
    [
        ["export", "participants", "--format", "csv"],
        ["export", "attendance", "--format", "xlsx"],
        ["export", "statistics", "--format", "pdf"],
        ["badges"],
        ["reprint", "CODE", "--reason", "lost"],
        ["backup"],
    ],
    ids=lambda c: c[0] if len(c) == 1 or c[0] != "export" else f"export-{c[3]}",
)
def test_no_command_writes_over_the_database(
    demo_file: Path, command: list[str], companion: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = first_code(str(demo_file))
    before = dump(demo_file)
    target = demo_file.with_name(demo_file.name + companion)
    argv = [code if part == "CODE" else part for part in command]
    status = cli([*argv, "--db", str(demo_file), "--out", str(target)])
    err = capsys.readouterr().err
    assert status == 2
    assert "is the database (or its log or a copy of it)" in err
    assert dump(demo_file) == before
    if target.exists():
        assert not target.read_bytes().startswith((b"%PDF", b"PK", b"\xef\xbb\xbf"))


def test_no_command_writes_over_a_copy_taken_before_an_upgrade(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = demo_file.with_name(f"{demo_file.name}.before-0006-20261129T080000Z.bak")
    shutil.copy(demo_file, copy)
    before = copy.read_bytes()
    assert cli(["badges", "--db", str(demo_file), "--out", str(copy)]) == 2
    assert copy.read_bytes() == before
    assert "is the database" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("where", "says"),
    [
        ("nowhere/list.csv", "does not exist"),
        (".", "is a folder"),
        ("event.sqlite3/list.csv", "is a file, not a folder"),
    ],
)
def test_impossible_output_paths_get_a_clear_line(
    demo_file: Path, where: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = demo_file.parent / where
    status = cli(
        ["export", "participants", "--format", "csv", "--db", str(demo_file), "--out", str(out)]
    )
    err = capsys.readouterr().err
    assert status == 2
    assert says in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_cli_reprint_to_an_impossible_file_revokes_nothing(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = first_code(str(demo_file))
    before = dump(demo_file)
    status = cli(
        [
            "reprint",
            code,
            "--reason",
            "lost",
            "--db",
            str(demo_file),
            "--out",
            str(tmp_path / "no" / "such" / "folder" / "badge.pdf"),
        ]
    )
    assert status == 2
    assert "does not exist" in capsys.readouterr().err
    assert dump(demo_file) == before


def _unshare() -> list[str]:
    if shutil.which("unshare") is None:
        pytest.skip("util-linux's unshare is not installed")
    return ["unshare", "--mount"] if os.geteuid() == 0 else ["unshare", "-rm"]


def test_a_full_disk_leaves_no_partial_file(demo_file: Path, tmp_path: Path) -> None:
    """Writes onto a real 4 KiB file system (tmpfs, in a mount namespace of the
    test's own), full long before the PDF is."""
    small = tmp_path / "small"
    small.mkdir()
    script = (
        f"mount -t tmpfs -o size=4k none {small} && "
        f"{sys.executable} -m meetingdesk export participants --format pdf"
        f" --db {demo_file} --out {small}/list.pdf; echo status=$?; ls -A {small}"
    )
    done = subprocess.run(
        [*_unshare(), "sh", "-c", script], capture_output=True, text=True, timeout=120
    )
    assert "status=1" in done.stdout, done.stderr
    assert done.stdout.strip().endswith("status=1")  # and the folder is empty
    assert f"{small}/list.pdf: the disk is full: nothing was written" in done.stderr
    assert "Traceback" not in done.stderr


def run_reprint(
    db: str, code: str, out: Path, desk: str, generation: int | None = None
) -> subprocess.Popen[str]:
    argv = [
        sys.executable,
        "-m",
        "meetingdesk",
        "reprint",
        code,
        "--reason",
        "lost",
        "--db",
        db,
        "--out",
        str(out),
        "--desk",
        desk,
        "--operator",
        "op",
    ]
    if generation is not None:
        argv += ["--generation", str(generation)]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def raced(db_target: str, tmp_path: Path) -> str:
    # The demo wants a new file (an empty server database will do).
    target = str(tmp_path / "raced.sqlite3") if db_target.endswith(".sqlite3") else db_target
    assert cli(["demo", "--db", target, "--delegates", "20", "--seed", "9"]) == 0
    return target


@pytest.mark.slow
def test_four_desks_reprinting_one_badge_at_once(raced: str, tmp_path: Path) -> None:
    code, who = first_code(raced)
    for round_number in range(3):
        generation = round_number + 1
        outs = [tmp_path / f"round{round_number}-desk{d}.pdf" for d in range(4)]
        workers = [
            run_reprint(raced, code, out, f"Desk {d + 1}", generation) for d, out in enumerate(outs)
        ]
        results = [(w.wait(timeout=120), *w.communicate()) for w in workers]
        statuses = sorted(status for status, _, _ in results)
        assert statuses == [0, 3, 3, 3], results
        assert not any("Traceback" in err for _, _, err in results)
        winner = next(i for i, (status, _, _) in enumerate(results) if status == 0)
        for status, out, _ in results:
            if status == 3:
                assert "reprinted just now at Desk " in out
                assert f"it is at generation {generation + 1}" in out
        services = open_services(raced, create=False)
        try:
            assert services.registry.delegate(who).badge_generation == generation + 1
            assert qr_payloads(outs[winner]) == [services.registry.scan_payload(who)]
        finally:
            services.close()
        assert [out.exists() for out in outs].count(True) == 1


@pytest.mark.slow
def test_sigkill_during_fifty_reprints_never_leaves_a_badge_without_its_successor(
    demo_file: Path, tmp_path: Path
) -> None:
    db = str(demo_file)
    code, who = first_code(db)
    rng = random.Random(12)
    started = time.monotonic()
    first = run_reprint(db, code, tmp_path / "run-00.pdf", "Desk 1")
    first.communicate(timeout=120)
    assert first.returncode == 0
    duration = time.monotonic() - started
    # Every other run (drawn with a fixed seed) is killed at a random point of its
    # expected duration; the others run to their end, so both endings are covered
    # whatever the machine's speed.
    killed = completed = 0
    for run_number in range(1, 50):
        worker = run_reprint(db, code, tmp_path / f"run-{run_number:02d}.pdf", "Desk 1")
        if rng.random() < 0.5:
            try:
                worker.wait(timeout=rng.uniform(0.05, 0.9) * duration)
            except subprocess.TimeoutExpired:
                worker.send_signal(signal.SIGKILL)
                killed += 1
        worker.wait(timeout=120)
        worker.communicate()
        completed += worker.returncode == 0
        services = open_services(db, create=False)
        try:
            generation = services.registry.delegate(who).badge_generation
            current = services.registry.scan_payload(who)
        finally:
            services.close()
        # The badge now valid exists as a PDF: every earlier one is revoked.
        assert any(current in qr_payloads(pdf) for pdf in sorted(tmp_path.glob("run-*.pdf"))), (
            run_number,
            generation,
        )
    assert killed >= 1 and completed >= 10  # kills landed mid-run, and runs completed
    with sqlite3.connect(demo_file) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert cli(["audit-verify", "--db", db]) == 0
