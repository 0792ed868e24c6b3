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
import enum
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from meetingdesk.domain.errors import BadInput
from meetingdesk.reports.xlsx import column_letters

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
MAX_BYTES = 50 * 1024 * 1024  # no delegation list is larger; a bigger file is a mistake
# A workbook is a zip file: what it may unpack to, and how many times smaller its
# parts may be packed. A "zip bomb" of three megabytes unpacks to gigabytes.
MAX_UNPACKED = 250 * 1024 * 1024
MAX_RATIO = 200
MAX_PARTS = 2_000
_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}

# A UTF-8 sequence of two to four bytes: its presence means the writer used UTF-8.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


class SheetProblem(enum.Enum):
    """Why a file cannot be read as a list, for a window to word (with ``facts``,
    given in the order its sentence names them)."""

    BAD_UTF16 = "bad_utf16"
    BINARY = "binary"
    BAD_BYTE = "bad_byte"  # byte, encoding
    NEITHER_ENCODING = "neither_encoding"  # byte
    ONE_COLUMN = "one_column"
    HEADER_TWICE = "header_twice"  # header, first, second
    NO_HEADERS = "no_headers"
    NO_ROWS = "no_rows"
    ROW_TOO_WIDE = "row_too_wide"  # cells, width
    EMPTY = "empty"
    MALFORMED = "malformed"  # detail
    NOT_A_WORKBOOK = "not_a_workbook"  # detail
    TOO_MANY_PARTS = "too_many_parts"  # parts
    UNPACKS_TOO_LARGE = "unpacks_too_large"  # unpacked_mb, packed_kb
    FORMULA_WITHOUT_VALUE = "formula_without_value"
    MERGED_HEADER = "merged_header"  # cells
    NO_VISIBLE_SHEET = "no_visible_sheet"
    EMPTY_SHEET = "empty_sheet"  # sheet
    TOO_LARGE = "too_large"  # mb
    NAMED_XLSX = "named_xlsx"  # named .xlsx, not a workbook
    IS_FOLDER = "is_folder"
    UNREADABLE = "unreadable"  # detail


class SpreadsheetError(BadInput):
    """The file cannot be read as a list; says where and why (``kind`` and
    ``facts`` for a window; the message is the command line's English)."""

    def __init__(
        self,
        source: str,
        message: str,
        line: int | None = None,
        column: str | None = None,
        kind: SheetProblem | None = None,
        **facts: object,
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
        self.kind = kind
        self.facts = facts


def not_a_workbook(source: str, detail: str) -> SpreadsheetError:
    """A file named or made like a workbook that cannot be read as one."""
    return SpreadsheetError(
        source,
        f"not a readable Excel workbook ({detail})",
        kind=SheetProblem.NOT_A_WORKBOOK,
        detail=detail,
    )


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
    sheet: str | None = None  # for XLSX: the sheet read (the active one, if visible)

    def describe(self) -> str:
        if self.kind == "XLSX":
            return f"Excel workbook, sheet {self.sheet!r}"
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
                kind=SheetProblem.BAD_UTF16,
            ) from exc
    else:
        encoding, label, body = "utf-8", "UTF-8", data
    if b"\x00" in body:
        raise SpreadsheetError(
            source,
            "not a text file (it contains binary data)",
            line=_line_of(body, body.index(b"\x00")),
            kind=SheetProblem.BINARY,
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
                kind=SheetProblem.BAD_BYTE,
                byte=f"0x{body[exc.start]:02X}",
                encoding=label,
            ) from exc
    undefined = next((i for i, b in enumerate(body) if b in _CP1252_UNDEFINED), None)
    if undefined is not None:
        raise SpreadsheetError(
            source,
            f"byte 0x{body[undefined]:02X} is neither UTF-8 nor Windows-1252: save the file"
            " as UTF-8 (CSV UTF-8 in Excel) and import it again",
            line=_line_of(body, undefined),
            kind=SheetProblem.NEITHER_ENCODING,
            byte=f"0x{body[undefined]:02X}",
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
            kind=SheetProblem.ONE_COLUMN,
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
                kind=SheetProblem.HEADER_TWICE,
                header=header,
                first=column_letters(seen[key]),
                second=column_letters(index),
                column=column_letters(index),
            )
        seen[key] = index
    if not any(cleaned):
        raise SpreadsheetError(
            source, "the first line has no column headers", line=1, kind=SheetProblem.NO_HEADERS
        )
    return cleaned


