"""Spreadsheet cells that cannot run anything.

OWASP's advice for CSV injection: a value that begins with = + - @, a tab or a
carriage return is made inert by a leading apostrophe, which spreadsheet
programs show as text. XLSX cells are written with the string type, so nothing
in them is ever a formula."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | None


def inert(value: str) -> str:
    return "'" + value if value.startswith(DANGEROUS_START) else value


def text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def csv_row(values: Sequence[object]) -> list[str]:
    """Numbers stay numbers; every text is made inert."""
    return [
        str(v) if isinstance(v, int | float) and not isinstance(v, bool) else inert(text(v))
        for v in values
    ]


def all_text(rows: Iterable[Sequence[object]]) -> list[list[str]]:
    return [[text(v) for v in row] for row in rows]
