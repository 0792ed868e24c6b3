"""Reference data that ships with meetingdesk: countries (ISO 3166-1) and event
presets, each read from ``resources/`` where its source is named."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from meetingdesk.domain.model import DelegationKind

PRESETS = ("osce",)


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name_en: str
    name_fr: str


@cache
def countries() -> dict[str, Country]:
    """Every ISO 3166-1 alpha-2 code, with its English and French name."""
    text = files("meetingdesk.resources").joinpath("countries.json").read_text("utf-8")
    data = json.loads(text)["countries"]
    return {code: Country(code, names["en"], names["fr"]) for code, names in data.items()}


@dataclass(frozen=True, slots=True)
class PresetCategory:
    code: str
    label: str
    colour: str
    requires_id_check: bool
    badge_labels: dict[str, str]  # badge language -> label as printed


@dataclass(frozen=True, slots=True)
class PresetDelegation:
    name: str
    name_en: str
    name_fr: str
    kind: DelegationKind
    country_code: str


@dataclass(frozen=True, slots=True)
class Preset:
    name: str
    source: str
    categories: tuple[PresetCategory, ...]
    delegations: tuple[PresetDelegation, ...]


@cache
def preset(name: str) -> Preset:
    """A preset by name (``PRESETS``); ValueError for an unknown one."""
    if name not in PRESETS:
        raise ValueError(f"no preset {name!r}: one of {', '.join(PRESETS)}")
    text = files("meetingdesk.resources").joinpath(f"presets/{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return Preset(
        name=name,
        source=data["_source"],
        categories=tuple(
            PresetCategory(
                c["code"], c["label"], c["colour"], bool(c["id_check"]), dict(c["badge_label"])
            )
            for c in data["categories"]
        ),
        delegations=tuple(
            PresetDelegation(
                d["name"], d["name_en"], d["name_fr"], DelegationKind(d["kind"]), d["country"]
            )
            for d in data["delegations"]
        ),
    )
