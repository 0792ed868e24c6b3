"""The one registry of what a layout element can show: name -> label, sample, value.

The renderer evaluates these for each badge; an editor lists them with their
labels and previews them with their samples."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from meetingdesk.badges.data import BadgeData
from meetingdesk.domain.values import printed_code


@dataclass(frozen=True, slots=True)
class Variable:
    name: str
    label: str
    sample: str
    evaluate: Callable[[BadgeData], str]


def _code(badge: BadgeData) -> str:
    return printed_code(badge.badge_code)


VARIABLES: dict[str, Variable] = {
    v.name: v
    for v in (
        Variable("event_title", "Event title", "Police Experts Meeting", lambda b: b.event_title),
        Variable(
            "event_dates", "Place and dates", "Madrid · 3–4 December 2026", lambda b: b.event_dates
        ),
        Variable("badge_name", "Name on the badge", "Jovan Jovanović", lambda b: b.badge_name),
        Variable(
            "native_name", "Name in native script", "Јован Јовановић", lambda b: b.native_name or ""
        ),
        Variable("honorific", "Honorific", "Col.", lambda b: b.honorific),
        Variable(
            "function", "Function", "Head of the Counter-Terrorism Unit", lambda b: b.function
        ),
        Variable("delegation", "Delegation or organisation", "Serbia", lambda b: b.delegation),
        Variable(
            "category_label",
            "Category",
            "Delegation of a participating State",
            lambda b: b.category_label,
        ),
        Variable(
            "head_of_delegation",
            "Head-of-delegation marker",
            "Head of Delegation",
            lambda b: b.head_of_delegation_text if b.head_of_delegation else "",
        ),
        Variable("badge_code", "Badge code, readable", "AB23 CD45", _code),
        Variable(
            "reprint_marker",
            "Reprint marker",
            "Reprint 2",
            lambda b: (b.reprint_text or f"Reprint {b.generation}") if b.generation > 1 else "",
        ),
    )
}
