"""Hostile files and input, as a careless or hostile user brings them: every case
ends in one clear line (never a traceback), leaves the database as it was, and
keeps memory under 500 MB.

Each file goes through the real command in a process of its own, so that a
case that read too much would show in that process's peak memory."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from meetingdesk.cli import main
from meetingdesk.domain.errors import ValidationError
from meetingdesk.domain.values import Desk, Outcome
from meetingdesk.services.registry import DelegateFields
from tests.conftest import Meeting

MEMORY_LIMIT_KB = 500 * 1024
HEADER = "First name,Last name,Country,Category"


def zip_bomb(path: Path) -> Path:
    """A workbook of about 3 MB whose sheet unpacks to 3 GB of the same byte."""
    book = io.BytesIO()
    Workbook().save(book)
    with zipfile.ZipFile(io.BytesIO(book.getvalue())) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            block = b"<row>" + b" " * (1024 * 1024) + b"</row>"
            for _ in range(3000):
                sheet.write(block)
    assert path.stat().st_size < 4 * 1024 * 1024
    return path


def workbook(path: Path, build: object) -> Path:
    book = Workbook()
    build(book)  # type: ignore[operator]
    book.save(path)
    return path


def hidden_first_sheet(book: Workbook) -> None:
    hidden = book.active
    hidden.title = "Old list"
    hidden.append(["First name", "Last name", "Country", "Category"])
    hidden.append(["Secret", "Person", "Spain", "DEL"])
    hidden.sheet_state = "hidden"
    shown = book.create_sheet("Current list")
    shown.append(["First name", "Last name", "Country", "Category"])
    shown.append(["Ana", "Visible", "Spain", "DEL"])
    book.active = 1


def formula_without_value(book: Workbook) -> None:
    sheet = book.active
    sheet.append(["First name", "Last name", "Country", "Category"])
    sheet.append(["Ana", "García", "Spain", "DEL"])
    sheet.append(["Luis", '=CONCAT(A2,"z")', "Spain", "DEL"])  # saved with no value


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("hostile") / "event.sqlite3"
    assert main(["demo", "--db", str(db), "--delegates", "40", "--seed", "2"]) == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def state(db: Path) -> str:
    """The database as its bytes are (WAL included)."""
    digest = hashlib.sha256(db.read_bytes())
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


def command(db: Path, *argv: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meetingdesk", *argv, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin.decode() if stdin is not None else None,
    )


# The reader's own high-water mark, from the kernel, printed as it exits: the
# rusage of a child also counts the test process's memory it was forked from.
PEAK = (
    "import atexit, runpy, sys\n"
    "def peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            sys.stderr.write(f'VmHWM {line.split()[1]}\\n')\n"
    "atexit.register(peak)\n"
    "sys.argv[0] = 'meetingdesk'\n"
    "runpy.run_module('meetingdesk', run_name='__main__')\n"
)


def measured(db: Path, *argv: str) -> tuple[subprocess.CompletedProcess[str], int]:
    """``command``, and the most memory that very program held (KB), read by
    the kernel after it started (not counting the process it was forked from)."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK, *argv, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    lines = done.stderr.splitlines()
    peaks = [int(line.split()[1]) for line in lines if line.startswith("VmHWM ")]
    assert len(peaks) == 1, done.stderr
    done.stderr = "\n".join(line for line in lines if not line.startswith("VmHWM ")) + "\n"
    return done, peaks[0]


FILES = {
    "zip bomb": (lambda d: zip_bomb(d / "bomb.xlsx"), "bomb.xlsx: the workbook unpacks to"),
    "endless file": (lambda d: Path("/dev/zero"), "/dev/zero: larger than 50 MB: not a list"),
    "a folder": (lambda d: d, "is a folder, not a list"),
    "formula without value": (
        lambda d: workbook(d / "formula.xlsx", formula_without_value),
        "line 3, column B: a formula without a computed value",
    ),
    "control character": (
        lambda d: _text(d / "bell.csv", f"{HEADER}\nAna,Gar\x07cía,Spain,DEL\n"),
        "line 2, column B (Last name): a control character (U+0007)",
    ),
    "byte-order mark inside": (
        lambda d: _text(d / "bom.csv", f"{HEADER}\nAna,\ufeffGarcía,Spain,DEL\n"),
        "line 2, column B (Last name): a control character (U+FEFF)",
    ),
    "NUL": (
        lambda d: _bytes(d / "nul.csv", f"{HEADER}\nAna,Gar\x00cía,Spain,DEL\n".encode()),
        "not a text file (it contains binary data)",
    ),
    "not a workbook": (
        lambda d: _bytes(d / "fake.xlsx", b"PK\x03\x04 not really a zip file"),
        "fake.xlsx: not a readable Excel workbook",
    ),
}


def _text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", FILES)
def test_hostile_files_get_a_clear_line_and_change_nothing(
    demo: Path, tmp_path: Path, case: str
) -> None:
    make, says = FILES[case]
    path = make(tmp_path)  # type: ignore[no-untyped-call]
    before = state(demo)
    done, peak = measured(demo, "import", str(path))
    assert done.returncode in (2, 4), done.stderr
    assert says in done.stderr
    assert "Traceback" not in done.stderr and "Error:" not in done.stderr
    assert state(demo) == before
    assert peak < MEMORY_LIMIT_KB, f"the reader took {peak // 1024} MB"


