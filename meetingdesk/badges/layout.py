"""Badge layouts are data: JSON files validated against a schema, in millimetres.

An invalid layout is refused with the file, the element and the key that is
wrong, before anything is drawn."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from meetingdesk.badges.variables import VARIABLES
from meetingdesk.domain.errors import BadInput

MM = 72 / 25.4  # points per millimetre


class LayoutError(BadInput):
    """A layout file that cannot be used; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Element:
    kind: str  # text, band, qr, photo
    x: float
    y: float
    width: float
    height: float
    when: str = "always"
    variable: str = ""
    weight: str = "regular"
    size: float = 10
    min_size: float = 6
    max_lines: int = 1
    align: str = "center"
    colour: str = "#000000"
    uppercase: bool = False


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    title: str
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    columns: int
    rows: int
    left: float
    top: float
    gap_x: float
    gap_y: float
    cut_marks: bool
    background: str
    elements: tuple[Element, ...]

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def positions(self) -> Iterator[tuple[float, float]]:
        """Top-left corner (mm from the page's top-left) of each badge on a page,
        row by row: the one place that knows where badges go on a sheet."""
        for row in range(self.rows):
            for column in range(self.columns):
                yield (
                    self.left + column * (self.badge_width + self.gap_x),
                    self.top + row * (self.badge_height + self.gap_y),
                )


def _schema() -> dict[str, Any]:
    text = files("meetingdesk.resources").joinpath("badges/layout.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _where(error: SchemaError) -> str:
    parts = []
    for part in error.absolute_path:
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}")
    return "".join(parts).lstrip(".") or "(top level)"


def _explain(error: SchemaError) -> str:
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return f"unknown key {', '.join(map(repr, extra))}"
    if error.validator == "required":
        return str(error.message).replace("is a required property", "is missing")
    return str(error.message)


def parse_layout(data: Any, source: str) -> Layout:
    validator = Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), e.path))
    if errors:
        # The deepest error names the key; the rest usually repeat it from above.
        error = max(errors, key=lambda e: len(e.absolute_path))
        raise LayoutError(f"{source}: {_where(error)}: {_explain(error)}")
    grid = data.get("grid", {})
    elements = []
    for index, raw in enumerate(data["elements"]):
        values = dict(raw)
        if values["kind"] == "qr":
            values["width"] = values["height"] = values.pop("size")
        element = Element(**values)
        where = f"{source}: elements[{index}]"
        if element.variable and element.variable not in VARIABLES:
            known = ", ".join(sorted(VARIABLES))
            raise LayoutError(f"{where}.variable: unknown variable {element.variable!r} ({known})")
        if element.kind in ("text", "band") and element.min_size > element.size:
            raise LayoutError(f"{where}.min_size: larger than size")
        if element.x + element.width > data["badge"]["width"] + 1e-6 or (
            element.y + element.height > data["badge"]["height"] + 1e-6
        ):
            raise LayoutError(f"{where}: reaches outside the badge")
        elements.append(element)
    layout = Layout(
        name=data["name"],
        title=data["title"],
        page_width=data["page"]["width"],
        page_height=data["page"]["height"],
        badge_width=data["badge"]["width"],
        badge_height=data["badge"]["height"],
        columns=grid.get("columns", 1),
        rows=grid.get("rows", 1),
        left=grid.get("left", 0),
        top=grid.get("top", 0),
        gap_x=grid.get("gap_x", 0),
        gap_y=grid.get("gap_y", 0),
        cut_marks=data.get("cut_marks", False),
        background=data.get("background", "#FFFFFF"),
        elements=tuple(elements),
    )
    right = layout.left + layout.columns * layout.badge_width + (layout.columns - 1) * layout.gap_x
    bottom = layout.top + layout.rows * layout.badge_height + (layout.rows - 1) * layout.gap_y
    if right > layout.page_width + 1e-6 or bottom > layout.page_height + 1e-6:
        raise LayoutError(f"{source}: grid: the badges do not fit on the page")
    return layout


def load_layout_file(path: Path) -> Layout:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LayoutError(f"{path}: cannot be read ({exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LayoutError(f"{path}: line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    return parse_layout(data, str(path))


def layout_names() -> list[str]:
    folder = files("meetingdesk.resources").joinpath("badges/layouts")
    return sorted(
        p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json")
    )


def load_layout(name_or_path: str) -> Layout:
    """A layout shipped with meetingdesk by name, or any layout file by path."""
    if name_or_path.endswith(".json"):
        return load_layout_file(Path(name_or_path))
    if name_or_path not in layout_names():
        raise LayoutError(
            f"no layout called {name_or_path!r}: choose one of {', '.join(layout_names())}"
            " or give a .json file"
        )
    resource = files("meetingdesk.resources").joinpath(f"badges/layouts/{name_or_path}.json")
    return parse_layout(json.loads(resource.read_text("utf-8")), f"{name_or_path}.json")
