"""Valid badge layouts of every shape, for hypothesis: every kind of element,
optional keys present or not, keys in any order, whole and fractional numbers."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from hypothesis import strategies as st
from PIL import Image, ImageChops

from meetingdesk.badges.layout import data_uri
from meetingdesk.badges.variables import VARIABLES


def png(colour: tuple[int, int, int] = (200, 30, 60), size: tuple[int, int] = (8, 4)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


PNG_URI = data_uri("image/png", png())

millimetres = st.one_of(
    st.integers(0, 60), st.floats(0, 60, allow_nan=False).map(lambda v: round(v, 3))
)


@st.composite
def element(draw: st.DrawFn, width: float, height: float) -> dict[str, Any]:
    kind = draw(st.sampled_from(["text", "label", "band", "qr", "photo", "image", "line"]))
    x = draw(st.floats(0, width - 10).map(lambda v: round(v, 2)))
    y = draw(st.floats(0, height - 10).map(lambda v: round(v, 2)))
    e: dict[str, Any] = {"kind": kind, "x": x, "y": y}
    if kind == "qr":
        e["size"] = draw(st.integers(10, int(min(width - x, height - y, 200))))
    else:
        e["width"] = draw(st.floats(0.5, width - x).map(lambda v: round(v, 2)))
        e["height"] = draw(st.floats(0.5, height - y).map(lambda v: round(v, 2)))
        if e["width"] <= 0 or e["height"] <= 0:
            e["width"] = e["height"] = 1
    if draw(st.booleans()):
        e["when"] = draw(st.sampled_from(["always", "photo", "no_photo", "reprint"]))
    if draw(st.booleans()):
        e["categories"] = draw(
            st.lists(st.sampled_from(["DEL", "IO", "NGO", "PRESS"]), min_size=1, unique=True)
        )
    if kind in ("text", "band", "label"):
        if kind == "label":
            e["texts"] = draw(
                st.dictionaries(
                    st.sampled_from(["en", "es", "fr", "ru", "ar"]),
                    st.text(min_size=1, max_size=30).filter(str.strip),
                    min_size=1,
                )
            )
        else:
            e["variable"] = draw(st.sampled_from(sorted(VARIABLES)))
        size = draw(st.integers(3, 60))
        e["size"] = size
        e["min_size"] = draw(st.integers(3, size))
        optional = {
            "weight": st.sampled_from(["regular", "bold"]),
            "max_lines": st.integers(1, 6),
            "align": st.sampled_from(["left", "center", "right"]),
            "valign": st.sampled_from(["top", "middle", "bottom"]),
            "colour": st.sampled_from(["#000000", "#37474f", "#B71C1C"]),
            "uppercase": st.booleans(),
        }
        for key, values in optional.items():
            if draw(st.booleans()):
                e[key] = draw(values)
    if kind == "image":
        e["image"] = PNG_URI
    if kind == "line":
        e["colour"] = draw(st.sampled_from(["#000000", "#1565C0"]))
    keys = draw(st.permutations(list(e)))
    return {key: e[key] for key in keys}


@st.composite
def layouts(draw: st.DrawFn) -> dict[str, Any]:
    width = draw(st.one_of(st.integers(40, 150), st.floats(40, 150).map(lambda v: round(v, 1))))
    height = draw(st.one_of(st.integers(40, 150), st.floats(40, 150).map(lambda v: round(v, 1))))
    data: dict[str, Any] = {}
    if draw(st.booleans()):
        data["$schema"] = "../layout.schema.json"
    data["name"] = draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True))
    data["title"] = draw(st.text(min_size=1, max_size=40))
    columns = draw(st.integers(1, 2))
    rows = draw(st.integers(1, 2))
    data["page"] = {"width": width * columns, "height": height * rows}
    data["badge"] = {"width": width, "height": height}
    if columns * rows > 1 or draw(st.booleans()):
        data["grid"] = {"columns": columns, "rows": rows}
    if draw(st.booleans()):
        data["cut_marks"] = draw(st.booleans())
    if draw(st.booleans()):
        data["background"] = draw(st.sampled_from(["#FFFFFF", "#FFF8E1"]))
    if draw(st.booleans()):
        data["safe_margin"] = draw(st.sampled_from([0, 2, 3.5]))
    if draw(st.booleans()):
        data["artwork"] = PNG_URI
    data["elements"] = draw(st.lists(element(width, height), min_size=1, max_size=6))
    keys = draw(st.permutations(list(data)))
    return {key: data[key] for key in keys}


# --- measuring rendered badges -------------------------------------------------------------

PX_PER_MM = 10  # how finely badges are drawn to be measured

Chars = list[tuple[str, tuple[float, float, float, float]]]


def pages(pdf: Path) -> list[tuple[Image.Image, str, Chars]]:
    """Each page: its picture at PX_PER_MM, its text, its characters with their
    boxes (left, top, right, bottom) in millimetres from the page's top-left."""
    document = pdfium.PdfDocument(str(pdf))
    found = []
    for page in document:
        height = page.get_height()
        image = page.render(scale=PX_PER_MM * 25.4 / 72).to_pil().convert("RGB")
        textpage = page.get_textpage()
        chars: Chars = []
        for i in range(textpage.count_chars()):
            ch = textpage.get_text_range(i, 1)
            if ch.strip():
                left, bottom, right, top = textpage.get_charbox(i)
                box = (left, height - top, right, height - bottom)
                mm = tuple(v * 25.4 / 72 for v in box)
                chars.append((ch, (mm[0], mm[1], mm[2], mm[3])))
        found.append((image, textpage.get_text_range(), chars))
    document.close()
    return found


def extent(
    image: Image.Image, colour: tuple[int, int, int], tolerance: int = 12
) -> tuple[float, ...]:
    """The box (mm: left, top, right, bottom) of the pixels of about ``colour``."""
    bands = [
        band.point(lambda v, c=c: 255 if abs(v - c) <= tolerance else 0)
        for band, c in zip(image.split(), colour, strict=True)
    ]
    mask = ImageChops.multiply(ImageChops.multiply(bands[0], bands[1]), bands[2])
    box = mask.getbbox()
    assert box is not None, f"nothing of colour {colour} on the page"
    return tuple(v / PX_PER_MM for v in box)
