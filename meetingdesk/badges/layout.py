"""Badge layouts are data: JSON files validated against a schema, in millimetres.

An invalid layout is refused with the file, the element and the key that is
wrong, before anything is drawn."""

from __future__ import annotations

import base64
import binascii
import io
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


SHIPPED_FOLDER = "badges/layouts"
KINDS = ("text", "label", "band", "qr", "photo", "image", "line")
TEXT_KINDS = ("text", "label", "band")  # the kinds whose words are fitted to their box
LANGUAGE_FALLBACK = "en"


@dataclass(frozen=True, slots=True)
class Element:
    kind: str  # one of KINDS
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
    valign: str = "middle"
    categories: tuple[str, ...] = ()  # category codes that show it; () = all
    texts: tuple[tuple[str, str], ...] = ()  # a label's wording: (language, text)
    image: bytes | None = None  # an image element's picture, decoded

    def wording(self, language: str) -> str:
        """A label's text in the badge language, else English, else the first given."""
        texts = dict(self.texts)
        if language in texts:
            return texts[language]
        return texts.get(LANGUAGE_FALLBACK) or (self.texts[0][1] if self.texts else "")

    def shown_for(self, category_code: str) -> bool:
        return not self.categories or category_code in self.categories


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
    artwork: bytes | None = None  # PNG or PDF bytes, drawn under the elements
    artwork_kind: str = ""  # "png" or "pdf"
    safe_margin: float = 0.0

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
        where = f"{source}: elements[{index}]"
        if values["kind"] == "qr":
            values["width"] = values["height"] = values.pop("size")
        if "categories" in values:
            values["categories"] = tuple(values["categories"])
        if "texts" in values:
            values["texts"] = tuple(values["texts"].items())
        if "image" in values:
            values["image"] = picture_bytes(values["image"], f"{where}.image")
        element = Element(**values)
        if element.variable and element.variable not in VARIABLES:
            known = ", ".join(sorted(VARIABLES))
            raise LayoutError(f"{where}.variable: unknown variable {element.variable!r} ({known})")
        if element.kind in TEXT_KINDS and element.min_size > element.size:
            raise LayoutError(f"{where}.min_size: larger than size")
        if element.x + element.width > data["badge"]["width"] + 1e-6 or (
            element.y + element.height > data["badge"]["height"] + 1e-6
        ):
            raise LayoutError(f"{where}: reaches outside the badge")
        elements.append(element)
    artwork, artwork_kind = None, ""
    if "artwork" in data:
        artwork = picture_bytes(data["artwork"], f"{source}: artwork")
        artwork_kind = "pdf" if data["artwork"].startswith("data:application/pdf") else "png"
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
        artwork=artwork,
        artwork_kind=artwork_kind,
        safe_margin=data.get("safe_margin", 0.0),
    )
    right = layout.left + layout.columns * layout.badge_width + (layout.columns - 1) * layout.gap_x
    bottom = layout.top + layout.rows * layout.badge_height + (layout.rows - 1) * layout.gap_y
    if right > layout.page_width + 1e-6 or bottom > layout.page_height + 1e-6:
        raise LayoutError(f"{source}: grid: the badges do not fit on the page")
    return layout


def data_uri(kind: str, data: bytes) -> str:
    """``data:<mime>;base64,...``: how pictures travel inside a layout's JSON."""
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def picture_bytes(uri: str, where: str) -> bytes:
    """The bytes of an embedded picture, refused unless they open as what they claim."""
    head, _, body = uri.partition(",")
    try:
        data = base64.b64decode(body, validate=True)
    except binascii.Error as exc:
        raise LayoutError(f"{where}: not valid base64 ({exc})") from exc
    if head == "data:application/pdf;base64":
        import pypdfium2 as pdfium

        try:
            document = pdfium.PdfDocument(data)
            pages = len(document)
            document.close()
        except pdfium.PdfiumError as exc:
            raise LayoutError(f"{where}: not a readable PDF ({exc})") from exc
        if not pages:
            raise LayoutError(f"{where}: the PDF has no page")
        return data
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise LayoutError(f"{where}: not a readable picture ({exc})") from exc
    return data


def layout_json(data: dict[str, Any]) -> str:
    """The one way a layout is written: two-space JSON, letters as themselves.

    Shipped layouts are in this form, so loading and saving one unchanged
    gives back the same bytes."""
    return json.dumps(data, indent=2, ensure_ascii=False)


def parse_layout_text(text: str, source: str) -> Layout:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LayoutError(f"{source}: line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    return parse_layout(data, source)


def shipped_layout_text(name: str) -> str:
    return (
        files("meetingdesk.resources").joinpath(f"{SHIPPED_FOLDER}/{name}.json").read_text("utf-8")
    )


def load_layout_file(path: Path) -> Layout:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LayoutError(f"{path}: cannot be read ({exc})") from exc
    return parse_layout_text(text, str(path))


def layout_names() -> list[str]:
    folder = files("meetingdesk.resources").joinpath(SHIPPED_FOLDER)
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
    return parse_layout_text(shipped_layout_text(name_or_path), f"{name_or_path}.json")
