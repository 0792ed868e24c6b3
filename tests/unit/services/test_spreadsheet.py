"""Reading lists as Excel and delegations write them; refusing what cannot be read."""

from __future__ import annotations

import contextlib
import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from meetingdesk.services.spreadsheet import SpreadsheetError, read_table_bytes

HEADERS = ["Nombre", "Apellidos", "Delegación", "Categoría", "Correo electrónico"]
ROWS = [
    ["Begoña", "Ruiz Ibáñez", "Spain", "DEL", "begona@es.example"],
    ["Đorđe", "Łukasiewicz-Straße", "Serbia", "DEL", "dj@rs.example"],
    ["Јован", "Стојановић", "Serbia", "DEL", ""],
    ["Νικόλαος", "Γεωργίου", "Greece", "DEL", "ng@gr.example"],
    ["يوسف", "الحداد", "Egypt", "MPC", "yh@eg.example"],
    ["Hélène", "Lefèvre, née Dubois", "France", "DEL", "h@fr.example"],
]
LATIN1_ROWS = [
    r
    for r in ROWS
    if all(ch.encode("cp1252", "ignore").decode("cp1252") == ch for ch in "".join(r))
]


def csv_bytes(
    rows: list[list[str]], encoding: str, delimiter: str, newline: str, bom: bool = False
) -> bytes:
    def cell(value: str) -> str:
        needs = any(c in value for c in (delimiter, '"', "\n", "\r"))
        return '"' + value.replace('"', '""') + '"' if needs else value

    text = newline.join(delimiter.join(cell(v) for v in row) for row in [HEADERS, *rows])
    data = (text + newline).encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    return data


