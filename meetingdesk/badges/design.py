"""A layout being designed: its JSON as data, the edits a designer makes, and
what is wrong with it, without Qt.

The draft keeps the layout exactly as it was read (key order, whole numbers as
whole numbers), so a layout loaded and saved unchanged is the same bytes; an
edit touches only the keys it changes. Geometry is in millimetres from the
badge's top-left corner, rounded to a hundredth of a millimetre."""

from __future__ import annotations

import copy
import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from meetingdesk.badges.layout import (
    KINDS,
    Element,
    Layout,
    layout_json,
    parse_layout,
)

Geometry = tuple[float, float, float, float]  # x, y, width, height in mm

QR_SMALLEST = 10.0  # mm, as the schema allows
SMALLEST = 1.0  # mm: no box is made smaller than this by a drag
THINNEST = 0.2  # mm: a line may be this thin


def tidy(value: float) -> float | int:
    """Millimetres as written: two decimals, a whole number without its ".0"."""
    rounded = round(float(value), 2)
    return int(rounded) if rounded == int(rounded) else rounded


# What each entry of the palette adds, keys in the order layouts write them.
# ``x`` and ``y`` are replaced by where the element is put.
PALETTE: dict[str, dict[str, Any]] = {
    "name": {
        "kind": "text",
        "variable": "badge_name",
        "x": 0,
        "y": 0,
        "width": 80,
        "height": 16,
        "weight": "bold",
        "size": 22,
        "min_size": 12,
        "max_lines": 2,
    },
    "native_name": {
        "kind": "text",
        "variable": "native_name",
        "x": 0,
        "y": 0,
        "width": 80,
        "height": 10,
        "size": 16,
        "min_size": 9,
        "max_lines": 2,
    },
    "field": {
        "kind": "text",
        "variable": "delegation",
        "x": 0,
        "y": 0,
        "width": 80,
        "height": 8,
        "size": 12,
        "min_size": 7,
    },
    "label": {
        "kind": "label",
        "texts": {"en": "Speaker"},
        "x": 0,
        "y": 0,
        "width": 60,
        "height": 8,
        "weight": "bold",
        "size": 12,
        "min_size": 7,
        "uppercase": True,
    },
    "qr": {"kind": "qr", "x": 0, "y": 0, "size": 30},
    "photo": {"kind": "photo", "when": "photo", "x": 0, "y": 0, "width": 26, "height": 32},
    "band": {
        "kind": "band",
        "variable": "category_label",
        "x": 0,
        "y": 0,
        "width": 60,
        "height": 12,
        "weight": "bold",
        "size": 13,
        "min_size": 7,
        "max_lines": 2,
        "uppercase": True,
    },
    "image": {"kind": "image", "x": 0, "y": 0, "width": 30, "height": 15, "image": ""},
    "line": {"kind": "line", "x": 0, "y": 0, "width": 60, "height": 0.5, "colour": "#37474F"},
}

# The order keys are written in when an edit adds one the element did not have.
KEY_ORDER = (
    "kind",
    "variable",
    "texts",
    "when",
    "categories",
    "x",
    "y",
    "width",
    "height",
    "size",
    "image",
    "weight",
    "min_size",
    "max_lines",
    "align",
    "valign",
    "colour",
    "uppercase",
)


def box_of(e: dict[str, Any]) -> Geometry:
    """An element's box in millimetres (a QR code is square: its size both ways)."""
    if e["kind"] == "qr":
        return float(e["x"]), float(e["y"]), float(e["size"]), float(e["size"])
    return float(e["x"]), float(e["y"]), float(e["width"]), float(e["height"])


OVERLAP_AREA = 0.5  # mm²: boxes that only touch, or graze, do not overlap

_APART = {frozenset({"photo", "no_photo"})}  # conditions no badge meets both of


