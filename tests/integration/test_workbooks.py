"""Exports opened by a real spreadsheet program: LibreOffice (headless) reads every
CSV and XLSX export, and what it read is checked against the database: the
header, every row, times as real dates, columns wide enough for their content,
a filter on the header, and formulas nowhere."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import update

from meetingdesk.domain.model import Delegate
from meetingdesk.services.exporting import ExportService
from tests.conftest import IN_CI, Meeting

INJECTION = '=HYPERLINK("http://evil.example","click")'


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        reason = (
            "LibreOffice is not installed (Debian: libreoffice-calc-nogui; .ci/run installs it)"
        )
        if IN_CI:
            pytest.fail(f"CI must read the exports back: {reason}")
        pytest.skip(reason)
    return found


def convert(files: list[Path], out: Path, profile: Path, infilter: str | None = None) -> None:
    argv = [
        soffice(),
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        str(out),
    ]
    if infilter is not None:
        argv.append(f"--infilter={infilter}")
    done = subprocess.run(
        [*argv, *map(str, files)],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "HOME": str(profile)},
    )
    assert done.returncode == 0, done.stderr
    for file in files:
        assert (out / f"{file.stem}.xlsx").exists(), done.stdout + done.stderr


@pytest.fixture
def busy(sqlite_meeting: Meeting) -> Meeting:
    m = sqlite_meeting
    with m.services.uow.write() as uow:
        uow.db.execute(
            update(Delegate).where(Delegate.id == m.people["celik"]).values(function=INJECTION)
        )
        uow.commit()
    for who, at in (("nunez", "09:05"), ("dorde", "09:20"), ("celik", "10:02")):
        m.clock.set_local(at)
        m.services.checkin.check_in(m.payload(who), m.desk)
    m.clock.set_local("09:10")
    m.services.attendance.record(m.sessions[0], m.payload("nunez"), m.desk)
    return m


def shown(value: object) -> str:
    """A cell as a spreadsheet shows it."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def rows_of(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_libreoffice_reads_every_export_as_written(busy: Meeting, tmp_path: Path) -> None:
    exports = ExportService(busy.services.uow, busy.clock)
    kinds = ("attendance", "participants", "checkins", "statistics")
    written = {kind: exports.write(kind, "xlsx", tmp_path / f"{kind}.xlsx") for kind in kinds}
    (tmp_path / "comma").mkdir()
    (tmp_path / "semicolon").mkdir()
    comma = {
        kind: exports.write(kind, "csv", tmp_path / "comma" / f"{kind}.csv")
        for kind in ("participants", "checkins")
    }
    semicolon = {
        kind: exports.write(kind, "csv", tmp_path / "semicolon" / f"{kind}.csv", delimiter=";")
        for kind in ("participants", "checkins")
    }
    profile = tmp_path / "libreoffice-profile"
    read = tmp_path / "read"
    convert(list(written.values()), read, profile)
    convert(list(comma.values()), read / "comma", profile, "CSV:44,34,76,1")
    convert(list(semicolon.values()), read / "semicolon", profile, "CSV:59,34,76,1")

    for kind in kinds:
        ours, theirs = written[kind], read / f"{kind}.xlsx"
        report = exports.build(kind)
        mine = load_workbook(ours)
        again = load_workbook(theirs)
        assert mine.sheetnames == again.sheetnames
        for sheet, table in zip(mine.worksheets, report.sheets, strict=True):
            assert sheet.freeze_panes == "A2"
            assert sheet["A1"].font.b
            seen = again[sheet.title]
            assert seen.auto_filter.ref is not None
            cells = [list(r) for r in seen.iter_rows(values_only=True)]
            assert cells[0] == table.headers
            assert len(cells) == len(table.rows) + 1
            for column in range(len(table.headers)):
                longest = max(
                    [len(table.headers[column])]
                    + [len(shown(row[column])) for row in table.rows if row[column] is not None]
                )
                width = seen.column_dimensions[get_column_letter(column + 1)].width
                assert width >= min(longest, 60), (kind, sheet.title, column, width, longest)

    checkins = rows_of(read / "checkins.xlsx")
    assert checkins[0][:2] == ["Time", "What"]
    first = checkins[1]
    assert first[0] == dt.datetime(2026, 12, 3, 9, 5)  # a real date and time, local
    assert {"Mehmet Çelik", "Begoña Núñez Ibáñez", "Đorđe Đukić"} <= {r[4] for r in checkins}
    attendance = rows_of(read / "attendance.xlsx")
    nunez = next(r for r in attendance if r[1] == "Begoña Núñez Ibáñez")
    assert nunez[4] == dt.time(9, 10)

    participants = rows_of(read / "participants.xlsx")
    functions = {r[5] for r in participants}
    assert INJECTION in functions  # text, never a formula LibreOffice would have computed

    for folder, csvs in (("comma", comma), ("semicolon", semicolon)):
        for kind in csvs:
            table = rows_of(read / folder / f"{kind}.xlsx")
            report = exports.build(kind)
            assert table[0] == report.sheets[0].headers
            assert len(table) == len(report.sheets[0].rows) + 1
        names = {r[4] for r in rows_of(read / folder / "participants.xlsx")}
        assert {"Núñez Ibáñez", "Đukić", "Јовановић", "Παπαδοπούλου", "El-Masry"} <= names
        # An injection is shown as the text it is (with the apostrophe that makes it inert).
        assert "'" + INJECTION in {r[5] for r in rows_of(read / folder / "participants.xlsx")}
