"""One badge as a picture, drawn by the real renderer, and the checks a
designer runs on it: a QR code a scanner cannot read, a text that must shrink
below its floor for someone."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image

from meetingdesk.badges.data import BadgeData
from meetingdesk.badges.layout import Layout
from meetingdesk.badges.render import BadgeRenderer, RenderReport
from meetingdesk.badges.variables import VARIABLES

# What a desk's camera scanner resolves of a badge held out to it, about 76 dpi:
# a signed code read here has modules of 0.4 mm or more (18 mm and larger for
# meetingdesk's codes), the size camera scanners read reliably.
SCAN_PX_PER_MM = 3.0


def one_badge(layout: Layout) -> Layout:
    """The layout on a page exactly one badge large."""
    return dataclasses.replace(
        layout,
        page_width=layout.badge_width,
        page_height=layout.badge_height,
        columns=1,
        rows=1,
        left=0,
        top=0,
        gap_x=0,
        gap_y=0,
        cut_marks=False,
    )


def badge_pdf(layout: Layout, badge: BadgeData) -> tuple[bytes, RenderReport]:
    out = io.BytesIO()
    report = BadgeRenderer(one_badge(layout)).render([badge], out)
    return out.getvalue(), report


def badge_image(layout: Layout, badge: BadgeData, px_per_mm: float) -> Image.Image:
    data, _ = badge_pdf(layout, badge)
    return pdf_image(data, px_per_mm)


def pdf_image(data: bytes, px_per_mm: float) -> Image.Image:
    document = pdfium.PdfDocument(data)
    try:
        page = document[0]
        scale = px_per_mm * 25.4 / 72
        image: Image.Image = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()
    return image


def unreadable_codes(layout: Layout, badge: BadgeData) -> list[int]:
    """The QR elements a scanner cannot read: decoded from the badge drawn at
    the resolution a desk's scanner sees."""
    codes = [i for i, e in enumerate(layout.elements) if e.kind == "qr"]
    if not codes:
        return []
    # Drawn whole, photo and all: an element over the code makes it unreadable too.
    image = badge_image(layout, badge, SCAN_PX_PER_MM)
    unreadable = []
    for index in codes:
        e = layout.elements[index]
        box = (
            int(e.x * SCAN_PX_PER_MM),
            int(e.y * SCAN_PX_PER_MM),
            int((e.x + e.width) * SCAN_PX_PER_MM + 1),
            int((e.y + e.height) * SCAN_PX_PER_MM + 1),
        )
        # A margin of white round the crop, as a badge has round its code.
        crop = image.crop(box)
        framed = Image.new("RGB", (crop.width + 16, crop.height + 16), "white")
        framed.paste(crop, (8, 8))
        found = zxingcpp.read_barcodes(framed)
        if not any(result.text == badge.payload for result in found):
            unreadable.append(index)
    return unreadable


@dataclass(frozen=True, slots=True)
class Shrunk:
    count: int  # how many of the values print below the floor
    example: str  # the first of them


def below_floor(
    layout: Layout,
    values: Mapping[str, Sequence[str]],
    language: str,
) -> dict[int, Shrunk]:
    """Per text element, the values (``variable -> texts`` of the event) it
    would print below its floor. A label is checked in the badge language."""
    renderer = BadgeRenderer(layout)
    found: dict[int, Shrunk] = {}
    for index, element in enumerate(layout.elements):
        if element.kind == "label":
            texts: Sequence[str] = [element.wording(language)]
        elif element.kind in ("text", "band") and element.variable in VARIABLES:
            texts = values.get(element.variable, ())
        else:
            continue
        count, example = 0, ""
        for text in texts:
            if renderer.below_floor(element, text):
                count += 1
                example = example or text
        if count:
            found[index] = Shrunk(count, example)
    return found