def test_the_visible_active_sheet_is_read_not_a_hidden_one(demo: Path, tmp_path: Path) -> None:
    path = workbook(tmp_path / "two sheets.xlsx", hidden_first_sheet)
    done = command(demo, "import", str(path), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "Excel workbook, sheet 'Current list', 1 rows" in done.stdout
    assert "1 to add" in done.stdout


@pytest.mark.parametrize(
    ("argv", "status", "says"),
    [
        (["checkin", "MD2K7QF" + "é" * 114], 4, "code not valid"),
        (["search", " ".join(["word"] * 1000)], 2, "too long: at most 8 words"),
        (["checkin", "AB23CD45", "--desk", "D" * 100], 2, "desk: longer than 60 characters"),
        (["checkin", "AB23CD45", "--operator", "o" * 61], 2, "operator: longer than 60"),
        (["checkin", "AB23CD45", "--desk", "Desk\x1b[2J"], 2, "desk: a control character"),
    ],
    ids=[
        "scan-non-ascii",
        "1000-words",
        "long-desk",
        "long-operator",
        "escape-in-desk",
    ],
)
def test_hostile_input_gets_a_clear_line(
    demo: Path, argv: list[str], status: int, says: str
) -> None:
    done = command(demo, *argv)
    assert done.returncode == status, done.stderr
    assert says in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_a_whole_document_number_is_refused_before_anything_is_stored(demo: Path) -> None:
    with sqlite3.connect(demo) as conn:
        (code,) = conn.execute(
            "SELECT badge_code FROM delegate JOIN category ON category.id = category_id"
            " WHERE requires_id_check AND status = 'registered' LIMIT 1"
        ).fetchone()
    before = state(demo)
    for argv, says in (
        (["--id-document", "Passport ESP X1234567", "--id-last-four", "4567"], "kind of document"),
        (["--id-document", "passport", "--id-last-four", "X1234567"], "last four letters"),
    ):
        done = command(demo, "checkin", code, *argv)
        assert done.returncode == 2 and says in done.stderr, done.stderr
    assert state(demo) == before


def test_a_refused_scan_is_audited(demo: Path) -> None:
    with sqlite3.connect(demo) as conn:
        before = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    done = command(demo, "checkin", "MD2K7QF" + "é" * 114)
    assert (done.returncode, done.stdout.strip()) == (
        4,
        "code not valid: not a meetingdesk badge code",
    )
    with sqlite3.connect(demo) as conn:
        after = conn.execute(
            "SELECT count(*), max(action) FROM audit_entry WHERE seq > ?", (before,)
        ).fetchone()
    assert after == (1, "checkin.refused")


def test_another_programs_sqlite_file_is_left_alone(tmp_path: Path) -> None:
    foreign = tmp_path / "browser-history.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE visits (url TEXT)")
        conn.execute("INSERT INTO visits VALUES ('https://example.org')")
    before = foreign.read_bytes()
    done = command(foreign, "sessions")
    assert done.returncode == 1
    assert "is another program's database (tables visits): meetingdesk leaves it alone" in (
        done.stderr
    )
    assert foreign.read_bytes() == before
    assert not foreign.with_name(foreign.name + "-wal").exists()
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("not a database at all")
    done = command(text_file, "sessions")
    assert done.returncode == 1 and "is not a meetingdesk database" in done.stderr
    assert text_file.read_text() == "not a database at all"


def test_output_into_a_closed_pipe_ends_quietly(demo: Path) -> None:
    reader = subprocess.Popen(
        [sys.executable, "-m", "meetingdesk", "search", "a", "--limit", "50", "--db", str(demo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.close()  # as `| head -0` does
    err = reader.stderr.read().decode()
    reader.stderr.close()
    assert reader.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_names_with_control_characters_stored_before_print_harmlessly(
    demo: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "old.sqlite3"
    with sqlite3.connect(demo) as source, sqlite3.connect(copy) as target:
        source.backup(target)
        target.execute(
            "UPDATE delegate SET badge_name = 'Ana\x1b[31mRED\x07' WHERE id = 1"
        )  # as a list imported before 0.2 could leave it
        code = target.execute("SELECT badge_code FROM delegate WHERE id = 1").fetchone()[0]
    done = command(copy, "search", code)
    assert done.returncode == 0
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "Ana\\u001b[31mRED\\u0007" in done.stdout


def test_lengths_are_checked_before_the_database(meeting: Meeting) -> None:
    """On both engines: PostgreSQL would refuse with the values in its message."""
    registry = meeting.services.registry
    spain = next(d.id for d in registry.delegations() if d.name == "Spain")
    for field, value in (("function", "x" * 301), ("phone", "5" * 41), ("honorific", "H" * 41)):
        with pytest.raises(ValidationError) as refused:
            registry.register_walk_in(
                DelegateFields("Ana", "García", spain, "DEL", **{field: value}),
                meeting.desk,
                check_in=False,
            )
        assert refused.value.field == field
    with pytest.raises(ValidationError):
        Desk("D" * 61, "ana")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.one_of(st.text(max_size=300), st.text(max_size=140).map(lambda t: "MD2" + t)))
def test_any_scanned_text_is_answered(sqlite_meeting: Meeting, text: str) -> None:
    result = sqlite_meeting.services.checkin.check_in(text, sqlite_meeting.desk)
    assert result.outcome in (Outcome.REFUSED, Outcome.NOT_FOUND)
