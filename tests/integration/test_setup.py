"""Setting up a real meeting from an empty database, on the command line, on SQLite
and on PostgreSQL: the OSCE preset, categories, delegations and sessions added,
edited and removed, then the meeting run from a delegate list to the last
export. Every bad input gets one clear line and changes nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sqlite3
from importlib.resources import files
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from meetingdesk.cli import main as cli
from meetingdesk.domain.model import AuditEntry, DelegationKind
from meetingdesk.domain.values import Desk
from meetingdesk.services.app import open_services
from meetingdesk.services.reference import countries, preset
from meetingdesk.services.registry import DelegateFields
from meetingdesk.services.setup import (
    CategoryValues,
    EventDetails,
    Problem,
    Row,
    Section,
    SetupChanges,
    SetupError,
)
from tests.conftest import Meeting


def test_the_osce_preset() -> None:
    chosen = preset("osce")
    kinds = [d.kind for d in chosen.delegations]
    assert kinds.count(DelegationKind.PARTICIPATING_STATE) == 57
    assert kinds.count(DelegationKind.PARTNER_STATE) == 11
    assert len(countries()) == 249
    assert all(d.country_code in countries() for d in chosen.delegations)
    assert len({d.country_code for d in chosen.delegations}) == 68
    assert all(d.name_en and d.name_fr for d in chosen.delegations)
    assert {"Holy See", "Mongolia", "North Macedonia", "Türkiye"} <= {
        d.name for d in chosen.delegations
    }
    assert {c.code for c in chosen.categories} == {
        "DEL",
        "PC",
        "IO",
        "NGO",
        "OSCE",
        "HOST",
        "MEDIA",
        "TECH",
    }
    assert all(set(c.badge_labels) >= {"en", "fr", "es", "ru"} for c in chosen.categories)
    source = json.loads(files("meetingdesk.resources").joinpath("presets/osce.json").read_text())
    assert "osce.org/participating-states" in source["_source"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def audit_length(db: str) -> int:
    services = open_services(db, create=False)
    try:
        with services.uow.read() as uow:
            return int(uow.db.execute(select(func.count()).select_from(AuditEntry)).scalar_one())
    finally:
        services.close()


LIST = """Nombre;Apellidos;Delegación;Categoría;Correo electrónico
Ana;García López;Spain;DEL;ana@example.org
Jovan;Јовановић;Serbia;DEL;jovan@example.org
Eleni;Papadopoulou;Greece;DEL;
Youssef;El-Masry;Egypt;PC;youssef@example.org
Maria;Rossi;Italy;VIP;maria@example.org
"""


def test_a_meeting_from_nothing_on_the_command_line(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = db_target
    status, out, _ = run(
        capsys,
        "new-event",
        "--db",
        db,
        "--title",
        "Police Experts Meeting",
        "--venue",
        "Hotel Chamartín",
        "--city",
        "Madrid",
        "--start",
        "2026-12-03",
        "--end",
        "2026-12-04",
        "--time-zone",
        "Europe/Madrid",
        "--preset",
        "osce",
        "--desk",
        "Set-up",
        "--operator",
        "eva",
    )
    assert status == 0 and "with the OSCE categories and delegations" in out

    status, out, _ = run(capsys, "event", "show", "--db", db)
    assert status == 0 and "time zone\tEurope/Madrid\n" in out

    status, out, _ = run(capsys, "delegation", "list", "--db", db)
    rows = [line.split("\t") for line in out.splitlines()]
    assert len(rows) == 68
    assert ["Spain", "participating-state", "ES", "Spain", "Espagne"] in rows
    assert ["Egypt", "partner", "EG", "Egypt", "Égypte"] in rows
    assert [r[0] for r in rows].index("United Kingdom") < [r[0] for r in rows].index(
        "United States of America"
    )

    assert run(
        capsys,
        "category",
        "add",
        "vip",
        "--label",
        "Ministers",
        "--colour",
        "#2E7D32",
        "--badge-label",
        "VIP",
        "--db",
        db,
    )[:2] == (0, "category VIP added\n")
    status, out, _ = run(capsys, "category", "list", "--db", db)
    assert "VIP\tMinisters\t#2E7D32\t\tVIP" in out.splitlines()
    assert "MEDIA\tMedia\t#F9A825\tid-check\tMedia" in out.splitlines()
    assert run(capsys, "category", "edit", "VIP", "--id-check", "--db", db)[1] == (
        "category VIP saved\n"
    )
    assert run(capsys, "category", "edit", "VIP", "--id-check", "--db", db)[1] == (
        "category VIP unchanged\n"
    )

    status, out, _ = run(
        capsys,
        "session",
        "add",
        "Opening session",
        "--day",
        "2026-12-03",
        "--start",
        "09:30",
        "--end",
        "10:15",
        "--room",
        "Sala Madrid",
        "--db",
        db,
    )
    assert status == 0
    session_id = re.match(r"session (\d+) added: Opening session", out).group(1)  # type: ignore[union-attr]
    status, out, _ = run(capsys, "sessions", "--db", db)
    assert out == (
        f"{session_id}\tOpening session\tSala Madrid\t2026-12-03 09:30\t2026-12-03 10:15\n"
    )
    assert run(capsys, "session", "edit", session_id, "--end", "10:30", "--db", db)[0] == 0
    assert (
        run(
            capsys, "delegation", "add", "UNODC", "--kind", "international-organisation", "--db", db
        )[0]
        == 0
    )

    source = tmp_path / "lista.csv"
    source.write_text(LIST, encoding="utf-8")
    status, out, err = run(capsys, "import", str(source), "--db", db)
    assert status == 0, err
    assert "imported: 5 added" in out

    status, out, _ = run(capsys, "search", "Јован", "--db", db)
    code = out.split("\t")[0]
    assert "\tJovan Јовановић\tSerbia\tDEL\tregistered" in out
    assert run(capsys, "checkin", code, "--db", db)[0] == 0  # typed code

    badges = tmp_path / "badges.pdf"
    status, out, _ = run(capsys, "badges", "--db", db, "--out", str(badges), "--mark-printed")
    assert status == 0 and out.startswith("5 badges on 5 pages")
    printed = " ".join(page.extract_text() for page in PdfReader(badges).pages)
    assert {"Ana García López", "Jovan Јовановић", "Maria Rossi"} <= set(printed.split("\n"))

    services = open_services(db, create=False)
    try:
        hit = services.search.search("rossi").hits[0]
        payload = services.registry.scan_payload(hit.delegate_id)
    finally:
        services.close()
    status, out, _ = run(capsys, "checkin", payload, "--db", db)
    assert status == 4 and "identity document" in out  # VIP now needs one
    assert (
        run(
            capsys,
            "checkin",
            payload,
            "--id-document",
            "passport",
            "--id-last-four",
            "1234",
            "--db",
            db,
        )[0]
        == 0
    )
    assert run(capsys, "attend", "Opening", payload, "--db", db)[0] == 0

    written = {}
    for kind, fmt in (
        ("attendance", "csv"),
        ("participants", "xlsx"),
        ("checkins", "csv"),
        ("statistics", "pdf"),
        ("sheets", "pdf"),
    ):
        out_file = tmp_path / f"{kind}.{fmt}"
        status, _, err = run(
            capsys, "export", kind, "--format", fmt, "--out", str(out_file), "--db", db
        )
        assert status == 0, err
        written[kind] = out_file
    attendance = list(csv.reader(io.StringIO(written["attendance"].read_text("utf-8-sig"))))
    assert attendance[0][:4] == ["Delegation", "Name", "Category", "Badge code"]
    assert any(row[1] == "Maria Rossi" and row[4] for row in attendance[1:])
    book = load_workbook(written["participants"], read_only=True)  # keeps the file open
    try:
        names = {row[4] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
    finally:
        book.close()
    assert {"García López", "Јовановић", "Rossi"} <= names
    checkins = written["checkins"].read_text("utf-8-sig")
    assert checkins.count("check-in,") == 2
    assert "Ministers" in " ".join(p.extract_text() for p in PdfReader(written["statistics"]).pages)
    assert run(capsys, "audit-verify", "--db", db)[0] == 0


@pytest.fixture
def ready(db_target: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert (
        cli(
            [
                "new-event",
                "--db",
                db_target,
                "--title",
                "T",
                "--venue",
                "V",
                "--start",
                "2026-12-03",
                "--end",
                "2026-12-04",
                "--time-zone",
                "Europe/Madrid",
                "--preset",
                "osce",
            ]
        )
        == 0
    )
    services = open_services(db_target, create=False)
    try:
        spain = next(d.id for d in services.registry.delegations() if d.name == "Spain")
        services.registry.register_walk_in(
            DelegateFields("Ana", "García", spain, "DEL"), Desk("Desk 1", "ana"), check_in=False
        )
        services.setup.add_session(
            "Opening",
            "Sala Madrid",
            dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            dt.datetime(2026, 12, 3, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        )
    finally:
        services.close()
    capsys.readouterr()
    return db_target


BAD = [
    (
        ["category", "remove", "DEL"],
        2,
        "meetingdesk: categories: DEL: used by 1 delegate(s) (Ana García): move them first\n",
    ),
    (
        ["delegation", "remove", "Spain"],
        2,
        "meetingdesk: delegations: Spain: used by 1 delegate(s) (Ana García): move them first\n",
    ),
    (["delegation", "add", "Atlantis", "--kind", "empire"], 2, "'empire' is not a kind"),
    (
        ["delegation", "add", "Atlantis", "--kind", "ngo", "--country", "XX"],
        2,
        "meetingdesk: delegations: country_code: 'XX' is not an ISO 3166 country code\n",
    ),
    (
        ["category", "add", "NEW", "--label", "New", "--colour", "red"],
        2,
        "meetingdesk: categories: colour: 'red' is not a colour like #1F4E9A\n",
    ),
    (
        ["category", "add", "del", "--label", "Again"],
        2,
        "meetingdesk: categories: code: 'DEL' exists already\n",
    ),
    (
        [
            "session",
            "add",
            "Late",
            "--day",
            "2026-12-03",
            "--start",
            "18:00",
            "--end",
            "17:00",
        ],
        2,
        "meetingdesk: sessions: end: the session ends before it starts\n",
    ),
    (
        [
            "session",
            "add",
            "Clash",
            "--day",
            "2026-12-03",
            "--start",
            "09:30",
            "--end",
            "10:30",
            "--room",
            "sala madrid",
        ],
        2,
        "meetingdesk: sessions: start: overlaps 'Opening', 09:00–10:00 in the same room\n",
    ),
    (
        ["session", "add", "Later", "--day", "2026-12-09", "--start", "09:00", "--end", "10:00"],
        2,
        "meetingdesk: sessions: day: the day is outside the event (2026-12-03 to 2026-12-04)\n",
    ),
    (["category", "edit", "NOPE", "--label", "x"], 5, "'NOPE' does not exist"),
    (
        ["session", "add", "Bad", "--day", "2026-12-03", "--start", "9h", "--end", "10:00"],
        2,
        "'9h' is not a time like 09:30",
    ),
]


@pytest.mark.parametrize(("argv", "status", "says"), BAD, ids=lambda v: str(v)[:40])
def test_bad_input_gets_one_clear_line_and_changes_nothing(
    ready: str, argv: list[str], status: int, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = audit_length(ready)
    got, _, err = run(capsys, *argv, "--db", ready)
    assert got == status
    assert says in err
    assert "Traceback" not in err
    assert audit_length(ready) == before


def test_a_save_with_a_mistake_saves_nothing(meeting: Meeting) -> None:
    setup = meeting.services.setup
    snapshot = setup.snapshot()
    before = snapshot.categories
    changed = [
        Row(r.id, CategoryValues(r.values.code, r.values.label + " (edited)", r.values.colour),
            r.original)
        for r in before
    ]  # fmt: skip
    changed.append(Row(None, CategoryValues("BAD", "Bad", "#12345")))
    with pytest.raises(SetupError) as raised:
        setup.save(SetupChanges(categories=changed), meeting.desk)
    assert (raised.value.section, raised.value.row, raised.value.field) == (
        Section.CATEGORIES,
        5,
        "colour",
    )
    assert raised.value.problem is Problem.BAD_COLOUR
    assert setup.snapshot().categories == before


def test_a_row_changed_at_another_desk_is_not_overwritten(meeting: Meeting) -> None:
    setup = meeting.services.setup
    loaded = setup.snapshot().categories[0]
    other = CategoryValues(loaded.values.code, "Changed at desk 2", loaded.values.colour)
    setup.save(SetupChanges(categories=[Row(loaded.id, other, loaded.original)]), meeting.desk)
    mine = CategoryValues(loaded.values.code, "Changed here", loaded.values.colour)
    with pytest.raises(SetupError) as raised:
        setup.save(SetupChanges(categories=[Row(loaded.id, mine, loaded.original)]), meeting.desk)
    assert raised.value.problem is Problem.CHANGED_ELSEWHERE
    assert setup.snapshot().categories[0].values.label == "Changed at desk 2"


def test_untouched_rows_write_no_audit_entry(meeting: Meeting) -> None:
    setup = meeting.services.setup
    snapshot = setup.snapshot()
    with meeting.services.uow.read() as uow:
        before = uow.db.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    report = setup.save(
        SetupChanges(
            event=snapshot.event,
            event_original=snapshot.event,
            sessions=snapshot.sessions,
            categories=snapshot.categories,
            delegations=snapshot.delegations,
        ),
        meeting.desk,
    )
    assert report.nothing
    with meeting.services.uow.read() as uow:
        after = uow.db.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    assert after == before


def test_a_new_event_gets_the_computers_time_zone_not_madrid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    db = str(tmp_path / "tokyo.sqlite3")
    argv = ["new-event", "--db", db, "--title", "T", "--venue", "V", "--start", "2026-12-03",
            "--end", "2026-12-03"]  # fmt: skip
    status, out, _ = run(capsys, *argv)
    assert status == 0 and out.endswith("(Asia/Tokyo)\n")
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT time_zone FROM event").fetchone() == ("Asia/Tokyo",)


def test_event_details_are_checked(meeting: Meeting) -> None:
    event = meeting.services.setup.snapshot().event
    for wrong, field in (
        ({"title": " "}, "title"),
        ({"end_date": dt.date(2026, 12, 1)}, "end_date"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"badge_language": "tlh"}, "badge_language"),
    ):
        values = {f: getattr(event, f) for f in event.__dataclass_fields__}
        values.update(wrong)
        with pytest.raises(SetupError) as raised:
            meeting.services.setup.update_event(EventDetails(**values), meeting.desk)
        assert raised.value.field == field
