"""One renderer for every layout: badges -> PDF.

Coordinates in layouts are millimetres from the badge's top-left corner; the
renderer turns them into PDF points from the page's bottom-left. It writes the
file it is given; callers that put a file in a person's hands write to a
temporary one first (``services.outputs.atomic_output``), so a failed or
cancelled batch never leaves half a PDF behind.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from meetingdesk.badges.data import BadgeData
from meetingdesk.badges.fonts import FontBook, font_book
from meetingdesk.badges.layout import MM, Element, Layout
from meetingdesk.badges.qr import QrDrawer, draw_qr
from meetingdesk.badges.text import colour_of, draw_fitted, fit_text
from meetingdesk.badges.variables import VARIABLES
from meetingdesk.domain.values import BadgeTrouble, BadgeWarning

log = logging.getLogger("meetingdesk.badges")

CUT_MARK = 5.0  # mm, drawn in from the page edge along every cut line


class RenderCancelled(Exception):
    """The person printing cancelled the batch; no file was written."""


@dataclass
class RenderReport:
    badges: int = 0
    pages: int = 0
    warnings: list[BadgeWarning] = field(default_factory=list)


ARTWORK_DPI = 300  # a PDF's first page becomes a picture this sharp


def _applies(element: Element, badge: BadgeData) -> bool:
    if not element.shown_for(badge.category_code):
        return False
    return {
        "always": True,
        "photo": badge.photo is not None,
        "no_photo": badge.photo is None,
        "head_of_delegation": badge.head_of_delegation,
        "reprint": badge.generation > 1,
    }[element.when]


def _band_inset(width: float) -> float:
    """Points kept free at each end of a band's text."""
    return min(1.5 * MM, width / 10)


@lru_cache(maxsize=256)
def _text_colour_on(background: str) -> str:
    """Black or white, whichever contrasts more with the band (WCAG luminance)."""

    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(background[i : i + 2]) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else "#FFFFFF"


