"""CSV and XLSX exports: safe to open in any spreadsheet program."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from meetingdesk.files import atomic_output
from meetingdesk.reports.cells import csv_row
from meetingdesk.reports.model import Report
from meetingdesk.reports.xlsx import write_workbook


def write_csv(
    report: Report, path: Path, delimiter: str = ",", protected: Sequence[Path] = ()
) -> None:
    """The report's first table, UTF-8 with a byte-order mark (so Excel reads the
    accents), comma or semicolon separated (Spanish Excel opens the latter)."""
    if delimiter not in (",", ";", "\t"):
        raise ValueError("the delimiter is a comma, a semicolon or a tab")
    sheet = report.sheets[0]

    with (
        atomic_output(path, list(protected)) as target,
        target.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(csv_row(sheet.headers))
        for row in sheet.rows:
            writer.writerow(csv_row(row))


def workbook_sheets(report: Report) -> list[tuple[str, list[str], list[list[Any]]]]:
    """The report's tables as workbook sheets: names a spreadsheet accepts
    (31 characters, none of []:*?/\\), each once."""
    used: set[str] = set()
    sheets = []
    for sheet in report.sheets:
        title = "".join(c for c in sheet.name if c not in "[]:*?/\\")[:31] or "Sheet"
        while title in used:
            title = title[:28] + f"({len(used)})"
        used.add(title)
        sheets.append((title, sheet.headers, sheet.rows))
    return sheets


def write_xlsx(report: Report, path: Path, protected: Sequence[Path] = ()) -> None:
    """Every table of the report, one sheet each; every cell a text, a number or a
    date, never a formula."""
    with atomic_output(path, list(protected)) as target:
        write_workbook(target, workbook_sheets(report))
