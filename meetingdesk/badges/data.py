"""What a badge shows: plain data, prepared by the service layer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BadgeData:
    event_title: str
    event_dates: str  # already formatted, e.g. "Madrid · 3–4 December 2026"
    honorific: str
    badge_name: str
    native_name: str | None  # only where it differs from the badge name
    function: str
    delegation: str
    category_label: str
    category_colour: str  # "#RRGGBB"
    head_of_delegation: bool
    badge_code: str
    generation: int
    payload: str  # the signed text of the QR code
    photo: bytes | None = None
    delegate_id: int = 0
    # Fixed texts in the event's badge language (see badges.texts).
    head_of_delegation_text: str = "Head of Delegation"
    reprint_text: str = ""  # "Reprint 2"; empty on a first badge
    category_code: str = ""  # for elements shown to some categories only
    language: str = "en"  # the event's badge language: which wording a label prints