def _finish(source: str, headers: tuple[str, ...], rows: list[Row]) -> list[Row]:
    if not rows:
        raise SpreadsheetError(
            source, "there are no rows under the header", line=1, kind=SheetProblem.NO_ROWS
        )
    width = len(headers)
    for row in rows:
        extra = row.values[width:]
        if any(v.strip() for v in extra):
            raise SpreadsheetError(
                source,
                f"this row has {len(row.values)} cells but the header only {width}",
                line=row.line,
                column=column_letters(width),
                kind=SheetProblem.ROW_TOO_WIDE,
                cells=len(row.values),
                width=width,
            )
    return rows


def read_csv_bytes(data: bytes, source: str) -> Table:
    if not data.strip():
        raise SpreadsheetError(source, "the file is empty", kind=SheetProblem.EMPTY)
    text, encoding = decode(data, source)
    first_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    delimiter = _delimiter(first_line, source)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise SpreadsheetError(source, "the file is empty", kind=SheetProblem.EMPTY) from None
    except csv.Error as exc:
        raise SpreadsheetError(
            source,
            f"cannot read the header ({exc})",
            line=1,
            kind=SheetProblem.MALFORMED,
            detail=str(exc),
        ) from exc
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
        raise SpreadsheetError(
            source,
            f"malformed CSV ({exc})",
            line=reader.line_num,
            kind=SheetProblem.MALFORMED,
            detail=str(exc),
        ) from exc
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


