"""Every export read back and checked against the database; none of them can run
anything in a spreadsheet."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import update

from meetingdesk.domain.model import Delegate, DelegationKind
from meetingdesk.reports.pdf import write_pdf
from meetingdesk.reports.tabular import write_csv, write_xlsx
from meetingdesk.services.exporting import ExportService
from meetingdesk.services.registry import DelegateFields
from tests.conftest import Meeting


@pytest.fixture
def busy(sqlite_meeting: Meeting) -> Meeting:
    m = sqlite_meeting
    opening, first = m.sessions[0], m.sessions[1]
    m.clock.set_local("08:50")
    for who in ("nunez", "dorde", "papadopoulos", "masry"):
        m.services.checkin.check_in(m.code(who), m.desk)
    m.clock.set_local("09:02")
    for who in ("nunez", "dorde", "masry"):
        m.services.attendance.record(opening, m.code(who), m.desk)
    m.clock.set_local("10:05")
    m.services.attendance.record(first, m.code("dorde"), m.desk)
    m.services.checkin.check_in("MD1" + "Z" * 35, m.desk)  # a refused scan
    m.services.registry.set_cancelled(m.people["hoxhe"], True, m.desk)
    return m


def exporter(m: Meeting) -> ExportService:
    return ExportService(m.services.uow, m.clock)


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))


def test_attendance_matrix_and_lists(busy: Meeting, tmp_path: Path) -> None:
    report = exporter(busy).build("attendance")
    write_csv(report, tmp_path / "a.csv")
    write_xlsx(report, tmp_path / "a.xlsx")
    write_pdf(report, tmp_path / "a.pdf")
    rows = read_csv(tmp_path / "a.csv")
    header, body = rows[0], rows[1:]
    assert header[:5] == [
        "Delegation",
        "Name",
        "Category",
        "Badge code",
        "Opening session (2026-12-03 09:00)",
    ]
    by_name = {r[1]: r for r in body}
    assert by_name["Đorđe Đukić"][4:7] == ["09:02", "10:05", ""]
    assert by_name["Mehmet Çelik"][4:7] == ["", "", ""]
    assert "Blerta Hoxhë" not in by_name  # cancelled
    per_column = [sum(1 for r in body if r[4 + i]) for i in range(3)]
    assert per_column == [busy.services.attendance.count(s) for s in busy.sessions]
    book = load_workbook(tmp_path / "a.xlsx", read_only=True)
    # Sheet names lose the characters Excel forbids in them (":").
    assert book.sheetnames == [
        "Attendance",
        "Opening session",
        "Session I Threats",
        "Session II Co-operation",
    ]
    opening = list(book["Opening session"].iter_rows(values_only=True))
    book.close()  # a read-only workbook keeps its file open until closed
    assert len(opening) == 1 + 3
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "a.pdf").pages)
    assert "Opening session — Sala Madrid, 2026-12-03 09:00 (3 present)" in " ".join(text.split())


def test_participants_in_protocol_order(busy: Meeting, tmp_path: Path) -> None:
    registry = busy.services.registry
    serbia = next(d.id for d in registry.delegations() if d.name == "Serbia")
    registry.register_walk_in(
        DelegateFields(
            "Zoran", "Zec", serbia, "DEL", head_of_delegation=True, function="Ambassador"
        ),
        busy.desk,
        check_in=False,
    )
    report = exporter(busy).build("participants")
    write_xlsx(report, tmp_path / "p.xlsx")
    write_pdf(report, tmp_path / "p.pdf")
    rows = list(load_workbook(tmp_path / "p.xlsx").active.iter_rows(values_only=True))[1:]
    delegations = list(dict.fromkeys(r[1] for r in rows))
    # Albania's only delegate cancelled: Albania is not listed.
    assert delegations == ["Greece", "Serbia", "Spain", "Türkiye", "Egypt", "UNODC", "Press"]
    serbian = [r for r in rows if r[1] == "Serbia"]
    assert serbian[0][3:5] == ("Zoran", "Zec")  # the head of delegation first
    assert serbian[0][6] == "yes"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "p.pdf").pages).split())
    assert "PARTICIPATING STATES" in text
    assert (
        text.index("PARTICIPATING STATES")
        < text.index("PARTNERS FOR CO-OPERATION")
        < text.index("INTERNATIONAL ORGANIZATIONS")
    )
    assert "Zoran ZEC, Ambassador (Head of Delegation)" in text
    assert "Blerta HOXHË" not in text  # cancelled


def test_french_protocol_order(busy: Meeting) -> None:
    germany = busy.services.setup.add_delegation(
        "Germany", DelegationKind.PARTICIPATING_STATE, "DE"
    )
    from sqlalchemy import update

    from meetingdesk.domain.model import Delegation

    with busy.services.uow.write() as uow:
        for english, french in (
            ("Germany", "Allemagne"),
            ("Spain", "Espagne"),
            ("Greece", "Grèce"),
            ("Albania", "Albanie"),
        ):
            uow.db.execute(
                update(Delegation).where(Delegation.name == english).values(name_fr=french)
            )
        uow.commit()
    busy.services.registry.register_walk_in(
        DelegateFields("Hans", "Weber", germany, "DEL"), busy.desk, check_in=False
    )
    english = [d.name for d in exporter(busy).participants("en").groups[0].delegations]
    french = [d.name for d in exporter(busy).participants("fr").groups[0].delegations]
    # (Albania's only delegate has cancelled.)
    assert english == ["Germany", "Greece", "Serbia", "Spain", "Türkiye"]
    assert french == ["Allemagne", "Espagne", "Grèce", "Serbia", "Türkiye"]


def test_checkins_log(busy: Meeting, tmp_path: Path) -> None:
    report = exporter(busy).build("checkins")
    write_csv(report, tmp_path / "c.csv", ";")
    text = tmp_path.joinpath("c.csv").read_text("utf-8-sig").splitlines()
    assert text[0] == "Time;What;Desk;Operator;Name;Delegation;Badge code;Detail"
    whats = [line.split(";")[1] for line in text[1:]]
    assert whats.count("check-in") == 4
    assert whats.count("attendance") == 4
    assert whats.count("check-in refused") == 1
    assert text[1].startswith("2026-12-03 08:50;check-in;Desk 1;alice;Begoña Núñez Ibáñez;Spain")


def test_statistics_and_paper_sheets(busy: Meeting, tmp_path: Path) -> None:
    report = exporter(busy).build("statistics")
    write_xlsx(report, tmp_path / "s.xlsx")
    write_pdf(report, tmp_path / "s.pdf")
    by_category = list(
        load_workbook(tmp_path / "s.xlsx")["By category"].iter_rows(values_only=True)
    )
    assert ("Delegation of a participating State", 9, 3, "33%") in by_category
    by_session = list(load_workbook(tmp_path / "s.xlsx")["By session"].iter_rows(values_only=True))
    assert [r[2] for r in by_session[1:]] == [3, 1, 0]
    text = " ".join(PdfReader(tmp_path / "s.pdf").pages[-1].extract_text().split())
    assert "Attendance by session" in text
    sheets = exporter(busy).build("sheets")
    write_pdf(sheets, tmp_path / "sheets.pdf")
    pages = PdfReader(tmp_path / "sheets.pdf").pages
    assert len(pages) >= 1 + 3  # the lists, then one sign-in sheet per session
    assert "Sign-in sheet: Session II: Co-operation" in pages[-1].extract_text()


PAYLOADS = [
    "=1+2",
    "+1",
    "-1",
    "@SUM(1)",
    "\t=1+2",
    "\r=1+2",
    '=HYPERLINK("http://x","y")',
    '", =1+2, "',
    "'; =1+2; '",
]


def ooxml_text(value: str) -> str:
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m[1], 16)), value)


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_formula_injection_is_inert(sqlite_meeting: Meeting, tmp_path: Path, payload: str) -> None:
    m = sqlite_meeting
    registry = m.services.registry
    spain = next(d.id for d in registry.delegations() if d.name == "Spain")
    person, _ = registry.register_walk_in(
        DelegateFields("Plain", "Name", spain, "DEL"), m.desk, check_in=True
    )
    # Planted as a list imported by an older version could have left them: the
    # exports must be inert whatever the database holds (today's input checks refuse
    # the control characters among them before they are stored).
    with m.services.uow.write() as uow:
        uow.db.execute(
            update(Delegate)
            .where(Delegate.id == person.id)
            .values(
                given_name=payload,
                family_name="X" + payload,
                honorific=payload,
                function=payload,
                badge_name=payload + " X",
            )
        )
        uow.commit()
    for kind in ("participants", "attendance", "checkins"):
        report = exporter(m).build(kind)
        write_csv(report, tmp_path / f"{kind}.csv")
        write_csv(report, tmp_path / f"{kind}-semi.csv", ";")
        write_xlsx(report, tmp_path / f"{kind}.xlsx")
        for name in (f"{kind}.csv", f"{kind}-semi.csv"):
            delimiter = ";" if "semi" in name else ","
            data = (tmp_path / name).read_text("utf-8-sig")
            for row in csv.reader(io.StringIO(data), delimiter=delimiter):
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
        book = load_workbook(tmp_path / f"{kind}.xlsx")
        values = []
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (kind, cell.value)  # never a formula
                    values.append(cell.value)
        if kind == "participants":  # the text itself is kept, as text
            # (decoded as spreadsheet programs do: _x000D_ is a carriage return,
            # which XML itself could not keep; openpyxl leaves the escape as it is)
            shown = {ooxml_text(str(v)).strip() for v in values if v}
            assert payload.strip() in shown