class BadgeRenderer:
    def __init__(
        self, layout: Layout, qr: QrDrawer = draw_qr, fonts: FontBook | None = None
    ) -> None:
        self.layout = layout
        self._qr = qr
        self._fonts = fonts or font_book()
        self._artwork = _artwork_reader(layout)
        # Each picture is decoded once; ReportLab embeds it once per document.
        self._images = {
            index: ImageReader(io.BytesIO(element.image))
            for index, element in enumerate(layout.elements)
            if element.image is not None
        }

    def render(
        self,
        badges: Iterable[BadgeData],
        out: Path | BinaryIO,
        *,
        total: int | None = None,
        progress: Callable[[int, int | None], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> RenderReport:
        layout = self.layout
        report = RenderReport()
        canvas = Canvas(
            out if not isinstance(out, Path) else str(out),
            pagesize=(layout.page_width * MM, layout.page_height * MM),
            pageCompression=1,
            invariant=1,  # the same badges give the same bytes
            initialFontName=self._fonts.faces["regular"][0].name,  # never a system font
        )
        canvas.setTitle(f"Badges ({layout.title})")
        canvas.setCreator("meetingdesk")
        slot = 0
        positions = list(layout.positions())
        for badge in badges:
            if cancelled is not None and cancelled():
                raise RenderCancelled
            if slot == len(positions):
                self._finish_page(canvas)
                report.pages += 1
                slot = 0
            self.draw_badge(canvas, badge, *positions[slot], report)
            slot += 1
            report.badges += 1
            if progress is not None:
                progress(report.badges, total)
        if slot:
            self._finish_page(canvas)
            report.pages += 1
        canvas.save()
        return report

    def _finish_page(self, canvas: Canvas) -> None:
        if self.layout.cut_marks:
            self._cut_marks(canvas)
        canvas.showPage()

    def _cut_marks(self, canvas: Canvas) -> None:
        layout = self.layout
        xs: set[float] = set()
        ys: set[float] = set()
        for left, top in layout.positions():
            xs.update((left, left + layout.badge_width))
            ys.update((top, top + layout.badge_height))
        width, height = layout.page_width, layout.page_height
        canvas.saveState()
        canvas.setLineWidth(0.3)
        canvas.setStrokeColorRGB(0, 0, 0)
        for x in sorted(xs):
            if 0.5 < x < width - 0.5:
                canvas.line(x * MM, 0, x * MM, CUT_MARK * MM)
                canvas.line(x * MM, height * MM, x * MM, (height - CUT_MARK) * MM)
        for y in sorted(ys):
            if 0.5 < y < height - 0.5:
                canvas.line(0, (height - y) * MM, CUT_MARK * MM, (height - y) * MM)
                canvas.line(
                    width * MM, (height - y) * MM, (width - CUT_MARK) * MM, (height - y) * MM
                )
        canvas.restoreState()

    def draw_badge(
        self,
        canvas: Canvas,
        badge: BadgeData,
        left_mm: float,
        top_mm: float,
        report: RenderReport,
    ) -> None:
        layout = self.layout
        page_height = layout.page_height
        if layout.background.upper() != "#FFFFFF":
            canvas.setFillColor(colour_of(layout.background))
            canvas.rect(
                left_mm * MM,
                (page_height - top_mm - layout.badge_height) * MM,
                layout.badge_width * MM,
                layout.badge_height * MM,
                stroke=0,
                fill=1,
            )
        if self._artwork is not None:
            canvas.drawImage(
                self._artwork,
                left_mm * MM,
                (page_height - top_mm - layout.badge_height) * MM,
                layout.badge_width * MM,
                layout.badge_height * MM,
                mask="auto",
            )
        for index, element in enumerate(layout.elements):
            if not _applies(element, badge):
                continue
            # PDF points, origin at the page's bottom-left.
            x = (left_mm + element.x) * MM
            y = (page_height - top_mm - element.y - element.height) * MM
            w, h = element.width * MM, element.height * MM
            if element.kind == "qr":
                self._qr(canvas, badge.payload, x, y, w)
            elif element.kind == "photo":
                self._photo(canvas, badge, x, y, w, h, report)
            elif element.kind == "line":
                canvas.setFillColor(colour_of(element.colour))
                canvas.rect(x, y, w, h, stroke=0, fill=1)
            elif element.kind == "image":
                canvas.drawImage(
                    self._images[index],
                    x,
                    y,
                    w,
                    h,
                    preserveAspectRatio=True,
                    anchor="c",
                    mask="auto",
                )
            elif element.kind == "band":
                canvas.setFillColor(colour_of(badge.category_colour))
                canvas.rect(x, y, w, h, stroke=0, fill=1)
                inset = _band_inset(w)
                self._text(
                    canvas,
                    badge,
                    element,
                    x + inset,
                    y,
                    w - 2 * inset,
                    h,
                    report,
                    colour=_text_colour_on(badge.category_colour),
                )
            else:
                self._text(canvas, badge, element, x, y, w, h, report, colour=element.colour)

    def _text(
        self,
        canvas: Canvas,
        badge: BadgeData,
        element: Element,
        x: float,
        y: float,
        w: float,
        h: float,
        report: RenderReport,
        colour: str,
    ) -> None:
        if element.kind == "label":
            text = element.wording(badge.language).strip()
        else:
            text = VARIABLES[element.variable].evaluate(badge).strip()
        if element.uppercase:
            text = text.upper()
        if not text:
            return
        face = self._fonts.face_for(text, element.weight)
        if face is None:
            report.warnings.append(
                BadgeWarning(badge.badge_code, BadgeTrouble.NO_FONT, element.variable or "label")
            )
            log.warning(
                "badge %s: no font has every letter of its %s; left out",
                badge.badge_code,
                element.variable,
            )
            return
        fitted = fit_text(text, face, w, h, element.size, element.min_size, element.max_lines)
        if fitted.below_floor:
            warning = BadgeWarning(
                badge.badge_code,
                BadgeTrouble.BELOW_FLOOR,
                element.variable or "label",
                size=fitted.size,
                floor=element.min_size,
            )
            report.warnings.append(warning)
            log.warning("%s", warning)
        draw_fitted(canvas, fitted, x, y, w, h, element.align, colour, element.valign)

    def below_floor(self, element: Element, text: str) -> bool:
        """Whether ``text`` in a text element prints below the element's floor
        (or not at all, for want of a font), fitted exactly as ``draw_badge`` does."""
        text = text.strip().upper() if element.uppercase else text.strip()
        if not text:
            return False
        face = self._fonts.face_for(text, element.weight)
        if face is None:
            return True
        w = element.width * MM
        if element.kind == "band":
            w -= 2 * _band_inset(w)
        fitted = fit_text(
            text, face, w, element.height * MM, element.size, element.min_size, element.max_lines
        )
        return fitted.below_floor

    @staticmethod
    def _photo(
        canvas: Canvas,
        badge: BadgeData,
        x: float,
        y: float,
        w: float,
        h: float,
        report: RenderReport,
    ) -> None:
        assert badge.photo is not None
        try:
            image = ImageReader(io.BytesIO(badge.photo))
            canvas.drawImage(image, x, y, w, h, preserveAspectRatio=True, anchor="c")
        except Exception as exc:  # a broken image is the data's fault, not the batch's
            warning = BadgeWarning(
                badge.badge_code, BadgeTrouble.PHOTO, detail=exc.__class__.__name__
            )
            report.warnings.append(warning)
            log.warning("%s", warning)


def _artwork_reader(layout: Layout) -> ImageReader | None:
    """The layout's artwork as one picture: a PNG as it is, a PDF's first page
    rasterised at ``ARTWORK_DPI`` (ReportLab cannot place another PDF's page)."""
    if layout.artwork is None:
        return None
    if layout.artwork_kind == "png":
        return ImageReader(io.BytesIO(layout.artwork))
    return ImageReader(_pdf_first_page(layout.artwork, layout.badge_width))


@lru_cache(maxsize=4)
def _pdf_first_page(data: bytes, width_mm: float) -> Any:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        page = document[0]
        pixels = width_mm / 25.4 * ARTWORK_DPI
        image = page.render(scale=pixels / page.get_width()).to_pil()
    finally:
        document.close()
    return image.convert("RGB")