def _check_archive(data: bytes, source: str) -> zipfile.ZipFile:
    """The workbook's zip archive, once its size unpacked is known to be sane."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise not_a_workbook(source, str(exc)) from exc
    if len(parts) > MAX_PARTS:
        raise SpreadsheetError(
            source,
            f"not a delegate list: {len(parts)} parts in the workbook",
            kind=SheetProblem.TOO_MANY_PARTS,
            parts=len(parts),
        )
    unpacked = sum(p.file_size for p in parts)
    packed = max(sum(p.compress_size for p in parts), 1)
    if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * packed:
        raise SpreadsheetError(
            source,
            f"the workbook unpacks to {unpacked // 1024 // 1024} MB from"
            f" {len(data) // 1024} KB: not a delegate list (a damaged or hostile file)",
            kind=SheetProblem.UNPACKS_TOO_LARGE,
            unpacked_mb=unpacked // 1024 // 1024,
            packed_kb=len(data) // 1024,
        )
    return archive


def _xml(archive: zipfile.ZipFile, name: str) -> ET.Element:
    with archive.open(name) as part:
        return ET.parse(part).getroot()


def _sheet_part(archive: zipfile.ZipFile, name: str) -> str | None:
    """The archive path of the sheet called ``name`` (from the workbook's parts)."""
    try:
        workbook = _xml(archive, "xl/workbook.xml")
        rels = _xml(archive, "xl/_rels/workbook.xml.rels")
    except (KeyError, ET.ParseError):
        return None
    targets = {r.get("Id"): r.get("Target", "") for r in rels.findall("rel:Relationship", _NS)}
    for sheet in workbook.findall("m:sheets/m:sheet", _NS):
        if sheet.get("name") == name:
            target = targets.get(sheet.get(f"{{{_NS['r']}}}id"), "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


_CELL = re.compile(r"^([A-Z]+)(\d+)$")


def _check_sheet_xml(archive: zipfile.ZipFile, part: str | None, source: str) -> None:
    """Refuse a header of merged cells, and a formula whose value was never
    computed (the file came from a program that does not calculate): its cell
    would read as empty and the row would silently lose a value."""
    if part is None or part not in archive.namelist():
        return
    with archive.open(part) as stream:
        try:
            for _event, element in ET.iterparse(stream):
                tag = element.tag.rsplit("}", 1)[-1]
                if tag == "c":
                    formula = element.find("m:f", _NS)
                    value = element.find("m:v", _NS)
                    if formula is not None and (value is None or value.text in (None, "")):
                        where = _CELL.match(element.get("r", ""))
                        line, column = (int(where[2]), where[1]) if where else (None, None)
                        raise SpreadsheetError(
                            source,
                            "a formula without a computed value: open the file in Excel"
                            " or LibreOffice, save it, and import it again",
                            line=line,
                            kind=SheetProblem.FORMULA_WITHOUT_VALUE,
                            column=column,
                        )
                    element.clear()
                elif tag == "mergeCell":
                    _merged(element.get("ref", ""), source)
        except ET.ParseError as exc:
            raise not_a_workbook(source, str(exc)) from exc


def _merged(ref: str, source: str) -> None:
    first, _, last = ref.partition(":")
    start, end = _CELL.match(first), _CELL.match(last)
    if start and end and int(start[2]) <= 1 <= int(end[2]):
        raise SpreadsheetError(
            source,
            f"the header has merged cells ({ref}): give every column its own header",
            line=1,
            kind=SheetProblem.MERGED_HEADER,
            cells=ref,
            column=start[1],
        )


def read_xlsx_bytes(data: bytes, source: str) -> Table:
    from openpyxl import load_workbook

    archive = _check_archive(data, source)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a damaged workbook fails in many places inside openpyxl
        raise not_a_workbook(source, exc.__class__.__name__) from exc
    try:
        visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
        if not visible:
            raise SpreadsheetError(
                source, "the workbook has no visible sheet", kind=SheetProblem.NO_VISIBLE_SHEET
            )
        active = workbook.active
        sheet = active if active in visible else visible[0]
        _check_sheet_xml(archive, _sheet_part(archive, sheet.title), source)
        rows_iter: Iterator[tuple[object, ...]] = sheet.iter_rows(values_only=True)
        header_cells = next(rows_iter, None)
        if header_cells is None:
            raise SpreadsheetError(
                source,
                f"the sheet {sheet.title!r} is empty",
                kind=SheetProblem.EMPTY_SHEET,
                sheet=sheet.title,
            )
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
        raise not_a_workbook(source, exc.__class__.__name__) from exc
    finally:
        workbook.close()
    return Table(
        source,
        "XLSX",
        None,
        None,
        headers_t,
        tuple(_finish(source, headers_t, rows)),
        sheet=sheet.title,
    )


def read_table_bytes(data: bytes, source: str) -> Table:
    if len(data) > MAX_BYTES:
        raise SpreadsheetError(
            source,
            f"larger than {MAX_BYTES // 1024 // 1024} MB",
            kind=SheetProblem.TOO_LARGE,
            mb=MAX_BYTES // 1024 // 1024,
        )
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx_bytes(data, source)
    if source.lower().endswith((".xlsx", ".xlsm")):
        raise SpreadsheetError(
            source,
            "not an Excel workbook (.xlsx) although it is named so",
            kind=SheetProblem.NAMED_XLSX,
        )
    return read_csv_bytes(data, source)


def read_limited(path: Path, limit: int = MAX_BYTES) -> bytes:
    """A file's bytes, read no further than ``limit`` (so that /dev/zero, a pipe
    that never ends or a huge file is refused rather than read into memory)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except IsADirectoryError as exc:
        raise SpreadsheetError(
            str(path), "is a folder, not a list", kind=SheetProblem.IS_FOLDER
        ) from exc
    except OSError as exc:
        raise SpreadsheetError(
            str(path),
            f"cannot be read ({exc.strerror})",
            kind=SheetProblem.UNREADABLE,
            detail=exc.strerror,
        ) from exc
    if len(data) > limit:
        raise SpreadsheetError(
            str(path),
            f"larger than {limit // 1024 // 1024} MB: not a list",
            kind=SheetProblem.TOO_LARGE,
            mb=limit // 1024 // 1024,
        )
    return data


def read_table(path: Path) -> Table:
    return read_table_bytes(read_limited(path), str(path))
