"""The fixed texts a badge prints, in the badge language of the event.

Defaults per language live in ``resources/badges/texts.json``; an event keeps
its own copy (``Event.badge_texts``) so organisers can correct a word on site
without touching code. Everything here is plain data and string formatting:
no locale of the machine that prints is ever consulted."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

KEYS = (
    "head_of_delegation",
    "reprint",
    "months",
    "first_day",
    "one_day",
    "same_month",
    "same_year",
    "other_years",
)


@cache
def _defaults() -> dict[str, dict[str, Any]]:
    text = files("meetingdesk.resources").joinpath("badges/texts.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return {code: value for code, value in data.items() if not code.startswith("_")}


def badge_languages() -> dict[str, str]:
    """Language code -> its own name ("fr" -> "Français"), in file order."""
    return {code: str(value["name"]) for code, value in _defaults().items()}


def default_texts(language: str) -> dict[str, Any]:
    """A fresh copy of the shipped texts of ``language``."""
    try:
        shipped = _defaults()[language]
    except KeyError:
        known = ", ".join(_defaults())
        raise ValueError(f"no badge texts for {language!r}: one of {known}") from None
    return {
        key: (list(v) if isinstance(v, list) else v) for key, v in shipped.items() if key in KEYS
    }


@dataclass(frozen=True, slots=True)
class BadgeTexts:
    head_of_delegation: str
    reprint: str  # "{generation}" is replaced by the badge generation
    months: tuple[str, ...]
    first_day: str
    one_day: str
    same_month: str
    same_year: str
    other_years: str

    @classmethod
    def of(cls, language: str, stored: Mapping[str, Any] | None = None) -> BadgeTexts:
        """The event's stored texts, any missing key filled from the language's defaults."""
        values = default_texts(language)
        if stored:
            values.update({k: v for k, v in stored.items() if k in KEYS})
        return cls(
            head_of_delegation=str(values["head_of_delegation"]),
            reprint=str(values["reprint"]),
            months=tuple(str(m) for m in values["months"]),
            first_day=str(values["first_day"]),
            one_day=str(values["one_day"]),
            same_month=str(values["same_month"]),
            same_year=str(values["same_year"]),
            other_years=str(values["other_years"]),
        )

    def reprint_mark(self, generation: int) -> str:
        return self.reprint.replace("{generation}", str(generation))

    def _day(self, day: dt.date) -> str:
        return self.first_day if day.day == 1 and self.first_day else str(day.day)

    def dates(self, start: dt.date, end: dt.date) -> str:
        """ "3–4 December 2026", "3–4 décembre 2026", "3–4 декабря 2026 г."."""
        month = self.months
        if start == end:
            return self.one_day.format(
                day=self._day(start), month=month[start.month - 1], year=start.year
            )
        fields = {
            "day1": self._day(start),
            "day2": self._day(end),
            "month": month[end.month - 1],
            "month1": month[start.month - 1],
            "month2": month[end.month - 1],
            "year": end.year,
            "year1": start.year,
            "year2": end.year,
        }
        if (start.year, start.month) == (end.year, end.month):
            return self.same_month.format(**fields)
        if start.year == end.year:
            return self.same_year.format(**fields)
        return self.other_years.format(**fields)
