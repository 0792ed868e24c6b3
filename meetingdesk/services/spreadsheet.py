"""Reading the lists delegations send: CSV as Excel writes it, and XLSX.

Encodings are detected, never guessed silently: a byte-order mark decides
(UTF-8, UTF-16); otherwise the file must be valid UTF-8, or else consist of
bytes that Windows-1252 (Excel's plain "CSV" on Spanish or French Windows)
defines, with no valid multi-byte UTF-8 sequence among them; a file that mixes
the two is broken and refused with the line of the first bad byte, rather than
turned into mojibake. The delimiter (comma, semicolon, tab) is read from the
header line. Every failure is a ``SpreadsheetError`` naming file, line and
column.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.reports.xlsx import column_letters

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
MAX_BYTES = 50 * 1024 * 1024  # no delegation list is larger; a bigger file is a mistake

# A UTF-8 sequence of two to four bytes: its presence means the writer used UTF-8.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


class SpreadsheetError(MeetingdeskError):
    """The file cannot be read as a list; says where and why."""

    def __init__(
        self, source: str, message: str, line: int | None = None, column: str | None = None
    ) -> None:
        where = source
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column {column}"
        super().__init__(f"{where}: {message}")
        self.source = source
        self.line = line
        self.column = column
        self.message = message


@dataclass(frozen=True, slots=True)
class Row:
    line: int  # as a spreadsheet program shows it (the header is line 1)
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    source: str
    kind: str  # "CSV" or "XLSX"
    encoding: str | None  # for CSV: how it was read
    delimiter: str | None
    headers: tuple[str, ...]
    rows: tuple[Row, ...]

    def describe(self) -> str:
        if self.kind == "XLSX":
            return "Excel workbook (first sheet)"
        return f"CSV, {self.encoding}, {DELIMITERS[self.delimiter or ',']}-separated"

    def column_name(self, index: int) -> str:
        """How a person finds the column: its letter in a spreadsheet, and header."""
        return f"{column_letters(index)} ({self.headers[index]})"


_LINE_BREAK = re.compile(rb"\r\n|\r|\n")


def _line_of(data: bytes, offset: int) -> int:
    return len(_LINE_BREAK.findall(data, 0, offset)) + 1


def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text and the name of the encoding it was read in."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, label, body = "utf-8", "UTF-8 with byte-order mark", data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        label, body = "UTF-16 (Excel Unicode text)", data[2:]
        try:
            return body.decode(encoding), label
        except UnicodeDecodeError as exc:
            raise SpreadsheetError(
                source,
                "not valid UTF-16 although it says so",
                line=body[: exc.start].decode(encoding, "replace").count("\n") + 1,
            ) from exc
    else:
        encoding, label, body = "utf-8", "UTF-8", data
    if b"\x00" in body:
        raise SpreadsheetError(
            source,
            "not a text file (it contains binary data)",
            line=_line_of(body, body.index(b"\x00")),
        )
    try:
        return body.decode(encoding), label
    except UnicodeDecodeError as exc:
        if label != "UTF-8" or _UTF8_MULTIBYTE.search(body):
            raise SpreadsheetError(
                source,
                f"byte 0x{body[exc.start]:02X} is not valid {label}: save the file as"
                " UTF-8 (CSV UTF-8 in Excel) and import it again",
                line=_line_of(body, exc.start),
            ) from exc
    undefined = next((i for i, b in enumerate(body) if b in _CP1252_UNDEFINED), None)
    if undefined is not None:
        raise SpreadsheetError(
            source,
            f"byte 0x{body[undefined]:02X} is neither UTF-8 nor Windows-1252: save the file"
            " as UTF-8 (CSV UTF-8 in Excel) and import it again",
            line=_line_of(body, undefined),
        )
    return body.decode("cp1252"), "Windows-1252"


def _delimiter(header_line: str, source: str) -> str:
    counts = {d: _count_outside_quotes(header_line, d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    if counts[best] == 0:
        raise SpreadsheetError(
            source,
            "the header has only one column: separate the columns with commas, semicolons or tabs",
            line=1,
        )
    return best


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def _check_headers(headers: Sequence[str], source: str) -> tuple[str, ...]:
    cleaned = tuple(h.strip() for h in headers)
    seen: dict[str, int] = {}
    for index, header in enumerate(cleaned):
        if not header:
            continue
        key = header.casefold()
        if key in seen:
            raise SpreadsheetError(
                source,
                f"the header {header!r} appears twice (columns {column_letters(seen[key])} and"
                f" {column_letters(index)}): rename or remove one",
                line=1,
                column=column_letters(index),
            )
        seen[key] = index
    if not any(cleaned):
        raise SpreadsheetError(source, "the first line has no column headers", line=1)
    return cleaned


def _finish(source: str, headers: tuple[str, ...], rows: list[Row]) -> list[Row]:
    if not rows:
        raise SpreadsheetError(source, "there are no rows under the header", line=1)
    width = len(headers)
    for row in rows:
        extra = row.values[width:]
        if any(v.strip() for v in extra):
            raise SpreadsheetError(
                source,
                f"this row has {len(row.values)} cells but the header only {width}",
                line=row.line,
                column=column_letters(width),
            )
    return rows


def read_csv_bytes(data: bytes, source: str) -> Table:
    if not data.strip():
        raise SpreadsheetError(source, "the file is empty")
    text, encoding = decode(data, source)
    first_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    delimiter = _delimiter(first_line, source)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise SpreadsheetError(source, "the file is empty") from None
    except csv.Error as exc:
        raise SpreadsheetError(source, f"cannot read the header ({exc})", line=1) from exc
    headers = _check_headers(header, source)
    rows: list[Row] = []
    line = reader.line_num
    try:
        for values in reader:
            start = line + 1
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue  # blank lines between blocks are common and harmless
            padded = tuple(values) + ("",) * (len(headers) - len(values))
            rows.append(Row(start, padded))
    except csv.Error as exc:
        raise SpreadsheetError(source, f"malformed CSV ({exc})", line=reader.line_num) from exc
    return Table(source, "CSV", encoding, delimiter, headers, tuple(_finish(source, headers, rows)))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phone numbers typed as numbers
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


_MERGE = re.compile(rb'<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _merged_header(data: bytes, source: str) -> None:
    """openpyxl's fast reader does not see merged cells; the sheet's XML does."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            sheets = sorted(
                n for n in archive.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml$", n)
            )
            if not sheets:
                return
            xml = archive.read(sheets[0])
    except (zipfile.BadZipFile, KeyError):
        return
    for first_col, first_row, last_col, last_row in _MERGE.findall(xml):
        if int(first_row) <= 1 <= int(last_row):
            cells = (
                f"{first_col.decode()}{first_row.decode()}:{last_col.decode()}{last_row.decode()}"
            )
            raise SpreadsheetError(
                source,
                f"the header has merged cells ({cells}): give every column its own header",
                line=1,
                column=first_col.decode(),
            )


