"""CSV and XLSX exports: safe to open in any spreadsheet program."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from meetingdesk.reports.cells import csv_row, text
from meetingdesk.reports.model import Report


def _replace_into(path: Path, write: object) -> None:
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        write(partial)  # type: ignore[operator]
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()


def write_csv(report: Report, path: Path, delimiter: str = ",") -> None:
    """The report's first table, UTF-8 with a byte-order mark (so Excel reads the
    accents), comma or semicolon separated (Spanish Excel opens the latter)."""
    if delimiter not in (",", ";", "\t"):
        raise ValueError("the delimiter is a comma, a semicolon or a tab")
    sheet = report.sheets[0]

    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
            writer.writerow(csv_row(sheet.headers))
            for row in sheet.rows:
                writer.writerow(csv_row(row))

    _replace_into(path, write)


def write_xlsx(report: Report, path: Path) -> None:
    """Every table of the report, one sheet each; every cell a string or a number,
    never a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    def write(target: Path) -> None:
        book = Workbook(write_only=True)
        bold = Font(bold=True)
        used: set[str] = set()
        for sheet in report.sheets:
            title = "".join(c for c in sheet.name if c not in "[]:*?/\\")[:31] or "Sheet"
            while title in used:
                title = title[:28] + f"({len(used)})"
            used.add(title)
            page = book.create_sheet(title)
            header = []
            for name in sheet.headers:
                cell = WriteOnlyCell(page, value=name)
                cell.data_type = "s"
                cell.font = bold
                header.append(cell)
            page.append(header)
            for row in sheet.rows:
                cells = []
                for value in row:
                    if isinstance(value, int | float) and not isinstance(value, bool):
                        cells.append(value)
                        continue
                    cell = WriteOnlyCell(page, value=text(value))
                    cell.data_type = "s"  # "=1+2" stays the text "=1+2"
                    cells.append(cell)
                page.append(cells)
        book.save(target)

    _replace_into(path, write)
