"""The shape of an export: tables for spreadsheets, and the structure a typeset
PDF needs (groups of delegations, charts, per-session lists)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Sheet:
    name: str
    headers: list[str]
    rows: list[list[Any]]


@dataclass
class Member:
    honorific: str
    given_name: str
    family_name: str
    function: str
    head: bool

    def display(self) -> str:
        """ "Mr. Jovan JOVANOVIĆ": family names in capitals, as protocol lists do."""
        parts = [self.honorific, self.given_name, self.family_name.upper()]
        return " ".join(p for p in parts if p)


@dataclass
class DelegationBlock:
    name: str
    members: list[Member]


@dataclass
class Group:
    title: str
    delegations: list[DelegationBlock]


@dataclass
class Report:
    kind: str
    title: str
    subtitle: str
    sheets: list[Sheet]
    groups: list[Group] = field(default_factory=list)  # participants, check-in sheets
    charts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    sessions: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