def read_xlsx_bytes(data: bytes, source: str) -> Table:
    from openpyxl import load_workbook

    _merged_header(data, source)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a damaged workbook fails in many places inside openpyxl
        raise SpreadsheetError(
            source, f"not a readable Excel workbook ({exc.__class__.__name__})"
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        rows_iter: Iterator[tuple[object, ...]] = sheet.iter_rows(values_only=True)
        header_cells = next(rows_iter, None)
        if header_cells is None:
            raise SpreadsheetError(source, "the first sheet is empty")
        headers = list(_cell_text(v) for v in header_cells)
        while headers and not headers[-1]:
            headers.pop()
        headers_t = _check_headers(headers, source)
        rows: list[Row] = []
        for number, cells in enumerate(rows_iter, start=2):
            values = tuple(_cell_text(v) for v in cells)
            if not any(values):
                continue
            padded = values + ("",) * (len(headers_t) - len(values))
            rows.append(Row(number, padded))
    except SpreadsheetError:
        raise
    except Exception as exc:  # a damaged workbook fails in many places inside openpyxl
        raise SpreadsheetError(
            source, f"not a readable Excel workbook ({exc.__class__.__name__})"
        ) from exc
    finally:
        workbook.close()
    return Table(source, "XLSX", None, None, headers_t, tuple(_finish(source, headers_t, rows)))


def read_table_bytes(data: bytes, source: str) -> Table:
    if len(data) > MAX_BYTES:
        raise SpreadsheetError(source, f"larger than {MAX_BYTES // 1024 // 1024} MB")
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx_bytes(data, source)
    if source.lower().endswith((".xlsx", ".xlsm")):
        raise SpreadsheetError(source, "not an Excel workbook (.xlsx) although it is named so")
    return read_csv_bytes(data, source)


def read_table(path: Path) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpreadsheetError(str(path), f"cannot be read ({exc.strerror})") from exc
    return read_table_bytes(data, str(path))
