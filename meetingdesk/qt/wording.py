"""Sentences composed from the structured results the services return, through
``tr()``, so every word a person reads at the desk can be translated."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from meetingdesk.files import OutputProblem, OutputRefused


def output_problem(error: OutputRefused) -> str:
    """Why a file could not be written where the person asked."""
    path = str(error.path)
    text = {
        OutputProblem.IS_DATABASE: QCoreApplication.translate(
            "wording", "%1 is the database (or its log, or a copy of it): choose another file."
        ),
        OutputProblem.IS_FOLDER: QCoreApplication.translate(
            "wording", "%1 is a folder: give a file name."
        ),
        OutputProblem.NO_FOLDER: QCoreApplication.translate(
            "wording", "The folder of %1 does not exist."
        ),
        OutputProblem.NOT_A_FOLDER: QCoreApplication.translate(
            "wording", "The folder of %1 is a file, not a folder."
        ),
        OutputProblem.DISK_FULL: QCoreApplication.translate(
            "wording", "The disk is full: %1 was not written."
        ),
        OutputProblem.NOT_WRITABLE: QCoreApplication.translate("wording", "%1 cannot be written."),
    }[error.problem]
    return text.replace("%1", path) + (f" ({error.detail})" if error.detail else "")


def short_time(at: dt.datetime, zone: ZoneInfo | None = None) -> str:
    """A time of day in the event's zone, as the language writes it ("09:14", "9:14 AM")."""
    local = at.astimezone(zone) if zone is not None else at
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def number(value: int) -> str:
    """A count with the language's digit grouping (10,000; 10.000; 10 000)."""
    return QLocale().toString(value)


def date_span(start: dt.date, end: dt.date) -> str:
    """The meeting's days, as the language writes dates."""
    locale = QLocale()

    def day(value: dt.date) -> str:
        return locale.toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
        )

    return day(start) if start == end else f"{day(start)} – {day(end)}"


def event_place(venue: str, city: str, start: dt.date, end: dt.date) -> str:
    """ "Hotel Chamartín, Madrid · Thursday, 3 December 2026 – Friday, 4 December 2026"."""
    where = ", ".join(part for part in (venue, city) if part)
    return f"{where} · {date_span(start, end)}" if where else date_span(start, end)
