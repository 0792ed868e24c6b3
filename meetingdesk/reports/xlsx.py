"""Workbooks that open readably: XlsxWriter, in constant-memory mode, with
formulas, numbers and links never guessed from text (every text stays text, so
nothing in a workbook can run), a bold frozen header with a filter, columns as
wide as their content, and times and dates as real spreadsheet dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

MAX_WIDTH = 60  # characters: a long function title wraps in the cell instead
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"


def column_letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _shown_length(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return len(DATETIME_FORMAT)
    if isinstance(value, dt.date):
        return len(DATE_FORMAT)
    if isinstance(value, dt.time):
        return len(TIME_FORMAT)
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def write_workbook(
    path: Path, sheets: Iterable[tuple[str, Sequence[str], Sequence[Sequence[object]]]]
) -> None:
    """``sheets``: (name, headers, rows). Texts are written as text, numbers as
    numbers, ``datetime``, ``date`` and ``time`` as spreadsheet dates."""
    import xlsxwriter  # only when a workbook is written

    workbook = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
            "nan_inf_to_errors": True,
        },
    )
    header = workbook.add_format({"bold": True, "bottom": 1})
    formats: dict[type, Any] = {
        dt.datetime: workbook.add_format({"num_format": DATETIME_FORMAT}),
        dt.date: workbook.add_format({"num_format": DATE_FORMAT}),
        dt.time: workbook.add_format({"num_format": TIME_FORMAT}),
    }
    wrapped = workbook.add_format({"text_wrap": True, "valign": "top"})
    try:
        for name, headers, rows in sheets:
            sheet = workbook.add_worksheet(name)
            # Widths first: in constant-memory mode rows go to disk as they are written.
            widths = [len(h) for h in headers]
            for row in rows:
                for index, value in enumerate(row):
                    if index >= len(widths):
                        widths.append(0)
                    widths[index] = max(widths[index], _shown_length(value))
            for index, width in enumerate(widths):
                fitted = min(width, MAX_WIDTH) + 2
                sheet.set_column(index, index, fitted, wrapped if width > MAX_WIDTH else None)
            sheet.write_row(0, 0, headers, header)
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, max(len(rows), 1), max(len(headers), 1) - 1)
            for number, row in enumerate(rows, start=1):
                for index, value in enumerate(row):
                    if value is None or value == "":
                        continue
                    if isinstance(value, bool):
                        sheet.write_string(number, index, "yes" if value else "no")
                    elif isinstance(value, int | float):
                        sheet.write_number(number, index, value)
                    elif isinstance(value, dt.datetime | dt.date | dt.time):
                        sheet.write_datetime(number, index, value, formats[type(value)])
                    else:
                        sheet.write_string(number, index, str(value))
    finally:
        workbook.close()