def xlsx_bytes(rows: list[list[str]], merge: str | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


VARIANTS = {
    "utf8-comma-lf": (csv_bytes(ROWS, "utf-8", ",", "\n"), "UTF-8", ","),
    "utf8-bom-semicolon-crlf": (
        csv_bytes(ROWS, "utf-8", ";", "\r\n", bom=True),
        "UTF-8 with byte-order mark",
        ";",
    ),
    "utf16-tab-crlf (Excel Unicode text)": (
        b"\xff\xfe" + csv_bytes(ROWS, "utf-16-le", "\t", "\r\n"),
        "UTF-16 (Excel Unicode text)",
        "\t",
    ),
    "utf8-semicolon-cr": (csv_bytes(ROWS, "utf-8", ";", "\r"), "UTF-8", ";"),
    "utf8-tab-lf": (csv_bytes(ROWS, "utf-8", "\t", "\n"), "UTF-8", "\t"),
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_encoding_and_dialect_reads_the_same(variant: str) -> None:
    data, encoding, delimiter = VARIANTS[variant]
    table = read_table_bytes(data, "list.csv")
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    assert list(table.headers) == HEADERS
    assert [list(r.values) for r in table.rows] == ROWS
    assert [r.line for r in table.rows] == [2, 3, 4, 5, 6, 7]


def test_windows_1252_as_excel_writes_it_on_spanish_windows() -> None:
    data = csv_bytes(LATIN1_ROWS, "cp1252", ";", "\r\n")
    table = read_table_bytes(data, "lista.csv")
    assert table.encoding == "Windows-1252"
    assert [list(r.values) for r in table.rows] == LATIN1_ROWS


def test_xlsx_reads_the_same() -> None:
    table = read_table_bytes(xlsx_bytes(ROWS), "list.xlsx")
    assert table.kind == "XLSX"
    assert [list(r.values) for r in table.rows] == ROWS


def test_xlsx_numbers_and_dates_become_text() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Nom", "Téléphone", "Arrivée"])
    import datetime as dt

    sheet.append(["Dupont", 34600123456, dt.datetime(2026, 12, 3)])
    out = io.BytesIO()
    book.save(out)
    table = read_table_bytes(out.getvalue(), "x.xlsx")
    assert table.rows[0].values == ("Dupont", "34600123456", "2026-12-03")


def _mixed_utf8() -> bytes:
    good = csv_bytes(ROWS[:2], "utf-8", ",", "\n")
    return good + b"Ana,P" + b"\xe9rez,Spain,DEL,\n"  # one Latin-1 byte


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


@pytest.mark.parametrize(
    ("data", "source", "message"),
    [
        (b"", "empty.csv", "empty.csv: the file is empty"),
        (b"  \r\n\n", "blank.csv", "blank.csv: the file is empty"),
        (b"Nombre,Apellidos\n", "h.csv", "h.csv, line 1: there are no rows under the header"),
        (b"Name\nAna\nJuan\n", "one.csv", "one.csv, line 1: the header has only one column"),
        (
            b"Name,Email,name\nA,b,c\n",
            "dup.csv",
            "dup.csv, line 1, column C: the header 'name' appears twice (columns A and C)",
        ),
        (_mixed_utf8(), "mixed.csv", "mixed.csv, line 4: byte 0xE9 is not valid UTF-8"),
        (
            b"Nom;Pr\xe9nom\nDupont;Ren\x81\n",
            "bad1252.csv",
            "bad1252.csv, line 2: byte 0x81 is neither UTF-8 nor Windows-1252",
        ),
        (PNG, "photo.csv", "photo.csv, line 3: not a text file (it contains binary data)"),
        (
            b"Nom,Prenom\nA,B,C\n",
            "ragged.csv",
            "ragged.csv, line 2, column C: this row has 3 cells but the header only 2",
        ),
        (b'Nom,Prenom\n"A,B\n', "quote.csv", "quote.csv, line 2: malformed CSV"),
        (b"Nom,Prenom\nA,B\n", "list.xlsx", "list.xlsx: not an Excel workbook (.xlsx)"),
        (
            xlsx_bytes(ROWS, merge="A1:B1"),
            "merged.xlsx",
            "merged.xlsx, line 1, column A: the header has merged cells (A1:B1)",
        ),
        (b"PK\x03\x04" + b"\x00" * 40, "broken.xlsx", "broken.xlsx: not a readable Excel workbook"),
        (
            b"\xff\xfe" + "Nom\tPrénom\n".encode("utf-16-le") + b"\x00\xd8",
            "u16.csv",
            "u16.csv, line 2: not valid UTF-16",
        ),
    ],
    ids=[
        "empty",
        "blank",
        "header-only",
        "one-column",
        "duplicate-headers",
        "wrong-encoding",
        "undefined-1252",
        "binary-renamed",
        "ragged-row",
        "open-quote",
        "csv-named-xlsx",
        "merged-header",
        "broken-zip",
        "bad-utf16",
    ],
)
def test_bad_input_says_what_and_where(data: bytes, source: str, message: str) -> None:
    with pytest.raises(SpreadsheetError) as raised:
        read_table_bytes(data, source)
    assert str(raised.value).startswith(message)


def test_merged_cells_below_the_header_are_fine() -> None:
    table = read_table_bytes(xlsx_bytes(ROWS, merge="C3:C4"), "m.xlsx")
    assert len(table.rows) == len(ROWS)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_fuzzed_bytes_raise_only_the_readers_error(data: bytes) -> None:
    try:
        table = read_table_bytes(data, "fuzz.csv")
    except SpreadsheetError:
        return
    assert table.rows


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=5), min_size=1, max_size=6),
    st.sampled_from(["utf-8", "utf-16", "cp1252"]),
    st.sampled_from([",", ";", "\t"]),
)
def test_fuzzed_tables_raise_only_the_readers_error(
    cells: list[list[str]], encoding: str, delimiter: str
) -> None:
    text = "\n".join(delimiter.join(row) for row in cells)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    with contextlib.suppress(SpreadsheetError):
        read_table_bytes(data, "fuzz.csv")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_fuzzed_zip_archives_raise_only_the_readers_error(payload: bytes) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", payload)
        archive.writestr("[Content_Types].xml", payload[:50])
    with contextlib.suppress(SpreadsheetError):
        read_table_bytes(out.getvalue(), "fuzz.xlsx")