def _together(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether some badge prints both elements."""
    if frozenset({a.get("when", "always"), b.get("when", "always")}) in _APART:
        return False
    shown_a, shown_b = a.get("categories"), b.get("categories")
    return not (shown_a and shown_b and not set(shown_a) & set(shown_b))


def _add_in_place(element: dict[str, Any], key: str, value: Any) -> None:
    """A key the element did not have goes after the last key written before it
    in ``KEY_ORDER``; the keys it had stay where they were."""
    order = {k: i for i, k in enumerate(KEY_ORDER)}
    rank = order.get(key, len(order))
    items = list(element.items())
    at = 0
    for position, (existing, _) in enumerate(items):
        if order.get(existing, len(order)) <= rank:
            at = position + 1
    items.insert(at, (key, value))
    element.clear()
    element.update(items)


class DraftError(ValueError):
    """An edit the layout cannot take; the draft is unchanged."""


class Trouble(enum.Enum):
    OUTSIDE_BADGE = "outside_badge"
    OUTSIDE_SAFE_AREA = "outside_safe_area"  # facts: margin
    QR_UNREADABLE = "qr_unreadable"  # facts: size
    BELOW_FLOOR = "below_floor"  # facts: count, example
    NO_PICTURE = "no_picture"  # an image element with no picture chosen yet
    OVERLAP = "overlap"  # facts: other (the index of the element it lies over or under)


@dataclass(frozen=True)
class Problem:
    index: int  # the element's place in the layout
    trouble: Trouble
    facts: Mapping[str, Any] = field(default_factory=dict)


class LayoutDraft:
    def __init__(self, text: str, source: str = "the layout") -> None:
        data = json.loads(text)
        parse_layout(data, source)  # refused here if it is not a layout at all
        self.data: dict[str, Any] = data

    # --- reading -------------------------------------------------------------------
    @property
    def elements(self) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = self.data["elements"]
        return elements

    @property
    def badge_size(self) -> tuple[float, float]:
        return float(self.data["badge"]["width"]), float(self.data["badge"]["height"])

    def geometry(self, index: int) -> Geometry:
        return box_of(self.elements[index])

    def value(self, index: int, key: str) -> Any:
        """An element's value, or the default the renderer uses when it is not written."""
        e = self.elements[index]
        if key in e:
            return copy.deepcopy(e[key])
        if key == "categories":
            return []
        if key == "texts":
            return {}
        found = Element.__dataclass_fields__.get(key)
        return None if found is None else found.default

    def text(self) -> str:
        return layout_json(self.data)

    def layout(self) -> Layout:
        """The layout the draft is now; ``LayoutError`` if it cannot be rendered."""
        return parse_layout(self.data, "the layout")

    # --- editing (each returns what undoing it needs) ----------------------------
    def set_geometry(self, index: int, geometry: Geometry) -> Geometry:
        before = self.geometry(index)
        x, y, w, h = geometry
        e = self.elements[index]
        e["x"], e["y"] = tidy(x), tidy(y)
        if e["kind"] == "qr":
            e["size"] = tidy(w)
        else:
            e["width"], e["height"] = tidy(w), tidy(h)
        return before

    def set_value(self, index: int, key: str, value: Any) -> Any:
        """Set a key of an element (``index`` -1: of the layout); ``None`` removes
        it. Returns the value before (``None`` if it was not written)."""
        target = self.data if index < 0 else self.elements[index]
        before = copy.deepcopy(target.get(key))
        if value is None:
            target.pop(key, None)
        elif key in target or index < 0:
            target[key] = copy.deepcopy(value)
        else:
            _add_in_place(target, key, copy.deepcopy(value))
        return before

    def insert(self, index: int, element: dict[str, Any]) -> None:
        if element.get("kind") not in KINDS:
            raise DraftError(f"no element of kind {element.get('kind')!r}")
        self.elements.insert(index, copy.deepcopy(element))

    def remove(self, index: int) -> dict[str, Any]:
        if len(self.elements) == 1:
            raise DraftError("a layout keeps at least one element")
        return self.elements.pop(index)

    def new_element(self, entry: str, at: tuple[float, float]) -> dict[str, Any]:
        """The palette entry's element, placed at ``at`` and kept on the badge."""
        element = copy.deepcopy(PALETTE[entry])
        badge_w, badge_h = self.badge_size
        if element["kind"] == "qr":
            w = h = min(element["size"], badge_w, badge_h)
            element["size"] = tidy(w)
        else:
            w = min(element["width"], badge_w)
            h = min(element["height"], badge_h)
            element["width"], element["height"] = tidy(w), tidy(h)
        element["x"] = tidy(min(max(at[0], 0), badge_w - w))
        element["y"] = tidy(min(max(at[1], 0), badge_h - h))
        return element

    # --- what is wrong --------------------------------------------------------------
    def geometry_problems(self) -> list[Problem]:
        badge_w, badge_h = self.badge_size
        margin = float(self.data.get("safe_margin", 0))
        problems = []
        for index, e in enumerate(self.elements):
            x, y, w, h = self.geometry(index)
            if x < -1e-6 or y < -1e-6 or x + w > badge_w + 1e-6 or y + h > badge_h + 1e-6:
                problems.append(Problem(index, Trouble.OUTSIDE_BADGE))
            elif margin and e["kind"] not in ("band", "line"):
                inside = (
                    x >= margin - 1e-6
                    and y >= margin - 1e-6
                    and x + w <= badge_w - margin + 1e-6
                    and y + h <= badge_h - margin + 1e-6
                )
                if not inside:
                    problems.append(Problem(index, Trouble.OUTSIDE_SAFE_AREA, {"margin": margin}))
            if e["kind"] == "image" and not e.get("image"):
                problems.append(Problem(index, Trouble.NO_PICTURE))
        problems += self._overlaps()
        return problems

    def _overlaps(self) -> list[Problem]:
        """Content (texts, codes, pictures) printed on one another on some badge:
        said on the element drawn on top. Bands and lines lie under texts by
        design; elements that never print together (with and without a photo,
        for categories apart) do not count."""
        content = [(i, e) for i, e in enumerate(self.elements) if e["kind"] not in ("band", "line")]
        found = []
        for later, (j, upper) in enumerate(content):
            x2, y2, w2, h2 = self.geometry(j)
            for i, lower in content[:later]:
                if not _together(lower, upper):
                    continue
                x1, y1, w1, h1 = self.geometry(i)
                across = min(x1 + w1, x2 + w2) - max(x1, x2)
                down = min(y1 + h1, y2 + h2) - max(y1, y2)
                if across > 0 and down > 0 and across * down > OVERLAP_AREA:
                    found.append(Problem(j, Trouble.OVERLAP, {"other": i}))
                    break
        return found
